"""Build blind triage set 396 (Kestrel Print & Pack). Standard library only; seed 396.

The items live in kp_items1.py .. kp_items3.py (helpers in kp_common.py); this script
imports them in order and writes emails.jsonl, labels.jsonl and provenance.jsonl."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import kp_common  # noqa: E402
kp_common.RNG.seed(kp_common.SEED)
import kp_items1  # noqa: E402,F401
import kp_items2  # noqa: E402,F401
import kp_items3  # noqa: E402,F401

ORDER = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
         "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]


def main():
    items = kp_common.ITEMS
    assert [it["label"]["id"] for it in items] == ["nj%02d" % i for i in range(1, 81)]
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps({"id": it["label"]["id"], "eml": it["eml"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            lab = {k: it["label"][k] for k in ORDER}
            if it["label"].get("injection"):
                lab["injection"] = True
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "provenance.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps({"id": it["label"]["id"], "key": it["key"], "locale": it["locale"], "format": it["fmt"],
                                "prov": it["prov"]}, ensure_ascii=False) + "\n")
    import kp_readme
    kp_readme.write_readme(os.path.join(HERE, "README.md"), items)
    print("wrote %d items" % len(items))


if __name__ == "__main__":
    main()
