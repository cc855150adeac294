"""Writes README.md (prose + generated counts and item table)."""
from collections import Counter

HEAD = """# Blind triage set 410 — veterinary-pharma / animal-health distributor

Held-out evaluation set for the `triage` contract (`/work/shared/contracts/triage.md`), written blind
from the contract and the public samples' README only.

## Theme

*Vetarion Animal Health* (Vetarion Salud Animal / Saúde Animal / Santé Animale / Salute Animale) sells
vaccines, antibiotics, parasiticides, medicated premixes and controlled drugs to vet clinics, feedlots,
poultry integrators, dairies, zoos and pet-shop chains. Every message answers, bounces or auto-answers
one of its dunning emails, sent from `ar+<CASE>@billing.vetarion.example` (case ids `VT5101`…`VT6204`)
with a Message-ID like `<VT5202.r1.20260309T140000Z@billing.vetarion.example>` (`r2` for a second
notice). Reminders are localized (en, es, pt, fr, it; Galician customers get the Spanish one) and list
invoices as `VET-NNNNN` with ISO currency and local number format. Everything is invented: companies,
people, `*.example` domains, 555 phone numbers, references. Message-ID host parts copy real client
shapes (`…prod.outlook.com`, `mail.gmail.com`), as the public samples do.

## Files

| file | what |
|---|---|
| `build.py` | regenerates `emails.jsonl`, `labels.jsonl`, `provenance.jsonl`, `README.md` (stdlib only, seed 410) |
| `b_common.py` | date rules, amount formatting, localized reminder text, quote headers, MIME helpers |
| `b_render.py` | item spec -> RFC 822 message, label and provenance |
| `b_items1.py` … `b_items4.py` | the 80 item specs (body text, labels, date rules, notes) |
| `b_readme.py` | this README |
| `emails.jsonl` | 80 × `{"id": "wq01".., "eml": "..."}` |
| `labels.jsonl` | 80 labels, same order; contract fields + `note` (`[KEY, locale] why`) + `"injection": true` on 6 items |
| `provenance.jsonl` | per item: key, locale, Date header, each date's rule + phrase, each amount's raw token + style |
| `check.py` | independent re-verification; exits 1 on any problem |

Item order is shuffled with `random.Random(410)`; keys (P=promise, C=paid claim, D=dispute,
R=document request, B=billing update, W=wrong contact, O=out of office, L=plan, G=legal,
F=delivery failure, A=acknowledgement, X=other) say which group an item was written for.

## What check.py verifies

Each eml parses with `email.message_from_bytes(eml.encode("utf-8"), policy=email.policy.default)`;
the Date header equals the provenance; every date label is recomputed with `datetime` from the
message's own Date (in its own offset) and the phrase's rule, and the phrase is present in the decoded
text; every amount is re-parsed from its raw token (which must be in the text) and its currency appears
in the thread's reminder; null-date/amount labels have no provenance; currency is null exactly when
the amount is; references, contact addresses and invoice digits occur in the message; addresses are
`*.example`; note prefixes; intent counts and the six injections.

## Label conventions followed

* Contract first, then the samples' README. Null unless stated; two-statement messages take the
  contract's priority order and still fill the other statement's fields (e.g. dispute + promise,
  paid + promise, paid + redirect, legal + quality dispute + counsel).
* Amounts: two-decimal strings, no thousands separators; zero-decimal currencies (CLP, COP as written,
  XOF) still `"NNN.00"`. Bare `$` takes the reminder's currency (MXN, COP, CLP, UYU, USD); `R$` BRL,
  `MT` MZN, `DH` MAD, `FCFA` XOF, `₦`/`N` NGN.
* `promised_amount` = amount promised / amount paid / first instalment / the full amount of a single
  extension. When a paid claim and a promise share a message, it holds the amount paid (the promise
  names no figure).
* Dates: "today" = the Date header's calendar date in its own offset (wq48 and wq41 cross midnight
  vs UTC). Weekday names forward for promises ("este viernes" = coming Friday), "next X"/"o vindeiro
  X"/"next week Monday" = that weekday of the following Mon–Sun week; past-tense weekday ("on Friday"
  in "we made the transfer on Friday", "el lunes", "o venres pasado") = the most recent such day
  strictly before today; "this week"/"in settimana" = that week's Friday; "first week of April" =
  7 April; "until/jusqu'au/hasta/fino a/até D" in an away message = D itself; "prazo adicional de 30
  dias" = Date + 30. Day-first for every non-US writer; month-first for US (`3/2` = 2 March).
* `new_contact_email` whenever an address to write to instead is given (deputy, counsel, judicial
  administrator, "send reminders to"); a Cc'd colleague is not such an address; a phone number alone
  leaves it null.
* `invoice_numbers` normalised to `VET-NNNNN`, from the writer's text, else Subject, else the quoted
  or returned reminder. PO, contract, delivery-note, RC/SIRET/CNPJ, case and lot numbers are never
  invoices.
* Injection items are labelled by what the human text says; the injected text changes nothing.

"""


def readme(specs_by_id, labels):
    c = Counter(l["intent"] for l in labels)
    locs = Counter(specs_by_id[l["id"]]["loc"] for l in labels)
    en = locs["en-US"] + locs["en-NG"]
    out = [HEAD, "## Counts per intent\n\n| intent | n |\n|---|---|\n"]
    for k in ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
              "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]:
        out.append("| %s | %d |\n" % (k, c[k]))
    dr = Counter(l["dispute_reason"] for l in labels if l["intent"] == "dispute")
    out.append("\nDispute reasons: %s.\n" % ", ".join("%s %d" % kv for kv in sorted(dr.items())))
    out.append("\n## Languages / locales\n\n| locale | n |\n|---|---|\n")
    for k, v in sorted(locs.items()):
        out.append("| %s | %d |\n" % (k, v))
    out.append("\nEnglish: %d of 80.\n" % en)
    inj = [l["id"] for l in labels if l.get("injection")]
    out.append("\nInjection items: %s.\n" % ", ".join(inj))
    out.append("\n## Items\n\n| id | key | locale | intent | format | note |\n|---|---|---|---|---|---|\n")
    for l in labels:
        sp = specs_by_id[l["id"]]
        note = l["note"].split("] ", 1)[1].replace("|", "/")
        out.append("| %s | %s | %s | %s | %s | %s |\n" % (l["id"], sp["key"], sp["loc"], l["intent"], sp.get("fmtdesc", ""), note))
    return "".join(out)
