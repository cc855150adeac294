#!/usr/bin/env python3
"""Re-verify blind set 356 from the build's own provenance.  Exits non-zero on any problem.

- emails.jsonl / labels.jsonl are exactly what build.build_items() regenerates (seed 356);
- every eml parses with message_from_bytes(eml.encode("utf-8"), policy=email.policy.default) without defects;
- every date label is recomputed with datetime from the message's own Date header (its own offset) and the
  phrase's rule, and the phrase occurs in the decoded message;
- every amount is recomputed from the raw token (which must occur in the message, next to its currency marker);
- currency is null exactly when the amount is null, and the ISO code occurs in the thread;
- invoice numbers, references and contact addresses occur in the message; invoice_numbers equals the set of
  LF- numbers the message shows; intent counts, dispute reasons, injection count and note prefixes are as briefed.
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
from decimal import Decimal
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

EXPECTED = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
            "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
            "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]

# month names, written independently of build.py
MONTHS = {
    "th": {"ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3,
           "เมษายน": 4, "พฤษภาคม": 5},
    "ar": {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "مايو": 5},
    "el": {"Ιανουαρίου": 1, "Φεβρουαρίου": 2, "Μαρτίου": 3, "Απριλίου": 4, "Μαΐου": 5},
    "tr": {"Ocak": 1, "Şubat": 2, "Mart": 3, "Nisan": 4, "Mayıs": 5},
    "hi": {"जनवरी": 1, "फ़रवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5},
    "en": {"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6},
    "ru": {"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5},
}
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩๐๑๒๓๔๕๖๗๘๙", "01234567890123456789")

problems = []


def bad(iid, msg):
    problems.append("%s: %s" % (iid, msg))


def norm_ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " "))


def strip_html(s):
    s = re.sub(r"<[^>]+>", " ", s)
    return s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def decoded_text(msg):
    chunks = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        if ct.startswith("text/"):
            txt = part.get_content()
            if ct == "text/html":
                txt = strip_html(txt)
            chunks.append(txt)
        elif ct == "message/delivery-status":
            chunks.append(part.as_string())
    return norm_ws("\n".join(chunks))


# ------------------------------------------------------------ date rules
def eom(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def resolve(today, rule, arg, phrase):
    if rule == "tomorrow":
        return today + timedelta(days=1)
    if rule == "yesterday":
        return today - timedelta(days=1)
    if rule == "this_wd":
        return today + timedelta((arg - today.weekday()) % 7)
    if rule == "next_wd":
        return today + timedelta(7 - today.weekday() + arg)
    if rule == "past_wd":
        back = (today.weekday() - arg) % 7
        if back == 0:
            raise ValueError("ambiguous past weekday on the same weekday")
        return today - timedelta(back)
    if rule == "eom":
        return eom(today.year, today.month)
    if rule == "eom_month":
        y = today.year if arg >= today.month else today.year + 1
        return eom(y, arg)
    if rule == "by_the":
        if today.day <= arg:
            return today.replace(day=arg)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, arg)
    if rule == "this_week":
        if today.weekday() > 4:
            raise ValueError("'this week' said at the weekend")
        return today + timedelta(4 - today.weekday())
    if rule == "explicit":
        order = arg["order"]
        era = arg.get("era", 0)
        nums = [int(x) for x in re.findall(r"\d+", phrase.translate(DIGITS))]
        if order == "dmy":
            d, m, y = nums[:3]
            return date(y + era, m, d)
        if order == "mdy":
            m, d, y = nums[:3]
            return date(y + era, m, d)
        if order == "ymd":
            y, m, d = nums[:3]
            return date(y + era, m, d)
        if order in ("md", "dm", "dM", "dMy"):
            if order == "md":
                m, d = nums[:2]
            elif order == "dm":
                d, m = nums[:2]
            else:
                table = MONTHS[arg["lang"]]
                hits = [(len(k), v) for k, v in table.items() if k in phrase]
                if not hits:
                    raise ValueError("no month name in %r" % phrase)
                m = max(hits)[1]
                d = nums[0]
            if order == "dMy":
                return date(nums[-1] + era, m, d)
            cand = date(today.year, m, d)
            if arg["dir"] == "past" and cand > today:
                cand = date(today.year - 1, m, d)
            if arg["dir"] == "future" and cand < today:
                cand = date(today.year + 1, m, d)
            return cand
    raise ValueError("unknown rule %s" % rule)


# ------------------------------------------------------------ amounts
def norm_amount(token, style):
    t = token.translate(DIGITS)
    if style == "ar":
        t = t.replace("٬", "").replace("٫", ".")
    elif style == "eu":
        t = t.replace(".", "").replace(",", ".")
    elif style == "space":
        t = re.sub(r"[\s\u00a0\u202f]", "", t).replace(",", ".")
    elif style == "en":
        t = t.replace(",", "")
    else:
        raise ValueError(style)
    t = re.sub(r"[^0-9.]", "", t)
    return str(Decimal(t).quantize(Decimal("0.01")))


def main():
    items = build.build_items()
    with open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8") as f:
        emails = [json.loads(l) for l in f]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(l) for l in f]
    if len(emails) != 80 or len(labels) != 80 or len(items) != 80:
        bad("-", "expected 80/80/80 lines, got %d/%d/%d" % (len(emails), len(labels), len(items)))
    ids = ["ok%02d" % i for i in range(1, 81)]
    if [e["id"] for e in emails] != ids or [l["id"] for l in labels] != ids:
        bad("-", "ids are not ok01..ok80 in order")

    inv_owner = {}
    for it, e, lab in zip(items, emails, labels):
        iid = e["id"]
        # regenerated == file
        if it["eml"] != e["eml"]:
            bad(iid, "emails.jsonl differs from a fresh build (non-deterministic?)")
        if build.label_record(it) != lab:
            bad(iid, "labels.jsonl differs from a fresh build")
        missing = [k for k in KEYS if k not in lab]
        if missing:
            bad(iid, "missing keys %s" % missing)
        if not lab["note"].startswith("[%s, %s]" % (it["key"], it["locale"])):
            bad(iid, "note does not start with [KEY, locale]")
        # parse
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        except Exception as ex:  # pragma: no cover
            bad(iid, "does not parse: %r" % ex)
            continue
        defects = list(msg.defects) + [d for p in msg.walk() for d in p.defects]
        if defects:
            bad(iid, "parse defects %r" % defects)
        try:
            text = decoded_text(msg)
        except Exception as ex:
            bad(iid, "cannot decode parts: %r" % ex)
            continue
        if "\ufffd" in text:
            bad(iid, "U+FFFD in decoded text")
        dh = msg["Date"]
        today = parsedate_to_datetime(str(dh)).date()
        case = "K%d" % (7300 + int(iid[2:]))
        if ("ar+%s@billing.lingofold.example" % case) not in e["eml"]:
            bad(iid, "case address missing")
        # intent / reason
        if lab["intent"] not in EXPECTED:
            bad(iid, "bad intent")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(iid, "bad dispute_reason")
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            bad(iid, "dispute without reason")
        # dates
        prov = it["prov"]
        for fld in ("promised_date", "paid_date", "return_date"):
            p = prov.get(fld)
            if p is None:
                if lab[fld] is not None:
                    bad(iid, "%s labelled without provenance" % fld)
                continue
            if norm_ws(p["phrase"]) not in text:
                bad(iid, "%s phrase %r not in message" % (fld, p["phrase"]))
            try:
                got = resolve(today, p["rule"], p.get("arg"), p["phrase"]).isoformat()
            except Exception as ex:
                bad(iid, "%s rule failed: %r" % (fld, ex))
                continue
            if got != lab[fld]:
                bad(iid, "%s: rule %s from %s gives %s, label %s" % (fld, p["rule"], today, got, lab[fld]))
        # amount / currency
        pa = prov.get("promised_amount")
        if pa is None:
            if lab["promised_amount"] is not None:
                bad(iid, "amount labelled without provenance")
        else:
            tok = pa["token"]
            if tok not in text:
                bad(iid, "amount token %r not in message" % tok)
            else:
                ok_marker = False
                for mt in re.finditer(re.escape(tok), text):
                    window = text[max(0, mt.start() - 6): mt.end() + 20]
                    if pa["marker"] in window:
                        ok_marker = True
                if not ok_marker:
                    bad(iid, "currency marker %r not next to %r" % (pa["marker"], tok))
            if norm_amount(tok, pa["style"]) != lab["promised_amount"]:
                bad(iid, "amount %r -> %s, label %s" % (tok, norm_amount(tok, pa["style"]), lab["promised_amount"]))
        if (lab["currency"] is None) != (lab["promised_amount"] is None):
            bad(iid, "currency null-ness differs from amount")
        if lab["currency"] and lab["currency"] not in text:
            bad(iid, "currency code %s not in thread" % lab["currency"])
        if lab["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d\d", lab["promised_amount"]):
            bad(iid, "amount format")
        # references / contacts
        for fld in ("payment_reference", "new_contact_email"):
            if lab[fld] is not None and lab[fld] not in text:
                bad(iid, "%s %r not in message" % (fld, lab[fld]))
        if lab["new_contact_email"] and lab["new_contact_email"] in str(msg.get("From", "")) and lab["intent"] not in ("legal_or_insolvency",):
            bad(iid, "new_contact_email is just the sender")
        # invoices
        found = []
        for x in re.findall(r"LF-\d{5}", text):
            if x not in found:
                found.append(x)
        if set(found) != set(lab["invoice_numbers"]):
            bad(iid, "invoice_numbers %s but message shows %s" % (lab["invoice_numbers"], found))
        if len(set(lab["invoice_numbers"])) != len(lab["invoice_numbers"]):
            bad(iid, "duplicate invoice numbers")
        src = prov.get("inv_src")
        subj = str(msg.get("Subject", ""))
        if src == "subject" and not all(x in subj for x in lab["invoice_numbers"]):
            bad(iid, "invoice source 'subject' but not in Subject")
        if src == "none" and lab["invoice_numbers"]:
            bad(iid, "inv_src none but numbers labelled")
        for x in it["rem"].invoices if "rem" in it else []:
            pass
        for x in lab["invoice_numbers"]:
            inv_owner.setdefault(x, set()).add(case)
        # auto-reply / bounce shape
        if lab["intent"] == "delivery_failure" and "In-Reply-To" in msg and "googlemail" not in str(msg["From"]):
            bad(iid, "bounce with In-Reply-To")
        if lab["intent"] == "out_of_office" and not (msg.get("Auto-Submitted") or msg.get("X-Autoreply")):
            bad(iid, "auto-reply without any automatic marker")
    for x, cases in inv_owner.items():
        if len(cases) > 1:
            bad("-", "invoice %s used in several cases %s" % (x, sorted(cases)))
    cnt = Counter(l["intent"] for l in labels)
    if dict(cnt) != EXPECTED:
        bad("-", "intent counts %s != %s" % (dict(cnt), EXPECTED))
    inj = [l["id"] for l in labels if l.get("injection")]
    if len(inj) != 6:
        bad("-", "expected 6 injection items, got %s" % inj)
    reasons = Counter(l["dispute_reason"] for l in labels if l["intent"] == "dispute")
    if set(reasons) != REASONS:
        bad("-", "dispute reasons not all covered: %s" % dict(reasons))

    if problems:
        print("FAIL: %d problem(s)" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK: 80 messages parse; all dates, amounts, currencies, references, contacts and invoice numbers re-verified")
    print("intents:", dict(sorted(cnt.items())))
    print("injections:", inj)
    print("dispute reasons:", dict(reasons))


if __name__ == "__main__":
    main()
