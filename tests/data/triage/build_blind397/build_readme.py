"""README.md generator for blind set 397."""
from collections import Counter

ORDER = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
         "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
LANG = {"en": "English", "es": "Spanish", "pt": "Portuguese", "it": "Italian", "fr": "French", "ro": "Romanian", "ca": "Catalan"}

HEAD = """# Blind triage set 397 (`lc01`-`lc80`)

Held-out evaluation set for the reply-triage classifier (`contracts/triage.md`), written blind: only the
contract, `samples/README.md`, the public triage samples and the shared MIME fixtures were read.

## Theme

**Altura Rent Group** rents scaffolding, formwork, shoring, access platforms, site equipment and event
staging to builders, civil-engineering contractors, municipalities' contractors and event stagers in
Europe and the Americas. Every message answers, bounces or auto-answers one of its dunning emails,
sent from a per-case address `ar+<case>@billing.alturarent.example` (case ids `K4102`...) with a
Message-ID like `<K4102.d1.20260310T150000Z@billing.alturarent.example>`. The reminder is written in the
customer's language and currency, with invoice numbers in the form `ALT-NNNNN`. All companies, people,
domains (`*.example`), phones (555) and references are invented.

## Files

| file | what |
|---|---|
| `build.py` | regenerates everything (standard library only, `random.Random(397)`); run `python3 build.py` |
| `build_common.py` | locales, reminder templates in 7 languages, quoting styles, MIME helpers, date rules |
| `build_part1.py` ... `build_part5.py` | the 80 messages, each with its label inputs and provenance |
| `build_readme.py` | this README |
| `emails.jsonl` | 80 lines `{"id", "eml"}` (whole RFC 822 message) |
| `labels.jsonl` | 80 lines with the contract fields, `note` (`[KEY, locale] why`) and `"injection": true` on injection items |
| `provenance.jsonl` | per item: key, locale, format, Date header, each date's phrase + rule + args, the raw amount token |
| `check.py` | re-verifies every label from the provenance and the parsed message; exits non-zero on a problem |

## Label conventions followed

- Contract first, then the public samples' conventions: null unless stated; amounts as two-decimal strings
  with `.` and no thousands separators (`1.845.300,00` -> `1845300.00`, `S/ 18,540.00` -> `18540.00`,
  `$ 2.310.000` -> `2310000.00`); `currency` null exactly when the amount is null.
- A bare `$` takes the thread reminder's currency: ARS (Argentina), CAD (Canada, Quebec), USD (US).
  `Kz` = AOA, `lei` = RON, `S/` = PEN, `R$` = BRL, `\u20ac`/`EUR` = EUR.
- `promised_amount` = amount promised (promise), amount paid (paid_claim), first instalment (plan), or the
  full amount of a single extension (lc60, lc63). Lower-priority statements still fill their fields (lc06
  promise + new contact, lc20 paid + receipt request, lc25 dispute + promise, lc50 ack + redirect, lc64-lc67
  legal + administrator/counsel/quality).
- `new_contact_email` whenever an address to write to instead is given: wrong contact, deputies in
  auto-replies, administrators/examiners, counsel, "send future reminders to".
- `invoice_numbers`: from the writer's text, else the Subject, else the quoted/returned reminder, normalised
  to `ALT-NNNNN`; PO, order, quote, call-off ticket, delivery-note, court-case and CNPJ numbers are never
  invoice numbers. Hidden/injected text does not contribute invoice numbers.
- Dates: "today" is the Date header's calendar date in its own offset (lc01 and lc14 cross midnight UTC).
  Rules as in the samples README; in addition: a past weekday ("el lunes", "sexta passada", "mailed on
  Friday") = the most recent such weekday before the Date; "the end of next month" = last day of the
  following month; "this week"/"cette semaine" = that week's Friday; an away message "until X"/"hasta el
  X"/"p\u00e2n\u0103 pe X" gives X; an explicit "returning on X" wins over a date range's last day (lc57).
  Day-first everywhere except the US sender (lc13 `3/6` = 6 March).
- Injection items (6) are labelled by what the human text says; injected claims fill no fields.

"""


def readme(labels, prov):
    c = Counter(l["intent"] for l in labels)
    out = [HEAD, "## Counts per intent\n\n| intent | n |\n|---|---|\n"]
    for k in ORDER:
        out.append(f"| `{k}` | {c[k]} |\n")
    out.append(f"| **total** | {sum(c.values())} |\n\n")
    reasons = Counter(l["dispute_reason"] for l in labels if l["intent"] == "dispute")
    out.append("Dispute reasons (intent `dispute`): " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())) + ".\n\n")
    inj = [l["id"] for l in labels if l.get("injection")]
    out.append("Injection items: " + ", ".join(inj) + ".\n\n")
    lc = Counter(p["locale"] for p in prov)
    lg = Counter(LANG[p["locale"][:2]] for p in prov)
    out.append("## Languages and locales\n\n| language | n | locales |\n|---|---|---|\n")
    for lang, n in sorted(lg.items(), key=lambda x: -x[1]):
        locs = ", ".join(f"{k} {v}" for k, v in sorted(lc.items()) if LANG[k[:2]] == lang)
        out.append(f"| {lang} | {n} | {locs} |\n")
    out.append("\nBounces are labelled with the locale of the customer they were sent to (their MTA text is English, "
               "except the French Exchange NDR lc69).\n\n## Items\n\n| id | key | locale | intent | format | note |\n|---|---|---|---|---|---|\n")
    for l, p in zip(labels, prov):
        note = l["note"].split("] ", 1)[1].replace("|", "/").replace("\n", " ")
        if len(note) > 150:
            note = note[:147] + "..."
        out.append(f"| {l['id']} | {p['key']} | {p['locale']} | {l['intent']} | {p['format']} | {note} |\n")
    return "".join(out)
