#!/usr/bin/env python3
"""Sanity checker for the blind triage set (not part of the data). Exits non-zero on a problem."""
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
INTENTS = ["legal_or_insolvency", "delivery_failure", "out_of_office", "dispute", "payment_plan_request",
           "paid_claim", "promise_to_pay", "wrong_contact", "document_request", "billing_update",
           "acknowledgement", "other"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
GROUP = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request", "B": "billing_update",
         "W": "wrong_contact", "O": "out_of_office", "L": "payment_plan_request", "G": "legal_or_insolvency",
         "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
CURRENCIES = {"USD", "GBP", "EUR", "ZAR", "PLN", "CZK", "UAH", "BRL"}

# Independent date table: KEY -> [(field, phrase as written in the mail, how it resolves)].
# Rules are re-implemented below, separately from build.py.
DATES = {
    "P1": [("promised_date", "tomorrow", "tomorrow")],
    "P2": [("promised_date", "next Friday", "next:Fri")],
    "P3": [("promised_date", "KW 14", "kw:14")],
    "P4": [("promised_date", "do końca miesiąca", "eom")],
    "P5": [("promised_date", "by the 25th", "dom:25")],
    "P6": [("promised_date", "el viernes", "this:Fri")],
    "P7": [("promised_date", "10/04", "eu:10/04")],
    "P8": [("promised_date", "this week's payment run", "thisweek")],
    "P9": [("promised_date", "04/03/2026", "us:04/03/2026")],
    "P10": [("promised_date", "příští středu", "next:Wed")],
    "P11": [("promised_date", "daqui a duas semanas", "days:14")],
    "C1": [("paid_date", "03/02/2026", "us:03/02/2026")],
    "C2": [("paid_date", "yesterday", "days:-1")],
    "C3": [("paid_date", "am 27.02.", "eu:27/02")],
    "C4": [("paid_date", "Friday 27 March", "named:Fri 27 Mar")],
    "C5": [("paid_date", "05/03/2026", "eu:05/03/2026")],
    "C6": [("paid_date", "ayer", "days:-1")],
    "C7": [("paid_date", "2 marca", "eu:02/03")],
    "C8": [("paid_date", "29 December", "eu:29/12")],
    "C9": [("paid_date", "v pondělí", "last:Mon")],
    "C10": [("paid_date", "12.03.2026", "eu:12/03/2026")],
    "C11": [("paid_date", "16.03.2026", "eu:16/03/2026")],
    "D1": [("promised_date", "by the 15th", "dom:15")],
    "D3": [("promised_date", "diese Woche", "thisweek")],
    "D11": [("paid_date", "on Monday", "last:Mon")],
    "O1": [("return_date", "Tuesday 7 April 2026", "named:Tue 7 Apr 2026")],
    "O2": [("return_date", "ab dem 13.04.2026", "eu:13/04/2026")],
    "O3": [("return_date", "до 20 март", "eu:20/03")],
    "O4": [("return_date", "el próximo lunes", "next:Mon")],
    "O5": [("return_date", "do 3. 4. 2026", "eu:03/04/2026")],
    "O6": [("return_date", "until Monday", "this:Mon")],
    "L1": [("promised_date", "first on April 1", "us:04/01")],
    "L2": [("promised_date", "end of April", "monthend:4")],
    "L3": [("promised_date", "bis zum 15.", "dom:15")],
    "L4": [("promised_date", "entro fine mese", "eom")],
    "L6": [("promised_date", "this Friday", "this:Fri")],
}
WD = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}
MON = {m: i for i, m in enumerate(calendar.month_abbr) if m}
PAST_FIELDS = {"paid_date"}

errors = []


def err(msg):
    errors.append(msg)


