#!/usr/bin/env python3
"""Re-verify every label of set 212 from the generated data. Exit 1 on any problem."""
import calendar, email, email.policy, html, json, os, re, sys
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

D = os.path.dirname(os.path.abspath(__file__))
def load(n):
    return [json.loads(l) for l in open(os.path.join(D, n), encoding='utf-8')]
E, LAB, DER = load('emails.jsonl'), load('labels.jsonl'), load('derivations.jsonl')
errs = []
def bad(i, m):
    errs.append(f"{i}: {m}")

FIELDS = ['id', 'intent', 'promised_date', 'promised_amount', 'currency', 'paid_date', 'payment_reference',
          'dispute_reason', 'new_contact_email', 'return_date', 'invoice_numbers', 'note']
INTENTS = dict(P='promise_to_pay', A='paid_claim', D='dispute', R='document_request', B='billing_update',
               W='wrong_contact', O='out_of_office', L='payment_plan_request', G='legal_or_insolvency',
               F='delivery_failure', K='acknowledgement', X='other')
REASONS = {'pricing', 'quantity', 'quality', 'not_received', 'duplicate', 'missing_po', 'cancelled', 'other'}
LOCALES = ['en-NZ', 'en-ZA', 'en-GB', 'es-ES', 'fr-FR', 'de-DE', 'pt-PT', 'it-IT', 'nl-NL', 'nb-NO', 'hr-HR',
           'sl-SI', 'sk-SK', 'th-TH', 'vi-VN', 'id-ID']
WD = dict(mon=0, tue=1, wed=2, thu=3, fri=4, sat=5, sun=6)

def last_day(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])

def nextm(y, m):
    return (y + 1, 1) if m == 12 else (y, m + 1)

def derive(t, rule, a):   # independent re-implementation
    if rule == 'plus': return t + timedelta(days=a)
    if rule == 'this_wd': return t + timedelta(days=(WD[a] - t.weekday()) % 7)
    if rule == 'next_wd':
        monday_next = t - timedelta(days=t.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=WD[a])
    if rule == 'past_wd':
        x = t - timedelta(days=1)
        while x.weekday() != WD[a]: x -= timedelta(days=1)
        return x
    if rule == 'eom': return last_day(t.year, t.month)
    if rule == 'eom_next': return last_day(*nextm(t.year, t.month))
    if rule == 'eom_named': return last_day(t.year if a >= t.month else t.year + 1, a)
    if rule == 'by_the':
        x = t
        while x.day != a: x += timedelta(days=1)
        return x
    if rule == 'this_week': return t - timedelta(days=t.weekday()) + timedelta(days=4)
    if rule == 'kw':
        jan4 = date(t.year, 1, 4)
        return jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=a - 1, days=4)
    if rule == 'first_week': return date(t.year if a >= t.month else t.year + 1, a, 7)
    if rule == 'dm_past':
        x = date(t.year, a[1], a[0]); return x if x <= t else x.replace(year=t.year - 1)
    if rule == 'dm_future':
        x = date(t.year, a[1], a[0]); return x if x >= t else x.replace(year=t.year + 1)
    if rule == 'explicit': return date.fromisoformat(a)
    raise ValueError(rule)

def alltext(msg):
    out = [str(msg.get('Subject', ''))]
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith('text/'):
            t = p.get_content()
            if ct == 'text/html':
                t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
            out.append(t)
        elif ct == 'message/delivery-status':
            out.append(str(p.get_payload()))
        if ct == 'message/rfc822':
            out.append(str(p.get_payload(0).get('Subject', '')))
            out.append(str(p.get_payload(0).get('Message-ID', '')))
        if ct == 'text/rfc822-headers':
            out.append(p.get_content())
    return '\n'.join(out)

def parse_amount(txt, style):
    num = re.sub(r'[^\d.,]', '', txt.replace('\u00a0', ' ')).strip('.,')
    if style == 'dot':
        return Decimal(num.replace(',', ''))
    if style == 'comma':
        return Decimal(num.replace('.', '').replace(',', '.'))
    if style == 'int':
        return Decimal(num.replace('.', '').replace(',', '')).quantize(Decimal('0.01'))
    raise ValueError(style)

if not (len(E) == len(LAB) == len(DER) == 80):
    bad('all', 'need 80 lines in each file')
ids = [e['id'] for e in E]
if ids != [l['id'] for l in LAB] or ids != [d['id'] for d in DER]:
    bad('all', 'id order mismatch')
if sorted(ids) != [f"mr{i:02d}" for i in range(1, 81)]:
    bad('all', 'ids not mr01..mr80')

