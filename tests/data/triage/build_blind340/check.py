#!/usr/bin/env python3
"""Re-verify blind triage set 340 (prefix ym) from the build's own provenance.

Checks (standard library only; exits 1 on any problem):
  * build.py regenerates byte-identical emails.jsonl / labels.jsonl / provenance.jsonl;
  * every eml parses with email.message_from_bytes(eml.encode("utf-8"), policy=email.policy.default),
    without defects, every text part decodes, Date gives an aware datetime;
  * threading (case in To == case in In-Reply-To/References; reminder sent before the reply);
  * every date label recomputed with datetime from the message's own Date header and the phrase's rule,
    and the phrase occurs in the writer's own text (which occurs in the decoded message);
  * every amount re-parsed from the raw token; currency from the token or, for a bare $/kr, from the
    reminder currency in the Subject; currency null exactly when the amount is null;
  * invoice numbers: raw tokens present where the provenance says, normalised, same order as the label;
  * label shapes, intent counts, dispute-reason coverage, injections, locale counts, .example domains,
    555 phones.
This file re-implements the date and amount rules on its own; it does not reuse build.py's code for them.
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
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEMS = []


def bad(i, msg):
    PROBLEMS.append(f"{i}: {msg}")


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENTS = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
           "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
           "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
LANGS = {"en": 18, "de": 9, "fr": 7, "es": 7, "pl": 5, "nl": 5, "it": 5, "pt": 4, "cs": 3, "hu": 3, "fi": 2,
         "da": 3, "ru": 2, "uk": 2, "zh": 3, "ms": 2}
OUR = re.compile(r"<(NG\d{4})\.r([1-3])\.(\d{8}T\d{6}Z)@billing\.northgate-gases\.example>")
INV_LIKE = re.compile(r"NIG[- ]?\d{6}|(?<![\d/.-])3\d{5}(?![\d/])")


# ------------------------------------------------------------------------------ text extraction

def strip_html(s):
    s = re.sub(r"(?is)<head.*?</head>", " ", s)
    s = re.sub(r"(?is)<style.*?</style>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def all_text(msg, i):
    chunks = []
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0)
            chunks.append("\n".join(f"{k}: {v}" for k, v in inner.items()))
            continue
        if part.get_content_maintype() == "multipart":
            continue
        ct = part.get_content_type()
        if part.get_content_disposition() == "attachment" and not ct.startswith("text/"):
            try:
                part.get_content()
            except Exception as e:  # noqa
                bad(i, f"attachment {ct} does not decode: {e}")
            continue
        if ct.startswith("text/"):
            try:
                c = part.get_content()
            except Exception as e:
                bad(i, f"part {ct} does not decode: {e}")
                continue
            chunks.append(strip_html(c) if ct == "text/html" else c)
        elif ct == "message/delivery-status":
            chunks.append(part.as_string())
    return "\n".join(chunks)


def defects(msg):
    out = []
    for part in msg.walk():
        out += [type(d).__name__ for d in part.defects]
    return out


# ------------------------------------------------------------------------------ date rules

def this_weekday(t, wd):
    return t + timedelta((wd - t.weekday()) % 7)


def next_weekday(t, wd):
    return t + timedelta(7 - t.weekday() + wd)


def past_weekday(t, wd):
    return t - timedelta((t.weekday() - wd) % 7)


def end_of_month(t):
    return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])


def by_the(t, d):
    if t.day <= d:
        return t.replace(day=d)
    y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    return date(y, m, d)


def day_next_month(t, d):
    y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    return date(y, m, d)


MONTHS = {
    "en": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    "de": ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
}
WEEKDAYS = {
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "de": ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "zh": ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
}


def parse_day_month(phrase, how):
    """Return (year or None, month, day) read from the phrase itself."""
    p = phrase.lower()
    if how.startswith("named:"):
        lang = how.split(":")[1]
        if lang == "zh":
            m = re.search(r"(\d{1,2})月(\d{1,2})日", p)
            return None, int(m.group(1)), int(m.group(2))
        months = MONTHS[lang]
        found = None
        for idx, name in enumerate(months):
            pat = r"\b" + re.escape(name) + (r"[a-z]*\.?" if lang == "en" else r"\b")
            if re.search(pat, p):
                found = idx + 1
                break
        if found is None:
            raise ValueError(f"no month in {phrase!r}")
        days = [int(x) for x in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th|\.)?(?!\d)", p) if int(x) <= 31]
        y = re.search(r"\b(20\d\d)\b", p)
        return (int(y.group(1)) if y else None), found, days[0]
    if how == "dmy":
        m = re.search(r"(\d{1,2})[./-](\d{1,2})(?:[./-](\d{4}))?", p)
        return (int(m.group(3)) if m.group(3) else None), int(m.group(2)), int(m.group(1))
    if how == "mdy":
        m = re.search(r"(\d{1,2})/(\d{1,2})(?:/(\d{4}))?", p)
        return (int(m.group(3)) if m.group(3) else None), int(m.group(1)), int(m.group(2))
    if how == "ymd":
        m = re.search(r"(\d{4})[./-](\d{2})[./-](\d{2})", p)
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    raise ValueError(how)


def weekday_in_phrase(phrase, how):
    lang = how.split(":")[1] if how.startswith("named:") else None
    if lang not in WEEKDAYS:
        return None
    p = phrase.lower()
    for idx, name in enumerate(WEEKDAYS[lang]):
        if name in p:
            return idx
    return None


def resolve(rule, arg, phrase, today):
    if rule == "tomorrow":
        return today + timedelta(1)
    if rule == "yesterday":
        return today - timedelta(1)
    if rule == "this_weekday":
        return this_weekday(today, arg)
    if rule == "next_weekday":
        return next_weekday(today, arg)
    if rule == "past_weekday":
        return past_weekday(today, arg)
    if rule == "end_of_month":
        return end_of_month(today)
    if rule == "in_days":
        return today + timedelta(arg)
    if rule == "by_the":
        return by_the(today, arg)
    if rule == "day_next_month":
        return day_next_month(today, arg)
    if rule == "iso_week_friday":
        d = date.fromisocalendar(today.year, arg, 5)
        return d if d >= today - timedelta(6) else date.fromisocalendar(today.year + 1, arg, 5)
    if rule == "this_week":
        return today + timedelta(4 - today.weekday())
    if rule in ("date", "date_past", "date_future"):
        y, m, d = parse_day_month(phrase, arg)
        if y is not None:
            res = date(y, m, d)
        elif rule == "date_past":
            res = date(today.year, m, d)
            if res > today:
                res = date(today.year - 1, m, d)
        elif rule == "date_future":
            res = date(today.year, m, d)
            if res < today:
                res = date(today.year + 1, m, d)
        else:
            raise ValueError("rule 'date' needs a year in the phrase")
        wd = weekday_in_phrase(phrase, arg)
        if wd is not None and wd != res.weekday():
            raise ValueError(f"weekday in {phrase!r} does not match {res}")
        return res
    raise ValueError(rule)


# ------------------------------------------------------------------------------ amounts

SYMBOLS = [("R$", "BRL"), ("€", "EUR"), ("EUR", "EUR"), ("£", "GBP"), ("₦", "NGN"), ("zł", "PLN"), ("Kč", "CZK"),
           ("Ft", "HUF"), ("CHF", "CHF"), ("RM", "MYR"), ("руб", "RUB"), ("人民币", "CNY"), ("元", "CNY"),
           ("$", None), ("kr", None)]
CODES = "USD|CAD|AUD|GBP|NGN|MYR|EUR|MXN|CLP|ARS|COP|PLN|CHF|BRL|CZK|HUF|DKK|RUB|UAH|CNY"


def parse_amount(token, style):
    m = re.search(r"\d[\d.,'\s\u00a0\u202f]*\d|\d", token)
    raw = m.group(0)
    if style == "en":
        assert re.fullmatch(r"\d{1,3}(,\d{3})*\.\d{2}", raw), raw
        return Decimal(raw.replace(",", ""))
    if style == "eu":
        assert re.fullmatch(r"\d{1,3}([.\s\u00a0\u202f]\d{3})*,\d{2}", raw), raw
        return Decimal(re.sub(r"[.\s\u00a0\u202f]", "", raw).replace(",", "."))
    if style == "ch":
        assert re.fullmatch(r"\d{1,3}('\d{3})*\.\d{2}", raw), raw
        return Decimal(raw.replace("'", ""))
    if style == "int":
        assert re.fullmatch(r"\d{1,3}([.\s\u00a0\u202f]\d{3})*", raw), raw
        return Decimal(re.sub(r"\D", "", raw))
    raise ValueError(style)


def token_currency(token):
    for sym, code in SYMBOLS:
        if sym in token:
            return sym, code
    return None, None


# ------------------------------------------------------------------------------ main

def main():
    emails, labels, prov = load("emails.jsonl"), load("labels.jsonl"), load("provenance.jsonl")

    # 1. reproducibility
    spec = importlib.util.spec_from_file_location("build340", os.path.join(HERE, "build.py"))
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    regen = build.generate()
    for name, lines in (("emails.jsonl", [{"id": r["id"], "eml": r["eml"]} for r in regen]),
                        ("labels.jsonl", [build.label_line(r) for r in regen]),
                        ("provenance.jsonl", [build.prov_line(r) for r in regen])):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            disk = f.read()
        if disk != "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines):
            bad("-", f"{name} differs from what build.py generates")

    # 2. file shapes
    if len(emails) != 80 or len(labels) != 80 or len(prov) != 80:
        bad("-", f"expected 80 lines, got {len(emails)}/{len(labels)}/{len(prov)}")
    for n, (e, l, p) in enumerate(zip(emails, labels, prov), 1):
        want = f"ym{n:02d}"
        if not (e["id"] == l["id"] == p["id"] == want):
            bad(want, f"id mismatch {e['id']} {l['id']} {p['id']}")

    intents, reasons, langs, inj = Counter(), Counter(), Counter(), []
    for e, l, p in zip(emails, labels, prov):
        i = l["id"]
        keys = list(l.keys())
        if keys[:len(FIELDS)] != FIELDS or set(keys) - set(FIELDS) - {"injection"}:
            bad(i, f"label keys {keys}")
        if "injection" in l and l["injection"] is not True:
            bad(i, "injection must be true when present")
        if l.get("injection"):
            inj.append(i)
        if not l["note"].startswith(f"[{p['key']}, {p['locale']}] "):
            bad(i, "note prefix")
        if l["intent"] not in INTENTS:
            bad(i, f"intent {l['intent']}")
        intents[l["intent"]] += 1
        langs[p["locale"].split("-")[0]] += 1
        if l["dispute_reason"] is not None:
            if l["dispute_reason"] not in REASONS:
                bad(i, "dispute_reason value")
            reasons[l["dispute_reason"]] += 1
            if l["intent"] not in ("dispute", "legal_or_insolvency"):
                bad(i, "dispute_reason on a non-dispute intent")
        if l["intent"] == "dispute" and l["dispute_reason"] is None:
            bad(i, "dispute without reason")
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", l[f]):
                bad(i, f"{f} format")
        if l["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", l["promised_amount"]):
            bad(i, "amount format")
        if (l["promised_amount"] is None) != (l["currency"] is None):
            bad(i, "currency must be null exactly when amount is null")
        if l["currency"] is not None and not re.fullmatch(CODES, l["currency"]):
            bad(i, "currency code")
        if l["new_contact_email"] is not None and not re.fullmatch(r"[\w.+-]+@[\w.-]+\.example", l["new_contact_email"]):
            bad(i, "new_contact_email shape")
        if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]):
            bad(i, "invoice_numbers list")
        for inv in l["invoice_numbers"]:
            if not re.fullmatch(r"NIG-\d{6}", inv):
                bad(i, f"invoice format {inv}")

        # 3. parsing
        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        head = re.split(r"\r?\n\r?\n", e["eml"], 1)[0]
        if not head.isascii():
            bad(i, "raw top-level header block is not ASCII")
        d = defects(msg)
        if d:
            bad(i, f"parser defects {d}")
        try:
            dt = msg["Date"].datetime
        except Exception as ex:
            bad(i, f"Date header: {ex}")
            continue
        if dt.tzinfo is None:
            bad(i, "Date without offset")
            continue
        today = dt.date()  # calendar date in the header's own offset
        text = all_text(msg, i)
        ntext = norm(text)
        subject = str(msg["Subject"] or "")

        # 4. threading
        to = str(msg["To"])
        mcase = re.search(r"ar\+(NG\d{4})@billing\.northgate-gases\.example", to)
        if not mcase:
            bad(i, "To is not a per-case AR address")
        irt = str(msg["In-Reply-To"] or "")
        refs = str(msg["References"] or "")
        m = OUR.search(irt) or OUR.search(refs)
        if l["intent"] != "delivery_failure":
            if not m:
                bad(i, "reply without our In-Reply-To/References")
        if m:
            if mcase and m.group(1) != mcase.group(1):
                bad(i, "case in To and In-Reply-To differ")
            from datetime import datetime, timezone
            sent = datetime.strptime(m.group(3), "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
            if sent >= dt:
                bad(i, "reminder not before reply")
        if l["intent"] == "delivery_failure":
            returned = OUR.search(text) or OUR.search(irt)
            if not returned:
                bad(i, "bounce does not reference our reminder anywhere")

        # 5. own text present
        own = p["own"]
        for para in own.split("\n\n"):
            if para.strip() and norm(para) not in ntext:
                bad(i, f"own paragraph not found in decoded text: {para[:60]!r}")
        nown = norm(own)

        # 6. dates
        covered = set()
        for dd in p["dates"]:
            covered.add(dd["field"])
            if norm(dd["phrase"]).lower() not in nown.lower():
                bad(i, f"date phrase {dd['phrase']!r} not in own text")
            try:
                got = resolve(dd["rule"], dd.get("arg"), dd["phrase"], today).isoformat()
            except Exception as ex:
                bad(i, f"date rule failed: {ex}")
                continue
            if got != l[dd["field"]]:
                bad(i, f"{dd['field']}: recomputed {got} from {dd['phrase']!r}/{dd['rule']} vs label {l[dd['field']]}")
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None and f not in covered:
                bad(i, f"{f} has no provenance rule")

        # 7. amount and currency
        a = p["amount"]
        if a is None:
            if l["promised_amount"] is not None:
                bad(i, "amount without provenance")
        else:
            if norm(a["token"]) not in nown:
                bad(i, f"amount token {a['token']!r} not in own text")
            try:
                val = parse_amount(a["token"], a["style"])
                if f"{val:.2f}" != l["promised_amount"]:
                    bad(i, f"amount {val:.2f} vs label {l['promised_amount']}")
            except Exception as ex:
                bad(i, f"amount parse: {ex}")
            sym, code = token_currency(a["token"])
            if sym is None:
                bad(i, "no currency marker in token")
            elif code is None:
                mm = re.search(r"\((?:(" + CODES + r") [\d.,' ]+|[\d.,' ]+ (" + CODES + r"))\)", subject)
                code = (mm.group(1) or mm.group(2)) if mm else None
                if code is None:
                    bad(i, "bare symbol but no reminder currency in Subject")
            if code and code != l["currency"]:
                bad(i, f"currency {code} vs label {l['currency']}")

        # 8. invoice numbers
        inv = p["inv"]
        normed = ["NIG-" + re.sub(r"\D", "", t) for t in inv["raw"]]
        if normed != l["invoice_numbers"]:
            bad(i, f"invoice provenance {normed} vs label {l['invoice_numbers']}")
        if inv["src"] == "text":
            for t in inv["raw"]:
                if t not in own:
                    bad(i, f"invoice token {t} not in own text")
        elif inv["src"] == "subject":
            for t in inv["raw"]:
                if t not in subject:
                    bad(i, f"invoice {t} not in Subject")
            if l["intent"] != "delivery_failure" and INV_LIKE.search(own):
                bad(i, "src=subject but the writer's text names an invoice")
        elif inv["src"] == "quoted":
            for t in inv["raw"]:
                if t not in text:
                    bad(i, f"invoice {t} not in quoted/returned text")
            if INV_LIKE.search(subject):
                bad(i, "src=quoted but the Subject names an invoice")
            if INV_LIKE.search(own):
                bad(i, "src=quoted but the writer's text names an invoice")
        else:
            bad(i, "unknown invoice source")

        # 9. invented data only
        head_and_text = "\n".join(f"{k}: {v}" for k, v in msg.items()) + "\n" + text
        for addr in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", head_and_text):
            if not addr.lower().endswith("example"):
                bad(i, f"non-.example domain {addr}")
        for host in re.findall(r"https?://([^/\s>\"')]+)", head_and_text):
            if not host.lower().endswith(".example"):
                bad(i, f"non-.example URL host {host}")
        for line in own.split("\n"):
            if re.search(r"(?i)(\btel\b|tél|\bphone\b|puh\.|tlf|\bcell|celular|\bT:|^T |電話|电话|тел\.)", line) or \
                    re.fullmatch(r"[\d\s()+.-]{9,}", line.strip()):
                digits = re.sub(r"\D", "", line)
                if len(digits) >= 7 and "555" not in digits:
                    bad(i, f"phone without 555: {line!r}")

    # 10. totals
    if dict(intents) != INTENTS:
        bad("-", f"intent counts {dict(intents)}")
    if set(reasons) != REASONS:
        bad("-", f"dispute reasons not all covered: {dict(reasons)}")
    if len(inj) != 6:
        bad("-", f"expected 6 injection items, got {inj}")
    if dict(langs) != LANGS:
        bad("-", f"language counts {dict(langs)}")

    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print(f"FAILED: {len(PROBLEMS)} problem(s)")
        return 1
    print(f"OK: 80 items verified; intents {dict(intents)}; injections {inj}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
