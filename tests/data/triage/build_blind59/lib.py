"""Helpers for build.py (stdlib only, deterministic)."""
import base64, calendar, hashlib, html, quopri
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email.header import Header
from email.utils import parsedate_to_datetime, formataddr

TENANT = "Brightwater Linen Billing"
AR_DOMAIN = "ar.brightwater-linen.example"

# ---------------------------------------------------------------- dates
def today_of(date_hdr):
    """Calendar date of the Date header in its own offset."""
    return parsedate_to_datetime(date_hdr).date()

def iso(d):
    return d.isoformat() if d else None

def this_wd(t, wd):
    return t + timedelta((wd - t.weekday()) % 7)

def next_wd(t, wd):
    return t + timedelta(7 - t.weekday() + wd)

def last_wd(t, wd):
    """Most recent weekday strictly before today (a past event 'on Monday')."""
    d = (t.weekday() - wd) % 7
    return t - timedelta(d if d else 7)

def eom(t):
    return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])

def eom_named(t, month):
    y = t.year if month >= t.month else t.year + 1
    return date(y, month, calendar.monthrange(y, month)[1])

def by_the(t, day):
    if t.day <= day:
        return t.replace(day=day)
    y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    return date(y, m, day)

def plus(t, n):
    return t + timedelta(days=n)

def week_friday(t, week):
    return date.fromisocalendar(t.year, week, 5)

def future_dm(t, month, day):
    d = date(t.year, month, day)
    return d if d >= t else date(t.year + 1, month, day)

def past_dm(t, month, day):
    d = date(t.year, month, day)
    return d if d <= t else date(t.year - 1, month, day)

# ---------------------------------------------------------------- money
def fmt_amount(amount, style):
    q = Decimal(amount).quantize(Decimal("0.01"))
    s = f"{q:,.2f}"                       # 1,234.56
    if style == "en":
        return s
    intpart, dec = s.split(".")
    if style == "dot":                    # 1.234,56
        return intpart.replace(",", ".") + "," + dec
    if style == "space":                  # 1 234,56
        return intpart.replace(",", " ") + "," + dec
    if style == "ch":                     # 1'234.56
        return intpart.replace(",", "'") + "." + dec
    raise ValueError(style)

AMOUNT_STYLE = {"en": "en", "es": "dot", "de": "dot", "it": "dot", "nl": "dot",
                "pt": "dot", "fr": "space"}

def money(cur, amount, lang):
    style = "ch" if cur == "CHF" else AMOUNT_STYLE[lang]
    return f"{cur} {fmt_amount(amount, style)}"

# ---------------------------------------------------------------- names
WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
MO = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
}
WD_SHORT = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
}
MO_SHORT = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
}

