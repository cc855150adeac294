#!/usr/bin/env python3
"""Re-verify every label of south_asia_pharma from the generated data. Exit 1 on any problem."""
import json, os, re, sys, datetime as dt
from decimal import Decimal

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "south_asia_pharma")
INV = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
PAY = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
LAB = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
ERR = []
def bad(pid, msg): ERR.append("%s: %s" % (pid, msg))

AMT = re.compile(r"^\d+\.\d{2}$")
CURS = {"INR", "USD", "EUR", "AED", "LKR", "BDT"}
def isodate(s):
    try: return dt.date.fromisoformat(s) if isinstance(s, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", s) else None
    except ValueError: return None

IB = {}
for i in INV:
    assert set(i) == {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}, i
    for f in ("total", "balance"):
        if not AMT.match(i[f]): bad(i["id"], "invoice amount " + f)
    if i["currency"] not in CURS: bad(i["id"], "invoice currency")
    if not (isodate(i["issue_date"]) and isodate(i["due_date"]) and i["issue_date"] < i["due_date"]): bad(i["id"], "dates")
    if Decimal(i["balance"]) > Decimal(i["total"]) or Decimal(i["balance"]) <= 0: bad(i["id"], "balance")
    IB[i["id"]] = i
if len(IB) != len(INV): bad("-", "duplicate invoice ids")
if len({i["number"] for i in INV}) != len(INV): bad("-", "duplicate invoice numbers")
if not 1200 <= len(INV) <= 1800: bad("-", "invoice count")
if not 380 <= len(PAY) <= 420: bad("-", "payment count")
if len(PAY) != len(LAB): bad("-", "labels/payments length")
SER = {}
for i in INV: SER.setdefault(i["customer_id"], {})[i["number"].rsplit("/", 1)[1]] = i["id"]
CUST = {i["customer_id"]: i["customer_name"] for i in INV}
BAL = {k: Decimal(v["balance"]) for k, v in IB.items()}

def norm(s): return re.sub(r"[^0-9A-Z]", "", (s or "").upper())
def inr(c):
    r, p = divmod(int(c * 100), 100); s = str(r)
    if len(s) > 3:
        h, t = s[:-3], s[-3:]; parts = []
        while len(h) > 2: parts.insert(0, h[-2:]); h = h[:-2]
        if h: parts.insert(0, h)
        s = ",".join(parts) + "," + t
    return "%s.%02d" % (s, p)
def amt_forms(a): return {inr(a), "{:,.2f}".format(a), "%.2f" % a}
def mentions_amount(text, a): return any(f in text for f in amt_forms(a))
def serial(iid): return IB[iid]["number"].rsplit("/", 1)[1]
def in_text(s, text): return re.search(r"(?<!\d)%s(?!\d)" % re.escape(s), text) is not None
def payer_ok(p, cid):
    if p["customer_id"] is not None: return p["customer_id"] == cid
    w = norm(CUST[cid].split()[0])
    return w[:6] in norm(p["payer_name"])

last = None
for p, l in zip(PAY, LAB):
    pid = p["id"]
    if l["payment_id"] != pid: bad(pid, "order/id"); continue
    if set(p) != {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}: bad(pid, "payment keys")
    keys = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}
    if set(l) - {"error"} != keys: bad(pid, "label keys")
    sc = l["scenario"]
    if not l["note"].startswith("[%s, " % sc): bad(pid, "note prefix")
    rowbad = (not isinstance(p["amount"], str) or not AMT.match(p["amount"]) or Decimal(p["amount"]) <= 0
              or p["currency"] not in CURS or not isodate(p["date"]))
    if sc == "bad_row":
        if not rowbad or not l.get("error"): bad(pid, "bad_row not bad or no error")
        if l["status"] != "review" or l["applications"] or l["candidates"] or l["unapplied"] != "0.00": bad(pid, "bad_row label")
        continue
    if rowbad or "error" in l: bad(pid, "row unexpectedly bad"); continue
    d = isodate(p["date"])
    if last and d < last: bad(pid, "not oldest first")
    last = d
    amt = Decimal(p["amount"]); cur = p["currency"]
    text = ((p["reference"] or "") + " \n " + (p["remittance"] or "")).replace("SAPL2526", "SAPL2526 ")
    rem = p["remittance"] or ""
    st = l["status"]
    if st not in ("applied", "partial", "unapplied", "review"): bad(pid, "status")
    un = Decimal(l["unapplied"]) if AMT.match(l["unapplied"]) else None
    if un is None: bad(pid, "unapplied fmt"); continue
    tot = Decimal(0); before = {}
    for a in l["applications"]:
        iid = a["invoice_id"]
        if iid not in IB: bad(pid, "unknown invoice"); continue
        v = Decimal(a["amount"])
        if IB[iid]["currency"] != cur: bad(pid, "currency of application")
        if v <= 0 or v > BAL[iid]: bad(pid, "application exceeds balance %s" % iid)
        if not payer_ok(p, IB[iid]["customer_id"]): bad(pid, "payer does not identify customer of %s" % iid)
        before[iid] = BAL[iid]; BAL[iid] -= v; tot += v
    if st == "review":
        if l["applications"] or un != amt: bad(pid, "review must apply nothing, unapplied = amount")
        for cs in l["candidates"]:
            if not cs or any(x not in IB for x in cs): bad(pid, "candidate ids")
    else:
        if tot + un != amt: bad(pid, "applications + unapplied != amount")
        if l["candidates"]: bad(pid, "candidates on non-review")
    if st == "applied" and (un != 0 or not l["applications"] or l["short_pay"] or any(BAL[i] != 0 for i in before)):
        bad(pid, "applied inconsistent")
    if st == "partial":
        if un != 0 or not l["applications"] or not any(BAL[i] > 0 for i in before): bad(pid, "partial inconsistent")
    if st == "unapplied" and un <= 0: bad(pid, "unapplied without remainder")
    sp = l["short_pay"]
    if sp:
        s_amt = Decimal(sp["amount"])
        if sp["invoice_id"] not in before or BAL[sp["invoice_id"]] != s_amt or not sp["reason"]: bad(pid, "short pay amount")
        gross = before.get(sp["invoice_id"], 0)
        if not (mentions_amount(rem, s_amt) or (mentions_amount(rem, gross) and mentions_amount(rem, amt))):
            bad(pid, "short amount not in remittance")
    # --- evidence per scenario
    apps = [a["invoice_id"] for a in l["applications"]]
    if sc in ("exact_ref", "remark_ref", "overpay", "partial", "lc_partial") or sc.startswith("short_"):
        if len(apps) != 1 or not in_text(serial(apps[0]), text): bad(pid, "referenced serial missing")
    if sc == "remark_ref" and (p["remittance"] is not None or not in_text(serial(apps[0]), p["reference"].replace("SAPL2526", "SAPL2526 "))): bad(pid, "remark")
    if sc in ("exact_ref", "remark_ref", "typo_ref", "amount_only", "po_lookalike", "list", "range", "month_lump"):
        if st != "applied": bad(pid, "should be applied")
    if sc in ("partial", "lc_partial"):
        if sp is not None or not mentions_amount(rem, amt): bad(pid, "partial text")
    if sc == "list":
        if not all(in_text(serial(i), rem) for i in apps) or len(apps) < 2: bad(pid, "list serial missing")
    if sc == "range":
        ss = sorted(serial(i) for i in apps); cid = IB[apps[0]]["customer_id"]
        if not (in_text(ss[0], rem) and in_text(ss[-1], rem)): bad(pid, "range ends")
        inside = [x for s, x in SER[cid].items() if ss[0] <= s <= ss[-1]]
        if sorted(inside) != sorted(apps): bad(pid, "range coverage")
    if sc == "month_lump":
        cid = IB[apps[0]]["customer_id"]; m = {IB[i]["issue_date"][:7] for i in apps}
        if len(m) != 1: bad(pid, "month")
        m = m.pop()
        allm = [i["id"] for i in INV if i["customer_id"] == cid and i["issue_date"][:7] == m and (before.get(i["id"], BAL[i["id"]]) > 0)]
        if sorted(allm) != sorted(apps): bad(pid, "month lump coverage")
    if sc == "typo_ref":
        s = serial(apps[0])
        if in_text(s, text): bad(pid, "typo: true serial present")
        toks = re.findall(r"\d{4,5}", rem)
        if not any(len(t) == len(s) and (sum(a != b for a, b in zip(t, s)) == 1 or sorted(t) == sorted(s) and sum(a != b for a, b in zip(t, s)) == 2) for t in toks):
            bad(pid, "typo token")
        if any(t in SER.get(IB[apps[0]]["customer_id"], {}) and t != s for t in toks): bad(pid, "typo hits a real invoice")
    if sc in ("exact_ref", "remark_ref", "typo_ref", "amount_only", "po_lookalike", "second_payment", "overpay"):
        pass
    if sc in ("amount_only", "po_lookalike", "typo_ref"):
        cid = IB[apps[0]]["customer_id"]
        same = [i for i in SER[cid].values() if i not in before and BAL[i] == amt]
        if same or before[apps[0]] != amt: bad(pid, "amount not unique exact")
    if sc == "po_lookalike":
        if "PO" not in text.upper().replace("PURCHASE ORDER", "PO") and "क्रय आदेश" not in text: bad(pid, "po word")
        if in_text(serial(apps[0]), text): bad(pid, "po: real serial present")
    if sc == "second_payment":
        cid = p["customer_id"]
        hits = [i for s, i in SER[cid].items() if in_text(s, rem)]
        if len(hits) != 1 or BAL[hits[0]] != 0 or Decimal(IB[hits[0]]["total"]) != amt: bad(pid, "second payment target")
        if st != "unapplied" or apps: bad(pid, "second payment label")
    if sc == "overpay":
        if st != "unapplied" or BAL[apps[0]] != 0: bad(pid, "overpay")
    if sc == "no_fit":
        cid = p["customer_id"]
        op = [BAL[i] for i in SER[cid].values() if BAL[i] > 0 and IB[i]["currency"] == cur]
        if amt in op or amt == sum(op) or any(op[x] + op[y] == amt for x in range(len(op)) for y in range(x + 1, len(op))):
            bad(pid, "no_fit fits")
        if st != "unapplied": bad(pid, "no_fit status")
    if sc in ("unknown_payer", "unknown_match"):
        if p["customer_id"] is not None or any(norm(w) in norm(p["payer_name"]).split() or norm(p["payer_name"]).startswith(norm(w))
                                               for n in set(CUST.values()) for w in n.split()[:1] if len(w) >= 3):
            bad(pid, "payer not unknown")
        if sc == "unknown_match":
            c0 = l["candidates"][0][0]
            if BAL[c0] != amt or sum(1 for k in BAL if BAL[k] == amt and IB[k]["currency"] == cur) != 1: bad(pid, "unknown_match")
    if sc == "twin_ambiguous":
        cs = [c[0] for c in l["candidates"]]
        if len(cs) < 2 or any(BAL[c] != amt for c in cs) or len({IB[c]["customer_id"] for c in cs}) != 1: bad(pid, "twin")
        if any(in_text(s, rem) for s in SER[IB[cs[0]]["customer_id"]]): bad(pid, "twin has a reference")
    if sc == "ref_amount_conflict":
        a, b = l["candidates"][0][0], l["candidates"][1][0]
        if not in_text(serial(a), text) or BAL[b] != amt or BAL[a] <= amt or in_text(serial(b), text): bad(pid, "conflict")
    if sc == "currency_mismatch":
        c0 = l["candidates"][0][0]
        if IB[c0]["currency"] == cur or not in_text(serial(c0), text): bad(pid, "currency mismatch")

if ERR:
    print("\n".join(ERR[:50])); print(len(ERR), "problems"); sys.exit(1)
print("OK: %d invoices, %d payments, all labels re-verified" % (len(INV), len(PAY)))
