"""Re-verify every label of set 362 from the build's own provenance. Exit 1 on any problem.

Checks: the files match a fresh build; every eml parses with message_from_bytes(policy=default);
every date label is recomputed with datetime from the message's own Date header (in its own offset)
and the phrase's rule, and the phrase occurs in the decoded text; every amount is re-parsed from the
raw token (which must occur in the text) with the locale's separators; currency from the token or,
for a bare kr, the thread's reminder currency; references/contacts/invoice numbers occur in the text;
field shapes; intent, locale and injection counts.
"""
import calendar
import email
import email.policy
import html as _html
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402
import items_a, items_b, items_c  # noqa: E402,F401

EXPECTED = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
            "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
            "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
DOT_DECIMAL = {"en-GB", "de-CH", "fr-CH"}
problems = []


def bad(i, msg):
    problems.append(f"{i}: {msg}")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(msg):
    chunks = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith("text/"):
            try:
                t = p.get_content()
            except Exception:
                t = p.get_payload(decode=True).decode("utf-8", "replace")
            if ct == "text/html":
                t = _html.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
        elif ct == "message/delivery-status":
            chunks.append(str(p))
    return norm("\n".join(chunks))


def eom(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def resolve(today, rule, arg):
    wd = today.weekday()
    if rule == "plus":
        return today + timedelta(days=arg)
    if rule == "this_wd":
        return today + timedelta((arg - wd) % 7)
    if rule == "next_wd":
        return today + timedelta(7 - wd + arg)
    if rule == "last_wd":
        return today - timedelta((wd - arg) % 7 or 7)
    if rule == "eom":
        return eom(today.year, today.month)
    if rule == "eo_named":
        return eom(today.year if arg >= today.month else today.year + 1, arg)
    if rule == "by_the":
        if today.day <= arg:
            return today.replace(day=arg)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, arg)
    if rule == "dm_past":
        m, d = arg
        c = date(today.year, m, d)
        return c if c <= today else date(today.year - 1, m, d)
    if rule == "dm_future":
        m, d = arg
        c = date(today.year, m, d)
        return c if c >= today else date(today.year + 1, m, d)
    if rule == "dmy":
        return date.fromisoformat(arg)
    if rule == "week_fri":
        return date.fromisocalendar(today.year, arg, 5)
    if rule == "this_week":
        return today + timedelta(max(0, 4 - wd))
    raise ValueError(rule)


def parse_amount(raw, loc):
    s = re.sub(r"[^\d.,'’\s\u00a0\u202f]", "", raw).strip().rstrip(".,")
    dec = "." if loc in DOT_DECIMAL else ","
    frac = "00"
    m = re.search(re.escape(dec) + r"(\d{2})$", s)
    if m:
        frac = m.group(1)
        s = s[:m.start()]
    whole = re.sub(r"[^\d]", "", s)
    return f"{int(whole)}.{frac}"


