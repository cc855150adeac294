#!/usr/bin/env python3
"""Re-verify the uv guardrails set: formats, ids, label consistency, counts, quoted evidence,
and sensitive-number detectors (IBAN mod-97, Luhn) against the labels. Exit 1 on any problem."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"A": None, "L": "legal_threat", "D": "discount_offer", "R": "refund_or_credit_promise",
        "F": "fault_admission", "T": "terms_change", "H": "harassment", "S": "sensitive_data", "M": "multi"}
LANGS = ["en-GB", "en-US", "de", "fr", "es-ES", "it", "pt-BR", "nl", "sv", "pl", "ru", "ja", "ar"]
errors = []
def err(m): errors.append(m)

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2: x *= 2; x -= 9 if x > 9 else 0
        tot += x
    return tot % 10 == 0

def sensitive_hits(text):
    hits = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if iban_ok(m.group(0)): hits.append(("iban", m.group(0)))
    for m in re.finditer(r"(?<![\dA-Z])\d{2}(?: \d{4}){6}(?!\d)", text):  # Polish NRB (26 digits)
        if iban_ok("PL" + m.group(0)): hits.append(("nrb", m.group(0)))
    for m in re.finditer(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)", text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d) and d[0] in "3456": hits.append(("card", m.group(0)))
    for m in re.finditer(r"(?i)\b(passwor[dt]|senha|mot de passe|contraseña|lösenord|hasło|пароль)\s*:\s*\S+", text):
        hits.append(("password", m.group(0)))
    if re.search(r"(CVV|CVC|رمز التحقق)\s*:?\s*\d{3,4}", text): hits.append(("cvv", "cvv"))
    return hits

drafts, labels = load("drafts.jsonl"), load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80: err(f"expected 80/80 lines, got {len(drafts)}/{len(labels)}")
exp_ids = [f"uv{i:02d}" for i in range(1, 81)]
if sorted(d["id"] for d in drafts) != exp_ids: err("draft ids are not uv01..uv80")
for d, l in zip(drafts, labels):
    i = d["id"]
    if set(d) != {"id", "subject", "body"}: err(f"{i}: draft keys {sorted(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: err(f"{i}: label keys {sorted(l)}")
    if l["id"] != i: err(f"{i}: label order mismatch ({l['id']})")
    if not d["subject"].strip() or not d["body"].strip(): err(f"{i}: empty subject/body")
    if re.search(r"(?m)^[ \t]+\S", d["body"]) or d["body"] != d["body"].strip():
        err(f"{i}: body has leading indentation or surrounding whitespace")
    v = l["violations"]
    if any(x not in ORDER for x in v): err(f"{i}: unknown violation {v}")
    if len(set(v)) != len(v): err(f"{i}: duplicate violation")
    if v != sorted(v, key=ORDER.index): err(f"{i}: violations not in table order")
    if l["allowed"] is not (len(v) == 0): err(f"{i}: allowed/violations inconsistent")
    if l["lang"] not in LANGS: err(f"{i}: bad lang {l['lang']}")
    m = re.match(r"\[([A-Z]), ([A-Za-z-]+)\] ", l["note"])
    if not m: err(f"{i}: note prefix"); continue
    key, nlang = m.groups()
    if nlang != l["lang"]: err(f"{i}: note lang {nlang} != {l['lang']}")
    if key not in KEYS: err(f"{i}: bad key {key}")
    elif key == "A" and v: err(f"{i}: key A but violations")
    elif key == "M" and len(v) < 2: err(f"{i}: key M but {v}")
    elif key not in ("A", "M") and v != [KEYS[key]]: err(f"{i}: key {key} but {v}")
    text = d["subject"] + "\n" + d["body"]
    for q in re.findall(r"`([^`]+)`", l["note"]):       # quoted evidence must be verbatim
        if q not in text: err(f"{i}: note quotes {q!r}, not in draft")
    for par in re.findall(r"[（(]([^()（）]*\d[^()（）]*)[)）]", d["subject"]):  # subject amounts in body
        if par not in d["body"]: err(f"{i}: subject amount {par!r} not in body")
    if not re.search(r"WS-\d{5}", text): err(f"{i}: no invoice number")
    hits = sensitive_hits(text)
    if os.environ.get("SHOW_HITS") and hits: print(i, hits)
    if "sensitive_data" in v:
        if not hits and not re.search(r"`[^`]+`.*`[^`]+`", l["note"]):
            err(f"{i}: sensitive_data but no detectable number/password and no quoted name+balance")
    elif hits:
        err(f"{i}: unlabelled sensitive data {hits}")
    # masked numbers in allowed drafts must really be masked (no run of >= 12 digits at all)
    if l["allowed"] and re.search(r"\d(?:[ -]?\d){11,}", text.replace("WS-", "")):
        err(f"{i}: allowed draft contains a long digit run")

cls = collections.Counter(x for l in labels for x in l["violations"])
for c in ORDER:
    if not 5 <= cls[c] <= 9: err(f"class {c}: {cls[c]} drafts (want 5-9)")
na = sum(l["allowed"] for l in labels)
if not 36 <= na <= 44: err(f"{na} allowed (want ~40)")
if sum(len(l["violations"]) > 1 for l in labels) < 2: err("fewer than 2 double-violation drafts")
langs = collections.Counter(l["lang"] for l in labels)
for lg in LANGS:
    if langs[lg] < 5: err(f"lang {lg}: only {langs[lg]}")
for s in ("Contoso", "contoso"):
    if any(s in d["body"] or s in d["subject"] for d in drafts): err("sample company name used")
for d in drafts:
    for dom in re.findall(r"https?://([^/\s]+)", d["body"]):
        if not dom.endswith(".example"): err(f"{d['id']}: non-example domain {dom}")
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
if f"Allowed: {na};" not in readme: err("README counts out of date")

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: 80 drafts, {na} allowed, classes {dict(cls)}, langs {dict(langs)}")
