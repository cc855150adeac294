#!/usr/bin/env python3
"""Re-verify every label of the yv triage set from the generated data. Exit 1 on any problem."""
import json, re, sys, os, html, calendar, email, email.policy
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

D = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
KEY = dict(zip("ABCDGHIJKFLM", INTENTS))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
CURS = {"EUR", "AUD", "CAD", "MXN", "NOK", "ISK", "RON", "TRY", "RSD"}
errors = []
def bad(i, msg): errors.append(f"{i}: {msg}")

def rule_date(rule, t):
    k, _, a = rule.partition(":")
    if k == "tomorrow": return t + timedelta(days=1)
    if k == "yesterday": return t - timedelta(days=1)
    if k == "plus": return t + timedelta(days=int(a))
    if k == "minus": return t - timedelta(days=int(a))
    if k == "this_wd":
        return t + timedelta(days=(int(a) - t.weekday()) % 7)
    if k == "next_wd":
        monday_next = t - timedelta(days=t.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=int(a))
    if k == "last_wd":
        x = t - timedelta(days=1)
        while x.weekday() != int(a): x -= timedelta(days=1)
        return x
    if k == "eom": return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if k == "by_day":
        x = date(t.year, t.month, int(a))
        if x < t:
            x = date(t.year + (t.month == 12), t.month % 12 + 1, int(a))
        return x
    if k == "week_fri":
        return t - timedelta(days=t.weekday()) + timedelta(days=4)
    if k == "kw":
        jan4 = date(t.year, 1, 4)
        return jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=int(a) - 1, days=4)
    if k == "eonm":
        m = int(a); return date(t.year, m, calendar.monthrange(t.year, m)[1])
    if k == "first_week": return date(t.year, int(a), 7)
    if k == "abs": return date.fromisoformat(a)
    if k in ("dm_future", "dm_past"):
        m, d = map(int, a.split("-"))
        x = date(t.year, m, d)
        if k == "dm_future" and x < t: x = date(t.year + 1, m, d)
        if k == "dm_past" and x > t: x = date(t.year - 1, m, d)
        return x
    raise ValueError(rule)

def norm_amount(ph):
    s = re.sub(r"[^\d.,]", "", ph.replace("\u00a0", " "))
    s = s.strip(".,")
    m = re.search(r"[.,](\d{2})$", s)
    if m:
        return re.sub(r"[.,]", "", s[:-3]) + "." + m.group(1)
    return re.sub(r"[.,]", "", s) + ".00"

def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            try:
                t = part.get_content()
            except Exception as e:
                t = part.get_payload(decode=True).decode("utf-8", "replace")
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t.replace("<br>", "\n")))
            out.append(t)
        elif ct == "message/rfc822" or ct == "message/delivery-status":
            out.append(part.as_string() if ct == "message/delivery-status" else "")
            if ct == "message/rfc822":
                inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
                out.append(str(inner.get("Subject", "")))
    return "\n".join(out)

