#!/usr/bin/env python3
"""Re-verify the GV guard set from the generated files. Exit 1 on any problem."""
import json
import os
import re
import sys
from collections import Counter
from datetime import date
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
CLASSES = ["legal_threat", "discount_offer", "refund_or_credit_promise",
           "fault_admission", "terms_change", "harassment", "sensitive_data"]
LETTER = dict(zip(CLASSES, "LDRFTHS"))
LANGS = ["en", "de", "fr", "es", "it", "nl", "pt-BR", "pl", "ja"]
N = 80
PREFIX = "GV"
problems = []


def bad(i, msg):
    problems.append(f"{i}: {msg}")


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


drafts, labels, evid = load("drafts.jsonl"), load("labels.jsonl"), load("evidence.jsonl")

# ---------------------------------------------------------------- structure
for name, rows in (("drafts", drafts), ("labels", labels), ("evidence", evid)):
    if len(rows) != N:
        bad(name, f"{len(rows)} lines, expected {N}")
ids = [d["id"] for d in drafts]
if ids != [f"{PREFIX}{n:02d}" for n in range(1, N + 1)]:
    bad("drafts", "ids are not GV01..GV80 in order")
if [l["id"] for l in labels] != ids or [e["id"] for e in evid] != ids:
    bad("labels", "label/evidence order differs from drafts")
for d in drafts:
    if set(d) != {"id", "subject", "body"}:
        bad(d["id"], f"draft keys {sorted(d)}")
    if not d["subject"].strip() or not d["body"].strip():
        bad(d["id"], "empty subject or body")
if len({d["body"] for d in drafts}) != N:
    bad("drafts", "duplicate bodies")

KEYRE = re.compile(r"^\[(A|[LDRFTHS](?:\+[LDRFTHS])*), ([a-zA-Z-]+)\] \S")
for l in labels:
    i = l["id"]
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        bad(i, f"label keys {sorted(l)}")
        continue
    v = l["violations"]
    if not isinstance(l["allowed"], bool) or l["allowed"] != (v == []):
        bad(i, "allowed must be true exactly when violations is empty")
    if any(c not in CLASSES for c in v) or len(set(v)) != len(v):
        bad(i, f"unknown or repeated violation {v}")
    elif v != sorted(v, key=CLASSES.index):
        bad(i, f"violations not in table order {v}")
    if l["lang"] not in LANGS:
        bad(i, f"lang {l['lang']}")
    m = KEYRE.match(l["note"])
    if not m:
        bad(i, "note does not start with [KEY, lang]")
    else:
        key = "+".join(LETTER[c] for c in v if c in LETTER) or "A"
        if m.group(1) != key or m.group(2) != l["lang"]:
            bad(i, f"note key {m.group(1)},{m.group(2)} != {key},{l['lang']}")

# ---------------------------------------------------------------- distribution
cls = Counter(c for l in labels for c in l["violations"])
n_ok = sum(l["allowed"] for l in labels)
if not 35 <= n_ok <= 45:
    bad("set", f"{n_ok} allowed")
for c in CLASSES:
    if not 5 <= cls[c] <= 9:
        bad("set", f"{c}: {cls[c]} drafts (want 5-9)")
if sum(len(l["violations"]) > 1 for l in labels) < 3:
    bad("set", "fewer than 3 two-violation drafts")
for lg in LANGS:
    rows = [l for l in labels if l["lang"] == lg]
    if not any(l["allowed"] for l in rows) or all(l["allowed"] for l in rows):
        bad("set", f"{lg}: needs allowed and violating drafts")

# ---------------------------------------------------------------- numbers & dates
MONTHS = {
    "en": "january february march april may june july august september october november december",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt-BR": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
}
WEEKDAYS = {
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pt-BR": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "ja": "月 火 水 木 金 土 日",
}


def parse_date(text, lang):
    """Return (date, weekday index or None) from a written date."""
    if lang == "ja":
        m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日(?:（(.)）)?", text)
        wd = WEEKDAYS["ja"].split().index(m.group(4)) if m.group(4) else None
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), wd
    low = text.lower()
    months = MONTHS[lang].split()
    words = re.findall(r"[^\W\d_]+(?:-feira)?", low)
    mon = [months.index(w) + 1 for w in words if w in months]
    day = re.search(r"(?<!\d)(\d{1,2})(?!\d)", low)
    year = re.search(r"(20\d\d)", low)
    wds = WEEKDAYS[lang].split()
    wd = [wds.index(w) for w in words if w in wds]
    return date(int(year.group(1)), mon[0], int(day.group(1))), (wd[0] if wd else None)


def amount(s, fmt):
    t = re.sub(r"[^\d.,]", "", s)
    if fmt == "en":
        t = t.replace(",", "")
    else:
        t = t.replace(".", "").replace(",", ".")
    return Decimal(t)


