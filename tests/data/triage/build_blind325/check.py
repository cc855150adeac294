#!/usr/bin/env python3
"""Re-verify every label of the bw set from the generated data. Exit 1 on any problem."""
import calendar, email, email.policy, html, json, os, re, sys
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
KEYS = dict(zip("ABCDEFGHIJKL", INTENTS))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
errors = []

def err(i, m):
    errors.append(f"{i}: {m}")

def resolve(today, rule, arg):
    if rule == "plus":
        return today + timedelta(days=arg)
    if rule == "this_wd":
        return today + timedelta((arg - today.weekday()) % 7)
    if rule == "next_wd":
        return today - timedelta(today.weekday()) + timedelta(7 + arg)
    if rule == "past_wd":
        d = today
        while d.weekday() != arg:
            d -= timedelta(1)
        return d
    if rule == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "eom_m":
        return date(today.year, arg, calendar.monthrange(today.year, arg)[1])
    if rule == "by_the":
        d = today
        while d.day != arg:
            d += timedelta(1)
        return d
    if rule == "this_week":
        return today - timedelta(today.weekday()) + timedelta(4)
    if rule == "kw":
        jan4 = date(today.year, 1, 4)
        return jan4 - timedelta(jan4.weekday()) + timedelta(weeks=arg - 1, days=4)
    if rule == "abs":
        return date.fromisoformat(arg)
    if rule == "dm_past":
        d = today
        while (d.day, d.month) != tuple(arg):
            d -= timedelta(1)
        return d
    if rule == "dm_future":
        d = today
        while (d.day, d.month) != tuple(arg):
            d += timedelta(1)
        return d
    if rule == "day_next_month":
        d = date(today.year, today.month, 28) + timedelta(days=10)
        return d.replace(day=arg)
    raise ValueError(rule)

def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            if ct == "message/rfc822":
                out.append(str(part.get_payload(0).get("Subject", "")) if part.get_payload() else "")
            continue
        if ct.startswith("text/") or ct == "message/delivery-status":
            try:
                t = part.get_content()
            except Exception:
                raw = part.get_payload(decode=True) or b""
                t = raw.decode(part.get_content_charset() or "utf-8", "replace") if isinstance(raw, bytes) else str(part.get_payload())
            if not isinstance(t, str):
                t = str(t)
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            if "\ufffd" in t:
                out.append("")
                errors.append(f"U+FFFD in a decoded part ({ct})")
            out.append(t)
    return re.sub(r"[\s\u00a0\u202f]+", " ", "\n".join(out))

def renderings(a):
    whole, dec = a.split(".")
    n = int(whole)
    g3 = f"{n:,}"
    forms = {f"{n}.{dec}", f"{n},{dec}"}
    for sep in [",", ".", " ", "'", "’"]:
        g = g3.replace(",", sep)
        forms |= {f"{g}.{dec}", f"{g},{dec}"}
        if dec == "00":
            forms.add(g)
    s = str(n)
    if len(s) > 3:  # Indian grouping
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        forms.add(",".join(parts) + "," + tail + "." + dec)
    return forms

def main():
    E = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    L = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    V = [json.loads(l) for l in open(os.path.join(HERE, "derivations.jsonl"), encoding="utf-8")]
    if not (len(E) == len(L) == len(V) == 80):
        err("all", "expected 80 lines in each file")
    ids = [f"bw{i:02d}" for i in range(1, 81)]
    for e, l, v, want in zip(E, L, V, ids):
        i = e["id"]
        if not (i == l["id"] == v["id"] == want):
            err(i, "id order mismatch")
        extra = set(l) - set(FIELDS) - {"injection"}
        if extra or set(FIELDS) - set(l):
            err(i, f"field set wrong: {extra or set(FIELDS) - set(l)}")
        if "injection" in l and l["injection"] is not True:
            err(i, "injection must be true when present")
        m = re.match(r"^\[([A-L]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
        if not m or KEYS[m.group(1)] != l["intent"] or m.group(2) != v["loc"]:
            err(i, "note prefix / key mismatch")
        if l["intent"] not in INTENTS:
            err(i, "bad intent")
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        for h in ("Date", "Subject", "From", "To"):
            if not msg.get(h):
                err(i, f"missing header {h}")
        dt = parsedate_to_datetime(str(msg["Date"]))
        today = dt.date()
        if dt.tzinfo is None and "-0000" not in e["eml"]:
            err(i, "Date without zone")
        text = all_text(msg)
        intent = l["intent"]
        # intent-specific header sanity
        if intent == "out_of_office" and not msg.get("Auto-Submitted"):
            err(i, "away message without Auto-Submitted")
        if intent == "delivery_failure" and msg.get("In-Reply-To"):
            err(i, "bounce with In-Reply-To")
        if intent not in ("delivery_failure",) and not msg.get("In-Reply-To"):
            err(i, "reply without In-Reply-To")
        # dates
        derived = {d["field"] for d in v["derivations"]}
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", l[f]):
                    err(i, f"{f} format")
                if f not in derived:
                    err(i, f"{f} has no derivation")
        for d in v["derivations"]:
            got = resolve(today, d["rule"], d["arg"]).isoformat()
            if got != l[d["field"]]:
                err(i, f"{d['field']} {l[d['field']]} != recomputed {got}")
            if re.sub(r"\s+", " ", d["phrase"]) not in text:
                err(i, f"phrase not in text: {d['phrase']!r}")
        if l["return_date"] and intent != "out_of_office":
            err(i, "return_date outside out_of_office")
        # amounts
        a, c = l["promised_amount"], l["currency"]
        if (a is None) != (c is None):
            err(i, "currency must be null exactly when amount is null")
        if a is not None:
            if not re.fullmatch(r"\d+\.\d{2}", a):
                err(i, "amount format")
            elif not any(r in text for r in renderings(a)):
                err(i, f"amount {a} not found in text")
            if not re.fullmatch(r"[A-Z]{3}", c) or c not in text:
                err(i, f"currency {c} not shown in the thread")
        # reference / contact
        if l["payment_reference"] is not None and l["payment_reference"] not in text:
            err(i, "payment_reference not in text")
        if l["new_contact_email"] is not None:
            if l["new_contact_email"] not in text:
                err(i, "new_contact_email not in text")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            err(i, "bad dispute_reason")
        if intent == "dispute" and l["dispute_reason"] is None:
            err(i, "dispute without reason")
        if intent == "paid_claim" and l["paid_date"] is None and l["payment_reference"] is None:
            err(i, "paid_claim with nothing stated (allowed, but check)")
        # invoices
        inv = l["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv):
            err(i, "invoice_numbers not a unique list")
        for n in inv:
            if not re.fullmatch(r"INV-\d{4}", n) or not re.search(r"(?<!\d)" + n[4:] + r"(?!\d)", text):
                err(i, f"invoice {n} not in message")
        found = list(dict.fromkeys(re.findall(r"INV-\d{4}", text)))
        if inv and set(found) != set(inv):
            err(i, f"invoice set {inv} vs message {found}")
        # injection items must carry their instruction text
        if l.get("injection") and not re.search(r"(?i)(AI|KI|IA|system|assistent|automat)", text):
            err(i, "injection flag but no instruction found")
    n_inj = sum(1 for l in L if l.get("injection"))
    if not 5 <= n_inj <= 8:
        err("all", f"{n_inj} injection items")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK: 80 messages, all labels re-verified")

if __name__ == "__main__":
    main()
