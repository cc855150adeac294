#!/usr/bin/env python3
"""Blind triage test set 212: marine chandlery / boat-repair yards chasing boat owners,
charter companies, marinas and fishing co-ops.  Deterministic, stdlib only.

Writes emails.jsonl, labels.jsonl, derivations.jsonl (the evidence check.py re-verifies)
and README.md next to this file."""
import base64, calendar, html, json, os, quopri, random
from collections import Counter
from datetime import date, datetime, timedelta
from decimal import Decimal
from email.header import Header
from email.utils import formataddr

SEED = 20226212
OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(SEED)

# ----------------------------------------------------------------- locales / yards
L = {}
def loc(code, **kw):
    L[code] = kw

loc('en-NZ', lang='en', yard='Kōwhai Bay Boatyard Ltd', dom='kowhaibay-boatyard.example', cur='NZD', tz='+1300')
loc('en-ZA', lang='en', yard='False Bay Slipway & Chandlery', dom='falsebay-slipway.example', cur='ZAR', tz='+0200')
loc('en-GB', lang='en', yard='Solent Hard Marine Services', dom='solenthard.example', cur='GBP', tz='+0000')
loc('es-ES', lang='es', yard='Varadero Cala Blava S.L.', dom='varadero-calablava.example', cur='EUR', tz='+0100')
loc('fr-FR', lang='fr', yard='Chantier Naval de la Rance', dom='chantier-rance.example', cur='EUR', tz='+0100')
loc('de-DE', lang='de', yard='Bootswerft Möwenort GmbH', dom='moewenort-werft.example', cur='EUR', tz='+0100')
loc('pt-PT', lang='pt', yard='Estaleiro Ribamar, Lda.', dom='estaleiro-ribamar.example', cur='EUR', tz='+0000')
loc('it-IT', lang='it', yard='Cantiere Nautico Scogliera S.r.l.', dom='cantiere-scogliera.example', cur='EUR', tz='+0100')
loc('nl-NL', lang='nl', yard='Jachtwerf De Zeehond B.V.', dom='jachtwerf-zeehond.example', cur='EUR', tz='+0100')
loc('nb-NO', lang='nb', yard='Skjærgård Båtservice AS', dom='skjaergard-baat.example', cur='NOK', tz='+0100')
loc('hr-HR', lang='hr', yard='Brodoservis Lučica d.o.o.', dom='lucica-servis.example', cur='EUR', tz='+0100')
loc('sl-SI', lang='sl', yard='Navtični servis Piran d.o.o.', dom='piran-navtika.example', cur='EUR', tz='+0100')
loc('sk-SK', lang='sk', yard='Lodný servis Dunaj s.r.o.', dom='lodny-servis-dunaj.example', cur='EUR', tz='+0100')
loc('th-TH', lang='th', yard='Andaman Slipway (Phuket) Co., Ltd.', dom='andaman-slipway.example', cur='THB', tz='+0700')
loc('vi-VN', lang='vi', yard='Xưởng tàu Vịnh Xanh', dom='vinhxanh-boatyard.example', cur='VND', tz='+0700')
loc('id-ID', lang='id', yard='Galangan Kapal Tanjung Benoa', dom='benoa-galangan.example', cur='IDR', tz='+0800')

THOU = {'en': ',', 'th': ',', 'de': '.', 'es': '.', 'it': '.', 'nl': '.', 'pt': '.', 'hr': '.', 'sl': '.',
        'fr': ' ', 'nb': ' ', 'sk': ' ', 'vi': '.', 'id': '.'}

def money(lang, v, cur):
    v = Decimal(v)
    if lang in ('vi', 'id'):
        s = f"{int(v):,}".replace(',', '.')
    else:
        s = f"{v:,.2f}"
        if lang not in ('en', 'th'):
            s = s.replace(',', '#').replace('.', ',').replace('#', THOU[lang])
    if lang in ('en', 'th', 'nb', 'id'):
        return f"{cur} {s}"
    return f"{s} {cur}"

