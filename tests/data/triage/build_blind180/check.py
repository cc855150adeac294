#!/usr/bin/env python3
"""Sanity checker for the blind triage set (not part of the data). Exits non-zero on a problem."""
import calendar
import email
import email.policy
import html
import json
import re
import sys
from collections import Counter
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
LETTER = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "Q": "document_request",
          "B": "billing_update", "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request",
          "L": "legal_or_insolvency", "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
CURRENCIES = {"USD", "EUR", "GBP", "SGD", "KES", "MXN", "BRL", "SEK", "RON", "IDR", "INR"}

# Date rules, written independently of build.py: KEY -> {field: rule}
RULES = {
    "P1": {"promised_date": "this:4"}, "P2": {"promised_date": "next:3"}, "P3": {"promised_date": "eom"},
    "P4": {"promised_date": "by:25"}, "P5": {"promised_date": "kw:12"}, "P6": {"promised_date": "plus:1"},
    "P7": {"promised_date": "plus:14"}, "P8": {"promised_date": "week"}, "P9": {"promised_date": "this:0"},
    "P10": {"promised_date": "eom"}, "P11": {"promised_date": "abs:2026-04-03"},
    "P12": {"promised_date": "abs:2026-03-04"},
    "C1": {"paid_date": "abs:2026-03-06"}, "C2": {"paid_date": "plus:-1"}, "C3": {"paid_date": "abs:2026-03-17"},
    "C4": {"paid_date": "abs:2026-03-09"}, "C5": {"paid_date": "plus:0"}, "C6": {"paid_date": "plus:0"},
    "C7": {"paid_date": "last:4"}, "C8": {"paid_date": "abs:2026-03-02"}, "C9": {"paid_date": "plus:-1"},
    "C10": {"paid_date": "abs:2026-03-24"}, "C11": {"paid_date": "last:0", "promised_date": "eom"},
    "C12": {"paid_date": "abs:2026-02-27"},
    "D1": {"promised_date": "this:4"}, "D6": {"promised_date": "next:1"},
    "O1": {"return_date": "abs:2026-03-23"}, "O2": {"return_date": "abs:2026-04-06"},
    "O3": {"return_date": "abs:2026-03-30"}, "O4": {"return_date": "next:0"},
    "O5": {"return_date": "abs:2026-03-23"}, "O6": {"return_date": "abs:2026-03-20"},
    "I1": {"promised_date": "abs:2026-04-01"}, "I2": {"promised_date": "by:15"}, "I3": {"promised_date": "eonm:4"},
    "I5": {"promised_date": "firstweek:4"}, "I6": {"promised_date": "plus:14"},
}


def resolve(rule, t):
    k, _, a = rule.partition(":")
    if k == "this":
        return t + timedelta((int(a) - t.weekday()) % 7)
    if k == "next":
        return t + timedelta(7 - t.weekday() + int(a))
    if k == "last":
        return t - timedelta((t.weekday() - int(a)) % 7 or 7)
    if k == "eom":
        return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if k == "eonm":
        return date(t.year, int(a), calendar.monthrange(t.year, int(a))[1])
    if k == "plus":
        return t + timedelta(int(a))
    if k == "by":
        d = int(a)
        if t.day <= d:
            return t.replace(day=d)
        return date(t.year + (t.month == 12), t.month % 12 + 1, d)
    if k == "week":
        return t - timedelta(t.weekday()) + timedelta(4)
    if k == "kw":
        return date.fromisocalendar(t.year, int(a), 5)
    if k == "firstweek":
        return date(t.year, int(a), 7)
    if k == "abs":
        return date.fromisoformat(a)
    raise ValueError(rule)


def all_text(msg):
    out = [str(v) for _, v in msg.items()]
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        if ct in ("message/rfc822", "message/delivery-status"):
            continue
        try:
            c = p.get_content()
        except Exception:
            c = p.get_payload(decode=True).decode("utf-8", "replace")
        if isinstance(c, bytes):
            c = c.decode("utf-8", "replace")
        out.append(html.unescape(str(c)))
        if ct == "text/rfc822-headers":
            inner = email.message_from_string(str(c).replace("\r\n", "\n"), policy=email.policy.default)
            out.extend(str(v) for _, v in inner.items())
    # nested rfc822 / delivery-status
    for p in msg.walk():
        if p.get_content_type() in ("message/rfc822", "message/delivery-status"):
            out.append(p.as_string())
    return "\n".join(out)


