#!/usr/bin/env python3
"""Verify blind guardrail set 349. Standard library only; exits 1 on any problem.

Checks structure, ids, label consistency, note format, counts (mix, violations,
KEYs, languages), that every trigger phrase recorded in a note occurs in its
draft, and that every labelled number is what the note says it is (Luhn for
cards and Luhn-based references, ISO 13616 mod-97 for IBANs, masked numbers
really masked, check digits for company ids). It also scans all drafts for
unlabelled Luhn-valid card-length numbers and valid IBANs.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "jt"
N = 80
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
        "sensitive_data": "SD"}
LANGS = {"en-US", "en-GB", "en-IE", "en-AU", "en-IN", "fr", "es", "de", "it",
         "pt-PT", "pt-BR", "nl", "sv", "nb", "ja", "he"}
WANT_LANG = {"en": 30, "fr": 8, "es": 7, "de": 6, "it": 6, "pt": 5, "nl": 4,
             "sv": 4, "nb": 3, "ja": 4, "he": 3}
SENSITIVE_KINDS = {"card", "iban", "account", "cvv", "expiry", "password", "other_customer"}
ID_KINDS = {"siret", "cnpj", "nif_pt", "cif", "gstin", "jcn", "hp_il", "ocr", "kid"}
IBAN_LEN = {"AD": 24, "AT": 20, "BE": 16, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
            "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28,
            "IE": 22, "IL": 23, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
            "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24,
            "SI": 19, "SK": 24, "SM": 27}
MASK_MARKERS = ["ending", "•", "*", "末尾", "se terminant", "eindigend", "המסתיים",
                "terminada", "endend", "xxxx", "XXXX"]

problems = []


def bad(msg):
    problems.append(msg)


# ------------------------------------------------------------ validators
def digits(s):
    return re.sub(r"\D", "", s)


def luhn_ok(ds):
    total = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(s):
    c = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    if IBAN_LEN.get(c[:2]) != len(c):
        return False
    return int("".join(str(int(ch, 36)) for ch in c[4:] + c[:4])) % 97 == 1


def jcn_ok(s):
    d = digits(s)
    if len(d) != 13:
        return False
    base = d[1:]
    t = sum(int(x) * (1 if i % 2 == 0 else 2) for i, x in enumerate(reversed(base)))
    return int(d[0]) == 9 - t % 9


def cnpj_ok(s):
    d = digits(s)
    if len(d) != 14:
        return False

    def dv(nums, w):
        r = sum(int(a) * b for a, b in zip(nums, w)) % 11
        return "0" if r < 2 else str(11 - r)
    return (dv(d[:12], [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) == d[12]
            and dv(d[:13], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) == d[13])


def nif_pt_ok(s):
    d = digits(s)
    if len(d) != 9:
        return False
    r = sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) % 11
    return int(d[8]) == (0 if r < 2 else 11 - r)


def cif_ok(s):
    m = re.fullmatch(r"([ABCDEFGHJNPQRSUVW])(\d{7})(\d)", s)
    if not m:
        return False
    b = m.group(2)
    even = sum(int(b[i]) for i in (1, 3, 5))
    odd = sum((int(b[i]) * 2) // 10 + (int(b[i]) * 2) % 10 for i in (0, 2, 4, 6))
    return int(m.group(3)) == (10 - (even + odd) % 10) % 10


def gstin_ok(s):
    chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if not re.fullmatch(r"\d{2}[A-Z]{5}\d{4}[A-Z][0-9A-Z]Z[0-9A-Z]", s):
        return False
    t = 0
    for i, c in enumerate(s[:14]):
        p = chars.index(c) * (1 if i % 2 == 0 else 2)
        t += p // 36 + p % 36
    return s[14] == chars[(36 - t % 36) % 36]


def hp_il_ok(s):
    d = digits(s)
    if len(d) != 9:
        return False
    t = 0
    for i, ch in enumerate(d):
        x = int(ch) * (1 if i % 2 == 0 else 2)
        t += x // 10 + x % 10
    return t % 10 == 0


def check_number(did, kind, text, draft_sd):
    d = digits(text)
    if kind == "card":
        if not (13 <= len(d) <= 19 and luhn_ok(d) and not any(m in text for m in "•*xX")):
            bad(f"{did}: card {text!r} is not a full Luhn-valid card number")
    elif kind == "iban":
        if not iban_ok(text):
            bad(f"{did}: iban {text!r} fails length or mod-97")
    elif kind == "account":
        if not (re.fullmatch(r"[\d -]+", text) and 6 <= len(d) <= 12):
            bad(f"{did}: account {text!r} is not a full account number")
    elif kind == "cvv":
        if not re.fullmatch(r"\d{3,4}", text):
            bad(f"{did}: cvv {text!r} is not 3-4 digits")
    elif kind == "expiry":
        m = re.fullmatch(r"(\d{2})/(\d{2})", text)
        if not (m and 1 <= int(m.group(1)) <= 12):
            bad(f"{did}: expiry {text!r} is not MM/YY")
    elif kind == "password":
        if not (text and " " not in text and len(text) >= 6):
            bad(f"{did}: password {text!r} does not look like a password")
    elif kind == "other_customer":
        if not text.strip():
            bad(f"{did}: empty other_customer")
    elif kind == "masked":
        nd = len(d)
        if nd > 4 or nd == 0:
            bad(f"{did}: masked {text!r} shows {nd} digits (want 1-4)")
        if not any(m in text for m in MASK_MARKERS):
            bad(f"{did}: masked {text!r} has no masking marker")
    elif kind == "siret":
        if not (len(d) == 14 and luhn_ok(d) and luhn_ok(d[:9])):
            bad(f"{did}: siret {text!r} fails Luhn")
    elif kind == "cnpj":
        if not cnpj_ok(text):
            bad(f"{did}: cnpj {text!r} bad check digits")
    elif kind == "nif_pt":
        if not nif_pt_ok(text):
            bad(f"{did}: nif_pt {text!r} bad check digit")
    elif kind == "cif":
        if not cif_ok(text):
            bad(f"{did}: cif {text!r} bad control digit")
    elif kind == "gstin":
        if not gstin_ok(text):
            bad(f"{did}: gstin {text!r} bad checksum")
    elif kind == "jcn":
        if not jcn_ok(text):
            bad(f"{did}: jcn {text!r} bad check digit")
    elif kind == "hp_il":
        if not hp_il_ok(text):
            bad(f"{did}: hp_il {text!r} bad check digit")
    elif kind in ("ocr", "kid"):
        if not (re.fullmatch(r"\d+", text) and luhn_ok(text) and len(text) < 13):
            bad(f"{did}: {kind} {text!r} not a Luhn-valid reference under 13 digits")
    else:
        bad(f"{did}: unknown number kind {kind!r}")
    if kind in SENSITIVE_KINDS and not draft_sd:
        bad(f"{did}: sensitive number kind {kind} in a draft not labelled sensitive_data")


# ------------------------------------------------------------ load
def load(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad(f"{name}:{n}: bad JSON: {e}")
    return rows


drafts = load("drafts.jsonl")
labels = load("labels.jsonl")
if len(drafts) != N or len(labels) != N:
    bad(f"want {N} drafts and labels, got {len(drafts)} and {len(labels)}")

NOTE_RE = re.compile(r"^\[(OK|(?:LT|DO|RC|FA|TC|HA|SD)(?:\+(?:LT|DO|RC|FA|TC|HA|SD))*), ([A-Za-z-]+)\] (Subtle\. )?(.+)$", re.S)
PAIR_RE = re.compile(r'([a-z_]+|LT|DO|RC|FA|TC|HA|SD) "([^"]+)"')

viol_count = Counter()
key_count = Counter()
lang_count = Counter()
variant_count = Counter()
subtle = doubles = allowed_n = 0
seen_texts = set()
claimed_cards, claimed_ibans, whitelisted_luhn = {}, {}, {}

for i, (d, l) in enumerate(zip(drafts, labels), 1):
    want_id = f"{PREFIX}{i:02d}"
    did = d.get("id")
    if set(d) != {"id", "subject", "body"}:
        bad(f"line {i}: draft keys {sorted(d)}")
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        bad(f"line {i}: label keys {sorted(l)}")
    if did != want_id or l.get("id") != want_id:
        bad(f"line {i}: ids {did!r}/{l.get('id')!r}, want {want_id}")
    subj, body = d.get("subject"), d.get("body")
    if not (isinstance(subj, str) and subj.strip() and isinstance(body, str) and body.strip()):
        bad(f"{did}: empty subject or body")
        continue
    text = subj + "\n" + body
    if text in seen_texts:
        bad(f"{did}: duplicate draft")
    seen_texts.add(text)

    viols = l.get("violations")
    if not isinstance(viols, list) or any(v not in ORDER for v in viols):
        bad(f"{did}: bad violations {viols!r}")
        continue
    if len(set(viols)) != len(viols) or viols != sorted(viols, key=ORDER.index):
        bad(f"{did}: violations duplicated or not in table order: {viols}")
    if l.get("allowed") is not (viols == []):
        bad(f"{did}: allowed={l.get('allowed')!r} but violations={viols}")
    if len(viols) > 2:
        bad(f"{did}: more than two violations")
    lang = l.get("lang")
    if lang not in LANGS:
        bad(f"{did}: unknown lang {lang!r}")
        continue

    key = "+".join(ABBR[v] for v in viols) or "OK"
    note = l.get("note", "")
    m = NOTE_RE.match(note)
    if not m:
        bad(f"{did}: note does not start with [KEY, lang]: {note[:40]!r}")
        continue
    if m.group(1) != key or m.group(2) != lang:
        bad(f"{did}: note prefix [{m.group(1)}, {m.group(2)}] but label is [{key}, {lang}]")
    if m.group(3):
        if not viols:
            bad(f"{did}: Subtle on an allowed draft")
        subtle += 1
    rest = m.group(4)
    if rest.count("Triggers:") > 1 or rest.count("Numbers:") > 1:
        bad(f"{did}: more than one Triggers:/Numbers: section")
    trig_part = num_part = ""
    if "Triggers:" in rest:
        trig_part = rest.split("Triggers:", 1)[1].split("Numbers:", 1)[0]
    if "Numbers:" in rest:
        num_part = rest.split("Numbers:", 1)[1]
    why = rest.split("Triggers:")[0].split("Numbers:")[0].strip()
    if len(why) < 20:
        bad(f"{did}: note gives no real reason")

    # triggers
    trig = PAIR_RE.findall(trig_part)
    if viols:
        got = [a for a, _ in trig]
        if got != [ABBR[v] for v in viols]:
            bad(f"{did}: triggers {got} do not match violations {key}")
        for a, phrase in trig:
            if phrase not in text:
                bad(f"{did}: trigger {a} {phrase!r} not found in the draft")
    elif trig_part:
        bad(f"{did}: allowed draft has triggers")

    # numbers
    nums = PAIR_RE.findall(num_part)
    sd = "sensitive_data" in viols
    for kind, t in nums:
        if t not in text:
            bad(f"{did}: number {kind} {t!r} not found in the draft")
        check_number(did, kind, t, sd)
        if kind == "card":
            claimed_cards.setdefault(did, set()).add(digits(t))
        if kind == "iban":
            claimed_ibans.setdefault(did, set()).add(t.replace(" ", ""))
        if kind in ("siret", "jcn"):
            whitelisted_luhn.setdefault(did, set()).add(digits(t))
    if sd and not any(k in SENSITIVE_KINDS for k, _ in nums):
        bad(f"{did}: sensitive_data without a sensitive Numbers: claim")

    # global scans: unlabelled card numbers and IBANs
    scan = text
    for kind, t in nums:
        if kind == "iban":  # digits inside a labelled IBAN are not a separate card
            scan = scan.replace(t, " ")
    for mm in re.finditer(r"(?<!\d)\d(?:[ -]?\d){12,18}(?![ -]?\d)", scan):
        ds = digits(mm.group(0))
        if luhn_ok(ds) and ds not in claimed_cards.get(did, set()) \
                and ds not in whitelisted_luhn.get(did, set()):
            bad(f"{did}: unlabelled Luhn-valid number {mm.group(0)!r}")
    for mm in re.finditer(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){8,30}", text):
        c = mm.group(0).replace(" ", "")
        L = IBAN_LEN.get(c[:2])
        if L and len(c) >= L and iban_ok(c[:L]) and c[:L] not in claimed_ibans.get(did, set()):
            bad(f"{did}: unlabelled valid IBAN {c[:L]}")

    viol_count.update(viols)
    key_count[key] += 1
    lang_count[lang.split("-")[0]] += 1
    variant_count[lang] += 1
    doubles += len(viols) == 2
    allowed_n += not viols

# ------------------------------------------------------------ counts
if allowed_n != 40:
    bad(f"allowed drafts: {allowed_n}, want 40")
for v in ORDER:
    if not 6 <= viol_count[v] <= 8:
        bad(f"{v}: {viol_count[v]} drafts, want 6-8")
if not 6 <= doubles <= 8:
    bad(f"two-violation drafts: {doubles}, want 6-8")
if not 16 <= subtle <= 24:
    bad(f"subtle drafts: {subtle}, want about half of 40")
if dict(lang_count) != WANT_LANG:
    bad(f"languages {dict(lang_count)} != {WANT_LANG}")
for v in ("en-US", "en-GB", "en-IE", "en-AU", "en-IN"):
    if not variant_count[v]:
        bad(f"no {v} draft")

# README agrees with the data
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
for v in ORDER:
    if f"| `{v}` ({ABBR[v]}) | {viol_count[v]} |" not in readme:
        bad(f"README count for {v} is stale")
for k, n in key_count.items():
    if f"| {k} | {n} |" not in readme:
        bad(f"README count for KEY {k} is stale")

print(f"drafts {len(drafts)}, allowed {allowed_n}, violating {N - allowed_n}, "
      f"two violations {doubles}, subtle {subtle}")
print("violations: " + ", ".join(f"{ABBR[v]} {viol_count[v]}" for v in ORDER))
print("keys: " + ", ".join(f"{k} {n}" for k, n in sorted(key_count.items())))
print("languages: " + ", ".join(f"{k} {n}" for k, n in lang_count.items()))
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print("  - " + p)
    sys.exit(1)
print("OK")
