#!/usr/bin/env python3
"""Re-verify every label of blind set 203 from the generated data. Exit 1 on any problem."""
import calendar, email, html, json, os, re, sys
from collections import Counter
from datetime import date, timedelta
from email.policy import default
from email.utils import parsedate_to_datetime

D = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement",
           "other"]
KEY = dict(zip(INTENTS, "PCDQBWOILFAX"))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["promised_date", "promised_amount", "currency", "paid_date", "payment_reference", "dispute_reason",
          "new_contact_email", "return_date", "invoice_numbers"]
LOCALES = "en-GB en-IN en-SG es-ES es-CO fr-BE fr-FR de-AT pt-BR it-CH nl-BE sv-SE fi-FI ro-RO vi-VN ar-AE".split()
CURS = {"GBP", "INR", "SGD", "EUR", "COP", "BRL", "CHF", "SEK", "RON", "VND", "AED", "USD"}
DATE_FIELDS = ["promised_date", "paid_date", "return_date"]

errors = []
def err(i, m): errors.append("%s: %s" % (i, m))

# independent re-implementation of the date rules
def r_this(t, wd): return t + timedelta(days=(wd - t.weekday()) % 7)
def r_next(t, wd): return t - timedelta(days=t.weekday()) + timedelta(days=7 + wd)
def r_past(t, wd):
    for k in range(1, 8):
        if (t - timedelta(k)).weekday() == wd: return t - timedelta(k)
def r_last(y, m): return date(y, m, calendar.monthrange(y, m)[1])
def r_nextmonth(y, m): return (y + 1, 1) if m == 12 else (y, m + 1)
def resolve(rule, arg, t):
    if rule == "plus": return t + timedelta(days=arg)
    if rule == "this_wd": return r_this(t, arg)
    if rule == "next_wd": return r_next(t, arg)
    if rule == "past_wd": return r_past(t, arg)
    if rule == "eom": return r_last(t.year, t.month)
    if rule == "by_day":
        if t.day <= arg: return date(t.year, t.month, arg)
        y, m = r_nextmonth(t.year, t.month); return date(y, m, arg)
    if rule == "this_week": return r_this(t, 4)
    if rule == "week_no":
        y = t.year if arg >= t.isocalendar()[1] else t.year + 1
        return date.fromisocalendar(y, arg, 5)
    if rule == "first_week_of":
        x = date(t.year, arg, 7); return x if x >= t else date(t.year + 1, arg, 7)
    if rule == "end_named_month":
        y = t.year if arg >= t.month else t.year + 1; return r_last(y, arg)
    if rule == "end_next_month":
        y, m = r_nextmonth(t.year, t.month); return r_last(y, m)
    if rule == "dm_future":
        x = date(t.year, arg[1], arg[0]); return x if x >= t else date(t.year + 1, arg[1], arg[0])
    if rule == "dm_past":
        x = date(t.year, arg[1], arg[0]); return x if x <= t else date(t.year - 1, arg[1], arg[0])
    if rule == "explicit": return date(*arg)
    raise ValueError(rule)

AR_DIG = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬٫", "01234567890123456789,.")

def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() and ct != "message/delivery-status":
            continue
        if ct == "message/delivery-status":
            out.append(part.as_string()); continue
        if ct == "message/rfc822":
            continue
        if part.get_content_maintype() == "text":
            try:
                c = part.get_content()
            except Exception as e:  # noqa
                c = part.get_payload(decode=True).decode("utf-8", "replace")
            if ct == "text/html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c))
            out.append(c)
    return "\n".join(out)

def group(s, sep, lakh=False):
    if lakh and len(s) > 3:
        head, tail, parts = s[:-3], s[-3:], []
        while len(head) > 2:
            parts.insert(0, head[-2:]); head = head[:-2]
        if head: parts.insert(0, head)
        return sep.join(parts + [tail])
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:]); s = s[:-3]
    out.insert(0, s)
    return sep.join(out)

def amount_in(amount, text):
    i, d = amount.split(".")
    cands = set()
    for sep in [",", ".", " ", "\u00a0", "\u202f", "'", ""]:
        for lakh in (False, True):
            g = group(i, sep, lakh)
            for ds in ".,":
                cands.add(g + ds + d)
            if d == "00":
                cands.add(g)
    t = text.translate(AR_DIG)
    for c in cands:
        if re.search(r"(?<![\d.,])" + re.escape(c) + r"(?![\d]|[.,]\d)", t):
            return True
    return False

def norm(s): return re.sub(r"\s+", " ", s).strip().lower()

