#!/usr/bin/env python3
"""Sanity checker for the blind88 triage set (not part of the data).

Re-parses every message the way the contract says, re-derives every date label
from the message's own Date header with datetime, and checks that amounts,
references, addresses and invoice numbers in the labels are really in the
decoded text. Exits non-zero on any problem.
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
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
DATE_FIELDS = ["promised_date", "paid_date", "return_date"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement",
           "other"]
LETTER = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request",
          "B": "billing_update", "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request",
          "L": "legal_or_insolvency", "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
REASONS = ["pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"]
CURRENCIES = {"USD", "GBP", "EUR", "AUD", "NZD", "CAD", "ZAR", "CHF", "SEK", "DKK", "CZK", "KRW", "CNY", "TWD",
              "MXN", "BRL", "SGD"}

# ------------------------------------------------------------ date rules ----
# KEY -> [(field, rule, arg, phrase as written in the message)]


def this_weekday(today, wd):
    return today + timedelta((wd - today.weekday()) % 7)


def next_weekday(today, wd):
    return today + timedelta(7 - today.weekday() + wd)


def last_weekday(today, wd):  # most recent such weekday strictly before today
    d = (today.weekday() - wd) % 7
    return today - timedelta(d if d else 7)


def end_of_month(today):
    return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])


def by_the(today, day):
    if today.day <= day:
        return today.replace(day=day)
    y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return date(y, m, day)


def dm_past(today, m, d):
    x = date(today.year, m, d)
    return x if x <= today else date(today.year - 1, m, d)


def dm_future(today, m, d):
    x = date(today.year, m, d)
    return x if x >= today else date(today.year + 1, m, d)


def resolve(today, rule, arg):
    if rule == "plus":
        return today + timedelta(days=arg)
    if rule == "this_wd":
        return this_weekday(today, arg)
    if rule == "next_wd":
        return next_weekday(today, arg)
    if rule == "last_wd":
        return last_weekday(today, arg)
    if rule == "eom":
        return end_of_month(today)
    if rule == "eom_named":
        return date(today.year, arg, calendar.monthrange(today.year, arg)[1])
    if rule == "by_the":
        return by_the(today, arg)
    if rule == "this_week":
        return this_weekday(today, 4)
    if rule == "isoweek_fri":
        return date.fromisocalendar(today.year, arg, 5)
    if rule == "first_week_of":
        return date(today.year, arg, 7)
    if rule == "us_mdy":
        m, d, y = map(int, arg.split("/"))
        return date(y, m, d)
    if rule == "eu_dmy":
        d, m, y = map(int, arg.split("/"))
        return date(y, m, d)
    if rule == "eu_dm_past":
        d, m = map(int, arg.split("/"))
        return dm_past(today, m, d)
    if rule == "us_md_future":
        m, d = map(int, arg.split("/"))
        return dm_future(today, m, d)
    if rule == "dm_past":
        return dm_past(today, *arg)
    if rule == "dm_future":
        return dm_future(today, *arg)
    if rule == "explicit":
        return date.fromisoformat(arg)
    raise ValueError(rule)


RULES = {
    "P01": [("promised_date", "this_wd", 4, "on Friday")],
    "P02": [("promised_date", "next_wd", 4, "next Friday")],
    "P03": [("promised_date", "plus", 1, "tomorrow")],
    "P04": [("promised_date", "eom", None, "a finales de mes")],
    "P05": [("promised_date", "by_the", 15, "d'ici le 15")],
    "P06": [("promised_date", "isoweek_fri", 13, "in KW 13")],
    "P07": [("promised_date", "next_wd", 2, "volgende week woensdag")],
    "P08": [("promised_date", "eom", None, "entro fine mese")],
    "P09": [("promised_date", "this_week", None, "denna vecka")],
    "P10": [("promised_date", "us_mdy", "03/04/2026", "03/04/2026")],
    "P11": [("promised_date", "eom", None, "do konce měsíce")],
    "P12": [("promised_date", "next_wd", 2, "下周三")],
    "P13": [("promised_date", "next_wd", 4, "le vendredi de la semaine prochaine")],
    "P14": [("promised_date", "first_week_of", 4, "first week of April")],
    "C01": [("paid_date", "plus", -1, "yesterday")],
    "C02": [("paid_date", "last_wd", 0, "on Monday")],
    "C03": [("paid_date", "eu_dm_past", "4/3", "le 4/3")],
    "C04": [("paid_date", "plus", -1, "gestern")],
    "C05": [("paid_date", "dm_past", (3, 16), "op 16 maart")],
    "C06": [("paid_date", "eu_dmy", "02/04/2026", "02/04/2026")],
    "C07": [("paid_date", "plus", -1, "Ayer")],
    "C08": [("paid_date", "eu_dmy", "03/04/2026", "on 03/04/2026")],
    "C09": [("paid_date", "plus", 0, "i dag")],
    "C10": [("paid_date", "plus", -1, "어제")],
    "C11": [("paid_date", "dm_past", (3, 27), "Friday 27 March")],
    "C12": [("paid_date", "dm_past", (3, 5), "3月5日")],
    "D02": [("promised_date", "this_wd", 4, "on Friday")],
    "D09": [("promised_date", "eom", None, "até ao final do mês")],
    "D11": [("paid_date", "plus", -1, "yesterday")],
    "O01": [("return_date", "explicit", "2026-04-13", "Monday 13 April 2026")],
    "O02": [("return_date", "dm_future", (4, 6), "hasta el 6 de abril")],
    "O03": [("return_date", "this_wd", 0, "maandag weer op kantoor")],
    "O04": [("return_date", "dm_future", (3, 23), "3월 23일(월)에 복귀")],
    "O05": [("return_date", "us_md_future", "4/8", "back 4/8")],
    "I01": [("promised_date", "dm_future", (4, 15), "April 15")],
    "I02": [("promised_date", "eom_named", 4, "until the end of April")],
    "I03": [("promised_date", "plus", 14, "daqui a duas semanas")],
    "I04": [("promised_date", "dm_future", (3, 31), "den 31. marts")],
}
# explicit weekday names printed next to a date must agree with the calendar
WEEKDAY_CLAIMS = {"O01": 0, "C11": 4, "O04": 0}
# The header's local date must differ from the UTC date for these (time-zone traps)
TZ_TRAPS = {"P03", "C07", "C10"}

QUOTE_START = re.compile(
    r"^(>|_{10,}|-----Original Message-----|On .*wrote:|Le .*a écrit|Am .*schrieb|El .*escribió|Op .*schreef|"
    r"Il giorno|Em .*escreveu|Den .*skrev|.*odesílatel .*napsal|.*님이 작성|.*写道|"
    r"(From|Von|De|Da|Van|Från|Fra|Od|发件人|寄件者)\s?:)", re.M)

errors = []


def err(id_, msg):
    errors.append("%s: %s" % (id_, msg))


def norm_ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def strip_html(h):
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


def texts(msg):
    """(plain_text_parts, all_text) decoded."""
    plain, alltext = [], []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "text/plain":
            t = part.get_content()
            plain.append(t)
            alltext.append(t)
        elif ct == "text/html":
            t = strip_html(part.get_content())
            alltext.append(t)
        elif ct == "text/rfc822-headers":
            t = part.get_content()
            alltext.append(t)
            for line in t.splitlines():
                if line.lower().startswith("subject:"):
                    alltext.append(str(email.header.make_header(email.header.decode_header(line[8:].strip()))))
    for part in msg.walk():  # headers of embedded messages
        if part is not msg and part.get("Subject"):
            alltext.append(str(part["Subject"]))
    return plain, "\n".join(alltext)


def amount_variants(a):
    ip, fr = a.split(".")
    n = int(ip)
    g = "{:,}".format(n)
    vs = {a, ip + "," + fr, g + "." + fr, g.replace(",", ".") + "," + fr, g.replace(",", " ") + "," + fr,
          g.replace(",", "'") + "." + fr, g.replace(",", " ") + "." + fr}
    if fr == "00":
        vs |= {ip, g, g.replace(",", "."), g.replace(",", " "), g.replace(",", "'")}
    return vs


def own_text(plain_parts, alltext, is_html_only):
    base = plain_parts[0] if plain_parts else alltext
    m = QUOTE_START.search(base)
    return base[:m.start()] if m else base


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        err("*", "expected 80/80 lines, got %d/%d" % (len(emails), len(labels)))
    ids = [e["id"] for e in emails]
    if ids != [l["id"] for l in labels]:
        err("*", "ids / order differ between files")
    if sorted(ids) != ["ev%02d" % i for i in range(1, 81)]:
        err("*", "ids are not ev01..ev80")
    keys_seen = set()
    locs = Counter()
    for e, lab in zip(emails, labels):
        id_ = e["id"]
        # ---- schema
        expect = ["id"] + FIELDS + (["injection"] if "injection" in lab else []) + ["note"]
        if list(lab.keys()) != expect:
            err(id_, "label keys %s" % list(lab.keys()))
        if "injection" in lab and lab["injection"] is not True:
            err(id_, "injection must be true when present")
        m = re.match(r"^\[([A-Z])(\d\d), ([a-z]{2}-[A-Z]{2})\] \S", lab["note"])
        if not m:
            err(id_, "note prefix")
            continue
        key = m.group(1) + m.group(2)
        if key in keys_seen:
            err(id_, "duplicate key " + key)
        keys_seen.add(key)
        locs[m.group(3)] += 1
        if LETTER[m.group(1)] != lab["intent"]:
            err(id_, "key letter %s does not match intent %s" % (m.group(1), lab["intent"]))
        if lab["intent"] not in INTENTS:
            err(id_, "bad intent")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            err(id_, "bad dispute_reason")
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            err(id_, "dispute without reason")
        if lab["intent"] not in ("dispute", "legal_or_insolvency") and lab["dispute_reason"] is not None:
            err(id_, "dispute_reason on a non-dispute")
        a = lab["promised_amount"]
        if a is not None and not re.fullmatch(r"\d+\.\d\d", a):
            err(id_, "amount format")
        if (a is None) != (lab["currency"] is None):
            err(id_, "currency must be null exactly when promised_amount is null")
        if lab["currency"] is not None and lab["currency"] not in CURRENCIES:
            err(id_, "currency not ISO / unexpected")
        for f in DATE_FIELDS:
            if lab[f] is not None:
                try:
                    date.fromisoformat(lab[f])
                except ValueError:
                    err(id_, "bad date " + f)
        inv = lab["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv) or any(not re.fullmatch(r"INV-\d{4}", x) for x in inv):
            err(id_, "invoice_numbers format")
        # ---- parse as the contract says
        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            err(id_, "defects %r" % msg.defects)
        dh = msg["Date"]
        dt = parsedate_to_datetime(str(dh))
        if dt.tzinfo is None:
            err(id_, "naive Date")
            continue
        today = dt.date()
        wdm = re.match(r"^\s*([A-Z][a-z]{2}),", str(dh))
        if wdm and wdm.group(1) != dt.strftime("%a"):
            err(id_, "Date weekday mismatch")
        to = str(msg["To"])
        cm = re.search(r"collections\+(C\d{4})@ar\.brightwell-live\.example", to)
        if not cm:
            err(id_, "case address missing from To")
            continue
        case = cm.group(1)
        auto = msg["Auto-Submitted"] is not None and str(msg["Auto-Submitted"]).lower() != "no"
        irt = msg["In-Reply-To"]
        if lab["intent"] != "delivery_failure":
            if not irt or not re.fullmatch(r"<%s\.r[123]\.\d{8}T\d{6}Z@ar\.brightwell-live\.example>" % case, str(irt).strip()):
                err(id_, "In-Reply-To does not point at this case's reminder")
        else:
            frm = str(msg["From"]).lower()
            if not ("mailer-daemon" in frm or "postmaster" in frm):
                err(id_, "bounce not from a mailer daemon / postmaster")
            if not (msg.get_content_type() == "multipart/report" or "delivery" in str(msg["Subject"]).lower()):
                err(id_, "bounce shape")
        if lab["intent"] == "out_of_office" and not auto:
            err(id_, "out_of_office without Auto-Submitted")
        if auto and lab["intent"] not in ("out_of_office", "wrong_contact", "acknowledgement", "delivery_failure"):
            err(id_, "auto-submitted message with a human intent")
        if key.startswith("O") or key in ("W04", "A05"):
            if not auto:
                err(id_, "expected an auto-reply")
        if b"\r\n" in raw and key != "F02":
            err(id_, "unexpected CRLF")
        plain, alltext = texts(msg)
        subject = str(msg["Subject"])
        full = subject + "\n" + alltext
        if "\ufffd" in full:
            err(id_, "U+FFFD in decoded text")
        if plain == [] and msg.get_content_type() != "text/html" and lab["intent"] != "delivery_failure":
            err(id_, "no text/plain part")
        fulln = norm_ws(full)
        # ---- amounts, references, addresses present in the text
        if a is not None and not any(v in fulln or v in full for v in amount_variants(a)):
            err(id_, "amount %s not found in text" % a)
        if lab["payment_reference"] and lab["payment_reference"] not in full:
            err(id_, "payment_reference not in text")
        if lab["payment_reference"] and lab["payment_reference"].startswith("#"):
            err(id_, "reference keeps a leading #")
        nce = lab["new_contact_email"]
        if nce:
            if nce not in full:
                err(id_, "new_contact_email not in text")
            if nce in str(msg["From"]) or "brightwell" in nce:
                err(id_, "new_contact_email is the sender or us")
        # ---- invoice numbers: source order customer text > subject > quoted/returned
        all_inv = list(dict.fromkeys(re.findall(r"INV-\d{4}", full)))
        subj_inv = list(dict.fromkeys(re.findall(r"INV-\d{4}", subject)))
        if lab["intent"] == "delivery_failure":
            if set(inv) != set(all_inv):
                err(id_, "bounce invoice_numbers %s vs returned %s" % (inv, all_inv))
        else:
            own = own_text(plain, alltext, False)
            own_inv = re.findall(r"INV-\d{4}", own)
            own_bare = ["INV-" + x for x in re.findall(r"(?<![\d/.,'-])(\d{4})(?![\d/]|[.,'][\d])", own)
                        if "INV-" + x in inv or "INV-" + x in all_inv]
            kw = re.finditer(r"(?i)(?:invoices?|factuur|facturas?|facture|fattura|rechnung|faktura|fakturu|faktur)"
                             r"[^\n\d]{0,12}(\d{4})(?!\d)((?:\s+(?:y|and|en|und|et|e|og|och|a)\s+\d{4}(?!\d))*)", own)
            for mm in kw:
                own_bare.append("INV-" + mm.group(1))
                own_bare.extend("INV-" + x for x in re.findall(r"\d{4}", mm.group(2)))
            own_bare.sort(key=lambda x: own.find(x[4:]))
            own_all = list(dict.fromkeys(sorted(own_inv + own_bare, key=lambda x: own.find(x) if x in own else own.find(x[4:]))))
            if own_all:
                if set(inv) != set(own_all):
                    err(id_, "invoice_numbers %s but customer text names %s" % (inv, own_all))
                if inv != [x for x in own_all if x in inv]:
                    err(id_, "invoice_numbers not in order of first mention")
            elif subj_inv:
                if set(inv) != set(subj_inv):
                    err(id_, "invoice_numbers %s but Subject names %s" % (inv, subj_inv))
            else:
                if set(inv) != set(all_inv):
                    err(id_, "invoice_numbers %s but quoted text names %s" % (inv, all_inv))
        # ---- dates re-derived from the message's own Date header
        rules = RULES.get(key, [])
        ruled = {r[0] for r in rules}
        for f in DATE_FIELDS:
            if f not in ruled and lab[f] is not None:
                err(id_, "%s set without a checked rule" % f)
        for f, rule, arg, phrase in rules:
            want = resolve(today, rule, arg).isoformat()
            if lab[f] != want:
                err(id_, "%s: label %s, rule %s(%r) from %s gives %s" % (f, lab[f], rule, arg, today, want))
            if norm_ws(phrase) not in fulln:
                err(id_, "phrase %r not found in text" % phrase)
        if key in WEEKDAY_CLAIMS:
            for f in DATE_FIELDS:
                if lab[f] and date.fromisoformat(lab[f]).weekday() != WEEKDAY_CLAIMS[key]:
                    err(id_, "stated weekday disagrees with %s" % lab[f])
        if key in TZ_TRAPS:
            if dt.date() == dt.astimezone(__import__("datetime").timezone.utc).date():
                err(id_, "expected a local/UTC date boundary")
    # ---- set-level checks
    counts = Counter(l["intent"] for l in labels)
    for i in INTENTS:
        if counts[i] < 3:
            err("*", "intent %s has %d < 3 items" % (i, counts[i]))
    top = [i for i, _ in counts.most_common(3)]
    if set(top) != {"promise_to_pay", "paid_claim", "dispute"}:
        err("*", "promises, paid claims and disputes should be the most common: %s" % top)
    ninj = sum(1 for l in labels if l.get("injection"))
    if ninj != 6:
        err("*", "expected 6 injection items, got %d" % ninj)
    langs = Counter(l.split("-")[0] for l in locs.elements())
    for need in ["en", "es", "fr", "de", "nl", "pt", "it", "sv", "da", "cs"]:
        if langs[need] == 0:
            err("*", "language %s missing" % need)
    if langs["ko"] + langs["zh"] == 0:
        err("*", "need Korean or Chinese")
    for need in ["en-GB", "en-US", "en-AU", "en-IE", "en-ZA", "fr-BE", "fr-CH", "de-AT"]:
        if locs[need] == 0:
            err("*", "locale %s missing" % need)
    if langs.most_common(1)[0][0] != "en":
        err("*", "English should be the most common language")
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: 80 messages; intents %s; injections %d; languages %s" % (
        dict(sorted(counts.items())), ninj, dict(sorted(langs.items()))))


if __name__ == "__main__":
    main()
