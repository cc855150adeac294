"""Re-verify blind set 397 from its own provenance. Exits non-zero on any problem.

Independent of build_common: re-parses every message with
email.message_from_bytes(eml.encode("utf-8"), policy=email.policy.default), recomputes every date
from the message's own Date header with datetime and the phrase's rule, re-parses every amount from
its raw token, and checks that phrases, amounts, references, addresses and invoice numbers are really
in the message, plus intent counts, field shapes and injection flags.
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
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
EXPECTED = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
            "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
            "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
LOC_CUR = {"en-US": "USD", "en-CA": "CAD", "en-IE": "EUR", "es-ES": "EUR", "es-AR": "ARS", "es-PE": "PEN",
           "pt-BR": "BRL", "pt-AO": "AOA", "pt-PT": "EUR", "it-IT": "EUR", "fr-BE": "EUR", "fr-CA": "CAD",
           "ro-RO": "RON", "ca-ES": "EUR"}
MONTHS = {  # month number -> names in the set's languages, for phrase cross-checks
    2: ["february", "feb", "febrero", "fevereiro", "febbraio", "f\u00e9vrier", "februarie", "febrer"],
    3: ["march", "mar", "marzo", "mar\u00e7o", "mars", "martie", "mar\u00e7"],
    4: ["april", "apr", "abril", "aprile", "avril", "aprilie"],
    5: ["may", "mayo", "maio", "maggio", "mai", "maig"],
}
WEEKDAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

problems = []


def bad(i, msg):
    problems.append(f"{i}: {msg}")


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]


def all_text(msg):
    """Decoded text of every text/* leaf (HTML unescaped and de-tagged too), recursing into message/rfc822."""
    chunks = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct.startswith("text/"):
            try:
                t = part.get_content()
            except Exception as e:  # noqa: BLE001
                raise ValueError(f"cannot decode {ct}: {e}")
            if ct == "text/html":
                chunks.append(html.unescape(re.sub(r"<[^>]+>", " ", t)))
            chunks.append(t)
        elif ct == "message/delivery-status":
            chunks.append(part.as_string())
        if ct == "message/rfc822":
            pass
    # rfc822 parts: walk() already descends; also add their subjects
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0)
            chunks.append(str(inner.get("Subject", "")))
    return "\n".join(chunks)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()


def rule(today, name, args):
    if name == "tomorrow":
        return today + timedelta(days=1)
    if name == "yesterday":
        return today - timedelta(days=1)
    if name == "plus_days":
        return today + timedelta(days=args[0])
    if name == "this_weekday":
        d = today
        while d.weekday() != args[0]:
            d += timedelta(days=1)
        return d
    if name == "next_weekday":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=args[0])
    if name == "last_weekday":
        d = today - timedelta(days=1)
        while d.weekday() != args[0]:
            d -= timedelta(days=1)
        return d
    if name == "this_week":
        return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if name == "end_of_month":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if name == "end_of_next_month":
        first_next = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
        return date(first_next.year, first_next.month, calendar.monthrange(first_next.year, first_next.month)[1])
    if name == "end_of_named_month":
        y = today.year if args[0] >= today.month else today.year + 1
        return date(y, args[0], calendar.monthrange(y, args[0])[1])
    if name == "by_the":
        d = today
        while d.day != args[0]:
            d += timedelta(days=1)
        return d
    if name == "dm_future":
        d = date(today.year, args[1], args[0])
        return d if d >= today else date(today.year + 1, args[1], args[0])
    if name == "dm_past":
        d = date(today.year, args[1], args[0])
        return d if d <= today else date(today.year - 1, args[1], args[0])
    if name == "explicit":
        nums = [int(x) for x in re.findall(r"\d+", args[0])]
        if args[1] == "dmy":
            return date(nums[2], nums[1], nums[0])
        if args[1] == "mdy":
            return date(nums[2], nums[0], nums[1])
        return date(nums[0], nums[1], nums[2])
    raise ValueError(f"unknown rule {name}")


def amount_of(raw, dec):
    digits = re.sub(r"[^0-9.,]", "", raw).strip(".,")
    if dec == ",":
        ip, _, fp = digits.partition(",")
        ip = ip.replace(".", "")
    else:
        ip, _, fp = digits.partition(".")
        ip = ip.replace(",", "")
    if not ip.isdigit() or (fp and not fp.isdigit()) or len(fp) > 2:
        raise ValueError(f"bad amount token {raw!r}")
    return f"{int(ip)}.{(fp + '00')[:2]}"


def main():
    emails, labels, prov = load("emails.jsonl"), load("labels.jsonl"), load("provenance.jsonl")
    if not (len(emails) == len(labels) == len(prov) == 80):
        bad("*", f"line counts {len(emails)}/{len(labels)}/{len(prov)}")
    for n, (e, l, p) in enumerate(zip(emails, labels, prov), 1):
        i = f"lc{n:02d}"
        if not (e["id"] == l["id"] == p["id"] == i):
            bad(i, "id/order mismatch")
            continue
        extra = set(l) - set(FIELDS) - {"injection"}
        missing = set(FIELDS) - set(l)
        if extra or missing:
            bad(i, f"fields extra={extra} missing={missing}")
        # parse
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            txt = all_text(msg)
        except Exception as ex:  # noqa: BLE001
            bad(i, f"parse failed: {ex}")
            continue
        if msg.defects:
            bad(i, f"defects {msg.defects}")
        for part in msg.walk():
            if part.defects:
                bad(i, f"part defects {part.defects}")
        ntxt = norm(txt)
        dh = msg["Date"]
        if parsedate_to_datetime(str(dh)) != parsedate_to_datetime(p["date_header"]):
            bad(i, f"Date header {dh!r} != provenance {p['date_header']!r}")
        dt = parsedate_to_datetime(p["date_header"])
        today = dt.date()  # calendar date in the header's own offset
        m = re.match(r"\s*([A-Z][a-z]{2}),", p["date_header"])
        if m and WEEKDAYS_EN[today.weekday()] != m.group(1):
            bad(i, f"weekday in Date header wrong: {p['date_header']}")
        # our thread markers
        to = str(msg.get("To", ""))
        if not re.search(r"ar\+K\d{4}@billing\.alturarent\.example", to + txt):
            bad(i, "no per-case address")
        if l["intent"] != "delivery_failure":
            irt = str(msg.get("In-Reply-To", ""))
            if not re.fullmatch(r"<K\d{4}\.d\d\.\d{8}T\d{6}Z@billing\.alturarent\.example>", irt):
                bad(i, f"In-Reply-To not in our style: {irt!r}")
        # note
        if not l["note"].startswith(f"[{p['key']}, {p['locale']}] "):
            bad(i, "note prefix")
        # intent & reason
        if l["intent"] not in INTENTS:
            bad(i, f"intent {l['intent']}")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad(i, f"dispute_reason {l['dispute_reason']}")
        if l["intent"] == "dispute" and l["dispute_reason"] is None:
            bad(i, "dispute without reason")
        if l["intent"] == "out_of_office" and not (msg.get("Auto-Submitted") or msg.get("X-Autoreply")):
            bad(i, "out_of_office without an automatic-reply header")
        # dates
        seen = set()
        for d in p["dates"]:
            f = d["field"]
            seen.add(f)
            if norm(d["phrase"]) not in ntxt:
                bad(i, f"phrase not in message: {d['phrase']!r}")
            if d["rule"] == "explicit" and norm(d["args"][0]) not in ntxt:
                bad(i, f"explicit token not in message: {d['args'][0]!r}")
            if d["rule"] in ("dm_future", "dm_past", "end_of_named_month"):
                mo = d["args"][1] if d["rule"] != "end_of_named_month" else d["args"][0]
                ph = norm(d["phrase"])
                if not (any(re.search(r"\b" + re.escape(nm) + r"\b", ph) for nm in MONTHS[mo]) or re.search(rf"\b0?{d['args'][0]}/0?{mo}\b|\b0?{mo}/0?{d['args'][0]}\b", ph)):
                    bad(i, f"month {mo} not visible in phrase {d['phrase']!r}")
            want = rule(today, d["rule"], d["args"]).isoformat()
            if l[f] != want:
                bad(i, f"{f}={l[f]} but rule {d['rule']}{d['args']} on {today} gives {want}")
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None and f not in seen:
                bad(i, f"{f} labelled without provenance")
            if l[f] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", l[f]):
                bad(i, f"{f} not ISO")
        if l["return_date"] and l["intent"] != "out_of_office":
            bad(i, "return_date outside out_of_office")
        if l["paid_date"] and l["intent"] not in ("paid_claim",):
            bad(i, "paid_date outside paid_claim")
        # amounts
        a = p["amount"]
        if (l["promised_amount"] is None) != (l["currency"] is None):
            bad(i, "currency must be null exactly when the amount is null")
        if a is None:
            if l["promised_amount"] is not None:
                bad(i, "amount without provenance")
        else:
            if norm(a["raw"]) not in ntxt:
                bad(i, f"raw amount not in message: {a['raw']!r}")
            if amount_of(a["raw"], a["decimal_separator"]) != l["promised_amount"]:
                bad(i, f"amount {l['promised_amount']} != parsed {amount_of(a['raw'], a['decimal_separator'])}")
            if not re.fullmatch(r"\d+\.\d{2}", l["promised_amount"]):
                bad(i, "amount shape")
            if l["currency"] != LOC_CUR[p["locale"]]:
                bad(i, f"currency {l['currency']} but thread currency is {LOC_CUR[p['locale']]}")
        # references / contacts / invoices
        if l["payment_reference"] is not None and norm(l["payment_reference"]) not in ntxt:
            bad(i, "payment_reference not in message")
        if l["payment_reference"] is not None and l["payment_reference"].startswith("#"):
            bad(i, "payment_reference keeps '#'")
        if l["new_contact_email"] is not None:
            if l["new_contact_email"].lower() not in ntxt or not l["new_contact_email"].endswith(".example"):
                bad(i, "new_contact_email not in message / not .example")
        inv = l["invoice_numbers"]
        if not isinstance(inv, list) or len(inv) != len(set(inv)):
            bad(i, "invoice_numbers not a duplicate-free list")
        for x in inv:
            if not re.fullmatch(r"ALT-\d{5}", x):
                bad(i, f"invoice format {x}")
            elif x[4:] not in txt:
                bad(i, f"invoice {x} not in message")
        # injection flag
        if bool(l.get("injection")) != bool(p["injection"]):
            bad(i, "injection flag mismatch")
        if "injection" in l and l["injection"] is not True:
            bad(i, "injection must be true or absent")
        # phones are 555
        for ph in re.findall(r"\(?\d{3}\)?[ -]\d{3}-\d{4}", txt):
            if "555" not in ph:
                bad(i, f"non-555 phone {ph}")
        # all domains fictional
        for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", txt + str(msg.get("From", ""))):
            if not (dom.endswith(".example") or dom in ("googlemail.com", "amazonses.com", "mail.gmail.com")
                    or dom.endswith(".outlook.com") or dom.endswith(".amazonses.com")):
                bad(i, f"non-example domain {dom}")
    c = Counter(l["intent"] for l in labels)
    if dict(c) != EXPECTED:
        bad("*", f"intent counts {dict(c)} != {EXPECTED}")
    ninj = sum(1 for l in labels if l.get("injection"))
    if ninj != 6:
        bad("*", f"{ninj} injection items, want 6")
    reasons = Counter(l["dispute_reason"] for l in labels if l["intent"] == "dispute")
    if set(reasons) != REASONS:
        bad("*", f"dispute reasons not spread: {dict(reasons)}")
    en = sum(1 for p in prov if p["locale"].startswith("en-"))
    if not 22 <= en <= 32:
        bad("*", f"English share {en}/80")
    if problems:
        print("\n".join(problems))
        print(f"FAIL: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"OK: 80 items; intents {dict(c)}; injections {ninj}; English {en}/80")


if __name__ == "__main__":
    main()
