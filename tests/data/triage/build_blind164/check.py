#!/usr/bin/env python3
"""Sanity checker for the blind164 triage set (not part of the data). Exits 1 on any problem."""
import calendar
import email
import email.policy
import json
import os
import re
import sys
from collections import Counter
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
LETTER = dict(zip("PCDRBWOXLFKZ", INTENTS))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
DAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
errors = []


def err(i, msg):
    errors.append("%s: %s" % (i, msg))


def rule_date(rule, t):
    """Independent re-implementation of the samples README's date table."""
    name, arg = re.fullmatch(r"(\w+)\(([^)]*)\)", rule).groups()
    a = [x.strip() for x in arg.split(",") if x.strip()]
    if name == "plus":
        return t + timedelta(days=int(a[0]))
    if name == "this_wd":
        w = DAYS.index(a[0])
        d = t
        while d.weekday() != w:
            d += timedelta(1)
        return d
    if name == "next_wd":
        monday_next = t - timedelta(t.weekday()) + timedelta(7)
        return monday_next + timedelta(DAYS.index(a[0]))
    if name == "prev_wd":
        d = t - timedelta(1)
        while d.weekday() != DAYS.index(a[0]):
            d -= timedelta(1)
        return d
    if name == "eom":
        return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if name == "eom_m":
        m = int(a[0])
        return date(t.year, m, calendar.monthrange(t.year, m)[1])
    if name == "by_day":
        d = t
        while d.day != int(a[0]):
            d += timedelta(1)
        return d
    if name == "dm_past":
        d = t
        while (d.day, d.month) != (int(a[0]), int(a[1])):
            d -= timedelta(1)
        return d
    if name == "dm_future":
        d = t
        while (d.day, d.month) != (int(a[0]), int(a[1])):
            d += timedelta(1)
        return d
    if name == "ymd":
        return date(int(a[0]), int(a[1]), int(a[2]))
    if name == "week_fri":
        d = date(t.year, 1, 4)  # ISO week 1 contains 4 January
        return d - timedelta(d.weekday()) + timedelta(weeks=int(a[0]) - 1, days=4)
    if name == "this_week":
        d = t
        while d.weekday() != 4:
            d += timedelta(1) if t.weekday() <= 4 else -timedelta(1)
        return d
    if name == "first_week":
        return date(t.year, int(a[0]), 7)
    raise ValueError(rule)


def all_text(msg):
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if p.is_multipart() or ct == "message/rfc822":
            continue
        try:
            c = p.get_content()
        except Exception:
            c = p.get_payload(decode=True) or b""
        if isinstance(c, bytes):
            c = c.decode("utf-8", "replace")
        if not isinstance(c, str):
            c = str(c)
        out.append(c)
    for k in ("Subject", "From", "Cc"):
        if msg[k]:
            out.append(str(msg[k]))
    t = "\n".join(out)
    t = re.sub(r"<[^>]+>", " ", t).replace("&nbsp;", " ").replace("&amp;", "&")
    return t


