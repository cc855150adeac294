#!/usr/bin/env python3
"""Regenerate the dv set (emails.jsonl, labels.jsonl, provenance.jsonl, README.md). Standard library only.

The messages live in bparts/items_*.py; shared MIME/reminder helpers in bparts/common.py.
All randomness (Message-IDs, boundaries) comes from random.Random(368) in common.py.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "bparts"))

import common  # noqa: E402
import items_a, items_b, items_c, items_d  # noqa: E402,F401

ORDER = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
         "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]


def main():
    items = common.ITEMS
    assert [it["id"] for it in items] == ["dv%02d" % i for i in range(1, 81)], [it["id"] for it in items]
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps({"id": it["id"], "eml": it["eml"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it["labels"], ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "provenance.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps({"id": it["id"], "key": it["key"], "locale": it["locale"], "format": it["fmt"],
                                **it["prov"]}, ensure_ascii=False) + "\n")
    write_readme(items)
    c = Counter(it["intent"] for it in items)
    print("wrote %d items: %s" % (len(items), ", ".join("%s=%d" % (k, c[k]) for k in ORDER)))


def write_readme(items):
    c = Counter(it["intent"] for it in items)
    loc = Counter(it["locale"] for it in items)
    inj = [it["id"] for it in items if it["labels"].get("injection")]
    with open(os.path.join(HERE, "README_head.md"), encoding="utf-8") as f:
        head = f.read()
    out = [head.rstrip() + "\n", "\n## Counts per intent\n", "| intent | n |", "|---|---|"]
    out += ["| `%s` | %d |" % (k, c[k]) for k in ORDER]
    out += ["| total | %d |" % len(items), "", "## Locales\n", "| locale | n |", "|---|---|"]
    out += ["| %s | %d |" % (k, v) for k, v in sorted(loc.items())]
    out += ["", "Injection items: " + ", ".join(inj), "", "## Items\n",
            "| id | key | locale | intent | format | note |", "|---|---|---|---|---|---|"]
    for it in items:
        note = it["labels"]["note"].split("] ", 1)[1].replace("|", "/")
        if len(note) > 160:
            note = note[:157].rsplit(" ", 1)[0] + " ..."
        out.append("| %s | %s | %s | `%s` | %s | %s |" % (it["id"], it["key"], it["locale"], it["intent"],
                                                           it["fmt"].replace("|", "/"), note))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
