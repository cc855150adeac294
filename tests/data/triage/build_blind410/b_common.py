"""Shared helpers for build.py (standard library only)."""
import base64
import calendar
import quopri
import random
import uuid
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

SEED = 410
RNG = random.Random(SEED)
DOMAIN = "billing.vetarion.example"

ORG = {
    "en": "Vetarion Animal Health Billing",
    "es": "Vetarion Salud Animal - Cobranza",
    "pt": "Vetarion Saúde Animal - Contas a Receber",
    "fr": "Vetarion Santé Animale - Recouvrement",
    "it": "Vetarion Salute Animale - Ufficio Crediti",
}

# ------------------------------------------------------------------ dates
WD = {"MON": 0, "TUE": 1, "WED": 2, "THU": 3, "FRI": 4, "SAT": 5, "SUN": 6}


def parse_dt(s):
    """'2026-03-10 09:14:00 -0600' -> aware datetime."""
    d, t, off = s.split()
    sign = -1 if off[0] == "-" else 1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return datetime.strptime(d + " " + t, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def resolve(rule, today):
    """Date rules from samples/README 'Date conventions'."""
    k = rule[0]
    if k == "today":
        return today
    if k == "tomorrow":
        return today + timedelta(1)
    if k == "yesterday":
        return today - timedelta(1)
    if k == "this_wd":
        return today + timedelta((WD[rule[1]] - today.weekday()) % 7)
    if k == "next_wd":
        return today + timedelta(7 - today.weekday() + WD[rule[1]])
    if k == "past_wd":  # most recent such weekday strictly before today
        return today - timedelta((today.weekday() - WD[rule[1]]) % 7 or 7)
    if k == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "named_eom":
        return date(today.year, rule[1], calendar.monthrange(today.year, rule[1])[1])
    if k == "plus_days":
        return today + timedelta(rule[1])
    if k == "by_the":
        if today.day <= rule[1]:
            return today.replace(day=rule[1])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, rule[1])
    if k == "dm_future":
        d = date(today.year, rule[2], rule[1])
        return d if d >= today else date(today.year + 1, rule[2], rule[1])
    if k == "dm_past":
        d = date(today.year, rule[2], rule[1])
        return d if d <= today else date(today.year - 1, rule[2], rule[1])
    if k == "explicit":
        return date.fromisoformat(rule[1])
    if k == "this_week":
        return today + timedelta(4 - today.weekday())
    if k == "first_week":
        return date(today.year, rule[1], 7)
    raise ValueError(rule)


# ------------------------------------------------------------------ amounts
def fmt_amount(value, style):
    """value: '12480.50'. style en|eu|fr|en0|eu0|fr0."""
    whole, dec = value.split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    sep = {"en": ",", "eu": ".", "fr": " "}[style.rstrip("0")]
    dsep = "." if style.startswith("en") else ","
    s = sep.join(groups)
    return s if style.endswith("0") else s + dsep + dec


# ------------------------------------------------------------------ names
MON = {
    "en": "January February March April May June July August September October November December".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "gl": "xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro".split(),
}
DAY = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "gl": "luns martes mércores xoves venres sábado domingo".split(),
}
DAY3 = {
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(),
    "es": "lun mar mié jue vie sáb dom".split(),
    "pt": "seg. ter. qua. qui. sex. sáb. dom.".split(),
    "fr": "lun. mar. mer. jeu. ven. sam. dim.".split(),
    "it": "lun mar mer gio ven sab dom".split(),
    "gl": "lun. mar. mér. xov. ven. sáb. dom.".split(),
}


def hhmm(dt, ampm=False):
    if ampm:
        h = dt.hour % 12 or 12
        return "%d:%02d %s" % (h, dt.minute, "AM" if dt.hour < 12 else "PM")
    return "%02d:%02d" % (dt.hour, dt.minute)