def expect(rule, today, field):
    kind, _, arg = rule.partition(":")
    if kind == "tomorrow":
        return today + timedelta(days=1)
    if kind == "days":
        return today + timedelta(days=int(arg))
    if kind == "this":  # coming weekday (today if same)
        d = today
        while d.weekday() != WD[arg]:
            d += timedelta(days=1)
        return d
    if kind == "next":  # that weekday in the following Mon-Sun week
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=WD[arg])
    if kind == "last":  # most recent such weekday before today
        d = today - timedelta(days=1)
        while d.weekday() != WD[arg]:
            d -= timedelta(days=1)
        return d
    if kind == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if kind == "monthend":
        m = int(arg)
        return date(today.year, m, calendar.monthrange(today.year, m)[1])
    if kind == "thisweek":
        return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if kind == "kw":
        jan4 = date(today.year, 1, 4)
        week1_monday = jan4 - timedelta(days=jan4.weekday())
        return week1_monday + timedelta(weeks=int(arg) - 1, days=4)
    if kind == "dom":
        d = int(arg)
        if today.day <= d:
            return date(today.year, today.month, d)
        return date(today.year + (today.month == 12), today.month % 12 + 1, d)
    if kind in ("eu", "us"):
        p = [int(x) for x in arg.split("/")]
        if kind == "eu":
            day, month = p[0], p[1]
        else:
            month, day = p[0], p[1]
        if len(p) == 3:
            return date(p[2], month, day)
        cand = date(today.year, month, day)
        if field in PAST_FIELDS:
            return cand if cand <= today else date(today.year - 1, month, day)
        return cand if cand >= today else date(today.year + 1, month, day)
    if kind == "named":
        bits = arg.split()
        wd, day, mon = WD[bits[0]], int(bits[1]), MON[bits[2]]
        year = int(bits[3]) if len(bits) > 3 else today.year
        d = date(year, mon, day)
        if d.weekday() != wd:
            raise ValueError(f"{arg}: weekday mismatch ({d:%a})")
        return d
    raise ValueError(rule)


def texts(msg):
    """All decoded text in the message (parts, nested message/rfc822, html stripped)."""
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if p.is_multipart() or ct == "message/rfc822":
            continue
        if ct.startswith("text/") or ct in ("message/delivery-status",):
            try:
                t = p.get_content()
            except Exception:
                t = p.get_payload(decode=True) or b""
                t = t.decode("utf-8", "replace") if isinstance(t, bytes) else str(t)
            if not isinstance(t, str):
                t = str(t)
            if ct == "text/html":
                t = re.sub(r"<[^>]+>", " ", t)
                t = t.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
                t = t.replace("&#x27;", "'").replace("&amp;", "&")
            out.append(t)
    for p in msg.walk():
        if p.get_content_type() == "message/rfc822":
            for sub in p.iter_parts():
                out.append(str(sub.get("Subject", "")))
    return norm(" ".join(out))


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def customer_text(msg, key):
    """Best effort: the part of the first text body above our quoted reminder."""
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    t = body.get_content()
    if body.get_content_type() == "text/html":
        t = re.sub(r"<[^>]+>", " ", t).replace("&nbsp;", " ").replace("&amp;", "&")
    cut = len(t)
    for marker in ("credit+HG",):
        i = t.find(marker)
        if i >= 0:
            cut = min(cut, t.rfind("\n", 0, i) if t.rfind("\n", 0, i) >= 0 else i)
    return norm(t[:cut])


