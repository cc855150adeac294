#!/usr/bin/env python3
"""Re-verify every label of ledger_nordic_timber from the data alone. Exit 1 on a problem."""
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from datetime import date
from decimal import Decimal as D, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
L = os.path.join(HERE, "ledger_nordic_timber")
ISO = {"SEK", "NOK", "DKK", "EUR", "GBP"}
problems = []


def bad(pid, msg):
    problems.append(f"{pid}: {msg}")


def load(n):
    with open(os.path.join(L, n), encoding="utf-8") as fh:
        return json.load(fh)


invoices, payments, labels = load("invoices.json"), load("payments.json"), load("labels.json")
DEC = re.compile(r"^-?\d+\.\d{2}$")

# ---------------------------------------------------------------- invoices
if not 1200 <= len(invoices) <= 1800:
    bad("invoices", f"count {len(invoices)}")
INV_KEYS = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
inv = {}
by_num = {}
terms = {}
for i in invoices:
    if set(i) != INV_KEYS:
        bad(i.get("id"), f"invoice keys {set(i) ^ INV_KEYS}")
    if i["id"] in inv or i["number"] in by_num:
        bad(i["id"], "duplicate id/number")
    inv[i["id"]] = i
    by_num[i["number"]] = i
    if not re.fullmatch(r"7\d{5}", i["number"]) or i["currency"] not in ISO:
        bad(i["id"], "number/currency format")
    if not (DEC.match(i["total"]) and DEC.match(i["balance"]) and D(0) < D(i["balance"]) <= D(i["total"])):
        bad(i["id"], "total/balance")
    t = (date.fromisoformat(i["due_date"]) - date.fromisoformat(i["issue_date"])).days
    if t not in (14, 30) or terms.setdefault(i["customer_id"], t) != t:
        bad(i["id"], "due date not issue + the customer's terms")
    if i["currency"] in ("SEK", "NOK") and not i["total"].endswith(".00"):
        bad(i["id"], "SEK/NOK invoice not rounded to whole units")
    if i["id"].removeprefix("i-") == i["number"]:
        bad(i["id"], "id equals number")
names = {}
for i in invoices:
    if names.setdefault(i["customer_id"], i["customer_name"]) != i["customer_name"]:
        bad(i["id"], "customer name differs across invoices")

# ---------------------------------------------------------------- helpers


