#!/usr/bin/env python3
"""Re-verify every label of the blind317 triage set from the generated data. Exit 1 on any problem."""
import calendar, email, email.policy, html, json, os, re, sys
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
INTENTS = {"promise_to_pay": "P", "paid_claim": "C", "dispute": "D", "document_request": "Q", "billing_update": "B",
           "wrong_contact": "W", "out_of_office": "O", "payment_plan_request": "N", "legal_or_insolvency": "L",
           "delivery_failure": "F", "acknowledgement": "A", "other": "X"}
TARGET = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
          "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
          "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
CURS = {"USD", "GBP", "AUD", "EUR", "MXN", "CAD", "BRL", "SEK", "DKK", "NOK", "PLN", "CZK", "JPY", "CNY", "KRW",
        "TRY", "HUF", "RON", "ILS", "AED"}
MAIN = {"en-US", "en-GB", "en-AU", "es-ES", "es-MX", "fr-FR", "fr-CA", "de-DE", "de-AT", "pt-BR", "pt-PT", "nl-NL", "it-IT"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
errors = []
def err(i, msg): errors.append(f"{i}: {msg}")

# ------------------------------------------------------------- independent date rules
def resolve(today, r, a):
    if r == "abs": return date.fromisoformat(a)
    if r == "plus": return today + timedelta(days=a)
    if r == "this_wd":
        d = today
        while d.weekday() != a: d += timedelta(days=1)
        return d
    if r == "next_wd":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=a)
    if r == "last_wd":
        d = today - timedelta(days=1)
        while d.weekday() != a: d -= timedelta(days=1)
        return d
    if r == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if r == "eo_named": return date(a[0], a[1], calendar.monthrange(a[0], a[1])[1])
    if r == "by":
        d = today
        while d.day != a: d += timedelta(days=1)
        return d
    if r == "this_week": return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if r == "isoweek":
        jan4 = date(today.year, 1, 4)
        return jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=a - 1, days=4)
    raise ValueError(r)

# ------------------------------------------------------------- text extraction
def texts(msg):
    out = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        if p.get_content_type() == "message/rfc822":
            continue
        if p.get("Subject") and p is not msg:
            out.append(str(p["Subject"]))
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
            out.append(t)
    return "\n".join(out)

ROW = re.compile(r"^[>\s]*INV-\d{4}\s+\d{4}-\d{2}-\d{2}\s+(.+)$")
TOT = re.compile(r"^[>\s]*(Total overdue:|Gesamt überfällig:|Total échu :|Total vencido:|Total em atraso:|Totaal vervallen:|Totale scaduto:)\s*(.+)$")

def num_values(tok):
    t = re.sub(r"[\s\u00a0\u202f']", "", tok)
    vals = set()
    if not t: return vals
    if "," in t and "." in t:
        dec = "," if t.rfind(",") > t.rfind(".") else "."
        oth = "." if dec == "," else ","
        t2 = t.replace(oth, "").replace(dec, ".")
        cands = [t2]
    elif "," in t or "." in t:
        sep = "," if "," in t else "."
        tail = t.split(sep)[-1]
        cands = [t.replace(sep, "")]
        if len(tail) in (1, 2) and t.count(sep) == 1:
            cands = [t.replace(sep, ".")]
    else:
        cands = [t]
    for c in cands:
        try: vals.add(Decimal(c).quantize(Decimal("0.01")))
        except InvalidOperation: pass
    return vals

NUM = re.compile(r"\d[\d.,\u00a0\u202f' ]*\d|\d")
def amounts_in(text):
    vals = set()
    for m in NUM.finditer(text):
        tok = m.group(0)
        vals |= num_values(tok)
        for piece in re.split(r"[\s\u00a0\u202f]+", tok):
            vals |= num_values(piece)
    return vals

def parse_money(s):
    m = re.search(r"\d[\d.,\u00a0\u202f ]*", s)
    v = num_values(m.group(0).strip())
    return max(v) if v else None

# ------------------------------------------------------------- load
emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
dchecks = json.load(open(os.path.join(HERE, "date_checks.json"), encoding="utf-8"))
if len(emails) != 80 or len(labels) != 80: err("all", "need 80 emails and 80 labels")
if [e["id"] for e in emails] != [f"dt{i:02d}" for i in range(1, 81)]: err("all", "ids must be dt01..dt80 in order")
if [l["id"] for l in labels] != [e["id"] for e in emails]: err("all", "label order differs from email order")