# dunning templates: subj1, subjN, greet, intro, total, outro, sign, wrote(attribution)
DUN = {
 'en': dict(subj1='Overdue reminder: invoice {inv} ({amt})', subjN='Overdue reminder: {n} invoices outstanding ({amt})',
            greet='Hello {first},', intro='Our records show the following for {org} is still unpaid:',
            total='Total outstanding: {amt}',
            outro="If you have already paid, please reply with the payment date and reference so we can\nallocate it. If something on the invoice is not right, just tell us.",
            sign='Kind regards,\n\nAccounts team\n{yard}', wrote='On {d:%d/%m/%Y} at 09:00, {yard} Accounts <{addr}> wrote:'),
 'es': dict(subj1='Recordatorio: factura {inv} vencida ({amt})', subjN='Recordatorio: {n} facturas vencidas ({amt})',
            greet='Estimado/a {first}:', intro='Según nuestros registros, sigue pendiente de pago lo siguiente de {org}:',
            total='Total pendiente: {amt}',
            outro='Si ya ha realizado el pago, responda indicando la fecha y la referencia para poder\nconciliarlo. Si algo de la factura no es correcto, díganoslo.',
            sign='Un saludo,\n\nAdministración\n{yard}', wrote='El {d:%d/%m/%Y} a las 9:00, {yard} Administración (<{addr}>) escribió:'),
 'fr': dict(subj1='Relance : facture {inv} échue ({amt})', subjN='Relance : {n} factures échues ({amt})',
            greet='Bonjour {first},', intro='Sauf erreur de notre part, les montants suivants de {org} restent impayés :',
            total='Total dû : {amt}',
            outro='Si le règlement a déjà été effectué, merci de nous indiquer la date et la référence\ndu virement. Si un élément de la facture vous semble inexact, dites-le-nous.',
            sign='Cordialement,\n\nService comptabilité\n{yard}', wrote='Le {d:%d/%m/%Y} à 09:00, {yard} Comptabilité <{addr}> a écrit :'),
 'de': dict(subj1='Zahlungserinnerung: Rechnung {inv} überfällig ({amt})', subjN='Zahlungserinnerung: {n} Rechnungen überfällig ({amt})',
            greet='Guten Tag {first},', intro='laut unserer Buchhaltung ist für {org} noch Folgendes offen:',
            total='Offen gesamt: {amt}',
            outro='Falls Sie bereits bezahlt haben, teilen Sie uns bitte Zahlungsdatum und Referenz mit.\nSollte an der Rechnung etwas nicht stimmen, geben Sie uns bitte Bescheid.',
            sign='Mit freundlichen Grüßen\n\nBuchhaltung\n{yard}', wrote='Am {d:%d.%m.%Y} um 09:00 schrieb {yard} Buchhaltung <{addr}>:'),
 'pt': dict(subj1='Lembrete: fatura {inv} em atraso ({amt})', subjN='Lembrete: {n} faturas em atraso ({amt})',
            greet='Caro(a) {first},', intro='De acordo com os nossos registos, continua por liquidar o seguinte de {org}:',
            total='Total em dívida: {amt}',
            outro='Se já efetuou o pagamento, responda com a data e a referência para podermos\nconciliá-lo. Se algo na fatura não estiver correto, informe-nos.',
            sign='Com os melhores cumprimentos,\n\nContabilidade\n{yard}', wrote='{yard} Contabilidade <{addr}> escreveu em {d:%d/%m/%Y} às 09:00:'),
 'it': dict(subj1='Sollecito: fattura {inv} scaduta ({amt})', subjN='Sollecito: {n} fatture scadute ({amt})',
            greet='Gentile {first},', intro='dai nostri registri risulta ancora aperto quanto segue per {org}:',
            total='Totale scaduto: {amt}',
            outro='Se ha già effettuato il pagamento, ci risponda indicando data e riferimento del\nbonifico. Se qualcosa in fattura non è corretto, ce lo segnali.',
            sign='Cordiali saluti,\n\nAmministrazione\n{yard}', wrote='Il giorno {d:%d/%m/%Y} alle ore 09:00 {yard} Amministrazione <{addr}> ha scritto:'),
 'nl': dict(subj1='Herinnering: factuur {inv} vervallen ({amt})', subjN='Herinnering: {n} facturen vervallen ({amt})',
            greet='Beste {first},', intro='Volgens onze administratie staat voor {org} nog het volgende open:',
            total='Totaal openstaand: {amt}',
            outro='Heeft u al betaald? Laat ons dan de betaaldatum en het kenmerk weten. Klopt er iets\nniet aan de factuur, laat het ons gerust weten.',
            sign='Met vriendelijke groet,\n\nAdministratie\n{yard}', wrote='Op {d:%d-%m-%Y} om 09:00 schreef {yard} Administratie <{addr}>:'),
 'nb': dict(subj1='Påminnelse: faktura {inv} er forfalt ({amt})', subjN='Påminnelse: {n} fakturaer er forfalt ({amt})',
            greet='Hei {first},', intro='Ifølge regnskapet vårt er følgende for {org} fortsatt ubetalt:',
            total='Totalt utestående: {amt}',
            outro='Hvis dere allerede har betalt, svar gjerne med betalingsdato og referanse slik at vi\nkan føre innbetalingen. Er noe feil på fakturaen, gi oss beskjed.',
            sign='Vennlig hilsen\n\nRegnskap\n{yard}', wrote='{d:%d.%m.%Y} kl. 09:00 skrev {yard} Regnskap <{addr}>:'),
 'hr': dict(subj1='Podsjetnik: dospjeli račun {inv} ({amt})', subjN='Podsjetnik: {n} dospjela računa ({amt})',
            greet='Poštovani/a {first},', intro='prema našoj evidenciji za {org} još nije plaćeno sljedeće:',
            total='Ukupno dospjelo: {amt}',
            outro='Ako ste već platili, molimo odgovorite s datumom uplate i pozivom na broj kako bismo\nje mogli povezati. Ako nešto na računu nije u redu, javite nam.',
            sign='Lijep pozdrav,\n\nRačunovodstvo\n{yard}', wrote='{yard} Računovodstvo <{addr}> je napisao/la {d:%d.%m.%Y.} u 09:00:'),
 'sl': dict(subj1='Opomin: zapadli račun {inv} ({amt})', subjN='Opomin: {n} zapadlih računov ({amt})',
            greet='Spoštovani {first},', intro='po naših evidencah za {org} še ni poravnano naslednje:',
            total='Skupaj zapadlo: {amt}',
            outro='Če ste račun že plačali, nam prosimo sporočite datum plačila in sklic, da ga lahko\npovežemo. Če kaj na računu ni pravilno, nam sporočite.',
            sign='Lep pozdrav,\n\nRačunovodstvo\n{yard}', wrote='{yard} Računovodstvo <{addr}> je dne {d:%d.%m.%Y} ob 09:00 napisal/a:'),
 'sk': dict(subj1='Upomienka: faktúra {inv} po splatnosti ({amt})', subjN='Upomienka: {n} faktúry po splatnosti ({amt})',
            greet='Dobrý deň {first},', intro='podľa našej evidencie je za {org} stále neuhradené:',
            total='Spolu po splatnosti: {amt}',
            outro='Ak ste už zaplatili, odpovedzte nám prosím s dátumom platby a referenciou, aby sme ju\nmohli spárovať. Ak niečo na faktúre nesedí, dajte nám vedieť.',
            sign='S pozdravom\n\nÚčtovníctvo\n{yard}', wrote='Dňa {d:%d.%m.%Y} o 9:00 {yard} Účtovníctvo <{addr}> napísal(a):'),
 'th': dict(subj1='แจ้งเตือน: ใบแจ้งหนี้ {inv} เกินกำหนดชำระ ({amt})', subjN='แจ้งเตือน: ใบแจ้งหนี้ {n} ฉบับเกินกำหนดชำระ ({amt})',
            greet='เรียน คุณ{first}', intro='ตามบันทึกของเรา รายการต่อไปนี้ของ {org} ยังไม่ได้รับการชำระ:',
            total='ยอดค้างชำระรวม: {amt}',
            outro='หากท่านชำระเงินแล้ว กรุณาตอบกลับพร้อมวันที่และเลขอ้างอิงการโอน เพื่อให้เราตรวจสอบได้\nหากใบแจ้งหนี้มีข้อผิดพลาด โปรดแจ้งให้เราทราบ',
            sign='ขอแสดงความนับถือ\n\nฝ่ายบัญชี\n{yard}', wrote='เมื่อ {d:%d/%m/%Y} เวลา 09:00 {yard} Accounts <{addr}> เขียนว่า:'),
 'vi': dict(subj1='Nhắc nợ: hóa đơn {inv} đã quá hạn ({amt})', subjN='Nhắc nợ: {n} hóa đơn đã quá hạn ({amt})',
            greet='Kính gửi anh/chị {first},', intro='Theo sổ sách của chúng tôi, các khoản sau của {org} vẫn chưa được thanh toán:',
            total='Tổng số tiền quá hạn: {amt}',
            outro='Nếu quý khách đã thanh toán, vui lòng trả lời kèm ngày chuyển khoản và mã tham chiếu\nđể chúng tôi đối chiếu. Nếu hóa đơn có sai sót, xin báo cho chúng tôi.',
            sign='Trân trọng,\n\nPhòng Kế toán\n{yard}', wrote='Vào {d:%d/%m/%Y} lúc 09:00, {yard} Kế toán <{addr}> đã viết:'),
 'id': dict(subj1='Pengingat: faktur {inv} telah jatuh tempo ({amt})', subjN='Pengingat: {n} faktur telah jatuh tempo ({amt})',
            greet='Yth. Bapak/Ibu {first},', intro='Berdasarkan catatan kami, tagihan berikut atas nama {org} belum dibayar:',
            total='Total terutang: {amt}',
            outro='Jika Anda sudah melakukan pembayaran, mohon balas dengan tanggal dan nomor referensi\ntransfer agar dapat kami cocokkan. Jika ada yang tidak sesuai pada faktur, mohon beri tahu kami.',
            sign='Salam,\n\nBagian Keuangan\n{yard}', wrote='Pada {d:%d/%m/%Y} pukul 09.00 {yard} Keuangan <{addr}> menulis:'),
}
OUTLOOK = {  # From / Sent / To / Subject labels of an Outlook header block
 'en': ('From', 'Sent', 'To', 'Subject'), 'de': ('Von', 'Gesendet', 'An', 'Betreff'),
 'fr': ('De', 'Envoyé', 'À', 'Objet'), 'es': ('De', 'Enviado el', 'Para', 'Asunto'),
 'pt': ('De', 'Enviado', 'Para', 'Assunto'), 'it': ('Da', 'Inviato', 'A', 'Oggetto'),
 'nl': ('Van', 'Verzonden', 'Aan', 'Onderwerp'), 'nb': ('Fra', 'Sendt', 'Til', 'Emne'),
 'hr': ('Šalje', 'Poslano', 'Prima', 'Predmet'), 'sl': ('Od', 'Poslano', 'Za', 'Zadeva'),
 'sk': ('Od', 'Odoslané', 'Komu', 'Predmet'), 'th': ('From', 'Sent', 'To', 'Subject'),
 'vi': ('Từ', 'Đã gửi', 'Đến', 'Chủ đề'), 'id': ('Dari', 'Dikirim', 'Kepada', 'Perihal'),
}

