#!/usr/bin/env python3
"""Re-verify blind triage set 346 (wb01..wb80) from the build's own provenance.

For every item it parses the message exactly as the contract says
(message_from_bytes(eml.encode("utf-8"), policy=email.policy.default)), extracts
its decoded text, and checks every label against it:

* every date label is recomputed with datetime from the message's own Date
  header (in the header's own offset) and the phrase's rule; the phrase must be
  in the customer's own text and weekday words must match the rule;
* every amount label is re-parsed from its raw token with the writer's locale
  decimal convention; the currency is derived from the token (a bare $ or kr
  takes the thread reminder's currency, which must appear in the message);
* references and new contact addresses must be in the customer's own text;
* invoice_numbers are recomputed from own text / Subject / quoted reminder;
* intent counts, injection flags, note prefixes, threading headers, domains.

Exits non-zero on any problem.  Standard library only.
"""
import calendar
import email
import email.policy
import html
import json
import os
import re
import sys
from datetime import date, timedelta
from decimal import Decimal
from email.message import Message
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "wb"
OUR_DOMAIN = "billing.harbourline.example"
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date",
          "payment_reference", "dispute_reason", "new_contact_email", "return_date",
          "invoice_numbers"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
           "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
           "delivery_failure", "acknowledgement", "other"]
TARGET = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6,
          "billing_update": 6, "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6,
          "legal_or_insolvency": 4, "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po",
           "cancelled", "other"}
N_INJECTIONS = 6

# ---------------------------------------------------------------- locale data

