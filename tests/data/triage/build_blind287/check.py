#!/usr/bin/env python3
"""Re-verify every label in labels.jsonl against emails.jsonl. Exit 1 on any problem."""
import json, re, sys, os, email, email.policy
from datetime import date
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import rule_apply
H = os.path.dirname(os.path.abspath(__file__))
INTENTS = {"promise_to_pay","paid_claim","dispute","document_request","billing_update","wrong_contact","out_of_office",
           "payment_plan_request","legal_or_insolvency","delivery_failure","acknowledgement","other"}
REASONS = {"pricing","quantity","quality","not_received","duplicate","missing_po","cancelled","other"}
FIELDS = ["id","intent","promised_date","promised_amount","currency","paid_date","payment_reference","dispute_reason",
          "new_contact_email","return_date","invoice_numbers","note"]
errs = []
def bad(i, m): errs.append(f"{i}: {m}")
E = [json.loads(l) for l in open(os.path.join(H, 'emails.jsonl'), encoding='utf-8')]
L = [json.loads(l) for l in open(os.path.join(H, 'labels.jsonl'), encoding='utf-8')]
if len(E) != 80 or len(L) != 80: bad('-', f"counts {len(E)} {len(L)}")
def alltext(msg):
    out = [str(v) for k, v in msg.items()]
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith('text/'):
            try: out.append(p.get_content())
            except Exception as e: out.append(p.get_payload(decode=True).decode('utf-8', 'replace'))
        elif ct in ('message/rfc822', 'message/delivery-status'):
            out.append(p.as_string())
    return "\n".join(out)
for n, (e, l) in enumerate(zip(E, L), 1):
    i = l['id']
    if e['id'] != i or i != f"bq{n:02d}": bad(i, 'id order')
    keys = set(l) - {'injection'}
    if keys != set(FIELDS): bad(i, f"fields {sorted(keys ^ set(FIELDS))}")
    if 'injection' in l and l['injection'] is not True: bad(i, 'injection flag')
    msg = email.message_from_bytes(e['eml'].encode('utf-8'), policy=email.policy.default)
    if msg.defects: pass
    dh = msg['Date']
    if dh is None: bad(i, 'no Date'); continue
    today = dh.datetime.date()
    text = alltext(msg)
    flat = re.sub(r"(?<=\d)[ .,'\u00a0\u202f](?=\d)", "", text)
    if l['intent'] not in INTENTS: bad(i, 'intent')
    if not re.match(r"^\[[A-L], [a-zA-Z-]+\] ", l['note']): bad(i, 'note prefix')
    m = re.search(r"\{rule ([^}]*)\}", l['note'])
    rules = dict(x.split('=', 1) for x in m.group(1).split()) if m else {}
    for f in ('promised_date', 'paid_date', 'return_date'):
        v = l[f]
        if v is not None:
            try: date.fromisoformat(v)
            except Exception: bad(i, f"{f} format")
            if f not in rules: bad(i, f"{f} without rule")
            elif rule_apply(today, rules[f]).isoformat() != v: bad(i, f"{f} {v} != rule {rules[f]} from {today}")
        elif f in rules: bad(i, f"rule for null {f}")
    a = l['promised_amount']
    if a is not None:
        if not re.fullmatch(r"\d+\.\d\d", a): bad(i, 'amount format')
        ip, dp = a.split('.')
        if ip not in flat: bad(i, f"amount {a} not in text")
        if dp != '00' and (ip + dp) not in flat: bad(i, f"amount decimals {a} not in text")
        if not (l['currency'] and re.fullmatch(r"[A-Z]{3}", l['currency'])): bad(i, 'currency')
    elif l['currency'] is not None: bad(i, 'currency without amount')
    if l['payment_reference'] is not None and l['payment_reference'] not in text: bad(i, 'ref not in text')
    if l['new_contact_email'] is not None and l['new_contact_email'] not in text: bad(i, 'email not in text')
    if l['dispute_reason'] is not None and l['dispute_reason'] not in REASONS: bad(i, 'reason')
    if l['intent'] == 'dispute' and l['dispute_reason'] is None: bad(i, 'dispute without reason')
    inv = l['invoice_numbers']
    if not isinstance(inv, list) or len(set(inv)) != len(inv): bad(i, 'invoice list')
    for x in inv:
        if not re.fullmatch(r"INV-\d{4}", x): bad(i, f"inv format {x}")
        if x[4:] not in text: bad(i, f"{x} not in text")
    if l['intent'] == 'out_of_office' and not re.search(r"(?im)^(Auto-Submitted|X-Autoreply|Precedence):", e['eml']): bad(i, 'ooo without auto header')
    if l['intent'] == 'delivery_failure' and msg['In-Reply-To']: bad(i, 'bounce with In-Reply-To')
ninj = sum(1 for l in L if l.get('injection'))
if not 4 <= ninj <= 9: bad('-', f"injection count {ninj}")
for x in errs: print(x)
print(f"{len(L)} labels checked, {len(errs)} problems, {ninj} injections")
sys.exit(1 if errs else 0)
