#!/usr/bin/env python3
"""Re-verify every label of blind set 204 from the generated data. Exit 1 on any problem."""
import calendar, email, email.policy, json, os, re, sys
from datetime import date, timedelta
from collections import Counter

D = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = {"P": "promise_to_pay", "A": "paid_claim", "D": "dispute", "Q": "document_request", "B": "billing_update",
        "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request", "L": "legal_or_insolvency",
        "F": "delivery_failure", "K": "acknowledgement", "X": "other"}
LOCALES = "en-AU en-NZ en-US es-CL es-AR fr-CA de-CH pt-PT it-IT nl-NL da-DK nb-NO cs-CZ hu-HU ko-KR th-TH".split()
EXPECT = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
          "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
          "delivery_failure": 5, "acknowledgement": 4, "other": 4}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMT = re.compile(r"^\d+\.\d{2}$")
errors = []

def err(i, msg):
    errors.append(f"{i}: {msg}")

def recompute(today, rule, arg):
    # independent re-implementation of the contract's rules
    if rule == "plus":
        return today + timedelta(days=arg)
    if rule == "this_wd":
        d = today
        while d.weekday() != arg:
            d += timedelta(days=1)
        return d
    if rule == "next_wd":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=arg)
    if rule == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "eo_named":
        y = today.year + (1 if arg < today.month else 0)
        return date(y, arg, calendar.monthrange(y, arg)[1])
    if rule == "by_day":
        d = today
        while d.day != arg:
            d += timedelta(days=1)
        return d
    if rule == "this_week":
        return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if rule == "iso_week":
        jan4 = date(today.year, 1, 4)
        return jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=arg - 1, days=4)
    if rule == "first_week":
        return date(today.year, arg, 7)
    if rule == "explicit":
        return date(*map(int, arg.split("-")))
    raise ValueError(rule)

def norm_amount(s):
    t = re.sub(r"[^\d.,' ]", "", s).strip().replace(" ", "").replace("'", "").strip(".,")
    m = re.search(r"[.,](\d+)$", t)
    if m and len(m.group(1)) == 2:
        whole, dec = t[:m.start()], m.group(1)
    else:
        whole, dec = t, "00"
    return re.sub(r"[.,]", "", whole) + "." + dec

def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            continue
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if ct == "text/html":
                t = re.sub(r"<[^>]+>", " ", t)
                import html
                t = html.unescape(t)
            out.append(t)
        else:
            try:
                out.append(part.as_string())
            except Exception:
                pass
    return "\n".join(out)

def ws(s):
    return re.sub(r"\s+", " ", s)

