#!/usr/bin/env python3
"""Build blind cash-application set 388 (latam_auto_parts). Standard library only, seed 388.

Parts: b_common.py (customers, formats, spellings), b_invoices.py (open invoices),
b_text.py (bank references, remittances), b_scen.py (scenario generators), check.py (decision rules).
Every generated payment is drafted with its intended label by a scenario generator; the draft is kept
only if the written decision rules (check.decide) reach the same label, otherwise the generator tries again.
"""
import datetime
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import check  # noqa: E402
from b_common import SEED, fmt  # noqa: E402
from b_invoices import make_customers, make_invoices  # noqa: E402
import b_scen as S  # noqa: E402

COUNTS = {
    "exact_ref": 110, "name_variant_ref": 26, "multi_listed": 32, "multi_unlisted": 15, "amount_only": 14,
    "part_payment": 20, "short_deduction": 40, "short_unexplained": 12, "fx_shortfall": 8, "overpayment": 15,
    "duplicate_payment": 10, "typo_unique": 10, "typo_conflict": 6, "other_customer_ref": 8, "same_amount": 10,
    "currency_mismatch": 8, "unapplied_known": 14, "unknown_nomatch": 8, "unknown_amount": 10,
    "unknown_ref_mismatch": 6, "multi_short_unclear": 6, "near_miss": 6, "bad_row": 6,
}
N_PAY = 400


def payment_dates(rng, n):
    start = datetime.date(2025, 3, 17)
    days = []
    d = start
    while len(days) < 75:
        if d.weekday() < 5:
            days.append(d)
        d += datetime.timedelta(days=1)
    return sorted(rng.choice(days).isoformat() for _ in range(n))


def corrupt(rng, pay, err):
    if err == "non_numeric_amount":
        v = pay["amount"]
        pay["amount"] = rng.choice([v.replace("0", "O", 1) if "0" in v else v + "O", "N/D", f"{int(float(v)):,}.00",
                                    "", "12,5OO.00"])
        if pay["amount"] == v:
            pay["amount"] = "N/D"
        return f"non_numeric_amount: amount {pay['amount']!r} is not a decimal number"
    if err == "negative_amount":
        pay["amount"] = "-" + pay["amount"]
        return f"negative_amount: amount {pay['amount']} is negative"
    if err == "missing_currency":
        pay["currency"] = None
        return "missing_currency: currency is null"
    if err == "invalid_currency":
        pay["currency"] = rng.choice(["MXP", "US$", "SOL", "PESOS"])
        return f"invalid_currency: {pay['currency']!r} is not an ISO 4217 code this ledger uses"
    if err == "malformed_date":
        y, m, d = pay["date"].split("-")
        pay["date"] = rng.choice([f"{d}/{m}/{y}", f"{y}-{m}-31" if m in ("04", "06") else f"{y}-02-30", f"{y}{m}{d}"])
        return f"malformed_date: date {pay['date']!r} is not a valid YYYY-MM-DD date"
    raise ValueError(err)


