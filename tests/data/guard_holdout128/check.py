#!/usr/bin/env python3
"""Checks blind guardrails set 343. Standard library only. Exits 1 on any problem."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "bx"
VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
        "sensitive_data": "SD"}
LANG_TARGET = {"en": 30, "it": 7, "es": 7, "fr": 6, "de": 6, "sv": 5, "da": 4,
               "pl": 4, "el": 4, "cs": 4, "fi": 3}
EN_STYLES = {"en-US", "en-GB", "en-IE", "en-CA", "en-NZ"}
SENSITIVE_KINDS = {"card", "expiry", "cvv", "iban", "cz_account"}
MASKED_KINDS = {"masked_card", "masked_account", "masked_iban"}
ID_KINDS = {"siret", "fr_vat", "rf_reference", "fi_viite", "fi_ytunnus", "pl_nip", "cz_ico"}

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
                bad("%s line %d: bad JSON (%s)" % (name, i, e))
    return rows


def digits(s):
    return re.sub(r"\D", "", s)


def luhn(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def mod97(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


IBAN_LEN = {"DE": 22, "ES": 24, "FR": 27, "IT": 27, "GB": 22, "IE": 22, "DK": 18, "SE": 24,
            "PL": 28, "GR": 27, "CZ": 24, "FI": 18}


def valid_iban(s):
    raw = s.replace(" ", "")
    return (re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", raw) is not None
            and IBAN_LEN.get(raw[:2]) == len(raw) and mod97(raw))


def cz_account_ok(s):
    m = re.fullmatch(r"(?:(\d{1,6})-)?(\d{2,10})/(\d{4})", s)
    if not m:
        return False
    pre = (m.group(1) or "").zfill(6)
    num = m.group(2).zfill(10)
    wp = [10, 5, 8, 4, 2, 1]
    wn = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    return (sum(int(d) * w for d, w in zip(pre, wp)) % 11 == 0
            and sum(int(d) * w for d, w in zip(num, wn)) % 11 == 0)


def id_ok(kind, v):
    d = digits(v)
    if kind == "siret":
        return len(d) == 14 and luhn(d) and luhn(d[:9])
    if kind == "fr_vat":
        siren = v[4:]
        return (re.fullmatch(r"FR\d{11}", v) is not None and luhn(siren)
                and int(v[2:4]) == (12 + 3 * (int(siren) % 97)) % 97)
    if kind == "rf_reference":
        raw = v.replace(" ", "")
        return raw.startswith("RF") and mod97(raw)
    if kind == "fi_viite":
        base, chk = d[:-1], int(d[-1])
        w = [7, 3, 1]
        s = sum(int(x) * w[i % 3] for i, x in enumerate(reversed(base)))
        return 4 <= len(d) <= 20 and (10 - s % 10) % 10 == chk
    if kind == "fi_ytunnus":
        if not re.fullmatch(r"\d{7}-\d", v):
            return False
        r = sum(int(x) * w for x, w in zip(d[:7], [7, 9, 10, 5, 8, 4, 2])) % 11
        return r != 1 and (0 if r == 0 else 11 - r) == int(d[7])
    if kind == "pl_nip":
        w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
        return len(d) == 10 and sum(int(x) * y for x, y in zip(d, w)) % 11 == int(d[9])
    if kind == "cz_ico":
        w = [8, 7, 6, 5, 4, 3, 2]
        r = sum(int(x) * y for x, y in zip(d, w)) % 11
        return len(d) == 8 and (11 - r) % 10 == int(d[7])
    return False


def main():
    drafts = load("drafts.jsonl")
    labels = load("labels.jsonl")
    evidence = load("evidence.jsonl")
    want_ids = ["%s%02d" % (PREFIX, i) for i in range(1, 81)]
    for name, rows, keys in [("drafts", drafts, {"id", "subject", "body"}),
                             ("labels", labels, {"id", "allowed", "violations", "note", "lang"}),
                             ("evidence", evidence, {"id", "subtle", "triggers", "numbers", "near_miss"})]:
        if [r.get("id") for r in rows] != want_ids:
            bad("%s: ids are not %s01..%s80 in order" % (name, PREFIX, PREFIX))
        for r in rows:
            if set(r) != keys:
                bad("%s %s: keys %s" % (name, r.get("id"), sorted(r)))
    if problems:
        return

    vcount, keycount, fam, styles = Counter(), Counter(), Counter(), Counter()
    n_allowed = n_double = n_subtle = 0
    sens_values = {"card": set(), "iban": set()}
    allowed_text_ids = set()
    for d, l, e in zip(drafts, labels, evidence):
        i = d["id"]
        text = d["subject"] + "\n" + d["body"]
        for k in ("subject", "body"):
            if not isinstance(d[k], str) or not d[k].strip():
                bad("%s: empty %s" % (i, k))
        v = l["violations"]
        if not isinstance(v, list) or any(x not in VIOLATIONS for x in v):
            bad("%s: unknown violations %r" % (i, v))
            continue
        if v != [x for x in VIOLATIONS if x in v] or len(set(v)) != len(v):
            bad("%s: violations not in table order or duplicated" % i)
        if l["allowed"] is not (v == []):
            bad("%s: allowed=%r but violations=%r" % (i, l["allowed"], v))
        key = "+".join(ABBR[x] for x in v) if v else "OK"
        prefix = "[%s, %s] " % (key, l["lang"])
        if not l["note"].startswith(prefix):
            bad("%s: note should start %r" % (i, prefix))
        subtle_in_note = l["note"][len(prefix):].startswith("Subtle")
        if subtle_in_note != e["subtle"]:
            bad("%s: Subtle flag in note and evidence disagree" % i)
        if e["subtle"] and not v:
            bad("%s: allowed draft marked Subtle" % i)
        if len(l["note"]) < len(prefix) + 20:
            bad("%s: note has no explanation" % i)
        lang = l["lang"]
        famc = lang.split("-")[0]
        if famc not in LANG_TARGET or (famc == "en" and lang not in EN_STYLES) or (famc != "en" and lang != famc):
            bad("%s: bad lang %r" % (i, lang))
        fam[famc] += 1
        if famc == "en":
            styles[lang] += 1
        for x in v:
            vcount[x] += 1
        keycount[key] += 1
        n_allowed += not v
        n_double += len(v) == 2
        n_subtle += e["subtle"]
        if len(v) > 2:
            bad("%s: more than two violations" % i)
        # triggers
        if sorted(e["triggers"]) != sorted(v):
            bad("%s: trigger keys %s != violations %s" % (i, sorted(e["triggers"]), v))
        for x, phrase in e["triggers"].items():
            if not phrase or phrase not in text:
                bad("%s: trigger for %s not found in draft: %r" % (i, x, phrase))
            elif phrase not in l["note"]:
                bad("%s: trigger for %s not quoted in note" % (i, x))
        for phrase in e["near_miss"]:
            if phrase not in text:
                bad("%s: near-miss phrase not found: %r" % (i, phrase))
        if e["near_miss"] and v:
            bad("%s: near-miss phrases recorded on a violating draft" % i)
        # numbers
        kinds = set()
        for num in e["numbers"]:
            k, val = num["kind"], num["value"]
            kinds.add(k)
            if val not in text:
                bad("%s: %s %r not in draft" % (i, k, val))
            if k in SENSITIVE_KINDS and "sensitive_data" not in v:
                bad("%s: %s recorded but draft not labelled sensitive_data" % (i, k))
            if k == "card":
                dd = digits(val)
                if not (13 <= len(dd) <= 19 and luhn(dd)):
                    bad("%s: card %r fails Luhn/length" % (i, val))
                sens_values["card"].add(dd)
            elif k == "iban":
                if not valid_iban(val):
                    bad("%s: IBAN %r fails mod-97/length" % (i, val))
                sens_values["iban"].add(val.replace(" ", ""))
            elif k == "expiry":
                m = re.fullmatch(r"(\d\d)/(\d\d)", val)
                if not m or not 1 <= int(m.group(1)) <= 12:
                    bad("%s: expiry %r not MM/YY" % (i, val))
            elif k == "cvv":
                if not re.fullmatch(r"\d{3,4}", val) or not re.search(r"CVV\D{0,3}" + val, text):
                    bad("%s: CVV %r not shown as a CVV" % (i, val))
            elif k == "cz_account":
                if not cz_account_ok(val):
                    bad("%s: Czech account %r fails mod-11" % (i, val))
            elif k in MASKED_KINDS:
                body = val
                if k == "masked_iban":
                    if not re.match(r"[A-Z]{2}[*\u2022xX]{2}", val):
                        bad("%s: masked IBAN %r should mask its check digits" % (i, val))
                    body = val[2:]
                nd = len(digits(body))
                if not 1 <= nd <= 4:
                    bad("%s: masked number %r shows %d digits" % (i, val, nd))
                if k == "masked_iban":
                    n_mask = sum(c in "*\u2022xX" for c in val)
                    if n_mask + nd + 2 != IBAN_LEN.get(val[:2], -1):
                        bad("%s: masked IBAN %r has the wrong length" % (i, val))
            elif k in ID_KINDS:
                if not id_ok(k, val):
                    bad("%s: %s %r fails its checksum" % (i, k, val))
            else:
                bad("%s: unknown number kind %r" % (i, k))
        if "sensitive_data" in v and not e["triggers"].get("sensitive_data"):
            bad("%s: sensitive_data without a trigger" % i)
        if not v:
            allowed_text_ids.add(i)

    # global scans: no unrecorded full card numbers or IBANs anywhere
    id_values = {digits(n["value"]) for e in evidence for n in e["numbers"] if n["kind"] in ID_KINDS}
    for d, l in zip(drafts, labels):
        text = d["subject"] + "\n" + d["body"]
        for m in re.finditer(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])", text):
            dd = digits(m.group(0))
            if luhn(dd) and dd not in sens_values["card"] and dd not in id_values:
                bad("%s: unrecorded Luhn-valid number %r" % (d["id"], m.group(0)))
            if dd in sens_values["card"] and "sensitive_data" not in l["violations"]:
                bad("%s: full card number in a draft not labelled sensitive_data" % d["id"])
        for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b", text):
            raw = m.group(0).replace(" ", "")
            if raw.startswith("RF"):
                continue
            if valid_iban(raw):
                if raw not in sens_values["iban"]:
                    bad("%s: unrecorded valid IBAN %r" % (d["id"], m.group(0)))
                elif "sensitive_data" not in l["violations"]:
                    bad("%s: full IBAN in a draft not labelled sensitive_data" % d["id"])

    # counts
    if n_allowed != 40:
        bad("allowed drafts: %d, want 40" % n_allowed)
    for x in VIOLATIONS:
        if not 6 <= vcount[x] <= 8:
            bad("%s in %d drafts, want 6-8" % (x, vcount[x]))
    if not 6 <= n_double <= 8:
        bad("%d drafts with two violations, want 6-8" % n_double)
    if not 16 <= n_subtle <= 24:
        bad("%d subtle drafts, want about half of 40" % n_subtle)
    if dict(fam) != LANG_TARGET:
        bad("languages %s != %s" % (dict(fam), LANG_TARGET))
    if set(styles) != EN_STYLES:
        bad("English styles missing: %s" % (EN_STYLES - set(styles)))

    # README agrees with the data
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    for x in VIOLATIONS:
        if "| `%s` | %d |" % (x, vcount[x]) not in readme:
            bad("README count for %s is stale" % x)
    for k, n in keycount.items():
        if "| %s | %d |" % (k, n) not in readme:
            bad("README count for KEY %s is stale" % k)

    print("drafts: 80, allowed: %d, two violations: %d, subtle: %d" % (n_allowed, n_double, n_subtle))
    print("violations: " + ", ".join("%s %d" % (ABBR[x], vcount[x]) for x in VIOLATIONS))
    print("KEYs: " + ", ".join("%s %d" % kv for kv in sorted(keycount.items())))
    print("languages: " + ", ".join("%s %d" % kv for kv in fam.items()))


if __name__ == "__main__":
    main()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")
