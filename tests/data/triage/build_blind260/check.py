#!/usr/bin/env python3
"""Re-verify every label of blind260 from the generated emails. Exits 1 on any problem."""
import calendar, collections, email, email.policy, json, os, re, sys
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
KEY = {"promise_to_pay": "P", "paid_claim": "C", "dispute": "D", "document_request": "Q", "billing_update": "B",
       "wrong_contact": "W", "out_of_office": "O", "payment_plan_request": "L", "legal_or_insolvency": "X",
       "delivery_failure": "F", "acknowledgement": "A", "other": "Z"}
WANT = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
        "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
        "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
LOCALES = {"en-GB", "en-US", "en-NZ", "es-ES", "es-UY", "fr-BE", "de-CH", "pt-BR", "it-IT", "nl-NL", "sv-SE",
           "da-DK", "fi-FI", "pl-PL", "cs-CZ", "ru-RU", "he-IL", "ar-SA", "ja-JP", "zh-CN", "ko-KR", "hi-IN"}
CURRENCY_HINT = {"USD": ["$"], "GBP": ["£"], "EUR": ["€"], "NZD": ["NZ$"], "CHF": ["CHF"], "BRL": ["R$"],
                 "SEK": ["kr"], "DKK": ["kr"], "PLN": ["zł"], "CZK": ["Kč"], "RUB": ["руб"], "ILS": ["₪"],
                 "SAR": ["ريال"], "JPY": ["円", "¥"], "CNY": ["元"], "KRW": ["원"], "INR": ["₹"]}
problems = []

def bad(i, msg):
    problems.append("%s: %s" % (i, msg))

class Strip(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []
    def handle_data(self, d): self.out.append(d)

def texts(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ("message/rfc822",):
            continue  # walk() descends into it
        if ct == "text/rfc822-headers" or ct == "message/delivery-status":
            out.append(part.get_payload(decode=True).decode("utf-8", "replace") if not part.is_multipart()
                       else str(part))
            continue
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if ct == "text/html":
                s = Strip(); s.feed(t); t = " ".join(s.out)
            out.append(t)
        elif part.get_content_maintype() == "message":
            out.append(str(part))
    for k in ("Subject",):
        for part in msg.walk():
            if part.get(k): out.append(str(part.get(k)))
    return "\n".join(out)

def own_text(msg):
    """The customer's own words: first text part, cut before the quoted reminder."""
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if part.get_content_type() == "text/html":
                s = Strip(); s.feed(t.replace("<br>", "\n")); t = " ".join(s.out)
            cut = t.find("collections@ar.lumenoptical.example")
            if cut >= 0:
                t = t[:t.rfind("\n", 0, cut) if "\n" in t[:cut] else cut]
            return t
    return ""

def numbers(text):
    vals = set()
    for tok in re.findall(r"\d[\d.,'\u00a0\u202f ]*\d|\d", text):
        for t in [tok] + tok.split(" "):
            t = t.strip(" ")
            if not t: continue
            m = re.match(r"^(.*?)([.,])(\d{2})$", t)
            cands = [re.sub(r"\D", "", t)]
            if m: cands.append(re.sub(r"\D", "", m.group(1)) + "." + m.group(3))
            for c in cands:
                try: vals.add(Decimal(c))
                except InvalidOperation: pass
    return vals

def rule_date(today, rule):
    kind, _, arg = rule.partition(":")
    n = int(arg) if arg.isdigit() else None
    if kind == "tomorrow": return today + timedelta(days=1)
    if kind == "yesterday": return today - timedelta(days=1)
    if kind == "plus": return today + timedelta(days=n)
    if kind == "this_wd":
        d = today
        while d.weekday() != n: d += timedelta(days=1)
        return d
    if kind == "next_wd":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=n)
    if kind == "last_wd":
        d = today - timedelta(days=1)
        while d.weekday() != n: d -= timedelta(days=1)
        return d
    if kind == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if kind == "by_day":
        d = today
        while d.day != n: d += timedelta(days=1)
        return d
    if kind == "this_week": return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if kind == "kw":
        jan4 = date(today.year, 1, 4)
        return jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=n - 1, days=4)
    if kind == "first_week": return date(today.year, n, 7)
    if kind == "month_end":
        y = today.year if n >= today.month else today.year + 1
        return date(y, n, calendar.monthrange(y, n)[1])
    if kind == "abs": return date.fromisoformat(arg)
    raise ValueError(rule)