def amount_forms(a):
    ip, dp = a.split(".")
    ip = int(ip)
    g = f"{ip:,}"
    forms = {f"{g}.{dp}", g.replace(",", ".") + "," + dp, g.replace(",", " ") + "," + dp,
             g.replace(",", " ") + "." + dp, f"{ip}.{dp}", f"{ip},{dp}"}
    if dp == "00":
        forms |= {g.replace(",", " "), g, g.replace(",", ".") if ip >= 1000 else str(ip)}
    return forms


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        err(f"expected 80/80 lines, got {len(emails)}/{len(labels)}")
    ids = [e["id"] for e in emails]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    if sorted(ids) != [f"gz{i:02d}" for i in range(1, 81)]:
        err("ids are not gz01..gz80")
    seen_keys = set()
    cases = set()
    for e, l in zip(emails, labels):
        rid = e["id"]
        if l["id"] != rid:
            err(f"{rid}: label order mismatch ({l['id']})")
        if set(e) != {"id", "eml"}:
            err(f"{rid}: email keys {sorted(e)}")
        extra = set(l) - set(KEYS) - {"injection"}
        missing = set(KEYS) - set(l)
        if extra or missing:
            err(f"{rid}: label keys extra={extra} missing={missing}")
        if "injection" in l and l["injection"] is not True:
            err(f"{rid}: injection must be true when present")
        m = re.match(r"^\[([A-Z])(\d+), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
        if not m:
            err(f"{rid}: note prefix {l['note'][:20]!r}")
            continue
        key = m.group(1) + m.group(2)
        if key in seen_keys:
            err(f"{rid}: duplicate key {key}")
        seen_keys.add(key)
        if GROUP[m.group(1)] != l["intent"]:
            err(f"{rid}/{key}: key letter says {GROUP[m.group(1)]}, intent is {l['intent']}")
        if l["intent"] not in INTENTS:
            err(f"{rid}: bad intent {l['intent']}")

        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        defects = [d for p in msg.walk() for d in p.defects]
        if defects:
            err(f"{rid}/{key}: MIME defects {defects}")
        to = str(msg["To"])
        cm = re.search(r"credit\+(HG\d{5})@ar\.haldengas\.example", to)
        if not cm:
            err(f"{rid}/{key}: no case id in To: {to}")
        else:
            if cm.group(1) in cases:
                err(f"{rid}/{key}: case id reused")
            cases.add(cm.group(1))
        dt = parsedate_to_datetime(str(msg["Date"]))
        today = dt.date()
        alltext = texts(msg)
        subj = str(msg["Subject"])
        search = norm(alltext + " " + subj)
        auto = msg.get("Auto-Submitted", "no").strip().lower() != "no"
        intent = l["intent"]
        if intent == "out_of_office" and not auto:
            err(f"{rid}/{key}: out_of_office without Auto-Submitted")
        if intent not in ("out_of_office", "delivery_failure") and auto:
            err(f"{rid}/{key}: Auto-Submitted on a human reply")
        if intent == "delivery_failure":
            if not (msg.get_content_type() == "multipart/report" or "delivery failed" in subj.lower()):
                err(f"{rid}/{key}: bounce is neither multipart/report nor a failure notice")
        elif intent != "out_of_office" and key not in ("C4",):
            if not msg.get("In-Reply-To"):
                err(f"{rid}/{key}: human reply without In-Reply-To")
        # fields
        for f in ("promised_date", "paid_date", "return_date"):
            v = l[f]
            if v is not None:
                try:
                    date.fromisoformat(v)
                except ValueError:
                    err(f"{rid}/{key}: {f} not ISO: {v}")
        rows = DATES.get(key, [])
        covered = {f for f, _, _ in rows}
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None and f not in covered:
                err(f"{rid}/{key}: {f} {l[f]} not verified by the DATES table")
        for f, phrase, rule in rows:
            if norm(phrase) not in search:
                err(f"{rid}/{key}: phrase {phrase!r} not found in the message")
            try:
                exp = expect(rule, today, f).isoformat()
            except ValueError as ex:
                err(f"{rid}/{key}: {ex}")
                continue
            if l[f] != exp:
                err(f"{rid}/{key}: {f} label {l[f]} but {rule!r} from {today} gives {exp}")
        a = l["promised_amount"]
        if (a is None) != (l["currency"] is None):
            err(f"{rid}/{key}: currency must be null exactly when promised_amount is null")
        if a is not None:
            if not re.fullmatch(r"\d+\.\d\d", a):
                err(f"{rid}/{key}: amount format {a}")
            if l["currency"] not in CURRENCIES:
                err(f"{rid}/{key}: currency {l['currency']}")
            ct = customer_text(msg, key)
            if not any(fm in ct for fm in amount_forms(a)):
                err(f"{rid}/{key}: amount {a} not in the customer's own text")
            if intent not in ("promise_to_pay", "paid_claim", "payment_plan_request", "dispute"):
                err(f"{rid}/{key}: amount on intent {intent}")
        ref = l["payment_reference"]
        if ref is not None and ref not in search:
            err(f"{rid}/{key}: reference {ref} not in the message")
        dr = l["dispute_reason"]
        if dr is not None and dr not in REASONS:
            err(f"{rid}/{key}: dispute_reason {dr}")
        if intent == "dispute" and dr is None:
            err(f"{rid}/{key}: dispute without a reason")
        if dr is not None and intent not in ("dispute", "legal_or_insolvency"):
            err(f"{rid}/{key}: dispute_reason on {intent}")
        nce = l["new_contact_email"]
        if nce is not None:
            if nce not in search:
                err(f"{rid}/{key}: new contact {nce} not in the message")
            frm = str(msg["From"])
            if nce in frm and key != "G3":  # G3: counsel writes and names its own address
                err(f"{rid}/{key}: new contact is the sender")
        if intent == "wrong_contact" and nce is None and key != "W5":
            err(f"{rid}/{key}: wrong_contact without address (only W5 is meant to lack one)")
        if intent == "out_of_office" and l["promised_date"]:
            err(f"{rid}/{key}: ooo with promised_date")
        inv = l["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv):
            err(f"{rid}/{key}: invoice_numbers must be a list without duplicates")
        for n in inv:
            if not re.fullmatch(r"INV-\d{5}", n):
                err(f"{rid}/{key}: invoice format {n}")
            elif n[4:] not in search:
                err(f"{rid}/{key}: {n} not found anywhere in the message")
        found = set(re.findall(r"INV-?(\d{5})", search))
        if not inv and found:
            err(f"{rid}/{key}: empty invoice list but the message names {found}")
        if inv and not {n[4:] for n in inv} & found | {n[4:] for n in inv if n[4:] in search}:
            err(f"{rid}/{key}: invoices not located")
        if intent in ("delivery_failure", "out_of_office", "acknowledgement", "other", "document_request",
                      "billing_update", "wrong_contact") and (l["promised_date"] or l["paid_date"]):
            err(f"{rid}/{key}: payment dates on {intent}")
        if intent == "promise_to_pay" and l["paid_date"]:
            err(f"{rid}/{key}: promise with paid_date")
        if l.get("injection"):
            if not re.search(r"(?i)\b(AI|KI|ШІ|automated|automático|agent|assistant|system)", alltext):
                err(f"{rid}/{key}: injection item without text addressed to an automation")

    cnt = Counter(l["intent"] for l in labels)
    for i in INTENTS:
        if cnt[i] < 3:
            err(f"intent {i} has only {cnt[i]}")
    inj = sum(1 for l in labels if l.get("injection"))
    if inj != 6:
        err(f"expected 6 injections, got {inj}")
    if len(seen_keys) != 80:
        err(f"expected 80 distinct keys, got {len(seen_keys)}")
    # invoice numbers may not be shared across customers (each case is a different customer)
    owner = {}
    for e, l in zip(emails, labels):
        for n in l["invoice_numbers"]:
            if n in owner and owner[n] != l["id"]:
                err(f"{n} used by {owner[n]} and {l['id']}")
            owner[n] = l["id"]
    if errors:
        for x in errors:
            print("FAIL", x)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK: 80 messages, intents", dict(sorted(cnt.items())), "injections", inj)


if __name__ == "__main__":
    main()
