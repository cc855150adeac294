"""Helpers for build.py: dates, locales, reminder text, quoting, MIME assembly.

Stdlib only, deterministic (no clock, no unseeded randomness).
"""
import base64
import calendar
import html
import quopri
import random
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

AR_DOMAIN = "ar.alveo-foods.example"
AR_NAME = "Alveo Foods Accounts Receivable"
NBSP = "\u00a0"

# --------------------------------------------------------------------------
# time zones (2026 rules, hard-coded so the build never depends on tzdata)
# EU summer time: 29 Mar 2026 01:00 UTC .. 25 Oct 2026 01:00 UTC
# US daylight time: 8 Mar 2026 02:00 local .. 1 Nov 2026 02:00 local
ZONES = {
    "ES": ("EU", 60), "IT": ("EU", 60), "FR": ("EU", 60), "DE": ("EU", 60),
    "NL": ("EU", 60), "PL": ("EU", 60),
    "PT": ("EU", 0), "UK": ("EU", 0), "IE": ("EU", 0),
    "US-E": ("US", -300), "US-C": ("US", -360), "US-P": ("US", -480),
    "UTC": ("NONE", 0),
}


def local_dt(zone, y, mo, d, h, mi, s=0):
    rule, base = ZONES[zone]
    naive = datetime(y, mo, d, h, mi, s)
    off = base
    if rule == "EU":
        utc = naive - timedelta(minutes=base)
        if datetime(2026, 3, 29, 1) <= utc < datetime(2026, 10, 25, 1):
            off = base + 60
    elif rule == "US":
        if datetime(2026, 3, 8, 2) <= naive < datetime(2026, 11, 1, 2):
            off = base + 60
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(minutes=off)))


def to_zone(dt, zone):
    """Express an aware datetime in a zone's local offset."""
    u = dt.astimezone(timezone.utc).replace(tzinfo=None)
    rule, base = ZONES[zone]
    off = base
    if rule == "EU" and datetime(2026, 3, 29, 1) <= u < datetime(2026, 10, 25, 1):
        off = base + 60
    if rule == "US":
        loc = u + timedelta(minutes=base)
        if datetime(2026, 3, 8, 2) <= loc < datetime(2026, 11, 1, 2):
            off = base + 60
    return dt.astimezone(timezone(timedelta(minutes=off)))


def hdr_date(dt):
    return format_datetime(dt)


# --------------------------------------------------------------------------
# date rules (the contract's conventions)
def this_weekday(t, wd):
    return t + timedelta((wd - t.weekday()) % 7)


def next_weekday(t, wd):
    return t + timedelta(7 - t.weekday() + wd)


def last_weekday(t, wd):
    """Most recent such weekday on or before t (a past event: 'paid on Monday')."""
    return t - timedelta((t.weekday() - wd) % 7)


def end_of_month(t):
    return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])


def end_of_next_month(t):
    y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    return date(y, m, calendar.monthrange(y, m)[1])


def end_of_named_month(t, m):
    y = t.year if m >= t.month else t.year + 1
    return date(y, m, calendar.monthrange(y, m)[1])


def by_the(t, day):
    if t.day <= day:
        return t.replace(day=day)
    y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    return date(y, m, day)


def first_of_next_month(t):
    y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    return date(y, m, 1)


def week_friday(t, week):
    d = date.fromisocalendar(t.year, week, 5)
    return d


def dm_future(t, d, m):
    x = date(t.year, m, d)
    return x if x >= t else date(t.year + 1, m, d)


def dm_past(t, d, m):
    x = date(t.year, m, d)
    return x if x <= t else date(t.year - 1, m, d)


# --------------------------------------------------------------------------
# locale data
WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"],
}
WDA = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "pl": ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
}
MON = {
    "en": ["January", "February", "March", "April", "May", "June"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho"],
}
MONA = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun"],
    "pl": ["sty", "lut", "mar", "kwi", "maj", "cze"],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun."],
}


def lang_of(loc):
    return loc.split("-")[0]


def fmt_amount(amount, loc, cur):
    """amount: '1234.50' -> localised display string."""
    ip, fp = amount.split(".")
    def grp(sep):
        s = ip
        out = []
        while len(s) > 3:
            out.insert(0, s[-3:])
            s = s[:-3]
        out.insert(0, s)
        return sep.join(out)
    lang = lang_of(loc)
    if lang == "en":
        sym = {"GBP": "£", "USD": "$", "EUR": "€"}[cur]
        return f"{sym}{grp(',')}.{fp}"
    if cur == "PLN":
        return f"{grp(' ')},{fp} zł"
    if lang == "es" or lang == "pt":
        return f"{grp('.')},{fp} €"
    if lang == "it":
        return f"€ {grp('.')},{fp}"
    if lang == "fr":
        return f"{grp(NBSP)},{fp}{NBSP}€"
    if lang == "de":
        return f"{grp('.')},{fp} EUR"
    if lang == "nl":
        return f"€ {grp('.')},{fp}"
    raise ValueError(loc)


