"""Build the blind cash-application set `ce_building_materials` (seed 395, standard library only).

Parts beside this file: bp_names.py (customers), bp_invoices.py (open invoices),
bp_channels.py (reference texts), bp_payments.py (one generator per scenario).
Every label is produced by check.derive() and must agree with the scenario's intent.
"""
import datetime
import json
import os
import random
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from bp_invoices import make_customers, make_invoices  # noqa: E402
from bp_payments import SCENARIOS, Ctx, g_bad  # noqa: E402
from check import PAYMENT_FIELDS, apply_label, derive  # noqa: E402

OUT = os.path.join(HERE, "ce_building_materials")


def main():
    rng = random.Random(395)
    customers = make_customers(rng)
    invoices, _ = make_invoices(rng, customers)
    x = Ctx(rng, customers, invoices)

    plan = [name for name, _, n in SCENARIOS for _ in range(n)]
    rng.shuffle(plan)
    for k in range(len(plan)):  # second payments only once there is something to pay twice
        if plan[k] == "duplicate_payment" and k < 100:
            j = rng.choice([j for j in range(120, len(plan)) if plan[j] != "duplicate_payment"])
            plan[k], plan[j] = plan[j], plan[k]
    gens = {name: g for name, g, _ in SCENARIOS}

    start = datetime.date(2024, 4, 16)
    dates = sorted(start + datetime.timedelta(days=rng.randint(0, 59)) for _ in plan)
    payments, labels, nbad = [], [], 0
    for idx, (name, date) in enumerate(zip(plan, dates)):
        pid = "pay_%010x" % rng.getrandbits(40)
        for attempt in range(300):
            try:
                if name == "bad_row":
                    res = g_bad(x, nbad)
                else:
                    res = gens[name](x)
            except (IndexError, RuntimeError):
                res = None
            if res is None:
                continue
            fields, status, ids, short, note, touched = res
            p = {"id": pid, "date": date.isoformat()}
            p.update(fields)
            if name == "bad_row" and "date" in note:
                p["date"] = "2024-06-31"
            p = {k: p[k] for k in PAYMENT_FIELDS}
            try:
                exp = derive(p, invoices, x.bal)
            except RuntimeError:
                continue
            got_ids = sorted(a["invoice_id"] for a in exp["applications"])
            if exp["status"] == status and got_ids == sorted(ids) and (exp["short_pay"] is not None) == short:
                break
        else:
            raise SystemExit(f"could not build scenario {name} at slot {idx}")
        if name == "bad_row":
            nbad += 1
        label = dict(exp)
        label["scenario"] = name
        label["note"] = note
        if "error" in label:
            label["error"] = label.pop("error")
        apply_label(label, x.bal)
        x.used.update(touched)
        if name == "exact_reference" and p["customer_id"]:
            inv = x.inv[ids[0]]
            x.paid_by.append((inv, Decimal(exp["applications"][0]["amount"]), p["customer_id"]))
        payments.append(p)
        labels.append(label)

    os.makedirs(OUT, exist_ok=True)
    for fname, data in (("invoices.json", invoices), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(invoices)} invoices, {len(payments)} payments to {OUT}")


if __name__ == "__main__":
    main()
