#!/usr/bin/env python3
"""Sanity checker for blind triage set 163 (not part of the data). Exits non-zero on a problem."""
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
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
           "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
           "delivery_failure", "acknowledgement", "other"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
LETTER = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request",
          "B": "billing_update", "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request",
          "L": "legal_or_insolvency", "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
CURRENCIES = {"AUD", "EUR", "ZAR", "CHF", "BRL", "SEK", "CZK", "CNY", "ISK"}
INJECTIONS = {"P08", "C05", "D10", "I03", "A05", "X01"}

# Independent re-statement of every date label: KEY -> {field: (rule, arg, phrase in the message)}
DATES = {
    "P01": {"promised_date": ("tomorrow", None, "tomorrow")},
    "P02": {"promised_date": ("next", 4, "next Friday")},
    "P03": {"promised_date": ("dmy", "02/04/2026", "02/04/2026")},
    "P04": {"promised_date": ("eom", None, "d'ici la fin du mois")},
    "P05": {"promised_date": ("thisweek", None, "deze week")},
    "P06": {"promised_date": ("bythe", 10, "até o dia 10")},
    "P07": {"promised_date": ("isoweek", 13, "vecka 13")},
    "P08": {"promised_date": ("coming", 4, "on Friday")},
    "P09": {"promised_date": ("next", 4, "下周五")},
    "P10": {"promised_date": ("fixed", "04-07", "first week of April")},
    "P11": {"promised_date": ("eom", None, "do konce měsíce")},
    "C01": {"paid_date": ("yesterday", None, "paid yesterday")},
    "C02": {"paid_date": ("dmy", "27/02/2026", "27/02/2026")},
    "C03": {"paid_date": ("past", "03-06", "paid on 6 March")},
    "C04": {"paid_date": ("past", "03-02", "le 2 mars")},
    "C05": {"paid_date": ("today", None, "Vandaag hebben we")},
    "C06": {"paid_date": ("past", "02-20", "den 20 februari")},
    "C07": {"paid_date": ("dmy", "10.03.2026", "10.03.2026.")},
    "C09": {"paid_date": ("yesterday", None, "ontem")},
    "C10": {"paid_date": ("wdpast", (4, "03-20"), "on Friday 20 March")},
    "C11": {"paid_date": ("wdpast", (0, "03-16"), "on Monday 16 March")},
    "D03": {"paid_date": ("past", "02-20", "on 20 February")},
    "D07": {"promised_date": ("coming", 4, "na sexta-feira")},
    "O01": {"return_date": ("wdfuture", (1, "03-24"), "returning Tuesday 24 March 2026")},
    "O02": {"return_date": ("coming", 0, "back on Monday")},
    "O03": {"return_date": ("future", "04-06", "jusqu'au 6 avril")},
    "O04": {"return_date": ("wdfuture", (0, "03-16"), "Vanaf maandag 16 maart")},
    "O06": {"return_date": ("dmy", "13.3.2026", "do 13. 3. 2026")},
    "I01": {"promised_date": ("next", 4, "starting next Friday")},
    "I02": {"promised_date": ("future", "03-31", "the first on 31 March")},
    "I03": {"promised_date": ("eomnamed", 4, "by the end of April")},
    "I05": {"promised_date": ("plus", 14, "dentro de duas semanas")},
    "I06": {"promised_date": ("future", "04-01", "150.000 kr. 1. apríl")},
}
# KEY -> the amount as written in the message
AMOUNTS = {
    "P01": "$3,418.75", "P02": "EUR 2,960.40", "P03": "R 48 920,00", "P04": "CHF 4'385.20", "P05": "€ 1.249,95",
    "P06": "R$ 7.830,00", "P07": "14 250 kr", "P08": "$2,115.00", "P09": "¥26,400.00", "P11": "38 600 Kč",
    "P12": "R 9 870,00", "C01": "$1,962.30", "C02": "€5,310.00", "C03": "R12,875.50", "C04": "CHF 920.00",
    "C05": "€ 780,00", "C06": "6 480 kr", "C07": "1.145,00 EUR", "C09": "R$ 2.340,90", "C10": "R 3 450,00",
    "C11": "EUR 415.00", "D07": "R$ 4.200,00", "I01": "$500", "I02": "R 20 000,00", "I03": "EUR 8,640.00",
    "I05": "R$ 2.500,00", "I06": "150.000 kr.",
}