def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80: bad("-", "need 80 lines each")
    ids = ["lz%02d" % n for n in range(1, 81)]
    if [e["id"] for e in emails] != ids or [l["id"] for l in labels] != ids: bad("-", "ids not lz01..lz80 in order")
    intents, locs, inj = collections.Counter(), collections.Counter(), 0
    for e, l in zip(emails, labels):
        i = e["id"]
        if set(e) != {"id", "eml"}: bad(i, "email keys")
        want_keys = {"id", "note"} | set(FIELDS) | ({"injection"} if "injection" in l else set())
        if set(l) != want_keys: bad(i, "label keys %s" % sorted(set(l) ^ want_keys))
        if "injection" in l:
            inj += 1
            if l["injection"] is not True: bad(i, "injection must be true")
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        for h in ("Date", "Message-ID", "Subject", "From", "To"):
            if not msg.get(h): bad(i, "missing header " + h)
        dt = msg["Date"].datetime
        today = dt.date()  # the header's own offset
        raw_date = re.search(r"^Date: (.*)$", e["eml"], re.M).group(1)
        wd = re.match(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ", raw_date)
        if wd and ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][today.weekday()] != wd.group(1):
            bad(i, "weekday in Date header wrong")
        text = texts(msg)
        own = own_text(msg)
        intent = l["intent"]
        if intent not in KEY: bad(i, "intent " + intent); continue
        intents[intent] += 1
        m = re.match(r"^\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
        if not m: bad(i, "note prefix"); continue
        if m.group(1) != KEY[intent]: bad(i, "note key %s vs %s" % (m.group(1), intent))
        if m.group(2) not in LOCALES: bad(i, "locale " + m.group(2))
        locs[m.group(2)] += 1
        # structure per intent
        auto = msg.get("Auto-Submitted", "no") != "no"
        is_report = msg.get_content_type() == "multipart/report" or "MAILER-DAEMON" in str(msg.get("From", "")).upper()
        if intent == "delivery_failure":
            if not is_report: bad(i, "bounce not a report/MTA message")
            if msg.get("In-Reply-To"): bad(i, "bounce with In-Reply-To")
        else:
            if is_report: bad(i, "report labelled " + intent)
            if not msg.get("In-Reply-To") or "@ar.lumenoptical.example" not in msg["In-Reply-To"]:
                bad(i, "no In-Reply-To to the dunning email")
        if (intent == "out_of_office") != (auto and intent != "delivery_failure"):
            if intent != "delivery_failure": bad(i, "Auto-Submitted vs out_of_office mismatch")
        # field formats
        rules = dict(r.split("=", 1) for r in re.findall(r"\b\w+=[\w:-]+", (re.search(r"\{rule ([^}]*)\}", l["note"]) or [None, ""])[1]))
        for f in ("promised_date", "paid_date", "return_date"):
            v = l[f]
            if v is None:
                if f in rules: bad(i, "rule for null " + f)
                continue
            try: date.fromisoformat(v)
            except ValueError: bad(i, "bad date %s" % v); continue
            if f not in rules: bad(i, "no rule recorded for " + f); continue
            got = rule_date(today, rules[f]).isoformat()
            if got != v: bad(i, "%s %s but rule %s from %s gives %s" % (f, v, rules[f], today, got))
            if rules[f].startswith("abs:"):
                d = date.fromisoformat(v)
                if not re.search(r"(?<!\d)0?%d(?!\d)" % d.day, own): bad(i, "day of %s not in text" % v)
        amt = l["promised_amount"]
        if amt is None:
            if l["currency"] is not None: bad(i, "currency without amount")
        else:
            if not re.fullmatch(r"\d+\.\d{2}", amt): bad(i, "amount format " + amt)
            elif Decimal(amt) not in numbers(own): bad(i, "amount %s not in text" % amt)
            cur = l["currency"]
            if cur not in CURRENCY_HINT: bad(i, "currency %s" % cur)
            elif not any(h in text for h in CURRENCY_HINT[cur]) and cur not in text: bad(i, "no %s marker in text" % cur)
        if l["payment_reference"] is not None and l["payment_reference"] not in own: bad(i, "reference not in text")
        nce = l["new_contact_email"]
        if nce is not None:
            if nce not in own: bad(i, "contact address not in text")
            if nce in str(msg.get("From", "")): bad(i, "contact address is the sender")
        dr = l["dispute_reason"]
        if dr is not None and dr not in REASONS: bad(i, "dispute_reason " + dr)
        if intent == "dispute" and dr is None: bad(i, "dispute without reason")
        if intent not in ("dispute", "legal_or_insolvency") and dr is not None: bad(i, "reason on " + intent)
        if intent == "out_of_office" and l["paid_date"]: bad(i, "ooo with paid_date")
        if l["return_date"] and intent != "out_of_office": bad(i, "return_date outside ooo")
        if l["paid_date"] and intent not in ("paid_claim",): bad(i, "paid_date on " + intent)
        if l["promised_date"] and intent not in ("promise_to_pay", "payment_plan_request", "dispute"):
            bad(i, "promised_date on " + intent)
        inv = l["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv): bad(i, "invoice_numbers list/dupes")
        for n in inv:
            mm = re.fullmatch(r"INV-(\d{4})", n)
            if not mm: bad(i, "invoice format " + n); continue
            if not re.search(r"(?<!\d)%s(?!\d)" % mm.group(1), text): bad(i, "invoice %s not in text" % n)
    for k, v in WANT.items():
        if intents[k] != v: bad("-", "count %s %d != %d" % (k, intents[k], v))
    if set(locs) != LOCALES: bad("-", "locales missing: %s" % sorted(LOCALES - set(locs)))
    if not 5 <= inj <= 8: bad("-", "injection count %d" % inj)
    if problems:
        print("\n".join(problems)); print("FAIL: %d problem(s)" % len(problems)); sys.exit(1)
    print("OK: 80 emails, %d injections, intents %s, locales %d" % (inj, dict(intents), len(locs)))

if __name__ == "__main__":
    main()
