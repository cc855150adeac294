"""Verify set 416: replay labels in order against the invoices and check every invariant,
then check that each label is what the decision rules (build_clerk.py, README.md) give.
Exits 1 on any problem. Standard library only.

    python3 check.py [folder]
"""
import sys
sys.dont_write_bytecode = True  # keep the folder free of __pycache__
import json
import os
import re
import sys
from collections import Counter

from build_clerk import Book, decide, parse_amount, fmt, validate, identify, DECIMALS

HERE = os.path.dirname(os.path.abspath(__file__))
INV_FIELDS = ["id", "number", "customer_id", "customer_name", "currency", "total", "balance",
              "issue_date", "due_date"]
PAY_FIELDS = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
LABEL_FIELDS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates",
                "reason", "scenario", "note"}
STATUSES = {"applied", "partial", "unapplied", "review"}

problems = []


def bad(msg):
    problems.append(msg)


def main(folder):
    load = lambda n: json.load(open(os.path.join(folder, n + ".json"), encoding="utf-8"))
    invoices, payments, labels = load("invoices"), load("payments"), load("labels")

    # ---------------- invoices
    if not 1200 <= len(invoices) <= 1600:
        bad("invoice count %d outside 1200-1600" % len(invoices))
    ids, numbers, cust_names = set(), set(), {}
    for i in invoices:
        if list(i) != INV_FIELDS:
            bad("invoice %s fields %s" % (i.get("id"), list(i)))
        if i["id"] in ids or i["number"] in numbers:
            bad("duplicate invoice id/number %s" % i["id"])
        ids.add(i["id"]); numbers.add(i["number"])
        if i["currency"] not in DECIMALS:
            bad("invoice %s currency %s" % (i["id"], i["currency"]))
        t, b = parse_amount(i["total"], i["currency"]), parse_amount(i["balance"], i["currency"])
        if t is None or b is None or not 0 < b <= t:
            bad("invoice %s total/balance %s/%s" % (i["id"], i["total"], i["balance"]))
        if not re.fullmatch(r"NB-0\d{6}", i["number"]):
            bad("invoice number %s" % i["number"])
        if not i["issue_date"] < i["due_date"]:
            bad("invoice %s dates" % i["id"])
        if cust_names.setdefault(i["customer_id"], i["customer_name"]) != i["customer_name"]:
            bad("customer %s has two names" % i["customer_id"])
    nums = sorted(int(n[3:]) for n in numbers)
    by_date = [int(i["number"][3:]) for i in sorted(invoices, key=lambda i: (i["issue_date"], i["number"]))]
    if by_date != sorted(by_date):
        bad("invoice numbers do not follow issue dates")
    if nums[-1] - nums[0] + 1 == len(nums):
        bad("invoice sequence has no gaps")
    if sum(1 for i in invoices if i["balance"] != i["total"]) < 20:
        bad("too few part-paid invoices")

    # ---------------- payments
    if len(payments) != 400 or len(labels) != 400:
        bad("need 400 payments and 400 labels, have %d/%d" % (len(payments), len(labels)))
    last = ""
    pids = set()
    for p in payments:
        if list(p) != PAY_FIELDS:
            bad("payment %s fields %s" % (p.get("id"), list(p)))
        if p["id"] in pids:
            bad("duplicate payment id %s" % p["id"])
        pids.add(p["id"])
        d = p["date"]
        if isinstance(d, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) and validate(p) != "malformed date %r" % d:
            if d < last:
                bad("payments not oldest first at %s" % p["id"])
            last = d

    # ---------------- replay
    book = Book(invoices)
    n_bad = 0
    for p, l in zip(payments, labels):
        pid = p["id"]
        if l.get("payment_id") != pid:
            bad("label order: %s vs %s" % (l.get("payment_id"), pid))
            continue
        keys = set(l)
        if not LABEL_FIELDS <= keys or keys - LABEL_FIELDS - {"error"}:
            bad("%s label fields %s" % (pid, sorted(keys)))
        st = l["status"]
        if st not in STATUSES:
            bad("%s status %s" % (pid, st))
            continue
        err = validate(p)
        if err:
            n_bad += 1
            if st != "review" or l["applications"] or l["candidates"] or not l.get("error"):
                bad("%s bad row must be review, empty, with error" % pid)
        else:
            if "error" in l:
                bad("%s error on a valid row" % pid)
            cur = p["currency"]
            amt = parse_amount(p["amount"], cur)
            applied = 0
            for a in l["applications"]:
                inv = book.inv.get(a["invoice_id"])
                v = parse_amount(a["amount"], cur)
                if inv is None or v is None or v <= 0:
                    bad("%s bad application %s" % (pid, a))
                    continue
                if inv["currency"] != cur:
                    bad("%s applies %s to %s invoice" % (pid, cur, inv["currency"]))
                if v > book.bal[inv["id"]]:
                    bad("%s takes %s past zero" % (pid, inv["number"]))
                applied += v
            if len({a["invoice_id"] for a in l["applications"]}) != len(l["applications"]):
                bad("%s applies twice to one invoice" % pid)
            un = parse_amount(l["unapplied"], cur)
            if un is None or applied + un != amt:
                bad("%s applications + unapplied != amount" % pid)
            # status consistency
            sp = l["short_pay"]
            if st == "applied" and (un != 0 or not l["applications"] or sp or l["candidates"]):
                bad("%s inconsistent applied" % pid)
            if st == "partial":
                if un != 0 or len(l["applications"]) != 1 or l["candidates"]:
                    bad("%s inconsistent partial" % pid)
                a = l["applications"][0]
                left = book.bal[a["invoice_id"]] - parse_amount(a["amount"], cur)
                if left <= 0:
                    bad("%s partial leaves nothing open" % pid)
                if sp and (sp["invoice_id"] != a["invoice_id"] or parse_amount(sp["amount"], cur) != left
                           or not sp.get("reason")):
                    bad("%s short_pay does not describe the open remainder" % pid)
            if st == "unapplied" and (un <= 0 or sp or l["candidates"]):
                bad("%s inconsistent unapplied" % pid)
            if st == "review":
                if l["applications"] or sp:
                    bad("%s review with applications" % pid)
                cid, _ = identify(p, book.customers)
                for c in l["candidates"]:
                    if not c["invoice_ids"]:
                        bad("%s empty candidate" % pid)
                    for x in c["invoice_ids"]:
                        inv = book.inv.get(x)
                        if inv is None or book.bal[x] <= 0 or inv["currency"] != cur or \
                                (cid is not None and inv["customer_id"] != cid):
                            bad("%s candidate %s not an open invoice of the right customer/currency" % (pid, x))
        # labels follow from the rules
        want = decide(p, book)
        got = {k: v for k, v in l.items() if k not in ("scenario", "note")}
        if got != want:
            bad("%s label differs from the rules:\n   label %s\n   rules %s" % (pid, got, want))
        if not err and st != "review":
            book.apply(l, p["currency"])
    for x, b in book.bal.items():
        if b < 0:
            bad("invoice %s below zero" % x)
    share = n_bad / max(1, len(payments))
    if not 0.01 <= share <= 0.02:
        bad("bad rows %.1f%% outside 1-2%%" % (100 * share))
    counts = Counter(l["status"] for l in labels)
    for s in STATUSES:
        if counts[s] == 0:
            bad("no %s labels" % s)
    print("invoices %d, payments %d, bad rows %d" % (len(invoices), len(payments), n_bad))
    print("statuses", dict(counts))
    print("scenarios", dict(sorted(Counter(l["scenario"] for l in labels).items())))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "nordic_building_supplies"))
    if problems:
        print("%d problem(s):" % len(problems))
        for m in problems[:50]:
            print(" -", m)
        sys.exit(1)
    print("OK")
