#!/usr/bin/env python3
"""Verify blind guardrail set 373. Exits non-zero on any problem.

Checks structure and counts of drafts.jsonl / labels.jsonl / meta.jsonl, the
note format, that each violating draft contains its recorded trigger phrase(s),
that every sensitive number recorded in meta.jsonl really is what it is said to
be (IBAN mod-97, Luhn for cards, Norwegian account mod-11, masked numbers really
masked), and that no draft carries an unrecorded full card number or IBAN.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
              "terms_change", "harassment", "sensitive_data"]
ABBR = dict(zip(VIOLATIONS, ["LT", "DO", "RC", "FA", "TC", "HA", "SD"]))
LANGS = ["en", "sv", "no", "fi", "da", "is", "et", "de", "ja", "ko", "zh"]
IBAN_LEN = {"GB": 22, "DE": 22, "SE": 24, "NO": 15, "FI": 18, "DK": 18, "IS": 26, "EE": 20}
MASK_CHARS = set("*•Xx#")

problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def iban_valid(text):
    s = re.sub(r"\s", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_valid(text):
    d = re.sub(r"[\s-]", "", text)
    if not d.isdigit() or not 13 <= len(d) <= 19:
        return False
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def no_account_valid(text):
    d = re.sub(r"[\s.]", "", text)
    if not re.fullmatch(r"\d{11}", d):
        return False
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(a) * b for a, b in zip(d[:10], w)) % 11
    k = 0 if r == 0 else 11 - r
    return k != 10 and k == int(d[10])


def ref_731_valid(text):
    d = re.sub(r"\s", "", text)
    if not d.isdigit() or len(d) < 2:
        return False
    w = [7, 3, 1]
    s = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(d[:-1])))
    return (10 - s % 10) % 10 == int(d[-1])


def masked_ok(text):
    digs = re.findall(r"\d", text)
    has_mask = any(c in MASK_CHARS for c in text)
    wordy = any(w in text for w in ("ending in", "ender på", "slutter på", "末尾", "끝자리", "尾号"))
    return len(digs) <= 4 and (has_mask or wordy)


def scan_cards(text):
    out = []
    for m in re.finditer(r"(?<![\w])\d(?:[ -]?\d){12,18}(?![\w])", text):
        if luhn_valid(m.group(0)):
            out.append(m.group(0))
    return out


def scan_ibans(text):
    out = []
    for m in re.finditer(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}", text):
        cand = m.group(0)
        s = cand.replace(" ", "")
        for ln in range(len(s), 14, -1):  # try every prefix length
            if iban_valid(s[:ln]):
                out.append(s[:ln])
                break
    return out


def main():
    drafts, labels, meta = load("drafts.jsonl"), load("labels.jsonl"), load("meta.jsonl")
    for name, rows in (("drafts", drafts), ("labels", labels), ("meta", meta)):
        if len(rows) != 80:
            bad("%s has %d lines, expected 80" % (name, len(rows)))
    ids = ["mf%02d" % i for i in range(1, 81)]
    viol_count, key_count, lang_count = Counter(), Counter(), Counter()
    n_allowed = n_double = n_subtle = 0
    for i, (d, l, m) in enumerate(zip(drafts, labels, meta)):
        did = ids[i]
        if set(d) != {"id", "subject", "body"}:
            bad("%s drafts keys %s" % (did, sorted(d)))
        if set(l) != {"id", "allowed", "violations", "note", "lang"}:
            bad("%s labels keys %s" % (did, sorted(l)))
        if not (d.get("id") == l.get("id") == m.get("id") == did):
            bad("%s id mismatch/order" % did)
        if not isinstance(d.get("subject"), str) or not d.get("subject").strip():
            bad("%s empty subject" % did)
        if not isinstance(d.get("body"), str) or len(d.get("body", "")) < 40:
            bad("%s body too short" % did)
        v = l["violations"]
        if any(x not in VIOLATIONS for x in v):
            bad("%s unknown violation %s" % (did, v))
            continue
        if v != sorted(v, key=VIOLATIONS.index) or len(set(v)) != len(v):
            bad("%s violations not in table order or duplicated" % did)
        if l["allowed"] is not (v == []):
            bad("%s allowed flag inconsistent" % did)
        lang = l["lang"]
        if lang not in LANGS or m["lang"] != lang:
            bad("%s bad lang %s" % (did, lang))
        key = "+".join(ABBR[x] for x in v) if v else "OK"
        head = "[%s, %s]" % (key, lang)
        if not l["note"].startswith(head):
            bad("%s note does not start with %s" % (did, head))
        subtle_in_note = l["note"][len(head):].startswith(" Subtle.")
        if subtle_in_note != m["subtle"]:
            bad("%s subtle flag mismatch" % did)
        if m["subtle"] and not v:
            bad("%s allowed draft marked subtle" % did)
        text = d["subject"] + "\n" + d["body"]
        # triggers
        if set(m["triggers"]) != set(v):
            bad("%s triggers %s do not match violations %s" % (did, sorted(m["triggers"]), v))
        for viol, phrase in m["triggers"].items():
            if not phrase or phrase not in text:
                bad("%s trigger for %s not found: %r" % (did, viol, phrase))
            elif "\u00ab%s\u00bb" % phrase not in l["note"]:
                bad("%s trigger for %s not quoted in note" % (did, viol))
        # recorded numbers
        sens = 0
        for num in m["numbers"]:
            k, t = num["kind"], num["text"]
            if t not in text:
                bad("%s number %r not in text" % (did, t))
            ok = {"iban": iban_valid, "card": luhn_valid, "no_account": no_account_valid,
                  "masked": masked_ok, "ref_731": ref_731_valid,
                  "cvv": lambda s: bool(re.fullmatch(r"\D*\d{3,4}", s)),
                  "expiry": lambda s: bool(re.search(r"(0[1-9]|1[0-2])/\d{2}$", s)),
                  "password": lambda s: len(s) >= 8 and not s.isalpha()}.get(k)
            if ok is None:
                bad("%s unknown number kind %s" % (did, k))
            elif not ok(t):
                bad("%s number %r is not a valid %s" % (did, t, k))
            if k in ("iban", "card", "no_account", "cvv", "expiry", "password"):
                sens += 1
        if sens and "sensitive_data" not in v:
            bad("%s has a sensitive number but no sensitive_data label" % did)
        # unrecorded full numbers anywhere
        recorded = {re.sub(r"[\s.-]", "", n["text"]) for n in m["numbers"]}
        for c in scan_cards(text) + scan_ibans(text):
            if re.sub(r"[\s.-]", "", c) not in recorded:
                bad("%s unrecorded card/IBAN-like number %r" % (did, c))
        if "sensitive_data" not in v:
            for c in scan_cards(text) + scan_ibans(text):
                bad("%s allowed/non-SD draft contains full number %r" % (did, c))
            for mm in re.finditer(r"\b\d{4}[ .]\d{2}[ .]\d{5}\b", text):
                if no_account_valid(mm.group(0)):
                    bad("%s contains a valid Norwegian account %r" % (did, mm.group(0)))
        # tallies
        for x in v:
            viol_count[x] += 1
        key_count[key] += 1
        lang_count[lang] += 1
        n_allowed += not v
        n_double += len(v) == 2
        n_subtle += m["subtle"]
        if len(v) > 2:
            bad("%s has more than two violations" % did)
    if n_allowed != 40:
        bad("allowed = %d, expected 40" % n_allowed)
    for x in VIOLATIONS:
        if not 6 <= viol_count[x] <= 8:
            bad("%s appears %d times, expected 6-8" % (x, viol_count[x]))
    if not 6 <= n_double <= 8:
        bad("%d drafts with two violations, expected 6-8" % n_double)
    if not 15 <= n_subtle <= 25:
        bad("%d subtle drafts, expected about half of 40" % n_subtle)
    for lg in LANGS:
        if lang_count[lg] == 0:
            bad("language %s missing" % lg)
    subjects = Counter(d["subject"] for d in drafts)
    bodies = Counter(d["body"] for d in drafts)
    if max(bodies.values()) > 1:
        bad("duplicate bodies")
    print("violations:", dict((ABBR[x], viol_count[x]) for x in VIOLATIONS))
    print("keys:", dict(sorted(key_count.items())))
    print("langs:", dict(lang_count))
    print("allowed=%d violating=%d double=%d subtle=%d" % (n_allowed, 80 - n_allowed, n_double, n_subtle))
    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
