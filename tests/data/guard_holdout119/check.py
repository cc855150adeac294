#!/usr/bin/env python3
"""Re-verify the pj guard set from the generated files. Exit 1 on any problem."""
import json, os, re, sys
from datetime import date
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEY_OF = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R", "fault_admission": "F",
          "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
MAIN = {"en", "es", "fr", "de", "pt", "nl", "it"}
NON_LATIN = {"ja", "zh", "ko", "ru", "uk", "ar", "he", "el", "hi", "th"}
MONTHS = {
 "en": "January February March April May June July August September October November December",
 "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
 "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
 "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
 "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
 "nl": "januari februari maart april mei juni juli augustus september oktober november december",
 "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
errors = []
def err(pid, msg): errors.append(f"{pid}: {msg}")

def date_forms(iso, lang):
    d = date.fromisoformat(iso)
    m = MONTHS.get(lang)
    if lang == "en": return f"{d.day} {m[d.month-1]} {d.year}"
    if lang in ("es", "pt"): return f"{d.day} de {m[d.month-1]} de {d.year}"
    if lang == "de": return f"{d.day}. {m[d.month-1]} {d.year}"
    if lang in ("fr", "nl", "it"): return f"{d.day} {m[d.month-1]} {d.year}"
    if lang in ("ja", "zh"): return f"{d.year}年{d.month}月{d.day}日"
    if lang == "ko": return f"{d.year}년 {d.month}월 {d.day}일"
    if lang == "hu": return f"{d.year}. {d.month:02d}. {d.day:02d}."
    if lang == "sv": return d.isoformat()
    if lang in ("ru", "uk", "pl", "cs", "ro", "fi", "da", "tr"): return d.strftime("%d.%m.%Y")
    return d.strftime("%d/%m/%Y")

def luhn(digits):
    s, alt = 0, False
    for ch in reversed(digits):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9: n -= 9
        s += n; alt = not alt
    return s % 10 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def parse_amount(s, fmt):
    s = s.strip()
    if fmt == "en": s = s.replace(",", "")
    elif fmt == "eu": s = s.replace(".", "").replace(",", ".")
    elif fmt == "sp": s = s.replace(" ", "").replace(",", ".")
    else: raise ValueError(fmt)
    return round(float(s) * 100)

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]

drafts, labels, facts = load("drafts.jsonl"), load("labels.jsonl"), load("facts.jsonl")
if not (len(drafts) == len(labels) == len(facts) == 80):
    errors.append(f"line counts {len(drafts)} {len(labels)} {len(facts)}")
exp_ids = [f"pj{i:02d}" for i in range(1, 81)]
for name, rows in (("drafts", drafts), ("labels", labels), ("facts", facts)):
    if [r["id"] for r in rows] != exp_ids: errors.append(f"{name}: ids not pj01..pj80 in order")

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?)\b")
CARDRUN_RE = re.compile(r"(?<![\d])(\d(?:[ -]?\d){12,18})(?![\d])")

