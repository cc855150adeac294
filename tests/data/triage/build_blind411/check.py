"""Re-verifies blind set 411 from the build's own provenance. Exits non-zero on any problem."""
import calendar, email, email.policy, json, os, re, sys
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
INTENTS = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
           "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
           "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
# Solar Hijri: 1 Farvardin anchors (independent of the build's arithmetic conversion)
NOWRUZ = {1404: date(2025, 3, 21), 1405: date(2026, 3, 21)}
JMON = [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29]

def rule_date(rule, a, t):
    if rule == "tomorrow": return t + timedelta(days=1)
    if rule == "yesterday": return t - timedelta(days=1)
    if rule == "today": return t
    if rule == "in_days": return t + timedelta(days=a[0])
    if rule == "this_wd":
        d = t
        while d.weekday() != a[0]: d += timedelta(days=1)
        return d
    if rule == "next_wd":
        monday_next = t - timedelta(days=t.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=a[0])
    if rule == "past_wd":
        d = t - timedelta(days=1)
        while d.weekday() != a[0]: d -= timedelta(days=1)
        return d
    if rule == "eom": return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if rule == "this_week": return t - timedelta(days=t.weekday()) + timedelta(days=4)
    if rule == "by_the":
        d = t
        while d.day != a[0]: d += timedelta(days=1)
        return d
    if rule == "explicit": return date(*a)
    if rule == "dm_past":
        d = t
        while (d.day, d.month) != (a[0], a[1]): d -= timedelta(days=1)
        return d
    if rule == "dm_future":
        d = t
        while (d.day, d.month) != (a[0], a[1]): d += timedelta(days=1)
        return d
    if rule == "eo_named_month":
        d = t
        while d.month != a[0]: d += timedelta(days=1)
        return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    if rule == "first_week_of":
        d = t
        while d.month != a[0]: d += timedelta(days=1)
        return date(d.year, d.month, 7)
    if rule == "jalali":
        y, m, dd = a
        return NOWRUZ[y] + timedelta(days=sum(JMON[:m - 1]) + dd - 1)
    raise ValueError(rule)

DIG = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)

def amount_from_raw(raw, dec):
    s = re.sub(r"[\s\u00a0\u202f\u2009'٬]", "", raw.translate(DIG))
    if dec == "comma":
        s = s.replace("٫", ",")
        assert re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d{2,3})?|\d+(,\d{2,3})?", s), raw
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace("٫", ".")
        assert re.fullmatch(r"[\d,]+(\.\d{2})?", s), raw
        s = s.replace(",", "")
    return f"{Decimal(s):.2f}"

def all_text(msg):
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if p.is_multipart(): continue
        if ct.startswith("text/"):
            out.append(p.get_content())
        elif ct == "message/delivery-status":
            out.append(str(p))
    # message/rfc822 sub-messages are walked too; add their headers
    for p in msg.walk():
        if p.get_content_type() == "message/rfc822":
            for sub in p.iter_parts():
                out.append(str(sub["subject"] or ""))
    out.append(str(msg["subject"] or ""))
    return "\n".join(out)