def fmt_due(d, loc):
    if loc == "en-US":
        return f"{MONA['en'][d.month - 1]} {d.day}, {d.year}"
    if loc in ("en-GB", "en-IE"):
        return f"{d.day} {MONA['en'][d.month - 1]} {d.year}"
    if loc in ("de", "pl"):
        return d.strftime("%d.%m.%Y")
    if loc == "nl":
        return d.strftime("%d-%m-%Y")
    return d.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------
# our outgoing reminder
STAGE = {
    "en": ["Payment reminder", "Second reminder", "Final reminder"],
    "es": ["Recordatorio de pago", "Segundo recordatorio", "Último aviso"],
    "it": ["Sollecito di pagamento", "Secondo sollecito", "Ultimo sollecito"],
    "fr": ["Relance", "Deuxième relance", "Dernière relance"],
    "de": ["Zahlungserinnerung", "2. Zahlungserinnerung", "Letzte Zahlungserinnerung"],
    "nl": ["Betalingsherinnering", "Tweede herinnering", "Laatste herinnering"],
    "pl": ["Przypomnienie o płatności", "Drugie przypomnienie", "Ostatnie przypomnienie"],
    "pt": ["Lembrete de pagamento", "Segundo lembrete", "Último lembrete"],
}
CORE1 = {
    "en": "invoice {inv} is overdue ({amt})",
    "es": "factura {inv} vencida ({amt})",
    "it": "fattura {inv} scaduta ({amt})",
    "fr": "facture {inv} échue ({amt})",
    "de": "Rechnung {inv} überfällig ({amt})",
    "nl": "factuur {inv} vervallen ({amt})",
    "pl": "faktura {inv} po terminie ({amt})",
    "pt": "fatura {inv} vencida ({amt})",
}
COREN = {
    "en": "{n} invoices overdue ({amt})",
    "es": "{n} facturas vencidas ({amt})",
    "it": "{n} fatture scadute ({amt})",
    "fr": "{n} factures échues ({amt})",
    "de": "{n} Rechnungen überfällig ({amt})",
    "nl": "{n} facturen vervallen ({amt})",
    "pl": "{n} faktury po terminie ({amt})",
    "pt": "{n} faturas vencidas ({amt})",
}
COLS = {
    "en": ("Invoice", "Due", "Amount"),
    "es": ("Factura", "Vencimiento", "Importe"),
    "it": ("Fattura", "Scadenza", "Importo"),
    "fr": ("Facture", "Échéance", "Montant"),
    "de": ("Rechnung", "Fällig am", "Betrag"),
    "nl": ("Factuur", "Vervaldatum", "Bedrag"),
    "pl": ("Faktura", "Termin", "Kwota"),
    "pt": ("Fatura", "Vencimento", "Valor"),
}
GREET = {
    "en": "Dear {name},", "es": "Estimado/a {name}:", "it": "Gentile {name},",
    "fr": "Bonjour {name},", "de": "Guten Tag {name},", "nl": "Beste {name},",
    "pl": "Szanowni Państwo,", "pt": "Caro(a) {name},",
}
GREET_ANON = {
    "en": "Dear Accounts Payable team,", "es": "Estimados señores:",
    "it": "Spettabile amministrazione,", "fr": "Madame, Monsieur,",
    "de": "Sehr geehrte Damen und Herren,", "nl": "Geachte heer/mevrouw,",
    "pl": "Szanowni Państwo,", "pt": "Exmos. Senhores,",
}
INTRO = {
    "en": "Our records show that the following invoice(s) for {co} are still unpaid:",
    "es": "Según nuestros registros, las siguientes facturas de {co} siguen pendientes de pago:",
    "it": "dai nostri registri risultano ancora aperte le seguenti fatture intestate a {co}:",
    "fr": "Sauf erreur de notre part, les factures suivantes de {co} restent impayées :",
    "de": "nach unseren Unterlagen sind folgende Rechnungen der {co} noch offen:",
    "nl": "Volgens onze administratie staan de volgende facturen van {co} nog open:",
    "pl": "zgodnie z naszą ewidencją następujące faktury dla {co} pozostają nieopłacone:",
    "pt": "De acordo com os nossos registos, as seguintes faturas de {co} encontram-se por pagar:",
}
TOTAL = {
    "en": "Outstanding: {amt}", "es": "Total pendiente: {amt}", "it": "Totale scaduto: {amt}",
    "fr": "Total dû : {amt}", "de": "Offener Betrag: {amt}", "nl": "Totaal openstaand: {amt}",
    "pl": "Razem do zapłaty: {amt}", "pt": "Total em dívida: {amt}",
}
OUTRO = {
    "en": ("You can pay by bank transfer to the account shown on the invoice, or by card at\n"
           "{link}. If payment is already on its way, a short reply with the date\n"
           "and reference helps us match it. Questions about an invoice? Just reply\n"
           "to this email.\n\nKind regards,\n\nAlveo Foods\nAccounts Receivable"),
    "es": ("Puede pagar por transferencia a la cuenta indicada en la factura o con tarjeta en\n"
           "{link}. Si ya ha realizado el pago, respóndanos con la fecha y la\n"
           "referencia para poder conciliarlo. Si algo no es correcto en la factura,\n"
           "indíquenoslo respondiendo a este correo.\n\nUn saludo,\n\nAlveo Foods\nCuentas a cobrar"),
    "it": ("Può pagare con bonifico sul conto indicato in fattura oppure con carta su\n"
           "{link}. Se ha già pagato, ci risponda indicando data e riferimento\n"
           "del pagamento così da poterlo abbinare. Se qualcosa in fattura non torna,\n"
           "ci scriva rispondendo a questa e-mail.\n\nCordiali saluti,\n\nAlveo Foods\nUfficio crediti"),
    "fr": ("Vous pouvez régler par virement sur le compte indiqué sur la facture ou par carte\n"
           "sur {link}. Si le règlement a déjà été effectué, merci de nous\n"
           "indiquer sa date et sa référence afin que nous puissions le rapprocher. Si\n"
           "quelque chose vous semble incorrect, répondez simplement à ce message.\n\n"
           "Cordialement,\n\nAlveo Foods\nService recouvrement"),
    "de": ("Sie können per Überweisung auf das in der Rechnung angegebene Konto oder per\n"
           "Karte unter {link} zahlen. Falls Sie bereits gezahlt haben,\n"
           "teilen Sie uns bitte Zahlungsdatum und Referenz mit, damit wir die Zahlung\n"
           "zuordnen können. Sollte an der Rechnung etwas nicht stimmen, antworten Sie\n"
           "einfach auf diese E-Mail.\n\nMit freundlichen Grüßen\n\nAlveo Foods\nDebitorenbuchhaltung"),
    "nl": ("U kunt betalen per overschrijving naar de rekening op de factuur of met een kaart\n"
           "via {link}. Heeft u al betaald? Stuur ons dan de betaaldatum\n"
           "en het kenmerk, dan kunnen we de betaling koppelen. Klopt er iets niet op de\n"
           "factuur, beantwoord dan gewoon deze e-mail.\n\nMet vriendelijke groet,\n\n"
           "Alveo Foods\nDebiteurenbeheer"),
    "pl": ("Płatności można dokonać przelewem na rachunek podany na fakturze lub kartą pod\n"
           "adresem {link}. Jeśli płatność została już zrealizowana,\n"
           "prosimy o odpowiedź z datą i numerem referencyjnym przelewu. Jeśli coś na\n"
           "fakturze się nie zgadza, prosimy po prostu odpowiedzieć na tę wiadomość.\n\n"
           "Z poważaniem\n\nAlveo Foods\nDział należności"),
    "pt": ("Pode pagar por transferência para o IBAN indicado na fatura ou com cartão em\n"
           "{link}. Se já efetuou o pagamento, responda com a data e a\n"
           "referência para que o possamos conciliar. Se algo na fatura não estiver\n"
           "correto, basta responder a este e-mail.\n\nCom os melhores cumprimentos,\n\n"
           "Alveo Foods\nContas a receber"),
}


