#!/usr/bin/env python3
"""Re-verify every label of the fw guardrails set from the generated files. Exit 1 on any problem."""
import json, os, re, sys, collections
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
LETTER = dict(zip(ORDER, "LDRFTHS"))
LANGS = ["en-SG", "en-US", "de", "fr", "es-MX", "pt-PT", "it", "sv", "tr", "el", "zh-CN", "ko"]
errors = []

def err(i, msg):
    errors.append("%s: %s" % (i, msg))

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

drafts, labels = load("drafts.jsonl"), load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80:
    err("-", "expected 80 drafts and 80 labels, got %d/%d" % (len(drafts), len(labels)))

def parse_amount(s):
    s = s.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "")
    neg = s.startswith("-")
    s = re.sub(r"[^\d.,]", "", s)
    m = re.match(r"^(.*)[.,](\d{2})$", s)
    if m:
        whole, cents = re.sub(r"[.,]", "", m.group(1)), m.group(2)
    else:
        whole, cents = re.sub(r"[.,]", "", s), "00"
    v = int(whole or "0") * 100 + int(cents)
    return -v if neg else v

def luhn(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        t += n
    return t % 10 == 0

def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

def renderings(d):
    return {d.isoformat(), d.strftime("%d.%m.%Y"), "%d.%02d.%d" % (d.day, d.month, d.year),
            d.strftime("%d/%m/%Y"), d.strftime("%m/%d/%Y"), "%d %s %d" % (d.day, EN_MON[d.month - 1][:3], d.year),
            "%02d %s %d" % (d.day, EN_MON[d.month - 1][:3], d.year), "%d %s %d" % (d.day, EN_MON[d.month - 1], d.year),
            "%s %d, %d" % (EN_MON[d.month - 1], d.day, d.year), "%d年%d月%d日" % (d.year, d.month, d.day),
            "%d년 %d월 %d일" % (d.year, d.month, d.day)}

CARD_RE = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
URL_RE = re.compile(r"https?://([^/\s]+)")
MAIL_RE = re.compile(r"[\w.+-]+@([\w.-]+\w)")
PHONE_RE = re.compile(r"(?:Tel\.?|电话：|\+)\s*[+\d][\d ()\-]{7,}\d|\(\d{3}\) \d{3}-\d{4}")

cls = collections.Counter()
per_lang = collections.Counter()
allowed_n = doubles = 0
for n, (d, l) in enumerate(zip(drafts, labels), 1):
    i = "fw%02d" % n
    if d.get("id") != i or l.get("id") != i:
        err(i, "id/order mismatch: %r %r" % (d.get("id"), l.get("id")))
    if set(d) != {"id", "subject", "body"}:
        err(i, "draft keys %s" % sorted(d))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        err(i, "label keys %s" % sorted(l))
    if not d["subject"].strip() or len(d["body"]) < 80:
        err(i, "empty subject or very short body")
    v = l["violations"]
    if not isinstance(v, list) or any(x not in ORDER for x in v) or len(set(v)) != len(v):
        err(i, "bad violations %r" % v)
        continue
    if v != [x for x in ORDER if x in v]:
        err(i, "violations not in table order")
    if l["allowed"] is not (len(v) == 0):
        err(i, "allowed inconsistent with violations")
    if l["lang"] not in LANGS:
        err(i, "lang %r" % l["lang"])
    key = "".join(LETTER[x] for x in v) or "A"
    if not l["note"].startswith("[%s, %s] " % (key, l["lang"])):
        err(i, "note prefix %r, expected [%s, %s]" % (l["note"][:20], key, l["lang"]))
    cls.update(v)
    per_lang[l["lang"]] += 1
    allowed_n += not v
    doubles += len(v) > 1
    text = d["subject"] + "\n" + d["body"]
    ev = re.findall(r"⟦(.+?)⟧", l["note"])
    for e in ev:
        if e not in text:
            err(i, "evidence not in text: %r" % e)
    if v and not ev:
        err(i, "violating draft without quoted evidence")
    # sums
    for sm in re.findall(r"\[sum: ([^\]]+)\]", l["note"]):
        lhs, rhs = sm.split("=")
        terms = re.findall(r"([+-]?)\s*([\d][\d.,\u00a0 ]*\d)", lhs)
        tot = 0
        for sign, t in terms:
            t = t.strip()
            if t not in text:
                err(i, "sum term %r not in text" % t)
            tot += -parse_amount(t) if sign == "-" else parse_amount(t)
        r = rhs.strip()
        if r not in text:
            err(i, "sum total %r not in text" % r)
        if tot != parse_amount(r):
            err(i, "sum does not add up: %s != %s" % (tot, parse_amount(r)))
    # days
    for a, b, k in re.findall(r"\[days: (\d{4}-\d\d-\d\d)\.\.(\d{4}-\d\d-\d\d) = (\d+)\]", l["note"]):
        da, db = date.fromisoformat(a), date.fromisoformat(b)
        if (db - da).days != int(k):
            err(i, "days wrong: %s..%s is %d not %s" % (a, b, (db - da).days, k))
        if not re.search(r"(?<!\d)%s(?!\d)" % k, text):
            err(i, "day count %s not in text" % k)
        for dd in (da, db):
            if not any(r in text for r in renderings(dd)):
                err(i, "date %s not found in text" % dd)
    # payment data
    for m in CARD_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn(digits) and "sensitive_data" not in v and not digits.startswith("26"):
            err(i, "Luhn-valid card-like number %r in a draft not labelled sensitive_data" % m.group(0))
    for m in IBAN_RE.finditer(text):
        s = m.group(0)
        if len(s.replace(" ", "")) >= 15 and iban_ok(s) and "sensitive_data" not in v:
            err(i, "valid IBAN %r in a draft not labelled sensitive_data" % s)
    if "sensitive_data" in v and "IBAN" in l["note"]:
        ib = [e for e in ev if IBAN_RE.search(e)]
        if not ib or not all(iban_ok(IBAN_RE.search(e).group(0)) for e in ib):
            err(i, "IBAN evidence missing or invalid")
    if "sensitive_data" in v and "card" in l["note"].lower():
        cards = [re.sub(r"\D", "", m.group(0)) for m in CARD_RE.finditer(text)]
        if not any(luhn(c) for c in cards):
            err(i, "card evidence not Luhn-valid")
    # made-up contact data
    for host in URL_RE.findall(text) + MAIL_RE.findall(text):
        if not host.endswith(".example"):
            err(i, "non-example domain %r" % host)
    for ph in PHONE_RE.findall(text):
        if "555" not in re.sub(r"\D", "", ph):
            err(i, "phone without 555: %r" % ph)
    # subject ids and amounts must recur in the body
    # (invoice ids may appear only in the subject, as in quick edits; not checked)
    for amt in re.findall(r"\d[\d.,]*[.,]\d\d\b", d["subject"]):
        if amt not in d["body"]:
            err(i, "subject amount %r not in body" % amt)

if not 35 <= allowed_n <= 45:
    err("-", "allowed count %d not about 40" % allowed_n)
for x in ORDER:
    if not 5 <= cls[x] <= 9:
        err("-", "%s has %d drafts, want 5-9" % (x, cls[x]))
if doubles < 2:
    err("-", "fewer than 2 drafts with two violations")
for g in LANGS:
    if per_lang[g] < 5:
        err("-", "lang %s has only %d drafts" % (g, per_lang[g]))
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
for x in ORDER:
    if "| `%s` | %d |" % (x, cls[x]) not in readme:
        err("README", "count for %s not %d" % (x, cls[x]))
if "%d allowed, %d violating" % (allowed_n, 80 - allowed_n) not in readme:
    err("README", "allowed/violating totals wrong")

if errors:
    print("\n".join(errors))
    print("FAIL: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: 80 drafts, %d allowed, %d violating, %d doubles; %s" % (allowed_n, 80 - allowed_n, doubles, dict(cls)))
