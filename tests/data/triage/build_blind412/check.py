"""Re-verify blind set 412 from the build's own provenance. Standard library only. Exits 1 on any problem."""
import calendar
import email
import email.policy
import html
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
CURRENCIES = {"EUR", "PLN", "CZK", "HUF", "RON", "RSD", "CHF", "GBP"}
problems = []


def bad(i, msg):
    problems.append(f"{i}: {msg}")


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


# ----- date rules, re-implemented independently of the build
def rule_date(rule, today):
    k, a = rule[0], rule[1:]
    if k == "tomorrow":
        return today + timedelta(days=1)
    if k == "yesterday":
        return today - timedelta(days=1)
    if k == "today":
        return today
    if k == "weekday":                       # coming weekday, today if same
        return today + timedelta(days=(a[0] - today.weekday()) % 7)
    if k == "next_weekday":                  # that weekday in the following Mon-Sun week
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=a[0])
    if k == "last_weekday":                  # most recent such weekday strictly before today
        back = (today.weekday() - a[0]) % 7 or 7
        return today - timedelta(days=back)
    if k == "eom":
        return today.replace(day=calendar.monthrange(today.year, today.month)[1])
    if k == "eo_month":
        y = today.year + (1 if a[0] < today.month else 0)
        return date(y, a[0], calendar.monthrange(y, a[0])[1])
    if k == "plus_days":
        return today + timedelta(days=a[0])
    if k == "by_the":
        cand = date(today.year, today.month, a[0])
        if cand >= today:
            return cand
        m = today.month % 12 + 1
        return date(today.year + (today.month == 12), m, a[0])
    if k == "this_week":
        return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if k == "iso_week":
        jan4 = date(today.year, 1, 4)
        week1_monday = jan4 - timedelta(days=jan4.weekday())
        return week1_monday + timedelta(weeks=a[0] - 1, days=4)
    if k == "explicit":
        return date(*map(int, a[0].split("-")))
    if k in ("dm_past", "dm_future"):
        d = date(today.year, a[1], a[0])
        if k == "dm_past" and d > today:
            d = date(today.year - 1, a[1], a[0])
        if k == "dm_future" and d < today:
            d = date(today.year + 1, a[1], a[0])
        return d
    raise ValueError(rule)


# ----- amounts, re-parsed from the raw token
def amount_of(raw):
    t = re.sub(r"[^\d.,'’\- –]", "", raw.replace("\u00a0", " "))   # keep digits and separators
    t = t.strip(" -–")
    t = re.sub(r"[.,]$", "", t)
    t = t.replace(" ", "").replace("'", "").replace("’", "")
    m = re.fullmatch(r"([\d.,]*?)(?:[.,](\d{2}))?", t)
    if not m:
        raise ValueError(raw)
    whole = m.group(1).replace(".", "").replace(",", "")
    if not whole.isdigit():
        raise ValueError(raw)
    return f"{int(whole)}.{m.group(2) or '00'}"


