# core helpers for build.py (stdlib only)
import calendar, json, random, re
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy

VENDORS = {
 'us': ('Prairie Iron Equipment Billing', 'prairie-iron.example', 'USD', '$'),
 'gb': ('Fenland Tractor Parts Accounts', 'fenland-tractor.example', 'GBP', '£'),
 'au': ('Wimmera Ag Machinery Accounts', 'wimmera-ag.example', 'AUD', 'A$'),
 'ng': ('Kwara Agro-Mech Billing', 'kwara-agromech.example', 'NGN', '₦'),
 'eu': ('Agrotec Europa Cobros', 'agrotec-europa.example', 'EUR', '€'),
}

def parse_dt(s):
    # "2026-09-14 08:12 +0200"
    d, t, z = s.split()
    sign = 1 if z[0] == '+' else -1
    off = timedelta(hours=int(z[1:3]), minutes=int(z[3:5])) * sign
    return datetime.strptime(d + ' ' + t, '%Y-%m-%d %H:%M').replace(tzinfo=timezone(off), second=random.randint(0, 59))

def this_weekday(today, wd): return today + timedelta((wd - today.weekday()) % 7)
def next_weekday(today, wd): return today + timedelta(7 - today.weekday() + wd)
def end_of_month(today): return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
def by_the(today, day):
    if today.day <= day: return today.replace(day=day)
    y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return date(y, m, day)

def resolve(today, rule):
    k = rule[0]
    if k == 'tom': return today + timedelta(1)
    if k == 'yest': return today - timedelta(1)
    if k == 'plus': return today + timedelta(rule[1])
    if k == 'minus': return today - timedelta(rule[1])
    if k == 'this': return this_weekday(today, rule[1])
    if k == 'next': return next_weekday(today, rule[1])
    if k == 'last':  # most recent past weekday (strictly before today)
        d = today - timedelta(1)
        while d.weekday() != rule[1]: d -= timedelta(1)
        return d
    if k == 'eom': return end_of_month(today)
    if k == 'by': return by_the(today, rule[1])
    if k == 'week': return this_weekday(today, 4)
    if k == 'eomn':  # end of named month (same year or next)
        m = rule[1]; y = today.year if m >= today.month else today.year + 1
        return date(y, m, calendar.monthrange(y, m)[1])
    if k == 'abs': return date.fromisoformat(rule[1])
    if k == 'kw':  # ISO week number -> Friday
        return date.fromisocalendar(today.year, rule[1], 5)
    raise ValueError(rule)

# ---------------- assembly ----------------
import os
random.seed(298)
HERE = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(HERE, 'specs.py'), encoding='utf-8').read())
RINV = {'INV-5489': ['INV-5489']}
ALT = {('A', 'en-US'), ('B', 'nl'), ('H', 'en-US'), ('E', 'fr'), ('K', 'ar-JO')}
FIELDS = ['intent', 'promised_date', 'promised_amount', 'currency', 'paid_date', 'payment_reference',
          'dispute_reason', 'new_contact_email', 'return_date', 'invoice_numbers']

def money(cur, x):
    return f"{cur} {x:,.2f}"

def reminder(sp, case, rdt, rinv):
    name, dom, vcur, sym = VENDORS[sp['vend']]
    vcur = sp.get('vcur', vcur)
    lines, total = [], 0
    for i, n in enumerate(rinv):
        if sp.get('amt') and sp.get('cur') == vcur and len(rinv) == 1:
            a = float(sp['amt'])
        else:
            a = round(random.uniform(300, 9000), 2) * (1000 if vcur in ('NGN', 'XOF', 'JPY', 'HUF', 'ARS') else 1)
        total += a
        due = rdt.date() - timedelta(days=random.randint(8, 40))
        lines.append(f"  {n}   {due.isoformat()}   {money(vcur, a)}")
    txt = ("Hello,\n\nOur records show the following invoice(s) are past due:\n\n  Invoice    Due date     Amount\n"
           + "\n".join(lines) + f"\n\nTotal overdue: {money(vcur, total)}\n\n"
           "If you have already paid, please reply with the payment date and reference so we can\n"
           "match it. If something on the invoice looks wrong, reply and tell us.\n\n"
           f"{name}\nAccounts Receivable\n")
    subj = ("Payment reminder: invoice %s overdue" % rinv[0]) if len(rinv) == 1 else \
           ("Payment reminder: invoices %s overdue" % ", ".join(rinv))
    return txt, subj, name, dom