# ----------------------------------------------------------------- date rules
WD = dict(mon=0, tue=1, wed=2, thu=3, fri=4, sat=5, sun=6)

def eom(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])

def add_month(y, m, k=1):
    m2 = m + k
    return y + (m2 - 1) // 12, (m2 - 1) % 12 + 1

def resolve(today, rule, arg):
    if rule == 'plus':
        return today + timedelta(days=arg)
    if rule == 'this_wd':
        return today + timedelta((WD[arg] - today.weekday()) % 7)
    if rule == 'next_wd':
        return today + timedelta(7 - today.weekday() + WD[arg])
    if rule == 'past_wd':      # most recent such weekday strictly before today
        return today - timedelta((today.weekday() - WD[arg]) % 7 or 7)
    if rule == 'eom':
        return eom(today.year, today.month)
    if rule == 'eom_next':
        return eom(*add_month(today.year, today.month))
    if rule == 'eom_named':
        y = today.year if arg >= today.month else today.year + 1
        return eom(y, arg)
    if rule == 'by_the':
        if today.day <= arg:
            return today.replace(day=arg)
        return date(*add_month(today.year, today.month), arg)
    if rule == 'this_week':
        return today + timedelta(4 - today.weekday())
    if rule == 'kw':
        return date.fromisocalendar(today.year, arg, 5)
    if rule == 'first_week':
        y = today.year if arg >= today.month else today.year + 1
        return date(y, arg, 7)
    if rule == 'dm_past':
        d = date(today.year, arg[1], arg[0])
        return d if d <= today else date(today.year - 1, arg[1], arg[0])
    if rule == 'dm_future':
        d = date(today.year, arg[1], arg[0])
        return d if d >= today else date(today.year + 1, arg[1], arg[0])
    if rule == 'explicit':
        return date.fromisoformat(arg)
    raise ValueError(rule)

