"""Helpers for build.py: reminder text, quoting styles, MIME assembly, date rules.

stdlib only, deterministic (no randomness except seeded random.Random in build.py).
"""
import base64
import calendar
import hashlib
import html
import quopri
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime

TENANT_NAME = "Hollis & Crane Accounts"
TENANT_DOMAIN = "ar.hollis-crane.example"
PAY_URL = "https://pay.hollis-crane.example/c/"


# ----------------------------------------------------------------- small utils
def h(s, n=16):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def tz_of(off):
    sign = 1 if off[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))


def mkdt(s, off):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz_of(off))


def hdr_date(dt, nopad=False):
    s = format_datetime(dt)
    if nopad:
        parts = s.split(" ")
        parts[1] = str(int(parts[1]))
        s = " ".join(parts)
    return s


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def addr(name, a):
    return formataddr((name, a), charset="utf-8")


def fmt_amount(a, loc):
    d = Decimal(a)
    s = f"{d:,.2f}"
    if loc in ("en-US", "en-GB", "en-IE", "es-MX"):
        return s
    if loc.startswith("fr"):
        return s.replace(",", " ").replace(".", ",")
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


# ------------------------------------------------------------- names of things
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]
ES_MON_S = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
ES_DAY_S = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
FR_MON_S = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
            "nov.", "déc."]
FR_DAY_S = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
DE_MON_S = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
            "Nov.", "Dez."]
DE_DAY_S = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
NL_MON_S = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
NL_DAY_S = ["ma", "di", "wo", "do", "vr", "za", "zo"]


def lang(loc):
    return loc.split("-")[0]


def ampm(dt):
    return dt.strftime("%I:%M %p").lstrip("0")


def fmt_due(d, loc):
    if loc == "en-US":
        return f"{d.strftime('%b')} {d.day}, {d.year}"
    if loc in ("en-GB", "en-IE"):
        return f"{d.day} {d.strftime('%b')} {d.year}"
    if lang(loc) == "de":
        return d.strftime("%d.%m.%Y")
    if lang(loc) == "nl":
        return d.strftime("%d-%m-%Y")
    return d.strftime("%d/%m/%Y")


