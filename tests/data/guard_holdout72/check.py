#!/usr/bin/env python3
"""Re-verify the blind191 guard set. Exits non-zero on any problem. Stdlib only."""
import json
import os
import re
import sys
from collections import Counter
from datetime import date
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
        "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
LANGS = ["en", "fr", "de", "es", "it", "pt-PT", "da", "tr", "vi"]
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "PT": 25, "DK": 18, "TR": 26, "GB": 22, "NL": 18,
            "BE": 16, "AT": 20, "CH": 21}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

problems = []


def bad(did, msg):
    problems.append(f"{did}: {msg}")


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def iban_valid(raw):
    s = re.sub(r"\s", "", raw).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def luhn(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def norm_space(s):
    return s.replace("\u00a0", " ").replace("\u202f", " ")


def parse_amount(s):
    """'USD 1,234.50' / '1 234,50 €' / '1.234,50 €' / '12.500.000 ₫' -> (Decimal, currency-token)."""
    s = norm_space(s).strip()
    m = re.search(r"\d[\d., ]*\d|\d", s)
    if not m:
        raise ValueError(s)
    num = m.group(0).replace(" ", "")
    cur = (s[:m.start()] + "|" + s[m.end():]).strip()
    seps = [i for i, c in enumerate(num) if c in ".,"]
    if seps and len(num) - seps[-1] - 1 == 2:
        intpart, dec = num[:seps[-1]], num[seps[-1] + 1:]
    else:
        intpart, dec = num, "0"
    intpart = intpart.replace(".", "").replace(",", "")
    return Decimal(intpart + "." + dec), cur


def text_of(d):
    return d["subject"] + "\n" + d["body"]


def find_full_numbers(text):
    """Valid IBANs and Luhn-valid 13-19 digit runs (with spaces/dashes) in a text."""
    found = []
    t = norm_space(text)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}", t):
        cand = m.group(0)
        # trim trailing groups until valid or too short
        parts = cand.split(" ")
        for k in range(len(parts), 1, -1):
            if iban_valid(" ".join(parts[:k])):
                found.append(("iban", " ".join(parts[:k])))
                break
        else:
            compact = cand.replace(" ", "")
            for L in range(len(compact), 14, -1):
                if iban_valid(compact[:L]):
                    found.append(("iban", compact[:L]))
                    break
    for m in re.finditer(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])", t):
        digits = re.sub(r"\D", "", m.group(0))
        if luhn(digits) and digits[0] in "3456":
            found.append(("card", m.group(0)))
    return found


def check_fact(did, text, f):
    kind = f[0]
    t = norm_space(text)
    if kind in ("has", "masked"):
        if norm_space(f[1]) not in t:
            bad(did, f"fact text not found: {f[1]!r}")
        if kind == "masked" and len(re.sub(r"\D", "", f[1])) > 4:
            bad(did, f"masked value shows more than four digits: {f[1]!r}")
    elif kind == "iban":
        if norm_space(f[1]) not in t:
            bad(did, f"IBAN not in text: {f[1]!r}")
        if not iban_valid(f[1]):
            bad(did, f"IBAN checksum/length invalid: {f[1]!r}")
    elif kind == "card":
        if f[1] not in t:
            bad(did, f"card not in text: {f[1]!r}")
        if not luhn(re.sub(r"\D", "", f[1])):
            bad(did, f"card fails Luhn: {f[1]!r}")
    elif kind == "account":
        if f[1] not in t:
            bad(did, f"account number not in text: {f[1]!r}")
        if len(re.sub(r"\D", "", f[1])) < 8:
            bad(did, f"account number too short to be a full number: {f[1]!r}")
    elif kind == "sum":
        items, total = f[1], f[2]
        for a in items + [total]:
            if norm_space(a) not in t:
                bad(did, f"amount not in text: {a!r}")
        vals = [parse_amount(a) for a in items]
        tv, tc = parse_amount(total)
        if any(c != tc for _, c in vals):
            bad(did, f"currency mismatch in sum: {items} vs {total}")
        if sum(v for v, _ in vals) != tv:
            bad(did, f"sum {sum(v for v, _ in vals)} != total {tv}")
    elif kind == "pct":
        base, pct, result = f[1], f[2], f[3]
        for a in (base, result):
            if norm_space(a) not in t:
                bad(did, f"amount not in text: {a!r}")
        b, bc = parse_amount(base)
        r, rc = parse_amount(result)
        if bc != rc or (b * Decimal(pct) / 100).quantize(Decimal("0.01")) != r:
            bad(did, f"{pct}% of {base} != {result}")
    elif kind == "product":
        unit, n, result = f[1], f[2], f[3]
        for a in (unit, result):
            if norm_space(a) not in t:
                bad(did, f"amount not in text: {a!r}")
        u, uc = parse_amount(unit)
        r, rc = parse_amount(result)
        if uc != rc or u * n != r:
            bad(did, f"{unit} x {n} != {result}")
    elif kind == "days":
        d1, d2, n = date.fromisoformat(f[1]), date.fromisoformat(f[2]), f[3]
        if (d2 - d1).days != n:
            bad(did, f"days {f[1]}..{f[2]} = {(d2 - d1).days}, claimed {n}")
        if not re.search(rf"\b{n}\b", t):
            bad(did, f"day count {n} not in text")
    elif kind == "weekday":
        d = date.fromisoformat(f[1])
        if WEEKDAYS[d.weekday()] != f[2]:
            bad(did, f"{f[1]} is a {WEEKDAYS[d.weekday()]}, not {f[2]}")
    else:
        bad(did, f"unknown fact kind {kind}")


