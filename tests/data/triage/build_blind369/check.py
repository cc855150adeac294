#!/usr/bin/env python3
"""Re-verify blind set 369 from the build's provenance. Exits non-zero on any problem.

Independent of the build helpers: date rules and amount parsing are re-implemented here.
"""
import calendar, email, email.policy, html, json, os, re, sys
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
EXPECTED = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
            "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
            "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
CUR_OK = {"EUR", "GBP", "SEK", "PLN", "HUF", "UAH"}
problems = []


def bad(iid, msg):
    problems.append(f"{iid}: {msg}")


def resolve(today, rule, arg):
    if rule == "explicit":
        return date.fromisoformat(arg)
    if rule == "plus_days":
        return today + timedelta(days=arg)
    if rule == "this_wd":
        return today + timedelta(days=(arg - today.weekday()) % 7)
    if rule == "next_wd":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=arg)
    if rule == "last_wd":
        d = today - timedelta(days=1)
        while d.weekday() != arg:
            d -= timedelta(days=1)
        return d
    if rule == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "eom_named":
        y = today.year if arg >= today.month else today.year + 1
        return date(y, arg, calendar.monthrange(y, arg)[1])
    if rule == "by_the":
        d = today
        while d.day != arg:
            d += timedelta(days=1)
        return d
    if rule == "this_week":
        return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if rule == "iso_week":
        return date.fromisocalendar(today.year, arg, 5)
    if rule in ("dm_past", "dm_future"):
        day, month = arg
        d = date(today.year, month, day)
        if rule == "dm_past" and d > today:
            d = date(today.year - 1, month, day)
        if rule == "dm_future" and d < today:
            d = date(today.year + 1, month, day)
        return d
    raise ValueError(rule)


def amount(tok):
    digits = re.sub(r"[^\d,.]", "", tok).strip(",.")
    m = re.fullmatch(r"(\d{1,3}(?:[ ,.]?\d{3})*?)(?:([.,])(\d{2}))?", digits)
    if not m:
        raise ValueError(tok)
    whole = re.sub(r"\D", "", m.group(1))
    cents = m.group(3) or "00"
    return f"{int(whole)}.{cents}"


