#!/usr/bin/env python3
"""Re-verify blind set 355 from its own provenance.  Standard library only.  Exit 1 on any problem.

For every item: the eml parses with message_from_bytes(eml.encode("utf-8"), policy=default); every date label is
recomputed with datetime from the message's own Date header and the phrase's rule, and the phrase is present in
the message; every amount is re-parsed from its raw token, which must be present; currency/amount nullness; invoice
numbers, references and contact addresses are present in the (visible) text; threading headers; intent counts.
"""
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
from email.utils import parsedate_to_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEMS = []

INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
EXPECTED = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
            "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
            "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
COMMA_DECIMAL = {"es-AR", "es-CO", "es-CL", "es-ES", "pt-BR", "pt-PT", "it-IT", "ca-ES"}
MSGID_RE = re.compile(r"<(CV\d{4})\.d([123])\.(\d{8}T\d{6}Z)@billing\.campoverde\.example>")


def problem(iid, msg):
    PROBLEMS.append("%s: %s" % (iid, msg))


# ------------------------------------------------------------------ date rules (independent re-implementation)
def rule_value(rule, today, args):
    wd = lambda n: (n - today.weekday()) % 7
    if rule == "tomorrow":
        return today + timedelta(days=1)
    if rule == "yesterday":
        return today - timedelta(days=1)
    if rule == "weekday":
        return today + timedelta(days=wd(args[0]))
    if rule == "next_weekday":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=args[0])
    if rule == "past_weekday":
        back = (today.weekday() - args[0]) % 7 or 7
        return today - timedelta(days=back)
    if rule == "this_week":
        return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if rule == "end_of_month":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "end_of_named_month":
        y = today.year + (1 if args[0] < today.month else 0)
        return date(y, args[0], calendar.monthrange(y, args[0])[1])
    if rule == "in_days":
        return today + timedelta(days=args[0])
    if rule == "by_the":
        d = date(today.year, today.month, args[0])
        if d < today:
            d = date(today.year + (today.month == 12), today.month % 12 + 1, args[0])
        return d
    if rule == "first_week_of":
        y = today.year + (1 if args[0] < today.month else 0)
        return date(y, args[0], 7)
    if rule == "dm_past":
        d = date(today.year, args[1], args[0])
        return d if d <= today else d.replace(year=today.year - 1)
    if rule == "dm_future":
        d = date(today.year, args[1], args[0])
        return d if d >= today else d.replace(year=today.year + 1)
    if rule == "explicit":
        return date(*args)
    raise ValueError("unknown rule %s" % rule)


def amount_value(token, loc):
    digits = "".join(ch for ch in token if ch.isdigit() or ch in ".,")
    if loc in COMMA_DECIMAL:
        intpart, _, dec = digits.partition(",")
        intpart = intpart.replace(".", "")
    else:
        intpart, _, dec = digits.replace(",", "").partition(".")
    dec = (dec + "00")[:2]
    return "%d.%s" % (int(intpart), dec)


def token_currency(token, reminder_cur):
    if "R$" in token:
        return "BRL"
    if "€" in token or "EUR" in token:
        return "EUR"
    if "US$" in token or "USD" in token:
        return "USD"
    if "$" in token:
        return reminder_cur          # bare $ takes the thread reminder's currency
    return None


# ------------------------------------------------------------------ text extraction
HIDDEN_RE = re.compile(r"<(p|div|span)\b[^>]*display\s*:\s*none[^>]*>.*?</\1>", re.S | re.I)


def html_text(s, keep_hidden):
    if not keep_hidden:
        s = HIDDEN_RE.sub(" ", s)
    s = re.sub(r"<(style|head)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<br\s*/?>|</p>|</div>", "\n", s, flags=re.I)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def texts(msg, keep_hidden=True):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue  # walk() descends into it
        if ct in ("text/plain", "text/html"):
            try:
                s = part.get_content()
            except Exception as e:  # noqa
                s = part.get_payload(decode=True).decode("utf-8", "replace")
            out.append(html_text(s, keep_hidden) if ct == "text/html" else s)
        elif ct in ("text/rfc822-headers", "message/delivery-status"):
            p = part.get_payload()
            out.append(p if isinstance(p, str) else "\n".join(str(x) for x in p))
        elif ct == "text/calendar":
            out.append(part.get_content())
    for part in msg.walk():  # headers of enclosed messages
        if part is not msg and part.get("Subject"):
            out.append(str(part.get("Subject")))
    return norm("\n".join(out))


