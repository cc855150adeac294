#!/usr/bin/env python3
"""Re-verify the guardrails set from drafts.jsonl + labels.jsonl alone. Exit 1 on any problem."""
import json
import os
import re
import sys
from collections import Counter
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
LETTER = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
          "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
LANGS = "en de fr nl it es pt pl cs sk hu ro bg hr sv da nb fi et el tr ru uk he ar ja zh ko th id".split()
SCRIPT = {  # non-Latin languages must actually be written in their script
    "bg": r"[\u0400-\u04ff]", "ru": r"[\u0400-\u04ff]", "uk": r"[\u0404\u0406\u0407\u0454\u0456\u0457\u0490\u0491]",
    "el": r"[\u0370-\u03ff]", "he": r"[\u0590-\u05ff]", "ar": r"[\u0600-\u06ff]",
    "ja": r"[\u3040-\u30ff]", "zh": r"[\u4e00-\u9fff]", "ko": r"[\uac00-\ud7af]", "th": r"[\u0e00-\u0e7f]",
}
# IBAN lengths for the countries a European dental business might meet
IBAN_LEN = {"AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20,
            "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IL": 23,
            "IT": 27, "LT": 20, "LU": 20, "LV": 21, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24,
            "SE": 24, "SI": 19, "SK": 24, "TR": 26, "UA": 29, "AE": 23, "SA": 24}
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

errors = []


def err(msg):
    errors.append(msg)


