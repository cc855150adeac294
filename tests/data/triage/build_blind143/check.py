#!/usr/bin/env python3
"""Sanity checker for the blind143 triage set. Exits non-zero on any problem.

Independent of build.py: date rules are restated here per KEY and recomputed from each message's
own Date header; every label value is looked up in the decoded message.
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
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
GROUP = dict(zip("PCDRBWOILFAX", INTENTS))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]

# KEY -> {field: (rule, args...)}; restated by hand from the email texts.
RULES = {
    "P01": {"promised_date": ("next", 4)},          # next Friday
    "P02": {"promised_date": ("this", 4)},          # this Friday (sent on a Friday)
    "P03": {"promised_date": ("next", 0)},          # el próximo lunes
    "P04": {"promised_date": ("dom", 15)},          # au plus tard le 15
    "P05": {"promised_date": ("kw", 13)},           # KW 13
    "P06": {"promised_date": ("add", 1)},           # tomorrow
    "P07": {"promised_date": ("eom",)},             # end of the month
    "P08": {"promised_date": ("this", 4)},          # nog deze week -> Friday
    "P09": {"promised_date": ("abs", "2026-03-31")},
    "P10": {"promised_date": ("add", 14)},          # in two weeks
    "P11": {"promised_date": ("add", 1)},           # 明日
    "P12": {"promised_date": ("abs", "2026-04-07")},  # first week of April
    "C01": {"paid_date": ("add", -1)},
    "C02": {"paid_date": ("abs", "2026-03-06")},    # 03/06/2026 US
    "C03": {"paid_date": ("pastdm", 27, 2)},
    "C04": {"paid_date": ("abs", "2026-03-12")},
    "C05": {"paid_date": ("add", -1)},
    "C06": {"paid_date": ("pastdm", 9, 3)},
    "C07": {"paid_date": ("add", 0)},
    "C08": {"paid_date": ("pastdm", 5, 3)},
    "C09": {"paid_date": ("add", -1)},
    "C10": {"paid_date": ("pastdm", 3, 3), "promised_date": ("dom", 20)},
    "C11": {"paid_date": ("add", -1)},
    "D03": {"promised_date": ("this", 4)},
    "D10": {"promised_date": ("dom", 27)},
    "O01": {"return_date": ("abs", "2026-03-23")},
    "O02": {"return_date": ("abs", "2026-04-13")},
    "O03": {"return_date": ("abs", "2026-03-30")},
    "O04": {"return_date": ("this", 0)},
    "O05": {"return_date": ("next", 2)},
    "O06": {"return_date": ("abs", "2026-04-10")},
    "I01": {"promised_date": ("abs", "2026-04-30")},
    "I02": {"promised_date": ("abs", "2026-07-15")},
    "I03": {"promised_date": ("abs", "2026-04-10")},
    "I04": {"promised_date": ("dom", 15)},
    "I06": {"promised_date": ("eom",)},
}

# weekday sanity: the Date header's weekday for some relative-date items
WEEKDAY = {"P02": 4, "P01": 0, "O05": 0, "O04": 2, "D03": 0, "P03": 2}

problems = []


def bad(msg):
    problems.append(msg)


def calc(rule, today):
    k = rule[0]
    if k == "abs":
        return rule[1]
    if k == "add":
        return (today + timedelta(days=rule[1])).isoformat()
    if k == "this":
        return (today + timedelta(days=(rule[1] - today.weekday()) % 7)).isoformat()
    if k == "next":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return (monday_next + timedelta(days=rule[1])).isoformat()
    if k == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1]).isoformat()
    if k == "dom":
        d = rule[1]
        if today.day <= d:
            return date(today.year, today.month, d).isoformat()
        m = today.month % 12 + 1
        y = today.year + (1 if today.month == 12 else 0)
        return date(y, m, d).isoformat()
    if k == "kw":
        jan4 = date(today.year, 1, 4)
        week1_monday = jan4 - timedelta(days=jan4.weekday())
        return (week1_monday + timedelta(weeks=rule[1] - 1, days=4)).isoformat()
    if k == "pastdm":
        d = date(today.year, rule[2], rule[1])
        if d > today:
            d = date(today.year - 1, rule[2], rule[1])
        return d.isoformat()
    raise ValueError(k)


def all_text(msg):
    out = []
    for h in ("Subject", "From", "To"):
        if msg[h]:
            out.append(str(msg[h]))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct.startswith("text/"):
            try:
                out.append(part.get_content())
            except Exception as e:  # noqa
                bad("cannot decode part %s: %s" % (ct, e))
        elif ct == "message/delivery-status":
            out.append(part.as_string())
    # headers of embedded messages
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
            out.append(str(inner["Subject"]))
    txt = "\n".join(out)
    return txt


def numbers_in(text):
    toks = re.findall(r"\d[\d.,' \u00a0\u202f]*\d|\d", text)
    return {re.sub(r"\D", "", t) for t in toks}


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        bad("expected 80/80 lines, got %d/%d" % (len(emails), len(labels)))
    ids = ["fs%02d" % i for i in range(1, 81)]
    if [e["id"] for e in emails] != ids or [l["id"] for l in labels] != ids:
        bad("ids out of order or wrong")
    keys_seen = set()
    intents = Counter()
    inj = 0
    langs = Counter()
    for e, lab in zip(emails, labels):
        i = lab["id"]
        extra = set(lab) - set(FIELDS)
        if set(FIELDS) - set(lab) or extra - {"injection"}:
            bad("%s: wrong label keys %s" % (i, sorted(set(lab) ^ set(FIELDS))))
        if "injection" in lab:
            if lab["injection"] is not True:
                bad("%s: injection must be true" % i)
            inj += 1
        m = re.match(r"^\[([PCDRBWOILFAX])(\d\d), ([a-z]{2})-([A-Z]{2})\] \S", lab["note"])
        if not m:
            bad("%s: note prefix" % i)
            continue
        key = m.group(1) + m.group(2)
        if key in keys_seen:
            bad("%s: duplicate key %s" % (i, key))
        keys_seen.add(key)
        langs[m.group(3)] += 1
        if GROUP[m.group(1)] != lab["intent"]:
            bad("%s: key %s does not match intent %s" % (i, key, lab["intent"]))
        if lab["intent"] not in INTENTS:
            bad("%s: intent" % i)
        intents[lab["intent"]] += 1
        # formats
        if (lab["promised_amount"] is None) != (lab["currency"] is None):
            bad("%s: currency null iff amount null" % i)
        if lab["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d\d", lab["promised_amount"]):
            bad("%s: amount format" % i)
        if lab["currency"] is not None and not re.fullmatch(r"[A-Z]{3}", lab["currency"]):
            bad("%s: currency format" % i)
        if lab["dispute_reason"] is not None:
            if lab["dispute_reason"] not in REASONS:
                bad("%s: reason" % i)
            if lab["intent"] not in ("dispute", "legal_or_insolvency"):
                bad("%s: reason on a non-dispute" % i)
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            bad("%s: dispute without reason" % i)
        if lab["intent"] == "out_of_office" and lab["promised_date"]:
            bad("%s: ooo with promise" % i)
        if not isinstance(lab["invoice_numbers"], list) or len(set(lab["invoice_numbers"])) != len(lab["invoice_numbers"]):
            bad("%s: invoice list" % i)
        for n in lab["invoice_numbers"]:
            if not re.fullmatch(r"INV-\d{4}", n):
                bad("%s: invoice format %s" % (i, n))
        # parse
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        dh = msg["Date"]
        try:
            today = parsedate_to_datetime(str(dh)).date()
        except Exception:
            bad("%s: Date header" % i)
            continue
        to = str(msg["To"])
        if not re.search(r"collections\+FS\d{4}@ar\.brightwaterfire\.example", to):
            bad("%s: case id not in To" % i)
        irt = msg["In-Reply-To"]
        if irt is not None:
            case = re.search(r"collections\+(FS\d{4})@", to).group(1)
            if not str(irt).startswith("<%s.r" % case):
                bad("%s: In-Reply-To does not match the case" % i)
        auto = msg["Auto-Submitted"]
        if lab["intent"] == "out_of_office" and not auto:
            bad("%s: ooo without Auto-Submitted" % i)
        if lab["intent"] in ("promise_to_pay", "paid_claim", "dispute", "wrong_contact", "billing_update",
                             "document_request", "payment_plan_request") and auto:
            bad("%s: human intent with Auto-Submitted" % i)
        if lab["intent"] == "delivery_failure":
            frm = str(msg["From"]).lower()
            if "mailer-daemon" not in frm and "postmaster" not in frm:
                bad("%s: bounce sender" % i)
        if lab["intent"] != "delivery_failure" and irt is None:
            bad("%s: reply without In-Reply-To" % i)
        # dates
        rules = RULES.get(key, {})
        for f in ("promised_date", "paid_date", "return_date"):
            v = lab[f]
            if v is not None:
                try:
                    date.fromisoformat(v)
                except ValueError:
                    bad("%s: bad date %s" % (i, v))
                if f not in rules:
                    bad("%s/%s: date %s without a rule in check.py" % (i, key, f))
                elif calc(rules[f], today) != v:
                    bad("%s/%s: %s is %s, rule gives %s (today %s)" % (i, key, f, v, calc(rules[f], today), today))
            elif f in rules:
                bad("%s/%s: rule for %s but label null" % (i, key, f))
        if key in WEEKDAY and today.weekday() != WEEKDAY[key]:
            bad("%s/%s: Date weekday %d, expected %d" % (i, key, today.weekday(), WEEKDAY[key]))
        # values present in the decoded message
        text = all_text(msg)
        if "\ufffd" in text:
            bad("%s: U+FFFD in decoded text" % i)
        for n in lab["invoice_numbers"]:
            if n not in text and not re.search(r"(?<!\d)%s(?!\d)" % n[4:], text):
                bad("%s: %s not in message" % (i, n))
        if lab["new_contact_email"] and lab["new_contact_email"] not in text:
            bad("%s: contact not in message" % i)
        if lab["new_contact_email"] and lab["new_contact_email"].lower() == str(msg["From"].addresses[0].addr_spec).lower():
            bad("%s: contact equals sender" % i)
        if lab["payment_reference"] and lab["payment_reference"] not in text:
            bad("%s: reference not in message" % i)
        if lab["promised_amount"]:
            cents = lab["promised_amount"].replace(".", "")
            whole = lab["promised_amount"].split(".")[0]
            nums = numbers_in(text)
            if not any(cents in x or x == whole for x in nums):
                bad("%s: amount %s not found in message" % (i, lab["promised_amount"]))
        if lab["intent"] == "other" and any(lab[f] for f in ("promised_date", "paid_date", "promised_amount")):
            bad("%s: other with payment fields" % i)
    for it in INTENTS:
        if intents[it] < 3:
            bad("intent %s has only %d items" % (it, intents[it]))
    if inj != 6:
        bad("expected 6 injection items, got %d" % inj)
    if langs["en"] >= 80 or len(langs) < 8:
        bad("language mix too thin: %s" % dict(langs))
    missing_rules = set(RULES) - keys_seen
    if missing_rules:
        bad("rules for unknown keys: %s" % sorted(missing_rules))
    if len({e["eml"] for e in emails}) != 80:
        bad("duplicate emails")
    if problems:
        print("\n".join(problems))
        print("FAIL: %d problem(s)" % len(problems))
        sys.exit(1)
    print("OK: 80 messages, intents %s, %d injections, languages %s" % (dict(intents), inj, dict(langs)))


if __name__ == "__main__":
    main()
