#!/usr/bin/env python3
"""Re-verify every label of the nordic_swiss_medtech ledger from the data alone. Exit 1 on any problem."""
import json, os, re, sys, itertools
from decimal import Decimal, InvalidOperation
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "nordic_swiss_medtech")
inv = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
pay = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
errors = []
DEC = re.compile(r"^\d+\.\d{2}$")
CURS = {"CHF", "EUR", "SEK", "NOK", "DKK", "USD"}


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def dig(s):
    return "".join(ch for ch in (s or "") if ch.isdigit())


def num6(number):
    return number.split("-")[1]


def isdate(s):
    try:
        date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


# ---------------- invoices
byid, bynum = {}, {}
for i in inv:
    k = i["id"]
    if k in byid:
        err(k, "duplicate invoice id")
    byid[k] = i
    if i["number"] in bynum:
        err(k, "duplicate number")
    bynum[num6(i["number"])] = i
    for f in ("total", "balance"):
        if not DEC.match(i[f]):
            err(k, "bad %s" % f)
    if not (Decimal("0") < Decimal(i["balance"]) <= Decimal(i["total"])):
        err(k, "balance not in (0, total]")
    if i["currency"] not in CURS or not isdate(i["issue_date"]) or not isdate(i["due_date"]):
        err(k, "bad currency/date")
    if i["due_date"] < i["issue_date"]:
        err(k, "due before issue")
if not 1200 <= len(inv) <= 1800:
    err("invoices", "count %d" % len(inv))
cust_names = {i["customer_id"]: i["customer_name"] for i in inv}
by_cust = {}
for i in inv:
    by_cust.setdefault(i["customer_id"], []).append(i)


# ---------------- checksums
def mod10r_ok(ds):
    t = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    c = 0
    for ch in ds[:-1]:
        c = t[(c + int(ch)) % 10]
    return str((10 - c) % 10) == ds[-1]


def luhn_ok(ds):
    tot = 0
    for k, ch in enumerate(reversed(ds)):
        d = int(ch)
        if k % 2 == 1:
            d *= 2
            d -= 9 if d > 9 else 0
        tot += d
    return tot % 10 == 0


def mod11_ok(ds):
    tot, w = 0, 2
    for ch in reversed(ds[:-1]):
        tot += int(ch) * w
        w = 2 if w == 7 else w + 1
    r = 11 - tot % 11
    return ("0" if r == 11 else str(r)) == ds[-1]


def rf_ok(ref):
    m = re.search(r"RF(\d\d)\s*([0-9A-Z ]+)", ref)
    if not m:
        return False
    body = (m.group(1) + m.group(2)).replace(" ", "")
    s = body[2:] + "RF" + body[:2]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def struct_ok(ref, curr):
    if "RF" in ref:
        return rf_ok(ref)
    if ref.startswith("+71<"):
        ds = ref[4:ref.index("+", 4)]
        return len(ds) == 15 and luhn_ok(ds)
    ds = dig(ref)
    if curr in ("CHF",) and len(ds) == 27:
        return mod10r_ok(ds)
    if curr == "DKK":
        return len(ds) >= 15 and luhn_ok(ds[-15:])
    if curr == "NOK":
        return luhn_ok(ds) or mod11_ok(ds)
    if curr == "SEK":
        ok = luhn_ok(ds)
        if len(ds) > 8:   # with length digit
            ok = ok and int(ds[-2]) == len(ds) % 10
        return ok
    return False


def windows(text, joined=True):
    runs = [dig(text)] if joined else re.findall(r"\d+", text or "")
    return {ds[k:k + 6] for ds in runs for k in range(len(ds) - 5)} & set(bynum)


def one_edit(a, b):
    if len(a) != len(b) or a == b:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


# ---------------- payments + labels
if len(pay) != len(lab):
    err("files", "payments and labels differ in length")
