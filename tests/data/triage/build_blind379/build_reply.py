"""Reply assembly and the item registry for blind set 379."""
from build_common import (RNG, Reminder, addr, ar_addr, AR_NAME, assemble, attachment, boundary, enc_hdr, hdr_date,
                          hx, msgid, multipart, parse_dt, part, quoted, text_to_html, an)

ITEMS = []
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]


def add(key, locale, intent, fmt, eml, labels, note, prov=None, injection=False):
    lab = {f: None for f in FIELDS}
    lab["intent"] = intent
    lab["invoice_numbers"] = []
    lab.update(labels)
    ITEMS.append({"key": key, "locale": locale, "fmt": fmt, "eml": eml, "labels": lab,
                  "note": "[%s, %s] %s" % (key, locale, note), "prov": prov or {}, "injection": injection})


def reply(rem, date, frm, body, quote="gmail", prefix="Re: ", mime="quoted-printable", client="gmail", mailer=None,
          extra_headers=(), attachments=(), html=None, to_line=None, charset="utf-8", subject=None,
          no_thread=False, to_hdr=None, sig_html=None):
    """Build a human reply to reminder `rem`."""
    s, off = date
    dt = parse_dt(s, off)
    name, email_ = frm
    dom = email_.split("@")[1]
    to_line = to_line or "%s <%s>" % (AR_NAME, ar_addr(rem.case))
    q = quoted(quote, rem, off, rem.locale, to_line="%s <%s>" % (name, email_) if quote == "outlook" else "")
    if quote == "outlook":
        text = body.rstrip("\n") + "\n\n" + q + "\n"
    elif q:
        text = body.rstrip("\n") + "\n\n" + q + "\n"
    else:
        text = body.rstrip("\n") + "\n"
    subj = subject if subject is not None else prefix + rem.subject
    h = ["MIME-Version: 1.0"]
    h.append("Date: " + hdr_date(dt))
    h.append("Message-ID: " + msgid(client, dom))
    if not no_thread:
        h.append("In-Reply-To: " + rem.msgid)
        h.append("References: " + rem.msgid)
    h.append("Subject: " + enc_hdr(subj))
    h.append("From: " + addr(name, email_))
    h.append("To: " + (to_hdr or addr(AR_NAME, ar_addr(rem.case))))
    if client == "outlook":
        h.append("Thread-Topic: " + enc_hdr(rem.subject))
        h.append("Thread-Index: AQH" + an(25) + "==")
        h.append("Content-Language: " + rem.locale)
        h.append("X-MS-Has-Attach: " + ("yes" if attachments else ""))
    if mailer:
        h.append(mailer)
    h += list(extra_headers)

    if mime in ("7bit", "8bit", "quoted-printable", "base64"):
        content = part("text/plain", text, charset, mime)
    elif mime == "flowed":
        content = part("text/plain", text, charset, "8bit").replace(
            'charset="%s"' % charset, 'charset="%s"; format=flowed; delsp=no' % charset, 1)
    elif mime == "alt":
        hb = html or text_to_html(body, q if quote != "outlook" else None)
        content = multipart("alternative", [part("text/plain", text, charset, "quoted-printable"),
                                            part("text/html", hb, charset, "quoted-printable")], boundary("_000_"))
    elif mime == "html":
        hb = html or text_to_html(body, q if quote != "outlook" else None)
        content = part("text/html", hb, charset, "quoted-printable")
    else:
        raise ValueError(mime)
    if attachments:
        inner = content
        content = multipart("mixed", [inner] + list(attachments), boundary("----=_Part_"))
    return assemble(h, content)
