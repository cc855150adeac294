"""Shared helpers for the blind set 407 builder (standard library only)."""
import base64
import calendar
import hashlib
import html
import quopri
import random
import re
from datetime import date, datetime, timedelta
from email.header import Header
from email.utils import parsedate_to_datetime

RNG = random.Random(407)
OUR = "billing.ironbridgefleet.example"
OUR_NAME = {"en": "Ironbridge Fleet Billing", "es": "Ironbridge Fleet - Cobros",
            "fr": "Ironbridge Fleet - Recouvrement", "de": "Ironbridge Fleet Debitorenbuchhaltung",
            "it": "Ironbridge Fleet - Ufficio Crediti"}
ITEMS = []


def hexid(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(chars) for _ in range(n))


def our_addr(case):
    return "ar+%s@%s" % (case, OUR)


def our_from(case, lang="en"):
    return "%s <%s>" % (OUR_NAME[lang], our_addr(case))


def our_msgid(case, stage, sent):
    """sent: 'YYYY-MM-DD HH:MM' UTC"""
    dt = datetime.strptime(sent, "%Y-%m-%d %H:%M")
    return "<%s.d%d.%s@%s>" % (case, stage, dt.strftime("%Y%m%dT%H%M00Z"), OUR)


def mid(kind, domain):
    if kind == "outlook":
        h = hexid(24)
        srv = RNG.choice(["DB9PR04MB", "AM6PR10MB", "LO2P265MB", "SY4PR01MB", "BN8PR12MB",
                          "PAXPR08MB", "YT3PR01MB", "MA0PR01MB", "JNAP275MB", "DU2PR03MB"])
        num = "%04d" % RNG.randint(1000, 9999)
        reg = {"DB9": "eurprd04", "AM6": "eurprd10", "LO2": "GBRP265", "SY4": "ausprd01",
               "BN8": "namprd12", "PAX": "eurprd08", "YT3": "CANPRD01", "MA0": "INDPRD01",
               "JNA": "ZAFP275", "DU2": "eurprd03"}[srv[:3]]
        return "<%s%s%s@%s%s.%s.prod.outlook.com>" % (srv, num, h, srv, num, reg)
    if kind == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
    if kind == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12), domain)
    return "<%s.%s@%s>" % (datetime(2026, 1, 1).strftime("%Y") + hexid(10).lower(), alnum(6).lower(), domain)


def boundary(prefix="----=_Part_"):
    return "%s%d_%d.%d" % (prefix, RNG.randint(100000, 999999), RNG.randint(1000000, 9999999), RNG.randint(10**12, 10**13))


# ---------------------------------------------------------------- encodings

def enc_qp(text, charset="utf-8"):
    raw = text.encode(charset)
    out = quopri.encodestring(raw).decode("ascii")
    return out


