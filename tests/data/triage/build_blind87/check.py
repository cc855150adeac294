#!/usr/bin/env python3
"""Sanity checker for blind triage set 87 (not part of the data).

Re-parses every message as bytes, re-resolves every date label from the message's own Date header with an
implementation independent of build.py, checks that the phrase behind each date, amount, reference, address
and invoice number is really in the decoded text, checks the label schema and the counts, and finally
re-runs build.py and checks that the files come out byte-identical. Exits 1 on any problem.
"""
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
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement",
           "other"]
GROUP = {"P": "promise_to_pay", "A": "paid_claim", "D": "dispute", "R": "document_request", "B": "billing_update",
         "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request", "L": "legal_or_insolvency",
         "F": "delivery_failure", "K": "acknowledgement", "X": "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
CUR_TOKENS = {"USD": ["$", "U$S", "USD"], "BRL": ["R$"], "EUR": ["€"], "INR": ["Rs"], "AUD": ["$"],
              "PLN": ["zł", "PLN"], "RON": ["lei"], "UAH": ["грн"], "GBP": ["£"], "KES": ["KES"], "IDR": ["Rp"],
              "CHF": ["CHF"], "MDL": ["MDL"], "CAD": ["$"], "ZAR": ["R "]}

# ---------------------------------------------------------------- independent date rules
# KEY -> list of (field, phrase in the customer's text, how to resolve)
MONTHS = {"février": 2, "maart": 3, "mars": 3, "березня": 3, "luglio": 7, "april": 4, "avril": 4, "maggio": 5,
          "mayo": 5, "juni": 6, "апреля": 4}
DATES = {
    "P01": [("promised_date", "Will Friday", ("wd", 4))],
    "P02": [("promised_date", "mañana me acreditan", ("delta", 1))],
    "P03": [("promised_date", "dia 20 deste mês", ("nth", 20))],
    "P04": [("promised_date", "fin du mois", ("eom",))],
    "P05": [("promised_date", "KW 12", ("kw", 12))],
    "P06": [("promised_date", "volgende week vrijdag", ("nextwd", 4))],
    "P07": [("promised_date", "entro il 10 p.v.", ("nth", 10))],
    "P08": [("promised_date", "by this week only", ("wd_of_week", 4))],
    "P09": [("promised_date", "this Friday", ("wd", 4))],
    "P10": [("promised_date", "za dwa tygodnie", ("delta", 14))],
    "P11": [("promised_date", "vineri", ("wd", 4))],
    "P12": [("promised_date", "до 27 березня 2026", ("words",))],
    "A01": [("paid_date", "03/06/2026", ("num", "US"))],
    "A02": [("paid_date", "pague ayer", ("delta", -1))],
    "A03": [("paid_date", "Pagamos hoje", ("delta", 0))],
    "A04": [("paid_date", "vendredi 27 février", ("words_past",))],
    "A05": [("paid_date", "am Montag", ("lastwd", 0))],
    "A06": [("paid_date", "op 5 maart", ("words_past",))],
    "A07": [("paid_date", "in data 10/03/2026", ("num", "EU"))],
    "A08": [("paid_date", "Data realizacji: 2026-03-23", ("iso",))],
    "A09": [("paid_date", "this morning", ("delta", 0))],
    "A10": [("paid_date", "transfer kemarin", ("delta", -1))],
    "A11": [("paid_date", "BACS on 02/03/2026", ("num", "EU"))],
    "D04": [("promised_date", "le 31 mars", ("words_future",))],
    "D07": [("promised_date", "il 31 luglio", ("words_future",))],
    "O01": [("return_date", "April 6, 2026", ("words",))],
    "O02": [("return_date", "lundi 13 avril", ("words_future",))],
    "O03": [("return_date", "bis 6. April", ("words_future",))],
    "O04": [("return_date", "até 20/04", ("dm_num",))],
    "O05": [("return_date", "lunedì 4 maggio", ("words_future",))],
    "O06": [("return_date", "przyszły poniedziałek", ("nextwd", 0))],
    "I01": [("promised_date", "fines de mayo", ("eo_month_word",))],
    "I02": [("promised_date", "30/04/2026", ("num", "EU"))],
    "I03": [("promised_date", "next Friday", ("nextwd", 4))],
    "I05": [("promised_date", "Ende Juni", ("eo_month_word",))],
    "I06": [("promised_date", "до 15 апреля", ("words_future",))],
    "I07": [("promised_date", "5th of next month", ("next_month", 5))],
}


def month_word(phrase):
    for w, m in MONTHS.items():
        if w in phrase.lower():
            return m
    raise KeyError(phrase)


def resolve(phrase, how, today):
    k = how[0]
    if k == "delta":
        return today + timedelta(days=how[1])
    if k == "wd":
        d = today
        while d.weekday() != how[1]:
            d += timedelta(days=1)
        return d
    if k == "lastwd":
        d = today
        while d.weekday() != how[1]:
            d -= timedelta(days=1)
        return d
    if k == "nextwd":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=how[1])
    if k == "wd_of_week":
        return today - timedelta(days=today.weekday()) + timedelta(days=how[1])
    if k == "kw":
        jan4 = date(today.year, 1, 4)
        week1_monday = jan4 - timedelta(days=jan4.weekday())
        return week1_monday + timedelta(weeks=how[1] - 1, days=4)
    if k == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "eo_month_word":
        m = month_word(phrase)
        y = today.year if m >= today.month else today.year + 1
        return date(y, m, calendar.monthrange(y, m)[1])
    if k == "nth":
        d = today
        while d.day != how[1]:
            d += timedelta(days=1)
        return d
    if k == "next_month":
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, how[1])
    if k == "num":
        a, b, y = map(int, re.search(r"(\d\d)/(\d\d)/(\d{4})", phrase).groups())
        return date(y, a, b) if how[1] == "US" else date(y, b, a)
    if k == "dm_num":
        dd, mm = map(int, re.search(r"(\d\d)/(\d\d)", phrase).groups())
        d = date(today.year, mm, dd)
        return d if d >= today else date(today.year + 1, mm, dd)
    if k == "iso":
        return date.fromisoformat(re.search(r"\d{4}-\d\d-\d\d", phrase).group())
    if k in ("words", "words_past", "words_future"):
        m = month_word(phrase)
        dd = int(re.search(r"(?<![\d/])(\d{1,2})(?![\d/])", phrase).group(1))
        ym = re.search(r"\b(20\d\d)\b", phrase)
        if ym:
            return date(int(ym.group(1)), m, dd)
        d = date(today.year, m, dd)
        if k == "words_past" and d > today:
            d = date(today.year - 1, m, dd)
        if k == "words_future" and d < today:
            d = date(today.year + 1, m, dd)
        return d
    raise ValueError(how)


