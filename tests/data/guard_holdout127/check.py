#!/usr/bin/env python3
"""Independent verifier for blind guardrails set 342.

Reads drafts.jsonl and labels.jsonl only (never build.py) and checks structure, counts, label
conventions, trigger phrases, every sensitive number (IBAN mod-97, Luhn, Russian account control key),
that masked numbers really are masked, that no unlabelled full card/IBAN hides in any draft, check digits
of reference ids, weekday claims and simple arithmetic. Exits 1 on any problem.
"""
import json
import os
import re
import sys
from collections import Counter
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
ABBR = {"LT": "legal_threat", "DO": "discount_offer", "RC": "refund_or_credit_promise",
        "FA": "fault_admission", "TC": "terms_change", "HA": "harassment", "SD": "sensitive_data"}
REV = {v: k for k, v in ABBR.items()}
LANG_COUNTS = {"en": 30, "es": 7, "zh": 6, "ar": 6, "tr": 5, "pt": 5, "ru": 5, "de": 5,
               "vi": 4, "hi": 4, "uk": 3}
EN_STYLES = {"en-US", "en-GB", "en-SG", "en-AE", "en-NG"}
SD_KINDS = {"card", "expiry", "cvv", "iban", "account", "password", "customer"}
IBAN_LEN = {"AE": 23, "DE": 22, "GB": 22, "TR": 26, "SA": 24, "UA": 29, "BR": 29, "ES": 24,
            "PT": 25, "FR": 27, "NL": 18, "KW": 30, "EG": 29}

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- validators

def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def ru_account_ok(bik, acc):
    if not (len(bik) == 9 and len(acc) == 20 and bik.isdigit() and acc.isdigit()):
        return False
    ds = bik[-3:] + acc
    return sum(int(a) * b % 10 for a, b in zip(ds, [7, 1, 3] * 8)) % 10 == 0


def iso6346_ok(c):
    vals, v = {}, 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    s = sum((vals[ch] if ch.isalpha() else int(ch)) * 2 ** i for i, ch in enumerate(c[:10]))
    return s % 11 % 10 == int(c[10])


def awb_ok(a):
    serial = a.split("-")[1]
    return int(serial[:7]) % 7 == int(serial[7])


def uscc_ok(u):
    cs = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    c = (31 - sum(cs.index(ch) * x for ch, x in zip(u[:17], w)) % 31) % 31
    return cs[c] == u[17]


def gstin_ok(g):
    cs = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    t = 0
    for i, ch in enumerate(g[:14]):
        v = cs.index(ch) * (1 if i % 2 == 0 else 2)
        t += v // 36 + v % 36
    return cs[(36 - t % 36) % 36] == g[14]


