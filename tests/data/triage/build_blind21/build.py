#!/usr/bin/env python3
"""Deterministic generator for the blind21 triage held-out set.

    python3 build.py        # rewrites emails.jsonl, labels.jsonl (byte for byte)

Stdlib only. Helpers live in lib.py / mime.py, items in items_a.py / items_b.py, bounces below.
"""
import email
import email.policy
import json
import os
import random
import sys
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from lib import Reminder, b64id, hdr, hsh, qp  # noqa: E402
from mime import build_auto, build_reply, html_part, multipart, text_part  # noqa: E402
import items_a  # noqa: E402
import items_b  # noqa: E402,F401

ITEMS = items_a.ITEMS
UTC = timezone.utc


# ================================ bounces ===================================
def rem_for(b, case):
    sent = datetime(*b["sent"], tzinfo=UTC)
    invs = [(n, a, sent.date() - timedelta(days=od)) for n, a, od in b["invs"]]
    return Reminder(case, b["rlang"], invs, b["cur"], sent, b.get("seq", 1), b["greet"], b["company"],
                    None, b["rcpt"])


def bounce_postfix(b, case):
    rem = rem_for(b, case)
    dt = rem.dt + timedelta(seconds=2)
    qid = hsh(b["key"], case, n=11).upper()
    bnd = f"{qid}.{int(dt.timestamp())}/mail.ar.contoso.example"
    d = dt.strftime("%a, %d %b %Y %H:%M:%S +0000 (UTC)")
    notif = f"""This is the mail system at host mail.ar.contoso.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{b['rcpt']}>: Host or domain name not found. Name service error for
    name={b['rcpt'].split('@')[1]} type=MX: Host not found
"""
    status = f"""Reporting-MTA: dns; mail.ar.contoso.example
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; collections+{case}@ar.contoso.example
Arrival-Date: {rem.dt.strftime('%a, %d %b %Y %H:%M:%S +0000 (UTC)')}

Final-Recipient: rfc822; {b['rcpt']}
Original-Recipient: rfc822;{b['rcpt']}
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name={b['rcpt'].split('@')[1]} type=MX: Host not found
"""
    orig = rem.eml().split("\n\n", 1)[0]
    headers_part = (f"Return-Path: <collections+{case}@ar.contoso.example>\n"
                    f"Received: from app.ar.contoso.example (app.ar.contoso.example [203.0.113.10])\n"
                    f"\tby mail.ar.contoso.example (Postfix) with ESMTPS id {qid}\n"
                    f"\tfor <{b['rcpt']}>; {rem.dt.strftime('%a, %d %b %Y %H:%M:%S +0000 (UTC)')}\n" + orig)
    body = (f"This is a MIME-encapsulated message.\n\n--{bnd}\nContent-Description: Notification\n"
            f"Content-Type: text/plain; charset=us-ascii\n\n{notif}\n--{bnd}\n"
            f"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n{status}\n"
            f"--{bnd}\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
            f"{headers_part}\n\n--{bnd}--\n")
    hs = ["Return-Path: <>",
          f"Received: by mail.ar.contoso.example (Postfix)\n\tid {qid}; {d}",
          f"Date: {d}", "From: MAILER-DAEMON@mail.ar.contoso.example (Mail Delivery System)",
          "Subject: Undelivered Mail Returned to Sender", f"To: collections+{case}@ar.contoso.example",
          "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
          f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{bnd}\"",
          "Content-Transfer-Encoding: 8bit",
          f"Message-Id: <{dt.strftime('%Y%m%d%H%M%S')}.{qid}@mail.ar.contoso.example>"]
    return "\n".join(hs) + "\n\n" + body, rem, dt