locs = Counter(); ints = Counter(); inj = 0
for e, l in zip(emails, labels):
    i = e["id"]
    if set(e) != {"id", "eml"}: err(i, "email keys")
    extra = set(l) - {"id", "note", "injection", *FIELDS}
    if extra or not all(k in l for k in ["id", "note", *FIELDS]): err(i, f"label keys {sorted(l)}")
    if "injection" in l and l["injection"] is not True: err(i, "injection must be true when present")
    inj += bool(l.get("injection"))
    it = l["intent"]; ints[it] += 1
    if it not in INTENTS: err(i, f"bad intent {it}"); continue
    m = re.match(r"^\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] \S", l["note"])
    if not m: err(i, "note prefix"); continue
    if m.group(1) != INTENTS[it]: err(i, "note key letter does not match intent")
    locs[m.group(2)] += 1
    for f in ("promised_date", "paid_date", "return_date"):
        if l[f] is not None and not ISO.match(l[f]): err(i, f"{f} format")
    if l["promised_amount"] is not None and not re.match(r"^\d+\.\d{2}$", l["promised_amount"]): err(i, "amount format")
    if (l["promised_amount"] is None) != (l["currency"] is None): err(i, "currency must be null iff amount null")
    if l["currency"] is not None and l["currency"] not in CURS: err(i, "currency code")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: err(i, "dispute_reason")
    if it == "dispute" and l["dispute_reason"] is None: err(i, "dispute without reason")
    if l["paid_date"] and it not in ("paid_claim",): err(i, "paid_date on non-paid intent")
    if l["return_date"] and it != "out_of_office": err(i, "return_date on non-OOO")
    if it == "wrong_contact" and l["promised_amount"]: err(i, "wrong_contact with amount")
    if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]):
        err(i, "invoice_numbers must be a list without duplicates")
    # ---- parse
    try:
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        text = texts(msg)
    except Exception as ex:
        err(i, f"parse failed {ex!r}"); continue
    flat = re.sub(r"\s+", " ", text)
    low = flat.lower()
    dh = msg["Date"]
    if not dh: err(i, "no Date"); continue
    today = parsedate_to_datetime(str(dh)).date()
    to = str(msg["To"]); cm = re.search(r"collections\+(K\d{4})@", to)
    if not cm: err(i, "case id not in To")
    irt = msg["In-Reply-To"]
    if it == "delivery_failure":
        if irt: err(i, "bounce with In-Reply-To")
        frm = str(msg["From"]).lower()
        if not (msg.get_content_type() == "multipart/report" or any(x in frm for x in ("mailer-daemon", "posta-certificata", "microsoft outlook"))):
            err(i, "bounce does not look like a bounce")
    else:
        if not irt or str(irt) not in str(msg["References"]): err(i, "In-Reply-To missing or not in References")
        elif cm and cm.group(1) not in str(irt): err(i, "In-Reply-To case differs from To case")
        else:
            rm = re.search(r"\.(\d{8}T\d{6})Z@", str(irt))
            from datetime import datetime, timezone
            rdt = datetime.strptime(rm.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=timezone.utc)
            if rdt > parsedate_to_datetime(str(dh)): err(i, "reply is older than the reminder it answers")
    if it == "out_of_office" and not (msg["Auto-Submitted"] or msg["X-Autoreply"]): err(i, "OOO without auto header")
    if it not in ("out_of_office", "delivery_failure") and msg["Auto-Submitted"]: err(i, "human reply marked automatic")
    # ---- dates
    specs = {d["field"]: d for d in dchecks.get(i, [])}
    for f in ("promised_date", "paid_date", "return_date"):
        if l[f] is None:
            if f in specs: err(i, f"{f} spec but null label")
            continue
        s = specs.get(f)
        if not s: err(i, f"{f} has no date check"); continue
        if re.sub(r"\s+", " ", s["phrase"]).lower() not in low: err(i, f"phrase {s['phrase']!r} not in text")
        want = resolve(today, s["rule"], s["arg"]).isoformat()
        if want != l[f]: err(i, f"{f} {l[f]} != recomputed {want} ({s['rule']} from {today})")
        if f == "paid_date" and l[f] > today.isoformat(): err(i, "paid_date in the future")
        if f in ("promised_date", "return_date") and l[f] < today.isoformat(): err(i, f"{f} in the past")
    # ---- amounts (outside our own reminder table/total lines)
    lines = [ln for ln in text.split("\n") if not ROW.match(ln) and not TOT.match(ln)]
    cust = "\n".join(lines[1:])  # drop the Subject line
    if l["promised_amount"] and Decimal(l["promised_amount"]) not in amounts_in(cust):
        err(i, f"amount {l['promised_amount']} not found in the customer's text")
    # ---- reminder sums add up
    rows = [parse_money(m.group(1)) for m in map(ROW.match, text.split("\n")) if m]
    tots = [parse_money(m.group(2)) for m in map(TOT.match, text.split("\n")) if m]
    if rows and tots:
        n = len(rows) // len(tots)
        for k, t in enumerate(tots):
            if sum(rows[k * n:(k + 1) * n]) != t: err(i, f"reminder total {t} != sum of rows")
    # ---- strings present
    if l["payment_reference"] and l["payment_reference"] not in flat: err(i, "payment_reference not in text")
    if l["new_contact_email"]:
        if not re.match(r"^[\w.+-]+@[\w-]+(\.[\w-]+)*\.example$", l["new_contact_email"]): err(i, "contact email form")
        if l["new_contact_email"] not in flat: err(i, "new_contact_email not in text")
    for inv in l["invoice_numbers"]:
        mm = re.match(r"^INV-(\d{4})$", inv)
        if not mm: err(i, f"invoice format {inv}"); continue
        if not re.search(r"(?<!\d)" + mm.group(1) + r"(?!\d)", flat): err(i, f"{inv} not in message")
    # every INV- number written in the message is either labelled or from another thread? (same thread only)
    found = set(re.findall(r"INV-\d{4}", flat))
    if not found <= set(l["invoice_numbers"]): err(i, f"unlabelled invoice numbers {found - set(l['invoice_numbers'])}")
    # made-up domains only
    for dom in re.findall(r"@([\w.-]+\.[a-z]{2,})", flat):
        if not dom.endswith(".example"): err(i, f"non-example domain {dom}")

for k, v in TARGET.items():
    if ints[k] != v: err("all", f"{k}: {ints[k]} != {v}")
if not 5 <= inj <= 8: err("all", f"injection count {inj}")
main = sum(v for k, v in locs.items() if k in MAIN)
if not 36 <= main <= 44: err("all", f"main-locale count {main}")
for k, v in locs.items():
    if k not in MAIN and v > 3: err("all", f"locale {k} has {v} > 3")
if len([k for k in locs if k not in MAIN]) < 16: err("all", "too few other locales")

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: 80 messages, intents {dict(ints)}, injection {inj}, main-locale {main}, locales {len(locs)}")