def quote_header(style, lang, dt, name, addr):
    d, m, y = dt.day, dt.month, dt.year
    wd = dt.weekday()
    if style == "gmail":
        if lang == "en":
            return "On %s, %s %d, %d at %s %s <%s> wrote:" % (DAY3["en"][wd], MON["en"][m - 1][:3], d, y, hhmm(dt, True), name, addr)
        if lang == "es":
            return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (DAY3["es"][wd], d, MON["es"][m - 1][:3], y, dt.hour, dt.minute, name, addr)
        if lang == "pt":
            return "Em %s %d de %s de %d às %s, %s <%s> escreveu:" % (DAY3["pt"][wd], d, MON["pt"][m - 1][:3] + ".", y, hhmm(dt), name, addr)
        if lang == "fr":
            return "Le %s %d %s %d à %s, %s <%s> a écrit :" % (DAY3["fr"][wd], d, MON["fr"][m - 1], y, hhmm(dt), name, addr)
        if lang == "it":
            return "Il giorno %s %d %s %d alle ore %s %s <%s> ha scritto:" % (DAY3["it"][wd], d, MON["it"][m - 1][:3], y, hhmm(dt), name, addr)
        if lang == "gl":
            return "O %s, %d de %s de %d ás %s, %s (<%s>) escribiu:" % (DAY3["gl"][wd], d, MON["gl"][m - 1][:3] + ".", y, hhmm(dt), name, addr)
    if style == "apple":
        if lang == "en":
            return "On %s %d, %d, at %s, %s <%s> wrote:" % (MON["en"][m - 1][:3], d, y, hhmm(dt, True), name, addr)
        if lang == "fr":
            return "Le %d %s %d à %s, %s <%s> a écrit :" % (d, MON["fr"][m - 1], y, hhmm(dt), name, addr)
        if lang == "es":
            return "El %d %s %d, a las %s, %s <%s> escribió:" % (d, MON["es"][m - 1][:3], y, hhmm(dt), name, addr)
        if lang == "pt":
            return "Em %d de %s de %d, à(s) %s, %s <%s> escreveu:" % (d, MON["pt"][m - 1][:3] + ".", y, hhmm(dt), name, addr)
        if lang == "it":
            return "Il giorno %d %s %d, alle ore %s, %s <%s> ha scritto:" % (d, MON["it"][m - 1][:3], y, hhmm(dt), name, addr)
    raise ValueError((style, lang))


OUTLOOK_LBL = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "gl": ("De", "Enviado", "Para", "Asunto"),
    "pt": ("De", "Enviado", "Para", "Assunto"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
}


def outlook_date(lang, dt):
    wd, d, m, y = dt.weekday(), dt.day, dt.month, dt.year
    if lang == "en":
        return "%s, %s %d, %d %s" % (DAY["en"][wd], MON["en"][m - 1], d, y, hhmm(dt, True))
    if lang == "fr":
        return "%s %d %s %d %s" % (DAY["fr"][wd], d, MON["fr"][m - 1], y, hhmm(dt))
    if lang == "it":
        return "%s %d %s %d %s" % (DAY["it"][wd], d, MON["it"][m - 1], y, hhmm(dt))
    return "%s, %d de %s de %d %s" % (DAY[lang][wd], d, MON[lang][m - 1], y, hhmm(dt))


