#!/usr/bin/env python3
"""Sanity checker for the blind triage set (not part of the data). Exits non-zero on a problem."""
import calendar
import email
import email.policy
import email.utils
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement",
           "other"]
LETTER = dict(zip("PCDRBWOLXFAZ", INTENTS))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
CURS = {"GBP", "USD", "NZD", "SGD", "MXN", "EUR", "PLN", "NOK", "HUF", "VND"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]

# Independent table of every date label: KEY -> {field: (rule, arg)}; rules re-implemented below.
DATE_RULES = {
    "P01": {"promised_date": ("weekday", 4)},          # "on Friday's BACS run"
    "P02": {"promised_date": ("next", 1)},             # "next Tuesday"
    "P03": {"promised_date": ("by", 20)},              # "by the 20th"
    "P04": {"promised_date": ("thisweek", None)},      # "this week"
    "P05": {"promised_date": ("next", 4)},             # "el próximo viernes"
    "P06": {"promised_date": ("kw", 14)},              # "in KW 14"
    "P07": {"promised_date": ("eom", None)},           # "à la fin du mois"
    "P08": {"promised_date": ("daymonth", (10, 4, "future"))},   # "do 10 kwietnia"
    "P09": {"promised_date": ("numeric_us", "04/03/2026")},
    "P10": {"promised_date": ("numeric_eu", "03/04/2026")},
    "P11": {"promised_date": ("plus", 1)},             # "i morgen"
    "P12": {"promised_date": ("next", 2)},             # "jövő hét szerdán"
    "C01": {"paid_date": ("plus", -1)},                # "yesterday"
    "C02": {"paid_date": ("numeric_us_nY", (2, 27))},  # "2/27"
    "C03": {"paid_date": ("plus", 0)},                 # "today"
    "C04": {"paid_date": ("numeric_eu_nY", (9, 3))},   # "9/3" (Singapore, day/month)
    "C05": {"paid_date": ("daymonth", (6, 3, "past"))},
    "C06": {"paid_date": ("daymonth", (27, 2, "past"))},
    "C07": {"paid_date": ("numeric_eu_dot", "05.03.2026")},
    "C08": {"paid_date": ("plus", -1)},                # "ieri"
    "C09": {"paid_date": ("daymonth", (2, 3, "past"))},
    "C10": {"paid_date": ("daymonth", (6, 3, "past"))},
    "C11": {"paid_date": ("numeric_eu", "10/03/2026")},
    "D01": {"promised_date": ("by", 27)},
    "O01": {"return_date": ("daymonth", (23, 3, "future"))},
    "O02": {"return_date": ("next", 2)},
    "O03": {"return_date": ("numeric_eu_dot", "02.03.2026")},
    "O04": {"return_date": ("daymonth", (16, 3, "future"))},
    "O05": {"return_date": ("daymonth", (14, 4, "future"))},
    "O06": {"return_date": ("daymonth", (30, 3, "future"))},
    "L01": {"promised_date": ("daymonth", (1, 4, "future"))},
    "L02": {"promised_date": ("eom_named", 4)},
    "L03": {"promised_date": ("daymonth", (15, 4, "future"))},
    "L04": {"promised_date": ("daymonth", (1, 4, "future"))},
    "L06": {"promised_date": ("plus", 14)},
}
INJECTION_KEYS = {"P02", "C06", "C10", "D10", "W05", "Z01"}

problems = []


def bad(msg):
    problems.append(msg)


def compute(rule, arg, today):
    if rule == "plus":
        return today + timedelta(days=arg)
    if rule == "weekday":
        d = today
        while d.weekday() != arg:
            d += timedelta(days=1)
        return d
    if rule == "next":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=arg)
    if rule == "thisweek":
        return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if rule == "kw":
        return date.fromisocalendar(today.year, arg, 5)
    if rule == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "eom_named":
        y = today.year if arg >= today.month else today.year + 1
        return date(y, arg, calendar.monthrange(y, arg)[1])
    if rule == "by":
        d = today
        while d.day != arg:
            d += timedelta(days=1)
        return d
    if rule == "daymonth":
        day, month, when = arg
        d = date(today.year, month, day)
        if when == "past" and d > today:
            d = date(today.year - 1, month, day)
        if when == "future" and d < today:
            d = date(today.year + 1, month, day)
        return d
    if rule == "numeric_us":
        m, d, y = map(int, arg.split("/"))
        return date(y, m, d)
    if rule == "numeric_eu":
        d, m, y = map(int, arg.split("/"))
        return date(y, m, d)
    if rule == "numeric_eu_dot":
        d, m, y = map(int, arg.split("."))
        return date(y, m, d)
    if rule == "numeric_us_nY":
        m, d = arg
        x = date(today.year, m, d)
        return x if x <= today else date(today.year - 1, m, d)
    if rule == "numeric_eu_nY":
        d, m = arg
        x = date(today.year, m, d)
        return x if x <= today else date(today.year - 1, m, d)
    raise ValueError(rule)


