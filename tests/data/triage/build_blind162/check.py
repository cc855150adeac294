#!/usr/bin/env python3
"""Sanity checker for blind set 162 (not part of the data). Exits non-zero on a problem."""
import calendar
import email
import email.policy
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta
from email.header import decode_header, make_header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from items import ITEMS  # noqa: E402

INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
LETTER = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request",
          "B": "billing_update", "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request",
          "L": "legal_or_insolvency", "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]

errors = []


def err(i, msg):
    errors.append("%s: %s" % (i, msg))


# ---- independent date rules (samples README) ----
def this_weekday(t, wd):
    return t + timedelta((wd - t.weekday()) % 7)


def next_weekday(t, wd):
    return t + timedelta(7 - t.weekday() + wd)


def eom(t):
    return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])


def by_the(t, d):
    if t.day <= d:
        return t.replace(day=d)
    y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    return date(y, m, d)


def rule(today, name, *a):
    if name == "tomorrow":
        return today + timedelta(1)
    if name == "yesterday":
        return today - timedelta(1)
    if name == "weekday":
        return this_weekday(today, a[0])
    if name == "next_weekday":
        return next_weekday(today, a[0])
    if name == "eom":
        return eom(today)
    if name == "eom_named":
        m = a[0]
        y = today.year if m >= today.month else today.year + 1
        return date(y, m, calendar.monthrange(y, m)[1])
    if name == "plus14":
        return today + timedelta(14)
    if name == "by_the":
        return by_the(today, a[0])
    if name == "this_week":
        return today - timedelta(today.weekday()) + timedelta(4)
    if name == "kw":
        return date.fromisocalendar(today.year, a[0], 5)
    if name == "dm_past":
        d = date(today.year, a[0], a[1])
        return d if d <= today else date(today.year - 1, a[0], a[1])
    if name == "dm_future":
        d = date(today.year, a[0], a[1])
        return d if d >= today else date(today.year + 1, a[0], a[1])
    if name == "ymd":
        return date(*a)
    raise ValueError(name)


def all_text(msg):
    out = []
    for k in ("Subject", "From", "To"):
        if msg[k] is not None:
            out.append(str(msg[k]))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            if ct == "message/rfc822":
                inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
                if inner.get("Subject"):
                    out.append(str(inner["Subject"]))
            continue
        if ct.startswith("text/") or ct.startswith("message/"):
            try:
                c = part.get_content()
            except Exception:
                c = part.get_payload(decode=True) or b""
                c = c.decode("utf-8", "replace") if isinstance(c, bytes) else str(c)
            if isinstance(c, bytes):
                c = c.decode("utf-8", "replace")
            out.append(str(c))
            # decode RFC 2047 headers in returned header blocks
            for m in re.finditer(r"^Subject: (.*(?:\n[ \t].*)*)", str(c), re.M):
                try:
                    out.append(str(make_header(decode_header(m.group(1).replace("\n", "")))))
                except Exception:
                    pass
    return "\n".join(out)


