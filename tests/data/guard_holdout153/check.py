#!/usr/bin/env python3
"""Verify blind guardrail set 414. Standard library only. Exit status 1 on any problem.

Checks structure and ordering of drafts/labels/evidence, the label conventions, the mix
counts, that every recorded trigger phrase occurs in its draft, that every recorded
sensitive number really is one (IBAN mod-97, Luhn, Argentine CBU check digits), that masked
numbers really are masked, and that no draft carries an unrecorded full card/IBAN/CBU.
The checksum code here is written independently of build.py.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
              "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA", "sensitive_data": "SD"}
LANGS = {"es-AR", "es-ES", "pt-BR", "ro", "pl", "uk", "ru", "kk", "hu", "bg", "en"}
IBAN_LEN = {"ES": 24, "RO": 24, "PL": 28, "HU": 28, "BG": 22, "UA": 29, "KZ": 20, "BR": 29, "DE": 22,
            "GB": 22, "IE": 22, "AT": 20, "PT": 25, "FR": 27}
N = 80

problems = []


def err(msg):
    problems.append(msg)


def load(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("%s:%d blank line" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s:%d bad JSON: %s" % (name, n, e))
    return rows


# ---------------------------------------------------------------- checksums
def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
    return s % 10 == 0


def iban_ok(text):
    raw = re.sub(r"\s", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", raw):
        return False
    if IBAN_LEN.get(raw[:2]) not in (None, len(raw)):
        return False
    moved = raw[4:] + raw[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def cbu_ok(text):
    d = re.sub(r"\D", "", text)
    if len(d) != 22:
        return False

    def block(x, w):
        return (10 - sum(int(a) * b for a, b in zip(x, w)) % 10) % 10
    return (block(d[:7], [7, 1, 3, 9, 7, 1, 3]) == int(d[7])
            and block(d[8:21], [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]) == int(d[21]))


def full_numbers_in(text):
    """Every full card / IBAN / CBU found in text, as (kind, matched string)."""
    found = []
    for m in re.finditer(r"(?<![\w/.-])\d(?:[ -]?\d){12,21}(?![\w/])", text):
        d = re.sub(r"\D", "", m.group())
        if len(d) == 22 and cbu_ok(d):
            found.append(("cbu", m.group()))
        elif 13 <= len(d) <= 19 and luhn_ok(d):
            found.append(("card", m.group()))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if iban_ok(m.group()):
            found.append(("iban", m.group()))
    return found


# ---------------------------------------------------------------- main checks
def main():
    drafts, labels, evidence = load("drafts.jsonl"), load("labels.jsonl"), load("evidence.jsonl")
    ids = ["ys%02d" % i for i in range(1, N + 1)]
    for name, rows, keys in (("drafts", drafts, ["id", "subject", "body"]),
                             ("labels", labels, ["id", "allowed", "violations", "note", "lang"]),
                             ("evidence", evidence, ["id", "subtle", "triggers", "numbers"])):
        if len(rows) != N:
            err("%s: %d lines, expected %d" % (name, len(rows), N))
        for i, r in enumerate(rows):
            if list(r.keys()) != keys:
                err("%s line %d: keys %s, expected %s" % (name, i + 1, list(r.keys()), keys))
            if i < N and r.get("id") != ids[i]:
                err("%s line %d: id %r, expected %r" % (name, i + 1, r.get("id"), ids[i]))
    if problems:
        return

    per_viol, per_key, per_lang = Counter(), Counter(), Counter()
    allowed_n = doubles = subtle_n = 0
    for d, l, ev in zip(drafts, labels, evidence):
        did = d["id"]
        text = d["subject"] + "\n" + d["body"]
        if not (isinstance(d["subject"], str) and d["subject"].strip() and isinstance(d["body"], str)
                and d["body"].strip()):
            err("%s: empty subject or body" % did)
        v = l["violations"]
        if not isinstance(l["allowed"], bool) or l["allowed"] != (v == []):
            err("%s: allowed=%r inconsistent with violations %r" % (did, l["allowed"], v))
        if any(x not in VIOLATIONS for x in v) or len(set(v)) != len(v):
            err("%s: unknown or duplicate violation in %r" % (did, v))
            continue
        if v != sorted(v, key=VIOLATIONS.index):
            err("%s: violations not in contract table order: %r" % (did, v))
        if l["lang"] not in LANGS:
            err("%s: unknown lang %r" % (did, l["lang"]))
        key = "+".join(ABBR[x] for x in v) if v else "OK"
        prefix = "[%s, %s] " % (key, l["lang"])
        if not l["note"].startswith(prefix):
            err("%s: note should start with %r: %r" % (did, prefix, l["note"][:40]))
        rest = l["note"][len(prefix):]
        if rest.startswith("Subtle") != bool(ev["subtle"]):
            err("%s: 'Subtle' in note does not match evidence.subtle=%r" % (did, ev["subtle"]))
        if len(rest.strip()) < 15:
            err("%s: note gives no reason" % did)
        if ev["subtle"] and not v:
            err("%s: an allowed draft cannot be subtle" % did)

        per_lang[l["lang"]] += 1
        per_key[key] += 1
        for x in v:
            per_viol[x] += 1
        allowed_n += not v
        doubles += len(v) == 2
        subtle_n += bool(ev["subtle"])
        if len(v) > 2:
            err("%s: more than two violations" % did)

        # trigger phrases
        trig = ev["triggers"]
        if list(trig.keys()) != v:
            err("%s: triggers %r do not match violations %r" % (did, list(trig.keys()), v))
        for name, phrase in trig.items():
            if not phrase or phrase not in text:
                err("%s: trigger for %s not found in draft: %r" % (did, name, phrase))

        # recorded numbers
        recorded_full = set()
        for num in ev["numbers"]:
            kind, val = num["kind"], num["value"]
            if val not in text:
                err("%s: recorded %s %r not in draft" % (did, kind, val))
            digits = re.sub(r"\D", "", val)
            if kind == "masked":
                if len(digits) > 4 or not digits:
                    err("%s: masked value %r shows %d digits" % (did, val, len(digits)))
                continue
            if "sensitive_data" not in v:
                err("%s: %s recorded but sensitive_data not labelled" % (did, kind))
            if kind == "iban":
                if not iban_ok(val):
                    err("%s: IBAN %r fails mod-97/length" % (did, val))
                recorded_full.add(re.sub(r"\s", "", val))
            elif kind == "card":
                if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
                    err("%s: card %r fails Luhn/length" % (did, val))
                recorded_full.add(digits)
            elif kind == "cbu":
                if not cbu_ok(val):
                    err("%s: CBU %r fails its check digits" % (did, val))
                recorded_full.add(digits)
            elif kind == "cvv":
                if not re.fullmatch(r"\d{3,4}", digits):
                    err("%s: CVV %r is not 3-4 digits" % (did, val))
            elif kind == "expiry":
                if not re.fullmatch(r"(0[1-9]|1[0-2])/\d{2}", val):
                    err("%s: expiry %r is not MM/YY" % (did, val))
            elif kind == "password":
                if len(val) < 6:
                    err("%s: password %r too short to be one" % (did, val))
            else:
                err("%s: unknown number kind %r" % (did, kind))

        # unrecorded full numbers anywhere in the text
        for kind, s in full_numbers_in(text):
            norm = re.sub(r"\s", "", s) if kind == "iban" else re.sub(r"\D", "", s)
            if not v:
                err("%s: allowed draft contains a full %s %r" % (did, kind, s))
            elif norm not in recorded_full:
                err("%s: unrecorded full %s %r" % (did, kind, s))

    # ------------------------------------------------------------ mix counts
    viol_n = N - allowed_n
    if allowed_n != 40:
        err("allowed drafts: %d, expected 40" % allowed_n)
    for x in VIOLATIONS:
        if not 6 <= per_viol[x] <= 8:
            err("%s appears in %d drafts, expected 6-8" % (x, per_viol[x]))
    if not 6 <= doubles <= 8:
        err("%d drafts with two violations, expected 6-8" % doubles)
    if not 0.4 * viol_n <= subtle_n <= 0.6 * viol_n:
        err("%d subtle of %d violating drafts, expected about half" % (subtle_n, viol_n))
    if set(per_lang) != LANGS:
        err("languages present %s, expected %s" % (sorted(per_lang), sorted(LANGS)))
    for lang, n in per_lang.items():
        if n < 5:
            err("language %s has only %d drafts" % (lang, n))

    print("drafts %d: allowed %d, violating %d (subtle %d, two violations %d)"
          % (N, allowed_n, viol_n, subtle_n, doubles))
    print("per violation: " + ", ".join("%s %d" % (ABBR[x], per_viol[x]) for x in VIOLATIONS))
    print("per key: " + ", ".join("%s %d" % kv for kv in sorted(per_key.items())))
    print("per language: " + ", ".join("%s %d" % kv for kv in sorted(per_lang.items())))


if __name__ == "__main__":
    main()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("OK")
