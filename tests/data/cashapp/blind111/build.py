"""Build blind set 403 (na_it_services). Standard library only, seed 403.

    python3 build.py      -> na_it_services/{invoices,payments,labels}.json
"""
import json
import os
import sys
from collections import Counter
from datetime import date, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_common import rng, fmt, d2s                       # noqa: E402
from build_ledger import make_customers, make_invoices          # noqa: E402
import build_scen as S1                                         # noqa: E402
import build_scen2 as S2                                        # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "na_it_services")

PLAN = [
    ("exact_ref", S1.s_exact_ref, 140),
    ("multi_invoice_listed", S1.s_multi_ref, 30),
    ("multi_invoice_unlisted_sum", S1.s_multi_sum, 15),
    ("amount_only_unique", S1.s_amount_only, 10),
    ("part_payment", S1.s_part_payment, 20),
    ("short_pay_stated", S1.s_short_stated, 30),
    ("short_pay_unexplained", S1.s_short_unexplained, 10),
    ("short_pay_no_reference", S2.s_short_noref, 5),
    ("fx_shortfall", S1.s_fx_short, 10),
    ("overpayment", S1.s_overpay, 12),
    ("duplicate_payment", S1.s_duplicate, 10),
    ("payer_name_differs", S2.s_name_differs, 30),
    ("typo_in_number", S2.s_typo, 15),
    ("other_customer_reference", S2.s_other_customer, 8),
    ("same_amount_several_invoices", S2.s_same_amount, 14),
    ("currency_mismatch", S2.s_currency, 8),
    ("no_fit_known_customer", S1.s_no_fit, 15),
    ("unknown_payer", S2.s_unknown, 12),
    ("bad_row", None, 6),
]


def payment_dates(n):
    days = []
    d = date(2024, 4, 1)
    while d <= date(2024, 6, 28):
        if d.weekday() < 5:
            days.append(d)
        d += timedelta(days=1)
    return sorted(rng.choice(days) for _ in range(n))


def main():
    custs = make_customers()
    invs = make_invoices(custs)
    start_bal = {i["id"]: i["bal"] for i in invs}
    st = S1.State(custs, invs)

    slots = []
    for name, fn, n in PLAN:
        if name != "duplicate_payment":
            slots += [name] * n
    rng.shuffle(slots)
    for _ in range(10):
        slots.insert(rng.randint(170, len(slots)), "duplicate_payment")
    fns = {name: fn for name, fn, _ in PLAN}
    dates = payment_dates(len(slots))

    payments, labels, counts = [], [], Counter()
    bad_k = 0
    for k, (name, d) in enumerate(zip(slots, dates)):
        res = None
        if name == "bad_row":
            res = S2.s_bad(st, d, bad_k)
            bad_k += 1
        else:
            for _ in range(400):
                res = fns[name](st, d)
                if res:
                    break
            if not res:
                print("fallback for", name, file=sys.stderr)
                name = "exact_ref"
                while not res:
                    res = S1.s_exact_ref(st, d)
        p, lab = res
        pid = "pmt-403-%04d" % (k + 1)
        bad = p.pop("_bad", None)
        payment = {"id": pid, "date": d2s(d), "amount": p["amount"], "currency": p["currency"],
                   "payer_name": p["payer_name"], "customer_id": p["customer_id"],
                   "reference": p["reference"], "remittance": p["remittance"]}
        if bad:
            payment[bad[0]] = bad[1]
        out = {"payment_id": pid, "status": lab["status"],
               "applications": [{"invoice_id": i["id"], "amount": fmt(a)} for i, a in lab["apps"]],
               "unapplied": fmt(lab["unapplied"]),
               "short_pay": None if not lab["short"] else {"invoice_id": lab["short"]["inv"]["id"],
                                                          "amount": fmt(lab["short"]["amount"]),
                                                          "reason": lab["short"]["reason"]},
               "candidates": [{"invoice_ids": [i["id"] for i in s], "total": fmt(sum(i["bal"] for i in s))}
                              for s in lab["cands"]],
               "reason": lab["reason"], "scenario": name, "note": lab["note"]}
        if "error" in lab:
            out["error"] = lab["error"]
        # apply to the ledger
        for i, a in lab["apps"]:
            assert 0 < a <= i["bal"], (pid, name)
            i["bal"] -= a
        if lab["status"] == "applied" and len(lab["apps"]) == 1 and lab["apps"][0][0]["bal"] == 0:
            inv = lab["apps"][0][0]
            st.paid.append((inv, lab["apps"][0][1], st.cust[inv["cust"]]))
        payments.append(payment)
        labels.append(out)
        counts[name] += 1

    invoices = [{"id": i["id"], "number": i["number"], "customer_id": i["cust"], "customer_name": i["cname"],
                 "currency": i["currency"], "total": fmt(i["total"]), "balance": fmt(start_bal[i["id"]]),
                 "issue_date": d2s(i["issue"]), "due_date": d2s(i["due"])} for i in invs]
    rng.shuffle(invoices)
    os.makedirs(OUT, exist_ok=True)
    for fn, data in (("invoices.json", invoices), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1, ensure_ascii=False)
            f.write("\n")
    print("invoices", len(invoices), "payments", len(payments))
    for name, n in sorted(counts.items()):
        print("  %-32s %d" % (name, n))
    print("statuses", dict(Counter(l["status"] for l in labels)))


if __name__ == "__main__":
    main()
