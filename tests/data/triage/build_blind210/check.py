#!/usr/bin/env python3
"""Re-verify every label of the blind triage set from the generated data. Exit 1 on any problem."""
import calendar, email, email.policy, html, json, os, re, sys
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
KEYS = {"A": "promise_to_pay", "B": "paid_claim", "C": "dispute", "D": "document_request",
        "E": "billing_update", "F": "wrong_contact", "G": "out_of_office", "H": "payment_plan_request",
        "I": "legal_or_insolvency", "J": "delivery_failure", "K": "acknowledgement", "L": "other"}
TARGET = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
          "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
          "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
LOCALES = ["en-GB", "en-US", "en-KE", "es-PE", "fr-FR", "de-DE", "pt-PT", "it-IT", "nl-NL", "sv-SE", "pl-PL",
           "ro-RO", "tr-TR", "ja-JP", "zh-HK", "ms-MY"]
SYMBOLS = {"GBP": ["£", "GBP"], "EUR": ["€", "EUR"], "USD": ["$"], "KES": ["KES"], "PEN": ["S/"], "SEK": ["kr"],
           "PLN": ["zł"], "RON": ["lei"], "TRY": ["TL"], "JPY": ["円"], "HKD": ["HK$"], "MYR": ["RM"]}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
problems = []


def bad(rid, msg):
    problems.append(f"{rid}: {msg}")


def resolve(rule, arg, today):  # independent re-implementation of the contract's rules
    if rule == "today":
        return today
    if rule == "plus":
        return today + timedelta(days=arg)
    if rule == "this_wd":
        d = today
        while d.weekday() != arg:
            d += timedelta(days=1)
        return d
    if rule == "next_wd":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=arg)
    if rule == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "eonm":
        y = today.year + (1 if arg < today.month else 0)
        return date(y, arg, calendar.monthrange(y, arg)[1])
    if rule == "by_day":
        d = today
        while d.day != arg:
            d += timedelta(days=1)
        return d
    if rule == "this_week":
        return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if rule == "iso_week":
        jan4 = date(today.year, 1, 4)
        return jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=arg - 1, days=4)
    if rule == "first_week":
        return date(today.year + (1 if arg < today.month else 0), arg, 7)
    if rule == "dm_past":
        d = date(today.year, *arg)
        return d if d <= today else date(today.year - 1, *arg)
    if rule == "dm_future":
        d = date(today.year, *arg)
        return d if d >= today else date(today.year + 1, *arg)
    if rule == "explicit":
        return date.fromisoformat(arg)
    raise ValueError(rule)


def parse_amount(s):
    num = re.sub(r"[^\d.,]", "", s.replace("S/", ""))
    m = re.search(r"[.,](\d{2})$", num)
    if m:
        return Decimal(re.sub(r"[.,]", "", num[:-3]) + "." + m.group(1))
    return Decimal(re.sub(r"[.,]", "", num))


def norm(s):
    return re.sub(r"\s+", " ", s)


