#!/usr/bin/env python3
"""Re-verify the guard test set 213 from the generated files. Exit 1 on any problem."""
import json, os, re, sys
from collections import Counter
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
        "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
LANGS = ["en", "de-CH", "fr-BE", "es-MX", "it", "pt-PT", "nl", "cs", "hu", "tr", "ar"]
# weekday names, Monday=0
WD = {
    "de-CH": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr-BE": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "hu": ["hétfőn", "kedden", "szerdán", "csütörtökön", "pénteken", "szombaton", "vasárnap"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
MONTHS = {  # month names as used in the 'text' of date claims, for day/month/year recomputation
    "de-CH": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr-BE": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
}

errors = []


def err(i, msg):
    errors.append("%s: %s" % (i, msg))


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def luhn(num):
    s, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def clabe_ok(s):
    if not re.fullmatch(r"\d{18}", s):
        return False
    w = [3, 7, 1] * 6
    t = sum((int(d) * w[i]) % 10 for i, d in enumerate(s[:17]))
    return (10 - t % 10) % 10 == int(s[17])


def amount(s):
    """Parse '€ 3.245,00', 'CHF 7'450.00', '1 250 000 Ft', '$48,500.00 MXN', '18,400.00 درهم' to cents."""
    m = re.search(r"\d[\d.,' \u00a0\u202f]*", s)
    if not m:
        raise ValueError(s)
    t = m.group(0).rstrip(" .,'")
    dec = re.search(r"[.,](\d{2})$", t)
    if dec:
        whole, cents = t[:dec.start()], int(dec.group(1))
    else:
        whole, cents = t, 0
    return int(re.sub(r"\D", "", whole)) * 100 + cents


def scan_cards(text):
    out = []
    for m in re.finditer(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])", text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn(digits):
            out.append(digits)
    return out


def scan_ibans(text):
    out = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if iban_ok(m.group(0)):
            out.append(m.group(0).replace(" ", ""))
    return out


def scan_clabes(text):
    return [m.group(0) for m in re.finditer(r"(?<!\d)\d{18}(?!\d)", text) if clabe_ok(m.group(0))]


drafts, labels, metas = load("drafts.jsonl"), load("labels.jsonl"), load("meta.jsonl")
if not (len(drafts) == len(labels) == len(metas) == 80):
    err("-", "expected 80 lines each, got %d/%d/%d" % (len(drafts), len(labels), len(metas)))
ids = ["SL%02d" % i for i in range(1, 81)]
if [d["id"] for d in drafts] != ids or [l["id"] for l in labels] != ids or [m["id"] for m in metas] != ids:
    err("-", "ids must be SL01..SL80 in order in all three files")

for d, l, m in zip(drafts, labels, metas):
    i = d["id"]
    if set(d) != {"id", "subject", "body"}:
        err(i, "draft fields %s" % sorted(d))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        err(i, "label fields %s" % sorted(l))
    v = l["violations"]
    if l["allowed"] != (not v):
        err(i, "allowed must be true exactly when violations is empty")
    if any(x not in ORDER for x in v) or v != sorted(v, key=ORDER.index) or len(set(v)) != len(v):
        err(i, "violations not in table order / unknown / duplicated: %s" % v)
    if l["lang"] not in LANGS:
        err(i, "lang %s" % l["lang"])
    key = "".join(KEYS[x] for x in v) or "A"
    if not l["note"].startswith("[%s, %s] " % (key, l["lang"])):
        err(i, "note must start with [%s, %s]" % (key, l["lang"]))
    text = d["subject"] + "\n" + d["body"]
    for s in m.get("has", []):
        if s not in text:
            err(i, "claimed substring missing: %r" % s)
    if "sum" in m:
        for s in m["sum"]["parts"] + [m["sum"]["total"]]:
            if s not in text:
                err(i, "sum member missing from text: %r" % s)
        if sum(amount(p) for p in m["sum"]["parts"]) != amount(m["sum"]["total"]):
            err(i, "sum does not add up: %s" % m["sum"])
    if "days" in m:
        dd = m["days"]
        n = (date.fromisoformat(dd["asof"]) - date.fromisoformat(dd["due"])).days
        if n != dd["n"] or str(n) not in dd["text"] or dd["text"] not in text:
            err(i, "days overdue wrong: %s (recomputed %d)" % (dd, n))
    if "date" in m:
        dt = m["date"]
        iso = date.fromisoformat(dt["iso"])
        if dt["text"] not in text:
            err(i, "date text missing: %r" % dt["text"])
        names = WD.get(l["lang"], [])
        if dt["wd"] not in dt["text"] or not names or names[iso.weekday()] != dt["wd"]:
            err(i, "weekday %r does not match %s" % (dt["wd"], iso))
        mon = MONTHS.get(l["lang"])
        if mon and mon[iso.month - 1] not in dt["text"]:
            err(i, "month name of %s not in %r" % (iso, dt["text"]))
        if str(iso.day) not in dt["text"] or str(iso.year) not in dt["text"]:
            err(i, "day/year of %s not in %r" % (iso, dt["text"]))
    # sensitive data: present and valid when claimed, absent otherwise
    cards, ibans, clabes = scan_cards(text), scan_ibans(text), scan_clabes(text)
    if "card" in m:
        if m["card"] not in text or re.sub(r"\D", "", m["card"]) not in cards:
            err(i, "claimed card not found / not Luhn-valid")
    if "iban" in m:
        if m["iban"] not in text or m["iban"].replace(" ", "") not in ibans:
            err(i, "claimed IBAN not found / not mod-97 valid")
    if "clabe" in m:
        if m["clabe"] not in text or m["clabe"] not in clabes:
            err(i, "claimed CLABE not found / check digit wrong")
    if "password" in m and m["password"] not in text:
        err(i, "claimed password missing")
    full_numbers = bool(cards or ibans or clabes)
    claimed = any(k in m for k in ("card", "iban", "clabe", "password"))
    if (full_numbers or claimed) and "sensitive_data" not in v:
        err(i, "full card/IBAN/CLABE/password present but not labelled sensitive_data")
    if "sensitive_data" in v and not (full_numbers or claimed or len(m.get("has", [])) >= 4):
        err(i, "sensitive_data label without a verifiable claim")
    if not m.get("biz") in ("T", "B"):
        err(i, "biz")
    for dom in re.findall(r"[\w.-]+\.(?:com|net|org|ch|be|mx|it|pt|nl|cz|hu|tr|ae)\b", text):
        err(i, "non-example domain %s" % dom)
    for ph in re.findall(r"\+\d[\d ]{7,}\d", text):
        if "555" not in ph:
            err(i, "phone without 555: %s" % ph)

# distribution
vc = Counter(x for l in labels for x in l["violations"])
na = sum(l["allowed"] for l in labels)
if not 36 <= na <= 44:
    err("-", "allowed count %d" % na)
for x in ORDER:
    if not 5 <= vc[x] <= 9:
        err("-", "%s count %d outside 5-9" % (x, vc[x]))
if sum(len(l["violations"]) > 1 for l in labels) < 3:
    err("-", "too few drafts with two violations")
lc = Counter(l["lang"] for l in labels)
for lg in LANGS:
    if lc[lg] < 5:
        err("-", "language %s has %d drafts" % (lg, lc[lg]))

if errors:
    print("\n".join(errors))
    print("FAIL: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: 80 drafts, %d allowed, violations %s, langs %s" % (na, dict(vc), dict(lc)))
