#!/usr/bin/env python3
"""Regenerate blind guardrails set 399 (drafts.jsonl, labels.jsonl).

Standard library only. The drafts live in the build_part_*.py files beside this one;
build_common.py has the helpers. Order is shuffled with a fixed seed (399).
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from build_common import VIOLATIONS, ABBR  # noqa: E402
import build_part_en, build_part_tr_az, build_part_fa_ur  # noqa: E402
import build_part_ar, build_part_he_el, build_part_ru_uk  # noqa: E402

SEED = 399
PARTS = [build_part_en, build_part_tr_az, build_part_fa_ur,
         build_part_ar, build_part_he_el, build_part_ru_uk]


def make_note(it):
    viol = it["violations"]
    key = "+".join(ABBR[v] for v in viol) if viol else "OK"
    note = "[%s, %s] " % (key, it["lang"])
    if it["subtle"]:
        note += "Subtle. "
    note += it["why"]
    if it["trig"]:
        order = {ABBR[v]: i for i, v in enumerate(VIOLATIONS)}
        trig = sorted(it["trig"], key=lambda t: order[t[0]])
        note += " Triggers: " + " | ".join(
            "%s%s «%s»" % (a, "/" + k if k else "", p) for a, k, p in trig)
    if it["masked"]:
        note += " Masked: " + " | ".join("«%s»" % m for m in it["masked"])
    return note


def generate():
    items = []
    for part in PARTS:
        items.extend(part.ITEMS)
    for it in items:
        it["violations"] = sorted(it["violations"], key=VIOLATIONS.index)
    random.Random(SEED).shuffle(items)
    drafts, labels = [], []
    for n, it in enumerate(items, 1):
        i = "ep%02d" % n
        drafts.append({"id": i, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": i, "allowed": not it["violations"],
                       "violations": it["violations"], "note": make_note(it),
                       "lang": it["lang"]})
    return drafts, labels


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    drafts, labels = generate()
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        f.write(dumps(drafts))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        f.write(dumps(labels))
    print("wrote %d drafts and %d labels" % (len(drafts), len(labels)))


if __name__ == "__main__":
    main()
