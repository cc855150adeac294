"""Re-verify blind set 370 from its own provenance. Standard library only. Exit 1 on any problem."""
import calendar, json, re, sys, email, email.policy
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENTS = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
           "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
           "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
MULT = {"万": 10**4, "萬": 10**4, "만": 10**4, "억": 10**8, "億": 10**8, "लाख": 10**5, "lakh": 10**5,
        "crore": 10**7, "करोड़": 10**7, "juta": 10**6, "triệu": 10**6, "ribu": 10**3, "k": 10**3}
problems = []

def bad(i, msg):
    problems.append(f"{i}: {msg}")

# ---- date rules (contract + samples README)
def eom(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])

def resolve(today, rule, args):
    if rule == "today": return today
    if rule == "tomorrow": return today + timedelta(1)
    if rule == "yesterday": return today - timedelta(1)
    if rule == "in_days": return today + timedelta(args[0])
    if rule == "this_wd": return today + timedelta((args[0] - today.weekday()) % 7)
    if rule == "next_wd": return today + timedelta(7 - today.weekday() + args[0])
    if rule == "last_wd":  # past event: latest such weekday on or before today
        return today - timedelta((today.weekday() - args[0]) % 7)
    if rule == "prev_week_wd":  # 'last <weekday>' meaning that weekday in the previous Mon-Sun week
        return today - timedelta(today.weekday() + 7 - args[0])
    if rule == "this_week": return today + timedelta(4 - today.weekday())
    if rule == "eom": return eom(today.year, today.month)
    if rule == "eo_month":
        y = today.year if args[0] >= today.month else today.year + 1
        return eom(y, args[0])
    if rule == "by_the":
        if today.day <= args[0]: return today.replace(day=args[0])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, args[0])
    if rule == "dm_past":
        d = date(today.year, args[1], args[0])
        return d if d <= today else date(today.year - 1, args[1], args[0])
    if rule == "dm_future":
        d = date(today.year, args[1], args[0])
        return d if d >= today else date(today.year + 1, args[1], args[0])
    if rule == "ymd": return date(args[0], args[1], args[2])
    if rule == "ymd_be": return date(args[0] - 543, args[1], args[2])
    if rule == "first_week_of": return date(today.year if args[0] >= today.month else today.year + 1, args[0], 7)
    raise ValueError(rule)

def parse_amount(tok, style):
    t = tok.replace(",-", "").replace("/-", "")
    mult = 1
    for w, v in MULT.items():
        if w in t and not (w == "k" and not re.search(r"\dk\b", t)):
            mult = v; t = t.replace(w, " "); break
    num = re.sub(r"[^0-9.,]", "", t).strip(".,")
    if style == "comma":
        num = num.replace(".", "").replace(",", ".")
    else:
        num = num.replace(",", "")
    return (Decimal(num) * mult).quantize(Decimal("0.01"))

def texts(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                out.append(part.get_content())
            except Exception as e:  # noqa
                out.append(part.get_payload(decode=True).decode("utf-8", "replace"))
        elif part.get_content_type() in ("message/delivery-status",):
            out.append(str(part))
        elif part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0)
            out.append(str(inner.get("Subject", "")))
    return "\n".join(out)

