#!/usr/bin/env python3
"""Sanity checker for the blind170 triage set (not part of the data). Exits non-zero on a problem."""
import calendar, email, email.policy, json, os, re, sys
from datetime import date, timedelta
from email.utils import parsedate_tz

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact", "out_of_office",
           "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
LETTER = {"P": "promise_to_pay", "Y": "paid_claim", "D": "dispute", "Q": "document_request", "B": "billing_update",
          "W": "wrong_contact", "O": "out_of_office", "N": "payment_plan_request", "L": "legal_or_insolvency",
          "F": "delivery_failure", "K": "acknowledgement", "X": "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference", "dispute_reason",
        "new_contact_email", "return_date", "invoice_numbers", "note"]

# Independent re-statement of every date label: KEY -> (field, rule, args, phrase that must appear in the text)
def tw(t, wd): return t + timedelta((wd - t.weekday()) % 7)
def nw(t, wd): return t + timedelta(7 - t.weekday() + wd)
def eom(t): return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
def bythe(t, d):
    if t.day <= d: return t.replace(day=d)
    return date(t.year + (t.month == 12), t.month % 12 + 1, d)
def md_future(t, m, d):
    x = date(t.year, m, d); return x if x >= t else date(t.year + 1, m, d)
def md_past(t, m, d):
    x = date(t.year, m, d); return x if x <= t else date(t.year - 1, m, d)

DATES = {
    "P1": ("promised_date", lambda t: tw(t, 4), "this Friday"),
    "P2": ("promised_date", eom, "end of the month"),
    "P3": ("promised_date", lambda t: t + timedelta(1), "tomorrow"),
    "P4": ("promised_date", lambda t: date.fromisocalendar(t.year, 17, 5), "KW 17"),
    "P5": ("promised_date", eom, "la fin du mois"),
    "P6": ("promised_date", lambda t: md_future(t, 5, 11), "lunes 11 de mayo"),
    "P7": ("promised_date", lambda t: nw(t, 2), "next Wednesday"),
    "P8": ("promised_date", lambda t: bythe(t, 20), "dia 20"),
    "P9": ("promised_date", lambda t: tw(t - timedelta(t.weekday()), 4), "this week"),
    "P10": ("promised_date", lambda t: nw(t, 3), "volgende week donderdag"),
    "P11": ("promised_date", lambda t: md_future(t, 5, 29), "29 maggio"),
    "P12": ("promised_date", eom, "今月末"),
    "Y1": ("paid_date", lambda t: md_past(t, 4, 3), "April 3"),
    "Y2": ("paid_date", lambda t: t - timedelta(1), "yesterday"),
    "Y3": ("paid_date", lambda t: date(2026, 4, 3), "03/04/2026"),
    "Y4": ("paid_date", lambda t: date(2026, 5, 4), "05/04/2026"),
    "Y5": ("paid_date", lambda t: date(2026, 5, 12), "12.05.2026"),
    "Y6": ("paid_date", lambda t: md_past(t, 4, 28), "28 avril"),
    "Y7": ("paid_date", lambda t: t - timedelta(1), "i går"),
    "Y8": ("paid_date", lambda t: md_past(t, 4, 7), "7 april"),
    "Y9": ("paid_date", lambda t: t - timedelta(1), "אתמול"),
    "Y10": ("paid_date", lambda t: date(2026, 4, 14), "14 aprilie 2026"),
    "Y11": ("paid_date", lambda t: date(2026, 4, 24), "04/24/2026"),
    "Y12": ("paid_date", lambda t: md_past(t, 5, 5), "5 maggio"),
    "D1": ("promised_date", lambda t: md_future(t, 4, 30), "April 30"),
    "D9": ("promised_date", eom, "final do mês"),
    "O1": ("return_date", lambda t: md_future(t, 4, 13), "April 13"),
    "O2": ("return_date", lambda t: md_future(t, 4, 27), "27. April"),
    "O3": ("return_date", lambda t: md_future(t, 5, 4), "4 mai"),
    "O4": ("return_date", lambda t: md_future(t, 5, 7), "5月7日"),
    "O6": ("return_date", lambda t: date(2026, 5, 24), "24.5.2026"),
    "N1": ("promised_date", lambda t: md_future(t, 7, 1), "July 1"),
    "N2": ("promised_date", lambda t: date(t.year, 6, 30), "end of June"),
    "N3": ("promised_date", lambda t: t + timedelta(14), "dentro de dos semanas"),
    "N5": ("promised_date", lambda t: md_future(t, 7, 15), "15 iulie"),
}

problems = []
def bad(i, msg):
    problems.append("%s: %s" % (i, msg))

