#!/usr/bin/env python3
"""Re-verify every label of ledger_us_ca_distribution from the data alone. Exit 1 on any problem."""
import json, os, re, sys, unicodedata
from collections import defaultdict, Counter
from datetime import date
from decimal import Decimal as D, ROUND_HALF_UP
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
L = os.path.join(HERE, "ledger_us_ca_distribution")
invoices = json.load(open(os.path.join(L, "invoices.json"), encoding="utf-8"))
payments = json.load(open(os.path.join(L, "payments.json"), encoding="utf-8"))
labels = json.load(open(os.path.join(L, "labels.json"), encoding="utf-8"))
errors = []


def err(pid, msg):
    errors.append("%s: %s" % (pid, msg))


SIX = r"(?<!\d)\d{6}(?!\d)"
AMT = re.compile(r"^-?\d+\.\d\d$")


def dec(x):
    if not isinstance(x, str) or not AMT.match(x):
        return None
    return D(x)


def bankname(name, n):
    t = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).upper()
    t = re.sub(r"[^A-Z0-9& ]", "", t)
    return re.sub(r"\s+", " ", t).strip()[:n].rstrip()


# ---- invoices
IKEYS = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
INV, BYNUM, BYCUST = {}, {}, defaultdict(list)
for i in invoices:
    if set(i) != IKEYS:
        err(i.get("id"), "invoice keys %s" % sorted(i))
    if i["id"] in INV or i["number"] in BYNUM:
        err(i["id"], "duplicate invoice id/number")
    t, b = dec(i["total"]), dec(i["balance"])
    if t is None or b is None or not (D(0) < b <= t):
        err(i["id"], "bad total/balance")
    if i["currency"] not in ("USD", "CAD"):
        err(i["id"], "currency")
    if date.fromisoformat(i["due_date"]) < date.fromisoformat(i["issue_date"]):
        err(i["id"], "due before issue")
    if not re.fullmatch(r"INV-\d{6}", i["number"]):
        err(i["id"], "number format")
    INV[i["id"]] = i
    BYNUM[i["number"]] = i
    BYCUST[i["customer_id"]].append(i)
NAMES = {}
for i in invoices:
    NAMES[i["customer_id"]] = i["customer_name"]
if not (1200 <= len(invoices) <= 1800):
    err("-", "invoice count %d" % len(invoices))
bal = {k: D(v["balance"]) for k, v in INV.items()}

# ---- payments / labels
LKEYS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}
PKEYS = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
if len(payments) != len(labels):
    err("-", "length mismatch")
prev = None
seen_ids = set()
paid_by = {}


def dg(inv):
    return inv["number"].split("-")[1]


def open_of(cid, cur):
    return [i for i in BYCUST[cid] if bal[i["id"]] > 0 and i["currency"] == cur]


def subsets(cid, cur, amt, maxk=3):
    op = open_of(cid, cur)
    res = []
    for k in range(1, maxk + 1):
        if k == 3 and len(op) > 45:
            break
        for comb in combinations(op, k):
            if sum((bal[i["id"]] for i in comb), D(0)) == amt:
                res.append(tuple(sorted(i["id"] for i in comb)))
    return res


def in_text(d, text):
    return re.search(r"(?<!\d)%s(?!\d)" % re.escape(d), text) is not None


def amt_in_text(a, text):
    a = D(a)
    en = "{:,.2f}".format(a)
    fr = en.replace(",", " ").replace(".", ",")
    frn = en.replace(",", "\u00a0").replace(".", ",")
    return any(x in text for x in (str(a), en, fr, frn))


REF_SCEN = {"exact_ref", "list_ref", "partial_payment", "remaining_balance", "deduction", "early_pay_discount", "bank_fee",
            "overpayment", "parent_pays", "dba_payer"}
