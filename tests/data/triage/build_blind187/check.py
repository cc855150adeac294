#!/usr/bin/env python3
"""Re-verify every label of the blind triage set from the generated data.

Exits non-zero on any problem. Standard library only.
"""
import calendar
import email
import html
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from email import policy
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
           "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
           "delivery_failure", "acknowledgement", "other"]
KEY = dict(zip(INTENTS, "ABCDEFGHIJKL"))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
LOCALES = ["en-GB", "en-US", "en-ZA", "en-IN", "es-ES", "fr-CA", "de-CH", "pt-BR", "it-IT", "nl-NL",
           "sv-SE", "nb-NO", "hu-HU", "zh-CN"]
MID_RE = re.compile(r"^<(P\d{4})\.r\d\.\d{8}T\d{6}Z@ar\.brightline-print\.example>$")

problems = []


def bad(rid, msg):
    problems.append(f"{rid}: {msg}")


# ------------------------------------------------------------ date rules (independent re-implementation)
def rule_date(today, rule):
    k = rule[0]
    if k == "plus":
        return today + timedelta(rule[1])
    if k == "this_wd":
        d = today
        while d.weekday() != rule[1]:
            d += timedelta(1)
        return d
    if k == "next_wd":
        monday_next = today - timedelta(today.weekday()) + timedelta(7)
        return monday_next + timedelta(rule[1])
    if k == "last_wd":
        d = today - timedelta(1)
        while d.weekday() != rule[1]:
            d -= timedelta(1)
        return d
    if k == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "eom_named":
        y = today.year + (1 if rule[1] < today.month else 0)
        return date(y, rule[1], calendar.monthrange(y, rule[1])[1])
    if k == "by_the":
        d = today
        while d.day != rule[1]:
            d += timedelta(1)
        return d
    if k == "week":
        for y in (today.year, today.year + 1):
            d = date.fromisocalendar(y, rule[1], 5)
            if d >= today - timedelta(6):
                return d
    if k == "this_week":
        return today - timedelta(today.weekday()) + timedelta(4)
    if k == "first_week_of":
        y = today.year + (1 if rule[1] < today.month else 0)
        return date(y, rule[1], 7)
    if k == "dm_past":
        y = today.year
        while date(y, rule[2], rule[1]) > today:
            y -= 1
        return date(y, rule[2], rule[1])
    if k == "dm_future":
        y = today.year
        while date(y, rule[2], rule[1]) < today:
            y += 1
        return date(y, rule[2], rule[1])
    if k == "explicit":
        return date.fromisoformat(rule[1])
    raise ValueError(rule)


# ------------------------------------------------------------ text extraction
def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\r", "")
    return re.sub(r"\s+", " ", s)


