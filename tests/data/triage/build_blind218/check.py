#!/usr/bin/env python3
"""Re-verify every label of the nv triage set from the generated data. Exit 1 on any problem."""
import calendar, email, email.policy, json, re, sys
from collections import Counter
from datetime import date, timedelta

FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
INTENTS = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request", "B": "billing_update",
           "W": "wrong_contact", "O": "out_of_office", "L": "payment_plan_request", "G": "legal_or_insolvency",
           "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
TARGET = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
          "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
          "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
CURS = {"GBP", "USD", "MXN", "EUR", "BRL", "PLN", "RUB", "JPY", "CNY", "KRW", "AED", "THB"}
errors = []
def err(i, m): errors.append(f"{i}: {m}")

def resolve(today, rule):   # independent re-implementation of the contract's date rules
    k, a = rule[0], rule[1:]
    if k == "abs": return date.fromisoformat(a[0])
    if k == "today": return today
    if k == "tom": return today + timedelta(days=1)
    if k == "yday": return today - timedelta(days=1)
    if k == "plus": return today + timedelta(days=a[0])
    if k == "this":
        d = today
        while d.weekday() != a[0]: d += timedelta(days=1)
        return d
    if k == "next":
        monday = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday + timedelta(days=a[0])
    if k == "last":
        d = today - timedelta(days=1)
        while d.weekday() != a[0]: d -= timedelta(days=1)
        return d
    if k == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "by":
        d = today
        while d.day != a[0]: d += timedelta(days=1)
        return d
    if k == "kw":
        jan4 = date(today.year, 1, 4)
        return jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=a[0] - 1, days=4)
    if k == "dm_past":
        d = date(today.year, a[0], a[1]); return d if d <= today else d.replace(year=today.year - 1)
    if k == "dm_future":
        d = date(today.year, a[0], a[1]); return d if d >= today else d.replace(year=today.year + 1)
    raise ValueError(rule)

def texts(msg):
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith("text/"):
            try:
                out.append(p.get_content())
            except Exception as e:
                out.append(p.get_payload())
                err("?", f"undecodable part {ct}: {e}")
        elif ct == "message/rfc822":
            pass  # walk() descends into it
    return out

def digits(s): return re.sub(r"[^0-9]", "", s)

def inv_in(s):
    found = []
    for m in re.finditer(r"(?:INV-(4\d{4})|(?<![\d\-.,/])(4\d{4}))(?!\d|[,.]\d)", s):
        n = "INV-" + (m.group(1) or m.group(2))
        if n not in found: found.append(n)
    return found

