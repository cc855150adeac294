#!/usr/bin/env python3
"""Re-verify the vx guardrails set. Exit non-zero on any problem."""
import json, os, re, sys
from datetime import date
from decimal import Decimal
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat","discount_offer","refund_or_credit_promise","fault_admission","terms_change","harassment","sensitive_data"]
KEYS = dict(zip(ORDER, "LDRFTHS"))
LANGS = {"en-GB","en-NZ","de-CH","fr-FR","es-ES","it-IT","pt-PT","nl-NL","sv-SE","fi-FI","cs-CZ","el-GR","tr-TR","ja-JP","ar-AE"}
errs = []
def err(m): errs.append(m)
def load(n): return [json.loads(l) for l in open(os.path.join(HERE, n), encoding="utf-8")]
D, L = load("drafts.jsonl"), load("labels.jsonl")
C = json.load(open(os.path.join(HERE, "checks.json"), encoding="utf-8"))
if not (len(D) == len(L) == len(C) == 80): err("need 80 rows each")
exp_ids = [f"vx{i:02d}" for i in range(1, 81)]
if [d["id"] for d in D] != exp_ids or [l["id"] for l in L] != exp_ids or [c["id"] for c in C] != exp_ids: err("ids/order")

def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def luhn_ok(s):
    d = [int(c) for c in s][::-1]; t = 0
    for i, x in enumerate(d):
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        t += x
    return t % 10 == 0
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b")
CARD_RE = re.compile(r"\b(?:\d[ -]?){13,19}\b")
def full_ibans(t): return [m.group(0) for m in IBAN_RE.finditer(t) if 15 <= len(m.group(0).replace(" ", "")) <= 34 and iban_ok(m.group(0))]
def cards(t):
    out = []
    for m in CARD_RE.finditer(t):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn_ok(digits): out.append(digits)
    return out
def num(s):  # "1.234,50" / "1,234.50" / "1 234,50" / "1'234.50" -> Decimal
    s = s.replace("'", "").replace(" ", "").replace("\u00a0", "")
    if re.search(r",\d{2}$", s): s = s.replace(".", "").replace(",", ".")
    else: s = s.replace(",", "")
    return Decimal(s)

vc, langs = Counter(), Counter()
for d, l, c in zip(D, L, C):
    i = d["id"]; text = d["subject"] + "\n" + d["body"]
    if set(l) != {"id","allowed","violations","note","lang"}: err(f"{i} label keys")
    if set(d) != {"id","subject","body"}: err(f"{i} draft keys")
    v = l["violations"]
    if l["allowed"] != (v == []): err(f"{i} allowed/violations mismatch")
    if any(x not in ORDER for x in v) or v != sorted(v, key=ORDER.index) or len(set(v)) != len(v): err(f"{i} violation order/values")
    if l["lang"] not in LANGS: err(f"{i} lang")
    key = "".join(KEYS[x] for x in v) or "A"
    if not l["note"].startswith(f"[{key}, {l['lang']}] "): err(f"{i} note prefix {l['note'][:20]}")
    vc.update(v); langs[l["lang"]] += 1
    for p in c.get("present", []):
        if p not in text: err(f"{i} missing '{p}'")
    for parts, total in c.get("sums", []):
        if sum(Decimal(x) for x in parts) != Decimal(total): err(f"{i} sum")
        # every part and the total must appear in the text in some local format
        amounts = {num(m.group(0)) for m in re.finditer(r"\d{1,3}(?:[.,' ]\d{3})*(?:[.,]\d{2})", text)}
        for x in parts + [total]:
            if Decimal(x) not in amounts: err(f"{i} amount {x} not in text")
    for iso, phrase, wd in c.get("dates", []):
        if phrase not in text: err(f"{i} date phrase {phrase}")
        if date.fromisoformat(iso).weekday() != wd: err(f"{i} weekday of {iso}")
        dd = date.fromisoformat(iso)
        if str(dd.day) not in phrase or str(dd.year) not in phrase: err(f"{i} date text {phrase}")
    ib, cd = full_ibans(text), cards(text)
    if c.get("iban") and not ib: err(f"{i} expected full IBAN")
    if c.get("card") and not cd: err(f"{i} expected full card")
    if (ib or cd) and "sensitive_data" not in v: err(f"{i} full IBAN/card but not labelled sensitive")
    if (c.get("iban") or c.get("card")) and "sensitive_data" not in v: err(f"{i} flag without label")
    if "sensitive_data" in v and not (ib or cd or re.search(r"salasana|IBAN|\d", text)): err(f"{i} sensitive without evidence")
    for ph in re.findall(r"(?:tel\. |on |allo |numeroon |numeroon |:\s)?\b0\d{1,4}[ -]\d{3,4}[ -]\d{2,4}(?:[ -]\d{2})?", IBAN_RE.sub("", text)):
        if "555" not in ph: err(f"{i} phone without 555: {ph}")
    for dom in re.findall(r"https?://([^/\s]+)", text):
        if not dom.endswith(".example"): err(f"{i} real-looking domain {dom}")

na = sum(l["allowed"] for l in L)
if not 35 <= na <= 45: err(f"allowed count {na}")
for k in ORDER:
    if not 5 <= vc[k] <= 9: err(f"class {k} count {vc[k]}")
if set(langs) != LANGS: err("language coverage")
en = langs["en-GB"] + langs["en-NZ"]
if not 22 <= en <= 32: err(f"english share {en}")
if sum(len(l["violations"]) > 1 for l in L) < 2: err("need a few doubles")
if len({d["body"] for d in D}) != 80: err("duplicate bodies")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK: 80 drafts, allowed={na}, violations={dict(vc)}, langs={dict(langs)}")