def main():
    emails = [json.loads(l) for l in (HERE / "emails.jsonl").read_text("utf-8").splitlines() if l.strip()]
    labels = [json.loads(l) for l in (HERE / "labels.jsonl").read_text("utf-8").splitlines() if l.strip()]
    prov = [json.loads(l) for l in (HERE / "provenance.jsonl").read_text("utf-8").splitlines() if l.strip()]
    if not (len(emails) == len(labels) == len(prov) == 80):
        bad("all", f"line counts {len(emails)} {len(labels)} {len(prov)}")
    for n, (e, lab, pv) in enumerate(zip(emails, labels, prov), 1):
        i = f"qa{n:02d}"
        if e["id"] != i or lab["id"] != i or pv["id"] != i:
            bad(i, "id order"); continue
        for f in FIELDS:
            if f not in lab: bad(i, f"missing {f}")
        if not lab["note"].startswith("[" + pv["key"] + ", " + pv["locale"] + "]"): bad(i, "note prefix")
        if lab["intent"] not in INTENTS: bad(i, "intent")
        try:
            raw = e["eml"].encode("utf-8")
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            body = texts(msg)
        except Exception as ex:
            bad(i, f"parse: {ex!r}"); continue
        if msg.defects: bad(i, f"defects {msg.defects}")
        dh = msg["Date"]
        if dh is None or dh.datetime is None: bad(i, "no Date"); continue
        today = dh.datetime.date()  # calendar date in the header's own offset
        # case address / our message-id style
        blob = e["eml"]
        if not re.search(r"ar\+K\d{4}@billing\.lumacore\.example", blob): bad(i, "no per-case address")
        # our reminder (from In-Reply-To/References or the returned copy) must predate the message
        m = re.search(r"<K\d{4}\.d\d\.(\d{8}T\d{6}Z)@billing\.lumacore\.example>", blob)
        if not m: bad(i, "no reminder Message-ID in our style")
        else:
            from datetime import datetime, timezone
            sent = datetime.strptime(m.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
            md = dh.datetime if dh.datetime.tzinfo else dh.datetime.replace(tzinfo=timezone.utc)
            if not (sent <= md): bad(i, f"reminder {sent} is after the message {md}")
        # dates
        for f in ("promised_date", "paid_date", "return_date"):
            spec = pv["dates"].get(f)
            if spec is None:
                if lab[f] is not None: bad(i, f"{f} labelled without provenance")
                continue
            rule, *args, phrase = spec
            got = resolve(today, rule, args).isoformat()
            if got != lab[f]: bad(i, f"{f}: label {lab[f]} but {rule}{args} from {today} gives {got}")
            if phrase not in body: bad(i, f"{f}: phrase {phrase!r} not in decoded text")
        # amounts
        if pv.get("amount"):
            tok, style = pv["amount"]
            if tok not in body: bad(i, f"amount token {tok!r} not in text")
            if str(parse_amount(tok, style)) != lab["promised_amount"]:
                bad(i, f"amount {tok!r} -> {parse_amount(tok, style)} != {lab['promised_amount']}")
            if not lab["currency"] or not re.fullmatch(r"[A-Z]{3}", lab["currency"]): bad(i, "currency")
            if lab["currency"] not in pv["reminder_subject"]: bad(i, "currency differs from reminder's")
        else:
            if lab["promised_amount"] is not None: bad(i, "amount without token")
        if (lab["currency"] is None) != (lab["promised_amount"] is None): bad(i, "currency/amount nullness")
        if lab["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d\d", lab["promised_amount"]): bad(i, "amount format")
        # reference, contact, reason
        if lab["payment_reference"] and lab["payment_reference"] not in body: bad(i, "reference not in text")
        if lab["new_contact_email"] and lab["new_contact_email"] not in body: bad(i, "contact not in text")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS: bad(i, "reason")
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None: bad(i, "dispute without reason")
        # invoices
        inv = lab["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv): bad(i, "invoice list")
        for x in inv:
            if not re.fullmatch(r"LM-\d{5}", x): bad(i, f"invoice format {x}")
            if x[3:] not in body: bad(i, f"invoice {x} not found in message")
        src = pv.get("inv_src")
        subj = str(msg.get("Subject", ""))
        if src == "subject" and inv and not all(x in subj for x in inv): bad(i, "inv_src subject mismatch")
        if pv.get("injection") != lab.get("injection"): bad(i, "injection flag")
    c = Counter(l["intent"] for l in labels)
    for k, v in INTENTS.items():
        if c[k] != v: bad("counts", f"{k}: {c[k]} != {v}")
    if sum(1 for l in labels if l.get("injection")) != 6: bad("counts", "injections != 6")
    reasons = Counter(l["dispute_reason"] for l in labels if l["intent"] == "dispute")
    if set(reasons) != REASONS: bad("counts", f"dispute reasons not spread: {dict(reasons)}")
    for p in problems: print("PROBLEM", p)
    print(f"{len(emails)} messages, {len(problems)} problems; intents: {dict(c)}")
    sys.exit(1 if problems else 0)

if __name__ == "__main__":
    main()
