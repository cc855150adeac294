#!/usr/bin/env python3
"""Regenerate blind triage set 410 (standard library only, seed 410).

Part files beside this one: b_common.py (helpers, date rules, reminder text, MIME),
b_render.py (spec -> eml/label/provenance), b_items1..4.py (the 80 item specs).
Writes emails.jsonl, labels.jsonl, provenance.jsonl.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import b_items1, b_items2, b_items3, b_items4  # noqa: E402
from b_render import render, FIELDS  # noqa: E402

SEED = 410


def main():
    specs = b_items1.ITEMS + b_items2.ITEMS + b_items3.ITEMS + b_items4.ITEMS
    assert len(specs) == 80, len(specs)
    keys = [s["key"] for s in specs]
    assert len(set(keys)) == 80
    order = list(range(80))
    random.Random(SEED).shuffle(order)
    emails, labels, provs = [], [], []
    rendered = {}
    for i in range(80):  # render in key order so message ids are stable
        rendered[i] = render(specs[i])
    for n, i in enumerate(order, 1):
        eml, lab, prov = rendered[i]
        iid = "wq%02d" % n
        lab["id"] = iid
        prov["id"] = iid
        out = {"id": iid}
        for f in FIELDS:
            out[f] = lab[f]
        out["note"] = lab["note"]
        if lab.get("injection"):
            out["injection"] = True
        emails.append({"id": iid, "eml": eml})
        labels.append(out)
        provs.append(prov)
    for name, rows in (("emails.jsonl", emails), ("labels.jsonl", labels), ("provenance.jsonl", provs)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from b_readme import readme
    specs_by_id = {labels[n]["id"]: specs[i] for n, i in enumerate(order)}
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(specs_by_id, labels))
    print("wrote 80 items and README.md")


if __name__ == "__main__":
    main()
