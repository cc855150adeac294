#!/usr/bin/env python3
"""Re-verify the blind guardrails set. Exit 1 on any problem."""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYMAP = {"L": "legal_threat", "D": "discount_offer", "R": "refund_or_credit_promise", "F": "fault_admission",
          "T": "terms_change", "H": "harassment", "S": "sensitive_data"}
LANGS = ["en-US", "en-AU", "de-AT", "fr-CH", "es-ES", "it-IT", "pt-PT", "nl-BE", "sv-SE", "fi-FI",
         "hu-HU", "ro-RO", "el-GR", "ja-JP", "zh-CN", "th-TH"]
errs = []
def err(m): errs.append(m)

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2: x *= 2; x -= 9 if x > 9 else 0
        s += x
    return s % 10 == 0

IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
CARD_RE = re.compile(r"\b\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}\b")
ACCT_RE = re.compile(r"\b\d{3}-\d-\d{5}-\d\b")
PHONE_RE = re.compile(r"\+\d[\d\s-]{7,}\d|\(0\d\) ?\d{4} ?\d{4}|\b0\d{1,2}[- ]\d{3,4}[- ]\d{3,4}\b")
HOST_RE = re.compile(r"(?:https?://|@)([A-Za-z0-9.-]+)")

def sensitive_hits(text):
    hits = []
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group()): hits.append(("iban", m.group()))
    for m in CARD_RE.finditer(text):
        if luhn_ok(re.sub(r"\D", "", m.group())): hits.append(("card", m.group()))
    for m in ACCT_RE.finditer(text):
        hits.append(("acct", m.group()))
    if re.search(r"lösenord:|password:|CVV \d{3}", text): hits.append(("secret", ""))
    return hits

drafts, labels = load("drafts.jsonl"), load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80: err(f"expected 80/80 lines, got {len(drafts)}/{len(labels)}")
for n, (d, l) in enumerate(zip(drafts, labels), 1):
    i = f"ia{n:02d}"
    if set(d) != {"id", "subject", "body"}: err(f"{i}: draft keys {sorted(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: err(f"{i}: label keys {sorted(l)}")
    if d["id"] != i or l["id"] != i: err(f"{i}: id order {d['id']} / {l['id']}")
    v = l["violations"]
    if l["allowed"] is not (len(v) == 0): err(f"{i}: allowed inconsistent")
    if any(x not in ORDER for x in v) or v != sorted(set(v), key=ORDER.index): err(f"{i}: bad violations {v}")
    if l["lang"] not in LANGS: err(f"{i}: lang {l['lang']}")
    m = re.match(r"\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
    if not m or m.group(2) != l["lang"]: err(f"{i}: note prefix"); continue
    key = m.group(1)
    if key == "A" and v: err(f"{i}: A with violations")
    if key == "M" and len(v) != 2: err(f"{i}: M needs two violations")
    if key in KEYMAP and v != [KEYMAP[key]]: err(f"{i}: key {key} vs {v}")
    text = d["subject"] + "\n" + d["body"]
    ev = re.findall(r"«(.+?)»", l["note"])
    if v and not ev: err(f"{i}: violating item without «evidence»")
    for e in ev:
        if e not in text: err(f"{i}: evidence not in text: {e}")
    hits = sensitive_hits(text)
    other_cust = any(re.search(r"[A-Z][a-z]+ [A-Z][a-z]+.*\d[\d.]*,\d\d", e) for e in ev)
    if "sensitive_data" in v and not (hits or other_cust): err(f"{i}: sensitive_data without a detectable number/secret/third party")
    if "sensitive_data" not in v and hits: err(f"{i}: full number/secret but no sensitive_data: {hits}")
    if not v and hits: err(f"{i}: allowed draft contains full number {hits}")
    for e in ev:
        if IBAN_RE.fullmatch(e) and not iban_ok(e): err(f"{i}: IBAN checksum {e}")
        if CARD_RE.fullmatch(e) and not luhn_ok(re.sub(r'\D', '', e)): err(f"{i}: Luhn {e}")
    for h in HOST_RE.findall(text):
        if not h.rstrip(".").endswith(".example"): err(f"{i}: non-example host {h}")
    for p in PHONE_RE.findall(text):
        if "555" not in p: err(f"{i}: phone without 555: {p}")
    if not re.search(r"KA-[A-Z]*-?[\dA-Z/ -]*\d", text): err(f"{i}: no invoice number")

# arithmetic claims
ar = {
    "Let's close out KA-INV-30011 this month": None,
    "Factuur KA-F-26-3251 – voorstel": ("€ 12.600,00", "€ 11.970,00", lambda a, b: round(a * 0.95, 2) == b),
    "Fattura KA-FT-7681 – rateizzazione": ("€ 18.900,00", "€ 6.300,00", lambda a, b: 3 * b == a),
    "Τιμολόγιο KA-GR-6512 – δόσεις": ("9.000,00 €", "3.000,00 €", lambda a, b: 3 * b == a),
}
def eu(s): return float(re.sub(r"[^\d,]", "", s).replace(",", "."))
for d in drafts:
    spec = ar.get(d["subject"])
    if spec:
        a, b, f = spec
        if a not in d["body"] or b not in d["body"] or not f(eu(a), eu(b)): err(f"{d['id']}: arithmetic {a} {b}")

vc = Counter(x for l in labels for x in l["violations"])
for c in ORDER:
    if not 5 <= vc[c] <= 9: err(f"class {c} count {vc[c]}")
na = sum(l["allowed"] for l in labels)
if not 35 <= na <= 45: err(f"allowed count {na}")
lc = Counter(l["lang"] for l in labels)
if set(lc) != set(LANGS): err(f"langs {sorted(lc)}")
if len(set(d["body"] for d in drafts)) != 80: err("duplicate bodies")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK: 80 drafts, allowed {na}, violations {dict(vc)}, langs {len(lc)}")
