"""README.md generator for blind set 382 (called from build.py)."""
from collections import Counter

HEAD = """# Blind triage set 382 (ids ux01-ux80)

**Theme.** Bluewake Marine Services Ltd (Ta' Xbiex, Malta): chandlery, boatyard, refit and yacht services,
billing marinas, yacht owners, charter fleets, yacht clubs and shipyards around the Mediterranean, the UK,
the US and Australia. Every message answers, bounces or auto-answers one of its dunning emails, sent from
`Bluewake Marine Accounts <ar+K4xxx@billing.bluewake-marine.example>` with Message-IDs like
`<K4052.d1.20260309T070000Z@billing.bluewake-marine.example>` (`dN` = reminder stage). Invoices are `BWM-NNNNN`.
All companies, people, domains (`*.example`), phones (555) and references are invented.

## Files

| file | what |
|---|---|
| `build.py` | regenerates everything (stdlib only, seed 382); items live in `build_items_a.py`..`build_items_d.py`, helpers in `build_common.py`, this README from `build_readme.py` |
| `emails.jsonl` | 80 lines `{"id", "eml"}` |
| `labels.jsonl` | 80 lines: the contract fields + `note` (`[KEY, locale] why`) + `"injection": true` on six items |
| `provenance.json` | per item: date rule + phrase, raw amount token + number style, reference/contact tokens, invoice tokens as written |
| `check.py` | re-verifies every label from provenance against the parsed message; exits 1 on a problem |

Run `python3 build.py && python3 check.py`.

## Label conventions followed

- Contract first, then the public samples' README conventions. Null unless stated; amounts are two-decimal
  strings without thousands separators (`48.250,00 TL` -> `48250.00`, `850 €` -> `850.00`); currency is null
  exactly when the amount is null; a bare `$` takes the thread reminder's currency (AUD in Australian threads, USD in US ones).
- `promised_amount` = amount promised / amount paid / first instalment / full amount of a single extension (ux59).
- Two statements: intent by the contract's priority order, the other statement's fields still filled
  (ux10, ux19, ux24, ux25, ux32, ux66).
- `new_contact_email` whenever an address to write to instead is given (wrong contact, deputy in an auto-reply,
  "send reminders to", administrators' claims mailbox, curatore's PEC, counsel). Named people without an address -> null (ux49, ux54, ux67).
- `invoice_numbers`: the writer's text, else Subject, else quoted/returned reminder; normalised to `BWM-NNNNN`; order of first mention.
- Dates: "today" = calendar date of the Date header in its own offset; weekday/next-weekday/end-of-month/by-the-Nth/
  in-two-weeks rules as in the samples README; "this week" / "bu hafta içinde" = that week's Friday; "until 23 March" = return 23 March;
  past weekday ("on Monday", "venerdì scorso") = the most recent such day before the Date; day-month order by the writer's locale (US month-first, everyone else day-first).
- Payment references as written, without a leading `#` or a bank label (CRO, trace #, poziv na broj kept when it is part of the reference).
- Injection items are labelled by what the human text says; the injected text never changes a label.

## Counts per intent

"""


def readme(labels, prov):
    c = Counter(l["intent"] for l in labels)
    order = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
             "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
    out = [HEAD, "| intent | n |", "|---|---|"]
    out += ["| `%s` | %d |" % (k, c[k]) for k in order]
    out += ["", "Dispute reasons: " + ", ".join("%s %d" % kv for kv in sorted(Counter(l["dispute_reason"] for l in labels if l["intent"] == "dispute").items())) + ".", ""]
    loc = Counter(p["locale"] for p in prov)
    eng = sum(v for k, v in loc.items() if k.startswith("en"))
    out += ["## Languages / locales", "",
            ", ".join("%s %d" % kv for kv in sorted(loc.items())) + " (English in total: %d of 80; bounces are counted by the MTA text's language/customer locale)." % eng, "",
            "Injection items: " + ", ".join(p["id"] for p in prov if p["injection"]) + ".", "",
            "## Items", "", "| id | key | locale | intent | format | note |", "|---|---|---|---|---|---|"]
    for l, p in zip(labels, prov):
        note = l["note"].split("] ", 1)[1].replace("|", "/")
        out.append("| %s | %s | %s | %s | %s | %s |" % (l["id"], p["key"], p["locale"], l["intent"], p["format"], note))
    return "\n".join(out) + "\n"