for e, l, dv in zip(E, LAB, DER):
    i = e['id']
    keys = [k for k in l if k != 'injection']
    if keys != FIELDS: bad(i, f'fields {keys}')
    if 'injection' in l and l['injection'] is not True: bad(i, 'injection must be true')
    m = re.match(r'\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] ', l['note'])
    if not m: bad(i, 'note prefix'); continue
    key, lc = m.groups()
    if INTENTS.get(key) != l['intent']: bad(i, f'key {key} vs intent {l["intent"]}')
    if lc not in LOCALES or lc != dv['locale']: bad(i, f'locale {lc}')
    if l['dispute_reason'] is not None and l['dispute_reason'] not in REASONS: bad(i, 'dispute_reason')
    if l['intent'] == 'dispute' and l['dispute_reason'] is None: bad(i, 'dispute without reason')
    if (l['promised_amount'] is None) != (l['currency'] is None): bad(i, 'amount/currency coupling')
    if l['promised_amount'] is not None and not re.fullmatch(r'\d+\.\d\d', l['promised_amount']): bad(i, 'amount format')
    if l['currency'] is not None and l['currency'] not in ('NZD', 'ZAR', 'GBP', 'EUR', 'NOK', 'THB', 'VND', 'IDR'): bad(i, 'currency')
    for f in ('promised_date', 'paid_date', 'return_date'):
        if l[f] is not None:
            date.fromisoformat(l[f])
    try:
        msg = email.message_from_bytes(e['eml'].encode('utf-8'), policy=email.policy.default)
        dt = msg['Date'].datetime
    except Exception as ex:
        bad(i, f'parse/Date: {ex}'); continue
    today = dt.date()   # local date in the header's own offset
    text = alltext(msg)
    low = text.casefold()
    # dates: every non-null date label must have a derivation that reproduces it
    derived = {}
    for x in dv['dates']:
        v = derive(today, x['rule'], x['arg']).isoformat()
        derived[x['field']] = v
        if l[x['field']] != v: bad(i, f"{x['field']} {l[x['field']]} != {v} ({x['rule']})")
        if x['phrase'].casefold() not in low: bad(i, f"phrase not found: {x['phrase']!r}")
    for f in ('promised_date', 'paid_date', 'return_date'):
        if l[f] is not None and f not in derived: bad(i, f'{f} without derivation')
    # amount
    if l['promised_amount'] is not None:
        at = dv['amount_text']
        if not at or at not in text: bad(i, f'amount text {at!r} not in message')
        elif parse_amount(at, dv['amount_style']) != Decimal(l['promised_amount']): bad(i, 'amount parse mismatch')
    for f in ('payment_reference', 'new_contact_email'):
        if l[f] is not None and l[f] not in text: bad(i, f'{f} not in text')
    # invoice numbers
    invs = l['invoice_numbers']
    if len(set(invs)) != len(invs) or any(not re.fullmatch(r'INV-\d{4}', n) for n in invs): bad(i, 'invoice list')
    subj = str(msg.get('Subject', ''))
    for n in invs:
        if n[4:] not in text: bad(i, f'{n} not in message')
        if dv['inv_src'] == 'subject' and n not in subj: bad(i, f'{n} not in subject')
    if not invs and re.search(r'INV-\d{4}', text): bad(i, 'empty invoice list but a number is in the message')
    if dv['inv_src'] in ('quote', 'returned', 'subject') and re.search(r'INV-\d{4}|\b\d{4}\b', subj) and dv['inv_src'] == 'quote':
        bad(i, 'quote source but subject has a number')
    # threading / headers
    if dv['human'] and msg.get('In-Reply-To') != dv['dunning_message_id']: bad(i, 'In-Reply-To mismatch')
    if l['intent'] == 'out_of_office' and not (msg.get('Auto-Submitted') or msg.get('X-Autoreply')): bad(i, 'OOO without auto header')
    if l['intent'] == 'delivery_failure':
        if msg.get('In-Reply-To'): bad(i, 'bounce with In-Reply-To')
        if dv['dunning_message_id'] not in e['eml']: bad(i, 'bounce does not return the reminder')
    if l['intent'] not in ('out_of_office', 'delivery_failure') and msg.get('Auto-Submitted'): bad(i, 'human reply marked auto')

ci = Counter(l['intent'] for l in LAB)
want = dict(promise_to_pay=12, paid_claim=12, dispute=10, document_request=6, billing_update=6, wrong_contact=5,
            out_of_office=6, payment_plan_request=6, legal_or_insolvency=4, delivery_failure=5, acknowledgement=4, other=4)
if dict(ci) != want: bad('all', f'intent counts {dict(ci)}')
cl = Counter(d['locale'] for d in DER)
if set(cl) != set(LOCALES): bad('all', f'locales {cl}')
ninj = sum(1 for l in LAB if l.get('injection'))
if not 5 <= ninj <= 8: bad('all', f'{ninj} injections')
for e in E:
    if re.search(r'@(?!.*\.example\b)[\w.-]+\.(com|net|org)\b', e['eml']) and 'googlemail.com' not in e['eml']:
        bad(e['id'], 'real-looking domain')

if errs:
    print('\n'.join(errs)); print(f'{len(errs)} problem(s)'); sys.exit(1)
print(f'OK: 80 emails, {sum(len(d["dates"]) for d in DER)} date labels re-derived, {ninj} injections')
