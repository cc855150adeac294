"""Re-verify blind set 396 from the build's own provenance. Standard library only.

Checks: every eml parses with message_from_bytes(eml.encode('utf-8'), policy=default); every date
label is recomputed with datetime from the message's own Date header (its own UTC offset) and the
phrase's rule, and the phrase occurs in the decoded message; every amount is re-parsed from its raw
token, which must occur in the message; field conventions; intent and injection counts.
Exits 1 on any problem."""
import calendar
import email
import email.policy
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
           "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
           "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
CURRENCIES = {"INR", "JPY", "KRW", "CNY", "TWD", "THB", "VND", "IDR", "MYR", "BDT", "SGD", "USD"}
OUR_MID = re.compile(r"<K\d{4}\.d\d\.\d{8}T\d{6}Z@billing\.kestrelpack\.example>")
BN = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
problems = []


def bad(i, msg):
    problems.append("%s: %s" % (i, msg))


def end_of_month(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def resolve(today, rule, arg):
    if rule == "tomorrow":
        return today + timedelta(1)
    if rule == "yesterday":
        return today - timedelta(1)
    if rule == "this_wd":
        return today + timedelta((arg - today.weekday()) % 7)
    if rule == "next_wd":
        return today + timedelta(7 - today.weekday() + arg)
    if rule == "last_wd":      # that weekday in the previous Mon-Sun week
        return today - timedelta(today.weekday() + 7 - arg)
    if rule == "past_wd":      # most recent such weekday strictly before today
        return today - timedelta((today.weekday() - arg) % 7 or 7)
    if rule == "this_week":
        return today + timedelta(4 - today.weekday())
    if rule == "eom":
        return end_of_month(today.year, today.month)
    if rule == "eom_named":
        return end_of_month(today.year, arg)
    if rule == "plus":
        return today + timedelta(arg)
    if rule == "by_the":
        if today.day <= arg:
            return today.replace(day=arg)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, arg)
    if rule == "dm_future":
        d = date(today.year, arg[1], arg[0])
        return d if d >= today else date(today.year + 1, arg[1], arg[0])
    if rule == "dm_past":
        d = date(today.year, arg[1], arg[0])
        return d if d <= today else date(today.year - 1, arg[1], arg[0])
    if rule == "ymd":
        return date(*arg)
    raise ValueError(rule)


def parse_amount(tok, style):
    s = tok.translate(BN)
    s = re.sub(r"/-$|,-$", "", s)
    num = re.sub(r"[^0-9.,]", "", s).strip(".,")
    if style == "dot":
        num = num.replace(".", "").replace(",", ".")
    elif style in ("en", "wan"):
        num = num.replace(",", "")
    val = Decimal(num)
    if style == "wan":
        val *= 10000
    return "%.2f" % val


def norm(s):
    return re.sub(r"\s+", " ", s)


