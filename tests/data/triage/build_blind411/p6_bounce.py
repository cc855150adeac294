"""Part 6: delivery_failure (5): Postfix, Exchange Online (Russian), Exim, Gmail, Amazon SES."""
from b_thread import Reminder
from b_common import dt, rfc_date, part, multipart, message, encode_body
from b_item import finish

def orig_headers(r, rcpt):
    return (f"From: {r.sender}\nTo: {rcpt}\nSubject: {r.subject}\n"
            f"Date: {rfc_date(r.sent)}\nMessage-ID: {r.msgid}\nMIME-Version: 1.0\n"
            f'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n')

def items():
    out = []
    # Postfix
    r = Reminder("C4503", "Accounts Payable", "Sharjah Airside Services",
                 [("FRA-20434", "2026-03-05", "11250.00", "Crew stairs refurbishment")], "AED", "2026-03-18 06:00", 1)
    rcpt = "ap@sharjah-airside.example"
    d = dt("2026-03-18 06:00:04", 0)
    rep = ("This is the mail system at host mta2.billing.falconridge.example.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n"
           f"<{rcpt}>: host mx.sharjah-airside.example[203.0.113.44] said: 550 5.1.1\n    <{rcpt}>: Recipient address rejected: "
           "User unknown in virtual mailbox\n    table (in reply to RCPT TO command)\n")
    ds = ("Reporting-MTA: dns; mta2.billing.falconridge.example\nX-Postfix-Queue-ID: 4fQ2Lk1Zz3z9sTq\n"
          f"X-Postfix-Sender: rfc822; {r.email}\nArrival-Date: {rfc_date(dt('2026-03-18 06:00:01', 0))} (UTC)\n\n"
          f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.1.1\n"
          "Remote-MTA: dns; mx.sharjah-airside.example\n"
          f"Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User\n    unknown in virtual mailbox table\n")
    bnd = "4fQ2Lk1Zz3z9sTq.1773813604/mta2.billing.falconridge.example"
    body = multipart("report; report-type=delivery-status", [
        'Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n' + rep,
        'Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n' + ds,
        'Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n' + orig_headers(r, rcpt)],
        bnd, preamble="This is a MIME-encapsulated message.")
    body = body.replace('multipart/report; report-type=delivery-status; boundary', 'multipart/report; report-type=delivery-status;\n\tboundary')
    eml = message([("Return-Path", "<>"), ("Received", "by mta2.billing.falconridge.example (Postfix)\n\tid 4fQ2Lk1Zz3z9sTq; " + rfc_date(d) + " (UTC)"),
                   ("Date", rfc_date(d) + " (UTC)"), ("From", "MAILER-DAEMON@mta2.billing.falconridge.example (Mail Delivery System)"),
                   ("Subject", "Undelivered Mail Returned to Sender"), ("To", r.email), ("Auto-Submitted", "auto-replied"),
                   ("MIME-Version", "1.0"), ("Message-Id", "<20260318060004.4fQ2Lk1Zz3z9sTq@mta2.billing.falconridge.example>")], body)
    out.append(finish("n01", "NDR-POSTFIX", "en-AE", "delivery_failure", "Postfix multipart/report, text/rfc822-headers",
        "Postfix bounce (user unknown). Invoice number from the returned headers' Subject.", d, eml,
        dict(invoice_numbers=["FRA-20434"])))

    # Exchange Online, Russian-localized NDR with the whole original attached
    r = Reminder("C4507", "Татьяна Викторовна", "АО «Аэропорт Волгоград-Сервис»",
                 [("FRA-20435", "2026-03-06", "178000.00", "Ремонт тягача"),
                  ("FRA-20437", "2026-03-09", "54000.00", "Запчасти")], "RUB", "2026-03-19 07:00", 1, lang="ru")
    rcpt = "t.orlova@volgograd-service.example"
    d = dt("2026-03-19 07:00:52", 0)
    txt = (f"Не удалось доставить сообщение следующим получателям или группам:\n\n{rcpt}\n"
           "Почтовый ящик получателя переполнен, и в данный момент он не может принимать сообщения. "
           "Попробуйте отправить сообщение позже или обратитесь к получателю напрямую.\n\n"
           "Диагностическая информация для администраторов:\n\n"
           f"Создающий сервер: DB9PR02MB7431.eurprd02.prod.outlook.com\n\n{rcpt}\n"
           "Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'\n")
    ds = ("Reporting-MTA: dns;DB9PR02MB7431.eurprd02.prod.outlook.com\nReceived-From-MTA: dns;mta2.billing.falconridge.example\n"
          f"Arrival-Date: {rfc_date(dt('2026-03-19 07:00:49', 0))}\n\nFinal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.2.2\n"
          "Diagnostic-Code: smtp;554 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\n")
    orig = orig_headers(r, rcpt) + "\n" + r.text()
    bnd = "_000_DB9PR02MB74318E2C1A55F0B3C9D4E21AA2DB9PR02MB7431eurprd_"
    body = multipart("report; report-type=delivery-status", [
        part(txt, "text/plain", "utf-8", "base64"),
        "Content-Type: message/delivery-status\n\n" + ds,
        "Content-Type: message/rfc822\n\n" + orig], bnd)
    subj = "=?utf-8?b?" + encode_body("Недоставленное сообщение: " + r.subject, "utf-8", "base64").replace("\n", "") + "?="
    eml = message([("From", "postmaster@volgograd-service.example"), ("To", r.email), ("Date", rfc_date(d)),
                   ("MIME-Version", "1.0"), ("Message-ID", "<1f0b8c2e-77aa-4c1d-9e5b-3a0c6d2e9f10@DB9PR02MB7431.eurprd02.prod.outlook.com>"),
                   ("In-Reply-To", r.msgid), ("References", r.msgid), ("Thread-Topic", "=?utf-8?b?" + encode_body(r.subject, "utf-8", "base64").replace("\n", "") + "?="),
                   ("Subject", subj), ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                   ("Content-Language", "ru-RU")], body)
    out.append(finish("n02", "NDR-O365-RU", "ru-RU", "delivery_failure", "Exchange Online NDR, Russian, multipart/report with message/rfc822",
        "Russian-localized Exchange Online NDR (mailbox full). Both invoice numbers from the returned reminder (Subject names none).", d, eml,
        dict(invoice_numbers=["FRA-20435", "FRA-20437"])))

    # Exim plain text
    r = Reminder("C4511", "Accounts", "Quetta Aviation Services",
                 [("FRA-20436", "2026-03-06", "640000.00", "Hydraulic test stand repair")], "PKR", "2026-03-20 05:00", 1)
    rcpt = "accounts@quetta-aviation.example"
    d = dt("2026-03-20 10:00:09", 300)
    txt = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n"
           f"recipients. This is a permanent error. The following address(es) failed:\n\n  {rcpt}\n"
           "    host mail.quetta-aviation.example [198.51.100.61]\n    SMTP error from remote mail server after RCPT TO:<" + rcpt + ">:\n"
           "    550 No Such User Here\n\n------ This is a copy of the message, including all the headers. ------\n\n"
           f"Return-path: <{r.email}>\nReceived: from mta2.billing.falconridge.example ([203.0.113.10])\n\tby cp-pk7.hostpk.example with esmtps (Exim 4.97.1)\n"
           f"\tid 1w3KxP-00A1bc-2Q; {rfc_date(d)}\n" + orig_headers(r, rcpt) + "\n" + r.text())
    eml = message([("Return-path", "<>"), ("Envelope-to", r.email), ("Delivery-date", rfc_date(d)),
                   ("From", "Mail Delivery System <Mailer-Daemon@cp-pk7.hostpk.example>"), ("To", r.email),
                   ("Subject", "Mail delivery failed: returning message to sender"), ("Message-Id", "<E1w3KxP-00A1bc-3R@cp-pk7.hostpk.example>"),
                   ("Date", rfc_date(d)), ("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied")],
                  part(txt, "text/plain", "utf-8", "8bit"))
    out.append(finish("n03", "NDR-EXIM", "en-PK", "delivery_failure", "Exim plain-text bounce with inline copy",
        "Exim bounce on a Pakistani shared host (+0500). The returned copy's Subject gives the invoice.", d, eml,
        dict(invoice_numbers=["FRA-20436"])))

    # Gmail
    r = Reminder("C4515", "Mr. Gupta", "Doon Flying Academy",
                 [("FRA-20439", "2026-03-07", "72500.00", "Trainer seat belts replacement")], "INR", "2026-03-20 04:30", 1)
    rcpt = "accounts.doonflying@gmail.example"
    d = dt("2026-03-19 21:30:11", -420)
    txt = ("** Address not found **\n\nYour message wasn't delivered to " + rcpt + " because the address couldn't be found, "
           "or is unable to receive mail.\n\nLearn more here: https://support.google.example/mail/?p=NoSuchUser\n\n"
           "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking "
           "the recipient's email address for typos or unnecessary spaces. For more information, go to "
           "https://support.google.example/mail/?p=NoSuchUser\n")
    ds = (f"Reporting-MTA: dns; googlemail.example\nArrival-Date: {rfc_date(d)}\n\nFinal-Recipient: rfc822; {rcpt}\n"
          "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n")
    bnd = "000000000000b3f1a2064d8c11e0"
    body = multipart("report; report-type=delivery-status", [
        multipart("related", [part(txt, "text/plain", "UTF-8", "quoted-printable")], "000000000000b3f1a1064d8c11df"),
        "Content-Type: message/delivery-status\n\n" + ds,
        "Content-Type: text/rfc822-headers\n\n" + orig_headers(r, rcpt)], bnd)
    eml = message([("Delivered-To", r.email), ("Return-Path", "<>"), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.example>"),
                   ("To", r.email), ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Failure)"),
                   ("References", r.msgid), ("In-Reply-To", r.msgid), ("X-Failed-Recipients", rcpt),
                   ("Message-ID", "<65fa1c2b.5d0a0220.3c9f1.0a7bSMTPIN_ADDED_MISSING@mx.google.example>"),
                   ("Date", rfc_date(d))], body)
    out.append(finish("n04", "NDR-GMAIL-TZ", "en-IN", "delivery_failure", "Gmail DSN, multipart/report, Date in -0700",
        "Gmail DSN for an Indian customer's address, dated in -0700 (the previous calendar day locally; no date fields anyway). Invoice from the returned headers' Subject.", d, eml,
        dict(invoice_numbers=["FRA-20439"])))

    # Amazon SES, CRLF
    r = Reminder("C4519", "Finance", "Ajman Aero Spares Trading LLC",
                 [("FRA-20440", "2026-03-08", "8100.00", "O-ring kits"),
                  ("FRA-20441", "2026-03-09", "3650.00", "Sealants")], "AED", "2026-03-20 06:00", 1)
    rcpt = "finance@ajman-aerospares.example"
    d = dt("2026-03-20 06:03:41", 0)
    txt = f"An error occurred while trying to deliver the mail to the following recipients:\n{rcpt}\n"
    ds = ("Reporting-MTA: dns; a27-14.smtp-out.me-central-1.amazonses.example\n\nAction: failed\n"
          f"Final-Recipient: rfc822; {rcpt}\nDiagnostic-Code: smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.0 Unable to lookup DNS for ajman-aerospares.example>\nStatus: 4.4.7\n")
    bnd = "=_Part_1773986621_2c9f0e7a41"
    body = multipart("report; report-type=delivery-status", [
        part(txt, "text/plain", "UTF-8", "7bit"), "Content-Type: message/delivery-status\n\n" + ds,
        "Content-Type: text/rfc822-headers\n\n" + orig_headers(r, rcpt)], bnd)
    eml = message([("Return-Path", "<>"), ("Date", rfc_date(d)), ("From", "MAILER-DAEMON@amazonses.example"), ("To", r.email),
                   ("Message-ID", "<0102019cf3a81e2b-7d1c9a40-55e2-4b8f-9c3d-2e1f0a9b8c7d-000000@me-central-1.amazonses.example>"),
                   ("Subject", "Delivery Status Notification (Failure)"), ("MIME-Version", "1.0"), ("Auto-Submitted", "auto-replied")], body)
    eml = eml.replace("\n", "\r\n")
    out.append(finish("n05", "NDR-SES-CRLF", "en-AE", "delivery_failure", "Amazon SES multipart/report, CRLF line endings",
        "SES DSN (DNS lookup failure, message expired), CRLF line endings. The reminder covered two invoices and its Subject names none; only the headers are returned, so no invoice number appears anywhere: invoice_numbers is empty (the case id C4519 in the headers still threads it).", d, eml,
        dict(invoice_numbers=[])))
    return out