# ------------------------------------------------------------------- reminders
def reminder(case, loc, to_name, to_addr, company, greet, invoices, cur, sent_utc, rnum=1):
    """invoices: list of (number, due date, amount str). Returns a dict."""
    total = sum(Decimal(a) for _, _, a in invoices)
    n = len(invoices)
    L = lang(loc)
    t = fmt_amount(str(total), loc)
    if L == "en" or loc == "es-MX":
        money = lambda a: f"{cur} {fmt_amount(a, loc)}"
    else:
        money = lambda a: f"{fmt_amount(a, loc)} {cur}"
    tot = money(str(total))
    url = PAY_URL + case
    if L == "en":
        subj = (f"Payment reminder: {invoices[0][0]} overdue ({cur} {t})" if n == 1 else
                f"Payment reminder: {n} invoices overdue ({cur} {t})")
        if rnum > 1:
            subj = "Second notice - " + subj[len("Payment reminder: "):]
        head = ("  Invoice     Due date       Amount", "Total now due: ")
        lines = [f"Hello {greet},", "",
                 f"Our records show that the following {'invoice is' if n == 1 else 'invoices are'} now past due for {company}:",
                 ""]
        tail = [
            f"You can pay by card{' or ACH' if loc == 'en-US' else ''} at {url},",
            "or by bank transfer using the details printed on the invoice. If you have",
            "already paid, just reply with the payment date and reference and we will",
            "match it. If anything on the invoice looks wrong, reply and tell us.",
            "", "Kind regards,", "", "Accounts Receivable", "Hollis & Crane Supply Co."]
    elif L == "es":
        subj = (f"Recordatorio de pago: factura {invoices[0][0]} vencida ({tot})" if n == 1 else
                f"Recordatorio de pago: {n} facturas vencidas ({tot})")
        head = ("  Factura     Vencimiento    Importe", "Total vencido: ")
        lines = [f"Hola, {greet}:", "",
                 (f"Según nuestros registros, la siguiente factura de {company} está vencida:" if n == 1 else
                  f"Según nuestros registros, las siguientes facturas de {company} están vencidas:"), ""]
        tail = [
            f"Puede pagar con tarjeta en {url} o por",
            "transferencia a la cuenta que figura en la factura. Si ya ha realizado el",
            "pago, responda a este correo con la fecha y la referencia para que podamos",
            "conciliarlo. Si algo de la factura no es correcto, díganoslo respondiendo",
            "a este mensaje.", "", "Atentamente,", "", "Departamento de Cobros",
            "Hollis & Crane Supply Co."]
    elif L == "fr":
        subj = (f"Rappel de paiement : facture {invoices[0][0]} échue ({tot})" if n == 1 else
                f"Rappel de paiement : {n} factures échues ({tot})")
        head = ("  Facture     Échéance       Montant", "Total échu : ")
        lines = [f"Bonjour {greet},", "",
                 (f"Sauf erreur de notre part, la facture suivante de {company} est échue :" if n == 1 else
                  f"Sauf erreur de notre part, les factures suivantes de {company} sont échues :"), ""]
        tail = [
            f"Vous pouvez régler par carte sur {url}",
            "ou par virement aux coordonnées bancaires indiquées sur la facture. Si",
            "vous avez déjà réglé, répondez simplement avec la date et la référence du",
            "paiement afin que nous puissions le rapprocher. Si quelque chose vous",
            "semble incorrect sur la facture, dites-le-nous en répondant à ce message.",
            "", "Cordialement,", "", "Service Recouvrement", "Hollis & Crane Supply Co."]
    elif L == "de":
        subj = (f"Zahlungserinnerung: Rechnung {invoices[0][0]} überfällig ({tot})" if n == 1 else
                f"Zahlungserinnerung: {n} Rechnungen überfällig ({tot})")
        head = ("  Rechnung    Fällig am      Betrag", "Offener Gesamtbetrag: ")
        lines = ["Guten Tag,", "",
                 (f"laut unseren Unterlagen ist die folgende Rechnung von {company} überfällig:" if n == 1 else
                  f"laut unseren Unterlagen sind die folgenden Rechnungen von {company} überfällig:"), ""]
        tail = [
            f"Sie können per Karte unter {url} oder",
            "per Überweisung auf das auf der Rechnung angegebene Konto zahlen. Falls Sie",
            "bereits gezahlt haben, antworten Sie bitte mit Zahlungsdatum und Referenz,",
            "damit wir die Zahlung zuordnen können. Wenn an der Rechnung etwas nicht",
            "stimmt, teilen Sie es uns bitte per Antwort mit.", "",
            "Mit freundlichen Grüßen", "", "Debitorenbuchhaltung", "Hollis & Crane Supply Co."]
    else:  # nl
        subj = (f"Betalingsherinnering: factuur {invoices[0][0]} vervallen ({tot})" if n == 1 else
                f"Betalingsherinnering: {n} facturen vervallen ({tot})")
        head = ("  Factuur     Vervaldatum    Bedrag", "Totaal vervallen: ")
        lines = [f"Beste {greet},", "",
                 (f"Volgens onze gegevens is de volgende factuur van {company} vervallen:" if n == 1 else
                  f"Volgens onze gegevens zijn de volgende facturen van {company} vervallen:"), ""]
        tail = [
            f"U kunt met kaart betalen via {url} of",
            "per overschrijving op het rekeningnummer op de factuur. Heeft u al betaald?",
            "Antwoord dan met de betaaldatum en referentie, zodat we de betaling kunnen",
            "koppelen. Klopt er iets niet op de factuur, laat het ons dan weten door op",
            "deze e-mail te antwoorden.", "", "Met vriendelijke groeten,", "",
            "Debiteurenbeheer", "Hollis & Crane Supply Co."]
    table = [head[0]]
    for num, due, amt in invoices:
        table.append(f"  {num:<12}{fmt_due(due, loc):<15}{money(amt)}")
    body = "\n".join(lines + table + ["", head[1] + tot, ""] + tail) + "\n"
    stamp = sent_utc.strftime("%Y%m%dT%H%M%SZ")
    return dict(case=case, subject=subj, body=body, sent=sent_utc,
                msgid=f"<{case}.r{rnum}.{stamp}@{TENANT_DOMAIN}>",
                from_name=TENANT_NAME, from_addr=f"collections+{case}@{TENANT_DOMAIN}",
                to_name=to_name, to_addr=to_addr, loc=loc, cur=cur)


