"""Build blind triage set 412. Standard library only; fixed seed 412 (see b_common.RNG).

Regenerates emails.jsonl, labels.jsonl and provenance.jsonl from the part files
b_common.py, b_part1.py .. b_part4.py that sit beside this file.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import b_common as C  # noqa: E402

FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]


def label(it):
    lab = it["lab"]
    today = C.today_of(it["date"])
    out = {"id": it["id"], "intent": it["intent"]}
    for f in FIELDS[1:]:
        out[f] = None
    if "pd" in lab:
        out["promised_date"] = C.resolve(lab["pd"]["rule"], today).isoformat()
    if "paid" in lab:
        out["paid_date"] = C.resolve(lab["paid"]["rule"], today).isoformat()
    if "ret" in lab:
        out["return_date"] = C.resolve(lab["ret"]["rule"], today).isoformat()
    if "amt" in lab:
        out["promised_amount"] = C.parse_amount(lab["amt"]["raw"])
        out["currency"] = lab["amt"]["cur"]
    out["payment_reference"] = lab.get("ref")
    out["dispute_reason"] = lab.get("reason")
    out["new_contact_email"] = lab.get("contact")
    out["invoice_numbers"] = list(lab.get("inv", []))
    loc = it["loc"]
    out["note"] = f"[{it['key']}, {loc}] {it['note']}"
    if it["injection"]:
        out["injection"] = True
    return out


def main():
    import b_part1, b_part2, b_part3, b_part4  # noqa: E401
    for p in (b_part1, b_part2, b_part3, b_part4):
        p.build()
    items = C.ITEMS
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "emails.jsonl"), "w", encoding="utf-8") as fe, \
         open(os.path.join(here, "labels.jsonl"), "w", encoding="utf-8") as fl, \
         open(os.path.join(here, "provenance.jsonl"), "w", encoding="utf-8") as fp:
        for it in items:
            fe.write(json.dumps({"id": it["id"], "eml": it["eml"]}, ensure_ascii=False) + "\n")
            fl.write(json.dumps(label(it), ensure_ascii=False) + "\n")
            fp.write(json.dumps({"id": it["id"], "key": it["key"], "locale": it["loc"], "format": it["fmt"],
                                 "intent": it["intent"], "date_header": it["date"], "lab": it["lab"],
                                 "reminder_invoices": it["rem_inv"], "injection": it["injection"]},
                                ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items")


if __name__ == "__main__":
    main()
