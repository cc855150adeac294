"""Build blind cash-application set 409 (SE Asian logistics & warehousing). Standard library only, seed 409.

    python3 build.py      -> sea_logistics/invoices.json, payments.json, labels.json

Split over build_customers.py, build_core.py, build_text.py, build_scen.py beside this file.
"""
import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from build_core import build_customers, build_invoices, fmt  # noqa: E402
import build_scen as S  # noqa: E402

SEED = 409
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sea_logistics")

PLAN = {
    "clean_ref_by_name": 14, "clean_remittance": 14, "same_amount_with_ref": 5,
    "multi_listed": 28, "multi_sum_all": 12, "amount_only_unique": 14,
    "part_payment": 16, "part_payment_final": 6,
    "short_bank_fee": 8, "short_wht": 14, "short_discount": 8, "short_damaged": 6, "short_unexplained": 10,
    "short_fx": 8, "short_gateway": 10,
    "overpayment": 12, "duplicate_payment": 10,
    "alias_trading": 5, "alias_parent": 5, "alias_person": 6, "alias_local": 6, "alias_trunc": 8,
    "truncated_ambiguous": 4, "typo_unique": 10, "typo_conflict": 5, "other_customer_ref": 8,
    "same_amount_review": 10, "currency_mismatch": 8, "unapplied_known": 14,
    "unknown_payer_no_fit": 10, "unknown_payer_amount_match": 8, "bad_row": 6,
}
N_PAYMENTS = 400
DEPENDENT = {"part_payment_final", "duplicate_payment"}


def run(st, tok, bad_idx):
    if tok == "clean_ref":
        return S.clean_ref(st)
    if tok in ("clean_ref_by_name", "clean_remittance", "same_amount_with_ref", "multi_listed", "multi_sum_all",
               "amount_only_unique", "part_payment", "part_payment_final", "overpayment", "duplicate_payment",
               "truncated_ambiguous", "typo_unique", "typo_conflict", "other_customer_ref", "same_amount_review",
               "currency_mismatch", "unapplied_known"):
        return getattr(S, tok)(st)
    if tok.startswith("short_"):
        return S.short_pay(st, tok[6:])
    if tok.startswith("alias_"):
        return S.alias(st, tok[6:])
    if tok == "unknown_payer_no_fit":
        return S.unknown_payer(st, False)
    if tok == "unknown_payer_amount_match":
        return S.unknown_payer(st, True)
    if tok == "bad_row":
        return S.bad_row(st, bad_idx)
    raise KeyError(tok)


def main():
    rng = random.Random(SEED)
    custs = build_customers(rng)
    invoices = build_invoices(rng, custs)
    snapshot = [dict(i) for i in invoices]
    st = S.State(rng, custs, invoices)

    tokens = []
    for k, n in PLAN.items():
        tokens += [k] * n
    tokens += ["clean_ref"] * (N_PAYMENTS - len(tokens))
    rng.shuffle(tokens)
    # dependent scenarios need an earlier event: keep them out of the first 120 positions
    head = [t for t in tokens[:120] if t not in DEPENDENT]
    moved = [t for t in tokens[:120] if t in DEPENDENT]
    tail = tokens[120:]
    for t in moved:
        tail.insert(rng.randrange(len(tail) + 1), t)
    tokens = head + tail

    start, end = dt.date(2024, 3, 1), dt.date(2024, 5, 31)
    span = (end - start).days
    dates = sorted(start + dt.timedelta(days=rng.randint(0, span)) for _ in range(N_PAYMENTS))

    payments, labels = [], []
    bad_idx = 0
    for pos, tok in enumerate(tokens):
        res = run(st, tok, bad_idx)
        if res is None:
            tok = "clean_ref"
            res = S.clean_ref(st)
        date = dates[pos].isoformat()
        if tok == "bad_row":
            pay, lab, override = res
            bad_idx += 1
            if override:
                date = override
        else:
            pay, lab = res
        pid = "p-%04d" % (pos + 1)
        payment = dict(id=pid, date=date, amount=pay["amount"], currency=pay["currency"], payer_name=pay["payer_name"],
                       customer_id=pay["customer_id"], reference=pay["reference"], remittance=pay["remittance"])
        label = dict(payment_id=pid)
        label.update(lab)
        if label["scenario"] != tok and not (tok.startswith("short_") or tok.startswith("alias_")):
            label["scenario"] = tok if tok != "clean_ref" else label["scenario"]
        payments.append(payment)
        labels.append(label)

    out_inv = []
    for i in snapshot:
        out_inv.append(dict(id=i["id"], number=i["number"], customer_id=i["customer_id"],
                            customer_name=i["customer_name"], currency=i["currency"],
                            total=fmt(i["currency"], i["total"]), balance=fmt(i["currency"], i["balance"]),
                            issue_date=i["issue_date"], due_date=i["due_date"]))
    os.makedirs(OUT, exist_ok=True)
    for name, obj in (("invoices.json", out_inv), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
    counts = {}
    for l in labels:
        counts[l["scenario"]] = counts.get(l["scenario"], 0) + 1
    st_counts = {}
    for l in labels:
        st_counts[l["status"]] = st_counts.get(l["status"], 0) + 1
    print("invoices", len(out_inv), "payments", len(payments))
    print(json.dumps(st_counts))
    for k in sorted(counts):
        print("  %-28s %d" % (k, counts[k]))


if __name__ == "__main__":
    main()
