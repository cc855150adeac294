"""Shared helpers for build.py (blind set 393). Standard library only."""
import base64
import calendar
import quopri
import random
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email.utils import parsedate_to_datetime

RNG = random.Random(393)

CO = "Ivoryline Dental Lab & Supply"
CO_SHORT = "Ivoryline"
DOM = "billing.ivoryline.example"
AR_NAME = "Ivoryline Accounts Receivable"

ITEMS = []


# ---------------------------------------------------------------- date rules
def _eom(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def rule(today, name, *a):
    if name == "tomorrow":
        return today + timedelta(1)
    if name == "yesterday":
        return today - timedelta(1)
    if name == "this_weekday":
        return today + timedelta((a[0] - today.weekday()) % 7)
    if name == "next_weekday":
        return today + timedelta(7 - today.weekday() + a[0])
    if name == "last_weekday":  # most recent such weekday strictly before today
        d = (today.weekday() - a[0]) % 7
        return today - timedelta(d or 7)
    if name == "eom":
        return _eom(today.year, today.month)
    if name == "eom_month":
        y = today.year if a[0] >= today.month else today.year + 1
        return _eom(y, a[0])
    if name == "plus_days":
        return today + timedelta(a[0])
    if name == "by_the":
        if today.day <= a[0]:
            return today.replace(day=a[0])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, a[0])
    if name == "explicit":
        return date(*a)
    if name == "dm_past":  # (month, day)
        d = date(today.year, a[0], a[1])
        return d if d <= today else date(today.year - 1, a[0], a[1])
    if name == "dm_future":
        d = date(today.year, a[0], a[1])
        return d if d >= today else date(today.year + 1, a[0], a[1])
    if name == "this_week_friday":
        return today + timedelta(4 - today.weekday())
    if name == "iso_week_friday":
        return date.fromisocalendar(today.year, a[0], 5)
    if name == "first_week_of":
        y = today.year if a[0] >= today.month else today.year + 1
        return date(y, a[0], 7)
    raise ValueError(name)


def norm_amount(raw, style):
    s = "".join(c for c in raw if c.isdigit() or c in ".,")
    s = s.strip(".,")
    if style == "eu":
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    return str(Decimal(s).quantize(Decimal("0.01")))


# ---------------------------------------------------------------- MIME helpers
def hdr(s, charset="utf-8", enc="q", chunk=22):
    """RFC 2047 encode, folded into several encoded words."""
    out = []
    for i in range(0, len(s), chunk):
        piece = s[i:i + chunk]
        if enc == "b":
            out.append("=?%s?b?%s?=" % (charset, base64.b64encode(piece.encode(charset)).decode()))
        else:
            q = ""
            for c in piece:
                if c.isascii() and c.isalnum():
                    q += c
                elif c == " ":
                    q += "_"
                else:
                    q += "".join("=%02X" % b for b in c.encode(charset))
            out.append("=?%s?q?%s?=" % (charset, q))
    return "\n ".join(out)


def text(body, subtype="plain", charset="utf-8", cte="7bit", params="", extra=()):
    if not body.endswith("\n"):
        body += "\n"
    if cte == "7bit":
        body.encode("ascii")
        data = body
    elif cte == "8bit":
        data = body
    elif cte == "quoted-printable":
        data = quopri.encodestring(body.encode(charset)).decode("ascii")
    elif cte == "base64":
        data = base64.encodebytes(body.encode(charset)).decode("ascii")
    else:
        raise ValueError(cte)
    cs = '"%s"' % charset if RNG.random() < 0.5 else charset
    h = [("Content-Type", "text/%s; charset=%s%s" % (subtype, cs, params)),
         ("Content-Transfer-Encoding", cte)] + list(extra)
    return (h, data)


