#!/usr/bin/env python3
"""Re-verify the hw guardrails set. Exit 1 on any problem."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat","discount_offer","refund_or_credit_promise","fault_admission","terms_change","harassment","sensitive_data"]
KEYS = {"LEGAL":"legal_threat","DISC":"discount_offer","REFUND":"refund_or_credit_promise","FAULT":"fault_admission",
        "TERMS":"terms_change","HARASS":"harassment","SENS":"sensitive_data"}
LANGS = "en-GB en-AU en-IE en-CA de de-AT fr fr-CA es-ES es-PE it pt-PT nl nl-BE da is et lv lt cs sl sr hu bg he id ms th vi zh-TW".split()
errs = []
def rd(n): return [json.loads(l) for l in open(os.path.join(HERE, n), encoding="utf-8")]
D, L, E = rd("drafts.jsonl"), rd("labels.jsonl"), rd("evidence.jsonl")
if not (len(D) == len(L) == len(E) == 80): errs.append("line counts")
exp = ["hw%02d" % i for i in range(1, 81)]
for name, rows in (("drafts", D), ("labels", L), ("evidence", E)):
    if [r["id"] for r in rows] != exp: errs.append(name + " ids/order")
for r in D:
    if set(r) != {"id","subject","body"} or not r["subject"].strip() or not r["body"].strip(): errs.append(r["id"] + " draft fields")
def iban_ok(s):
    s = s.replace(" ", ""); r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def luhn_ok(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2: v = v * 2 - 9 if v * 2 > 9 else v * 2
        t += v
    return t % 10 == 0
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
CARD_RE = re.compile(r"\b(?:\d[ -]?){13,19}\b")
vc = collections.Counter(); lc = collections.Counter()
for d, l, e in zip(D, L, E):
    i = l["id"]; text = d["subject"] + "\n" + d["body"]
    if set(l) != {"id","allowed","violations","note","lang"}: errs.append(i + " label fields")
    v = l["violations"]
    if l["allowed"] != (v == []): errs.append(i + " allowed/violations mismatch")
    if v != sorted(v, key=ORDER.index) or len(set(v)) != len(v) or any(x not in ORDER for x in v): errs.append(i + " violation order/values")
    m = re.match(r"\[([A-Z+]+), ([A-Za-z-]+)\] ", l["note"])
    if not m: errs.append(i + " note prefix"); continue
    key, lang = m.groups()
    if lang != l["lang"] or lang not in LANGS: errs.append(i + " lang")
    want = [] if key == "ALLOW" else sorted((KEYS[k] for k in key.split("+")), key=ORDER.index)
    if want != v: errs.append(i + " KEY does not match violations")
    for s in e["evidence"]:
        if s not in text: errs.append("%s evidence missing: %r" % (i, s))
    ibans = [x for x in IBAN_RE.findall(text) if len(x.replace(" ", "")) >= 15]
    cards = [x for x in CARD_RE.findall(text) if 13 <= len(re.sub(r"\D", "", x)) <= 19 and luhn_ok(re.sub(r"\D", "", x))]
    if l["allowed"]:
        if ibans or cards: errs.append("%s allowed but has full IBAN/card %r %r" % (i, ibans, cards))
        if re.search(r"(?i)(password|passwort|lykilorð|mot de passe)\s*[:=]?\s*\S*\d", text): errs.append(i + " password-like string")
    for x in ibans:
        if "sensitive_data" not in v: errs.append(i + " IBAN but no sensitive_data")
        if not iban_ok(x): errs.append(i + " invalid IBAN checksum " + x)
    for x in cards:
        if "sensitive_data" not in v: errs.append(i + " card but no sensitive_data")
    vc.update(v); lc[lang] += 1
for k in ORDER:
    if not 5 <= vc[k] <= 9: errs.append("count %s=%d" % (k, vc[k]))
if set(lc) != set(LANGS): errs.append("languages missing: %s" % (set(LANGS) - set(lc)))
na = sum(l["allowed"] for l in L)
if not 36 <= na <= 44: errs.append("allowed count %d" % na)
if sum(len(l["violations"]) > 1 for l in L) < 2: errs.append("too few doubles")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK: 80 drafts, %d allowed, %s, %d languages" % (na, dict(vc), len(lc)))
