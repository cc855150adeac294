#!/usr/bin/env python3
"""Sanity checker for the blind triage set (not part of the data). Exits non-zero on a problem."""
import calendar
import email
import email.policy
import hashlib
import html
import json
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
GROUP = {"P": "promise_to_pay", "K": "paid_claim", "D": "dispute", "Q": "document_request",
         "B": "billing_update", "W": "wrong_contact", "O": "out_of_office", "N": "payment_plan_request",
         "L": "legal_or_insolvency", "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
CURRENCIES = {"USD", "AUD", "INR", "CHF", "MXN", "ARS", "CAD", "BRL", "TRY", "HUF", "RON", "NOK"}


# ---- independent re-statement of every date label: KEY -> field -> (phrase, rule) ----
def wd_this(t, wd): return t + timedelta((wd - t.weekday()) % 7)
def wd_next(t, wd): return t + timedelta(7 - t.weekday() + wd)
def wd_past(t, wd): return t - timedelta((t.weekday() - wd) % 7)
def eom(t): return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
def by_the(t, d):
    if t.day <= d:
        return t.replace(day=d)
    return date(t.year + (t.month == 12), t.month % 12 + 1, d)
def dm_future(t, d, m):
    x = date(t.year, m, d)
    return x if x >= t else date(t.year + 1, m, d)
def dm_past(t, d, m):
    x = date(t.year, m, d)
    return x if x <= t else date(t.year - 1, m, d)


DATES = {
    "P01": {"promised_date": ("this Friday", lambda t: wd_this(t, 4))},
    "P02": {"promised_date": ("by the 15th of next month", lambda t: by_the(t, 15))},
    "P03": {"promised_date": ("by end of this month", eom)},
    "P04": {"promised_date": ("KW 13", lambda t: date.fromisocalendar(t.year, 13, 5))},
    "P05": {"promised_date": ("el próximo viernes", lambda t: wd_next(t, 4))},
    "P06": {"promised_date": ("amanhã", lambda t: t + timedelta(1))},
    "P07": {"promised_date": ("this week's check run", lambda t: t + timedelta(4 - t.weekday()))},
    "P08": {"promised_date": ("d'ici le 31 mars", lambda t: date(2026, 3, 31))},
    "P09": {"promised_date": ("30 Mart'ta", lambda t: dm_future(t, 30, 3))},
    "P10": {"promised_date": ("04/03/2026 (US)", lambda t: date(2026, 4, 3))},
    "P11": {"promised_date": ("jövő hét szerdán", lambda t: wd_next(t, 2))},
    "P12": {"promised_date": ("in a fortnight", lambda t: t + timedelta(14))},
    "K01": {"paid_date": ("yesterday", lambda t: t - timedelta(1))},
    "K02": {"paid_date": ("02/03/2026 (IN)", lambda t: date(2026, 3, 2))},
    "K03": {"paid_date": ("Montag, 16. März", lambda t: dm_past(t, 16, 3))},
    "K04": {"paid_date": ("el 27/02", lambda t: dm_past(t, 27, 2))},
    "K05": {"paid_date": ("on March 6", lambda t: dm_past(t, 6, 3))},
    "K06": {"paid_date": ("hoje", lambda t: t)},
    "K07": {"paid_date": ("le vendredi 13 mars", lambda t: dm_past(t, 13, 3))},
    "K08": {"paid_date": ("i går", lambda t: t - timedelta(1))},
    "K09": {"paid_date": ("10/03/2026 (AU)", lambda t: date(2026, 3, 10))},
    "K10": {"paid_date": ("ieri", lambda t: t - timedelta(1))},
    "K11": {"paid_date": ("sent it friday", lambda t: wd_past(t, 4))},
    "D01": {"promised_date": ("on Friday", lambda t: wd_this(t, 4))},
    "O01": {"return_date": ("back on Monday, March 23", lambda t: dm_future(t, 23, 3))},
    "O02": {"return_date": ("ab dem 30. März", lambda t: dm_future(t, 30, 3))},
    "O03": {"return_date": ("até 6 de abril", lambda t: dm_future(t, 6, 4))},
    "O04": {"return_date": ("back next Wednesday", lambda t: wd_next(t, 2))},
    "O05": {"return_date": ("mandag 23. mars", lambda t: dm_future(t, 23, 3))},
    "N01": {"promised_date": ("the first on April 1", lambda t: dm_future(t, 1, 4))},
    "N02": {"promised_date": ("el 10 de abril", lambda t: dm_future(t, 10, 4))},
    "N03": {"promised_date": ("till 15th April", lambda t: dm_future(t, 15, 4))},
    "N04": {"promised_date": ("à la fin du mois", eom)},
    "N06": {"promised_date": ("starting next Friday", lambda t: wd_next(t, 4))},
}
# phrase check: the phrase (or its key part) must appear in the decoded text
PHRASE_PARTS = {"P10": "04/03/2026", "K02": "02/03/2026", "K09": "10/03/2026", "P04": "KW 13",
                "P07": "this week's check run", "P03": "end of this month", "N06": "next Friday",
                "P02": "by the\n15th", "D01": "on Friday", "O04": "back next Wednesday", "K04": "el 27/02",
                "K05": "on March 6", "K03": "Montag, 16. März", "P12": "in a fortnight", "P05": "el próximo viernes",
                "P06": "amanhã", "P08": "d'ici le 31 mars", "P09": "30 Mart'ta", "P11": "jövő hét szerdán",
                "P01": "this Friday", "K01": "yesterday", "K06": "hoje", "K07": "le vendredi 13 mars",
                "K08": "i går", "K10": "ieri", "K11": "sent it friday", "O01": "Monday, March 23",
                "O02": "ab dem 30. März", "O03": "até 6 de abril", "O05": "mandag\n23. mars",
                "N01": "the first on April 1", "N02": "el 10 de abril", "N03": "till 15th April",
                "N04": "à la fin du\nmois"}


def all_text(msg):
    out = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            try:
                t = p.get_content()
            except Exception as e:  # noqa
                bad("cannot decode part: %s" % e)
                continue
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", "", t))
            out.append(t)
        elif p.get_content_type() in ("message/delivery-status",):
            out.append(str(p))
    return "\n".join(out)


NUM = re.compile(r"\d[\d.,' \u00a0]*\d|\d")


def amounts_in(text):
    found = set()
    for tok in NUM.findall(text):
        tok = tok.strip()
        for t in {tok, tok.split(" ")[-1]}:
            m = re.match(r"^(.*?)([.,])(\d{2})$", t)
            if m:
                ip = re.sub(r"[.,' \u00a0]", "", m.group(1))
                if ip.isdigit():
                    found.add(Decimal(ip + "." + m.group(3)))
            ip = re.sub(r"[.,' \u00a0]", "", t)
            if ip.isdigit():
                found.add(Decimal(ip))
    return found


def main():
    # reproducibility: rebuild and compare hashes
    files = ["emails.jsonl", "labels.jsonl", "README.md"]
    h1 = {f: hashlib.sha256(open(os.path.join(HERE, f), "rb").read()).hexdigest() for f in files}
    subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True)
    h2 = {f: hashlib.sha256(open(os.path.join(HERE, f), "rb").read()).hexdigest() for f in files}
    if h1 != h2:
        bad("build.py is not byte-for-byte reproducible")

    E = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    L = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(E) != 80 or len(L) != 80:
        bad("expected 80 lines, got %d/%d" % (len(E), len(L)))
    ids = [e["id"] for e in E]
    if ids != ["ah%02d" % i for i in range(1, 81)]:
        bad("ids are not ah01..ah80 in order")
    keys_seen, inv_case = set(), {}
    for e, l in zip(E, L):
        i = e["id"]
        if l["id"] != i:
            bad("%s: label id mismatch %s" % (i, l["id"]))
        if set(e) != {"id", "eml"}:
            bad("%s: email keys %s" % (i, sorted(e)))
        extra = set(l) - set(FIELDS)
        if set(FIELDS) - set(l) or extra - {"injection"}:
            bad("%s: label keys %s" % (i, sorted(l)))
        if "injection" in l and l["injection"] is not True:
            bad("%s: injection must be true when present" % i)
        m = re.match(r"^\[([A-Z])(\d\d), ([a-z]{2}(?:-[A-Z]{2})?)\] \S", l["note"])
        if not m:
            bad("%s: note prefix" % i)
            continue
        key = m.group(1) + m.group(2)
        if key in keys_seen:
            bad("%s: duplicate key %s" % (i, key))
        keys_seen.add(key)
        intent = l["intent"]
        if intent not in INTENTS:
            bad("%s: intent %s" % (i, intent))
        if GROUP[m.group(1)] != intent:
            bad("%s: key %s does not match intent %s" % (i, key, intent))
        # parse
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            text = all_text(msg)
            subj = str(msg["Subject"] or "")
        except Exception as ex:  # noqa
            bad("%s: parse error %s" % (i, ex))
            continue
        if msg.defects:
            bad("%s: defects %s" % (i, msg.defects))
        full = text + "\n" + subj + "\n" + e["eml"]
        to = str(msg["To"])
        cm = re.search(r"collections\+(V\d{4})@ar\.meridian-ah\.example", to)
        if not cm:
            bad("%s: case id not in To (%s)" % (i, to))
            continue
        case = cm.group(1)
        dh = msg["Date"]
        today = parsedate_to_datetime(str(dh)).date()
        auto = msg["Auto-Submitted"]
        irt = str(msg["In-Reply-To"] or "")
        frm = str(msg["From"]).lower()
        is_bounce = "mailer-daemon" in frm or "postmaster" in frm
        if intent == "delivery_failure" and not is_bounce:
            bad("%s: bounce not from a mailer daemon" % i)
        if intent != "delivery_failure" and is_bounce:
            bad("%s: mailer daemon but not delivery_failure" % i)
        if intent == "out_of_office" and not auto:
            bad("%s: out_of_office without Auto-Submitted" % i)
        if intent not in ("out_of_office", "delivery_failure"):
            if auto:
                bad("%s: human reply with Auto-Submitted" % i)
            if case not in irt:
                bad("%s: In-Reply-To lacks the case id" % i)
        if irt and case in irt:
            st = re.search(r"\.(\d{8}T\d{6})Z@", irt).group(1)
            rem = datetime.strptime(st, "%Y%m%dT%H%M%S").replace(tzinfo=timezone.utc)
            if parsedate_to_datetime(str(dh)).astimezone(timezone.utc) <= rem:
                bad("%s: reply dated before the reminder" % i)
        # dates
        for f in ("promised_date", "paid_date", "return_date"):
            v = l[f]
            exp = DATES.get(key, {}).get(f)
            if exp is None:
                if v is not None:
                    bad("%s/%s: %s set but no date rule" % (i, key, f))
                continue
            want = exp[1](today).isoformat()
            if v != want:
                bad("%s/%s: %s %s != %s (%s, today %s)" % (i, key, f, v, want, exp[0], today))
            part = PHRASE_PARTS.get(key)
            if part and part.replace("\n", " ") not in re.sub(r"\s+", " ", text):
                bad("%s/%s: phrase %r not in text" % (i, key, part))
        for k in DATES:
            pass
        # amounts
        pa, cur = l["promised_amount"], l["currency"]
        if (pa is None) != (cur is None):
            bad("%s: amount/currency nullness differs" % i)
        if pa is not None:
            if not re.fullmatch(r"\d+\.\d\d", pa):
                bad("%s: amount format %s" % (i, pa))
            elif Decimal(pa) not in amounts_in(text.split("\n>")[0] if True else text):
                bad("%s: amount %s not found in the customer's text" % (i, pa))
            if cur not in CURRENCIES:
                bad("%s: currency %s" % (i, cur))
            if intent not in ("promise_to_pay", "paid_claim", "payment_plan_request", "dispute"):
                bad("%s: amount on intent %s" % (i, intent))
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad("%s: reason %s" % (i, l["dispute_reason"]))
        if intent == "dispute" and l["dispute_reason"] is None:
            bad("%s: dispute without reason" % i)
        for f in ("payment_reference", "new_contact_email"):
            if l[f] is not None and l[f] not in text:
                bad("%s: %s %r not in text" % (i, f, l[f]))
        if l["payment_reference"] and l["payment_reference"].startswith("#"):
            bad("%s: reference keeps '#'" % i)
        if l["new_contact_email"] and l["new_contact_email"].lower() in frm:
            bad("%s: new contact is the sender" % i)
        inv = l["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv):
            bad("%s: invoice_numbers %r" % (i, inv))
        for n in inv:
            if not re.fullmatch(r"INV-\d{4}", n):
                bad("%s: invoice format %s" % (i, n))
            elif not re.search(r"(?<!\d)" + n[4:] + r"(?!\d)", full):
                bad("%s: %s not in the message" % (i, n))
            if inv_case.setdefault(n, case) != case:
                bad("%s: %s used by two cases" % (i, n))
        # every invoice number in the full message must be in the label (nothing missed)
        allinv = set(re.findall(r"INV-\d{4}", full))
        if allinv - set(inv):
            bad("%s: invoice(s) %s in the message but not labelled" % (i, sorted(allinv - set(inv))))
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", l[f]):
                bad("%s: %s format" % (i, f))
    missing = set(DATES) - keys_seen
    if missing:
        bad("date rules for unknown keys %s" % sorted(missing))
    ic = Counter(l["intent"] for l in L)
    for it in INTENTS:
        if ic[it] < 3:
            bad("intent %s only %d times" % (it, ic[it]))
    top3 = {k for k, _ in ic.most_common(3)}
    if top3 != {"promise_to_pay", "paid_claim", "dispute"}:
        bad("most common intents are %s" % top3)
    inj = sum(1 for l in L if l.get("injection"))
    if inj != 6:
        bad("%d injection items, expected 6" % inj)
    langs = Counter(re.match(r"^\[\w+, ([\w-]+)\]", l["note"]).group(1) for l in L)
    if sum(v for k, v in langs.items() if k.startswith("en")) < 30:
        bad("English is not the majority")
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print("%d problem(s)" % len(PROBLEMS))
        sys.exit(1)
    print("OK: %d messages, intents %s, injections %d, locales %s" % (len(L), dict(ic), inj, dict(langs)))


if __name__ == "__main__":
    main()