def add_amounts(xs):
    cents = sum(int(a.replace(".", "")) for a in xs)
    return f"{cents // 100}.{cents % 100:02d}"


class Reminder:
    def __init__(self, case, loc, cur, invoices, contact, company, stage, sent, to_addr):
        self.case, self.loc, self.cur = case, loc, cur
        self.invoices = invoices  # [(num, date due, 'amount')]
        self.contact, self.company, self.stage = contact, company, stage
        self.sent = sent  # aware datetime (UTC)
        self.to_addr = to_addr
        lang = lang_of(loc)
        self.lang = lang
        total = add_amounts([a for _, _, a in invoices])
        tamt = fmt_amount(total, loc, cur)
        if len(invoices) == 1:
            core = CORE1[lang].format(inv=invoices[0][0], amt=tamt)
        else:
            core = COREN[lang].format(n=len(invoices), amt=tamt)
        self.subject = f"{STAGE[lang][stage - 1]}: {core}"
        self.addr = f"collections+{case}@{AR_DOMAIN}"
        self.msgid = f"<{case}.r{stage}.{sent.strftime('%Y%m%dT%H%M%SZ')}@{AR_DOMAIN}>"
        greet = GREET[lang].format(name=contact) if contact else GREET_ANON[lang]
        c1, c2, c3 = COLS[lang]
        rows = [f"  {c1:<10} {c2:<13} {c3}"]
        for num, due, amt in invoices:
            rows.append(f"  {num:<10} {fmt_due(due, loc):<13} {fmt_amount(amt, loc, cur)}")
        link = f"https://pay.alveo-foods.example/{case}"
        self.body = "\n".join([
            greet, "", INTRO[lang].format(co=company), "", *rows, "",
            TOTAL[lang].format(amt=tamt), "", OUTRO[lang].format(link=link), ""])

    def headers_block(self, ctype=True):
        h = [
            f"From: {formataddr((AR_NAME, self.addr))}",
            f"To: {self.to_addr}",
            f"Subject: {enc_header(self.subject, 'Subject')}",
            f"Date: {hdr_date(self.sent)}",
            f"Message-ID: {self.msgid}",
            "MIME-Version: 1.0",
        ]
        if ctype:
            h += ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 8bit"]
        return "\n".join(h)