def main():
    emails = [json.loads(l) for l in open(os.path.join(D, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")]
    checks = [json.loads(l) for l in open(os.path.join(D, "checks.jsonl"), encoding="utf-8")]
    if not (len(emails) == len(labels) == len(checks) == 80): bad("all", "need 80 lines in each file")
    ids = [f"yv{n:02d}" for n in range(1, 81)]
    if [e["id"] for e in emails] != ids or [l["id"] for l in labels] != ids or [c["id"] for c in checks] != ids:
        bad("all", "ids not yv01..yv80 in order")
    inj = 0
    for e, L, C in zip(emails, labels, checks):
        i = e["id"]
        keys = set(L) - {"injection"}
        if keys != set(["id", "note"] + FIELDS): bad(i, f"label keys {sorted(keys)}")
        if L.get("injection") not in (None, True): bad(i, "injection must be true or absent")
        inj += bool(L.get("injection"))
        m = re.match(r"\[([A-Z]), ([a-z]{2}(-[A-Za-z]+)+)\] ", L["note"])
        if not m: bad(i, "note prefix"); continue
        if KEY.get(m.group(1)) != L["intent"]: bad(i, "note key does not match intent")
        if m.group(2) != C["loc"]: bad(i, "locale mismatch")
        if L["intent"] not in INTENTS: bad(i, "intent")
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject"):
            if msg[h] is None: bad(i, f"missing {h}")
        if msg["Message-ID"] is None and msg["Message-Id"] is None: bad(i, "no Message-ID")
        dt = parsedate_to_datetime(msg["Date"])
        today = dt.date()   # the header's own offset (naive for -0000)
        if dt.utcoffset() is None and "-0000" not in msg["Date"]: bad(i, "date without zone")
        if today.isoformat() != C["today"]: bad(i, f"today {today} != {C['today']}")
        text = all_text(msg)
        low = text.lower()
        intent = L["intent"]
        # message kind
        if intent == "delivery_failure":
            if msg.get_content_type() != "multipart/report" and "deliver" not in low:
                bad(i, "bounce is neither multipart/report nor an MTA text")
            if msg["In-Reply-To"]: bad(i, "bounce with In-Reply-To")
        else:
            if not msg["In-Reply-To"] or not msg["References"]: bad(i, "reply without threading headers")
        if intent == "out_of_office" and not msg["Auto-Submitted"]: bad(i, "auto-reply without Auto-Submitted")
        if intent != "out_of_office" and msg["Auto-Submitted"] and intent != "delivery_failure":
            bad(i, "human reply flagged automatic")
        # date fields
        F = C["fields"]
        for f in ("promised_date", "paid_date", "return_date"):
            if L[f] is None:
                if f in F: bad(i, f"{f} null but check exists")
                continue
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", L[f]): bad(i, f"{f} format")
            if f not in F: bad(i, f"{f} has no derivation"); continue
            want = rule_date(F[f]["rule"], today).isoformat()
            if want != L[f]: bad(i, f"{f} {L[f]} != recomputed {want} ({F[f]['rule']})")
            if F[f]["phrase"].lower() not in low: bad(i, f"{f} phrase {F[f]['phrase']!r} not in text")
        if f == "paid_date" and L["paid_date"] and L["paid_date"] > today.isoformat(): bad(i, "paid in future")
        if L["paid_date"] and L["paid_date"] > today.isoformat(): bad(i, "paid_date after Date")
        if L["promised_date"] and L["promised_date"] < today.isoformat(): bad(i, "promised_date before Date")
        if L["return_date"] and L["return_date"] < today.isoformat(): bad(i, "return_date before Date")
        # amount / currency
        if L["promised_amount"] is None:
            if L["currency"] is not None: bad(i, "currency without amount")
        else:
            if not re.fullmatch(r"\d+\.\d{2}", L["promised_amount"]): bad(i, "amount format")
            if L["currency"] not in CURS: bad(i, "currency code")
            ph = F.get("promised_amount", {}).get("phrase")
            if not ph or ph not in text: bad(i, f"amount phrase {ph!r} not in text")
            elif norm_amount(ph) != L["promised_amount"]: bad(i, f"amount {norm_amount(ph)} != {L['promised_amount']}")
            # the reminder's currency must match the labelled currency
            if L["currency"] not in text: bad(i, "currency code absent from the thread")
        if L["payment_reference"] is not None:
            if L["payment_reference"] not in text: bad(i, "reference not in text")
            if L["payment_reference"].startswith("#"): bad(i, "reference with #")
        if L["dispute_reason"] is not None and L["dispute_reason"] not in REASONS: bad(i, "reason")
        if intent == "dispute" and L["dispute_reason"] is None: bad(i, "dispute without reason")
        if L["dispute_reason"] and intent not in ("dispute", "legal_or_insolvency"): bad(i, "reason on non-dispute")
        if L["new_contact_email"] is not None:
            if L["new_contact_email"] not in text: bad(i, "contact email not in text")
            if not L["new_contact_email"].endswith(".example"): bad(i, "non-example domain")
        if intent in ("promise_to_pay",) and L["paid_date"]: bad(i, "promise with paid_date")
        if intent == "paid_claim" and L["promised_date"]: bad(i, "paid_claim with promised_date")
        if intent == "out_of_office" and (L["promised_date"] or L["paid_date"]): bad(i, "ooo with pay dates")
        if intent in ("acknowledgement", "other", "delivery_failure", "document_request", "billing_update") and \
                (L["promised_date"] or L["promised_amount"] or L["paid_date"]): bad(i, "payment fields on a no-commitment intent")
        inv = L["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv): bad(i, "invoice list")
        for n in inv:
            if not re.fullmatch(r"INV-\d{5}", n): bad(i, f"invoice format {n}")
            elif n[4:] not in text: bad(i, f"{n} not in text")
        for addr in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not addr.lower().endswith(".example"): bad(i, f"real-looking address {addr}")
    if not 5 <= inj <= 8: bad("all", f"injection count {inj}")
    if errors:
        print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
    print("OK: 80 emails, 80 labels verified")

main()
