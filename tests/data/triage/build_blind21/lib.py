"""Helpers for build.py: date rules, number formats, reminder text, MIME assembly.

Stdlib only and deterministic: no clock, no unseeded randomness.
"""
import base64
import calendar
import hashlib
import html
import quopri
from datetime import date, datetime, timedelta, timezone
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import format_datetime

DOMAIN = "ar.contoso.example"

# --------------------------------------------------------------------------
# Date rules (the contract's conventions)
# --------------------------------------------------------------------------
WDN = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def this_wd(today, wd):
    """'Friday' / 'this Friday' / 'on Friday': the coming one, today if today."""
    return today + timedelta((WDN[wd] - today.weekday()) % 7)


def next_wd(today, wd):
    """'next Friday': that weekday in the following Monday-Sunday week."""
    return today + timedelta(7 - today.weekday() + WDN[wd])


def last_wd(today, wd):
    """Past-tense weekday ('paid on Monday'): the latest such day before today."""
    d = (today.weekday() - WDN[wd]) % 7
    return today - timedelta(d if d else 7)


def prev_week_wd(today, wd):
    """'last week Thursday' / 'vorige week donderdag': that weekday in the previous Mon-Sun week."""
    return today - timedelta(today.weekday() + 7) + timedelta(WDN[wd])


def eom(today):
    return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])


def plus(today, n):
    return today + timedelta(days=n)


def by_the(today, day):
    if today.day <= day:
        return today.replace(day=day)
    y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return date(y, m, day)


def week_friday(today, week):
    """'KW 50' / 'week 2': the Friday of that ISO week, the next such week on or after today."""
    for y in (today.year, today.year + 1):
        f = date.fromisocalendar(y, week, 5)
        if date.fromisocalendar(y, week, 7) >= today:
            return f
    raise ValueError


def first_week_of(today, month):
    """'the first week of April' = April 7 (contract), next one on or after today."""
    y = today.year if (today.month, today.day) <= (month, 7) else today.year + 1
    return date(y, month, 7)


def dm_future(today, month, day):
    """Day and month without year, future event: the next one on or after today."""
    d = date(today.year, month, day)
    return d if d >= today else date(today.year + 1, month, day)


def dm_past(today, month, day):
    """Day and month without year, past event: the latest one on or before today."""
    d = date(today.year, month, day)
    return d if d <= today else date(today.year - 1, month, day)


def thanksgiving(year):
    d = date(year, 11, 1)
    first_thu = d + timedelta((3 - d.weekday()) % 7)
    return first_thu + timedelta(weeks=3)


def easter(year):
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = ((h + l - 7 * m + 114) % 31) + 1
    return date(year, month, day)


def ash_wednesday(year):
    return easter(year) - timedelta(days=46)


# --------------------------------------------------------------------------
# Language data
# --------------------------------------------------------------------------
WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
WDA = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
}
MON = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
}
MONA = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
}


def base(lang):
    return lang.split("-")[0]


# --------------------------------------------------------------------------
# Amounts
# --------------------------------------------------------------------------
def group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt_amt(amount, lang, cur):
    """Reminder style amount: 'USD 1,240.50', 'EUR 1.240,50', 'EUR 1 240,50'."""
    i, f = amount.split(".")
    b = base(lang)
    if b == "en":
        return f"{cur} {group(int(i), ',')}.{f}"
    if b == "fr":
        return f"{cur} {group(int(i), ' ')},{f}"
    return f"{cur} {group(int(i), '.')},{f}"


def add_amts(amts):
    cents = sum(int(a.replace(".", "")) for a in amts)
    return f"{cents // 100}.{cents % 100:02d}"


# --------------------------------------------------------------------------
# Reminder (Contoso's own dunning email)
# --------------------------------------------------------------------------
TABLE_HEAD = {
    "en": "  Invoice    Due date      Amount",
    "es": "  Factura    Vencimiento   Importe",
    "fr": "  Facture    Échéance      Montant",
    "de": "  Rechnung   Fällig am     Betrag",
    "pt": "  Fatura     Vencimento    Valor",
    "nl": "  Factuur    Vervaldatum   Bedrag",
    "it": "  Fattura    Scadenza      Importo",
}

