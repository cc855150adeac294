#!/usr/bin/env python3
"""Re-verify the sv guardrails set from the generated files only. Exit 1 on any problem."""
import json
import os
import re
import sys
from collections import Counter
from datetime import date
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
CLASSES = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
           "terms_change", "harassment", "sensitive_data"]
LETTER = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
          "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
LANGS = "en de fr nl it es pt pl cs sk hu ro bg sl sv da nb fi et lv el tr ru uk he ar hi ja zh ko vi".split()
NONLATIN = {"bg", "el", "ru", "uk", "he", "ar", "hi", "ja", "zh", "ko"}
problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def num(tok):
    t = tok.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "")
    if t.endswith("%"):
        return Decimal(t[:-1].replace(",", ".")) / 100
    seps = [i for i, ch in enumerate(t) if ch in ",."]
    if not seps:
        return Decimal(t)
    last = seps[-1]
    if len(t) - last - 1 != 3:           # decimal separator
        intpart = re.sub(r"[,.]", "", t[:last])
        return Decimal(intpart + "." + t[last + 1:])
    return Decimal(re.sub(r"[,.]", "", t))


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def fi_ok(d):
    w = [7, 3, 1]
    base, ck = d[:-1], int(d[-1])
    s = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(base)))
    return (10 - s % 10) % 10 == ck


def find_ibans(text):
    out = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{1,4}){3,8}\b", text):
        cand = m.group(0)
        # try every prefix length (grouped IBANs may run into following tokens)
        parts = cand.split(" ")
        for k in range(len(parts), 0, -1):
            s = " ".join(parts[:k])
            if len(s.replace(" ", "")) >= 15 and iban_ok(s):
                out.append(s)
                break
    return out


def find_cards(text):
    out = []
    for m in re.finditer(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)", text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and d[0] in "3456" and luhn_ok(d):
            out.append(d)
    return out


EN_MONTHS = "January February March April May June July August September October November December".split()
EN_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
DE_DAYS = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()


def weekday_checks(text, where):
    n = 0
    for m in re.finditer(r"\b(%s),? (\d{1,2}) (%s) (\d{4})" % ("|".join(EN_DAYS), "|".join(EN_MONTHS)), text):
        d = date(int(m.group(4)), EN_MONTHS.index(m.group(3)) + 1, int(m.group(2)))
        if EN_DAYS[d.weekday()] != m.group(1):
            bad(f"{where}: '{m.group(0)}' is a {EN_DAYS[d.weekday()]}")
        n += 1
    for m in re.finditer(r"\b(%s),? (?:den )?(\d{2})\.(\d{2})\.(\d{4})" % "|".join(DE_DAYS), text):
        d = date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
        if DE_DAYS[d.weekday()] != m.group(1):
            bad(f"{where}: '{m.group(0)}' is a {DE_DAYS[d.weekday()]}")
        n += 1
    # every dd.mm.yyyy / yyyy-mm-dd / dd/mm/yyyy must be a real calendar date
    for m in re.finditer(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)", text):
        try:
            date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            bad(f"{where}: invalid date {m.group(0)}")
    return n


