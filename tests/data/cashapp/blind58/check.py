#!/usr/bin/env python3
"""Re-verify every label of ledger_latam_pharma from the generated data alone (stdlib only)."""
import json, os, re, sys, itertools, unicodedata
from decimal import Decimal as D, InvalidOperation
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
L = os.path.join(HERE, "ledger_latam_pharma")
inv_l = json.load(open(os.path.join(L, "invoices.json"), encoding="utf-8"))
pay_l = json.load(open(os.path.join(L, "payments.json"), encoding="utf-8"))
lab_l = json.load(open(os.path.join(L, "labels.json"), encoding="utf-8"))
Z = D("0.00")
CURS = {"MXN", "BRL", "COP", "CLP", "PEN", "USD"}
LIMIT = {"MX": 30, "BR": 35, "CO": 22, "CL": 25, "PE": 20}
errors = []


def err(pid, msg):
    errors.append(f"{pid}: {msg}")


def dec(s):
    if not isinstance(s, str) or not re.fullmatch(r"-?\d+(\.\d+)?", s):
        return None
    try:
        return D(s)
    except InvalidOperation:
        return None


def pdate(s):
    try:
        return date.fromisoformat(s)
    except Exception:
        return None


# ------------------------------------------------------------------ invoices
INV = {}
NUMS = set()
for i in inv_l:
    assert set(i) == {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date",
                      "due_date"}, i
    if i["id"] in INV or i["number"] in NUMS:
        err(i["id"], "duplicate invoice id/number")
    INV[i["id"]] = i; NUMS.add(i["number"])
    t, b = dec(i["total"]), dec(i["balance"])
    if t is None or b is None or not (Z < b <= t) or i["currency"] not in CURS:
        err(i["id"], "bad invoice amounts/currency")
    if not (pdate(i["issue_date"]) and pdate(i["due_date"]) and i["issue_date"] <= i["due_date"]):
        err(i["id"], "bad invoice dates")
if not (1200 <= len(inv_l) <= 1800):
    err("-", f"invoice count {len(inv_l)}")


def cc_of(inv):
    return inv["customer_id"][1:3]


def numpart(inv):
    return str(int(inv["number"].split("-", 1)[1]))


def cited(inv, text):
    n = numpart(inv)
    pre = r"(?:001)?" if cc_of(inv) == "PE" else ""
    return re.search(r"(?<!\d)" + pre + r"0*" + n + r"(?!\d)", text or "") is not None


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def bank_name(name, cc):
    s = " ".join(strip_acc(name).upper().replace(".", "").replace(",", "").split())
    return s[:LIMIT[cc]].rstrip()


CUSTNAMES = {}
for i in inv_l:
    CUSTNAMES[i["customer_id"]] = i["customer_name"]

# ------------------------------------------------------------------ payments / labels
if len(pay_l) != len(lab_l) or not (350 <= len(pay_l) <= 450):
    err("-", "payment/label count")
bal = {k: dec(v["balance"]) for k, v in INV.items()}
paid_by = {}   # invoice id -> payment id that brought it to zero
last_date = None
STATUSES = {"applied", "partial", "unapplied", "review"}
LABEL_KEYS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario",
              "note"}


def open_of(cid, cur):
    return [i for i in inv_l if i["customer_id"] == cid and i["currency"] == cur and bal[i["id"]] > 0]


def count_bal(cid, cur, a):
    return sum(1 for i in open_of(cid, cur) if bal[i["id"]] == a)


def subsets(cid, cur, a, kmax=3):
    op = sorted(open_of(cid, cur), key=lambda i: (i["due_date"], i["id"]))
    out = []
    for r in range(1, kmax + 1):
        for comb in itertools.combinations(op, r):
            if sum((bal[i["id"]] for i in comb), Z) == a:
                out.append([i["id"] for i in comb])
    return out


AMT_RE = re.compile(r"(?:R\$|S/|USD|\$)\s?([\d.,]+)")


def parse_local(s, cur):
    if cur == "BRL" or cur in ("COP", "CLP"):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    return D(s)


