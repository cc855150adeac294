"""Re-verifies blind set 379 from the build's provenance. Exits non-zero on any problem."""
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

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENTS = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
           "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
           "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
CURS = {"GBP", "USD", "NZD", "NGN", "EUR", "XOF", "PEN", "AOA"}


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def resolve(today, rule, args):
    if rule == "tomorrow":
        return today + timedelta(1)
    if rule == "yesterday":
        return today - timedelta(1)
    if rule == "today":
        return today
    if rule == "this_weekday":
        return today + timedelta((args[0] - today.weekday()) % 7)
    if rule == "next_weekday":
        return today + timedelta(7 - today.weekday() + args[0])
    if rule == "last_weekday":   # most recent past weekday, strictly before today
        d = (today.weekday() - args[0]) % 7 or 7
        return today - timedelta(d)
    if rule == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "eo_named_month":
        return date(today.year, args[0], calendar.monthrange(today.year, args[0])[1])
    if rule == "in_days":
        return today + timedelta(args[0])
    if rule == "by_the":
        if today.day <= args[0]:
            return today.replace(day=args[0])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, args[0])
    if rule == "this_week_friday":
        return today + timedelta(4 - today.weekday())
    if rule == "isoweek_friday":
        return date.fromisocalendar(today.year, args[0], 5)
    if rule == "dm_past":
        d = date(today.year, args[1], args[0])
        return d if d <= today else date(today.year - 1, args[1], args[0])
    if rule == "dm_future":
        d = date(today.year, args[1], args[0])
        return d if d >= today else date(today.year + 1, args[1], args[0])
    if rule == "explicit":
        return date(args[0], args[1], args[2])
    raise ValueError(rule)


def parse_amount(raw, style):
    s = re.sub(r"[^0-9.,]", "", raw)
    if style == "dot":
        s = s.replace(",", "")
    elif style == "comma":
        s = s.replace(".", "").replace(",", ".")
    elif style == "int":
        s = s.replace(".", "").replace(",", "")
    else:
        raise ValueError(style)
    return str(Decimal(s).quantize(Decimal("0.01")))


def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith("text/"):
            try:
                out.append(p.get_content())
            except Exception:
                out.append(p.get_payload(decode=True).decode("utf-8", "replace"))
        elif ct == "message/rfc822":
            for sp in p.get_payload():
                out.append(str(sp.get("Subject", "")))
        elif ct in ("message/delivery-status", "message/disposition-notification"):
            out.append(str(p))
    return "\n".join(out)


def main():
    emails, labels, prov = load("emails.jsonl"), load("labels.jsonl"), load("provenance.jsonl")
    errs = []
    if not (len(emails) == len(labels) == len(prov) == 80):
        errs.append("expected 80 lines each")
    counts = Counter()
    inj = []
    for i, (e, l, p) in enumerate(zip(emails, labels, prov), 1):
        nid = "np%02d" % i
        def bad(m):
            errs.append("%s: %s" % (nid, m))
        if not (e["id"] == l["id"] == p["id"] == nid):
            bad("id order")
        for f in FIELDS:
            if f not in l:
                bad("missing field " + f)
        extra = set(l) - set(FIELDS) - {"injection"}
        if extra:
            bad("extra fields %s" % extra)
        counts[l["intent"]] += 1
        if l["intent"] != p["intent"]:
            bad("intent differs from provenance")
        if l.get("injection"):
            inj.append(nid)
        if bool(l.get("injection")) != bool(p["injection"]):
            bad("injection flag")
        if not l["note"].startswith("[%s, %s]" % (p["key"], p["locale"])):
            bad("note prefix")
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        except Exception as ex:
            bad("parse error %r" % ex)
            continue
        if msg.defects:
            bad("defects %r" % msg.defects)
        dt = msg["Date"].datetime
        today = dt.date()  # calendar date in the header's own offset
        text = all_text(msg)
        flat = re.sub(r"\s+", " ", text)
        # dates
        dates = p.get("dates", {})
        for f in ("promised_date", "paid_date", "return_date"):
            if f in dates:
                phrase, rule, *args = dates[f]
                if re.sub(r"\s+", " ", phrase) not in flat:
                    bad("phrase %r not in message" % phrase)
                got = resolve(today, rule, args).isoformat()
                if got != l[f]:
                    bad("%s: label %s, recomputed %s (%s from %s)" % (f, l[f], got, rule, today))
            elif l[f] is not None:
                bad("%s labelled without provenance" % f)
        # amounts
        if "amount" in p:
            raw, style = p["amount"]
            if raw not in text:
                bad("amount token %r not in message" % raw)
            if parse_amount(raw, style) != l["promised_amount"]:
                bad("amount %s != %s" % (parse_amount(raw, style), l["promised_amount"]))
        elif l["promised_amount"] is not None:
            bad("amount labelled without provenance")
        if (l["promised_amount"] is None) != (l["currency"] is None):
            bad("currency null iff amount null")
        if l["currency"] is not None and l["currency"] not in CURS:
            bad("currency code")
        if l["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d\d", l["promised_amount"]):
            bad("amount format")
        # other fields present in text
        for f in ("payment_reference", "new_contact_email"):
            if l[f] is not None and l[f] not in text:
                bad("%s %r not in message" % (f, l[f]))
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad("dispute_reason")
        if l["intent"] == "dispute" and l["dispute_reason"] is None:
            bad("dispute without reason")
        if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]):
            bad("invoice_numbers list")
        for inv in l["invoice_numbers"]:
            if not re.fullmatch(r"HB-\d{5}", inv) or inv[3:] not in text:
                bad("invoice %s not in message" % inv)
        # structural sanity per intent
        auto = msg.get("Auto-Submitted") or msg.get("X-Autoreply")
        if l["intent"] == "out_of_office" and not auto:
            bad("out_of_office without auto header")
        if l["intent"] == "delivery_failure" and "delivery" not in text.lower() and "zugestellt" not in text.lower():
            bad("bounce text")
        if not str(msg.get("To", "")).count("@billing.hollybrook.example"):
            bad("To is not our per-case address")
    for k, v in INTENTS.items():
        if counts[k] != v:
            errs.append("intent %s: %d != %d" % (k, counts[k], v))
    if len(inj) != 6:
        errs.append("injections: %d" % len(inj))
    if errs:
        print("\n".join(errs))
        print("FAIL: %d problem(s)" % len(errs))
        sys.exit(1)
    print("OK: 80 items; intents %s; injections %s" % (dict(counts), inj))


if __name__ == "__main__":
    main()
