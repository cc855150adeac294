#!/usr/bin/env python3
"""Sanity checker for the blind94 triage set. Not part of the data.

Re-parses every message as bytes, recomputes every date label from the message's own Date header with
an independent rule table, and checks fields, evidence in the text, headers and counts.
Exits non-zero on any problem.
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
from datetime import date, datetime, timedelta, timezone
from email.header import decode_header, make_header

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEMS = []


def bad(eid, msg):
    PROBLEMS.append("%s: %s" % (eid, msg))


INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement",
           "other"]
GROUP = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request", "B": "billing_update",
         "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request", "L": "legal_or_insolvency",
         "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
CURRENCIES = {"USD", "EUR", "GBP", "SGD", "AED", "SAR", "NGN", "COP", "BRL", "MAD", "SEK", "VND", "THB"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]

# ---------------------------------------------------------------------------
# independent date rules: KEY -> {field: (rule, arg, phrase that must be in the text, weekday or None)}
# ---------------------------------------------------------------------------
RULES = {
    "P01": {"promised_date": ("next_wd", 3, "next Thursday", None)},
    "P02": {"promised_date": ("by_the", 27, "on the 27th", None)},
    "P03": {"promised_date": ("this_wd", 4, "El viernes", None)},
    "P04": {"promised_date": ("abs", "2026-04-03", "03/04/2026", None)},
    "P05": {"promised_date": ("isoweek_fri", 12, "KW 12", 4)},
    "P06": {"promised_date": ("plus", 1, "Amanhã", None)},
    "P07": {"promised_date": ("plus", 0, "today", None)},
    "P08": {"promised_date": ("next_wd", 4, "Friday next week", 4)},
    "P09": {"promised_date": ("eom", None, "eind van de maand", None)},
    "P10": {"promised_date": ("this_wd", 4, "entro questa settimana", 4)},
    "P11": {"promised_date": ("this_wd", 6, "on Sunday", 6)},
    "P12": {"promised_date": ("abs", "2026-03-25", "25 mars", None)},
    "C01": {"paid_date": ("abs", "2026-03-04", "03/04/2026", None)},
    "C02": {"paid_date": ("plus", -1, "yesterday", None)},
    "C03": {"paid_date": ("abs", "2026-03-02", "lunes 2 de marzo", 0)},
    "C04": {"paid_date": ("plus", -1, "hier", None)},
    "C05": {"paid_date": ("abs", "2026-03-20", "am 20.03.", None)},
    "C06": {"paid_date": ("abs", "2026-03-10", "no dia 10/03", None)},
    "C07": {"paid_date": ("abs", "2026-03-06", "on 6 March", None)},
    "C08": {"paid_date": ("abs", "2026-03-13", "13-03-2026", None)},
    "C09": {"paid_date": ("abs", "2026-03-05", "ngày 5/3", None)},
    "C10": {"paid_date": ("abs", "2026-03-08", "2026/03/08", None)},
    "C11": {"paid_date": ("past_wd", 0, "maanantaina", 0)},
    "D01": {"promised_date": ("this_wd", 4, "on Friday", 4)},
    "O01": {"return_date": ("abs", "2026-03-23", "Monday, March 23", 0)},
    "O02": {"return_date": ("abs", "2026-03-27", "bis zum 27.03.2026", None)},
    "O03": {"return_date": ("abs", "2026-04-07", "mardi 7 avril", 1)},
    "O04": {"return_date": ("abs", "2026-03-23", "23 March 2026", None)},
    "O05": {"return_date": ("this_wd", 0, "terug op maandag", 0)},
    "O06": {"return_date": ("abs", "2026-03-20", "até 20/03", None)},
    "I01": {"promised_date": ("abs", "2026-04-10", "first on April 10", None)},
    "I02": {"promised_date": ("abs", "2026-04-30", "hasta el 30 de abril", None)},
    "I04": {"promised_date": ("plus", 14, "tra due settimane", None)},
    "I05": {"promised_date": ("eom", None, "end of this month", None)},
}

# keys whose text is checked for "future" vs "past" sanity
PAST_FIELDS = {"paid_date"}


def expected(rule, arg, today):
    if rule == "abs":
        return date.fromisoformat(arg)
    if rule == "plus":
        return today + timedelta(days=arg)
    if rule == "this_wd":
        return today + timedelta(days=(arg - today.weekday()) % 7)
    if rule == "next_wd":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=arg)
    if rule == "past_wd":
        d = today - timedelta(days=1)
        while d.weekday() != arg:
            d -= timedelta(days=1)
        return d
    if rule == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "by_the":
        d = today
        while d.day != arg:
            d += timedelta(days=1)
        return d
    if rule == "isoweek_fri":
        d = date(today.year, 1, 4)  # always in ISO week 1
        d = d - timedelta(days=d.weekday()) + timedelta(weeks=arg - 1, days=4)
        return d
    raise ValueError(rule)


# ---------------------------------------------------------------------------
# text extraction
# ---------------------------------------------------------------------------

def decode_hdr(v):
    try:
        return str(make_header(decode_header(v)))
    except Exception:
        return v


def strip_html(s):
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def all_text(msg, eid):
    chunks = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct in ("text/plain", "text/html"):
            try:
                t = part.get_content()
            except Exception as ex:  # pragma: no cover
                bad(eid, "cannot decode %s: %r" % (ct, ex))
                continue
            if "\ufffd" in t:
                bad(eid, "U+FFFD in decoded %s" % ct)
            chunks.append(strip_html(t) if ct == "text/html" else t)
        elif ct in ("text/rfc822-headers", "message/delivery-status"):
            raw = part.get_payload(decode=False)
            if not isinstance(raw, str):
                raw = str(raw)
            unfolded = re.sub(r"\r?\n[ \t]+", " ", raw)
            for line in unfolded.splitlines():
                chunks.append(decode_hdr(line) if "=?" in line else line)
        if ct == "message/rfc822" or part.get_content_maintype() == "message":
            pass
    # headers of embedded messages (message/rfc822)
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
            for h in ("Subject", "From", "To"):
                if inner[h]:
                    chunks.append("%s: %s" % (h, inner[h]))
    return "\n".join(chunks)


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def amount_forms(a):
    whole, frac = a.split(".")
    g = []
    w = whole
    while len(w) > 3:
        g.insert(0, w[-3:])
        w = w[:-3]
    g.insert(0, w)
    forms = set()
    for sep in (",", ".", " ", "\u00a0", ""):
        s = sep.join(g)
        if frac == "00":
            forms.add(s)
        for dec in (".", ","):
            forms.add(s + dec + frac)
    # a form must not be glued to more digits (or to a decimal part) on either side
    return [r"(?<![\d.,])%s(?![\d]|[.,]\d)" % re.escape(f) for f in forms]


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def main():
    with open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8") as f:
        emails = [json.loads(l) for l in f]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(l) for l in f]
    if len(emails) != 80 or len(labels) != 80:
        bad("-", "need 80 e-mails and 80 labels, got %d/%d" % (len(emails), len(labels)))
    ids = [e["id"] for e in emails]
    if ids != [l["id"] for l in labels]:
        bad("-", "ids of e-mails and labels differ or are out of order")
    if ids != ["ff%02d" % i for i in range(1, len(ids) + 1)]:
        bad("-", "ids are not ff01..ff80 in order")
    keys_seen = Counter()
    locales = Counter()
    intents = Counter()
    inj = 0
    for e, l in zip(emails, labels):
        eid = e["id"]
        if set(e) != {"id", "eml"}:
            bad(eid, "email keys %s" % sorted(e))
        extra = set(l) - set(FIELDS)
        if list(l)[:len(FIELDS)] != FIELDS or extra - {"injection"}:
            bad(eid, "label keys/order wrong: %s" % list(l))
        if "injection" in l:
            if l["injection"] is not True:
                bad(eid, "injection must be true when present")
            inj += 1
        mt = re.match(r"^\[([PCDRBWOILFAX]\d\d), ([a-z]{2}-[A-Z]{2})\] \S", l["note"])
        if not mt:
            bad(eid, "note must start with [KEY, locale]")
            continue
        key, loc = mt.group(1), mt.group(2)
        keys_seen[key] += 1
        locales[loc] += 1
        intent = l["intent"]
        intents[intent] += 1
        if intent not in INTENTS:
            bad(eid, "bad intent %r" % intent)
        if GROUP[key[0]] != intent:
            bad(eid, "key %s says %s but intent is %s" % (key, GROUP[key[0]], intent))

        # ---- parse
        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                bad(eid, "MIME defects %r" % part.defects)
        if msg["Date"] is None:
            bad(eid, "no Date header")
            continue
        dt = msg["Date"].datetime
        today = dt.date()
        to = str(msg["To"])
        mcase = re.search(r"collections\+(BF\d{5})@ar\.bluefinfreight\.example", to)
        if not mcase:
            bad(eid, "case id not in To: %r" % to)
            continue
        case = mcase.group(1)
        subject = str(msg["Subject"] or "")
        text = subject + "\n" + all_text(msg, eid)
        ntext = norm(text)
        irt = msg["In-Reply-To"]
        auto = msg["Auto-Submitted"]
        frm = str(msg["From"]).lower()

        # ---- headers by kind
        if intent == "delivery_failure":
            if not any(x in frm for x in ("mailer-daemon", "postmaster", "microsoft")):
                bad(eid, "bounce not from a mail system: %s" % frm)
            if not re.search(r"\b(5\.\d\.\d+|550|554)\b", text):
                bad(eid, "bounce without a permanent status code")
        else:
            if not irt or case not in str(irt):
                bad(eid, "In-Reply-To does not reference case %s" % case)
            else:
                ts = re.search(r"\.(\d{8}T\d{6})Z@", str(irt))
                sent = datetime.strptime(ts.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=timezone.utc)
                if not (sent < dt <= sent + timedelta(days=10)):
                    bad(eid, "reply not within 10 days after the reminder (%s, %s)" % (sent, dt))
        if intent == "out_of_office":
            if not auto or str(auto).lower() == "no":
                bad(eid, "out_of_office without Auto-Submitted")
        elif intent != "delivery_failure" and auto:
            bad(eid, "human reply carries Auto-Submitted")

        # ---- field formats
        for f in ("promised_date", "paid_date", "return_date"):
            v = l[f]
            if v is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                bad(eid, "%s not ISO" % f)
        a = l["promised_amount"]
        if (a is None) != (l["currency"] is None):
            bad(eid, "currency must be null exactly when promised_amount is null")
        if a is not None:
            if not re.match(r"^\d+\.\d{2}$", a):
                bad(eid, "amount format %r" % a)
            elif not any(re.search(fm, ntext) for fm in amount_forms(a)):
                bad(eid, "amount %s not found in text" % a)
        if l["currency"] is not None and l["currency"] not in CURRENCIES:
            bad(eid, "currency %r" % l["currency"])
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad(eid, "dispute_reason %r" % l["dispute_reason"])
        if intent == "dispute" and l["dispute_reason"] is None:
            bad(eid, "dispute without a reason")
        for f in ("payment_reference", "new_contact_email"):
            v = l[f]
            if v is not None and v.lower() not in text.lower():
                bad(eid, "%s %r not in text" % (f, v))
        if l["new_contact_email"] and not re.match(r"^[\w.+-]+@[\w.-]+\.example$", l["new_contact_email"]):
            bad(eid, "new_contact_email format")
        if intent not in ("paid_claim",) and l["paid_date"] is not None:
            # allowed only as a lower-priority statement; none in this set
            bad(eid, "paid_date on a non-paid_claim")
        if intent == "paid_claim" and l["promised_date"] is not None:
            bad(eid, "promised_date on a paid_claim")
        if intent != "out_of_office" and l["return_date"] is not None:
            bad(eid, "return_date outside out_of_office")

        # ---- invoices
        invs = l["invoice_numbers"]
        if not isinstance(invs, list) or len(set(invs)) != len(invs):
            bad(eid, "invoice_numbers must be a list without duplicates")
        for n in invs:
            if not re.match(r"^INV-\d{4}$", n):
                bad(eid, "invoice format %r" % n)
            elif not re.search(r"(?<!\d)%s(?!\d)" % n[4:], text):
                bad(eid, "invoice %s not in message" % n)
        subj_invs = re.findall(r"INV-\d{4}", subject)
        if subj_invs and intent != "delivery_failure":
            body_first = text[len(subject) + 1:]
            own = [x for x in invs if x not in subj_invs]
            if set(invs) != set(subj_invs) and not own:
                bad(eid, "label %s vs subject %s" % (invs, subj_invs))
        if not subj_invs and intent not in ("delivery_failure",) and not invs and key != "O06":
            bad(eid, "empty invoice_numbers")

        # ---- dates
        rules = RULES.get(key, {})
        for f in ("promised_date", "paid_date", "return_date"):
            v = l[f]
            if f in rules:
                rule, arg, phrase, wd = rules[f]
                exp = expected(rule, arg, today)
                if v != exp.isoformat():
                    bad(eid, "%s %s != expected %s (%s %s from %s)" % (f, v, exp, rule, arg, today))
                if norm(phrase) not in ntext:
                    bad(eid, "phrase %r for %s not in text" % (phrase, f))
                if wd is not None and exp.weekday() != wd:
                    bad(eid, "%s %s is not weekday %d" % (f, exp, wd))
                delta = (exp - today).days
                if f in PAST_FIELDS and not (-60 <= delta <= 0):
                    bad(eid, "%s %s not in the recent past of %s" % (f, exp, today))
                if f not in PAST_FIELDS and not (0 <= delta <= 120):
                    bad(eid, "%s %s not in the near future of %s" % (f, exp, today))
            elif v is not None:
                bad(eid, "%s set but no rule in check.py" % f)
        for f in rules:
            if l[f] is None:
                bad(eid, "rule for %s but label is null" % f)

    # ---- set-level
    for k, n in keys_seen.items():
        if n != 1:
            bad("-", "key %s used %d times" % (k, n))
    for i in INTENTS:
        if intents[i] < 3:
            bad("-", "intent %s has %d < 3" % (i, intents[i]))
    top = intents.most_common(3)
    if {t[0] for t in top} != {"promise_to_pay", "paid_claim", "dispute"}:
        bad("-", "promises, paid claims and disputes should be the most common: %s" % top)
    if inj != 6:
        bad("-", "need 6 injection items, got %d" % inj)
    need = ["en-US", "en-GB", "en-SG", "en-NG", "en-AE", "es-CO", "es-ES", "pt-BR", "fr-FR", "fr-MA", "de-DE",
            "nl-NL", "it-IT", "sv-SE", "fi-FI"]
    for n in need:
        if not locales[n]:
            bad("-", "missing locale %s" % n)
    if not (locales["vi-VN"] or locales["th-TH"]):
        bad("-", "missing Vietnamese or Thai")
    if not any(l.startswith("ar-") for l in locales):
        bad("-", "missing Arabic")
    langs = Counter()
    for l, n in locales.items():
        langs[l[:2]] += n
    if langs.most_common(1)[0][0] != "en":
        bad("-", "English should be the most common language")

    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM", p)
        print("%d problem(s)" % len(PROBLEMS))
        sys.exit(1)
    print("OK: %d messages, intents %s, %d injections, %d locales" %
          (len(emails), dict(sorted(intents.items())), inj, len(locales)))


if __name__ == "__main__":
    main()
