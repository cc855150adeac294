#!/usr/bin/env python3
"""Regenerate the blind guardrails set 405 (drafts.jsonl, labels.jsonl).

Standard library only. The drafts live in build_part2.py .. build_part4.py (helpers and
number generators in build_part1.py); this file shuffles them with a fixed seed, assigns
ids uk01..uk80 and writes both JSONL files.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build_part1 as p1  # noqa: E402
import build_part2  # noqa: E402,F401  (registers sv, nb, da, fi)
import build_part3  # noqa: E402,F401  (registers et, pl, cs, de-AT)
import build_part4  # noqa: E402,F401  (registers nl, en-GB, en-CA)

SEED = 405


def make_note(d):
    key = "+".join(p1.ABBR[v] for v in d["violations"]) or "OK"
    parts = [f"[{key}, {d['lang']}]"]
    if d["subtle"]:
        parts.append("Subtle.")
    parts.append(d["why"])
    for v in d["violations"]:
        a = p1.ABBR[v]
        parts.append(f'Trigger {a}: "{d["trig"][a]}".')
    for kind, s in d["nums"]:
        parts.append(f'Number {kind}: "{s}".')
    return " ".join(parts)


def main():
    drafts = list(p1.DRAFTS)
    assert len(drafts) == 80, len(drafts)
    random.Random(SEED).shuffle(drafts)
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as fd, \
         open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fl:
        for i, d in enumerate(drafts, 1):
            did = f"uk{i:02d}"
            fd.write(json.dumps({"id": did, "subject": d["subject"], "body": d["body"]},
                                ensure_ascii=False) + "\n")
            fl.write(json.dumps({"id": did, "allowed": not d["violations"],
                                 "violations": d["violations"], "note": make_note(d),
                                 "lang": d["lang"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(drafts)} drafts and labels to {HERE}")


if __name__ == "__main__":
    main()
