#!/usr/bin/env python3
"""Regenerate blind triage set 421 (ids ax01..ax80). Standard library only; fixed seed 421 (see bcommon.RNG).
Parts: bcommon.py (helpers), bpart1.py .. bpart4.py (items), breadme.py (README writer)."""
import json, os, sys, calendar, re
from datetime import date, timedelta
from email.utils import parsedate_to_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bcommon
import bpart1, bpart2, bpart3, bpart4  # noqa: F401  (registers items)
from bcommon import ITEMS, FIELDS

def today_of(eml):
    m = re.search(r"^Date:[ \t]*(.+)$", eml, re.M | re.I)
    return parsedate_to_datetime(m.group(1).strip()).date()   # calendar date in the header's own offset

def resolve(rule, args, t):
    if rule == "explicit": return date(*args)
    if rule == "plus_days": return t + timedelta(days=args[0])
    if rule == "this_weekday": return t + timedelta((args[0] - t.weekday()) % 7)
    if rule == "next_weekday": return t + timedelta(7 - t.weekday() + args[0])
    if rule == "prev_weekday": return t - timedelta((t.weekday() - args[0]) % 7)
    if rule == "prev_week_weekday": return t - timedelta(t.weekday() + 7 - args[0])
    if rule == "this_week_friday": return t + timedelta(4 - t.weekday())
    if rule == "end_of_month": return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if rule == "end_of_named_month":
        y = t.year if args[0] >= t.month else t.year + 1
        return date(y, args[0], calendar.monthrange(y, args[0])[1])
    if rule == "by_the":
        if t.day <= args[0]: return t.replace(day=args[0])
        y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
        return date(y, m, args[0])
    if rule == "iso_week_friday": return date.fromisocalendar(t.year, args[0], 5)
    if rule == "day_month_past":
        d = date(t.year, args[1], args[0]); return d if d <= t else date(t.year - 1, args[1], args[0])
    if rule == "day_month_future":
        d = date(t.year, args[1], args[0]); return d if d >= t else date(t.year + 1, args[1], args[0])
    raise ValueError(rule)

def parse_amount(raw, dec):
    s = re.sub(r"[^0-9.,]", "", raw).strip(".,")
    if dec == ",":
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    if "." not in s: s += ".00"
    whole, frac = s.split(".")
    return "%d.%s" % (int(whole), (frac + "00")[:2])

def main():
    out = os.path.dirname(os.path.abspath(__file__))
    items = sorted(ITEMS, key=lambda x: x["n"])
    assert [i["n"] for i in items] == list(range(1, 81)), [i["n"] for i in items]
    emails, labels, prov = [], [], []
    for it in items:
        iid = "ax%02d" % it["n"]
        lab = {"id": iid}
        for f in FIELDS: lab[f] = None
        lab["intent"] = it["intent"]
        lab["invoice_numbers"] = it["inv"]
        t = today_of(it["eml"])
        for p in it["prov"]:
            if p["kind"] == "date":
                lab[p["field"]] = resolve(p["rule"], p["args"], t).isoformat()
            else:
                lab[p["field"]] = parse_amount(p["raw"], p["dec"]); lab["currency"] = p["currency"]
        for k, v in it["kw"].items():
            assert k in FIELDS, k
            lab[k] = v
        lab["note"] = "[%s, %s] %s" % (it["key"], it["locale"], it["note"])
        if it["injection"]: lab["injection"] = True
        emails.append({"id": iid, "eml": it["eml"]})
        labels.append(lab)
        prov.append({"id": iid, "key": it["key"], "locale": it["locale"], "format": it["fmt"], "provenance": it["prov"],
                     "explicit_fields": sorted(it["kw"])})
    for name, rows in (("emails.jsonl", emails), ("labels.jsonl", labels), ("provenance.jsonl", prov)):
        with open(os.path.join(out, name), "w", encoding="utf-8") as fh:
            for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    import breadme
    breadme.write(out, items, labels)
    print("wrote %d items" % len(items))

if __name__ == "__main__":
    main()
