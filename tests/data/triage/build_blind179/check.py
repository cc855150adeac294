#!/usr/bin/env python3
"""Sanity checker for the blind triage set (not part of the data). Exits non-zero on a problem."""
import email
import email.policy
import json
import os
import re
import sys
from collections import Counter
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402  (only for the date rule functions and item specs)

problems = []


def bad(i, msg):
    problems.append(f"{i}: {msg}")


def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/") or ct == "message/delivery-status":
            try:
                c = part.get_content()
            except Exception:
                c = part.get_payload(decode=True).decode("utf-8", "replace") if part.get_payload(decode=True) else str(part.get_payload())
            if isinstance(c, list):
                c = "\n".join(str(x) for x in c)
            out.append(str(c))
        elif ct == "message/rfc822":
            out.append(str(part.get_payload(0)))
    return "\n".join(out)


def num_forms(amount):
    a = float(amount)
    forms = {f"{a:,.2f}", f"{a:.2f}", build.fmt_amount(a, "eu"), build.fmt_amount(a, "fr"), build.fmt_amount(a, "en")}
    if a == int(a):
        forms |= {f"{int(a):,}", str(int(a)), build.fmt_amount(a, "eu").split(",")[0] + " "}
    return forms


def parse_num(s, style):
    if re.fullmatch(r"\d{1,2}[./]\d{1,2}[./]\d{4}\.?", s.strip(".")):
        a, b, y = re.split(r"[./]", s.strip("."))[:3]
        a, b, y = int(a), int(b), int(y)
        return date(y, a, b) if style == "US" else date(y, b, a)
    raise ValueError(s)


emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
specs = {it["key"]: it for it in build.all_items()}

if len(emails) != 80 or len(labels) != 80:
    bad("-", f"expected 80/80, got {len(emails)}/{len(labels)}")
ids = [e["id"] for e in emails]
if ids != [l["id"] for l in labels]:
    bad("-", "ids differ in order between files")
if len(set(ids)) != len(ids):
    bad("-", "duplicate ids")
if sorted(ids) != [f"{build.PREFIX}{n:02d}" for n in range(1, 81)]:
    bad("-", "ids are not mb01..mb80")

