"""Helpers for build.py: stdlib only, deterministic.

Builds RFC 822 replies to payment reminders from two made-up vendors and
resolves date labels from each message's own Date header.
"""
import base64
import calendar
import email.utils
import hashlib
import html
import quopri
from datetime import date, datetime, timedelta, timezone
from email.header import Header

VENDORS = {
    "H": {
        "name": "Halvorsen Industrial Supply",
        "from_name": "Halvorsen Accounts Receivable",
        "local": "collections",
        "domain": "ar.halvorsen-supply.example",
        "pay": "https://pay.halvorsen-supply.example/c/",
    },
    "L": {
        "name": "Lumetra Software",
        "from_name": "Lumetra Billing",
        "local": "billing",
        "domain": "ar.lumetra.example",
        "pay": "https://billing.lumetra.example/pay/",
    },
}


def tz(h, m=0):
    sign = -1 if h < 0 else 1
    return timezone(timedelta(hours=h, minutes=sign * m))


def dt(y, mo, d, hh, mi, ss, off_h, off_m=0):
    return datetime(y, mo, d, hh, mi, ss, tzinfo=tz(off_h, off_m))


def vendor_addr(v, case):
    V = VENDORS[v]
    return "%s+%s@%s" % (V["local"], case, V["domain"])


def vendor_from(v, case):
    return "%s <%s>" % (VENDORS[v]["from_name"], vendor_addr(v, case))


def reminder_msgid(v, case, sent):
    return "<%s.r2.%s@%s>" % (case, sent.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
                              VENDORS[v]["domain"])


# ---------------------------------------------------------------- amounts

def fmt_amount(x, style):
    s = "%.2f" % x
    whole, frac = s.split(".")
    if style == "in":
        if len(whole) > 3:
            head, tail = whole[:-3], whole[-3:]
            groups = []
            while len(head) > 2:
                groups.insert(0, head[-2:])
                head = head[:-2]
            if head:
                groups.insert(0, head)
            whole = ",".join(groups + [tail])
        return whole + "." + frac
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if style == "en":
        return ",".join(groups) + "." + frac
    if style == "eu":
        return ".".join(groups) + "," + frac
    if style == "fr":
        return " ".join(groups) + "," + frac
    raise ValueError(style)


def money(cur, x, lang):
    if cur == "INR":
        return "INR " + fmt_amount(x, "in")
    style = {"en": "en", "pt": "eu", "it": "eu", "nl": "eu", "fr": "fr"}[lang]
    return "%s %s" % (cur, fmt_amount(x, style))


# ---------------------------------------------------------------- reminder

