"""Shared helpers for the dv set: MIME assembly, our dunning reminders, quoting styles."""
import base64
import quopri
import random
from email.header import Header

RNG = random.Random(368)

CO = "Meridian Apron Services"
CO_LEGAL = "Meridian Apron Services Ltd"
DOM = "billing.meridianapron.example"
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]

MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def hexid(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def alnum(n):
    return "".join(RNG.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def ar_addr(case):
    return "ar+%s@%s" % (case, DOM)


def ar_from(case):
    return "%s Accounts Receivable <%s>" % (CO, ar_addr(case))


def eh(s):
    """RFC 2047-encode a header value when it is not ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8").encode()


def ename(name, addr):
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ",.()"):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (Header(name, "utf-8").encode(), addr)


# ---------------------------------------------------------------- MIME parts
def leaf(ctype, text, charset="utf-8", cte="7bit", extra=(), disp=None):
    h = []
    if ctype.startswith("text/"):
        h.append(("Content-Type", '%s; charset="%s"' % (ctype, charset)))
    else:
        h.append(("Content-Type", ctype))
    h.append(("Content-Transfer-Encoding", cte))
    if disp:
        h.append(("Content-Disposition", disp))
    h.extend(extra)
    if cte == "7bit":
        assert all(ord(c) < 128 for c in text), text[:80]
        payload = text
    elif cte == "8bit":
        assert charset.lower() == "utf-8"
        payload = text
    elif cte == "quoted-printable":
        payload = quopri.encodestring(text.encode(charset)).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(text.encode(charset)).decode("ascii")
    else:
        raise ValueError(cte)
    return (h, payload)


def binary(ctype, data, filename, disp="attachment"):
    h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
         ("Content-Transfer-Encoding", "base64"),
         ("Content-Disposition", '%s; filename="%s"' % (disp, filename))]
    return (h, base64.encodebytes(data).decode("ascii"))


def raw_part(headers, payload):
    return (list(headers), payload)


def multipart(sub, parts, boundary=None, params="", preamble=None):
    b = boundary or ("----=_Part_%d_%d.%d" % (RNG.randint(10000, 99999), RNG.randint(100000000, 999999999),
                                               RNG.randint(10**12, 10**13)))
    h = [("Content-Type", 'multipart/%s; boundary="%s"%s' % (sub, b, params))]
    out = []
    if preamble:
        out.append(preamble + "\n")
    for ph, pp in parts:
        out.append("--" + b)
        out.extend("%s: %s" % kv for kv in ph)
        out.append("")
        out.append(pp.rstrip("\n"))
    out.append("--" + b + "--")
    return (h, "\n".join(out) + "\n")


def message(headers, part, mime=True):
    lines = []
    for k, v in headers:
        lines.append("%s: %s" % (k, v))
    if part is not None:
        ph, pp = part
        if mime and not any(k.lower() == "mime-version" for k, _ in headers):
            lines.append("MIME-Version: 1.0")
        lines.extend("%s: %s" % kv for kv in ph)
        return "\n".join(lines) + "\n\n" + pp
    return "\n".join(lines) + "\n"


def fake_pdf(text):
    body = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] "
            "/Count 0 >>\nendobj\n% " + text + "\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return body.encode("latin-1", "replace")


# ---------------------------------------------------------------- amounts
def fmt_amount(amount, style):
    """amount: '4820.00' -> locale string (number only)."""
    ip, dp = amount.split(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    if style in ("en", "ar", "mx"):
        return ",".join(groups) + "." + dp
    if style in ("de", "es", "pt", "tr"):
        return ".".join(groups) + "," + dp
    if style in ("fr", "fr-ca", "ma"):
        return "\u00a0".join(groups) + "," + dp
    if style == "za":
        return " ".join(groups) + "." + dp
    raise ValueError(style)


def money(amount, cur, style):
    n = fmt_amount(amount, style)
    if style in ("en", "mx", "za", "ar"):
        return "%s %s" % (cur, n)
    return "%s %s" % (n, cur)


# ---------------------------------------------------------------- reminders
SUBJ = {
    "en": ["Payment reminder: invoice {inv} is overdue ({tot})",
           "Second reminder: invoice {inv} is {days} days overdue ({tot})",
           "Final notice: invoice {inv} ({tot})"],
    "fr": ["Rappel de paiement : facture {inv} échue ({tot})",
           "Deuxième relance : facture {inv} en retard de {days} jours ({tot})",
           "Dernier avis : facture {inv} ({tot})"],
    "es": ["Recordatorio de pago: factura {inv} vencida ({tot})",
           "Segundo aviso: factura {inv} con {days} días de atraso ({tot})",
           "Último aviso: factura {inv} ({tot})"],
    "pt": ["Lembrete de pagamento: fatura {inv} vencida ({tot})",
           "Segundo aviso: fatura {inv} em atraso há {days} dias ({tot})",
           "Último aviso: fatura {inv} ({tot})"],
    "de": ["Zahlungserinnerung: Rechnung {inv} ist fällig ({tot})",
           "2. Mahnung: Rechnung {inv} seit {days} Tagen überfällig ({tot})",
           "Letzte Mahnung: Rechnung {inv} ({tot})"],
    "tr": ["Ödeme hatırlatması: {inv} numaralı fatura vadesi geçti ({tot})",
           "İkinci hatırlatma: {inv} numaralı fatura {days} gün gecikmede ({tot})",
           "Son uyarı: {inv} numaralı fatura ({tot})"],
    "ar": ["تذكير بالدفع: الفاتورة {inv} مستحقة ({tot})",
           "تذكير ثانٍ: الفاتورة {inv} متأخرة {days} يومًا ({tot})",
           "إشعار أخير: الفاتورة {inv} ({tot})"],
}

BODY = {
    "en": """Dear {contact},

Our records show the following {what} for {cust} {verb} unpaid:

{table}

Total overdue: {tot}

Please arrange payment to the bank account shown on the invoice, or pay
online at https://pay.meridianapron.example/{case}. If you have already
paid, please reply with the payment date and reference so we can match
it. If you have a question about a charge, simply reply to this email.

Kind regards,

Accounts Receivable
Meridian Apron Services Ltd
Fuel | Ground Handling | Hangarage
Case {case}""",
    "fr": """Bonjour {contact},

Sauf erreur de notre part, le solde suivant de {cust} reste impayé :

{table}

Total échu : {tot}

Merci de procéder au règlement sur le compte indiqué sur la facture ou en
ligne sur https://pay.meridianapron.example/{case}. Si vous avez déjà
réglé, merci de nous indiquer la date et la référence du paiement. Pour
toute question sur la facturation, répondez simplement à ce message.

Cordialement,

Service Comptabilité Clients
Meridian Apron Services Ltd
Dossier {case}""",
    "es": """Estimado/a {contact}:

Según nuestros registros, el siguiente saldo de {cust} sigue pendiente de pago:

{table}

Total vencido: {tot}

Le rogamos realice el pago a la cuenta indicada en la factura o en línea en
https://pay.meridianapron.example/{case}. Si ya ha pagado, responda con la
fecha y la referencia del pago para poder conciliarlo. Si tiene alguna duda
sobre un cargo, responda a este correo.

Atentamente,

Cuentas por Cobrar
Meridian Apron Services Ltd
Expediente {case}""",
    "pt": """Prezado(a) {contact},

Segundo nossos registros, o seguinte saldo de {cust} continua em aberto:

{table}

Total vencido: {tot}

Pedimos que o pagamento seja feito na conta indicada na fatura ou online em
https://pay.meridianapron.example/{case}. Caso já tenha pago, responda com a
data e a referência do pagamento para que possamos fazer a baixa. Em caso de
dúvida sobre alguma cobrança, basta responder a este e-mail.

Atenciosamente,

Contas a Receber
Meridian Apron Services Ltd
Caso {case}""",
    "de": """Sehr geehrte Damen und Herren,

laut unserer Buchhaltung sind folgende Posten von {cust} noch offen:

{table}

Offener Gesamtbetrag: {tot}

Bitte überweisen Sie den Betrag auf das in der Rechnung angegebene Konto
oder zahlen Sie online unter https://pay.meridianapron.example/{case}.
Sollten Sie bereits bezahlt haben, teilen Sie uns bitte Zahlungsdatum und
Referenz mit. Bei Fragen zu einer Position antworten Sie einfach auf diese
E-Mail.

Mit freundlichen Grüßen

Debitorenbuchhaltung
Meridian Apron Services Ltd
Vorgang {case}""",
    "tr": """Sayın {contact},

Kayıtlarımıza göre {cust} adına düzenlenen aşağıdaki {what} henüz ödenmemiştir:

{table}

Vadesi geçen toplam: {tot}

Ödemeyi faturada belirtilen hesaba veya
https://pay.meridianapron.example/{case} adresinden yapabilirsiniz. Ödemeyi
yaptıysanız lütfen ödeme tarihini ve referansını bildiriniz. Bir kalemle
ilgili sorunuz varsa bu e-postayı yanıtlamanız yeterlidir.

Saygılarımızla,

Alacak Hesapları
Meridian Apron Services Ltd
Dosya {case}""",
    "ar": """السادة {contact} المحترمين،

تشير سجلاتنا إلى أن {what} التالية الخاصة بـ {cust} لا تزال غير مسددة:

{table}

إجمالي المبلغ المتأخر: {tot}

يرجى التحويل إلى الحساب المصرفي المذكور في الفاتورة أو الدفع عبر
https://pay.meridianapron.example/{case}. إذا كنتم قد سددتم المبلغ، يرجى
الرد بتاريخ الدفع ومرجعه. ولأي استفسار عن أحد البنود يكفي الرد على هذه الرسالة.

مع خالص التحية،

قسم الحسابات المدينة
Meridian Apron Services Ltd
الملف {case}""",
}
WHAT = {"en": ("invoice", "invoices", "remains", "remain"), "fr": ("la facture", "les factures"),
        "es": ("la factura", "las facturas"), "pt": ("a fatura", "as faturas"),
        "de": ("die Rechnung", "die Rechnungen"), "tr": ("fatura", "faturalar"),
        "ar": ("الفاتورة", "الفواتير")}
TABLE_HEAD = {"en": "Invoice", "fr": "Facture", "es": "Factura", "pt": "Fatura", "de": "Rechnung",
              "tr": "Fatura", "ar": "الفاتورة"}
DUE_HEAD = {"en": "Due date", "fr": "Échéance", "es": "Vencimiento", "pt": "Vencimento", "de": "Fällig",
            "tr": "Vade", "ar": "الاستحقاق"}
AMT_HEAD = {"en": "Amount", "fr": "Montant", "es": "Importe", "pt": "Valor", "de": "Betrag", "tr": "Tutar",
            "ar": "المبلغ"}


class Thread:
    """One of our dunning emails. sent = (y, m, d, hh, mm) in UTC."""

    def __init__(self, case, lang, style, cust, contact, to, invs, cur, sent, step=1, days=None):
        self.case, self.lang, self.style, self.cust, self.contact, self.to = case, lang, style, cust, contact, to
        self.invs, self.cur, self.step = invs, cur, step
        y, m, d, hh, mm = sent
        self.sent = sent
        self.msgid = "<%s.n%d.%04d%02d%02dT%02d%02d00Z@%s>" % (case, step, y, m, d, hh, mm, DOM)
        import datetime as _dt
        wd = _dt.date(y, m, d).weekday()
        self.date_hdr = "%s, %02d %s %04d %02d:%02d:00 +0000" % (WD_EN[wd], d, MON_EN[m - 1], y, hh, mm)
        tot = "%.2f" % sum(float(a) for _, _, a in invs)
        self.total = tot
        self.tot = money(tot, cur, style)
        self.days = days or 14
        self.subject = SUBJ[lang][step - 1].format(inv=invs[0][0] if len(invs) == 1 else
                                                   ", ".join(i[0] for i in invs), tot=self.tot, days=self.days)
        rows = ["  %-11s %-12s %s" % (TABLE_HEAD[lang], DUE_HEAD[lang], AMT_HEAD[lang])]
        for num, due, amt in invs:
            rows.append("  %-11s %-12s %s" % (num, due, money(amt, cur, style)))
        w = WHAT[lang]
        what = w[0] if len(invs) == 1 else w[1]
        verb = ""
        if lang == "en":
            verb = w[2] if len(invs) == 1 else w[3]
        self.body = BODY[lang].format(contact=contact, what=what, verb=verb, cust=cust, table="\n".join(rows),
                                      tot=self.tot, case=case)
        self.addr = ar_addr(case)
        self.frm = ar_from(case)

    def re_headers(self, prefix="Re: "):
        return [("In-Reply-To", self.msgid), ("References", self.msgid)], prefix + self.subject


# ---------------------------------------------------------------- quoting styles
MON = {
    "en": MON_EN,
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "tr": ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"],
}
WD = {
    "en": WD_EN,
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "tr": ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
}


def _dt(t, shift_h=0):
    import datetime as _d
    y, m, d, hh, mm = t.sent
    x = _d.datetime(y, m, d, hh, mm) + _d.timedelta(hours=shift_h)
    return x


def quote_lines(text, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in text.split("\n"))


def gmail_attr(t, lang, shift_h=0):
    x = _dt(t, shift_h)
    wd, mo = WD[lang][x.weekday()], MON[lang][x.month - 1]
    who = "%s Accounts Receivable <%s>" % (CO, t.addr)
    hm = x.strftime("%H:%M")
    if lang == "en":
        h12 = x.strftime("%I:%M %p").lstrip("0")
        return "On %s, %s %d, %d at %s %s wrote:" % (wd, mo, x.day, x.year, h12, who)
    if lang == "fr":
        return "Le %s %d %s %d à %s, %s a écrit :" % (wd, x.day, mo, x.year, hm, who)
    if lang == "es":
        return "El %s, %d %s %d a las %s, %s escribió:" % (wd, x.day, mo, x.year, hm.lstrip("0"), who)
    if lang == "pt":
        return "Em %s, %d de %s de %d às %s, %s escreveu:" % (wd, x.day, mo, x.year, hm, who)
    if lang == "de":
        return "Am %s, %d. %s %d um %s schrieb %s:" % (wd, x.day, mo, x.year, hm, who)
    if lang == "tr":
        return "%s, %d %s %d tarihinde %s şunu yazdı:" % (wd, x.day, mo, x.year, who)
    if lang == "ar":
        return "في %s، %d %s %d في %s، كتب %s:" % (wd, x.day, mo, x.year, hm, who)
    raise ValueError(lang)


def q_gmail(t, lang, shift_h=0):
    return gmail_attr(t, lang, shift_h) + "\n\n" + quote_lines(t.body) + "\n"


def q_apple(t, lang="en", shift_h=0):
    x = _dt(t, shift_h)
    who = "%s Accounts Receivable <%s>" % (CO, t.addr)
    if lang == "en":
        a = "On %d %s %d, at %s, %s wrote:" % (x.day, MON_EN[x.month - 1], x.year, x.strftime("%H:%M"), who)
    elif lang == "fr":
        a = "Le %d %s %d à %s, %s a écrit :" % (x.day, MON["fr"][x.month - 1], x.year, x.strftime("%H:%M"), who)
    elif lang == "pt":
        a = "Em %d de %s de %d, à(s) %s, %s escreveu:" % (x.day, MON["pt"][x.month - 1], x.year,
                                                          x.strftime("%H:%M"), who)
    elif lang == "es":
        a = "El %d %s %d, a las %s, %s escribió:" % (x.day, MON["es"][x.month - 1], x.year, x.strftime("%H:%M"), who)
    else:
        raise ValueError(lang)
    return a + "\n\n" + quote_lines(t.body) + "\n"


OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "pt": ("De", "Enviado", "Para", "Assunto"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "ar": ("من", "تاريخ الإرسال", "إلى", "الموضوع"),
}
LONGMON = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}
LONGWD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}


def q_outlook(t, lang, to_disp, shift_h=0, uk=False, sep=True):
    x = _dt(t, shift_h)
    f, s, tt, sj = OUTLOOK[lang]
    if lang == "en":
        if uk:
            sent = "%s, %d %s %d %s" % (LONGWD["en"][x.weekday()], x.day, LONGMON["en"][x.month - 1], x.year,
                                       x.strftime("%H:%M"))
        else:
            sent = "%s, %s %d, %d %s" % (LONGWD["en"][x.weekday()], LONGMON["en"][x.month - 1], x.day, x.year,
                                        x.strftime("%I:%M %p").lstrip("0"))
    elif lang in ("fr", "es", "de"):
        if lang == "de":
            sent = "%s, %d. %s %d %s" % (LONGWD[lang][x.weekday()], x.day, LONGMON[lang][x.month - 1], x.year,
                                         x.strftime("%H:%M"))
        else:
            sent = "%s %d %s %d %s" % (LONGWD[lang][x.weekday()], x.day, LONGMON[lang][x.month - 1], x.year,
                                       x.strftime("%H:%M"))
    else:
        sent = x.strftime("%d.%m.%Y %H:%M") if lang == "tr" else x.strftime("%d/%m/%Y %H:%M")
    head = ""
    if sep:
        head = "-----Original Message-----\n" if lang == "en" else "________________________________\n"
    return (head + "%s: %s\n%s: %s\n%s: %s\n%s: %s\n\n" % (f, t.frm, s, sent, tt, to_disp, sj, t.subject)
            + t.body + "\n")


# ---------------------------------------------------------------- item registry
ITEMS = []


def item(id, key, locale, intent, fmt, eml, note, inv=(), dates=(), amounts=(), injection=False, **fields):
    lab = {"id": id, "intent": intent}
    for f in FIELDS[1:]:
        lab[f] = None
    lab["invoice_numbers"] = list(inv)
    for k, v in fields.items():
        assert k in FIELDS, k
        lab[k] = v
    lab["note"] = "[%s, %s] %s" % (key, locale, note)
    if injection:
        lab["injection"] = True
    ITEMS.append({"id": id, "key": key, "locale": locale, "intent": intent, "fmt": fmt, "eml": eml,
                  "labels": lab,
                  "prov": {"dates": [list(d) for d in dates], "amounts": [list(a) for a in amounts]}})


# ---------------------------------------------------------------- reply helpers
def dh(y, m, d, hh, mm, ss, off):
    import datetime as _d
    wd = _d.date(y, m, d).weekday()
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (WD_EN[wd], d, MON_EN[m - 1], y, hh, mm, ss, off)


def mid(client, dom):
    if client == "outlook":
        p = "%s%04dMB%04d" % (RNG.choice(["AM9PR", "DB8PR", "PH0PR", "SN7PR", "BY5PR", "PAXPR", "VI1PR"]),
                              RNG.randint(1, 9999), RNG.randint(1000, 9999))
        return "<%s%s@%s.%s.prod.outlook.com>" % (p, hexid(24), p, RNG.choice(["eurprd08", "namprd12",
                                                                                 "eurprd04", "namprd02"]))
    if client == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (RNG.choice(["+", "J", "F", "P"]), alnum(40))
    if client == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12), dom)
    return "<%s.%s@%s>" % (hexid(12).lower(), hexid(6).lower(), dom)


CLIENT_HDRS = {
    "apple": [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")],
    "iphone": [("X-Mailer", "iPhone Mail (22D82)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "gmail": [],
    "outlook": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "other": [],
}


def reply(t, frm, date, part, client="gmail", prefix="Re: ", extra=(), to=None, subject=None, lang_hdr=None):
    dom = frm.split("@")[-1].rstrip(">")
    rh, subj = t.re_headers(prefix)
    if subject is not None:
        subj = subject
    h = [("From", frm), ("To", to or t.frm), ("Subject", eh(subj)), ("Date", date),
         ("Message-ID", mid("outlook" if client == "outlook" else ("gmail" if client == "gmail" else "apple"),
                            dom))]
    h += rh
    if client == "outlook":
        h += [("Thread-Topic", eh(t.subject)), ("Thread-Index", "AQH" + alnum(25) + "==")]
        if lang_hdr:
            h += [("Accept-Language", lang_hdr), ("Content-Language", lang_hdr)]
    h += CLIENT_HDRS.get(client, [])
    h += list(extra)
    return message(h, part)


def html_wrap(inner, outlook=False):
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8">\n<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; '
                'font-family:"Calibri",sans-serif;} --></style>\n</head>\n<body lang="EN-GB">\n<div class='
                '"WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n')
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>\n' + \
        inner + '\n</body></html>\n'


def html_quote_block(t):
    import html as _h
    return ('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' +
            "<br>\n".join(_h.escape(l) for l in t.body.split("\n")) + "</blockquote>")


def paras(text):
    import html as _h
    return "\n".join("<p>%s</p>" % "<br>\n".join(_h.escape(l) for l in p.split("\n"))
                     for p in text.strip().split("\n\n"))
