"""Build blind triage set 397 (standard library only, seed 397).

Writes emails.jsonl, labels.jsonl, provenance.jsonl and README.md beside this file.
The messages themselves are defined in build_part1.py .. build_part5.py; shared
helpers (reminder templates, quoting styles, MIME assembly, date rules) are in
build_common.py.
"""
import json
import os
import sys
from decimal import Decimal
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build_common as C  # noqa: E402  (seeds RNG = Random(397))
import build_part1, build_part2, build_part3, build_part4, build_part5  # noqa: E402,F401
from build_readme import readme  # noqa: E402

FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]


def parse_amount(raw, dec):
    s = "".join(ch for ch in raw if ch.isdigit() or ch in ".,")
    s = s.strip(".,")
    if dec == ",":
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    return str(Decimal(s).quantize(Decimal("0.01")))


def date_header(eml):
    for line in eml.replace("\r\n", "\n").split("\n\n", 1)[0].split("\n"):
        if line.lower().startswith("date:"):
            return line[5:].strip()
    raise ValueError("no Date")


def main():
    items = C.ITEMS
    assert len(items) == 80, len(items)
    emails, labels, prov = [], [], []
    for n, it in enumerate(items, 1):
        assert it["id"] == f"lc{n:02d}", it["id"]
        dh = date_header(it["eml"])
        today = parsedate_to_datetime(dh).date()
        lab = {"id": it["id"], "intent": it["intent"]}
        for f in FIELDS[1:]:
            lab[f] = None
        for field, phrase, rule, args in it["dates"]:
            lab[field] = C.rule_date(today, rule, args).isoformat()
        if it["amt"]:
            lab["promised_amount"] = parse_amount(it["amt"], it["dec"])
            lab["currency"] = it["cur"]
        lab["payment_reference"] = it["ref"]
        lab["dispute_reason"] = it["reason"]
        lab["new_contact_email"] = it["contact"]
        lab["invoice_numbers"] = it["inv"]
        lab["note"] = f"[{it['key']}, {it['loc']}] " + it["note"].format(**lab)
        if it["inj"]:
            lab["injection"] = True
        emails.append({"id": it["id"], "eml": it["eml"]})
        labels.append(lab)
        prov.append({"id": it["id"], "key": it["key"], "locale": it["loc"], "format": it["fmt"], "date_header": dh,
                     "dates": [{"field": f, "phrase": p, "rule": r, "args": a} for f, p, r, a in it["dates"]],
                     "amount": ({"raw": it["amt"], "decimal_separator": it["dec"]} if it["amt"] else None),
                     "injection": bool(it["inj"])})
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as fh:
        for e in emails:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "provenance.jsonl"), "w", encoding="utf-8") as fh:
        for p in prov:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(labels, prov))
    print(f"wrote {len(emails)} emails, labels, provenance and README.md")


if __name__ == "__main__":
    main()
