#!/usr/bin/env python3
"""Re-verify every label of the yb triage set from the generated data. Exit 1 on any problem."""
import calendar, email, email.policy, html, json, os, re, sys
from collections import Counter
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
INTENTS = {"A": "promise_to_pay", "B": "paid_claim", "C": "dispute", "D": "document_request", "E": "billing_update",
           "F": "wrong_contact", "G": "out_of_office", "H": "payment_plan_request", "I": "legal_or_insolvency",
           "J": "delivery_failure", "K": "acknowledgement", "L": "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
LOCALES = {"en-US", "en-IN", "en-SG", "es-AR", "fr-CH", "de-DE", "pt-BR", "it-IT", "nl-NL", "da-DK", "fi-FI",
           "cs-CZ", "el-GR", "tr-TR", "ko-KR", "th-TH", "vi-VN"}
errors = []
def err(i, msg): errors.append(f"{i}: {msg}")

def resolve(today, rule):
    k = rule[0]
    if k == "plus": return today + timedelta(rule[1])
    if k == "this_wd": return today + timedelta((rule[1] - today.weekday()) % 7)
    if k == "next_wd": return today + timedelta(7 - today.weekday() + rule[1])
    if k == "last_wd":
        d = (today.weekday() - rule[1]) % 7
        return today - timedelta(d or 7)
    if k == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "eom_named":
        y = today.year if rule[1] >= today.month else today.year + 1
        return date(y, rule[1], calendar.monthrange(y, rule[1])[1])
    if k == "by_day":
        if today.day <= rule[1]: return today.replace(day=rule[1])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, rule[1])
    if k == "this_week": return today + timedelta(4 - today.weekday())
    if k == "isoweek": return date.fromisocalendar(today.year, rule[1], 5)
    if k == "dm_future":
        d = date(today.year, rule[2], rule[1]); return d if d >= today else date(today.year + 1, rule[2], rule[1])
    if k == "dm_past":
        d = date(today.year, rule[2], rule[1]); return d if d <= today else date(today.year - 1, rule[2], rule[1])
    if k == "explicit": return date.fromisoformat(rule[1])
    raise ValueError(rule)

def all_text(msg):
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith("text/"):
            try:
                t = p.get_content()
            except Exception:
                t = p.get_payload(decode=True).decode("utf-8", "replace")
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif ct == "message/rfc822":
            sub = p.get_payload()[0] if isinstance(p.get_payload(), list) else p.get_payload()
            out.append(str(sub.get("subject", "")))
    if not msg.is_multipart() and msg.get_content_type() == "text/plain" and not out:
        out.append(msg.get_payload())
    return "\n".join(out)

