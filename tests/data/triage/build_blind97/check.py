#!/usr/bin/env python3
"""Sanity checker for the blind triage set (not part of the data).

Re-parses every message the way the contract says, recomputes every date label
from the message's own Date header with an independent implementation of the
samples README's rules, and checks that every filled field is grounded in the
decoded text.  Exits non-zero on any problem.
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
sys.path.insert(0, HERE)
import build  # noqa: E402  (only for the per-item date rules and phrases)

INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
LETTER = dict(zip("PYDRBWONLFKX", INTENTS))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
CURRENCIES = {"USD", "EUR", "GBP", "PLN", "HUF", "ILS", "MYR"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


# independent implementation of the README date rules
def rule_date(today, rule):
    k = rule[0]
    days = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
    if k == "tomorrow":
        return today + timedelta(days=1)
    if k == "yesterday":
        return today - timedelta(days=1)
    if k == "this":
        d = today
        while d.weekday() != days[rule[1]]:
            d += timedelta(days=1)
        return d
    if k == "next":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=days[rule[1]])
    if k == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "eonm":
        return date(today.year, rule[1], calendar.monthrange(today.year, rule[1])[1])
    if k == "plus":
        return today + timedelta(days=rule[1])
    if k == "by":
        d = today
        while d.day != rule[1]:
            d += timedelta(days=1)
        return d
    if k == "thisweek":
        return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if k == "kw":
        d = date(today.year, 1, 4)                       # always in ISO week 1
        return d - timedelta(days=d.weekday()) + timedelta(weeks=rule[1] - 1, days=4)
    if k == "dm_past":
        d = date(today.year, rule[1], rule[2])
        return d if d <= today else date(today.year - 1, rule[1], rule[2])
    if k == "dm_future":
        d = date(today.year, rule[1], rule[2])
        return d if d >= today else date(today.year + 1, rule[1], rule[2])
    if k == "ymd":
        return date(*rule[1:])
    raise ValueError(rule)


def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct.startswith("text/"):
            t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif ct in ("message/delivery-status", "text/rfc822-headers"):
            out.append(part.as_string())
        elif ct == "message/rfc822":
            inner = part.get_content()
            out.append(all_text(inner))
        else:
            pass
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " "))


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    specs = {sp["key"]: sp for sp in build.SPECS}
    if len(emails) != 80 or len(labels) != 80:
        bad("-", "expected 80 emails and labels, got %d/%d" % (len(emails), len(labels)))
    ids = [e["id"] for e in emails]
    if ids != ["fs%02d" % i for i in range(1, 81)]:
        bad("-", "ids are not fs01..fs80 in order")
    langs = Counter()
    seen_keys = set()
    for e, lab in zip(emails, labels):
        rid = e["id"]
        if lab["id"] != rid:
            bad(rid, "label id mismatch %s" % lab["id"])
        for k in KEYS:
            if k not in lab:
                bad(rid, "missing key %s" % k)
        extra = set(lab) - set(KEYS) - {"injection"}
        if extra:
            bad(rid, "extra keys %s" % extra)
        m = re.match(r"^\[([A-Z])(\d\d), ([a-z]{2})-[A-Z]{2}\] ", lab["note"])
        if not m:
            bad(rid, "note prefix")
            continue
        key = m.group(1) + m.group(2)
        seen_keys.add(key)
        sp = specs[key]
        langs[m.group(3)] += 1
        if m.group(3) != sp["lang"]:
            bad(rid, "note locale language != spec language")
        if LETTER[m.group(1)] != lab["intent"]:
            bad(rid, "KEY letter %s does not match intent %s" % (m.group(1), lab["intent"]))
        if lab["intent"] not in INTENTS:
            bad(rid, "bad intent")
        if lab.get("injection") not in (None, True):
            bad(rid, "injection must be true or absent")
        if bool(lab.get("injection")) != bool(sp.get("injection")):
            bad(rid, "injection flag differs from spec")

        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            bad(rid, "top-level defects %s" % msg.defects)
        to = str(msg["To"])
        if "collections+%s@%s" % (sp["case"], build.AR_DOMAIN) not in to:
            bad(rid, "case id not in To")
        dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
        today = dt.date()          # the header's own offset; naive for -0000 stays as written
        text = all_text(msg)
        ntext = norm(text)
        flat = re.sub(r"[\s.,'\u00a0\u202f]", "", text)

        # date fields
        rules = sp.get("dates", {})
        for f in ("promised_date", "paid_date", "return_date"):
            if f in rules:
                rule, phrase = rules[f]
                want = rule_date(today, rule).isoformat()
                if lab[f] != want:
                    bad(rid, "%s %s != recomputed %s (%s from %s)" % (f, lab[f], want, rule, today))
                if norm(phrase) not in ntext:
                    bad(rid, "date phrase %r not in text" % phrase)
            elif lab[f] is not None:
                bad(rid, "%s set without a rule" % f)
            if lab[f] is not None and not re.match(r"^\d{4}-\d\d-\d\d$", lab[f]):
                bad(rid, "%s not ISO" % f)
        if lab["paid_date"] and lab["paid_date"] > today.isoformat():
            bad(rid, "paid_date in the future")
        if lab["promised_date"] and lab["promised_date"] < today.isoformat():
            bad(rid, "promised_date in the past")
        if lab["return_date"] and lab["return_date"] < today.isoformat():
            bad(rid, "return_date in the past")

        # amounts
        amt, cur = lab["promised_amount"], lab["currency"]
        if (amt is None) != (cur is None):
            bad(rid, "currency must be null exactly when promised_amount is")
        if amt is not None:
            if not re.match(r"^\d+\.\d\d$", amt):
                bad(rid, "amount format %s" % amt)
            if cur not in CURRENCIES:
                bad(rid, "currency %s" % cur)
            whole, frac = amt.split(".")
            cands = [whole + frac, whole] if frac == "00" else [whole + frac]
            if not any(c in flat for c in cands):
                bad(rid, "amount %s not in text" % amt)
        if amt is not None and lab["intent"] not in ("promise_to_pay", "paid_claim", "payment_plan_request", "dispute"):
            bad(rid, "amount on intent %s" % lab["intent"])

        # other fields grounded in text
        if lab["payment_reference"] is not None and lab["payment_reference"] not in text:
            bad(rid, "reference not in text")
        if lab["new_contact_email"] is not None:
            if lab["new_contact_email"] not in text:
                bad(rid, "new contact not in text")
            if lab["new_contact_email"] == email.utils.parseaddr(str(msg["From"]))[1]:
                bad(rid, "new contact is the sender")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(rid, "bad dispute_reason")
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            bad(rid, "dispute without reason")
        inv = lab["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv):
            bad(rid, "invoice_numbers must be a list without duplicates")
        for n in inv:
            if not re.match(r"^INV-\d{4}$", n):
                bad(rid, "invoice format %s" % n)
            elif n[4:] not in text:
                bad(rid, "invoice %s not in text" % n)
        inv_all = set("INV-" + d for d in re.findall(r"\bINV-(\d{4})\b", text))
        if not set(inv) <= inv_all | set("INV-" + d for d in re.findall(r"\b(\d{4})\b", text)):
            bad(rid, "invoice not found")

        # message shapes per intent
        auto = msg.get("Auto-Submitted")
        if lab["intent"] == "out_of_office" and not auto:
            bad(rid, "out_of_office without Auto-Submitted")
        if lab["intent"] not in ("out_of_office", "delivery_failure") and auto:
            bad(rid, "human reply with Auto-Submitted")
        if lab["intent"] == "delivery_failure":
            if not (msg.get_content_type() == "multipart/report" or str(msg["Subject"]) == "failure notice"):
                bad(rid, "bounce shape")
        elif not str(msg.get("In-Reply-To", "")).startswith("<%s.r" % sp["case"]):
            bad(rid, "reply without In-Reply-To to our reminder")
        if "8bit" in e["eml"][:4000] and sp.get("cte") == "8bit":
            try:
                email.message_from_string(e["eml"], policy=email.policy.default)
            except Exception as exc:  # pragma: no cover
                bad(rid, "message_from_string failed %s" % exc)

    if len(seen_keys) != 80:
        bad("-", "keys not unique")
    ci = Counter(l["intent"] for l in labels)
    for i in INTENTS:
        if ci[i] < 3:
            bad("-", "intent %s only %d times" % (i, ci[i]))
    if sum(1 for l in labels if l.get("injection")) != 6:
        bad("-", "expected 6 injection items")
    for lg in ("fi", "hu", "pl", "he", "ms"):
        if langs[lg] < 3:
            bad("-", "language %s only %d" % (lg, langs[lg]))
    if len(langs) != 12:
        bad("-", "expected 12 languages, got %s" % sorted(langs))
    if langs["en"] <= max(v for k, v in langs.items() if k != "en"):
        bad("-", "English should be the most common")

    if problems:
        print("\n".join(problems))
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("OK: %d messages; intents %s; languages %s" % (len(labels), dict(ci), dict(langs)))


if __name__ == "__main__":
    main()
