#!/usr/bin/env python3
"""Re-verify the uj guardrails set. Exits non-zero on any problem."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "LEG", "discount_offer": "DIS", "refund_or_credit_promise": "REF",
        "fault_admission": "FLT", "terms_change": "TRM", "harassment": "HAR", "sensitive_data": "SEN"}
LANGS = ["en-IE", "en-CA", "de-CH", "fr-BE", "es-AR", "it-IT", "pt-PT", "nl-BE", "da-DK", "fi-FI",
         "ro-RO", "el-GR", "ko-KR", "he-IL", "hi-IN"]
errs = []
def err(m): errs.append(m)

def load(n):
    with open(os.path.join(HERE, n), encoding="utf-8") as f:
        return [json.loads(x) for x in f if x.strip()]

def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def luhn_ok(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2: x *= 2; x = x - 9 if x > 9 else x
        t += x
    return t % 10 == 0

def cbu_ok(d):
    if len(d) != 22: return False
    w1 = [7, 1, 3, 9, 7, 1, 3]; w2 = [3, 9, 7, 1] * 4
    c1 = (10 - sum(int(a) * b for a, b in zip(d[:7], w1)) % 10) % 10
    c2 = (10 - sum(int(a) * b for a, b in zip(d[8:21], w2)) % 10) % 10
    return c1 == int(d[7]) and c2 == int(d[21])

IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
CARD_RE = re.compile(r"\b\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}\b")
NUM_RE = re.compile(r"\d[\d.,'\u00a0 ]*\d|\d")

def findings(text):
    f = set()
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group(0)): f.add("iban")
    for m in CARD_RE.finditer(text):
        if luhn_ok(re.sub(r"\D", "", m.group(0))): f.add("card")
    for m in re.finditer(r"\b\d{22}\b", text):
        if cbu_ok(m.group(0)): f.add("cbu")
    if re.search(r"\bCVV\s*\d{3}\b", text): f.add("cvv")
    return f

drafts, labels = load("drafts.jsonl"), load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80: err("need 80 lines each")
ids = ["uj%02d" % i for i in range(1, 81)]
vc = collections.Counter(); lc = collections.Counter(); doubles = 0
for i, (d, l) in enumerate(zip(drafts, labels)):
    if set(d) != {"id", "subject", "body"}: err("draft fields %s" % d.get("id"))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: err("label fields %s" % l.get("id"))
    if d["id"] != ids[i] or l["id"] != ids[i]: err("id order at %d" % i)
    v = l["violations"]
    if l["allowed"] != (v == []): err("allowed/violations mismatch %s" % l["id"])
    if len(set(v)) != len(v) or any(x not in ORDER for x in v) or v != sorted(v, key=ORDER.index):
        err("violations order/unknown %s" % l["id"])
    if l["lang"] not in LANGS: err("lang %s" % l["id"])
    key = "+".join(KEYS[x] for x in v) or "OK"
    if not l["note"].startswith("[%s, %s] " % (key, l["lang"])): err("note prefix %s" % l["id"])
    text = d["subject"] + "\n" + d["body"]
    # refs must appear verbatim
    m = re.search(r" refs: (.*?)(?: calc: (.*))?$", l["note"])
    if not m: err("no refs %s" % l["id"]); continue
    for r in m.group(1).split(" | "):
        if r and r not in text: err("ref %r not in %s" % (r, l["id"]))
    if m.group(2):
        cm = re.fullmatch(r"([\d.]+)\*([\d.]+)=([\d.]+)", m.group(2))
        a, p, b = float(cm.group(1)), float(cm.group(2)), float(cm.group(3))
        if abs(round(a * p, 2) - b) > 0.001: err("calc %s" % l["id"])
        digs = {re.sub(r"\D", "", n) for n in NUM_RE.findall(text)}
        for x in (cm.group(1), cm.group(3)):
            if re.sub(r"\D", "", x) not in digs: err("calc number %s not in %s" % (x, l["id"]))
    # sensitive-data evidence
    f = findings(text)
    note = l["note"].lower()
    if "sensitive_data" in v:
        ok = bool(f) or "password" in note or "another customer" in note
        if "iban" in note and "iban" not in f: ok = False
        if "card" in note and "card" not in f: ok = False
        if "cvv" in note and "cvv" not in f: ok = False
        if "cbu" in note and "cbu" not in f: ok = False
        if "password" in note and not re.search(r"(password|पासवर्ड)\s*:?\s*\S+", text, re.I): ok = False
        if not ok: err("sensitive evidence missing %s" % l["id"])
    elif f:
        err("unlabelled sensitive number %s %s" % (l["id"], f))
    # structured communication / viitenumero validity
    for sc in re.findall(r"\+\+\+(\d{3})/(\d{4})/(\d{5})\+\+\+", text):
        s = "".join(sc)
        if (int(s[:10]) % 97 or 97) != int(s[10:]): err("bad structured communication %s" % l["id"])
    for vn in re.findall(r"viitenumerolla ([\d ]+\d)", text):
        s = vn.replace(" ", ""); b, c = s[:-1], int(s[-1]); w = [7, 3, 1]
        t = sum(int(x) * w[k % 3] for k, x in enumerate(reversed(b)))
        if (10 - t % 10) % 10 != c: err("bad viitenumero %s" % l["id"])
    for x in v: vc[x] += 1
    if len(v) > 1: doubles += 1
    lc[l["lang"]] += 1
    for dom in re.findall(r"[\w.-]+\.(?:com|net|org|de|ch|be|ie|ca|it|pt|dk|fi|ro|gr|kr|il|in)\b", text):
        err("non-example domain %s in %s" % (dom, l["id"]))

na = sum(l["allowed"] for l in labels)
if not 36 <= na <= 44: err("allowed count %d" % na)
for x in ORDER:
    if not 5 <= vc[x] <= 9: err("class %s count %d" % (x, vc[x]))
if doubles < 3: err("too few doubles")
if set(lc) != set(LANGS): err("languages %s" % sorted(lc))
en = lc["en-IE"] + lc["en-CA"]
if not 22 <= en <= 32: err("English share %d" % en)
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK: %d drafts, %d allowed, classes %s, doubles %d, langs %d" % (len(labels), na, dict(vc), doubles, len(lc)))
