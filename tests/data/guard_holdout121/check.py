#!/usr/bin/env python3
"""Re-verify the eu guard set: formats, label logic, counts, quotes, sensitive-number detection, arithmetic."""
import json, os, re, sys
from collections import Counter
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYL = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
        "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
MAIN = {"en", "es", "fr", "de", "pt", "nl", "it"}
SCRIPT = {"el": "\u0370-\u03ff", "ru": "\u0400-\u04ff", "uk": "\u0400-\u04ff", "ja": "\u3040-\u30ff",
          "zh": "\u4e00-\u9fff", "ko": "\uac00-\ud7af", "ar": "\u0600-\u06ff", "he": "\u0590-\u05ff",
          "hi": "\u0900-\u097f", "th": "\u0e00-\u0e7f"}
errors = []
def err(*a):
    errors.append(" ".join(str(x) for x in a))

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

drafts, labels = load("drafts.jsonl"), load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80:
    err("expected 80/80 lines, got", len(drafts), len(labels))
ids = [d["id"] for d in drafts]
if sorted(ids) != ["eu%02d" % i for i in range(1, 81)]:
    err("ids are not eu01..eu80 exactly once")
if [l["id"] for l in labels] != ids:
    err("labels not in draft order")

def luhn(num):
    s, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9: d -= 9
        s += d; alt = not alt
    return s % 10 == 0

def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
CARD_RE = re.compile(r"(?<!\d)(?<!\d[.,])\d(?:[ -]?\d){12,18}(?!\d|[.,]\d)")
PHONE_RE = re.compile(r"(?<![\d/-])(?<!\d[.,])(?:\+?\d{1,4} ){2,5}\d{2,4}(?!\d|[.,/]\d)")

def num(s):
    """parse 1.234,56 / 1,234.56 / 1 234,56 / 2,40,000.00 (Indian) -> float"""
    s = s.replace("\u00a0", " ").replace(" ", "")
    m = re.search(r"[.,](\d{2})$", s)
    if m:
        intpart, dec = s[:m.start()], m.group(1)
    else:
        intpart, dec = s, "0"
    return float(re.sub(r"[.,]", "", intpart) + "." + dec)

# arithmetic facts: (anchor invoice id, [(literal that must appear, ...)], predicate over parsed numbers)
FACTS = [
    ("GM-7781", ["1 500,00", "1 275,00", "15 %"], lambda a, b, c: abs(a * 0.85 - b) < 0.005),
    ("WK-3093", ["2.380,00", "47,60", "2 %"], lambda a, b, c: abs(a * 0.02 - b) < 0.005),
    ("IPV-2211", ["980,00", "120,00", "860,00"], lambda a, b, c: abs(a - b - c) < 0.005),
    ("SH-2026-0142", ["18,600.00", "1,200.00", "17,400.00"], lambda a, b, c: abs(a - b - c) < 0.005),
    ("PB-0611", ["7.140,00", "2.380,00", "9.520,00"], lambda a, b, c: abs(a + b - c) < 0.005),
    ("2026-1197", ["6 150,00", "18 450,00", "tre rater"], lambda a, b, c: abs(3 * a - b) < 0.005),
    ("MP/25-26/0437", ["80,000.00", "2,40,000.00", "तीन"], lambda a, b, c: abs(3 * a - b) < 0.005),
    ("18.471", ["2.000,00", "2.450,00", "fecha em"], lambda a, b, c: a < b),
    ("7702", ["85.00", "1,240.00", "two halves"], lambda a, b, c: a > 0 and b > 0),
]

