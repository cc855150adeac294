"""Build blind triage set 407. Standard library only; seed 407 (see part_common.RNG)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import part_common  # noqa: E402
import part_a, part_b, part_c, part_d  # noqa: E402,E401
import part_readme  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    for p in (part_a, part_b, part_c, part_d):
        p.build()
    items = part_common.ITEMS
    ids = [it["id"] for it in items]
    assert ids == ["sq%02d" % i for i in range(1, len(ids) + 1)], ids
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps({"id": it["id"], "eml": it["eml"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it["label"], ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "provenance.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it["prov"], ensure_ascii=False) + "\n")
    part_readme.write(os.path.join(HERE, "README.md"), items)
    print("wrote %d items" % len(items))


if __name__ == "__main__":
    main()
