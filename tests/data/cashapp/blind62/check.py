#!/usr/bin/env python3
"""Re-verify every label of ledger_sea_distribution from the data alone. Exit 1 on any problem."""
import json, os, re, sys, unicodedata
from collections import Counter
from datetime import date
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
LD = os.path.join(HERE, "ledger_sea_distribution")
INV = json.load(open(os.path.join(LD, "invoices.json"), encoding="utf-8"))
PAY = json.load(open(os.path.join(LD, "payments.json"), encoding="utf-8"))
LAB = json.load(open(os.path.join(LD, "labels.json"), encoding="utf-8"))
ERR = []
AMT = re.compile(r"^-?\d+\.\d\d$")
CURS = {"SGD", "MYR", "THB", "IDR", "PHP", "VND", "USD"}


def err(pid, msg):
    ERR.append("%s: %s" % (pid, msg))


def isodate(x):
    try:
        return date.fromisoformat(x) if re.fullmatch(r"\d{4}-\d\d-\d\d", x or "") else None
    except ValueError:
        return None


def strip(t):
    t = (t or "").replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn").upper()


def numbers_in(text):
    """every number in text, read with '.' or ',' as decimal separator"""
    out = set()
    for tok in re.findall(r"\d[\d.,]*\d|\d", text or ""):
        for dec, th in ((".", ","), (",", ".")):
            t = tok.replace(th, "")
            if t.count(dec) <= 1:
                try:
                    out.add(Decimal(t.replace(dec, ".")).quantize(Decimal("0.01")))
                except InvalidOperation:
                    pass
    return out


def digits_in(num, text):
    return re.search(r"(?<!\d)%s(?!\d)" % num.split("-")[1], text or "") is not None


# ---------------------------------------------------------------- invoices
IBY = {}
NUMS = {}
for i in INV:
    if set(i) != {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}:
        err(i.get("id"), "invoice keys")
    if i["id"] in IBY or i["number"] in NUMS:
        err(i["id"], "duplicate invoice id/number")
    IBY[i["id"]] = i
    NUMS[i["number"]] = i
    if not (AMT.match(i["total"]) and AMT.match(i["balance"])):
        err(i["id"], "amount format")
    if not (Decimal(0) < Decimal(i["balance"]) <= Decimal(i["total"])):
        err(i["id"], "balance not in (0,total]")
    if i["currency"] not in CURS or not re.fullmatch(r"INV-\d{6}", i["number"]):
        err(i["id"], "currency/number format")
    a, b = isodate(i["issue_date"]), isodate(i["due_date"])
    if not a or not b or b < a:
        err(i["id"], "dates")
BYCUST = {}
for i in INV:
    BYCUST.setdefault(i["customer_id"], []).append(i["id"])
CNAME = {i["customer_id"]: i["customer_name"] for i in INV}
SORTED_NUMS = sorted(int(n[4:]) for n in NUMS)

# ---------------------------------------------------------------- payments
if not (len(PAY) == len(LAB)):
    err("-", "payments/labels length")
bal = {i["id"]: Decimal(i["balance"]) for i in INV}
prev = None
KEYS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}


def open_of(cid, dt, amount=None, cur=None):
    res = [x for x in BYCUST.get(cid, []) if bal[x] > 0 and IBY[x]["issue_date"] <= dt.isoformat()]
    if amount is not None:
        res = [x for x in res if bal[x] == amount]
    return res


