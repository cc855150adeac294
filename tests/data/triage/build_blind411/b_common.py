"""Shared helpers for build.py (standard library only)."""
import base64, calendar, quopri, random
from datetime import datetime, date, timedelta, timezone
from decimal import Decimal
from email.header import Header

RNG = random.Random(411)
CO = "Falconridge Aero Technics"
DOM = "billing.falconridge.example"
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]

# ---------------------------------------------------------------- dates
def tz(minutes):
    return timezone(timedelta(minutes=minutes))

def dt(s, off):
    """local 'YYYY-MM-DD HH:MM:SS' with UTC offset in minutes -> aware datetime"""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz(off))

def rfc_date(d, weekday=True, zero_minus=False):
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "-" if mins < 0 or zero_minus else "+"
    mins = abs(mins)
    z = f"{sign}{mins // 60:02d}{mins % 60:02d}"
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    mo = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    core = f"{d.day:02d} {mo} {d.year} {d:%H:%M:%S} {z}"
    return f"{wd}, {core}" if weekday else core

def jalali_to_greg(jy, jm, jd):
    jy += 1595
    days = -355668 + (365 * jy) + ((jy // 33) * 8) + (((jy % 33) + 3) // 4) + jd
    days += (jm - 1) * 31 if jm < 7 else ((jm - 7) * 30) + 186
    gy = 400 * (days // 146097); days %= 146097
    if days > 36524:
        days -= 1; gy += 100 * (days // 36524); days %= 36524
        if days >= 365: days += 1
    gy += 4 * (days // 1461); days %= 1461
    if days > 365:
        gy += (days - 1) // 365; days = (days - 1) % 365
    gd = days + 1
    sal = [0, 31, 29 if (gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    gm = 0
    while gm < 13 and gd > sal[gm]:
        gd -= sal[gm]; gm += 1
    return date(gy, gm, gd)

def resolve(rule, args, today):
    a = list(args)
    if rule == "tomorrow": return today + timedelta(1)
    if rule == "yesterday": return today - timedelta(1)
    if rule == "today": return today
    if rule == "in_days": return today + timedelta(a[0])
    if rule == "this_wd": return today + timedelta((a[0] - today.weekday()) % 7)
    if rule == "next_wd": return today + timedelta(7 - today.weekday() + a[0])
    if rule == "past_wd":
        back = (today.weekday() - a[0]) % 7 or 7
        return today - timedelta(back)
    if rule == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "this_week": return today + timedelta(4 - today.weekday())
    if rule == "by_the":
        if today.day <= a[0]: return today.replace(day=a[0])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, a[0])
    if rule == "explicit": return date(*a)
    if rule == "dm_past":
        d = date(today.year, a[1], a[0])
        return d if d <= today else date(today.year - 1, a[1], a[0])
    if rule == "dm_future":
        d = date(today.year, a[1], a[0])
        return d if d >= today else date(today.year + 1, a[1], a[0])
    if rule == "eo_named_month":
        y = today.year if a[0] >= today.month else today.year + 1
        return date(y, a[0], calendar.monthrange(y, a[0])[1])
    if rule == "first_week_of":
        y = today.year if a[0] >= today.month else today.year + 1
        return date(y, a[0], 7)
    if rule == "jalali": return jalali_to_greg(*a)
    raise ValueError(rule)

# ---------------------------------------------------------------- amounts
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

def norm_amount(raw, dec):
    s = raw.translate(DIGITS)
    for ch in (" ", "\u00a0", "\u202f", "\u2009", "'", "٬"):
        s = s.replace(ch, "")
    s = s.replace("٫", dec == "comma" and "," or ".")
    if dec == "comma":
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    return str(Decimal(s).quantize(Decimal("0.01")))

def fmt_money(x, style="en"):
    x = Decimal(x).quantize(Decimal("0.01"))
    s = f"{x:,.2f}"
    return s

# ---------------------------------------------------------------- MIME helpers
def hdr(text, charset="utf-8"):
    try:
        text.encode("ascii"); return text
    except UnicodeEncodeError:
        return Header(text, charset).encode(maxlinelen=76)

def addr(name, email_, charset="utf-8"):
    if not name: return email_
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return f'"{name}" <{email_}>'
        return f"{name} <{email_}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{email_}>"

def encode_body(text, charset="utf-8", cte="8bit"):
    b = text.encode(charset)
    if cte in ("7bit", "8bit"):
        if charset.lower() not in ("utf-8", "us-ascii"):
            raise ValueError("8bit only for utf-8")
        return text
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    raise ValueError(cte)

def part(text, ctype="text/plain", charset="utf-8", cte="8bit", extra="", headers=()):
    h = [f'Content-Type: {ctype}; charset="{charset}"{extra}', f"Content-Transfer-Encoding: {cte}"]
    h += list(headers)
    return "\n".join(h) + "\n\n" + encode_body(text, charset, cte)

def attachment(data, ctype, filename, disp="attachment"):
    b64 = base64.encodebytes(data).decode("ascii")
    return (f'Content-Type: {ctype}; name="{filename}"\nContent-Transfer-Encoding: base64\n'
            f'Content-Disposition: {disp}; filename="{filename}"\n\n{b64}')

def multipart(subtype, parts, boundary, extra="", preamble=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', ""]
    if preamble: out += [preamble, ""]
    for p in parts:
        out += [f"--{boundary}", p.rstrip("\n"), ""]
    out += [f"--{boundary}--", ""]
    return "\n".join(out)

def message(headers, body):
    """headers: list of (name, value); body: a part/multipart string starting with its own headers."""
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    lines.insert(0, "MIME-Version: 1.0") if not any(k == "MIME-Version" for k, _ in headers) else None
    return "\n".join(lines) + "\n" + body

def fake_pdf(text):
    t = text.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% "
            + t + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")

def hexid(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))

def outlook_msgid():
    srv = RNG.choice(["DB9PR02MB", "AM9PR04MB", "PAXPR08MB", "DU0PR03MB", "VI1PR06MB", "BOM1PR01MB", "PN3PR01MB", "ME3PR01MB"])
    num = RNG.randint(1000, 9999)
    region = {"DB9": "eurprd02", "AM9": "eurprd04", "PAX": "eurprd08", "DU0": "eurprd03", "VI1": "eurprd06",
              "BOM": "INDPRD01", "PN3": "INDPRD01", "ME3": "INDPRD01"}[srv[:3]]
    return f"<{srv}{num}{hexid(20)}@{srv}{num}.{region}.prod.outlook.com>"

def thread_index():
    return base64.b64encode(bytes(RNG.randrange(256) for _ in range(22))).decode()
