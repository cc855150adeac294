#!/usr/bin/env python3
"""Re-verify every label of blind set 335 from the generated data alone.

Reads emails.jsonl, labels.jsonl and provenance.jsonl, parses each message as
bytes (the contract's way), and checks formats, dates (recomputed from each
message's own Date header with an independent implementation), amounts,
references, addresses and invoice numbers against the text they are claimed
from, the invoice tables' totals, and the class / locale / injection counts.
Exits 1 on any problem.
"""
import email
import email.policy
import html
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta
from email.header import decode_header, make_header
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEMS = []


def bad(rid, msg):
    PROBLEMS.append(f"{rid}: {msg}")


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


INTENTS = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6,
           "billing_update": 6, "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6,
           "legal_or_insolvency": 4, "delivery_failure": 5, "acknowledgement": 4, "other": 4}
KEYS = dict(zip("ABCDEFGHIJKL", INTENTS))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
ISO_CUR = {"USD", "GBP", "AUD", "NZD", "PHP", "EUR", "MAD", "PEN", "BRL", "PLN", "RSD", "SEK", "NOK",
           "TRY", "AED", "ILS", "HKD", "KRW", "THB"}
TOKEN_CUR = {"€": "EUR", "EUR": "EUR", "£": "GBP", "S/": "PEN", "zł": "PLN", "원": "KRW", "R$": "BRL",
             "TL": "TRY", "₱": "PHP", "MAD": "MAD", "₪": "ILS", "HK$": "HKD", "dinara": "RSD",
             "$": None, "kr": None}  # None: ambiguous symbol, read from the thread's currency
LOCALES = {"en-GB", "en-US", "en-AU", "en-NZ", "en-PH", "de-DE", "de-AT", "fr-FR", "fr-MA", "nl-NL", "nl-BE",
           "it-IT", "es-ES", "es-PE", "pt-PT", "pt-BR", "pl-PL", "sk-SK", "sl-SI", "sr-RS", "lt-LT", "et-EE",
           "sv-SE", "nb-NO", "el-GR", "tr-TR", "ar-AE", "he-IL", "zh-HK", "ko-KR", "th-TH"}


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u202f", " ").replace("\xa0", " ")).strip()


def strip_html(s):
    s = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def dec_hdr(v):
    return str(make_header(decode_header(v))) if v else ""


def all_text(msg, rid):
    """Every readable text in the message, decoded (parts, nested messages, report blocks, headers)."""
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part is not msg and ct == "message/rfc822":
            continue  # walk() descends into it anyway
        if ct.startswith("text/"):
            try:
                t = part.get_content()
            except Exception as e:  # noqa: BLE001
                bad(rid, f"cannot decode {ct}: {e}")
                continue
            if "\ufffd" in t:
                bad(rid, f"U+FFFD after decoding {ct} ({part.get_content_charset()})")
            out.append(strip_html(t) if ct == "text/html" else t)
            if ct == "text/rfc822-headers":
                for m in re.finditer(r"(?im)^subject:(.*(?:\n[ \t].*)*)", t):
                    out.append(dec_hdr(m.group(1).replace("\n", "").strip()))
        elif ct == "message/delivery-status":
            for block in part.get_payload():
                out.append(str(block))
        for h in ("Subject",):
            if part.get(h):
                out.append(str(part.get(h)))
    return "\n".join(out)


def visible_plain(msg):
    """The customer's visible text: text/plain parts, else text/html with tags stripped."""
    plains, htmls = [], []
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            plains.append(part.get_content())
        elif part.get_content_type() == "text/html":
            htmls.append(strip_html(part.get_content()))
    return "\n".join(plains) if plains else "\n".join(htmls)


# ---- independent date arithmetic (loops, not the generator's formulas)

def step_until(start, ok, direction=1, include_start=True):
    d = start if include_start else start + timedelta(days=direction)
    for _ in range(400):
        if ok(d):
            return d
        d += timedelta(days=direction)
    raise RuntimeError("no date found")


def last_of_month(y, m):
    return step_until(date(y, m, 28), lambda d: (d + timedelta(days=1)).month != m)


