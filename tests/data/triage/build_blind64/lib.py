"""Helpers for build.py: dates, money, MIME assembly, our own reminder texts.

Stdlib only, deterministic.  Nothing here reads outside this folder.
"""
import calendar
import hashlib
import quopri
import base64
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime

AR_DOMAIN = "ar.lumenrise.example"

# ---------------------------------------------------------------- dates


def tz(hours, minutes=0):
    return timezone(timedelta(hours=hours, minutes=minutes))


def hdr(y, mo, d, h, mi, s, off_h, off_m=0):
    """An RFC 5322 Date header value, weekday computed (never typed by hand)."""
    return format_datetime(datetime(y, mo, d, h, mi, s, tzinfo=tz(off_h, off_m)))


def today_of(date_header):
    """'Today' = calendar date of the Date header in the header's own offset."""
    return parsedate_to_datetime(date_header).date()


def this_weekday(today, wd):          # Monday=0 .. Sunday=6; today if today is that weekday
    return today + timedelta((wd - today.weekday()) % 7)


def next_weekday(today, wd):          # that weekday in the following Mon-Sun week
    return today + timedelta(7 - today.weekday() + wd)


def past_weekday(today, wd):          # most recent such weekday strictly before today (past tense)
    delta = (today.weekday() - wd) % 7
    return today - timedelta(delta or 7)


def end_of_month(d):
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def by_the(today, day):               # next <day>th on or after today
    if today.day <= day:
        return today.replace(day=day)
    y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return date(y, m, day)


def next_month_day(today, day):       # "the 5th of next month"
    y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return date(y, m, day)


def iso_week_friday(year, week):      # "KW 13" / "week 13" -> that week's Friday
    return date.fromisocalendar(year, week, 5)


def day_month_past(today, month, day):  # "on 2/4", "le 3 mars" about a past event
    d = date(today.year, month, day)
    return d if d <= today else date(today.year - 1, month, day)


def day_month_future(today, month, day):
    d = date(today.year, month, day)
    return d if d >= today else date(today.year + 1, month, day)


# ---------------------------------------------------------------- money

def money(amount, cur, lang):
    """Format a decimal string the way our reminder template does for a language."""
    whole, frac = amount.split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    if lang == "en":
        return f"{cur} {','.join(groups)}.{frac}"
    if lang == "de-CH":
        return f"{cur} {chr(39).join(groups)}.{frac}"
    if lang in ("fr", "pl", "sv"):
        return f"{' '.join(groups)},{frac} {cur}"
    return f"{'.'.join(groups)},{frac} {cur}"


# ---------------------------------------------------------------- MIME

def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()


def addr(name, address):
    return formataddr((name, address), charset="utf-8")


def qp(text, charset):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def text_part(text, subtype="plain", charset="utf-8", cte="8bit", params="", extra_headers=""):
    if cte == "quoted-printable":
        payload = qp(text, charset)
    elif cte == "base64":
        payload = b64(text.encode(charset))
    elif cte == "7bit":
        text.encode("ascii")
        payload = text
    else:
        payload = text
    if not payload.endswith("\n"):
        payload += "\n"
    return (f'Content-Type: text/{subtype}; charset="{charset}"{params}\n'
            f"{extra_headers}Content-Transfer-Encoding: {cte}\n\n{payload}")


def multipart(subtype, boundary, parts, preamble="", params=""):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'
    if preamble:
        out += preamble + "\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    out += f"--{boundary}--\n"
    return out


def assemble(headers, body):
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    return "\n".join(lines) + "\n" + body


def msgid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def outlook_id(seed, region="eurprd04"):
    h = hashlib.sha1(("o" + seed).encode()).hexdigest().upper()
    box = "AM9PR04MB" + h[:4]
    return f"<{box}{h[4:28]}@{box}.{region}.prod.outlook.com>", box


def gmail_id(seed):
    h = hashlib.sha256(seed.encode()).digest()
    s = base64.b64encode(h).decode().replace("+", "x").replace("/", "Q").rstrip("=")
    return f"<CA{s[:40]}@mail.gmail.com>"


# ---------------------------------------------------------------- our reminder (our own text)