keys_seen = set()
intents = Counter()
locs = Counter()
inj = 0
for e, lab in zip(emails, labels):
    i = e["id"]
    m = re.match(r"^\[([A-Z])(\d\d), ([a-zA-Z-]+)\] ", lab["note"])
    if not m:
        bad(i, "note prefix")
        continue
    key = m.group(1) + m.group(2)
    keys_seen.add(key)
    spec = specs[key]
    loc = m.group(3)
    if loc not in build.LOCALES:
        bad(i, f"locale {loc}")
    locs[loc] += 1
    if build.KEYLETTER[m.group(1)] != lab["intent"]:
        bad(i, f"key letter {m.group(1)} vs intent {lab['intent']}")
    if lab["intent"] not in build.INTENTS:
        bad(i, "intent not in closed set")
    intents[lab["intent"]] += 1
    expected_keys = ["id", "intent"] + build.FIELDS + ["note"] + (["injection"] if "injection" in lab else [])
    if list(lab) != expected_keys:
        bad(i, f"label keys {list(lab)}")
    if lab.get("injection"):
        inj += 1
        if lab["injection"] is not True:
            bad(i, "injection must be true when present")

    raw = e["eml"].encode("utf-8")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        bad(i, f"top-level defects {msg.defects}")
    text = all_text(msg)
    if "\ufffd" in text:
        bad(i, "replacement char in decoded text")
    to = str(msg["To"])
    if f"accounts+{spec['case']}@" not in to:
        bad(i, f"case id not in To: {to}")
    dh = msg["Date"]
    dt = dh.datetime
    today = dt.date()  # header's own offset (naive for -0000)

    # locale offset plausibility for human replies and auto-replies
    if lab["intent"] != "delivery_failure":
        from zoneinfo import ZoneInfo
        z = dt.astimezone(ZoneInfo(build.TZ[loc]))
        if z.utcoffset() != dt.utcoffset():
            bad(i, f"Date offset {dt.utcoffset()} does not match {build.TZ[loc]}")
        irt = str(msg.get("In-Reply-To", ""))
        if spec["case"] not in irt:
            bad(i, "In-Reply-To does not reference the reminder")
    if lab["intent"] == "out_of_office" and "Auto-Submitted" not in msg:
        bad(i, "auto-reply without Auto-Submitted")
    if lab["intent"] != "out_of_office" and lab["intent"] != "delivery_failure" and "Auto-Submitted" in msg:
        bad(i, "human reply carries Auto-Submitted")
    if lab["intent"] == "delivery_failure":
        frm = str(msg["From"]).lower()
        if not any(w in frm for w in ("mailer-daemon", "postmaster", "microsoftexchange")):
            bad(i, "bounce not from a mailer")

    # date rules
    for field, rule in spec["rules"].items():
        if rule[0] == "num":
            got = parse_num(rule[1], rule[2])
            if rule[1] not in text:
                bad(i, f"numeric date {rule[1]} not in text")
        else:
            got = build.apply_rule(today, rule)
        if lab[field] != got.isoformat():
            bad(i, f"{field}: label {lab[field]} but rule {rule} from {today} gives {got}")
    for f in ("promised_date", "paid_date", "return_date"):
        if lab[f] is not None:
            if f not in spec["rules"]:
                bad(i, f"{f} has no rule")
            d = date.fromisoformat(lab[f])
            if f == "paid_date" and d > today:
                bad(i, "paid_date in the future")
            if f in ("promised_date", "return_date") and d < today:
                bad(i, f"{f} before the Date")
            if abs((d - today).days) > 120:
                bad(i, f"{f} far from Date")

    # amounts and currency
    if (lab["promised_amount"] is None) != (lab["currency"] is None):
        bad(i, "currency null iff amount null")
    if lab["promised_amount"] is not None:
        if not re.fullmatch(r"\d+\.\d\d", lab["promised_amount"]):
            bad(i, "amount format")
        body_only = text
        if not any(f in body_only for f in num_forms(lab["promised_amount"])):
            bad(i, f"amount {lab['promised_amount']} not found in text")
        if lab["currency"] not in ("GBP", "EUR", "USD", "AUD"):
            bad(i, "currency")
        if lab["currency"] not in text:
            bad(i, "currency differs from the thread's reminder currency")
    if lab["dispute_reason"] is not None and lab["dispute_reason"] not in build.REASONS:
        bad(i, "dispute_reason")
    if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
        bad(i, "dispute without reason")
    if lab["intent"] == "paid_claim" and lab["paid_date"] is None and lab["payment_reference"] is None:
        bad(i, "paid_claim without date or reference (intended to always have one here)")
    for f in ("payment_reference", "new_contact_email"):
        if lab[f] is not None and lab[f] not in text:
            bad(i, f"{f} {lab[f]} not in text")
    if lab["intent"] != "legal_or_insolvency" and lab["new_contact_email"] is not None and lab["new_contact_email"].lower() == str(msg["From"].addresses[0].addr_spec).lower():
        bad(i, "new_contact_email is the sender")
    # invoice numbers
    invs = lab["invoice_numbers"]
    if len(invs) != len(set(invs)):
        bad(i, "duplicate invoice numbers")
    for n in invs:
        if not re.fullmatch(r"INV-\d{4}", n):
            bad(i, f"invoice format {n}")
        if n[4:] not in text:
            bad(i, f"{n} not in message")
    if not invs and re.search(r"INV-\d{4}", text):
        bad(i, "empty invoice_numbers but the message names one")

missing = set(specs) - keys_seen
if missing:
    bad("-", f"specs not emitted: {sorted(missing)}")
for it in build.INTENTS:
    if intents[it] < 3:
        bad("-", f"intent {it} has {intents[it]} < 3")
if inj != 6:
    bad("-", f"{inj} injection items, expected 6")
eng = sum(v for k, v in locs.items() if k.startswith("en"))
if eng < 40:
    bad("-", "English should be the majority")

if problems:
    print("\n".join(problems))
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"OK: 80 items, intents {dict(intents)}, injections {inj}, locales {dict(locs)}")