for p, l in zip(payments, labels):
    pid = p.get("id")
    if set(p) != PKEYS:
        err(pid, "payment keys")
    if set(l) != LKEYS:
        err(pid, "label keys %s" % sorted(l))
    if l["payment_id"] != pid or pid in seen_ids:
        err(pid, "payment id order/duplicate")
    seen_ids.add(pid)
    try:
        pd = date.fromisoformat(p["date"])
    except Exception:
        err(pid, "date")
        continue
    if prev and pd < prev:
        err(pid, "not oldest first")
    prev = pd
    sc, st = l["scenario"], l["status"]
    if not l["note"].startswith("[%s, " % sc) or not re.match(r"^\[[a-z_]+, (en|fr-CA), [a-z_]+\] ", l["note"]):
        err(pid, "note prefix")
    text = (p["reference"] or "") + "\n" + (p["remittance"] or "")
    amount = dec(p["amount"])
    cur = p["currency"]
    un = dec(l["unapplied"])
    apps = l["applications"]
    cands = [c["invoice_ids"] for c in l["candidates"]]
    if un is None:
        err(pid, "unapplied format")
        continue
    if st not in ("applied", "partial", "unapplied", "review"):
        err(pid, "status")
    # ---- bad rows
    if sc == "bad_row":
        ok_bad = amount is None or amount <= 0 or cur not in ("USD", "CAD", "EUR", "GBP")
        if not ok_bad or st != "review" or apps or cands:
            err(pid, "bad row label")
        if un != (amount if amount is not None else D(0)):
            err(pid, "bad row unapplied")
        continue
    if amount is None or amount <= 0 or cur not in ("USD", "CAD", "EUR", "GBP"):
        err(pid, "payment amount/currency invalid but not a bad row")
        continue
    # ---- sums and replay
    tot = D(0)
    before = {}
    for a in apps:
        inv = INV.get(a["invoice_id"])
        x = dec(a["amount"])
        if inv is None or x is None or x <= 0:
            err(pid, "application invalid")
            continue
        if inv["currency"] != cur:
            err(pid, "currency of application")
        if x > bal[inv["id"]]:
            err(pid, "application past zero on %s" % inv["id"])
        before[inv["id"]] = bal[inv["id"]]
        tot += x
    if tot + un != amount:
        err(pid, "applications + unapplied != amount")
    for a in apps:
        if a["invoice_id"] in before:
            bal[a["invoice_id"]] -= D(a["amount"])
    after = {k: bal[k] for k in before}
    for c in cands:
        for iid in c:
            if iid not in INV:
                err(pid, "candidate unknown")
    # ---- status shape
    if st == "applied" and (un != 0 or l["short_pay"] or cands or not apps):
        err(pid, "applied shape")
    if st == "partial":
        if un != 0 or cands or not apps or not any(v > 0 for v in after.values()):
            err(pid, "partial shape")
        sp = l["short_pay"]
        if sp:
            if sp["invoice_id"] not in after or after[sp["invoice_id"]] != D(sp["amount"]):
                err(pid, "short_pay amount is not what is left open")
            if sp["reason"] not in ("freight", "damaged", "pricing", "shortage", "early_pay_discount", "bank_fee"):
                err(pid, "short_pay reason")
    if st == "unapplied" and (un <= 0 or l["short_pay"] or cands):
        err(pid, "unapplied shape")
    if st == "review" and (apps or un != amount or l["short_pay"]):
        err(pid, "review shape")
    # ---- scenario-specific evidence
    if sc in REF_SCEN:
        for iid in before:
            if not in_text(dg(INV[iid]), text):
                err(pid, "%s: invoice %s not in text" % (sc, INV[iid]["number"]))
        if sc not in ("parent_pays",):
            custs = {INV[i]["customer_id"] for i in before}
            if len(custs) != 1:
                err(pid, "several customers")
    if sc == "exact_ref" and (len(apps) != 1 or after[apps[0]["invoice_id"]] != 0):
        err(pid, "exact_ref not closing one invoice")
    if sc in ("list_ref", "parent_pays", "dba_payer", "remaining_balance", "range_ref", "lump_all_open") and any(v != 0 for v in after.values()):
        err(pid, "%s leaves invoice open" % sc)
    if sc == "parent_pays":
        if p["customer_id"] is not None or len({INV[i]["customer_id"] for i in before}) < 2:
            err(pid, "parent_pays")
        if any(bankname(NAMES[c], 16) == p["payer_name"][:16] for c in NAMES):
            err(pid, "parent payer matches a customer")
    if sc == "dba_payer":
        cid = INV[apps[0]["invoice_id"]]["customer_id"]
        if bankname(NAMES[cid], 8) == bankname(p["payer_name"], 8):
            err(pid, "dba payer equals legal name")
    if sc == "typo_ref":
        iid = apps[0]["invoice_id"]
        d = dg(INV[iid])
        if in_text(d, text):
            err(pid, "typo_ref: exact number present")
        near = False
        for m in re.findall(SIX, text):
            if len(m) == 6 and m != d:
                diff = [k for k in range(6) if m[k] != d[k]]
                if len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and m[diff[0]] == d[diff[1]] and m[diff[1]] == d[diff[0]]):
                    near = True
                    o = BYNUM.get("INV-" + m)
                    if o and (o["customer_id"] == INV[iid]["customer_id"] or before[iid] == D(INV[o["id"]]["balance"])):
                        err(pid, "typo lands on a plausible invoice")
        if not near or after[iid] != 0 or len(apps) != 1:
            err(pid, "typo_ref evidence")
        cid = INV[iid]["customer_id"]
        if p["customer_id"] is None:
            hits = [c for c in NAMES if bankname(NAMES[c], 35).startswith(p["payer_name"])]
            if len(hits) != 1:
                err(pid, "typo_ref payer not identifiable")
    if sc == "range_ref":
        nums = [n for n in re.findall(SIX, text) if "INV-" + n in BYNUM]
        lo, hi = min(nums), max(nums)
        cid = INV[apps[0]["invoice_id"]]["customer_id"]
        inrange = sorted(i["id"] for i in BYCUST[cid] if i["currency"] == cur and lo <= dg(i) <= hi and (before.get(i["id"], bal[i["id"]]) > 0))
        if inrange != sorted(before):
            err(pid, "range does not equal the payer's open invoices in it")
    if sc in ("amount_only", "po_lookalike", "cheque_lookalike", "lump_all_open", "ref_amount_conflict", "ambiguous_twin", "no_fit_known", "ref_not_open", "list_short_unexplained"):
        if not p["customer_id"]:
            err(pid, "%s needs customer_id" % sc)
    if sc in ("amount_only", "po_lookalike", "cheque_lookalike"):
        for k, v in before.items():
            bal[k] += v - after[k]
        ss = subsets(p["customer_id"], cur, amount)
        if ss != [tuple(sorted(before))]:
            err(pid, "%s: amount not unique %s" % (sc, ss))
        for k in before:
            bal[k] = after[k]
        if sc != "amount_only":
            nums = [n for n in re.findall(SIX, text) if "INV-" + n in BYNUM]
            if not nums or "INV-" + nums[0] not in BYNUM or BYNUM["INV-" + nums[0]]["id"] in before:
                err(pid, "lookalike number is not another invoice number")
            if sc == "cheque_lookalike" and not re.match(r"^(CHK|CHECK|CHQ|CHEQUE)", p["reference"]):
                err(pid, "cheque ref")
    if sc == "lump_all_open":
        for k, v in before.items():
            bal[k] += v - after[k]
        allop = sorted(i["id"] for i in open_of(p["customer_id"], cur))
        if allop != sorted(before) or len([s for s in subsets(p["customer_id"], cur, amount, 3)]) > 0 and len(allop) > 3:
            err(pid, "lump sum is not all open items / smaller subset fits")
        for k in before:
            bal[k] = after[k]
    if sc == "partial_payment" and (l["short_pay"] or len(apps) != 1):
        err(pid, "partial_payment shape")
    if sc in ("deduction", "early_pay_discount", "bank_fee"):
        sp = l["short_pay"]
        if not sp:
            err(pid, "missing short_pay")
        else:
            ded = D(sp["amount"])
            inv = INV[sp["invoice_id"]]
            if sc == "early_pay_discount":
                if ded != (D(inv["total"]) * D("0.02")).quantize(D("0.01"), rounding=ROUND_HALF_UP):
                    err(pid, "discount is not 2% of total")
                days = (pd - date.fromisoformat(inv["issue_date"])).days
                if ("unearned" in l["note"]) != (days > 10):
                    err(pid, "discount timing note")
            if sc == "bank_fee" and not (D(0) < ded <= 40):
                err(pid, "bank fee size")
            if sc != "bank_fee" and not amt_in_text(ded, text):
                err(pid, "deduction amount not in text")
    if sc == "overpayment":
        if len(apps) != 1 or after[apps[0]["invoice_id"]] != 0:
            err(pid, "overpayment shape")
        for k, v in before.items():
            bal[k] += v - after[k]
        if subsets(INV[apps[0]["invoice_id"]]["customer_id"], cur, amount, 3):
            err(pid, "overpayment amount fits a set")
        for k in before:
            bal[k] = after[k]
    if sc == "second_payment":
        nums = [n for n in re.findall(SIX, text) if "INV-" + n in BYNUM]
        if not nums or BYNUM["INV-" + nums[0]]["id"] not in paid_by or bal[BYNUM["INV-" + nums[0]]["id"]] != 0:
            err(pid, "second_payment: invoice not paid earlier")
    if sc == "ref_not_open":
        nums = re.findall(SIX, text)
        if not nums or any("INV-" + n in BYNUM for n in nums) or subsets(p["customer_id"], cur, amount, 3):
            err(pid, "ref_not_open evidence")
    if sc == "no_fit_known" and subsets(p["customer_id"], cur, amount, 3):
        err(pid, "no_fit_known fits")
    if sc in ("unknown_payer", "unknown_payer_one_match"):
        if p["customer_id"] or any(bankname(n, 35).startswith(p["payer_name"][:10]) for n in NAMES.values()):
            err(pid, "unknown payer is known")
        g = [i["id"] for i in invoices if i["currency"] == cur and bal[i["id"]] == amount]
        if sc == "unknown_payer" and (g or cands):
            err(pid, "unknown payer amount matches")
        if sc == "unknown_payer_one_match" and (len(g) != 1 or cands != [g]):
            err(pid, "unknown payer single match")
    if sc == "ambiguous_twin":
        if len(cands) != 2 or any(len(c) != 1 or bal[c[0]] != amount or INV[c[0]]["customer_id"] != p["customer_id"] for c in cands):
            err(pid, "ambiguous twin")
        if len(subsets(p["customer_id"], cur, amount)) != 2:
            err(pid, "twin: other sets fit")
    if sc == "ambiguous_payer_name":
        cs = [INV[c[0]]["customer_id"] for c in cands]
        if len(cands) != 2 or len(set(cs)) != 2 or any(bal[c[0]] != amount for c in cands) or p["customer_id"]:
            err(pid, "ambiguous payer")
        if any(bankname(NAMES[c], 16) != p["payer_name"] for c in cs):
            err(pid, "payer name does not fit both")
        if len([c for c in NAMES if bankname(NAMES[c], 16) == p["payer_name"]]) != 2:
            err(pid, "payer name fits more than two")
    if sc == "list_short_unexplained":
        c = cands[0] if cands else []
        if len(cands) != 1 or not all(in_text(dg(INV[i]), text) for i in c) or sum(bal[i] for i in c) <= amount:
            err(pid, "list short")
        if subsets(p["customer_id"], cur, amount, 3):
            err(pid, "list short: amount fits a set")
        if re.search(r"FRT|DMG|PRC|SHT|DISC|ADX|escompte|transport|frais", text):
            err(pid, "list short has a reason")
    if sc == "ref_amount_conflict":
        if len(cands) != 2 or not in_text(dg(INV[cands[0][0]]), text) or bal[cands[1][0]] != amount or bal[cands[0][0]] <= amount:
            err(pid, "ref/amount conflict")
    if sc == "currency_mismatch":
        if len(cands) != 1 or INV[cands[0][0]]["currency"] == cur or not in_text(dg(INV[cands[0][0]]), text):
            err(pid, "currency mismatch")
        if p["customer_id"] and [i for i in open_of(p["customer_id"], cur) if bal[i["id"]] == amount]:
            err(pid, "currency mismatch: same-currency invoice fits")
    if sc not in ("po_lookalike", "cheque_lookalike", "typo_ref", "second_payment", "range_ref"):
        named = {BYNUM["INV-" + n]["id"] for n in re.findall(SIX, text) if "INV-" + n in BYNUM}
        if not named <= set(before) | {i for c in cands for i in c}:
            err(pid, "text names an invoice that is neither applied nor a candidate")
    for k, v in after.items():
        if v == 0:
            paid_by[k] = pid
    if not l["reason"]:
        err(pid, "empty reason")

if errors:
    print("\n".join(errors[:60]))
    print("%d problems" % len(errors))
    sys.exit(1)
print("OK: %d invoices, %d payments, statuses %s" % (len(invoices), len(payments), dict(Counter(l["status"] for l in labels))))
