#!/usr/bin/env python3
"""Re-verify blind triage set 338 (ids qv01..qv80). Standard library only.

Every label in labels.jsonl is recomputed from provenance.jsonl (written by
build.py) and from the message itself:
  * every eml parses with email.message_from_bytes(eml.encode("utf-8"),
    policy=email.policy.default) without defects;
  * every date label is recomputed with datetime from the message's own Date
    header (its local date, in its own offset) and the phrase's rule, and the
    phrase must occur in the writer's text;
  * every amount is re-parsed from the raw token as written (decimal separator
    checked against the writer's locale) and the currency from its symbol, or
    from the quoted reminder's ISO code for a bare "$" / "kr";
  * invoice numbers, references and contact addresses must occur where the
    provenance says (writer's text, Subject, or quoted/returned reminder);
  * intent counts, language counts, dispute-reason spread and the six
    injection items match the brief.
Exits 1 on any problem.
"""
import calendar
import datetime as dt
import email
import email.policy
import email.utils
import html
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "qv"
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
TARGET = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
          "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
          "delivery_failure": 5, "acknowledgement": 4, "other": 4}
LANG_TARGET = {"English": 20, "Spanish": 8, "French": 8, "German": 7, "Portuguese": 5, "Dutch": 5, "Italian": 5,
               "Polish": 3, "Czech": 3, "Romanian": 2, "Turkish": 3, "Japanese": 3, "Arabic": 3, "Hindi": 3,
               "Danish": 2}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
DOMAIN = "billing.lakeshorelinen.example"
REM_ID = re.compile(r"^<(LK\d{4})\.r([123])\.(\d{8}T\d{6}Z)@" + re.escape(DOMAIN) + r">$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")

problems = []


def bad(i, msg):
    problems.append("%s: %s" % (i, msg))


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


# ------------------------------------------------------------------ dates

def this_weekday(today, wd):
    return today + dt.timedelta((wd - today.weekday()) % 7)


def next_weekday(today, wd):
    return today + dt.timedelta(7 - today.weekday() + wd)


def last_weekday(today, wd):          # most recent such weekday strictly before today
    return today - dt.timedelta((today.weekday() - wd - 1) % 7 + 1)


