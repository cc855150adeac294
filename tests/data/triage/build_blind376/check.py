"""Re-verifies labels.jsonl against emails.jsonl and the build's provenance.jsonl. Exits 1 on any problem."""
import calendar, email, email.policy, json, os, re, sys
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
EXPECT = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
          "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
          "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
problems = []

def bad(i, msg):
    problems.append("%s: %s" % (i, msg))

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

# independent date rules ------------------------------------------------------
def rule_date(t, rule, a):
    if rule == "explicit":
        return date(a[0], a[1], a[2])
    if rule == "plus_days":
        return t + timedelta(days=a[0])
    if rule == "this_weekday":
        return t + timedelta(days=(a[0] - t.weekday()) % 7)
    if rule == "next_weekday":
        monday_next = t - timedelta(days=t.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=a[0])
    if rule == "last_weekday":
        for k in range(1, 8):
            d = t - timedelta(days=k)
            if d.weekday() == a[0]:
                return d
    if rule == "prev_week_weekday":
        monday_prev = t - timedelta(days=t.weekday() + 7)
        return monday_prev + timedelta(days=a[0])
    if rule == "end_of_month":
        return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if rule == "end_of_named_month":
        return date(t.year, a[0], calendar.monthrange(t.year, a[0])[1])
    if rule == "by_the":
        d = t
        while d.day != a[0]:
            d += timedelta(days=1)
        return d
    if rule == "this_week":
        return t + timedelta(days=4 - t.weekday()) if t.weekday() <= 4 else None
    if rule == "first_week_of":
        return date(t.year, a[0], 7)
    if rule == "daymonth_future":
        d = date(t.year, a[1], a[0])
        return d if d >= t else date(t.year + 1, a[1], a[0])
    if rule == "daymonth_past":
        d = date(t.year, a[1], a[0])
        return d if d <= t else date(t.year - 1, a[1], a[0])
    raise ValueError(rule)

LOCAL_DIGITS = {chr(b + k): str(k) for b in (0x09E6, 0x0966, 0x0E50) for k in range(10)}

def amount_from_raw(raw, style):
    s = "".join(LOCAL_DIGITS.get(c, c) for c in raw)
    m = re.search(r"\d[\d.,]*", s)
    tok = m.group(0).rstrip(".,")
    if style == "comma":
        whole, _, frac = tok.replace(".", "").partition(",")
    else:
        whole, _, frac = tok.replace(",", "").partition(".")
    if frac and len(frac) != 2:
        raise ValueError("odd decimals in %r" % raw)
    return "%d.%s" % (int(whole), frac or "00")

def decoded_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        elif part.get_content_type() == "message/rfc822":
            out.append(str(part.get_payload(0).get("Subject", "")))
    return "\n".join(out)

def main():
    emails, labels, prov = load("emails.jsonl"), load("labels.jsonl"), load("provenance.jsonl")
    if not (len(emails) == len(labels) == len(prov) == 80):
        bad("-", "expected 80 lines each, got %d/%d/%d" % (len(emails), len(labels), len(prov)))
    counts, inj = {}, 0
    for n, (e, l, p) in enumerate(zip(emails, labels, prov), 1):
        iid = "hw%02d" % n
        if not (e["id"] == l["id"] == p["id"] == iid):
            bad(iid, "id/order mismatch")
        keys = [k for k in l if k != "injection"]
        if keys != FIELDS:
            bad(iid, "label keys %s" % keys)
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            text = decoded_text(msg)
            dh = str(msg["Date"])
        except Exception as ex:  # noqa
            bad(iid, "parse/decode failed: %r" % ex)
            continue
        hd, pd = msg["Date"].datetime, parsedate_to_datetime(p["date_header"])
        if hd != pd or hd.utcoffset() != pd.utcoffset():
            bad(iid, "Date header %r != provenance %r" % (dh, p["date_header"]))
        today = parsedate_to_datetime(p["date_header"]).date()  # header's own offset
        if not text.strip():
            bad(iid, "no decoded text")
        counts[l["intent"]] = counts.get(l["intent"], 0) + 1
        if l["intent"] not in EXPECT:
            bad(iid, "bad intent")
        if not l["note"].startswith("[%s, %s] " % (p["key"], p["locale"])):
            bad(iid, "note prefix")
        if l.get("injection"):
            inj += 1
        # dates
        dated = {d["field"]: d for d in p["dates"]}
        for f in ("promised_date", "paid_date", "return_date"):
            if f in dated:
                d = dated[f]
                want = rule_date(today, d["rule"], d["args"])
                if want is None or l[f] != want.isoformat():
                    bad(iid, "%s %s != recomputed %s (%s %s from %s)" % (f, l[f], want, d["rule"], d["args"], today))
                if d["phrase"] not in text:
                    bad(iid, "date phrase %r not in message text" % d["phrase"])
            elif l[f] is not None:
                bad(iid, "%s set without provenance" % f)
        # amounts
        a = p["amount"]
        if a:
            got = amount_from_raw(a["raw"], a["style"])
            if l["promised_amount"] != got or l["currency"] != a["currency"]:
                bad(iid, "amount %s %s != raw %r -> %s %s" % (l["promised_amount"], l["currency"], a["raw"], got, a["currency"]))
            if a["raw"] not in text:
                bad(iid, "raw amount %r not in message text" % a["raw"])
            if not re.fullmatch(r"\d+\.\d{2}", l["promised_amount"] or ""):
                bad(iid, "amount format")
        elif l["promised_amount"] is not None or l["currency"] is not None:
            bad(iid, "amount/currency without provenance")
        if (l["promised_amount"] is None) != (l["currency"] is None):
            bad(iid, "currency null iff amount null violated")
        # other fields
        if l["payment_reference"] is not None and l["payment_reference"] not in text:
            bad(iid, "payment_reference not in text")
        if l["new_contact_email"] is not None and l["new_contact_email"] not in text:
            bad(iid, "new_contact_email not in text")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad(iid, "bad dispute_reason")
        if l["intent"] == "dispute" and l["dispute_reason"] is None:
            bad(iid, "dispute without reason")
        if l["return_date"] is not None and l["intent"] != "out_of_office":
            bad(iid, "return_date outside out_of_office")
        if not isinstance(l["invoice_numbers"], list) or not l["invoice_numbers"]:
            bad(iid, "invoice_numbers empty/not a list")
        for inv in l["invoice_numbers"]:
            if not re.fullmatch(r"KE-\d{5}", inv):
                bad(iid, "invoice format %s" % inv)
            if inv not in text and inv[3:] not in text:
                bad(iid, "invoice %s not in message" % inv)
        if len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]):
            bad(iid, "duplicate invoice numbers")
    if counts != EXPECT:
        bad("-", "intent counts %s != %s" % (counts, EXPECT))
    if inj != 6:
        bad("-", "injection items %d != 6" % inj)
    for pr in problems:
        print("PROBLEM", pr)
    print("checked %d items, %d problems; intents %s; injections %d" % (len(labels), len(problems), counts, inj))
    sys.exit(1 if problems else 0)

if __name__ == "__main__":
    main()