def norm(s):
    s = s.replace("\u00a0", " ").replace("\r", "")
    s = re.sub(r"(?m)^[ \t]*(>[ \t]?)+", "", s)
    return re.sub(r"\s+", " ", s).lower()


def customer_text(msg):
    """Visible text of the first text part, minus quoted lines (used for the [] invoice check)."""
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html") and not part.is_multipart():
            s = part.get_content()
            if part.get_content_type() == "text/html":
                s = html_text(s, False)
            return s
    return ""


# ------------------------------------------------------------------ main
def main():
    rows = lambda n: [json.loads(l) for l in open(os.path.join(HERE, n), encoding="utf-8")]
    emails, labels, prov = rows("emails.jsonl"), rows("labels.jsonl"), rows("provenance.jsonl")
    if not (len(emails) == len(labels) == len(prov) == 80):
        problem("*", "expected 80/80/80 lines, got %d/%d/%d" % (len(emails), len(labels), len(prov)))
    for n, (e, l, p) in enumerate(zip(emails, labels, prov), 1):
        iid = "fy%02d" % n
        if not (e["id"] == l["id"] == p["id"] == iid):
            problem(iid, "id mismatch %s/%s/%s" % (e["id"], l["id"], p["id"]))
        # --- schema
        extra = set(l) - set(FIELDS) - {"injection"}
        missing = [f for f in FIELDS if f not in l]
        if extra or missing:
            problem(iid, "fields extra=%s missing=%s" % (sorted(extra), missing))
            continue
        if l["intent"] not in INTENTS:
            problem(iid, "bad intent %r" % l["intent"])
        if l.get("injection") not in (None, True):
            problem(iid, "injection must be true or absent")
        if bool(l.get("injection")) != p["injection"]:
            problem(iid, "injection flag differs from provenance")
        if not l["note"].startswith("[%s, %s] " % (p["key"], p["loc"])):
            problem(iid, "note must start with [KEY, locale]")
        if l["intent"] != p["intent"]:
            problem(iid, "intent differs from provenance")
        if l["intent"] == "dispute" and l["dispute_reason"] is None:
            problem(iid, "dispute without dispute_reason")
        if l["dispute_reason"] is not None and l["intent"] not in ("dispute", "legal_or_insolvency"):
            problem(iid, "dispute_reason on a %s (only dispute or a higher-priority legal item)" % l["intent"])
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            problem(iid, "bad dispute_reason")
        if l["return_date"] is not None and l["intent"] != "out_of_office":
            problem(iid, "return_date outside out_of_office")
        if (l["promised_amount"] is None) != (l["currency"] is None):
            problem(iid, "currency must be null exactly when promised_amount is null")
        if l["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", l["promised_amount"]):
            problem(iid, "amount format %r" % l["promised_amount"])
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", l[f]):
                problem(iid, "%s format" % f)
        if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]):
            problem(iid, "invoice_numbers must be a list without duplicates")
        # --- parse
        raw = e["eml"].encode("utf-8")
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
        except Exception as ex:  # noqa
            problem(iid, "parse error %s" % ex)
            continue
        for part in msg.walk():
            for d in part.defects:
                problem(iid, "MIME defect %s" % type(d).__name__)
        if msg["Date"] is None:
            problem(iid, "no Date header")
            continue
        dt = parsedate_to_datetime(str(msg["Date"]))
        if dt.tzinfo is None:
            problem(iid, "Date without offset")
            continue
        today = dt.date()  # calendar date in the header's own offset
        if str(msg["Date"]).strip() != p["date_header"]:
            problem(iid, "Date header differs from provenance")
        alltext = texts(msg, keep_hidden=True)
        visible = texts(msg, keep_hidden=False)
        # --- threading: our case address and Message-ID style
        to = parseaddr(str(msg.get("To", "")))[1]
        m_to = re.fullmatch(r"ar\+(CV\d{4})@billing\.campoverde\.example", to)
        if not m_to:
            problem(iid, "To is not our per-case address: %r" % to)
        irt = msg.get("In-Reply-To") or msg.get("References")
        if p["kind"] != "bounce" or irt:
            m = MSGID_RE.search(str(irt or ""))
            if p["kind"] != "bounce" and not m:
                problem(iid, "In-Reply-To is not our reminder's Message-ID")
            if m and m_to and m.group(1) != m_to.group(1):
                problem(iid, "case in Message-ID differs from To")
            if m:
                from datetime import datetime, timezone
                sent = datetime.strptime(m.group(3), "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
                if dt <= sent:
                    problem(iid, "message is dated before the reminder it answers")
        auto = msg.get("Auto-Submitted")
        if p["kind"] == "reply" and auto:
            problem(iid, "human reply carries Auto-Submitted")
        # --- dates
        seen = set()
        for d in p["dates"]:
            seen.add(d["field"])
            want = rule_value(d["rule"], today, d["args"]).isoformat()
            if want != d["value"] or l[d["field"]] != want:
                problem(iid, "%s: rule %s(%s) from %s gives %s, label %s" % (d["field"], d["rule"], d["args"], today, want, l[d["field"]]))
            if norm(d["phrase"]) not in visible:
                problem(iid, "date phrase %r not in the message" % d["phrase"])
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None and f not in seen:
                problem(iid, "%s has no provenance" % f)
        # --- amounts
        if l["promised_amount"] is not None and not p["amounts"]:
            problem(iid, "amount without provenance")
        for a in p["amounts"]:
            want = amount_value(a["token"], p["loc"])
            if want != a["value"] or l[a["field"]] != want:
                problem(iid, "amount token %r -> %s, label %s" % (a["token"], want, l[a["field"]]))
            if norm(a["token"]) not in visible:
                problem(iid, "amount token %r not in the message" % a["token"])
            cur = token_currency(a["token"], p["reminder_currency"])
            if cur and cur != l["currency"]:
                problem(iid, "currency %s but token %r implies %s" % (l["currency"], a["token"], cur))
        # --- strings that must be present in the visible text
        for f in ("payment_reference", "new_contact_email"):
            if l[f] is not None and l[f].lower() not in visible:
                problem(iid, "%s %r not in the visible text" % (f, l[f]))
        if l["payment_reference"] and l["payment_reference"].startswith("#"):
            problem(iid, "payment_reference keeps a leading #")
        # --- invoice numbers
        for inv in l["invoice_numbers"]:
            if not re.fullmatch(r"CVA-\d{5}", inv):
                problem(iid, "invoice %r not in the reminder's CVA-NNNNN format" % inv)
            elif inv[4:] not in alltext:
                problem(iid, "invoice digits %s not in the message" % inv[4:])
        if not l["invoice_numbers"]:
            if any(x[4:] in alltext for x in p["reminder_invoices"]):
                problem(iid, "invoice_numbers empty but the message names the reminder's invoice")
        rem = set(p["reminder_invoices"])
        if l["invoice_numbers"] and not (set(l["invoice_numbers"]) & rem):
            problem(iid, "no labelled invoice belongs to the thread's reminder")
        # --- hidden-only addresses must not be labels
        if l["new_contact_email"] and l["new_contact_email"].lower() in alltext and l["new_contact_email"].lower() not in visible:
            problem(iid, "new_contact_email only in hidden text")
    # --- counts
    ic = Counter(l["intent"] for l in labels)
    for k, v in EXPECTED.items():
        if ic[k] != v:
            problem("*", "intent %s: %d, expected %d" % (k, ic[k], v))
    inj = [l["id"] for l in labels if l.get("injection")]
    if len(inj) != 6:
        problem("*", "expected 6 injection items, got %d" % len(inj))
    reasons = Counter(l["dispute_reason"] for l in labels if l["intent"] == "dispute")
    if set(reasons) != REASONS:
        problem("*", "dispute reasons not all covered: %s" % dict(reasons))
    locs = Counter(p["loc"] for p in prov)
    if not (16 <= locs["en-US"] <= 24):
        problem("*", "English share off: %d" % locs["en-US"])
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print("FAILED: %d problem(s)" % len(PROBLEMS))
        sys.exit(1)
    print("OK: 80 items; intents %s; injections %s; locales %s" % (dict(ic), inj, dict(locs)))


if __name__ == "__main__":
    main()