def all_text(msg):
    out = []
    for k, v in msg.items():
        out.append("%s: %s" % (k, v))
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith("text/"):
            try:
                out.append(p.get_content())
                if ct == "text/rfc822-headers":
                    h = email.message_from_string(p.get_content(), policy=email.policy.default)
                    out.append("Subject: %s" % h["Subject"])
            except Exception as e:  # noqa
                bad("cannot decode part %s: %s" % (ct, e))
        elif ct == "message/rfc822":
            pass  # walked by msg.walk()
        elif ct == "message/delivery-status":
            for blk in p.get_payload():
                out.append(str(blk))
    return "\n".join(out)


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        bad("expected 80/80 lines, got %d/%d" % (len(emails), len(labels)))
    keys = set()
    intents = Counter()
    inj = set()
    for n, (e, l) in enumerate(zip(emails, labels), 1):
        eid = "fz%02d" % n
        if e["id"] != eid or l["id"] != eid:
            bad("%s: id mismatch %s/%s" % (eid, e["id"], l["id"]))
        for f in FIELDS:
            if f not in l:
                bad("%s: missing field %s" % (eid, f))
        extra = set(l) - set(FIELDS) - {"injection"}
        if extra:
            bad("%s: extra fields %s" % (eid, extra))
        m = re.match(r"\[([A-Z])(\d\d), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
        if not m:
            bad("%s: note prefix" % eid)
            continue
        key = m.group(1) + m.group(2)
        if key in keys:
            bad("%s: duplicate key %s" % (eid, key))
        keys.add(key)
        if LETTER[m.group(1)] != l["intent"]:
            bad("%s: key %s vs intent %s" % (eid, key, l["intent"]))
        intents[l["intent"]] += 1
        if l.get("injection"):
            inj.add(key)
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        if "\ufffd" in e["eml"]:
            bad("%s: replacement character in eml" % eid)
        dh = msg["Date"]
        today = email.utils.parsedate_to_datetime(str(dh)).date()
        to = str(msg["To"])
        if not re.search(r"credit\.control\+R5\d{3}@ar\.frostline\.example", to):
            bad("%s: case id not in To: %s" % (eid, to))
        text = all_text(msg)
        flat = re.sub(r"[\s,.\u00a0']", "", text)
        # field formats
        for f in ("promised_date", "paid_date", "return_date"):
            v = l[f]
            if v is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                bad("%s: %s format %r" % (eid, f, v))
        amt = l["promised_amount"]
        if (amt is None) != (l["currency"] is None):
            bad("%s: currency null iff amount null" % eid)
        if amt is not None:
            if not re.fullmatch(r"\d+\.\d\d", amt):
                bad("%s: amount format %r" % (eid, amt))
            if l["currency"] not in CURS:
                bad("%s: currency %r" % (eid, l["currency"]))
            whole, cents = amt.split(".")
            if (whole + cents) not in flat and not (cents == "00" and whole in flat):
                bad("%s: amount %s not in text" % (eid, amt))
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad("%s: dispute_reason %r" % (eid, l["dispute_reason"]))
        if l["intent"] == "dispute" and not l["dispute_reason"]:
            bad("%s: dispute without reason" % eid)
        if l["return_date"] and l["intent"] != "out_of_office":
            bad("%s: return_date outside out_of_office" % eid)
        for f in ("new_contact_email", "payment_reference"):
            if l[f] is not None and l[f] not in text:
                bad("%s: %s %r not in message" % (eid, f, l[f]))
        invs = l["invoice_numbers"]
        if not isinstance(invs, list) or len(set(invs)) != len(invs):
            bad("%s: invoice_numbers %r" % (eid, invs))
        for i in invs:
            if not re.fullmatch(r"INV-\d{4}", i) or i[4:] not in text:
                bad("%s: invoice %s" % (eid, i))
        # auto-replies and bounces
        auto = msg["Auto-Submitted"]
        if l["intent"] == "out_of_office" and not auto:
            bad("%s: out_of_office without Auto-Submitted" % eid)
        if l["intent"] == "delivery_failure" and msg.get_content_type() != "multipart/report" \
                and "delivery" not in str(msg["Subject"]).lower():
            bad("%s: bounce shape" % eid)
        # dates
        rules = DATE_RULES.get(key, {})
        for f in ("promised_date", "paid_date", "return_date"):
            if f in rules:
                exp = compute(*rules[f], today).isoformat()
                if l[f] != exp:
                    bad("%s %s: %s = %s, recomputed %s" % (eid, key, f, l[f], exp))
            elif l[f] is not None:
                bad("%s %s: %s set without a rule" % (eid, key, f))
    for i in INTENTS:
        if intents[i] < 3:
            bad("intent %s has %d" % (i, intents[i]))
    if inj != INJECTION_KEYS:
        bad("injection keys %s" % sorted(inj))
    if len(keys) != 80:
        bad("keys %d" % len(keys))
    if problems:
        print("\n".join(problems))
        print("FAILED: %d problem(s)" % len(problems))
        sys.exit(1)
    print("OK: 80 messages; intents %s; injections %d" % (dict(intents), len(inj)))


if __name__ == "__main__":
    main()
