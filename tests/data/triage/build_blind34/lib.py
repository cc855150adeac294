"""Helpers for build.py (stdlib only). Deterministic: no clock, no unseeded randomness."""
import base64
import calendar
import hashlib
import quopri
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email.header import Header
from email.utils import format_datetime, formataddr

AR_NAME = "Northbeam Accounts Receivable"
AR_DOM = "billing.northbeam.example"
PAY = "https://pay.northbeam.example"


def ar(case):
    return f"ar+{case}@{AR_DOM}"


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


def dt(y, mo, d, h, mi, off, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz(off))


# ---------------------------------------------------------------- date rules (contract)
def this_weekday(today, wd):
    return today + timedelta((wd - today.weekday()) % 7)


def next_weekday(today, wd):
    return today + timedelta(7 - today.weekday() + wd)


def end_of_month(today):
    return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])


def by_the(today, day):
    if today.day <= day:
        return today.replace(day=day)
    y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return date(y, m, day)


def week_friday(year, week):
    return date.fromisocalendar(year, week, 5)


def iso(d):
    return d.isoformat() if d else None


# ---------------------------------------------------------------- names
WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
}
WDA = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
}
MO = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "de": ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
}


def wd(lang, d):
    return WD[lang][d.weekday()]


def mo(lang, d):
    return MO[lang][d.month - 1]


def ampm(t):
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


# ---------------------------------------------------------------- money
def money(cur, amt):
    """Vendor-system style amount used in our own reminders: 'USD 18,240.00'."""
    return f"{cur} {Decimal(amt):,.2f}"


# ---------------------------------------------------------------- reminder (our own outbound text)
class Inv:
    def __init__(self, num, due, amount, desc):
        self.num, self.due, self.amount, self.desc = num, due, amount, desc


DUE_WORD = {"en": "due", "es": "vence", "fr": "échéance", "pt": "venc.", "de": "fällig", "it": "scad.", "nl": "vervaldag"}


def reminder_subject(lang, invs, cur, sent):
    total = money(cur, sum(Decimal(i.amount) for i in invs))
    if len(invs) == 1:
        i = invs[0]
        days = (sent.date() - i.due).days
        return {
            "en": f"Payment reminder: {i.num} is {days} days past due ({total})",
            "es": f"Recordatorio de pago: factura {i.num} vencida ({total})",
            "fr": f"Rappel de paiement : facture {i.num} en souffrance ({total})",
            "pt": f"Lembrete de pagamento: fatura {i.num} vencida ({total})",
            "de": f"Zahlungserinnerung: Rechnung {i.num} überfällig ({total})",
            "it": f"Sollecito di pagamento: fattura {i.num} scaduta ({total})",
            "nl": f"Betalingsherinnering: factuur {i.num} vervallen ({total})",
        }[lang]
    n = len(invs)
    return {
        "en": f"Overdue balance on your Northbeam account: {n} invoices ({total})",
        "es": f"Saldo vencido en su cuenta Northbeam: {n} facturas ({total})",
        "fr": f"Solde en souffrance sur votre compte Northbeam : {n} factures ({total})",
        "pt": f"Saldo vencido na sua conta Northbeam: {n} faturas ({total})",
        "de": f"Offener Saldo auf Ihrem Northbeam-Konto: {n} Rechnungen ({total})",
        "it": f"Saldo scaduto sul Suo account Northbeam: {n} fatture ({total})",
        "nl": f"Openstaand saldo op uw Northbeam-account: {n} facturen ({total})",
    }[lang]


