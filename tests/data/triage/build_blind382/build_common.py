"""Shared helpers for blind set 382 (Bluewake Marine Services, accounts receivable).

Standard library only. Used by build.py and the build_items_*.py part files.
"""
import base64
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

SEED = 382
RNG = random.Random(SEED)

CO = "Bluewake Marine Services Ltd"
CO_SHORT = "Bluewake Marine"
BILL_DOMAIN = "billing.bluewake-marine.example"
PAY_URL = "https://pay.bluewake-marine.example/c/"

FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date",
          "payment_reference", "dispute_reason", "new_contact_email", "return_date",
          "invoice_numbers"]


def ar_addr(case):
    return "ar+%s@%s" % (case, BILL_DOMAIN)


def ar_from(case):
    return "%s Accounts <%s>" % (CO_SHORT, ar_addr(case))


def rid(case, n, when):
    """Our Message-ID style: <CASE.dN.YYYYMMDDTHHMMSSZ@billing...>"""
    return "<%s.d%d.%s@%s>" % (case, n, when.strftime("%Y%m%dT%H%M%SZ"), BILL_DOMAIN)


def hexid(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def alnum(n):
    return "".join(RNG.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def boundary(style="outlook"):
    if style == "outlook":
        return "_000_%s_" % hexid(32)
    if style == "gmail":
        return "0000000000%s" % hexid(18).lower()
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12))
    return "----=_Part_%d_%d.%d" % (RNG.randint(10000, 99999), RNG.randint(100000, 999999), RNG.randint(10**12, 10**13))


def enc_header(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def enc_name_addr(name, addr, charset="utf-8"):
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:"()'):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), addr)


# ---------------------------------------------------------------- reminders

def fmt_amt(v, cur):
    return "%s %s" % (cur, "{:,.2f}".format(v))


def reminder_subject(kind, invs, cur):
    total = sum(a for _, _, a in invs)
    if kind == 1:
        return "Payment reminder - invoice %s (%s)" % (invs[0][0], fmt_amt(total, cur))
    if kind == 2:
        if len(invs) == 1:
            return "Second reminder - invoice %s is overdue (%s)" % (invs[0][0], fmt_amt(total, cur))
        return "Second reminder - %d overdue invoices (%s)" % (len(invs), fmt_amt(total, cur))
    return "Final notice before account hold - %s" % ", ".join(i[0] for i in invs)


def reminder_body(kind, case, contact, cust, invs, cur):
    total = sum(a for _, _, a in invs)
    opening = {1: "This is a friendly reminder that the following invoice%s for %s %s now overdue:",
               2: "We have not yet received payment of the following invoice%s for %s, which %s now overdue:",
               3: "Despite our earlier reminders, the following invoice%s for %s %s still unpaid:"}[kind]
    pl = len(invs) > 1
    verb = {1: "are" if pl else "is", 2: "are" if pl else "is", 3: "remain" if pl else "remains"}[kind]
    lines = ["Dear %s," % contact, "",
             opening % ("s" if pl else "", cust, verb), "",
             "  Invoice      Due date     Amount"]
    for no, due, amt in invs:
        lines.append("  %-12s %-12s %s" % (no, due, fmt_amt(amt, cur)))
    lines += ["", "Total overdue: %s" % fmt_amt(total, cur), ""]
    if kind == 3:
        lines += ["If the balance is not settled within 7 days we may have to place the",
                  "account on hold for yard work, berthing extras and chandlery orders.", ""]
    lines += ["You can pay by bank transfer to the account shown on the invoice, or by",
              "card at %s%s. If you have already paid, please reply with" % (PAY_URL, case),
              "the payment date and remittance reference so we can match it. If",
              "anything on the invoice looks wrong, just reply and tell us.", "",
              "Kind regards,", "",
              "Credit Control",
              "%s | Yacht Services, Chandlery & Boatyard" % CO,
              "Triq ix-Xatt, Ta' Xbiex XBX 1020, Malta | +356 555 0190"]
    return "\n".join(lines)


# ---------------------------------------------------------------- quoting

MON = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "enl": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "el": ["Ιαν", "Φεβ", "Μαρ", "Απρ", "Μαΐ", "Ιουν", "Ιουλ", "Αυγ", "Σεπ", "Οκτ", "Νοε", "Δεκ"],
    "ell": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "hr": ["sij", "velj", "ožu", "tra", "svi", "lip", "srp", "kol", "ruj", "lis", "stu", "pro"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "frl": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "tr": ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"],
    "trl": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "itl": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "esl": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}
DAY = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "enl": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "el": ["Δευ", "Τρί", "Τετ", "Πέμ", "Παρ", "Σάβ", "Κυρ"],
    "ell": ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
    "hr": ["pon", "uto", "sri", "čet", "pet", "sub", "ned"],
    "hrl": ["ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "itl": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "esl": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "frl": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "tr": ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"],
    "trl": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
}


