#!/usr/bin/env python3
"""Re-verify every label of blind211 from the generated data. Exits 1 on any problem."""
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
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENTS = {"promise_to_pay": "P", "paid_claim": "C", "dispute": "D", "document_request": "R", "billing_update": "B",
           "wrong_contact": "W", "out_of_office": "O", "payment_plan_request": "I", "legal_or_insolvency": "L",
           "delivery_failure": "X", "acknowledgement": "A", "other": "Z"}
TARGET = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
          "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
          "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
LOCALES = "en-US en-AU en-PH es-ES es-UY fr-CH de-AT pt-BR it-IT nl-BE da-DK fi-FI cs-CZ el-GR he-IL ko-KR".split()

errors = []


def err(i, msg):
    errors.append("%s: %s" % (i, msg))


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if p.is_multipart() or ct == "message/rfc822":
            if ct == "message/rfc822":
                inner = p.get_payload()[0] if isinstance(p.get_payload(), list) else p.get_payload()
                out.append(str(inner.get("Subject", "")))
                for h in ("Message-ID",):
                    out.append(str(inner.get(h, "")))
            continue
        if ct.startswith("text/") or ct == "message/delivery-status":
            try:
                c = p.get_content()
            except Exception:
                c = p.get_payload(decode=True).decode("utf-8", "replace") if p.get_payload(decode=True) else str(p.get_payload())
            if not isinstance(c, str):
                c = str(c)
            if ct == "text/html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c))
            out.append(c)
    return norm("\n".join(out))


def rule_date(rule, arg, t):
    if rule == "tomorrow":
        return t + timedelta(days=1)
    if rule == "plus":
        return t + timedelta(days=arg)
    if rule == "minus":
        return t - timedelta(days=arg)
    if rule == "this_wd":
        d = t
        while d.weekday() != arg:
            d += timedelta(days=1)
        return d
    if rule == "next_wd":
        monday_next = t - timedelta(days=t.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=arg)
    if rule == "past_wd":
        d = t - timedelta(days=1)
        while d.weekday() != arg:
            d -= timedelta(days=1)
        return d
    if rule == "eom":
        return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if rule == "eom_named":
        return date(t.year, arg, calendar.monthrange(t.year, arg)[1])
    if rule == "by_day":
        d = t
        while d.day != arg:
            d += timedelta(days=1)
        return d
    if rule == "isoweek":
        jan4 = date(t.year, 1, 4)
        return jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=arg - 1, days=4)
    if rule == "first_week":
        return date(t.year, arg, 7)
    if rule == "dm_future":
        d = date(t.year, arg[1], arg[0])
        return d if d >= t else date(t.year + 1, arg[1], arg[0])
    if rule == "dm_past":
        d = date(t.year, arg[1], arg[0])
        return d if d <= t else date(t.year - 1, arg[1], arg[0])
    if rule == "abs":
        return date.fromisoformat(arg)
    raise ValueError(rule)


def parse_amount(lit):
    s = re.sub(r"[^\d.,']", "", lit.replace("\u00a0", " ").replace(" ", ""))
    s = s.replace("'", "").strip(".,")
    m = re.search(r"[.,](\d+)$", s)
    if m and len(m.group(1)) == 2:
        ip, dp = s[:m.start()], m.group(1)
    else:
        ip, dp = s, "00"
    ip = re.sub(r"[.,]", "", ip)
    return "%d.%s" % (int(ip), dp)


