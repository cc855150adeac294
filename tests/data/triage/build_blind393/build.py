"""Build blind triage set 393 (dental lab / dental supplies AR). Standard library only, seed 393.

Parts: common.py (helpers, reminder, registry), part1.py .. part4.py (items).
Writes emails.jsonl, labels.jsonl, provenance.jsonl, README.md.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
import part1, part2, part3, part4  # noqa: E402,E401
from readme_text import make_readme  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    common.RNG.seed(393)
    common.ITEMS.clear()
    for p in (part1, part2, part3, part4):
        p.build()
    ids = [it["id"] for it in common.ITEMS]
    assert ids == ["rb%02d" % i for i in range(1, 81)], ids
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as f:
        for it in common.ITEMS:
            f.write(json.dumps({"id": it["id"], "eml": it["eml"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for it in common.ITEMS:
            f.write(json.dumps(it["label"], ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "provenance.jsonl"), "w", encoding="utf-8") as f:
        for it in common.ITEMS:
            f.write(json.dumps(it["prov"], ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(make_readme(common.ITEMS))
    print("wrote %d items" % len(common.ITEMS))


if __name__ == "__main__":
    main()
