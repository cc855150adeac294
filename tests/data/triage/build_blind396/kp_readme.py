"""Writes README.md for blind set 396 (called by build.py)."""
from collections import Counter

HEAD = """# Blind triage set 396: Kestrel Print & Pack (`nj01`-`nj80`)

Held-out evaluation set for the `triage` contract (`/work/shared/contracts/triage.md`), written blind:
only the contract, the public samples' README and `samples/triage/*`, and the shared email fixtures were read.

## Theme

**Kestrel Print & Pack Pte. Ltd.** is a Singapore printing, labels and packaging company. It bills consumer
brands (snacks, tea, cosmetics, sake, coffee), publishers, e-commerce sellers and event organisers across
Asia. Every message answers, bounces or auto-answers one of its dunning emails. The dunning emails are always
in English and are sent from a per-case address `Kestrel Billing <ar+K31NN@billing.kestrelpack.example>`, with a
Message-ID such as `<K3101.d1.20260227T033000Z@billing.kestrelpack.example>` (`d1` = first reminder, `d2` =
second notice). Invoice numbers look like `PK-20411`. All companies, people, `*.example` domains, 555 phone
numbers, UTRs, bank references and tax IDs are invented.

## Files

| file | what |
|---|---|
| `build.py` | standard library only, seed 396; imports the part files and writes every file below (README included) |
| `kp_common.py` | helpers: reminder generator, localized quote headers (Gmail/Apple/Outlook in 12 languages), MIME and RFC 2047 encoding |
| `kp_items1.py` | nj01-nj24 (promise_to_pay, paid_claim) |
| `kp_items2.py` | nj25-nj51 (dispute, document_request, billing_update, wrong_contact) |
| `kp_items3.py` | nj52-nj80 (out_of_office, payment_plan_request, legal_or_insolvency, delivery_failure, acknowledgement, other) |
| `kp_readme.py` | writes this README |
| `emails.jsonl` | 80 lines `{"id", "eml"}` |
| `labels.jsonl` | 80 lines with the contract's fields, `note` (`[KEY, locale] why`), and `"injection": true` on the 6 injection items |
| `provenance.jsonl` | the build's provenance per item: key, locale, format, and for every date label `(rule, argument, phrase)` and for every amount `(raw token, number style)` |
| `check.py` | re-verifies every label from `provenance.jsonl` and exits 1 on any problem (see below) |

Run `python3 build.py && python3 check.py`.

`check.py` parses every eml with `email.message_from_bytes(eml.encode("utf-8"), policy=email.policy.default)`
and requires no parser defects. It takes "today" as the `Date:` header's date in the header's own offset. It
recomputes each date label with `datetime` from that header and the phrase's rule, and requires the phrase to
occur in the decoded message. It re-parses each amount from its raw token, which must also occur in the
message. It also checks: currency is null exactly when the amount is null; payment references, contact
addresses and invoice numbers occur in the message; the `In-Reply-To` of every non-bounce is one of our
Message-IDs; the case address is in `To`; the intent counts; all eight dispute reasons are present; six
injection items.

## Label conventions followed

The contract comes first. After it, the public samples' README ("Labelling conventions" and "Date
conventions"):

- **Null unless stated.** The quoted reminder's balance never fills `promised_amount` (nj10, nj61). A person
  named without an address leaves `new_contact_email` null (nj27, nj49, nj56, nj66).
- **Two statements.** The intent follows the contract's priority order, and the other statement's fields
  are still filled: nj10 (promise + redirect), nj23 (paid + receipt request), nj25 (pricing dispute +
  promise for the undisputed part), nj34 (pricing dispute + partial payment), nj66 (lawyer + quality), nj52,
  nj54 and nj57 (away message + deputy address), nj64, nj65 and nj67 (insolvency + administrator's address).
- **Dates.** "Today" is the Date header's date in its own offset (nj02 and nj57 cross midnight relative to
  UTC). Weeks run Monday to Sunday. The rules used are `this_wd` ("Friday", "by Thursday", "this Sunday",
  "back on Monday"), `next_wd` ("next Friday", 다음 주 금요일, วันศุกร์หน้า), `last_wd` (上週五 = Friday of the
  previous week), `past_wd` ("on Tuesday" said of a past payment = the most recent Tuesday before today),
  `this_week` (इसी हफ्ते = that week's Friday), `eom` / `eom_named` (end of this month / 4月末), `plus`
  (two weeks = +14), `by_the` ("by the 10th" after the 10th = next month), and day/month without a year
  resolved forward for promises and returns and backward for payments. Day/month order follows the writer's
  locale: day-first for India, Malaysia, Vietnam and Indonesia; month/day for Taiwan (`3/9（一）`, and
  the weekday confirms it). Thai Buddhist-era years are converted (2569 / `69` = 2026), and so is the
  Japanese era year 令和8年 = 2026 (which fills no field).
- **Amounts** are two-decimal strings, with no separators in the output. The writer's own format is parsed:
  lakh grouping (`Rs. 2,35,600/-`, `₹ 1,18,000`), dot thousands (`Rp 48.750.000`, `125.400.000 đ`),
  Bengali digits (`৳৩,৪৫,০০০`) and Chinese 万 (`8.64万元` = 86400.00). Zero-decimal currencies still get
  `.00` (JPY, KRW, VND, IDR). `¥` in a CNY thread is CNY and in a JPY thread is JPY. `NT$` = TWD, `S$` = SGD,
  `RM` = MYR, `Rs.`/`₹` = INR, `৳` = BDT, `บาท` = THB.
- **`promised_amount`** holds the amount promised (promise), the amount paid (paid claim, or a lower-priority
  paid statement as in nj34), the first instalment (plan), or the full amount of a single extension (nj59).
- **`invoice_numbers`** come from the customer's own text, else the Subject, else the quoted or returned
  reminder. They are normalised to `PK-NNNNN` (`PK20433号发票` gives `PK-20433`) and listed in order of first
  mention. PO numbers, quotations, shipment numbers, case ids, ticket and tax ids are never invoice numbers.
- **`payment_reference`** is copied as written (`M2U 8812 0034` keeps its spaces).
- **Injection** items are labelled only by what the human text says. Hidden or injected addresses and
  references are never labels (nj22, nj33, nj51, nj75).

## Counts per intent

"""

