#!/usr/bin/env python3
"""Sanity checker for the blind triage set (not part of the data). Exits non-zero on a problem."""
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
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENTS = {"promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
LETTER = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "Q": "document_request", "B": "billing_update",
          "W": "wrong_contact", "O": "out_of_office", "S": "payment_plan_request", "L": "legal_or_insolvency",
          "F": "delivery_failure", "K": "acknowledgement", "X": "other"}
CURS = {"GBP", "EUR", "SGD", "SEK", "PLN", "CZK"}
WDS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]

problems = []


def bad(i, msg):
    problems.append("%s: %s" % (i, msg))


# independent re-implementation of the date rules (samples README conventions)
def rule_date(rule, t):
    name, _, arg = rule.partition(":")
    if name == "abs":
        y, m, d = arg.split("-")
        return date(int(y), int(m), int(d))
    if name == "tomorrow":
        return t + timedelta(1)
    if name == "yesterday":
        return t - timedelta(1)
    if name == "this_wd":
        for k in range(7):
            c = t + timedelta(k)
            if WDS[c.weekday()] == arg:
                return c
    if name == "next_wd":
        monday_next = t - timedelta(t.weekday()) + timedelta(7)
        return monday_next + timedelta(WDS.index(arg))
    if name == "last_wd":
        for k in range(7):
            c = t - timedelta(k)
            if WDS[c.weekday()] == arg:
                return c
    if name == "eom":
        return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if name == "eonm":
        m = int(arg)
        return date(t.year, m, calendar.monthrange(t.year, m)[1])
    if name == "plus":
        return t + timedelta(int(arg))
    if name == "by_the":
        c = t
        while c.day != int(arg):
            c += timedelta(1)
        return c
    if name == "this_week":
        c = t
        while c.weekday() != 4:
            c += timedelta(1) if c.weekday() < 4 else -timedelta(1)
        return c
    if name == "isoweek":
        c = date(t.year, 1, 1)
        while not (c.isocalendar()[1] == int(arg) and c.weekday() == 4):
            c += timedelta(1)
        return c
    if name in ("dm_past", "dm_future"):
        d, m = (int(x) for x in arg.split("."))
        c = date(t.year, m, d)
        if name == "dm_past" and c > t:
            c = date(t.year - 1, m, d)
        if name == "dm_future" and c < t:
            c = date(t.year + 1, m, d)
        return c
    raise ValueError(rule)


def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            try:
                out.append(part.get_content())
            except Exception as e:  # noqa
                out.append(part.get_payload(decode=True).decode("utf-8", "replace"))
        elif ct in ("message/delivery-status",):
            out.append(str(part))
        elif ct == "message/rfc822":
            for sub in part.get_payload():
                out.append(str(sub["Subject"]))
    out.append(str(msg.get("Subject", "")))
    return "\n".join(out)