def main():
    errs = []
    E = [json.loads(l) for l in open("emails.jsonl", encoding="utf-8")]
    Lb = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
    if len(E) != 80 or len(Lb) != 80:
        errs.append("need 80 lines, got %d/%d" % (len(E), len(Lb)))
    seen = set()
    intents = Counter()
    inj = 0
    for n, (e, l) in enumerate(zip(E, Lb), 1):
        i = e["id"]
        def bad(msg):
            errs.append("%s: %s" % (i, msg))
        if i != l["id"] or i != "kt%02d" % n:
            bad("id order")
        if i in seen:
            bad("dup id")
        seen.add(i)
        if list(l)[:12] != FIELDS or set(l) - set(FIELDS) - {"injection"}:
            bad("label keys %s" % list(l))
        if l["intent"] not in INTENTS:
            bad("intent")
        intents[l["intent"]] += 1
        m = re.match(r"\[([A-Z])(\d+), ([a-z]{2}-[A-Za-z]{2,4})\] ", l["note"])
        if not m:
            bad("note prefix")
            continue
        key = m.group(1) + m.group(2)
        if LETTER[m.group(1)] != l["intent"]:
            bad("note letter vs intent")
        if l.get("injection"):
            inj += 1
            if l["injection"] is not True:
                bad("injection flag")
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        to = str(msg["To"])
        cm = re.search(r"accounts\+(K\d{4})@billing\.kestrel-learning\.example", to)
        if not cm:
            bad("case id not in To")
        dt = parsedate_to_datetime(str(msg["Date"]))
        today = dt.date()
        txt = all_text(msg)
        if "\ufffd" in txt and key != "F4":
            bad("U+FFFD in decoded text")
        # auto-reply / bounce markers
        auto = msg["Auto-Submitted"] or msg["Precedence"] or msg["X-Autoreply"] or msg["X-Autorespond"]
        if l["intent"] == "out_of_office" and not auto:
            bad("OOO without auto header")
        if l["intent"] not in ("out_of_office", "delivery_failure") and auto:
            bad("human reply with auto header")
        if l["intent"] != "delivery_failure" and key[0] != "F" and not msg["In-Reply-To"]:
            bad("reply without In-Reply-To")
        # field formats
        for f in ("promised_date", "paid_date", "return_date"):
            v = l[f]
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                bad("%s format" % f)
        amt = l["promised_amount"]
        if (amt is None) != (l["currency"] is None):
            bad("currency iff amount")
        if amt is not None:
            if not re.fullmatch(r"\d+\.\d{2}", amt):
                bad("amount format")
            if l["currency"] not in CURRENCIES:
                bad("currency code")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad("dispute reason")
        if l["intent"] == "dispute" and l["dispute_reason"] is None:
            bad("dispute without reason")
        for f in ("new_contact_email", "payment_reference"):
            if l[f] is not None and l[f] not in txt:
                bad("%s %r not in message text" % (f, l[f]))
        if l["paid_date"] or l["payment_reference"]:
            if l["intent"] not in ("paid_claim",):
                bad("paid fields outside paid_claim")
        if l["return_date"] and l["intent"] != "out_of_office":
            bad("return_date outside OOO")
        inv = l["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv):
            bad("invoice_numbers list")
        for x in inv:
            if not re.fullmatch(r"INV-\d{4}", x) or x[4:] not in txt:
                bad("invoice %s not in text" % x)
        # dates
        rules = RULES.get(key, {})
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None and f not in rules:
                bad("%s labelled but no rule in check.py" % f)
        for f, r in rules.items():
            got = resolve(r, today).isoformat()
            if got != l[f]:
                bad("%s: rule %s from %s gives %s, label %s" % (f, r, today, got, l[f]))
    for it in INTENTS:
        if intents[it] < 3:
            errs.append("intent %s has %d < 3" % (it, intents[it]))
    if inj != 6:
        errs.append("injection count %d != 6" % inj)
    for x in errs:
        print("ERROR", x)
    print("checked %d items, %d errors; intents %s; injections %d" % (len(E), len(errs), dict(intents), inj))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