def main():
    E = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    L = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(E) != 80 or len(L) != 80:
        err("-", "expected 80/80, got %d/%d" % (len(E), len(L)))
    by_key = {it["key"]: it for it in ITEMS}
    seen_keys = set()
    for n, (e, l) in enumerate(zip(E, L), 1):
        i = e["id"]
        if l["id"] != i or i != "dl%02d" % n:
            err(i, "id order mismatch")
        for k in KEYS:
            if k not in l:
                err(i, "missing key %s" % k)
        extra = set(l) - set(KEYS) - {"injection"}
        if extra:
            err(i, "extra keys %s" % extra)
        m = re.match(r"^\[([A-Z])(\d\d), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
        if not m:
            err(i, "note prefix")
            continue
        key = m.group(1) + m.group(2)
        seen_keys.add(key)
        it = by_key[key]
        if LETTER[m.group(1)] != l["intent"]:
            err(i, "key letter does not match intent")
        if l["intent"] not in INTENTS:
            err(i, "bad intent")
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        to = str(msg["To"])
        mm = re.search(r"collections\+(C\d{4})@ar\.northcrest-dental\.example", to)
        if not mm:
            err(i, "case id not in To")
        dt = msg["Date"].datetime
        today = dt.date()
        text = all_text(msg)
        if "\ufffd" in text:
            err(i, "U+FFFD in decoded text")
        raw_and_text = text + "\n" + e["eml"]
        # fields
        for f in ("promised_date", "paid_date", "return_date"):
            v = l[f]
            if v is not None and not re.match(r"^\d{4}-\d\d-\d\d$", v):
                err(i, "bad date %s" % f)
        rules = {f: r for (f, *r) in [(x[0],) + tuple(x[1:]) for x in it["dates"]]}
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None and f not in rules:
                err(i, "date %s has no rule" % f)
        for fr in it["dates"]:
            f, name, args = fr[0], fr[1], fr[2:]
            exp = rule(today, name, *args).isoformat()
            if l[f] != exp:
                err(i, "%s: label %s, rule %s(%s) from %s gives %s" % (f, l[f], name, args, today, exp))
        if (l["promised_amount"] is None) != (l["currency"] is None):
            err(i, "currency/amount nullness")
        if l["promised_amount"] is not None:
            if not re.match(r"^\d+\.\d\d$", l["promised_amount"]):
                err(i, "amount format")
            digits = re.sub(r"[^\d]", "", text)
            ip = l["promised_amount"].split(".")[0]
            if ip not in re.sub(r"[ .,\u00a0\u202f]", "", text):
                err(i, "amount %s not visible in text" % l["promised_amount"])
        if l["currency"] is not None and l["currency"] not in ("USD", "EUR", "GBP", "PLN", "DKK", "JPY"):
            err(i, "currency")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            err(i, "reason")
        if l["intent"] == "dispute" and l["dispute_reason"] is None:
            err(i, "dispute without reason")
        for f in ("new_contact_email", "payment_reference"):
            if l[f] is not None and l[f] not in raw_and_text:
                err(i, "%s %s not in message" % (f, l[f]))
        if l["new_contact_email"] and l["new_contact_email"] == str(msg["From"].addresses[0].addr_spec):
            err(i, "new contact equals sender")
        inv = l["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv):
            err(i, "invoice_numbers list")
        for x in inv:
            if not re.match(r"^INV-\d{4}$", x):
                err(i, "invoice format %s" % x)
            if x not in text:
                err(i, "invoice %s not found in decoded text" % x)
        # intent-specific wire checks
        auto = msg["Auto-Submitted"]
        if l["intent"] == "out_of_office" and not auto:
            err(i, "OOO without Auto-Submitted")
        if l["intent"] not in ("out_of_office", "delivery_failure") and auto:
            err(i, "human reply with Auto-Submitted")
        if l["intent"] == "delivery_failure":
            if "mailer-daemon" not in str(msg["From"]).lower() and "postmaster" not in str(msg["From"]).lower():
                err(i, "bounce From")
        elif not msg["In-Reply-To"] or not msg["In-Reply-To"].strip("<>").startswith(mm.group(1) + "."):
            err(i, "reply without In-Reply-To to the reminder")
        if bool(l.get("injection")) != bool(it.get("inj")):
            err(i, "injection flag")
    if seen_keys != set(by_key):
        err("-", "keys missing: %s" % (set(by_key) - seen_keys))
    ic = Counter(l["intent"] for l in L)
    for k in INTENTS:
        if ic[k] < 3:
            err("-", "intent %s only %d" % (k, ic[k]))
    inj = sum(1 for l in L if l.get("injection"))
    if inj != 6:
        err("-", "injections %d" % inj)
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: 80 messages; intents %s; injections %d" % (dict(sorted(ic.items())), inj))


if __name__ == "__main__":
    main()
