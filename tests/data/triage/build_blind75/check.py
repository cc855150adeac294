#!/usr/bin/env python3
"""Sanity checker for the blind75 triage set (not part of the data).

Re-parses every message the way the contract says (message_from_bytes on the
UTF-8 encoding, policy=default), re-derives every date label from the
message's own Date header with datetime, re-normalises every amount from the
text as written, and checks the structural rules. Exits non-zero on a problem.
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
PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
           "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
           "delivery_failure", "acknowledgement", "other"]
LETTER = dict(zip("ABCDEFGHIJKL", INTENTS))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po",
           "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date",
          "payment_reference", "dispute_reason", "new_contact_email", "return_date",
          "invoice_numbers", "note"]
DATE_FIELDS = ["promised_date", "paid_date", "return_date"]
ISO4217 = {"USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "PLN", "CZK", "RON", "BRL",
           "MXN", "COP", "ZAR"}

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

# ---- date rules: KEY -> [(field, rule, arg, phrase as it appears in the message)]
RULES = {
    "A01": [("promised_date", "mdy_us", "04/03/2026", "04/03/2026")],
    "A02": [("promised_date", "tomorrow", None, "paid tomorrow")],
    "A03": [("promised_date", "next_weekday", FRI, "el viernes de la semana que viene")],
    "A04": [("promised_date", "iso_week_friday", 12, "KW 12")],
    "A05": [("promised_date", "end_of_month", None, "d'ici la fin du mois")],
    "A06": [("promised_date", "by_the", 20, "até o dia 20")],
    "A07": [("promised_date", "next_weekday", TUE, "next Tuesday")],
    "A08": [("promised_date", "plus_days", 14, "tra due settimane")],
    "A09": [("promised_date", "this_week", None, "deze week")],
    "A10": [("promised_date", "by_the", 1, "on the 1st")],
    "B01": [("paid_date", "past_weekday", MON, "on Monday")],
    "B02": [("paid_date", "dmy_eu", "06/03/2026", "on 06/03/2026")],
    "B03": [("paid_date", "yesterday", None, "émis hier")],
    "B04": [("paid_date", "dm_past", (12, 3), "am 12. März")],
    "B05": [("paid_date", "dm_past", (6, 3), "viernes 6 de marzo")],
    "B06": [("paid_date", "dm_past", (30, 12), "op 30 december")],
    "B07": [("paid_date", "yesterday", None, "Paid in full yesterday")],
    "B08": [("paid_date", "mdy_us", "03/06/2026", "mailed on 03/06/2026")],
    "B09": [("paid_date", "dm_past", (27, 2), "a 27 de fevereiro")],
    "B10": [("paid_date", "past_weekday", FRI, "i fredags")],
    "B11": [("paid_date", "dmy_eu", "27/03/2026", "Payment date: 27/03/2026")],
    "C01": [("promised_date", "weekday", FRI, "£1,140.00 on Friday")],
    "G01": [("return_date", "dm_future", (7, 4), "Tuesday 7 April")],
    "G02": [("return_date", "dm_future", (13, 4), "jusqu'au lundi 13 avril")],
    "G03": [("return_date", "dmy_eu", "30.03.2026", "Ab dem 30.03.2026")],
    "G04": [("return_date", "dm_future", (20, 4), "vanaf maandag 20 april weer aanwezig")],
    "G05": [("return_date", "next_weekday", MON, "vuelvo el próximo lunes")],
    "H01": [("promised_date", "first_week", 4, "the first week of April")],
    "H02": [("promised_date", "dm_future", (10, 4), "la première le 10 avril")],
    "H03": [("promised_date", "dm_future", (15, 1), "ab dem 15. Januar")],
    "H04": [("promised_date", "dmy_eu", "15.04.2026", "6 200,00 zł do 15.04.2026")],
    "H05": [("promised_date", "weekday", FRI, "this Friday")],
    "H06": [("promised_date", "weekday", MON, "el lunes")],
}
# G05: the coming Monday and next week's Monday coincide; checked below as well.

# ---- amounts: KEY -> (text as written, currency it denotes)
AMOUNTS = {
    "A01": ("$6,480.00", "USD"), "A02": ("NZ$3,950.00", "NZD"), "A03": ("4.235,00 €", "EUR"),
    "A04": ("8.920,00 EUR", "EUR"), "A05": ("1 275,00 €", "EUR"), "A06": ("R$ 12.400,00", "BRL"),
    "A07": ("$18,250.00", "USD"), "A08": ("980,00 €", "EUR"), "A09": ("€ 14.560,00", "EUR"),
    "A10": ("$2,310.00", "AUD"),
    "B01": ("$3,815.00", "USD"), "B02": ("£4,120.50", "GBP"), "B03": ("2 860,00 €", "EUR"),
    "B04": ("CHF 11'450.00", "CHF"), "B05": ("$48,720.00 MXN", "MXN"), "B06": ("€ 645,00", "EUR"),
    "B07": ("$1,296.00", "USD"), "B08": ("$850.00", "USD"), "B09": ("3.480,00 €", "EUR"),
    "B10": ("18 750 kr", "SEK"), "B11": ("Total EUR 5,912.40", "EUR"),
    "C01": ("£1,140.00", "GBP"),
    "H01": ("$9,870.00", "USD"), "H02": ("mensualités de 1 500,00 €", "EUR"),
    "H03": ("600,00 €", "EUR"), "H04": ("6 200,00 zł", "PLN"), "H05": ("£1,000.00", "GBP"),
    "H06": ("2.150,00 €", "EUR"),
}


def norm_amount(raw):
    s = re.sub(r"[^0-9.,' ]", "", raw.replace("\u00a0", " ")).strip()
    s = s.strip(" .,")
    m = re.search(r"[.,](\d{2})$", s)
    if m:
        whole, frac = s[:m.start()], m.group(1)
    else:
        whole, frac = s, "00"
    whole = re.sub(r"[.,' ]", "", whole)
    assert whole.isdigit(), raw
    return "%d.%s" % (int(whole), frac)


def today_of(msg):
    dt = parsedate_to_datetime(msg["Date"])
    return dt.date()  # the calendar date in the header's own offset (naive for -0000)


def resolve(rule, arg, today):
    if rule == "tomorrow":
        return today + timedelta(days=1)
    if rule == "yesterday":
        return today - timedelta(days=1)
    if rule == "weekday":
        return today + timedelta((arg - today.weekday()) % 7)
    if rule == "next_weekday":
        return today + timedelta(7 - today.weekday() + arg)
    if rule == "past_weekday":
        return today - timedelta((today.weekday() - arg) % 7)
    if rule == "this_week":
        return today + timedelta(FRI - today.weekday())
    if rule == "iso_week_friday":
        return date.fromisocalendar(today.year, arg, 5)
    if rule == "end_of_month":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "plus_days":
        return today + timedelta(days=arg)
    if rule == "by_the":
        if today.day <= arg:
            return today.replace(day=arg)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, arg)
    if rule == "first_week":
        y = today.year if arg >= today.month else today.year + 1
        return date(y, arg, 7)
    if rule == "dm_past":
        d, m = arg
        c = date(today.year, m, d)
        return c if c <= today else date(today.year - 1, m, d)
    if rule == "dm_future":
        d, m = arg
        c = date(today.year, m, d)
        return c if c >= today else date(today.year + 1, m, d)
    if rule == "mdy_us":
        mm, dd, yy = (int(x) for x in arg.split("/"))
        return date(yy, mm, dd)
    if rule == "dmy_eu":
        dd, mm, yy = (int(x) for x in re.split(r"[/.]", arg))
        return date(yy, mm, dd)
    raise ValueError(rule)


def html_to_text(s):
    s = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def all_text(msg):
    out = []
    for part in msg.walk():
        for h in ("Subject",):
            if part.get(h):
                out.append(str(part[h]))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "text/rfc822-headers":
            t = part.get_content()
            inner = email.message_from_string(t, policy=email.policy.default)
            out.append(t)
            if inner.get("Subject"):
                out.append(str(inner["Subject"]))
        elif ct.startswith("text/"):
            t = part.get_content()
            if "\ufffd" in t:
                bad("U+FFFD in decoded %s part" % ct)
            out.append(html_to_text(t) if ct == "text/html" else t)
    return "\n".join(out)


def squash(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        bad("expected 80/80 lines, got %d/%d" % (len(emails), len(labels)))
    keys_seen, intents, langs, inj = set(), Counter(), Counter(), []
    rules_used, amounts_used = set(), set()
    for n, (e, lab) in enumerate(zip(emails, labels), 1):
        id_ = "pt%02d" % n
        if e["id"] != id_ or lab["id"] != id_:
            bad("%s: id order (%s/%s)" % (id_, e["id"], lab["id"]))
        extra = set(lab) - set(FIELDS) - {"injection"}
        missing = set(FIELDS) - set(lab)
        if extra or missing:
            bad("%s: label keys extra=%s missing=%s" % (id_, extra, missing))
        if "injection" in lab and lab["injection"] is not True:
            bad("%s: injection must be true when present" % id_)
        m = re.match(r"^\[([A-L])(\d\d), ([a-z]{2})-([A-Z]{2})\] \S", lab["note"])
        if not m:
            bad("%s: note prefix" % id_)
            continue
        key = m.group(1) + m.group(2)
        if key in keys_seen:
            bad("%s: duplicate key %s" % (id_, key))
        keys_seen.add(key)
        if LETTER[m.group(1)] != lab["intent"]:
            bad("%s/%s: key letter does not match intent %s" % (id_, key, lab["intent"]))
        intents[lab["intent"]] += 1
        langs[m.group(3)] += 1
        if lab.get("injection"):
            inj.append((key, lab["intent"]))
        if lab["intent"] not in INTENTS:
            bad("%s: intent %s" % (key, lab["intent"]))
        if lab["dispute_reason"] is not None:
            if lab["dispute_reason"] not in REASONS:
                bad("%s: dispute_reason" % key)
            if lab["intent"] not in ("dispute", "legal_or_insolvency"):
                bad("%s: dispute_reason on a non-dispute" % key)
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            bad("%s: dispute without reason" % key)
        if (lab["promised_amount"] is None) != (lab["currency"] is None):
            bad("%s: currency must be null exactly when promised_amount is" % key)
        if lab["promised_amount"] is not None:
            if not re.match(r"^\d+\.\d\d$", lab["promised_amount"]):
                bad("%s: amount format" % key)
            if lab["currency"] not in ISO4217:
                bad("%s: currency" % key)
        for f in DATE_FIELDS:
            v = lab[f]
            if v is not None:
                try:
                    date.fromisoformat(v)
                except ValueError:
                    bad("%s: %s not ISO" % (key, f))
        if lab["intent"] != "out_of_office" and lab["return_date"]:
            bad("%s: return_date outside out_of_office" % key)
        if not isinstance(lab["invoice_numbers"], list) or len(set(lab["invoice_numbers"])) != len(lab["invoice_numbers"]):
            bad("%s: invoice_numbers list/dupes" % key)
        for inv in lab["invoice_numbers"]:
            if not re.match(r"^INV-\d{4}$", inv):
                bad("%s: invoice format %s" % (key, inv))

        # ---- parse the message as the contract says
        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                bad("%s: parser defects %s" % (key, part.defects))
        to = str(msg["To"] or "")
        cm = re.search(r"collections\+(H\d{4})@ar\.haldenprint\.example", to)
        if not cm:
            bad("%s: case id not in To" % key)
        case = cm.group(1) if cm else None
        irt = msg["In-Reply-To"]
        auto = (msg["Auto-Submitted"] or "").strip().lower()
        if irt and case and not str(irt).startswith("<%s." % case):
            bad("%s: In-Reply-To does not thread to case %s" % (key, case))
        if lab["intent"] == "out_of_office" and auto in ("", "no"):
            bad("%s: out_of_office without Auto-Submitted" % key)
        if lab["intent"] not in ("out_of_office", "delivery_failure") and key != "K03":
            if auto not in ("", "no"):
                bad("%s: human reply marked Auto-Submitted" % key)
            if not irt:
                bad("%s: human reply without In-Reply-To" % key)
        if lab["intent"] == "delivery_failure":
            ctype = msg.get_content_type()
            if ctype != "multipart/report" and "Mail delivery failed" not in str(msg["Subject"]):
                bad("%s: bounce shape" % key)
        text = all_text(msg)
        flat = squash(text)
        digits_text = flat
        for inv in lab["invoice_numbers"]:
            if inv[4:] not in digits_text:
                bad("%s: %s not in message" % (key, inv))
        # every INV- number in the message must be either labelled or explained by a
        # customer text that names others (checked by hand); here: labelled set non-empty
        # unless the message has no invoice number at all
        found = set(re.findall(r"INV-(\d{4})", flat))
        if not lab["invoice_numbers"] and found:
            bad("%s: empty invoice_numbers but message has %s" % (key, found))
        if lab["invoice_numbers"] and not found and not re.search(r"\b\d{4}\b", flat):
            bad("%s: labelled invoices but none found" % key)
        for f in ("new_contact_email", "payment_reference"):
            if lab[f] is not None and lab[f] not in flat:
                bad("%s: %s %r not in message" % (key, f, lab[f]))
        if lab["new_contact_email"] and lab["new_contact_email"].lower() == str(msg["From"].addresses[0].addr_spec).lower():
            bad("%s: new_contact_email is the sender" % key)

        # ---- dates
        today = today_of(msg)
        for f in DATE_FIELDS:
            if lab[f] is not None and not any(r[0] == f for r in RULES.get(key, [])):
                bad("%s: %s has no rule in check.py" % (key, f))
        for f, rule, arg, phrase in RULES.get(key, []):
            rules_used.add(key)
            got = resolve(rule, arg, today)
            if lab[f] != got.isoformat():
                bad("%s: %s label %s but rule %s(%s) from %s gives %s" % (
                    key, f, lab[f], rule, arg, today, got))
            if squash(phrase) not in flat:
                bad("%s: phrase %r not in message" % (key, phrase))
        if key == "G05" and resolve("weekday", MON, today) != resolve("next_weekday", MON, today):
            bad("G05: readings of 'el próximo lunes' differ")

        # ---- amounts
        if lab["promised_amount"] is not None:
            if key not in AMOUNTS:
                bad("%s: amount without a check entry" % key)
            else:
                amounts_used.add(key)
                rawamt, cur = AMOUNTS[key]
                if squash(rawamt) not in flat:
                    bad("%s: amount text %r not in message" % (key, rawamt))
                if norm_amount(rawamt) != lab["promised_amount"]:
                    bad("%s: %r normalises to %s, label %s" % (key, rawamt, norm_amount(rawamt),
                                                              lab["promised_amount"]))
                if cur != lab["currency"]:
                    bad("%s: currency %s vs %s" % (key, cur, lab["currency"]))
        elif key in AMOUNTS:
            bad("%s: check entry for an amount the label lacks" % key)

    unused = (set(RULES) - rules_used) | (set(AMOUNTS) - amounts_used)
    if unused:
        bad("check.py entries not used: %s" % sorted(unused))
    for it in INTENTS:
        if intents[it] < 3:
            bad("intent %s has only %d" % (it, intents[it]))
    if len(inj) != 6:
        bad("expected 6 injection items, got %d" % len(inj))
    if langs.most_common(1)[0][0] != "en":
        bad("English should be the largest language")
    if len(langs) < 8:
        bad("too few languages")

    print("intents:", dict(sorted(intents.items(), key=lambda kv: INTENTS.index(kv[0]))))
    print("languages:", dict(langs.most_common()))
    print("injection:", inj)
    if PROBLEMS:
        print("\n%d PROBLEM(S):" % len(PROBLEMS))
        for p in PROBLEMS:
            print("  -", p)
        sys.exit(1)
    print("OK: %d messages, %d date labels and %d amounts re-derived" % (
        len(emails), sum(len(v) for v in RULES.values()), len(AMOUNTS)))


if __name__ == "__main__":
    main()
