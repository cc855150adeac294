"""Re-verify blind set 418 labels from the build's provenance. Exits non-zero on any problem.

For every item:
  * the eml parses with email.message_from_bytes(eml.encode("utf-8"), policy=email.policy.default);
  * every labelled date is recomputed with datetime from the message's own Date header (in its own
    UTC offset) and the phrase's rule, and the phrase must occur in the decoded message text;
  * every labelled amount is re-parsed from its raw token (which must occur in the text), and the
    currency is re-derived from the token's symbol or, for a bare $, from the thread reminder;
  * field hygiene: nulls where no provenance, currency null iff amount null, closed sets, references
    and contact addresses and invoice digits present in the message;
  * intent counts, injection count, ids and note prefixes.
"""
import calendar, email, email.policy, html, json, os, re, sys
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
EXPECTED = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 5,
            "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
            "delivery_failure": 6, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
DATE_FIELDS = ["promised_date", "paid_date", "return_date"]

DIGITS = {}
for base in (0x0E50, 0x17E0, 0x1040):  # Thai, Khmer, Burmese digits
    for i in range(10):
        DIGITS[chr(base + i)] = str(i)

MONTHS = {}
for i, n in enumerate(["january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december"], 1):
    MONTHS[n] = i
    MONTHS[n[:3]] = i
for i, n in enumerate(["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
                       "oktober", "november", "desember"], 1):
    MONTHS[n] = i
for i, n in enumerate(["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."], 1):
    MONTHS[n] = i

SYMBOLS = [("HK$", "HKD"), ("NT$", "TWD"), ("US$", "USD"), ("A$", "AUD"), ("RMB", "CNY"), ("￥", "CNY"),
           ("元", "CNY"), ("円", "JPY"), ("¥", "JPY"), ("원", "KRW"), ("₩", "KRW"), ("đồng", "VND"), ("VND", "VND"),
           ("đ", "VND"), ("฿", "THB"), ("บาท", "THB"), ("Rp", "IDR"), ("₱", "PHP"), ("PHP", "PHP"), ("USD", "USD"),
           ("HKD", "HKD"), ("AUD", "AUD"), ("JPY", "JPY"), ("KRW", "KRW"), ("THB", "THB"), ("TWD", "TWD")]

problems = []


def bad(iid, msg):
    problems.append("%s: %s" % (iid, msg))


# ------------------------------------------------------------ date rules (samples README conventions)
def this_weekday(today, wd):
    return today + timedelta((wd - today.weekday()) % 7)


def next_weekday(today, wd):
    return today + timedelta(7 - today.weekday() + wd)


def last_weekday(today, wd):          # a past 'on Monday' in a paid claim: most recent, today included
    return today - timedelta((today.weekday() - wd) % 7)


def prev_week_weekday(today, wd):     # 'last week's Friday'
    return today - timedelta(today.weekday() + 7 - wd)


