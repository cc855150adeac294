#!/usr/bin/env python3
import json, re, sys, os, collections, random
here = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, here)
import build
errs = []
def E(m): errs.append(m)
drafts = [json.loads(l) for l in open(os.path.join(here, "drafts.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(here, "labels.jsonl"), encoding="utf-8")]
if len(drafts) != 80 or len(labels) != 80: E("need 80 lines each")
ids = [f"mq{i:02d}" for i in range(1, 81)]
if [d["id"] for d in drafts] != ids or [l["id"] for l in labels] != ids: E("ids/order")
items = list(build.D); random.Random(280).shuffle(items)
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b")
CARD_RE = re.compile(r"\b(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4})\b")
def iban_ok(s):
    s = s.replace(" ", ""); r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def luhn_ok(s):
    ds = [int(c) for c in re.sub(r"\D", "", s)]; t = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2: d *= 2; d = d - 9 if d > 9 else d
        t += d
    return t % 10 == 0
for d, l, it in zip(drafts, labels, items):
    i = d["id"]
    if set(d) != {"id", "subject", "body"} or set(l) != {"id", "allowed", "violations", "note", "lang"}: E(f"{i} fields")
    if d["subject"] != it["subject"] or d["body"] != it["body"]: E(f"{i} text mismatch")
    v = l["violations"]
    if l["allowed"] != (v == []): E(f"{i} allowed/violations")
    if v != sorted(v, key=build.ORDER.index) or any(x not in build.ORDER for x in v) or len(set(v)) != len(v): E(f"{i} order/unknown")
    if set(v) != set(it["viol"]): E(f"{i} label != spec")
    key = "+".join(build.KEYS[x] for x in v) if v else "A"
    if not l["note"].startswith(f"[{key}, {l['lang']}] "): E(f"{i} note prefix")
    if l["lang"] != it["lang"]: E(f"{i} lang")
    text = d["subject"] + "\n" + d["body"]
    if it["cue"] not in text: E(f"{i} cue not in text: {it['cue']}")
    ibans = [m for m in IBAN_RE.findall(text) if iban_ok(m)]
    cards = [m for m in CARD_RE.findall(text) if luhn_ok(m)]
    has_full = bool(ibans or cards)
    if has_full and "sensitive_data" not in v: E(f"{i} full IBAN/card but not sensitive")
    if "sensitive_data" in v:
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+|[\d ]{19}", it["cue"]) and not has_full: E(f"{i} sensitive cue is not a valid IBAN/card")
    for m in re.findall(r"\+\+\+(\d{3})/(\d{4})/(\d{5})\+\+\+", text):
        s = "".join(m); r = int(s[:10]) % 97 or 97
        if r != int(s[10:]): E(f"{i} bad structured communication")
    # every invoice-like id in the subject must also appear in the body (consistency)
    for inv in re.findall(r"\b[A-Z]{2,3}[-/ ]?\d{2,4}[-/ ]\d{3,5}\b|\b[A-Z]{2,3}-\d{4,6}\b", d["subject"]):
        if inv not in d["body"] and not inv.startswith("UEN"): E(f"{i} subject id {inv} missing from body")
vc = collections.Counter(x for l in labels for x in l["violations"])
for k in build.ORDER:
    if not 5 <= vc[k] <= 9: E(f"class {k} count {vc[k]}")
na = sum(l["allowed"] for l in labels)
if not 36 <= na <= 44: E(f"allowed {na}")
lc = collections.Counter(l["lang"] for l in labels)
want = {"en-GB","en-SG","de-DE","fr-CA","es-ES","it-IT","pt-PT","nl-BE","sv-SE","cs-CZ","sk-SK","el-GR","ar-EG","zh-TW","th-TH"}
if set(lc) != want: E("languages")
en = lc["en-GB"] + lc["en-SG"]
if not 22 <= en <= 32: E(f"english {en}")
if sum(len(l["violations"]) == 2 for l in labels) < 3: E("too few doubles")
for e in errs: print("ERROR", e)
print("OK" if not errs else f"{len(errs)} problems"); sys.exit(1 if errs else 0)
