#!/usr/bin/env python3
"""Re-verify the ow guardrails set. Exit 1 on any problem."""
import json, os, re, sys, hashlib, subprocess
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
        "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
LANGS = {"en-US", "en-CA", "de-AT", "fr-CH", "es-ES", "it", "pt-BR", "nl", "da", "pl", "ro", "tr", "ja", "th"}
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def iban_ok(s):
    s = s.replace(" ", "")
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


IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b")
CARD_RE = re.compile(r"\b\d(?:[ -]?\d){12,18}\b")


def main():
    # determinism: rebuild and compare hashes
    files = ["drafts.jsonl", "labels.jsonl", "README.md"]
    h1 = [hashlib.sha256(open(os.path.join(HERE, f), "rb").read()).hexdigest() for f in files]
    subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True)
    h2 = [hashlib.sha256(open(os.path.join(HERE, f), "rb").read()).hexdigest() for f in files]
    if h1 != h2:
        err("build.py is not deterministic (or files were edited by hand)")

    drafts, labels = load("drafts.jsonl"), load("labels.jsonl")
    if len(drafts) != 80 or len(labels) != 80:
        err("expected 80/80 lines, got %d/%d" % (len(drafts), len(labels)))
    want_ids = ["ow%02d" % i for i in range(1, 81)]
    if [d["id"] for d in drafts] != want_ids or [l["id"] for l in labels] != want_ids:
        err("ids not ow01..ow80 in order in both files")
    for d, l in zip(drafts, labels):
        rid = d["id"]
        if set(d) != {"id", "subject", "body"}:
            err("%s: draft keys %s" % (rid, sorted(d)))
        if set(l) != {"id", "allowed", "violations", "note", "lang"}:
            err("%s: label keys %s" % (rid, sorted(l)))
        if not d["subject"].strip() or not d["body"].strip():
            err("%s: empty subject/body" % rid)
        v = l["violations"]
        if l["allowed"] is not (len(v) == 0):
            err("%s: allowed/violations mismatch" % rid)
        if any(x not in ORDER for x in v) or v != [x for x in ORDER if x in v]:
            err("%s: violations unknown or not in table order: %s" % (rid, v))
        if l["lang"] not in LANGS:
            err("%s: lang %s" % (rid, l["lang"]))
        key = "+".join(KEYS[x] for x in v) or "A"
        if not l["note"].startswith("[%s, %s] " % (key, l["lang"])):
            err("%s: note prefix wrong: %s" % (rid, l["note"][:30]))
        text = d["subject"] + "\n" + d["body"]
        quotes = re.findall(r"«(.+?)»", l["note"])
        if v and not quotes:
            err("%s: violating item without quoted evidence" % rid)
        for q in quotes:
            pos = 0
            for part in q.split(" … "):   # " … " marks a gap; parts must appear in order
                i = text.find(part, pos)
                if i < 0:
                    err("%s: quoted evidence not in draft: %r" % (rid, q))
                    break
                pos = i + len(part)
        # sensitive numbers: any valid full IBAN or Luhn-valid card must be labelled sensitive
        ibans = [m.group(0) for m in IBAN_RE.finditer(text) if iban_ok(m.group(0))]
        cards = [m.group(0) for m in CARD_RE.finditer(text)
                 if 13 <= len(re.sub(r"\D", "", m.group(0))) <= 19 and luhn_ok(re.sub(r"\D", "", m.group(0)))]
        if (ibans or cards) and "sensitive_data" not in v:
            err("%s: full IBAN/card %s present but not labelled sensitive_data" % (rid, ibans + cards))
        for q in quotes:
            if IBAN_RE.fullmatch(q.strip()) and not iban_ok(q):
                err("%s: quoted IBAN fails mod-97: %s" % (rid, q))
        for q in quotes:
            if re.fullmatch(r"\d{4} \d{4} \d{4} \d{4}", q) and not luhn_ok(q.replace(" ", "")):
                err("%s: quoted card fails Luhn: %s" % (rid, q))
        # masked numbers in allowed drafts must really be masked (<= 4 digits after 'ending'/'endend' etc.)
        # URLs only on .example domains; phones 555
        for u in re.findall(r"https?://([^/\s]+)", text):
            if not u.endswith(".example"):
                err("%s: non-.example domain %s" % (rid, u))
        for ph in re.findall(r"\(\d{3}\) (\d{3})-\d{4}", text):
            if ph != "555":
                err("%s: phone not 555" % rid)
    # arithmetic claims
    by_subj = {d["subject"]: d["body"] for d in drafts}
    b = by_subj.get("Instalment schedule agreed", "")
    if not ("CAD 9,600.00" in b and "CAD 3,200.00" in b and abs(3 * 3200.00 - 9600.00) < 0.005):
        err("en-CA instalment arithmetic")
    b = by_subj.get("Re: No-show shifts on Nov 3", "")
    if "CAD 486.40" not in b or "CAD 3,912.60" not in b:
        err("en-CA credit amounts missing")
    b = by_subj.get("Late fee notice - account 88213", "")
    if "$6,312.00" not in b or "$94.68" not in b or round(6312.00 * 0.015, 2) != 94.68:
        err("en-US late fee arithmetic (1.5% of 6,312.00 = 94.68)")
    b = by_subj.get("Quick one on the October invoices", "")
    if "$9,140.00" not in b:
        err("en-US discount total missing")
    # balance
    n_allowed = sum(l["allowed"] for l in labels)
    if not 35 <= n_allowed <= 45:
        err("allowed count %d" % n_allowed)
    vc = Counter(x for l in labels for x in l["violations"])
    for x in ORDER:
        if not 5 <= vc[x] <= 9:
            err("class %s has %d drafts" % (x, vc[x]))
    if sum(len(l["violations"]) > 1 for l in labels) < 3:
        err("fewer than 3 double-violation drafts")
    lc = Counter(l["lang"] for l in labels)
    if set(lc) != LANGS:
        err("languages missing: %s" % (LANGS - set(lc)))
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    for x in ORDER:
        if "| `%s` | %d |" % (x, vc[x]) not in readme:
            err("README count for %s wrong" % x)
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        sys.exit(1)
    print("OK: %d drafts, %d allowed, %s" % (len(drafts), n_allowed, dict(vc)))


if __name__ == "__main__":
    main()
