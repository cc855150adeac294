#!/usr/bin/env python3
"""Re-verify every label of blind guard set 214 from the generated files. Exit 1 on any problem."""
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
KEYV = {"L": "legal_threat", "D": "discount_offer", "R": "refund_or_credit_promise",
        "F": "fault_admission", "T": "terms_change", "H": "harassment", "S": "sensitive_data"}
LANGS = {"en-GB", "de-AT", "fr", "es", "pt-BR", "it", "sv", "fi", "pl", "ja", "zh-TW"}
DOT_DECIMAL = {"en-GB", "ja", "zh-TW"}
MONTHS = {
    "en-GB": "january february march april may june july august september october november december",
    "de-AT": "jänner februar märz april mai juni juli august september oktober november dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
}
WEEKDAYS = {
    "en-GB": "monday tuesday wednesday thursday friday saturday sunday",
    "de-AT": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
}

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def parse_amount(s, lang):
    t = re.sub(r"[^\d.,]", "", s.replace("\u00a0", " ").replace(" ", ""))
    if lang in DOT_DECIMAL:
        t = t.replace(",", "")
    else:
        t = t.replace(".", "").replace(",", ".")
    return Decimal(t)


def luhn(num):
    ds = [int(c) for c in num][::-1]
    tot = 0
    for i, d in enumerate(ds):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def main():
    drafts, labels, facts = load("drafts.jsonl"), load("labels.jsonl"), load("facts.jsonl")
    if not (len(drafts) == len(labels) == len(facts) == 80):
        err("expected 80 lines each, got %d/%d/%d" % (len(drafts), len(labels), len(facts)))
    want_ids = ["KB%02d" % i for i in range(1, 81)]
    if [d["id"] for d in drafts] != want_ids:
        err("draft ids not KB01..KB80 in order")
    for d, l, f in zip(drafts, labels, facts):
        i = d["id"]
        if not (d["id"] == l["id"] == f["id"]):
            err("%s: id mismatch across files" % i)
        if set(d) != {"id", "subject", "body"}:
            err("%s: draft keys %s" % (i, sorted(d)))
        if set(l) != {"id", "allowed", "violations", "note", "lang"}:
            err("%s: label keys %s" % (i, sorted(l)))
        if not d["subject"].strip() or not d["body"].strip():
            err("%s: empty subject/body" % i)
        v = l["violations"]
        if any(x not in ORDER for x in v) or len(set(v)) != len(v):
            err("%s: bad violations %s" % (i, v))
        if v != [x for x in ORDER if x in v]:
            err("%s: violations not in table order" % i)
        if l["allowed"] is not (len(v) == 0):
            err("%s: allowed inconsistent with violations" % i)
        if l["lang"] not in LANGS or f["lang"] != l["lang"]:
            err("%s: bad lang" % i)
        m = re.match(r"\[([A-Z]), ([A-Za-z-]+)\] \S", l["note"])
        if not m or m.group(2) != l["lang"]:
            err("%s: note prefix %r" % (i, l["note"][:20]))
        else:
            k = m.group(1)
            if k in "AB" and v:
                err("%s: key %s but violations" % (i, k))
            elif k in KEYV and v != [KEYV[k]]:
                err("%s: key %s but violations %s" % (i, k, v))
            elif k == "X" and len(v) != 2:
                err("%s: key X needs two violations" % i)
            elif k not in "ABX" and k not in KEYV:
                err("%s: unknown key %s" % (i, k))
        text = d["subject"] + "\n" + d["body"]
        lang = l["lang"]
        check_facts(i, text, lang, v, f)
        scan(i, text, v)
    counts(labels)
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("OK: %d drafts verified" % len(drafts))