def recompute(today, rule, args, phrase, rid):
    ph = norm(phrase)
    nums = [int(x) for x in re.findall(r"\d+", ph)]
    if rule == "plus":
        return today + timedelta(days=args[0])
    if rule == "this_wd":
        return step_until(today, lambda d: d.weekday() == args[0])
    if rule == "next_wd":
        monday_next = step_until(today, lambda d: d.weekday() == 0, include_start=False)
        return step_until(monday_next, lambda d: d.weekday() == args[0])
    if rule == "last_wd":
        return step_until(today, lambda d: d.weekday() == args[0], direction=-1, include_start=False)
    if rule == "eom":
        return last_of_month(today.year, today.month)
    if rule == "eom_named":
        y = today.year if args[0] >= today.month else today.year + 1
        return last_of_month(y, args[0])
    if rule == "by_day":
        if str(args[0]) not in nums and args[0] not in nums:
            bad(rid, f"by_day {args[0]} not in phrase {ph!r}")
        return step_until(today, lambda d: d.day == args[0])
    if rule == "this_week":
        monday = step_until(today, lambda d: d.weekday() == 0, direction=-1)
        return monday + timedelta(days=4)
    if rule == "iso_week":
        if args[0] not in nums:
            bad(rid, f"week {args[0]} not in phrase {ph!r}")
        return step_until(date(today.year, 1, 1), lambda d: d.isocalendar()[:2] == (today.year, args[0])
                          and d.weekday() == 4)
    if rule in ("dm_future", "dm_past"):
        d, m = args[0], args[1]
        order = args[2] if len(args) > 2 else None
        if order:
            got = dict(zip(order.replace("Y", ""), nums[:2]))
            if (got.get("D"), got.get("M")) != (d, m):
                bad(rid, f"numeric phrase {ph!r} read {order} is not {d}/{m}")
        elif d not in nums:
            bad(rid, f"day {d} not in phrase {ph!r}")
        if rule == "dm_future":
            return step_until(today, lambda x: (x.day, x.month) == (d, m))
        return step_until(today, lambda x: (x.day, x.month) == (d, m), direction=-1)
    if rule == "explicit":
        y, m, d = args[0], args[1], args[2]
        order = args[3] if len(args) > 3 else None
        if order:
            got = dict(zip(order, nums[:3]))
            if (got["Y"], got["M"], got["D"]) != (y, m, d):
                bad(rid, f"numeric phrase {ph!r} read {order} is not {y}-{m}-{d}")
        elif d not in nums or y not in nums:
            bad(rid, f"explicit date {y}-{m}-{d} not visible in {ph!r}")
        return date(y, m, d)
    bad(rid, f"unknown rule {rule}")
    return None


def parse_amount(raw):
    s = re.sub(r"[^\d.,\s\u202f\xa0]", "", raw).strip()
    s = re.sub(r"[\s\u202f\xa0]", "", s)
    m = re.search(r"[.,](\d{2})$", s)
    if m:
        whole = re.sub(r"[.,]", "", s[:-3])
        return f"{int(whole)}.{m.group(1)}"
    return f"{int(re.sub(r'[.,]', '', s))}.00"


INV_RE = re.compile(r"(?<![\d])(?:INV[-\s]?)?(\d{5})(?!\d)", re.I)


def invoice_hits(text, known):
    out = []
    for m in INV_RE.finditer(text):
        inv = "INV-" + m.group(1)
        if inv in known and inv not in out:
            out.append(inv)
    return out


MONEY_RE = re.compile(r"(?:[A-Z]{3} )?\d{1,3}(?:[ .,]\d{3})*(?:[.,]\d{2})?(?: [A-Z]{3})?$")


def check_tables(rid, text):
    """Each quoted/returned invoice table must add up to its total line."""
    row = re.compile(r"^\s*INV-\d{5}\s{2,}\S+\s{2,}\S")
    lines = [l.lstrip("> ").rstrip() for l in text.split("\n")]
    i, n_tables = 0, 0
    while i < len(lines):
        if row.match(lines[i]):
            amounts = []
            while i < len(lines) and (row.match(lines[i]) or not lines[i].strip()):
                if lines[i].strip():
                    amounts.append(parse_amount(re.split(r"\s{2,}", lines[i].strip())[-1]))
                i += 1
            if i < len(lines):
                tot_line = lines[i].strip()
                tot = parse_amount(tot_line.split(":")[-1])
                s = sum(int(a.replace(".", "")) for a in amounts)
                n_tables += 1
                if f"{s // 100}.{s % 100:02d}" != tot:
                    bad(rid, f"table sum {amounts} != total {tot_line!r}")
        i += 1
    return n_tables