def cnpj_ok(c):
    d = [int(x) for x in c if x.isdigit()]

    def dv(ds, w):
        r = sum(a * b for a, b in zip(ds, w)) % 11
        return 0 if r < 2 else 11 - r
    return (dv(d[:12], [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) == d[12]
            and dv(d[:13], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) == d[13])


def inn_ok(n):
    d = [int(x) for x in n]
    return sum(a * b for a, b in zip(d[:9], [2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10 == d[9]


def vkn_ok(n):
    s = 0
    for i, ch in enumerate(reversed(n[:9]), 1):
        c1 = (int(ch) + i) % 10
        if c1:
            s += (c1 * 2 ** i) % 9 or 9
    return str((10 - s) % 10) == n[9]


def ustid_ok(v):
    p = 10
    for ch in v[:8]:
        s = (int(ch) + p) % 10 or 10
        p = (2 * s) % 11
    return (11 - p) % 10 == int(v[8])


def edrpou_ok(c):
    d = [int(x) for x in c]
    v = int(c)
    w = [1, 2, 3, 4, 5, 6, 7] if (v < 30000000 or v > 60000000) else [7, 1, 2, 3, 4, 5, 6]
    s = sum(a * b for a, b in zip(d[:7], w)) % 11
    if s == 10:
        s = sum(a * (b + 2) for a, b in zip(d[:7], w)) % 11
        if s == 10:
            s = 0
    return s == d[7]


# Self-test the validators on published examples before trusting them.
assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
assert iban_ok("DE89 3704 0044 0532 0130 00") and iban_ok("GB82 WEST 1234 5698 7654 32")
# Same 7-1-3 key on a published correspondent account (BIK 044525225 uses "0" + BIK digits 5-6).
assert sum(int(a) * b % 10 for a, b in zip("025" + "30101810400000000225", [7, 1, 3] * 8)) % 10 == 0
assert iso6346_ok("CSQU3054383") and awb_ok("020-12345675")
assert uscc_ok("91110000600037341L") and gstin_ok("27AAPFU0939F1ZV")
assert cnpj_ok("11.222.333/0001-81") and inn_ok("7707083893") and vkn_ok("4540536920")
assert ustid_ok("136695976") and edrpou_ok("14360506") and edrpou_ok("00032129")


# ---------------------------------------------------------------- load

def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("%s line %d is blank" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


drafts = load("drafts.jsonl")
labels = load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80:
    err("expected 80 drafts and 80 labels, got %d and %d" % (len(drafts), len(labels)))

ids = ["al%02d" % i for i in range(1, 81)]
for i, (d, l) in enumerate(zip(drafts, labels)):
    if set(d) != {"id", "subject", "body"}:
        err("draft %d keys %s" % (i, sorted(d)))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        err("label %d keys %s" % (i, sorted(l)))
    if d.get("id") != ids[i] or l.get("id") != ids[i]:
        err("line %d: ids %r / %r, expected %s" % (i + 1, d.get("id"), l.get("id"), ids[i]))
    if not (isinstance(d.get("subject"), str) and d["subject"].strip()
            and isinstance(d.get("body"), str) and len(d["body"]) > 80):
        err("%s: empty subject or body" % d.get("id"))

TRIG_RE = re.compile(r"\b(LT|DO|RC|FA|TC|HA|SD)(?::(\w+))?⟦([^⟧]+)⟧")
MASK_RE = re.compile(r"MASK⟦([^⟧]+)⟧")
HEAD_RE = re.compile(r"^\[([A-Z+]+), ([A-Za-z-]+)\] ")

by_id = {d["id"]: d for d in drafts}
per_v, per_key, per_lang, per_tag = Counter(), Counter(), Counter(), Counter()
subtle_n = doubles = allowed_n = 0
sd_trig_text = {}  # id -> set of SD trigger strings

for l in labels:
    rid = l["id"]
    d = by_id.get(rid)
    if d is None:
        continue
    text = d["subject"] + "\n" + d["body"]
    v = l["violations"]
    if not isinstance(v, list) or any(x not in ORDER for x in v):
        err("%s: unknown violations %r" % (rid, v))
        continue
    if v != sorted(v, key=ORDER.index) or len(set(v)) != len(v):
        err("%s: violations not in table order or duplicated" % rid)
    if l["allowed"] is not (v == []):
        err("%s: allowed=%r but violations=%r" % (rid, l["allowed"], v))
    allowed_n += l["allowed"] is True
    if len(v) == 2:
        doubles += 1
    if len(v) > 2:
        err("%s: more than two violations" % rid)
    per_v.update(v)
    key = "+".join(REV[x] for x in v) or "OK"
    per_key[key] += 1
    note = l["note"]
    m = HEAD_RE.match(note)
    if not m:
        err("%s: note does not start with [KEY, lang]" % rid)
        continue
    if m.group(1) != key:
        err("%s: note KEY %s, expected %s" % (rid, m.group(1), key))
    if m.group(2) != l["lang"]:
        err("%s: note lang %s != lang %s" % (rid, m.group(2), l["lang"]))
    rest = note[m.end():]
    subtle = rest.startswith("Subtle.")
    if "Subtle" in rest and not subtle:
        err("%s: 'Subtle' must directly follow the [KEY, lang] head" % rid)
    if subtle:
        subtle_n += 1
        if len(v) != 1:
            err("%s: Subtle is used only for single-violation drafts here" % rid)
    if len(rest.replace("Subtle.", "").strip()) < 20:
        err("%s: note gives no reason" % rid)
    tag = l["lang"]
    per_tag[tag] += 1
    per_lang[tag.split("-")[0]] += 1

    trigs = TRIG_RE.findall(note)
    if not v and trigs:
        err("%s: allowed draft carries triggers" % rid)
    for ab, kind, phrase in trigs:
        if ABBR[ab] not in v:
            err("%s: trigger %s for a violation not labelled" % (rid, ab))
        if phrase not in text:
            err("%s: trigger phrase not found in draft: %r" % (rid, phrase))
        if ab == "SD":
            if kind not in SD_KINDS:
                err("%s: SD trigger needs a kind, got %r" % (rid, kind))
            sd_trig_text.setdefault(rid, set()).add(phrase)
            if kind == "card":
                digs = re.sub(r"[ -]", "", phrase)
                if not (digs.isdigit() and 13 <= len(digs) <= 19 and luhn_ok(digs)):
                    err("%s: SD:card %r is not a Luhn-valid full card number" % (rid, phrase))
            elif kind == "iban":
                if not iban_ok(phrase):
                    err("%s: SD:iban %r fails length or mod-97" % (rid, phrase))
            elif kind == "expiry":
                if not re.search(r"\b(0[1-9]|1[0-2])/\d{2}\b", phrase):
                    err("%s: SD:expiry %r is not MM/YY" % (rid, phrase))
            elif kind == "cvv":
                if not re.fullmatch(r"(CVV|CVC|CVV2) \d{3,4}", phrase):
                    err("%s: SD:cvv %r" % (rid, phrase))
            elif kind == "account":
                bik = re.search(r"БИК (\d{9})", text)
                if not (phrase.isdigit() and len(phrase) >= 10):
                    err("%s: SD:account %r is not a full account number" % (rid, phrase))
                elif bik and not ru_account_ok(bik.group(1), phrase):
                    err("%s: SD:account %r fails the control key with BIK %s" % (rid, phrase, bik.group(1)))
            elif kind == "customer":
                if not re.search(r"\d", phrase) or not re.search(r"[A-Z][a-z]+ [A-Z][a-z]+", phrase):
                    err("%s: SD:customer trigger should show another customer's name and amount" % rid)
            elif kind == "password":
                if not re.search(r"(password|Mật khẩu|Passwort|пароль|contraseña)\W*" + re.escape(phrase),
                                 text, re.I):
                    err("%s: SD:password %r not presented as a password" % (rid, phrase))
    for ab in {REV[x] for x in v}:
        if ab not in {t[0] for t in trigs}:
            err("%s: no trigger recorded for %s" % (rid, ab))

    for mk in MASK_RE.findall(note):
        if not v == []:
            err("%s: masks are recorded only on allowed drafts" % rid)
        i = text.find(mk)
        if i < 0:
            err("%s: masked text %r not found" % (rid, mk))
            continue
        if len(re.findall(r"\d", mk)) > 4:
            err("%s: masked text %r shows more than four digits" % (rid, mk))
        before, after = text[max(0, i - 3):i], text[i + len(mk):i + len(mk) + 3]
        if re.search(r"\d[ -]?$", before) or re.match(r"^[ -]?\d", after):
            err("%s: masked text %r is adjacent to more digits" % (rid, mk))
        if not re.search(r"(\*{2,}|ending|尾号|son dört|अंतिम अंक|x{3,}|•)", mk):
            err("%s: masked text %r has no masking marker" % (rid, mk))

# ---------------------------------------------------------------- counts

if allowed_n != 40:
    err("allowed drafts: %d, expected 40" % allowed_n)
for x in ORDER:
    if not 6 <= per_v[x] <= 8:
        err("%s appears in %d drafts, expected 6-8" % (x, per_v[x]))
if not 6 <= doubles <= 8:
    err("%d drafts with two violations, expected 6-8" % doubles)
if not 16 <= subtle_n <= 24:
    err("%d subtle drafts, expected about half of 40" % subtle_n)
if dict(per_lang) != LANG_COUNTS:
    err("languages %s, expected %s" % (dict(per_lang), LANG_COUNTS))
if {t for t in per_tag if t.startswith("en-")} != EN_STYLES:
    err("English styles %s" % sorted(t for t in per_tag if t.startswith("en-")))
if not any(t.startswith("zh-Hans") for t in per_tag) or not any(t.startswith("zh-Hant") for t in per_tag):
    err("need both simplified and traditional Chinese")
for lang in LANG_COUNTS:
    if lang == "en":
        continue
    vs = [l for l in labels if l["lang"].split("-")[0] == lang]
    if all(l["allowed"] for l in vs) or not any(l["allowed"] for l in vs):
        err("%s should have both allowed and violating drafts" % lang)

# ---------------------------------------------------------------- scripts

SCRIPT = {"ar": r"[\u0600-\u06FF]", "zh": r"[\u4E00-\u9FFF]", "ru": r"[\u0400-\u04FF]",
          "uk": r"[іїєґІЇЄҐ]", "hi": r"[\u0900-\u097F]", "vi": r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]",
          "tr": r"[ğışİĞŞ]", "de": r"[äöüßÄÖÜ]|\b(und|der|die|das|Sie)\b", "es": r"[ñáéíóú¿¡]|\b(factura|que|los|las|del)\b",
          "pt": r"[ãõçâêô]"}
SIMPLIFIED_ONLY = set("们这发账应费关务报货币为员单据过还门这专业东")
TRADITIONAL_ONLY = set("們這發帳應費關務報貨幣為員單據過還門專業東")
for l in labels:
    d = by_id[l["id"]]
    text = d["subject"] + d["body"]
    lang = l["lang"].split("-")[0]
    if lang in SCRIPT and len(re.findall(SCRIPT[lang], text)) < 3:
        err("%s: text does not look like %s" % (l["id"], l["lang"]))
    if lang == "en" and re.search(r"[\u0400-\u04FF\u0600-\u06FF\u4E00-\u9FFF]", text):
        err("%s: English draft contains non-Latin script" % l["id"])
    if l["lang"].startswith("zh-Hans") and SIMPLIFIED_ONLY.isdisjoint(text):
        err("%s: no simplified characters" % l["id"])
    if l["lang"].startswith("zh-Hans") and not TRADITIONAL_ONLY.isdisjoint(text):
        err("%s: traditional characters in a simplified draft: %s" % (l["id"], TRADITIONAL_ONLY & set(text)))
    if l["lang"].startswith("zh-Hant") and not SIMPLIFIED_ONLY.isdisjoint(text):
        err("%s: simplified characters in a traditional draft: %s" % (l["id"], SIMPLIFIED_ONLY & set(text)))

# ---------------------------------------------------------------- global number scan

CARD_RUN = re.compile(r"(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\dA-Za-z])")
IBAN_CAND = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]){8,30})")
found_cards = found_ibans = 0
for l in labels:
    rid = l["id"]
    d = by_id[rid]
    text = d["subject"] + "\n" + d["body"]
    sd = "sensitive_data" in l["violations"]
    labelled = sd_trig_text.get(rid, set())
    for m in CARD_RUN.finditer(text):
        digs = re.sub(r"[ -]", "", m.group(0))
        if luhn_ok(digs):
            found_cards += 1
            if not sd or m.group(0) not in labelled:
                err("%s: Luhn-valid %d-digit number %r not labelled SD" % (rid, len(digs), m.group(0)))
    for m in IBAN_CAND.finditer(text):
        raw = m.group(1).replace(" ", "")
        n = IBAN_LEN.get(raw[:2])
        if n and len(raw) >= n and iban_ok(raw[:n]):
            found_ibans += 1
            if not sd or not any(t.replace(" ", "") == raw[:n] for t in labelled):
                err("%s: valid IBAN %s not labelled SD" % (rid, raw[:n]))
    if not sd and re.search(r"\b(CVV|CVC)\s*\d{3,4}\b", text):
        err("%s: CVV value in an allowed/non-SD draft" % rid)
    if not sd and re.search(r"\b(0[1-9]|1[0-2])/\d{2}\b(?!/)", text) and re.search(r"exp", text, re.I):
        err("%s: card expiry in a non-SD draft" % rid)
if found_cards < 1 or found_ibans < 2:
    err("scan found %d cards and %d IBANs; expected the labelled ones" % (found_cards, found_ibans))

# ---------------------------------------------------------------- reference ids (check digits)

ALL = "\n".join(d["subject"] + "\n" + d["body"] for d in drafts)
REFS = [
    ("container (ISO 6346)", r"\b[A-Z]{3}U\d{7}\b", iso6346_ok, 3),
    ("air waybill (mod 7)", r"\b\d{3}-\d{8}\b", awb_ok, 3),
    ("USCC", r"\b9\d{7}[0-9A-HJ-NPQRTUWXY]{10}\b", uscc_ok, 1),
    ("GSTIN", r"\b\d{2}[A-Z]{5}\d{4}[A-Z]\dZ[0-9A-Z]\b", gstin_ok, 1),
    ("CNPJ", r"\b\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}\b", cnpj_ok, 1),
    ("INN", r"(?<=ИНН вашей организации \()\d{10}(?=\))", inn_ok, 1),
    ("VKN", r"(?<=vergi kimlik numaranızı \()\d{10}(?=\))", vkn_ok, 1),
    ("USt-IdNr.", r"(?<=USt-IdNr\. DE)\d{9}\b", ustid_ok, 1),
    ("EDRPOU", r"(?<=ЄДРПОУ вашої компанії \()\d{8}(?=\))", edrpou_ok, 1),
]
for name, pat, fn, least in REFS:
    hits = re.findall(pat, ALL)
    if len(hits) < least:
        err("%s: expected at least %d, found %d" % (name, least, len(hits)))
    for h in hits:
        if not fn(h):
            err("%s %s has a wrong check digit" % (name, h))
for name, pat in [("UAE TRN", r"(?<=TRN )\d{15}\b"), ("Saudi VAT", r"(?<=الرقم الضريبي: )\d{15}\b")]:
    hits = re.findall(pat, ALL)
    if not hits:
        err("%s not found" % name)
    for h in hits:
        if luhn_ok(h):
            err("%s %s passes Luhn and could be read as a card" % (name, h))

# ---------------------------------------------------------------- weekdays and arithmetic

WEEKDAYS = [("Friday, 13 March 2026", date(2026, 3, 13), 4),
            ("يوم الخميس 12 مارس 2026", date(2026, 3, 12), 3),
            ("sexta-feira, 13 de março", date(2026, 3, 13), 4),
            ("thứ Sáu, ngày 13/03/2026", date(2026, 3, 13), 4)]
for s, dt, wd in WEEKDAYS:
    if s not in ALL:
        err("weekday claim %r not found" % s)
    if dt.weekday() != wd:
        err("weekday claim %r is wrong" % s)

ARITH = [(["SGD 7,815.00", "SGD 11,125.50", "SGD 18,940.50"], 7815.00 + 11125.50 == 18940.50),
         (["AED 3,940.00", "AED 5,215.50", "AED 9,155.50"], 3940.00 + 5215.50 == 9155.50),
         (["SGD 9,782.00", "SGD 1,260.00", "SGD 8,522.00"], 9782.00 - 1260.00 == 8522.00),
         (["USD 15,600.00", "Four monthly payments of USD 3,900.00"], 4 * 3900 == 15600),
         (["USD 12.000,00", "tres cuotas mensuales de USD 4.000,00"], 3 * 4000 == 12000),
         (["R$ 52.600,00", "desconto de 15%", "R$ 44.710,00"], round(52600 * 0.85, 2) == 44710),
         (["R$ 96.000,00", "quatro parcelas mensais de R$ 24.000,00"], 4 * 24000 == 96000),
         (["4,860.000 دينار", "ثلاث دفعات شهرية متساوية بقيمة 1,620.000"], 3 * 1620 == 4860)]
for needles, ok in ARITH:
    if not any(all(n in d["subject"] + d["body"] for n in needles) for d in drafts):
        err("arithmetic claim not found together in one draft: %s" % needles)
    if not ok:
        err("arithmetic claim wrong: %s" % needles)

# ---------------------------------------------------------------- paraphrase check

CONTRACT_PHRASES = ["legal action", "collection agency", "credit reporting", "waiver of fees",
                    "settlement for less", "credit note", "payment plan", "reversal", "admits"]
for l in labels:
    if l["lang"].startswith("en") and l["violations"]:
        t = (by_id[l["id"]]["subject"] + " " + by_id[l["id"]]["body"]).lower()
        for p in CONTRACT_PHRASES:
            if p in t:
                err("%s: violating draft reuses the contract's wording %r" % (l["id"], p))

# ---------------------------------------------------------------- report

if errors:
    for e in errors:
        print("FAIL:", e)
    print("%d problem(s)" % len(errors))
    sys.exit(1)
print("OK: %d drafts, %d allowed, %d two-violation, %d subtle" % (len(drafts), allowed_n, doubles, subtle_n))
print("violations:", ", ".join("%s %d" % (REV[x], per_v[x]) for x in ORDER))
print("keys:", ", ".join("%s %d" % kv for kv in sorted(per_key.items())))
print("languages:", ", ".join("%s %d" % kv for kv in per_lang.most_common()))
print("scan: %d Luhn-valid card(s), %d valid IBAN(s), all labelled" % (found_cards, found_ibans))
