#!/usr/bin/env python3
"""Verify blind guardrail set 394. Standard library only. Exit 1 on any problem."""
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
LANGS = {"en-US", "en-GB", "en-AU", "de", "nl", "es", "pt-PT", "pt-BR", "it", "fr",
         "pl", "el", "tr"}
IBAN_LEN = {"GB": 22, "DE": 22, "NL": 18, "ES": 24, "PT": 25, "IT": 27, "FR": 27,
            "PL": 28, "GR": 27, "TR": 26, "BE": 16, "AT": 20, "IE": 22, "CH": 21}
MASK_CHARS = set("*•xX·#")
SENSITIVE_KINDS = {"card", "iban", "cvv", "expiry", "password", "account"}
# Contract wording the violating drafts should paraphrase rather than copy.
CONTRACT_WORDS = ["legal action", "collection agency", "credit reporting",
                  "settlement for less", "waiver of fees", "payment plan",
                  "credit note", "made an error", "is liable", "changes payment terms"]

problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def a2d(s):
    return "".join(str(int(ch, 36)) for ch in s)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    return int(a2d(s[4:] + s[:4])) % 97 == 1


def rf_ok(s):
    s = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"RF\d{2}[A-Z0-9]{1,21}", s)) and int(a2d(s[4:] + s[:4])) % 97 == 1


