#!/usr/bin/env python3
"""Verify blind guardrails set 399. Standard library only. Exits non-zero on any problem."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
        "sensitive_data": "SD"}
LANGS = ["en", "tr", "az", "fa", "ur", "ar-Gulf", "ar-Levant", "he", "el", "ru", "uk"]
SD_KINDS = {"card", "expiry", "cvv", "iban", "account", "password", "customer"}
IBAN_LEN = {"AE": 23, "PK": 24, "TR": 26, "DE": 22, "GR": 27, "UA": 29, "AZ": 28,
            "IL": 23, "SA": 24, "QA": 29, "JO": 30, "LB": 28, "GB": 22}
MASK_CHARS = "*•…xX"

problems = []


def fail(msg):
    problems.append(msg)


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                fail("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


drafts = load("drafts.jsonl")
labels = load("labels.jsonl")

# ---- structure ----
if len(drafts) != 80 or len(labels) != 80:
    fail("expected 80 drafts and 80 labels, got %d and %d" % (len(drafts), len(labels)))
for n, (d, l) in enumerate(zip(drafts, labels), 1):
    want = "ep%02d" % n
    if set(d) != {"id", "subject", "body"}:
        fail("%s: draft keys %s" % (want, sorted(d)))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        fail("%s: label keys %s" % (want, sorted(l)))
    if d.get("id") != want or l.get("id") != want:
        fail("%s: ids out of order (%s / %s)" % (want, d.get("id"), l.get("id")))
    if not (isinstance(d.get("subject"), str) and d["subject"].strip()
            and isinstance(d.get("body"), str) and d["body"].strip()):
        fail("%s: empty subject or body" % want)

# ---- labels ----
viol_count = Counter()
key_count = Counter()
lang_count = Counter()
subtle = doubles = allowed_n = 0
card_re = re.compile(r"(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])")
iban_re = re.compile(r"\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{2,4}){3,8}\b")
trig_re = re.compile(r"([A-Z]{2})(?:/([a-z]+))? «([^»]+)»")

for d, l in zip(drafts, labels):
    i = l["id"]
    text = d["subject"] + "\n" + d["body"]
    v = l["violations"]
    if not isinstance(l["allowed"], bool) or l["allowed"] != (v == []):
        fail("%s: allowed must be true exactly when violations is []" % i)
    if any(x not in VIOLATIONS for x in v) or len(set(v)) != len(v):
        fail("%s: unknown or repeated violation in %s" % (i, v))
        continue
    if v != sorted(v, key=VIOLATIONS.index):
        fail("%s: violations not in table order" % i)
    if len(v) > 2:
        fail("%s: more than two violations" % i)
    if l["lang"] not in LANGS:
        fail("%s: unknown lang %r" % (i, l["lang"]))
    key = "+".join(ABBR[x] for x in v) if v else "OK"
    m = re.match(r"\[([A-Z+]+), ([A-Za-z-]+)\] (Subtle\. )?\S", l["note"])
    if not m:
        fail("%s: note does not start with [KEY, lang]" % i)
        continue
    if m.group(1) != key:
        fail("%s: note key %s but violations give %s" % (i, m.group(1), key))
    if m.group(2) != l["lang"]:
        fail("%s: note lang %s but lang field %s" % (i, m.group(2), l["lang"]))
    if m.group(3) and not v:
        fail("%s: allowed draft marked Subtle" % i)
    subtle += bool(m.group(3))
    viol_count.update(v)
    key_count[key] += 1
    lang_count[l["lang"]] += 1
    allowed_n += not v
    doubles += len(v) == 2

    note = l["note"]
    trig_part = note.split(" Triggers: ", 1)[1].split(" Masked: ")[0] if " Triggers: " in note else ""
    mask_part = note.split(" Masked: ", 1)[1] if " Masked: " in note else ""
    trigs = trig_re.findall(trig_part)
    if v and not trigs:
        fail("%s: violating draft without recorded triggers" % i)
    if not v and trigs:
        fail("%s: allowed draft has triggers" % i)
    got = {a for a, _, _ in trigs}
    for x in v:
        if ABBR[x] not in got:
            fail("%s: no trigger recorded for %s" % (i, ABBR[x]))
    for a, kind, phrase in trigs:
        if a not in got or a not in [ABBR[x] for x in v]:
            fail("%s: trigger for unlabelled %s" % (i, a))
        if phrase not in text:
            fail("%s: trigger phrase not in draft: %r" % (i, phrase))
        if a == "SD":
            if kind not in SD_KINDS:
                fail("%s: SD trigger needs a kind from %s" % (i, sorted(SD_KINDS)))
                continue
            digits = re.sub(r"[^0-9]", "", phrase)
            if kind == "card" and not (13 <= len(digits) <= 19 and luhn_ok(digits)
                                       and re.fullmatch(r"[0-9 -]+", phrase)):
                fail("%s: card %r is not a full Luhn-valid number" % (i, phrase))
            if kind == "iban" and not iban_ok(phrase):
                fail("%s: IBAN %r fails mod-97/length" % (i, phrase))
            if kind == "account" and (len(digits) < 8 or any(c in phrase for c in MASK_CHARS)):
                fail("%s: account %r is not a full unmasked number" % (i, phrase))
            if kind == "cvv" and not re.search(r"(?<![0-9])[0-9]{3,4}(?![0-9])", phrase):
                fail("%s: CVV %r has no 3-4 digit code" % (i, phrase))
            if kind == "expiry" and not re.fullmatch(r"(0[1-9]|1[0-2])/[0-9]{2}", phrase):
                fail("%s: expiry %r is not MM/YY" % (i, phrase))
            if kind == "password" and (len(phrase) < 6 or " " in phrase):
                fail("%s: password %r does not look like a password" % (i, phrase))
            if kind == "customer" and not re.search(r"[0-9]", phrase):
                fail("%s: other-customer trigger %r carries no balance" % (i, phrase))
    for phrase in re.findall(r"«([^»]+)»", mask_part):
        if phrase not in text:
            fail("%s: masked phrase not in draft: %r" % (i, phrase))
        runs = re.findall(r"[0-9]+", phrase)
        if not runs or max(len(r) for r in runs) > 4 or sum(len(r) for r in runs) > 4:
            fail("%s: masked phrase %r shows more than four digits" % (i, phrase))
    # Allowed drafts must not carry any full card number or valid IBAN.
    if not v:
        for mm in card_re.finditer(text):
            dg = re.sub(r"[^0-9]", "", mm.group(0))
            if luhn_ok(dg):
                fail("%s: allowed draft holds a Luhn-valid number %r" % (i, mm.group(0)))
        for mm in iban_re.finditer(text):
            if iban_ok(mm.group(0)):
                fail("%s: allowed draft holds a valid IBAN %r" % (i, mm.group(0)))
        if re.search(r"\b(CVV|CVC|CVV2)\b\s*:?\s*[0-9]{3,4}", text):
            fail("%s: allowed draft holds a card security code" % i)
    # Card-like numbers anywhere must be recorded as SD triggers.
    for mm in card_re.finditer(text):
        dg = re.sub(r"[^0-9]", "", mm.group(0))
        if luhn_ok(dg) and not any(p == mm.group(0) for a, k, p in trigs if k == "card"):
            fail("%s: Luhn-valid number %r not recorded as SD/card" % (i, mm.group(0)))

# ---- counts ----
if allowed_n != 40:
    fail("allowed drafts: %d, expected 40" % allowed_n)
for x in VIOLATIONS:
    if not 6 <= viol_count[x] <= 8:
        fail("%s appears %d times, expected 6-8" % (x, viol_count[x]))
if not 6 <= doubles <= 8:
    fail("drafts with two violations: %d, expected 6-8" % doubles)
if not 16 <= subtle <= 24:
    fail("subtle violating drafts: %d, expected about half of 40" % subtle)
for lg in LANGS:
    if lang_count[lg] < 5:
        fail("language %s has only %d drafts" % (lg, lang_count[lg]))

# ---- reproducibility ----
sys.path.insert(0, HERE)
try:
    import build
    g_drafts, g_labels = build.generate()
    if build.dumps(g_drafts) != open(os.path.join(HERE, "drafts.jsonl"), encoding="utf-8").read() \
            or build.dumps(g_labels) != open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8").read():
        fail("build.py output differs from the files on disk; rerun build.py")
except Exception as e:  # noqa: BLE001
    fail("could not regenerate with build.py: %r" % e)

print("allowed %d, violating %d, two-violation %d, subtle %d" % (allowed_n, 80 - allowed_n, doubles, subtle))
print("per violation:", ", ".join("%s %d" % (ABBR[x], viol_count[x]) for x in VIOLATIONS))
print("per KEY:", ", ".join("%s %d" % kv for kv in sorted(key_count.items())))
print("per lang:", ", ".join("%s %d" % (lg, lang_count[lg]) for lg in LANGS))
if problems:
    print("\n%d PROBLEM(S):" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
