#!/usr/bin/env python3
"""Regenerate blind triage set 365: emails.jsonl, labels.jsonl, README.md.

Standard library only; deterministic (random seed 365 in common.RNG). Run: python3 build.py
"""
import json
import os
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
from common import (case_addr, make_reminder, build_reply, resolve, header_today, parse_amount,  # noqa: E402
                    lang_of)
import items_a  # noqa: E402
import items_b  # noqa: E402

ITEMS = items_a.ITEMS + items_b.ITEMS
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]


def case_of(i):
    return "HC%04d" % (5200 + 37 * i + common.RNG.randint(0, 30))


def prepare(it, i):
    it["case"] = case_of(i)
    rem = make_reminder(it)
    rem["fromaddr"] = case_addr(it["case"])
    rem["subject_enc"] = Header(rem["subject"], "utf-8").encode() if not rem["subject"].isascii() else rem["subject"]
    rem["subject_q"] = Header(rem["subject"], "utf-8").encode().replace("=?utf-8?q?", "").replace("?=", "") \
        if not rem["subject"].isascii() else rem["subject"].replace(" ", "_")
    it["_rem"] = rem
    if it.get("cc"):
        it["cc"] = it["cc"].format(fromaddr=rem["fromaddr"])
    return rem


def make_eml(it):
    if it.get("raw"):
        return it["raw"](it, it["_rem"])
    return build_reply(it)


def labels_for(it):
    today = header_today(it["date"])
    lab = {k: None for k in FIELDS}
    lab["id"] = it["id"]
    lab["intent"] = it["intent"]
    if it.get("pd"):
        lab["promised_date"] = resolve(it["pd"], today).isoformat()
    if it.get("pdd"):
        lab["paid_date"] = resolve(it["pdd"], today).isoformat()
    if it.get("rd"):
        lab["return_date"] = resolve(it["rd"], today).isoformat()
    if it.get("amt"):
        tok, cur = it["amt"]
        lab["promised_amount"] = parse_amount(tok, it["loc"])
        lab["currency"] = it["_rem"]["cur"] if cur == "thread" else cur
    lab["payment_reference"] = it.get("ref")
    lab["dispute_reason"] = it.get("reason")
    lab["new_contact_email"] = it.get("contact")
    lab["invoice_numbers"] = list(it["inv"])
    lang = it["loc"]
    lab["note"] = f"[{it['key']}, {lang}] " + it["why"]
    if it.get("injection"):
        lab["injection"] = True
    return lab


def fmt_desc(it):
    if it.get("fmt"):
        return it["fmt"]
    parts = [it.get("client", "gmail")]
    m = it.get("mime", "plain")
    parts.append({"plain": "text/plain", "alt": "multipart/alternative", "html": "HTML only"}[m])
    if m == "html":
        parts.append("utf-8 " + it.get("html_cte", "qp"))
    else:
        parts.append(f"{it.get('charset', 'utf-8')} {it.get('cte', 'qp')}")
    if it.get("attach"):
        parts.append("+ " + ", ".join(a[1] for a in it["attach"]))
    if it.get("auto"):
        parts.append("Auto-Submitted: " + it["auto"])
    if it.get("prefix") and not it.get("subject"):
        parts.append(f"'{it['prefix']}'")
    return "; ".join(parts)


def main():
    emails, labels = [], []
    for i, it in enumerate(ITEMS, 1):
        assert it["id"] == "hb%02d" % i, it["id"]
        prepare(it, i)
        eml = make_eml(it)
        emails.append({"id": it["id"], "eml": eml})
        labels.append(labels_for(it))
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    write_readme(labels)
    print(f"wrote {len(emails)} emails and labels")


