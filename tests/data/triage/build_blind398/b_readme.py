"""README generator for blind set 398."""
from collections import Counter

HEAD = """# Blind triage set 398 (`oy01`-`oy80`)

Held-out evaluation set for the accounts-receivable reply classifier (contract `triage`),
written blind from `contracts/triage.md` and the public samples' conventions only.

## Theme

**Verbatra Language Partners Ltd**, a translation, interpreting and localisation agency,
bills law firms, pharmaceutical companies, software publishers and public bodies in the Nordics,
the Baltics, the Low Countries, the DACH region, the UK and Ireland. Every message answers,
bounces or auto-answers one of its dunning emails, sent from `Verbatra Billing
<ar+CASE@billing.verbatra.example>` with a Message-ID like
`<K7301.n2.20260305T080000Z@billing.verbatra.example>` (case, notice number, UTC send time).
Reminders are in English, or German for some DACH customers; invoice numbers have the form
`LX-NNNNN`. All companies, people, domains (`*.example`), phones (555) and references are invented.

## Files

| file | what |
|---|---|
| `build.py` | regenerates everything (standard library only, `random.Random(398)` for ids/boundaries) |
| `b_common.py` | helpers: reminder text, localized quote headers, MIME assembly, date rules, amount parser |
| `b_items1.py` .. `b_items4.py` | the 80 items (text, headers, format, labels' provenance, note) |
| `b_readme.py` | this README's generator |
| `emails.jsonl` | 80 lines `{"id", "eml"}` |
| `labels.jsonl` | 80 lines, contract fields + `note` (+ `"injection": true` on six items) |
| `provenance.jsonl` | per item: date rule + phrase, raw amount token, reference, contact, format, locale |
| `check.py` | re-verifies every label from the messages and the provenance; exits non-zero on a problem |

Run: `python3 build.py && python3 check.py`.

## Label conventions followed

- Contract first, then the public samples' README ("Labelling conventions", "Date conventions").
- Null unless stated. Amounts are two-decimal strings with `.` and no thousands separators
  (`4.860,00 €` -> `4860.00`, `12 500,- kr` -> `12500.00`, `485.000 kr.` ISK -> `485000.00`).
  `currency` is ISO 4217 and null exactly when the amount is null; a bare `kr`/`kr.` takes the
  reminder's currency (SEK/NOK/DKK/ISK).
- `promised_amount`: amount promised (promise_to_pay), amount paid (paid_claim), first instalment or the
  single extension's full amount (payment_plan_request); lower-priority statements' fields are still filled.
- `new_contact_email` whenever an address to write to instead is given (deputy, administrator,
  solicitors, "send reminders to"); a name or phone number alone leaves it null.
- `invoice_numbers`: from the writer's text, else the Subject, else the quoted / returned reminder,
  normalised to `LX-NNNNN`, in order of first mention.
- Dates: "today" is the calendar date of the message's own `Date:` header in its own offset.
  Weekday = coming weekday (today if same); "next <weekday>" = that day in the following Mon-Sun week;
  "end of month" = last day of the Date's month; a week number = that ISO week's Friday;
  "by the Nth" = next Nth on or after the Date; day+month without year = that day in the Date's year
  (past events on/before the Date, future ones on/after). Day-first everywhere (all writers are European).
- Two labelling choices beyond the samples, explained in the notes: a past-tense weekday for a payment
  ("i fredags", "paid on Monday" written mid-week) = the most recent such weekday before the Date;
  an away message "until X" / "tot en met X" gives return_date X (contract wording), while one that states
  a return day ("ab Montag, 23.03.") gives that day.
- Injection items are labelled by what the human text says; `"injection": true` marks them.

## Judgement calls (where a reviewer may disagree)

- oy02 "should go out in Friday's BACS run": softly worded but dated, labelled promise_to_pay.
- oy15 / oy19 past-tense weekdays for paid_date (most recent such weekday before the Date): not in the
  public date table, which only defines the forward reading.
- oy53 "tot en met vrijdag 13 maart": return_date 13 Mar per the contract's "until X" rule, although the
  person is really back on Mon 16 Mar. oy52 states the return day explicitly (23 Mar).
- oy32 VAT charged instead of reverse charge: dispute/other rather than billing_update, because the
  charge as issued is contested.
- oy79 fraud-check question about changed bank details: other (no document, no billing change requested).
- oy44 "next payment run on Thursday" after a portal upload is conditional: billing_update, no promised_date.
- oy69 (Exchange NDR) and oy71 (Gmail DSN) carry In-Reply-To, as those MTAs do; they are still bounces.

The build is deterministic: `random.seed(398)` for MIME boundaries and `random.Random(398)` for ids.

"""


def render(labels, prov):
    out = [HEAD]
    ic = Counter(l["intent"] for l in labels)
    order = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
             "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
             "acknowledgement", "other"]
    out.append("## Counts per intent\n\n| intent | n |\n|---|---|\n")
    for k in order:
        out.append(f"| `{k}` | {ic[k]} |\n")
    out.append(f"| total | {sum(ic.values())} |\n\n")
    rc = Counter(l["dispute_reason"] for l in labels if l["dispute_reason"])
    out.append("Dispute reasons (incl. the one on a legal item): " + ", ".join(f"{k} {v}" for k, v in sorted(rc.items())) + ".\n\n")
    lc = Counter(p["locale"] for p in prov)
    out.append("## Languages / locales\n\n| locale | n |\n|---|---|\n")
    for k, v in sorted(lc.items()):
        out.append(f"| {k} | {v} |\n")
    en = lc["en-GB"] + lc["en-IE"]
    out.append(f"\nEnglish: {en} of 80. Bounce texts are in the MTA's language (English, or German for the "
               "Austrian Exchange server); the locale column gives the recipient's.\n\n")
    inj = [p["id"] for p in prov if p["injection"]]
    out.append("Injection items: " + ", ".join(inj) + ".\n\n")
    out.append("## Items\n\n| id | key | locale | intent | format | note |\n|---|---|---|---|---|---|\n")
    for l, p in zip(labels, prov):
        note = l["note"].split("] ", 1)[1].replace("|", "/")
        if len(note) > 160:
            note = note[:157] + "..."
        out.append(f"| {l['id']} | {p['key']} | {p['locale']} | `{l['intent']}` | {p['format'].replace('|', '/')} | {note} |\n")
    return "".join(out)
