#!/usr/bin/env python3
"""Re-verify every label of the zm triage set from the generated data.

Exits non-zero on any problem. Standard library only.
"""
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
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED_N = int(os.environ.get("ZM_EXPECTED_N", "80"))

FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date",
          "payment_reference", "dispute_reason", "new_contact_email", "return_date",
          "invoice_numbers", "note"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
           "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
           "delivery_failure", "acknowledgement", "other"]
TARGET = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6,
          "billing_update": 6, "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6,
          "legal_or_insolvency": 4, "delivery_failure": 5, "acknowledgement": 4, "other": 4}
KEYS = {"promise_to_pay": "P", "paid_claim": "C", "dispute": "D", "document_request": "R",
        "billing_update": "B", "wrong_contact": "W", "out_of_office": "O",
        "payment_plan_request": "L", "legal_or_insolvency": "G", "delivery_failure": "F",
        "acknowledgement": "A", "other": "X"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
CURRENCIES = {"USD", "GBP", "CAD", "ZAR", "NGN", "EUR", "CHF", "MXN", "COP", "BRL", "PLN", "UAH",
              "RUB", "SEK", "NOK", "TRY", "ILS", "KRW", "CNY", "VND", "IDR"}
# invoice numbers used in the public samples: must not be reused
SAMPLE_INVS = set("0988 1042 1104 1187 1190 1193 1214 1244 1260 1266 1301 1317 1322 1350 1375 1388 "
                  "1391 1399 1401 1419 1420 1433 1442 1455 1480 1488 1502 1512 1520 1525 1539 1540 "
                  "1556 1577 1591 1598 1603 1610 1633 1688 1690 1712 1745 1760 1877 2207 2210 2231 "
                  "2240 2295 3098 3120 3155".split())

problems = []


def bad(iid, msg):
    problems.append("%s: %s" % (iid, msg))


class Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "p", "div", "tr"):
            self.out.append("\n")


def html_text(h):
    p = Strip()
    p.feed(h)
    return "".join(p.out)


def all_text(msg):
    """Decoded text of every text part, nested messages and header blocks."""
    chunks = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if p.is_multipart():
            continue
        if ct == "text/plain" or ct == "text/rfc822-headers" or ct == "message/delivery-status":
            try:
                chunks.append(p.get_content() if ct == "text/plain" else p.get_payload(decode=True).decode("utf-8", "replace"))
            except Exception as e:  # noqa
                chunks.append(str(p.get_payload()))
        elif ct == "text/html":
            chunks.append(html_text(p.get_content()))
        elif ct == "message/rfc822":
            inner = p.get_content()
            chunks.append(str(inner.get("Subject", "")))
            chunks.append(all_text(inner))
    for p in msg.walk():
        if p.get_content_type() == "text/rfc822-headers":
            sub = email.message_from_bytes(p.get_payload(decode=True), policy=email.policy.default)
            chunks.append(str(sub.get("Subject", "")))
    return "\n".join(chunks)


def norm(s):
    return re.sub(r"[\s\u00a0\u202f]+", " ", s).strip().lower()


def parse_amount(phrase):
    s = re.sub(r"[^\d.,'\s\u00a0\u202f]", "", phrase).strip()
    s = re.sub(r"[\s\u00a0\u202f']", "", s).strip(".,")
    m = re.search(r"[.,](\d+)$", s)
    if m and len(m.group(1)) == 2:
        ip = re.sub(r"[.,]", "", s[:m.start()])
        return "%s.%s" % (int(ip), m.group(1))
    return "%s.00" % int(re.sub(r"[.,]", "", s))


