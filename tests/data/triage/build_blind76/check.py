#!/usr/bin/env python3
"""Sanity checker for the blind76 triage set (not part of the data).

Re-parses every message as bytes, re-derives every date label from the message's own Date header with an
independent implementation of the samples' date rules, and checks the other labels against the decoded text.
Exits non-zero on any problem.
"""
import calendar
import email
import email.header
import email.policy
import email.utils
import html
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement",
           "other"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
GROUP = dict(P="promise_to_pay", C="paid_claim", D="dispute", R="document_request", B="billing_update",
             W="wrong_contact", O="out_of_office", I="payment_plan_request", L="legal_or_insolvency",
             F="delivery_failure", A="acknowledgement", X="other")
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
ISO = {"GBP", "EUR", "USD", "AUD", "CAD", "NZD", "ZAR", "SGD", "INR", "MXN", "ARS", "CLP", "BRL", "CHF", "DKK",
       "SEK", "HUF", "PLN"}

# Independent table: key -> field -> (rule, phrase that must be in the customer's own text)
MON, TUE, WED, THU, FRI = 0, 1, 2, 3, 4
DATE_RULES = {
    "P01": {"promised_date": (("this", FRI), "on Friday")},
    "P02": {"promised_date": (("plus", 1), "tomorrow")},
    "P03": {"promised_date": (("next", FRI), "el viernes de la semana que viene")},
    "P04": {"promised_date": (("kw", 12), "in KW 12")},
    "P05": {"promised_date": (("future", 3, 10), "le 10 mars")},
    "P06": {"promised_date": (("mdy_us", "05/04/2026"), "05/04/2026")},
    "P07": {"promised_date": (("by", 25), "até o dia 25")},
    "P08": {"promised_date": (("thisweek",), "deze week")},
    "P09": {"promised_date": (("abs", "2026-04-02"), "the 2nd of April")},
    "P10": {"promised_date": (("eom",), "entro fine mese")},
    "P11": {"promised_date": (("plus", 14), "in two weeks")},
    "P12": {"promised_date": (("this", FRI), "på fredag")},
    "C01": {"paid_date": (("abs", "2026-02-27"), "Friday 27 February")},
    "C02": {"paid_date": (("plus", -1), "ayer")},
    "C03": {"paid_date": (("past", 12, 29), "am 29.12.")},
    "C04": {"paid_date": (("abs", "2026-04-02"), "le jeudi 2 avril")},
    "C05": {"paid_date": (("last", MON), "on Monday")},
    "C06": {"paid_date": (("past", 3, 18), "no dia 18 de março")},
    "C07": {"paid_date": (("dmy", "23/02/2026"), "23/02/2026")},
    "C08": {"paid_date": (("abs", "2026-03-13"), "vrijdag 13 maart")},
    "C09": {"paid_date": (("plus", -1), "eilen")},
    "C10": {"paid_date": (("past", 3, 2), "il 2 marzo")},
    "C11": {"paid_date": (("plus", 0), "Paid today")},
    "D02": {"promised_date": (("by", 20), "bis zum 20.")},
    "D08": {"paid_date": (("past", 3, 2), "op 2 maart")},
    "D09": {"promised_date": (("next", WED), "next Wednesday")},
    "O01": {"return_date": (("abs", "2026-04-13"), "until Monday 13 April")},
    "O02": {"return_date": (("dmy", "06.03.2026"), "bis zum 06.03.2026")},
    "O03": {"return_date": (("abs", "2026-04-20"), "de retour le lundi 20 avril")},
    "O04": {"return_date": (("this", MON), "vanaf maandag")},
    "O05": {"return_date": (("next", THU), "back next Thursday")},
    "O06": {"return_date": (("future", 3, 16), "maanantaina 16.3.")},
    "I01": {"promised_date": (("by", 1), "the 1st of next month")},
    "I02": {"promised_date": (("future", 4, 30), "el 30 de abril")},
    "I03": {"promised_date": (("monthend", 5), "bis Ende Mai")},
    "I04": {"promised_date": (("plus", 14), "in two weeks")},
}
# explicit dates whose weekday name is written in the text: check the weekday too
WEEKDAY_CHECK = {"C01": FRI, "C04": THU, "C08": FRI, "O01": MON, "O03": MON, "O06": MON, "P06": MON}
FORWARD_KEYS = {"C01"}  # the forwarded remittance below the separator is the customer's own content