# ----------------------------------------------------------------- MIME helpers
def enc_hdr(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()

def addr(name, a):
    return formataddr((name, a), charset='utf-8')

def encode_body(text, cs, cte):
    if cte in ('7bit',):
        text.encode('ascii')
        return text if text.endswith('\n') else text + '\n'
    if cte == '8bit':
        assert cs == 'utf-8'
        return text if text.endswith('\n') else text + '\n'
    b = text.encode(cs)
    if cte == 'quoted-printable':
        return quopri.encodestring(b).decode('ascii')
    if cte == 'base64':
        return base64.encodebytes(b).decode('ascii')
    raise ValueError(cte)

def tpart(text, sub='plain', cs='utf-8', cte='8bit', flowed=False):
    ct = f'Content-Type: text/{sub}; charset="{cs}"' + ('; format=flowed' if flowed else '')
    return ([ct, f'Content-Transfer-Encoding: {cte}'], encode_body(text, cs, cte))

def mpart(sub, parts, boundary, preamble='', extra=''):
    body = preamble
    for h, b in parts:
        body += f'\n--{boundary}\n' + '\n'.join(h) + '\n\n' + b
    body += f'\n--{boundary}--\n'
    return ([f'Content-Type: multipart/{sub}; boundary="{boundary}"{extra}'], body)

def attach(ctype, fname, data):
    return ([f'Content-Type: {ctype}; name="{fname}"', f'Content-Disposition: attachment; filename="{fname}"',
             'Content-Transfer-Encoding: base64'], base64.encodebytes(data).decode('ascii'))

def to_html(text):
    out = []
    for para in text.split('\n\n'):
        out.append('<p>' + html.escape(para).replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)

def date_hdr(local, off, weekday=True):
    dt = datetime.strptime(local, '%Y-%m-%d %H:%M:%S')
    s = dt.strftime('%d %b %Y %H:%M:%S') + ' ' + off
    return (dt.strftime('%a, ') + s) if weekday else s

def utc_of(local, off):
    dt = datetime.strptime(local, '%Y-%m-%d %H:%M:%S')
    sign = 1 if off[0] == '+' else -1
    return dt - sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5]))