def enc_b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def hdr(text, charset="utf-8"):
    """RFC 2047-encode a header value if it is not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def leaf(body, subtype="plain", charset="utf-8", cte="8bit", extra=""):
    """Return a MIME leaf (headers + blank line + payload) as a string."""
    ct = 'Content-Type: text/%s; charset="%s"%s\n' % (subtype, charset, extra)
    if cte == "7bit":
        body.encode("ascii")
        payload = body
    elif cte == "8bit":
        payload = body
        assert charset.lower() == "utf-8"
    elif cte == "quoted-printable":
        payload = enc_qp(body, charset)
    elif cte == "base64":
        payload = enc_b64(body.encode(charset))
    else:
        raise ValueError(cte)
    if not payload.endswith("\n"):
        payload += "\n"
    return ct + "Content-Transfer-Encoding: %s\n\n%s" % (cte, payload)


def multipart(subtype, parts, bnd=None, extra=""):
    bnd = bnd or boundary()
    out = 'Content-Type: multipart/%s; boundary="%s"%s\n\n' % (subtype, bnd, extra)
    for p in parts:
        out += "--%s\n%s\n" % (bnd, p.rstrip("\n") + "\n")
    out += "--%s--\n" % bnd
    return out


def attachment(filename, data, ctype="application/pdf"):
    return ('Content-Type: %s; name="%s"\nContent-Transfer-Encoding: base64\n'
            'Content-Disposition: attachment; filename="%s"\n\n%s\n' % (ctype, filename, filename, enc_b64(data)))


def fake_pdf(label):
    return ("%%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n"
            "<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n%% " + label + "\ntrailer\n<< /Root 1 0 R >>\n%%%%EOF\n").encode("latin-1")


def to_html(text, extra_html=""):
    paras = [p for p in text.split("\n\n")]
    body = "".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>\n") for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s%s</body></html>\n' % (body, extra_html))


# ---------------------------------------------------------------- reminders

class Rem:
    """One of our dunning e-mails."""

    def __init__(self, case, lang, cur, name, company, invoices, sent, stage=1, to_addr="", days=None):
        self.case, self.lang, self.cur, self.name, self.company = case, lang, cur, name, company
        self.invoices = invoices          # list of (number, due ISO, amount string as printed)
        self.sent = sent                  # 'YYYY-MM-DD HH:MM' UTC
        self.stage = stage
        self.to_addr = to_addr
        self.days = days if days is not None else 14
        self.msgid = our_msgid(case, stage, sent)

    @property
    def total(self):
        if len(self.invoices) == 1:
            return self.invoices[0][2]
        return self.invoices[-1][3]

    @property
    def nums(self):
        return [i[0] for i in self.invoices]

    def subject(self):
        n = self.invoices[0][0] if len(self.invoices) == 1 else None
        c, t, d = self.cur, self.total, self.days
        if self.lang == "en":
            lead = {1: "Reminder", 2: "Second reminder", 3: "Final notice"}[self.stage]
            if n:
                return "%s: invoice %s is %d days overdue (%s %s)" % (lead, n, d, c, t)
            return "%s: %d invoices overdue on account %s (%s %s)" % (lead, len(self.invoices), self.case, c, t)
        if self.lang == "es":
            lead = {1: "Recordatorio", 2: "Segundo aviso", 3: "Último aviso"}[self.stage]
            return "%s: factura %s vencida (%s %s)" % (lead, n, t, c) if n else \
                "%s: %d facturas vencidas (%s %s)" % (lead, len(self.invoices), t, c)
        if self.lang == "fr":
            lead = {1: "Relance", 2: "Deuxième relance", 3: "Mise en demeure amiable"}[self.stage]
            return "%s : facture %s échue (%s %s)" % (lead, n, t, c) if n else \
                "%s : %d factures échues (%s %s)" % (lead, len(self.invoices), t, c)
        if self.lang == "de":
            lead = {1: "Zahlungserinnerung", 2: "1. Mahnung", 3: "Letzte Mahnung"}[self.stage]
            return "%s: Rechnung %s überfällig (%s %s)" % (lead, n, t, c) if n else \
                "%s: %d Rechnungen überfällig (%s %s)" % (lead, len(self.invoices), t, c)
        if self.lang == "it":
            lead = {1: "Sollecito", 2: "Secondo sollecito", 3: "Ultimo sollecito"}[self.stage]
            return "%s: fattura %s scaduta (%s %s)" % (lead, n, t, c) if n else \
                "%s: %d fatture scadute (%s %s)" % (lead, len(self.invoices), t, c)

    def table(self, h):
        rows = ["  %-10s %-13s %s" % h]
        for inv in self.invoices:
            rows.append("  %-10s %-13s %s %s" % (inv[0], inv[1], self.cur, inv[2]))
        return "\n".join(rows)

    def body(self):
        c, t, d, nm = self.cur, self.total, self.days, self.name
        url = "https://pay.ironbridgefleet.example/c/%s" % self.case
        one = len(self.invoices) == 1
        if self.lang == "en":
            what = ("invoice %s for %s is now %d days past due." % (self.invoices[0][0], self.company, d) if one
                    else "the following invoices for %s are past due." % self.company)
            return ("Hello %s,\n\nOur records show that %s\n\n%s\n\nTotal overdue: %s %s\n\n"
                    "You can pay online at %s or by bank transfer using the\nremittance details on the invoice. "
                    "If you have already paid, please reply\nwith the payment date and reference so we can match it. "
                    "If anything on\nthe invoice looks wrong, just reply and tell us.\n\nKind regards,\n\n"
                    "Ironbridge Fleet Billing\nAccounts Receivable | Ironbridge Fleet Services\n"
                    % (nm, what, self.table(("Invoice", "Due date", "Amount")), c, t, url))
        if self.lang == "es":
            what = ("la factura %s de %s está vencida desde hace %d días." % (self.invoices[0][0], self.company, d) if one
                    else "las siguientes facturas de %s están vencidas." % self.company)
            return ("Estimado/a %s:\n\nSegún nuestros registros, %s\n\n%s\n\nTotal vencido: %s %s\n\n"
                    "Puede pagar en línea en %s o mediante transferencia a la\ncuenta indicada en la factura. "
                    "Si ya ha realizado el pago, responda a este\ncorreo indicando la fecha y la referencia. "
                    "Si algo no es correcto, indíquenoslo.\n\nUn saludo,\n\nIronbridge Fleet - Cobros\n"
                    "Departamento de Cuentas a Cobrar | Ironbridge Fleet Services\n"
                    % (nm, what, self.table(("Factura", "Vencimiento", "Importe")), t, c, url))
        if self.lang == "fr":
            what = ("la facture %s de %s est échue depuis %d jours." % (self.invoices[0][0], self.company, d) if one
                    else "les factures suivantes de %s sont échues." % self.company)
            return ("Bonjour %s,\n\nSauf erreur de notre part, %s\n\n%s\n\nTotal échu : %s %s\n\n"
                    "Vous pouvez régler en ligne sur %s ou par virement\nsur le compte indiqué sur la facture. "
                    "Si vous avez déjà réglé, merci de nous\nindiquer la date et la référence du paiement. "
                    "Si un élément de la facture\nvous semble incorrect, répondez simplement à ce message.\n\n"
                    "Cordialement,\n\nIronbridge Fleet - Recouvrement\nComptabilité clients | Ironbridge Fleet Services\n"
                    % (nm, what, self.table(("Facture", "Échéance", "Montant")), t, c, url))
        if self.lang == "de":
            what = ("die Rechnung %s an %s seit %d Tagen überfällig." % (self.invoices[0][0], self.company, d) if one
                    else "folgende Rechnungen an %s überfällig." % self.company)
            return ("Guten Tag %s,\n\nnach unseren Unterlagen ist %s\n\n%s\n\nOffener Betrag: %s %s\n\n"
                    "Sie können online unter %s oder per Überweisung\nauf das in der Rechnung angegebene Konto bezahlen. "
                    "Falls Sie bereits\nbezahlt haben, teilen Sie uns bitte Datum und Referenz der Zahlung mit.\n\n"
                    "Mit freundlichen Grüßen\n\nIronbridge Fleet Debitorenbuchhaltung\nIronbridge Fleet Services\n"
                    % (nm, what, self.table(("Rechnung", "Fällig am", "Betrag")), t, c, url))
        if self.lang == "it":
            what = ("la fattura %s intestata a %s risulta scaduta da %d giorni." % (self.invoices[0][0], self.company, d) if one
                    else "le seguenti fatture intestate a %s risultano scadute." % self.company)
            return ("Gentile %s,\n\ndai nostri archivi %s\n\n%s\n\nTotale scaduto: %s %s\n\n"
                    "Può pagare online su %s o tramite bonifico sul conto\nindicato in fattura. "
                    "Se ha già provveduto al pagamento, ci comunichi\ndata e riferimento del bonifico. "
                    "Se qualcosa in fattura non è corretto,\nrisponda pure a questa e-mail.\n\n"
                    "Cordiali saluti,\n\nIronbridge Fleet - Ufficio Crediti\nContabilità clienti | Ironbridge Fleet Services\n"
                    % (nm, what, self.table(("Fattura", "Scadenza", "Importo")), t, c, url))

    def sent_local(self, offset):
        """datetime of sending, shifted to offset like '-0500'."""
        dt = datetime.strptime(self.sent, "%Y-%m-%d %H:%M")
        sign = -1 if offset[0] == "-" else 1
        return dt + sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5]))

    def raw(self, to=None, date_hdr=None, extra=""):
        """The reminder as a whole message (for bounces)."""
        dt = datetime.strptime(self.sent, "%Y-%m-%d %H:%M")
        date_hdr = date_hdr or dt.strftime("%a, %d %b %Y %H:%M:00 +0000")
        return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n%sMIME-Version: 1.0\n"
                'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n%s'
                % (hdr(our_from(self.case, self.lang)), to or self.to_addr, hdr(self.subject()), date_hdr,
                   self.msgid, extra, self.body()))


EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_MON = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
          "ottobre", "novembre", "dicembre"]


def quote(rem, style, offset, who=None):
    """Quoted reminder block in a given client style. who = the customer's 'Name <addr>' (Outlook To line)."""
    s = rem.sent_local(offset)
    frm = our_from(rem.case, rem.lang)
    body = rem.body()
    qbody = "\n".join((">" + (" " + l if l else "")) for l in body.rstrip("\n").split("\n")) + "\n"
    hm12 = s.strftime("%I:%M %p").lstrip("0")
    if style == "gmail_us":
        return "On %s, %s at %s %s wrote:\n\n%s" % (s.strftime("%a"), s.strftime("%b %-d, %Y"), hm12, frm, qbody)
    if style == "gmail_uk":
        return "On %s, %d %s %d at %s, %s wrote:\n%s" % (s.strftime("%a"), s.day, s.strftime("%b"), s.year,
                                                        s.strftime("%H:%M"), frm, qbody)
    if style == "apple":
        return "On %d %s %d, at %s, %s wrote:\n\n%s" % (s.day, s.strftime("%b"), s.year, s.strftime("%H:%M"), frm, qbody)
    if style == "apple_us":
        return "On %s, at %s, %s wrote:\n\n%s" % (s.strftime("%b %-d, %Y"), hm12, frm, qbody)
    if style == "gmail_es":
        return "El %s, %d %s %d a las %s, %s escribió:\n\n%s" % (ES_DAYS[s.weekday()][:3], s.day, ES_MON[s.month - 1][:3],
                                                               s.year, s.strftime("%H:%M"), frm, qbody)
    if style == "gmail_fr":
        return "Le %s %d %s %d à %s, %s a écrit :\n\n%s" % (FR_DAYS[s.weekday()][:3] + ".", s.day, FR_MON[s.month - 1][:4] + ".",
                                                           s.year, s.strftime("%H:%M"), frm, qbody)
    if style == "gmail_de":
        return "Am %s., %d. %s %d um %s Uhr schrieb %s:\n\n%s" % (DE_DAYS[s.weekday()][:2], s.day, DE_MON[s.month - 1][:3] + ".",
                                                                 s.year, s.strftime("%H:%M"), frm, qbody)
    if style == "gmail_it":
        return "Il giorno %s %d %s %d alle ore %s %s ha scritto:\n\n%s" % (IT_DAYS[s.weekday()][:3], s.day, IT_MON[s.month - 1][:3],
                                                                         s.year, s.strftime("%H:%M"), frm, qbody)
    # Outlook styles: header block, unquoted body
    subj = rem.subject()
    who = who or rem.to_addr
    if style == "outlook_us":
        return ("From: %s\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s\n\n%s" %
                (frm, EN_DAYS[s.weekday()], EN_MON[s.month - 1], s.day, s.year, hm12, who, subj, body))
    if style == "outlook_uk":
        return ("From: %s\nSent: %s, %d %s %d %s\nTo: %s\nSubject: %s\n\n%s" %
                (frm, EN_DAYS[s.weekday()], s.day, EN_MON[s.month - 1], s.year, s.strftime("%H:%M"), who, subj, body))
    if style == "outlook_old":
        return ("-----Original Message-----\nFrom: %s\nSent: %s, %d %s %d %s\nTo: %s\nSubject: %s\n\n%s" %
                (frm, EN_DAYS[s.weekday()], s.day, EN_MON[s.month - 1], s.year, s.strftime("%H:%M"), who, subj, body))
    if style == "outlook_de":
        return ("Von: %s\nGesendet: %s, %d. %s %d %s\nAn: %s\nBetreff: %s\n\n%s" %
                (frm, DE_DAYS[s.weekday()], s.day, DE_MON[s.month - 1], s.year, s.strftime("%H:%M"), who, subj, body))
    if style == "outlook_fr":
        return ("De : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s\n\n%s" %
                (frm, FR_DAYS[s.weekday()], s.day, FR_MON[s.month - 1], s.year, s.strftime("%H:%M"), who, subj, body))
    if style == "outlook_es":
        return ("De: %s\nEnviado el: %s, %d de %s de %d %s\nPara: %s\nAsunto: %s\n\n%s" %
                (frm, ES_DAYS[s.weekday()], s.day, ES_MON[s.month - 1], s.year, s.strftime("%H:%M"), who, subj, body))
    if style == "outlook_it":
        return ("Da: %s\nInviato: %s %d %s %d %s\nA: %s\nOggetto: %s\n\n%s" %
                (frm, IT_DAYS[s.weekday()], s.day, IT_MON[s.month - 1], s.year, s.strftime("%H:%M"), who, subj, body))
    raise ValueError(style)