bal = {k: Decimal(i["balance"]) for k, i in byid.items()}
prev = ""
counts = {}
for p, l in zip(pay, lab):
    w = p["id"]
    sc = l.get("scenario")
    counts[sc] = counts.get(sc, 0) + 1
    if l["payment_id"] != w:
        err(w, "label order")
    need = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}
    if set(l) != need:
        err(w, "label keys %s" % sorted(set(l) ^ need))
    if not l["note"].startswith("[%s, " % sc):
        err(w, "note prefix")
    bad = sc == "bad_row"
    if not bad:
        if not DEC.match(p["amount"] or "") or p["currency"] not in CURS or not isdate(p["date"]):
            err(w, "malformed row not labelled bad_row")
            continue
        if p["date"] < prev:
            err(w, "not oldest first")
        prev = p["date"]
    else:
        why = l["reason"]
        a, c, d = p["amount"], p["currency"], p["date"]
        really_bad = (not DEC.match(a or "")) or Decimal(a) <= 0 or c not in CURS or not isdate(d)
        if not really_bad:
            err(w, "bad_row is not bad")
        if l["status"] != "review" or l["applications"]:
            err(w, "bad row must be review without applications")
        if l["unapplied"] != (a if DEC.match(a or "") else "0.00"):
            err(w, "bad row unapplied")
        continue
    amt = Decimal(p["amount"])
    cur = p["currency"]
    text = (p["reference"] or "") + "\n" + (p["remittance"] or "")
    st = l["status"]
    apps = [(a["invoice_id"], Decimal(a["amount"])) for a in l["applications"]]
    before = {k: bal[k] for k, _ in apps}
    tot = Decimal("0")
    for k, a in apps:
        if k not in byid:
            err(w, "unknown invoice %s" % k)
            continue
        if byid[k]["currency"] != cur:
            err(w, "currency mismatch on %s" % k)
        if a <= 0 or a > bal[k]:
            err(w, "application %s %s exceeds balance %s" % (k, a, bal[k]))
        bal[k] -= a
        tot += a
    un = Decimal(l["unapplied"])
    if tot + un != amt:
        err(w, "applications + unapplied != amount")
    if st == "applied":
        if un != 0 or l["short_pay"] or l["candidates"] or not apps:
            err(w, "applied shape")
    elif st == "partial":
        if un != 0 or not any(bal[k] > 0 for k, _ in apps):
            err(w, "partial leaves nothing open")
        sp = l["short_pay"]
        if sp:
            if sp["invoice_id"] not in before or Decimal(sp["amount"]) != bal[sp["invoice_id"]]:
                err(w, "short_pay amount is not the remaining balance")
            if not sp["reason"]:
                err(w, "short_pay reason")
    elif st == "unapplied":
        if un <= 0 or l["short_pay"] or l["candidates"]:
            err(w, "unapplied shape")
    elif st == "review":
        if apps or un != amt or l["short_pay"]:
            err(w, "review shape")
        for cs in l["candidates"]:
            for k in cs:
                if k not in byid or bal[k] <= 0:
                    err(w, "candidate %s not open" % k)
    else:
        err(w, "status %s" % st)

    cid = p["customer_id"]
    app_ids = [k for k, _ in apps]
    nums = [num6(byid[k]["number"]) for k in app_ids]
    # ---- evidence per scenario
    if sc in ("struct_ref_exact", "third_party_struct"):
        if not struct_ok(p["reference"], cur):
            err(w, "structured reference checksum")
        if windows(p["reference"]) != set(nums):
            err(w, "structured ref does not decode to exactly the applied invoice")
        if apps[0][1] != before[app_ids[0]] or st != "applied":
            err(w, "struct exact")
        if sc == "third_party_struct" and cid is not None:
            err(w, "third party has customer id")
    if sc in ("text_ref_exact", "first_of_duplicate", "part_payment", "part_payment_rest") or sc.startswith(("short_pay_", "overpay_")):
        for n in nums:
            if n not in dig(text):
                err(w, "invoice %s not in text" % n)
    if sc in ("text_ref_exact", "first_of_duplicate") and apps[0][1] != before[app_ids[0]]:
        err(w, "not exact balance")
    if sc == "part_payment_rest" and bal[app_ids[0]] != 0:
        err(w, "rest does not close invoice")
    if sc.startswith("short_pay_"):
        ded = Decimal(l["short_pay"]["amount"])
        if sc == "short_pay_skonto" and ded != (before[app_ids[0]] * Decimal("0.02")).quantize(Decimal("0.01")):
            err(w, "skonto not 2%")
        if dig(str(ded)) not in dig(text):
            err(w, "deduction amount not stated")
    if sc == "overpay_fee" and un != Decimal({"CHF": "20", "EUR": "20", "SEK": "60", "DKK": "100", "NOK": "70", "USD": "25"}[cur]):
        err(w, "fee")
    if sc == "overpay_total" and amt != Decimal(byid[app_ids[0]]["total"]):
        err(w, "overpay_total not the total")
    if sc.startswith("overpay_") and (before[app_ids[0]] != apps[0][1]):
        err(w, "overpay does not close invoice")
    if sc.startswith("batch"):
        rem = p["remittance"]
        lines = rem.splitlines()
        total_line = [x for x in lines if re.match(r"^(Total|Totale|Summa|I alt|Sum)\b", x)]
        if not total_line or dig(total_line[0]) != dig(str(amt)):
            err(w, "advice total != payment")
        listed = windows(rem, joined=False)
        want = set(nums)
        if sc == "batch_list_typo":
            missing = want - listed
            if len(missing) != 1:
                err(w, "typo batch: expected one line typo")
        elif sc == "batch_with_paid_line":
            extra = listed - want
            if len(extra) != 1 or bal[bynum[list(extra)[0]]["id"]] != 0:
                err(w, "paid line not paid before")
        elif want - listed:
            err(w, "batch line missing")
        # the line amounts (last amount on each line, deductions carry a minus) sum to the payment
        s2 = Decimal("0")
        for x in lines[3:]:
            if re.match(r"^(Total|Totale|Summa|I alt|Sum)\b", x):
                continue
            ms = re.findall(r"-?\d{1,3}(?:[',.\u202f ]\d{3})*[.,]\d\d(?!\d)", x)
            if ms:
                v = Decimal(dig(ms[-1])) / 100
                s2 += -v if ms[-1].startswith("-") else v
        if s2 != amt:
            err(w, "advice lines sum %s != %s" % (s2, amt))
    if sc == "range":
        ds = re.findall(r"\d{6}", p["reference"])
        lo, hi = int(ds[0]), int(ds[1])
        inrange = {i["id"] for i in inv if lo <= int(num6(i["number"])) <= hi}
        if inrange != set(app_ids) or any(byid[k]["customer_id"] != cid and cid for k in inrange):
            err(w, "range does not equal the applied invoices")
    opens = lambda c: [i for i in by_cust.get(c, []) if bal[i["id"]] > 0 or i["id"] in before]
    if sc in ("amount_only_unique", "typo_ref_applied", "po_lookalike"):
        c = byid[app_ids[0]]["customer_id"]
        same = [i for i in by_cust[c] if before.get(i["id"], bal[i["id"]]) == amt]
        if len(same) != 1:
            err(w, "amount not unique for customer")
        others = [bal[i["id"]] for i in by_cust[c] if i["id"] not in before and bal[i["id"]] > 0]
        if any(a + b == amt for a, b in itertools.combinations(others, 2)):
            err(w, "a pair of other invoices also fits")
        if cid is None and sum(1 for i in inv if bal[i["id"]] == amt and i["currency"] == cur) != 0:
            err(w, "name-only payer but amount not unique in ledger")
    if sc == "typo_ref_applied":
        ds = re.findall(r"(?<!\d)\d{6}(?!\d)", p["reference"])
        typo = [x for x in ds if x not in bynum]
        if not typo or not one_edit(typo[0], nums[0]):
            err(w, "typo not one edit from invoice")
    if sc == "lump_sum_all_open":
        c = cid
        if {i["id"] for i in by_cust[c] if i["id"] in before or bal[i["id"]] > 0} != set(app_ids):
            err(w, "lump sum is not all open invoices")
        if any(bal[k] != 0 for k in app_ids):
            err(w, "lump sum leaves something open")
    if sc == "duplicate_payment":
        hit = windows(p["reference"])
        if len(hit) != 1 or bal[bynum[list(hit)[0]]["id"]] != 0:
            err(w, "duplicate: referenced invoice is not already paid")
        if cid is None:
            err(w, "duplicate should be a known customer")
    if sc == "known_no_fit":
        op = [bal[i["id"]] for i in by_cust[cid] if bal[i["id"]] > 0]
        for r in range(1, len(op) + 1):
            if any(sum(cmb) == amt for cmb in itertools.combinations(op, r)):
                err(w, "no_fit amount fits a subset")
                break
    if sc == "unknown_payer":
        if cid is not None or any(n.upper().startswith(p["payer_name"][:12].upper()) for n in cust_names.values()):
            err(w, "unknown payer looks known")
        fits = [i["id"] for i in inv if bal[i["id"]] == amt and i["currency"] == cur]
        if [[k] for k in fits] != l["candidates"]:
            err(w, "unknown payer candidates should be exactly the amount matches")
    if sc == "ambiguous_same_amount":
        c = cid
        same = sorted(i["id"] for i in by_cust[c] if bal[i["id"]] == amt)
        if len(same) < 2 or sorted(k for cs in l["candidates"] for k in cs) != same:
            err(w, "ambiguous candidates")
    if sc == "ref_amount_conflict" or sc == "po_equals_own_invoice":
        a, b = (l["candidates"][0][0], l["candidates"][1][0]) if sc == "ref_amount_conflict" else (l["candidates"][1][0], l["candidates"][0][0])
        if num6(byid[a]["number"]) not in dig(p["reference"]) or bal[b] != amt or bal[a] == amt:
            err(w, "conflict evidence")
    if sc == "currency_mismatch":
        k = l["candidates"][0][0]
        if byid[k]["currency"] == cur or num6(byid[k]["number"]) not in dig(text):
            err(w, "currency mismatch evidence")
    if sc == "other_customer_pays":
        k = l["candidates"][0][0]
        if cid is None or byid[k]["customer_id"] == cid or bal[k] != amt or num6(byid[k]["number"]) not in dig(text):
            err(w, "other-payer evidence")
    if sc == "po_lookalike":
        hit = windows(p["reference"], joined=False)
        if len(hit) != 1 or bynum[list(hit)[0]]["currency"] == cur:
            err(w, "po lookalike evidence")
    if sc == "typo_ref_review":
        ds = re.findall(r"(?<!\d)\d{6}(?!\d)", p["reference"])
        typo = [x for x in ds if x not in bynum]
        cands = [num6(byid[cs[0]]["number"]) for cs in l["candidates"]]
        if not typo or not all(one_edit(typo[0], n) for n in cands) or any(bal[cs[0]] == amt for cs in l["candidates"]):
            err(w, "typo review evidence")
    if sc == "lump_sum_ambiguous":
        if len(l["candidates"]) < 2 or any(sum(bal[k] for k in cs) != amt for cs in l["candidates"]):
            err(w, "lump ambiguous sets do not sum")

if not 380 <= len(pay) <= 420:
    err("payments", "count %d" % len(pay))
for e in errors[:60]:
    print("FAIL", e)
print("checked %d invoices, %d payments: %d problems" % (len(inv), len(pay), len(errors)))
sys.exit(1 if errors else 0)
