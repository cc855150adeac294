#!/usr/bin/env python3
"""Build the blind TRIAGE set qo01..qo80 (theme: solar / heat-pump installers dunning HOAs, co-ops, small firms).

Deterministic, stdlib only. Writes emails.jsonl, labels.jsonl, evidence.jsonl (checker-only) and README.md.
Item specs live in items_*.py next to this file; message construction helpers in common.py.
"""
import calendar
import json
import os
import random
import sys
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email.utils import format_datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (TENANTS, TPL, OUTLOOK, outlook_sent, gmail_attr, fmt_amount, local_dt, tzobj,
                    enc_hdr, addr, enc_body, leaf, render_part, multipart, text_to_html, html_doc)

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 327
PREFIX = 'qo'
FIELDS = ['intent', 'promised_date', 'promised_amount', 'currency', 'paid_date', 'payment_reference',
          'dispute_reason', 'new_contact_email', 'return_date', 'invoice_numbers']
KEYS = {'A': 'promise_to_pay', 'B': 'paid_claim', 'C': 'dispute', 'D': 'document_request', 'E': 'billing_update',
        'F': 'wrong_contact', 'G': 'out_of_office', 'H': 'payment_plan_request', 'I': 'legal_or_insolvency',
        'J': 'delivery_failure', 'K': 'acknowledgement', 'L': 'other'}

# ---------------------------------------------------------------- date rules (label side)


def eom(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def resolve(rule, today):
    r = rule[0]
    if r == 'plus':
        return today + timedelta(days=rule[1])
    if r == 'this_wd':
        return today + timedelta((rule[1] - today.weekday()) % 7)
    if r == 'next_wd':
        return today + timedelta(7 - today.weekday() + rule[1])
    if r == 'last_wd':  # most recent such weekday strictly before today (past-tense "on Monday")
        d = (today.weekday() - rule[1]) % 7 or 7
        return today - timedelta(days=d)
    if r == 'eom':
        return eom(today.year, today.month)
    if r == 'eom_month':
        y = today.year if rule[1] >= today.month else today.year + 1
        return eom(y, rule[1])
    if r == 'by_day':
        if today.day <= rule[1]:
            return today.replace(day=rule[1])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, rule[1])
    if r == 'next_month_day':
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, rule[1])
    if r == 'iso_week_fri':
        return date.fromisocalendar(today.isocalendar()[0], rule[1], 5)
    if r == 'this_week_fri':
        return today + timedelta(4 - today.weekday())
    if r == 'dm_future':
        d = date(today.year, rule[2], rule[1])
        return d if d >= today else date(today.year + 1, rule[2], rule[1])
    if r == 'dm_past':
        d = date(today.year, rule[2], rule[1])
        return d if d <= today else date(today.year - 1, rule[2], rule[1])
    if r == 'ymd':
        return date(rule[1], rule[2], rule[3])
    raise KeyError(r)


# ---------------------------------------------------------------- reminder (our dunning email)

def reminder(it):
    T = TENANTS[it['tenant']]
    L = TPL[T['tpl']]
    cur, st = T['cur'], T['style']
    n = it.get('rem_n', 1)
    rdt = datetime.strptime(it['rem'], '%Y-%m-%d %H:%M').replace(tzinfo=timezone.utc)
    invs = it['inv']
    total = sum(Decimal(a) for _, _, a in invs)
    A = lambda x: f"{cur} {fmt_amount(x, st)}"
    if len(invs) == 1:
        days = (rdt.date() - date.fromisoformat(invs[0][1])).days
        subj = L['s1'].format(inv='INV-%04d' % invs[0][0], days=days, amt=A(total))
    else:
        subj = L['sn'].format(n=len(invs), amt=A(total))
    case = it['case']
    mid = f"<{case}.r{n}.{rdt:%Y%m%dT%H%M%SZ}@ar.{T['domain']}>"
    prev = None
    if n > 1:
        p = rdt - timedelta(days=14)
        prev = f"<{case}.r1.{p:%Y%m%dT%H%M%SZ}@ar.{T['domain']}>"
    url = f"https://pay.{T['domain']}/{case.lower()}"
    c0, c1, c2 = L['cols']
    rows = [f"  {c0:<10} {c1:<12} {c2}"]
    for num, due, amt in invs:
        rows.append(f"  {'INV-%04d' % num:<10} {due:<12} {A(amt)}")
    body = '\n'.join([
        L['hello'].format(name=it['greet'], cust=it['cust']), '',
        L['intro'].format(cust=it['cust']), '',
        *rows, '',
        L['total'].format(amt=A(total)), '',
        L['pay'].format(url=url), L['paid'], L['query'], '',
        L['bye'], L['team'], T['name'], ''])
    sender = (T['ar'], f"collections+{case}@ar.{T['domain']}")
    return dict(subject=subj, mid=mid, prev=prev, body=body, dt=rdt, sender=sender, total=total)


