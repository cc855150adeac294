#!/usr/bin/env python3
"""Re-verify every label of the jv triage set from the generated data. Exit 1 on any problem."""
import calendar, json, os, re, sys, email, email.policy
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENTS = {"promise_to_pay": "A", "paid_claim": "B", "dispute": "C", "document_request": "D", "billing_update": "E",
           "wrong_contact": "F", "out_of_office": "G", "payment_plan_request": "H", "legal_or_insolvency": "I",
           "delivery_failure": "J", "acknowledgement": "K", "other": "L"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
CURS = {"USD", "CAD", "AUD", "MXN", "CHF", "EUR", "DKK", "NOK", "CZK", "HUF", "RON", "RUB", "KRW", "VND"}
errors = []
def err(i, m): errors.append("%s: %s" % (i, m))

def resolve(today, rule):
    k = rule[0]
    if k == "tomorrow": return today + timedelta(1)
    if k == "yesterday": return today - timedelta(1)
    if k == "weekday": return today + timedelta((rule[1] - today.weekday()) % 7)
    if k == "next_weekday":
        monday_next = today - timedelta(today.weekday()) + timedelta(7)
        return monday_next + timedelta(rule[1])
    if k == "last_weekday":
        d = today - timedelta(1)
        while d.weekday() != rule[1]: d -= timedelta(1)
        return d
    if k == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "eonm":
        y = today.year if rule[1] >= today.month else today.year + 1
        return date(y, rule[1], calendar.monthrange(y, rule[1])[1])
    if k == "plus": return today + timedelta(rule[1])
    if k == "by_day":
        d = today
        while d.day != rule[1]: d += timedelta(1)
        return d
    if k == "this_week": return today - timedelta(today.weekday()) + timedelta(4)
    if k == "isoweek":
        d = today
        while not (d.isocalendar()[1] == rule[1] and d.weekday() == 4): d += timedelta(1)
        return d
    if k == "first_week": return date(today.year if rule[1] >= today.month else today.year + 1, rule[1], 7)
    if k == "explicit": return date.fromisoformat(rule[1])
    if k == "past_dm":
        d = today
        while not (d.day == rule[1] and d.month == rule[2]): d -= timedelta(1)
        return d
    if k == "future_dm":
        d = today
        while not (d.day == rule[1] and d.month == rule[2]): d += timedelta(1)
        return d
    raise ValueError(rule)

def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart(): continue
        if ct.startswith("text/"):
            try: out.append(part.get_content())
            except Exception as e: out.append(part.get_payload())
        elif ct == "message/delivery-status":
            out.append(str(part))
        for h in ("Subject",):
            if part.get(h): out.append(str(part.get(h)))
    return "\n".join(out)

def digits(s): return re.sub(r"[\s.,'\u2019\u00a0]", "", s)

em = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
lb = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
rules = json.load(open(os.path.join(HERE, "date_rules.json"), encoding="utf-8"))
if len(em) != 80 or len(lb) != 80: err("-", "need 80 emails and 80 labels")
ids = ["jv%02d" % i for i in range(1, 81)]
if [e["id"] for e in em] != ids or [l["id"] for l in lb] != ids: err("-", "ids not jv01..jv80 in order")
for e, l in zip(em, lb):
    i = l["id"]
    keys = set(l) - {"injection"}
    if keys != set(FIELDS): err(i, "label keys %s" % sorted(keys ^ set(FIELDS)))
    if "injection" in l and l["injection"] is not True: err(i, "injection must be true")
    if set(e) != {"id", "eml"}: err(i, "email keys")
    it = l["intent"]
    if it not in INTENTS: err(i, "bad intent"); continue
    loc = rules[i]["locale"]
    if not l["note"].startswith("[%s, %s]" % (INTENTS[it], loc)): err(i, "note prefix")
    raw = e["eml"]
    msg = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)
    try:
        dt = parsedate_to_datetime(msg["Date"])
    except Exception as x:
        err(i, "Date unparsable %s" % x); continue
    today = dt.date()  # calendar date in the header's own offset
    text = all_text(msg)
    if "failure notice" in str(msg.get("Subject", "")): text = raw
    # dates
    have = {r["field"]: r for r in rules[i]["rules"]}
    for f in ("promised_date", "paid_date", "return_date"):
        v = l[f]
        if v is None:
            if f in have: err(i, "%s rule but null label" % f)
            continue
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v): err(i, "%s format" % f)
        if f not in have: err(i, "%s without rule" % f); continue
        r = have[f]
        got = resolve(today, r["rule"]).isoformat()
        if got != v: err(i, "%s %s != recomputed %s" % (f, v, got))
        if r["phrase"].lower() not in text.lower(): err(i, "phrase %r not in text" % r["phrase"])
    # amounts
    a = l["promised_amount"]
    if (a is None) != (l["currency"] is None): err(i, "currency/amount nullness")
    if a is not None:
        if not re.fullmatch(r"\d+\.\d{2}", a): err(i, "amount format")
        if l["currency"] not in CURS: err(i, "currency")
        whole, frac = a.split(".")
        body = msg.get_body(("plain", "html"))
        if whole not in digits(text): err(i, "amount %s not in text" % a)
    if l["payment_reference"] is not None and l["payment_reference"] not in text: err(i, "reference not in text")
    if l["new_contact_email"] is not None and l["new_contact_email"] not in text: err(i, "contact not in text")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: err(i, "dispute reason")
    if it == "dispute" and l["dispute_reason"] is None: err(i, "dispute without reason")
    inv = l["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv): err(i, "invoice list")
    for n in inv:
        if not re.fullmatch(r"INV-\d{4}", n): err(i, "invoice format %s" % n)
        elif n[4:] not in text: err(i, "invoice %s not in message" % n)
    # envelope sanity per kind
    if it == "out_of_office" and not msg.get("Auto-Submitted"): err(i, "OOO without Auto-Submitted")
    if it == "delivery_failure":
        if not (msg.get_content_type() == "multipart/report" or "qmail" in raw): err(i, "bounce not a report/qmail")
        if msg.get("In-Reply-To"): err(i, "bounce with In-Reply-To")
    elif not msg.get("In-Reply-To") or "@ar.arclightgas.example" not in msg["In-Reply-To"]: err(i, "no In-Reply-To to the reminder")
    if "collections+C" not in str(msg.get("To", "")): err(i, "case not in To")
    if it != "out_of_office" and it != "delivery_failure" and msg.get("Auto-Submitted"): err(i, "human reply marked automatic")
from collections import Counter
print("intents:", dict(Counter(l["intent"] for l in lb)))
print("locales:", dict(Counter(rules[l["id"]]["locale"] for l in lb)))
print("injections:", sum(1 for l in lb if l.get("injection")))
if errors:
    print("\n".join(errors)); print("FAILED:", len(errors)); sys.exit(1)
print("OK: all 80 labels verified")
