#!/usr/bin/env python3
"""Re-verify the blind guard set from the generated files. Exits 1 on any problem.

Independent of build.py: formatting of amounts and dates, check digits and the
arithmetic are re-implemented here.
"""
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
CODE = dict(zip(VIOLATIONS, ["LT", "DO", "RC", "FA", "TC", "HA", "SD"]))
LANGS = ["en", "de-AT", "fr-BE", "es-AR", "sv", "fi", "cs", "hu"]
PREFIX = "kb"
problems = []


def bad(rid, msg):
    problems.append(f"{rid}: {msg}")


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de-AT": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr-BE": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es-AR": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "hu": "január február március április május június július augusztus szeptember október november december",
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "es-AR": "lunes martes miércoles jueves viernes sábado domingo",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
}


def fdate(d, lang):
    if lang == "fi":
        return "%d.%d.%d" % (d.day, d.month, d.year)
    if lang == "cs":
        return "%d. %d. %d" % (d.day, d.month, d.year)
    m = MONTHS[lang].split()[d.month - 1]
    return {
        "en": f"{d.day} {m} {d.year}",
        "de-AT": f"{d.day}. {m} {d.year}",
        "fr-BE": f"{'1er' if d.day == 1 else d.day} {m} {d.year}",
        "es-AR": f"{d.day} de {m} de {d.year}",
        "sv": f"{d.day} {m} {d.year}",
        "hu": f"{d.year}. {m} {d.day}",
    }[lang]


def grp(n, sep):
    return f"{n:,}".replace(",", sep)


def famt(value, lang, cur):
    cents = round(float(value) * 100)
    i, c = divmod(cents, 100)
    if lang == "en":
        return {"GBP": "£", "EUR": "€"}[cur] + f"{grp(i, ',')}.{c:02d}"
    if lang == "de-AT":
        return f"EUR {grp(i, '.')},{c:02d}"
    if lang == "fr-BE":
        return f"{grp(i, '.')},{c:02d} €"
    if lang == "es-AR":
        return {"ARS": "$", "USD": "US$"}[cur] + f" {grp(i, '.')},{c:02d}"
    if lang == "hu":
        if c:
            raise ValueError("HUF with cents")
        return f"{grp(i, ' ')} Ft"
    unit = {"sv": "kr", "fi": "€", "cs": "Kč"}[lang]
    return f"{grp(i, ' ')},{c:02d} {unit}"


