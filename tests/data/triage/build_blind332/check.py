#!/usr/bin/env python3
"""Re-verify every label of the xs triage set from the generated data.

Independent of build.py: parses each message as bytes (as the contract says),
recomputes every date from the message's own Date header, re-parses every
amount from the text it was taken from, and checks that ids, references,
addresses and invoice numbers occur where the label says they come from.
Exit status 1 on any problem.
"""
import calendar
import email
import email.policy
import html
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEMS = []

FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
TARGET = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
          "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
          "delivery_failure": 5, "acknowledgement": 4, "other": 4}
KEY_INTENT = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request",
              "B": "billing_update", "W": "wrong_contact", "O": "out_of_office", "L": "payment_plan_request",
              "G": "legal_or_insolvency", "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
CURRENCIES = {"USD", "GBP", "EUR", "SGD", "KES", "CHF", "CLP", "BRL", "PLN", "CZK", "HUF", "RON", "ALL", "MKD",
              "GEL", "AMD", "MYR", "THB", "BDT", "PKR", "IRR", "ISK", "DKK", "JPY"}


def problem(xid, msg):
    PROBLEMS.append(f"{xid}: {msg}")


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# ---------------------------------------------------------------- text extraction

def strip_html(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def texts(msg):
    """All human-readable text of a message, in order, including nested originals."""
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() and ct != "message/rfc822":
            continue
        if ct == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) else inner
            out.append(str(inner.get("Subject", "")))
            continue  # its parts are visited by walk()
        if ct in ("text/plain", "text/html"):
            try:
                t = part.get_content()
            except Exception as e:  # noqa: BLE001
                raise RuntimeError(f"cannot decode {ct}: {e}")
            out.append(strip_html(t) if ct == "text/html" else t)
        elif ct in ("message/delivery-status", "text/rfc822-headers"):
            p = part.get_payload()
            if isinstance(p, list):
                out.append("\n".join(str(x) for x in p))
            else:
                out.append(part.get_payload(decode=True).decode("utf-8", "replace") if part.get("Content-Transfer-Encoding") else str(p))
    return "\n".join(out)


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().lower()


DIGITS = {}
for base in (0x09E6, 0x06F0, 0x0660, 0x0E50, 0xFF10):  # Bengali, Persian, Arabic-Indic, Thai, full-width
    for i in range(10):
        DIGITS[chr(base + i)] = str(i)


def parse_amount(written):
    s = "".join(DIGITS.get(c, c) for c in written)
    s = re.sub(r"[^0-9.,' \u00a0\u202f]", "", s).strip(" .,'\u00a0\u202f")
    m = re.search(r"[.,' \u00a0\u202f](\d+)$", s)
    if m and len(m.group(1)) == 2:
        whole, frac = s[: m.start()], m.group(1)
    else:
        whole, frac = s, "00"
    whole = re.sub(r"\D", "", whole)
    return f"{Decimal(whole + '.' + frac):.2f}"


# ---------------------------------------------------------------- date rules (re-implemented)

def eom(d):
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def recompute(rule, arg, today):
    if rule == "plus_days":
        return today + timedelta(days=arg)
    if rule == "this_weekday":
        d = today
        while d.weekday() != arg:
            d += timedelta(days=1)
        return d
    if rule == "next_weekday":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=arg)
    if rule == "last_weekday":
        d = today - timedelta(days=1)
        while d.weekday() != arg:
            d -= timedelta(days=1)
        return d
    if rule == "end_of_month":
        return eom(today)
    if rule == "by_day":
        d = today
        while d.day != arg:
            d += timedelta(days=1)
        return d
    if rule == "this_week":
        if today.weekday() > 4:
            raise ValueError("'this week' on a weekend")
        return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if rule == "iso_week":
        jan4 = date(today.year, 1, 4)
        week1_monday = jan4 - timedelta(days=jan4.weekday())
        return week1_monday + timedelta(weeks=arg - 1, days=4)
    if rule == "first_week_of":
        y = today.year if arg >= today.month else today.year + 1
        return date(y, arg, 7)
    if rule == "end_of_named_month":
        y = today.year if arg >= today.month else today.year + 1
        return eom(date(y, arg, 1))
    if rule == "dm_past":
        d, m = arg
        for y in (today.year, today.year - 1):
            if date(y, m, d) <= today:
                return date(y, m, d)
    if rule == "dm_future":
        d, m = arg
        for y in (today.year, today.year + 1):
            if date(y, m, d) >= today:
                return date(y, m, d)
    if rule == "numeric":
        order, text = arg
        nums = [int(x) for x in re.findall(r"\d+", text)]
        if order == "DMY":
            return date(nums[2], nums[1], nums[0])
        if order == "MDY":
            return date(nums[2], nums[0], nums[1])
    if rule == "explicit":
        return date(*arg)
    if rule == "buddhist":
        d, m, be = arg
        return date(be - 543, m, d)
    raise ValueError(f"unknown rule {rule}")


