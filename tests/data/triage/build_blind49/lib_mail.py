# Helpers for build.py: reminder templates, quoting styles and MIME assembly.
# Deterministic, stdlib only.
import base64
import calendar
import hashlib
import html
import quopri
import textwrap
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

AGENCY = "Meridian Lingua"
AR_NAME = "Meridian Lingua Accounts Receivable"
AR_DOMAIN = "meridianlingua.example"


def ar_addr(case):
    return f"ar+{case}@{AR_DOMAIN}"


def parse_dt(s):
    """'2026-03-03 16:12:09 -0500' -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def today_of(s):
    """The calendar date of the Date header in its own offset."""
    return parse_dt(s).date()


# ---------------------------------------------------------------- date rules
def this_wd(t, wd):
    return t + timedelta((wd - t.weekday()) % 7)


def next_wd(t, wd):
    return t + timedelta(7 - t.weekday() + wd)


def eom(t):
    return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])


def end_of_named_month(t, month):
    y = t.year if month >= t.month else t.year + 1
    return date(y, month, calendar.monthrange(y, month)[1])


def plus(t, n):
    return t + timedelta(days=n)


def by_the(t, day):
    if t.day <= day:
        return t.replace(day=day)
    y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    return date(y, m, day)


def past_dm(t, d, m):
    x = date(t.year, m, d)
    return x if x <= t else date(t.year - 1, m, d)


def future_dm(t, d, m):
    x = date(t.year, m, d)
    return x if x >= t else date(t.year + 1, m, d)


def week_friday(t, week):
    return date.fromisocalendar(t.year, week, 5)


def first_week_of(t, month):
    y = t.year if month >= t.month else t.year + 1
    return date(y, month, 7)


# ---------------------------------------------------------------- names
WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
}
WD_ABBR = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "pl": ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
}
MON = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
}
MON_ABBR = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "pl": ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
}


def base_lang(lang):
    return lang.split("-")[0]


# ---------------------------------------------------------------- amounts
def fmt_amount(value, cur, style):
    s = f"{value:,.2f}"  # 1,234.56
    ip, dp = s.split(".")
    if style == "en":
        return f"{cur} {s}"
    if style == "ch":
        return f"{cur} {ip.replace(',', chr(39))}.{dp}"
    if style in ("de", "es", "pt"):
        return f"{ip.replace(',', '.')},{dp} {cur}"
    if style in ("it", "nl"):
        return f"{cur} {ip.replace(',', '.')},{dp}"
    if style == "br":
        return f"R$ {ip.replace(',', '.')},{dp}"
    if style in ("fr", "pl"):
        return f"{ip.replace(',', ' ')},{dp} {cur}"
    raise ValueError(style)


# ---------------------------------------------------------------- reminders
def wrap(text, width=72):
    out = []
    for para in text.split("\n\n"):
        if para.startswith("  ") or "\n" in para:
            out.append(para)
        else:
            out.append(textwrap.fill(para, width=width, break_on_hyphens=False))
    return "\n\n".join(out)


def long_date(d, lang):
    lang = base_lang(lang)
    if lang == "en":
        return f"{d.day} {MON['en'][d.month-1]} {d.year}"
    if lang == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if lang == "pl":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if lang == "nl":
        return f"{d.day} {MON['nl'][d.month-1]} {d.year}"
    if lang in ("fr", "it"):
        return f"{d.day} {MON[lang][d.month-1]} {d.year}"
    if lang in ("es", "pt"):
        return f"{d.day} de {MON[lang][d.month-1]} de {d.year}"
    raise ValueError(lang)


TPL = {
    "en": dict(
        s1="Payment reminder: {inv} is now overdue",
        s1m="Payment reminder: {n} invoices now overdue",
        s2="Second reminder – {inv} ({total})",
        s2m="Second reminder – {n} overdue invoices ({total})",
        s3="Final reminder before account hold – {company}",
        hi="Dear {name},",
        p1="This is a friendly reminder that the following invoice(s) issued to {company} are now past due:",
        p2="We wrote to you on {prev} about the invoice(s) below and have not yet received payment or a reply.",
        p3="Despite our reminders of {prev} and since, the invoice(s) below remain unpaid. Unless we receive payment or hear from you within 10 days, we will have to place new work for {company} on hold.",
        head="  Invoice     Due date     Amount",
        total="Total past due: {total}",
        pay="You can pay by bank transfer using the details printed on the invoice, or by card at {url}. If the payment is already on its way, please let us know the date and reference so we can allocate it. If you have a question about the invoice, simply reply to this email.",
        bye="Kind regards,",
        sig="Accounts Receivable\nMeridian Lingua B.V. | Translation & Localisation\nHerengracht 412, 1017 BZ Amsterdam",
        sig2="Sam Whitaker\nAccounts Receivable | Meridian Lingua B.V.",
    ),
    "de": dict(
        s1="Zahlungserinnerung zu Rechnung {inv}",
        s1m="Zahlungserinnerung: {n} offene Rechnungen",
        s2="2. Mahnung – Rechnung {inv}",
        s2m="2. Mahnung – {n} offene Rechnungen ({total})",
        s3="Letzte Mahnung – {company}",
        hi="Guten Tag {name},",
        p1="bei der Durchsicht unserer Konten ist uns aufgefallen, dass folgende Rechnung(en) an {company} noch offen sind:",
        p2="trotz unserer Zahlungserinnerung vom {prev} konnten wir für die folgende(n) Rechnung(en) noch keinen Zahlungseingang feststellen:",
        p3="trotz mehrfacher Erinnerung sind die folgenden Rechnungen weiterhin offen. Ohne Zahlung oder Rückmeldung innerhalb von 10 Tagen müssen wir neue Aufträge von {company} zurückstellen.",
        head="  Rechnung    Fällig am    Betrag",
        total="Offener Betrag gesamt: {total}",
        pay="Sie können per Überweisung auf das auf der Rechnung angegebene Konto oder per Karte unter {url} bezahlen. Sollte die Zahlung bereits unterwegs sein, teilen Sie uns bitte Datum und Referenz mit, damit wir sie zuordnen können. Bei Fragen zur Rechnung antworten Sie einfach auf diese E-Mail.",
        bye="Freundliche Grüße",
        sig="Debitorenbuchhaltung\nMeridian Lingua B.V. | Übersetzung & Lokalisierung\nHerengracht 412, 1017 BZ Amsterdam",
        sig2="Sam Whitaker\nDebitorenbuchhaltung | Meridian Lingua B.V.",
    ),
    "fr": dict(
        s1="Relance : facture {inv} échue",
        s1m="Relance : {n} factures échues",
        s2="Deuxième relance – facture {inv}",
        s2m="Deuxième relance – {n} factures échues ({total})",
        s3="Dernière relance avant suspension – {company}",
        hi="Bonjour {name},",
        p1="Sauf erreur de notre part, la ou les factures suivantes adressées à {company} restent impayées à ce jour :",
        p2="Malgré notre relance du {prev}, nous n'avons pas encore reçu le règlement de la ou des factures ci-dessous :",
        p3="Malgré nos relances successives, les factures ci-dessous restent impayées. Sans règlement ni nouvelles de votre part sous 10 jours, nous devrons suspendre les nouveaux projets de {company}.",
        head="  Facture     Échéance     Montant",
        total="Total échu : {total}",
        pay="Vous pouvez régler par virement sur le compte indiqué sur la facture, ou par carte sur {url}. Si le règlement est déjà en cours, merci de nous indiquer la date et la référence afin que nous puissions l'affecter. Pour toute question sur la facture, il vous suffit de répondre à ce message.",
        bye="Cordialement,",
        sig="Service Comptabilité clients\nMeridian Lingua B.V. | Traduction & Localisation\nHerengracht 412, 1017 BZ Amsterdam",
        sig2="Sam Whitaker\nComptabilité clients | Meridian Lingua B.V.",
    ),
    "es": dict(
        s1="Recordatorio de pago: factura {inv}",
        s1m="Recordatorio de pago: {n} facturas vencidas",
        s2="Segundo aviso – factura {inv}",
        s2m="Segundo aviso – {n} facturas vencidas ({total})",
        s3="Último aviso – {company}",
        hi="Hola, {name}:",
        p1="Le recordamos que las siguientes facturas emitidas a {company} están vencidas:",
        p2="A pesar de nuestro recordatorio del {prev}, todavía no hemos recibido el pago de las facturas siguientes:",
        p3="A pesar de nuestros avisos, las facturas siguientes siguen pendientes. Si no recibimos el pago o noticias suyas en 10 días, tendremos que poner en espera los nuevos encargos de {company}.",
        head="  Factura     Vencimiento  Importe",
        total="Total vencido: {total}",
        pay="Puede pagar por transferencia a la cuenta indicada en la factura o con tarjeta en {url}. Si el pago ya está en camino, indíquenos la fecha y la referencia para poder aplicarlo. Si tiene alguna duda sobre la factura, basta con responder a este correo.",
        bye="Saludos cordiales,",
        sig="Cuentas a cobrar\nMeridian Lingua B.V. | Traducción y localización\nHerengracht 412, 1017 BZ Ámsterdam",
        sig2="Sam Whitaker\nCuentas a cobrar | Meridian Lingua B.V.",
    ),
    "it": dict(
        s1="Sollecito di pagamento – fattura {inv}",
        s1m="Sollecito di pagamento – {n} fatture scadute",
        s2="Secondo sollecito – fattura {inv}",
        s2m="Secondo sollecito – {n} fatture scadute ({total})",
        s3="Ultimo sollecito – {company}",
        hi="Gentile {name},",
        p1="Le ricordiamo che le seguenti fatture intestate a {company} risultano scadute:",
        p2="nonostante il nostro sollecito del {prev}, non abbiamo ancora ricevuto il pagamento delle fatture seguenti:",
        p3="nonostante i nostri solleciti, le fatture seguenti risultano ancora insolute. In assenza di pagamento o di un Suo riscontro entro 10 giorni, dovremo sospendere i nuovi lavori per {company}.",
        head="  Fattura     Scadenza     Importo",
        total="Totale scaduto: {total}",
        pay="Può pagare con bonifico sul conto indicato in fattura oppure con carta su {url}. Se il pagamento è già stato disposto, ci comunichi data e riferimento così da poterlo abbinare. Per qualsiasi domanda sulla fattura, risponda semplicemente a questa e-mail.",
        bye="Cordiali saluti,",
        sig="Ufficio Crediti\nMeridian Lingua B.V. | Traduzioni e localizzazione\nHerengracht 412, 1017 BZ Amsterdam",
        sig2="Sam Whitaker\nUfficio Crediti | Meridian Lingua B.V.",
    ),
    "pt": dict(
        s1="Lembrete de pagamento – fatura {inv}",
        s1m="Lembrete de pagamento – {n} faturas vencidas",
        s2="Segundo lembrete – fatura {inv}",
        s2m="Segundo lembrete – {n} faturas vencidas ({total})",
        s3="Último aviso – {company}",
        hi="Olá, {name},",
        p1="Informamos que as seguintes faturas emitidas para {company} se encontram vencidas:",
        p2="Apesar do nosso lembrete de {prev}, ainda não recebemos o pagamento das faturas abaixo:",
        p3="Apesar dos nossos lembretes, as faturas abaixo continuam por pagar. Sem pagamento ou resposta no prazo de 10 dias, teremos de suspender novos trabalhos para {company}.",
        head="  Fatura      Vencimento   Valor",
        total="Total vencido: {total}",
        pay="O pagamento pode ser feito por transferência bancária para a conta indicada na fatura ou por cartão em {url}. Se o pagamento já foi enviado, indique-nos a data e a referência para que o possamos conciliar. Em caso de dúvidas sobre a fatura, basta responder a este e-mail.",
        bye="Com os melhores cumprimentos,",
        sig="Contas a Receber\nMeridian Lingua B.V. | Tradução e Localização\nHerengracht 412, 1017 BZ Amesterdão",
        sig2="Sam Whitaker\nContas a Receber | Meridian Lingua B.V.",
    ),
    "nl": dict(
        s1="Betalingsherinnering factuur {inv}",
        s1m="Betalingsherinnering: {n} openstaande facturen",
        s2="Tweede herinnering – factuur {inv}",
        s2m="Tweede herinnering – {n} openstaande facturen ({total})",
        s3="Laatste herinnering – {company}",
        hi="Beste {name},",
        p1="Volgens onze administratie staan de volgende facturen aan {company} nog open:",
        p2="Ondanks onze herinnering van {prev} hebben wij voor de onderstaande facturen nog geen betaling ontvangen:",
        p3="Ondanks onze herinneringen staan de onderstaande facturen nog open. Zonder betaling of reactie binnen 10 dagen moeten wij nieuwe opdrachten van {company} aanhouden.",
        head="  Factuur     Vervaldatum  Bedrag",
        total="Totaal achterstallig: {total}",
        pay="U kunt betalen per bankoverschrijving naar de rekening op de factuur, of met een kaart via {url}. Is de betaling al onderweg, laat ons dan de datum en referentie weten zodat wij die kunnen verwerken. Heeft u een vraag over de factuur, beantwoord dan gewoon deze e-mail.",
        bye="Met vriendelijke groet,",
        sig="Debiteurenadministratie\nMeridian Lingua B.V. | Vertaling & Lokalisatie\nHerengracht 412, 1017 BZ Amsterdam",
        sig2="Sam Whitaker\nDebiteurenadministratie | Meridian Lingua B.V.",
    ),
    "pl": dict(
        s1="Przypomnienie o płatności – faktura {inv}",
        s1m="Przypomnienie o płatności – {n} faktur po terminie",
        s2="Drugie przypomnienie – faktura {inv}",
        s2m="Drugie przypomnienie – {n} faktury po terminie ({total})",
        s3="Ostatnie przypomnienie – {company}",
        hi="Dzień dobry, {name},",
        p1="uprzejmie przypominamy, że następujące faktury wystawione dla {company} są już po terminie płatności:",
        p2="pomimo naszego przypomnienia z dnia {prev} nie odnotowaliśmy jeszcze wpłaty za poniższe faktury:",
        p3="pomimo wcześniejszych przypomnień poniższe faktury pozostają nieopłacone. W przypadku braku wpłaty lub kontaktu w ciągu 10 dni będziemy zmuszeni wstrzymać nowe zlecenia dla {company}.",
        head="  Faktura     Termin       Kwota",
        total="Łącznie po terminie: {total}",
        pay="Płatności można dokonać przelewem na rachunek wskazany na fakturze lub kartą na stronie {url}. Jeśli płatność została już zlecona, prosimy o podanie daty i numeru referencyjnego, abyśmy mogli ją przypisać. W razie pytań dotyczących faktury wystarczy odpowiedzieć na tę wiadomość.",
        bye="Z poważaniem",
        sig="Dział Należności\nMeridian Lingua B.V. | Tłumaczenia i lokalizacja\nHerengracht 412, 1017 BZ Amsterdam",
        sig2="Sam Whitaker\nDział Należności | Meridian Lingua B.V.",
    ),
}


class Reminder:
    """One dunning email we sent. invoices: list of (number, due_iso, amount)."""

    def __init__(self, case, lang, level, name, to_addr, company, invoices, cur,
                 sent, numfmt=None):
        self.case = case
        self.lang = base_lang(lang)
        self.level = level
        self.name = name
        self.to_addr = to_addr
        self.company = company
        self.invoices = invoices
        self.cur = cur
        self.sent = parse_dt(sent)  # UTC
        self.numfmt = numfmt or {"en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it",
                                 "pt": "pt", "nl": "nl", "pl": "pl"}[self.lang]
        self.msgid = f"<ml.{case}.r{level}.{self.sent.strftime('%Y%m%dT%H%M%SZ')}@mail.{AR_DOMAIN}>"
        self.from_hdr = f"{AR_NAME} <{ar_addr(case)}>"

    def total(self):
        return fmt_amount(sum(a for _, _, a in self.invoices), self.cur, self.numfmt)

    def subject(self):
        t = TPL[self.lang]
        n = len(self.invoices)
        if self.level == 3:
            return t["s3"].format(company=self.company)
        key = f"s{self.level}" + ("m" if n > 1 else "")
        return t[key].format(inv=self.invoices[0][0], n=n, total=self.total())

    def body(self):
        t = TPL[self.lang]
        prev = long_date((self.sent - timedelta(days=10)).date(), self.lang)
        rows = "\n".join(
            f"  {num:<11} {due:<12} {fmt_amount(a, self.cur, self.numfmt)}"
            for num, due, a in self.invoices)
        intro = t[f"p{self.level}"].format(company=self.company, prev=prev)
        sig = t["sig2"] if self.level >= 2 else t["sig"]
        txt = "\n\n".join([
            t["hi"].format(name=self.name),
            intro,
            t["head"] + "\n" + rows,
            t["total"].format(total=self.total()),
            t["pay"].format(url=f"https://pay.{AR_DOMAIN}/{self.case}"),
            t["bye"],
            sig,
        ])
        return wrap(txt)


# ---------------------------------------------------------------- quoting
def q_prefix(text, p=">"):
    out = []
    for line in text.split("\n"):
        if line == "":
            out.append(p)
        elif line.startswith(">"):
            out.append(p + line)
        else:
            out.append(p + " " + line)
    return "\n".join(out)


def hm12(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def attribution(style, lang, dt, who):
    lang = base_lang(lang)
    wd = dt.weekday()
    if style == "gmail":
        if lang == "en":
            return f"On {WD_ABBR['en'][wd]}, {MON_ABBR['en'][dt.month-1]} {dt.day}, {dt.year} at {hm12(dt)} {who} wrote:"
        if lang == "de":
            return f"Am {WD_ABBR['de'][wd]}, {dt.day}. {MON['de'][dt.month-1]} {dt.year} um {dt:%H:%M} Uhr schrieb {who}:"
        if lang == "fr":
            return f"Le {WD_ABBR['fr'][wd]} {dt.day} {MON['fr'][dt.month-1]} {dt.year} à {dt:%H:%M}, {who} a écrit :"
        if lang == "es":
            return f"El {WD_ABBR['es'][wd]}, {dt.day} {MON_ABBR['es'][dt.month-1]} {dt.year} a las {dt:%H:%M}, {who} escribió:"
        if lang == "it":
            return f"Il giorno {WD_ABBR['it'][wd]} {dt.day} {MON_ABBR['it'][dt.month-1]} {dt.year} alle ore {dt:%H:%M} {who} ha scritto:"
        if lang == "pt":
            return f"Em {WD_ABBR['pt'][wd]}, {dt.day} de {MON_ABBR['pt'][dt.month-1]} de {dt.year} às {dt:%H:%M}, {who} escreveu:"
        if lang == "nl":
            return f"Op {WD_ABBR['nl'][wd]} {dt.day} {MON_ABBR['nl'][dt.month-1]} {dt.year} om {dt:%H:%M} schreef {who}:"
        if lang == "pl":
            return f"{WD_ABBR['pl'][wd]}, {dt.day} {MON_ABBR['pl'][dt.month-1]} {dt.year} o {dt:%H:%M} {who} napisał(a):"
    if style in ("apple", "iphone"):
        if lang == "en":
            return f"On {MON_ABBR['en'][dt.month-1]} {dt.day}, {dt.year}, at {hm12(dt)}, {who} wrote:"
        if lang == "de":
            return f"Am {dt:%d.%m.%Y} um {dt:%H:%M} schrieb {who}:"
        if lang == "fr":
            return f"Le {dt.day} {MON['fr'][dt.month-1]} {dt.year} à {dt:%H:%M}, {who} a écrit :"
    if style == "apple_uk":
        return f"On {dt.day} {MON_ABBR['en'][dt.month-1]} {dt.year}, at {dt:%H:%M}, {who} wrote:"
    if style == "thunderbird":
        if lang == "de":
            return f"Am {dt:%d.%m.%y} um {dt:%H:%M} schrieb {who}:"
        if lang == "fr":
            return f"Le {dt:%d/%m/%Y} à {dt:%H:%M}, {who} a écrit :"
        return f"On {dt:%d/%m/%Y} {dt:%H:%M}, {who} wrote:"
    raise ValueError((style, lang))


OUTLOOK_HDR = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "pt": ("De", "Enviado", "Para", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
}


def outlook_date(dt, lang, us=False):
    lang = base_lang(lang)
    wd = dt.weekday()
    if lang == "en":
        if us:
            return f"{WD['en'][wd]}, {MON['en'][dt.month-1]} {dt.day}, {dt.year} {hm12(dt)}"
        return f"{dt.day:02d} {MON['en'][dt.month-1]} {dt.year} {dt:%H:%M}"
    if lang == "de":
        return f"{WD['de'][wd]}, {dt.day}. {MON['de'][dt.month-1]} {dt.year} {dt:%H:%M}"
    if lang == "fr":
        return f"{WD['fr'][wd]} {dt.day} {MON['fr'][dt.month-1]} {dt.year} {dt:%H:%M}"
    if lang == "es":
        return f"{WD['es'][wd]}, {dt.day} de {MON['es'][dt.month-1]} de {dt.year} {dt:%H:%M}"
    if lang == "it":
        return f"{WD['it'][wd]} {dt.day} {MON['it'][dt.month-1]} {dt.year} {dt:%H:%M}"
    if lang == "pt":
        return f"{WD['pt'][wd]}, {dt.day} de {MON['pt'][dt.month-1]} de {dt.year} {dt:%H:%M}"
    if lang == "nl":
        return f"{WD['nl'][wd]} {dt.day} {MON['nl'][dt.month-1]} {dt.year} {dt:%H:%M}"
    if lang == "pl":
        return f"{WD['pl'][wd]}, {dt.day} {MON['pl'][dt.month-1]} {dt.year} {dt:%H:%M}"
    raise ValueError(lang)


class Prior:
    """A message in the quoted history (newest first in a list)."""

    def __init__(self, from_hdr, to_hdr, when, subject, body):
        self.from_hdr = from_hdr
        self.to_hdr = to_hdr
        self.when = when if isinstance(when, datetime) else parse_dt(when)
        self.subject = subject
        self.body = body


def prior_of(rem):
    return Prior(rem.from_hdr, rem.to_addr, rem.sent, rem.subject(), rem.body())


def quote_text(style, lang, history, tz, us=False, orig_marker=False):
    """Render the quoted history (list of Prior, newest first) as plain text."""
    if not history:
        return ""
    h = history[0]
    local = h.when.astimezone(tz)
    if style.startswith("outlook"):
        f, s, t, sub = OUTLOOK_HDR[base_lang(lang)]
        sep = "-----Original Message-----" if orig_marker else "________________________________"
        block = (f"{sep}\n{f}: {h.from_hdr}\n{s}: {outlook_date(local, lang, us)}\n"
                 f"{t}: {h.to_hdr}\n{sub}: {h.subject}\n\n{h.body}")
        rest = quote_text(style, lang, history[1:], tz, us, orig_marker)
        return block + ("\n\n" + rest if rest else "")
    who = h.from_hdr
    inner = h.body
    rest = quote_text(style, lang, history[1:], tz, us)
    if rest:
        inner = inner + "\n\n" + rest
    att = attribution(style, lang, local, who)
    if style in ("apple", "iphone", "apple_uk"):
        return att + "\n\n" + q_prefix(inner)
    return att + "\n" + q_prefix(inner)


def quote_html(style, lang, history, tz, us=False):
    if not history:
        return ""
    h = history[0]
    local = h.when.astimezone(tz)
    body = html.escape(h.body).replace("\n", "<br>\n")
    rest = quote_html(style, lang, history[1:], tz, us)
    if style.startswith("outlook"):
        f, s, t, sub = OUTLOOK_HDR[base_lang(lang)]
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                f'<p class="MsoNormal"><b>{f}:</b> {html.escape(h.from_hdr)}<br>\n<b>{s}:</b> '
                f'{outlook_date(local, lang, us)}<br>\n<b>{t}:</b> {html.escape(h.to_hdr)}<br>\n'
                f'<b>{sub}:</b> {html.escape(h.subject)}</p>\n</div>\n'
                f'<p class="MsoNormal">{body}</p>\n' + rest)
    att = html.escape(attribution(style, lang, local, h.from_hdr))
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + att + '<br></div>\n'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">\n' + body + "\n" + rest + "</blockquote></div>\n")


def text_to_html(text):
    paras = text.split("\n\n")
    return "\n".join("<div>" + html.escape(p).replace("\n", "<br>\n") + "</div><div><br></div>"
                     for p in paras)


# ---------------------------------------------------------------- MIME bits
def hid(key, n=16, alphabet="0123456789ABCDEF"):
    h = hashlib.sha256(key.encode()).digest()
    out = ""
    i = 0
    while len(out) < n:
        out += alphabet[h[i % len(h)] % len(alphabet)]
        i += 1
        if i % len(h) == 0:
            h = hashlib.sha256(h).digest()
    return out


def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def enc_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=charset)


def encode_body(text, charset, cte):
    """Return (content-type params, cte header, encoded text)."""
    if cte == "7bit":
        text.encode("ascii")
        return text
    if cte == "8bit":
        return text
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=""):
    ct = f'{ctype}; charset="{charset}"' + extra
    body = encode_body(text, charset, cte)
    return f"Content-Type: {ct}\nContent-Transfer-Encoding: {cte}\n\n{body}"


def multipart(subtype, parts, boundary, preamble=""):
    out = []
    if preamble:
        out.append(preamble + "\n")
    for p in parts:
        out.append(f"--{boundary}\n{p}\n")
    out.append(f"--{boundary}--\n")
    return f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n' + "\n".join(out)


def rfc_date(s):
    return format_datetime(parse_dt(s))