def bounce_exchange_de(b, case):
    rem = rem_for(b, case)
    dt = rem.dt + timedelta(seconds=3)
    rcpt = b["rcpt"]
    local, dom = rcpt.split("@")
    srv = "FR2P281MB1467.DEUP281.PROD.OUTLOOK.COM"
    created = rem.dt.strftime("%d.%m.%Y %H:%M:%S")
    text = f"""Ihre Nachricht an {rcpt} konnte nicht zugestellt werden.

{local} wurde bei {dom} nicht gefunden.

Erforderliche Aktion
Unbekannte An-Adresse

So beheben Sie das Problem
Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht. Versuchen Sie Folgendes:
- Geben Sie die Adresse des Empfängers erneut ein, und senden Sie die Nachricht dann noch mal.
- Wenn das Problem weiterhin besteht, bestätigen Sie die Adresse auf einem anderen Weg (zum Beispiel telefonisch).

Details zur ursprünglichen Nachricht
Erstellungsdatum: {created}
Absenderadresse: collections+{case}@ar.contoso.example
Empfängeradresse: {rcpt}
Betreff: {rem.subject}

Fehlerdetails
Gemeldeter Fehler: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup
DSN generiert von: {srv}
"""
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" +
         "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in text.strip().split("\n\n")) + "</body></html>\n")
    bnd = "_000_" + hsh(b["key"], case, n=32)
    alt = multipart("alternative", "_001_" + hsh(b["key"], case, n=32), [
        text_part(text, "utf-8", "qp"), html_part(h, "utf-8", "qp")])
    status = f"""Reporting-MTA: dns;{srv}
Received-From-MTA: dns;mail.ar.contoso.example
Arrival-Date: {format_datetime(rem.dt)}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup
"""
    parts = [alt.rstrip("\n"), f"Content-Type: message/delivery-status\n\n{status}",
             f"Content-Type: message/rfc822\n\n{rem.eml()}"]
    mid = hsh(b["key"], "m", n=32)
    hs = [f"From: postmaster@{dom}", f"To: <collections+{case}@ar.contoso.example>",
          f"Date: {format_datetime(dt)}", "MIME-Version: 1.0",
          f"Message-ID: <{mid[:8]}-{mid[8:12]}-{mid[12:16]}-{mid[16:20]}-{mid[20:]}@{srv}>",
          f"In-Reply-To: {rem.msgid}", f"References: {rem.msgid}",
          f"Thread-Topic: {hdr(rem.subject)}", f"Subject: {hdr('Unzustellbar: ' + rem.subject)}",
          "Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:", "Content-Language: de-DE",
          f"Content-Type: multipart/report; report-type=\"delivery-status\";\n\tboundary=\"{bnd}\""]
    body = "\n".join(f"--{bnd}\n{p}\n" for p in parts) + f"--{bnd}--\n"
    return "\n".join(hs) + "\n\n" + body, rem, dt


def bounce_gmail(b, case):
    rem = rem_for(b, case)
    tz = timezone(timedelta(hours=-8))
    dt = (rem.dt + timedelta(seconds=4)).astimezone(tz)
    rcpt = b["rcpt"]
    text = f"""
** Address not found **

Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.example/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.example/mail/?p=NoSuchUser
"""
    h = ("<html>\n<head>\n</head>\n<body>\n<table cellpadding=\"0\" cellspacing=\"0\" class=\"email-wrapper\"><tr><td>"
         f"<h2 style=\"color:#202124\">Address not found</h2><p>Your message wasn't delivered to <a style=\"color:#212121;"
         f"text-decoration:none\"><b>{rcpt}</b></a> because the address couldn't be found, or is unable to receive mail.</p>"
         "<p>LEARN MORE</p><p>The response was:</p><p style=\"font-family:monospace\">The email account that you tried "
         "to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary "
         "spaces.</p></td></tr></table>\n</body>\n</html>\n")
    ob = hsh(b["key"], case, "o", n=28)
    rb = hsh(b["key"], case, "r", n=28)
    ab = hsh(b["key"], case, "a", n=28)
    alt = multipart("alternative", ab, [text_part(text, "UTF-8", "7bit"), html_part(h, "UTF-8", "qp")])
    related = f"Content-Type: multipart/related; boundary=\"{rb}\"\n\n--{rb}\n{alt}\n--{rb}--"
    status = f"""Reporting-MTA: dns; googlemail.example
Received-From-MTA: dns; collections+{case}@ar.contoso.example
Arrival-Date: {format_datetime(rem.dt.astimezone(tz))} (PST)
X-Original-Message-ID: {rem.msgid}

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.example. (198.51.100.27, the server for the domain gmail.example.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: {format_datetime(dt)} (PST)
"""
    orig = rem.eml()
    parts = [related, f"Content-Type: message/delivery-status\n\n{status}", f"Content-Type: message/rfc822\n\n{orig}"]
    body = "\n".join(f"--{ob}\n{p}\n" for p in parts) + f"--{ob}--\n"
    hs = ["Delivered-To: collections+" + case + "@ar.contoso.example",
          "Return-Path: <>", f"Received: by 2002:a05:6a10:{hsh(b['key'], n=4)}:b0:5c1:{hsh(case, n=4)} with SMTP id x12csp{hsh(b['key'], 'r', n=6)};\n        {format_datetime(dt)} (PST)",
          "MIME-Version: 1.0", "From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
          f"To: collections+{case}@ar.contoso.example", "Auto-Submitted: auto-replied",
          f"Message-ID: <{b64id(b['key'] + case, 20)}.{hsh(case, n=6)}.SMTPIN_ADDED_BROKEN@mx.google.example>",
          f"Date: {format_datetime(dt)} (PST)", "Subject: Delivery Status Notification (Failure)",
          f"References: {rem.msgid}", f"In-Reply-To: {rem.msgid}", "X-Failed-Recipients: " + rcpt,
          f"Content-Type: multipart/report; boundary=\"{ob}\"; report-type=delivery-status"]
    return "\n".join(hs) + "\n\n" + body, rem, dt


