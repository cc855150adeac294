"""Bounce / non-delivery report builders for build.py (deterministic)."""
from email.utils import format_datetime

from lib import TENANT_NAME, enc_header, encode_body, h, mkdt, reminder_eml

RELAY = "mta1.ar.hollis-crane.example"


def _dt(item):
    return mkdt(item["date"], item["tz"])


def postfix_unknown(item, rem):
    dt = _dt(item)
    qid = "4b" + h(item["key"], 9).upper()
    b = f"{qid}.{int(dt.timestamp())}/{RELAY}"
    rcpt = rem["to_addr"]
    dom = rcpt.split("@")[1]
    d = format_datetime(dt) + " (UTC)"
    arr = format_datetime(rem["sent"]) + " (UTC)"
    return f"""Return-Path: <>
Received: by {RELAY} (Postfix)
	id {qid}; {d}
Date: {d}
From: MAILER-DAEMON@{RELAY} (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: {rem['from_addr']}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{b}"
Content-Transfer-Encoding: 8bit
Message-Id: <{dt:%Y%m%d%H%M%S}.{qid}@{RELAY}>

This is a MIME-encapsulated message.

--{b}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host {RELAY}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.{dom}[192.0.2.44] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox
    table (in reply to RCPT TO command)

--{b}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; {RELAY}
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; {rem['from_addr']}
Arrival-Date: {arr}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.{dom}
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table

--{b}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <{rem['from_addr']}>
Received: from app.ar.hollis-crane.example (app.ar.hollis-crane.example [203.0.113.20])
	by {RELAY} (Postfix) with ESMTPS id {qid}
	for <{rcpt}>; {arr}
{reminder_eml(rem)}
--{b}--
"""


def exchange_de_ndr(item, rem):
    dt = _dt(item)
    rcpt = rem["to_addr"]
    user, dom = rcpt.split("@")
    b0 = "_000_" + h(item["key"] + "0", 32) + "_"
    b1 = "_001_" + h(item["key"] + "1", 32) + "_"
    srv = "AM9PR04MB" + h(item["key"], 4).upper()
    sent_local = rem["sent"]
    text = f"""Ihre Nachricht an {rcpt} konnte nicht zugestellt werden.

{user} wurde bei {dom} nicht gefunden.

Erforderliche Aktion
Unbekannte Empfängeradresse

So beheben Sie das Problem
Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht.
- Geben Sie die Adresse des Empfängers erneut ein, und senden Sie die Nachricht erneut.
- Wenden Sie sich auf anderem Weg (z. B. telefonisch) an den Empfänger, um die Adresse zu bestätigen.

Details zur ursprünglichen Nachricht
Erstellungsdatum: {sent_local:%d.%m.%Y %H:%M:%S}
Absenderadresse: {rem['from_addr']}
Empfängeradresse: {rcpt}
Betreff: {rem['subject']}

Fehlerdetails
Fehler: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup
Nachricht abgelehnt von: {srv}.eurprd04.prod.outlook.com
"""
    htmlb = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" + \
        "\n".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n")) + "\n</body></html>\n"
    c1, p1 = encode_body(text, "utf-8", "quoted-printable")
    c2, p2 = encode_body(htmlb, "utf-8", "quoted-printable")
    body_c, body_p = encode_body(rem["body"], "utf-8", "quoted-printable")
    orig = reminder_eml(rem).replace("Content-Transfer-Encoding: 8bit", "Content-Transfer-Encoding: quoted-printable")
    return f"""From: postmaster@{dom}
To: <{rem['from_addr']}>
Date: {format_datetime(dt)}
MIME-Version: 1.0
Message-ID: <{h(item['key'], 8)}-{h(item['key'] + 'a', 4)}-{h(item['key'] + 'b', 4)}-{h(item['key'] + 'c', 12)}@{srv}.eurprd04.prod.outlook.com>
In-Reply-To: {rem['msgid']}
References: {rem['msgid']}
Thread-Topic: {enc_header(rem['subject'])}
Subject: {enc_header('Unzustellbar: ' + rem['subject'])}
Content-Language: de-AT
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Type: multipart/report; report-type="delivery-status"; boundary="{b0}"

--{b0}
Content-Type: multipart/alternative; boundary="{b1}"

--{b1}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: {c1}

{p1}
--{b1}
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: {c2}

{p2}
--{b1}--

--{b0}
Content-Type: message/delivery-status

Reporting-MTA: dns;{srv}.eurprd04.prod.outlook.com
Received-From-MTA: dns;{RELAY}
Arrival-Date: {format_datetime(rem['sent'])}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup

--{b0}
Content-Type: message/rfc822

{orig}
{body_p}
--{b0}--
"""


