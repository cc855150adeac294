#!/usr/bin/env python3
"""Sanity checker for the blind triage set (not part of the data). Exits non-zero on a problem."""
import calendar
import email
import email.policy
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
LETTER = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request",
          "B": "billing_update", "W": "wrong_contact", "O": "out_of_office", "N": "payment_plan_request",
          "L": "legal_or_insolvency", "F": "delivery_failure", "K": "acknowledgement", "X": "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]

# Independent table of every date label: KEY -> {field: (phrase, rule)}.  Rules are re-implemented below.
DATES = {
    "P01": {"promised_date": ("on Thursday", ("weekday", 3))},
    "P02": {"promised_date": ("Tuesday 7 April", ("dm_wd", 7, 4, 1))},
    "P03": {"promised_date": ("next Friday", ("next", 4))},
    "P04": {"promised_date": ("el día 20", ("nth", 20))},
    "P05": {"promised_date": ("en fin de mois", ("eom",))},
    "P06": {"promised_date": ("KW 16", ("kw", 16))},
    "P07": {"promised_date": ("tra due settimane", ("days", 14))},
    "P08": {"promised_date": ("amanhã", ("days", 1))},
    "P09": {"promised_date": ("vrijdag", ("weekday", 4))},
    "P10": {"promised_date": ("明日", ("days", 1))},
    "P11": {"promised_date": ("perjantaina", ("weekday", 4))},
    "P12": {"promised_date": ("this week's payment run", ("thisweek",))},
    "P13": {"promised_date": ("이번 달 말까지", ("eom",))},
    "C01": {"paid_date": ("yesterday", ("days", -1))},
    "C02": {"paid_date": ("on Monday (past)", ("pastwd", 0))},
    "C03": {"paid_date": ("le 16 mars", ("pastdm", 16, 3))},
    "C04": {"paid_date": ("am 2.3.", ("pastdm", 2, 3))},
    "C05": {"paid_date": ("el viernes 6 de marzo", ("dm_wd", 6, 3, 4))},
    "C06": {"paid_date": ("ieri", ("days", -1))},
    "C07": {"paid_date": ("op 27/02", ("pastdm", 27, 2))},
    "C08": {"paid_date": ("március 5-én", ("pastdm", 5, 3))},
    "C09": {"paid_date": ("včera", ("days", -1))},
    "C10": {"paid_date": ("on 20 March", ("pastdm", 20, 3))},
    "C11": {"paid_date": ("today", ("days", 0))},
    "C12": {"paid_date": ("pe 27 martie", ("pastdm", 27, 3))},
    "D01": {"promised_date": ("on Friday", ("weekday", 4))},
    "D02": {"promised_date": ("by the 31st", ("nth", 31))},
    "D04": {"paid_date": ("am 12.02.", ("pastdm", 12, 2))},
    "D12": {"promised_date": ("no dia 20", ("nth", 20))},
    "O01": {"return_date": ("next Tuesday", ("next", 1))},
    "O02": {"return_date": ("bis einschließlich 10.04.2026", ("abs", "2026-04-10"))},
    "O03": {"return_date": ("maanantaina 4.5.2026", ("abs_wd", "2026-05-04", 0))},
    "O04": {"return_date": ("5月7日（木）", ("dm_wd", 7, 5, 3))},
    "O05": {"return_date": ("jusqu'au 24 avril", ("futdm", 24, 4))},
    "O06": {"return_date": ("március 17-én, kedden", ("dm_wd", 17, 3, 1))},
    "N01": {"promised_date": ("the first on 1 April", ("futdm", 1, 4))},
    "N02": {"promised_date": ("bis Ende Mai", ("endof", 5))},
    "N04": {"promised_date": ("the first week of July", ("firstweek", 7))},
    "N05": {"promised_date": ("do konce dubna", ("endof", 4))},
}


def rule_date(rule, t):
    k = rule[0]
    if k == "days":
        return t + timedelta(rule[1])
    if k == "weekday":
        d = t
        while d.weekday() != rule[1]:
            d += timedelta(1)
        return d
    if k == "next":
        monday_next = t - timedelta(t.weekday()) + timedelta(7)
        return monday_next + timedelta(rule[1])
    if k == "pastwd":
        d = t
        while d.weekday() != rule[1]:
            d -= timedelta(1)
        return d
    if k == "eom":
        return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if k == "endof":
        return date(t.year, rule[1], calendar.monthrange(t.year, rule[1])[1])
    if k == "nth":
        d = t
        while d.day != rule[1]:
            d += timedelta(1)
        return d
    if k == "kw":
        d = date(t.year, 1, 4)
        d = d - timedelta(d.weekday()) + timedelta(weeks=rule[1] - 1)
        return d + timedelta(4)
    if k == "thisweek":
        return t - timedelta(t.weekday()) + timedelta(4)
    if k == "pastdm":
        d = date(t.year, rule[2], rule[1])
        assert d <= t
        return d
    if k == "futdm":
        d = date(t.year, rule[2], rule[1])
        assert d >= t
        return d
    if k == "dm_wd":
        d = date(t.year, rule[2], rule[1])
        assert d.weekday() == rule[3], ("weekday named in the text does not match", d)
        return d
    if k == "abs":
        return date.fromisoformat(rule[1])
    if k == "abs_wd":
        d = date.fromisoformat(rule[1])
        assert d.weekday() == rule[2]
        return d
    if k == "firstweek":
        return date(t.year, rule[1], 7)
    raise ValueError(rule)


