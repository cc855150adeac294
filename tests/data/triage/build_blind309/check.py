#!/usr/bin/env python3
"""Re-verify labels.jsonl against emails.jsonl (independent of build.py). Exit 1 on any problem."""
import calendar, email, email.policy, json, os, re, sys
from datetime import date, timedelta
from email.utils import parsedate_tz

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = {"promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = {"id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"}
KEYMAP = dict(zip("ABCDEFGHIJKL", ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
              "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
              "acknowledgement", "other"]))

def eom(t): return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
def nxt_month(t): return date(t.year + (t.month == 12), t.month % 12 + 1, 1)
def coming(t, wd): return t + timedelta((wd - t.weekday()) % 7)
def following(t, wd): return t - timedelta(t.weekday()) + timedelta(7 + wd)
def the_nth(t, n): return t.replace(day=n) if t.day <= n else nxt_month(t).replace(day=n)

# phrase as it appears in the email -> resolver(today)
PHRASES = [
    ("the day after tomorrow", lambda t: t + timedelta(2)), ("明後日", lambda t: t + timedelta(2)),
    ("다음 달 초", lambda t: nxt_month(t).replace(day=7)),
    ("bis Ende nächster Woche", lambda t: following(t, 4)), ("à la fin de la semaine prochaine", lambda t: following(t, 4)),
    ("vecka 12", lambda t: date.fromisocalendar(t.year, 12, 5)), ("今月末", eom),
    ("para el lunes", lambda t: coming(t, 0)), ("até o dia 10", lambda t: the_nth(t, 10)),
    ("denne uken", lambda t: coming(t, 4)), ("gelecek haftanın cuma", lambda t: following(t, 4)),
    ("下周三", lambda t: following(t, 2)), ("by the 25th", lambda t: the_nth(t, 25)),
    ("yesterday", lambda t: t - timedelta(1)), ("anteayer", lambda t: t - timedelta(2)),
    ("2 marzo", lambda t: date(t.year, 3, 2)), ("vanochtend", lambda t: t), ("eilen", lambda t: t - timedelta(1)),
    ("27 lutego", lambda t: date(t.year, 2, 27)), ("вчера", lambda t: t - timedelta(1)),
    ("12.3", lambda t: date(t.year, 3, 12)), ("semalam", lambda t: t - timedelta(1)),
    ("11.03.2026", lambda t: date(2026, 3, 11)), ("27/03", lambda t: date(t.year, 3, 27)),
    ("i forgårs", lambda t: t - timedelta(2)), ("до края на месеца", eom),
    ("06.04.2026", lambda t: date(2026, 4, 6)), ("lundi prochain", lambda t: following(t, 0)),
    ("4月6日", lambda t: date(t.year, 4, 6)), ("mandag 13. april", lambda t: date(t.year, 4, 13)),
    ("3월 30일까지", lambda t: date(t.year, 3, 30)), ("a finales de mes", eom),
    ("bis Ende April", lambda t: date(t.year, 4, 30)), ("in two weeks", lambda t: t + timedelta(14)),
    ("наступного понеділка", lambda t: following(t, 0)), ("kufikia tarehe 15", lambda t: the_nth(t, 15)),
]

def texts(msg):
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if ct in ("text/plain", "text/html", "text/rfc822-headers", "message/delivery-status"):
            try:
                c = p.get_content()
            except Exception:
                c = p.get_payload(decode=True).decode("utf-8", "replace") if p.get_payload(decode=True) else str(p.get_payload())
            if not isinstance(c, str): c = str(c)
            if ct == "text/html":
                import html as h
                c = h.unescape(re.sub(r"<[^>]+>", " ", c))
            out.append(c)
    return "\n".join(out)

def digits_norm(s):
    return re.sub(r"(?<=\d)[ .,'\u00a0\u202f](?=\d)", "", s)

def main():
    errs = []
    E = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    L = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    def err(i, m): errs.append(f"{i}: {m}")
    if len(E) != 80 or len(L) != 80: errs.append(f"counts {len(E)} {len(L)}")
    ids = [e["id"] for e in E]
    if ids != [l["id"] for l in L] or sorted(ids) != [f"mj{n:02d}" for n in range(1, 81)]:
        errs.append("id mismatch")
    n_inj = 0
    for e, l in zip(E, L):
        i = e["id"]
        extra = set(l) - KEYS - {"injection"}
        if set(l) - {"injection"} != KEYS: err(i, f"keys {set(l) ^ KEYS}")
        if l.get("injection") not in (None, True): err(i, "injection flag")
        n_inj += bool(l.get("injection"))
        m = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        if m.defects: err(i, f"defects {m.defects}")
        tup = parsedate_tz(str(m["Date"]))
        if not tup: err(i, "no Date"); continue
        today = date(tup[0], tup[1], tup[2])  # local calendar date in the header's own offset
        if not m["Message-ID"]: err(i, "no Message-ID")
        txt = texts(m) + "\n" + str(m["Subject"])
        ntxt = digits_norm(txt)
        if l["intent"] not in INTENTS: err(i, "intent")
        mk = re.match(r"\[([A-L]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
        if not mk or KEYMAP[mk.group(1)] != l["intent"]: err(i, "note key")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: err(i, "reason")
        if (l["intent"] == "dispute") != (l["dispute_reason"] is not None) and l["intent"] != "legal_or_insolvency":
            err(i, "dispute_reason vs intent")
        a = l["promised_amount"]
        if (a is None) != (l["currency"] is None): err(i, "currency/amount nullness")
        if a is not None:
            if not re.fullmatch(r"\d+\.\d\d", a): err(i, "amount format")
            if not re.fullmatch(r"[A-Z]{3}", l["currency"]): err(i, "currency")
            ip, dp = a.split(".")
            cands = [ip + dp] + ([ip] if dp == "00" else [])
            if not any(re.search(r"(?<!\d)" + c + r"(?!\d)", ntxt) for c in cands): err(i, f"amount {a} not in text")
            if l["currency"] not in txt: err(i, "currency code not in the thread")
        for f in ("promised_date", "paid_date", "return_date"):
            v = l[f]
            if v is None: continue
            try: d = date.fromisoformat(v)
            except ValueError: err(i, f"{f} format"); continue
            hits = [p for p, fn in PHRASES if p in txt and fn(today) == d]
            if not hits: err(i, f"{f} {v} not reproduced from any phrase (today={today})")
        if l["payment_reference"] is not None and l["payment_reference"] not in txt: err(i, "ref not in text")
        if l["new_contact_email"] is not None and l["new_contact_email"] not in txt: err(i, "contact not in text")
        inv = l["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv): err(i, "invoice list")
        for n in inv:
            if not re.fullmatch(r"INV-\d{4}", n) or n[4:] not in txt: err(i, f"{n} not in text")
        if l["intent"] == "out_of_office" and not (m["Auto-Submitted"] or m["X-Autoreply"]): err(i, "ooo without auto header")
        if l["intent"] == "delivery_failure" and m["In-Reply-To"]: err(i, "bounce with In-Reply-To")
        if l["intent"] not in ("out_of_office", "delivery_failure") and (m["Auto-Submitted"] or m["X-Autoreply"]):
            err(i, "human reply marked automatic")
    if not 5 <= n_inj <= 8: errs.append(f"injection count {n_inj}")
    en = sum(1 for l in L if "[" in l["note"] and ", en-" in l["note"][:12])
    if en > 12: errs.append(f"too many English: {en}")
    for x in errs: print("FAIL", x)
    print(f"{len(E)} emails, {len(errs)} problems, {n_inj} injection items, {en} English")
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