def attach(data, ctype, filename, inline=False):
    if isinstance(data, str):
        data = data.encode("utf-8")
    b = base64.encodebytes(data).decode("ascii")
    disp = "inline" if inline else "attachment"
    return ([("Content-Type", '%s; name="%s"' % (ctype, filename)),
             ("Content-Disposition", '%s; filename="%s"; size=%d' % (disp, filename, len(data))),
             ("Content-Transfer-Encoding", "base64")], b)


def raw_part(ctype, body, extra=()):
    if not body.endswith("\n"):
        body += "\n"
    return ([("Content-Type", ctype)] + list(extra), body)


def boundary(style="generic"):
    h = "".join(RNG.choice("0123456789abcdef") for _ in range(28))
    if style == "outlook":
        return "_000_" + h.upper()[:24] + "namprd"
    if style == "gmail":
        return "0000000000" + h[:18]
    if style == "apple":
        return "Apple-Mail=_" + h[:8].upper() + "-" + h[8:12].upper() + "-" + h[12:16].upper() + "-" + h[16:28].upper()
    return "----=_Part_" + str(RNG.randint(100000, 999999)) + "_" + str(RNG.randint(10 ** 9, 10 ** 10))


def multipart(sub, parts, bnd=None, params=""):
    bnd = bnd or boundary()
    chunks = []
    for h, body in parts:
        chunks.append("--%s\n%s\n\n%s" % (bnd, "\n".join("%s: %s" % kv for kv in h), body))
    body = "\n".join(chunks) + "\n--%s--\n" % bnd
    return ([("Content-Type", 'multipart/%s; boundary="%s"%s' % (sub, bnd, params))], body)


def render(headers, part):
    hs = list(headers) + ([("MIME-Version", "1.0")] if not any(k == "MIME-Version" for k, _ in headers) else []) + part[0]
    return "\n".join("%s: %s" % kv for kv in hs) + "\n\n" + part[1]


def hexid(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def outlook_mid(region="namprd"):
    srv = {"namprd": "SN7PR%02dMB%04d" % (RNG.randint(1, 19), RNG.randint(1000, 9999)),
           "eurprd": "AM%dPR%02dMB%04d" % (RNG.randint(0, 9), RNG.randint(1, 9), RNG.randint(1000, 9999)),
           "ausprd": "SY%dPR%02dMB%04d" % (RNG.randint(4, 8), RNG.randint(1, 9), RNG.randint(1000, 9999)),
           "gbrprd": "LO%dP%03dMB%04d" % (RNG.randint(2, 6), RNG.randint(100, 300), RNG.randint(1000, 9999))}[region]
    return "<%s%s@%s.%s%02d.prod.outlook.com>" % (srv, hexid(16), srv, region, RNG.randint(1, 20))


def gmail_mid():
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="
    return "<CA%s@mail.gmail.com>" % "".join(RNG.choice(chars) for _ in range(44))


def apple_mid(domain):
    h = hexid(32)
    return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], domain)


def generic_mid(domain):
    return "<%s.%s@%s>" % (hexid(12).lower(), RNG.randint(1000, 99999), domain)


# ---------------------------------------------------------------- localisation
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
}
SHORT_M = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "sv": ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
}
SHORT_D = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
}


def money(v, lang):
    v = Decimal(v).quantize(Decimal("0.01"))
    s = "{:,.2f}".format(v)
    if lang in ("de", "es", "it", "nl"):
        return s.replace(",", "X").replace(".", ",").replace("X", ".")
    if lang in ("fr", "sv"):
        return s.replace(",", " ").replace(".", ",")
    return s


def tzdt(y, m, d, hh, mm, off_h, off_m=0, ss=0):
    return datetime(y, m, d, hh, mm, ss, tzinfo=timezone(timedelta(hours=off_h, minutes=off_m if off_h >= 0 else -off_m)))


