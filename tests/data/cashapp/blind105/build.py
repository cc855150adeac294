"""Build the blind cash-application set 381 (US healthcare staffing). Standard library only, seed 381.

    python3 build.py   ->  us_healthcare_staffing/{invoices,payments,labels}.json
"""
import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build_scen as S  # noqa: E402
from build_book import make_customers, make_invoices  # noqa: E402
from build_common import SEED, fmt, norm_name  # noqa: E402
from build_pay import Gen  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "us_healthcare_staffing")

PLAN = [
    ("clean", 114, S.clean_ref),
    ("multi", 35, S.multi_listed),
    ("sumall", 12, S.sum_all_unlisted),
    ("exact", 20, S.exact_no_ref),
    ("part", 15, S.part_stated),
    ("ded_card", 8, lambda g, d: S.short_deduction(g, d, "card")),
    ("ded_bank", 7, lambda g, d: S.short_deduction(g, d, "bank")),
    ("ded_disc", 6, lambda g, d: S.short_deduction(g, d, "discount")),
    ("ded_wht", 4, lambda g, d: S.short_deduction(g, d, "withholding")),
    ("ded_disp", 5, lambda g, d: S.short_deduction(g, d, "disputed")),
    ("fx", 8, lambda g, d: S.short_deduction(g, d, "fx")),
    ("unexpl", 10, S.short_unexplained),
    ("over", 12, S.overpay),
    ("dup", 10, S.duplicate),
    ("nd_parent", 10, lambda g, d: S.name_differs_ref(g, d, "parent")),
    ("nd_trading", 5, lambda g, d: S.name_differs_ref(g, d, "trading")),
    ("nd_person", 5, lambda g, d: S.name_differs_ref(g, d, "person")),
    ("nd_translit", 5, lambda g, d: S.name_differs_ref(g, d, "translit")),
    ("nd_trunc", 5, lambda g, d: S.name_differs_ref(g, d, "truncated")),
    ("nd_noref", 10, S.name_differs_noref),
    ("nullname", 8, S.null_exact_name),
    ("typo", 10, S.typo_exact),
    ("typo_mis", 6, S.typo_mismatch),
    ("othercust", 8, S.other_cust_ref),
    ("same_noref", 10, S.same_amount_noref),
    ("same_ref", 5, S.same_amount_ref),
    ("curr", 8, S.currency_mismatch),
    ("nothing", 12, S.fits_nothing),
    ("unknown", 10, S.unknown_payer),
    ("unk_ref", 6, S.unknown_ref_mismatch),
    ("multi_short", 5, S.multi_short_unalloc),
    ("bad", 6, None),
]

BAD = [
    ("amount", "N/A", "amount is not a number"),
    ("amount", "-1250.00", "amount is negative"),
    ("currency", None, "currency missing"),
    ("currency", "US$", "currency is not an ISO 4217 code"),
    ("date", "2026-02-30", "date is not a valid calendar date"),
    ("amount", "4,8I2.50", "amount is not a number"),
]


def business_days(rng, n):
    d, end, days = dt.date(2026, 2, 2), dt.date(2026, 4, 30), []
    while d <= end:
        if d.weekday() < 5:
            days.append(d)
        d += dt.timedelta(days=1)
    return sorted(rng.choice(days).isoformat() for _ in range(n))


def main():
    rng = random.Random(SEED)
    customers = make_customers(rng)
    invoices = make_invoices(rng, customers)
    g = Gen(rng, customers, invoices)
    order = [name for name, k, _ in PLAN for _ in range(k)]
    assert len(order) == 400, len(order)
    rng.shuffle(order)
    # a second payment needs an earlier full payment: keep duplicates out of the first 120 rows
    for i in range(120):
        if order[i] == "dup":
            j = next(j for j in range(len(order) - 1, 119, -1) if order[j] != "dup")
            order[i], order[j] = order[j], order[i]
    fns = {name: fn for name, _, fn in PLAN}
    dates = business_days(rng, 400)
    payments, labels, bad_i = [], [], 0
    for idx, name in enumerate(order):
        date = dates[idx]
        if name == "bad":
            field, value, err = BAD[bad_i]
            bad_i += 1
            c = rng.choice(g.custs(*S.MAIN))
            inv = rng.choice(g.pool(c["id"], c["currency"]))
            p = g.payment(date, g.bal[inv["id"]], c["currency"], g.known_payer(c), c["id"], inv["number"], None)
            p[field] = value
            pl, lab = p, {"payment_id": p["id"], "status": "review", "applications": [], "unapplied": None,
                          "short_pay": None, "candidates": [], "reason": f"bad payment row: {err}",
                          "scenario": "bad_row", "note": f"{field} = {value!r}", "error": err}
        else:
            for _ in range(30):
                n_before = g.n
                out = fns[name](g, date)
                if out:
                    break
                g.n = n_before
            else:
                raise SystemExit(f"could not build {name} at row {idx}")
            pl, lab = out
        payments.append(pl)
        labels.append(lab)
    norms = {norm_name(c["name"]) for c in customers}
    for p in payments:
        if p["customer_id"] is None:
            assert norm_name(p["payer_name"]) not in norms or labels[payments.index(p)]["scenario"] in (
                "customer_id_null_name_matches", "multi_invoice_exact_sum_unlisted"), p
    os.makedirs(OUT, exist_ok=True)
    inv_out = [{"id": i["id"], "number": i["number"], "customer_id": i["customer_id"],
                "customer_name": i["customer_name"], "currency": i["currency"], "total": fmt(i["total"]),
                "balance": fmt(i["balance"]), "issue_date": i["issue_date"], "due_date": i["due_date"]}
               for i in sorted(invoices, key=lambda i: i["_seq"])]
    for fname, data in (("invoices.json", inv_out), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1, ensure_ascii=False)
            f.write("\n")
    counts = {}
    for lab in labels:
        counts[lab["scenario"]] = counts.get(lab["scenario"], 0) + 1
    st = {}
    for lab in labels:
        st[lab["status"]] = st.get(lab["status"], 0) + 1
    print(f"{len(inv_out)} invoices, {len(payments)} payments")
    for k in sorted(counts):
        print(f"  {k:40s} {counts[k]}")
    print(st)


if __name__ == "__main__":
    main()
