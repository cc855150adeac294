#!/usr/bin/env python3
"""Re-verify labels.jsonl against emails.jsonl (stdlib only). Exit 1 on any problem."""
import calendar, email, email.policy, json, re, sys, os
from datetime import date, timedelta
from email.utils import parsedate_to_datetime
HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = {"promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
WD = {"mon":0,"tue":1,"wed":2,"thu":3,"fri":4,"sat":5,"sun":6}

def resolve(t, r):
    k = r[0]
    if k == "tomorrow": return t + timedelta(1)
    if k == "yesterday": return t - timedelta(1)
    if k == "this": return t + timedelta((WD[r[1]] - t.weekday()) % 7)
    if k == "next": return t + timedelta(7 - t.weekday() + WD[r[1]])
    if k == "eom": return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if k == "eonm": return date(t.year, int(r[1]), calendar.monthrange(t.year, int(r[1]))[1])
    if k == "plus": return t + timedelta(int(r[1]))
    if k == "minus": return t - timedelta(int(r[1]))
    if k == "by":
        d = int(r[1])
        if t.day <= d: return t.replace(day=d)
        y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
        return date(y, m, d)
    if k == "week": return t + timedelta(4 - t.weekday())
    if k == "kw": return date.fromisocalendar(t.year, int(r[1]), 5)
    if k == "abs": return date.fromisoformat(r[1])
    raise ValueError(r)

def texts(msg):
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith("text/"):
            out.append(p.get_content())
        elif ct in ("message/rfc822",):
            pass
    return "\n".join(out)

def main():
    errs = []
    E = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    L = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(E) != 80 or len(L) != 80: errs.append("need 80 lines each")
    inj = 0
    for e, l in zip(E, L):
        i = e["id"]
        if i != l["id"]: errs.append(f"{i}: id order")
        keys = [k for k in l if k != "injection"]
        if sorted(keys) != sorted(FIELDS): errs.append(f"{i}: fields {keys}")
        inj += bool(l.get("injection"))
        raw = e["eml"]
        msg = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)
        txt = texts(msg) + "\n" + str(msg.get("Subject", "")) + "\n" + raw
        if "\ufffd" in txt: errs.append(f"{i}: U+FFFD in decoded text")
        dt = parsedate_to_datetime(msg["Date"]); today = dt.date()
        if l["intent"] not in INTENTS: errs.append(f"{i}: intent")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: errs.append(f"{i}: reason")
        if (l["promised_amount"] is None) != (l["currency"] is None): errs.append(f"{i}: currency iff amount")
        if l["promised_amount"] is not None:
            if not re.fullmatch(r"\d+\.\d\d", l["promised_amount"]): errs.append(f"{i}: amount fmt")
            ip = l["promised_amount"].split(".")[0]
            if ip not in re.sub(r"[\s,.'\u00a0]", "", txt): errs.append(f"{i}: amount {ip} not in text")
        if l["currency"] is not None and not re.fullmatch(r"[A-Z]{3}", l["currency"]): errs.append(f"{i}: cur")
        for f in ("payment_reference", "new_contact_email"):
            if l[f] is not None and l[f] not in txt: errs.append(f"{i}: {f} not in text")
        for n in l["invoice_numbers"]:
            if not re.fullmatch(r"INV-\d{4}", n) or n[4:] not in txt: errs.append(f"{i}: invoice {n}")
        if len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]): errs.append(f"{i}: dup invoices")
        toks = {m.group(1): (m.group(2), m.group(3)) for m in re.finditer(r"\{\{(\w+)\|([^|]+)\|([^}]+)\}\}", l["note"])}
        for f in ("promised_date", "paid_date", "return_date"):
            v = l[f]
            if v is None:
                if f in toks: errs.append(f"{i}: token for null {f}")
                continue
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", v): errs.append(f"{i}: {f} fmt")
            if f not in toks: errs.append(f"{i}: {f} lacks a rule token"); continue
            phrase, rule = toks[f]
            if phrase.lower() not in txt.lower(): errs.append(f"{i}: phrase {phrase!r} not in text")
            got = resolve(today, rule.split(":", 1) if rule.startswith("abs") else rule.split(":")).isoformat()
            if got != v: errs.append(f"{i}: {f} {v} != recomputed {got}")
        if not re.match(r"\[[A-L], [a-zA-Z-]+\]", l["note"]): errs.append(f"{i}: note prefix")
        if l["intent"] == "out_of_office" and "Auto-Submitted" not in raw: errs.append(f"{i}: ooo without header")
        if l["intent"] != "delivery_failure" and "In-Reply-To" not in raw: errs.append(f"{i}: no In-Reply-To")
    if not 4 <= inj <= 8: errs.append(f"injections {inj}")
    for x in errs: print("FAIL", x)
    print(f"{len(L)} labels checked, {len(errs)} problems, {inj} injections")
    sys.exit(1 if errs else 0)

main()
