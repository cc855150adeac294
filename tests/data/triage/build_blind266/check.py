#!/usr/bin/env python3
"""Re-verify every label in labels.jsonl against emails.jsonl (and the build spec). Exit 1 on any problem."""
import json, os, re, sys, random, email, html
from email import policy
from datetime import date
from email.utils import parsedate_to_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = set(build.KEYS.values())
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
errs = []
def bad(i, m): errs.append(f"{i}: {m}")

def load(n):
    with open(os.path.join(HERE, n), encoding="utf-8") as f:
        return [json.loads(l) for l in f]

def text_of(msg):
    out = []
    for p in msg.walk():
        if p.get("Subject"):
            out.append(str(p.get("Subject")))
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t.replace("<br>", "\n")))
            out.append(t)
        elif p.get_content_type() == "message/delivery-status":
            out.append(str(p))
    return "\n".join(out)

emails, labels = load("emails.jsonl"), load("labels.jsonl")
if len(emails) != 80 or len(labels) != 80: bad("all", "need 80 lines each")
e2, l2 = build.build()
if e2 != emails or l2 != labels: bad("all", "files differ from a fresh build (not deterministic or stale)")
order = list(range(len(build.ITEMS))); random.Random(build.SEED).shuffle(order)
want_keys = {"id", "note"} | set(build.FIELDS)
inj = 0
for k, (e, l) in enumerate(zip(emails, labels), 1):
    i = "dn%02d" % k
    if e["id"] != i or l["id"] != i: bad(i, "id/order")
    keys = set(l) - {"injection"}
    if keys != want_keys: bad(i, f"label keys {sorted(keys ^ want_keys)}")
    if "injection" in l:
        if l["injection"] is not True: bad(i, "injection must be true")
        inj += 1
    x = build.ITEMS[order[k - 1]]
    msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=policy.default)
    dh = msg["Date"]
    if not dh: bad(i, "no Date"); continue
    today = parsedate_to_datetime(str(dh)).date()
    body = text_of(msg)
    full = body + "\n" + str(msg["Subject"] or "")
    if not l["note"].startswith(f"[{x['key']}, {x['loc']}] "): bad(i, "note prefix")
    if build.KEYS[x["key"]] != l["intent"] or l["intent"] not in INTENTS: bad(i, "intent vs key")
    if x["intent"] == "delivery_failure":
        if msg["In-Reply-To"]: bad(i, "bounce with In-Reply-To")
    else:
        if not msg["In-Reply-To"] or not msg["Message-ID"]: bad(i, "missing threading headers")
        subj = str(msg["Subject"])
        if x["auto"] and not msg["Auto-Submitted"]: bad(i, "auto-reply without Auto-Submitted")
    # dates recomputed from the parsed Date header
    for f in ("promised_date", "paid_date", "return_date"):
        rule = x["lab"].get(f)
        v = l[f]
        if rule is None:
            if v is not None: bad(i, f"{f} set without rule")
            continue
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", v or ""): bad(i, f"{f} format"); continue
        if build.resolve(rule, today).isoformat() != v: bad(i, f"{f} {v} != recomputed")
        if rule[0] == "abs" and f == "paid_date" and date.fromisoformat(v) > today: bad(i, "paid_date in future")
        if f == "promised_date" and date.fromisoformat(v) < today: bad(i, "promised_date in the past")
    # amounts
    a = l["promised_amount"]
    if a is None:
        if l["currency"] is not None: bad(i, "currency without amount")
    else:
        lit = x["lab"]["promised_amount"]
        if lit not in body: bad(i, f"amount literal {lit!r} not in body")
        if not re.fullmatch(r"\d+\.\d\d", a): bad(i, "amount format")
        if build.norm_amount(re.sub(r"[^\d.,' \u00a0]", "", lit).strip()) != a: bad(i, f"amount {a} vs {lit}")
        if not re.fullmatch(r"[A-Z]{3}", l["currency"] or ""): bad(i, "currency")
        if x["rem"] and x["rem"][2] != l["currency"]: bad(i, "currency differs from thread currency")
    for f in ("payment_reference", "new_contact_email"):
        if l[f] is not None and l[f] not in body: bad(i, f"{f} {l[f]!r} not in text")
    if l["new_contact_email"] is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.example", l["new_contact_email"]): bad(i, "email format")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: bad(i, "reason")
    if l["intent"] == "dispute" and l["dispute_reason"] is None: bad(i, "dispute without reason")
    inv = l["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv): bad(i, "invoice_numbers list/dups")
    for n in inv:
        if not re.fullmatch(r"INV-\d{4}", n) or n not in full: bad(i, f"invoice {n} not in text")
    # ordering of first mention in the text that supplied them
    pos = [full.find(n) for n in inv]
    if pos != sorted(pos) and not all(n in str(msg["Subject"] or "") for n in inv): bad(i, "invoice order")
if not (5 <= inj <= 8): bad("all", f"injection count {inj}")
for m in errs: print("FAIL", m)
print(f"checked {len(labels)} labels, {inj} injections, {len(errs)} problems")
sys.exit(1 if errs else 0)