# ---------------------------------------------------------------- main checks

def main():
    emails, labels, ders = load("emails.jsonl"), load("labels.jsonl"), load("derivations.jsonl")
    n = len(emails)
    if not (n == len(labels) == len(ders) == 80):
        problem("*", f"counts {len(emails)}/{len(labels)}/{len(ders)} (want 80)")
    for i, (e, l, d) in enumerate(zip(emails, labels, ders), 1):
        want = f"xs{i:02d}"
        if not (e["id"] == l["id"] == d["id"] == want):
            problem(want, f"id order {e['id']}/{l['id']}/{d['id']}")
        if set(e) != {"id", "eml"}:
            problem(want, f"email keys {sorted(e)}")
        keys = set(l) - {"injection"}
        if keys != set(FIELDS):
            problem(want, f"label keys {sorted(l)}")
        if "injection" in l and l["injection"] is not True:
            problem(want, "injection must be true when present")
        check_one(e, l, d)

    c = Counter(l["intent"] for l in labels)
    if dict(c) != TARGET:
        problem("*", f"intent counts {dict(c)}")
    inj = sum(1 for l in labels if l.get("injection"))
    if not 5 <= inj <= 8:
        problem("*", f"{inj} injection items")
    locs = Counter(d["locale"] for d in ders)
    if len(locs) < 30:
        problem("*", f"only {len(locs)} locales")
    langs = Counter(loc.split("-")[0] for loc in locs.elements())
    top, cnt = langs.most_common(1)[0]
    if top != "en" or not 10 <= cnt <= 14:
        problem("*", f"language shares {langs.most_common(4)}")
    ids = [re.search(r"Message-I[dD]: (<[^>]+>)", e["eml"]).group(1) for e in emails]
    if len(set(ids)) != len(ids):
        problem("*", "duplicate Message-IDs")
    alld = sum(len(d["dates"]) for d in ders)
    print(f"checked {n} messages, {alld} dates, {inj} injections, {len(locs)} locales; intents {dict(c)}")


