#!/usr/bin/env python3
"""Sanity checker for blind set 154 (triage). Exits non-zero on any problem.

Re-parses every message as bytes, re-resolves every date label from the
message's own Date header with an independent implementation of the samples
README rules, and checks amounts, references, addresses and invoice numbers
against the decoded text.
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
import build  # noqa: E402  (only for the item specs: evidence phrases and date rules)

INTENTS = {"promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement",
           "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
LETTER = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request", "B": "billing_update",
          "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request", "L": "legal_or_insolvency",
          "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
ISO4217 = {"USD", "CAD", "NZD", "EUR", "CLP", "JPY", "GBP"}

errors = []


def err(i, msg):
    errors.append("%s: %s" % (i, msg))


# ---- independent date rules (samples README) ----
def last_day(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def rule(spec, t):
    k = spec[0]
    if k == "abs":
        return date(*map(int, spec[1].split("-")))
    if k == "today":
        return t
    if k == "tomorrow":
        return t + timedelta(days=1)
    if k == "yesterday":
        return t - timedelta(days=1)
    if k == "this_wd":
        d = t
        while d.weekday() != spec[1]:
            d += timedelta(days=1)
        return d
    if k == "next_wd":
        monday_next = t - timedelta(days=t.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=spec[1])
    if k == "eom":
        return last_day(t.year, t.month)
    if k == "eom_month":
        return last_day(t.year, spec[1])
    if k == "eom_next":
        m = t.month % 12 + 1
        return last_day(t.year + (1 if t.month == 12 else 0), m)
    if k == "plus":
        return t + timedelta(days=spec[1])
    if k == "by_the":
        d = t
        while d.day != spec[1]:
            d += timedelta(days=1)
        return d
    if k == "this_week":
        d = t
        while d.weekday() != 4:
            d += timedelta(days=1) if d.weekday() < 4 else -timedelta(days=1)
        return d
    if k == "isoweek":
        jan4 = date(t.year, 1, 4)
        week1_monday = jan4 - timedelta(days=jan4.weekday())
        return week1_monday + timedelta(weeks=spec[1] - 1, days=4)
    if k == "first_week_of":
        return date(t.year, spec[1], 7)
    if k == "dm_past":
        d = date(t.year, spec[2], spec[1])
        return d if d <= t else date(t.year - 1, spec[2], spec[1])
    if k == "dm_future":
        d = date(t.year, spec[2], spec[1])
        return d if d >= t else date(t.year + 1, spec[2], spec[1])
    raise ValueError(spec)


def parse_amount(s, cur):
    digits = re.sub(r"[^0-9.,]", "", s)
    if cur in ("CLP",):
        return "%s.00" % digits.replace(".", "").replace(",", "")
    if cur == "JPY":
        return "%s.00" % digits.replace(",", "").replace(".", "")
    m = re.match(r"^(.*?)([.,])(\d{2})$", digits)
    if m:
        whole = re.sub(r"[.,]", "", m.group(1))
        return "%s.%s" % (whole, m.group(3))
    return "%s.00" % re.sub(r"[.,]", "", digits)


def texts(msg):
    """All decoded text in a message, including nested rfc822 parts and returned headers."""
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct in ("text/plain", "text/html"):
            try:
                t = part.get_content()
            except Exception as e:  # noqa
                t = part.get_payload(decode=True).decode("utf-8", "replace")
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif ct in ("text/rfc822-headers", "message/delivery-status"):
            out.append(part.get_payload(decode=True).decode("utf-8", "replace") if not isinstance(
                part.get_payload(), list) else "\n".join(str(p) for p in part.get_payload()))
        elif ct == "message/rfc822":
            for sub in part.get_payload():
                out.append(str(sub.get("Subject", "")))
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        err("-", "expected 80/80 lines, got %d/%d" % (len(emails), len(labels)))
    ids = [e["id"] for e in emails]
    if ids != ["sc%02d" % n for n in range(1, 81)]:
        err("-", "ids are not sc01..sc80 in order")
    if ids != [l["id"] for l in labels]:
        err("-", "email and label ids differ in order")
    build.build_all()  # assigns ids to ITEMS
    spec = {it["id"]: it for it in build.ITEMS}
    intents = Counter()
    inj = 0
    cases = set()
    for e, lab in zip(emails, labels):
        i = e["id"]
        it = spec[i]
        keys = list(lab.keys())
        if keys[:12] != KEYS or set(keys[12:]) - {"injection"}:
            err(i, "bad label keys %s" % keys)
        if lab["intent"] not in INTENTS:
            err(i, "bad intent")
        intents[lab["intent"]] += 1
        m = re.match(r"^\[([A-Z])(\d\d), ([a-z]{2}(-[A-Z]{2})?)\] ", lab["note"])
        if not m:
            err(i, "note does not start with [KEY, locale]")
        elif LETTER[m.group(1)] != lab["intent"]:
            err(i, "note key letter %s does not match intent %s" % (m.group(1), lab["intent"]))
        if lab.get("injection"):
            inj += 1
            if lab["injection"] is not True:
                err(i, "injection must be true")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            err(i, "bad dispute_reason")
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            err(i, "dispute without reason")
        if (lab["promised_amount"] is None) != (lab["currency"] is None):
            err(i, "currency must be null exactly when promised_amount is null")
        if lab["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d\d", lab["promised_amount"]):
            err(i, "amount format")
        if lab["currency"] is not None and lab["currency"] not in ISO4217:
            err(i, "currency")
        for f in ("promised_date", "paid_date", "return_date"):
            if lab[f] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", lab[f]):
                err(i, f + " format")
        invs = lab["invoice_numbers"]
        if not isinstance(invs, list) or len(set(invs)) != len(invs) or any(
                not re.fullmatch(r"INV-\d{4}", x) for x in invs):
            err(i, "invoice_numbers malformed")
        if lab["intent"] == "out_of_office" and lab["promised_date"]:
            err(i, "ooo with promised_date")
        # ---- parse the message as bytes
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        except Exception as ex:  # noqa
            err(i, "parse failed: %s" % ex)
            continue
        to = str(msg["To"])
        mc = re.search(r"collections\+(K\d{4})@ar\.ironbark-scaffold\.example", to)
        if not mc:
            err(i, "case id not in To")
            continue
        case = mc.group(1)
        if case in cases:
            err(i, "duplicate case id")
        cases.add(case)
        dt = msg["Date"].datetime
        today = dt.date()
        if lab["intent"] != "delivery_failure":
            irt = str(msg.get("In-Reply-To", ""))
            if case not in irt:
                err(i, "reply without In-Reply-To to the case")
        else:
            if it["bounce"] in ("postfix", "exim") and msg.get("In-Reply-To"):
                err(i, "plain bounce should not carry In-Reply-To")
        if lab["intent"] == "out_of_office" and not msg.get("Auto-Submitted"):
            err(i, "auto-reply without Auto-Submitted")
        if lab["intent"] != "out_of_office" and lab["intent"] != "delivery_failure" and msg.get("Auto-Submitted") \
                and it["key"] != "A05":
            err(i, "unexpected Auto-Submitted")
        if it.get("cte") == "8bit" and all(ord(c) < 128 for c in e["eml"]):
            err(i, "8bit item without 8-bit characters")
        for part in msg.walk():
            if part.get_content_type().startswith("text/") and not part.is_multipart():
                try:
                    c = part.get_content()
                except Exception as ex:  # noqa
                    if it.get("bounce") != "exim":
                        err(i, "cannot decode part: %s" % ex)
                    continue
                if "\ufffd" in c and it.get("bounce") != "exim":
                    err(i, "replacement char after decoding")
        full = norm(texts(msg))
        own = norm(it["body"]) + " " + norm(it.get("hidden") or "")
        # ---- invoice numbers appear in the message
        for inv in invs:
            num = inv[4:]
            if not re.search(r"(?<!\d)%s(?!\d)" % num, full):
                err(i, "%s not found in the message" % inv)
        # ---- addresses and references appear in the text
        for f in ("new_contact_email", "payment_reference"):
            if lab[f] is not None and lab[f] not in full:
                err(i, "%s %r not in text" % (f, lab[f]))
        if lab["new_contact_email"] and lab["new_contact_email"] == it["frm"][1]:
            err(i, "new_contact_email is the sender")
        # ---- evidence phrases and amounts
        ev = it["ev"]
        for f, phrase in ev.items():
            p = norm(phrase)
            if p not in full:
                err(i, "evidence for %s (%r) not in decoded text" % (f, phrase))
            if p not in own:
                err(i, "evidence for %s (%r) not in the customer's own text" % (f, phrase))
        if lab["promised_amount"] is not None:
            if "promised_amount" not in ev:
                err(i, "amount without evidence")
            elif parse_amount(ev["promised_amount"], lab["currency"]) != lab["promised_amount"]:
                err(i, "amount %s != parsed %s" % (lab["promised_amount"],
                                                   parse_amount(ev["promised_amount"], lab["currency"])))
            if lab["currency"] != build.LOC_CUR[it["loc"]]:
                err(i, "currency differs from the thread's currency")
        # ---- dates re-resolved from the parsed Date header
        for f in ("promised_date", "paid_date", "return_date"):
            sp = it["lab"].get(f)
            if (sp is None) != (lab[f] is None):
                err(i, f + " null mismatch")
                continue
            if sp is None:
                continue
            if f not in ev:
                err(i, f + " without evidence phrase")
            got = rule(sp, today).isoformat()
            if got != lab[f]:
                err(i, "%s: label %s, recomputed %s from Date %s" % (f, lab[f], got, msg["Date"]))
            if f == "paid_date" and lab[f] > today.isoformat():
                err(i, "paid_date in the future")
            if f in ("promised_date", "return_date") and lab[f] < today.isoformat():
                err(i, f + " in the past")
        if lab["intent"] == "paid_claim" and lab["paid_date"] is None:
            err(i, "paid_claim without paid_date (all paid claims here state one)")
    for intent in INTENTS:
        if intents[intent] < 3:
            err("-", "intent %s has %d < 3 items" % (intent, intents[intent]))
    if inj != 6:
        err("-", "expected 6 injection items, got %d" % inj)
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: 80 messages, intents %s, %d injection items" % (dict(sorted(intents.items())), inj))


if __name__ == "__main__":
    main()