def hexid(n=16):
    return ''.join(rng.choice('0123456789ABCDEF') for _ in range(n))

# ----------------------------------------------------------------- specs
SPECS = []
KEY = dict(P='promise_to_pay', A='paid_claim', D='dispute', R='document_request', B='billing_update',
           W='wrong_contact', O='out_of_office', L='payment_plan_request', G='legal_or_insolvency',
           F='delivery_failure', K='acknowledgement', X='other')
case_no = [3000]

def E(key, lc, when, who, org, invs, body, **kw):
    """key: intent letter; lc: locale; when: (local datetime, offset); who: (name, email);
    invs: [(number, amount)] of the dunning; body: the customer's own text (signature included)."""
    case_no[0] += rng.randint(3, 17)
    SPECS.append(dict(key=key, lc=lc, when=when, who=who, org=org, invs=invs, body=body,
                      case=f"K{case_no[0]}", **kw))

# quote: gmail | outlook | none ; fmt: plain | html | alt | mixed
# lab: label fields; dates: [(field, rule, arg, phrase)]; amt: (text, style) ; ref ; contact
from specs_a import add_specs_a  # noqa: E402
from specs_b import add_specs_b  # noqa: E402
add_specs_a(E)
add_specs_b(E)

# ----------------------------------------------------------------- rendering
def dunning(s):
    lc = L[s['lc']]; lang = lc['lang']; T = DUN[lang]; cur = lc['cur']
    invs = s['invs']
    total = sum(Decimal(a) for _, a in invs)
    reply_local = datetime.strptime(s['when'][0], '%Y-%m-%d %H:%M:%S')
    dd = (reply_local - timedelta(days=s.get('dun_days', 3))).replace(hour=9, minute=0, second=0)
    if len(invs) == 1:
        subj = T['subj1'].format(inv=invs[0][0], amt=money(lang, total, cur))
    else:
        subj = T['subjN'].format(n=len(invs), amt=money(lang, total, cur))
    acct = f"accounts+{s['case']}@ar.{lc['dom']}"
    rows = []
    for i, (n, a) in enumerate(invs):
        due = (dd - timedelta(days=14 + 9 * i + rng.randint(0, 20))).date()
        rows.append(f"  {n}   {due.isoformat()}   {money(lang, a, cur)}")
    first = s['who'][0].split()[0] if s.get('first') is None else s['first']
    text = '\n'.join([T['greet'].format(first=first), '', T['intro'].format(org=s['org']), '',
                      *rows, '', T['total'].format(amt=money(lang, total, cur)), '',
                      T['outro'], '', T['sign'].format(yard=lc['yard'])])
    doff = lc['tz']
    dutc = utc_of(dd.strftime('%Y-%m-%d %H:%M:%S'), doff)
    mid = f"<{s['case']}.r{s.get('round', 1)}.{dutc:%Y%m%dT%H%M%S}Z@ar.{lc['dom']}>"
    return dict(subject=subj, text=text, date=dd, acct=acct, mid=mid,
                date_hdr=date_hdr(dd.strftime('%Y-%m-%d %H:%M:%S'), doff), yard=lc['yard'])

