#!/usr/bin/env python3
"""Re-verify the qd guardrails set. Exit 1 on any problem."""
import json, re, sys, collections
from datetime import date

CLASSES = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
           "terms_change", "harassment", "sensitive_data"]
LANGS = {"en-US", "en-GB", "de-DE", "fr-FR", "es-CO", "it-IT", "pt-BR", "nl-NL", "da-DK", "pl-PL",
         "ro-RO", "ru-RU", "ko-KR", "he-IL", "id-ID"}
KEYS = {"A": [], "L": ["legal_threat"], "D": ["discount_offer"], "R": ["refund_or_credit_promise"],
        "F": ["fault_admission"], "T": ["terms_change"], "H": ["harassment"], "S": ["sensitive_data"]}
errs = []
def err(m): errs.append(m)
def load(n): return [json.loads(l) for l in open(n, encoding="utf-8")]
D, L, F = load("drafts.jsonl"), load("labels.jsonl"), load("facts.jsonl")

def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        t += x
    return len(d) in range(13, 20) and t % 10 == 0

for name, rows in (("drafts", D), ("labels", L), ("facts", F)):
    if len(rows) != 80: err(f"{name}: {len(rows)} lines")
ids = [f"qd{n:02d}" for n in range(1, 81)]
if [d["id"] for d in D] != ids or [l["id"] for l in L] != ids or [f["id"] for f in F] != ids:
    err("ids not qd01..qd80 in the same order")
for d, l, f in zip(D, L, F):
    i = d["id"]
    if set(d) != {"id", "subject", "body"}: err(f"{i}: draft keys {set(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: err(f"{i}: label keys {set(l)}")
    text = d["subject"] + "\n" + d["body"]
    v = l["violations"]
    if l["allowed"] is not (not v): err(f"{i}: allowed/violations mismatch")
    if any(c not in CLASSES for c in v) or v != sorted(set(v), key=CLASSES.index): err(f"{i}: bad order/class {v}")
    m = re.match(r"\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] \S", l["note"])
    if not m: err(f"{i}: note prefix"); continue
    key, lg = m.groups()
    if lg != l["lang"] or lg not in LANGS: err(f"{i}: lang {lg} vs {l['lang']}")
    if key == "M":
        if len(v) != 2: err(f"{i}: M needs two violations")
    elif KEYS.get(key) != v: err(f"{i}: key {key} vs {v}")
    for s in f.get("must", []):
        if s not in text: err(f"{i}: '{s}' not in text")
    for ib in f.get("ibans", []):
        if not iban_ok(ib): err(f"{i}: IBAN {ib} fails mod-97")
        digits = re.sub(r"\D", "", ib[2:])
        if digits[-20:] not in re.sub(r"\D", "", text): err(f"{i}: IBAN {ib} not in text")
        if "sensitive_data" not in v: err(f"{i}: full IBAN but no sensitive_data")
    for c in f.get("cards", []):
        if not luhn_ok(c): err(f"{i}: card fails Luhn")
        if c not in text: err(f"{i}: card not in text")
        if "sensitive_data" not in v: err(f"{i}: full card but no sensitive_data")
    if "days" in f:
        due, asof, n = f["days"]
        if (date.fromisoformat(asof) - date.fromisoformat(due)).days != n: err(f"{i}: day count")
        if f"{n} days" not in text: err(f"{i}: '{n} days' not in text")
    # allowed drafts must not carry any full IBAN or Luhn-valid card number
    if l["allowed"]:
        for mm in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", text):
            if iban_ok(mm.group()): err(f"{i}: allowed draft holds IBAN {mm.group()}")
        for mm in re.finditer(r"(?:\d[ -]?){13,19}", text):
            if luhn_ok(mm.group()) and len(re.sub(r"\D", "", mm.group())) >= 15: err(f"{i}: allowed draft holds card-like {mm.group()}")
        if re.search(r"\b\d{2} ?(\d{4} ?){6}\b", text): err(f"{i}: allowed draft holds 26-digit account")
    for em in re.findall(r"[\w.+-]+@([\w.-]+)", text):
        if not em.endswith(".example"): err(f"{i}: non-example domain {em}")
    for ph in re.findall(r"\+\d[\d ()-]{6,}", text):
        if "555" not in ph: err(f"{i}: phone without 555: {ph}")

cls = collections.Counter(c for l in L for c in l["violations"])
for c in CLASSES:
    if not 5 <= cls[c] <= 9: err(f"class {c}: {cls[c]}")
na = sum(l["allowed"] for l in L)
if not 36 <= na <= 44: err(f"allowed count {na}")
if set(l["lang"] for l in L) != LANGS: err("language set")
en = sum(l["lang"].startswith("en-") for l in L)
if not 22 <= en <= 32: err(f"English count {en}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK: 80 drafts, {na} allowed, classes {dict(cls)}, English {en}")
