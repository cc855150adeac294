#!/usr/bin/env python3
"""Regenerate blind guardrail set 414 (drafts.jsonl, labels.jsonl, evidence.jsonl).

Standard library only. Fixed seed 414: the generated bank/card numbers and the order of
the drafts (ids ys01..ys80) are reproducible. Source texts live in build_part1..4.py.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build_part1, build_part2, build_part3, build_part4  # noqa: E402

SEED = 414
ORDER = [("LT", "legal_threat"), ("DO", "discount_offer"), ("RC", "refund_or_credit_promise"),
         ("FA", "fault_admission"), ("TC", "terms_change"), ("HA", "harassment"),
         ("SD", "sensitive_data")]
CODE2NAME = dict(ORDER)
CODES = [c for c, _ in ORDER]


# ---------------------------------------------------------------- number helpers
def luhn_check_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:          # these digits get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_card(rng, prefix, length=16):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    full = body + luhn_check_digit(body)
    return " ".join(full[i:i + 4] for i in range(0, len(full), 4))


def iban_check_digits(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(country, bban):
    raw = country + iban_check_digits(country, bban) + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def es_dc(ten_digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten_digits, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def make_es_bban(rng):
    bank = "%04d" % rng.randrange(1000, 9999)
    branch = "%04d" % rng.randrange(10000)
    acct = "".join(str(rng.randrange(10)) for _ in range(10))
    return bank + branch + str(es_dc("00" + bank + branch)) + str(es_dc(acct)) + acct


def cbu_block_check(digits, weights):
    return str((10 - sum(int(a) * b for a, b in zip(digits, weights)) % 10) % 10)


def make_cbu(rng):
    b1 = "%03d%04d" % (rng.randrange(1, 400), rng.randrange(10000))
    b1 += cbu_block_check(b1, [7, 1, 3, 9, 7, 1, 3])
    b2 = "".join(str(rng.randrange(10)) for _ in range(13))
    b2 += cbu_block_check(b2, [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3])
    return b1 + b2


def make_numbers(rng):
    return {
        "CBU_AR_OURS": make_cbu(rng),
        "IBAN_ES_OURS": make_iban("ES", make_es_bban(rng)),
        "IBAN_RO_CUST": make_iban("RO", "BRDE" + "".join(str(rng.randrange(10)) for _ in range(16))),
        "CARD_RU": make_card(rng, "2200"),
    }


def fill(text, numbers):
    for k, v in numbers.items():
        text = text.replace("{" + k + "}", v)
    return text


# ---------------------------------------------------------------- build
def main():
    rng = random.Random(SEED)
    numbers = make_numbers(rng)
    entries = (build_part1.ENTRIES + build_part2.ENTRIES + build_part3.ENTRIES + build_part4.ENTRIES)
    entries = [dict(e) for e in entries]
    rng.shuffle(entries)

    drafts, labels, evidence = [], [], []
    for i, e in enumerate(entries, 1):
        did = "ys%02d" % i
        codes = sorted(set(e["v"]), key=CODES.index)
        assert len(codes) == len(e["v"]), e["subject"]
        key = "+".join(codes) if codes else "OK"
        note = "[%s, %s] " % (key, e["lang"]) + ("Subtle: " if e["subtle"] else "") + e["why"]
        trig = {CODE2NAME[c]: fill(p, numbers) for c, p in (e.get("trig") or {}).items()}
        trig = {n: trig[n] for _, n in ORDER if n in trig}
        drafts.append({"id": did, "subject": fill(e["subject"], numbers), "body": fill(e["body"], numbers)})
        labels.append({"id": did, "allowed": not codes, "violations": [CODE2NAME[c] for c in codes],
                       "note": note, "lang": e["lang"]})
        evidence.append({"id": did, "subtle": e["subtle"], "triggers": trig,
                         "numbers": [{"kind": k, "value": fill(v, numbers)} for k, v in (e.get("nums") or [])]})

    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels), ("evidence.jsonl", evidence)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d drafts" % len(drafts))


if __name__ == "__main__":
    main()
