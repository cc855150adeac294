#!/usr/bin/env python3
"""Re-verify the ct guardrails set from the generated files. Exit 1 on any problem."""
import json
import os
import re
import sys
from collections import Counter
from datetime import date
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
LETTER = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
          "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
LANGS = set("en de fr nl it es pt pl cs hu ro sl sr sv da nb fi lt el tr ru he ar fa hi ja zh ko vi ms".split())
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")

problems = []


def bad(iid, msg):
    problems.append("%s: %s" % (iid, msg))


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def norm(s):
    return s.translate(DIGITS).replace("\u066c", ",").replace("\u066b", ".")


def amount(text, dec):
    t = norm(text)
    if dec is None:
        digits = re.sub(r"[^0-9]", "", t)
        return Decimal(digits)
    keep = re.sub(r"[^0-9" + re.escape(dec) + "]", "", t)
    # a leading decimal separator can come from a currency abbreviation ("Kč", "kr.")
    keep = keep.strip(dec) if keep.count(dec) > 1 else keep
    return Decimal(keep.replace(dec, "."))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        t += n
    return t % 10 == 0


def iso6346_ok(owner, serial, cd):
    vals, v = {}, 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    code = owner + serial
    s = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(code))
    return s % 11 % 10 == int(cd)


def find_ibans(text):
    out = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if iban_ok(m.group(0)):
            out.append(m.group(0))
    return out


def find_cards(text):
    out = []
    t = norm(text)
    for m in re.finditer(r"(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\dA-Za-z])", t):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn(d):
            out.append(d)
    return out


