"""Build blind cash-application set 389: japan_korea_components.

Standard library only, seed 389.  Parts beside this file:
  build_customers.py  customers, payer names, strangers
  build_invoices.py   open invoices
  build_text.py       how banks spell references, payer names and remittances
  build_payments.py   scenario generators
Each generated payment is kept only when the decision rules in check.py
(README "Decision rules") reach the answer the scenario intends.

Usage: python build.py
"""
import json
import os
import random
import sys
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import check  # noqa: E402
from build_customers import CUSTOMERS  # noqa: E402
from build_invoices import build_invoices  # noqa: E402
import build_payments as bp  # noqa: E402

SEED = 389
OUT = os.path.join(HERE, "japan_korea_components")
N_PAYMENTS = 400


def payment_dates(rng, n):
    days = []
    d = date(2024, 8, 1)
    while d <= date(2024, 9, 30):
        if d.weekday() < 5:
            w = 1.0
            if d.day >= 25 or d.day in (10, 15, 20):
                w = 3.0  # closing-date and gotobi payment runs
            days.append((d, w))
        d += timedelta(days=1)
    return sorted(rng.choices([x for x, _ in days], [w for _, w in days], k=n))


def to_label(pid, scenario, it, cur, amount):
    fmt = lambda u: check.fmt(u, cur)
    lab = dict(payment_id=pid, status=it["status"],
               applications=[dict(invoice_id=i, amount=fmt(u)) for i, u in it["apps"]],
               unapplied=None, short_pay=None, candidates=[], reason=it["reason"],
               scenario=scenario, note=it["note"])
    if it.get("error"):
        lab["error"] = it["error"]
        return lab
    lab["unapplied"] = fmt(it["unapplied"]) if it["status"] != "review" else amount
    if it["short"]:
        i, u, why = it["short"]
        lab["short_pay"] = dict(invoice_id=i, amount=fmt(u), reason=why)
    return lab


def main():
    rng = random.Random(SEED)
    used = set()
    for c in CUSTOMERS:
        while True:
            cid = "cus_" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))
            if cid not in used:
                used.add(cid)
                break
        c["cid"] = cid
        bp.BY_CID[cid] = c
    invoices = build_invoices(rng)
    book = check.Book(invoices)
    totals = {i["id"]: check.to_units(i["total"], i["currency"]) for i in invoices}

    plan = []
    for name, (_, k) in bp.SCENARIOS.items():
        plan += [name] * k
    assert len(plan) == N_PAYMENTS, len(plan)
    rng.shuffle(plan)
    late = [s for s in plan[:80] if s in ("duplicate_payment", "part_payment_final")]
    plan = [s for s in plan[:80] if s not in late] + plan[80:]
    for s in late:
        plan.insert(rng.randint(120, len(plan)), s)
    dates = payment_dates(rng, N_PAYMENTS)

    ctx = dict(total=lambda i: totals[i["id"]], paid=[], bad_i=0)
    payments, labels = [], []
    tries = {}
    for n, scenario in enumerate(plan):
        gen = bp.SCENARIOS[scenario][0]
        pid = "pay_%04d" % (n + 1)
        for attempt in range(400):
            r = gen(rng, book, ctx)
            if r is None:
                continue
            p, it = r
            d = p.pop("date_override", None) or dates[n].isoformat()
            pay = dict(id=pid, date=d, amount=p["amount"], currency=p["currency"], payer_name=p["payer_name"],
                       customer_id=p["customer_id"], reference=p["reference"], remittance=p["remittance"])
            lab = to_label(pid, scenario, it, p["currency"] if p["currency"] in check.MINOR else "JPY", p["amount"])
            exp = book.decide(pay)
            if it["status"] == "review" and not it.get("error"):
                want = sorted(sorted(c) for c in it["cands"])
                got = sorted(sorted(c) for c in exp["candidates"])
                if want != got or (it.get("first") and exp["candidates"][0] != [it["first"]]):
                    continue
                lab["candidates"] = [dict(invoice_ids=c, total=check.fmt(sum(book.bal[x] for x in c), pay["currency"]))
                                     for c in exp["candidates"]]
            if check.compare(exp, lab) or check.invariants(book, pay, lab):
                continue
            tries[scenario] = tries.get(scenario, 0) + attempt
            break
        else:
            raise SystemExit("could not generate %s at %s" % (scenario, pid))
        if not lab.get("error"):
            book.apply(lab, pay["currency"])
            if lab["status"] == "applied" and len(lab["applications"]) == 1:
                iid = lab["applications"][0]["invoice_id"]
                if book.bal[iid] == 0 and pay["amount"] == book.inv[iid]["total"]:
                    ctx["paid"].append((iid, check.to_units(pay["amount"], pay["currency"])))
        payments.append(pay)
        labels.append(lab)

    os.makedirs(OUT, exist_ok=True)
    for name, data in (("invoices.json", invoices), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("invoices %d, payments %d" % (len(invoices), len(payments)))
    print("redraws per scenario:", {k: v for k, v in sorted(tries.items()) if v})


if __name__ == "__main__":
    main()