SENDER_NAME = {
    "en": "Lumenrise Accounts", "de": "Lumenrise Forderungsmanagement", "de-CH": "Lumenrise Debitoren",
    "fr": "Lumenrise Recouvrement", "es": "Lumenrise Cobros", "it": "Lumenrise Ufficio Crediti",
    "nl": "Lumenrise Debiteurenbeheer", "pt": "Lumenrise Cobranças", "pt-BR": "Lumenrise Cobrança",
    "pl": "Lumenrise Należności", "sv": "Lumenrise Kundreskontra", "da": "Lumenrise Debitor",
    "nb": "Lumenrise Reskontro",
}


def ar_addr(case):
    return f"collections+{case}@{AR_DOMAIN}"


def ar_from(case, lang):
    return addr(SENDER_NAME[lang], ar_addr(case))


def reminder_mid(case, rdt, n=1):
    return f"<{case}.r{n}.{rdt:%Y%m%dT%H%M%S}Z@{AR_DOMAIN}>"


def reminder_subject(lang, rows, cur, level=1):
    money_lang = lang
    total = sum_amounts([r[2] for r in rows])
    if len(rows) == 1:
        inv = rows[0][0]
        return {
            "en": [f"Reminder: invoice {inv} is overdue ({money(total, cur, 'en')})",
                   f"Second reminder: invoice {inv} is still unpaid ({money(total, cur, 'en')})",
                   f"Final reminder: invoice {inv} ({money(total, cur, 'en')})"][level - 1],
            "de": f"Zahlungserinnerung: Rechnung {inv} ist überfällig" if level == 1 else f"{level}. Mahnung: Rechnung {inv}",
            "de-CH": f"Zahlungserinnerung: Rechnung {inv} ist überfällig",
            "fr": f"Relance : facture {inv} échue",
            "es": f"Recordatorio: factura {inv} vencida",
            "it": f"Sollecito di pagamento: fattura {inv} scaduta",
            "nl": f"Betalingsherinnering: factuur {inv} is vervallen",
            "pt": f"Lembrete: fatura {inv} em atraso",
            "pt-BR": f"Lembrete: fatura {inv} em aberto",
            "pl": f"Przypomnienie: faktura {inv} po terminie płatności",
            "sv": f"Påminnelse: faktura {inv} är förfallen",
            "da": f"Påmindelse: faktura {inv} er forfalden",
            "nb": f"Purring: faktura {inv} er forfalt",
        }[money_lang]
    n = len(rows)
    return {
        "en": f"Reminder: {n} invoices overdue ({money(total, cur, 'en')})",
        "de": f"Zahlungserinnerung: {n} offene Rechnungen",
    }[lang]


def sum_amounts(amounts):
    cents = sum(int(a.replace(".", "")) for a in amounts)
    return f"{cents // 100}.{cents % 100:02d}"


_HEAD = {
    "en": ("Invoice no.", "Due date", "Open amount", "Open balance:"),
    "de": ("Rechnungs-Nr.", "Fällig am", "Offener Betrag", "Summe offen:"),
    "de-CH": ("Rechnungs-Nr.", "Fällig am", "Offener Betrag", "Summe offen:"),
    "fr": ("N° facture", "Échéance", "Montant dû", "Total dû :"),
    "es": ("N.º factura", "Vencimiento", "Importe pendiente", "Total pendiente:"),
    "it": ("N. fattura", "Scadenza", "Importo aperto", "Totale aperto:"),
    "nl": ("Factuurnr.", "Vervaldatum", "Openstaand", "Totaal open:"),
    "pt": ("N.º fatura", "Vencimento", "Valor em dívida", "Total em dívida:"),
    "pt-BR": ("Nº fatura", "Vencimento", "Valor em aberto", "Total em aberto:"),
    "pl": ("Nr faktury", "Termin", "Do zapłaty", "Razem:"),
    "sv": ("Fakturanr", "Förfallodag", "Att betala", "Totalt:"),
    "da": ("Fakturanr.", "Forfald", "Udestående", "I alt:"),
    "nb": ("Fakturanr.", "Forfall", "Utestående", "Totalt:"),
}

