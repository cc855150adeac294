#!/usr/bin/env python3
"""Re-verify every label in labels.jsonl against emails.jsonl. Exit 1 on any problem."""
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
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
           "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
           "delivery_failure", "acknowledgement", "other"]
KEYS = dict(zip("ABCDEFGHIJKL", ["promise_to_pay", "paid_claim", "dispute", "document_request",
                                  "billing_update", "wrong_contact", "out_of_office",
                                  "payment_plan_request", "legal_or_insolvency", "delivery_failure",
                                  "acknowledgement", "other"]))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date",
          "payment_reference", "dispute_reason", "new_contact_email", "return_date",
          "invoice_numbers", "note"]
LOCALES = {"en-GB", "en-AU", "en-SG", "es-MX", "fr-CH", "de-DE", "pt-BR", "it-IT", "nl-NL",
           "sv-SE", "fi-FI", "el-GR", "ko-KR", "ar-SA"}
TARGET = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6,
          "billing_update": 6, "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6,
          "legal_or_insolvency": 4, "delivery_failure": 5, "acknowledgement": 4, "other": 4}

problems = []


def bad(i, msg):
    problems.append(f"{i}: {msg}")


def eom(d):
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def resolve(rule, arg, t):
    if rule == "plus":
        return t + timedelta(int(arg))
    if rule == "minus":
        return t - timedelta(int(arg))
    if rule == "this_wd":
        return t + timedelta((int(arg) - t.weekday()) % 7)
    if rule == "next_wd":  # the weekday in the following Monday-Sunday week
        monday_next = t - timedelta(t.weekday()) + timedelta(7)
        return monday_next + timedelta(int(arg))
    if rule == "past_wd":
        return t - timedelta((t.weekday() - int(arg)) % 7)
    if rule == "eom":
        return eom(t)
    if rule == "eom_named":
        m = int(arg)
        return eom(date(t.year + (m < t.month), m, 1))
    if rule == "by_day":
        d = int(arg)
        if t.day <= d:
            return date(t.year, t.month, d)
        return date(t.year + (t.month == 12), t.month % 12 + 1, d)
    if rule == "week_fri":
        return t - timedelta(t.weekday()) + timedelta(4)
    if rule == "kw":
        return date.fromisocalendar(t.isocalendar()[0], int(arg), 5)
    if rule == "first_week":
        m = int(arg)
        return date(t.year + (m < t.month), m, 7)
    if rule in ("dm_past", "dm_future"):
        dd, mm = map(int, arg.split("."))
        c = date(t.year, mm, dd)
        if rule == "dm_past" and c > t:
            c = date(t.year - 1, mm, dd)
        if rule == "dm_future" and c < t:
            c = date(t.year + 1, mm, dd)
        return c
    if rule == "ymd":
        return date.fromisoformat(arg)
    raise ValueError(rule)


def strip_html(s):
    s = re.sub(r"(?is)<(br|/p|/div|/blockquote)[^>]*>", "\n", s)
    s = re.sub(r"(?s)<[^>]+>", "", s)
    return html.unescape(s)


def texts(msg):
    """(own text, all text) of a message."""
    plain, htm, allt = None, None, []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct == "message/delivery-status":
            try:
                c = part.get_content()
            except Exception:
                c = part.get_payload()
            if not isinstance(c, str):
                c = str(c)
            if ct == "text/html":
                c = strip_html(c)
                htm = htm or c
            elif ct == "text/plain" and plain is None:
                plain = c
            allt.append(c)
    body = plain if plain is not None else (htm or "")
    own = []
    for line in body.replace("\r\n", "\n").split("\n"):
        s = line.strip()
        if s.startswith(">") or s.startswith("_____") or s.startswith("-----") \
                or "billing.brightbite-lab.example" in s:
            break
        own.append(line)
    return "\n".join(own), "\n".join(allt)


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip().lower()


AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩٬٫", "0123456789,.")


