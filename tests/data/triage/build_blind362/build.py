"""Regenerate the blind triage set 362 (standard library only, seed 362).

    python3 build.py      # writes emails.jsonl, labels.jsonl, README.md in this folder
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402  (RNG = random.Random(362) lives in common)
import items_a  # noqa: E402,F401
import items_b  # noqa: E402,F401
import items_c  # noqa: E402,F401

ITEMS = common.ITEMS
ORDER = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
         "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]


def main():
    assert [i["id"] for i in ITEMS] == [f"wn{n:02d}" for n in range(1, 81)]
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps({"id": it["id"], "eml": it["eml"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps(it["labels"], ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme())
    print(f"wrote {len(ITEMS)} items")


def readme():
    ic = Counter(i["labels"]["intent"] for i in ITEMS)
    lc = Counter(i["loc"] for i in ITEMS)
    inj = [i["id"] for i in ITEMS if i["labels"].get("injection")]
    dr = Counter(i["labels"]["dispute_reason"] for i in ITEMS if i["labels"]["dispute_reason"])
    out = [open(os.path.join(HERE, "README_head.md"), encoding="utf-8").read().rstrip("\n"), "",
           "## Counts per intent", "", "| intent | n |", "|---|---|"]
    out += [f"| `{k}` | {ic[k]} |" for k in ORDER] + [f"| total | {sum(ic.values())} |", ""]
    out += ["dispute_reason (all items that carry one, including non-dispute intents): " +
            ", ".join(f"{k} {v}" for k, v in sorted(dr.items())), ""]
    out += ["## Locales", "", "| locale | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(lc.items())]
    out += ["", f"Injection items ({len(inj)}): " + ", ".join(inj), "", "## Items", "",
            "| id | key | locale | intent | format | note |", "|---|---|---|---|---|---|"]
    for it in ITEMS:
        note = it["labels"]["note"].split("] ", 1)[1].replace("|", "/")
        if len(note) > 140:
            note = note[:137].rsplit(" ", 1)[0] + " ..."
        out.append(f"| {it['id']} | {it['key']} | {it['loc']} | {it['labels']['intent']} | {it['fmt']} | {note} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