def texts(msg):
    out = []
    for part in msg.walk():
        for h in ("Subject", "From", "To"):
            if part.get(h):
                out.append(str(part.get(h)))
        if part.get_content_maintype() == "text":
            c = part.get_content()
            if part.get_content_subtype() == "html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c))
            out.append(c)
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s.replace(">", " ")).strip().lower()


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    prov = json.load(open(os.path.join(HERE, "provenance.json"), encoding="utf-8"))
    if not (len(emails) == len(labels) == len(prov) == 80):
        bad("*", "need 80 emails, labels and provenance rows")
    for n, (e, l, p) in enumerate(zip(emails, labels, prov), 1):
        iid = f"jy{n:02d}"
        if not (e["id"] == l["id"] == p["id"] == iid):
            bad(iid, "id mismatch / order")
        extra = set(l) - set(FIELDS) - {"id", "note", "injection"}
        if extra or any(f not in l for f in FIELDS):
            bad(iid, f"field set wrong {extra}")
        if not l["note"].startswith(f"[{p['key']}, {p['locale']}] "):
            bad(iid, "note must start with [KEY, locale]")
        if bool(l.get("injection")) != bool(p["injection"]) or ("injection" in l and l["injection"] is not True):
            bad(iid, "injection flag")
        # parse
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        try:
            txt = texts(msg)
        except Exception as ex:  # noqa: BLE001
            bad(iid, f"cannot decode parts: {ex!r}")
            continue
        if "\ufffd" in txt:
            bad(iid, "U+FFFD in decoded text")
        dh = msg["Date"]
        if dh is None or dh.datetime is None:
            bad(iid, "no Date header")
            continue
        today = dh.datetime.date()  # the header's own offset, no conversion
        wd = re.match(r"\s*([A-Z][a-z]{2}),", str(dh))
        if wd and wd.group(1) != today.strftime("%a"):
            bad(iid, f"weekday {wd.group(1)} does not match {today}")
        if f"@billing.vetora.example" not in e["eml"] or not re.search(r"ar\+VH\d{4}@billing\.vetora\.example", e["eml"]):
            bad(iid, "no per-case ar+ address")
        irt = msg.get("In-Reply-To")
        if irt and not re.fullmatch(r"<VH\d{4}\.r\d\.\d{8}T\d{6}Z@billing\.vetora\.example>", str(irt).strip()):
            bad(iid, f"In-Reply-To not in our style: {irt}")
        ntxt = norm(txt)
        # dates
        covered = set()
        for field, phrase, rule, arg in p["dates"]:
            if isinstance(arg, list):
                arg = tuple(arg)
            want = resolve(today, rule, arg).isoformat()
            if l[field] != want:
                bad(iid, f"{field}={l[field]} but '{phrase}' ({rule}) from {today} gives {want}")
            if norm(phrase) not in ntxt:
                bad(iid, f"phrase '{phrase}' not found in message text")
            covered.add(field)
        for field in ("promised_date", "paid_date", "return_date"):
            v = l[field]
            if v is not None:
                date.fromisoformat(v)
                if field not in covered:
                    bad(iid, f"{field} has no provenance")
        # amounts
        acov = set()
        for field, tok, cur in p["amounts"]:
            if l[field] != amount(tok):
                bad(iid, f"{field}={l[field]} but token '{tok}' gives {amount(tok)}")
            if l["currency"] != cur:
                bad(iid, f"currency {l['currency']} != {cur}")
            if norm(tok) not in ntxt:
                bad(iid, f"amount token '{tok}' not in text")
            acov.add(field)
        if l["promised_amount"] is not None:
            if "promised_amount" not in acov or not re.fullmatch(r"\d+\.\d\d", l["promised_amount"]):
                bad(iid, "promised_amount without provenance or badly formatted")
        if (l["currency"] is None) != (l["promised_amount"] is None):
            bad(iid, "currency must be null exactly when promised_amount is null")
        if l["currency"] is not None and l["currency"] not in CUR_OK:
            bad(iid, f"currency {l['currency']}")
        # other fields
        if l["intent"] not in EXPECTED:
            bad(iid, f"intent {l['intent']}")
        if l["intent"] == "dispute" and l["dispute_reason"] is None:
            bad(iid, "dispute without reason")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad(iid, "bad dispute_reason")
        for f in ("new_contact_email", "payment_reference"):
            if l[f] is not None and norm(l[f]) not in ntxt:
                bad(iid, f"{f} '{l[f]}' not in text")
        if l["new_contact_email"] is not None and not l["new_contact_email"].endswith(".example"):
            bad(iid, "contact domain must be .example")
        inv = l["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv):
            bad(iid, "invoice_numbers must be a list without duplicates")
        for i in inv:
            if not re.fullmatch(r"VET-\d{5}", i) or i.lower() not in ntxt:
                bad(iid, f"invoice {i} malformed or not in message")
        if l["intent"] == "out_of_office" and "return_date" not in covered and l["return_date"] is not None:
            bad(iid, "ooo return_date without provenance")
        for f in ("promised_date", "paid_date", "return_date"):
            pass
        hdrs = "\n".join(f"{k}: {v}" for part in msg.walk() for k, v in part.items()
                          if k.lower() not in ("message-id", "in-reply-to", "references", "x-original-message-id"))
        for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", hdrs + "\n" + txt):
            if not dom.lower().endswith(".example"):
                bad(iid, f"address domain {dom} is not *.example")
                break
    cnt = Counter(l["intent"] for l in labels)
    if dict(cnt) != EXPECTED:
        bad("*", f"intent counts {dict(cnt)} != {EXPECTED}")
    inj = [l["id"] for l in labels if l.get("injection")]
    if len(inj) != 6:
        bad("*", f"need 6 injection items, got {inj}")
    if problems:
        print("\n".join(problems))
        print(f"FAIL: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"OK: 80 items, {sum(len(p['dates']) for p in prov)} dates and "
          f"{sum(len(p['amounts']) for p in prov)} amounts re-verified; intents {dict(cnt)}; injections {inj}")


if __name__ == "__main__":
    main()
