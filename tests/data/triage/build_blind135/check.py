#!/usr/bin/env python3
"""Sanity checker for the blind triage set (not part of the data).

Re-parses every message as bytes, re-derives every date label with its own date
arithmetic, checks that stated values appear in the decoded text, and checks the
set-level requirements. Exits non-zero on any problem.
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
sys.path.insert(0, HERE)
import build  # noqa: E402  (only for the per-message specs: rule, phrase, key)

INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
LETTER = dict(zip("PCDRBWOLGFAX", INTENTS))
CURRENCIES = {"GBP", "EUR", "USD", "AUD", "HUF", "VND"}

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


# independent date arithmetic -------------------------------------------------
def d_rule(rule, arg, t):
    wd = t.weekday()
    if rule == "today":
        return t
    if rule == "tomorrow":
        return t + timedelta(1)
    if rule == "yesterday":
        return t - timedelta(1)
    if rule == "minus":
        return t - timedelta(arg)
    if rule == "this_wd":
        n = t
        while n.weekday() != arg:
            n += timedelta(1)
        return n
    if rule == "next_wd":
        monday_next = t - timedelta(wd) + timedelta(7)
        return monday_next + timedelta(arg)
    if rule == "this_week":
        return t - timedelta(wd) + timedelta(4)
    if rule == "eom":
        n = t
        while (n + timedelta(1)).month == t.month:
            n += timedelta(1)
        return n
    if rule == "eom_named":
        return date(t.year, arg, calendar.monthrange(t.year, arg)[1])
    if rule == "plus14":
        return t + timedelta(14)
    if rule == "by_the":
        n = t
        while n.day != arg:
            n += timedelta(1)
        return n
    if rule == "kw":
        jan4 = date(t.year, 1, 4)
        week1_monday = jan4 - timedelta(jan4.weekday())
        return week1_monday + timedelta(weeks=arg - 1, days=4)
    if rule == "first_week":
        return date(t.year, arg, 7)
    if rule == "explicit":
        return date(int(arg[:4]), int(arg[5:7]), int(arg[8:10]))
    if rule == "dm_past":
        n = t
        while not (n.day == arg[0] and n.month == arg[1]):
            n -= timedelta(1)
        return n
    if rule == "dm_future":
        n = t
        while not (n.day == arg[0] and n.month == arg[1]):
            n += timedelta(1)
        return n
    raise ValueError(rule)


# decoding ---------------------------------------------------------------------
def strip_html(s):
    s = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def all_text(msg):
    out = []
    for k, v in msg.items():
        out.append("%s: %s" % (k, v))
    if msg.is_multipart():
        for p in msg.iter_parts() if hasattr(msg, "iter_parts") else msg.get_payload():
            out.append(all_text(p))
        return "\n".join(out)
    ct = msg.get_content_type()
    if ct == "message/rfc822":
        for p in msg.get_payload():
            out.append(all_text(p))
    elif ct == "message/delivery-status":
        for blk in msg.get_payload():
            out.append(str(blk))
    elif ct.startswith("text/"):
        c = msg.get_content()
        out.append(strip_html(c) if ct == "text/html" else c)
    return "\n".join(out)


def norm(s):
    return " ".join(s.split()).casefold()


def amount_variants(a):
    whole, frac = a.split(".")
    g = []
    w = whole
    while len(w) > 3:
        g.insert(0, w[-3:])
        w = w[:-3]
    g.insert(0, w)
    v = {",".join(g) + "." + frac, ".".join(g) + "," + frac, " ".join(g) + "," + frac, whole + "." + frac,
         whole + "," + frac}
    if frac == "00":
        v |= {",".join(g), ".".join(g), " ".join(g), whole}
    return v


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        bad("-", "expected 80 lines, got %d/%d" % (len(emails), len(labels)))
    specs = {m["key"]: m for m in build.S}
    seen_keys = set()
    for i, (e, lab) in enumerate(zip(emails, labels)):
        rid = e["id"]
        if lab["id"] != rid:
            bad(rid, "label id mismatch %s" % lab["id"])
        if rid != "ph%02d" % (i + 1):
            bad(rid, "ids not ph01..ph80 in order")
        ks = list(lab)
        extra = [k for k in ks if k not in KEYS]
        if ks[:len(KEYS)] != KEYS or extra not in ([], ["injection"]):
            bad(rid, "label keys %s" % ks)
        if "injection" in lab and lab["injection"] is not True:
            bad(rid, "injection must be true when present")
        mm = re.match(r"\[([A-Z])(\d\d), ([a-z]{2}-[A-Z]{2})\] ", lab["note"])
        if not mm:
            bad(rid, "note prefix")
            continue
        key = mm.group(1) + mm.group(2)
        seen_keys.add(key)
        m = specs[key]
        if LETTER[mm.group(1)] != lab["intent"]:
            bad(rid, "key letter %s does not match intent %s" % (key, lab["intent"]))
        if lab["intent"] not in INTENTS:
            bad(rid, "bad intent")
        # parse
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        text = all_text(msg)
        if "\ufffd" in text:
            bad(rid, "U+FFFD in decoded text")
        ntext = norm(text)
        today = parsedate_to_datetime(msg["Date"]).date()
        case = m["case"]
        to = str(msg["To"])
        if m.get("bounce"):
            if "collections+%s@" % case not in to:
                bad(rid, "bounce To lacks case address")
            if msg.get_content_type() not in ("multipart/report", "text/plain"):
                bad(rid, "bounce content type %s" % msg.get_content_type())
            if "collections+%s@" % case not in text.split("\n", 30)[-1] and text.count("collections+%s@" % case) < 2:
                bad(rid, "bounce does not return the reminder")
        else:
            if "collections+%s@" % case not in to:
                bad(rid, "To lacks case address")
            irt = msg.get("In-Reply-To")
            if not irt or ("<%s." % case) not in str(irt):
                bad(rid, "In-Reply-To does not point at the reminder")
        auto = msg.get("Auto-Submitted") or msg.get("X-Autoreply")
        if lab["intent"] == "out_of_office" and not auto:
            bad(rid, "out_of_office without auto header")
        if lab["intent"] not in ("out_of_office", "delivery_failure") and auto:
            bad(rid, "human reply carries an auto header")
        # dates
        for f in ("promised_date", "paid_date", "return_date"):
            spec = m["L"].get(f)
            if spec is None:
                continue
            rule, arg, phrase = spec
            exp = d_rule(rule, arg, today).isoformat()
            if lab[f] != exp:
                bad(rid, "%s label %s != recomputed %s (%s)" % (f, lab[f], exp, rule))
            if norm(phrase) not in ntext:
                bad(rid, "phrase %r not in text" % phrase)
        for f in ("promised_date", "paid_date", "return_date"):
            if lab[f] is not None and m["L"].get(f) is None:
                bad(rid, "%s set without a rule" % f)
            if lab[f] is not None and not re.fullmatch(r"2026-\d\d-\d\d", lab[f]):
                bad(rid, "%s not ISO" % f)
        # amount/currency
        a = lab["promised_amount"]
        if (a is None) != (lab["currency"] is None):
            bad(rid, "currency null iff amount null")
        if a is not None:
            if not re.fullmatch(r"\d+\.\d\d", a):
                bad(rid, "amount format")
            body_only = ntext
            if not any(v.casefold() in body_only for v in amount_variants(a)):
                bad(rid, "amount %s not found in text" % a)
            if lab["currency"] not in CURRENCIES or lab["currency"] != m["cur"]:
                bad(rid, "currency %s vs thread %s" % (lab["currency"], m["cur"]))
        # other fields
        if lab["payment_reference"] is not None and norm(lab["payment_reference"]) not in ntext:
            bad(rid, "payment_reference not in text")
        if lab["new_contact_email"] is not None:
            if lab["new_contact_email"] not in text:
                bad(rid, "new_contact_email not in text")
            if lab["new_contact_email"] == m["email"] and lab["intent"] != "legal_or_insolvency":
                bad(rid, "new_contact_email is the sender")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(rid, "bad dispute_reason")
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            bad(rid, "dispute without reason")
        if lab["intent"] not in ("dispute", "legal_or_insolvency") and lab["dispute_reason"] is not None:
            bad(rid, "dispute_reason on a non-dispute intent")
        if lab["return_date"] is not None and lab["intent"] != "out_of_office":
            bad(rid, "return_date outside out_of_office")
        if lab["paid_date"] is not None and lab["intent"] != "paid_claim":
            bad(rid, "paid_date outside paid_claim")
        if lab["intent"] in ("out_of_office", "delivery_failure", "wrong_contact", "document_request",
                             "billing_update", "acknowledgement", "other") and (a or lab["promised_date"]):
            bad(rid, "amount/date fields on %s" % lab["intent"])
        if lab["intent"] == "delivery_failure":
            if lab["new_contact_email"] or msg.get("In-Reply-To") and m["bounce"] in ("postfix", "exim"):
                bad(rid, "bounce fields")
        # invoice numbers
        inv = lab["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv):
            bad(rid, "invoice_numbers must be a list without duplicates")
        for n in inv:
            if not re.fullmatch(r"INV-\d{5}", n) or n[4:] not in text:
                bad(rid, "invoice %s not in text" % n)
        known = {x[0] for x in m["invs"]}
        if set(inv) - known:
            bad(rid, "invoice not in the reminder")
        if not inv and any(x[0][4:] in text for x in m["invs"]):
            bad(rid, "empty invoice list but a number is in the message")
        if lab.get("injection") != m.get("injection"):
            bad(rid, "injection flag mismatch")
        if lab.get("injection") and not re.search(r"(?i)\b(ai|ki|bot|autom\w*|asistente|assistant|system)\b", text):
            bad(rid, "injection item without an address to a machine")
    if len(seen_keys) != 80:
        bad("-", "keys not unique")
    ic = Counter(l["intent"] for l in labels)
    for k in INTENTS:
        if ic[k] < 3:
            bad("-", "intent %s has %d < 3" % (k, ic[k]))
    top = sorted(ic, key=lambda k: -ic[k])[:3]
    if set(top) != {"promise_to_pay", "paid_claim", "dispute"}:
        bad("-", "most common intents are %s" % top)
    if sum(1 for l in labels if l.get("injection")) != 6:
        bad("-", "expected 6 injection items")
    lc = Counter(l["note"].split(",")[1].strip()[:2] for l in labels)
    if lc["en"] <= max(v for k, v in lc.items() if k != "en"):
        bad("-", "English is not the most common language")
    for lg in ("es", "fr", "de", "it", "nl", "pt", "el", "hu", "fi", "vi"):
        if lc[lg] < 2:
            bad("-", "language %s has %d" % (lg, lc[lg]))
    if problems:
        print("\n".join(problems))
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("ok: %d messages, intents %s, languages %s" % (len(labels), dict(ic), dict(lc)))


if __name__ == "__main__":
    main()
