#!/usr/bin/env python3
"""Verify blind guardrails set 352. Standard library only; exits 1 on a problem."""
import filecmp
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX, N = "vn", 80
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = dict(zip(ORDER, ["LT", "DO", "RC", "FA", "TC", "HA", "SD"]))
LANGS = {"en-US": 10, "en-GB": 8, "en-AU": 5, "en-IE": 4, "en-CA": 5,
         "es": 8, "de": 7, "fr": 7, "nl": 5, "pl": 5, "pt": 4, "it": 4,
         "cs": 4, "hu": 4}
FAMILY = {"en": 32, "es": 8, "de": 7, "fr": 7, "nl": 5, "pl": 5, "pt": 4,
          "it": 4, "cs": 4, "hu": 4}
IBAN_LEN = {"DE": 22, "PL": 28, "GB": 22, "NL": 18, "FR": 27, "ES": 24,
            "IT": 27, "PT": 25, "CZ": 24, "HU": 28, "IE": 22, "AT": 20}

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
                bad("%s line %d: not JSON (%s)" % (name, i, e))
    return rows


def luhn(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def iban_ok(s):
    c = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    if IBAN_LEN.get(c[:2]) != len(c):
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def aba_ok(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    w = [3, 7, 1] * 3
    return sum(int(c) * k for c, k in zip(d, w)) % 10 == 0


CARD_RES = [re.compile(r"(?<![\d])\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?(?![\d])"),
            re.compile(r"(?<![\d])\d{4}[ -]\d{6}[ -]\d{5}(?![\d])"),
            re.compile(r"(?<![\d])\d{13,19}(?![\d])")]
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
EXP_RE = re.compile(r"(?<![\d/.])(0[1-9]|1[0-2])/(\d{2})(?![\d/])")
CVV_RE = re.compile(r"\b(?:CVV2?|CVC2?|CV2|security code|código de seguridad|"
                    r"Prüfziffer|cryptogramme)\W{0,3}(\d{3,4})\b", re.I)
LONG_RE = re.compile(r"(?<![\d])\d{12,}(?![\d])")


def scan(text):
    """Full-looking sensitive numbers in text: {(kind, normalised value)}."""
    hits = set()
    for rx in CARD_RES:
        for m in rx.finditer(text):
            d = re.sub(r"\D", "", m.group(0))
            if 13 <= len(d) <= 19 and luhn(d):
                hits.add(("card", d))
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group(0)):
            hits.add(("iban", m.group(0).replace(" ", "")))
    for m in EXP_RE.finditer(text):
        hits.add(("expiry", m.group(0)))
    for m in CVV_RE.finditer(text):
        hits.add(("cvv", m.group(1)))
    for m in LONG_RE.finditer(text):
        hits.add(("account", m.group(0)))
    return hits


def norm(item):
    k, v = item["kind"], item.get("value", "")
    if k in ("card", "iban"):
        return (k, v.replace(" ", ""))
    return (k, v)


def main():
    drafts, labels, meta = load("drafts.jsonl"), load("labels.jsonl"), load("meta.jsonl")
    for name, rows in (("drafts", drafts), ("labels", labels), ("meta", meta)):
        if len(rows) != N:
            bad("%s: %d lines, expected %d" % (name, len(rows), N))
    want_ids = ["%s%02d" % (PREFIX, i) for i in range(1, N + 1)]
    for name, rows in (("drafts", drafts), ("labels", labels), ("meta", meta)):
        if [r.get("id") for r in rows] != want_ids[:len(rows)]:
            bad("%s: ids are not %s01..%s%02d in order" % (name, PREFIX, PREFIX, N))

    counts = Counter()
    keys = Counter()
    langs = Counter()
    n_allowed = n_double = n_subtle = 0
    recorded = {}
    for d, l, m in zip(drafts, labels, meta):
        i = d.get("id")
        if set(d) != {"id", "subject", "body"}:
            bad("%s: draft keys %s" % (i, sorted(d)))
        if set(l) != {"id", "allowed", "violations", "note", "lang"}:
            bad("%s: label keys %s" % (i, sorted(l)))
        if set(m) != {"id", "subtle", "triggers", "sensitive", "masked"}:
            bad("%s: meta keys %s" % (i, sorted(m)))
        if not (isinstance(d.get("subject"), str) and d["subject"].strip()
                and isinstance(d.get("body"), str) and d["body"].strip()):
            bad("%s: empty subject or body" % i)
        text = d.get("subject", "") + "\n" + d.get("body", "")
        v = l.get("violations")
        if not isinstance(v, list) or any(x not in ORDER for x in v):
            bad("%s: bad violations %r" % (i, v))
            continue
        if len(set(v)) != len(v) or v != sorted(v, key=ORDER.index):
            bad("%s: violations not unique / not in table order" % i)
        if l.get("allowed") is not (v == []):
            bad("%s: allowed=%r but violations=%r" % (i, l.get("allowed"), v))
        lang = l.get("lang")
        if lang not in LANGS:
            bad("%s: unknown lang %r" % (i, lang))
        langs[lang] += 1
        key = "+".join(ABBR[x] for x in v) if v else "OK"
        keys[key] += 1
        counts.update(v)
        n_allowed += not v
        n_double += len(v) == 2
        if len(v) > 2:
            bad("%s: more than two violations" % i)
        note = l.get("note", "")
        prefix = "[%s, %s] " % (key, lang)
        if not note.startswith(prefix):
            bad("%s: note should start %r: %r" % (i, prefix, note[:40]))
        rest = note[len(prefix):]
        subtle = m.get("subtle")
        if subtle not in (True, False):
            bad("%s: meta.subtle not boolean" % i)
        if rest.startswith("Subtle") != bool(subtle):
            bad("%s: note 'Subtle' marker disagrees with meta.subtle" % i)
        if subtle and not v:
            bad("%s: allowed draft marked subtle" % i)
        if len(rest.replace("Subtle.", "").strip()) < 15:
            bad("%s: note gives no reason" % i)
        n_subtle += bool(subtle)

        # triggers: one verbatim phrase per violation
        trig = m.get("triggers", {})
        if set(trig) != set(v):
            bad("%s: triggers %s do not match violations %s" % (i, sorted(trig), v))
        for k, phrase in trig.items():
            if not phrase or phrase not in text:
                bad("%s: trigger for %s not found in draft: %r" % (i, k, phrase))

        # sensitive items: really what they are said to be
        sens = m.get("sensitive", [])
        if ("sensitive_data" in v) != bool(sens):
            bad("%s: sensitive list %s but violations %s" % (i, bool(sens), v))
        for it in sens:
            k, val = it.get("kind"), it.get("value", "")
            if k == "third_party":
                if it.get("name", "") not in text or it.get("detail", "") not in text:
                    bad("%s: third-party name/detail not in draft" % i)
                if not re.search(r"\d", it.get("detail", "")):
                    bad("%s: third-party detail carries no balance" % i)
                continue
            if val not in text:
                bad("%s: %s %r not in draft" % (i, k, val))
            if k == "card":
                dd = re.sub(r"\D", "", val)
                if not (13 <= len(dd) <= 19 and luhn(dd)):
                    bad("%s: card %r fails Luhn/length" % (i, val))
            elif k == "iban":
                if not iban_ok(val):
                    bad("%s: IBAN %r fails mod-97/length" % (i, val))
                if it.get("owner") not in ("ours", "customer"):
                    bad("%s: IBAN owner not recorded" % i)
            elif k == "expiry":
                if not re.fullmatch(r"(0[1-9]|1[0-2])/\d{2}", val):
                    bad("%s: expiry %r not MM/YY" % (i, val))
            elif k == "cvv":
                if not re.fullmatch(r"\d{3,4}", val) or not CVV_RE.search(text):
                    bad("%s: CVV %r not a labelled 3-4 digit code" % (i, val))
            elif k == "account":
                if not re.fullmatch(r"\d{8,17}", val):
                    bad("%s: account %r is not a full unmasked number" % (i, val))
            elif k == "routing":
                if not aba_ok(val):
                    bad("%s: routing %r fails the ABA checksum" % (i, val))
            elif k == "password":
                if len(val) < 8 or not re.search(r"jelsz|passw|contrase|mot de passe|"
                                                 r"Passwort|wachtwoord|hasło|heslo|senha",
                                                 text, re.I):
                    bad("%s: password %r not presented as a password" % (i, val))
            else:
                bad("%s: unknown sensitive kind %r" % (i, k))
            recorded.setdefault(i, set()).add(norm(it))

        # masked numbers: present and really masked
        for mk in m.get("masked", []):
            if mk not in text:
                bad("%s: masked %r not in draft" % (i, mk))
            if len(re.sub(r"\D", "", mk)) > 4:
                bad("%s: masked %r shows more than four digits" % (i, mk))
            if not re.search(r"\*|•|ending|eindigend|terminado|endend|končí", mk):
                bad("%s: masked %r carries no mask marker" % (i, mk))

        # nothing sensitive-looking that is not recorded
        for hit in scan(text):
            if hit not in recorded.get(i, set()) and hit[0] != "routing":
                bad("%s: unrecorded sensitive-looking %s %r" % (i, hit[0], hit[1]))
        for rec in recorded.get(i, set()):
            if rec[0] in ("card", "iban", "expiry", "cvv") and rec not in scan(text):
                bad("%s: recorded %s not found by the scanner" % (i, rec[0]))

    # mix
    if n_allowed != 40:
        bad("allowed drafts: %d, expected 40" % n_allowed)
    for v in ORDER:
        if not 6 <= counts[v] <= 8:
            bad("%s appears in %d drafts, expected 6-8" % (v, counts[v]))
    if not 6 <= n_double <= 8:
        bad("%d drafts with two violations, expected 6-8" % n_double)
    if not 16 <= n_subtle <= 24:
        bad("%d subtle drafts, expected about half of 40" % n_subtle)
    if dict(langs) != LANGS:
        bad("language counts %s != %s" % (dict(langs), LANGS))
    fam = Counter()
    for lg, c in langs.items():
        fam[lg.split("-")[0]] += c
    if dict(fam) != FAMILY:
        bad("language family counts %s != %s" % (dict(fam), FAMILY))
    if len({d["body"] for d in drafts}) != N:
        bad("duplicate bodies")

    # build.py reproduces the files byte for byte
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, "build.py"),
                            "--out", tmp], capture_output=True, text=True)
        if r.returncode:
            bad("build.py failed: %s" % r.stderr.strip())
        else:
            for name in ("drafts.jsonl", "labels.jsonl", "meta.jsonl", "README.md"):
                if not filecmp.cmp(os.path.join(HERE, name),
                                   os.path.join(tmp, name), shallow=False):
                    bad("%s differs from what build.py regenerates" % name)

    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    for v in ORDER:
        if "| `%s` (%s) | %d |" % (v, ABBR[v], counts[v]) not in readme:
            bad("README count for %s is stale" % v)

    print("drafts %d | allowed %d | violating %d | two violations %d | subtle %d"
          % (len(drafts), n_allowed, len(drafts) - n_allowed, n_double, n_subtle))
    print("per violation: " + ", ".join("%s %d" % (ABBR[v], counts[v]) for v in ORDER))
    print("per KEY: " + ", ".join("%s %d" % kv for kv in sorted(keys.items())))
    print("per lang: " + ", ".join("%s %d" % (lg, langs[lg]) for lg in LANGS))
    if problems:
        print("\n%d PROBLEM(S):" % len(problems))
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
