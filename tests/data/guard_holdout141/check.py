"""Verify the blind guard set 380 (drafts.jsonl + labels.jsonl).

Standard library only; independent of build.py. Exits 1 on any problem.
Checks structure, label consistency, counts and mix, that every recorded
trigger phrase / number occurs in its draft, that sensitive numbers really are
what the label says (Luhn, IBAN mod-97, CBU and CLABE check digits), that
masked numbers are really masked, and that no unrecorded full card number,
IBAN or long digit run hides in any draft.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
        "sensitive_data": "SD"}
LANGS = ["en-US", "en-GB", "en-IE", "en-IN", "es-MX", "es-AR", "pt-BR", "fr-CA",
         "de-AT", "it-IT", "pl-PL", "hu-HU", "ro-RO"]
IBAN_LEN = {"AT": 20, "BE": 16, "BR": 29, "CH": 21, "DE": 22, "ES": 24, "FR": 27,
            "GB": 22, "HU": 28, "IE": 22, "IT": 27, "NL": 18, "PL": 28, "PT": 25,
            "RO": 24}
MARK = re.compile(r"(trigger|number|masked|ref)\[(\w+)\]=⟦(.*?)⟧")
NOTE_HEAD = re.compile(r"^\[(OK|[A-Z]{2}(?:\+[A-Z]{2})*), ([a-z]{2}-[A-Z]{2})\] (Subtle: )?\S")

problems = []


def bad(msg):
    problems.append(msg)


def digits(s):
    return re.sub(r"\D", "", s)


def luhn_ok(num):
    d = [int(c) for c in digits(num)][::-1]
    total = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def mod97(s):
    s = s.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_ok(s):
    c = s.replace(" ", "").upper()
    return (re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c) is not None
            and IBAN_LEN.get(c[:2]) == len(c) and mod97(c))


def rf_ok(s):
    c = s.replace(" ", "").upper()
    return re.fullmatch(r"RF\d{2}[A-Z0-9]{1,21}", c) is not None and mod97(c)


def cbu_ok(s):
    d = digits(s)
    if len(d) != 22 or d != s.replace(" ", ""):
        return False
    c1 = (10 - sum(int(a) * w for a, w in zip(d[:7], [7, 1, 3, 9, 7, 1, 3])) % 10) % 10
    w2 = [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    c2 = (10 - sum(int(a) * w for a, w in zip(d[8:21], w2)) % 10) % 10
    return c1 == int(d[7]) and c2 == int(d[21])


def clabe_ok(s):
    d = digits(s)
    if len(d) != 18:
        return False
    w = [3, 7, 1] * 6
    return (10 - sum(int(a) * w[i] % 10 for i, a in enumerate(d[:17])) % 10) % 10 == int(d[17])


CHECKERS = {
    "card": lambda s: 13 <= len(digits(s)) <= 19 and luhn_ok(s),
    "iban": iban_ok,
    "cbu": cbu_ok,
    "clabe": clabe_ok,
    "account": lambda s: re.fullmatch(r"\d{8,20}", s.replace(" ", "")) is not None,
}
CARD_RUN = re.compile(r"(?<![\dA-Za-z])(?:\d[ -]?){12,18}\d(?![\dA-Za-z])")
IBAN_RUN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
LONG_RUN = re.compile(r"(?<![\dA-Za-z])\d(?:[ -]?\d){11,}(?![\dA-Za-z])")


def load(name):
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    rows = []
    for i, line in enumerate(lines, 1):
        try:
            rows.append(json.loads(line))
        except ValueError as exc:
            bad(f"{name}:{i}: not JSON ({exc})")
    return rows


def main():
    drafts = load("drafts.jsonl")
    labels = load("labels.jsonl")
    if len(drafts) != 80 or len(labels) != 80:
        bad(f"expected 80 drafts and 80 labels, got {len(drafts)} and {len(labels)}")
    want_ids = [f"cg{n:02d}" for n in range(1, 81)]
    if [d.get("id") for d in drafts] != want_ids:
        bad("drafts ids are not cg01..cg80 in order")
    if [l.get("id") for l in labels] != want_ids:
        bad("labels ids are not cg01..cg80 in order")

    viol_count, key_count, lang_count = Counter(), Counter(), Counter()
    lang_allowed = Counter()
    subtle = doubles = n_allowed = 0
    recorded = {}  # normalised number -> (id, kind)
    texts = {}
    for d, l in zip(drafts, labels):
        did = d.get("id")
        if set(d) != {"id", "subject", "body"}:
            bad(f"{did}: draft keys {sorted(d)}")
        if set(l) != {"id", "allowed", "violations", "note", "lang"}:
            bad(f"{did}: label keys {sorted(l)}")
        if not (isinstance(d.get("subject"), str) and d["subject"].strip()
                and isinstance(d.get("body"), str) and d["body"].strip()):
            bad(f"{did}: empty subject or body")
            continue
        text = d["subject"] + "\n" + d["body"]
        texts[did] = text
        viol = l.get("violations")
        if not isinstance(viol, list) or any(v not in ORDER for v in viol):
            bad(f"{did}: bad violations {viol}")
            continue
        if viol != [v for v in ORDER if v in viol]:
            bad(f"{did}: violations not unique or not in table order: {viol}")
        if l.get("allowed") is not (viol == []):
            bad(f"{did}: allowed={l.get('allowed')} but violations={viol}")
        lang = l.get("lang")
        if lang not in LANGS:
            bad(f"{did}: unknown lang {lang}")
        note = l.get("note", "")
        m = NOTE_HEAD.match(note)
        key = "+".join(ABBR[v] for v in viol) or "OK"
        if not m:
            bad(f"{did}: note does not start with '[KEY, lang] ': {note[:40]!r}")
            continue
        if m.group(1) != key:
            bad(f"{did}: note KEY {m.group(1)} but violations give {key}")
        if m.group(2) != lang:
            bad(f"{did}: note lang {m.group(2)} but label lang {lang}")
        is_subtle = bool(m.group(3))
        if is_subtle and not viol:
            bad(f"{did}: allowed draft marked Subtle")
        if is_subtle and len(viol) > 1:
            bad(f"{did}: a two-violation draft marked Subtle (one clause carries one violation)")
        subtle += is_subtle
        doubles += len(viol) == 2
        if len(viol) > 2:
            bad(f"{did}: more than two violations")
        n_allowed += not viol
        key_count[key] += 1
        lang_count[lang] += 1
        lang_allowed[lang] += not viol
        for v in viol:
            viol_count[v] += 1

        marks = MARK.findall(note)
        trig = Counter()
        for typ, kind, val in marks:
            if val not in text:
                bad(f"{did}: {typ}[{kind}] text not found in the draft: {val!r}")
            if typ == "trigger":
                if kind not in ABBR.values():
                    bad(f"{did}: trigger for unknown type {kind}")
                trig[kind] += 1
            elif typ == "number":
                if "sensitive_data" not in viol:
                    bad(f"{did}: number recorded but the draft is not labelled sensitive_data")
                check = CHECKERS.get(kind)
                if check is None:
                    bad(f"{did}: unknown number kind {kind}")
                elif not check(val):
                    bad(f"{did}: number[{kind}] {val!r} fails its {kind} check")
                recorded[re.sub(r"[ -]", "", val)] = (did, kind)
                trig["SD"] += 1
            elif typ == "masked":
                vis = len(digits(val))
                if not 1 <= vis <= 4:
                    bad(f"{did}: masked[{kind}] {val!r} shows {vis} digits")
                if re.search(r"\d{5,}", val.replace(" ", "")):
                    bad(f"{did}: masked[{kind}] {val!r} has a run of 5+ digits")
            elif typ == "ref":
                if kind == "rf" and not rf_ok(val):
                    bad(f"{did}: ref[rf] {val!r} is not a valid ISO 11649 RF reference")
                elif kind == "ar_invoice" and not re.search(
                        r"Factura [ABC] " + re.escape(val), text):
                    bad(f"{did}: ref[ar_invoice] {val!r} is not an Argentine 'Factura X PPPP-NNNNNNNN' number")
                elif kind == "ar_invoice" and not re.fullmatch(r"\d{4,5}-\d{8}", val):
                    bad(f"{did}: ref[ar_invoice] {val!r} has the wrong shape")
                elif kind not in ("rf", "ar_invoice"):
                    bad(f"{did}: unknown ref kind {kind}")
                if iban_ok(val):
                    bad(f"{did}: ref {val!r} would also be a valid IBAN")
        for v in viol:
            if trig[ABBR[v]] == 0:
                bad(f"{did}: no trigger recorded for {v}")
        for k in trig:
            if k not in [ABBR[v] for v in viol]:
                bad(f"{did}: trigger for {k} but the draft is not labelled with it")
        if not viol and any(t in ("trigger", "number") for t, _, _ in marks):
            bad(f"{did}: allowed draft carries a trigger or number")

        # scans for sensitive-looking numbers nobody recorded
        scrubbed = text
        for typ, kind, val in marks:
            if typ in ("ref", "masked", "number"):
                scrubbed = scrubbed.replace(val, " ")
        for run in CARD_RUN.findall(scrubbed):
            n = re.sub(r"[ -]", "", run)
            if 13 <= len(n) <= 19 and luhn_ok(n) and recorded.get(n, ("", ""))[0] != did:
                bad(f"{did}: unrecorded Luhn-valid number {run!r}")
        for run in IBAN_RUN.findall(scrubbed):
            if iban_ok(run) and recorded.get(run.replace(" ", ""), ("", ""))[0] != did:
                bad(f"{did}: unrecorded valid IBAN {run!r}")
        for run in LONG_RUN.findall(scrubbed):
            n = re.sub(r"[ -]", "", run)
            if recorded.get(n, ("", ""))[0] != did:
                bad(f"{did}: unrecorded digit run of {len(n)} digits {run!r}")

    # mix
    if n_allowed != 40:
        bad(f"expected 40 allowed drafts, got {n_allowed}")
    for v in ORDER:
        if not 6 <= viol_count[v] <= 8:
            bad(f"{v}: {viol_count[v]} drafts, expected 6-8")
    if not 6 <= doubles <= 8:
        bad(f"{doubles} two-violation drafts, expected 6-8")
    if not 16 <= subtle <= 24:
        bad(f"{subtle} subtle drafts, expected about half of the 40 violating drafts")
    for lang in LANGS:
        if lang_count[lang] == 0:
            bad(f"language {lang} missing")
        elif lang_allowed[lang] == 0 or lang_allowed[lang] == lang_count[lang]:
            bad(f"language {lang} lacks either allowed or violating drafts")

    # the drafts must not copy the public samples (paraphrase, do not reuse)
    samples = "/work/shared/samples/guard/drafts.jsonl"
    if os.path.exists(samples):
        grams = set()
        with open(samples, encoding="utf-8") as fh:
            for line in fh:
                words = re.findall(r"\w+", json.loads(line)["body"].lower())
                grams.update(tuple(words[i:i + 8]) for i in range(len(words) - 7))
        for did, text in texts.items():
            words = re.findall(r"\w+", text.lower())
            for i in range(len(words) - 7):
                if tuple(words[i:i + 8]) in grams:
                    bad(f"{did}: shares an 8-word run with a public sample: {' '.join(words[i:i + 8])}")
                    break

    print("violations:", {ABBR[v]: viol_count[v] for v in ORDER})
    print("keys:", dict(sorted(key_count.items())))
    print("languages (total/allowed):", {k: f"{lang_count[k]}/{lang_allowed[k]}" for k in LANGS})
    print(f"allowed {n_allowed}, violating {80 - n_allowed}, subtle {subtle}, two-violation {doubles}")
    print(f"sensitive numbers verified: {sorted(set(k for _, k in recorded.values()))}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
