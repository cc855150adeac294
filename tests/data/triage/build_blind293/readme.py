from collections import Counter
def write_readme(here, items, labels):
    ci = Counter(l["intent"] for l in labels)
    cl = Counter(it["loc"] for it in items)
    inj = sum(1 for l in labels if l.get("injection"))
    rows = "\n".join(f"| `{k}` | {v} |" for k, v in sorted(ci.items()))
    lrows = "\n".join(f"| {k} | {v} |" for k, v in sorted(cl.items()))
    txt = f"""# Held-out triage set blind293 (ids iq01-iq80)

Theme: event AV rental and stage-lighting companies (Brightwave AV Rentals, Lumenrig Stage Lighting,
Halcyon Event Technik, Polestar Audio & Light - all made up, `*.example`) dunning conference organisers,
churches, universities and festivals. Every message replies to, auto-answers or bounces a reminder from
`<Vendor> Billing <collections+CASE@billing.<vendor>.example>`.

## Files

| file | lines | content |
|---|---|---|
| `emails.jsonl` | 80 | `{{"id", "eml"}}` whole RFC 822 message |
| `labels.jsonl` | 80 | contract fields + `note` (+ `injection: true` on {inj} items) |
| `build.py` (+ `frame.py`, `items1.py`, `items2.py`, `readme.py`) | - | deterministic generator (seed 293) |
| `check.py` | - | re-verifies labels from the data; exits non-zero on a problem |

## Counts per intent

| intent | n |
|---|---|
{rows}

## Counts per locale

| locale | n |
|---|---|
{lrows}

## Label conventions

- Contract `triage.md` plus the public samples' conventions: null unless stated; amounts as `1234.00`;
  ISO 4217 currency from the thread (`$` in es-UY = UYU); `promised_amount` = amount paid for paid_claim,
  first instalment (or the full amount for a single extension) for plans; `invoice_numbers` from the
  customer's text, else Subject, else quoted/returned reminder (compare as a set).
- "Today" = calendar date of the Date header in its own offset. Date notes carry `{{{{field|phrase|rule}}}}`
  tokens that check.py recomputes: `next:fri` following-week weekday, `this:thu` coming weekday (today if same),
  `kw:N` Friday of ISO week N, `week` this week's Friday, `eom`, `eonm:M`, `plus:N`, `minus:N`, `by:D`, `abs:ISO`.
- Auto-reply 'until X' / 'bis einschließlich X' / 'まで' -> return_date X (contract: "until October 12" gives October 12).
- Deputy / counsel / 'send reminders to' addresses fill `new_contact_email` even when intent is higher priority.

## Deliberately hard

- Injections (6): hidden instructions in Hebrew, Dutch, Slovak, English (pure), HTML comment in a Dutch
  dispute, a write-off 'note' inside an en-PH extension request. Label = what the human text says.
- Non-UTF-8 bodies: ISO-2022-JP, EUC-KR (base64), Big5 (base64), KOI8-R, TIS-620, windows-1256,
  ISO-8859-1/-2; HTML-only; multipart/alternative; CRLF; plain qmail bounce; Exchange NDR with only
  `text/rfc822-headers`.
- Relative dates: 'next Tuesday', Friday-on-a-Friday late at night, 'KW 13', 'uge 15', '来週の金曜日',
  'this week', 'd'ici le 5', 'by the 15th' after the 15th, 'vorgestern', 'peste două săptămâni', 'bis Ende April'.
- Multi-statement: dispute+promise, paid+receipt request, promise+new contact, legal+quality dispute,
  missing PO framed as refusing the invoice (dispute/missing_po vs billing_update).
- Auto-replies with non-invoice subjects (empty invoice_numbers), chit-chat before a forward, empty reply.
"""
    open(f"{here}/README.md", "w", encoding="utf-8").write(txt)