def luhn(digits):
    tot = 0
    for k, ch in enumerate(reversed(digits)):
        d = int(ch)
        if k % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "GB": 22, "BE": 16, "PT": 25, "BR": 29}


def ibans(text):
    found = []
    for m in re.finditer(r"\b([A-Z]{2})(\d{2})((?: ?[A-Z0-9]){10,30})", text):
        raw = re.sub(r"\s", "", m.group(0))
        cc = m.group(1)
        if cc not in IBAN_LEN:
            continue
        raw = raw[:IBAN_LEN[cc]]
        if len(raw) != IBAN_LEN[cc]:
            continue
        conv = "".join(str(int(c, 36)) for c in raw[4:] + raw[:4])
        if int(conv) % 97 == 1:
            found.append(raw)
    return found


def cards(text):
    out = []
    for m in re.finditer(r"(?<![\d+])(?:\d[ -]?){12,18}\d(?!\d)", text):
        dg = re.sub(r"\D", "", m.group(0))
        if 13 <= len(dg) <= 19 and luhn(dg):
            out.append(dg)
    return out


by_id = {d["id"]: d for d in drafts}
lab = {l["id"]: l for l in labels}
for e in evid:
    i = e["id"]
    d, l = by_id[i], lab[i]
    text = d["subject"] + "\n" + d["body"]
    lang = l["lang"]
    if not e["quotes"]:
        bad(i, "no evidence quote")
    for q in e["quotes"]:
        if q not in text:
            bad(i, f"quote not in text: {q!r}")
    for s in e["sums"]:
        parts, total, fmt = s[0], s[1], s[2]
        ratio = Decimal(str(s[3])) if len(s) > 3 else Decimal(1)
        for a in parts + [total]:
            if a not in text:
                bad(i, f"amount not in text: {a!r}")
        if sum(amount(a, fmt) for a in parts) != amount(total, fmt) * ratio:
            bad(i, f"sum mismatch {parts} vs {total} x {ratio}")
    for txt, iso in e["dates"]:
        if txt not in text:
            bad(i, f"date text not in draft: {txt!r}")
            continue
        try:
            got, wd = parse_date(txt, lang)
        except Exception as ex:  # noqa
            bad(i, f"cannot parse date {txt!r}: {ex}")
            continue
        if got.isoformat() != iso:
            bad(i, f"date {txt!r} parses to {got}, evidence says {iso}")
        if wd is not None and wd != got.weekday():
            bad(i, f"weekday wrong in {txt!r} ({got:%A})")
    for a, b, n, txt in e["days"]:
        if txt not in text or str(n) not in txt:
            bad(i, f"day-count text missing: {txt!r}")
        if (date.fromisoformat(b) - date.fromisoformat(a)).days != n:
            bad(i, f"{a}..{b} is not {n} days")
    # sensitive data must appear only where labelled
    s_lab = "sensitive_data" in l["violations"]
    ib, cd = ibans(text), cards(text)
    cvv = re.search(r"\b(CVV|CVC)\s*\d{3,4}\b", text)
    if (ib or cd or cvv) and not s_lab:
        bad(i, f"full IBAN/card/CVV found but not labelled sensitive_data: {ib} {cd}")
    for raw in ib:
        if not any(re.sub(r'\s', '', q) == raw for q in e["quotes"]):
            bad(i, f"IBAN {raw} not cited in evidence")
    # invented contact data only
    for dom in re.findall(r"https?://([^/\s]+)", text) + re.findall(r"@([\w.-]+\.\w+)", text):
        if not dom.endswith(".example"):
            bad(i, f"non-.example domain {dom}")
    for ph in re.findall(r"(?:Tel\.?|TEL|\+\d{2}|\(\d{2}\))[\d ()+-]{6,}", text):
        if "555" not in re.sub(r"\D", "", ph):
            bad(i, f"phone without 555: {ph}")
    if not re.search(r"\b(MH|KS)-\d{4,5}\b", text):
        bad(i, "no invoice number")
    for x in ("{IBAN", "@@"):
        if x in text:
            bad(i, f"unfilled placeholder {x}")

# S drafts: the sensitive item must be found by a scan or be quoted
for l in labels:
    if "sensitive_data" in l["violations"]:
        e = next(x for x in evid if x["id"] == l["id"])
        if not e["quotes"]:
            bad(l["id"], "sensitive_data without a quoted item")

if problems:
    print("\n".join(problems))
    print(f"FAIL: {len(problems)} problem(s)")
    sys.exit(1)
print(f"OK: {N} drafts, {n_ok} allowed, classes " +
      ", ".join(f"{LETTER[c]}={cls[c]}" for c in CLASSES))
