#!/usr/bin/env python3
"""Sanity checker for the blind83 triage set. Exits non-zero on any problem.

Re-parses every message as bytes, recomputes every date label from the message's own
Date header (in its own UTC offset), and checks that every labelled value is really in
the message, that the field conventions hold, and that build.py reproduces the files.
"""
import calendar
import email
import email.policy
import email.utils
import html
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402  (only for the item specs and the reproducibility check)

INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
           "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
           "delivery_failure", "acknowledgement", "other"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po",
           "cancelled", "other"}
LETTER = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request",
          "B": "billing_update", "W": "wrong_contact", "O": "out_of_office",
          "I": "payment_plan_request", "L": "legal_or_insolvency", "F": "delivery_failure",
          "A": "acknowledgement", "X": "other"}
CURRENCIES = {"GBP", "EUR", "USD", "CAD", "AUD", "ZAR", "SGD", "CHF", "MXN", "BRL", "PLN",
              "SEK", "DKK"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date",
          "payment_reference", "dispute_reason", "new_contact_email", "return_date",
          "invoice_numbers", "note"]
DATE_FIELDS = ["promised_date", "paid_date", "return_date"]

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


# ---------------------------------------------------------------- date rules
def resolve(rule, today):
    k = rule[0]
    if k == "tomorrow":
        return today + timedelta(days=1)
    if k == "yesterday":
        return today - timedelta(days=1)
    if k == "weekday":                       # the coming weekday, today if it is that day
        return today + timedelta((rule[1] - today.weekday()) % 7)
    if k == "next_weekday":                  # that weekday in the following Mon-Sun week
        return today + timedelta(7 - today.weekday() + rule[1])
    if k == "this_week":                     # that week's Friday
        return today + timedelta(4 - today.weekday())
    if k == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "eonm":
        y = today.year if rule[1] >= today.month else today.year + 1
        return date(y, rule[1], calendar.monthrange(y, rule[1])[1])
    if k == "by_the":
        if today.day <= rule[1]:
            return today.replace(day=rule[1])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, rule[1])
    if k == "dm_future":
        d = date(today.year, rule[1], rule[2])
        return d if d >= today else date(today.year + 1, rule[1], rule[2])
    if k == "dm_past":
        d = date(today.year, rule[1], rule[2])
        return d if d <= today else date(today.year - 1, rule[1], rule[2])
    if k == "kw":
        return date.fromisocalendar(today.year, rule[1], 5)
    if k == "plus_days":
        return today + timedelta(days=rule[1])
    if k == "explicit":
        return date.fromisoformat(rule[1])
    raise ValueError(rule)


# ---------------------------------------------------------------- text extraction
def strip_html(s):
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def all_text(msg):
    chunks = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/delivery-status":
            for blk in part.get_payload():
                chunks.append(str(blk))
            continue
        if ct == "message/rfc822":
            continue
        if ct.startswith("text/"):
            try:
                t = part.get_content()
            except Exception as exc:  # noqa: BLE001
                chunks.append(part.get_payload(decode=True).decode("utf-8", "replace"))
                bad("parse", f"get_content failed: {exc}")
                continue
            if ct == "text/html":
                t = strip_html(t)
            chunks.append(t)
        # nested headers of message/rfc822 parts
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            chunks.append(str(inner.get("Subject", "")))
            chunks.append(str(inner.get("To", "")))
    return "\n".join(chunks)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"\s+", " ", s)
    return s.casefold()


def amount_variants(a):
    whole, frac = a.split(".")
    g = []
    w = whole
    while len(w) > 3:
        g.insert(0, w[-3:])
        w = w[:-3]
    g.insert(0, w)
    out = set()
    for sep, dec in ((",", "."), (".", ","), (" ", ","), ("'", "."), ("", "."), ("", ",")):
        out.add(sep.join(g) + dec + frac)
    if frac == "00":
        for sep in (",", ".", " ", "'", ""):
            out.add(sep.join(g))
    return out


