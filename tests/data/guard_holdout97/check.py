#!/usr/bin/env python3
"""Re-verify the pq guard set. Exits non-zero on any problem."""
import json, os, re, sys
from collections import Counter
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEY = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
       "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
LANGS = {"en-GB", "en-AU", "de", "fr-CA", "es-CO", "it", "pt-PT", "nl", "fi", "cs", "hu", "tr", "ar", "zh-TW", "ja"}
here = os.path.dirname(os.path.abspath(__file__))
errs = []
def E(m): errs.append(m)
drafts = [json.loads(l) for l in open(os.path.join(here, "drafts.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(here, "labels.jsonl"), encoding="utf-8")]
FINAL = os.environ.get("PARTIAL") is None
if FINAL and len(drafts) != 80: E(f"expected 80 drafts, got {len(drafts)}")
if len(drafts) != len(labels): E("length mismatch")
exp_ids = [f"pq{i:02d}" for i in range(1, len(drafts) + 1)]
if [d["id"] for d in drafts] != exp_ids: E("draft ids not pq01.. in order")

def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()][::-1]
    return sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(ds)) % 10 == 0
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
CARD_RE = re.compile(r"\b(?:\d{4}[ -]){3}\d{4}\b|\b\d{16}\b")

AMT_RE = re.compile(r"\d{1,3}(?:[ ,.\u00a0]\d{3})+(?:[.,]\d{2})?|\d+(?:[.,]\d{2})?")
def num(t):
    t = t.strip().replace("\u00a0", " ").replace(" ", "")
    if "," in t and "." in t:
        dec = "," if t.rfind(",") > t.rfind(".") else "."
    elif re.search(r"[.,]\d{2}$", t): dec = t[-3]
    else: dec = None
    if dec:
        t = t.replace("," if dec == "." else ".", "").replace(dec, ".")
    else:
        t = t.replace(",", "").replace(".", "") if re.search(r"[.,]\d{3}", t) else t
    return float(t)
ncalc = 0
vc = Counter(); lc = Counter(); nallowed = 0
for d, l in zip(drafts, labels):
    i = d["id"]
    if set(d) != {"id", "subject", "body"}: E(f"{i}: draft keys {set(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: E(f"{i}: label keys {set(l)}")
    if l["id"] != i: E(f"{i}: label id {l['id']}")
    v = l["violations"]
    if l["allowed"] != (v == []): E(f"{i}: allowed/violations mismatch")
    if any(x not in ORDER for x in v): E(f"{i}: unknown violation {v}")
    if v != sorted(v, key=ORDER.index) or len(set(v)) != len(v): E(f"{i}: violations not in table order / dup")
    if l["lang"] not in LANGS: E(f"{i}: lang {l['lang']}")
    key = "A" if not v else (KEY[v[0]] if len(v) == 1 else "M")
    m = re.match(r"^\[([A-Z]), ([A-Za-z-]+)\] ", l["note"])
    if not m: E(f"{i}: note prefix")
    else:
        if m.group(1) != key: E(f"{i}: note key {m.group(1)} != {key}")
        if m.group(2) != l["lang"]: E(f"{i}: note lang {m.group(2)} != {l['lang']}")
    text = d["subject"] + "\n" + d["body"]
    quotes = re.findall(r'"([^"]+)"', l["note"])
    if not quotes: E(f"{i}: note has no quoted evidence")
    for q in quotes:
        if q not in text: E(f"{i}: quoted evidence not in text: {q!r}")
    for calc in re.findall(r"\{calc: ([^}]+)\}", l["note"]):
        lhs, rhs = calc.split(" = ")
        op = " + " if " + " in lhs else " x "
        a, b = lhs.split(op)
        va, vb, vr = num(a), num(b), num(rhs)
        got = va + vb if op == " + " else va * vb
        if abs(got - vr) > 0.005: E(f"{i}: calc {calc} gives {got}")
        for tok in (a, b, rhs):
            if num(tok) >= 100 and not any(num(t) == num(tok) for t in AMT_RE.findall(text)):
                E(f"{i}: calc amount {tok} not in text")
        ncalc += 1
    if not d["subject"].strip() or len(d["body"]) < 60: E(f"{i}: empty subject/short body")
    # sensitive-number consistency
    ibans = [x for x in IBAN_RE.findall(text) if sum(c.isdigit() for c in x) >= 12]
    stripped = IBAN_RE.sub(" ", text)
    cards = CARD_RE.findall(stripped)
    for x in ibans:
        if not iban_ok(x): E(f"{i}: IBAN with bad check digits {x}")
    for x in cards:
        if not luhn_ok(x): E(f"{i}: card not Luhn-valid {x}")
    if (ibans or cards) and "sensitive_data" not in v: E(f"{i}: full IBAN/card present but not labelled sensitive_data")
    vc.update(v); lc[l["lang"]] += 1; nallowed += l["allowed"]
    # a note marked [S] for a number must contain that number
    if "sensitive_data" in v and not (ibans or cards):
        if not re.search(r"(?i)passw|CVV|CVC|expir|another customer|Passwort|senha|contraseña|mot de passe|salasana|heslo|jelszó|şifre|كلمة المرور|密碼|パスワード|有効期限|customer", l["note"]):
            E(f"{i}: sensitive_data without number; note must say which kind")

if FINAL:
    if not 35 <= nallowed <= 45: E(f"allowed count {nallowed}")
    for k in ORDER:
        if not 5 <= vc[k] <= 9: E(f"violation {k} count {vc[k]}")
    if set(lc) != LANGS: E(f"langs missing {LANGS - set(lc)}")
# README present and counts agree
rp = os.path.join(here, "README.md")
if not os.path.exists(rp): E("README.md missing")
else:
    r = open(rp, encoding="utf-8").read()
    for k in ORDER:
        if f"| `{k}` | {vc[k]} |" not in r: E(f"README count for {k} stale")
print(f"{ncalc} arithmetic claims verified")
print(f"{len(drafts)} drafts, {nallowed} allowed; " + ", ".join(f"{k}={vc[k]}" for k in ORDER))
print(dict(sorted(lc.items())))
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("OK")
