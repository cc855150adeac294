#!/usr/bin/env python3
"""Regenerate blind guard set 413: drafts.jsonl, labels.jsonl, meta.jsonl, check.py, README.md.

Standard library only; fixed seed 413 (build_common.RNG). The drafts themselves live in
build_allowed_a.py, build_allowed_b.py, build_violating_a.py and build_violating_b.py.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build_common as C          # noqa: E402  (numbers are generated at import, seed 413)
import build_allowed_a            # noqa: E402,F401
import build_allowed_b            # noqa: E402,F401
import build_violating_a          # noqa: E402,F401
import build_violating_b          # noqa: E402,F401
from build_checkpy import CHECK_SRC  # noqa: E402
from build_readme import readme   # noqa: E402


def main():
    rows = list(C.DRAFTS)
    assert len(rows) == 80, len(rows)
    C.RNG.shuffle(rows)              # interleave allowed and violating drafts, deterministically
    drafts, labels, meta = [], [], []
    for i, r in enumerate(rows, 1):
        did = "cj%02d" % i
        drafts.append({"id": did, "subject": r["subject"], "body": r["body"]})
        labels.append({"id": did, "allowed": not r["violations"], "violations": r["violations"],
                       "note": r["note"], "lang": r["lang"]})
        meta.append({"id": did, "subtle": r["subtle"], "triggers": r["triggers"],
                     "numbers": r["numbers"]})

    def dump(name, items):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")

    dump("drafts.jsonl", drafts)
    dump("labels.jsonl", labels)
    dump("meta.jsonl", meta)
    with open(os.path.join(HERE, "check.py"), "w", encoding="utf-8", newline="\n") as f:
        f.write(CHECK_SRC)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(labels, meta))
    print("wrote 80 drafts; run: python3 check.py")


if __name__ == "__main__":
    main()
