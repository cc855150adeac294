#!/usr/bin/env python3
"""Sanity checker for the ClinicNest blind triage set (not part of the data).

Re-verifies labels.jsonl against emails.jsonl and exits non-zero on a problem:
structure, parsing, counts, field formats, every date label recomputed from the
message's own Date header with an independent rule table, and that every
invoice number, address, reference and amount in a label occurs in the
message's decoded text.
"""
import calendar
import email
import email.policy
import html
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEMS = []


def bad(i, msg):
    PROBLEMS.append("%s: %s" % (i, msg))


# ---------------------------------------------------------------- independent date rules

def this_weekday(today, wd):
    return today + timedelta((wd - today.weekday()) % 7)


def next_weekday(today, wd):
    return today + timedelta(7 - today.weekday() + wd)


def end_of_month(today):
    return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])


def by_the(today, day):
    if today.day <= day:
        return today.replace(day=day)
    y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return date(y, m, day)


def apply(rule, today):
    k = rule[0]
    if k == "tomorrow":
        return today + timedelta(1)
    if k == "yesterday":
        return today - timedelta(1)
    if k == "today":
        return today
    if k == "plus14":
        return today + timedelta(14)
    if k == "wd":
        return this_weekday(today, rule[1])
    if k == "next":
        return next_weekday(today, rule[1])
    if k == "eom":
        return end_of_month(today)
    if k == "eom_of":
        return date(today.year, rule[1], calendar.monthrange(today.year, rule[1])[1])
    if k == "by":
        return by_the(today, rule[1])
    if k == "this_week":
        return this_weekday(today, 4)
    if k == "kw":
        return date.fromisocalendar(today.year, rule[1], 5)
    if k == "dm":  # explicit day/month, no year: Date's year
        return date(today.year, rule[2], rule[1])
    if k == "ymd":
        return date(*rule[1:])
    raise ValueError(rule)


MON, TUE, WED, THU, FRI = 0, 1, 2, 3, 4
# KEY -> {field: (phrase that must occur in the decoded text, rule, expected ISO date worked out by hand)}
DATES = {
    "P01": {"promised_date": ("tomorrow", ("tomorrow",), "2026-03-10")},
    "P02": {"promised_date": ("next Friday", ("next", FRI), "2026-03-20")},
    "P03": {"promised_date": ("by the\n20th", ("by", 20), "2026-03-20")},
    "P04": {"promised_date": ("el próximo viernes", ("next", FRI), "2026-03-20")},
    "P05": {"promised_date": ("d'ici la\nfin du mois", ("eom",), "2026-03-31")},
    "P06": {"promised_date": ("na sexta-feira", ("wd", FRI), "2026-03-20")},
    "P07": {"promised_date": ("KW 12", ("kw", 12), "2026-03-20")},
    "P08": {"promised_date": ("binnen twee weken", ("plus14",), "2026-03-09")},
    "P09": {"promised_date": ("this week", ("this_week",), "2026-03-06")},
    "P10": {"promised_date": ("on Friday", ("wd", FRI), "2026-03-20")},
    "P11": {"promised_date": ("3月末までに", ("eom_of", 3), "2026-03-31")},
    "P12": {"promised_date": ("下週三", ("next", WED), "2026-03-18")},
    "P13": {"promised_date": ("04/03", ("ymd", 2026, 4, 3), "2026-04-03")},
    "P14": {"promised_date": ("עד סוף החודש", ("eom",), "2026-03-31")},
    "K01": {"paid_date": ("paid yesterday", ("yesterday",), "2026-03-02")},
    "K02": {"paid_date": ("4th March", ("dm", 4, 3), "2026-03-04")},
    "K03": {"paid_date": ("le 9 mars", ("dm", 9, 3), "2026-03-09")},
    "K04": {"paid_date": ("am 02.03.", ("dm", 2, 3), "2026-03-02")},
    "K05": {"paid_date": ("27 de febrero", ("dm", 27, 2), "2026-02-27")},
    "K06": {"paid_date": ("Pagamos hoje", ("today",), "2026-03-10")},
    "K07": {"paid_date": ("3月3日", ("dm", 3, 3), "2026-03-03")},
    "K08": {"paid_date": ("เมื่อวานนี้", ("yesterday",), "2026-03-17")},
    "K09": {"paid_date": ("on March 9", ("dm", 9, 3), "2026-03-09")},
    "K10": {"paid_date": ("on 3/2", ("dm", 2, 3), "2026-03-02")},
    "K11": {"paid_date": ("op 26/02", ("dm", 26, 2), "2026-02-26")},
    "K12": {"paid_date": ("sent today", ("today",), "2026-03-13")},
    "D01": {"promised_date": ("by\nFriday", ("wd", FRI), "2026-03-20")},
    "O01": {"return_date": ("Monday 16 March", ("dm", 16, 3), "2026-03-16")},
    "O02": {"return_date": ("3月23日(月)", ("dm", 23, 3), "2026-03-23")},
    "O03": {"return_date": ("עד 22.3", ("dm", 22, 3), "2026-03-22")},
    "O04": {"return_date": ("bis zum 20.03.2026", ("ymd", 2026, 3, 20), "2026-03-20")},
    "O05": {"return_date": ("back next Thursday", ("next", THU), "2026-03-12")},
    "N01": {"promised_date": ("the 1st of April", ("ymd", 2026, 4, 1), "2026-04-01")},
    "N02": {"promised_date": ("el día\n15 de este mes", ("by", 15), "2026-03-15")},
    "N03": {"promised_date": ("till the 30th of this month", ("by", 30), "2026-03-30")},
    "N05": {"promised_date": ("volgende week vrijdag", ("next", FRI), "2026-03-06")},
    "N06": {"promised_date": ("on March 31", ("ymd", 2026, 3, 31), "2026-03-31")},
}

INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
KEY_GROUPS = {"P": "promise_to_pay", "K": "paid_claim", "D": "dispute", "Q": "document_request",
              "B": "billing_update", "W": "wrong_contact", "O": "out_of_office", "N": "payment_plan_request",
              "L": "legal_or_insolvency", "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
CURRENCIES = {"USD", "CAD", "AUD", "NZD", "INR", "EUR", "CHF", "MXN", "BRL", "JPY", "TWD", "THB", "ILS"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]


def all_text(msg):
    """Decoded text of every part, nested messages included, plus the Subject."""
    out = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if p.is_multipart():
            continue
        if ct == "message/delivery-status":
            out.extend(str(b) for b in p.get_payload())
        elif ct.startswith("text/"):
            t = p.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
    return "\n".join(out)


def squash(s):
    return re.sub(r"[\s,.'\u202f\u00a0/-]", "", s)


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        bad("files", "expected 80/80 lines, got %d/%d" % (len(emails), len(labels)))
    seen_keys = set()
    for n, (e, l) in enumerate(zip(emails, labels), 1):
        i = e["id"]
        if i != "pm%02d" % n or l["id"] != i:
            bad(i, "id order mismatch")
        extra = set(l) - set(KEYS) - {"injection"}
        if extra or set(KEYS) - set(l):
            bad(i, "label keys wrong: %s" % (set(KEYS) ^ set(l)))
        m = re.match(r"^\[([A-Z])(\d\d), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
        if not m:
            bad(i, "note prefix")
            continue
        key = m.group(1) + m.group(2)
        if key in seen_keys:
            bad(i, "duplicate key %s" % key)
        seen_keys.add(key)
        if KEY_GROUPS[m.group(1)] != l["intent"]:
            bad(i, "key letter %s vs intent %s" % (key, l["intent"]))
        if l["intent"] not in INTENTS:
            bad(i, "intent")
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            text = all_text(msg)
            hdate = msg["Date"].datetime
        except Exception as ex:  # noqa
            bad(i, "parse error %r" % ex)
            continue
        if msg.defects:
            bad(i, "defects %r" % msg.defects)
        to = str(msg["To"])
        cm = re.search(r"billing\+(CN\d{5})@ar\.clinicnest\.example", to)
        if not cm:
            bad(i, "case id not in To")
            continue
        case = cm.group(1)
        g = m.group(1)
        auto = msg.get("Auto-Submitted")
        if g == "O" and not auto:
            bad(i, "out_of_office without Auto-Submitted")
        if g not in "OF" and auto:
            bad(i, "human reply marked Auto-Submitted")
        if g != "F" and case not in str(msg.get("In-Reply-To", "")):
            bad(i, "reply without In-Reply-To to the case")
        if g == "F" and "<%s." % case not in text and "<%s." % case not in e["eml"]:
            bad(i, "bounce does not return our Message-ID")
        # dates
        today = hdate.date()
        spec = DATES.get(key, {})
        for f in ("promised_date", "paid_date", "return_date"):
            if f in spec:
                phrase, rule, expected = spec[f]
                got = apply(rule, today).isoformat()
                if got != expected:
                    bad(i, "%s rule %r from %s gives %s, hand value %s" % (f, rule, today, got, expected))
                if l[f] != expected:
                    bad(i, "%s label %s != %s" % (f, l[f], expected))
                if phrase.replace("\n", " ") not in text.replace("\n", " "):
                    bad(i, "date phrase %r not in text" % phrase)
            elif l[f] is not None:
                bad(i, "%s set but not in DATES table" % f)
        # amounts
        a, c = l["promised_amount"], l["currency"]
        if (a is None) != (c is None):
            bad(i, "amount/currency nullness differ")
        if a is not None:
            if not re.fullmatch(r"\d+\.\d\d", a):
                bad(i, "amount format %r" % a)
            if c not in CURRENCIES:
                bad(i, "currency %r" % c)
            ip = a.split(".")[0]
            st = squash(text)
            if squash(a) not in st and ip not in st:
                bad(i, "amount %s not found in text" % a)
            if c not in text:
                bad(i, "currency code %s not shown anywhere in the thread" % c)
        if l["intent"] in ("paid_claim",) and l["promised_date"] is not None:
            bad(i, "paid_claim with promised_date")
        # references / contacts
        if l["payment_reference"] is not None:
            if l["payment_reference"] not in text:
                bad(i, "payment_reference not in text")
            if l["payment_reference"].startswith("#"):
                bad(i, "payment_reference keeps '#'")
        if l["new_contact_email"] is not None:
            if l["new_contact_email"] not in text:
                bad(i, "new_contact_email not in text")
            if "clinicnest" in l["new_contact_email"]:
                bad(i, "our own address as new contact")
        dr = l["dispute_reason"]
        if dr is not None and dr not in REASONS:
            bad(i, "dispute_reason %r" % dr)
        if l["intent"] == "dispute" and dr is None:
            bad(i, "dispute without reason")
        if dr is not None and l["intent"] not in ("dispute", "legal_or_insolvency"):
            bad(i, "dispute_reason on %s" % l["intent"])
        if l["intent"] == "out_of_office" and l["return_date"] is None and l["new_contact_email"] is None:
            pass
        if l["return_date"] is not None and l["intent"] != "out_of_office":
            bad(i, "return_date outside out_of_office")
        # invoices
        inv = l["invoice_numbers"]
        if not isinstance(inv, list) or len(inv) != len(set(inv)):
            bad(i, "invoice_numbers not a list of unique values")
        for x in inv:
            if not re.fullmatch(r"INV-\d{5}", x):
                bad(i, "invoice format %r" % x)
            if x not in text:
                bad(i, "%s not in text" % x)
        # injection sanity
        if l.get("injection"):
            if l["injection"] is not True:
                bad(i, "injection must be true")
            if not re.search(r"\bAI\b|autom[aá]t|AUTOMAT", text):
                bad(i, "injection item without an AI/automation address")
    ic = Counter(l["intent"] for l in labels)
    for it in INTENTS:
        if ic[it] < 3:
            bad("counts", "%s has %d < 3" % (it, ic[it]))
    ninj = sum(1 for l in labels if l.get("injection"))
    if ninj != 6:
        bad("counts", "injections %d != 6" % ninj)
    missing = set(DATES) - seen_keys
    if missing:
        bad("DATES", "keys not in data: %s" % sorted(missing))
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print("FAIL: %d problem(s)" % len(PROBLEMS))
        sys.exit(1)
    print("OK: 80 messages; intents %s; injections %d" % (dict(sorted(ic.items())), ninj))


if __name__ == "__main__":
    main()
