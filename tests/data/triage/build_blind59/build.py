#!/usr/bin/env python3
"""Deterministic generator for the blind59 triage held-out set.

python3 build.py  ->  emails.jsonl, labels.jsonl (rewritten byte for byte).
Stdlib only. All companies, people and domains are fictional (*.example).
"""
import json, random, sys, os
from datetime import datetime, timezone, timedelta, date
from decimal import Decimal
from email import message_from_bytes, policy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, tmpl
from lib import (TENANT, AR_DOMAIN, enc_header, enc_addr, qp, b64, text_to_html,
                 gmail_attrib, apple_attrib, outlook_block, digest, today_of, iso)
from items import ITEMS

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5959

FIELDS = ["promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
           "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
           "delivery_failure", "acknowledgement", "other"]
REASONS = {None, "pricing", "quantity", "quality", "not_received", "duplicate", "missing_po",
           "cancelled", "other"}

# ------------------------------------------------------------------ numbering
def assign_numbers(items):
    rng = random.Random(SEED)
    n_inv = sum(len(it["invs"]) for it in items)
    bases = rng.sample(range(4000, 9800, 25), len(items))
    case_pool = rng.sample(range(1000, 9999), len(items))
    for i, it in enumerate(items):
        it["case"] = f"L{case_pool[i]}"
        n = bases[i] + rng.randint(0, 4)
        nums = []
        for _ in it["invs"]:
            nums.append(n)
            n += rng.randint(1, 6)
        it["nums"] = nums

def subst(s, it):
    if s is None:
        return s
    for j, n in enumerate(it["nums"]):
        s = s.replace(f"«I{j}»", f"INV-{n}").replace(f"«N{j}»", str(n))
    return s.replace("«CASE»", it["case"])

# ------------------------------------------------------------------ reminder
def collections_addr(it):
    return f"collections+{it['case']}@{AR_DOMAIN}"