def bounce_exim(b, case):
    rem = rem_for(b, case)
    dt = rem.dt + timedelta(seconds=6)
    rcpt = b["rcpt"]
    dom = rcpt.split("@")[1]
    eid = f"1v{b64id(b['key'], 4)}-00{hsh(case, n=4)}-Q7"
    body_orig = rem.text()
    orig = (f"Return-path: <collections+{case}@ar.contoso.example>\n"
            f"Received: from app.ar.contoso.example ([203.0.113.10])\n\tby mx2.ar.contoso.example with esmtpsa (Exim 4.97)\n"
            f"\tid {eid}\n\tfor {rcpt}; {format_datetime(rem.dt)}\n"
            f"From: {rem.from_full}\nTo: {rcpt}\nSubject: {hdr(rem.subject)}\nDate: {format_datetime(rem.dt)}\n"
            f"Message-ID: {rem.msgid}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
            f"Content-Transfer-Encoding: 8bit\n\n{body_orig}\n")
    text = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    host mx.{dom} [192.0.2.44]
    SMTP error from remote mail server after RCPT TO:<{rcpt}>:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table

------ This is a copy of the message, including all the headers. ------

{orig}"""
    hs = ["Return-path: <>", f"Envelope-to: collections+{case}@ar.contoso.example",
          f"Delivery-date: {format_datetime(dt)}",
          f"Received: from Debian-exim by mx2.ar.contoso.example with local (Exim 4.97)\n\tid {eid[:-2]}XX\n\tfor collections+{case}@ar.contoso.example; {format_datetime(dt)}",
          f"X-Failed-Recipients: {rcpt}", "Auto-Submitted: auto-replied",
          "From: Mail Delivery System <Mailer-Daemon@mx2.ar.contoso.example>",
          f"To: collections+{case}@ar.contoso.example", "References: " + rem.msgid,
          "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit",
          "Subject: Mail delivery failed: returning message to sender",
          f"Message-Id: <E{eid[:-2]}XX@mx2.ar.contoso.example>", f"Date: {format_datetime(dt)}"]
    return "\n".join(hs) + "\n\n" + text, rem, dt


def bounce_m365_fr(b, case):
    rem = rem_for(b, case)
    dt = rem.dt + timedelta(seconds=9)
    rcpt = b["rcpt"]
    dom = rcpt.split("@")[1]
    srv = "PAXPR07MB8839.eurprd07.prod.outlook.com"
    text = f"""Votre message n'a pas pu être remis à {rcpt}, car le domaine {dom} est introuvable. Vérifiez qu'il n'y a pas de faute de frappe et que le domaine existe, puis renvoyez le message.

Action requise du destinataire
Domaine de destination introuvable

