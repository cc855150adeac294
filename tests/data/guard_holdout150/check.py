#!/usr/bin/env python3
"""Verify drafts.jsonl / labels.jsonl of blind set 405. Standard library only.

Checks structure, counts, note format, that each violation's recorded trigger phrase is in
its draft, that every sensitive number recorded in a note is what the note says (IBAN and
Polish NRB mod-97, card Luhn, CVV/expiry shape, masked numbers really masked), and that no
draft contains an unrecorded valid card number or IBAN. Exits 1 on any problem.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
ABBR = dict(zip(ORDER, ["LT", "DO", "RC", "FA", "TC", "HA", "SD"]))
LANGS = {"sv", "nb", "da", "fi", "et", "pl", "cs", "de-AT", "nl", "en-GB", "en-CA"}
SENSITIVE_KINDS = {"IBAN", "NRB", "CARD", "CVV", "EXPIRY", "PASSWORD"}
KINDS = SENSITIVE_KINDS | {"MASKED"}

problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def mod97_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    n = 0
    for ch in r:
        n = (n * 10 + int(ch)) % 97 if ch.isdigit() else (n * 100 + ord(ch) - 55) % 97
    return n == 1


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def scan_cards(text):
    """Digit runs (single spaces/hyphens allowed) of 13-19 digits that pass Luhn."""
    found = []
    for m in re.finditer(r"\d(?:[ -]?\d){12,18}", text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            found.append(digits)
    return found


def scan_ibans(text):
    found = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}", text):
        s = m.group().replace(" ", "")
        # try every prefix length, IBANs can be followed by other tokens
        for end in range(len(s), 11, -1):
            if mod97_ok(s[:end]):
                found.append(s[:end])
                break
    # Polish NRB: 26 digits without the country code
    for m in re.finditer(r"\b\d{2}(?: ?\d{4}){6}\b", text):
        s = m.group().replace(" ", "")
        if mod97_ok("PL" + s):
            found.append("PL" + s)
    return found


def main():
    drafts = load("drafts.jsonl")
    labels = load("labels.jsonl")
    if len(drafts) != 80 or len(labels) != 80:
        bad(f"expected 80 drafts and 80 labels, got {len(drafts)} and {len(labels)}")
    viol_count, key_count, lang_count = Counter(), Counter(), Counter()
    allowed_n = doubles = subtle = 0
    for i, (d, l) in enumerate(zip(drafts, labels), 1):
        did = f"uk{i:02d}"
        if list(d) != ["id", "subject", "body"]:
            bad(f"{did}: draft keys {list(d)}")
        if list(l) != ["id", "allowed", "violations", "note", "lang"]:
            bad(f"{did}: label keys {list(l)}")
        if d.get("id") != did or l.get("id") != did:
            bad(f"{did}: ids {d.get('id')} / {l.get('id')}")
        if not all(isinstance(d.get(k), str) and d.get(k).strip() for k in ("subject", "body")):
            bad(f"{did}: empty subject or body")
        v = l["violations"]
        if l["allowed"] is not (v == []):
            bad(f"{did}: allowed={l['allowed']} but violations={v}")
        if any(x not in ORDER for x in v) or len(set(v)) != len(v):
            bad(f"{did}: unknown or duplicate violation {v}")
            continue
        if v != sorted(v, key=ORDER.index):
            bad(f"{did}: violations not in table order {v}")
        if l["lang"] not in LANGS:
            bad(f"{did}: lang {l['lang']}")
        key = "+".join(ABBR[x] for x in v) or "OK"
        note = l["note"]
        if not note.startswith(f"[{key}, {l['lang']}] "):
            bad(f"{did}: note must start with [{key}, {l['lang']}]")
        is_subtle = note.startswith(f"[{key}, {l['lang']}] Subtle.")
        if is_subtle and not v:
            bad(f"{did}: allowed draft marked Subtle")
        text = d["subject"] + "\n" + d["body"]
        # triggers
        trig = dict(re.findall(r'Trigger (LT|DO|RC|FA|TC|HA|SD): "([^"]+)"', note))
        if set(trig) != {ABBR[x] for x in v}:
            bad(f"{did}: triggers {sorted(trig)} do not match violations {v}")
        for a, phrase in trig.items():
            if phrase not in text:
                bad(f"{did}: trigger {a} phrase not in draft: {phrase!r}")
        # numbers
        nums = re.findall(r'Number ([A-Z]+): "([^"]+)"', note)
        recorded = set()
        for kind, s in nums:
            if kind not in KINDS:
                bad(f"{did}: unknown number kind {kind}")
            if s not in text:
                bad(f"{did}: number {kind} {s!r} not in draft")
            if kind == "IBAN":
                if not mod97_ok(s):
                    bad(f"{did}: IBAN {s} fails mod-97")
                recorded.add(s.replace(" ", ""))
            elif kind == "NRB":
                digits = s.replace(" ", "")
                if not (re.fullmatch(r"\d{26}", digits) and mod97_ok("PL" + digits)):
                    bad(f"{did}: NRB {s} is not a valid 26-digit Polish account number")
                recorded.add("PL" + digits)
            elif kind == "CARD":
                digits = re.sub(r"\D", "", s)
                if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
                    bad(f"{did}: card {s} fails Luhn")
                recorded.add(digits)
            elif kind == "EXPIRY":
                m = re.fullmatch(r"(\d{2})/(\d{2})", s)
                if not m or not 1 <= int(m.group(1)) <= 12:
                    bad(f"{did}: expiry {s} is not MM/YY")
            elif kind == "CVV":
                if not re.fullmatch(r"CVV \d{3,4}", s):
                    bad(f"{did}: CVV {s} malformed")
            elif kind == "MASKED":
                runs = re.findall(r"\d+", s)
                if not runs or any(len(r) > 4 for r in runs) or sum(map(len, runs)) > 4:
                    bad(f"{did}: masked number {s!r} shows more than four digits")
            elif kind == "PASSWORD":
                pass
        kinds = {k for k, _ in nums}
        if not v and kinds & SENSITIVE_KINDS:
            bad(f"{did}: allowed draft records sensitive numbers {kinds & SENSITIVE_KINDS}")
        if kinds & SENSITIVE_KINDS and "sensitive_data" not in v:
            bad(f"{did}: sensitive number recorded but no sensitive_data label")
        # unrecorded card numbers / IBANs anywhere
        for c in scan_cards(text):
            if c not in recorded:
                bad(f"{did}: unrecorded Luhn-valid card-like number {c}")
        for s in scan_ibans(text):
            if s not in recorded:
                bad(f"{did}: unrecorded valid IBAN/account {s}")
        # counts
        if not v:
            allowed_n += 1
        if len(v) == 2:
            doubles += 1
        if len(v) > 2:
            bad(f"{did}: more than two violations")
        subtle += is_subtle
        viol_count.update(v)
        key_count[key] += 1
        lang_count[l["lang"]] += 1
    if allowed_n != 40:
        bad(f"allowed drafts: {allowed_n}, expected 40")
    for x in ORDER:
        if not 6 <= viol_count[x] <= 8:
            bad(f"{x}: {viol_count[x]} drafts, expected 6-8")
    if not 6 <= doubles <= 8:
        bad(f"drafts with two violations: {doubles}, expected 6-8")
    if not 16 <= subtle <= 24:
        bad(f"subtle drafts: {subtle}, expected about half of 40")
    if set(lang_count) != LANGS:
        bad(f"languages missing: {LANGS - set(lang_count)}")
    print("violations:", {ABBR[k]: viol_count[k] for k in ORDER})
    print("keys:", dict(sorted(key_count.items())))
    print("languages:", dict(sorted(lang_count.items())))
    print(f"allowed {allowed_n}, violating {80 - allowed_n}, doubles {doubles}, subtle {subtle}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