def end_of_month(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def by_the(today, day):
    if today.day <= day:
        return today.replace(day=day)
    y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return dt.date(y, m, day)


def resolve(today, rule, args):
    """Returns (date, expected weekday or None)."""
    if rule == "plus_days":
        return today + dt.timedelta(args[0]), None
    if rule == "this_weekday":
        return this_weekday(today, args[0]), args[0]
    if rule == "next_weekday":
        return next_weekday(today, args[0]), args[0]
    if rule == "last_weekday":
        return last_weekday(today, args[0]), args[0]
    if rule == "this_week":
        return today + dt.timedelta(4 - today.weekday()), 4
    if rule == "iso_week":
        return dt.date.fromisocalendar(today.year, args[0], 5), 4
    if rule == "end_of_month":
        return end_of_month(today.year, today.month), None
    if rule == "end_of_named_month":
        m = args[0]
        y = today.year if m >= today.month else today.year + 1
        return end_of_month(y, m), None
    if rule == "by_the":
        return by_the(today, args[0]), None
    if rule == "explicit":
        return dt.date(args[0], args[1], args[2]), (args[3] if len(args) > 3 else None)
    if rule == "dm_past":
        d = dt.date(today.year, args[0], args[1])
        if d > today:
            d = dt.date(today.year - 1, args[0], args[1])
        return d, (args[2] if len(args) > 2 else None)
    if rule == "dm_future":
        d = dt.date(today.year, args[0], args[1])
        if d < today:
            d = dt.date(today.year + 1, args[0], args[1])
        return d, (args[2] if len(args) > 2 else None)
    if rule == "day_past":
        d = today
        while d.day != args[0]:
            d -= dt.timedelta(1)
        return d, (args[1] if len(args) > 1 else None)
    raise ValueError(rule)


# ------------------------------------------------------------------ amounts

ARABIC = str.maketrans("٠١٢٣٤٥٦٧٨٩٬٫", "0123456789,.")
NUM_SPAN = re.compile(r"\d(?:[\d.,'\u00a0\u202f ]*\d)?")
CURRENCY_MARKS = [("R$", "BRL"), ("Rs.", "INR"), ("₹", "INR"), ("CHF", "CHF"), ("zł", "PLN"), ("Kč", "CZK"),
                  ("TL", "TRY"), ("₺", "TRY"), ("円", "JPY"), ("¥", "JPY"), ("درهم", "AED"), ("lei", "RON"),
                  ("€", "EUR"), ("EUR", "EUR"), ("£", "GBP"), ("GBP", "GBP"), ("USD", "USD")]


def locale_decimal(loc):
    if loc.startswith("en-ZA"):
        return ","
    if loc.startswith(("en", "es-MX", "de-CH", "ar", "hi")):
        return "."
    if loc.startswith("ja"):
        return None
    return ","


def parse_amount(tok, dec):
    t = tok.translate(ARABIC)
    m = NUM_SPAN.search(t)
    if not m:
        raise ValueError("no number in %r" % tok)
    span = m.group(0)
    if dec is not None and dec in span:
        whole, frac = span.rsplit(dec, 1)
        if not re.fullmatch(r"\d\d", frac):
            raise ValueError("bad decimals in %r" % tok)
    else:
        whole, frac = span, "00"
    groups = re.split(r"[.,'\u00a0\u202f ]", whole)
    if len(groups) > 1:
        ok_std = 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
        ok_in = (len(groups[-1]) == 3 and 1 <= len(groups[0]) <= 2 and all(len(g) == 2 for g in groups[1:-1]))
        if not (ok_std or ok_in):
            raise ValueError("bad digit grouping in %r" % tok)
    return "%d.%s" % (int("".join(groups)), frac)


def currency_of(tok):
    for mark, cur in CURRENCY_MARKS:
        if mark in tok:
            return cur
    if re.match(r"^R\s?\d", tok):
        return "ZAR"
    return None


# ------------------------------------------------------------------ text

def html_to_text(s):
    s = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def all_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0)
            out.append("Subject: %s" % inner.get("Subject", ""))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct in ("text/plain", "text/rfc822-headers", "text/calendar"):
            out.append(part.get_content())
        elif ct == "text/html":
            out.append(html_to_text(part.get_content()))
    return "\n".join(out)


def defects(msg):
    found = []
    for part in msg.walk():
        found += [type(d).__name__ for d in part.defects]
    return found


def norm_inv(raw):
    m = re.findall(r"\d{5}", raw)
    if len(m) != 1:
        raise ValueError(raw)
    return "LLS-" + m[0]


# ------------------------------------------------------------------ main