Comment résoudre ce problème
Le message n'a pas pu être remis, car le domaine de l'adresse e-mail du destinataire n'existe pas ou est mal orthographié.
- Vérifiez l'adresse du destinataire, corrigez-la si nécessaire, puis renvoyez le message.
- Si l'adresse est correcte, contactez le destinataire par un autre moyen (par téléphone, par exemple) pour lui signaler le problème.

Détails du message d'origine
Date de création : {rem.dt.strftime('%d/%m/%Y %H:%M:%S')}
Adresse de l'expéditeur : collections+{case}@ar.contoso.example
Adresse du destinataire : {rcpt}
Objet : {rem.subject}

Détails de l'erreur
Erreur signalée : 550 5.4.310 DNS domain {dom} does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName={dom}] [{srv}]
DSN généré par : {srv}
"""
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" +
         "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in text.strip().split("\n\n")) + "</body></html>\n")
    bnd = "_000_" + hsh(b["key"], case, n=30)
    alt = multipart("alternative", "_001_" + hsh(b["key"], case, n=30), [text_part(text, "utf-8", "qp"),
                                                                          html_part(h, "utf-8", "qp")])
    status = f"""Reporting-MTA: dns;{srv}
Received-From-MTA: dns;app.ar.contoso.example
Arrival-Date: {format_datetime(rem.dt)}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.4.310
Diagnostic-Code: smtp;550 5.4.310 DNS domain {dom} does not exist [Message=InfoDomainNonexistent]
"""
    orig_h = rem.eml().split("\n\n", 1)[0]
    parts = [alt.rstrip("\n"), f"Content-Type: message/delivery-status\n\n{status}",
             f"Content-Type: text/rfc822-headers\n\n{orig_h}\n"]
    body = "\n".join(f"--{bnd}\n{p}\n" for p in parts) + f"--{bnd}--\n"
    mid = hsh(b["key"], "m", n=32)
    hs = ["From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ar.contoso.example>",
          f"To: <collections+{case}@ar.contoso.example>", f"Date: {format_datetime(dt)}", "MIME-Version: 1.0",
          f"Message-ID: <{mid[:8]}-{mid[8:12]}-{mid[12:16]}-{mid[16:20]}-{mid[20:]}@{srv}>",
          f"In-Reply-To: {rem.msgid}", f"References: {rem.msgid}",
          "Subject: " + hdr("Non remis : " + rem.subject), "Auto-Submitted: auto-replied",
          "X-MS-Exchange-Message-Is-Ndr:", "Content-Language: fr-FR",
          f"Content-Type: multipart/report; report-type=\"delivery-status\";\n\tboundary=\"{bnd}\""]
    return "\n".join(hs) + "\n\n" + body, rem, dt


def bounce_sendmail(b, case):
    rem = rem_for(b, case)
    tz = timezone(timedelta(hours=-5))
    dt = (rem.dt + timedelta(seconds=12)).astimezone(tz)
    rcpt = b["rcpt"]
    dom = rcpt.split("@")[1]
    qid = "1H" + hsh(b["key"], case, n=10).upper()
    recv = rem.dt.astimezone(tz)
    text = f"""The original message was received at {format_datetime(recv)}
from app.ar.contoso.example [203.0.113.10]

   ----- The following addresses had permanent fatal errors -----
<{rcpt}>
    (reason: 552 5.2.2 <{rcpt}>... Mailbox full)

   ----- Transcript of session follows -----
... while talking to mx.{dom}.:
>>> DATA
<<< 552 5.2.2 <{rcpt}>... Mailbox full
554 5.0.0 Service unavailable
"""
    status = f"""Reporting-MTA: dns; relay.ar.contoso.example
Received-From-MTA: DNS; app.ar.contoso.example
Arrival-Date: {format_datetime(recv)}

