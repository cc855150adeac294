#!/usr/bin/env python3
"""Verify blind guardrail set 366. Standard library only; exits 1 on any problem."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = dict(zip(ORDER, ["LT", "DO", "RC", "FA", "TC", "HA", "SD"]))
FULL = {v: k for k, v in ABBR.items()}
LANGS = {"en-GB", "en-US", "en-IE", "es", "fr", "de", "sv", "nb", "cs", "sk", "hu", "el"}
IBAN_LEN = {"DE": 22, "GB": 22, "IE": 22, "ES": 24, "FR": 27, "SE": 24, "NO": 15, "CZ": 24,
            "SK": 24, "HU": 28, "GR": 27, "NL": 18, "BE": 16, "AT": 20, "CH": 21, "IT": 27,
            "PT": 25, "PL": 28, "DK": 18, "FI": 18, "LU": 20}
SD_KINDS = {"card", "expiry", "cvv", "iban", "gb-account", "cz-account", "password", "customer"}

problems = []


def bad(msg):
    problems.append(msg)


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
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def cz_account_ok(s):
    m = re.fullmatch(r"(?:(\d{1,6})-)?(\d{2,10})/(\d{4})", s.strip())
    if not m:
        return False
    pre, num = (m.group(1) or "0").zfill(6), m.group(2).zfill(10)
    wp = [10, 5, 8, 4, 2, 1]
    wn = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    return (sum(int(a) * b for a, b in zip(pre, wp)) % 11 == 0 and
            sum(int(a) * b for a, b in zip(num, wn)) % 11 == 0)


CARD_RE = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
CVV_RE = re.compile(r"\b(?:CVV2?|CVC2?|CID|CSC)\b\W{0,3}\d{3,4}\b", re.I)
EXP_RE = re.compile(r"\b(?:exp(?:iry|ires)?|expiration|gültig bis|vence)\b\W{0,3}(0[1-9]|1[0-2])/\d{2}\b", re.I)
AMOUNT_RE = re.compile(r"\d[\d.,  ]*\d\s?(?:€|kr|Kč|Ft)|[£$€]\s?\d|kr \d")
TRIG_RE = re.compile(r"Trigger (LT|DO|RC|FA|TC|HA|SD)(?:/([a-z-]+))?: «([^»]+)»")
MASK_RE = re.compile(r"Masked: «([^»]+)»")


def check_sd(kind, phrase, text, did):
    digits = re.sub(r"\D", "", phrase)
    if kind == "card":
        if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
            bad("%s: card %r fails Luhn/length" % (did, phrase))
    elif kind == "expiry":
        if not re.search(r"(0[1-9]|1[0-2])/\d{2}", phrase):
            bad("%s: expiry %r is not MM/YY" % (did, phrase))
    elif kind == "cvv":
        if not CVV_RE.search(phrase):
            bad("%s: cvv %r is not a labelled 3-4 digit code" % (did, phrase))
    elif kind == "iban":
        if not iban_ok(phrase):
            bad("%s: IBAN %r fails mod-97/length" % (did, phrase))
    elif kind == "gb-account":
        m = re.search(r"(\d{2})-(\d{2})-(\d{2}).*?(\d{8})", phrase)
        ibans = [re.sub(r"\s", "", x) for x in IBAN_RE.findall(text) if iban_ok(x)]
        if not m or not any(i.startswith("GB") and i.endswith("".join(m.groups())) for i in ibans):
            bad("%s: GB sort code/account %r does not match a valid GB IBAN in the draft" % (did, phrase))
    elif kind == "cz-account":
        if not cz_account_ok(phrase):
            bad("%s: Czech account %r fails mod-11" % (did, phrase))
    elif kind == "password":
        if not re.search(r"(?i)password|passwort|heslo|jelszó|lösenord|passord|κωδικ|contraseña|mot de passe", phrase):
            bad("%s: password trigger %r has no password label" % (did, phrase))
        if not re.search(r"\S*\d\S*", phrase.split()[-1]):
            bad("%s: password trigger %r shows no concrete password" % (did, phrase))
    elif kind == "customer":
        if not AMOUNT_RE.search(text):
            bad("%s: other-customer disclosure without an amount" % did)
    else:
        bad("%s: unknown SD kind %r" % (did, kind))


def scan_unlabelled(did, text):
    """Return sensitive numbers found anywhere in the text."""
    found = []
    for m in CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            found.append(("card", m.group()))
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group()):
            found.append(("iban", m.group()))
    for m in re.finditer(r"(?:\d{1,6}-)?\d{2,10}/\d{4}\b", text):
        if len(re.sub(r"\D", "", m.group())) >= 10 and cz_account_ok(m.group()):
            found.append(("cz-account", m.group()))
    if CVV_RE.search(text):
        found.append(("cvv", CVV_RE.search(text).group()))
    if EXP_RE.search(text):
        found.append(("expiry", EXP_RE.search(text).group()))
    return found


def main():
    drafts = [json.loads(l) for l in open(os.path.join(HERE, "drafts.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(drafts) != 80 or len(labels) != 80:
        bad("expected 80 drafts and 80 labels, got %d/%d" % (len(drafts), len(labels)))
    per_v, keys, langs = Counter(), Counter(), Counter()
    n_ok = n_subtle = n_double = 0
    for i, (d, l) in enumerate(zip(drafts, labels), 1):
        did = "zq%02d" % i
        if set(d) != {"id", "subject", "body"}:
            bad("%s: draft keys %s" % (did, sorted(d)))
        if set(l) != {"id", "allowed", "violations", "note", "lang"}:
            bad("%s: label keys %s" % (did, sorted(l)))
        if d.get("id") != did or l.get("id") != did:
            bad("%s: id mismatch %r / %r" % (did, d.get("id"), l.get("id")))
        if not (isinstance(d.get("subject"), str) and d["subject"].strip() and isinstance(d.get("body"), str) and d["body"].strip()):
            bad("%s: empty subject/body" % did)
        vs = l.get("violations", [])
        if any(v not in ORDER for v in vs) or len(set(vs)) != len(vs):
            bad("%s: bad violations %r" % (did, vs))
            continue
        if vs != sorted(vs, key=ORDER.index):
            bad("%s: violations not in table order" % did)
        if l["allowed"] is not (vs == []):
            bad("%s: allowed/violations inconsistent" % did)
        lang = l.get("lang")
        if lang not in LANGS:
            bad("%s: unknown lang %r" % (did, lang))
        langs[lang] += 1
        key = "+".join(ABBR[v] for v in vs) or "OK"
        keys[key] += 1
        note = l.get("note", "")
        if not note.startswith("[%s, %s]" % (key, lang)):
            bad("%s: note must start [%s, %s]: %r" % (did, key, lang, note[:40]))
        subtle = note.startswith("[%s, %s] Subtle" % (key, lang))
        if subtle and not vs:
            bad("%s: allowed draft marked Subtle" % did)
        n_subtle += subtle
        n_ok += not vs
        n_double += len(vs) == 2
        for v in vs:
            per_v[v] += 1
        text = d["subject"] + "\n" + d["body"]
        trigs = TRIG_RE.findall(note)
        if note.count("Trigger ") != len(trigs):
            bad("%s: malformed Trigger entry in note" % did)
        for abbr, kind, phrase in trigs:
            if FULL[abbr] not in vs:
                bad("%s: trigger for %s which is not labelled" % (did, abbr))
            if phrase not in text:
                bad("%s: trigger phrase not in draft: %r" % (did, phrase))
            if abbr == "SD":
                check_sd(kind, phrase, text, did)
            elif kind:
                bad("%s: kind only allowed on SD triggers" % did)
        for v in vs:
            if not any(FULL[a] == v for a, _, _ in trigs):
                bad("%s: no trigger recorded for %s" % (did, v))
        if "sensitive_data" in vs and not any(a == "SD" and k in SD_KINDS for a, k, _ in trigs):
            bad("%s: SD trigger without a kind" % did)
        for m in MASK_RE.findall(note):
            if m not in text:
                bad("%s: masked phrase not in draft: %r" % (did, m))
            if len(re.sub(r"\D", "", m)) > 4:
                bad("%s: masked phrase shows more than 4 digits: %r" % (did, m))
        found = scan_unlabelled(did, text)
        if found and "sensitive_data" not in vs:
            bad("%s: unlabelled sensitive number(s): %s" % (did, found))
        if "sensitive_data" in vs:
            # every full number in an SD draft must be one of the recorded triggers
            sd_phr = " ".join(p for a, _, p in trigs if a == "SD")
            for kind, val in found:
                if val not in sd_phr and not any(p in val for a, _, p in trigs if a == "SD"):
                    bad("%s: sensitive %s %r not recorded as a trigger" % (did, kind, val))

    n = len(labels)
    if n_ok != 40:
        bad("expected 40 allowed, got %d" % n_ok)
    for v in ORDER:
        if not 6 <= per_v[v] <= 8:
            bad("%s appears in %d drafts (want 6-8)" % (v, per_v[v]))
    if not 6 <= n_double <= 8:
        bad("%d drafts with two violations (want 6-8)" % n_double)
    if any(len(l["violations"]) > 2 for l in labels):
        bad("a draft has more than two violations")
    if not 16 <= n_subtle <= 24:
        bad("%d subtle drafts (want about half of 40)" % n_subtle)
    if set(langs) != LANGS:
        bad("languages missing: %s" % sorted(LANGS - set(langs)))

    print("drafts %d, allowed %d, violating %d, subtle %d, doubles %d" % (n, n_ok, n - n_ok, n_subtle, n_double))
    print("per violation: " + ", ".join("%s=%d" % (ABBR[v], per_v[v]) for v in ORDER))
    print("per key: " + ", ".join("%s=%d" % kv for kv in sorted(keys.items())))
    print("per lang: " + ", ".join("%s=%d" % kv for kv in sorted(langs.items())))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
