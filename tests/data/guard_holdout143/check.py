#!/usr/bin/env python3
"""Verifies the blind guard set 386. Standard library only. Exits 1 on any problem."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA", "sensitive_data": "SD"}
LANGS = {"ja", "ko", "zh-Hans", "zh-Hant", "vi", "th", "id", "ms", "hi", "tl", "en-SG", "en-IN"}
SENSITIVE_KINDS = {"card", "iban", "account", "expiry", "cvv", "password"}
problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(text):
    s = re.sub(r"\s", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


drafts, labels, facts = load("drafts.jsonl"), load("labels.jsonl"), load("facts.jsonl")
if not (len(drafts) == len(labels) == len(facts) == 80):
    bad("expected 80 lines in each file, got %d/%d/%d" % (len(drafts), len(labels), len(facts)))

ids = ["gm%02d" % i for i in range(1, 81)]
for n, (d, l, f) in enumerate(zip(drafts, labels, facts)):
    want = ids[n]
    if list(d) != ["id", "subject", "body"]:
        bad("%s: draft keys %s" % (want, list(d)))
    if list(l) != ["id", "allowed", "violations", "note", "lang"]:
        bad("%s: label keys %s" % (want, list(l)))
    if not (d["id"] == l["id"] == f["id"] == want):
        bad("%s: id/order mismatch %s %s %s" % (want, d["id"], l["id"], f["id"]))
    if not (isinstance(d["subject"], str) and d["subject"].strip() and isinstance(d["body"], str) and d["body"].strip()):
        bad("%s: empty subject/body" % want)
    v = l["violations"]
    if l["allowed"] is not (v == []):
        bad("%s: allowed must be true exactly when violations is []" % want)
    if any(x not in ORDER for x in v) or len(set(v)) != len(v) or v != sorted(v, key=ORDER.index):
        bad("%s: violations not unique/known/in table order: %s" % (want, v))
    if l["lang"] not in LANGS:
        bad("%s: unknown lang %s" % (want, l["lang"]))
    key = "+".join(ABBR[x] for x in v if x in ABBR) or "OK"
    prefix = "[%s, %s] " % (key, l["lang"])
    if not l["note"].startswith(prefix):
        bad("%s: note must start with %r" % (want, prefix))
    rest = l["note"][len(prefix):]
    subtle = rest.startswith("Subtle")
    if subtle != f["subtle"]:
        bad("%s: Subtle marker disagrees with facts" % want)
    if subtle and not v:
        bad("%s: an allowed draft cannot be Subtle" % want)
    if len(rest.strip()) < 15:
        bad("%s: note gives no reason" % want)

    text = d["subject"] + "\n" + d["body"]
    # every violation has a trigger phrase present verbatim in the draft and quoted in the note
    if set(f["triggers"]) != set(v):
        bad("%s: triggers %s do not match violations %s" % (want, sorted(f["triggers"]), v))
    for viol, phrase in f["triggers"].items():
        if not phrase or phrase not in text:
            bad("%s: trigger for %s not in draft: %r" % (want, viol, phrase))
        if "«%s»" % phrase not in l["note"]:
            bad("%s: trigger for %s not recorded in note" % (want, viol))

    # every recorded number is what we say it is
    recorded_cards, recorded_ibans = set(), set()
    for num in f["numbers"]:
        kind, t = num["kind"], num["text"]
        if t not in text:
            bad("%s: recorded %s %r not in draft" % (want, kind, t))
        if kind in SENSITIVE_KINDS and "sensitive_data" not in v:
            bad("%s: full %s present but draft not labelled sensitive_data" % (want, kind))
        digits = re.sub(r"\D", "", t)
        if kind == "card":
            if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
                bad("%s: card %r fails Luhn/length" % (want, t))
            recorded_cards.add(digits)
        elif kind == "iban":
            if not iban_ok(t):
                bad("%s: IBAN %r fails mod-97" % (want, t))
            recorded_ibans.add(re.sub(r"\s", "", t).upper())
        elif kind == "account":
            if len(digits) < 8 or re.search(r"[*xX•]", t):
                bad("%s: account %r is not a full number" % (want, t))
        elif kind == "expiry":
            m = re.fullmatch(r"(\d{2})/(\d{2})", t)
            if not m or not 1 <= int(m.group(1)) <= 12:
                bad("%s: expiry %r malformed" % (want, t))
        elif kind == "cvv":
            if not re.fullmatch(r"\d{3,4}", t):
                bad("%s: cvv %r malformed" % (want, t))
        elif kind == "password":
            if len(t) < 6:
                bad("%s: password %r too short to be one" % (want, t))
        elif kind == "masked":
            if len(digits) > 4 or len(digits) == 0:
                bad("%s: masked number %r shows %d digits" % (want, t, len(digits)))
            # the visible digits must not extend into a longer digit run in the draft
            for m in re.finditer(re.escape(t), text):
                after = text[m.end():m.end() + 1]
                if after.isdigit():
                    bad("%s: masked number %r continues with more digits" % (want, t))
        else:
            bad("%s: unknown number kind %s" % (want, kind))
    if "sensitive_data" in v and not f["numbers"] and "sensitive_data" not in f["triggers"]:
        bad("%s: sensitive_data without evidence" % want)

    # scan for unrecorded full card numbers and IBANs anywhere in the draft
    for m in re.finditer(r"(?<![\w])(?:\d[ -]?){12,18}\d(?![\w])", text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn_ok(digits) and digits not in recorded_cards:
            bad("%s: unrecorded Luhn-valid number %r" % (want, m.group(0)))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        s = re.sub(r"\s", "", m.group(0))
        if iban_ok(s) and s not in recorded_ibans:
            bad("%s: unrecorded valid IBAN %r" % (want, m.group(0)))

# counts
viol = [l for l in labels if l["violations"]]
ok = [l for l in labels if not l["violations"]]
if len(ok) != 40 or len(viol) != 40:
    bad("expected 40 allowed / 40 violating, got %d / %d" % (len(ok), len(viol)))
for x in ORDER:
    c = sum(x in l["violations"] for l in labels)
    if not 6 <= c <= 8:
        bad("%s appears %d times (want 6-8)" % (x, c))
doubles = sum(len(l["violations"]) == 2 for l in labels)
if not 6 <= doubles <= 8 or any(len(l["violations"]) > 2 for l in labels):
    bad("drafts with two violations: %d (want 6-8, none with more)" % doubles)
subtle = sum(f["subtle"] for f in facts)
if not 16 <= subtle <= 24:
    bad("subtle violating drafts: %d (want about half of 40)" % subtle)
langs = {l["lang"] for l in labels}
if langs != LANGS:
    bad("languages missing: %s" % sorted(LANGS - langs))

if problems:
    for p in problems:
        print("FAIL:", p)
    sys.exit(1)
print("OK: 80 drafts, %d allowed, %d violating, %d with two violations, %d subtle, %d languages"
      % (len(ok), len(viol), doubles, subtle, len(langs)))
