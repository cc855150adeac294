# -*- coding: utf-8 -*-
"""The 4 delivery-failure items (hand-built non-delivery reports)."""
import email.utils

from lib import (dt, encode_body, reminder, reminder_msgid, vendor_addr, vendor_from)

BOUNCES = []


def _orig(v, case, inv, cur, lang, greet, sent, rcpt):
    subj, body = reminder(v, case, [inv], cur, lang, greet, sent)
    hdrs = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n") % (
                vendor_from(v, case), rcpt, subj, email.utils.format_datetime(sent),
                reminder_msgid(v, case, sent))
    return subj, hdrs, body


def _from_header_subject(subj):
    from email.header import Header
    try:
        subj.encode("ascii")
        return subj
    except UnicodeEncodeError:
        return Header(subj, "utf-8", maxlinelen=76, header_name="Subject").encode()


# F01: Postfix, Portuguese customer, 5.1.1 user unknown
def f01(it):
    v, case = "H", "H3397"
    sent = dt(2026, 3, 2, 9, 0, 58, 0)
    rcpt = "contabilidade@ferragens-minho.example"
    subj, hdrs, _ = _orig(v, case, ("INV-4405", "2026-02-13", 1320.00), "EUR", "pt", "Contabilidade", sent, rcpt)
    b = "4fQk7M2xZ1z9R.1772442072/mail.ar.halvorsen-supply.example"
    return ("Return-Path: <>\n"
            "Received: by mail.ar.halvorsen-supply.example (Postfix)\n"
            "\tid 4fQk7M2xZ1z9R; Mon,  2 Mar 2026 09:01:12 +0000 (UTC)\n"
            "Date: Mon,  2 Mar 2026 09:01:12 +0000 (UTC)\n"
            "From: MAILER-DAEMON@mail.ar.halvorsen-supply.example (Mail Delivery System)\n"
            "Subject: Undelivered Mail Returned to Sender\n"
            "To: %s\n"
            "Auto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status;\n"
            "\tboundary=\"%s\"\n"
            "Content-Transfer-Encoding: 8bit\n"
            "Message-Id: <20260302090112.4fQk7M2xZ1z9R@mail.ar.halvorsen-supply.example>\n"
            "\n"
            "This is a MIME-encapsulated message.\n"
            "\n"
            "--%s\n"
            "Content-Description: Notification\n"
            "Content-Type: text/plain; charset=us-ascii\n"
            "\n"
            "This is the mail system at host mail.ar.halvorsen-supply.example.\n"
            "\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n"
            "\n"
            "For further assistance, please send mail to postmaster.\n"
            "\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n"
            "\n"
            "                   The mail system\n"
            "\n"
            "<%s>: host mx.ferragens-minho.example[192.0.2.44] said:\n"
            "    550 5.1.1 <%s>: Recipient address rejected:\n"
            "    utilizador desconhecido / user unknown (in reply to RCPT TO command)\n"
            "\n"
            "--%s\n"
            "Content-Description: Delivery report\n"
            "Content-Type: message/delivery-status\n"
            "\n"
            "Reporting-MTA: dns; mail.ar.halvorsen-supply.example\n"
            "X-Postfix-Queue-ID: 4fQk7M2xZ1z9R\n"
            "X-Postfix-Sender: rfc822; %s\n"
            "Arrival-Date: Mon,  2 Mar 2026 09:00:58 +0000 (UTC)\n"
            "\n"
            "Final-Recipient: rfc822; %s\n"
            "Original-Recipient: rfc822;%s\n"
            "Action: failed\n"
            "Status: 5.1.1\n"
            "Remote-MTA: dns; mx.ferragens-minho.example\n"
            "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected:\n"
            "    utilizador desconhecido / user unknown\n"
            "\n"
            "--%s\n"
            "Content-Description: Undelivered Message Headers\n"
            "Content-Type: text/rfc822-headers\n"
            "\n"
            "Return-Path: <%s>\n"
            "Received: from app.ar.halvorsen-supply.example (app.ar.halvorsen-supply.example [203.0.113.21])\n"
            "\tby mail.ar.halvorsen-supply.example (Postfix) with ESMTPS id 4fQk7M2xZ1z9R\n"
            "\tfor <%s>; Mon,  2 Mar 2026 09:00:58 +0000 (UTC)\n"
            "%s"
            "\n"
            "--%s--\n") % (
                vendor_addr(v, case), b, b, rcpt, rcpt, b, vendor_addr(v, case), rcpt, rcpt, rcpt, b,
                vendor_addr(v, case), rcpt,
                hdrs.replace("Subject: " + subj, "Subject: " + _from_header_subject(subj)), b)