def reminder_raw(it, rm):
    """The reminder as it left our MTA (for bounces that return it)."""
    to = it['to']
    cte, payload = enc_body(rm['body'], 'utf-8', 'qp')
    hs = [('From', addr(rm['sender'][0], rm['sender'][1])), ('To', addr(to[0], to[1])),
          ('Subject', enc_hdr(rm['subject'])), ('Date', format_datetime(rm['dt'])),
          ('Message-ID', rm['mid']), ('MIME-Version', '1.0'),
          ('Content-Type', 'text/plain; charset="utf-8"'), ('Content-Transfer-Encoding', cte)]
    return hs, payload


# ---------------------------------------------------------------- quoting


def quote_plain(it, rm, local):
    style = it.get('client', 'gmail')
    if style == 'none':
        return ''
    who = f"{rm['sender'][0]} <{rm['sender'][1]}>"
    ql = it.get('ql', 'en')
    if style == 'outlook':
        lab = OUTLOOK[ql.split('-')[0] if ql not in OUTLOOK else ql]
        sep = ':' if ql.split('-')[0] != 'fr' else ' :'
        to = it['to']
        return ('\n\n________________________________\n'
                f"{lab[0]}{sep} {who}\n{lab[1]}{sep} {outlook_sent(local, ql if ql.startswith('en') else ql.split('-')[0])}\n"
                f"{lab[2]}{sep} {to[0]} <{to[1]}>\n{lab[3]}{sep} {rm['subject']}\n\n" + rm['body'])
    if style == 'gmail':
        q = '\n'.join(('> ' + l) if l else '>' for l in rm['body'].rstrip('\n').split('\n'))
        return '\n\n' + gmail_attr(ql, local, who) + '\n\n' + q + '\n'
    if style == 'tbird':
        q = '\n'.join(('> ' + l) if l else '>' for l in rm['body'].rstrip('\n').split('\n'))
        return f"\n\nAm {local:%d.%m.%Y} um {local:%H:%M} schrieb {rm['sender'][0]}:\n" + q + '\n'
    if style == 'apple':
        h = local.hour % 12 or 12
        head = f"On {local.day} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][local.month-1]} {local.year}, at {h}:{local.minute:02d} {'am' if local.hour < 12 else 'pm'}, {who} wrote:"
        q = '\n'.join(('> ' + l) if l else '>' for l in ([head, ''] + rm['body'].rstrip('\n').split('\n')))
        return '\n\nSent from my iPhone\n\n' + q + '\n'
    raise KeyError(style)


def quote_html(it, rm, local):
    import html as H
    style = it.get('client', 'gmail')
    if style == 'none':
        return ''
    who = f"{rm['sender'][0]} <{rm['sender'][1]}>"
    ql = it.get('ql', 'en')
    body_html = text_to_html(rm['body'].rstrip('\n'))
    if style == 'outlook':
        lab = OUTLOOK[ql.split('-')[0] if ql not in OUTLOOK else ql]
        to = it['to']
        sent = outlook_sent(local, ql if ql.startswith('en') else ql.split('-')[0])
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                f'<p><b>{lab[0]}:</b> {H.escape(who)}<br>\n<b>{lab[1]}:</b> {sent}<br>\n'
                f'<b>{lab[2]}:</b> {H.escape(to[0])} &lt;{to[1]}&gt;<br>\n<b>{lab[3]}:</b> {H.escape(rm["subject"])}</p>\n</div>\n'
                + body_html)
    attr = gmail_attr(ql, local, who) if style == 'gmail' else f"Am {local:%d.%m.%Y} um {local:%H:%M} schrieb {rm['sender'][0]}:"
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + H.escape(attr) + '<br></div>\n'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
            + body_html + '\n</blockquote></div>')