def text_of(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            continue
        if ct == "message/delivery-status":
            out.append(str(part))
            continue
        if part.get_content_maintype() == "text":
            c = part.get_content()
            if ct == "text/html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c))
            out.append(c)
    return "\n".join(out)


def main():
    emails, labels, prov = load("emails.jsonl"), load("labels.jsonl"), load("provenance.jsonl")
    if not (len(emails) == len(labels) == len(prov) == 80):
        bad("all", f"line counts {len(emails)}/{len(labels)}/{len(prov)}")
    ids = [f"rf{n:02d}" for n in range(1, 81)]
    for n, (e, l, p) in enumerate(zip(emails, labels, prov)):
        i = ids[n]
        if not (e["id"] == l["id"] == p["id"] == i):
            bad(i, "id order mismatch")
        want = FIELDS + (["injection"] if p["injection"] else [])
        if list(l.keys()) != want:
            bad(i, f"label keys {list(l.keys())}")
        if p["injection"] and l.get("injection") is not True:
            bad(i, "injection flag")
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            text = text_of(msg)
        except Exception as ex:  # noqa: BLE001
            bad(i, f"parse error {ex!r}")
            continue
        if msg.defects:
            bad(i, f"defects {msg.defects}")
        dh = msg["Date"]
        if parsedate_to_datetime(str(dh)) != parsedate_to_datetime(p["date_header"]):
            bad(i, f"Date header {dh!r} != provenance {p['date_header']!r}")
        dt = parsedate_to_datetime(p["date_header"])
        today = dt.date()   # the header's own offset
        wd = re.match(r"\s*([A-Z][a-z]{2}),", p["date_header"])
        if wd and wd.group(1) != ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][today.weekday()]:
            bad(i, "weekday name in Date header is wrong")
        if "billing.helioterm.example" not in e["eml"]:
            bad(i, "no per-case AR address")
        low = text.lower()
        lab = p["lab"]
        if l["intent"] != p["intent"] or l["intent"] not in INTENTS:
            bad(i, "intent")
        if not l["note"].startswith(f"[{p['key']}, {p['locale']}] "):
            bad(i, "note prefix")
        for fld, key in (("promised_date", "pd"), ("paid_date", "paid"), ("return_date", "ret")):
            if key in lab:
                got = rule_date(lab[key]["rule"], today).isoformat()
                if l[fld] != got:
                    bad(i, f"{fld} {l[fld]} != recomputed {got}")
                if lab[key]["phrase"].lower() not in low:
                    bad(i, f"phrase {lab[key]['phrase']!r} not in message")
            elif l[fld] is not None:
                bad(i, f"{fld} set without provenance")
        if "amt" in lab:
            got = amount_of(lab["amt"]["raw"])
            if l["promised_amount"] != got or l["currency"] != lab["amt"]["cur"]:
                bad(i, f"amount {l['promised_amount']} {l['currency']} != {got} {lab['amt']['cur']}")
            if lab["amt"]["raw"] not in text:
                bad(i, f"raw amount {lab['amt']['raw']!r} not in message")
            if l["currency"] not in CURRENCIES:
                bad(i, "currency code")
        elif l["promised_amount"] is not None or l["currency"] is not None:
            bad(i, "amount set without provenance")
        if (l["promised_amount"] is None) != (l["currency"] is None):
            bad(i, "currency must be null exactly when amount is null")
        if l["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", l["promised_amount"]):
            bad(i, "amount format")
        for fld, key in (("payment_reference", "ref"), ("new_contact_email", "contact"), ("dispute_reason", "reason")):
            if l[fld] != lab.get(key):
                bad(i, f"{fld} mismatch with provenance")
        if l["payment_reference"] and l["payment_reference"] not in text:
            bad(i, "reference not in message")
        if l["new_contact_email"]:
            if l["new_contact_email"] not in text or not l["new_contact_email"].endswith(".example"):
                bad(i, "contact address not in message / not .example")
            if "helioterm" in l["new_contact_email"]:
                bad(i, "contact is our own address")
        if (l["intent"] == "dispute") != (l["dispute_reason"] is not None) and l["intent"] != "legal_or_insolvency":
            bad(i, "dispute_reason vs intent")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad(i, "dispute_reason value")
        invs = l["invoice_numbers"]
        if not isinstance(invs, list) or len(set(invs)) != len(invs) or invs != lab.get("inv", []):
            bad(i, "invoice_numbers")
        for inv in invs:
            if not re.fullmatch(r"HT-\d{5}", inv):
                bad(i, f"invoice format {inv}")
            if inv[3:] not in text:
                bad(i, f"invoice {inv} not in message")
            if inv not in p["reminder_invoices"]:
                bad(i, f"invoice {inv} not in the thread's reminder")
        # field/intent coherence with the contract's table
        if l["intent"] in ("out_of_office",) and l["promised_date"]:
            bad(i, "ooo with promised_date")
        if l["return_date"] and l["intent"] != "out_of_office":
            bad(i, "return_date outside out_of_office")
        if l["intent"] == "delivery_failure" and "auto-submitted" not in e["eml"].lower() and "mailer-daemon" not in e["eml"].lower():
            bad(i, "bounce without automatic markers")
    counts = Counter(l["intent"] for l in labels)
    if dict(counts) != INTENTS:
        bad("all", f"intent counts {dict(counts)} != {INTENTS}")
    reasons = {l["dispute_reason"] for l in labels if l["intent"] == "dispute"}
    if reasons != REASONS:
        bad("all", f"dispute reasons not all covered: {sorted(reasons)}")
    inj = [l["id"] for l in labels if l.get("injection")]
    if len(inj) != 6:
        bad("all", f"injection count {len(inj)}")
    locs = Counter(p["locale"] for p in prov)
    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} problem(s)")
        sys.exit(1)
    print("OK: 80 items;", ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    print("locales:", dict(sorted(locs.items())))
    print("injection:", ", ".join(inj))


if __name__ == "__main__":
    main()
