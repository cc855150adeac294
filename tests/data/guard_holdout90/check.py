#!/usr/bin/env python3
"""Re-verify the qw guardrails set from the generated files. Exit 1 on any problem."""
import json, os, re, sys
from collections import Counter
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
        "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
LANGS = ["en-IE", "en-NZ", "de-CH", "fr-BE", "es-ES", "it", "pt-PT", "nl", "da", "cs", "hu",
         "el", "tr", "ja", "ar"]
problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


drafts, labels = load("drafts.jsonl"), load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80:
    bad(f"expected 80/80 lines, got {len(drafts)}/{len(labels)}")
expected_ids = [f"qw{i:02d}" for i in range(1, 81)]
if [d["id"] for d in drafts] != expected_ids or [l["id"] for l in labels] != expected_ids:
    bad("ids must be qw01..qw80 in the same order in both files")


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    lengths = {"IE": 22, "CH": 21, "DE": 22, "IT": 27, "TR": 26, "AE": 23, "BE": 16, "NL": 18, "ES": 24,
               "PT": 25, "DK": 18, "CZ": 24, "HU": 28, "GR": 27}
    if s[:2] in lengths and len(s) != lengths[s[:2]]:
        bad(f"IBAN {s} has wrong length for {s[:2]}")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        tot += d
    return tot % 10 == 0


def detectors(text):
    """Full account / card / password evidence that must make a draft sensitive."""
    hits = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,8}(?: ?[A-Z0-9]{1,3})?\b", text):
        if iban_ok(m.group()):
            hits.append("iban:" + m.group())
    for m in re.finditer(r"\b\d(?:[ -]?\d){12,18}\b", text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            hits.append("card:" + m.group())
    if re.search(r"\bCVV\s*\d{3,4}\b", text):
        hits.append("cvv")
    for m in re.finditer(r"\b\d{6,10}/\d{4}\b", text):
        hits.append("cz-account:" + m.group())
    for m in re.finditer(r"reg\.nr\. \d{4} kontonr\. \d{10}", text):
        hits.append("dk-account:" + m.group())
    for m in re.finditer(r"(?i)(?:password|wachtwoord|passwort|heslo)\s*:\s*\S+", text):
        hits.append("password:" + m.group())
    return hits


def amount(s):
    """Parse 6,412.80 / 5.300,00 / 2 340 000 / 2.160,00 into a float."""
    s = s.replace("\u00a0", " ").replace(" ", "")
    if re.search(r",\d{2}$", s):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    return float(s)


# arithmetic claims: (token identifying the draft, expression over amounts found in the text)
ARITH = [
    ("GGM-24117", ["3,977.10", "2,435.70", "6,412.80"], lambda a, b, c: abs(a + b - c) < 0.005),
    ("GGM-24031", ["3,200.00", "9,600.00"], lambda a, b: abs(3 * a - b) < 0.005),
    ("JA-2026-0871", ["5.300,00", "15.900,00"], lambda a, b: abs(3 * a - b) < 0.005),
    ("RA 2026/0766", ["4.380,00", "4.161,00"], lambda a, b: abs(a * 0.95 - b) < 0.005),
    ("ΠΤ-8777", ["2.400,00", "2.160,00"], lambda a, b: abs(a * 0.9 - b) < 0.005),
    ("ZK-2026/1150", ["2 340 000", "780 000"], lambda a, b: abs(3 * b - a) < 0.005),
    ("WK-26-4377", ["8,000.00", "10,400.00"], lambda a, b: a < b),
]
MONTHS_EN = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July",
                                           "August", "September", "October", "November", "December"], 1)}
MONTHS_DA = {m: i for i, m in enumerate(["januar", "februar", "marts", "april", "maj", "juni", "juli",
                                           "august", "september", "oktober", "november", "december"], 1)}
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_DA = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