def rfcdate(dt, weekday=True):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = "%02d %s %d %02d:%02d:%02d %s%02d%02d" % (dt.day, SHORT_M["en"][dt.month - 1], dt.year, dt.hour, dt.minute, dt.second, sign, mins // 60, mins % 60)
    return (SHORT_D["en"][dt.weekday()] + ", " + s) if weekday else s


# ---------------------------------------------------------------- our reminder
class Rem:
    """One of our dunning emails."""

    def __init__(self, case, lang, cust, contact, to, invs, cur, sent, stage=1, contact_full=None):
        self.case, self.lang, self.cust, self.contact, self.to = case, lang, cust, contact, to
        self.invs, self.cur, self.sent, self.stage = invs, cur, sent, stage
        self.contact_full = contact_full or contact
        self.addr = "ar+%s@%s" % (case, DOM)
        utc = sent.astimezone(timezone.utc)
        self.mid = "<%s.r%d.%s@%s>" % (case, stage, utc.strftime("%Y%m%dT%H%M%SZ"), DOM)
        self.total = sum(Decimal(a) for _, _, a in invs)
        self.from_ = "%s <%s>" % (AR_NAME, self.addr)
        L = lang
        tot = "%s %s" % (cur, money(self.total, L))
        one = len(invs) == 1
        n = invs[0][0]
        subj = {
            "en": [("Payment reminder: invoice %s is overdue (%s)" % (n, tot)) if one else ("Payment reminder: %d invoices overdue (%s)" % (len(invs), tot)),
                   ("Second reminder: invoice %s (%s)" % (n, tot)) if one else ("Second reminder: account overdue (%s)" % tot),
                   ("Final notice: invoice %s (%s)" % (n, tot)) if one else ("Final notice: overdue account %s" % case)],
            "de": [("Zahlungserinnerung: Rechnung %s (%s)" % (n, tot)) if one else ("Zahlungserinnerung: %d offene Rechnungen (%s)" % (len(invs), tot)),
                   ("1. Mahnung: Rechnung %s (%s)" % (n, tot)) if one else ("1. Mahnung: offene Posten (%s)" % tot),
                   ("Letzte Mahnung: Rechnung %s" % n) if one else "Letzte Mahnung: Kundenkonto %s" % case],
            "fr": [("Rappel : facture %s échue (%s)" % (n, tot)) if one else ("Rappel : %d factures échues (%s)" % (len(invs), tot)),
                   ("Deuxième relance : facture %s (%s)" % (n, tot)) if one else ("Deuxième relance : compte %s" % case),
                   ("Mise en demeure : facture %s" % n) if one else "Dernière relance : compte %s" % case],
            "es": [("Recordatorio de pago: factura %s vencida (%s)" % (n, tot)) if one else ("Recordatorio de pago: %d facturas vencidas (%s)" % (len(invs), tot)),
                   ("Segundo aviso: factura %s (%s)" % (n, tot)) if one else ("Segundo aviso: cuenta %s" % case),
                   ("Último aviso: factura %s" % n) if one else "Último aviso: cuenta %s" % case],
            "it": [("Sollecito di pagamento: fattura %s scaduta (%s)" % (n, tot)) if one else ("Sollecito di pagamento: %d fatture scadute (%s)" % (len(invs), tot)),
                   ("Secondo sollecito: fattura %s (%s)" % (n, tot)) if one else ("Secondo sollecito: posizione %s" % case),
                   ("Ultimo sollecito: fattura %s" % n) if one else "Ultimo sollecito: posizione %s" % case],
            "nl": [("Betalingsherinnering: factuur %s (%s)" % (n, tot)) if one else ("Betalingsherinnering: %d openstaande facturen (%s)" % (len(invs), tot)),
                   ("Tweede herinnering: factuur %s (%s)" % (n, tot)) if one else ("Tweede herinnering: klantnummer %s" % case),
                   ("Aanmaning: factuur %s" % n) if one else "Aanmaning: klantnummer %s" % case],
            "sv": [("Betalningspåminnelse: faktura %s (%s)" % (n, tot)) if one else ("Betalningspåminnelse: %d förfallna fakturor (%s)" % (len(invs), tot)),
                   ("Påminnelse 2: faktura %s (%s)" % (n, tot)) if one else ("Påminnelse 2: kundnummer %s" % case),
                   ("Sista påminnelse: faktura %s" % n) if one else "Sista påminnelse: kundnummer %s" % case],
        }[L][stage - 1]
        self.subject = subj
        rows = "\n".join("  %-10s %-12s %s %s" % (i, due, cur, money(a, L)) for i, due, a in invs)
        pay = "https://pay.ivoryline.example/c/%s" % case
        T = {
            "en": ("Dear %s,\n\nOur records show the following %s for %s %s past due:\n\n"
                   "  Invoice    Due date     Amount\n%s\n\nTotal overdue: %s\n\n"
                   "You can pay online at %s or by bank transfer using the details on the invoice. "
                   "If you have already paid, please reply with the payment date and reference so we can match it. "
                   "If anything on the invoice looks wrong, just reply and tell us.\n\n"
                   "Kind regards,\n\n%s\n%s\nCase %s") % (contact, "invoice" if one else "invoices", cust, "is" if one else "are", rows, tot, pay, AR_NAME, CO, case),
            "de": ("Guten Tag %s,\n\nlaut unserer Buchhaltung %s für %s noch offen:\n\n"
                   "  Rechnung   Fällig am    Betrag\n%s\n\nOffener Betrag: %s\n\n"
                   "Sie können online unter %s oder per Überweisung bezahlen. Falls Sie bereits bezahlt haben, "
                   "teilen Sie uns bitte Datum und Referenz der Zahlung mit. Sollte etwas an der Rechnung nicht stimmen, "
                   "antworten Sie einfach auf diese E-Mail.\n\nMit freundlichen Grüßen\n\n%s\n%s\nVorgang %s") % (contact, "ist folgende Rechnung" if one else "sind folgende Rechnungen", cust, rows, tot, pay, AR_NAME, CO, case),
            "fr": ("Bonjour %s,\n\nSauf erreur de notre part, %s au nom de %s reste%s impayée%s :\n\n"
                   "  Facture    Échéance     Montant\n%s\n\nTotal dû : %s\n\n"
                   "Vous pouvez régler en ligne sur %s ou par virement. Si vous avez déjà réglé, merci de nous indiquer "
                   "la date et la référence du paiement. Si quelque chose vous semble incorrect, répondez simplement à ce message.\n\n"
                   "Cordialement,\n\n%s\n%s\nDossier %s") % (contact, "la facture suivante" if one else "les factures suivantes", cust, "" if one else "nt", "" if one else "s", rows, tot, pay, AR_NAME, CO, case),
            "es": ("Estimado/a %s:\n\nSegún nuestros registros, %s de %s %s pendiente%s de pago:\n\n"
                   "  Factura    Vencimiento  Importe\n%s\n\nTotal vencido: %s\n\n"
                   "Puede pagar en línea en %s o por transferencia. Si ya ha realizado el pago, indíquenos la fecha y la "
                   "referencia para poder conciliarlo. Si algo en la factura no es correcto, responda a este correo.\n\n"
                   "Atentamente,\n\n%s\n%s\nExpediente %s") % (contact, "la siguiente factura" if one else "las siguientes facturas", cust, "está" if one else "están", "" if one else "s", rows, tot, pay, AR_NAME, CO, case),
            "it": ("Gentile %s,\n\ndai nostri archivi %s intestat%s a %s risulta%s ancora da saldare:\n\n"
                   "  Fattura    Scadenza     Importo\n%s\n\nTotale scaduto: %s\n\n"
                   "Può pagare online su %s o tramite bonifico. Se ha già provveduto al pagamento, ci comunichi data e "
                   "riferimento per la riconciliazione. Se qualcosa nella fattura non è corretto, risponda a questa e-mail.\n\n"
                   "Cordiali saluti,\n\n%s\n%s\nPratica %s") % (contact, "la seguente fattura" if one else "le seguenti fatture", "a" if one else "e", cust, "" if one else "no", rows, tot, pay, AR_NAME, CO, case),
            "nl": ("Beste %s,\n\nVolgens onze administratie %s op naam van %s nog open:\n\n"
                   "  Factuur    Vervaldatum  Bedrag\n%s\n\nTotaal openstaand: %s\n\n"
                   "U kunt online betalen via %s of per overboeking. Heeft u al betaald, laat ons dan de datum en het "
                   "kenmerk van de betaling weten. Klopt er iets niet op de factuur, antwoord dan gewoon op deze e-mail.\n\n"
                   "Met vriendelijke groet,\n\n%s\n%s\nDossier %s") % (contact, "staat de volgende factuur" if one else "staan de volgende facturen", cust, rows, tot, pay, AR_NAME, CO, case),
            "sv": ("Hej %s,\n\nEnligt vår reskontra är %s för %s förfallen%s:\n\n"
                   "  Faktura    Förfallodag  Belopp\n%s\n\nTotalt förfallet: %s\n\n"
                   "Ni kan betala online på %s eller via bankgiro. Om ni redan har betalat, meddela oss betalningsdatum och "
                   "referens så att vi kan matcha betalningen. Om något på fakturan ser fel ut, svara bara på detta mejl.\n\n"
                   "Med vänliga hälsningar\n\n%s\n%s\nÄrende %s") % (contact, "följande faktura" if one else "följande fakturor", cust, "" if one else "a", rows, tot, pay, AR_NAME, CO, case),
        }
        self.body = T[L]

    # quoting -------------------------------------------------------------
    def when(self, lang, style):
        s = self.sent
        L = lang[:2]
        hm = "%02d:%02d" % (s.hour, s.minute)
        if style == "gmail":
            if lang == "en-US":
                h12 = s.hour % 12 or 12
                return "%s, %s %d, %d at %d:%02d %s" % (SHORT_D["en"][s.weekday()], SHORT_M["en"][s.month - 1], s.day, s.year, h12, s.minute, "AM" if s.hour < 12 else "PM")
            if L == "en":
                return "%s, %d %s %d at %s" % (SHORT_D["en"][s.weekday()], s.day, SHORT_M["en"][s.month - 1], s.year, hm)
            return "%s %d %s %d" % (SHORT_D[L][s.weekday()], s.day, SHORT_M[L][s.month - 1], s.year)
        # outlook long form
        if lang in ("en-US", "en-CA"):
            h12 = s.hour % 12 or 12
            return "%s, %s %d, %d %d:%02d %s" % (DAYS["en"][s.weekday()], MONTHS["en"][s.month - 1], s.day, s.year, h12, s.minute, "AM" if s.hour < 12 else "PM")
        if L == "en":
            return "%s, %d %s %d %s" % (DAYS["en"][s.weekday()], s.day, MONTHS["en"][s.month - 1], s.year, hm)
        if L == "de":
            return "%s, %d. %s %d %s" % (DAYS[L][s.weekday()], s.day, MONTHS[L][s.month - 1], s.year, hm)
        if L == "es":
            return "%s, %d de %s de %d %d:%02d" % (DAYS[L][s.weekday()], s.day, MONTHS[L][s.month - 1], s.year, s.hour, s.minute)
        if L == "sv":
            return "den %d %s %d %s" % (s.day, MONTHS[L][s.month - 1], s.year, hm)
        return "%s %d %s %d %s" % (DAYS[L][s.weekday()], s.day, MONTHS[L][s.month - 1], s.year, hm)

    def quote(self, style, lang="en-US"):
        L = lang[:2]
        s = self.sent
        hm = "%02d:%02d" % (s.hour, s.minute)
        if style in ("gmail", "apple", "thunderbird"):
            w = self.when(lang, "gmail")
            if style == "apple":
                if L == "en":
                    head = "On %d %s %d, at %s, %s <%s> wrote:" % (s.day, SHORT_M["en"][s.month - 1], s.year, hm, AR_NAME, self.addr) if lang != "en-US" else \
                        "On %s %d, %d, at %d:%02d %s, %s <%s> wrote:" % (SHORT_M["en"][s.month - 1], s.day, s.year, s.hour % 12 or 12, s.minute, "AM" if s.hour < 12 else "PM", AR_NAME, self.addr)
                else:
                    head = {"de": "Am %02d.%02d.%d um %s schrieb %s <%s>:" % (s.day, s.month, s.year, hm, AR_NAME, self.addr),
                            "fr": "Le %d %s %d à %s, %s <%s> a écrit :" % (s.day, MONTHS["fr"][s.month - 1], s.year, hm, AR_NAME, self.addr),
                            "es": "El %d %s %d, a las %s, %s <%s> escribió:" % (s.day, SHORT_M["es"][s.month - 1], s.year, hm, AR_NAME, self.addr),
                            "it": "Il giorno %d %s %d, alle ore %s, %s <%s> ha scritto:" % (s.day, SHORT_M["it"][s.month - 1], s.year, hm, AR_NAME, self.addr),
                            "nl": "Op %d %s %d om %s heeft %s <%s> het volgende geschreven:" % (s.day, SHORT_M["nl"][s.month - 1], s.year, hm, AR_NAME, self.addr),
                            "sv": "%d %s %d kl. %s skrev %s <%s>:" % (s.day, SHORT_M["sv"][s.month - 1], s.year, hm, AR_NAME, self.addr)}[L]
            elif style == "thunderbird":
                head = {"en": "On %02d/%02d/%d %s, %s wrote:" % (s.day, s.month, s.year, hm, AR_NAME),
                        "de": "Am %02d.%02d.%d um %s schrieb %s:" % (s.day, s.month, s.year, hm, AR_NAME),
                        "fr": "Le %02d/%02d/%d à %s, %s a écrit :" % (s.day, s.month, s.year, hm, AR_NAME),
                        "nl": "Op %02d-%02d-%d om %s schreef %s:" % (s.day, s.month, s.year, hm, AR_NAME),
                        "sv": "Den %d-%02d-%02d kl. %s, skrev %s:" % (s.year, s.month, s.day, hm, AR_NAME),
                        "it": "Il %02d/%02d/%d %s, %s ha scritto:" % (s.day, s.month, s.year, hm, AR_NAME),
                        "es": "El %02d/%02d/%d a las %s, %s escribió:" % (s.day, s.month, s.year, hm, AR_NAME)}[L]
            else:
                head = {"en": "On %s %s <%s> wrote:" % (w, AR_NAME, self.addr),
                        "de": "Am %s um %s Uhr schrieb %s <%s>:" % (w.replace(" ", ", ", 1).replace(" %d " % s.day, " %d. " % s.day, 1), hm, AR_NAME, self.addr),
                        "fr": "Le %s à %s, %s <%s> a écrit :" % (w, hm, AR_NAME, self.addr),
                        "es": "El %s, %s a las %d:%02d, %s (<%s>) escribió:" % (w.split(" ")[0], " ".join(w.split(" ")[1:]), s.hour, s.minute, AR_NAME, self.addr),
                        "it": "Il giorno %s alle ore %s %s <%s> ha scritto:" % (w, hm, AR_NAME, self.addr),
                        "nl": "Op %s om %s schreef %s <%s>:" % (w, hm, AR_NAME, self.addr),
                        "sv": "Den %s kl. %s skrev %s <%s>:" % (w, hm, AR_NAME, self.addr)}[L]
            q = "\n".join(("> " + ln) if ln else ">" for ln in self.body.split("\n"))
            return "\n\n" + head + "\n\n" + q + "\n"
        if style in ("outlook", "outlook_line", "outlook_orig"):
            F = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
                 "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto"),
                 "it": ("Da", "Inviato", "A", "Oggetto"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
                 "sv": ("Från", "Skickat", "Till", "Ämne")}[L]
            sep = " : " if L == "fr" else ": "
            top = "-----Original Message-----" if style == "outlook_orig" else ("________________________________" if style == "outlook_line" else "")
            lines = ["%s%s%s <%s>" % (F[0], sep, AR_NAME, self.addr), "%s%s%s" % (F[1], sep, self.when(lang, "outlook")),
                     "%s%s%s" % (F[2], sep, self.to), "%s%s%s" % (F[3], sep, self.subject)]
            return "\n\n" + (top + "\n" if top else "") + "\n".join(lines) + "\n\n" + self.body + "\n"
        raise ValueError(style)

    def reply_headers(self, frm, date_dt, mid, prefix="Re: ", subject=None, extra=()):
        h = [("Date", rfcdate(date_dt)), ("From", frm), ("To", self.from_), ("Message-ID", mid),
             ("Subject", subject if subject is not None else prefix + self.subject),
             ("In-Reply-To", self.mid), ("References", self.mid)]
        return h + list(extra)

    def original_message(self):
        """The reminder as it was sent (for bounces)."""
        h = [("From", self.from_), ("To", self.to), ("Subject", hdr(self.subject) if not self.subject.isascii() else self.subject),
             ("Date", rfcdate(self.sent)), ("Message-ID", self.mid), ("MIME-Version", "1.0")]
        p = text(self.body, cte="quoted-printable" if not self.body.isascii() else "7bit")
        return h, p


