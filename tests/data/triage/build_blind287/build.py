#!/usr/bin/env python3
"""Deterministic builder for held-out triage set blind287 (prefix bq). stdlib only."""
import json, random, hashlib, sys, os, base64, quopri
from datetime import datetime, timezone, timedelta
from email.utils import format_datetime
from email.header import Header
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import rule_apply
import cases1
C = list(cases1.C)
for mod in ('cases2', 'cases3'):
    try:
        C += __import__(mod).C
    except ImportError:
        pass
SEED = 287
HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
PREFIX = {'de': 'AW:', 'de-AT': 'AW:', 'sv': 'SV:', 'da': 'SV:', 'nl': 'RE:', 'fr': 'RE :', 'fr-CA': 'RE :', 'it': 'R:',
          'es-ES': 'RE:', 'es-MX': 'RE:', 'pt-BR': 'RES:', 'pl': 'Odp:', 'cs': 'Re:', 'tr': 'YNT:', 'ru': 'Re:',
          'ja': 'Re:', 'zh-CN': '回复：', 'ar-SA': 'رد:', 'id': 'Balas:', 'vi': 'Re:'}
VENDORS = [('Helioplan Solar Distribution', 'ar.helioplan.example', 'collections'),
           ('Voltbridge Inverters & Storage', 'billing.voltbridge.example', 'ar')]

def hx(s, n=12): return hashlib.sha1(s.encode()).hexdigest()[:n].upper()
def enc(s):
    try: s.encode('ascii'); return s
    except UnicodeEncodeError: return Header(s, 'utf-8').encode()
def addr(name, email): return f"{enc(name)} <{email}>"

def reminder(c, i):
    vname, vdom, box = VENDORS[i % 2]
    case = f"HP{3100 + i * 7}"
    y, m, d, hh, mi, tz = c['dt']
    sent = datetime(y, m, d, 9, 0, tzinfo=timezone.utc) - timedelta(days=4 + i % 5)
    mid = f"<{case}.r1.{sent:%Y%m%dT%H%M%SZ}@{vdom}>"
    to = f"{box}+{case}@{vdom}"
    invs = c['invs']
    if len(invs) == 1:
        subj = c['subj'] or f"Reminder: invoice {invs[0]} is overdue ({c['cur']} {c['ramt']})"
    else:
        subj = c['subj'] or f"Reminder: {len(invs)} invoices overdue ({c['cur']} {c['ramt']})"
    lines = [f"Hello,", "", f"Our records show the following invoice(s) from {vname} are past due:", ""]
    for inv in invs: lines.append(f"  {inv}")
    lines += ["", f"Total overdue: {c['cur']} {c['ramt']}", "",
              "If you have already paid, please reply with the payment date and reference.",
              "If something on the invoice is not right, reply and let us know.", "", f"{vname}", "Accounts Receivable"]
    return dict(vname=vname, vdom=vdom, mid=mid, to=to, subj=subj, text="\n".join(lines), sent=sent, case=case)

def quoted(c, r):
    q = c['quote']
    if q == 'none': return ''
    if q == 'gmail':
        return f"\n\nOn {r['sent']:%a, %b %d, %Y at %H:%M}, {r['vname']} <{r['to']}> wrote:\n" + "\n".join("> " + l if l else ">" for l in r['text'].split("\n"))
    return (f"\n\n________________________________\nFrom: {r['vname']} <{r['to']}>\nSent: {r['sent']:%A, %B %d, %Y %H:%M}\n"
            f"Subject: {r['subj']}\n\n" + r['text'])

def dt_of(c):
    y, m, d, hh, mi, tz = c['dt']
    sign = -1 if tz[0] == '-' else 1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return datetime(y, m, d, hh, mi, (y * d + mi) % 60, tzinfo=timezone(off))

def head(c, r, i, extra=()):
    dt = dt_of(c)
    dom = c['frm'][1].split('@')[1]
    h = [("MIME-Version", "1.0"), ("Date", format_datetime(dt)),
         ("Message-ID", f"<{hx(str(i) + c['body'][:40])}.{i}@{dom}>"),
         ("In-Reply-To", r['mid']), ("References", r['mid']),
         ("Subject", enc(c.get('subj_out') or f"{PREFIX.get(c['loc'], 'Re:')} {r['subj']}")),
         ("From", addr(*c['frm'])), ("To", f"{r['vname']} <{r['to']}>")]
    h += list(extra)
    return h

