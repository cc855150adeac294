"""Build blind triage set 384. Standard library only; fixed seed 384 (see build_common.RNG).

Run:  python3 build.py   -> emails.jsonl, labels.jsonl, provenance.jsonl, README.md
"""
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_common as C  # noqa: E402
import build_items1, build_items2, build_items3, build_items4  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
         "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]


def main():
    for mod in (build_items1, build_items2, build_items3, build_items4):
        mod.build()
    items = C.ITEMS
    assert [it["id"] for it in items] == [f"ws{i:02d}" for i in range(1, 81)], [it["id"] for it in items]
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps({"id": it["id"], "eml": it["eml"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            lab = {k: it["label"][k] for k in ORDER}
            if it["injection"]:
                lab["injection"] = True
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "provenance.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            p = it["prov"]
            rec = {"id": it["id"], "key": it["key"], "locale": it["locale"], "intent": it["intent"],
                   "dates": {k: {"rule": r, "args": a, "phrase": ph} for k, (r, a, ph) in p.get("dates", {}).items()},
                   "amount": ({"raw": p["amount"][0], "style": p["amount"][1], "currency": p["amount"][2],
                               "why": p["amount"][3]} if "amount" in p else None),
                   "payment_reference": it["labels_in"].get("payment_reference"),
                   "new_contact_email": it["labels_in"].get("new_contact_email"),
                   "invoice_numbers": it["labels_in"].get("invoice_numbers", []),
                   "injection": it["injection"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    write_readme(items)
    print("built", len(items), dict(Counter(it["intent"] for it in items)))


def write_readme(items):
    cnt = Counter(it["intent"] for it in items)
    loc = Counter(it["locale"] for it in items)
    order = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
             "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
    with open(os.path.join(HERE, "README_head.md"), encoding="utf-8") as f:
        head = f.read()
    out = [head, "\n## Counts per intent\n\n| intent | n |\n|---|---|\n"]
    out += [f"| `{k}` | {cnt[k]} |\n" for k in order]
    out.append(f"| total | {sum(cnt.values())} |\n\n## Locales\n\n| locale | n |\n|---|---|\n")
    out += [f"| {k} | {v} |\n" for k, v in sorted(loc.items())]
    out.append("\nInjection items: " + ", ".join(it["id"] for it in items if it["injection"]) + "\n")
    out.append("\n## Items\n\n| id | key | locale | intent | format | note |\n|---|---|---|---|---|---|\n")
    for it in items:
        short = it["label"]["note"].split("] ", 1)[1]
        short = short.split(". ")[0].replace("|", "/")
        out.append(f"| {it['id']} | {it['key']} | {it['locale']} | {it['intent']} | {it['fmt']} | {short} |\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))


if __name__ == "__main__":
    main()
