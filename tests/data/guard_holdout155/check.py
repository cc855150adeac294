#!/usr/bin/env python3
"""Checks blind set 419: structure, counts, labels, triggers and sensitive numbers. Exits 1 on any problem."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
ABBR = dict(zip(ORDER, ["LT", "DO", "RC", "FA", "TC", "HA", "SD"]))
LANGS = {"es-MX", "es-ES", "fr-FR", "fr-CA", "de-DE", "it-IT", "pt-BR", "pt-PT", "pl-PL",
         "cs-CZ", "el-GR", "en-US", "en-GB"}
IBAN_LEN = {"PT": 25, "PL": 28, "DE": 22, "ES": 24, "FR": 27, "IT": 27, "GR": 27, "CZ": 24, "GB": 22}
problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


drafts, labels, meta = load("drafts.jsonl"), load("labels.jsonl"), load("meta.jsonl")

# ---- structure ----
for name, rows in (("drafts", drafts), ("labels", labels), ("meta", meta)):
    if len(rows) != 80:
        bad("%s: %d lines, expected 80" % (name, len(rows)))
for i, (d, l, m) in enumerate(zip(drafts, labels, meta), 1):
    want = "py%02d" % i
    if not (d["id"] == l["id"] == m["id"] == want):
        bad("line %d: ids %s/%s/%s, expected %s" % (i, d["id"], l["id"], m["id"], want))
    if list(d) != ["id", "subject", "body"]:
        bad("%s: draft keys %s" % (want, list(d)))
    if list(l) != ["id", "allowed", "violations", "note", "lang"]:
        bad("%s: label keys %s" % (want, list(l)))
    if not d["subject"].strip() or not d["body"].strip():
        bad("%s: empty subject or body" % want)

# ---- labels ----
vcount, keycount, langcount, subtle_n, doubles = Counter(), Counter(), Counter(), 0, 0
for d, l, m in zip(drafts, labels, meta):
    did, viol = l["id"], l["violations"]
    text = d["subject"] + "\n" + d["body"]
    if l["allowed"] != (viol == []):
        bad("%s: allowed inconsistent with violations" % did)
    if any(v not in ORDER for v in viol) or len(set(viol)) != len(viol):
        bad("%s: unknown or repeated violation %s" % (did, viol))
        continue
    if viol != sorted(viol, key=ORDER.index):
        bad("%s: violations not in table order" % did)
    if l["lang"] not in LANGS:
        bad("%s: unknown lang %s" % (did, l["lang"]))
    key = "+".join(ABBR[v] for v in viol) if viol else "OK"
    prefix = "[%s, %s] " % (key, l["lang"])
    if not l["note"].startswith(prefix):
        bad("%s: note should start %r" % (did, prefix))
    rest = l["note"][len(prefix):]
    if rest.startswith("Subtle") != bool(m["subtle"]):
        bad("%s: Subtle marker does not match meta" % did)
    if m["subtle"] and not viol:
        bad("%s: allowed draft marked Subtle" % did)
    if len(rest.replace("Subtle:", "").strip()) < 15:
        bad("%s: note lacks a reason" % did)
    vcount.update(viol)
    keycount[key] += 1
    langcount[l["lang"]] += 1
    subtle_n += bool(m["subtle"])
    doubles += len(viol) == 2
    if len(viol) > 2:
        bad("%s: more than two violations" % did)
    # triggers
    if set(m["triggers"]) != set(viol):
        bad("%s: triggers %s do not match violations %s" % (did, sorted(m["triggers"]), viol))
    for v, t in m["triggers"].items():
        if not t or t not in text:
            bad("%s: trigger for %s not found: %r" % (did, v, t))
    if not viol:
        if not m["near_miss"] or m["near_miss"] not in text:
            bad("%s: near-miss phrase missing: %r" % (did, m["near_miss"]))
    # sensitive values
    has_sd = "sensitive_data" in viol
    if has_sd and not m["sensitive"]:
        bad("%s: sensitive_data without a recorded sensitive value" % did)
    if not has_sd and m["sensitive"]:
        bad("%s: sensitive value recorded but not labelled sensitive_data" % did)
    for s in m["sensitive"]:
        k, val = s["kind"], s["value"]
        if k == "other_customer":
            name, amount = val.split("|")
            if name not in text or amount not in text:
                bad("%s: other customer's name/amount not in text" % did)
            continue
        if val not in text:
            bad("%s: %s value %r not in text" % (did, k, val))
        digits = re.sub(r"\D", "", val)
        if k == "card":
            if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
                bad("%s: card %r is not a Luhn-valid full number" % (did, val))
        elif k == "iban":
            if not iban_ok(val):
                bad("%s: IBAN %r fails mod-97/length" % (did, val))
        elif k == "nrb_pl":
            if len(digits) != 26 or not iban_ok("PL" + digits):
                bad("%s: Polish account %r is not a valid 26-digit NRB" % (did, val))
        elif k == "cvv":
            if not re.fullmatch(r"\d{3,4}", val) or ("CVV " + val) not in text:
                bad("%s: CVV %r malformed or not labelled as CVV" % (did, val))
        elif k == "expiry":
            mm = re.fullmatch(r"(\d{2})/(\d{2})", val)
            if not mm or not 1 <= int(mm.group(1)) <= 12:
                bad("%s: expiry %r malformed" % (did, val))
        elif k == "password":
            if len(val) < 8 or not re.search(r"\d", val):
                bad("%s: password %r implausible" % (did, val))
        else:
            bad("%s: unknown sensitive kind %s" % (did, k))
    for mv in m["masked"]:
        if mv not in text:
            bad("%s: masked value %r not in text" % (did, mv))
        if len(re.sub(r"\D", "", mv)) > 4:
            bad("%s: masked value %r shows more than four digits" % (did, mv))
    # nothing sensitive may hide in drafts not labelled sensitive_data
    if not has_sd:
        for mt in re.finditer(r"\d(?:[ -]?\d){12,18}(?!\d)", text):
            digits = re.sub(r"\D", "", mt.group())
            before = text[max(0, mt.start() - 12):mt.start()]
            if luhn_ok(digits) and "SIRET" not in before:
                bad("%s: unlabelled Luhn-valid number %r" % (did, mt.group()))
        for mt in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", text):
            if iban_ok(mt.group()):
                bad("%s: unlabelled valid IBAN %r" % (did, mt.group()))
        if re.search(r"\d(?: ?\d){19,}", text):
            bad("%s: unlabelled 20+ digit account-like number" % did)
        if re.search(r"\b(CVV|CVC)\s*:?\s*\d{3,4}\b", text):
            bad("%s: unlabelled CVV" % did)

# ---- counts ----
allowed_n = sum(l["allowed"] for l in labels)
if allowed_n != 40:
    bad("allowed drafts: %d, expected 40" % allowed_n)
for v in ORDER:
    if not 6 <= vcount[v] <= 8:
        bad("%s appears %d times, expected 6-8" % (v, vcount[v]))
if not 6 <= doubles <= 8:
    bad("%d two-violation drafts, expected 6-8" % doubles)
if not 16 <= subtle_n <= 24:
    bad("%d subtle drafts of 40 violating, expected about half" % subtle_n)
if set(langcount) != LANGS:
    bad("languages missing: %s" % sorted(LANGS - set(langcount)))

# ---- determinism: build.py must regenerate exactly these files ----
try:
    import build
    gd, gl, gm = build.generate()
    if (gd, gl, gm) != (drafts, labels, meta):
        bad("build.py output differs from the files on disk; rerun build.py")
except Exception as exc:  # pragma: no cover
    bad("could not import build.py: %r" % exc)

print("violations:", dict((v, vcount[v]) for v in ORDER))
print("keys:", dict(sorted(keycount.items())))
print("langs:", dict(sorted(langcount.items())))
print("allowed=%d violating=%d subtle=%d doubles=%d" % (allowed_n, 80 - allowed_n, subtle_n, doubles))
if problems:
    print("\n%d PROBLEM(S):" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK: all checks passed")
