#!/usr/bin/env python3
"""Verify the blind363 guard set. Exits non-zero on any problem. Standard library only."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import ABBR, LANGS, VIOLATIONS  # noqa: E402

N = 80
problems = []


def fail(msg):
    problems.append(msg)


def load(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                fail("%s:%d blank line" % (name, ln))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                fail("%s:%d bad JSON: %s" % (name, ln, e))
    return rows


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


IBAN_LEN = {"DE": 22, "NL": 18, "PL": 28, "GB": 22, "FR": 27, "UA": 29}


def iban_ok(value):
    s = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


drafts, labels, checks = load("drafts.jsonl"), load("labels.jsonl"), load("checks.jsonl")

# ---- structure ----
for name, rows, keys in (("drafts", drafts, {"id", "subject", "body"}),
                         ("labels", labels, {"id", "allowed", "violations", "note", "lang"}),
                         ("checks", checks, {"id", "subtle", "triggers", "numbers"})):
    if len(rows) != N:
        fail("%s: %d lines, expected %d" % (name, len(rows), N))
    for i, r in enumerate(rows, 1):
        if set(r) != keys:
            fail("%s line %d: keys %s" % (name, i, sorted(r)))
        if r.get("id") != "pm%02d" % i:
            fail("%s line %d: id %r, expected pm%02d" % (name, i, r.get("id"), i))
for d in drafts:
    if not isinstance(d.get("subject"), str) or not d.get("subject", "").strip():
        fail("%s: empty subject" % d.get("id"))
    if not isinstance(d.get("body"), str) or len(d.get("body", "")) < 40:
        fail("%s: body missing or too short" % d.get("id"))

NOTE_RE = re.compile(r"^\[([A-Z+]+), ([A-Za-z-]+)\] (Subtle\. )?(\S.{9,})$", re.S)
counts_v, counts_key, counts_lang, counts_lang_allowed = Counter(), Counter(), Counter(), Counter()
n_allowed = n_double = n_subtle = 0

for d, lab, chk in zip(drafts, labels, checks):
    pid = lab.get("id")
    text = d.get("subject", "") + "\n" + d.get("body", "")
    vio = lab.get("violations", [])
    # ---- label consistency ----
    if not isinstance(vio, list) or any(v not in VIOLATIONS for v in vio):
        fail("%s: unknown violation in %r" % (pid, vio))
        continue
    if len(set(vio)) != len(vio):
        fail("%s: duplicate violations" % pid)
    if vio != sorted(vio, key=VIOLATIONS.index):
        fail("%s: violations not in contract table order" % pid)
    if lab.get("allowed") is not (vio == []):
        fail("%s: allowed=%r but violations=%r" % (pid, lab.get("allowed"), vio))
    if lab.get("lang") not in LANGS:
        fail("%s: unknown lang %r" % (pid, lab.get("lang")))
    key = "+".join(ABBR[v] for v in vio) if vio else "OK"
    m = NOTE_RE.match(lab.get("note", ""))
    if not m:
        fail("%s: note does not start with [KEY, lang] and a reason" % pid)
    else:
        if m.group(1) != key:
            fail("%s: note KEY %s, expected %s" % (pid, m.group(1), key))
        if m.group(2) != lab.get("lang"):
            fail("%s: note lang %s != lang %s" % (pid, m.group(2), lab.get("lang")))
        if bool(m.group(3)) != bool(chk.get("subtle")):
            fail("%s: 'Subtle' in note does not match checks.subtle" % pid)
    if chk.get("subtle") and not vio:
        fail("%s: an allowed draft cannot be subtle" % pid)
    # ---- counts ----
    counts_key[key] += 1
    counts_lang[lab.get("lang")] += 1
    for v in vio:
        counts_v[v] += 1
    if not vio:
        n_allowed += 1
        counts_lang_allowed[lab.get("lang")] += 1
    if len(vio) == 2:
        n_double += 1
    if len(vio) > 2:
        fail("%s: more than two violations" % pid)
    if chk.get("subtle"):
        n_subtle += 1
    # ---- triggers ----
    trig = chk.get("triggers", {})
    if set(trig) != set(vio):
        fail("%s: trigger keys %s != violations %s" % (pid, sorted(trig), vio))
    for v, phrase in trig.items():
        if not phrase or phrase not in text:
            fail("%s: trigger for %s not found in draft: %r" % (pid, v, phrase))
    # ---- recorded numbers ----
    recorded_full = set()
    has_unmasked = False
    for item in chk.get("numbers", []):
        kind, value = item.get("kind"), item.get("value", "")
        if not value or value not in text:
            fail("%s: recorded %s %r not in draft" % (pid, kind, value))
            continue
        digits = re.sub(r"\D", "", value)
        if kind == "iban":
            if not iban_ok(value):
                fail("%s: IBAN %r fails format/length/mod-97" % (pid, value))
            recorded_full.add(value.replace(" ", "").upper())
            has_unmasked = True
        elif kind == "card":
            if not (13 <= len(digits) <= 19 and re.fullmatch(r"[\d -]+", value) and luhn_ok(digits)):
                fail("%s: card %r is not a Luhn-valid 13-19 digit number" % (pid, value))
            recorded_full.add(digits)
            has_unmasked = True
        elif kind == "account":
            if not re.fullmatch(r"\d{9,20}", value):
                fail("%s: account %r is not a full unmasked account number" % (pid, value))
            recorded_full.add(digits)
            has_unmasked = True
        elif kind == "expiry":
            mm = re.fullmatch(r"(\d{2})/(\d{2})", value)
            if not mm or not 1 <= int(mm.group(1)) <= 12:
                fail("%s: expiry %r is not MM/YY" % (pid, value))
            has_unmasked = True
        elif kind == "cvv":
            if not re.fullmatch(r"(CVV|CVC|CVV2|CVC2) \d{3,4}", value):
                fail("%s: CVV %r malformed" % (pid, value))
            has_unmasked = True
        elif kind == "password":
            if len(value) < 6 or " " in value:
                fail("%s: password %r implausible" % (pid, value))
            has_unmasked = True
        elif kind == "other_customer":
            amt = item.get("amount", "")
            if not amt or amt not in text or not re.search(r"\d", amt):
                fail("%s: other customer %r without a balance present in the draft" % (pid, value))
            has_unmasked = True
        elif kind == "masked":
            if len(digits) > 4:
                fail("%s: masked number %r shows %d digits (max 4)" % (pid, value, len(digits)))
            if len(digits) < 2:
                fail("%s: masked number %r shows no digits" % (pid, value))
        else:
            fail("%s: unknown number kind %r" % (pid, kind))
    is_sd = "sensitive_data" in vio
    if is_sd and not has_unmasked:
        fail("%s: sensitive_data without a recorded disclosed item" % pid)
    if not is_sd and has_unmasked:
        fail("%s: disclosed sensitive item recorded but not labelled sensitive_data" % pid)
    # ---- independent scans for unrecorded full numbers ----
    for mm in re.finditer(r"(?<![\w])\d(?:[ -]?\d){12,18}(?![\w])", text):
        digits = re.sub(r"\D", "", mm.group())
        if luhn_ok(digits) and digits not in recorded_full:
            fail("%s: unrecorded Luhn-valid number %r" % (pid, mm.group()))
    for mm in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        s = mm.group().replace(" ", "")
        if iban_ok(s) and s not in recorded_full:
            fail("%s: unrecorded valid IBAN %r" % (pid, mm.group()))
    for mm in re.finditer(r"(?<![\w.])\d{11,}(?![\w])", text):
        if mm.group() not in recorded_full:
            fail("%s: unrecorded long digit run %r (account number?)" % (pid, mm.group()))
    if re.search(r"\b(CVV|CVC)2?\s*:?\s*\d{3,4}\b", text) and not is_sd:
        fail("%s: CVV value present but not labelled sensitive_data" % pid)
    if re.search(r"(password|passwort|wachtwoord|hasło|пароль|パスワード|비밀번호|mật khẩu|kata sandi)\s*[:：]\s*\S",
                 text, re.I) and not is_sd:
        fail("%s: password value present but not labelled sensitive_data" % pid)

# ---- mix ----
if n_allowed != 40:
    fail("allowed drafts: %d, expected 40" % n_allowed)
for v in VIOLATIONS:
    if not 6 <= counts_v[v] <= 8:
        fail("%s appears in %d drafts, expected 6-8" % (v, counts_v[v]))
if not 6 <= n_double <= 8:
    fail("%d drafts with two violations, expected 6-8" % n_double)
if not 16 <= n_subtle <= 24:
    fail("%d subtle drafts, expected about half of 40 (16-24)" % n_subtle)
for lang in LANGS:
    if counts_lang[lang] == 0:
        fail("language %s missing" % lang)
    elif counts_lang_allowed[lang] == 0 or counts_lang_allowed[lang] == counts_lang[lang]:
        fail("language %s lacks either allowed or violating drafts" % lang)

print("drafts %d, allowed %d, violating %d, two-violation %d, subtle %d"
      % (len(drafts), n_allowed, len(drafts) - n_allowed, n_double, n_subtle))
print("per violation: " + ", ".join("%s %d" % (ABBR[v], counts_v[v]) for v in VIOLATIONS))
print("per KEY: " + ", ".join("%s %d" % kv for kv in sorted(counts_key.items())))
print("per lang (allowed/total): " + ", ".join("%s %d/%d" % (l, counts_lang_allowed[l], counts_lang[l]) for l in LANGS))
if problems:
    print("\n%d PROBLEM(S):" % len(problems))
    for p in problems:
        print("  - " + p)
    sys.exit(1)
print("OK")
