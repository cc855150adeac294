#!/usr/bin/env python3
"""Re-verify every label of the qz set from the generated emails. Exit 1 on any problem."""
import calendar, email, email.policy, json, os, re, sys
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
INTENTS = {"promise_to_pay": "P", "paid_claim": "C", "dispute": "D", "document_request": "Q", "billing_update": "B",
           "wrong_contact": "W", "out_of_office": "O", "payment_plan_request": "I", "legal_or_insolvency": "L",
           "delivery_failure": "F", "acknowledgement": "A", "other": "X"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
CURS = {"AUD", "NZD", "EUR", "CLP", "BRL", "DKK", "PLN", "RUB", "INR", "MYR", "TWD"}
errors = []

def err(i, msg):
    errors.append(f"{i}: {msg}")

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]

def texts(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
            out.append(str(inner.get("Subject", "")))
        elif ct in ("text/plain", "text/html", "message/delivery-status", "text/rfc822-headers"):
            try:
                out.append(part.get_content())
            except Exception:
                p = part.get_payload(decode=True) or b""
                out.append(p.decode("utf-8", "replace") if isinstance(p, bytes) else str(p))
    return "\n".join(str(x) for x in out)

def resolve(today, rule, a):
    wd = today.weekday()
    if rule == "tomorrow": return today + timedelta(days=1)
    if rule == "yesterday": return today - timedelta(days=1)
    if rule == "plus": return today + timedelta(days=a[0])
    if rule == "this_wd":
        d = today
        while d.weekday() != a[0]: d += timedelta(days=1)
        return d
    if rule == "next_wd":
        monday_next = today - timedelta(days=wd) + timedelta(days=7)
        return monday_next + timedelta(days=a[0])
    if rule == "last_wd":
        d = today - timedelta(days=1)
        while d.weekday() != a[0]: d -= timedelta(days=1)
        return d
    if rule == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "this_week": return today - timedelta(days=wd) + timedelta(days=4)
    if rule == "by_day":
        d = today
        while d.day != a[0]: d += timedelta(days=1)
        return d
    if rule == "kw":
        for y in (today.year, today.year + 1):
            d = date.fromisocalendar(y, a[0], 5)
            if d >= today - timedelta(days=6): return d
    if rule in ("named_eom", "first_week"):
        y = today.year + (1 if a[0] < today.month else 0)
        return date(y, a[0], calendar.monthrange(y, a[0])[1] if rule == "named_eom" else 7)
    if rule == "dm_future":
        d = today
        while (d.day, d.month) != (a[0], a[1]): d += timedelta(days=1)
        return d
    if rule == "dm_past":
        d = today
        while (d.day, d.month) != (a[0], a[1]): d -= timedelta(days=1)
        return d
    if rule == "abs": return date(*a)
    raise ValueError(rule)

def norm_amount(s):
    s = re.sub(r"[^\d.,]", "", s.replace("\u202f", "").replace("\xa0", "").replace(" ", ""))
    s = s.strip(".,")
    m = re.search(r"[.,](\d{2})$", s)
    if m:
        whole = re.sub(r"[.,]", "", s[:-3])
        return f"{int(whole)}.{m.group(1)}"
    return f"{int(re.sub(r'[.,]', '', s))}.00"

def main():
    emails, labels, ver = load("emails.jsonl"), load("labels.jsonl"), load("verify.jsonl")
    if not (len(emails) == len(labels) == len(ver) == 80):
        err("all", "need 80 lines in each file")
    inj = 0
    for n, (e, l, v) in enumerate(zip(emails, labels, ver), 1):
        i = f"qz{n:02d}"
        if not (e["id"] == l["id"] == v["id"] == i):
            err(i, "id mismatch/order")
        keys = set(l) - {"id", "note", "injection"}
        if keys != set(FIELDS):
            err(i, f"label fields {sorted(keys ^ set(FIELDS))}")
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            body = texts(msg)
            subj = str(msg["Subject"] or "")
            dt = parsedate_to_datetime(str(msg["Date"]))
        except Exception as ex:
            err(i, f"parse {ex!r}"); continue
        full = subj + "\n" + body
        if "\ufffd" in full:
            err(i, "replacement char in decoded text")
        if not msg["Message-ID"]:
            err(i, "no Message-ID")
        it = l["intent"]
        if it not in INTENTS:
            err(i, f"intent {it}"); continue
        m = re.match(r"^\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
        if not m or m.group(1) != INTENTS[it]:
            err(i, f"note key {l['note'][:12]}")
        if it != "delivery_failure" and not msg["In-Reply-To"]:
            err(i, "human reply without In-Reply-To")
        if it == "delivery_failure" and msg["In-Reply-To"]:
            err(i, "bounce with In-Reply-To")
        if it == "out_of_office" and "auto-replied" not in str(msg.get("Auto-Submitted", "")):
            err(i, "auto-reply without Auto-Submitted")
        # local date of the Date header in its own offset
        today = dt.date()
        if str(dt.utcoffset()) != str(dt.utcoffset()):
            pass
        hdr = v["date_header_local"]
        if today.isoformat() != hdr.split()[0]:
            err(i, f"Date header local date {today} != {hdr}")
        for k in ("promised_date", "paid_date", "return_date"):
            if l[k] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", l[k]):
                err(i, f"{k} format")
        seen = set()
        for d in v["dates"]:
            seen.add(d["field"])
            got = resolve(today, d["rule"], d["args"]).isoformat()
            if got != l[d["field"]]:
                err(i, f"{d['field']} {l[d['field']]} != recomputed {got}")
            if d["phrase"] not in body:
                err(i, f"phrase {d['phrase']!r} not in body")
        for k in ("promised_date", "paid_date", "return_date"):
            if l[k] is not None and k not in seen:
                err(i, f"{k} without a verified phrase")
        if (l["promised_amount"] is None) != (l["currency"] is None):
            err(i, "currency/amount nullness")
        if l["promised_amount"] is not None:
            if not re.fullmatch(r"\d+\.\d{2}", l["promised_amount"]):
                err(i, "amount format")
            a = v["amount"]
            if not a or a["text"] not in body:
                err(i, "amount text not in body")
            elif norm_amount(a["text"]) != l["promised_amount"]:
                err(i, f"amount {a['text']} -> {norm_amount(a['text'])} != {l['promised_amount']}")
            if l["currency"] not in CURS:
                err(i, "currency code")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            err(i, "dispute_reason")
        if it == "dispute" and l["dispute_reason"] is None:
            err(i, "dispute without reason")
        if l["new_contact_email"] and l["new_contact_email"] not in body:
            err(i, "new_contact_email not in body")
        if l["payment_reference"] and l["payment_reference"] not in body:
            err(i, "payment_reference not in body")
        inv = l["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv):
            err(i, "invoice_numbers list/dupes")
        for x in inv:
            if not re.fullmatch(r"INV-\d{4}", x) or x[4:] not in full:
                err(i, f"invoice {x} not in message")
        src = v["inv_source"]
        if src == "subject" and [x for x in re.findall(r"INV-\d{4}", subj)] != inv:
            err(i, f"subject invoices {re.findall(r'INV-[0-9]{4}', subj)} != {inv}")
        if src == "customer text":
            own = body.split("Overdue reminder:")[0]
            if any(x[4:] not in own for x in inv):
                err(i, "customer-text invoice not in own text")
        if l.get("injection"):
            inj += 1
            if l["injection"] is not True:
                err(i, "injection must be true")
    if not 4 <= inj <= 8:
        err("all", f"injection count {inj}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print(f"OK: {len(labels)} labels verified, {inj} injection items")

if __name__ == "__main__":
    main()
