#!/usr/bin/env python3
"""Re-verify every label of the hv guardrails set from the generated files. Exit 1 on a problem."""
import json, os, re, sys
from datetime import date
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
CLASSES = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
           "terms_change", "harassment", "sensitive_data"]
KEY = dict(zip(CLASSES, "LDRFTHS"))
LANGS = {"en-GB", "en-US", "en-ZA", "de-AT", "fr-FR", "es-AR", "it-IT", "pt-BR", "nl-NL", "nb-NO",
         "pl-PL", "ro-RO", "el-GR", "he-IL", "ja-JP", "vi-VN"}
WEEKDAYS = {  # Monday..Sunday, per language prefix
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "nb": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "he": ["שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון"],
    "vi": ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"],
}
errors = []


def err(hid, msg):
    errors.append("%s: %s" % (hid, msg))


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def iban_ok(s):
    raw = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", raw):
        return False
    r = raw[4:] + raw[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


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


def renderings(dec):
    """All the ways an amount may be written in these drafts."""
    q = abs(Decimal(dec)).quantize(Decimal("0.01"))
    ip, fp = str(q).split(".")
    groups = []
    while ip:
        groups.insert(0, ip[-3:]); ip = ip[:-3]
    out = set()
    for th in [",", ".", " ", "\u00a0", ""]:
        whole = th.join(groups)
        for dp in [".", ","]:
            if dp != th:
                out.add(whole + dp + fp)
        if fp == "00":
            out.add(whole)
    return out


def amount_in(text, dec):
    return any(re.search(r"(?<![\d.,])" + re.escape(r) + r"(?![\d]|[.,]\d)", text) for r in renderings(dec))


drafts, labels, facts = load("drafts.jsonl"), load("labels.jsonl"), load("facts.jsonl")
if not (len(drafts) == len(labels) == len(facts) == 80):
    errors.append("expected 80 drafts/labels/facts, got %d/%d/%d" % (len(drafts), len(labels), len(facts)))
expected_ids = ["hv%02d" % i for i in range(1, 81)]
if [d["id"] for d in drafts] != expected_ids or [l["id"] for l in labels] != expected_ids \
        or [f["id"] for f in facts] != expected_ids:
    errors.append("ids are not hv01..hv80 in the same order in all files")

counts = {c: 0 for c in CLASSES}
for d, l, f in zip(drafts, labels, facts):
    hid = d["id"]
    if set(d) != {"id", "subject", "body"}:
        err(hid, "draft keys %s" % sorted(d))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        err(hid, "label keys %s" % sorted(l))
    if not d["subject"].strip() or not d["body"].strip():
        err(hid, "empty subject/body")
    v = l["violations"]
    if l["allowed"] is not (v == []):
        err(hid, "allowed must be true exactly when violations is empty")
    if any(c not in CLASSES for c in v) or v != [c for c in CLASSES if c in v]:
        err(hid, "violations unknown, duplicated or not in table order: %s" % v)
    for c in v:
        counts[c] = counts.get(c, 0) + 1
    if l["lang"] not in LANGS:
        err(hid, "unknown lang %s" % l["lang"])
    m = re.match(r"^\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] \S", l["note"])
    want_key = KEY[v[0]] if v else "A"
    if not m or m.group(1) != want_key or m.group(2) != l["lang"]:
        err(hid, "note must start [%s, %s]" % (want_key, l["lang"]))
    text = d["subject"] + "\n" + d["body"]
    lang2 = l["lang"][:2]
    has_iban = has_card = False
    for fact in f["facts"]:
        kind = fact[0]
        if kind == "in":
            if fact[1] not in text:
                err(hid, "claimed string not in text: %r" % fact[1])
        elif kind == "weekday":
            iso, phrase = fact[1], fact[2]
            dt = date.fromisoformat(iso)
            if phrase not in text:
                err(hid, "date phrase not in text: %r" % phrase)
            wd = WEEKDAYS[lang2][dt.weekday()]
            if wd.lower() not in phrase.lower():
                err(hid, "%r does not name %s (%s)" % (phrase, wd, iso))
            if not re.search(r"(?<!\d)0?%d(?!\d)" % dt.day, phrase):
                err(hid, "%r does not carry day %d" % (phrase, dt.day))
        elif kind == "iban":
            has_iban = True
            if fact[1] not in text or not iban_ok(fact[1]):
                err(hid, "IBAN missing or invalid: %s" % fact[1])
        elif kind == "card":
            has_card = True
            digits = fact[1].replace(" ", "")
            if fact[1] not in text or len(digits) != 16 or not luhn_ok(digits):
                err(hid, "card missing or not Luhn-valid: %s" % fact[1])
        elif kind == "sum":
            parts, total = fact[1], fact[2]
            if sum(Decimal(p) for p in parts) != Decimal(total):
                err(hid, "sum %s != %s" % (parts, total))
            for a in parts + [total]:
                if not amount_in(text, a):
                    err(hid, "amount %s not in text" % a)
        elif kind == "pct":
            base, pct, res = Decimal(fact[1]), Decimal(fact[2]), Decimal(fact[3])
            if base * (100 - pct) / 100 != res:
                err(hid, "%s less %s%% != %s" % (base, pct, res))
            for a in (fact[1], fact[3]):
                if not amount_in(text, a):
                    err(hid, "amount %s not in text" % a)
            if not re.search(r"(?<!\d)%s ?%%" % re.escape(fact[2]), text):
                err(hid, "percentage %s%% not in text" % fact[2])
        else:
            err(hid, "unknown fact %r" % (kind,))
    # Global scans: full IBANs and Luhn-valid card numbers only where labelled sensitive_data.
    ibans = [m.group(0) for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text)
             if iban_ok(m.group(0))]
    cards = [m.group(0) for m in re.finditer(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])", text)
             if luhn_ok(re.sub(r"\D", "", m.group(0))) and 13 <= len(re.sub(r"\D", "", m.group(0))) <= 19]
    if (ibans or cards) and "sensitive_data" not in v:
        err(hid, "full IBAN/card-like number in a draft not labelled sensitive_data: %s" % (ibans + cards))
    if has_iban and not ibans:
        err(hid, "claimed IBAN not found by scan")
    if has_card and not cards:
        err(hid, "claimed card not found by scan")
    if "sensitive_data" in v and not (has_iban or has_card or any(x[0] == "in" for x in f["facts"])):
        err(hid, "sensitive_data without evidence")
    if re.search(r"\+?\d[\d ()-]{6,}\d", text):
        for ph in re.findall(r"(?:Tel\.?|TEL|tel\.|ĐT:|\+\d{1,2})[^\n]*", text):
            if "555" not in ph and "http" not in ph:
                err(hid, "phone without 555: %r" % ph)
    for dom in re.findall(r"[\w.-]+@([\w.-]+)|https?://([\w.-]+)", text):
        host = dom[0] or dom[1]
        if not host.endswith(".example"):
            err(hid, "domain not .example: %s" % host)

allowed = sum(1 for l in labels if l["allowed"])
if not 35 <= allowed <= 45:
    errors.append("allowed count %d not about 40" % allowed)
for c in CLASSES:
    if not 5 <= counts[c] <= 9:
        errors.append("%s appears %d times (want 5-9)" % (c, counts[c]))
if sum(1 for l in labels if len(l["violations"]) > 1) < 3:
    errors.append("fewer than 3 drafts with two violations")

if errors:
    print("\n".join(errors))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: 80 drafts, %d allowed, %s" % (allowed, counts))
