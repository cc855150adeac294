#!/usr/bin/env python3
"""Re-verify every zt label from the generated data. Exit 1 on any problem."""
import calendar, json, re, sys, os
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
import email
from email import policy
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENTS = {"promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = dict(zip("ABCDEFGHIJKL", ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
                                 "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
                                 "delivery_failure", "acknowledgement", "other"]))
probs = []
def bad(i, m): probs.append(f"{i}: {m}")

def resolve(rule, t):
    p = rule.split(":"); k = p[0]
    if k == "abs": return date.fromisoformat(p[1])
    if k == "today": return t
    if k == "tomorrow": return t + timedelta(1)
    if k == "yesterday": return t - timedelta(1)
    if k == "plus": return t + timedelta(int(p[1]))
    wd = int(p[1]) if len(p) > 1 else None
    if k == "this":
        d = t
        while d.weekday() != wd: d += timedelta(1)
        return d
    if k == "next":
        monday_next = t - timedelta(t.weekday()) + timedelta(7)
        return monday_next + timedelta(wd)
    if k == "last":
        d = t - timedelta(1)
        while d.weekday() != wd: d -= timedelta(1)
        return d
    if k == "past":
        d = t
        while d.weekday() != wd: d -= timedelta(1)
        return d
    if k == "eom": return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if k == "eom_named":
        y = t.year + (wd < t.month); return date(y, wd, calendar.monthrange(y, wd)[1])
    if k == "by":
        d = t
        while d.day != wd: d += timedelta(1)
        return d
    if k == "kw":
        d = date(t.year, 1, 4); d -= timedelta(d.weekday())
        return d + timedelta(weeks=wd - 1, days=4)
    if k == "firstweek":
        return date(t.year + (wd < t.month), wd, 7)
    raise ValueError(rule)