cls = Counter()
lang_count = Counter()
multi = 0
for d, l in zip(drafts, labels):
    i = l.get("id")
    if set(d) != {"id", "subject", "body"}:
        bad(f"{i}: draft keys {sorted(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        bad(f"{i}: label keys {sorted(l)}")
        continue
    if not (isinstance(d["subject"], str) and d["subject"].strip() and isinstance(d["body"], str) and d["body"].strip()):
        bad(f"{i}: empty subject/body")
    v = l["violations"]
    if not isinstance(v, list) or any(x not in ORDER for x in v) or len(set(v)) != len(v):
        bad(f"{i}: bad violations {v}")
        continue
    if v != [x for x in ORDER if x in v]:
        bad(f"{i}: violations not in table order")
    if l["allowed"] is not (not v):
        bad(f"{i}: allowed inconsistent with violations")
    if l["lang"] not in LANGS:
        bad(f"{i}: unknown lang {l['lang']}")
    key = "A" if not v else ("M" if len(v) > 1 else KEYS[v[0]])
    m = re.match(r"^\[([A-Z]), ([A-Za-z-]+)\] \S", l["note"])
    if not m or m.group(1) != key or m.group(2) != l["lang"]:
        bad(f"{i}: note prefix should be [{key}, {l['lang']}]: {l['note'][:30]!r}")
    text = d["subject"] + "\n" + d["body"]
    for snip in re.findall(r"⟨([^⟩]+)⟩", l["note"]):
        if snip not in text:
            bad(f"{i}: quoted snippet not in draft: {snip!r}")
    hits = detectors(text)
    if hits and "sensitive_data" not in v:
        bad(f"{i}: sensitive evidence {hits} but not labelled sensitive_data")
    if "sensitive_data" in v and not hits and "another customer" not in l["note"]:
        bad(f"{i}: labelled sensitive_data without detectable evidence")
    for m2 in re.finditer(r"\+\+\+(\d{3})/(\d{4})/(\d{5})\+\+\+", text):
        digits = "".join(m2.groups())
        if (int(digits[:10]) % 97 or 97) != int(digits[10:]):
            bad(f"{i}: invalid structured communication {m2.group()}")
    for m2 in re.finditer(r"ZZ-(\d{4})-(\d{4}).*?variabilní symbol (\d+)", text, re.S):
        if m2.group(3) != m2.group(1) + m2.group(2):
            bad(f"{i}: variable symbol {m2.group(3)} does not match ZZ-{m2.group(1)}-{m2.group(2)}")
    for tok, amts, rel in ARITH:
        if tok in text:
            for a in amts:
                if a not in text:
                    bad(f"{i}: amount {a} expected in draft {tok}")
            if all(a in text for a in amts) and not rel(*[amount(a) for a in amts]):
                bad(f"{i}: arithmetic claim fails for {tok}")
    for m2 in re.finditer(r"\b(" + "|".join(WD_EN) + r") (\d{1,2}) (" + "|".join(MONTHS_EN) + r") (\d{4})", text):
        dt = date(int(m2.group(4)), MONTHS_EN[m2.group(3)], int(m2.group(2)))
        if WD_EN[dt.weekday()] != m2.group(1):
            bad(f"{i}: weekday wrong in {m2.group()}")
    for m2 in re.finditer(r"\b(" + "|".join(WD_DA) + r") den (\d{1,2})\. (" + "|".join(MONTHS_DA) + r") (\d{4})", text):
        dt = date(int(m2.group(4)), MONTHS_DA[m2.group(3)], int(m2.group(2)))
        if WD_DA[dt.weekday()] != m2.group(1):
            bad(f"{i}: weekday wrong in {m2.group()}")
    for x in v:
        cls[x] += 1
    multi += len(v) > 1
    lang_count[l["lang"]] += 1

n_allowed = sum(1 for l in labels if l.get("allowed") is True)
if not 36 <= n_allowed <= 44:
    bad(f"allowed count {n_allowed} not about 40")
for x in ORDER:
    if not 5 <= cls[x] <= 9:
        bad(f"class {x} has {cls[x]} drafts (want 5-9)")
if multi < 3:
    bad(f"only {multi} drafts with two violations")
for lg in LANGS:
    if lang_count[lg] < 4:
        bad(f"language {lg} has only {lang_count[lg]} drafts")
for d in drafts:
    for dom in re.findall(r"https?://([^/\s]+)", d["body"]) + re.findall(r"@([\w.-]+)", d["body"]):
        if not dom.rstrip(".").endswith(".example"):
            bad(f"{d['id']}: non-example domain {dom}")

if problems:
    print("\n".join(problems))
    print(f"FAIL: {len(problems)} problem(s)")
    sys.exit(1)
print(f"OK: 80 drafts, {n_allowed} allowed, classes {dict(cls)}, {multi} with two violations")
