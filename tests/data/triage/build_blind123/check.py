#!/usr/bin/env python3
"""Sanity checker for the blind triage set.  Exits non-zero on any problem.

Independent of build.py: it parses emails.jsonl as an engine would, and re-derives every labelled
date from the message's own Date header with the samples README's rules (table RULES below).
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
from decimal import Decimal
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement",
           "other"]
GROUP = dict(P="promise_to_pay", C="paid_claim", D="dispute", R="document_request", B="billing_update",
             W="wrong_contact", O="out_of_office", I="payment_plan_request", L="legal_or_insolvency",
             F="delivery_failure", A="acknowledgement", X="other")
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
DATE_FIELDS = ["promised_date", "paid_date", "return_date"]

# KEY -> list of (field, rule, arg, phrase in the email).  Rules follow samples/README.md "Date conventions".
RULES = {
    "P01": [("promised_date", "explicit_future", ("2025-09-12", 4), "Friday 12 September")],
    "P02": [("promised_date", "us_mdy_future", "10/06", "10/06")],
    "P03": [("promised_date", "this_week", None, "this week")],
    "P04": [("promised_date", "next_wd", 4, "el viernes de la semana que viene")],
    "P05": [("promised_date", "by_day", 15, "bis zum 15.")],
    "P06": [("promised_date", "eom", None, "en fin de mois")],
    "P07": [("promised_date", "this_wd", 2, "Wednesday")],
    "P08": [("promised_date", "explicit_future", ("2025-09-30", None), "entro il 30 settembre")],
    "P09": [("promised_date", "next_wd", 1, "volgende week dinsdag")],
    "P10": [("promised_date", "plus_days", 14, "in two weeks")],
    "P11": [("promised_date", "plus_days", 1, "amanhã")],
    "P12": [("promised_date", "plus_days", 1, "tomorrow's ACH")],
    "P13": [("promised_date", "iso_week_friday", 44, "vecka 44")],
    "C01": [("paid_date", "explicit_past", ("2025-09-02", None), "on 2 Sept")],
    "C02": [("paid_date", "plus_days", -1, "yesterday")],
    "C03": [("paid_date", "explicit_past", ("2025-10-03", None), "le 3 octobre")],
    "C04": [("paid_date", "explicit_past", ("2025-09-29", None), "am 29.09.2025")],
    "C05": [("paid_date", "plus_days", -1, "Ayer realizamos")],
    "C06": [("paid_date", "explicit_past", ("2025-09-20", 5), "sabato 20 settembre")],
    "C07": [("paid_date", "eu_dm_past", "24/10", "op 24/10")],
    "C08": [("paid_date", "plus_days", 0, "Paid this morning")],
    "C09": [("paid_date", "explicit_past", ("2025-10-14", None), "14/10/2025")],
    "C10": [("paid_date", "eu_dm_past", "10/11", "em 10/11")],
    "C11": [("paid_date", "explicit_past", ("2025-08-28", None), "on 28 August")],
    "C12": [("paid_date", "explicit_past", ("2025-11-05", None), "5. novembra 2025")],
    "D02": [("promised_date", "this_wd", 4, "on Friday")],
    "D05": [("paid_date", "explicit_past", ("2025-10-20", None), "on 20 October")],
    "D06": [("promised_date", "this_week", None, "esta semana")],
    "I01": [("promised_date", "explicit_future", ("2025-09-30", None), "the first on 30 September")],
    "I02": [("promised_date", "eom_named", 11, "the end of November")],
    "I03": [("promised_date", "eom", None, "a finales de mes")],
    "I05": [("promised_date", "explicit_future", ("2025-12-15", None), "fino al 15 dicembre")],
    "I06": [("promised_date", "explicit_future", ("2025-11-15", None), "do 15. novembra")],
    "O01": [("return_date", "explicit_future", ("2025-09-15", 0), "until Monday 15 September")],
    "O02": [("return_date", "explicit_future", ("2025-10-27", None), "ab dem 27.10.")],
    "O03": [("return_date", "explicit_future", ("2025-11-03", 0), "retour le lundi 3 novembre")],
    "O04": [("return_date", "next_wd", 2, "next Wednesday")],
    "O05": [("return_date", "explicit_future", ("2025-11-17", 0), "Vanaf maandag 17 november")],
    "O06": [("return_date", "explicit_future", ("2025-11-03", 0), "reopen on Monday 3 November")],
}

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def this_weekday(today, wd):
    return today + timedelta((wd - today.weekday()) % 7)


def next_weekday(today, wd):
    return today + timedelta(7 - today.weekday() + wd)


def end_of_month(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def resolve(rule, arg, today):
    if rule == "plus_days":
        return today + timedelta(arg)
    if rule == "this_wd":
        return this_weekday(today, arg)
    if rule == "next_wd":
        return next_weekday(today, arg)
    if rule == "this_week":
        return this_weekday(today, 4) if today.weekday() <= 4 else today - timedelta(today.weekday() - 4)
    if rule == "eom":
        return end_of_month(today.year, today.month)
    if rule == "eom_named":
        y = today.year if arg >= today.month else today.year + 1
        return end_of_month(y, arg)
    if rule == "by_day":
        if today.day <= arg:
            return today.replace(day=arg)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, arg)
    if rule == "iso_week_friday":
        return date.fromisocalendar(today.year, arg, 5)
    if rule in ("explicit_future", "explicit_past"):
        iso, wd = arg
        d = date.fromisoformat(iso)
        if d.year != today.year:
            raise ValueError("explicit date not in the Date's year")
        if rule == "explicit_future" and d < today:
            raise ValueError("future date before today")
        if rule == "explicit_past" and d > today:
            raise ValueError("past date after today")
        if wd is not None and d.weekday() != wd:
            raise ValueError("weekday named in the email does not match")
        return d
    if rule == "us_mdy_future":
        m, dd = map(int, arg.split("/"))
        d = date(today.year, m, dd)
        if d < today:
            d = date(today.year + 1, m, dd)
        return d
    if rule == "eu_dm_past":
        dd, m = map(int, arg.split("/"))
        d = date(today.year, m, dd)
        if d > today:
            d = date(today.year - 1, m, dd)
        return d
    raise ValueError(rule)


def all_text(msg):
    """Decoded text of every text/* part (including parts of attached messages), plus decoded Subject."""
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_type().startswith("text/"):
            out.append(part.get_content())
    return "\n".join(out)


def norm_ws(s):
    s = re.sub(r"<[^>]+>", " ", s)
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


NUM = re.compile(r"\d[\d.,\u00a0\u202f ]*\d|\d")


def amounts_in(text):
    vals = set()
    for m in NUM.finditer(text):
        tok = m.group(0)
        for t in {tok, tok.split(" ")[-1], tok.split(" ")[0]}:
            t = t.replace("\u00a0", " ").replace("\u202f", " ").strip()
            mm = re.match(r"^(.*?)([.,](\d{1,2}))?$", t)
            intpart, dec = mm.group(1), mm.group(3)
            if dec is None:
                intpart = t
            digits = re.sub(r"[.,  ]", "", intpart)
            if not digits.isdigit():
                continue
            try:
                vals.add(Decimal(digits + "." + (dec or "0")).quantize(Decimal("0.01")))
            except Exception:
                pass
        # space-separated thousands ("2 310,00", "1 920,00")
        t = tok.replace("\u00a0", " ").replace("\u202f", " ")
        mm = re.match(r"^(\d{1,3}(?: \d{3})+),(\d{2})$", t)
        if mm:
            vals.add(Decimal(mm.group(1).replace(" ", "") + "." + mm.group(2)))
    return vals


def main():
    E = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    L = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(E) != 80 or len(L) != 80:
        bad("-", "expected 80 emails and 80 labels, got %d/%d" % (len(E), len(L)))
    ids = [e["id"] for e in E]
    if ids != ["kc%02d" % i for i in range(1, 81)]:
        bad("-", "ids are not kc01..kc80 in order")
    if [l["id"] for l in L] != ids:
        bad("-", "labels not in the same order as emails")
    seen_keys = set()
    checked_dates = 0
    for e, lab in zip(E, L):
        rid = e["id"]
        extra = set(lab) - set(KEYS) - {"injection"}
        missing = set(KEYS) - set(lab)
        if extra or missing:
            bad(rid, "keys extra=%s missing=%s" % (extra, missing))
            continue
        if "injection" in lab and lab["injection"] is not True:
            bad(rid, "injection must be true when present")
        m = re.match(r"^\[([A-Z])(\d\d), ([a-z]{2}-[A-Z]{2})\] \S", lab["note"])
        if not m:
            bad(rid, "note does not start with [KEY, locale]")
            continue
        key = m.group(1) + m.group(2)
        if key in seen_keys:
            bad(rid, "duplicate KEY " + key)
        seen_keys.add(key)
        if GROUP.get(m.group(1)) != lab["intent"]:
            bad(rid, "KEY letter %s does not match intent %s" % (m.group(1), lab["intent"]))
        if lab["intent"] not in INTENTS:
            bad(rid, "unknown intent")
        # --- parse
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            text = all_text(msg)
        except Exception as ex:  # noqa
            bad(rid, "parse failure %r" % ex)
            continue
        flat = norm_ws(text)
        to = str(msg.get("To", ""))
        cm = re.search(r"accounts\+(K\d{5})@billing\.kestrelcoaches\.example", to)
        if not cm:
            bad(rid, "To has no case address: %r" % to)
            continue
        case = cm.group(1)
        try:
            dt = parsedate_to_datetime(str(msg["Date"]))
        except Exception:
            bad(rid, "bad Date header")
            continue
        today = dt.date()  # calendar date in the header's own offset
        auto = str(msg.get("Auto-Submitted", "no")).strip().lower()
        irt = str(msg.get("In-Reply-To", ""))
        intent = lab["intent"]
        if intent == "out_of_office":
            if auto in ("", "no"):
                bad(rid, "out_of_office without Auto-Submitted")
        elif intent == "delivery_failure":
            frm = str(msg.get("From", "")).lower()
            if not any(x in frm for x in ("mailer-daemon", "postmaster", "microsoft")):
                bad(rid, "bounce not from a mail system")
        else:
            if auto not in ("", "no"):
                bad(rid, "human reply carries Auto-Submitted")
        if intent != "delivery_failure" or irt:
            mm = re.match(r"<(K\d{5})\.r\d\.(\d{8}T\d{6}Z)@", irt)
            if not mm or mm.group(1) != case:
                bad(rid, "In-Reply-To does not point at the case's reminder: %r" % irt)
            else:
                from datetime import datetime, timezone
                sent = datetime.strptime(mm.group(2), "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
                if dt <= sent:
                    bad(rid, "reply dated before the reminder")
        # --- fields
        for f in DATE_FIELDS:
            v = lab[f]
            if v is not None:
                try:
                    date.fromisoformat(v)
                except ValueError:
                    bad(rid, "%s not ISO" % f)
        rules = RULES.get(key, [])
        ruled = {r[0] for r in rules}
        for f in DATE_FIELDS:
            if lab[f] is not None and f not in ruled:
                bad(rid, "%s=%s has no verification rule" % (f, lab[f]))
        for f, rule, arg, phrase in rules:
            if norm_ws(phrase).lower() not in flat.lower():
                bad(rid, "phrase %r not found in the email" % phrase)
            try:
                exp = resolve(rule, arg, today).isoformat()
            except ValueError as ex:
                bad(rid, "%s rule %s: %s" % (f, rule, ex))
                continue
            checked_dates += 1
            if lab[f] != exp:
                bad(rid, "%s label %s != %s (%s from %s)" % (f, lab[f], exp, rule, today))
        amt, cur = lab["promised_amount"], lab["currency"]
        if (amt is None) != (cur is None):
            bad(rid, "currency null iff amount null violated")
        if amt is not None:
            if not re.match(r"^\d+\.\d\d$", amt):
                bad(rid, "amount format %r" % amt)
            elif Decimal(amt) not in amounts_in(text):
                bad(rid, "amount %s not found in the text" % amt)
            if cur not in ("GBP", "EUR", "USD", "CAD"):
                bad(rid, "currency %r" % cur)
            elif cur not in text:
                bad(rid, "currency %s not in the thread" % cur)
        if lab["payment_reference"] is not None:
            ref = lab["payment_reference"]
            if ref.startswith("#") or norm_ws(ref) not in flat:
                bad(rid, "payment_reference %r not in text as written" % ref)
        if lab["new_contact_email"] is not None:
            nce = lab["new_contact_email"]
            frm = str(msg.get("From", "")).lower()
            if nce not in text or nce.lower() in frm or "kestrelcoaches" in nce:
                bad(rid, "new_contact_email %r not a new address in the text" % nce)
        dr = lab["dispute_reason"]
        if dr is not None and dr not in REASONS:
            bad(rid, "dispute_reason %r" % dr)
        if intent == "dispute" and dr is None:
            bad(rid, "dispute without reason")
        inv = lab["invoice_numbers"]
        if not isinstance(inv, list) or not inv or len(set(inv)) != len(inv):
            bad(rid, "invoice_numbers must be a non-empty list without duplicates")
        else:
            for n in inv:
                if not re.match(r"^INV-\d{4}$", n):
                    bad(rid, "invoice number format %r" % n)
                elif n[4:] not in text:
                    bad(rid, "invoice %s not in the message" % n)
        for n in re.findall(r"INV-\d{4}", text):
            if n not in inv:
                bad(rid, "message mentions %s which is not labelled" % n)
    # --- set-level
    ic = Counter(l["intent"] for l in L)
    for k in INTENTS:
        if ic[k] < 3:
            bad("-", "intent %s has only %d" % (k, ic[k]))
    top = [k for k, _ in ic.most_common(3)]
    if set(top) != {"promise_to_pay", "paid_claim", "dispute"}:
        bad("-", "promises, paid claims and disputes should be the most common, got %s" % top)
    inj = sum(1 for l in L if l.get("injection"))
    if inj != 6:
        bad("-", "expected 6 injections, got %d" % inj)
    langs = Counter(re.match(r"^\[\w+, ([a-z]{2})", l["note"]).group(1) for l in L)
    for lg in ("en", "es", "fr", "de", "it", "pt", "nl", "sv", "nb", "el", "sk", "hr"):
        if langs[lg] < 2:
            bad("-", "language %s has %d messages" % (lg, langs[lg]))
    if langs["en"] != max(langs.values()):
        bad("-", "English should be the most common language")
    if len(seen_keys) != 80:
        bad("-", "expected 80 distinct KEYs")
    missing_rules = set(RULES) - seen_keys
    if missing_rules:
        bad("-", "rules for unknown KEYs %s" % missing_rules)
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    for k in INTENTS:
        if "| `%s` | %d |" % (k, ic[k]) not in readme:
            bad("-", "README count for %s is wrong" % k)
    if problems:
        print("\n".join(problems))
        print("FAILED: %d problem(s)" % len(problems))
        sys.exit(1)
    print("OK: 80 messages, %d dates re-derived, intents %s, injections %d, languages %s" % (
        checked_dates, dict(ic), inj, dict(langs)))


if __name__ == "__main__":
    main()