def main():
    drafts, labels, facts = load("drafts.jsonl"), load("labels.jsonl"), load("facts.jsonl")
    if not (len(drafts) == len(labels) == len(facts)):
        bad("-", "file lengths differ")
    n = len(drafts)
    ids = [d["id"] for d in drafts]
    if ids != [f"KG{i:02d}" for i in range(1, n + 1)]:
        bad("-", "ids are not KG01..KGnn in order")
    for d, l, fa in zip(drafts, labels, facts):
        did = d["id"]
        if set(d) != {"id", "subject", "body"}:
            bad(did, f"draft keys {sorted(d)}")
        if set(l) != {"id", "allowed", "violations", "note", "lang"}:
            bad(did, f"label keys {sorted(l)}")
        if l["id"] != did or fa["id"] != did:
            bad(did, "id mismatch across files")
        if not d["subject"].strip() or not d["body"].strip():
            bad(did, "empty subject/body")
        v = l["violations"]
        if l["allowed"] is not (len(v) == 0):
            bad(did, "allowed inconsistent with violations")
        if any(x not in ORDER for x in v) or len(set(v)) != len(v):
            bad(did, f"bad violation list {v}")
        elif v != sorted(v, key=ORDER.index):
            bad(did, "violations not in table order")
        if l["lang"] not in LANGS:
            bad(did, f"unknown lang {l['lang']}")
        key = "A" if not v else "+".join(KEYS.get(x, "?") for x in v)
        if not l["note"].startswith(f"[{key}, {l['lang']}] "):
            bad(did, f"note prefix should be [{key}, {l['lang']}]")
        text = text_of(d)
        for q in re.findall(r"«([^»]+)»", l["note"]):
            if norm_space(q) not in norm_space(text):
                bad(did, f"quoted phrase not in draft: {q!r}")
        for f in fa["facts"]:
            check_fact(did, text, f)
        kinds = {f[0] for f in fa["facts"]}
        if kinds & {"iban", "card", "account"} and "sensitive_data" not in v:
            bad(did, "full IBAN/card/account fact but no sensitive_data label")
        found = find_full_numbers(text)
        if found and "sensitive_data" not in v:
            bad(did, f"full number(s) {found} in a draft not labelled sensitive_data")
        for kind, val in found:
            if not any(f[0] == kind and re.sub(r'\s', '', f[1]) == re.sub(r'\s', '', val)
                       for f in fa["facts"]):
                bad(did, f"undeclared {kind} {val!r}")
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if not m.group(1).endswith(".example"):
                bad(did, f"non-.example domain {m.group(0)}")
        for m in re.finditer(r"https?://([^/\s]+)", text):
            if not m.group(1).endswith(".example"):
                bad(did, f"non-.example URL {m.group(0)}")
        for m in re.finditer(r"(?:Tel\.|Tlf\.|Điện thoại|\+)\s?[\d ()]{6,}", text):
            if "555" not in m.group(0):
                bad(did, f"phone without 555: {m.group(0)!r}")

    allowed = sum(1 for l in labels if l["allowed"])
    vc = Counter(x for l in labels for x in l["violations"])
    lc = Counter(l["lang"] for l in labels)
    print(f"{n} drafts, {allowed} allowed, {n - allowed} violating; "
          f"{sum(1 for l in labels if len(l['violations']) > 1)} doubles")
    print("violations:", dict(vc))
    print("langs:", dict(lc))
    if n == 80:
        if not 36 <= allowed <= 44:
            bad("-", f"allowed count {allowed} not about 40")
        for x in ORDER:
            if not 5 <= vc[x] <= 9:
                bad("-", f"{x} appears {vc[x]} times, want 5-9")
        for lg in LANGS:
            if lc[lg] == 0:
                bad("-", f"no drafts in {lg}")
    else:
        print(f"WARNING: {n} drafts, expected 80 (partial build)")
    readme = os.path.join(HERE, "README.md")
    if not os.path.exists(readme):
        bad("-", "README.md missing")
    if problems:
        print("\n".join(problems))
        print(f"FAIL: {len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
