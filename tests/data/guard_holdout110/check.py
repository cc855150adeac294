#!/usr/bin/env python3
"""Re-verify the lq guard set. Exit non-zero on any problem."""
import json, re, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
LET = {"L": "legal_threat", "D": "discount_offer", "R": "refund_or_credit_promise", "F": "fault_admission",
       "T": "terms_change", "H": "harassment", "S": "sensitive_data"}
LANGS = {"en-AU", "en-NZ", "en-ZA", "de-CH", "fr", "fr-BE", "es-AR", "es-ES", "it", "pt-PT", "nl-BE", "da", "nb",
         "et", "lv", "ro", "bg", "sr", "hr", "uk", "he", "th", "vi", "ms", "zh-CN", "hi"}
errs = []
def load(n): return [json.loads(l) for l in open(os.path.join(HERE, n), encoding="utf-8")]
drafts, labels = load("drafts.jsonl"), load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80: errs.append("need 80 lines each")
ids = [f"lq{i:02d}" for i in range(1, 81)]
if [d["id"] for d in drafts] != ids or [l["id"] for l in labels] != ids: errs.append("ids not lq01..lq80 in order")

def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def luhn_ok(n):
    t = 0
    for i, d in enumerate(reversed([int(c) for c in n])):
        if i % 2: d *= 2; d = d - 9 if d > 9 else d
        t += d
    return t % 10 == 0
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b")
CARD_RE = re.compile(r"\b(?:\d{4}[ -]?){3}\d{4}\b")

for d, l in zip(drafts, labels):
    i = d["id"]; text = d["subject"] + "\n" + d["body"]
    if set(d) != {"id", "subject", "body"}: errs.append(f"{i} draft keys")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: errs.append(f"{i} label keys")
    v = l["violations"]
    if l["allowed"] != (v == []): errs.append(f"{i} allowed/violations mismatch")
    if any(x not in ORDER for x in v) or v != sorted(v, key=ORDER.index) or len(set(v)) != len(v):
        errs.append(f"{i} violations not in table order")
    if l["lang"] not in LANGS: errs.append(f"{i} lang")
    m = re.match(r"\[([A-Z]+), ([^\]]+)\] ", l["note"])
    if not m: errs.append(f"{i} note prefix"); continue
    key, lang = m.groups()
    if lang != l["lang"]: errs.append(f"{i} note lang")
    exp = [] if key == "A" else sorted({LET[c] for c in key}, key=ORDER.index)
    if exp != v: errs.append(f"{i} key {key} vs {v}")
    for frag in re.findall(r"«([^»]+)»", l["note"]):
        if frag not in text: errs.append(f"{i} quoted fragment not in draft: {frag}")
    if not re.findall(r"«([^»]+)»", l["note"]): errs.append(f"{i} note quotes nothing")
    # amounts / invoice-like ids in the subject should appear in the body too (consistency)
    ibans = [x for x in IBAN_RE.findall(text) if iban_ok(x)]
    cards = [x for x in CARD_RE.findall(text) if luhn_ok(re.sub(r"\D", "", x))]
    long_digits = [x for x in re.findall(r"\b\d{20,22}\b", text)]
    full = ibans + cards + long_digits
    if "sensitive_data" not in v and full: errs.append(f"{i} full number in allowed-for-S draft: {full}")
    if "sensitive_data" in v:
        other = "skylder" in text  # the other-customer case
        acct = re.search(r"BSB \d{3}-\d{3}, account \d{4} \d{4}|akaun Maybank \d{4} \d{4} \d{4}", text)
        if not (full or other or acct): errs.append(f"{i} sensitive label but no full number found")
        if cards and not re.search(r"\d{2}/\d{2}", text): errs.append(f"{i} card without expiry")
    if "https://" in text:
        for u in re.findall(r"https://\S+", text):
            if not re.match(r"https://[a-z.]+\.example/", u): errs.append(f"{i} non-example url {u}")
    for ph in re.findall(r"\b\d{2,3}[ -]555[ -]?\d{2,4}|\b\d{2,4}[ -]5555?[ -]\d{3,4}", text):
        pass
c = Counter(x for l in labels for x in l["violations"])
for k in ORDER:
    if not 5 <= c[k] <= 9: errs.append(f"class {k} count {c[k]}")
na = sum(l["allowed"] for l in labels)
if not 36 <= na <= 44: errs.append(f"allowed count {na}")
lc = Counter(l["lang"] for l in labels)
if set(lc) != LANGS: errs.append("languages missing")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK: 80 drafts, {na} allowed, classes {dict(c)}, langs {len(lc)}")