# ------------------------------------------------------------------ reminder
def reminder(lang, case, invs, cur, style, contact, cust, sent_utc, stage=1):
    """invs: list of (number, due_iso, amount '1234.50'). Returns (subject, body)."""
    tot = "%.2f" % sum(float(a) for _, _, a in invs)
    z = style.endswith("0")
    money = lambda a: ("%s %s" % (cur, fmt_amount(a, style)))
    n = len(invs)
    rows = "\n".join("  %-11s  %-10s  %s" % (i, d, money(a)) for i, d, a in invs)
    first = invs[0][0]
    if lang == "en":
        subj = ("Reminder: invoice %s is past due (%s)" % (first, money(tot))) if n == 1 else ("%s notice: %d invoices past due (%s)" % ("Second" if stage > 1 else "First", n, money(tot)))
        body = ("Hello %s,\n\nOur records show the following %s on the %s account %s past due:\n\n"
                "  Invoice      Due date    Amount\n%s\n\nTotal past due: %s\n\n"
                "You can pay online at https://pay.vetarion.example/%s or by bank transfer\n"
                "using the details printed on the invoice. If you have already paid,\n"
                "please reply with the payment date and reference so we can apply it.\n"
                "If anything on the invoice looks wrong, just reply and tell us.\n\n"
                "Thank you,\n\nVetarion Animal Health\nAccounts Receivable | Case %s\n") % (
            contact, "invoice" if n == 1 else "invoices", cust, "is" if n == 1 else "are", rows, money(tot), case, case)
    elif lang in ("es", "gl"):
        subj = ("Recordatorio: factura %s vencida (%s)" % (first, money(tot))) if n == 1 else ("%s aviso: %d facturas vencidas (%s)" % ("Segundo" if stage > 1 else "Primer", n, money(tot)))
        body = ("Estimado/a %s:\n\nSegún nuestros registros, %s de %s se encuentra%s vencida%s:\n\n"
                "  Factura      Vencimiento Importe\n%s\n\nTotal vencido: %s\n\n"
                "Puede pagar en línea en https://pay.vetarion.example/%s o por transferencia\n"
                "a la cuenta indicada en la factura. Si ya realizó el pago, responda a este\n"
                "correo con la fecha y la referencia para poder aplicarlo. Si algo en la\n"
                "factura no es correcto, indíquenoslo respondiendo a este mensaje.\n\n"
                "Atentamente,\n\nVetarion Salud Animal\nCuentas por Cobrar | Caso %s\n") % (
            contact, "la siguiente factura" if n == 1 else "las siguientes facturas", cust, "" if n == 1 else "n", "" if n == 1 else "s", rows, money(tot), case, case)
    elif lang == "pt":
        subj = ("Lembrete: fatura %s vencida (%s)" % (first, money(tot))) if n == 1 else ("%s aviso: %d faturas vencidas (%s)" % ("Segundo" if stage > 1 else "Primeiro", n, money(tot)))
        body = ("Prezado(a) %s,\n\nDe acordo com os nossos registos, %s de %s %s em atraso:\n\n"
                "  Fatura       Vencimento  Valor\n%s\n\nTotal em atraso: %s\n\n"
                "Pode pagar online em https://pay.vetarion.example/%s ou por transferência\n"
                "para a conta indicada na fatura. Se já efetuou o pagamento, responda a\n"
                "este e-mail com a data e a referência para que possamos baixá-lo. Se algo\n"
                "na fatura estiver incorreto, responda e informe-nos.\n\n"
                "Atenciosamente,\n\nVetarion Saúde Animal\nContas a Receber | Caso %s\n") % (
            contact, "a seguinte fatura" if n == 1 else "as seguintes faturas", cust, "está" if n == 1 else "estão", rows, money(tot), case, case)
    elif lang == "fr":
        subj = ("Relance : facture %s échue (%s)" % (first, money(tot))) if n == 1 else ("%s relance : %d factures échues (%s)" % ("Deuxième" if stage > 1 else "Première", n, money(tot)))
        body = ("Bonjour %s,\n\nSauf erreur de notre part, %s de %s %s échue%s et reste%s impayée%s :\n\n"
                "  Facture      Échéance    Montant\n%s\n\nTotal échu : %s\n\n"
                "Vous pouvez régler en ligne sur https://pay.vetarion.example/%s ou par virement\n"
                "sur le compte indiqué sur la facture. Si vous avez déjà réglé, merci de nous\n"
                "répondre en indiquant la date et la référence du paiement afin que nous\n"
                "puissions le lettrer. Si un élément de la facture vous semble erroné,\n"
                "répondez simplement à ce message.\n\n"
                "Cordialement,\n\nVetarion Santé Animale\nService Recouvrement | Dossier %s\n") % (
            contact, "la facture suivante" if n == 1 else "les factures suivantes", cust, "est" if n == 1 else "sont", "" if n == 1 else "s", "" if n == 1 else "nt", "" if n == 1 else "s", rows, money(tot), case, case)
    elif lang == "it":
        subj = ("Sollecito: fattura %s scaduta (%s)" % (first, money(tot))) if n == 1 else ("%s sollecito: %d fatture scadute (%s)" % ("Secondo" if stage > 1 else "Primo", n, money(tot)))
        body = ("Gentile %s,\n\ndai nostri archivi %s di %s risulta%s scadut%s e non pagat%s:\n\n"
                "  Fattura      Scadenza    Importo\n%s\n\nTotale scaduto: %s\n\n"
                "Può pagare online su https://pay.vetarion.example/%s oppure con bonifico\n"
                "sul conto indicato in fattura. Se ha già pagato, risponda a questa email\n"
                "indicando data e riferimento del pagamento, così potremo registrarlo.\n"
                "Se qualcosa nella fattura non è corretto, risponda e ce lo segnali.\n\n"
                "Cordiali saluti,\n\nVetarion Salute Animale\nUfficio Crediti | Pratica %s\n") % (
            contact, "la seguente fattura" if n == 1 else "le seguenti fatture", cust, "" if n == 1 else "no", "a" if n == 1 else "e", "a" if n == 1 else "e", rows, money(tot), case, case)
    return subj, body


