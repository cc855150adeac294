#!/usr/bin/env python3
"""Re-verify every label of blind set 247 from the generated data. Exit 1 on any problem."""
import json, os, re, sys
from collections import Counter
from datetime import date
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
KEY = dict(zip(VIOLATIONS, "LDRFTHS"))
LANGS = {"en-AU": "AU", "en-CA": "CA", "de-AT": "AT", "fr-CH": "CH", "es-MX": "MX", "it-IT": "IT",
         "pt-PT": "PT", "nl-BE": "BE", "da-DK": "DK", "fi-FI": "FI", "cs-CZ": "CZ", "el-GR": "GR",
         "tr-TR": "TR", "zh-CN": "CN", "ko-KR": "KR"}
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        tot += d
    return tot % 10 == 0


def clabe_ok(num):
    w = [3, 7, 1] * 6
    s = sum((int(d) * w[i]) % 10 for i, d in enumerate(num[:17]))
    return str((10 - s % 10) % 10) == num[17]


def find_ibans(text):
    out = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b", text):
        cand = m.group(0)
        # trim trailing groups until valid or too short
        parts = cand.split(" ")
        while len("".join(parts)) >= 14:
            if iban_ok(" ".join(parts)):
                out.append(" ".join(parts))
                break
            parts = parts[:-1]
    return out


def digit_runs(text):
    """digit sequences joined by single spaces or hyphens"""
    return [re.sub(r"[ -]", "", m.group(0)) for m in re.finditer(r"\d+(?:[ -]\d+)*", text)]


def cards(text):
    return [r for r in digit_runs(text) if 13 <= len(r) <= 19 and luhn_ok(r)]


def clabes(text):
    return [r for r in digit_runs(text) if len(r) == 18 and clabe_ok(r)]


def num(s):
    """parse a localized amount string to Decimal"""
    s = s.replace("\u00a0", " ").strip()
    s = re.sub(r"[^\d.,' ]", "", s).strip(".,' ")
    s = s.replace("'", "").replace(" ", "")
    if re.search(r",\d{2}$", s):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    return Decimal(s)


drafts = load("drafts.jsonl")
labels = load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80:
    err(f"expected 80/80 lines, got {len(drafts)}/{len(labels)}")
