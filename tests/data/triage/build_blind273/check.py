#!/usr/bin/env python3
"""Re-verify every label of blind273 from the generated data. Exit 1 on any problem."""
import json, re, sys, calendar, email, email.policy, html
from datetime import date, timedelta
from email.utils import parsedate_to_datetime
from collections import Counter

D = __import__("os").path.dirname(__import__("os").path.abspath(__file__))
def rd(n): return [json.loads(l) for l in open(f"{D}/{n}", encoding="utf-8")]
E, LB, DV = rd("emails.jsonl"), rd("labels.jsonl"), rd("derivations.jsonl")
errs = []
def bad(i, m): errs.append(f"{i}: {m}")

FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENT_KEY = {"promise_to_pay": "A", "paid_claim": "B", "dispute": "C", "document_request": "D", "billing_update": "E",
              "wrong_contact": "F", "out_of_office": "G", "payment_plan_request": "H", "legal_or_insolvency": "I",
              "delivery_failure": "J", "acknowledgement": "K", "other": "L"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}

def day(rule, t):
    k, _, a = rule.partition(":")
    if k == "tomorrow": return t + timedelta(days=1)
    if k == "yesterday": return t - timedelta(days=1)
    if k == "plus": return t + timedelta(days=int(a))
    if k == "this_wd":
        d = t
        while d.weekday() != int(a): d += timedelta(days=1)
        return d
    if k == "next_wd":
        monday_next = t - timedelta(days=t.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=int(a))
    if k == "eom": return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if k == "eonm":
        m = int(a); y = t.year + (m < t.month)
        return date(y, m, calendar.monthrange(y, m)[1])
    if k == "by_day":
        d = t
        while d.day != int(a): d += timedelta(days=1)
        return d
    if k == "week_fri": return t - timedelta(days=t.weekday()) + timedelta(days=4)
    if k == "kw":
        jan4 = date(t.year, 1, 4)
        return jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=int(a) - 1, days=4)
    if k == "abs": return date.fromisoformat(a)
    raise ValueError(rule)

def norm_amount(w):
    s = re.sub(r"[^\d.,' \u00a0]", "", w).strip().replace("'", "").replace(" ", "").replace("\u00a0", "")
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(dec, ".")
    elif "," in s:
        s = s.replace(",", ".") if re.search(r",\d{2}$", s) else s.replace(",", "")
    elif "." in s and not re.search(r"\.\d{2}$", s):
        s = s.replace(".", "")
    return f"{float(s):.2f}"

def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if p.is_multipart(): continue
        if ct.startswith("text/"):
            try: t = p.get_content()
            except Exception as ex: bad("?", f"decode {ct}: {ex}"); continue
            out.append(t)
            if ct == "text/html": out.append(html.unescape(re.sub(r"<[^>]+>", " ", t)))
        elif ct == "message/delivery-status":
            out.append(p.as_string())
    return "\n".join(out)

if not (len(E) == len(LB) == len(DV) == 80): bad("*", "need 80 lines in each file")
ids = [e["id"] for e in E]
if ids != [f"rx{n:02d}" for n in range(1, 81)] or ids != [l["id"] for l in LB] or ids != [d["id"] for d in DV]:
    bad("*", "id order mismatch")
for e, l, d in zip(E, LB, DV):
    i = e["id"]
    keys = [k for k in l if k != "injection"]
    if sorted(keys) != sorted(FIELDS): bad(i, f"label keys {keys}")
    if "injection" in l and l["injection"] is not True: bad(i, "injection must be true")
    msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    for h in ("Date", "From", "To", "Subject"):
        if not msg.get(h): bad(i, f"missing {h}")
    today = parsedate_to_datetime(msg["Date"]).date()
    txt = all_text(msg)
    if l["intent"] not in INTENT_KEY: bad(i, "intent"); continue
    if not l["note"].startswith(f"[{INTENT_KEY[l['intent']]}, {d['locale']}] "): bad(i, "note prefix")
    if d["key"] != INTENT_KEY[l["intent"]]: bad(i, "key/intent mismatch")
    if l["intent"] == "delivery_failure":
        if msg.get("In-Reply-To"): bad(i, "bounce with In-Reply-To")
    elif not msg.get("In-Reply-To") or not msg.get("References") or not msg.get("Message-ID"): bad(i, "threading headers")
    if l["intent"] == "out_of_office" and msg.get("Auto-Submitted") != "auto-replied": bad(i, "OOO without Auto-Submitted")
    if l["intent"] not in ("out_of_office", "delivery_failure") and msg.get("Auto-Submitted") and l["intent"] != "other":
        bad(i, "human reply marked auto")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: bad(i, "dispute_reason")
    if l["intent"] == "dispute" and not l["dispute_reason"]: bad(i, "dispute without reason")
    amt = l["promised_amount"]
    if (amt is None) != (l["currency"] is None): bad(i, "currency/amount nullness")
    if amt is not None and not re.fullmatch(r"\d+\.\d{2}", amt): bad(i, "amount format")
    if l["currency"] is not None and not re.fullmatch(r"[A-Z]{3}", l["currency"]): bad(i, "currency format")
    done = set()
    for c in d["checks"]:
        if c[0] == "date":
            _, f, phrase, rule = c
            if phrase not in txt: bad(i, f"phrase not in text: {phrase!r}")
            if l[f] != day(rule, today).isoformat(): bad(i, f"{f} {l[f]} != {rule} from {today}")
            done.add(f)
        elif c[0] == "amount":
            if c[1] not in txt: bad(i, f"amount text missing {c[1]!r}")
            if amt != norm_amount(c[1]): bad(i, f"amount {amt} != {norm_amount(c[1])}")
            done.add("promised_amount")
        elif c[0] == "ref":
            if not l["payment_reference"] or l["payment_reference"] not in txt: bad(i, "reference not in text")
            done.add("payment_reference")
        elif c[0] == "contact":
            if not l["new_contact_email"] or l["new_contact_email"] not in txt: bad(i, "contact not in text")
            done.add("new_contact_email")
    for f in ("promised_date", "paid_date", "return_date", "promised_amount", "payment_reference", "new_contact_email"):
        if l[f] is not None and f not in done: bad(i, f"{f} not derived")
        if l[f] is not None and f.endswith("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", l[f]): bad(i, f"{f} format")
    inv = l["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv): bad(i, "invoice list")
    for n in inv:
        if not re.fullmatch(r"INV-\d{4}", n) or (n not in txt and not re.search(rf"(?<!\d){n[4:]}(?!\d)", txt)):
            bad(i, f"invoice {n} not in message")
    if l["intent"] != "delivery_failure" and not inv: bad(i, "no invoice")

ci = Counter(l["intent"] for l in LB); inj = sum(1 for l in LB if l.get("injection"))
loc = Counter(d["locale"] for d in DV)
en = sum(v for k, v in loc.items() if k.startswith("en-"))
if not 5 <= inj <= 8: bad("*", f"injection count {inj}")
if len(loc) != 19: bad("*", f"locales {len(loc)}")
print("intents:", dict(ci)); print("locales:", dict(loc), "english", en, "injections", inj)
if errs:
    print("\n".join(errs)); print(f"FAIL: {len(errs)} problem(s)"); sys.exit(1)
print("OK: all 80 labels verified")