def reminder(v, case, invs, cur, lang, greet, sent):
    """Return (subject, body) of our own dunning email."""
    V = VENDORS[v]
    total = sum(a for _, _, a in invs)
    sent_d = sent.astimezone(timezone.utc).date()
    n = len(invs)
    if n == 1:
        num, due, amt = invs[0]
        days = (sent_d - date.fromisoformat(due)).days
    rows = "\n".join("  %-9s  %s   %s" % (num, due, money(cur, amt, lang)) for num, due, amt in invs)
    tot = money(cur, total, lang)
    pay = V["pay"] + case
    if lang == "en":
        if n == 1:
            subj = "Reminder: invoice %s is %d days overdue (%s)" % (num, days, tot)
        else:
            subj = "Second notice: %d invoices past due (%s)" % (n, tot)
        body = ("Dear %s,\n\nThis is a reminder that the following %s invoice%s %s now past due.\n\n"
                "  Invoice    Due date     Amount\n%s\n\nTotal overdue: %s\n\n"
                "You can pay online at %s or by bank transfer using the\n"
                "details printed on the invoice. If you have already paid, please reply with\n"
                "the payment date and reference so that we can match it. If anything on the\n"
                "invoice looks wrong, just reply to this email.\n\nKind regards,\n\n"
                "Accounts Receivable\n%s\n") % (
                    greet, V["name"], "" if n == 1 else "s", "is" if n == 1 else "are",
                    rows, tot, pay, V["name"])
    elif lang == "pt":
        if n == 1:
            subj = "Lembrete de pagamento: fatura %s vencida há %d dias (%s)" % (num, days, tot)
        else:
            subj = "Segundo aviso: %d faturas em atraso (%s)" % (n, tot)
        body = ("Prezado(a) %s,\n\nDe acordo com os nossos registos, %s em aberto:\n\n"
                "  Fatura     Vencimento   Valor\n%s\n\nTotal em atraso: %s\n\n"
                "Pode pagar em %s ou por transferência bancária\n"
                "para a conta indicada na fatura. Caso já tenha efetuado o pagamento, por favor\n"
                "responda com a data e a referência para que possamos identificá-lo. Se algo na\n"
                "fatura não estiver correto, basta responder a este e-mail.\n\nAtenciosamente,\n\n"
                "Contas a Receber\n%s\n") % (
                    greet, "a seguinte fatura encontra-se" if n == 1 else "as seguintes faturas encontram-se",
                    rows, tot, pay, V["name"])
    elif lang == "it":
        if n == 1:
            subj = "Sollecito di pagamento: fattura %s scaduta da %d giorni (%s)" % (num, days, tot)
        else:
            subj = "Secondo sollecito: %d fatture scadute (%s)" % (n, tot)
        body = ("Gentile %s,\n\ndai nostri archivi %s:\n\n"
                "  Fattura    Scadenza     Importo\n%s\n\nTotale scaduto: %s\n\n"
                "Potete pagare online su %s oppure con bonifico\n"
                "sulle coordinate indicate in fattura. Se avete già provveduto al pagamento, vi\n"
                "preghiamo di indicarci data e riferimento del bonifico per poterlo abbinare. Se\n"
                "qualcosa in fattura non è corretto, rispondete pure a questa e-mail.\n\n"
                "Cordiali saluti,\n\nUfficio Crediti\n%s\n") % (
                    greet, "risulta scaduta la seguente fattura" if n == 1 else "risultano scadute le seguenti fatture",
                    rows, tot, pay, V["name"])
    elif lang == "nl":
        if n == 1:
            subj = "Betalingsherinnering: factuur %s is %d dagen vervallen (%s)" % (num, days, tot)
        else:
            subj = "Tweede herinnering: %d facturen vervallen (%s)" % (n, tot)
        body = ("Beste %s,\n\nVolgens onze administratie %s nog open:\n\n"
                "  Factuur    Vervaldatum  Bedrag\n%s\n\nTotaal vervallen: %s\n\n"
                "U kunt online betalen via %s of per overschrijving\n"
                "naar de rekening op de factuur. Heeft u al betaald? Laat ons dan de betaaldatum\n"
                "en de referentie weten, zodat wij de betaling kunnen koppelen. Klopt er iets niet\n"
                "op de factuur, antwoord dan gewoon op deze e-mail.\n\nMet vriendelijke groet,\n\n"
                "Debiteurenbeheer\n%s\n") % (
                    greet, "staat de volgende factuur" if n == 1 else "staan de volgende facturen",
                    rows, tot, pay, V["name"])
    elif lang == "fr":
        if n == 1:
            subj = "Rappel de paiement : facture %s échue depuis %d jours (%s)" % (num, days, tot)
        else:
            subj = "Deuxième rappel : %d factures échues (%s)" % (n, tot)
        body = ("Bonjour %s,\n\nSauf erreur de notre part, %s :\n\n"
                "  Facture    Échéance     Montant\n%s\n\nTotal échu : %s\n\n"
                "Vous pouvez régler en ligne sur %s ou par virement\n"
                "sur le compte indiqué sur la facture. Si vous avez déjà effectué le paiement,\n"
                "merci de nous indiquer la date et la référence afin que nous puissions le\n"
                "rapprocher. Si un élément de la facture vous semble inexact, répondez\n"
                "simplement à ce courriel.\n\nCordialement,\n\nComptabilité clients\n%s\n") % (
                    greet, "la facture suivante reste impayée" if n == 1 else "les factures suivantes restent impayées",
                    rows, tot, pay, V["name"])
    else:
        raise ValueError(lang)
    return subj, body