BOUNCES.append(dict(
    key="F01", lang="pt-PT", raw=f01,
    label=dict(intent="delivery_failure", inv=["INV-4405"]),
    note="Postfix multipart/report, 5.1.1 user unknown; only the returned headers are attached. "
         "Invoice number from the returned (RFC 2047 encoded) Subject."))


# F02: Exchange Online NDR in French, whole original attached as message/rfc822
def f02(it):
    v, case = "L", "L5234"
    sent = dt(2026, 3, 10, 9, 59, 51, 0)
    rcpt = "compta@brasserie-ardennes.example"
    subj, hdrs, body = _orig(v, case, ("INV-7735", "2026-02-26", 2680.00), "EUR", "fr", "Comptabilité",
                             sent, rcpt)
    b1 = "_000_b6c2e0f4a1d84e7c9f3a5d2b8e6c1f07_"
    b2 = "_001_b6c2e0f4a1d84e7c9f3a5d2b8e6c1f07_"
    txt = ("Votre message à %s n'a pas pu être remis.\n\n"
           "compta est introuvable sur brasserie-ardennes.example.\n\n"
           "Action requise\nAdresse du destinataire inconnue\n\n"
           "Comment résoudre le problème\n"
           "L'adresse est peut-être mal orthographiée ou n'existe pas. Essayez une ou plusieurs des\n"
           "actions suivantes :\n"
           "- Retapez l'adresse du destinataire, puis renvoyez le message.\n"
           "- Contactez le destinataire par un autre moyen (par téléphone, par exemple) pour\n"
           "  confirmer l'adresse.\n\n"
           "Détails du message d'origine\n"
           "Date de création : 10/03/2026 09:59:51\n"
           "Adresse de l'expéditeur : %s\n"
           "Adresse du destinataire : %s\n"
           "Objet : %s\n\n"
           "Détails de l'erreur\n"
           "Erreur : 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP\n"
           "address lookup\n"
           "Message rejeté par : AM9PR02MB7715.eurprd02.prod.outlook.com\n") % (
               rcpt, vendor_addr(v, case), rcpt, subj, rcpt)
    html = "<html><body>\n" + "".join("<p>%s</p>\n" % p.replace("\n", "<br>\n") for p in txt.split("\n\n")) + "</body></html>\n"
    return ("From: postmaster@brasserie-ardennes.example\n"
            "To: <%s>\n"
            "Date: Tue, 10 Mar 2026 10:00:44 +0000\n"
            "MIME-Version: 1.0\n"
            "Message-ID: <b6c2e0f4-a1d8-4e7c-9f3a-5d2b8e6c1f07@AM9PR02MB7715.eurprd02.prod.outlook.com>\n"
            "In-Reply-To: %s\n"
            "References: %s\n"
            "Thread-Topic: %s\n"
            "Subject: %s\n"
            "Auto-Submitted: auto-replied\n"
            "X-MS-Exchange-Message-Is-Ndr: \n"
            "Content-Language: fr-BE\n"
            "Content-Type: multipart/report; report-type=\"delivery-status\"; boundary=\"%s\"\n"
            "\n"
            "--%s\n"
            "Content-Type: multipart/alternative; boundary=\"%s\"\n"
            "\n"
            "--%s\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: quoted-printable\n"
            "\n"
            "%s\n"
            "--%s\n"
            "Content-Type: text/html; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: quoted-printable\n"
            "\n"
            "%s\n"
            "--%s--\n"
            "\n"
            "--%s\n"
            "Content-Type: message/delivery-status\n"
            "\n"
            "Reporting-MTA: dns;AM9PR02MB7715.eurprd02.prod.outlook.com\n"
            "Received-From-MTA: dns;app.ar.lumetra.example\n"
            "Arrival-Date: Tue, 10 Mar 2026 09:59:51 +0000\n"
            "\n"
            "Final-Recipient: rfc822;%s\n"
            "Action: failed\n"
            "Status: 5.1.10\n"
            "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup\n"
            "\n"
            "--%s\n"
            "Content-Type: message/rfc822\n"
            "\n"
            "%s\n"
            "%s\n"
            "--%s--\n") % (
                vendor_addr(v, case), reminder_msgid(v, case, sent), reminder_msgid(v, case, sent),
                _from_header_subject(subj), _from_header_subject("Non remis : " + subj), b1, b1, b2, b2,
                encode_body(txt, "qp", "utf-8").rstrip("\n"), b2, encode_body(html, "qp", "utf-8").rstrip("\n"),
                b2, b1, rcpt, rcpt, b1,
                hdrs.replace("Subject: " + subj, "Subject: " + _from_header_subject(subj)), body, b1)


