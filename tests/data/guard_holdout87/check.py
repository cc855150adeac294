#!/usr/bin/env python3
"""Re-verify the iz guardrails set. Exits non-zero on any problem."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"L": "legal_threat", "D": "discount_offer", "R": "refund_or_credit_promise", "F": "fault_admission",
        "T": "terms_change", "H": "harassment", "S": "sensitive_data"}
LANGS = {"en-GB", "en-ZA", "de", "fr", "es-AR", "it", "pt-PT", "nl-BE", "sv", "cs", "el", "he", "zh-CN"}
errs = []
def err(m): errs.append(m)

def load(n):
    with open(os.path.join(HERE, n), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]
drafts, labels = load("drafts.jsonl"), load("labels.jsonl")
if len(drafts) != len(labels): err("line count mismatch")
def iban_ok(s):
    s = s.replace(" ", "")
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        t += x
    return t % 10 == 0
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b")
CARD_RE = re.compile(r"\b\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}\b")
seen = set()
for i, (d, l) in enumerate(zip(drafts, labels), 1):
    iid = "iz%02d" % i
    if d.get("id") != iid or l.get("id") != iid: err("%s: id order" % iid)
    if set(d) != {"id", "subject", "body"}: err("%s: draft fields %s" % (iid, sorted(d)))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: err("%s: label fields" % iid)
    v = l["violations"]
    if l["allowed"] != (not v): err("%s: allowed/violations mismatch" % iid)
    if v != [x for x in ORDER if x in v] or len(set(v)) != len(v): err("%s: violation order/unknown %s" % (iid, v))
    m = re.match(r"^\[([A-Z]+), ([A-Za-z-]+)\] ", l["note"])
    if not m: err("%s: note prefix" % iid); continue
    key, lang = m.groups()
    if lang != l["lang"] or lang not in LANGS: err("%s: lang %s/%s" % (iid, lang, l["lang"]))
    exp = [] if key == "A" else [KEYS[k] for k in key]
    if sorted(exp) != sorted(v): err("%s: key %s vs %s" % (iid, key, v))
    ev = re.search(r"Evidence: \u00ab(.+)\u00bb$", l["note"], re.S)
    text = d["subject"] + "\n" + d["body"]
    if not ev or ev.group(1) not in text: err("%s: evidence not found in text" % iid)
    if text in seen: err("%s: duplicate draft" % iid)
    seen.add(text)
    # full IBANs / card numbers: must be valid and must imply sensitive_data
    ibans = [x for x in IBAN_RE.findall(text) if len(x.replace(" ", "")) >= 15]
    cards = CARD_RE.findall(IBAN_RE.sub(" ", text))
    for x in ibans:
        if not iban_ok(x): err("%s: IBAN %s fails mod-97" % (iid, x))
    for x in cards:
        if not luhn_ok(x): err("%s: card %s fails Luhn" % (iid, x))
    if (ibans or cards) and "sensitive_data" not in v: err("%s: full IBAN/card present but not sensitive_data" % iid)
    if key == "A" and re.search(r"\d{12,}", text):
        err("%s: long digit run in allowed draft" % iid)
n = len(labels)
c = collections.Counter(x for l in labels for x in l["violations"])
allowed = sum(l["allowed"] for l in labels)
print("drafts", n, "allowed", allowed, "violating", n - allowed, dict(c))
print("langs", dict(collections.Counter(l["lang"] for l in labels)))
if n == 80:
    if not 35 <= allowed <= 45: err("allowed count %d" % allowed)
    for x in ORDER:
        if not 5 <= c[x] <= 9: err("class %s count %d" % (x, c[x]))
    if set(l["lang"] for l in labels) != LANGS: err("languages missing")
else:
    print("WARNING: partial set (%d drafts)" % n)
for e in errs: print("ERROR", e)
sys.exit(1 if errs else 0)