LOCALES = """
## Languages / locales

| locale | items |
|---|---|
"""

UNSURE = """
## Judgement calls (where a reviewer might disagree)

- **nj32.** An SST (sales tax) line charged to a tax-exempt co-operative is labelled `dispute` /
  `other`. The writer says the price is fine, so it is not `pricing`. A reviewer could argue for `pricing`
  or `billing_update`.
- **nj44, nj43, nj41.** "Reissue the invoice with the new address / tax ID / registration number, then we
  pay" is `billing_update`, not `document_request`. The customer wants a corrected invoice, not a copy.
- **nj36 and nj38.** A request for a tax invoice (增值税专用发票, faktur pajak) that we have not yet sent is
  `document_request`.
- **nj40.** "The warehouse is saying partial receipt, need to verify" plus a POD request is `document_request`,
  not a quantity dispute, because the shortage is not asserted.
- **nj59.** The writer asks to wait until the end of April and says they "plan to pay" the full amount then.
  This is `payment_plan_request` (an extension request), with the full amount as the single extension's
  amount.
- **nj62.** "Can you give us two more weeks?" gives a `promised_date` of Date + 14, as the contract's
  "in two weeks" rule does.
- **nj06.** "Maybe this week, not sure; by 25 March at the latest" uses the firm date.
- **nj08.** इसी हफ्ते ("this very week") is the contract's "this week" = Friday.
- **nj12.** এই রবিবার ("this Sunday") is the coming Sunday. Sunday is a working day in Bangladesh.
- **nj70.** Gmail's DSN carries `In-Reply-To`/`References` to our reminder, as real Gmail DSNs do. The other
  bounces do not.
- **nj42.** The Singapore subsidiary's Outlook is set to Norwegian, so the subject has the `SV:` prefix.
- **nj78.** "Who is this? I don't understand this mail." is `other`. It does not say "wrong person" and does
  not contest anything.

## Items

| id | key | locale | intent | format | note |
|---|---|---|---|---|---|
"""


def short(note, n=150):
    body = note.split("] ", 1)[1]
    return (body[:n - 1] + "…") if len(body) > n else body


def write_readme(path, items):
    labels = [it["label"] for it in items]
    c = Counter(l["intent"] for l in labels)
    order = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
             "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
    out = HEAD + "| intent | count | ids |\n|---|---|---|\n"
    for k in order:
        ids = [l["id"] for l in labels if l["intent"] == k]
        out += "| `%s` | %d | %s-%s |\n" % (k, c[k], ids[0], ids[-1])
    out += "| total | %d | |\n" % len(labels)
    reasons = Counter(l["dispute_reason"] for l in labels if l["dispute_reason"])
    out += "\nDispute reasons (dispute intent plus nj66's legal notice): " + ", ".join("%s %d" % kv for kv in sorted(reasons.items())) + ".\n"
    out += "\nInjection items: " + ", ".join(l["id"] for l in labels if l.get("injection")) + ".\n"
    out += LOCALES
    loc = Counter(it["locale"] for it in items)
    for k in sorted(loc):
        out += "| %s | %d (%s) |\n" % (k, loc[k], ", ".join(it["label"]["id"] for it in items if it["locale"] == k))
    eng = sum(v for k, v in loc.items() if k.startswith("en"))
    out += ("\nEnglish, counting the five MTA bounces, is %d of 80. Human-written English covers India, Malaysia and "
            "Singapore. The languages are Japanese, Korean, Simplified and Traditional Chinese, Thai, Vietnamese, "
            "Indonesian, Malay, Hindi, Bengali and Tamil.\n") % eng
    out += ("\nThe encodings are UTF-8 as 8bit, quoted-printable and base64, plus ISO-2022-JP, Shift_JIS, EUC-KR, Big5, "
            "GB2312 and TIS-620. The set includes HTML-only messages, multipart/alternative, PDF, JPEG and DOCX attachments, a text/calendar invite with an .ics attachment (nj74), CRLF line "
            "endings, RFC 2047 headers and format=flowed.\n")
    out += UNSURE
    for it in items:
        l = it["label"]
        out += "| %s | %s | %s | %s | %s | %s |\n" % (l["id"], it["key"], it["locale"], l["intent"], it["fmt"],
                                                     short(l["note"]).replace("|", "/"))
    with open(path, "w", encoding="utf-8") as f:
        f.write(out)
