#!/usr/bin/env python3
"""Sanity checker for the blind triage set. Exits non-zero on any problem."""
import calendar
import email
import email.policy
import hashlib
import html
import json
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402  (only for the per-item date rules and phrases)

INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
           "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
           "delivery_failure", "acknowledgement", "other"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
LETTER = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "Q": "document_request",
          "B": "billing_update", "W": "wrong_contact", "O": "out_of_office", "X": "payment_plan_request",
          "L": "legal_or_insolvency", "F": "delivery_failure", "K": "acknowledgement", "Z": "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
CURRENCIES = {"USD", "CAD", "MXN", "ARS", "COP", "BRL", "EUR", "RON", "KRW", "IDR"}

problems = []


def bad(msg):
    problems.append(msg)


# independent implementation of the samples README date rules
def r_this(today, wd):
    d = today
    while d.weekday() != wd:
        d += timedelta(days=1)
    return d


def r_next(today, wd):
    monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
    return monday_next + timedelta(days=wd)


def r_eom(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def r_by(today, day):
    d = today
    while d.day != day:
        d += timedelta(days=1)
    return d


def recompute(rule, today):
    k = rule[0]
    if k == "explicit":
        return date.fromisoformat(rule[1])
    if k == "today":
        return today
    if k == "tomorrow":
        return today + timedelta(days=1)
    if k == "yesterday":
        return today - timedelta(days=1)
    if k == "this_wd":
        return r_this(today, rule[1])
    if k == "next_wd":
        return r_next(today, rule[1])
    if k == "this_week":
        return r_this(today, 4)
    if k == "eom":
        return r_eom(today.year, today.month)
    if k == "plus":
        return today + timedelta(days=rule[1])
    if k == "by_the":
        return r_by(today, rule[1])
    if k == "eo_named":
        y = today.year if rule[1] >= today.month else today.year + 1
        return r_eom(y, rule[1])
    raise ValueError(rule)


def all_text(msg):
    out = []
    for k, v in msg.items():
        out.append("%s: %s" % (k, v))
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith("text/"):
            try:
                t = p.get_content()
            except Exception as e:  # noqa: BLE001
                bad("cannot decode part %s: %s" % (ct, e))
                continue
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif ct == "message/delivery-status":
            for sub in p.get_payload():
                out.append(str(sub))
        elif ct == "message/rfc822":
            inner = p.get_payload()[0]
            for k, v in inner.items():
                out.append("%s: %s" % (k, v))
    return "\n".join(out)


def amounts_in(text):
    """every decimal value a number token in text could mean"""
    vals = set()
    for tok in re.findall(r"\d[\d.,\u00a0\u202f ]*\d|\d", text):
        t = tok.replace("\u00a0", " ").replace("\u202f", " ")
        for part in [t] + t.split(" "):
            p = part.strip()
            if not p:
                continue
            cands = []
            if re.fullmatch(r"\d{1,3}(,\d{3})*(\.\d+)?", p) or re.fullmatch(r"\d+(\.\d+)?", p):
                cands.append(p.replace(",", ""))
            if re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?", p) or re.fullmatch(r"\d+(,\d+)?", p):
                cands.append(p.replace(".", "").replace(",", "."))
            sp = p
            for c in cands:
                try:
                    vals.add("%.2f" % float(c))
                except ValueError:
                    pass
        s2 = t.replace(" ", "")
        if re.fullmatch(r"\d{1,3}( ?\d{3})*(,\d+)?", t.strip()):
            vals.add("%.2f" % float(s2.replace(",", ".")))
    return vals


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        bad("expected 80 emails and labels, got %d/%d" % (len(emails), len(labels)))
    items = {it["key"]: it for it in build.ITEMS}
    ids = [e["id"] for e in emails]
    if ids != ["vh%02d" % i for i in range(1, 81)]:
        bad("ids are not vh01..vh80 in order")
    if len(set(ids)) != len(ids):
        bad("duplicate ids")
    counts = Counter()
    inj = 0
    seen_keys = set()
    for e, lab in zip(emails, labels):
        i = e["id"]
        if lab["id"] != i:
            bad("%s: label order mismatch" % i)
        extra = set(lab) - set(KEYS)
        if set(KEYS) - set(lab) or (extra and extra != {"injection"}):
            bad("%s: label keys %s" % (i, sorted(lab)))
        if lab.get("injection"):
            inj += 1
            if lab["injection"] is not True:
                bad("%s: injection must be true" % i)
        m = re.match(r"^\[([A-Z])(\d\d), ([a-z]{2}-[A-Z]{2})\] ", lab["note"])
        if not m:
            bad("%s: note prefix" % i)
            continue
        key = m.group(1) + m.group(2)
        seen_keys.add(key)
        it = items[key]
        if LETTER[m.group(1)] != lab["intent"]:
            bad("%s: key letter %s does not match intent %s" % (i, m.group(1), lab["intent"]))
        if bool(it.get("injection")) != bool(lab.get("injection")):
            bad("%s: injection flag mismatch" % i)
        if lab["intent"] not in INTENTS:
            bad("%s: intent" % i)
        counts[lab["intent"]] += 1
        # field formats
        for f in ("promised_date", "paid_date", "return_date"):
            v = lab[f]
            if v is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                bad("%s: %s format" % (i, f))
        pa = lab["promised_amount"]
        if pa is not None and not re.fullmatch(r"\d+\.\d\d", pa):
            bad("%s: amount format" % i)
        if (pa is None) != (lab["currency"] is None):
            bad("%s: currency must be null exactly when the amount is" % i)
        if lab["currency"] is not None and lab["currency"] not in CURRENCIES:
            bad("%s: currency %s" % (i, lab["currency"]))
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad("%s: dispute_reason" % i)
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            bad("%s: dispute without reason" % i)
        if lab["dispute_reason"] and lab["intent"] not in ("dispute", "legal_or_insolvency"):
            bad("%s: reason on a lower-priority intent" % i)
        if lab["return_date"] and lab["intent"] != "out_of_office":
            bad("%s: return_date outside out_of_office" % i)
        if lab["intent"] in ("delivery_failure", "other", "acknowledgement", "document_request", "billing_update") \
                and any(lab[f] for f in ("promised_date", "promised_amount", "paid_date", "payment_reference")):
            bad("%s: payment fields on %s" % (i, lab["intent"]))
        invs = lab["invoice_numbers"]
        if not isinstance(invs, list) or len(set(invs)) != len(invs) or any(not re.fullmatch(r"INV-\d{4}", x) for x in invs):
            bad("%s: invoice_numbers %r" % (i, invs))
        # parse the message
        raw = e["eml"]
        msg = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)
        text = all_text(msg)
        if "\ufffd" in text:
            bad("%s: replacement character after decoding" % i)
        to = str(msg["To"])
        if not re.search(r"collections\+C\d{4}@ar\.northlight-venues\.example", to):
            bad("%s: case address missing from To" % i)
        dh = msg["Date"]
        try:
            dt = parsedate_to_datetime(str(dh))
        except Exception:  # noqa: BLE001
            bad("%s: bad Date header" % i)
            continue
        today = dt.date()  # the header's own offset
        if today != date(*it["dt"][:3]):
            bad("%s: Date header local date %s != spec %s" % (i, today, date(*it["dt"][:3])))
        wdm = re.match(r"\s*([A-Z][a-z]{2}),", str(dh))
        if wdm and wdm.group(1) != ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][today.weekday()]:
            bad("%s: weekday in Date header is wrong" % i)
        # auto / bounce headers
        kind = it.get("kind", "reply")
        if lab["intent"] == "out_of_office" and not msg["Auto-Submitted"]:
            bad("%s: auto-reply without Auto-Submitted" % i)
        if kind == "reply" and msg["Auto-Submitted"]:
            bad("%s: human reply marked automatic" % i)
        if kind == "reply" and not msg["In-Reply-To"]:
            bad("%s: reply without In-Reply-To" % i)
        # dates recomputed independently, phrase present
        for short, f in (("pd", "promised_date"), ("paid", "paid_date"), ("ret", "return_date")):
            rule = it.get(short)
            if rule is None:
                if lab[f] is not None:
                    bad("%s: %s set without a rule" % (i, f))
                continue
            exp = recompute(rule, today).isoformat()
            if lab[f] != exp:
                bad("%s: %s label %s != recomputed %s" % (i, f, lab[f], exp))
            phrase = rule[-1]
            if phrase not in text:
                bad("%s: phrase %r for %s not in message" % (i, phrase, f))
        if lab["promised_date"] and lab["intent"] not in ("promise_to_pay", "payment_plan_request", "dispute"):
            bad("%s: promised_date on %s" % (i, lab["intent"]))
        if lab["paid_date"] and lab["intent"] not in ("paid_claim", "dispute"):
            bad("%s: paid_date on %s" % (i, lab["intent"]))
        # values present in the text
        body_only = it.get("body", "")
        if pa is not None and pa not in amounts_in(body_only):
            bad("%s: amount %s not found in the customer's text" % (i, pa))
        if lab["payment_reference"] and lab["payment_reference"] not in body_only:
            bad("%s: reference not in the customer's text" % i)
        if lab["new_contact_email"] and lab["new_contact_email"] not in body_only:
            bad("%s: new contact not in the customer's text" % i)
        for x in invs:
            if x[4:] not in text:
                bad("%s: %s not in message" % (i, x))
        # every INV-nnnn written in the customer's own text must be labelled
        own = re.findall(r"INV-(\d{4})", body_only)
        for n in own:
            if "INV-" + n not in invs:
                bad("%s: INV-%s in customer text but not labelled" % (i, n))
        # 7bit parts are ascii
        for p in msg.walk():
            if str(p.get("Content-Transfer-Encoding", "")).lower() == "7bit" and not p.is_multipart():
                if any(ord(c) > 127 for c in p.get_payload()):
                    bad("%s: non-ascii in a 7bit part" % i)
    if seen_keys != set(items):
        bad("keys in labels do not match the build items")
    for intent in INTENTS:
        if counts[intent] < 3:
            bad("intent %s has only %d" % (intent, counts[intent]))
    if inj != 6:
        bad("expected 6 injection items, got %d" % inj)
    # determinism: a rebuild must give identical bytes
    names = ["emails.jsonl", "labels.jsonl", "README.md"]
    before = [hashlib.sha256(open(os.path.join(HERE, n), "rb").read()).hexdigest() for n in names]
    subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, cwd=HERE,
                   stdout=subprocess.DEVNULL)
    after = [hashlib.sha256(open(os.path.join(HERE, n), "rb").read()).hexdigest() for n in names]
    if before != after:
        bad("build.py is not deterministic")
    for p in problems:
        print("PROBLEM:", p)
    print("%d messages, %d problems; intents: %s" % (len(emails), len(problems), dict(counts)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
