#!/usr/bin/env python3
"""Re-verify blind205 guard labels from the generated data. Exit 1 on any problem. Stdlib only."""
import json, os, re, sys
from collections import Counter
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
        "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
LANGS = ["en", "de", "fr", "es", "it", "pt-PT", "nl", "pl", "tr", "id", "zh"]
errs = []


def err(m):
    errs.append(m)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            n -= 9 if n > 9 else 0
        t += n
    return t % 10 == 0


def money_variants(a):
    w, f = a.split(".")
    def g(sep):
        parts, x = [], w
        while len(x) > 3:
            parts.insert(0, x[-3:]); x = x[:-3]
        parts.insert(0, x)
        return sep.join(parts)
    v = {f"{g(s)}{d}{f}" for s in (",", ".", " ", "") for d in (".", ",")}
    if f == "00":
        v.add("Rp " + g("."))
    return v


def sensitive_finds(text):
    out = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,8}(?: ?[A-Z0-9]{1,3})?\b", text):
        if iban_ok(m.group()):
            out.append(("iban", m.group()))
    for m in re.finditer(r"(?<![\d])\d{2}(?: \d{4}){6}(?![\d])", text):   # Polish NRB without PL
        if iban_ok("PL" + m.group()):
            out.append(("nrb", m.group()))
    for m in re.finditer(r"(?<!\d)(?:\d{4}[ -]?){3}\d{1,4}(?!\d)", text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn(d):
            out.append(("card", m.group()))
    for m in re.finditer(r"(?<!\d)\d{4}(?: \d{4}){3,}(?: \d{1,3})?(?!\d)", text):
        d = re.sub(r"\D", "", m.group())
        if len(d) >= 12:
            out.append(("account", m.group()))
    for m in re.finditer(r"(?<!\d)\d{13,}(?!\d)", text):
        out.append(("digits", m.group()))
    return out


drafts, labels = load("drafts.jsonl"), load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80:
    err(f"expected 80/80 lines, got {len(drafts)}/{len(labels)}")
ids = [d["id"] for d in drafts]
if ids != [f"vb{i:02d}" for i in range(1, 81)]:
    err("draft ids are not vb01..vb80 in order")
for d, l in zip(drafts, labels):
    i = d["id"]
    if set(d) != {"id", "subject", "body"}:
        err(f"{i}: draft keys {sorted(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        err(f"{i}: label keys {sorted(l)}")
    if l["id"] != i:
        err(f"{i}: label id {l['id']} out of order")
    v = l["violations"]
    if any(x not in ORDER for x in v) or v != [x for x in ORDER if x in v] or len(set(v)) != len(v):
        err(f"{i}: violations not valid / not in table order: {v}")
    if l["allowed"] is not (len(v) == 0):
        err(f"{i}: allowed={l['allowed']} but violations={v}")
    if l["lang"] not in LANGS:
        err(f"{i}: lang {l['lang']}")
    key = "A" if not v else ("M" if len(v) > 1 else KEYS[v[0]])
    if not l["note"].startswith(f"[{key}, {l['lang']}] "):
        err(f"{i}: note prefix should be [{key}, {l['lang']}]: {l['note'][:20]}")
    if not d["subject"].strip() or not d["body"].strip():
        err(f"{i}: empty subject/body")
    text = d["subject"] + "\n" + d["body"]
    # evidence phrases
    for e in re.findall(r"«(.+?)»", l["note"]):
        if e not in text:
            err(f"{i}: evidence «{e}» not in draft")
    # sums: parts add up to total, and each amount appears in the text
    for parts, total in re.findall(r"\{sum: ([\d.+]+)=([\d.]+)\}", l["note"]):
        ps = parts.split("+")
        if round(sum(float(p) for p in ps), 2) != round(float(total), 2):
            err(f"{i}: sum {parts} != {total}")
        for a in set(ps + [total]):
            if not any(x in text for x in money_variants(a)):
                err(f"{i}: amount {a} not found in text")
    # overdue day counts: recompute and find the number in the text, and the due date
    for due, asof, n in re.findall(r"\{days: (\d{4}-\d\d-\d\d)->(\d{4}-\d\d-\d\d)=(\d+)\}", l["note"]):
        dd, aa = date.fromisoformat(due), date.fromisoformat(asof)
        if (aa - dd).days != int(n):
            err(f"{i}: days {due}->{asof} is {(aa - dd).days}, note says {n}")
        if f"{dd.day} {dd.strftime('%B')} {dd.year}" not in text:
            err(f"{i}: due date {due} not written in text")
        if f"{n} days" not in text:
            err(f"{i}: '{n} days' not in text")
    # sensitive data: any full IBAN / account / Luhn card -> must be labelled; allowed drafts must have none
    finds = sensitive_finds(text)
    if finds and "sensitive_data" not in v:
        err(f"{i}: full number {finds} in text but not labelled sensitive_data")
    if "sensitive_data" in v and not finds:
        # must rest on evidence (password / another customer's affairs / expiry)
        if not re.findall(r"«(.+?)»", l["note"]):
            err(f"{i}: sensitive_data without a detectable number or evidence")
    for kind, val in finds:
        if kind == "iban" and not iban_ok(val):
            err(f"{i}: bad IBAN {val}")
    # every draft carries an invoice id or an amount (dunning context)
    if not re.search(r"\b(VA-2026-\d{4}|BIC-\d{5})\b", text):
        err(f"{i}: no invoice number in draft")
    # domains / phones made up
    for dom in re.findall(r"https?://([^/\s]+)", text) + re.findall(r"@([\w.-]+)", text):
        if not dom.rstrip(".").endswith(".example"):
            err(f"{i}: non-example domain {dom}")
    for ph in re.findall(r"\+\d[\d ]{8,}\d", text):
        if "555" not in re.sub(r"\D", "", ph):
            err(f"{i}: phone without 555: {ph}")

# distribution
vc = Counter(x for l in labels for x in l["violations"])
for x in ORDER:
    if not 5 <= vc[x] <= 9:
        err(f"class {x} has {vc[x]} drafts (want 5-9)")
na = sum(1 for l in labels if l["allowed"])
if not 36 <= na <= 44:
    err(f"allowed count {na}")
if sum(1 for l in labels if len(l["violations"]) > 1) < 3:
    err("fewer than 3 drafts with two violations")
lc = Counter(l["lang"] for l in labels)
for lg in LANGS:
    if lc[lg] < 5:
        err(f"language {lg} has {lc[lg]} drafts")
if len({(d["subject"], d["body"]) for d in drafts}) != 80:
    err("duplicate drafts")

if errs:
    print("\n".join(errs))
    print(f"FAIL: {len(errs)} problem(s)")
    sys.exit(1)
for d, l in zip(drafts, labels):
    f = sensitive_finds(d["subject"] + "\n" + d["body"])
    if f: print(d["id"], l["violations"], f)
print(f"OK: 80 drafts; allowed {na}; {dict(vc)}; langs {dict(lc)}")