def quoted(s, d):
    lang = L[s['lc']]['lang']
    style = s.get('quote', 'gmail')
    if style == 'none':
        return ''
    if style == 'gmail':
        att = DUN[lang]['wrote'].format(d=d['date'], yard=d['yard'], addr=d['acct'])
        return '\n\n' + att + '\n\n' + '\n'.join(('> ' + l) if l else '>' for l in d['text'].split('\n'))
    if style == 'outlook':
        f, se, t, su = OUTLOOK[lang]
        return ('\n\n________________________________\n' + f"{f}: {d['yard']} <{d['acct']}>\n"
                + f"{se}: {d['date']:%d.%m.%Y %H:%M}\n{t}: {s['who'][0]} <{s['who'][1]}>\n{su}: {d['subject']}\n\n"
                + d['text'])
    raise ValueError(style)

def render_reply(s, d):
    lc = L[s['lc']]
    local, off = s['when']
    cust_dom = s['who'][1].split('@')[1]
    prefix = s.get('prefix', 'Re:')
    subj = s.get('subject') or f"{prefix} {d['subject']}"
    hdrs = ['MIME-Version: 1.0', 'Date: ' + date_hdr(local, off, s.get('weekday', True)),
            f"Message-ID: <{hexid(12)}.{rng.randint(1000, 9999)}@{s.get('mid_host', 'mail.' + cust_dom)}>"]
    if s.get('threaded', True):
        hdrs += [f"In-Reply-To: {d['mid']}", f"References: {d['mid']}"]
    hdrs += ['Subject: ' + enc_hdr(subj), 'From: ' + addr(*s['who']),
             'To: ' + addr(lc['yard'] + ' Accounts', d['acct'])]
    hdrs += s.get('extra_headers', [])
    text = s['body'].strip('\n') + quoted(s, d) + '\n'
    fmt = s.get('fmt', 'plain'); cs = s.get('cs', 'utf-8'); cte = s.get('cte', '8bit')
    if fmt == 'plain':
        part = tpart(text, 'plain', cs, cte, s.get('flowed', False))
    elif fmt == 'html':
        hb = s.get('html') or ('<html><body>\n' + to_html(s['body'].strip('\n'))
                               + ('\n<blockquote>\n' + to_html(quoted(s, d).strip('\n')) + '\n</blockquote>' if s.get('quote', 'gmail') != 'none' else '')
                               + '\n</body></html>')
        part = tpart(hb, 'html', cs, cte if cte != '8bit' else 'quoted-printable')
    elif fmt == 'alt':
        hb = s.get('html') or ('<html><body>\n' + to_html(text) + '\n</body></html>')
        part = mpart('alternative', [tpart(text, 'plain', cs, cte), tpart(hb, 'html', cs, 'quoted-printable')],
                     f"=_alt_{hexid(20)}")
    elif fmt == 'mixed':
        inner = tpart(text, 'plain', cs, cte)
        part = mpart('mixed', [inner, attach(*s['attachment'])], f"----=_Part_{rng.randint(10**6, 10**7)}_{hexid(8)}",
                     preamble='This is a multi-part message in MIME format.\n')
    else:
        raise ValueError(fmt)
    return '\n'.join(hdrs + part[0]) + '\n\n' + part[1]

