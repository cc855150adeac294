"""Build blind triage set 383. Standard library only; fixed seed 383 (see common.SEED).

    python3 build.py   -> emails.jsonl, labels.jsonl
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402  (seeds the RNG)
import items_a, items_b, items_c, items_d  # noqa: E402

ORDER = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date",
         "payment_reference", "dispute_reason", "new_contact_email", "return_date",
         "invoice_numbers", "note"]


def all_items():
    common.RNG.seed(common.SEED)
    out = []
    for mod in (items_a, items_b, items_c, items_d):
        for fn in mod.ITEMS:
            it = fn()
            it["id"] = fn.__name__
            out.append(it)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    items = all_items()
    assert [i["id"] for i in items] == ["kf%02d" % n for n in range(1, 81)]
    with open(os.path.join(here, "emails.jsonl"), "w", encoding="utf-8") as fe, \
            open(os.path.join(here, "labels.jsonl"), "w", encoding="utf-8") as fl:
        for it in items:
            fe.write(json.dumps({"id": it["id"], "eml": it["eml"]}, ensure_ascii=False) + "\n")
            lab = dict(it["lab"])
            lab["id"] = it["id"]
            lab["note"] = "[%s, %s] %s" % (it["key"], it["locale"], it["note"])
            rec = {k: lab[k] for k in ORDER}
            if it["injection"]:
                rec["injection"] = True
            fl.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d items" % len(items))


if __name__ == "__main__":
    main()