def reminder_body(lang, greet, company, case, invs, cur):
    rows = "\n".join(
        f"  {i.num}   {DUE_WORD[lang]} {i.due.isoformat()}   {money(cur, i.amount):>15}   {i.desc}" for i in invs
    )
    total = money(cur, sum(Decimal(i.amount) for i in invs))
    url = f"{PAY}/{case}"
    if lang == "en":
        what = "invoice" if len(invs) == 1 else "invoices"
        verb = "is" if len(invs) == 1 else "are"
        return (
            f"Hi {greet},\n\nOur records show the following Northbeam {what} for {company} {verb}\npast due:\n\n{rows}\n\n"
            f"Balance due: {total}\n\nYou can pay by card or ACH at {url}, or by wire to the\n"
            "account printed on the invoice. Already paid? Reply with the payment date\n"
            "and remittance reference and we'll match it. If something on the invoice\n"
            "doesn't look right, just reply and let us know.\n\nKind regards,\n\n"
            "Northbeam Accounts Receivable\nNorthbeam Analytics, Inc.\n"
        )
    if lang == "es":
        return (
            f"Hola, {greet}:\n\nSegún nuestros registros, el siguiente saldo de {company} se encuentra\nvencido:\n\n{rows}\n\n"
            f"Saldo vencido: {total}\n\nPuede pagar con tarjeta o transferencia en {url}.\n"
            "Si ya realizó el pago, responda con la fecha y la referencia para que\n"
            "podamos conciliarlo. Si algo en la factura no es correcto, avísenos\nrespondiendo a este correo.\n\n"
            "Saludos cordiales,\n\nCuentas por Cobrar | Northbeam Analytics, Inc.\n"
        )
    if lang == "fr":
        return (
            f"Bonjour {greet},\n\nSelon nos dossiers, le solde suivant de {company} est en souffrance :\n\n{rows}\n\n"
            f"Solde dû : {total}\n\nVous pouvez payer par carte ou par virement sur {url}.\n"
            "Si le paiement a déjà été effectué, répondez-nous avec la date et la\n"
            "référence du paiement afin que nous puissions le rapprocher. Si quelque\n"
            "chose vous semble inexact sur la facture, il suffit de répondre à ce courriel.\n\n"
            "Cordialement,\n\nComptes clients | Northbeam Analytics, Inc.\n"
        )
    if lang == "pt":
        return (
            f"Olá, {greet},\n\nDe acordo com nossos registros, o seguinte saldo de {company} está vencido:\n\n{rows}\n\n"
            f"Saldo devido: {total}\n\nVocê pode pagar com cartão ou transferência em {url}.\n"
            "Se o pagamento já foi feito, responda com a data e a referência para que\n"
            "possamos conciliá-lo. Se algo na fatura não estiver correto, é só responder\na este e-mail.\n\n"
            "Atenciosamente,\n\nContas a Receber | Northbeam Analytics, Inc.\n"
        )
    if lang == "de":
        return (
            f"Guten Tag {greet},\n\nlaut unseren Unterlagen ist folgender Saldo von {company} überfällig:\n\n{rows}\n\n"
            f"Offener Betrag: {total}\n\nSie können per Karte oder Überweisung unter {url} bezahlen.\n"
            "Falls Sie bereits bezahlt haben, antworten Sie bitte mit Zahlungsdatum und\n"
            "Referenz, damit wir die Zahlung zuordnen können. Wenn an der Rechnung etwas\n"
            "nicht stimmt, antworten Sie einfach auf diese E-Mail.\n\n"
            "Mit freundlichen Grüßen\n\nDebitorenbuchhaltung | Northbeam Analytics, Inc.\n"
        )
    if lang == "it":
        return (
            f"Gentile {greet},\n\ndai nostri registri risulta scaduto il seguente saldo di {company}:\n\n{rows}\n\n"
            f"Importo dovuto: {total}\n\nPuò pagare con carta o bonifico su {url}.\n"
            "Se ha già effettuato il pagamento, risponda indicando data e riferimento\n"
            "così da poterlo abbinare. Se qualcosa nella fattura non Le sembra corretto,\nrisponda pure a questa e-mail.\n\n"
            "Cordiali saluti,\n\nContabilità clienti | Northbeam Analytics, Inc.\n"
        )
    if lang == "nl":
        return (
            f"Beste {greet},\n\nVolgens onze gegevens is het volgende saldo van {company} vervallen:\n\n{rows}\n\n"
            f"Verschuldigd bedrag: {total}\n\nU kunt betalen met kaart of overschrijving via {url}.\n"
            "Heeft u al betaald? Antwoord dan met de betaaldatum en de referentie, zodat\n"
            "we de betaling kunnen koppelen. Klopt er iets niet op de factuur, laat het\nons dan weten door op deze e-mail te antwoorden.\n\n"
            "Met vriendelijke groeten,\n\nDebiteurenbeheer | Northbeam Analytics, Inc.\n"
        )
    raise ValueError(lang)


# ---------------------------------------------------------------- quoting styles
def attribution(style, lang, sent, name, addr):
    t = sent
    if style == "gmail":
        if lang == "en":
            return f"On {WDA['en'][t.weekday()]}, {MO['en'][t.month-1][:3]} {t.day}, {t.year} at {ampm(t)} {name} <{addr}> wrote:"
        if lang == "fr":
            return f"Le {WDA['fr'][t.weekday()]} {t.day} {mo('fr', t)} {t.year} à {t:%H:%M}, {name} <{addr}> a écrit :"
        if lang == "es":
            return f"El {WDA['es'][t.weekday()]}, {t.day} {mo('es', t)[:3]} {t.year} a las {t.hour}:{t.minute:02d}, {name} (<{addr}>) escribió:"
        if lang == "pt":
            return f"Em {WDA['pt'][t.weekday()]}, {t.day} de {mo('pt', t)[:3]}. de {t.year} às {t:%H:%M}, {name} <{addr}> escreveu:"
        if lang == "it":
            return f"Il giorno {wd('it', t)} {t.day} {mo('it', t)} {t.year} alle ore {t:%H:%M} {name} <{addr}> ha scritto:"
        if lang == "nl":
            return f"Op {wd('nl', t)} {t.day} {mo('nl', t)} {t.year} om {t:%H:%M} schreef {name} <{addr}>:"
        if lang == "de":
            return f"Am {WDA['de'][t.weekday()]}, {t.day}. {mo('de', t)} {t.year} um {t:%H:%M} schrieb {name} <{addr}>:"
    if style == "apple_us":
        return f"On {MO['en'][t.month-1][:3]} {t.day}, {t.year}, at {ampm(t)}, {name} <{addr}> wrote:"
    if style == "apple_uk":
        return f"On {t.day} {MO['en'][t.month-1][:3]} {t.year}, at {t:%H:%M}, {name} <{addr}> wrote:"
    if style == "apple_pt":
        return f"Em {t.day} de {mo('pt', t)[:3]}. de {t.year}, à(s) {t:%H:%M}, {name} <{addr}> escreveu:"
    if style == "apple_es":
        return f"El {t.day} {mo('es', t)[:3]} {t.year}, a las {t.hour}:{t.minute:02d}, {name} <{addr}> escribió:"
    if style == "apple_fr":
        return f"Le {t.day} {mo('fr', t)} {t.year} à {t:%H:%M}, {name} <{addr}> a écrit :"
    raise ValueError(style)


