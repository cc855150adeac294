#!/usr/bin/env python3
"""Re-verify blind set 354 from the build's own provenance. Exits 1 on any problem.

- every eml parses with message_from_bytes(eml.encode("utf-8"), policy=default), no defects
- every date label is recomputed with datetime from the message's own Date header
  (in the header's own offset) and the phrase's rule; the phrase must occur in the
  human text and in the decoded message
- every amount is re-parsed from its raw token, which must occur in the human text
  and in the decoded message; the currency is re-derived from the token's symbol
  (bare kr / kr. -> the thread reminder's currency)
- references, new-contact addresses and invoice numbers are found where the
  provenance says they come from
- field shapes, null rules, intent counts, dispute-reason spread, injections
- the build is deterministic: regenerating in memory gives identical files
"""
import sys
sys.dont_write_bytecode = True
import calendar
import email
import email.policy
import html
import json
import os
import re
import sys
from collections import Counter
from datetime import date, datetime, timedelta
from decimal import Decimal
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date",
          "payment_reference", "dispute_reason", "new_contact_email", "return_date",
          "invoice_numbers", "note"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
           "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
           "delivery_failure", "acknowledgement", "other"]
TARGET = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6,
          "billing_update": 6, "wrong_contact": 5, "out_of_office": 6,
          "payment_plan_request": 6, "legal_or_insolvency": 4, "delivery_failure": 5,
          "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po",
           "cancelled", "other"}

problems = []


def bad(iid, msg):
    problems.append(f"{iid}: {msg}")


def ws(s):
    return " ".join(s.split())


# ---- date rules, written independently of build.py --------------------------
def rule_date(rule, args, today):
    if rule == "today":
        return today
    if rule == "tomorrow":
        return today + timedelta(days=1)
    if rule == "yesterday":
        return today - timedelta(days=1)
    if rule == "this_wd":                       # coming weekday, today if today
        d = today
        while d.weekday() != args[0]:
            d += timedelta(days=1)
        return d
    if rule == "next_wd":                       # that weekday in the following Mon-Sun week
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=args[0])
    if rule == "past_wd":                       # most recent such weekday before today
        d = today - timedelta(days=1)
        while d.weekday() != args[0]:
            d -= timedelta(days=1)
        return d
    if rule == "last_week_wd":                  # that weekday in the previous Mon-Sun week
        monday_prev = today - timedelta(days=today.weekday()) - timedelta(days=7)
        return monday_prev + timedelta(days=args[0])
    if rule == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "eom_named":
        y = today.year if args[0] >= today.month else today.year + 1
        return date(y, args[0], calendar.monthrange(y, args[0])[1])
    if rule == "plus_days":
        return today + timedelta(days=args[0])
    if rule == "by_the":
        d = today
        while d.day != args[0]:
            d += timedelta(days=1)
        return d
    if rule == "iso_week_fri":
        return date.fromisocalendar(today.year, args[0], 5)
    if rule == "this_week":
        return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if rule == "dm_future":
        d = date(today.year, args[1], args[0])
        return d if d >= today else date(today.year + 1, args[1], args[0])
    if rule == "dm_past":
        d = date(today.year, args[1], args[0])
        return d if d <= today else date(today.year - 1, args[1], args[0])
    if rule == "explicit":
        return datetime.strptime(args[1], args[0]).date()
    raise ValueError(rule)


def amount_from_token(tok, style):
    digits = re.sub(r"[^0-9.,]", "", tok).strip(".,")
    if style == "comma":      # . or space thousands, , decimals
        digits = digits.replace(".", "").replace(",", ".")
    elif style == "dot":      # , thousands, . decimals
        digits = digits.replace(",", "")
    elif style == "int":
        digits = digits.replace(".", "").replace(",", "")
    else:
        raise ValueError(style)
    return f"{Decimal(digits):.2f}"


def currency_from_token(tok, reminder_cur):
    if "£" in tok or "GBP" in tok:
        return "GBP"
    if "€" in tok or "EUR" in tok:
        return "EUR"
    if "zł" in tok or "PLN" in tok:
        return "PLN"
    if "lei" in tok or "RON" in tok:
        return "RON"
    if "Kč" in tok or "CZK" in tok:
        return "CZK"
    if re.search(r"\bkr\b", tok):
        return reminder_cur            # bare kr takes the thread's currency
    return None


