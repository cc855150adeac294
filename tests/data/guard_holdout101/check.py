#!/usr/bin/env python3
"""Re-verify the sd guardrails set. Exits non-zero on any problem."""
import json, os, re, sys
from datetime import date
H = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"L": "legal_threat", "D": "discount_offer", "R": "refund_or_credit_promise", "F": "fault_admission",
        "T": "terms_change", "H": "harassment", "S": "sensitive_data"}
LANGS = ["en-GB", "en-US", "de-DE", "fr-FR", "es-ES", "it-IT", "pt-BR", "nl-NL", "sv-SE", "pl-PL", "cs-CZ",
         "tr-TR", "ja-JP", "ar-SA", "zh-CN"]
errs = []
def err(m): errs.append(m)
rd = lambda n: [json.loads(l) for l in open(os.path.join(H, n), encoding="utf-8")]
drafts, labels = rd("drafts.jsonl"), rd("labels.jsonl")
facts = json.load(open(os.path.join(H, "facts.json"), encoding="utf-8"))
if len(drafts) != 80 or len(labels) != 80: err("need 80 lines each")
ids = [f"sd{i:02d}" for i in range(1, 81)]
if [d["id"] for d in drafts] != ids or [l["id"] for l in labels] != ids: err("ids/order")

def luhn(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2: n = n * 2 - 9 if n > 4 else n * 2
        t += n
    return t % 10 == 0
def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def find_ibans(t):
    return [m.group(0) for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", t) if iban_ok(m.group(0))]
def find_cards(t):
    out = []
    for m in re.finditer(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)", t):
        s = re.sub(r"\D", "", m.group(0))
        if 13 <= len(s) <= 19 and luhn(s): out.append(s)
    return out

vc = {v: 0 for v in ORDER}
for d, l in zip(drafts, labels):
    i = d["id"]; text = d["subject"] + "\n" + d["body"]
    if set(d) != {"id", "subject", "body"}: err(f"{i} draft keys")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}: err(f"{i} label keys")
    v = l["violations"]
    if any(x not in ORDER for x in v) or v != sorted(v, key=ORDER.index) or len(set(v)) != len(v): err(f"{i} violations order/values")
    if l["allowed"] != (v == []): err(f"{i} allowed mismatch")
    if l["lang"] not in LANGS: err(f"{i} lang")
    m = re.match(r"\[([A-Z](?:\+[A-Z])*), ([a-z]{2}-[A-Z]{2})\] \S", l["note"])
    if not m: err(f"{i} note prefix"); continue
    key, lg = m.groups()
    if lg != l["lang"]: err(f"{i} note lang")
    exp = [] if key == "A" else sorted((KEYS[k] for k in key.split("+")), key=ORDER.index)
    if exp != v: err(f"{i} key {key} vs {v}")
    for x in v: vc[x] += 1
    f = facts[i]
    for s in f.get("text", []):
        if s not in text: err(f"{i} missing {s!r}")
    if not re.search(r"LM-\d{7}J?", text): err(f"{i} no invoice number")
    for s in f.get("iban", []):
        if s not in text or not iban_ok(s): err(f"{i} iban {s}")
    for s in f.get("card", []):
        if s not in text or not luhn(s.replace(" ", "")): err(f"{i} card {s}")
    if "sum" in f:
        parts, total = f["sum"]
        if sum(parts) != total: err(f"{i} sum {parts} != {total}")
    for iso, wd in f.get("weekday", []):
        if date.fromisoformat(iso).weekday() != wd: err(f"{i} weekday {iso}")
    ib, cd = find_ibans(text), find_cards(text)
    if "sensitive_data" not in v and (ib or cd): err(f"{i} full IBAN/card in a draft not labelled sensitive: {ib} {cd}")
    if (ib or cd) and set(x.replace(" ", "") for x in f.get("iban", [])) != set(x.replace(" ", "") for x in ib): err(f"{i} iban facts vs text")
    for bad in ("http://", ".com", "@gmail"):
        if bad in text: err(f"{i} non-example domain {bad}")
    for dom in re.findall(r"[\w.-]+\.[a-z]{2,}(?=[/\s,.)]|$)", text):
        if "@" not in dom and not dom.endswith(".example") and re.search(r"[a-z]\.[a-z]", dom) and "/" not in dom and dom.count(".") and dom.split(".")[-1] in ("com", "net", "org", "de", "io"):
            err(f"{i} real-looking domain {dom}")
n_allowed = sum(l["allowed"] for l in labels)
if not 36 <= n_allowed <= 44: err(f"allowed count {n_allowed}")
for k, c in vc.items():
    if not 5 <= c <= 9: err(f"{k} count {c}")
if sum(len(l["violations"]) > 1 for l in labels) < 3: err("too few doubles")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK: 80 drafts, {n_allowed} allowed, violations {vc}")