for d, l, f in zip(drafts, labels, facts):
    pid = d["id"]
    if set(d) != {"id", "subject", "body"}: err(pid, f"draft keys {sorted(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: err(pid, f"label keys {sorted(l)}")
    text = d["subject"] + "\n" + d["body"]
    v = l["violations"]
    if l["allowed"] != (len(v) == 0): err(pid, "allowed/violations mismatch")
    if v != [x for x in ORDER if x in v] or len(set(v)) != len(v): err(pid, f"violations order/unknown {v}")
    m = re.match(r"\[([A-Z]), ([a-z]{2})\] \S", l["note"])
    if not m: err(pid, "note prefix"); continue
    key, lang = m.groups()
    if lang != l["lang"]: err(pid, "note lang != lang")
    want = "A" if not v else ("M" if len(v) > 1 else KEY_OF[v[0]])
    if key != want: err(pid, f"note key {key} but expected {want}")
    if "{" in text or "}" in text: err(pid, "unfilled placeholder")
    for inv in f.get("inv", []):
        if inv not in text: err(pid, f"invoice {inv} not in text")
    for a in f.get("amts", []):
        if a not in text: err(pid, f"amount {a} not in text")
    for k in ("due", "due2"):
        if k in f:
            r = date_forms(f[k], lang)
            if r not in text: err(pid, f"{k} {f[k]} rendered '{r}' not in text")
    if "due" in f and "sent" in f:
        days = (date.fromisoformat(f["sent"]) - date.fromisoformat(f["due"])).days
        if f.get("days") != days: err(pid, f"days {f.get('days')} != {days}")
        if f.get("days_in_text") and not re.search(rf"(?<!\d){days}(?!\d)", d["body"]):
            err(pid, f"days overdue {days} not in body")
        if days <= 0: err(pid, "not overdue")
    if "sum" in f:
        s = f["sum"]
        parts = [parse_amount(p, s["fmt"]) for p in s["parts"]]
        if sum(parts) != parse_amount(s["total"], s["fmt"]): err(pid, f"sum {s} does not add up")
        for p in set(s["parts"] + [s["total"]]):
            if p not in text: err(pid, f"sum part {p} not in text")
    for mk in f.get("masked", []):
        if not re.search(rf"(?<!\d){mk}(?!\d)", text): err(pid, f"masked {mk} not in text")
    secrets = f.get("secrets", [])
    if ("sensitive_data" in v) != bool(secrets): err(pid, "secrets present iff sensitive_data")
    for s in secrets:
        val = s["value"]
        if val not in text: err(pid, f"secret {val} not in text")
        if s["kind"] == "iban" and not iban_ok(val): err(pid, f"IBAN {val} fails mod-97")
        if s["kind"] == "card" and not luhn(re.sub(r"\D", "", val)): err(pid, f"card {val} fails Luhn")
        if s["kind"] == "expiry" and not re.fullmatch(r"(0[1-9]|1[0-2])/\d\d", val): err(pid, f"bad expiry {val}")
        if s["kind"] == "ukacct" and not re.fullmatch(r"\d{8}", val): err(pid, f"bad UK account {val}")
    # drafts without sensitive_data must not contain real-looking secrets
    if "sensitive_data" not in v:
        for mt in IBAN_RE.finditer(text):
            cand = mt.group(1)
            if not cand.startswith("RF") and iban_ok(cand): err(pid, f"valid IBAN {cand} in non-sensitive draft")
        for mt in CARDRUN_RE.finditer(text):
            if text[max(0, mt.start() - 2):mt.start()] == "RF": continue   # RF creditor reference
            digits = re.sub(r"\D", "", mt.group(1))
            if 13 <= len(digits) <= 19 and luhn(digits): err(pid, f"Luhn-valid number {mt.group(1)} in non-sensitive draft")
        if re.search(r"(?i)\b(exp\.?|expiry|expires|valid thru|voimassa)\b[^\n]{0,20}\b(0[1-9]|1[0-2])/\d\d\b", text):
            err(pid, "card expiry in non-sensitive draft")
    for lk in f.get("lookalikes", []):
        if lk not in text: err(pid, f"lookalike {lk} not in text")
        dg = re.sub(r"\D", "", lk)
        if lk.startswith("RF"):
            if not iban_ok(lk): err(pid, f"RF reference {lk} not mod-97 valid (should look real)")
        elif len(dg) >= 13 and luhn(dg): err(pid, f"lookalike {lk} passes Luhn")
    for host in re.findall(r"https?://([^/\s]+)", text) + re.findall(r"[\w.+-]+@([\w.-]+)", text):
        if not host.endswith(".example"): err(pid, f"non-example host {host}")

# distribution
vc = Counter(x for l in labels for x in l["violations"])
for x in ORDER:
    if not 5 <= vc[x] <= 9: errors.append(f"class {x} has {vc[x]} drafts (want 5-9)")
na = sum(l["allowed"] for l in labels)
if not 36 <= na <= 44: errors.append(f"{na} allowed (want about 40)")
if sum(1 for l in labels if len(l["violations"]) > 1) < 2: errors.append("too few drafts with two violations")
lc = Counter(l["lang"] for l in labels)
main_n = sum(n for lg, n in lc.items() if lg in MAIN)
if not 34 <= main_n <= 46: errors.append(f"{main_n} drafts in main languages (want about half)")
for lg, n in lc.items():
    if lg not in MAIN and n > 3: errors.append(f"{lg} has {n} drafts (max 3)")
if len([lg for lg in lc if lg not in MAIN]) < 18: errors.append("fewer than 18 other languages")
if not (NON_LATIN & set(lc)): errors.append("no non-Latin scripts")
# subjects/bodies unique
if len({d["body"] for d in drafts}) != 80: errors.append("duplicate bodies")

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: 80 drafts, {na} allowed, classes {dict(vc)}, {len(lc)} languages")