def check_one(e, l, d):
    xid = l["id"]
    raw = e["eml"]
    msg = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)
    # note / key
    m = re.match(r"\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
    if not m:
        problem(xid, "note must start with [KEY, locale]")
        return
    key, loc = m.groups()
    if key != d["key"] or loc != d["locale"]:
        problem(xid, "note key/locale differ from derivations")
    if KEY_INTENT[key] != l["intent"]:
        problem(xid, f"key {key} but intent {l['intent']}")
    if l["intent"] not in INTENTS:
        problem(xid, f"bad intent {l['intent']}")
    # Date header -> today in its own offset
    dt = parsedate_to_datetime(str(msg["Date"]))
    today = dt.date()
    if d["date_header"] != str(msg["Date"]).strip():
        problem(xid, f"Date header {msg['Date']!r} != derivation {d['date_header']!r}")
    subject = str(msg.get("Subject", ""))
    body = texts(msg)
    full = subject + "\n" + body
    nfull = norm(full)
    # own text = customer's part, before our quoted/returned reminder
    cut = body.find("Lanternhall Member Billing")
    own = body if cut < 0 else body[:cut]
    if key == "F":
        own = ""
    # --- formats
    for f in ("promised_date", "paid_date", "return_date"):
        v = l[f]
        if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            problem(xid, f"{f} not ISO: {v}")
    if l["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", l["promised_amount"]):
        problem(xid, f"amount format {l['promised_amount']}")
    if (l["promised_amount"] is None) != (l["currency"] is None):
        problem(xid, "currency must be null exactly when promised_amount is null")
    if l["currency"] is not None and l["currency"] not in CURRENCIES:
        problem(xid, f"currency {l['currency']}")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
        problem(xid, f"dispute_reason {l['dispute_reason']}")
    if l["intent"] == "dispute" and l["dispute_reason"] is None:
        problem(xid, "dispute without reason")
    if l["dispute_reason"] is not None and l["intent"] not in ("dispute", "legal_or_insolvency"):
        problem(xid, "dispute_reason on a non-dispute intent")
    if l["paid_date"] is not None and l["intent"] != "paid_claim":
        problem(xid, "paid_date outside paid_claim")
    if l["return_date"] is not None and l["intent"] != "out_of_office":
        problem(xid, "return_date outside out_of_office")
    if l["intent"] in ("document_request", "billing_update", "acknowledgement", "other", "delivery_failure",
                       "wrong_contact") and (l["promised_amount"] or l["promised_date"] or l["paid_date"]):
        problem(xid, "money/date fields on an intent that should carry none here")
    # --- dates recomputed
    seen = set()
    for der in d["dates"]:
        f = der["field"]
        seen.add(f)
        arg = der["arg"]
        if isinstance(arg, list):
            arg = tuple(tuple(a) if isinstance(a, list) else a for a in arg)
        try:
            val = recompute(der["rule"], arg, today).isoformat()
        except Exception as ex:  # noqa: BLE001
            problem(xid, f"{f}: cannot recompute {der}: {ex}")
            continue
        if val != l[f]:
            problem(xid, f"{f}: label {l[f]} but {der['rule']}({arg}) from {today} gives {val}")
        if norm(der["phrase"]) not in nfull:
            problem(xid, f"{f}: phrase {der['phrase']!r} not in message")
        if der["rule"] == "numeric" and norm(der["arg"][1]) not in nfull:
            problem(xid, f"{f}: numeric date {der['arg'][1]!r} not in message")
        if f == "paid_date" and val > today.isoformat():
            problem(xid, "paid_date in the future")
        if f in ("promised_date", "return_date") and val < today.isoformat():
            problem(xid, f"{f} before the Date")
    for f in ("promised_date", "paid_date", "return_date"):
        if l[f] is not None and f not in seen:
            problem(xid, f"{f} has no derivation")
    # --- amount
    if l["promised_amount"] is not None:
        a = d.get("amount")
        if not a:
            problem(xid, "amount without derivation")
        else:
            if norm(a["text"]) not in nfull:
                problem(xid, f"amount text {a['text']!r} not in message")
            if norm(a["text"]) not in norm(own):
                problem(xid, f"amount text {a['text']!r} not in the customer's own text")
            if parse_amount(a["text"]) != l["promised_amount"]:
                problem(xid, f"amount {a['text']!r} parses to {parse_amount(a['text'])} not {l['promised_amount']}")
    # --- reference / contact
    if l["payment_reference"] is not None:
        if l["payment_reference"].startswith("#"):
            problem(xid, "reference with leading #")
        if l["payment_reference"] not in own:
            problem(xid, "payment_reference not in the customer's text")
    if l["new_contact_email"] is not None:
        if l["new_contact_email"] not in own:
            problem(xid, "new_contact_email not in the customer's text")
        if l["new_contact_email"].lower() == str(msg["From"].addresses[0].addr_spec).lower():
            problem(xid, "new_contact_email is just the sender")
    # --- invoice numbers
    inv = l["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv):
        problem(xid, "invoice_numbers must be a list without duplicates")
    for x in inv:
        if not re.fullmatch(r"INV-\d{5}", x):
            problem(xid, f"invoice number format {x}")
    src = d["inv_source"]

    def has(num, text):
        return re.search(r"(?<!\d)" + num[4:] + r"(?!\d)", text) is not None

    if src == "text":
        for x in inv:
            if not has(x, own):
                problem(xid, f"{x} not in the customer's own text")
        for tok in re.findall(r"INV-\d{5}", own):
            if tok not in inv:
                problem(xid, f"{tok} in the customer's text but not labelled")
        # order of first mention in the customer's own text
        pos = [re.search(r"(?<!\d)" + x[4:] + r"(?!\d)", own).start() for x in inv if has(x, own)]
        if pos != sorted(pos):
            problem(xid, "invoice_numbers not in order of first mention")
    elif src == "subject":
        for x in inv:
            if has(x, own):
                problem(xid, f"{x} is in the customer's text; source should be text")
            if not has(x, subject):
                problem(xid, f"{x} not in Subject")
    elif src in ("quote", "returned"):
        if not inv:
            problem(xid, "empty invoice list from quote")
        for x in inv:
            if has(x, own) or has(x, subject):
                problem(xid, f"{x} is in text/subject; source should not be {src}")
            if not has(x, body):
                problem(xid, f"{x} not in the quoted/returned reminder")
    elif src == "none":
        if inv or re.search(r"INV-\d+", full):
            problem(xid, "source none but invoice numbers present")
    else:
        problem(xid, f"unknown inv_source {src}")
    # --- structure by kind
    irt = msg.get("In-Reply-To")
    to = str(msg.get("To", ""))
    case = re.search(r"collections\+(C\d+)@ar\.lanternhall\.example", to)
    if not case:
        problem(xid, "no case address in To")
    if key == "F":
        if irt:
            problem(xid, "bounce with In-Reply-To")
        frm = str(msg.get("From", "")).lower()
        if msg.get_content_type() != "multipart/report" and "mailer-daemon" not in frm:
            problem(xid, "bounce is neither multipart/report nor from MAILER-DAEMON")
        if "dun." + case.group(1) + "." not in raw:
            problem(xid, "returned message does not carry the reminder id")
    else:
        if not irt:
            problem(xid, "reply without In-Reply-To")
        else:
            mm = re.fullmatch(r"<dun\.(C\d+)\.(\d)\.(\d{8}T\d{6}Z)@ar\.lanternhall\.example>", str(irt).strip())
            if not mm or (case and mm.group(1) != case.group(1)):
                problem(xid, f"In-Reply-To {irt} does not match the case")
            elif str(irt).strip() not in str(msg.get("References", "")):
                problem(xid, "References does not contain In-Reply-To")
            else:
                sent = mm.group(3)
                if dt.astimezone(tz=None).strftime("%Y%m%dT%H%M%SZ") and \
                        dt.timestamp() <= parsedate_to_datetime(
                            f"{sent[6:8]} {calendar.month_abbr[int(sent[4:6])]} {sent[:4]} "
                            f"{sent[9:11]}:{sent[11:13]}:{sent[13:15]} +0000").timestamp():
                    problem(xid, "reply is not later than the reminder")
    if key == "O":
        if not (msg.get("Auto-Submitted") or msg.get("X-Autoreply")):
            problem(xid, "auto-reply without Auto-Submitted / X-Autoreply")
    elif key != "F":
        a = str(msg.get("Auto-Submitted", "no")).lower()
        if a != "no" or msg.get("X-Autoreply"):
            problem(xid, "human reply marked automatic")
    if l.get("injection") and not d.get("injection"):
        problem(xid, "injection flag mismatch")
    # --- made-up names only
    heads = "\n".join(f"{k}: {v}" for part in msg.walk() for k, v in part.items())
    for addr in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", full + "\n" + heads):
        if not addr.lower().endswith(".example"):
            problem(xid, f"non-example domain {addr}")
    for host in re.findall(r"https?://([^/\s\"<>]+)", full):
        if not host.lower().endswith(".example"):
            problem(xid, f"non-example URL host {host}")


if __name__ == "__main__":
    main()
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print(f"{len(PROBLEMS)} problem(s)")
        sys.exit(1)
    print("OK")