def reminder_eml(rem):
    """The reminder as sent (for bounces that return the whole original)."""
    return (f"From: {TENANT_NAME} <{rem['from_addr']}>\n"
            f"To: {addr(rem['to_name'], rem['to_addr']) if rem['to_name'] else rem['to_addr']}\n"
            f"Subject: {enc_header(rem['subject'])}\n"
            f"Date: {format_datetime(rem['sent'])}\n"
            f"Message-ID: {rem['msgid']}\n"
            "MIME-Version: 1.0\n"
            'Content-Type: text/plain; charset="utf-8"\n'
            "Content-Transfer-Encoding: 8bit\n")


# ---------------------------------------------------------------- attributions
def _tgt(rem):
    return f"{rem['from_name']} <{rem['from_addr']}>"


def _to(rem):
    return f"{rem['to_name']} <{rem['to_addr']}>" if rem["to_name"] else rem["to_addr"]


def outlook_header(rem, loc, tz, style="line"):
    d = rem["sent"].astimezone(tz)
    L = lang(loc)
    if loc == "en-US":
        sent = f"{EN_DAYS[d.weekday()]}, {EN_MON[d.month-1]} {d.day}, {d.year} {ampm(d)}"
        f = ("From", "Sent", "To", "Subject", ": ")
    elif L == "en":
        sent = f"{d.day} {EN_MON[d.month-1]} {d.year} {d:%H:%M}"
        f = ("From", "Sent", "To", "Subject", ": ")
    elif L == "de":
        sent = f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MON[d.month-1]} {d.year} {d:%H:%M}"
        f = ("Von", "Gesendet", "An", "Betreff", ": ")
    elif L == "fr":
        sent = f"{FR_DAYS[d.weekday()]} {d.day} {FR_MON[d.month-1]} {d.year} {d:%H:%M}"
        f = ("De", "Envoyé", "À", "Objet", " : ")
    elif L == "es":
        sent = f"{ES_DAYS[d.weekday()]}, {d.day} de {ES_MON[d.month-1]} de {d.year} {d:%H:%M}"
        f = ("De", "Enviado el", "Para", "Asunto", ": ")
    else:
        sent = f"{NL_DAYS[d.weekday()]} {d.day} {NL_MON[d.month-1]} {d.year} {d:%H:%M}"
        f = ("Van", "Verzonden", "Aan", "Onderwerp", ": ")
    sep = f[4]
    rows = [(f[0], _tgt(rem)), (f[1], sent), (f[2], _to(rem)), (f[3], rem["subject"])]
    return rows, sep


def outlook_quote_text(rem, loc, tz, style="line"):
    rows, sep = outlook_header(rem, loc, tz)
    top = "________________________________" if style == "line" else "-----Original Message-----"
    return "\n".join([top] + [f"{k}{sep}{v}" for k, v in rows]) + "\n\n" + rem["body"]