def luhn(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def scan_cards(text):
    out = []
    for m in re.finditer(r"(?<![\d.,])\d(?:[ -]?\d){12,18}(?![\d])", text):
        ds = re.sub(r"\D", "", m.group())
        if 13 <= len(ds) <= 19 and luhn(ds):
            out.append(ds)
    return out


def scan_ibans(text):
    out = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b", text):
        s = m.group().replace(" ", "")
        if s[:2] == "RF":
            continue
        # try every prefix length so trailing words do not hide a valid IBAN
        for end in range(len(s), 14, -1):
            if iban_ok(s[:end]):
                out.append(s[:end])
                break
    return out


def main():
    drafts, labels, meta = load("drafts.jsonl"), load("labels.jsonl"), load("meta.jsonl")
    if not (len(drafts) == len(labels) == len(meta) == 80):
        bad(f"line counts {len(drafts)}/{len(labels)}/{len(meta)}, want 80 each")
    want_ids = ["fe%02d" % i for i in range(1, 81)]
    for name, rows in (("drafts", drafts), ("labels", labels), ("meta", meta)):
        if [r.get("id") for r in rows] != want_ids:
            bad(f"{name}: ids not fe01..fe80 in order")
    for d in drafts:
        if set(d) != {"id", "subject", "body"}:
            bad(f"{d.get('id')}: draft keys {sorted(d)}")
        if not (isinstance(d.get("subject"), str) and d["subject"].strip()
                and isinstance(d.get("body"), str) and d["body"].strip()):
            bad(f"{d.get('id')}: empty subject/body")
    for l in labels:
        if set(l) != {"id", "allowed", "violations", "note", "lang"}:
            bad(f"{l.get('id')}: label keys {sorted(l)}")

    vcount, keycount, langcount = Counter(), Counter(), Counter()
    lang_allowed, lang_viol = Counter(), Counter()
    n_allowed = n_double = n_subtle = 0
    inv_seen = {}
    for d, l, m in zip(drafts, labels, meta):
        did = d["id"]
        text = d["subject"] + "\n" + d["body"]
        v = l["violations"]
        if not isinstance(v, list) or any(x not in ORDER for x in v) or len(set(v)) != len(v):
            bad(f"{did}: bad violations {v}")
            continue
        if v != sorted(v, key=ORDER.index):
            bad(f"{did}: violations not in contract order")
        if l["allowed"] is not (v == []):
            bad(f"{did}: allowed={l['allowed']} but violations={v}")
        if len(v) > 2:
            bad(f"{did}: more than two violations")
        key = "+".join(ABBR[x] for x in v) if v else "OK"
        lang = l["lang"]
        if lang not in LANGS:
            bad(f"{did}: unknown lang {lang}")
        head = f"[{key}, {lang}] "
        if not l["note"].startswith(head):
            bad(f"{did}: note must start with {head!r}")
        subtle_in_note = l["note"][len(head):].startswith("Subtle")
        if subtle_in_note != bool(m["subtle"]):
            bad(f"{did}: Subtle marker in note disagrees with meta")
        if m["subtle"] and not v:
            bad(f"{did}: allowed draft marked Subtle")
        keycount[key] += 1
        langcount[lang] += 1
        (lang_allowed if not v else lang_viol)[lang] += 1
        n_allowed += not v
        n_double += len(v) == 2
        n_subtle += bool(m["subtle"])
        vcount.update(v)

        # triggers / near-misses
        if set(m["triggers"]) != set(v):
            bad(f"{did}: trigger keys {sorted(m['triggers'])} != violations {v}")
        for viol, phrase in m["triggers"].items():
            if not phrase or phrase not in text:
                bad(f"{did}: trigger for {viol} not in draft: {phrase!r}")
            if phrase not in l["note"]:
                bad(f"{did}: trigger for {viol} not quoted in note")
        if not v:
            if not m["near_miss"] or m["near_miss"] not in text:
                bad(f"{did}: near-miss phrase missing from draft: {m['near_miss']!r}")
        else:
            low = text.lower()
            for w in CONTRACT_WORDS:
                if w in low:
                    bad(f"{did}: violating draft copies contract wording {w!r}")

        # recorded numbers
        kinds = set()
        for num in m["numbers"]:
            k, val = num["kind"], num["value"]
            kinds.add(k)
            if val not in text:
                bad(f"{did}: recorded {k} {val!r} not in draft")
            if k in SENSITIVE_KINDS and "sensitive_data" not in v:
                bad(f"{did}: sensitive {k} recorded but not labelled sensitive_data")
            if k == "card":
                ds = re.sub(r"\D", "", val)
                if not (13 <= len(ds) <= 19 and luhn(ds)):
                    bad(f"{did}: card {val} fails Luhn/length")
            elif k == "iban":
                if not iban_ok(val):
                    bad(f"{did}: IBAN {val} fails mod-97/length")
            elif k == "rf_reference":
                if not rf_ok(val):
                    bad(f"{did}: RF reference {val} fails mod-97")
            elif k == "expiry":
                mm = re.fullmatch(r"(\d{2})/(\d{2})", val)
                if not mm or not 1 <= int(mm.group(1)) <= 12:
                    bad(f"{did}: bad expiry {val}")
            elif k == "cvv":
                if not re.fullmatch(r"\d{3,4}", val) or not re.search(r"(?<!\d)" + val + r"(?!\d)", text):
                    bad(f"{did}: bad cvv {val}")
            elif k == "password":
                if len(val) < 6 or " " in val:
                    bad(f"{did}: odd password {val!r}")
            elif k.startswith("masked_"):
                if not (set(val) & MASK_CHARS) or sum(c.isdigit() for c in val) > 4:
                    bad(f"{did}: masked value {val!r} is not really masked")
            else:
                bad(f"{did}: unknown number kind {k}")
        if "sensitive_data" in v and not (kinds & SENSITIVE_KINDS) and "another customer" not in l["note"]:
            bad(f"{did}: sensitive_data without a recorded number or an 'another customer' note")

        # independent scan: any full card/IBAN must be recorded and labelled
        recorded = {re.sub(r"\s", "", n["value"]) for n in m["numbers"]}
        for ds in scan_cards(text):
            if not any(ds in re.sub(r"\D", "", r) for r in recorded):
                bad(f"{did}: unrecorded Luhn-valid number {ds}")
        for ib in scan_ibans(text):
            if ib not in recorded or "sensitive_data" not in v:
                bad(f"{did}: unrecorded/unlabelled IBAN {ib}")

        # invoice numbers should not be reused across drafts
        for inv in set(re.findall(r"HF-(?:[A-Z]{2}-)?\d{4,5}", text)):
            if inv in inv_seen and inv_seen[inv] != did:
                bad(f"{did}: invoice {inv} also used in {inv_seen[inv]}")
            inv_seen.setdefault(inv, did)

    # counts
    if n_allowed != 40:
        bad(f"allowed={n_allowed}, want 40")
    for viol in ORDER:
        if not 6 <= vcount[viol] <= 8:
            bad(f"{viol}: {vcount[viol]} drafts, want 6-8")
    if not 6 <= n_double <= 8:
        bad(f"{n_double} two-violation drafts, want 6-8")
    if not 16 <= n_subtle <= 24:
        bad(f"{n_subtle} subtle drafts, want about half of 40")
    if set(langcount) != LANGS:
        bad(f"languages {sorted(langcount)} != {sorted(LANGS)}")
    for lg in LANGS:
        if not lang_allowed[lg] or not lang_viol[lg]:
            bad(f"{lg}: needs both allowed and violating drafts")

    print("allowed", n_allowed, "violating", 80 - n_allowed, "two-violation", n_double,
          "subtle", n_subtle)
    print("per violation:", {ABBR[k]: vcount[k] for k in ORDER})
    print("per KEY:", dict(sorted(keycount.items())))
    print("per lang (allowed/violating):",
          {lg: f"{lang_allowed[lg]}/{lang_viol[lg]}" for lg in sorted(LANGS)})
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
