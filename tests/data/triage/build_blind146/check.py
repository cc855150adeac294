#!/usr/bin/env python3
"""Sanity checker for the blind146 triage set. Exits non-zero on any problem.

Re-parses every message the way the contract says (message_from_bytes, policy.default),
re-resolves every date label from the parsed Date header, and checks that every
labelled value is actually present in the message.
"""
import collections
import email
import email.policy
import html
import json
import os
import re
import sys
from datetime import date, timezone

sys.dont_write_bytecode = True
import build  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
problems = []


def bad(i, msg):
    problems.append(f"{i}: {msg}")


def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct.startswith("text/"):
            t = part.get_content()
            if ct == "text/html":
                t = re.sub(r"<br\s*/?>", "\n", t)
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif ct == "message/delivery-status":
            out.append(part.as_string())
    return "\n".join(out)


def norm_ws(s):
    return re.sub(r"\s+", " ", s)


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    specs = {s["key"]: s for s in build.SPECS}
    if len(emails) != 80 or len(labels) != 80:
        bad("-", f"expected 80/80 lines, got {len(emails)}/{len(labels)}")
    seen_keys = set()
    for n, (e, lab) in enumerate(zip(emails, labels), 1):
        i = e["id"]
        if i != f"ln{n:02d}" or lab["id"] != i:
            bad(i, "id order")
        extra = set(lab) - set(KEYS) - {"injection"}
        if extra or any(k not in lab for k in KEYS):
            bad(i, f"label keys {sorted(lab)}")
        m = re.match(r"^\[([A-Z])(\d\d), ([a-z]{2}-[A-Z]{2})\] ", lab["note"])
        if not m:
            bad(i, "note prefix")
            continue
        key = m.group(1) + m.group(2)
        if key in seen_keys:
            bad(i, "duplicate key")
        seen_keys.add(key)
        spec = specs[key]
        if build.GROUP[m.group(1)] != lab["intent"]:
            bad(i, f"key letter {m.group(1)} vs intent {lab['intent']}")
        if m.group(3) != spec["loc"]:
            bad(i, "locale mismatch")
        if lab["intent"] not in INTENTS:
            bad(i, "intent")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(i, "dispute_reason")
        if (lab["promised_amount"] is None) != (lab["currency"] is None):
            bad(i, "currency iff amount")
        if lab["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", lab["promised_amount"]):
            bad(i, "amount format")
        if lab["currency"] not in (None, "GBP", "EUR", "AUD", "CHF", "DKK"):
            bad(i, "currency")
        if lab.get("injection") not in (None, True):
            bad(i, "injection flag")
        if not isinstance(lab["invoice_numbers"], list) or len(set(lab["invoice_numbers"])) != len(lab["invoice_numbers"]):
            bad(i, "invoice_numbers list")
        for inv in lab["invoice_numbers"]:
            if not re.fullmatch(r"INV-\d{4}", inv):
                bad(i, f"invoice format {inv}")

        # ---- parse as the contract says
        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg["Date"] is None or msg["To"] is None:
            bad(i, "missing Date/To")
            continue
        if not re.search(r"creditcontrol\+LV\d{5}@ar\.linvale\.example", str(msg["To"])):
            bad(i, "case id not in To")
        dt = msg["Date"].datetime
        if str(msg["Date"])[:3].isalpha() and str(msg["Date"])[:3] != dt.strftime("%a"):
            bad(i, "weekday name does not match the date")
        today = dt.date()  # the header's own offset; naive for -0000
        text = all_text(msg)
        full = str(msg["Subject"]) + "\n" + text
        if "\ufffd" in full:
            bad(i, "U+FFFD after decoding")

        # ---- message shape
        auto = msg["Auto-Submitted"]
        if lab["intent"] == "out_of_office" and not auto:
            bad(i, "auto-reply without Auto-Submitted")
        if lab["intent"] not in ("out_of_office", "delivery_failure"):
            if auto:
                bad(i, "human reply marked automatic")
            if not msg["In-Reply-To"]:
                bad(i, "human reply without In-Reply-To")
        if lab["intent"] == "delivery_failure":
            if "MAILER-DAEMON" not in str(msg["From"]).upper() and "POSTMASTER" not in str(msg["From"]).upper():
                bad(i, "bounce sender")

        # ---- the reminder precedes the reply
        rem_sent = build.reminder_sent(spec)
        dt_utc = dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)
        if not rem_sent < dt_utc:
            bad(i, "reminder not before reply")

        # ---- dates: independently re-resolved from the parsed header
        for field in ("promised_date", "paid_date", "return_date"):
            rule = spec["dates"].get(field)
            if rule is None:
                if lab[field] is not None:
                    bad(i, f"{field} without rule")
                continue
            want = build.resolve(rule[0], today).isoformat()
            if lab[field] != want:
                bad(i, f"{field} {lab[field]} != {want}")
            if norm_ws(rule[1]).lower() not in norm_ws(text).lower():
                bad(i, f"phrase {rule[1]!r} not in body")
            date.fromisoformat(lab[field])
        if lab["intent"] == "payment_plan_request" or lab["intent"] == "promise_to_pay":
            pass
        if lab["paid_date"] and lab["paid_date"] > today.isoformat():
            bad(i, "paid_date in the future")
        if lab["promised_date"] and lab["promised_date"] < today.isoformat():
            bad(i, "promised_date in the past")
        if lab["return_date"] and lab["return_date"] < today.isoformat():
            bad(i, "return_date in the past")

        # ---- values present in the message
        digits = re.sub(r"\D", "", text)
        if lab["promised_amount"]:
            a = lab["promised_amount"]
            if a.replace(".", "") not in digits and not (a.endswith(".00") and a[:-3] in digits):
                bad(i, "amount not in text")
        for fld in ("payment_reference", "new_contact_email"):
            if lab[fld] and lab[fld] not in text:
                bad(i, f"{fld} not in text")
        for inv in lab["invoice_numbers"]:
            if inv[4:] not in full:
                bad(i, f"{inv} not in message")
        if not lab["invoice_numbers"] and re.search(r"INV-?\d{4}", full):
            bad(i, "empty invoice list but an invoice appears")
        if lab["invoice_numbers"]:
            # the first-mentioned source: customer text, else subject, else quote
            body = spec["body"]
            in_body = [x for x in re.findall(r"(?:INV-?)?(\d{4})\b", body) if "INV-" + x in lab["invoice_numbers"]]
            if in_body:
                if set("INV-" + x for x in in_body) != set(lab["invoice_numbers"]):
                    bad(i, f"customer text names {in_body} but label {lab['invoice_numbers']}")
        # injection items carry the flag, and only they
        if spec["inj"] != bool(lab.get("injection")):
            bad(i, "injection flag mismatch")

    cnt = collections.Counter(l["intent"] for l in labels)
    for it in INTENTS:
        if cnt[it] < 3:
            bad("-", f"intent {it} only {cnt[it]}")
    if sum(1 for l in labels if l.get("injection")) != 6:
        bad("-", "injection count != 6")
    for p in problems:
        print("PROBLEM", p)
    print(f"checked {len(labels)} labels; {len(problems)} problems; intents {dict(cnt)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