# ---------------------------------------------------------------- registry
def add(id, key, locale, fmt, eml, intent, note, inv, dates=(), amounts=(), currency=None,
        ref=None, reason=None, contact=None, injection=False, short=""):
    msg_date = None
    for line in eml.split("\n"):
        if line.lower().startswith("date:"):
            msg_date = line[5:].strip()
            break
        if line.strip() == "":
            break
    today = parsedate_to_datetime(msg_date).date()
    lab = {"id": id, "intent": intent, "promised_date": None, "promised_amount": None, "currency": None,
           "paid_date": None, "payment_reference": ref, "dispute_reason": reason, "new_contact_email": contact,
           "return_date": None, "invoice_numbers": list(inv)}
    prov = {"id": id, "key": key, "locale": locale, "format": fmt, "date_header": msg_date, "dates": [], "amounts": [],
            "short": short}
    for field, phrase, r, *args in dates:
        v = rule(today, r, *args).isoformat()
        lab[field] = v
        prov["dates"].append({"field": field, "phrase": phrase, "rule": r, "args": args, "value": v})
    for field, raw, style in amounts:
        v = norm_amount(raw, style)
        lab[field] = v
        prov["amounts"].append({"field": field, "raw": raw, "style": style, "value": v})
    lab["currency"] = currency
    lab["note"] = "[%s, %s] %s" % (key, locale, note)
    if injection:
        lab["injection"] = True
    ITEMS.append({"id": id, "eml": eml, "label": lab, "prov": prov})


def plain_reply(rem, frm, dt, mid, body, lang, qstyle="gmail", prefix="Re: ", charset="utf-8", cte="7bit",
                extra=(), subject=None):
    full = body + (rem.quote(qstyle, lang) if qstyle else "")
    return render(rem.reply_headers(frm, dt, mid, prefix, subject, extra), text(full, charset=charset, cte=cte))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_of(body, quote_html=""):
    paras = "".join("<div>%s</div>" % (html_escape(ln) if ln else "<br>") for ln in body.split("\n"))
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>%s%s</body></html>" % (paras, quote_html)


def quote_html(rem, lang, style="gmail"):
    q = rem.quote(style, lang).strip("\n")
    head, _, rest = q.partition("\n\n")
    rest = "\n".join(ln[2:] if ln.startswith("> ") else ln.lstrip(">") for ln in rest.split("\n"))
    return ("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>"
            % (html_escape(head), html_escape(rest).replace("\n", "<br>\n")))


def tiny_pdf(label):
    body = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% " + label + "\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    return body.encode("latin-1")
