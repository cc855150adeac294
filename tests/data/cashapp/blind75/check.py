#!/usr/bin/env python3
"""Re-verify every label of dach_machinery from the generated data. Exit 1 on any problem."""
import json, os, re, sys
from datetime import date
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "dach_machinery")
inv = json.load(open(os.path.join(D, "invoices.json")))
pay = json.load(open(os.path.join(D, "payments.json")))
lab = json.load(open(os.path.join(D, "labels.json")))
errors = []


def err(pid, msg):
    errors.append(f"{pid}: {msg}")


DEC = re.compile(r"^-?\d+\.\d{2}$")
ISO = {"EUR", "CHF", "CZK", "USD"}
INV = {i["id"]: i for i in inv}
BYNUM = {i["number"]: i for i in inv}
TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "ss", "é": "e",
                       "è": "e", "ê": "e", "à": "a", "ç": "c", "ô": "o", "í": "i", "á": "a", "č": "c", "ř": "r",
                       "š": "s", "ž": "z", "ý": "y", "ě": "e", "ů": "u", "ú": "u", "É": "E", "Č": "C", "Ř": "R",
                       "Š": "S", "Ž": "Z", "ò": "o", "ù": "u", "ň": "n", "Ň": "N", "ť": "t", "ď": "d"})
customers = {}
for i in inv:
    customers[i["customer_id"]] = i["customer_name"]


def norm(t):
    return "".join(ch for ch in t.translate(TRANS).lower() if ch.isalnum())


def resolves(payer):
    n = norm(payer)
    return sorted(cid for cid, nm in customers.items() if norm(nm).startswith(n))


def valid_date(t):
    try:
        date.fromisoformat(t)
        return re.match(r"^\d{4}-\d{2}-\d{2}$", t) is not None
    except (ValueError, TypeError):
        return False


QT = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]


def qrr_ok(d27):
    carry = 0
    for ch in d27[:26]:
        carry = QT[(carry + int(ch)) % 10]
    return str((10 - carry) % 10) == d27[26]


