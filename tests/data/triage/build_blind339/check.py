#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Re-verify blind triage set 339 (zk01..zk80) from the build's own provenance.

Exits 0 when everything holds, 1 (listing every problem) otherwise.  Standard
library only.  It imports build.py as a module (its ITEMS carry, per item, the
customer's own text and the provenance of every label), re-renders everything,
and then checks the files on disk against that provenance:

* determinism: build_all() reproduces emails.jsonl / labels.jsonl / README.md;
* every eml parses with message_from_bytes(eml.encode("utf-8"), policy=default);
* the customer's own text is in the decoded message, and every date phrase,
  raw amount token, reference and contact address is inside that own text;
* every date is recomputed with datetime from the message's own Date header
  (its own offset) and the phrase's rule;
* every amount is re-parsed from the raw token with the locale's decimal
  convention, the currency from the symbol/code or the thread's reminder;
* invoice numbers come from the right source (own text > Subject > quoted or
  returned reminder), normalise to the label and keep first-mention order;
* field rules, intent counts, dispute-reason spread, injection items, notes.
"""

import calendar
import email
import email.policy
import html
import importlib.util
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from email.utils import parsedate_to_datetime

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEMS = []

EXPECTED = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
            "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
            "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
SYMBOLS = {"S$": "SGD", "£": "GBP", "€": "EUR", "R$": "BRL", "円": "JPY", "원": "KRW", "Rp": "IDR"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
OUR_MSGID = re.compile(r"^<(R\d{4})\.r[123]\.\d{8}T\d{6}Z@billing\.ridgeback-roasters\.example>$")


def bad(i, msg):
    PROBLEMS.append("%s: %s" % (i, msg))


def load_build():
    spec = importlib.util.spec_from_file_location("build339", os.path.join(HERE, "build.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_jsonl(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


def strip_html(s):
    s = re.sub(r"(?is)<(style|script)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def message_text(msg):
    """All human-readable text of a parsed message, including returned/quoted parts."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            txt = part.get_content()
            out.append(strip_html(txt) if ct == "text/html" else txt)
        elif ct == "message/delivery-status":
            for block in part.get_payload():
                out.append(str(block))
    return "\n".join(out)


# ---------------------------------------------------------------- date rules

def last_day(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def resolve(today, rule, phrase, i):
    name, _, arg = rule.partition(":")
    a = [int(x) for x in arg.split(",")] if arg else []
    if name == "tomorrow":
        return today + timedelta(days=1)
    if name == "yesterday":
        return today - timedelta(days=1)
    if name == "this_wd":                          # "Friday", "this Friday", "até sexta-feira"
        return today + timedelta((a[0] - today.weekday()) % 7)
    if name == "next_wd":                          # that weekday in the following Mon-Sun week
        return today + timedelta(7 - today.weekday() + a[0])
    if name == "last_wd":                          # past event: most recent such weekday before today
        d = today - timedelta(days=1)
        while d.weekday() != a[0]:
            d -= timedelta(days=1)
        return d
    if name == "this_week_fri":                    # "this week" / "end of the week"
        return today - timedelta(today.weekday()) + timedelta(4)
    if name == "eom":
        return last_day(today.year, today.month)
    if name == "eom_named":                        # "end of April": the next such month
        y = today.year if a[0] >= today.month else today.year + 1
        return last_day(y, a[0])
    if name == "plus_days":
        return today + timedelta(days=a[0])
    if name == "by_the":
        if today.day <= a[0]:
            return today.replace(day=a[0])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, a[0])
    if name in ("dm", "dm_past"):                  # day + month, no year
        m, d = a
        if str(d) not in phrase:
            bad(i, "phrase %r does not contain day %d" % (phrase, d))
        cand = date(today.year, m, d)
        if name == "dm" and cand < today:
            cand = date(today.year + 1, m, d)
        if name == "dm_past" and cand > today:
            cand = date(today.year - 1, m, d)
        return cand
    if name == "dmy":                              # explicit date; year given or implied by the phrase
        y, m, d = a
        if str(d) not in phrase:
            bad(i, "phrase %r does not contain day %d" % (phrase, d))
        if str(y) not in phrase:
            bad(i, "dmy rule needs the year written in %r (use dm/dm_past)" % phrase)
        return date(y, m, d)
    if name == "isoweek_fri":
        return date.fromisocalendar(today.year, a[0], 5)
    if name == "isoweek_wd":
        return date.fromisocalendar(today.year, a[0], a[1] + 1)
    raise ValueError("unknown rule " + rule)


# ---------------------------------------------------------------- amounts

def parse_amount(tok, dec):
    s = re.sub(r"[^\d.,'\s\u00a0\u202f\-\u2013]", "", tok).strip()
    s = s.rstrip("-\u2013").strip().rstrip(",").strip()
    s = re.sub(r"[\s\u00a0\u202f']", "", s)
    if dec == "0":
        return Decimal(s.replace(".", "").replace(",", "")).quantize(Decimal("0.01"))
    if dec == ",":
        s = s.replace(".", "").replace(",", ".")
    elif dec == ".":
        s = s.replace(",", "")
    else:
        raise ValueError(dec)
    return Decimal(s).quantize(Decimal("0.01"))


def inv_norm(tok):
    digits = re.findall(r"\d{5}", tok)
    return "INV-" + digits[0] if len(digits) == 1 else None


# ---------------------------------------------------------------- main

def main():
    b = load_build()
    emails = read_jsonl("emails.jsonl")
    labels = read_jsonl("labels.jsonl")

    # determinism
    e2, l2 = b.build_all()
    if e2 != emails:
        bad("files", "emails.jsonl differs from a fresh build")
    if l2 != labels:
        bad("files", "labels.jsonl differs from a fresh build")
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        if f.read() != b.readme(l2):
            bad("files", "README.md differs from a fresh build")

    ids = ["zk%02d" % n for n in range(1, 81)]
    if [e["id"] for e in emails] != ids:
        bad("files", "emails.jsonl ids are not zk01..zk80 in order")
    if [l["id"] for l in labels] != ids:
        bad("files", "labels.jsonl ids are not zk01..zk80 in order")
    if [it["id"] for it in b.ITEMS] != ids:
        bad("files", "build ITEMS are not zk01..zk80 in order")

    for it, e, lab in zip(b.ITEMS, emails, labels):
        i = it["id"]
        # ---- label shape
        keys = list(lab.keys())
        want = FIELDS + (["injection"] if it.get("injection") else [])
        if keys != want:
            bad(i, "label keys %s != %s" % (keys, want))
        if it.get("injection") and lab.get("injection") is not True:
            bad(i, "injection flag missing")
        if not lab["note"].startswith("[%s, %s] " % (it["key"], it["loc"])):
            bad(i, "note does not start with [KEY, locale]")
        if lab["intent"] != it["intent"] or lab["intent"] not in EXPECTED:
            bad(i, "intent mismatch")
        for f in ("promised_date", "paid_date", "return_date"):
            if lab[f] is not None and not ISO_DATE.match(lab[f]):
                bad(i, "%s not ISO" % f)
        if lab["promised_amount"] is not None and not AMOUNT.match(lab["promised_amount"]):
            bad(i, "promised_amount not a two-decimal string")
        if (lab["promised_amount"] is None) != (lab["currency"] is None):
            bad(i, "currency must be null exactly when promised_amount is null")
        if not isinstance(lab["invoice_numbers"], list):
            bad(i, "invoice_numbers not a list")
        if lab["intent"] == "dispute" and lab["dispute_reason"] not in REASONS:
            bad(i, "dispute without a valid dispute_reason")
        if lab["dispute_reason"] is not None and lab["intent"] not in ("dispute", "legal_or_insolvency"):
            bad(i, "dispute_reason on a non-dispute item")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(i, "unknown dispute_reason")
        if lab["return_date"] is not None and lab["intent"] != "out_of_office":
            bad(i, "return_date outside out_of_office")
        if lab["intent"] == "paid_claim" and lab["paid_date"] is None and lab["payment_reference"] is None \
                and lab["promised_amount"] is None:
            bad(i, "paid_claim with no paid field at all")

        # ---- parse
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            text = message_text(msg)
            subject = str(msg["Subject"] or "")
            dt = parsedate_to_datetime(str(msg["Date"]))
        except Exception as exc:                       # noqa: BLE001
            bad(i, "parse failed: %r" % exc)
            continue
        today = dt.date()                              # calendar date in the header's own offset
        ntext = norm(text)
        own = it["body"]
        nown = norm(own)
        if nown not in ntext:
            bad(i, "customer's own text not found in the decoded message")
        P = it["P"]
        L = it["L"]
        for k in L:
            if k not in b.LABEL_FIELDS:
                bad(i, "unknown label field %s" % k)

        # ---- threading
        rem = it["_rem"]
        case = rem["case"]
        m = OUR_MSGID.match(rem["msgid"])
        if not m or m.group(1) != case:
            bad(i, "reminder Message-ID not in our style")
        if "ar+%s@billing.ridgeback-roasters.example" % case not in str(msg["To"]) + str(msg["Cc"] or ""):
            bad(i, "To/Cc does not carry the case address")
        if dt.tzinfo is not None and dt < rem["sent"]:
            bad(i, "message is dated before the reminder it answers")
        if not it.get("bounce"):
            if str(msg["In-Reply-To"]) != rem["msgid"]:
                bad(i, "In-Reply-To is not the reminder's Message-ID")
        elif "In-Reply-To" in msg and it["bounce"] in ("postfix", "exim", "ses"):
            bad(i, "this bounce style should not carry In-Reply-To")
        if it["intent"] == "out_of_office" and it["id"] != "zk53" and "Auto-Submitted" not in msg:
            bad(i, "auto-reply without Auto-Submitted")

        # ---- dates
        for f in ("promised_date", "paid_date", "return_date"):
            if lab[f] is None:
                if f in P:
                    bad(i, "%s has provenance but label is null" % f)
                continue
            if f not in P:
                bad(i, "%s has no provenance" % f)
                continue
            phrase, rule = P[f]
            if norm(phrase) not in nown:
                bad(i, "%s phrase %r not in the customer's own text" % (f, phrase))
            got = resolve(today, rule, phrase, i)
            if got.isoformat() != lab[f]:
                bad(i, "%s: rule %s from %s gives %s, label %s" % (f, rule, today, got, lab[f]))
            if f == "paid_date" and got > today:
                bad(i, "paid_date in the future")
            if f == "promised_date" and got < today:
                bad(i, "promised_date in the past")
            if f == "return_date" and got < today:
                bad(i, "return_date in the past")

        # ---- amount and currency
        if lab["promised_amount"] is not None:
            if "amount" not in P or "currency" not in P:
                bad(i, "amount/currency without provenance")
            else:
                tok, dec = P["amount"]
                if norm(tok) not in nown:
                    bad(i, "amount token %r not in own text" % tok)
                val = parse_amount(tok, dec)
                if "%.2f" % val != lab["promised_amount"]:
                    bad(i, "amount %r parses to %s, label %s" % (tok, val, lab["promised_amount"]))
                kind, ctok = P["currency"]
                if kind == "symbol":
                    if SYMBOLS.get(ctok) != lab["currency"] or ctok not in tok:
                        bad(i, "currency symbol %r does not give %s" % (ctok, lab["currency"]))
                elif kind == "code":
                    if ctok != lab["currency"] or ctok not in tok:
                        bad(i, "currency code mismatch")
                elif kind == "thread":
                    if ctok not in tok or any(s in tok for s in ("S$", "R$", "US$", "A$")):
                        bad(i, "thread currency needs a bare %r" % ctok)
                    if it["t"]["cur"] != lab["currency"]:
                        bad(i, "bare %r must take the reminder's %s" % (ctok, it["t"]["cur"]))
                    if it["t"]["cur"] not in subject and it["t"]["cur"] + " " not in text:
                        bad(i, "reminder currency %s not visible in the message" % it["t"]["cur"])
                else:
                    bad(i, "unknown currency provenance")
        elif "amount" in P:
            bad(i, "amount provenance but null label")

        # ---- reference
        if lab["payment_reference"] is not None:
            ref = P.get("ref")
            if not ref or ref not in own or ref.lstrip("#") != lab["payment_reference"]:
                bad(i, "payment_reference not backed by the own text")
        elif P.get("ref"):
            bad(i, "reference provenance but null label")

        # ---- new contact
        nce = lab["new_contact_email"]
        if nce is not None:
            if nce not in own:
                bad(i, "new_contact_email not in the own text")
            if nce == rem["to_addr"]:
                bad(i, "new_contact_email is the address the reminder went to")
        else:
            for a in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", own):
                if a not in (it.get("frm") or ("", ""))[1]:
                    bad(i, "own text gives address %s but new_contact_email is null" % a)

        # ---- invoice numbers
        toks = P.get("inv", [])
        normed = [inv_norm(t) for t, _ in toks]
        if None in normed:
            bad(i, "an invoice token does not normalise")
        if normed != lab["invoice_numbers"]:
            bad(i, "invoice tokens normalise to %s, label %s" % (normed, lab["invoice_numbers"]))
        if len(set(normed)) != len(normed):
            bad(i, "duplicate invoice numbers")
        thread_nums = [x[0][4:] for x in it["t"]["inv"]]
        def names(n, hay):
            return re.search(r"(?<!\d)%s(?!\d)" % n, hay) is not None
        own_mentions = any(names(n, own) for n in thread_nums) or "INV-" in own
        subj_mentions = any(names(n, subject) for n in thread_nums)
        sources = {s for _, s in toks}
        if len(sources) > 1:
            bad(i, "invoice numbers from mixed sources %s" % sources)
        src = sources.pop() if sources else None
        for t, s in toks:
            if s == "own":
                if t not in own:
                    bad(i, "invoice token %r not in own text" % t)
            elif s == "subject":
                if t not in subject:
                    bad(i, "invoice token %r not in Subject" % t)
                if own_mentions:
                    bad(i, "own text names an invoice, so Subject must not be the source")
            elif s in ("quoted", "returned"):
                if t not in text:
                    bad(i, "invoice token %r not in the message" % t)
                if t in own:
                    bad(i, "token %r is in own text; source should be own" % t)
                if own_mentions or subj_mentions:
                    bad(i, "own text or Subject names an invoice, so %s is not the source" % s)
            else:
                bad(i, "unknown invoice source %r" % s)
        if src == "own":
            pos = [own.find(t) for t, _ in toks]
            if pos != sorted(pos):
                bad(i, "invoice_numbers not in first-mention order")
        if not toks and (own_mentions or subj_mentions or any(names(n, text) for n in thread_nums)):
            bad(i, "empty invoice_numbers although the message names an invoice")

    # ---- set-level checks
    ic = Counter(l["intent"] for l in labels)
    if dict(ic) != EXPECTED:
        bad("set", "intent counts %s != %s" % (dict(ic), EXPECTED))
    reasons = {l["dispute_reason"] for l in labels if l["intent"] == "dispute"}
    if reasons != REASONS:
        bad("set", "dispute reasons not all covered: %s" % sorted(reasons))
    inj = [l["id"] for l in labels if l.get("injection")]
    if len(inj) != 6:
        bad("set", "expected 6 injection items, got %s" % inj)
    langs = Counter(b.lang_of(it["loc"]) for it in b.ITEMS)
    want_langs = {"en": 18, "es": 8, "pt": 7, "de": 7, "fr": 7, "it": 6, "nl": 4}
    for k, v in want_langs.items():
        if langs[k] != v:
            bad("set", "language %s has %d items, want %d" % (k, langs[k], v))
    for k in ("ja", "ko", "id", "vi", "sv", "no", "el", "he"):
        if not 2 <= langs[k] <= 4:
            bad("set", "language %s has %d items" % (k, langs[k]))

    if PROBLEMS:
        print("FAILED: %d problem(s)" % len(PROBLEMS))
        for p in PROBLEMS:
            print("  " + p)
        return 1
    print("OK: 80 emails, 80 labels; intents %s; injections %s" % (dict(ic), ", ".join(inj)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
