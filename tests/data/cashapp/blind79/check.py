#!/usr/bin/env python3
"""Re-verify every label of andes_mining from the generated data. Exit 1 on any problem."""
import json, os, re, sys, datetime as dt
from decimal import Decimal as D, InvalidOperation
from collections import Counter

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "andes_mining")
inv = json.load(open(os.path.join(HERE, "invoices.json"), encoding="utf-8"))
pay = json.load(open(os.path.join(HERE, "payments.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
errs = []
def bad(m): errs.append(m)

NUMRE = {"CLP": r"^\d{5}$", "PEN": r"^F001-\d{8}$", "BOB": r"^FB-\d{6}$", "ARS": r"^FC A 0001-\d{8}$", "USD": r"^USI-2026-\d{5}$"}
def dec(s, cur):
    if cur == "CLP":
        if not re.fullmatch(r"-?\d+", s): raise ValueError(s)
    elif not re.fullmatch(r"-?\d+\.\d{2}", s): raise ValueError(s)
    return D(s)

IBY = {}
for i in inv:
    if set(i) != {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}:
        bad(f"{i['id']} fields")
    if i["id"] in IBY: bad(f"dup id {i['id']}")
    IBY[i["id"]] = i
    if not re.match(NUMRE[i["currency"]], i["number"]): bad(f"{i['id']} number {i['number']}")
    t, b = dec(i["total"], i["currency"]), dec(i["balance"], i["currency"])
    if not (0 < b <= t): bad(f"{i['id']} balance")
    if dt.date.fromisoformat(i["due_date"]) <= dt.date.fromisoformat(i["issue_date"]): bad(f"{i['id']} dates")
nums = Counter(i["number"] for i in inv)
if any(v > 1 for v in nums.values()): bad("duplicate invoice numbers")
if not (1200 <= len(inv) <= 1800): bad("invoice count")
if len(pay) != len(lab) or not (380 <= len(pay) <= 420): bad("payment count")
dates = [p["date"] for p in pay]
if dates != sorted(dates): bad("payments not oldest first")

bal = {k: D(v["balance"]) for k, v in IBY.items()}
paid_by = {}
NUMBYTXT = {i["number"]: i for i in inv}
for p, l in zip(pay, lab):
    pid = p["id"]
    if l["payment_id"] != pid: bad(f"{pid} order")
    dt.date.fromisoformat(p["date"])
    sc, st = l["scenario"], l["status"]
    if not l["note"].startswith(f"[{sc}, "): bad(f"{pid} note prefix")
    if st not in ("applied", "partial", "unapplied", "review"): bad(f"{pid} status")
    text = " ".join(x for x in (p["reference"], p["remittance"]) if x)
    if sc == "bad_row":
        if st != "review" or l["applications"] or "error" not in l: bad(f"{pid} bad row label")
        ok = True
        try: a = D(p["amount"]); ok = a > 0 and p["currency"] != "" and re.fullmatch(r"\d+(\.\d{2})?", p["amount"]) is not None
        except InvalidOperation: ok = False
        if ok: bad(f"{pid} bad row is actually fine")
        continue
    cur = p["currency"]
    amt = dec(p["amount"], cur)
    if amt <= 0: bad(f"{pid} amount")
    s = D(0)
    for a in l["applications"]:
        i = IBY[a["invoice_id"]]
        x = dec(a["amount"], cur)
        if i["currency"] != cur: bad(f"{pid} currency mismatch")
        if x <= 0 or x > bal[i["id"]]: bad(f"{pid} over-applies {i['id']}")
        bal[i["id"]] -= x; s += x
        if bal[i["id"]] == 0: paid_by[i["id"]] = pid
    un = dec(l["unapplied"], cur)
    if s + un != amt: bad(f"{pid} sums {s}+{un}!={amt}")
    if st == "review" and (l["applications"] or un != amt): bad(f"{pid} review applies")
    if st == "applied" and (un != 0 or not l["applications"]): bad(f"{pid} applied leaves cash")
    if st == "unapplied" and un == 0: bad(f"{pid} unapplied zero")
    if st == "partial":
        if un != 0 or len(l["applications"]) != 1: bad(f"{pid} partial shape")
        iid = l["applications"][0]["invoice_id"]
        if bal[iid] == 0: bad(f"{pid} partial closes invoice")
        sp = l["short_pay"]
        if sp:
            if sp["invoice_id"] != iid or dec(sp["amount"], cur) != bal[iid]: bad(f"{pid} short pay amount")
            if sp["amount"] and sc == "short_pay" and (IBY[iid]["number"] not in text): bad(f"{pid} short pay ref")
    elif l["short_pay"] is not None: bad(f"{pid} short_pay on {st}")
    for cs in l["candidates"]:
        for iid in cs:
            if bal[iid] <= 0 or IBY[iid]["currency"] not in (cur, "CLP", "PEN", "ARS"): bad(f"{pid} candidate {iid}")
    if st == "review" and sc not in ("unknown_payer",) and not l["candidates"]: bad(f"{pid} review without candidates")
    # scenario-specific evidence checks
    apps = [IBY[a["invoice_id"]] for a in l["applications"]]
    if sc in ("exact_ref", "remaining_balance", "name_only", "partial", "overpayment", "withholding", "cheque_diferido", "parent_usd", "short_pay"):
        if not any(i["number"] in text for i in apps): bad(f"{pid} number not in text")
    if sc in ("list", "lump_list"):
        if not all(i["number"] in (p["remittance"] or "") for i in apps): bad(f"{pid} list numbers")
    if sc == "range":
        ns = sorted(apps, key=lambda i: i["number"])
        cus = {i["customer_id"] for i in apps}
        lo, hi = ns[0]["number"], ns[-1]["number"]
        inside = [i for i in inv if i["currency"] == cur and lo <= i["number"] <= hi]
        if len(cus) != 1 or len(inside) != len(apps): bad(f"{pid} range not closed")
        if lo not in text: bad(f"{pid} range start")
    if sc in ("typo",):
        if any(i["number"] in text for i in apps): bad(f"{pid} typo is exact")
    if sc in ("amount_only", "po_lookalike", "typo"):
        i = apps[0]
        same = [j for j in inv if j["customer_id"] == i["customer_id"] and j["currency"] == cur and bal[j["id"]] + (amt if j["id"] == i["id"] else 0) == amt]
        if len(same) != 1: bad(f"{pid} amount not unique")
    if sc == "po_lookalike":
        m = re.search(r"OC (\d{5})", text)
        if not m or m.group(1) not in NUMBYTXT or NUMBYTXT[m.group(1)]["customer_id"] == p["customer_id"]: bad(f"{pid} po decoy")
    if sc == "second_payment":
        m = [i for i in inv if i["number"] in text and i["currency"] == cur]
        if not m or bal[m[0]["id"]] != 0 or m[0]["id"] not in paid_by: bad(f"{pid} second payment not already paid")
    if sc == "ambiguous_duplicate_amount":
        ids = [c[0] for c in l["candidates"]]
        if len(ids) != 2 or any(bal[x] != amt for x in ids): bad(f"{pid} dup amounts")
        if sum(1 for i in inv if i["customer_id"] == p["customer_id"] and bal[i["id"]] == amt) != 2: bad(f"{pid} dup count")
    if sc == "lump_noref":
        c = l["candidates"][0]
        if sum(bal[x] for x in c) != amt: bad(f"{pid} lump sum")
    if sc == "known_nofit":
        pool = [bal[i["id"]] for i in inv if i["customer_id"] == p["customer_id"] and i["currency"] == cur and bal[i["id"]] > 0]
        if amt in pool or any(amt - a in pool for a in pool): bad(f"{pid} known_nofit fits")
    if sc == "unknown_payer":
        if p["customer_id"] is not None or any(i["customer_name"].upper().startswith(p["payer_name"][:10]) for i in inv): bad(f"{pid} unknown payer known")
    if sc == "other_currency":
        c = IBY[l["candidates"][0][0]]
        if c["currency"] == cur or c["number"] not in text: bad(f"{pid} other currency")
    if l["short_pay"] is None and st == "partial" and sc != "partial": bad(f"{pid} partial without short pay")

if errs:
    print("\n".join(errs[:50])); print(f"{len(errs)} problems"); sys.exit(1)
print(f"OK: {len(inv)} invoices, {len(pay)} payments, {Counter(l['status'] for l in lab)}")