def html_of(text):
    import html
    return "<html><body>" + "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + "</body></html>"

def build_eml(c, i):
    if c['style'].startswith('raw'):
        return c['raw_fn'](c, i)
    r = reminder(c, i)
    text = c['body'] + quoted(c, r)
    st = c['style']
    extra = list(c.get('headers', []))
    if st == 'plain':
        try:
            text.encode('ascii'); cs, cte = 'us-ascii', '7bit'
        except UnicodeEncodeError:
            cs, cte = 'utf-8', '8bit'
        hdr = head(c, r, i, extra) + [("Content-Type", f'text/plain; charset="{cs}"'), ("Content-Transfer-Encoding", cte)]
        return "\n".join(f"{k}: {v}" for k, v in hdr) + "\n\n" + text + "\n"
    if st in ('qp-latin1', 'b64', 'iso2022jp', 'gb', 'cp1251', 'cp1250', 'cp1256'):
        cs = {'qp-latin1': 'iso-8859-1', 'b64': 'utf-8', 'iso2022jp': 'iso-2022-jp', 'gb': 'gb2312', 'cp1251': 'windows-1251',
              'cp1250': 'windows-1250', 'cp1256': 'windows-1256'}[st]
        if st == 'qp-latin1' and '\u20ac' in text: cs = 'iso-8859-15'
        raw = text.encode(cs)
        if st in ('qp-latin1', 'cp1250'):
            body, cte = quopri.encodestring(raw).decode('ascii'), 'quoted-printable'
        elif st == 'iso2022jp':
            body, cte = raw.decode('ascii'), '7bit'
        else:
            body, cte = base64.encodebytes(raw).decode('ascii'), 'base64'
        hdr = head(c, r, i, extra) + [("Content-Type", f'text/plain; charset="{cs}"'), ("Content-Transfer-Encoding", cte)]
        return "\n".join(f"{k}: {v}" for k, v in hdr) + "\n\n" + body.rstrip("\n") + "\n"
    if st in ('alt', 'html', 'attach'):
        if st == 'alt':
            m = MIMEMultipart('alternative', boundary=f"=_alt_{hx(str(i), 16)}")
            m.attach(MIMEText(text, 'plain', 'utf-8')); m.attach(MIMEText(html_of(text), 'html', 'utf-8'))
        elif st == 'html':
            m = MIMEText(c.get('html') or html_of(text), 'html', 'utf-8')
        else:
            m = MIMEMultipart('mixed', boundary=f"=_mix_{hx(str(i), 16)}")
            m.attach(MIMEText(text, 'plain', 'utf-8'))
            a = MIMEApplication(b"%PDF-1.4\n% synthetic\n", 'pdf'); a.add_header('Content-Disposition', 'attachment', filename=c.get('fname', 'remittance.pdf'))
            m.attach(a)
        for k, v in head(c, r, i, extra): m[k] = v
        return m.as_string()
    raise ValueError(st)

def label(c, i, eml):
    today = dt_of(c).date()
    L = {k: None for k in FIELDS}
    L['intent'] = c['intent']
    L.update(c['f'])
    for fld, rule in c['rules'].items():
        L[fld] = rule_apply(today, rule).isoformat()
    if 'invoice_numbers' not in c['f']:
        L['invoice_numbers'] = list(c['invs'])
    rules = " ".join(f"{k}={v}" for k, v in c['rules'].items())
    L['note'] = f"[{c['key']}, {c['loc']}] " + c['note'] + (f" {{rule {rules}}}" if rules else "")
    if c['inj']: L['injection'] = True
    return L

def main():
    items = []
    for i, c in enumerate(C):
        eml = build_eml(c, i)
        items.append((eml, label(c, i, eml), c))
    rnd = random.Random(SEED)
    rnd.shuffle(items)
    with open(os.path.join(HERE, 'emails.jsonl'), 'w', encoding='utf-8') as fe, open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fl:
        for n, (eml, L, c) in enumerate(items, 1):
            id_ = f"bq{n:02d}"
            fe.write(json.dumps({"id": id_, "eml": eml}, ensure_ascii=False) + "\n")
            fl.write(json.dumps(dict(id=id_, **L), ensure_ascii=False) + "\n")
    write_readme([x[1] for x in items], [x[2] for x in items])
    print(len(items), "items")