vc, lc, la = Counter(), Counter(), Counter()
doubles = 0
for d, l in zip(drafts, labels):
    did = d["id"]
    if set(d) != {"id", "subject", "body"}: err(did, "draft keys", sorted(d))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: err(did, "label keys", sorted(l))
    v = l["violations"]
    if not isinstance(l["allowed"], bool) or l["allowed"] != (v == []): err(did, "allowed/violations mismatch")
    if any(x not in ORDER for x in v) or len(set(v)) != len(v): err(did, "bad violations", v)
    elif v != sorted(v, key=ORDER.index): err(did, "violations not in table order", v)
    key = "A" if not v else "+".join(KEYL.get(x, "?") for x in v)
    if not l["note"].startswith("[%s, %s] " % (key, l["lang"])): err(did, "note prefix", l["note"][:20])
    text = d["subject"] + "\n" + d["body"]
    quotes = re.findall(r"«(.+?)»", l["note"])
    if not quotes: err(did, "note quotes nothing")
    for q in quotes:
        pos = 0
        for part in q.split(" ... "):   # " ... " marks an elision inside a quote; parts must appear in order
            k = text.find(part, pos)
            if k < 0:
                err(did, "quote not in draft:", q); break
            pos = k + len(part)
    if l["lang"] in SCRIPT and not re.search("[%s]" % SCRIPT[l["lang"]], d["body"]):
        err(did, "body lacks the script of", l["lang"])
    # full IBAN / card numbers => sensitive_data
    full = [m.group(0) for m in IBAN_RE.finditer(text) if iban_ok(m.group(0))]
    cards = [m.group(0) for m in CARD_RE.finditer(text)
             if 13 <= len(re.sub(r"\D", "", m.group(0))) <= 19 and luhn(re.sub(r"\D", "", m.group(0)))]
    if (full or cards) and "sensitive_data" not in v: err(did, "full IBAN/card but not sensitive_data", full, cards)
    for q in quotes:
        if "IBAN" in q and not full: err(did, "quoted IBAN fails mod-97:", q)
        if "IBAN" not in q and re.search(r"\d{4} \d{4} \d{4} \d{4}", q) and not cards: err(did, "quoted card fails Luhn:", q)
    # made-up contact data
    for u in re.findall(r"https?://([^/\s]+)", text):
        if not u.endswith(".example"): err(did, "non-.example domain", u)
    masked = IBAN_RE.sub(" ", CARD_RE.sub(" ", text))
    for m in PHONE_RE.finditer(masked):
        digits = re.sub(r"\D", "", m.group(0))
        if 8 <= len(digits) <= 12 and "555" not in digits: err(did, "phone-like number without 555:", m.group(0))
    # explicit dates must be valid
    for dd, mm, yy in re.findall(r"\b(\d{1,2})\.(\d{1,2})\.(20\d\d)\b", text):
        date(int(yy), int(mm), int(dd))
    if "2569" in text and "มีนาคม 2569" not in text: err(did, "Thai year")
    vc.update(v); lc[l["lang"]] += 1; la[l["lang"]] += l["allowed"]
    doubles += len(v) > 1

alltext = {d["id"]: d["subject"] + "\n" + d["body"] for d in drafts}
for anchor, lits, pred in FACTS:
    hits = [i for i, t in alltext.items() if anchor in t]
    if len(hits) != 1:
        err("fact anchor", anchor, "found in", hits); continue
    t = alltext[hits[0]]
    for s in lits:
        if s not in t: err(hits[0], "fact literal missing", s)
    nums = [num(s) for s in lits if re.fullmatch(r"[\d., ]+", s)] + [0, 0]
    if not pred(*nums[:3]): err(hits[0], "arithmetic fails", anchor, lits)

# Thai Buddhist year = Gregorian + 543
if 2569 - 543 != 2026: err("thai year arithmetic")

n_allowed = sum(l["allowed"] for l in labels)
if not 36 <= n_allowed <= 44: err("allowed count", n_allowed)
for x in ORDER:
    if not 5 <= vc[x] <= 9: err("class count out of 5-9:", x, vc[x])
if doubles < 3: err("too few two-violation drafts", doubles)
main_n = sum(c for x, c in lc.items() if x in MAIN)
if not 35 <= main_n <= 45: err("main-language drafts", main_n)
for x, c in lc.items():
    if x not in MAIN and c > 3: err("too many drafts in", x, c)
if len([x for x in lc if x not in MAIN]) < 15: err("too few other languages")

print("allowed", n_allowed, "violating", 80 - n_allowed, "doubles", doubles)
print("classes", dict((x, vc[x]) for x in ORDER))
print("langs", dict(sorted(lc.items())))
if errors:
    print("\n".join("ERROR: " + e for e in errors)); sys.exit(1)
print("OK: all checks passed")
