#!/usr/bin/env python3
"""Re-verify every label of the blind triage set from the generated data. Exit 1 on any problem."""
import calendar, email, email.policy, html, json, os, re, sys, unicodedata
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
KEYS = {"P": "promise_to_pay", "Y": "paid_claim", "D": "dispute", "Q": "document_request",
        "B": "billing_update", "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request",
        "L": "legal_or_insolvency", "F": "delivery_failure", "K": "acknowledgement", "X": "other"}
TARGET = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
          "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
          "delivery_failure": 5, "acknowledgement": 4, "other": 4}
LOCS = ["en-US", "en-AU", "en-NG", "es-ES", "fr-FR", "de-DE", "pt-BR", "it-IT", "nl-NL", "da-DK", "cs-CZ",
        "el-GR", "ko-KR", "th-TH"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
ISO = {"USD", "AUD", "NGN", "EUR", "BRL", "DKK", "CZK", "KRW", "THB"}
errors = []


def err(i, msg):
    errors.append(f"{i}: {msg}")


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def resolve(rule, today):  # independent re-implementation of the contract's date rules
    r = rule["rule"]
    if r == "today":
        return today
    if r == "plus":
        return today + timedelta(days=rule["n"])
    if r == "this_wd":
        d = today
        while d.weekday() != rule["wd"]:
            d += timedelta(days=1)
        return d
    if r == "next_wd":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=rule["wd"])
    if r == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if r == "eom_named":
        y = today.year + (1 if rule["m"] < today.month else 0)
        return date(y, rule["m"], calendar.monthrange(y, rule["m"])[1])
    if r == "by_day":
        d = today
        while d.day != rule["d"]:
            d += timedelta(days=1)
        return d
    if r == "isoweek":
        return date.fromisocalendar(today.year, rule["n"], 5)
    if r == "this_week":
        return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if r == "first_week":
        return date(today.year, rule["m"], 7)
    if r == "dm":
        c = date(today.year, rule["m"], rule["d"])
        if rule["when"] == "past" and c > today:
            c = c.replace(year=today.year - 1)
        if rule["when"] == "future" and c < today:
            c = c.replace(year=today.year + 1)
        return c
    if r == "ymd":
        return date(rule["y"], rule["m"], rule["d"])
    raise ValueError(r)


def phrase_consistent(rule, phrase):
    """Explicit dates: the day number (and month/year when numeric) must be in the phrase."""
    if rule["rule"] in ("dm", "ymd"):
        nums = [int(x) for x in re.findall(r"\d+", phrase)]
        if rule["d"] not in nums:
            return False
        if rule["rule"] == "ymd" and not ({rule["y"], rule["y"] + 543} & set(nums)):
            return False
    return True


def norm_amount(s):
    man = "만" in s
    t = re.sub(r"[\s\u00a0\u202f]", "", s)
    t = re.sub(r"[^\d.,]", "", t)
    t = t.strip(".,")
    m = re.search(r"[.,](\d{1,2})$", t)
    if m:
        ip, dec = t[:m.start()], m.group(1).ljust(2, "0")
    else:
        ip, dec = t, "00"
    v = Decimal(re.sub(r"[.,]", "", ip) + "." + dec)
    if man:
        v *= 10000
    return f"{v:.2f}"


def strip_html(h):
    h = re.sub(r"(?s)<!--(.*?)-->", r" \1 ", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return html.unescape(h)


def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        if ct.startswith("text/") or ct == "message/delivery-status":
            try:
                c = part.get_content()
            except Exception:
                c = str(part.get_payload())
            if isinstance(c, list):
                c = "\n".join(str(x) for x in c)
            if ct == "text/html":
                c = strip_html(c)
            out.append(c)
        if ct.startswith("message/") and ct != "message/delivery-status":
            pl = part.get_payload()
            if isinstance(pl, list):
                for sub in pl:
                    out.append(str(sub.get("Subject", "")))
    return norm(" \n ".join(out))


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"[ \t\r\n]+", " ", s)


