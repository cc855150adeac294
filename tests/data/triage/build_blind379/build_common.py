"""Shared helpers for blind set 379 (Hollybrook Schoolwear & Supplies). Standard library only."""
import base64
import quopri
import random
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from email.header import Header
from email.utils import format_datetime

RNG = random.Random(379)
CO = "Hollybrook Schoolwear & Supplies Ltd"
DOM = "billing.hollybrook.example"
AR_NAME = "Hollybrook Accounts Receivable"


def ar_addr(case):
    return "ar+%s@%s" % (case, DOM)


def parse_dt(s, off):
    """s 'YYYY-MM-DD HH:MM:SS', off '+0100' -> aware datetime."""
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def hdr_date(dt):
    return format_datetime(dt)


def rid(case, n, rdt_utc):
    return "<%s.r%d.%s@%s>" % (case, n, rdt_utc.strftime("%Y%m%dT%H%M%SZ"), DOM)


def hx(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def an(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def msgid(style, domain):
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % an(44)
    if style == "outlook":
        p = RNG.choice(["AM9PR03", "DB8PR10", "PAXPR08", "BN8PR12", "SY4PR01", "LO2P265", "VI1PR07", "GV0P278"])
        return "<%sMB%s%s@%sMB%s.%s.prod.outlook.com>" % (p, RNG.randint(1000, 9999), hx(20), p, RNG.randint(1000, 9999),
                                                      RNG.choice(["eurprd03", "eurprd10", "namprd12", "ausprd01", "gbrp265", "chep278"]))
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (hx(8), hx(4), hx(4), hx(4), hx(12), domain)
    return "<%s.%s@%s>" % (RNG.randint(10 ** 11, 10 ** 12), an(10), domain)


def enc_hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, email_):
    if not name:
        return email_
    try:
        name.encode("ascii")
        if any(c in name for c in ',.@&"'):
            return '"%s" <%s>' % (name, email_)
        return "%s <%s>" % (name, email_)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), email_)


# ---------------------------------------------------------------- locale tables
WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}
WDA = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
}
MO = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
}
MOA = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
}


def lang_of(locale):
    return locale.split("-")[0]


# ---------------------------------------------------------------- amounts
def group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt_num(value, locale, decimals=2):
    v = Decimal(value).quantize(Decimal("0.01"))
    ip, fp = str(v).split(".")
    if locale in ("fr-FR", "fr-BE", "fr-SN"):
        ts, ds = " ", ","
    elif locale in ("es-ES", "pt-PT", "pt-AO", "it-IT", "nl-NL", "de-DE"):
        ts, ds = ".", ","
    else:
        ts, ds = ",", "."
    s = group(int(ip), ts)
    if decimals:
        s += ds + fp
    return s


CUR = {"en-GB": "GBP", "en-US": "USD", "en-NZ": "NZD", "en-NG": "NGN", "fr-FR": "EUR", "fr-BE": "EUR",
       "fr-SN": "XOF", "es-ES": "EUR", "es-PE": "PEN", "pt-PT": "EUR", "pt-AO": "AOA", "it-IT": "EUR",
       "nl-NL": "EUR", "de-DE": "EUR"}


def fmt_money(value, locale):
    cur = CUR[locale]
    if cur == "XOF":
        return "%s XOF" % fmt_num(value, locale, 0)
    n = fmt_num(value, locale)
    if locale in ("en-GB", "en-US", "en-NZ", "en-NG", "es-PE", "nl-NL"):
        return "%s %s" % (cur, n)
    return "%s %s" % (n, cur)


# ---------------------------------------------------------------- our reminder
RSUBJ = {
    "en": ("Reminder: invoice {inv} is {d} days overdue ({amt})", "Second reminder: {n} invoices overdue ({amt})"),
    "fr": ("Relance : facture {inv} échue depuis {d} jours ({amt})", "Deuxième relance : {n} factures échues ({amt})"),
    "es": ("Recordatorio: factura {inv} vencida hace {d} días ({amt})", "Segundo aviso: {n} facturas vencidas ({amt})"),
    "pt": ("Lembrete: fatura {inv} vencida há {d} dias ({amt})", "Segundo lembrete: {n} faturas vencidas ({amt})"),
    "it": ("Sollecito: fattura {inv} scaduta da {d} giorni ({amt})", "Secondo sollecito: {n} fatture scadute ({amt})"),
    "nl": ("Herinnering: factuur {inv} is {d} dagen vervallen ({amt})", "Tweede herinnering: {n} facturen vervallen ({amt})"),
    "de": ("Zahlungserinnerung: Rechnung {inv} seit {d} Tagen fällig ({amt})", "2. Zahlungserinnerung: {n} Rechnungen überfällig ({amt})"),
}

