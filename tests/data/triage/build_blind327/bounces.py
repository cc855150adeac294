# Delivery-failure messages (group J). Each builder returns (eml, today) where today is the bounce's own local date.
import random
from email.utils import format_datetime

from common import local_dt, render_part, enc_hdr, leaf, text_to_html, html_doc, TENANTS


def _raw_original(it, rm):
    import build
    hs, payload = build.reminder_raw(it, rm)
    return '\n'.join(f'{k}: {v}' for k, v in hs) + '\n\n' + payload


def _headers_only(it, rm):
    import build
    hs, _ = build.reminder_raw(it, rm)
    return '\n'.join(f'{k}: {v}' for k, v in hs) + '\n'


def pl_postfix(it, rm):
    T = TENANTS[it['tenant']]
    dt = local_dt(*it['date'])
    rcpt = it['to'][1]
    mx = 'mx1.poczta-nowa.example'
    qid = '4dXk7Q2b9Zz3mP'
    bnd = f"{qid}.{int(dt.timestamp())}/{mx}"
    notif = f"""To jest wiadomość wygenerowana automatycznie przez system pocztowy serwera
{mx}.

Niestety, Twoja wiadomość nie mogła zostać dostarczona do jednego lub więcej
odbiorców. Szczegóły znajdziesz poniżej. Nagłówki oryginalnej wiadomości są
załączone.

                   System pocztowy

<{rcpt}>: skrzynka odbiorcy nie istnieje
    (550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown)
"""
    ds = f"""Reporting-MTA: dns; {mx}
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; {rm['sender'][1]}
Arrival-Date: {format_datetime(rm['dt'].astimezone(dt.tzinfo))}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; mailbox {rcpt.split('@')[0]} does not exist
"""
    p1 = leaf('text/plain', 'utf-8', 'qp', notif, [('Content-Description', 'Notification')])
    parts = [render_part(*p1),
             'Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n' + ds,
             'Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\nContent-Transfer-Encoding: 7bit\n\n' + _headers_only(it, rm)]
    body = 'This is a MIME-encapsulated message.\n\n' + ''.join(f'--{bnd}\n{p.rstrip()}\n\n' for p in parts) + f'--{bnd}--\n'
    hs = [('Return-Path', '<>'),
          ('Received', f"by {mx} (Postfix)\n\tid {qid}; {format_datetime(dt)}"),
          ('Date', format_datetime(dt)),
          ('From', f'MAILER-DAEMON@{mx} (System pocztowy)'),
          ('Subject', enc_hdr('Wiadomość niedostarczona - zwrot do nadawcy')),
          ('To', rm['sender'][1]),
          ('Auto-Submitted', 'auto-replied'),
          ('MIME-Version', '1.0'),
          ('Content-Type', f'multipart/report; report-type=delivery-status;\n\tboundary="{bnd}"'),
          ('Content-Transfer-Encoding', '8bit'),
          ('Message-Id', f'<20260408080003.{qid}@{mx}>')]
    return '\n'.join(f'{k}: {v}' for k, v in hs) + '\n\n' + body, dt.date()


def fr_exchange(it, rm):
    dt = local_dt(*it['date'])
    rcpt = it['to'][1]
    T = TENANTS[it['tenant']]
    rng = random.Random(it['case'])
    b_outer = 'cbd5b7c1-' + ''.join(rng.choice('0123456789abcdef') for _ in range(8)) + '-4f7e-9a3d-5e1f00c6a2b4'
    b_alt = 'alt-' + b_outer
    text = f"""Votre message à {rcpt} n'a pas pu être remis.

{rcpt.split('@')[1]} n'a pas trouvé de destinataire avec cette adresse de
messagerie. Vérifiez l'adresse et renvoyez le message.

Destinataire : {rcpt}

Comment résoudre ce problème
L'adresse de messagerie est peut-être mal orthographiée ou n'existe plus.
Si le problème persiste, contactez l'administrateur de messagerie du
destinataire.

Informations de diagnostic pour les administrateurs :
Serveur générateur : PR3P195MB0712.EURP195.PROD.EXCHANGELABS.EXAMPLE
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
{rcpt} not found by SMTP address lookup'
"""
    html_inner = text_to_html(text.strip())
    p_txt = leaf('text/plain', 'utf-8', 'qp', text)
    p_htm = leaf('text/html', 'utf-8', 'qp', html_doc(html_inner, 'utf-8', lang='fr-FR'))
    alt = (f'Content-Type: multipart/alternative; boundary="{b_alt}"\n\n'
           f'--{b_alt}\n{render_part(*p_txt).rstrip()}\n\n--{b_alt}\n{render_part(*p_htm).rstrip()}\n\n--{b_alt}--\n')
    ds = f"""Reporting-MTA: dns;PR3P195MB0712.EURP195.PROD.EXCHANGELABS.EXAMPLE
Received-From-MTA: dns;PR3P195MB0455.EURP195.PROD.EXCHANGELABS.EXAMPLE
Arrival-Date: {format_datetime(rm['dt'])}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup
"""
    parts = [alt, 'Content-Type: message/delivery-status\n\n' + ds,
             'Content-Type: message/rfc822\n\n' + _raw_original(it, rm)]
    body = ''.join(f'--{b_outer}\n{p.rstrip()}\n\n' for p in parts) + f'--{b_outer}--\n'
    subj = 'Non remis : ' + rm['subject']
    hs = [('From', f"Microsoft Outlook <postmaster@{T['domain']}>"),
          ('To', f"{enc_hdr(rm['sender'][0])} <{rm['sender'][1]}>"),
          ('Date', format_datetime(dt)),
          ('Content-Type', f'multipart/report; report-type=delivery-status;\n\tboundary="{b_outer}"'),
          ('Content-Language', 'fr-FR'),
          ('Message-ID', f"<6b1c3f0e-2a7d-4e55-b0c4-{''.join(rng.choice('0123456789abcdef') for _ in range(12))}@PR3P195MB0712.EURP195.PROD.EXCHANGELABS.EXAMPLE>"),
          ('In-Reply-To', rm['mid']), ('References', rm['mid']),
          ('Thread-Topic', enc_hdr(rm['subject'])),
          ('Subject', enc_hdr(subj)),
          ('Auto-Submitted', 'auto-replied'),
          ('X-MS-Exchange-Message-Is-Ndr', ''),
          ('MIME-Version', '1.0')]
    return '\n'.join(f'{k}: {v}' for k, v in hs) + '\n\n' + body, dt.date()