def quote(sp, txt, rdt, name, addr):
    loc = sp['loc']; style = sp.get('qstyle') or random.choice(['gmail', 'outlook', 'apple', 'native'])
    q = "\n".join(("> " + l) if l else ">" for l in txt.splitlines())
    ds = rdt.strftime('%a, %d %b %Y at %H:%M')
    if style == 'outlook':
        return (f"\n\n________________________________\nFrom: {name} <{addr}>\nSent: {rdt.strftime('%A, %B %d, %Y %I:%M %p')}\n"
                f"To: {sp['frm']}\nSubject: {sp['_subj']}\n\n" + txt)
    heads = {'de': f"Am {rdt.strftime('%d.%m.%Y')} um {rdt.strftime('%H:%M')} schrieb {name} <{addr}>:",
             'fr': f"Le {rdt.strftime('%d/%m/%Y')} à {rdt.strftime('%H:%M')}, {name} <{addr}> a écrit :",
             'es': f"El {rdt.strftime('%d/%m/%Y')} a las {rdt.strftime('%H:%M')}, {name} <{addr}> escribió:",
             'pt': f"Em {rdt.strftime('%d/%m/%Y')} {rdt.strftime('%H:%M')}, {name} <{addr}> escreveu:"}
    h = heads.get(loc[:2]) if style == 'native' else None
    h = h or f"On {ds}, {name} <{addr}> wrote:"
    return "\n\n" + h + "\n\n" + q

def encode_check(body, cs):
    try:
        body.encode(cs); return cs
    except UnicodeEncodeError as e:
        raise SystemExit(f"charset {cs} cannot encode: {e}")

