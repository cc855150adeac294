#!/usr/bin/env python3
"""Re-verify labels.json against invoices.json / payments.json. Exit 1 on any problem."""
import json, os, re, sys, itertools
from datetime import date
H = os.path.dirname(os.path.abspath(__file__))
inv = json.load(open(os.path.join(H, "invoices.json"), encoding="utf-8"))
pay = json.load(open(os.path.join(H, "payments.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(H, "labels.json"), encoding="utf-8"))
errs = []
def err(pid, msg): errs.append("%s: %s" % (pid, msg))
AMT = re.compile(r"^\d+\.\d\d$")
def cents(s): return int(s.replace(".", ""))
def okdate(s):
    try: date.fromisoformat(s); return True
    except Exception: return False
I = {i["id"]: i for i in inv}
NUM = {i["number"]: i for i in inv}
assert len(I) == len(inv) and len(NUM) == len(inv)
for i in inv:
    if not (AMT.match(i["total"]) and AMT.match(i["balance"]) and 0 < cents(i["balance"]) <= cents(i["total"])): err(i["id"], "invoice amounts")
    if not (okdate(i["issue_date"]) and okdate(i["due_date"]) and i["issue_date"] < i["due_date"]): err(i["id"], "invoice dates")
    if not re.match(r"^INV-3\d{5}$", i["number"]): err(i["id"], "number")
if len(pay) != len(lab) or any(p["id"] != l["payment_id"] for p, l in zip(pay, lab)): sys.exit("labels not aligned with payments")
good_dates = [p["date"] for p in pay if p["date"] and okdate(p["date"])]
if good_dates != sorted(good_dates): err("*", "payments not oldest first")
bal = {i["id"]: cents(i["balance"]) for i in inv}
def text(p): return " ".join(x for x in (p["reference"], p["remittance"]) if x)
def nums6(t): return re.findall(r"(?<!\d)\d{6}(?!\d)", re.sub(r"(CHQ |ACC|Acct |MID |card \*\*\*\*|BATCH )\d+", " ", t))
def subsets(invs, amt, k):
    return [sorted(x["id"] for x in c) for n in range(1, k + 1) for c in itertools.combinations(invs, n) if sum(bal[x["id"]] for x in c) == amt]
def luhn_ok(s):
    t = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        t += d
    return t % 10 == 0
REFD = {"exact_reference", "invoice_list", "overpayment", "part_payment", "balance_after_part", "stale_total_overpay", "short_pay",
        "short_pay_in_list", "short_pay_bank_charges", "card_settlement_fee", "card_batch_review", "second_payment",
        "ambiguous_ref_vs_amount", "ambiguous_third_party", "ambiguous_unexplained_short", "currency_mismatch"}
for p, l in zip(pay, lab):
    pid, sc, st = p["id"], l["scenario"], l["status"]
    ch = l["note"][1:].split("|")[0]
    t = text(p)
    if sc == "bad_row":
        bad = (p["amount"] is None or not AMT.match(str(p["amount"])) or cents(p["amount"]) == 0 or
               not (isinstance(p["currency"], str) and re.match(r"^[A-Z]{3}$", p["currency"])) or not (p["date"] and okdate(p["date"])))
        if not bad: err(pid, "bad_row is not bad")
        if not (st == "review" and l["applications"] == [] and l.get("error")): err(pid, "bad_row label")
        continue
    if not (AMT.match(p["amount"]) and okdate(p["date"]) and re.match(r"^[A-Z]{3}$", p["currency"])): err(pid, "format")
    amt = cents(p["amount"])
    # channel formats
    if ch == "becs" and (len(p["payer_name"]) > 16 or (p["reference"] and len(p["reference"]) > 18)): err(pid, "BECS lengths")
    if ch == "npp" and ((p["remittance"] and len(p["remittance"]) > 280) or (p["reference"] and len(p["reference"]) > 35)): err(pid, "NPP lengths")
    if ch == "nz" and p["reference"] is not None:
        m = re.match(r"^P:(\S+) C:(\S+) R:(.+)$", p["reference"] or "")
        if not m or any(len(g) > 12 for g in m.groups()) or len(p["payer_name"]) > 20: err(pid, "NZ fields")
    if ch == "bpay":
        crn = p["reference"]
        if not (crn.isdigit() and luhn_ok(crn) and crn[5:11] == I[l["applications"][0]["invoice_id"]]["number"][4:]): err(pid, "BPAY CRN")
    elif sc in REFD:
        named = [I[a["invoice_id"]] for a in l["applications"]] + [I[x] for c in l["candidates"] for x in c]
        if sc == "ambiguous_ref_vs_amount": named = [I[l["candidates"][0][0]]]
        for i in named:
            if i["number"][4:] not in t: err(pid, "%s not in text" % i["number"])
        if sc == "ambiguous_ref_vs_amount" and I[l["candidates"][1][0]]["number"][4:] in t: err(pid, "second candidate named")
    # status shape
    apps = l["applications"]
    tot = sum(cents(a["amount"]) for a in apps)
    if tot + cents(l["unapplied"]) != amt: err(pid, "sum")
    if st == "applied" and (cents(l["unapplied"]) or l["short_pay"] or not apps): err(pid, "applied shape")
    if st == "partial" and (cents(l["unapplied"]) or not apps): err(pid, "partial shape")
    if st == "unapplied" and not cents(l["unapplied"]): err(pid, "unapplied shape")
    if st == "review" and (apps or cents(l["unapplied"]) != amt): err(pid, "review shape")
    cid = p["customer_id"] or (I[apps[0]["invoice_id"]]["customer_id"] if apps else None)
    opn = [i for i in inv if i["customer_id"] == cid and i["currency"] == p["currency"] and bal[i["id"]] > 0] if cid else []
    if sc in ("amount_only", "reference_typo", "po_lookalike"):
        if subsets(opn, amt, 3) != [[apps[0]["invoice_id"]]]: err(pid, "amount not unique for customer")
    if sc in ("lump_combination", "lump_statement"):
        if subsets(opn, amt, max(4, len(apps))) != [sorted(a["invoice_id"] for a in apps)]: err(pid, "combination not unique")
    if sc == "lump_statement":
        ym = re.search(r"month': '(\d{4}-\d\d)", "") 
        months = {i["issue_date"][:7] for i in (I[a["invoice_id"]] for a in apps)}
        if len(months) != 1: err(pid, "lump months")
        mo = months.pop()
        allm = sorted(i["id"] for i in inv if i["customer_id"] == cid and i["currency"] == p["currency"] and i["issue_date"][:7] == mo)
        if allm != sorted(a["invoice_id"] for a in apps): err(pid, "lump not the whole month")
        names = {"11": ["November", "novembre"], "12": ["December", "décembre"], "01": ["January", "janvier"], "02": ["February", "février"]}[mo[5:]]
        if not any(n in t for n in names): err(pid, "month not in text")
    if sc == "no_fit_known_customer" and (subsets(opn, amt, 4) or not p["customer_id"]): err(pid, "no_fit fits")
    if sc == "reference_typo":
        true = I[apps[0]["invoice_id"]]["number"][4:]
        if true in t: err(pid, "typo: true number present")
        if not nums6(t): err(pid, "typo: no number"); continue
        typo = nums6(t)[0]
        diff = sum(a != b for a, b in zip(typo, true))
        if not (diff == 1 or sorted(typo) == sorted(true) and diff == 2): err(pid, "typo too far")
        o = NUM.get("INV-" + typo)
        if o and o["customer_id"] == cid: err(pid, "typo hits own invoice")
    if sc == "po_lookalike":
        m = re.search(r"PO ?(\d{6})", t)
        if not m or NUM.get("INV-" + m.group(1)) is None or NUM["INV-" + m.group(1)]["customer_id"] == cid: err(pid, "PO lookalike")
    if sc == "invoice_range":
        nums = sorted(int(I[a["invoice_id"]]["number"][4:]) for a in apps)
        if nums != list(range(nums[0], nums[-1] + 1)) or str(nums[0]) not in t: err(pid, "range")
    if sc.startswith("short_pay") or sc == "card_settlement_fee":
        sp = l["short_pay"]
        if not sp or sp["invoice_id"] not in [a["invoice_id"] for a in apps]: err(pid, "short_pay invoice")
        else:
            d = cents(sp["amount"])
            a = [x for x in apps if x["invoice_id"] == sp["invoice_id"]][0]
            if cents(a["amount"]) + d != bal[sp["invoice_id"]]: err(pid, "short_pay does not close to balance")
            dg = "{:,}.{:02d}".format(d // 100, d % 100); de = "{:,}".format(d // 100).replace(",", " ") + ",%02d" % (d % 100)
            if dg not in t and de not in t and sp["amount"].replace(".", ",") not in t: err(pid, "deduction not in text")
    if sc == "short_pay_bank_charges":
        m = re.search(r":33B:[A-Z]{3}([\d,]+) :71F:[A-Z]{3}([\d,]+)", t)
        if not m or cents(m.group(1).replace(",", ".")) - cents(m.group(2).replace(",", ".")) != amt: err(pid, "SHA arithmetic")
    if sc == "second_payment":
        ref = [x for x in nums6(t) if "INV-" + x in NUM][0]
        if bal[NUM["INV-" + ref]["id"]] != 0: err(pid, "second payment but invoice still open")
    if sc in ("ambiguous_duplicate_amount", "ambiguous_truncated_payer") or (sc == "unknown_payer" and l["candidates"]):
        same = sorted(i["id"] for i in inv if i["currency"] == p["currency"] and bal[i["id"]] == amt)
        if same != sorted(x for c in l["candidates"] for x in c): err(pid, "candidates != invoices with that balance")
    if sc == "unknown_payer":
        if p["customer_id"] is not None: err(pid, "unknown payer has id")
        if not l["candidates"] and any(bal[i["id"]] == amt and i["currency"] == p["currency"] for i in inv): err(pid, "unknown payer amount matches")
    if sc == "currency_mismatch":
        if any(I[x]["currency"] == p["currency"] for c in l["candidates"] for x in c): err(pid, "currency same")
    for a in apps:
        i = I[a["invoice_id"]]
        if i["currency"] != p["currency"]: err(pid, "currency")
        if i["issue_date"] >= p["date"]: err(pid, "paid before issued")
        bal[i["id"]] -= cents(a["amount"])
        if bal[i["id"]] < 0: err(pid, "balance below zero")
for e in errs: print("FAIL", e)
print("%d payments, %d invoices checked, %d problems" % (len(pay), len(inv), len(errs)))
sys.exit(1 if errs else 0)
