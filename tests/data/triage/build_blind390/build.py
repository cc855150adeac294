"""Builds the blind triage set 390: emails.jsonl, labels.jsonl, provenance.jsonl.
Standard library only; fixed seed 390 (see build_common.RNG). Run: python3 build.py"""
import json
import os

import build_common
from build_render import render_reply, render_auto, rem_msgid
from build_bounce import render_bounce
import build_items1, build_items2, build_items3, build_items4

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]


def main():
    build_common.RNG.seed(build_common.SEED)
    items = build_items1.ITEMS + build_items2.ITEMS + build_items3.ITEMS + build_items4.ITEMS
    assert [it["id"] for it in items] == ["hq%02d" % i for i in range(1, 81)], "ids out of order"
    emails, labels, prov = [], [], []
    for it in items:
        it["_remid"] = rem_msgid(it)
        kind = it.get("kind", "reply")
        eml = render_bounce(it) if kind == "bounce" else render_auto(it) if kind == "auto" else render_reply(it)
        emails.append({"id": it["id"], "eml": eml})
        lab = {"id": it["id"]}
        for f in FIELDS:
            lab[f] = it["intent"] if f == "intent" else it["L"].get(f, [] if f == "invoice_numbers" else None)
        lab["note"] = "[%s, %s] %s" % (it["key"], it["locale"], it["note"])
        if it.get("injection"):
            lab["injection"] = True
        labels.append(lab)
        fmt = kind if kind == "bounce" else it.get("fmt")
        prov.append({"id": it["id"], "key": it["key"], "locale": it["locale"], "kind": kind,
                     "fmt": ("bounce:" + it["mta"]) if kind == "bounce" else fmt,
                     "thread_currency": it["cur"], "thread_invoices": [i[0] for i in it["inv"]],
                     "dates": [list(d) for d in it["P"]["dates"]], "amts": [list(a) for a in it["P"]["amts"]],
                     "injection": bool(it.get("injection"))})
    for name, rows in (("emails.jsonl", emails), ("labels.jsonl", labels), ("provenance.jsonl", prov)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d items" % len(items))


if __name__ == "__main__":
    main()
