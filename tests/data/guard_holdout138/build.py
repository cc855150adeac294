#!/usr/bin/env python3
"""Regenerate the blind guardrail set 372 (standard library only, fixed seed 372).

Writes drafts.jsonl, labels.jsonl, triggers.jsonl and README.md next to this file.
The drafts themselves live in the parts_*.py files; build_common.py holds the
helpers and the generated (checksum-valid) numbers.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from build_common import ABBR, SEED, fill  # noqa: E402
import parts_en_tr  # noqa: E402
import parts_ar_el_he  # noqa: E402
import parts_ru_uk  # noqa: E402
import parts_ro_bg  # noqa: E402
import parts_sr_hr  # noqa: E402
import readme_text  # noqa: E402


def main():
    items = (parts_en_tr.ITEMS + parts_ar_el_he.ITEMS + parts_ru_uk.ITEMS
             + parts_ro_bg.ITEMS + parts_sr_hr.ITEMS)
    if len(items) != 80:
        raise SystemExit("expected 80 drafts, got %d" % len(items))
    order = list(range(len(items)))
    random.Random(SEED).shuffle(order)

    drafts, labels, trig = [], [], []
    for n, idx in enumerate(order, 1):
        it = items[idx]
        did = "bz%02d" % n
        key = "+".join(ABBR[v] for v in it["violations"]) or "OK"
        note = "[%s, %s] " % (key, it["lang"])
        if it["subtle"]:
            note += "Subtle. "
        note += it["why"]
        drafts.append({"id": did, "subject": fill(it["subject"]), "body": fill(it["body"])})
        labels.append({"id": did, "allowed": not it["violations"],
                       "violations": list(it["violations"]), "note": note,
                       "lang": it["lang"]})
        trig.append({"id": did, "subtle": it["subtle"],
                     "triggers": {k: fill(v) for k, v in it["triggers"].items()},
                     "sensitive": [[k, fill(v)] for k, v in it["sensitive"]],
                     "masked": [[k, fill(v)] for k, v in it["masked"]],
                     "ids": [[k, fill(v)] for k, v in it["ids"]]})

    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels),
                       ("triggers.jsonl", trig)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme_text.render(labels, trig))
    print("wrote %d drafts" % len(drafts))


if __name__ == "__main__":
    main()