emails = [json.loads(l) for l in open("emails.jsonl", encoding="utf-8")]
labels = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
checks = [json.loads(l) for l in open("checks.jsonl", encoding="utf-8")]
if not (len(emails) == len(labels) == len(checks) == 80): err("-", "need 80 lines in each file")
ids = [f"nv{i:02d}" for i in range(1, 81)]
for n, (e, l, c) in enumerate(zip(emails, labels, checks)):
    i = ids[n]
    if not (e["id"] == l["id"] == c["id"] == i): err(i, "id mismatch"); continue
    if set(e) != {"id", "eml"}: err(i, "email keys")
    extra = set(l) - set(FIELDS) - {"id", "note", "injection"}
    if extra or any(f not in l for f in FIELDS + ["note"]): err(i, f"label keys {sorted(l)}")
    if "injection" in l and l["injection"] is not True: err(i, "injection must be true")
    m = re.match(r"\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
    if not m: err(i, "note prefix"); continue
    if INTENTS[m.group(1)] != l["intent"]: err(i, "KEY letter vs intent")
    if m.group(2) != c["loc"]: err(i, "locale in note")
    msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    if msg.defects: err(i, f"defects {msg.defects}")
    dh = msg["Date"]
    if dh is None or dh.datetime is None: err(i, "no Date"); continue
    today = dh.datetime.date()   # header's own offset
    if today.isoformat() != c["dt"][:10]: err(i, f"Date header {today} vs spec {c['dt']}")
    body = "\n".join(texts(msg))
    subj = str(msg["Subject"] or "")
    alltext = subj + "\n" + body
    flat = " ".join(alltext.split())
    # dates
    for f, key in (("promised_date", "pd"), ("paid_date", "paid"), ("return_date", "rd")):
        if key in c["rules"]:
            rule, phrase = c["rules"][key]
            exp = resolve(today, rule).isoformat()
            if l[f] != exp: err(i, f"{f} {l[f]} != recomputed {exp}")
            if " ".join(phrase.split()) not in flat: err(i, f"phrase {phrase!r} not in text")
        elif l[f] is not None: err(i, f"{f} set without rule")
        if l[f] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", l[f]): err(i, f"{f} format")
    # amount / currency
    a = l["promised_amount"]
    if a is not None:
        if not re.fullmatch(r"\d+\.\d{2}", a): err(i, "amount format")
        whole = a[:-3]
        if digits(a) not in digits(body) and not re.search(r"(?<![\d.,])" + r"[\s.,\u00a0]?".join(re.findall(r"\d{1,3}", "{:,}".format(int(whole)).replace(",", " "))), body):
            err(i, f"amount {a} not in text")
        if l["currency"] not in CURS: err(i, "currency")
        if l["currency"] != c["amount_cur_src"]: err(i, "currency differs from the thread's billing currency")
    elif l["currency"] is not None: err(i, "currency without amount")
    for f in ("payment_reference", "new_contact_email"):
        if l[f] is not None and l[f] not in body: err(i, f"{f} {l[f]!r} not in body")
    if l["new_contact_email"] is not None and not re.fullmatch(r"[\w.+-]+@[\w.-]+\.example", l["new_contact_email"]): err(i, "email form")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: err(i, "reason")
    if (l["intent"] == "dispute") != (l["dispute_reason"] is not None) and l["intent"] != "legal_or_insolvency": err(i, "dispute_reason vs intent")
    if l["intent"] == "out_of_office" and l["return_date"] is None: err(i, "ooo without return_date")
    # invoice numbers: own text, else subject, else quoted/returned reminder
    inv = l["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv) or any(not re.fullmatch(r"INV-\d{5}", x) for x in inv): err(i, "invoice_numbers form")
    if c["bounce"]:
        own = []
    else:
        plain = msg.get_body(("plain", "html")).get_content()
        cut = len(plain)
        for mk in ("Halden Veterinary Supply <collections", "\n-----", "\n------------------"):
            p = plain.find(mk)
            if p != -1:
                cut = min(cut, plain.rfind("\n", 0, p) if plain.rfind("\n", 0, p) != -1 else p)
        own = inv_in(plain[:cut])
    src = own or inv_in(subj) or inv_in(body)
    if set(src) != set(inv): err(i, f"invoice_numbers {inv} vs derived {src}")
    # message shape
    if l["intent"] == "out_of_office":
        if not (msg["Auto-Submitted"] or msg["X-Autoreply"]): err(i, "auto-reply without header")
    if l["intent"] == "delivery_failure":
        if not (msg.get_content_type() == "multipart/report" or "Mailer-Daemon" in str(msg["From"]) or "MAILER-DAEMON" in str(msg["From"])): err(i, "bounce shape")
    elif not msg["In-Reply-To"] or not re.fullmatch(r"<HV\d{4}\.r\d\.\d{8}T\d{6}Z@ar\.haldenvet\.example>", msg["In-Reply-To"]): err(i, "In-Reply-To")
    if "collections+HV" not in str(msg["To"]): err(i, "To lacks case address")

ci = Counter(l["intent"] for l in labels)
if dict(ci) != TARGET: err("-", f"intent counts {dict(ci)}")
cl = Counter(c["loc"] for c in checks)
if cl["en-GB"] + cl["en-US"] > 20: err("-", "too much English")
if len(cl) != 15: err("-", f"locales {len(cl)}")
ninj = sum(1 for l in labels if l.get("injection"))
if not 5 <= ninj <= 8: err("-", f"injections {ninj}")
for x in errors: print("FAIL", x)
print(f"{len(labels)} labels, {len(errors)} problems; intents {dict(ci)}; locales {dict(cl)}; injections {ninj}")
sys.exit(1 if errors else 0)