problems = []


def bad(msg):
    problems.append(msg)


def norm_amount(s):
    t = re.sub(r"[^0-9.,' ]", "", s).strip().replace("'", "").replace(" ", "")
    m = re.search(r"[.,](\d+)$", t)
    if m and len(m.group(1)) == 2:
        whole, frac = t[:m.start()], m.group(1)
    else:
        whole, frac = t, "00"
    whole = re.sub(r"[.,]", "", whole)
    return "%d.%s" % (int(whole), frac)


def all_text(m):
    chunks = [str(v) for k, v in m.items()]
    for part in m.walk():
        ct = part.get_content_type()
        if part.get_content_maintype() == "text":
            try:
                t = part.get_content()
            except Exception as e:  # noqa
                bad("cannot decode part %s: %s" % (ct, e))
                continue
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
        elif ct == "message/delivery-status":
            for sub in part.get_payload():
                chunks.append(str(sub))
        elif part is not m and ct == "message/rfc822":
            pass  # its subparts are walked too
        if part is not m and part.get_content_maintype() == "message":
            for sub in (part.get_payload() if isinstance(part.get_payload(), list) else []):
                chunks.extend(str(v) for k, v in sub.items())
    return "\n".join(chunks)


def squash(s):
    return re.sub(r"\s+", " ", s)


