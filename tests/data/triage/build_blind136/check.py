#!/usr/bin/env python3
"""Sanity checker for blind triage set 136 (not part of the data).

Re-parses every message as bytes, re-derives every date label from the message's own Date header
with an independent resolver, and checks the labels' shape and consistency. Exits 1 on any problem.
"""
import calendar
import email
import email.policy
import html
import json
import re
import sys
from collections import Counter
from datetime import date, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import build  # noqa: E402  (only for the per-item date rules, phrases and human text)

INTENTS = {"promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
           "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
           "delivery_failure", "acknowledgement", "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
LETTER = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "Q": "document_request",
          "B": "billing_update", "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request",
          "L": "legal_or_insolvency", "F": "delivery_failure", "A": "acknowledgement", "Z": "other"}
CURRENCIES = {"GBP", "EUR", "ZAR", "NGN", "SGD", "PLN", "CZK", "AED", "MYR"}

problems = []


def bad(i, msg):
    problems.append(f"{i}: {msg}")


# ---------------------------------------------------------------- independent date resolver
def step_until(d, wd, include_today):
    if not include_today:
        d += timedelta(1)
    while d.weekday() != wd:
        d += timedelta(1)
    return d


def last_dom(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def resolve2(rule, t):
    k = rule[0]
    if k == "today":
        return t
    if k == "tomorrow":
        return t + timedelta(days=1)
    if k == "yesterday":
        return t - timedelta(days=1)
    if k == "weekday":
        return step_until(t, rule[1], True)
    if k == "next_weekday":
        monday_next = t - timedelta(t.weekday()) + timedelta(7)
        return monday_next + timedelta(rule[1])
    if k == "past_weekday":
        d = t
        for _ in range(7):
            d -= timedelta(1)
            if d.weekday() == rule[1]:
                return d
    if k == "eom":
        return last_dom(t.year, t.month)
    if k == "eom_named":
        y = t.year + (1 if rule[1] < t.month else 0)
        return last_dom(y, rule[1])
    if k == "plus":
        return t + timedelta(days=rule[1])
    if k == "by_the":
        d = t
        while d.day != rule[1]:
            d += timedelta(1)
        return d
    if k == "this_week":
        return t - timedelta(t.weekday()) + timedelta(4)
    if k == "kw":
        jan4 = date(t.year, 1, 4)
        week1_monday = jan4 - timedelta(jan4.weekday())
        return week1_monday + timedelta(weeks=rule[1] - 1, days=4)
    if k == "first_week":
        y = t.year + (1 if rule[1] < t.month else 0)
        return date(y, rule[1], 7)
    if k == "dm_past":
        for y in (t.year, t.year - 1):
            if date(y, rule[2], rule[1]) <= t:
                return date(y, rule[2], rule[1])
    if k == "dm_future":
        for y in (t.year, t.year + 1):
            if date(y, rule[2], rule[1]) >= t:
                return date(y, rule[2], rule[1])
    if k == "explicit":
        return date.fromisoformat(rule[1])
    raise ValueError(rule)


# ---------------------------------------------------------------- text helpers
def norm(s):
    return " ".join(s.replace("\u00a0", " ").replace("\u202f", " ").split()).casefold()


def decoded_text(msg):
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith("text/"):
            try:
                c = p.get_content()
            except Exception as e:  # noqa: BLE001
                out.append(f"<<undecodable {e}>>")
                continue
            if ct == "text/html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c))
            out.append(c)
        elif ct == "message/delivery-status":
            out.append(str(p))
    return "\n".join(out)


def amounts_in(text):
    found = set()
    for m in re.finditer(r"\d[\d.,\u00a0\u202f ]*\d|\d", text):
        tok = re.sub(r"[\u00a0\u202f ]", "", m.group(0)).rstrip(".,")
        mm = re.fullmatch(r"(.*?)([.,])(\d{2})", tok)
        if mm and not re.fullmatch(r"\d{1,3}([.,]\d{3})+", tok):
            intpart, dec = re.sub(r"[.,]", "", mm.group(1)), mm.group(3)
        else:
            intpart, dec = re.sub(r"[.,]", "", tok), "00"
        if intpart.isdigit():
            found.add(f"{int(intpart)}.{dec}")
    return found


# ---------------------------------------------------------------- main
def main():
    emails = [json.loads(l) for l in open(HERE / "emails.jsonl", encoding="utf-8")]
    labels = [json.loads(l) for l in open(HERE / "labels.jsonl", encoding="utf-8")]
    items = {it["key"]: it for it in build.ITEMS}
    if len(emails) != 80 or len(labels) != 80:
        bad("-", f"expected 80/80 lines, got {len(emails)}/{len(labels)}")
    ids = [e["id"] for e in emails]
    if ids != [l["id"] for l in labels]:
        bad("-", "ids differ between emails and labels")
    if ids != [f"sw{n:02d}" for n in range(1, 81)]:
        bad("-", "ids not sw01..sw80")
    seen_keys = set()
    for e, lab in zip(emails, labels):
        i = e["id"]
        if set(e) != {"id", "eml"}:
            bad(i, f"email keys {sorted(e)}")
        extra = set(lab) - set(KEYS) - {"injection"}
        if [k for k in KEYS if k not in lab] or extra:
            bad(i, f"label keys wrong: missing {[k for k in KEYS if k not in lab]} extra {extra}")
            continue
        m = re.match(r"\[([A-Z]\d\d), ([a-z]{2}-[A-Z]{2})\] ", lab["note"])
        if not m:
            bad(i, "note does not start with [KEY, locale]")
            continue
        key, loc = m.groups()
        seen_keys.add(key)
        it = items[key]
        if it["loc"] != loc:
            bad(i, "locale mismatch")
        if LETTER[key[0]] != lab["intent"]:
            bad(i, f"key {key} vs intent {lab['intent']}")
        if lab["intent"] not in INTENTS:
            bad(i, "bad intent")
        if lab.get("injection") not in (None, True):
            bad(i, "injection must be true or absent")
        if bool(lab.get("injection")) != it["injection"]:
            bad(i, "injection flag differs from item")

        # parse as bytes
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        defects = [d for p in msg.walk() for d in p.defects]
        if defects:
            bad(i, f"MIME defects {defects}")
        to = str(msg["To"])
        mc = re.search(r"credit\+(K\d{4})@ar\.brightmark\.example", to)
        if not mc or mc.group(1) != it["case"]:
            bad(i, f"case id not in To: {to}")
        dt = parsedate_to_datetime(msg["Date"])
        if dt.tzinfo is None:
            bad(i, "naive Date")
        today = dt.date()  # calendar date in the header's own offset
        text = decoded_text(msg)
        ntext = norm(text)
        is_bounce = key[0] == "F"
        auto = msg["Auto-Submitted"]
        if key[0] == "O" and not auto:
            bad(i, "out_of_office without Auto-Submitted")
        if key[0] not in "OF" and auto:
            bad(i, "human reply carries Auto-Submitted")
        if is_bounce:
            frm = str(msg["From"]).lower()
            if not any(x in frm for x in ("mailer-daemon", "postmaster")):
                bad(i, "bounce not from a mailer daemon")
        else:
            human = it["text"].strip()
            if norm(human) not in ntext:
                bad(i, "human text not found in decoded message")
            if it.get("thread", True) and it["case"] not in str(msg["In-Reply-To"] or ""):
                bad(i, "In-Reply-To does not reference the reminder")

        # dates
        for f in ("promised_date", "paid_date", "return_date"):
            if f in it["dates"]:
                rule, phrase = it["dates"][f]
                exp = resolve2(rule, today).isoformat()
                if lab[f] != exp:
                    bad(i, f"{f} {lab[f]} != recomputed {exp}")
                if norm(phrase) not in norm(it["text"]):
                    bad(i, f"phrase {phrase!r} not in human text")
            elif lab[f] is not None:
                bad(i, f"{f} set without a rule")
            if lab[f] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", lab[f]):
                bad(i, f"{f} not ISO")
        if lab["return_date"] and lab["intent"] != "out_of_office":
            bad(i, "return_date outside out_of_office")

        # amounts / currency
        amt, cur = lab["promised_amount"], lab["currency"]
        if (amt is None) != (cur is None):
            bad(i, "currency null iff amount null violated")
        if amt is not None:
            if not re.fullmatch(r"\d+\.\d\d", amt):
                bad(i, f"amount format {amt}")
            if amt not in amounts_in(it["text"]):
                bad(i, f"amount {amt} not written in the human text ({sorted(amounts_in(it['text']))[:12]})")
            if cur not in CURRENCIES or cur != it["cur"]:
                bad(i, f"currency {cur} vs thread {it['cur']}")
        if lab["intent"] in ("document_request", "billing_update", "wrong_contact", "out_of_office",
                             "delivery_failure", "acknowledgement", "other") and amt:
            bad(i, "amount on an intent that never states one here")

        # dispute reason
        dr = lab["dispute_reason"]
        if lab["intent"] == "dispute" and dr not in REASONS:
            bad(i, "dispute without a valid reason")
        if dr is not None and (dr not in REASONS or lab["intent"] not in ("dispute", "legal_or_insolvency")):
            bad(i, f"dispute_reason {dr} on {lab['intent']}")

        # reference / contact present in the human text
        for f in ("payment_reference", "new_contact_email"):
            if lab[f] is not None and lab[f] not in it["text"]:
                bad(i, f"{f} {lab[f]} not in the human text")
        if lab["new_contact_email"] and not re.fullmatch(r"[\w.+-]+@[\w.-]+\.example", lab["new_contact_email"]):
            bad(i, "contact not an .example address")
        if lab["intent"] == "wrong_contact" and lab["new_contact_email"] is None and "@" in it["text"]:
            bad(i, "wrong_contact with an address in the text but none labelled")

        # invoice numbers
        inv = lab["invoice_numbers"]
        if not isinstance(inv, list) or len(inv) != len(set(inv)):
            bad(i, "invoice_numbers not a duplicate-free list")
        for n in inv:
            if not re.fullmatch(r"INV-\d{4}", n):
                bad(i, f"invoice format {n}")
            if n[4:] not in text and n[4:] not in str(msg["Subject"]):
                bad(i, f"{n} appears nowhere in the message")
        own = re.findall(r"(?:INV-?\s?)(\d{4})", it["text"])
        if own:
            own_n = list(dict.fromkeys("INV-" + x for x in own))
            if own_n != inv[:len(own_n)] and set(own_n) - set(inv):
                bad(i, f"customer's own invoice numbers {own_n} missing from {inv}")
        if not inv and "INV-" in text:
            bad(i, "empty invoice_numbers but INV- appears in the message")

    if seen_keys != set(items):
        bad("-", f"keys mismatch {set(items) ^ seen_keys}")
    ic = Counter(l["intent"] for l in labels)
    for k in INTENTS:
        if ic[k] < 3:
            bad("-", f"intent {k} has only {ic[k]}")
    ninj = sum(1 for l in labels if l.get("injection"))
    if ninj != 6:
        bad("-", f"{ninj} injection items, expected 6")

    if problems:
        print("\n".join(problems))
        print(f"FAIL: {len(problems)} problem(s)")
        sys.exit(1)
    print("OK: 80 messages, intents", dict(sorted(ic.items())), "injections", ninj)


if __name__ == "__main__":
    main()
