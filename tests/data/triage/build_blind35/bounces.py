"""The five delivery_failure items (bounces of our own reminders)."""
from datetime import date, datetime, timedelta, timezone

from lib import (AR_DOMAIN, AR_NAME, Reminder, enc_header, hdr_date, multipart,
                 text_part, text_to_html)


def _utc(y, mo, d, h, mi, s):
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc)


def _rem(case, loc, cur, invoices, company, stage, sent, to, remap):
    invoices = [(remap(a), b, c) for a, b, c in invoices]
    return Reminder(case, loc, cur, invoices, None, company, stage, sent, to)


def _full_original(r):
    return r.headers_block() + "\n\n" + r.body


def build(label, remap):
    out = []

    # F1: Postfix, Spanish customer, user unknown; original headers only --------------
    sent = _utc(2026, 2, 9, 8, 0, 1)
    r = _rem("C6114", "es", "EUR", [("INV-9402", date(2026, 1, 26), "1215.60")],
             "Restaurante Albahaca", 1, sent, "pedidos@restaurantealbahaca.example", remap)
    bdt = sent + timedelta(seconds=3)
    b = "8Rk2Lx0qZbz4n.1770624004/mail.ar.alveo-foods.example"
    notif = ("Content-Type: text/plain; charset=us-ascii\nContent-Description: Notification\n\n"
             "This is the mail system at host mail.ar.alveo-foods.example.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<pedidos@restaurantealbahaca.example>: host\n"
             "    mx.restaurantealbahaca.example[192.0.2.44] said: 550 5.1.1\n"
             "    <pedidos@restaurantealbahaca.example>: Recipient address rejected: User\n"
             "    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    dsn = ("Content-Type: message/delivery-status\nContent-Description: Delivery report\n\n"
           "Reporting-MTA: dns; mail.ar.alveo-foods.example\n"
           "X-Postfix-Queue-ID: 8Rk2Lx0qZbz4n\n"
           f"X-Postfix-Sender: rfc822; {r.addr}\n"
           f"Arrival-Date: {hdr_date(sent)}\n\n"
           "Final-Recipient: rfc822; pedidos@restaurantealbahaca.example\n"
           "Original-Recipient: rfc822;pedidos@restaurantealbahaca.example\n"
           "Action: failed\nStatus: 5.1.1\n"
           "Remote-MTA: dns; mx.restaurantealbahaca.example\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <pedidos@restaurantealbahaca.example>:\n"
           "    Recipient address rejected: User unknown in virtual mailbox table\n")
    hdrs = ("Content-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n\n"
            f"Return-Path: <{r.addr}>\n"
            "Received: from app.ar.alveo-foods.example (app.ar.alveo-foods.example [203.0.113.40])\n"
            "\tby mail.ar.alveo-foods.example (Postfix) with ESMTPS id 8Rk2Lx0qZbz4n\n"
            f"\tfor <pedidos@restaurantealbahaca.example>; {hdr_date(sent)}\n"
            + r.headers_block() + "\n")
    eml = ("Return-Path: <>\n"
           f"Received: by mail.ar.alveo-foods.example (Postfix)\n\tid 8Rk2Lx0qZbz4n; {hdr_date(bdt)}\n"
           f"Date: {hdr_date(bdt)}\n"
           "From: MAILER-DAEMON@mail.ar.alveo-foods.example (Mail Delivery System)\n"
           "Subject: Undelivered Mail Returned to Sender\n"
           f"To: {r.addr}\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
           f"Message-Id: <20260209080004.8Rk2Lx0qZbz4n@mail.ar.alveo-foods.example>\n"
           + multipart("report", b, [notif, dsn, hdrs], preamble="This is a MIME-encapsulated message.",
                       extra="; report-type=delivery-status"))
    out.append(("f01", eml, bdt, label(
        "delivery_failure",
        "[DELIVERY_FAILURE, es] Postfix multipart/report, 5.1.1 user unknown. Invoice number from the returned "
        "(RFC 2047 encoded, Spanish) Subject in the text/rfc822-headers part.",
        [remap("INV-9402")])))

    # F2: Exchange Online NDR in German, full original attached, 2 invoices -------------
    sent = _utc(2026, 3, 5, 8, 0, 0)
    r = _rem("C7021", "de", "EUR", [("INV-9415", date(2026, 2, 13), "1840.00"),
                                    ("INV-9419", date(2026, 2, 20), "962.50")],
             "Bäckerei & Café Hofmann", 2, sent, "rechnungen@baeckerei-hofmann.example", remap)
    bdt = (sent + timedelta(seconds=6)).astimezone(timezone(timedelta(hours=1)))
    b0, b1 = "_000_FR2P281MB1432A0C4D21E99B5_", "_001_FR2P281MB1432A0C4D21E99B5_"
    txt = ("Ihre Nachricht an rechnungen@baeckerei-hofmann.example konnte nicht zugestellt werden.\n\n"
           "rechnungen wurde bei baeckerei-hofmann.example nicht gefunden.\n\n"
           "Aktion erforderlich\nUnbekannte An-Adresse\n\n"
           "So beheben Sie das Problem\nDie Adresse ist möglicherweise falsch geschrieben oder existiert nicht. "
           "Versuchen Sie Folgendes:\n- Geben Sie die E-Mail-Adresse des Empfängers erneut ein, und senden Sie "
           "die Nachricht dann erneut.\n- Wenden Sie sich auf anderem Wege (z. B. telefonisch) an den Empfänger, "
           "um die Adresse zu bestätigen.\n\nDetails zur ursprünglichen Nachricht\n"
           "Erstellungsdatum: 05.03.2026 08:00:00\n"
           f"Absenderadresse: {r.addr}\nEmpfängeradresse: rechnungen@baeckerei-hofmann.example\n"
           f"Betreff: {r.subject}\n\nFehlerdetails\n"
           "Fehler: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient rechnungen@baeckerei-hofmann.example "
           "not found by SMTP address lookup\n"
           "Nachricht abgelehnt von: FR2P281MB1432.DEUP281.PROD.OUTLOOK.COM\n")
    alt = multipart("alternative", b1, [
        text_part(txt, "plain", "quoted-printable", "utf-8"),
        text_part("<html><body>" + text_to_html(txt) + "</body></html>\n", "html", "quoted-printable", "utf-8")])
    dsn = ("Content-Type: message/delivery-status\n\n"
           "Reporting-MTA: dns;FR2P281MB1432.DEUP281.PROD.OUTLOOK.COM\n"
           "Received-From-MTA: dns;a27-33.smtp-out.eu-central-1.amazonses.example\n"
           f"Arrival-Date: {hdr_date(sent)}\n\n"
           "Final-Recipient: rfc822;rechnungen@baeckerei-hofmann.example\nAction: failed\nStatus: 5.1.10\n"
           "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
           "rechnungen@baeckerei-hofmann.example not found by SMTP address lookup\n")
    orig = "Content-Type: message/rfc822\n\n" + _full_original(r)
    eml = ("From: postmaster@baeckerei-hofmann.example\n"
           f"To: <{r.addr}>\nDate: {hdr_date(bdt)}\nMIME-Version: 1.0\n"
           "Message-ID: <a41f09d2-7c3b-4b1e-9e55-3f0d2c6b8e17@FR2P281MB1432.DEUP281.PROD.OUTLOOK.COM>\n"
           f"Thread-Topic: {enc_header(r.subject, 'Thread-Topic')}\n"
           f"Subject: {enc_header('Unzustellbar: ' + r.subject, 'Subject')}\n"
           "Auto-Submitted: auto-replied\nX-MS-Exchange-Message-Is-Ndr: \nContent-Language: de-DE\n"
           + multipart("report", b0, [alt, dsn, orig], extra='; report-type="delivery-status"'))
    out.append(("f02", eml, bdt, label(
        "delivery_failure",
        "[DELIVERY_FAILURE, de] Exchange Online NDR in German ('Unzustellbar:'), full original as message/rfc822. "
        "The Subject names no invoice ('2 Rechnungen'), so both numbers come from the returned reminder. The "
        "returned text asking 'Falls Sie bereits gezahlt haben...' is our own.",
        [remap("INV-9415"), remap("INV-9419")])))

    # F3: Exim, UK customer, plain text with a copy of the message -------------------------
    sent = _utc(2026, 3, 23, 9, 0, 0)
    r = _rem("C6477", "en-GB", "GBP", [("INV-9433", date(2026, 3, 6), "734.80")],
             "Old Mill Bakery", 1, sent, "accounts@oldmillbakery-york.example", remap)
    bdt = sent + timedelta(seconds=2)
    eml = ("Return-path: <>\n"
           "Envelope-to: " + r.addr + "\n"
           f"Delivery-date: {hdr_date(bdt)}\n"
           "Received: from Debian-exim by relay2.ar.alveo-foods.example with local (Exim 4.97)\n"
           "\tid 1w4TQx-000Kp2-3v\n\tfor " + r.addr + "; " + hdr_date(bdt) + "\n"
           "X-Failed-Recipients: accounts@oldmillbakery-york.example\n"
           "Auto-Submitted: auto-replied\n"
           "From: Mail Delivery System <Mailer-Daemon@relay2.ar.alveo-foods.example>\n"
           f"To: {r.addr}\n"
           "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"
           "Subject: Mail delivery failed: returning message to sender\n"
           "Message-Id: <E1w4TQx-000Kp2-3v@relay2.ar.alveo-foods.example>\n"
           f"Date: {hdr_date(bdt)}\n\n"
           "This message was created automatically by mail delivery software.\n\n"
           "A message that you sent could not be delivered to one or more of its\n"
           "recipients. This is a permanent error. The following address(es) failed:\n\n"
           "  accounts@oldmillbakery-york.example\n"
           "    all relevant MX records point to non-existent hosts\n\n"
           "------ This is a copy of the message, including all the headers. ------\n\n"
           f"Return-path: <{r.addr}>\n"
           "Received: from app.ar.alveo-foods.example ([203.0.113.40])\n"
           "\tby relay2.ar.alveo-foods.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
           "\t(Exim 4.97)\n\t(envelope-from <" + r.addr + ">)\n\tid 1w4TQx-000Kp0-1a\n"
           f"\tfor accounts@oldmillbakery-york.example; {hdr_date(sent)}\n"
           + _full_original(r))
    out.append(("f03", eml, bdt, label(
        "delivery_failure",
        "[DELIVERY_FAILURE, en-GB] Exim plain-text bounce (no multipart/report): domain has no valid MX, permanent. "
        "Invoice from the copied original.",
        [remap("INV-9433")])))

    # F4: Sendmail, Italian customer, mailbox full, text/rfc822-headers ----------------------
    sent = _utc(2026, 4, 14, 7, 30, 0)
    r = _rem("C8230", "it", "EUR", [("INV-9447", date(2026, 3, 31), "2204.00")],
             "Osteria del Borgo", 2, sent, "osteriadelborgo@mailbox-isp.example", remap)
    bdt = (sent + timedelta(seconds=9)).astimezone(timezone(timedelta(hours=2)))
    b = "0E9HUq7R012345.1776151809/mx3.mailbox-isp.example"
    notif = ("Content-Type: text/plain; charset=us-ascii\n\n"
             "The original message was received at " + hdr_date(bdt) + "\n"
             "from a27-40.smtp-out.eu-central-1.amazonses.example [198.51.100.77]\n\n"
             "   ----- The following addresses had permanent fatal errors -----\n"
             "<osteriadelborgo@mailbox-isp.example>\n"
             "    (reason: 552 5.2.2 Mailbox full)\n\n"
             "   ----- Transcript of session follows -----\n"
             "... while talking to store.mailbox-isp.example.:\n"
             ">>> DATA\n<<< 552 5.2.2 <osteriadelborgo@mailbox-isp.example>... Mailbox full\n"
             "554 5.0.0 Service unavailable\n")
    dsn = ("Content-Type: message/delivery-status\n\n"
           "Reporting-MTA: dns; mx3.mailbox-isp.example\n"
           "Received-From-MTA: DNS; a27-40.smtp-out.eu-central-1.amazonses.example\n"
           f"Arrival-Date: {hdr_date(bdt)}\n\n"
           "Final-Recipient: RFC822; osteriadelborgo@mailbox-isp.example\n"
           "Action: failed\nStatus: 5.2.2\nRemote-MTA: DNS; store.mailbox-isp.example\n"
           "Diagnostic-Code: SMTP; 552 5.2.2 <osteriadelborgo@mailbox-isp.example>... Mailbox full\n"
           f"Last-Attempt-Date: {hdr_date(bdt)}\n")
    hdrs = "Content-Type: text/rfc822-headers\n\n" + r.headers_block() + "\n"
    eml = ("Return-Path: <>\n"
           f"Date: {hdr_date(bdt)}\n"
           "From: Mail Delivery Subsystem <MAILER-DAEMON@mx3.mailbox-isp.example>\n"
           f"Message-Id: <202604140730.0E9HUq7R012345@mx3.mailbox-isp.example>\n"
           f"To: <{r.addr}>\nMIME-Version: 1.0\n"
           "Subject: Returned mail: see transcript for details\nAuto-Submitted: auto-generated (failure)\n"
           + multipart("report", b, [notif, dsn, hdrs],
                       preamble="This is a MIME-encapsulated message",
                       extra="; report-type=delivery-status"))
    out.append(("f04", eml, bdt, label(
        "delivery_failure",
        "[DELIVERY_FAILURE, it] Sendmail DSN, 552 5.2.2 mailbox full, Action: failed. Invoice from the returned "
        "(Italian) Subject.",
        [remap("INV-9447")])))

    # F5: French Exchange on-premises NDR ('Non remis'), text only + DSN --------------------
    sent = _utc(2026, 2, 20, 8, 0, 0)
    r = _rem("C5562", "fr", "EUR", [("INV-9460", date(2026, 2, 5), "1377.25")],
             "Traiteur Duval", 1, sent, "f.duval@traiteur-duval.example", remap)
    bdt = (sent + timedelta(seconds=14)).astimezone(timezone(timedelta(hours=1)))
    b = "9B7C1E24D0A44F7FA3E1C5D20B6E4A19"
    txt = ("Impossible de remettre le message à ces destinataires ou groupes :\n\n"
           "f.duval@traiteur-duval.example\n"
           "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du "
           "destinataire et essayez de renvoyer le message. Si le problème persiste, contactez votre "
           "support technique.\n\n\n\n\n"
           "Informations de diagnostic pour les administrateurs :\n\n"
           "Serveur de génération : EXCH02.traiteur-duval.local\n\n"
           "f.duval@traiteur-duval.example\n"
           "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n"
           "En-têtes du message d'origine :\n\n" + r.headers_block(ctype=False) + "\n")
    dsn = ("Content-Type: message/delivery-status\n\n"
           "Reporting-MTA: dns;EXCH02.traiteur-duval.local\n"
           "Received-From-MTA: dns;mail.ar.alveo-foods.example\n"
           f"Arrival-Date: {hdr_date(sent)}\n\n"
           "Original-Recipient: rfc822;f.duval@traiteur-duval.example\n"
           "Final-Recipient: rfc822;f.duval@traiteur-duval.example\n"
           "Action: failed\nStatus: 5.1.1\n"
           "X-Display-Name: Fabrice Duval\n")
    eml = ("From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@traiteur-duval.example>\n"
           f"To: <{r.addr}>\nDate: {hdr_date(bdt)}\n"
           "Message-ID: <7d2b0c61-5e0a-4f7b-8a33-16c9e4b0a5d2@EXCH02.traiteur-duval.local>\n"
           f"Subject: {enc_header('Non remis : ' + r.subject, 'Subject')}\n"
           "Content-Language: fr-FR\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
           + multipart("report", b, [text_part(txt, "plain", "quoted-printable", "utf-8"), dsn],
                       extra='; report-type="delivery-status"'))
    out.append(("f05", eml, bdt, label(
        "delivery_failure",
        "[DELIVERY_FAILURE, fr] French Exchange on-premises NDR ('Non remis :'), 5.1.1. The invoice appears in the "
        "encoded Subject and in the original headers quoted in the text.",
        [remap("INV-9460")])))
    return out
