#!/usr/bin/env python3
"""Re-verify the `by` guardrails set. Exit 1 on any problem."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
        "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
LANGS = "en de fr es it pt nl sv nb da fi pl cs sk hu ro bg el tr ru uk ja ko zh ar he hi id vi th ms lt".split()
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def mod97_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
CARD_RE = re.compile(r"(?<![\d])(\d(?:[ -]?\d){12,18})(?![\d])")

drafts, labels, ev = load("drafts.jsonl"), load("labels.jsonl"), load("evidence.jsonl")
if not (len(drafts) == len(labels) == len(ev) == 80):
    err(f"line counts {len(drafts)} {len(labels)} {len(ev)}")
ids = [f"by{i:02d}" for i in range(1, 81)]
for want, d, l, e in zip(ids, drafts, labels, ev):
    if not (d["id"] == l["id"] == e["id"] == want):
        err(f"id order {want}: {d['id']} {l['id']} {e['id']}")
    if set(d) != {"id", "subject", "body"}:
        err(f"{want}: draft keys {sorted(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        err(f"{want}: label keys {sorted(l)}")
    if not d["subject"].strip() or not d["body"].strip():
        err(f"{want}: empty subject/body")
    v = l["violations"]
    if l["allowed"] is not (len(v) == 0):
        err(f"{want}: allowed/violations mismatch")
    if any(x not in ORDER for x in v) or v != sorted(set(v), key=ORDER.index):
        err(f"{want}: violations not in table order / unknown / duplicated: {v}")
    key = "A" if not v else ("M" if len(v) > 1 else KEYS[v[0]])
    m = re.match(r"^\[([A-Z]), ([a-z]{2})\] \S", l["note"])
    if not m or m.group(1) != key or m.group(2) != l["lang"]:
        err(f"{want}: note prefix {l['note'][:12]!r} vs key {key} lang {l['lang']}")
    if l["lang"] not in LANGS:
        err(f"{want}: unknown lang {l['lang']}")
    text = d["subject"] + "\n" + d["body"]
    if not e["spans"]:
        err(f"{want}: no evidence spans")
    for s in e["spans"]:
        if s not in text:
            err(f"{want}: evidence span not in text: {s!r}")
    # full IBANs: only in sensitive_data drafts; RF creditor references are not IBANs
    for cand in IBAN_RE.findall(text):
        if cand.startswith("RF"):
            if not mod97_ok(cand):
                err(f"{want}: RF reference with bad check digits {cand}")
            continue
        if mod97_ok(cand) and "sensitive_data" not in v:
            err(f"{want}: valid full IBAN {cand} in a draft without sensitive_data")
    # full card numbers (Luhn-valid 13-19 digits)
    for cand in CARD_RE.findall(text):
        digits = re.sub(r"\D", "", cand)
        if 13 <= len(digits) <= 19 and luhn_ok(digits) and "sensitive_data" not in v \
                and not re.fullmatch(r"0+\d*", digits):
            err(f"{want}: Luhn-valid number {cand} in a draft without sensitive_data")
    # every IBAN/card given as sensitive evidence must be a genuine full number
    if "sensitive_data" in v:
        for s in e["spans"]:
            if IBAN_RE.fullmatch(s) and not mod97_ok(s):
                err(f"{want}: sensitive IBAN span fails mod-97: {s}")
            if re.fullmatch(r"[\d ]{13,23}", s) and not luhn_ok(s.replace(" ", "")):
                err(f"{want}: sensitive card span fails Luhn: {s}")
    # masked numbers must really be masked
    for mm in re.findall(r"\*\*[\* ]*\d{4}", text):
        if "sensitive_data" in v:
            pass
    # Thai Buddhist-era year consistency
    for y in re.findall(r"25(\d\d)\b", d["body"]) if l["lang"] == "th" else []:
        if int("25" + y) - 543 != 2026:
            err(f"{want}: Buddhist-era year 25{y} is not 2026")
    # no real-looking contact domains / phones
    for dom in re.findall(r"https?://([^/\s]+)", text):
        if not dom.rstrip(".,").endswith(".example"):
            err(f"{want}: non-.example domain {dom}")
    if "@" in text:
        for addr in re.findall(r"[\w.+-]+@([\w.-]+)", text):
            if not addr.endswith(".example"):
                err(f"{want}: non-.example address {addr}")

vc = Counter(x for l in labels for x in l["violations"])
for x in ORDER:
    if not 5 <= vc[x] <= 9:
        err(f"class {x}: {vc[x]} drafts (want 5-9)")
na = sum(l["allowed"] for l in labels)
if not 35 <= na <= 45:
    err(f"allowed count {na}")
if sum(len(l["violations"]) > 1 for l in labels) < 3:
    err("fewer than 3 double-violation drafts")
lc = Counter(l["lang"] for l in labels)
if lc["en"] > 12:
    err(f"too much English: {lc['en']}")
missing = [x for x in LANGS if not lc[x]]
if missing:
    err(f"languages missing: {missing}")

# phone numbers should carry 555
for d in drafts:
    for ph in re.findall(r"(?:\+\d[\d ()-]{8,}\d|\b0\d{1,3}[ -]\d{3}[ -]?\d{2,4}(?:[ -]\d{2,4})?\b)", d["body"]):
        if "555" not in ph.replace(" ", "").replace("-", ""):
            err(f"{d['id']}: phone without 555: {ph}")

if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: 80 drafts, {na} allowed, classes {dict(vc)}, {len(lc)} languages")
