#!/usr/bin/env python3
"""Sanity checker for the blind triage set (not part of the data).

Re-verifies every label against its message: schema, counts, date fields
recomputed with datetime from the message's own Date header (rules written
out independently below), and that amounts, references, addresses and
invoice numbers in the labels actually occur in the decoded message.
Exits non-zero on any problem.
"""
import calendar
import email
import email.policy
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
           "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
           "delivery_failure", "acknowledgement", "other"]
GROUP = dict(zip("ABCDEFGHIJKL", INTENTS))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
DATE_FIELDS = ["promised_date", "paid_date", "return_date"]
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

# Independent statement of every date label: KEY -> {field: rule}
RULES = {
    "A01": {"promised_date": ("coming", FRI)},
    "A02": {"promised_date": ("next", THU)},
    "A03": {"promised_date": ("by_day", 25)},
    "A04": {"promised_date": ("this_week",)},
    "A05": {"promised_date": ("kw", 15)},
    "A06": {"promised_date": ("add", 1)},
    "A07": {"promised_date": ("eom",)},
    "A08": {"promised_date": ("abs", "2026-04-03", FRI)},
    "A09": {"promised_date": ("next", MON)},
    "A10": {"promised_date": ("coming", FRI)},
    "A11": {"promised_date": ("abs", "2026-03-27", None)},
    "A12": {"promised_date": ("by_day", 1)},
    "B01": {"paid_date": ("add", -1)},
    "B02": {"paid_date": ("abs", "2026-03-09", None)},
    "B03": {"paid_date": ("abs", "2026-03-02", None)},
    "B04": {"paid_date": ("abs", "2026-03-09", MON)},
    "B05": {"paid_date": ("add", -1)},
    "B06": {"paid_date": ("add", 0)},
    "B07": {"paid_date": ("abs", "2026-03-02", None)},
    "B08": {"paid_date": ("add", -1)},
    "B09": {"paid_date": ("add", -1)},
    "B10": {"paid_date": ("abs", "2026-03-13", None)},
    "B11": {"paid_date": ("add", 0)},
    "B12": {"paid_date": ("past", MON)},
    "C01": {"promised_date": ("coming", FRI)},
    "C06": {"paid_date": ("abs", "2026-03-02", None)},
    "C12": {"paid_date": ("abs", "2026-03-20", None)},
    "G01": {"return_date": ("abs", "2026-08-24", None)},
    "G02": {"return_date": ("abs", "2026-01-07", None)},
    "G03": {"return_date": ("abs", "2026-03-25", None)},
    "G04": {"return_date": ("abs", "2026-04-12", SUN)},
    "G05": {"return_date": ("abs", "2026-04-10", None)},
    "G06": {"return_date": ("next", MON)},
    "H01": {"promised_date": ("abs", "2026-03-31", None)},
    "H02": {"promised_date": ("by_day", 28)},
    "H03": {"promised_date": ("month_end", 4)},
    "H05": {"promised_date": ("next", FRI)},
}


def apply_rule(rule, today):
    k = rule[0]
    if k == "add":
        return today + timedelta(days=rule[1])
    if k == "coming":
        d = today
        while d.weekday() != rule[1]:
            d += timedelta(days=1)
        return d
    if k == "next":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=rule[1])
    if k == "past":
        d = today - timedelta(days=1)
        while d.weekday() != rule[1]:
            d -= timedelta(days=1)
        return d
    if k == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "month_end":
        return date(today.year, rule[1], calendar.monthrange(today.year, rule[1])[1])
    if k == "by_day":
        d = today
        while d.day != rule[1]:
            d += timedelta(days=1)
        return d
    if k == "this_week":
        return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if k == "kw":
        # ISO week: week 1 contains 4 January
        jan4 = date(today.year, 1, 4)
        w1 = jan4 - timedelta(days=jan4.weekday())
        return w1 + timedelta(weeks=rule[1] - 1, days=4)
    if k == "abs":
        d = date.fromisoformat(rule[1])
        if rule[2] is not None and d.weekday() != rule[2]:
            raise AssertionError("weekday mismatch for %s" % rule[1])
        return d
    raise ValueError(rule)


