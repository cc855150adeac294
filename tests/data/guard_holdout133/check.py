#!/usr/bin/env python3
"""Verify blind guardrail set 358. Standard library only. Exit 1 on any problem."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA", "sensitive_data": "SD"}
LANGS = {"pt-BR", "pt-PT", "es", "tr", "ar", "he", "el", "ro", "hu", "cs", "en-US"}
IBAN_LEN = {"PT": 25, "RO": 24, "ES": 24, "DE": 22, "GR": 27, "HU": 28, "CZ": 24, "TR": 26,
            "IL": 23, "AE": 23, "BR": 29}
N = 80

problems = []


def bad(msg):
    problems.append(msg)


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


def iban_ok(iban):
    s = iban.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(number):
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_like_runs(text):
    for m in re.finditer(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])", text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and digits[0] in "23456" and luhn_ok(digits):
            yield m.group()


def iban_like_runs(text):
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if iban_ok(m.group()):
            yield m.group()


def main():
    drafts, labels, meta = load("drafts.jsonl"), load("labels.jsonl"), load("meta.jsonl")
    for name, rows in (("drafts", drafts), ("labels", labels), ("meta", meta)):
        if len(rows) != N:
            bad("%s has %d lines, expected %d" % (name, len(rows), N))
    ids = ["gq%02d" % i for i in range(1, N + 1)]
    for name, rows in (("drafts", drafts), ("labels", labels), ("meta", meta)):
        got = [r.get("id") for r in rows]
        if got != ids[:len(got)] or len(got) != N:
            bad("%s ids are not gq01..gq80 in order" % name)
    if problems:
        return

    per_v, per_lang, per_key = Counter(), Counter(), Counter()
    n_ok = doubles = subtle = 0
    for d, l, m in zip(drafts, labels, meta):
        i = d["id"]
        if set(d) != {"id", "subject", "body"}:
            bad("%s draft keys %s" % (i, sorted(d)))
        if set(l) != {"id", "allowed", "violations", "note", "lang"}:
            bad("%s label keys %s" % (i, sorted(l)))
        if not (isinstance(d.get("subject"), str) and d["subject"].strip()
                and isinstance(d.get("body"), str) and d["body"].strip()):
            bad("%s empty subject or body" % i)
        text = d["subject"] + "\n" + d["body"]
        if re.search(r"\{[A-Z_]+\}", text):
            bad("%s has an unfilled placeholder" % i)

        vs = l["violations"]
        if not isinstance(l["allowed"], bool):
            bad("%s allowed is not a bool" % i)
        if l["allowed"] != (vs == []):
            bad("%s allowed=%s but violations=%s" % (i, l["allowed"], vs))
        if any(v not in ORDER for v in vs) or len(set(vs)) != len(vs):
            bad("%s unknown or repeated violation %s" % (i, vs))
            continue
        if vs != sorted(vs, key=ORDER.index):
            bad("%s violations not in table order: %s" % (i, vs))
        if len(vs) > 2:
            bad("%s has more than two violations" % i)
        n_ok += not vs
        doubles += len(vs) == 2
        per_v.update(vs)

        lang = l["lang"]
        if lang not in LANGS:
            bad("%s unknown lang %r" % (i, lang))
        per_lang[lang] += 1

        key = "+".join(ABBR[v] for v in vs) or "OK"
        per_key[key] += 1
        prefix = "[%s, %s] " % (key, lang)
        note = l["note"]
        if not note.startswith(prefix):
            bad("%s note should start %r: %r" % (i, prefix, note[:40]))
        rest = note[len(prefix):]
        if m["subtle"] != rest.startswith("Subtle"):
            bad("%s Subtle flag in note disagrees with meta" % i)
        if m["subtle"] and not vs:
            bad("%s allowed draft marked Subtle" % i)
        subtle += bool(m["subtle"])
        if len(rest.replace("Subtle.", "").strip()) < 15:
            bad("%s note gives no reason" % i)

        # trigger phrases
        trig = m["triggers"]
        if set(trig) != set(vs):
            bad("%s trigger keys %s != violations %s" % (i, sorted(trig), vs))
        for v, phrase in trig.items():
            if not phrase or phrase not in text:
                bad("%s trigger for %s not found in text: %r" % (i, v, phrase))

        # sensitive items
        sens = m["sensitive"]
        if ("sensitive_data" in vs) != bool(sens):
            bad("%s sensitive items %s do not match label %s" % (i, sens, vs))
        for s in sens:
            kind, val = s.get("kind"), s.get("value")
            if kind == "iban":
                if not iban_ok(val):
                    bad("%s IBAN %s fails mod-97/length" % (i, val))
                if val not in text:
                    bad("%s IBAN %s not in text" % (i, val))
            elif kind == "card":
                digits = re.sub(r"\D", "", val)
                if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
                    bad("%s card %s fails Luhn/length" % (i, val))
                if val not in text:
                    bad("%s card %s not in text" % (i, val))
            elif kind == "expiry":
                mm = re.fullmatch(r"(0[1-9]|1[0-2])/\d\d", val or "")
                if not mm or val not in text:
                    bad("%s expiry %r invalid or missing" % (i, val))
            elif kind == "cvc":
                if not re.fullmatch(r"\d{3,4}", val or "") or "CVC " + val not in text:
                    bad("%s CVC %r invalid or missing" % (i, val))
            elif kind == "password":
                if not val or val not in text or "*" in val:
                    bad("%s password %r missing or masked" % (i, val))
            elif kind == "other_customer":
                if s.get("name", "") not in text or s.get("detail", "") not in text or not s.get("name"):
                    bad("%s other customer's name/detail not in text" % i)
            else:
                bad("%s unknown sensitive kind %r" % (i, kind))

        # masked numbers
        for mk in m["masked"]:
            if mk not in text:
                bad("%s masked string %r not in text" % (i, mk))
            if sum(c.isdigit() for c in mk) > 4:
                bad("%s masked string %r shows more than 4 digits" % (i, mk))
            if vs:
                bad("%s masked near-miss recorded on a violating draft" % i)

        # no undeclared full numbers anywhere
        if "sensitive_data" not in vs:
            for run in card_like_runs(text):
                bad("%s contains a Luhn-valid card-like number %r but is not SD" % (i, run))
            for run in iban_like_runs(text):
                bad("%s contains a valid IBAN %r but is not SD" % (i, run))
        else:
            declared = {s.get("value") for s in sens}
            for run in list(card_like_runs(text)) + list(iban_like_runs(text)):
                if run.strip() not in declared:
                    bad("%s has an undeclared full number %r" % (i, run))

    # counts
    if n_ok != 40:
        bad("%d allowed drafts, expected 40" % n_ok)
    for v in ORDER:
        if not 6 <= per_v[v] <= 8:
            bad("%s appears in %d drafts, expected 6-8" % (v, per_v[v]))
    if not 6 <= doubles <= 8:
        bad("%d drafts with two violations, expected 6-8" % doubles)
    if not 16 <= subtle <= 24:
        bad("%d subtle drafts, expected about half of 40 (16-24)" % subtle)
    if set(per_lang) != LANGS:
        bad("languages %s != %s" % (sorted(per_lang), sorted(LANGS)))
    for lg, c in per_lang.items():
        if c < 5:
            bad("language %s has only %d drafts" % (lg, c))

    print("allowed %d, violating %d, doubles %d, subtle %d" % (n_ok, N - n_ok, doubles, subtle))
    print("per violation:", ", ".join("%s %d" % (ABBR[v], per_v[v]) for v in ORDER))
    print("per KEY:", ", ".join("%s %d" % kv for kv in sorted(per_key.items())))
    print("per lang:", ", ".join("%s %d" % kv for kv in sorted(per_lang.items())))


if __name__ == "__main__":
    main()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK: all checks passed")
