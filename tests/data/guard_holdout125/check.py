#!/usr/bin/env python3
"""Re-verify the gi guardrails set from its generated files. Exit 1 on any problem."""
import json, os, re, sys, collections
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA", "sensitive_data": "SD"}
LANGS = set("en de fr nl it es pt pl cs hu ro bg hr sr sv da fi lt el tr ru uk ka ar fa hi bn ja zh id".split())
EXPECT_N = 80
errors = []
def err(msg):
    errors.append(msg)

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]

DIGITS = {}
for zero in (0x06F0, 0x0660, 0x09E6, 0x0966):   # Persian, Arabic-Indic, Bengali, Devanagari
    for i in range(10):
        DIGITS[chr(zero + i)] = str(i)
def ascii_digits(s):
    return "".join(DIGITS.get(c, c) for c in s)

def amount(s, dec):
    t = ascii_digits(s)
    for sp in (" ", "\u00a0", "\u202f", "\u2009", "'"):
        t = t.replace(sp, "")
    if dec == ",":
        t = t.replace(".", "").replace("\u066c", "").replace(",", ".").replace("\u066b", ".")
    else:
        t = t.replace(",", "").replace("\u066c", "").replace("\u066b", ".")
    return Decimal(t)

def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0

def iban_ok(raw):
    s = raw.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1

def cz_ok(acc):
    num = acc.split("/")[0].split("-")[-1].zfill(10)
    w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    return sum(int(a) * b for a, b in zip(num, w)) % 11 == 0

def fi_ref_ok(ref):
    ref = ref.replace(" ", "")
    w = [7, 3, 1]
    s = sum(int(d) * w[i % 3] for i, d in enumerate(reversed(ref[:-1])))
    return (10 - s % 10) % 10 == int(ref[-1])

def inn_ok(inn):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return len(inn) == 10 and sum(int(a) * b for a, b in zip(inn, w)) % 11 % 10 == int(inn[9])