emails = [json.loads(l) for l in open(os.path.join(D, "emails.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")]
audit = [json.loads(l) for l in open(os.path.join(D, "audit.jsonl"), encoding="utf-8")]
if not (len(emails) == len(labels) == len(audit) == 80):
    err("-", f"counts {len(emails)} {len(labels)} {len(audit)}")
ids = [e["id"] for e in emails]
if ids != [f"KQ{k:02d}" for k in range(1, 81)] or ids != [l["id"] for l in labels] or ids != [a["id"] for a in audit]:
    err("-", "ids not KQ01..KQ80 in the same order in all files")

cnt, loc_cnt, inj = Counter(), Counter(), 0
for e, lab, au in zip(emails, labels, audit):
    i = e["id"]
    if set(e) != {"id", "eml"}:
        err(i, "email keys")
    extra = set(lab) - set(FIELDS) - {"id", "note", "injection"}
    if extra or any(f not in lab for f in FIELDS + ["note"]):
        err(i, f"label keys {sorted(lab)}")
    if "injection" in lab:
        if lab["injection"] is not True:
            err(i, "injection must be true when present")
        inj += 1
    m = re.match(r"^\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] ", lab["note"])
    if not m or m.group(2) not in LOCALES or m.group(1) not in KEYS:
        err(i, "note prefix")
        continue
    if KEYS[m.group(1)] != lab["intent"] or m.group(2) != au["locale"]:
        err(i, "note key/locale does not match intent/audit")
    cnt[lab["intent"]] += 1
    loc_cnt[m.group(2)] += 1
    if lab["intent"] not in INTENTS:
        err(i, "intent")
    for f in ("promised_date", "paid_date", "return_date"):
        if lab[f] is not None and not ISO_DATE.match(lab[f]):
            err(i, f"{f} format")
    if lab["promised_amount"] is not None and not AMT.match(lab["promised_amount"]):
        err(i, "amount format")
    if (lab["promised_amount"] is None) != (lab["currency"] is None):
        err(i, "currency null iff amount null")
    if lab["currency"] is not None and not re.match(r"^[A-Z]{3}$", lab["currency"]):
        err(i, "currency code")
    if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
        err(i, "dispute_reason")
    if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
        err(i, "dispute without reason")
    if not isinstance(lab["invoice_numbers"], list) or len(set(lab["invoice_numbers"])) != len(lab["invoice_numbers"]):
        err(i, "invoice_numbers list/dupes")
    raw = e["eml"].encode("utf-8")
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        pass  # 8-bit UTF-8 bodies are allowed
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg["Date"] is None or msg["Date"].datetime is None:
        err(i, "no Date")
        continue
    today = msg["Date"].datetime.date()   # the header's own offset, no conversion
    text = all_text(msg)
    wtext = ws(text)
    if "\ufffd" in text:
        err(i, "replacement character in decoded text")
    # dates
    date_fields = set()
    for dd in au["dates"]:
        date_fields.add(dd["field"])
        if ws(dd["phrase"]).lower() not in wtext.lower():
            err(i, f"phrase {dd['phrase']!r} not in text")
        want = recompute(today, dd["rule"], dd["arg"]).isoformat()
        if lab[dd["field"]] != want:
            err(i, f"{dd['field']} {lab[dd['field']]} != recomputed {want} ({dd['rule']} from {today})")
    for f in ("promised_date", "paid_date", "return_date"):
        if lab[f] is not None and f not in date_fields:
            err(i, f"{f} set without an audited phrase")
    # amounts
    if lab["promised_amount"] is not None:
        at = au["amount_text"]
        if not at or ws(at) not in wtext:
            err(i, f"amount text {at!r} not in text")
        elif norm_amount(at) != lab["promised_amount"]:
            err(i, f"amount {at!r} -> {norm_amount(at)} != {lab['promised_amount']}")
    # ids present in text
    for inv in lab["invoice_numbers"]:
        if not re.match(r"^INV-\d{4}$", inv) or inv[4:] not in text:
            err(i, f"invoice {inv} not in text")
    for f in ("payment_reference", "new_contact_email"):
        if lab[f] is not None and lab[f] not in text:
            err(i, f"{f} {lab[f]} not in text")
    # structure by intent
    if lab["intent"] == "delivery_failure":
        if msg.get("In-Reply-To") and msg.get_content_type() != "multipart/report":
            pass
    elif lab["intent"] == "out_of_office":
        if not (msg.get("Auto-Submitted") or msg.get("X-Autoreply")):
            err(i, "auto-reply without an automatic-reply header")
    else:
        if not msg.get("In-Reply-To"):
            err(i, "human reply without In-Reply-To")
    if "example" not in str(msg.get("From", "")) and lab["intent"] != "delivery_failure":
        err(i, "From not in .example")

for k, v in EXPECT.items():
    if cnt[k] != v:
        err("-", f"count {k} {cnt[k]} != {v}")
for loc in LOCALES:
    if loc_cnt[loc] < 3:
        err("-", f"locale {loc} has {loc_cnt[loc]}")
if not 5 <= inj <= 7:
    err("-", f"injections {inj}")
if re.search(r"\b(?!555)\d{3}[- ]\d{4}\b", "") :
    pass

if errors:
    print("\n".join(errors))
    print(f"FAIL: {len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: 80 emails, intents {dict(cnt)}, injections {inj}")
