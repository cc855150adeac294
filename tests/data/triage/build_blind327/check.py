#!/usr/bin/env python3
"""Re-verify every label of the qo triage set from the generated data. Exit 1 on any problem.

Independent of build.py: parses the messages as bytes, recomputes dates from each Date header with its own
implementation of the contract's rules, and checks that amounts / references / addresses / invoice numbers are
present in the text they are claimed from. evidence.jsonl (written by build.py) only says which phrase a date or
amount was read from and which rule applies; the result is recomputed here.
"""
import calendar
import collections
import email
import email.policy
import html
import json
import os
import re
import sys
from datetime import date, timedelta
from decimal import Decimal
from email.utils import parsedate_tz

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ['promise_to_pay', 'paid_claim', 'dispute', 'document_request', 'billing_update', 'wrong_contact', 'out_of_office',
           'payment_plan_request', 'legal_or_insolvency', 'delivery_failure', 'acknowledgement', 'other']
KEYS = dict(zip('ABCDEFGHIJKL', INTENTS))
REASONS = {'pricing', 'quantity', 'quality', 'not_received', 'duplicate', 'missing_po', 'cancelled', 'other'}
FIELDS = ['id', 'intent', 'promised_date', 'promised_amount', 'currency', 'paid_date', 'payment_reference', 'dispute_reason',
          'new_contact_email', 'return_date', 'invoice_numbers', 'note']
TARGET = dict(promise_to_pay=12, paid_claim=12, dispute=10, document_request=6, billing_update=6, wrong_contact=5, out_of_office=6,
              payment_plan_request=6, legal_or_insolvency=4, delivery_failure=5, acknowledgement=4, other=4)

problems = []


def bad(iid, msg):
    problems.append(f"{iid}: {msg}")


