#!/usr/bin/env python3
"""Re-verify every label of the blind triage set from the generated data. Exit 1 on any problem."""
import calendar
import collections
import email
import email.policy
import html
import json
import os
import re
import sys
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
KEY = {"promise_to_pay": "P", "paid_claim": "C", "dispute": "D", "document_request": "O", "billing_update": "B",
       "wrong_contact": "W", "out_of_office": "A", "payment_plan_request": "L", "legal_or_insolvency": "G",
       "delivery_failure": "F", "acknowledgement": "K", "other": "X"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
LOCALES = ["en-US", "en-GB", "en-ZA", "es-ES", "fr-FR", "de-CH", "pt-BR", "it-IT", "nl-NL", "da-DK", "cs-CZ",
           "hu-HU", "zh-TW", "th-TH"]
CUR_TOKENS = {"USD": ["$", "USD"], "GBP": ["£", "GBP"], "ZAR": ["R", "ZAR"], "EUR": ["€", "EUR"], "CHF": ["CHF"],
              "BRL": ["R$", "BRL"], "DKK": ["kr", "DKK"], "CZK": ["Kč", "CZK"], "HUF": ["Ft", "HUF"],
              "TWD": ["新台幣", "NT$", "TWD"], "THB": ["บาท", "฿", "THB"]}
DATE_FIELDS = ["promised_date", "paid_date", "return_date"]
problems = []


def bad(rid, msg):
    problems.append(f"{rid}: {msg}")


def resolve(today, rule):
    k = rule[0]
    if k == "plus":
        return today + timedelta(days=rule[1])
    if k == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "eom_named":
        y = today.year if rule[1] >= today.month else today.year + 1
        return date(y, rule[1], calendar.monthrange(y, rule[1])[1])
    if k == "this_wd":
        return today + timedelta((rule[1] - today.weekday()) % 7)
    if k == "next_wd":
        return today + timedelta(7 - today.weekday() + rule[1])
    if k == "prev_wd":
        d = today - timedelta(days=1)
        while d.weekday() != rule[1]:
            d -= timedelta(days=1)
        return d
    if k == "last_week_wd":
        monday_prev = today - timedelta(days=today.weekday() + 7)
        return monday_prev + timedelta(days=rule[1])
    if k == "by_day":
        d = today
        while d.day != rule[1]:
            d += timedelta(days=1)
        return d
    if k == "this_week":
        return today + timedelta(4 - today.weekday())
    if k == "isoweek":
        return date.fromisocalendar(today.year, rule[1], 5)
    if k == "first_week":
        return date(today.year if rule[1] >= today.month else today.year + 1, rule[1], 7)
    if k == "explicit":
        return date.fromisoformat(rule[1])
    raise ValueError(rule)


def texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        try:
            c = part.get_content()
        except Exception:
            c = part.get_payload()
        if isinstance(c, bytes):
            continue
        if not isinstance(c, str):
            c = str(c)
        if ct == "text/html":
            c = html.unescape(re.sub(r"<[^>]+>", " ", c))
        out.append(c)
    for h in ("Subject",):
        out.append(str(msg[h] or ""))
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s)


