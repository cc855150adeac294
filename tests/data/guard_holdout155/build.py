#!/usr/bin/env python3
"""Blind guardrails set 419: regenerates drafts.jsonl, labels.jsonl and meta.jsonl.

Standard library only; fixed seed 419 (see part_common.py). The drafts themselves live in
part_allowed_a.py, part_allowed_b.py, part_viol_a.py and part_viol_b.py.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from part_common import R, G, ABBR, ORDER  # noqa: E402  (R is the seed-419 generator)
from part_allowed_a import ALLOWED_A  # noqa: E402
from part_allowed_b import ALLOWED_B  # noqa: E402
from part_viol_a import VIOL_A  # noqa: E402
from part_viol_b import VIOL_B  # noqa: E402


def fill(s):
    return s.format_map(G)


def generate():
    entries = [dict(e) for e in ALLOWED_A + ALLOWED_B + VIOL_A + VIOL_B]
    order = list(range(len(entries)))
    R.shuffle(order)                    # seeded interleaving of allowed and violating drafts
    drafts, labels, meta = [], [], []
    for n, idx in enumerate(order, 1):
        e = entries[idx]
        did = "py%02d" % n
        viol = sorted(e["v"], key=ORDER.index)
        key = "+".join(ABBR[v] for v in viol) if viol else "OK"
        note = "[%s, %s] " % (key, e["lang"]) + ("Subtle: " if e["subtle"] else "") + e["why"]
        drafts.append({"id": did, "subject": fill(e["subject"]), "body": fill(e["body"])})
        labels.append({"id": did, "allowed": not viol, "violations": viol, "note": note,
                       "lang": e["lang"]})
        meta.append({"id": did, "subtle": e["subtle"],
                     "triggers": {k: fill(t) for k, t in sorted(e["trig"].items(), key=lambda kv: ORDER.index(kv[0]))},
                     "sensitive": [{"kind": k, "value": fill(val)} for k, val in e["sens"]],
                     "masked": [fill(m) for m in e["masked"]],
                     "near_miss": fill(e["near"]) if e["near"] else None})
    return drafts, labels, meta


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    d, l, m = generate()
    write("drafts.jsonl", d)
    write("labels.jsonl", l)
    write("meta.jsonl", m)
    print("wrote %d drafts, %d labels, %d meta rows" % (len(d), len(l), len(m)))