def reply(rem, date_hdr, frm, body, prefix="Re: ", qstyle="gmail_us", client="gmail", cte="8bit", charset="utf-8",
          html_mode=None, html_extra="", attach=None, extra_headers="", to=None, subject=None, quote_sep="\n",
          thread=True, lang_hdr=None):
    """Build a human reply. body: the customer's own text (with signature)."""
    offset = date_hdr.split()[-1]
    from datetime import timezone
    assert parsedate_to_datetime(date_hdr).astimezone(timezone.utc).replace(tzinfo=None) > \
        datetime.strptime(rem.sent, "%Y-%m-%d %H:%M"), ("reply before reminder", rem.case)
    dom = frm.split("@")[1].rstrip(">")
    addr = frm.split("<")[-1].rstrip(">") if "<" in frm else frm
    if client == "outlook":
        m = mid("outlook", dom)
    elif client == "gmail":
        m = mid("gmail", dom)
    elif client in ("apple", "iphone"):
        m = mid("apple", dom)
    else:
        m = mid("other", dom)
    q = quote(rem, qstyle, offset, who=rem.to_addr or frm) if qstyle else ""
    text = body.rstrip("\n") + "\n" + (quote_sep + q if q else "")
    subj = subject if subject is not None else prefix + rem.subject()
    h = "MIME-Version: 1.0\nDate: %s\nMessage-ID: %s\n" % (date_hdr, m)
    if thread:
        h += "In-Reply-To: %s\nReferences: %s\n" % (rem.msgid, rem.msgid)
    h += "Subject: %s\nFrom: %s\nTo: %s\n" % (hdr(subj), hdr_addr(frm), hdr_addr(to or our_from(rem.case, rem.lang)))
    if client == "outlook":
        h += "Thread-Topic: %s\nThread-Index: %s==\n" % (hdr(rem.subject()), enc_b64(bytes(RNG.randrange(256) for _ in range(22))).replace("=", "")[:30])
        if lang_hdr:
            h += "Content-Language: %s\n" % lang_hdr
    elif client == "apple":
        h += "X-Mailer: Apple Mail (2.3826.600.51.1.1)\n"
    elif client == "iphone":
        h += "X-Mailer: iPhone Mail (22D82)\n"
    elif client == "thunderbird":
        h += "User-Agent: Mozilla Thunderbird\n"
    h += extra_headers
    if html_mode is None:
        flowed = "; format=flowed" if client == "thunderbird" else ""
        part = leaf(text, "plain", charset, cte, flowed)
    else:
        hbody = to_html(body.rstrip("\n"), html_extra)
        if q:
            hbody = hbody.replace("</body>", "<div style=\"border-top:solid #E1E1E1 1.0pt;padding:3pt 0\">"
                                  "<blockquote>%s</blockquote></div></body>" % html.escape(q).replace("\n", "<br>\n"))
        hp = leaf(hbody, "html", charset, "quoted-printable" if cte in ("8bit", "7bit") else cte)
        if html_mode == "only":
            part = hp
        else:
            part = multipart("alternative", [leaf(text, "plain", charset, cte), hp])
    if attach:
        part = multipart("mixed", [part] + attach)
    return h + part