# ------------------------------------------------------------------ MIME
def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ",.()"):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)


def encode_body(text, cte, charset):
    if cte in ("7bit", "8bit"):
        return text if text.endswith("\n") else text + "\n"
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params=""):
    return ('Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n%s'
            % (subtype, charset, params, cte, encode_body(text, cte, charset)))


def multipart(subtype, parts, boundary=None, preamble=None, params=""):
    b = boundary or ("----=_Part_%d_%d.%d" % (RNG.randint(10000, 99999), RNG.randint(100000000, 999999999), RNG.randint(1000000000000, 9999999999999)))
    out = 'Content-Type: multipart/%s;%s boundary="%s"\n\n' % (subtype, params, b)
    if preamble:
        out += preamble + "\n"
    for p in parts:
        out += "--%s\n%s" % (b, p if p.endswith("\n") else p + "\n")
    out += "--%s--\n" % b
    return out


def attachment(data, ctype, filename, disp="attachment"):
    return ('Content-Type: %s; name="%s"\nContent-Disposition: %s; filename="%s"\nContent-Transfer-Encoding: base64\n\n%s'
            % (ctype, filename, disp, filename, base64.encodebytes(data).decode("ascii")))


def fake_pdf(lines):
    content = "BT /F1 10 Tf 40 780 Td " + " ".join("(%s) Tj 0 -14 Td" % l.replace("(", "[").replace(")", "]") for l in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = "%PDF-1.4\n"
    for i, o in enumerate(objs, 1):
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    out += "trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    return out.encode("latin-1")


def hexid(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def msgid(kind, dom):
    if kind == "outlook":
        p = "%sPR%02dMB%d" % (RNG.choice(["CO1", "BN8", "SA1", "PH0", "DM6", "MW4", "AM0", "PA4", "DB9", "GV1", "CP2", "FR3"]), RNG.randint(1, 20), RNG.randint(1000, 9999))
        reg = RNG.choice(["namprd%02d" % RNG.randint(1, 20), "eurprd%02d" % RNG.randint(1, 9), "brap%02d" % RNG.randint(1, 9)])
        return "<%s%s@%s.%s.prod.outlook.com>" % (p, hexid(24), p, reg)
    if kind == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (hexid(6), "".join(RNG.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+") for _ in range(40)))
    if kind == "apple":
        return "<%s@%s>" % (str(uuid.UUID(int=RNG.getrandbits(128))).upper(), dom)
    return "<%d.%s@%s>" % (RNG.randint(10 ** 9, 10 ** 10), hexid(8).lower(), dom)


def our_msgid(case, sent_utc, r=1):
    return "<%s.r%d.%s@%s>" % (case, r, sent_utc.strftime("%Y%m%dT%H%M%SZ"), DOMAIN)


def our_addr(case):
    return "ar+%s@%s" % (case, DOMAIN)
