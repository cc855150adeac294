"""README.md generator for build.py."""
from collections import Counter

HEAD = """# Blind triage set 370 (held-out, `qa01`-`qa80`)

Theme: **Lumacore Rentals** (Lumacore Camera & Lighting Pte. Ltd.), a film and TV camera, lighting and grip rental
house with APAC customers (production companies, broadcasters, advertising agencies). Every message answers, bounces
or auto-answers one of its dunning emails, sent from a per-case address `ar+K4xxx@billing.lumacore.example` with
Message-IDs like `<K4112.d1.20260311T000000Z@billing.lumacore.example>` (case, reminder number, UTC send time).
Our reminders are in English and in the customer's currency; invoice numbers are `LM-NNNNN`. All companies, people,
domains (`*.example`), phones (555) and references are invented. Written blind: only the contract, the samples
README and the public samples were read.

## Files

| file | what |
|---|---|
| `build.py` | regenerates everything (standard library only, `random.Random(370)`); item text lives in `b1_items.py`..`b5_items.py`, helpers in `b0_common.py`, this README from `b6_readme.py` |
| `emails.jsonl` | 80 lines `{"id", "eml"}` |
| `labels.jsonl` | 80 lines: contract fields + `note` (`[KEY, locale] why`) + `"injection": true` on six items |
| `provenance.jsonl` | per item: key, locale, format, the date rule + phrase behind every date label, the raw amount token and its decimal style, where the invoice numbers came from |
| `check.py` | re-parses every eml with `message_from_bytes(eml.encode("utf-8"), policy=email.policy.default)`, recomputes each date from the message's own `Date` header (its own offset) and the rule, re-parses each amount from its raw token (including 만/लाख multipliers, `.`-thousands locales, `,-` and `/-` suffixes), checks the phrase/token/reference/contact/invoice digits occur in the decoded message, that our reminder predates the message, intent counts, dispute-reason spread and the six injection flags. Exit 1 on any problem. |

Run: `python3 build.py && python3 check.py`.

## Label conventions followed

- Contract first, then the samples README. Null unless stated; amounts are two-decimal strings without separators
  (zero-decimal JPY/KRW/VND/IDR still `NNN.00`); `currency` is null exactly when `promised_amount` is null; a bare
  `$` (qa01, qa18, qa25) or `¥` in a CNY thread (qa04) takes the reminder's currency.
- `promised_amount` = amount promised (promise), amount paid (paid_claim, also when a paid statement sits inside a
  dispute, qa29), first instalment (qa58, qa59, qa62, qa63) or a single extension's full amount (qa60).
- Two statements: intent by the contract's priority order; the other statement's fields are still filled
  (qa10 promise + redirect, qa25 dispute + promise, qa29 dispute + paid, qa41 billing_update + redirect,
  qa64/qa65/qa66 legal + counsel/administrator address, qa66 legal + quality reason).
- `new_contact_email` whenever an address to write to instead is given (redirect, deputy in an auto-reply,
  counsel/administrator). A named person with only a phone number stays null (qa50, qa53, qa67).
- "Today" = the calendar date of the message's own `Date` header in its own offset (qa01, qa03, qa06, qa13 cross
  the UTC date line). Future weekday = the coming one; "next <weekday>" = following Mon-Sun week; "this week" =
  its Friday; end of month; Date + 14; "by the Nth" = next Nth on or after; day/month without year = Date's year.
  Past-tense weekday in a paid claim ("paid this on Monday", qa18) = the latest such day on or before the Date.
  Away "until X" gives `return_date` X (contract rule, qa54, qa56). Thai Buddhist-era years minus 543 (qa21).
  Day-first for India, Vietnam, Thailand, Australia, Singapore; `3/20` month/day in Korean (qa54).
- `invoice_numbers`: from the writer's text, else the Subject, else the quoted/returned reminder; normalised to
  `LM-NNNNN` (`LM40954`, `40598`); contested invoice first in qa29. Empty list only where none appears (qa55).
- PO, quote, contract, job, vendor, ticket and tax numbers are never invoice numbers. Our quoted reminder text
  ("If you have already paid...") is ours, not the customer's.
- Injection items are labelled by what the human text says.
"""

def readme(items):
    c = Counter(it["label"]["intent"] for it in items)
    order = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
             "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
    out = [HEAD, "## Counts per intent\n", "| intent | n |", "|---|---|"]
    out += [f"| `{k}` | {c[k]} |" for k in order]
    out.append(f"| total | {sum(c.values())} |\n")
    r = Counter(it["label"]["dispute_reason"] for it in items if it["label"]["intent"] == "dispute")
    out.append("Dispute reasons (intent dispute): " + ", ".join(f"{k} {v}" for k, v in sorted(r.items())) +
               "; plus quality inside the legal item qa66.\n")
    inj = [f"qa{n:02d}" for n, it in enumerate(items, 1) if it["label"].get("injection")]
    out.append("Injection items: " + ", ".join(inj) + ".\n")
    loc = Counter(it["loc"] for it in items)
    out += ["## Languages / locales\n", "| locale | n |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in sorted(loc.items())]
    out.append("\n`en` = the five bounces (MTA English text). English overall: "
               f"{sum(v for k, v in loc.items() if k.startswith('en'))} of 80.\n")
    out += ["## Items\n", "| id | key | locale | intent | format | note |", "|---|---|---|---|---|---|"]
    for n, it in enumerate(items, 1):
        note = it["label"]["note"].split("] ", 1)[1]
        short = note if len(note) <= 170 else note[:167].rsplit(" ", 1)[0] + " ..."
        out.append(f"| qa{n:02d} | {it['key']} | {it['loc']} | {it['label']['intent']} | {it['fmt']} | {short.replace('|', '/')} |")
    out.append("""
## Where I was unsure

- qa54 / qa56: away messages "until Fri 20 Mar" / "until 27 Mar" are labelled with that date per the contract's
  "until X gives X" rule, although a human might expect the next working day.
- qa18: past-tense "paid this on Monday" is resolved backwards (16 Mar); the samples' weekday table only states the
  forward rule for commitments.
- qa24: Hindi "कल" (yesterday/tomorrow) read from the past tense as yesterday; "1.2 लाख" = 120000.00.
- qa41: an AP intake address given "for the reissue and for reminders too" is treated as new_contact_email.
- qa73: the internal forward's accounts@ address is only visible in the forwarded header, not offered to us, so null.
- qa12 "we will pay within two weeks" is read as a dated promise (Date + 14), not an extension request.
- qa37: the customer's standing terms "月末締め翌月末払い" are not a promised date.
""")
    return "\n".join(out)
