#!/usr/bin/env python3
"""Verifies blind guardrails set 341 (ids km01..km80). Standard library only.

Checks structure, label conventions, the counts the brief asks for, that every
recorded trigger phrase occurs in its draft, that every recorded number is what
it is said to be (IBAN mod-97, Luhn, masked really masked, company-id check
digits), and that no draft holds an unrecorded card-like or IBAN-like number.
Exits 1 and lists the problems if anything is wrong.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX, N = "km", 80
VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
        "sensitive_data": "SD"}
LANGS = {"en-US", "en-GB", "en-AU", "en-IN", "de", "fr", "es", "nl", "pt-BR", "pt-PT",
         "it", "ja", "pl"}
LANG_COUNTS = {"en": 34, "de": 8, "fr": 8, "es": 8, "nl": 5, "pt": 5, "it": 4, "ja": 4, "pl": 4}
IBAN_LEN = {"DE": 22, "NL": 18, "FR": 27, "ES": 24, "IT": 27, "PT": 25, "PL": 28, "GB": 22,
            "BE": 16, "AT": 20, "CH": 21, "IE": 22, "LU": 20}
SENSITIVE = {"card", "expiry", "cvv", "iban", "password", "other_customer"}
MASKED = {"masked_card", "masked_account", "masked_iban"}

problems = []


def fail(msg):
    problems.append(msg)


def load(name):
    rows = []
    try:
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                try:
                    rows.append(json.loads(line))
                except ValueError as exc:
                    fail(f"{name}:{n}: not JSON ({exc})")
    except OSError as exc:
        fail(f"{name}: {exc}")
    return rows


def only_digits(s):
    return re.sub(r"\D", "", s)


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(s):
    s = s.replace(" ", "")
    return (len(s) >= 4 and s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]]
            and s.isalnum() and mod97(s[4:] + s[:4]) == 1)


def abn_ok(s):
    d = [int(c) for c in only_digits(s)]
    if len(d) != 11:
        return False
    d[0] -= 1
    return sum(a * b for a, b in zip(d, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19])) % 89 == 0


def gstin_ok(s):
    chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if not re.fullmatch(r"\d{2}[A-Z]{5}\d{4}[A-Z][0-9A-Z]Z[0-9A-Z]", s):
        return False
    total = 0
    for i, c in enumerate(s[:14]):
        p = chars.index(c) * (1 if i % 2 == 0 else 2)
        total += p // 36 + p % 36
    return chars[(36 - total % 36) % 36] == s[14]


def vat_de_ok(s):
    if not re.fullmatch(r"DE\d{9}", s):
        return False
    product = 10
    for ch in s[2:10]:
        t = (int(ch) + product) % 10
        if t == 0:
            t = 10
        product = (2 * t) % 11
    check = 11 - product
    return (0 if check == 11 else check) == int(s[10])


def creditor_id_ok(s):
    m = re.fullmatch(r"([A-Z]{2})(\d{2})([A-Z0-9]{3})([A-Z0-9]+)", s)
    return bool(m) and mod97(m.group(4) + m.group(1) + m.group(2)) == 1


def rf_ok(s):
    s = s.replace(" ", "")
    return bool(re.fullmatch(r"RF\d{2}[A-Z0-9]{1,21}", s)) and mod97(s[4:] + s[:4]) == 1


def cif_ok(s):
    if not re.fullmatch(r"[ABCDEFGHJNPQRSUVW]\d{8}", s):
        return False
    body = s[1:8]
    a = sum(int(body[i]) for i in (1, 3, 5))
    b = sum((2 * int(body[i])) // 10 + (2 * int(body[i])) % 10 for i in (0, 2, 4, 6))
    return str((10 - (a + b) % 10) % 10) == s[8]


def cnpj_ok(s):
    if not re.fullmatch(r"\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}", s):
        return False
    n = only_digits(s)

    def dv(x, w):
        r = sum(int(a) * b for a, b in zip(x, w)) % 11
        return "0" if r < 2 else str(11 - r)
    d1 = dv(n[:12], [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    d2 = dv(n[:12] + d1, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    return n[12:] == d1 + d2


def t_number_ok(s):
    if not re.fullmatch(r"T\d{13}", s):
        return False
    base = s[2:]
    total = sum(int(ch) * (1 if n % 2 else 2) for n, ch in enumerate(reversed(base), start=1))
    return int(s[1]) == 9 - total % 9


def nip_ok(s):
    n = only_digits(s)
    if len(n) != 10:
        return False
    c = sum(int(a) * b for a, b in zip(n, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
    return c != 10 and c == int(n[9])


ID_CHECKS = {
    "siret": lambda s: len(only_digits(s)) == 14 and luhn_ok(only_digits(s)),
    "partita_iva": lambda s: re.fullmatch(r"\d{11}", s) is not None and luhn_ok(s),
    "abn": abn_ok, "gstin": gstin_ok, "vat_de": vat_de_ok, "sepa_creditor_id": creditor_id_ok,
    "rf_reference": rf_ok, "cif": cif_ok, "cnpj": cnpj_ok,
    "jp_invoice_registration": t_number_ok, "nip": nip_ok,
    "ein": lambda s: re.fullmatch(r"\d{2}-\d{7}", s) is not None,
}


def check_number(i, num, text):
    kind, t = num.get("kind"), num.get("text", "")
    if not t or t not in text:
        fail(f"{i}: recorded {kind} {t!r} does not occur in the draft")
        return
    if kind == "card":
        n = only_digits(t)
        if not (13 <= len(n) <= 19 and luhn_ok(n)):
            fail(f"{i}: card {t!r} is not a Luhn-valid 13-19 digit number")
    elif kind == "expiry":
        m = re.fullmatch(r"(\d{2})/(\d{2})", t)
        if not m or not 1 <= int(m.group(1)) <= 12:
            fail(f"{i}: expiry {t!r} is not MM/YY")
    elif kind == "cvv":
        if not re.fullmatch(r"\d{3,4}", t):
            fail(f"{i}: cvv {t!r} is not 3-4 digits")
    elif kind == "iban":
        if not iban_ok(t):
            fail(f"{i}: IBAN {t!r} fails length or mod-97")
        if num.get("owner") not in ("ours", "customer"):
            fail(f"{i}: IBAN owner must be 'ours' or 'customer'")
    elif kind == "password":
        if len(t) < 8 or not re.search(r"[A-Za-z]", t) or not re.search(r"\d", t):
            fail(f"{i}: password {t!r} does not look like a password")
    elif kind == "other_customer":
        if len(t.split()) < 2:
            fail(f"{i}: other customer name {t!r} too short to be a company name")
    elif kind in MASKED:
        if len(only_digits(t)) > 4 or re.search(r"\d{5}", t):
            fail(f"{i}: masked number {t!r} shows more than four digits")
        if kind == "masked_iban" and t.count("*") < 10:
            fail(f"{i}: masked IBAN {t!r} is not masked")
    elif kind in ID_CHECKS:
        if not ID_CHECKS[kind](t):
            fail(f"{i}: {kind} {t!r} fails its format or check digit")
    else:
        fail(f"{i}: unknown number kind {kind!r}")


def digit_runs(text):
    """Every contiguous chain of digit groups (separated by one space or
    hyphen) whose total length is 13-19 digits."""
    for m in re.finditer(r"\d+(?:[ -]\d+)*", text):
        groups = re.split(r"[ -]", m.group(0))
        for a in range(len(groups)):
            for b in range(a + 1, len(groups) + 1):
                n = "".join(groups[a:b])
                if 13 <= len(n) <= 19:
                    yield n


def iban_candidates(text):
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){8,32}", text):
        s = m.group(0).replace(" ", "")
        if s[:2] in IBAN_LEN and len(s) >= IBAN_LEN[s[:2]]:
            yield s[:IBAN_LEN[s[:2]]]


PASSWORD_WORDS = r"(?:password|passwort|kennwort|mot de passe|contraseña|wachtwoord|senha|hasło|パスワード)"


def main():
    drafts, labels, evidence = load("drafts.jsonl"), load("labels.jsonl"), load("evidence.jsonl")
    ids = [f"{PREFIX}{k:02d}" for k in range(1, N + 1)]
    for name, rows in (("drafts", drafts), ("labels", labels), ("evidence", evidence)):
        if [r.get("id") for r in rows] != ids:
            fail(f"{name}.jsonl: ids are not exactly {ids[0]}..{ids[-1]} in order")
    if problems:
        return report()

    viol_count, key_count, lang_count, base_count = Counter(), Counter(), Counter(), Counter()
    allowed_n = doubles = subtle_n = 0
    for dr, lb, ev in zip(drafts, labels, evidence):
        i = dr["id"]
        if set(dr) != {"id", "subject", "body"}:
            fail(f"{i}: draft keys {sorted(dr)}")
        if not all(isinstance(dr.get(k), str) and dr.get(k).strip() for k in ("subject", "body")):
            fail(f"{i}: empty subject or body")
            continue
        text = dr["subject"] + "\n" + dr["body"]
        if set(lb) != {"id", "allowed", "violations", "note", "lang"}:
            fail(f"{i}: label keys {sorted(lb)}")
        if set(ev) != {"id", "triggers", "numbers", "near_miss"}:
            fail(f"{i}: evidence keys {sorted(ev)}")
        vs, allowed, lang, note = lb.get("violations"), lb.get("allowed"), lb.get("lang"), lb.get("note", "")
        if not isinstance(vs, list) or any(v not in VIOLATIONS for v in vs) or len(set(vs)) != len(vs):
            fail(f"{i}: bad violations {vs!r}")
            continue
        if vs != [v for v in VIOLATIONS if v in vs]:
            fail(f"{i}: violations not in the contract's table order")
        if allowed is not (vs == []):
            fail(f"{i}: allowed={allowed!r} but violations={vs!r}")
        if lang not in LANGS:
            fail(f"{i}: unknown lang {lang!r}")
        key = "OK" if not vs else "+".join(ABBR[v] for v in vs)
        m = re.match(r"\[([A-Z+]+), ([A-Za-z-]+)\] (Subtle\. )?(\S.*)$", note, re.S)
        if not m:
            fail(f"{i}: note does not start with [KEY, lang]: {note[:40]!r}")
            continue
        if m.group(1) != key:
            fail(f"{i}: note key {m.group(1)} but violations give {key}")
        if m.group(2) != lang:
            fail(f"{i}: note lang {m.group(2)} but label lang {lang}")
        if m.group(3) and not vs:
            fail(f"{i}: an allowed draft cannot be Subtle")
        if m.group(3) and len(vs) > 1:
            fail(f"{i}: Subtle means one violation carried by one clause")
        if len(vs) > 2:
            fail(f"{i}: more than two violations")

        allowed_n += not vs
        doubles += len(vs) == 2
        subtle_n += bool(m.group(3))
        viol_count.update(vs)
        key_count[key] += 1
        lang_count[lang] += 1
        base_count[lang.split("-")[0]] += 1

        trig = ev.get("triggers", {})
        if set(trig) != set(vs):
            fail(f"{i}: trigger keys {sorted(trig)} differ from violations {vs}")
        for v, phrase in trig.items():
            if not phrase or phrase not in text:
                fail(f"{i}: trigger for {v} not found in draft: {phrase!r}")
        if not vs and not ev.get("near_miss"):
            fail(f"{i}: allowed draft records no near-miss phrase")
        for phrase in ev.get("near_miss", []):
            if phrase not in text:
                fail(f"{i}: near-miss phrase not found: {phrase!r}")

        nums = ev.get("numbers", [])
        for num in nums:
            check_number(i, num, text)
        kinds = {n.get("kind") for n in nums}
        sd = "sensitive_data" in vs
        if sd and not kinds & SENSITIVE:
            fail(f"{i}: labelled sensitive_data but records no sensitive item")
        if not sd and kinds & SENSITIVE:
            fail(f"{i}: records {sorted(kinds & SENSITIVE)} but is not labelled sensitive_data")
        if sd and not any(n["text"] in trig.get("sensitive_data", "") for n in nums if n.get("kind") in SENSITIVE):
            fail(f"{i}: sensitive_data trigger does not contain a recorded sensitive item")
        if sd:
            for n in nums:
                if n.get("kind") == "other_customer" and not re.search(r"\d", trig["sensitive_data"]):
                    fail(f"{i}: other-customer trigger names no balance")

        # Unrecorded sensitive-looking numbers anywhere in the draft.
        # Recorded numbers were validated above; blank them out, then nothing
        # card-, IBAN-, expiry- or password-like may be left.
        rest = text
        for n in sorted(nums, key=lambda n: -len(n.get("text", ""))):
            if n.get("text"):
                rest = rest.replace(n["text"], " \u2588 ")
        for run in digit_runs(rest):
            if luhn_ok(run):
                fail(f"{i}: unrecorded Luhn-valid 13-19 digit number {run}")
        for cand in iban_candidates(rest):
            if iban_ok(cand):
                fail(f"{i}: unrecorded valid IBAN {cand}")
        for mm in re.finditer(r"(?<![\d/.])(0[1-9]|1[0-2])/\d{2}(?![\d/])", rest):
            fail(f"{i}: unrecorded MM/YY {mm.group(0)}")
        for mm in re.finditer(PASSWORD_WORDS + r"\W{0,3}(?:is\W+|:\s*)?(\S{8,})", rest, re.I):
            tok = mm.group(1).rstrip(".,")
            if re.search(r"\d", tok) and re.search(r"[A-Za-z]", tok):
                fail(f"{i}: unrecorded password-like token {tok!r}")

        # Made-up contact data only.
        for host in re.findall(r"(?:https?://|@)([A-Za-z0-9.-]+)", text):
            if not host.rstrip(".").endswith(".example"):
                fail(f"{i}: domain {host} is not under .example")
        for ph in re.findall(r"\+\d[\d ]{7,}\d", text):
            if "555" not in ph:
                fail(f"{i}: phone number {ph} is not a 555 number")

    # Counts the brief asks for.
    if allowed_n != 40:
        fail(f"allowed drafts: {allowed_n}, expected 40")
    for v in VIOLATIONS:
        if not 6 <= viol_count[v] <= 8:
            fail(f"{v}: {viol_count[v]} drafts, expected 6-8")
    if not 6 <= doubles <= 8:
        fail(f"drafts with two violations: {doubles}, expected 6-8")
    if not 16 <= subtle_n <= 24:
        fail(f"subtle drafts: {subtle_n}, expected about half of the 40 violating drafts")
    if dict(base_count) != LANG_COUNTS:
        fail(f"language counts {dict(base_count)} != {LANG_COUNTS}")
    for style in ("en-US", "en-GB", "en-AU", "en-IN"):
        if not lang_count[style]:
            fail(f"no {style} drafts")

    if not problems:
        print(f"OK: {N} drafts, {allowed_n} allowed, {N - allowed_n} violating, "
              f"{doubles} with two violations, {subtle_n} subtle")
        print("per violation: " + ", ".join(f"{ABBR[v]} {viol_count[v]}" for v in VIOLATIONS))
        print("per KEY: " + ", ".join(f"{k} {c}" for k, c in sorted(key_count.items())))
        print("languages: " + ", ".join(f"{k} {c}" for k, c in sorted(lang_count.items())))
    return report()


def report():
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
