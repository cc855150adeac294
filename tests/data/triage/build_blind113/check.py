#!/usr/bin/env python3
"""Sanity checker for the blind113 triage set. Exits non-zero on any problem."""
import email
import email.policy
import html
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import build  # noqa: E402  (only for the case specs and the determinism check)

INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
REASONS = ["pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"]
KEYMAP = {"P": "promise_to_pay", "A": "paid_claim", "D": "dispute", "R": "document_request", "B": "billing_update",
          "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request", "L": "legal_or_insolvency",
          "F": "delivery_failure", "K": "acknowledgement", "X": "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
CORE = {"en", "es", "fr", "de", "it", "pt", "nl"}
EXTRA = {"sv", "pl", "tr", "ar"}

problems = []


def bad(msg):
    problems.append(msg)


# ---- independent date rules (iterative, not the build.py formulas) ----
def r_this(t, wd):
    d = t
    while d.weekday() != wd:
        d += timedelta(1)
    return d


def r_next(t, wd):
    d = t + timedelta(1)
    while d.weekday() != 0:          # next Monday strictly after today
        d += timedelta(1)
    return d + timedelta(wd)


def r_last(t, wd):
    d = t - timedelta(1)
    while d.weekday() != wd:
        d -= timedelta(1)
    return d


def r_eom(y, m):
    d = date(y, m, 28)
    while (d + timedelta(1)).month == m:
        d += timedelta(1)
    return d


def r_by(t, day):
    d = t
    while d.day != day:
        d += timedelta(1)
    return d


def r_kw(y, wk):
    d = date(y, 1, 1)
    while d.isocalendar()[:3] != (y, wk, 5):
        d += timedelta(1)
    return d


def resolve(rule, t):
    k = rule[0]
    return {
        "abs": lambda: date(*rule[1:]),
        "tomorrow": lambda: t + timedelta(1),
        "yesterday": lambda: t - timedelta(1),
        "this": lambda: r_this(t, rule[1]),
        "next": lambda: r_next(t, rule[1]),
        "last": lambda: r_last(t, rule[1]),
        "eom": lambda: r_eom(t.year, t.month),
        "eom_named": lambda: r_eom(t.year, rule[1]),
        "plus": lambda: t + timedelta(rule[1]),
        "by": lambda: r_by(t, rule[1]),
        "kw": lambda: r_kw(t.year, rule[1]),
        "thisweek": lambda: r_this(t, 4),
        "firstweek": lambda: date(t.year, rule[1], 7),
    }[k]()


# ---- text extraction ----
def strip_html(s):
    s = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        if ct.startswith("text/"):
            try:
                t = part.get_content()
            except Exception as e:  # pragma: no cover
                bad("undecodable part %s: %s" % (ct, e))
                continue
            if "\ufffd" in t:
                bad("replacement char in part %s" % ct)
            out.append(strip_html(t) if ct == "text/html" else t)
        elif ct == "message/delivery-status":
            out.append(part.as_string())
    # returned originals
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
            out.append(str(inner.get("Subject", "")))
            b = inner.get_body(("plain",))
            if b is not None:
                out.append(b.get_content())
    return "\n".join(out)


def digits_only(s):
    return re.sub(r"[\s,.'\u00a0\u202f]", "", s)


def norm_ws(s):
    return re.sub(r"\s+", " ", s)


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        bad("expected 80/80 lines, got %d/%d" % (len(emails), len(labels)))
    fresh = build.build_all()          # also assigns the case ids
    specs = {c["key"]: c for c in build.CASES}
    intents, langs, inj = Counter(), Counter(), 0
    seen_ids, seen_keys = set(), set()
    for i, (e, lab) in enumerate(zip(emails, labels)):
        rid = e["id"]
        if rid != "hc%02d" % (i + 1) or lab["id"] != rid:
            bad("%s: id order mismatch" % rid)
        if rid in seen_ids:
            bad("dup id " + rid)
        seen_ids.add(rid)
        keys = list(lab.keys())
        extra = [k for k in keys if k not in FIELDS]
        if keys[:len(FIELDS)] != FIELDS or extra not in ([], ["injection"]):
            bad("%s: bad key set %s" % (rid, keys))
        if "injection" in lab:
            if lab["injection"] is not True:
                bad("%s: injection must be true when present" % rid)
            inj += 1
        it = lab["intent"]
        if it not in INTENTS:
            bad("%s: intent %s" % (rid, it))
        intents[it] += 1
        m = re.match(r"^\[([A-Z])(\d\d), ([a-z]{2})(-[A-Z]{2})?\] \S", lab["note"])
        if not m:
            bad("%s: note prefix" % rid)
            continue
        key = m.group(1) + m.group(2)
        if key in seen_keys:
            bad("dup key " + key)
        seen_keys.add(key)
        if KEYMAP[m.group(1)] != it:
            bad("%s: key %s vs intent %s" % (rid, key, it))
        langs[m.group(3)] += 1
        spec = specs[key]
        if bool(spec.get("injection")) != ("injection" in lab):
            bad("%s: injection flag mismatch" % rid)
        # field formats
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad("%s: reason" % rid)
        if it == "dispute" and lab["dispute_reason"] is None:
            bad("%s: dispute without reason" % rid)
        amt, cur = lab["promised_amount"], lab["currency"]
        if (amt is None) != (cur is None):
            bad("%s: amount/currency nullness" % rid)
        if amt is not None and not re.fullmatch(r"\d+\.\d\d", amt):
            bad("%s: amount format %r" % (rid, amt))
        if cur is not None and not re.fullmatch(r"[A-Z]{3}", cur):
            bad("%s: currency %r" % (rid, cur))
        if not isinstance(lab["invoice_numbers"], list) or len(set(lab["invoice_numbers"])) != len(lab["invoice_numbers"]):
            bad("%s: invoice list" % rid)
        for n in lab["invoice_numbers"]:
            if not re.fullmatch(r"INV-\d{4}", n):
                bad("%s: invoice format %s" % (rid, n))
        if it == "out_of_office" and lab["promised_date"]:
            bad("%s: ooo with promised date" % rid)
        if it == "promise_to_pay" and lab["paid_date"]:
            bad("%s: promise with paid date" % rid)
        if it == "paid_claim" and lab["promised_date"]:
            bad("%s: paid_claim with promised_date" % rid)
        # parse
        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            bad("%s: defects %s" % (rid, msg.defects))
        to = str(msg["To"])
        cid = re.search(r"collections\+(H\d{4})@ar\.halcyon-staffing\.example", to)
        if not cid:
            bad("%s: To has no case id" % rid)
        elif cid.group(1) != spec["cid"]:
            bad("%s: case id mismatch" % rid)
        auto = msg.get("Auto-Submitted")
        if it == "out_of_office" and not auto:
            bad("%s: ooo without Auto-Submitted" % rid)
        if it not in ("out_of_office", "delivery_failure") and auto:
            bad("%s: human reply flagged automatic" % rid)
        if it not in ("delivery_failure",) and not msg.get("In-Reply-To") and not spec.get("no_thread"):
            bad("%s: reply without In-Reply-To" % rid)
        text = all_text(msg)
        flat = norm_ws(text)
        dflat = digits_only(text)
        for n in lab["invoice_numbers"]:
            if n[4:] not in text:
                bad("%s: invoice %s not in message" % (rid, n))
        # every INV-like number in the customer's own body must be listed (skip bounces)
        if amt is not None and digits_only(amt) not in dflat and not (
                amt.endswith(".00") and re.search(r"(?<!\d)%s(?!\d)" % amt[:-3], dflat)):
            bad("%s: amount %s not found in text" % (rid, amt))
        if lab["payment_reference"] and lab["payment_reference"] not in text:
            bad("%s: reference not found" % rid)
        if lab["new_contact_email"] and lab["new_contact_email"] not in text:
            bad("%s: contact not found" % rid)
        # dates
        today = parsedate_to_datetime(msg["Date"]).date()
        spec_dates = spec["label"]["dates"]
        for f in ("promised_date", "paid_date", "return_date"):
            if f in spec_dates:
                rule, phrase = spec_dates[f]
                want = resolve(rule, today).isoformat()
                if lab[f] != want:
                    bad("%s: %s %s != %s (%s)" % (rid, f, lab[f], want, rule))
                if norm_ws(phrase) not in flat:
                    bad("%s: phrase %r not in message" % (rid, phrase))
            elif lab[f] is not None:
                bad("%s: %s set without a rule" % (rid, f))
    # distribution
    for it in INTENTS:
        if intents[it] < 3:
            bad("intent %s only %d" % (it, intents[it]))
    if inj != 6:
        bad("injection count %d" % inj)
    for lg in EXTRA:
        if langs[lg] < 2:
            bad("language %s only %d" % (lg, langs[lg]))
    for lg in CORE:
        if langs[lg] < 2:
            bad("core language %s only %d" % (lg, langs[lg]))
    if langs["en"] != max(langs.values()):
        bad("English is not the most common language")
    # determinism: regenerate in memory and compare byte for byte
    out = fresh
    em = "".join(json.dumps({"id": rid, "eml": eml}, ensure_ascii=False) + "\n" for rid, c, eml, L_ in out)
    lb = "".join(json.dumps(L_, ensure_ascii=False) + "\n" for rid, c, eml, L_ in out)
    if em != open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8", newline="").read():
        bad("emails.jsonl differs from a fresh build")
    if lb != open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8", newline="").read():
        bad("labels.jsonl differs from a fresh build")
    print("intents:", dict(sorted(intents.items())))
    print("languages:", dict(sorted(langs.items())))
    print("injections:", inj)
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK: 80 messages, all checks passed")


if __name__ == "__main__":
    main()