def texts(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            try: out.append(part.get_content())
            except Exception: out.append(part.get_payload(decode=True).decode("latin-1"))
        elif ct == "message/rfc822":
            out.append(part.get_payload(0).as_string() if part.is_multipart() else str(part.get_payload()))
    return "\n".join(out)

def norm_ws(s): return re.sub(r"\s+", " ", s)

def amounts(s):
    found = set()
    for tok in re.findall(r"\d[\d.,' \u00a0]*\d|\d", s):
        tok = re.sub(r"[ '\u00a0]", "", tok).strip(".,")
        if "," in tok and "." in tok:
            dec = "," if tok.rfind(",") > tok.rfind(".") else "."
            tok = tok.replace("." if dec == "," else ",", "").replace(",", ".")
        elif "," in tok or "." in tok:
            sep = "," if "," in tok else "."
            if len(tok) - tok.rfind(sep) - 1 == 2 and tok.count(sep) == 1: tok = tok.replace(sep, ".")
            else: tok = tok.replace(sep, "")
        try: found.add(Decimal(tok).quantize(Decimal("0.01")))
        except InvalidOperation: pass
    return found

emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
if len(emails) != 80 or len(labels) != 80: bad("*", "need 80 lines each")
ids = [e["id"] for e in emails]
if ids != ["zt%02d" % i for i in range(1, 81)]: bad("*", "ids not zt01..zt80 in order")
for e, l in zip(emails, labels):
    i = e["id"]
    if l["id"] != i: bad(i, "label order")
    extra = set(l) - set(FIELDS) - {"injection"}
    if extra or set(FIELDS) - set(l): bad(i, f"fields {extra or set(FIELDS) - set(l)}")
    if "injection" in l and l["injection"] is not True: bad(i, "injection must be true")
    if l["intent"] not in INTENTS: bad(i, "intent")
    m = re.match(r"\[([A-L]), ([a-z]{2}-[A-Z]{2})\]", l["note"])
    if not m or KEYS[m.group(1)] != l["intent"]: bad(i, "note key/intent mismatch")
    try:
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=policy.default)
    except Exception as ex:
        bad(i, f"parse {ex}"); continue
    for h in ("Date", "From", "To", "Subject", "Message-ID"):
        if not msg.get(h): bad(i, f"missing {h}")
    if msg.defects: bad(i, f"defects {msg.defects}")
    human = l["intent"] != "delivery_failure"
    if human and not msg.get("In-Reply-To"): bad(i, "no In-Reply-To")
    if l["intent"] == "out_of_office" and not (msg.get("Auto-Submitted") or msg.get("X-Autoreply")): bad(i, "ooo without auto header")
    today = parsedate_to_datetime(msg["Date"]).date()
    txt = texts(msg)
    flat = norm_ws(txt)
    # dates
    rules = dict((f, (r, p)) for f, r, p in re.findall(r'(\w+_date)=([\w:-]+) "([^"]*)"', l["note"]))
    for f in ("promised_date", "paid_date", "return_date"):
        v = l[f]
        if v is None:
            if f in rules: bad(i, f"{f} rule but null")
            continue
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v): bad(i, f"{f} format")
        if f not in rules: bad(i, f"{f} without rule in note"); continue
        r, p = rules[f]
        if resolve(r, today).isoformat() != v: bad(i, f"{f} {v} != {resolve(r, today)} ({r})")
        if norm_ws(p) not in flat: bad(i, f"phrase {p!r} not in text")
    # amount / currency
    a, c = l["promised_amount"], l["currency"]
    if (a is None) != (c is None): bad(i, "amount/currency nullness")
    if a is not None:
        if not re.fullmatch(r"\d+\.\d{2}", a): bad(i, "amount format")
        body = txt.split("Verdello Accounts Receivable <")[0]
        if Decimal(a) not in amounts(body): bad(i, f"amount {a} not in customer text")
        if not re.search(r"\b" + c + r"\b", txt): bad(i, f"currency {c} not in thread")
    for f in ("payment_reference", "new_contact_email"):
        if l[f] is not None and l[f] not in txt: bad(i, f"{f} not in text")
    if l["new_contact_email"] and not re.fullmatch(r"[^@\s]+@[^@\s]+\.example", l["new_contact_email"]): bad(i, "contact format")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: bad(i, "reason")
    if l["intent"] == "dispute" and l["dispute_reason"] is None: bad(i, "dispute without reason")
    inv = l["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv): bad(i, "invoice list")
    for n in inv:
        if not re.fullmatch(r"INV-\d{4}", n) or n[4:] not in txt: bad(i, f"{n} not in text")
    # reminder sums (quoted or returned)
    rows = re.findall(r"INV-(\d{4})\s+\d{4}-\d{2}-\d{2}\s+([A-Z]{3}) ([\d,]+\.\d\d)", txt)
    tot = re.findall(r"Total overdue: ([A-Z]{3}) ([\d,]+\.\d\d)", txt)
    if rows and tot:
        s = sum(Decimal(x[2].replace(",", "")) for x in dict(((r[0], r) for r in rows)).values())
        if s != Decimal(tot[0][1].replace(",", "")): bad(i, "reminder total != sum of lines")
    for h in ("From", "To"):
        for addr in re.findall(r"[\w.+-]+@[\w.-]+", str(msg.get(h, ""))):
            if not addr.endswith(".example"): bad(i, f"non-example address {addr}")
    if re.search(r"\(\d{3}\) (?!555)\d{3}-\d{4}", txt): bad(i, "US phone not 555")

ci = Counter(l["intent"] for l in labels)
inj = sum(1 for l in labels if l.get("injection"))
if not 5 <= inj <= 8: bad("*", f"injection count {inj}")
for k, v in ci.items():
    if v < 4: bad("*", f"too few {k}")
if probs:
    print("\n".join(probs)); print(f"{len(probs)} problem(s)"); sys.exit(1)
print("OK", dict(ci), "injections", inj)
