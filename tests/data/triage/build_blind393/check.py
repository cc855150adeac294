"""Re-verify blind set 393 from its own provenance. Standard library only. Exits 1 on any problem."""
import calendar
import html
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference", "dispute_reason",
          "new_contact_email", "return_date", "invoice_numbers"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact", "out_of_office",
           "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
MIX = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6, "wrong_contact": 5,
       "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4, "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
CURRENCIES = {"USD", "EUR", "GBP", "CAD", "AUD", "ZAR", "SEK", "CHF"}
DATE_FIELDS = ["promised_date", "paid_date", "return_date"]

problems = []


def bad(i, msg):
    problems.append("%s: %s" % (i, msg))


# independent re-implementation of the phrase rules (day-stepping, not arithmetic)
def resolve(today, rule, args):
    def step_to(d, wd, include_today):
        if not include_today:
            d += timedelta(1)
        while d.weekday() != wd:
            d += timedelta(1)
        return d

    if rule == "tomorrow":
        return today + timedelta(days=1)
    if rule == "yesterday":
        return today - timedelta(days=1)
    if rule == "this_weekday":
        return step_to(today, args[0], True)
    if rule == "next_weekday":
        monday = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday + timedelta(days=args[0])
    if rule == "last_weekday":
        d = today - timedelta(days=1)
        while d.weekday() != args[0]:
            d -= timedelta(days=1)
        return d
    if rule == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "eom_month":
        y = today.year + (1 if args[0] < today.month else 0)
        return date(y, args[0], calendar.monthrange(y, args[0])[1])
    if rule == "plus_days":
        return today + timedelta(days=args[0])
    if rule == "by_the":
        d = today
        while d.day != args[0]:
            d += timedelta(days=1)
        return d
    if rule == "explicit":
        return date(args[0], args[1], args[2])
    if rule == "dm_past":
        d = today
        while (d.month, d.day) != (args[0], args[1]):
            d -= timedelta(days=1)
        return d
    if rule == "dm_future":
        d = today
        while (d.month, d.day) != (args[0], args[1]):
            d += timedelta(days=1)
        return d
    if rule == "this_week_friday":
        return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if rule == "iso_week_friday":
        jan4 = date(today.year, 1, 4)
        return jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=args[0] - 1, days=4)
    if rule == "first_week_of":
        return date(today.year if args[0] >= today.month else today.year + 1, args[0], 7)
    raise ValueError("unknown rule " + rule)


def amount_of(raw, style):
    digits = re.sub(r"[^0-9.,]", "", raw).strip(".,")
    if style == "eu":
        digits = digits.replace(".", "").replace(",", ".")
    elif style == "en":
        digits = digits.replace(",", "")
    else:
        raise ValueError(style)
    return "%.2f" % Decimal(digits)


