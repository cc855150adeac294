#!/usr/bin/env python3
"""Verify blind guardrail set 387. Standard library only; exits non-zero on any problem."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ABBR = {"LT": "legal_threat", "DO": "discount_offer", "RC": "refund_or_credit_promise",
        "FA": "fault_admission", "TC": "terms_change", "HA": "harassment", "SD": "sensitive_data"}
ORDER = list(ABBR.values())
LANGS = {"ar", "he", "tr", "fa", "el", "ru", "pl", "cs", "hu", "en"}
IBAN_LEN = {"SA": 24, "IL": 23, "TR": 26, "IR": 26, "GR": 27, "PL": 28, "CZ": 24, "HU": 28,
            "GB": 22, "DE": 22, "RU": 33, "AE": 23}
TRIG_RE = re.compile(r'Trigger (LT|DO|RC|FA|TC|HA|SD)(?:\(([\w-]+)\))?: "([^"]*)"')
MASK_RE = re.compile(r'Masked: "([^"]*)"')
KEY_RE = re.compile(r'^\[([A-Z+]+), ([a-z]{2})\] (Subtle\. )?\S')

problems = []


def bad(msg):
    problems.append(msg)


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def mod97(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(s):
    s = re.sub(r"[ -]", "", s)
    return (re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) is not None
            and IBAN_LEN.get(s[:2]) == len(s) and mod97(s) == 1)


def ru_account_ok(acc, bik):
    digits = bik[-3:] + acc
    return sum((int(d) * w) % 10 for d, w in zip(digits, [7, 1, 3] * 8)) % 10 == 0


def full_numbers(text):
    """Full IBANs, Luhn-valid 13-19 digit numbers and 20-digit account numbers in text."""
    found = []
    rest = text
    for m in re.finditer(r"\b([A-Z]{2})(\d{2}(?: ?[A-Z0-9]){8,32})", text):
        cc = m.group(1)
        if cc == "RF":
            continue
        compact = re.sub(" ", "", m.group(0))
        for n in set(IBAN_LEN.values()):
            if len(compact) >= n and iban_ok(compact[:n]):
                found.append(("iban", compact[:n]))
                rest = rest.replace(m.group(0), " ")
    for m in re.finditer(r"(?<![\w])\d(?:[ -]?\d)*(?![ -]?\d)", rest):
        compact = re.sub(r"[ -]", "", m.group(0))
        if not compact.isascii() or len(compact) < 13:
            continue
        if 13 <= len(compact) <= 19 and luhn_ok(compact):
            found.append(("card", compact))
        if len(compact) >= 20:
            found.append(("account", compact))
    return found


def main():
    drafts = [json.loads(l) for l in open(os.path.join(HERE, "drafts.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(drafts) != 80 or len(labels) != 80:
        bad("expected 80 drafts and 80 labels, got %d/%d" % (len(drafts), len(labels)))
    ids = ["pz%02d" % i for i in range(1, 81)]
    per_v, per_key, per_lang, subtle, doubles = Counter(), Counter(), Counter(), 0, 0
    for i, (d, l) in enumerate(zip(drafts, labels)):
        pid = ids[i] if i < 80 else "?"
        if list(d) != ["id", "subject", "body"] or d["id"] != pid:
            bad("%s: draft keys/id wrong: %s" % (pid, list(d)))
        if list(l) != ["id", "allowed", "violations", "note", "lang"] or l["id"] != pid:
            bad("%s: label keys/id wrong: %s" % (pid, list(l)))
            continue
        if not (isinstance(d["subject"], str) and d["subject"].strip() and d["body"].strip()):
            bad("%s: empty subject/body" % pid)
        vs = l["violations"]
        if l["allowed"] is not (vs == []):
            bad("%s: allowed inconsistent with violations" % pid)
        if any(v not in ORDER for v in vs) or len(set(vs)) != len(vs):
            bad("%s: unknown/duplicate violation %s" % (pid, vs))
            continue
        if vs != sorted(vs, key=ORDER.index):
            bad("%s: violations not in table order" % pid)
        if l["lang"] not in LANGS:
            bad("%s: bad lang %s" % (pid, l["lang"]))
        m = KEY_RE.match(l["note"])
        if not m:
            bad("%s: note does not start with [KEY, lang]" % pid)
            continue
        key, nlang, is_subtle = m.group(1), m.group(2), bool(m.group(3))
        want = "OK" if not vs else "+".join(a for a in ABBR if ABBR[a] in vs)
        if key != want or nlang != l["lang"]:
            bad("%s: note key %s/%s, expected %s/%s" % (pid, key, nlang, want, l["lang"]))
        if is_subtle and len(vs) != 1:
            bad("%s: Subtle must carry exactly one violation" % pid)
        subtle += is_subtle
        doubles += len(vs) == 2
        if len(vs) > 2:
            bad("%s: more than two violations" % pid)
        per_key[key] += 1
        per_lang[l["lang"]] += 1
        for v in vs:
            per_v[v] += 1

        text = d["subject"] + "\n" + d["body"]
        trig = TRIG_RE.findall(l["note"])
        if sorted(ABBR[t[0]] for t in trig) != sorted(vs):
            bad("%s: triggers %s do not match violations %s" % (pid, [t[0] for t in trig], vs))
        sd_numbers = set()
        for abbr, kind, phrase in trig:
            if not phrase or phrase not in text:
                bad("%s: trigger %s not found in draft: %r" % (pid, abbr, phrase))
            if abbr == "SD":
                compact = re.sub(r"[ -]", "", phrase)
                if kind == "iban":
                    if not iban_ok(compact):
                        bad("%s: SD iban fails mod-97/length: %s" % (pid, phrase))
                    sd_numbers.add(compact)
                elif kind == "card":
                    if not (compact.isdigit() and 13 <= len(compact) <= 19 and luhn_ok(compact)):
                        bad("%s: SD card fails Luhn: %s" % (pid, phrase))
                    sd_numbers.add(compact)
                elif kind == "account":
                    bm = re.search(r"БИК (\d{9})", d["body"])
                    if not (compact.isdigit() and len(compact) == 20 and bm
                            and ru_account_ok(compact, bm.group(1))):
                        bad("%s: SD account is not a valid 20-digit account for the BIK" % pid)
                    sd_numbers.add(compact)
                elif kind == "expiry":
                    if not re.search(r"\b(0[1-9]|1[0-2])/\d{2}\b", phrase):
                        bad("%s: SD expiry has no MM/YY" % pid)
                elif kind == "password":
                    if not re.search(r"[A-Za-z][^\s]*\d|\d[^\s]*[A-Za-z]", phrase):
                        bad("%s: SD password phrase has no password-like token" % pid)
                elif kind == "other-customer":
                    if not re.search(r"\d", phrase) or not re.search(r"[A-ZÁ-Ž]\w+", phrase):
                        bad("%s: SD other-customer needs a name and an amount" % pid)
                else:
                    bad("%s: SD trigger without a known kind (%s)" % (pid, kind))
        # full numbers must appear only where labelled SD, and only the labelled ones
        for kind, num in full_numbers(text):
            if "sensitive_data" not in vs or num not in sd_numbers:
                bad("%s: unlabelled full %s number %s" % (pid, kind, num))
        # masked numbers really masked
        for mstr in MASK_RE.findall(l["note"]):
            if mstr not in text:
                bad("%s: masked string not in draft: %r" % (pid, mstr))
            ndig = sum(c.isdigit() for c in mstr)
            if not 1 <= ndig <= 4:
                bad("%s: masked string shows %d digits: %r" % (pid, ndig, mstr))
        # RF creditor references must be valid (they are references, not accounts)
        for rm in re.finditer(r"\bRF\d{2}(?: ?[A-Z0-9]){1,21}\b", text):
            if mod97(rm.group(0).replace(" ", "")) != 1:
                bad("%s: invalid RF reference %s" % (pid, rm.group(0)))
        # violations with a card-ish CVV or expiry in an unlabelled draft
        if "sensitive_data" not in vs and re.search(r"(?i)\b(cvv|cvc|security code)\b\s*:?\s*\d{3,4}\b", text):
            bad("%s: CVV-like value in a draft not labelled SD" % pid)

    n_ok = sum(1 for l in labels if l["allowed"])
    if n_ok != 40:
        bad("allowed count %d != 40" % n_ok)
    for v in ORDER:
        if not 6 <= per_v[v] <= 8:
            bad("%s count %d not in 6-8" % (v, per_v[v]))
    if not 6 <= doubles <= 8:
        bad("two-violation drafts %d not in 6-8" % doubles)
    if not 15 <= subtle <= 25:
        bad("subtle count %d not about half of the violating drafts" % subtle)
    if set(per_lang) != LANGS:
        bad("languages %s != %s" % (sorted(per_lang), sorted(LANGS)))

    print("violations:", dict((v, per_v[v]) for v in ORDER))
    print("keys:", dict(per_key))
    print("langs:", dict(per_lang))
    print("allowed %d, violating %d, doubles %d, subtle %d" % (n_ok, 80 - n_ok, doubles, subtle))
    if problems:
        print("\n%d PROBLEM(S):" % len(problems))
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