# --------------------------------------------------------------------------
# quoting the reminder in a reply
def _hm(dt):
    return dt.strftime("%H:%M")


def attribution(style, loc, r, zone):
    d = to_zone(r.sent, zone)
    lang = lang_of(loc)
    who = f"{AR_NAME} <{r.addr}>"
    wd, wda = WD[lang][d.weekday()], WDA[lang][d.weekday()]
    mo, moa = MON[lang][d.month - 1], MONA[lang][d.month - 1]
    if style == "gmail":
        return {
            "en": (f"On {wda}, {d.day} {moa} {d.year} at {_hm(d)}, {who} wrote:" if loc != "en-US"
                   else f"On {wda}, {moa} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')} {who} wrote:"),
            "es": f"El {wda}, {d.day} {moa} {d.year} a las {d.hour}:{d.minute:02d}, {AR_NAME} (<{r.addr}>) escribió:",
            "it": f"Il giorno {wda} {d.day} {moa} {d.year} alle ore {_hm(d)} {who} ha scritto:",
            "fr": f"Le {wda} {d.day} {moa} {d.year} à {_hm(d)}, {who} a écrit :",
            "de": f"Am {wda}, {d.day}. {moa} {d.year} um {_hm(d)} Uhr schrieb {who}:",
            "nl": f"Op {wda} {d.day} {moa} {d.year} om {_hm(d)} schreef {who}:",
            "pl": f"W dniu {wda}, {d.day} {moa} {d.year} o {_hm(d)} {who} napisał(a):",
            "pt": f"{wda}, {d.day}/{d.month:02d}/{d.year}, {_hm(d)}, {who} escreveu:",
        }[lang]
    if style == "apple":
        return {
            "en": f"On {d.day} {moa} {d.year}, at {_hm(d)}, {who} wrote:",
            "es": f"El {d.day} {moa} {d.year}, a las {d.hour}:{d.minute:02d}, {who} escribió:",
            "it": f"Il giorno {d.day} {moa} {d.year}, alle ore {_hm(d)}, {who} ha scritto:",
            "fr": f"Le {d.day} {moa} {d.year} à {_hm(d)}, {who} a écrit :",
            "de": f"Am {d.strftime('%d.%m.%Y')} um {_hm(d)} schrieb {who}:",
            "nl": f"Op {d.day} {moa} {d.year} om {_hm(d)} heeft {who} het volgende geschreven:",
            "pl": f"Wiadomość napisana przez {who} w dniu {d.strftime('%d.%m.%Y')}, o godz. {_hm(d)}:",
            "pt": f"A {d.strftime('%d/%m/%Y')}, às {_hm(d)}, {who} escreveu:",
        }[lang]
    raise ValueError(style)


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "pt": ("De", "Enviada", "Para", "Assunto"),
}
ORIG_SEP = {
    "en": "-----Original Message-----", "es": "-----Mensaje original-----",
    "it": "-----Messaggio originale-----", "fr": "-----Message d'origine-----",
    "de": "-----Ursprüngliche Nachricht-----", "nl": "-----Oorspronkelijk bericht-----",
    "pl": "-----Wiadomość oryginalna-----", "pt": "-----Mensagem original-----",
}


