#!/usr/bin/env python3
"""Re-verify every label in blind305 from the generated data. Exit 1 on any problem."""
import calendar, email, email.policy, json, os, re, sys
from collections import Counter
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
KEYS = dict(zip("ABCDEFGHIJKL", INTENTS))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
ISO = {"USD", "GBP", "CAD", "INR", "EUR", "COP", "CHF", "BRL", "SEK", "PLN", "CZK", "RON", "HUF", "TRY", "RUB",
       "UAH", "ILS", "AED", "BDT", "JPY", "CNY", "HKD", "THB", "VND", "IDR"}
errors = []


def err(i, msg):
    errors.append("%s: %s" % (i, msg))


def resolve(rule, today):   # independent re-implementation of the README rules
    k = rule[0]
    if k == "abs": return date.fromisoformat(rule[1])
    if k == "plus": return today + timedelta(days=rule[1])
    if k == "this_wd":
        d = today
        while d.weekday() != rule[1]: d += timedelta(1)
        return d
    if k == "next_wd":
        monday_next = today - timedelta(today.weekday()) + timedelta(7)
        return monday_next + timedelta(rule[1])
    if k == "eom": return today.replace(day=calendar.monthrange(today.year, today.month)[1])
    if k == "named_eom":
        y = today.year + (1 if rule[1] < today.month else 0)
        return date(y, rule[1], calendar.monthrange(y, rule[1])[1])
    if k == "by":
        d = today
        while d.day != rule[1]: d += timedelta(1)
        return d
    if k == "week_fri": return today - timedelta(today.weekday()) + timedelta(4)
    if k == "next_week_fri": return today - timedelta(today.weekday()) + timedelta(11)
    if k == "kw": return date.fromisocalendar(today.year, rule[1], 5)
    if k == "past_dm":
        d = date(today.year, rule[1], rule[2])
        return d if d <= today else d.replace(year=today.year - 1)
    if k == "fut_dm":
        d = date(today.year, rule[1], rule[2])
        return d if d >= today else d.replace(year=today.year + 1)
    if k == "last_wd":
        d = today - timedelta(1)
        while d.weekday() != rule[1]: d -= timedelta(1)
        return d
    raise ValueError(rule)


def texts(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            try:
                out.append(part.get_content())
            except Exception as e:  # noqa
                out.append(part.get_payload())
        elif ct in ("message/delivery-status",):
            out.append(str(part))
    return "\n".join(out)


def amounts_in(t):
    vals = set()
    for m in re.finditer(r"\d[\d.,'\u00a0\u202f ]*\d|\d", t):
        s = m.group(0)
        pieces = s.split(" ")
        cands = {s.replace(" ", "")}
        for a in range(len(pieces)):
            for b in range(a + 1, len(pieces) + 1):
                cands.add("".join(pieces[a:b]))
        for c in cands:
            c = c.strip(".,'")
            if not c: continue
            mm = re.match(r"^(.*)[.,](\d{2})$", c)
            try:
                if mm and not re.search(r"[.,]\d{3}$", c):
                    vals.add("%.2f" % float(re.sub(r"[^\d]", "", mm.group(1)) + "." + mm.group(2)))
                vals.add("%.2f" % float(re.sub(r"[^\d]", "", c)))
            except ValueError:
                pass
    return vals


def main():
    em = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    lb = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    ru = [json.loads(l) for l in open(os.path.join(HERE, "date_rules.jsonl"), encoding="utf-8")]
    if not (len(em) == len(lb) == len(ru) == 80):
        err("-", "expected 80 lines each, got %d/%d/%d" % (len(em), len(lb), len(ru)))
    ids = ["gt%02d" % i for i in range(1, 81)]
    if [e["id"] for e in em] != ids or [l["id"] for l in lb] != ids:
        err("-", "ids not gt01..gt80 in order")
    for e, l, r in zip(em, lb, ru):
        i = e["id"]
        keys = set(l) - {"id", "note", "injection"}
        if keys != set(FIELDS): err(i, "label fields %s" % sorted(keys ^ set(FIELDS)))
        if "injection" in l and l["injection"] is not True: err(i, "injection must be true")
        m = re.match(r"^\[([A-L]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
        if not m: err(i, "note prefix"); continue
        if KEYS[m.group(1)] != l["intent"]: err(i, "KEY letter vs intent")
        if m.group(2) != r["loc"]: err(i, "locale mismatch")
        if l["intent"] not in INTENTS: err(i, "intent")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: err(i, "reason")
        if (l["promised_amount"] is None) != (l["currency"] is None): err(i, "currency iff amount")
        if l["currency"] is not None and l["currency"] not in ISO: err(i, "currency code")
        if l["promised_amount"] is not None and not re.match(r"^\d+\.\d{2}$", l["promised_amount"]): err(i, "amount fmt")
        if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]):
            err(i, "invoice list")
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        except Exception as ex:
            err(i, "parse %s" % ex); continue
        dh = msg["Date"]
        dt = dh.datetime
        today = dt.date()   # calendar date in the header's own offset
        t = texts(msg)
        # dates
        for f in ("promised_date", "paid_date", "return_date"):
            v = l[f]
            if v is None:
                if f in r["rules"]: err(i, "rule without label %s" % f)
                continue
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", v): err(i, "date fmt %s" % f)
            if f not in r["rules"]: err(i, "no rule for %s" % f); continue
            exp = resolve(r["rules"][f], today).isoformat()
            if exp != v: err(i, "%s %s != recomputed %s (Date %s)" % (f, v, exp, dh))
        if l["promised_amount"] is not None and l["promised_amount"] not in amounts_in(t):
            err(i, "amount %s not found in text" % l["promised_amount"])
        if l["payment_reference"] is not None and l["payment_reference"] not in t:
            err(i, "reference not in text")
        if l["new_contact_email"] is not None:
            if not re.match(r"^[\w.+-]+@[\w.-]+\.example$", l["new_contact_email"]) or l["new_contact_email"] not in t:
                err(i, "contact email")
        for n in l["invoice_numbers"]:
            if not re.match(r"^INV-\d{4}$", n) or n[4:] not in t: err(i, "invoice %s" % n)
        if l["intent"] == "out_of_office" and not (msg.get("Auto-Submitted") or msg.get("X-Autoreply")):
            err(i, "OOO without auto header")
        if l["intent"] == "delivery_failure" and msg.get("In-Reply-To"):
            err(i, "bounce with In-Reply-To")
        if l["intent"] not in ("out_of_office", "delivery_failure") and "In-Reply-To" not in msg:
            err(i, "reply without In-Reply-To")
        if l.get("injection") and "INJECTION" not in l["note"]: err(i, "injection note")
    ci = Counter(l["intent"] for l in lb)
    want = dict(promise_to_pay=12, paid_claim=12, dispute=10, document_request=6, billing_update=6, wrong_contact=5,
                out_of_office=6, payment_plan_request=6, legal_or_insolvency=4, delivery_failure=5,
                acknowledgement=4, other=4)
    if dict(ci) != want: err("-", "intent counts %s" % dict(ci))
    cl = Counter(r["loc"] for r in ru)
    if sum(v for k, v in cl.items() if k.startswith("en-")) > 12: err("-", "too much English")
    if len(cl) != 32: err("-", "locales %d" % len(cl))
    ninj = sum(1 for l in lb if l.get("injection"))
    if not 5 <= ninj <= 7: err("-", "injections %d" % ninj)
    for x in errors: print("FAIL", x)
    print("checked %d items, %d problems; intents %s; injections %d; locales %d"
          % (len(lb), len(errors), dict(ci), ninj, len(cl)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
