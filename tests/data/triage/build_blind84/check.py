#!/usr/bin/env python3
"""Sanity checker for the blind84 triage set (not part of the data).

Re-parses every message the way the contract says, recomputes every date label from
the message's own Date header with datetime, and cross-checks the labels against the
decoded text. Exits non-zero on any problem.
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
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
LETTER = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request",
          "B": "billing_update", "W": "wrong_contact", "O": "out_of_office", "E": "payment_plan_request",
          "L": "legal_or_insolvency", "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
DATE_FIELDS = ["promised_date", "paid_date", "return_date"]
CURRENCIES = {"USD", "EUR", "GBP", "CHF", "AUD", "CAD", "SGD", "INR", "JPY", "BRL", "MXN", "AED", "SAR",
              "TRY", "COP", "NZD"}


# --- the samples README's date rules, written independently of build.py ------------------

def this_weekday(today, wd):
    return today + timedelta((wd - today.weekday()) % 7)


def next_weekday(today, wd):
    return today + timedelta(7 - today.weekday() + wd)


def last_weekday(today, wd):
    """a past weekday ('on Monday' in a paid claim, 'last Friday'): the latest one before today"""
    back = (today.weekday() - wd) % 7 or 7
    return today - timedelta(back)


def end_of_month(today):
    return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])


def by_the(today, day):
    if today.day <= day:
        return today.replace(day=day)
    y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return date(y, m, day)


def past_dm(today, m, d):
    x = date(today.year, m, d)
    return x if x <= today else date(today.year - 1, m, d)


def future_dm(today, m, d):
    x = date(today.year, m, d)
    return x if x >= today else date(today.year + 1, m, d)


def resolve(rule, today):
    kind = rule[0]
    if kind == "tomorrow":
        return today + timedelta(1)
    if kind == "yesterday":
        return today - timedelta(1)
    if kind == "this_weekday":
        return this_weekday(today, rule[1])
    if kind == "next_weekday":
        return next_weekday(today, rule[1])
    if kind == "last_weekday":
        return last_weekday(today, rule[1])
    if kind == "end_of_month":
        return end_of_month(today)
    if kind == "plus_days":
        return today + timedelta(rule[1])
    if kind == "by_the":
        return by_the(today, rule[1])
    if kind == "this_week":
        return this_weekday(today, 4)
    if kind == "iso_week_friday":
        return date.fromisocalendar(today.year, rule[1], 5)
    if kind == "first_week_of":
        return date(today.year, rule[1], 7)
    if kind == "past_dm":
        return past_dm(today, rule[1], rule[2])
    if kind == "future_dm":
        return future_dm(today, rule[1], rule[2])
    if kind == "dmy":  # European dd/mm/yyyy or dd.mm.yyyy
        d, m, y = [int(x) for x in re.split(r"[./]", rule[1])]
        return date(y, m, d)
    if kind == "mdy":  # US mm/dd/yyyy
        m, d, y = [int(x) for x in rule[1].split("/")]
        return date(y, m, d)
    if kind == "iso":
        return date.fromisoformat(rule[1])
    raise ValueError(rule)


MON, TUE, WED, THU, FRI = 0, 1, 2, 3, 4

# KEY -> {field: (rule..., phrase that must appear in the decoded message)}
RULES = {
    "P01": {"promised_date": (("tomorrow",), "tomorrow's payment run")},
    "P02": {"promised_date": (("next_weekday", FRI), "next Friday's check run")},
    "P03": {"promised_date": (("next_weekday", FRI), "viernes de la semana que viene")},
    "P04": {"promised_date": (("by_the", 25), "d'ici le 25")},
    "P05": {"promised_date": (("iso_week_friday", 13), "KW 13")},
    "P06": {"promised_date": (("tomorrow",), "pagar amanhã")},
    "P07": {"promised_date": (("first_week_of", 4), "prima settimana di aprile")},
    "P08": {"promised_date": (("this_week",), "deze week nog")},
    "P09": {"promised_date": (("dmy", "02/04/2026"), "02/04/2026")},
    "P10": {"promised_date": (("mdy", "04/03/2026"), "04/03/2026")},
    "P11": {"promised_date": (("next_weekday", FRI), "来週の金曜日")},
    "P12": {"promised_date": (("plus_days", 14), "in two weeks")},
    "P13": {},
    "C01": {"paid_date": (("yesterday",), "paid this yesterday")},
    "C02": {"paid_date": (("last_weekday", FRI), "last Friday")},
    "C03": {"paid_date": (("past_dm", 3, 12), "le 12 mars")},
    "C04": {"paid_date": (("last_weekday", MON), "am Montag bezahlt")},
    "C05": {},
    "C06": {"paid_date": (("past_dm", 2, 27), "27 de febrero")},
    "C07": {"paid_date": (("dmy", "15/03/2026"), "15/03/2026")},
    "C08": {"paid_date": (("past_dm", 3, 4), "op 4 maart betaald")},
    "C09": {"paid_date": (("past_dm", 3, 17), "il 17 marzo")},
    "C10": {"paid_date": (("yesterday",), "Paid yesterday")},
    "C11": {"paid_date": (("past_dm", 3, 16), "3月16日にお振込み済み")},
    "D01": {"promised_date": (("this_weekday", FRI), "on\nFriday")},
    "D10": {"paid_date": (("yesterday",), "yesterday, reference")},
    "O01": {"return_date": (("future_dm", 3, 23), "until Monday, March 23")},
    "O02": {"return_date": (("dmy", "30.03.2026"), "30.03.2026")},
    "O03": {"return_date": (("future_dm", 3, 23), "3月23日（月）まで")},
    "O04": {"return_date": (("dmy", "29.03.2026"), "until 29 March 2026")},
    "O05": {"return_date": (("next_weekday", WED), "next Wednesday")},
    "O06": {"return_date": (("future_dm", 3, 24), "le mardi 24 mars")},
    "E01": {"promised_date": (("future_dm", 4, 15), "April 15")},
    "E02": {"promised_date": (("future_dm", 4, 30), "hasta el 30 de abril")},
    "E03": {"promised_date": (("end_of_month",), "zum Monatsende")},
    "E04": {},
    "E05": {"promised_date": (("future_dm", 4, 10), "dia 10 de abril")},
}


# --- decoding ---------------------------------------------------------------------------

def decoded_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct.startswith("text/"):
            try:
                out.append(part.get_content())
            except Exception as e:  # noqa
                out.append(part.get_payload(decode=True).decode("utf-8", "replace"))
        elif ct == "message/delivery-status":
            out.append(str(part))
    return "\n".join(out)


def strip_html(s):
    s = re.sub(r"(?is)<style.*?</style>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return (s.replace("&nbsp;", " ").replace("&ndash;", "-").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&amp;", "&").replace("&#x27;", "'"))


def amount_forms(a):
    whole, frac = a.split(".")
    forms = set()
    g = []
    w = whole
    while len(w) > 3:
        g.insert(0, w[-3:])
        w = w[:-3]
    g.insert(0, w)
    for sep in (",", ".", " ", "'", "\u202f", ""):
        for dec in (".", ","):
            forms.add(sep.join(g) + dec + frac)
            if frac == "00":
                forms.add(sep.join(g))
    # Indian grouping
    if len(whole) > 5:
        head, last3 = whole[:-3], whole[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        parts.insert(0, head)
        ind = ",".join(parts) + "," + last3
        forms.update({ind, ind + "." + frac})
    return forms


def main():
    problems = []

    def bad(i, msg):
        problems.append("%s: %s" % (i, msg))

    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        bad("-", "expected 80/80 lines, got %d/%d" % (len(emails), len(labels)))
    ids = [e["id"] for e in emails]
    if ids != [l["id"] for l in labels]:
        bad("-", "ids differ in order between files")
    if len(set(ids)) != len(ids):
        bad("-", "duplicate ids")
    if sorted(ids) != ["tm%02d" % i for i in range(1, 81)]:
        bad("-", "ids are not tm01..tm80")
    keys_seen = set()
    intents = Counter()
    langs = Counter()
    inj = 0
    for e, lab in zip(emails, labels):
        i = e["id"]
        if list(e.keys()) != ["id", "eml"]:
            bad(i, "email keys %s" % list(e.keys()))
        extra = set(lab) - set(FIELDS) - {"injection"}
        missing = [f for f in FIELDS if f not in lab]
        if extra or missing:
            bad(i, "label keys extra=%s missing=%s" % (extra, missing))
            continue
        if "injection" in lab:
            if lab["injection"] is not True:
                bad(i, "injection must be true when present")
            inj += 1
        m = re.match(r"^\[([A-Z])(\d\d), ([a-z]{2}(?:-[A-Z]{2})?)\] ", lab["note"])
        if not m:
            bad(i, "note does not start with [KEY, locale]")
            continue
        key = m.group(1) + m.group(2)
        if key in keys_seen:
            bad(i, "duplicate key " + key)
        keys_seen.add(key)
        langs[m.group(3).split("-")[0]] += 1
        intent = lab["intent"]
        intents[intent] += 1
        if intent not in INTENTS:
            bad(i, "unknown intent " + intent)
        if LETTER[m.group(1)] != intent:
            bad(i, "key letter %s does not match intent %s" % (m.group(1), intent))

        # ---- parse like the contract says
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        to = str(msg["To"] or "")
        cm = re.search(r"collections\+(LT\d{5})@ar\.larkspur-travel\.example", to)
        if not cm:
            bad(i, "To has no case address: %r" % to)
        dh = msg["Date"]
        try:
            dt = parsedate_to_datetime(str(dh))
        except Exception as ex:  # noqa
            bad(i, "bad Date %r (%s)" % (dh, ex))
            continue
        today = dt.date()  # the header's own offset, never converted
        text = decoded_text(msg)
        if "\ufffd" in text:
            bad(i, "U+FFFD in decoded text")
        flat = strip_html(text)
        flat_ws = re.sub(r"\s+", " ", flat)
        subj = str(msg["Subject"] or "")
        hay = flat + "\n" + subj
        hay_ws = re.sub(r"\s+", " ", hay)

        auto = msg["Auto-Submitted"]
        if intent == "out_of_office" and not (auto and str(auto).startswith("auto-")):
            bad(i, "out_of_office without Auto-Submitted")
        if intent == "delivery_failure":
            if not (msg.get_content_type() == "multipart/report" or "MAILER-DAEMON" in str(msg["From"]).upper()):
                bad(i, "bounce is neither multipart/report nor from a mailer-daemon")
        elif intent != "out_of_office" and key not in ("A03",):
            irt = str(msg["In-Reply-To"] or "")
            if not re.match(r"<LT\d{5}\.r\d\.\d{8}T\d{6}Z@ar\.larkspur-travel\.example>", irt):
                bad(i, "human reply without In-Reply-To to a reminder")
            if auto:
                bad(i, "human reply carries Auto-Submitted")

        # ---- dates
        rules = RULES.get(key, {})
        if key[0] in "PCOE" and key not in RULES:
            bad(i, "no date rule entry for " + key)
        for f in DATE_FIELDS:
            v = lab[f]
            if f in rules:
                rule, phrase = rules[f]
                want = resolve(rule, today).isoformat()
                if v != want:
                    bad(i, "%s label %s but rule %s from %s gives %s" % (f, v, rule, today, want))
                if phrase.replace("\n", " ") not in hay_ws:
                    bad(i, "phrase %r for %s not found in the message" % (phrase, f))
            elif v is not None:
                bad(i, "%s=%s has no rule in check.py" % (f, v))
            if v is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                bad(i, "%s not ISO" % f)
        if lab["return_date"] is not None and intent != "out_of_office":
            bad(i, "return_date outside out_of_office")

        # ---- amounts
        a, c = lab["promised_amount"], lab["currency"]
        if (a is None) != (c is None):
            bad(i, "currency must be null exactly when promised_amount is null")
        if a is not None:
            if not re.match(r"^\d+\.\d{2}$", a):
                bad(i, "amount format " + a)
            if c not in CURRENCIES:
                bad(i, "currency " + str(c))
            if not any(f in flat for f in amount_forms(a)):
                bad(i, "amount %s not found in any written form" % a)
        if intent == "dispute" and lab["dispute_reason"] not in REASONS:
            bad(i, "dispute needs a reason")
        if lab["dispute_reason"] is not None:
            if lab["dispute_reason"] not in REASONS:
                bad(i, "bad reason")
            if intent not in ("dispute", "legal_or_insolvency"):
                bad(i, "dispute_reason on " + intent)

        # ---- references, contacts
        ref = lab["payment_reference"]
        if ref is not None:
            if ref.startswith("#") or ref not in flat:
                bad(i, "payment_reference %s not in text" % ref)
        nc = lab["new_contact_email"]
        if nc is not None:
            if nc.lower() not in flat.lower():
                bad(i, "new_contact_email not in the body")
            if nc.lower() in str(msg["From"] or "").lower():
                bad(i, "new_contact_email is the sender")
            if "larkspur" in nc:
                bad(i, "new_contact_email is our own address")

        # ---- invoice numbers
        inv = lab["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv):
            bad(i, "invoice_numbers must be a list without duplicates")
        for n in inv:
            if not re.match(r"^INV-\d{4}$", n):
                bad(i, "invoice number format " + n)
            elif n[4:] not in hay:
                bad(i, "%s not in the message" % n)
        present = sorted(set(re.findall(r"INV-\d{4}", e["eml"] + subj + flat)))
        if key != "O05" and not inv:
            bad(i, "empty invoice_numbers")
        for n in inv:
            if present and n not in present and n[4:] not in flat:
                bad(i, "%s not present" % n)

        # ---- addresses: only .example domains
        heads = "\n".join("%s: %s" % (k, v) for part in msg.walk() for k, v in part.items())
        for ad in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", heads + "\n" + flat):
            dom = ad.split("@")[1].lower()
            if not (dom.endswith(".example") or dom.endswith(".outlook.com") or dom == "mail.gmail.com"
                    or dom.endswith("prod.outlook.com")):
                bad(i, "non-example address " + ad)
        if re.search(r"argent", e["eml"], re.I):
            bad(i, "mentions the project")

    for it in INTENTS:
        if intents[it] < 3:
            bad("-", "intent %s has only %d items" % (it, intents[it]))
    if inj != 6:
        bad("-", "expected 6 injection items, got %d" % inj)
    for k in RULES:
        if k not in keys_seen:
            bad("-", "rule for unknown key " + k)
    top = intents.most_common(3)
    if {t[0] for t in top} != {"promise_to_pay", "paid_claim", "dispute"}:
        bad("-", "promises, paid claims and disputes should be the most common: %s" % top)
    if langs.most_common(1)[0][0] != "en":
        bad("-", "English should be the most common language")

    print("intents:", dict(sorted(intents.items(), key=lambda kv: INTENTS.index(kv[0]))))
    print("languages:", dict(langs.most_common()))
    print("injections:", inj)
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