BOUNCES.append(dict(
    key="F02", lang="fr-BE", raw=f02,
    label=dict(intent="delivery_failure", inv=["INV-7735"]),
    note="Exchange Online NDR in French ('Non remis'), multipart/report with the whole original as "
         "message/rfc822 (8bit). The returned reminder's 'Si vous avez déjà effectué le paiement' is our "
         "own text. It carries In-Reply-To, as Exchange NDRs can."))


# F03: Exim plain-text bounce, Indian customer domain
def f03(it):
    v, case = "H", "H3406"
    sent = dt(2026, 3, 5, 4, 30, 2, 0)
    rcpt = "accounts@shivshakti-forgings.example"
    subj, hdrs, body = _orig(v, case, ("INV-4429", "2026-02-20", 72500.00), "INR", "en", "Accounts Team",
                             sent, rcpt)
    return ("Return-path: <>\n"
            "Envelope-to: %s\n"
            "Delivery-date: Thu, 05 Mar 2026 10:02:33 +0530\n"
            "Received: from mailnull by mx2.shivshakti-forgings.example with local (Exim 4.97.1)\n"
            "\tid 1vXq3R-0007Kd-2m\n"
            "\tfor %s; Thu, 05 Mar 2026 10:02:33 +0530\n"
            "X-Failed-Recipients: %s\n"
            "Auto-Submitted: auto-replied\n"
            "From: Mail Delivery System <Mailer-Daemon@mx2.shivshakti-forgings.example>\n"
            "To: %s\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n"
            "Subject: Mail delivery failed: returning message to sender\n"
            "Message-Id: <E1vXq3R-0007Kd-2m@mx2.shivshakti-forgings.example>\n"
            "Date: Thu, 05 Mar 2026 10:02:33 +0530\n"
            "\n"
            "This message was created automatically by mail delivery software.\n"
            "\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n"
            "\n"
            "  %s\n"
            "    mailbox is full: retry timeout exceeded\n"
            "    (quota exceeded: 2048000K of 2048000K used)\n"
            "\n"
            "------ This is a copy of the message, including all the headers. ------\n"
            "\n"
            "Return-path: <%s>\n"
            "Received: from app.ar.halvorsen-supply.example ([203.0.113.21])\n"
            "\tby mx2.shivshakti-forgings.example with esmtps (TLS1.3) (Exim 4.97.1)\n"
            "\tid 1vXq3P-0007Kb-1x\n"
            "\tfor %s; Thu, 05 Mar 2026 10:00:04 +0530\n"
            "%s\n"
            "%s") % (rcpt, rcpt, rcpt, vendor_addr(v, case), rcpt, vendor_addr(v, case), rcpt, hdrs, body)


