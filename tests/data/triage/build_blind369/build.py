#!/usr/bin/env python3
"""Build blind triage set 369 (prefix jy). Standard library only, seed 369.

The item definitions live in b_part1.py .. b_part5.py (helpers in b_common.py).
Writes emails.jsonl, labels.jsonl, provenance.json and README.md next to this file.
"""
import json, os, random, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b_common  # noqa: E402  (seeded RNG: random.Random(369))
import b_part1, b_part2, b_part3, b_part4, b_part5  # noqa: E402,F401

SEED = 369
ORDER = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
         "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]


def main():
    items = list(b_common.ITEMS)
    assert len(items) == 80, len(items)
    random.Random(SEED).shuffle(items)
    emails, labels, prov = [], [], []
    for n, it in enumerate(items, 1):
        iid = f"jy{n:02d}"
        emails.append({"id": iid, "eml": it["eml"]})
        lab = {"id": iid}
        for f in b_common.FIELDS:
            lab[f] = it["label"][f]
        lab["note"] = f"[{it['key']}, {it['loc']}] {it['note']}"
        if it["injection"]:
            lab["injection"] = True
        labels.append(lab)
        prov.append({"id": iid, "key": it["key"], "locale": it["loc"], "format": it["fmt"],
                     "dates": [list(d[:3]) + [d[3]] for d in it["dates"]],
                     "amounts": [list(a) for a in it["amounts"]], "injection": it["injection"]})
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "provenance.json"), "w", encoding="utf-8") as f:
        json.dump(prov, f, ensure_ascii=False, indent=1)
    write_readme(labels, prov)
    print("wrote 80 items")


def write_readme(labels, prov):
    cnt = Counter(l["intent"] for l in labels)
    loc = Counter(p["locale"] for p in prov)
    inj = [l["id"] for l in labels if l.get("injection")]
    lines = [open(os.path.join(HERE, "README_head.md"), encoding="utf-8").read().rstrip("\n"), "",
             "## Counts per intent", "", "| intent | n |", "|---|---|"]
    lines += [f"| `{i}` | {cnt[i]} |" for i in ORDER] + [f"| total | {sum(cnt.values())} |", "",
              "## Locales", "", "| locale | n |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(loc.items())]
    eng = sum(v for k, v in loc.items() if k.startswith("en"))
    lines += ["", f"English (en-GB + en-IE): {eng} of 80. Prompt-injection items: {', '.join(inj)}.", "",
              "## Items", "", "| id | key | locale | intent | format | note |", "|---|---|---|---|---|---|"]
    for l, p in zip(labels, prov):
        note = l["note"].split("] ", 1)[1].replace("|", "/")
        if len(note) > 150:
            note = note[:147].rsplit(" ", 1)[0] + " ..."
        flag = " (injection)" if p["injection"] else ""
        lines.append(f"| {l['id']} | {p['key']} | {p['locale']} | `{l['intent']}`{flag} | {p['format']} | {note} |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