def norm(s):
    s = s.replace("\u202f", " ").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            if ct == "message/rfc822":
                out.append(str(part.get_payload(0).get("Subject", "")))
            continue
        if ct == "message/delivery-status":
            for block in part.get_payload():
                out.append(str(block))
            continue
        if part.get_content_maintype() == "text":
            body = part.get_content()
            if ct == "text/html":
                body = html.unescape(re.sub(r"<[^>]+>", " ", body))
            out.append(body)
    return "\n".join(out)


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    provs = [json.loads(l) for l in open(os.path.join(HERE, "provenance.jsonl"), encoding="utf-8")]
    want = ["rb%02d" % i for i in range(1, 81)]
    if [e["id"] for e in emails] != want or [l["id"] for l in labels] != want or [p["id"] for p in provs] != want:
        bad("-", "ids/order mismatch")
    seen_inv = Counter()
    for e, l, p in zip(emails, labels, provs):
        i = e["id"]
        if set(e) != {"id", "eml"}:
            bad(i, "email keys")
        extra = set(l) - set(FIELDS) - {"note", "injection"}
        if extra or any(f not in l for f in FIELDS + ["note"]):
            bad(i, "label keys %s" % extra)
        if "injection" in l and l["injection"] is not True:
            bad(i, "injection must be true when present")
        if not l["note"].startswith("[%s, %s] " % (p["key"], p["locale"])):
            bad(i, "note prefix")
        try:
            msg = message_from_bytes(e["eml"].encode("utf-8"), policy=policy.default)
            txt = all_text(msg)
        except Exception as ex:  # noqa: BLE001
            bad(i, "parse/decode failed: %r" % ex)
            continue
        for part in msg.walk():
            for d in part.defects:
                bad(i, "MIME defect %s" % type(d).__name__)
        if "\ufffd" in txt:
            bad(i, "U+FFFD in decoded text")
        ntxt = norm(txt)
        dh = msg["Date"]
        if dh is None or parsedate_to_datetime(str(dh)) != parsedate_to_datetime(p["date_header"]) \
                or p["date_header"] not in e["eml"]:
            bad(i, "Date header differs from provenance")
            continue
        today = parsedate_to_datetime(p["date_header"]).date()
        if "ar+D5" not in e["eml"] or "billing.ivoryline.example" not in e["eml"]:
            bad(i, "no case address")
        if l["intent"] not in INTENTS:
            bad(i, "intent")
        # dates
        dated = {d["field"] for d in p["dates"]}
        for f in DATE_FIELDS:
            if l[f] is not None and f not in dated:
                bad(i, "%s has no provenance" % f)
            if l[f] is None and f in dated:
                bad(i, "%s provenance but null label" % f)
        for d in p["dates"]:
            v = resolve(today, d["rule"], d["args"]).isoformat()
            if v != l[d["field"]] or v != d["value"]:
                bad(i, "%s recomputed %s != label %s" % (d["field"], v, l[d["field"]]))
            if norm(d["phrase"]) not in ntxt:
                bad(i, "date phrase %r not in message" % d["phrase"])
        # amounts
        amt = {a["field"] for a in p["amounts"]}
        if l["promised_amount"] is not None and "promised_amount" not in amt:
            bad(i, "amount has no provenance")
        for a in p["amounts"]:
            try:
                v = amount_of(a["raw"], a["style"])
            except (InvalidOperation, ValueError) as ex:
                bad(i, "amount %r: %r" % (a["raw"], ex))
                continue
            if v != l[a["field"]] or v != a["value"]:
                bad(i, "amount recomputed %s != label %s" % (v, l[a["field"]]))
            if norm(a["raw"]) not in ntxt:
                bad(i, "amount token %r not in message" % a["raw"])
        if l["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d\d", l["promised_amount"]):
            bad(i, "amount format")
        if (l["currency"] is None) != (l["promised_amount"] is None):
            bad(i, "currency null iff amount null violated")
        if l["currency"] is not None and l["currency"] not in CURRENCIES:
            bad(i, "currency code")
        if l["currency"] is not None and ("%s " % l["currency"]) not in txt:
            bad(i, "currency %s not the thread reminder's currency" % l["currency"])
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad(i, "dispute_reason")
        if l["intent"] == "dispute" and l["dispute_reason"] is None:
            bad(i, "dispute without reason")
        for f in ("payment_reference", "new_contact_email"):
            if l[f] is not None and l[f].casefold() not in ntxt:
                bad(i, "%s %r not in message" % (f, l[f]))
        if l["payment_reference"] and l["payment_reference"].startswith("#"):
            bad(i, "reference with #")
        inv = l["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv):
            bad(i, "invoice_numbers list/duplicates")
        for n in inv:
            if not re.fullmatch(r"IVL-\d{5}", n) or not re.search(r"(?<![\d])%s(?![\d])" % n[4:], txt):
                bad(i, "invoice %s not found/format" % n)
            seen_inv[n] += 1
        # a bounce has no human text; auto-replies must look automatic
        if l["intent"] == "out_of_office":
            if not (msg.get("Auto-Submitted") or msg.get("X-Autoreply")):
                bad(i, "OOO without auto-reply header")
        if l["intent"] == "delivery_failure" and msg.get_content_type() not in ("multipart/report", "text/plain"):
            bad(i, "bounce content type")
    for n, k in seen_inv.items():
        if k > 1:
            bad("-", "invoice %s labelled in %d different threads" % (n, k))
    c = Counter(l["intent"] for l in labels)
    for k, v in MIX.items():
        if c[k] != v:
            bad("-", "count %s = %d, want %d" % (k, c[k], v))
    if sum(1 for l in labels if l.get("injection")) != 6:
        bad("-", "injection count != 6")
    reasons = {l["dispute_reason"] for l in labels if l["intent"] == "dispute"}
    if reasons != REASONS:
        bad("-", "dispute reasons not all covered: %s" % (REASONS - reasons))
    if problems:
        print("\n".join(problems))
        print("FAIL: %d problem(s)" % len(problems))
        sys.exit(1)
    print("OK: 80 messages, %s" % dict(c))


if __name__ == "__main__":
    main()
