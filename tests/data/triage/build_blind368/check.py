#!/usr/bin/env python3
"""Re-verify every dv label from the build's provenance. Exits 1 on any problem. Standard library only.

Independent of build code: date rules are re-implemented here with datetime, "today" is the calendar date of
the message's own Date header in its own offset, amounts are re-parsed from the raw token, and every phrase /
token / reference / address / invoice number must occur in the decoded message text.
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
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement",
           "other"]
EXPECTED = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
            "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
            "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
PROBLEMS = []


def bad(i, msg):
    PROBLEMS.append("%s: %s" % (i, msg))


# ------------------------------------------------------------------ date rules
def rule(today, name, args):
    if name == "today":
        return today
    if name == "tomorrow":
        return today + timedelta(1)
    if name == "yesterday":
        return today - timedelta(1)
    if name == "this_wd":
        return today + timedelta((args[0] - today.weekday()) % 7)
    if name == "next_wd":
        return today + timedelta(7 - today.weekday() + args[0])
    if name == "past_wd":                      # most recent such weekday strictly before today
        d = (today.weekday() - args[0]) % 7
        return today - timedelta(d or 7)
    if name == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if name == "eom_named":
        return date(today.year, args[0], calendar.monthrange(today.year, args[0])[1])
    if name == "plus_days":
        return today + timedelta(args[0])
    if name == "by_the":
        if today.day <= args[0]:
            return today.replace(day=args[0])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, args[0])
    if name == "explicit":
        return date(*args)
    if name == "dm_past":
        d = date(today.year, args[1], args[0])
        return d if d <= today else date(today.year - 1, args[1], args[0])
    if name == "dm_future":
        d = date(today.year, args[1], args[0])
        return d if d >= today else date(today.year + 1, args[1], args[0])
    if name == "this_week":
        return today + timedelta(4 - today.weekday())
    if name == "kw":
        return date.fromisocalendar(today.year, args[0], 5)
    if name == "first_week":
        return date(today.year, args[0], 7)
    raise ValueError(name)


def parse_amount(tok):
    s = re.sub(r"[^0-9.,\s\u00a0]", "", tok).strip()
    s = re.sub(r"[\s\u00a0]", "", s)
    m = re.search(r"[.,](\d{1,2})$", s)
    if m:
        ip, dp = s[:m.start()], m.group(1).ljust(2, "0")
    else:
        ip, dp = s, "00"
    ip = re.sub(r"[.,]", "", ip)
    assert ip.isdigit(), tok
    return "%d.%s" % (int(ip), dp)


# ------------------------------------------------------------------ text extraction
def all_text(msg):
    out = []
    for k, v in msg.items():
        out.append("%s: %s" % (k, v))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822" or ct == "message/delivery-status":
            continue
        if ct.startswith("text/"):
            try:
                t = part.get_content()
            except Exception as e:  # noqa: BLE001
                raise RuntimeError("cannot decode %s: %s" % (ct, e))
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            if ct == "text/rfc822-headers":
                t = str(email.message_from_string(t, policy=email.policy.default).get("Subject", "")) + "\n" + t
            out.append(t)
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.iter_parts():
                out.append(all_text(sub))
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    prov = [json.loads(l) for l in open(os.path.join(HERE, "provenance.jsonl"), encoding="utf-8")]
    ids = ["dv%02d" % i for i in range(1, 81)]
    if [e["id"] for e in emails] != ids or [l["id"] for l in labels] != ids or [p["id"] for p in prov] != ids:
        bad("*", "ids/order mismatch")
    inj = 0
    for e, lab, pv in zip(emails, labels, prov):
        i = e["id"]
        if set(e) != {"id", "eml"}:
            bad(i, "email keys")
        extra = set(lab) - set(FIELDS) - {"injection"}
        if extra or any(f not in lab for f in FIELDS):
            bad(i, "label keys %s" % extra)
        if lab.get("injection"):
            inj += 1
        if lab["intent"] not in INTENTS:
            bad(i, "intent")
        if not lab["note"].startswith("[%s, %s] " % (pv["key"], pv["locale"])):
            bad(i, "note prefix")
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            text = all_text(msg)
            dt = msg["Date"].datetime
        except Exception as ex:  # noqa: BLE001
            bad(i, "parse: %r" % ex)
            continue
        if msg.defects:
            bad(i, "defects %s" % msg.defects)
        if "ar+" not in str(msg["To"]) or "@billing.meridianapron.example" not in str(msg["To"]):
            bad(i, "To is not a per-case AR address")
        today = dt.date()
        nt = norm(text)
        # dates
        dated = set()
        for f, phrase, rname, *args in pv["dates"]:
            dated.add(f)
            want = rule(today, rname, args).isoformat()
            if lab[f] != want:
                bad(i, "%s label %s != %s by rule %s(%s) from %s" % (f, lab[f], want, rname, args, today))
            if norm(phrase) not in nt:
                bad(i, "date phrase %r not in text" % phrase)
        for f in ("promised_date", "paid_date", "return_date"):
            if lab[f] is not None and f not in dated:
                bad(i, "%s has no provenance" % f)
        # amounts
        amounted = set()
        for f, tok, cur in pv["amounts"]:
            amounted.add(f)
            if lab[f] != parse_amount(tok):
                bad(i, "%s %s != parse(%r)" % (f, lab[f], tok))
            if lab["currency"] != cur:
                bad(i, "currency %s != %s" % (lab["currency"], cur))
            if norm(tok) not in nt:
                bad(i, "amount token %r not in text" % tok)
        if lab["promised_amount"] is not None and "promised_amount" not in amounted:
            bad(i, "amount has no provenance")
        if (lab["currency"] is None) != (lab["promised_amount"] is None):
            bad(i, "currency/amount nullness")
        if lab["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d\d", lab["promised_amount"]):
            bad(i, "amount format")
        # strings that must be in the message
        for f in ("payment_reference", "new_contact_email"):
            if lab[f] is not None and lab[f] not in text:
                bad(i, "%s %r not in text" % (f, lab[f]))
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(i, "dispute_reason")
        if (lab["intent"] == "dispute") != (lab["dispute_reason"] is not None) and lab["intent"] != \
                "legal_or_insolvency":
            bad(i, "dispute_reason vs intent")
        if lab["intent"] == "out_of_office" and "auto" not in (str(msg.get("Auto-Submitted", "")) +
                                                               str(msg["Subject"])).lower():
            bad(i, "out_of_office without an automatic marker")
        if lab["intent"] == "delivery_failure" and msg.get("In-Reply-To") and "ndr" not in \
                str(msg.get("X-MS-Exchange-Message-Is-Ndr", "x")).lower() + "ndr":
            pass
        invs = lab["invoice_numbers"]
        if not isinstance(invs, list) or len(set(invs)) != len(invs):
            bad(i, "invoice_numbers")
        for n in invs:
            if not re.fullmatch(r"MAS-\d{5}", n):
                bad(i, "invoice format %s" % n)
            if n not in text and n[4:] not in text:
                bad(i, "invoice %s not in text" % n)
    c = Counter(l["intent"] for l in labels)
    for k, v in EXPECTED.items():
        if c[k] != v:
            bad("*", "count %s %d != %d" % (k, c[k], v))
    if inj != 6:
        bad("*", "injection count %d" % inj)
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print("FAIL: %d problem(s)" % len(PROBLEMS))
        sys.exit(1)
    print("OK: 80 items, %s; injections=%d" % (", ".join("%s=%d" % (k, c[k]) for k in INTENTS), inj))


if __name__ == "__main__":
    main()