# ---------------------------------------------------------------- quoting

WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
MO = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
}
WD_SHORT = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
}
MO_SHORT = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
}


def quote_block(style, lang, sent_local, sender, to, subj, body):
    """Render the quoted reminder under a reply."""
    d = sent_local
    hm = d.strftime("%H:%M")
    if style == "gmail":
        if lang == "en":
            intro = "On %s, %d %s %d at %s, %s wrote:" % (WD_SHORT["en"][d.weekday()], d.day,
                                                      MO_SHORT["en"][d.month - 1], d.year, hm, sender)
        elif lang == "pt":
            intro = "Em %s, %d de %s de %d às %s, %s escreveu:" % (WD_SHORT["pt"][d.weekday()], d.day,
                                                                 MO_SHORT["pt"][d.month - 1], d.year, hm, sender)
        elif lang == "it":
            intro = "Il giorno %s %d %s %d alle ore %s %s ha scritto:" % (
                WD_SHORT["it"][d.weekday()], d.day, MO_SHORT["it"][d.month - 1], d.year, hm, sender)
        elif lang == "nl":
            intro = "Op %s %d %s %d om %s schreef %s:" % (WD_SHORT["nl"][d.weekday()], d.day,
                                                          MO_SHORT["nl"][d.month - 1], d.year, hm, sender)
        else:
            intro = "Le %s %d %s %d à %s, %s a écrit :" % (WD_SHORT["fr"][d.weekday()], d.day,
                                                           MO_SHORT["fr"][d.month - 1], d.year, hm, sender)
        q = "\n".join((">" if not ln else "> " + ln) for ln in body.rstrip("\n").split("\n"))
        return intro + "\n\n" + q + "\n"
    if style == "apple":
        intro = "On %d %s %d, at %s, %s wrote:" % (d.day, MO_SHORT["en"][d.month - 1], d.year, hm, sender)
        q = "\n".join((">" if not ln else "> " + ln) for ln in body.rstrip("\n").split("\n"))
        return intro + "\n\n" + q + "\n"
    if style == "outlook":
        if lang == "en":
            h = "From: %s\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s" % (
                sender, WD["en"][d.weekday()], MO["en"][d.month - 1], d.day, d.year,
                d.strftime("%I:%M %p").lstrip("0"), to, subj)
            sep = "________________________________"
        elif lang == "pt":
            h = "De: %s\nEnviada: %s, %d de %s de %d %s\nPara: %s\nAssunto: %s" % (
                sender, WD["pt"][d.weekday()], d.day, MO["pt"][d.month - 1], d.year, hm, to, subj)
            sep = "________________________________"
        elif lang == "it":
            h = "Da: %s\nInviato: %s %d %s %d %s\nA: %s\nOggetto: %s" % (
                sender, WD["it"][d.weekday()], d.day, MO["it"][d.month - 1], d.year, hm, to, subj)
            sep = "-----Messaggio originale-----"
        elif lang == "nl":
            h = "Van: %s\nVerzonden: %s %d %s %d %s\nAan: %s\nOnderwerp: %s" % (
                sender, WD["nl"][d.weekday()], d.day, MO["nl"][d.month - 1], d.year, hm, to, subj)
            sep = "________________________________"
        else:
            h = "De : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s" % (
                sender, WD["fr"][d.weekday()], d.day, MO["fr"][d.month - 1], d.year, hm, to, subj)
            sep = "________________________________"
        return sep + "\n" + h + "\n\n" + body
    raise ValueError(style)


# ---------------------------------------------------------------- MIME

def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76, header_name="Subject").encode()


def fmt_from(name, addr):
    return email.utils.formataddr((name, addr), charset="utf-8")


