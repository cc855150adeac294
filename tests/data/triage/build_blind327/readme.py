# Writes README.md for the qo set (called by build.py).
import collections
import email
import email.policy
import json
import os

RULE_TEXT = {
    'plus': lambda a: 'Date %+d day(s)' % a[0] if a[0] else 'Date itself (today)',
    'this_wd': lambda a: 'coming weekday %d (today if same)' % a[0],
    'next_wd': lambda a: 'weekday %d of the following Mon-Sun week' % a[0],
    'last_wd': lambda a: 'most recent past weekday %d (past-tense event)' % a[0],
    'eom': lambda a: "last day of the Date's month",
    'eom_month': lambda a: 'last day of named month %d' % a[0],
    'by_day': lambda a: 'next %d. on or after the Date' % a[0],
    'next_month_day': lambda a: 'day %d of the next month' % a[0],
    'iso_week_fri': lambda a: 'Friday of ISO week %d' % a[0],
    'this_week_fri': lambda a: "Friday of the Date's week",
    'dm_future': lambda a: 'day %d month %d, next on/after the Date' % (a[0], a[1]),
    'dm_past': lambda a: 'day %d month %d, latest on/before the Date' % (a[0], a[1]),
    'ymd': lambda a: 'explicit %04d-%02d-%02d' % tuple(a),
}


