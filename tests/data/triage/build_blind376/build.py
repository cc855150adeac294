"""Regenerates emails.jsonl, labels.jsonl, provenance.jsonl and README.md (seed 376, stdlib only)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_common as C
import build_part1, build_part2, build_part3, build_part4
import build_readme

def main():
    C.RNG.seed(376)
    del C.ITEMS[:]
    for m in (build_part1, build_part2, build_part3, build_part4):
        m.build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "emails.jsonl"), "w", encoding="utf-8") as f:
        for it in C.ITEMS:
            f.write(json.dumps({"id": it["id"], "eml": it["eml"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "labels.jsonl"), "w", encoding="utf-8") as f:
        for it in C.ITEMS:
            f.write(json.dumps(it["label"], ensure_ascii=False) + "\n")
    with open(os.path.join(here, "provenance.jsonl"), "w", encoding="utf-8") as f:
        for it in C.ITEMS:
            f.write(json.dumps(it["prov"], ensure_ascii=False) + "\n")
    build_readme.write(here, C.ITEMS)
    print("wrote %d items" % len(C.ITEMS))

if __name__ == "__main__":
    main()
