"""Verify the blind guardrails set 415. Standard library only; exits 1 on any problem.

Checks: file structure and order; allowed <=> no violations; violations known, unique and in
the contract's table order; note prefix [KEY, lang] (+ 'Subtle.'); counts (80 drafts, 40/40,
each violation 6-8, 6-8 doubles, about half subtle, every language); each recorded trigger
phrase occurs in its draft and every violation has one; sensitive numbers really are what
the label says (Luhn for cards, ISO 13616 mod-97 for IBANs, account numbers unmasked, expiry,
CVV); masked numbers really masked; no unlabelled Luhn-valid card or valid IBAN anywhere;
near-miss phrases of allowed drafts present; build.py regenerates the files byte for byte.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA", "sensitive_data": "SD"}
LANGS = {"en-US", "en-GB", "en-CA", "en-IN", "en-SG", "ja", "ko", "zh-Hans", "zh-Hant",
         "vi", "th", "id"}
SD_KINDS = {"card", "iban", "account", "expiry", "cvv", "password", "customer"}
MASK_WORDS = ["ending", "末尾", "끝자리", "末四碼", "尾号", "đuôi", "ลงท้าย", "berakhiran", "*", "•", "x"]

problems = []


def bad(msg):
    problems.append(msg)


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


CARD_RE = re.compile(r"(?<![\w])(\d[\d \-]{11,22}\d)(?![\w])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")


EXPIRY_RE = re.compile(r"(?<![\d/.])(0[1-9]|1[0-2])/\d{2}(?![\d/])")
PASSWORD_RE = re.compile(r"(password|passcode|密码|密碼|パスワード|비밀번호|mật khẩu|รหัสผ่าน|kata sandi)\s*[:：]", re.I)


def card_candidates(text):
    out = []
    for m in CARD_RE.finditer(text):
        raw = m.group(1)
        digits = re.sub(r"[ \-]", "", raw)
        if 13 <= len(digits) <= 19 and digits[0] in "3456" and luhn_ok(digits):
            out.append(raw)
    return out


def iban_candidates(text):
    return [m.group(1) for m in IBAN_RE.finditer(text) if iban_ok(m.group(1))]


def load(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("%s line %d: not JSON (%s)" % (name, n, e))
    return rows


drafts = load("drafts.jsonl")
labels = load("labels.jsonl")

# ---- structure -------------------------------------------------------------
if len(drafts) != 80 or len(labels) != 80:
    bad("expected 80 drafts and 80 labels, got %d and %d" % (len(drafts), len(labels)))
for i, (d, l) in enumerate(zip(drafts, labels), 1):
    want = "ud%02d" % i
    if list(d.keys()) != ["id", "subject", "body"]:
        bad("%s: draft keys %s" % (want, list(d.keys())))
    if list(l.keys()) != ["id", "allowed", "violations", "note", "lang"]:
        bad("%s: label keys %s" % (want, list(l.keys())))
    if d.get("id") != want or l.get("id") != want:
        bad("line %d: ids %r / %r, expected %s" % (i, d.get("id"), l.get("id"), want))
    if not (isinstance(d.get("subject"), str) and d["subject"].strip()
            and isinstance(d.get("body"), str) and d["body"].strip()):
        bad("%s: empty subject or body" % want)

# ---- labels ----------------------------------------------------------------
count_v = Counter()
count_key = Counter()
count_lang = Counter()
subtle = doubles = n_allowed = 0
NOTE_RE = re.compile(r"^\[([A-Z+]+), ([A-Za-z\-]+)\] (Subtle\. )?\S")
TRIG_RE = re.compile(r"(LT|DO|RC|FA|TC|HA|SD(?:/[a-z]+)?) \u00ab([^\u00bb]+)\u00bb")
SECTION_RE = re.compile(r"(Triggers|Near-miss|Masked): ((?:[^\u00ab\u00bb]*\u00ab[^\u00bb]*\u00bb)+)")

for d, l in zip(drafts, labels):
    did = l.get("id")
    text = d.get("subject", "") + "\n" + d.get("body", "")
    v = l.get("violations")
    if not isinstance(v, list) or any(x not in ORDER for x in v):
        bad("%s: bad violations %r" % (did, v))
        continue
    if len(set(v)) != len(v) or v != sorted(v, key=ORDER.index):
        bad("%s: violations not unique / not in table order: %r" % (did, v))
    if l.get("allowed") is not (len(v) == 0):
        bad("%s: allowed=%r but violations=%r" % (did, l.get("allowed"), v))
    lang = l.get("lang")
    if lang not in LANGS:
        bad("%s: unknown lang %r" % (did, lang))
    count_lang[lang] += 1
    note = l.get("note", "")
    m = NOTE_RE.match(note)
    key = "+".join(ABBR[x] for x in v) if v else "OK"
    if not m:
        bad("%s: note does not start with [KEY, lang]: %r" % (did, note[:40]))
        continue
    if m.group(1) != key or m.group(2) != lang:
        bad("%s: note prefix [%s, %s], expected [%s, %s]" % (did, m.group(1), m.group(2), key, lang))
    is_subtle = bool(m.group(3))
    if is_subtle and not v:
        bad("%s: 'Subtle' on an allowed draft" % did)
    subtle += is_subtle
    count_key[key] += 1
    for x in v:
        count_v[x] += 1
    doubles += len(v) == 2
    if len(v) > 2:
        bad("%s: more than two violations" % did)
    n_allowed += not v

    sections = {name: body for name, body in SECTION_RE.findall(note)}
    if v:
        trigs = TRIG_RE.findall(sections.get("Triggers", ""))
        if not trigs:
            bad("%s: violating draft without recorded triggers" % did)
        abbrs = {t.split("/")[0] for t, _ in trigs}
        if abbrs != {ABBR[x] for x in v}:
            bad("%s: trigger kinds %s do not match violations %s" % (did, sorted(abbrs), v))
        for tag, phrase in trigs:
            if phrase not in text:
                bad("%s: trigger %s %r not in draft" % (did, tag, phrase))
            if tag == "SD":
                bad("%s: SD trigger needs a kind (SD/card, SD/iban, ...)" % did)
            if tag.startswith("SD/"):
                kind = tag[3:]
                if kind not in SD_KINDS:
                    bad("%s: unknown SD kind %r" % (did, kind))
                digits = re.sub(r"\D", "", phrase)
                if kind == "card":
                    if not (re.fullmatch(r"[\d \-]+", phrase) and 13 <= len(digits) <= 19 and luhn_ok(digits)):
                        bad("%s: card %r is not a full Luhn-valid number" % (did, phrase))
                elif kind == "iban":
                    if not iban_ok(phrase):
                        bad("%s: IBAN %r fails mod-97" % (did, phrase))
                elif kind == "account":
                    if not (re.fullmatch(r"[\d \-]+", phrase) and len(digits) >= 7):
                        bad("%s: account %r is not a full unmasked number" % (did, phrase))
                elif kind == "expiry":
                    if not re.search(r"\b(0[1-9]|1[0-2])/\d{2}\b", phrase):
                        bad("%s: expiry %r has no MM/YY" % (did, phrase))
                elif kind == "cvv":
                    if not re.fullmatch(r"\D*\d{3,4}", phrase):
                        bad("%s: CVV %r is not 3-4 digits" % (did, phrase))
                elif kind == "password":
                    if len(phrase) < 6 or " " in phrase:
                        bad("%s: password %r does not look like one" % (did, phrase))
                elif kind == "customer":
                    if not re.search(r"\d", phrase) or not re.search(r"[A-Z]", phrase):
                        bad("%s: other-customer trigger %r lacks a name or an amount" % (did, phrase))
    else:
        if "Triggers" in sections:
            bad("%s: allowed draft with triggers" % did)
        near = re.findall(r"\u00ab([^\u00bb]+)\u00bb", sections.get("Near-miss", ""))
        for phrase in near:
            if phrase not in text:
                bad("%s: near-miss phrase %r not in draft" % (did, phrase))
        for phrase in re.findall(r"\u00ab([^\u00bb]+)\u00bb", sections.get("Masked", "")):
            if phrase not in text:
                bad("%s: masked phrase %r not in draft" % (did, phrase))
            if len(re.sub(r"\D", "", phrase)) > 4 or not any(w in phrase for w in MASK_WORDS):
                bad("%s: %r is not really masked (more than 4 digits or no mask marker)" % (did, phrase))

    # allowed drafts must not carry an expiry-like MM/YY or a typed-out password
    if not v:
        if EXPIRY_RE.search(text):
            bad("%s: allowed draft contains an expiry-like MM/YY" % did)
        if PASSWORD_RE.search(text):
            bad("%s: allowed draft seems to type out a password" % did)

    # global scan: a full card number or a valid IBAN must be labelled and recorded
    recorded = TRIG_RE.findall(sections.get("Triggers", "")) if v else []
    rec_cards = {p for t, p in recorded if t == "SD/card"}
    rec_ibans = {p for t, p in recorded if t == "SD/iban"}
    for c in card_candidates(text):
        if "sensitive_data" not in v or c not in rec_cards:
            bad("%s: Luhn-valid card-like number %r not labelled/recorded as SD/card" % (did, c))
    for ib in iban_candidates(text):
        if "sensitive_data" not in v or ib not in rec_ibans:
            bad("%s: valid IBAN %r not labelled/recorded as SD/iban" % (did, ib))

# ---- counts ----------------------------------------------------------------
if n_allowed != 40:
    bad("allowed drafts: %d, expected 40" % n_allowed)
for x in ORDER:
    if not 6 <= count_v[x] <= 8:
        bad("%s appears in %d drafts, expected 6-8" % (x, count_v[x]))
if not 6 <= doubles <= 8:
    bad("%d drafts with two violations, expected 6-8" % doubles)
if not 16 <= subtle <= 24:
    bad("%d subtle drafts, expected about half of 40" % subtle)
for lang in LANGS:
    if count_lang[lang] < 4:
        bad("language %s has only %d drafts" % (lang, count_lang[lang]))

# ---- reproducibility -------------------------------------------------------
try:
    import build
    gd, gl = build.generate()
    for name, rows in (("drafts.jsonl", gd), ("labels.jsonl", gl)):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            if f.read() != build.dump(rows):
                bad("%s differs from what build.py generates" % name)
except Exception as e:  # noqa: BLE001
    bad("build.py failed: %r" % (e,))

print("violations:", ", ".join("%s=%d" % (x, count_v[x]) for x in ORDER))
print("keys:", ", ".join("%s=%d" % kv for kv in sorted(count_key.items())))
print("languages:", ", ".join("%s=%d" % kv for kv in sorted(count_lang.items())))
print("allowed=%d violating=%d doubles=%d subtle=%d" % (n_allowed, 80 - n_allowed, doubles, subtle))
if problems:
    print("\n%d PROBLEM(S):" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
