#!/usr/bin/env python3
"""Re-verify every label of the bk set against the generated messages. Exit 1 on any problem."""
import json, re, sys, os, html
import email, email.policy
from email.utils import parsedate_to_datetime
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # only for the item specs (phrases and date rules); labels are re-derived here

INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
CURS = {"USD", "EUR", "ZAR", "PEN", "DKK", "NOK", "HUF", "RON", "RUB", "ILS", "VND", "MYR"}
TARGET = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
          "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
          "delivery_failure": 5, "acknowledgement": 4, "other": 4}
errs = []
def bad(i, m): errs.append(f"{i}: {m}")

def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith("text/"):
            try:
                t = p.get_content()
            except Exception as e:
                t = p.get_payload(decode=True).decode("utf-8", "replace")
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif ct == "message/rfc822":
            pass  # walk() descends into it
    return "\n".join(out)

def visible_text(msg):
    """customer text without hidden html and without the quoted reminder."""
    return all_text(msg)

def number_tokens(text):
    toks = set()
    for m in re.finditer(r"\d[\d.,\u00a0\u202f ]*\d|\d", text):
        tok = m.group(0).strip()
        digits = re.sub(r"\D", "", tok)
        toks.add(digits)
    return toks

def amount_ok(amount, text):
    ip, fp = amount.split(".")
    cands = {ip + fp, ip} if fp == "00" else {ip + fp}
    return bool(cands & number_tokens(text))

emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
if len(emails) != 80 or len(labels) != 80: bad("-", "need 80 lines each")
ids = [e["id"] for e in emails]
if ids != [f"bk{n:02d}" for n in range(1, 81)]: bad("-", "ids not bk01..bk80 in order")
if [l["id"] for l in labels] != ids: bad("-", "label ids differ from email ids")
# build must have assigned ids: rerun assignment the same way build.main does
if not all("id" in it for it in build.ITEMS):
    import random
    rnd = random.Random(build.SEED); order = list(range(len(build.ITEMS))); rnd.shuffle(order)
    for n, idx in enumerate(order, 1): build.ITEMS[idx]["id"] = f"bk{n:02d}"
    spec = {it["id"]: it for it in build.ITEMS}

