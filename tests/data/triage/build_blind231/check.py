#!/usr/bin/env python3
"""Re-verify every label of the 'ub' triage set from the generated data. Exit 1 on any problem."""
import calendar, email, json, re, sys
from datetime import date, timedelta
from email import policy

INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
KEYS = dict(zip("ABCDEFGHIJKL", INTENTS))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
LOCALES = "en-GB en-US en-NZ es-ES es-CL fr-FR de-DE pt-PT it-IT nl-BE sv-SE pl-PL hu-HU ru-RU he-IL zh-CN ja-JP".split()
DAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
errs = []


def err(i, m):
    errs.append("%s: %s" % (i, m))


def last_day(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def rule_date(t, rule):
    k, _, a = rule.partition(":")
    if k == "abs": return date.fromisoformat(a)
    if k == "tom": return t + timedelta(days=1)
    if k == "yest": return t - timedelta(days=1)
    if k == "plus": return t + timedelta(days=int(a))
    if k == "this":
        d = t
        while d.weekday() != DAYS.index(a): d += timedelta(days=1)
        return d
    if k == "next":
        monday = t - timedelta(days=t.weekday()) + timedelta(days=7)
        return monday + timedelta(days=DAYS.index(a))
    if k == "last":
        d = t - timedelta(days=1)
        while d.weekday() != DAYS.index(a): d -= timedelta(days=1)
        return d
    if k == "eom": return last_day(t.year, t.month)
    if k == "mend": return last_day(t.year, int(a))
    if k == "dom":
        d = t
        while d.day != int(a): d += timedelta(days=1)
        return d
    if k == "week": return t - timedelta(days=t.weekday()) + timedelta(days=4)
    if k == "kw": return date.fromisocalendar(t.year, int(a), 5)
    if k in ("fut", "past"):
        m, dd = map(int, a.split("-"))
        d = date(t.year, m, dd)
        if k == "fut" and d < t: d = date(t.year + 1, m, dd)
        if k == "past" and d > t: d = date(t.year - 1, m, dd)
        return d
    raise ValueError(rule)


def texts(msg):
    out = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/") or ct == "message/delivery-status":
            try:
                c = part.get_content()
            except Exception:
                c = part.get_payload(decode=True).decode("utf-8", "replace") if part.get_payload(decode=True) else str(part.get_payload())
            if not isinstance(c, str): c = str(c)
            if ct == "text/html":
                c = re.sub(r"<[^>]+>", " ", c).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
            out.append(c)
        elif ct == "message/rfc822":
            pass
    return "\n".join(out)


def norm_digits(s):
    return re.sub(r"[\s\u00a0\u202f.,'’]", "", s)


emails = [json.loads(l) for l in open("emails.jsonl", encoding="utf-8")]
labels = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
if len(emails) != 80 or len(labels) != 80: err("-", "need 80 emails/labels, got %d/%d" % (len(emails), len(labels)))
ids = ["ub%02d" % i for i in range(1, 81)]
if [e["id"] for e in emails] != ids or [l["id"] for l in labels] != ids: err("-", "ids must be ub01..ub80 in order")
inj = 0
for e, l in zip(emails, labels):
    i = l["id"]
    if set(e) != {"id", "eml"}: err(i, "email keys")
    extra = set(l) - set(FIELDS)
    if set(FIELDS) - set(l) or extra - {"injection"}: err(i, "label keys %s" % sorted(set(l)))
    if "injection" in l:
        if l["injection"] is not True: err(i, "injection must be true")
        inj += 1
    if l["intent"] not in INTENTS: err(i, "intent")
    mnote = re.match(r"\[([A-L]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
    if not mnote: err(i, "note prefix"); continue
    if KEYS[mnote.group(1)] != l["intent"]: err(i, "KEY %s vs intent %s" % (mnote.group(1), l["intent"]))
    if mnote.group(2) not in LOCALES: err(i, "locale")
    try:
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=policy.default)
    except Exception as x:
        err(i, "parse %s" % x); continue
    for h in ("From", "To", "Subject", "Date"):
        if not msg[h]: err(i, "missing header " + h)
    dt = msg["Date"].datetime
    if l["intent"] != "delivery_failure":
        if dt.tzinfo is None: err(i, "Date without zone")
        if not msg["Message-ID"] or not msg["In-Reply-To"] or not msg["References"]: err(i, "threading headers")
    else:
        if msg["In-Reply-To"]: err(i, "bounce with In-Reply-To")
    if l["intent"] == "out_of_office" and msg.get("Auto-Submitted", "") != "auto-replied": err(i, "OOO without Auto-Submitted")
    today = dt.date()
    text = texts(msg)
    if e["eml"].find("\ufffd") >= 0 or text.find("\ufffd") >= 0: err(i, "replacement char")
    tags = dict(re.findall(r"«(\w+)=([^»]+)»", l["note"]))
    for f in ("promised_date", "paid_date", "return_date"):
        v = l[f]
        if v is None:
            if f in tags: err(i, "tag for null %s" % f)
            continue
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", v): err(i, "%s format" % f)
        if f not in tags: err(i, "no rule tag for %s" % f); continue
        if rule_date(today, tags[f]).isoformat() != v: err(i, "%s %s != %s (%s from %s)" % (f, v, rule_date(today, tags[f]), tags[f], today))
    a, c = l["promised_amount"], l["currency"]
    if (a is None) != (c is None): err(i, "amount/currency nullness")
    if a is not None:
        if not re.fullmatch(r"\d+\.\d\d", a): err(i, "amount format")
        if not re.fullmatch(r"[A-Z]{3}", c): err(i, "currency format")
        whole, cents = a.split(".")
        nd = norm_digits(text)
        if (whole + cents) not in nd and not (cents == "00" and whole in nd): err(i, "amount %s not in text" % a)
    if l["payment_reference"] is not None and l["payment_reference"] not in text: err(i, "reference not in text")
    if l["new_contact_email"] is not None:
        body_only = "\n".join(texts(msg).split("\n")[2:])
        if l["new_contact_email"] not in body_only: err(i, "new_contact_email not in body")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: err(i, "dispute_reason")
    if l["intent"] == "dispute" and l["dispute_reason"] is None: err(i, "dispute without reason")
    if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]): err(i, "invoice list")
    for n in l["invoice_numbers"]:
        if not re.fullmatch(r"INV-\d{4}", n): err(i, "invoice format %s" % n)
        elif n not in text and n[4:] not in text: err(i, "invoice %s not in text" % n)
    if l["intent"] == "delivery_failure" and "5." not in text: err(i, "bounce without status")
if not 5 <= inj <= 8: err("-", "injection count %d" % inj)
from collections import Counter
cnt = Counter(l["intent"] for l in labels)
loc = Counter(l["note"][4:9] for l in labels)
if sum(v for k, v in loc.items() if k.startswith("en")) > 20: err("-", "too much English")
if set(loc) != set(LOCALES): err("-", "locales missing: %s" % (set(LOCALES) - set(loc)))
for x in errs: print("FAIL", x)
print("intents:", dict(cnt)); print("locales:", dict(loc)); print("injection:", inj)
print("OK" if not errs else "%d problems" % len(errs))
sys.exit(1 if errs else 0)
