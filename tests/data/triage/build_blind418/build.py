"""Build blind set 418: emails.jsonl, labels.jsonl, provenance.jsonl, README.md. Standard library only, seed 418.

Item specs live in build_p1..build_p4.py, helpers in build_lib.py, the README template in build_readme.py.
Verify with check.py.
"""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
random.seed(418)
import build_lib
from build_lib import reply
import build_p1, build_p2, build_p3, build_p4, build_readme

FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    items = build_p1.ITEMS + build_p2.ITEMS + build_p3.ITEMS + build_p4.ITEMS
    assert len(items) == 80, len(items)
    E, L, P = [], [], []
    for n, it in enumerate(items, 1):
        iid = "ko%02d" % n
        eml = it["builder"](it) if "builder" in it else reply(it)
        lab = {"id": iid}
        for f in FIELDS:
            lab[f] = it["intent"] if f == "intent" else it["lab"].get(f, [] if f == "invoice_numbers" else None)
        lab["note"] = "[%s, %s] %s" % (it["key"], it["loc"], it["note"])
        if it.get("inj"):
            lab["injection"] = True
        E.append({"id": iid, "eml": eml})
        L.append(lab)
        rem = it.get("_rem")
        P.append({"id": iid, "key": it["key"], "locale": it["loc"], "format": it["fmtname"],
                  "dates": it.get("dates", []), "amounts": it.get("amts", []),
                  "reminder_currency": it["cur"], "reminder_invoices": [i for i, _, _ in it["invs"]],
                  "reminder_msgid": rem["msgid"] if rem else None, "case": it["case"]})
    for name, rows in (("emails.jsonl", E), ("labels.jsonl", L), ("provenance.jsonl", P)):
        with open(os.path.join(here, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write(build_readme.render(items, L))
    print("wrote", len(E), "items")


if __name__ == "__main__":
    main()