def load(n): return [json.loads(l) for l in open(os.path.join(HERE, n), encoding="utf-8")]
emails, labels, rules = load("emails.jsonl"), load("labels.jsonl"), load("rules.jsonl")
if not (len(emails) == len(labels) == len(rules) == 80): err("-", f"line counts {len(emails)} {len(labels)} {len(rules)}")
ids = [f"yb{n:02d}" for n in range(1, 81)]
for e, l, r, want in zip(emails, labels, rules, ids):
    i = e["id"]
    if not (i == l["id"] == r["id"] == want): err(i, "id/order mismatch")
    if set(e) != {"id", "eml"}: err(i, "email keys")
    extra = set(l) - set(FIELDS) - {"id", "note", "injection"}
    if extra or any(f not in l for f in FIELDS + ["note"]): err(i, f"label keys {sorted(l)}")
    if "injection" in l and l["injection"] is not True: err(i, "injection must be true when present")
    m = re.match(r"\[([A-L]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
    if not m: err(i, "note prefix"); continue
    if INTENTS[m.group(1)] != l["intent"]: err(i, "KEY vs intent")
    if m.group(2) not in LOCALES or m.group(2) != r["locale"]: err(i, "locale")
    # formats
    for f in ("promised_date", "paid_date", "return_date"):
        if l[f] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", l[f]): err(i, f"{f} format")
        if l[f] is not None and f not in r["dates"]: err(i, f"{f} has no derivation rule")
    if l["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", l["promised_amount"]): err(i, "amount format")
    if (l["promised_amount"] is None) != (l["currency"] is None): err(i, "currency iff amount")
    if l["currency"] is not None and not re.fullmatch(r"[A-Z]{3}", l["currency"]): err(i, "currency format")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: err(i, "dispute_reason")
    if l["intent"] == "dispute" and l["dispute_reason"] is None: err(i, "dispute without reason")
    if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]): err(i, "invoice list")
    if any(not re.fullmatch(r"INV-\d{4}", x) for x in l["invoice_numbers"]): err(i, "invoice format")
    if l["new_contact_email"] is not None and not re.fullmatch(r"[\w.+-]+@[\w.-]+\.example", l["new_contact_email"]): err(i, "email format")
    # parse
    msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    if msg.defects: err(i, f"defects {msg.defects}")
    try:
        dt = msg["date"].datetime
    except Exception as ex:
        err(i, f"Date header: {ex}"); continue
    today = dt.date()  # calendar date in the header's own offset
    if not msg["message-id"]: err(i, "no Message-ID")
    text = str(msg["subject"]) + "\n" + all_text(msg)
    if len(text.strip()) < 40: err(i, "empty body?")
    if l["intent"] != "delivery_failure" and "In-Reply-To" not in msg: err(i, "no In-Reply-To")
    if l["intent"] == "out_of_office" and "Auto-Submitted" not in msg: err(i, "auto-reply without Auto-Submitted")
    if l["intent"] in ("out_of_office", "delivery_failure") and any(l[f] for f in ("promised_date", "paid_date", "promised_amount")): err(i, "payment fields on automatic message")
    # dates recomputed
    for f, (rule, phrase) in r["dates"].items():
        v = resolve(today, rule).isoformat()
        if l[f] != v: err(i, f"{f}: label {l[f]} but {rule} from {today} gives {v}")
        if phrase not in text: err(i, f"date phrase {phrase!r} not in text")
    # amount
    if l["promised_amount"] is not None:
        lit = r["amount_literal"]
        if not lit or lit not in text: err(i, f"amount literal {lit!r} not in text")
        else:
            digits = re.sub(r"\D", "", lit)
            has_dec = re.search(r"[.,]\d{2}(?!\d)\D*$", lit) is not None
            want_d = l["promised_amount"].replace(".", "") if has_dec else l["promised_amount"][:-3]
            if l["promised_amount"][-3:] != ".00" and not has_dec: err(i, "literal lacks decimals")
            if digits != want_d: err(i, f"amount {l['promised_amount']} vs literal {lit}")
    for s in r["strings"]:
        if s not in text: err(i, f"string {s!r} not in text")
    for f in ("payment_reference", "new_contact_email"):
        if l[f] is not None and l[f] not in text: err(i, f"{f} not in text")
    for x in l["invoice_numbers"]:
        if not re.search(r"(?<!\d)" + x[4:] + r"(?!\d)", text): err(i, f"{x} not in text")
    # invoice numbers: customer's own text should not mention other INV-like numbers missing from label
    if l["intent"] != "delivery_failure" and not l["invoice_numbers"]: err(i, "no invoice numbers (all threads carry one)")

# distribution
ci = Counter(l["intent"] for l in labels)
want = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
        "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
        "delivery_failure": 5, "acknowledgement": 4, "other": 4}
if dict(ci) != want: err("-", f"intent counts {dict(ci)}")
cl = Counter(r["locale"] for r in rules)
if set(cl) != LOCALES: err("-", f"locales missing {LOCALES - set(cl)}")
if sum(v for k, v in cl.items() if k.startswith("en-")) > 20: err("-", "too much English")
if not 5 <= sum(1 for l in labels if l.get("injection")) <= 8: err("-", "injection count")
# sums: per-intent and per-locale tables add up to 80
if sum(ci.values()) != 80 or sum(cl.values()) != 80: err("-", "counts do not add up to 80")

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: 80 messages, {sum(len(r['dates']) for r in rules)} date labels recomputed, intents {dict(ci)}")