def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif ct == "message/delivery-status":
            out.append(str(part))
    return "\n".join(out)


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    checks = [json.loads(l) for l in open(os.path.join(HERE, "checks.jsonl"), encoding="utf-8")]
    if not (len(emails) == len(labels) == len(checks) == 80):
        bad("*", "need 80 lines in each file")
    ids = [e["id"] for e in emails]
    if ids != [f"RB{i:02d}" for i in range(1, 81)] or ids != [l["id"] for l in labels] or ids != [c["id"] for c in checks]:
        bad("*", "ids must be RB01..RB80 in the same order in all files")
    for e, L, C in zip(emails, labels, checks):
        rid = e["id"]
        extra = set(L) - set(FIELDS) - {"id", "note", "injection"}
        if extra or not set(FIELDS) <= set(L):
            bad(rid, f"label keys wrong: {sorted(L)}")
        if L.get("injection") not in (None, True):
            bad(rid, "injection must be true or absent")
        intent = L["intent"]
        if intent not in TARGET:
            bad(rid, f"intent {intent}")
        if not L["note"].startswith(f"[{C['key']}, {C['loc']}] ") or KEYS[C["key"]] != intent:
            bad(rid, "note prefix / key mismatch")
        if C["loc"] not in LOCALES:
            bad(rid, "locale")
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            text = all_text(msg)
            subject = str(msg["Subject"] or "")
        except Exception as ex:  # noqa: BLE001
            bad(rid, f"parse failed: {ex}")
            continue
        if "\ufffd" in text:
            bad(rid, "U+FFFD in decoded text (charset problem)")
        dt = parsedate_to_datetime(msg["Date"])
        today = dt.date()  # the header's own offset (naive for -0000)
        cut = text.find("Our records show")
        own = norm(text[:cut] if cut >= 0 else text)
        full = norm(text + " " + subject)
        # ---- threading / message kind
        irt = msg["In-Reply-To"]
        if intent == "delivery_failure":
            if irt:
                bad(rid, "bounce must not carry In-Reply-To")
            if "Our records show" not in text:
                bad(rid, "bounce must return the reminder (text or headers)") if "Reminder:" not in text else None
        else:
            m = re.fullmatch(r"<(K\d{4})\.r1\.\d{8}T\d{6}Z@ar\.ridgeback-coffee\.example>", str(irt or ""))
            if not m or msg["References"] != irt or f"collections+{m.group(1)}@" not in str(msg["To"]):
                bad(rid, "threading headers wrong")
        if intent == "out_of_office" and not (msg["Auto-Submitted"] or msg["X-Autoreply"]):
            bad(rid, "auto-reply header missing")
        if intent != "out_of_office" and intent != "delivery_failure" and msg["Auto-Submitted"]:
            bad(rid, "human reply marked Auto-Submitted")
        # ---- dates
        date_fields = {"promised_date", "paid_date", "return_date"}
        checked = set()
        for d in C["dates"]:
            f = d["field"]
            checked.add(f)
            arg = tuple(d["arg"]) if isinstance(d["arg"], list) else d["arg"]
            want = resolve(d["rule"], arg, today).isoformat()
            if L[f] != want:
                bad(rid, f"{f} {L[f]} != recomputed {want} ({d['rule']} {arg} from {today})")
            if norm(d["phrase"]) not in own:
                bad(rid, f"date phrase {d['phrase']!r} not in the customer's text")
        for f in date_fields:
            if L[f] is not None and (f not in checked or not ISO.match(L[f])):
                bad(rid, f"{f} set without a verified phrase")
            if f not in checked and L[f] is not None:
                bad(rid, f"{f} unexpected")
        if L["paid_date"] and L["paid_date"] > today.isoformat():
            bad(rid, "paid_date in the future")
        for f in ("promised_date", "return_date"):
            if L[f] and L[f] < today.isoformat():
                bad(rid, f"{f} before the Date")
        # ---- amounts
        if (L["promised_amount"] is None) != (L["currency"] is None) or (L["promised_amount"] is None) != (C["amount"] is None):
            bad(rid, "amount/currency/evidence must be all set or all null")
        if L["promised_amount"] is not None:
            if not re.fullmatch(r"\d+\.\d{2}", L["promised_amount"]):
                bad(rid, "amount format")
            if norm(C["amount"]) not in own:
                bad(rid, f"amount {C['amount']!r} not in the customer's text")
            if parse_amount(C["amount"]) != Decimal(L["promised_amount"]):
                bad(rid, f"amount {C['amount']} parses to {parse_amount(C['amount'])}")
            if not any(s in C["amount"] for s in SYMBOLS.get(L["currency"], ["??"])):
                bad(rid, f"currency {L['currency']} not shown in {C['amount']!r}")
            if L["currency"] not in subject and L["currency"] not in text:
                bad(rid, "currency does not match the thread")
        # ---- other fields
        if L["payment_reference"] is not None:
            if L["payment_reference"] not in own or L["payment_reference"].startswith("#"):
                bad(rid, "payment_reference not in text")
            if intent != "paid_claim":
                bad(rid, "payment_reference outside paid_claim")
        if (intent == "dispute") != (L["dispute_reason"] is not None) or (L["dispute_reason"] and L["dispute_reason"] not in REASONS):
            bad(rid, "dispute_reason")
        nce = L["new_contact_email"]
        if nce is not None:
            if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)*\.example", nce) or nce not in own:
                bad(rid, "new_contact_email not in the customer's text")
            if nce in str(msg["From"]):
                bad(rid, "new_contact_email is the sender")
        if intent in ("delivery_failure",) and nce:
            bad(rid, "bounce with a contact")
        if intent == "wrong_contact" and nce is None and "@" in own.split("Our records")[0] and False:
            pass
        if intent != "out_of_office" and L["return_date"]:
            bad(rid, "return_date outside out_of_office")
        # ---- invoices
        invs = L["invoice_numbers"]
        if not invs or len(set(invs)) != len(invs) or not all(re.fullmatch(r"INV-\d{4}", i) for i in invs):
            bad(rid, f"invoice_numbers {invs}")
        for i in invs:
            if i[4:] not in full:
                bad(rid, f"{i} not in the message")
        own_named = []
        for m in re.finditer(r"(?:INV-|fattura n\. )(\d{4})", own):
            n = "INV-" + m.group(1)
            if n not in own_named:
                own_named.append(n)
        if intent != "delivery_failure":
            if own_named and own_named != invs:
                bad(rid, f"invoice_numbers {invs} != own-text order {own_named}")
            if not own_named:
                subj = re.findall(r"INV-\d{4}", subject)
                rem = list(dict.fromkeys(re.findall(r"^\s*>?\s*(INV-\d{4})\s+\d{4}-\d{2}-\d{2}", text, re.M)))
                if invs != (subj or rem):
                    bad(rid, f"invoice_numbers {invs} != subject/quote fallback {subj or rem}")
        # ---- the reminder's sums add up
        block = text[: text.find("Total overdue")] if "Total overdue" in text else ""
        block = block[block.rfind("Invoice    Due date"):]
        rows = re.findall(r"^\s*>?\s*INV-\d{4}\s+\d{4}-\d{2}-\d{2}\s+[A-Z]{3} ([\d,.]+)", block, re.M)
        tot = re.search(r"Total overdue: [A-Z]{3} ([\d,.]+)", text)
        if rows and tot:
            if sum(Decimal(r.replace(",", "")) for r in rows) != Decimal(tot.group(1).replace(",", "")):
                bad(rid, "reminder total does not add up")
    cnt = Counter(l["intent"] for l in labels)
    if cnt != Counter(TARGET):
        bad("*", f"intent counts {dict(cnt)}")
    locs = Counter(c["loc"] for c in checks)
    if set(locs) != set(LOCALES):
        bad("*", f"locales {dict(locs)}")
    ninj = sum(1 for l in labels if l.get("injection"))
    if not 5 <= ninj <= 7:
        bad("*", f"{ninj} injections")
    ndates = sum(len(c["dates"]) for c in checks)
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(labels)} labels checked, {ndates} dates recomputed, {ninj} injections, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
