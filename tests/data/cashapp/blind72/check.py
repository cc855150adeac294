#!/usr/bin/env python3
"""Re-verify every label of nordic_timber/ from the data alone. Exit 1 on any problem."""
import json, os, re, sys
from collections import defaultdict
from datetime import date
from decimal import Decimal, InvalidOperation

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nordic_timber")
INV = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
PAY = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
LAB = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
ERR = []
AMT = re.compile(r"^-?\d+\.\d{2}$")
CURS = {"SEK", "NOK", "DKK", "EUR", "GBP"}
LANGS = {"sv", "no", "da", "fi", "de", "en"}


def err(pid, msg):
    ERR.append("%s: %s" % (pid, msg))


def luhn_ok(x):
    tot = 0
    for i, ch in enumerate(reversed(x)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def viite_ok(x):
    w = [7, 3, 1]
    body, chk = x[:-1], int(x[-1])
    tot = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(body)))
    return (10 - tot % 10) % 10 == chk


def rf_ok(x):
    x = x.replace(" ", "")
    conv = "".join(str(int(c, 36)) for c in x[4:] + x[:4])
    return int(conv) % 97 == 1


def numbers_in(text):
    """Invoice numbers stated in a text: literal 6-digit numbers and numbers carried in check-digit references."""
    found = set()
    if not text:
        return found
    for m in re.findall(r"(?<!\d)\d{6}(?!\d)", text):
        found.add(m)
    m = re.search(r"RF\d\d[\d ]+", text)
    if m and rf_ok(m.group(0).strip()):
        v = m.group(0).replace(" ", "")[4:]
        if viite_ok(v):
            found.add(v[:-1].lstrip("0"))
    m = re.search(r"\+71<(\d{15})\+", text)
    if m and luhn_ok(m.group(1)):
        found.add(m.group(1)[:-1].lstrip("0"))
    for raw in re.findall(r"(?<![\d<])\d[\d ]{5,14}\d(?![\d+])", text):
        x = raw.replace(" ", "")
        if len(x) in (7, 9) and luhn_ok(x):          # OCR / KID: number + Luhn digit
            found.add(x[:-1].lstrip("0"))
        if len(x) == 7 and viite_ok(x):               # Finnish viitenumero
            found.add(x[:-1])
    return found


def dec(x):
    try:
        return Decimal(x)
    except (InvalidOperation, TypeError):
        return None


# ---------------------------------------------------------------- invoices
inv = {}
nums = {}
for i in INV:
    k = i["id"]
    if set(i) != {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date",
                  "due_date"}:
        err(k, "invoice fields")
    if k in inv or i["number"] in nums:
        err(k, "duplicate invoice id/number")
    inv[k] = i
    nums[i["number"]] = k
    if not (AMT.match(i["total"]) and AMT.match(i["balance"])) or not (0 < Decimal(i["balance"]) <= Decimal(i["total"])):
        err(k, "amounts")
    if i["currency"] not in CURS or date.fromisoformat(i["due_date"]) < date.fromisoformat(i["issue_date"]):
        err(k, "currency/dates")
if not 1200 <= len(INV) <= 1800:
    err("-", "invoice count %d" % len(INV))
bal = {k: Decimal(i["balance"]) for k, i in inv.items()}
by_cust = defaultdict(list)
for k, i in inv.items():
    by_cust[i["customer_id"]].append(k)
names = {i["customer_name"].upper() for i in INV}


def open_of(cid, cur):
    return [k for k in by_cust[cid] if bal[k] > 0 and inv[k]["currency"] == cur]


# ---------------------------------------------------------------- payments + labels
if len(PAY) != len(LAB) or not 350 <= len(PAY) <= 450:
    err("-", "payment/label counts")
