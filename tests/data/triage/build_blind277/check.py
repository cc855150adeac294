#!/usr/bin/env python3
"""Re-verify every label of set 'we' against the generated messages. Exit 1 on any problem."""
import json, re, sys, calendar, email, email.policy, html
from datetime import date, timedelta
from collections import Counter

D = __import__('os').path.dirname(__file__) or '.'
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
INTENTS = {'A': 'promise_to_pay', 'B': 'paid_claim', 'C': 'dispute', 'D': 'document_request', 'E': 'billing_update',
           'F': 'wrong_contact', 'G': 'out_of_office', 'H': 'payment_plan_request', 'I': 'legal_or_insolvency',
           'J': 'delivery_failure', 'K': 'acknowledgement', 'L': 'other'}
REASONS = {'pricing', 'quantity', 'quality', 'not_received', 'duplicate', 'missing_po', 'cancelled', 'other'}
LOCALES = set("en-GB en-US en-NZ es-ES es-AR fr-FR fr-CH de-DE pt-PT it-IT nl-NL sv-SE da-DK pl-PL cs-CZ hr-HR bg-BG "
              "tr-TR ja-JP zh-TW ar-AE hi-IN".split())
errs = []
def bad(i, m): errs.append(f"{i}: {m}")

def resolve(rule, t):
    k = rule[0]
    if k == 'abs': return date.fromisoformat(rule[1])
    if k == 'plus': return t + timedelta(days=rule[1])
    if k == 'wd': return t + timedelta((rule[1] - t.weekday()) % 7)
    if k == 'next_wd': return t - timedelta(t.weekday()) + timedelta(7 + rule[1])
    if k == 'last_wd':
        for n in range(1, 8):
            if (t - timedelta(n)).weekday() == rule[1]: return t - timedelta(n)
    if k == 'eom': return date(t.year, t.month + 1, 1) - timedelta(1) if t.month < 12 else date(t.year, 12, 31)
    if k == 'by':
        d = t
        while d.day != rule[1]: d += timedelta(1)
        return d
    if k in ('this_week',): return t - timedelta(t.weekday()) + timedelta(4)
    if k == 'isoweek': return date.fromisocalendar(t.year, rule[1], 5)
    if k == 'first_week':
        y = t.year if rule[1] >= t.month else t.year + 1
        return date(y, rule[1], 7)
    if k == 'eo_named':
        y = t.year if rule[1] >= t.month else t.year + 1
        return date(y, rule[1], calendar.monthrange(y, rule[1])[1])
    raise ValueError(rule)

def all_text(m):
    out = [str(m.get('subject', ''))]
    for p in m.walk():
        ct = p.get_content_type()
        if p.get_content_maintype() == 'text':
            try: c = p.get_content()
            except Exception as e: bad('?', f"undecodable part {ct}: {e}"); continue
            if ct == 'text/html': c = html.unescape(re.sub(r'<[^>]+>', ' ', c))
            out.append(c)
        elif ct in ('message/delivery-status',):
            out.append(p.as_string())
    return "\n".join(out)

def amounts(text):
    vals = set()
    for m in re.finditer(r"\d[\d.,'\u00a0 ]*\d|\d", text):
        groups = re.split(r"[ \u00a0]+", m.group(0))
        for a in range(len(groups)):
            for b in range(a + 1, len(groups) + 1):
                tok = "".join(groups[a:b]).replace("'", "")
                mm = re.search(r"[.,](\d{1,2})$", tok)
                if mm: ip, dp = tok[:mm.start()], mm.group(1).ljust(2, '0')
                else: ip, dp = tok, '00'
                ip = re.sub(r"[.,]", "", ip)
                if ip.isdigit(): vals.add(f"{int(ip)}.{dp}")
    return vals

emails = [json.loads(l) for l in open(f"{D}/emails.jsonl", encoding='utf-8')]
labels = [json.loads(l) for l in open(f"{D}/labels.jsonl", encoding='utf-8')]
rules = json.load(open(f"{D}/date_rules.json", encoding='utf-8'))
if len(emails) != 80 or len(labels) != 80: bad('*', 'need 80 lines each')
ids = [e['id'] for e in emails]
if ids != [f"we{n:02d}" for n in range(1, 81)] or ids != [l['id'] for l in labels]: bad('*', 'ids/order')