def write_readme(labels, cases):
    from collections import Counter
    ci = Counter(l['intent'] for l in labels); cl = Counter(c['loc'] for c in cases)
    cr = Counter(l['dispute_reason'] for l in labels if l['dispute_reason'])
    ninj = sum(1 for l in labels if l.get('injection'))
    nrel = sum(1 for c in cases if c['rules'] and any(not v.startswith('abs') for v in c['rules'].values()))
    t = ["# blind287 - held-out TRIAGE set (prefix `bq`)", "",
         "Theme: rooftop solar installers and inverter/battery distributors (Helioplan Solar Distribution, Voltbridge Inverters & Storage)",
         "chasing commercial and residential-developer customers. Every message replies to, auto-answers or bounces a dunning email",
         "from `collections+HPnnnn@ar.helioplan.example` or `ar+HPnnnn@billing.voltbridge.example`. All names, domains (`*.example`) and",
         "phone numbers (555) are made up.", "",
         "| file | lines | content |", "|---|---|---|",
         f"| `emails.jsonl` | {len(labels)} | `{{id, eml}}` whole RFC 822 message |",
         f"| `labels.jsonl` | {len(labels)} | contract label fields + `note` (`[KEY, locale] ...`, date rule in `{{rule ...}}`), `injection: true` on injection items |",
         "| `build.py`, `cases*.py`, `common.py` | | deterministic generator (seed 287) |", "| `check.py` | | re-verifies labels; exits non-zero on a problem |", "",
         "## Conventions followed", "",
         "- Contract `triage.md` wins over samples. Today = calendar date of the message's own Date header in its own offset.",
         "- weekday / 'this <weekday>' = coming one (today if same day); 'next <weekday>' = that weekday in the following Mon-Sun week;",
         "  end of month = last calendar day; 'in N days/weeks' = Date + N; 'by the Nth' = next Nth on or after Date; 'this week' / KW n = that week's Friday.",
         "- Amounts: two-decimal strings, '.' decimal, no grouping (Indian 4,35,600 -> 435600.00; JPY/IDR/VND also get .00). currency null when amount null.",
         "- promised_amount = amount promised / amount paid (paid_claim) / first instalment or whole extended amount (plan).",
         "- invoice_numbers normalised to INV-NNNN; from customer text, else Subject, else quoted/returned reminder; compare as set.",
         "- new_contact_email filled for any address given as the one to write to (wrong contact, OOO deputy, counsel, administrator).",
         "- Two statements: intent by contract priority, other fields still filled.", "",
         "## Counts per intent", "", "| intent | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(ci.items())] + [
         "", "dispute_reason: " + ", ".join(f"{k} {v}" for k, v in sorted(cr.items())), "",
         f"Injection items: {ninj}. Items with a relative-date rule: {nrel}.", "",
         "## Counts per locale", "", "| locale | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(cl.items())] + [
         "", "## Deliberately hard", "",
         "- Relative dates across time zones (late evening +0100, +0530, +0900, -0600 ...), 'by the 20th' after the 20th, KW numbers,",
         "  'next <weekday>' vs '<weekday>', Date+10 days, end of month in February.",
         "- Non-UTF-8 charsets (ISO-2022-JP, GB2312, windows-1251/1250/1256, ISO-8859-1 QP), HTML-only, multipart/alternative, PDF attachments,",
         "  8bit UTF-8 bodies, RFC 2047 subjects/names; bounces as multipart/report and plain-text MTA output.",
         "- Prompt injections in footers, HTML comments and forwarded text; labels follow the human text.",
         "- Dates that are not payment dates (meetings, job changes), promises without a date, 'after the holidays' away message (return_date null).",
         "- Ask buried after chit-chat, forwarded chains, mixed-language replies."]
    open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write("\n".join(t) + "\n")

if __name__ == '__main__':
    main()