def hdr_addr(a):
    if "<" in a:
        name, rest = a.split("<", 1)
        name = name.strip().strip('"')
        try:
            name.encode("ascii")
            if "," in name:
                name = '"%s"' % name
            return "%s <%s" % (name, rest)
        except UnicodeEncodeError:
            return "%s <%s" % (Header(name, "utf-8").encode(), rest)
    return a


# ---------------------------------------------------------------- date and amount rules (build side)

def today_of(date_hdr):
    return parsedate_to_datetime(date_hdr).date()


def apply_rule(today, rule, arg=None):
    if rule == "plus_days":
        return today + timedelta(days=arg)
    if rule == "this_weekday":
        return today + timedelta((arg - today.weekday()) % 7)
    if rule == "next_weekday":
        return today + timedelta(7 - today.weekday() + arg)
    if rule == "last_weekday":      # past event: the latest such weekday on or before today
        return today - timedelta((today.weekday() - arg) % 7)
    if rule == "end_of_month":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "end_of_named_month":
        return date(today.year, arg, calendar.monthrange(today.year, arg)[1])
    if rule == "by_the":
        if today.day <= arg:
            return today.replace(day=arg)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, arg)
    if rule == "this_week":
        return today + timedelta(4 - today.weekday())
    if rule == "iso_week":
        return date.fromisocalendar(today.year, arg, 5)
    if rule == "dm_past":
        d = date(today.year, arg[1], arg[0])
        return d if d <= today else date(today.year - 1, arg[1], arg[0])
    if rule == "dm_future":
        d = date(today.year, arg[1], arg[0])
        return d if d >= today else date(today.year + 1, arg[1], arg[0])
    if rule == "ymd":
        return date(*arg)
    raise ValueError(rule)