emails = [json.loads(l) for l in open(os.path.join(D, "emails.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")]
rules = [json.loads(l) for l in open(os.path.join(D, "date_rules.jsonl"), encoding="utf-8")]
if len(emails) != 80 or len(labels) != 80:
    err("-", "expected 80 emails and 80 labels, got %d/%d" % (len(emails), len(labels)))
rmap = {}
for r in rules:
    rmap[(r["id"], r["field"])] = r

intents, locs, inj = Counter(), Counter(), 0
for k, (e, l) in enumerate(zip(emails, labels)):
    i = e["id"]
    if i != "tl%02d" % (k + 1) or l["id"] != i: err(i, "id order")
    want = {"id", "intent", "note"} | set(FIELDS)
    keys = set(l) - {"injection"}
    if keys != want: err(i, "label keys %s" % sorted(keys ^ want))
    if "injection" in l and l["injection"] is not True: err(i, "injection must be true")
    inj += bool(l.get("injection"))
    if l["intent"] not in INTENTS: err(i, "intent"); continue
    intents[l["intent"]] += 1
    m = re.match(r"\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
    if not m: err(i, "note prefix"); continue
    if m.group(1) != KEY[l["intent"]]: err(i, "note key %s vs intent %s" % (m.group(1), l["intent"]))
    if m.group(2) not in LOCALES: err(i, "locale")
    locs[m.group(2)] += 1
    try:
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=default)
    except Exception as ex:
        err(i, "parse %s" % ex); continue
    dh = msg.get("Date")
    dt = parsedate_to_datetime(str(dh))
    if dt.tzinfo is None: err(i, "Date without zone")
    today = dt.date()
    text = all_text(msg)
    ntext = norm(text)
    if not msg.get("Message-ID") and not msg.get("Message-Id"): err(i, "no Message-ID")
    if l["intent"] not in ("delivery_failure",) and not msg.get("In-Reply-To"): err(i, "no In-Reply-To")
    if l["intent"] == "out_of_office" and not (msg.get("Auto-Submitted") or msg.get("X-Autoreply")):
        err(i, "auto-reply without Auto-Submitted/X-Autoreply")
    # dates
    for f in DATE_FIELDS:
        v = l[f]
        r = rmap.get((i, f))
        if v is None:
            if r: err(i, "%s null but rule exists" % f)
            continue
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v): err(i, "%s format" % f)
        if not r: err(i, "%s has no date rule" % f); continue
        arg = tuple(r["arg"]) if isinstance(r["arg"], list) else r["arg"]
        got = resolve(r["rule"], arg, today).isoformat()
        if got != v: err(i, "%s: %s from %s via %s, label %s" % (f, got, today, r["rule"], v))
        if norm(r["phrase"]) not in ntext: err(i, "phrase %r not in text" % r["phrase"])
    # amounts
    a, c = l["promised_amount"], l["currency"]
    if (a is None) != (c is None): err(i, "amount/currency nullness")
    if a is not None:
        if not re.fullmatch(r"\d+\.\d{2}", a): err(i, "amount format")
        elif not amount_in(a, text): err(i, "amount %s not found in text" % a)
        if c not in CURS: err(i, "currency")
    if l["payment_reference"] is not None and l["payment_reference"] not in text:
        err(i, "payment_reference not in text")
    nce = l["new_contact_email"]
    if nce is not None and (nce.lower() not in text.lower() or not re.fullmatch(r"[^@\s]+@[\w.-]+\.example", nce)):
        err(i, "new_contact_email not in text / not .example")
    dr = l["dispute_reason"]
    if dr is not None and dr not in REASONS: err(i, "dispute_reason value")
    if l["intent"] == "dispute" and dr is None: err(i, "dispute without reason")
    inv = l["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv): err(i, "invoice_numbers list")
    for n in inv:
        if not re.fullmatch(r"INV-\d{4}", n): err(i, "invoice format %s" % n)
        elif not re.search(r"(?<!\d)" + n[4:] + r"(?!\d)", text): err(i, "%s not in message" % n)
    if l["intent"] == "delivery_failure" and "delivery-status" not in e["eml"] and "mailer-daemon" not in e["eml"].lower():
        err(i, "bounce does not look like a bounce")
    hdrs = " ".join("%s" % v for part in msg.walk() for _, v in part.items())
    for host in re.findall(r"@([\w.-]+\.[a-z]+)\b", text + " " + hdrs):
        if not host.endswith(".example"): err(i, "non-.example domain %s" % host)

print("intents:", dict(intents))
print("locales:", dict(locs))
print("injections:", inj)
if errors:
    print("\n".join(errors)); print("FAILED: %d problem(s)" % len(errors)); sys.exit(1)
print("OK: all %d labels verified" % len(labels))