def gmail_attr(rem, loc, tz):
    d = rem["sent"].astimezone(tz)
    L = lang(loc)
    if loc == "en-US":
        return f"On {d:%a}, {d:%b} {d.day}, {d.year} at {ampm(d)} {_tgt(rem)} wrote:"
    if L == "en":
        return f"On {d:%a}, {d.day} {d:%b} {d.year} at {d:%H:%M}, {_tgt(rem)} wrote:"
    if L == "es":
        return (f"El {ES_DAY_S[d.weekday()]}, {d.day} {ES_MON_S[d.month-1]} {d.year} a las {d:%H:%M}, "
                f"{rem['from_name']} (<{rem['from_addr']}>) escribió:")
    if L == "fr":
        return (f"Le {FR_DAY_S[d.weekday()]} {d.day} {FR_MON_S[d.month-1]} {d.year} à {d:%H:%M}, "
                f"{_tgt(rem)} a écrit :")
    if L == "de":
        return (f"Am {DE_DAY_S[d.weekday()]}, {d.day}. {DE_MON_S[d.month-1]} {d.year} um {d:%H:%M} Uhr "
                f"schrieb {_tgt(rem)}:")
    return f"Op {NL_DAY_S[d.weekday()]} {d.day} {NL_MON_S[d.month-1]} {d.year} om {d:%H:%M} schreef {_tgt(rem)}:"


def apple_attr(rem, loc, tz):
    d = rem["sent"].astimezone(tz)
    L = lang(loc)
    if loc == "en-US":
        return f"On {d:%b} {d.day}, {d.year}, at {ampm(d)}, {_tgt(rem)} wrote:"
    if L == "en":
        return f"On {d.day} {d:%b} {d.year}, at {d:%H:%M}, {_tgt(rem)} wrote:"
    if L == "es":
        return f"El {d.day} {ES_MON_S[d.month-1]} {d.year}, a las {d:%H:%M}, {_tgt(rem)} escribió:"
    if L == "fr":
        return f"Le {d.day} {FR_MON_S[d.month-1]} {d.year} à {d:%H:%M}, {_tgt(rem)} a écrit :"
    if L == "de":
        return f"Am {d:%d.%m.%Y} um {d:%H:%M} schrieb {_tgt(rem)}:"
    return f"Op {d.day} {NL_MON_S[d.month-1]} {d.year} om {d:%H:%M} heeft {_tgt(rem)} het volgende geschreven:"


def tb_attr(rem, loc, tz):
    d = rem["sent"].astimezone(tz)
    L = lang(loc)
    if loc == "en-US":
        return f"On {d.month}/{d.day}/{d:%y} {ampm(d)}, {rem['from_name']} wrote:"
    if L == "en":
        return f"On {d:%d/%m/%Y} {d:%H:%M}, {rem['from_name']} wrote:"
    if L == "de":
        return f"Am {d:%d.%m.%y} um {d:%H:%M} schrieb {rem['from_name']}:"
    if L == "fr":
        return f"Le {d:%d/%m/%Y} à {d:%H:%M}, {rem['from_name']} a écrit :"
    if L == "es":
        return f"El {d:%d/%m/%Y} a las {d:%H:%M}, {rem['from_name']} escribió:"
    return f"Op {d:%d-%m-%Y} om {d:%H:%M} schreef {rem['from_name']}:"


def gt(text):
    return "\n".join(">" if not ln else "> " + ln for ln in text.rstrip("\n").split("\n")) + "\n"


# ------------------------------------------------------------------- html
def para_html(text, tag="p", cls=' class="MsoNormal"'):
    out = []
    for block in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(html.escape(x, quote=False) for x in block.split("\n"))
        out.append(f"<{tag}{cls}>{inner}</{tag}>")
        out.append(f"<{tag}{cls}>&nbsp;</{tag}>")
    return "\n".join(out[:-1])


