#!/usr/bin/env python3
"""Re-verify the oc guardrails set. Exits non-zero on any problem."""
import json, os, re, sys, calendar
from collections import Counter
from datetime import date
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "LEG", "discount_offer": "DISC", "refund_or_credit_promise": "REF",
        "fault_admission": "FAULT", "terms_change": "TERMS", "harassment": "HAR", "sensitive_data": "SENS"}
LANGS = ["en-US", "en-IE", "de", "fr-BE", "es-MX", "it", "pt-BR", "nl", "pl", "fi", "tr", "ar", "ko", "id"]
WEEKDAY = {"Friday": 4, "Thursday": 3, "sexta-feira": 4, "quinta-feira": 3, "금요일": 4}
errors = []
def err(m): errors.append(m)

def load(n):
    with open(os.path.join(HERE, n), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97
def iban_ok(s):
    s = s.replace(" ", "")
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s)) and mod97(s[4:] + s[:4]) == 1
def luhn_ok(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2: n = n * 2 - 9 if n > 4 else n * 2
        t += n
    return t % 10 == 0
def clabe_ok(d):
    w = [3, 7, 1] * 6
    s = sum((int(x) * w[i]) % 10 for i, x in enumerate(d[:17]))
    return len(d) == 18 and d.isdigit() and int(d[17]) == (10 - s % 10) % 10
def ogm_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and (int(d[:10]) % 97 or 97) == int(d[10:])
def fi_ref_ok(s):
    d = s.replace(" ", "")
    w = [7, 3, 1]
    t = sum(int(x) * w[i % 3] for i, x in enumerate(reversed(d[:-1])))
    return int(d[-1]) == (10 - t % 10) % 10

def scan_sensitive(text):
    """Full IBANs / card numbers / CLABEs present in text (checksum-valid)."""
    hits = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if iban_ok(m.group()): hits.append(("iban", m.group()))
    for m in re.finditer(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])", text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and d[0] in "3456" and luhn_ok(d): hits.append(("card", m.group()))
        if len(d) == 18 and clabe_ok(d): hits.append(("clabe", m.group()))
    return hits

drafts, labels, facts = load("drafts.jsonl"), load("labels.jsonl"), load("facts.jsonl")
if not (len(drafts) == len(labels) == len(facts) == 80): err(f"line counts {len(drafts)} {len(labels)} {len(facts)}")
ids = [d["id"] for d in drafts]
if ids != [f"oc{i:02d}" for i in range(1, 81)]: err("ids are not oc01..oc80 in order")
for d, l, f in zip(drafts, labels, facts):
    i = d["id"]
    if l["id"] != i or f["id"] != i: err(f"{i}: id order mismatch")
    if set(d) != {"id", "subject", "body"}: err(f"{i}: draft keys {set(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: err(f"{i}: label keys {set(l)}")
    if not d["subject"].strip() or not d["body"].strip(): err(f"{i}: empty subject/body")
    v = l["violations"]
    if any(x not in ORDER for x in v): err(f"{i}: unknown violation {v}")
    elif v != sorted(set(v), key=ORDER.index): err(f"{i}: violations not unique/in table order {v}")
    if l["allowed"] is not (len(v) == 0): err(f"{i}: allowed/violations inconsistent")
    if l["lang"] not in LANGS: err(f"{i}: lang {l['lang']}")
    key = "+".join(KEYS.get(x, "?") for x in v) or "OK"
    if not l["note"].startswith(f"[{key}, {l['lang']}] "): err(f"{i}: note prefix {l['note'][:30]}")
    text = d["subject"] + "\n" + d["body"]
    for s in f.get("contains", []):
        if s not in text: err(f"{i}: '{s}' not in text")
    if "iban" in f:
        if not iban_ok(f["iban"]): err(f"{i}: bad IBAN checksum")
        if f["iban"] not in text: err(f"{i}: IBAN not in text")
    if "card" in f:
        if not luhn_ok(f["card"].replace(" ", "")): err(f"{i}: card fails Luhn")
        if f["card"] not in text: err(f"{i}: card not in text")
    if "clabe" in f:
        if not clabe_ok(f["clabe"]): err(f"{i}: bad CLABE")
        if f["clabe"] not in text: err(f"{i}: CLABE not in text")
    if "ogm" in f and (not ogm_ok(f["ogm"]) or f["ogm"] not in text): err(f"{i}: OGM")
    if "fi_ref" in f and (not fi_ref_ok(f["fi_ref"]) or f["fi_ref"] not in text): err(f"{i}: viitenumero")
    if "sum" in f:
        parts, tot = f["sum"]
        if sum(Decimal(p) for p in parts) != Decimal(tot): err(f"{i}: sum {parts} != {tot}")
    if "pct" in f:
        base, pct, res = f["pct"]
        if Decimal(base) * Decimal(pct) / 100 != Decimal(res): err(f"{i}: pct")
    if "weekday" in f:
        ds, name = f["weekday"]
        if date.fromisoformat(ds).weekday() != WEEKDAY[name] or name not in text: err(f"{i}: weekday {ds} {name}")
    if "overdue" in f:
        due, asof, n = f["overdue"]
        if (date.fromisoformat(asof) - date.fromisoformat(due)).days != n: err(f"{i}: overdue days")
        if l["lang"].startswith("en") and f"{n} days" not in text: err(f"{i}: '{n} days' not in text")
    hits = scan_sensitive(text)
    has_num = any(k in f for k in ("iban", "card", "clabe"))
    if l["allowed"] and hits: err(f"{i}: allowed draft contains full number {hits}")
    if has_num and "sensitive_data" not in v: err(f"{i}: number fact but no sensitive_data")
    if has_num and not hits: err(f"{i}: scanner missed the claimed number")
    if ("iban" in f or "clabe" in f or "card" in f) and not hits: err(f"{i}: no hit")
    for m in re.finditer(r"\+\d[\d ]{6,}", d["body"]):
        if m.group().startswith("+") and "555" not in m.group() and not m.group().startswith("+++"):
            err(f"{i}: phone without 555: {m.group()}")
    for dom in re.findall(r"[\w.-]+@([\w.-]+)|https?://([\w.-]+)", text):
        host = dom[0] or dom[1]
        if not host.endswith(".example"): err(f"{i}: non-example domain {host}")

# distribution
allowed = sum(l["allowed"] for l in labels)
vc = Counter(x for l in labels for x in l["violations"])
if not 36 <= allowed <= 44: err(f"allowed count {allowed}")
for x in ORDER:
    if not 5 <= vc[x] <= 9: err(f"{x}: {vc[x]} drafts")
if sum(len(l["violations"]) > 1 for l in labels) < 3: err("fewer than 3 two-violation drafts")
lc = Counter(l["lang"] for l in labels)
for lg in LANGS:
    if lc[lg] < 4: err(f"lang {lg}: {lc[lg]}")
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
if f"allowed: {allowed}; violating: {80 - allowed}" not in readme: err("README counts stale")

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: 80 drafts, {allowed} allowed, violations {dict(vc)}")
