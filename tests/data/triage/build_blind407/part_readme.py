"""README.md writer for blind set 407 (called by build.py)."""
from collections import Counter

HEAD = """# Blind triage set 407 (`sq01`-`sq80`)

Held-out evaluation set for the `triage` contract (`/work/shared/contracts/triage.md`), written blind from the
contract and the public samples only. Regenerate with `python3 build.py`; verify with `python3 check.py`.

## Theme

**Ironbridge Fleet Services** leases commercial vehicles and maintains fleets for haulage firms, couriers,
councils and construction companies. Every message answers, bounces or auto-answers one of its dunning e-mails,
sent from a per-case address `ar+L407NN@billing.ironbridgefleet.example` with a Message-ID like
`<L40712.d2.20260316T090000Z@billing.ironbridgefleet.example>` (`d1` reminder, `d2` second reminder, `d3` final
notice). Reminders are sent in the customer's language and currency. Invoice numbers look like `FL-24817`.
All companies, people, customer domains (`*.example`), phone numbers (555) and references are invented. Mail
infrastructure names in Message-IDs and bounces (`prod.outlook.com`, `mail.gmail.com`, `googlemail.com`,
`amazonses.com`) imitate real MTAs, as the public samples do.

## Files

| file | what |
|---|---|
| `build.py` | entry point; standard library only, seed 407 (`random.Random(407)` for Message-IDs, boundaries, Thread-Index). Writes every file below except `check.py`. |
| `part_common.py` | helpers: reminder text in 5 languages, client quoting styles, MIME leaves/multiparts, encodings, date rules, amount normalisation, `add()` |
| `part_a.py` .. `part_d.py` | the 80 items (sq01-24, sq25-46, sq47-67, sq68-80) |
| `part_readme.py` | writes this README |
| `emails.jsonl` | 80 lines `{"id", "eml"}` |
| `labels.jsonl` | 80 lines: the contract's fields + `note` (starts `[KEY, locale]`) + `"injection": true` on 6 items |
| `provenance.jsonl` | per item: key, locale, format, each date's phrase + rule + argument (+ weekday named in the phrase), the raw amount token and its number style |
| `check.py` | re-verifies every label from provenance (see below); exits 1 on any problem |

`check.py` parses every eml with `email.message_from_bytes(eml.encode("utf-8"), policy=email.policy.default)`,
takes "today" as the Date header's local date (its own offset), re-implements each date rule independently and
compares with the label, checks that the phrase and the raw amount token occur in the human-visible text
(HTML comments and hidden elements removed), re-normalises each amount from its raw token, checks currency
null-ness, that the currency is the thread reminder's, that references/contact addresses/invoice numbers occur
in the message, the To/In-Reply-To style, auto-reply markers, note prefixes, intent counts, the 6 injections,
all 8 dispute reasons and the language mix.

## Label conventions followed

* Contract first, then the public samples' README ("Labelling conventions", "Date conventions").
* Null unless stated; `invoice_numbers` always a list, normalised to `FL-NNNNN`, from the writer's text, else the
  Subject, else the quoted/returned reminder, in order of first mention.
* Amounts: two-decimal strings, `.` decimal, no grouping (`Rs. 1,84,500/-` -> `184500.00`, `R23 460,00` ->
  `23460.00`, `6.842,15 €` -> `6842.15`). A bare `$` takes the thread reminder's currency (USD, CAD, AUD or NZD).
  `currency` is null exactly when `promised_amount` is null.
* `promised_amount`: promise = amount promised; paid_claim = amount paid (net of TDS in sq17); plan = first
  instalment, or the full amount for a single extension (sq59, sq62).
* Two statements: intent by the contract's priority order, the other statement's fields still filled (sq11, sq22,
  sq25, sq65; sq19 and sq51 have a lower statement with no fields).
* `new_contact_email` whenever an address to write to instead is given: deputies in away messages (sq52, sq54,
  sq55), "send reminders to" (sq11), counsel/liquidators/procedure PEC (sq64-sq66), and the invoice-receipt
  mailbox given with a copy-invoice request (sq37, a labelling choice). Named people without an address or with
  only a phone stay null (sq50, sq53, sq57, sq67).
* Dates: "today" = Date header's local date. "Friday"/"Tuesday" (future) = coming one; "next Thursday" = the
  following Mon-Sun week; "this week"/"esta semana" and "KW 12" = that week's Friday; "by the 1st/31st" = next
  such day on or after the Date; "end of month"/"fine mese"/"month-end" = last day; "bis Ende Mai" = 31 May; "within a
  fortnight" = Date + 14; a day/month without a year = the next one for a future event, the latest one for a past
  event; "until Tuesday 7 April"/"fino al 3 aprile" in an away message = that date.
* **Past weekday references** (not in the public table): a past-tense "paid this on Monday"/"Paid Friday" resolves to
  the latest such weekday on or before the Date (rule `last_weekday`, sq14, sq24).
* Day-first vs month-first by locale: `3/6` from a US sender = 6 March (sq13); `12/03/2026` from Australia = 12 March
  (sq16); `09/03/2026` from Italy = 9 March.
* Dates that are not payment/return dates stay out: planned service dates, appointment/filing dates, meetings,
  "until Thursday" written by a human, cut-off dates, effective dates of entity changes.
* Prompt injections are data: labelled by what the human text says.

## Judgement calls (reviewers may disagree)

* sq06: hedged "we should be able to settle ... by month-end" labelled `promise_to_pay` with the date and amount.
* sq14, sq24: past weekday rule `last_weekday` (not in the public date table).
* sq37: the invoice-receipt mailbox given with a copy request fills `new_contact_email`.
* sq55 "fino al 3 aprile" and sq52 "until Tuesday 7 April": return_date = the named day (contract wording), though
  "until" can mean the last day away.
* sq44 (Italian SdI e-invoice required) is `billing_update`, not `document_request`.
* sq32 (pre-existing damage recharge) uses dispute_reason `other`.
* sq22: paid_claim whose promised_date carries the second invoice's promise while promised_amount is the amount paid.

## Counts per intent

"""


