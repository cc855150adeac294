#!/usr/bin/env python3
"""Build blind cash-application set 417 (UK/Ireland M&E subcontractor).

Standard library only, seed 417.  Parts: build_data.py (customers, ledger),
build_text.py (spellings, references), build_scen.py (scenarios); the decision
rules live in check.py and every label written here is confirmed against them.
"""
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import check  # noqa: E402
from build_data import hexid, make_customers, make_invoices  # noqa: E402
from build_scen import Gen  # noqa: E402

OUT = os.path.join(HERE, "uk_ireland_subcontracting")

SCHEDULE = [
    ("clean_ref", 89, lambda g: g.clean_ref()),
    ("retention_release", 12, lambda g: g.retention_release()),
    ("multi_listed", 24, lambda g: g.multi_listed()),
    ("multi_listed_alias_payer", 6, lambda g: g.multi_listed(alias=True)),
    ("multi_unlisted_exact_sum", 15, lambda g: g.multi_unlisted()),
    ("multi_unlisted_ambiguous", 5, lambda g: g.multi_unlisted_ambiguous()),
    ("amount_only_unique", 20, lambda g: g.amount_only()),
    ("part_payment", 20, lambda g: g.part_payment()),
    ("short_cis_deduction", 8, lambda g: g.short_stated("cis_deduction")),
    ("short_withholding_tax_rct", 5, lambda g: g.short_stated("withholding_tax")),
    ("short_bank_fee", 6, lambda g: g.short_stated("bank_fee")),
    ("short_early_payment_discount", 6, lambda g: g.short_stated("early_payment_discount")),
    ("short_damaged_goods", 4, lambda g: g.short_stated("damaged_goods")),
    ("short_retention", 6, lambda g: g.short_stated("retention")),
    ("short_contra_charge", 5, lambda g: g.short_stated("contra_charge")),
    ("short_pay_less_notice", 5, lambda g: g.short_stated("pay_less_notice")),
    ("short_unexplained", 10, lambda g: g.short_unexplained()),
    ("fx_shortfall", 6, lambda g: g.fx_shortfall()),
    ("overpayment", 15, lambda g: g.overpayment()),
    ("duplicate_payment", 10, lambda g: g.duplicate_payment()),
    ("alias_payer_ref_exact", 25, lambda g: g.alias_ref_exact()),
    ("truncated_payer_name", 8, lambda g: g.truncated_name()),
    ("alias_payer_no_ref", 8, lambda g: g.alias_no_ref()),
    ("alias_payer_short", 5, lambda g: g.alias_short()),
    ("typo_amount_confirms", 10, lambda g: g.typo(True)),
    ("typo_unconfirmed", 6, lambda g: g.typo(False)),
    ("cross_customer_ref", 8, lambda g: g.cross_customer_ref()),
    ("same_amount_several_invoices", 12, lambda g: g.same_amount()),
    ("wrong_currency", 8, lambda g: g.wrong_currency()),
    ("known_customer_fits_nothing", 10, lambda g: g.fits_nothing()),
    ("unknown_payer", 8, lambda g: g.unknown_payer()),
    ("multi_ref_short", 4, lambda g: g.multi_ref_short()),
    ("ref_amount_conflict", 5, lambda g: g.ref_amount_conflict()),
    ("bad_amount_nonnumeric", 2, lambda g: g.bad_row("nonnumeric")),
    ("bad_amount_negative", 1, lambda g: g.bad_row("negative")),
    ("bad_currency_missing", 1, lambda g: g.bad_row("nocurrency")),
    ("bad_currency_invalid", 1, lambda g: g.bad_row("badcurrency")),
    ("bad_date_malformed", 1, lambda g: g.bad_row("baddate")),
]


def agrees(exp, intent):
    if exp["status"] != intent["status"]:
        return False
    if intent.get("bad"):
        return bool(exp.get("error"))
    apps = [(a["invoice_id"], check.cents(a["amount"])) for a in exp["applications"]]
    if apps != list(intent.get("apps", [])):
        return False
    if exp["status"] != "review" and check.cents(exp["unapplied"]) != intent.get("unapplied", 0):
        return False
    sp = intent.get("short")
    got = exp["short_pay"]
    if (sp is None) != (got is None):
        return False
    if sp and (got["invoice_id"], check.cents(got["amount"]), got["reason"]) != sp:
        return False
    if "cand_first" in intent:
        cf = intent["cand_first"]
        if cf == [] and exp["candidates"]:
            return False
        if cf and (not exp["candidates"] or exp["candidates"][0] != cf):
            return False
    if intent.get("cand_has") and not any(intent["cand_has"] in s for s in exp["candidates"]):
        return False
    return True


def main():
    rng = random.Random(417)
    customers, paid_up = make_customers(rng)
    invoices = make_invoices(rng, customers)
    book = check.Book(invoices)
    gen = Gen(rng, book, customers, paid_up, hexid)
    plan = []
    for name, n, fn in SCHEDULE:
        plan += [(name, fn)] * n
    rng.shuffle(plan)
    # duplicates need something paid earlier: keep them out of the first third
    early = [x for x in plan[:130] if x[0] == "duplicate_payment"]
    plan = [x for x in plan[:130] if x[0] != "duplicate_payment"] + plan[130:]
    for x in early:
        plan.insert(rng.randint(200, len(plan)), x)
    payments, labels = [], []
    for name, fn in plan:
        for attempt in range(200):
            got = fn(gen)
            if not got:
                continue
            p, intent = got
            exp = check.decide(book, p)
            if agrees(exp, intent):
                break
        else:
            raise SystemExit("could not build scenario %s" % name)
        lab = {"payment_id": p["id"], "status": exp["status"], "applications": exp["applications"],
               "unapplied": exp["unapplied"], "short_pay": exp["short_pay"], "candidates": exp["candidates"],
               "reason": exp["reason"], "scenario": name, "note": intent["note"]}
        if exp.get("error"):
            lab["error"] = exp["error"]
        check.apply(book, lab)
        for a in lab["applications"]:
            if book.bal[a["invoice_id"]] == 0:
                gen.paid_log.append((p, a["invoice_id"], check.cents(a["amount"])))
        if lab["short_pay"]:
            gen.shorted.add(lab["short_pay"]["invoice_id"])
        payments.append(p)
        labels.append(lab)
    # dates: oldest first over Jan-Mar 2025 business days; bad-date rows keep their bad date
    days = []
    d = datetime.date(2025, 1, 6)
    while d <= datetime.date(2025, 3, 31):
        if d.weekday() < 5:
            days.append(d.isoformat())
        d += datetime.timedelta(days=1)
    dates = sorted(rng.choice(days) for _ in payments)
    for p, lab, dt in zip(payments, labels, dates):
        if lab.get("error") != "date malformed":
            p["date"] = dt
    os.makedirs(OUT, exist_ok=True)
    for fname, obj in (("invoices.json", invoices), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=1, ensure_ascii=False)
            f.write("\n")
    print("invoices %d, payments %d" % (len(invoices), len(payments)))


if __name__ == "__main__":
    main()