def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            continue
        try:
            if ct.startswith("text/"):
                out.append(part.get_content())
            else:
                out.append(part.get_payload(decode=False) if isinstance(part.get_payload(), str) else str(part))
        except Exception as e:  # noqa
            out.append(part.get_payload(decode=True).decode("utf-8", "replace"))
    for h in ("Subject",):
        if msg[h]:
            out.append(str(msg[h]))
    return "\n".join(x if isinstance(x, str) else str(x) for x in out)


def norm(s):
    return re.sub(r"[\s.,\u00a0\u202f']", "", s)


def main():
    errs = []
    E = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    Lb = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(E) != 80 or len(Lb) != 80:
        errs.append("need 80 emails and 80 labels")
    ids = [e["id"] for e in E]
    if ids != [l["id"] for l in Lb]:
        errs.append("ids/order differ")
    if ids != ["lf%02d" % i for i in range(1, 81)]:
        errs.append("ids not lf01..lf80")
    seen_keys = set()
    for e, lab in zip(E, Lb):
        i = lab["id"]
        def err(m):
            errs.append("%s: %s" % (i, m))
        extra = set(lab) - set(KEYS) - {"note", "injection"}
        if extra or any(k not in lab for k in KEYS + ["note"]):
            err("bad keys %s" % sorted(lab))
        m = re.match(r"^\[([A-Z])(\d\d), ([a-z]{2}-[A-Z]{2})\] ", lab["note"])
        if not m:
            err("note prefix")
            continue
        key = m.group(1) + m.group(2)
        if key in seen_keys:
            err("dup key " + key)
        seen_keys.add(key)
        if LETTER[m.group(1)] != lab["intent"]:
            err("KEY letter %s vs intent %s" % (key, lab["intent"]))
        if lab["intent"] not in INTENTS:
            err("intent")
        if lab.get("injection") not in (None, True):
            err("injection flag")
        # field shapes
        for f in ("promised_date", "paid_date", "return_date"):
            v = lab[f]
            if v is not None and not re.match(r"^\d{4}-\d\d-\d\d$", v):
                err("date format " + f)
        if (lab["promised_amount"] is None) != (lab["currency"] is None):
            err("currency iff amount")
        if lab["promised_amount"] is not None and not re.match(r"^\d+\.\d\d$", lab["promised_amount"]):
            err("amount format")
        if lab["currency"] is not None and not re.match(r"^[A-Z]{3}$", lab["currency"]):
            err("currency format")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            err("dispute_reason")
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            err("dispute without reason")
        inv = lab["invoice_numbers"]
        if not isinstance(inv, list) or len(inv) != len(set(inv)) or any(not re.match(r"^INV-\d{4}$", x) for x in inv):
            err("invoice_numbers")
        # parse the message as the contract says
        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        dt = parsedate_to_datetime(str(msg["Date"]))
        today = dt.date()
        to = str(msg["To"])
        if not re.search(r"collections\+HL\d{4}@ar\.hoistline\.example", to):
            err("case id not in To")
        text = all_text(msg)
        if "\ufffd" in text:
            err("U+FFFD in decoded text")
        ntext = norm(text)
        for x in inv:
            if x[4:] not in text:
                err("invoice %s not in message" % x)
        for f in ("payment_reference", "new_contact_email"):
            if lab[f] is not None and lab[f] not in text:
                err("%s %r not in message" % (f, lab[f]))
        if lab["promised_amount"] is not None:
            whole = lab["promised_amount"].split(".")[0]
            if whole not in ntext:
                err("amount %s not in message" % lab["promised_amount"])
        # shapes per intent
        auto = msg["Auto-Submitted"]
        if lab["intent"] == "out_of_office" and not (auto and str(auto).startswith("auto-")):
            err("OOO without Auto-Submitted")
        if lab["intent"] == "delivery_failure":
            if msg["In-Reply-To"]:
                err("bounce with In-Reply-To")
        elif lab["intent"] != "out_of_office" and not msg["In-Reply-To"] and not str(msg["Subject"]).startswith(("Fwd:", "I:")):
            err("human reply without In-Reply-To")
        # dates
        want = DATES.get(key, {})
        for f in ("promised_date", "paid_date", "return_date"):
            if f in want:
                phrase, rule = want[f]
                try:
                    exp = rule_date(rule, today).isoformat()
                except AssertionError as a:
                    err("%s rule %s: %s" % (f, rule, a))
                    continue
                if lab[f] != exp:
                    err("%s: %s from %s (%r) should be %s, label %s" % (key, f, today, phrase, exp, lab[f]))
            elif lab[f] is not None:
                err("%s has %s but no entry in DATES" % (key, f))
    for k in DATES:
        if k not in seen_keys:
            errs.append("DATES key %s unused" % k)
    c = Counter(l["intent"] for l in Lb)
    for it in INTENTS:
        if c[it] < 3:
            errs.append("intent %s has %d < 3" % (it, c[it]))
    inj = sum(1 for l in Lb if l.get("injection"))
    if inj != 6:
        errs.append("injections: %d != 6" % inj)
    langs = Counter(re.match(r"^\[\w+, ([a-z]{2})", l["note"]).group(1) for l in Lb)
    for lg in ("en", "es", "fr", "de", "it", "pt", "nl", "ja", "ko", "fi", "hu", "ro", "cs"):
        if langs[lg] < 3:
            errs.append("language %s has %d < 3" % (lg, langs[lg]))
    if langs.most_common(1)[0][0] != "en":
        errs.append("English is not the most common language")
    for e in errs:
        print("ERROR", e)
    print("%d labels checked, %d errors; intents %s; injections %d; languages %s"
          % (len(Lb), len(errs), dict(c), inj, dict(langs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
