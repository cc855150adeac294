#!/usr/bin/env python3
"""Check the blind guard set 400. Standard library only; exits 1 on any problem.

Verifies: structure and order of drafts/labels/evidence, label conventions (allowed vs
violations, table order, note prefix [KEY, lang], Subtle marks), the counts the brief asks
for, language/script of every draft, every recorded trigger and near-miss phrase, and
every sensitive number (Luhn for cards, mod-97 for IBANs, masked numbers really masked),
plus a scan of all drafts for unrecorded card-like, IBAN-like or long digit strings.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = dict(zip(VIOLATIONS, ["LT", "DO", "RC", "FA", "TC", "HA", "SD"]))
LANGS = ["ja", "ko", "zh-Hans", "zh-Hant", "vi", "th", "id", "ms", "hi", "tl",
         "en-SG", "en-PH", "en-IN"]
SD_KINDS = {"card", "iban", "account", "cvv", "expiry", "password", "other_customer"}
SAFE_KINDS = {"masked_card", "masked_account", "reference"}

problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad(f"{name}:{i}: not JSON ({e})")
    return rows


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(text):
    s = re.sub(r"\s", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def digits(s):
    return re.sub(r"\D", "", s)


# ---- script / language heuristics ----
SIMP = set("们请发这为说账务员结确认过对时财贵费单谢联络经电话银号问题额证书币实现无议协订签团队与处门纳间")
TRAD = set("們請發這為說帳賬務員結確認過對時財貴費單謝聯絡經電話銀號問題額證書幣實現無議協訂簽團隊與處門納間")
SIMP -= TRAD  # keep only characters that differ
TRAD -= set("们请发这为说账务员结确认过对时财贵费单谢联络经电话银号问题额证书币实现无议协订签团队与处门纳间")
VI_MARKS = set("ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơưĐ")


def has(text, lo, hi):
    return any(lo <= ord(c) <= hi for c in text)


def lang_ok(lang, text):
    kana = has(text, 0x3040, 0x30FF)
    hangul = has(text, 0xAC00, 0xD7AF)
    cjk = has(text, 0x4E00, 0x9FFF)
    thai = has(text, 0x0E00, 0x0E7F)
    deva = has(text, 0x0900, 0x097F)
    low = text.lower()
    if lang == "ja":
        return kana
    if lang == "ko":
        return hangul and not kana
    if lang in ("zh-Hans", "zh-Hant"):
        if not cjk or kana or hangul:
            return False
        s = sum(c in SIMP for c in text)
        t = sum(c in TRAD for c in text)
        return (s > 0 and t == 0) if lang == "zh-Hans" else (t > 0 and s == 0)
    if lang == "th":
        return thai
    if lang == "hi":
        return deva
    if cjk or kana or hangul or thai or deva:
        return False
    if lang == "vi":
        return sum(c in VI_MARKS for c in text) >= 10
    if lang == "id":
        return bool(re.search(r"\b(yth|faktur|mohon|kami)\b", low)) and "invois" not in low
    if lang == "ms":
        return bool(re.search(r"\b(invois|sila|kepada)\b", low)) and "faktur" not in low
    if lang == "tl":
        return bool(re.search(r"\b(po|namin|ninyo|salamat)\b", low))
    if lang.startswith("en-"):
        return bool(re.search(r"\b(the|and|you)\b", low)) and not any(c in VI_MARKS for c in text)
    return False


def main():
    drafts, labels, evidence = load("drafts.jsonl"), load("labels.jsonl"), load("evidence.jsonl")
    for name, rows in (("drafts", drafts), ("labels", labels), ("evidence", evidence)):
        if len(rows) != 80:
            bad(f"{name}: {len(rows)} lines, expected 80")
    expected_ids = [f"jb{i:02d}" for i in range(1, 81)]
    for name, rows, keys in (("drafts", drafts, {"id", "subject", "body"}),
                             ("labels", labels, {"id", "allowed", "violations", "note", "lang"}),
                             ("evidence", evidence, {"id", "triggers", "near_miss", "numbers"})):
        ids = [r.get("id") for r in rows]
        if ids != expected_ids[:len(ids)]:
            bad(f"{name}: ids not jb01..jb80 in order")
        for r in rows:
            if set(r) != keys:
                bad(f"{name} {r.get('id')}: keys {sorted(r)} != {sorted(keys)}")

    per_v, per_key, per_lang = Counter(), Counter(), Counter()
    doubles = subtle = allowed_n = 0
    all_triggers = []
    for d, l, e in zip(drafts, labels, evidence):
        did = d["id"]
        text = d["subject"] + "\n" + d["body"]
        if not (isinstance(d["subject"], str) and d["subject"].strip()
                and isinstance(d["body"], str) and d["body"].strip()):
            bad(f"{did}: empty subject or body")
        v = l["violations"]
        if not isinstance(v, list) or any(x not in VIOLATIONS for x in v):
            bad(f"{did}: unknown violation in {v}")
            continue
        if len(set(v)) != len(v):
            bad(f"{did}: duplicate violations")
        if v != [x for x in VIOLATIONS if x in v]:
            bad(f"{did}: violations not in table order")
        if l["allowed"] is not (v == []):
            bad(f"{did}: allowed={l['allowed']} but violations={v}")
        key = "+".join(ABBR[x] for x in v) if v else "OK"
        lang = l["lang"]
        if lang not in LANGS:
            bad(f"{did}: unknown lang {lang}")
        m = re.match(r"\[([A-Z+]+), ([A-Za-z-]+)\] (Subtle\. )?\S", l["note"])
        if not m:
            bad(f"{did}: note does not start '[KEY, lang] '")
        else:
            if m.group(1) != key:
                bad(f"{did}: note KEY {m.group(1)} != {key}")
            if m.group(2) != lang:
                bad(f"{did}: note lang {m.group(2)} != {lang}")
            if m.group(3):
                if not v:
                    bad(f"{did}: allowed draft marked Subtle")
                subtle += 1
        if not lang_ok(lang, text):
            bad(f"{did}: text does not look like {lang}")
        per_lang[lang] += 1
        per_key[key] += 1
        per_v.update(v)
        doubles += len(v) == 2
        allowed_n += not v
        if len(v) > 2:
            bad(f"{did}: more than two violations")

        # triggers and near-misses
        trig = e["triggers"]
        if set(trig) != set(v):
            bad(f"{did}: trigger keys {sorted(trig)} != violations {v}")
        for viol, phrase in trig.items():
            if not phrase or phrase not in text:
                bad(f"{did}: trigger for {viol} not found: {phrase!r}")
            all_triggers.append((did, phrase))
        if not v:
            if not e["near_miss"] or e["near_miss"] not in text:
                bad(f"{did}: near-miss phrase missing or not found: {e['near_miss']!r}")

        # recorded numbers
        kinds = set()
        for num in e["numbers"]:
            k, t = num.get("kind"), num.get("text", "")
            kinds.add(k)
            if k not in SD_KINDS | SAFE_KINDS:
                bad(f"{did}: unknown number kind {k}")
                continue
            if not t or t not in text:
                bad(f"{did}: {k} {t!r} not in draft")
                continue
            dg = digits(t)
            if k == "card" and not (13 <= len(dg) <= 19 and luhn_ok(dg)):
                bad(f"{did}: card {t} fails Luhn/length")
            if k == "iban" and not iban_ok(t):
                bad(f"{did}: IBAN {t} fails mod-97")
            if k == "account" and (len(dg) < 9 or re.search(r"[*xX•]", t)):
                bad(f"{did}: account {t} is not a full account number")
            if k == "cvv" and not re.fullmatch(r"(CVV|CVC|CVV2)\s*\d{3,4}", t):
                bad(f"{did}: cvv {t!r} malformed")
            if k == "expiry" and not (re.fullmatch(r"(0[1-9]|1[0-2])/\d{2}", t)):
                bad(f"{did}: expiry {t!r} malformed")
            if k == "password" and len(t) < 6:
                bad(f"{did}: password too short to be real")
            if k == "other_customer" and not re.search(r"\d", t):
                bad(f"{did}: other-customer disclosure names no balance")
            if k in ("masked_card", "masked_account"):
                if len(dg) > 4 or len(dg) == 0:
                    bad(f"{did}: masked number {t!r} shows {len(dg)} digits")
                i = text.index(t)
                around = text[max(0, i - 12):i] + text[i + len(t):i + len(t) + 12]
                if re.search(r"\d{3,}", around.replace(" ", "")):
                    pass  # adjacent amounts/dates are fine; the check below is stricter
                if text[i + len(t):i + len(t) + 1].isdigit():
                    bad(f"{did}: masked number {t!r} continues with more digits")
            if k == "reference" and 13 <= len(dg) <= 19 and luhn_ok(dg):
                bad(f"{did}: reference {t} is Luhn-valid and would read as a card number")
            if k in SD_KINDS and "sensitive_data" not in v:
                bad(f"{did}: {k} recorded but draft not labelled sensitive_data")
        if "sensitive_data" in v and not (kinds & SD_KINDS):
            bad(f"{did}: sensitive_data without a recorded sensitive item")

        # scan for unrecorded sensitive-looking numbers
        recorded = [digits(n["text"]) for n in e["numbers"]]
        for mm in re.finditer(r"(?<![\d\w])\d(?:[ -]?\d){12,18}(?!\d)", text):
            dg = digits(mm.group())
            if luhn_ok(dg) and not any(dg in r or r in dg for r in recorded if r):
                bad(f"{did}: unrecorded Luhn-valid number {mm.group()!r}")
        for mm in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
            if iban_ok(mm.group()) and mm.group() not in [n["text"] for n in e["numbers"]
                                                           if n["kind"] == "iban"]:
                bad(f"{did}: unrecorded valid IBAN {mm.group()!r}")
        for mm in re.finditer(r"\d{9,}", text):
            if not any(mm.group() in r for r in recorded):
                bad(f"{did}: unrecorded long digit run {mm.group()}")

    # trigger phrases of violations must not occur in allowed drafts
    for d, l in zip(drafts, labels):
        if l["allowed"]:
            text = d["subject"] + "\n" + d["body"]
            for src, phrase in all_triggers:
                if phrase in text:
                    bad(f"{d['id']}: allowed draft contains trigger of {src}: {phrase!r}")

    # counts from the brief
    if allowed_n != 40:
        bad(f"{allowed_n} allowed drafts, expected 40")
    for x in VIOLATIONS:
        if not 6 <= per_v[x] <= 8:
            bad(f"{x}: {per_v[x]} drafts, expected 6-8")
    if not 6 <= doubles <= 8:
        bad(f"{doubles} drafts with two violations, expected 6-8")
    if not 16 <= subtle <= 24:
        bad(f"{subtle} subtle drafts of 40 violating, expected about half")
    for lg in LANGS:
        if per_lang[lg] < 5:
            bad(f"language {lg}: {per_lang[lg]} drafts")

    print("violations:", dict(per_v))
    print("keys:", dict(sorted(per_key.items())))
    print("langs:", dict(per_lang))
    print(f"allowed={allowed_n} doubles={doubles} subtle={subtle}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print(" -", p)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
