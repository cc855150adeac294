#!/usr/bin/env python3
"""Re-verify labels.jsonl against emails.jsonl (and the spec in build.py). Exit 1 on any problem."""
import json, sys, re, os, email, email.policy, email.utils, datetime as dt, calendar, importlib.util
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('build', os.path.join(HERE, 'build.py'))
B = importlib.util.module_from_spec(spec); spec.loader.exec_module(B)
INTENTS = ['promise_to_pay','paid_claim','dispute','document_request','billing_update','wrong_contact','out_of_office',
           'payment_plan_request','legal_or_insolvency','delivery_failure','acknowledgement','other']
REASONS = ['pricing','quantity','quality','not_received','duplicate','missing_po','cancelled','other']
KEYS = ['id'] + B.FIELDS + ['note']
errs = []
def bad(i, m): errs.append('%s: %s' % (i, m))

def resolve(rel, today):  # independent re-implementation of the contract's rules
    if rel is None: return None
    if rel.startswith('abs:'): return dt.date.fromisoformat(rel[4:]).isoformat()
    if rel == 'eom': return dt.date(today.year, today.month, calendar.monthrange(today.year, today.month)[1]).isoformat()
    if rel == 'tw':
        d = today
        while d.weekday() != 4: d += dt.timedelta(1) if d.weekday() < 4 else -dt.timedelta(1)
        return d.isoformat()
    if re.fullmatch(r'[+-]\d+', rel): return (today + dt.timedelta(days=int(rel))).isoformat()
    k, n = rel.split(':'); n = int(n)
    if k == 'wd':
        d = today
        while d.weekday() != n: d += dt.timedelta(1)
        return d.isoformat()
    if k == 'nwd':
        mon = today - dt.timedelta(today.weekday()); return (mon + dt.timedelta(7 + n)).isoformat()
    if k == 'lwd':
        d = today - dt.timedelta(1)
        while d.weekday() != n: d -= dt.timedelta(1)
        return d.isoformat()
    if k == 'kw':
        d = dt.date(today.year, 1, 4)
        d = d - dt.timedelta(d.weekday()) + dt.timedelta(weeks=n - 1, days=4); return d.isoformat()
    if k == 'd':
        d = today
        while d.day != n: d += dt.timedelta(1)
        return d.isoformat()
    raise ValueError(rel)

def norm_amount(t):
    t = re.sub(r'[^\d.,]', '', t)
    m = re.search(r'[.,](\d{2})$', t)
    if m: return re.sub(r'[.,]', '', t[:-3]) + '.' + m.group(1)
    return re.sub(r'[.,]', '', t)

def text_of(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart(): continue
        ct = part.get_content_type()
        if ct.startswith('text/'):
            try: out.append(part.get_content())
            except Exception as e: bad('?', 'decode %s' % e)
        elif ct == 'message/delivery-status':
            out.append(str(part))
    return '\n'.join(out)

emails = [json.loads(l) for l in open(os.path.join(HERE, 'emails.jsonl'), encoding='utf-8')]
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
if len(emails) != 80 or len(labels) != 80: bad('-', 'need 80/80 lines')
if [e['id'] for e in emails] != ['fq%02d' % i for i in range(1, 81)]: bad('-', 'email ids')
if [l['id'] for l in labels] != [e['id'] for e in emails]: bad('-', 'label ids/order')
# map spec items to ids via the same seeded shuffle
import random
order = list(range(len(B.ITEMS))); random.Random(B.SEED).shuffle(order)
for n, (e, l) in enumerate(zip(emails, labels)):
    i = e['id']; it = B.ITEMS[order[n]]; f = it['f']
    ks = [k for k in l if k != 'injection']
    if ks != KEYS: bad(i, 'label keys %s' % ks)
    if 'injection' in l and l['injection'] is not True: bad(i, 'injection flag')
    if bool(l.get('injection')) != it['inj']: bad(i, 'injection mismatch')
    if l['intent'] not in INTENTS: bad(i, 'intent')
    if l['intent'] != it['intent']: bad(i, 'intent != spec')
    if not l['note'].startswith('[%s, %s]' % (it['key'], it['loc'])): bad(i, 'note prefix')
    if l['dispute_reason'] is not None and l['dispute_reason'] not in REASONS: bad(i, 'reason')
    if l['intent'] == 'dispute' and l['dispute_reason'] is None: bad(i, 'dispute without reason')
    try:
        msg = email.message_from_bytes(e['eml'].encode('utf-8'), policy=email.policy.default)
    except Exception as ex:
        bad(i, 'parse %s' % ex); continue
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if not msg[h]: bad(i, 'missing header ' + h)
    when = email.utils.parsedate_to_datetime(msg['Date'])
    if when.tzinfo is None: bad(i, 'Date without zone')
    today = when.date()  # in the header's own offset
    if l['intent'] not in ('delivery_failure', 'out_of_office'):
        if not msg['In-Reply-To'] or not msg['References']: bad(i, 'threading headers')
        if not re.match(r'^(Re|RE|AW|SV|VS|Odp|R|ΑΠ|YNT|ตอบกลับ) ?:', str(msg['Subject'])): bad(i, 'subject prefix %s' % msg['Subject'])
    if l['intent'] == 'out_of_office' and msg['Auto-Submitted'] != 'auto-replied': bad(i, 'ooo header')
    if l['intent'] == 'delivery_failure' and not (msg.get_content_type() == 'multipart/report' or 'MAILER-DAEMON' in str(msg['From'])): bad(i, 'bounce form')
    full = text_of(msg) + '\n' + str(msg['Subject'])
    for k, rk in (('promised_date', 'pd'), ('paid_date', 'paid'), ('return_date', 'ret')):
        exp = resolve(f.get(rk), today)
        if l[k] != exp: bad(i, '%s %s != recomputed %s' % (k, l[k], exp))
        if l[k] and not re.fullmatch(r'\d{4}-\d\d-\d\d', l[k]): bad(i, k + ' format')
    if l['promised_amount'] is not None:
        if not re.fullmatch(r'\d+(\.\d\d)?', l['promised_amount']): bad(i, 'amount format')
        at = f.get('amt_txt')
        if not at or at not in full: bad(i, 'amount text not in email')
        elif norm_amount(at) != l['promised_amount']: bad(i, 'amount %s vs %s' % (at, l['promised_amount']))
        if not l['currency']: bad(i, 'amount without currency')
    if l['currency'] and not re.fullmatch(r'[A-Z]{3}', l['currency']): bad(i, 'currency')
    if l['payment_reference'] and l['payment_reference'] not in full: bad(i, 'reference not in text')
    if l['new_contact_email'] and l['new_contact_email'] not in full: bad(i, 'contact not in text')
    if not l['invoice_numbers']: bad(i, 'no invoices')
    if len(set(l['invoice_numbers'])) != len(l['invoice_numbers']): bad(i, 'dup invoices')
    for inv in l['invoice_numbers']:
        if not re.fullmatch(r'INV-\d{5}', inv) or inv[4:] not in full: bad(i, 'invoice %s not in text' % inv)
    if l['intent'] == 'dispute' and l['dispute_reason'] != f.get('reason'): bad(i, 'reason != spec')
c = Counter(l['intent'] for l in labels)
print(dict(c)); print('injection', sum(1 for l in labels if l.get('injection')))
if errs:
    print('\n'.join(errs)); sys.exit(1)
print('OK: 80 labels verified')
