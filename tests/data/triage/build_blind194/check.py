#!/usr/bin/env python3
"""Re-verify every label in labels.jsonl against emails.jsonl (and derivations.jsonl). Exit 1 on any problem."""
import calendar, email, email.policy, html, json, os, re, sys, unicodedata
from collections import Counter
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
KEYS = dict(zip("PCDQBWOILFKX", INTENTS))
TARGET = dict(zip(INTENTS, [12, 12, 10, 6, 6, 5, 6, 6, 4, 5, 4, 4]))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
CUR = {"en-US": "USD", "en-CA": "CAD", "en-IE": "EUR", "es-CO": "COP", "fr-FR": "EUR", "de-AT": "EUR", "pt-PT": "EUR",
       "it-IT": "EUR", "nl-BE": "EUR", "pl-PL": "PLN", "ro-RO": "RON", "tr-TR": "TRY", "vi-VN": "VND", "ja-JP": "JPY"}
errors = []
def err(i, msg): errors.append(f"{i}: {msg}")

def resolve(rule, t):
    k, a = rule[0], rule[1:]
    if k == "+": return t + timedelta(a[0])
    if k == "thiswd": return t + timedelta((a[0] - t.weekday()) % 7)
    if k == "nextwd": return t + timedelta(7 - t.weekday() + a[0])
    if k == "eom": return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if k == "by":
        if t.day <= a[0]: return t.replace(day=a[0])
        return date(t.year + (t.month == 12), t.month % 12 + 1, a[0])
    if k == "abs": return date.fromisoformat(a[0])
    if k == "week": return t + timedelta((4 - t.weekday()) % 7)
    if k == "kw": return date.fromisocalendar(t.year, a[0], 5)
    if k == "eonm": return date(t.year, a[0], calendar.monthrange(t.year, a[0])[1])
    if k == "fw": return date(t.year, a[0], 7)
    if k == "past":
        d = date(t.year, a[0], a[1]); return d if d <= t else d.replace(year=t.year - 1)
    if k == "fut":
        d = date(t.year, a[0], a[1]); return d if d >= t else d.replace(year=t.year + 1)
    raise ValueError(rule)

def amount(raw):
    s = re.sub(r"[^0-9.,]", "", unicodedata.normalize("NFKC", raw))
    m = re.match(r"^(.*?)[.,](\d{2})$", s)
    if m and not (s.count(".") + s.count(",") > 1 and len({c for c in s if c in ".,"}) == 1):
        return "%d.%s" % (int(re.sub(r"[.,]", "", m.group(1)) or 0), m.group(2))
    return "%d.00" % int(re.sub(r"[.,]", "", s))

def texts(msg):
    out = []
    for k in ("Subject", "From", "To"):
        if msg[k]: out.append(str(msg[k]))
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            for sub in part.iter_parts(): out.append(texts(sub))
        elif ct in ("text/rfc822-headers", "message/delivery-status"):
            raw = part.get_payload()
            raw = raw if isinstance(raw, str) else "\n".join(str(p) for p in raw)
            out.append(raw)
            for m in re.finditer(r"=\?[^?]+\?[bqBQ]\?[^?]*\?=", raw):
                out.append(str(email.header.make_header(email.header.decode_header(m.group(0)))))
        elif part.get_content_maintype() == "text":
            c = part.get_content()
            if part.get_content_subtype() == "html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c))
            out.append(c)
    res = "\n".join(out)
    for m in re.finditer(r"=\?[^?]+\?[bqBQ]\?[^?]*\?=", res):
        try: res += "\n" + str(email.header.make_header(email.header.decode_header(m.group(0))))
        except Exception: pass
    return res

def squash(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s))

