#!/usr/bin/env python3
"""Re-verifies every label of ledger_gulf_india_it from the generated data alone. Exit 1 on any problem."""
import itertools, json, os, re, sys
from collections import defaultdict
from datetime import date
from decimal import Decimal as D, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
LED = os.path.join(HERE, "ledger_gulf_india_it")
inv = json.load(open(os.path.join(LED, "invoices.json"), encoding="utf-8"))
pay = json.load(open(os.path.join(LED, "payments.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(LED, "labels.json"), encoding="utf-8"))
errors = []


def err(pid, msg):
    errors.append("%s: %s" % (pid, msg))


AMT = re.compile(r"^\d+\.\d{2}$")
ISO = {"AED", "SAR", "QAR", "INR", "USD", "EUR"}
INV_KEYS = ["id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"]
PAY_KEYS = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
LAB_KEYS = ["payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "note", "scenario"]

# ---- invoices ---------------------------------------------------------------------------------
I = {}
by_serial = {}
numbers = set()
for i in inv:
    if list(i) != INV_KEYS:
        err(i.get("id"), "invoice keys %s" % list(i))
    if i["id"] in I or i["number"] in numbers:
        err(i["id"], "duplicate invoice id/number")
    I[i["id"]] = i
    numbers.add(i["number"])
    m = re.fullmatch(r"(DXB|RUH|DOH)-INV-(\d{5})|IN/(\d\d)-(\d\d)/(\d{5})", i["number"])
    if not m:
        err(i["id"], "bad number %s" % i["number"])
        continue
    sr = int(m.group(2) or m.group(5))
    if i["id"] != "i-%05d" % sr:
        err(i["id"], "id/serial mismatch")
    by_serial[sr] = i
    for k in ("total", "balance"):
        if not AMT.match(i[k]):
            err(i["id"], "bad %s" % k)
    if not (D(0) < D(i["balance"]) <= D(i["total"])):
        err(i["id"], "balance not in (0, total]")
    iss, due = date.fromisoformat(i["issue_date"]), date.fromisoformat(i["due_date"])
    if (due - iss).days not in (30, 45, 60, 90):
        err(i["id"], "due-issue %d" % (due - iss).days)
    if m.group(3):   # Indian fiscal year of the issue date
        y = iss.year if iss.month >= 4 else iss.year - 1
        if (int(m.group(3)), int(m.group(4))) != (y % 100, (y + 1) % 100):
            err(i["id"], "fiscal year in number does not match issue date")
    if i["currency"] not in ISO:
        err(i["id"], "currency")
cust_names = {}
for i in inv:
    cust_names.setdefault(i["customer_id"], i["customer_name"])
    if cust_names[i["customer_id"]] != i["customer_name"]:
        err(i["id"], "customer name differs")

# ---- payments and labels: shape and order ------------------------------------------------------
if len(pay) != len(lab):
    err("-", "payments/labels length")
prev = None
for p, l in zip(pay, lab):
    if list(p) != PAY_KEYS:
        err(p["id"], "payment keys")
    if list(l) != LAB_KEYS:
        err(p["id"], "label keys %s" % list(l))
    if l["payment_id"] != p["id"]:
        err(p["id"], "label order")
    d = date.fromisoformat(p["date"])
    if prev and d < prev:
        err(p["id"], "payments not oldest first")
    prev = d
    if max(date.fromisoformat(i["issue_date"]) for i in inv) > d:
        err(p["id"], "payment before an invoice issue date")
    if not re.match(r"^\[%s, (en|ar|hi)\] " % re.escape(l["scenario"]), l["note"]):
        err(p["id"], "note prefix")
    if len(p["payer_name"]) > 35:
        err(p["id"], "payer name longer than 35")

# ---- replay -------------------------------------------------------------------------------------
BAL = {k: D(v["balance"]) for k, v in I.items()}
cleared_by = {}


def text_of(p):
    return " ".join(x for x in (p["reference"], p["remittance"]) if x)


def squash(t):
    return re.sub(r"\s+", "", t)


def has_serial(p, invoice):
    return invoice["id"][2:] in squash(text_of(p))


def opens(cid, cur):
    return [i for i in inv if i["customer_id"] == cid and i["currency"] == cur and BAL[i["id"]] > 0]


def subsets(cid, cur, amount, limit=3):
    """Same rule as the generator: any 1-4 open invoices of the customer, or all of them."""
    items = sorted([(BAL[i["id"]], i["id"]) for i in opens(cid, cur)], key=lambda x: x[1])
    hits = []
    for k in range(1, 5):
        for combo in itertools.combinations(items, k):
            if sum(x[0] for x in combo) == amount:
                hits.append(sorted(x[1] for x in combo))
                if len(hits) >= limit:
                    return hits
    if len(items) > 4 and sum(x[0] for x in items) == amount:
        hits.append(sorted(x[1] for x in items))
    return hits


def money_in_text(p, amount):
    t = text_of(p).replace(",", "").replace(" ", "")
    t2 = text_of(p).replace(".", "").replace(",", ".")
    return str(amount) in t or str(amount) in t2.replace(" ", "")


REF_SCEN = {"exact_ref", "ref_variant", "list", "remainder", "overpay", "partial", "tds", "wht", "vat_short",
            "bank_charges", "retention_ld", "third_party", "batch_list"}
for p, l in zip(pay, lab):
    pid, st, sc = p["id"], l["status"], l["scenario"]
    apps = l["applications"]
    bad = False
    try:
        amt = D(p["amount"])
        if not AMT.match(p["amount"]) or amt <= 0:
            bad = True
    except (InvalidOperation, TypeError):
        bad = True
    if p["currency"] not in ISO:
        bad = True
    if bad != (sc == "bad_row"):
        err(pid, "bad-row status mismatch")
    if bad:
        if st != "review" or apps or l["candidates"] or l["unapplied"] != "0.00":
            err(pid, "bad row label")
        continue
    if st not in ("applied", "partial", "unapplied", "review"):
        err(pid, "status")
    if not AMT.match(l["unapplied"]):
        err(pid, "unapplied format")
    tot = D(l["unapplied"])
    before = {}
    for a in apps:
        x = I.get(a["invoice_id"])
        if not x:
            err(pid, "unknown invoice")
            continue
        if not AMT.match(a["amount"]) or D(a["amount"]) <= 0:
            err(pid, "app amount")
        if x["currency"] != p["currency"]:
            err(pid, "currency mismatch")
        if D(a["amount"]) > BAL[x["id"]]:
            err(pid, "application exceeds balance")
        if p["customer_id"] and x["customer_id"] != p["customer_id"]:
            err(pid, "applied to another customer's invoice")
        before[x["id"]] = BAL[x["id"]]
        tot += D(a["amount"])
    if tot != amt:
        err(pid, "applications + unapplied != amount")
    for c in l["candidates"]:
        if not c or any(x not in I for x in c):
            err(pid, "candidate ids")
        if p["customer_id"] and any(I[x]["customer_id"] != p["customer_id"] for x in c):
            err(pid, "candidate of another customer")
    # status shape
    if st == "applied" and (not apps or D(l["unapplied"]) != 0 or l["short_pay"] or l["candidates"]):
        err(pid, "applied shape")
    if st == "review" and (apps or l["short_pay"] or D(l["unapplied"]) != amt):
        err(pid, "review shape")
    if st == "unapplied" and (D(l["unapplied"]) <= 0 or l["short_pay"] or l["candidates"]):
        err(pid, "unapplied shape")
    if st == "partial":
        if not apps or D(l["unapplied"]) != 0:
            err(pid, "partial shape")
        left = [a for a in apps if BAL[a["invoice_id"]] - D(a["amount"]) > 0]
        if not left:
            err(pid, "partial leaves nothing open")
        sp = l["short_pay"]
        if sp:
            a = [a for a in apps if a["invoice_id"] == sp["invoice_id"]]
            if not a or D(sp["amount"]) != BAL[sp["invoice_id"]] - D(a[0]["amount"]):
                err(pid, "short_pay amount != balance - paid")
            if not money_in_text(p, D(sp["amount"])) and sc != "vat_short":
                err(pid, "short-pay amount not stated in text")
            if sc == "vat_short" and not money_in_text(p, D(sp["amount"])):
                err(pid, "VAT amount not in text")
            if sc == "tds" and ("TDS" not in text_of(p) and "टीडीएस" not in text_of(p)):
                err(pid, "TDS not mentioned")
            if sc == "tds" and sp["reason"].split("cert ")[-1].rstrip(")") not in text_of(p):
                err(pid, "TDS certificate not in text")
        elif sc in ("tds", "wht", "vat_short", "bank_charges", "retention_ld"):
            err(pid, "short pay missing")
    # scenario-specific evidence
    if sc in REF_SCEN:
        for a in apps:
            if not has_serial(p, I[a["invoice_id"]]):
                err(pid, "invoice %s not referenced in text" % a["invoice_id"])
    if sc == "exact_ref":
        for a in apps:
            if I[a["invoice_id"]]["number"] not in squash(text_of(p)) and I[a["invoice_id"]]["number"] not in text_of(p):
                err(pid, "exact number missing")
    if sc in ("exact_ref", "ref_variant", "list", "remainder", "lump_all", "range", "amount_only", "po_lookalike",
              "multicurrency", "third_party", "typo") and st == "applied":
        for a in apps:
            if D(a["amount"]) != BAL[a["invoice_id"]]:
                err(pid, "applied scenario does not clear the invoice")
    if sc == "range":
        sers = sorted(int(a["invoice_id"][2:]) for a in apps)
        lo, hi = sers[0], sers[-1]
        t = squash(text_of(p))
        if str(lo) not in t or (str(hi) not in t and str(hi)[-2:] not in t):
            err(pid, "range ends not in text")
        inside = [s for s in range(lo, hi + 1) if s in by_serial]
        if sorted(inside) != sers:
            err(pid, "range does not cover exactly the applied invoices")
    if sc == "typo":
        t = squash(text_of(p))
        if has_serial(p, I[apps[0]["invoice_id"]]):
            err(pid, "typo case contains the right serial")
        found = [int(x) for x in re.findall(r"(?<!\d)(\d{5})(?!\d)", t)]
        if any(x in by_serial for x in found):
            err(pid, "typo number exists")
    if sc in ("amount_only", "po_lookalike", "multicurrency", "typo"):
        if p["customer_id"] is None and sc != "typo":
            err(pid, "no customer id for amount-only match")
        cid = I[apps[0]["invoice_id"]]["customer_id"]
        if subsets(cid, p["currency"], amt) != [[apps[0]["invoice_id"]]]:
            err(pid, "amount is not a unique fit")
    if sc == "po_lookalike":
        t = squash(text_of(p))
        found = [int(x) for x in re.findall(r"(?<!\d)(\d{5})(?!\d)", t)]
        if not any(x in by_serial and by_serial[x]["customer_id"] != p["customer_id"] for x in found):
            err(pid, "PO look-alike missing")
    if sc == "lump_all":
        cid = I[apps[0]["invoice_id"]]["customer_id"]
        if sorted(a["invoice_id"] for a in apps) != sorted(i["id"] for i in opens(cid, p["currency"])):
            err(pid, "lump is not all open items")
    if sc == "overpay":
        if len(apps) != 1 or D(apps[0]["amount"]) != BAL[apps[0]["invoice_id"]]:
            err(pid, "overpay must clear the invoice")
        if subsets(p["customer_id"] or I[apps[0]["invoice_id"]]["customer_id"], p["currency"], amt):
            err(pid, "overpay amount fits a set")
    if sc in ("amount_ambiguous", "lump_ambiguous"):
        hits = subsets(p["customer_id"], p["currency"], amt, limit=10)
        if len(hits) < 2 or sorted(map(sorted, l["candidates"])) != sorted(hits):
            err(pid, "ambiguity not real / candidates differ from fitting sets")
    if sc == "conflict":
        a, b = l["candidates"][0][0], l["candidates"][1][0]
        if not has_serial(p, I[a]) or has_serial(p, I[b]) or BAL[b] != amt or BAL[a] == amt:
            err(pid, "conflict evidence")
    if sc == "duplicate":
        ids = [x for x in I if has_serial(p, I[x])]
        if not any(x in cleared_by and BAL[x] == 0 for x in ids):
            err(pid, "duplicate: referenced invoice not cleared earlier in the file")
    if sc in ("closed_ref", "on_account", "duplicate"):
        if p["customer_id"] is None or subsets(p["customer_id"], p["currency"], amt):
            err(pid, "no-fit claim fails")
    if sc == "closed_ref":
        m = re.search(r"(?:DXB|RUH|DOH)-INV-(\d+)|IN/\d\d-\d\d/(\d+)", text_of(p))
        if not m or m.group(0) in numbers:
            err(pid, "closed_ref number is open")
    if sc == "unknown_payer":
        if p["customer_id"] is not None:
            err(pid, "unknown payer with customer id")
        if any(n.upper()[:12] == p["payer_name"][:12] for n in cust_names.values()):
            err(pid, "unknown payer resembles a customer")
        hits = [i["id"] for i in inv if i["currency"] == p["currency"] and BAL[i["id"]] == amt]
        if (hits and l["candidates"] != [hits]) or (not hits and l["candidates"]):
            err(pid, "unknown payer candidates")
    if sc == "twin_name":
        who = [c for c, n in cust_names.items() if n.upper()[:35] == p["payer_name"]]
        if len(who) != 2 or p["customer_id"] is not None:
            err(pid, "twin name does not fit two customers")
        if st == "review":
            if len(l["candidates"]) != 2 or {I[c[0]]["customer_id"] for c in l["candidates"]} != set(who):
                err(pid, "twin candidates")
            for c in l["candidates"]:
                if BAL[c[0]] != amt or re.search(r"\d{5}", squash(text_of(p)).replace(p["payer_name"].replace(" ", ""), "")) and has_serial(p, I[c[0]]):
                    err(pid, "twin review evidence")
        elif not has_serial(p, I[apps[0]["invoice_id"]]):
            err(pid, "twin resolved without reference")
    if sc == "other_currency":
        c = I[l["candidates"][0][0]]
        if c["currency"] == p["currency"] or any(i["currency"] == p["currency"] for i in inv if i["customer_id"] == c["customer_id"]):
            err(pid, "other-currency evidence")
    if sc == "bank_charges":
        m = re.search(r":33B:USD([\d,]+)", p["reference"] or "")
        if not m or D(m.group(1).replace(",", ".")) != BAL[apps[0]["invoice_id"]]:
            err(pid, "33B does not equal the balance")
    # apply
    for a in apps:
        BAL[a["invoice_id"]] -= D(a["amount"])
        if BAL[a["invoice_id"]] == 0:
            cleared_by[a["invoice_id"]] = pid
        if BAL[a["invoice_id"]] < 0:
            err(pid, "negative balance")

if errors:
    print("\n".join(errors[:80]))
    print("FAILED: %d problems" % len(errors))
    sys.exit(1)
print("OK: %d invoices, %d payments, %d labels verified" % (len(inv), len(pay), len(lab)))
