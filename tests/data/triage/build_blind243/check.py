#!/usr/bin/env python3
"""Re-verify blind243 labels against the generated messages. Exit 1 on any problem."""
import json, re, sys, os, calendar, email
from email import policy
from datetime import date, timedelta
from email.utils import parsedate_to_datetime
from collections import Counter

D = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENTS = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
           "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
           "delivery_failure": 5, "acknowledgement": 4, "other": 4}
KEYS = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request", "B": "billing_update",
        "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request", "L": "legal_or_insolvency",
        "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
errs = []
def bad(i, m): errs.append(f"{i}: {m}")

def eom(t): return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
def resolve(t, rule, arg):
    if rule == "abs": return date.fromisoformat(arg)
    if rule == "tomorrow": return t + timedelta(days=1)
    if rule == "yesterday": return t - timedelta(days=1)
    if rule == "plus": return t + timedelta(days=int(arg))
    if rule == "this_wd":
        return t + timedelta(days=(int(arg) - t.weekday()) % 7)
    if rule == "next_wd":
        monday_next = t - timedelta(days=t.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=int(arg))
    if rule == "last_wd":  # most recent such weekday strictly before today
        for k in range(1, 8):
            if (t - timedelta(days=k)).weekday() == int(arg): return t - timedelta(days=k)
    if rule == "prev_wd":
        monday_prev = t - timedelta(days=t.weekday()) - timedelta(days=7)
        return monday_prev + timedelta(days=int(arg))
    if rule == "eom": return eom(t)
    if rule == "by_day":
        d = int(arg)
        if t.day <= d: return date(t.year, t.month, d)
        return date(t.year + (t.month == 12), t.month % 12 + 1, d)
    if rule == "kw": return date.fromisocalendar(t.year, int(arg), 5)
    if rule == "named_eom":
        m = int(arg); y = t.year if m >= t.month else t.year + 1
        return eom(date(y, m, 1))
    raise ValueError(rule)

def text_of(msg):
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if p.is_multipart() or ct == "message/rfc822": continue
        if ct.startswith("text/"):
            t = p.get_content()
            if ct == "text/html":
                t = re.sub(r"<[^>]+>", " ", t)
                import html; t = html.unescape(t)
            out.append(t)
        elif ct in ("message/delivery-status",):
            out.append(str(p.get_payload(0)) if p.is_multipart() else p.get_payload() if isinstance(p.get_payload(), str) else
                       "\n".join(str(x) for x in p.get_payload()))
    if not out:  # no MIME: plain body
        out.append(msg.get_content() if not msg.is_multipart() else "")
    return "\n".join(out)

emails = [json.loads(l) for l in open(os.path.join(D, "emails.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")]
if len(emails) != 80 or len(labels) != 80: bad("-", f"counts {len(emails)} {len(labels)}")
for n, (e, l) in enumerate(zip(emails, labels), 1):
    i = f"rj{n:02d}"
    if e["id"] != i or l["id"] != i: bad(i, "id/order")
    keys = set(l) - {"injection"}
    if keys != set(FIELDS): bad(i, f"fields {sorted(keys ^ set(FIELDS))}")
    if "injection" in l and l["injection"] is not True: bad(i, "injection must be true")
    m = re.match(r"^\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
    if not m: bad(i, "note prefix"); continue
    if KEYS.get(m.group(1)) != l["intent"]: bad(i, "key letter vs intent")
    if l["intent"] not in INTENTS: bad(i, "intent")
    msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None: bad(i, f"missing {h}")
    dt = parsedate_to_datetime(str(msg["Date"]))
    today = dt.date()
    body = text_of(msg)
    full = str(msg["Subject"]) + "\n" + body
    if "collections+RJ" not in str(msg["To"]) and "collections+RJ" not in body: bad(i, "case id")
    it = l["intent"]
    if it == "delivery_failure":
        if msg["In-Reply-To"]: bad(i, "bounce with In-Reply-To")
        if msg.get_content_type() != "multipart/report" and "MAILER-DAEMON" not in str(msg["From"]).upper(): bad(i, "bounce shape")
    else:
        irt = str(msg["In-Reply-To"] or "")
        if not re.match(r"<RJ\d+\.r1\.\d{8}T\d{6}Z@ar\.seahaven-marine\.example>", irt): bad(i, "In-Reply-To")
    if it == "out_of_office" and not (msg["Auto-Submitted"] or msg["X-Autoreply"]): bad(i, "auto-reply header")
    if it != "out_of_office" and msg["Auto-Submitted"] and it != "delivery_failure": bad(i, "Auto-Submitted on human reply")
    # dates
    dd = {}
    mm = re.search(r"DATES\{(.*)\}$", l["note"])
    if mm:
        for ent in mm.group(1).split(";"):
            fld, rest = ent.split("<=", 1); rule, phrase = rest.split("|", 1); r, a = rule.split(":", 1)
            dd[fld] = (r, a, phrase)
    for fld in ("promised_date", "paid_date", "return_date"):
        v = l[fld]
        if v is None:
            if fld in dd: bad(i, f"{fld} rule but null")
            continue
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v): bad(i, f"{fld} format"); continue
        if fld not in dd: bad(i, f"{fld} has no rule"); continue
        r, a, phrase = dd[fld]
        if resolve(today, r, a).isoformat() != v: bad(i, f"{fld} {v} != {r}:{a} from {today}")
        if phrase not in body: bad(i, f"phrase {phrase!r} not in body")
        if fld == "promised_date" and v < today.isoformat(): bad(i, "promise in the past")
        if fld == "paid_date" and v > today.isoformat(): bad(i, "paid in the future")
    # amounts
    a, c = l["promised_amount"], l["currency"]
    if (a is None) != (c is None): bad(i, "currency iff amount")
    if a is not None:
        if not re.fullmatch(r"\d+\.\d{2}", a): bad(i, "amount format")
        if not re.fullmatch(r"[A-Z]{3}", c): bad(i, "currency format")
        digits = re.sub(r"\D", "", body)
        if a.replace(".", "") not in digits: bad(i, f"amount {a} not in body")
    if l["payment_reference"] is not None and l["payment_reference"] not in body: bad(i, "reference not in body")
    if l["new_contact_email"] is not None and l["new_contact_email"] not in body.split("\n>")[0]: bad(i, "contact not in body")
    if (l["dispute_reason"] is not None) and l["dispute_reason"] not in REASONS: bad(i, "dispute_reason")
    if it == "dispute" and l["dispute_reason"] is None: bad(i, "dispute without reason")
    if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]): bad(i, "invoice list")
    for inv in l["invoice_numbers"]:
        if not re.fullmatch(r"INV-\d{4}", inv) or inv[4:] not in full: bad(i, f"{inv} not in message")
    # every invoice number the customer/subject mentions must be labelled
    found = set("INV-" + x for x in re.findall(r"(?<![\d.,])(44\d\d)(?![\d.,]| [A-Z]{2} )", full))
    if found - set(l["invoice_numbers"]): bad(i, f"unlabelled invoice numbers {found - set(l['invoice_numbers'])}")
ci = Counter(l["intent"] for l in labels)
for k, v in INTENTS.items():
    if ci[k] != v: bad("-", f"count {k} {ci[k]} != {v}")
ninj = sum(1 for l in labels if l.get("injection"))
if not 5 <= ninj <= 7: bad("-", f"injections {ninj}")
if errs:
    print("\n".join(errs)); print(f"FAIL {len(errs)}"); sys.exit(1)
print(f"OK 80 items; intents {dict(ci)}; injections {ninj}")