def amounts_in(text):
    text = text.translate(AR_DIGITS).replace("\u00a0", " ").replace("\u202f", " ")
    vals = set()
    for m in re.finditer(r"\d[\d.,' ]*\d|\d", text):
        tok = m.group(0).strip(" .,")
        cands = {tok}
        # progressively drop leading space-separated chunks (e.g. "40 tips")
        parts = tok.split(" ")
        for k in range(len(parts)):
            cands.add(" ".join(parts[k:]))
        for c in cands:
            for dec in (",", "."):
                th = "." if dec == "," else ","
                x = c.replace("'", "").replace(" ", "").replace(th, "")
                x = x.replace(dec, ".")
                try:
                    vals.add(Decimal(x).quantize(Decimal("0.01")))
                except InvalidOperation:
                    pass
    return vals


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        bad("file", f"expected 80 lines, got {len(emails)}/{len(labels)}")
    ids = [f"BT{n:02d}" for n in range(1, 81)]
    if [e["id"] for e in emails] != ids or [l["id"] for l in labels] != ids:
        bad("file", "ids not BT01..BT80 in order in both files")
    intents, locs, inj = Counter(), Counter(), 0
    for e, lab in zip(emails, labels):
        i = e["id"]
        if set(e) != {"id", "eml"}:
            bad(i, "email keys")
        extra = set(lab) - set(FIELDS)
        if set(FIELDS) - set(lab) or extra - {"injection"}:
            bad(i, f"label keys {sorted(lab)}")
        if "injection" in lab:
            if lab["injection"] is not True:
                bad(i, "injection must be true when present")
            inj += 1
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if msg[h] is None:
                bad(i, f"missing header {h}")
        today = msg["Date"].datetime.date()  # local date in the header's own offset
        own, allt = texts(msg)
        subject = str(msg["Subject"])
        m = re.match(r"\[([A-L]), ([a-z]{2}-[A-Z]{2})\] ", lab["note"])
        if not m:
            bad(i, "note prefix")
            continue
        key, loc = m.groups()
        intent = lab["intent"]
        intents[intent] += 1
        locs[loc] += 1
        if loc not in LOCALES:
            bad(i, f"locale {loc}")
        if KEYS[key] != intent:
            bad(i, f"key {key} vs intent {intent}")
        if intent not in INTENTS:
            bad(i, f"intent {intent}")
        # threading / auto-reply markers
        if intent == "out_of_office" and not (msg["Auto-Submitted"] or msg["X-Autoreply"]):
            bad(i, "out_of_office without an auto-reply header")
        if intent not in ("out_of_office", "delivery_failure") and msg["Auto-Submitted"]:
            bad(i, "human reply carries Auto-Submitted")
        if intent != "delivery_failure" and not msg["In-Reply-To"]:
            bad(i, "reply without In-Reply-To")
        # dates
        dates = {}
        if " dates: " in lab["note"]:
            for f, rule, arg, phrase, val in re.findall(
                    r'(\w+)=(\w+):([\w.\-]*) "([^"]+)" -> (\d{4}-\d{2}-\d{2})', lab["note"]):
                dates[f] = (rule, arg, phrase, val)
        for f in ("promised_date", "paid_date", "return_date"):
            v = lab[f]
            if v is None:
                if f in dates:
                    bad(i, f"{f} null but a rule is noted")
                continue
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                bad(i, f"{f} format {v}")
            if f not in dates:
                bad(i, f"{f} has no rule in the note")
                continue
            rule, arg, phrase, val = dates[f]
            got = resolve(rule, arg, today).isoformat()
            if got != v or val != v:
                bad(i, f"{f}: label {v}, note {val}, recomputed {got} ({rule}:{arg} from {today})")
            if norm_ws(phrase) not in norm_ws(own):
                bad(i, f"{f} phrase {phrase!r} not in the customer's text")
        # amounts
        pa, cur = lab["promised_amount"], lab["currency"]
        if (pa is None) != (cur is None):
            bad(i, "currency must be null exactly when promised_amount is")
        if pa is not None:
            if not re.fullmatch(r"\d+\.\d{2}", pa):
                bad(i, f"amount format {pa}")
            elif Decimal(pa) not in amounts_in(own):
                bad(i, f"amount {pa} not found in the customer's text")
            if not re.fullmatch(r"[A-Z]{3}", cur) or cur not in allt + subject:
                bad(i, f"currency {cur} not ISO / not in the thread")
        if intent in ("promise_to_pay",) and lab["paid_date"]:
            bad(i, "promise with paid_date")
        # references / emails / reasons
        ref = lab["payment_reference"]
        if ref is not None and ref not in own:
            bad(i, f"reference {ref!r} not in the customer's text")
        nce = lab["new_contact_email"]
        if nce is not None:
            if not re.fullmatch(r"[\w.+-]+@[\w.-]+\.example", nce) or nce not in own:
                bad(i, f"new_contact_email {nce!r} not in the customer's text")
        dr = lab["dispute_reason"]
        if dr is not None and dr not in REASONS:
            bad(i, f"dispute_reason {dr}")
        if intent == "dispute" and dr is None:
            bad(i, "dispute without a reason")
        if intent in ("paid_claim",) and not (lab["paid_date"] or pa or ref):
            pass
        # invoice numbers
        inv = lab["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv):
            bad(i, "invoice_numbers must be a list without duplicates")
            continue
        for n in inv:
            if not re.fullmatch(r"INV-\d{5}", n):
                bad(i, f"invoice format {n}")
        pat = r"(?<![\d\w-])(?:INV-)?(4[01]\d{3})(?![\d])"
        def found(t):
            out = []
            for d in re.findall(pat, t):
                if "INV-" + d not in out:
                    out.append("INV-" + d)
            return out
        if intent == "delivery_failure":
            expect = found(allt) or found(subject)
            if set(inv) != set(expect):
                bad(i, f"bounce invoices {inv} vs returned message {expect}")
        else:
            o, s, q = found(own), found(subject), found(allt)
            expect = o or s or q
            if inv != expect:
                bad(i, f"invoice_numbers {inv} vs expected {expect} (own {o}, subject {s})")
    for k, n in TARGET.items():
        if intents[k] != n:
            bad("counts", f"{k}: {intents[k]} != {n}")
    if set(locs) != LOCALES:
        bad("counts", f"locales missing: {LOCALES - set(locs)}")
    if not 5 <= inj <= 8:
        bad("counts", f"injection items {inj}")
    if problems:
        print("\n".join(problems))
        print(f"FAIL: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"OK: 80 labels verified; intents {dict(intents)}; locales {dict(locs)}; injection {inj}")


if __name__ == "__main__":
    main()