RBODY = {
    "en": """Dear {name},

Our records show the following {what} for {cust} as overdue:

  Invoice     Due date      Amount
{rows}

Total overdue: {total}

You can pay online at https://pay.hollybrook.example/c/{case} or by bank
transfer using the details printed on the invoice. If you have already
paid, please reply with the payment date and reference so that we can
match it. If anything on the invoice looks wrong, just reply and tell us.

Kind regards,

Hollybrook Accounts Receivable
Hollybrook Schoolwear & Supplies Ltd""",
    "fr": """Bonjour {name},

Sauf erreur de notre part, {what} suivante(s) de {cust} reste(nt) impayée(s) :

  Facture     Échéance      Montant
{rows}

Total dû : {total}

Vous pouvez régler en ligne sur https://pay.hollybrook.example/c/{case} ou
par virement sur le compte indiqué sur la facture. Si vous avez déjà
effectué le règlement, merci de nous indiquer la date et la référence du
paiement. Si quelque chose vous semble incorrect, répondez simplement à ce message.

Cordialement,

Hollybrook – Comptabilité clients
Hollybrook Schoolwear & Supplies Ltd""",
    "es": """Estimado/a {name}:

Según nuestros registros, {what} de {cust} figura(n) como vencida(s):

  Factura     Vencimiento   Importe
{rows}

Total vencido: {total}

Puede pagar en línea en https://pay.hollybrook.example/c/{case} o por
transferencia a la cuenta indicada en la factura. Si ya ha realizado el
pago, responda indicando la fecha y la referencia para poder conciliarlo.
Si algo de la factura no es correcto, responda a este mensaje.

Saludos cordiales,

Hollybrook – Cuentas por cobrar
Hollybrook Schoolwear & Supplies Ltd""",
    "pt": """Caro(a) {name},

Segundo os nossos registos, {what} de {cust} encontra(m)-se vencida(s):

  Fatura      Vencimento    Valor
{rows}

Total vencido: {total}

Pode pagar online em https://pay.hollybrook.example/c/{case} ou por
transferência bancária para a conta indicada na fatura. Se já efetuou o
pagamento, responda com a data e a referência para o podermos conciliar.
Se algo na fatura não estiver correto, basta responder a esta mensagem.

Com os melhores cumprimentos,

Hollybrook – Contas a receber
Hollybrook Schoolwear & Supplies Ltd""",
    "it": """Gentile {name},

dai nostri registri risulta scaduto quanto segue per {cust} ({what}):

  Fattura     Scadenza      Importo
{rows}

Totale scaduto: {total}

Può pagare online su https://pay.hollybrook.example/c/{case} oppure con
bonifico sul conto indicato in fattura. Se ha già effettuato il pagamento,
ci risponda indicando data e riferimento, così potremo abbinarlo.
Se qualcosa in fattura non Le torna, ci risponda pure.

Cordiali saluti,

Hollybrook – Contabilità clienti
Hollybrook Schoolwear & Supplies Ltd""",
    "nl": """Beste {name},

Volgens onze administratie staat het volgende open voor {cust} ({what}):

  Factuur     Vervaldatum   Bedrag
{rows}

Totaal vervallen: {total}

U kunt online betalen via https://pay.hollybrook.example/c/{case} of per
bankoverschrijving naar het rekeningnummer op de factuur. Heeft u al
betaald, laat ons dan de betaaldatum en het kenmerk weten, zodat wij de
betaling kunnen koppelen. Klopt er iets niet op de factuur, antwoord dan
gewoon op deze e-mail.

Met vriendelijke groet,

Hollybrook Debiteurenbeheer
Hollybrook Schoolwear & Supplies Ltd""",
    "de": """Guten Tag {name},

laut unserer Buchhaltung ist für {cust} Folgendes überfällig ({what}):

  Rechnung    Fällig am     Betrag
{rows}

Offener Gesamtbetrag: {total}

Sie können online unter https://pay.hollybrook.example/c/{case} oder per
Überweisung auf das in der Rechnung genannte Konto zahlen. Falls Sie
bereits gezahlt haben, teilen Sie uns bitte Zahlungsdatum und Referenz mit,
damit wir die Zahlung zuordnen können. Sollte an der Rechnung etwas nicht
stimmen, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen

Hollybrook Debitorenbuchhaltung
Hollybrook Schoolwear & Supplies Ltd""",
}
WHAT = {
    "en": ("invoice", "invoices"), "fr": ("la facture", "les factures"), "es": ("la factura", "las facturas"),
    "pt": ("a fatura", "as faturas"), "it": ("1 fattura", "{n} fatture"), "nl": ("1 factuur", "{n} facturen"),
    "de": ("1 Rechnung", "{n} Rechnungen"),
}