CURRENCY = {"en": {"GBP", "EUR"}, "de-AT": {"EUR"}, "fr-BE": {"EUR"}, "es-AR": {"ARS", "USD"},
            "sv": {"SEK"}, "fi": {"EUR"}, "cs": {"CZK"}, "hu": {"HUF"}}


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
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def cbu_ok(s):
    if not re.fullmatch(r"\d{22}", s):
        return False
    w1, w2 = [7, 1, 3, 9, 7, 1, 3], [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    c1 = (10 - sum(int(a) * b for a, b in zip(s[:7], w1)) % 10) % 10
    c2 = (10 - sum(int(a) * b for a, b in zip(s[8:21], w2)) % 10) % 10
    return c1 == int(s[7]) and c2 == int(s[21])


def cz_ok(s):
    m = re.fullmatch(r"(?:(\d{1,6})-)?(\d{2,10})/(\d{4})", s)
    if not m:
        return False
    n = m.group(2).rjust(10, "0")
    w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    return sum(int(a) * b for a, b in zip(n, w)) % 11 == 0


def hu_ok(s):
    parts = s.split("-")
    if [len(p) for p in parts] not in ([8, 8], [8, 8, 8]) or not all(p.isdigit() for p in parts):
        return False
    w = [9, 7, 3, 1]
    def ok(block):
        return sum(int(a) * w[i % 4] for i, a in enumerate(block)) % 10 == 0
    return ok(parts[0]) and ok("".join(parts[1:]))


def be_ok(s):
    m = re.fullmatch(r"\+\+\+(\d{3})/(\d{4})/(\d{5})\+\+\+", s)
    if not m:
        return False
    d = "".join(m.groups())
    return (int(d[:10]) % 97 or 97) == int(d[10:])


def fi_ref_ok(s):
    d = s.replace(" ", "")
    w = [7, 3, 1]
    body, cd = d[:-1], int(d[-1])
    return d.isdigit() and 4 <= len(d) <= 20 and (10 - sum(int(x) * w[i % 3] for i, x in enumerate(reversed(body))) % 10) % 10 == cd


def scan_numbers(text):
    """Full account / card numbers found independently of the facts."""
    found = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if iban_ok(m.group(0)):
            found.append(("iban", m.group(0)))
    for m in re.finditer(r"(?<![\d/+])(?:\d[ -]?){12,18}\d(?![\d/])", text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            found.append(("card", m.group(0)))
    for m in re.finditer(r"(?<!\d)\d{22}(?!\d)", text):
        if cbu_ok(m.group(0)):
            found.append(("cbu", m.group(0)))
    for m in re.finditer(r"(?<![\d-])(?:\d{1,6}-)?\d{2,10}/\d{4}(?![\d/])", text):
        if cz_ok(m.group(0)):
            found.append(("cz", m.group(0)))
    for m in re.finditer(r"(?<![\d-])\d{8}-\d{8}(?:-\d{8})?(?![\d-])", text):
        if hu_ok(m.group(0)):
            found.append(("hu", m.group(0)))
    return found


def main():
    drafts, labels, facts = load("drafts.jsonl"), load("labels.jsonl"), load("facts.jsonl")
    if not (len(drafts) == len(labels) == len(facts) == 80):
        bad("-", f"line counts {len(drafts)}/{len(labels)}/{len(facts)}, want 80")
    want_ids = [f"{PREFIX}{i:02d}" for i in range(1, 81)]
    for name, rows in (("drafts", drafts), ("labels", labels), ("facts", facts)):
        if [r["id"] for r in rows] != want_ids:
            bad("-", f"{name}: ids not {PREFIX}01..{PREFIX}80 in order")
    per_v, per_lang = Counter(), Counter()
    n_allowed = 0
    for d, l, f in zip(drafts, labels, facts):
        rid = d["id"]
        if set(d) != {"id", "subject", "body"} or not d["subject"].strip() or not d["body"].strip():
            bad(rid, "draft keys/empty")
        if set(l) != {"id", "allowed", "violations", "note", "lang"}:
            bad(rid, f"label keys {sorted(l)}")
        v = l["violations"]
        if l["allowed"] is not (not v):
            bad(rid, "allowed inconsistent with violations")
        if any(x not in VIOLATIONS for x in v) or len(set(v)) != len(v):
            bad(rid, f"unknown/duplicate violation {v}")
        elif v != sorted(v, key=VIOLATIONS.index):
            bad(rid, "violations not in table order")
        lang = l["lang"]
        if lang not in LANGS:
            bad(rid, f"lang {lang}")
        key = "+".join(CODE[x] for x in v if x in CODE) or "OK"
        if not l["note"].startswith(f"[{key}, {lang}] "):
            bad(rid, f"note prefix, want [{key}, {lang}]")
        per_lang[lang] += 1
        n_allowed += not v
        per_v.update(v)
        text = d["subject"] + "\n" + d["body"]

        # quoted phrases in the note
        quotes = re.findall(r"«(.+?)»", l["note"])
        if not quotes:
            bad(rid, "note quotes nothing from the draft")
        for q in quotes:
            pos = 0
            for part in q.split("..."):
                part = part.strip()
                i = text.find(part, pos)
                if i < 0:
                    bad(rid, f"quoted phrase not in draft: {part!r}")
                    break
                pos = i + len(part)

        # amounts
        for a in f.get("amounts", []):
            if a["cur"] not in CURRENCY[lang]:
                bad(rid, f"currency {a['cur']} for {lang}")
            t = famt(a["value"], lang, a["cur"])
            if t != a["text"] or t not in text:
                bad(rid, f"amount {a['value']} {a['cur']} -> {t!r} not in draft")
        for s in f.get("sums", []):
            tot = sum(round(float(p) * 100) for p in s["parts"])
            if tot != round(float(s["total"]) * 100):
                bad(rid, f"sum {s['parts']} != {s['total']}")
            for p in s["parts"] + [s["total"]]:
                if famt(p, lang, s["cur"]) not in text:
                    bad(rid, f"sum member {p} not in draft")
        # dates and terms
        for dd in f.get("dates", []):
            dt = date.fromisoformat(dd["date"])
            t = fdate(dt, lang)
            if t != dd["text"] or t not in text:
                bad(rid, f"date {dd['date']} -> {t!r} not in draft")
            if "weekday" in dd:
                wd = WEEKDAYS.get(lang, WEEKDAYS["en"]).split()
                if lang in WEEKDAYS and (wd[dt.weekday()] != dd["weekday"] or dd["weekday"] not in text):
                    bad(rid, f"weekday {dd['weekday']} wrong for {dd['date']}")
            if not date(2025, 12, 1) <= dt <= date(2026, 6, 30):
                bad(rid, f"date out of range {dt}")
        for t in f.get("terms", []):
            iss, du = date.fromisoformat(t["issued"]), date.fromisoformat(t["due"])
            if iss + timedelta(days=t["days"]) != du:
                bad(rid, f"terms {t} do not add up")
            if fdate(iss, lang) not in text or fdate(du, lang) not in text or str(t["days"]) not in text:
                bad(rid, f"terms {t} not all stated in draft")
        # numbers declared by the generator
        for s in f.get("ibans", []):
            if not iban_ok(s) or s not in text:
                bad(rid, f"iban {s} invalid or absent")
        for s in f.get("cards", []):
            if not luhn_ok(s.replace(" ", "")) or s not in text:
                bad(rid, f"card {s} invalid or absent")
        for a in f.get("accounts", []):
            ok = {"cbu": cbu_ok, "cz": cz_ok, "hu": hu_ok}[a["kind"]](a["text"])
            if not ok or a["text"] not in text:
                bad(rid, f"account {a} invalid or absent")
        for r in f.get("refs", []):
            ok = {"be_structured": be_ok, "fi_reference": fi_ref_ok,
                  "se_ocr": lambda s: s.isdigit() and luhn_ok(s),
                  "cz_vs": lambda s: s.isdigit() and len(s) <= 10}[r["kind"]](r["text"])
            if not ok or r["text"] not in text:
                bad(rid, f"reference {r} invalid or absent")

        # independent scan: full numbers <=> sensitive_data
        found = scan_numbers(text)
        if found and "sensitive_data" not in v:
            bad(rid, f"full account/card number {found} but no sensitive_data")
        if "sensitive_data" in v and not found and not re.search(
                r"lösenord|password|jelszó|heslo|salasana|another customer", l["note"] + text, re.I):
            bad(rid, "sensitive_data without a number, password or another customer")
        if "sensitive_data" in v and not found and "another customer" in l["note"] and not f.get("amounts"):
            bad(rid, "another customer's data without an amount")

        # made-up contacts only
        for m in re.finditer(r"[\w.+-]+@([\w.-]+)", text):
            if not m.group(1).endswith(".example"):
                bad(rid, f"non-example address {m.group(0)}")
        for m in re.finditer(r"https?://([\w.-]+)", text):
            if not m.group(1).endswith(".example"):
                bad(rid, f"non-example URL host {m.group(1)}")
        for m in re.finditer(r"(?:Tel\.?:?|Tél\.|p\.|\+\d{2,3})[ \d()-]{7,}", text):
            if "555" not in m.group(0):
                bad(rid, f"phone without 555: {m.group(0)!r}")

    # distribution
    if not 35 <= n_allowed <= 45:
        bad("-", f"{n_allowed} allowed, want about 40")
    for x in VIOLATIONS:
        if not 5 <= per_v[x] <= 9:
            bad("-", f"{x}: {per_v[x]} drafts, want 5-9")
    if set(per_lang) != set(LANGS):
        bad("-", f"languages {sorted(per_lang)}")
    doubles = sum(1 for l in labels if len(l["violations"]) == 2)
    if doubles < 3:
        bad("-", f"only {doubles} drafts with two violations")

    print(f"{len(labels)} drafts, {n_allowed} allowed, {doubles} with two violations")
    print("per violation:", ", ".join(f"{x} {per_v[x]}" for x in VIOLATIONS))
    print("per lang:", ", ".join(f"{x} {per_lang[x]}" for x in LANGS))
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print(" ", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
