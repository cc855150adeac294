#!/usr/bin/env python3
"""Sanity checker for the blind98 triage set (not part of the data).

Re-parses every message as bytes, recomputes every date label from the message's own Date header with
datetime, and checks that the evidence for every label is really in the decoded text. Exits 1 on a problem.
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
import build  # noqa: E402  (only for the per-message rule/evidence specs)

INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
ISO_CUR = {"EUR", "GBP", "USD", "AUD", "INR", "SEK", "NOK", "PHP", "BRL", "MXN"}

problems = []


def bad(i, msg):
    problems.append("%s: %s" % (i, msg))


# ---- date rules (independent re-implementation of the samples README conventions)
def this_wd(t, wd):
    return t + timedelta((wd - t.weekday()) % 7)


def next_wd(t, wd):
    return t + timedelta(7 - t.weekday() + wd)


def eom(t):
    return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])


def by_the(t, day):
    if t.day <= day:
        return t.replace(day=day)
    y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    return date(y, m, day)


def past_md(t, m, d):
    x = date(t.year, m, d)
    return x if x <= t else date(t.year - 1, m, d)


def future_md(t, m, d):
    x = date(t.year, m, d)
    return x if x >= t else date(t.year + 1, m, d)


def apply_rule(t, rule):
    k = rule[0]
    if k == "plus":
        return t + timedelta(days=rule[1])
    if k == "this_wd":
        return this_wd(t, rule[1])
    if k == "next_wd":
        return next_wd(t, rule[1])
    if k == "eom":
        return eom(t)
    if k == "eom_named":
        y = t.year if rule[1] >= t.month else t.year + 1
        return date(y, rule[1], calendar.monthrange(y, rule[1])[1])
    if k == "by_the":
        return by_the(t, rule[1])
    if k == "week":
        return date.fromisocalendar(t.year, rule[1], 5)
    if k == "first_week":
        y = t.year if rule[1] >= t.month else t.year + 1
        return date(y, rule[1], 7)
    if k == "past_md":
        return past_md(t, rule[1], rule[2])
    if k == "future_md":
        return future_md(t, rule[1], rule[2])
    if k == "explicit":
        return date.fromisoformat(rule[1])
    raise ValueError(rule)


def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if p.is_multipart():
            if ct == "message/rfc822":
                pass
            continue
        if ct == "message/delivery-status":
            out.append(p.as_string())
            continue
        if not ct.startswith("text/"):
            continue
        try:
            s = p.get_content()
        except Exception as e:  # pragma: no cover
            bad("?", "cannot decode part %s: %s" % (ct, e))
            continue
        if "\ufffd" in s:
            bad("?", "U+FFFD in decoded part")
        if ct == "text/html":
            s = html.unescape(re.sub(r"<[^>]+>", " ", s))
        out.append(s)
    for p in msg.walk():
        if p.get_content_type() == "message/rfc822":
            inner = p.get_payload()[0]
            out.append(str(inner.get("Subject", "")))
    t = "\n".join(out)
    return t


def norm_ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    specs = {m["key"]: m for m in build.MSGS}
    if len(emails) != len(labels):
        bad("-", "emails/labels length differ")
    if len(emails) != 80:
        bad("-", "expected 80 messages, got %d" % len(emails))
    intents, langs, injections = Counter(), Counter(), 0
    seen_keys = set()
    for n, (e, lab) in enumerate(zip(emails, labels), 1):
        i = e["id"]
        if lab["id"] != i or i != "ws%02d" % n:
            bad(i, "id order mismatch")
        extra = set(lab) - set(FIELDS) - {"injection"}
        if extra or set(FIELDS) - set(lab):
            bad(i, "label keys wrong: %s" % sorted(set(lab) ^ set(FIELDS)))
        mm = re.match(r"\[([A-Z]\d\d), ([a-z]{2}(?:-[A-Z]{2})?)\] ", lab["note"])
        if not mm:
            bad(i, "note must start with [KEY, locale]")
            continue
        key, loc = mm.group(1), mm.group(2)
        seen_keys.add(key)
        spec = specs[key]
        if build.GROUP[key[0]] != lab["intent"]:
            bad(i, "key letter %s does not match intent %s" % (key[0], lab["intent"]))
        intents[lab["intent"]] += 1
        langs[loc.split("-")[0]] += 1
        if lab.get("injection"):
            injections += 1
            if lab["injection"] is not True:
                bad(i, "injection must be true when present")
        # ---- parse
        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            bad(i, "top-level defects: %s" % msg.defects)
        to = str(msg.get("To", ""))
        if not re.search(r"credit-control\+VM\d{4}@billing\.vinmark\.example", to):
            bad(i, "case id not in To: %r" % to)
        dt = parsedate_to_datetime(str(msg["Date"]))
        today = dt.date()  # calendar date in the header's own offset
        text = all_text(msg)
        ntext = norm_ws(text)
        # ---- intent-specific structure
        if lab["intent"] == "out_of_office" and not msg.get("Auto-Submitted"):
            bad(i, "out_of_office without Auto-Submitted header")
        if lab["intent"] not in ("out_of_office", "delivery_failure") and msg.get("Auto-Submitted"):
            bad(i, "human reply carries Auto-Submitted")
        if lab["intent"] == "delivery_failure" and msg.get("In-Reply-To") and "Exchange" not in spec["note"]:
            bad(i, "bounce with In-Reply-To")
        # ---- field sanity
        for f in ("promised_date", "paid_date", "return_date"):
            v = lab[f]
            if v is not None:
                date.fromisoformat(v)
        amt = lab["promised_amount"]
        if (amt is None) != (lab["currency"] is None):
            bad(i, "currency must be null exactly when promised_amount is null")
        if amt is not None and not re.fullmatch(r"\d+\.\d\d", amt):
            bad(i, "amount format %r" % amt)
        if lab["currency"] is not None and lab["currency"] not in ISO_CUR:
            bad(i, "currency %r" % lab["currency"])
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(i, "dispute_reason %r" % lab["dispute_reason"])
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            bad(i, "dispute without reason")
        if lab["return_date"] and lab["intent"] != "out_of_office":
            bad(i, "return_date outside out_of_office")
        if lab["paid_date"] or lab["payment_reference"]:
            if lab["intent"] not in ("paid_claim",) and "paid" not in spec["note"]:
                bad(i, "paid fields on a non-paid intent without explanation")
        if lab["intent"] in ("delivery_failure",) and any(lab[f] for f in FIELDS[2:10]):
            bad(i, "bounce with filled fields")
        # ---- dated fields must each have a rule, and the rule must reproduce the label
        ruled = set()
        for field, rule, phrase in spec.get("rules", []):
            ruled.add(field)
            want = apply_rule(today, rule).isoformat()
            if lab[field] != want:
                bad(i, "%s=%s but rule %s from Date %s gives %s" % (field, lab[field], rule, today, want))
            if norm_ws(phrase) not in ntext:
                bad(i, "date phrase %r not in text" % phrase)
        for f in ("promised_date", "paid_date", "return_date"):
            if lab[f] is not None and f not in ruled:
                bad(i, "%s has no rule" % f)
        # ---- evidence
        for s in spec.get("ev", []):
            if norm_ws(s) not in ntext:
                bad(i, "evidence %r not in decoded text" % s)
        for f in ("new_contact_email", "payment_reference"):
            if lab[f] is not None and lab[f] not in ntext:
                bad(i, "%s %r not in text" % (f, lab[f]))
        if amt is not None:
            ip, fp = amt.split(".")
            digits = re.sub(r"[^\d]", "", ntext)
            if ip not in digits:
                bad(i, "amount %s digits not in text" % amt)
        invs = lab["invoice_numbers"]
        if len(invs) != len(set(invs)):
            bad(i, "duplicate invoice numbers")
        for inv in invs:
            if not re.fullmatch(r"INV-\d{4,5}", inv):
                bad(i, "invoice format %r" % inv)
            if inv.split("-")[1] not in ntext:
                bad(i, "invoice %s not in text" % inv)
    missing = set(specs) - seen_keys
    if missing:
        bad("-", "specs not in labels: %s" % sorted(missing))
    for it in INTENTS:
        if intents[it] < 3:
            bad("-", "intent %s has %d < 3" % (it, intents[it]))
    if injections != 6:
        bad("-", "expected 6 injection items, got %d" % injections)
    for lg in ("sv", "no", "ca", "hi", "tl"):
        if langs[lg] < 3:
            bad("-", "language %s has %d < 3" % (lg, langs[lg]))
    if len(langs) < 12:
        bad("-", "only %d languages" % len(langs))
    print("intents:", dict(intents))
    print("languages:", dict(langs))
    print("injections:", injections)
    if problems:
        print("\n".join(problems))
        print("FAILED: %d problem(s)" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