def outlook_block(lang, sent, name, addr, to, subject, variant="us"):
    t = sent
    if lang == "en":
        when = (f"{wd('en', t)}, {mo('en', t)} {t.day}, {t.year} {ampm(t)}" if variant == "us"
                else f"{wd('en', t)}, {t.day} {mo('en', t)} {t.year} {t:%H:%M}")
        return f"From: {name} <{addr}>\nSent: {when}\nTo: {to}\nSubject: {subject}"
    if lang == "fr":
        return f"De : {name} <{addr}>\nEnvoyé : {wd('fr', t)} {t.day} {mo('fr', t)} {t.year} {t:%H:%M}\nÀ : {to}\nObjet : {subject}"
    if lang == "es":
        return f"De: {name} <{addr}>\nEnviado: {wd('es', t)}, {t.day} de {mo('es', t)} de {t.year} {t.hour}:{t.minute:02d}\nPara: {to}\nAsunto: {subject}"
    if lang == "de":
        return f"Von: {name} <{addr}>\nGesendet: {wd('de', t)}, {t.day}. {mo('de', t)} {t.year} {t:%H:%M}\nAn: {to}\nBetreff: {subject}"
    if lang == "it":
        return f"Da: {name} <{addr}>\nInviato: {wd('it', t)} {t.day} {mo('it', t)} {t.year} {t:%H:%M}\nA: {to}\nOggetto: {subject}"
    if lang == "nl":
        return f"Van: {name} <{addr}>\nVerzonden: {wd('nl', t)} {t.day} {mo('nl', t)} {t.year} {t:%H:%M}\nAan: {to}\nOnderwerp: {subject}"
    if lang == "pt":
        return f"De: {name} <{addr}>\nEnviada em: {wd('pt', t)}, {t.day} de {mo('pt', t)} de {t.year} {t:%H:%M}\nPara: {to}\nAssunto: {subject}"
    raise ValueError(lang)


def gt_quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


# ---------------------------------------------------------------- MIME assembly
def h(s):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return formataddr((name, email), charset="utf-8")


def digest(key, n=32):
    return hashlib.sha256(key.encode()).hexdigest()[:n]


def msgid(key, style, domain):
    d = digest(key).upper()
    if style == "outlook":
        return f"<{d[:4]}PR{d[4:6]}MB{d[6:10]}{d[10:30]}@{d[:4]}PR{d[4:6]}MB{d[6:10]}.namprd{int(d[30:32],16)%20:02d}.prod.outlook.com>"
    if style == "outlook_eu":
        return f"<{d[:2]}9PR{d[2:4]}MB{d[4:8]}{d[8:28]}@{d[:2]}9PR{d[2:4]}MB{d[4:8]}.eurprd{int(d[28:30],16)%10:02d}.prod.outlook.com>"
    if style == "gmail":
        return f"<CA+{digest(key+'g',28)}{digest(key+'h',14).upper()}@mail.gmail.com>"
    if style == "apple":
        x = d
        return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{domain}>"
    return f"<{d[:20].lower()}@{domain}>"


def cte_encode(text, charset, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(charset)).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(text.encode(charset)).decode("ascii")
    if cte == "7bit":
        text.encode("ascii")
    return text


def leaf(ctype, text, charset="utf-8", cte="8bit", params=""):
    body = cte_encode(text, charset, cte)
    return f'Content-Type: {ctype}; charset="{charset}"{params}\nContent-Transfer-Encoding: {cte}\n\n{body}'


def multipart(sub, boundary, parts, params=""):
    out = f'Content-Type: multipart/{sub}; boundary="{boundary}"{params}\n\n'
    for p in parts:
        out += f"--{boundary}\n{p.rstrip(chr(10))}\n\n"
    out += f"--{boundary}--\n"
    return out


def html_wrap(text, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    import html as _html
    paras = text.strip("\n").split("\n\n")
    body = "\n".join("<p>" + _html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body><div style="{style}">\n{body}\n</div></body></html>\n'


def message(headers, content):
    """headers: list of (name, value); content: a full MIME entity string starting with Content-Type."""
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    return "\n".join(lines) + "\nMIME-Version: 1.0\n" + content if not any(k == "MIME-Version" for k, _ in headers) \
        else "\n".join(lines) + "\n" + content
