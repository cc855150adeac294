"""build.py - blind cash-application set 423 (ANZ agricultural inputs).  Standard library only, seed 423.
Writes anz_agri_inputs/{invoices,payments,labels}.json.  Parts: build_part1_customers.py (data),
build_part2_invoices.py (ledger), build_part3_text.py (bank text), build_part4_scenarios.py (scenarios);
decision rules live in check.py and every label is produced by, and checked against, those rules."""
import json, os, random, datetime, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from check import State, decide, validate, parse_amount
from build_part2_invoices import make_customers, make_invoices
from build_part4_scenarios import Ctx, SCENARIOS

SHORT_OK = {
    "part_payment": {None},
    "short_pay_stated_deduction": {"bank fee", "withholding tax", "early-payment discount", "damaged goods"},
    "short_pay_unexplained": {"unexplained"},
    "fx_shortfall": {"fx shortfall"},
}

def main():
    rng = random.Random(423)
    customers = make_customers(rng)
    invoices, reserved, groups, quads = make_invoices(rng, customers)
    st = State(invoices)
    x = Ctx(rng, st, customers, reserved, groups, quads)
    x.bad_i = 0
    queue = [name for name, fn, n in SCENARIOS for _ in range(n)]
    rng.shuffle(queue)
    # second payments need something already paid: keep them out of the first 60
    early = [q for q in queue[:60] if q == "duplicate_payment"]
    queue = [q for q in queue[:60] if q != "duplicate_payment"] + queue[60:]
    for q in early:
        queue.insert(rng.randint(80, len(queue)), q)
    fns = {name: fn for name, fn, n in SCENARIOS}
    day0 = datetime.date(2024, 8, 1)
    days = sorted(day0 + datetime.timedelta(days=rng.randint(0, 120)) for _ in range(len(queue)))
    days = [d if d.weekday() < 5 else d + datetime.timedelta(days=7 - d.weekday()) for d in days]
    days.sort()
    payments, labels = [], []
    pos = 0
    deferred = 0
    while queue:
        name = queue.pop(0)
        pid = "pay-%05d" % (30117 + pos * 3 + rng.randint(0, 2))
        ok = False
        for attempt in range(80):
            snap = (list(x.groups), list(x.quads))
            got = fns[name](x)
            if got is None:
                continue
            p, exp_status, exp_ids, note, reason = got
            pay = {"id": pid, "date": p.pop("_date", days[pos].isoformat())}
            pay.update(p)
            pay = {k: pay[k] for k in ("id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance")}
            d = decide(pay, st)
            good = d["status"] == exp_status
            if good and exp_status != "review":
                good = sorted(a["invoice_id"] for a in d["applications"]) == sorted(exp_ids)
            if good and name in SHORT_OK:
                good = (d["short_pay"] or {}).get("reason") in SHORT_OK[name]
            if good and exp_status == "review" and name not in ("bad_row", "review_unknown_payer"):
                good = bool(d["candidates"])
            if good and name == "bad_row":
                good = validate(pay) is not None
            if good and name == "amount_only_unique":
                good = not any(ch.isdigit() for ch in (pay["reference"] or ""))
            if not good:
                x.groups[:], x.quads[:] = snap
                continue
            ok = True
            break
        if not ok:
            deferred += 1
            if deferred > 40:
                raise SystemExit("cannot place scenario " + name)
            queue.append(name)
            continue
        lab = {"payment_id": pid, "status": d["status"], "applications": d["applications"], "unapplied": d["unapplied"],
               "short_pay": d["short_pay"], "candidates": d["candidates"], "reason": reason, "scenario": name, "note": note}
        if d["error"]:
            lab["error"] = d["error"]
        payments.append(pay)
        labels.append(lab)
        if not d["error"]:
            st.apply(d)
            if d["status"] == "applied" and len(d["applications"]) == 1 and st.bal[d["applications"][0]["invoice_id"]] == 0:
                x.paid_full.append((d["applications"][0]["invoice_id"], parse_amount(pay["amount"], pay["currency"]), pid))
        pos += 1
    out = os.path.join(HERE, "anz_agri_inputs")
    os.makedirs(out, exist_ok=True)
    for fn, obj in (("invoices.json", invoices), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(out, fn), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=1, ensure_ascii=False)
            f.write("\n")
    print("wrote %d invoices, %d payments (%d deferrals)" % (len(invoices), len(payments), deferred))

if __name__ == "__main__":
    main()
