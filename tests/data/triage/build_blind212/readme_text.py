README = """# Blind triage set 212 - marine chandlery and boat-repair yards

Theme: sixteen made-up chandlery / boat-repair yards (haul-outs, antifouling, engine service,
berth and storage fees) send overdue reminders to boat owners, charter companies, marinas,
sailing clubs and fishing co-operatives. Every message in `emails.jsonl` replies to, auto-answers
or bounces one of those reminders. All names, domains (`*.example`), phone numbers (555) and
references are invented.

Built by `build.py` (seed 20226212, stdlib only; spec data in `specs_a.py`, `specs_b.py`, this text in
`readme_text.py`). Verified by `check.py` (exit 0 = all labels re-derived from the data).

## Files

| file | lines | content |
|---|---|---|
| `emails.jsonl` | 80 | `{{"id", "eml"}}` - whole RFC 822 message as a string |
| `labels.jsonl` | 80 | contract fields + `note` (`[KEY, locale] ...`) + `"injection": true` on injection items |
| `derivations.jsonl` | 80 | evidence for check.py: each date label's rule and the phrase it comes from, the amount as written, the dunning Message-ID |
| `build.py`, `specs_a.py`, `specs_b.py`, `readme_text.py` | - | generator |
| `check.py` | - | verifier |

Ids are `mr01`..`mr80`, assigned after a seeded shuffle. KEY letters: P promise_to_pay, A paid_claim,
D dispute, R document_request, B billing_update, W wrong_contact, O out_of_office,
L payment_plan_request, G legal_or_insolvency, F delivery_failure, K acknowledgement, X other.

## Counts per intent

| intent | n |
|---|---|
{t_int}

dispute_reason (including the legal item that also carries one): {cdr}

## Counts per locale

| locale | n |
|---|---|
{t_loc}

## Label conventions followed

- Contract `triage.md` first, then the public samples' README conventions.
- Null unless stated; amounts are two-decimal strings without separators (`R 12 450,00` -> `12450.00`,
  `12.500.000 đồng` -> `12500000.00`, `Rp 8.750.000` -> `8750000.00`). Currency from the symbol/word
  and the thread: NZ$ NZD, R ZAR, GBP, EUR, kr NOK (Norwegian thread), บาท THB, đồng VND, Rp IDR.
- `promised_amount` = amount promised (promise), amount paid (paid_claim), first instalment or, for a
  single extension, the whole balance (plan) - the samples' convention.
- Relative dates resolved against the message's own Date header in its own offset. {nrel} date labels,
  rules used: {t_rules}. `past_wd` = the most recent such weekday before the Date (only used where
  "last X" and "X of last week" agree). `first_week` = the 7th (contract: "the first week of April" = April 7).
  `eom_next` ("cuối tháng sau", end of next month) = last day of the following month.
- "until <date>" in an away message = return_date that date (contract wording).
- invoice_numbers: customer's own text, else Subject, else quoted/returned reminder; normalised to
  `INV-NNNN`; empty when none of those carry a number (plural reminder subjects carry none).
- new_contact_email filled for wrong-contact addresses, an away-message deputy mailbox, counsel in a legal
  notice, and an insolvency practitioner / trustee.

## Deliberately hard

- Time zones: +1300 (NZDT; "tomorrow" at 07:40 local is still the previous day in UTC), +0200 SAST,
  +0000/+0100 UK and Portugal, CET/CEST around the 29 March change, +0700, +0800 (Bali), a -0700 Gmail bounce.
- Thai Buddhist-era date (2 เม.ย. 2569 = 2026-04-02); week number "KW 15"; "first week of April";
  "on Friday" written on a Friday ("next Friday" = +7); Feb end in a non-leap year; "on the 31st".
- Two-statement emails: dispute + partial promise (en-ZA, fr-FR), paid + receipt request, legal + quality
  dispute + counsel, duplicate dispute mentioning a paid sibling invoice, OOO + deputy address.
- Near misses: meeting dates, portal start dates, filing dates, storage-day dates, PO numbers, SDI codes,
  a human "back from holiday" that is not an auto-reply, a 'Re:' auto-reply marked only by headers.
- Encodings: UTF-8 8bit, QP and base64; ISO-8859-1/-2/-15, windows-1250/1252, TIS-620; RFC 2047 subjects and
  names; HTML-only; multipart/alternative; multipart/mixed with PDF/JPEG; bounces as multipart/report
  (message/rfc822 or text/rfc822-headers), CRLF, and a plain exim bounce.
- Prompt injections (label = what the human text says): {inj}.

## Ambiguities and how they were labelled

- Past weekday phrases ("on Monday", "venerdì scorso", "Jumat lalu") are only used where both readings agree.
- A bounce whose returned part is headers-only with a plural subject carries no invoice number: [].
- Vessel-mismatch dispute (work billed to another boat) -> dispute_reason `other`.
- Extension with no amount -> promised_amount null; extension "3 weeks" -> Date + 21.
"""