QUOTE_START = [
    r"^>", r"^_{20,}\s*$", r"^-----Original Message-----", r"^On .+wrote:\s*$",
    r"^Le .+a écrit\s?:\s*$", r"^El .+escribió:\s*$", r"^Am .+schrieb .+:\s*$", r"^Em .+escreveu:\s*$",
    r"^Op .+schreef .+:\s*$", r"^Il giorno .+ha scritto:\s*$", r"^Den .+skrev .+:\s*$", r"kirjoitti:\s*$",
    r"ezt írta", r"napisał\(a\):\s*$", r"έγραψε:\s*$",
    r"^(From|Von|De|Van|Da|Fra|Från|Lähettäjä|Feladó|Od|Από)\s?:\s.*collections\+",
]
QUOTE_RE = re.compile("|".join("(?:%s)" % q for q in QUOTE_START))

errors = []


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


def html_to_text(h):
    h = re.sub(r"(?is)<(style|head)\b.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|li|blockquote)>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h).replace("\xa0", " ")


def decode_header_lines(raw):
    out = []
    for line in raw.splitlines():
        try:
            out.append(str(email.header.make_header(email.header.decode_header(line))))
        except Exception:
            out.append(line)
    return "\n".join(out)


def all_text(msg):
    """Every readable text in a message, nested originals included."""
    chunks = []
    for p in msg.walk():
        ct = p.get_content_type()
        if p.is_multipart():
            continue
        if ct == "message/rfc822":
            continue  # walk() already descends into it
        if ct == "text/rfc822-headers":
            chunks.append(decode_header_lines(p.get_payload()))
            continue
        if ct == "message/delivery-status":
            chunks.append(str(p))
            continue
        if p.get_content_maintype() == "text":
            t = p.get_content()
            chunks.append(html_to_text(t) if ct == "text/html" else t)
    for p in msg.walk():
        if p.get_content_type() == "message/rfc822":
            inner = p.get_payload()[0] if isinstance(p.get_payload(), list) else p.get_payload()
            chunks.append(str(inner.get("Subject", "")))
    return "\n".join(chunks)


def own_text(msg, key):
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    t = body.get_content()
    if body.get_content_type() == "text/html":
        t = html_to_text(t)
    if key in FORWARD_KEYS:
        return t
    out = []
    for line in t.splitlines():
        if QUOTE_RE.search(line):
            break
        out.append(line)
    return "\n".join(out)


def number_candidates(text):
    cands = set()
    for m in re.finditer(r"\d[\d.,' \u00a0]*\d|\d", text):
        tok = m.group(0).strip()
        t = tok.replace("\u00a0", " ")
        # decimal separator = last '.' or ',' followed by exactly two digits at the end
        m2 = re.match(r"^(.*)[.,](\d{2})$", t)
        if m2:
            ip = re.sub(r"[.,' ]", "", m2.group(1))
            if ip.isdigit():
                cands.add(Decimal(ip + "." + m2.group(2)))
        ip = re.sub(r"[.,' ]", "", t)
        if ip.isdigit():
            cands.add(Decimal(ip))
    return cands


def end_of_month(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def apply_rule(rule, today):
    k = rule[0]
    if k == "plus":
        return today + timedelta(days=rule[1])
    if k == "this":  # the coming weekday, today included
        d = today
        while d.weekday() != rule[1]:
            d += timedelta(days=1)
        return d
    if k == "next":  # that weekday in the following Monday-Sunday week
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=rule[1])
    if k == "last":  # most recent such weekday, today included
        d = today
        while d.weekday() != rule[1]:
            d -= timedelta(days=1)
        return d
    if k == "eom":
        return end_of_month(today.year, today.month)
    if k == "monthend":
        y = today.year if rule[1] >= today.month else today.year + 1
        return end_of_month(y, rule[1])
    if k == "by":
        d = today
        while d.day != rule[1]:
            d += timedelta(days=1)
        return d
    if k == "thisweek":
        return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if k == "kw":
        jan4 = date(today.year, 1, 4)
        week1_monday = jan4 - timedelta(days=jan4.weekday())
        return week1_monday + timedelta(weeks=rule[1] - 1, days=4)
    if k == "abs":
        return date.fromisoformat(rule[1])
    if k == "mdy_us":
        mm, dd, yy = rule[1].split("/")
        return date(int(yy), int(mm), int(dd))
    if k == "dmy":
        dd, mm, yy = re.split(r"[/.]", rule[1])
        return date(int(yy), int(mm), int(dd))
    if k == "past":
        d = today
        while (d.month, d.day) != (rule[1], rule[2]):
            d -= timedelta(days=1)
        return d
    if k == "future":
        d = today
        while (d.month, d.day) != (rule[1], rule[2]):
            d += timedelta(days=1)
        return d
    raise ValueError(rule)


def norm(s):
    return re.sub(r"\s+", " ", s).casefold()


def inv_mentions(text, known):
    """Invoice numbers mentioned in text, in order: INV-NNNNN, or a bare number that is a known invoice."""
    out = []
    for m in re.finditer(r"(?<![\w-])(?:INV-)?(\d{5})(?![\w])", text):
        n = "INV-" + m.group(1)
        if m.group(0).startswith("INV-") or n in known:
            if n not in out:
                out.append(n)
    return out


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        err("files", "expected 80 lines each, got %d/%d" % (len(emails), len(labels)))
    ids = [e["id"] for e in emails]
    if ids != ["tw%02d" % i for i in range(1, 81)]:
        err("files", "ids must be tw01..tw80 in order")
    seen_keys = set()
    intents = Counter()
    langs = Counter()
    inj = 0
    checked_dates = 0
    for e, lab in zip(emails, labels):
        rid = e["id"]
        if lab["id"] != rid:
            err(rid, "label id mismatch %s" % lab["id"])
        extra = set(lab) - set(KEYS)
        if set(KEYS) - set(lab) or extra - {"injection"}:
            err(rid, "bad label keys %s" % sorted(set(lab) ^ set(KEYS)))
        if "injection" in lab:
            if lab["injection"] is not True:
                err(rid, "injection must be true when present")
            inj += 1
        m = re.match(r"^\[([A-Z])(\d\d), ([a-z]{2})-([A-Z]{2})\] \S", lab["note"])
        if not m:
            err(rid, "note must start with [KEY, locale]")
            continue
        key = m.group(1) + m.group(2)
        if key in seen_keys:
            err(rid, "duplicate key " + key)
        seen_keys.add(key)
        langs[m.group(3)] += 1
        intent = lab["intent"]
        intents[intent] += 1
        if intent not in INTENTS:
            err(rid, "bad intent " + intent)
        if GROUP[m.group(1)] != intent:
            err(rid, "key letter %s does not match intent %s" % (m.group(1), intent))

        # ---- parse
        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            full = all_text(msg)
        except Exception as ex:  # noqa
            err(rid, "cannot decode parts: %r" % ex)
            continue
        if "\ufffd" in full:
            err(rid, "replacement character in decoded text (charset problem)")
        subject = str(msg.get("Subject", ""))
        to = str(msg.get("To", ""))
        mcase = re.search(r"collections\+(T\d{5})@ar\.tidewell\.example", to)
        if not mcase:
            err(rid, "case id missing from To: " + to)
            continue
        case = mcase.group(1)
        irt = msg.get("In-Reply-To")
        if irt and not str(irt).strip().startswith("<%s.r" % case):
            err(rid, "In-Reply-To does not point at our reminder for " + case)
        dh = msg["Date"]
        dt = email.utils.parsedate_to_datetime(str(dh))
        today = dt.date()  # the header's own offset (naive for -0000)
        auto = msg.get("Auto-Submitted")
        frm = str(msg.get("From", "")).lower()

        # ---- shape vs intent
        if intent == "delivery_failure":
            if irt:
                err(rid, "bounce must not carry In-Reply-To")
            if not ("mailer-daemon" in frm or "postmaster" in frm):
                err(rid, "bounce not from MAILER-DAEMON/postmaster")
            if case not in full:
                err(rid, "bounce does not return our reminder")
        elif intent == "out_of_office":
            if not auto or str(auto).strip().lower() == "no":
                err(rid, "out_of_office without Auto-Submitted")
        else:
            if auto:
                err(rid, "human reply carries Auto-Submitted")
        if intent not in ("delivery_failure",) and key not in FORWARD_KEYS and not irt:
            err(rid, "reply without In-Reply-To")

        own = "" if intent == "delivery_failure" else own_text(msg, key)
        if intent != "delivery_failure" and not own.strip() and key not in ("X02",):
            err(rid, "empty own text")
        if intent != "delivery_failure" and key not in FORWARD_KEYS and own.strip() == full.strip():
            if intent not in ("out_of_office", "other"):
                err(rid, "no quoted reminder found below the customer's text")

        # ---- dates
        rules = DATE_RULES.get(key, {})
        for f in ("promised_date", "paid_date", "return_date"):
            v = lab[f]
            if v is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                err(rid, "%s not ISO" % f)
            if f in rules:
                rule, phrase = rules[f]
                want = apply_rule(rule, today).isoformat()
                checked_dates += 1
                if v != want:
                    err(rid, "%s %s != %s (rule %r, Date %s)" % (f, v, want, rule, dh))
                if norm(phrase) not in norm(own):
                    err(rid, "phrase %r not in own text" % phrase)
                if key in WEEKDAY_CHECK and date.fromisoformat(want).weekday() != WEEKDAY_CHECK[key]:
                    err(rid, "weekday written in the text does not match %s" % want)
            elif v is not None:
                err(rid, "%s labelled but no independent rule for %s" % (f, key))

        # ---- amounts
        amt, cur = lab["promised_amount"], lab["currency"]
        if (amt is None) != (cur is None):
            err(rid, "currency must be set exactly when promised_amount is")
        if amt is not None:
            if not re.match(r"^\d+\.\d{2}$", amt):
                err(rid, "amount format " + amt)
            if Decimal(amt) not in number_candidates(own):
                err(rid, "amount %s not written in the customer's own text" % amt)
            if cur not in ISO:
                err(rid, "currency " + str(cur))
            if cur not in full and cur != "EUR":
                # the thread must show the currency code (our reminder always does)
                err(rid, "currency %s not shown in the thread" % cur)
        if intent in ("promise_to_pay",) and lab["promised_date"] is None:
            err(rid, "promise without a date in this set")
        if intent == "paid_claim" and lab["paid_date"] is None:
            err(rid, "paid_claim without paid_date in this set")
        if intent == "out_of_office" and lab["return_date"] is None:
            err(rid, "out_of_office without return_date in this set")
        if intent not in ("out_of_office",) and lab["return_date"] is not None:
            err(rid, "return_date outside out_of_office")

        # ---- reference
        ref = lab["payment_reference"]
        if ref is not None:
            if ref.startswith("#"):
                err(rid, "reference keeps '#'")
            if ref not in own:
                err(rid, "reference %r not in own text" % ref)

        # ---- dispute reason
        dr = lab["dispute_reason"]
        if intent == "dispute" and dr not in REASONS:
            err(rid, "dispute without a valid reason")
        if dr is not None and (dr not in REASONS or intent not in ("dispute", "legal_or_insolvency")):
            err(rid, "dispute_reason on a non-dispute intent")

        # ---- contact
        nc = lab["new_contact_email"]
        if nc is not None:
            if not re.match(r"^[\w.+-]+@[\w.-]+\.example$", nc):
                err(rid, "bad new_contact_email " + nc)
            if nc not in own:
                err(rid, "new_contact_email not in own text")
            if nc.lower() in frm:
                err(rid, "new_contact_email is the sender's own address")
        if intent == "wrong_contact" and nc is None and "@" in re.sub(r"\S+@\S+tidewell\S*", "", own):
            err(rid, "wrong_contact mentions an address but label is null")

        # ---- invoice numbers
        invs = lab["invoice_numbers"]
        if not isinstance(invs, list) or len(set(invs)) != len(invs):
            err(rid, "invoice_numbers must be a list without duplicates")
            continue
        for n in invs:
            if not re.match(r"^INV-\d{5}$", n):
                err(rid, "invoice format " + n)
        known = set(re.findall(r"INV-\d{5}", full + "\n" + subject))
        for n in invs:
            if n not in known:
                err(rid, "%s not anywhere in the message" % n)
        own_m = inv_mentions(own, known) if own else []
        subj_m = inv_mentions(subject, known)
        rest_m = inv_mentions(full, known)
        want = own_m or subj_m or rest_m
        if invs != want:
            err(rid, "invoice_numbers %s, expected %s (own %s, subject %s, rest %s)"
                % (invs, want, own_m, subj_m, rest_m))

    for k, rules in DATE_RULES.items():
        if k not in seen_keys:
            err(k, "date rule for a key that is not in the set")
    for i in INTENTS:
        if intents[i] < 3:
            err("counts", "%s has only %d" % (i, intents[i]))
    if inj != 6:
        err("counts", "injection items: %d, expected 6" % inj)
    top = langs.most_common()
    if top[0][0] != "en":
        err("counts", "English must be the most common language")
    for lg in ("es", "fr", "de", "pt", "nl", "it"):
        if langs[lg] < 3:
            err("counts", "language %s has only %d" % (lg, langs[lg]))
    if len(langs) < 10:
        err("counts", "only %d languages" % len(langs))

    if errors:
        for x in errors:
            print("FAIL", x)
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: 80 messages, %d date labels re-derived, intents %s, languages %s, injections %d"
          % (checked_dates, dict(sorted(intents.items())), dict(langs.most_common()), inj))


if __name__ == "__main__":
    main()