# ---------------------------------------------------------------- main checks
def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        bad("files", f"{len(emails)} emails, {len(labels)} labels (want 80)")
    items = {it["key"]: it for it in build.ITEMS}

    # reproducibility: build.generate() must give exactly the files
    gen_e, gen_l = build.generate()
    if gen_e != emails or gen_l != labels:
        bad("build", "build.generate() does not reproduce emails.jsonl / labels.jsonl")

    ids = [e["id"] for e in emails]
    if ids != [f"bm{n:02d}" for n in range(1, 81)]:
        bad("ids", "ids are not bm01..bm80 in order")
    if [l["id"] for l in labels] != ids:
        bad("ids", "labels not in the same order as emails")

    seen_keys = set()
    all_invoices = Counter()
    for e, lab in zip(emails, labels):
        where = e["id"]
        keys = set(lab)
        extra = keys - set(FIELDS) - {"injection"}
        missing = set(FIELDS) - keys
        if extra or missing:
            bad(where, f"label keys extra={extra} missing={missing}")
        if "injection" in lab and lab["injection"] is not True:
            bad(where, "injection must be true when present")
        m = re.match(r"^\[([A-Z])(\d\d), ([a-z]{2}-[A-Z]{2})\] \S", lab["note"])
        if not m:
            bad(where, "note does not start with [KEY, locale]")
            continue
        key = m.group(1) + m.group(2)
        seen_keys.add(key)
        it = items.get(key)
        if it is None:
            bad(where, f"unknown key {key}")
            continue
        where = f"{e['id']}[{key}]"
        if LETTER[m.group(1)] != lab["intent"]:
            bad(where, f"key letter {m.group(1)} does not match intent {lab['intent']}")
        if lab["intent"] not in INTENTS:
            bad(where, f"bad intent {lab['intent']}")

        # --- parse
        raw = e["eml"].encode("utf-8")
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
        except Exception as exc:  # noqa: BLE001
            bad(where, f"cannot parse: {exc}")
            continue
        defects = list(msg.defects) + [d for p in msg.walk() for d in p.defects]
        if defects:
            bad(where, f"MIME defects {defects}")
        date_hdr = msg.get("Date")
        try:
            dt = email.utils.parsedate_to_datetime(str(date_hdr))
        except Exception:  # noqa: BLE001
            bad(where, f"bad Date {date_hdr}")
            continue
        today = dt.date()  # the header's own offset, never converted
        text = all_text(msg)
        ntext = norm(text)

        # --- addressing
        to = str(msg.get("To", ""))
        cm = re.search(r"credit\.control\+(T\d{4})@rent\.brightmoor\.example", to)
        if not cm:
            bad(where, f"case id not in To: {to}")
        else:
            case = cm.group(1)
            if case != it["case"]:
                bad(where, "case id mismatch")
            irt = str(msg.get("In-Reply-To", ""))
            if irt and not irt.startswith(f"<{case}.r"):
                bad(where, f"In-Reply-To {irt} does not reference case {case}")
        refs = str(msg.get("References", "")) + " " + str(msg.get("In-Reply-To", "")) + " " + text
        stamp = re.search(r"<T\d{4}\.r\d\.(\d{8}T\d{6})Z@", refs)
        if not stamp:
            bad(where, "no reminder Message-ID anywhere in the message")
        else:
            from datetime import datetime, timezone
            sent = datetime.strptime(stamp.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=timezone.utc)
            if not sent < dt:
                bad(where, f"reminder {sent} is not before the reply {dt}")
        kind = it.get("kind", "reply")
        auto = msg.get("Auto-Submitted")
        if lab["intent"] == "out_of_office" and not (auto and str(auto).lower() != "no"):
            bad(where, "out_of_office without Auto-Submitted")
        if kind == "reply" and auto:
            bad(where, "human reply carries Auto-Submitted")
        if lab["intent"] == "delivery_failure":
            frm = str(msg.get("From", "")).lower()
            if not ("mailer-daemon" in frm or "postmaster" in frm):
                bad(where, "bounce not from MAILER-DAEMON/postmaster")
        if kind == "reply" and not msg.get("In-Reply-To"):
            bad(where, "reply without In-Reply-To")

        # --- intent-specific field rules
        amt = lab["promised_amount"]
        cur = lab["currency"]
        if (amt is None) != (cur is None):
            bad(where, "currency must be null exactly when promised_amount is null")
        if amt is not None:
            if not re.fullmatch(r"\d+\.\d{2}", amt):
                bad(where, f"amount format {amt}")
            if cur not in CURRENCIES:
                bad(where, f"currency {cur}")
            if not any(v in ntext for v in amount_variants(amt)):
                bad(where, f"amount {amt} not found in message")
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            bad(where, "dispute without reason")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(where, f"bad reason {lab['dispute_reason']}")
        if lab["dispute_reason"] and lab["intent"] not in ("dispute", "legal_or_insolvency"):
            bad(where, "dispute_reason on a non-dispute, non-legal item")
        if lab["intent"] not in ("promise_to_pay", "payment_plan_request", "dispute", "paid_claim",
                                 "legal_or_insolvency") and (amt or lab["promised_date"]):
            bad(where, "promise fields on an intent below promise_to_pay without a promise")
        if lab["paid_date"] and lab["intent"] not in ("paid_claim", "dispute", "legal_or_insolvency",
                                                        "payment_plan_request"):
            bad(where, "paid_date on a low-priority intent")
        if lab["return_date"] and lab["intent"] != "out_of_office":
            bad(where, "return_date outside out_of_office")
        if lab["intent"] == "delivery_failure":
            for f in ("promised_date", "promised_amount", "paid_date", "payment_reference",
                      "new_contact_email", "return_date", "dispute_reason"):
                if lab[f] is not None:
                    bad(where, f"bounce with {f}")
        nce = lab["new_contact_email"]
        if nce is not None:
            if not re.fullmatch(r"[\w.+-]+@[\w.-]+\.example", nce):
                bad(where, f"odd address {nce}")
            if nce.lower() not in ntext:
                bad(where, f"new_contact_email {nce} not in message")
            # must be written in the customer's text, not only in a header
            if nce.lower() not in norm(it.get("body", "")):
                bad(where, "new_contact_email not written in the customer's own text")
        ref = lab["payment_reference"]
        if ref is not None:
            if ref.startswith("#"):
                bad(where, "payment_reference keeps a leading #")
            if norm(ref) not in ntext:
                bad(where, f"reference {ref} not in message")

        # --- dates: every non-null date label is covered by a rule and recomputed here
        rules = {f: (rule, phrase) for f, rule, phrase in it["dates"]}
        for f in DATE_FIELDS:
            v = lab[f]
            if v is None:
                if f in rules:
                    bad(where, f"{f} has a rule but a null label")
                continue
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                bad(where, f"{f} format {v}")
            if f not in rules:
                bad(where, f"{f}={v} has no date rule to check it")
                continue
            rule, phrase = rules[f]
            got = resolve(rule, today).isoformat()
            if got != v:
                bad(where, f"{f}: label {v} but rule {rule} from {today} gives {got}")
            if norm(phrase) not in ntext:
                bad(where, f"phrase {phrase!r} for {f} not found in message")

        # --- invoice numbers: format, presence and source order (own text > Subject > quote)
        inv = lab["invoice_numbers"]
        if not isinstance(inv, list):
            bad(where, "invoice_numbers is not a list")
            inv = []
        if len(set(inv)) != len(inv):
            bad(where, "duplicate invoice numbers")
        for n in inv:
            if not re.fullmatch(r"INV-\d{4}", n):
                bad(where, f"invoice format {n}")
            digits = n[4:]
            if not re.search(r"(?<!\d)" + digits + r"(?!\d)", text):
                bad(where, f"{n} not found in message")
            all_invoices[n] += 1
        own = set("INV-" + d for d in re.findall(r"INV-(\d{4})", it.get("body", "") or ""))
        own |= set("INV-" + d for d in re.findall(r"INV-(\d{4})", it.get("pre_quote", "") or ""))
        subj = set("INV-" + d for d in re.findall(r"INV-(\d{4})", str(msg.get("Subject", ""))))
        every = set("INV-" + d for d in re.findall(r"INV-(\d{4})", text))
        expected = own or subj or every
        if set(inv) != expected:
            bad(where, f"invoice_numbers {inv} but source rule expects {sorted(expected)}")
        if not inv:
            bad(where, "no invoice number (every reminder names one)")

        # --- injection items really contain text addressed to an AI / automation
        if lab.get("injection"):
            if not re.search(r"\b(ai|ia|ki|agent|bot|bots|automated|automation|assistant|system)\b", ntext):
                bad(where, "injection item without an address to an AI/automation")
        if lab["intent"] == "other" and (amt or lab["paid_date"] or lab["promised_date"]):
            bad(where, "other with payment fields")

    if seen_keys != set(items):
        bad("keys", f"keys missing from labels: {sorted(set(items) - seen_keys)}")
    counts = Counter(l["intent"] for l in labels)
    for i in INTENTS:
        if counts[i] < 3:
            bad("counts", f"{i} has {counts[i]} (<3)")
    inj = sum(1 for l in labels if l.get("injection"))
    if inj != 6:
        bad("counts", f"{inj} injection items (want 6)")
    langs = Counter(re.match(r"^\[\w+, ([a-z]{2})", l["note"]).group(1) for l in labels)
    if langs.most_common(1)[0][0] != "en":
        bad("langs", "English is not the most common language")
    for lg in ("de", "fr", "es", "nl", "pt", "it"):
        if langs[lg] < 3:
            bad("langs", f"{lg} has {langs[lg]}")
    case_ids = [it["case"] for it in build.ITEMS]
    if len(set(case_ids)) != len(case_ids):
        bad("cases", "duplicate case ids")

    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print(f"OK: {len(labels)} labels; intents {dict(counts)}; injections {inj}; "
          f"languages {dict(langs)}")


if __name__ == "__main__":
    main()
