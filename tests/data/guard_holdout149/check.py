#!/usr/bin/env python3
"""Verifies the blind guardrails set 401. Exits non-zero on any problem. Standard library only."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from part_gen import (luhn_ok, iban_ok, gb_vat_ok, de_ust_ok, nl_btw_ok,  # noqa: E402
                      fr_vat_key, cnpj_ok)

VIOL = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
        "terms_change", "harassment", "sensitive_data"]
ABBR = dict(zip(VIOL, ["LT", "DO", "RC", "FA", "TC", "HA", "SD"]))
LANGS = ["en-US", "en-GB", "en-CA", "en-NZ", "en-IE", "de", "fr", "es", "it", "nl", "sv", "pt-BR"]
SENSITIVE = {"card", "cvv", "expiry", "iban", "account", "password", "other_customer"}
REFERENCE = {"masked", "reference", "ocr", "siret", "vat_fr", "ust_de", "vat_gb", "btw_nl", "cnpj"}

problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("%s line %d: bad JSON (%s)" % (name, i, e))
    return rows


def digits(s):
    return re.sub(r"\D", "", s)


def check_number(xid, text, n):
    kind, val = n.get("kind"), n.get("value", "")
    if kind not in SENSITIVE | REFERENCE:
        bad("%s: unknown number kind %r" % (xid, kind))
        return
    if not val or val not in text:
        bad("%s: %s %r not found verbatim in the draft" % (xid, kind, val))
    d = digits(val)
    if kind == "card":
        if not (13 <= len(d) <= 19 and luhn_ok(d)):
            bad("%s: card %r is not a Luhn-valid 13-19 digit number" % (xid, val))
    elif kind == "iban":
        if not iban_ok(val):
            bad("%s: IBAN %r fails mod-97 / length" % (xid, val))
    elif kind == "account":
        if len(d) < 6:
            bad("%s: account %r too short to be a full account number" % (xid, val))
        if n.get("in_iban") and d not in re.sub(r"\s", "", n["in_iban"]):
            bad("%s: account %r is not part of IBAN %r" % (xid, val, n["in_iban"]))
    elif kind == "expiry":
        if not re.fullmatch(r"(0[1-9]|1[0-2])/\d{2}", val):
            bad("%s: expiry %r is not MM/YY" % (xid, val))
    elif kind == "cvv":
        if not re.fullmatch(r"\d{3,4}", val):
            bad("%s: CVV %r is not 3-4 digits" % (xid, val))
    elif kind == "password":
        if len(val) < 6:
            bad("%s: password %r implausibly short" % (xid, val))
    elif kind == "other_customer":
        if not n.get("amount") or n["amount"] not in text:
            bad("%s: other customer's amount %r not in the draft" % (xid, n.get("amount")))
    elif kind == "masked":
        if len(d) > 4:
            bad("%s: masked number %r shows %d digits (max 4)" % (xid, val, len(d)))
        if len(d) < 2:
            bad("%s: masked number %r shows no trailing digits" % (xid, val))
    elif kind == "ocr":
        if not (len(d) <= 12 and luhn_ok(d)):
            bad("%s: OCR reference %r must be <=12 digits with a Luhn check digit" % (xid, val))
    elif kind == "siret":
        if not (len(d) == 14 and luhn_ok(d) and luhn_ok(d[:9])):
            bad("%s: SIRET %r invalid" % (xid, val))
    elif kind == "vat_fr":
        m = re.fullmatch(r"FR ?(\d{2}) ?(\d{9})", val)
        if not m or fr_vat_key(m.group(2)) != int(m.group(1)):
            bad("%s: French VAT %r has a wrong key" % (xid, val))
    elif kind == "ust_de":
        if not (re.fullmatch(r"DE\d{9}", val) and de_ust_ok(val[2:])):
            bad("%s: USt-IdNr %r invalid" % (xid, val))
    elif kind == "vat_gb":
        if not (len(d) == 9 and gb_vat_ok(d)):
            bad("%s: UK VAT %r invalid" % (xid, val))
    elif kind == "btw_nl":
        if not (re.fullmatch(r"NL\d{9}B\d{2}", val) and nl_btw_ok(val[2:11])):
            bad("%s: Dutch btw-id %r invalid" % (xid, val))
    elif kind == "cnpj":
        if not (len(d) == 14 and cnpj_ok(d)):
            bad("%s: CNPJ %r invalid" % (xid, val))


IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
CARD_RE = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")


def scan(xid, text, ev_numbers):
    """Every checksum-valid IBAN or card-like number in the text must be recorded in the evidence."""
    ibans = {re.sub(r"\s", "", n["value"]) for n in ev_numbers if n["kind"] == "iban"}
    known = {digits(n["value"]) for n in ev_numbers if n["kind"] in ("card", "siret", "ocr", "cnpj", "account")}
    for m in IBAN_RE.finditer(text):
        tok = re.sub(r"\s", "", m.group(0))
        if iban_ok(tok) and tok not in ibans:
            bad("%s: unrecorded valid IBAN %r" % (xid, m.group(0)))
    for m in CARD_RE.finditer(text):
        d = digits(m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d) and d not in known:
            bad("%s: unrecorded Luhn-valid number %r" % (xid, m.group(0)))


def main():
    drafts, labels, evidence = load("drafts.jsonl"), load("labels.jsonl"), load("evidence.jsonl")
    for name, rows in (("drafts", drafts), ("labels", labels), ("evidence", evidence)):
        if len(rows) != 80:
            bad("%s.jsonl has %d lines, expected 80" % (name, len(rows)))
    ids = ["xe%02d" % i for i in range(1, 81)]
    for name, rows in (("drafts", drafts), ("labels", labels), ("evidence", evidence)):
        if [r.get("id") for r in rows] != ids[:len(rows)]:
            bad("%s.jsonl ids are not xe01..xe80 in order" % name)

    vcount, kcount, lcount = Counter(), Counter(), Counter()
    n_allowed = n_double = n_subtle = 0
    invoices = Counter()
    for d, l, e in zip(drafts, labels, evidence):
        xid = d["id"]
        if set(d) != {"id", "subject", "body"}:
            bad("%s: draft fields %s" % (xid, sorted(d)))
        if set(l) != {"id", "allowed", "violations", "note", "lang"}:
            bad("%s: label fields %s" % (xid, sorted(l)))
        text = d.get("subject", "") + "\n" + d.get("body", "")
        if "<<" in text or ">>" in text:
            bad("%s: unfilled placeholder" % xid)
        vs = l.get("violations", [])
        if any(v not in VIOL for v in vs):
            bad("%s: unknown violation in %s" % (xid, vs))
            continue
        if len(set(vs)) != len(vs) or vs != sorted(vs, key=VIOL.index):
            bad("%s: violations not unique / not in table order: %s" % (xid, vs))
        if l.get("allowed") is not (vs == []):
            bad("%s: allowed=%r but violations=%s" % (xid, l.get("allowed"), vs))
        if len(vs) > 2:
            bad("%s: more than two violations" % xid)
        key = "+".join(ABBR[v] for v in vs) or "OK"
        lang = l.get("lang")
        if lang not in LANGS:
            bad("%s: unknown lang %r" % (xid, lang))
        prefix = "[%s, %s] " % (key, lang)
        note = l.get("note", "")
        if not note.startswith(prefix):
            bad("%s: note should start %r: %r" % (xid, prefix, note[:40]))
        subtle_note = note[len(prefix):].startswith("Subtle")
        if subtle_note != bool(e.get("subtle")):
            bad("%s: Subtle marker in note disagrees with evidence" % xid)
        if subtle_note and not vs:
            bad("%s: allowed draft marked Subtle" % xid)
        if len(note) - len(prefix) < 20:
            bad("%s: note gives no reason" % xid)
        if e.get("key") != key:
            bad("%s: evidence key %r != %r" % (xid, e.get("key"), key))

        # trigger phrases
        trig = e.get("triggers", {})
        if set(trig) != set(vs):
            bad("%s: triggers for %s but violations %s" % (xid, sorted(trig), vs))
        for v, phrases in trig.items():
            if not phrases:
                bad("%s: no trigger phrase for %s" % (xid, v))
            for p in phrases:
                if p not in text:
                    bad("%s: trigger for %s not in draft: %r" % (xid, v, p))
        for p in e.get("near_miss", []):
            if p not in text:
                bad("%s: near-miss phrase not in draft: %r" % (xid, p))
        if vs == [] and not e.get("near_miss"):
            bad("%s: allowed draft records no near-miss phrase" % xid)

        # numbers
        nums = e.get("numbers", [])
        for n in nums:
            check_number(xid, text, n)
        has_sensitive = any(n["kind"] in SENSITIVE for n in nums)
        if ("sensitive_data" in vs) != has_sensitive:
            bad("%s: sensitive_data label %s but sensitive numbers recorded: %s"
                % (xid, "sensitive_data" in vs, has_sensitive))
        scan(xid, text, nums)

        for inv in set(re.findall(r"LJ-26-\d{4}", text)):
            invoices[inv] += 1

        vcount.update(vs)
        kcount[key] += 1
        lcount[lang] += 1
        n_allowed += not vs
        n_double += len(vs) == 2
        n_subtle += subtle_note

    # counts
    if n_allowed != 40:
        bad("allowed drafts: %d, expected 40" % n_allowed)
    for v in VIOL:
        if not 6 <= vcount[v] <= 8:
            bad("%s appears in %d drafts, expected 6-8" % (v, vcount[v]))
    if not 6 <= n_double <= 8:
        bad("%d drafts with two violations, expected 6-8" % n_double)
    if not 16 <= n_subtle <= 24:
        bad("%d subtle drafts, expected about half of 40" % n_subtle)
    missing = [lg for lg in LANGS if lcount[lg] == 0]
    if missing:
        bad("languages without drafts: %s" % missing)
    dup = sorted(k for k, c in invoices.items() if c > 1)
    if dup:
        bad("invoice numbers reused across drafts: %s" % dup)

    # README mirrors the counts
    try:
        readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
        for v in VIOL:
            if "| `%s` | %d |" % (v, vcount[v]) not in readme:
                bad("README count for %s is stale" % v)
        for k, c in kcount.items():
            if "| %s | %d |" % (k, c) not in readme:
                bad("README count for KEY %s is stale" % k)
    except OSError:
        bad("README.md missing")

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(problems))
        return 1
    print("OK: 80 drafts, %d allowed, %d violating, %d double, %d subtle" % (n_allowed, 80 - n_allowed, n_double, n_subtle))
    print("violations:", dict((ABBR[v], vcount[v]) for v in VIOL))
    print("keys:", dict(sorted(kcount.items())))
    print("langs:", dict(lcount))
    return 0


if __name__ == "__main__":
    sys.exit(main())
