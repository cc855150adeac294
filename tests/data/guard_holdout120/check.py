#!/usr/bin/env python3
"""Re-verify every label of the blind guardrails set from the generated data. Exit 1 on any problem."""
import json, os, re, sys
from collections import Counter
from datetime import date
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
VIOLS = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEY = dict(zip(VIOLS, "LDRFTHS"))
CORE = {"en", "es", "fr", "de", "pt", "nl", "it"}
SCRIPTS = {"ja": r"[\u3040-\u30ff]", "zh": r"[\u4e00-\u9fff]", "ko": r"[\uac00-\ud7af]",
           "ru": r"[\u0400-\u04ff]", "uk": r"[ієїґ]", "el": r"[\u0370-\u03ff]", "ar": r"[\u0600-\u06ff]",
           "he": r"[\u0590-\u05ff]", "hi": r"[\u0900-\u097f]", "th": r"[\u0e00-\u0e7f]"}
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def conv(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(s):
    raw = s.replace(" ", "")
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", raw)) and int(conv(raw[4:] + raw[:4])) % 97 == 1


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def amount(text):
    m = re.search(r"\d[\d .,]*\d", text)
    if not m:
        raise ValueError(text)
    s = m.group(0).replace(" ", "")
    if re.search(r"[.,]\d{2}$", s):
        dec = s[-3]
        s = s[:-3].replace(",", "").replace(".", "") + "." + s[-2:]
    else:
        s = s.replace(",", "").replace(".", "")
    return Decimal(s)


drafts, labels, meta = load("drafts.jsonl"), load("labels.jsonl"), load("meta.jsonl")
if not (len(drafts) == len(labels) == len(meta) == 80):
    err(f"line counts {len(drafts)}/{len(labels)}/{len(meta)} (want 80)")
want_ids = [f"yy{i:02d}" for i in range(1, 81)]
for name, rows in (("drafts", drafts), ("labels", labels), ("meta", meta)):
    if [r.get("id") for r in rows] != want_ids:
        err(f"{name}: ids are not yy01..yy80 in order")

vc, lc, doubles = Counter(), Counter(), 0
for d, l, m in zip(drafts, labels, meta):
    i = d["id"]
    text = d["subject"] + "\n" + d["body"]
    if set(d) != {"id", "subject", "body"}:
        err(f"{i}: draft keys {sorted(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        err(f"{i}: label keys {sorted(l)}")
    v = l["violations"]
    if l["allowed"] is not (len(v) == 0):
        err(f"{i}: allowed/violations mismatch")
    if any(x not in VIOLS for x in v) or len(set(v)) != len(v) or v != sorted(v, key=VIOLS.index):
        err(f"{i}: violations not valid / not in table order: {v}")
    key = KEY[v[0]] if v else "A"
    if not l["note"].startswith(f"[{key}, {l['lang']}] "):
        err(f"{i}: note prefix {l['note'][:12]!r}, want [{key}, {l['lang']}]")
    for x in v:
        vc[x] += 1
    doubles += len(v) > 1
    lc[l["lang"]] += 1
    # evidence
    ev = m["evidence"]
    if set(ev) != set(v):
        err(f"{i}: evidence keys {sorted(ev)} != violations {v}")
    for k, phrase in ev.items():
        if phrase not in text:
            err(f"{i}: evidence for {k} not in text: {phrase!r}")
    if not v and not m["hard"]:
        err(f"{i}: allowed draft without a recorded hard phrase")
    for phrase in m["hard"]:
        if phrase not in text:
            err(f"{i}: hard phrase not in text: {phrase!r}")
    # sums
    for s in m["sums"]:
        for p in s["parts"] + [s["total"]]:
            if p not in text:
                err(f"{i}: amount text not in draft: {p!r}")
        tot = sum(amount(p) for p in s["parts"])
        if tot != amount(s["total"]):
            err(f"{i}: parts {s['parts']} sum to {tot}, total says {s['total']}")
    # day counts
    for dd in m["days"]:
        n = (date.fromisoformat(dd["to"]) - date.fromisoformat(dd["from"])).days
        if n != dd["n"] or str(n) not in dd["text"] or dd["text"] not in text:
            err(f"{i}: day count {dd} recomputed {n}")
    # generated numbers
    known_spans = []
    for nu in m["numbers"]:
        val = nu["value"]
        pos = text.find(val)
        if pos < 0:
            err(f"{i}: generated number {val} not in text")
        else:
            known_spans.append((pos, pos + len(val)))
        ok = {"iban": iban_ok(val), "card": luhn_ok(val) and 13 <= len(val.replace(" ", "")) <= 19,
              "rf": val.startswith("RF") and int(conv(val.replace(" ", "")[4:] + val.replace(" ", "")[:4])) % 97 == 1,
              "ocr": luhn_ok(val)}[nu["kind"]]
        if not ok:
            err(f"{i}: {nu['kind']} {val} fails its checksum")
        if nu["kind"] in ("iban", "card") and "sensitive_data" not in v:
            err(f"{i}: full {nu['kind']} in text but not labelled sensitive_data")
        if nu["kind"] in ("rf", "ocr") and v:
            err(f"{i}: reference-number look-alike should be on an allowed draft")
    # scans on allowed drafts: no full IBAN / card / CVV / password disclosure
    if not v:
        for mm in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,8}(?: ?[A-Z0-9]{1,3})?\b", text):
            if not mm.group(0).startswith("RF") and iban_ok(mm.group(0)):
                err(f"{i}: allowed draft contains a valid IBAN {mm.group(0)}")
        for mm in re.finditer(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)", text):
            if luhn_ok(mm.group(0)):
                err(f"{i}: allowed draft contains a Luhn-valid 13-19 digit number {mm.group(0)}")
        if re.search(r"CVV\s*:?\s*\d{3}", text):
            err(f"{i}: allowed draft contains a CVV")
    # domains and phones
    for dom in re.findall(r"https?://([^/\s]+)", text) + re.findall(r"[\w.+-]+@([\w.-]+)", text):
        if not dom.rstrip(".").endswith(".example"):
            err(f"{i}: non-.example domain {dom}")
    for mm in re.finditer(r"(?<![\w.,/-])(?:\+\d{1,3} ?)?(?:\(\d+\) ?)?\d{2,4}(?:[ -]\d{2,5}){1,4}(?![\w,.])", text):
        if any(a <= mm.start() < b for a, b in known_spans):
            continue
        if re.fullmatch(r"20\d\d-\d{3,4}", mm.group(0)):
            continue  # invoice number shaped YYYY-NNNN (Czech invoices)
        digits = re.sub(r"\D", "", mm.group(0))
        if len(digits) >= 8 and "555" not in digits:
            err(f"{i}: phone-like number without 555: {mm.group(0)}")
    # script sanity
    if l["lang"] in SCRIPTS and not re.search(SCRIPTS[l["lang"]], d["body"]):
        err(f"{i}: body not in the script expected for {l['lang']}")

# distribution
n_allowed = sum(1 for l in labels if l["allowed"])
if not 35 <= n_allowed <= 45:
    err(f"allowed count {n_allowed} not about 40")
for x in VIOLS:
    if not 5 <= vc[x] <= 9:
        err(f"{x}: {vc[x]} drafts (want 5-9)")
if doubles < 2:
    err("fewer than 2 drafts with two violations")
core = sum(c for k, c in lc.items() if k in CORE)
if not 35 <= core <= 45:
    err(f"core-language drafts {core}, want about half")
for k, c in lc.items():
    if k not in CORE and c > 3:
        err(f"{k}: {c} drafts (max 3 for non-core languages)")
if len([k for k in lc if k not in CORE]) < 15:
    err("fewer than 15 other languages")

print(f"drafts {len(drafts)}, allowed {n_allowed}, doubles {doubles}, " +
      ", ".join(f"{x} {vc[x]}" for x in VIOLS))
print("languages: " + ", ".join(f"{k} {c}" for k, c in sorted(lc.items(), key=lambda x: (-x[1], x[0]))))
if errors:
    print(f"{len(errors)} problem(s):")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
