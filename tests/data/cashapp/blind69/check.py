#!/usr/bin/env python3
"""Re-verify every label of the ledger from the data alone. Exit 1 on any problem."""
import json, os, re, sys, itertools, unicodedata
from datetime import date
from decimal import Decimal

D = os.path.dirname(os.path.abspath(__file__))
inv = json.load(open(os.path.join(D, 'invoices.json')))
pay = json.load(open(os.path.join(D, 'payments.json')))
lab = json.load(open(os.path.join(D, 'labels.json')))
errs = []
def bad(msg): errs.append(msg)

DEC = re.compile(r'^-?\d+\.\d\d$')
ISO = {'PLN', 'CZK', 'HUF', 'RON', 'EUR'}
def strip(s):
    s = s.replace('ł', 'l').replace('Ł', 'L')
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch)).upper()
def norm(s): return re.sub(r'[^0-9A-Z]', '', strip(s or ''))
def digits(s): return ''.join(ch for ch in s if ch.isdigit())

# ---------------- invoices
ids, nums = set(), set()
for i in inv:
    if set(i) != {'id', 'number', 'customer_id', 'customer_name', 'currency', 'total', 'balance', 'issue_date', 'due_date'}:
        bad('invoice fields %s' % i['id'])
    if i['id'] in ids or i['number'] in nums: bad('duplicate invoice %s' % i['id'])
    ids.add(i['id']); nums.add(i['number'])
    if not (DEC.match(i['total']) and DEC.match(i['balance'])): bad('amount format %s' % i['id'])
    if not (Decimal('0') < Decimal(i['balance']) <= Decimal(i['total'])): bad('balance %s' % i['id'])
    if i['currency'] not in ISO: bad('currency %s' % i['id'])
    if i['currency'] == 'HUF' and not i['balance'].endswith('.00'): bad('HUF fils %s' % i['id'])
    if date.fromisoformat(i['due_date']) < date.fromisoformat(i['issue_date']): bad('due<issue %s' % i['id'])
# VS digits must identify CZ/SK invoices uniquely
vs = {}
for i in inv:
    if i['number'].startswith(('FA-', 'FS-')):
        k = (i['number'][:2], digits(i['number']))
        if k in vs: bad('VS clash %s' % i['number'])
        vs[k] = i
INV = {i['id']: i for i in inv}
BYNUM = {i['number']: i for i in inv}
bal = {i['id']: Decimal(i['balance']) for i in inv}
CUSTNAME = {i['customer_id']: i['customer_name'] for i in inv}

def named_in(i, text):
    t = norm(text)
    if norm(i['number']) in t: return True
    return i['number'].startswith(('FA-', 'FS-')) and re.search(r'(?<!\d)%s(?!\d)' % digits(i['number']), text) is not None

def subsets(items, amount, maxr=5):
    hits = []
    for r in range(1, min(maxr, len(items)) + 1):
        for comb in itertools.combinations(items, r):
            if sum(bal[x['id']] for x in comb) == amount:
                hits.append(comb)
    return hits

def open_of(cid, cur, pd):
    return [i for i in inv if i['customer_id'] == cid and i['currency'] == cur and bal[i['id']] > 0 and i['issue_date'] <= pd]