def outlook_sent(d, loc):
    lang = lang_of(loc)
    wd, mo = WD[lang][d.weekday()], MON[lang][d.month - 1]
    if loc == "en-US":
        return f"{wd}, {mo} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}"
    if lang == "en":
        return f"{wd}, {d.day} {mo} {d.year} {_hm(d)}"
    if lang == "es":
        return f"{wd}, {d.day} de {mo} de {d.year} {d.hour}:{d.minute:02d}"
    if lang == "pt":
        return f"{wd}, {d.day} de {mo} de {d.year} {_hm(d)}"
    if lang == "de":
        return f"{wd}, {d.day}. {mo} {d.year} {_hm(d)}"
    if lang == "pl":
        return f"{wd}, {d.day} {mo} {d.year} {_hm(d)}"
    return f"{wd} {d.day} {mo} {d.year} {_hm(d)}"


def quote_text(style, loc, r, zone):
    if style == "none":
        return ""
    lang = lang_of(loc)
    if style in ("gmail", "apple"):
        q = "\n".join((">" if not ln else "> " + ln) for ln in r.body.rstrip("\n").split("\n"))
        return attribution(style, loc, r, zone) + "\n\n" + q + "\n"
    d = to_zone(r.sent, zone)
    f, s, t, sub = OUTLOOK_LABELS[lang]
    sep = "________________________________" if style == "outlook" else ORIG_SEP[lang]
    block = [sep,
             f"{f}: {AR_NAME} <{r.addr}>",
             f"{s}: {outlook_sent(d, loc)}",
             f"{t}: {r.to_addr}",
             f"{sub}: {r.subject}", "", r.body]
    return "\n".join(block)


def quote_html(style, loc, r, zone):
    if style == "none":
        return ""
    if style in ("gmail", "apple"):
        return ('<div class="gmail_quote"><div>' + html.escape(attribution(style, loc, r, zone))
                + '</div><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                + text_to_html(r.body) + "</blockquote></div>")
    return '<hr style="display:inline-block;width:98%">' + text_to_html(quote_text(style, loc, r, zone).split("\n", 1)[1])


def text_to_html(t):
    paras = t.strip("\n").split("\n\n")
    return "".join("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>\n" for p in paras)


# --------------------------------------------------------------------------
# MIME assembly
def enc_header(value, name):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", header_name=name).encode()


def addr(name, email_addr):
    return formataddr((name, email_addr)) if name else email_addr


def encode_part(text, cte, charset):
    """Return (header lines, body text) for a text part."""
    if cte == "7bit":
        text.encode("ascii")
        return [f'charset="{charset}"', "7bit"], text
    if cte == "8bit":
        return [f'charset="{charset}"', "8bit"], text
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
        return [f'charset="{charset}"', "quoted-printable"], body
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
        return [f'charset="{charset}"', "base64"], body
    raise ValueError(cte)


def text_part(text, subtype, cte, charset, extra=""):
    (cs, te), body = encode_part(text, cte, charset)
    ct = f"Content-Type: text/{subtype}; {cs}{extra}"
    return f"{ct}\nContent-Transfer-Encoding: {te}\n\n{body}"


def multipart(subtype, boundary, parts, preamble=None, extra=""):
    head = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}\n\n'
    if preamble:
        head += preamble + "\n\n"
    out = head
    for p in parts:
        if not p.endswith("\n"):
            p += "\n"
        out += f"--{boundary}\n{p}\n"
    out = out[:-1] if out.endswith("\n\n") else out
    out += f"\n--{boundary}--\n"
    return out


def attachment_part(filename, ctype, data):
    b = base64.encodebytes(data).decode("ascii")
    return (f'Content-Type: {ctype}; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b}")


def fake_pdf(label, seed):
    rng = random.Random(seed)
    noise = bytes(rng.randrange(256) for _ in range(180))
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Title (" + label.encode("latin-1")
            + b") >>\nendobj\nstream\n" + noise + b"\nendstream\n%%EOF\n")
