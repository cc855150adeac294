#!/usr/bin/env python3
"""Re-verify every label of the blind guard set from the generated files. Exit 1 on any problem."""
import json, os, re, sys
from datetime import date, datetime
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = dict(zip(ORDER, "LDRFTHS"))
LANGS = ["en", "fr", "de-AT", "es-AR", "it", "nl-BE", "sv", "cs", "ja", "ko"]
IBAN_LEN = {"AT": 20, "BE": 16, "SE": 24, "DE": 22, "FR": 27, "NL": 18, "IT": 27, "ES": 24, "CZ": 24}
errors = []

def err(msg):
    errors.append(msg)

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

# ------------------------------------------------------------ validators
def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) not in (None, len(s)):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1

def luhn_ok(digits):
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0

def cbu_ok(s):
    if not re.fullmatch(r"\d{22}", s):
        return False
    w1 = [7, 1, 3, 9, 7, 1, 3]
    w2 = [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    c1 = (10 - sum(int(d) * w for d, w in zip(s[:7], w1)) % 10) % 10
    c2 = (10 - sum(int(d) * w for d, w in zip(s[8:21], w2)) % 10) % 10
    return c1 == int(s[7]) and c2 == int(s[21])

def be_structured_ok(s):
    m = re.fullmatch(r"\+\+\+(\d{3})/(\d{4})/(\d{5})\+\+\+", s)
    if not m:
        return False
    d = "".join(m.groups())
    return (int(d[:10]) % 97 or 97) == int(d[10:])

def parse_amount(s):
    """Amount as written in any of the set's locales -> float."""
    core = re.sub(r"[^\d.,\s\u00a0\u202f]", "", s).strip()
    core = re.sub(r"[\s\u00a0\u202f]", "", core)
    m = re.search(r"[.,](\d+)$", core)
    if m and len(m.group(1)) == 2:
        intpart, dec = core[:m.start()], m.group(1)
    else:
        intpart, dec = core, "0"
    return float(re.sub(r"[.,]", "", intpart) + "." + dec)

MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
          "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
          "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12}

def parse_date(s):
    for fmt in ("%d/%m/%Y", "%d.%m.%Y", "%d. %m. %Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    m = re.fullmatch(r"(\d{1,2})(?:er)? ([a-zéû]+) (\d{4})", s.lower())
    if m and m.group(2) in MONTHS:
        return date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
    raise ValueError("unparsed date %r" % s)

IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
CARD_RE = re.compile(r"(?<![\d/-])\d(?:[ -]?\d){12,18}(?![\d/-])")
CBU_RE = re.compile(r"(?<!\d)\d{22}(?!\d)")

def find_sensitive(text):
    found = []
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group()):
            found.append(("iban", m.group()))
    for m in CBU_RE.finditer(text):
        if cbu_ok(m.group()):
            found.append(("cbu", m.group()))
    for m in CARD_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits) and not cbu_ok(digits):
            found.append(("card", m.group()))
    if re.search(r"(password|passwort|mot de passe|contraseña|wachtwoord|lösenord|heslo|パスワード|비밀번호)\s*[:：]\s*\S", text, re.I):
        found.append(("password", "password:"))
    return found

# ------------------------------------------------------------ load
drafts, labels, evidence = load("drafts.jsonl"), load("labels.jsonl"), load("evidence.jsonl")
if not (len(drafts) == len(labels) == len(evidence) == 80):
    err("expected 80 lines in each file, got %d/%d/%d" % (len(drafts), len(labels), len(evidence)))
ids = [d["id"] for d in drafts]
if ids != ["ag%02d" % i for i in range(1, 81)]:
    err("ids are not ag01..ag80 in order")
if [l["id"] for l in labels] != ids or [e["id"] for e in evidence] != ids:
    err("labels/evidence are not in the drafts' order")

