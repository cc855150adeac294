#!/usr/bin/env python3
"""Re-verify blind set 398 from the messages themselves and provenance.jsonl. Exit 1 on any problem.

Independent of build.py: dates are recomputed with datetime from each message's own Date header
(local calendar date, header's own offset) and the phrase's rule; amounts are re-parsed from the raw token;
each eml must parse with email.message_from_bytes(eml.encode('utf-8'), policy=email.policy.default).
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
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
TARGET = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
          "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
          "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
ISO = {"EUR", "GBP", "SEK", "NOK", "DKK", "ISK"}
problems = []


def bad(i, msg):
    problems.append(f"{i}: {msg}")


def rule_date(rule, args, t):
    if rule == "ymd":
        return date(*args)
    if rule == "plus_days":
        return t + timedelta(days=args[0])
    if rule == "this_weekday":
        return t + timedelta(days=(args[0] - t.weekday()) % 7)
    if rule == "next_weekday":
        monday_next = t - timedelta(days=t.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=args[0])
    if rule == "last_weekday":
        d = t - timedelta(days=1)
        while d.weekday() != args[0]:
            d -= timedelta(days=1)
        return d
    if rule == "end_of_month":
        return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if rule == "end_of_named_month":
        return date(t.year, args[0], calendar.monthrange(t.year, args[0])[1])
    if rule == "by_the":
        d = date(t.year, t.month, args[0]) if t.day <= args[0] else None
        if d is None:
            d = date(t.year + (t.month == 12), t.month % 12 + 1, args[0])
        return d
    if rule == "iso_week_friday":
        return date.fromisocalendar(t.year, args[0], 5)
    if rule == "this_week_friday":
        return t + timedelta(days=(4 - t.weekday()) % 7)
    if rule == "dm_past":
        d = date(t.year, args[1], args[0])
        return d if d <= t else d.replace(year=t.year - 1)
    if rule == "dm_future":
        d = date(t.year, args[1], args[0])
        return d if d >= t else d.replace(year=t.year + 1)
    raise ValueError(rule)


def amount_of(raw):
    """Independent parser: the last ',' or '.' followed by exactly 1-2 digits at the end is the decimal mark."""
    s = raw.replace("\u00a0", " ")
    s = re.sub(r",-+$", "", s.strip().rstrip("."))     # 12 500,-  / 2.106,--
    s = re.sub(r"[^0-9.,]", "", s)
    s = s.strip(".,")
    m = re.fullmatch(r"(.*?)[.,](\d{2})", s)
    if m and not re.fullmatch(r".*[.,]\d{3}", s):
        whole, cents = m.group(1), m.group(2)
    else:
        whole, cents = s, "00"
    whole = re.sub(r"[.,]", "", whole)
    return f"{int(whole)}.{cents}"


def texts(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct.startswith("text/"):
            try:
                t = part.get_content()
            except Exception as e:  # noqa: BLE001
                t = ""
                problems.append(f"content decode error {e}")
            if ct == "text/html":
                t = re.sub(r"<br\s*/?>", "\n", t)
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif ct == "message/delivery-status":
            out.append(str(part))
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def main():
    em = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    lb = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    pv = [json.loads(l) for l in open(os.path.join(HERE, "provenance.jsonl"), encoding="utf-8")]
    ids = [f"oy{i:02d}" for i in range(1, 81)]
    if [e["id"] for e in em] != ids or [l["id"] for l in lb] != ids or [p["id"] for p in pv] != ids:
        bad("all", "ids/order mismatch")
    for e, l, p in zip(em, lb, pv):
        i = e["id"]
        if set(e) != {"id", "eml"}:
            bad(i, "email keys")
        extra = set(l) - set(FIELDS) - {"note", "injection"}
        if extra or any(f not in l for f in FIELDS + ["note"]):
            bad(i, f"label keys {sorted(l)}")
        if not l["note"].startswith(f"[{p['key']}, {p['locale']}] "):
            bad(i, "note prefix")
        if bool(l.get("injection")) != bool(p["injection"]) or ("injection" in l and l["injection"] is not True):
            bad(i, "injection flag")
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            dt = parsedate_to_datetime(str(msg["Date"]))
        except Exception as ex:  # noqa: BLE001
            bad(i, f"parse error {ex}")
            continue
        if dt.tzinfo is None:
            bad(i, "naive Date")
        if msg.defects:
            bad(i, f"defects {msg.defects}")
        today = dt.date()  # local date in the header's own offset
        txt = texts(msg)
        ntxt = norm(txt)
        to = str(msg.get("To", ""))
        if not re.search(r"ar\+K\d{4}@billing\.verbatra\.example", to):
            bad(i, "To is not a per-case AR address")
        if l["intent"] not in INTENTS:
            bad(i, "intent")
        if l["intent"] != p["intent"]:
            bad(i, "intent vs provenance")
        # dates
        seen = set()
        for d in p["dates"]:
            want = rule_date(d["rule"], d["args"], today).isoformat()
            seen.add(d["field"])
            if l[d["field"]] != want:
                bad(i, f"{d['field']} {l[d['field']]} != {want} ({d['rule']} {d['args']} from {today})")
            if norm(d["phrase"]) not in ntxt:
                bad(i, f"date phrase not in message: {d['phrase']!r}")
        for f in ("promised_date", "paid_date", "return_date"):
            if f not in seen and l[f] is not None:
                bad(i, f"{f} set without provenance")
        # amount
        a = p["amount"]
        if a:
            if amount_of(a["raw"]) != l["promised_amount"]:
                bad(i, f"amount {l['promised_amount']} != {amount_of(a['raw'])} from {a['raw']!r}")
            if a["currency"] != l["currency"] or l["currency"] not in ISO:
                bad(i, "currency")
            if norm(a["raw"]) not in ntxt:
                bad(i, f"amount token not in message: {a['raw']!r}")
            if re.search(r"\bkr\b", a["raw"]) and a["currency"] != p["reminder_currency"]:
                bad(i, "bare kr must take the reminder currency")
        elif l["promised_amount"] is not None or l["currency"] is not None:
            bad(i, "amount/currency without provenance")
        if (l["promised_amount"] is None) != (l["currency"] is None):
            bad(i, "currency null iff amount null")
        if l["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", l["promised_amount"]):
            bad(i, "amount format")
        # reference / contact / reason
        if l["payment_reference"] is not None:
            if l["payment_reference"].startswith("#") or norm(l["payment_reference"]) not in ntxt:
                bad(i, "payment_reference not as written")
        if l["new_contact_email"] is not None and l["new_contact_email"].casefold() not in txt.casefold():
            bad(i, "new_contact_email not in message")
        if l["new_contact_email"] != p["new_contact_email"] or l["payment_reference"] != p["payment_reference"]:
            bad(i, "label vs provenance (contact/ref)")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad(i, "dispute_reason value")
        if l["intent"] == "dispute" and l["dispute_reason"] is None:
            bad(i, "dispute without reason")
        if l["intent"] == "out_of_office" and not (msg.get("Auto-Submitted") or msg.get("X-Autoreply")):
            bad(i, "out_of_office without auto-reply header")
        if l["intent"] == "delivery_failure" and not (msg.get_content_type() == "multipart/report"
                                                      or "delivery" in str(msg.get("Subject", "")).lower()
                                                      or msg.get("X-Failed-Recipients")):
            bad(i, "bounce shape")
        # invoices
        inv = l["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv) or inv != p["invoice_numbers"]:
            bad(i, "invoice_numbers list")
        for n in inv:
            if not re.fullmatch(r"LX-\d{5}", n) or n[3:] not in txt:
                bad(i, f"invoice {n} not found / bad format")
        if not inv and re.search(r"LX-\d{5}", txt):
            bad(i, "message names an invoice but list is empty")
    c = Counter(l["intent"] for l in lb)
    if dict(c) != TARGET:
        bad("all", f"intent counts {dict(c)}")
    if sum(1 for l in lb if l.get("injection")) != 6:
        bad("all", "injection count != 6")
    reasons = {l["dispute_reason"] for l in lb if l["intent"] == "dispute"}
    if reasons != REASONS:
        bad("all", f"dispute reasons not all covered: {reasons}")
    if problems:
        print("\n".join(problems))
        print(f"FAIL: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"OK: 80 messages parse; dates, amounts, refs, contacts, invoices and counts verified {dict(c)}")


if __name__ == "__main__":
    main()