def all_text(msg):
    """Every decoded text in the message, nested messages and headers included."""
    out = []
    for h in ("Subject", "From", "To"):
        if msg[h]:
            out.append(str(msg[h]))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        try:
            payload = part.get_content()
        except Exception:
            payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            payload = payload.decode("utf-8", "replace")
        if isinstance(payload, email.message.Message):
            payload = payload.as_string()
        if isinstance(payload, str):
            out.append(payload)
        for h in ("Subject",):
            if part[h]:
                out.append(str(part[h]))
    return "\n".join(out)


def amount_patterns(a):
    whole, frac = a.split(".")
    pats = []
    n = int(whole)
    g_en = "{:,}".format(n)
    g_eu = g_en.replace(",", ".")
    g_sp = g_en.replace(",", " ")
    for g in {g_en, g_eu, g_sp, whole}:
        pats.append(re.escape(g) + r"(?:[.,]" + frac + r")?(?!\d)")
    return pats


def fail(msgs, s):
    msgs.append(s)


def main():
    problems = []
    E = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    L = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(E) != 80 or len(L) != 80:
        fail(problems, "expected 80 emails and labels, got %d/%d" % (len(E), len(L)))
    ids = [e["id"] for e in E]
    if ids != [l["id"] for l in L]:
        fail(problems, "email and label ids differ or are out of order")
    if sorted(ids) != ["hh%02d" % i for i in range(1, 81)]:
        fail(problems, "ids are not hh01..hh80")
    intents = Counter()
    inj = 0
    seen_keys = set()
    for e, lab in zip(E, L):
        i = lab["id"]
        extra = set(lab) - set(KEYS) - {"injection"}
        missing = set(KEYS) - set(lab)
        if extra or missing:
            fail(problems, "%s: keys extra=%s missing=%s" % (i, extra, missing))
            continue
        m = re.match(r"^\[([A-L])(\d\d), ([a-z]{2}-[A-Z]{2})\] ", lab["note"])
        if not m:
            fail(problems, "%s: note does not start with [KEY, locale]" % i)
            continue
        key = m.group(1) + m.group(2)
        if key in seen_keys:
            fail(problems, "%s: duplicate key %s" % (i, key))
        seen_keys.add(key)
        if GROUP[m.group(1)] != lab["intent"]:
            fail(problems, "%s/%s: group letter vs intent %s" % (i, key, lab["intent"]))
        intents[lab["intent"]] += 1
        if lab.get("injection"):
            inj += 1
            if lab["injection"] is not True:
                fail(problems, "%s: injection must be true" % i)
        if lab["intent"] not in INTENTS:
            fail(problems, "%s: bad intent" % i)
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            fail(problems, "%s: bad dispute_reason" % i)
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            fail(problems, "%s: dispute without reason" % i)
        pa = lab["promised_amount"]
        if pa is not None and not re.match(r"^\d+\.\d\d$", pa):
            fail(problems, "%s: amount format %r" % (i, pa))
        if (pa is None) != (lab["currency"] is None):
            fail(problems, "%s: currency must be null exactly when amount is" % i)
        if lab["currency"] is not None and not re.match(r"^[A-Z]{3}$", lab["currency"]):
            fail(problems, "%s: currency format" % i)
        if not isinstance(lab["invoice_numbers"], list) or len(set(lab["invoice_numbers"])) != len(lab["invoice_numbers"]):
            fail(problems, "%s: invoice_numbers must be a list without duplicates" % i)
        for n in lab["invoice_numbers"]:
            if not re.match(r"^INV-\d{5}$", n):
                fail(problems, "%s: invoice format %s" % (i, n))

        # ---- parse
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        dh = msg["Date"]
        try:
            dt = parsedate_to_datetime(str(dh))
        except Exception as ex:
            fail(problems, "%s: bad Date %r (%s)" % (i, dh, ex))
            continue
        today = dt.date()          # in the header's own offset
        to = str(msg["To"])
        cm = re.search(r"collections\+(H\d{4})@ar\.hearthhopper\.example", to)
        if not cm:
            fail(problems, "%s: case id not in To: %s" % (i, to))
        text = all_text(msg)
        if "\ufffd" in text:
            fail(problems, "%s: replacement characters after decoding" % i)

        # ---- dates
        rules = RULES.get(key, {})
        for f in DATE_FIELDS:
            v = lab[f]
            if f in rules:
                exp = apply_rule(rules[f], today).isoformat()
                if v != exp:
                    fail(problems, "%s/%s: %s label %s, recomputed %s (Date %s)" % (i, key, f, v, exp, dh))
            elif v is not None:
                fail(problems, "%s/%s: %s=%s has no rule in check.py" % (i, key, f, v))
            if v is not None and not re.match(r"^\d{4}-\d\d-\d\d$", v):
                fail(problems, "%s: %s format" % (i, f))

        # ---- fields occur in the message
        if pa is not None and not any(re.search(p, text) for p in amount_patterns(pa)):
            fail(problems, "%s/%s: amount %s not found in text" % (i, key, pa))
        if lab["payment_reference"] and lab["payment_reference"] not in text:
            fail(problems, "%s/%s: reference not in text" % (i, key))
        if lab["new_contact_email"] and lab["new_contact_email"] not in text:
            fail(problems, "%s/%s: new contact not in text" % (i, key))
        for n in lab["invoice_numbers"]:
            if not re.search(r"(?<!\d)" + n[4:] + r"(?!\d)", text):
                fail(problems, "%s/%s: %s not in text" % (i, key, n))
        allinv = list(dict.fromkeys(re.findall(r"INV-\d{5}", text)))
        if not lab["invoice_numbers"] and allinv:
            fail(problems, "%s/%s: invoices present but label empty" % (i, key))

        # ---- headers by kind
        auto = msg["Auto-Submitted"]
        if lab["intent"] == "out_of_office" and not auto:
            fail(problems, "%s/%s: out_of_office without Auto-Submitted" % (i, key))
        if lab["intent"] not in ("out_of_office", "delivery_failure") and auto:
            fail(problems, "%s/%s: human reply carries Auto-Submitted" % (i, key))
        if lab["intent"] != "delivery_failure":
            irt = str(msg["In-Reply-To"] or "")
            rm = re.match(r"<(H\d{4})\.r\d\.(\d{8}T\d{6}Z)@ar\.hearthhopper\.example>", irt)
            if not rm:
                fail(problems, "%s/%s: In-Reply-To missing or malformed" % (i, key))
            else:
                if cm and rm.group(1) != cm.group(1):
                    fail(problems, "%s: In-Reply-To case differs from To case" % i)
                from datetime import datetime, timezone
                sent = datetime.strptime(rm.group(2), "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
                if sent >= dt:
                    fail(problems, "%s/%s: reply dated before the reminder" % (i, key))
        if lab.get("injection"):
            if not re.search(r"\b(AI|automated|automation|bot|agent|assistant|SYSTEM)\b", text, re.I):
                fail(problems, "%s: injection item without an instruction to a machine" % i)

    for it in INTENTS:
        if intents[it] < 3:
            fail(problems, "intent %s has only %d items" % (it, intents[it]))
    if inj != 6:
        fail(problems, "expected 6 injection items, got %d" % inj)
    missing_rules = set(RULES) - seen_keys
    if missing_rules:
        fail(problems, "rules for unknown keys: %s" % sorted(missing_rules))
    for p in problems:
        print("PROBLEM:", p)
    print("checked %d messages: %s; injections=%d" % (len(E), dict(intents), inj))
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
