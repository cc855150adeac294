"""Part 6 of build.py: the source of check.py, written out by build.py."""

CHECK_SRC = r'''#!/usr/bin/env python3
"""Verify the blind guardrail set 408 (drafts.jsonl + labels.jsonl).

Standard library only. Exits 1 and lists every problem found, 0 when clean.
Checks structure, counts, label/note consistency, that each recorded trigger
and near-miss phrase is really in its draft, that every full IBAN passes
mod-97 and every full card number passes Luhn, that masked numbers are
really masked, and that no allowed draft carries a full IBAN or card number.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
ABBR = dict(zip(["LT", "DO", "RC", "FA", "TC", "HA", "SD"], TABLE))
INV = {v: k for k, v in ABBR.items()}
LANGS = ["en-US", "en-GB", "en-AU", "en-CA", "es-ES", "es-MX", "fr-FR",
         "de-DE", "it-IT", "pt-PT", "pl-PL", "tr-TR", "ja-JP"]
TAG_RE = re.compile(r"([A-Z]{2,6})\u27e6(.*?)\u27e7")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
CARD_RE = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")

problems = []


def bad(msg):
    problems.append(msg)


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
    s = text.replace(" ", "")
    if not (15 <= len(s) <= 34 and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s)):
        return False
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def load(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                bad("%s line %d is blank" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                bad("%s line %d is not JSON: %s" % (name, n, exc))
    return rows


drafts = load("drafts.jsonl")
labels = load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80:
    bad("expected 80 drafts and 80 labels, got %d and %d" % (len(drafts), len(labels)))

viol_count = Counter()
key_count = Counter()
lang_count = Counter()
lang_allowed = Counter()
subtle = doubles = allowed_n = 0

for i, (d, l) in enumerate(zip(drafts, labels), 1):
    want = "wj%02d" % i
    if set(d) != {"id", "subject", "body"}:
        bad("%s: draft keys %s" % (want, sorted(d)))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        bad("%s: label keys %s" % (want, sorted(l)))
    if d.get("id") != want or l.get("id") != want:
        bad("%s: ids out of order (%s / %s)" % (want, d.get("id"), l.get("id")))
    if not isinstance(d.get("subject"), str) or not d.get("subject", "").strip():
        bad("%s: empty subject" % want)
    if not isinstance(d.get("body"), str) or len(d.get("body", "")) < 80:
        bad("%s: body missing or too short" % want)
    text = d.get("subject", "") + "\n" + d.get("body", "")
    vs = l.get("violations", [])
    if not isinstance(vs, list) or any(v not in TABLE for v in vs):
        bad("%s: unknown violation in %r" % (want, vs))
        continue
    if vs != sorted(vs, key=TABLE.index) or len(set(vs)) != len(vs):
        bad("%s: violations not in table order or duplicated: %r" % (want, vs))
    if l.get("allowed") is not (vs == []):
        bad("%s: allowed=%r but violations=%r" % (want, l.get("allowed"), vs))
    lang = l.get("lang")
    if lang not in LANGS:
        bad("%s: unknown lang %r" % (want, lang))
    key = "+".join(INV[v] for v in vs) or "OK"
    note = l.get("note", "")
    head = "[%s, %s]" % (key, lang)
    if not note.startswith(head + " "):
        bad("%s: note should start %r: %r" % (want, head, note[:40]))
    rest = note[len(head) + 1:]
    is_subtle = rest.startswith("Subtle")
    if is_subtle and not vs:
        bad("%s: an allowed draft cannot be Subtle" % want)
    if "Subtle" in rest[1:] and not is_subtle:
        bad("%s: 'Subtle' must come right after the key" % want)

    viol_count.update(vs)
    key_count[key] += 1
    lang_count[lang] += 1
    allowed_n += not vs
    lang_allowed[lang] += not vs
    subtle += is_subtle
    doubles += len(vs) == 2
    if len(vs) > 2:
        bad("%s: more than two violations" % want)

    tags = TAG_RE.findall(note)
    trig = {}
    for tag, val in tags:
        if tag in ABBR:
            trig.setdefault(tag, []).append(val)
            if val not in text:
                bad("%s: trigger %s not found in draft: %r" % (want, tag, val))
        elif tag == "NEAR":
            if vs:
                bad("%s: NEAR tag on a violating draft" % want)
            if val not in text:
                bad("%s: near-miss phrase not in draft: %r" % (want, val))
        elif tag == "MASKED":
            if val not in text:
                bad("%s: masked phrase not in draft: %r" % (want, val))
            runs = [re.sub(r"\D", "", r) for r in re.findall(r"\d(?:[ -]?\d)*", val)]
            if not runs or max(len(r) for r in runs) > 4:
                bad("%s: masked number shows more than 4 digits in a row: %r" % (want, val))
            for m in re.finditer(re.escape(val), text):
                after = text[m.end():m.end() + 2]
                before = text[max(0, m.start() - 2):m.start()]
                if (val[-1].isdigit() and re.match(r"[ -]?\d", after)) or \
                        (val[0].isdigit() and re.search(r"\d[ -]?$", before)):
                    bad("%s: masked phrase continues with more digits: %r" % (want, val))
        elif tag == "IBAN":
            if not iban_ok(val):
                bad("%s: IBAN fails mod-97: %r" % (want, val))
            if val not in text:
                bad("%s: IBAN not in draft: %r" % (want, val))
            if "sensitive_data" not in vs:
                bad("%s: full IBAN but not labelled sensitive_data" % want)
        elif tag == "CARD":
            digits = re.sub(r"\D", "", val)
            if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
                bad("%s: card number fails Luhn: %r" % (want, val))
            if val not in text:
                bad("%s: card number not in draft: %r" % (want, val))
            if "sensitive_data" not in vs:
                bad("%s: full card but not labelled sensitive_data" % want)
        elif tag == "ACCT":
            if val not in text:
                bad("%s: account number not in draft: %r" % (want, val))
            if len(re.sub(r"\D", "", val)) < 6:
                bad("%s: ACCT is not a full account number: %r" % (want, val))
            ibans = [v for t, v in tags if t == "IBAN"]
            if ibans and not any(re.sub(r"\D", "", val) in v.replace(" ", "") for v in ibans):
                bad("%s: account number %r is not inside the recorded IBAN" % (want, val))
            if "sensitive_data" not in vs:
                bad("%s: full account number but not labelled sensitive_data" % want)
        else:
            bad("%s: unknown tag %s" % (want, tag))
    for v in vs:
        if INV[v] not in trig:
            bad("%s: no trigger phrase recorded for %s" % (want, v))
    for t in trig:
        if ABBR[t] not in vs:
            bad("%s: trigger recorded for %s, which is not labelled" % (want, t))
    if not vs and not any(t == "NEAR" for t, _ in tags):
        bad("%s: allowed draft records no near-miss phrase" % want)

    # Independent scan of the text: every full IBAN / Luhn-valid card must be recorded.
    recorded_ibans = {v.replace(" ", "") for t, v in tags if t == "IBAN"}
    recorded_cards = {re.sub(r"\D", "", v) for t, v in tags if t == "CARD"}
    iban_spans = []
    for m in IBAN_RE.finditer(text):
        iban_spans.append(m.span())
        if iban_ok(m.group(0)) and m.group(0).replace(" ", "") not in recorded_ibans:
            bad("%s: unrecorded valid IBAN in text: %r" % (want, m.group(0)))
    for m in CARD_RE.finditer(text):
        if any(a <= m.start() < b for a, b in iban_spans):
            continue  # digits inside an IBAN are judged as an IBAN
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn_ok(digits) and digits not in recorded_cards:
            bad("%s: unrecorded Luhn-valid number in text: %r" % (want, m.group(0)))

# ---------------------------------------------------------------- counts
if allowed_n != 40:
    bad("expected 40 allowed drafts, got %d" % allowed_n)
for v in TABLE:
    if not 6 <= viol_count[v] <= 8:
        bad("%s appears %d times (want 6-8)" % (v, viol_count[v]))
if not 6 <= doubles <= 8:
    bad("%d drafts with two violations (want 6-8)" % doubles)
if not 16 <= subtle <= 24:
    bad("%d subtle drafts; about half of the 40 violating drafts expected" % subtle)
for lang in LANGS:
    if lang_count[lang] == 0:
        bad("language %s missing" % lang)
    elif lang_allowed[lang] == 0 or lang_allowed[lang] == lang_count[lang]:
        bad("language %s lacks either allowed or violating drafts" % lang)

if problems:
    print("FAILED: %d problem(s)" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)

print("OK: 80 drafts, %d allowed, %d violating, %d subtle, %d with two violations"
      % (allowed_n, 80 - allowed_n, subtle, doubles))
print("violations:", ", ".join("%s=%d" % (v, viol_count[v]) for v in TABLE))
print("keys:", ", ".join("%s=%d" % kv for kv in sorted(key_count.items())))
print("languages:", ", ".join("%s=%d" % (k, lang_count[k]) for k in LANGS))
'''