def end_of_month(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def by_the(today, day):
    if today.day <= day:
        return today.replace(day=day)
    y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return date(y, m, day)


def explicit(today, phrase, spec):
    s = "".join(DIGITS.get(c, c) for c in phrase)
    month = None
    if spec.get("month_name"):
        low = s.lower()
        best = None
        for name, num in MONTHS.items():
            p = low.find(name)
            if p >= 0 and (best is None or len(name) > len(best[0])):
                best = (name, num)
        if not best:
            raise ValueError("no month name in %r" % phrase)
        month = best[1]
        s = s.lower().replace(best[0], " ")
    nums = [int(x) for x in re.findall(r"\d+", s)]
    order = spec["order"]
    y = None
    if month is not None:
        d = nums[0]
        if len(nums) > 1:
            y = nums[1]
    elif order == "dmy":
        d, month, y = nums[:3]
    elif order == "mdy":
        month, d, y = nums[:3]
    elif order == "ymd":
        y, month, d = nums[:3]
    elif order == "md":
        month, d = nums[:2]
    elif order == "dm":
        d, month = nums[:2]
    else:
        raise ValueError(order)
    era = spec.get("era", "ad")
    if y is not None:
        if era == "be2":
            y = 2500 + y - 543
        elif era == "be":
            y = y - 543
        elif era == "roc":
            y = y + 1911
        elif y < 100:
            y += 2000
        return date(y, month, d)
    when = spec.get("when", "future")
    cand = date(today.year, month, d)
    if when == "past" and cand > today:
        cand = date(today.year - 1, month, d)
    if when == "future" and cand < today:
        cand = date(today.year + 1, month, d)
    return cand


def resolve(today, phrase, rule, arg):
    if rule == "plus":
        return today + timedelta(days=arg)
    if rule == "this_wd":
        return this_weekday(today, arg)
    if rule == "next_wd":
        return next_weekday(today, arg)
    if rule == "last_wd":
        return last_weekday(today, arg)
    if rule == "prev_week_wd":
        return prev_week_weekday(today, arg)
    if rule == "eom":
        return end_of_month(today.year, today.month)
    if rule == "eom_named":
        y = today.year if arg >= today.month else today.year + 1
        return end_of_month(y, arg)
    if rule == "by_day":
        return by_the(today, arg)
    if rule == "week_fri":
        return this_weekday(today, 4) if today.weekday() <= 4 else today - timedelta(today.weekday() - 4)
    if rule == "explicit":
        return explicit(today, phrase, arg)
    raise ValueError("unknown rule %s" % rule)


# ------------------------------------------------------------ amounts
def parse_amount(raw, dec):
    s = raw.strip()
    m = re.search(r"([\d,\.]+)\s*(万|萬|만)", s)
    if m:
        return (Decimal(m.group(1).replace(",", "")) * 10000).quantize(Decimal("0.01"))
    s = re.sub(r",-$", "", s)
    digits = re.sub(r"[^\d\.,]", "", s).strip(".,")
    if dec == ",":
        digits = digits.replace(".", "").replace(",", ".")
    else:
        digits = digits.replace(",", "")
    return Decimal(digits).quantize(Decimal("0.01"))


def currency_of(raw):
    for k, v in SYMBOLS:
        if k in raw:
            return v
    return None


# ------------------------------------------------------------ message text
def all_text(msg):
    chunks = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                c = part.get_content()
            except Exception as e:  # noqa
                c = part.get_payload(decode=True).decode("utf-8", "replace")
            if part.get_content_subtype() == "html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c)) + "\n" + c
            chunks.append(c)
        for k in ("Subject",):
            if part is not msg and part.get(k):
                chunks.append(str(part.get(k)))
    return "\n".join(chunks)


def main():
    def load(n):
        with open(os.path.join(HERE, n), encoding="utf-8") as f:
            return [json.loads(l) for l in f if l.strip()]

    E, L, P = load("emails.jsonl"), load("labels.jsonl"), load("provenance.jsonl")
    if not (len(E) == len(L) == len(P) == 80):
        bad("set", "expected 80 lines each, got %d/%d/%d" % (len(E), len(L), len(P)))
    counts = Counter()
    inj = []
    for n, (e, lab, pv) in enumerate(zip(E, L, P), 1):
        iid = "ko%02d" % n
        if not (e["id"] == lab["id"] == pv["id"] == iid):
            bad(iid, "id mismatch %s/%s/%s" % (e["id"], lab["id"], pv["id"]))
        for f in FIELDS:
            if f not in lab:
                bad(iid, "missing field %s" % f)
        extra = set(lab) - set(FIELDS) - {"injection"}
        if extra:
            bad(iid, "unexpected fields %s" % extra)
        if lab.get("injection"):
            inj.append(iid)
        if not lab["note"].startswith("[%s, %s] " % (pv["key"], pv["locale"])):
            bad(iid, "note prefix")
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            dt = msg["Date"].datetime
            text = all_text(msg)
        except Exception as ex:
            bad(iid, "parse failure %r" % ex)
            continue
        today = dt.date()   # the header's own offset, never converted
        heads = "\n".join("%s: %s" % (k, v) for part in msg.walk() for k, v in part.items())
        for dom in re.findall(r"@([A-Za-z0-9.-]+[A-Za-z0-9])", text + "\n" + heads):
            if not dom.endswith(".example"):
                bad(iid, "non-.example domain %s" % dom)
        it = lab["intent"]
        if it not in INTENTS:
            bad(iid, "intent %s" % it)
        counts[it] += 1
        # dates
        seen = set()
        for field, phrase, rule, arg in pv["dates"]:
            seen.add(field)
            if phrase not in text:
                bad(iid, "date phrase %r not in message" % phrase)
            try:
                got = resolve(today, phrase, rule, arg).isoformat()
            except Exception as ex:
                bad(iid, "date rule failed %r" % ex)
                continue
            if lab[field] != got:
                bad(iid, "%s label %s != recomputed %s (%s, %r from %s)" % (field, lab[field], got, rule, phrase, today))
        for f in DATE_FIELDS:
            if lab[f] is not None and f not in seen:
                bad(iid, "%s has no provenance" % f)
            if lab[f] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", lab[f]):
                bad(iid, "%s not ISO" % f)
        # amounts
        if len(pv["amounts"]) > 1:
            bad(iid, "more than one labelled amount")
        for field, raw, dec, src in pv["amounts"]:
            if raw not in text:
                bad(iid, "amount token %r not in message" % raw)
            got = str(parse_amount(raw, dec))
            if lab[field] != got:
                bad(iid, "%s label %s != parsed %s from %r" % (field, lab[field], got, raw))
            sym = currency_of(raw)
            if src == "symbol":
                cur = sym
                if cur is None:
                    bad(iid, "token %r has no currency symbol" % raw)
            else:
                if sym is not None or "$" not in raw:
                    bad(iid, "reminder-currency token %r is not a bare $" % raw)
                cur = pv["reminder_currency"]
                if cur not in text:
                    bad(iid, "reminder currency %s not visible in thread" % cur)
            if lab["currency"] != cur:
                bad(iid, "currency %s != %s" % (lab["currency"], cur))
        if lab["promised_amount"] is None and pv["amounts"]:
            bad(iid, "amount provenance but null label")
        if lab["promised_amount"] is not None and not pv["amounts"]:
            bad(iid, "amount label without provenance")
        if (lab["currency"] is None) != (lab["promised_amount"] is None):
            bad(iid, "currency must be null exactly when promised_amount is null")
        if lab["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", lab["promised_amount"]):
            bad(iid, "amount format")
        # other fields
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(iid, "dispute_reason %s" % lab["dispute_reason"])
        if it == "dispute" and lab["dispute_reason"] is None:
            bad(iid, "dispute without reason")
        if lab["payment_reference"] is not None and lab["payment_reference"] not in text:
            bad(iid, "payment_reference not in message")
        if lab["new_contact_email"] is not None and lab["new_contact_email"] not in text:
            bad(iid, "new_contact_email not in message")
        if it == "out_of_office" and lab["paid_date"]:
            bad(iid, "ooo with paid_date")
        if it in ("delivery_failure",) and any(lab[f] for f in DATE_FIELDS + ["promised_amount", "new_contact_email"]):
            bad(iid, "bounce with fields")
        invs = lab["invoice_numbers"]
        if not isinstance(invs, list) or len(set(invs)) != len(invs):
            bad(iid, "invoice_numbers must be a list without duplicates")
        for inv in invs:
            if not re.fullmatch(r"CB-\d{5}", inv):
                bad(iid, "invoice %s not in the reminder's CB-NNNNN format" % inv)
            if inv not in pv["reminder_invoices"]:
                bad(iid, "invoice %s not in this thread's reminder" % inv)
            if inv.split("-")[1] not in text:
                bad(iid, "invoice digits %s not in message" % inv)
        if not invs:
            bad(iid, "empty invoice list (every item here has a traceable invoice)")
        if pv["reminder_msgid"] and pv["reminder_msgid"][1:-1].split("@")[1] != "billing.coralbay.example":
            bad(iid, "reminder Message-ID not in our style")
        if pv["case"] not in e["eml"]:
            bad(iid, "case id not in message")
    for k, v in EXPECTED.items():
        if counts[k] != v:
            bad("counts", "%s: %d != %d" % (k, counts[k], v))
    if len(inj) != 6:
        bad("injection", "expected 6 injection items, got %s" % inj)
    print("intent counts:", dict(counts))
    print("injection ids:", inj)
    if problems:
        print("%d PROBLEM(S):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK: all 80 labels re-verified")


if __name__ == "__main__":
    main()