def main():
    errs = []
    def err(i, m): errs.append(f"{i}: {m}")
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    provs = [json.loads(l) for l in open(os.path.join(HERE, "provenance.jsonl"), encoding="utf-8")]
    if not (len(emails) == len(labels) == len(provs) == 80): err("-", "need 80 lines in each file")
    inv_seen = Counter()
    for n, (e, l, p) in enumerate(zip(emails, labels, provs), 1):
        iid = f"hd{n:02d}"
        if not (e["id"] == l["id"] == p["id"] == iid): err(iid, "id/order mismatch")
        for f in FIELDS:
            if f not in l: err(iid, f"missing field {f}")
        extra = set(l) - set(FIELDS) - {"note", "injection"}
        if extra: err(iid, f"extra fields {extra}")
        if not l.get("note", "").startswith(f"[{p['key']}, {p['locale']}]"): err(iid, "note must start with [KEY, locale]")
        if "injection" in l and l["injection"] is not True: err(iid, "injection must be true when present")
        if l["intent"] not in INTENTS: err(iid, "bad intent")
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        except Exception as ex:
            err(iid, f"parse failed {ex}"); continue
        if msg.defects: err(iid, f"defects {msg.defects}")
        dh = parsedate_to_datetime(str(msg["Date"]))
        today = dh.date()  # the header's own offset, no conversion
        if dh.isoformat() != p["date_header_local"]: err(iid, "Date header differs from provenance")
        text = all_text(msg)
        for k in ("promised_date", "paid_date", "return_date"):
            v = l[k]
            dp = [x for x in p["dates"] if x["field"] == k]
            if v is None:
                if dp: err(iid, f"{k} null but provenance has a rule")
                continue
            if len(dp) != 1: err(iid, f"{k} without provenance"); continue
            dp = dp[0]
            want = rule_date(dp["rule"], dp["args"], today).isoformat()
            if want != v: err(iid, f"{k} {v} != recomputed {want} ({dp['rule']} {dp['args']} from {today})")
            if dp["phrase"] not in text: err(iid, f"phrase {dp['phrase']!r} not in message text")
        if l["promised_amount"] is None:
            if p["amount"] is not None: err(iid, "amount null but provenance has a token")
            if l["currency"] is not None: err(iid, "currency without amount")
        else:
            if l["currency"] is None or not re.fullmatch(r"[A-Z]{3}", l["currency"]): err(iid, "amount without ISO currency")
            if not re.fullmatch(r"\d+\.\d{2}", l["promised_amount"]): err(iid, "amount format")
            a = p["amount"]
            if a is None: err(iid, "amount without provenance")
            else:
                if a["raw"] not in text: err(iid, f"raw amount {a['raw']!r} not in text")
                if amount_from_raw(a["raw"], a["dec"]) != l["promised_amount"]: err(iid, "amount mismatch with raw token")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: err(iid, "bad dispute_reason")
        if l["intent"] == "dispute" and l["dispute_reason"] is None: err(iid, "dispute without reason")
        if l["new_contact_email"] and l["new_contact_email"] not in text: err(iid, "new_contact_email not in text")
        if l["payment_reference"] and l["payment_reference"] not in text: err(iid, "payment_reference not in text")
        if not isinstance(l["invoice_numbers"], list): err(iid, "invoice_numbers must be a list")
        for inv in l["invoice_numbers"]:
            if not re.fullmatch(r"FRA-\d{5}", inv): err(iid, f"invoice format {inv}")
            if inv not in text: err(iid, f"{inv} not in message")
            inv_seen[inv] += 1
        if len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]): err(iid, "duplicate invoice numbers")
        if l["intent"] == "delivery_failure" and msg["In-Reply-To"] and "Exchange" not in p["format"] and "Gmail" not in p["format"]:
            pass
        hdrs = "\n".join(f"{k}: {v}" for k, v in msg.items())
        for dom in re.findall(r"@([A-Za-z0-9.-]+)", text + "\n" + hdrs):
            dom = dom.rstrip(".")
            if not (dom.endswith(".example") or dom.endswith("outlook.com") or dom.endswith("mail.gmail.com")):
                err(iid, f"non-example domain {dom}")
    dup = [k for k, v in inv_seen.items() if v > 1]
    if dup: err("-", f"invoice numbers reused across items: {dup}")
    c = Counter(l["intent"] for l in labels)
    for k, v in INTENTS.items():
        if c[k] != v: err("-", f"intent {k}: {c[k]} != {v}")
    if sum(1 for l in labels if l.get("injection")) != 6: err("-", "need exactly 6 injection items")
    reasons = {l["dispute_reason"] for l in labels if l["intent"] == "dispute"}
    if reasons != REASONS: err("-", f"dispute reasons not all covered: {REASONS - reasons}")
    if errs:
        print("\n".join(errs)); print(f"FAILED: {len(errs)} problem(s)"); sys.exit(1)
    print("OK: 80 items;", dict(c))

if __name__ == "__main__":
    main()