class Reminder:
    def __init__(self, case, locale, rdt_utc, invoices, name, cust, n=1, to_email=None):
        self.case, self.locale, self.lang = case, locale, lang_of(locale)
        self.rdt = rdt_utc
        self.invoices = invoices  # [(no, due 'YYYY-MM-DD', 'amount')]
        self.name, self.cust, self.n = name, cust, n
        self.to_email = to_email
        total = sum(Decimal(a) for _, _, a in invoices)
        self.total = fmt_money(total, locale)
        if len(invoices) == 1:
            due = datetime.strptime(invoices[0][1], "%Y-%m-%d").date()
            d = (rdt_utc.date() - due).days
            self.subject = RSUBJ[self.lang][0].format(inv=invoices[0][0], d=d, amt=self.total)
        else:
            self.subject = RSUBJ[self.lang][1].format(n=len(invoices), amt=self.total)
        self.msgid = rid(case, n, rdt_utc)
        self.frm = addr(AR_NAME, ar_addr(case))

    def body(self):
        rows = "\n".join("  %-11s %-13s %s" % (no, due, fmt_money(a, self.locale)) for no, due, a in self.invoices)
        w = WHAT[self.lang][0 if len(self.invoices) == 1 else 1].format(n=len(self.invoices))
        return RBODY[self.lang].format(name=self.name, what=w, cust=self.cust, rows=rows, total=self.total, case=self.case)


# ---------------------------------------------------------------- quoting
def local(dt, off):
    return dt.astimezone(parse_dt("2026-01-01 00:00:00", off).tzinfo)


def attribution(style, rem, off, locale):
    t = local(rem.rdt, off)
    lang = lang_of(locale)
    f = "%s <%s>" % (AR_NAME, ar_addr(rem.case))
    hm = t.strftime("%H:%M")
    wd, d, m, y = t.weekday(), t.day, t.month - 1, t.year
    if style == "gmail":
        if locale == "en-US":
            h12 = t.strftime("%I:%M %p").lstrip("0")
            return "On %s, %s %d, %d at %s %s wrote:" % (WDA["en"][wd], MOA["en"][m], d, y, h12, f)
        return {
            "en": "On %s, %d %s %d at %s, %s wrote:" % (WDA["en"][wd], d, MOA["en"][m], y, hm, f),
            "fr": "Le %s %d %s %d à %s, %s a écrit :" % (WDA["fr"][wd], d, MO["fr"][m], y, hm, f),
            "es": "El %s, %d %s %d a las %s, %s (<%s>) escribió:" % (WDA["es"][wd], d, MOA["es"][m], y, hm, AR_NAME, ar_addr(rem.case)),
            "pt": "%s escreveu (%s, %d/%02d/%d à(s) %s):" % (f, WDA["pt"][wd], d, m + 1, y, hm),
            "it": "Il giorno %s %d %s %d alle ore %s %s ha scritto:" % (WDA["it"][wd], d, MOA["it"][m], y, hm, f),
            "nl": "Op %s %d %s %d om %s schreef %s:" % (WDA["nl"][wd], d, MOA["nl"][m], y, hm, f),
            "de": "Am %s, %d. %s %d um %s Uhr schrieb %s:" % (WDA["de"][wd], d, MO["de"][m], y, hm, f),
        }[lang]
    if style == "apple":
        return {
            "en": "On %d %s %d, at %s, %s wrote:" % (d, MOA["en"][m], y, hm, f),
            "fr": "Le %d %s %d à %s, %s a écrit :" % (d, MO["fr"][m], y, hm, f),
            "es": "El %d %s %d, a las %s, %s escribió:" % (d, MOA["es"][m], y, hm, f),
            "pt": "A %d/%02d/%d, às %s, %s escreveu:" % (d, m + 1, y, hm, f),
            "it": "Il giorno %d %s %d, alle ore %s, %s ha scritto:" % (d, MO["it"][m], y, hm, f),
            "nl": "Op %d %s %d om %s heeft %s het volgende geschreven:" % (d, MO["nl"][m], y, hm, f),
            "de": "Am %d.%02d.%d um %s schrieb %s:" % (d, m + 1, y, hm, f),
        }[lang]
    raise ValueError(style)