def deaccent(t):
    out = []
    for ch in t:
        m = {"Ø": "O", "ø": "o", "Æ": "AE", "æ": "ae"}.get(ch)
        out.append(m if m else "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)))
    return "".join(out)


def norm(x):
    x = deaccent(x.upper()).replace(" OCH ", " & ").replace("LIMITED", "LTD")
    return "".join(ch for ch in x if ch.isalnum())


def name_owners(payer):
    n = norm(payer or "")
    return sorted(cid for cid, nm in names.items() if n and norm(nm).startswith(n))


def luhn_ok(digits):
    tot = 0
    for k, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if k % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def fi_ok(digits):
    w = [7, 3, 1]
    body, chk = digits[:-1], digits[-1]
    tot = sum(int(c) * w[k % 3] for k, c in enumerate(reversed(body)))
    return str((10 - tot % 10) % 10) == chk


def rf_ok(ref):
    r = ref.replace(" ", "")
    r = r[4:] + r[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def structured_ok(ref):
    """None if not a structured reference, else whether its check digits hold."""
    if ref is None:
        return None
    if ref.startswith("+71<"):
        m = re.fullmatch(r"\+71<(\d{15})\+(\d{8})<", ref)
        return bool(m) and luhn_ok(m.group(1))
    if ref.startswith("RF"):
        return bool(re.fullmatch(r"RF\d{2}[\d ]+", ref)) and rf_ok(ref)
    if re.fullmatch(r"\d{1,5}( \d{5})+", ref):
        return fi_ok(ref.replace(" ", ""))
    if re.fullmatch(r"\d{7,}", ref):
        return luhn_ok(ref)
    return None


def text_of(p):
    return "\n".join(x for x in (p["reference"], p["remittance"]) if x)


def nums_in(text):
    """Six-digit invoice-like numbers written as tokens in free text."""
    return re.findall(r"(?<!\d)(7\d{5})(?!\d)", text)


def digits_contain(text, number):
    return number in re.sub(r"\D", "", text)


def amounts_in(text):
    out = set()
    for tok in re.findall(r"\d[\d .,\u00a0]*\d|\d", text):
        t = tok.replace("\u00a0", " ").strip()
        m = re.match(r"^(.*?)[.,](\d{2})$", t)
        if m:
            out.add(D(re.sub(r"\D", "", m.group(1)) or "0") + D(m.group(2)) / 100)
        out.add(D(re.sub(r"\D", "", t)))
    return out


bal = {k: D(v["balance"]) for k, v in inv.items()}


def opens(cid, cur):
    return [i for i in invoices if i["customer_id"] == cid and i["currency"] == cur and bal[i["id"]] > 0]


def subset_hits(cid, cur, amt):
    op = opens(cid, cur)
    n = len(op)
    b = [bal[i["id"]] for i in op]
    hits = [[op[a]["id"]] for a in range(n) if b[a] == amt]
    hits += [[op[a]["id"], op[c]["id"]] for a in range(n) for c in range(a + 1, n) if b[a] + b[c] == amt]
    if n <= 45:
        for a in range(n):
            for c in range(a + 1, n):
                if b[a] + b[c] >= amt:
                    continue
                for e in range(c + 1, n):
                    if b[a] + b[c] + b[e] == amt:
                        hits.append([op[a]["id"], op[c]["id"], op[e]["id"]])
    if n > 3 and sum(b) == amt:
        hits.append([i["id"] for i in op])
    return [sorted(h) for h in hits]


def global_hits(cur, amt):
    return [k for k, v in inv.items() if v["currency"] == cur and bal[k] == amt]


def payer_customer(p):
    if p["customer_id"]:
        return p["customer_id"]
    o = name_owners(p["payer_name"])
    return o[0] if len(o) == 1 else None


# ---------------------------------------------------------------- payments and labels
if not 380 <= len(payments) <= 420 or len(labels) != len(payments):
    bad("payments", f"counts {len(payments)} / {len(labels)}")
PAY_KEYS = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
LAB_KEYS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}
SHORT_REASONS = {"damaged goods", "short delivery", "price difference", "freight charge disputed",
                 "returned pallets", "cash discount"}
PART_WORDS = ["delbetal", "a conto", "aconto", "avdrag på", "første avdrag", "osamaksu", "osasuoritus", "erä",
              "part payment", "on account", "instalment", "rate 1", "delbet"]
LANGS = Counter()
prev_date = None
seen_pids = set()
history = []   # (payment, label) already replayed
NAME_SCEN = {"amount_only_unique", "typo_ref", "lump_sum_all_open", "known_customer_no_fit", "ref_amount_conflict",
             "amount_two_invoices", "lump_sum_ambiguous", "po_lookalike"}

for p, lb in zip(payments, labels):
    pid = p["id"]
    if set(p) != PAY_KEYS:
        bad(pid, f"payment keys {set(p) ^ PAY_KEYS}")
    if pid in seen_pids:
        bad(pid, "duplicate payment id")
    seen_pids.add(pid)
    if lb["payment_id"] != pid:
        bad(pid, "label order")
    sc = lb.get("scenario")
    keys = LAB_KEYS | ({"error"} if sc == "bad_row" else set())
    if set(lb) != keys:
        bad(pid, f"label keys {set(lb) ^ keys}")
    m = re.match(r"^\[([a-z_]+), (sv|no|da|fi|en)\] \S", lb["note"])
    if not m or m.group(1) != sc:
        bad(pid, "note prefix")
    else:
        LANGS[m.group(2)] += 1
    d = date.fromisoformat(p["date"])
    if prev_date and d < prev_date:
        bad(pid, "payments not oldest first")
    prev_date = d
    st = lb["status"]
    if st not in ("applied", "partial", "unapplied", "review"):
        bad(pid, "status")
    text = text_of(p)

    # -- bad rows
    if sc == "bad_row":
        a = p["amount"]
        valid_amt = isinstance(a, str) and bool(DEC.match(a)) and D(a) > 0
        if valid_amt and p["currency"] in ISO:
            bad(pid, "bad_row is not bad")
        if st != "review" or lb["applications"] or lb["candidates"] or lb["short_pay"]:
            bad(pid, "bad row must be an empty review")
        if lb["unapplied"] != (a if valid_amt else "0.00"):
            bad(pid, "bad row unapplied")
        history.append((p, lb))
        continue
    if not (DEC.match(p["amount"]) and D(p["amount"]) > 0 and p["currency"] in ISO):
        bad(pid, "amount/currency invalid on a non-bad row")
        continue
    amt = D(p["amount"])
    apps = [(a["invoice_id"], D(a["amount"])) for a in lb["applications"]]
    un = D(lb["unapplied"])
    if sum(a for _, a in apps) + un != amt:
        bad(pid, "applications + unapplied != amount")
    for iid, a in apps:
        if iid not in inv:
            bad(pid, f"unknown invoice {iid}")
            continue
        if inv[iid]["currency"] != p["currency"]:
            bad(pid, f"currency mismatch {iid}")
        if not (D(0) < a <= bal[iid]):
            bad(pid, f"{iid} applied {a} against balance {bal[iid]}")
    if len({i for i, _ in apps}) != len(apps):
        bad(pid, "invoice applied twice")
    for c in lb["candidates"]:
        if not c or any(x not in inv for x in c):
            bad(pid, "candidate set")
    if st == "review":
        if apps or un != amt or lb["short_pay"]:
            bad(pid, "review must apply nothing")
    else:
        if lb["candidates"]:
            bad(pid, "candidates outside review")
    if st == "applied" and (un != 0 or lb["short_pay"] or not apps):
        bad(pid, "applied shape")
    if st == "unapplied" and (un <= 0 or lb["short_pay"]):
        bad(pid, "unapplied shape")
    if st == "partial" and (un != 0 or not apps):
        bad(pid, "partial shape")

    cust = payer_customer(p)
    if sc in NAME_SCEN and cust is None:
        bad(pid, "payer not identifiable (no customer_id, name not unique)")
    app_nums = [inv[i]["number"] for i, _ in apps if i in inv]
    after = {i: bal[i] - a for i, a in apps}

    # -- scenario evidence (state before this payment)
    if sc in ("exact_ref", "third_party_payer"):
        ok = structured_ok(p["reference"])
        if ok is False:
            bad(pid, "structured reference check digit")
        if ok is None and app_nums[0] not in nums_in(text):
            bad(pid, "number not in text")
        if ok and not digits_contain(p["reference"], app_nums[0]):
            bad(pid, "structured reference does not carry the number")
        if len(apps) != 1 or after[apps[0][0]] != 0:
            bad(pid, "exact ref shape")
        if sc == "third_party_payer" and (p["customer_id"] or cust == inv[apps[0][0]]["customer_id"]):
            bad(pid, "third party payer is the customer")
    if sc in ("remittance_ref", "invoice_list", "remainder_after_part", "part_payment", "short_pay", "overpayment"):
        for n in app_nums:
            if n not in nums_in(text) and not (structured_ok(p["reference"]) and digits_contain(p["reference"], n)):
                bad(pid, f"{n} not named in the text")
    if sc in ("remittance_ref", "invoice_list", "remainder_after_part", "lump_sum_all_open", "amount_only_unique",
              "typo_ref", "po_lookalike") and any(v != 0 for v in after.values()):
        bad(pid, "applied invoice not cleared")
    if sc == "invoice_list" and len(apps) < 2:
        bad(pid, "list of one")
    if sc == "invoice_range":
        ns = nums_in(text)
        lo, hi = ns[0], ns[-1]
        want = sorted(i["id"] for i in opens(cust, p["currency"]) if lo <= i["number"] <= hi)
        if sorted(i for i, _ in apps) != want or any(v != 0 for v in after.values()) or len(ns) != 2:
            bad(pid, "range does not select the payer's open invoices")
    if sc in ("amount_only_unique", "typo_ref", "po_lookalike"):
        if subset_hits(cust, p["currency"], amt) != [[apps[0][0]]]:
            bad(pid, "amount not a unique fit")
        for n in nums_in(text):
            if n in by_num and by_num[n]["customer_id"] == cust:
                bad(pid, "text names an invoice of the payer")
    if sc == "amount_only_unique" and nums_in(text):
        bad(pid, "amount-only row names a number")
    if sc == "typo_ref":
        raw = re.findall(r"\d{5,7}", text)
        t = raw[0]
        n = app_nums[0]
        if t in by_num:
            bad(pid, "typo is a real invoice")
        one_edit = (len(t) == len(n) and (sum(a != b for a, b in zip(t, n)) == 1 or
                    (sorted(t) == sorted(n) and sum(a != b for a, b in zip(t, n)) == 2))) or \
                   (len(t) == len(n) - 1 and any(n[:k] + n[k + 1:] == t for k in range(len(n))))
        if not one_edit:
            bad(pid, f"{t} is not one slip from {n}")
    if sc == "po_lookalike":
        po = nums_in(text)[0]
        o = by_num.get(po)
        if not o or o["customer_id"] == cust or bal[o["id"]] == amt:
            bad(pid, "PO look-alike")
    if sc == "lump_sum_all_open":
        if sorted(i for i, _ in apps) != sorted(i["id"] for i in opens(cust, p["currency"])) or nums_in(text):
            bad(pid, "lump sum is not all open invoices")
        if subset_hits(cust, p["currency"], amt) != [sorted(i for i, _ in apps)]:
            bad(pid, "lump sum has another fit")
    if sc == "part_payment":
        if lb["short_pay"] or after[apps[0][0]] <= 0 or not any(w in text.lower() for w in PART_WORDS):
            bad(pid, "part payment")
    if sc == "short_pay":
        sp = lb["short_pay"]
        if not sp or sp["reason"] not in SHORT_REASONS or sp["invoice_id"] not in after \
                or after[sp["invoice_id"]] != D(sp["amount"]) or D(sp["amount"]) not in amounts_in(text):
            bad(pid, "short pay")
        if any(v != 0 for k, v in after.items() if k != sp["invoice_id"]):
            bad(pid, "other invoices of a short pay not cleared")
        if subset_hits(cust, p["currency"], amt):
            bad(pid, "short pay amount also fits cleanly")
    if st == "partial" and not lb["short_pay"] and sc != "part_payment":
        bad(pid, "partial without reason")
    if sc == "overpayment":
        iid = apps[0][0]
        if len(apps) != 1 or after[iid] != 0 or subset_hits(cust, p["currency"], amt):
            bad(pid, "overpayment")
    if sc == "second_payment":
        ns = [n for n in nums_in(text)] or [n for n in by_num if structured_ok(p["reference"]) and digits_contain(p["reference"], n) and len(n) == 6]
        paid = [n for n in ns if n in by_num and bal[by_num[n]["id"]] == 0]
        earlier = [q for q, ql in history if q["reference"] == p["reference"] and q["remittance"] == p["remittance"]
                   and q["amount"] == p["amount"] and ql["status"] == "applied"]
        if not paid or not earlier or apps or subset_hits(cust, p["currency"], amt):
            bad(pid, "second payment")
    if sc == "known_customer_no_fit":
        if not p["customer_id"] or apps or subset_hits(cust, p["currency"], amt):
            bad(pid, "no-fit")
        for n in nums_in(text):
            if n in by_num:
                bad(pid, "no-fit names an existing invoice")
    if sc in ("unknown_payer", "unknown_payer_amount_hit"):
        if p["customer_id"] or name_owners(p["payer_name"]) or nums_in(text):
            bad(pid, "payer not unknown")
        if sorted([x] for x in global_hits(p["currency"], amt)) != sorted(lb["candidates"]):
            bad(pid, "unknown payer candidates are not the global amount hits")
    if sc == "amount_two_invoices":
        hits = subset_hits(cust, p["currency"], amt)
        singles = [h for h in hits if len(h) == 1]
        if len(singles) != 2 or sorted(lb["candidates"]) != sorted(hits) or text:
            bad(pid, "two invoices same balance")
    if sc == "lump_sum_ambiguous":
        hits = subset_hits(cust, p["currency"], amt)
        if len(hits) < 2 or sorted(sorted(c) for c in lb["candidates"]) != sorted(hits) or nums_in(text):
            bad(pid, "ambiguous lump")
    if sc == "ref_amount_conflict":
        y = by_num.get(nums_in(text)[0])
        x = lb["candidates"][0][0]
        if not y or y["customer_id"] != cust or bal[y["id"]] <= amt or bal[x] != amt or \
                subset_hits(cust, p["currency"], amt) != [[x]] or lb["candidates"] != [[x], [y["id"]]]:
            bad(pid, "ref/amount conflict")
    if sc == "ambiguous_payer_name":
        own = name_owners(p["payer_name"])
        hits = sorted([k] for k in global_hits(p["currency"], amt) if inv[k]["customer_id"] in own)
        if p["customer_id"] or len(own) < 2 or len(hits) < 2 or sorted(lb["candidates"]) != hits:
            bad(pid, "ambiguous payer")
        if len({inv[c[0]]["customer_id"] for c in lb["candidates"]}) < 2:
            bad(pid, "ambiguous payer candidates of one customer")
    if sc == "other_currency":
        c = lb["candidates"]
        if len(c) != 1 or inv[c[0][0]]["currency"] == p["currency"] or not digits_contain(text, inv[c[0][0]]["number"]):
            bad(pid, "other currency")
        if global_hits(p["currency"], amt):
            bad(pid, "other currency amount fits a same-currency invoice")
    if sc not in ("unknown_payer", "unknown_payer_amount_hit", "third_party_payer", "ambiguous_payer_name") \
            and not sc.startswith("bad"):
        if not (p["customer_id"] or name_owners(p["payer_name"]) or "invoice_list" == sc):
            bad(pid, "payer unknown in a known-payer scenario")

    for iid, a in apps:
        bal[iid] -= a
    history.append((p, lb))

# ---------------------------------------------------------------- summary
if not os.path.exists(os.path.join(HERE, "README.md")):
    bad("README", "missing")
st = Counter(lb["status"] for lb in labels)
for k in ("applied", "partial", "unapplied", "review"):
    if st[k] < 20:
        bad("labels", f"too few {k}")
print("statuses", dict(st))
print("languages", dict(LANGS))
print("scenarios", len(Counter(lb["scenario"] for lb in labels)))
if problems:
    print(f"{len(problems)} PROBLEMS")
    for x in problems[:60]:
        print(" ", x)
    sys.exit(1)
print("OK: all labels re-verified")