def renderings(amount):
    ip, fr = amount.split(".")
    n = int(ip)
    us = "{:,}".format(n)
    eu = us.replace(",", ".")
    fi = us.replace(",", " ")
    s = str(n)
    ind = s if len(s) <= 3 else re.sub(r"(\d)(?=(\d\d)+$)", r"\1,", s[:-3]) + "," + s[-3:]
    c = {us + "." + fr, eu + "," + fr, fi + "," + fr, ind + "." + fr}
    if fr == "00":
        c |= {us, eu, ind}
    return c


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        err("-", "expected 80/80, got %d/%d" % (len(emails), len(labels)))
    ids = [e["id"] for e in emails]
    if ids != ["np%02d" % i for i in range(1, 81)]:
        err("-", "ids not np01..np80 in order")
    if ids != [l["id"] for l in labels]:
        err("-", "label order differs from email order")
    keys = []
    for e, l in zip(emails, labels):
        i = e["id"]
        if list(l)[:12] != FIELDS or set(l) - set(FIELDS) - {"injection"}:
            err(i, "label keys %s" % list(l))
        m = re.match(r"\[([A-Z])(\d\d), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
        if not m:
            err(i, "note prefix")
            continue
        keys.append(m.group(1) + m.group(2))
        if LETTER[m.group(1)] != l["intent"]:
            err(i, "KEY letter %s vs intent %s" % (m.group(1), l["intent"]))
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        if msg.defects:
            err(i, "top-level defects %s" % msg.defects)
        to = str(msg["To"])
        cm = re.search(r"ar\+(NP\d{5})@billing\.northpeak-it\.example", to)
        if not cm:
            err(i, "case id not in To: %r" % to)
        dt = parsedate_to_datetime(str(msg["Date"]))
        today = dt.date()
        text = all_text(msg)
        # threading and shape
        irt = msg["In-Reply-To"]
        if l["intent"] == "delivery_failure":
            if irt:
                err(i, "bounce with In-Reply-To")
        else:
            if not irt:
                err(i, "reply without In-Reply-To")
            else:
                rm = re.match(r"<(NP\d{5})\.r\d\.(\d{8}T\d{6}Z)@", str(irt))
                if not rm or (cm and rm.group(1) != cm.group(1)):
                    err(i, "In-Reply-To case mismatch")
                else:
                    sent = datetime.strptime(rm.group(2), "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.tzinfo.__class__(timedelta(0)))
                    if sent >= dt:
                        err(i, "reminder sent after the reply")
        if l["intent"] == "out_of_office":
            if not (msg["Auto-Submitted"] or msg["X-Autoreply"]):
                err(i, "auto-reply without an auto header")
        elif l["intent"] != "delivery_failure" and msg["Auto-Submitted"]:
            err(i, "human reply marked Auto-Submitted")
        # intents / reasons
        if l["intent"] not in INTENTS:
            err(i, "bad intent")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            err(i, "bad dispute_reason")
        if l["intent"] == "dispute" and l["dispute_reason"] is None:
            err(i, "dispute without reason")
        # amounts
        pa, cur = l["promised_amount"], l["currency"]
        if (pa is None) != (cur is None):
            err(i, "currency null-ness differs from amount")
        if pa is not None:
            if not re.fullmatch(r"\d+\.\d\d", pa):
                err(i, "amount format %r" % pa)
            elif not any(r in text for r in renderings(pa)):
                err(i, "amount %s not found in text" % pa)
            if not re.fullmatch(r"[A-Z]{3}", cur):
                err(i, "currency %r" % cur)
        # dates
        rules = dict(re.findall(r"(\w+_date)=(\w+\([^)]*\))", l["note"]))
        for f in ("promised_date", "paid_date", "return_date"):
            v = l[f]
            if (v is None) != (f not in rules):
                err(i, "%s present=%s but rule present=%s" % (f, v is not None, f in rules))
            if v is not None:
                if not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                    err(i, "%s format" % f)
                elif rule_date(rules[f], today).isoformat() != v:
                    err(i, "%s=%s but %s from %s gives %s" % (f, v, rules[f], today, rule_date(rules[f], today)))
                if "local date %s" % today.isoformat() not in l["note"]:
                    err(i, "note's local date differs from the Date header's own date")
        if l["paid_date"] and l["paid_date"] > today.isoformat():
            err(i, "paid_date in the future")
        for f in ("promised_date", "return_date"):
            if l[f] and l[f] < today.isoformat():
                err(i, "%s in the past" % f)
        # other fields appear in the message
        if l["payment_reference"] and l["payment_reference"] not in text:
            err(i, "payment_reference not in text")
        if l["new_contact_email"] and l["new_contact_email"] not in text:
            err(i, "new_contact_email not in text")
        inv = l["invoice_numbers"]
        if len(set(inv)) != len(inv):
            err(i, "duplicate invoice numbers")
        for n in inv:
            if not re.fullmatch(r"INV-\d{4}", n) or n[4:] not in text:
                err(i, "invoice %s not found" % n)
        if l["intent"] != "delivery_failure" and not inv:
            err(i, "no invoice numbers")
        if l.get("injection"):
            if not re.search(r"\b(AI|bot|KI|automat\w*|assistant|asistente|SYSTEM)\b", text, re.I):
                err(i, "injection flag without injection text")
    c = Counter(l["intent"] for l in labels)
    for k in INTENTS:
        if c[k] < 3:
            err("-", "intent %s only %d" % (k, c[k]))
    if sum(1 for l in labels if l.get("injection")) != 6:
        err("-", "expected 6 injections")
    if len(set(keys)) != len(keys):
        err("-", "duplicate KEYs")
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: 80 messages, intents %s, %d injections" % (dict(c), sum(1 for l in labels if l.get("injection"))))


if __name__ == "__main__":
    main()