REM_BODY = {
    "en": """Hello {greet},

This is a reminder that {what} for {company} {verb} past due:

{table}

Balance overdue: {total}

Pay by card at https://pay.contoso.example/c/{case} or by bank transfer
to the account shown on the invoice, quoting the invoice number. If you
have already paid, please reply with the payment date and reference so
we can match it. If something on the invoice is not right, reply to
this email and tell us what.

Kind regards,

Contoso Billing
Accounts Receivable | Contoso Foodservice & Supplies""",
    "es": """Hola, {greet}:

Le recordamos que {what} de {company} {verb}:

{table}

Importe vencido: {total}

Puede pagar con tarjeta en https://pay.contoso.example/c/{case} o por
transferencia a la cuenta indicada en la factura, indicando el número de
factura. Si ya ha realizado el pago, responda a este correo con la fecha
y la referencia para que podamos conciliarlo. Si algo en la factura no
es correcto, respóndanos y díganos qué.

Atentamente,

Contoso Billing
Cuentas a cobrar | Contoso Foodservice & Supplies""",
    "fr": """Bonjour {greet},

Sauf erreur de notre part, {what} de {company} {verb} à ce jour :

{table}

Montant échu : {total}

Vous pouvez régler par carte sur https://pay.contoso.example/c/{case} ou
par virement sur le compte indiqué sur la facture, en rappelant le numéro
de facture. Si vous avez déjà réglé, merci de nous répondre en indiquant
la date et la référence du paiement afin que nous puissions le rapprocher.
Si un élément de la facture vous semble incorrect, répondez simplement à
ce message.

Cordialement,

Contoso Billing
Recouvrement clients | Contoso Foodservice & Supplies""",
    "de": """Guten Tag {greet},

nach unseren Unterlagen {verb} {what} von {company} noch offen:

{table}

Überfälliger Betrag: {total}

Sie können per Karte unter https://pay.contoso.example/c/{case} oder per
Überweisung auf das auf der Rechnung angegebene Konto zahlen. Sollten Sie
bereits gezahlt haben, teilen Sie uns bitte Zahlungsdatum und Referenz mit,
damit wir die Zahlung zuordnen können. Falls an der Rechnung etwas nicht
stimmt, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen

Contoso Billing
Debitorenbuchhaltung | Contoso Foodservice & Supplies""",
    "pt": """Olá {greet},

Informamos que {what} de {company} {verb} em atraso:

{table}

Valor em atraso: {total}

Pode pagar com cartão em https://pay.contoso.example/c/{case} ou por
transferência para a conta indicada na fatura, mencionando o número da
fatura. Se já efetuou o pagamento, responda a este e-mail com a data e a
referência para que possamos identificá-lo. Se alguma coisa na fatura não
estiver correta, basta responder e explicar.

Atenciosamente,

Contoso Billing
Contas a receber | Contoso Foodservice & Supplies""",
    "nl": """Beste {greet},

Volgens onze administratie {verb} {what} van {company} nog niet betaald:

{table}

Achterstallig bedrag: {total}

U kunt met een kaart betalen via https://pay.contoso.example/c/{case} of
per overschrijving naar het rekeningnummer op de factuur, onder vermelding
van het factuurnummer. Heeft u al betaald? Antwoord dan met de betaaldatum
en het kenmerk, zodat wij de betaling kunnen koppelen. Klopt er iets niet
aan de factuur, laat het ons dan weten door op deze e-mail te antwoorden.

Met vriendelijke groet,

Contoso Billing
Debiteurenbeheer | Contoso Foodservice & Supplies""",
    "it": """Gentile {greet},

dai nostri archivi {what} di {company} {verb}:

{table}

Importo scaduto: {total}

Può pagare con carta su https://pay.contoso.example/c/{case} o con
bonifico sul conto indicato in fattura, citando il numero della fattura.
Se ha già pagato, risponda a questa e-mail indicando data e riferimento
del pagamento, così potremo abbinarlo. Se qualcosa nella fattura non è
corretto, ci risponda spiegando il motivo.

Cordiali saluti,

Contoso Billing
Contabilità clienti | Contoso Foodservice & Supplies""",
}

WHAT = {  # (single, multi) -> (what, verb)
    "en": (("invoice {inv}", "is now"), ("the following invoices", "are now")),
    "es": (("la factura {inv}", "está vencida y pendiente de pago"), ("las siguientes facturas", "están vencidas y pendientes de pago")),
    "fr": (("la facture {inv}", "reste impayée"), ("les factures suivantes", "restent impayées")),
    "de": (("die Rechnung {inv}", "ist"), ("die folgenden Rechnungen", "sind")),
    "pt": (("a fatura {inv}", "está"), ("as faturas abaixo", "estão")),
    "nl": (("factuur {inv}", "is"), ("de volgende facturen", "zijn")),
    "it": (("la fattura {inv}", "risulta scaduta e non ancora pagata"), ("le seguenti fatture", "risultano scadute e non ancora pagate")),
}

