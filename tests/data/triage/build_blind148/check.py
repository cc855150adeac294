#!/usr/bin/env python3
"""Sanity checker for the blind148 triage set (not part of the data). Exits non-zero on any problem."""
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
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement",
           "other"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
LETTER = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "Q": "document_request", "B": "billing_update",
          "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request", "L": "legal_or_insolvency",
          "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note", "injection"]
CURRENCIES = {"USD", "GBP", "EUR", "INR", "ZAR", "CHF", "PLN", "SEK"}


# ---- date rules (samples README conventions), written independently of build.py
def this_wd(t, wd):
    return t + timedelta((wd - t.weekday()) % 7)


def next_wd(t, wd):
    return t + timedelta(7 - t.weekday() + wd)


def eom(t):
    return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])


def by_the(t, d):
    if t.day <= d:
        return t.replace(day=d)
    y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    return date(y, m, d)


def past_dm(t, d, m):
    x = date(t.year, m, d)
    return x if x <= t else date(t.year - 1, m, d)


def future_dm(t, d, m):
    x = date(t.year, m, d)
    return x if x >= t else date(t.year + 1, m, d)


def resolve(t, rule, arg):
    if rule == "today":
        return t
    if rule == "yesterday":
        return t - timedelta(1)
    if rule == "tomorrow":
        return t + timedelta(1)
    if rule == "this_wd":
        return this_wd(t, arg)
    if rule == "next_wd":
        return next_wd(t, arg)
    if rule == "this_week":
        return t + timedelta(4 - t.weekday())
    if rule == "eom":
        return eom(t)
    if rule == "eom_named":
        y = t.year if arg >= t.month else t.year + 1
        return date(y, arg, calendar.monthrange(y, arg)[1])
    if rule == "plus":
        return t + timedelta(arg)
    if rule == "by_the":
        return by_the(t, arg)
    if rule == "kw":
        return date.fromisocalendar(t.year, arg, 5)
    if rule == "past_dm":
        return past_dm(t, *arg)
    if rule == "future_dm":
        return future_dm(t, *arg)
    if rule == "explicit_iso":
        return date.fromisoformat(arg)
    if rule == "us_mdy":
        m, d, y = map(int, arg.split("/"))
        return date(y, m, d)
    if rule == "eu_dmy":
        d, m, y = map(int, re.split(r"[./]", arg))
        return date(y, m, d)
    raise ValueError(rule)


# key -> [(field, rule, arg, phrase that must be in the text, weekday it must fall on or None)]
RULES = {
    "P01": [("promised_date", "this_wd", 4, "this Friday", None)],
    "P02": [("promised_date", "by_the", 27, "on the 27th", None)],
    "P03": [("promised_date", "next_wd", 0, "next Monday", None)],
    "P04": [("promised_date", "eom", None, "by month-end", None)],
    "P05": [("promised_date", "kw", 11, "KW 11", 4)],
    "P06": [("promised_date", "eom", None, "la fin du mois", None)],
    "P07": [("promised_date", "next_wd", 4, "w przyszły piątek", None)],
    "P08": [("promised_date", "by_the", 25, "senast den 25:e", None)],
    "P09": [("promised_date", "next_wd", 2, "na próxima quarta-feira", None)],
    "P10": [("promised_date", "this_week", None, "this week", 4)],
    "P12": [("promised_date", "future_dm", (31, 3), "on March 31", None)],
    "C01": [("paid_date", "yesterday", None, "paid yesterday", None)],
    "C02": [("paid_date", "past_dm", (6, 3), "Friday 6 March", 4)],
    "C03": [("paid_date", "yesterday", None, "done yesterday", None)],
    "C04": [("paid_date", "today", None, "Paid this morning", None)],
    "C05": [("paid_date", "eu_dmy", "10.03.2026", "am 10.03.2026", None)],
    "C06": [("paid_date", "past_dm", (5, 3), "le 5 mars", None)],
    "C07": [("paid_date", "yesterday", None, "wczoraj", None)],
    "C08": [("paid_date", "explicit_iso", "2026-02-26", "betalades 2026-02-26", None)],
    "C09": [("paid_date", "eu_dmy", "27/02/2026", "27/02/2026", None)],
    "C10": [("paid_date", "us_mdy", "03/04/2026", "mailed 03/04/2026", None)],
    "C11": [("paid_date", "yesterday", None, "gister betaal", None)],
    "D01": [("promised_date", "next_wd", 4, "next Friday", None)],
    "D05": [("paid_date", "past_dm", (27, 2), "on 27 February", None)],
    "I01": [("promised_date", "future_dm", (1, 4), "on April 1", None)],
    "I02": [("promised_date", "eom_named", 4, "the end of April", None)],
    "I03": [("promised_date", "plus", 14, "two weeks\nmein", None)],
    "I04": [("promised_date", "eom", None, "per\nEnde Monat", None)],
    "I06": [("promised_date", "by_the", 15, "do 15-go", None)],
    "O01": [("return_date", "future_dm", (23, 3), "until Monday, March 23", 0)],
    "O02": [("return_date", "eu_dmy", "16.03.2026", "ab Montag, dem 16.03.2026", 0)],
    "O03": [("return_date", "next_wd", 2, "back next Wednesday", None)],
    "O04": [("return_date", "future_dm", (8, 4), "le mercredi 8 avril", 2)],
    "O06": [("return_date", "eu_dmy", "03/04/2026", "até 03/04/2026", None)],
}


