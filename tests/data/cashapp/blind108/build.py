"""Build the blind cash-application set 392 (nordic_seafood_export). Standard library only, seed 392.

Parts: b1_common.py (constants, parser), b2_invoices.py (ledger), b3_state.py (state, text),
b4_scenarios.py (one generator per scenario). This file schedules scenarios and writes the JSON.
"""
import json
import os
import random
import datetime as dt
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from b1_common import SEED, fmt  # noqa: E402
from b2_invoices import build_invoices  # noqa: E402
from b3_state import State  # noqa: E402
from b4_scenarios import GENERATORS  # noqa: E402

COUNTS = {
    "exact_ref": 141, "multi_listed": 31, "multi_unlisted_sum": 12, "multi_unlisted_ambiguous": 5,
    "no_ref_unique_amount": 10, "part_payment": 16, "short_pay_stated": 24, "short_pay_multi": 4,
    "short_unexplained": 10, "fx_shortfall": 8, "overpayment": 14, "duplicate_payment": 10,
    "payer_alias_ref": 35, "payer_unknown_noref": 10, "typo_unique_amount": 8, "typo_conflict": 6,
    "wrong_customer_ref": 8, "same_amount_multiple": 10, "currency_mismatch": 10, "no_fit_known": 14,
    "unknown_payer": 8, "bad_row": 6,
}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nordic_seafood_export")


def schedule(rng):
    sl = [k for k, v in COUNTS.items() for _ in range(v)]
    assert len(sl) == 400, len(sl)
    rng.shuffle(sl)
    for i in range(len(sl)):   # second payments only after the first ones have happened
        if sl[i] == "duplicate_payment" and i < 160:
            j = rng.randrange(160, 400)
            while sl[j] == "duplicate_payment":
                j = rng.randrange(160, 400)
            sl[i], sl[j] = sl[j], sl[i]
    return sl


def pay_dates(rng):
    day, days = dt.date(2025, 2, 3), []
    while day <= dt.date(2025, 3, 31):
        if day.weekday() < 5:
            days.append(day.isoformat())
        day += dt.timedelta(days=1)
    return sorted(rng.choice(days) for _ in range(400))


def main():
    rng = random.Random(SEED)
    invoices = build_invoices(rng)
    st = State(invoices)
    slots = schedule(rng)
    dates = pay_dates(rng)
    payments, labels = [], []
    for n, (scen, date) in enumerate(zip(slots, dates), 1):
        pid = "pmt-392-%04d" % n
        for attempt in range(60):
            r = GENERATORS[scen](rng, st, date)
            if r is None:
                continue
            p = r["pay"]
            if set(st.refs(p["reference"], p["remittance"])) != set(r["refs"]):
                continue
            break
        else:
            raise SystemExit("could not build %s for %s" % (scen, pid))
        cur = p["currency"]
        bad = scen == "bad_row"
        pay = {"id": pid, "date": r.get("bad_date") or date,
               "amount": p["amount"] if bad else fmt(p["amount"], cur), "currency": cur,
               "payer_name": p["payer_name"], "customer_id": p["customer_id"],
               "reference": p["reference"], "remittance": p["remittance"]}
        lab = {"payment_id": pid, "status": r["status"],
               "applications": [{"invoice_id": i, "amount": fmt(a, cur)} for i, a in r["apps"]],
               "unapplied": None if bad else fmt(p["amount"] - sum(a for _, a in r["apps"]), cur),
               "short_pay": None if not r["short"] else {"invoice_id": r["short"][0],
                                                         "amount": fmt(r["short"][1], cur),
                                                         "reason": r["short"][2]},
               "candidates": [{"invoice_ids": c} for c in r["cands"]],
               "reason": r["reason"], "scenario": scen, "note": r["note"]}
        if bad:
            lab["error"] = r["error"]
        else:
            assert r["status"] == "review" or p["amount"] - sum(a for _, a in r["apps"]) == r["unapplied"], (pid, scen)
            st.apply(r["apps"])
            if scen == "exact_ref" and p["customer_id"]:
                iid, amt = r["apps"][0]
                st.paid_in_batch.append((iid, amt, cur, p["reference"], pid))
        payments.append(pay)
        labels.append(lab)
    os.makedirs(OUT, exist_ok=True)
    for name, obj in (("invoices.json", invoices), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("invoices %d, payments %d" % (len(invoices), len(payments)))


if __name__ == "__main__":
    main()
