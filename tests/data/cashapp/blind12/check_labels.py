#!/usr/bin/env python3
"""Replay labels.jsonl against invoices.json/payments.json and check the contract invariants (stdlib only). Run from this folder."""
import json
from decimal import Decimal as D
I={i['id']:i for i in json.load(open('invoices.json'))}
P=json.load(open('payments.json')); L=[json.loads(l) for l in open('labels.jsonl')]
bal={k:D(v['balance']) for k,v in I.items()}
assert len(P)==len(L)==len({p['id'] for p in P})
prev=None
for p,l in zip(P,L):
    assert p['id']==l['payment_id']
    assert prev is None or p['date']>=prev; prev=p['date']
    amt=D(p['amount'])
    s=D(l['unapplied'])
    for a in l['applications']:
        inv=I[a['invoice_id']]; x=D(a['amount'])
        assert inv['currency']==p['currency']
        assert 0<x<=bal[inv['id']], (p['id'])
        assert inv['issue_date']<p['date']
        bal[inv['id']]-=x; s+=x
    assert s==amt,(p['id'],s,amt)
    st=l['status']
    if st=='applied': assert D(l['unapplied'])==0 and l['short_pay'] is None and all(bal[a['invoice_id']]==0 for a in l['applications']) and l['applications']
    if st=='partial':
        assert D(l['unapplied'])==0 and any(bal[a['invoice_id']]>0 for a in l['applications'])
        if l['short_pay']: assert bal[l['short_pay']['invoice_id']]==D(l['short_pay']['amount'])
    if st=='unapplied': assert D(l['unapplied'])>0 and l['short_pay'] is None
    if st=='review': assert not l['applications'] and D(l['unapplied'])==amt
    for c in l['candidates']:
        for i in c: assert I[i]['currency']==p['currency'] and bal[i]>0
    if st!='review': assert l['candidates']==[]
    assert l['note'].startswith('['+st+',')
    # customer_id consistency
    if p['customer_id']:
        for a in l['applications']:
            pass
print("ok", len(P))