def texts(msg):
    """All decoded text of a message: headers we care about + every text part, recursing into attachments."""
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/delivery-status":
            out.extend(str(block) for block in part.get_payload())
            continue
        if ct.startswith("text/"):
            try:
                c = part.get_content()
            except Exception:
                c = part.get_payload(decode=True)
                c = c.decode("utf-8", "replace") if isinstance(c, bytes) else str(part.get_payload())
            if not isinstance(c, str):
                c = str(c)
            if ct == "text/html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c))
            out.append(c)
        if ct == "message/rfc822":
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
            out.append(str(inner.get("Subject", "")))
    return "\n".join(out)


def amount_forms(a):
    ip, dp = a.split(".")
    n = int(ip)
    forms = set()
    def grp(s, sep):
        o = []
        while len(s) > 3:
            o.insert(0, s[-3:]); s = s[:-3]
        o.insert(0, s)
        return sep.join(o)
    def indian(s):
        if len(s) <= 3:
            return s
        head, tail = s[:-3], s[-3:]
        o = []
        while len(head) > 2:
            o.insert(0, head[-2:]); head = head[:-2]
        o.insert(0, head)
        return ",".join(o) + "," + tail
    ints = {grp(str(n), sep) for sep in [",", ".", " ", "\u00a0", "'", "\u2019", ""]} | {indian(str(n))}
    for i in ints:
        forms.add(i + "." + dp)
        forms.add(i + "," + dp)
        if dp == "00":
            forms.add(i + ".\u2013")
            forms.add(i + "/-")
            forms.add(i + " kr")
            forms.add(i + " ")
            forms.add(i + "\n")
            forms.add(i + "?")
            forms.add(i + ",")
            forms.add(i + ")")
    return forms


