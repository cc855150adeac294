"""Regenerate the blind guardrails set 415 (drafts.jsonl, labels.jsonl).

Standard library only. The drafts live in build_part1.py .. build_part4.py
(allowed English, allowed other languages, violating English, violating other
languages); this file shuffles them with seed 415, numbers them ud01..ud80 and
writes the two JSONL files next to it.

    python3 build.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build_part1  # noqa: E402
import build_part2  # noqa: E402
import build_part3  # noqa: E402
import build_part4  # noqa: E402

SEED = 415
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA", "sensitive_data": "SD"}


def q(s):
    return "\u00ab" + s + "\u00bb"


def make_note(item):
    v = item["v"]
    key = "+".join(ABBR[x] for x in v) if v else "OK"
    note = "[%s, %s] " % (key, item["lang"])
    if item.get("subtle"):
        note += "Subtle. "
    note += item["why"]
    if v:
        note += " Triggers: " + "; ".join("%s %s" % (k, q(p)) for k, p in item["trig"]) + "."
    else:
        if item.get("near"):
            note += " Near-miss: " + "; ".join(q(p) for p in item["near"]) + "."
        if item.get("masked"):
            note += " Masked: " + "; ".join(q(p) for p in item["masked"]) + "."
    return note


def generate():
    items = []
    for part in (build_part1, build_part2, build_part3, build_part4):
        items.extend(part.ITEMS)
    for it in items:
        assert it["v"] == sorted(it["v"], key=ORDER.index), it["v"]
    rng = random.Random(SEED)
    rng.shuffle(items)
    drafts, labels = [], []
    for n, it in enumerate(items, 1):
        did = "ud%02d" % n
        drafts.append({"id": did, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": did, "allowed": not it["v"], "violations": list(it["v"]),
                       "note": make_note(it), "lang": it["lang"]})
    return drafts, labels


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    drafts, labels = generate()
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        f.write(dump(drafts))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        f.write(dump(labels))
    print("wrote %d drafts and %d labels" % (len(drafts), len(labels)))


if __name__ == "__main__":
    main()