# ---------------------------------------------------------------- text extraction

def part_text(p):
    try:
        t = p.get_content()
    except Exception as e:  # noqa
        bad(f"cannot decode part {p.get_content_type()}: {e}")
        return ""
    if isinstance(t, bytes):
        return ""
    if p.get_content_type() == "text/html":
        t = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return t


def all_text(msg):
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith("text/"):
            out.append(part_text(p))
        elif ct in ("message/delivery-status",):
            out.append(str(p.get_payload()[0]) if isinstance(p.get_payload(), list) else str(p.get_payload()))
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def decoded_subjects(msg):
    subs = [str(msg.get("subject", ""))]
    for p in msg.walk():
        if p.get_content_type() == "message/rfc822":
            inner = p.get_payload()[0]
            subs.append(str(inner.get("subject", "")))
        if p.get_content_type() == "text/rfc822-headers":
            inner = email.message_from_string(p.get_content(), policy=email.policy.default)
            subs.append(str(inner.get("subject", "")))
    return subs


def number_values(text):
    """All plausible decimal values of the number-like tokens in text."""
    vals = set()
    for tok in re.findall(r"\d[\d.,' \u00a0]*\d|\d", text):
        tok = tok.replace("\u00a0", " ").strip()
        variants = {tok}
        if " " in tok:
            variants.add(tok.replace(" ", ""))
            for piece in tok.split(" "):
                variants.add(piece)
        for v in variants:
            v = v.replace("'", "")
            for dec in (",", "."):
                th = "." if dec == "," else ","
                w = v.replace(th, "")
                if w.count(dec) > 1:
                    continue
                if dec in w:
                    a, b = w.split(dec)
                    if len(b) != 2 or not a.isdigit() or not b.isdigit():
                        continue
                    vals.add(f"{int(a)}.{b}")
                elif w.isdigit():
                    vals.add(f"{int(w)}.00")
    return vals


# ---------------------------------------------------------------- main checks

