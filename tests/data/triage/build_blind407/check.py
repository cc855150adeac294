"""Re-verify blind set 407 from the build's own provenance. Standard library only. Exit 1 on any problem."""
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
TARGET = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
          "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
          "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
DATE_FIELDS = ["promised_date", "paid_date", "return_date"]
CURRENCIES = {"USD", "GBP", "EUR", "CAD", "AUD", "NZD", "INR", "ZAR"}
problems = []


def bad(i, msg):
    problems.append("%s: %s" % (i, msg))


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def resolve(today, rule, arg):
    """Independent re-implementation of the public date conventions."""
    if rule == "plus_days":
        return today + timedelta(days=arg)
    if rule == "this_weekday":
        d = today
        while d.weekday() != arg:
            d += timedelta(days=1)
        return d
    if rule == "next_weekday":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=arg)
    if rule == "last_weekday":
        d = today
        while d.weekday() != arg:
            d -= timedelta(days=1)
        return d
    if rule == "end_of_month":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "end_of_named_month":
        return date(today.year, arg, calendar.monthrange(today.year, arg)[1])
    if rule == "by_the":
        d = today
        while d.day != arg:
            d += timedelta(days=1)
        return d
    if rule == "this_week":
        return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if rule == "iso_week":
        jan4 = date(today.year, 1, 4)
        return jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=arg - 1, days=4)
    if rule == "dm_past":
        d = today
        while (d.day, d.month) != tuple(arg):
            d -= timedelta(days=1)
        return d
    if rule == "dm_future":
        d = today
        while (d.day, d.month) != tuple(arg):
            d += timedelta(days=1)
        return d
    if rule == "ymd":
        return date(*arg)
    raise ValueError(rule)


def normalise(raw, style):
    digits = re.sub(r"[^0-9.,\s]", "", raw).strip()
    if style == "eu":          # 1.234,56
        digits = digits.replace(".", "").replace(" ", "")
        ip, _, fp = digits.partition(",")
    elif style == "sp":        # 1 234,56
        digits = re.sub(r"\s", "", digits)
        ip, _, fp = digits.partition(",")
    else:                      # en / in: commas group, dot decimal
        digits = digits.replace(",", "").replace(" ", "")
        ip, _, fp = digits.strip(".").partition(".")
    if not ip.isdigit() or (fp and not fp.isdigit()) or len(fp) > 2:
        raise ValueError(raw)
    return "%d.%02d" % (int(ip), int(fp or 0) * (10 if len(fp) == 1 else 1))


def text_of(msg):
    chunks = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct in ("message/rfc822", "message/delivery-status"):
            if ct == "message/rfc822":
                inner = part.get_payload()[0]
                chunks.append(str(inner.get("Subject", "")))
            continue
        if part.get_content_maintype() != "text":
            continue
        try:
            c = part.get_content()
        except Exception as exc:  # noqa: BLE001
            bad("parse", "part %s: %s" % (ct, exc))
            continue
        if ct == "text/html":
            c = html.unescape(re.sub(r"<[^>]+>", " ", c))
        chunks.append(c)
    return re.sub(r"\s+", " ", "\n".join(chunks)).lower()


def visible_text(msg):
    """Human-visible text: drop HTML comments and hidden elements."""
    out = []
    for part in msg.walk():
        if part.get_content_maintype() != "text" or part.is_multipart():
            continue
        c = part.get_content()
        if part.get_content_subtype() == "html":
            c = re.sub(r"<!--.*?-->", " ", c, flags=re.S)
            c = re.sub(r'<(div|p|span)[^>]*(display:none|color:#ffffff)[^>]*>.*?</\1>', " ", c, flags=re.S)
            c = html.unescape(re.sub(r"<[^>]+>", " ", c))
        out.append(c)
    return re.sub(r"\s+", " ", " ".join(out)).lower()


