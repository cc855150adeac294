#!/usr/bin/env python3
"""Sanity checker for blind triage set 124 (not part of the data). Exits non-zero on any problem."""
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
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402  (only for the per-item date rules and keys; dates are recomputed here)

INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement",
           "other"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYMAP = dict(zip("ABCDEFGHIJKL", INTENTS))
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
ISO = {"USD", "EUR", "GBP", "SGD", "INR", "BRL", "DKK", "MXN", "AED", "PHP", "IDR", "JPY", "SAR", "CHF", "COP",
       "VND"}
WDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

problems = []


def bad(i, msg):
    problems.append("%s: %s" % (i, msg))


# --- independent re-implementation of the README date rules -----------------------------------
def rule_date(rule, today):
    k = rule[0]
    if k == "explicit":
        return date.fromisoformat(rule[1])
    if k == "tomorrow":
        return today + timedelta(days=1)
    if k == "yesterday":
        return today - timedelta(days=1)
    if k == "today":
        return today
    if k == "this_wd":
        d = today
        while d.weekday() != rule[1]:
            d += timedelta(days=1)
        return d
    if k == "next_wd":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=rule[1])
    if k == "this_week":
        d = today
        while d.weekday() != 4:
            d += timedelta(days=1)
        return d
    if k == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "by_the":
        d = today
        while d.day != rule[1]:
            d += timedelta(days=1)
        return d
    if k == "iso_week":
        jan4 = date(today.year, 1, 4)
        week1_monday = jan4 - timedelta(days=jan4.weekday())
        return week1_monday + timedelta(weeks=rule[1] - 1, days=4)
    if k == "dm_past":
        d = today
        while (d.month, d.day) != (rule[1], rule[2]):
            d -= timedelta(days=1)
        return d
    if k == "dm_future":
        d = today
        while (d.month, d.day) != (rule[1], rule[2]):
            d += timedelta(days=1)
        return d
    raise ValueError(rule)


# --- text extraction --------------------------------------------------------------------------
def strip_html(s):
    s = re.sub(r"(?is)<style.*?</style>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        if ct.startswith("text/"):
            try:
                c = part.get_content()
            except Exception as e:  # pragma: no cover
                c = ""
                bad("?", "cannot decode part %s: %s" % (ct, e))
            out.append(strip_html(c) if ct == "text/html" else c)
        elif ct == "message/delivery-status":
            for sub in part.get_payload():
                out.append(str(sub))
    # returned originals (message/rfc822) are walked above through their sub-parts; add their headers
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                out.append(str(sub.get("Subject", "")))
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s).casefold()


def customer_text(msg):
    """Text of the first text part, for phrase checks (html stripped)."""
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            return part.get_content()
        if part.get_content_type() == "text/html":
            return strip_html(part.get_content())
    return ""


def amount_in_text(amount, text):
    want = amount.replace(".", "")
    want_nodec = amount.split(".")[0] if amount.endswith(".00") else None
    for m in re.finditer(r"\d[\d.,\s]*\d|\d", text):
        tok = re.sub(r"[^\d]", "", m.group(0))
        if tok == want or (want_nodec and tok == want_nodec):
            return True
    return False