def write(here, items, labels, evid):
    emails = {}
    with open(os.path.join(here, 'emails.jsonl'), encoding='utf-8') as f:
        for l in f:
            d = json.loads(l)
            emails[d['id']] = email.message_from_bytes(d['eml'].encode('utf-8'), policy=email.policy.default)
    by_id = {it['id']: it for it in items}
    intents = collections.Counter(l['intent'] for l in labels)
    locs = collections.Counter(v['loc'] for v in evid)
    langs = collections.Counter(v['loc'].split('-')[0] for v in evid)
    fmts = collections.Counter()
    charsets = collections.Counter()
    for iid, m in emails.items():
        fmts[m.get_content_type()] += 1
        for p in m.walk():
            if p.get_content_type().startswith('text/') and p.get_param('charset'):
                charsets[p.get_param('charset').lower()] += 1
                break
    L = []
    w = L.append
    w('# Blind triage set `qo` (blind327)\n')
    w('Theme: **solar-panel and heat-pump installers** dunning **homeowners\' associations, housing co-ops and small businesses**. '
      'Every message answers, bounces or auto-answers a reminder sent by one of 30 made-up installers (one per market) from '
      '`collections+<CASE>@ar.<installer>.example`; the reminder\'s Message-ID is `<CASE.rN.YYYYMMDDTHHMMSSZ@ar.<installer>.example>` '
      'and the case id is always in that address. Customers are WEGs, VvEs, copropriétés/ACPs, condomini, comunidades de propietarios, '
      'consorcios, condomínios, wspólnoty/spółdzielnie, SVJ/SVB, társasházak, BRF/andelsboligforeninger/borettslag, As Oy, KÜ, DNSB, '
      'site yönetimleri, 管理組合, 管理委員會, RWAs and housing societies, plus bakeries, hotels, garages, breweries, clinics.\n')
    w('Built by `build.py` (seed 327, stdlib only; item specs in `items_a.py`..`items_d.py`, MIME helpers in `common.py`, '
      'bounces in `bounces.py`). `check.py` re-verifies every label and exits non-zero on a problem.\n')
    w('## Files\n')
    w('| file | lines | content |\n|---|---|---|')
    w('| `emails.jsonl` | 80 | `{"id", "eml"}`: the whole RFC 822 message as a string (input of `triage --in`) |')
    w('| `labels.jsonl` | 80 | `{"id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference", '
      '"dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"}` + `"injection": true` on prompt-injection items |')
    w('| `evidence.jsonl` | 80 | checker-only: which phrase each date/amount was read from and which date rule applies (not a label, not engine input) |')
    w('| `build.py`, `items_*.py`, `common.py`, `bounces.py`, `readme.py` | | generator |')
    w('| `check.py` | | verifier |\n')
    w('Ids `qo01`..`qo80` were assigned after a seeded shuffle. `note` starts `[KEY, locale]`; KEY letters: '
      'A promise_to_pay, B paid_claim, C dispute, D document_request, E billing_update, F wrong_contact, G out_of_office, '
      'H payment_plan_request, I legal_or_insolvency, J delivery_failure, K acknowledgement, L other.\n')
    w('## Label conventions followed\n')
    w('- The contract (`contracts/triage.md`) first, then the public samples\' README conventions.')
    w('- **Null unless stated.** Amounts quoted from the reminder, invoice totals, thresholds and prices in a dispute are not promises or payments.')
    w('- **Priority** legal > delivery_failure > out_of_office > dispute > payment_plan > paid_claim > promise > wrong_contact > document > '
      'billing > acknowledgement > other; lower-priority fields are still filled (dispute + promise, legal + dispute_reason + counsel, '
      'out_of_office + deputy address).')
    w('- **Amounts**: decimal string with two decimals, no grouping (`1 860 000 Ft` -> `1860000.00`, `Rs. 4,87,500.00` -> `487500.00`, '
      '`1,320,000円` -> `1320000.00`). `currency` is ISO 4217 and is the thread\'s currency: `$` is USD, AUD or ARS according to the '
      'reminder being answered; `kr` is SEK/DKK/NOK by thread; `TL` = TRY; `新台幣 … 元` = TWD. `promised_amount` = amount promised (A), '
      'amount paid (B), first instalment or the whole amount of a single extension (H).')
    w('- **new_contact_email** = an address the email gives as the one to write to instead (wrong contact, deputy in an away message, '
      'counsel/administrator/commissioner in a legal notice). A named person without an address stays null. An address that is only where '
      'invoices are to be uploaded is not a contact (none used here; portals are named as URLs).')
    w('- **invoice_numbers** normalised to `INV-NNNN`; from the customer\'s own text, else the Subject, else the quoted/returned reminder; '
      'in order of first mention. Quotation numbers, POs, tax ids, street and building numbers, strata plan numbers are not invoices.')
    w('- **payment_reference** as written (PIX end-to-end id, UTR, Finnish archive id, bank transaction ids).')
    w('- **Injection items**: the label is what the human text says; the instruction text is data.\n')
    w('### Date rules (all against the message\'s own `Date`, in its own offset; weeks Mon-Sun)\n')
    w('tomorrow/yesterday/vorgestern/i forgårs/hoje = Date ±N; "next <weekday>" = that weekday of the following week; "this week" / '
      '"bu hafta içinde" = Friday of the Date\'s week; "KW 16" / "vecka 19" = Friday of that ISO week; "fin du mois" / "a hónap végéig" = '
      'last day of the Date\'s month; "fine aprile" / "do konca februára" = last day of the named month; "do 10-go" / "by the 20th" = '
      'next such day on or after the Date; "le 5 du mois prochain" = day 5 of the next month; "over twee weken" = Date + 14; day-month '
      'without year = the Date\'s year (latest on/before for a past event, next on/after for a future one); numeric dates read by the '
      'writer\'s locale (en-US month first; en-GB, en-IN, fr, el day first; hu year.month.day); Taiwanese Minguo year 115 = 2026. '
      'A past-tense weekday ("bereits am Montag überwiesen") resolves to the most recent such weekday before the Date. '
      'Away messages: "bis zum 6. April" (until) -> 6 Apr as the contract says; "back on/resumes 23 Feb" -> 23 Feb.\n')
    w('| id | field | Date header | phrase | rule | label |\n|---|---|---|---|---|---|')
    for lab, ev in zip(labels, evid):
        for f, d in ev['dates'].items():
            rule = d['rule']
            w(f"| {lab['id']} | {f} | {emails[lab['id']]['Date']} | {' '.join(d['phrase'].split())} | "
              f"{RULE_TEXT[rule[0]](rule[1:])} | {lab[f]} |")
    w('')
    w('## Counts\n')
    w('| intent | n |\n|---|---|')
    for k in ['promise_to_pay', 'paid_claim', 'dispute', 'document_request', 'billing_update', 'wrong_contact', 'out_of_office',
              'payment_plan_request', 'legal_or_insolvency', 'delivery_failure', 'acknowledgement', 'other']:
        w(f'| {k} | {intents[k]} |')
    w(f"\ndispute_reason: {dict(collections.Counter(l['dispute_reason'] for l in labels if l['dispute_reason']))}; "
      f"injection items: {sum(1 for l in labels if l.get('injection'))}.\n")
    w('| locale | n | ids |\n|---|---|---|')
    for loc in sorted(locs):
        ids = [v['id'] for v in evid if v['loc'] == loc]
        w(f'| {loc} | {locs[loc]} | {", ".join(ids)} |')
    w(f"\nBy language: {dict(sorted(langs.items(), key=lambda x: -x[1]))} (English {langs['en']}/80 = {langs['en']*100//80}%, "
      f"the largest single language; {len(locs)} locales).\n")
    w(f"Top-level MIME types: {dict(fmts)}. Body charsets (first text part): {dict(charsets)}.\n")
    w('## Deliberately hard\n')
    w('- **Near-midnight, far-from-UTC Date headers** where the local date differs from the UTC date: +0900 00:25 "明日", +1100 00:30 '
      '"tomorrow", -0300 22:50 "mañana viernes", -0300 23:55 "hoje", -0700 21:40 "next Friday", +0800 00:05 auto-reply, '
      '+0530 23:48 / 00:40 and +0900 23:58 replies.')
    w('- **Day-first vs month-first**: en-GB and en-IN `03/04/2026` = 3 April, en-US `05/01/2026` = May 1 and `6/8` = June 8, '
      'fr `02/03` = 2 March, el `9/3` = 9 March; hu `2026.03.04`; Minguo `115年4月10日`.')
    w('- **Currency symbols that are not USD**: `$` in an Argentine consorcio thread (ARS) and an Australian strata thread (AUD).')
    w('- **Numbers that look like invoice numbers**: quotation Q-2291 / Angebot 2026-118, PO OBJ-2026-0418, street numbers (4120, 2230), '
      'strata plan 58213, tax ids, building names with numbers.')
    w('- **Two statements**: dispute + promise (pricing), legal + quality dispute + counsel, out_of_office + deputy, paid_claim partial '
      'with the rest unscheduled, duplicate dispute mentioning an earlier payment without a date.')
    w('- **Near misses**: document request mentioning an attorney (policy, not legal action); billing_update vs missing_po; "as soon as" / '
      '"en cuanto llegue" conditions (no date); meeting and call dates ("Saturday", "dia 28", "αύριο") that are not payments; '
      'contract cancellation vs a cancelled appointment.')
    w('- **Auto-replies** marked only by headers (one with a plain "Re:" subject and just `X-Autoreply`/`Precedence`), one Gmail-style '
      'responder with its own subject and no invoice number anywhere (empty list).')
    w('- **Bounces**: Postfix-style report localised in Polish with text/rfc822-headers, French Exchange NDR with message/rfc822, '
      'qmail plain text with a -0000 Date and no MIME headers, Gmail-style Spanish DSN with CRLF line endings whose returned Subject '
      'names no invoice, Exim plain-text bounce.')
    w('- **Encodings**: ISO-2022-JP, Big5, windows-1256, windows-1253, ISO-8859-7/-9/-13/-15/-16, windows-1250/1252, ISO-8859-1/-2, '
      'UTF-8 as 7bit/QP/base64/8bit, RFC 2047 subjects and names, HTML-only, multipart/alternative, multipart/mixed with a PDF, '
      'an RTL Arabic HTML part, format=flowed.')
    w('- **Prompt injections (6)**: hidden HTML div claiming payment in a promise; bracketed "pay in full" note in a partial payment; '
      '"system instruction" re-labelling a quality dispute as cancelled; signature "system message" claiming payment in a wrong-contact '
      'reply; HTML comment claiming an instalment plan is approved; a pure Japanese instruction (other).\n')
    w('## Ambiguities in the contract and how they were labelled\n')
    w('- Past-tense weekday for `paid_date` ("on Monday" said on a Thursday): the contract says it resolves "the same way"; the '
      '"coming weekday" rule would give a future payment date, so the most recent past Monday is used (one item, de-AT).')
    w('- An away message giving both a closed range and a return day (zh-TW "2月14日至2月22日 ... 2月23日恢復上班"): return_date = the '
      'stated return day, 23 Feb. A message that only says "until X" (de-DE "bis zum 6. April") gets X, as the contract says.')
    w('- "entro fine aprile" / "do konca februára" (end of a named month) use the samples\' named-month rule.')
    w('- A single extension to month end with the full amount (hu-HU) fills promised_amount with that amount (samples\' convention).')
    w('- A liquidator\'s notice that names no address to write to keeps new_contact_email null even though the liquidator wrote from '
      'her own address; an insolvency administrator who says "correspondence exclusively to <address>" fills it even though it is his '
      'own sending address.')
    w('- The Romanian "contract says the last instalment is not due until grid connection" dispute is `other` (none of the specific reasons fits).')
    w('- A Czech co-op whose PO exists but is missing on the invoice is billing_update; a Norwegian borettslag contesting extras that no PO '
      'authorised is a missing_po dispute.')
    with open(os.path.join(here, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(L) + '\n')
