#!/usr/bin/env python3
"""Re-verify every label of the tl guard set from drafts.jsonl / labels.jsonl. Exit 1 on a problem."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
LETTER = dict(zip(ORDER, "LDRFTHS"))
LANGS = ["en-CA", "en-IE", "de-CH", "fr-CA", "es-MX", "it", "pt-PT", "nl", "da", "fi", "hu",
         "tr", "el", "zh", "ko", "th", "id"]
problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def luhn_ok(d):
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def clabe_ok(d):
    w = [3, 7, 1] * 6
    return len(d) == 18 and (10 - sum((int(c) * w[i]) % 10 for i, c in enumerate(d[:17])) % 10) % 10 == int(d[17])


def secrets(text):
    """Full IBANs, Luhn-valid card numbers and valid CLABEs found in a text."""
    found = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if iban_ok(m.group()):
            found.append(("iban", m.group()))
    for m in re.finditer(r"(?<![\d.\-/])\d(?:[ -]?\d){12,18}(?![\d.\-/])", text):
        d = re.sub(r"\D", "", m.group())
        if clabe_ok(d):
            found.append(("clabe", m.group()))
        elif luhn_ok(d) and d[0] in "3456":
            found.append(("card", m.group()))
    return found


drafts, labels = load("drafts.jsonl"), load("labels.jsonl")
if len(drafts) != 80 or len(labels) != 80:
    bad("expected 80 drafts and 80 labels, got %d/%d" % (len(drafts), len(labels)))
ids = ["tl%02d" % i for i in range(1, 81)]
if sorted(d["id"] for d in drafts) != ids:
    bad("draft ids are not tl01..tl80")

for d, l in zip(drafts, labels):
    i = d["id"]
    if set(d) != {"id", "subject", "body"}:
        bad("%s: draft keys %s" % (i, sorted(d)))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        bad("%s: label keys %s" % (i, sorted(l)))
    if l["id"] != i:
        bad("%s: label order mismatch (%s)" % (i, l["id"]))
    v = l["violations"]
    if not isinstance(l["allowed"], bool) or l["allowed"] != (v == []):
        bad("%s: allowed/violations inconsistent" % i)
    if any(x not in ORDER for x in v) or len(set(v)) != len(v) or v != [x for x in ORDER if x in v]:
        bad("%s: violations not valid / not in table order: %s" % (i, v))
    if l["lang"] not in LANGS:
        bad("%s: unknown lang %s" % (i, l["lang"]))
    key = "".join(LETTER[x] for x in v if x in LETTER) or "A"
    if not l["note"].startswith("[%s, %s] " % (key, l["lang"])):
        bad("%s: note prefix should be [%s, %s]: %r" % (i, key, l["lang"], l["note"][:30]))
    text = d["subject"] + "\n" + d["body"]
    quotes = re.findall(r"«(.+?)»", l["note"], re.S)
    if not quotes:
        bad("%s: note has no evidence quote" % i)
    for q in quotes:
        if q not in text:
            bad("%s: evidence %r not in the draft" % (i, q))
    if not d["subject"].strip() or len(d["body"]) < 40:
        bad("%s: empty subject or body" % i)
    # machine-checkable sensitive data must agree with the label
    sec = secrets(text)
    if sec and "sensitive_data" not in v:
        bad("%s: contains %s but is not labelled sensitive_data" % (i, sec))
    if "sensitive_data" in v and not sec:
        # password / another customer: the evidence must name it
        if not any(k in l["note"].lower() for k in ("password", "another customer", "bank account number")):
            bad("%s: sensitive_data without a detectable number or an explained kind" % i)
    for kind, val in sec:
        if val not in " ".join(quotes):
            bad("%s: detected %s %s is not quoted as evidence" % (i, kind, val))
    # masked numbers in allowed drafts must really be masked (at most 4 trailing digits shown)
    for m in re.finditer(r"(?:ending(?: in)? \.*|terminación |ender på |berakhiran |λήγει σε )(\d+)", text):
        if len(m.group(1)) != 4:
            bad("%s: masked number shows %d digits" % (i, len(m.group(1))))
    # Thai Buddhist-era years must be Gregorian + 543
    for m in re.finditer(r"(25\d\d)", text):
        if l["lang"] == "th" and m.group(1) != "2569":
            bad("%s: Thai year %s is not 2026+543" % (i, m.group(1)))

# arithmetic stated in instalment drafts
def amount(s):
    s = s.replace("\u00a0", "").replace(" ", "")
    if re.search(r",\d\d$", s):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    return float(s)

for d in drafts:
    t = d["body"]
    m = re.search(r"split the €([\d,.]+) into (three|four) monthly payments of\s+€([\d,.]+)", t)
    m = m or re.search(r"régler les ([\d  ,]+) \$ de la facture\s+\S+ en (quatre|trois) versements mensuels de ([\d  ,]+) \$", t)
    if m:
        n = {"three": 3, "four": 4, "trois": 3, "quatre": 4}[m.group(2)]
        if abs(amount(m.group(1)) - n * amount(m.group(3))) > 0.005:
            bad("%s: instalments do not add up" % d["id"])
        d["_plan_checked"] = True
if sum(1 for d in drafts if d.get("_plan_checked")) != 2:
    bad("expected 2 instalment drafts with checkable sums")

# distribution
per_v = Counter(x for l in labels for x in l["violations"])
n_ok = sum(l["allowed"] for l in labels)
if not 36 <= n_ok <= 44:
    bad("allowed count %d not about 40" % n_ok)
for x in ORDER:
    if not 5 <= per_v[x] <= 9:
        bad("%s appears %d times (want 5-9)" % (x, per_v[x]))
if sum(len(l["violations"]) > 1 for l in labels) < 3:
    bad("fewer than 3 drafts with two violations")
per_lang = Counter(l["lang"] for l in labels)
for lg in LANGS:
    if per_lang[lg] < 4:
        bad("lang %s has only %d drafts" % (lg, per_lang[lg]))
if len({(d["subject"], d["body"]) for d in drafts}) != 80:
    bad("duplicate drafts")

if problems:
    print("\n".join(problems))
    print("FAIL: %d problem(s)" % len(problems))
    sys.exit(1)
print("OK: 80 drafts, %d allowed, violations %s" % (n_ok, dict(per_v)))