def main():
    drafts, labels, evid = load("drafts.jsonl"), load("labels.jsonl"), load("evidence.jsonl")
    if not (len(drafts) == len(labels) == len(evid) == 80):
        bad("files", "expected 80 lines each, got %d/%d/%d" % (len(drafts), len(labels), len(evid)))
    ids = [d["id"] for d in drafts]
    if ids != ["ct%02d" % i for i in range(1, len(ids) + 1)]:
        bad("files", "ids are not ct01..ctNN in order")
    cls, langs, nallowed, nsubtle, ndouble = Counter(), Counter(), 0, 0, 0
    for d, l, e in zip(drafts, labels, evid):
        iid = d["id"]
        if set(d) != {"id", "subject", "body"}:
            bad(iid, "draft keys %s" % sorted(d))
        if set(l) != {"id", "allowed", "violations", "note", "lang"}:
            bad(iid, "label keys %s" % sorted(l))
        if l["id"] != iid or e["id"] != iid:
            bad(iid, "id mismatch between files")
        if not d["subject"].strip() or len(d["body"].strip()) < 80:
            bad(iid, "empty subject/body")
        v = l["violations"]
        if l["allowed"] != (v == []):
            bad(iid, "allowed does not match violations")
        if any(x not in ORDER for x in v) or v != sorted(set(v), key=ORDER.index):
            bad(iid, "violations unknown, duplicated or out of table order: %s" % v)
        if l["lang"] not in LANGS:
            bad(iid, "lang %s" % l["lang"])
        key = "".join(LETTER[x] for x in v if x in LETTER) or "A"
        if not l["note"].startswith("[%s, %s] " % (key, l["lang"])):
            bad(iid, "note prefix %r" % l["note"][:20])
        kind = l["note"].split("] ", 1)[1].split(":", 1)[0]
        want = "allowed" if not v else ("subtle" if e.get("subtle") else "blatant")
        if kind != want:
            bad(iid, "note kind %s != %s" % (kind, want))
        cls.update(v)
        langs[l["lang"]] += 1
        nallowed += l["allowed"]
        nsubtle += bool(e.get("subtle"))
        ndouble += len(v) > 1
        if e.get("subtle") and not v:
            bad(iid, "allowed draft flagged subtle")
        text = d["subject"] + "\n" + d["body"]
        ntext = norm(text)
        # strings claimed
        for s in e.get("contains", []):
            if s not in text:
                bad(iid, "missing claimed string %r" % s)
        # sums and calculations
        for parts, total, dec in e.get("sums", []):
            for s in parts + [total]:
                if s not in text:
                    bad(iid, "sum string %r not in text" % s)
            if sum(amount(p, dec) for p in parts) != amount(total, dec):
                bad(iid, "sum %s != %s" % (parts, total))
        for names, expr, result, dec in e.get("calc", []):
            env = {}
            for k, s in names.items():
                if s not in text:
                    bad(iid, "calc string %r not in text" % s)
                env[k] = amount(s, dec)
            if result not in text:
                bad(iid, "calc result %r not in text" % result)
            if eval(expr, {"__builtins__": {}}, env) != amount(result, dec):
                bad(iid, "calc %s with %s != %s" % (expr, names, result))
        # dates
        for s, iso, wd in e.get("dates", []):
            if s not in text:
                bad(iid, "date string %r not in text" % s)
            dt = date.fromisoformat(iso)
            if wd and WEEKDAYS[dt.weekday()] != wd:
                bad(iid, "%s is a %s, not %s" % (iso, WEEKDAYS[dt.weekday()], wd))
        # container numbers anywhere in the text must carry a valid check digit
        for m in re.finditer(r"\b([A-Z]{3}U) ?(\d{6}) ?(\d)\b", text):
            if not iso6346_ok(m.group(1), m.group(2), m.group(3)):
                bad(iid, "container %s has a wrong check digit" % m.group(0))
        for a in e.get("awb", []):
            if a not in text:
                bad(iid, "awb %s not in text" % a)
            serial = a.split("-")[1]
            if int(serial[:7]) % 7 != int(serial[7]):
                bad(iid, "awb %s check digit" % a)
        for m in e.get("mrn", []):
            if m not in text or len(m) != 18 or not re.fullmatch(r"\d{2}[A-Z]{2}[A-Z0-9]{14}", m):
                bad(iid, "mrn %s" % m)
        # sensitive material
        ibans, cards = find_ibans(text), find_cards(text)
        for s in e.get("ibans", []):
            if s not in text or not iban_ok(s):
                bad(iid, "claimed IBAN %s missing or invalid" % s)
        for s in e.get("cards", []):
            if s not in text or not luhn(re.sub(r"\D", "", s)):
                bad(iid, "claimed card %s missing or not Luhn-valid" % s)
        for s in e.get("accounts", []) + e.get("passwords", []) + e.get("expiry", []):
            if s not in text:
                bad(iid, "claimed sensitive string %r not in text" % s)
        oc = e.get("other_customer", [])
        for s in oc:
            if s not in text:
                bad(iid, "other-customer string %r not in text" % s)
        has_sensitive_ev = bool(e.get("ibans") or e.get("cards") or e.get("accounts")
                                or e.get("passwords") or oc)
        if ("sensitive_data" in v) != has_sensitive_ev:
            bad(iid, "sensitive_data label and evidence disagree")
        whitelist = set(re.sub(r"\D", "", x) for x in e.get("luhn_ok", []))
        if "sensitive_data" not in v:
            if ibans:
                bad(iid, "unlabelled full IBAN %s" % ibans)
            extra = [c for c in cards if c not in whitelist]
            if extra:
                bad(iid, "unlabelled Luhn-valid number %s" % extra)
        for w in whitelist:
            if w not in re.sub(r"[ -]", "", ntext):
                bad(iid, "whitelisted number %s not in text" % w)
        # made-up domains and phone numbers only
        for m in re.finditer(r"https?://([^/\s]+)|[\w.+-]+@([\w.-]+\w)", text):
            dom = m.group(1) or m.group(2)
            if not dom.endswith(".example"):
                bad(iid, "domain %s is not *.example" % dom)
        for m in re.finditer(r"(?:\+\d{1,3}[ -]?)?(?:\(?\d{2,5}\)?[ -]){1,3}\d{2,4}(?:[ -]\d{2,4})+", ntext):
            s = re.sub(r"\D", "", m.group(0))
            if len(s) >= 9 and "555" not in s and not re.search(r"\d{4}-\d{2}-\d{2}", m.group(0)):
                # numbers that look like phone numbers must carry 555; amounts/ids are excluded below
                ctx = ntext[max(0, m.start() - 12):m.start()]
                if re.search(r"(?i)tel|phone|\+|call|ring|puhel|telefon|電話|전화|טלפון|هاتف|تلفن|фон", ctx + m.group(0)[:2]):
                    bad(iid, "phone-like number without 555: %s" % m.group(0))
    # global distribution
    n = len(labels)
    if not 36 <= nallowed <= 44:
        bad("set", "allowed count %d not about 40" % nallowed)
    for c in ORDER:
        if not 5 <= cls[c] <= 9:
            bad("set", "%s appears %d times (want 5-9)" % (c, cls[c]))
    if ndouble < 3:
        bad("set", "only %d drafts with two violations" % ndouble)
    viol = n - nallowed
    if viol and not 0.4 <= nsubtle / viol <= 0.65:
        bad("set", "subtle share %d/%d is not about half" % (nsubtle, viol))
    if not 0.15 <= langs["en"] / n <= 0.25:
        bad("set", "English share %d/%d" % (langs["en"], n))
    if len(langs) < 25:
        bad("set", "only %d languages" % len(langs))
    if problems:
        print("\n".join(problems))
        print("FAIL: %d problem(s)" % len(problems))
        sys.exit(1)
    print("OK: %d drafts, %d allowed, %d violating (%d subtle, %d double), classes %s, %d languages"
          % (n, nallowed, viol, nsubtle, ndouble, dict(cls), len(langs)))


if __name__ == "__main__":
    main()
