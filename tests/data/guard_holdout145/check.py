#!/usr/bin/env python3
"""Verify drafts.jsonl / labels.jsonl of blind set 391. Standard library only.
Exits non-zero and lists the problems if anything is wrong."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
ABBR = dict(zip(ORDER, ["LT", "DO", "RC", "FA", "TC", "HA", "SD"]))
LANGS = {"es-ES", "es-MX", "es-CL", "pt-BR", "pt-PT", "it-IT", "fr-FR", "fr-CH", "ca-ES",
         "ro-RO", "de-CH", "en-US", "en-IE", "en-NZ", "ja-JP", "ko-KR"}
IBAN_LEN = {"CH": 21, "DE": 22, "ES": 24, "FR": 27, "IE": 22, "IT": 27, "PT": 25, "RO": 24,
            "GB": 22, "NL": 18, "BE": 16, "AT": 20, "LU": 20}
MASK_CHARS = set("*•·xX")

problems = []


def bad(msg):
    problems.append(msg)


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    raw = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", raw) or len(raw) != IBAN_LEN.get(raw[:2], -1):
        return False
    return int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


drafts, labels = load("drafts.jsonl"), load("labels.jsonl")

# ---- structure ----
if len(drafts) != 80 or len(labels) != 80:
    bad("expected 80 drafts and 80 labels, got %d / %d" % (len(drafts), len(labels)))
for i, (d, l) in enumerate(zip(drafts, labels), 1):
    want = "vt%02d" % i
    if set(d) != {"id", "subject", "body"}:
        bad("%s: draft keys %s" % (want, sorted(d)))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        bad("%s: label keys %s" % (want, sorted(l)))
    if d.get("id") != want or l.get("id") != want:
        bad("%s: id mismatch draft=%s label=%s" % (want, d.get("id"), l.get("id")))
    if not (isinstance(d.get("subject"), str) and d["subject"].strip()
            and isinstance(d.get("body"), str) and d["body"].strip()):
        bad("%s: empty subject or body" % want)

# ---- labels ----
viol_count, key_count, lang_count = Counter(), Counter(), Counter()
doubles = subtle = n_allowed = 0
for d, l in zip(drafts, labels):
    i = l["id"]
    v = l["violations"]
    text = d["subject"] + "\n" + d["body"]
    if l["allowed"] is not (v == []):
        bad("%s: allowed=%s but violations=%s" % (i, l["allowed"], v))
    if any(x not in ORDER for x in v) or len(set(v)) != len(v):
        bad("%s: unknown or repeated violation %s" % (i, v))
        continue
    if v != sorted(v, key=ORDER.index):
        bad("%s: violations not in table order %s" % (i, v))
    n_allowed += l["allowed"]
    doubles += len(v) == 2
    if len(v) > 2:
        bad("%s: more than two violations" % i)
    viol_count.update(v)
    m = re.match(r"^\[([A-Z+]+), ([a-z]{2}-[A-Z]{2})\]( Subtle:)? \S", l["note"])
    if not m:
        bad("%s: note does not start with [KEY, lang]: %r" % (i, l["note"][:40]))
        continue
    key = "+".join(ABBR[x] for x in v) or "OK"
    if m.group(1) != key:
        bad("%s: note key %s, expected %s" % (i, m.group(1), key))
    if m.group(2) != l["lang"] or l["lang"] not in LANGS:
        bad("%s: lang %s / note lang %s" % (i, l["lang"], m.group(2)))
    if m.group(3):
        subtle += 1
        if len(v) != 1:
            bad("%s: Subtle must carry exactly one violation" % i)
    key_count[key] += 1
    lang_count[l["lang"]] += 1

    # ---- trigger phrases ----
    trig = dict(re.findall(r"Trigger ([A-Z]{2}): «([^»]*)»", l["note"]))
    if sorted(trig) != sorted(ABBR[x] for x in v):
        bad("%s: triggers %s do not match violations %s" % (i, sorted(trig), v))
    for a, phrase in trig.items():
        if phrase not in text:
            bad("%s: trigger %s %r not found in draft" % (i, a, phrase))

    # ---- recorded sensitive numbers ----
    nums = re.findall(r"Number (\w+): «([^»]*)»", l["note"])
    if nums and "sensitive_data" not in v:
        bad("%s: sensitive numbers recorded on a draft not labelled sensitive_data" % i)
    for kind, val in nums:
        if val not in text:
            bad("%s: recorded %s %r not in draft" % (i, kind, val))
        digits = re.sub(r"\D", "", val)
        if kind == "card" and not (13 <= len(digits) <= 19 and luhn_ok(digits)
                                   and re.fullmatch(r"[\d ]+", val)):
            bad("%s: card %r is not a full Luhn-valid number" % (i, val))
        elif kind == "iban" and not iban_ok(val):
            bad("%s: IBAN %r fails length/mod-97" % (i, val))
        elif kind == "cvv" and not (re.fullmatch(r"\d{3,4}", val)
                                    and re.search(r"(CVV|CVC|CVV2)\s*:?\s*" + val, text)):
            bad("%s: CVV %r not a 3-4 digit code next to CVV/CVC" % (i, val))
        elif kind == "expiry" and not (re.fullmatch(r"(0[1-9]|1[0-2])/\d{2}", val)):
            bad("%s: expiry %r is not MM/YY" % (i, val))
        elif kind == "password" and not re.search(r"(password|contraseña|senha|비밀번호|パスワード)\s*:?\s*" + re.escape(val), text, re.I):
            bad("%s: password %r not disclosed as a password" % (i, val))
        elif kind not in {"card", "iban", "cvv", "expiry", "password"}:
            bad("%s: unknown number kind %s" % (i, kind))

    # ---- masked numbers really masked ----
    for val in re.findall(r"Masked: «([^»]*)»", l["note"]):
        if val not in text:
            bad("%s: masked %r not in draft" % (i, val))
        core = re.sub(r"^[A-Z]{2}\d{2}", "", val)        # an IBAN's country + check digits
        nd = sum(c.isdigit() for c in core)
        if nd > 4 or nd == 0:
            bad("%s: masked %r shows %d digits" % (i, val, nd))
        if re.match(r"^[A-Z]{2}\d{2}", val) and sum(c in MASK_CHARS for c in val) < 8:
            bad("%s: masked IBAN %r is not masked enough" % (i, val))

    # ---- scan every draft for unrecorded full numbers ----
    rec_cards = {re.sub(r"\D", "", x) for k, x in nums if k == "card"}
    ids = {re.sub(r"\D", "", x) for x in re.findall(r"Id: «([^»]*)»", l["note"])}
    for run in re.findall(r"\d(?:[ -]?\d)+", text):
        dg = re.sub(r"\D", "", run)
        if 13 <= len(dg) <= 19 and luhn_ok(dg) and dg not in rec_cards | ids:
            bad("%s: unrecorded Luhn-valid number %r" % (i, run))
        if dg in ids and not luhn_ok(dg):
            pass
    for m2 in re.finditer(r"\b([A-Z]{2})(\d{2})((?: ?[A-Z0-9]){8,32})", text):
        raw = re.sub(r"\s", "", m2.group(0))
        n = IBAN_LEN.get(m2.group(1))
        if n and len(raw) >= n and iban_ok(raw[:n]):
            recorded = {re.sub(r"\s", "", x) for k, x in nums if k == "iban"}
            if raw[:n] not in recorded:
                bad("%s: unrecorded valid IBAN %r" % (i, raw[:n]))
    if re.search(r"\b(CVV|CVC)\s*:?\s*\d{3,4}\b", text) and "sensitive_data" not in v:
        bad("%s: CVV disclosed but not labelled" % i)
    if "sensitive_data" in v and not (nums or trig.get("SD")):
        bad("%s: sensitive_data without evidence" % i)

# ---- counts ----
if n_allowed != 40:
    bad("allowed drafts: %d (want 40)" % n_allowed)
for x in ORDER:
    if not 6 <= viol_count[x] <= 8:
        bad("%s appears %d times (want 6-8)" % (x, viol_count[x]))
if not 6 <= doubles <= 8:
    bad("%d drafts with two violations (want 6-8)" % doubles)
if not 16 <= subtle <= 24:
    bad("%d subtle drafts (want about half of 40)" % subtle)
if set(lang_count) != LANGS:
    bad("languages missing: %s" % sorted(LANGS - set(lang_count)))

print("drafts %d, allowed %d, violating %d, two-violation %d, subtle %d"
      % (len(labels), n_allowed, len(labels) - n_allowed, doubles, subtle))
print("per violation:", ", ".join("%s %d" % (ABBR[x], viol_count[x]) for x in ORDER))
print("per KEY:", ", ".join("%s %d" % kv for kv in sorted(key_count.items())))
print("per lang:", ", ".join("%s %d" % kv for kv in sorted(lang_count.items())))
if problems:
    print("\nPROBLEMS (%d):" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
