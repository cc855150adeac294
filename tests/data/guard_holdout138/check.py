#!/usr/bin/env python3
"""Verify the blind guardrail set 372. Standard library only. Exits 1 on any problem."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
        "sensitive_data": "SD"}
LANGS = ["tr", "ar", "el", "he", "ru", "uk", "ro", "bg", "sr", "hr", "en"]
IBAN_LEN = {"RO": 24, "HR": 21, "TR": 26, "GR": 27, "BG": 22, "IL": 23, "UA": 29,
            "RS": 22, "DE": 22, "GB": 22, "AE": 23, "SA": 24}
SCRIPT = {
    "ar": r"[\u0600-\u06FF]", "he": r"[\u0590-\u05FF]", "el": r"[\u0370-\u03FF]",
    "ru": r"[ыэъё]", "uk": r"[іїєґ]", "bg": r"[ъщ]", "tr": r"[ğışİŞĞ]",
    "ro": r"[ăâîșțĂÎȘȚ]", "sr": r"[čćšžđЂ-џ]", "hr": r"[čćšžđ]", "en": r"[A-Za-z]",
}

problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("%s line %d: not JSON (%s)" % (name, n, e))
    return rows


def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        k = int(ch)
        if i % 2 == 1:
            k *= 2
            if k > 9:
                k -= 9
        total += k
    return total % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def rs_account_ok(s):
    m = re.fullmatch(r"(\d{3})-(\d{13})-(\d{2})", s)
    return bool(m) and int("".join(m.groups())) % 97 == 1


def oib_ok(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    a = 10
    for ch in s[:10]:
        a = (a + int(ch)) % 10 or 10
        a = (a * 2) % 11
    return (11 - a) % 10 == int(s[10])


def eik_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    c = sum(int(d) * w for d, w in zip(s, range(1, 9))) % 11
    if c == 10:
        c = sum(int(d) * w for d, w in zip(s, range(3, 11))) % 11 % 10
    return c == int(s[8])


def il_company_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    total = 0
    for i, ch in enumerate(s):
        d = int(ch) * (1 if i % 2 == 0 else 2)
        total += d // 10 + d % 10
    return total % 10 == 0


def inn10_ok(s):
    if not re.fullmatch(r"\d{10}", s):
        return False
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return sum(int(d) * k for d, k in zip(s, w)) % 11 % 10 == int(s[9])


ID_CHECKS = {"hr_oib": oib_ok, "bg_eik": eik_ok, "il_company": il_company_ok,
             "ru_inn10": inn10_ok}


def found_numbers(text):
    """Full card numbers, IBANs and Serbian account numbers that validate, found anywhere."""
    out = []
    for m in re.finditer(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])", text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            out.append(("card", d))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b", text):
        if iban_ok(m.group()):
            out.append(("iban", m.group().replace(" ", "")))
    for m in re.finditer(r"\b\d{3}-\d{13}-\d{2}\b", text):
        if rs_account_ok(m.group()):
            out.append(("rs_account", m.group()))
    return out


def main():
    drafts = load("drafts.jsonl")
    labels = load("labels.jsonl")
    trig = load("triggers.jsonl")
    for name, rows in (("drafts", drafts), ("labels", labels), ("triggers", trig)):
        if len(rows) != 80:
            bad("%s: %d lines, expected 80" % (name, len(rows)))
    expected_ids = ["bz%02d" % i for i in range(1, 81)]
    for name, rows, keys in (
            ("drafts", drafts, {"id", "subject", "body"}),
            ("labels", labels, {"id", "allowed", "violations", "note", "lang"}),
            ("triggers", trig, {"id", "subtle", "triggers", "sensitive", "masked", "ids"})):
        if [r.get("id") for r in rows] != expected_ids[:len(rows)]:
            bad("%s: ids are not bz01..bz80 in order" % name)
        for r in rows:
            if set(r) != keys:
                bad("%s %s: keys %s" % (name, r.get("id"), sorted(r)))
    if problems:
        return

    allowed_texts = [d["subject"] + "\n" + d["body"] for d, l in zip(drafts, labels)
                     if l["violations"] == []]
    vcount, keycount, langcount, langviol = Counter(), Counter(), Counter(), Counter()
    doubles = subtle = n_allowed = 0
    for d, l, t in zip(drafts, labels, trig):
        i = d["id"]
        text = d["subject"] + "\n" + d["body"]
        if not (isinstance(d["subject"], str) and d["subject"].strip()
                and isinstance(d["body"], str) and d["body"].strip()):
            bad("%s: empty subject or body" % i)
        if re.search(r"\{[a-z_]+\}", text):
            bad("%s: unfilled placeholder" % i)
        v = l["violations"]
        if not isinstance(v, list) or any(x not in VIOLATIONS for x in v):
            bad("%s: unknown violation in %r" % (i, v))
            continue
        if len(set(v)) != len(v) or v != [x for x in VIOLATIONS if x in v]:
            bad("%s: violations not unique / not in table order: %r" % (i, v))
        if l["allowed"] is not (v == []):
            bad("%s: allowed=%r but violations=%r" % (i, l["allowed"], v))
        if l["lang"] not in LANGS:
            bad("%s: unknown lang %r" % (i, l["lang"]))
        elif not re.search(SCRIPT[l["lang"]], text):
            bad("%s: text does not look like %s" % (i, l["lang"]))
        key = "+".join(ABBR[x] for x in v) or "OK"
        m = re.match(r"\[([A-Z+]+), ([a-z]{2})\] (Subtle\. )?\S", l["note"])
        if not m:
            bad("%s: note does not start with [KEY, lang]: %r" % (i, l["note"][:40]))
        else:
            if m.group(1) != key:
                bad("%s: note key %s, expected %s" % (i, m.group(1), key))
            if m.group(2) != l["lang"]:
                bad("%s: note lang %s != label lang %s" % (i, m.group(2), l["lang"]))
            if bool(m.group(3)) != bool(t["subtle"]):
                bad("%s: 'Subtle' in note does not match subtle flag" % i)
        if t["subtle"] and not v:
            bad("%s: allowed draft marked subtle" % i)
        # trigger phrases
        if set(t["triggers"]) != set(v):
            bad("%s: trigger keys %s != violations %s" % (i, sorted(t["triggers"]), v))
        for viol, phrase in t["triggers"].items():
            if not phrase or phrase not in text:
                bad("%s: trigger for %s not found: %r" % (i, viol, phrase))
            for at in allowed_texts:
                if phrase and phrase in at:
                    bad("%s: trigger %r also occurs in an allowed draft" % (i, phrase))
        # sensitive data
        has_sd = "sensitive_data" in v
        if has_sd != bool(t["sensitive"]):
            bad("%s: sensitive_data label and recorded sensitive items disagree" % i)
        recorded = set()
        for kind, val in t["sensitive"]:
            if val not in d["body"]:
                bad("%s: sensitive %s %r not in body" % (i, kind, val))
            if kind == "card":
                dd = re.sub(r"\D", "", val)
                if not (13 <= len(dd) <= 19 and luhn_ok(dd)):
                    bad("%s: card %r fails Luhn/length" % (i, val))
                recorded.add(("card", dd))
            elif kind == "iban":
                if not iban_ok(val):
                    bad("%s: IBAN %r fails mod-97/length" % (i, val))
                recorded.add(("iban", val.replace(" ", "")))
            elif kind == "rs_account":
                if not rs_account_ok(val):
                    bad("%s: account %r fails mod-97" % (i, val))
                recorded.add(("rs_account", val))
            elif kind == "cvv":
                if not re.fullmatch(r"\d{3,4}", val) or not re.search(
                        r"CVV2?\D{0,6}" + val + r"(?!\d)", d["body"]):
                    bad("%s: CVV %r not 3-4 digits next to 'CVV'" % (i, val))
            elif kind == "expiry":
                mm = re.fullmatch(r"(\d{2})/(\d{2})", val)
                if not mm or not 1 <= int(mm.group(1)) <= 12:
                    bad("%s: expiry %r not MM/YY" % (i, val))
            elif kind == "password":
                if len(val) < 6 or not re.search(r"(?i)(password|пароль|парол|lozink|şifre)\W{0,3}\S*" + re.escape(val), d["body"]):
                    bad("%s: password %r not introduced as a password" % (i, val))
            elif kind in ("other_customer", "other_customer_amount"):
                pass
            else:
                bad("%s: unknown sensitive kind %s" % (i, kind))
        kinds = [k for k, _ in t["sensitive"]]
        if ("other_customer" in kinds) != ("other_customer_amount" in kinds):
            bad("%s: another customer's name must come with their balance" % i)
        for f in found_numbers(text):
            if f not in recorded:
                bad("%s: unrecorded full number %s %s in text" % (i, f[0], f[1]))
        # masked numbers
        for kind, val in t["masked"]:
            if val not in d["body"]:
                bad("%s: masked %r not in body" % (i, val))
            if len(re.findall(r"\d", val)) > 4:
                bad("%s: masked %r shows more than four digits" % (i, val))
            pos = d["body"].find(val)
            if pos >= 0 and re.match(r"[ -]?\d", d["body"][pos + len(val):]):
                bad("%s: masked %r is followed by more digits" % (i, val))
        # company ids
        for kind, val in t["ids"]:
            if kind not in ID_CHECKS or not ID_CHECKS[kind](val):
                bad("%s: id %s %r fails its checksum" % (i, kind, val))
            if val not in d["body"]:
                bad("%s: id %r not in body" % (i, val))
        # tallies
        for x in v:
            vcount[x] += 1
        keycount[key] += 1
        langcount[l["lang"]] += 1
        if v:
            langviol[l["lang"]] += 1
        doubles += len(v) == 2
        if len(v) > 2:
            bad("%s: more than two violations" % i)
        subtle += bool(t["subtle"])
        n_allowed += not v

    if n_allowed != 40:
        bad("allowed drafts: %d, expected 40" % n_allowed)
    for x in VIOLATIONS:
        if not 6 <= vcount[x] <= 8:
            bad("%s occurs %d times, expected 6-8" % (x, vcount[x]))
    if not 6 <= doubles <= 8:
        bad("%d drafts with two violations, expected 6-8" % doubles)
    if not 16 <= subtle <= 24:
        bad("%d subtle drafts, expected about half of 40" % subtle)
    for lg in LANGS:
        if langcount[lg] < 5 or langviol[lg] < 2 or langcount[lg] - langviol[lg] < 2:
            bad("language %s under-represented: %d drafts, %d violating"
                % (lg, langcount[lg], langviol[lg]))
    print("violations:", {ABBR[x]: vcount[x] for x in VIOLATIONS})
    print("keys:", dict(sorted(keycount.items())))
    print("languages:", dict(sorted(langcount.items())))
    print("allowed %d, violating %d, doubles %d, subtle %d"
          % (n_allowed, 80 - n_allowed, doubles, subtle))


if __name__ == "__main__":
    main()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")
