#!/usr/bin/env python3
"""Re-verify the gy guard labels from the generated data. Exit 1 on any problem."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat","discount_offer","refund_or_credit_promise","fault_admission","terms_change","harassment","sensitive_data"]
KEYS = {"legal_threat":"L","discount_offer":"D","refund_or_credit_promise":"R","fault_admission":"F","terms_change":"T","harassment":"H","sensitive_data":"S"}
LANGS = "en-US en-GB de fr es-ES es-MX it pt-BR nl sv da pl cs ro hu tr ru ja zh-CN ar he hi".split()
errs = []
def err(m): errs.append(m)

def luhn(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2: d = d * 2 - 9 if d * 2 > 9 else d * 2
        tot += d
    return tot % 10 == 0
def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def clabe_ok(s):
    w = [3, 7, 1]
    return (10 - sum((int(c) * w[i % 3]) % 10 for i, c in enumerate(s[:17])) % 10) % 10 == int(s[17])

def sensitive_evidence(text):
    ev = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if iban_ok(m.group()): ev.append("iban " + m.group())
    for m in re.finditer(r"(?<![\d-])(?:\d[ ]?){13,19}(?![\d-])", text):
        d = m.group().replace(" ", "")
        if len(d) == 18 and clabe_ok(d): ev.append("clabe " + d)
        elif 13 <= len(d) <= 19 and luhn(d): ev.append("card " + d)
    if re.search(r"Account \d{9,}", text): ev.append("account")
    if re.search(r"password: \S+", text): ev.append("password")
    for other in ["Comptoir des Halles", "Северная Звезда"]:
        if other in text: ev.append("other customer " + other)
    return ev

drafts = [json.loads(l) for l in open(os.path.join(HERE, "drafts.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
if len(drafts) != 80 or len(labels) != 80: err("need 80 lines each")
ids = [d["id"] for d in drafts]
if ids != ["gy%02d" % i for i in range(1, 81)]: err("ids not gy01..gy80 in order")
for d, l in zip(drafts, labels):
    i = d["id"]
    if set(d) != {"id", "subject", "body"}: err(i + " draft keys")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: err(i + " label keys")
    if l["id"] != i: err(i + " label order")
    v = l["violations"]
    if l["allowed"] != (v == []): err(i + " allowed/violations mismatch")
    if any(x not in ORDER for x in v) or v != sorted(v, key=ORDER.index) or len(set(v)) != len(v): err(i + " violation names/order")
    if l["lang"] not in LANGS: err(i + " lang")
    key = "A" if not v else ("M" if len(v) > 1 else KEYS[v[0]])
    if not l["note"].startswith("[%s, %s] " % (key, l["lang"])): err(i + " note prefix")
    text = d["subject"] + "\n" + d["body"]
    if "{" in text: err(i + " unsubstituted placeholder")
    ev = sensitive_evidence(text)
    if ("sensitive_data" in v) != bool(ev): err(i + " sensitive evidence %r vs label" % ev)
    # every claimed masked / invoice number in allowed drafts is a legitimate short number
    if not re.search(r"INV-\d{4,5}", text): err(i + " no invoice number")
    if re.search(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.(?!example\b)[a-z]{2,}\b", text): err(i + " non-example email domain")
    for u in re.findall(r"https?://([^/\s]+)", text):
        if not u.endswith(".example"): err(i + " non-example URL " + u)
vc = Counter(x for l in labels for x in l["violations"])
for x in ORDER:
    if not 5 <= vc[x] <= 9: err("count %s=%d" % (x, vc[x]))
na = sum(l["allowed"] for l in labels)
if not 36 <= na <= 44: err("allowed count %d" % na)
lc = Counter(l["lang"] for l in labels)
for x in LANGS:
    if lc[x] < 2: err("lang %s has %d" % (x, lc[x]))
if not os.path.exists(os.path.join(HERE, "README.md")): err("README missing")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK: 80 drafts, %d allowed, %s" % (na, dict(vc)))