def fake_id(key, domain, kind="gmail"):
    h = hashlib.sha256(key.encode()).hexdigest().upper()
    if kind == "gmail":
        b = base64.b64encode(hashlib.sha256(key.encode()).digest()).decode()
        b = b.replace("/", "x").replace("+", "Q").rstrip("=")
        return "<CA%s@mail.gmail.com>" % b[:44]
    if kind.startswith("outlook"):
        region = kind.split(":")[1] if ":" in kind else "eurprd"
        pre = {"eurprd": "AM", "namprd": "YT", "apcprd": "SY", "brprd": "CP"}[region]
        srv = "%s%dPR%02dMB%s" % (pre, int(h[0], 16) % 9, int(h[1:3], 16) % 20, str(int(h[3:7], 16)).zfill(4)[:4])
        return "<%s%s@%s.%s%02d.prod.outlook.com>" % (srv, h[8:32], srv, region, int(h[7:9], 16) % 14 + 1)
    return "<%s.%s@%s>" % (h[:16].lower(), h[16:24].lower(), domain)


def encode_body(text, cte, charset):
    if cte == "7bit":
        text.encode("ascii")
        return text
    if cte == "8bit":
        assert charset.lower() == "utf-8"
        return text
    if cte == "qp":
        out = quopri.encodestring(text.encode(charset)).decode("ascii")
        return out
    if cte == "b64":
        return base64.encodebytes(text.encode(charset)).decode("ascii")
    raise ValueError(cte)


CTE_NAME = {"7bit": "7bit", "8bit": "8bit", "qp": "quoted-printable", "b64": "base64"}


def text_part(text, cte, charset, subtype="plain", extra=""):
    head = 'Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (
        subtype, charset, extra, CTE_NAME[cte])
    return head, encode_body(text, cte, charset)


def to_html(text, hidden=None):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(ln) for ln in p.split("\n")]
        if all(ln.startswith("&gt;") for ln in lines):
            inner = "<br>\n".join(ln[4:].lstrip() for ln in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(lines))
    if hidden:
        out.insert(1, hidden)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            '<body>\n<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</div>\n</body>\n</html>\n'
            % "\n".join(out))


def boundary(key, n=0):
    return "----=_Part_%s_%d" % (hashlib.md5(key.encode()).hexdigest()[:20], n)


# ---------------------------------------------------------------- dates

def parse_today(date_header):
    d = email.utils.parsedate_to_datetime(date_header)
    return d.date()  # calendar date in the header's own offset


def end_of_month(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def resolve(spec, today):
    """Resolve a date phrase spec against 'today' (contract conventions)."""
    if spec is None:
        return None
    kind = spec[0]
    if kind == "tomorrow":
        return today + timedelta(1)
    if kind == "yesterday":
        return today - timedelta(1)
    if kind == "today":
        return today
    if kind == "weekday":          # "Friday" / "this Friday": coming one, today if today
        return today + timedelta((spec[1] - today.weekday()) % 7)
    if kind == "next_weekday":     # "next Friday": that weekday in the following Mon-Sun week
        return today + timedelta(7 - today.weekday() + spec[1])
    if kind == "past_weekday":     # "on Monday"/"last Friday" for a past event: latest one before today
        back = (today.weekday() - spec[1]) % 7 or 7
        return today - timedelta(back)
    if kind == "eom":
        return end_of_month(today.year, today.month)
    if kind == "eom_named":
        return end_of_month(today.year, spec[1])
    if kind == "plus_days":
        return today + timedelta(spec[1])
    if kind == "by_the":
        day = spec[1]
        if today.day <= day:
            return today.replace(day=day)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, day)
    if kind == "this_week":
        return today + timedelta(4 - today.weekday())
    if kind == "iso_week":         # "week 12" / "KW 12": that ISO week's Friday
        return date.fromisocalendar(today.year, spec[1], 5)
    if kind == "first_week_of":    # "the first week of April" = April 7
        return date(today.year, spec[1], 7)
    if kind == "dm_future":        # day+month without year, future event
        c = date(today.year, spec[2], spec[1])
        return c if c >= today else date(today.year + 1, spec[2], spec[1])
    if kind == "dm_past":          # day+month without year, past event
        c = date(today.year, spec[2], spec[1])
        return c if c <= today else date(today.year - 1, spec[2], spec[1])
    if kind == "ymd":
        return date(spec[1], spec[2], spec[3])
    raise ValueError(spec)
