#!/usr/bin/env python3
"""Sanity checker for the blind172 triage set. Exits non-zero on any problem.

python3 check.py            # verify
python3 check.py --dump ID  # print the decoded text of one message
"""
import calendar
import email
import email.policy
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
KEYLETTER = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request",
             "B": "billing_update", "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request",
             "L": "legal_or_insolvency", "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
CURRENCIES = {"USD", "EUR", "INR", "ZAR", "MXN", "BRL", "CAD", "TRY", "THB"}

# Every date label: (field, rule, argument, phrase that must occur in the message text).
RULES = {
    "P01": [("promised_date", "next_wd", 4, "next Friday")],
    "P02": [("promised_date", "this_wd", 0, "by Monday")],
    "P03": [("promised_date", "by_the", 25, "by the 25th")],
    "P04": [("promised_date", "this_wd", 4, "el viernes")],
    "P05": [("promised_date", "iso_week_friday", 13, "KW 13")],
    "P06": [("promised_date", "plus_days", 14, "over twee weken")],
    "P07": [("promised_date", "end_of_month", None, "end of the month")],
    "P08": [("promised_date", "plus_days", 1, "amanhã")],
    "P09": [("promised_date", "this_week", None, "cette semaine")],
    "P10": [("promised_date", "this_wd", 4, "this Friday")],
    "P11": [("promised_date", "end_of_month", None, "ay sonuna kadar")],
    "P12": [("promised_date", "buddhist", (2569, 4, 10), "10 เมษายน 2569")],
    "C01": [("paid_date", "plus_days", -1, "yesterday")],
    "C02": [("paid_date", "dm_past", (4, 3), "04/03/2026")],
    "C03": [("paid_date", "dm_past", (4, 3), "mailed on 3/4")],
    "C04": [("paid_date", "dm_past", (12, 3), "12-03-2026")],
    "C05": [("paid_date", "plus_days", 0, "today")],
    "C06": [("paid_date", "dm_past", (2, 3), "2 de marzo")],
    "C07": [("paid_date", "plus_days", -1, "ontem")],
    "C08": [("paid_date", "dm_past", (10, 3), "le 10 mars")],
    "C09": [("paid_date", "dm_past", (9, 3), "9 maart")],
    "C10": [("paid_date", "plus_days", -1, "χθες")],
    "C11": [("paid_date", "dm_past", (13, 3), "March 13"), ("promised_date", "by_the", 27, "on the 27th")],
    "C12": [("paid_date", "plus_days", -1, "dün")],
    "D01": [("promised_date", "this_wd", 4, "on Friday")],
    "I01": [("promised_date", "dm_future", (15, 4), "April 15")],
    "I02": [("promised_date", "first_week", 4, "first week of April")],
    "I03": [("promised_date", "end_of_named_month", 4, "finales de abril")],
    "I05": [("promised_date", "end_of_month", None, "end of this month")],
    "I06": [("promised_date", "plus_days", 14, "iki hafta içinde")],
    "O01": [("return_date", "dm_future", (7, 4), "Tuesday 7 April")],
    "O02": [("return_date", "dm_future", (20, 3), "bis 20.03.2026")],
    "O03": [("return_date", "dm_future", (6, 4), "lunes 6 de abril")],
    "O04": [("return_date", "buddhist", (2569, 4, 20), "20 เมษายน 2569")],
    "O05": [("return_date", "next_wd", 0, "next Monday")],
}


def last_day(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def resolve(today, rule, arg):
    if rule == "plus_days":
        return today + timedelta(days=arg)
    if rule == "this_wd":
        return today + timedelta((arg - today.weekday()) % 7)
    if rule == "next_wd":
        return today + timedelta(7 - today.weekday() + arg)
    if rule == "this_week":
        return today + timedelta(4 - today.weekday())
    if rule == "end_of_month":
        return last_day(today.year, today.month)
    if rule == "end_of_named_month":
        y = today.year if arg >= today.month else today.year + 1
        return last_day(y, arg)
    if rule == "by_the":
        if today.day <= arg:
            return today.replace(day=arg)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, arg)
    if rule == "iso_week_friday":
        return date.fromisocalendar(today.year, arg, 5)
    if rule == "first_week":
        return date(today.year, arg, 7)
    if rule == "dm_past":
        d = date(today.year, arg[1], arg[0])
        return d if d <= today else date(today.year - 1, arg[1], arg[0])
    if rule == "dm_future":
        d = date(today.year, arg[1], arg[0])
        return d if d >= today else date(today.year + 1, arg[1], arg[0])
    if rule == "buddhist":
        return date(arg[0] - 543, arg[1], arg[2])
    raise ValueError(rule)


def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            continue
        if ct in ("text/plain", "text/html", "text/rfc822-headers", "message/delivery-status") or \
                ct.startswith("text/"):
            try:
                t = part.get_content()
            except Exception:
                t = part.get_payload(decode=True).decode("utf-8", "replace")
            if isinstance(t, list):
                t = "\n".join(str(x) for x in t)
            if ct == "text/html":
                t = re.sub(r"<[^>]+>", " ", t)
                t = t.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            out.append(str(t))
        elif ct == "message/delivery-status":
            out.append(str(part))
    # include header text of embedded messages
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.iter_parts():
                out.append(str(sub.get("Subject", "")))
    return "\n".join(out)


