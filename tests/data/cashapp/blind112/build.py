#!/usr/bin/env python3
"""build.py - blind cash-application set 406: DACH medical-devices distributor.

Standard library only, seed 406. Parts beside this file:
  build_customers.py  customers and payer-name variants
  build_invoices.py   open invoices
  build_text.py       bank texts, reference spellings, RF / QR / ESR references
  build_scenarios*.py one generator per scenario
Each generated payment is checked against the decision rules (check.solve) on
the balances left by earlier payments; a draw whose rule outcome differs from
the scenario's intent (e.g. an accidental second combination with the same
sum) is discarded and redrawn.
"""
import json
import os
import random
import sys
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from check import Book, solve, same_label, fmt, check_all           # noqa: E402
from build_customers import make_customers                          # noqa: E402
from build_invoices import make_invoices                            # noqa: E402
from build_scenarios import Skip                                    # noqa: E402
from build_scenarios3 import Gen3                                   # noqa: E402

SEED = 406
RETRIES = {}
OUT = os.path.join(HERE, "dach_medical_devices")

PLAN = [
    ("exact_ref", 95, lambda g: g.exact_ref()),
    ("exact_structured_ref", 50, lambda g: g.exact_structured()),
    ("multi_listed", 35, lambda g: g.multi_listed()),
    ("multi_unlisted_exact_sum", 15, lambda g: g.multi_unlisted()),
    ("single_unlisted_unique_amount", 15, lambda g: g.single_unlisted()),
    ("part_payment", 15, lambda g: g.part_payment()),
    ("short_pay_stated", 25, lambda g: g.short_stated()),
    ("short_pay_unexplained", 10, lambda g: g.short_unexplained()),
    ("fx_shortfall", 8, lambda g: g.short_unexplained(fx=True)),
    ("overpayment", 12, lambda g: g.overpayment()),
    ("duplicate_payment", 10, lambda g: g.duplicate()),
    ("payer_name_variant", 25, lambda g: g.payer_variant()),
    ("purchasing_group", 8, lambda g: g.purchasing_group()),
    ("typo_known_customer", 10, lambda g: g.typo(True)),
    ("typo_unknown_payer", 5, lambda g: g.typo(False)),
    ("other_customers_invoice", 8, lambda g: g.other_customer()),
    ("same_amount_several_open", 10, lambda g: g.same_amount()),
    ("currency_mismatch", 8, lambda g: g.currency_mismatch()),
    ("unknown_payer", 10, lambda g: g.unknown_payer()),
    ("known_customer_no_fit", 8, lambda g: g.known_nofit()),
    ("payer_variant_amount_differs", 5, lambda g: g.payer_variant(wrong_amount=True)),
    ("multi_listed_short", 5, lambda g: g.multi_listed(short=True)),
]
BAD = ["negative", "negative", "german_amount", "ocr_amount", "no_currency", "bad_currency", "bad_date", "bad_date"]


def to_label(pid, scen, lab):
    out = {"payment_id": pid, "status": lab["status"],
           "applications": [{"invoice_id": k, "amount": fmt(a)} for k, a in lab["apps"]],
           "unapplied": fmt(lab["unapplied"]),
           "short_pay": None if not lab["short"] else {"invoice_id": lab["short"][0], "amount": fmt(lab["short"][1]),
                                                       "reason": lab["short"][2]},
           "candidates": [{"invoice_ids": c} for c in lab["cands"]][:5],
           "reason": lab["reason"], "scenario": scen, "note": lab["note"]}
    if "error" in lab:
        out["error"] = lab["error"]
    return out


def business_days(rng, n):
    days = []
    d = date(2025, 1, 6)
    while d <= date(2025, 3, 31):
        if d.weekday() < 5:
            days.append(d)
        d += timedelta(days=1)
    return sorted(rng.choice(days) for _ in range(n))


def main():
    rng = random.Random(SEED)
    customers = make_customers(rng)
    invoices = make_invoices(rng, customers)
    book = Book(invoices)
    gen = Gen3(rng, book, customers)

    order = []
    for name, n, fn in PLAN:
        order += [(name, fn)] * n
    order += [("bad_row", (lambda k: (lambda g: g.bad_row(k)))(k)) for k in BAD]
    rng.shuffle(order)
    # second payments need something paid earlier: keep them out of the first 100
    dups = [o for o in order if o[0] == "duplicate_payment"]
    rest = [o for o in order if o[0] != "duplicate_payment"]
    for d in dups:
        rest.insert(rng.randint(100, len(rest)), d)
    order = rest

    dates = business_days(rng, len(order))
    payments, labels = [], []
    pid_n = 250000 + rng.randint(0, 999)
    for n, (scen, fn) in enumerate(order):
        pid_n += rng.randint(1, 9)
        pid = "ZE%07d" % pid_n
        for attempt in range(200):
            try:
                p, lab = fn(gen)
            except Skip:
                continue
            pay = {"id": pid, "date": p.pop("date", dates[n].isoformat())}
            pay.update(p)
            pay = {k: pay[k] for k in ("id", "date", "amount", "currency", "payer_name", "customer_id",
                                       "reference", "remittance")}
            label = to_label(pid, scen, lab)
            if not same_label(solve(book, pay), label):
                RETRIES[scen] = RETRIES.get(scen, 0) + attempt
                break
        else:
            raise SystemExit("could not generate %s at %d" % (scen, n))
        for a in label["applications"]:
            if book.bal[a["invoice_id"]] == int(a["amount"].replace(".", "")):
                gen.paid_in_batch.append((a["invoice_id"], int(a["amount"].replace(".", ""))))
        book.apply(label)
        payments.append(pay)
        labels.append(label)

    os.makedirs(OUT, exist_ok=True)
    for name, obj in (("invoices.json", invoices), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
    problems = check_all(invoices, payments, labels)
    print("invoices %d payments %d problems %d" % (len(invoices), len(payments), len(problems)))
    print("redraws per scenario:", {k: v for k, v in sorted(RETRIES.items()) if v})


if __name__ == "__main__":
    main()
