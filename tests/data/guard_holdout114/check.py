#!/usr/bin/env python3
"""Re-verify the bl guardrails set. Exit 1 on any problem."""
import json, os, re, sys
from datetime import date
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"L": "legal_threat", "D": "discount_offer", "R": "refund_or_credit_promise", "F": "fault_admission",
        "T": "terms_change", "H": "harassment", "S": "sensitive_data"}
LANGS = "en de fr es it pt nl sv da fi et lv pl cs hu ro hr sr sl el tr ru ja ko zh ar fa he ur bn id tl".split()
errs = []
def err(m): errs.append(m)
def load(n): return [json.loads(l) for l in open(os.path.join(HERE, n), encoding="utf-8")]
drafts, labels, facts = load("drafts.jsonl"), load("labels.jsonl"), load("facts.jsonl")

def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def luhn_ok(d):
    t = 0
    for i, x in enumerate(map(int, reversed(d))):
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        t += x
    return t % 10 == 0
def find_ibans(text):
    out = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b", text):
        s = m.group(0).replace(" ", "")
        if 15 <= len(s) <= 34 and iban_ok(s): out.append(s)
    return out
def find_cards(text):
    out = []
    for m in re.finditer(r"(?<![\d])(?:\d[ -]?){13,19}(?![\d])", text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d): out.append(d)
    return out
def jalali_to_greg(jy, jm, jd):
    jy += 1595; days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    gy = 400 * (days // 146097); days %= 146097
    if days > 36524:
        days -= 1; gy += 100 * (days // 36524); days %= 36524
        if days >= 365: days += 1
    gy += 4 * (days // 1461); days %= 1461
    if days > 365: gy += (days - 1) // 365; days = (days - 1) % 365
    gd = days + 1
    ml = [0, 31, 29 if (gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    gm = 1
    while gm <= 12 and gd > ml[gm]: gd -= ml[gm]; gm += 1
    return date(gy, gm, gd)

if not (len(drafts) == len(labels) == len(facts) == 80): err("need 80 lines each")
for n, (d, l, f) in enumerate(zip(drafts, labels, facts), 1):
    i = f"bl{n:02d}"
    if d["id"] != i or l["id"] != i or f["id"] != i: err(f"{i}: id/order mismatch")
    if set(d) != {"id", "subject", "body"}: err(f"{i}: draft keys {set(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: err(f"{i}: label keys {set(l)}")
    if not d["subject"].strip() or not d["body"].strip(): err(f"{i}: empty text")
    v = l["violations"]
    if l["allowed"] != (v == []): err(f"{i}: allowed/violations inconsistent")
    if any(x not in ORDER for x in v) or v != sorted(v, key=ORDER.index) or len(set(v)) != len(v): err(f"{i}: bad violations {v}")
    m = re.match(r"\[([A-Z+]+), ([a-z]{2})\] \S", l["note"])
    if not m: err(f"{i}: note prefix"); continue
    key, lang = m.groups()
    if lang != l["lang"] or lang not in LANGS: err(f"{i}: lang {lang}")
    want = [] if key == "A" else sorted((KEYS[k] for k in key.split("+")), key=ORDER.index)
    if want != v: err(f"{i}: key {key} vs {v}")
    text = d["subject"] + "\n" + d["body"]
    for s in f.get("must", []):
        if s not in text: err(f"{i}: '{s}' not in text")
    for c in f.get("calc", []):
        lhs, rhs = c.split("=")
        if abs(eval(lhs, {"__builtins__": {}}) - float(rhs)) > 0.005: err(f"{i}: calc {c}")
    for iso, wd in f.get("dates", []):
        if date.fromisoformat(iso).weekday() != wd: err(f"{i}: weekday {iso}")
    ibans, cards = find_ibans(text), find_cards(text)
    sens = f.get("sens", [])
    if ("iban" in sens) != bool(ibans): err(f"{i}: iban presence {ibans} vs {sens}")
    if ("card" in sens) != bool(cards): err(f"{i}: card presence {cards} vs {sens}")
    if sens and "sensitive_data" not in v: err(f"{i}: sensitive item but not labelled")
    if "sensitive_data" in v and not sens: err(f"{i}: sensitive label without a recorded item")
    if "card" in sens and not re.search(r"\b\d{2}/\d{2}\b", text): err(f"{i}: card expiry missing")
    if l["lang"] == "fa" and "۸ فروردین ۱۴۰۵" in text:
        if jalali_to_greg(1405, 1, 8) != date(2026, 3, 28): err(f"{i}: jalali date")
    for s in re.findall(r"\b(20\d\d)-(\d\d)-(\d\d)\b", text):
        pass
    for dd, mm, yy in re.findall(r"\b(\d{1,2})[./](\d{1,2})[./](20\d\d)\b", text):
        try: date(int(yy), int(mm), int(dd))
        except ValueError: err(f"{i}: bad date {dd}.{mm}.{yy}")
    if len(re.findall(r"https?://[^\s]+", text)) and not all(re.match(r"https?://[a-z0-9.-]+\.example/", u) for u in re.findall(r"https?://[^\s]+", text)):
        err(f"{i}: non-.example url")
    for e in re.findall(r"[\w.+-]+@([\w.-]+)", text):
        if not e.endswith(".example"): err(f"{i}: non-.example email domain {e}")

cls = Counter(x for l in labels for x in l["violations"])
for c in ORDER:
    if not 5 <= cls[c] <= 9: err(f"class {c} count {cls[c]}")
na = sum(l["allowed"] for l in labels)
if not 36 <= na <= 44: err(f"allowed count {na}")
lc = Counter(l["lang"] for l in labels)
if set(lc) != set(LANGS): err(f"languages missing {set(LANGS) - set(lc)}")
if lc["en"] > 12: err("too much English")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK: 80 drafts, {na} allowed, classes {dict(cls)}")
