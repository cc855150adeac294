"""Build blind cash-application set 416 (Nordic building supplies). Standard library only.

    python3 build.py      -> nordic_building_supplies/{invoices,payments,labels}.json

Parts beside this file: build_world.py (customers, invoices), build_refs.py (reference
spellings), build_scen.py (scenario builders), build_clerk.py (the decision rules, shared
with check.py). Every generated payment is confirmed against the decision rules: if the
data would not mean what the scenario intends (an accidental second match, say), it is
generated again.
"""
import sys
sys.dont_write_bytecode = True  # keep the folder free of __pycache__
import json
import os
import random
from collections import Counter
from datetime import date, timedelta

from build_clerk import Book, decide, fmt
from build_world import build_world
from build_scen import SCENARIOS, W

SEED = 416
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nordic_building_supplies")
N = 400


def payment_dates(rng):
    days = []
    d = date(2025, 2, 3)
    while d <= date(2025, 4, 11):
        if d.weekday() < 5:
            days.append(d)
        d += timedelta(days=1)
    return sorted(rng.choice(days) for _ in range(N))


def agrees(label, intent, cur):
    if label["status"] != intent["status"]:
        return False
    if intent.get("bad"):
        return "error" in label
    apps = sorted((a["invoice_id"], a["amount"]) for a in label["applications"])
    if apps != sorted((i, fmt(m, cur)) for i, m in intent["apps"]):
        return False
    if label["status"] != "review" and label["unapplied"] != fmt(intent["unapplied"], cur):
        return False
    sp = label["short_pay"]
    want = intent["short"]
    if (sp is None) != (want is None):
        return False
    if want and (sp["invoice_id"], sp["amount"], sp["reason"]) != (want[0], fmt(want[1], cur), want[2]):
        return False
    must = intent["must_candidate"]
    if must == [] and label["candidates"]:
        return False
    if must and {"invoice_ids": must} not in label["candidates"]:
        return False
    return True


def main():
    rng = random.Random(SEED)
    customers, invoices = build_world(rng)
    book = Book(invoices)
    w = W(rng, book, customers)
    schedule = [name for name, (_, n) in SCENARIOS.items() for _ in range(n)]
    rng.shuffle(schedule)
    # a second payment needs a first one: keep those in the later part of the file
    dups = [s for s in schedule if s == "duplicate_payment"]
    rest = [s for s in schedule if s != "duplicate_payment"]
    for s in dups:
        rest.insert(rng.randrange(150, len(rest)), s)
    schedule = rest
    dates = payment_dates(rng)
    payments, labels = [], []
    for k, scen in enumerate(schedule):
        fn = SCENARIOS[scen][0]
        for attempt in range(200):
            res = fn(w)
            if res is None:
                continue
            p, intent, note = res
            pay = {"id": "p-%04d" % (k + 1), "date": dates[k].isoformat()}
            bad = p.pop("_bad", None)
            pay.update(p)
            if bad:
                pay[bad[0]] = bad[1]
            label = decide(pay, book)
            if agrees(label, intent, pay.get("currency")):
                break
        else:
            raise SystemExit("could not build %s at slot %d" % (scen, k))
        label["scenario"] = scen
        label["note"] = note
        if "error" in label:  # keep error last
            label["error"] = label.pop("error")
        if label["status"] != "review":
            book.apply(label, pay["currency"])
        if label["status"] == "applied" and len(label["applications"]) == 1 and pay["customer_id"]:
            inv = book.inv[label["applications"][0]["invoice_id"]]
            if book.bal[inv["id"]] == 0:
                w.paid.append((inv, w.cust[inv["customer_id"]], book.bal[inv["id"]] +
                               int(label["applications"][0]["amount"].replace(".", ""))))
        payments.append(pay)
        labels.append(label)
    os.makedirs(OUT, exist_ok=True)
    for name, data in (("invoices", invoices), ("payments", payments), ("labels", labels)):
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(invoices), "invoices,", len(payments), "payments")
    print(Counter(l["status"] for l in labels))
    for s, n in sorted(Counter(l["scenario"] for l in labels).items()):
        print("  %-42s %d" % (s, n))


if __name__ == "__main__":
    main()