def main():
    rng = random.Random(SEED)
    customers = make_customers(rng)
    invs, dup_groups, dup_ids = make_invoices(rng, customers)
    inv_json = [{"id": i["id"], "number": i["number"], "customer_id": i["customer_id"], "customer_name": i["customer_name"],
                 "currency": i["currency"], "total": fmt(i["total"], i["currency"]), "balance": fmt(i["balance"], i["currency"]),
                 "issue_date": i["issue_date"], "due_date": i["due_date"]} for i in invs]
    names = Counter(check.norm_name(c["name"]) for c in customers)
    assert max(names.values()) == 1, "customer names collide after normalisation"
    ctx = S.Ctx(rng, customers, inv_json, dup_ids)

    slots = [s for s, n in COUNTS.items() for _ in range(n)]
    assert len(slots) == N_PAY, len(slots)
    rng.shuffle(slots)
    for i, s in enumerate(slots):              # second payments need a first payment earlier in the file
        if s == "duplicate_payment" and i < 90:
            j = next(j for j in range(90, N_PAY) if slots[j] != "duplicate_payment")
            slots[i], slots[j] = slots[j], slots[i]
    dates = payment_dates(rng, N_PAY)
    gens = {"exact_ref": S.s_exact_ref, "name_variant_ref": S.s_name_variant_ref, "multi_listed": S.s_multi_listed,
            "multi_unlisted": S.s_multi_unlisted, "amount_only": S.s_amount_only, "part_payment": S.s_part_payment,
            "short_deduction": S.s_short_deduction, "short_unexplained": S.s_short_unexplained,
            "fx_shortfall": S.s_fx_shortfall, "overpayment": S.s_overpayment, "duplicate_payment": S.s_duplicate,
            "typo_unique": S.s_typo_unique, "typo_conflict": S.s_typo_conflict,
            "other_customer_ref": S.s_other_customer_ref, "same_amount": lambda c: S.s_same_amount(c, dup_groups),
            "currency_mismatch": S.s_currency_mismatch, "unapplied_known": S.s_unapplied_known,
            "unknown_nomatch": S.s_unknown_nomatch, "unknown_amount": S.s_unknown_amount,
            "unknown_ref_mismatch": S.s_unknown_ref_mismatch, "multi_short_unclear": S.s_multi_short_unclear,
            "near_miss": S.s_near_miss}
    payments, labels = [], []
    rejected = Counter()
    nbad = 0
    for k, (scen, date) in enumerate(zip(slots, dates)):
        ctx.date = date
        pid = f"pay-388-{k + 1:04d}"
        for attempt in range(400):
            d = S.s_bad_row(ctx, nbad) if scen == "bad_row" else gens[scen](ctx)
            if d is None:
                rejected[scen] += 1
                continue
            cur = d["currency"]
            pay = {"id": pid, "date": date, "amount": fmt(d["amount"], cur), "currency": cur,
                   "payer_name": d["payer_name"], "customer_id": d["customer_id"], "reference": d["reference"],
                   "remittance": d["remittance"]}
            book = ctx.book
            if scen == "bad_row":
                err = corrupt(rng, pay, d["corrupt"])
                lab = {"payment_id": pid, "status": "review", "applications": [], "unapplied": None, "short_pay": None,
                       "candidates": [], "reason": "payment row is invalid: " + err.split(": ", 1)[1],
                       "scenario": scen, "note": d["note"], "error": err}
                want = {"status": "review", "applications": [], "unapplied": None, "short_pay": None, "candidates": []}
            else:
                apps = sorted(d["apps"], key=lambda a: book.key(a[0]))
                cands = check.rank(book, d["cands"]) if d["status"] == "review" else []
                unapplied = d["amount"] if d["status"] == "review" else d["unapplied"]
                sp = d["short"]
                lab = {"payment_id": pid, "status": d["status"],
                       "applications": [{"invoice_id": x, "amount": fmt(a, cur)} for x, a in apps],
                       "unapplied": fmt(unapplied, cur),
                       "short_pay": None if sp is None else {"invoice_id": sp[0], "amount": fmt(sp[1], cur), "reason": sp[2]},
                       "candidates": cands, "reason": d["reason"], "scenario": scen, "note": d["note"]}
                want = {"status": d["status"], "applications": sorted(apps), "unapplied": unapplied,
                        "short_pay": sp, "candidates": [sorted(x) for x in cands]}
            got, _ = check.decide(book, pay)
            got_cmp = {"status": got["status"], "applications": sorted(got["applications"]), "unapplied": got["unapplied"],
                       "short_pay": got["short_pay"], "candidates": [sorted(x) for x in got["candidates"]]}
            if got_cmp != want:
                rejected[scen] += 1
                continue
            if scen == "bad_row":
                nbad += 1
            for x, a in got["applications"]:
                book.bal[x] -= a
                if book.bal[x] == 0:
                    ctx.paid.append((x, a))
            payments.append(pay)
            labels.append(lab)
            break
        else:
            raise SystemExit(f"could not generate {scen} at slot {k}")
    out = os.path.join(HERE, "latam_auto_parts")
    os.makedirs(out, exist_ok=True)
    for name, data in (("invoices.json", inv_json), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(inv_json), "invoices,", len(payments), "payments")
    print("scenarios:", dict(Counter(l["scenario"] for l in labels)))
    print("statuses:", dict(Counter(l["status"] for l in labels)))
    print("currencies:", dict(Counter(p["currency"] for p in payments)))
    print("rejected drafts:", dict(rejected))


if __name__ == "__main__":
    main()