def main():
    emails, labels, provs = load("emails.jsonl"), load("labels.jsonl"), load("provenance.jsonl")
    if not (len(emails) == len(labels) == len(provs) == 80):
        bad("*", "expected 80 lines in each file: %d %d %d" % (len(emails), len(labels), len(provs)))
    intents, langs, reasons, inj = Counter(), Counter(), Counter(), []
    for n, (e, l, p) in enumerate(zip(emails, labels, provs), 1):
        want = "%s%02d" % (PREFIX, n)
        i = want
        if e["id"] != want or l["id"] != want or p["id"] != want:
            bad(i, "id/order mismatch: %s %s %s" % (e["id"], l["id"], p["id"]))
        extra = set(l) - set(FIELDS) - {"injection"}
        missing = set(FIELDS) - set(l)
        if extra or missing:
            bad(i, "label fields: extra %s missing %s" % (sorted(extra), sorted(missing)))
        if "injection" in l and l["injection"] is not True:
            bad(i, "injection must be true when present")
        if bool(l.get("injection")) != bool(p.get("injection")):
            bad(i, "injection flag differs from provenance")
        if l.get("injection"):
            inj.append(i)
        if not l["note"].startswith("[%s, %s] " % (p["key"], p["locale"])):
            bad(i, "note must start with [KEY, locale]")
        if l["intent"] not in TARGET:
            bad(i, "unknown intent %r" % l["intent"])
        intents[l["intent"]] += 1
        langs[p["lang"]] += 1

        # --- parse
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        except Exception as ex:  # noqa
            bad(i, "parse error %r" % ex)
            continue
        d = defects(msg)
        if d:
            bad(i, "MIME defects %s" % d)
        date_raw = msg.get("Date")
        if date_raw is None:
            bad(i, "no Date header")
            continue
        when = email.utils.parsedate_to_datetime(str(date_raw))
        today = when.date()
        text = all_text(msg)
        ntext = norm(text)
        subject = str(msg.get("Subject", ""))
        human = p.get("human")
        nhuman = norm(human) if human else ""
        if human and nhuman not in ntext:
            bad(i, "writer's text not found in the decoded message")

        # --- headers / threading
        rem = p["reminder"]
        m = REM_ID.match(rem["msgid"])
        if not m or m.group(1) != p["case"]:
            bad(i, "reminder Message-ID not in our style / wrong case: %s" % rem["msgid"])
        else:
            sent = dt.datetime.strptime(m.group(3), "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.timezone.utc)
            aware = when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)
            if sent > aware:
                bad(i, "reminder sent after the reply")
        to = str(msg.get("To", ""))
        if "ar+%s@%s" % (p["case"], DOMAIN) not in to:
            bad(i, "To does not carry the per-case address")
        irt = msg.get("In-Reply-To")
        if p["kind"] in ("reply", "auto") and str(irt or "").strip() != rem["msgid"]:
            bad(i, "In-Reply-To does not point at the reminder")
        if p["kind"] == "bounce":
            if l["intent"] != "delivery_failure":
                bad(i, "bounce must be delivery_failure")
            if norm(rem["subject"]) not in ntext:
                bad(i, "bounce does not return the reminder's Subject")
        if p["kind"] == "auto" and l["intent"] != "out_of_office":
            bad(i, "auto-reply must be out_of_office")
        for h in ("From", "To", "Cc", "Reply-To"):
            for addr in EMAIL_RE.findall(str(msg.get(h, ""))):
                if not addr.lower().endswith(".example"):
                    bad(i, "%s address outside .example: %s" % (h, addr))
        if human:
            for addr in EMAIL_RE.findall(human):
                if not addr.lower().endswith(".example"):
                    bad(i, "address outside .example in text: %s" % addr)

        # --- dates
        for f in ("promised_date", "paid_date", "return_date"):
            pd = p["dates"].get(f)
            if l[f] is None:
                if pd:
                    bad(i, "%s null but provenance has %s" % (f, pd))
                continue
            if not pd:
                bad(i, "%s set without provenance" % f)
                continue
            phrase, rule, args = pd[0], pd[1], pd[2:]
            got, wd = resolve(today, rule, args)
            if got.isoformat() != l[f]:
                bad(i, "%s: %r via %s from %s gives %s, label %s" % (f, phrase, rule, today, got, l[f]))
            if wd is not None and got.weekday() != wd:
                bad(i, "%s: %s is not weekday %d" % (f, got, wd))
            if norm(phrase) not in nhuman:
                bad(i, "date phrase %r not in the writer's text" % phrase)

        # --- amount / currency
        a = p.get("amount")
        if (l["promised_amount"] is None) != (a is None):
            bad(i, "promised_amount / provenance mismatch")
        if (l["promised_amount"] is None) != (l["currency"] is None):
            bad(i, "currency must be null exactly when promised_amount is null")
        if a:
            tok, dec, src = a
            if norm(tok) not in nhuman:
                bad(i, "amount token %r not in the writer's text" % tok)
            if dec is not None and dec != locale_decimal(p["locale"]):
                bad(i, "decimal separator %r unusual for %s" % (dec, p["locale"]))
            try:
                val = parse_amount(tok, dec)
                if val != l["promised_amount"]:
                    bad(i, "amount %r parses to %s, label %s" % (tok, val, l["promised_amount"]))
            except ValueError as ex:
                bad(i, str(ex))
            if not re.fullmatch(r"\d+\.\d\d", l["promised_amount"] or ""):
                bad(i, "amount not a two-decimal string")
            if src == "symbol":
                cur = currency_of(tok)
                if cur != l["currency"]:
                    bad(i, "currency from %r is %s, label %s" % (tok, cur, l["currency"]))
            elif src == "thread":
                if currency_of(tok) is not None or not re.search(r"\$|kr", tok):
                    bad(i, "thread-currency token should be a bare $ or kr: %r" % tok)
                if l["currency"] != rem["currency"]:
                    bad(i, "bare symbol must take the reminder currency %s" % rem["currency"])
                if not re.search(re.escape(rem["currency"]) + r" \d", text):
                    bad(i, "reminder currency %s not visible in the quoted reminder" % rem["currency"])
            else:
                bad(i, "unknown currency source %r" % src)

        # --- reference / contact
        ref = p.get("ref")
        if l["payment_reference"] != ref:
            bad(i, "payment_reference %r vs provenance %r" % (l["payment_reference"], ref))
        if ref and norm(ref) not in nhuman:
            bad(i, "reference not in the writer's text")
        if ref and ref.startswith("#"):
            bad(i, "reference keeps a leading #")
        c = p.get("contact")
        if l["new_contact_email"] != c:
            bad(i, "new_contact_email %r vs provenance %r" % (l["new_contact_email"], c))
        if c:
            if c.lower() not in (human or "").lower():
                bad(i, "contact address not in the writer's text")
            if c.lower() == email.utils.parseaddr(str(msg.get("From", "")))[1].lower():
                bad(i, "contact is just the sender")

        # --- dispute reason
        r = l["dispute_reason"]
        if l["intent"] == "dispute":
            if r not in REASONS:
                bad(i, "dispute without a valid reason")
            reasons[r] += 1
        elif r is not None and (l["intent"] != "legal_or_insolvency" or r not in REASONS):
            bad(i, "dispute_reason only for disputes (or a dispute inside a legal notice)")

        # --- invoices
        invs = p["inv"]
        try:
            normed = []
            for raw, _src in invs:
                x = norm_inv(raw)
                if x not in normed:
                    normed.append(x)
        except ValueError as ex:
            bad(i, "cannot normalise invoice token %s" % ex)
            normed = None
        if normed is not None and normed != l["invoice_numbers"]:
            bad(i, "invoice_numbers %s, provenance gives %s" % (l["invoice_numbers"], normed))
        srcs = {s for _, s in invs}
        if len(srcs) > 1:
            bad(i, "invoice numbers must come from one source")
        inv_like = re.compile(r"\bLLS[-\s]?\d{5}\b", re.I)
        for raw, s in invs:
            where = {"text": human or "", "subject": subject, "quote": text}[s]
            if norm(raw) not in norm(where):
                bad(i, "invoice token %r not found in %s" % (raw, s))
        if srcs == {"subject"} and human and inv_like.search(human):
            bad(i, "writer's text names an invoice but labels come from the Subject")
        if srcs == {"quote"}:
            if human and inv_like.search(human):
                bad(i, "writer's text names an invoice but labels come from the quote")
            if inv_like.search(subject):
                bad(i, "Subject names an invoice but labels come from the quote")
        for x in l["invoice_numbers"]:
            if not re.fullmatch(r"LLS-\d{5}", x):
                bad(i, "invoice not in reminder format: %s" % x)

    if dict(intents) != TARGET:
        bad("*", "intent counts %s != %s" % (dict(intents), TARGET))
    if dict(langs) != LANG_TARGET:
        bad("*", "language counts %s != %s" % (dict(langs), LANG_TARGET))
    if set(reasons) != REASONS:
        bad("*", "dispute reasons not all covered: %s" % dict(reasons))
    if len(inj) != 6:
        bad("*", "expected 6 injection items, got %s" % inj)

    if problems:
        print("\n".join(problems))
        print("FAILED: %d problem(s)" % len(problems))
        sys.exit(1)
    print("OK: 80 messages; intents %s; languages %s; dispute reasons %s; injections %s"
          % (dict(sorted(intents.items())), dict(sorted(langs.items())), dict(sorted(reasons.items())),
             ", ".join(inj)))


if __name__ == "__main__":
    main()
