#!/usr/bin/env python3
"""Sanity checker for the blind triage set (not part of the data). Exits non-zero on any problem."""
import calendar
import collections
import email
import email.policy
import html
import json
import re
import sys
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

sys.dont_write_bytecode = True
import build  # only for the per-item phrases/rules; labels are re-derived from the parsed messages

INTENTS = ["legal_or_insolvency", "delivery_failure", "out_of_office", "dispute", "payment_plan_request",
           "paid_claim", "promise_to_pay", "wrong_contact", "document_request", "billing_update",
           "acknowledgement", "other"]
LETTER = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request",
          "B": "billing_update", "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request",
          "L": "legal_or_insolvency", "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
LOCALES = {"en-US", "en-GB", "en-CA", "en-PH", "es-CL", "fr-CH", "de", "pt-BR", "nl", "it", "pl", "cs", "ko", "ar"}
CURRENCIES = {"USD", "CAD", "GBP", "PHP", "EUR", "CHF", "CLP", "BRL", "PLN", "CZK", "KRW", "SAR", "AED"}

problems = []
def bad(i, msg):
    problems.append(f"{i}: {msg}")

# ---- independent date arithmetic
def d_rule(rule, t):
    k = rule[0]
    if k == "tomorrow": return t + timedelta(days=1)
    if k == "yesterday": return t - timedelta(days=1)
    if k == "today": return t
    if k == "this_wd":
        d = t
        while d.weekday() != rule[1]: d += timedelta(days=1)
        return d
    if k == "next_wd":
        monday_next = t - timedelta(days=t.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=rule[1])
    if k == "last_wd":
        d = t - timedelta(days=1)
        while d.weekday() != rule[1]: d -= timedelta(days=1)
        return d
    if k == "eom": return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if k == "eom_named": return date(t.year, rule[1], calendar.monthrange(t.year, rule[1])[1])
    if k == "plus_days": return t + timedelta(days=rule[1])
    if k == "by_the":
        d = t
        while d.day != rule[1]: d += timedelta(days=1)
        return d
    if k == "this_week":
        return t - timedelta(days=t.weekday()) + timedelta(days=4)
    if k == "kw":
        jan4 = date(t.year, 1, 4)
        return jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=rule[1] - 1, days=4)
    if k == "dm_future":
        d = date(t.year, rule[1], rule[2])
        return d if d >= t else date(t.year + 1, rule[1], rule[2])
    if k == "dm_past":
        d = date(t.year, rule[1], rule[2])
        return d if d <= t else date(t.year - 1, rule[1], rule[2])
    if k == "explicit": return date.fromisoformat(rule[1])
    raise ValueError(rule)

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def strip_html(s):
    s = re.sub(r"(?is)<(style|script).*?</\1>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"<br\s*/?>|</p>|</div>", "\n", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))

def all_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() == "message":
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct == "message/delivery-status":
            try:
                c = part.get_content()
            except Exception:
                c = part.get_payload(decode=True).decode("utf-8", "replace")
            if not isinstance(c, str):
                c = str(c)
            out.append(strip_html(c) if ct == "text/html" else c)
    return "\n".join(out)

def parse_amount(s):
    s = re.sub(r"[^\d.,']", "", s.replace("\u00a0", " ").replace(" ", ""))
    s = s.replace("'", "")
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        th = "." if dec == "," else ","
        s = s.replace(th, "").replace(dec, ".")
    elif "," in s:
        s = s.replace(",", ".") if re.search(r",\d{2}$", s) else s.replace(",", "")
    elif "." in s:
        if not re.search(r"\.\d{2}$", s):
            s = s.replace(".", "")
    return f"{float(s):.2f}"

emails = [json.loads(l) for l in open("emails.jsonl", encoding="utf-8")]
labels = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
if len(emails) != 80 or len(labels) != 80:
    bad("file", f"expected 80 lines, got {len(emails)}/{len(labels)}")
for _it in build.ITEMS:
    build.finalize(_it)
by_key = {it["key"]: it for it in build.ITEMS}
counts = collections.Counter()
langs = collections.Counter()
inj = 0
seen_keys = set()
for n, (e, l) in enumerate(zip(emails, labels), 1):
    i = l["id"]
    if e["id"] != i or i != f"pk{n:02d}":
        bad(i, "id order mismatch")
    extra = set(l) - set(KEYS) - {"injection"}
    if extra or set(KEYS) - set(l):
        bad(i, f"label keys wrong {extra}")
    m = re.match(r"^\[([A-Z])(\d\d), ([A-Za-z-]+)\] ", l["note"])
    if not m:
        bad(i, "note prefix"); continue
    key = m.group(1) + m.group(2)
    if key in seen_keys: bad(i, "dup key")
    seen_keys.add(key)
    it = by_key[key]
    if LETTER[m.group(1)] != l["intent"]:
        bad(i, f"KEY letter {m.group(1)} vs intent {l['intent']}")
    if m.group(3) not in LOCALES: bad(i, "locale")
    langs[m.group(3)] += 1
    counts[l["intent"]] += 1
    if l["intent"] not in INTENTS: bad(i, "intent")
    if l.get("injection"):
        inj += 1
        if l["injection"] is not True: bad(i, "injection flag must be true")
    msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    if msg.defects: bad(i, f"defects {msg.defects}")
    to = str(msg["To"])
    cm = re.search(r"collections\+(K\d{4})@ar\.kestrelpack\.example", to)
    if not cm or cm.group(1) != it["case"]:
        bad(i, f"case id not in To: {to}")
    dt = parsedate_to_datetime(str(msg["Date"]))
    today = dt.date()
    text = all_text(msg)
    ntext = norm(text)
    subj = str(msg["Subject"] or "")
    body = it["body"].replace("{case}", it["case"]) if "body" in it else ""
    nbody = norm(body)
    # customer's text must survive encoding
    for line in body.split("\n"):
        if line.strip() and norm(line) not in ntext:
            bad(i, f"body line lost in encoding: {line!r}")
    # dates
    for f in ("promised_date", "paid_date", "return_date"):
        v = l[f]
        rules = it["dates"]
        if v is not None:
            if f not in rules:
                bad(i, f"{f} set but no rule"); continue
            rule, phrase = rules[f]
            exp = d_rule(rule, today).isoformat()
            if exp != v: bad(i, f"{f} {v} != recomputed {exp} ({rule}, today {today})")
            if norm(phrase) not in nbody: bad(i, f"phrase {phrase!r} not in body")
        elif f in rules:
            bad(i, f"{f} rule but null label")
    # amount / currency
    a, c = l["promised_amount"], l["currency"]
    if (a is None) != (c is None): bad(i, "currency null iff amount null")
    if a is not None:
        if not re.fullmatch(r"\d+\.\d{2}", a): bad(i, "amount format")
        if c not in CURRENCIES: bad(i, "currency")
        lit = it.get("amt")
        if not lit or lit not in body: bad(i, f"amount literal {lit!r} not in body")
        elif parse_amount(lit) != a: bad(i, f"amount {lit} parses to {parse_amount(lit)} not {a}")
        if c != it["cur"]: bad(i, f"currency {c} differs from thread currency {it['cur']}")
    if l["payment_reference"] is not None and l["payment_reference"] not in body:
        bad(i, "payment_reference not in body")
    nce = l["new_contact_email"]
    if nce is not None:
        if nce not in body: bad(i, "new_contact_email not in customer text")
        if nce == it["frm"][1]: bad(i, "new contact equals sender")
    dr = l["dispute_reason"]
    if l["intent"] == "dispute" and dr is None: bad(i, "dispute without reason")
    if dr is not None and dr not in REASONS: bad(i, "reason")
    if dr is not None and INTENTS.index(l["intent"]) > INTENTS.index("dispute"): bad(i, "reason on lower intent")
    if l["intent"] == "out_of_office":
        if not (msg["Auto-Submitted"] or msg["X-Autoreply"]): bad(i, "OOO without auto header")
    if l["intent"] != "out_of_office" and l["return_date"]: bad(i, "return_date outside OOO")
    # invoice numbers
    inv = l["invoice_numbers"]
    if len(set(inv)) != len(inv) or any(not re.fullmatch(r"INV-\d{4}", x) for x in inv): bad(i, "invoice list format")
    cands = {x[4:] for x in inv} | {n for n, _, _ in it["invs"]}
    def found(s):
        out = []
        for mm in re.finditer(r"(?<![\d'/-])(?<![\d][.,])(?:INV-)?(\d{4})(?![\d'/]|[.,]\d)", s):
            if mm.group(1) in cands and "INV-" + mm.group(1) not in out:
                out.append("INV-" + mm.group(1))
        return out
    src = found(body) if l["intent"] not in ("delivery_failure",) else []
    if not src: src = found(subj)
    if not src: src = found(text)
    if src != inv: bad(i, f"invoice_numbers {inv} but convention gives {src}")
    for x in inv:
        if x[4:] not in text and x[4:] not in subj: bad(i, f"{x} not in message")
for k, v in counts.items():
    if v < 3: bad("counts", f"{k} only {v}")
if set(counts) != set(INTENTS): bad("counts", "missing intent")
if inj != 6: bad("injection", f"{inj} injection items, want 6")
print("intents:", dict(sorted(counts.items(), key=lambda kv: INTENTS.index(kv[0]))))
print("locales:", dict(sorted(langs.items(), key=lambda kv: -kv[1])))
print("injection:", inj)
if problems:
    print("\n".join(problems))
    print(f"FAIL: {len(problems)} problem(s)")
    sys.exit(1)
print("OK")
