#!/usr/bin/env python3
"""Re-verify every label of this set from the data alone. Exit 1 on any problem."""
import json, re, sys, os
from decimal import Decimal as D, InvalidOperation
from datetime import date, datetime
from itertools import combinations
os.chdir(os.path.dirname(os.path.abspath(__file__)))
inv = json.load(open("invoices.json")); pay = json.load(open("payments.json")); lab = json.load(open("labels.json"))
errs = []
def bad(msg): errs.append(msg)
AMT = re.compile(r"^\d+\.\d{2}$")
CURS = {"GBP", "EUR", "USD"}
INV = {}; NUMS = set()
for i in inv:
    if set(i) != {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}: bad("invoice fields %s" % i["id"])
    if i["id"] in INV or i["number"] in NUMS: bad("duplicate invoice %s" % i["id"])
    INV[i["id"]] = i; NUMS.add(i["number"])
    if not (AMT.match(i["total"]) and AMT.match(i["balance"])) or not D("0") < D(i["balance"]) <= D(i["total"]): bad("invoice amounts %s" % i["id"])
    if i["currency"] not in CURS: bad("invoice currency %s" % i["id"])
    if date.fromisoformat(i["due_date"]) < date.fromisoformat(i["issue_date"]): bad("due<issue %s" % i["id"])
BYNUM = {i["number"]: i for i in inv}
BAL = {k: D(v["balance"]) for k, v in INV.items()}
CUSTNAME = {i["customer_id"]: i["customer_name"] for i in inv}
def bank_name(n):
    n = n.upper().replace("'", "").replace(".", "").replace(",", "").replace("(", "").replace(")", "").replace(" LIMITED", " LTD")
    return n[:18].rstrip()
def open_inv(cid, cur):
    return sorted([i for i in inv if i["customer_id"] == cid and i["currency"] == cur and BAL[i["id"]] > 0], key=lambda i: (i["issue_date"], i["number"]))
def subsets(invs, amt, maxk=4):
    invs = invs[:12]; out = []
    for k in range(1, min(maxk, len(invs)) + 1):
        for c in combinations(invs, k):
            if sum(BAL[i["id"]] for i in c) == amt: out.append(sorted(i["id"] for i in c))
    return out
def parse_amt(a):
    if not isinstance(a, str) or not AMT.match(a): return None
    return D(a)
def valid_date(s):
    try: date.fromisoformat(s); return True
    except Exception: return False
def fmt(x): return "{:,.2f}".format(x)

if len(pay) != len(lab): bad("length mismatch")
last = None; seen = set(); byref = []
REF_SCEN = {"exact_ref", "sepa_exact", "usd_exact", "list", "remittance_xero", "remittance_sage", "remittance_qbo", "partial", "remainder",
            "short_pay", "overpayment", "director_account", "parent_company", "cheque", "gocardless_gross", "stripe_gross"}