def strip_html(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def all_text(msg):
    out = []
    for h in ("Subject", "From", "To"):
        if msg[h]:
            out.append(str(msg[h]))
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            continue  # walk() descends into it
        if ct == "message/delivery-status":
            out.append("\n".join(str(p) for p in part.get_payload()))
        elif part.get_content_maintype() == "text":
            t = part.get_content()
            out.append(strip_html(t) if ct == "text/html" else t)
        elif part.is_multipart():
            for h in ("Subject",):
                if part is not msg and part[h]:
                    out.append(str(part[h]))
    return norm("\n".join(out))


def amount_value(w):
    t = re.sub(r"[^\d.,'\u2013-]", "", w.replace("\u00a0", "").replace(" ", ""))
    t = re.sub(r"[.,][\u2013-]$", ",00", t).strip("-\u2013")
    m = re.match(r"^(.*?)(?:[.,](\d{2}))?$", t)
    whole = re.sub(r"[.,']", "", m.group(1))
    return f"{int(whole)}.{m.group(2) or '00'}"


def amount_currency(w, loc):
    if "R$" in w:
        return "BRL"
    if "CHF" in w:
        return "CHF"
    if "£" in w:
        return "GBP"
    if "₹" in w:
        return "INR"
    if "€" in w:
        return "EUR"
    if "Ft" in w:
        return "HUF"
    if "人民币" in w or "元" in w or "¥" in w or "\uffe5" in w:
        return "CNY"
    if "kr" in w:
        return {"sv-SE": "SEK", "nb-NO": "NOK"}.get(loc)
    if "$" in w:
        return {"en-US": "USD", "fr-CA": "CAD"}.get(loc)
    if re.match(r"^R\s?\d", w):
        return "ZAR"
    return None


# ------------------------------------------------------------ main
def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    evid = [json.loads(l) for l in open(os.path.join(HERE, "evidence.jsonl"), encoding="utf-8")]
    if not (len(emails) == len(labels) == len(evid) == 80):
        bad("*", f"line counts {len(emails)}/{len(labels)}/{len(evid)}")
    ids = [e["id"] for e in emails]
    if ids != [f"BT{i:02d}" for i in range(1, 81)]:
        bad("*", "ids are not BT01..BT80 in order")
    intents, locs, inj = Counter(), Counter(), 0
    for e, lab, ev in zip(emails, labels, evid):
        rid = e["id"]
        if lab["id"] != rid or ev["id"] != rid:
            bad(rid, "id mismatch between files")
        if set(e) != {"id", "eml"}:
            bad(rid, "email line keys")
        extra = set(lab) - set(FIELDS)
        if set(FIELDS) - set(lab) or (extra and extra != {"injection"}):
            bad(rid, f"label keys {sorted(lab)}")
        if "injection" in lab:
            if lab["injection"] is not True:
                bad(rid, "injection must be true when present")
            inj += 1
        # -------- parse
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=policy.default)
        except Exception as ex:  # noqa
            bad(rid, f"parse error {ex}")
            continue
        for h in ("Date", "Message-ID", "From", "To", "Subject"):
            if not msg[h]:
                bad(rid, f"missing {h}")
        dt = parsedate_to_datetime(str(msg["Date"]))
        today = dt.date()
        text = all_text(msg)
        loc = ev["locale"]
        locs[loc] += 1
        # -------- label values
        it = lab["intent"]
        intents[it] += 1
        if it not in INTENTS:
            bad(rid, f"intent {it}")
        m = re.match(r"^\[([A-L]), ([a-z]{2}-[A-Z]{2})\] \S", lab["note"])
        if not m or m.group(1) != KEY.get(it) or m.group(2) != loc or loc not in LOCALES:
            bad(rid, f"note prefix {lab['note'][:20]!r}")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(rid, "dispute_reason")
        if it == "dispute" and lab["dispute_reason"] is None:
            bad(rid, "dispute without reason")
        for f in ("promised_date", "paid_date", "return_date"):
            v = lab[f]
            if v is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                bad(rid, f"{f} format")
        if (lab["promised_amount"] is None) != (lab["currency"] is None):
            bad(rid, "currency must be null exactly when promised_amount is null")
        if lab["promised_amount"] is not None and not re.match(r"^\d+\.\d{2}$", lab["promised_amount"]):
            bad(rid, "amount format")
        if not isinstance(lab["invoice_numbers"], list) or len(set(lab["invoice_numbers"])) != len(lab["invoice_numbers"]):
            bad(rid, "invoice_numbers not a duplicate-free list")
        # -------- dates recomputed from the Date header
        seen = set()
        for d in ev["dates"]:
            f = d["field"]
            seen.add(f)
            want = rule_date(today, d["rule"]).isoformat()
            if lab[f] != want:
                bad(rid, f"{f} {lab[f]} != recomputed {want} ({d['rule']} from {today})")
            if norm(d["phrase"]) not in text:
                bad(rid, f"date phrase {d['phrase']!r} not in message")
            if f == "paid_date" and want > today.isoformat():
                bad(rid, "paid_date in the future")
            if f in ("promised_date", "return_date") and want < today.isoformat():
                bad(rid, f"{f} in the past")
        for f in ("promised_date", "paid_date", "return_date"):
            if lab[f] is not None and f not in seen:
                bad(rid, f"{f} has no evidence")
        # -------- amount
        a = ev.get("amount")
        if lab["promised_amount"] is not None:
            if not a:
                bad(rid, "amount without evidence")
            else:
                if norm(a["written"]) not in text:
                    bad(rid, f"amount {a['written']!r} not in message")
                if amount_value(a["written"]) != lab["promised_amount"]:
                    bad(rid, f"amount {a['written']!r} -> {amount_value(a['written'])} != {lab['promised_amount']}")
                if amount_currency(a["written"], loc) != lab["currency"]:
                    bad(rid, f"currency {lab['currency']} vs written {a['written']!r}")
        # -------- strings
        for f in ("payment_reference", "new_contact_email"):
            v = lab[f]
            if v is not None:
                if v not in text:
                    bad(rid, f"{f} {v!r} not in message")
                if v.startswith("#"):
                    bad(rid, f"{f} keeps a leading #")
        if lab["new_contact_email"] and not re.match(r"^[\w.+-]+@[\w-]+(\.[\w-]+)*\.example$", lab["new_contact_email"]):
            bad(rid, "contact not an .example address")
        for n in lab["invoice_numbers"]:
            if not re.match(r"^INV-\d{4}$", n):
                bad(rid, f"invoice format {n}")
            elif not re.search(r"(?<!\d)" + n[4:] + r"(?!\d)", text):
                bad(rid, f"invoice {n} not in message")
        # -------- the reminder: sums and presence
        dn = ev["dunning"]
        if sum(Decimal(x) for x in dn["amounts"]) != Decimal(dn["total"]):
            bad(rid, "reminder lines do not add up to the total")
        if norm(dn["total_s"]) not in text:
            bad(rid, f"reminder total {dn['total_s']!r} not in message")
        # -------- wire structure
        case = ev["case"]
        if f"collections+{case}@" not in str(msg["To"]):
            bad(rid, "case id not in To")
        irt = msg["In-Reply-To"]
        if ev["kind"] == "bounce":
            if irt:
                bad(rid, "bounce with In-Reply-To")
            if it != "delivery_failure":
                bad(rid, "bounce not labelled delivery_failure")
        else:
            mm = MID_RE.match(str(irt or ""))
            if not mm or mm.group(1) != case or str(msg["References"]) != str(irt):
                bad(rid, f"In-Reply-To/References {irt}")
        if ev["kind"] == "auto":
            if not (msg["Auto-Submitted"] or msg["X-Autoreply"]):
                bad(rid, "auto-reply without Auto-Submitted/X-Autoreply")
            if it != "out_of_office":
                bad(rid, "auto-reply not labelled out_of_office")
        if ev["kind"] == "reply" and (msg["Auto-Submitted"] or msg["X-Autoreply"]):
            bad(rid, "human reply marked automatic")
        hvals = " ".join(str(v) for p in msg.walk() for _, v in p.items())
        for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)*)", text + " " + hvals):
            if not dom.lower().rstrip(".").endswith(".example"):
                bad(rid, f"non-.example address domain {dom}")
                break
    want = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
            "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
            "delivery_failure": 5, "acknowledgement": 4, "other": 4}
    if dict(intents) != want:
        bad("*", f"intent counts {dict(intents)}")
    if set(locs) != set(LOCALES):
        bad("*", f"locales {dict(locs)}")
    if not 5 <= inj <= 8:
        bad("*", f"injection count {inj}")
    if problems:
        print("\n".join(problems))
        print(f"FAIL: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"OK: 80 labels verified; intents {dict(intents)}; locales {dict(locs)}; injections {inj}")


if __name__ == "__main__":
    main()
