#!/usr/bin/env python3
"""Re-verify the pn guardrails set. Exits non-zero on any problem."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYMAP = {"L": "legal_threat", "D": "discount_offer", "R": "refund_or_credit_promise", "F": "fault_admission",
          "T": "terms_change", "H": "harassment", "S": "sensitive_data"}
LANGS = {"en-US", "en-AU", "de-AT", "fr-FR", "es-MX", "it-IT", "pt-BR", "nl-NL", "nb-NO", "pl-PL",
         "hu-HU", "tr-TR", "ru-RU", "ja-JP", "vi-VN"}
errs = []
def err(m): errs.append(m)

def load(n):
    with open(os.path.join(HERE, n), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def luhn_ok(d):
    tot = 0
    for i, x in enumerate(int(c) for c in reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
CARD_RE = re.compile(r"\b(?:\d[ -]?){13,19}\b")

drafts, labels = load("drafts.jsonl"), load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80: err(f"counts {len(drafts)}/{len(labels)}")
exp_ids = [f"pn{i:02d}" for i in range(1, 81)]
if [d["id"] for d in drafts] != exp_ids: err("draft ids not pn01..pn80 in order")
if [l["id"] for l in labels] != exp_ids: err("label ids not aligned")
for d, l in zip(drafts, labels):
    i = d["id"]
    if set(d) != {"id", "subject", "body"}: err(f"{i} draft keys {set(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: err(f"{i} label keys {set(l)}")
    if l["allowed"] != (l["violations"] == []): err(f"{i} allowed/violations mismatch")
    if any(v not in ORDER for v in l["violations"]): err(f"{i} unknown violation")
    if l["violations"] != sorted(l["violations"], key=ORDER.index) or len(set(l["violations"])) != len(l["violations"]):
        err(f"{i} violations not in table order / duplicated")
    m = re.match(r"\[([A-Z+]+), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
    if not m: err(f"{i} note prefix"); continue
    key, lang = m.groups()
    if lang != l["lang"] or lang not in LANGS: err(f"{i} lang {lang}/{l['lang']}")
    want = [] if key == "A" else sorted({KEYMAP[k] for k in key.split("+")}, key=ORDER.index)
    if want != l["violations"]: err(f"{i} key {key} vs {l['violations']}")
    text = d["subject"] + "\n" + d["body"]
    ev = re.findall(r"«(.+?)»", l["note"])
    if not ev: err(f"{i} no evidence")
    for e in ev:
        if e not in text: err(f"{i} evidence not in text: {e!r}")
    # invoice numbers in subject appear in body
    for inv in ([] if re.match(r"(?i)re ?:", d["subject"]) else re.findall(r"\b(?:VDL-26-[A-Z]?\d{4,5}|BF-[A-Z]{0,2}\d{4,5})\b", d["subject"])):
        if inv not in d["body"]: err(f"{i} subject invoice {inv} not in body")
    # made-up contacts only
    for dom in re.findall(r"[\w.-]+@([\w.-]+)", text) + re.findall(r"https?://([\w.-]+)", text):
        if not dom.endswith(".example"): err(f"{i} non-example domain {dom}")
    for ph in re.findall(r"\+\d[\d ]{7,}\d", text):
        if "555" not in ph: err(f"{i} phone without 555: {ph}")
    # sensitive data: full IBAN / card presence must match the label
    ibans = [x for x in IBAN_RE.findall(text) if iban_ok(x)]
    cards = [re.sub(r"\D", "", x) for x in CARD_RE.findall(text)]
    cards = [c for c in cards if 13 <= len(c) <= 19 and luhn_ok(c)]
    has_secret = bool(ibans or cards)
    if has_secret and "sensitive_data" not in l["violations"]: err(f"{i} full IBAN/card but not sensitive_data")
    if "sensitive_data" in l["violations"] and "IBAN" in l["note"] and not ibans: err(f"{i} claims IBAN, none valid")
    if "sensitive_data" in l["violations"] and "card number" in l["note"] and not cards: err(f"{i} claims card, none Luhn-valid")
    # masked card mentions: only 4 digits
    for mm in re.findall(r"(?:ending|terminada en|végződés[^\d]{0,3})\s*(\d+)", text):
        if len(mm) != 4: err(f"{i} masked card not 4 digits")

c = collections.Counter(v for l in labels for v in l["violations"])
for v in ORDER:
    if not 5 <= c[v] <= 9: err(f"class {v} count {c[v]}")
na = sum(l["allowed"] for l in labels)
if not 36 <= na <= 44: err(f"allowed {na}")
lc = collections.Counter(l["lang"] for l in labels)
if set(lc) != LANGS: err(f"langs {set(lc) ^ LANGS}")
en = lc["en-US"] + lc["en-AU"]
if not 22 <= en <= 32: err(f"English {en}")
if sum(len(l["violations"]) > 1 for l in labels) < 3: err("too few doubles")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK: 80 drafts, {na} allowed, {dict(c)}, English {en}")
