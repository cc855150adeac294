"""Bounce (non-delivery report) renderers for build.py (blind set 390)."""
from build_common import ar_addr, mkdt, hdr_date, part, multipart, bnd, rid, DOM
from build_render import reminder, original_message, original_headers, rem_dt


def render_bounce(it):
    mta, rcpt = it["mta"], it["rcpt"]
    d = mkdt(it["date"], it["off"])
    subj = reminder(it)[0]
    to = ar_addr(it["case"])
    arr = hdr_date(rem_dt(it))
    if mta == "postfix":
        host = it["host"]
        qid = rid(10, "0123456789ABCDEF")
        b = "%s/%s" % (qid, host)
        human = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
                 "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail "
                 "to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from "
                 "the attached returned message.\n\n                   The mail system\n\n<%s>: host %s said:\n    550 5.1.1 <%s>: "
                 "Recipient address rejected: User unknown in virtual mailbox\n    table (in reply to RCPT TO command)\n") % (
            host, rcpt, it["rhost"], rcpt)
        dsn = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n\n"
               "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.1\n"
               "Remote-MTA: dns; %s\nDiagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address\n    rejected: User unknown in virtual mailbox table\n") % (
            host, qid, to, arr, rcpt, rcpt, it["rhost"], rcpt)
        parts = [part("text/plain", human, "us-ascii", "7bit", "Content-Description: Notification"),
                 "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + dsn,
                 "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + original_message(it, rcpt)]
        h, body = multipart("report", b, parts, "; report-type=delivery-status")
        heads = ["Return-Path: <>", "Date: " + hdr_date(d), "From: MAILER-DAEMON@%s (Mail Delivery System)" % host,
                 "Subject: Undelivered Mail Returned to Sender", "To: " + to, "Auto-Submitted: auto-replied",
                 "MIME-Version: 1.0", "Message-Id: <%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), qid, host)]
        return "\n".join(heads) + "\n" + h + "\nThis is a MIME-encapsulated message.\n" + body
    if mta == "exchange":
        srv = it["host"]
        human = ("Delivery has failed to these recipients or groups:\n\n%s\nThe recipient's mailbox is full and can't accept "
                 "messages now. Please try resending this message later, or contact the recipient directly.\n\n\n\n\n\n"
                 "Diagnostic information for administrators:\n\nGenerating server: %s\n\n%s\nRemote Server returned "
                 "'554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'\n\n"
                 "Original message headers:\n\n%s") % (rcpt, srv, rcpt, original_headers(it, rcpt))
        dsn = ("Reporting-MTA: dns;%s\nReceived-From-MTA: dns;mx.%s\nArrival-Date: %s\n\nFinal-Recipient: rfc822;%s\n"
               "Action: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp;554 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\n") % (
            srv, DOM, arr, rcpt)
        b = bnd("_000_", 24)
        parts = [part("text/plain", human, "us-ascii", "quoted-printable"),
                 "Content-Type: message/delivery-status\n\n" + dsn,
                 "Content-Type: text/rfc822-headers\n\n" + original_headers(it, rcpt)]
        h, body = multipart("report", b, parts, "; report-type=delivery-status")
        heads = ["From: postmaster@%s" % rcpt.split("@")[1], "To: " + to, "Date: " + hdr_date(d), "MIME-Version: 1.0",
                 "Message-ID: <%s@%s>" % (rid(32, "0123456789abcdef"), srv),
                 "Subject: Undeliverable: " + subj, "Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: ",
                 "Content-Language: en-US"]
        return "\n".join(heads) + "\n" + h + "\n" + body
    if mta == "exim":
        host = it["host"]
        text = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
                "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
                "  %s\n    host %s [198.51.100.%d]\n    SMTP error from remote mail server after RCPT TO:<%s>:\n"
                "    550 No Such User Here\"\n\n------ This is a copy of the message, including all the headers. ------\n\n%s") % (
            rcpt, it["rhost"], it.get("ip", 23), rcpt, original_message(it, rcpt))
        heads = ["Return-path: <>", "Envelope-to: " + to, "Delivery-date: " + hdr_date(d), "Received: from mail by %s with local (Exim 4.97.1)\n\tid 1w%s-000%s-3Q\n\tfor %s; %s" % (host, rid(5), rid(3, "0123456789"), to, hdr_date(d)),
                 "X-Failed-Recipients: " + rcpt, "Auto-Submitted: auto-replied", "From: Mail Delivery System <Mailer-Daemon@%s>" % host,
                 "To: " + to, "Content-Type: text/plain; charset=us-ascii", "Subject: Mail delivery failed: returning message to sender",
                 "Message-Id: <E1w%s-000%s-3Q@%s>" % (rid(5), rid(3, "0123456789"), host), "Date: " + hdr_date(d)]
        return "\n".join(heads) + "\n\n" + text
    if mta == "gmail":
        human = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, "
                 "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
                 "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try "
                 "double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to "
                 "https://support.google.com/mail/?p=NoSuchUser %s.%d - gsmtp\n") % (rcpt, rid(20, "abcdefghijklmnopqrstuvwxyz0123456789"), 2)
        dsn = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; mx.%s\nArrival-Date: %s\n"
               "X-Original-Message-ID: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
               "Diagnostic-Code: smtp; The email account that you tried to reach does not exist.\nLast-Attempt-Date: %s\n") % (
            DOM, arr, "<SPH.%s>" % it["case"], rcpt, hdr_date(d))
        b = bnd("000000000000", 12)
        inner_b = bnd("000000000000", 12)
        alt_h, alt_b = multipart("related", inner_b, [part("text/plain", human, "UTF-8", "7bit")])
        parts = [alt_h + "\n" + alt_b.lstrip("\n"), "Content-Type: message/delivery-status\n\n" + dsn,
                 "Content-Type: message/rfc822\n\n" + original_message(it, rcpt)]
        h, body = multipart("report", b, parts, "; report-type=delivery-status")
        heads = ["Delivered-To: " + to, "Return-Path: <>", "MIME-Version: 1.0",
                 "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "To: " + to,
                 "Auto-Submitted: auto-replied", "Message-ID: <%s.%s@mx.google.com>" % (rid(10, "0123456789abcdef"), rid(6, "0123456789")),
                 "Date: " + hdr_date(d), "Subject: Delivery Status Notification (Failure)",
                 "References: " + it["_remid"], "In-Reply-To: " + it["_remid"], "X-Failed-Recipients: " + rcpt]
        return "\n".join(heads) + "\n" + h + "\n" + body
    if mta == "ses":
        human = ("An error occurred while trying to deliver the mail to the following recipients:\n%s\n" % rcpt)
        dsn = ("Reporting-MTA: dns; a27-%d.smtp-out.eu-west-1.amazonses.com\n\nAction: failed\nFinal-Recipient: rfc822; %s\n"
               "Diagnostic-Code: smtp; 554 5.7.1 <%s>: Relay access denied; Recipient domain has no MX\nStatus: 5.7.1\n") % (
            it.get("n", 18), rcpt, rcpt)
        b = bnd("", 0) + "=_" + rid(20, "abcdefghijklmnopqrstuvwxyz0123456789")
        parts = [part("text/plain", human, "UTF-8", "7bit"), "Content-Type: message/delivery-status\n\n" + dsn,
                 "Content-Type: message/rfc822\n\n" + original_message(it, rcpt)]
        h, body = multipart("report", b, parts, "; report-type=delivery-status")
        heads = ["From: MAILER-DAEMON@amazonses.com", "To: " + to, "Subject: Delivery Status Notification (Failure)",
                 "Message-ID: <0102019%s-%s-000000@eu-west-1.amazonses.com>" % (rid(9, "0123456789abcdef"), rid(8, "0123456789abcdef")),
                 "Date: " + hdr_date(d), "MIME-Version: 1.0", "X-SES-Outgoing: 2026.03.%02d-54.240.%d.%d" % (d.day, 4, 18)]
        return "\n".join(heads) + "\n" + h + "\n" + body
    raise ValueError(mta)