def write(path, items):
    counts = Counter(it["label"]["intent"] for it in items)
    order = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
             "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
             "acknowledgement", "other"]
    out = [HEAD, "| intent | n |\n|---|---|\n"]
    out += ["| `%s` | %d |\n" % (k, counts[k]) for k in order]
    reasons = Counter(it["label"]["dispute_reason"] for it in items if it["label"]["dispute_reason"])
    out.append("\nDispute reasons (all items with a reason, including sq65): %s.\n" %
               ", ".join("%s %d" % kv for kv in sorted(reasons.items())))
    locs = Counter(it["prov"]["locale"] for it in items)
    langs = Counter(l.split("-")[0] for l in locs.elements())
    out.append("\n## Languages and locales\n\n%s English (%s), %d Spanish, %d French (incl. fr-CA), %d German, "
               "%d Italian.\n" % (langs["en"], ", ".join("%s %d" % (k, v) for k, v in sorted(locs.items())
                                                         if k.startswith("en")),
                                  langs["es"], langs["fr"], langs["de"], langs["it"]))
    inj = [it["id"] for it in items if it["label"].get("injection")]
    out.append("\nInjection items: %s.\n" % ", ".join(inj))
    out.append("\n## Items\n\n| id | key | locale | intent | format | note |\n|---|---|---|---|---|---|\n")
    for it in items:
        note = it["label"]["note"].split("] ", 1)[1]
        short = note if len(note) <= 160 else note[:160].rsplit(" ", 1)[0] + " ..."
        out.append("| %s | %s | %s | %s | %s | %s%s |\n" % (
            it["id"], it["prov"]["key"], it["prov"]["locale"], it["label"]["intent"], it["prov"]["format"],
            "**injection** " if it["label"].get("injection") else "", short.replace("|", "/")))
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))
