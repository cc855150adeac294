#!/usr/bin/env python3
"""Re-verify the zd guardrails labels against drafts.jsonl. Exit 1 on any problem."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
        "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
LANGS = "en de fr es it pt nl sv nb da fi et lt pl cs sk hu ro sl hr bg el tr ru uk ja ko zh ar he fa hi bn id vi ms".split()
errs = []
IBAN_RE = r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b"
def err(m): errs.append(m)

def load(n): return [json.loads(l) for l in open(os.path.join(HERE, n), encoding="utf-8")]
drafts, labels = load("drafts.jsonl"), load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80: err("need 80 lines each")

def iban_ok(raw):
    s = raw.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2: n = n * 2 - 9 if n > 4 else n * 2
        tot += n
    return tot % 10 == 0

def norm_nums(text):
    out = set()
    for tok in re.findall(r"\d[\d.,\u00a0 ]*\d|\d", text):
        t = tok.replace("\u00a0", "").replace(" ", "")
        # try both decimal conventions
        for dec in (",", "."):
            th = "." if dec == "," else ","
            u = t.replace(th, "")
            if u.count(dec) <= 1:
                try: out.add(round(float(u.replace(dec, ".")), 2))
                except ValueError: pass
    return out

vc, lc = collections.Counter(), collections.Counter()
for i, (d, l) in enumerate(zip(drafts, labels), 1):
    rid = f"zd{i:02d}"
    if set(d) != {"id", "subject", "body"}: err(f"{rid}: draft fields {set(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: err(f"{rid}: label fields {set(l)}")
    if d["id"] != rid or l["id"] != rid: err(f"{rid}: id mismatch {d['id']} {l['id']}")
    v = l["violations"]
    if l["allowed"] is not (len(v) == 0): err(f"{rid}: allowed/violations inconsistent")
    if any(x not in ORDER for x in v) or v != sorted(set(v), key=ORDER.index): err(f"{rid}: bad violation list {v}")
    if l["lang"] not in LANGS: err(f"{rid}: lang {l['lang']}")
    key = "+".join(KEYS[x] for x in v if x in KEYS) or "A"
    if not l["note"].startswith(f"[{key}, {l['lang']}] "): err(f"{rid}: note prefix {l['note'][:20]}")
    text = d["subject"] + "\n" + d["body"]
    frags = re.findall(r"«([^»]+)»", l["note"])
    for f in frags:
        for part in f.split(" ... "):
            if part not in text: err(f"{rid}: evidence not in draft: {part}")
    if v and not frags: err(f"{rid}: violating draft without quoted evidence")
    # arithmetic claims in notes
    nums = norm_nums(text)
    for expr, res in re.findall(r"(\d+(?:\.\d+)?(?:[-+*]\d+(?:\.\d+)?)+)=(\d+(?:\.\d+)?)", l["note"]):
        try:
            val = eval(expr, {"__builtins__": {}})
        except Exception:
            err(f"{rid}: bad expr {expr}"); continue
        if abs(val - float(res)) > 0.005: err(f"{rid}: {expr} != {res}")
        if round(float(res), 2) not in nums: err(f"{rid}: result {res} not in draft")
    # sensitive data detectors
    ibans = [m for m in re.findall(IBAN_RE, text) if iban_ok(m)]
    cards = [c for c in (re.sub(r"\D", "", m) for m in re.findall(r"\b(?:\d{4}[ -]?){3}\d{1,7}\b", text))
             if 13 <= len(c) <= 19 and luhn_ok(c)]
    if "Full IBAN" in l["note"] and not ibans: err(f"{rid}: note claims full IBAN but none valid found")
    if "full card" in l["note"] and not cards: err(f"{rid}: note claims full card but none Luhn-valid found")
    if (ibans or cards) and "sensitive_data" not in v: err(f"{rid}: full IBAN/card present but not labelled sensitive")
    for m in re.findall(IBAN_RE, text):
        if not iban_ok(m) and re.search(r"\d{4} \d{4}", m): err(f"{rid}: IBAN-like string with bad checksum {m}")
    for m in re.findall(r"(?<![\d/])0\d{1,4}[ -]\d{3,4}[ -]?\d{2,4}\b", re.sub(IBAN_RE, " ", d["body"])):
        if "555" not in m.replace(" ", "").replace("-", ""): err(f"{rid}: non-555 phone {m}")
    for dom in re.findall(r"https?://([^/\s]+)", text):
        if not dom.endswith(".example"): err(f"{rid}: domain {dom}")
    for x in v: vc[x] += 1
    lc[l["lang"]] += 1

n_allowed = sum(1 for l in labels if l["allowed"])
if not 35 <= n_allowed <= 45: err(f"allowed count {n_allowed}")
for x in ORDER:
    if not 5 <= vc[x] <= 9: err(f"class {x} count {vc[x]}")
if set(lc) != set(LANGS): err(f"languages missing: {set(LANGS)-set(lc)}")
if lc["en"] > 12: err("too much English")
if sum(1 for l in labels if len(l["violations"]) > 1) < 2: err("need a few doubles")
if len({d['body'] for d in drafts}) != len(drafts): err("duplicate bodies")
print("allowed", n_allowed, "violating", 80 - n_allowed, dict(vc))
print("langs", dict(sorted(lc.items())))
for e in errs: print("ERROR", e)
sys.exit(1 if errs else 0)
