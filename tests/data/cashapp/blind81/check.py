#!/usr/bin/env python3
"""Re-verify every label of uk_ie_hospitality from the data alone. Exit 1 on any problem."""
import json, os, re, sys, itertools
from datetime import date
from decimal import Decimal

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "uk_ie_hospitality")
INV = json.load(open(os.path.join(D, "invoices.json")))
PAY = json.load(open(os.path.join(D, "payments.json")))
LAB = json.load(open(os.path.join(D, "labels.json")))
BY = {i["id"]: i for i in INV}
NUM = {i["number"]: i for i in INV}
errs = []
AMT = re.compile(r"^\d+\.\d\d$")


def err(pid, msg):
    errs.append(f"{pid}: {msg}")


def p(s):
    return int(Decimal(s) * 100)


def fmt(x):
    return f"{x // 100}.{x % 100:02d}"


def money(x, cur):
    return f"{ {'GBP': '£', 'EUR': '€', 'USD': '$'}[cur]}{x // 100:,}.{x % 100:02d}"


for i in INV:
    if not (AMT.match(i["total"]) and AMT.match(i["balance"])) or p(i["balance"]) > p(i["total"]) or p(i["balance"]) <= 0:
        err(i["id"], "bad invoice amounts")
    if date.fromisoformat(i["due_date"]) < date.fromisoformat(i["issue_date"]):
        err(i["id"], "due before issue")
if len(NUM) != len(INV) or len({i["id"] for i in INV}) != len(INV):
    err("-", "duplicate invoice ids/numbers")
if not (1200 <= len(INV) <= 1800):
    err("-", f"invoice count {len(INV)}")

BAL = {i["id"]: p(i["balance"]) for i in INV}
paid_by = {}
prev = None


def hits(pool, amount, maxk=3):
    out = []
    for k in range(1, maxk + 1):
        for c in itertools.combinations(pool, k):
            if sum(BAL[i["id"]] for i in c) == amount:
                out.append([i["id"] for i in c])
    if len(pool) > maxk and sum(BAL[i["id"]] for i in pool) == amount:
        out.append([i["id"] for i in pool])
    return out


def open_of(cid, cur):
    return [i for i in INV if i["customer_id"] == cid and i["currency"] == cur and BAL[i["id"]] > 0]


if len(PAY) != len(LAB):
    err("-", "labels/payments length")
