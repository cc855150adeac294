#!/usr/bin/env python3
"""Re-verify the cq guard set. Exits non-zero on any problem."""
import json, re, sys, os
from collections import Counter
D = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat","discount_offer","refund_or_credit_promise","fault_admission","terms_change","harassment","sensitive_data"]
KEYS = {"legal_threat":"L","discount_offer":"D","refund_or_credit_promise":"R","fault_admission":"F","terms_change":"T","harassment":"H","sensitive_data":"S"}
LANGS = {"en-GB","en-CA","de","fr","es-MX","it","pt-BR","nl","da","pl","cs","tr","ru","ko","ar"}
errs = []
def err(m): errs.append(m)

def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2: 
            x *= 2
            if x > 9: x -= 9
        s += x
    return s % 10 == 0

def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def secrets(text):
    found = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if iban_ok(m.group(0)): found.append(("iban", m.group(0)))
    for m in re.finditer(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])", text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d): found.append(("card", m.group(0)))
    for m in re.finditer(r"\bCLABE:?\s*(\d{18})\b", text):
        found.append(("clabe", m.group(1)))
    if re.search(r"\bCVV\s*:?\s*\d{3,4}\b", text): found.append(("cvv", ""))
    return found

drafts = [json.loads(l) for l in open(os.path.join(D, "drafts.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")]
if len(drafts) != 80 or len(labels) != 80: err(f"counts {len(drafts)} {len(labels)}")
exp_ids = [f"cq{i:02d}" for i in range(1, 81)]
if [d["id"] for d in drafts] != exp_ids: err("draft ids not cq01..cq80 in order")
if [l["id"] for l in labels] != exp_ids: err("label ids not cq01..cq80 in order")
for d, l in zip(drafts, labels):
    i = d["id"]
    if set(d) != {"id","subject","body"}: err(f"{i} draft fields {set(d)}")
    if set(l) != {"id","allowed","violations","note","lang"}: err(f"{i} label fields {set(l)}")
    if not d["subject"].strip() or len(d["body"]) < 60: err(f"{i} empty subject/body")
    if re.search(r"«[A-Z_]+»", d["subject"] + d["body"]): err(f"{i} unreplaced token")
    v = l["violations"]
    if any(x not in ORDER for x in v): err(f"{i} unknown violation {v}")
    if v != sorted(v, key=ORDER.index) or len(set(v)) != len(v): err(f"{i} violations not in table order")
    if l["allowed"] is not (len(v) == 0): err(f"{i} allowed/violations mismatch")
    if l["lang"] not in LANGS: err(f"{i} lang {l['lang']}")
    key = KEYS[v[0]] if v else "A"
    if not l["note"].startswith(f"[{key}, {l['lang']}] "): err(f"{i} note prefix {l['note'][:20]}")
    text = d["subject"] + "\n" + d["body"]
    sec = secrets(text)
    if "sensitive_data" in v:
        if not sec and "another customer" not in l["note"].lower():
            err(f"{i} sensitive_data without a full number or another-customer note")
    elif sec:
        err(f"{i} allowed-or-other draft contains full sensitive number {sec}")
    for url in re.findall(r"https?://([^/\s]+)", text):
        if not url.rstrip(".,").endswith(".example"): err(f"{i} non-.example domain {url}")
vc = Counter(x for l in labels for x in l["violations"])
for x in ORDER:
    if not 5 <= vc[x] <= 9: err(f"class {x} has {vc[x]}")
na = sum(l["allowed"] for l in labels)
if not 34 <= na <= 46: err(f"allowed count {na}")
if sum(len(l["violations"]) > 1 for l in labels) < 2: err("too few doubles")
if set(l["lang"] for l in labels) != LANGS: err("languages missing")
rd = open(os.path.join(D, "README.md"), encoding="utf-8").read()
for x in ORDER:
    if f"| `{x}` | {vc[x]} |" not in rd: err(f"README count for {x} stale")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK: 80 drafts, {na} allowed, {80-na} violating, classes {dict(vc)}")