def local(dt_utc, offset_minutes):
    return dt_utc.astimezone(timezone(timedelta(minutes=offset_minutes)))


def quote_header(style, r_local, case, to_name, to_addr, subject):
    d = r_local
    fr = ar_from(case)
    h12 = d.strftime("%I:%M").lstrip("0")
    ampm = "AM" if d.hour < 12 else "PM"
    if style == "gmail-en":
        return "On %s, %d %s %d at %s, %s wrote:" % (DAY["en"][d.weekday()], d.day, MON["en"][d.month - 1], d.year, d.strftime("%H:%M"), fr)
    if style == "gmail-us":
        return "On %s, %s %d, %d at %s %s %s wrote:" % (DAY["en"][d.weekday()], MON["en"][d.month - 1], d.day, d.year, h12, ampm, fr)
    if style == "apple-en":
        return "On %d %s %d, at %s, %s wrote:" % (d.day, MON["en"][d.month - 1], d.year, d.strftime("%H:%M"), fr)
    if style == "apple-us":
        return "On %s %d, %d, at %s %s, %s wrote:" % (MON["en"][d.month - 1], d.day, d.year, h12, ampm, fr)
    if style == "thunderbird-en":
        return "On %s %s, %s wrote:" % (d.strftime("%d/%m/%Y"), d.strftime("%H:%M"), fr)
    if style == "gmail-el":
        return "Στις %s %d %s %d στις %s %s, ο/η %s έγραψε:" % (DAY["el"][d.weekday()], d.day, MON["el"][d.month - 1], d.year, h12, "π.μ." if d.hour < 12 else "μ.μ.", fr)
    if style == "gmail-hr":
        return "%s, %d. %s %d. u %s %s napisao je:" % (DAY["hr"][d.weekday()], d.day, MON["hr"][d.month - 1], d.year, d.strftime("%H:%M"), fr)
    if style == "gmail-it":
        return "Il giorno %s %d %s %d alle ore %s %s ha scritto:" % (DAY["it"][d.weekday()], d.day, MON["it"][d.month - 1], d.year, d.strftime("%H:%M"), fr)
    if style == "gmail-es":
        return "El %s, %d %s %d a las %s, %s (<%s>) escribió:" % (DAY["es"][d.weekday()], d.day, MON["es"][d.month - 1], d.year, d.strftime("%H:%M").lstrip("0"), CO_SHORT + " Accounts", ar_addr(case))
    if style == "gmail-fr":
        return "Le %s %d %s %d à %s, %s a écrit :" % (DAY["fr"][d.weekday()], d.day, MON["fr"][d.month - 1], d.year, d.strftime("%H:%M"), fr)
    if style == "apple-fr":
        return "Le %d %s %d à %s, %s a écrit :" % (d.day, MON["frl"][d.month - 1], d.year, d.strftime("%H:%M"), fr)
    if style == "gmail-tr":
        return "%s, %d %s %d %s tarihinde şunu yazdı:" % (fr, d.day, MON["tr"][d.month - 1], d.year, DAY["tr"][d.weekday()] + " " + d.strftime("%H:%M"))
    if style.startswith("outlook-"):
        lang = style.split("-")[1]
        labels = {
            "en": ("From", "Sent", "To", "Subject"),
            "it": ("Da", "Inviato", "A", "Oggetto"),
            "es": ("De", "Enviado el", "Para", "Asunto"),
            "fr": ("De", "Envoyé", "À", "Objet"),
            "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"),
            "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
            "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
        }[lang]
        if lang == "en":
            sent = "%s, %d %s %d %s" % (DAY["enl"][d.weekday()], d.day, MON["enl"][d.month - 1], d.year, d.strftime("%H:%M"))
        elif lang == "us":
            sent = ""
        elif lang == "it":
            sent = "%s %d %s %d %s" % (DAY["itl"][d.weekday()], d.day, MON["itl"][d.month - 1], d.year, d.strftime("%H:%M"))
        elif lang == "es":
            sent = "%s, %d de %s de %d %s" % (DAY["esl"][d.weekday()], d.day, MON["esl"][d.month - 1], d.year, d.strftime("%H:%M"))
        elif lang == "fr":
            sent = "%s %d %s %d %s" % (DAY["frl"][d.weekday()], d.day, MON["frl"][d.month - 1], d.year, d.strftime("%H:%M"))
        elif lang == "el":
            sent = "%s, %d %s %d %s" % (DAY["ell"][d.weekday()], d.day, MON["ell"][d.month - 1], d.year, d.strftime("%I:%M").lstrip("0") + (" πμ" if d.hour < 12 else " μμ"))
        elif lang == "hr":
            sent = "%s, %d. %s %d. %s" % (DAY["hrl"][d.weekday()], d.day, ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"][d.month - 1], d.year, d.strftime("%H:%M"))
        else:
            sent = "%d %s %d %s %s" % (d.day, MON["trl"][d.month - 1], d.year, DAY["trl"][d.weekday()], d.strftime("%H:%M"))
        sep = "%s %s: " if lang == "fr" else "%s%s: "
        colon = " :" if lang == "fr" else ":"
        return "\n".join(["________________________________",
                          "%s%s %s" % (labels[0], colon, fr),
                          "%s%s %s" % (labels[1], colon, sent),
                          "%s%s %s <%s>" % (labels[2], colon, to_name, to_addr),
                          "%s%s %s" % (labels[3], colon, subject)])
    if style == "outlook-us":
        pass
    raise ValueError(style)


def quoted(style, r_local, case, to_name, to_addr, subject, body):
    head = quote_header(style, r_local, case, to_name, to_addr, subject)
    if style.startswith("outlook-"):
        return head + "\n\n" + body
    ql = "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    return head + "\n\n" + ql


# ---------------------------------------------------------------- MIME parts

def qp(text, charset="utf-8"):
    raw = text.encode(charset)
    out = quopri.encodestring(raw).decode("ascii")
    return out


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def text_part(text, charset="utf-8", cte="8bit", subtype="plain", extra=""):
    ct = 'Content-Type: text/%s; charset="%s"%s' % (subtype, charset, extra)
    if cte == "quoted-printable":
        payload = qp(text, charset)
    elif cte == "base64":
        payload = b64(text.encode(charset))
    else:
        payload = text
        if not payload.endswith("\n"):
            payload += "\n"
    return "%s\nContent-Transfer-Encoding: %s\n\n%s" % (ct, cte, payload)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text, font="Calibri", charset="utf-8"):
    paras = []
    for l in text.split("\n"):
        paras.append('<p class="MsoNormal">%s</p>' % (html_escape(l) if l.strip() else "&nbsp;"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '<style>p.MsoNormal{margin:0;font-size:11.0pt;font-family:"%s",sans-serif;}</style></head>\n'
            '<body lang="EN-GB"><div class="WordSection1">\n%s\n</div></body></html>\n' % (charset, font, "\n".join(paras)))


def multipart(subtype, parts, bnd=None, extra=""):
    bnd = bnd or boundary()
    out = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, bnd, extra), ""]
    for p in parts:
        out.append("--" + bnd)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--%s--" % bnd)
    return "\n".join(out) + "\n"


