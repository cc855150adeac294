"""Regenerates blind set 379 (prefix np). Standard library only; fixed seed 379.

Parts: build_common.py (helpers, our reminder, quoting, MIME), build_reply.py (reply assembly, registry),
build_part_a.py (promise_to_pay, paid_claim), build_part_b.py (dispute, document_request, billing_update,
wrong_contact), build_part_c.py (out_of_office, payment_plan_request, legal, delivery_failure,
acknowledgement, other). Writes emails.jsonl, labels.jsonl and provenance.jsonl (used by check.py).
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build_part_a  # noqa: E402,F401
import build_part_b  # noqa: E402,F401
import build_part_c  # noqa: E402,F401
from build_reply import ITEMS, FIELDS  # noqa: E402


def main():
    items = list(ITEMS)
    assert len(items) == 80, len(items)
    random.Random(379).shuffle(items)
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as fe, \
            open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fl, \
            open(os.path.join(HERE, "provenance.jsonl"), "w", encoding="utf-8") as fp:
        for i, it in enumerate(items, 1):
            nid = "np%02d" % i
            it["id"] = nid
            fe.write(json.dumps({"id": nid, "eml": it["eml"]}, ensure_ascii=False) + "\n")
            lab = {"id": nid}
            for f in FIELDS:
                lab[f] = it["labels"][f]
            lab["note"] = it["note"]
            if it["injection"]:
                lab["injection"] = True
            fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
            fp.write(json.dumps({"id": nid, "key": it["key"], "locale": it["locale"], "format": it["fmt"],
                                 "intent": it["labels"]["intent"], "injection": it["injection"], **it["prov"]},
                                ensure_ascii=False) + "\n")
    import build_readme
    build_readme.write(items, HERE)
    print("wrote %d items" % len(items))


if __name__ == "__main__":
    main()
