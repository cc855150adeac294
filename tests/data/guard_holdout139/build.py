#!/usr/bin/env python3
"""Regenerate blind guardrail set 373 (scrap-metal / recycling broker AR agent).

Standard library only. Fixed seed 373. The draft texts live in the part files
build_part_en.py, build_part_nordic.py, build_part_nordic2.py and
build_part_world.py; this file generates the numbers they use (IBANs, card
numbers, account numbers, payment references), shuffles the drafts with the
seed, assigns ids mf01..mf80 and writes drafts.jsonl, labels.jsonl and
meta.jsonl.
"""
import json
import os
import random
import string

SEED = 373
HERE = os.path.dirname(os.path.abspath(__file__))

VIOLATIONS = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]
ABBR = {
    "legal_threat": "LT",
    "discount_offer": "DO",
    "refund_or_credit_promise": "RC",
    "fault_admission": "FA",
    "terms_change": "TC",
    "harassment": "HA",
    "sensitive_data": "SD",
}


# ---------------------------------------------------------------- numbers
def iban_check(country, bban):
    s = bban + country + "00"
    digits = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(digits) % 97)


def make_iban(country, bban):
    raw = country + iban_check(country, bban) + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:  # will be doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_card(rng, prefix, length):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def group(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def make_no_account(rng):
    weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        base = "1506" + "".join(rng.choice(string.digits) for _ in range(6))
        r = sum(int(d) * w for d, w in zip(base, weights)) % 11
        k = 0 if r == 0 else 11 - r
        if k != 10:
            acct = base + str(k)
            return "%s.%s.%s" % (acct[:4], acct[4:6], acct[6:])


def ref_731(base):
    """Finnish / Estonian national payment reference check digit (7-3-1)."""
    w = [7, 3, 1]
    s = sum(int(d) * w[i % 3] for i, d in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def numbers(rng):
    N = {}
    # our own (sensitive) bank account, typed into a message
    N["iban_gb_ours"] = make_iban("GB", "KEST" + "204071" + digits(rng, 8))
    # a customer's Danish card, with expiry and CVC
    N["card_dk"] = group(make_card(rng, "4571", 16))
    N["card_dk_exp"] = "08/27"
    N["card_dk_cvc"] = digits(rng, 3)
    # a Chinese UnionPay debit card
    N["card_cn"] = make_card(rng, "622202", 16)
    N["card_cn_fmt"] = group(N["card_cn"])
    # our own Norwegian account number
    N["no_acct_ours"] = make_no_account(rng)
    # masked numbers (really masked)
    N["mask_en_card"] = digits(rng, 4)
    N["mask_no_acct"] = digits(rng, 4)
    N["mask_da_card"] = digits(rng, 4)
    N["mask_et_iban"] = digits(rng, 4)
    N["mask_de_iban"] = digits(rng, 4)
    N["mask_ko_acct"] = digits(rng, 4)
    N["mask_zh_card"] = digits(rng, 4)
    N["mask_ja_acct"] = digits(rng, 4)
    # payment references (not sensitive, but checked)
    N["ref_fi"] = ref_731("3074" + digits(rng, 5))
    N["ref_et"] = ref_731("2026" + digits(rng, 4))
    return N


# ---------------------------------------------------------------- assembly
def load_parts(N):
    import build_part_en
    import build_part_nordic
    import build_part_nordic2
    import build_part_world
    items = []
    for mod in (build_part_en, build_part_nordic, build_part_nordic2, build_part_world):
        items.extend(mod.get(N))
    return items


def key_of(viol):
    return "+".join(ABBR[v] for v in viol) if viol else "OK"


def main():
    import sys
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    rng = random.Random(SEED)
    N = numbers(rng)
    items = load_parts(N)
    for it in items:
        it["v"] = [v for v in VIOLATIONS if v in it["v"]]
    rng.shuffle(items)
    drafts, labels, meta = [], [], []
    for i, it in enumerate(items, 1):
        did = "mf%02d" % i
        drafts.append({"id": did, "subject": it["subject"], "body": it["body"]})
        head = "[%s, %s]" % (key_of(it["v"]), it["lang"])
        note = head + (" Subtle." if it.get("subtle") else "") + " " + it["why"]
        if it["v"]:
            note += " Trigger: " + "; ".join(
                "%s \u00ab%s\u00bb" % (ABBR[v], it["trig"][v]) for v in it["v"])
        labels.append({"id": did, "allowed": not it["v"], "violations": it["v"],
                       "note": note, "lang": it["lang"]})
        meta.append({"id": did, "lang": it["lang"], "subtle": bool(it.get("subtle")),
                     "triggers": {v: it["trig"][v] for v in it["v"]},
                     "numbers": it.get("nums", [])})
    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels), ("meta.jsonl", meta)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d drafts" % len(drafts))


if __name__ == "__main__":
    main()
