"""Writes README.md for blind set 421."""
import os
from collections import Counter

HEAD = """# Blind triage set 421 (ax01-ax80)

Theme: **Kestrel Workforce Solutions**, a staffing and recruitment agency that bills hospitals, care homes, warehouses,
call centres, hotels and construction firms for temporary workers (nurses, carers, pickers, forklift drivers, agents,
labourers, housekeeping) and for direct-hire placement fees. Every message answers, bounces or auto-answers one of its
dunning emails, sent from `Kestrel Billing <ar+K51NN@billing.kestrelworkforce.example>` with a Message-ID like
`<K5101.r1.20260309T160000Z@billing.kestrelworkforce.example>` (case, reminder number, UTC send time). Invoice
numbers look like `KWS-40113`. All companies, people, domains (`*.example`), phones (555) and references are invented.

## Files

| file | what |
|---|---|
| `build.py` | regenerates everything (standard library only, seed 421); imports `bcommon.py` (MIME/quoting/reminder helpers), `bpart1.py`..`bpart4.py` (the 80 items) and `breadme.py` (this file) |
| `emails.jsonl` | 80 lines `{"id", "eml"}` |
| `labels.jsonl` | 80 lines with the contract fields, `note` (`[KEY, locale] why`) and `"injection": true` on the six injection items |
| `provenance.jsonl` | per item: key, locale, format, and the provenance of every date (rule + arguments + the phrase in the email) and amount (raw token + decimal separator + currency) |
| `check.py` | re-verifies every label from the provenance against the message itself; exits non-zero on any problem |

Run: `python3 build.py && python3 check.py`.

## Label conventions followed

* Contract first, then the public samples' README conventions. Null unless stated; amounts are two-decimal strings
  with `.` and no grouping (`R 18 400,00` -> `18400.00`, `Rs. 1,24,500` -> `124500.00`); `currency` is null exactly
  when `promised_amount` is null; a bare `$` takes the thread reminder's currency (AUD in ax03/ax18, USD elsewhere).
* `promised_amount` = amount promised (promise_to_pay), amount paid (paid_claim), first instalment or the single
  extension's full amount (payment_plan_request). Totals owed, disputed portions, rates and invoice amounts are not
  promises.
* Two statements: intent by the contract's priority order; the other statement's fields are still filled
  (ax21 paid + promise, ax25 dispute + promise, ax65 legal + quantity dispute + counsel).
* `new_contact_email` whenever an address to write to instead is given (wrong contact, deputy in an auto-reply,
  administrator / curator / business-rescue practitioner / counsel). A name without an address stays null (ax50, ax57).
  An address given only as where to send requested documents (ax37) is not a replacement contact: null.
* `invoice_numbers`: from the writer's text, else the Subject, else the quoted or returned reminder; normalised to
  `KWS-NNNNN`; PO, ticket, vendor, case and contract numbers are never included. ax71 (Gmail DSN returning only headers
  whose Subject names no number) is `[]`.
* Dates: "today" = the calendar date of the message's own `Date:` header in its own offset. Weekday names: coming
  weekday for a future event, most recent for a past one ("paid on Monday"); "next X" = X of the following Mon-Sun
  week; "last Friday" / "vorige week vrijdag" = Friday of the previous week; "this week" and "KW n" = that week's
  Friday; "by/on the 25th" = next 25th on or after the Date; "fin du mois" = last day of the Date's month; a day and
  month without a year = that day in the Date's year (latest on/before for past events, next on/after for future
  ones); day-first for European, UK, African, Indian and Philippine writers, month-first for US writers (ax23 `3/6`).
  Away messages: the day the person is back (ax53 gives both "bis einschließlich 27.03." and "ab 30.03." -> 30 Mar);
  "hasta el 9 de abril" -> 9 Apr per the contract's "until X" rule.
* Injection items are labelled by what the human text says; injected text never fills a field.

"""

def write(out, items, labels):
    c = Counter(l["intent"] for l in labels)
    order = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
             "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
    s = HEAD + "## Counts per intent\n\n| intent | n |\n|---|---|\n"
    for o in order: s += "| `%s` | %d |\n" % (o, c[o])
    s += "| total | %d |\n\n" % sum(c.values())
    dr = Counter(l["dispute_reason"] for l in labels if l["intent"] == "dispute")
    s += "Dispute reasons (intent dispute): " + ", ".join("%s %d" % kv for kv in sorted(dr.items())) + \
         "; plus `quantity` inside the legal item ax65.\n\n"
    loc = Counter(i["locale"] for i in items)
    s += "## Languages / locales\n\n" + ", ".join("%s %d" % kv for kv in sorted(loc.items())) + \
         ".\n\nBounces without a human writer are tagged `en` (ax69 is a German Exchange NDR, `de-DE`). Swahili replies answer English reminders.\n\n"
    s += "Injection items: " + ", ".join(l["id"] for l in labels if l.get("injection")) + ".\n\n"
    s += "## Items\n\n| id | key | locale | intent | format | note |\n|---|---|---|---|---|---|\n"
    for it, l in zip(items, labels):
        note = it["note"].replace("|", "/")
        short = note if len(note) < 150 else note[:147] + "..."
        s += "| %s | %s | %s | %s | %s | %s |\n" % (l["id"], it["key"], it["locale"], l["intent"], it["fmt"], short)
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(s)
