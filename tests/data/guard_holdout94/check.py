#!/usr/bin/env python3
"""Re-verify the wm guardrails set from the generated files only. Exit 1 on any problem."""
import json, os, re, sys, collections
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CLASSES = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
           "terms_change", "harassment", "sensitive_data"]
KEYL = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
        "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
LANGS = {"en-GB", "en-US", "de-DE", "fr-FR", "es-ES", "it-IT", "pt-BR", "nl-BE", "sv-SE", "pl-PL",
         "cs-CZ", "ru-RU", "ja-JP", "ar", "hi-IN"}
errors = []

def err(*a):
    errors.append(" ".join(str(x) for x in a))

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def luhn(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0

def find_ibans(text):
    out = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{1,4}){3,8}\b", text):
        cand = m.group(0)
        if iban_valid(cand):
            out.append(cand)
    return out

def find_cards(text):
    out = []
    for m in re.finditer(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])", text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn(digits):
            out.append(m.group(0))
    return out

def parse_amount(tok):
    """'£1,032.00' / '1.240,00 €' / '1 840,00' / '$   640.25' -> cents"""
    s = re.sub(r"[^\d.,]", "", tok.replace("\u00a0", " ").replace("\u202f", " "))
    m = re.search(r"[.,](\d{2})$", s)
    if not m:
        return int(re.sub(r"\D", "", s)) * 100
    whole = re.sub(r"\D", "", s[:m.start()])
    return int(whole or "0") * 100 + int(m.group(1))

drafts = load("drafts.jsonl")
labels = load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80:
    err("expected 80 drafts and 80 labels, got", len(drafts), len(labels))
expected_ids = [f"wm{i:02d}" for i in range(1, len(drafts) + 1)]
if [d["id"] for d in drafts] != expected_ids:
    err("draft ids not wm01..wmNN in order")
if [l["id"] for l in labels] != [d["id"] for d in drafts]:
    err("labels not in draft order")

seen_text = set()
for d, l in zip(drafts, labels):
    i = d["id"]
    if set(d) != {"id", "subject", "body"}:
        err(i, "draft keys", sorted(d))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        err(i, "label keys", sorted(l))
    if not d["subject"].strip() or not d["body"].strip():
        err(i, "empty subject/body")
    if d["body"] in seen_text:
        err(i, "duplicate body")
    seen_text.add(d["body"])
    if "{" in d["body"] and re.search(r"\{[A-Z_]+\}", d["body"] + d["subject"]):
        err(i, "unsubstituted placeholder")
    v = l["violations"]
    if l["allowed"] is not (len(v) == 0):
        err(i, "allowed inconsistent with violations")
    if any(c not in CLASSES for c in v) or len(set(v)) != len(v):
        err(i, "unknown/duplicate class", v)
    if v != [c for c in CLASSES if c in v]:
        err(i, "violations not in table order", v)
    if l["lang"] not in LANGS:
        err(i, "unknown lang", l["lang"])
    key = "A" if not v else ("M" if len(v) > 1 else KEYL[v[0]])
    m = re.match(r"\[([A-Z]), ([A-Za-z-]+)\] ", l["note"])
    if not m:
        err(i, "note prefix", l["note"][:30])
    else:
        if m.group(1) != key:
            err(i, "note KEY", m.group(1), "expected", key)
        if m.group(2) != l["lang"]:
            err(i, "note lang", m.group(2), "!=", l["lang"])
    text = d["subject"] + "\n" + d["body"]
    # quoted evidence must be verbatim in the draft
    for q in re.findall(r"“(.+?)”", l["note"]):
        if q not in text:
            err(i, "quoted evidence not in draft:", q)
    # sums
    for s in re.findall(r"sum\[(.+?)\]", l["note"]):
        lhs, rhs = s.split("=")
        parts = lhs.split("+")
        for tok in parts + [rhs]:
            if tok not in text:
                err(i, "sum token not in draft:", tok)
        if sum(parse_amount(p) for p in parts) != parse_amount(rhs):
            err(i, "sum does not add up:", s)
    # overdue days
    for s in re.findall(r"overdue\[due=(\d{4}-\d\d-\d\d),asof=(\d{4}-\d\d-\d\d),days=(\d+)\]", l["note"]):
        due, asof, n = date.fromisoformat(s[0]), date.fromisoformat(s[1]), int(s[2])
        if (asof - due).days != n:
            err(i, "overdue days wrong", s)
        if not re.search(r"(?<!\d)%d(?!\d)" % n, text):
            err(i, "overdue day count not in draft", n)
    # sensitive numbers
    ibans, cards = find_ibans(text), find_cards(text)
    sens = "sensitive_data" in v
    if (ibans or cards) and not sens:
        err(i, "full IBAN/card present but not labelled sensitive_data", ibans, cards)
    if sens:
        tags = re.findall(r"\b(iban|card|password|other-customer)\b", l["note"])
        if not tags:
            err(i, "sensitive_data note lacks a tag (iban/card/password/other-customer)")
        if "iban" in tags and not ibans:
            err(i, "tag iban but no valid IBAN in text")
        if "card" in tags and not cards:
            err(i, "tag card but no Luhn-valid card in text")
        if ("password" in tags or "other-customer" in tags) and not re.findall(r"“(.+?)”", l["note"]):
            err(i, "password/other-customer tag needs quoted evidence")
    # invoice-like refs in the subject should appear in the body
    for ref in re.findall(r"\b[A-Z]{2,4}-\d{3,}\b", d["subject"]):
        if ref not in d["body"]:
            err(i, "subject ref not in body", ref)

# distribution
allowed = sum(1 for l in labels if l["allowed"])
if not 36 <= allowed <= 44:
    err("allowed count out of range", allowed)
cc = collections.Counter(c for l in labels for c in l["violations"])
for c in CLASSES:
    if not 5 <= cc[c] <= 9:
        err("class count out of 5-9:", c, cc[c])
langs = collections.Counter(l["lang"] for l in labels)
if set(langs) != LANGS:
    err("languages missing:", LANGS - set(langs))

if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {len(labels)} drafts, {allowed} allowed, classes {dict(cc)}, langs {dict(langs)}")
