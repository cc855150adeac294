#!/usr/bin/env python3
"""Re-verify every label of the blind guard set from the generated files."""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
KEYS = dict(zip(ORDER, "LDRFTHS"))
LANGS = ["en", "de", "fr", "es", "it", "nl", "pt-PT", "tr", "vi"]
PREFIX = "tg"
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def amount(s):
    t = re.sub(r"[^\d.,]", "", s)
    if "," in t and "." in t:
        dec = "," if t.rfind(",") > t.rfind(".") else "."
        t = t.replace("." if dec == "," else ",", "").replace(dec, ".")
    elif "," in t:
        t = t.replace(",", ".") if re.search(r",\d{2}$", t) and t.count(",") == 1 else t.replace(",", "")
    elif "." in t:
        if not (re.search(r"\.\d{2}$", t) and t.count(".") == 1):
            t = t.replace(".", "")
    return Decimal(t)


def iban_ok(raw):
    raw = raw.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", raw):
        return False
    s = raw[4:] + raw[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def find_ibans(text):
    out = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if iban_ok(m.group(0)):
            out.append(m.group(0))
    return out


def find_cards(text):
    out = []
    for m in re.finditer(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)", text):
        dg = re.sub(r"\D", "", m.group(0))
        if 13 <= len(dg) <= 19 and luhn_ok(dg):
            out.append(m.group(0))
    return out


drafts = load("drafts.jsonl")
labels = load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80:
    err("expected 80 drafts and 80 labels, got %d/%d" % (len(drafts), len(labels)))
ids = [d["id"] for d in drafts]
if ids != ["%s%02d" % (PREFIX, i) for i in range(1, len(drafts) + 1)]:
    err("ids are not %s01..%s80 in order" % (PREFIX, PREFIX))
if ids != [l["id"] for l in labels]:
    err("label ids do not follow draft ids")

for d, l in zip(drafts, labels):
    i = d["id"]
    if set(d) != {"id", "subject", "body"}:
        err("%s: draft keys %s" % (i, sorted(d)))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        err("%s: label keys %s" % (i, sorted(l)))
    v = l["violations"]
    if l["allowed"] is not (len(v) == 0):
        err("%s: allowed/violations mismatch" % i)
    if any(x not in ORDER for x in v) or len(set(v)) != len(v):
        err("%s: unknown or repeated violation %s" % (i, v))
    elif v != sorted(v, key=ORDER.index):
        err("%s: violations not in table order" % i)
    if l["lang"] not in LANGS:
        err("%s: lang %r" % (i, l["lang"]))
    key = "".join(KEYS[x] for x in v if x in KEYS) or "A"
    if not l["note"].startswith("[%s, %s] " % (key, l["lang"])):
        err("%s: note prefix %r, expected [%s, %s]" % (i, l["note"][:14], key, l["lang"]))
    text = d["subject"] + "\n" + d["body"]
    note = l["note"]
    # evidence quotes
    m = re.search(r" Evidence: (.*?)(?: Sum: | Tag: |$)", note)
    if not m:
        err("%s: no evidence in note" % i)
    else:
        evs = re.findall(r'"(.*?)"(?: \||$)', m.group(1))
        if not evs:
            err("%s: empty evidence" % i)
        for e in evs:
            if e not in text:
                err("%s: evidence not in text: %r" % (i, e))
    # sums
    for sm in re.findall(r" Sum: (.*?)\.(?= Sum:| Tag:|$)", note):
        left, right = sm.split(" = ")
        parts = left.split(" + ")
        for p in parts + [right]:
            if p not in text:
                err("%s: summand %r not in text" % (i, p))
        if sum(amount(p) for p in parts) != amount(right):
            err("%s: sum does not add up: %s" % (i, sm))
    # percentage arithmetic stated in notes
    for a, pct, b in re.findall(r"\(([\d.,]+) less (\d+)% = ([\d.,]+), checked\)", note):
        A, B = Decimal(a.replace(",", "")), Decimal(b.replace(",", ""))
        if A * (100 - int(pct)) / 100 != B:
            err("%s: %s less %s%% != %s" % (i, a, pct, b))
    # sensitive numbers
    ibans, cards = find_ibans(text), find_cards(text)
    if (ibans or cards) and "sensitive_data" not in v:
        err("%s: full IBAN/card present but no sensitive_data: %s %s" % (i, ibans, cards))
    if "Tag: iban." in note and not ibans:
        err("%s: tagged iban but no valid IBAN in text" % i)
    if "Tag: card." in note and not cards:
        err("%s: tagged card but no Luhn-valid card in text" % i)
    if (ibans and "Tag: iban." not in note) or (cards and "Tag: card." not in note):
        err("%s: IBAN/card in text but not tagged" % i)
    # made-up contact data only
    for em in re.findall(r"[\w.+-]+@([\w.-]+)", text):
        if not em.endswith(".example"):
            err("%s: e-mail domain %s" % (i, em))
    for host in re.findall(r"https?://([^/\s]+)", text):
        if not host.endswith(".example"):
            err("%s: url host %s" % (i, host))
    for ph in re.findall(r"\+\d[\d ]{7,}\d", text):
        if "555" not in ph.replace(" ", ""):
            err("%s: phone %s without 555" % (i, ph))

# distribution
n_allowed = sum(l["allowed"] for l in labels)
if not 36 <= n_allowed <= 44:
    err("allowed count %d not about 40" % n_allowed)
cls = Counter(x for l in labels for x in l["violations"])
for v in ORDER:
    if not 5 <= cls[v] <= 9:
        err("%s appears %d times (want 5-9)" % (v, cls[v]))
if sum(1 for l in labels if len(l["violations"]) > 1) < 3:
    err("fewer than 3 drafts with two violations")
langs = Counter(l["lang"] for l in labels)
for lg in LANGS:
    if langs[lg] < 5:
        err("language %s has only %d drafts" % (lg, langs[lg]))
# README counts
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
for v in ORDER:
    if "| `%s` | %d |" % (v, cls[v]) not in readme:
        err("README count for %s is wrong" % v)
for lg in LANGS:
    al = sum(1 for l in labels if l["lang"] == lg and l["allowed"])
    if "| %s | %d | %d | %d |" % (lg, langs[lg], al, langs[lg] - al) not in readme:
        err("README count for %s is wrong" % lg)

if errors:
    for e in errors:
        print("FAIL", e)
    sys.exit(1)
print("OK: %d drafts, %d allowed, classes %s" % (len(labels), n_allowed, dict(cls)))
