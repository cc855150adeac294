#!/usr/bin/env python3
"""Sanity checker for the blind93 triage set (not part of the data).

Re-parses every message as bytes, re-derives every labelled date from the
message's own Date header with datetime, and checks that every labelled value
is actually stated in the message. Exits non-zero on any problem.
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
from decimal import Decimal, InvalidOperation
from email.parser import HeaderParser

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
           "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
           "delivery_failure", "acknowledgement", "other"]
GROUP = dict(zip("PKDRBWONLFAX", INTENTS))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
CURRENCIES = {"USD", "EUR", "GBP", "CAD", "INR", "MXN", "JPY", "CHF", "PLN", "AUD", "ZAR", "SGD", "TRY"}

# ---- independent date table: key -> (field, rule, arg, phrase in the message, weekday named or None)
DATES = {
    "P01": ("promised_date", "this_wd", 4, "on Friday", None),
    "P02": ("promised_date", "dm_future", (3, 26), "26 March", None),
    "P03": ("promised_date", "by_day", 31, "by the 31st", None),
    "P04": ("promised_date", "dm_future", (3, 27), "Friday, 27th March", 4),
    "P05": ("promised_date", "iso_week_friday", 12, "KW 12", None),
    "P06": ("promised_date", "next_wd", 4, "vendredi prochain", None),
    "P07": ("promised_date", "next_wd", 4, "el viernes de la próxima semana", None),
    "P08": ("promised_date", "eom", None, "até ao final do mês", None),
    "P09": ("promised_date", "dm_future", (4, 15), "entro il 15 aprile", None),
    "P10": ("promised_date", "plus", 1, "morgen", None),
    "P11": ("promised_date", "this_wd", 4, "this week", None),
    "P12": ("promised_date", "dm_future", (3, 31), "3月31日", None),
    "K01": ("paid_date", "us_numeric", None, "03/04/2026", None),
    "K02": ("paid_date", "dm_past", (3, 4), "Wednesday 4 March", 2),
    "K03": ("paid_date", "dm_past", (3, 9), "am 9. März", None),
    "K04": ("paid_date", "dm_past", (3, 2), "le 2 mars", None),
    "K05": ("paid_date", "dm_past", (3, 20), "viernes\n20 de marzo", 4),
    "K06": ("paid_date", "eu_numeric", None, "16/03/2026", None),
    "K07": ("paid_date", "eu_numeric", None, "02-03-2026", None),
    "K08": ("paid_date", "plus", -1, "wczoraj", None),
    "K09": ("paid_date", "dm_past", (3, 12), "Thursday, 12 March", 3),
    "K10": ("paid_date", "full", (2026, 3, 10), "10 Mart 2026", None),
    "K11": ("paid_date", "plus", -1, "χθες", None),
    "K12": ("paid_date", "last_wd", 3, "last Thursday", None),
    "D02": ("promised_date", "dm_future", (3, 20), "paid on 20 March", None),
    "D09": ("promised_date", "by_day", 15, "uiterlijk de 15e", None),
    "D11": ("paid_date", "dm_past", (2, 12), "12 February", None),
    "O01": ("return_date", "full", (2026, 8, 17), "until August 17, 2026", None),
    "O02": ("return_date", "eu_numeric", None, "27.03.2026", None),
    "O03": ("return_date", "dm_future", (3, 9), "lundi 9 mars", 0),
    "O04": ("return_date", "dm_future", (4, 6), "lunes 6 de abril", 0),
    "O06": ("return_date", "next_wd", 1, "next Tuesday", None),
    "N01": ("promised_date", "first_week", 4, "first week of April", None),
    "N02": ("promised_date", "eom_named", 4, "fines de\nabril", None),
    "N03": ("promised_date", "eom_named", 4, "bis Ende April", None),
    "N05": ("promised_date", "plus", 14, "iki hafta sonra", None),
}

PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


def resolve(today, rule, arg, phrase):
    if rule == "plus":
        return today + timedelta(days=arg)
    if rule == "this_wd":
        return today + timedelta((arg - today.weekday()) % 7)
    if rule == "next_wd":
        return today + timedelta(7 - today.weekday() + arg)
    if rule == "last_wd":
        return today - timedelta((today.weekday() - arg) % 7 or 7)
    if rule == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "eom_named":
        y = today.year if arg >= today.month else today.year + 1
        return date(y, arg, calendar.monthrange(y, arg)[1])
    if rule == "by_day":
        if today.day <= arg:
            return today.replace(day=arg)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, arg)
    if rule == "dm_future":
        d = date(today.year, *arg)
        return d if d >= today else date(today.year + 1, *arg)
    if rule == "dm_past":
        d = date(today.year, *arg)
        return d if d <= today else date(today.year - 1, *arg)
    if rule == "full":
        return date(*arg)
    if rule == "us_numeric":
        m, d, y = phrase.split("/")
        return date(int(y), int(m), int(d))
    if rule == "eu_numeric":
        d, m, y = re.split(r"[./-]", phrase)
        return date(int(y), int(m), int(d))
    if rule == "iso_week_friday":
        return date.fromisocalendar(today.year, arg, 5)
    if rule == "first_week":
        return date(today.year, arg, 7)
    raise ValueError(rule)


def texts_of(msg):
    """every human-readable text in a message, decoded."""
    out = []
    for k in ("Subject", "From", "To"):
        if msg[k] is not None:
            out.append(str(msg[k]))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "text/rfc822-headers":
            raw = part.get_payload(decode=True).decode("utf-8", "replace")
            h = HeaderParser(policy=email.policy.default).parsestr(raw)
            out.append(raw)
            out.extend(str(h[k]) for k in ("Subject", "From", "To") if h[k] is not None)
        elif ct.startswith("text/"):
            try:
                out.append(part.get_content())
            except Exception as ex:  # noqa
                bad("cannot decode %s part: %s" % (ct, ex))
        elif ct == "message/delivery-status":
            out.append(str(part))
    return "\n".join(out)


NUM = re.compile(r"\d[\d.,' \u00a0\u202f]*\d|\d")


def amounts_in(text):
    vals = set()
    for tok in NUM.findall(text):
        t = tok.replace("\u00a0", " ").replace("\u202f", " ")
        for cand in {t, t.strip()}:
            m = re.match(r"^(.*?)([.,])(\d{2})$", cand)
            if m:
                intpart = re.sub(r"[.,' ]", "", m.group(1))
                frac = m.group(3)
            else:
                intpart, frac = re.sub(r"[.,' ]", "", cand), "00"
            if intpart.isdigit():
                try:
                    vals.add(Decimal(intpart + "." + frac))
                except InvalidOperation:
                    pass
    return vals


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        bad("expected 80 emails and labels, got %d/%d" % (len(emails), len(labels)))
    expected_ids = ["lb%02d" % i for i in range(1, 81)]
    if [e["id"] for e in emails] != expected_ids or [l["id"] for l in labels] != expected_ids:
        bad("ids are not lb01..lb80 in the same order")
    keys_seen = []
    intents = Counter()
    inj = 0
    for e, l in zip(emails, labels):
        lid = l["id"]
        want = {"id", "intent", "note"} | set(FIELDS)
        got = set(l) - {"injection"}
        if got != want:
            bad("%s: label keys %s" % (lid, sorted(got ^ want)))
            continue
        m = re.match(r"^\[([A-Z]\d\d), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
        if not m:
            bad("%s: note does not start with [KEY, locale]" % lid)
            continue
        key = m.group(1)
        keys_seen.append(key)
        if l["intent"] not in INTENTS:
            bad("%s: bad intent %s" % (lid, l["intent"]))
        if GROUP[key[0]] != l["intent"]:
            bad("%s %s: key group %s but intent %s" % (lid, key, GROUP[key[0]], l["intent"]))
        intents[l["intent"]] += 1
        if l.get("injection"):
            inj += 1
            if l["injection"] is not True:
                bad("%s: injection must be true when present" % lid)
        # field types
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None:
                try:
                    date.fromisoformat(l[f])
                except ValueError:
                    bad("%s: %s not ISO" % (lid, f))
        if l["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", l["promised_amount"]):
            bad("%s: promised_amount format %r" % (lid, l["promised_amount"]))
        if (l["currency"] is None) != (l["promised_amount"] is None):
            bad("%s: currency null iff promised_amount null" % lid)
        if l["currency"] is not None and l["currency"] not in CURRENCIES:
            bad("%s: currency %s" % (lid, l["currency"]))
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad("%s: dispute_reason %s" % (lid, l["dispute_reason"]))
        if l["intent"] == "dispute" and l["dispute_reason"] is None:
            bad("%s: dispute without reason" % lid)
        if l["intent"] in ("promise_to_pay", "paid_claim", "payment_plan_request", "dispute", "legal_or_insolvency") or True:
            pass
        if l["return_date"] is not None and l["intent"] != "out_of_office":
            bad("%s: return_date on a non-auto-reply" % lid)
        if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]):
            bad("%s: invoice_numbers must be a list without duplicates" % lid)
        for n in l["invoice_numbers"]:
            if not re.fullmatch(r"INV-\d{5}", n):
                bad("%s: invoice number %s not normalised" % (lid, n))

        # ---- parse the message as bytes
        raw = e["eml"]
        msg = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                bad("%s: MIME defects %s" % (lid, part.defects))
        dt = msg["Date"].datetime if msg["Date"] is not None else None
        if dt is None:
            bad("%s: no Date" % lid)
            continue
        today = dt.date()  # the header's own offset, never converted
        to = str(msg["To"])
        cm = re.search(r"collections\+(AS\d{5})@ar\.aldermoor-sci\.example", to)
        if not cm:
            bad("%s: case id not in To: %s" % (lid, to))
            continue
        case = cm.group(1)
        auto = msg["Auto-Submitted"]
        irt = msg["In-Reply-To"]
        if key[0] == "O":
            if not auto or not str(auto).startswith("auto-"):
                bad("%s: auto-reply without Auto-Submitted" % lid)
        elif key[0] == "F":
            frm = str(msg["From"]).lower()
            if not any(w in frm for w in ("mailer-daemon", "postmaster", "microsoftexchange")):
                bad("%s: bounce not from a mailer" % lid)
        else:
            if auto is not None:
                bad("%s: human reply carries Auto-Submitted" % lid)
            if irt is None:
                if not str(msg["Subject"]).startswith("Fwd:"):
                    bad("%s: reply without In-Reply-To" % lid)
            elif not str(irt).startswith("<%s.r" % case):
                bad("%s: In-Reply-To does not match the case" % lid)
        text = texts_of(msg)
        alltext = text + "\n" + raw

        # ---- invoice numbers: exactly the INV numbers in the message
        found = []
        for n in re.findall(r"INV-\d{5}", alltext):
            if n not in found:
                found.append(n)
        if set(found) != set(l["invoice_numbers"]):
            # customer-written bare numbers ('Factuur 53027') count too
            extra = set(l["invoice_numbers"]) - set(found)
            for n in list(extra):
                if re.search(r"(?<!\d)%s(?!\d)" % n[4:], text):
                    extra.discard(n)
            if extra or set(found) - set(l["invoice_numbers"]):
                bad("%s %s: invoice numbers %s vs message %s" % (lid, key, l["invoice_numbers"], found))

        # ---- stated values
        if l["promised_amount"] is not None and Decimal(l["promised_amount"]) not in amounts_in(text):
            bad("%s %s: amount %s not found in the message" % (lid, key, l["promised_amount"]))
        for f in ("payment_reference", "new_contact_email"):
            if l[f] is not None and l[f] not in text:
                bad("%s %s: %s %r not in the message" % (lid, key, f, l[f]))
        if l["new_contact_email"] is not None and l["new_contact_email"].lower() in str(msg["From"]).lower():
            bad("%s: new contact equals sender" % lid)

        # ---- dates
        spec = DATES.get(key)
        dated = [f for f in ("promised_date", "paid_date", "return_date") if l[f] is not None]
        if spec is None:
            if dated:
                bad("%s %s: date fields %s without a rule in check.py" % (lid, key, dated))
        else:
            field, rule, arg, phrase, wd = spec
            if dated != [field]:
                bad("%s %s: dated fields %s, expected [%s]" % (lid, key, dated, field))
            if phrase.lower() not in text.lower():
                bad("%s %s: phrase %r not in the message" % (lid, key, phrase))
            exp = resolve(today, rule, arg, phrase)
            if l[field] != exp.isoformat():
                bad("%s %s: %s %s but %s from Date %s gives %s" % (lid, key, field, l[field], rule, today, exp))
            if wd is not None and exp.weekday() != wd:
                bad("%s %s: named weekday %d but %s is %d" % (lid, key, wd, exp, exp.weekday()))

        # ---- injection items carry text addressed to automation
        if l.get("injection") and not re.search(r"\bAI\b|automat|agent", text, re.I):
            bad("%s: injection item without automation-addressed text" % lid)

    # ---- set-level checks
    if len(set(keys_seen)) != len(keys_seen):
        bad("duplicate keys")
    missing_rules = set(DATES) - set(keys_seen)
    if missing_rules:
        bad("date rules for unknown keys: %s" % sorted(missing_rules))
    for i in INTENTS:
        if intents[i] < 3:
            bad("intent %s has only %d items" % (i, intents[i]))
    if inj != 6:
        bad("expected 6 injection items, got %d" % inj)
    langs = Counter(l["note"][6:8] for l in labels)
    if langs.most_common(1)[0][0] != "en" or len(langs) < 10:
        bad("language mix: %s" % dict(langs))
    crlf = sum(1 for e in emails if "\r\n" in e["eml"])
    eightbit = sum(1 for e in emails if any(ord(c) > 127 for c in e["eml"]))
    if crlf < 1 or eightbit < 3:
        bad("expected CRLF and 8bit messages (crlf=%d, 8bit=%d)" % (crlf, eightbit))

    print("intents:", dict(sorted(intents.items(), key=lambda x: INTENTS.index(x[0]))))
    print("languages:", dict(langs.most_common()))
    print("injection:", inj, "| CRLF:", crlf, "| raw 8bit:", eightbit, "| date rules checked:", len(DATES))
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