_INTRO = {
    "en": "Dear {name},\n\nThis is a reminder from Lumenrise Solar & Electric that the following\n{what} past due:",
    "de": "Guten Tag {name},\n\nlaut unserer Buchhaltung ist Folgendes bei Lumenrise Solar & Elektro\nnoch offen:",
    "de-CH": "Grüezi {name}\n\nGemäss unserer Buchhaltung ist Folgendes bei Lumenrise Solar & Elektro\nnoch offen:",
    "fr": "Bonjour {name},\n\nSauf erreur de notre part, le montant suivant reste dû à\nLumenrise Solaire & Électricité :",
    "es": "Estimado/a {name}:\n\nLe recordamos que el siguiente importe sigue pendiente de pago a\nLumenrise Solar y Electricidad:",
    "it": "Gentile {name},\n\ndai nostri registri risulta ancora aperto il seguente importo verso\nLumenrise Solare & Impianti Elettrici:",
    "nl": "Beste {name},\n\nVolgens onze administratie staat het volgende nog open bij Lumenrise\nSolar & Elektro:",
    "pt": "Caro(a) {name},\n\nSegundo os nossos registos, o seguinte valor continua por liquidar à\nLumenrise Solar & Eletricidade:",
    "pt-BR": "Olá, {name},\n\nConsta em aberto em nosso sistema o seguinte valor da Lumenrise\nEnergia Solar:",
    "pl": "Dzień dobry {name},\n\nuprzejmie przypominamy, że poniższa kwota na rzecz Lumenrise Solar &\nElektro pozostaje nieopłacona:",
    "sv": "Hej {name},\n\nEnligt vår reskontra är följande hos Lumenrise Sol & El fortfarande\nobetalt:",
    "da": "Kære {name}\n\nIfølge vores bogføring er følgende hos Lumenrise Sol & El endnu ikke\nbetalt:",
    "nb": "Hei {name},\n\nIfølge vårt regnskap er følgende hos Lumenrise Sol & Elektro fortsatt\nubetalt:",
}

