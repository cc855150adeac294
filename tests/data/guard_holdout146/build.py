#!/usr/bin/env python3
"""Regenerate blind guardrail set 394 (solar installer / energy services AR).

Standard library only; fixed seed 394.  The drafts live in the b394_*.py part
files beside this script; this script assembles them, draws the generated
bank numbers from the seeded RNG, shuffles the order and writes
drafts.jsonl, labels.jsonl and meta.jsonl.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import b394_common as C  # noqa: E402
import b394_allowed_en, b394_allowed_intl, b394_viol_en, b394_viol_intl  # noqa: E402

SEED = 394


def key_of(violations):
    return "+".join(C.ABBR[v] for v in violations) if violations else "OK"


def note_of(it):
    head = f"[{key_of(it['violations'])}, {it['lang']}] "
    if it["subtle"]:
        head += "Subtle. "
    text = head + it["why"]
    if it["violations"]:
        parts = [f"{C.ABBR[v]} “{it['triggers'][v]}”" for v in it["violations"]]
        text += " Trigger" + ("s" if len(parts) > 1 else "") + ": " + "; ".join(parts) + "."
    elif it["near"]:
        text += f" Near-miss: “{it['near']}”."
    return text


def main():
    rng = random.Random(SEED)
    N = C.make_numbers(rng)
    items = []
    for mod in (b394_allowed_en, b394_allowed_intl, b394_viol_en, b394_viol_intl):
        items.extend(mod.items(N))
    assert len(items) == 80, len(items)
    rng.shuffle(items)
    drafts, labels, meta = [], [], []
    for i, it in enumerate(items, 1):
        did = "fe%02d" % i
        drafts.append({"id": did, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": did, "allowed": not it["violations"],
                       "violations": it["violations"], "note": note_of(it),
                       "lang": it["lang"]})
        meta.append({"id": did, "subtle": it["subtle"], "triggers": it["triggers"],
                     "near_miss": it["near"], "numbers": it["numbers"]})
    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels),
                       ("meta.jsonl", meta)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote 80 drafts, labels and meta to", HERE)


if __name__ == "__main__":
    main()
