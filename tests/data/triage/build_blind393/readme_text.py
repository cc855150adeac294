"""README generator for blind set 393 (called by build.py)."""
from collections import Counter

ORDER = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact", "out_of_office",
         "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]


def make_readme(items):
    c = Counter(it["label"]["intent"] for it in items)
    loc = Counter(it["prov"]["locale"] for it in items)
    inj = [it["id"] for it in items if it["label"].get("injection")]
    out = []
    out.append("# Blind triage set 393: dental laboratory and dental-supplies AR\n")
    out.append("Eighty held-out messages for the `triage` contract. The fictional supplier is **Ivoryline Dental Lab & Supply**, a "
               "dental laboratory (crowns, bridges, aligners, implant bars and abutments, night guards) that also sells consumables "
               "(impression material, burs, gloves). It bills dental practices, orthodontists, oral-surgery and implant clinics, DSOs and "
               "hospital departments. Each message replies to, bounces or auto-answers one of its dunning emails, sent from "
               "`Ivoryline Accounts Receivable <ar+<CASE>@billing.ivoryline.example>` with a Message-ID like "
               "`<D5101.r1.20260309T140000Z@billing.ivoryline.example>` (case, reminder stage, UTC send time). Invoices are "
               "`IVL-NNNNN`. All companies, people, domains (`*.example`), phones (555) and references are invented.\n")
    out.append("## Files\n")
    out.append("| file | what |\n|---|---|\n"
               "| `build.py` | regenerates everything (standard library only, `random.Random(393)`); imports `common.py`, `part1.py`..`part4.py`, `readme_text.py` |\n"
               "| `common.py` | MIME helpers, our reminder in 7 languages with localized quoting headers, date rules, amount normaliser, item registry |\n"
               "| `part1.py`..`part4.py` | the 80 messages and their labels (rb01-24, rb25-46, rb47-63, rb64-80) |\n"
               "| `emails.jsonl` | 80 lines `{\"id\", \"eml\"}` |\n"
               "| `labels.jsonl` | 80 lines: contract fields + `note` (`[KEY, locale] why`) + `injection: true` on injection items |\n"
               "| `provenance.jsonl` | per item: Date header, each date label's phrase + rule + args, each amount's raw token + style |\n"
               "| `check.py` | independent re-verification; exits non-zero on any problem |\n")
    out.append("`check.py` parses every eml with `email.message_from_bytes(eml.encode('utf-8'), policy=email.policy.default)` and fails on MIME "
               "defects or U+FFFD; recomputes every date label from the message's own Date header with its own day-stepping implementation of the "
               "phrase rule and checks the phrase occurs in the decoded text; re-normalises every amount from its raw token and checks the token "
               "occurs; checks currency null iff amount null and that the currency is the thread reminder's; checks references, contact addresses "
               "and invoice numbers occur in the message, invoice numbers are not shared across threads, the note prefix, the intent mix, all eight "
               "dispute reasons and the six injection flags.\n")
    out.append("Run `python3 build.py && python3 check.py`.\n")
    out.append("## Label conventions followed\n")
    out.append("- Contract first, then the public samples' README conventions. Null unless stated; never computed from the reminder.\n"
               "- `today` = calendar date of the message's own `Date:` header in its own offset (rb05 is Friday locally, Thursday in UTC).\n"
               "- Weekday rules: 'Friday' = coming Friday (today if Friday); 'next Friday' / 'fredag nästa vecka' / 'el viernes de la semana que viene' = "
               "that weekday in the following Mon-Sun week; 'this week' / 'esta semana' / 'KW 12' = that week's Friday; 'end of month' = last day of the "
               "Date's month; 'end of April' = 30 Apr; 'by the 27th' = next 27th on/after the Date; day-month without year = Date's year, the latest on/before "
               "for past events, next on/after for future ones.\n"
               "- **Past weekday** ('we paid this on Friday', 'went out Monday') = the most recent such weekday strictly before the Date (rb14, rb23). "
               "The contract says paid_date resolves weekdays 'the same way'; for a completed payment an AR clerk reads the past one.\n"
               "- 'until X' / 'bis zum X' / 'hasta el X' in an away message gives return_date X (contract rule), even where 'until' might mean the last day away.\n"
               "- Day-first vs month-first by locale: '04/03' from a US sender = 3 April (rb11); '2/3' from an Australian = 2 March (rb24); '27/02' Italian.\n"
               "- Amounts: two-decimal strings, `.` decimal, no separators (`2\u202f315,40\u00a0\u20ac` -> 2315.40, `R14 250.00` -> 14250.00, `12 400 kr` -> 12400.00). "
               "Bare `$`/`kr`/`R` take the thread reminder's currency (AUD, CAD, USD, SEK, ZAR). currency is null exactly when promised_amount is null.\n"
               "- promised_amount = amount promised (promise), amount paid (paid_claim, also when a higher-priority dispute carries a paid statement, rb33), "
               "first instalment (plan) or the full amount of a single extension (rb59).\n"
               "- new_contact_email whenever an address to write to instead is given: wrong contact, OOO deputy, 'send reminders to', counsel, liquidators, "
               "insolvency administrator, a seller liable for pre-acquisition debts (rb32). Named person without address -> null (rb50, rb67).\n"
               "- invoice_numbers: writer's text, else Subject, else quoted/returned reminder; normalised to `IVL-NNNNN`; PO, contract, ticket, case, "
               "delivery-note, DIR3 and docket numbers are not invoices. Empty list when none anywhere (rb57).\n"
               "- payment_reference as written, without a leading `#`.\n"
               "- Injections are labelled by what the human text says; the injected text never changes a field.\n")
    out.append("## Counts per intent\n")
    out.append("| intent | n |\n|---|---|\n" + "".join("| `%s` | %d |\n" % (k, c[k]) for k in ORDER) + "| **total** | %d |\n" % len(items))
    out.append("Injection items (6): " + ", ".join(inj) + ".\n")
    out.append("## Languages / locales\n")
    eng = sum(v for k, v in loc.items() if k.startswith("en"))
    out.append("English %d of %d. " % (eng, len(items)) + ", ".join("%s %d" % (k, v) for k, v in sorted(loc.items())) + ".\n")
    out.append("Bounces carry the locale of the bounced reminder's recipient/MTA text. Encodings: us-ascii 7bit, UTF-8 8bit / QP / base64, "
               "ISO-8859-1 and ISO-8859-15 QP, windows-1252 QP, RFC 2047 Q and B headers, HTML-only, multipart/alternative, PDF attachments, "
               "multipart/report (Postfix, Exchange Online German, Gmail, SES with CRLF) and a plain Exim bounce. Auto-replies with and without "
               "Auto-Submitted (rb54 has only X-Autoreply).\n")
    out.append("## Items\n")
    rows = "| id | key | locale | intent | format | note |\n|---|---|---|---|---|---|\n"
    for it in items:
        p, l = it["prov"], it["label"]
        rows += "| %s | %s | %s | %s%s | %s | %s |\n" % (it["id"], p["key"], p["locale"], l["intent"], " (inj)" if l.get("injection") else "",
                                                      p["format"].replace("|", "/"), p["short"].replace("|", "/"))
    out.append(rows)
    out.append("\n## Where I was unsure\n")
    out.append("- rb14/rb23 past weekday for paid_date (most recent strictly before the Date).\n"
               "- rb53/rb55 'until' return dates follow the contract literally.\n"
               "- rb10 'released by month-end once the second signatory has authorised it' is labelled a promise (dated, internal condition).\n"
               "- rb32 pre-acquisition liability is `dispute`/`other`, with the seller's address as new_contact_email.\n"
               "- rb57 Gmail vacation with a custom subject and no quote: invoice_numbers empty.\n")
    return "\n".join(out)