def sv_qmail(it, rm):
    dt = local_dt(*it['date'])
    rcpt = it['to'][1]
    mx = 'mx.' + rcpt.split('@')[1]
    stamp = dt.strftime('%d %b %Y %H:%M:%S').lstrip('0') + ' -0000'
    body = f"""Hi. This is the qmail-send program at {mx}.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{rcpt}>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <{rm['sender'][1]}>
Received: (qmail 18842 invoked from network); {stamp}
""" + _raw_original(it, rm)
    hs = [('Return-Path', '<>'), ('Date', stamp), ('From', f'MAILER-DAEMON@{mx}'),
          ('To', rm['sender'][1]), ('Subject', 'failure notice'),
          ('Message-ID', f"<{dt:%Y%m%d%H%M%S}.18845.qmail@{mx}>")]
    return '\n'.join(f'{k}: {v}' for k, v in hs) + '\n\n' + body, dt.date()


def es_gmail(it, rm):
    dt = local_dt(*it['date'])
    rcpt = it['to'][1]
    bnd = '000000000000' + 'a5c3e90619f4b2d7'
    text = f"""
** No se ha encontrado la dirección **

Tu mensaje no se ha entregado a {rcpt} porque no se ha encontrado la
dirección o esta no puede recibir correo.

La respuesta del servidor remoto ha sido:
550 5.1.1 The email account that you tried to reach does not exist. Please try
double-checking the recipient's email address for typos or unnecessary spaces.
"""
    p_txt = leaf('text/plain', 'UTF-8', 'qp', text)
    ds = f"""Reporting-MTA: dns; googlemail.example

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.{rcpt.split('@')[1]}. (203.0.113.77, the server for the domain {rcpt.split('@')[1]}.)
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: {format_datetime(dt)}
"""
    parts = [render_part(*p_txt), 'Content-Type: message/delivery-status\n\n' + ds,
             'Content-Type: message/rfc822\n\n' + _raw_original(it, rm)]
    body = ''.join(f'--{bnd}\n{p.rstrip()}\n\n' for p in parts) + f'--{bnd}--\n'
    hs = [('MIME-Version', '1.0'), ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.example>'),
          ('To', rm['sender'][1]), ('Auto-Submitted', 'auto-replied'),
          ('Subject', 'Delivery Status Notification (Failure)'),
          ('References', rm['mid']), ('In-Reply-To', rm['mid']),
          ('X-Failed-Recipients', rcpt),
          ('Message-ID', f"<6a4f10c2.050a0220.2c1f9e.b7d3.GMR@mx.googlemail.example>"),
          ('Date', format_datetime(dt)),
          ('Content-Type', f'multipart/report; boundary="{bnd}"; report-type=delivery-status')]
    eml = '\n'.join(f'{k}: {v}' for k, v in hs) + '\n\n' + body
    return eml.replace('\n', '\r\n'), dt.date()


def pt_exim(it, rm):
    dt = local_dt(*it['date'])
    rcpt = it['to'][1]
    T = TENANTS[it['tenant']]
    host = f"mail.{T['domain']}"
    body = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    host mx.{rcpt.split('@')[1]} [198.51.100.61]
    SMTP error from remote mail server after RCPT TO:<{rcpt}>:
    550 5.2.1 Mailbox disabled, not accepting messages

------ This is a copy of the message, including all the headers. ------

Return-path: <{rm['sender'][1]}>
Received: from app.ar.{T['domain']} ([203.0.113.24])
\tby {host} with esmtpsa (Exim 4.97)
\tid 1w2Zk9-00A3bq-4T; {format_datetime(rm['dt'])}
""" + _raw_original(it, rm)
    hs = [('Return-path', '<>'), ('Envelope-to', rm['sender'][1]), ('Delivery-date', format_datetime(dt)),
          ('Received', f"from Debian-exim by {host} with local (Exim 4.97)\n\tid 1w2ZkB-00A3bt-0P; {format_datetime(dt)}"),
          ('X-Failed-Recipients', rcpt), ('Auto-Submitted', 'auto-replied'),
          ('From', f'Mail Delivery System <Mailer-Daemon@{host}>'), ('To', rm['sender'][1]),
          ('References', rm['mid']), ('Content-Type', 'text/plain; charset=us-ascii'),
          ('Subject', 'Mail delivery failed: returning message to sender'),
          ('Message-Id', f'<E1w2ZkB-00A3bt-0P@{host}>'), ('Date', format_datetime(dt))]
    return '\n'.join(f'{k}: {v}' for k, v in hs) + '\n\n' + body, dt.date()


BUILDERS = {'pl_postfix': pl_postfix, 'fr_exchange': fr_exchange, 'sv_qmail': sv_qmail, 'es_gmail': es_gmail, 'pt_exim': pt_exim}


def build(it, rm):
    return BUILDERS[it['bounce']](it, rm)