def jalali_to_greg(jy, jm, jd):
    # standard arithmetic conversion (valid for 1300-1500 SH)
    jy += 1595
    days = -355668 + (365 * jy) + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else ((jm - 7) * 30) + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    leap = (gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0
    months = [0, 31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    gm = 0
    for gm in range(1, 13):
        if gd <= months[gm]:
            break
        gd -= months[gm]
    return date(gy, gm, gd)

drafts, labels, meta = load("drafts.jsonl"), load("labels.jsonl"), load("meta.jsonl")
if not (len(drafts) == len(labels) == len(meta)):
    err("line counts differ: %d %d %d" % (len(drafts), len(labels), len(meta)))
if len(drafts) != EXPECT_N:
    err("expected %d drafts, got %d" % (EXPECT_N, len(drafts)))

ids = [d["id"] for d in drafts]
if ids != ["gi%02d" % i for i in range(1, len(ids) + 1)]:
    err("ids are not gi01..giNN in order")

for d, l, m in zip(drafts, labels, meta):
    i = d["id"]
    if set(d) != {"id", "subject", "body"}:
        err("%s: draft keys %s" % (i, sorted(d)))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        err("%s: label keys %s" % (i, sorted(l)))
    if l["id"] != i or m["id"] != i:
        err("%s: id mismatch across files" % i)
    v = l["violations"]
    if any(x not in ORDER for x in v) or len(set(v)) != len(v):
        err("%s: bad violations %s" % (i, v))
        continue
    if v != sorted(v, key=ORDER.index):
        err("%s: violations not in table order" % i)
    if l["allowed"] is not (len(v) == 0):
        err("%s: allowed/violations inconsistent" % i)
    if l["lang"] not in LANGS or l["lang"] != m["lang"]:
        err("%s: lang %r" % (i, l["lang"]))
    key = "+".join(ABBR[x] for x in v) if v else "OK"
    if not l["note"].startswith("[%s, %s] " % (key, l["lang"])):
        err("%s: note prefix %r, expected [%s, %s]" % (i, l["note"][:20], key, l["lang"]))
    text = d["subject"] + "\n" + d["body"]
    if not d["subject"].strip() or len(d["body"]) < 80:
        err("%s: empty subject or very short body" % i)
    for t in m["triggers"]:
        if t not in text:
            err("%s: trigger not in text: %r" % (i, t))
    if not m["triggers"]:
        err("%s: no trigger/near-miss phrase recorded" % i)
    # sums
    for s in m["sums"]:
        dec = s["dec"]
        for p in s["parts"] + [s["total"]]:
            bare_small = re.fullmatch(r"\d{1,2}", p) is not None
            if not bare_small and p not in text:
                err("%s: amount %r not in text" % (i, p))
        ps = [amount(p, dec) for p in s["parts"]]
        tot = amount(s["total"], dec)
        op = s["op"]
        if op == "sum":
            got = sum(ps)
        elif op == "mul":
            got = ps[0] * ps[1]
        elif op == "diff":
            got = ps[0] - ps[1]
        elif op == "pct_off":
            got = (ps[0] * (100 - ps[1]) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
        elif op == "bgn":
            got = (ps[0] * Decimal("1.95583")).quantize(Decimal("0.01"), ROUND_HALF_UP)
        else:
            err("%s: unknown sum op %s" % (i, op)); continue
        if got != tot:
            err("%s: %s of %s = %s, text says %s" % (i, op, s["parts"], got, tot))
    # dates
    for dt in m["dates"]:
        op = dt["op"]
        if op == "plus":
            a, b = date.fromisoformat(dt["from"]), date.fromisoformat(dt["to"])
            if a + timedelta(days=dt["days"]) != b:
                err("%s: %s + %d != %s" % (i, a, dt["days"], b))
            for t in dt["texts"]:
                if t not in text:
                    err("%s: date text %r missing" % (i, t))
        elif op == "weekday":
            if date.fromisoformat(dt["date"]).weekday() != dt["wd"]:
                err("%s: %s is not weekday %d" % (i, dt["date"], dt["wd"]))
            if dt["text"] not in text:
                err("%s: date text %r missing" % (i, dt["text"]))
        elif op == "jalali":
            g = jalali_to_greg(*dt["j"])
            if g.isoformat() != dt["g"]:
                err("%s: jalali %s -> %s, meta says %s" % (i, dt["j"], g, dt["g"]))
            if dt["text"] not in text:
                err("%s: date text %r missing" % (i, dt["text"]))
        else:
            err("%s: unknown date op %s" % (i, op))
    # legitimate identifiers with their own check digits
    for r in m["refs"]:
        if r["text"] not in text:
            err("%s: ref %r missing" % (i, r["text"]))
        if r["type"] == "fi_ref" and not fi_ref_ok(r["text"]):
            err("%s: bad Finnish reference %s" % (i, r["text"]))
        if r["type"] == "inn" and not inn_ok(r["text"]):
            err("%s: bad INN %s" % (i, r["text"]))
        if r["type"] == "ocr" and not luhn_ok(r["text"]):
            err("%s: bad OCR %s" % (i, r["text"]))
    # secrets
    secret_digits = set()
    for s in m["secrets"]:
        t = s["text"]
        if t not in text:
            err("%s: secret %r not in text" % (i, t))
        typ = s["type"]
        if typ == "iban":
            if not iban_ok(t):
                err("%s: IBAN %s fails mod 97" % (i, t))
            secret_digits.add(t.replace(" ", ""))
        elif typ == "card":
            dg = re.sub(r"\D", "", t)
            if not (13 <= len(dg) <= 19 and luhn_ok(dg)):
                err("%s: card %s fails Luhn" % (i, t))
            secret_digits.add(dg)
        elif typ == "cz_account":
            if not cz_ok(t):
                err("%s: Czech account %s fails mod 11" % (i, t))
        elif typ == "in_account":
            if not re.fullmatch(r"\d{9,18}", t):
                err("%s: Indian account %s malformed" % (i, t))
            secret_digits.add(t)
            if not re.search(r"IFSC[:\s]+[A-Z]{4}0[A-Z0-9]{6}\b", text):
                err("%s: IFSC missing next to account" % i)
        elif typ not in ("password", "cvv", "other_customer", "expiry"):
            err("%s: unknown secret type %s" % (i, typ))
    has_sd = "sensitive_data" in v
    if has_sd != bool(m["secrets"]):
        err("%s: sensitive_data label vs secrets recorded disagree" % i)
    # scan for unrecorded full numbers
    legit = {re.sub(r"\s", "", x) for x in m["legit_numbers"]}
    for mm in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}", text):
        raw = mm.group(0).replace(" ", "")
        for cut in range(len(raw), 13, -1):
            if iban_ok(raw[:cut]):
                if raw[:cut] not in secret_digits:
                    err("%s: unrecorded valid IBAN %s" % (i, raw[:cut]))
                break
    for mm in re.finditer(r"(?<![\d\w])\d(?:[ \-]?\d){12,18}(?![\d\w])", ascii_digits(text)):
        dg = re.sub(r"\D", "", mm.group(0))
        if luhn_ok(dg) and dg not in secret_digits and dg not in legit:
            err("%s: unrecorded Luhn-valid number %s" % (i, mm.group(0)))
    # made-up domains only
    for host in re.findall(r"https?://([A-Za-z0-9.-]*[A-Za-z0-9])", text) + re.findall(r"[\w.+-]+@([\w.-]+\w)", text):
        if not host.endswith(".example"):
            err("%s: non-.example host %s" % (i, host))

# distribution
n = len(labels)
viol = [l for l in labels if not l["allowed"]]
per_class = collections.Counter(x for l in labels for x in l["violations"])
if n == EXPECT_N:
    if not 35 <= n - len(viol) <= 45:
        err("allowed count %d outside 35..45" % (n - len(viol)))
    for c in ORDER:
        if not 5 <= per_class[c] <= 9:
            err("%s appears %d times (want 5..9)" % (c, per_class[c]))
    en = sum(1 for l in labels if l["lang"] == "en")
    if not 0.15 * n <= en <= 0.25 * n:
        err("English share %d/%d" % (en, n))
    subtle = sum(1 for l, m in zip(labels, meta) if m["subtle"] and not l["allowed"])
    if not 0.35 * len(viol) <= subtle <= 0.65 * len(viol):
        err("subtle violating drafts %d of %d" % (subtle, len(viol)))
    if any(m["subtle"] for l, m in zip(labels, meta) if l["allowed"]):
        err("allowed draft marked subtle")
    if sum(1 for l in labels if len(l["violations"]) > 1) < 3:
        err("fewer than 3 drafts with two violations")
    nonlatin = {"bg", "sr", "el", "ru", "uk", "ka", "ar", "fa", "hi", "bn", "ja", "zh"}
    if not any(m["subtle"] and m["lang"] in nonlatin for m in meta):
        err("no subtle draft in a non-Latin script")

print("drafts %d, allowed %d, violating %d; per class %s" %
      (n, n - len(viol), len(viol), dict((ABBR[c], per_class[c]) for c in ORDER)))
if errors:
    print("%d problem(s):" % len(errors))
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("OK")
