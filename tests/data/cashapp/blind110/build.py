"""Build blind cash-application set 402 (turkey_bangladesh_textiles). Standard library only, seed 402.

Parts: b_common.py (formats, number and name rules), b_customers.py (catalogue), b_text.py (bank texts),
b_world.py (invoices), b_scen.py (scenarios)."""
import json, os, random, sys, datetime as dt
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import b_scen as S
from b_world import World

PLAN = [
    ("exact_ref", 119, lambda c, p, d: S.s_exact_ref(c, p, d)),
    ("same_amount_ref_decides", 6, S.s_same_amount_ref),
    ("payer_name_transliterated", 12, S.s_translit),
    ("payer_name_truncated", 13, S.s_truncated),
    ("payer_alias_ref_exact", 15, S.s_alias_ref),
    ("payer_alias_no_ref", 10, S.s_alias_noref),
    ("multi_invoice_remittance", 25, S.s_multi_remit),
    ("multi_invoice_exact_sum", 12, S.s_multi_sum),
    ("single_exact_amount_no_ref", 15, S.s_single_amount),
    ("part_payment", 25, S.s_part),
    ("short_pay_bank_charges", 14, lambda c, p, d: S.s_short(c, p, d, "bank_charges")),
    ("short_pay_withholding_tax", 7, lambda c, p, d: S.s_short(c, p, d, "withholding_tax")),
    ("short_pay_early_payment_discount", 6, lambda c, p, d: S.s_short(c, p, d, "early_payment_discount")),
    ("short_pay_damaged_goods", 6, lambda c, p, d: S.s_short(c, p, d, "damaged_goods")),
    ("short_pay_late_shipment", 7, lambda c, p, d: S.s_short(c, p, d, "late_shipment")),
    ("fx_shortfall", 8, lambda c, p, d: S.s_short(c, p, d, "fx_difference")),
    ("short_pay_unexplained", 10, lambda c, p, d: S.s_short(c, p, d, "unexplained")),
    ("multi_invoice_short_unallocated", 4, S.s_multi_short),
    ("overpayment", 12, S.s_over),
    ("duplicate_payment", 10, S.s_duplicate),
    ("typo_number_nonexistent", 6, S.s_typo_nonexistent),
    ("typo_number_conflict", 6, S.s_typo_conflict),
    ("reference_other_customer", 8, S.s_other_cust),
    ("same_amount_ambiguous", 12, S.s_same_amount),
    ("currency_mismatch", 8, S.s_cur_mismatch),
    ("known_customer_no_fit", 10, S.s_fits_nothing),
    ("unknown_payer_no_fit", 8, S.s_unknown),
    ("bad_row", 6, None),
]

def main():
    rng = random.Random(402)
    world = World(rng)
    ctx = S.Ctx(world, rng)
    seq = []
    for name, n, fn in PLAN:
        seq += [(name, fn)] * n
    assert len(seq) == 400, len(seq)
    rng.shuffle(seq)
    # duplicates need an earlier full payment: keep them out of the first 80 rows
    dups = [x for x in seq if x[0] == "duplicate_payment"]
    rest = [x for x in seq if x[0] != "duplicate_payment"]
    for x in dups:
        rest.insert(rng.randint(80, len(rest)), x)
    seq = rest
    start = dt.date(2026, 10, 1)
    dates = sorted(start + dt.timedelta(days=rng.randint(0, 55)) for _ in range(400))
    invoices_out = world.export_invoices()  # snapshot before any payment
    payments, labels = [], []
    bad_k = 0
    for idx, (name, fn) in enumerate(seq):
        pid = "pay-%04d" % (idx + 1)
        date = dates[idx].isoformat()
        res = None
        for attempt in range(400):
            res = S.s_bad(ctx, pid, date, bad_k) if name == "bad_row" else fn(ctx, pid, date)
            if res:
                break
        if not res:
            raise SystemExit("could not build %s at %s" % (name, pid))
        if name == "bad_row":
            bad_k += 1
        p, lab, apps = res
        assert lab["scenario"] == name, (lab["scenario"], name)
        for inv, a in apps:
            assert 0 < a <= inv["bal"]
            inv["bal"] -= a
        payments.append(p)
        labels.append(lab)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "turkey_bangladesh_textiles")
    os.makedirs(out, exist_ok=True)
    for fn, data in (("invoices.json", invoices_out), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(out, fn), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
    from collections import Counter
    print(len(invoices_out), "invoices;", len(payments), "payments")
    for k, v in sorted(Counter(l["scenario"] for l in labels).items()):
        print("  %-34s %d" % (k, v))
    print(Counter(l["status"] for l in labels))

if __name__ == "__main__":
    main()
