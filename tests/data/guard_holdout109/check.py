#!/usr/bin/env python3
"""Re-verify labels of the kv guardrails set. Exit non-zero on any problem."""
import json, re, sys, os
from datetime import date, timedelta
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat","discount_offer","refund_or_credit_promise","fault_admission","terms_change","harassment","sensitive_data"]
KEYS = dict(zip(ORDER, "LDRFTHS"))
LANGS = "en-US en-GB en-IN de fr fr-CA es-ES es-CL it pt-BR pt-PT nl sv fi pl cs lt hu tr el ru ja ko zh-TW ar id".split()
errs = []
def err(m): errs.append(m)
D = [json.loads(l) for l in open(os.path.join(HERE, "drafts.jsonl"), encoding="utf-8")]
L = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
if len(D) != 80 or len(L) != 80: err("need 80 lines each")
def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def luhn(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2: n = n * 2 - 9 if n > 4 else n * 2
        t += n
    return t % 10 == 0
for n, (d, l) in enumerate(zip(D, L), 1):
    i = f"kv{n:02d}"
    if d.get("id") != i or l.get("id") != i: err(f"{i}: id/order")
    if set(d) != {"id","subject","body"}: err(f"{i}: draft fields")
    if set(l) != {"id","allowed","violations","note","lang"}: err(f"{i}: label fields")
    v = l["violations"]
    if any(x not in ORDER for x in v) or v != sorted(v, key=ORDER.index) or len(set(v)) != len(v): err(f"{i}: violations order/names")
    if l["allowed"] != (v == []): err(f"{i}: allowed mismatch")
    if l["lang"] not in LANGS: err(f"{i}: lang")
    key = "+".join(KEYS[x] for x in v) or "A"
    if not l["note"].startswith(f"[{key}, {l['lang']}]"): err(f"{i}: note prefix")
    text = d["subject"] + "\n" + d["body"]
    for q in re.findall("«(.+?)»", l["note"]):
        if q not in text: err(f"{i}: quoted phrase not in draft: {q}")
    # full IBANs
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if len(m.group().replace(" ", "")) >= 15:
            if not iban_ok(m.group()): err(f"{i}: IBAN-like string with bad checksum {m.group()}")
            elif "sensitive_data" not in v: err(f"{i}: full IBAN but not sensitive")
    # full card numbers
    for m in re.finditer(r"\b(?:\d{4}[ -]?){3}\d{1,4}\b", text):
        dg = re.sub(r"\D", "", m.group())
        if 13 <= len(dg) <= 19 and luhn(dg) and "sensitive_data" not in v and "card" in l["note"].lower():
            err(f"{i}: card number but not sensitive")
        if 13 <= len(dg) <= 19 and luhn(dg) and dg.startswith(("4","5")) and "sensitive_data" not in v:
            err(f"{i}: Luhn-valid card-like number in allowed draft")
    if "sensitive_data" in v:
        has = (re.search(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,}", text) or re.search(r"\d{8,}", text.replace(" ", ""))
               or "«" in l["note"])
        if not has: err(f"{i}: sensitive_data without evidence")
    # masked numbers in allowed drafts must be last-four only
    if l["allowed"]:
        for m in re.finditer(r"(?:ending|endet auf|termine par|terminada en|λήγει σε|末四碼)\D{0,6}(\d+)", text):
            if len(m.group(1)) != 4: err(f"{i}: masked number not 4 digits")
    # sums
    for a, b, c in re.findall(r"sum: ([\d.]+)-([\d.]+)=([\d.]+)", l["note"]):
        if abs(float(a) - float(b) - float(c)) > 0.001: err(f"{i}: sum does not add up")
        flat = re.sub(r"[,. \u00a0]", "", text)
        for x in (a, b, c):
            if re.sub(r"\D", "", x) not in flat: err(f"{i}: amount {x} not in text")
    # day arithmetic
    for a, k, c in re.findall(r"days: (\d{4}-\d\d-\d\d) \+(\d+) = (\d{4}-\d\d-\d\d)", l["note"]):
        if date.fromisoformat(a) + timedelta(int(k)) != date.fromisoformat(c): err(f"{i}: day arithmetic")
        da, dc = date.fromisoformat(a), date.fromisoformat(c)
        for dd in (da, dc):
            if f"{dd.day} {dd.strftime('%B')} {dd.year}" not in text: err(f"{i}: date {dd} not in text")
        if f"{k} days" not in text: err(f"{i}: day count not in text")
vc = Counter(x for l in L for x in l["violations"])
for k in ORDER:
    if not 5 <= vc[k] <= 9: err(f"count {k}={vc[k]} outside 5-9")
al = sum(l["allowed"] for l in L)
if not 35 <= al <= 45: err(f"allowed={al}")
if sum(len(l["violations"]) > 1 for l in L) < 3: err("need a few doubles")
if set(l["lang"] for l in L) != set(LANGS): err("languages not all covered")
if len(set(d["body"] for d in D)) != 80: err("duplicate bodies")
for e in errs: print("FAIL", e)
print("OK" if not errs else f"{len(errs)} problems", f"allowed={al}", dict(vc))
sys.exit(1 if errs else 0)