def mod97(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def luhn(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            n -= 9 if n > 9 else 0
        tot += n
    return tot % 10 == 0


def amount_tokens(text):
    toks = set()
    for m in re.finditer(r"\d{1,3}(?:[.,\u00a0\u202f' ]\d{3})*(?:[.,]\d{2})?|\d+(?:[.,]\d{2})?", text):
        toks.add(re.sub(r"\D", "", m.group(0)))
    return toks


def digits(s):
    return re.sub(r"\D", "", s)


def main():
    with open(os.path.join(HERE, "drafts.jsonl"), encoding="utf-8") as f:
        drafts = [json.loads(l) for l in f]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(l) for l in f]
    if len(drafts) != 80 or len(labels) != 80:
        err(f"expected 80/80 lines, got {len(drafts)}/{len(labels)}")
    ids = [d["id"] for d in drafts]
    if ids != [f"qu{i:02d}" for i in range(1, len(ids) + 1)]:
        err("draft ids are not qu01..qu80 in order")
    for d, l in zip(drafts, labels):
        did = d["id"]
        if set(d) != {"id", "subject", "body"}:
            err(f"{did}: draft keys {sorted(d)}")
        if set(l) != {"id", "allowed", "violations", "note", "lang"}:
            err(f"{did}: label keys {sorted(l)}")
        if l["id"] != did:
            err(f"{did}: label id {l['id']} out of order")
        v = l["violations"]
        if not isinstance(l["allowed"], bool) or l["allowed"] != (v == []):
            err(f"{did}: allowed/violations mismatch")
        if any(x not in TABLE for x in v) or len(set(v)) != len(v) or v != [x for x in TABLE if x in v]:
            err(f"{did}: violations not unique / not in table order: {v}")
        if l["lang"] not in LANGS:
            err(f"{did}: unknown lang {l['lang']}")
        key = "A" if not v else "+".join(LETTER[x] for x in v)
        if not l["note"].startswith(f"[{key}, {l['lang']}] "):
            err(f"{did}: note prefix should be [{key}, {l['lang']}]: {l['note'][:30]}")
        text = d["subject"] + "\n" + d["body"]
        if not d["subject"].strip() or len(d["body"]) < 80:
            err(f"{did}: empty subject or too short body")
        if l["lang"] in SCRIPT and len(re.findall(SCRIPT[l["lang"]], d["body"])) < 10:
            err(f"{did}: body not in the {l['lang']} script")
        # evidence quotes must be verbatim in the draft
        ev = re.findall(r"«(.+?)»", l["note"])
        if not ev:
            err(f"{did}: note has no evidence quote")
        for e in ev:
            if e not in text:
                err(f"{did}: evidence not in text: {e}")
        # names and domains must be made up
        for dom in re.findall(r"https?://([^/\s]+)", text) + re.findall(r"@([\w.-]+)", text):
            if not dom.rstrip(".").endswith(".example"):
                err(f"{did}: non-.example domain {dom}")
        # machine checks recorded in the note
        chk = l["note"].split("Checks: ", 1)[1].rstrip(".") if "Checks: " in l["note"] else ""
        toks = amount_tokens(text)
        for c in [c.strip() for c in chk.split(";") if c.strip()]:
            kind, arg = c.split(" ", 1)
            if kind == "sum":
                lhs, rhs = arg.split("=")
                parts = lhs.split("+")
                if round(sum(float(p) for p in parts), 2) != round(float(rhs), 2):
                    err(f"{did}: sum does not add up: {arg}")
                for p in parts + [rhs]:
                    if digits(p) not in toks:
                        err(f"{did}: amount {p} not found in text")
            elif kind == "days":
                span, n = arg.split("=")
                a, b = span.split("..")
                if (date.fromisoformat(b) - date.fromisoformat(a)).days != int(n):
                    err(f"{did}: day count wrong: {arg}")
                if not re.search(rf"(?<!\d){n}(?!\d)", text):
                    err(f"{did}: day count {n} not in text")
            elif kind == "weekday":
                dt, wd = arg.split("=")
                if WD[date.fromisoformat(dt).weekday()] != wd:
                    err(f"{did}: {dt} is not a {wd}")
            elif kind == "iban":
                if len(arg) != IBAN_LEN.get(arg[:2], -1) or mod97(arg) != 1:
                    err(f"{did}: claimed IBAN invalid: {arg}")
                if arg not in re.sub(r"\s", "", text):
                    err(f"{did}: IBAN not in text")
                if "sensitive_data" not in v:
                    err(f"{did}: full IBAN in a draft not labelled sensitive_data")
            elif kind == "rf":
                if not arg.startswith("RF") or mod97(arg) != 1:
                    err(f"{did}: RF reference invalid: {arg}")
                if arg not in re.sub(r"\s", "", text):
                    err(f"{did}: RF reference not in text")
            elif kind == "card":
                if not luhn(arg) or arg not in re.sub(r"\D", " ", text).replace(" ", ""):
                    err(f"{did}: card number invalid or absent: {arg}")
                if "sensitive_data" not in v:
                    err(f"{did}: full card in a draft not labelled sensitive_data")
            elif kind == "ukacct":
                sc, acct = arg.split("/")
                if not re.fullmatch(r"\d\d-\d\d-\d\d", sc) or not re.fullmatch(r"\d{8}", acct):
                    err(f"{did}: bad UK account claim {arg}")
                if sc not in text or acct not in text:
                    err(f"{did}: UK account not in text")
            else:
                err(f"{did}: unknown check {c}")
        # drafts labelled allowed must not carry any full IBAN or Luhn-valid card-like number
        if l["allowed"]:
            for m in re.finditer(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30})\b", text):
                raw = m.group(1).replace(" ", "")
                for n in range(len(raw), 14, -1):
                    cand = raw[:n]
                    if IBAN_LEN.get(cand[:2]) == n and mod97(cand) == 1:
                        err(f"{did}: allowed draft contains a valid IBAN {cand}")
            for m in re.finditer(r"(?<![\w])(\d(?:[ -]?\d){12,18})(?![\w])", text):
                if luhn(digits(m.group(1))):
                    err(f"{did}: allowed draft contains a Luhn-valid card-like number {m.group(1)}")
            if re.search(r"\b\d\d-\d\d-\d\d\b.{0,40}\b\d{8}\b", text):
                err(f"{did}: allowed draft looks like it has a sort code + account")
    # distribution
    allowed = sum(1 for l in labels if l["allowed"])
    if not 36 <= allowed <= 44:
        err(f"allowed count {allowed} not about 40")
    cnt = Counter(x for l in labels for x in l["violations"])
    for x in TABLE:
        if not 5 <= cnt[x] <= 9:
            err(f"{x}: {cnt[x]} drafts, want 5-9")
    doubles = sum(1 for l in labels if len(l["violations"]) > 1)
    if not 3 <= doubles <= 8:
        err(f"{doubles} drafts with two violations")
    langs = Counter(l["lang"] for l in labels)
    if set(langs) != set(LANGS):
        err(f"languages missing: {set(LANGS) - set(langs)}")
    if not 14 <= langs["en"] <= 18:
        err(f"English share {langs['en']}/80")
    # README counts match
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    for x in TABLE:
        if f"| `{x}` | {cnt[x]} |" not in readme:
            err(f"README count for {x} missing or wrong")
    for lg, n in langs.items():
        if f"| {lg} | {n} |" not in readme:
            err(f"README count for lang {lg} missing or wrong")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: 80 drafts, {allowed} allowed, {80 - allowed} violating, {doubles} with two; "
          + ", ".join(f"{x}={cnt[x]}" for x in TABLE))


if __name__ == "__main__":
    main()
