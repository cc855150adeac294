"""Shared helpers for build.py (blind set 390). Standard library only."""
import base64
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

SEED = 390
RNG = random.Random(SEED)

CO = "Sentinel Pest & Hygiene"
DOM = "billing.sentinelhygiene.example"
AR_NAME = "Sentinel Pest & Hygiene - Credit Control"


def ar_addr(case):
    return "ar+%s@%s" % (case, DOM)


def tz(off):
    sign = 1 if off[0] == "+" else -1
    h, m = int(off[1:3]), int(off[3:5])
    return timezone(sign * timedelta(hours=h, minutes=m))


def mkdt(s, off):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz(off))


def hdr_date(dt):
    return format_datetime(dt)


def enc_h(s, mode="b"):
    """RFC 2047 encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        if mode == "q":
            return _q_word(s)
        return Header(s, "utf-8").encode()


def _q_word(s):
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c.isalnum() and b < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % b)
    word = "".join(out)
    # split in chunks <= 60 chars without breaking an escape
    chunks, cur = [], ""
    i = 0
    while i < len(word):
        tok = word[i:i + 3] if word[i] == "=" else word[i]
        if len(cur) + len(tok) > 60:
            chunks.append(cur)
            cur = ""
        cur += tok
        i += len(tok)
    chunks.append(cur)
    return "\n ".join("=?utf-8?q?%s?=" % c for c in chunks)


def addr(name, email_, mode="b"):
    if not name:
        return email_
    try:
        name.encode("ascii")
        if any(ch in name for ch in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, email_)
        return "%s <%s>" % (name, email_)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_h(name, mode), email_)


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def part(ctype, body, charset="utf-8", cte="quoted-printable", extra=""):
    """Return a MIME entity (headers + body) as str."""
    h = "Content-Type: %s" % ctype
    if charset:
        h += '; charset="%s"' % charset
    h += "\nContent-Transfer-Encoding: %s\n" % cte
    if extra:
        h += extra.rstrip("\n") + "\n"
    if cte == "quoted-printable":
        b = qp(body, charset or "us-ascii")
    elif cte == "base64":
        b = b64(body.encode(charset or "utf-8") if isinstance(body, str) else body)
    else:  # 7bit / 8bit
        if cte == "7bit":
            body.encode("ascii")
        else:
            assert (charset or "").lower() == "utf-8", "8bit only for utf-8 in a JSON string"
        b = body
    if not b.endswith("\n"):
        b += "\n"
    return h + "\n" + b


def multipart(subtype, boundary, parts, extra_params=""):
    h = 'Content-Type: multipart/%s; boundary="%s"%s\n' % (subtype, boundary, extra_params)
    body = ""
    for p in parts:
        body += "\n--%s\n%s" % (boundary, p)
    body += "\n--%s--\n" % boundary
    return h, body


def bnd(prefix="", n=28):
    alphabet = "0123456789abcdef"
    return prefix + "".join(RNG.choice(alphabet) for _ in range(n))


def rid(n=12, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def fake_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            "%% %s\ntrailer<</Root 1 0 R>>\n%%%%EOF\n" % title)
    return body.encode("latin-1", "replace")


def html_wrap(inner, dir_=None, font="Calibri, sans-serif"):
    d = ' dir="%s"' % dir_ if dir_ else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body%s style="font-family:%s;font-size:11pt">\n%s\n</body></html>\n' % (d, font, inner))


def text_to_html(text):
    import html as _h
    paras = []
    for block in text.split("\n\n"):
        paras.append("<p>" + _h.escape(block).replace("\n", "<br>\n") + "</p>")
    return "\n".join(paras)