for pay, lab in zip(PAY, LAB):
    pid = pay["id"]
    if lab["payment_id"] != pid:
        err(pid, "order")
    d = date.fromisoformat(pay["date"])
    if prev and d < prev:
        err(pid, "not oldest first")
    prev = d
    ch = lab["note"][1:lab["note"].index("]")]
    text = (pay["reference"] or "") + "\n" + (pay["remittance"] or "")
    sc, st = lab["scenario"], lab["status"]
    if ch in ("FPS", "BACS") and (len(pay["payer_name"]) > 18 or len(pay["reference"] or "") > 18):
        err(pid, "FPS/BACS field longer than 18")
    if sc == "bad_row":
        ok = isinstance(pay["amount"], str) and AMT.match(pay["amount"]) and p(pay["amount"]) > 0 \
            and pay["currency"] in ("GBP", "EUR", "USD")
        if ok or st != "review" or lab["applications"] or lab["candidates"]:
            err(pid, "bad row label")
        continue
    if not AMT.match(pay["amount"]) or pay["currency"] not in ("GBP", "EUR", "USD"):
        err(pid, "valid-looking row with bad amount/currency")
        continue
    amt = p(pay["amount"])
    apps = [(BY.get(a["invoice_id"]), p(a["amount"])) for a in lab["applications"]]
    if any(i is None for i, _ in apps):
        err(pid, "unknown invoice")
        continue
    if sum(a for _, a in apps) + p(lab["unapplied"]) != amt:
        err(pid, "applications + unapplied != amount")
    before = {i["id"]: BAL[i["id"]] for i, _ in apps}
    for i, a in apps:
        if i["currency"] != pay["currency"] or a <= 0 or a > BAL[i["id"]]:
            err(pid, f"bad application {i['id']}")
        if date.fromisoformat(i["issue_date"]) > d:
            err(pid, "invoice issued after payment")
    # status consistency
    if st == "applied" and (p(lab["unapplied"]) or not apps or lab["short_pay"] or lab["candidates"]):
        err(pid, "applied inconsistent")
    if st == "partial" and (not apps or p(lab["unapplied"]) or not any(a < BAL[i["id"]] for i, a in apps)):
        err(pid, "partial inconsistent")
    if st == "unapplied" and not p(lab["unapplied"]):
        err(pid, "unapplied inconsistent")
    if st == "review" and (apps or p(lab["unapplied"]) != amt):
        err(pid, "review inconsistent")
    sp = lab["short_pay"]
    if sp:
        i = BY[sp["invoice_id"]]
        a = dict((x["id"], y) for x, y in apps)[i["id"]]
        if p(sp["amount"]) != BAL[i["id"]] - a:
            err(pid, "short_pay amount != left open")
        if money(p(sp["amount"]), pay["currency"]) not in text:
            err(pid, "short_pay amount not stated in remittance")
        if sc != "card_fee" and sp["reason"].split(" (")[0].split(":")[0][:20] not in text and \
                sp["reason"][:20] not in text and "discount" not in sp["reason"]:
            err(pid, "short_pay reason not in text")
    # evidence per scenario
    cited = {"exact_ref", "ref_no_prefix", "balance_after_partial", "settle_disc", "short_pay", "card_fee",
             "part_payment", "overpayment", "cheque", "list", "group_remit", "credit_note"}
    if sc in cited:
        for i, _ in apps:
            if i["number"][3:] not in text:
                err(pid, f"{i['number']} not in reference/remittance")
    if sc in ("amount_only", "trading_name", "po_lookalike", "ref_typo"):
        i = apps[0][0]
        if hits(open_of(i["customer_id"], i["currency"]), amt) != [[i["id"]]]:
            err(pid, "amount not unique on the account")
        if sc == "ref_typo" and (re.search(r"\d{5,7}", pay["reference"]).group(0) == i["number"][3:]
                                 or "SI-" + re.search(r"\d{5,7}", pay["reference"]).group(0) in NUM):
            err(pid, "typo is a real number")
        if sc == "po_lookalike":
            n = re.search(r"\d{6}", pay["reference"]).group(0)
            if "SI-" + n not in NUM or NUM["SI-" + n]["customer_id"] == i["customer_id"]:
                err(pid, "PO lookalike not another customer's invoice")
    if sc == "ref_truncated":
        last = apps[-1][0]["number"]
        m = re.search(r"SI-\d*$", pay["reference"])
        if len(pay["reference"]) != 18 or last in pay["reference"] or not m or not last.startswith(m.group(0)):
            err(pid, "truncation")
    if sc == "range":
        nums = sorted(int(i["number"][3:]) for i, _ in apps)
        between = [i for i in INV if nums[0] <= int(i["number"][3:]) <= nums[-1]]
        if len(between) != len(apps) or len({i["customer_id"] for i in between}) != 1 or str(nums[0]) not in text \
                or str(nums[-1])[-3:] not in text:
            err(pid, "range")
    if sc == "lump_sum" and pay["remittance"] is None:
        cid = apps[0][0]["customer_id"]
        if {i["id"] for i, _ in apps} != {i["id"] for i in open_of(cid, pay["currency"])}:
            err(pid, "lump sum is not the whole account")
    if sc == "amb_same_amount":
        cid = BY[lab["candidates"][0][0]]["customer_id"]
        h = hits(open_of(cid, pay["currency"]), amt)
        if len(h) < 2 or sorted(h) != sorted(lab["candidates"]):
            err(pid, "ambiguity not reproduced")
    if sc == "amb_ref_vs_amount":
        a_, b_ = BY[lab["candidates"][0][0]], BY[lab["candidates"][1][0]]
        if a_["number"] not in text or BAL[b_["id"]] != amt or BAL[a_["id"]] == amt:
            err(pid, "ref vs amount")
    if sc == "red_lion":
        cs = {BY[c[0]]["customer_id"] for c in lab["candidates"]}
        if len(cs) < 2 or any(BAL[c[0]] != amt for c in lab["candidates"][:2]):
            err(pid, "red lion")
    if sc == "known_no_fit" and (hits(open_of(pay["customer_id"], pay["currency"]), amt) or apps):
        err(pid, "known_no_fit fits something")
    if sc == "unknown_payer":
        same = [[i["id"]] for i in INV if i["currency"] == pay["currency"] and BAL[i["id"]] == amt]
        if same != lab["candidates"] or pay["customer_id"] is not None:
            err(pid, "unknown payer candidates")
        if any(pay["payer_name"].split()[0] in i["customer_name"].upper() for i in INV if len(pay["payer_name"].split()[0]) > 3):
            err(pid, "stranger resembles a customer")
    if sc == "second_payment":
        n = re.search(r"\d{6}", pay["reference"])
        i = BY[lab["note"].split()[-1] and paid_by.get(pay["reference"], [None])[0]] if paid_by.get(pay["reference"]) else None
        if i is None or BAL[i["id"]] != 0:
            err(pid, "second payment not of a paid invoice")
    if sc == "currency_mismatch":
        i = BY[lab["candidates"][0][0]]
        if i["currency"] == pay["currency"] or i["number"] not in text:
            err(pid, "currency mismatch")
    for i, a in apps:
        BAL[i["id"]] -= a
    if len(apps) == 1 and BAL[apps[0][0]["id"]] == 0 and pay["reference"]:
        paid_by[pay["reference"]] = [apps[0][0]["id"]]
    if st == "partial" and not any(BAL[i["id"]] > 0 for i, _ in apps):
        err(pid, "partial leaves nothing open")

if errs:
    print("\n".join(errs[:60]))
    print(f"{len(errs)} problems")
    sys.exit(1)
print(f"OK: {len(INV)} invoices, {len(PAY)} payments, all labels verified")