SUBJ = {
    # single r1, single r2, multi
    "en": ("Reminder: invoice {inv} is {days} days overdue ({amt})",
           "Second notice: invoice {inv} is {days} days past due ({amt})",
           "Second notice: {n} invoices past due ({amt})"),
    "es": ("Recordatorio: factura {inv} vencida hace {days} días ({amt})",
           "Segundo aviso: factura {inv} vencida hace {days} días ({amt})",
           "Segundo aviso: {n} facturas vencidas ({amt})"),
    "fr": ("Relance : facture {inv} en retard de {days} jours ({amt})",
           "Deuxième relance : facture {inv} en retard de {days} jours ({amt})",
           "Deuxième relance : {n} factures échues ({amt})"),
    "de": ("Zahlungserinnerung: Rechnung {inv} seit {days} Tagen überfällig ({amt})",
           "Zweite Mahnung: Rechnung {inv} seit {days} Tagen überfällig ({amt})",
           "Zweite Mahnung: {n} Rechnungen überfällig ({amt})"),
    "pt": ("Lembrete: fatura {inv} vencida há {days} dias ({amt})",
           "Segundo aviso: fatura {inv} vencida há {days} dias ({amt})",
           "Segundo aviso: {n} faturas vencidas ({amt})"),
    "nl": ("Herinnering: factuur {inv} is {days} dagen te laat ({amt})",
           "Tweede herinnering: factuur {inv} is {days} dagen te laat ({amt})",
           "Tweede herinnering: {n} facturen achterstallig ({amt})"),
    "it": ("Sollecito: fattura {inv} scaduta da {days} giorni ({amt})",
           "Secondo sollecito: fattura {inv} scaduta da {days} giorni ({amt})",
           "Secondo sollecito: {n} fatture scadute ({amt})"),
}


class Reminder:
    def __init__(self, case, rlang, invs, cur, rem_dt, seq, greet, company, to_name, to_addr):
        self.case, self.rlang, self.invs, self.cur = case, rlang, invs, cur
        self.dt, self.seq, self.greet, self.company = rem_dt, seq, greet, company
        self.to_name, self.to_addr = to_name, to_addr
        self.msgid = f"<{case}.r{seq}.{rem_dt.strftime('%Y%m%dT%H%M%SZ')}@{DOMAIN}>"
        self.from_addr = f"collections+{case}@{DOMAIN}"
        self.from_full = f"Contoso Billing <{self.from_addr}>"
        self.total = add_amts([a for _, a, _ in invs])
        b = base(rlang)
        if len(invs) == 1:
            inv, amt, due = invs[0]
            days = (rem_dt.date() - due).days
            self.subject = SUBJ[b][0 if seq == 1 else 1].format(inv=inv, days=days, amt=fmt_amt(amt, rlang, cur))
        else:
            self.subject = SUBJ[b][2].format(n=len(invs), amt=fmt_amt(self.total, rlang, cur))

    def text(self):
        b = base(self.rlang)
        rows = [TABLE_HEAD[b]]
        for inv, amt, due in self.invs:
            rows.append(f"  {inv:<10} {due.isoformat():<13} {fmt_amt(amt, self.rlang, self.cur)}")
        (w1, v1), (w2, v2) = WHAT[b]
        what, verb = (w1.format(inv=self.invs[0][0]), v1) if len(self.invs) == 1 else (w2, v2)
        return REM_BODY[b].format(greet=self.greet, what=what, verb=verb, company=self.company,
                                  table="\n".join(rows), total=fmt_amt(self.total, self.rlang, self.cur),
                                  case=self.case)

    def eml(self, to_line=None):
        """The reminder as sent (for bounces that return it)."""
        body = self.text()
        subj = hdr(self.subject)
        to = to_line or self.to_addr
        cte = "7bit" if body.isascii() else "quoted-printable"
        payload = body if body.isascii() else qp(body, "utf-8")
        return (f"From: {self.from_full}\nTo: {to}\nSubject: {subj}\n"
                f"Date: {format_datetime(self.dt)}\nMessage-ID: {self.msgid}\nMIME-Version: 1.0\n"
                f"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: {cte}\n\n{payload}\n")


