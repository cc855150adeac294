#!/usr/bin/env python3
"""Re-verify blind set 410 from the build's own provenance. Exit 1 on any problem.

Independent of the build code: date rules, amount parsing and text extraction are
re-implemented here.
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
from decimal import Decimal
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
            "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
            "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
WD = {"MON": 0, "TUE": 1, "WED": 2, "THU": 3, "FRI": 4, "SAT": 5, "SUN": 6}
problems = []


def bad(iid, msg):
    problems.append("%s: %s" % (iid, msg))


def rule_date(rule, t):
    k = rule[0]
    if k == "today":
        return t
    if k == "tomorrow":
        return t + timedelta(days=1)
    if k == "yesterday":
        return t - timedelta(days=1)
    if k == "this_wd":
        return t + timedelta(days=(WD[rule[1]] - t.weekday()) % 7)
    if k == "next_wd":
        monday_next = t - timedelta(days=t.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=WD[rule[1]])
    if k == "past_wd":
        d = t - timedelta(days=1)
        while d.weekday() != WD[rule[1]]:
            d -= timedelta(days=1)
        return d
    if k == "eom":
        return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if k == "named_eom":
        return date(t.year, rule[1], calendar.monthrange(t.year, rule[1])[1])
    if k == "plus_days":
        return t + timedelta(days=rule[1])
    if k == "by_the":
        d = date(t.year, t.month, rule[1])
        if d < t:
            d = date(t.year + (t.month == 12), t.month % 12 + 1, rule[1])
        return d
    if k == "dm_future":
        d = date(t.year, rule[2], rule[1])
        return d if d >= t else date(t.year + 1, rule[2], rule[1])
    if k == "dm_past":
        d = date(t.year, rule[2], rule[1])
        return d if d <= t else date(t.year - 1, rule[2], rule[1])
    if k == "explicit":
        return date.fromisoformat(rule[1])
    if k == "this_week":
        return t - timedelta(days=t.weekday()) + timedelta(days=4)
    if k == "first_week":
        return date(t.year, rule[1], 7)
    raise ValueError(rule)


def amount(raw, style):
    s = re.sub(r"[^\d,. \u00a0\u202f]", "", raw).strip(" .").replace("\u00a0", " ").replace("\u202f", " ")
    if style.startswith("en"):
        s = s.replace(",", "").replace(" ", "")
    elif style.startswith("eu"):
        s = s.replace(".", "").replace(" ", "").replace(",", ".")
    else:
        s = s.replace(" ", "").replace(",", ".")
    return str(Decimal(s).quantize(Decimal("0.01")))


def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/") or ct == "message/delivery-status":
            try:
                out.append(part.get_content() if ct.startswith("text/") else str(part))
            except Exception as e:  # noqa
                out.append(part.get_payload(decode=True).decode("utf-8", "replace"))
        if ct == "message/rfc822" or ct == "message/delivery-status":
            out.append(str(part))
    out.append(str(msg.get("Subject", "")))
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s).casefold()


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]


emails, labels, provs = load("emails.jsonl"), load("labels.jsonl"), load("provenance.jsonl")
if not (len(emails) == len(labels) == len(provs) == 80):
    problems.append("line counts %d/%d/%d" % (len(emails), len(labels), len(provs)))
counts = Counter()
inj = []
for n, (e, l, p) in enumerate(zip(emails, labels, provs), 1):
    iid = "wq%02d" % n
    if not (e["id"] == l["id"] == p["id"] == iid):
        bad(iid, "id/order mismatch")
    extra = set(l) - set(KEYS) - {"injection"}
    if extra or set(KEYS) - set(l):
        bad(iid, "label keys %s" % sorted(set(l) ^ set(KEYS)))
    if l.get("injection") is not None and l["injection"] is not True:
        bad(iid, "injection must be true or absent")
    if l.get("injection"):
        inj.append(iid)
    try:
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        text = all_text(msg)
    except Exception as ex:  # noqa
        bad(iid, "parse failed: %r" % ex)
        continue
    ntext = norm(text)
    raw_norm = norm(e["eml"])
    dt = parsedate_to_datetime(str(msg["Date"]))
    today = dt.date()  # calendar date in the header's own offset
    # Date header in provenance matches the message
    pd = p["date_header"].split()
    if today.isoformat() != pd[0] or dt.strftime("%H:%M:%S") != pd[1]:
        bad(iid, "Date header %s vs provenance %s" % (msg["Date"], p["date_header"]))
    counts[l["intent"]] += 1
    if l["intent"] != p["intent"]:
        bad(iid, "intent differs from provenance")
    if l["intent"] not in EXPECTED:
        bad(iid, "unknown intent")
    if not l["note"].startswith("[%s, %s] " % (p["key"], p["locale"])):
        bad(iid, "note prefix")
    for f in ("promised_date", "paid_date", "return_date"):
        if l[f] is None:
            if f in p["dates"]:
                bad(iid, "%s null but provenance has a rule" % f)
            continue
        if f not in p["dates"]:
            bad(iid, "%s set without provenance" % f)
            continue
        pr = p["dates"][f]
        want = rule_date(pr["rule"], today).isoformat()
        if want != l[f]:
            bad(iid, "%s %s != recomputed %s (%s from %s)" % (f, l[f], want, pr["rule"], today))
        if norm(pr["phrase"]) not in ntext:
            bad(iid, "phrase %r for %s not in text" % (pr["phrase"], f))
    if l["promised_amount"] is None:
        if l["currency"] is not None:
            bad(iid, "currency without amount")
        if "promised_amount" in p["amounts"]:
            bad(iid, "amount provenance but null label")
    else:
        pa = p["amounts"].get("promised_amount")
        if not pa:
            bad(iid, "amount without provenance")
        else:
            if norm(pa["raw"]) not in ntext:
                bad(iid, "raw amount %r not in text" % pa["raw"])
            if amount(pa["raw"], pa["style"]) != l["promised_amount"]:
                bad(iid, "amount %s != %s" % (l["promised_amount"], amount(pa["raw"], pa["style"])))
        if not re.fullmatch(r"\d+\.\d\d", l["promised_amount"]):
            bad(iid, "amount format")
        if not (l["currency"] and re.fullmatch(r"[A-Z]{3}", l["currency"])):
            bad(iid, "currency missing/invalid")
        elif ("%s " % l["currency"]) not in text:
            bad(iid, "currency %s not in the thread's reminder" % l["currency"])
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
        bad(iid, "dispute_reason")
    if l["intent"] == "dispute" and l["dispute_reason"] is None:
        bad(iid, "dispute without reason")
    for f in ("payment_reference", "new_contact_email"):
        if l[f] is not None and norm(l[f]) not in ntext:
            bad(iid, "%s %r not in text" % (f, l[f]))
    if l["new_contact_email"] is not None and not re.fullmatch(r"[\w.+-]+@[\w.-]+\.example", l["new_contact_email"]):
        bad(iid, "contact address")
    if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]):
        bad(iid, "invoice_numbers list")
    for inv in l["invoice_numbers"]:
        if not re.fullmatch(r"VET-\d{5}", inv):
            bad(iid, "invoice format %s" % inv)
        if inv[4:] not in text and inv[4:] not in raw_norm:
            bad(iid, "invoice %s not in message" % inv)
    # every e-mail address invented (*.example); Message-ID host parts copy real client shapes
    hdr_addrs = " ".join(str(msg.get(h, "")) for h in ("From", "To", "Cc", "Reply-To"))
    for dom in set(re.findall(r"@([A-Za-z0-9.-]+\.[A-Za-z]+)", text + " " + hdr_addrs)):
        if not dom.lower().endswith(".example"):
            bad(iid, "non-example domain %s" % dom)
    # our reminder identifiers
    if "@billing.vetarion.example" not in e["eml"]:
        bad(iid, "no per-case address")

for k, v in EXPECTED.items():
    if counts[k] != v:
        problems.append("intent %s: %d, expected %d" % (k, counts[k], v))
if len(inj) != 6:
    problems.append("injection items: %d" % len(inj))

if problems:
    print("\n".join(problems))
    print("FAILED: %d problem(s)" % len(problems))
    sys.exit(1)
print("OK: 80 items; intents %s; injections %s" % (dict(counts), inj))