def eom(d):
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def resolve(today, rule, arg, phrase):
    if rule == "plus":
        return today + timedelta(days=arg)
    if rule == "this_wd":
        return today + timedelta((arg - today.weekday()) % 7)
    if rule == "next_wd":
        return today + timedelta(7 - today.weekday() + arg)
    if rule == "prev_wd":
        delta = (today.weekday() - arg) % 7 or 7
        return today - timedelta(delta)
    if rule == "eom":
        return eom(today)
    if rule == "eonm":
        y = today.year if arg >= today.month else today.year + 1
        return eom(date(y, arg, 1))
    if rule == "by_the":
        if today.day <= arg:
            return today.replace(day=arg)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, arg)
    if rule == "week_friday":
        return today + timedelta(4 - today.weekday())
    if rule == "isoweek":
        return date.fromisocalendar(today.year, arg, 5)
    if rule == "first_week_of":
        y = today.year if arg >= today.month else today.year + 1
        return date(y, arg, 7)
    if rule in ("dm_past", "dm_future"):
        d, m = arg
        if str(d) not in phrase:
            raise ValueError("day %s not in phrase %r" % (d, phrase))
        x = date(today.year, m, d)
        if rule == "dm_past" and x > today:
            raise ValueError("dm_past in the future")
        if rule == "dm_future" and x < today:
            raise ValueError("dm_future in the past")
        return x
    if rule == "explicit":
        return date.fromisoformat(arg)
    if rule == "numeric":
        order, when = arg
        nums = [int(x) for x in re.findall(r"\d+", phrase)]
        if order == "MDY":
            m, d = nums[0], nums[1]
            y = nums[2] if len(nums) > 2 else today.year
        elif order in ("DMY", "DM"):
            d, m = nums[0], nums[1]
            y = nums[2] if len(nums) > 2 else today.year
        elif order == "YMD":
            y, m, d = nums[0], nums[1], nums[2]
        else:
            raise ValueError(order)
        x = date(y, m, d)
        if when == "past" and x > today:
            raise ValueError("numeric past date after Date")
        if when == "future" and x < today:
            raise ValueError("numeric future date before Date")
        return x
    raise ValueError(rule)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def main():
    emails, labels, ders = load("emails.jsonl"), load("labels.jsonl"), load("derivations.jsonl")
    if not (len(emails) == len(labels) == len(ders) == EXPECTED_N):
        bad("*", "counts %d/%d/%d, expected %d" % (len(emails), len(labels), len(ders), EXPECTED_N))
    intents, locs, injections = Counter(), Counter(), 0
    for k, (e, l, d) in enumerate(zip(emails, labels, ders)):
        iid = "zm%02d" % (k + 1)
        if not (e["id"] == l["id"] == d["id"] == iid):
            bad(iid, "id order mismatch %s/%s/%s" % (e["id"], l["id"], d["id"]))
        if set(e) != {"id", "eml"}:
            bad(iid, "email keys %s" % sorted(e))
        keys = [x for x in l if x != "injection"]
        if keys != FIELDS:
            bad(iid, "label fields %s" % keys)
        if "injection" in l:
            if l["injection"] is not True:
                bad(iid, "injection must be true")
            injections += 1
        intent = l["intent"]
        if intent not in INTENTS:
            bad(iid, "intent %s" % intent)
            continue
        intents[intent] += 1
        m = re.match(r"^\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] \S", l["note"])
        if not m:
            bad(iid, "note prefix")
        else:
            if m.group(1) != KEYS[intent]:
                bad(iid, "note key %s for %s" % (m.group(1), intent))
            if m.group(2) != d["locale"]:
                bad(iid, "note locale")
            locs[m.group(2)] += 1
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad(iid, "dispute_reason %s" % l["dispute_reason"])
        if intent == "dispute" and l["dispute_reason"] is None:
            bad(iid, "dispute without reason")
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None:
                try:
                    date.fromisoformat(l[f])
                    assert re.match(r"^\d{4}-\d{2}-\d{2}$", l[f])
                except Exception:
                    bad(iid, "%s not ISO: %r" % (f, l[f]))
        if l["promised_amount"] is not None:
            if not re.match(r"^\d+\.\d{2}$", l["promised_amount"]):
                bad(iid, "amount format %r" % l["promised_amount"])
            if l["currency"] not in CURRENCIES:
                bad(iid, "currency %r" % l["currency"])
        elif l["currency"] is not None:
            bad(iid, "currency without amount")
        if intent == "out_of_office" and (l["promised_date"] or l["paid_date"]):
            bad(iid, "ooo with payment dates")
        if l["return_date"] and intent != "out_of_office":
            bad(iid, "return_date outside out_of_office")
        # ---- parse the message
        raw = e["eml"].encode("utf-8")
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            text = all_text(msg)
        except Exception as ex:  # noqa
            bad(iid, "parse error %r" % ex)
            continue
        if "\ufffd" in text:
            bad(iid, "U+FFFD in decoded text")
        try:
            dt = parsedate_to_datetime(msg["Date"])
        except Exception:
            bad(iid, "bad Date header")
            continue
        if dt.tzinfo is None and "-0000" not in msg["Date"]:
            bad(iid, "Date without zone")
        today = dt.date()
        ntext = norm(text)
        for h in ("Message-ID", "From", "To", "Subject"):
            if not msg.get(h):
                bad(iid, "missing header %s" % h)
        if intent == "delivery_failure":
            ct = msg.get_content_type()
            if ct != "multipart/report" and "failure notice" not in str(msg["Subject"]).lower() \
                    and "delivery failed" not in str(msg["Subject"]).lower():
                bad(iid, "bounce is neither multipart/report nor a plain MTA bounce")
        else:
            if not msg.get("In-Reply-To") or not msg.get("References"):
                bad(iid, "reply without In-Reply-To/References")
        if intent == "out_of_office":
            if not (msg.get("Auto-Submitted") or msg.get("X-Autoreply") or msg.get("X-Autorespond")):
                bad(iid, "auto-reply without Auto-Submitted/X-Autoreply")
        else:
            if msg.get("X-Autoreply") or (msg.get("Auto-Submitted") and intent != "delivery_failure"):
                bad(iid, "non-auto message with auto headers")
        # case id in the To address
        if d["case"] not in str(msg.get("To", "")):
            bad(iid, "case id not in To")
        # ---- derivations
        derived = {}
        for field, rule, arg, phrase in d["derivations"]:
            if norm(phrase) not in ntext:
                bad(iid, "phrase %r not in text" % phrase)
            if rule == "amount":
                v = parse_amount(phrase)
                if v != l["promised_amount"]:
                    bad(iid, "amount %r parses to %s, label %s" % (phrase, v, l["promised_amount"]))
                derived[field] = v
                continue
            try:
                v = resolve(today, rule, arg, phrase).isoformat()
            except Exception as ex:  # noqa
                bad(iid, "derivation %s: %s" % (rule, ex))
                continue
            if v != l[field]:
                bad(iid, "%s: %s(%r) from %s gives %s, label %s" % (field, rule, arg, today, v, l[field]))
            derived[field] = v
        for f in ("promised_date", "paid_date", "return_date", "promised_amount"):
            if l[f] is not None and f not in derived:
                bad(iid, "%s labelled without a derivation" % f)
        if l["payment_reference"] is not None and norm(l["payment_reference"]) not in ntext:
            bad(iid, "payment_reference not in text")
        if l["payment_reference"] is not None and l["payment_reference"].startswith("#"):
            bad(iid, "payment_reference with leading #")
        if l["new_contact_email"] is not None:
            if l["new_contact_email"].lower() not in ntext:
                bad(iid, "new_contact_email not in text")
            if not l["new_contact_email"].endswith(".example"):
                bad(iid, "contact domain not .example")
        invs = l["invoice_numbers"]
        if not isinstance(invs, list) or len(set(invs)) != len(invs):
            bad(iid, "invoice_numbers not a list without duplicates")
            invs = []
        for inv in invs:
            mm = re.match(r"^INV-(\d{4})$", inv)
            if not mm:
                bad(iid, "invoice format %r" % inv)
                continue
            if not re.search(r"(?<!\d)%s(?!\d)" % mm.group(1), text):
                bad(iid, "invoice %s not in text" % inv)
            if mm.group(1) in SAMPLE_INVS:
                bad(iid, "invoice %s reuses a sample number" % inv)
        all_inv = set(re.findall(r"INV-(\d{4})", text))
        if all_inv and not invs:
            bad(iid, "message names invoices but label list is empty")
        # every .example / 555 rule: addresses in the message are made up
        for a in re.findall(r"[\w.+-]+@([\w.-]+)", text):
            a = a.rstrip(".")
            if not a.endswith(".example"):
                bad(iid, "non-example domain %s" % a)
                break
    if EXPECTED_N == 80:
        for k, v in TARGET.items():
            if intents[k] != v:
                bad("*", "intent %s count %d, expected %d" % (k, intents[k], v))
        if not 5 <= injections <= 7:
            bad("*", "injections %d" % injections)
        if len(locs) < 28:
            bad("*", "only %d locales" % len(locs))
        en = sum(v for k, v in locs.items() if k.startswith("en-"))
        if not 10 <= en <= 13:
            bad("*", "English share %d" % en)
        for k, v in Counter(lang[:2] for lang in locs.elements()).items():
            if k != "en" and v >= en:
                bad("*", "language %s (%d) not below English (%d)" % (k, v, en))
    if problems:
        print("\n".join(problems))
        print("FAILED: %d problem(s)" % len(problems))
        sys.exit(1)
    print("OK: %d items; intents %s; %d locales; %d injections" % (
        len(labels), dict(intents), len(locs), injections))


if __name__ == "__main__":
    main()