# --------------------------------------------------------------------------
# Encodings
# --------------------------------------------------------------------------
def qp(text, charset):
    raw = text.encode(charset)
    out = quopri.encodestring(raw).decode("ascii")
    return out


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def hdr(s, charset="utf-8", enc="q"):
    if s.isascii():
        return s
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(s, cs, maxlinelen=998).encode()


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    if name.isascii():
        if any(c in name for c in ",.()"):
            return f"\"{name}\" <{email}>"
        return f"{name} <{email}>"
    return f"{hdr(name, charset, 'b')} <{email}>"


def encode_body(text, charset, cte):
    """Return (content-type charset, cte header value, payload)."""
    if cte == "7bit":
        assert text.isascii(), text[:80]
        return "7bit", text
    if cte == "8bit":
        return "8bit", text
    if cte == "qp":
        return "quoted-printable", qp(text, charset)
    if cte == "b64":
        return "base64", b64(text.encode(charset))
    raise ValueError(cte)


def hsh(*parts, n=32):
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def uuid_like(seed):
    h = hsh(seed, n=32).upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def b64id(seed, n):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest() * 2).decode()[:n]


def make_pdf(lines):
    """A tiny but well-formed-looking PDF carrying some text."""
    text = " ".join(lines).replace("(", "[").replace(")", "]")
    stream = f"BT /F1 10 Tf 50 780 Td ({text}) Tj ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out.encode("latin-1", "replace")))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    x = len(out.encode("latin-1", "replace"))
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n"
    for o in offs:
        out += f"{o:010d} 00000 n \n"
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n"
    return out.encode("latin-1", "replace")


