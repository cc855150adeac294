"""Writes README.md for blind set 379 from the built items."""
import os
from collections import Counter

HEAD = """# Blind triage set 379 (`np01`-`np80`)

**Theme.** Hollybrook Schoolwear & Supplies Ltd (invented) sells school uniforms, PE kit, bags and
educational supplies to schools, academy trusts, parents' associations (PTA, AMPA, APE, ouderraad),
municipalities and private school operators. Every message answers, bounces or auto-answers one of its
dunning emails, sent from `Hollybrook Accounts Receivable <ar+<CASE>@billing.hollybrook.example>` with a
Message-ID like `<C5107.r1.20260310T160000Z@billing.hollybrook.example>`. Invoices are `HB-NNNNN`.
All companies, people, domains (`*.example`), phones (555) and references are invented.

## Files

| file | what |
|---|---|
| `build.py` | regenerates everything (standard library only, seed 379); imports the parts below |
| `build_common.py` | helpers: dates, amounts per locale, our reminder in 7 languages, localized quoting (Gmail/Apple/Outlook), MIME |
| `build_reply.py` | reply assembly and the item registry |
| `build_part_a.py` / `build_part_b.py` / `build_part_c.py` | the 80 messages and their labels/provenance |
| `build_readme.py` | writes this README |
| `emails.jsonl` | 80 × `{"id", "eml"}` |
| `labels.jsonl` | 80 × contract fields + `note` (`[KEY, locale] why`) + `"injection": true` on 6 items |
| `provenance.jsonl` | per item: key, locale, format, intent, the date phrase + rule (+args) and the raw amount token + style |
| `check.py` | re-verifies every label from provenance (dates recomputed with `datetime` from the message's own Date header, amounts from the raw token in the message, references/addresses/invoice digits present in the decoded message, every eml parses with `message_from_bytes(..., policy=default)` without defects, intent and injection counts). Exits 1 on a problem. |

Items are written grouped by intent in the part files and then shuffled with `random.Random(379)` before ids
are assigned, so ids say nothing about intent.

## Label conventions followed

- Contract first, then the public samples' README conventions. Null unless stated; amounts two-decimal
  strings without separators (`1 450 000 FCFA` -> `"1450000.00"`, XOF); currency null exactly when the
  amount is null; a bare `$` takes the thread reminder's currency (USD or NZD here).
- `promised_amount` = amount promised / amount paid / first instalment, or the full amount of a single
  extension. Two statements: intent by the contract's priority order, lower statement's fields still filled.
- `new_contact_email` whenever an address to write to instead is given (redirect, deputy in an auto-reply,
  counsel / mandataire / administrators, "send reminders to"). A name without an address leaves it null.
- `invoice_numbers` from the writer's text (normalised, e.g. `fattura n. 26097` -> `HB-26097`), else the
  Subject, else the quoted/returned reminder; PO, contract, CIG, Aktenzeichen, RMA, guía de remisión,
  case ids etc. are never invoice numbers.
- Dates: "today" is the Date header's calendar date in its own offset. Rules used (see `check.py`):
  tomorrow/yesterday/today, this weekday, next weekday (following Mon-Sun week), last weekday (past
  "lundi"), end of month, end of a named month, Date+14, "by the Nth", "this week"/KW n = that week's
  Friday, day+month without year (past or future), explicit dates. Day-first vs month-first by locale
  (`3/6` from a US writer = 6 March; `09/03/2026` from Belgium = 9 March).
- Auto-replies: "until X" / "back on X" gives X; where the text says "through X inclusive" and also states
  the day back, the stated day back is used.
- Injection items are labelled by what the human text says.
"""


def write(items, here):
    cnt = Counter(it["labels"]["intent"] for it in items)
    loc = Counter(it["locale"] for it in items)
    lines = [HEAD, "## Counts per intent\n", "| intent | n |", "|---|---|"]
    for k in ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
              "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
              "acknowledgement", "other"]:
        lines.append("| %s | %d |" % (k, cnt[k]))
    lines += ["", "## Languages / locales\n", "| locale | n |", "|---|---|"]
    for k, v in sorted(loc.items()):
        lines.append("| %s | %d |" % (k, v))
    en = sum(v for k, v in loc.items() if k.startswith("en"))
    lines.append("\nEnglish: %d of 80 (bounces counted under their thread's locale; the Postfix/Exim/SES bounce texts "
                 "are English, the O365 one German, the Gmail one Spanish).\n" % en)
    inj = [it["id"] for it in items if it["injection"]]
    lines.append("Injection items: %s.\n" % ", ".join(inj))
    lines += ["## Items\n", "| id | key | locale | intent | format | note |", "|---|---|---|---|---|---|"]
    for it in items:
        note = it["note"].split("] ", 1)[1].replace("|", "/")
        lines.append("| %s | %s | %s | %s | %s | %s |" % (it["id"], it["key"], it["locale"], it["labels"]["intent"],
                                                     it["fmt"], note))
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
