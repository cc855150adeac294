"""Message assembly for build.py: human replies, auto-replies. Bounces are built in build.py."""
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from lib import (Reminder, addr, apple_attr, b64, b64id, base, encode_body, gmail_attr, gmail_html, hdr,
                 hsh, make_pdf, outlook_block, outlook_html, prefix_quote, uuid_like, webmail_html)

OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: ", "pt": "RE: "}
AUTO_PREFIX = {
    "en": "Automatic reply: ", "de": "Automatische Antwort: ", "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ", "pt": "Resposta automática: ", "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}


def context(it, case):
    tz = timezone(timedelta(minutes=it["tz"]))
    dt = datetime(*it["dt"], tzinfo=tz)
    gap = it.get("gap", 3)
    rd = dt.date() - timedelta(days=gap)
    rem_dt = datetime(rd.year, rd.month, rd.day, *it.get("rem_hm", (14, 0)), tzinfo=timezone.utc)
    invs = [(n, a, rd - timedelta(days=od)) for n, a, od in it["invs"]]
    name, email = it["sender"]
    to_name = it.get("rem_to_name", name)
    to_addr = it.get("rem_to", email)
    rem = Reminder(case, it.get("rlang", "en" if base(it["lang"]) == "en" else base(it["lang"])), invs,
                   it["cur"], rem_dt, it.get("seq", 1), it.get("greet", name.split()[0] if name else "team"),
                   it["company"], to_name, to_addr)
    return dt, rem


def msgid(it, case, dt):
    c = it["client"]
    seed = it["key"] + case
    dom = it["sender"][1].split("@")[1]
    if c.startswith("gmail"):
        return f"<CA{b64id(seed, 46).replace('/', '_').replace('+', '-')}@mail.gmail.com>"
    if c.startswith("outlook"):
        p = hsh(seed, n=4).upper()
        return f"<{hsh(seed, 'o', n=12).upper()}{p}MB{hsh(seed, 'x', n=18).upper()}@AM{p[:2]}PR0{int(p[2], 16) % 9 + 1}MB{p}.eurprd0{int(p[3], 16) % 8 + 1}.prod.outlook.com>"
    if c in ("iphone", "applemail"):
        return f"<{uuid_like(seed)}@{dom}>"
    return f"<{hsh(seed, n=16)}.{dt.strftime('%Y%m%d%H%M%S')}@{dom}>"


def client_headers(it, case, dt):
    c = it["client"]
    out = []
    if c == "iphone":
        out.append("X-Mailer: iPhone Mail (22B91)")
    elif c == "applemail":
        out.append("X-Mailer: Apple Mail (2.3826.600.51.1.5)")
    elif c.startswith("outlook"):
        out += ["Thread-Index: " + b64id(it["key"] + "ti", 30) + "==",
                "Accept-Language: " + it.get("mslang", "en-US"),
                "Content-Language: " + it.get("mslang", "en-US")]
    elif c.startswith("webmail"):
        out.append("User-Agent: " + it.get("ua", "Roundcube Webmail/1.6.7"))
    elif c == "thunderbird":
        out.append("User-Agent: Mozilla Thunderbird")
    elif c == "samsung":
        out.append("X-Mailer: Samsung Email")
    return out


def quote_for(it, dt, rem, to_full):
    """Return (plain quote text, attribution, raw reminder text) or (None, None, None)."""
    if it.get("quote", True) is False:
        return None, None, None
    if "quote_text" in it:
        return it["quote_text"], None, None
    c, lang = it["client"], it["lang"]
    local_rem = rem.dt.astimezone(dt.tzinfo)
    rt = rem.text()
    if c.startswith("gmail") or c.startswith("webmail"):
        a = gmail_attr(lang, local_rem, rem.from_full)
        return a + "\n\n" + prefix_quote(rt), a, rt
    if c in ("iphone", "applemail"):
        a = apple_attr(lang, local_rem, rem.from_full)
        return a + "\n\n" + prefix_quote(rt), a, rt
    if c == "thunderbird":
        a = f"On {local_rem.strftime('%d/%m/%Y %H:%M')}, Contoso Billing wrote:"
        return a + "\n" + prefix_quote(rt, ">"), a, rt
    if c == "samsung":
        a = ("-------- Oorspronkelijk bericht --------\n"
             f"Van: {rem.from_full}\nDatum: {local_rem.strftime('%d-%m-%Y %H:%M')} (GMT+01:00)\n"
             f"Aan: {to_full}\nOnderwerp: {rem.subject}\n")
        return a + "\n" + rt, a, rt
    if c.startswith("outlook"):
        style = "orig" if c == "outlook_plain" else "line"
        a = outlook_block(lang, local_rem, rem, to_full, style)
        return a + "\n" + rt, a, rt
    raise ValueError(c)


def subject_for(it, rem):
    if "subject" in it:
        return it["subject"]
    b = base(it["lang"])
    if it["client"].startswith("outlook"):
        return OUTLOOK_RE[b] + rem.subject
    return "Re: " + rem.subject


def text_part(text, charset, cte, extra=""):
    c, payload = encode_body(text, charset, cte)
    return (f"Content-Type: text/plain; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {c}\n\n{payload}")


def html_part(h, charset, cte):
    c, payload = encode_body(h, charset, cte)
    return f"Content-Type: text/html; charset=\"{charset}\"\nContent-Transfer-Encoding: {c}\n\n{payload}"


def multipart(kind, boundary, parts, preamble=""):
    out = f"Content-Type: multipart/{kind}; boundary=\"{boundary}\"\n\n"
    if preamble:
        out += preamble + "\n\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n\n"
    out += f"--{boundary}--\n"
    return out


def pdf_part(fname, lines):
    data = make_pdf(lines)
    return (f"Content-Type: application/pdf; name=\"{fname}\"\n"
            f"Content-Disposition: attachment; filename=\"{fname}\"; size={len(data)}\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(data)}")


def build_reply(it, case):
    dt, rem = context(it, case)
    name, email = it["sender"]
    charset = it.get("charset", "utf-8")
    from_full = addr(name, email, charset)
    to_full_q = f"{rem.to_name} <{rem.to_addr}>" if rem.to_name else rem.to_addr
    quote, attr, rawq = quote_for(it, dt, rem, to_full_q)
    human = it["body"].strip("\n") + "\n"
    text = human if quote is None else human + "\n" + quote + "\n"
    if it["client"] == "thunderbird" and it.get("flowed"):
        pass
    cte = it.get("cte") or ("7bit" if text.isascii() else "qp")
    mode = it.get("mode", "alt" if it["client"].startswith(("gmail", "outlook")) and it["client"] != "outlook_plain" else "plain")
    b = hsh(it["key"], case, "b", n=24)
    # html rendering
    def make_html():
        if "quote_text" in it:
            return gmail_html(human + "\n" + it["quote_text"] + "\n", None, None)
        if it["client"].startswith("outlook"):
            return outlook_html(human, it.get("mslang", "en-US"), rem.dt.astimezone(dt.tzinfo), rem, to_full_q, rawq)
        if it["client"].startswith("gmail"):
            return gmail_html(human, attr, rawq)
        return webmail_html(human, attr, rawq)
    hcte = it.get("hcte", "qp")
    if mode == "plain":
        body = text_part(text, charset, cte, it.get("ctextra", ""))
    elif mode == "alt":
        body = multipart("alternative", "_000_" + b if it["client"].startswith("outlook") else "000000000000" + b[:12],
                         [text_part(text, charset, cte), html_part(make_html(), charset, hcte)])
    elif mode == "html":
        body = html_part(make_html(), charset, hcte)
    elif mode in ("pdf", "pdf_alt"):
        inner = (text_part(text, charset, cte) if mode == "pdf" else
                 multipart("alternative", "alt_" + b, [text_part(text, charset, cte),
                                                        html_part(make_html(), charset, hcte)]))
        fname, lines = it["pdf"]
        body = multipart("mixed", "_004_" + b if it["client"].startswith("outlook") else "mix_" + b,
                         [inner, pdf_part(fname, lines)])
    else:
        raise ValueError(mode)
    hs = ["MIME-Version: 1.0", f"Date: {format_datetime(dt)}", f"Message-ID: {msgid(it, case, dt)}"]
    if it.get("irt", True):
        refs = it.get("refs", rem.msgid)
        hs += [f"In-Reply-To: {rem.msgid}", f"References: {refs}"]
    hs += [f"Subject: {hdr(subject_for(it, rem), charset)}", f"From: {from_full}",
           f"To: Contoso Billing <collections+{case}@ar.contoso.example>"]
    if it["client"].startswith("outlook"):
        hs.append(f"Thread-Topic: {hdr(rem.subject, charset)}")
    hs += client_headers(it, case, dt)
    hs += it.get("extra_headers", [])
    return "\n".join(hs) + "\n" + body, rem, dt


def build_auto(it, case):
    """Out-of-office auto-reply (Exchange or Gmail vacation style)."""
    dt, rem = context(it, case)
    name, email = it["sender"]
    b = base(it["lang"])
    charset = "utf-8"
    text = it["body"].strip("\n") + "\n"
    style = it["client"]
    if "subject" in it:
        subj = it["subject"]
    elif style.startswith("outlook"):
        subj = AUTO_PREFIX[b] + rem.subject
    else:
        subj = "Re: " + rem.subject
    bnd = hsh(it["key"], case, n=24)
    hs = ["MIME-Version: 1.0", f"Date: {format_datetime(dt)}", f"Message-ID: {msgid(it, case, dt)}"]
    if it.get("irt", True):
        hs += [f"In-Reply-To: {rem.msgid}", f"References: {rem.msgid}"]
    hs += [f"Subject: {hdr(subj)}", f"From: {addr(name, email)}",
           f"To: Contoso Billing <collections+{case}@ar.contoso.example>"]
    if style.startswith("outlook"):
        hs += [f"Thread-Topic: {hdr(rem.subject)}", "Auto-Submitted: auto-generated",
               "X-Auto-Response-Suppress: All", f"X-MS-Exchange-Inbox-Rules-Loop: {email}",
               "Content-Language: " + it.get("mslang", "en-US")]
        cte = "7bit" if text.isascii() else "qp"
        h = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n"
             "<body>\n<div style=\"font-family:Calibri,Arial,Helvetica,sans-serif; font-size:11pt\">\n" +
             "".join(f"<p>{'<br>'.join(l for l in para.split(chr(10)))}</p>\n" for para in text.strip().split("\n\n")) +
             "</div>\n</body>\n</html>\n")
        body = multipart("alternative", "_000_" + bnd, [text_part(text, charset, cte), html_part(h, charset, "qp")])
    else:
        hs += ["Auto-Submitted: auto-replied", "Precedence: bulk" if it.get("precedence") else "X-Autoreply: yes"]
        cte = "7bit" if text.isascii() else it.get("cte", "qp")
        body = text_part(text, charset, cte)
    return "\n".join(hs) + "\n" + body, rem, dt