def returned_message(s, d, headers_only=False):
    lc = L[s['lc']]
    h = [f"Return-Path: <{d['acct']}>", f"From: {lc['yard']} Accounts <{d['acct']}>".encode('ascii', 'ignore').decode() if False else 'From: ' + addr(lc['yard'] + ' Accounts', d['acct']),
         f"To: {s['who'][1]}", 'Subject: ' + enc_hdr(d['subject']), 'Date: ' + d['date_hdr'],
         f"Message-ID: {d['mid']}", 'MIME-Version: 1.0']
    if headers_only:
        return '\n'.join(h) + '\n'
    return '\n'.join(h + ['Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: base64']) + '\n\n' + \
        base64.encodebytes(d['text'].encode('utf-8')).decode('ascii')

def render(s):
    d = dunning(s)
    if s['key'] == 'F':
        return s['bounce'](s, d, globals()), d
    return render_reply(s, d), d

# ----------------------------------------------------------------- build
def build():
    assert len(SPECS) == 80, len(SPECS)
    order = list(range(80))
    random.Random(SEED).shuffle(order)
    emails, labels, derivs = [], [], []
    for new_i, idx in enumerate(order):
        s = SPECS[idx]
        eid = f"mr{new_i + 1:02d}"
        eml, d = render(s)
        local, off = s['when']
        today = datetime.strptime(local, '%Y-%m-%d %H:%M:%S').date()
        lab = dict(id=eid, intent=KEY[s['key']] if 'intent' not in s else s['intent'],
                   promised_date=None, promised_amount=None, currency=None, paid_date=None,
                   payment_reference=None, dispute_reason=None, new_contact_email=None, return_date=None,
                   invoice_numbers=[])
        for k, v in s.get('lab', {}).items():
            assert k in lab, k
            lab[k] = v
        if 'inv' in s:
            lab['invoice_numbers'] = s['inv']
        else:
            lab['invoice_numbers'] = [n for n, _ in s['invs']]
        dl = []
        for field, rule, arg, phrase in s.get('dates', []):
            lab[field] = resolve(today, rule, arg).isoformat()
            dl.append(dict(field=field, rule=rule, arg=arg, phrase=phrase))
        lab['note'] = f"[{s['key']}, {s['lc']}] " + s['note']
        if s.get('injection'):
            lab['injection'] = True
        emails.append(dict(id=eid, eml=eml))
        labels.append(lab)
        derivs.append(dict(id=eid, dates=dl, amount_text=s.get('amt', [None, None])[0],
                           amount_style=s.get('amt', [None, None])[1], inv_src=s.get('inv_src', 'own'),
                           dunning_message_id=d['mid'], human=s['key'] not in ('O', 'F') and s.get('threaded', True),
                           auto=s['key'] == 'O', locale=s['lc']))
    with open(os.path.join(OUT, 'emails.jsonl'), 'w', encoding='utf-8') as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'derivations.jsonl'), 'w', encoding='utf-8') as f:
        for l in derivs:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    write_readme(labels, derivs)

def write_readme(labels, derivs):
    from readme_text import README
    ci = Counter(l['intent'] for l in labels)
    cl = Counter(d['locale'] for d in derivs)
    cdr = Counter(l['dispute_reason'] for l in labels if l['dispute_reason'])
    nrel = sum(len(d['dates']) for d in derivs)
    rules = Counter(x['rule'] for d in derivs for x in d['dates'])
    t_int = '\n'.join(f"| `{k}` | {ci[k]} |" for k in KEY.values())
    t_loc = '\n'.join(f"| {k} | {cl[k]} |" for k in L)
    t_rules = ', '.join(f"`{k}` {v}" for k, v in sorted(rules.items()))
    inj = [l['id'] for l in labels if l.get('injection')]
    txt = README.format(t_int=t_int, t_loc=t_loc, nrel=nrel, t_rules=t_rules, inj=', '.join(inj),
                        cdr=', '.join(f"`{k}` {v}" for k, v in sorted(cdr.items())))
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(txt)

if __name__ == '__main__':
    import sys
    sys.path.insert(0, OUT)
    build()
    print('wrote 80 emails')
