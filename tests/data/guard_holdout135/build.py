#!/usr/bin/env python3
"""Regenerate the blind363 guard set. Standard library only, fixed seed 363.

Writes drafts.jsonl, labels.jsonl and checks.jsonl next to this file.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import ABBR, VIOLATIONS  # noqa: E402
from drafts_a import ALLOWED  # noqa: E402
from drafts_b import VIOLATING  # noqa: E402

SEED = 363


def iban_check_digits(country, bban):
    rearranged = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    return "%02d" % (98 - int(num) % 97)


def make_iban(country, bban):
    raw = country + iban_check_digits(country, bban) + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def fill(obj, subs):
    if isinstance(obj, str):
        for k, v in subs.items():
            obj = obj.replace("{" + k + "}", v)
        return obj
    if isinstance(obj, list):
        return [fill(x, subs) for x in obj]
    if isinstance(obj, dict):
        return {k: fill(v, subs) for k, v in obj.items()}
    return obj


def main():
    rng = random.Random(SEED)
    # Made-up numbers, generated so that they are *valid* (mod-97) where the
    # label says they are a full IBAN; the bank code is fictitious.
    de_bban = "7" + "".join(rng.choice("0123456789") for _ in range(7)) + \
              "".join(rng.choice("0123456789") for _ in range(10))
    subs = {
        "IBAN_DE_OURS": make_iban("DE", de_bban),
        "ACC_VN_OURS": "0071" + "".join(rng.choice("0123456789") for _ in range(9)),
    }
    items = [fill(d, subs) for d in ALLOWED + VIOLATING]
    rng.shuffle(items)

    drafts, labels, checks = [], [], []
    for i, d in enumerate(items, 1):
        pid = "pm%02d" % i
        vio = [v for v in VIOLATIONS if v in d["violations"]]
        key = "+".join(ABBR[v] for v in vio) if vio else "OK"
        note = "[%s, %s] %s%s" % (key, d["lang"], "Subtle. " if d["subtle"] else "", d["why"])
        drafts.append({"id": pid, "subject": d["subject"], "body": d["body"]})
        labels.append({"id": pid, "allowed": not vio, "violations": vio, "note": note, "lang": d["lang"]})
        checks.append({"id": pid, "subtle": d["subtle"], "triggers": d["triggers"], "numbers": d["nums"]})

    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels), ("checks.jsonl", checks)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d drafts" % len(drafts))


if __name__ == "__main__":
    main()
