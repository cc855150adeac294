"""Build the blind guard set 380: drafts.jsonl and labels.jsonl.

Standard library only. The drafts live in the b_*.py part files beside this
script; this script orders them with a fixed seed (380), numbers them
cg01..cg80 and writes both files. Run:  python3 build.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from b_common import ITEMS, ORDER, ABBR  # noqa: E402
import b_en_us_gb  # noqa: E402,F401
import b_en_ie_in  # noqa: E402,F401
import b_es_pt  # noqa: E402,F401
import b_fr_de  # noqa: E402,F401
import b_it_pl_hu_ro  # noqa: E402,F401

SEED = 380


def note_for(item):
    key = "+".join(ABBR[v] for v in item["violations"]) or "OK"
    parts = [f"[{key}, {item['lang']}]"]
    parts.append(("Subtle: " if item["subtle"] else "") + item["why"])
    marks = []
    for abbr, phrase in item["trig"]:
        marks.append(f"trigger[{abbr}]=⟦{phrase}⟧")
    for kind, value in item["nums"]:
        marks.append(f"number[{kind}]=⟦{value}⟧")
    for kind, value in item["masked"]:
        marks.append(f"masked[{kind}]=⟦{value}⟧")
    for kind, value in item["refs"]:
        marks.append(f"ref[{kind}]=⟦{value}⟧")
    if marks:
        parts.append("| " + " ".join(marks))
    return " ".join(parts)


def main():
    items = list(ITEMS)
    assert len(items) == 80, len(items)
    rng = random.Random(SEED)
    rng.shuffle(items)
    drafts, labels = [], []
    for n, item in enumerate(items, 1):
        did = f"cg{n:02d}"
        drafts.append({"id": did, "subject": item["subject"], "body": item["body"]})
        viol = [v for v in ORDER if v in item["violations"]]
        labels.append({"id": did, "allowed": not viol, "violations": viol,
                       "note": note_for(item), "lang": item["lang"]})
    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(drafts)} drafts and {len(labels)} labels (seed {SEED})")


if __name__ == "__main__":
    main()