# --------------------------------------------------------------------------
# Quoting styles (the customer's mail client, in the customer's language)
# --------------------------------------------------------------------------
def _h12(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def gmail_attr(lang, dt, frm):
    b = base(lang)
    wd, d, mo, y = dt.weekday(), dt.day, dt.month - 1, dt.year
    hm = f"{dt.hour:02d}:{dt.minute:02d}"
    if lang == "en-US":
        return f"On {WDA['en'][wd]}, {MONA['en'][mo]} {d}, {y} at {_h12(dt)} {frm} wrote:"
    if b == "en":
        return f"On {WDA['en'][wd]}, {d} {MONA['en'][mo]} {y} at {hm}, {frm} wrote:"
    if b == "es":
        return f"El {WDA['es'][wd]}, {d} {MONA['es'][mo]} {y} a las {dt.hour}:{dt.minute:02d}, {frm.replace('<', '(<').replace('>', '>)')} escribió:"
    if b == "fr":
        return f"Le {WDA['fr'][wd]} {d} {MONA['fr'][mo]} {y} à {hm}, {frm} a écrit :"
    if b == "de":
        return f"Am {WDA['de'][wd]}, {d}. {MONA['de'][mo]} {y} um {hm} Uhr schrieb {frm}:"
    if b == "pt":
        return f"Em {WDA['pt'][wd]}, {d} de {MONA['pt'][mo]} de {y} às {hm}, {frm} escreveu:"
    if b == "nl":
        return f"Op {WDA['nl'][wd]} {d} {MONA['nl'][mo]} {y} om {hm} schreef {frm}:"
    if b == "it":
        return f"Il giorno {WDA['it'][wd]} {d} {MONA['it'][mo]} {y} alle ore {hm} {frm} ha scritto:"
    raise ValueError(lang)


def apple_attr(lang, dt, frm):
    b = base(lang)
    d, mo, y = dt.day, dt.month - 1, dt.year
    hm = f"{dt.hour:02d}:{dt.minute:02d}"
    if lang == "en-US":
        return f"On {MONA['en'][mo]} {d}, {y}, at {_h12(dt)}, {frm} wrote:"
    if b == "en":
        return f"On {d} {MONA['en'][mo]} {y}, at {hm}, {frm} wrote:"
    if b == "es":
        return f"El {d} {MONA['es'][mo]} {y}, a las {hm}, {frm} escribió:"
    if b == "fr":
        return f"Le {d} {MONA['fr'][mo]} {y} à {hm}, {frm} a écrit :"
    if b == "de":
        return f"Am {d:02d}.{dt.month:02d}.{y} um {hm} schrieb {frm}:"
    if b == "pt":
        return f"Em {d} de {MONA['pt'][mo]} de {y}, à(s) {hm}, {frm} escreveu:"
    if b == "nl":
        return f"Op {d} {MONA['nl'][mo]} {y} om {hm} heeft {frm} het volgende geschreven:"
    if b == "it":
        return f"Il giorno {d} {MONA['it'][mo]} {y}, alle ore {hm}, {frm} ha scritto:"
    raise ValueError(lang)


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "pt": ("De", "Enviado", "Para", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
}
ORIG_MSG = {
    "en": "-----Original Message-----",
    "es": "-----Mensaje original-----",
    "fr": "-----Message d'origine-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "pt": "-----Mensagem original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}


def outlook_sent(lang, dt):
    b = base(lang)
    wd, d, mo, y = dt.weekday(), dt.day, dt.month - 1, dt.year
    hm = f"{dt.hour:02d}:{dt.minute:02d}"
    if lang == "en-US":
        return f"{WD['en'][wd]}, {MON['en'][mo]} {d}, {y} {_h12(dt)}"
    if b == "en":
        return f"{WD['en'][wd]}, {d} {MON['en'][mo]} {y} {hm}"
    if b == "es":
        return f"{WD['es'][wd]}, {d} de {MON['es'][mo]} de {y} {dt.hour}:{dt.minute:02d}"
    if b == "fr":
        return f"{WD['fr'][wd]} {d} {MON['fr'][mo]} {y} {hm}"
    if b == "de":
        return f"{WD['de'][wd]}, {d}. {MON['de'][mo]} {y} {hm}"
    if b == "pt":
        return f"{WD['pt'][wd]}, {d} de {MON['pt'][mo]} de {y} {hm}"
    if b == "nl":
        return f"{WD['nl'][wd]} {d} {MON['nl'][mo]} {y} {hm}"
    if b == "it":
        return f"{WD['it'][wd]} {d} {MON['it'][mo]} {y} {hm}"
    raise ValueError(lang)


def outlook_block(lang, dt, rem, to_full, style="line"):
    b = base(lang)
    f, s, t, su = OUTLOOK_LABELS[b]
    head = "________________________________" if style == "line" else ORIG_MSG[b]
    return (f"{head}\n{f}: {rem.from_full}\n{s}: {outlook_sent(lang, dt)}\n{t}: {to_full}\n"
            f"{su}: {rem.subject}\n")


def prefix_quote(text, p="> "):
    return "\n".join((p + l) if l else p.rstrip() for l in text.split("\n"))


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------
def esc(s):
    return html.escape(s, quote=False)


def paras_html(text, tag="div"):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [esc(l) for l in para.split("\n")]
        if tag == "div":
            out.append("<div>" + "<br>\n".join(lines) + "</div>")
        else:
            out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>")
    if tag == "div":
        return "\n<div><br></div>\n".join(out)
    return '\n<p class="MsoNormal">&nbsp;</p>\n'.join(out)


def gmail_html(human, attr, quoted):
    q = ""
    if quoted is not None:
        q = ('\n<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(attr) +
             '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
             'border-left:1px solid rgb(204,204,204);padding-left:1ex">' +
             "<br>\n".join(esc(l) for l in quoted.split("\n")) + "</blockquote></div>")
    return f'<div dir="ltr">{paras_html(human)}</div>{q}\n'


def outlook_html(human, lang, dt, rem, to_full, quoted):
    b = base(lang)
    f, s, t, su = OUTLOOK_LABELS[b]
    css = ("<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n"
           "\tfont-family:\"Calibri\",sans-serif;}\n--></style>")
    q = ""
    if quoted is not None:
        q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             f'<p class="MsoNormal"><b>{esc(f)}:</b> {esc(rem.from_full)}<br>\n'
             f'<b>{esc(s)}:</b> {esc(outlook_sent(lang, dt))}<br>\n'
             f'<b>{esc(t)}:</b> {esc(to_full)}<br>\n'
             f'<b>{esc(su)}:</b> {esc(rem.subject)}</p>\n</div>\n<p class="MsoNormal">&nbsp;</p>\n'
             '<p class="MsoNormal">' + "<br>\n".join(esc(l) for l in quoted.split("\n")) + "</p>\n")
    return (f"<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            f"<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n{css}\n</head>\n"
            f"<body lang=\"{lang}\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
            f"<div class=\"WordSection1\">\n{paras_html(human, 'p')}\n"
            f"<p class=\"MsoNormal\">&nbsp;</p>\n{q}</div>\n</body>\n</html>\n")


def webmail_html(human, attr, quoted):
    q = ""
    if quoted is not None:
        q = ("<div><br></div><div>" + esc(attr) + "</div>\n<blockquote style=\"border-left:2px solid #1010ff;"
             "margin-left:5px;padding-left:5px\">" + "<br>\n".join(esc(l) for l in quoted.split("\n")) +
             "</blockquote>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"></head>"
            "<body style=\"font-family: Arial, sans-serif; font-size: 13px\">\n" + paras_html(human) + "\n" + q +
            "\n</body></html>\n")