# ---------------------------------------------------------------- message ids / headers


def rand_token(rng, n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def reply_msgid(it, rng, local):
    client = it.get('client', 'gmail')
    dom = it['frm'][1].split('@')[1] if it.get('frm') else it['to'][1].split('@')[1]
    if it.get('mua') == 'outlook' or client == 'outlook':
        pr = rand_token(rng, 4) + 'PR' + str(rng.randint(10, 99)) + 'MB' + str(rng.randint(1000, 9999))
        return f"<{pr}{rand_token(rng, 24, '0123456789ABCDEF')}@{pr}.prod.exchangelabs.example>"
    if client == 'gmail':
        return f"<CA{rand_token(rng, 40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+_-')}@mail.gmail.example>"
    return f"<{local.strftime('%Y%m%d%H%M%S')}.{rand_token(rng, 12, '0123456789abcdef')}@{dom}>"


def mua_headers(it, rng, rm):
    client = it.get('mua', it.get('client', 'gmail'))
    if client == 'outlook':
        import base64
        ti = base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()
        return [('Thread-Topic', enc_hdr(rm['subject'], it.get('hcs', 'utf-8'))), ('Thread-Index', ti),
                ('Content-Language', it['loc']), ('X-MS-Has-Attach', 'yes' if it.get('fmt') == 'mixed' else ''),
                ('X-MS-TNEF-Correlator', '')]
    if client == 'tbird':
        return [('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', it['loc'])]
    if client == 'apple':
        return [('X-Mailer', 'iPhone Mail (22E240)')]
    return []


# ---------------------------------------------------------------- message assembly


def build_reply(it):
    rng = random.Random(it['case'] + it['loc'])
    rm = reminder(it)
    it['_rm'] = rm
    local = local_dt(*it['date'])
    rem_local = rm['dt'].astimezone(local.tzinfo)
    cs, cte = it.get('cs', 'utf-8'), it.get('cte', 'qp')
    hcs = it.get('hcs', cs if cs not in ('iso-2022-jp',) else 'iso-2022-jp')
    frm = it.get('frm') or it['to']
    if it.get('subject'):
        subj = it['subject']
    else:
        subj = (it['prefix'] + ' ' if it.get('prefix') else '') + rm['subject']
    refs = rm['mid'] if not rm['prev'] else rm['prev'] + ' ' + rm['mid']
    hs = [('MIME-Version', '1.0'), ('Date', format_datetime(local)), ('Message-ID', reply_msgid(it, rng, local))]
    if it.get('threaded', True):
        hs += [('In-Reply-To', rm['mid']), ('References', refs)]
    hs += [('Subject', enc_hdr(subj, hcs)), ('From', addr(frm[0], frm[1], hcs)),
           ('To', addr(rm['sender'][0], rm['sender'][1], 'utf-8' if hcs in ('iso-2022-jp', 'big5', 'windows-1256') else hcs))]
    if it.get('cc'):
        hs.append(('Cc', it['cc']))
    hs += mua_headers(it, rng, rm) + list(it.get('hdrs', []))
    body = it['body'].strip('\n') + '\n'
    if it.get('plain_extra'):
        body += '\n' + it['plain_extra'].strip('\n') + '\n'
    plain = body + quote_plain(it, rm, rem_local)
    fmt = it.get('fmt', 'plain')
    rtl = it['loc'].startswith('ar')
    html_cs = cs
    if fmt in ('html', 'alt', 'mixed_alt'):
        inner = text_to_html(it['body'].strip('\n'))
        if it.get('html_extra'):
            inner += '\n' + it['html_extra']
        q = quote_html(it, rm, rem_local)
        if q:
            inner += '\n<p>&nbsp;</p>\n' + q
        hdoc = html_doc(inner, html_cs, rtl=rtl, lang=it['loc'])
    if fmt == 'plain':
        ph, payload = leaf('text/plain', cs, cte, plain, it.get('ptype_extra', ()))
        if it.get('flowed'):
            ph[0] = ('Content-Type', f'text/plain; charset="{cs}"; format=flowed')
    elif fmt == 'html':
        ph, payload = leaf('text/html', cs, cte, hdoc)
    elif fmt in ('alt', 'mixed', 'mixed_alt'):
        b1 = it.get('boundary') or ('_000_' + rand_token(rng, 30) + '_')
        tp = leaf('text/plain', cs, cte, plain)
        if fmt == 'mixed':
            inner_part = tp
        else:
            hp = leaf('text/html', cs, cte, hdoc)
            inner_part = multipart('alternative', b1, [tp, hp])
        if fmt == 'alt':
            ph, payload = inner_part
        else:
            import base64
            fname, fbytes = it['attach']
            fbytes = fbytes or fake_pdf(fname)
            att_h = [('Content-Type', f'application/pdf; name="{fname}"'),
                     ('Content-Disposition', f'attachment; filename="{fname}"'),
                     ('Content-Transfer-Encoding', 'base64')]
            att = (att_h, base64.encodebytes(fbytes).decode('ascii'))
            b2 = ('------------' + rand_token(rng, 24)) if it.get('client') == 'tbird' else ('_004_' + rand_token(rng, 30) + '_')
            ph, payload = multipart('mixed', b2, [inner_part, att])
    else:
        raise KeyError(fmt)
    lines = [f'{k}: {v}' if v != '' else f'{k}: ' for k, v in hs + ph]
    eml = '\n'.join(lines) + '\n\n' + payload
    if it.get('crlf'):
        eml = eml.replace('\n', '\r\n')
    return eml


def fake_pdf(title):
    s = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
         "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% " + title + "\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return s.encode('latin-1')


# ---------------------------------------------------------------- labels


def make_label(it, today):
    lab = it['lab']
    out = {k: None for k in FIELDS}
    out['intent'] = KEYS[it['key']]
    ev = {'dates': {}, 'amount': None}
    for k, v in lab.items():
        if k in ('promised_date', 'paid_date', 'return_date'):
            rule, phrase = tuple(v[:-1]), v[-1]
            out[k] = resolve(rule, today).isoformat()
            ev['dates'][k] = {'rule': list(rule), 'phrase': phrase}
        elif k == 'promised_amount':
            val, lit, style = v
            out[k] = val
            ev['amount'] = {'literal': lit, 'style': style}
        elif k == 'invoice_numbers':
            out[k] = ['INV-%04d' % n for n in v]
        elif k in FIELDS:
            out[k] = v
        else:
            raise KeyError(k)
    assert out['intent'] == KEYS[it['key']]
    return out, ev


# ---------------------------------------------------------------- main


def load_items():
    items = []
    for mod in ('items_a', 'items_b', 'items_c', 'items_d'):
        path = os.path.join(HERE, mod + '.py')
        if os.path.exists(path):
            m = __import__(mod)
            items.extend(m.ITEMS)
    return items


def main():
    items = load_items()
    rng = random.Random(SEED)
    order = list(range(len(items)))
    rng.shuffle(order)
    emails, labels, evid = [], [], []
    for pos, idx in enumerate(order):
        it = items[idx]
        iid = f"{PREFIX}{pos+1:02d}"
        it['id'] = iid
        if it.get('kind') == 'bounce':
            import bounces
            rm = reminder(it)
            it['_rm'] = rm
            eml, today = bounces.build(it, rm)
        else:
            eml = build_reply(it)
            today = local_dt(*it['date']).date()
        lab, ev = make_label(it, today)
        rec = {'id': iid}
        rec.update(lab)
        rec['note'] = f"[{it['key']}, {it['loc']}] " + it['note']
        if it.get('inj'):
            rec['injection'] = True
        emails.append({'id': iid, 'eml': eml})
        labels.append(rec)
        T = TENANTS[it['tenant']]
        ev.update({'id': iid, 'key': it['key'], 'loc': it['loc'], 'kind': it.get('kind', 'reply'),
                   'reference': lab['payment_reference'], 'email': lab['new_contact_email'],
                   'cur_style': T['style'], 'cur': T['cur'], 'case': it['case'],
                   'inv_src': it.get('inv_src', 'text'), 'inj': bool(it.get('inj')), 'rem_to': it['to'][1],
                   'rem_total': str(it['_rm']['total']), 'rem_lines': [[n, a] for n, _, a in it['inv']]})
        evid.append(ev)
    for name, rows in (('emails.jsonl', emails), ('labels.jsonl', labels), ('evidence.jsonl', evid)):
        with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    import readme
    readme.write(HERE, items, labels, evid)
    print(f"wrote {len(emails)} items")


if __name__ == '__main__':
    main()
