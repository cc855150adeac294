#!/usr/bin/env python3
"""Re-verify labels.jsonl against emails.jsonl. Exit 1 on any problem."""
import calendar, email, json, re, sys, os
from email import policy
from datetime import date, timedelta
D = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENTS = {"promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = dict(P="promise_to_pay", C="paid_claim", D="dispute", R="document_request", B="billing_update", W="wrong_contact",
            O="out_of_office", L="payment_plan_request", G="legal_or_insolvency", F="delivery_failure", A="acknowledgement", X="other")

def resolve(today, rule):
    k, _, a = rule.partition(":")
    if k == "days": return today + timedelta(int(a))
    if k == "this": return today + timedelta((int(a) - today.weekday()) % 7)
    if k == "next": return today + timedelta(7 - today.weekday() + int(a))
    if k == "last": return today - timedelta((today.weekday() - int(a)) % 7 or 7)
    if k == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "eonm":
        y, m = map(int, a.split("-")); return date(y, m, calendar.monthrange(y, m)[1])
    if k == "by":
        d = int(a)
        if today.day <= d: return today.replace(day=d)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, d)
    if k == "week": return today + timedelta(4 - today.weekday())
    if k == "kw": return date.fromisocalendar(today.year, int(a), 5)
    if k == "abs": return date.fromisoformat(a)
    raise ValueError(rule)

def text_of(msg):
    out = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if p.is_multipart() or ct == "message/rfc822": continue
        if ct.startswith("text/") or ct in ("message/delivery-status",):
            try: t = p.get_content()
            except Exception: t = p.get_payload(decode=True).decode("utf-8", "replace")
            if not isinstance(t, str): t = str(t)
            if ct == "text/html": t = re.sub(r"<[^>]+>", " ", t)
            import html; out.append(html.unescape(t))
    return "\n".join(out)

errs = []
def bad(i, m): errs.append(f"{i}: {m}")
E = [json.loads(l) for l in open(os.path.join(D, "emails.jsonl"), encoding="utf-8")]
L = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")]
if len(E) != 80 or len(L) != 80: bad("-", "need 80 lines each")
if [e["id"] for e in E] != [l["id"] for l in L] or [e["id"] for e in E] != [f"mo{n:02d}" for n in range(1, 81)]:
    bad("-", "ids/order mismatch")
for e, l in zip(E, L):
    i = l["id"]
    keys = set(l) - {"injection"}
    if keys != set(FIELDS): bad(i, f"fields {sorted(keys ^ set(FIELDS))}")
    if "injection" in l and l["injection"] is not True: bad(i, "injection must be true")
    msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=policy.default)
    dh = msg["Date"]
    if not dh: bad(i, "no Date"); continue
    dt = dh.datetime
    today = dt.date()
    txt = text_of(msg)
    flat = re.sub(r"[\s,.'\u00a0\u202f]", "", txt)
    m = re.match(r"\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
    if not m or KEYS.get(m.group(1)) != l["intent"]: bad(i, "note key/intent")
    if l["intent"] not in INTENTS: bad(i, "intent")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: bad(i, "reason")
    if (l["intent"] == "dispute") != (l["dispute_reason"] is not None) and l["intent"] != "legal_or_insolvency": bad(i, "dispute_reason vs intent")
    if (l["promised_amount"] is None) != (l["currency"] is None): bad(i, "amount/currency pairing")
    if l["promised_amount"] is not None:
        if not re.fullmatch(r"\d+\.\d{2}", l["promised_amount"]): bad(i, "amount format")
        dig = l["promised_amount"].replace(".", "")
        if dig not in flat and not (dig.endswith("00") and dig[:-2] in flat): bad(i, f"amount {l['promised_amount']} not in text")
    if l["currency"] is not None and not re.fullmatch(r"[A-Z]{3}", l["currency"]): bad(i, "currency")
    for k in ("payment_reference", "new_contact_email"):
        if l[k] is not None and l[k] not in txt: bad(i, f"{k} not in text")
    if l["new_contact_email"] and l["new_contact_email"] == str(msg["From"].addresses[0].addr_spec): bad(i, "contact = sender")
    tags = re.findall(r"<<(\w+)\|([^|]+)\|([^>]+)>>", l["note"])
    tagged = set()
    for field, rule, phrase in tags:
        tagged.add(field)
        if phrase.lower() not in txt.lower(): bad(i, f"phrase {phrase!r} not in text")
        want = resolve(today, rule).isoformat()
        if l[field] != want: bad(i, f"{field} {l[field]} != {want} ({rule} from {today})")
    for k in ("promised_date", "paid_date", "return_date"):
        if l[k] is not None:
            if k not in tagged: bad(i, f"{k} without rule tag")
            dd = date.fromisoformat(l[k])
            if not -60 <= (dd - today).days <= 120: bad(i, f"{k} implausible")
            if k == "paid_date" and dd > today: bad(i, "paid_date in future")
            if k != "paid_date" and dd < today: bad(i, f"{k} in past")
    if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]): bad(i, "inv list")
    for n in l["invoice_numbers"]:
        if not re.fullmatch(r"INV-\d{4}", n) or n[4:] not in txt: bad(i, f"{n} not found")
    rtc = e["eml"].lower()
    if l["intent"] == "delivery_failure":
        if "multipart/report" not in rtc and "mailer-daemon" not in rtc: bad(i, "bounce shape")
    elif not msg["In-Reply-To"]: bad(i, "no In-Reply-To")
    if l["intent"] == "out_of_office" and not msg["Auto-Submitted"]: bad(i, "ooo without Auto-Submitted")
    if l["intent"] not in ("out_of_office", "delivery_failure") and msg["Auto-Submitted"]: bad(i, "human reply marked auto")
    if "@" in txt:
        for a in re.findall(r"[\w.+-]+@([\w.-]+)", txt):
            if not a.rstrip(".").endswith(".example"): bad(i, f"non-example domain {a}")
inj = sum(1 for l in L if l.get("injection"))
if not 5 <= inj <= 8: bad("-", f"injections {inj}")
for x in errs: print(x)
print("OK" if not errs else f"{len(errs)} problem(s)")
sys.exit(1 if errs else 0)