for d, l, e in zip(drafts, labels, evidence):
    i = d["id"]
    text = d["subject"] + "\n" + d["body"]
    if set(d) != {"id", "subject", "body"} or not d["subject"].strip() or not d["body"].strip():
        err("%s: draft fields" % i)
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        err("%s: label fields %s" % (i, sorted(l)))
    v = l["violations"]
    if l["allowed"] is not (len(v) == 0):
        err("%s: allowed must be true exactly when violations is empty" % i)
    if any(x not in ORDER for x in v) or v != sorted(set(v), key=ORDER.index):
        err("%s: violations unknown, duplicated or out of table order: %s" % (i, v))
    key = "+".join(KEYS[x] for x in v if x in KEYS) or "A"
    if not l["note"].startswith("[%s, %s] " % (key, l["lang"])):
        err("%s: note must start with [%s, %s]" % (i, key, l["lang"]))
    if l["lang"] not in LANGS:
        err("%s: unknown lang %s" % (i, l["lang"]))
    # quoted evidence is verbatim in the draft
    if not e["quotes"]:
        err("%s: no evidence quotes" % i)
    for q in e["quotes"]:
        if q not in text:
            err("%s: quote not in draft: %r" % (i, q))
    # arithmetic
    for s in e["sums"]:
        for txt, val in s["parts"] + [s["total"]]:
            if txt not in text:
                err("%s: amount %r not in draft" % (i, txt))
            if abs(parse_amount(txt) - val) > 0.005:
                err("%s: amount %r parses to %s, evidence says %s" % (i, txt, parse_amount(txt), val))
        tot = s["total"][1]
        if s["op"] == "sum":
            if abs(sum(p[1] for p in s["parts"]) - tot) > 0.005:
                err("%s: parts do not add up to %s" % (i, tot))
        elif s["op"] == "pct_off":
            if abs(round(tot * (100 - s["pct"]) / 100, 2) - s["parts"][0][1]) > 0.005:
                err("%s: %s%% off %s is not %s" % (i, s["pct"], tot, s["parts"][0][1]))
            if ("%d" % s["pct"]) not in text and ("1割" not in text):
                err("%s: percentage %s not stated" % (i, s["pct"]))
        else:
            err("%s: unknown sum op" % i)
    # dates
    for dd in e["dates"]:
        for txt, iso in (dd["a"], dd["b"]):
            if txt not in text:
                err("%s: date %r not in draft" % (i, txt))
            try:
                if parse_date(txt).isoformat() != iso:
                    err("%s: date %r is not %s" % (i, txt, iso))
            except ValueError as ex:
                err("%s: %s" % (i, ex))
        gap = (date.fromisoformat(dd["b"][1]) - date.fromisoformat(dd["a"][1])).days
        if gap != dd["days"]:
            err("%s: %s -> %s is %d days, evidence says %d" % (i, dd["a"][1], dd["b"][1], gap, dd["days"]))
    # sensitive data: the label matches what is really in the text
    found = find_sensitive(text)
    sens = "sensitive_data" in v
    real = [s for s in e["secrets"] if not s["kind"].endswith("_not_secret")]
    for s in e["secrets"]:
        if s["value"] not in text:
            err("%s: secret/reference %r not in draft" % (i, s["value"]))
        k = s["kind"]
        ok = {"iban": iban_ok, "cbu": cbu_ok, "card": lambda x: luhn_ok(re.sub(r"\D", "", x)),
              "be_structured_reference_not_secret": be_structured_ok,
              "ocr_reference_not_secret": lambda x: x.isdigit() and luhn_ok(x),
              "password": lambda x: len(x) >= 8,
              "other_customer": lambda x: len(x) > 3}.get(k)
        if ok is None or not ok(s["value"]):
            err("%s: %s %r fails validation" % (i, k, s["value"]))
        if k.endswith("_not_secret") and iban_ok(s["value"]):
            err("%s: reference looks like an IBAN" % i)
    if sens and not real:
        err("%s: sensitive_data without a recorded secret" % i)
    if not sens and (real or found):
        err("%s: sensitive string present but not labelled: %s %s" % (i, real, found))
    for s in real:
        if s["kind"] in ("iban", "cbu", "card", "password") and not any(f[0] == s["kind"] for f in found):
            err("%s: scanner does not see the recorded %s" % (i, s["kind"]))
    # made-up contact data only
    for host in re.findall(r"https?://([^/\s]+)", text) + re.findall(r"[\w.+-]+@([\w.-]+)", text):
        if not host.endswith(".example"):
            err("%s: non-.example host %s" % (i, host))
    scrub = IBAN_RE.sub(" ", re.sub(r"\b[AB] \d{4}-\d{8}\b|https?://\S+", " ", text))  # IBANs, AFIP invoice numbers, URLs
    for m in re.finditer(r"(?:\+\d{2} |\b0)\d{1,4}[ -]\d{2,3}[ -]?\d{2,4}(?:[ -]\d{2,4})?", scrub):
        if "555" not in re.sub(r"\D", "", m.group()):
            err("%s: phone-like number without 555: %r" % (i, m.group()))

# ------------------------------------------------------------ distribution
cls = Counter(x for l in labels for x in l["violations"])
for x in ORDER:
    if not 5 <= cls[x] <= 9:
        err("class %s has %d drafts (want 5-9)" % (x, cls[x]))
n_allowed = sum(l["allowed"] for l in labels)
if not 35 <= n_allowed <= 45:
    err("allowed count %d" % n_allowed)
if sum(len(l["violations"]) > 1 for l in labels) < 3:
    err("fewer than 3 two-violation drafts")
langs = Counter(l["lang"] for l in labels)
for lg in LANGS:
    if langs[lg] < 6:
        err("language %s has only %d drafts" % (lg, langs[lg]))
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
for x in ORDER:
    if "| `%s` | %d |" % (x, cls[x]) not in readme:
        err("README count for %s is stale" % x)

if errors:
    print("\n".join(errors))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: 80 drafts, %d allowed, %d violating; classes %s; langs %s"
      % (n_allowed, 80 - n_allowed, dict(cls), dict(langs)))