def main():
    emails, labels, checks = load("emails.jsonl"), load("labels.jsonl"), load("checks.jsonl")
    if not (len(emails) == len(labels) == len(checks) == 80):
        err("-", "expected 80 lines each, got %d/%d/%d" % (len(emails), len(labels), len(checks)))
    ids = [e["id"] for e in emails]
    if len(set(ids)) != len(ids) or ids != ["MQ%02d" % i for i in range(1, len(ids) + 1)]:
        err("-", "ids must be MQ01..MQ80 in order")
    for e, l, c in zip(emails, labels, checks):
        i = e["id"]
        if l["id"] != i or c["id"] != i:
            err(i, "id mismatch across files")
        keys = list(l.keys())
        extra = set(keys) - set(FIELDS)
        if keys[:len(FIELDS)] != FIELDS or (extra and extra != {"injection"}) or l.get("injection", True) is not True:
            err(i, "label fields: %s" % keys)
        if l["intent"] not in INTENTS:
            err(i, "bad intent")
            continue
        if not l["note"].startswith("[%s, %s] " % (INTENTS[l["intent"]], c["loc"])):
            err(i, "note prefix %r" % l["note"][:14])
        if (l["dispute_reason"] is not None) != (l["intent"] == "dispute") or (l["dispute_reason"] and l["dispute_reason"] not in REASONS):
            err(i, "dispute_reason %r" % l["dispute_reason"])
        if (l["promised_amount"] is None) != (l["currency"] is None):
            err(i, "currency must be null exactly when amount is null")
        if l["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", l["promised_amount"]):
            err(i, "amount format")
        if l["currency"] is not None and not re.fullmatch(r"[A-Z]{3}", l["currency"]):
            err(i, "currency format")
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None:
                try:
                    date.fromisoformat(l[f])
                except ValueError:
                    err(i, "%s not ISO" % f)
        # parse the message as the contract says
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            dt = parsedate_to_datetime(str(msg["Date"]))
        except Exception as ex:  # noqa
            err(i, "unparseable: %s" % ex)
            continue
        today = dt.date()  # in the header's own offset
        text = all_text(msg)
        if "\ufffd" in text and "qmail" not in str(msg.get("Message-ID", "")):
            err(i, "replacement character in decoded text")
        # dates
        seen = set()
        for d in c["dates"]:
            seen.add(d["field"])
            arg = tuple(d["arg"]) if isinstance(d["arg"], list) else d["arg"]
            want = rule_date(d["rule"], arg, today).isoformat()
            if l[d["field"]] != want:
                err(i, "%s %s != recomputed %s" % (d["field"], l[d["field"]], want))
            if norm(d["phrase"]) not in text:
                err(i, "date phrase %r not in text" % d["phrase"])
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None and f not in seen:
                err(i, "%s has no provenance" % f)
        # amount
        if l["promised_amount"] is not None:
            lit = c.get("amount_literal")
            if not lit or norm(lit) not in text:
                err(i, "amount literal %r not in text" % lit)
            elif parse_amount(lit) != l["promised_amount"]:
                err(i, "amount %s != parsed literal %s" % (l["promised_amount"], parse_amount(lit)))
        # reference, contact
        if l["payment_reference"] is not None:
            if l["payment_reference"].startswith("#") or norm(l["payment_reference"]) not in text:
                err(i, "payment_reference not in text")
        if l["new_contact_email"] is not None:
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.example", l["new_contact_email"]) or l["new_contact_email"].lower() not in text:
                err(i, "new_contact_email not in text")
            if l["new_contact_email"].lower() == str(msg["From"]).lower():
                err(i, "new contact equals sender")
        # invoices
        invs = l["invoice_numbers"]
        dn = c["dunning"]
        dn_nums = [x[0] for x in dn["invoices"]]
        if not invs or len(set(invs)) != len(invs):
            err(i, "invoice_numbers empty or duplicated")
        for n in invs:
            if not re.fullmatch(r"INV-\d{4}", n):
                err(i, "invoice format %s" % n)
            if n not in dn_nums:
                err(i, "%s not in the dunning reminder" % n)
            if n.lower() not in text and not re.search(r"(?<!\d)%s(?!\d)" % n[4:], text):
                err(i, "%s not found in message" % n)
        # dunning arithmetic
        tot = sum(int(x[2].replace(".", "")) for x in dn["invoices"])
        if "%d.%02d" % (tot // 100, tot % 100) != dn["total"]:
            err(i, "dunning total does not add up")
        if parse_amount(dn["total_literal"]) != dn["total"]:
            err(i, "dunning total literal")
        # structure by kind
        if c["kind"] in ("reply", "ooo"):
            if str(msg.get("In-Reply-To", "")).strip() != dn["msgid"]:
                err(i, "In-Reply-To does not reference the dunning email")
        if c["kind"] == "ooo" and not msg.get("Auto-Submitted"):
            err(i, "auto-reply without Auto-Submitted")
        if c["kind"] == "bounce":
            if l["intent"] != "delivery_failure" or norm(dn["msgid"]) not in norm(e["eml"]):
                err(i, "bounce must return the reminder's Message-ID")
        if (c["kind"] == "ooo") != (l["intent"] == "out_of_office") or (c["kind"] == "bounce") != (l["intent"] == "delivery_failure"):
            err(i, "kind/intent mismatch")
        if not re.search(r"[+-]\d{4}", str(msg["Date"])):
            err(i, "Date without numeric zone")
    ci = Counter(l["intent"] for l in labels)
    if dict(ci) != TARGET:
        err("-", "intent counts %s" % dict(ci))
    cl = Counter(c["loc"] for c in checks)
    if set(cl) != set(LOCALES) or any(v != 5 for v in cl.values()):
        err("-", "locale counts %s" % dict(cl))
    ninj = sum(1 for l in labels if l.get("injection"))
    if not 5 <= ninj <= 8:
        err("-", "injection count %d" % ninj)
    if errors:
        print("\n".join(errors))
        print("FAIL: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: 80 labels verified (%d date labels recomputed, %d injections)" % (
        sum(len(c["dates"]) for c in checks), ninj))


if __name__ == "__main__":
    main()
