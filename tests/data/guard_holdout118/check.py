#!/usr/bin/env python3
"""Re-verify every label of the blind319 guard set from the generated data. Exit 1 on any problem."""
import json, os, re, sys, calendar
from collections import Counter
from datetime import date
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
LETTER = dict(zip(ORDER, "LDRFTHS"))
CORE = {"en", "es", "fr", "de", "pt", "nl", "it"}
errors = []

def err(i, msg):
    errors.append("%s: %s" % (i, msg))

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

drafts, labels = load("drafts.jsonl"), load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80:
    err("-", "expected 80/80 lines, got %d/%d" % (len(drafts), len(labels)))
expected_ids = ["hn%02d" % i for i in range(1, 81)]
if [d["id"] for d in drafts] != expected_ids:
    err("-", "draft ids are not hn01..hn80 in order")
if [l["id"] for l in labels] != [d["id"] for d in drafts]:
    err("-", "label ids not aligned with drafts")

# ---------- helpers
def iban_ok(raw):
    s = raw.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def ibans(text):
    return [m.group(0) for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", text)
            if iban_ok(m.group(0))]

def luhn(num):
    tot, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
        alt = not alt
    return tot % 10 == 0

def cards(text):
    out = []
    for m in re.finditer(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])", text):
        n = re.sub(r"\D", "", m.group(0))
        iin = (n[0] == "4" and len(n) in (13, 16, 19)) or \
              (len(n) == 16 and (51 <= int(n[:2]) <= 55 or 2221 <= int(n[:4]) <= 2720)) or \
              (len(n) == 15 and n[:2] in ("34", "37")) or (len(n) == 16 and n[:4] == "6011")
        if iin and luhn(n):
            out.append(n)
    return out

def renderings(x):
    q = "%.2f" % x
    ip, fp = q.split(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:]); ip = ip[:-3]
    groups.insert(0, ip)
    forms = {",".join(groups) + "." + fp, ".".join(groups) + "," + fp, " ".join(groups) + "," + fp,
             "".join(groups) + "," + fp, "".join(groups) + "." + fp}
    if fp == "00":
        forms |= {",".join(groups), ".".join(groups), " ".join(groups)}
    return forms

EN_MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}
EN_DAYS = {d: i for i, d in enumerate(calendar.day_name)}
DE_MONTHS = {m: i + 1 for i, m in enumerate(["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
                                             "August", "September", "Oktober", "November", "Dezember"])}
DE_DAYS = {d: i for i, d in enumerate(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"])}
FR_MONTHS = {m: i + 1 for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                             "août", "septembre", "octobre", "novembre", "décembre"])}

def valid(y, m, d, i, what):
    try:
        return date(y, m, d)
    except ValueError:
        err(i, "invalid date %s" % what)