for e, l in zip(emails, labels):
    i = e['id']
    keys = set(l) - {'id', 'note', 'injection'}
    if keys != set(FIELDS): bad(i, f"label keys {sorted(keys)}")
    if 'injection' in l and l['injection'] is not True: bad(i, 'injection must be true')
    mm = re.match(r"^\[([A-L]), ([a-z]{2}-[A-Z]{2})\] ", l['note'])
    if not mm: bad(i, 'note prefix'); continue
    key, loc = mm.groups()
    if loc not in LOCALES: bad(i, f"locale {loc}")
    if INTENTS[key] != l['intent']: bad(i, f"key {key} vs intent {l['intent']}")
    m = email.message_from_bytes(e['eml'].encode('utf-8'), policy=email.policy.default)
    for h in ('Date', 'Message-ID', 'Subject', 'From', 'To'):
        if h.lower() not in (k.lower() for k in m.keys()) and h != 'Message-ID': bad(i, f"missing {h}")
    try: today = m['date'].datetime.date()
    except Exception as ex: bad(i, f"Date: {ex}"); continue
    text = all_text(m)
    rem_ids = re.findall(r"<K\d+\.r\d\.\d{8}T\d{6}Z@ar\.hearthmark\.example>", e['eml'])
    if not rem_ids: bad(i, 'no reminder Message-ID anywhere')
    if l['intent'] != 'delivery_failure':
        if not m['in-reply-to'] or m['in-reply-to'] not in (m['references'] or ''): bad(i, 'In-Reply-To/References')
        if 'ar.hearthmark.example' not in str(m['to']): bad(i, 'To')
    else:
        if m['in-reply-to']: bad(i, 'bounce with In-Reply-To')
    if l['intent'] == 'out_of_office' and not m['auto-submitted']: bad(i, 'auto-reply without Auto-Submitted')
    # dates
    r = rules.get(i, {})
    for f in ('promised_date', 'paid_date', 'return_date'):
        v = l[f]
        if v is None:
            if f in r: bad(i, f"{f} rule but null")
            continue
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v): bad(i, f"{f} format")
        if f not in r: bad(i, f"{f} without rule"); continue
        if resolve(r[f]['rule'], today).isoformat() != v: bad(i, f"{f} {v} != recomputed {resolve(r[f]['rule'], today)}")
        if r[f]['phrase'] not in text: bad(i, f"phrase {r[f]['phrase']!r} not in text")
    # amounts
    a, c = l['promised_amount'], l['currency']
    if (a is None) != (c is None): bad(i, 'currency iff amount')
    if a is not None:
        if not re.fullmatch(r"\d+\.\d{2}", a): bad(i, 'amount format')
        if not re.fullmatch(r"[A-Z]{3}", c): bad(i, 'currency format')
        if a not in amounts(text): bad(i, f"amount {a} not found in text")
    if l['payment_reference'] is not None and l['payment_reference'] not in text: bad(i, 'reference not in text')
    if l['dispute_reason'] is not None and l['dispute_reason'] not in REASONS: bad(i, 'dispute_reason')
    if l['intent'] == 'dispute' and l['dispute_reason'] is None: bad(i, 'dispute without reason')
    n = l['new_contact_email']
    if n is not None and (not re.fullmatch(r"[\w.+-]+@[\w.-]+\.example", n) or n not in text): bad(i, 'new_contact_email')
    inv = l['invoice_numbers']
    if not isinstance(inv, list) or len(set(inv)) != len(inv): bad(i, 'invoice_numbers list')
    for x in inv:
        if not re.fullmatch(r"INV-\d{4}", x) or not re.search(r"(?<!\d)" + x[4:] + r"(?!\d)", text): bad(i, f"invoice {x} not in text")
    if l['intent'] not in ('delivery_failure',) and not inv and 'INV-' in text: pass

ic = Counter(l['intent'] for l in labels)
if len(ic) != 12: bad('*', f"intents {ic}")
inj = sum(1 for l in labels if l.get('injection'))
if not 5 <= inj <= 8: bad('*', f"injections {inj}")
locs = Counter(re.match(r"^\[\w, ([\w-]+)\]", l['note']).group(1) for l in labels)
if set(locs) != LOCALES: bad('*', f"locales missing {LOCALES - set(locs)}")
eng = sum(v for k, v in locs.items() if k.startswith('en-'))
if not 20 <= eng <= 34: bad('*', f"English share {eng}")
for x in errs: print("FAIL", x)
print(f"{len(labels)} labels, intents {dict(ic)}, injections {inj}, English-locale {eng}, problems {len(errs)}")
sys.exit(1 if errs else 0)
