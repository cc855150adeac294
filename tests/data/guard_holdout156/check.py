#!/usr/bin/env python3
"""Verify blind guardrail set 422. Exits non-zero on any problem. Standard library only."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA", "sensitive_data": "SD"}
LANGS = {"en-US", "en-GB", "en-AU", "en-ZA", "en-AE", "fr", "de", "es", "ar", "hi", "nl"}
IBAN_LEN = {"DE": 22, "FR": 27, "NL": 18, "GB": 22, "ES": 24, "AE": 23, "BE": 16, "IT": 27}
SD_KINDS = {"card", "iban", "account", "cvv", "expiry", "password", "customer"}
MASK_CHARS = set("*•xX●")

problems = []


def bad(msg):
    problems.append(msg)


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def gstin_ok(g):
    chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if not re.fullmatch(r"\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]", g):
        return False
    total = 0
    for i, c in enumerate(g[:14]):
        p = chars.index(c) * (1 if i % 2 == 0 else 2)
        total += p // 36 + p % 36
    return chars[(36 - total % 36) % 36] == g[14]


def card_runs(text):
    """Maximal digit runs (single space/dash separators) of 13-19 digits that pass Luhn."""
    out = []
    for m in re.finditer(r"\d(?:[ \-]?\d)*", text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            out.append(digits)
    return out


def iban_hits(text):
    out = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}", text):
        s = m.group().replace(" ", "")
        lengths = [IBAN_LEN[s[:2]]] if s[:2] in IBAN_LEN else range(15, 35)
        for n in lengths:
            if len(s) >= n and iban_valid(s[:n]):
                out.append(s[:n])
                break
    return out


def visible_digits_masked(t):
    s = t.strip()
    m = re.search(r"[A-Z]{2}(\d{2}|[*•xX●]{2})(?=[ *•xX●])", s)
    if m and m.start() == 0:  # IBAN-style prefix: country + check digits are not the account
        s = s[4:]
    return sum(c.isdigit() for c in s)


def main():
    try:
        drafts = [json.loads(l) for l in open(os.path.join(HERE, "drafts.jsonl"), encoding="utf-8")]
        labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    except Exception as e:  # noqa: BLE001
        print("cannot load files:", e)
        return 2

    # ---- structure
    if len(drafts) != 80 or len(labels) != 80:
        bad("expected 80 drafts and 80 labels, got %d/%d" % (len(drafts), len(labels)))
    for i, (d, l) in enumerate(zip(drafts, labels), 1):
        want = "ih%02d" % i
        if set(d) != {"id", "subject", "body"}:
            bad("%s: draft keys %s" % (want, sorted(d)))
        if set(l) != {"id", "allowed", "violations", "note", "lang"}:
            bad("%s: label keys %s" % (want, sorted(l)))
        if d.get("id") != want or l.get("id") != want:
            bad("%s: ids out of order (%s / %s)" % (want, d.get("id"), l.get("id")))
        if not (isinstance(d.get("subject"), str) and d["subject"].strip()
                and isinstance(d.get("body"), str) and d["body"].strip()):
            bad("%s: empty subject or body" % want)
        v = l.get("violations")
        if not isinstance(v, list) or any(x not in VIOLATIONS for x in v) or len(set(v)) != len(v):
            bad("%s: bad violations %r" % (want, v))
            continue
        if v != sorted(v, key=VIOLATIONS.index):
            bad("%s: violations not in table order" % want)
        if l.get("allowed") is not (v == []):
            bad("%s: allowed must be true exactly when violations is empty" % want)
        key = "+".join(ABBR[x] for x in v) or "OK"
        if l.get("lang") not in LANGS:
            bad("%s: unknown lang %r" % (want, l.get("lang")))
        prefix = "[%s, %s] " % (key, l.get("lang"))
        note = l.get("note", "")
        if not note.startswith(prefix):
            bad("%s: note must start %r: %r" % (want, prefix, note[:40]))
        if note[len(prefix):].startswith("Subtle") and not v:
            bad("%s: allowed draft marked Subtle" % want)
        if len(note[len(prefix):].split("Evidence:")[0].strip()) < 15:
            bad("%s: note gives no reason" % want)

    # ---- counts
    n_ok = sum(1 for l in labels if l.get("allowed") is True)
    if n_ok != 40:
        bad("expected 40 allowed, got %d" % n_ok)
    per_v = Counter(x for l in labels for x in l.get("violations", []))
    for x in VIOLATIONS:
        if not 6 <= per_v[x] <= 8:
            bad("%s appears in %d drafts (want 6-8)" % (x, per_v[x]))
    doubles = sum(1 for l in labels if len(l.get("violations", [])) == 2)
    if not 6 <= doubles <= 8:
        bad("%d drafts with two violations (want 6-8)" % doubles)
    if any(len(l.get("violations", [])) > 2 for l in labels):
        bad("a draft has more than two violations")
    n_viol = sum(1 for l in labels if l.get("violations"))
    subtle = sum(1 for l in labels if l.get("violations") and "] Subtle" in l.get("note", ""))
    if not 0.4 * n_viol <= subtle <= 0.6 * n_viol:
        bad("%d of %d violating drafts marked Subtle (want about half)" % (subtle, n_viol))
    langs = Counter(l.get("lang") for l in labels)
    if set(langs) != LANGS:
        bad("languages missing: %s" % sorted(LANGS - set(langs)))

    # ---- evidence tokens, triggers and sensitive numbers
    tok_re = re.compile(r"([A-Z]{2,4}(?::[a-z]+)?)\{\{(.+?)\}\}")
    for d, l in zip(drafts, labels):
        did = d["id"]
        text = d["subject"] + "\n" + d["body"]
        v = l.get("violations", [])
        toks = tok_re.findall(l.get("note", "").split("Evidence:", 1)[1]) if "Evidence:" in l.get("note", "") else []
        tags = Counter(t.split(":")[0] for t, _ in toks)
        declared_cards, declared_ibans, declared_ids = set(), set(), set()
        for tag, t in toks:
            if t not in text:
                bad("%s: evidence %s{{%s}} not found in the draft" % (did, tag, t))
            base, _, kind = tag.partition(":")
            digits = re.sub(r"\D", "", t)
            if base in ("LT", "DO", "RC", "FA", "TC", "HA"):
                if {ABBR[x] for x in v}.isdisjoint({base}):
                    bad("%s: trigger %s recorded but not labelled" % (did, base))
            elif base == "SD":
                if "sensitive_data" not in v:
                    bad("%s: SD evidence on a draft not labelled sensitive_data" % did)
                if kind not in SD_KINDS:
                    bad("%s: unknown SD kind %r" % (did, kind))
                if kind == "card":
                    if not (13 <= len(digits) <= 19 and luhn_ok(digits)) or set(t) & MASK_CHARS:
                        bad("%s: SD:card %r is not a full Luhn-valid card number" % (did, t))
                    declared_cards.add(digits)
                elif kind == "iban":
                    if not iban_valid(t):
                        bad("%s: SD:iban %r fails mod-97/length" % (did, t))
                    declared_ibans.add(t.replace(" ", ""))
                elif kind == "account":
                    if not (re.fullmatch(r"[\d ]+", t) and len(digits) >= 8):
                        bad("%s: SD:account %r is not a full unmasked account number" % (did, t))
                elif kind == "cvv":
                    if not re.search(r"(?<!\d)\d{3,4}(?!\d)", t) or len(digits) not in (3, 4):
                        bad("%s: SD:cvv %r is not a 3-4 digit code" % (did, t))
                elif kind == "expiry":
                    m = re.search(r"(?<!\d)(\d{2})/(\d{2})(?!\d)", t)
                    if not m or not 1 <= int(m.group(1)) <= 12:
                        bad("%s: SD:expiry %r is not MM/YY" % (did, t))
                elif kind == "password":
                    if not re.search(r"password\S*\s+(is\s+)?\S{8,}", t, re.I):
                        bad("%s: SD:password %r does not show a password" % (did, t))
                elif kind == "customer":
                    if not re.search(r"[A-Z][\w&]+.*\d[\d,.]*", t):
                        bad("%s: SD:customer %r lacks a name and an amount" % (did, t))
            elif base == "MASK":
                if visible_digits_masked(t) > 4:
                    bad("%s: MASK %r shows more than four digits" % (did, t))
                if 13 <= len(digits) <= 19 and luhn_ok(digits):
                    bad("%s: MASK %r is a full card number" % (did, t))
            elif base == "ID":
                if kind == "siret":
                    if len(digits) != 14 or not luhn_ok(digits) or not luhn_ok(digits[:9]):
                        bad("%s: ID:siret %r invalid" % (did, t))
                    declared_ids.add(digits)
                elif kind == "gstin":
                    if not gstin_ok(t):
                        bad("%s: ID:gstin %r invalid" % (did, t))
                else:
                    bad("%s: unknown ID kind %r" % (did, kind))
            else:
                bad("%s: unknown evidence tag %r" % (did, tag))
        for x in v:
            if tags[ABBR[x]] == 0:
                bad("%s: no trigger recorded for %s" % (did, x))
        # undeclared full numbers anywhere
        for digits in card_runs(text):
            if digits not in declared_cards and digits not in declared_ids:
                bad("%s: undeclared Luhn-valid %d-digit number %s" % (did, len(digits), digits))
        for ib in iban_hits(text):
            if ib not in declared_ibans:
                bad("%s: undeclared valid IBAN %s" % (did, ib))

    # ---- reproducibility
    try:
        import build
        g_drafts, g_labels = build.generate()
        if g_drafts != drafts or g_labels != labels:
            bad("build.generate() output differs from the files on disk (re-run build.py)")
    except Exception as e:  # noqa: BLE001
        bad("build.generate() failed: %r" % e)
    if not os.path.exists(os.path.join(HERE, "README.md")):
        bad("README.md missing")

    if problems:
        for p in problems:
            print("FAIL:", p)
        print("%d problem(s)" % len(problems))
        return 1
    print("OK: %d drafts, %d allowed, %d violating (%d subtle, %d double); per violation %s; languages %s"
          % (len(drafts), n_ok, n_viol, subtle, doubles,
             dict((ABBR[x], per_v[x]) for x in VIOLATIONS), dict(sorted(langs.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
