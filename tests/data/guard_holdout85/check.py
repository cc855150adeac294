#!/usr/bin/env python3
"""Re-verify the lv guardrails set. Exit 1 on any problem."""
import json, os, re, sys
from collections import Counter
from datetime import date
from decimal import Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"L": "legal_threat", "D": "discount_offer", "R": "refund_or_credit_promise",
        "F": "fault_admission", "T": "terms_change", "H": "harassment", "S": "sensitive_data"}
LANGS = ["en-AU", "en-GB", "de-AT", "fr", "es-CL", "it", "pt-PT", "nl", "sv", "hu", "ro", "ja", "zh-TW"]
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
}
DAYWORD = {"en": "days", "es": "días", "nl": "dagen"}
errors = []
def err(i, m): errors.append(f"{i}: {m}")

def load(n):
    with open(os.path.join(HERE, n), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def luhn(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2: n = n * 2 - 9 if n > 4 else n * 2
        t += n
    return t % 10 == 0

def dec(x): return Decimal(x)

drafts, labels, facts = load("drafts.jsonl"), load("labels.jsonl"), load("facts.jsonl")
if not (len(drafts) == len(labels) == len(facts) == 80):
    err("*", f"line counts {len(drafts)} {len(labels)} {len(facts)}")
ids = [d["id"] for d in drafts]
if ids != [f"lv{i:02d}" for i in range(1, 81)]: err("*", "ids not lv01..lv80 in order")
for d, l, fa in zip(drafts, labels, facts):
    i = d["id"]
    if set(d) != {"id", "subject", "body"}: err(i, f"draft keys {set(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: err(i, f"label keys {set(l)}")
    if l["id"] != i or fa["id"] != i: err(i, "id mismatch across files")
    v = l["violations"]
    if l["allowed"] is not (len(v) == 0): err(i, "allowed != (violations empty)")
    if any(x not in ORDER for x in v) or v != sorted(set(v), key=ORDER.index): err(i, f"violations order/values {v}")
    if l["lang"] not in LANGS: err(i, f"lang {l['lang']}")
    m = re.match(r"^\[([A-Z]+), ([A-Za-z-]+)\] \S", l["note"])
    if not m: err(i, "note prefix"); continue
    key, nlang = m.groups()
    if nlang != l["lang"]: err(i, "note lang != lang")
    if key == "A":
        if v: err(i, "key A but violations")
    elif sorted({KEYS[c] for c in key}, key=ORDER.index) != v: err(i, f"key {key} != {v}")
    text = d["subject"] + "\n" + d["body"]
    lang = l["lang"]
    # script sanity
    has_kana = bool(re.search(r"[\u3040-\u30ff]", text)); has_han = bool(re.search(r"[\u4e00-\u9fff]", text))
    if lang == "ja" and not has_kana: err(i, "ja without kana")
    if lang == "zh-TW" and (has_kana or not has_han): err(i, "zh-TW script")
    if lang not in ("ja", "zh-TW") and has_han: err(i, "unexpected CJK")
    if re.search(r"https?://(?![\w.-]+\.example/)", text): err(i, "non-.example URL")
    for s in fa.get("must_contain", []):
        if s not in text: err(i, f"missing claimed string {s!r}")
    if "overdue" in fa:
        due, asof, n = fa["overdue"]
        dd, da = date.fromisoformat(due), date.fromisoformat(asof)
        if (da - dd).days != n: err(i, f"overdue arithmetic {due}..{asof} != {n}")
        lg = lang.split("-")[0]
        ds = f"{dd.day} {MONTHS[lg][dd.month-1]} {dd.year}" if lg != "es" else f"{dd.day} de {MONTHS['es'][dd.month-1]} de {dd.year}"
        if ds not in text: err(i, f"due date text {ds!r} not found")
        if f"{n} {DAYWORD[lg]}" not in text: err(i, f"'{n} {DAYWORD[lg]}' not found")
    if "sum" in fa:
        parts, total = fa["sum"]
        if sum(map(dec, parts)) != dec(total): err(i, f"sum {parts} != {total}")
    if "discount" in fa:
        o, p, n = fa["discount"]
        if (dec(o) * (100 - p) / 100).quantize(Decimal("0.01")) != dec(n).quantize(Decimal("0.01")): err(i, "discount maths")
        if str(p) not in text and not (lang == "zh-TW" and "九折" in text and p == 10): err(i, "discount pct not in text")
    for ib in fa.get("ibans", []):
        if ib not in text: err(i, f"IBAN {ib} not in text")
        if not iban_ok(ib): err(i, f"IBAN {ib} bad checksum")
    for c in fa.get("cards", []):
        if c not in re.sub(r"[ -]", "", text): err(i, "card not in text")
        if not luhn(c): err(i, "card fails Luhn")
    # sensitive-data consistency
    found_iban = [x for x in re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", text) if iban_ok(x)]
    found_card = [x for x in (re.sub(r"[ -]", "", y) for y in re.findall(r"\b\d(?:[ -]?\d){12,18}\b", text)) if luhn(x)]
    has_cvv = bool(re.search(r"(CVV|CVC)\D{0,12}\d{3,4}", text))
    has_pw = bool(re.search(r"(Lösenord|Password|Passwort|Contraseña|Senha|Wachtwoord|Jelszó|Parolă|パスワード|密碼)\s*[:：]\s*\S", text, re.I))
    if l["allowed"] and (found_iban or found_card or has_cvv or has_pw):
        err(i, f"allowed draft contains sensitive pattern {found_iban} {found_card} cvv={has_cvv} pw={has_pw}")
    if "sensitive_data" in v and not (found_iban or found_card or has_cvv or has_pw or fa.get("must_contain")):
        err(i, "sensitive_data without evidence")

vc = Counter(x for l in labels for x in l["violations"])
na = sum(l["allowed"] for l in labels)
if not 35 <= na <= 45: err("*", f"allowed count {na}")
for c in ORDER:
    if not 5 <= vc[c] <= 9: err("*", f"class {c} count {vc[c]}")
if sum(len(l["violations"]) > 1 for l in labels) < 2: err("*", "too few doubles")
lc = Counter(l["lang"] for l in labels)
for lg in LANGS:
    if lc[lg] < 5: err("*", f"lang {lg} count {lc[lg]}")
if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: 80 drafts, {na} allowed, classes {dict(vc)}, langs {dict(lc)}")