# ---- message text ------------------------------------------------------------
def decoded_text(msg):
    out = []
    for k in ("Subject", "From", "To"):
        if msg[k]:
            out.append(str(msg[k]))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.get("Subject") and part is not msg:
            out.append(str(part["Subject"]))
        if ct == "text/html":
            h = part.get_content()
            out.append(h)
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", h)))
        elif ct == "text/rfc822-headers":
            c = part.get_content()
            hm = email.message_from_string(c, policy=email.policy.default)
            out.append(c)
            for k in hm.keys():
                out.append(str(hm[k]))
        elif ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == "message/delivery-status":
            for sub in part.get_payload():
                out.append(str(sub))
    return "\n".join(out)


def main():
    sys.path.insert(0, HERE)
    E = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    L = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    P = [json.loads(l) for l in open(os.path.join(HERE, "provenance.jsonl"), encoding="utf-8")]
    if not (len(E) == len(L) == len(P) == 80):
        bad("all", f"counts {len(E)} {len(L)} {len(P)}")
    for n, (e, lab, p) in enumerate(zip(E, L, P), 1):
        iid = f"ue{n:02d}"
        if not (e["id"] == lab["id"] == p["id"] == iid):
            bad(iid, "id order mismatch")
        keys = list(lab.keys())
        extra = [k for k in keys if k not in FIELDS]
        if keys[:len(FIELDS)] != FIELDS or extra not in ([], ["injection"]):
            bad(iid, f"field set/order {keys}")
        if "injection" in lab and lab["injection"] is not True:
            bad(iid, "injection must be true when present")
        if lab["intent"] not in INTENTS:
            bad(iid, "intent")
        if not lab["note"].startswith(f"[{p['key']}, {p['loc']}] ") or len(lab["note"]) < 40:
            bad(iid, "note prefix")
        # parse
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        except Exception as ex:  # noqa
            bad(iid, f"parse error {ex}")
            continue
        for part in msg.walk():
            if part.defects:
                bad(iid, f"MIME defects {part.defects}")
        text = decoded_text(msg)
        wtext = ws(text)
        human = p["human"]
        whuman = ws(human)
        if ws(human.split("\n\n")[0]) and ws(human.strip())[:40] not in wtext and iid != "ue80":
            bad(iid, "human text not found in message")
        if "Sendt fra min iPhone" not in text and iid == "ue80":
            bad(iid, "ue80 signature")
        if not msg["Date"]:
            bad(iid, "no Date")
            continue
        today = parsedate_to_datetime(msg["Date"]).date()   # header's own offset
        # dates
        for f in ("promised_date", "paid_date", "return_date"):
            pv = p["dates"].get(f)
            if pv is None:
                if lab[f] is not None:
                    bad(iid, f"{f} set without provenance")
                continue
            got = rule_date(pv["rule"], pv["args"], today).isoformat()
            if got != lab[f]:
                bad(iid, f"{f}: label {lab[f]} != recomputed {got} ({pv})")
            if ws(pv["phrase"]) not in whuman or ws(pv["phrase"]) not in wtext:
                bad(iid, f"{f}: phrase {pv['phrase']!r} not in message")
        # amount/currency
        a = p["amount"]
        if a is None:
            if lab["promised_amount"] is not None or lab["currency"] is not None:
                bad(iid, "amount/currency without provenance")
        else:
            got = amount_from_token(a["token"], a["style"])
            if got != lab["promised_amount"]:
                bad(iid, f"amount {lab['promised_amount']} != {got}")
            if a["token"] not in human or ws(a["token"]) not in wtext:
                bad(iid, f"amount token {a['token']!r} not in message")
            cur = currency_from_token(a["token"], p["reminder_currency"])
            if cur != lab["currency"]:
                bad(iid, f"currency {lab['currency']} != {cur}")
            if not re.fullmatch(r"\d+\.\d\d", lab["promised_amount"] or ""):
                bad(iid, "amount format")
        if (lab["promised_amount"] is None) != (lab["currency"] is None):
            bad(iid, "currency null rule")
        # reference / contact
        ref = lab["payment_reference"]
        if ref is not None:
            if ref.startswith("#") or ws(ref) not in whuman or ws(ref) not in wtext:
                bad(iid, f"reference {ref!r} not as written")
            if lab["intent"] != "paid_claim":
                bad(iid, "reference outside paid_claim")
        nce = lab["new_contact_email"]
        if nce is not None:
            if not re.fullmatch(r"[\w.+-]+@[\w.-]+\.example", nce) or nce not in human or nce not in text:
                bad(iid, f"new_contact_email {nce}")
            if nce == msg["From"].addresses[0].addr_spec:
                bad(iid, "new contact is the sender")
        dr = lab["dispute_reason"]
        if lab["intent"] == "dispute" and dr not in REASONS:
            bad(iid, "dispute without reason")
        if dr is not None and (dr not in REASONS or lab["intent"] not in ("dispute", "legal_or_insolvency")):
            bad(iid, f"dispute_reason {dr}")
        # invoices
        inv = lab["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv):
            bad(iid, "invoice list")
            inv = []
        subj = str(msg["Subject"] or "")
        src = p["inv_src"]
        for x in inv:
            if not re.fullmatch(r"INV-\d{5}", x):
                bad(iid, f"invoice format {x}")
            num = x[4:]
            if src == "text" and not re.search(r"(?<!\d)" + num + r"(?!\d)", human):
                bad(iid, f"{x} not in customer text")
            if src == "subject" and num not in subj:
                bad(iid, f"{x} not in Subject")
            if src in ("quoted", "returned") and num not in text:
                bad(iid, f"{x} not in quoted/returned text")
            if x not in p["reminder_invoices"] and src != "text":
                bad(iid, f"{x} not in the reminder")
        if src in ("subject", "quoted") and re.search(r"(?<![\w-])4\d{4}(?!\d)", human):
            bad(iid, "customer text names an invoice-like number but source is not text")
        if src == "quoted" and re.search(r"INV-\d{5}", subj):
            bad(iid, "quoted source but Subject names an invoice")
        if src == "none" and (inv or re.search(r"INV-\d{5}", text)):
            bad(iid, "empty invoice list but a number is present")
        if src == "text" and inv and set(inv) - set(p["reminder_invoices"]) and lab["intent"] != "dispute":
            bad(iid, "customer names an invoice outside the reminder")
        # addresses
        for h in ("From", "To"):
            for ad in msg[h].addresses:
                if not ad.domain.endswith(".example"):
                    bad(iid, f"{h} domain {ad.domain}")
        if "@" in (msg["From"].addresses[0].addr_spec) and lab["intent"] != "delivery_failure":
            if not msg["In-Reply-To"]:
                bad(iid, "human/auto reply without In-Reply-To")
        to = msg["To"].addresses[0].addr_spec
        if not re.fullmatch(r"ar\+K\d{4}@billing\.brackwater\.example", to):
            bad(iid, f"To {to}")
        if msg["In-Reply-To"] and not re.fullmatch(r"<K\d{4}\.d[123]\.\d{8}T\d{6}Z@billing\.brackwater\.example>",
                                                   str(msg["In-Reply-To"])):
            bad(iid, "In-Reply-To style")
    # set-level checks
    c = Counter(l["intent"] for l in L)
    if dict(c) != TARGET:
        bad("all", f"intent counts {dict(c)}")
    inj = [l["id"] for l in L if l.get("injection")]
    if len(inj) != 6:
        bad("all", f"injections {inj}")
    reasons = {l["dispute_reason"] for l in L if l["dispute_reason"]}
    if reasons != REASONS:
        bad("all", f"dispute reasons {reasons}")
    locs = Counter(p["loc"] for p in P)
    en = locs["en-GB"] + locs["en-IE"]
    if not (22 <= en <= 30):
        bad("all", f"English share {en}")
    # determinism
    import build
    emails, labels, prov, _ = build.generate()
    if [json.dumps(x, ensure_ascii=False) for x in emails] != [json.dumps(x, ensure_ascii=False) for x in E]:
        bad("all", "emails.jsonl differs from a fresh build")
    if [json.dumps(x, ensure_ascii=False) for x in labels] != [json.dumps(x, ensure_ascii=False) for x in L]:
        bad("all", "labels.jsonl differs from a fresh build")
    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"OK: 80 messages, intents {dict(c)}, injections {inj}, locales {dict(locs)}")


if __name__ == "__main__":
    main()
