"""Re-verify blind set 384 labels from the build's provenance. Standard library only.

Independent of build_common: dates are recomputed with datetime from each message's own Date
header and the phrase's rule; amounts from the raw token; every eml must parse with
email.message_from_bytes(eml.encode('utf-8'), policy=email.policy.default). Exit 1 on a problem.
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

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
            "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
            "delivery_failure": 5, "acknowledgement": 4, "other": 4}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
problems = []


def bad(i, msg):
    problems.append(f"{i}: {msg}")


def resolve(today, rule, a):
    if rule == "today":
        return today
    if rule == "tomorrow":
        return today + timedelta(days=1)
    if rule == "yesterday":
        return today - timedelta(days=1)
    if rule == "this_wd":
        return today + timedelta(days=(a["wd"] - today.weekday()) % 7)
    if rule == "next_wd":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=a["wd"])
    if rule == "last_wd":
        d = today - timedelta(days=1)
        while d.weekday() != a["wd"]:
            d -= timedelta(days=1)
        return d
    if rule == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "eom_named":
        y = today.year + (1 if a["month"] < today.month else 0)
        return date(y, a["month"], calendar.monthrange(y, a["month"])[1])
    if rule == "plus_days":
        return today + timedelta(days=a["n"])
    if rule == "by_the":
        d = today
        while d.day != a["day"]:
            d += timedelta(days=1)
        return d
    if rule == "iso_week_friday":
        jan4 = date(today.year, 1, 4)
        return jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=a["week"] - 1, days=4)
    if rule == "explicit":
        return date(a["y"], a["m"], a["d"])
    if rule == "dm_past":
        y = today.year
        while date(y, a["m"], a["d"]) > today:
            y -= 1
        return date(y, a["m"], a["d"])
    if rule == "dm_future":
        y = today.year
        while date(y, a["m"], a["d"]) < today:
            y += 1
        return date(y, a["m"], a["d"])
    raise ValueError(rule)


def amount_from_raw(raw, style):
    digits = re.sub(r"[^\d.,' \u00a0]", "", raw)
    digits = re.sub(r"^[^\d]+|[^\d]+$", "", digits)
    if style == "en":
        m = re.fullmatch(r"(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{2}))?", digits)
        whole, frac = m.group(1).replace(",", ""), m.group(2) or "00"
    elif style == "ch":
        m = re.fullmatch(r"(\d{1,3}(?:'\d{3})*|\d+)(?:\.(\d{2}))?", digits)
        whole, frac = m.group(1).replace("'", ""), m.group(2) or "00"
    elif style == "dot":
        m = re.fullmatch(r"(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d{2}))?", digits)
        whole, frac = m.group(1).replace(".", ""), m.group(2) or "00"
    elif style == "space":
        m = re.fullmatch(r"(\d{1,3}(?:[ \u00a0]\d{3})*|\d+)(?:,(\d{2}))?", digits)
        whole, frac = re.sub(r"[ \u00a0]", "", m.group(1)), m.group(2) or "00"
    else:
        raise ValueError(style)
    return f"{int(whole)}.{frac}"


SYMBOL = [("R$", "BRL"), ("CHF", "CHF"), ("EUR", "EUR"), ("€", "EUR"), ("zł", "PLN"), ("Kč", "CZK")]


def texts(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ("text/plain", "text/html", "text/rfc822-headers"):
            try:
                t = part.get_content()
            except Exception as e:  # noqa
                raise RuntimeError(f"undecodable {ct}: {e}")
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        if ct == "message/rfc822":
            out.append(str(part.get_content().get("Subject", "")))
    s = "\n".join(out)
    return s


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " "))


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    prov = [json.loads(l) for l in open(os.path.join(HERE, "provenance.jsonl"), encoding="utf-8")]
    ids = [f"ws{i:02d}" for i in range(1, 81)]
    if [e["id"] for e in emails] != ids or [l["id"] for l in labels] != ids or [p["id"] for p in prov] != ids:
        bad("-", "ids/order mismatch")
    for e, lab, p in zip(emails, labels, prov):
        i = e["id"]
        keys = [k for k in lab if k != "injection"]
        if keys != FIELDS:
            bad(i, f"label fields {keys}")
        if bool(lab.get("injection")) != bool(p["injection"]):
            bad(i, "injection flag")
        if lab.get("injection") not in (None, True):
            bad(i, "injection must be true or absent")
        if not lab["note"].startswith(f"[{p['key']}, {p['locale']}] "):
            bad(i, "note prefix")
        if lab["intent"] != p["intent"] or lab["intent"] not in EXPECTED:
            bad(i, "intent")
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            txt = norm(texts(msg))
            today = msg["Date"].datetime.date()
        except Exception as ex:  # noqa
            bad(i, f"parse: {ex}")
            continue
        if not msg["From"] or not msg["To"]:
            bad(i, "From/To missing")
        to = str(msg["To"])
        if not re.search(r"ar\+F\d{4}@billing\.hollerbach-agrar\.example", to):
            bad(i, f"To is not a case address: {to}")
        irt = msg.get("In-Reply-To")
        if irt and not re.fullmatch(r"<F\d{4}\.r\d\.\d{8}T\d{6}Z@billing\.hollerbach-agrar\.example>", str(irt).strip()):
            bad(i, f"In-Reply-To style {irt}")
        # dates
        date_fields = {"promised_date", "paid_date", "return_date"}
        for f in date_fields:
            if f in p["dates"]:
                d = p["dates"][f]
                want = resolve(today, d["rule"], d["args"]).isoformat()
                if lab[f] != want:
                    bad(i, f"{f} {lab[f]} != {want} ({d['rule']} from {today})")
                if norm(d["phrase"]) not in txt:
                    bad(i, f"phrase {d['phrase']!r} not in message")
            elif lab[f] is not None:
                bad(i, f"{f} set without provenance")
        # amounts
        a = p["amount"]
        if a:
            if norm(a["raw"]) not in txt:
                bad(i, f"amount token {a['raw']!r} not in message")
            if lab["promised_amount"] != amount_from_raw(a["raw"], a["style"]):
                bad(i, f"amount {lab['promised_amount']} vs raw {a['raw']}")
            cur = next((c for s, c in SYMBOL if s in a["raw"]), None)
            if cur is None:  # bare $ / kr: take the thread reminder's currency from the Subject
                m = re.search(r"\(([A-Z]{3}) [\d.,' \u00a0]+\)", str(msg.get("Subject", "")) + " " + txt)
                cur = m.group(1) if m else None
            if lab["currency"] != cur or a["currency"] != cur:
                bad(i, f"currency {lab['currency']} vs {cur}")
        elif lab["promised_amount"] is not None or lab["currency"] is not None:
            bad(i, "amount without provenance")
        if (lab["promised_amount"] is None) != (lab["currency"] is None):
            bad(i, "currency null iff amount null")
        if lab["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d\d", lab["promised_amount"]):
            bad(i, "amount format")
        for f in ("payment_reference", "new_contact_email"):
            if lab[f] != p[f]:
                bad(i, f"{f} differs from provenance")
            if lab[f] is not None and norm(lab[f]) not in txt:
                bad(i, f"{f} {lab[f]!r} not in message")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(i, "dispute_reason value")
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            bad(i, "dispute without reason")
        if lab["intent"] not in ("dispute", "legal_or_insolvency") and lab["dispute_reason"] is not None:
            bad(i, "dispute_reason on non-dispute")
        if lab["return_date"] is not None and lab["intent"] != "out_of_office":
            bad(i, "return_date on non-OOO")
        inv = lab["invoice_numbers"]
        if inv != p["invoice_numbers"] or len(set(inv)) != len(inv):
            bad(i, "invoice_numbers")
        for n in inv:
            if not re.fullmatch(r"HB-\d{5}", n):
                bad(i, f"invoice format {n}")
            if n[3:] not in txt:
                bad(i, f"invoice {n} not in message")
        if lab["intent"] in ("out_of_office", "delivery_failure") and lab["promised_date"]:
            bad(i, "promise on auto message")
    cnt = Counter(l["intent"] for l in labels)
    if dict(cnt) != EXPECTED:
        bad("-", f"intent counts {dict(cnt)}")
    if sum(1 for l in labels if l.get("injection")) != 6:
        bad("-", "need exactly 6 injection items")
    if problems:
        print("\n".join(problems))
        print(f"FAIL: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"OK: 80 items, intents {dict(cnt)}, injections "
          f"{[l['id'] for l in labels if l.get('injection')]}")


if __name__ == "__main__":
    main()