emails, labels, rules = [], [], []
for n, sp in enumerate(S):
    dt = parse_dt(sp['dt']); today = dt.date()
    case = f"E{7000 + n * 7}"
    rdt = (dt - timedelta(days=random.randint(2, 9))).replace(hour=9, minute=0, second=0)
    rinv = RINV.get(sp['inv'][0], sp['inv'])
    rtxt, rsubj, vname, vdom = reminder(sp, case, rdt, rinv)
    vaddr = f"collections+{case}@ar.{vdom}"
    rmid = f"<{case}.r1.{rdt.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}@ar.{vdom}>"
    kind = sp.get('kind', 'plain')
    if (sp['key'], sp['loc']) in ALT: kind = 'alt'
    sp['_subj'] = rsubj
    cust_dom = sp['frm'].split('@')[-1].rstrip('>')
    mid = f"<{random.getrandbits(64):016x}.{random.randint(1000,9999)}@{cust_dom}>"
    body = sp['body'].replace('{case}', case)
    if kind in ('report', 'qmail'):
        rcpt = sp['rcpt']
        orig_h = (f"From: {vname} <{vaddr}>\nTo: {rcpt}\nSubject: {rsubj}\nDate: {format_datetime(rdt)}\n"
                  f"Message-ID: {rmid}\n")
        if kind == 'qmail':
            eml = (f"Return-Path: <>\nDate: {dt.strftime('%d %b %Y %H:%M:%S')} -0000\nFrom: {sp['frm']}\nTo: {vaddr}\n"
                   f"Subject: failure notice\nMessage-ID: {mid}\n\n"
                   "Hi. This is the qmail-send program at mail.fenland-tractor.example.\n"
                   "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                   "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                   f"<{rcpt}>:\n203.0.113.25 does not like recipient.\nRemote host said: 550 5.7.1 Mailbox disabled for this recipient\n"
                   "Giving up on 203.0.113.25.\n\n--- Below this line is a copy of the message.\n\n"
                   + orig_h + "\n" + rtxt)
        else:
            b = f"=_rep_{random.getrandbits(40):010x}"
            ret = (f"Content-Type: message/rfc822\n\n{orig_h}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{rtxt}"
                   if sp.get('full') else f"Content-Type: text/rfc822-headers\n\n{orig_h}")
            eml = (f"Return-Path: <>\nDate: {format_datetime(dt)}\nFrom: {sp['frm']}\nTo: {vaddr}\n"
                   f"Subject: {'Unzustellbar' if sp['loc']=='de' else ('Non remis' if sp['loc']=='fr' else 'Undeliverable')}: {rsubj}\n"
                   f"Message-ID: {mid}\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
                   f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\n\n"
                   f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n\n"
                   f"--{b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.{vdom}\n\n"
                   f"Final-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.1.1\n"
                   f"Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected\n\n"
                   f"--{b}\n{ret}\n--{b}--\n")
    else:
        m = EmailMessage(policy=policy.default)
        m['Date'] = format_datetime(dt)
        m['From'] = sp['frm']
        m['To'] = f"{vname} <{vaddr}>"
        pre = sp['pre']
        m['Subject'] = (pre + ' ' + rsubj) if pre else rsubj
        m['Message-ID'] = mid
        m['In-Reply-To'] = rmid
        m['References'] = rmid
        if kind == 'auto':
            m['Auto-Submitted'] = 'auto-replied'
            if sp.get('auto') == 'exchange':
                m['X-Auto-Response-Suppress'] = 'All'
            elif sp.get('auto') == 'gmail':
                m['X-Autoreply'] = 'yes'; m['Precedence'] = 'bulk'
        else:
            m['X-Mailer'] = random.choice(['Microsoft Outlook 16.0', 'Apple Mail (2.3826)', 'Thunderbird 128.3.0', 'K-9 Mail'])
        full = body
        if kind not in ('auto',) and not sp.get('noquote') and kind != 'html':
            full = body + quote(sp, rtxt, rdt, vname, vaddr)
        cs = sp.get('cs') or 'utf-8'
        encode_check(full, cs)
        if kind == 'html':
            m.set_content(full, subtype='html', charset=cs)
        elif kind == 'alt':
            m.set_content(full, charset=cs)
            html = "<html><body>" + "".join(f"<p>{l}</p>" if l else "<br>" for l in body.splitlines()) + "</body></html>"
            m.add_alternative(html, subtype='html', charset=cs)
        else:
            if cs == 'utf-8' and n % 3 == 0 and any(ord(c) > 127 for c in full):
                m.set_content(full, charset='utf-8', cte='8bit')
            else:
                m.set_content(full, charset=cs)
        eml = m.as_string()
    lab = {f: None for f in FIELDS}
    lab['intent'] = sp['intent']
    lab['invoice_numbers'] = sp['inv']
    for f, k in (('promised_date', 'pd'), ('paid_date', 'paid'), ('return_date', 'ret')):
        if sp.get(k):
            lab[f] = resolve(today, sp[k]).isoformat()
            rules.append({'field': f, 'rule': list(sp[k]), 'phrase': sp['ph_' + k], '_n': n})
    lab['promised_amount'] = sp.get('amt'); lab['currency'] = sp.get('cur')
    lab['payment_reference'] = sp.get('ref'); lab['dispute_reason'] = sp.get('reason')
    lab['new_contact_email'] = sp.get('contact')
    bits = [f"[{sp['key']}, {sp['loc']}] {sp['intent']}", f"kind={kind}", f"charset={sp.get('cs') or 'utf-8'}",
            f"Date {dt.strftime('%a %Y-%m-%d %H:%M %z')} (local day {today.strftime('%A')})"]
    for f, k in (('promised_date', 'pd'), ('paid_date', 'paid'), ('return_date', 'ret')):
        if sp.get(k): bits.append(f"{f}: '{sp['ph_' + k]}' rule {sp[k]} -> {lab[f]}")
    if sp.get('note_extra'): bits.append(sp['note_extra'])
    if sp.get('inj'): bits.append('embedded instruction ignored; label follows the human text')
    lab['note'] = '; '.join(bits)
    if sp.get('inj'): lab['injection'] = True
    emails.append({'eml': eml}); labels.append(lab)

order = list(range(len(S))); random.Random(2981).shuffle(order)
ids = {}
for pos, n in enumerate(order):
    ids[n] = f"ej{pos + 1:02d}"
with open(os.path.join(HERE, 'emails.jsonl'), 'w', encoding='utf-8') as fe, \
     open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fl:
    for n in order:
        fe.write(json.dumps({'id': ids[n], 'eml': emails[n]['eml']}, ensure_ascii=False) + '\n')
        fl.write(json.dumps(dict(id=ids[n], **labels[n]), ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'date_rules.jsonl'), 'w', encoding='utf-8') as fr:
    for r in sorted(rules, key=lambda r: ids[r['_n']]):
        fr.write(json.dumps({'id': ids[r.pop('_n')], **r}, ensure_ascii=False) + '\n')