BOUNCES.append(dict(
    key="F03", lang="en-IN", raw=f03,
    label=dict(intent="delivery_failure", inv=["INV-4429"]),
    note="Exim 'Mail delivery failed' in plain text (not multipart/report), mailbox over quota, permanent. "
         "Invoice number from the copy of the original. No In-Reply-To."))


# F04: Gmail-style DSN, domain not found, CRLF line endings
def f04(it):
    v, case = "L", "L5244"
    sent = dt(2026, 3, 16, 21, 59, 40, 0)
    rcpt = "accounts@kookaburra-electrical.example"
    subj, hdrs, _ = _orig(v, case, ("INV-7765", "2026-03-02", 1540.00), "AUD", "en", "Accounts", sent, rcpt)
    b = "000000000000a3f1e2064d9c7b01"
    txt = ("\n** Address not found **\n\n"
           "Your message wasn't delivered to %s because the domain\n"
           "kookaburra-electrical.example couldn't be found. Check for typos or unnecessary spaces and\n"
           "try again.\n\n"
           "Learn more at https://support.google.example/mail/answer/6596\n\n"
           "The response was:\n\n"
           "DNS Error: DNS type 'mx' lookup of kookaburra-electrical.example responded with code NXDOMAIN\n"
           "Domain name not found: kookaburra-electrical.example\n") % rcpt
    return ("Return-Path: <>\n"
            "Received: by mail-sor-f41.google.example with SMTP id a1sor2219874pfb.17\n"
            "        for <%s>; Mon, 16 Mar 2026 15:00:02 -0700 (PDT)\n"
            "From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>\n"
            "To: %s\n"
            "Auto-Submitted: auto-replied\n"
            "Subject: Delivery Status Notification (Failure)\n"
            "References: %s\n"
            "In-Reply-To: %s\n"
            "X-Failed-Recipients: %s\n"
            "Message-ID: <67b8e2f1.a70a0220.3c91d.8f3eSMTPIN_ADDED_DNS@mx.google.example>\n"
            "Date: Mon, 16 Mar 2026 15:00:02 -0700 (PDT)\n"
            "MIME-Version: 1.0\n"
            "Content-Type: multipart/report; boundary=\"%s\"; report-type=delivery-status\n"
            "\n"
            "--%s\n"
            "Content-Type: text/plain; charset=\"UTF-8\"\n"
            "\n"
            "%s\n"
            "--%s\n"
            "Content-Type: message/delivery-status\n"
            "\n"
            "Reporting-MTA: dns; googlemail.example\n"
            "Received-From-MTA: dns; app.ar.lumetra.example\n"
            "Arrival-Date: Mon, 16 Mar 2026 14:59:40 -0700 (PDT)\n"
            "\n"
            "Final-Recipient: rfc822; %s\n"
            "Action: failed\n"
            "Status: 5.1.2\n"
            "Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of kookaburra-electrical.example responded with code NXDOMAIN\n"
            "Last-Attempt-Date: Mon, 16 Mar 2026 15:00:02 -0700 (PDT)\n"
            "\n"
            "--%s\n"
            "Content-Type: text/rfc822-headers\n"
            "\n"
            "%s\n"
            "--%s--\n") % (vendor_addr(v, case), vendor_addr(v, case), reminder_msgid(v, case, sent),
                           reminder_msgid(v, case, sent), rcpt, b, b, txt, b, rcpt, b, hdrs, b)


BOUNCES.append(dict(
    key="F04", lang="en-AU", raw=f04, crlf=True,
    label=dict(intent="delivery_failure", inv=["INV-7765"]),
    note="Gmail-style DSN (multipart/report) with CRLF line endings: the recipient's domain does not "
         "exist (NXDOMAIN, 5.1.2). Invoice number from the returned headers; the Date is in -0700 (PDT)."))
