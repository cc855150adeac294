#!/usr/bin/env python3
"""Verify the blind guard set 413 (standard library only). Exit 1 on any problem."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
        "sensitive_data": "SD"}
LANGS = {"en-US", "en-GB", "en-IE", "en-AU", "de-DE", "de-CH", "fr-FR", "fr-BE",
         "nl-NL", "it-IT", "es-ES"}
IBAN_LEN = {"DE": 22, "NL": 18, "GB": 22, "FR": 27, "CH": 21, "IT": 27,
            "ES": 24, "BE": 16, "IE": 22, "AT": 20, "LU": 20}
SENSITIVE_KINDS = {"iban", "card", "cvv", "account", "password", "other_customer"}
REFERENCE_KINDS = {"masked", "rf_reference", "be_structured", "qr_reference", "siret"}

problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def a2d(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_valid(s):
    s = s.replace(" ", "")
    return (len(s) == IBAN_LEN.get(s[:2], -1) and s[2:4].isdigit()
            and s.isalnum() and int(a2d(s[4:] + s[:4])) % 97 == 1)


def luhn_valid(num):
    ds = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def rf_valid(s):
    s = s.replace(" ", "")
    return s.startswith("RF") and int(a2d(s[4:] + s[:4])) % 97 == 1


def be_valid(s):
    d = "".join(c for c in s if c.isdigit())
    return s.startswith("+++") and len(d) == 12 and (int(d[:10]) % 97 or 97) == int(d[10:])


QR = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]


def qr_valid(s):
    d = s.replace(" ", "")
    if len(d) != 27 or not d.isdigit():
        return False
    carry = 0
    for c in d[:26]:
        carry = QR[(carry + int(c)) % 10]
    return (10 - carry) % 10 == int(d[26])


def find_ibans(text):
    """Every substring that is a mod-97-valid IBAN (spaces allowed between characters)."""
    found = []
    for m in re.finditer(r"\b([A-Z]{2})(\d{2})", text):
        cc = m.group(1)
        if cc not in IBAN_LEN:
            continue
        need = IBAN_LEN[cc]
        chars, i = [], m.start()
        while i < len(text) and len(chars) < need:
            c = text[i]
            if c.isalnum() and (c.isdigit() or c.isupper()):
                chars.append(c)
            elif c == " " and chars and i + 1 < len(text) and text[i + 1] != " ":
                pass
            else:
                break
            i += 1
        s = "".join(chars)
        if len(s) == need and iban_valid(s):
            found.append(text[m.start():i])
    return found


def find_cards(text):
    """Every run of 13-19 digits (single spaces or hyphens allowed) that passes Luhn."""
    found = []
    for m in re.finditer(r"\d(?:[ -]?\d)*", text):
        run = m.group(0)
        n = sum(c.isdigit() for c in run)
        if 13 <= n <= 19 and luhn_valid(run):
            found.append(run)
    return found


drafts, labels, meta = load("drafts.jsonl"), load("labels.jsonl"), load("meta.jsonl")
for name, rows in (("drafts", drafts), ("labels", labels), ("meta", meta)):
    if len(rows) != 80:
        bad("%s.jsonl has %d lines, expected 80" % (name, len(rows)))
want_ids = ["cj%02d" % i for i in range(1, 81)]
vcount, keycount, langcount, langviol = Counter(), Counter(), Counter(), Counter()
n_allowed = n_double = n_subtle = 0

for i, (d, l, m) in enumerate(zip(drafts, labels, meta)):
    did = want_ids[i]
    if set(d) != {"id", "subject", "body"}:
        bad("%s: draft keys %s" % (did, sorted(d)))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        bad("%s: label keys %s" % (did, sorted(l)))
    if not (d.get("id") == l.get("id") == m.get("id") == did):
        bad("%s: id mismatch %s/%s/%s" % (did, d.get("id"), l.get("id"), m.get("id")))
    if not d["subject"].strip() or not d["body"].strip():
        bad("%s: empty subject or body" % did)
    text = d["subject"] + "\n" + d["body"]
    v = l["violations"]
    if l["allowed"] is not (v == []):
        bad("%s: allowed=%r but violations=%r" % (did, l["allowed"], v))
    if any(x not in ORDER for x in v) or v != sorted(set(v), key=ORDER.index):
        bad("%s: violations not unique / not in table order: %r" % (did, v))
        continue
    lang = l["lang"]
    if lang not in LANGS:
        bad("%s: unknown lang %r" % (did, lang))
    key = "+".join(ABBR[x] for x in v) or "OK"
    prefix = "[%s, %s] " % (key, lang)
    if not l["note"].startswith(prefix):
        bad("%s: note should start with %r: %r" % (did, prefix, l["note"][:40]))
    rest = l["note"][len(prefix):]
    subtle = rest.startswith("Subtle")
    if subtle != m["subtle"]:
        bad("%s: Subtle in note (%r) differs from meta (%r)" % (did, subtle, m["subtle"]))
    if subtle and not v:
        bad("%s: an allowed draft cannot be Subtle" % did)
    if len(rest.replace("Subtle:", "").strip()) < 15:
        bad("%s: note gives no reason" % did)
    # trigger phrases
    if set(m["triggers"]) != set(v):
        bad("%s: trigger keys %r differ from violations %r" % (did, sorted(m["triggers"]), v))
    for viol, phrase in m["triggers"].items():
        if not phrase or phrase not in text:
            bad("%s: trigger for %s not found in the draft: %r" % (did, viol, phrase))
    # declared numbers
    kinds = set()
    for num in m["numbers"]:
        kind, val = num["kind"], num["value"]
        kinds.add(kind)
        if val not in text:
            bad("%s: declared %s %r not in the draft" % (did, kind, val))
        dg = "".join(c for c in val if c.isdigit())
        ok = True
        if kind == "iban":
            ok = iban_valid(val)
        elif kind == "card":
            ok = 13 <= len(dg) <= 19 and luhn_valid(val)
        elif kind == "cvv":
            ok = len(dg) in (3, 4)
        elif kind == "account":
            ok = len(dg) == 8 and dg == val
        elif kind == "masked":
            ok = len(dg) <= 4 and not find_ibans(val) and not find_cards(val)
        elif kind == "rf_reference":
            ok = rf_valid(val)
        elif kind == "be_structured":
            ok = be_valid(val)
        elif kind == "qr_reference":
            ok = qr_valid(val)
        elif kind == "siret":
            ok = len(dg) == 14 and luhn_valid(val)
        elif kind in ("password", "other_customer"):
            ok = len(val) >= 6
        else:
            bad("%s: unknown number kind %r" % (did, kind))
        if not ok:
            bad("%s: declared %s %r fails its check" % (did, kind, val))
    has_sd = "sensitive_data" in v
    if has_sd and not kinds & SENSITIVE_KINDS:
        bad("%s: sensitive_data without a declared sensitive item" % did)
    if not has_sd and kinds & SENSITIVE_KINDS:
        bad("%s: sensitive item declared but not labelled sensitive_data" % did)
    # scan for undeclared full numbers
    declared = {x["value"] for x in m["numbers"] if x["kind"] in ("iban", "card")}
    sirets = {x["value"] for x in m["numbers"] if x["kind"] == "siret"}
    for s in find_ibans(text):
        if s not in declared:
            bad("%s: undeclared valid IBAN %r" % (did, s))
    for s in find_cards(text):
        if s not in declared and s not in sirets:
            bad("%s: undeclared Luhn-valid number %r" % (did, s))
    # tallies
    n_allowed += not v
    n_double += len(v) == 2
    n_subtle += subtle
    for x in v:
        vcount[x] += 1
    keycount[key] += 1
    langcount[lang] += 1
    if v:
        langviol[lang] += 1

if n_allowed != 40:
    bad("allowed drafts: %d, expected 40" % n_allowed)
for x in ORDER:
    if not 6 <= vcount[x] <= 8:
        bad("%s appears %d times, expected 6-8" % (x, vcount[x]))
if not 6 <= n_double <= 8:
    bad("%d drafts with two violations, expected 6-8" % n_double)
if not 15 <= n_subtle <= 25:
    bad("%d subtle drafts, expected about half of 40" % n_subtle)
if set(langcount) != LANGS:
    bad("languages missing: %s" % sorted(LANGS - set(langcount)))
for lang in LANGS:
    if langcount[lang] - langviol[lang] < 1 or langviol[lang] < 1:
        bad("%s needs both allowed and violating drafts" % lang)

print("violations:", dict((ABBR[x], vcount[x]) for x in ORDER))
print("keys:", dict(sorted(keycount.items())))
print("languages:", dict(sorted(langcount.items())))
print("allowed %d, two-violation %d, subtle %d" % (n_allowed, n_double, n_subtle))
if problems:
    print("\n%d PROBLEM(S):" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK: all checks passed")
