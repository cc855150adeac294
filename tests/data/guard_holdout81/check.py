#!/usr/bin/env python3
"""Re-verify every label of blind guard set 215 from the generated data. Exit 1 on any problem."""
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CLASSES = ["legal_threat", "discount_offer", "refund_or_credit_promise",
           "fault_admission", "terms_change", "harassment", "sensitive_data"]
SHORT = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
         "fault_admission": "FA", "terms_change": "TC", "harassment": "HA", "sensitive_data": "SD"}
LANGS = ["en-IE", "en-US", "de", "fr-CA", "es-AR", "it", "nl", "da", "ro", "el", "ko", "vi"]
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "vi": ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"],
}
problems = []


def bad(did, msg):
    problems.append("%s: %s" % (did, msg))


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def iban_ok(s):
    c = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c):
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if not 13 <= len(d) <= 19:
        return False
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def cbu_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 22:
        return False
    w1 = [7, 1, 3, 9, 7, 1, 3]
    w2 = [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    c1 = (10 - sum(int(a) * b for a, b in zip(d[:7], w1)) % 10) % 10
    c2 = (10 - sum(int(a) * b for a, b in zip(d[8:21], w2)) % 10) % 10
    return int(d[7]) == c1 and int(d[21]) == c2


def money(s, fmt):
    neg = s.strip().startswith("-")
    t = re.sub(r"[^\d.,]", "", s)
    if fmt == "comma":
        t = t.replace(".", "").replace(",", ".")
    elif fmt == "dot":
        t = t.replace(",", "")
    else:
        raise ValueError(fmt)
    cents = round(float(t) * 100)
    return -cents if neg else cents


drafts, labels, evid = load("drafts.jsonl"), load("labels.jsonl"), load("evidence.jsonl")
if not (len(drafts) == len(labels) == len(evid) == 80):
    bad("-", "expected 80 lines in each file, got %d/%d/%d" % (len(drafts), len(labels), len(evid)))
expected_ids = ["HD%02d" % i for i in range(1, 81)]
if [d["id"] for d in drafts] != expected_ids or [l["id"] for l in labels] != expected_ids \
        or [e["id"] for e in evid] != expected_ids:
    bad("-", "ids are not HD01..HD80 in the same order in all files")

counts = {c: 0 for c in CLASSES}
per_lang = {}
n_allowed = 0
for d, l, e in zip(drafts, labels, evid):
    did = d["id"]
    if set(d) != {"id", "subject", "body"}:
        bad(did, "draft keys %s" % sorted(d))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        bad(did, "label keys %s" % sorted(l))
    v = l["violations"]
    if l["allowed"] is not (len(v) == 0):
        bad(did, "allowed does not match violations")
    if any(x not in CLASSES for x in v) or len(set(v)) != len(v):
        bad(did, "unknown or duplicate violation %s" % v)
    elif v != [c for c in CLASSES if c in v]:
        bad(did, "violations not in table order")
    if l["lang"] not in LANGS:
        bad(did, "lang %s not in brief" % l["lang"])
    key = "+".join(SHORT[x] for x in v if x in SHORT) or "OK"
    if not l["note"].startswith("[%s, %s] " % (key, l["lang"])):
        bad(did, "note prefix wrong: %r" % l["note"][:30])
    for x in v:
        if x in counts:
            counts[x] += 1
    n_allowed += l["allowed"]
    a, vv = per_lang.get(l["lang"], (0, 0))
    per_lang[l["lang"]] = (a + l["allowed"], vv + (not l["allowed"]))

    text = d["subject"] + "\n" + d["body"]
    if not e["evidence"]:
        bad(did, "no evidence")
    kinds = set()
    for ev in e["evidence"]:
        kind, s = ev[0], ev[1] if len(ev) > 1 else None
        kinds.add(kind)
        if kind == "sum":
            fmt, parts, total = ev[1], ev[2], ev[3]
            for p in parts + [total]:
                if p.lstrip("-") not in text:
                    bad(did, "sum part %r not in text" % p)
            if sum(money(p, fmt) for p in parts) != money(total, fmt):
                bad(did, "sum does not add up: %s != %s" % (parts, total))
            continue
        if s not in text:
            bad(did, "%s evidence %r not in text" % (kind, s))
        if kind == "iban" and not iban_ok(s):
            bad(did, "IBAN fails mod-97: %s" % s)
        if kind == "card" and not luhn_ok(s):
            bad(did, "card fails Luhn: %s" % s)
        if kind == "cbu" and not cbu_ok(s):
            bad(did, "CBU check digits wrong: %s" % s)
        if kind == "masked" and len(re.findall(r"\d", s)) > 4:
            bad(did, "masked number shows more than 4 digits: %s" % s)
        if kind == "date":
            iso, lg = ev[2], ev[3]
            dt = date.fromisoformat(iso)
            wd = WEEKDAYS[lg][dt.weekday()]
            if wd.lower() not in s.lower():
                bad(did, "weekday in %r is not %s (%s)" % (s, wd, iso))
            others = [w for i, w in enumerate(WEEKDAYS[lg]) if i != dt.weekday()]
            if any(re.search(r"(?<!\w)%s(?!\w)" % re.escape(w.lower()), s.lower()) for w in others):
                bad(did, "another weekday name in %r" % s)
            if str(dt.day) not in s or str(dt.year) not in s:
                bad(did, "day/year of %s not in %r" % (iso, s))

    # global scans: secrets only in drafts labelled sensitive_data
    sd = "sensitive_data" in v
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if iban_ok(m.group(0)) and not sd:
            bad(did, "valid IBAN %s in a draft not labelled sensitive_data" % m.group(0))
    for m in re.finditer(r"(?<![\w+-])\d(?:[ -]?\d){11,21}(?![\w-])", text):
        digits = re.sub(r"\D", "", m.group(0))
        if not sd:
            bad(did, "long number %s (%d digits) in a draft not labelled sensitive_data" % (m.group(0), len(digits)))
        elif 13 <= len(digits) <= 19 and luhn_ok(digits) and "card" not in kinds and "text" not in kinds:
            bad(did, "card-like number without evidence")
    if sd and not kinds & {"iban", "card", "cbu", "text"}:
        bad(did, "sensitive_data without evidence")
    # dd/mm/yyyy and dd.mm.yyyy dates must be real calendar dates
    for m in re.finditer(r"\b(\d{2})[./](\d{2})[./](\d{4})\b", text):
        try:
            date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            bad(did, "impossible date %s" % m.group(0))
    # invoice ids named in the subject also appear in the body
    for inv in re.findall(r"\b(?:HB|DR)-[A-Z0-9-]*\d{3,}\b", d["subject"]):
        if inv not in d["body"]:
            bad(did, "subject invoice %s not in body" % inv)

if not 35 <= n_allowed <= 45:
    bad("-", "allowed count %d outside 35..45" % n_allowed)
for c, n in counts.items():
    if not 5 <= n <= 9:
        bad("-", "%s has %d drafts (want 5..9)" % (c, n))
if set(per_lang) != set(LANGS):
    bad("-", "languages %s differ from brief" % sorted(per_lang))

# README counts agree with the labels
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
for c, n in counts.items():
    if "| `%s` | %d |" % (c, n) not in readme:
        bad("README", "count for %s missing/wrong" % c)
for lg, (a, vv) in per_lang.items():
    if "| %s | %d | %d | %d |" % (lg, a, vv, a + vv) not in readme:
        bad("README", "row for %s missing/wrong" % lg)

if problems:
    print("\n".join(problems))
    print("FAILED: %d problem(s)" % len(problems))
    sys.exit(1)
print("OK: 80 drafts, %d allowed, %s" % (n_allowed, counts))
