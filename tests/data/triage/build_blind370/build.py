"""Regenerate blind set 370 (seed 370). Standard library only: python3 build.py"""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import b0_common
import b1_items, b2_items, b3_items, b4_items, b5_items, b6_readme

def main():
    for mod in (b1_items, b2_items, b3_items, b4_items, b5_items):
        mod.build()
    items = b0_common.ITEMS
    with open(HERE / "emails.jsonl", "w", encoding="utf-8") as fe, \
         open(HERE / "labels.jsonl", "w", encoding="utf-8") as fl, \
         open(HERE / "provenance.jsonl", "w", encoding="utf-8") as fp:
        for n, it in enumerate(items, 1):
            i = f"qa{n:02d}"
            fe.write(json.dumps({"id": i, "eml": it["eml"]}, ensure_ascii=False) + "\n")
            fl.write(json.dumps({"id": i, **it["label"]}, ensure_ascii=False) + "\n")
            pv = {"id": i, "key": it["key"], "locale": it["loc"], "format": it["fmt"], "dates": {}, **it["prov"]}
            if it["label"].get("injection"):
                pv["injection"] = True
            fp.write(json.dumps(pv, ensure_ascii=False) + "\n")
    (HERE / "README.md").write_text(b6_readme.readme(items), encoding="utf-8")
    print(f"wrote {len(items)} items")

if __name__ == "__main__":
    main()