_OUTRO = {
    "en": ("Please pay by bank transfer using the details printed on the invoice,\n"
           "quoting the invoice number, or online at {url}.\n"
           "If payment is already on its way, let us know the date and amount and\n"
           "we will update our records. If you have a question about the\n"
           "installation or the invoice, simply reply to this email.\n\n"
           "Kind regards,\n\nLumenrise Accounts Receivable\nLumenrise Solar & Electric"),
    "de": ("Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf das\n"
           "auf der Rechnung genannte Konto oder zahlen Sie online unter\n{url}. Falls Sie bereits gezahlt haben,\n"
           "teilen Sie uns bitte Datum und Betrag mit. Bei Fragen zur Anlage oder zur\n"
           "Rechnung antworten Sie einfach auf diese E-Mail.\n\n"
           "Mit freundlichen Grüßen\nLumenrise Forderungsmanagement\nLumenrise Solar & Elektro GmbH"),
    "de-CH": ("Bitte überweisen Sie den Betrag mit der QR-Rechnung oder online unter\n{url}. Falls Sie bereits bezahlt\n"
              "haben, teilen Sie uns bitte Datum und Betrag mit. Bei Fragen zur Anlage\n"
              "oder zur Rechnung antworten Sie einfach auf diese E-Mail.\n\n"
              "Freundliche Grüsse\nLumenrise Debitoren\nLumenrise Solar & Elektro AG"),
    "fr": ("Vous pouvez régler par virement (coordonnées bancaires sur la facture,\n"
           "en rappelant le numéro de facture) ou en ligne sur\n{url}. Si le paiement est déjà parti,\n"
           "merci de nous indiquer la date et le montant. Pour toute question sur\n"
           "l'installation ou la facture, répondez simplement à ce message.\n\n"
           "Cordialement,\nService Recouvrement\nLumenrise Solaire & Électricité"),
    "es": ("Puede pagar por transferencia a la cuenta indicada en la factura,\n"
           "citando el número de factura, o en línea en\n{url}. Si ya ha realizado el pago,\n"
           "indíquenos la fecha y el importe. Para cualquier duda sobre la\n"
           "instalación o la factura, responda a este correo.\n\n"
           "Atentamente,\nDepartamento de Cobros\nLumenrise Solar y Electricidad"),
    "it": ("Può pagare con bonifico sul conto indicato in fattura, citando il\n"
           "numero della fattura, oppure online su {url}.\n"
           "Se ha già pagato, ci comunichi data e importo del pagamento. Per\n"
           "domande sull'impianto o sulla fattura, risponda pure a questa e-mail.\n\n"
           "Cordiali saluti,\nUfficio Crediti\nLumenrise Solare & Impianti Elettrici"),
    "nl": ("U kunt betalen via overschrijving naar het rekeningnummer op de\n"
           "factuur, onder vermelding van het factuurnummer, of online via\n{url}. Heeft u al betaald? Laat ons\n"
           "dan de datum en het bedrag weten. Vragen over de installatie of de\n"
           "factuur? Beantwoord dan gewoon deze e-mail.\n\n"
           "Met vriendelijke groet,\nDebiteurenbeheer\nLumenrise Solar & Elektro"),
    "pt": ("Pode pagar por transferência bancária para o IBAN indicado na fatura,\n"
           "indicando o número da fatura, ou online em\n{url}. Se já efetuou o pagamento,\n"
           "indique-nos a data e o valor. Para qualquer questão sobre a instalação\n"
           "ou a fatura, basta responder a este e-mail.\n\n"
           "Com os melhores cumprimentos,\nDepartamento de Cobranças\nLumenrise Solar & Eletricidade"),
    "pt-BR": ("Você pode pagar por boleto, Pix ou transferência usando os dados da\n"
              "fatura, ou online em {url}.\n"
              "Se o pagamento já foi feito, por favor nos informe a data e o valor.\n"
              "Dúvidas sobre a instalação ou a fatura? É só responder este e-mail.\n\n"
              "Atenciosamente,\nCobrança\nLumenrise Energia Solar Ltda."),
    "pl": ("Prosimy o przelew na rachunek podany na fakturze, z numerem faktury w\n"
           "tytule, lub płatność online: {url}.\n"
           "Jeśli płatność została już wykonana, prosimy o podanie daty i kwoty.\n"
           "W razie pytań dotyczących instalacji lub faktury wystarczy odpowiedzieć\n"
           "na tę wiadomość.\n\n"
           "Z poważaniem\nDział Należności\nLumenrise Solar & Elektro Sp. z o.o."),
    "sv": ("Betala till bankgirot på fakturan och ange fakturanumret, eller betala\n"
           "online på {url}. Har ni redan\n"
           "betalat? Meddela oss i så fall datum och belopp. Frågor om anläggningen\n"
           "eller fakturan? Svara bara på det här mejlet.\n\n"
           "Vänliga hälsningar\nLumenrise Kundreskontra\nLumenrise Sol & El AB"),
    "da": ("Betal venligst til kontoen på fakturaen med fakturanummeret som\n"
           "reference, eller online på {url}.\n"
           "Har I allerede betalt, så send os venligst dato og beløb. Spørgsmål\n"
           "til anlægget eller fakturaen? Svar blot på denne mail.\n\n"
           "Med venlig hilsen\nLumenrise Debitor\nLumenrise Sol & El ApS"),
    "nb": ("Vennligst betal til kontonummeret på fakturaen og oppgi fakturanummeret,\n"
           "eller betal på nett: {url}. Har dere\n"
           "allerede betalt, gi oss beskjed om dato og beløp. Spørsmål om anlegget\n"
           "eller fakturaen? Svar på denne e-posten.\n\n"
           "Med vennlig hilsen\nLumenrise Reskontro\nLumenrise Sol & Elektro AS"),
}


def reminder_body(lang, name, rows, cur, case):
    """rows: [(invoice, due ISO, amount decimal string)]"""
    h = _HEAD[lang]
    ml = "en" if lang == "en" else lang
    what = "invoice is" if len(rows) == 1 else "invoices are"
    intro = _INTRO[lang].format(name=name, what=what)
    table = [f"  {h[0]:<14}{h[1]:<13}{h[2]}"]
    for inv, due, amt in rows:
        table.append(f"  {inv:<14}{due:<13}{money(amt, cur, ml)}")
    total = sum_amounts([r[2] for r in rows])
    url = f"https://pay.lumenrise.example/{case}"
    return (intro + "\n\n" + "\n".join(table) + "\n\n" + f"{h[3]} {money(total, cur, ml)}" + "\n\n"
            + _OUTRO[lang].format(url=url) + "\n")


