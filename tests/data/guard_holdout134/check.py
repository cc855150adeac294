#!/usr/bin/env python3
"""Checks for blind guardrails set 359. Standard library only. Exit 1 on any problem."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO",
        "refund_or_credit_promise": "RC", "fault_admission": "FA",
        "terms_change": "TC", "harassment": "HA", "sensitive_data": "SD"}
LANGS = {"en", "fr", "it", "hr", "el", "es", "no", "da", "ja", "ko", "zh"}
IBAN_LEN = {"GB": 22, "DK": 18, "NO": 15, "HR": 21, "IT": 27, "FR": 27, "ES": 24,
            "GR": 27, "DE": 22, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "SE": 24,
            "FI": 18, "PT": 25, "IE": 22, "PL": 28, "MT": 31, "MC": 27, "SI": 19,
            "ME": 22, "CY": 28, "LU": 20}
problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(s):
    d = re.sub(r"\D", "", s)
    if not 13 <= len(d) <= 19:
        return False
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def no_acc_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 11:
        return False
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(a) * b for a, b in zip(d, w)) % 11
    c = 0 if r == 0 else 11 - r
    return c != 10 and c == int(d[10])


def oib_ok(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    a = 10
    for ch in s[:10]:
        a = (a + int(ch)) % 10 or 10
        a = (a * 2) % 11
    return (11 - a) % 10 == int(s[10])


def norm(s):
    return re.sub(r"[\s.\-]", "", s).upper()


drafts, labels, meta = load("drafts.jsonl"), load("labels.jsonl"), load("meta.jsonl")
if not (len(drafts) == len(labels) == len(meta) == 80):
    bad(f"line counts {len(drafts)}/{len(labels)}/{len(meta)}, want 80")

want_ids = [f"lx{i:02d}" for i in range(1, 81)]
for name, rows in (("drafts", drafts), ("labels", labels), ("meta", meta)):
    if [r.get("id") for r in rows] != want_ids:
        bad(f"{name}: ids not lx01..lx80 in order")
for d in drafts:
    if set(d) != {"id", "subject", "body"} or not all(isinstance(d[k], str) and d[k].strip() for k in d):
        bad(f"{d.get('id')}: draft keys/values wrong")
for l in labels:
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        bad(f"{l.get('id')}: label keys {sorted(l)}")

vcount, keys, langs, subtle, doubles = Counter(), Counter(), Counter(), 0, 0
all_triggers = []
for d, l, m in zip(drafts, labels, meta):
    i = l["id"]
    text = d["subject"] + "\n" + d["body"]
    v = l["violations"]
    if l["allowed"] is not (v == []):
        bad(f"{i}: allowed={l['allowed']} but violations={v}")
    if any(x not in ORDER for x in v) or v != sorted(v, key=ORDER.index) or len(set(v)) != len(v):
        bad(f"{i}: violations not valid / not in table order: {v}")
    key = "+".join(ABBR[x] for x in v if x in ABBR) or "OK"
    if m["key"] != key:
        bad(f"{i}: meta key {m['key']} != {key}")
    if l["lang"] not in LANGS:
        bad(f"{i}: lang {l['lang']}")
    prefix = f"[{key}, {l['lang']}] "
    if not l["note"].startswith(prefix):
        bad(f"{i}: note should start {prefix!r}: {l['note'][:30]!r}")
    rest = l["note"][len(prefix):]
    if m["subtle"] != rest.startswith("Subtle"):
        bad(f"{i}: Subtle marker and meta disagree")
    if m["subtle"] and not v:
        bad(f"{i}: allowed draft marked subtle")
    if len(rest.replace("Subtle:", "").strip()) < 15:
        bad(f"{i}: note has no reason")
    vcount.update(v)
    keys[key] += 1
    langs[l["lang"]] += 1
    subtle += m["subtle"]
    doubles += len(v) == 2
    if len(v) > 2:
        bad(f"{i}: more than two violations")

    # triggers
    if set(m["triggers"]) != set(v):
        bad(f"{i}: triggers for {sorted(m['triggers'])} but violations {v}")
    for viol, phrase in m["triggers"].items():
        if phrase not in text:
            bad(f"{i}: trigger for {viol} not in draft: {phrase!r}")
        all_triggers.append((i, phrase))

    # declared sensitive values
    sens = m["sensitive"]
    if ("sensitive_data" in v) != bool(sens):
        bad(f"{i}: sensitive list {'missing' if not sens else 'present'} vs labels {v}")
    for s in sens:
        k, val = s["kind"], s["value"]
        if val not in text:
            bad(f"{i}: sensitive {k} value not in draft: {val!r}")
        ok = {"iban": iban_ok, "card": luhn_ok, "no_account": no_acc_ok,
              "cvv": lambda x: re.fullmatch(r"\d{3,4}", x) is not None,
              "expiry": lambda x: re.fullmatch(r"(0[1-9]|1[0-2])/\d{2}", x) is not None,
              "password": lambda x: len(x) >= 8 and re.search(r"\d", x) and re.search(r"[A-Za-z]", x),
              "other_customer": lambda x: len(x) > 3}.get(k)
        if ok is None or not ok(val):
            bad(f"{i}: sensitive {k} {val!r} fails its check")
        if k == "other_customer" and not re.search(re.escape(val) + r".{0,60}\d[\d,.]*\d", text):
            bad(f"{i}: other customer named without a balance nearby")
        if k == "cvv" and not any(x["kind"] == "card" for x in sens):
            bad(f"{i}: CVV listed without a card")

    # masked values really masked
    if m["masked"] and v:
        bad(f"{i}: masked numbers listed on a violating draft")
    for mv in m["masked"]:
        if mv not in text:
            bad(f"{i}: masked value not in draft: {mv!r}")
        digits = re.sub(r"\D", "", mv)
        if not 1 <= len(digits) <= 4:
            bad(f"{i}: masked value shows {len(digits)} digits: {mv!r}")
    # ids (VAT etc.) present, and OIB valid
    for x in m["ids"]:
        if x["value"] not in text:
            bad(f"{i}: id {x} not in draft")
        if x["kind"] == "oib" and not oib_ok(x["value"]):
            bad(f"{i}: OIB {x['value']} invalid")

    # scan for undeclared full numbers
    declared = {norm(s["value"]) for s in sens}
    for mt in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b", text):
        cand = mt.group(0)
        for end in range(len(cand), 13, -1):
            sub = cand[:end].rstrip()
            if iban_ok(sub) and norm(sub) not in declared:
                bad(f"{i}: undeclared valid IBAN {sub!r}")
                break
    for mt in re.finditer(r"(?<![\d])(?:\d[ \-]?){12,18}\d(?![\d])", text):
        if luhn_ok(mt.group(0)) and norm(mt.group(0)) not in declared:
            bad(f"{i}: undeclared Luhn-valid number {mt.group(0)!r}")
    for mt in re.finditer(r"(?<![\d.])\d{4}[ .]?\d{2}[ .]?\d{5}(?![\d])", text):
        if no_acc_ok(mt.group(0)) and norm(mt.group(0)) not in declared:
            bad(f"{i}: undeclared Norwegian account number {mt.group(0)!r}")
    if re.search(r"\b(?:CVV|CVC|cryptogramme)\b", text, re.I) and "sensitive_data" not in v:
        if re.search(r"\b(?:CVV|CVC|cryptogramme)\W{0,3}\d{3,4}\b", text, re.I):
            bad(f"{i}: CVV value in a draft not labelled sensitive_data")

# triggers must not appear in allowed drafts
for d, l in zip(drafts, labels):
    if l["allowed"]:
        text = (d["subject"] + "\n" + d["body"]).lower()
        for src, phrase in all_triggers:
            if phrase.lower() in text:
                bad(f"{l['id']}: allowed draft contains trigger of {src}: {phrase!r}")

n_allowed = sum(l["allowed"] for l in labels)
if n_allowed != 40:
    bad(f"{n_allowed} allowed, want 40")
for vname in ORDER:
    if not 6 <= vcount[vname] <= 8:
        bad(f"{vname}: {vcount[vname]} drafts, want 6-8")
if not 6 <= doubles <= 8:
    bad(f"{doubles} drafts with two violations, want 6-8")
if not 16 <= subtle <= 24:
    bad(f"{subtle} subtle drafts, want about half of 40")
if set(langs) != LANGS:
    bad(f"languages {sorted(langs)} != {sorted(LANGS)}")

if problems:
    print("\n".join("FAIL " + p for p in problems))
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print("OK: 80 drafts, 40 allowed / 40 violating, "
      + ", ".join(f"{ABBR[v]}={vcount[v]}" for v in ORDER)
      + f"; {doubles} doubles; {subtle} subtle; langs="
      + ",".join(f"{k}:{langs[k]}" for k in sorted(langs)))
