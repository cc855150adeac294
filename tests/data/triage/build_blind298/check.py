"""Re-verify every label of the ej set from the generated data. Exit 1 on any problem."""
import calendar, json, re, sys, os, email, html
from email import policy
from datetime import date, timedelta
HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ['intent','promised_date','promised_amount','currency','paid_date','payment_reference',
          'dispute_reason','new_contact_email','return_date','invoice_numbers']
INTENTS = {'promise_to_pay','paid_claim','dispute','document_request','billing_update','wrong_contact','out_of_office',
           'payment_plan_request','legal_or_insolvency','delivery_failure','acknowledgement','other'}
REASONS = {None,'pricing','quantity','quality','not_received','duplicate','missing_po','cancelled','other'}
KEYS = dict(A='promise_to_pay',B='paid_claim',C='dispute',D='document_request',E='billing_update',F='wrong_contact',
            G='out_of_office',H='payment_plan_request',I='legal_or_insolvency',J='delivery_failure',K='acknowledgement',L='other')
def resolve(today, r):
    k = r[0]
    if k == 'tom': return today + timedelta(1)
    if k == 'yest': return today - timedelta(1)
    if k == 'plus': return today + timedelta(r[1])
    if k == 'minus': return today - timedelta(r[1])
    if k == 'this': return today + timedelta((r[1] - today.weekday()) % 7)
    if k == 'next': return today + timedelta(7 - today.weekday() + r[1])
    if k == 'last':
        d = today - timedelta(1)
        while d.weekday() != r[1]: d -= timedelta(1)
        return d
    if k == 'eom': return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == 'week': return today + timedelta((4 - today.weekday()) % 7)
    if k == 'by':
        if today.day <= r[1]: return today.replace(day=r[1])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, r[1])
    if k == 'eomn':
        y = today.year if r[1] >= today.month else today.year + 1
        return date(y, r[1], calendar.monthrange(y, r[1])[1])
    if k == 'abs': return date.fromisoformat(r[1])
    raise ValueError(r)
def text_of(m):
    out = []
    for p in m.walk():
        if p.is_multipart(): continue
        ct = p.get_content_type()
        try: c = p.get_content()
        except Exception: c = p.get_payload(decode=True) or b''
        if isinstance(c, bytes): c = c.decode('utf-8', 'replace')
        if not isinstance(c, str): c = str(c)
        out.append(html.unescape(c) if ct == 'text/html' else c)
    return str(m['Subject'] or '') + '\n' + '\n'.join(out)
def today_of(m):
    d = email.utils.parsedate_to_datetime(str(m['Date']))
    return d.date()
errs = []
E = [json.loads(l) for l in open(os.path.join(HERE, 'emails.jsonl'), encoding='utf-8')]
L = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
R = [json.loads(l) for l in open(os.path.join(HERE, 'date_rules.jsonl'), encoding='utf-8')]
if len(E) != 80 or len(L) != 80: errs.append('need 80 lines each')
if [e['id'] for e in E] != [l['id'] for l in L] or sorted(e['id'] for e in E) != [f'ej{i:02d}' for i in range(1, 81)]:
    errs.append('id mismatch')
msgs = {e['id']: email.message_from_bytes(e['eml'].encode('utf-8'), policy=policy.default) for e in E}
rules = {}
for r in R: rules[(r['id'], r['field'])] = r
for l in L:
    i = l['id']; m = msgs[i]; t = text_of(m); tn = t.replace('\u00a0', ' ')
    extra = set(l) - set(FIELDS) - {'id', 'note', 'injection'}
    if extra or set(FIELDS) - set(l): errs.append(f'{i}: fields {extra}')
    if l['intent'] not in INTENTS: errs.append(f'{i}: intent')
    if l['dispute_reason'] not in REASONS: errs.append(f'{i}: reason')
    mk = re.match(r'\[([A-L]), ([a-zA-Z-]+)\]', l['note'])
    if not mk or KEYS[mk.group(1)] != l['intent']: errs.append(f'{i}: note key')
    for f in ('Date', 'Message-ID', 'From', 'To', 'Subject'):
        if not m[f]: errs.append(f'{i}: missing {f}')
    if l['intent'] != 'delivery_failure' and not m['In-Reply-To']: errs.append(f'{i}: no In-Reply-To')
    if l['intent'] == 'out_of_office' and m['Auto-Submitted'] != 'auto-replied': errs.append(f'{i}: OOO header')
    if l['intent'] == 'delivery_failure' and 'report' not in m.get_content_type() and 'qmail' not in t: errs.append(f'{i}: bounce form')
    td = today_of(m)
    for f in ('promised_date', 'paid_date', 'return_date'):
        v = l[f]; r = rules.get((i, f))
        if (v is None) != (r is None): errs.append(f'{i}: {f} rule/label mismatch'); continue
        if v is None: continue
        if not re.fullmatch(r'\d{4}-\d\d-\d\d', v): errs.append(f'{i}: {f} format')
        if resolve(td, r['rule']).isoformat() != v: errs.append(f'{i}: {f} {v} != {resolve(td, r["rule"])}')
        if r['phrase'] not in tn: errs.append(f'{i}: phrase {r["phrase"]!r} not in text')
    a = l['promised_amount']
    if (a is None) != (l['currency'] is None): errs.append(f'{i}: amount/currency')
    if a is not None:
        if not re.fullmatch(r'\d+\.\d\d', a): errs.append(f'{i}: amount format')
        digits = re.sub(r'\D', '', a.rstrip('0').rstrip('.') if a.endswith('.00') else a)
        body_digits = re.sub(r'[^\d]', '', tn.split('\n> ')[0])
        if a.split('.')[0] not in re.sub(r'[^\d]', '', tn): errs.append(f'{i}: amount {a} not in text')
        if not re.fullmatch(r'[A-Z]{3}', l['currency']): errs.append(f'{i}: currency')
    if l['payment_reference'] and l['payment_reference'] not in tn: errs.append(f'{i}: reference not in text')
    if l['new_contact_email'] and l['new_contact_email'] not in tn: errs.append(f'{i}: contact not in text')
    inv = l['invoice_numbers']
    if not isinstance(inv, list) or len(set(inv)) != len(inv) or not inv: errs.append(f'{i}: invoice list')
    for n in inv:
        if not re.fullmatch(r'INV-\d{4}', n) or n[4:] not in t: errs.append(f'{i}: invoice {n} not in message')
    if l.get('injection') and l['intent'] in ('delivery_failure', 'out_of_office'): errs.append(f'{i}: odd injection')
for e in errs: print('FAIL', e)
print('checked', len(L), 'labels,', len(errs), 'problems')
sys.exit(1 if errs else 0)
