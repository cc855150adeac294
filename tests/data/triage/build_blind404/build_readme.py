"""README generator for the blind set 404."""
from collections import Counter


def readme(items):
    intents = Counter(it["label"]["intent"] for it in items)
    locs = Counter(it["loc"].split(" ")[0] if not it["loc"].startswith("en (MTA)") else "en (MTA bounce)" for it in items)
    inj = [it["id"] for it in items if it["label"].get("injection")]
    rows = "\n".join(
        f"| {it['id']} | {it['key']} | {it['loc']} | {it['label']['intent']} | {it['fmt']} | {it['short'].replace('|', '/')} |"
        for it in items)
    order = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
             "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
    return f"""# Blind triage set 404 (`ic01`-`ic80`)

Held-out evaluation set for the `triage` contract, written blind (only `contracts/triage.md`, `samples/README.md`,
`samples/triage/*` and `fixtures/email/` were read).

## Theme

**Sentinel Grid Security Ltd**, an installer of security systems, CCTV, alarms, intercoms and access control, bills
shops and malls, banks, schools, housing associations and logistics parks in the Middle East, Turkey, Iran and
Eastern/Southern Europe and the UK. Every message answers, bounces or auto-answers one of its dunning emails, sent
from a per-case address `ar+sgNNNN@billing.sentinelgrid.example` with a Message-ID like
`<SG3101.r1.20260302T080000Z@billing.sentinelgrid.example>` (`r1` reminder, `r2` second notice, `r3` final notice).
The reminder is in English and states the amounts with an ISO currency code; invoice numbers look like `SGI-NNNNN`.
All companies, people, domains (`*.example`), phone numbers (555), IPs (documentation ranges) and references are invented.

## Files

| file | what |
|---|---|
| `build.py` | entry point, stdlib only, `random.Random(404)`; imports `build_lib.py` (MIME/quoting helpers, reminder template), `build_p1.py`..`build_p4.py` (the items) and `build_readme.py`; writes every file below |
| `emails.jsonl` | 80 lines `{{"id", "eml"}}` |
| `labels.jsonl` | 80 lines with the contract fields plus `note` (`[KEY, locale] why`) and `"injection": true` on six items |
| `provenance.jsonl` | per item: key, locale, format and the provenance of every date (rule, args, verbatim phrase) and amount (raw token) |
| `check.py` | re-derives every date from the message's own `Date` header and the phrase's rule with `datetime`, every amount from its raw token, checks that each eml parses with `email.message_from_bytes(eml.encode("utf-8"), policy=email.policy.default)` without defects or U+FFFD, that phrases/tokens/references/addresses/invoice digits occur in the decoded message, field shapes, and the intent and injection counts; exits 1 on a problem |

Run: `python3 build.py && python3 check.py`.

## Label conventions followed

- Contract first, then the public samples' README conventions. Null unless stated; amounts are two-decimal strings with
  `.` and no thousands separators (HUF, IRR still `NNN.00`); `currency` is ISO 4217 and null exactly when the amount is null.
- `promised_amount`: amount promised (promise_to_pay), amount paid (paid_claim), first instalment or the full amount of a
  single extension (payment_plan_request). Fields of a lower-priority second statement are filled (ic25, ic66, ...).
- Priority order from the contract: legal > delivery_failure > out_of_office > dispute > plan > paid > promise >
  wrong_contact > document_request > billing_update > acknowledgement > other.
- `new_contact_email` whenever the email gives an address to write to instead (deputy in an auto-reply, counsel,
  administrator, "send reminders to"); a name or phone number alone leaves it null (ic49, ic53, ic67).
- `invoice_numbers` from the writer's text, else the Subject, else the quoted/returned reminder, normalised to
  `SGI-NNNNN`, in order of first mention; PO, contract, ticket, specification, TRN/NIP/ΑΦΜ numbers are never invoices.
- Dates: "today" is the Date header's local date in its own offset (ic02 is past midnight +0300 while UTC is the day
  before). Weeks run Monday-Sunday. "next <weekday>" = that weekday in the following week; "<weekday>"/"this/coming
  <weekday>" = the coming one; a past "on Friday" = the most recent Friday before the Date; "this week" = that week's
  Friday; week number = that ISO week's Friday; "until X" in an away message = return_date X; day-month with no year
  takes the Date's year (next one for a future event, latest one for a past event); all writers here are day-first
  (Hungarian is year-first). Persian solar dates are converted (14 Esfand 1404 = 2026-03-05).
- Injection items are labelled by what the human text says; the injected instruction changes nothing.
- Our own reminder text (quoted, forwarded or returned) is never treated as the customer's statement.

## Counts per intent

| intent | n |
|---|---|
""" + "\n".join(f"| {k} | {intents[k]} |" for k in order) + f"""

Injection items: {', '.join(inj)}.

## Languages / locales

""" + "\n".join(f"- {k}: {v}" for k, v in sorted(locs.items())) + f"""

English (en-GB, en-IL, en-AE and the five English MTA bounces) is {sum(v for k, v in locs.items() if k.startswith('en'))} of 80.
Encodings: UTF-8 8bit / quoted-printable / base64, windows-1255, iso-8859-2/-7/-9/-16, windows-1251, koi8-r, us-ascii; HTML-only
(ic15), multipart/alternative, PDF attachments, RFC 2047 subjects and names, CRLF (ic72). Quoting: Outlook (localized
header blocks and `-----Original Message-----`), Gmail and Apple Mail attributions in ten languages, a forwarded block
(ic50); prefixes Re:/RE:/YNT:/Ynt:/Odp:/ODP:/Vá:/VÁ:/ΑΠ:/השב:/رد:/پاسخ:. Bounces: Postfix, Exchange Online, Exim, Gmail, SES.

## Items

| id | key | locale | intent | format | note |
|---|---|---|---|---|---|
{rows}
"""
