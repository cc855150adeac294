#!/usr/bin/env python3
"""Sanity checker for the blind104 triage set (not part of the data).

Re-parses every message the way the contract says (message_from_bytes on the
UTF-8 encoding, policy.default), re-derives every labelled date from the
message's own Date header with an independent implementation of the samples
README's rules, and checks label shapes, counts and that every labelled value
is actually present in the message. Exits non-zero on any problem.
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
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402  (only for the per-item date rule specs)

INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request",
           "billing_update", "wrong_contact", "out_of_office",
           "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate",
           "missing_po", "cancelled", "other"}
LETTER = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute",
          "R": "document_request", "B": "billing_update", "W": "wrong_contact",
          "O": "out_of_office", "E": "payment_plan_request",
          "L": "legal_or_insolvency", "F": "delivery_failure",
          "A": "acknowledgement", "X": "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency",
        "paid_date", "payment_reference", "dispute_reason", "new_contact_email",
        "return_date", "invoice_numbers", "note"]
CURRENCIES = {"EUR", "GBP", "USD", "CHF", "BRL", "MXN", "RON", "CZK", "UAH", "KRW"}
CORE = {"en", "es", "fr", "de", "pt", "it", "nl"}
NONCORE = {"ro", "cs", "uk", "ko", "sk"}

problems = []


def bad(msg):
    problems.append(msg)


# ---- independent date rules -------------------------------------------------

def resolve(today, rule):
    k = rule[0]
    if k == "today":
        return today
    if k == "plus":
        return today + timedelta(days=rule[1])
    if k in ("this_weekday", "this_week"):
        wd = 4 if k == "this_week" else rule[1]
        d = today
        while d.weekday() != wd:
            d += timedelta(days=1)
        return d
    if k == "next_weekday":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=rule[1])
    if k == "end_of_month":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "by_the":
        d = today
        while d.day != rule[1]:
            d += timedelta(days=1)
        return d
    if k == "iso_week_friday":
        d = date(today.year, 1, 4)               # always in ISO week 1
        d = d - timedelta(days=d.weekday())      # Monday of week 1
        return d + timedelta(weeks=rule[1] - 1, days=4)
    if k == "explicit":
        return date.fromisoformat(rule[1])
    if k == "past_dm":
        d = date(today.year, rule[2], rule[1])
        return d if d <= today else d.replace(year=today.year - 1)
    if k == "future_dm":
        d = date(today.year, rule[2], rule[1])
        return d if d >= today else d.replace(year=today.year + 1)
    if k == "day_next_month":
        y, m = divmod(today.year * 12 + today.month, 12)
        return date(y, m + 1, rule[1])
    raise ValueError(rule)


# ---- text extraction ----------------------------------------------------------

def strip_html(s):
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</p>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def all_text(msg):
    out = []
    for k in ("Subject",):
        if msg.get(k):
            out.append(str(msg[k]))
    if msg.is_multipart():
        for p in msg.iter_parts():
            out.append(all_text(p))
        return "\n".join(out)
    ct = msg.get_content_type()
    if ct == "message/rfc822" or ct == "message/delivery-status":
        payload = msg.get_payload()
        if isinstance(payload, list):
            for p in payload:
                out.append(all_text(p))
        else:
            out.append(str(payload))
        return "\n".join(out)
    if ct == "text/rfc822-headers":
        raw = msg.get_payload(decode=True) or b""
        sub = email.message_from_bytes(raw, policy=email.policy.default)
        out.append(raw.decode("utf-8", "replace"))
        if sub.get("Subject"):
            out.append(str(sub["Subject"]))
        return "\n".join(out)
    if msg.get_content_maintype() == "text":
        t = msg.get_content()
        out.append(strip_html(t) if ct == "text/html" else t)
    return "\n".join(out)


def digits(s):
    return re.sub(r"[^0-9]", "", s)


def amount_present(amount, text):
    whole, cents = amount.split(".")
    flat = re.sub(r"[\s.,'\u00a0\u202f]", "", text)
    if whole + cents in flat:
        return True
    if cents == "00" and whole in flat:
        return True
    return False


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        bad("need 80 emails and 80 labels, got %d/%d" % (len(emails), len(labels)))
    specs = {it["key"]: it for it in build.ITEMS}
    seen_keys = set()
    intents = Counter()
    langs = Counter()
    locales = Counter()
    inj = 0
    all_invoices = Counter()
    for i, (e, l) in enumerate(zip(emails, labels)):
        lid = l["id"]
        if e["id"] != lid:
            bad("order mismatch at line %d" % (i + 1))
        if lid != "tq%02d" % (i + 1):
            bad("%s: ids must be tq01..tq80 in order" % lid)
        extra = set(l) - set(KEYS)
        if set(KEYS) - set(l):
            bad("%s: missing keys %s" % (lid, set(KEYS) - set(l)))
        if extra - {"injection"}:
            bad("%s: unexpected keys %s" % (lid, extra))
        if "injection" in l:
            if l["injection"] is not True:
                bad("%s: injection must be true when present" % lid)
            inj += 1
        m = re.match(r"^\[([A-Z])(\d\d), ([a-z]{2})-([A-Z]{2})\] \S", l["note"])
        if not m:
            bad("%s: note prefix" % lid)
            continue
        key = m.group(1) + m.group(2)
        if key in seen_keys:
            bad("%s: duplicate key %s" % (lid, key))
        seen_keys.add(key)
        if LETTER[m.group(1)] != l["intent"]:
            bad("%s: key letter %s does not match intent %s" % (lid, key, l["intent"]))
        intents[l["intent"]] += 1
        langs[m.group(3)] += 1
        locales["%s-%s" % (m.group(3), m.group(4))] += 1
        if l["intent"] not in INTENTS:
            bad("%s: bad intent" % lid)
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad("%s: bad dispute_reason" % lid)
        if l["intent"] == "dispute" and l["dispute_reason"] is None:
            bad("%s: dispute without reason" % lid)
        if (l["promised_amount"] is None) != (l["currency"] is None):
            bad("%s: currency must be null exactly when promised_amount is" % lid)
        if l["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d\d", l["promised_amount"]):
            bad("%s: amount format" % lid)
        if l["currency"] is not None and l["currency"] not in CURRENCIES:
            bad("%s: currency" % lid)
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None:
                date.fromisoformat(l[f])
        if not isinstance(l["invoice_numbers"], list):
            bad("%s: invoice_numbers must be a list" % lid)
        if len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]):
            bad("%s: duplicate invoice numbers" % lid)
        for inv in l["invoice_numbers"]:
            if not re.fullmatch(r"INV-\d{5}", inv):
                bad("%s: invoice format %s" % (lid, inv))

        # ---- parse the message as the contract says
        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        to = str(msg["To"] or "")
        if not re.search(r"collections\+T\d{4}@billing\.northgate-tel\.example", to):
            bad("%s: case id not in To" % lid)
        dh = msg["Date"]
        if dh is None:
            bad("%s: no Date" % lid)
            continue
        today = parsedate_to_datetime(str(dh)).date()
        try:
            text = all_text(msg)
        except Exception as exc:  # pragma: no cover
            bad("%s: text extraction failed: %r" % (lid, exc))
            continue
        if "\ufffd" in text:
            bad("%s: U+FFFD in decoded text" % lid)
        is_auto = bool(msg.get("Auto-Submitted") or msg.get("X-Autoreply"))
        if l["intent"] == "out_of_office" and not is_auto:
            bad("%s: out_of_office without an auto header" % lid)
        if l["intent"] == "delivery_failure":
            if msg.get_content_type() != "multipart/report" and "delivery" not in str(msg["Subject"]).lower():
                bad("%s: bounce shape" % lid)
        elif msg.get("In-Reply-To") is None:
            bad("%s: reply without In-Reply-To" % lid)

        # ---- values present in the message
        for inv in l["invoice_numbers"]:
            if inv not in text and not re.search(r"(?<!\d)%s(?!\d)" % inv[4:], text):
                bad("%s: invoice %s not in message" % (lid, inv))
            all_invoices[inv] += 1
        if not l["invoice_numbers"] and re.search(r"INV-\d{5}", text):
            bad("%s: empty invoice_numbers but the message names one" % lid)
        if l["promised_amount"] and not amount_present(l["promised_amount"], text):
            bad("%s: amount %s not in message" % (lid, l["promised_amount"]))
        if l["payment_reference"] and l["payment_reference"] not in text:
            bad("%s: reference not in message" % lid)
        if l["new_contact_email"]:
            if l["new_contact_email"] not in text:
                bad("%s: new contact not in message" % lid)
            if l["new_contact_email"].endswith("northgate-tel.example"):
                bad("%s: new contact is our own address" % lid)

        # ---- dates re-derived from the message's own Date header
        spec = specs.get(key)
        if spec is None:
            bad("%s: no build spec for %s" % (lid, key))
            continue
        rules = spec["lab"].get("dates", {})
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None and f not in rules:
                bad("%s: %s labelled without a rule" % (lid, f))
            if f in rules:
                got = resolve(today, rules[f]).isoformat()
                if got != l[f]:
                    bad("%s: %s label %s but rule gives %s" % (lid, f, l[f], got))
    for it in INTENTS:
        if intents[it] < 3:
            bad("intent %s has only %d" % (it, intents[it]))
    if inj != 6:
        bad("need 6 injection items, got %d" % inj)
    for lg in NONCORE:
        if langs[lg] < 2:
            bad("language %s has %d (<2)" % (lg, langs[lg]))
    if langs["en"] != max(langs.values()):
        bad("English must be the most common language")
    for inv, n in all_invoices.items():
        if n > 1:
            bad("invoice %s is labelled in %d different messages" % (inv, n))
    print("intents:", dict(intents))
    print("languages:", dict(langs))
    print("injection items:", inj)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK: 80 messages, all checks passed")


if __name__ == "__main__":
    main()
