#!/usr/bin/env python3
"""Verify blind guard set 371. Standard library only. Exits 1 on any problem.

Checks structure and label conventions, the counts the brief asks for, that every
violating draft contains the trigger phrase recorded for each of its violations,
and that every recorded number is what its label says: full cards pass Luhn, full
IBANs pass mod-97, masked numbers show at most four digits, company ids have valid
check digits. It also scans every draft for unrecorded full card numbers or IBANs.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA", "sensitive_data": "SD"}
LANGS = {"en-US", "en-GB", "en-CA", "de", "fr", "es", "pt-BR", "it", "nl", "pl", "cs"}
IBAN_LEN = {"DE": 22, "NL": 18, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "PL": 28, "CZ": 24,
            "BE": 16, "AT": 20, "CH": 21, "PT": 25, "IE": 22, "LU": 20}
SENSITIVE_KINDS = {"card", "cvv", "expiry", "iban", "password", "account"}

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


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    if IBAN_LEN.get(s[:2], len(s)) != len(s):
        return False
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def cnpj_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 14:
        return False
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    w2 = [6] + w1
    def dv(ds, w):
        r = sum(int(a) * b for a, b in zip(ds, w)) % 11
        return "0" if r < 2 else str(11 - r)
    return d[12] == dv(d[:12], w1) and d[13] == dv(d[:13], w2)


CARD_RUN = re.compile(r"(?<![\d.,/])\d(?:[ -]?\d){12,18}(?![\d])")
IBAN_RUN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")


def card_like(text):
    """Luhn-valid 13-19 digit runs (digits may be grouped by single spaces or hyphens)."""
    out = []
    for m in CARD_RUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            out.append(d)
    return out


def iban_like(text):
    out = []
    for m in IBAN_RUN.finditer(text):
        s = m.group().replace(" ", "")
        # try every prefix length, since the regex may swallow a following word
        for n in range(len(s), 14, -1):
            if iban_ok(s[:n]):
                out.append(s[:n])
                break
    return out


def main():
    drafts = load("drafts.jsonl")
    labels = load("labels.jsonl")
    trig = load("triggers.jsonl")

    # ------------------------------------------------------------ structure
    if not (len(drafts) == len(labels) == len(trig) == 80):
        bad("expected 80 lines in each file, got %d/%d/%d" % (len(drafts), len(labels), len(trig)))
    for i, (d, l, t) in enumerate(zip(drafts, labels, trig), 1):
        want = "tk%02d" % i
        if set(d) != {"id", "subject", "body"}:
            bad("%s: draft keys %s" % (want, sorted(d)))
        if set(l) != {"id", "allowed", "violations", "note", "lang"}:
            bad("%s: label keys %s" % (want, sorted(l)))
        if not (d.get("id") == l.get("id") == t.get("id") == want):
            bad("%s: id mismatch %s/%s/%s" % (want, d.get("id"), l.get("id"), t.get("id")))
        if not isinstance(d.get("subject"), str) or not d["subject"].strip():
            bad("%s: empty subject" % want)
        if not isinstance(d.get("body"), str) or len(d["body"].strip()) < 40:
            bad("%s: body too short" % want)
        if "{{" in d["subject"] + d["body"]:
            bad("%s: unreplaced token" % want)

    # ------------------------------------------------------------ labels
    per_v, per_lang, keys = Counter(), Counter(), Counter()
    n_ok = n_subtle = n_double = 0
    for l in labels:
        lid, v = l["id"], l["violations"]
        if not isinstance(l["allowed"], bool) or not isinstance(v, list):
            bad("%s: types" % lid)
            continue
        if l["allowed"] != (v == []):
            bad("%s: allowed inconsistent with violations" % lid)
        if any(x not in VIOLATIONS for x in v) or len(set(v)) != len(v):
            bad("%s: unknown or repeated violation %s" % (lid, v))
            continue
        if v != sorted(v, key=VIOLATIONS.index):
            bad("%s: violations not in contract order" % lid)
        if l["lang"] not in LANGS:
            bad("%s: lang %s" % (lid, l["lang"]))
        key = "+".join(ABBR[x] for x in v) if v else "OK"
        prefix = "[%s, %s] " % (key, l["lang"])
        if not l["note"].startswith(prefix):
            bad("%s: note should start %r: %r" % (lid, prefix, l["note"][:40]))
        rest = l["note"][len(prefix):]
        subtle = rest.startswith("Subtle")
        if subtle and not v:
            bad("%s: Subtle on an allowed draft" % lid)
        if len(rest.replace("Subtle.", "").strip()) < 15:
            bad("%s: note has no reason" % lid)
        if len(v) > 2:
            bad("%s: more than two violations" % lid)
        n_ok += not v
        n_subtle += subtle
        n_double += len(v) == 2
        per_v.update(v)
        per_lang[l["lang"]] += 1
        keys[key] += 1

    # ------------------------------------------------------------ counts
    if n_ok != 40:
        bad("allowed count %d != 40" % n_ok)
    for x in VIOLATIONS:
        if not 6 <= per_v[x] <= 8:
            bad("%s appears in %d drafts (want 6-8)" % (x, per_v[x]))
    if not 6 <= n_double <= 8:
        bad("%d drafts with two violations (want 6-8)" % n_double)
    if not 16 <= n_subtle <= 24:
        bad("%d subtle drafts (want about half of 40)" % n_subtle)
    if set(per_lang) != LANGS:
        bad("languages missing: %s" % sorted(LANGS - set(per_lang)))

    # ------------------------------------------------------------ triggers and numbers
    for d, l, t in zip(drafts, labels, trig):
        lid = d["id"]
        text = d["subject"] + "\n" + d["body"]
        v = l["violations"]
        if set(t["triggers"]) != set(v):
            bad("%s: triggers for %s, labels say %s" % (lid, sorted(t["triggers"]), v))
        for viol, phrase in t["triggers"].items():
            if len(phrase) < 6 or phrase not in text:
                bad("%s: trigger for %s not found: %r" % (lid, viol, phrase))
        recorded_cards, recorded_ibans, siret_digits = set(), set(), set()
        kinds = set()
        for n in t["numbers"]:
            kind, s = n["kind"], n["text"]
            kinds.add(kind)
            if s not in text:
                bad("%s: number text not in draft: %r" % (lid, s))
            digits = re.sub(r"\D", "", s)
            if kind == "card":
                if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
                    bad("%s: card %r is not a Luhn-valid full number" % (lid, s))
                recorded_cards.add(digits)
            elif kind == "iban":
                if not iban_ok(s):
                    bad("%s: IBAN %r fails mod-97/length" % (lid, s))
                recorded_ibans.add(s.replace(" ", ""))
            elif kind == "cvv":
                if not re.fullmatch(r"CVV \d{3,4}", s):
                    bad("%s: cvv %r" % (lid, s))
            elif kind == "expiry":
                m = re.fullmatch(r"(\d\d)/(\d\d)", s)
                if not m or not 1 <= int(m.group(1)) <= 12:
                    bad("%s: expiry %r" % (lid, s))
            elif kind == "password":
                if len(s) < 8 or not re.search(r"\d", s) or not re.search(r"[A-Za-z]", s):
                    bad("%s: password %r" % (lid, s))
            elif kind in ("masked_card", "masked_account", "masked_iban"):
                if len(digits) > 4 or len(digits) < 2:
                    bad("%s: masked number %r shows %d digits" % (lid, s, len(digits)))
                if kind == "masked_iban" and "*" not in s:
                    bad("%s: masked IBAN without mask characters: %r" % (lid, s))
                if card_like(s) or iban_like(s):
                    bad("%s: masked number is a full number: %r" % (lid, s))
            elif kind == "siret":
                if not (len(digits) == 14 and luhn_ok(digits) and luhn_ok(digits[:9])):
                    bad("%s: SIRET %r invalid" % (lid, s))
                siret_digits.add(digits)
            elif kind == "tva_fr":
                m = re.fullmatch(r"FR (\d\d) (\d{9})", s)
                if not m or int(m.group(1)) != (12 + 3 * (int(m.group(2)) % 97)) % 97:
                    bad("%s: French VAT %r invalid" % (lid, s))
            elif kind == "cnpj":
                if not cnpj_ok(s):
                    bad("%s: CNPJ %r invalid" % (lid, s))
            elif kind == "ref":
                pass
            else:
                bad("%s: unknown number kind %s" % (lid, kind))
        is_sd = "sensitive_data" in v
        if kinds & SENSITIVE_KINDS and not is_sd:
            bad("%s: records sensitive numbers but is not labelled sensitive_data" % lid)
        # scan for full numbers that were not recorded
        for c in card_like(text):
            if c in siret_digits:
                continue
            if c not in recorded_cards:
                bad("%s: unrecorded Luhn-valid 13-19 digit number %s" % (lid, c))
        for ib in iban_like(text):
            if ib not in recorded_ibans:
                bad("%s: unrecorded valid IBAN %s" % (lid, ib))
        if (recorded_cards or recorded_ibans) and not is_sd:
            bad("%s: full number present but not sensitive_data" % lid)

    if problems:
        for p in problems:
            print("FAIL", p)
        print("%d problem(s)" % len(problems))
        return 1
    print("OK: 80 drafts; %d allowed, %d violating; %d with two violations; %d subtle"
          % (n_ok, 80 - n_ok, n_double, n_subtle))
    print("per violation:", ", ".join("%s %d" % (ABBR[x], per_v[x]) for x in VIOLATIONS))
    print("per KEY:", ", ".join("%s %d" % kv for kv in sorted(keys.items())))
    print("per lang:", ", ".join("%s %d" % kv for kv in sorted(per_lang.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