def amount_variants(a):
    i, c = a.split(".")
    groups = []
    s = i
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    out = set()
    for ts in [",", ".", " ", "\u00a0", "\u202f", "'", "’", ""]:
        ip = ts.join(groups)
        for ds in [".", ","]:
            out.add(ip + ds + c)
        if c == "00":
            out.add(ip)
    return out


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    derivs = [json.loads(l) for l in open(os.path.join(HERE, "derivations.jsonl"), encoding="utf-8")]
    if not (len(emails) == len(labels) == len(derivs) == 80):
        bad("-", f"counts {len(emails)} {len(labels)} {len(derivs)}")
    ids = [e["id"] for e in emails]
    prefix = ids[0][:2]
    if ids != [f"{prefix}{n:02d}" for n in range(1, 81)]:
        bad("-", "ids are not PREFIX01..PREFIX80 in order")
    for e, L, d in zip(emails, labels, derivs):
        rid = e["id"]
        if set(e) != {"id", "eml"}:
            bad(rid, f"email keys {set(e)}")
        if L["id"] != rid or d["id"] != rid:
            bad(rid, "id mismatch between files")
        keys = set(L) - {"injection"}
        if keys != {"id", "note", *FIELDS}:
            bad(rid, f"label keys {sorted(keys)}")
        if "injection" in L and L["injection"] is not True:
            bad(rid, "injection must be true when present")
        intent = L["intent"]
        if intent not in KEY:
            bad(rid, f"intent {intent}")
            continue
        m = re.match(r"^\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] ", L["note"])
        if not m or m.group(1) != KEY[intent] or m.group(2) not in LOCALES or m.group(2) != d["locale"]:
            bad(rid, f"note prefix {L['note'][:14]!r}")
        if L["dispute_reason"] is not None and L["dispute_reason"] not in REASONS:
            bad(rid, "dispute_reason value")
        if intent == "dispute" and L["dispute_reason"] is None:
            bad(rid, "dispute without reason")
        for f in DATE_FIELDS:
            v = L[f]
            if v is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                bad(rid, f"{f} format {v}")
        a = L["promised_amount"]
        if a is not None and not re.fullmatch(r"\d+\.\d\d", a):
            bad(rid, f"amount format {a}")
        if (a is None) != (L["currency"] is None):
            bad(rid, "currency must be null exactly when promised_amount is null")
        if not isinstance(L["invoice_numbers"], list) or len(set(L["invoice_numbers"])) != len(L["invoice_numbers"]):
            bad(rid, "invoice_numbers must be a list without duplicates")

        raw = e["eml"]
        msg = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)
        try:
            dt = parsedate_to_datetime(str(msg["Date"]))
        except Exception as ex:
            bad(rid, f"Date header: {ex}")
            continue
        if dt.tzinfo is None:
            bad(rid, "Date without zone")
        today = dt.date()  # calendar date in the header's own offset
        if not msg["Message-ID"]:
            bad(rid, "no Message-ID")
        txt = texts(msg)
        ntxt = norm(txt)
        is_bounce = msg.get_content_type() == "multipart/report" or "mail delivery" in str(msg["Subject"]).lower() \
            or "MAILER-DAEMON" in str(msg["From"]).upper()
        auto = msg["Auto-Submitted"] or msg["X-Autoreply"]
        irt = msg["In-Reply-To"]
        case = re.search(r"collections\+VL(\d+)@", str(msg["To"]))
        if not case:
            bad(rid, "case id not in To")
        if intent == "delivery_failure":
            if not is_bounce or irt:
                bad(rid, "bounce must be a report/MTA message without In-Reply-To")
        else:
            if is_bounce:
                bad(rid, "non-bounce looks like a bounce")
            if not irt or not case or not re.fullmatch(rf"<VL{case.group(1)}\.d1\.\d{{8}}T\d{{6}}Z@ar\.vintrylane\.example>", str(irt)):
                bad(rid, f"In-Reply-To {irt}")
            if str(msg["References"]) != str(irt):
                bad(rid, "References must carry the dunning Message-ID")
        if (intent == "out_of_office") != bool(auto) and intent != "delivery_failure":
            bad(rid, "auto-reply headers must be present exactly on out_of_office")

        # dates recomputed from the Date header
        derived = set()
        for field, phrase, rule in d["dates"]:
            derived.add(field)
            if norm(phrase) not in ntxt:
                bad(rid, f"phrase {phrase!r} not in text")
            got = resolve(today, rule).isoformat()
            if L[field] != got:
                bad(rid, f"{field} {L[field]} != {got} ({rule}) from {today}")
            if rule[0] == "explicit":
                delta = (date.fromisoformat(got) - today).days
                if field == "paid_date" and not -40 <= delta <= 0:
                    bad(rid, "paid_date must be in the recent past")
                if field in ("promised_date", "return_date") and not 0 <= delta <= 60:
                    bad(rid, f"{field} must be in the near future")
        for f in DATE_FIELDS:
            if L[f] is not None and f not in derived:
                bad(rid, f"{f} has no derivation")

        # reminder table sums
        rows = re.findall(r"INV-\d{4}\s+\d{4}-\d\d-\d\d\s+[A-Z]{3} ([\d,]+\.\d\d)", txt)
        bal = re.findall(r"Overdue balance: [A-Z]{3} ([\d,]+\.\d\d)", txt)
        if rows and bal:
            n = len(bal)
            per = len(rows) // n if n else 0
            tot = sum(float(x.replace(",", "")) for x in rows[:per])
            if abs(tot - float(bal[0].replace(",", ""))) > 0.001:
                bad(rid, "reminder lines do not add up to the balance")
        if d["amount_sum"]:
            tot = sum(float(x.replace(",", "")) for x in rows[:len(rows) // max(1, len(bal))])
            if a is None or abs(tot - float(a)) > 0.001:
                bad(rid, f"amount {a} is not the sum of the quoted invoices {tot}")

        # amounts, references, contacts, invoice numbers must be present in the text
        if a is not None:
            cust = ntxt
            if not any(v in cust for v in amount_variants(a)):
                bad(rid, f"amount {a} not found in text")
            if not any(t in txt for t in CUR_TOKENS[L["currency"]]):
                bad(rid, f"currency {L['currency']} has no evidence")
        if L["payment_reference"] is not None and L["payment_reference"] not in ntxt:
            bad(rid, "payment_reference not in text")
        if L["new_contact_email"] is not None:
            if L["new_contact_email"] not in txt or L["new_contact_email"] == msg["From"].addresses[0].addr_spec:
                bad(rid, "new_contact_email not in text (or is the sender)")
        for n_ in L["invoice_numbers"]:
            if not re.fullmatch(r"INV-\d{4}", n_):
                bad(rid, f"invoice number format {n_}")
            elif not re.search(rf"(?<!\d){n_[4:]}(?!\d)", txt):
                bad(rid, f"{n_} not in the message")
        if intent not in ("promise_to_pay", "paid_claim", "payment_plan_request", "dispute") and a is not None:
            bad(rid, "amount on an intent that carries none")
        if intent == "out_of_office" and L["promised_date"]:
            bad(rid, "ooo with promised_date")

    c = collections.Counter(L["intent"] for L in labels)
    want = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
            "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
            "delivery_failure": 5, "acknowledgement": 4, "other": 4}
    if dict(c) != want:
        bad("-", f"intent counts {dict(c)}")
    locs = collections.Counter(d["locale"] for d in derivs)
    if set(locs) != set(LOCALES):
        bad("-", f"locales {locs}")
    inj = sum(1 for L in labels if L.get("injection"))
    if not 5 <= inj <= 8:
        bad("-", f"injection count {inj}")
    if problems:
        print("\n".join(problems))
        print(f"FAIL: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"OK: 80 labels verified; intents {dict(c)}; injections {inj}; locales {dict(locs)}")


if __name__ == "__main__":
    main()