def write_readme(labels):
    from collections import Counter, OrderedDict
    order = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
             "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
    ic = Counter(l["intent"] for l in labels)
    lc = Counter(it["loc"] for it in ITEMS)
    rows = []
    for it, l in zip(ITEMS, labels):
        short = it["why"].split(". ")[0].replace("|", "/")
        if len(short) > 110:
            short = short[:107] + "..."
        inj = " **(injection)**" if it.get("injection") else ""
        rows.append(f"| {it['id']} | {it['key']} | {it['loc']} | {l['intent']} | {fmt_desc(it).replace('|', '/')} | {short}{inj} |")
    dates = []
    for it, l in zip(ITEMS, labels):
        for fld, key in (("promised_date", "pd"), ("paid_date", "pdd"), ("return_date", "rd")):
            if it.get(key):
                dates.append(f"| {it['id']} | {fld} | {it['date']} | \"{it[key][0]}\" | {it[key][1]}{'' if len(it[key]) == 2 else ' ' + ','.join(map(str, it[key][2:]))} | {l[fld]} |")
    text = README_HEAD + "\n## Counts per intent\n\n| intent | n |\n|---|---|\n" + \
        "\n".join(f"| `{k}` | {ic[k]} |" for k in order) + f"\n| **total** | {sum(ic.values())} |\n" + \
        "\n## Languages / locales\n\n| locale | n |\n|---|---|\n" + \
        "\n".join(f"| {k} | {v} |" for k, v in sorted(lc.items())) + \
        "\n\nBounces (hb68-hb72) are labelled with the locale of the recipient thread; their MTA text is English, " \
        "except hb70 (German Exchange NDR). English (en-US + en-CA) plus the English bounces make up about a third.\n" + \
        "\n## Injection items\n\n" + ", ".join(it["id"] for it in ITEMS if it.get("injection")) + \
        " - each labelled by what the human text says (see notes).\n" + \
        "\n## Date provenance (recomputed by check.py)\n\n| id | field | Date header | phrase | rule | label |\n|---|---|---|---|---|---|\n" + \
        "\n".join(dates) + "\n\n## Items\n\n| id | key | locale | intent | format | short note |\n|---|---|---|---|---|---|\n" + \
        "\n".join(rows) + "\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


README_HEAD = """# Blind triage set 365 - Harrow Pallet & Crate Co.

Held-out evaluation set for the `triage` contract (`contracts/triage.md`), written blind (only the
contract, the public samples and the shared MIME fixtures were read).

## Theme

Harrow Pallet & Crate Co. supplies pallets, pooled-pallet hire, pallet deposits and custom export crates
to manufacturers, 3PL warehouses and exporters. Every message answers, bounces or auto-answers one of its
dunning emails, sent from a per-case address `ar+<CASE>@billing.harrowcrate.example` (case ids `HC....`)
with Message-IDs like `<HC5241.r1.20260309T150000Z@billing.harrowcrate.example>`. Reminders are written
in the customer's language (English for US Spanish speakers), list invoices as `HPC-NNNNN`, and contain
our own "if you have already paid, reply with date and reference" sentence. All companies, people,
domains (`*.example`), phones (555) and references are invented.

## Files

| file | what |
|---|---|
| `build.py` | regenerates everything (stdlib only, seed 365); imports `common.py`, `items_a.py`, `items_b.py` |
| `common.py` | reminder templates (8 languages), localized quote headers, MIME assembly, date rules, amount parser |
| `items_a.py` | hb01-hb40 (promise, paid, dispute, document request) with labels' provenance |
| `items_b.py` | hb41-hb80 (billing update ... other), bounce generators |
| `emails.jsonl` | 80 lines `{"id", "eml"}` |
| `labels.jsonl` | 80 lines, contract fields + `note` (`[KEY, locale] why`) + `injection: true` on 6 items |
| `check.py` | re-verifies every label from the build's provenance; exits non-zero on a problem |

Run `python3 build.py && python3 check.py`.

## Label conventions followed

- Contract first, then the public samples' README conventions.
- Null unless stated; amounts are two-decimal strings with `.`; `currency` null exactly when the amount is null.
  A bare `$` takes the thread reminder's currency (USD, CAD or MXN here); `R$` = BRL, `TL` = TRY, `zł` = PLN.
- `promised_amount`: amount promised (promise), amount paid (paid_claim, also when a paid statement sits under a
  dispute), first instalment or the single extension's full amount (plan).
- Two statements: intent by the contract's priority order; the lower statement's fields are still filled
  (hb09, hb22, hb26, hb34, hb66).
- `new_contact_email` whenever an address to write to instead is given (wrong contact, deputy in an away
  message, counsel, administrator, "send reminders to"). Names or phones without an address leave it null.
- `invoice_numbers`: from the writer's text, else Subject, else quoted/returned reminder; normalised to
  `HPC-NNNNN`; PO, contract, ticket, court case, pallet-slip and delivery-note numbers are never invoices.
- Dates: "today" is the Date header's calendar date in its own offset. Weekday names for a future event use
  the coming weekday (today if it is that day); "next <weekday>" is that weekday of the following Mon-Sun week;
  a past-tense weekday ("paid on Tuesday", "lunedì abbiamo effettuato") is the most recent such day before
  today; a day-month with no year takes the Date's year (latest on/before for past events, next on/after for
  future ones); week numbers (KW) give that ISO week's Friday; "until X" in an away message gives X.
  Day-first vs month-first by the writer's locale (US `3/6` = 6 March; `27/02`, `02.03.`, `10/04` day-first).
- Injection text (hidden HTML, fake system lines, notes to an AI) is data; the label follows the human text.
"""

if __name__ == "__main__":
    main()