def resolve(today, rule, arg):
    if rule == "tomorrow":
        return today + timedelta(1)
    if rule == "yesterday":
        return today - timedelta(1)
    if rule == "today":
        return today
    if rule == "coming":
        d = today
        while d.weekday() != arg:
            d += timedelta(1)
        return d
    if rule == "next":
        monday_next = today - timedelta(today.weekday()) + timedelta(7)
        return monday_next + timedelta(arg)
    if rule == "thisweek":
        return today - timedelta(today.weekday()) + timedelta(4)
    if rule == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "eomnamed":
        return date(today.year, arg, calendar.monthrange(today.year, arg)[1])
    if rule == "plus":
        return today + timedelta(arg)
    if rule == "bythe":
        d = today
        while d.day != arg:
            d += timedelta(1)
        return d
    if rule == "isoweek":
        jan4 = date(today.year, 1, 4)
        return jan4 - timedelta(jan4.weekday()) + timedelta(weeks=arg - 1, days=4)
    if rule == "dmy":
        d, mth, y = [int(x) for x in re.split(r"[./]", arg)]
        return date(y, mth, d)
    if rule in ("fixed", "past", "future"):
        mth, d = [int(x) for x in arg.split("-")]
        c = date(today.year, mth, d)
        if rule == "past" and c > today:
            bad("past date after today")
        if rule == "future" and c < today:
            bad("future date before today")
        return c
    if rule in ("wdpast", "wdfuture"):
        wd, md = arg
        mth, d = [int(x) for x in md.split("-")]
        c = date(today.year, mth, d)
        if c.weekday() != wd:
            bad("weekday in the text does not match %s" % c)
        if (rule == "wdpast" and c > today) or (rule == "wdfuture" and c < today):
            bad("explicit date on the wrong side of today: %s" % c)
        return c
    raise ValueError(rule)


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        bad("expected 80 lines each, got %d/%d" % (len(emails), len(labels)))
    ids = ["fl%02d" % i for i in range(1, 81)]
    if [e["id"] for e in emails] != ids or [l["id"] for l in labels] != ids:
        bad("ids are not fl01..fl80 in order in both files")
    seen_keys = set()
    for e, l in zip(emails, labels):
        i = e["id"]
        ks = [k for k in l if k != "injection"]
        if ks != KEYS:
            bad("%s label keys %s" % (i, ks))
        mk = re.match(r"^\[([A-Z])(\d\d), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
        if not mk:
            bad("%s note prefix" % i)
            continue
        key = mk.group(1) + mk.group(2)
        if key in seen_keys:
            bad("dup key " + key)
        seen_keys.add(key)
        if LETTER[mk.group(1)] != l["intent"]:
            bad("%s key letter %s vs intent %s" % (i, key, l["intent"]))
        if l["intent"] not in INTENTS:
            bad("%s intent" % i)
        if (key in INJECTIONS) != bool(l.get("injection")):
            bad("%s injection flag" % i)
        if "injection" in l and l["injection"] is not True:
            bad("%s injection must be true when present" % i)
        try:
            m = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        except Exception as ex:  # noqa
            bad("%s does not parse: %s" % (i, ex))
            continue
        if not re.search(r"collections\+KF\d{4}@ar\.kestrel-fleet\.example", str(m["To"])):
            bad("%s To lacks the case address" % i)
        if m["Date"] is None:
            bad("%s no Date" % i)
            continue
        dt = parsedate_to_datetime(str(m["Date"]))
        today = dt.date()
        text = all_text(m)
        flat = squash(text)
        # auto-replies / bounces
        auto = m["Auto-Submitted"]
        if l["intent"] == "out_of_office" and not auto:
            bad("%s OOO without Auto-Submitted" % i)
        if l["intent"] not in ("out_of_office", "delivery_failure") and auto:
            bad("%s human reply with Auto-Submitted" % i)
        if l["intent"] == "delivery_failure" and m["In-Reply-To"] and "multipart/report" not in m.get_content_type():
            bad("%s odd bounce" % i)
        # fields
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad("%s dispute_reason" % i)
        if (l["intent"] == "dispute") != (l["dispute_reason"] is not None) and l["intent"] != "legal_or_insolvency":
            bad("%s dispute_reason vs intent" % i)
        amt = l["promised_amount"]
        if (amt is None) != (l["currency"] is None):
            bad("%s currency null iff amount null" % i)
        if amt is not None:
            if not re.fullmatch(r"\d+\.\d\d", amt):
                bad("%s amount format %s" % (i, amt))
            if l["currency"] not in CURRENCIES:
                bad("%s currency %s" % (i, l["currency"]))
            ph = AMOUNTS.get(key)
            if ph is None:
                bad("%s amount without a phrase in check table" % i)
            else:
                if squash(ph) not in flat:
                    bad("%s amount phrase %r not in the message" % (i, ph))
                if norm_amount(ph) != amt:
                    bad("%s amount %s != %s from %r" % (i, amt, norm_amount(ph), ph))
        elif key in AMOUNTS:
            bad("%s has an amount phrase but a null amount" % i)
        for f in ("promised_date", "paid_date", "return_date"):
            v = l[f]
            spec = DATES.get(key, {}).get(f)
            if v is None:
                if spec:
                    bad("%s %s null but table has %s" % (i, f, spec))
                continue
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                bad("%s %s format" % (i, f))
            if not spec:
                bad("%s %s=%s has no entry in the date table" % (i, f, v))
                continue
            rule, arg, phrase = spec
            if squash(phrase) not in flat:
                bad("%s date phrase %r not found" % (i, phrase))
            exp = resolve(today, rule, arg).isoformat()
            if exp != v:
                bad("%s %s label %s, recomputed %s (today %s)" % (i, f, v, exp, today))
        for f in ("payment_reference", "new_contact_email"):
            v = l[f]
            if v is not None and not re.search(r"(?<![\w-])" + re.escape(v) + r"(?![\w-])", flat):
                bad("%s %s %r not in the message" % (i, f, v))
        if l["new_contact_email"] is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.example", l["new_contact_email"]):
            bad("%s new_contact_email format" % i)
        inv = l["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv):
            bad("%s invoice_numbers list" % i)
        for n in inv:
            if not re.fullmatch(r"INV-\d{5}", n):
                bad("%s invoice format %s" % (i, n))
            if n[4:] not in text:
                bad("%s invoice %s not in message" % (i, n))
        if l["intent"] != "out_of_office" and not inv:
            bad("%s no invoice numbers" % i)
        for dom in re.findall(r"@([A-Za-z0-9.-]+)", text):
            d = dom.rstrip(".").lower()
            if not (d.endswith(".example") or d.endswith(".prod.outlook.com") or d == "mail.gmail.com"):
                bad("%s non-example domain %s" % (i, dom))
    ic = Counter(l["intent"] for l in labels)
    for it in INTENTS:
        if ic[it] < 3:
            bad("intent %s only %d" % (it, ic[it]))
    if sum(1 for l in labels if l.get("injection")) != 6:
        bad("injection count")
    if set(DATES) - seen_keys or set(AMOUNTS) - seen_keys:
        bad("table keys not in data")
    for p in problems:
        print("PROBLEM:", p)
    print("checked %d messages; intents %s; %d problems" % (len(labels), dict(ic), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