print(len(S), 'messages')

# ---------------- README ----------------
from collections import Counter
ci = Counter(l['intent'] for l in labels); cl = Counter(sp['loc'] for sp in S)
inj = sum(1 for l in labels if l.get('injection'))
rd = "\n".join(f"| {k} | {v} |" for k, v in sorted(ci.items(), key=lambda x: -x[1]))
ld = ", ".join(f"{k} {v}" for k, v in sorted(cl.items()))
README = f"""# Blind triage set ej (blind298)

Theme: agricultural machinery dealers and spare-parts suppliers (Prairie Iron, Fenland Tractor Parts,
Wimmera Ag Machinery, Kwara Agro-Mech, Agrotec Europa - all made up) dunning farms, cooperatives and
contractors in harvest season (crop not sold yet, PAC/USDA/ARiMR subsidies awaited, offtakers late).
All names, domains (`*.example`) and phones (555) are fictitious. Dates fall in Sep-Oct 2026.

## Files

| file | lines | content |
|---|---|---|
| emails.jsonl | 80 | `{{"id","eml"}}` whole RFC 822 message |
| labels.jsonl | 80 | contract fields + `note` (`[KEY, locale] ...`) + `injection: true` on {inj} items |
| date_rules.jsonl | {len(rules)} | side file for check.py: the phrase and rule behind each date label |
| build.py | | deterministic generator (seed 298, shuffle seed 2981); reads specs.py |
| specs.py | | the 80 hand-written messages and their intended labels |
| check.py | | recomputes dates from each Date header, checks phrases/amounts/refs/emails/invoice numbers occur in the decoded message |

## Counts per intent

| intent | n |
|---|---|
{rd}

Per locale: {ld}.

## Conventions followed
- Contract + sample README: null unless stated; amounts as `1234.50`; currency only with an amount
  (ISO code of the currency written: $->USD in US threads, A$->AUD, N->NGN, FCFA->XOF, kr->SEK/DKK by locale,
  zl->PLN, kc->CZK, Ft->HUF, lei->RON, грн->UAH, TL->TRY, دينار->JOD, 元->CNY, ¥->JPY, R$->BRL, $ in an es-AR thread->ARS).
- "today" = calendar date of the Date header in its own offset (several messages are already the next day in UTC).
- Weekday alone = coming weekday; "next <weekday>" = that weekday of the following Mon-Sun week; past weekday
  ("paid on Friday") = most recent earlier one; "this week" = Friday; "by/on the Nth" = next Nth on or after Date;
  "end of the month" = last day; "in N weeks" = Date + 7N; "dopodomani"/"i forgårs" = +2/-2 days.
- Out-of-office: return_date from the stated back day ("ab dem 5. Oktober wieder", "until/fino a X" = X);
  deputy addresses fill new_contact_email.
- invoice_numbers normalised to INV-NNNN; from the customer text, else subject / quoted reminder.
- Injection items are labelled by what the human text says (the embedded instruction is ignored).

## Deliberately hard
- Time zones: Thu 18:40 -0500 "next Thursday"; Thu 22:47 +0200 "zitra"; Sunday Date with Arabic "الخميس القادم".
- Charsets: iso-8859-1/2/9/15, windows-1250/1251, koi8-r, iso-2022-jp, gb2312; 8bit UTF-8 bodies; RFC 2047 subjects;
  HTML-only (es-ES paid claim), multipart/alternative, multipart/report (one with full message/rfc822), qmail plain bounce.
- Mixed priorities: dispute + promise (en-US, en-NG partial), legal + quality dispute + counsel (it), insolvency with
  administrator address, paid claim + statement request (da), OOO en-GB with plain `Re:` subject and only a deputy.
- Phone-typed (cs no diacritics, es-AR lowercase, pt-BR "me liga"), forwarded chain (de WG:), mixed es/en, fi/en.
- Near misses: "maandag" when the writer will look at it (ack), duplicate naming a second invoice, billing_update
  (PO number supplied) vs dispute missing_po (no order ever placed), vague "a mediados de octubre" (date null).
"""
open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write(README)