def main():
    emails, labels, prov = load("emails.jsonl"), load("labels.jsonl"), load("provenance.jsonl")
    if not (len(emails) == len(labels) == len(prov) == 80):
        bad("files", "expected 80 lines each, got %d/%d/%d" % (len(emails), len(labels), len(prov)))
    counts = Counter()
    reasons_seen = set()
    inj = []
    for n, (e, l, p) in enumerate(zip(emails, labels, prov), 1):
        i = "sq%02d" % n
        if not (e["id"] == l["id"] == p["id"] == i):
            bad(i, "id order mismatch")
        keys = list(l)
        expected = KEYS + (["injection"] if "injection" in l else [])
        if keys != expected:
            bad(i, "label keys %s" % keys)
        if "injection" in l:
            if l["injection"] is not True:
                bad(i, "injection must be true")
            inj.append(i)
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        except Exception as exc:  # noqa: BLE001
            bad(i, "does not parse: %s" % exc)
            continue
        if msg["Date"] is None or msg["From"] is None or msg["To"] is None:
            bad(i, "missing Date/From/To")
            continue
        to = str(msg["To"])
        if not re.search(r"ar\+L407\d\d@billing\.ironbridgefleet\.example", to):
            bad(i, "To is not a per-case address: %s" % to)
        irt = msg.get("In-Reply-To")
        if l["intent"] != "delivery_failure" or irt:
            if l["intent"] != "delivery_failure" and not irt:
                bad(i, "reply without In-Reply-To")
            if irt and not re.fullmatch(r"<L407\d\d\.d[123]\.\d{8}T\d{6}Z@billing\.ironbridgefleet\.example>", str(irt).strip()):
                bad(i, "In-Reply-To not in our style: %s" % irt)
        today = parsedate_to_datetime(str(msg["Date"])).date()   # local date in the header's own offset
        text = text_of(msg)
        vis = visible_text(msg)
        intent = l["intent"]
        if intent not in TARGET:
            bad(i, "bad intent %s" % intent)
        counts[intent] += 1
        if not l["note"].startswith("[%s, %s] " % (p["key"], p["locale"])):
            bad(i, "note prefix does not match provenance [%s, %s]" % (p["key"], p["locale"]))
        # dates
        seen = set()
        for d in p["dates"]:
            f = d["field"]
            seen.add(f)
            got = resolve(today, d["rule"], d["arg"])
            if l[f] != got.isoformat():
                bad(i, "%s: label %s but rule %s(%s) from %s gives %s" % (f, l[f], d["rule"], d["arg"], today, got))
            if d["weekday"] is not None and got.weekday() != d["weekday"]:
                bad(i, "%s: phrase names weekday %d but the date is a %s" % (f, d["weekday"], got.strftime("%A")))
            if re.sub(r"\s+", " ", d["phrase"]).lower() not in vis:
                bad(i, "%s: phrase %r not found in the visible text" % (f, d["phrase"]))
        for f in DATE_FIELDS:
            if l[f] is not None and f not in seen:
                bad(i, "%s set without provenance" % f)
            if l[f] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", l[f]):
                bad(i, "%s not ISO" % f)
        # amounts
        a = p["amount"]
        if (l["promised_amount"] is None) != (a is None):
            bad(i, "promised_amount/provenance mismatch")
        if (l["promised_amount"] is None) != (l["currency"] is None):
            bad(i, "currency must be null exactly when the amount is null")
        if a:
            if normalise(a["raw"], a["style"]) != l["promised_amount"]:
                bad(i, "amount %r -> %s, label %s" % (a["raw"], normalise(a["raw"], a["style"]), l["promised_amount"]))
            if re.sub(r"\s+", " ", a["raw"]).lower() not in vis:
                bad(i, "amount token %r not in the visible text" % a["raw"])
            if not re.fullmatch(r"\d+\.\d\d", l["promised_amount"]):
                bad(i, "amount format")
            if l["currency"] not in CURRENCIES:
                bad(i, "currency %s" % l["currency"])
            if l["currency"] not in str(msg["Subject"]) and intent != "delivery_failure":
                bad(i, "currency %s is not the thread reminder's currency" % l["currency"])
        # other fields
        if l["payment_reference"] is not None and l["payment_reference"].lower() not in vis:
            bad(i, "payment_reference not in the text")
        if l["new_contact_email"] is not None and l["new_contact_email"].lower() not in vis:
            bad(i, "new_contact_email not in the visible text")
        if l["dispute_reason"] is not None:
            if l["dispute_reason"] not in REASONS:
                bad(i, "bad dispute_reason")
            reasons_seen.add(l["dispute_reason"])
        if intent == "dispute" and l["dispute_reason"] is None:
            bad(i, "dispute without a reason")
        if intent not in ("promise_to_pay", "paid_claim", "payment_plan_request", "dispute") and intent != "legal_or_insolvency":
            if l["promised_date"] or l["paid_date"] or l["promised_amount"]:
                bad(i, "%s with payment fields" % intent)
        if intent != "out_of_office" and l["return_date"]:
            bad(i, "return_date outside out_of_office")
        if intent == "out_of_office" and not (msg.get("Auto-Submitted") or msg.get("X-Autoreply")
                                              or re.match(r"(Automatic reply|Réponse automatique|Abwesenheitsnotiz|"
                                                          r"Risposta automatica|Out of Office)", str(msg["Subject"]))):
            bad(i, "out_of_office without any automatic marker")
        if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]):
            bad(i, "invoice_numbers must be a list without duplicates")
        for inv in l["invoice_numbers"]:
            if not re.fullmatch(r"FL-\d{5}", inv):
                bad(i, "invoice %s not normalised" % inv)
            if inv[3:] not in text:
                bad(i, "invoice %s not in the message" % inv)
        for ph in p["phrases"]:
            if ph.lower() not in vis:
                bad(i, "phrase %r missing" % ph)
    if dict(counts) != TARGET:
        bad("counts", "intent counts %s != %s" % (dict(counts), TARGET))
    if len(inj) != 6:
        bad("injection", "expected 6 injection items, got %s" % inj)
    if reasons_seen != REASONS:
        bad("reasons", "dispute reasons not all covered: %s" % sorted(REASONS - reasons_seen))
    locs = Counter(p["locale"].split("-")[0] for p in prov)
    en_share = locs["en"] / float(len(prov))
    if not 0.55 <= en_share <= 0.65:
        bad("locales", "English share %.2f" % en_share)
    for lang in ("es", "fr", "de", "it"):
        if locs[lang] < 6:
            bad("locales", "too few %s" % lang)
    if problems:
        print("\n".join(problems))
        print("FAILED: %d problem(s)" % len(problems))
        sys.exit(1)
    print("OK: 80 items; intents %s; injections %s; locales %s" % (dict(counts), inj, dict(locs)))


if __name__ == "__main__":
    main()