# ---------- per item
lang_count, class_count, n_allowed, doubles = Counter(), Counter(), 0, 0
for d, l in zip(drafts, labels):
    i = d["id"]
    if set(d) != {"id", "subject", "body"}:
        err(i, "draft fields %s" % sorted(d))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        err(i, "label fields %s" % sorted(l))
    v = l["violations"]
    if l["allowed"] != (v == []):
        err(i, "allowed inconsistent with violations")
    if any(x not in ORDER for x in v) or v != sorted(set(v), key=ORDER.index):
        err(i, "violations not in contract order / unknown / duplicated: %s" % v)
    key = "+".join(LETTER[x] for x in v) if v else "A"
    m = re.match(r"\[([A-Z+]+), ([a-z]{2})\] ", l["note"])
    if not m or m.group(1) != key or m.group(2) != l["lang"]:
        err(i, "note prefix does not match [%s, %s]" % (key, l["lang"]))
    text = d["subject"] + "\n" + d["body"]
    evs = re.findall(r"«(.+?)»", l["note"])
    if not evs:
        err(i, "note has no evidence fragment")
    for ev in evs:
        if ev not in text:
            err(i, "evidence not in text: %r" % ev)
    # sums
    for expr in re.findall(r"Sum: ([^=]+= [\d.]+)\.", l["note"]):
        lhs, rhs = expr.split("=")
        toks = lhs.split()
        if len(toks) == 3 and toks[1] == "*":
            val = Decimal(toks[0]) * Decimal(toks[2]); nums = [Decimal(toks[2])]
        else:
            val = Decimal(toks[0]); nums = [Decimal(toks[0])]
            for op, num in zip(toks[1::2], toks[2::2]):
                val = val + Decimal(num) if op == "+" else val - Decimal(num); nums.append(Decimal(num))
        if val != Decimal(rhs.strip()):
            err(i, "sum does not add up: %s" % expr)
        for n in nums + [Decimal(rhs.strip())]:
            if not any(f in text for f in renderings(n)):
                # the first operand of a subtraction may be the invoice total named elsewhere
                if n != nums[0]:
                    err(i, "amount %s of sum not found in text" % n)
    # sensitive data re-check
    found_ibans, found_cards = ibans(text), cards(text)
    has_cvv = re.search(r"\b(CVV|CVC)\s*:?\s*\d{3,4}\b", text)
    has_exp = re.search(r"(geldig tot|valid until|exp\.?|expiry|expires)\s*\d{2}/\d{2}\b", text, re.I)
    has_pwd = re.search(r"password\s+\S*\d\S*", text, re.I)
    if "sensitive_data" in v:
        n = l["note"]
        ok = ((("IBAN" in n) and found_ibans) or ("card number" in n and found_cards) or
              ("expiry" in n and has_exp) or ("password" in n and has_pwd) or ("another named" in n))
        if not ok:
            err(i, "sensitive_data claimed but not re-found")
        if "CVV" in n and not has_cvv:
            err(i, "CVV claimed but not found")
    else:
        if found_ibans or found_cards or has_cvv or has_exp or has_pwd:
            err(i, "unlabelled sensitive data: %s %s" % (found_ibans, found_cards))
    # dates: weekday names must match, calendar dates must exist
    for wd, dd, mon, yy in re.findall(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) "
                                      r"(January|February|March|April|May|June|July|August|September|October|"
                                      r"November|December) (\d{4})", text):
        dt = valid(int(yy), EN_MONTHS[mon], int(dd), i, dd + " " + mon)
        if dt and dt.weekday() != EN_DAYS[wd]:
            err(i, "weekday mismatch: %s %s %s %s" % (wd, dd, mon, yy))
    for wd, dd, mon, yy in re.findall(r"(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),? (\d{1,2})\. "
                                      r"(%s) (\d{4})" % "|".join(DE_MONTHS), text):
        dt = valid(int(yy), DE_MONTHS[mon], int(dd), i, dd + ". " + mon)
        if dt and dt.weekday() != DE_DAYS[wd]:
            err(i, "weekday mismatch: %s %s. %s %s" % (wd, dd, mon, yy))
    for dd, mon, yy in re.findall(r"\b(\d{1,2}) (%s) (\d{4})" % "|".join(EN_MONTHS), text):
        valid(int(yy), EN_MONTHS[mon], int(dd), i, dd + " " + mon)
    for dd, mon, yy in re.findall(r"\b(\d{1,2})\.? (%s) (\d{4})" % "|".join(list(FR_MONTHS) + list(DE_MONTHS)), text):
        valid(int(yy), FR_MONTHS.get(mon) or DE_MONTHS.get(mon), int(dd), i, dd + " " + mon)
    for dd, mm, yy in re.findall(r"\b(\d{1,2})[./](\d{1,2})[./](20\d\d)\b", text):
        valid(int(yy), int(mm), int(dd), i, "%s/%s/%s" % (dd, mm, yy))
    if l["lang"] == "th" and "2569" in text and "2026" in text and "2569" not in re.findall(r"\d{4}", text):
        err(i, "thai year")
    # made-up contact data
    for host in re.findall(r"https?://([^/\s]+)", text):
        if not host.endswith(".example"):
            err(i, "non-example host %s" % host)
    for ph in re.findall(r"(?:Tel\.?|tel\.|Tlf\.|Tel:|ĐT:|טל'|\+\d{1,3})[\s\d()-]{6,}", text):
        if "555" not in re.sub(r"\D", "", ph):
            err(i, "phone without 555: %s" % ph)
    # subject references must reappear in the body
    for tok in re.findall(r"(?<![\w-])[A-Za-zА-Яа-яΑ-Ωα-ω]{0,4}[-/]?\d{4}(?:[-/]\d{2,6})+(?![\d])|\b[A-Z]{2,4}-\d{4,5}\b", d["subject"]):
        core = tok.strip()
        if core and core not in d["body"]:
            err(i, "subject reference %r not in body" % core)
    lang_count[l["lang"]] += 1
    class_count.update(v)
    n_allowed += l["allowed"]
    doubles += len(v) > 1

# ---------- global balance
for c in ORDER:
    if not 5 <= class_count[c] <= 9:
        err("-", "class %s has %d drafts (want 5-9)" % (c, class_count[c]))
if not 35 <= n_allowed <= 45:
    err("-", "allowed count %d" % n_allowed)
if doubles < 2:
    err("-", "too few drafts with two violations")
core = sum(n for lg, n in lang_count.items() if lg in CORE)
if not 35 <= core <= 45:
    err("-", "core-language drafts %d, want about half" % core)
for lg, n in lang_count.items():
    if lg not in CORE and n > 3:
        err("-", "language %s has %d drafts (max 3)" % (lg, n))
if len([lg for lg in lang_count if lg not in CORE]) < 18:
    err("-", "too few other languages")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK: 80 drafts, %d allowed, classes %s, %d doubles, %d languages"
      % (n_allowed, dict(class_count), doubles, len(lang_count)))
