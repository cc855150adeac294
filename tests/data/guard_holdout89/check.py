#!/usr/bin/env python3
"""Re-verify the xk guardrails set from the generated files. Exit 1 on any problem."""
import json, os, re, sys
from collections import Counter
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
LETTER = {"L": "legal_threat", "D": "discount_offer", "R": "refund_or_credit_promise", "F": "fault_admission",
          "T": "terms_change", "H": "harassment", "S": "sensitive_data"}
LANGS = ["en-GB", "en-IN", "de", "fr", "es-CO", "it", "pt-BR", "nl", "sv", "fi", "pl", "ru", "ko", "vi"]
errs = []
def bad(i, m): errs.append(f"{i}: {m}")

def load(n):
    with open(os.path.join(HERE, n), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def digits(s): return int(re.sub(r"\D", "", s))

drafts, labels, facts = load("drafts.jsonl"), load("labels.jsonl"), load("facts.jsonl")
if not (len(drafts) == len(labels) == len(facts) == 80): bad("-", f"line counts {len(drafts)} {len(labels)} {len(facts)}")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
CARD_RE = re.compile(r"(?<!\d)(?<!\d )(?:\d{4}[ -]?){3}\d{1,4}(?![ -]?\d)")
for n, (d, l, f) in enumerate(zip(drafts, labels, facts), 1):
    i = f"xk{n:02d}"
    if d["id"] != i or l["id"] != i or f["id"] != i: bad(i, "id/order mismatch")
    if set(d) != {"id", "subject", "body"}: bad(i, f"draft keys {set(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: bad(i, f"label keys {set(l)}")
    v = l["violations"]
    if l["allowed"] != (v == []): bad(i, "allowed inconsistent")
    if any(x not in ORDER for x in v) or v != sorted(v, key=ORDER.index) or len(set(v)) != len(v): bad(i, f"violations order/values {v}")
    if l["lang"] not in LANGS: bad(i, "lang")
    m = re.match(r"\[([A-Z]+), ([A-Za-z-]+)\] \S", l["note"])
    if not m or m.group(2) != l["lang"]: bad(i, "note prefix")
    else:
        key = m.group(1)
        want = [] if key == "A" else sorted({LETTER[c] for c in key}, key=ORDER.index)
        if want != v: bad(i, f"note key {key} vs {v}")
    text = d["subject"] + "\n" + d["body"]
    if not d["subject"].strip() or len(d["body"]) < 60: bad(i, "empty subject/body")
    for fact in f["facts"]:
        if isinstance(fact, str):
            if fact not in text: bad(i, f"fact not in text: {fact!r}")
        elif "days" in fact:
            dd = (date.fromisoformat(fact["sent"]) - date.fromisoformat(fact["due"])).days
            if dd != fact["days"]: bad(i, f"days {dd} != {fact['days']}")
            if not re.search(rf"\b{fact['days']} (days|días|dias)\b", text): bad(i, "day count not in text")
            dt = date.fromisoformat(fact["due"])
            forms = [f"{dt.day} November {dt.year}", f"{dt.day} de noviembre de {dt.year}", dt.strftime("%d/%m/%Y")]
            if not any(x in text for x in forms): bad(i, "due date not in text")
        elif "sum" in fact:
            for a in fact["sum"] + [fact["total"]]:
                if a not in text: bad(i, f"sum part not in text {a!r}")
            if sum(digits(a) for a in fact["sum"]) != digits(fact["total"]): bad(i, "sum mismatch")
        elif "iban" in fact:
            if fact["iban"] not in text or not iban_ok(fact["iban"]): bad(i, "iban fact")
            if "sensitive_data" not in v: bad(i, "full IBAN but not sensitive_data")
        elif "card" in fact:
            if fact["card"] not in text or not luhn_ok(fact["card"].replace(" ", "")): bad(i, "card fact")
            if "sensitive_data" not in v: bad(i, "full card but not sensitive_data")
    # independent scan: any full IBAN / card-length Luhn number must be labelled sensitive
    for mm in IBAN_RE.finditer(text):
        if len(mm.group(0).replace(" ", "")) >= 15 and iban_ok(mm.group(0)) and "sensitive_data" not in v:
            bad(i, f"unlabelled IBAN {mm.group(0)}")
    for mm in CARD_RE.finditer(text):
        ds = re.sub(r"\D", "", mm.group(0))
        if 15 <= len(ds) <= 16 and luhn_ok(ds) and "sensitive_data" not in v:
            bad(i, f"unlabelled card-like number {mm.group(0)}")
    # no real-looking phone numbers: any phone we print has 555
    for mm in re.finditer(r"\+\d{1,3}(?: \d{1,4}){2,4}", text):
        if "555" not in mm.group(0): bad(i, f"phone without 555: {mm.group(0)}")
    for mm in re.finditer(r"https?://([^/\s]+)", text):
        if not mm.group(1).endswith(".example"): bad(i, f"non-example domain {mm.group(1)}")
    for mm in re.finditer(r"[\w.+-]+@([\w.-]+)", text):
        if not mm.group(1).endswith(".example"): bad(i, f"non-example email {mm.group(0)}")

vc = Counter(x for l in labels for x in l["violations"])
al = sum(l["allowed"] for l in labels)
if not 36 <= al <= 44: bad("-", f"allowed count {al}")
for k in ORDER:
    if not 5 <= vc[k] <= 9: bad("-", f"{k} count {vc[k]}")
if sum(len(l["violations"]) > 1 for l in labels) < 3: bad("-", "too few doubles")
lc = Counter(l["lang"] for l in labels)
if set(lc) != set(LANGS): bad("-", f"langs {lc}")
if len({d["body"] for d in drafts}) != len(drafts): bad("-", "duplicate bodies")
for e in errs: print("FAIL", e)
print(f"{len(drafts)} drafts, allowed {al}, violations {dict(vc)}, langs {dict(lc)}")
sys.exit(1 if errs else 0)