def texts(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            try:
                out.append(part.get_content())
            except Exception as e:
                out.append(part.get_payload(decode=True).decode("utf-8", "replace"))
        elif ct == "message/rfc822" and not part.is_multipart():
            pass
        elif ct == "message/delivery-status":
            for sub in part.get_payload():
                out.append(str(sub))
    return "\n".join(out)

def norm_amounts(text):
    vals = set()
    for tok in re.findall(r"\d[\d.,'\u00a0\u202f ]*\d|\d", text):
        t = tok.replace("\u00a0", " ").replace("\u202f", " ")
        for cand in {t, t.replace(" ", "")}:
            c = cand.replace("'", "").replace(" ", "")
            m = re.match(r"^(\d{1,3}(?:[.,]\d{3})*|\d+)(?:([.,])(\d{2}))?$", c)
            if m:
                ip = re.sub(r"[.,]", "", m.group(1)); fp = m.group(3) or "00"
                vals.add("%d.%s" % (int(ip), fp))
    return vals

emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
if len(emails) != 80 or len(labels) != 80:
    bad("-", "need 80 emails and labels, got %d/%d" % (len(emails), len(labels)))
ids = [e["id"] for e in emails]
if ids != [l["id"] for l in labels]: bad("-", "label order differs from email order")
if ids != ["kt%02d" % i for i in range(1, 81)]: bad("-", "ids are not kt01..kt80")
seen_keys = set()
counts = {}
inj = 0
for e, l in zip(emails, labels):
    i = e["id"]
    extra = set(l) - set(KEYS) - {"injection"}
    if extra or set(KEYS) - set(l): bad(i, "label keys %s" % sorted(set(l) ^ set(KEYS)))
    m = re.match(r"^\[([A-Z])(\d+), ([a-z]{2}(?:-[A-Z]{2})?)\] \S", l["note"])
    if not m: bad(i, "note prefix"); continue
    key = m.group(1) + m.group(2)
    if key in seen_keys: bad(i, "duplicate key " + key)
    seen_keys.add(key)
    if LETTER[m.group(1)] != l["intent"]: bad(i, "key letter %s vs intent %s" % (key, l["intent"]))
    if l["intent"] not in INTENTS: bad(i, "intent")
    counts[l["intent"]] = counts.get(l["intent"], 0) + 1
    if l.get("injection"): inj += 1
    raw = e["eml"].encode("utf-8")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects: bad(i, "defects %r" % msg.defects)
    for part in msg.walk():
        if part.defects: bad(i, "part defects %r" % part.defects)
    to = str(msg["To"])
    cm = re.search(r"receivables\+(KS\d{5})@billing\.kestrel-scholarly\.example", to)
    if not cm: bad(i, "To lacks case address: " + to); continue
    case = cm.group(1)
    irt = msg["In-Reply-To"]
    auto = msg["Auto-Submitted"] or msg["X-Autoreply"]
    if l["intent"] == "delivery_failure":
        if not str(msg["From"]).lower().count("mailer-daemon") and "postmaster" not in str(msg["From"]).lower() and "MicrosoftExchange" not in str(msg["From"]):
            bad(i, "bounce From")
    else:
        if not irt or case not in str(irt): bad(i, "In-Reply-To must reference the reminder of " + case)
    if l["intent"] == "out_of_office" and not auto: bad(i, "auto-reply without header")
    if l["intent"] not in ("out_of_office", "delivery_failure") and msg["Auto-Submitted"]: bad(i, "human reply marked automatic")
    tt = parsedate_tz(str(msg["Date"]))
    today = date(tt[0], tt[1], tt[2])
    # weekday in header must match
    wdh = str(msg["Date"]).split(",")[0].strip()
    if wdh[:3] in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun") and ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][today.weekday()] != wdh[:3]:
        bad(i, "weekday in Date header wrong")
    body = texts(msg)
    flat = re.sub(r"\s+", " ", body)
    # dates
    for fld in ("promised_date", "paid_date", "return_date"):
        v = l[fld]
        if key in DATES and DATES[key][0] == fld:
            exp = DATES[key][1](today).isoformat()
            if v != exp: bad(i, "%s %s: expected %s got %s" % (key, fld, exp, v))
            if DATES[key][2] not in flat: bad(i, "phrase %r not in text" % DATES[key][2])
        elif v is not None:
            bad(i, "%s set without a DATES rule" % fld)
        if v is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", v): bad(i, fld + " format")
    for k in DATES:
        pass
    # amounts
    a, c = l["promised_amount"], l["currency"]
    if (a is None) != (c is None): bad(i, "currency null iff amount null")
    if a is not None:
        if not re.match(r"^\d+\.\d{2}$", a): bad(i, "amount format")
        if a not in norm_amounts(body): bad(i, "amount %s not found in text" % a)
        if c not in ("USD", "GBP", "EUR", "AUD", "CHF", "SEK", "JPY", "ILS", "RON"): bad(i, "currency " + c)
        if c not in body and c != "USD": bad(i, "currency %s not visible in message" % c)
    if l["intent"] == "paid_claim" and (l["paid_date"] is None): bad(i, "paid_claim without paid_date in this set")
    if l["payment_reference"] is not None:
        if not re.search(r"(?<![\w+/-])" + re.escape(l["payment_reference"]) + r"(?![\w+/-])", body): bad(i, "reference not in text as a whole token")
        if l["payment_reference"].startswith("#"): bad(i, "reference with #")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: bad(i, "reason")
    if l["intent"] == "dispute" and l["dispute_reason"] is None: bad(i, "dispute without reason")
    if l["new_contact_email"] is not None:
        if l["new_contact_email"] not in body: bad(i, "contact not in text")
        if l["new_contact_email"].lower() in str(msg["From"]).lower(): bad(i, "contact is the sender")
    inv = l["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv): bad(i, "invoice list")
    for n in inv:
        if not re.match(r"^INV-\d{5}$", n): bad(i, "invoice format " + n)
        if not (n in body or re.search(r"(?<![\w/-])" + n[4:] + r"(?![\w/-])", body)): bad(i, "invoice %s not in text" % n)
    # every INV-number visible anywhere should be labelled (this set always lists all invoices the thread is about)
    for n in set(re.findall(r"INV-(\d{5})", body)):
        if "INV-" + n not in inv: bad(i, "INV-%s visible but not labelled" % n)

for it in INTENTS:
    if counts.get(it, 0) < 3: bad("-", "intent %s has %d items" % (it, counts.get(it, 0)))
if inj != 6: bad("-", "injection count %d" % inj)
missing = set(DATES) - seen_keys
if missing: bad("-", "DATES keys not in set: %s" % sorted(missing))

if problems:
    print("\n".join(problems)); print("%d problem(s)" % len(problems)); sys.exit(1)
print("OK: %d messages, intents %s, injections %d" % (len(emails), json.dumps(counts, sort_keys=True), inj))
