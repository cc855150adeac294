#!/usr/bin/env python3
"""Sanity checker for blind triage set 114 (not part of the data). Exits non-zero on any problem."""
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
import build  # noqa: E402  (only for the per-message date rules and 'must' strings)

INTENTS = {"promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
LETTER = {"P": "promise_to_pay", "Y": "paid_claim", "D": "dispute", "Q": "document_request", "B": "billing_update",
          "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request", "L": "legal_or_insolvency",
          "F": "delivery_failure", "K": "acknowledgement", "X": "other"}
CURRENCIES = {"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "BRL", "MXN", "CNY", "THB"}

problems = []


def bad(msg):
    problems.append(msg)


# ---- independent date arithmetic (re-implemented, not imported)
def this_wd(t, wd):
    return t + timedelta((wd - t.weekday()) % 7)


def next_wd(t, wd):
    return t + timedelta(7 - t.weekday() + wd)


def past_wd(t, wd):
    return t - timedelta((t.weekday() - wd) % 7)


def eom(t):
    return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])


def check_rule(rule, t):
    k = rule[0]
    if k == "tomorrow":
        return t + timedelta(1)
    if k == "yesterday":
        return t - timedelta(1)
    if k == "this_wd":
        return this_wd(t, rule[1])
    if k == "next_wd":
        return next_wd(t, rule[1])
    if k == "past_wd":
        return past_wd(t, rule[1])
    if k == "eom":
        return eom(t)
    if k == "by_the":
        d = t.replace(day=rule[1]) if t.day <= rule[1] else (date(t.year + (t.month == 12), t.month % 12 + 1, rule[1]))
        return d
    if k == "past_day":
        if t.day >= rule[1]:
            return t.replace(day=rule[1])
        return date(t.year - (t.month == 1), (t.month - 2) % 12 + 1, rule[1])
    if k == "dm_past":
        c = date(t.year, rule[1], rule[2])
        return c if c <= t else date(t.year - 1, rule[1], rule[2])
    if k == "dm_future":
        c = date(t.year, rule[1], rule[2])
        return c if c >= t else date(t.year + 1, rule[1], rule[2])
    if k == "this_week":
        return t - timedelta(t.weekday()) + timedelta(4)
    if k == "kw":
        jan4 = date(t.year, 1, 4)
        return jan4 - timedelta(jan4.weekday()) + timedelta(weeks=rule[1] - 1, days=4)
    if k == "explicit":
        return date.fromisoformat(rule[1])
    raise ValueError(rule)


def all_text(msg):
    """Decoded text of every part (including nested messages and headers)."""
    out = []
    for k, v in msg.items():
        out.append("%s: %s" % (k, v))
    for part in msg.walk():
        ct = part.get_content_type()
        if part is not msg and part.get_content_maintype() != "multipart":
            for k, v in part.items():
                out.append("%s: %s" % (k, v))
        if part.get_content_maintype() == "text":
            try:
                c = part.get_content()
            except Exception as e:  # noqa
                bad("cannot decode part %s: %s" % (ct, e))
                continue
            if "\ufffd" in c:
                bad("U+FFFD in decoded %s" % ct)
            if ct == "text/html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c))
            out.append(c)
        elif ct == "message/delivery-status":
            out.append(part.as_string())
    return "\n".join(out)