# ---------------- payments and labels
if len(pay) != len(lab): bad('length')
pids = set(); last = '0000'
for p, l in zip(pay, lab):
    pid = p['id']
    if set(p) != {'id', 'date', 'amount', 'currency', 'payer_name', 'customer_id', 'reference', 'remittance'}: bad('payment fields %s' % pid)
    if l['payment_id'] != pid: bad('order %s' % pid)
    if pid in pids: bad('dup payment %s' % pid)
    pids.add(pid)
    sc = l['scenario']
    if set(l) != {'payment_id', 'status', 'applications', 'unapplied', 'short_pay', 'candidates', 'reason', 'scenario', 'note'}:
        bad('label fields %s' % pid)
    if not re.match(r'^\[(pl|cs|sk|hu|ro|en|none)\] ', l['note']): bad('note %s' % pid)
    text = (p['reference'] or '') + '\n' + (p['remittance'] or '')
    if sc == 'bad_row':
        ok_amt = bool(DEC.match(p['amount'])) and Decimal(p['amount']) > 0
        try: ok_date = bool(p['date']) and date.fromisoformat(p['date']) is not None
        except ValueError: ok_date = False
        if ok_amt and ok_date and p['currency'] in ISO: bad('bad_row is not bad %s' % pid)
        if l['status'] != 'review' or l['applications'] or l['candidates'] or l['unapplied'] != '0.00': bad('bad_row label %s' % pid)
        continue
    date.fromisoformat(p['date'])
    if p['date'] < last: bad('not oldest first %s' % pid)
    last = p['date']
    if not DEC.match(p['amount']) or Decimal(p['amount']) <= 0 or p['currency'] not in ISO: bad('payment format %s' % pid)
    amt = Decimal(p['amount']); cur = p['currency']
    apps = [(a['invoice_id'], Decimal(a['amount'])) for a in l['applications']]
    un = Decimal(l['unapplied'])
    if sum(a for _, a in apps) + un != amt: bad('sum %s' % pid)
    st = l['status']
    if st == 'applied' and (un != 0 or not apps or l['short_pay'] or l['candidates']): bad('applied shape %s' % pid)
    if st == 'partial' and (un != 0 or not apps or l['candidates']): bad('partial shape %s' % pid)
    if st == 'unapplied' and (un <= 0 or l['short_pay'] or l['candidates']): bad('unapplied shape %s' % pid)
    if st == 'review' and (apps or un != amt or l['short_pay']): bad('review shape %s' % pid)
    for c in l['candidates']:
        for iid in c:
            if iid not in INV or bal[iid] <= 0: bad('candidate not open %s %s' % (pid, iid))
    # payer: known-customer rows must carry the customer's name as banks show it
    cands_cust = None
    if apps: cands_cust = INV[apps[0][0]]['customer_id']
    if cands_cust and sc not in ('third_party',):
        if p['customer_id'] not in (None, cands_cust): bad('customer id %s' % pid)
        if not strip(CUSTNAME[cands_cust]).startswith(strip(p['payer_name']).replace('KFT', 'KFT.').replace('ZRT', 'ZRT.').rstrip('.')[:20]):
            if not strip(CUSTNAME[cands_cust]).replace('.', '').startswith(strip(p['payer_name']).replace('.', '')[:20]):
                bad('payer name %s' % pid)
    # evidence in text
    if sc in ('exact', 'exact_mpp', 'list', 'overpay', 'partial', 'short_pay', 'close_partial', 'deduction_settled', 'fx_same_currency'):
        for iid, _ in apps:
            if not named_in(INV[iid], text): bad('%s not named in text %s' % (INV[iid]['number'], pid))
    if sc == 'exact_mpp':
        m = re.search(r'/VAT/(\d+),(\d\d)/IDC/\d{10}/INV/([^/]+)/', p['reference'])
        if not m or Decimal(m.group(1) + '.' + m.group(2)) != (amt * 23 / 123).quantize(Decimal('0.01')): bad('mpp vat %s' % pid)
    if sc == 'typo':
        (iid, _), = apps
        if norm(INV[iid]['number']) in norm(text) and INV[iid]['number'] in text: bad('typo not a typo %s' % pid)
        if len(subsets(open_of(INV[iid]['customer_id'], cur, p['date']), amt, 2)) != 1: bad('typo amount not unique %s' % pid)
    if sc == 'range':
        first = INV[apps[0][0]]['number']
        if first not in text: bad('range start %s' % pid)
    if st in ('applied', 'partial', 'unapplied'):
        for iid, a in apps:
            if INV[iid]['currency'] != cur: bad('currency %s' % pid)
            if a > bal[iid] or a <= 0: bad('over balance %s %s' % (pid, iid))
            if st == 'applied' and a != bal[iid] and sc != 'partial': bad('applied leaves open %s' % pid)
    if sc in ('lump', 'amount_only', 'po_lookalike'):
        if not p['customer_id']: bad('no customer id %s' % pid)
        hits = subsets(open_of(p['customer_id'], cur, p['date']), amt)
        if len(hits) != 1 or {x['id'] for x in hits[0]} != {i for i, _ in apps}: bad('lump not unique %s' % pid)
        for iid, _ in apps:
            if named_in(INV[iid], text) and sc != 'po_lookalike': bad('lump names invoice %s' % pid)
    if sc == 'po_lookalike_review':
        a, b = l['candidates']
        if bal[a[0]] != amt or bal[b[0]] == amt: bad('po review amounts %s' % pid)
    if sc == 'ambiguous_same_amount':
        if len(l['candidates']) < 2 or any(bal[c[0]] != amt for c in l['candidates']): bad('ambiguous %s' % pid)
    if sc == 'ref_amount_conflict':
        a, b = l['candidates']
        if not named_in(INV[a[0]], text) or bal[b[0]] != amt or bal[a[0]] == amt: bad('conflict %s' % pid)
    if sc == 'list_mismatch':
        s = sum(bal[x] for x in l['candidates'][0])
        if s <= amt: bad('list mismatch sum %s' % pid)
        for x in l['candidates'][0]:
            if not named_in(INV[x], text): bad('list mismatch names %s' % pid)
    if sc == 'fx_mismatch':
        if INV[l['candidates'][0][0]]['currency'] == cur or not named_in(INV[l['candidates'][0][0]], text): bad('fx %s' % pid)
    if sc == 'third_party':
        c = INV[l['candidates'][0][0]]
        if bal[c['id']] != amt or not named_in(c, text) or p['customer_id']: bad('third party %s' % pid)
        if strip(c['customer_name'])[:12] in strip(p['payer_name']): bad('third party payer %s' % pid)
    if sc == 'unknown_payer':
        if p['customer_id'] or any(strip(n)[:10] == strip(p['payer_name'])[:10] for n in CUSTNAME.values()): bad('unknown known %s' % pid)
        if any(i['currency'] == cur and bal[i['id']] == amt for i in inv): bad('unknown fits %s' % pid)
    if sc == 'second_payment':
        hit = [i for i in inv if named_in(i, p['reference'] or '')]
        if len(hit) != 1 or bal[hit[0]['id']] != 0 or Decimal(hit[0]['total']) < amt: bad('second %s' % pid)
        elif subsets(open_of(hit[0]['customer_id'], cur, p['date']), amt, 3): bad('second fits a set %s' % pid)
    if sc in ('closed_invoice', 'prepayment'):
        if not p['customer_id'] or subsets(open_of(p['customer_id'], cur, p['date']), amt, 2): bad('nofit %s' % pid)
        if sc == 'closed_invoice':
            m = re.search(r'(FV|FVE|FA|FS|SZLA|CHM|INV)[-/][0-9A-Z/-]+', p['reference'])
            if not m or m.group(0) in BYNUM: bad('closed is open %s' % pid)
    if sc == 'overpay':
        if un <= 0 or len(apps) != 1 or apps[0][1] != bal[apps[0][0]]: bad('overpay %s' % pid)
        if subsets(open_of(INV[apps[0][0]]['customer_id'], cur, p['date']), amt, 3): bad('overpay fits a set %s' % pid)
    if st == 'partial':
        (iid, a), = apps
        rest = bal[iid] - a
        if rest <= 0: bad('partial closes %s' % pid)
        sp = l['short_pay']
        if any(bal[x['id']] == amt for x in open_of(INV[iid]['customer_id'], cur, p['date'])): bad('partial amount fits another %s' % pid)
        if sc == 'short_pay':
            if not sp or sp['invoice_id'] != iid or Decimal(sp['amount']) != rest or not sp['reason']: bad('short %s' % pid)
            flat = re.sub(r'(?<=\d)[ .,](?=\d)', '', text)
            if str(int(rest)) not in flat: bad('deduction not in text %s' % pid)
        elif sp is not None: bad('part payment with short_pay %s' % pid)
    for iid, a in apps:
        bal[iid] -= a

if errs:
    print('\n'.join(errs[:60])); print(len(errs), 'problems'); sys.exit(1)
print('OK: %d invoices, %d payments, all labels verified' % (len(inv), len(pay)))