for p, l in zip(pay_l, lab_l):
    pid = p["id"]
    if set(p) != {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}:
        err(pid, "payment keys")
    if set(l) != LABEL_KEYS or l["payment_id"] != pid or l["status"] not in STATUSES:
        err(pid, "label keys/id/status")
        continue
    sc = l["scenario"]
    m = re.match(r"\[([a-z_]+), (es|pt|en)\] ", l["note"])
    if not m or m.group(1) != sc:
        err(pid, "note prefix")
    text = (p["reference"] or "") + "\n" + (p["remittance"] or "")
    amt = dec(p["amount"]); pd = pdate(p["date"]) if isinstance(p["date"], str) else None
    valid = amt is not None and amt > 0 and p["currency"] in CURS and pd is not None
    if sc == "bad_row":
        if valid:
            err(pid, "bad_row is actually valid")
        if l["status"] != "review" or l["applications"] or l["candidates"] or l["short_pay"]:
            err(pid, "bad_row label")
        if l["unapplied"] != (str(amt.quantize(D("0.01"))) if amt is not None else "0.00"):
            err(pid, "bad_row unapplied")
        continue
    if not valid:
        err(pid, "invalid row not labelled bad_row")
        continue
    if last_date and pd < last_date:
        err(pid, "payments not oldest first")
    last_date = pd
    cur, cid = p["currency"], p["customer_id"]
    apps = [(a["invoice_id"], dec(a["amount"])) for a in l["applications"]]
    un = dec(l["unapplied"])
    before = dict(bal)
    # ---- generic arithmetic
    if sum((a for _, a in apps), Z) + un != amt:
        err(pid, "applications + unapplied != amount")
    for iid, a in apps:
        inv = INV.get(iid)
        if inv is None or inv["currency"] != cur or a is None or a <= 0 or a > bal[iid]:
            err(pid, f"bad application {iid} {a}")
            continue
        if inv["issue_date"] > p["date"]:
            err(pid, "applied to an invoice issued after the payment")
        bal[iid] -= a
        if bal[iid] == 0:
            paid_by[iid] = pid
    st = l["status"]
    if st == "applied" and (un != 0 or l["short_pay"] or l["candidates"] or not apps):
        err(pid, "applied shape")
    if st == "partial":
        if un != 0 or not apps or l["candidates"] or not any(bal[i] > 0 for i, _ in apps):
            err(pid, "partial shape")
        sp = l["short_pay"]
        if sp:
            if sp["invoice_id"] not in [i for i, _ in apps] or dec(sp["amount"]) != bal[sp["invoice_id"]] or not sp["reason"]:
                err(pid, "short_pay amount must equal what the payment leaves open")
    if st == "unapplied" and (un <= 0 or l["short_pay"] or l["candidates"]):
        err(pid, "unapplied shape")
    if st == "review":
        if apps or un != amt or l["short_pay"]:
            err(pid, "review shape")
        for s in l["candidates"]:
            for iid in s:
                if iid not in INV or before[iid] <= 0:
                    err(pid, f"candidate {iid} not open")
    # ---- evidence per scenario
    owner = [INV[i]["customer_id"] for i, _ in apps]
    if cid is not None and any(o != cid for o in owner):
        err(pid, "applied to another customer's invoice")
    if cid is None and apps:
        o = INV[apps[0][0]]
        if not bank_name(o["customer_name"], cc_of(o)).startswith(p["payer_name"][:15]):
            err(pid, "payer name does not fit the invoice's customer")
    one = INV[apps[0][0]] if apps else None
    if sc in ("exact", "exact_no_customer_id", "reference_variant", "usd_invoice", "balance_after_partial"):
        if len(apps) != 1 or not cited(one, text) or apps[0][1] != before[one["id"]]:
            err(pid, f"{sc}: must cite the invoice and pay its exact balance")
    if sc == "typo_reference":
        if cited(one, text) or apps[0][1] != before[one["id"]] or \
                sum(1 for i in inv_l if i["customer_id"] == one["customer_id"] and i["currency"] == cur and before[i["id"]] == amt) != 1:
            err(pid, "typo: invoice must not be cited and amount must be unique")
        runs = re.findall(r"(?<![\d.])(\d{4,6})(?![\d.])", p["reference"])
        cc = cc_of(one)
        if not runs or any(cc_of(i) == cc and numpart(i) == str(int(runs[-1])) for i in inv_l):
            err(pid, f"typo number {runs[-1:]} exists or missing")
    if sc in ("amount_only", "po_number_lookalike"):
        if len(apps) != 1 or sum(1 for i in inv_l if i["customer_id"] == cid and i["currency"] == cur and before[i["id"]] == amt) != 1:
            err(pid, f"{sc}: amount must match exactly one open invoice of the customer")
        if cited(one, text):
            err(pid, f"{sc}: invoice should not be cited")
    if sc == "po_number_lookalike" and not re.search(r"\b(OC|O/C|PEDIDO|Pedido|PO|orden de compra)\b", text):
        err(pid, "po marker missing")
    if sc in ("invoice_list", "usd_invoice_list"):
        if len(apps) < 2 or any(not cited(INV[i], text) or a != before[i] for i, a in apps):
            err(pid, "list: every invoice cited and paid in full")
    if sc == "invoice_range":
        nums = sorted(int(numpart(INV[i])) for i, _ in apps)
        cc = cc_of(INV[apps[0][0]])
        inrange = [i for i in inv_l if cc_of(i) == cc and i["currency"] == cur and nums[0] <= int(numpart(i)) <= nums[-1]]
        if {i["id"] for i in inrange} != {i for i, _ in apps} or not cited(INV[apps[0][0]], text):
            err(pid, "range: applications must be exactly the invoices in the range")
        if str(nums[-1]) not in text:
            err(pid, "range end missing")
    if sc == "statement_lump_sum":
        if {i for i, _ in apps} != {i["id"] for i in inv_l if i["customer_id"] == cid and i["currency"] == cur and before[i["id"]] > 0}:
            err(pid, "statement: must clear every open invoice of the customer")
    if sc == "part_payment" and (len(apps) != 1 or not cited(one, text) or l["short_pay"]):
        err(pid, "part payment shape")
    if sc in ("short_pay_withholding", "short_pay_reason"):
        if not l["short_pay"] or not cited(one, text):
            err(pid, "short pay must cite invoice")
        ded = [parse_local(x, cur) for line in (p["remittance"] or "").splitlines() if "(-)" in line
               for x in AMT_RE.findall(line)[-1:]]
        if ded and sum(ded) != dec(l["short_pay"]["amount"]):
            err(pid, f"short pay deduction lines {ded} != {l['short_pay']['amount']}")
        if sc == "short_pay_withholding" and not ded:
            err(pid, "withholding lines missing")
        if sc == "short_pay_withholding" and not re.search(r"Rete|Retenc|Retenç|withholding", text):
            err(pid, "withholding keyword missing")
    if sc == "overpayment":
        if len(apps) != 1 or not cited(one, text) or apps[0][1] != before[one["id"]] or count_bal(cid, cur, un):
            err(pid, "overpayment shape")
    if sc == "second_payment":
        hit = [i for i in inv_l if i["currency"] == cur and cited(i, text) and i["id"] in paid_by and before[i["id"]] == 0]
        if not hit or apps or un != amt:
            err(pid, "second payment: cited invoice must already be paid in this file")
    if sc == "list_incl_paid_invoice":
        hit = [i for i in inv_l if i["customer_id"] == cid and cited(i, text) and before[i["id"]] == 0 and i["id"] in paid_by]
        if len(hit) != 1 or any(not cited(INV[i], text) for i, _ in apps):
            err(pid, "list incl. paid: exactly one listed invoice already paid")
    if sc == "unknown_payer":
        if cid is not None or st != "review" or l["candidates"]:
            err(pid, "unknown shape")
        if any(i["currency"] == cur and before[i["id"]] == amt for i in inv_l):
            err(pid, "unknown payer amount matches an open invoice")
        if any(bank_name(n, k[1:3]).startswith(p["payer_name"][:12]) for k, n in CUSTNAMES.items()):
            err(pid, "unknown payer resembles a customer")
        if any(cited(i, p["reference"]) and i["currency"] == cur for i in inv_l):
            err(pid, "unknown payer cites an invoice")
    if sc == "known_customer_no_fit":
        if cid is None or subsets(cid, cur, amt) or apps:
            err(pid, "known no fit: something fits")
    if sc in ("ambiguous_same_amount", "ambiguous_lump_sum"):
        bal_now = dict(bal); bal.update(before)
        if subsets(cid, cur, amt) != l["candidates"] or len(l["candidates"]) < 2:
            err(pid, f"ambiguous candidates {l['candidates']} vs {subsets(cid, cur, amt)}")
        bal.update(bal_now)
    if sc == "ambiguous_payer_name":
        owners = [INV[s[0]]["customer_id"] for s in l["candidates"]]
        if cid is not None or len(set(owners)) != 2 or any(before[s[0]] != amt for s in l["candidates"]):
            err(pid, "ambiguous name shape")
        if any(bank_name(CUSTNAMES[o], o[1:3]) != p["payer_name"] for o in owners):
            err(pid, "payer name is not the cut of both customers")
    if sc == "ambiguous_ref_vs_amount":
        x, y = l["candidates"][0][0], l["candidates"][1][0]
        if not cited(INV[x], text) or before[y] != amt or before[x] <= amt or count_bal(cid, cur, amt) != 1:
            err(pid, "ref vs amount shape")
    if sc == "ambiguous_other_customer_invoice":
        x = INV[l["candidates"][0][0]]
        if x["customer_id"] == cid or before[x["id"]] != amt or not cited(x, text) or count_bal(cid, cur, amt):
            err(pid, "cross-customer shape")
    if sc == "currency_mismatch":
        x = INV[l["candidates"][0][0]]
        if x["currency"] == cur or not cited(x, text):
            err(pid, "currency mismatch shape")

for e in errors:
    print("ERROR", e)
print(f"checked {len(inv_l)} invoices, {len(pay_l)} payments: {len(errors)} problem(s)")
sys.exit(1 if errors else 0)