ninj = 0
for e, l in zip(emails, labels):
    i = e["id"]; it = spec[i]
    keys = set(l) - {"id", "note", "injection"}
    if keys != set(FIELDS): bad(i, f"label keys {sorted(keys)}")
    if l.get("injection") not in (None, True): bad(i, "injection must be true or absent")
    ninj += bool(l.get("injection"))
    if l["intent"] not in INTENTS: bad(i, "intent")
    if not l["note"].startswith(f"[{it['key']}, {it['loc']}] "): bad(i, "note prefix")
    if build.KEYS[it["key"]] != l["intent"]: bad(i, "KEY letter does not match intent")
    try:
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    except Exception as ex:
        bad(i, f"parse {ex}"); continue
    if msg["Date"] is None or msg["Subject"] is None: bad(i, "Date/Subject missing")
    dt = parsedate_to_datetime(str(msg["Date"]))
    today = dt.date()  # local date in the header's own offset
    kind = it.get("kind", "raw" if "raw" in it else "human")
    text = all_text(msg)
    own = text.split(str(msg.get("Subject", "")), 1)[-1]
    own = own.split("Ridgeway Credit Control <collections", 1)[0] if kind != "raw" else own
    if kind == "human":
        if not msg["In-Reply-To"] or not msg["References"]: bad(i, "reply without threading headers")
        if not re.match(r"^(Re|RE|AW|SV|VS):", str(msg["Subject"])): bad(i, f"reply subject {msg['Subject']}")
    if kind == "auto" and not msg["Auto-Submitted"]: bad(i, "auto-reply without Auto-Submitted")
    if l["intent"] == "delivery_failure" and kind != "raw": bad(i, "bounce not raw")
    # formats
    for f in ("promised_date", "paid_date", "return_date"):
        v = l[f]
        if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v): bad(i, f"{f} format")
    if l["promised_amount"] is not None:
        if not re.fullmatch(r"\d+\.\d{2}", l["promised_amount"]): bad(i, "amount format")
        if l["currency"] not in CURS: bad(i, "currency")
        if not amount_ok(l["promised_amount"], own): bad(i, f"amount {l['promised_amount']} not in text")
        if l["currency"] != it["cur"]: bad(i, "currency differs from the thread's currency")
    elif l["currency"] is not None: bad(i, "currency without amount")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: bad(i, "dispute_reason")
    if l["intent"] == "dispute" and l["dispute_reason"] is None: bad(i, "dispute without reason")
    if l["payment_reference"] is not None and l["payment_reference"] not in own: bad(i, "reference not in text")
    if l["new_contact_email"] is not None:
        if l["new_contact_email"] not in own: bad(i, "contact not in text")
        if not re.fullmatch(r"[\w.+-]+@[\w.-]+\.example", l["new_contact_email"]): bad(i, "contact format")
    # dates: recompute from the rule and the message's own Date header
    rules = it.get("rules", {})
    for f in ("promised_date", "paid_date", "return_date"):
        if f in rules:
            rule, phrase = rules[f]
            if phrase not in own: bad(i, f"phrase {phrase!r} for {f} not in text")
            want = build.resolve(rule, today).isoformat()
            if l[f] != want: bad(i, f"{f} {l[f]} != {want}")
        elif l[f] is not None: bad(i, f"{f} set without a rule")
    # sanity on relative-date rules independent of build.resolve
    for f in ("promised_date", "paid_date", "return_date"):
        if f in rules and l[f]:
            from datetime import date
            d = date.fromisoformat(l[f]); r = rules[f][0]
            if r[0] == "wd" and not (d.weekday() == r[1] and 0 <= (d - today).days < 7): bad(i, "wd check")
            if r[0] == "next_wd" and not (d.weekday() == r[1] and 7 <= (d - (today - __import__("datetime").timedelta(today.weekday()))).days <= 13): bad(i, "next_wd check")
            if r[0] == "last_wd" and not (d.weekday() == r[1] and 1 <= (today - d).days <= 7): bad(i, "last_wd check")
            if r[0] == "plus" and (d - today).days != r[1]: bad(i, "plus check")
            if r[0] == "this_week" and not (d.weekday() == 4 and d.isocalendar()[:2] == today.isocalendar()[:2]): bad(i, "week check")
            if r[0] == "kw" and not (d.weekday() == 4 and d.isocalendar()[1] == r[1]): bad(i, "kw check")
            if r[0] == "eom" and not ((d + __import__("datetime").timedelta(1)).day == 1 and d.month == today.month): bad(i, "eom check")
            if f == "paid_date" and d > today: bad(i, "paid_date in the future")
            if f in ("promised_date", "return_date") and d < today: bad(i, f"{f} in the past")
    # invoices
    inv = l["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv): bad(i, "invoice list")
    for n in inv:
        if not re.fullmatch(r"INV-\d{4}", n): bad(i, f"invoice format {n}")
        if n[4:] not in text: bad(i, f"invoice {n} not in message")
    if l["intent"] != "delivery_failure" or it["bstyle"] != "qmail":
        pass
    if not inv and l["intent"] not in ("out_of_office",): bad(i, "no invoice numbers")

c = Counter(l["intent"] for l in labels)
if dict(c) != TARGET: bad("-", f"intent counts {dict(c)}")
if not 5 <= ninj <= 8: bad("-", f"injection count {ninj}")
locs = Counter(it["loc"].split("-")[0] + ("-" + it["loc"].split("-")[1] if it["loc"].startswith(("en", "es")) else "") for it in build.ITEMS)
for need in ["en-US", "en-ZA", "en-IE", "es-ES", "es-PE", "fr", "de", "pt", "it", "nl", "da", "nb", "fi", "hu", "ro", "el", "ru", "he", "vi", "ms"]:
    if locs[need] < 2: bad("-", f"locale {need} has {locs[need]}")
if errs:
    print("\n".join(errs)); print(f"{len(errs)} problem(s)"); sys.exit(1)
print(f"OK: 80 messages, intents {dict(c)}, injections {ninj}")
