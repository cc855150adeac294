#!/usr/bin/env python3
"""Re-verify every label of the 'ek' triage set from the generated data. Exit 1 on any problem."""
import calendar, email, email.policy, json, os, re, sys
from datetime import date, timedelta
from email.utils import parsedate_to_datetime
from email.header import decode_header, make_header

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
KEYS = dict(P="promise_to_pay", C="paid_claim", D="dispute", R="document_request", B="billing_update", W="wrong_contact",
            O="out_of_office", L="payment_plan_request", G="legal_or_insolvency", F="delivery_failure", A="acknowledgement", X="other")
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
LOCALES = {"en-IE", "en-AU", "en-ZA", "es-MX", "fr-BE", "de-CH", "pt-BR", "it-IT", "nl-NL", "da-DK", "nb-NO", "fi-FI",
           "cs-CZ", "ro-RO", "tr-TR", "ar-EG", "ko-KR", "id-ID"}
errs = []
def bad(i, m): errs.append("%s: %s" % (i, m))

def resolve(rule, today):  # independent re-implementation of the contract's date rules
    k, _, a = rule.partition(":")
    wd = today.weekday()
    if k == "tomorrow": return today + timedelta(days=1)
    if k == "yesterday": return today - timedelta(days=1)
    if k == "today": return today
    if k == "this":
        d = today
        while d.weekday() != int(a): d += timedelta(days=1)
        return d
    if k == "next":
        monday_next = today - timedelta(days=wd) + timedelta(days=7)
        return monday_next + timedelta(days=int(a))
    if k == "last":
        d = today - timedelta(days=1)
        while d.weekday() != int(a): d -= timedelta(days=1)
        return d
    if k == "eom":
        m = int(a) if a else today.month
        y = today.year + (1 if m < today.month else 0)
        return date(y, m, calendar.monthrange(y, m)[1])
    if k == "plus": return today + timedelta(days=int(a))
    if k == "by":
        d = today
        while d.day != int(a): d += timedelta(days=1)
        return d
    if k == "week":
        d = today
        while d.weekday() != 4: d += timedelta(days=1)
        return d
    if k == "kw":
        d = date(today.year, 1, 4)
        d = d - timedelta(days=d.weekday()) + timedelta(weeks=int(a) - 1, days=4)
        return d
    if k == "firstweek": return date(today.year, int(a), 7)
    if k in ("past", "fut"):
        m, dd = map(int, a.split("-"))
        x = date(today.year, m, dd)
        if k == "past" and x > today: x = date(today.year - 1, m, dd)
        if k == "fut" and x < today: x = date(today.year + 1, m, dd)
        return x
    if k == "abs": return date.fromisoformat(a)
    raise ValueError(rule)

def all_text(msg):
    out = [str(make_header(decode_header(msg.get("Subject", "") or "")))]
    for h in ("From", "To"):
        out.append(str(msg.get(h, "")))
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/") or ct == "message/delivery-status":
            try:
                out.append(part.get_content() if ct.startswith("text/") else str(part))
            except Exception:
                out.append(str(part.get_payload()))
        elif ct == "message/rfc822":
            for sub in part.get_payload():
                out.append(all_text(sub))
    return "\n".join(out)

def digits(s): return re.sub(r"\D", "", s)

emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
if len(emails) != 80 or len(labels) != 80: bad("-", "need 80 emails and 80 labels")
ids = ["ek%02d" % i for i in range(1, 81)]
if [e["id"] for e in emails] != ids or [l["id"] for l in labels] != ids: bad("-", "ids must be ek01..ek80 in order")
inj = 0
for e, l in zip(emails, labels):
    i = l["id"]
    if set(e) != {"id", "eml"}: bad(i, "email keys")
    extra = set(l) - set(FIELDS)
    if set(FIELDS) - set(l) or extra - {"injection"}: bad(i, "label keys %s" % sorted(set(l) ^ set(FIELDS)))
    if l.get("injection"): inj += 1
    m = re.match(r"\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
    if not m or m.group(2) not in LOCALES: bad(i, "note prefix"); continue
    if KEYS[m.group(1)] != l["intent"]: bad(i, "key letter vs intent")
    if l["intent"] not in INTENTS: bad(i, "intent")
    msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    txt = all_text(msg)
    if "\ufffd" in txt: bad(i, "replacement char in decoded text")
    dh = msg["Date"]
    dt = parsedate_to_datetime(str(dh))
    today = dt.date()  # calendar date in the header's own offset
    if not msg["Message-ID"]: bad(i, "no Message-ID")
    auto = msg.get("Auto-Submitted")
    if l["intent"] == "out_of_office" and not auto: bad(i, "ooo without Auto-Submitted")
    if l["intent"] == "delivery_failure":
        if msg.get("In-Reply-To"): bad(i, "bounce with In-Reply-To")
    elif not msg.get("In-Reply-To") or not msg.get("References"): bad(i, "reply without threading headers")
    if l["intent"] not in ("out_of_office", "delivery_failure") and auto: bad(i, "human reply marked automatic")
    # formats
    for f in ("promised_date", "paid_date", "return_date"):
        v = l[f]
        if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v): bad(i, f + " format")
    a = l["promised_amount"]
    if a is not None:
        if not re.fullmatch(r"\d+\.\d{2}", a): bad(i, "amount format")
        if not (l["currency"] and re.fullmatch(r"[A-Z]{3}", l["currency"])): bad(i, "currency")
        da = digits(a); da2 = da[:-2] if da.endswith("00") else None
        if not any(re.search(r"(?<!\d)%s(?!\d)" % d, digits_t) for d in filter(None, [da, da2])
                   for digits_t in [re.sub(r"(?<=\d)[.,' \u00a0](?=\d)", "", txt)]):
            bad(i, "amount %s not in text" % a)
    elif l["currency"] is not None: bad(i, "currency without amount")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: bad(i, "dispute_reason")
    if l["intent"] == "dispute" and not l["dispute_reason"]: bad(i, "dispute without reason")
    for f in ("payment_reference", "new_contact_email"):
        if l[f] is not None and l[f] not in txt: bad(i, "%s %r not in text" % (f, l[f]))
    if l["new_contact_email"] and not re.fullmatch(r"[^@\s]+@[^@\s]+\.example", l["new_contact_email"]): bad(i, "email domain")
    if l["intent"] not in ("paid_claim",) and (l["paid_date"] or l["payment_reference"]): bad(i, "paid fields on non-paid intent")
    if l["return_date"] and l["intent"] != "out_of_office": bad(i, "return_date on non-ooo")
    # invoice numbers
    inv = l["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv): bad(i, "invoice list")
    for n in inv:
        if not re.fullmatch(r"INV-\d{5}", n) or n[4:] not in txt: bad(i, "invoice %s not in text" % n)
    # dates recomputed
    rules = dict(re.findall(r"(\w+_date)=([\w:-]+)", l["note"].split("{rules:")[-1])) if "{rules:" in l["note"] else {}
    for f in ("promised_date", "paid_date", "return_date"):
        if l[f] is None:
            if f in rules: bad(i, "rule without value " + f)
            continue
        if f not in rules: bad(i, "no rule recorded for " + f); continue
        got = resolve(rules[f], today).isoformat()
        if got != l[f]: bad(i, "%s: %s recomputed %s" % (f, l[f], got))
        if rules[f].startswith("abs:"):
            d = date.fromisoformat(l[f])
            if not re.search(r"(?<!\d)0?%d(?!\d)" % d.day, txt): bad(i, "abs date day not in text")
    # weekday claims in the note ("Thu 5 Mar")
    for wd, dd, mon in re.findall(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w* (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", l["note"]):
        mi = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split().index(mon) + 1
        if date(today.year, mi, int(dd)).strftime("%a") != wd: bad(i, "note weekday %s %s %s" % (wd, dd, mon))
    if l["intent"] in ("promise_to_pay",) and l["promised_date"] is None: bad(i, "promise without date (set has none)")
if not 5 <= inj <= 8: bad("-", "injection count %d" % inj)
if errs:
    print("\n".join(errs)); print("FAIL", len(errs)); sys.exit(1)
print("OK: 80 emails, 80 labels, %d injections" % inj)