def scor_ok(rf):
    t = rf[4:] + rf[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def money_forms(a):
    a = Decimal(a)
    whole, frac = f"{abs(a):.2f}".split(".")
    g = []
    w = whole
    while len(w) > 3:
        g.insert(0, w[-3:])
        w = w[:-3]
    g.insert(0, w)
    return {".".join(g) + "," + frac, "'".join(g) + "." + frac, " ".join(g) + "," + frac, ",".join(g) + "." + frac}


# ---------------------------------------------------------------- formats
for i in inv:
    for k in ("id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date",
              "due_date"):
        if k not in i:
            err(i.get("id"), f"invoice missing {k}")
    if not (DEC.match(i["total"]) and DEC.match(i["balance"])) or Decimal(i["balance"]) <= 0 or \
            Decimal(i["balance"]) > Decimal(i["total"]):
        err(i["id"], "invoice amounts")
    if i["currency"] not in ISO or not valid_date(i["issue_date"]) or i["due_date"] < i["issue_date"]:
        err(i["id"], "invoice currency/dates")
if len({i["id"] for i in inv}) != len(inv) or len(BYNUM) != len(inv):
    err("-", "duplicate invoice ids/numbers")
if len(pay) != len(lab):
    err("-", "payments/labels length")
PKEYS = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
LKEYS = ["payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario",
         "note"]
prev = None
for p in pay:
    if list(p) != PKEYS:
        err(p["id"], "payment keys")
    if valid_date(p["date"]):
        if prev and p["date"] < prev:
            err(p["id"], "payments not oldest first")
        prev = p["date"]

# ---------------------------------------------------------------- replay
bal = {i["id"]: Decimal(i["balance"]) for i in inv}
history = {}          # invoice id -> list of (pid, scenario)
text_of = lambda p: ((p["reference"] or "") + " " + (p["remittance"] or ""))
BADSCEN = "bad_row"
for p, l in zip(pay, lab):
    pid = p["id"]
    if list(l) != LKEYS:
        err(pid, f"label keys {list(l)}")
    if l["payment_id"] != pid:
        err(pid, "label order")
    m = re.match(r"^\[([a-z_]+), ([a-z]{2}(-[A-Z]{2})?)\] ", l["note"])
    if not m or m.group(1) != l["scenario"]:
        err(pid, "note prefix")
    st = l["status"]
    if st not in ("applied", "partial", "unapplied", "review"):
        err(pid, "status")
    txt = text_of(p)
    flat = re.sub(r"\s+", "", txt)
    # check digits of structured references
    for qm in re.finditer(r"(?<!\d)(\d{2}(?: ?\d{5}){5})(?!\d)", p["reference"] or ""):
        d = qm.group(1).replace(" ", "")
        if len(d) == 27 and not qrr_ok(d):
            err(pid, "QRR check digit")
    for rm in re.finditer(r"RF\d{2}[0-9A-Z ]+", p["reference"] or ""):
        if not scor_ok(rm.group(0).replace(" ", "")):
            err(pid, "SCOR check digits")
    try:
        amount = Decimal(p["amount"])
        ok_amount = DEC.match(p["amount"]) is not None
    except InvalidOperation:
        amount, ok_amount = None, False
    if l["scenario"] == BADSCEN:
        bad = (not ok_amount) or amount <= 0 or p["currency"] not in ISO or not valid_date(p["date"])
        if not bad or st != "review" or l["applications"]:
            err(pid, "bad row not bad or not review")
        continue
    if not ok_amount or amount <= 0 or p["currency"] not in ISO or not valid_date(p["date"]):
        err(pid, "unexpected bad row")
        continue
    apps = l["applications"]
    tot = Decimal(0)
    for a in apps:
        i = INV.get(a["invoice_id"])
        if not i or not DEC.match(a["amount"]):
            err(pid, "application invoice/amount")
            continue
        x = Decimal(a["amount"])
        tot += x
        if i["currency"] != p["currency"]:
            err(pid, "currency of application")
        if x <= 0 or x > bal[i["id"]]:
            err(pid, f"application exceeds balance {i['number']}")
        if i["issue_date"] > p["date"]:
            err(pid, "invoice issued after payment")
    if not DEC.match(l["unapplied"]) or tot + Decimal(l["unapplied"]) != amount:
        err(pid, "applications + unapplied != amount")
    if st == "review" and (apps or Decimal(l["unapplied"]) != amount):
        err(pid, "review must apply nothing")
    if st == "applied" and (not apps or Decimal(l["unapplied"]) != 0):
        err(pid, "applied must be complete")
    if st == "unapplied" and Decimal(l["unapplied"]) <= 0:
        err(pid, "unapplied without unapplied cash")
    if st != "review" and l["candidates"]:
        err(pid, "candidates only for review")
    for cs in l["candidates"]:
        for cid in cs:
            if cid not in INV:
                err(pid, "candidate id")
    before = {a["invoice_id"]: bal[a["invoice_id"]] for a in apps}
    for a in apps:
        bal[a["invoice_id"]] -= Decimal(a["amount"])
        history.setdefault(a["invoice_id"], []).append((pid, l["scenario"]))
    if st == "partial":
        if not any(bal[a["invoice_id"]] > 0 for a in apps):
            err(pid, "partial leaves nothing open")
    sp = l["short_pay"]
    if sp is not None:
        if st != "partial" or sp["invoice_id"] not in before or Decimal(sp["amount"]) != bal[sp["invoice_id"]]:
            err(pid, "short_pay amount must equal what stays open")
        if not sp.get("reason"):
            err(pid, "short_pay reason")
    sc = l["scenario"]
    numbers = [INV[a["invoice_id"]]["number"] for a in apps]

    def present(num):
        d = num[3:]
        if d in flat:
            return True
        return False

    # ---- scenario specific evidence
    if sc in ("exact_ref", "exact_ref_eur_of_chf", "list", "lump_avis", "lump_cut_avis", "partial",
              "rest_after_partial", "short_skonto", "short_reason", "overpayment", "factoring", "lump_avis_skonto"):
        for n in numbers:
            if not present(n):
                err(pid, f"{n} not in payment text")
        if sc in ("exact_ref", "list", "lump_avis", "lump_cut_avis", "factoring", "exact_ref_eur_of_chf") and any(
                Decimal(a["amount"]) != before[a["invoice_id"]] for a in apps):
            err(pid, "exact scenario but not full balances")
    if sc == "lump_cut_avis":
        if len(p["reference"].replace("\n", "")) > 140 or not any(n[3:] not in re.sub(r"\s", "", p["reference"])
                                                                  for n in numbers):
            err(pid, "lump_cut reference not cut")
    if sc == "range":
        m2 = re.findall(r"\d{5}", txt)
        lo, hi = "RE-" + m2[0], "RE-" + m2[-1]
        cust = INV[apps[0]["invoice_id"]]["customer_id"]
        inside = {i["id"] for i in inv if i["customer_id"] == cust and lo <= i["number"] <= hi and
                  i["currency"] == p["currency"] and before.get(i["id"], bal[i["id"]]) > 0}
        if inside != {a["invoice_id"] for a in apps}:
            err(pid, "range does not equal the customer's open invoices in it")
    if sc in ("amount_only", "po_lookalike", "lump_all", "typo_ref"):
        i0 = INV[apps[0]["invoice_id"]]
        cust = i0["customer_id"]
        if p["customer_id"] not in (None, cust) or (p["customer_id"] is None and resolves(p["payer_name"]) != [cust]):
            err(pid, "payer does not resolve to the customer")
        if sc == "lump_all":
            opn = [i["id"] for i in inv if i["customer_id"] == cust and i["currency"] == p["currency"] and
                   before.get(i["id"], bal[i["id"]]) > 0]
            if set(opn) != set(before):
                err(pid, "lump_all is not all open invoices")
        else:
            vals = [(i["id"], bal[i["id"]] + (Decimal(apps[0]["amount"]) if i["id"] == i0["id"] else 0))
                    for i in inv if i["customer_id"] == cust and i["currency"] == p["currency"]]
            vals = [v for v in vals if v[1] > 0]
            if sum(1 for v in vals if v[1] == amount) != 1:
                err(pid, "amount not unique for customer")
            for x in range(len(vals)):
                for y in range(x + 1, len(vals)):
                    if vals[x][1] + vals[y][1] == amount:
                        err(pid, "a pair of invoices also fits")
        if sc == "po_lookalike":
            po = re.findall(r"\d{5}", txt)
            if not po or "RE-" + po[-1] not in BYNUM or BYNUM["RE-" + po[-1]]["customer_id"] == cust:
                err(pid, "PO look-alike is not another customer's invoice number")
        if sc == "typo_ref" and i0["number"][3:] in flat:
            err(pid, "typo case contains the real number")
    if sc == "short_skonto":
        pct = int(re.search(r"\b([23]) ?%", txt).group(1))
        inv0 = apps[0]["invoice_id"]
        ded = (before[inv0] * pct / 100).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
        if Decimal(sp["amount"]) != ded or INV[inv0]["total"] != INV[inv0]["balance"]:
            err(pid, "Skonto arithmetic")
    if sc == "lump_avis_skonto":
        pct = int(re.search(r"\b([23]) ?%", txt).group(1))
        inv0 = sp["invoice_id"]
        ded = (before[inv0] * pct / 100).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
        if Decimal(sp["amount"]) != ded or any(bal[a["invoice_id"]] != 0 for a in apps if a["invoice_id"] != inv0):
            err(pid, "avis Skonto arithmetic")
        if not any(f in txt for f in money_forms(ded)):
            err(pid, "Skonto amount not in avis")
    if sc == "known_customer_no_fit":
        cust = p["customer_id"]
        vals = [bal[i["id"]] for i in inv if i["customer_id"] == cust and i["currency"] == p["currency"] and bal[i["id"]] > 0]
        if cust is None or amount in vals or any(vals[x] + vals[y] == amount for x in range(len(vals))
                                                 for y in range(x + 1, len(vals))):
            err(pid, "known customer no fit")
    if sc == "short_reason":
        if not any(f in txt for f in money_forms(sp["amount"])):
            err(pid, "deduction amount not stated in text")
    if sc == "partial" and not re.search(r"(?i)teilzahlung|akonto|acompte|acconto|částečná|part payment", txt):
        err(pid, "partial without part-payment wording")
    if sc == "rest_after_partial" and not any(s == "partial" for _, s in history[apps[0]["invoice_id"]][:-1]):
        err(pid, "rest without an earlier partial")
    if sc == "overpayment" and Decimal(l["unapplied"]) <= 0:
        err(pid, "overpayment without remainder")
    if sc == "second_payment":
        hit = [i for i in inv if i["number"][3:] in flat and bal[i["id"]] == 0 and history.get(i["id"])]
        if not hit or Decimal(hit[0]["balance"]) != amount:
            err(pid, "second payment: invoice not already paid")
    if sc == "prepayment":
        if p["customer_id"] is None or any(bal[i["id"]] == amount for i in inv if i["customer_id"] == p["customer_id"]):
            err(pid, "prepayment fits an invoice or unknown customer")
    if sc == "ambiguous_same_amount":
        if len(l["candidates"]) != 2 or any(bal[c[0]] != amount for c in l["candidates"]):
            err(pid, "same-amount candidates")
    if sc == "ambiguous_subset":
        if sorted(sum(bal[x] for x in c) for c in l["candidates"]) != [amount, amount]:
            err(pid, "subset candidates")
    if sc == "ambiguous_payer":
        if p["customer_id"] is not None or len(resolves(p["payer_name"])) < 2 or \
                any(bal[c[0]] != amount for c in l["candidates"]):
            err(pid, "ambiguous payer")
    if sc == "ambiguous_ref_vs_amount":
        x, y = l["candidates"][0][0], l["candidates"][1][0]
        if not present(INV[x]["number"]) or bal[y] != amount or bal[x] == amount:
            err(pid, "ref vs amount")
    if sc == "ambiguous_other_customer":
        c0 = INV[l["candidates"][0][0]]
        if p["customer_id"] == c0["customer_id"] or not present(c0["number"]) or bal[c0["id"]] != amount:
            err(pid, "other customer")
    if sc == "currency_mismatch":
        c0 = INV[l["candidates"][0][0]]
        if c0["currency"] == p["currency"] or not present(c0["number"]):
            err(pid, "currency mismatch")
    if sc in ("unknown_payer", "unknown_payer_amount_match"):
        if p["customer_id"] is not None or resolves(p["payer_name"]):
            err(pid, "unknown payer resolves to a customer")
        same = [i["id"] for i in inv if bal[i["id"]] == amount and i["currency"] == p["currency"]]
        if sc == "unknown_payer" and same:
            err(pid, "unknown payer amount matches an invoice")
        if sc == "unknown_payer_amount_match" and same != [l["candidates"][0][0]]:
            err(pid, "unknown payer amount match not unique")

if errors:
    print("\n".join(errors[:60]))
    print(f"{len(errors)} problems")
    sys.exit(1)
print(f"OK: {len(inv)} invoices, {len(pay)} payments, all labels re-verified")