def gmail_dsn(item, rem):
    dt = _dt(item)
    rcpt = rem["to_addr"]
    b = "000000000000" + h(item["key"], 16)
    d = format_datetime(dt).replace(" -0700", " -0700 (PDT)")
    return f"""MIME-Version: 1.0
Received: by 2002:a05:6a10:8c1a:b0:5e2:1d4f:3a10 with SMTP id x26csp1843027pxk;
        {d}
Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>
To: {rem['from_addr']}
Auto-Submitted: auto-replied
Message-ID: <{h(item['key'] + 'gm', 12)}.{h(item['key'], 6)}@mx.googlemail.example>
Date: {d}
Subject: Delivery Status Notification (Failure)
References: {rem['msgid']}
In-Reply-To: {rem['msgid']}
X-Failed-Recipients: {rcpt}
Content-Type: multipart/report; boundary="{b}"; report-type=delivery-status

--{b}
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.example/mail/?p=NoSuchUser

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.example
Arrival-Date: {format_datetime(rem['sent'])}
X-Original-Message-ID: {rem['msgid']}

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; aspmx.l.google.example. (192.0.2.27, the server for the domain {rcpt.split('@')[1]}.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: {d}

--{b}
Content-Type: text/rfc822-headers

{reminder_eml(rem)}
--{b}--
"""


def exim_full(item, rem):
    dt = _dt(item)
    rcpt = rem["to_addr"]
    dom = rcpt.split("@")[1]
    mid = "1w" + h(item["key"], 4) + "-00" + h(item["key"] + "e", 4) + "-Qx"
    return f"""Return-path: <>
Envelope-to: {rem['from_addr']}
Delivery-date: {format_datetime(dt)}
Received: from mailnull by mx1.{dom} with local (Exim 4.97)
	id {mid}
	for {rem['from_addr']}; {format_datetime(dt)}
X-Failed-Recipients: {rcpt}
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx1.{dom}>
To: {rem['from_addr']}
Content-Type: text/plain; charset=us-ascii
Subject: Mail delivery failed: returning message to sender
Message-Id: <E{mid}@mx1.{dom}>
Date: {format_datetime(dt)}

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <{rem['from_addr']}>
Received: from app.ar.hollis-crane.example ([203.0.113.20])
	by mx1.{dom} with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97)
	(envelope-from <{rem['from_addr']}>)
	id 1w{h(item['key'] + 'q', 4)}-00{h(item['key'] + 'r', 4)}-Ab
	for {rcpt}; {format_datetime(rem['sent'])}
{reminder_eml(rem).replace('8bit', '7bit')}
{rem['body']}"""


def outlook_fr_ndr(item, rem):
    dt = _dt(item)
    rcpt = rem["to_addr"]
    dom = rcpt.split("@")[1]
    b = "_" + h(item["key"] + "fr", 8) + "-" + h(item["key"], 4) + "_"
    srv = "EXCH01." + dom
    text = f"""Impossible de remettre le message aux destinataires suivants :

{rcpt}
La boîte aux lettres du destinataire est introuvable sur le serveur de
messagerie de l'organisation de destination. Vérifiez l'adresse et
renvoyez le message.

Diagnostic pour les administrateurs :

Serveur de génération : {srv}

{rcpt}
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

En-têtes de message d'origine :
"""
    c, p = encode_body(text, "utf-8", "quoted-printable")
    return f"""From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{dom}>
To: <{rem['from_addr']}>
Date: {format_datetime(dt)}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{b}"
Content-Language: fr-FR
Message-ID: <{h(item['key'] + 'm', 8)}-{h(item['key'] + 'n', 4)}@{srv}>
In-Reply-To: {rem['msgid']}
References: {rem['msgid']}
Thread-Topic: {enc_header(rem['subject'])}
Subject: {enc_header('Non remis : ' + rem['subject'])}
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--{b}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: {c}

{p}
--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns;{srv}
Received-From-MTA: dns;{RELAY}
Arrival-Date: {format_datetime(rem['sent'])}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--{b}
Content-Type: text/rfc822-headers

Received: from {RELAY} (203.0.113.20) by {srv} with Microsoft SMTP Server id 15.2.1544.4; {format_datetime(rem['sent'])}
{reminder_eml(rem)}
--{b}--
"""
