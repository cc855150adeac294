#!/usr/bin/env python3
"""Regenerate drafts.jsonl and labels.jsonl for blind guardrails set 391.

Standard library only. Draft texts live in build_part1.py .. build_part3.py;
helpers in build_common.py. Order is shuffled with a fixed seed (391).
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from build_common import ABBR, FULL, ORDER  # noqa: E402
import build_part1  # noqa: E402
import build_part2  # noqa: E402
import build_part3  # noqa: E402

SEED = 391


def make_note(d):
    key = "+".join(ABBR[v] for v in ORDER if ABBR[v] in d["v"]) or "OK"
    parts = ["[%s, %s]" % (key, d["lang"])]
    if d["subtle"]:
        parts.append("Subtle:")
    parts.append(d["why"])
    for a in [ABBR[v] for v in ORDER if ABBR[v] in d["v"]]:
        parts.append("Trigger %s: «%s»." % (a, d["t"][a]))
    for m in d["masked"]:
        parts.append("Masked: «%s»." % m)
    for kind, val in d["nums"]:
        parts.append("Number %s: «%s»." % (kind, val))
    for i in d["ids"]:
        parts.append("Id: «%s»." % i)
    return " ".join(parts)


def main():
    drafts = build_part1.DRAFTS + build_part2.DRAFTS + build_part3.DRAFTS
    rng = random.Random(SEED)
    rng.shuffle(drafts)
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as fd, \
         open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fl:
        for n, d in enumerate(drafts, 1):
            did = "vt%02d" % n
            assert set(d["t"]) == set(d["v"]), (d["subject"], d["t"], d["v"])
            viol = [v for v in ORDER if ABBR[v] in d["v"]]
            assert len(viol) == len(d["v"])
            fd.write(json.dumps({"id": did, "subject": d["subject"], "body": d["body"]},
                                ensure_ascii=False) + "\n")
            fl.write(json.dumps({"id": did, "allowed": not viol, "violations": viol,
                                 "note": make_note(d), "lang": d["lang"]},
                                ensure_ascii=False) + "\n")
    print("wrote %d drafts" % len(drafts))


if __name__ == "__main__":
    main()