def outlook_html(reply, rem, loc, tz, extra=""):
    parts = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word">',
             "<head>",
             '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
             "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n"
             '\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style>',
             "</head>",
             '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
             '<div class="WordSection1">',
             para_html(reply)]
    if extra:
        parts.append(extra)
    if rem is not None:
        rows, sep = outlook_header(rem, loc, tz)
        hdr = "<br>\n".join(f"<b>{html.escape(k)}{html.escape(sep.rstrip())}</b> {html.escape(v)}"
                            if sep == ": " else
                            f"<b>{html.escape(k)}&nbsp;:</b> {html.escape(v)}" for k, v in rows)
        parts += ['<p class="MsoNormal">&nbsp;</p>',
                  '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">',
                  f'<p class="MsoNormal">{hdr}</p>', "</div>",
                  '<p class="MsoNormal">&nbsp;</p>',
                  para_html(rem["body"])]
    parts += ["</div>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def gmail_html(reply, attr, quoted_body, extra=""):
    def divs(t):
        out = []
        for ln in t.strip("\n").split("\n"):
            out.append(f"<div>{html.escape(ln, quote=False)}</div>" if ln else "<div><br></div>")
        return "".join(out)
    s = f'<div dir="ltr">{divs(reply)}{extra}</div>'
    if attr:
        s += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              f"{html.escape(attr, quote=False)}<br></div>"
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
              'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              f"{divs(quoted_body)}</blockquote></div>")
    return s + "\n"


# --------------------------------------------------------------- encodings
def encode_body(text, charset="utf-8", cte="quoted-printable"):
    """Returns (content-transfer-encoding, payload str to put into the eml string)."""
    if cte == "7bit":
        text.encode("ascii")
        return "7bit", text
    if cte == "8bit":
        return "8bit", text  # raw unicode; eml.encode('utf-8') gives 8-bit bytes
    raw = text.encode(charset)
    if cte == "base64":
        return "base64", base64.encodebytes(raw).decode("ascii")
    return "quoted-printable", quopri.encodestring(raw).decode("ascii")


def part(ctype, text, charset="utf-8", cte="quoted-printable", extra_params=""):
    c, payload = encode_body(text, charset, cte)
    if not payload.endswith("\n"):
        payload += "\n"
    return (f'Content-Type: {ctype}; charset="{charset}"{extra_params}\n'
            f"Content-Transfer-Encoding: {c}\n\n{payload}")


def multipart(subtype, boundary, parts, preamble=""):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    if preamble:
        s += preamble + "\n"
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def attachment(filename, ctype, data):
    b = base64.encodebytes(data).decode("ascii")
    return (f'Content-Type: {ctype}; name="{filename}"\n'
            f'Content-Description: {filename}\n'
            f'Content-Disposition: attachment; filename="{filename}"; size={len(data)}\n'
            "Content-Transfer-Encoding: base64\n\n" + b)


# ------------------------------------------------------------------ date rules
def local_today(date_header):
    return parsedate_to_datetime(date_header).date()  # in the header's own offset


def resolve(rule, today):
    kind = rule[0]
    if kind == "today":
        return today
    if kind == "tomorrow":
        return today + timedelta(1)
    if kind == "yesterday":
        return today - timedelta(1)
    if kind == "this_wd":      # "Friday", "this Friday", "on Monday"
        return today + timedelta((rule[1] - today.weekday()) % 7)
    if kind == "next_wd":      # "next Friday": that weekday in the following Mon-Sun week
        return today + timedelta(7 - today.weekday() + rule[1])
    if kind == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if kind == "plus":
        return today + timedelta(rule[1])
    if kind == "by_the":
        d = rule[1]
        if today.day <= d:
            return today.replace(day=d)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, d)
    if kind == "week_fri":     # "this week"
        return today + timedelta(4 - today.weekday())
    if kind == "kw":           # ISO week number -> that week's Friday
        return date.fromisocalendar(today.year, rule[1], 5)
    if kind == "first_week_of":  # contract: "the first week of April" = April 7
        m = rule[1]
        y = today.year if m >= today.month else today.year + 1
        return date(y, m, 7)
    if kind == "dm_future":    # day+month, no year, future event
        d = date(today.year, rule[1], rule[2])
        return d if d >= today else date(today.year + 1, rule[1], rule[2])
    if kind == "dm_past":      # day+month, no year, past event
        d = date(today.year, rule[1], rule[2])
        return d if d <= today else date(today.year - 1, rule[1], rule[2])
    if kind == "ymd":
        return date(rule[1], rule[2], rule[3])
    raise ValueError(rule)
