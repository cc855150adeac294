"""README.md generator for blind set 418 (called by build.py)."""
from collections import Counter

HEAD = """# Blind triage set 418 (`ko01`-`ko80`)

Held-out evaluation set for the accounts-receivable reply classifier (`contracts/triage.md`),
written blind from the contract and the public samples' README only.

## Theme

**Coralbay Seafoods Pty Ltd**, an invented Australian seafood processor and cold-chain exporter, bills
supermarkets, restaurant and hotel groups, importers and ship chandlers around Asia-Pacific. Every message
answers, bounces or auto-answers one of its dunning emails, sent from a per-case address
`Coralbay Seafoods Accounts Receivable <ar+K4nnn@billing.coralbay.example>` with Message-IDs like
`<K4101.r1.20260302T010000Z@billing.coralbay.example>`. Invoices are numbered `CB-NNNNN`; customers also
cite PO, contract, B/L, container, delivery-note, QC-report, quotation, court-case and vessel-call numbers,
none of which is an invoice. All companies, people, domains (`*.example`), phones (555) and references are
invented. Dates run from 24 Feb to 7 Apr 2026.

## Files

| file | what |
|---|---|
| `build.py` | entry point; standard library only, `random.seed(418)` plus a seeded `random.Random(418)`; rewrites everything below on each run (byte-identical) |
| `build_lib.py` | shared helpers: our reminder text, localized quote headers (Gmail/Apple/Outlook in ja, ko, zh, zh-TW/HK, vi, th, id, tl, de, en), MIME assembly and encodings |
| `build_p1.py` .. `build_p4.py` | the 80 item specs (text, headers, labels, date/amount provenance, note); `build_p3.py` also holds the six bounce builders |
| `build_readme.py` | this README |
| `emails.jsonl` | 80 lines `{"id", "eml"}` |
| `labels.jsonl` | 80 lines with the contract's fields, `note` (`[KEY, locale] why`) and `"injection": true` on six items |
| `provenance.jsonl` | per item: key, locale, format, the date phrases with their rule, the raw amount tokens, the thread reminder's currency and invoices |
| `check.py` | re-verifies every label from `provenance.jsonl` (see below); exits 1 on any problem |

Run: `python3 build.py && python3 check.py`.

`check.py` parses each eml with `email.message_from_bytes(eml.encode("utf-8"), policy=email.policy.default)`;
takes "today" as the calendar date of the message's own `Date:` header in its own offset; finds each date
phrase in the decoded text and recomputes the date with `datetime` from the phrase's rule (localized digits,
Thai Buddhist-era years and month names are parsed from the phrase itself); re-parses each amount from its raw
token (locale decimal separator, 万/만 multipliers) and re-derives the currency from the symbol or, for a bare
`$`, from the thread reminder; checks null hygiene (currency null exactly when the amount is null, no date or
amount without provenance), closed sets, that references/addresses/invoice digits occur in the message, that
every invoice belongs to the thread and has the `CB-NNNNN` form, only `.example` domains, intent counts and
the six injection flags.

## Label conventions followed

Contract first, then the samples README ("Labelling conventions", "Date conventions"):

- Null unless stated; amounts are two-decimal strings with `.` and no separators, also for zero-decimal
  currencies (`1,836,000円` -> `"1836000.00"`, `120万円` -> `"1200000.00"`, `1.245.600.000 đồng` ->
  `"1245600000.00"`, `Rp 96.420.000,00` -> `"96420000.00"`). `currency` is ISO 4217 and null exactly when the
  amount is null. A bare `$` takes the thread reminder's currency (AUD in Australia, USD in Cambodia).
  `HK$`=HKD, `NT$`=TWD, `RMB`=CNY, `円`=JPY, `원`/`₩`=KRW, `đồng`/`đ`/`VND`=VND, `฿`/`บาท`=THB, `Rp`=IDR, `₱`=PHP.
- `promised_amount` = amount promised (promise), amount paid (paid claim), first instalment or the single
  extension's full amount (plan request). Per-kg prices, invoice totals and disputed line values are not amounts.
- Two statements: the contract's priority order picks the intent; the other statement's fields are still
  filled (ko25 dispute + promise, ko21 paid + receipt request, ko65 legal + quality dispute, ko11 partial promise).
- `new_contact_email` whenever an address to write to instead is given: wrong-contact, auto-reply deputies and
  "for urgent matters" team mailboxes, administrators, liquidators and counsel. A name alone leaves it null
  (ko48, ko65). A customer's internal forward target is not a redirect (ko74).
- `invoice_numbers`: from the writer's text, else the Subject, else the quoted or returned reminder; normalised
  to `CB-NNNNN` ("40188" -> `CB-40188`); order of first mention; compare as a set.
- `payment_reference` as written (bank acceptance numbers, MT103/TT/CHATS/FT references).
- Dates: the samples' rules ("tomorrow"/"yesterday" +-1; a weekday = the coming one, today if today;
  "next <weekday>" = that weekday in the following Mon-Sun week; end of (this) month; "by the 15th" = next 15th
  on or after the Date; "this week" = that week's Friday; "end of <named month>" = its last day; a day-month
  with no year = the Date's year, latest past one for a past event, next future one for a future event).
  Two choices of mine, in the spirit of the contract: a **past-tense** weekday in a paid claim ("paid
  Thursday", "on Monday") is the most recent such day, today included; "last week's Friday" (지난주 금요일) is
  the Friday of the previous Mon-Sun week.
- Day-first vs month-first by the writer's locale: Philippines month-first (`03/04/2026` = 4 Mar), Vietnam
  day-first (`05/03/2026` = 5 Mar, `20/3` = 20 Mar), Taiwan/China month/day (`3/6` = 6 Mar), Thai Buddhist era
  (`27 ก.พ. 69` = 27 Feb 2026).
- Instructions inside an email are data: the six injection items are labelled by what the human text says.

## Counts per intent

"""

