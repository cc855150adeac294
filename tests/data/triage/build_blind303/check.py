#!/usr/bin/env python3
"""Re-verify labels.jsonl against emails.jsonl (blind303). Exit 1 on any problem."""
import calendar, email, email.policy, html, json, re, sys
from datetime import date, timedelta

FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
KEYS = {"A": "promise_to_pay", "B": "paid_claim", "C": "dispute", "D": "document_request",
        "E": "billing_update", "F": "wrong_contact", "G": "out_of_office", "H": "payment_plan_request",
        "I": "legal_or_insolvency", "J": "delivery_failure", "K": "acknowledgement", "L": "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
CURS = {"USD", "GBP", "NGN", "EUR", "ARS", "XOF", "BRL", "SEK", "NOK", "PLN", "CZK", "HUF", "RON", "TRY",
        "RUB", "UAH", "JPY", "KRW", "CNY", "SAR", "ILS", "INR", "IDR", "THB", "VND"}
errs = []
def bad(i, m): errs.append(f"{i}: {m}")

def resolve(rule, t):
    k, _, a = rule.partition(":")
    wd = lambda: int(a)
    if k == "abs": return date.fromisoformat(a)
    if k == "plus": return t + timedelta(int(a))
    if k == "minus": return t - timedelta(int(a))
    if k == "this_wd": return t + timedelta((wd() - t.weekday()) % 7)
    if k == "next_wd": return t + timedelta(7 - t.weekday() + wd())
    if k == "last_wd":
        if t.weekday() == wd(): raise ValueError("last_wd on same weekday is ambiguous")
        return t - timedelta((t.weekday() - wd()) % 7)
    if k == "eom": return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if k == "by":
        d = int(a)
        if t.day <= d: return t.replace(day=d)
        return date(t.year + (t.month == 12), t.month % 12 + 1, d)
    if k == "week": return t + timedelta((4 - t.weekday()) % 7)
    if k == "kw": return date.fromisocalendar(t.year, int(a), 5)
    if k in ("eonm", "firstweek"):
        m = int(a); y = t.year if m >= t.month else t.year + 1
        return date(y, m, calendar.monthrange(y, m)[1] if k == "eonm" else 7)
    if k in ("dm_future", "dm_past"):
        m, d = map(int, a.split("-")); c = date(t.year, m, d)
        if k == "dm_future": return c if c >= t else date(t.year + 1, m, d)
        return c if c <= t else date(t.year - 1, m, d)
    raise ValueError(rule)

def all_text(msg):
    out = [str(msg.get("subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith("text/"):
            try:
                c = p.get_content()
            except Exception as e:
                c = p.get_payload()
            if ct == "text/html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c))
            out.append(c)
        elif ct == "message/rfc822":
            inner = p.get_payload(0)
            out.append("\n".join(f"{k}: {v}" for k, v in inner.items()))
        elif ct == "message/delivery-status":
            for blk in p.get_payload():
                out.append("\n".join(f"{k}: {v}" for k, v in blk.items()))
    if not msg.is_multipart() and msg.get_content_type() == "text/plain" and not msg.get("Content-Type"):
        out.append(msg.get_payload())
    return "\n".join(out)

def number_candidates(text):
    cands = set()
    for tok in re.findall(r"\d[\d.,\s\u202f\u00a0']*\d|\d", text):
        tok = re.sub(r"[\s\u202f\u00a0']", "", tok)
        for dec in (",", ".", None):
            t = tok
            if dec and dec in t:
                ip, _, fp = t.rpartition(dec)
                ip = ip.replace(".", "").replace(",", "")
                if not ip.isdigit() or not fp.isdigit() or len(fp) not in (1, 2): continue
                cands.add(f"{int(ip)}.{fp.ljust(2, '0')}")
            else:
                t2 = t.replace(".", "").replace(",", "")
                if t2.isdigit(): cands.add(f"{int(t2)}.00")
    return cands

emails = [json.loads(l) for l in open("emails.jsonl", encoding="utf-8")]
labels = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
if len(emails) != 80 or len(labels) != 80: bad("-", "need 80 emails and 80 labels")
want_ids = [f"rz{n:02d}" for n in range(1, 81)]
if [e["id"] for e in emails] != want_ids or [l["id"] for l in labels] != want_ids: bad("-", "id order")
n_inj = 0
for e, l in zip(emails, labels):
    i = e["id"]
    if set(e) != {"id", "eml"}: bad(i, "email keys")
    extra = set(l) - set(FIELDS) - {"id", "note", "injection"}
    if extra or not set(FIELDS) <= set(l): bad(i, f"label keys {extra}")
    msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    for h in ("Date", "From", "To", "Subject", "Message-ID"):
        if not msg.get(h): bad(i, f"missing header {h}")
    dt = msg["Date"].datetime
    today = dt.date()
    if msg.get("In-Reply-To") is None and l["intent"] != "delivery_failure": bad(i, "no In-Reply-To")
    if l["intent"] == "out_of_office" and not msg.get("Auto-Submitted"): bad(i, "OOO w/o Auto-Submitted")
    text = all_text(msg)
    m = re.match(r"\[([A-L]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
    if not m: bad(i, "note prefix")
    elif KEYS[m.group(1)] != l["intent"]: bad(i, "note key != intent")
    if l["intent"] not in KEYS.values(): bad(i, "intent")
    for f in ("promised_date", "paid_date", "return_date"):
        v = l[f]
        if v is not None:
            try: date.fromisoformat(v)
            except Exception: bad(i, f"{f} format")
    rm = re.search(r"\{today=(\d{4}-\d\d-\d\d) rules: ([^}]*)\}", l["note"])
    ruled = set()
    if rm:
        if rm.group(1) != today.isoformat(): bad(i, f"today {rm.group(1)} != Date {today}")
        for fr in rm.group(2).split("; "):
            f, _, r = fr.partition("=")
            ruled.add(f)
            got = resolve(r, today).isoformat()
            if l.get(f) != got: bad(i, f"{f}={l.get(f)} but rule {r} gives {got}")
    for f in ("promised_date", "paid_date", "return_date"):
        if l[f] is not None and f not in ruled: bad(i, f"{f} without rule")
    a = l["promised_amount"]
    if (a is None) != (l["currency"] is None): bad(i, "currency iff amount")
    if a is not None:
        if not re.fullmatch(r"\d+\.\d\d", a): bad(i, "amount format")
        if a not in number_candidates(text): bad(i, f"amount {a} not in text")
        if l["currency"] not in CURS: bad(i, "currency code")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: bad(i, "reason")
    if l["intent"] == "dispute" and l["dispute_reason"] is None: bad(i, "dispute w/o reason")
    for f in ("payment_reference", "new_contact_email"):
        if l[f] is not None and l[f] not in text: bad(i, f"{f} not in text")
    if l["intent"] == "paid_claim" and l["paid_date"] is None: pass
    inv = l["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv): bad(i, "invoice list")
    for n in inv:
        if not re.fullmatch(r"INV-\d{4}", n) or n[4:] not in text: bad(i, f"invoice {n} not in text")
    if l.get("injection"):
        n_inj += 1
        if l["injection"] is not True: bad(i, "injection flag")
if not 4 <= n_inj <= 8: bad("-", f"injection count {n_inj}")
for x in errs: print("FAIL", x)
print(f"{len(labels)} labels checked, {n_inj} injections, {len(errs)} problems")
sys.exit(1 if errs else 0)