def ampm(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"

def gmail_attrib(loc, dt, who):
    l = loc[:2]
    wd, d, m, y, hm = dt.weekday(), dt.day, dt.month - 1, dt.year, f"{dt.hour:02d}:{dt.minute:02d}"
    if l == "en":
        return f"On {WD_SHORT['en'][wd]}, {MO_SHORT['en'][m]} {d}, {y} at {ampm(dt)} {who} wrote:"
    if l == "es":
        return f"El {WD_SHORT['es'][wd]}, {d} {MO_SHORT['es'][m]} {y} a las {hm}, {who.replace('<', '(<').replace('>', '>)')} escribió:"
    if l == "fr":
        return f"Le {WD_SHORT['fr'][wd]} {d} {MO['fr'][m]} {y} à {hm}, {who} a écrit :"
    if l == "de":
        return f"Am {WD_SHORT['de'][wd]}, {d}. {MO['de'][m]} {y} um {hm} Uhr schrieb {who}:"
    if l == "pt":
        return f"Em {WD_SHORT['pt'][wd]}, {d} de {MO_SHORT['pt'][m]} de {y} às {hm}, {who} escreveu:"
    if l == "nl":
        return f"Op {WD_SHORT['nl'][wd]} {d} {MO_SHORT['nl'][m]} {y} om {hm} schreef {who}:"
    if l == "it":
        return f"Il giorno {WD_SHORT['it'][wd]} {d} {MO_SHORT['it'][m]} {y} alle ore {hm} {who} ha scritto:"
    raise ValueError(loc)

def apple_attrib(dt, who):
    return f"On {MO_SHORT['en'][dt.month-1]} {dt.day}, {dt.year}, at {ampm(dt)}, {who} wrote:"

OUTLOOK_LABELS = {
    "en-US": ("From", "Sent", "To", "Cc", "Subject", "-----Original Message-----"),
    "en-GB": ("From", "Sent", "To", "Cc", "Subject", "-----Original Message-----"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto", "-----Mensaje original-----"),
    "fr": ("De ", "Envoyé ", "À ", "Cc ", "Objet ", "-----Message d'origine-----"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff", "-----Ursprüngliche Nachricht-----"),
    "pt": ("De", "Enviada", "Para", "Cc", "Assunto", "-----Mensagem original-----"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp", "-----Oorspronkelijk bericht-----"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto", "-----Messaggio originale-----"),
}

def outlook_sent(loc, dt):
    l = loc[:2]
    wd, d, m, y, hm = dt.weekday(), dt.day, dt.month - 1, dt.year, f"{dt.hour:02d}:{dt.minute:02d}"
    if loc == "en-US":
        return f"{WD['en'][wd]}, {MO['en'][m]} {d}, {y} {ampm(dt)}"
    if l == "en":
        return f"{d:02d} {MO['en'][m]} {y} {hm}"
    if l == "es":
        return f"{WD['es'][wd]}, {d} de {MO['es'][m]} de {y} {hm}"
    if l == "fr":
        return f"{WD['fr'][wd]} {d} {MO['fr'][m]} {y} {hm}"
    if l == "de":
        return f"{WD['de'][wd]}, {d}. {MO['de'][m]} {y} {hm}"
    if l == "pt":
        return f"{WD['pt'][wd]}, {d} de {MO['pt'][m]} de {y} {hm}"
    if l == "nl":
        return f"{WD['nl'][wd]} {d} {MO['nl'][m]} {y} {hm}"
    if l == "it":
        return f"{WD['it'][wd]} {d} {MO['it'][m]} {y} {hm}"
    raise ValueError(loc)

def outlook_block(loc, frm, dt, to, subject, sep="line", cc=None):
    key = loc if loc in OUTLOOK_LABELS else loc[:2]
    F, S, T, C, J, orig = OUTLOOK_LABELS[key]
    c = ":" if not F.endswith(" ") else ":"
    lines = []
    lines.append("________________________________" if sep == "line" else orig)
    lines.append(f"{F}{c} {frm}")
    lines.append(f"{S}{c} {outlook_sent(loc, dt)}")
    lines.append(f"{T}{c} {to}")
    if cc:
        lines.append(f"{C}{c} {cc}")
    lines.append(f"{J}{c} {subject}")
    return "\n".join(lines)

# ---------------------------------------------------------------- encoding
def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)

def enc_addr(name, addr, charset="utf-8"):
    if name is None:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=charset)

def qp(text, charset="utf-8"):
    raw = text.encode(charset)
    out = quopri.encodestring(raw, quotetabs=False).decode("ascii")
    return out

def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")

def text_to_html(text, outlook=False):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        body = "<br>\n".join(html.escape(line, quote=False) for line in p.split("\n"))
        if outlook:
            out.append(f'<p class="MsoNormal">{body}</p>\n<p class="MsoNormal">&nbsp;</p>')
        else:
            out.append(f"<div>{body}</div><div><br></div>")
    inner = "\n".join(out)
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + inner + "\n</div>\n</body>\n</html>\n")
    return '<div dir="ltr">\n' + inner + "\n</div>\n"

def digest(*parts, n=16):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]
