"""Item assembly: builds one message plus its label and provenance."""
import html as _html, uuid
from b_common import (RNG, FIELDS, dt, rfc_date, resolve, norm_amount, hdr, addr, part, multipart, message,
                      attachment, outlook_msgid, thread_index, hexid)
from b_thread import gt, gmail_attr, apple_attr, outlook_quote

def labels_from(spec, local_date):
    lab = {k: None for k in FIELDS}
    lab["invoice_numbers"] = []
    prov = {"dates": [], "amount": None}
    for k, v in spec.items():
        if k in ("promised_date", "paid_date", "return_date") and v is not None:
            rule, args, phrase = v
            lab[k] = resolve(rule, args, local_date).isoformat()
            prov["dates"].append({"field": k, "rule": rule, "args": list(args), "phrase": phrase})
        elif k == "promised_amount" and v is not None:
            raw, dec = v
            lab[k] = norm_amount(raw, dec)
            prov["amount"] = {"raw": raw, "dec": dec}
        else:
            lab[k] = v
    return lab, prov

def finish(iid, key, loc, intent, fmt, note, d, eml, spec, inj=False):
    lab, prov = labels_from(spec, d.date())
    lab["intent"] = intent
    out = {"id": iid}
    out.update({k: lab[k] for k in FIELDS})
    out["note"] = f"[{key}, {loc}] {note}"
    if inj:
        out["injection"] = True
    prov.update({"id": iid, "key": key, "locale": loc, "format": fmt, "date_header_local": d.isoformat()})
    return {"id": iid, "eml": eml, "label": out, "prov": prov}

def gmail_id(dom="mail.gmail.com"):
    return f"<CA{hexid(2)}+{''.join(RNG.choice('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-') for _ in range(40))}@{dom}>"

def apple_id(dom):
    return f"<{uuid.UUID(int=RNG.getrandbits(128)).hex.upper()[:8]}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@{dom}>"

def text_to_html(body, quote_html="", rtl=False, font="Calibri, sans-serif"):
    d = ' dir="rtl"' if rtl else ""
    paras = []
    for block in body.strip("\n").split("\n\n"):
        paras.append("<div>" + "<br>\n".join(_html.escape(l) for l in block.split("\n")) + "</div>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body{d}><div style="font-family:{font};font-size:11pt">\n' + "\n<div><br></div>\n".join(paras)
            + "\n</div>\n" + quote_html + "\n</body></html>\n")

def reply(iid, key, loc, intent, fmt, note, date, frm, rem, body, spec, *, quote="gmail:en", prefix="Re: ",
          off=None, charset="utf-8", cte="8bit", html=None, client=None, to=None, extra_headers=(),
          attachments=(), subject=None, inj=False, html_body=None, rtl=False, crlf=False, quote_to=None,
          auto=None, threaded=True):
    """date: ('YYYY-MM-DD HH:MM:SS', offset_minutes). quote: 'gmail:<lang>', 'apple:<lang>', 'outlook:<lang>',
    'outlook-new:<lang>', None."""
    d = dt(*date)
    offm = date[1]
    name, email_ = frm
    fdom = email_.split("@")[1]
    qtext = ""
    if quote:
        style, lang = quote.split(":")
        if style == "gmail":
            qtext = gmail_attr(rem, offm, lang) + "\n\n" + gt(rem.text())
        elif style == "apple":
            qtext = apple_attr(rem, offm, lang) + "\n\n" + gt(rem.text())
        elif style in ("outlook", "outlook-new"):
            qtext = outlook_quote(rem, offm, quote_to or f"{name} <{email_}>", lang, new_style=(style == "outlook-new"))
    full = body.rstrip("\n") + "\n\n" + (qtext + "\n" if qtext else "")
    if client is None:
        client = {"gmail": "gmail", "apple": "apple"}.get(quote.split(":")[0] if quote else "", "outlook")
    hs = [("Date", rfc_date(d))]
    if client == "gmail":
        mid = gmail_id()
    elif client == "apple":
        mid = apple_id(fdom)
    elif client == "outlook":
        mid = outlook_msgid()
    else:
        mid = f"<{d:%Y%m%d%H%M%S}.{hexid(8).lower()}@{client}>"
    subj = subject if subject is not None else prefix + rem.subject
    hs += [("Message-ID", mid)]
    if threaded:
        hs += [("In-Reply-To", rem.msgid), ("References", rem.msgid)]
    hs += [("Subject", hdr(subj, charset if charset not in ("us-ascii",) else "utf-8")), ("From", addr(name, email_)), ("To", to or rem.sender)]
    if client == "outlook":
        hs += [("Thread-Topic", hdr(rem.subject)), ("Thread-Index", thread_index())]
        hs += [("Content-Language", {"az-AZ": "az-Latn-AZ"}.get(loc, loc))]
    elif client == "apple":
        hs += [("X-Mailer", RNG.choice(["Apple Mail (2.3826.500.181.1.5)", "iPhone Mail (22D82)", "iPhone Mail (21H420)"]))]
    hs += list(extra_headers)
    if auto:
        hs += [("Auto-Submitted", auto)]
    # body
    if html == "only":
        hb = html_body or text_to_html(body, f"<blockquote>{_html.escape(qtext).replace(chr(10), '<br>')}</blockquote>" if qtext else "", rtl)
        b = part(hb, "text/html", charset, cte if cte != "8bit" else "quoted-printable")
    elif html == "alt":
        hb = html_body or text_to_html(body, f"<blockquote>{_html.escape(qtext).replace(chr(10), '<br>')}</blockquote>" if qtext else "", rtl)
        bnd = {"gmail": f"000000000000{hexid(16).lower()}", "outlook": f"_000_{mid[1:30].replace('.', '').replace('@', '')}_"}.get(
            client, f"Apple-Mail={uuid.UUID(int=RNG.getrandbits(128))}")
        b = multipart("alternative", [part(full, "text/plain", charset, cte),
                                      part(hb, "text/html", charset, "quoted-printable" if cte in ("8bit", "7bit") else cte)], bnd)
    else:
        b = part(full, "text/plain", charset, cte)
    if attachments:
        bnd = f"_004_{hexid(24)}_" if client == "outlook" else f"000000000000{hexid(16).lower()}"
        b = multipart("mixed", [b] + [attachment(*a) for a in attachments], bnd)
    eml = message(hs, b)
    if crlf:
        eml = eml.replace("\r\n", "\n").replace("\n", "\r\n")
    return finish(iid, key, loc, intent, fmt, note, d, eml, spec, inj)
