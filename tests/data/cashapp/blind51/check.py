#!/usr/bin/env python3
"""Sanity checker for ledger_alpinemed: replays the payments in order and re-verifies every label."""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
L = os.path.join(HERE, "ledger_alpinemed")
AMT = re.compile(r"^\d+\.\d{2}$")
MOD10 = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
problems = []


def bad(pid, msg):
    problems.append(f"{pid}: {msg}")


def mod10ok(ref):
    carry = 0
    for ch in ref[:-1]:
        carry = MOD10[(carry + int(ch)) % 10]
    return (10 - carry) % 10 == int(ref[-1])


def rf_ok(ref):
    r = ref[4:] + ref[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def tr(t):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "AE"), ("Ö", "OE"), ("Ü", "UE"), ("é", "e"),
                 ("è", "e"), ("â", "a"), ("ß", "ss")):
        t = t.replace(a, b)
    return t


def main():
    inv = json.load(open(os.path.join(L, "invoices.json"), encoding="utf-8"))
    pay = json.load(open(os.path.join(L, "payments.json"), encoding="utf-8"))
    lab = json.load(open(os.path.join(L, "labels.json"), encoding="utf-8"))
    if len(pay) != len(lab):
        bad("-", "payments and labels differ in length")
    by_id = {i["id"]: i for i in inv}
    if len(by_id) != len(inv):
        bad("-", "duplicate invoice id")
    if len({i["number"] for i in inv}) != len(inv):
        bad("-", "duplicate invoice number")
    currencies = {i["currency"] for i in inv}
    names = {i["customer_id"]: i["customer_name"] for i in inv}
    for i in inv:
        for k in ("total", "balance"):
            if not AMT.match(i[k]):
                bad(i["id"], f"bad {k}")
        if not (Decimal("0") < Decimal(i["balance"]) <= Decimal(i["total"])):
            bad(i["id"], "balance out of range")
        if i["due_date"] < i["issue_date"]:
            bad(i["id"], "due before issue")
    bal = {i["id"]: Decimal(i["balance"]) for i in inv}
    seen_ids = set()
    last_date = ""
    history = []
    for p, l in zip(pay, lab):
        pid = p["id"]
        if l["payment_id"] != pid:
            bad(pid, "label order")
        st = l["status"]
        if st == "error":
            if l["applications"] or "error" not in l or not l["error"]:
                bad(pid, "error row must have no applications and an error text")
            is_bad = (pid in seen_ids or not p.get("date") or not isinstance(p.get("amount"), str)
                      or not AMT.match(p["amount"]) or Decimal(p["amount"]) <= 0 or p["currency"] not in currencies)
            if not is_bad:
                bad(pid, "labelled error but the row looks valid")
            continue
        if pid in seen_ids:
            bad(pid, "duplicate id on a non-error row")
        seen_ids.add(pid)
        if not p["date"] or p["date"] < last_date:
            bad(pid, "dates not oldest first")
        last_date = p["date"]
        if not AMT.match(p["amount"]) or Decimal(p["amount"]) <= 0:
            bad(pid, "bad amount on a valid row")
            continue
        amount = Decimal(p["amount"])
        cur = p["currency"]
        before = dict(bal)
        total = Decimal(l["unapplied"])
        for a in l["applications"]:
            i = by_id.get(a["invoice_id"])
            if i is None:
                bad(pid, f"unknown invoice {a['invoice_id']}")
                continue
            if i["currency"] != cur:
                bad(pid, "application across currencies")
            if i["issue_date"] > p["date"]:
                bad(pid, "applied to an invoice issued after the payment")
            x = Decimal(a["amount"])
            if x <= 0:
                bad(pid, "non-positive application")
            bal[i["id"]] -= x
            if bal[i["id"]] < 0:
                bad(pid, f"{i['number']} taken past zero")
            total += x
        if total != amount:
            bad(pid, f"applications + unapplied {total} != amount {amount}")
        apps = l["applications"]
        sp = l["short_pay"]
        if st == "applied" and (not apps or Decimal(l["unapplied"]) != 0 or sp or l["candidates"]):
            bad(pid, "applied shape")
        if st == "partial":
            if not apps or Decimal(l["unapplied"]) != 0:
                bad(pid, "partial shape")
            if sp:
                if sp["invoice_id"] not in {a["invoice_id"] for a in apps} or bal[sp["invoice_id"]] != Decimal(sp["amount"]):
                    bad(pid, "short pay must equal what stays open on an applied invoice")
            elif not any(bal[a["invoice_id"]] > 0 for a in apps):
                bad(pid, "partial leaves nothing open")
        if st == "unapplied" and (Decimal(l["unapplied"]) <= 0 or sp):
            bad(pid, "unapplied shape")
        if st == "review":
            if apps or Decimal(l["unapplied"]) != amount:
                bad(pid, "review must apply nothing")
            for cs in l["candidates"]:
                for cid in cs:
                    if cid not in by_id or by_id[cid]["currency"] != cur or before[cid] <= 0:
                        bad(pid, "candidate not an open same-currency invoice")
        sc = l["scenario"]
        text = " ".join(x for x in (p["reference"], p["remittance"]) if x)
        dig = re.sub(r"\D", "", text)
        # reference integrity
        for m in re.findall(r"\d[\d ]{25,40}\d", text):
            m2 = m.replace(" ", "")
            if len(m2) == 27 and not mod10ok(m2):
                bad(pid, f"27-digit reference fails mod 10: {m2}")
        if (p["reference"] or "").startswith("RF") and not rf_ok(p["reference"].replace(" ", "")):
            bad(pid, f"RF reference invalid {p['reference']}")
        if sc in ("qr_reference", "rf_creditor_reference", "esr_old_reference", "sepa_invoice_number",
                  "multi_invoice_text", "payment_run", "payment_run_skonto", "skonto_single", "short_pay",
                  "part_payment", "group_treasury", "fee_invoice_paid", "fee_refused", "po_number_noise",
                  "fee_added_not_invoiced", "overpayment"):
            for a in apps:
                n = by_id[a["invoice_id"]]["number"]
                if n.startswith("MG-") and sc == "fee_invoice_paid":
                    continue  # the fee invoice may be named only as "Mahnspesen" + its amount
                if n.split("-")[1] not in dig:
                    bad(pid, f"{n} not named in the payment text")
        if sc == "invoice_range":
            nums = sorted(int(by_id[a["invoice_id"]]["number"][3:]) for a in apps)
            if nums != list(range(nums[0], nums[-1] + 1)) or str(nums[0]) not in dig:
                bad(pid, "range not consecutive or first number missing")
            if len({by_id[a["invoice_id"]]["customer_id"] for a in apps}) != 1:
                bad(pid, "range spans customers")
        if sc in ("amount_only", "po_number_trap"):
            i = by_id[apps[0]["invoice_id"]]
            same = [x for x in inv if x["customer_id"] == i["customer_id"] and x["currency"] == cur and before[x["id"]] == amount]
            if len(same) != 1 or p["customer_id"] != i["customer_id"]:
                bad(pid, "amount-only match is not unique for the known customer")
        if sc == "statement_balance":
            op = {x["id"] for x in inv if x["customer_id"] == p["customer_id"] and before[x["id"]] > 0}
            if op != {a["invoice_id"] for a in apps}:
                bad(pid, "statement payment does not cover exactly the open items")
        if sc == "review_twin_amounts":
            same = [x["id"] for x in inv if x["customer_id"] == p["customer_id"] and x["currency"] == cur and before[x["id"]] == amount]
            if sorted(same) != sorted(c[0] for c in l["candidates"]) or len(same) != 2:
                bad(pid, "twin candidates wrong")
        if sc == "review_truncated_name_two_customers":
            cs = [by_id[c[0]] for c in l["candidates"]]
            if len({c["customer_id"] for c in cs}) != 2 or any(before[c["id"]] != amount for c in cs):
                bad(pid, "two-customer candidates wrong")
            for c in cs:
                if not tr(c["customer_name"]).upper().startswith(p["payer_name"]):
                    bad(pid, "payer name is not a truncation of a candidate's name")
            fits = [cid for cid, n in names.items() if tr(n).upper().startswith(p["payer_name"])]
            for cid in fits:
                hits = [x for x in inv if x["customer_id"] == cid and x["currency"] == cur and before[x["id"]] == amount]
                if len(hits) != 1:
                    bad(pid, "each fitting customer must have exactly one invoice of this amount")
        if sc == "review_two_combinations":
            op = [x for x in inv if x["customer_id"] == p["customer_id"] and x["currency"] == cur and before[x["id"]] > 0]
            subs = sorted(sorted(x["id"] for x in comb) for k in (1, 2, 3) for comb in combinations(op, k)
                          if sum(before[x["id"]] for x in comb) == amount)
            if subs != sorted(sorted(c) for c in l["candidates"]):
                bad(pid, f"combination candidates wrong {subs}")
        if sc == "review_reference_vs_amount":
            y, x = by_id[l["candidates"][0][0]], by_id[l["candidates"][1][0]]
            if before[y["id"]] != amount or x["number"].split("-")[1] not in dig or y["number"].split("-")[1] in dig:
                bad(pid, "reference-vs-amount conflict not as described")
        if sc == "duplicate_payment":
            prev = [h for h in history if h[0]["reference"] == p["reference"] and h[0]["amount"] == p["amount"]
                    and h[1]["status"] == "applied"]
            if not prev or any(before[a["invoice_id"]] != 0 for a in prev[0][1]["applications"]):
                bad(pid, "duplicate payment has no settled original")
        if sc == "no_fit_known_customer":
            op = [before[x["id"]] for x in inv if x["customer_id"] == p["customer_id"] and x["currency"] == cur and before[x["id"]] > 0]
            if amount in op or any(a + b == amount for a, b in combinations(op, 2)):
                bad(pid, "no-fit payment fits something")
        if sc in ("review_unknown_payer", "group_treasury_no_advice"):
            if any(x["currency"] == cur and before[x["id"]] == amount for x in inv):
                bad(pid, "unknown/lump amount equals an open invoice")
            if sc == "review_unknown_payer" and p["customer_id"] is not None:
                bad(pid, "unknown payer with a customer id")
        if sc == "review_currency_mismatch":
            if any(x["customer_id"] == p["customer_id"] and x["currency"] == cur and before[x["id"]] > 0 for x in inv):
                bad(pid, "currency-mismatch customer has same-currency invoices")
        if sc.startswith("fee"):
            pass
        history.append((p, l))
    counts = Counter(l["status"] for l in lab)
    if problems:
        print("\n".join(problems[:60]))
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print(f"ok: {len(inv)} invoices, {len(pay)} payments, {dict(counts)}")


if __name__ == "__main__":
    main()
