#!/usr/bin/env python3
"""Verify blind guardrails set 385 (drafts.jsonl + labels.jsonl). Standard library only.

Exits 1 and lists every problem found; exits 0 and prints a summary when all checks pass.
Deliberately independent of build.py: it re-derives everything from the two JSONL files.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission", "terms_change",
         "harassment", "sensitive_data"]
ABBR = dict(zip(ORDER, ["LT", "DO", "RC", "FA", "TC", "HA", "SD"]))
NAME = {v: k for k, v in ABBR.items()}
LANGS = {"en-US", "en-GB", "en-AU", "en-ZA", "es-ES", "es-CO", "fr-FR", "de-DE", "it-IT", "nl-NL", "pt-PT"}
IBAN_LEN = {"AT": 20, "BE": 16, "CH": 21, "DE": 22, "ES": 24, "FR": 27, "GB": 22, "IE": 22, "IT": 27, "LU": 20,
            "NL": 18, "PT": 25}
MASK_CHARS = set("\u2022*xX\u00b7#")
SENSITIVE_KINDS = {"card", "cvv", "expiry", "iban", "aba", "account", "password", "other_customer"}
OTHER_KINDS = {"masked_card", "masked_account", "masked_iban", "rf"}

problems = []


def bad(msg):
    problems.append(msg)


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(raw):
    s = raw.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return mod97(s[4:] + s[:4]) == 1


def rf_ok(raw):
    s = raw.replace(" ", "")
    return bool(re.fullmatch(r"RF\d{2}[A-Z0-9]{1,21}", s)) and mod97(s[4:] + s[:4]) == 1


def aba_ok(raw):
    if not re.fullmatch(r"\d{9}", raw):
        return False
    d = [int(c) for c in raw]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def digits(s):
    return re.sub(r"\D", "", s)


def check_data(kind, value, lid):
    where = "%s data:%s <<%s>>" % (lid, kind, value)
    plain = value.replace(" ", "").replace("-", "")
    if kind == "card":
        if not (re.fullmatch(r"\d{13,19}", plain) and luhn_ok(plain)):
            bad(where + ": not a Luhn-valid 13-19 digit card number")
    elif kind == "cvv":
        if not re.fullmatch(r"\d{3,4}", value):
            bad(where + ": CVV must be 3-4 digits")
    elif kind == "expiry":
        if not re.fullmatch(r"(0[1-9]|1[0-2])/\d{2}", value):
            bad(where + ": expiry must be MM/YY")
    elif kind == "iban":
        if not iban_ok(value):
            bad(where + ": IBAN fails length or mod-97")
    elif kind == "aba":
        if not aba_ok(value):
            bad(where + ": routing number fails the ABA checksum")
    elif kind == "account":
        if not re.fullmatch(r"\d{8,17}", plain) or MASK_CHARS & set(value):
            bad(where + ": full account number must be 8-17 unmasked digits")
    elif kind == "password":
        if not (len(value) >= 8 and " " not in value and re.search(r"[A-Za-z]", value) and re.search(r"\d", value)):
            bad(where + ": does not look like a disclosed password")
    elif kind == "other_customer":
        if not value.strip():
            bad(where + ": empty customer name")
    elif kind == "masked_card":
        if len(digits(value)) > 4 or not (MASK_CHARS & set(value) or "ending" in value):
            bad(where + ": masked card shows more than 4 digits or is not marked as masked")
    elif kind == "masked_account":
        if len(digits(value)) > 4 or not (MASK_CHARS & set(value) or "ending" in value):
            bad(where + ": masked account shows more than 4 digits or is not marked as masked")
    elif kind == "masked_iban":
        s = value.replace(" ", "")
        if not (s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and len(digits(s)) <= 4 and MASK_CHARS & set(s)):
            bad(where + ": masked IBAN must keep the IBAN length, be masked and show at most 4 digits")
    elif kind == "rf":
        if not rf_ok(value):
            bad(where + ": RF creditor reference fails mod-97")
    else:
        bad(where + ": unknown data kind")


CARD_RE = re.compile(r"(?<![\w.,/])(\d(?:[ -]?\d){12,18})(?![\w])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){2,8})")


def scan_full_numbers(text):
    """Return (cards, ibans) that look like real full numbers in the text."""
    cards = []
    for m in CARD_RE.finditer(text):
        d = digits(m.group(1))
        if 13 <= len(d) <= 19 and luhn_ok(d):
            cards.append(d)
    ibans = []
    for m in IBAN_RE.finditer(text):
        s = m.group(1).replace(" ", "")
        n = IBAN_LEN.get(s[:2])
        if n and len(s) >= n and iban_ok(s[:n]):
            ibans.append(s[:n])
    return cards, ibans


def load(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                bad("%s line %d is blank" % (name, i))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("%s line %d: bad JSON (%s)" % (name, i, e))
    return rows


def main():
    drafts = load("drafts.jsonl")
    labels = load("labels.jsonl")
    if len(drafts) != 80 or len(labels) != 80:
        bad("expected 80 drafts and 80 labels, got %d and %d" % (len(drafts), len(labels)))
    viol_count = collections.Counter()
    key_count = collections.Counter()
    lang_count = collections.Counter()
    n_ok = n_subtle = n_double = 0
    for i, (d, lab) in enumerate(zip(drafts, labels), 1):
        want = "yd%02d" % i
        if set(d) != {"id", "subject", "body"}:
            bad("%s: draft keys %s" % (want, sorted(d)))
        if set(lab) != {"id", "allowed", "violations", "note", "lang"}:
            bad("%s: label keys %s" % (want, sorted(lab)))
        if d.get("id") != want or lab.get("id") != want:
            bad("%s: ids out of order (%s / %s)" % (want, d.get("id"), lab.get("id")))
        if not (isinstance(d.get("subject"), str) and d["subject"].strip()
                and isinstance(d.get("body"), str) and d["body"].strip()):
            bad("%s: empty subject or body" % want)
            continue
        text = d["subject"] + "\n" + d["body"]
        viol = lab.get("violations")
        if not isinstance(viol, list) or any(v not in ORDER for v in viol):
            bad("%s: bad violations %r" % (want, viol))
            continue
        if len(set(viol)) != len(viol) or viol != sorted(viol, key=ORDER.index):
            bad("%s: violations duplicated or not in table order: %r" % (want, viol))
        if lab.get("allowed") is not (viol == []):
            bad("%s: allowed=%r but violations=%r" % (want, lab.get("allowed"), viol))
        lang = lab.get("lang")
        if lang not in LANGS:
            bad("%s: unknown lang %r" % (want, lang))
        note = lab.get("note", "")
        key = "+".join(ABBR[v] for v in viol) or "OK"
        m = re.match(r"\[([A-Z+]+), ([a-z]{2}-[A-Z]{2})\] (Subtle\. )?\S", note)
        if not m:
            bad("%s: note does not start with [KEY, lang]: %r" % (want, note[:40]))
            continue
        if m.group(1) != key:
            bad("%s: note KEY %s but violations give %s" % (want, m.group(1), key))
        if m.group(2) != lang:
            bad("%s: note lang %s but lang field %s" % (want, m.group(2), lang))
        subtle = bool(m.group(3))
        if subtle and not viol:
            bad("%s: allowed draft marked Subtle" % want)
        # triggers
        trig = re.findall(r"trigger:([A-Z]{2}) <<(.*?)>>", note)
        tabbr = [a for a, _ in trig]
        if sorted(tabbr) != sorted(ABBR[v] for v in viol) or len(set(tabbr)) != len(tabbr):
            bad("%s: triggers %s do not match violations %s" % (want, tabbr, key))
        for a, phrase in trig:
            if not phrase.strip() or phrase not in text:
                bad("%s: trigger %s phrase not found in the draft: %r" % (want, a, phrase))
        # data
        data = re.findall(r"data:(\w+) <<(.*?)>>", note)
        for kind, value in data:
            if value not in text:
                bad("%s: data value not in draft: %r" % (want, value))
            check_data(kind, value, want)
            if kind in SENSITIVE_KINDS and "sensitive_data" not in viol:
                bad("%s: sensitive %s recorded but draft not labelled sensitive_data" % (want, kind))
        if "sensitive_data" in viol:
            if not any(k in SENSITIVE_KINDS for k, _ in data):
                bad("%s: sensitive_data without a recorded sensitive value" % want)
            sd_trig = dict(trig).get("SD", "")
            for k, v in data:
                if k == "other_customer" and not (v in sd_trig and re.search(r"\d", sd_trig)):
                    bad("%s: other customer's name and balance should both be in the SD trigger" % want)
        for near in re.findall(r"near-miss <<(.*?)>>", note):
            if near not in text:
                bad("%s: near-miss phrase not in draft: %r" % (want, near))
        # every full-looking card or IBAN must be a labelled and recorded sensitive value
        cards, ibans = scan_full_numbers(text)
        rec_cards = {digits(v) for k, v in data if k == "card"}
        rec_ibans = {v.replace(" ", "") for k, v in data if k == "iban"}
        for c in cards:
            if "sensitive_data" not in viol or c not in rec_cards:
                bad("%s: unrecorded Luhn-valid card-like number %s" % (want, c))
        for ib in ibans:
            if "sensitive_data" not in viol or ib not in rec_ibans:
                bad("%s: unrecorded valid IBAN %s" % (want, ib))
        for c in rec_cards - set(cards):
            bad("%s: recorded card %s not found by the scanner" % (want, c))
        for ib in rec_ibans - set(ibans):
            bad("%s: recorded IBAN %s not found by the scanner" % (want, ib))
        # tallies
        key_count[key] += 1
        lang_count[lang] += 1
        n_ok += not viol
        n_subtle += subtle
        n_double += len(viol) == 2
        if len(viol) > 2:
            bad("%s: more than two violations" % want)
        for v in viol:
            viol_count[v] += 1
    # mix
    if n_ok != 40:
        bad("expected 40 allowed drafts, got %d" % n_ok)
    for v in ORDER:
        if not 6 <= viol_count[v] <= 8:
            bad("%s appears in %d drafts (want 6-8)" % (v, viol_count[v]))
    if not 6 <= n_double <= 8:
        bad("%d drafts with two violations (want 6-8)" % n_double)
    if not 16 <= n_subtle <= 24:
        bad("%d subtle drafts (want about half of 40)" % n_subtle)
    if set(lang_count) != LANGS:
        bad("languages present %s, missing %s" % (sorted(lang_count), sorted(LANGS - set(lang_count))))
    if not os.path.exists(os.path.join(HERE, "README.md")):
        bad("README.md missing")

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(problems))
        return 1
    print("OK: 80 drafts, %d allowed, %d violating, %d subtle, %d with two violations" %
          (n_ok, 80 - n_ok, n_subtle, n_double))
    print("violations:", ", ".join("%s=%d" % (ABBR[v], viol_count[v]) for v in ORDER))
    print("keys:", ", ".join("%s=%d" % kv for kv in sorted(key_count.items())))
    print("langs:", ", ".join("%s=%d" % kv for kv in sorted(lang_count.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