def texts(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                out.append(part.get_content())
            except Exception as e:  # noqa
                out.append(part.get_payload(decode=True).decode("utf-8", "replace"))
        elif part.get_content_type() == "message/delivery-status":
            out.append(str(part))
    return "\n".join(out)


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    provs = [json.loads(l) for l in open(os.path.join(HERE, "provenance.jsonl"), encoding="utf-8")]
    if not (len(emails) == len(labels) == len(provs) == 80):
        bad("-", "expected 80 lines each")
    ids = ["nj%02d" % i for i in range(1, 81)]
    for n, (e, lab, pv) in enumerate(zip(emails, labels, provs)):
        i = ids[n]
        if not (e["id"] == lab["id"] == pv["id"] == i):
            bad(i, "id/order mismatch")
        if [k for k in lab if k != "injection"] != KEYS:
            bad(i, "label keys %r" % list(lab))
        if not lab["note"].startswith("[%s, %s]" % (pv["key"], pv["locale"])):
            bad(i, "note prefix")
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        except Exception as ex:
            bad(i, "parse error %r" % ex)
            continue
        if msg.defects:
            bad(i, "defects %r" % msg.defects)
        hdr = msg["Date"]
        today = hdr.datetime.date()  # the header's own offset (naive for -0000)
        body = texts(msg)
        nbody = norm(body)
        # case id in To
        if not re.search(r"ar\+K\d{4}@billing\.kestrelpack\.example", str(msg["To"])):
            bad(i, "case address not in To")
        irt = msg.get("In-Reply-To")
        if lab["intent"] != "delivery_failure" and not (irt and OUR_MID.fullmatch(str(irt).strip())):
            bad(i, "In-Reply-To is not our reminder Message-ID")
        if lab["intent"] not in INTENTS:
            bad(i, "intent %r" % lab["intent"])
        prov = pv["prov"]
        for f in ("promised_date", "paid_date", "return_date"):
            v = lab[f]
            if v is None:
                if f in prov:
                    bad(i, "%s has provenance but label null" % f)
                continue
            if f not in prov:
                bad(i, "%s has no provenance" % f)
                continue
            rule, arg, phrase = prov[f]
            arg = tuple(arg) if isinstance(arg, list) else arg
            got = resolve(today, rule, arg).isoformat()
            if got != v:
                bad(i, "%s: rule %s%r from %s gives %s, label %s" % (f, rule, arg, today, got, v))
            if norm(phrase) not in nbody:
                bad(i, "%s phrase %r not found in message" % (f, phrase))
        amt = lab["promised_amount"]
        if (amt is None) != (lab["currency"] is None):
            bad(i, "currency null iff amount null violated")
        if amt is not None:
            if not re.fullmatch(r"\d+\.\d\d", amt):
                bad(i, "amount format")
            if "amount" not in prov:
                bad(i, "amount without provenance")
            else:
                tok, style = prov["amount"]
                if parse_amount(tok, style) != amt:
                    bad(i, "amount token %r -> %s, label %s" % (tok, parse_amount(tok, style), amt))
                if norm(tok) not in nbody:
                    bad(i, "amount token %r not in message" % tok)
            if lab["currency"] not in CURRENCIES:
                bad(i, "currency %r" % lab["currency"])
        elif "amount" in prov:
            bad(i, "amount provenance but null label")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(i, "dispute_reason")
        if (lab["intent"] == "dispute") != (lab["dispute_reason"] is not None) and lab["intent"] != "legal_or_insolvency":
            bad(i, "dispute_reason presence vs intent")
        for f in ("payment_reference", "new_contact_email"):
            if lab[f] is not None and lab[f] not in body:
                bad(i, "%s %r not in message" % (f, lab[f]))
        if not isinstance(lab["invoice_numbers"], list):
            bad(i, "invoice_numbers not a list")
        for inv in lab["invoice_numbers"]:
            if not re.fullmatch(r"PK-\d{5}", inv):
                bad(i, "invoice format %r" % inv)
            if inv not in body and inv.replace("-", "") not in body:
                bad(i, "invoice %s not in message" % inv)
        if len(set(lab["invoice_numbers"])) != len(lab["invoice_numbers"]):
            bad(i, "duplicate invoice numbers")
        for f in ("promised_date", "paid_date", "return_date"):
            if lab[f] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", lab[f]):
                bad(i, "%s format" % f)
    counts = Counter(l["intent"] for l in labels)
    for k, v in INTENTS.items():
        if counts[k] != v:
            bad("-", "intent %s: %d, expected %d" % (k, counts[k], v))
    inj = [l["id"] for l in labels if l.get("injection")]
    if len(inj) != 6:
        bad("-", "injection count %d" % len(inj))
    reasons = Counter(l["dispute_reason"] for l in labels if l["intent"] == "dispute")
    if set(reasons) != REASONS:
        bad("-", "dispute reasons not all covered: %r" % reasons)
    print("intents:", dict(counts))
    print("dispute reasons:", dict(reasons))
    print("injection:", inj)
    if problems:
        print("\n".join(problems))
        print("FAIL: %d problem(s)" % len(problems))
        sys.exit(1)
    print("OK: 80 items verified")


if __name__ == "__main__":
    main()