def norm_ws(s):
    return re.sub(r"\s+", " ", s)


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        for e in emails:
            if e["id"] == sys.argv[2]:
                m = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
                print("Subject:", m["Subject"], "\nDate:", m["Date"], "\nTo:", m["To"], "\n")
                print(all_text(m))
        return 0
    errs = []

    def bad(i, msg):
        errs.append(f"{i}: {msg}")

    if len(emails) != 80 or len(labels) != 80:
        bad("-", f"counts {len(emails)} {len(labels)}")
    seen_keys = set()
    for n, (e, l) in enumerate(zip(emails, labels), 1):
        i = e["id"]
        if i != "tv%02d" % n or l["id"] != i:
            bad(i, "id order")
        extra = set(l) - set(KEYS) - {"injection"}
        if extra or any(k not in l for k in KEYS):
            bad(i, f"label keys {sorted(l)}")
        if "injection" in l and l["injection"] is not True:
            bad(i, "injection must be true when present")
        m = re.match(r"\[([A-Z])(\d\d), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
        if not m:
            bad(i, "note prefix")
            continue
        key = m.group(1) + m.group(2)
        seen_keys.add(key)
        if KEYLETTER[m.group(1)] != l["intent"]:
            bad(i, f"key letter {key} vs intent {l['intent']}")
        if l["intent"] not in INTENTS:
            bad(i, "intent")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad(i, "dispute_reason")
        if (l["promised_amount"] is None) != (l["currency"] is None):
            bad(i, "currency null iff amount null")
        if l["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d\d", l["promised_amount"]):
            bad(i, "amount format")
        if l["currency"] is not None and l["currency"] not in CURRENCIES:
            bad(i, "currency")
        if l["intent"] != "out_of_office" and l["return_date"] is not None:
            bad(i, "return_date outside out_of_office")
        if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]):
            bad(i, "invoice_numbers list/dupes")
        for inv in l["invoice_numbers"]:
            if not re.fullmatch(r"INV-\d{4,6}", inv):
                bad(i, f"invoice format {inv}")
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None:
                try:
                    date.fromisoformat(l[f])
                except ValueError:
                    bad(i, f"{f} not ISO")
        # parse
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        except Exception as ex:  # pragma: no cover
            bad(i, f"parse {ex}")
            continue
        if "\ufffd" in e["eml"]:
            bad(i, "replacement char in raw eml")
        to = str(msg["To"])
        cm = re.search(r"receivables\+(TG\d{5})@billing\.aureliatravel\.example", to)
        if not cm:
            bad(i, f"case id not in To: {to}")
        text = all_text(msg)
        subj = str(msg["Subject"] or "")
        full = subj + "\n" + text
        if "\ufffd" in full:
            bad(i, "U+FFFD in decoded text")
        if l["intent"] != "delivery_failure" and not msg["In-Reply-To"]:
            bad(i, "human/auto reply without In-Reply-To")
        if l["intent"] == "out_of_office" and not msg["Auto-Submitted"]:
            bad(i, "auto-reply without Auto-Submitted")
        if l["intent"] != "out_of_office" and l["intent"] != "delivery_failure" and msg["Auto-Submitted"]:
            bad(i, "human reply with Auto-Submitted")
        for inv in l["invoice_numbers"]:
            if inv[4:] not in full:
                bad(i, f"invoice {inv} not in message")
        if not l["invoice_numbers"] and re.search(r"INV-\d", full):
            bad(i, "empty invoice_numbers but an INV- number is present")
        for f in ("new_contact_email", "payment_reference"):
            if l[f] is not None and l[f] not in text:
                bad(i, f"{f} {l[f]} not in text")
        if l["promised_amount"] is not None:
            stripped = re.sub(r"[\s,.\u00a0/-]", "", text)
            whole, frac = l["promised_amount"].split(".")
            if whole + frac not in stripped and whole not in stripped:
                bad(i, f"amount {l['promised_amount']} not in text")
        # dates
        today = parsedate_to_datetime(str(msg["Date"])).date()
        rules = RULES.get(key, [])
        ruled = {r[0] for r in rules}
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None and f not in ruled:
                bad(i, f"{key} {f} has no date rule")
        for f, rule, arg, phrase in rules:
            exp = resolve(today, rule, arg).isoformat()
            if l[f] != exp:
                bad(i, f"{key} {f}: label {l[f]} != {exp} ({rule} {arg} from {today})")
            if norm_ws(phrase) not in norm_ws(text):
                bad(i, f"{key} phrase {phrase!r} not in text")
    if len(seen_keys) != 80:
        bad("-", "keys not unique")
    if set(RULES) - seen_keys:
        bad("-", f"rules for unknown keys {set(RULES) - seen_keys}")
    c = Counter(l["intent"] for l in labels)
    for it in INTENTS:
        if c[it] < 3:
            bad("-", f"intent {it} has {c[it]}")
    inj = sum(1 for l in labels if l.get("injection"))
    if inj != 6:
        bad("-", f"{inj} injections")
    for x in errs:
        print("FAIL", x)
    print(f"{len(emails)} messages, {len(errs)} problems; intents {dict(c)}; injections {inj}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
