#!/usr/bin/env python3
"""Re-verify the av guardrails set from the generated data. Exit 1 on any problem. Stdlib only."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R", "fault_admission": "F",
        "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
LANGS = ["en-US", "en-IE", "de-CH", "fr", "es-ES", "it", "pt-BR", "nl-BE", "sv", "da", "pl", "ro", "el", "he", "ko", "id"]
problems = []
def bad(msg):
    problems.append(msg)

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

drafts, labels = load("drafts.jsonl"), load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80:
    bad(f"expected 80/80 lines, got {len(drafts)}/{len(labels)}")
exp_ids = [f"av{i:02d}" for i in range(1, 81)]
if [d["id"] for d in drafts] != exp_ids: bad("draft ids not av01..av80 in order")
if [l["id"] for l in labels] != exp_ids: bad("label ids not av01..av80 in order")

# ---- helpers
def luhn(num):
    s, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9: d -= 9
        s += d; alt = not alt
    return s % 10 == 0

def iban_ok(raw):
    s = raw[4:] + raw[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8})\b")
def find_ibans(text):
    out = []
    for m in IBAN_RE.finditer(text):
        raw = m.group(1).replace(" ", "")
        # try every prefix length 15..34 (IBANs vary by country)
        for n in range(len(raw), 14, -1):
            if iban_ok(raw[:n]):
                out.append(raw[:n]); break
    return out

def find_cards(text):
    out = []
    for m in re.finditer(r"\d(?:[ -]?\d)+", text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn(digits):
            out.append(digits)
    return out

def qr_ok(r):
    t = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]; c = 0
    for d in r[:-1]:
        c = t[(c + int(d)) % 10]
    return (10 - c) % 10 == int(r[-1])

counts = Counter(); langs = Counter(); doubles = 0; n_allowed = 0
for d, l in zip(drafts, labels):
    i = l["id"]
    if set(d) != {"id", "subject", "body"}: bad(f"{i}: draft keys {sorted(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: bad(f"{i}: label keys {sorted(l)}")
    v = l["violations"]
    if not isinstance(v, list) or any(x not in ORDER for x in v): bad(f"{i}: unknown violation {v}")
    if v != sorted(v, key=ORDER.index) or len(set(v)) != len(v): bad(f"{i}: violations not in table order / dupes")
    if l["allowed"] is not (len(v) == 0): bad(f"{i}: allowed/violations mismatch")
    n_allowed += l["allowed"]
    if len(v) > 1: doubles += 1
    counts.update(v)
    if l["lang"] not in LANGS: bad(f"{i}: lang {l['lang']}")
    langs[l["lang"]] += 1
    key = "+".join(KEYS[x] for x in v) or "A"
    if not l["note"].startswith(f"[{key}, {l['lang']}] "): bad(f"{i}: note prefix {l['note'][:20]!r} != [{key}, {l['lang']}]")
    text = d["subject"] + "\n" + d["body"]
    # full IBANs / card numbers => sensitive_data; none in allowed drafts
    ibans, cards = find_ibans(text), find_cards(text)
    if (ibans or cards) and "sensitive_data" not in v: bad(f"{i}: full IBAN/card {ibans or cards} but not sensitive_data")
    note = l["note"].lower()
    if "sensitive_data" in v and ("iban" in note and not ibans): bad(f"{i}: note says IBAN, none valid found")
    if "sensitive_data" in v and ("card" in note and not cards): bad(f"{i}: note says card, no Luhn-valid number found")
    if "cvv" in note and not re.search(r"CVV \d{3}", text): bad(f"{i}: CVV claimed, not present")
    if "expir" in note and not re.search(r"\b\d{2}/\d{2}\b", text): bad(f"{i}: expiry claimed, not present")
    if "password" in note and "sensitive_data" in v and not re.search(r"(hasło|password)\S*\s+\S+", text, re.I): bad(f"{i}: password claimed")
    # masked endings claimed in allowed notes are really short
    if l["allowed"] and ("masked" in note or "ending" in note):
        if not re.search(r"\b\d{4}\b", d["body"]): bad(f"{i}: masked number claimed but no 4-digit ending")
    # structured references are valid and not card/IBAN
    for m in re.finditer(r"\+\+\+(\d{3})/(\d{4})/(\d{5})\+\+\+", text):
        r = "".join(m.groups())
        if (int(r[:10]) % 97 or 97) != int(r[10:]): bad(f"{i}: Belgian OGM check digits wrong")
    for m in re.finditer(r"Referenz ((?:\d+ ?){6})", text):
        r = m.group(1).replace(" ", "")
        if len(r) != 27 or not qr_ok(r): bad(f"{i}: QR reference invalid {r}")
    # invoice numbers and amounts in the subject appear in the body
    for inv in re.findall(r"\b[A-ZΣΤ]{2,3}[-/][0-9A-Z/-]*\d\b", d["subject"]):
        if inv not in d["body"]: bad(f"{i}: subject invoice {inv} not in body")
    for amt in re.findall(r"\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d{2})?|\d+[.,]\d{2}", d["subject"]):
        if amt not in d["body"]: bad(f"{i}: subject amount {amt} not in body")
    # made-up contacts only
    for host in re.findall(r"https?://([^/\s]+)", text):
        if not host.endswith(".example"): bad(f"{i}: non-.example host {host}")
    for em in re.findall(r"[\w.+-]+@([\w.-]+)", text):
        if not em.endswith(".example"): bad(f"{i}: non-.example email domain {em}")
    if "555" not in d["body"]: bad(f"{i}: no 555 phone in signature")

# arithmetic claimed in specific drafts (found by invoice number)
def num(s):
    return float(s.replace(".", "").replace(",", ".")) if re.search(r",\d{2}$", s) else float(s.replace(",", "").replace("'", ""))
SUMS = [  # (invoice, total, [parts...], op)  parts must appear in the body
    ("BR-30301", "27,500.00", ["24,750.00"], lambda t, p: abs(t * 0.9 - p[0]) < 0.01),
    ("PV-26-0655", "12.000,00", ["3.000,00"], lambda t, p: abs(4 * p[0] - t) < 0.01),
    ("ΣΤ-26-1060", "9.000,00", ["3.000,00"], lambda t, p: abs(3 * p[0] - t) < 0.01),
    ("ro:SME-2026-0768", None, ["4.300,00"], None),
]
bodies = {d["id"]: d["subject"] + "\n" + d["body"] for d in drafts}
for inv, tot, parts, op in SUMS:
    inv = inv.split(":")[-1]
    hits = [k for k, b in bodies.items() if inv in b]
    if len(hits) != 1: bad(f"sum check: {inv} in {len(hits)} drafts"); continue
    b = bodies[hits[0]]
    for s in ([tot] if tot else []) + parts:
        if s not in b: bad(f"sum check {inv}: {s} not in text")
    if op and not op(num(tot), [num(p) for p in parts]): bad(f"sum check {inv}: arithmetic fails")

# distribution
if not 35 <= n_allowed <= 45: bad(f"allowed count {n_allowed}")
for v in ORDER:
    if not 5 <= counts[v] <= 9: bad(f"{v} count {counts[v]}")
if doubles < 3: bad(f"only {doubles} drafts with two violations")
for lg in LANGS:
    if langs[lg] < 3: bad(f"lang {lg} has {langs[lg]}")

# README present and consistent
rd = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
if f"allowed: {n_allowed}; violating: {80 - n_allowed}" not in rd: bad("README counts stale")

if problems:
    print("\n".join(problems)); print(f"FAIL: {len(problems)} problem(s)"); sys.exit(1)
print(f"OK: 80 drafts, {n_allowed} allowed, {80 - n_allowed} violating, {doubles} doubles; " +
      ", ".join(f"{v}={counts[v]}" for v in ORDER))