def main():
    drafts = load("drafts.jsonl")
    labels = load("labels.jsonl")
    if len(drafts) != len(labels):
        bad("drafts/labels length differ")
    ids = [d["id"] for d in drafts]
    exp_ids = [f"sv{i:02d}" for i in range(1, len(drafts) + 1)]
    if ids != exp_ids:
        bad("draft ids are not sv01..svNN in order")
    if len(set(ids)) != len(ids):
        bad("duplicate ids")
    n_weekday = 0
    n_calc = 0
    n_ref = 0
    for d, l in zip(drafts, labels):
        i = d["id"]
        if set(d) != {"id", "subject", "body"}:
            bad(f"{i}: draft keys {sorted(d)}")
        if set(l) != {"id", "allowed", "violations", "note", "lang"}:
            bad(f"{i}: label keys {sorted(l)}")
        if l["id"] != i:
            bad(f"{i}: label id {l['id']}")
        if not d["subject"].strip() or not d["body"].strip():
            bad(f"{i}: empty subject/body")
        v = l["violations"]
        if not isinstance(v, list) or any(c not in CLASSES for c in v) or len(set(v)) != len(v):
            bad(f"{i}: bad violations {v}")
            continue
        if v != [c for c in CLASSES if c in v]:
            bad(f"{i}: violations not in table order")
        if l["allowed"] is not (not v):
            bad(f"{i}: allowed inconsistent with violations")
        if l["lang"] not in LANGS:
            bad(f"{i}: lang {l['lang']}")
        key = "".join(LETTER[c] for c in v) or "A"
        m = re.match(r"\[([A-Z]+), ([a-z]{2})\] \((subtle|textbook|hard-allowed)\) ", l["note"])
        if not m:
            bad(f"{i}: note prefix")
            continue
        if m.group(1) != key or m.group(2) != l["lang"]:
            bad(f"{i}: note prefix [{m.group(1)}, {m.group(2)}] vs [{key}, {l['lang']}]")
        style = m.group(3)
        if (style == "hard-allowed") != (not v):
            bad(f"{i}: style {style} vs allowed={not v}")
        text = d["subject"] + "\n" + d["body"]
        ev = re.findall(r"«(.+?)»", l["note"])
        if not ev:
            bad(f"{i}: no evidence quoted")
        for e in ev:
            if e not in text:
                bad(f"{i}: evidence not in text: {e!r}")
        # arithmetic
        for expr, res in re.findall(r"Check⟨(.+?) = (.+?)⟩", l["note"]):
            n_calc += 1
            toks = re.split(r" ([+−×]) ", expr)
            for t in toks[::2] + [res]:
                if t not in text:
                    bad(f"{i}: number {t!r} not in text")
            if "×" in toks:
                val = Decimal(1)
                for t in toks[::2]:
                    val *= num(t)
            else:
                val = num(toks[0])
                for op, t in zip(toks[1::2], toks[2::2]):
                    val = val + num(t) if op == "+" else val - num(t)
            if val.quantize(Decimal("0.01")) != num(res).quantize(Decimal("0.01")):
                bad(f"{i}: {expr} = {val}, text says {res}")
        # check-digit references
        for kind, val in re.findall(r"Ref⟨(\w+):(.+?)⟩", l["note"]):
            n_ref += 1
            for part in val.split("="):
                if part not in text:
                    bad(f"{i}: ref {part} not in text")
            digits = re.sub(r"\D", "", val)
            if kind == "luhn" and not luhn_ok(digits):
                bad(f"{i}: {val} fails Luhn")
            if kind == "fi" and not fi_ok(digits):
                bad(f"{i}: {val} fails 7-3-1")
            if kind == "vs":
                vs, inv = val.split("=")
                if re.sub(r"\D", "", inv) != vs:
                    bad(f"{i}: variable symbol {vs} != invoice {inv}")
            if kind in ("luhn", "fi") and find_cards(val):
                bad(f"{i}: reference {val} looks like a card number")
        n_weekday += weekday_checks(text, i)
        # sensitive data consistency
        ibans, cards = find_ibans(text), find_cards(text)
        kind = re.search(r"Sensitive kind: (\w+)\.", l["note"])
        if "sensitive_data" in v:
            if not kind:
                bad(f"{i}: sensitive_data without kind")
            else:
                k = kind.group(1)
                if k == "iban" and not ibans:
                    bad(f"{i}: no valid full IBAN found")
                if k == "card" and not cards:
                    bad(f"{i}: no Luhn-valid card number found")
                if k == "card" and not re.search(r"(CVV|CVC)\D{0,3}\d{3}", text):
                    bad(f"{i}: card draft lacks CVV")
        else:
            if ibans:
                bad(f"{i}: full IBAN {ibans} in a draft not labelled sensitive_data")
            if cards:
                bad(f"{i}: card-like number {cards} in a draft not labelled sensitive_data")
    # distribution
    cls = Counter(c for l in labels for c in l["violations"])
    for c in CLASSES:
        if not 5 <= cls[c] <= 9:
            bad(f"class {c} has {cls[c]} drafts (want 5-9)")
    n_allowed = sum(l["allowed"] for l in labels)
    langs = Counter(l["lang"] for l in labels)
    if len(labels) == 80:
        if not 36 <= n_allowed <= 44:
            bad(f"allowed {n_allowed}")
        if not 12 <= langs["en"] <= 20:
            bad(f"en share {langs['en']}")
        if set(langs) != set(LANGS):
            bad(f"languages missing: {set(LANGS) - set(langs)}")
        subtle = [l for l in labels if "(subtle)" in l["note"]]
        if not 16 <= len(subtle) <= 28:
            bad(f"subtle violating drafts: {len(subtle)}")
        if sum(l["lang"] in NONLATIN for l in subtle) < 4:
            bad("too few subtle drafts in non-Latin scripts")
    doubles = sum(len(l["violations"]) > 1 for l in labels)
    print(f"{len(labels)} drafts, allowed {n_allowed}, doubles {doubles}, classes {dict(cls)}")
    print(f"{len(langs)} languages; checked {n_calc} sums, {n_ref} references, {n_weekday} weekday dates")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