for p, l in zip(PAY, LAB):
    pid = p["id"]
    sc = l.get("scenario")
    if set(l) != KEYS or l["payment_id"] != pid:
        err(pid, "label keys/id")
    if set(p) != {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}:
        err(pid, "payment keys")
    if not re.match(r"^\[%s, (en|ms|th|id|vi|tl)\] " % re.escape(sc), l["note"]):
        err(pid, "note prefix")
    text = (p["reference"] or "") + " | " + (p["remittance"] or "")
    dt = isodate(p["date"])
    bad = []
    if dt is None:
        bad.append("invalid_date")
    else:
        if prev and dt < prev:
            err(pid, "not oldest first")
        prev = dt
    if not AMT.match(p["amount"]):
        err(pid, "amount format")
        continue
    amt = Decimal(p["amount"])
    if amt == 0:
        bad.append("zero_amount")
    if amt < 0:
        bad.append("negative_amount")
    if p["currency"] is None:
        bad.append("missing_currency")
    elif p["currency"] not in CURS:
        bad.append("bad_currency")
    if p["customer_id"] is not None and p["customer_id"] not in BYCUST:
        err(pid, "unknown customer id")
    if (sc == "bad_row") != bool(bad):
        err(pid, "bad_row label vs data %s" % bad)
    if sc == "bad_row" and l["note"].split("] ")[1] not in bad:
        err(pid, "bad_row kind")
    # ---- generic invariants
    apps = l["applications"]
    before = {a["invoice_id"]: bal.get(a["invoice_id"]) for a in apps}
    tot = Decimal(0)
    for a in apps:
        iid = a["invoice_id"]
        if iid not in IBY or not AMT.match(a["amount"]):
            err(pid, "application invoice/format")
            continue
        x = Decimal(a["amount"])
        if x <= 0 or x > bal[iid]:
            err(pid, "application exceeds open balance %s" % iid)
        if IBY[iid]["currency"] != p["currency"]:
            err(pid, "currency of %s" % iid)
        if dt and IBY[iid]["issue_date"] > dt.isoformat():
            err(pid, "applied to invoice issued after payment")
        tot += x
    if not AMT.match(l["unapplied"]) or tot + Decimal(l["unapplied"]) != amt:
        err(pid, "applications + unapplied != amount")
    st = l["status"]
    if st not in ("applied", "partial", "unapplied", "review"):
        err(pid, "status")
    if st == "review":
        if apps or l["short_pay"] is not None:
            err(pid, "review with applications")
        for c in l["candidates"]:
            if not c or any(x not in IBY for x in c):
                err(pid, "candidate ids")
    else:
        if l["candidates"]:
            err(pid, "candidates on non-review")
    if st == "applied" and (not apps or Decimal(l["unapplied"]) != 0 or l["short_pay"] is not None):
        err(pid, "applied shape")
    if st == "unapplied" and Decimal(l["unapplied"]) <= 0:
        err(pid, "unapplied shape")
    if st == "partial" and Decimal(l["unapplied"]) != 0:
        err(pid, "partial with unapplied")
    # apply
    for a in apps:
        if a["invoice_id"] in bal:
            bal[a["invoice_id"]] -= Decimal(a["amount"])
    if st == "partial" and not any(bal[a["invoice_id"]] > 0 for a in apps):
        err(pid, "partial leaves nothing open")
    if st == "applied" and sc not in ("part_completion",) and any(bal[a["invoice_id"]] != 0 for a in apps):
        err(pid, "applied but invoice not closed")
    if st == "applied" and sc == "part_completion" and any(bal[a["invoice_id"]] != 0 for a in apps):
        err(pid, "completion does not close")
    sp = l["short_pay"]
    if sp is not None:
        if st != "partial" or set(sp) != {"invoice_id", "amount", "reason"} or sp["invoice_id"] not in before:
            err(pid, "short_pay shape")
        elif Decimal(sp["amount"]) != bal[sp["invoice_id"]]:
            err(pid, "short_pay amount != what is left open")
        elif Decimal(sp["amount"]) not in numbers_in(p["remittance"]):
            err(pid, "short_pay amount not in remittance")
    # ---- scenario checks
    first_apps_inv = [IBY[a["invoice_id"]] for a in apps if a["invoice_id"] in IBY]
    if sc in ("exact_ref", "third_party_exact", "group_name_exact_ref", "overpayment", "part_payment", "part_completion",
              "short_pay_wht", "short_pay_bank_charges", "short_pay_deduction", "invoice_list", "part_payment_mixed"):
        for inv in first_apps_inv:
            if not digits_in(inv["number"], p["remittance"]) and not digits_in(inv["number"], p["reference"]):
                err(pid, "%s not named in reference/remittance" % inv["number"])
        if p["customer_id"] and any(inv["customer_id"] != p["customer_id"] for inv in first_apps_inv):
            err(pid, "applied to another customer's invoice")
    if sc in ("exact_ref", "third_party_exact", "group_name_exact_ref", "ref_typo", "amount_only", "po_lookalike", "invoice_list",
              "invoice_range", "lump_sum") and any(Decimal(a["amount"]) != before[a["invoice_id"]] for a in apps):
        err(pid, "did not pay exact open balance")
    if sc == "short_pay_wht" and not re.search(r"WHT|EWT|PPh|withholding|ภาษี ณ ที่จ่าย", p["remittance"]):
        err(pid, "wht not stated")
    if sc in ("short_pay_wht", "short_pay_bank_charges", "short_pay_deduction"):
        if sp is None or Decimal(apps[0]["amount"]) + Decimal(sp["amount"]) != before[apps[0]["invoice_id"]]:
            err(pid, "short pay does not add to balance")
    if sc == "third_party_exact" and first_apps_inv and first_apps_inv[0]["customer_name"] not in p["remittance"]:
        err(pid, "third party: customer not named")
    if sc == "ref_typo":
        inv = first_apps_inv[0]
        n = inv["number"][4:]
        toks = re.findall(r"[0-9O]{5,7}", text)
        ok = False
        for t in toks:
            if t == n or ("INV-" + t.replace("O", "0")) == inv["number"] and "O" not in t:
                err(pid, "typo ref is the real number")
            if "INV-" + t in NUMS:
                err(pid, "typo ref is another invoice number")
            # Damerau-1 / O-for-0 / dropped digit
            tt = t.replace("O", "0")
            if tt == n and "O" in t:
                ok = True
            elif len(tt) == len(n) and sum(a != b for a, b in zip(tt, n)) == 1:
                ok = True
            elif len(tt) == len(n) and sorted(tt) == sorted(n) and sum(a != b for a, b in zip(tt, n)) == 2:
                ok = True
            elif len(tt) == len(n) - 1 and any(n[:k] + n[k + 1:] == tt for k in range(len(n))):
                ok = True
        if not ok:
            err(pid, "typo not within one edit")
        if len(open_of(inv["customer_id"], dt, None)) and [x for x in BYCUST[inv["customer_id"]]
                                                            if x != inv["id"] and bal[x] == before[inv["id"]]]:
            err(pid, "typo amount not unique")
    if sc in ("amount_only", "po_lookalike"):
        inv = first_apps_inv[0]
        others = [x for x in BYCUST[p["customer_id"]] if x != inv["id"] and bal[x] > 0 and bal[x] == amt
                  and IBY[x]["issue_date"] <= p["date"]]
        if others or inv["customer_id"] != p["customer_id"]:
            err(pid, "amount match not unique for the customer")
        if sc == "amount_only" and re.search(r"\d{6}", text):
            err(pid, "amount_only names a number")
        if sc == "po_lookalike":
            m = re.search(r"(\d{6})", p["reference"])
            o = NUMS.get("INV-" + m.group(1)) if m else None
            if not o or o["customer_id"] == p["customer_id"]:
                err(pid, "PO digits should hit another customer's invoice")
    if sc == "invoice_range":
        nums = sorted(int(i["number"][4:]) for i in first_apps_inv)
        inrange = [x for x in SORTED_NUMS if nums[0] <= x <= nums[-1]]
        if inrange != nums or len(set(i["customer_id"] for i in first_apps_inv)) != 1:
            err(pid, "range not contiguous")
        if str(nums[0]) not in text or not (str(nums[-1]) in text or re.search(r"%d-%s" % (nums[0], str(nums[-1])[-2:]), text)):
            err(pid, "range ends not in text")
    if sc == "lump_sum":
        m = re.search(r"(\d{4})-(\d\d)-(\d\d)|(\d\d)[/.](\d\d)[/.](\d{4})", p["remittance"])
        g = m.groups()
        sd = date(int(g[0]), int(g[1]), int(g[2])) if g[0] else date(int(g[5]), int(g[4]), int(g[3]))
        cid = p["customer_id"]
        want = {x for x in BYCUST[cid] if before.get(x, bal[x]) > 0 and IBY[x]["issue_date"] <= sd.isoformat()}
        if want != set(before):
            err(pid, "lump sum is not all open invoices up to the statement date")
        if any(sd.isoformat() < IBY[x]["issue_date"] <= p["date"] for x in BYCUST[cid]):
            err(pid, "invoice issued between statement and payment")
    if sc in ("ambiguous_same_amount",):
        got = {x for c in l["candidates"] for x in c}
        want = set(open_of(p["customer_id"], dt, amt))
        if len(want) < 2 or got != want:
            err(pid, "ambiguity not real")
    if sc == "group_name_ambiguous":
        cands = [IBY[c[0]] for c in l["candidates"]]
        if len(cands) != 2 or any(bal[c["id"]] != amt for c in cands) or cands[0]["customer_id"] == cands[1]["customer_id"]:
            err(pid, "group candidates")
        if not all(strip(c["customer_name"]).startswith(p["payer_name"]) for c in cands):
            err(pid, "payer name not common prefix")
        if p["reference"] and re.search(r"\d{6}", p["reference"]):
            err(pid, "group ambiguous has a number")
    if sc == "group_name_exact_ref":
        hits = [c for c in CNAME.values() if strip(c).startswith(p["payer_name"])]
        if len(hits) < 2:
            err(pid, "group name should fit two customers")
    if sc == "known_no_fit":
        cid = p["customer_id"]
        op = open_of(cid, dt)
        if not cid or any(bal[x] == amt for x in op) or sum(bal[x] for x in op) == amt:
            err(pid, "no-fit payment fits something")
        for t in re.findall(r"INV-(\d{6})", text):
            if "INV-" + t in NUMS and bal[NUMS["INV-" + t]["id"]] > 0:
                err(pid, "no-fit names an open invoice")
    if sc == "unknown_payer":
        want = sorted((x for x in bal if bal[x] == amt and IBY[x]["currency"] == p["currency"]
                       and IBY[x]["issue_date"] <= p["date"]), key=lambda x: (IBY[x]["due_date"], IBY[x]["number"]))
        if p["customer_id"] is not None or l["candidates"] != [[x] for x in want]:
            err(pid, "unknown payer candidates")
        if any(strip(c).startswith(p["payer_name"][:8]) for c in CNAME.values()):
            err(pid, "unknown payer resembles a customer")
    if sc == "second_payment":
        m = [n for n in NUMS if digits_in(n, text)]
        if len(m) != 1 or bal[NUMS[m[0]]["id"]] != 0 or Decimal(NUMS[m[0]]["balance"]) != amt:
            err(pid, "second payment: invoice not already paid in this batch")
    if sc == "currency_mismatch":
        c = IBY[l["candidates"][0][0]]
        if c["currency"] == p["currency"] or not digits_in(c["number"], text) or c["customer_id"] != p["customer_id"]:
            err(pid, "currency mismatch")
    if sc == "ref_other_customer":
        c = IBY[l["candidates"][0][0]]
        if c["customer_id"] == p["customer_id"] or not digits_in(c["number"], text) or bal[c["id"]] != amt:
            err(pid, "ref other customer")
    if sc == "ref_amount_conflict":
        y, x = IBY[l["candidates"][0][0]], IBY[l["candidates"][1][0]]
        if bal[y["id"]] != amt or not digits_in(x["number"], p["reference"]) or not amt > bal[x["id"]] \
                or open_of(p["customer_id"], dt, amt) != [y["id"]]:
            err(pid, "ref/amount conflict")
    if sc == "part_payment" and (len(apps) != 1 or sp is not None):
        err(pid, "part payment shape")
    if sc == "overpayment" and (len(apps) != 1 or bal[apps[0]["invoice_id"]] != 0):
        err(pid, "overpayment shape")

# ---------------------------------------------------------------- report
if ERR:
    print("\n".join(ERR[:80]))
    print("FAILED: %d problems" % len(ERR))
    sys.exit(1)
print("OK: %d invoices, %d payments" % (len(INV), len(PAY)))
print(Counter(l["status"] for l in LAB))
print(Counter(l["note"][1:].split("]")[0].split(", ")[1] for l in LAB))