WEEKDAYS = {  # Monday=0; every form that may appear in a phrase
    "en": [["monday"], ["tuesday"], ["wednesday"], ["thursday"], ["friday"], ["saturday"], ["sunday"]],
    "de": [["montag"], ["dienstag"], ["mittwoch"], ["donnerstag"], ["freitag"], ["samstag"], ["sonntag"]],
    "fr": [["lundi"], ["mardi"], ["mercredi"], ["jeudi"], ["vendredi"], ["samedi"], ["dimanche"]],
    "es": [["lunes"], ["martes"], ["miércoles"], ["jueves"], ["viernes"], ["sábado"], ["domingo"]],
    "it": [["lunedì"], ["martedì"], ["mercoledì"], ["giovedì"], ["venerdì"], ["sabato"], ["domenica"]],
    "nl": [["maandag"], ["dinsdag"], ["woensdag"], ["donderdag"], ["vrijdag"], ["zaterdag"], ["zondag"]],
    "pt": [["segunda"], ["terça"], ["quarta"], ["quinta"], ["sexta"], ["sábado"], ["domingo"]],
    "sv": [["måndag"], ["tisdag"], ["onsdag"], ["torsdag"], ["fredag"], ["lördag"], ["söndag"]],
    "pl": [["poniedziałek"], ["wtorek"], ["środa", "środę"], ["czwartek"], ["piątek"], ["sobota", "sobotę"],
           ["niedziela", "niedzielę"]],
    "tr": [["pazartesi"], ["salı"], ["çarşamba"], ["perşembe"], ["cuma"], ["cumartesi"], ["pazar"]],
    "sk": [["pondelok"], ["utorok"], ["streda", "stredu"], ["štvrtok"], ["piatok"], ["sobota", "sobotu"],
           ["nedeľa", "nedeľu"]],
    "hr": [["ponedjeljak"], ["utorak"], ["srijeda", "srijedu"], ["četvrtak"], ["petak"], ["subota", "subotu"],
           ["nedjelja", "nedjelju"]],
    "ja": [["（月）"], ["（火）"], ["（水）"], ["（木）"], ["（金）"], ["（土）"], ["（日）"]],
    "zh": [["星期一", "週一"], ["星期二", "週二"], ["星期三", "週三"], ["星期四", "週四"], ["星期五", "週五"],
           ["星期六", "週六"], ["星期日", "週日"]],
}
MONTHS = {  # every form that may appear in a phrase, January first
    "en": [["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
           ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"],
           ["october", "oct"], ["november", "nov"], ["december", "dec"]],
    "de": [["januar", "jänner"], ["februar", "feber"], ["märz"], ["april"], ["mai"], ["juni"], ["juli"],
           ["august"], ["september"], ["oktober"], ["november"], ["dezember"]],
    "fr": [["janvier"], ["février"], ["mars"], ["avril"], ["mai"], ["juin"], ["juillet"], ["août"],
           ["septembre"], ["octobre"], ["novembre"], ["décembre"]],
    "es": [["enero"], ["febrero"], ["marzo"], ["abril"], ["mayo"], ["junio"], ["julio"], ["agosto"],
           ["septiembre", "setiembre"], ["octubre"], ["noviembre"], ["diciembre"]],
    "it": [["gennaio"], ["febbraio"], ["marzo"], ["aprile"], ["maggio"], ["giugno"], ["luglio"],
           ["agosto"], ["settembre"], ["ottobre"], ["novembre"], ["dicembre"]],
    "nl": [["januari"], ["februari"], ["maart", "mrt"], ["april"], ["mei"], ["juni"], ["juli"],
           ["augustus"], ["september"], ["oktober"], ["november"], ["december"]],
    "pt": [["janeiro"], ["fevereiro"], ["março"], ["abril"], ["maio"], ["junho"], ["julho"], ["agosto"],
           ["setembro"], ["outubro"], ["novembro"], ["dezembro"]],
    "sv": [["januari"], ["februari"], ["mars"], ["april"], ["maj"], ["juni"], ["juli"], ["augusti"],
           ["september"], ["oktober"], ["november"], ["december"]],
    "pl": [["stycznia", "styczeń"], ["lutego", "luty"], ["marca", "marzec"], ["kwietnia", "kwiecień"],
           ["maja", "maj"], ["czerwca"], ["lipca"], ["sierpnia"], ["września"], ["października"],
           ["listopada"], ["grudnia"]],
    "tr": [["ocak"], ["şubat"], ["mart"], ["nisan"], ["mayıs"], ["haziran"], ["temmuz"], ["ağustos"],
           ["eylül"], ["ekim"], ["kasım"], ["aralık"]],
    "hr": [["siječnja", "siječanj"], ["veljače", "veljača"], ["ožujka", "ožujak"], ["travnja", "travanj"],
           ["svibnja", "svibanj"], ["lipnja"], ["srpnja"], ["kolovoza"], ["rujna"], ["listopada"],
           ["studenoga", "studenog"], ["prosinca"]],
    "sk": [["januára"], ["februára"], ["marca"], ["apríla"], ["mája"], ["júna"], ["júla"], ["augusta"],
           ["septembra"], ["októbra"], ["novembra"], ["decembra"]],
    "th": [["มกราคม", "ม.ค."], ["กุมภาพันธ์", "ก.พ."], ["มีนาคม", "มี.ค."], ["เมษายน", "เม.ย."],
           ["พฤษภาคม", "พ.ค."], ["มิถุนายน", "มิ.ย."], ["กรกฎาคม", "ก.ค."], ["สิงหาคม", "ส.ค."],
           ["กันยายน", "ก.ย."], ["ตุลาคม", "ต.ค."], ["พฤศจิกายน", "พ.ย."], ["ธันวาคม", "ธ.ค."]],
}
MONTH_FIRST = {"en-US", "en-PH"}          # numeric dates read month-first
POINT_DECIMAL = {"en", "ja", "zh", "th"}  # languages writing 1,234.56
POINT_DECIMAL_LOCALES = {"es-MX", "de-CH"}
DOLLAR = {"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"}
KRONA = {"SEK", "NOK", "DKK"}

PROBLEMS = []


def problem(rid, msg):
    PROBLEMS.append("%s: %s" % (rid, msg))


# ---------------------------------------------------------------- message text

def strip_html(s):
    s = re.sub(r"(?is)<(style|script)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def norm(s):
    s = re.sub(r"[\s\u00a0\u202f\u2007\u3000]+", " ", s)
    return s.strip().casefold()


def message_text(rid, msg):
    out = []

    def headers(m):
        for k, v in m.items():
            out.append("%s: %s" % (k, v))

    headers(msg)
    for part in msg.walk():
        if part is not msg and part.get_content_maintype() == "message":
            pl = part.get_payload()
            for sub in (pl if isinstance(pl, list) else [pl]):
                if isinstance(sub, Message):
                    headers(sub)
        if part.get_content_maintype() == "text":
            try:
                c = part.get_content()
            except Exception as exc:  # noqa: BLE001
                problem(rid, "cannot decode %s part: %s" % (part.get_content_type(), exc))
                continue
            if "\ufffd" in c:
                problem(rid, "U+FFFD in decoded %s part" % part.get_content_type())
            out.append(strip_html(c) if part.get_content_subtype() == "html" else c)
    return "\n".join(out)


def defects(msg):
    found = list(msg.defects)
    for part in msg.walk():
        found += list(part.defects)
    return found


# ---------------------------------------------------------------- dates

def lang_of(locale):
    return locale.split("-")[0]


def add_month(d):
    return date(d.year + (d.month == 12), d.month % 12 + 1, d.day)


def month_in(phrase, lang):
    p = phrase.casefold()
    hits = []
    for i, forms in enumerate(MONTHS.get(lang, [])):
        for f in forms:
            if re.search(r"(?<![^\W\d_])" + re.escape(f) + r"(?![^\W\d_])", p):
                hits.append(i + 1)
    hits = sorted(set(hits))
    return hits[0] if len(hits) == 1 else None


def weekdays_in(phrase, lang):
    p = phrase.casefold()
    found = set()
    for i, forms in enumerate(WEEKDAYS.get(lang, [])):
        for f in forms:
            if lang in ("ja", "zh"):
                if f in phrase:
                    found.add(i)
            elif re.search(r"(?<![^\W\d_])" + re.escape(f) + r"(?![^\W\d_])", p):
                found.add(i)
    if lang == "pt":  # 'sexta-feira' etc.: 'feira' is not a day of its own
        pass
    return found


def with_year(m, d, y, today, direction):
    if y is not None:
        return date(y, m, d)
    cand = date(today.year, m, d)
    if direction == "past" and cand > today:
        cand = date(today.year - 1, m, d)
    if direction == "future" and cand < today:
        cand = date(today.year + 1, m, d)
    return cand


def parse_explicit(phrase, locale, today, direction):
    lang = lang_of(locale)
    if locale == "zh-TW":
        m = re.search(r"(?<!\d)(\d{2,3})/(\d{1,2})/(\d{1,2})(?!\d)", phrase)
        if m:  # Republic of China calendar
            return date(int(m.group(1)) + 1911, int(m.group(2)), int(m.group(3)))
    m = re.search(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", phrase)
    if m:
        y = int(m.group(1)) if m.group(1) else None
        return with_year(int(m.group(2)), int(m.group(3)), y, today, direction)
    m = re.search(r"(?<!\d)(\d{1,4})[./-](\d{1,2})(?:[./-](\d{2,4}))?(?!\d)", phrase)
    if m:
        a, b, c = m.group(1), m.group(2), m.group(3)
        if len(a) == 4:
            return date(int(a), int(b), int(c))
        y = None
        if c:
            y = int(c) + (2000 if len(c) == 2 else 0)
            if y > 2400:
                y -= 543
        if locale in MONTH_FIRST:
            return with_year(int(a), int(b), y, today, direction)
        return with_year(int(b), int(a), y, today, direction)
    mon = month_in(phrase, lang)
    if mon is None:
        raise ValueError("no month in %r" % phrase)
    nums = [int(x) for x in re.findall(r"\d+", phrase)]
    days = [n for n in nums if 1 <= n <= 31]
    years = [n for n in nums if n > 1900]
    if not days:
        raise ValueError("no day in %r" % phrase)
    y = years[0] if years else None
    if y and y > 2400:
        y -= 543
    return with_year(mon, days[0], y, today, direction)


def resolve(rule, d, today, locale, field):
    phrase = d["phrase"]
    lang = lang_of(locale)
    direction = "past" if field == "paid_date" else "future"
    if rule == "today":
        return today
    if rule == "tomorrow":
        return today + timedelta(days=1)
    if rule == "yesterday":
        return today - timedelta(days=1)
    if rule == "this_weekday":
        return today + timedelta(days=(d["wd"] - today.weekday()) % 7)
    if rule == "next_weekday":
        return today + timedelta(days=7 - today.weekday() + d["wd"])
    if rule == "past_weekday":
        return today - timedelta(days=((today.weekday() - d["wd"]) % 7) or 7)
    if rule == "end_of_month":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "end_of_named_month":
        m = month_in(phrase, lang)
        y = today.year + (1 if m < today.month else 0)
        return date(y, m, calendar.monthrange(y, m)[1])
    if rule == "first_week_of":
        m = month_in(phrase, lang)
        y = today.year + (1 if m < today.month else 0)
        return date(y, m, 7)
    if rule == "iso_week_friday":
        wk = int(re.search(r"\d+", phrase).group(0))
        return date.fromisocalendar(today.year, wk, 5)
    if rule == "by_the":
        day = int(re.search(r"\d+", phrase).group(0))
        return today.replace(day=day) if today.day <= day else add_month(today.replace(day=day))
    if rule == "plus_days":
        return today + timedelta(days=d["n"])
    if rule == "explicit":
        return parse_explicit(phrase, locale, today, direction)
    raise ValueError("unknown rule %r" % rule)


# ---------------------------------------------------------------- amounts

def decimal_point(locale):
    return "." if (lang_of(locale) in POINT_DECIMAL or locale in POINT_DECIMAL_LOCALES) else ","


def parse_amount(raw, locale):
    s = "".join(ch for ch in raw if ch.isdigit() or ch in ".,'-")
    s = re.sub(r"[,.]-+$", "", s)       # '5.120,-' / '3.960,--': a round amount
    s = s.strip("-").strip(".")
    s = s.replace("'", "")
    if decimal_point(locale) == ",":
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    if not re.fullmatch(r"\d+(\.\d{1,2})?", s):
        raise ValueError("cannot read amount %r" % raw)
    return str(Decimal(s).quantize(Decimal("0.01")))


def currency_of(raw, thread_cur):
    codes = ["USD", "CAD", "AUD", "EUR", "GBP", "CHF", "MXN", "BRL", "KES", "PHP", "SEK", "PLN",
             "TRY", "JPY", "TWD", "THB"]
    if "R$" in raw:
        return "BRL"
    if "NT$" in raw:
        return "TWD"
    for c in codes:
        if re.search(r"(?<![A-Z])%s(?![A-Z])" % c, raw):
            return c
    table = [("€", "EUR"), ("£", "GBP"), ("zł", "PLN"), ("₺", "TRY"), ("円", "JPY"), ("¥", "JPY"),
             ("₱", "PHP"), ("฿", "THB"), ("บาท", "THB"), ("Ksh", "KES")]
    for sym, c in table:
        if sym in raw:
            return c
    if re.search(r"(?<![A-Za-z])TL(?![A-Za-z])", raw):
        return "TRY"
    if re.search(r"(?<![A-Za-z])kr(?![A-Za-z])", raw):
        if thread_cur not in KRONA:
            raise ValueError("bare kr in a %s thread" % thread_cur)
        return thread_cur
    if "$" in raw:
        if thread_cur not in DOLLAR:
            raise ValueError("bare $ in a %s thread" % thread_cur)
        return thread_cur
    raise ValueError("no currency in %r" % raw)


# ---------------------------------------------------------------- invoices

def invoice_tokens(text, thread):
    """Invoice numbers in text, in order of first mention, normalised to HLE-NNNNN."""
    digits = {t.split("-")[1] for t in thread}
    found = []
    for m in re.finditer(r"(?i)(HLE[-\s]?)?(?<!\d)(\d{5})(?!\d)", text):
        num = m.group(2)
        if m.group(1) or num in digits:
            tok = "HLE-" + num
            if tok not in found:
                found.append(tok)
    return found


# ---------------------------------------------------------------- main

def main():
    def load(name):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]

    emails, labels, prov = load("emails.jsonl"), load("labels.jsonl"), load("provenance.jsonl")
    if not (len(emails) == len(labels) == len(prov) == 80):
        problem("set", "expected 80 lines each, got %d/%d/%d" % (len(emails), len(labels), len(prov)))
    counts = {}
    injections = []
    checked_dates = checked_amounts = 0
    for n, (e, lab, p) in enumerate(zip(emails, labels, prov), 1):
        rid = "%s%02d" % (PREFIX, n)
        if not (e["id"] == lab["id"] == p["id"] == rid):
            problem(rid, "id mismatch %s/%s/%s" % (e["id"], lab["id"], p["id"]))
            continue
        if set(e) != {"id", "eml"}:
            problem(rid, "email line keys %s" % sorted(e))
        # ---- label shape
        want = set(["id"] + FIELDS + ["note"]) | ({"injection"} if "injection" in lab else set())
        if set(lab) != want:
            problem(rid, "label keys %s" % sorted(set(lab) ^ want))
        if lab.get("injection") not in (None, True):
            problem(rid, "injection must be true when present")
        if lab["intent"] not in INTENTS:
            problem(rid, "unknown intent %r" % lab["intent"])
        counts[lab["intent"]] = counts.get(lab["intent"], 0) + 1
        if lab["intent"] != p["intent"]:
            problem(rid, "intent differs from provenance")
        if not lab["note"].startswith("[%s, %s] " % (p["key"], p["locale"])):
            problem(rid, "note does not start with [KEY, locale]")
        # ---- parse
        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if defects(msg):
            problem(rid, "MIME defects %s" % defects(msg))
        text = message_text(rid, msg)
        ntext = norm(text)
        own = p["own"]
        nown = " ".join(norm(x) for x in own)
        for para in own:
            if norm(para) not in ntext:
                problem(rid, "own text not found in decoded message: %r" % para[:60])
        # ---- headers and threading
        date_hdr = msg["Date"]
        if date_hdr is None:
            problem(rid, "no Date header")
            continue
        dt = parsedate_to_datetime(str(date_hdr))
        today = dt.date()  # the calendar date in the header's own offset
        case_addr = "ar+%s@%s" % (p["case"], OUR_DOMAIN)
        if case_addr not in str(msg["To"] or ""):
            problem(rid, "To does not carry %s" % case_addr)
        irt = msg["In-Reply-To"]
        if irt is not None and str(irt).strip() != p["reminder_message_id"]:
            problem(rid, "In-Reply-To %s is not the reminder %s" % (irt, p["reminder_message_id"]))
        if not re.fullmatch(r"<%s\.r[123]\.\d{8}T\d{6}Z@%s>" % (p["case"], re.escape(OUR_DOMAIN)),
                            p["reminder_message_id"]):
            problem(rid, "reminder Message-ID not in our style")
        frm = str(msg["From"] or "")
        if OUR_DOMAIN in frm and not p["bounce"]:
            problem(rid, "From is our own address")
        for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if not dom.lower().endswith(".example"):
                problem(rid, "non-.example e-mail domain %s" % dom)
        for host in re.findall(r"https?://([\w.-]+)", text):
            if not host.lower().endswith(".example"):
                problem(rid, "non-.example URL host %s" % host)
        auto = (msg["Auto-Submitted"] not in (None, "no") or msg["X-Autoreply"] is not None
                or msg["X-Auto-Response-Suppress"] is not None)
        if lab["intent"] == "out_of_office" and not auto:
            problem(rid, "out_of_office without any auto-reply header")
        if lab["intent"] == "delivery_failure":
            if not re.search(r"(?i)mailer-daemon|postmaster", frm):
                problem(rid, "bounce not from a mailer daemon / postmaster")
            if msg.get_content_type() != "multipart/report" and msg["X-Failed-Recipients"] is None:
                problem(rid, "bounce is neither multipart/report nor has X-Failed-Recipients")
        elif not p["bounce"] and p["reminder_subject"] not in str(msg["Subject"]) \
                and p["key"] != "OOO_NL_NO_RETURN_CUSTOM_SUBJECT":
            problem(rid, "Subject does not contain the reminder subject")
        # ---- dates
        date_fields = ["promised_date", "paid_date", "return_date"]
        covered = set()
        for d in p["dates"]:
            f = d["field"]
            covered.add(f)
            if norm(d["phrase"]) not in nown:
                problem(rid, "date phrase %r not in own text" % d["phrase"])
            lang = lang_of(p["locale"])
            wds = weekdays_in(d["phrase"], lang)
            try:
                got = resolve(d["rule"], d, today, p["locale"], f)
            except Exception as exc:  # noqa: BLE001
                problem(rid, "cannot resolve %r: %s" % (d["phrase"], exc))
                continue
            if d["rule"] in ("this_weekday", "next_weekday", "past_weekday"):
                if wds != {d["wd"]}:
                    problem(rid, "weekday words %s in %r do not match wd=%d" % (wds, d["phrase"], d["wd"]))
            elif wds and wds != {got.weekday()}:
                problem(rid, "phrase %r names weekday %s but the date is %s" % (d["phrase"], wds, got))
            if lab[f] != got.isoformat():
                problem(rid, "%s label %s != recomputed %s (%s, %r, Date %s)" % (
                    f, lab[f], got, d["rule"], d["phrase"], date_hdr))
            checked_dates += 1
        for f in date_fields:
            if lab[f] is not None and f not in covered:
                problem(rid, "%s labelled without a provenance phrase" % f)
            if lab[f] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", lab[f]):
                problem(rid, "%s not ISO" % f)
        # ---- amounts and currency
        amts = {a["field"]: a["raw"] for a in p["amounts"]}
        if set(amts) - {"promised_amount"}:
            problem(rid, "unexpected amount fields %s" % amts)
        if "promised_amount" in amts:
            rawtok = amts["promised_amount"]
            if norm(rawtok) not in nown:
                problem(rid, "amount token %r not in own text" % rawtok)
            try:
                val = parse_amount(rawtok, p["locale"])
                cur = currency_of(rawtok, p["thread_currency"])
            except ValueError as exc:
                problem(rid, str(exc))
                val = cur = None
            if lab["promised_amount"] != val:
                problem(rid, "promised_amount %s != %s from %r" % (lab["promised_amount"], val, rawtok))
            if lab["currency"] != cur:
                problem(rid, "currency %s != %s from %r" % (lab["currency"], cur, rawtok))
            if cur and p["thread_currency"] == cur and cur not in text:
                if re.search(r"(?<![A-Za-z])(kr)(?![A-Za-z])|\$", rawtok) and cur not in text:
                    problem(rid, "thread currency %s not visible in the message" % cur)
            checked_amounts += 1
        elif lab["promised_amount"] is not None:
            problem(rid, "promised_amount labelled without a raw token")
        if (lab["promised_amount"] is None) != (lab["currency"] is None):
            problem(rid, "currency must be null exactly when promised_amount is null")
        if lab["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d\d", lab["promised_amount"]):
            problem(rid, "promised_amount not a two-decimal string")
        # ---- intent-specific field sanity
        it = lab["intent"]
        if it == "paid_claim" and lab["promised_date"] is not None:
            problem(rid, "paid_claim with promised_date")
        if it != "out_of_office" and lab["return_date"] is not None:
            problem(rid, "return_date outside out_of_office")
        if it == "dispute" and lab["dispute_reason"] not in REASONS:
            problem(rid, "dispute without a valid reason")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            problem(rid, "bad dispute_reason %r" % lab["dispute_reason"])
        if lab["dispute_reason"] is not None and it not in ("dispute", "legal_or_insolvency"):
            problem(rid, "dispute_reason on a %s item" % it)
        if it in ("delivery_failure", "other") and any(
                lab[f] is not None for f in FIELDS[1:-1]):
            problem(rid, "%s item with filled fields" % it)
        # ---- payment reference
        refs = p["refs"]
        if lab["payment_reference"] is None:
            if refs:
                problem(rid, "provenance has a reference but the label is null")
        else:
            if lab["payment_reference"] not in refs:
                problem(rid, "payment_reference not in provenance refs")
            if norm(lab["payment_reference"]) not in nown:
                problem(rid, "payment_reference not in own text")
            if lab["payment_reference"].startswith("#"):
                problem(rid, "payment_reference keeps a leading #")
        # ---- new contact
        nce = lab["new_contact_email"]
        if nce is not None:
            if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)*\.example", nce):
                problem(rid, "new_contact_email malformed %r" % nce)
            if nce.casefold() not in nown:
                problem(rid, "new_contact_email not in own text")
            if OUR_DOMAIN in nce or nce.casefold() == p["reminder_to"].casefold():
                problem(rid, "new_contact_email is ours or the address we already wrote to")
            if p["injection"]:
                inj_par = [x for x in own if p["injection"] in x]
                if any(nce in x for x in inj_par):
                    problem(rid, "new_contact_email taken from the injected text")
        # ---- invoice numbers
        inv = lab["invoice_numbers"]
        if not isinstance(inv, list) or any(not re.fullmatch(r"HLE-\d{5}", x) for x in inv):
            problem(rid, "invoice_numbers malformed %r" % inv)
        if len(set(inv)) != len(inv):
            problem(rid, "duplicate invoice numbers")
        thread = p["thread_invoices"]
        own_tok = invoice_tokens("\n".join(own), thread)
        subj_tok = invoice_tokens(str(msg["Subject"] or ""), thread)
        src = p["inv_src"]
        if src == "text":
            if inv != own_tok:
                problem(rid, "invoice_numbers %s != own-text tokens %s" % (inv, own_tok))
        elif src == "subject":
            if own_tok:
                problem(rid, "inv_src subject but own text names %s" % own_tok)
            if inv != subj_tok:
                problem(rid, "invoice_numbers %s != Subject tokens %s" % (inv, subj_tok))
        elif src in ("quote", "returned"):
            if own_tok or subj_tok:
                problem(rid, "inv_src %s but own text/Subject name invoices" % src)
            if inv != thread:
                problem(rid, "invoice_numbers %s != reminder invoices %s" % (inv, thread))
            for t in thread:
                if t not in text:
                    problem(rid, "%s not in the quoted/returned reminder" % t)
        elif src == "none":
            if inv != [] or invoice_tokens(text, thread):
                problem(rid, "inv_src none but invoices appear")
        else:
            problem(rid, "unknown inv_src %r" % src)
        # ---- injection
        if lab.get("injection"):
            injections.append(rid)
            if not p["injection"] or p["injection"] not in text:
                problem(rid, "injection flagged but its text is not in the message")
        elif p["injection"]:
            problem(rid, "provenance has injection text but the label is not flagged")

    if counts != TARGET:
        problem("set", "intent counts %s != %s" % (counts, TARGET))
    if len(injections) != N_INJECTIONS:
        problem("set", "%d injection items, expected %d" % (len(injections), N_INJECTIONS))

    if PROBLEMS:
        print("FAIL: %d problem(s)" % len(PROBLEMS))
        for x in PROBLEMS:
            print("  " + x)
        sys.exit(1)
    print("OK: 80 messages parse; %d date labels recomputed, %d amounts re-parsed; "
          "intent counts %s; injections %s" % (checked_dates, checked_amounts,
                                               ", ".join("%s=%d" % (k, counts[k]) for k in TARGET),
                                               ", ".join(injections)))


if __name__ == "__main__":
    main()
