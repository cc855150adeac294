#!/usr/bin/env python3
"""Re-verify the blind198 guard set from the generated files. Exit 1 on any problem."""
import json, os, re, sys
from collections import Counter
from datetime import date
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "LEG", "discount_offer": "DIS", "refund_or_credit_promise": "REF",
        "fault_admission": "FLT", "terms_change": "TRM", "harassment": "HAR", "sensitive_data": "SEN"}
LANGS = ["en", "de-CH", "fr-CA", "es-MX", "pt-BR", "pl", "ro", "el"]
PROBLEMS = []

def bad(iid, msg):
    PROBLEMS.append("%s: %s" % (iid, msg))

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0

def clabe_ok(d):
    if not re.fullmatch(r"\d{18}", d):
        return False
    w = [3, 7, 1] * 6
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(d[:17]))
    return (10 - s % 10) % 10 == int(d[17])

def detect_sensitive(text):
    """Full IBANs, Luhn-valid 13-19 digit card numbers, valid CLABEs present in text."""
    found = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if iban_ok(m.group(0)):
            found.append(("iban", m.group(0)))
    for m in re.finditer(r"(?<![\d/.-])\d(?:[ -]?\d){12,18}(?![\d/])", text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d) and len(set(d)) > 1:
            found.append(("card", m.group(0)))
        if clabe_ok(d):
            found.append(("clabe", m.group(0)))
    return found

def parse_amount(s, fmt):
    num = re.sub(r"[^\d.,' \u00a0]", "", s).strip()
    num = num.replace("\u00a0", " ")
    if fmt in ("en",):
        num = num.replace(",", "").replace(" ", "")
    elif fmt == "ch":
        num = num.replace("'", "").replace(" ", "")
    elif fmt in ("fr", "pl"):
        num = num.replace(" ", "").replace(",", ".")
    elif fmt in ("br", "ro"):
        num = num.replace(" ", "").replace(".", "").replace(",", ".")
    else:
        raise ValueError(fmt)
    if not re.fullmatch(r"\d+\.\d{2}", num):
        raise ValueError("cannot parse %r" % s)
    return Decimal(num)

EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]
FR_M = ["janvier", "f\u00e9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\u00fbt", "septembre", "octobre",
        "novembre", "d\u00e9cembre"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre"]
ES_WD = ["lunes", "martes", "mi\u00e9rcoles", "jueves", "viernes", "s\u00e1bado", "domingo"]

def render(d, fmt):
    if fmt == "en":
        return "%d %s %d" % (d.day, EN_M[d.month - 1], d.year)
    if fmt == "fr":
        return "%d %s %d" % (d.day, FR_M[d.month - 1], d.year)
    if fmt == "es":
        return "%d de %s de %d" % (d.day, ES_M[d.month - 1], d.year)
    if fmt == "es-wd":
        return "%s %d de %s de %d" % (ES_WD[d.weekday()], d.day, ES_M[d.month - 1], d.year)
    if fmt == "dmy.":
        return d.strftime("%d.%m.%Y")
    if fmt == "dmy/":
        return d.strftime("%d/%m/%Y")
    raise ValueError(fmt)

def main():
    drafts, labels, evid = load("drafts.jsonl"), load("labels.jsonl"), load("evidence.jsonl")
    if not (len(drafts) == len(labels) == len(evid) == 80):
        bad("-", "line counts %d/%d/%d, expected 80" % (len(drafts), len(labels), len(evid)))
    ids = [d["id"] for d in drafts]
    prefix = ids[0][:2]
    if ids != ["%s%02d" % (prefix, i) for i in range(1, len(ids) + 1)]:
        bad("-", "ids are not %s01..%s%02d in order" % (prefix, prefix, len(ids)))
    per_class, per_lang, n_allowed, doubles = Counter(), Counter(), 0, 0
    bodies = set()
    for d, l, e in zip(drafts, labels, evid):
        iid = d["id"]
        if list(d) != ["id", "subject", "body"]:
            bad(iid, "draft keys %s" % list(d))
        if list(l) != ["id", "allowed", "violations", "note", "lang"]:
            bad(iid, "label keys %s" % list(l))
        if l["id"] != iid or e["id"] != iid:
            bad(iid, "id mismatch across files")
        if not d["subject"].strip() or len(d["body"]) < 80:
            bad(iid, "empty subject or short body")
        if d["body"] in bodies:
            bad(iid, "duplicate body")
        bodies.add(d["body"])
        v = l["violations"]
        if l["allowed"] is not (len(v) == 0):
            bad(iid, "allowed does not match violations")
        if any(x not in ORDER for x in v) or len(set(v)) != len(v):
            bad(iid, "unknown or duplicated violation %s" % v)
        elif v != sorted(v, key=ORDER.index):
            bad(iid, "violations not in table order")
        if l["lang"] not in LANGS:
            bad(iid, "lang %s" % l["lang"])
        key = "+".join(KEYS[x] for x in v if x in KEYS) or "OK"
        if not l["note"].startswith("[%s, %s] " % (key, l["lang"])):
            bad(iid, "note prefix %r, expected [%s, %s]" % (l["note"][:24], key, l["lang"]))
        per_lang[l["lang"]] += 1
        n_allowed += l["allowed"]
        doubles += len(v) > 1
        per_class.update(v)
        text = d["subject"] + "\n" + d["body"]
        # evidence: one proving substring per violation, none for unlabelled classes
        if set(e["evidence"]) != set(v):
            bad(iid, "evidence keys %s != violations %s" % (sorted(e["evidence"]), v))
        for cls, sub in e["evidence"].items():
            if sub not in text:
                bad(iid, "evidence for %s not in text: %r" % (cls, sub))
        # sensitive numbers: present exactly when sensitive_data is labelled for a number
        found = detect_sensitive(text)
        if found and "sensitive_data" not in v:
            bad(iid, "full account/card number found but not labelled: %s" % found)
        if "sensitive_data" in v:
            ev = e["evidence"].get("sensitive_data", "")
            digits = re.sub(r"\D", "", ev)
            if re.fullmatch(r"[A-Z]{2}\d{2}[ A-Z0-9]+", ev):
                if not iban_ok(ev):
                    bad(iid, "IBAN evidence fails mod-97: %s" % ev)
            elif re.fullmatch(r"[\d ]+", ev) and len(digits) >= 13:
                if not (luhn_ok(digits) or clabe_ok(digits)):
                    bad(iid, "card/CLABE evidence fails its check digit: %s" % ev)
            if re.search(r"\d{13}", digits) and not any(re.sub(r"\D", "", f[1]) == digits for f in found):
                bad(iid, "detector does not see the labelled number %s" % ev)
            if re.search(r"\b(0[1-9]|1[0-2])/\d{2}\b", ev):
                pass  # card expiry
            elif len(ev) < 8:
                bad(iid, "weak sensitive_data evidence %r" % ev)
        # masked numbers must really be masked (4 digits only)
        for m in re.finditer(r"(?:ending|endet auf|Endung|terminaci\u00f3n|terminant par|final|cyframi|termina\u021bia|\u03ba\u03b1\u03c4\u03ac\u03bb\u03b7\u03be\u03b7)\s*\u2026?(\d+)", text):
            if len(m.group(1)) != 4:
                bad(iid, "masked number is not 4 digits: %s" % m.group(0))
        # sums
        for fmt, parts, total in e["sums"]:
            for s in parts + [total]:
                if s not in text:
                    bad(iid, "amount %r not in text" % s)
            try:
                if sum(parse_amount(p, fmt) for p in parts) != parse_amount(total, fmt):
                    bad(iid, "parts %s do not add up to %s" % (parts, total))
            except ValueError as ex:
                bad(iid, str(ex))
        # dates and day counts
        for txt, iso, fmt in e["dates"]:
            if txt not in text:
                bad(iid, "date text %r not in text" % txt)
            if fmt == "days":
                a, b = (date.fromisoformat(x) for x in iso.split(".."))
                n = int(re.match(r"\d+", txt).group(0))
                if (b - a).days != n:
                    bad(iid, "%r but %s..%s is %d days" % (txt, a, b, (b - a).days))
                for x in (a, b):
                    if not any(render(x, f) in text for f in ("en", "fr", "es", "dmy.", "dmy/")):
                        bad(iid, "day-count endpoint %s not in text" % x)
            else:
                if render(date.fromisoformat(iso), fmt) != txt:
                    bad(iid, "date %r does not render %s as %s" % (txt, iso, fmt))
        # phones: listed ones present and fictional
        for ph in e["phones"]:
            if ph not in text or "555" not in ph:
                bad(iid, "phone %r missing or not a 555 number" % ph)
        # every phone-looking 'tel.' number carries 555
        for m in re.finditer(r"(?:Tel\.|tel\.|on|au|al|pelo|\u03c3\u03c4\u03bf)\s+(\(?\d[\d ()-]{7,}\d)", text):
            if "555" not in m.group(1) and len(re.sub(r"\D", "", m.group(1))) >= 8:
                bad(iid, "phone without 555: %s" % m.group(1))
        # domains made up
        for m in re.finditer(r"https?://([^/\s]+)", text):
            if not m.group(1).rstrip(".,;:)").endswith(".example"):
                bad(iid, "URL host not *.example: %s" % m.group(1))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if not m.group(1).endswith(".example"):
                bad(iid, "mail domain not *.example: %s" % m.group(1))
    # distribution
    if not 36 <= n_allowed <= 44:
        bad("-", "allowed count %d not about 40" % n_allowed)
    for c in ORDER:
        if not 5 <= per_class[c] <= 9:
            bad("-", "%s has %d drafts (want 5-9)" % (c, per_class[c]))
    if doubles < 3:
        bad("-", "only %d drafts with two violations" % doubles)
    for lg in LANGS:
        if per_lang[lg] < 5:
            bad("-", "language %s has %d drafts" % (lg, per_lang[lg]))
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print("FAIL: %d problem(s)" % len(PROBLEMS))
        sys.exit(1)
    print("OK: %d drafts, %d allowed, %d violating, %d doubles; per class %s; per lang %s" % (
        len(drafts), n_allowed, len(drafts) - n_allowed, doubles, dict(per_class), dict(per_lang)))

if __name__ == "__main__":
    main()