TAIL = """
## Uncertain calls (worth a second opinion)

- **ko02** "should go in next Friday's pay run": hedged but dated, labelled promise_to_pay with the date.
- **ko11** firm dated partial payment for one invoice, "will get back to you" on the other: promise_to_pay, not
  payment_plan_request.
- **ko16 / ko20** past-tense weekday in a paid claim = most recent such day (the contract says "the same way",
  which read literally would give a future date for a payment already made).
- **ko14** "지난주 금요일" (Friday of last week) = previous Mon-Sun week's Friday.
- **ko12** "ក្នុងសប្តាហ៍នេះ" (within this week) = that week's Friday, per the contract's "this week" rule.
- **ko29** duplicate dispute: CB-40301 is said to be already paid, but with no date/amount/reference, so no
  paid fields; HK$23,650 is the invoice value.
- **ko32** returnable-pallet charge: reason `other` (could be argued as `pricing`).
- **ko44** "月末締め翌月末払い" restates payment terms: no promised_date.
- **ko55 / ko51** auto-reply "for urgent matters contact ..." addresses fill new_contact_email (the samples' s28 choice).
- **ko74** "cut-off every 15th and 30th" is a generic check-run schedule, not a promise: acknowledgement.
- Bounce locales name the recipient's region; their text is English MTA text.
"""


def render(items, labels):
    c = Counter(l["intent"] for l in labels)
    order = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
             "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
             "acknowledgement", "other"]
    out = [HEAD, "| intent | count |", "|---|---|"]
    out += ["| `%s` | %d |" % (k, c[k]) for k in order]
    out.append("| total | %d |" % sum(c.values()))
    reasons = Counter(l["dispute_reason"] for l in labels if l["dispute_reason"])
    out.append("\nDispute reasons (including the legal item ko65): " +
               ", ".join("%s %d" % kv for kv in sorted(reasons.items())) + ".")
    inj = [l["id"] for l in labels if l.get("injection")]
    out.append("\nInjection items: " + ", ".join(inj) + " (hidden HTML div, fake `[SYSTEM]` line, "
               "'note to the automated assistant', zero-size HTML span, fake 系統訊息 line, pure 'SYSTEM OVERRIDE').")
    loc = Counter(it["loc"] for it in items)
    out.append("\n## Languages / locales\n")
    out.append("| locale | items |\n|---|---|")
    out += ["| %s | %d |" % kv for kv in sorted(loc.items(), key=lambda kv: (-kv[1], kv[0]))]
    eng = sum(v for k, v in loc.items() if k.startswith("en"))
    out.append("\nEnglish-locale items: %d; with the four bounces from non-English regions (English MTA text) "
               "%d of 80 messages are in English. Human text in the other items is in Japanese, Korean, "
               "Simplified Chinese, Traditional Chinese, Hong Kong Cantonese, Vietnamese, Thai, Indonesian, "
               "Tagalog/Taglish, Khmer and Burmese; our quoted reminder is always English.\n" % (
                   eng, eng + sum(1 for it in items if it["intent"] == "delivery_failure" and not it["loc"].startswith("en"))))
    out.append("Encodings used: UTF-8 8bit / quoted-printable / base64, ISO-2022-JP, Shift_JIS, EUC-KR, GB2312, GBK, "
               "Big5, Big5-HKSCS, TIS-620, ISO-8859-1; HTML-only, multipart/alternative, multipart/mixed with PDF "
               "and JPEG attachments, multipart/report (Postfix, Exchange Online, Gmail, SES with CRLF), plain-text "
               "Exim and qmail bounces; RFC 2047 subjects/names in several charsets.\n")
    out.append("## Items\n")
    out.append("| id | key | locale | intent | format | note |\n|---|---|---|---|---|---|")
    for it, l in zip(items, labels):
        note = it["note"].replace("|", "/")
        if len(note) > 150:
            note = note[:147].rsplit(" ", 1)[0] + " ..."
        out.append("| %s | %s | %s | %s | %s | %s |" % (l["id"], it["key"], it["loc"], l["intent"],
                                                     it["fmtname"].replace("|", "/"), note))
    out.append(TAIL)
    return "\n".join(out)
