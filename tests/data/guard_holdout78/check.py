#!/usr/bin/env python3
"""Re-verify every label of blind guardrails set 207 from the generated files. Exit 1 on any problem."""
import json, os, re, sys
from collections import Counter
from datetime import date
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
SHORT = {"LEGAL": "legal_threat", "DISC": "discount_offer", "REF": "refund_or_credit_promise",
         "FAULT": "fault_admission", "TERMS": "terms_change", "HARASS": "harassment", "SENS": "sensitive_data"}
LANGS = ["en-AU", "en-US", "de", "fr", "es", "nl-BE", "pt-PT", "nb", "fi", "hu", "ja", "ko"]
errors = []


def err(i, msg):
    errors.append(f"{i}: {msg}")


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


drafts, labels, meta = load("drafts.jsonl"), load("labels.jsonl"), load("meta.jsonl")

# ---------------------------------------------------------------- independent date rendering
EN_M = "January February March April May June July August September October November December".split()
TAB = {
    "en": ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(), EN_M),
    "de": ("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
           "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()),
    "fr": ("lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
           "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()),
    "es": ("lunes martes miércoles jueves viernes sábado domingo".split(),
           "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()),
    "nl-BE": ("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
              "januari februari maart april mei juni juli augustus september oktober november december".split()),
    "pt-PT": ("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
              "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()),
    "nb": ("mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
           "januar februar mars april mai juni juli august september oktober november desember".split()),
    "fi": ("maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai".split(), None),
    "hu": ("hétfő kedd szerda csütörtök péntek szombat vasárnap".split(),
           "január február március április május június július augusztus szeptember október november december".split()),
    "ja": ("月火水木金土日", None),
    "ko": ("월화수목금토일", None),
}


def render(iso, lang):
    d = date.fromisoformat(iso)
    k = "en" if lang.startswith("en") else lang
    wd, mo = TAB[k]
    w = wd[d.weekday()]
    m = mo[d.month - 1] if mo else None
    return {
        "en-AU": f"{w} {d.day} {m} {d.year}", "en-US": f"{w}, {m} {d.day}, {d.year}",
        "de": f"{w}, {d.day}. {m} {d.year}", "fr": f"{w} {d.day} {m} {d.year}",
        "es": f"{w} {d.day} de {m} de {d.year}", "nl-BE": f"{w} {d.day} {m} {d.year}",
        "pt-PT": f"{w}, {d.day} de {m} de {d.year}", "nb": f"{w} {d.day}. {m} {d.year}",
        "fi": f"{w} {d.day}.{d.month}.{d.year}", "hu": f"{d.year}. {m} {d.day}., {w}",
        "ja": f"{d.year}年{d.month}月{d.day}日（{w}）", "ko": f"{d.year}년 {d.month}월 {d.day}일({w})",
    }[lang]

# ---------------------------------------------------------------- amounts


def amount(s, lang):
    m = re.search(r"\d[\d.,\u00a0 ]*\d|\d", s)
    if not m:
        raise ValueError(s)
    t = m.group(0).replace("\u00a0", " ")
    if lang.startswith("en") or lang in ("ja", "ko"):
        t = t.replace(",", "").replace(" ", "")
    elif lang in ("de", "es", "pt-PT", "nl-BE"):
        t = t.replace(".", "").replace(" ", "").replace(",", ".")
    else:  # fr, nb, fi, hu: space thousands, comma decimals
        t = t.replace(" ", "").replace(".", "").replace(",", ".")
    return Decimal(t)

# ---------------------------------------------------------------- check digits


def luhn_ok(digits):
    s = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban_ok(s):
    raw = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", raw):
        return False
    r = raw[4:] + raw[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def hu_ok(s):
    g = s.split("-")
    w = [9, 7, 3, 1]

    def ok(block):
        return sum(int(c) * w[i % 4] for i, c in enumerate(block)) % 10 == 0
    return len(g) == 3 and ok(g[0]) and ok(g[1] + g[2])

# ---------------------------------------------------------------- structure
n = len(drafts)
if not (n == len(labels) == len(meta) == 80):
    err("-", f"line counts {n}/{len(labels)}/{len(meta)}, want 80")
ids = [d["id"] for d in drafts]
if ids != [f"qg{i:02d}" for i in range(1, n + 1)]:
    err("-", "ids are not qg01..qg80 in order")
for d, l, m in zip(drafts, labels, meta):
    i = d["id"]
    if set(d) != {"id", "subject", "body"} or not d["subject"].strip() or not d["body"].strip():
        err(i, "draft keys/content")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        err(i, f"label keys {sorted(l)}")
    if l["id"] != i or m["id"] != i:
        err(i, "id mismatch across files")
    v = l["violations"]
    if l["allowed"] is not (v == []):
        err(i, "allowed inconsistent with violations")
    if any(x not in ORDER for x in v) or v != sorted(set(v), key=ORDER.index):
        err(i, f"violations not in table order / unknown / duplicated: {v}")
    key = m["key"]
    want = [] if key == "OK" else sorted({SHORT[k] for k in key.split("+")}, key=ORDER.index)
    if want != v:
        err(i, f"key {key} does not match violations {v}")
    if not l["note"].startswith(f"[{key}, {l['lang']}] ") or l["lang"] != m["lang"] or l["lang"] not in LANGS:
        err(i, "note prefix / lang")
    text = d["subject"] + "\n" + d["body"]
    lang = l["lang"]
    if "{" in text or "}" in text:
        err(i, "unfilled placeholder")
    for s in m["ev"]:
        if s not in text:
            err(i, f"evidence not in text: {s!r}")
    for iso in m["dates"]:
        r = render(iso, lang)
        if r not in text:
            err(i, f"date {iso} should appear as {r!r}")
    for a, b in m["od"]:
        days = (date.fromisoformat(b) - date.fromisoformat(a)).days
        if not re.search(rf"(?<!\d){days}(?!\d)", text) or render(a, lang) not in text:
            err(i, f"overdue days {days} / due date not in text")
    for total, parts in m["sums"]:
        if total not in text:
            err(i, f"amount {total!r} not in text")
        if parts and parts[0] != "pct":
            for p in parts:
                if p not in text:
                    err(i, f"amount {p!r} not in text")
            if sum(amount(p, lang) for p in parts) != amount(total, lang):
                err(i, f"parts do not add up to {total}")
        else:
            _, base, pct = parts
            if base not in text:
                err(i, f"amount {base!r} not in text")
            if amount(base, lang) * (100 - pct) / 100 != amount(total, lang):
                err(i, f"{pct}% off {base} != {total}")
    for s in m["legit"]:
        if s not in text:
            err(i, f"legit number not in text: {s}")
    # secrets: only in sensitive drafts, and realistic
    if m["secrets"] and "sensitive_data" not in v:
        err(i, "secrets listed on a draft not labelled sensitive_data")
    for s in m["secrets"]:
        if s not in text:
            err(i, f"secret not in text: {s}")
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", s) and not iban_ok(s):
            err(i, f"IBAN checksum fails: {s}")
        if re.fullmatch(r"\d{8}-\d{8}-\d{8}", s) and not hu_ok(s):
            err(i, f"HU account checksum fails: {s}")
        if re.fullmatch(r"[\d ]{15,23}", s) and not luhn_ok(s.replace(" ", "")):
            err(i, f"card Luhn fails: {s}")
    # global scans: full IBANs, HU accounts, Luhn-valid card-length runs
    for mm in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if iban_ok(mm.group(0)) and mm.group(0) not in m["secrets"]:
            err(i, f"undeclared full IBAN {mm.group(0)}")
    for mm in re.finditer(r"\b\d{8}-\d{8}-\d{8}\b", text):
        if mm.group(0) not in m["secrets"]:
            err(i, f"undeclared HU account {mm.group(0)}")
    for mm in re.finditer(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])", text):
        digits = re.sub(r"\D", "", mm.group(0))
        if luhn_ok(digits) and not any(digits == re.sub(r"\D", "", s) for s in m["legit"] + m["secrets"]):
            err(i, f"undeclared Luhn-valid number {mm.group(0)}")
    # fiction: domains and phones
    for host in re.findall(r"(?:https?://|@)([A-Za-z0-9.-]+)", text):
        if not host.rstrip(".").endswith(".example"):
            err(i, f"non-.example host {host}")
    for ph in re.findall(r"(?:\+\d[\d ]{8,}\d|\(\d{3}\) \d{3}-\d{4}|\b0\d{1,3}-\d{3,4}-\d{4}\b)", text):
        if "555" not in re.sub(r"\D", "", ph):
            err(i, f"phone without 555: {ph}")

# ---------------------------------------------------------------- distribution
vc = Counter(x for l in labels for x in l["violations"])
for x in ORDER:
    if not 5 <= vc[x] <= 9:
        err("-", f"{x} appears {vc[x]} times (want 5-9)")
n_ok = sum(l["allowed"] for l in labels)
if not 36 <= n_ok <= 44:
    err("-", f"{n_ok} allowed (want about 40)")
if sum(len(l["violations"]) > 1 for l in labels) < 3:
    err("-", "fewer than 3 drafts with two violations")
lc = Counter(l["lang"] for l in labels)
if set(lc) != set(LANGS):
    err("-", f"languages {sorted(lc)}")
if len({d["subject"] + d["body"] for d in drafts}) != n:
    err("-", "duplicate drafts")

if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {n} drafts, {n_ok} allowed, violations {dict(vc)}, langs {dict(lc)}")