Final-Recipient: RFC822; {rcpt}
Action: failed
Status: 5.2.2
Remote-MTA: DNS; mx.{dom}
Diagnostic-Code: SMTP; 552 5.2.2 <{rcpt}>... Mailbox full
Last-Attempt-Date: {format_datetime(dt)}
"""
    bnd = f"{qid}.{int(dt.timestamp())}/relay.ar.contoso.example"
    body = (f"This is a MIME-encapsulated message\n\n--{bnd}\n\n{text}\n--{bnd}\n"
            f"Content-Type: message/delivery-status\n\n{status}\n--{bnd}\nContent-Type: message/rfc822\n\n"
            f"{rem.eml()}\n--{bnd}--\n")
    d = format_datetime(dt) + " (EST)"
    hs = ["Return-Path: <>", f"Received: from localhost (localhost)\n\tby relay.ar.contoso.example (8.17.1/8.17.1) id {qid};\n\t{d}",
          f"Date: {d}", "From: Mail Delivery Subsystem <MAILER-DAEMON@relay.ar.contoso.example>",
          f"Message-Id: <{dt.strftime('%Y%m%d%H%M')}.{qid}@relay.ar.contoso.example>",
          f"To: <collections+{case}@ar.contoso.example>", "MIME-Version: 1.0",
          f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{bnd}\"",
          "Subject: Returned mail: see transcript for details", "Auto-Submitted: auto-generated (failure)"]
    return "\n".join(hs) + "\n\n" + body, rem, dt


BOUNCES = [
    dict(key="F-postfix", builder=bounce_postfix, lang="en", rlang="en", sent=(2026, 11, 10, 15, 0, 5),
         rcpt="ap@copperkettlecafe.example", greet="Accounts Payable", company="Copper Kettle Cafe",
         invs=[("INV-7244", "1379.90", 14)], cur="USD", inv=["INV-7244"],
         note="[BOUNCE, en] Postfix multipart/report: the recipient domain has no MX (5.4.4). Invoice from the returned headers' Subject."),
    dict(key="F-exch-de", builder=bounce_exchange_de, lang="de", rlang="de", sent=(2026, 12, 7, 14, 2, 51),
         rcpt="rechnung@baeckerei-huber.example", greet="Herr Huber", company="Bäckerei Huber",
         invs=[("INV-7437", "1388.20", 19)], cur="EUR", inv=["INV-7437"],
         note="[BOUNCE, de] Exchange Online NDR in German ('Unzustellbar:'), 5.1.10 recipient not found, whole German original returned as message/rfc822 (its 'Sollten Sie bereits gezahlt haben' is our own text)."),
    dict(key="F-gmail", builder=bounce_gmail, lang="en", rlang="en", sent=(2027, 1, 14, 14, 12, 40),
         rcpt="cornerbistro.orders@gmail.example", greet="Corner Bistro team", company="The Corner Bistro",
         invs=[("INV-7557", "702.35", 16)], cur="USD", inv=["INV-7557"],
         note="[BOUNCE, en] Gmail-style 'Delivery Status Notification (Failure)', Address not found (5.1.1); original returned as message/rfc822."),
    dict(key="F-exim", builder=bounce_exim, lang="en", rlang="es", sent=(2027, 2, 2, 10, 15, 0),
         rcpt="cuentas@hostalmarina.example", greet="Hostal Marina", company="Hostal Marina",
         invs=[("INV-7642", "1164.00", 13)], cur="EUR", inv=["INV-7642"],
         note="[BOUNCE, en] Exim plain-text 'Mail delivery failed' with the Spanish original copied inline as 8bit UTF-8; no In-Reply-To, case only in To."),
    dict(key="F-m365-fr", builder=bounce_m365_fr, lang="fr", rlang="fr", sent=(2026, 11, 23, 9, 30, 0),
         rcpt="compta@boulangerie-martin.example", greet="Madame, Monsieur", company="Boulangerie Martin",
         invs=[("INV-7356", "1592.00", 14)], cur="EUR", inv=["INV-7356"],
         note="[BOUNCE, fr] Microsoft 365 NDR in French ('Non remis :'), destination domain does not exist (5.4.310); returned headers only."),
    dict(key="F-sendmail", builder=bounce_sendmail, lang="en", rlang="en", seq=2, sent=(2027, 2, 17, 14, 14, 21),
         rcpt="office@lakesidelodge.example", greet="Accounts", company="Lakeside Lodge",
         invs=[("INV-7660", "2296.00", 38), ("INV-7666", "1812.00", 31)], cur="USD", inv=["INV-7660", "INV-7666"],
         note="[BOUNCE, en] Sendmail 'Returned mail' multipart/report, 552 5.2.2 mailbox full (permanent). The Subject names no invoice; invoice numbers come from the returned original's body."),
]
for bb in BOUNCES:
    bb["intent"] = "delivery_failure"

FIELDS = ["promised_date", "promised_amount", "currency", "paid_date", "payment_reference", "dispute_reason",
          "new_contact_email", "return_date"]


def main():
    allitems = ITEMS + BOUNCES
    keys = [i["key"] for i in allitems]
    assert len(keys) == len(set(keys)) == 80, (len(keys), len(set(keys)))
    order = list(range(len(allitems)))
    random.Random(2126021).shuffle(order)
    emails, labels, table = [], [], []
    for pos, idx in enumerate(order):
        it = allitems[idx]
        case = f"C{6101 + pos}"
        iid = f"b21t{pos + 1:03d}"
        if "builder" in it:
            eml, rem, dt = it["builder"](it, case)
            fields = {}
        elif it.get("auto"):
            eml, rem, dt = build_auto(it, case)
            fields = it["lab"](dt.date())
        else:
            eml, rem, dt = build_reply(it, case)
            fields = it["lab"](dt.date())
        assert rem.dt < dt, (it["key"], rem.dt, dt)
        lab = {"id": iid, "intent": it["intent"]}
        for f in FIELDS:
            v = fields.get(f)
            lab[f] = v.isoformat() if isinstance(v, date) else v
        lab["invoice_numbers"] = it["inv"]
        n = it["note"]
        assert n.startswith("[") and "]" in n
        lab["note"] = f"[{it['key']}, {it.get('lang')}]" + n[n.index("]") + 1:]
        if it.get("injection"):
            lab["injection"] = True
        emails.append({"id": iid, "eml": eml})
        labels.append(lab)
        table.append((iid, case, it["key"], it.get("lang"), it["intent"], dt, lab))
    check(emails, labels, table)
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        for iid, case, key, lang, intent, dt, lab in table:
            ds = {k: lab[k] for k in ("promised_date", "paid_date", "return_date") if lab[k]}
            print(f"{iid} {case} {key:14} {str(lang):6} {intent:21} {dt.strftime('%a %Y-%m-%d %H:%M %z')} {ds}")
    c = Counter(l["intent"] for l in labels)
    print(dict(sorted(c.items())), "injection:", sum(1 for l in labels if l.get("injection")))
    print(Counter(t[3] for t in table))


def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == "message/rfc822":
            pass
    out.append(str(msg.get("Subject", "")))
    return "\n".join(out)


def check(emails, labels, table):
    seen_inv = {}
    for e, l, t in zip(emails, labels, table):
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        assert msg["Date"] is not None, l["id"]
        txt = all_text(msg)
        for part in msg.walk():
            if part.get_content_type() == "message/rfc822":
                txt += "\n" + all_text(part.get_payload(0))
        assert "\ufffd" not in txt, (l["id"], t[2])
        for inv in l["invoice_numbers"]:
            assert inv[4:] in txt, (l["id"], t[2], inv)
            seen_inv.setdefault(inv, t[2])
            assert seen_inv[inv] == t[2], ("invoice reused", inv, t[2], seen_inv[inv])
        assert (l["currency"] is None) == (l["promised_amount"] is None), l
        if l["promised_amount"]:
            assert l["promised_amount"].replace(".", "").isdigit() and l["promised_amount"][-3] == ".", l
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f]:
                d = date.fromisoformat(l[f])
                today = t[5].date()
                if f == "paid_date":
                    assert d <= today, l
                else:
                    assert d >= today, l
        if l["new_contact_email"]:
            assert l["new_contact_email"] in txt, l
        if l["payment_reference"]:
            assert l["payment_reference"] in txt, l
        if l["intent"] != "delivery_failure":
            assert msg["To"] and t[1] in msg["To"], l
        else:
            assert t[1] in e["eml"], l


if __name__ == "__main__":
    main()
