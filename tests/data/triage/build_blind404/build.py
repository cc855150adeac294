"""Regenerates emails.jsonl, labels.jsonl, provenance.jsonl and README.md (seed 404, stdlib only)."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build_lib  # noqa: E402
build_lib.RNG.seed(404)
import build_p1, build_p2, build_p3, build_p4  # noqa: E402,F401
from build_readme import readme  # noqa: E402

ITEMS = build_lib.ITEMS


def main():
    assert [it["id"] for it in ITEMS] == [f"ic{i:02d}" for i in range(1, 81)], "ids out of order"
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps({"id": it["id"], "eml": it["eml"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps(it["label"], ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "provenance.jsonl"), "w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps({"id": it["id"], "key": it["key"], "loc": it["loc"], "fmt": it["fmt"],
                                "prov": it["prov"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(ITEMS))
    print(Counter(it["label"]["intent"] for it in ITEMS))


if __name__ == "__main__":
    main()
