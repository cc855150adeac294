"""Re-verifies blind set 390 from the build's own provenance. Exits non-zero on any problem.
Standard library only. Run: python3 check.py"""
import calendar
import email
import email.policy
import html
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENTS = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
           "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
           "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
MONTHS = {  # month-name table for named-month phrases, every language used
    1: [], 2: [], 3: ["March", "mars", "مارس", "Mart", "مارچ", "मार्च", "মার্চ", "במרץ"],
    4: ["April", "avril", "أبريل", "Nisan", "آوریل", "اپریل", "अप्रैल", "এপ্রিল", "באפריל"],
}
problems = []


def bad(i, msg):
    problems.append("%s: %s" % (i, msg))


def ascii_digits(s):
    return "".join(str(unicodedata.digit(c)) if unicodedata.digit(c, None) is not None else c for c in s)


def this_wd(t, wd):
    return t + timedelta((wd - t.weekday()) % 7)


def next_wd(t, wd):
    return t + timedelta(7 - t.weekday() + wd)


def past_wd(t, wd):
    k = (t.weekday() - wd) % 7
    return t - timedelta(k or 7)


def eom(t):
    return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])


def by_the(t, d):
    if t.day <= d:
        return t.replace(day=d)
    y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    return date(y, m, d)


def dm(t, d, m, future):
    x = date(t.year, m, d)
    if future and x < t:
        x = date(t.year + 1, m, d)
    if not future and x > t:
        x = date(t.year - 1, m, d)
    return x


def resolve(today, rule, arg, phrase, i):
    nums = [int(n) for n in re.findall(r"\d+", ascii_digits(phrase))]
    if rule == "tomorrow":
        return today + timedelta(1)
    if rule == "yesterday":
        return today - timedelta(1)
    if rule == "this_wd":
        return this_wd(today, arg)
    if rule == "next_wd":
        return next_wd(today, arg)
    if rule == "past_wd":
        return past_wd(today, arg)
    if rule == "eom":
        return eom(today)
    if rule == "plus_days":
        return today + timedelta(arg)
    if rule == "by_the":
        return by_the(today, arg)
    if rule == "week_friday":
        return this_wd(today, 4)
    if rule in ("dm_future", "dm_past", "explicit_named"):
        d, m = arg[0], arg[1]
        if nums[0] != d:
            bad(i, "phrase %r does not carry day %d" % (phrase, d))
        if not any(n in phrase for n in MONTHS[m]):
            bad(i, "phrase %r does not name month %d" % (phrase, m))
        if rule == "explicit_named":
            if nums[-1] != arg[2]:
                bad(i, "phrase %r year mismatch" % phrase)
            return date(arg[2], m, d)
        return dm(today, d, m, rule == "dm_future")
    if rule == "explicit_dm":  # day-first d.m or d/m, no year: next on/after the Date (a future return)
        if nums[:2] != [arg[0], arg[1]]:
            bad(i, "phrase %r != %r" % (phrase, arg))
        return dm(today, nums[0], nums[1], True)
    if rule == "explicit":
        if arg == "dmy":
            return date(nums[2], nums[1], nums[0])
        if arg == "mdy":
            return date(nums[2], nums[0], nums[1])
        return date(nums[0], nums[1], nums[2])
    bad(i, "unknown rule %s" % rule)
    return None


def amount(raw, style):
    s = ascii_digits(raw).replace("\u066c", ",").replace("\u066b", ".")
    s = s.replace("/-", "")
    s = re.sub(r"[^\d.,]", "", s).strip(".,")
    if style == "comma":
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    return "%.2f" % Decimal(s)


def texts(msg):
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if ct in ("text/plain", "text/html", "text/rfc822-headers", "message/delivery-status"):
            try:
                c = p.get_content()
            except Exception:
                c = p.get_payload(decode=True).decode("utf-8", "replace") if p.get_payload(decode=True) else str(p.get_payload())
            if isinstance(c, list):
                c = "\n".join(str(x) for x in c)
            if isinstance(c, bytes):
                c = c.decode("utf-8", "replace")
            if ct == "text/html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c))
            out.append(c)
        elif ct == "message/rfc822":
            out.append(str(p.get_payload()[0]))
    return "\n".join(out)