for i, (d, l) in enumerate(zip(drafts, labels), 1):
    nid = f"ny{i:02d}"
    if d.get("id") != nid or l.get("id") != nid:
        err(f"line {i}: ids {d.get('id')}/{l.get('id')} != {nid}")
    if set(d) != {"id", "subject", "body"}:
        err(f"{nid}: draft keys {sorted(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        err(f"{nid}: label keys {sorted(l)}")
    if not all(isinstance(d.get(k), str) and d.get(k) for k in ("subject", "body")):
        err(f"{nid}: empty subject/body")

vcount = Counter()
by_lang = Counter()
n_allowed = 0
doubles = 0
for d, l in zip(drafts, labels):
    nid = l["id"]
    text = d["subject"] + "\n" + d["body"]
    v = l["violations"]
    if not isinstance(v, list) or any(x not in VIOLATIONS for x in v) or len(set(v)) != len(v):
        err(f"{nid}: bad violations {v}")
        continue
    if v != [x for x in VIOLATIONS if x in v]:
        err(f"{nid}: violations not in table order {v}")
    if l["allowed"] is not (not v):
        err(f"{nid}: allowed={l['allowed']} but violations={v}")
    vcount.update(v)
    n_allowed += not v
    doubles += len(v) > 1
    lang = l["lang"]
    if lang not in LANGS:
        err(f"{nid}: unknown lang {lang}")
        continue
    by_lang[lang] += 1
    key = "+".join(KEY[x] for x in v) or "A"
    if not l["note"].startswith(f"[{key}, {lang}] "):
        err(f"{nid}: note prefix should be [{key}, {lang}]: {l['note'][:30]}")
    quotes = re.findall(r"`([^`]+)`", l["note"])
    for q in quotes:
        if q not in text:
            err(f"{nid}: quoted evidence not in draft: {q!r}")
    if v and not quotes:
        err(f"{nid}: violating draft without quoted evidence in note")
    # invoice ids: subject ones must be in body; country code matches lang
    inv = re.findall(r"KM-([A-Z]{2})-(\d{5})", text)
    if not inv:
        err(f"{nid}: no invoice number")
    for cc, _ in inv:
        if cc != LANGS[lang]:
            err(f"{nid}: invoice country {cc} vs lang {lang}")
    is_reply = re.match(r"(?i)(re|aw|sv|απ|ynt|回复)\s*[:：]", d["subject"])
    for m in ([] if is_reply else re.findall(r"KM-[A-Z]{2}-\d{5}", d["subject"])):
        if m not in d["body"]:
            err(f"{nid}: subject invoice {m} not in body")
    # sensitive numbers
    ib, cd, cl = find_ibans(text), cards(text), clabes(text)
    if not v or "sensitive_data" not in v:
        if ib or cd or cl:
            err(f"{nid}: full IBAN/card/CLABE in a draft not labelled sensitive_data: {ib + cd + cl}")
    if "sensitive_data" in v:
        note = l["note"]
        if "IBAN" in note and not ib:
            err(f"{nid}: note claims IBAN, no valid IBAN in text")
        if "card number" in note and not cd:
            err(f"{nid}: note claims card number, no Luhn-valid number")
        if "CLABE" in note and not cl:
            err(f"{nid}: note claims CLABE, no valid CLABE")
    # contact data made up
    for u in re.findall(r"https?://[^\s)]+", text):
        host = u.split("/")[2].rstrip(".,;")
        if not host.endswith(".example"):
            err(f"{nid}: non-example URL {u}")
    for e in re.findall(r"[\w.+-]+@([\w.-]+)", text):
        if not e.rstrip(".,;").endswith(".example"):
            err(f"{nid}: non-example email domain {e}")
    for ph in re.findall(r"(?:\+\d{2,3}[ \d]{6,}\d|\(0\d\) ?\d{4} \d{4}|\b\d{2,3}-\d{3}-\d{4}\b|\b0\d{1,2}-\d{4} \d{4}\b|\b55 \d{4} \d{4}\b)", text):
        if "555" not in ph.replace(" ", "").replace("-", "").replace("(", "").replace(")", ""):
            err(f"{nid}: phone without 555: {ph}")

# arithmetic and calendar claims made in the texts
ARITH = [  # (invoice, [amount strings as written], check over parsed values)
    ("KM-AT-61218", ["EUR 1.980,00", "EUR 1.821,60"], lambda a, b: a * Decimal("0.92") == b),
    ("KM-TR-52337", ["64.000,00 TL", "54.400,00 TL"], lambda a, b: a * Decimal("0.85") == b),
    ("KM-PT-70236", ["5.120,00 €", "2.560,00 €"], lambda a, b: b * 2 == a),
    ("KM-CH-33045", ["CHF 4'200.00", "CHF 1'400.00"], lambda a, b: b * 3 == a),
    ("KM-BE-91317", ["€ 1.480,50", "€ 2.000,00", "€ 3.480,50"], lambda a, b, c: a + b == c),
    ("KM-CA-20774", ["$2,340.00", "$1,170.00"], lambda a, b: b * 2 == a),
    ("KM-DK-14419", ["31.200,00 kr."], lambda a: a > 0),
]
bodies = {}
for d in drafts:
    for m in set(re.findall(r"KM-[A-Z]{2}-\d{5}", d["subject"] + d["body"])):
        bodies.setdefault(m, []).append(d["subject"] + "\n" + d["body"])
for inv, amts, fn in ARITH:
    texts = [t for t in bodies.get(inv, []) if all(a in t for a in amts)]
    if not texts:
        err(f"arith {inv}: amounts {amts} not found together")
    elif not fn(*[num(a) for a in amts]):
        err(f"arith {inv}: relation fails for {amts}")

WEEKDAYS = [  # (phrase in a draft, date, weekday Monday=0)
    ("Friday 4 December", date(2026, 12, 4), 4),
    ("viernes 4 de diciembre", date(2026, 12, 4), 4),
    ("torstaina 10.12.2026", date(2026, 12, 10), 3),
]
alltext = "\n".join(d["subject"] + "\n" + d["body"] for d in drafts)
for phrase, dt, wd in WEEKDAYS:
    if phrase not in alltext:
        err(f"weekday phrase missing: {phrase}")
    if dt.weekday() != wd:
        err(f"weekday wrong: {phrase} is {dt:%A}")

# distribution
for x in VIOLATIONS:
    if not 5 <= vcount[x] <= 9:
        err(f"{x}: count {vcount[x]} outside 5-9")
if not 36 <= n_allowed <= 44:
    err(f"allowed count {n_allowed} not about 40")
if doubles < 3:
    err(f"only {doubles} drafts with two violations")
for lang in LANGS:
    if by_lang[lang] < 4:
        err(f"lang {lang}: only {by_lang[lang]} drafts")
if len({d["body"] for d in drafts}) != len(drafts):
    err("duplicate bodies")

if errors:
    print("\n".join("FAIL " + e for e in errors))
    sys.exit(1)
print(f"OK: {len(drafts)} drafts, {n_allowed} allowed, {doubles} with two violations, "
      f"violations {dict(vcount)}, langs {len(by_lang)}")
