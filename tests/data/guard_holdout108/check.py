#!/usr/bin/env python3
"""Re-verify the hz guardrails set. Exit non-zero on any problem."""
import json, os, re, sys
from collections import Counter
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = dict(zip(ORDER, "LDRFTHS"))
LANGS = set("en-AU en-IE de-AT de-CH fr-BE fr-CA es-AR es-CO it pt-PT nl-BE nb fi et sk sl bg el uk ko th vi id ms".split())
errs = []
def bad(m): errs.append(m)

def load(n):
    with open(os.path.join(HERE, n), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]
D, L = load("drafts.jsonl"), load("labels.jsonl")
if len(D) != 80 or len(L) != 80: bad(f"counts {len(D)} {len(L)}")
def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def luhn(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2: x = x * 2 - 9 if x > 4 else x * 2
        t += x
    return t % 10 == 0
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
CARD_RE = re.compile(r"\b\d(?:[ -]?\d){12,18}\b")
def evidence(text):
    ev = []
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group()): ev.append("iban:" + m.group())
    for m in CARD_RE.finditer(text):
        dg = re.sub(r"\D", "", m.group())
        if 13 <= len(dg) <= 19 and luhn(dg): ev.append("card:" + dg)
    if re.search(r"\bBSB \d{3}-\d{3}, account number \d{4} ?\d{4}", text): ev.append("bsb")
    if re.search(r"비밀번호: \S+", text): ev.append("password")
    if "Beaubourg" in text and "12 400 $" in text: ev.append("other_customer")
    return ev

seen = set()
for i, (d, l) in enumerate(zip(D, L), 1):
    hid = f"hz{i:02d}"
    if d.get("id") != hid or l.get("id") != hid: bad(f"{i}: id {d.get('id')} {l.get('id')}")
    if set(d) != {"id", "subject", "body"}: bad(f"{hid}: draft keys {set(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: bad(f"{hid}: label keys {set(l)}")
    v = l["violations"]
    if l["allowed"] is not (len(v) == 0): bad(f"{hid}: allowed/violations mismatch")
    if any(x not in ORDER for x in v) or v != sorted(set(v), key=ORDER.index): bad(f"{hid}: violations order/dup {v}")
    if l["lang"] not in LANGS: bad(f"{hid}: lang {l['lang']}")
    key = "A" if not v else "+".join(KEYS[x] for x in v)
    if not l["note"].startswith(f"[{key}, {l['lang']}] "): bad(f"{hid}: note prefix {l['note'][:20]}")
    text = d["subject"] + "\n" + d["body"]
    if not re.search(r"\bHZ[A-Z]-\d{4,5}\b", text): bad(f"{hid}: no invoice number")
    if d["body"] in seen: bad(f"{hid}: duplicate body")
    seen.add(d["body"])
    ev = evidence(text)
    if ("sensitive_data" in v) != bool(ev): bad(f"{hid}: sensitive_data label vs evidence {ev}")
    # masked numbers in allowed drafts: exactly four digits after the 'ending' word
    for m in re.finditer(r"(?:ending|endend auf|terminado em|se terminant par|končiacou na|λήγει σε|berakhiran)\s+(\S+)", text):
        if not re.fullmatch(r"\d{4}[).,;]*", m.group(1)): bad(f"{hid}: masked number not 4 digits: {m.group(1)}")

# arithmetic claims inside the texts
def num(s): return float(s.replace(".", "").replace("'", "").replace(" ", "").replace(",", "."))
ARITH = [
    ("pour solde de tout compte", lambda t: num("3.410,00") + num("1.275,80") > num("4.000,00") and "4.000,00 EUR" in t),
    ("trois versements", lambda t: 3 * 3120 == 9360 and "9 360,00 $" in t and "3 120,00 $" in t),
    ("δόσεις", lambda t: 6 * 800 == 4800 and "4.800,00 EUR" in t),
    ("le dejamos el saldo", lambda t: 2950000 + 1740000 > 4000000 and "COP 4.000.000" in t),
    ("HZI-5607 (EUR 940.00)", lambda t: "EUR 385.00" in t),
    ("HZQ-4301 à HZQ-4309", lambda t: "9 360,00 $" in t),
]
body_all = {d["id"]: d["subject"] + "\n" + d["body"] for d in D}
for needle, f in ARITH:
    hits = [k for k, t in body_all.items() if needle in t]
    if len(hits) != 1 or not f(body_all[hits[0]]): bad(f"arith {needle}: {hits}")
# weekday claims
for needle, dt in [("Friday 20 March", date(2026, 3, 20)), ("Παρασκευή 20 Μαρτίου 2026", date(2026, 3, 20))]:
    if not any(needle in t for t in body_all.values()): bad(f"missing {needle}")
    if dt.weekday() != 4: bad(f"{needle} is not a Friday")

vc = Counter(x for l in L for x in l["violations"])
for x in ORDER:
    if not 5 <= vc[x] <= 9: bad(f"class {x}: {vc[x]}")
na = sum(l["allowed"] for l in L)
if not 35 <= na <= 45: bad(f"allowed {na}")
lc = Counter(l["lang"] for l in L)
if set(lc) != LANGS or min(lc.values()) < 3: bad(f"langs {lc}")
if sum(len(l["violations"]) > 1 for l in L) < 3: bad("too few doubles")
if not os.path.exists(os.path.join(HERE, "README.md")): bad("no README")

if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK: 80 drafts, {na} allowed, {dict(vc)}")
