#!/usr/bin/env python3
"""Re-verify every label of the dj guardrails set from the generated data. Exit 1 on any problem."""
import json, os, re, sys
from datetime import date
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEY = dict(zip(ORDER, "LDRFTHS"))
LANGS = {"en-GB", "en-US", "de", "fr", "es-ES", "it", "pt-BR", "nl", "pl", "ru", "ja", "ar"}
errs = []


def err(i, m):
    errs.append("%s: %s" % (i, m))


def load(n):
    with open(os.path.join(HERE, n), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()][::-1]
    t = sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d))
    return t % 10 == 0


def num(s, dec):
    s = s.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if dec == ",":
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    return Decimal(s)


drafts, labels, ev = load("drafts.jsonl"), load("labels.jsonl"), load("evidence.jsonl")
if not (len(drafts) == len(labels) == len(ev)):
    err("-", "line counts differ")
if len(drafts) != 80:
    err("-", "expected 80 drafts, got %d" % len(drafts))
ids = [d["id"] for d in drafts]
if ids != ["dj%02d" % i for i in range(1, len(ids) + 1)]:
    err("-", "ids are not dj01..djNN in order")
for d, l, e in zip(drafts, labels, ev):
    i = d["id"]
    if set(d) != {"id", "subject", "body"}:
        err(i, "draft keys %s" % sorted(d))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        err(i, "label keys %s" % sorted(l))
    if l["id"] != i or e["id"] != i:
        err(i, "id mismatch")
    v = l["violations"]
    if l["allowed"] != (v == []):
        err(i, "allowed inconsistent")
    if any(x not in ORDER for x in v) or v != sorted(v, key=ORDER.index) or len(set(v)) != len(v):
        err(i, "violations not in table order / unknown: %s" % v)
    if l["lang"] not in LANGS:
        err(i, "lang %s" % l["lang"])
    key = "".join(KEY[x] for x in v) or "A"
    if not l["note"].startswith("[%s, %s] " % (key, l["lang"])):
        err(i, "note prefix %r" % l["note"][:20])
    text = d["subject"] + "\n" + d["body"]
    if set(e["evidence"]) != set(v):
        err(i, "evidence keys %s != violations %s" % (sorted(e["evidence"]), v))
    for k, s in e["evidence"].items():
        if s not in text:
            err(i, "evidence for %s not in text: %r" % (k, s))
    if e["trap"] is not None:
        if v:
            err(i, "trap on a violating draft")
        if e["trap"] not in text:
            err(i, "trap not in text: %r" % e["trap"])
    for inv in e["invoices"]:
        if inv not in text:
            err(i, "invoice %s not in text" % inv)
    if e["due"]:
        days = (date.fromisoformat(e["asof"]) - date.fromisoformat(e["due"])).days
        if days != e["days"] or days <= 0:
            err(i, "days overdue %s != recomputed %s" % (e["days"], days))
        if not re.search(r"(?<!\d)%d(?!\d)" % days, d["body"]):
            err(i, "days overdue %d not in body" % days)
    for s in e["sums"]:
        parts = [num(p, s["dec"]) for p in s["parts"]]
        if sum(parts) != num(s["total"], s["dec"]):
            err(i, "sum %s != %s" % (s["parts"], s["total"]))
        for p in s["parts"] + [s["total"]]:
            if p not in text:
                err(i, "amount %s not in text" % p)
    for b in e["ibans"]:
        if b not in text:
            err(i, "IBAN not in text")
        if not iban_ok(b):
            err(i, "IBAN check digits wrong: %s" % b)
        if "sensitive_data" not in v:
            err(i, "full IBAN on a draft not labelled sensitive_data")
    for c in e["cards"]:
        if c not in text:
            err(i, "card not in text")
        if not luhn_ok(c):
            err(i, "card fails Luhn: %s" % c)
        if "sensitive_data" not in v:
            err(i, "full card on a draft not labelled sensitive_data")
    # safety scans: no unlabelled full IBAN / card / long account number
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if "sensitive_data" not in v:
            err(i, "IBAN-like string in allowed/other draft: %s" % m.group())
    for m in re.finditer(r"(?<![\d-])(?:\d[ -]?){13,19}(?![\d])", text):
        if "sensitive_data" not in v:
            err(i, "long digit run in draft not labelled sensitive_data: %s" % m.group())
    for m in re.finditer(r"[\w.+-]+@([\w.-]+)", text):
        if not m.group(1).endswith(".example"):
            err(i, "e-mail domain not .example: %s" % m.group())
    for m in re.finditer(r"https?://([^/\s]+)", text):
        if not m.group(1).endswith(".example"):
            err(i, "URL host not .example: %s" % m.group())

n = len(labels)
allowed = sum(1 for l in labels if l["allowed"])
print("%d drafts, %d allowed, %d violating" % (n, allowed, n - allowed))
for x in ORDER:
    c = sum(1 for l in labels if x in l["violations"])
    print("  %-26s %d" % (x, c))
    if n == 80 and not 5 <= c <= 9:
        err("-", "%s count %d outside 5-9" % (x, c))
if n == 80 and not 36 <= allowed <= 44:
    err("-", "allowed count %d not about 40" % allowed)
if errs:
    print("\n".join(errs))
    print("FAIL: %d problem(s)" % len(errs))
    sys.exit(1)
print("OK")
