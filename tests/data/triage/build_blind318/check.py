#!/usr/bin/env python3
"""Re-verify every label of blind set 318 against the generated messages. Exit 1 on any problem."""
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
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
KEYS = {"P": "promise_to_pay", "Y": "paid_claim", "D": "dispute", "R": "document_request",
        "B": "billing_update", "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request",
        "L": "legal_or_insolvency", "F": "delivery_failure", "K": "acknowledgement", "X": "other"}
TARGET = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
          "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
          "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
MAIN = {"en-US", "en-GB", "en-IE", "es-ES", "es-AR", "fr-FR", "fr-BE", "de-DE", "de-CH", "pt-BR", "nl-BE", "it-IT"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMT = re.compile(r"^\d+\.\d{2}$")
problems = []


def bad(i, msg):
    problems.append(f"{i}: {msg}")


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def resolve(rule, arg, t):
    if rule == "plus":
        return t + timedelta(days=arg)
    if rule == "this_wd":
        return t + timedelta((arg - t.weekday()) % 7)
    if rule == "next_wd":
        return t + timedelta(7 - t.weekday() + arg)
    if rule == "last_wd":
        return t - timedelta((t.weekday() - arg) % 7 or 7)
    if rule == "eom":
        return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if rule == "eom_named":
        return date(t.year, arg, calendar.monthrange(t.year, arg)[1])
    if rule == "by_day":
        if t.day <= arg:
            return t.replace(day=arg)
        y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
        return date(y, m, arg)
    if rule == "week_fri":
        return date.fromisocalendar(t.year, arg, 5)
    if rule == "this_week":
        return t + timedelta(4 - t.weekday())
    if rule == "explicit":
        return date.fromisoformat(arg)
    raise ValueError(rule)


def texts(msg):
    out = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if ct == "message/rfc822":
            continue
        if p.get_content_maintype() == "text" or ct in ("message/delivery-status",):
            try:
                c = p.get_content()
            except Exception:
                c = p.get_payload(decode=True) or b""
                c = c.decode("utf-8", "replace") if isinstance(c, bytes) else str(c)
            if not isinstance(c, str):
                c = str(c)
            if ct == "text/html":
                c = re.sub(r"<br\s*/?>", "\n", c)
                c = re.sub(r"</(div|p)>", "\n", c)
                c = html.unescape(re.sub(r"<[^>]+>", "", c))
            out.append(c)
        if p is not msg and isinstance(p, email.message.EmailMessage) and ct != "message/rfc822" and p.get("Subject"):
            out.append(str(p.get("Subject")))
    return unicodedata.normalize("NFC", "\n".join(out))


def norm_amount(s, dec):
    keep = "".join(ch for ch in s if ch.isdigit() or ch in ".,'")
    keep = keep.rstrip(".,'") if not re.search(r"[.,]\d{1,2}$", keep) else keep
    if dec == ",":
        keep = keep.replace(".", "").replace("'", "").replace(",", ".")
    else:
        keep = keep.replace(",", "").replace("'", "")
    return f"{Decimal(keep):.2f}"


def main():
    em, lb, ck = load("emails.jsonl"), load("labels.jsonl"), load("checks.jsonl")
    if not (len(em) == len(lb) == len(ck) == 80):
        bad("-", f"line counts {len(em)} {len(lb)} {len(ck)}")
    ids = [f"la{i:02d}" for i in range(1, 81)]
    if [e["id"] for e in em] != ids or [l["id"] for l in lb] != ids or [c["id"] for c in ck] != ids:
        bad("-", "ids not la01..la80 in order in every file")
    for e in em:
        if set(e) != {"id", "eml"}:
            bad(e["id"], "email keys")
    for e, l, c in zip(em, lb, ck):
        i = l["id"]
        keys = set(l) - {"injection"}
        if keys != set(FIELDS):
            bad(i, f"label keys {sorted(keys ^ set(FIELDS))}")
        if "injection" in l and l["injection"] is not True:
            bad(i, "injection must be true when present")
        m = re.match(r"^\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] \S", l["note"])
        if not m:
            bad(i, "note prefix")
            continue
        if m.group(1) != c["key"] or m.group(2) != c["locale"] or KEYS.get(m.group(1)) != l["intent"]:
            bad(i, "note key/locale/intent mismatch")
        if l["intent"] not in TARGET:
            bad(i, "intent")
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None and not ISO.match(l[f]):
                bad(i, f"{f} format")
        if l["promised_amount"] is not None and not AMT.match(l["promised_amount"]):
            bad(i, "amount format")
        if (l["promised_amount"] is None) != (l["currency"] is None):
            bad(i, "currency iff amount")
        if l["currency"] is not None and not re.match(r"^[A-Z]{3}$", l["currency"]):
            bad(i, "currency code")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad(i, "dispute_reason value")
        if l["intent"] == "dispute" and l["dispute_reason"] is None:
            bad(i, "dispute without reason")
        if l["dispute_reason"] and l["intent"] not in ("dispute", "legal_or_insolvency"):
            bad(i, "reason on a non-dispute intent")
        if l["return_date"] and l["intent"] != "out_of_office":
            bad(i, "return_date outside out_of_office")
        if l["paid_date"] and l["intent"] != "paid_claim":
            bad(i, "paid_date outside paid_claim")
        if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]):
            bad(i, "invoice_numbers list/duplicates")
        # ---- message
        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            bad(i, f"defects {msg.defects}")
        try:
            dt = parsedate_to_datetime(msg["Date"])
        except Exception as ex:
            bad(i, f"Date header {ex}")
            continue
        today = dt.date()
        if not msg["Message-ID"]:
            bad(i, "no Message-ID")
        to = str(msg["To"])
        mcase = re.search(r"collections\+(BF\d{4})@ar\.brightfret\.example", to)
        if not mcase:
            bad(i, "case id not in To")
            continue
        if l["intent"] == "delivery_failure":
            if msg["In-Reply-To"]:
                bad(i, "bounce with In-Reply-To")
            if msg.get_content_type() != "multipart/report" and "mailer-daemon" not in str(msg["From"]).lower():
                bad(i, "bounce not recognisable")
        else:
            irt = str(msg["In-Reply-To"] or "")
            if not re.match(rf"^<{mcase.group(1)}\.r\d\.\d{{8}}T\d{{6}}Z@ar\.brightfret\.example>$", irt):
                bad(i, f"In-Reply-To {irt}")
            if str(msg["References"] or "") != irt:
                bad(i, "References")
        if l["intent"] == "out_of_office" and not msg["Auto-Submitted"]:
            bad(i, "auto-reply without Auto-Submitted")
        if l["intent"] not in ("out_of_office", "delivery_failure") and msg["Auto-Submitted"]:
            bad(i, "human reply with Auto-Submitted")
        txt = texts(msg)
        low = txt.casefold()
        # ---- dates
        checked = set()
        for d in c["dates"]:
            f = d["field"]
            checked.add(f)
            want = resolve(d["rule"], d["arg"], today).isoformat()
            if l[f] != want:
                bad(i, f"{f} {l[f]} != recomputed {want} ({d['rule']} from {today})")
            if unicodedata.normalize("NFC", d["phrase"]).casefold() not in low:
                bad(i, f"date phrase not in text: {d['phrase']!r}")
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None and f not in checked:
                bad(i, f"{f} has no recomputation entry")
        # ---- amount
        a = c["amount"]
        if l["promised_amount"] is not None:
            if not a:
                bad(i, "amount without check entry")
            else:
                if a["text"].casefold() not in low:
                    bad(i, f"amount text not in message: {a['text']!r}")
                if norm_amount(a["text"], a["dec"]) != l["promised_amount"]:
                    bad(i, f"amount {a['text']!r} -> {norm_amount(a['text'], a['dec'])} != {l['promised_amount']}")
        elif a:
            bad(i, "amount check but null label")
        for f in ("payment_reference", "new_contact_email"):
            if l[f] is not None and l[f].casefold() not in low:
                bad(i, f"{f} not in text")
        for inv in l["invoice_numbers"]:
            mm = re.match(r"^INV-(\d{4})$", inv)
            if not mm or not re.search(rf"(?<!\d){mm.group(1)}(?!\d)", txt):
                bad(i, f"invoice {inv} not in text")
        for s in c.get("must", []):
            if s.casefold() not in low:
                bad(i, f"must-phrase missing {s!r}")
    # ---- distribution
    ic = Counter(l["intent"] for l in lb)
    if dict(ic) != TARGET:
        bad("-", f"intent counts {dict(ic)}")
    lc = Counter(c["locale"] for c in ck)
    main_n = sum(v for k, v in lc.items() if k in MAIN)
    if not 36 <= main_n <= 44:
        bad("-", f"main-locale count {main_n}")
    for k, v in lc.items():
        if k not in MAIN and v > 3:
            bad("-", f"locale {k} has {v} > 3")
    if len([k for k in lc if k not in MAIN]) < 15:
        bad("-", "too few other locales")
    inj = sum(1 for l in lb if l.get("injection"))
    if not 5 <= inj <= 8:
        bad("-", f"injection count {inj}")
    if problems:
        print("\n".join(problems))
        print(f"FAIL: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"OK: 80 messages, intents {dict(ic)}, {len(lc)} locales ({main_n} in the main 12), {inj} injections")


if __name__ == "__main__":
    main()
