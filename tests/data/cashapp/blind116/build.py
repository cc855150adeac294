"""Build blind cash-application set 420 (LatAm industrial chemicals). Standard library only, seed 420.

Parts: build_common.py, build_world.py, build_text.py, build_payments.py, build_scen*.py
"""
import datetime as dt
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_common import rng, fmt                                   # noqa: E402
from build_world import make_customers, make_invoices               # noqa: E402
from build_payments import Gen                                      # noqa: E402
import build_scen as s1                                             # noqa: E402
import build_scen2 as s2                                            # noqa: E402
import build_scen3 as s3                                            # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "latam_chemicals")

PLAN = (
    [("exact", lambda g: s1.exact_ref(g))] * 110 +
    [("ocr", lambda g: s1.exact_ref(g, ocr=True))] * 14 +
    [("multi", s1.multi_remittance)] * 28 +
    [("multisum", s1.multi_sum_no_ref)] * 12 +
    [("amount_only", lambda g: s1.amount_only(g))] * 10 +
    [("typo_applied", lambda g: s1.amount_only(g, typo=True))] * 8 +
    [("part", s2.part_payment)] * 20 +
    [("bank_fee", lambda g: s2.short_deduction(g, "bank_fee"))] * 7 +
    [("withholding", lambda g: s2.short_deduction(g, "withholding"))] * 10 +
    [("detraccion", lambda g: s2.short_deduction(g, "detraccion"))] * 5 +
    [("discount", lambda g: s2.short_deduction(g, "discount"))] * 7 +
    [("damaged", lambda g: s2.short_deduction(g, "damaged"))] * 5 +
    [("short_unexpl", lambda g: s2.short_unexplained(g))] * 12 +
    [("fx", lambda g: s2.short_unexplained(g, fx=True))] * 8 +
    [("overpay", s2.overpayment)] * 14 +
    [("payer_%s" % k, (lambda k: lambda g: s3.payer_differs(g, k))(k))
     for k in ["trading", "parent", "person", "translit", "truncated"] * 6][:28] +
    [("unknown_amount", s3.unknown_amount_match)] * 7 +
    [("typo_null", s3.typo_review_null)] * 6 +
    [("typo_conflict", s3.typo_conflict)] * 8 +
    [("other_cust", s3.other_customer_ref)] * 8 +
    [("same_review", lambda g: s3.same_amount(g, False))] * 10 +
    [("same_ref", lambda g: s3.same_amount(g, True))] * 5 +
    [("ccy", s3.currency_mismatch)] * 11 +
    [("unapplied", s3.unapplied_known)] * 10 +
    [("unknown", s3.review_unknown)] * 8 +
    [("bad%d" % k, (lambda k: lambda g: s3.bad_row(g, k))(k)) for k in range(7)]
)
DEPENDENT = ([("part_rest", s2.part_followup)] * 8 + [("detr_dep", s2.detraccion_deposit)] * 4 +
             [("dup", s2.duplicate)] * 10)


def main():
    customers = make_customers()
    invoices = make_invoices(customers)
    g = Gen(customers, invoices)
    g.used_small = set()
    initial = [dict(i) for i in invoices]          # snapshot after pair setup, before payments
    plan = list(PLAN)
    rng.shuffle(plan)
    n_total = len(plan) + len(DEPENDENT)
    for d in DEPENDENT:
        plan.insert(rng.randint(int(0.4 * len(plan)), len(plan)), d)
    assert len(plan) == 400, len(plan)
    for name, fn in plan:
        if not fn(g):
            print("fallback to exact for", name, file=sys.stderr)
            assert s1.exact_ref(g)
    assert len(g.out) == 400
    # dates: oldest first
    start = dt.date(2026, 3, 2)
    days = sorted(rng.randint(0, 59) for _ in range(400))
    payments, labels = [], []
    for (p, lab), d in zip(g.out, days):
        bad = p.pop("_baddate", None)
        p["date"] = bad or (start + dt.timedelta(days=d)).isoformat()
        payments.append({k: p[k] for k in ("id", "date", "amount", "currency", "payer_name", "customer_id",
                                           "reference", "remittance")})
        labels.append(lab)
    inv_out = []
    for i in initial:
        inv_out.append({"id": i["id"], "number": i["number"], "customer_id": i["customer_id"],
                        "customer_name": i["customer_name"], "currency": i["currency"],
                        "total": fmt(i["total"], i["currency"]), "balance": fmt(i["balance"], i["currency"]),
                        "issue_date": i["issue_date"], "due_date": i["due_date"]})
    rng.shuffle(inv_out)
    os.makedirs(OUT, exist_ok=True)
    for name, obj in (("invoices", inv_out), ("payments", payments), ("labels", labels)):
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
    print("invoices", len(inv_out), "payments", len(payments))
    for k, v in sorted(Counter(l["scenario"] for l in labels).items()):
        print("  %-34s %d" % (k, v))
    print(Counter(l["status"] for l in labels))
    print(Counter(p["currency"] for p in payments))


if __name__ == "__main__":
    main()
