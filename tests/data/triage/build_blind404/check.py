"""Re-verifies labels.jsonl against emails.jsonl and the build's provenance.jsonl. Exit 1 on any problem."""
import calendar
import email
import email.policy
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENTS = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
           "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
           "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
DATE_FIELDS = ("promised_date", "paid_date", "return_date")
problems = []


def bad(i, msg):
    problems.append(f"{i}: {msg}")


# ---- date rules (weeks run Monday-Sunday; 'today' = Date header's local date)
def eom(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def jalali_1404(y, m, d):
    assert y in (1404, 1405)
    start = date(2025, 3, 21) if y == 1404 else date(2026, 3, 21)   # 1 Farvardin
    days = sum([31] * 6 + [30] * 5 + [29])
    assert y == 1404 or days
    lens = [31] * 6 + [30] * 5 + [29]
    return start + timedelta(sum(lens[:m - 1]) + d - 1)


def resolve(today, rule, a):
    if rule == "today":
        return today
    if rule == "tomorrow":
        return today + timedelta(1)
    if rule == "yesterday":
        return today - timedelta(1)
    if rule == "this_weekday":
        return today + timedelta((a[0] - today.weekday()) % 7)
    if rule == "next_weekday":
        return today + timedelta(7 - today.weekday() + a[0])
    if rule == "last_weekday":          # most recent such weekday strictly before today
        back = (today.weekday() - a[0]) % 7 or 7
        return today - timedelta(back)
    if rule == "end_of_month":
        return eom(today.year, today.month)
    if rule == "end_of_named_month":
        y = today.year if a[0] >= today.month else today.year + 1
        return eom(y, a[0])
    if rule == "in_days":
        return today + timedelta(a[0])
    if rule == "by_the":
        if today.day <= a[0]:
            return today.replace(day=a[0])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, a[0])
    if rule == "this_week_friday":
        return today + timedelta(4 - today.weekday())
    if rule == "iso_week_friday":
        return date.fromisocalendar(today.year, a[0], 5)
    if rule == "dmy":
        return date(a[2], a[1], a[0])
    if rule == "dm_future":
        d = date(today.year, a[1], a[0])
        return d if d >= today else date(today.year + 1, a[1], a[0])
    if rule == "dm_past":
        d = date(today.year, a[1], a[0])
        return d if d <= today else date(today.year - 1, a[1], a[0])
    if rule == "jalali":
        return jalali_1404(*a)
    raise ValueError(rule)


# ---- amounts from the raw token
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬٫", "01234567890123456789,.")


def parse_amount(raw):
    s = raw.translate(DIGITS)
    s = re.sub(r"[^\d.,]", "", s).strip(".,")
    m = re.search(r"[.,](\d{2})$", s)
    if m:
        return f"{int(re.sub(r'[.,]', '', s[:-3]))}.{m.group(1)}"
    return f"{int(re.sub(r'[.,]', '', s))}.00"