def visible_human(msg):
    """First text/plain (or HTML stripped of hidden elements) body, above quote."""
    b = msg.get_body(preferencelist=("plain", "html"))
    if b is None:
        return ""
    c = b.get_content()
    if b.get_content_type() == "text/html":
        c = re.sub(r"<(div|span)[^>]*(display:none|color:#ffffff)[^>]*>.*?</\1>", " ", c, flags=re.S)
        c = html.unescape(re.sub(r"<[^>]+>", " ", c))
    return c


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    prov = [json.loads(l) for l in open(os.path.join(HERE, "provenance.jsonl"), encoding="utf-8")]
    ids = ["hq%02d" % i for i in range(1, 81)]
    for name, rows in (("emails", emails), ("labels", labels), ("provenance", prov)):
        if [r["id"] for r in rows] != ids:
            bad(name, "ids are not hq01..hq80 in order")
    cnt = Counter(l["intent"] for l in labels)
    if dict(cnt) != INTENTS:
        bad("counts", "intent counts %s != %s" % (dict(cnt), INTENTS))
    inj = [l["id"] for l in labels if l.get("injection")]
    if len(inj) != 6:
        bad("injection", "expected 6 injection items, got %s" % inj)
    for e, l, p in zip(emails, labels, prov):
        i = e["id"]
        if list(l.keys())[:len(FIELDS)] != FIELDS:
            bad(i, "label keys/order %s" % list(l.keys()))
        if not l["note"].startswith("[%s, %s]" % (p["key"], p["locale"])):
            bad(i, "note prefix")
        if l.get("injection", False) != p["injection"]:
            bad(i, "injection flag mismatch")
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            dt = msg["Date"].datetime
            if msg.defects:
                bad(i, "parse defects %s" % msg.defects)
            _ = str(msg["Subject"]), str(msg["From"])
        except Exception as ex:
            bad(i, "does not parse: %r" % ex)
            continue
        if "\ufffd" in e["eml"] or "\ufffd" in texts(msg):
            bad(i, "U+FFFD in message")
        today = dt.date()  # calendar date in the header's own offset
        alltext = texts(msg) + "\n" + str(msg["Subject"])
        flat = re.sub(r"\s+", " ", alltext)
        human = re.sub(r"\s+", " ", visible_human(msg))
        # dates
        seen = set()
        for field, rule, arg, phrase in p["dates"]:
            if re.sub(r"\s+", " ", phrase) not in human and re.sub(r"\s+", " ", phrase) not in flat:
                bad(i, "phrase %r not in message" % phrase)
            got = resolve(today, rule, arg, phrase, i)
            if got is None or l[field] != got.isoformat():
                bad(i, "%s: label %s != recomputed %s (%s from %s)" % (field, l[field], got, rule, today))
            seen.add(field)
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None and f not in seen:
                bad(i, "%s labelled without provenance" % f)
        # amounts
        seen = set()
        for field, raw, style in p["amts"]:
            if raw not in visible_human(msg) and raw not in alltext:
                bad(i, "amount token %r not in message" % raw)
            if l[field] != amount(raw, style):
                bad(i, "%s: label %s != %s from %r" % (field, l[field], amount(raw, style), raw))
            seen.add(field)
        if l["promised_amount"] is not None and "promised_amount" not in seen:
            bad(i, "promised_amount without provenance")
        if (l["currency"] is None) != (l["promised_amount"] is None):
            bad(i, "currency must be null exactly when the amount is null")
        if l["currency"] is not None and l["currency"] != p["thread_currency"]:
            bad(i, "currency %s != thread currency %s" % (l["currency"], p["thread_currency"]))
        if l["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d\d", l["promised_amount"]):
            bad(i, "amount format")
        # other fields
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad(i, "dispute_reason")
        if (l["intent"] == "dispute") != (l["dispute_reason"] is not None) and l["intent"] != "legal_or_insolvency":
            bad(i, "dispute_reason presence")
        for f in ("payment_reference", "new_contact_email"):
            if l[f] is not None and l[f] not in human and l[f] not in flat:
                bad(i, "%s %r not in message" % (f, l[f]))
        if l["new_contact_email"] and not l["new_contact_email"].endswith(".example"):
            bad(i, "non-example address")
        inv = l["invoice_numbers"]
        if len(set(inv)) != len(inv):
            bad(i, "duplicate invoice numbers")
        for n in inv:
            if not re.fullmatch(r"HSV-\d{5}", n) or n[4:] not in alltext:
                bad(i, "invoice %s not in message" % n)
            if n not in p["thread_invoices"]:
                bad(i, "invoice %s not in the thread" % n)
        if l["intent"] == "out_of_office" and "Auto-Submitted" not in msg and "Otomatik" not in str(msg["Subject"]) \
                and "X-Autoreply" not in msg:
            bad(i, "auto-reply without any automatic marker")
        if l["intent"] == "delivery_failure" and msg["In-Reply-To"] is not None and "googlemail" not in str(msg["From"]):
            bad(i, "bounce with In-Reply-To")
        for m in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", alltext + "\n" + "\n".join(str(v) for v in msg.values())):
            if not (m.endswith(".example") or m.endswith("outlook.com") or m.endswith("gmail.com")
                    or m.endswith("google.com") or m.endswith("googlemail.com") or m.endswith("amazonses.com")
                    or m.endswith("yahoo.com") or m.endswith("OUTLOOK.COM")):
                bad(i, "non-invented domain %s" % m)
    if problems:
        print("\n".join(problems))
        print("FAIL: %d problem(s)" % len(problems))
        sys.exit(1)
    print("OK: 80 items; intents %s; injections %s" % (dict(sorted(cnt.items())), inj))


if __name__ == "__main__":
    main()
