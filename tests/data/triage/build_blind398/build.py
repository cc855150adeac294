#!/usr/bin/env python3
"""Build blind triage set 398 (prefix oy). Standard library only; fixed seed 398 (b_common.RNG).

Writes emails.jsonl, labels.jsonl, provenance.jsonl and README.md into this folder.
Item texts live in b_items1..4.py, helpers in b_common.py, README text in b_readme.py.
"""
import email
import email.policy
import json
import os
import random
import sys
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import b_common as C  # noqa: E402
import b_items1, b_items2, b_items3, b_items4  # noqa: E402,E401
import b_readme  # noqa: E402

FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]


def main():
    random.seed(398)  # email.generator draws MIME boundaries from the global RNG
    items = b_items1.ITEMS + b_items2.ITEMS + b_items3.ITEMS + b_items4.ITEMS
    assert [it["id"] for it in items] == [f"oy{i:02d}" for i in range(1, 81)], "ids out of order"
    emails, labels, prov = [], [], []
    for it in items:
        eml = it["raw"] if "raw" in it else C.build_reply(it)
        msg = email.message_from_bytes(eml.encode("utf-8"), policy=email.policy.default)
        today = parsedate_to_datetime(msg["Date"]).date()
        lab = {"id": it["id"]}
        for f in FIELDS:
            lab[f] = None
        lab["intent"] = it["intent"]
        for field, rule, args, phrase in it.get("dates", []):
            lab[field] = C.resolve(rule, args, today).isoformat()
        if it.get("amount"):
            raw, cur = it["amount"]
            lab["promised_amount"] = C.parse_amount(raw)
            lab["currency"] = cur
        lab["payment_reference"] = it.get("ref")
        lab["dispute_reason"] = it.get("reason")
        lab["new_contact_email"] = it.get("contact")
        lab["invoice_numbers"] = list(it["inv"])
        lab["note"] = f"[{it['key']}, {it['loc']}] {it['note']}"
        if it.get("injection"):
            lab["injection"] = True
        emails.append({"id": it["id"], "eml": eml})
        labels.append(lab)
        prov.append({"id": it["id"], "key": it["key"], "locale": it["loc"], "intent": it["intent"],
                     "format": it["fmt"], "injection": bool(it.get("injection")),
                     "dates": [{"field": f, "rule": r, "args": a, "phrase": p} for f, r, a, p in it.get("dates", [])],
                     "amount": ({"raw": it["amount"][0], "currency": it["amount"][1]} if it.get("amount") else None),
                     "payment_reference": it.get("ref"), "new_contact_email": it.get("contact"),
                     "invoice_numbers": list(it["inv"]), "reminder_case": it["rem"].case if it.get("rem") else None,
                     "reminder_currency": it["rem"].cur if it.get("rem") else None,
                     "date_header": msg["Date"]})
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "provenance.jsonl"), "w", encoding="utf-8") as f:
        for p in prov:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(b_readme.render(labels, prov))
    print(f"wrote {len(emails)} emails, labels, provenance, README")


if __name__ == "__main__":
    main()
