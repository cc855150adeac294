#!/usr/bin/env python3
"""Verify blind guardrails set 357. Standard library only. Exit 1 on any problem.

Checks: file structure and ids; label consistency (allowed <=> no violations,
contract order, note prefix, lang); the mix (40/40, 6-8 per violation, 6-8
doubles, about half subtle); every recorded trigger phrase occurs in its draft;
every labelled number is what it is said to be (IBAN/NRB mod-97, Luhn for cards,
masked numbers really masked, references and company ids by their own
checksums); and a scan of all drafts for card-like or IBAN-like numbers that
were not declared.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
        "sensitive_data": "SD"}
LANGS = {"en-GB", "en-AU", "en-ZA", "fr-FR", "fr-BE", "de-DE", "de-CH", "it-IT",
         "es-ES", "nl-NL", "sv-SE", "fi-FI", "pl-PL"}
IBAN_LEN = {"DE": 22, "PL": 28, "NL": 18, "BE": 16, "FR": 27, "IT": 27, "ES": 24,
            "CH": 21, "SE": 24, "FI": 18, "GB": 22, "AT": 20, "LU": 20, "IE": 22}
SENSITIVE_KINDS = {"card", "cvv", "expiry", "iban", "nrb", "account", "password",
                   "other_customer"}
MASK_CHARS = "*•X×x#"

problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                bad("%s line %d: not JSON (%s)" % (name, n, exc))
    return rows


# ------------------------------------------------------------ validators
def only_digits(s):
    return re.sub(r"\D", "", s)


def alnum_to_int(s):
    return int("".join(str(int(c, 36)) for c in s))


def mod97_ok(s):
    s = re.sub(r"\s", "", s).upper()
    return alnum_to_int(s[4:] + s[:4]) % 97 == 1


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    return (re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) is not None
            and IBAN_LEN.get(s[:2]) == len(s) and mod97_ok(s))


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def validate_number(kind, text, rid):
    d = only_digits(text)
    if kind == "card":
        if not (13 <= len(d) <= 19 and luhn_ok(d)):
            bad("%s: card %r is not a Luhn-valid 13-19 digit number" % (rid, text))
    elif kind == "iban":
        if not iban_ok(text):
            bad("%s: IBAN %r fails length or mod-97" % (rid, text))
    elif kind == "nrb":
        if not (len(d) == 26 and iban_ok("PL" + d)):
            bad("%s: NRB %r is not a valid 26-digit Polish account number" % (rid, text))
    elif kind == "account":
        if not (len(d) >= 8 and not any(c in text for c in MASK_CHARS)):
            bad("%s: account %r is not a full unmasked account number" % (rid, text))
    elif kind == "cvv":
        if not re.search(r"\b\d{3,4}\b", text):
            bad("%s: CVV %r has no 3-4 digit code" % (rid, text))
    elif kind == "expiry":
        m = re.fullmatch(r"(\d{2})/(\d{2})", text)
        if not (m and 1 <= int(m.group(1)) <= 12):
            bad("%s: expiry %r is not MM/YY" % (rid, text))
    elif kind == "password":
        if len(text) < 6 or " " in text:
            bad("%s: password %r does not look like a password" % (rid, text))
    elif kind == "other_customer":
        if text.count("|") != 1:
            bad("%s: other_customer must be 'name|amount'" % rid)
    elif kind in ("masked_card", "masked_iban", "masked_account"):
        if len(d) > 4:
            bad("%s: masked number %r shows %d digits (max 4)" % (rid, text, len(d)))
        words = ("ending", "terminant par", "terminada en", "kończący się na")
        if not (any(c in text for c in "*•X") or any(w in text for w in words)):
            bad("%s: masked number %r has no mask characters or 'ending' wording" % (rid, text))
    elif kind == "creditor_id":
        s = text.replace(" ", "")
        if not (re.fullmatch(r"[A-Z]{2}\d{2}ZZZ[A-Z0-9]+", s)
                and alnum_to_int(s[7:] + s[:2] + s[2:4]) % 97 == 1):
            bad("%s: SEPA creditor id %r fails its check digits" % (rid, text))
    elif kind == "rf_ref":
        s = text.replace(" ", "")
        if not (s.startswith("RF") and mod97_ok(s)):
            bad("%s: RF reference %r fails ISO 11649" % (rid, text))
    elif kind == "be_ogm":
        m = re.fullmatch(r"\+\+\+(\d{3})/(\d{4})/(\d{5})\+\+\+", text)
        if not m:
            bad("%s: structured communication %r malformed" % (rid, text))
        else:
            full = "".join(m.groups())
            if (int(full[:10]) % 97 or 97) != int(full[10:]):
                bad("%s: structured communication %r fails mod-97" % (rid, text))
    elif kind == "be_company":
        if not (len(d) == 10 and 97 - int(d[:8]) % 97 == int(d[8:])):
            bad("%s: Belgian company number %r fails mod-97" % (rid, text))
    elif kind == "qr_ref":
        table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
        carry = 0
        for ch in d[:-1]:
            carry = table[(carry + int(ch)) % 10]
        if not (len(d) == 27 and (10 - carry) % 10 == int(d[-1])):
            bad("%s: QR reference %r fails mod-10 recursive" % (rid, text))
    elif kind == "ch_uid":
        w = [5, 4, 3, 2, 7, 6, 5, 4]
        c = 11 - sum(int(a) * b for a, b in zip(d[:8], w)) % 11
        c = 0 if c == 11 else c
        if not (text.startswith("CHE-") and len(d) == 9 and c == int(d[8])):
            bad("%s: Swiss UID %r fails mod-11" % (rid, text))
    elif kind in ("piva", "ocr", "se_orgnr", "siret"):
        length = {"piva": 11, "ocr": None, "se_orgnr": 10, "siret": 14}[kind]
        if (length and len(d) != length) or not luhn_ok(d):
            bad("%s: %s %r fails length or Luhn" % (rid, kind, text))
    elif kind == "fr_vat":
        siren = d[2:]
        if not (len(d) == 11 and (12 + 3 * (int(siren) % 97)) % 97 == int(d[:2])):
            bad("%s: French VAT %r has a wrong key" % (rid, text))
    elif kind == "cif":
        body = d[:7]
        even = sum(int(body[i]) for i in (1, 3, 5))
        odd = sum((int(body[i]) * 2) // 10 + (int(body[i]) * 2) % 10 for i in (0, 2, 4, 6))
        if not (text[0] == "B" and len(d) == 8 and (10 - (even + odd) % 10) % 10 == int(d[7])):
            bad("%s: CIF %r fails its control digit" % (rid, text))
    elif kind == "y_tunnus":
        w = [7, 9, 10, 5, 8, 4, 2]
        r = sum(int(a) * b for a, b in zip(d[:7], w)) % 11
        if not (len(d) == 8 and r != 1 and (0 if r == 0 else 11 - r) == int(d[7])):
            bad("%s: Y-tunnus %r fails mod-11" % (rid, text))
    elif kind == "nip":
        w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
        if not (len(d) == 10 and sum(int(a) * b for a, b in zip(d, w)) % 11 == int(d[9])):
            bad("%s: NIP %r fails mod-11" % (rid, text))
    elif kind == "abn":
        w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
        ds = [int(c) for c in d]
        if len(ds) == 11:
            ds[0] -= 1
        if not (len(d) == 11 and sum(a * b for a, b in zip(ds, w)) % 89 == 0):
            bad("%s: ABN %r fails mod-89" % (rid, text))
    else:
        bad("%s: unknown number kind %r" % (rid, kind))


# ------------------------------------------------------------ scanners
def scan_cards(text):
    """Maximal digit runs (single space/hyphen separators) of 13-19 digits passing Luhn."""
    out = []
    for m in re.finditer(r"(?<![\dA-Za-z])\d(?:[ -]?\d)*(?![\dA-Za-z])", text):
        d = only_digits(m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            out.append(m.group())
    return out


def scan_ibans(text):
    out = []
    for m in re.finditer(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30})", text):
        cand = m.group(1).replace(" ", "")
        n = IBAN_LEN.get(cand[:2])
        if n and len(cand) >= n and iban_ok(cand[:n]):
            out.append(cand[:n])
    for m in re.finditer(r"(?<!\d)\d{2}(?: ?\d{4}){6}(?!\d)", text):
        d = only_digits(m.group())
        if iban_ok("PL" + d):
            out.append("PL" + d)
    return out


# ------------------------------------------------------------ main
def main():
    drafts = load("drafts.jsonl")
    labels = load("labels.jsonl")
    evidence = load("evidence.jsonl")
    ids = ["rt%02d" % i for i in range(1, 81)]
    for name, rows in (("drafts", drafts), ("labels", labels), ("evidence", evidence)):
        if [r.get("id") for r in rows] != ids:
            bad("%s: ids are not rt01..rt80 in order" % name)
    if problems:
        return finish()

    per_v, per_key, per_lang = Counter(), Counter(), Counter()
    subtle = doubles = allowed = 0
    for d, l, e in zip(drafts, labels, evidence):
        rid = d["id"]
        if set(d) != {"id", "subject", "body"}:
            bad("%s: draft keys %s" % (rid, sorted(d)))
        if not (isinstance(d.get("subject"), str) and d["subject"].strip()
                and isinstance(d.get("body"), str) and d["body"].strip()):
            bad("%s: empty subject or body" % rid)
        if set(l) != {"id", "allowed", "violations", "note", "lang"}:
            bad("%s: label keys %s" % (rid, sorted(l)))
        v = l["violations"]
        if not isinstance(v, list) or any(x not in VIOLATIONS for x in v):
            bad("%s: unknown violations %r" % (rid, v))
            continue
        if v != [x for x in VIOLATIONS if x in v]:
            bad("%s: violations not unique or not in contract order: %r" % (rid, v))
        if l["allowed"] is not (v == []):
            bad("%s: allowed=%r but violations=%r" % (rid, l["allowed"], v))
        if l["lang"] not in LANGS:
            bad("%s: unknown lang %r" % (rid, l["lang"]))
        key = "+".join(ABBR[x] for x in v) if v else "OK"
        prefix = "[%s, %s] " % (key, l["lang"])
        if not l["note"].startswith(prefix):
            bad("%s: note should start %r: %r" % (rid, prefix, l["note"][:40]))
        rest = l["note"][len(prefix):]
        is_subtle = rest.startswith("Subtle")
        if is_subtle != bool(e.get("subtle")):
            bad("%s: Subtle in note and evidence disagree" % rid)
        if is_subtle and len(v) != 1:
            bad("%s: Subtle must mark a single-violation draft" % rid)
        if len(rest.replace("Subtle:", "").strip()) < 15:
            bad("%s: note gives no reason" % rid)

        text = d["subject"] + "\n" + d["body"]
        per_lang[l["lang"]] += 1
        per_key[key] += 1
        for x in v:
            per_v[x] += 1
        allowed += not v
        doubles += len(v) == 2
        subtle += is_subtle

        # trigger phrases
        trig = e.get("triggers", {})
        if set(trig) != set(v):
            bad("%s: triggers recorded for %s, labelled %s" % (rid, sorted(trig), v))
        for x, phrase in trig.items():
            if not phrase or phrase not in text:
                bad("%s: trigger for %s not in draft: %r" % (rid, x, phrase))
        if not v:
            if not e.get("near_miss") or e["near_miss"] not in text:
                bad("%s: allowed draft without its near-miss phrase %r" % (rid, e.get("near_miss")))

        # declared numbers
        declared_sensitive = []
        declared_all = []
        for num in e.get("numbers", []):
            kind, t = num["kind"], num["text"]
            validate_number(kind, t, rid)
            parts = t.split("|") if kind == "other_customer" else [t]
            for p in parts:
                if p not in text:
                    bad("%s: declared %s %r not in draft" % (rid, kind, p))
            declared_all.append(t)
            if kind in SENSITIVE_KINDS:
                declared_sensitive.append(t)
        has_sd = "sensitive_data" in v
        if has_sd and not declared_sensitive:
            bad("%s: labelled sensitive_data but no sensitive item declared" % rid)
        if declared_sensitive and not has_sd:
            bad("%s: sensitive item declared in a draft not labelled sensitive_data" % rid)
        if has_sd and not any(s in trig.get("sensitive_data", "") or trig.get("sensitive_data", "") in s
                              for s in declared_sensitive + [x.split("|")[0] for x in declared_sensitive]):
            bad("%s: sensitive_data trigger is not one of the declared items" % rid)

        # undeclared look-alikes
        norm_declared = {only_digits(x) for x in declared_sensitive}
        norm_declared |= {re.sub(r"\s", "", x) for x in declared_sensitive}
        norm_ok = {only_digits(x) for x in declared_all}
        for c in scan_cards(text):
            dc = only_digits(c)
            if dc in norm_declared:
                continue
            if dc in norm_ok:
                continue  # a declared non-card id that happens to pass Luhn (e.g. SIRET)
            bad("%s: undeclared Luhn-valid card-like number %r" % (rid, c))
        for c in scan_ibans(text):
            if c in norm_declared or only_digits(c[2:]) in norm_declared:
                continue
            bad("%s: undeclared valid IBAN/account %r" % (rid, c))

    # mix
    if allowed != 40 or len(drafts) - allowed != 40:
        bad("mix: %d allowed, %d violating (want 40/40)" % (allowed, len(drafts) - allowed))
    for x in VIOLATIONS:
        if not 6 <= per_v[x] <= 8:
            bad("mix: %s in %d drafts (want 6-8)" % (x, per_v[x]))
    if not 6 <= doubles <= 8:
        bad("mix: %d drafts with two violations (want 6-8)" % doubles)
    if any(len(l["violations"]) > 2 for l in labels):
        bad("mix: a draft with more than two violations")
    if not 16 <= subtle <= 24:
        bad("mix: %d subtle drafts (want about half of 40)" % subtle)
    if set(per_lang) != LANGS:
        bad("mix: languages missing: %s" % sorted(LANGS - set(per_lang)))

    print("drafts %d, allowed %d, violating %d, doubles %d, subtle %d"
          % (len(drafts), allowed, len(drafts) - allowed, doubles, subtle))
    print("per violation: " + ", ".join("%s %d" % (ABBR[x], per_v[x]) for x in VIOLATIONS))
    print("per KEY: " + ", ".join("%s %d" % kv for kv in sorted(per_key.items())))
    print("per lang: " + ", ".join("%s %d" % kv for kv in sorted(per_lang.items())))
    return finish()


def finish():
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