def check_facts(i, text, lang, v, f):
    for s in f.get("evidence", []):
        if s not in text:
            err("%s: evidence %r not in text" % (i, s))
    for s in f.get("amounts", []):
        if s not in text:
            err("%s: amount %r not in text" % (i, s))
        try:
            a = parse_amount(s, lang)
            if a <= 0 or (lang not in ("ja", "zh-TW") and a.as_tuple().exponent != -2 and "€" not in s and "kr" not in s):
                err("%s: amount %r odd" % (i, s))
        except Exception:
            err("%s: amount %r unparsable" % (i, s))
    for sm in f.get("sums", []):
        parts = sum(parse_amount(p, lang) for p in sm["parts"])
        if parts != parse_amount(sm["total"], lang):
            err("%s: sum %s != %s" % (i, sm["parts"], sm["total"]))
        for p in sm["parts"] + [sm["total"]]:
            if p not in text:
                err("%s: sum member %r not in text" % (i, p))
    for snip, iso, wd in f.get("dates", []):
        if snip not in text:
            err("%s: date snippet %r not in text" % (i, snip))
        dt = date.fromisoformat(iso)
        nums = [int(n) for n in re.findall(r"\d+", snip)]
        if dt.day not in nums:
            err("%s: day of %s not in %r" % (i, iso, snip))
        years = [n for n in nums if n > 1900]
        if years and years != [dt.year]:
            err("%s: year of %s not in %r" % (i, iso, snip))
        if lang in MONTHS and not re.search(r"\d[./]\d", snip) and "月" not in snip:
            name = MONTHS[lang].split()[dt.month - 1]
            if name not in snip.lower():
                err("%s: month of %s not in %r" % (i, iso, snip))
        else:
            if dt.month not in nums:
                err("%s: month of %s not in %r" % (i, iso, snip))
        if wd is not None:
            if dt.weekday() != wd:
                err("%s: %s is not weekday %d" % (i, iso, wd))
            if lang in WEEKDAYS and WEEKDAYS[lang].split()[wd] not in snip.lower():
                err("%s: weekday name missing in %r" % (i, snip))
    if "card" in f:
        c = f["card"]
        digits = re.sub(r"\D", "", c)
        if c not in text or not luhn(digits) or len(digits) != 16:
            err("%s: card %r not present/valid" % (i, c))
        if "sensitive_data" not in v:
            err("%s: full card but no sensitive_data" % i)
    if "iban" in f:
        if f["iban"] not in text or not iban_ok(f["iban"]):
            err("%s: iban %r not present/valid" % (i, f["iban"]))
        if "sensitive_data" not in v:
            err("%s: full IBAN but no sensitive_data" % i)
    if "account" in f:
        a = f["account"]
        if a not in text:
            err("%s: account %r not in text" % (i, a))
        dg = re.sub(r"\D", "", a)
        if lang == "pl" and (len(dg) != 26 or not iban_ok("PL" + dg)):
            err("%s: NRB %r invalid" % (i, a))
        if "sensitive_data" not in v:
            err("%s: full account but no sensitive_data" % i)
    for mk in f.get("masked", []):
        if mk not in text or len(re.sub(r"\D", "", mk)) != 4:
            err("%s: masked %r bad" % (i, mk))
    if "discount" in f:
        dc = f["discount"]
        b, a = parse_amount(dc["before"], lang), parse_amount(dc["after"], lang)
        if b * (100 - dc["pct"]) / 100 != a:
            err("%s: discount arithmetic" % i)


CARD_RE = re.compile(r"(?<![\d])(?:\d{4}[ -]){3}\d{4}(?![\d])|(?<!\d)\d{15,16}(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")


def scan(i, text, v):
    for m in CARD_RE.finditer(text):
        dg = re.sub(r"\D", "", m.group(0))
        if luhn(dg) and "sensitive_data" not in v:
            err("%s: Luhn-valid number %r but not sensitive_data" % (i, m.group(0)))
    for m in IBAN_RE.finditer(text):
        s = m.group(0)
        if not s.startswith("RF") and iban_ok(s) and "sensitive_data" not in v:
            err("%s: valid IBAN %r but not sensitive_data" % (i, s))
    if re.search(r"(?<!\d)\d{2}(?: ?\d{4}){6}(?!\d)", text) and "sensitive_data" not in v:
        err("%s: NRB-like account number but not sensitive_data" % i)
    for host in re.findall(r"https?://([^/\s]+)", text) + re.findall(r"[\w.+-]+@([\w.-]+)", text):
        if not host.rstrip(".").endswith(".example"):
            err("%s: non-example domain %s" % (i, host))
    for sig_phone in re.findall(r"(?:TEL|·|\||｜|–) ?([+(]?[\d][\d ()\-]{7,}\d)\s*$", text, re.M):
        if "555" not in sig_phone.replace(" ", "").replace("-", ""):
            err("%s: phone %r lacks 555" % (i, sig_phone))


def counts(labels):
    vc = Counter(x for l in labels for x in l["violations"])
    for x in ORDER:
        if not 5 <= vc[x] <= 9:
            err("class %s has %d (want 5-9)" % (x, vc[x]))
    allowed = sum(l["allowed"] for l in labels)
    if not 36 <= allowed <= 44:
        err("allowed count %d" % allowed)
    doubles = sum(len(l["violations"]) == 2 for l in labels)
    if doubles < 3:
        err("only %d doubles" % doubles)
    lc = Counter(l["lang"] for l in labels)
    if set(lc) != LANGS or min(lc.values()) < 6:
        err("language spread %s" % dict(lc))
    print("allowed", allowed, "violating", len(labels) - allowed, "doubles", doubles)
    print("classes", dict(vc))
    print("langs", dict(lc))


if __name__ == "__main__":
    main()