def outlook_block(rem, off, locale, to_line):
    t = local(rem.rdt, off)
    lang = lang_of(locale)
    wd, d, m, y = t.weekday(), t.day, t.month - 1, t.year
    hm = t.strftime("%H:%M")
    if locale == "en-US":
        sent = "%s, %s %d, %d %s" % (WD["en"][wd], MO["en"][m], d, y, t.strftime("%I:%M %p").lstrip("0"))
    elif lang == "en":
        sent = "%02d %s %d %s" % (d, MO["en"][m], y, hm)
    else:
        sent = {
            "fr": "%s %d %s %d %s" % (WD["fr"][wd], d, MO["fr"][m], y, hm),
            "es": "%s, %d de %s de %d %s" % (WD["es"][wd], d, MO["es"][m], y, hm),
            "pt": "%d de %s de %d %s" % (d, MO["pt"][m], y, hm),
            "it": "%s %d %s %d %s" % (WD["it"][wd], d, MO["it"][m], y, hm),
            "nl": "%s %d %s %d %s" % (WD["nl"][wd], d, MO["nl"][m], y, hm),
            "de": "%s, %d. %s %d %s" % (WD["de"][wd], d, MO["de"][m], y, hm),
        }[lang]
    lab = {
        "en": ("From: ", "Sent: ", "To: ", "Subject: "),
        "fr": ("De : ", "Envoyé : ", "À : ", "Objet : "),
        "es": ("De: ", "Enviado el: ", "Para: ", "Asunto: "),
        "pt": ("De: ", "Enviada: ", "Para: ", "Assunto: "),
        "it": ("Da: ", "Inviato: ", "A: ", "Oggetto: "),
        "nl": ("Van: ", "Verzonden: ", "Aan: ", "Onderwerp: "),
        "de": ("Von: ", "Gesendet: ", "An: ", "Betreff: "),
    }[lang]
    return "\n".join([
        "________________________________",
        lab[0] + "%s <%s>" % (AR_NAME, ar_addr(rem.case)),
        lab[1] + sent,
        lab[2] + to_line,
        lab[3] + rem.subject,
        "",
        rem.body(),
    ])


def gt_quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def quoted(style, rem, off, locale, to_line=""):
    if style in ("gmail", "apple"):
        return attribution(style, rem, off, locale) + "\n\n" + gt_quote(rem.body())
    if style == "outlook":
        return outlook_block(rem, off, locale, to_line)
    if style == "none":
        return ""
    raise ValueError(style)


# ---------------------------------------------------------------- MIME
def cte_encode(text, charset, cte):
    if cte in ("7bit", "8bit"):
        return text
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def part(ctype, text, charset="utf-8", cte="quoted-printable", extra=()):
    h = ['Content-Type: %s; charset="%s"' % (ctype, charset), "Content-Transfer-Encoding: %s" % cte]
    h += list(extra)
    return "\n".join(h) + "\n\n" + cte_encode(text, charset, cte)


def boundary(prefix):
    return "%s%s" % (prefix, hx(24))


def multipart(subtype, parts, bnd, preamble=None, params=""):
    out = []
    if preamble:
        out.append(preamble + "\n")
    for p in parts:
        out.append("--%s\n%s\n" % (bnd, p))
    out.append("--%s--\n" % bnd)
    head = 'Content-Type: multipart/%s;%s boundary="%s"' % (subtype, params, bnd)
    return head + "\n\n" + "\n".join(out)


def attachment(ctype, filename, data_bytes, inline=False):
    b = base64.encodebytes(data_bytes).decode("ascii")
    return ('Content-Type: %s; name="%s"\nContent-Disposition: %s; filename="%s"\n'
            "Content-Transfer-Encoding: base64\n\n%s" % (ctype, filename, "inline" if inline else "attachment", filename, b))


def fake_pdf(title, lines):
    content = "BT /F1 11 Tf 50 780 Td (%s) Tj ET\n" % title
    y = 760
    for l in lines:
        content += "BT /F1 10 Tf 50 %d Td (%s) Tj ET\n" % (y, l)
        y -= 16
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(content), content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += "%010d 00000 n \n" % o
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out.encode("latin-1")


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(reply_text, quote_text=None, font="Calibri, sans-serif", extra_hidden=""):
    paras = "".join("<div>%s</div>\n" % (html_escape(l) if l else "<br>") for l in reply_text.split("\n"))
    q = ""
    if quote_text:
        ql = quote_text.split("\n")
        q = '<div class="gmail_quote">\n<div>%s</div>\n<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n%s</blockquote>\n</div>\n' % (
            html_escape(ql[0]), "<br>\n".join(html_escape(l) for l in ql[1:] if not l.startswith(">") or True))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            '<body>\n<div style="font-family:%s;font-size:11pt">\n%s%s</div>\n%s</body>\n</html>\n' % (font, paras, extra_hidden, q))


def assemble(headers, content):
    """headers: list of 'Name: value'; content: string starting with Content-Type header lines + blank + body."""
    return "\n".join(headers) + "\n" + content.rstrip("\n") + "\n"
