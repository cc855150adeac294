#!/usr/bin/env python3
"""Re-verify every label of the AU/NZ trades ledger from the data alone. Exit 1 on any problem."""
import json, os, re, sys, unicodedata, datetime as dt
from decimal import Decimal as D, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
inv = json.load(open(os.path.join(HERE, "invoices.json")))
pay = json.load(open(os.path.join(HERE, "payments.json")))
lab = json.load(open(os.path.join(HERE, "labels.json")))
errs = []
def err(*a): errs.append(" ".join(str(x) for x in a))
DEC = re.compile(r"^\d+\.\d{2}$")
def fm(x): return "{:,.2f}".format(D(x))
def up(name):
    n = unicodedata.normalize("NFKD", name)
    return "".join(c for c in n if not unicodedata.combining(c)).upper().replace("'", "")
def luhn(digits):
    tot = 0
    for k, ch in enumerate(reversed(digits)):
        v = int(ch)
        if k % 2 == 0:
            v *= 2
            if v > 9: v -= 9
        tot += v
    return str((10 - tot % 10) % 10)

# ---- invoices ----
IK = ["id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"]
by_id, by_num = {}, {}
for i in inv:
    if list(i) != IK: err("invoice keys", i.get("id"))
    if i["id"] in by_id or i["number"] in by_num: err("dup invoice", i["id"])
    by_id[i["id"]] = i; by_num[i["number"]] = i
    if not (DEC.match(i["total"]) and DEC.match(i["balance"])): err("invoice amount fmt", i["id"])
    if not (D(0) < D(i["balance"]) <= D(i["total"])): err("invoice balance range", i["id"])
    if not re.match(r"^INV-\d{6}$", i["number"]): err("number fmt", i["number"])
    terms = 30 if i["currency"] == "AUD" else 20
    if dt.date.fromisoformat(i["due_date"]) - dt.date.fromisoformat(i["issue_date"]) != dt.timedelta(days=terms): err("terms", i["id"])
    if i["currency"] not in ("AUD", "NZD"): err("inv cur", i["id"])
if not 1200 <= len(inv) <= 1800: err("invoice count", len(inv))
custs = {}
for i in inv: custs[i["customer_id"]] = (i["customer_name"], i["currency"])
def name_matches(payer):
    p = payer.upper()
    for pre in ("OSKO ", "BPAY "):
        if p.startswith(pre): p = p[len(pre):]
    return sorted(cid for cid, (n, _) in custs.items() if up(n).startswith(p) or up(n).replace(" PTY LTD", " P/L").startswith(p))
bal = {i["id"]: D(i["balance"]) for i in inv}
def open_of(cid, cur, state=None):
    state = bal if state is None else state
    return [i for i in inv if i["customer_id"] == cid and i["currency"] == cur and state[i["id"]] > 0]

