"""Build the blind cash-application set 378 (east_asia_electronics). Standard library only, seed 378.

Parts beside this file: build_common.py, build_text.py, build_scen.py, build_cases.py, build_cases2.py.
"""
import datetime as dt
import json
import os
import random
import sys
sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_common import SEED, fmt, build_book, rid  # noqa: E402
from build_scen import Gen, Skip  # noqa: E402
import build_cases as A  # noqa: E402
import build_cases2 as B  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "east_asia_electronics")

COUNTS = [
    (A.payer_alias, 40), (A.multi_listed, 32), (A.multi_unlisted, 15), (A.noref_exact, 15),
    (A.part_payment, 20), (A.short_stated, 30), (A.short_unexplained, 15), (A.fx_shortfall, 9),
    (A.overpayment, 14), (A.duplicate, 12), (A.alias_noref, 10), (A.typo_known, 10), (A.typo_null, 6),
    (A.other_customer_ref, 8), (B.same_amount, 10), (B.currency_mismatch, 10), (B.unapplied_known, 12),
    (B.unknown_payer, 8), (B.bad_row, 6),
]
TOTAL = 400


def main():
    rng = random.Random(SEED)
    customers, invoices = build_book(rng)
    g = Gen(rng, customers, invoices)
    g.same_groups = B.plan_same_amount(g, 10)
    g.bad_kinds = ["non_numeric", "negative", "missing_currency", "invalid_currency", "bad_date", "decimals_jpy"]
    rng.shuffle(g.bad_kinds)
    seq = []
    for fn, n in COUNTS:
        seq += [fn] * n
    seq += [A.clean_ref] * (TOTAL - len(seq))
    rng.shuffle(seq)
    # duplicates only make sense once earlier payments have paid invoices
    dups = [f for f in seq if f is A.duplicate]
    rest = [f for f in seq if f is not A.duplicate]
    for f in dups:
        rest.insert(rng.randint(120, len(rest)), f)
    seq = rest

    start, end = dt.date(2026, 3, 2), dt.date(2026, 5, 29)
    days = [start + dt.timedelta(d) for d in range((end - start).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    dates = sorted(rng.choice(days) for _ in range(TOTAL))

    payments, labels = [], []
    pids = set()
    for k, fn in enumerate(seq):
        for attempt in range(200):
            try:
                out = fn(g)
                break
            except Skip:
                if attempt > 60:
                    fn = A.clean_ref
        else:
            raise SystemExit(f"could not build {fn.__name__}")
        pay, lab = out[0], out[1]
        date = out[2] if len(out) > 2 and out[2] else dates[k].isoformat()
        while True:
            pid = rid(rng, "pmt_", 10)
            if pid not in pids:
                pids.add(pid)
                break
        payments.append({"id": pid, "date": date, "amount": pay["amount"], "currency": pay["currency"],
                         "payer_name": pay["payer_name"], "customer_id": pay["customer_id"],
                         "reference": pay["reference"], "remittance": pay["remittance"]})
        lab = {"payment_id": pid, **lab}
        if "error" in lab:
            lab["error"] = lab.pop("error")
        labels.append(lab)

    inv_out = [{"id": i["id"], "number": i["number"], "customer_id": i["customer_id"],
                "customer_name": i["customer_name"], "currency": i["currency"],
                "total": fmt(i["currency"], i["total"]), "balance": fmt(i["currency"], i["balance"]),
                "issue_date": i["issue_date"], "due_date": i["due_date"]} for i in invoices]
    os.makedirs(OUT, exist_ok=True)
    for name, data in (("invoices.json", inv_out), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    counts = {}
    for lab in labels:
        counts[lab["scenario"]] = counts.get(lab["scenario"], 0) + 1
    st = {}
    for lab in labels:
        st[lab["status"]] = st.get(lab["status"], 0) + 1
    print(len(inv_out), "invoices,", len(payments), "payments")
    print(json.dumps(counts, indent=1, sort_keys=True))
    print(st)


if __name__ == "__main__":
    main()
