#!/usr/bin/env python3
"""Re-verify blind set 421 labels against the messages and the build's provenance. Exit 1 on any problem."""
import json, os, re, sys, calendar, html
import email, email.policy
from collections import Counter
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
def load(n):
    with open(os.path.join(HERE, n), encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]
E, L, P = load("emails.jsonl"), load("labels.jsonl"), load("provenance.jsonl")
errs = []
def bad(i, m): errs.append("%s: %s" % (i, m))

FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact", "out_of_office",
           "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
TARGET = dict(zip(INTENTS, [12, 12, 10, 6, 6, 5, 6, 6, 4, 5, 4, 4]))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

def rule_date(rule, a, t):
    if rule == "explicit": return date(a[0], a[1], a[2])
    if rule == "plus_days": return t + timedelta(days=a[0])
    if rule == "this_weekday":
        d = t
        while d.weekday() != a[0]: d += timedelta(1)
        return d
    if rule == "next_weekday":
        monday_next = t - timedelta(t.weekday()) + timedelta(7)
        return monday_next + timedelta(a[0])
    if rule == "prev_weekday":
        d = t
        while d.weekday() != a[0]: d -= timedelta(1)
        return d
    if rule == "prev_week_weekday":
        return t - timedelta(t.weekday()) - timedelta(7) + timedelta(a[0])
    if rule == "this_week_friday": return t - timedelta(t.weekday()) + timedelta(4)
    if rule == "end_of_month": return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if rule == "end_of_named_month":
        y = t.year + (1 if a[0] < t.month else 0)
        return date(y, a[0], calendar.monthrange(y, a[0])[1])
    if rule == "by_the":
        d = t
        while d.day != a[0]: d += timedelta(1)
        return d
    if rule == "iso_week_friday":
        jan4 = date(t.year, 1, 4)
        return jan4 - timedelta(jan4.weekday()) + timedelta(weeks=a[0] - 1, days=4)
    if rule in ("day_month_past", "day_month_future"):
        d = date(t.year, a[1], a[0])
        if rule == "day_month_past" and d > t: d = date(t.year - 1, a[1], a[0])
        if rule == "day_month_future" and d < t: d = date(t.year + 1, a[1], a[0])
        return d
    raise ValueError(rule)

def amount(raw, dec):
    digits = "".join(c for c in raw if c.isdigit() or c in ".,").strip(".,")
    if dec == ",":
        intp, _, frac = digits.replace(".", "").partition(",")
    else:
        intp, _, frac = digits.replace(",", "").partition(".")
    return "%s.%s" % (int(intp), (frac or "00").ljust(2, "0")[:2])

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip().lower()

def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            if ct == "message/rfc822":
                for k, v in part.get_payload(0).items(): out.append("%s: %s" % (k, v))
            continue
        if ct.startswith("text/"):
            t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif ct == "message/delivery-status":
            out.extend(str(p) for p in part.get_payload())
    return "\n".join(out)