def norm_amount(raw, style):
    s = re.sub(r"[^0-9.,' \u00a0\u202f]", "", raw).strip()
    if style in ("en", "in"):
        s = s.replace(",", "").replace(" ", "")
    elif style == "eu":
        s = s.replace(".", "").replace(" ", "").replace(",", ".")
    elif style == "sp":
        s = s.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(",", ".")
    elif style == "ch":
        s = s.replace("'", "")
    s = s.strip(".")
    whole, _, frac = s.partition(".")
    return "%d.%s" % (int(whole), (frac + "00")[:2])


FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]


def add(n, key, locale, intent, fmt, eml, note, inv, dates=(), amount=None, currency=None, ref=None,
        reason=None, contact=None, injection=False, phrases=()):
    """dates: list of (field, phrase, rule, arg[, weekday]). amount: (raw, style)."""
    today = today_of(re.search(r"^Date: (.*)$", eml, re.M).group(1))
    lab = {"id": "sq%02d" % n, "intent": intent, "promised_date": None, "promised_amount": None,
           "currency": None, "paid_date": None, "payment_reference": ref, "dispute_reason": reason,
           "new_contact_email": contact, "return_date": None, "invoice_numbers": list(inv)}
    prov = {"id": lab["id"], "key": key, "locale": locale, "format": fmt, "dates": [], "amount": None,
            "phrases": list(phrases)}
    for d in dates:
        field, phrase, rule, arg = d[:4]
        lab[field] = apply_rule(today, rule, arg).isoformat()
        prov["dates"].append({"field": field, "phrase": phrase, "rule": rule, "arg": arg,
                              "weekday": d[4] if len(d) > 4 else None})
    if amount:
        lab["promised_amount"] = norm_amount(amount[0], amount[1])
        lab["currency"] = currency
        prov["amount"] = {"raw": amount[0], "style": amount[1]}
    lab["note"] = "[%s, %s] %s" % (key, locale, note)
    if injection:
        lab["injection"] = True
    ITEMS.append({"id": lab["id"], "eml": eml, "label": lab, "prov": prov})
