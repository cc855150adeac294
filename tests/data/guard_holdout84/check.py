#!/usr/bin/env python3
"""Re-verify the sg guardrails set from the generated files. Exit 1 on any problem."""
import json, os, re, sys
from collections import Counter
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
        "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
LANGS = ["en-GB", "de-CH", "fr-CA", "es-ES", "it", "nl-BE", "da", "fi", "cs", "he", "th", "hi"]
IBAN_LEN = {"CH": 21, "BE": 16, "DE": 22, "NL": 18, "DK": 18, "FI": 18, "CZ": 24, "ES": 24, "IT": 27,
            "FR": 27, "GB": 22, "IL": 23}
problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def iban_ok(s):
    raw = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", raw):
        return False
    if IBAN_LEN.get(raw[:2]) not in (None, len(raw)):
        return False
    r = raw[4:] + raw[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(digits):
    tot = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def parse_amount(s):
    t = re.sub(r"[^\d.,' \u00a0\u202f%-]", "", s).strip()
    if t.endswith("%"):
        return None
    core = re.sub(r"[^\d.,]", "", t).strip(".,")
    if re.search(r"[.,]\d{2}$", core):
        intpart = re.sub(r"\D", "", core[:-3])
        return float(intpart + "." + core[-2:])
    return float(re.sub(r"\D", "", core))


drafts, labels, evid = load("drafts.jsonl"), load("labels.jsonl"), load("evidence.jsonl")
if not (len(drafts) == len(labels) == len(evid) == 80):
    bad("expected 80 lines in each file: %d %d %d" % (len(drafts), len(labels), len(evid)))
ids = ["sg%02d" % i for i in range(1, 81)]
if [d["id"] for d in drafts] != ids or [l["id"] for l in labels] != ids or [e["id"] for e in evid] != ids:
    bad("ids are not sg01..sg80 in the same order in all files")

for d, l, e in zip(drafts, labels, evid):
    i = d["id"]
    if set(d) != {"id", "subject", "body"}:
        bad(i + ": draft keys")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        bad(i + ": label keys " + str(sorted(l)))
    v = l["violations"]
    if l["allowed"] is not (len(v) == 0):
        bad(i + ": allowed must be true exactly when violations is empty")
    if any(x not in ORDER for x in v) or v != [x for x in ORDER if x in v] or len(set(v)) != len(v):
        bad(i + ": violations not in table order / unknown / duplicated: %s" % v)
    if l["lang"] not in LANGS:
        bad(i + ": lang " + l["lang"])
    key = "A" if not v else "+".join(KEYS[x] for x in v)
    if not l["note"].startswith("[%s, %s] " % (key, l["lang"])):
        bad(i + ": note prefix should be [%s, %s]" % (key, l["lang"]))
    text = d["subject"] + "\n" + d["body"]
    # scripts per language
    scr = {"he": r"[\u0590-\u05FF]", "th": r"[\u0E00-\u0E7F]", "hi": r"[\u0900-\u097F]"}
    for lg, rx in scr.items():
        has = bool(re.search(rx, d["body"]))
        if (l["lang"] == lg) != has:
            bad(i + ": script check for " + lg)
    for s in e.get("spans", []):
        if s not in text:
            bad(i + ": span not in draft: " + s)
    for terms, total in ([e["sums"]] if e.get("sums") else []):
        vals = []
        base = None
        for s, val in terms:
            if s not in text:
                bad(i + ": sum term not in draft: " + s)
            if s.rstrip().endswith("%"):
                pct = float(re.sub(r"[^\d,.]", "", s).replace(",", "."))
                if base is None or abs(-base * pct / 100 - val) > 0.005:
                    bad(i + ": percentage term %s does not give %.2f" % (s, val))
            else:
                pv = parse_amount(s)
                if abs(abs(val) - pv) > 0.005:
                    bad(i + ": amount %s parses to %.2f, labelled %.2f" % (s, pv, val))
                if base is None:
                    base = val
            vals.append(val)
        ts, tv = total
        if ts not in text:
            bad(i + ": sum total not in draft: " + ts)
        if abs(parse_amount(ts) - tv) > 0.005 or abs(sum(vals) - tv) > 0.005:
            bad(i + ": sum does not add up: %s vs %s" % (vals, ts))
    for s, iso, wd in e.get("dates", []):
        dt = date.fromisoformat(iso)
        if s not in text:
            bad(i + ": date text not in draft: " + s)
        if dt.weekday() != wd:
            bad(i + ": %s is not weekday %d" % (iso, wd))
        if not re.search(r"(?<!\d)0?%d(?!\d)" % dt.day, s) or str(dt.year) not in s:
            bad(i + ": date text %s does not show %s" % (s, iso))
    for s in e.get("ibans", []):
        if s not in text or not iban_ok(s):
            bad(i + ": IBAN missing or invalid: " + s)
        if "sensitive_data" not in v:
            bad(i + ": full IBAN in a draft not labelled sensitive_data")
    for s in e.get("cards", []):
        dig = s.replace(" ", "")
        if s not in text or not luhn_ok(dig) or not 13 <= len(dig) <= 19:
            bad(i + ": card missing or not Luhn-valid: " + s)
        if "sensitive_data" not in v:
            bad(i + ": full card in a draft not labelled sensitive_data")
    for s in e.get("ogm", []):
        m = re.fullmatch(r"\+\+\+(\d{3})/(\d{4})/(\d{5})\+\+\+", s)
        dg = "".join(m.groups()) if m else ""
        if not m or s not in text or (int(dg[:10]) % 97 or 97) != int(dg[10:]):
            bad(i + ": Belgian structured communication invalid: " + s)
    for s in e.get("firef", []):
        w = [7, 3, 1]
        base, chk = s[:-1], int(s[-1])
        tot = sum(int(c) * w[k % 3] for k, c in enumerate(reversed(base)))
        if s not in text or (10 - tot % 10) % 10 != chk:
            bad(i + ": Finnish reference invalid: " + s)
    # global scans: an allowed draft must not carry a checksum-valid IBAN or card number
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if iban_ok(m.group(0)) and "sensitive_data" not in v:
            bad(i + ": valid IBAN in a non-sensitive draft: " + m.group(0))
    for m in re.finditer(r"(?<![\d/])\d(?:[ -]?\d){12,18}(?![\d/])", text):
        dg = re.sub(r"\D", "", m.group(0))
        if luhn_ok(dg) and "sensitive_data" not in v:
            bad(i + ": Luhn-valid 13-19 digit number in a non-sensitive draft: " + m.group(0))
    if re.search(r"(?i)(password|passwort|salasana|heslo|סיסמה)\s*:\s*\S", text) and "sensitive_data" not in v:
        bad(i + ": disclosed password in a non-sensitive draft")
    # made-up contact data
    for m in re.finditer(r"https?://([^/\s]+)|[\w.+-]+@([\w.-]+\w)", text):
        host = m.group(1) or m.group(2)
        if not host.endswith(".example"):
            bad(i + ": non-.example host " + host)
    for line in text.splitlines():
        if re.search(r"(?i)\b(tel|tlf|p\.|tel\.)\s|טל'|โทร\.|फ़ोन|\+\d{2,3} \d", line):
            if re.search(r"\d{2,}[ -]\d{2,}", line) and "555" not in line:
                bad(i + ": phone line without 555: " + line)

# distribution
n_allowed = sum(1 for l in labels if l["allowed"])
vc = Counter(x for l in labels for x in l["violations"])
doubles = sum(1 for l in labels if len(l["violations"]) > 1)
lc = Counter(l["lang"] for l in labels)
if not 36 <= n_allowed <= 44:
    bad("allowed count %d not about 40" % n_allowed)
for x in ORDER:
    if not 5 <= vc[x] <= 9:
        bad("%s appears %d times (want 5-9)" % (x, vc[x]))
if doubles < 3:
    bad("fewer than 3 drafts with two violations")
for lg in LANGS:
    if lc[lg] < 5:
        bad("language %s has only %d drafts" % (lg, lc[lg]))
if len({d["body"] for d in drafts}) != len(drafts):
    bad("duplicate bodies")

if problems:
    print("\n".join(problems))
    print("FAILED: %d problem(s)" % len(problems))
    sys.exit(1)
print("OK: 80 drafts, %d allowed, %d violating, %d doubles; %s" %
      (n_allowed, 80 - n_allowed, doubles, ", ".join("%s=%d" % (x, vc[x]) for x in ORDER)))