if not (len(E) == len(L) == len(P) == 80): bad("-", "expected 80 lines each, got %d/%d/%d" % (len(E), len(L), len(P)))
for n, (e, l, p) in enumerate(zip(E, L, P), 1):
    iid = "ax%02d" % n
    if not (e["id"] == l["id"] == p["id"] == iid): bad(iid, "id/order mismatch"); continue
    for f in FIELDS:
        if f not in l: bad(iid, "missing field " + f)
    extra = set(l) - set(FIELDS) - {"injection"}
    if extra: bad(iid, "unexpected fields %s" % extra)
    if "injection" in l and l["injection"] is not True: bad(iid, "injection must be true when present")
    try:
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        text = all_text(msg)
    except Exception as ex:
        bad(iid, "parse failed: %r" % ex); continue
    dh = msg["Date"]
    if dh is None: bad(iid, "no Date header"); continue
    dtm = parsedate_to_datetime(str(dh))
    today = dtm.date()
    m = re.match(r"\s*([A-Z][a-z]{2}),", str(dh))
    if m and WD[today.weekday()] != m.group(1): bad(iid, "Date weekday %s does not match %s" % (m.group(1), today))
    ntext = norm(text)
    if l["intent"] not in INTENTS: bad(iid, "bad intent")
    if not l["note"].startswith("[%s, %s] " % (p["key"], p["locale"])): bad(iid, "note prefix")
    # dates and amounts from provenance
    covered = set()
    for pr in p["provenance"]:
        covered.add(pr["field"])
        if pr["kind"] == "date":
            want = rule_date(pr["rule"], pr["args"], today).isoformat()
            if l[pr["field"]] != want: bad(iid, "%s %s != recomputed %s (%s from %s)" % (pr["field"], l[pr["field"]], want, pr["rule"], today))
            if norm(pr["phrase"]) not in ntext: bad(iid, "date phrase %r not in message" % pr["phrase"])
        else:
            covered.add("currency")
            want = amount(pr["raw"], pr["dec"])
            if l[pr["field"]] != want: bad(iid, "amount %s != %s from %r" % (l[pr["field"]], want, pr["raw"]))
            if norm(pr["raw"]) not in ntext: bad(iid, "amount token %r not in message" % pr["raw"])
            if l["currency"] != pr["currency"]: bad(iid, "currency %s != %s" % (l["currency"], pr["currency"]))
    covered |= set(p["explicit_fields"])
    for f in ["promised_date", "promised_amount", "currency", "paid_date", "payment_reference", "dispute_reason", "new_contact_email", "return_date"]:
        if f not in covered and l[f] is not None: bad(iid, "%s set without provenance" % f)
    for f in ["promised_date", "paid_date", "return_date"]:
        if l[f] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", l[f]): bad(iid, "bad date " + f)
    if (l["promised_amount"] is None) != (l["currency"] is None): bad(iid, "currency null iff amount null violated")
    if l["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", l["promised_amount"]): bad(iid, "amount format")
    if l["currency"] is not None and not re.fullmatch(r"[A-Z]{3}", l["currency"]): bad(iid, "currency format")
    if l["payment_reference"] is not None and norm(l["payment_reference"]) not in ntext: bad(iid, "payment_reference not in message")
    if l["payment_reference"] is not None and l["payment_reference"].startswith("#"): bad(iid, "reference with #")
    if l["new_contact_email"] is not None and l["new_contact_email"].lower() not in ntext: bad(iid, "new_contact_email not in message")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: bad(iid, "bad dispute_reason")
    if l["intent"] == "dispute" and l["dispute_reason"] is None: bad(iid, "dispute without reason")
    if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]): bad(iid, "invoice_numbers list")
    for inv in l["invoice_numbers"]:
        if not re.fullmatch(r"KWS-\d{5}", inv): bad(iid, "invoice format " + inv)
        if inv[4:] not in text: bad(iid, "invoice %s not in message" % inv)
    # our own side of the thread
    to = str(msg.get("To", ""))
    if not re.search(r"ar\+K51\d\d@billing\.kestrelworkforce\.example", to): bad(iid, "To is not a per-case address")
    irt = msg.get("In-Reply-To")
    if irt is not None and not re.fullmatch(r"<K51\d\d\.r\d\.\d{8}T\d{6}Z@billing\.kestrelworkforce\.example>", str(irt).strip()):
        bad(iid, "In-Reply-To not in our style")
    if l["intent"] == "delivery_failure" and irt is None and "K51" not in text and "K51" not in to: bad(iid, "bounce without case")

c = Counter(l["intent"] for l in L)
for k, v in TARGET.items():
    if c[k] != v: bad("-", "intent %s count %d != %d" % (k, c[k], v))
inj = [l["id"] for l in L if l.get("injection")]
if len(inj) != 6: bad("-", "expected 6 injection items, got %s" % inj)
reasons = {l["dispute_reason"] for l in L if l["intent"] == "dispute"}
if reasons != REASONS: bad("-", "dispute reasons not all covered: %s" % (REASONS - reasons))
en = sum(1 for p in P if p["locale"].startswith("en"))
if not 42 <= en <= 54: bad("-", "English share off: %d/80" % en)

if errs:
    print("\n".join(errs)); print("FAILED: %d problem(s)" % len(errs)); sys.exit(1)
print("OK: 80 items, intents %s, injections %s, English %d/80" % (dict(c), inj, en))