def main():
    emails, labels, evid = load("emails.jsonl"), load("labels.jsonl"), load("evidence.jsonl")
    if not (len(emails) == len(labels) == len(evid) == 80):
        err("-", f"counts {len(emails)} {len(labels)} {len(evid)}")
    ids = [e["id"] for e in emails]
    if sorted(ids) != [f"hs{i:02d}" for i in range(1, 81)] or ids != [l["id"] for l in labels] \
            or ids != [e["id"] for e in evid]:
        err("-", "ids not hs01..hs80 in the same order in all files")
    ci, cl, inj = Counter(), Counter(), 0
    for e, l, v in zip(emails, labels, evid):
        i = l["id"]
        if set(e) != {"id", "eml"}:
            err(i, "email keys")
        want = {"id", "intent", "note", *FIELDS} | ({"injection"} if "injection" in l else set())
        if set(l) != want:
            err(i, f"label keys {sorted(set(l) ^ want)}")
        if "injection" in l:
            if l["injection"] is not True:
                err(i, "injection must be true")
            inj += 1
        if l["intent"] not in TARGET:
            err(i, "intent")
        ci[l["intent"]] += 1
        m = re.match(r"^\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] \S", l["note"])
        if not m or KEYS.get(m.group(1)) != l["intent"] or m.group(2) not in LOCS or m.group(2) != v["loc"]:
            err(i, "note prefix / key / locale")
        else:
            cl[m.group(2)] += 1
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        except Exception as x:
            err(i, f"parse {x}")
            continue
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not msg.get(h):
                err(i, f"missing {h}")
        if v["case"] not in str(msg["To"]) + e["eml"]:
            err(i, "case id missing")
        kind = v["kind"]
        if kind in ("reply", "ooo", "ticket"):
            if not msg.get("In-Reply-To") or not str(msg["In-Reply-To"]).startswith(f"<HS-{v['case']}."):
                err(i, "In-Reply-To")
        if l["intent"] == "out_of_office" and not (msg.get("Auto-Submitted") or msg.get("X-Autoreply")):
            err(i, "auto-reply without auto header")
        if kind == "reply" and (msg.get("Auto-Submitted") or msg.get("X-Autoreply")):
            err(i, "human reply carries auto header")
        if l["intent"] == "delivery_failure" and kind not in ("postfix", "ndr", "qmail", "gdsn", "exim"):
            err(i, "bounce kind")
        dt = parsedate_to_datetime(str(msg["Date"]))
        today = dt.date()
        if today.isoformat() != v["today"]:
            err(i, f"today {today} vs {v['today']}")
        text = all_text(msg)
        # dates
        for f in ("promised_date", "paid_date", "return_date"):
            val = l[f]
            if (val is None) != (f not in v):
                err(i, f"{f} evidence mismatch")
                continue
            if val is None:
                continue
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", val):
                err(i, f"{f} format")
            rule = v[f]
            got = resolve(rule, today).isoformat()
            if got != val:
                err(i, f"{f} {val} != recomputed {got} ({rule['rule']})")
            if norm(rule["phrase"]) not in text:
                err(i, f"{f} phrase not in text: {rule['phrase']!r}")
            if not phrase_consistent(rule, rule["phrase"]):
                err(i, f"{f} phrase inconsistent with explicit date")
        # amounts
        a, c = l["promised_amount"], l["currency"]
        if (a is None) != (c is None):
            err(i, "currency null iff amount null")
        if a is not None:
            if not re.fullmatch(r"\d+\.\d{2}", a):
                err(i, "amount format")
            if c not in ISO:
                err(i, "currency code")
            w = v.get("amount_written")
            if not w or norm(w) not in text:
                err(i, f"amount as written not in text: {w!r}")
            elif norm_amount(w) != a:
                err(i, f"amount {a} != {norm_amount(w)} from {w!r}")
            if c not in (msg["Subject"] or "") + text:
                err(i, "currency code not found in the thread")
        elif "amount_written" in v:
            err(i, "amount evidence without label")
        # other strings
        if l["payment_reference"] is not None:
            if norm(l["payment_reference"]) not in text or l["payment_reference"].startswith("#"):
                err(i, "payment_reference not in text")
        if l["new_contact_email"] is not None:
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.example", l["new_contact_email"]) or l["new_contact_email"] not in text:
                err(i, "new_contact_email")
            if l["new_contact_email"].lower() in str(msg["From"]).lower():
                err(i, "new_contact_email is the sender")
        dr = l["dispute_reason"]
        if l["intent"] == "dispute" and dr not in REASONS:
            err(i, "dispute without reason")
        if dr is not None and dr not in REASONS:
            err(i, "dispute_reason value")
        if dr is not None and l["intent"] not in ("dispute", "legal_or_insolvency"):
            err(i, "dispute_reason on an intent that outranks nothing it")
        if l["intent"] != "out_of_office" and l["return_date"] is not None:
            err(i, "return_date outside out_of_office")
        inv = l["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv):
            err(i, "invoice_numbers list")
        for n in inv:
            mm = re.fullmatch(r"INV-(\d{4})", n)
            if not mm or not re.search(r"(?<!\d)" + mm.group(1) + r"(?!\d)", text):
                err(i, f"invoice {n} not in message")
        # order of first mention in the text (subject first, then body)
        pos = [text.find(n[4:]) for n in inv]
        body_pos = [norm(text).find(n[4:], len(str(msg["Subject"]))) for n in inv]
        if len(inv) > 1 and body_pos != sorted(body_pos) and pos != sorted(pos):
            err(i, f"invoice order {inv}")
    for k, n in TARGET.items():
        if ci[k] != n:
            err("-", f"intent {k}: {ci[k]} != {n}")
    if set(cl) != set(LOCS):
        err("-", f"locales {sorted(cl)}")
    if not 5 <= inj <= 8:
        err("-", f"injections {inj}")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: 80 messages; intents {dict(ci)}; locales {dict(cl)}; injections {inj}")


if __name__ == "__main__":
    main()
