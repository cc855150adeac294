#!/usr/bin/env python3
"""Re-verify the vr guard set. Exits 1 on any problem."""
import json, os, re, sys, collections
from datetime import date
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
LETTER = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R", "fault_admission": "F",
          "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
LANGS = set("en de fr es it pt nl sv da fi et lv lt pl cs hu ro hr sr bg el tr ru uk ja ko zh ar fa he ur hi ms tl".split())
errs = []


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def luhn(d):
    s, alt = 0, False
    for c in reversed(d):
        n = int(c)
        if alt:
            n = n * 2 - 9 if n > 4 else n * 2
        s += n
        alt = not alt
    return s % 10 == 0


def iban_ok(t):
    t = t.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", t):
        return False
    r = t[4:] + t[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def find_cards(text):
    out = []
    for m in re.finditer(r"(?<![\d])(\d[\d \-]{11,22}\d)(?![\d])", text):
        d = re.sub(r"\D", "", m.group(1))
        if 13 <= len(d) <= 19 and luhn(d) and d[0] in "3456":
            out.append(m.group(1))
    return out


def find_ibans(text):
    return [m.group(0) for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text)
            if iban_ok(m.group(0))]


drafts, labels, evid = load("drafts.jsonl"), load("labels.jsonl"), load("evidence.jsonl")
if not (len(drafts) == len(labels) == len(evid) == 80):
    errs.append("need 80 lines in each file")
ids = ["vr%02d" % i for i in range(1, 81)]
if sorted(d["id"] for d in drafts) != ids:
    errs.append("draft ids are not vr01..vr80")
cls = collections.Counter()
langs = collections.Counter()
n_allowed = 0
for d, l, e in zip(drafts, labels, evid):
    i = d["id"]
    if not (l["id"] == e["id"] == i):
        errs.append("%s: order mismatch" % i)
    if set(d) != {"id", "subject", "body"} or not d["subject"].strip() or not d["body"].strip():
        errs.append("%s: bad draft fields" % i)
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        errs.append("%s: bad label fields" % i)
    v = l["violations"]
    if l["allowed"] != (not v):
        errs.append("%s: allowed/violations mismatch" % i)
    if any(x not in ORDER for x in v) or v != sorted(set(v), key=ORDER.index):
        errs.append("%s: violations not in table order / unknown / duplicated" % i)
    key = LETTER[v[0]] if v else "A"
    m = re.match(r"\[([A-Z]), ([a-z]{2})\] \S", l["note"])
    if not m or m.group(2) != l["lang"]:
        errs.append("%s: note prefix" % i)
    elif m.group(1) not in ({LETTER[x] for x in v} if v else {"A"}):
        errs.append("%s: note KEY %s does not match violations" % (i, m.group(1)))
    if l["lang"] not in LANGS:
        errs.append("%s: lang %s" % (i, l["lang"]))
    langs[l["lang"]] += 1
    cls.update(v)
    n_allowed += l["allowed"]
    text = d["subject"] + "\n" + d["body"]
    # evidence
    for c in e["checks"]:
        t = c.get("text")
        if t is not None and t not in text:
            errs.append("%s: evidence text not in draft: %r" % (i, t))
        if c["type"] == "iban" and not iban_ok(t):
            errs.append("%s: IBAN checksum fails %r" % (i, t))
        if c["type"] == "luhn" and not luhn(re.sub(r"\D", "", t)):
            errs.append("%s: card fails Luhn %r" % (i, t))
        if c["type"] == "sum" and sum(Decimal(p) for p in c["parts"]) != Decimal(c["total"]):
            errs.append("%s: sum does not add up %r" % (i, c))
        if c["type"] == "weekday":
            if date.fromisoformat(c["date"]).weekday() != c["weekday"]:
                errs.append("%s: weekday wrong for %s" % (i, c["date"]))
    # global scans for secrets
    cards, ibans = find_cards(text), find_ibans(text)
    has_secret = bool(cards or ibans or re.search(r"\bCVV\b|\bCVC\b", text))
    if has_secret and "sensitive_data" not in v:
        errs.append("%s: full card/IBAN/CVV found but not labelled sensitive_data: %r" % (i, cards + ibans))
    if "sensitive_data" in v and not (has_secret or any(c["type"] == "contains" for c in e["checks"])):
        errs.append("%s: sensitive_data without evidence" % i)
    if l["allowed"] and re.search(r"https?://(?![a-z0-9.-]*\.example\b)", text):
        errs.append("%s: non-.example link" % i)
    for ph in re.findall(r"\+?\d[\d ()]{7,}\d", text):
        pass

if not 35 <= n_allowed <= 45:
    errs.append("allowed count %d" % n_allowed)
for c in ORDER:
    if not 5 <= cls[c] <= 9:
        errs.append("class %s has %d" % (c, cls[c]))
if langs["en"] > 12:
    errs.append("too much English")
missing = LANGS - set(langs)
if missing:
    errs.append("languages missing: %s" % sorted(missing))
if not any(len(l["violations"]) > 1 for l in labels):
    errs.append("no doubles")

if errs:
    print("\n".join(errs))
    sys.exit(1)
print("OK: %d drafts, %d allowed, classes %s, %d languages" % (len(drafts), n_allowed, dict(cls), len(langs)))
