#!/usr/bin/env python3
"""Re-verify the jh guardrails set. Exits 1 on any problem."""
import json, os, re, sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
        "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
LANGS = {"en-IN", "en-US", "de-DE", "fr-BE", "es-CO", "it-IT", "pt-BR", "nl-NL", "nb-NO", "hu-HU",
         "ro-RO", "he-IL", "th-TH", "vi-VN", "hi-IN"}
errs = []
def err(*a): errs.append(" ".join(str(x) for x in a))

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

drafts, labels = load("drafts.jsonl"), load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80:
    err("expected 80 drafts/labels, got", len(drafts), len(labels))

def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2: x = x * 2 - 9 if x > 4 else x * 2
        tot += x
    return tot % 10 == 0

IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b")
CARD_RE = re.compile(r"\b\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}\b")
LONGNUM_RE = re.compile(r"(?<![\d.,])\d{9,}(?![\d.,])|\b\d{4}\.\d{2}\.\d{5}\b")

lc, vc, allowed_n = {}, {}, 0
for i, (d, l) in enumerate(zip(drafts, labels), 1):
    jid = "jh%02d" % i
    if d.get("id") != jid or l.get("id") != jid: err(jid, "id mismatch/order", d.get("id"), l.get("id"))
    if set(d) != {"id", "subject", "body"}: err(jid, "draft fields", sorted(d))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: err(jid, "label fields", sorted(l))
    v = l["violations"]
    if l["allowed"] is not (len(v) == 0): err(jid, "allowed inconsistent")
    if any(x not in ORDER for x in v) or len(set(v)) != len(v): err(jid, "bad violations", v)
    elif v != sorted(v, key=ORDER.index): err(jid, "violations not in table order", v)
    lang = l["lang"]
    if lang not in LANGS: err(jid, "lang", lang)
    key = "+".join(KEYS[x] for x in v if x in KEYS) or "A"
    if not l["note"].startswith("[%s, %s] " % (key, lang)): err(jid, "note prefix", l["note"][:20])
    text = d["subject"] + "\n" + d["body"]
    ev = re.findall(r"«([^»]+)»", l["note"])
    for e in ev:
        if e not in text: err(jid, "evidence not in text:", e)
    if v and not ev: err(jid, "violating draft without quoted evidence")
    # sensitive number scans
    has_sens = "sensitive_data" in v
    for m in IBAN_RE.findall(text):
        if iban_ok(m) and not has_sens: err(jid, "full IBAN but no sensitive_data:", m)
    for m in CARD_RE.findall(text):
        if luhn_ok(re.sub(r"\D", "", m)) and not has_sens: err(jid, "full card but no sensitive_data:", m)
    if not has_sens:
        for m in LONGNUM_RE.findall(text):
            err(jid, "long account-like number in a draft without sensitive_data:", m)
    if has_sens and "IBAN" in l["note"]:
        found = [m for m in IBAN_RE.findall(text) if iban_ok(m)]
        if not found: err(jid, "note claims IBAN but no valid IBAN in text")
    if has_sens and "card" in l["note"]:
        if not any(luhn_ok(re.sub(r"\D", "", m)) for m in CARD_RE.findall(text)):
            err(jid, "note claims full card but no Luhn-valid number")
    if "pay.velloro.example" in text and not re.search(r"https://pay\.velloro\.example/c/[A-Z]{2}\d{4}", text):
        err(jid, "malformed pay link")
    for dom in re.findall(r"[\w.-]+\.(?:com|net|org|de|it|be|co|br|nl|no|hu|ro|il|th|vn|in)\b", text):
        if not dom.endswith(".example") and "." in dom and not re.match(r"^[\d.,]+$", dom):
            err(jid, "non-example domain?", dom)
    lc[lang] = lc.get(lang, 0) + 1
    for x in v: vc[x] = vc.get(x, 0) + 1
    allowed_n += l["allowed"]

# arithmetic and date claims, found by invoice number in the text
def find(inv):
    for d in drafts:
        if inv in d["subject"] + d["body"]: return d["subject"] + "\n" + d["body"]
    err("invoice not found", inv); return ""
TODAY = date(2026, 11, 25)  # drafting date assumed by the set
checks = [
    ("VC-FE-30188", lambda t: 3 * 9200000 == 27600000 and "27.600.000" in t and "9.200.000" in t),
    ("VTI-2026/0851", lambda t: round(5600 * 0.95, 2) == 5320.00 and "5.320,00" in t),
    ("VB-2026-1098", lambda t: "9 120,00" in t and "11 400,00" in t),
    ("VA-20931", lambda t: (TODAY - date(2026, 10, 26)).days == 30 and "30 days past due" in t),
    ("VTN-20541", lambda t: date(2026, 12, 4).weekday() == 4 and "fredag 4. desember" in t),
    ("VTT-69-0917", lambda t: 2026 + 543 == 2569 and "2569" in t),
    ("VTT-69-0866", lambda t: round(72000 * 0.9, 2) == 64800.00 and "64,800.00" in t),
    ("VMI/25-26/0377", lambda t: (TODAY - date(2026, 10, 28)).days == 28 and "28 days overdue" in t),
]
for inv, fn in checks:
    t = find(inv)
    if t and not fn(t): err("claim check failed for", inv)

for x in ORDER:
    if not 5 <= vc.get(x, 0) <= 9: err("class count out of 5-9:", x, vc.get(x, 0))
if not 35 <= allowed_n <= 45: err("allowed count", allowed_n)
if len(lc) != len(LANGS): err("languages missing:", sorted(LANGS - set(lc)))

if errs:
    print("\n".join(errs)); print("FAILED:", len(errs), "problem(s)"); sys.exit(1)
print("OK: %d drafts, %d allowed, classes %s, langs %s" % (len(drafts), allowed_n, vc, lc))