def fake_pdf(title, lines):
    body = "BT /F1 10 Tf 50 780 Td (%s) Tj " % title
    for i, l in enumerate(lines):
        body += "0 -14 Td (%s) Tj " % l.replace("(", "[").replace(")", "]")
    body += "ET"
    pdf = ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
           "4 0 obj<</Length %d>>stream\n%s\nendstream endobj\n"
           "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
           "trailer<</Root 1 0 R>>\n%%%%EOF\n" % (len(body), body))
    return pdf.encode("latin-1")


def attach_part(ctype, filename, data, disp="attachment"):
    return ('Content-Type: %s; name="%s"\nContent-Disposition: %s; filename="%s"\n'
            'Content-Transfer-Encoding: base64\n\n%s' % (ctype, filename, disp, filename, b64(data)))


def headers_block(pairs):
    return "\n".join("%s: %s" % (k, v) for k, v in pairs if v is not None)


def parse_offset(date_hdr):
    tz = date_hdr.strip().split()[-1]
    sign = -1 if tz[0] == "-" else 1
    return sign * (int(tz[1:3]) * 60 + int(tz[3:5]))


def U(m, d, h=8, mi=0, y=2026):
    return datetime(y, m, d, h, mi, tzinfo=timezone.utc)


def item(iid, key, locale, fmt_desc, lab, note, **kw):
    d = dict(kw)
    d.update(id=iid, key=key, locale=locale, format=fmt_desc, lab=lab, note=note)
    return d


def L(intent, inv, pd=None, amt=None, cur=None, paid=None, ref=None, dr=None, nce=None, ret=None):
    return {"intent": intent, "promised_date": pd, "promised_amount": amt, "currency": cur,
            "paid_date": paid, "payment_reference": ref, "dispute_reason": dr,
            "new_contact_email": nce, "return_date": ret, "invoice_numbers": inv}