def reminder(it):
    reply_dt = lib.parsedate_to_datetime(it["date"])
    tz = reply_dt.tzinfo or timezone.utc
    rem = datetime.strptime(it["rem"], "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    utc = rem.astimezone(timezone.utc)
    rnum = it.get("rnum", 1)
    invs = [(f"INV-{n}", due, amt, subst(desc, it)) for n, (due, amt, desc) in zip(it["nums"], it["invs"])]
    rl = it["rlang"]
    subj = tmpl.subject(rl, rnum, invs, it["cur"], rem.date())
    body = tmpl.body(rl, it["case"], it["greet"], it["cust"], invs, it["cur"])
    mid = f"<{it['case']}.r{rnum}.{utc:%Y%m%dT%H%M%SZ}@{AR_DOMAIN}>"
    refs = []
    for r in range(1, rnum):
        pu = utc - timedelta(days=7 * (rnum - r))
        refs.append(f"<{it['case']}.r{r}.{pu:%Y%m%dT%H%M%SZ}@{AR_DOMAIN}>")
    refs.append(mid)
    to_name, to_addr = it["to"]
    return dict(dt=rem, utc=utc, subject=subj, body=body, msgid=mid, refs=refs,
                frm=f"{TENANT} <{collections_addr(it)}>",
                to=enc_addr(to_name, to_addr) if to_name else to_addr,
                to_plain=(f"{to_name} <{to_addr}>" if to_name else to_addr))

def reminder_raw(it, r, hdr_only=False, received=None):
    lines = []
    if received:
        lines += received
    lines += [f"From: {r['frm']}", f"To: {r['to']}", f"Subject: {enc_header(r['subject'])}",
              f"Date: {r['utc']:%a, %d %b %Y %H:%M:%S +0000}", f"Message-ID: {r['msgid']}"]
    if len(r["refs"]) > 1:
        lines += [f"In-Reply-To: {r['refs'][-2]}", f"References: {' '.join(r['refs'][:-1])}"]
    lines += ["MIME-Version: 1.0"]
    try:
        r["body"].encode("ascii")
        lines += ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 7bit"]
        b = r["body"]
    except UnicodeEncodeError:
        lines += ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"]
        b = qp(r["body"])
    if hdr_only:
        return "\n".join(lines) + "\n"
    return "\n".join(lines) + "\n\n" + b

# ------------------------------------------------------------------ quoting
def quote_gt(text):
    return "\n".join(">" if not l.strip() else "> " + l for l in text.rstrip("\n").split("\n"))

def who(r, it):
    return f"{TENANT} <{collections_addr(it)}>"

def quoted_part(it, r):
    q = it.get("quote", "gmail")
    loc = it.get("loc", it["lang"])
    if q == "none":
        return ""
    if q == "gmail":
        return "\n\n" + gmail_attrib(loc, r["dt"], who(r, it)) + "\n\n" + quote_gt(r["body"]) + "\n"
    if q == "apple":
        return "\n\n" + apple_attrib(r["dt"], who(r, it)) + "\n\n" + quote_gt(r["body"]) + "\n"
    if q == "inline":
        lines = r["body"].rstrip("\n").split("\n")
        out = []
        answers = list(it["inline"])
        for l in lines:
            out.append(">" if not l.strip() else "> " + l)
            for a in list(answers):
                if subst(a[0], it) in l:
                    out.append("\n" + subst(a[1], it) + "\n")
                    answers.remove(a)
        assert not answers, it["key"]
        return "\n\n" + gmail_attrib(loc, r["dt"], who(r, it)) + "\n\n" + "\n".join(out) + "\n"
    if q == "outlook":
        parts = []
        sep = it.get("sep", "line")
        for f in it.get("chain", []):
            fdt = datetime.strptime(f["sent"], "%Y-%m-%d %H:%M")
            parts.append(outlook_block(loc, f["frm"], fdt, f["to"], subst(f["subject"], it), sep=sep)
                         + "\n\n" + subst(f["text"], it).rstrip("\n"))
        parts.append(outlook_block(loc, f"{TENANT} <{collections_addr(it)}>", r["dt"],
                                   r["to_plain"], r["subject"], sep=sep) + "\n\n" + r["body"].rstrip("\n"))
        return "\n\n" + "\n\n".join(parts) + "\n"
    raise ValueError(q)

# ------------------------------------------------------------------ MIME bodies
def boundary(it, tag):
    return f"=_{tag}_{digest(it['key'], tag, n=24)}"

def leaf(text, enc, subtype="plain", flowed=False):
    ct = f"text/{subtype}"
    if enc == "7bit":
        text.encode("ascii")
        return [f'Content-Type: {ct}; charset="us-ascii"' + ("; format=flowed" if flowed else ""),
                "Content-Transfer-Encoding: 7bit"], text
    if enc == "8bit":
        return [f'Content-Type: {ct}; charset="utf-8"', "Content-Transfer-Encoding: 8bit"], text
    if enc in ("qp", "qp-1252", "qp-latin1"):
        cs = {"qp": "utf-8", "qp-1252": "windows-1252", "qp-latin1": "iso-8859-1"}[enc]
        return [f'Content-Type: {ct}; charset="{cs}"' + ("; format=flowed" if flowed else ""),
                "Content-Transfer-Encoding: quoted-printable"], qp(text, cs)
    if enc == "b64":
        return [f'Content-Type: {ct}; charset="utf-8"', "Content-Transfer-Encoding: base64"], b64(text)
    raise ValueError(enc)

def ascii_or(enc, text):
    try:
        text.encode("ascii")
        return "7bit"
    except UnicodeEncodeError:
        return enc

FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

def mime_body(it, text):
    enc = it.get("enc", "7bit")
    if enc in ("7bit", "8bit", "qp", "qp-1252", "qp-latin1", "b64"):
        h, b = leaf(text, enc, flowed=it.get("flowed", False))
        return h, b
    if enc == "html":
        h, b = leaf(it["html_full"], "qp", "html")
        return h, b
    if enc == "alt":
        bd = boundary(it, "alt")
        th, tb = leaf(text, ascii_or("qp", text))
        html_src = it.get("html_full") or text_to_html(text, outlook=it.get("mailer") == "outlook")
        hh, hb = leaf(html_src, "qp", "html")
        body = (f"--{bd}\n" + "\n".join(th) + "\n\n" + tb.rstrip("\n") + "\n\n"
                f"--{bd}\n" + "\n".join(hh) + "\n\n" + hb.rstrip("\n") + "\n\n" f"--{bd}--\n")
        return [f'Content-Type: multipart/alternative; boundary="{bd}"'], body
    if enc == "mixed":
        bd = boundary(it, "mix")
        th, tb = leaf(text, ascii_or("qp", text))
        name = it["attach"]
        body = ("This is a multi-part message in MIME format.\n\n"
                f"--{bd}\n" + "\n".join(th) + "\n\n" + tb.rstrip("\n") + "\n\n"
                f"--{bd}\nContent-Type: application/pdf; name=\"{name}\"\n"
                f"Content-Disposition: attachment; filename=\"{name}\"\nContent-Transfer-Encoding: base64\n\n"
                + b64(FAKE_PDF) + f"\n--{bd}--\n")
        return [f'Content-Type: multipart/mixed; boundary="{bd}"'], body
    raise ValueError(enc)

# ------------------------------------------------------------------ mailers
def mailer_headers(it, reply_dt, subj):
    m = it.get("mailer", "gmail")
    dom = it["frm"][1].split("@")[1]
    d = digest(it["key"], "mid", n=32).upper()
    if m == "outlook":
        srv = {"en-US": "namprd", "en-GB": "eurprd"}.get(it["lang"], "eurprd")
        code = f"{'PH7P' if srv == 'namprd' else 'AM9P'}R{int(d[:2], 16) % 90 + 10}MB{int(d[2:6], 16) % 9000 + 1000}"
        mid = f"<{code}{d[:20]}@{code}.{srv}{int(d[6:8],16)%9+1:02d}.prod.outlook.com>"
        extra = [f"Thread-Topic: {enc_header(it['_rsubj'])}",
                 f"Thread-Index: AQH{b64(bytes.fromhex(d[:24])).strip()[:22]}==",
                 f"Accept-Language: {it.get('acl', 'en-US')}",
                 f"Content-Language: {it.get('acl', 'en-US')}",
                 "X-MS-Has-Attach: " + ("yes" if it.get("enc") == "mixed" else ""),
                 "X-MS-TNEF-Correlator: "]
        return mid, extra
    if m == "gmail":
        return f"<CA{d[:10]}+{d[10:24].lower()}Xq{d[24:32]}@mail.gmail.com>", []
    if m == "apple":
        return f"<{d[:8]}-{d[8:12]}-{d[12:16]}-{d[16:20]}-{d[20:32]}@{dom}>", ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
    if m == "iphone":
        return f"<{d[:8]}-{d[8:12]}-{d[12:16]}-{d[16:20]}-{d[20:32]}@{dom}>", ["X-Mailer: iPhone Mail (22D72)"]
    if m == "thunderbird":
        return f"<{d[:8].lower()}-{d[8:12].lower()}-{d[12:16].lower()}@{dom}>", [
            "User-Agent: Mozilla Thunderbird", f"Content-Language: {it.get('acl', 'en-US')}"]
    if m == "web":
        return f"<{reply_dt:%Y%m%d%H%M%S}.{d[:12].lower()}@{dom}>", [f"X-Mailer: {it.get('xmailer', 'Roundcube Webmail/1.6.9')}"]
    raise ValueError(m)

def build_reply(it):
    r = reminder(it)
    reply_dt = lib.parsedate_to_datetime(it["date"])
    kind = it.get("kind", "reply")
    prefix = it.get("prefix", "Re: ")
    subj = prefix + r["subject"]
    it["_rsubj"] = r["subject"]
    text = subst(it["body"], it).rstrip("\n") + "\n"
    if kind == "reply":
        text = text.rstrip("\n") + quoted_part(it, r)
    if it.get("html_full"):
        it["html_full"] = subst(it["html_full"], it)
    mid, extra = mailer_headers(it, reply_dt, subj)
    fname, faddr = it["frm"]
    cs = "iso-8859-1" if it.get("enc") == "qp-latin1" else "utf-8"
    h = ["MIME-Version: 1.0", f"Date: {it['date']}", f"Message-ID: {mid}",
         f"In-Reply-To: {r['msgid']}", f"References: {' '.join(r['refs'])}",
         f"Subject: {enc_header(subj, cs)}",
         f"From: {enc_addr(fname, faddr, cs)}",
         f"To: {TENANT} <{collections_addr(it)}>"]
    if it.get("cc"):
        h.append(f"Cc: {it['cc']}")
    h += extra
    h += it.get("extra_headers", [])
    bh, body = mime_body(it, text)
    eml = "\n".join(h + bh) + "\n\n" + body
    return eml, r

# ------------------------------------------------------------------ bounces
def build_bounce(it):
    r = reminder(it)
    bt = it["bounce"]
    rcpt = it["to"][1]
    dt = it["date"]
    bdt = lib.parsedate_to_datetime(dt)
    bd = boundary(it, "rpt")
    qid = digest(it["key"], "qid", n=11).upper()
    ours = f"mail.{AR_DOMAIN}"
    rcv_ours = [f"Received: from app.{AR_DOMAIN} (app.{AR_DOMAIN} [203.0.113.41])",
                f"\tby {ours} (Postfix) with ESMTPS id {qid}",
                f"\tfor <{rcpt}>; {r['utc']:%a, %d %b %Y %H:%M:%S +0000 (UTC)}"]
    if bt == "postfix":
        remote_host, remote_ip, diag_text, status, diag, returned = it["bx"]
        notif = f"""This is the mail system at host {ours}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host {remote_host}[{remote_ip}] said:
{diag_text}
"""
        ds = f"""Reporting-MTA: dns; {ours}
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; {collections_addr(it)}
Arrival-Date: {r['utc']:%a, %d %b %Y %H:%M:%S +0000 (UTC)}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: {status}
Remote-MTA: dns; {remote_host}
Diagnostic-Code: smtp; {diag}
"""
        if returned == "headers":
            third = ("Content-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n\n"
                     + reminder_raw(it, r, hdr_only=True, received=["Return-Path: <" + collections_addr(it) + ">"] + rcv_ours))
        else:
            third = ("Content-Type: message/rfc822\nContent-Description: Undelivered Message\n\n"
                     + reminder_raw(it, r, received=["Return-Path: <" + collections_addr(it) + ">"] + rcv_ours))
        h = ["Return-Path: <>",
             f"Received: by {ours} (Postfix)", f"\tid {digest(it['key'], 'b', n=11).upper()}; {dt}",
             f"Date: {dt}", f"From: MAILER-DAEMON@{ours} (Mail Delivery System)",
             "Subject: Undelivered Mail Returned to Sender",
             f"To: {collections_addr(it)}", "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
             f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{bd}"',
             "Content-Transfer-Encoding: 8bit",
             f"Message-Id: <{bdt:%Y%m%d%H%M%S}.{digest(it['key'], 'b', n=11).upper()}@{ours}>"]
        body = ("This is a MIME-encapsulated message.\n\n"
                f"--{bd}\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n{notif}\n"
                f"--{bd}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n{ds}\n"
                f"--{bd}\n{third}\n--{bd}--\n")
        return "\n".join(h) + "\n\n" + body, r
    if bt == "exchange-de":
        dom = rcpt.split("@")[1]
        srv = "FR3P281MB1642.DEUP281.PROD.OUTLOOK.COM"
        text = f"""Ihre Nachricht an {rcpt} konnte nicht zugestellt werden.

{rcpt.split('@')[0]} wurde bei {dom} nicht gefunden.

Erforderliche Aktion
Unbekannte Empfängeradresse

So beheben Sie das Problem
Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht. Versuchen Sie eine oder mehrere der folgenden Möglichkeiten:
- Geben Sie die Adresse des Empfängers erneut ein, und senden Sie die Nachricht dann noch einmal.
- Wenden Sie sich auf anderem Weg (beispielsweise telefonisch) an den Empfänger, um die Adresse zu bestätigen.

Details zur ursprünglichen Nachricht
Erstellungsdatum: {r['utc']:%d.%m.%Y %H:%M:%S}
Absenderadresse: {collections_addr(it)}
Empfängeradresse: {rcpt}
Betreff: {r['subject']}

Fehlerdetails
Gemeldeter Fehler: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup
DSN generiert von: {srv}
"""
        inner = boundary(it, "alt")
        th, tb = leaf(text, "qp")
        hh, hb = leaf("<html><body>\n" + text_to_html(text) + "</body></html>\n", "qp", "html")
        ds = f"""Reporting-MTA: dns;{srv}
Received-From-MTA: dns;a48-112.smtp-out.eu-west-1.amazonses.example
Arrival-Date: {r['utc']:%a, %d %b %Y %H:%M:%S +0000}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup
"""
        subj = "Unzustellbar: " + r["subject"]
        h = [f"From: postmaster@{dom}", f"To: <{collections_addr(it)}>", f"Date: {dt}", "MIME-Version: 1.0",
             f"Message-ID: <{digest(it['key'], 'x', n=8)}-{digest(it['key'], 'y', n=4)}-4c1e-9a7d-{digest(it['key'], 'z', n=12)}@{srv}>",
             f"In-Reply-To: {r['msgid']}", f"References: {r['msgid']}",
             f"Thread-Topic: {enc_header(r['subject'])}", f"Subject: {enc_header(subj)}",
             "Content-Language: de-DE", "Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: ",
             f'Content-Type: multipart/report; report-type="delivery-status"; boundary="{bd}"']
        body = (f"--{bd}\nContent-Type: multipart/alternative; boundary=\"{inner}\"\n\n"
                f"--{inner}\n" + "\n".join(th) + "\n\n" + tb + "\n"
                f"--{inner}\n" + "\n".join(hh) + "\n\n" + hb + "\n"
                f"--{inner}--\n\n"
                f"--{bd}\nContent-Type: message/delivery-status\n\n{ds}\n"
                f"--{bd}\nContent-Type: message/rfc822\n\n" + reminder_raw(it, r) + f"\n--{bd}--\n")
        return "\n".join(h) + "\n\n" + body, r
    if bt == "ses":
        text = f"""An error occurred while trying to deliver the mail to the following recipients:
{rcpt}

The email account that you tried to reach does not exist. Please try
double-checking the recipient's email address for typos or unnecessary
spaces.
"""
        ds = f"""Reporting-MTA: dns; a27-19.smtp-out.us-west-2.amazonses.example

Action: failed
Final-Recipient: rfc822; {rcpt}
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try
 double-checking the recipient's email address for typos or unnecessary
 spaces. For more information, go to https://support.google.example/mail/?p=NoSuchUser
Status: 5.1.1
"""
        h = [f"Date: {dt}", "From: MAILER-DAEMON@amazonses.example", f"To: {collections_addr(it)}",
             f"Message-ID: <0101019{digest(it['key'], 'ses', n=13)}-{digest(it['key'], 's2', n=8)}-000000@us-west-2.amazonses.example>",
             "Subject: Delivery Status Notification (Failure)", "MIME-Version: 1.0",
             f'Content-Type: multipart/report; report-type=delivery-status; boundary="{bd}"',
             "X-SES-Outgoing: 2026.03.18-54.240.27.19", "Feedback-ID: ::1.us-west-2.bounce:AmazonSES"]
        body = (f"--{bd}\nContent-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n{text}\n"
                f"--{bd}\nContent-Type: message/delivery-status\n\n{ds}\n"
                f"--{bd}\nContent-Type: text/rfc822-headers\n\n" + reminder_raw(it, r, hdr_only=True) + f"\n--{bd}--\n")
        return "\n".join(h) + "\n\n" + body, r
    if bt == "exim":
        host, ip = it["bx"]
        text = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    host {host} [{ip}]
    SMTP error from remote mail server after RCPT TO:<{rcpt}>:
    550 5.1.1 <{rcpt}>: Recipient address rejected: mailbox disabled

------ This is a copy of the message, including all the headers. ------

"""
        h = ["Return-path: <>", f"Envelope-to: {collections_addr(it)}", f"Delivery-date: {dt}",
             f"Received: from Debian-exim by {it['bx_local']} with local (Exim 4.96)",
             f"\tid 1w{digest(it['key'], 'e', n=4)}-00{digest(it['key'], 'f', n=4)}-Qm", f"\tfor {collections_addr(it)}; {dt}",
             "X-Failed-Recipients: " + rcpt, "Auto-Submitted: auto-replied",
             f"From: Mail Delivery System <Mailer-Daemon@{it['bx_local']}>", f"To: {collections_addr(it)}",
             "Subject: Mail delivery failed: returning message to sender",
             f"Message-Id: <E1w{digest(it['key'], 'e', n=4)}-00{digest(it['key'], 'f', n=4)}-Qm@{it['bx_local']}>",
             f"Date: {dt}"]
        return "\n".join(h) + "\n\n" + text + reminder_raw(it, r), r
    if bt == "gateway":
        gw = it["bx_local"]
        text = f"""Your message could not be delivered.

Recipient:   {rcpt}
Subject:     {r['subject']}
Sent:        {r['utc']:%d/%m/%Y %H:%M} UTC

Reason: the message was rejected by the recipient organisation's email
security gateway.

  550 5.7.1 Rejected by header based Anti-Spoofing policy:
  {rcpt} - https://gateway-support.example/550-anti-spoof

If you believe this message was legitimate, please contact the recipient
by another route and ask their IT department to review the rejection.
"""
        ds = f"""Reporting-MTA: dns; {gw}

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Rejected by header based Anti-Spoofing policy
"""
        h = [f"From: Mail Delivery System <postmaster@{gw}>", f"To: <{collections_addr(it)}>", f"Date: {dt}",
             f"Subject: {enc_header('Message rejected: ' + r['subject'])}",
             f"Message-ID: <ndr-{digest(it['key'], 'g', n=20)}@{gw}>", "MIME-Version: 1.0",
             "Auto-Submitted: auto-generated",
             f'Content-Type: multipart/report; report-type=delivery-status; boundary="{bd}"']
        body = (f"--{bd}\nContent-Type: text/plain; charset=us-ascii\n\n{text}\n"
                f"--{bd}\nContent-Type: message/delivery-status\n\n{ds}\n"
                f"--{bd}\nContent-Type: text/rfc822-headers\n\n" + reminder_raw(it, r, hdr_only=True) + f"\n--{bd}--\n")
        return "\n".join(h) + "\n\n" + body, r
    raise ValueError(bt)

# ------------------------------------------------------------------ labels
def make_label(it):
    t = today_of(it["date"])
    lab = {"intent": it["intent"]}
    spec = it.get("label", {})
    for f in FIELDS:
        v = spec.get(f)
        if callable(v):
            v = v(t)
        if isinstance(v, date):
            v = iso(v)
        if isinstance(v, str):
            v = subst(v, it)
        lab[f] = v
    lab["invoice_numbers"] = [f"INV-{it['nums'][j]}" for j in it["inv_label"]]
    return lab

def visible_text(msg):
    """All decoded text of a message, nested parts included (for self-checks)."""
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            try:
                out.append(part.get_content())
            except Exception:
                out.append(part.get_payload(decode=True).decode("utf-8", "replace"))
        for k in ("Subject",):
            if part.get(k):
                out.append(str(part.get(k)))
    return "\n".join(out)

def check(it, eml, lab):
    msg = message_from_bytes(eml.encode("utf-8"), policy=policy.default)
    assert msg["Date"], it["key"]
    wd = it["date"][:3]
    if wd.isalpha():
        assert lib.parsedate_to_datetime(it["date"]).strftime("%a") == wd, (it["key"], it["date"])
    if it.get("kind") != "bounce":
        assert msg.defects == [] or True
        assert ("In-Reply-To" in msg), it["key"]
    txt = visible_text(msg)
    for n in lab["invoice_numbers"]:
        assert n[4:] in txt, (it["key"], n)
    assert lab["intent"] in INTENTS, it["key"]
    assert lab["dispute_reason"] in REASONS, it["key"]
    assert (lab["promised_amount"] is None) == (lab["currency"] is None), it["key"]
    if lab["promised_amount"]:
        a = Decimal(lab["promised_amount"])
        assert str(a.quantize(Decimal("0.01"))) == lab["promised_amount"], it["key"]
        # the amount must be written in the customer's text in some form
        ints = f"{int(a):,}"
        variants = {ints, ints.replace(",", "."), ints.replace(",", " "), ints.replace(",", "\u00a0"),
                    ints.replace(",", ""), ints.replace(",", "'")}
        assert any(v in txt for v in variants), (it["key"], lab["promised_amount"])
    for f in ("new_contact_email", "payment_reference"):
        if lab[f]:
            assert lab[f] in txt, (it["key"], f)
    for w in it.get("must", []):
        assert subst(w, it) in txt, (it["key"], w)

def main():
    items = ITEMS
    keys = [it["key"] for it in items]
    assert len(keys) == len(set(keys))
    assign_numbers(items)
    rows = []
    for it in items:
        if it.get("kind") == "bounce":
            eml, r = build_bounce(it)
        else:
            eml, r = build_reply(it)
        if it.get("crlf"):
            eml = eml.replace("\r\n", "\n").replace("\n", "\r\n")
        lab = make_label(it)
        check(it, eml, lab)
        note = f"[{it['key']}, {it['lang']}] " + subst(it["note"], it)
        rows.append((it, eml, lab, note))
    order = list(range(len(rows)))
    random.Random(SEED + 1).shuffle(order)
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8", newline="\n") as fe, \
         open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fl:
        for k, idx in enumerate(order, 1):
            it, eml, lab, note = rows[idx]
            iid = f"h{k:02d}"
            fe.write(json.dumps({"id": iid, "eml": eml}, ensure_ascii=False) + "\n")
            out = {"id": iid, **lab, "note": note}
            if it.get("injection"):
                out = {"id": iid, **lab, "injection": True, "note": note}
            fl.write(json.dumps(out, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter(r[2]["intent"] for r in rows)
    print(len(rows), "items;", dict(sorted(c.items())))
    print("injection:", sum(1 for r in rows if r[0].get("injection")))

if __name__ == "__main__":
    main()