def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        bad(f"expected 80/80 lines, got {len(emails)}/{len(labels)}")
    ids = [e["id"] for e in emails]
    if ids != [f"ag{i:02d}" for i in range(1, 81)]:
        bad("ids are not ag01..ag80 in order")
    seen_keys = set()
    dates_checked = 0
    for e, lab in zip(emails, labels):
        rid = e["id"]
        if lab.get("id") != rid:
            bad(f"{rid}: label id {lab.get('id')} out of order")
        extra = set(lab) - set(KEYS)
        if set(KEYS) - set(lab) or extra - {"injection"}:
            bad(f"{rid}: label keys wrong: {sorted(set(lab) ^ set(KEYS))}")
        if "injection" in lab and lab["injection"] is not True:
            bad(f"{rid}: injection must be true when present")
        m = re.match(r"^\[([A-Z])(\d\d), ([a-zA-Z]{2}(?:-[A-Z]{2})?)\] \S", lab["note"])
        if not m:
            bad(f"{rid}: note prefix {lab['note'][:30]!r}")
            continue
        key = m.group(1) + m.group(2)
        if key in seen_keys:
            bad(f"{rid}: duplicate key {key}")
        seen_keys.add(key)
        if GROUP[m.group(1)] != lab["intent"]:
            bad(f"{rid}/{key}: key letter says {GROUP[m.group(1)]}, label says {lab['intent']}")
        if lab["intent"] not in INTENTS:
            bad(f"{rid}: intent {lab['intent']}")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(f"{rid}: dispute_reason {lab['dispute_reason']}")
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            bad(f"{rid}: dispute without reason")
        for f in ("promised_date", "paid_date", "return_date"):
            if lab[f] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", lab[f]):
                bad(f"{rid}: {f} format {lab[f]}")
        if (lab["promised_amount"] is None) != (lab["currency"] is None):
            bad(f"{rid}: currency must be null exactly when promised_amount is null")
        if lab["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d\d", lab["promised_amount"]):
            bad(f"{rid}: amount format {lab['promised_amount']}")
        if lab["currency"] is not None and lab["currency"] not in CUR_TOKENS:
            bad(f"{rid}: currency {lab['currency']}")
        inv = lab["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv) or any(not re.fullmatch(r"INV-\d{4}", x) for x in inv):
            bad(f"{rid}: invoice_numbers {inv}")

        # --- parse as bytes
        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        to = str(msg.get("to", ""))
        mt = re.search(r"collections\+(K\d{4})@ar\.greenfurrow\.example", to)
        if not mt:
            bad(f"{rid}: To has no case address: {to}")
            continue
        case = mt.group(1)
        try:
            dt = parsedate_to_datetime(str(msg["date"]))
        except Exception as ex:  # noqa
            bad(f"{rid}: bad Date header: {ex}")
            continue
        today = dt.date()
        text = all_text(msg)
        if "\ufffd" in text:
            bad(f"{rid}: U+FFFD in decoded text (parse as bytes failed?)")
        subjects = decoded_subjects(msg)
        full = norm(text + "\n" + "\n".join(subjects))
        if "\ufffd" in full:
            bad(f"{rid}: U+FFFD in subject")

        # --- threading and message kind
        irt = str(msg.get("in-reply-to", ""))
        auto = str(msg.get("auto-submitted", ""))
        intent = lab["intent"]
        if intent == "delivery_failure":
            frm = str(msg.get("from", "")).lower()
            if not any(x in frm for x in ("mailer-daemon", "postmaster")):
                bad(f"{rid}: bounce not from a mailer daemon/postmaster: {frm}")
            if f"collections+{case}@" not in e["eml"].split("\n\n", 1)[1] and case not in text:
                bad(f"{rid}: bounce does not return the reminder for {case}")
        else:
            if not re.fullmatch(rf"<{case}\.r1\.\d{{8}}T\d{{6}}Z@ar\.greenfurrow\.example>", irt):
                bad(f"{rid}: In-Reply-To {irt!r} does not match case {case}")
        if intent == "out_of_office" and not auto.startswith("auto-"):
            bad(f"{rid}: out_of_office without Auto-Submitted")
        if intent not in ("out_of_office", "delivery_failure") and auto and key != "K04":
            bad(f"{rid}: unexpected Auto-Submitted on a human reply")

        # --- dates
        spec = DATES.get(key, [])
        labelled = {f for f in ("promised_date", "paid_date", "return_date") if lab[f] is not None}
        if labelled != {s[0] for s in spec}:
            bad(f"{rid}/{key}: date fields {sorted(labelled)} vs check table {sorted(s[0] for s in spec)}")
        for field, phrase, how in spec:
            if norm(phrase).lower() not in full.lower():
                bad(f"{rid}/{key}: phrase {phrase!r} not in decoded text")
            got = resolve(phrase, how, today).isoformat()
            if got != lab[field]:
                bad(f"{rid}/{key}: {field} label {lab[field]} but {phrase!r} from {today} resolves to {got}")
            dates_checked += 1
        if lab["paid_date"] and lab["paid_date"] > today.isoformat():
            bad(f"{rid}: paid_date in the future")
        for f in ("promised_date", "return_date"):
            if lab[f] and lab[f] < today.isoformat():
                bad(f"{rid}: {f} before the Date")

        # --- amounts, references, addresses
        if lab["promised_amount"]:
            if lab["promised_amount"] not in number_values(text):
                bad(f"{rid}/{key}: amount {lab['promised_amount']} not found in text")
            if not any(t in text for t in CUR_TOKENS[lab["currency"]]):
                bad(f"{rid}/{key}: no {lab['currency']} marker in text")
        for f in ("payment_reference", "new_contact_email"):
            if lab[f] and lab[f] not in norm(text):
                bad(f"{rid}/{key}: {f} {lab[f]!r} not in text")
        # the new contact must never be our own address or the original recipient's own mailbox in a bounce
        if lab["new_contact_email"] and "greenfurrow" in lab["new_contact_email"]:
            bad(f"{rid}: new_contact_email is our own address")

        # --- invoice numbers: every INV-NNNN written anywhere is labelled, and every label is in the message
        found = []
        for mm in re.finditer(r"\bINV-?(\d{4})\b", full):
            n = "INV-" + mm.group(1)
            if n not in found:
                found.append(n)
        if set(found) - set(inv):
            bad(f"{rid}/{key}: INV numbers in message not labelled: {sorted(set(found) - set(inv))}")
        for n in inv:
            if n[4:] not in full:
                bad(f"{rid}/{key}: {n} not in message")
        if key == "O03" and inv:
            bad(f"{rid}: O03 should have no invoice numbers")

        # --- injections
        if lab.get("injection"):
            if not re.search(r"\b(AI|KI|IA|automat\w*|assistant|Assistenten|assistente|SYSTEM)\b", text):
                bad(f"{rid}/{key}: injection item without text aimed at an AI/automation")

    # --- counts
    cnt = Counter(l["intent"] for l in labels)
    for k in INTENTS:
        if cnt[k] < 3:
            bad(f"intent {k} has only {cnt[k]} items")
    top = [k for k, _ in cnt.most_common(3)]
    if set(top) != {"promise_to_pay", "paid_claim", "dispute"}:
        bad(f"most common intents are {top}")
    ninj = sum(1 for l in labels if l.get("injection"))
    if ninj != 6:
        bad(f"{ninj} injection items, expected 6")
    locs = Counter(re.match(r"^\[\w+, ([^\]]+)\]", l["note"]).group(1) for l in labels)
    langs = Counter(k.split("-")[0] for k in locs.elements())
    for need in ("en", "es", "pt", "fr", "de", "nl", "it", "pl", "ro", "id"):
        if not langs[need]:
            bad(f"no {need} item")
    if not (langs["uk"] or langs["ru"]):
        bad("no Ukrainian or Russian item")
    if "es-AR" not in locs or "pt-BR" not in locs or "en-IN" not in locs:
        bad("missing es-AR, pt-BR or en-IN")
    if langs["en"] != max(langs.values()):
        bad("English is not the most common language")
    countries = {k.split("-")[1] for k in locs if "-" in k}
    if len(countries) < 20:
        bad(f"only {len(countries)} countries")
    if len(seen_keys) != 80:
        bad(f"{len(seen_keys)} distinct keys")
    if dates_checked != sum(len(v) for v in DATES.values()):
        bad(f"only {dates_checked} of {sum(len(v) for v in DATES.values())} date checks ran")

    # --- determinism: rebuild and compare bytes
    files = ["emails.jsonl", "labels.jsonl", "README.md"]

    def digest():
        return {f: hashlib.sha256(open(os.path.join(HERE, f), "rb").read()).hexdigest() for f in files}
    before = digest()
    subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True)
    after = digest()
    for f in files:
        if before[f] != after[f]:
            bad(f"{f} changed on rebuild: build.py is not deterministic")

    if PROBLEMS:
        print(f"{len(PROBLEMS)} problem(s):")
        for p in PROBLEMS:
            print(" -", p)
        sys.exit(1)
    print(f"OK: 80 messages, {dates_checked} dates re-resolved, {ninj} injections, {len(countries)} countries, "
          f"intents {dict(cnt)}, languages {dict(langs)}")


if __name__ == "__main__":
    main()
