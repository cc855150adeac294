#!/usr/bin/env python3
"""Re-verify every label of jw01..jw80 against the generated emails. Exit 1 on any problem."""
import json, re, sys, os, email, email.policy
from email.utils import parsedate_to_datetime
from datetime import date, timedelta
import calendar
HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = {"promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
KEYLET = dict(zip("ABCDEFGHIJKL", ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
    "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]))

def resolve(rule, today):
    k, _, a = rule.partition(":")
    if k == "today": return today
    if k == "tomorrow": return today + timedelta(1)
    if k == "yesterday": return today - timedelta(1)
    if k == "plus": return today + timedelta(int(a))
    if k == "minus": return today - timedelta(int(a))
    if k == "wd": return today + timedelta((int(a) - today.weekday()) % 7)
    if k == "nextwd": return today + timedelta(7 - today.weekday() + int(a))
    if k == "lastwd": return today - timedelta(((today.weekday() - int(a)) % 7) or 7)
    if k == "pastwd": return today - timedelta((today.weekday() - int(a)) % 7)
    if k == "week": return today + timedelta(4 - today.weekday())
    if k == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "eomnext":
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, calendar.monthrange(y, m)[1])
    if k == "by":
        d = int(a)
        if today.day <= d: return today.replace(day=d)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, d)
    if k == "kw": return date.fromisocalendar(today.year, int(a), 5)
    if k == "abs": return date.fromisoformat(a)
    raise ValueError(rule)

def text_of(msg):
    out = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            try: out.append(p.get_content())
            except Exception as e: out.append(p.get_payload(decode=True).decode("utf-8", "replace"))
        if p.get("Subject"): out.append(str(p.get("Subject")))
    return "\n".join(out)

def main():
    errs = []
    em = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    lb = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(em) != 80 or len(lb) != 80: errs.append("need 80 lines each")
    ids = [e["id"] for e in em]
    if ids != [f"jw{i:02d}" for i in range(1, 81)] or ids != [l["id"] for l in lb]: errs.append("ids/order mismatch")
    for e, l in zip(em, lb):
        i = e["id"]; bad = lambda s: errs.append(f"{i}: {s}")
        extra = set(l) - set(KEYS) - {"injection"}
        if extra or set(KEYS) - set(l): bad(f"keys {sorted(set(l) ^ set(KEYS))}")
        if "injection" in l and l["injection"] is not True: bad("injection must be true")
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        txt = text_of(msg)
        flat = re.sub(r"\s+", " ", txt)
        today = parsedate_to_datetime(msg["Date"]).date()
        if l["intent"] not in INTENTS: bad("intent")
        m = re.match(r"\[([A-L]), ([a-zA-Z-]+)\] ", l["note"])
        if not m or KEYLET[m.group(1)] != l["intent"]: bad("note key")
        rules = dict(re.findall(r"(\w+_date)=(\S+)", l["note"].split("| rules:")[-1])) if "| rules:" in l["note"] else {}
        for f in ("promised_date", "paid_date", "return_date"):
            v = l[f]
            if v is not None:
                if not re.fullmatch(r"\d{4}-\d\d-\d\d", v): bad(f"{f} format")
                if f not in rules: bad(f"{f} without rule")
                elif resolve(rules[f], today).isoformat() != v: bad(f"{f} {v} != {resolve(rules[f], today)}")
            elif f in rules: bad(f"{f} rule but null")
        a = l["promised_amount"]
        if (a is None) != (l["currency"] is None): bad("currency/amount nullness")
        if a is not None:
            if not re.fullmatch(r"\d+\.\d\d", a): bad("amount format")
            if not re.fullmatch(r"[A-Z]{3}", l["currency"]): bad("currency format")
            digits = a.replace(".", "")
            toks = {re.sub(r"\D", "", t) for t in re.findall(r"\d[\d.,\u00a0 ]*\d|\d", txt)}
            if digits not in toks and not (a.endswith(".00") and digits[:-2] in toks): bad(f"amount {a} not in text")
        if l["payment_reference"] is not None and l["payment_reference"] not in txt: bad("reference not in text")
        if l["new_contact_email"] is not None and l["new_contact_email"] not in txt: bad("contact not in text")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: bad("reason")
        if l["intent"] == "dispute" and l["dispute_reason"] is None: bad("dispute without reason")
        if l["intent"] == "out_of_office" and not (msg.get("Auto-Submitted") or msg.get("X-Autoreply")): bad("ooo w/o header")
        if l["intent"] == "delivery_failure" and msg.get("In-Reply-To"): bad("bounce with In-Reply-To")
        inv = l["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv): bad("invoice list")
        for n in inv:
            if not re.fullmatch(r"INV-\d{4}", n) or n not in txt + e["eml"]: bad(f"invoice {n} not in message")
    from collections import Counter
    print("intents:", dict(Counter(l["intent"] for l in lb)))
    print("injection:", sum(1 for l in lb if l.get("injection")))
    for x in errs: print("ERROR", x)
    print("OK" if not errs else f"{len(errs)} problems")
    sys.exit(1 if errs else 0)

main()