def main():
    # determinism: rebuild and compare bytes
    names = ["emails.jsonl", "labels.jsonl", "README.md"]
    before = {n: hashlib.sha256(open(os.path.join(HERE, n), "rb").read()).hexdigest() for n in names}
    subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
    after = {n: hashlib.sha256(open(os.path.join(HERE, n), "rb").read()).hexdigest() for n in names}
    for n in names:
        if before[n] != after[n]:
            bad(n, "not byte-identical after a rebuild")

    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        bad("-", "expected 80 emails and labels, got %d/%d" % (len(emails), len(labels)))
    ids = [e["id"] for e in emails]
    if ids != [l["id"] for l in labels]:
        bad("-", "emails and labels are not in the same order")
    if sorted(ids) != ["wk%02d" % i for i in range(1, 81)] or len(set(ids)) != 80:
        bad("-", "ids are not wk01..wk80")

    items = {it["key"]: it for it in build.collect()}
    inj = 0
    intents = Counter()
    for e, lab in zip(emails, labels):
        i = e["id"]
        if set(e) != {"id", "eml"}:
            bad(i, "email keys %s" % sorted(e))
        extra = set(lab) - set(FIELDS)
        if set(FIELDS) - set(lab) or extra - {"injection"}:
            bad(i, "label keys wrong: %s" % sorted(lab))
        if list(lab)[:len(FIELDS)] != FIELDS:
            bad(i, "label field order")
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        m = re.match(r"\[([A-L])(\d\d), ([a-z]{2}(?:-[A-Z]{2})?)\] ", lab["note"])
        if not m:
            bad(i, "note prefix")
            continue
        key = m.group(1) + m.group(2)
        it = items.get(key)
        if it is None:
            bad(i, "unknown key %s" % key)
            continue
        if KEYMAP[m.group(1)] != lab["intent"]:
            bad(i, "key letter %s does not match intent %s" % (m.group(1), lab["intent"]))
        intent = lab["intent"]
        intents[intent] += 1
        if intent not in INTENTS:
            bad(i, "intent %s" % intent)
        if lab.get("injection"):
            inj += 1
            if lab["injection"] is not True:
                bad(i, "injection must be true when present")
        # headers
        to = str(msg.get("To", ""))
        if not re.search(r"collections\+C\d{4}@ar\.ironweave\.example", to):
            bad(i, "case id not in To: %r" % to)
        dh = msg.get("Date")
        try:
            dt = parsedate_to_datetime(str(dh))
        except Exception:
            bad(i, "bad Date header")
            continue
        today = dt.date()
        wd = re.match(r"\s*([A-Z][a-z]{2}),", str(dh))
        if wd and WDAYS[today.weekday()] != wd.group(1):
            bad(i, "weekday in Date header is wrong: %s" % dh)
        if not (date(2026, 2, 1) <= today <= date(2026, 4, 30)):
            bad(i, "Date out of range")
        irt = msg.get("In-Reply-To")
        auto = msg.get("Auto-Submitted") or msg.get("X-Autoreply")
        if intent == "delivery_failure":
            if irt:
                bad(i, "bounce with In-Reply-To")
            frm = str(msg.get("From", "")).lower()
            if "mailer-daemon" not in frm and "postmaster" not in frm:
                bad(i, "bounce not from mailer-daemon/postmaster")
        else:
            if not irt:
                bad(i, "reply without In-Reply-To")
            else:
                mm = re.match(r"<(C\d{4})\.r1\.(\d{8}T\d{6}Z)@ar\.ironweave\.example>", str(irt))
                if not mm:
                    bad(i, "In-Reply-To format")
                else:
                    sent = datetime.strptime(mm.group(2), "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
                    if sent >= dt:
                        bad(i, "reply is not after the reminder")
                    if mm.group(1) not in to:
                        bad(i, "In-Reply-To case differs from To")
            if intent == "out_of_office" and not auto:
                bad(i, "out_of_office without an auto-reply header")
            if intent != "out_of_office" and auto:
                bad(i, "auto-reply header on a non-OOO human reply")
        text = all_text(msg)
        if "\ufffd" in text:
            bad(i, "replacement character after decoding")
        ntext = norm(text)
        # fields
        for f in ("promised_date", "paid_date", "return_date"):
            v = lab[f]
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                bad(i, "%s format" % f)
        amt, cur = lab["promised_amount"], lab["currency"]
        if (amt is None) != (cur is None):
            bad(i, "currency must be null exactly when promised_amount is null")
        if amt is not None:
            if not re.fullmatch(r"\d+\.\d{2}", amt):
                bad(i, "amount format %r" % amt)
            elif not amount_in_text(amt, customer_text(msg)):
                bad(i, "amount %s not found in the customer's text" % amt)
            if cur not in ISO:
                bad(i, "currency %r" % cur)
        if intent == "dispute" and lab["dispute_reason"] is None:
            bad(i, "dispute without a reason")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(i, "dispute_reason %r" % lab["dispute_reason"])
        if lab["dispute_reason"] and intent not in ("dispute", "legal_or_insolvency"):
            bad(i, "dispute_reason on %s" % intent)
        if intent == "out_of_office" and (lab["promised_date"] or lab["paid_date"]):
            bad(i, "OOO with payment dates")
        if lab["return_date"] and intent != "out_of_office":
            bad(i, "return_date outside out_of_office")
        if lab["paid_date"] and intent not in ("paid_claim", "dispute", "legal_or_insolvency"):
            bad(i, "paid_date on %s" % intent)
        for f in ("new_contact_email", "payment_reference"):
            v = lab[f]
            if v is not None and v.casefold() not in ntext:
                bad(i, "%s %r not in the message" % (f, v))
        if lab["new_contact_email"] and lab["new_contact_email"].lower() == str(msg.get("To", "")).lower():
            bad(i, "new contact is our own address")
        invs = lab["invoice_numbers"]
        if not isinstance(invs, list) or len(set(invs)) != len(invs):
            bad(i, "invoice_numbers must be a list without duplicates")
        for n in invs:
            if not re.fullmatch(r"INV-\d{4}", n):
                bad(i, "invoice number format %r" % n)
            elif n.casefold() not in ntext and not re.search(r"(?<!\d)%s(?!\d)" % n[4:], text):
                bad(i, "invoice %s not in the message" % n)
        found = set(re.findall(r"INV-\d{4}", text))
        if not found <= set(invs):
            bad(i, "message mentions invoices not labelled: %s" % sorted(found - set(invs)))
        # dates
        spec = it["lab"]
        for f, k in (("promised_date", "pd"), ("paid_date", "paid"), ("return_date", "ret")):
            rule = spec[k]
            if rule is None:
                if lab[f] is not None:
                    bad(i, "%s labelled without a rule" % f)
                continue
            want = rule_date(rule[:-1], today).isoformat()
            if lab[f] != want:
                bad(i, "%s is %s, rule %s from %s gives %s" % (f, lab[f], rule[:-1], today, want))
            phrase = norm(rule[-1])
            if phrase not in norm(customer_text(msg)):
                bad(i, "date phrase %r not in the customer's text" % rule[-1])
        if it["loc"] != m.group(3):
            bad(i, "locale in note differs")

    if inj != 6:
        bad("-", "expected 6 injection items, got %d" % inj)
    for k in INTENTS:
        if intents[k] < 3:
            bad("-", "intent %s has only %d items" % (k, intents[k]))
    # byte-level: the files are UTF-8 and LF-terminated JSON lines
    for n in ("emails.jsonl", "labels.jsonl"):
        raw = open(os.path.join(HERE, n), "rb").read()
        raw.decode("utf-8")
        if not raw.endswith(b"\n") or b"\r\n" in raw.replace(b"\\r\\n", b""):
            bad(n, "line endings")

    if problems:
        print("\n".join(problems))
        print("FAILED: %d problem(s)" % len(problems))
        sys.exit(1)
    print("OK: 80 messages; intents %s; %d injections" % (dict(sorted(intents.items())), inj))


if __name__ == "__main__":
    main()