# ---- payments + labels ----
PK = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
LK = ["payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"]
if len(pay) != len(lab): err("length mismatch")
last = None; paid_full = set()
for p, l in zip(pay, lab):
    pid = p["id"]
    if list(p) != PK: err("payment keys", pid)
    if list(l) != LK: err("label keys", pid)
    if l["payment_id"] != pid: err("order", pid)
    sc, st = l["scenario"], l["status"]
    if not l["note"].startswith("[%s, " % sc): err("note prefix", pid)
    text = (p["reference"] or "") + "\n" + (p["remittance"] or "")
    digits = set(re.findall(r"(?<!\d)(\d{6})(?!\d)", text.replace("INV", " ")))
    try:
        d = dt.date.fromisoformat(p["date"]); 
        if last and d < last: err("not oldest first", pid)
        last = d
    except ValueError:
        d = None
    bad = False
    try:
        amt = D(p["amount"]); bad = not DEC.match(p["amount"]) or amt <= 0
    except (InvalidOperation, TypeError):
        amt = None; bad = True
    if p["currency"] not in ("AUD", "NZD", "USD"): bad = True
    if d is None: bad = True
    if bad != (sc == "bad_row"): err("bad-row flag mismatch", pid, sc)
    if sc == "bad_row":
        if st != "review" or l["applications"] or l["unapplied"] != "0.00": err("bad row label", pid)
        continue
    # --- arithmetic and replay ---
    tot = D(0)
    for a in l["applications"]:
        i = by_id.get(a["invoice_id"])
        if i is None: err("unknown invoice", pid); continue
        if i["currency"] != p["currency"]: err("currency", pid)
        if not DEC.match(a["amount"]) or D(a["amount"]) <= 0: err("app amount", pid)
        if D(a["amount"]) > bal[i["id"]]: err("past zero", pid, i["id"])
        tot += D(a["amount"])
    if tot + D(l["unapplied"]) != amt: err("sum", pid)
    before = dict(bal)
    for a in l["applications"]:
        bal[a["invoice_id"]] -= D(a["amount"])
        if bal[a["invoice_id"]] == 0: paid_full.add(a["invoice_id"])
    apps = [by_id[a["invoice_id"]] for a in l["applications"]]
    if st == "applied":
        if not apps or D(l["unapplied"]) != 0 or l["short_pay"] or l["candidates"]: err("applied shape", pid)
        if any(bal[i["id"]] != 0 for i in apps): err("applied leaves open", pid)
    elif st == "partial":
        if len(apps) != 1 or bal[apps[0]["id"]] <= 0 or D(l["unapplied"]) != 0: err("partial shape", pid)
        sp = l["short_pay"]
        if sp is not None:
            if sp["invoice_id"] != apps[0]["id"] or D(sp["amount"]) != bal[apps[0]["id"]]: err("short_pay amount", pid)
            if fm(sp["amount"]) not in p["remittance"]: err("deduction not in remittance", pid)
    elif st == "unapplied":
        if D(l["unapplied"]) <= 0 or l["short_pay"] or l["candidates"]: err("unapplied shape", pid)
    elif st == "review":
        if apps or D(l["unapplied"]) != amt: err("review shape", pid)
    else:
        err("status", pid)
    if st != "review" and l["candidates"]: err("candidates on non-review", pid)
    # --- evidence per scenario ---
    cur = p["currency"]
    def num_in_text(i):
        n = i["number"][4:]
        return n in digits or ("BPAY CRN %s%s" % (n, luhn(n))) in (p["reference"] or "")
    if sc in ("exact", "partial", "retention", "short_pay", "overpayment"):
        if not num_in_text(apps[0]): err("number not in text", pid)
        if sc == "exact" and D(l["applications"][0]["amount"]) != before[apps[0]["id"]]: err("exact amount", pid)
        if sc == "overpayment" and D(l["applications"][0]["amount"]) != before[apps[0]["id"]]: err("over amount", pid)
        if (p["reference"] or "").startswith("BPAY CRN"):
            crn = p["reference"].split()[2]
            if luhn(crn[:-1]) != crn[-1]: err("CRN check digit", pid)
    if sc in ("partial", "retention", "short_pay"):
        others = [i for i in open_of(apps[0]["customer_id"], cur, before) if i["id"] != apps[0]["id"]]
        if any(before[i["id"]] == amt for i in others): err("partial amount clashes", pid)
    if sc == "typo":
        i = apps[0]; n = i["number"][4:]
        toks = [t for t in digits if "INV-" + t not in by_num]
        def near(t):
            diff = [k for k in range(6) if t[k] != n[k]]
            return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and t[diff[0]] == n[diff[1]] and t[diff[1]] == n[diff[0]])
        if not any(near(t) for t in toks): err("typo not near", pid)
    if sc in ("typo", "amount_only", "po_lookalike"):
        i = apps[0]
        if p["customer_id"] != i["customer_id"] and name_matches(p["payer_name"]) != [i["customer_id"]]: err("customer not identified", pid)
        if sum(1 for j in open_of(i["customer_id"], cur, before) if before[j["id"]] == amt) != 1: err("amount not unique", pid)
        if sc == "amount_only" and digits: err("amount_only has numbers", pid)
    if sc == "list":
        for i in apps:
            if i["number"] not in (p["remittance"] or "") and i["number"][4:] not in digits: err("list number missing", pid)
        if any(D(a["amount"]) != before[a["invoice_id"]] for a in l["applications"]): err("list not full", pid)
    if sc == "range":
        ns = [int(i["number"][4:]) for i in apps]
        if ns != list(range(ns[0], ns[0] + len(ns))) or len({i["customer_id"] for i in apps}) != 1: err("range not consecutive", pid)
        if str(ns[0]) not in text: err("range start missing", pid)
    if sc == "lump_sum":
        i = apps[0]
        if sorted(a["invoice_id"] for a in l["applications"]) != sorted(j["id"] for j in inv if j["customer_id"] == i["customer_id"] and j["currency"] == cur and before[j["id"]] > 0): err("lump not all", pid)
        if p["customer_id"] != i["customer_id"]: err("lump customer", pid)
    if sc == "second_payment":
        hits = [i for i in inv if i["number"][4:] in digits or num_in_text(i)]
        if not hits or any(i["id"] not in paid_full or before[i["id"]] != 0 for i in hits): err("second not paid before", pid)
        if any(before[j["id"]] == amt for j in open_of(p["customer_id"], cur, before)): err("second clashes", pid)
    if sc == "no_fit":
        op = open_of(p["customer_id"], cur, before)
        if p["customer_id"] not in custs or any(before[j["id"]] == amt for j in op) or sum(before[j["id"]] for j in op) == amt: err("no_fit fits", pid)
    if sc in ("no_fit", "overpayment"):
        cid0 = p["customer_id"] or (apps[0]["customer_id"] if apps else None)
        vals = [before[j["id"]] for j in open_of(cid0, cur, before)]
        if any(vals[x] + vals[y] == amt for x in range(len(vals)) for y in range(x + 1, len(vals))): err("pair sum fits", pid)
    if sc == "unknown_payer":
        if p["customer_id"] or name_matches(p["payer_name"]) or any(before[j["id"]] == amt for j in inv if j["currency"] == cur) or digits: err("unknown payer", pid)
    if sc == "po_lookalike":
        if not re.search(r"P/?O ?\d{6}|ORDER \d{6}|order \d{6}", text): err("no PO", pid)
    if sc.startswith("ambiguous"):
        cands = [c["invoice_ids"] for c in l["candidates"]]
        if len(cands) < 2: err("ambiguous needs 2 candidates", pid)
        if sc == "ambiguous_twins":
            a_, b_ = by_id[cands[0][0]], by_id[cands[1][0]]
            if not (before[a_["id"]] == before[b_["id"]] == amt and a_["customer_id"] == b_["customer_id"] == p["customer_id"]): err("twins", pid)
        if sc == "ambiguous_conflict":
            y, x = by_id[cands[0][0]], by_id[cands[1][0]]
            if before[y["id"]] != amt or not num_in_text(x) or before[x["id"]] == amt: err("conflict", pid)
        if sc == "ambiguous_name":
            ms = name_matches(p["payer_name"])
            if len(ms) != 2 or p["customer_id"] or sorted(by_id[c[0]]["customer_id"] for c in cands) != ms: err("name amb", pid)
            if any(before[c[0]] != amt for c in cands): err("name amb amount", pid)
    if sc == "other_currency":
        c0 = by_id[l["candidates"][0]["invoice_ids"][0]]
        if c0["currency"] == cur or (c0["number"] not in text and c0["number"][4:] not in digits): err("fx", pid)
    if p["remittance"] and ("Total" in p["remittance"] or "Amount:" in p["remittance"]) and sc != "retention":
        if fm(amt) not in p["remittance"]: err("remittance total", pid)

if errs:
    print("\n".join(errs[:50])); print(len(errs), "problems"); sys.exit(1)
print("OK: %d invoices, %d payments, all labels verified" % (len(inv), len(pay)))