def amount_forms(a):
    whole, frac = a.split(".")
    g = "{:,}".format(int(whole))
    forms = {g + "." + frac, g.replace(",", ".") + "," + frac, g.replace(",", " ") + "," + frac,
             g.replace(",", " "), g.replace(",", "\u00a0") + "," + frac}
    if frac == "00":
        forms |= {g, g.replace(",", "."), g.replace(",", " ")}
    return forms


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        bad("-", "expected 80/80, got %d/%d" % (len(emails), len(labels)))
    ids = [e["id"] for e in emails]
    if ids != [l["id"] for l in labels]:
        bad("-", "id order differs")
    if ids != ["vk%02d" % i for i in range(1, 81)] or len(set(ids)) != 80:
        bad("-", "ids are not vk01..vk80")
    intents = Counter()
    inj = 0
    locs = Counter()
    cases = set()
    for e, l in zip(emails, labels):
        i = e["id"]
        extra = set(l) - set(KEYS)
        if set(KEYS) - set(l) or extra - {"injection"}:
            bad(i, "label keys %s" % sorted(l))
        if l.get("injection") is not None and l["injection"] is not True:
            bad(i, "injection must be true when present")
        inj += bool(l.get("injection"))
        if l["intent"] not in INTENTS:
            bad(i, "intent " + str(l["intent"]))
        intents[l["intent"]] += 1
        m = re.match(r"\[([A-Z])(\d\d), ([a-z]{2}(?:-[A-Z]{2})?)\] ", l["note"])
        if not m:
            bad(i, "note prefix")
            continue
        locs[m.group(3)] += 1
        if LETTER[m.group(1)] != l["intent"]:
            bad(i, "note key letter vs intent")
        # amounts / currency
        pa = l["promised_amount"]
        if (pa is None) != (l["currency"] is None):
            bad(i, "currency null iff amount null")
        if pa is not None and not re.fullmatch(r"\d+\.\d\d", pa):
            bad(i, "amount format " + pa)
        if l["currency"] is not None and l["currency"] not in CURS:
            bad(i, "currency " + l["currency"])
        if l["intent"] == "dispute" and l["dispute_reason"] not in REASONS:
            bad(i, "dispute without valid reason")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad(i, "reason " + l["dispute_reason"])
        if l["intent"] == "out_of_office" and (l["promised_date"] or l["paid_date"]):
            bad(i, "ooo with payment dates")
        if l["return_date"] and l["intent"] != "out_of_office":
            bad(i, "return_date outside ooo")
        if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]):
            bad(i, "invoice_numbers list")
        for inv in l["invoice_numbers"]:
            if not re.fullmatch(r"INV-\d{4}", inv):
                bad(i, "invoice format " + inv)
        # parse
        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            bad(i, "top-level defects %r" % msg.defects)
        to = str(msg["To"])
        cm = re.search(r"collections\+(KB\d+)@ar\.kettlebrook\.example", to)
        if not cm:
            bad(i, "case id not in To: " + to)
        else:
            if cm.group(1) in cases:
                bad(i, "case id reused")
            cases.add(cm.group(1))
        text = all_text(msg)
        if "\ufffd" in text:
            bad(i, "replacement char in decoded text")
        auto = msg["Auto-Submitted"]
        frm = str(msg["From"]).lower()
        if l["intent"] == "out_of_office" and not (auto and auto.startswith("auto-")):
            bad(i, "ooo without Auto-Submitted")
        if l["intent"] == "delivery_failure" and not ("mailer-daemon" in frm or "postmaster" in frm):
            bad(i, "bounce From")
        if l["intent"] not in ("out_of_office", "delivery_failure"):
            if auto:
                bad(i, "human reply with Auto-Submitted")
            if not msg["In-Reply-To"] or not msg["In-Reply-To"].startswith("<" + (cm.group(1) if cm else "?")):
                bad(i, "human reply without matching In-Reply-To")
        for inv in l["invoice_numbers"]:
            if inv[4:] not in text:
                bad(i, "invoice %s not in message" % inv)
        if l["new_contact_email"] and l["new_contact_email"] not in text:
            bad(i, "new contact not in text")
        if l["payment_reference"] and l["payment_reference"] not in text:
            bad(i, "reference not in text")
        if pa is not None and not any(f in text for f in amount_forms(pa)):
            bad(i, "amount %s not found in text" % pa)
        # dates
        today = parsedate_to_datetime(str(msg["Date"])).date()
        rm = re.search(r"\(today=(\d{4}-\d\d-\d\d) \w+; rules: ([^)]*)\)$", l["note"])
        rules = {}
        if rm:
            if rm.group(1) != today.isoformat():
                bad(i, "today in note %s != Date header %s" % (rm.group(1), today))
            for kv in rm.group(2).split(", "):
                f, r = kv.split("=", 1)
                rules[f] = r
        for f in ("promised_date", "paid_date", "return_date"):
            v = l[f]
            if v is None:
                if f in rules:
                    bad(i, "rule for null " + f)
                continue
            if f not in rules:
                bad(i, "date %s without rule" % f)
                continue
            want = rule_date(rules[f], today).isoformat()
            if want != v:
                bad(i, "%s: label %s, recomputed %s" % (f, v, want))
            if f == "paid_date" and v > today.isoformat():
                bad(i, "paid_date in the future")
            if f in ("promised_date", "return_date") and v < today.isoformat():
                bad(i, "%s before Date" % f)
    for k in INTENTS:
        if intents[k] < 3:
            bad("-", "intent %s has %d < 3" % (k, intents[k]))
    if inj != 6:
        bad("-", "injection count %d != 6" % inj)
    print("intents:", dict(sorted(intents.items())))
    print("locales:", dict(sorted(locs.items())))
    print("injections:", inj)
    if problems:
        print("\n".join(problems))
        print("FAILED: %d problem(s)" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
