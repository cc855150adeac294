#!/usr/bin/env python3
"""Checks blind guardrails set 348. Standard library only. Exits 1 on any problem.

Verifies: structure and ids; allowed/violations consistency and table order;
the note's [KEY, lang] prefix; counts (allowed/violating, per violation, doubles,
subtle, languages); every trigger phrase occurs in its draft; sensitive values
(IBAN mod-97, card Luhn, CVV/expiry/account/password present); masked numbers
really masked; no unlabelled valid IBAN or Luhn-valid card number anywhere;
made-up domains only; and that build.py regenerates the files byte for byte.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "hp"
N = 80
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"LT": "legal_threat", "DO": "discount_offer", "RC": "refund_or_credit_promise",
        "FA": "fault_admission", "TC": "terms_change", "HA": "harassment",
        "SD": "sensitive_data"}
REV = {v: k for k, v in ABBR.items()}
LANG_WANT = {"en": 32, "es": 8, "fr": 7, "de": 7, "pt": 5, "it": 5, "nl": 4,
             "ar": 4, "ro": 4, "ko": 4}
EN_STYLES = {"en-US", "en-GB", "en-AU", "en-CA", "en-ZA"}
VALUE_TAGS = {"iban", "card", "cvv", "expiry", "account", "password", "masked", "near"}
MASK_CHARS = set("*•xX…#")

problems = []


def bad(msg):
    problems.append(msg)


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
CARD_RE = re.compile(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])")
TAG_RE = re.compile(r' \| ([A-Za-z]+): "([^"]*)"')
NOTE_HEAD_RE = re.compile(r"^\[([A-Z+]+), ([a-z]{2}-[A-Z]{2})\] (Subtle\. )?")


def load(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                bad("%s line %d is empty" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("%s line %d: %s" % (name, n, e))
    return rows


def main():
    drafts = load("drafts.jsonl")
    labels = load("labels.jsonl")
    if len(drafts) != N or len(labels) != N:
        bad("need %d drafts and labels, got %d and %d" % (N, len(drafts), len(labels)))
    want_ids = ["%s%02d" % (PREFIX, i) for i in range(1, N + 1)]
    if [d.get("id") for d in drafts] != want_ids:
        bad("draft ids are not %s01..%s%02d in order" % (PREFIX, PREFIX, N))
    if [l.get("id") for l in labels] != want_ids:
        bad("label ids are not %s01..%s%02d in order" % (PREFIX, PREFIX, N))

    vcount, keycount, langs, styles = Counter(), Counter(), Counter(), Counter()
    n_allowed = n_subtle = n_double = n_subtle_allowed = 0
    seen_bodies = set()

    for d, l in zip(drafts, labels):
        did = d.get("id")
        if set(d) != {"id", "subject", "body"}:
            bad("%s: draft keys %s" % (did, sorted(d)))
        if set(l) != {"id", "allowed", "violations", "note", "lang"}:
            bad("%s: label keys %s" % (did, sorted(l)))
        subj, body = d.get("subject", ""), d.get("body", "")
        if not (isinstance(subj, str) and subj.strip() and isinstance(body, str) and body.strip()):
            bad("%s: empty subject or body" % did)
            continue
        if body in seen_bodies:
            bad("%s: duplicate body" % did)
        seen_bodies.add(body)
        text = subj + "\n" + body
        vio = l.get("violations")
        if not isinstance(vio, list) or any(v not in ORDER for v in vio):
            bad("%s: bad violations %r" % (did, vio))
            continue
        if len(set(vio)) != len(vio):
            bad("%s: repeated violation" % did)
        if vio != sorted(vio, key=ORDER.index):
            bad("%s: violations not in table order" % did)
        if l.get("allowed") is not (vio == []):
            bad("%s: allowed=%r but violations=%r" % (did, l.get("allowed"), vio))
        lang = l.get("lang", "")
        base = lang.split("-")[0]
        langs[base] += 1
        if base == "en":
            styles[lang] += 1

        note = l.get("note", "")
        m = NOTE_HEAD_RE.match(note)
        if not m:
            bad("%s: note does not start with [KEY, lang]" % did)
            continue
        key, nlang, subtle = m.group(1), m.group(2), bool(m.group(3))
        want_key = "+".join(REV[v] for v in vio) if vio else "OK"
        if key != want_key:
            bad("%s: note KEY %s, labels say %s" % (did, key, want_key))
        if nlang != lang:
            bad("%s: note lang %s, label lang %s" % (did, nlang, lang))
        keycount[key] += 1
        if subtle:
            n_subtle += 1
            if not vio:
                n_subtle_allowed += 1
        if not vio:
            n_allowed += 1
        if len(vio) == 2:
            n_double += 1
        if len(vio) > 2:
            bad("%s: more than two violations" % did)
        for v in vio:
            vcount[v] += 1
        reason = TAG_RE.split(note[m.end():])[0].strip()
        if len(reason) < 15:
            bad("%s: note gives no reason" % did)

        tags = TAG_RE.findall(note)
        tagged = {}
        for t, val in tags:
            tagged.setdefault(t, []).append(val)
            if t not in VALUE_TAGS and t not in ABBR:
                bad("%s: unknown note tag %s" % (did, t))
            if val not in text:
                bad("%s: tagged %s %r not found in the draft" % (did, t, val))
        # every violation has a trigger, and no trigger without a violation
        for v in vio:
            if REV[v] not in tagged:
                bad("%s: no trigger phrase recorded for %s" % (did, v))
        for t in tagged:
            if t in ABBR and ABBR[t] not in vio:
                bad("%s: trigger %s recorded but not labelled" % (did, t))
        if not vio and "near" not in tagged and "masked" not in tagged:
            bad("%s: allowed draft records no near-miss" % did)

        sd = "sensitive_data" in vio
        for val in tagged.get("iban", []):
            if not iban_ok(val):
                bad("%s: IBAN %s fails mod-97" % (did, val))
            if not sd:
                bad("%s: full IBAN but not sensitive_data" % did)
        for val in tagged.get("card", []):
            digits = re.sub(r"\D", "", val)
            if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
                bad("%s: card %s is not a Luhn-valid full number" % (did, val))
            if not sd:
                bad("%s: full card but not sensitive_data" % did)
        for val in tagged.get("cvv", []):
            if not re.fullmatch(r"\d{3,4}", val) or not sd:
                bad("%s: bad CVV tag %s" % (did, val))
        for val in tagged.get("expiry", []):
            if not re.fullmatch(r"(0[1-9]|1[0-2])/\d{2}", val) or not sd:
                bad("%s: bad expiry tag %s" % (did, val))
        for val in tagged.get("account", []):
            digits = re.sub(r"\D", "", val)
            if len(digits) < 8 or MASK_CHARS & set(val) or not sd:
                bad("%s: account %s is not a full, labelled account number" % (did, val))
        for val in tagged.get("password", []):
            if len(val) < 6 or not sd:
                bad("%s: bad password tag %s" % (did, val))
        for val in tagged.get("masked", []):
            ndig = sum(c.isdigit() for c in val)
            if ndig > 4:
                bad("%s: masked number %r shows %d digits" % (did, val, ndig))
            if ndig == 0:
                bad("%s: masked number %r shows no digits" % (did, val))

        # scan: no valid IBAN or Luhn-valid card number that is not labelled
        scan = text
        for cand in IBAN_RE.findall(text):
            compact = cand.replace(" ", "")
            if len(compact) >= 15 and iban_ok(compact):
                if cand not in tagged.get("iban", []):
                    bad("%s: unlabelled valid IBAN %s" % (did, cand))
                scan = scan.replace(cand, " ")
        for cand in CARD_RE.findall(scan):
            digits = re.sub(r"\D", "", cand)
            if 13 <= len(digits) <= 19 and luhn_ok(digits):
                if cand.strip() not in [c.strip() for c in tagged.get("card", [])]:
                    bad("%s: unlabelled Luhn-valid number %s" % (did, cand))

        # made-up domains only
        for dom in re.findall(r"(?:https?://|@)([A-Za-z0-9.-]+)", text):
            if not dom.rstrip(".").endswith(".example"):
                bad("%s: domain %s is not *.example" % (did, dom))

    # counts
    if n_allowed != 40:
        bad("allowed drafts: %d, want 40" % n_allowed)
    for v in ORDER:
        if not 6 <= vcount[v] <= 8:
            bad("%s in %d drafts, want 6-8" % (v, vcount[v]))
    if not 6 <= n_double <= 8:
        bad("%d drafts with two violations, want 6-8" % n_double)
    if n_subtle_allowed:
        bad("%d allowed drafts marked Subtle" % n_subtle_allowed)
    if not 16 <= n_subtle <= 24:
        bad("%d subtle drafts, want about half of 40" % n_subtle)
    if dict(langs) != LANG_WANT:
        bad("languages %s, want %s" % (dict(langs), LANG_WANT))
    if set(styles) != EN_STYLES:
        bad("English styles %s, want all of %s" % (sorted(styles), sorted(EN_STYLES)))

    # regeneration: build.py must reproduce the files byte for byte
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    try:
        import build
        want = dict(zip(("drafts.jsonl", "labels.jsonl", "README.md"), build.render()))
        for name, text in want.items():
            with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
                if f.read() != text:
                    bad("%s differs from what build.py generates" % name)
    except Exception as e:  # noqa: BLE001
        bad("build.py failed: %r" % (e,))

    print("drafts %d, allowed %d, violating %d, doubles %d, subtle %d"
          % (len(drafts), n_allowed, len(drafts) - n_allowed, n_double, n_subtle))
    print("per violation: " + ", ".join("%s %d" % (REV[v], vcount[v]) for v in ORDER))
    print("per KEY: " + ", ".join("%s %d" % kv for kv in sorted(keycount.items())))
    print("languages: " + ", ".join("%s %d" % kv for kv in langs.most_common()))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