def load(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


# ---------------------------------------------------------------- text extraction

def part_text(p):
    ct = p.get_content_type()
    try:
        c = p.get_content()
    except Exception:
        c = None
    if isinstance(c, bytes):
        return ''
    if isinstance(c, str):
        if ct == 'text/html':
            c = re.sub(r'<!--(.*?)-->', r' \1 ', c, flags=re.S)
            c = re.sub(r'<br\s*/?>|</p>|</div>', '\n', c)
            c = html.unescape(re.sub(r'<[^>]+>', '', c))
        return c
    return ''


def all_text(msg):
    out = []
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        if ct.startswith('text/') or ct == 'message/delivery-status':
            if ct == 'message/delivery-status':
                out.append(str(p.get_payload()))
            else:
                t = part_text(p)
                if '\ufffd' in t:
                    raise ValueError('U+FFFD in decoded text')
                out.append(t)
    for p in msg.walk():  # headers of embedded originals (message/rfc822)
        if p is not msg and p.get('Subject'):
            out.append('Subject: ' + str(p['Subject']))
    return '\n'.join(out)


def first_text(msg):
    b = msg.get_body(('plain', 'html'))
    return part_text(b) if b is not None else ''


def own_text(text):
    cut = len(text)
    for mark in ('collections+', '\n>', '________________________________', '\n-----'):
        i = text.find(mark)
        if i != -1:
            cut = min(cut, i)
    return text[:cut]


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


# ---------------------------------------------------------------- dates (independent implementation)

def local_today(msg):
    t = parsedate_tz(str(msg['Date']))
    if t is None:
        raise ValueError('unparseable Date')
    return date(t[0], t[1], t[2])


def last_day(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def recompute(rule, today):
    kind, args = rule[0], rule[1:]
    if kind == 'plus':
        return today + timedelta(days=args[0])
    if kind == 'this_wd':
        d = today
        while d.weekday() != args[0]:
            d += timedelta(days=1)
        return d
    if kind == 'next_wd':
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=args[0])
    if kind == 'last_wd':
        d = today - timedelta(days=1)
        while d.weekday() != args[0]:
            d -= timedelta(days=1)
        return d
    if kind == 'eom':
        return last_day(today.year, today.month)
    if kind == 'eom_month':
        y = today.year + (1 if args[0] < today.month else 0)
        return last_day(y, args[0])
    if kind == 'by_day':
        d = today
        while d.day != args[0]:
            d += timedelta(days=1)
        return d
    if kind == 'next_month_day':
        first_next = last_day(today.year, today.month) + timedelta(days=1)
        return first_next.replace(day=args[0])
    if kind == 'iso_week_fri':
        jan4 = date(today.year, 1, 4)
        week1_monday = jan4 - timedelta(days=jan4.weekday())
        return week1_monday + timedelta(weeks=args[0] - 1, days=4)
    if kind == 'this_week_fri':
        return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if kind == 'dm_future':
        d = date(today.year, args[1], args[0])
        return d if d >= today else date(today.year + 1, args[1], args[0])
    if kind == 'dm_past':
        d = date(today.year, args[1], args[0])
        return d if d <= today else date(today.year - 1, args[1], args[0])
    if kind == 'ymd':
        return date(*args)
    raise KeyError(kind)


MONTHS = {'april': 4, 'avril': 4, 'aprile': 4}


def phrase_date(phrase, loc, today):
    """Read a numeric/explicit date phrase on its own, to confirm an explicit rule. Returns (day, month, year|None) or None."""
    p = norm(phrase)
    m = re.search(r'(\d{2,3})年(\d{1,2})月(\d{1,2})日', p)
    if m and int(m.group(1)) < 200:  # ROC (Minguo) year
        return int(m.group(3)), int(m.group(2)), 1911 + int(m.group(1))
    m = re.search(r'(\d{1,2})月(\d{1,2})日', p)
    if m:
        return int(m.group(2)), int(m.group(1)), None
    m = re.search(r'(\d{4})\.(\d{2})\.(\d{2})', p)
    if m:
        return int(m.group(3)), int(m.group(2)), int(m.group(1))
    m = re.search(r'(\d{1,2})/(\d{1,2})(?:/(\d{4}))?', p)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        y = int(m.group(3)) if m.group(3) else None
        if loc == 'en-US':
            return b, a, y
        return a, b, y
    m = re.search(r'(\d{1,2})\.(\d{1,2})\.', p)
    if m:
        return int(m.group(1)), int(m.group(2)), None
    m = re.search(r'(\d{1,2})\. (\w+)', p)
    if m and m.group(2).lower() in MONTHS:
        return int(m.group(1)), MONTHS[m.group(2).lower()], None
    m = re.search(r'lunes (\d{1,2})', p)
    if m:
        return int(m.group(1)), today.month, today.year
    return None


# ---------------------------------------------------------------- amounts

def parse_amount(lit, style):
    num = re.search(r'\d[\d.,\u00a0\u202f ]*\d|\d', lit).group(0)
    num = num.replace('\u00a0', ' ').replace('\u202f', ' ')
    if style in ('en', 'in', 'nod_en'):
        num = num.replace(',', '')
    elif style == 'de':
        num = num.replace('.', '').replace(',', '.')
    elif style in ('sp', 'nod_sp'):
        num = num.replace(' ', '').replace(',', '.')
    else:
        raise KeyError(style)
    return Decimal(num).quantize(Decimal('0.01'))


# ---------------------------------------------------------------- main

def main():
    emails, labels, evid = load('emails.jsonl'), load('labels.jsonl'), load('evidence.jsonl')
    if not (len(emails) == len(labels) == len(evid) == 80):
        bad('*', f'line counts {len(emails)}/{len(labels)}/{len(evid)}')
    ids = [f'qo{i:02d}' for i in range(1, 81)]
    if [e['id'] for e in emails] != ids or [l['id'] for l in labels] != ids or [v['id'] for v in evid] != ids:
        bad('*', 'ids are not qo01..qo80 in the same order in all files')
    intents = collections.Counter()
    locs = collections.Counter()
    inj = 0
    for e, lab, ev in zip(emails, labels, evid):
        iid = e['id']
        if set(e) != {'id', 'eml'}:
            bad(iid, 'email keys')
        keys = set(lab) - {'injection'}
        if keys != set(FIELDS):
            bad(iid, f'label keys {sorted(set(lab) ^ set(FIELDS))}')
        if 'injection' in lab:
            if lab['injection'] is not True:
                bad(iid, 'injection must be true when present')
            inj += 1
        if bool(lab.get('injection')) != ev['inj']:
            bad(iid, 'injection flag mismatch')
        it = lab['intent']
        intents[it] += 1
        if it not in INTENTS:
            bad(iid, f'intent {it}')
        m = re.match(r'\[([A-L]), ([a-z]{2}-[A-Z]{2})\] ', lab['note'])
        if not m:
            bad(iid, 'note prefix')
        else:
            if KEYS[m.group(1)] != it:
                bad(iid, 'note KEY does not match intent')
            if m.group(2) != ev['loc']:
                bad(iid, 'note locale mismatch')
            locs[m.group(2)] += 1
        # -------- parse
        try:
            msg = email.message_from_bytes(e['eml'].encode('utf-8'), policy=email.policy.default)
            text = all_text(msg)
            today = local_today(msg)
        except Exception as ex:  # noqa
            bad(iid, f'parse error {ex!r}')
            continue
        if msg.defects:
            bad(iid, f'defects {msg.defects}')
        if not msg['Message-ID']:
            bad(iid, 'no Message-ID')
        subj = str(msg['Subject'] or '')
        body = first_text(msg)
        own = own_text(body) if ev['kind'] != 'bounce' else text
        own_n = norm(own)
        # -------- structure per kind
        auto = (msg.get('Auto-Submitted', 'no').lower() != 'no') or msg.get('X-Autoreply', '').lower() == 'yes'
        if it == 'out_of_office' and not auto:
            bad(iid, 'out_of_office without an auto-reply header')
        if ev['kind'] == 'reply' and it != 'out_of_office' and auto:
            bad(iid, 'human reply carries an auto-reply header')
        if ev['kind'] == 'reply':
            irt = str(msg.get('In-Reply-To', ''))
            if not re.fullmatch(rf"<{ev['case']}\.r\d\.\d{{8}}T\d{{6}}Z@ar\.[a-z0-9.-]+\.example>", irt):
                bad(iid, f'In-Reply-To {irt!r}')
            if f"collections+{ev['case']}@" not in str(msg['To']):
                bad(iid, 'To does not carry the case address')
            if not re.search(r'[+-]\d{4}$', str(msg['Date'])):
                bad(iid, 'Date without numeric offset')
        if it == 'delivery_failure':
            if ev['kind'] != 'bounce':
                bad(iid, 'delivery_failure that is not a bounce')
            if not (msg.get_content_type() == 'multipart/report' or 'mailer-daemon' in str(msg['From']).lower()):
                bad(iid, 'bounce is neither multipart/report nor from MAILER-DAEMON')
            if f"collections+{ev['case']}@" not in str(msg['To']):
                bad(iid, 'bounce not addressed to the case mailbox')
        elif ev['kind'] == 'bounce':
            bad(iid, 'bounce labelled as something else')
        # -------- field formats
        for f in ('promised_date', 'paid_date', 'return_date'):
            v = lab[f]
            if v is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', v):
                bad(iid, f'{f} format')
        if lab['promised_amount'] is not None and not re.fullmatch(r'\d+\.\d{2}', lab['promised_amount']):
            bad(iid, 'amount format')
        if (lab['promised_amount'] is None) != (lab['currency'] is None):
            bad(iid, 'currency must be null exactly when amount is null')
        if lab['currency'] is not None and lab['currency'] != ev['cur']:
            bad(iid, f"currency {lab['currency']} != thread currency {ev['cur']}")
        if lab['dispute_reason'] is not None and lab['dispute_reason'] not in REASONS:
            bad(iid, 'dispute_reason value')
        if it == 'dispute' and lab['dispute_reason'] is None:
            bad(iid, 'dispute without reason')
        if it not in ('dispute', 'legal_or_insolvency') and lab['dispute_reason'] is not None:
            bad(iid, 'dispute_reason on a non-dispute')
        if it == 'out_of_office' and lab['promised_date']:
            bad(iid, 'promised_date on OOO')
        if it != 'out_of_office' and lab['return_date']:
            bad(iid, 'return_date outside OOO')
        if it in ('delivery_failure', 'acknowledgement', 'other', 'document_request', 'billing_update', 'wrong_contact') and \
                any(lab[f] for f in ('promised_date', 'promised_amount', 'paid_date', 'payment_reference')):
            bad(iid, 'payment fields on a no-commitment intent')
        # -------- dates
        stated = {f for f in ('promised_date', 'paid_date', 'return_date') if lab[f] is not None}
        if stated != set(ev['dates']):
            bad(iid, 'date fields without evidence (or evidence without label)')
        for f, d in ev['dates'].items():
            phrase = norm(d['phrase'])
            if phrase not in own_n:
                bad(iid, f'{f}: phrase {phrase!r} not in the customer text')
            want = recompute(tuple(d['rule']), today)
            if lab[f] != want.isoformat():
                bad(iid, f'{f}: label {lab[f]} != recomputed {want} from {today} by {d["rule"]}')
            if d['rule'][0] in ('ymd', 'dm_past', 'dm_future'):
                pd = phrase_date(phrase, ev['loc'], today)
                if pd is None:
                    bad(iid, f'{f}: explicit phrase {phrase!r} not readable')
                else:
                    day, mon, yr = pd
                    if (want.day, want.month) != (day, mon) or (yr is not None and yr != want.year):
                        bad(iid, f'{f}: phrase {phrase!r} reads as {pd}, label {want}')
                    if 'lunes' in phrase and want.weekday() != 0:
                        bad(iid, 'lunes is not a Monday')
            if f == 'paid_date' and want > today:
                bad(iid, 'paid_date in the future')
            if f in ('promised_date', 'return_date') and want < today:
                bad(iid, f'{f} in the past')
        # -------- amount
        a = ev['amount']
        if (a is None) != (lab['promised_amount'] is None):
            bad(iid, 'amount evidence mismatch')
        if a:
            if norm(a['literal']) not in own_n:
                bad(iid, f"amount literal {a['literal']!r} not in the customer text")
            if str(parse_amount(a['literal'], a['style'])) != lab['promised_amount']:
                bad(iid, f"amount {a['literal']!r} parses to {parse_amount(a['literal'], a['style'])}, label {lab['promised_amount']}")
        # -------- reference / contact
        if lab['payment_reference'] is not None:
            if lab['payment_reference'] not in own:
                bad(iid, 'payment_reference not in the customer text')
            if lab['payment_reference'].startswith('#'):
                bad(iid, 'reference with leading #')
        if lab['new_contact_email'] is not None:
            em = lab['new_contact_email']
            if not re.fullmatch(r'[a-z0-9._+-]+@[a-z0-9.-]+\.example', em):
                bad(iid, 'new_contact_email format')
            if em not in own:
                bad(iid, 'new_contact_email not in the customer text')
            if em.lower() == ev['rem_to'].lower():
                bad(iid, 'new_contact_email is the address we already write to')
        # -------- invoice numbers
        invs = lab['invoice_numbers']
        if not isinstance(invs, list) or len(set(invs)) != len(invs) or not all(re.fullmatch(r'INV-\d{4}', x) for x in invs):
            bad(iid, 'invoice_numbers format')
        digits = [x[4:] for x in invs]
        src = ev['inv_src']
        for dg in digits:
            if not re.search(rf'(?<!\d){dg}(?!\d)', text + '\n' + subj):
                bad(iid, f'invoice {dg} not found anywhere in the message')
        in_own = [dg for dg in digits if re.search(rf'(?<!\d){dg}(?!\d)', own)]
        in_subj = [dg for dg in digits if re.search(rf'(?<!\d){dg}(?!\d)', subj)]
        if src == 'text' and ev['kind'] != 'bounce':
            if len(in_own) != len(digits):
                bad(iid, 'inv_src=text but not all numbers are in the customer text')
            # order of first mention in the customer's own text
            pos = [re.search(rf'(?<!\d){dg}(?!\d)', own).start() for dg in in_own]
            if pos != sorted(pos):
                bad(iid, 'invoice_numbers not in order of first mention')
        if src == 'subject' and (in_own or len(in_subj) != len(digits)):
            bad(iid, 'inv_src=subject inconsistent')
        if src == 'quote' and ev['kind'] != 'bounce' and (in_own or in_subj):
            bad(iid, 'inv_src=quote but a number is in the text or subject')
        if src == 'none' and (invs or re.search(r'INV-\d{4}', text + subj)):
            bad(iid, 'inv_src=none but an invoice number is present')
        for x in set(re.findall(r'INV-(\d{4})', text + '\n' + subj)):
            if x not in digits:
                bad(iid, f'INV-{x} appears in the message but is not labelled')
        # -------- sums in the quoted / returned reminder
        rows = re.findall(rf"INV-(\d{{4}})\s+\d{{4}}-\d{{2}}-\d{{2}}\s+{ev['cur']} ([\d.,  ]*\d)", text)
        if rows:
            st = ev['cur_style']
            got = {}
            for n, amt in rows:
                got[n] = parse_amount(amt, st)
            want_rows = {'%04d' % n: Decimal(v) for n, v in ev['rem_lines']}
            if got != want_rows:
                bad(iid, f'reminder table {got} != {want_rows}')
            total = sum(got.values())
            if total != Decimal(ev['rem_total']):
                bad(iid, 'reminder lines do not add up to the total')
            tots = re.findall(rf"{ev['cur']} ([\d.,  ]*\d)", text)
            if not any(parse_amount(t, st) == total for t in tots):
                bad(iid, 'reminder total not shown')
        elif ev['kind'] == 'reply' and 'client=none' not in ev.get('flags', '') and it != 'out_of_office' and \
                'INV-' in text and src == 'quote':
            bad(iid, 'quoted reminder table not found')
        # -------- made-up domains only
        hdr_text = '\n'.join(f'{k}: {v}' for k, v in msg.items())
        for dom in re.findall(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)', text + '\n' + hdr_text):
            if not dom.lower().rstrip('.').endswith('.example'):
                bad(iid, f'non-example domain {dom}')
    # -------- set-level counts
    for k, v in TARGET.items():
        if intents[k] != v:
            bad('*', f'{k}: {intents[k]} items, target {v}')
    if not 5 <= inj <= 7:
        bad('*', f'{inj} injection items')
    if len(locs) < 28:
        bad('*', f'only {len(locs)} locales')
    en = sum(v for k, v in locs.items() if k.startswith('en-'))
    if not (en == max(collections.Counter(k.split('-')[0] for k in locs.elements()).values()) and en <= 16):
        bad('*', f'English share {en} is not the largest single language share at about 15%')
    if not os.path.exists(os.path.join(HERE, 'README.md')) or os.path.getsize(os.path.join(HERE, 'README.md')) < 2000:
        bad('*', 'README.md missing or too short')
    if problems:
        print('\n'.join(problems))
        print(f'FAIL: {len(problems)} problem(s)')
        sys.exit(1)
    print(f'OK: 80 items, {len(locs)} locales, {inj} injection items, intents {dict(intents)}')


if __name__ == '__main__':
    main()
