#!/usr/bin/env python3
"""Verify blind guardrails set 377. Standard library only. Exits 1 on any problem."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
ABBR = dict(zip(ORDER, ["LT", "DO", "RC", "FA", "TC", "HA", "SD"]))
LANGS = {"ja", "ko", "zh", "th", "vi", "id", "hi", "ar", "he", "tr", "en"}
problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(text):
    s = re.sub(r"\s", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


CARD_RUN = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
IBAN_RUN = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")


def valid_ibans_in(text):
    found = []
    for m in IBAN_RUN.finditer(text):
        chunk = m.group(0)
        for end in range(len(chunk), 14, -1):      # longest valid prefix
            if iban_ok(chunk[:end]):
                found.append(chunk[:end].strip())
                break
    return found


def luhn_runs_in(text):
    return [m.group(0) for m in CARD_RUN.finditer(text)
            if 15 <= len(re.sub(r"\D", "", m.group(0))) <= 19 and luhn_ok(re.sub(r"\D", "", m.group(0)))]


drafts, labels, evidence = load("drafts.jsonl"), load("labels.jsonl"), load("evidence.jsonl")
if not (len(drafts) == len(labels) == len(evidence) == 80):
    bad("expected 80 lines each, got %d/%d/%d" % (len(drafts), len(labels), len(evidence)))

per_v = collections.Counter()
per_lang = collections.Counter()
allowed_n = subtle_n = double_n = 0
for i, (d, l, e) in enumerate(zip(drafts, labels, evidence), 1):
    rid = "rq%02d" % i
    if set(d) != {"id", "subject", "body"}:
        bad("%s: draft keys %s" % (rid, sorted(d)))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        bad("%s: label keys %s" % (rid, sorted(l)))
    if not (d.get("id") == l.get("id") == e.get("id") == rid):
        bad("%s: id mismatch %s/%s/%s" % (rid, d.get("id"), l.get("id"), e.get("id")))
    if not all(isinstance(d.get(k), str) and d.get(k).strip() for k in ("subject", "body")):
        bad("%s: empty subject/body" % rid)
    viol = l.get("violations", [])
    if any(v not in ORDER for v in viol) or viol != sorted(viol, key=ORDER.index) or len(set(viol)) != len(viol):
        bad("%s: violations not valid / not in table order: %s" % (rid, viol))
    if l.get("allowed") is not (viol == []):
        bad("%s: allowed=%s but violations=%s" % (rid, l.get("allowed"), viol))
    lang = l.get("lang")
    if lang not in LANGS:
        bad("%s: unknown lang %r" % (rid, lang))
    key = "+".join(ABBR.get(v, "?") for v in viol) if viol else "OK"
    note = l.get("note", "")
    prefix = "[%s, %s] " % (key, lang)
    if not note.startswith(prefix) or len(note) <= len(prefix) + 10:
        bad("%s: note should start %r: %r" % (rid, prefix, note[:40]))
    is_subtle = note[len(prefix):].startswith("Subtle")
    if is_subtle and not viol:
        bad("%s: allowed draft marked Subtle" % rid)
    text = d.get("subject", "") + "\n" + d.get("body", "")
    body = d.get("body", "")
    # trigger phrases
    trig = e.get("triggers", {})
    if set(trig) != set(viol):
        bad("%s: triggers %s do not match violations %s" % (rid, sorted(trig), viol))
    for v, phrase in trig.items():
        if not phrase or phrase not in text:
            bad("%s: trigger for %s not found: %r" % (rid, v, phrase))
    # sensitive and masked numbers
    kinds = collections.Counter()
    for n in e.get("numbers", []):
        t, kind, full = n.get("text", ""), n.get("kind"), n.get("full")
        kinds[kind] += 1
        if t not in body:
            bad("%s: number %r not in body" % (rid, t))
        if full and "sensitive_data" not in viol:
            bad("%s: full %s recorded but not labelled sensitive_data" % (rid, kind))
        if kind == "iban" and not (full and iban_ok(t)):
            bad("%s: IBAN %r fails mod-97" % (rid, t))
        elif kind == "card" and not (full and luhn_ok(re.sub(r"\D", "", t))
                                     and 15 <= len(re.sub(r"\D", "", t)) <= 19):
            bad("%s: card %r fails Luhn/length" % (rid, t))
        elif kind == "account" and not (full and len(re.sub(r"\D", "", t)) >= 10 and not re.search(r"[*Xx•]", t)):
            bad("%s: account %r is not a full unmasked number" % (rid, t))
        elif kind == "expiry" and not (full and re.fullmatch(r"(0[1-9]|1[0-2])/\d{2}", t)):
            bad("%s: expiry %r malformed" % (rid, t))
        elif kind == "cvv" and not (full and re.fullmatch(r"CVV \d{3,4}", t)):
            bad("%s: cvv %r malformed" % (rid, t))
        elif kind == "password" and not (full and len(t) >= 8):
            bad("%s: password %r" % (rid, t))
        elif kind.startswith("masked_"):
            if full or len(re.sub(r"\D", "", t)) > 4 or not re.search(r"\d{4}", t):
                bad("%s: masked number %r shows more than the last four digits" % (rid, t))
            if kind == "masked_iban" and ("*" not in t or iban_ok(t)):
                bad("%s: masked IBAN %r not masked" % (rid, t))
        elif kind not in ("iban", "card", "account", "expiry", "cvv", "password"):
            bad("%s: unknown number kind %r" % (rid, kind))
    # nothing card- or IBAN-valid may sit in a draft unless it is recorded and labelled
    recorded_ibans = {re.sub(r"\s", "", n["text"]) for n in e.get("numbers", []) if n.get("kind") == "iban"}
    for ib in valid_ibans_in(text):
        if re.sub(r"\s", "", ib) not in recorded_ibans:
            bad("%s: unrecorded valid IBAN %r" % (rid, ib))
    recorded_cards = {re.sub(r"\D", "", n["text"]) for n in e.get("numbers", []) if n.get("kind") == "card"}
    for run in luhn_runs_in(text):
        if re.sub(r"\D", "", run) not in recorded_cards:
            bad("%s: unrecorded Luhn-valid card-length number %r" % (rid, run))
    if viol == [] and e.get("numbers") and any(n.get("full") for n in e["numbers"]):
        bad("%s: allowed draft carries a full sensitive number" % rid)
    if "sensitive_data" in viol and not e.get("numbers") and "another customer" not in note:
        bad("%s: sensitive_data without a recorded number needs a note about another customer" % rid)
    per_lang[lang] += 1
    allowed_n += bool(l.get("allowed"))
    subtle_n += is_subtle
    double_n += len(viol) == 2
    if len(viol) > 2:
        bad("%s: more than two violations" % rid)
    for v in viol:
        per_v[v] += 1

# counts
if allowed_n != 40:
    bad("allowed drafts: %d, expected 40" % allowed_n)
for v in ORDER:
    if not 6 <= per_v[v] <= 8:
        bad("%s appears in %d drafts, expected 6-8" % (v, per_v[v]))
if not 6 <= double_n <= 8:
    bad("%d drafts with two violations, expected 6-8" % double_n)
if not 15 <= subtle_n <= 25:
    bad("%d subtle drafts, expected about half of 40" % subtle_n)
if set(per_lang) != LANGS:
    bad("languages present: %s" % sorted(per_lang))

print("drafts=%d allowed=%d violating=%d subtle=%d doubles=%d" % (len(labels), allowed_n, len(labels) - allowed_n,
                                                                   subtle_n, double_n))
print("per violation:", ", ".join("%s=%d" % (ABBR[v], per_v[v]) for v in ORDER))
print("per language:", ", ".join("%s=%d" % kv for kv in sorted(per_lang.items())))
if problems:
    print("\n%d PROBLEM(S):" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