# ---- text of a message (all text parts, nested messages, headers of returned messages)
def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith("text/"):
            out.append(p.get_content())
        elif ct == "message/rfc822":
            out.append(str(p.get_payload(0).get("Subject", "")))
        elif ct == "message/delivery-status":
            out.append(str(p.get_payload()))
    return "\n".join(x if isinstance(x, str) else "" for x in out)


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    provs = [json.loads(l) for l in open(os.path.join(HERE, "provenance.jsonl"), encoding="utf-8")]
    ids = [f"ic{i:02d}" for i in range(1, 81)]
    if [e["id"] for e in emails] != ids or [l["id"] for l in labels] != ids or [p["id"] for p in provs] != ids:
        bad("all", "ids missing or out of order")
    counts = Counter(l["intent"] for l in labels)
    if dict(counts) != INTENTS:
        bad("all", f"intent counts {dict(counts)} != {INTENTS}")
    inj = [l["id"] for l in labels if l.get("injection")]
    if len(inj) != 6:
        bad("all", f"{len(inj)} injection items")
    seen_inv = {}
    for e, l, p in zip(emails, labels, provs):
        i = l["id"]
        if list(l)[:len(FIELDS)] != FIELDS or set(l) - set(FIELDS) - {"injection"}:
            bad(i, f"fields {list(l)}")
        if not l["note"].startswith(f"[{p['key']}, {p['loc']}]"):
            bad(i, "note prefix")
        if l["intent"] not in INTENTS:
            bad(i, "intent")
        raw = e["eml"].encode("utf-8")
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            text = all_text(msg)
        except Exception as ex:  # noqa: BLE001
            bad(i, f"parse error {ex!r}")
            continue
        if msg.defects:
            bad(i, f"defects {msg.defects}")
        for part in msg.walk():
            if part.defects:
                bad(i, f"part defects {part.defects}")
        if "\ufffd" in text:
            bad(i, "U+FFFD in decoded text")
        to = str(msg.get("To", ""))
        if not re.search(r"ar\+sg\d{4}@billing\.sentinelgrid\.example", to):
            bad(i, f"To is not a per-case address: {to}")
        case = re.search(r"ar\+(sg\d{4})@", to).group(1).upper()
        irt = msg.get("In-Reply-To")
        if irt and not re.fullmatch(rf"<{case}\.r[123]\.\d{{8}}T\d{{6}}Z@billing\.sentinelgrid\.example>", str(irt).strip()):
            bad(i, f"In-Reply-To style {irt}")
        d = parsedate_to_datetime(msg["Date"])
        today = d.date()        # the header's own offset, never converted
        # --- dates
        dated = {x[0]: x for x in p["prov"] if len(x) == 4}
        amounts = {x[0]: x for x in p["prov"] if len(x) == 2}
        for f in DATE_FIELDS:
            if l[f] is None:
                if f in dated:
                    bad(i, f"{f} has provenance but null label")
                continue
            if f not in dated:
                bad(i, f"{f} labelled without provenance")
                continue
            _, rule, args, phrase = dated[f]
            got = resolve(today, rule, args).isoformat()
            if got != l[f]:
                bad(i, f"{f}: rule {rule}{args} from {today} gives {got}, label {l[f]}")
            if phrase not in text:
                bad(i, f"{f}: phrase {phrase!r} not in message")
        # --- amounts
        if (l["promised_amount"] is None) != (l["currency"] is None):
            bad(i, "currency null iff amount null violated")
        if l["promised_amount"] is not None:
            if not re.fullmatch(r"\d+\.\d{2}", l["promised_amount"]):
                bad(i, "amount format")
            if "promised_amount" not in amounts:
                bad(i, "amount without provenance")
            else:
                tok = amounts["promised_amount"][1]
                if tok not in text:
                    bad(i, f"amount token {tok!r} not in message")
                if parse_amount(tok) != l["promised_amount"]:
                    bad(i, f"amount {tok!r} parses to {parse_amount(tok)}, label {l['promised_amount']}")
            if l["currency"] and not re.fullmatch(r"[A-Z]{3}", l["currency"]):
                bad(i, "currency")
            if l["currency"] and l["currency"] not in text and l["currency"] not in str(msg.get("Subject", "")):
                # the thread reminder states the ISO code in its table/subject
                bad(i, f"currency {l['currency']} not stated anywhere in the thread")
        elif "promised_amount" in amounts:
            bad(i, "amount provenance but null label")
        # --- intent-specific fields
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad(i, "dispute_reason")
        if l["intent"] == "dispute" and l["dispute_reason"] is None:
            bad(i, "dispute without reason")
        if l["payment_reference"] is not None and l["payment_reference"] not in text:
            bad(i, "payment_reference not in message")
        if l["new_contact_email"] is not None and l["new_contact_email"] not in text:
            bad(i, "new_contact_email not in message")
        # --- invoices
        if len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]):
            bad(i, "duplicate invoice numbers")
        for n in l["invoice_numbers"]:
            if not re.fullmatch(r"SGI-\d{5}", n):
                bad(i, f"invoice format {n}")
            if n[4:] not in text:
                bad(i, f"invoice {n} not in message")
            if seen_inv.setdefault(n, case) != case:
                bad(i, f"invoice {n} reused across cases")
        if l["intent"] != "out_of_office" and not l["invoice_numbers"]:
            bad(i, "no invoice numbers")
        if l["intent"] == "delivery_failure" and msg.get("In-Reply-To"):
            bad(i, "bounce with In-Reply-To")
    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"OK: 80 messages parse; {sum(1 for l in labels for f in DATE_FIELDS if l[f])} dates and "
          f"{sum(1 for l in labels if l['promised_amount'])} amounts re-derived; intents {dict(counts)}; injections {inj}")


if __name__ == "__main__":
    main()