def currency_of(raw, thread_cur):
    r = raw.lower()
    if "€" in raw or "eur" in r:
        return "EUR"
    if "£" in raw or "gbp" in r:
        return "GBP"
    if "chf" in r:
        return "CHF"
    if "ft" in r or "huf" in r:
        return "HUF"
    if "sek" in r:
        return "SEK"
    if re.search(r"\bkr\b", r):
        return thread_cur
    return None


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    items = common.ITEMS
    if len(emails) != 80 or len(labels) != 80 or len(items) != 80:
        bad("all", f"counts emails={len(emails)} labels={len(labels)} items={len(items)}")
    for n, (e, lab, it) in enumerate(zip(emails, labels, items), 1):
        i = f"wn{n:02d}"
        if e["id"] != i or lab["id"] != i or it["id"] != i:
            bad(i, "id order")
        if e["eml"] != it["eml"]:
            bad(i, "emails.jsonl differs from a fresh build")
        if lab != it["labels"]:
            bad(i, "labels.jsonl differs from a fresh build")
        if [k for k in lab if k != "injection"] != FIELDS:
            bad(i, f"fields {list(lab)}")
        if lab["intent"] not in EXPECTED:
            bad(i, "unknown intent")
        if not lab["note"].startswith(f"[{it['key']}, {it['loc']}] "):
            bad(i, "note prefix")
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            txt = text_of(msg)
            dt = msg["Date"].datetime
        except Exception as ex:  # noqa: BLE001
            bad(i, f"parse failed: {ex!r}")
            continue
        if re.search(r"(^|\n)(MIME-Version|Content-Type): ", e["eml"]) is None and "qmail" not in e["eml"]:
            pass
        today = dt.date()  # the header's own offset, never converted
        if "ar+H51" not in e["eml"]:
            bad(i, "no case address")
        # shapes
        amt, cur = lab["promised_amount"], lab["currency"]
        if (amt is None) != (cur is None):
            bad(i, "currency null iff amount null violated")
        if amt is not None and not re.fullmatch(r"\d+\.\d{2}", amt):
            bad(i, f"amount shape {amt}")
        for f in ("promised_date", "paid_date", "return_date"):
            if lab[f] is not None:
                date.fromisoformat(lab[f])
        if (lab["intent"] == "dispute") and lab["dispute_reason"] not in REASONS:
            bad(i, "dispute without a valid reason")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(i, "bad reason")
        # dates and amounts from provenance
        prov_dates = {}
        amount_seen = False
        m = re.search(r"\(([A-Z]{3}) [\d.,' \u00a0]+\)", str(msg.get("Subject", "")) + " " + txt.upper())
        thread_cur = m.group(1) if m else None
        for p in it["prov"]:
            if p[0] == "date":
                _, field, rule, arg, phrase = p
                got = resolve(today, rule, arg).isoformat()
                prov_dates[field] = got
                if lab[field] != got:
                    bad(i, f"{field}: label {lab[field]} but {rule}({arg}) from {today} gives {got}")
                if norm(phrase) not in txt:
                    bad(i, f"phrase {phrase!r} not in text")
                if rule == "dmy" and str(int(arg[8:10])) not in phrase:
                    bad(i, f"explicit date phrase {phrase!r} lacks its day")
            elif p[0] == "amt":
                _, raw, loc, expcur = p
                amount_seen = True
                if norm(raw) not in txt:
                    bad(i, f"amount token {raw!r} not in text")
                if parse_amount(raw, loc) != amt:
                    bad(i, f"amount {amt} but token {raw!r} parses to {parse_amount(raw, loc)}")
                c = currency_of(raw, thread_cur)
                if expcur == "thread" and c != thread_cur:
                    bad(i, "bare kr does not take the thread currency")
                if c != cur:
                    bad(i, f"currency {cur} but token gives {c}")
        for f in ("promised_date", "paid_date", "return_date"):
            if lab[f] is not None and f not in prov_dates:
                bad(i, f"{f} has no provenance")
        if amt is not None and not amount_seen:
            bad(i, "amount has no provenance")
        for f in ("payment_reference", "new_contact_email"):
            if lab[f] is not None and norm(lab[f]) not in txt:
                bad(i, f"{f} {lab[f]!r} not in text")
        for inv in lab["invoice_numbers"]:
            if not re.fullmatch(r"HEL-26-\d{4}", inv):
                bad(i, f"invoice format {inv}")
            tail = inv[-4:].lstrip("0")
            if not re.search(r"(?<!\d)0?" + tail + r"(?!\d)", txt):
                bad(i, f"invoice {inv} not found in message")
        if len(set(lab["invoice_numbers"])) != len(lab["invoice_numbers"]):
            bad(i, "duplicate invoice numbers")
        if lab["intent"] == "out_of_office" and not (msg.get("Auto-Submitted") or "automati" in norm(str(msg["Subject"]))
                                                      or "réponse automatique" in norm(str(msg["Subject"]))):
            bad(i, "away message without any automatic marker")
    ic = Counter(l["intent"] for l in labels)
    if dict(ic) != EXPECTED:
        bad("all", f"intent counts {dict(ic)}")
    inj = [l["id"] for l in labels if l.get("injection")]
    if len(inj) != 6:
        bad("all", f"injection count {len(inj)}")
    reasons = {l["dispute_reason"] for l in labels if l["intent"] == "dispute"}
    if reasons != REASONS:
        bad("all", f"dispute reasons not spread: {reasons}")
    locs = Counter(it["loc"] for it in items)
    if not 16 <= locs["en-GB"] <= 24:
        bad("all", f"English share {locs['en-GB']}")
    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"OK: 80 items; intents {dict(ic)}; locales {dict(locs)}; injections {inj}")


if __name__ == "__main__":
    main()