def main():
    E, L, P = load("emails.jsonl"), load("labels.jsonl"), load("provenance.jsonl")
    if not (len(E) == len(L) == len(P) == 80):
        bad("*", f"expected 80 lines each, got {len(E)}/{len(L)}/{len(P)}")
    ids = [f"aa{n:02d}" for n in range(1, 81)]
    for name, rows in (("emails", E), ("labels", L), ("provenance", P)):
        if [r["id"] for r in rows] != ids:
            bad("*", f"{name}.jsonl ids are not aa01..aa80 in order")
    msgids, cases = set(), set()
    for e, lab, prov in zip(E, L, P):
        rid = e["id"]
        if set(e) != {"id", "eml"}:
            bad(rid, "email line must have exactly id and eml")
        # ---- label shape
        keys = list(lab)
        want = FIELDS + (["injection"] if "injection" in lab else [])
        if keys != want:
            bad(rid, f"label keys {keys}")
        if "injection" in lab and lab["injection"] is not True:
            bad(rid, "injection must be true when present")
        if lab["intent"] not in INTENTS:
            bad(rid, f"intent {lab['intent']}")
        if KEYS[prov["key"]] != lab["intent"]:
            bad(rid, f"key {prov['key']} does not match intent {lab['intent']}")
        if not lab["note"].startswith(f"[{prov['key']}, {prov['locale']}] "):
            bad(rid, "note must start with [KEY, locale]")
        if prov["locale"] not in LOCALES:
            bad(rid, f"locale {prov['locale']}")
        for f in ("promised_date", "paid_date", "return_date"):
            v = lab[f]
            if v is not None:
                try:
                    date.fromisoformat(v)
                except ValueError:
                    bad(rid, f"{f} not ISO: {v}")
        if lab["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", lab["promised_amount"]):
            bad(rid, f"amount format {lab['promised_amount']}")
        if (lab["promised_amount"] is None) != (lab["currency"] is None):
            bad(rid, "currency must be null exactly when promised_amount is null")
        if lab["currency"] is not None and lab["currency"] not in ISO_CUR:
            bad(rid, f"currency {lab['currency']}")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(rid, f"dispute_reason {lab['dispute_reason']}")
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            bad(rid, "dispute without a reason")
        if lab["return_date"] is not None and lab["intent"] != "out_of_office":
            bad(rid, "return_date outside out_of_office")
        if lab["new_contact_email"] is not None and not re.fullmatch(r"[\w.+-]+@[\w.-]+\.example",
                                                                      lab["new_contact_email"]):
            bad(rid, f"email {lab['new_contact_email']}")
        inv = lab["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv) or \
                any(not re.fullmatch(r"INV-\d{5}", x) for x in inv):
            bad(rid, f"invoice_numbers {inv}")
        # ---- parse the message the contract's way
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                bad(rid, f"MIME defects in {part.get_content_type()}: {part.defects}")
        raw_date = msg["Date"]
        dt = parsedate_to_datetime(str(raw_date))
        if dt.tzinfo is None:
            bad(rid, "Date without a time zone")
        wd = re.match(r"\s*([A-Z][a-z]{2}),", str(raw_date))
        if wd and wd.group(1) != dt.strftime("%a"):
            bad(rid, f"Date weekday {wd.group(1)} wrong for {dt:%Y-%m-%d}")
        today = dt.date()  # the calendar date in the header's own offset
        mid = str(msg["Message-ID"] or msg["Message-Id"])
        if not mid or mid in msgids:
            bad(rid, "missing or duplicate Message-ID")
        msgids.add(mid)
        subject = str(msg["Subject"] or "")
        full = all_text(msg, rid)
        fulln = norm(full)
        cust = prov["customer_text"]
        custn = norm(cust)
        if prov["case"] in cases:
            bad(rid, "duplicate case id")
        cases.add(prov["case"])
        if prov["case"] not in str(msg["To"]):
            bad(rid, "case id not in the To address")
        if custn and custn not in norm(visible_plain(msg)):
            bad(rid, "customer text not found in the visible body")
        # ---- message kind
        auto_hdr = msg["Auto-Submitted"] or msg["X-Autoreply"]
        if prov["kind"] == "human":
            if auto_hdr:
                bad(rid, "human reply with an auto header")
            if str(msg["In-Reply-To"]) != prov["reminder_message_id"]:
                bad(rid, "In-Reply-To is not the dunning email")
            if not re.match(r"(?i)^(re|aw|sv|r|res|odp|ynt|ΑΠ|השב|رد|回覆|ตอบกลับ)\s?:", subject):
                bad(rid, f"reply subject without a reply prefix: {subject!r}")
        elif prov["kind"] == "auto":
            if not auto_hdr:
                bad(rid, "auto-reply without Auto-Submitted / X-Autoreply")
        else:
            ctype = msg.get_content_type()
            if ctype != "multipart/report" and "delivery failed" not in subject.lower():
                bad(rid, "bounce is neither multipart/report nor an Exim failure notice")
            if lab["intent"] != "delivery_failure":
                bad(rid, "bounce not labelled delivery_failure")
        # ---- dates
        claimed = {d["field"] for d in prov["dates"]}
        for f in ("promised_date", "paid_date", "return_date"):
            if lab[f] is not None and f not in claimed:
                bad(rid, f"{f} has no provenance rule")
            if lab[f] is None and f in claimed:
                bad(rid, f"{f} rule present but label null")
        for d in prov["dates"]:
            if norm(d["phrase"]) not in custn:
                bad(rid, f"date phrase {d['phrase']!r} not in the customer's text")
            got = recompute(today, d["rule"], d["args"], d["phrase"], rid)
            if got is not None and got.isoformat() != lab[d["field"]]:
                bad(rid, f"{d['field']}: recomputed {got} from {today} vs label {lab[d['field']]}")
        # ---- amounts and currency
        if lab["promised_amount"] is not None:
            raw = prov["amount_raw"]
            if not raw or norm(raw) not in custn:
                bad(rid, f"amount {raw!r} not in the customer's text")
            elif parse_amount(raw) != lab["promised_amount"]:
                bad(rid, f"amount {raw!r} parses to {parse_amount(raw)} not {lab['promised_amount']}")
            tok = prov["currency_token"]
            if not tok or tok not in cust:
                bad(rid, f"currency token {tok!r} not in the customer's text")
            cur = TOKEN_CUR.get(tok, "??")
            if cur is None or prov["currency_from_thread"]:
                if lab["currency"] != prov["reminder_currency"] or prov["reminder_currency"] not in full:
                    bad(rid, "ambiguous currency symbol not resolved from the thread")
            elif cur != lab["currency"]:
                bad(rid, f"currency token {tok} -> {cur}, label {lab['currency']}")
        elif prov["amount_raw"]:
            bad(rid, "amount recorded in provenance but label null")
        if lab["payment_reference"] is not None and lab["payment_reference"] not in cust:
            bad(rid, "payment_reference not in the customer's text")
        if lab["new_contact_email"] is not None and lab["new_contact_email"] not in cust:
            bad(rid, "new_contact_email not in the customer's text")
        if lab["new_contact_email"] is None and lab["intent"] == "wrong_contact":
            if re.search(r"[\w.+-]+@[\w.-]+\.example", cust):
                bad(rid, "wrong_contact with an address in the text but null label")
        # ---- invoice numbers by tier
        known = prov["reminder_invoices"] + prov["extra_invoices"]
        tiers = [("customer", invoice_hits(cust, known)), ("subject", invoice_hits(subject, known)),
                 ("quoted" if prov["kind"] != "bounce" else "returned", invoice_hits(full, known))]
        exp, tier = [], "none"
        for name, hits in tiers:
            if hits:
                exp, tier = hits, name
                break
        if exp != inv:
            bad(rid, f"invoice_numbers {inv} but {tier} tier gives {exp}")
        if tier != prov["inv_tier"]:
            bad(rid, f"invoice tier {tier} but provenance says {prov['inv_tier']}")
        check_tables(rid, full)
    # ---- distribution
    c = Counter(l["intent"] for l in L)
    for k, n in INTENTS.items():
        if c[k] != n:
            bad("*", f"{k}: {c[k]} items, expected {n}")
    inj = sum(1 for l in L if l.get("injection"))
    if not 5 <= inj <= 7:
        bad("*", f"{inj} injection items")
    loc = Counter(p["locale"] for p in P)
    if set(loc) != LOCALES:
        bad("*", f"locales missing: {LOCALES - set(loc)}")
    en = sum(v for k, v in loc.items() if k.startswith("en-"))
    lang = Counter(k.split("-")[0] for k in loc.elements())
    if lang.most_common(1)[0][0] != "en" or not 10 <= en <= 14:
        bad("*", f"English share {en} / languages {lang.most_common(3)}")
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print(f"FAILED: {len(PROBLEMS)} problem(s)")
        sys.exit(1)
    print(f"OK: 80 items; intents {dict(c)}; injections {inj}; {len(loc)} locales, English {en}")


if __name__ == "__main__":
    main()