def main():
    errs = []
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        errs.append("need 80 emails and 80 labels, got %d/%d" % (len(emails), len(labels)))
    intents, langs, injections, seen_keys = Counter(), Counter(), 0, set()
    for n, (e, lb) in enumerate(zip(emails, labels), 1):
        i = "fk%02d" % n
        if e["id"] != i or lb["id"] != i:
            errs.append("%s: id/order mismatch (%s, %s)" % (i, e["id"], lb["id"]))
        if list(lb.keys()) != KEYS:
            errs.append("%s: label keys %s" % (i, list(lb.keys())))
        m = re.match(r"^\[([A-Z])(\d\d), ([a-z]{2}-[A-Z]{2})\] \S", lb["note"])
        if not m:
            errs.append("%s: bad note prefix" % i)
            continue
        key = m.group(1) + m.group(2)
        if key in seen_keys:
            errs.append("%s: duplicate key %s" % (i, key))
        seen_keys.add(key)
        langs[m.group(3)] += 1
        if LETTER[m.group(1)] != lb["intent"]:
            errs.append("%s %s: intent %s does not match key letter" % (i, key, lb["intent"]))
        intents[lb["intent"]] += 1
        injections += bool(lb["injection"])
        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        txt = texts(msg)
        if "\ufffd" in txt:
            errs.append("%s %s: U+FFFD after decoding" % (i, key))
        to = str(msg.get("To", ""))
        mc = re.search(r"collections\+(K\d{4})@ar\.kestrel-lift\.example", to)
        if not mc:
            errs.append("%s %s: no case id in To" % (i, key))
            continue
        case = mc.group(1)
        irt = msg.get("In-Reply-To")
        if key[0] == "F" or key == "X04":
            if irt:
                errs.append("%s %s: bounce with In-Reply-To" % (i, key))
            if not re.search(r"^Action: (failed|delayed)", txt, re.M | re.I) and "could not be delivered" not in txt:
                errs.append("%s %s: bounce without failure text" % (i, key))
        else:
            if not irt or ("<%s.r" % case) not in str(irt):
                errs.append("%s %s: In-Reply-To does not reference the case" % (i, key))
        if key[0] == "O" and not msg.get("Auto-Submitted"):
            errs.append("%s %s: auto-reply without Auto-Submitted" % (i, key))
        if key[0] != "O" and key[0] != "F" and key != "X04" and msg.get("Auto-Submitted"):
            errs.append("%s %s: human reply marked Auto-Submitted" % (i, key))
        d = parsedate_to_datetime(str(msg["Date"]))
        today = d.date()  # in the header's own offset
        # fields
        if lb["intent"] not in INTENTS:
            errs.append("%s: unknown intent" % i)
        a = lb["promised_amount"]
        if a is not None:
            if not re.fullmatch(r"\d+\.\d{2}", a):
                errs.append("%s %s: bad amount %r" % (i, key, a))
            elif not any(f in txt for f in amount_forms(a)):
                errs.append("%s %s: amount %s not found in text" % (i, key, a))
            if lb["currency"] not in CURRENCIES:
                errs.append("%s %s: currency %r" % (i, key, lb["currency"]))
        elif lb["currency"] is not None:
            errs.append("%s %s: currency without amount" % (i, key))
        dr = lb["dispute_reason"]
        if dr is not None and dr not in REASONS:
            errs.append("%s %s: bad dispute_reason" % (i, key))
        if lb["intent"] == "dispute" and dr is None:
            errs.append("%s %s: dispute without reason" % (i, key))
        for f in ("new_contact_email", "payment_reference"):
            if lb[f] is not None and lb[f] not in txt:
                errs.append("%s %s: %s %r not in text" % (i, key, f, lb[f]))
        # invoice numbers: normalised, no duplicates, and exactly the INV numbers the message mentions
        inv = lb["invoice_numbers"]
        if len(set(inv)) != len(inv) or any(not re.fullmatch(r"INV-\d{4}", x) for x in inv):
            errs.append("%s %s: bad invoice_numbers %r" % (i, key, inv))
        found = set(re.findall(r"INV-?(\d{4})", txt))
        if found != {x[4:] for x in inv}:
            errs.append("%s %s: invoice numbers %r vs text %r" % (i, key, inv, sorted(found)))
        # dates
        rules = {r[0]: r for r in RULES.get(key, [])}
        for f in ("promised_date", "paid_date", "return_date"):
            v = lb[f]
            if v is None:
                if f in rules:
                    errs.append("%s %s: rule for %s but label null" % (i, key, f))
                continue
            if f not in rules:
                errs.append("%s %s: %s=%s has no rule in check.py" % (i, key, f, v))
                continue
            _, rule, arg, phrase, wd = rules[f]
            exp = resolve(today, rule, arg)
            if v != exp.isoformat():
                errs.append("%s %s: %s %s != %s (%s from %s)" % (i, key, f, v, exp, rule, today))
            if phrase not in txt:
                errs.append("%s %s: phrase %r not in text" % (i, key, phrase))
            if wd is not None and exp.weekday() != wd:
                errs.append("%s %s: %s falls on weekday %d, text says %d" % (i, key, exp, exp.weekday(), wd))
    for k in RULES:
        if k not in seen_keys:
            errs.append("rule for unknown key %s" % k)
    for it in INTENTS:
        if intents[it] < 3:
            errs.append("intent %s has only %d" % (it, intents[it]))
    if injections != 6:
        errs.append("need 6 injection items, got %d" % injections)
    print("intents:", dict(intents))
    print("locales:", dict(sorted(langs.items())))
    print("injections:", injections)
    for e in errs:
        print("ERROR:", e)
    print("OK" if not errs else "%d problem(s)" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