def gt(text):
    """Quote with '> ' the way most clients do."""
    return "\n".join((">" + (" " + l if l else "")) for l in text.rstrip("\n").split("\n")) + "\n"


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text):
    return "<br>\n".join(html_escape(l) for l in text.rstrip("\n").split("\n"))


# localized attribution lines -------------------------------------------------

_DOW = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "pl": ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
    "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
    "da": ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."],
    "nb": ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."],
}
_DOW_LONG = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}
_MON = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "en_long": ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
    "pl": ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
    "sv": ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
    "da": ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    "nb": ["jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."],
}


def attribution(lang, rdt, name, address, style="gmail"):
    w, d, m, y, hm = rdt.weekday(), rdt.day, rdt.month - 1, rdt.year, f"{rdt:%H:%M}"
    who = f"{name} <{address}>"
    if lang == "en" and style == "gmail-us":
        h12 = rdt.hour % 12 or 12
        ap = "AM" if rdt.hour < 12 else "PM"
        return f"On {_DOW['en'][w]}, {_MON['en'][m]} {d}, {y} at {h12}:{rdt:%M} {ap} {who} wrote:"
    if lang == "en" and style == "apple":
        return f"On {d} {_MON['en'][m]} {y}, at {hm}, {who} wrote:"
    if lang == "en":
        return f"On {_DOW['en'][w]}, {d} {_MON['en'][m]} {y} at {hm}, {who} wrote:"
    if lang == "de":
        return f"Am {_DOW['de'][w]}, {d}. {_MON['de'][m]} {y} um {hm} Uhr schrieb {who}:"
    if lang == "fr":
        return f"Le {_DOW['fr'][w]} {d} {_MON['fr'][m]} {y} à {hm}, {who} a écrit :"
    if lang == "es":
        return f"El {_DOW['es'][w]}, {d} {_MON['es'][m]} {y} a las {hm}, {name} (<{address}>) escribió:"
    if lang == "it":
        return f"Il giorno {_DOW['it'][w]} {d} {_MON['it'][m]} {y} alle ore {hm} {who} ha scritto:"
    if lang == "nl":
        return f"Op {_DOW['nl'][w]} {d} {_MON['nl'][m]} {y} om {hm} schreef {who}:"
    if lang == "pt":
        return f"{_DOW['pt'][w]}, {d} de {_MON['pt'][m]} de {y} às {hm}, {who} escreveu:"
    if lang == "pl":
        return f"{_DOW['pl'][w]} {d} {_MON['pl'][m]} {y} o {hm} {who} napisał(a):"
    if lang == "sv":
        return f"Den {_DOW['sv'][w]} {d} {_MON['sv'][m]} {y} kl. {hm} skrev {who}:"
    if lang in ("da", "nb"):
        return f"Den {_DOW[lang][w]} {d}. {_MON[lang][m]} {y} kl. {rdt:%H.%M} skrev {who}:"
    raise KeyError(lang)


def outlook_block(lang, rdt, from_name, from_addr, to, subject):
    w, d, m, y = rdt.weekday(), rdt.day, rdt.month - 1, rdt.year
    if lang == "de":
        return (f"Von: {from_name} <{from_addr}>\nGesendet: {_DOW_LONG['de'][w]}, {d}. {_MON['de'][m]} {y} "
                f"{rdt:%H:%M}\nAn: {to}\nBetreff: {subject}\n")
    h12 = rdt.hour % 12 or 12
    ap = "AM" if rdt.hour < 12 else "PM"
    return (f"From: {from_name} <{from_addr}>\nSent: {_DOW_LONG['en'][w]}, {_MON['en_long'][m]} {d}, {y} "
            f"{h12}:{rdt:%M} {ap}\nTo: {to}\nSubject: {subject}\n")