def main():
    load = lambda n: [json.loads(l) for l in open(os.path.join(HERE, n), encoding="utf-8")]
    E, L, D = load("emails.jsonl"), load("labels.jsonl"), load("derivations.jsonl")
    if not (len(E) == len(L) == len(D) == 80): err("all", "need 80 lines each")
    ids = [e["id"] for e in E]
    if ids != [f"rt{n:02d}" for n in range(1, 81)]: err("all", "ids must be rt01..rt80 in order")
    if [l["id"] for l in L] != ids or [d["id"] for d in D] != ids: err("all", "id order mismatch")
    ci = Counter(l["intent"] for l in L)
    for k, v in TARGET.items():
        if ci[k] != v: err("all", f"{k}: {ci[k]} != {v}")
    ninj = sum(1 for l in L if l.get("injection"))
    if not 5 <= ninj <= 8: err("all", f"injection count {ninj}")
    for e, l, d in zip(E, L, D):
        i = e["id"]
        keys = list(l)
        if keys[:12] != FIELDS or set(keys[12:]) - {"injection"} or ("injection" in l and l["injection"] is not True):
            err(i, f"bad keys {keys}")
        if set(e) != {"id", "eml"}: err(i, "email keys")
        m = re.match(r"^\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
        if not m or KEYS.get(m.group(1)) != l["intent"] or m.group(2) != d["loc"] or m.group(2) not in CUR:
            err(i, "note prefix / key / locale"); continue
        loc = m.group(2)
        if l["intent"] not in INTENTS: err(i, "intent")
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            dt = parsedate_to_datetime(msg["Date"])
            txt = texts(msg)
        except Exception as ex:
            err(i, f"parse: {ex}"); continue
        if dt.tzinfo is None: err(i, "Date without zone")
        if not msg["Message-ID"] and not msg["Message-Id"]: err(i, "no Message-ID")
        if "collections+R" not in str(msg["To"]): err(i, "case id not in To")
        today = dt.date()
        st = squash(txt)
        # dates
        dated = {x["field"]: x for x in d["dates"]}
        for f in ("promised_date", "paid_date", "return_date"):
            v = l[f]
            if v is None:
                if f in dated: err(i, f"{f} derivation but null")
                continue
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v): err(i, f"{f} format")
            x = dated.get(f)
            if not x: err(i, f"{f} has no derivation"); continue
            if squash(x["phrase"]) not in st: err(i, f"phrase {x['phrase']!r} not in text")
            got = resolve(x["rule"], today).isoformat()
            if got != v: err(i, f"{f} {v} != recomputed {got} from {today}")
        # amount / currency
        pa = l["promised_amount"]
        if pa is None:
            if l["currency"] is not None or d["amount_raw"]: err(i, "currency/amount_raw without amount")
        else:
            if not re.fullmatch(r"\d+\.\d{2}", pa): err(i, "amount format")
            raw = d["amount_raw"]
            if not raw or squash(raw) not in st: err(i, f"amount raw {raw!r} not in text")
            elif amount(raw) != pa: err(i, f"amount {pa} != {amount(raw)}")
            if l["currency"] != CUR[loc]: err(i, f"currency {l['currency']} vs thread {CUR[loc]}")
            if l["currency"] not in txt: err(i, "currency code not in thread")
        for f in ("payment_reference", "new_contact_email"):
            if l[f] is not None and l[f] not in txt: err(i, f"{f} {l[f]!r} not in text")
        if l["new_contact_email"] and not re.fullmatch(r"[\w.+-]+@[\w.-]+\.example", l["new_contact_email"]): err(i, "email domain")
        if (l["dispute_reason"] is not None) != (l["intent"] == "dispute" or (l["intent"] == "legal_or_insolvency" and l["dispute_reason"] is not None)):
            err(i, "dispute_reason presence")
        if l["dispute_reason"] and l["dispute_reason"] not in REASONS: err(i, "dispute_reason value")
        if l["return_date"] and l["intent"] != "out_of_office": err(i, "return_date outside OOO")
        if l["paid_date"] and l["intent"] not in ("paid_claim",): err(i, "paid_date outside paid_claim")
        inv = l["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv): err(i, "invoice_numbers list")
        for n in inv:
            if not re.fullmatch(r"INV-\d{5}", n) or n[4:] not in txt: err(i, f"invoice {n} not in text")
        # headers by kind
        auto = any(msg[h] for h in ("Auto-Submitted", "X-Autoreply", "Precedence"))
        if l["intent"] in ("out_of_office", "delivery_failure") and not auto and "MAILER-DAEMON" not in str(msg["From"]).upper():
            err(i, "auto message without auto header")
        if l["intent"] not in ("delivery_failure",) and not msg["In-Reply-To"]: err(i, "reply without In-Reply-To")
        # sums: every quoted reminder total equals the sum of its rows
        rows = dict(re.findall(r"(INV-\d{5})\s+\d{4}-\d{2}-\d{2}\s+([A-Z]{3} [\d.,]+|[\d.,\s]*\d [A-Z]{3})\s*$", txt, re.M))
        tot = re.findall(r"(?:outstanding|vencido|dû|gesamt|dívida|scaduto|openstaand|zapłaty|restant|borç|nợ|未入金合計)\s?[:：]\s?(.+)$", txt, re.M)
        if rows:
            if not tot: err(i, "table without total")
            elif abs(float(amount(tot[0])) - sum(float(amount(r)) for r in rows.values())) > 0.005:
                err(i, f"reminder total {tot[0]} != rows {rows}")
            d["_rows"] = rows
        elif l["intent"] not in ("out_of_office", "other", "acknowledgement", "delivery_failure") and "INV-" not in str(msg["Subject"]):
            err(i, "no reminder table and no invoice in subject")
    nrows = sum(1 for d in D if d.get("_rows"))
    print("quoted/returned reminder tables verified:", nrows)
    for x in errors: print("FAIL", x)
    print(f"checked {len(L)} labels: {len(errors)} problem(s)")
    print("intents:", dict(ci)); print("locales:", dict(Counter(d['loc'] for d in D)))
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