prev = "0000"
paid_by = {}
for p, l in zip(PAY, LAB):
    pid = p["id"]
    sc = l["scenario"]
    if l["payment_id"] != pid:
        err(pid, "label order")
    if set(p) != {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}:
        err(pid, "payment fields")
    if not re.match(r"^\[(sv|no|da|fi|de|en)\] ", l["note"]):
        err(pid, "note prefix")
    text = " ".join(x for x in (p["reference"], p["remittance"]) if x)
    amt = dec(p["amount"]) if p["amount"] and AMT.match(p["amount"]) else None
    try:
        pd = date.fromisoformat(p["date"]).isoformat()
    except ValueError:
        pd = None
    if sc == "bad_row":
        bad = amt is None or amt <= 0 or p["currency"] not in CURS or pd is None
        if not bad or "error" not in l:
            err(pid, "bad row is not bad / no error")
        if l["status"] != "review" or l["applications"] or l["candidates"]:
            err(pid, "bad row label")
        continue
    if amt is None or amt <= 0 or p["currency"] not in CURS or pd is None:
        err(pid, "row unexpectedly bad")
        continue
    if pd < prev:
        err(pid, "payments not oldest first")
    prev = pd
    st = l["status"]
    apps = [(a["invoice_id"], Decimal(a["amount"])) for a in l["applications"]]
    un = Decimal(l["unapplied"])
    if st not in ("applied", "partial", "unapplied", "review"):
        err(pid, "status")
    if st == "review":
        if apps or un != amt:
            err(pid, "review must apply nothing; unapplied = amount")
    elif sum(a for _, a in apps) + un != amt:
        err(pid, "applications + unapplied != amount")
    if st == "applied" and (un != 0 or l["short_pay"]):
        err(pid, "applied with remainder/short pay")
    if st == "unapplied" and un <= 0:
        err(pid, "unapplied without remainder")
    if st != "review" and l["candidates"]:
        err(pid, "candidates on a non-review")
    for k, a in apps:
        if k not in inv or inv[k]["currency"] != p["currency"] or a <= 0 or a > bal[k]:
            err(pid, "bad application %s %s" % (k, a))
    for c in l["candidates"]:
        for k in c:
            if k not in inv or bal[k] <= 0:
                err(pid, "candidate %s not open" % k)
    cust = inv[apps[0][0]]["customer_id"] if apps else None
    if p["customer_id"] and apps and any(inv[k]["customer_id"] != p["customer_id"] for k, _ in apps):
        err(pid, "applied to another customer's invoice")
    stated = numbers_in(text)
    # ---- scenario-specific evidence
    if sc in ("exact_ref", "check_digit_ref", "third_party"):
        k, a = apps[0]
        if len(apps) != 1 or inv[k]["number"] not in stated or a != bal[k]:
            err(pid, "reference/amount evidence")
        if sc == "check_digit_ref" and re.search(r"(?<!\d)%s(?!\d)" % inv[k]["number"], text):
            err(pid, "check-digit case shows the bare number")
        if sc == "third_party" and (p["customer_id"] or p["payer_name"].upper() in names):
            err(pid, "third party should be unknown")
    if sc in ("amount_only", "typo_ref", "po_lookalike"):
        k, a = apps[0]
        if a != bal[k] or any(bal[o] == a for o in open_of(cust, p["currency"]) if o != k) or p["customer_id"] != cust:
            err(pid, "amount not unique for the customer")
        ob = [bal[o] for o in open_of(cust, p["currency"]) if o != k]
        if any(ob[i] + ob[j] == a for i in range(len(ob)) for j in range(i + 1, len(ob))):
            err(pid, "a pair of other invoices also sums to the amount")
        if sc == "amount_only" and stated:
            err(pid, "amount_only has a number")
        if sc == "typo_ref":
            t = l["typo"]
            n = inv[k]["number"]
            swap = len(t) == 6 and sorted(t) == sorted(n) and sum(x != y for x, y in zip(t, n)) == 2
            drop = len(t) == 5 and any(n[:i] + n[i + 1:] == t for i in range(6))
            if not re.search(r"(?<!\d)%s(?!\d)" % t, text) or t in nums or not (swap or drop) or stated & set(nums):
                err(pid, "typo evidence")
        if sc == "po_lookalike":
            po = l["po"]
            if po not in stated or (po in nums and inv[nums[po]]["customer_id"] == cust):
                err(pid, "po evidence")
    if sc in ("list", "short_pay_list"):
        if {inv[k]["number"] for k, _ in apps} != {n for n in stated if n in nums}:
            err(pid, "list numbers differ from text")
    if sc == "range":
        a0, b0 = l["range"]
        if a0 not in text or b0 not in text:
            err(pid, "range ends not in text")
        want = {nums[str(n)] for n in range(int(a0), int(b0) + 1)}
        if {k for k, _ in apps} != want or any(a != bal[k] for k, a in apps):
            err(pid, "range members")
    if sc == "statement":
        if {k for k, _ in apps} != {k for k in by_cust[p["customer_id"]] if bal[k] > 0} or \
                any(a != bal[k] for k, a in apps):
            err(pid, "statement is not the whole open balance")
    if sc in ("short_pay", "short_pay_list", "part_payment"):
        sp = l["short_pay"]
        if sc == "part_payment":
            k, a = apps[0]
            if sp or st != "partial" or a >= bal[k] or inv[k]["number"] not in stated:
                err(pid, "part payment")
        else:
            k = sp["invoice_id"]
            a = dict(apps)[k]
            if st != "partial" or Decimal(sp["amount"]) != bal[k] - a or sp["reason"] not in text \
                    or inv[k]["number"] not in stated:
                err(pid, "short pay evidence")
            if any(a2 != bal[k2] for k2, a2 in apps if k2 != k):
                err(pid, "other lines not paid in full")
            lang = l["note"][1:3]
            x = sp["amount"]
            ip, fp = x.split(".")
            grp = []
            while ip:
                grp.insert(0, ip[-3:])
                ip = ip[:-3]
            sep = {"sv": " ", "no": " ", "fi": " ", "da": ".", "de": ".", "en": ","}[lang]
            if (sep.join(grp) + ("." if lang == "en" else ",") + fp) not in text:
                err(pid, "deduction amount not stated in the text")
    if sc == "overpayment":
        k, a = apps[0]
        if len(apps) != 1 or a != bal[k] or inv[k]["number"] not in stated or un <= 0:
            err(pid, "overpayment")
    if sc == "second_payment":
        ns = [n for n in stated if n in nums]
        if len(ns) != 1 or bal[nums[ns[0]]] != 0 or nums[ns[0]] not in paid_by or apps or un != amt:
            err(pid, "second payment")
        if any(bal[o] == amt for o in open_of(p["customer_id"], p["currency"])):
            err(pid, "second payment amount fits an open invoice")
    if sc in ("unknown_payer", "unknown_payer_amount"):
        if p["customer_id"] or p["payer_name"].upper() in names or any(n in nums for n in stated):
            err(pid, "unknown payer evidence")
        hits = [k for k in inv if bal[k] == amt and inv[k]["currency"] == p["currency"]]
        if sc == "unknown_payer" and (hits or l["candidates"]):
            err(pid, "unknown payer amount matches")
        if sc == "unknown_payer_amount" and [[h] for h in hits] != l["candidates"]:
            err(pid, "unknown payer candidates")
    if sc == "known_no_fit":
        bs = [bal[k] for k in open_of(p["customer_id"], p["currency"])]
        if amt in bs or any(bs[i] + bs[j] == amt for i in range(len(bs)) for j in range(i + 1, len(bs))) or stated:
            err(pid, "known_no_fit fits")
    if sc == "ambiguous_same_amount":
        c = [x[0] for x in l["candidates"]]
        hits = [k for k in open_of(p["customer_id"], p["currency"]) if bal[k] == amt]
        if len(c) != 2 or sorted(c) != sorted(hits) or stated:
            err(pid, "ambiguous same amount")
    if sc == "ambiguous_ref_vs_amount":
        (a,), (b,) = l["candidates"]
        if inv[a]["number"] not in stated or bal[a] == amt or bal[b] != amt or inv[a]["customer_id"] != inv[b]["customer_id"]:
            err(pid, "ref vs amount")
    if sc == "lump_no_list":
        (c,) = l["candidates"]
        if sum(bal[k] for k in c) != amt or stated or amt in [bal[k] for k in open_of(p["customer_id"], p["currency"])]:
            err(pid, "lump")
    if sc == "cross_currency":
        (c,) = l["candidates"]
        if inv[c[0]]["currency"] == p["currency"] or inv[c[0]]["number"] not in stated:
            err(pid, "cross currency")
    # replay
    for k, a in apps:
        bal[k] -= a
        if bal[k] == 0:
            paid_by[k] = pid
    if st == "partial" and not any(bal[k] > 0 for k, _ in apps):
        err(pid, "partial leaves nothing open")

if ERR:
    print("\n".join(ERR[:60]))
    print("%d problems" % len(ERR))
    sys.exit(1)
print("OK: %d invoices, %d payments, every label re-verified" % (len(INV), len(PAY)))
