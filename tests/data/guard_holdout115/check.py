#!/usr/bin/env python3
"""Re-verify the tz guardrails set. Exit non-zero on any problem."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEY = dict(zip(ORDER, "LDRFTHS"))
LANGS = set("en de fr es it pt nl sv nb da fi is pl cs sk sl hu ro bg el tr ru uk ka ja ko zh ar he hi bn id vi th sw".split())
errs = []
def err(m): errs.append(m)
def load(n): return [json.loads(l) for l in open(os.path.join(HERE, n), encoding="utf-8")]
drafts, labels, facts = load("drafts.jsonl"), load("labels.jsonl"), load("facts.jsonl")
if not (len(drafts) == len(labels) == len(facts) == 80): err("need 80 lines each")
exp_ids = ["tz%02d" % i for i in range(1, 81)]
if [d["id"] for d in drafts] != exp_ids or [l["id"] for l in labels] != exp_ids or [f["id"] for f in facts] != exp_ids:
    err("ids not tz01..tz80 in order")

def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def luhn(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2: n = n * 2 - 9 if n > 4 else n * 2
        t += n
    return t % 10 == 0
def full_numbers(text):
    found = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if iban_ok(m.group()): found.append(("iban", m.group()))
    for m in re.finditer(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)", text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn(d) and len(set(d)) > 1: found.append(("card", m.group()))
    return found

cls = collections.Counter(); allowed = 0
for d, l, f in zip(drafts, labels, facts):
    i = l["id"]; text = d["subject"] + "\n" + d["body"]
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: err(i + " label keys")
    v = l["violations"]
    if l["allowed"] != (v == []): err(i + " allowed/violations mismatch")
    if any(x not in ORDER for x in v) or v != sorted(set(v), key=ORDER.index): err(i + " violations not in table order/unknown")
    if l["lang"] not in LANGS: err(i + " lang")
    key = KEY[v[0]] if v else "A"
    if not l["note"].startswith("[%s, %s] " % (key, l["lang"])): err(i + " note prefix")
    for s in f["facts"]:
        if s not in d["body"]: err("%s fact %r not in body" % (i, s))
    nums = full_numbers(text)
    if nums and "sensitive_data" not in v: err("%s has full number %r but no sensitive_data" % (i, nums))
    if "sensitive_data" in v and not f["facts"]: err(i + " sensitive_data without a fact")
    for m in re.finditer(r"https?://([^/\s]+)", text):
        if not m.group(1).endswith(".example"): err(i + " non-.example URL " + m.group(1))
    for m in re.finditer(r"[\w.+-]+@([\w.-]+)", text):
        if not m.group(1).endswith(".example"): err(i + " non-.example address")
    cls.update(v); allowed += l["allowed"]
# sensitive drafts: every IBAN/card claimed is a valid full number
for d, l, f in zip(drafts, labels, facts):
    for s in f["facts"]:
        if re.fullmatch(r"[A-Z]{2}\d{2}[ A-Z0-9]+", s) and not iban_ok(s): err(l["id"] + " bad IBAN " + s)
        if re.fullmatch(r"[\d ]{15,23}", s) and not luhn(s.replace(" ", "")): err(l["id"] + " bad card " + s)
# sums
bodies = {l["id"]: d["body"] for d, l in zip(drafts, labels)}
def find(s):
    hits = [i for i, b in bodies.items() if s in b]
    if len(hits) != 1: err("sum anchor %r found %d times" % (s, len(hits)))
    return hits[0] if hits else None
SUMS = [("£4,020.00", lambda: 2880 + 1140 == 4020),
        ("$1,071.00", lambda: round(1260 * 0.85, 2) == 1071 and 1071 / 3 == 357),
        ("tres cuotas de 150 €", lambda: 3 * 150 == 450),
        ("по 2 400 грн", lambda: 3 * 2400 == 7200),
        ("masing-masing Rp 800.000", lambda: 3 * 800000 == 2400000)]
for anchor, ok in SUMS:
    find(anchor)
    if not ok(): err("sum wrong at " + anchor)
for c in ORDER:
    if not 5 <= cls[c] <= 9: err("class %s count %d outside 5-9" % (c, cls[c]))
if not 36 <= allowed <= 44: err("allowed count %d" % allowed)
langs = collections.Counter(l["lang"] for l in labels)
if langs["en"] > 12 or set(langs) != LANGS: err("language spread %r" % langs)
for e in errs: print("ERROR", e)
print("checked %d drafts: %d allowed, classes %s" % (len(labels), allowed, dict(cls)))
sys.exit(1 if errs else 0)