def amount_variants(a):
    whole, cents = a.split(".")
    n = int(whole)
    en = "{:,}".format(n)
    return {en + "." + cents, en.replace(",", ".") + "," + cents, en.replace(",", " ") + "," + cents,
            en.replace(",", "'") + "." + cents, en.replace(",", "\u00a0") + "," + cents, whole + "." + cents, en}


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        bad("need 80 lines each, got %d/%d" % (len(emails), len(labels)))
    specs = {s["key"]: s for s in build.SPECS}
    ids = [e["id"] for e in emails]
    if ids != ["of%02d" % i for i in range(1, 81)]:
        bad("ids are not of01..of80 in order")
    cases = set()
    intents = Counter()
    langs = Counter()
    injections = 0
    for e, lab in zip(emails, labels):
        i = e["id"]
        if lab["id"] != i:
            bad("%s: label id mismatch %s" % (i, lab["id"]))
        extra = set(lab) - set(KEYS)
        if set(KEYS) - set(lab) or extra - {"injection"}:
            bad("%s: keys %s" % (i, sorted(lab)))
        if "injection" in lab:
            if lab["injection"] is not True:
                bad("%s: injection must be true when present" % i)
            injections += 1
        m = re.match(r"\[([A-Z])(\d\d), ([a-z]{2})(-[A-Z]{2})?\] ", lab["note"])
        if not m:
            bad("%s: note prefix" % i)
            continue
        key = m.group(1) + m.group(2)
        langs[m.group(3)] += 1
        if LETTER[m.group(1)] != lab["intent"]:
            bad("%s: key letter %s vs intent %s" % (i, m.group(1), lab["intent"]))
        if lab["intent"] not in INTENTS:
            bad("%s: intent %s" % (i, lab["intent"]))
        intents[lab["intent"]] += 1
        spec = specs[key]
        if bool(spec["injection"]) != bool(lab.get("injection")):
            bad("%s: injection flag" % i)
        # types / formats
        for f in ("promised_date", "paid_date", "return_date"):
            v = lab[f]
            if v is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                bad("%s: %s format %r" % (i, f, v))
        if lab["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d\d", lab["promised_amount"]):
            bad("%s: amount format" % i)
        if (lab["promised_amount"] is None) != (lab["currency"] is None):
            bad("%s: currency null iff amount null" % i)
        if lab["currency"] is not None and lab["currency"] not in CURRENCIES:
            bad("%s: currency %s" % (i, lab["currency"]))
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad("%s: reason" % i)
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            bad("%s: dispute without reason" % i)
        if not isinstance(lab["invoice_numbers"], list) or len(set(lab["invoice_numbers"])) != len(lab["invoice_numbers"]):
            bad("%s: invoice_numbers" % i)
        for n in lab["invoice_numbers"]:
            if not re.fullmatch(r"INV-\d{4}", n):
                bad("%s: invoice format %s" % (i, n))
        # parse the message
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        text = all_text(msg)
        to = str(msg["To"])
        cm = re.search(r"receivables\+(AC\d{4})@billing\.aldercrest\.example", to)
        if not cm:
            bad("%s: case id not in To: %s" % (i, to))
        else:
            if cm.group(1) in cases:
                bad("%s: duplicate case %s" % (i, cm.group(1)))
            cases.add(cm.group(1))
            if lab["intent"] != "delivery_failure" and cm.group(1) not in str(msg.get("In-Reply-To", "")) + str(msg.get("References", "")):
                bad("%s: In-Reply-To does not reference the case" % i)
        if msg["Date"] is None:
            bad("%s: no Date" % i)
            continue
        today = parsedate_to_datetime(str(msg["Date"])).date()
        # every labelled date must come from a rule that re-computes to it
        for f in ("promised_date", "paid_date", "return_date"):
            if lab[f] is not None:
                if f not in spec["rules"]:
                    bad("%s: %s has no rule" % (i, f))
                    continue
                got = check_rule(spec["rules"][f][0], today).isoformat()
                if got != lab[f]:
                    bad("%s: %s rule gives %s, label %s (today %s)" % (i, f, got, lab[f], today))
        for f in spec["rules"]:
            if lab[f] is None:
                bad("%s: rule for null field %s" % (i, f))
        # stated things must be in the decoded message
        flat = re.sub(r"\s+", " ", text)
        for n in lab["invoice_numbers"]:
            if not re.search(r"(?<!\d)" + n[4:] + r"(?!\d)", text):
                bad("%s: %s not in message" % (i, n))
        for f in ("new_contact_email", "payment_reference"):
            if lab[f] is not None and lab[f] not in flat:
                bad("%s: %s %r not in message" % (i, f, lab[f]))
        if lab["promised_amount"] is not None:
            body_only = flat
            if not any(v in body_only for v in amount_variants(lab["promised_amount"])):
                bad("%s: amount %s not written in message" % (i, lab["promised_amount"]))
        for s in spec["must"]:
            if s not in flat:
                bad("%s: must-string %r missing" % (i, s))
        # auto replies and bounces
        auto = any(msg.get(h) for h in ("Auto-Submitted", "X-Autoreply", "X-MS-Exchange-Message-Is-Ndr")) or \
            "MAILER-DAEMON" in str(msg.get("From", "")).upper()
        if lab["intent"] in ("out_of_office", "delivery_failure") and not auto:
            bad("%s: auto message without an auto header" % i)
        if lab["intent"] not in ("out_of_office", "delivery_failure") and msg.get("Auto-Submitted"):
            bad("%s: human reply marked auto" % i)
        if lab["intent"] == "delivery_failure" and msg.get_content_type() not in ("multipart/report", "text/plain"):
            bad("%s: bounce type" % i)
    # distribution
    for it in INTENTS:
        if intents[it] < 3:
            bad("intent %s only %d" % (it, intents[it]))
    if injections != 6:
        bad("injections %d != 6" % injections)
    for lg in ("zh", "vi", "th", "el"):
        if langs[lg] < 2:
            bad("language %s only %d" % (lg, langs[lg]))
    for lg in ("es", "fr", "de", "it", "pt", "nl"):
        if langs[lg] < 3:
            bad("core language %s only %d" % (lg, langs[lg]))
    if langs.most_common(1)[0][0] != "en":
        bad("English is not the most common language")
    for it in ("promise_to_pay", "paid_claim", "dispute"):
        if intents[it] < max(intents[x] for x in INTENTS if x not in ("promise_to_pay", "paid_claim", "dispute")):
            bad("%s is not among the most common" % it)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK: 80 messages; intents %s; languages %s; injections %d" % (dict(intents), dict(langs), injections))


if __name__ == "__main__":
    main()