UNIQUE_SCEN = {"amount_only", "quote_reference", "po_number", "lump_sum", "typo"}
for p, l in zip(pay, lab):
    pid = p["id"]; text = (p["reference"] or "") + "\n" + (p["remittance"] or "")
    if set(p) != {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}: bad("payment fields %s" % pid)
    if pid in seen: bad("dup payment id %s" % pid)
    seen.add(pid)
    if l["payment_id"] != pid: bad("order %s" % pid)
    if not l["note"].startswith("[") or "scenario" not in l: bad("note/scenario %s" % pid)
    for k in ("status", "applications", "unapplied", "short_pay", "candidates", "reason"):
        if k not in l: bad("label field %s %s" % (k, pid))
    amt = parse_amt(p["amount"])
    rowbad = amt is None or amt <= 0 or p["currency"] not in CURS or not valid_date(p["date"])
    if rowbad != (l["scenario"] == "bad_row") or rowbad != ("error" in l): bad("bad-row flag %s" % pid); continue
    if rowbad:
        if l["status"] != "review" or l["applications"] or l["candidates"] or l["unapplied"] != "0.00": bad("bad row label %s" % pid)
        continue
    d = date.fromisoformat(p["date"])
    if last and d < last: bad("not oldest first %s" % pid)
    last = d
    if p["currency"] in ("GBP", "EUR") and len(p["payer_name"]) > 18: bad("payer name >18 %s" % pid)
    if p["currency"] == "GBP" and p["reference"] and len(p["reference"]) > 18: bad("GBP reference >18 %s" % pid)
    apps = [(a["invoice_id"], D(a["amount"])) for a in l["applications"]]
    un = D(l["unapplied"]); st = l["status"]; sc = l["scenario"]
    if sum(x for _, x in apps) + un != amt: bad("sum %s" % pid)
    if st == "review":
        if apps or un != amt or l["short_pay"] is not None: bad("review shape %s" % pid)
        for cs in l["candidates"]:
            for c in cs:
                if c not in INV or BAL[c] <= 0: bad("candidate not open %s %s" % (pid, c))
    else:
        if l["candidates"]: bad("candidates on non-review %s" % pid)
    if st == "applied" and (un != 0 or not apps or l["short_pay"]): bad("applied shape %s" % pid)
    if st == "partial" and (un != 0 or not apps): bad("partial shape %s" % pid)
    if st == "unapplied" and un <= 0: bad("unapplied shape %s" % pid)
    # pre-state checks
    cid = p["customer_id"]
    if sc in UNIQUE_SCEN and st != "review":
        owner = INV[apps[0][0]]["customer_id"]
        if owner != cid or subsets(open_inv(cid, p["currency"]), amt) != [sorted(a for a, _ in apps)]: bad("not a unique amount fit %s" % pid)
    if sc == "typo":
        m = re.search(r"\d{5}", p["reference"]); t = m.group(0); real = INV[apps[0][0]]["number"][4:]
        if "INV-" + t in NUMS or sorted(t) != sorted(real) and sum(a != b for a, b in zip(t, real)) != 1: bad("typo %s" % pid)
    if sc == "po_number":
        m = re.search(r"\d{5}", p["reference"]); n = "INV-" + m.group(0)
        if n in BYNUM and BYNUM[n]["customer_id"] == cid: bad("po trap owner %s" % pid)
    if sc == "range":
        a, b = re.search(r"(\d{5}).*?(\d+)", p["reference"]).groups(); a = int(a); b = int(str(a)[:5 - len(b)] + b)
        want = sorted(i["id"] for i in inv if a <= int(i["number"][4:]) <= b)
        if want != sorted(x for x, _ in apps) or any(INV[x]["customer_id"] != INV[apps[0][0]]["customer_id"] for x in want): bad("range %s" % pid)
    if sc in ("ambiguous_amount", "quote_reference", "ambiguous_lump") and st == "review":
        subs = subsets(open_inv(cid, p["currency"]), amt)
        if len(subs) < 2 or sorted(map(sorted, l["candidates"])) != sorted(subs): bad("ambiguity %s" % pid)
    if sc == "ref_conflict" if False else sc == "ref_amount_conflict":
        x, y = l["candidates"][0][0], l["candidates"][1][0]
        if INV[x]["number"][4:] not in p["reference"] or BAL[y] != amt or BAL[x] == amt: bad("conflict %s" % pid)
    if sc == "ambiguous_payer":
        owners = {INV[c[0]]["customer_id"] for c in l["candidates"]}
        if cid is not None or len(owners) != 2 or any(bank_name(CUSTNAME[o]) != p["payer_name"] for o in owners) or any(BAL[c[0]] != amt for c in l["candidates"]): bad("payer ambiguity %s" % pid)
    if sc in ("unknown_payer",):
        if cid or any(bank_name(n) == p["payer_name"] for n in CUSTNAME.values()) or any(BAL[i] == amt and INV[i]["currency"] == p["currency"] for i in INV): bad("unknown %s" % pid)
    if sc == "cheque_unknown":
        hits = [i for i in INV if BAL[i] == amt and INV[i]["currency"] == p["currency"]]
        if cid or p["remittance"] or [[h] for h in hits] != l["candidates"]: bad("cheque unknown %s" % pid)
    if sc == "known_no_fit":
        if not cid or subsets(open_inv(cid, p["currency"]), amt): bad("known no fit %s" % pid)
    if sc == "currency_mismatch":
        c = INV[l["candidates"][0][0]]
        if c["currency"] == p["currency"] or c["number"][4:] not in p["reference"]: bad("fx %s" % pid)
    if sc == "standing_order" and st == "review":
        if subsets(open_inv(cid, p["currency"]), amt) or [[i["id"]] for i in open_inv(cid, p["currency"])] != l["candidates"]: bad("so %s" % pid)
    if sc == "standing_order" and st != "review":
        if [i["id"] for i in open_inv(cid, p["currency"])] != [apps[0][0]]: bad("so single %s" % pid)
    if sc in ("gocardless_net", "stripe_net", "gocardless_gross", "stripe_gross"):
        ids = l["candidates"][0] if st == "review" else [a for a, _ in apps]
        for x in ids:
            if INV[x]["number"] not in text or fmt(BAL[x]) not in text: bad("batch line %s %s" % (pid, x))
        if fmt(amt) not in text: bad("batch total %s" % pid)
        if st == "review" and sum(BAL[x] for x in ids) <= amt: bad("net not below gross %s" % pid)
        if st != "review" and sum(BAL[x] for x in ids) != amt: bad("gross %s" % pid)
    if sc in REF_SCEN:
        for x, _ in apps:
            n = INV[x]["number"]
            if n not in text and n[4:] not in text: bad("invoice %s not in text of %s" % (n, pid))
    if "Payment date: " in (p["remittance"] or ""):
        if datetime.strptime(re.search(r"Payment date: (\d\d \w{3} \d{4})", p["remittance"]).group(1), "%d %b %Y").date() != d: bad("remit date %s" % pid)
    if sc == "second_payment":
        n = [m for m in re.findall(r"\d{5}", p["reference"]) if "INV-" + m in NUMS]
        prev = [q for q in byref if q[0] == p["reference"] and q[1] == amt and q[2] == p["payer_name"]]
        if not n or not prev or BAL[BYNUM["INV-" + n[0]]["id"]] != 0 or apps: bad("second %s" % pid)
        if any(BAL[i["id"]] == amt for i in open_inv(BYNUM["INV-" + n[0]]["customer_id"], p["currency"])): bad("second ambiguous %s" % pid)
    # apply
    for x, a in apps:
        if x not in INV or INV[x]["currency"] != p["currency"] or a <= 0 or a > BAL[x]: bad("bad application %s %s" % (pid, x)); continue
        BAL[x] -= a
    if st == "partial":
        if l["short_pay"]:
            sp = l["short_pay"]
            if sp["invoice_id"] not in dict(apps) or D(sp["amount"]) != BAL[sp["invoice_id"]] or not sp.get("reason"): bad("short pay %s" % pid)
            if fmt(D(sp["amount"])) not in (p["remittance"] or ""): bad("short pay amount not in remittance %s" % pid)
        elif not any(BAL[x] > 0 for x, _ in apps): bad("partial leaves nothing open %s" % pid)
    if st == "unapplied" and apps and any(BAL[x] != 0 for x, _ in apps): bad("overpay leaves open %s" % pid)
    if st in ("applied", "unapplied") and any(BAL[x] != 0 for x, _ in apps): bad("applied but open %s" % pid)
    if st in ("applied",) and p["reference"]: byref.append((p["reference"], amt, p["payer_name"]))
for e in errs: print("FAIL", e)
print("%d payments, %d invoices checked, %d problems" % (len(pay), len(inv), len(errs)))
sys.exit(1 if errs else 0)
