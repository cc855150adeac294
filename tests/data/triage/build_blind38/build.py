#!/usr/bin/env python3
"""Deterministic, stdlib-only generator of a held-out `triage` set.

Theme: the AR inbox of a freight forwarder (Halvard Freight Group: ocean and road
freight, customs brokerage, warehousing). Every message replies to, auto-answers
or bounces a dunning email from collections+CASE@ar.halvard-freight.example.

    python3 build.py     # rewrites emails.jsonl and labels.jsonl byte for byte

All date labels are computed from each item's own Date header (in that header's
own UTC offset) with the rules of contracts/triage.md.
"""
import base64
import calendar
import email
import email.policy
import hashlib
import json
import os
import quopri
import random
import re
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
AR_DOMAIN = "ar.halvard-freight.example"
AR_NAME = "Halvard Freight Receivables"

INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
           "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
           "delivery_failure", "acknowledgement", "other"]
REASONS = ["pricing", "quantity", "quality", "not_received", "duplicate", "missing_po",
           "cancelled", "other"]

# ---------------------------------------------------------------- date rules


def this_wd(t, wd):
    """'Friday', 'this Friday': the coming weekday, today if today is that day."""
    return t + timedelta((wd - t.weekday()) % 7)


def next_wd(t, wd):
    """'next Friday': that weekday in the following Monday-Sunday week."""
    return t + timedelta(7 - t.weekday() + wd)


def eom(t):
    return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])


def eom_named(t, month):
    """'the end of April': last day of the named month (next occurrence)."""
    y = t.year if month >= t.month else t.year + 1
    return date(y, month, calendar.monthrange(y, month)[1])


def week_friday(t):
    """'this week' / 'w tym tygodniu': that week's Friday."""
    return t - timedelta(t.weekday()) + timedelta(4)


def kw_friday(t, week):
    """'KW 15': Friday of ISO week 15 of the Date's year."""
    return date.fromisocalendar(t.year, week, 5)


def dm_future(t, day, month):
    """Day and month with no year, for a future event: next one on or after the Date."""
    d = date(t.year, month, day)
    return d if d >= t else date(t.year + 1, month, day)


def dm_past(t, day, month):
    """Day and month with no year, for a past event: latest one on or before the Date."""
    d = date(t.year, month, day)
    return d if d <= t else date(t.year - 1, month, day)


def explicit(y, m, d):
    return lambda t: date(y, m, d)


# ---------------------------------------------------------------- formatting

def amt_en(a):
    return f"{Decimal(a):,.2f}"


def amt_de(a):
    return amt_en(a).replace(",", "#").replace(".", ",").replace("#", ".")


def amt_sp(a):
    return amt_en(a).replace(",", " ").replace(".", ",")


PROFILES = {
    "gb": dict(rlang="en", entity="Halvard Freight UK Ltd", pay="BACS or CHAPS"),
    "us": dict(rlang="en", entity="Halvard Freight Inc.", pay="ACH or wire"),
    "de": dict(rlang="de", entity="Halvard Freight GmbH"),
    "fr": dict(rlang="fr", entity="Halvard Freight France SAS"),
    "befr": dict(rlang="fr", entity="Halvard Freight Belgium NV"),
    "benl": dict(rlang="nl", entity="Halvard Freight Belgium NV"),
    "nl": dict(rlang="nl", entity="Halvard Freight B.V."),
    "es": dict(rlang="es", entity="Halvard Freight Iberia, S.L."),
    "mx": dict(rlang="es", entity="Halvard Freight México, S.A. de C.V."),
    "pt": dict(rlang="pt", entity="Halvard Freight Portugal, Lda."),
    "it": dict(rlang="it", entity="Halvard Freight Italia S.r.l."),
    "pl": dict(rlang="pl", entity="Halvard Freight Polska Sp. z o.o."),
}


def money(a, cur, country):
    if country in ("gb", "us"):
        return f"{cur} {amt_en(a)}"
    if country == "mx":
        return f"${amt_en(a)} {cur}"
    if country in ("fr", "befr", "pl"):
        return f"{amt_sp(a)} {cur}"
    if country in ("nl", "benl"):
        return f"€ {amt_de(a)}" if cur == "EUR" else f"{cur} {amt_de(a)}"
    return f"{amt_de(a)} {cur}"


def due_fmt(iso, country):
    d = date.fromisoformat(iso)
    if country == "gb":
        return f"{d.day:02d} {calendar.month_abbr[d.month]} {d.year}"
    if country == "us":
        return d.strftime("%m/%d/%Y")
    if country in ("de", "pl"):
        return d.strftime("%d.%m.%Y")
    if country in ("nl", "benl"):
        return d.strftime("%d-%m-%Y")
    return d.strftime("%d/%m/%Y")


SUBJ = {
    "en": ("Payment reminder: invoice {inv} overdue ({amt})",
           "Payment reminder: {n} invoices overdue ({amt})"),
    "de": ("Zahlungserinnerung: Rechnung {inv} überfällig ({amt})",
           "Zahlungserinnerung: {n} Rechnungen überfällig ({amt})"),
    "fr": ("Relance : facture {inv} échue ({amt})",
           "Relance : {n} factures échues ({amt})"),
    "es": ("Recordatorio de pago: factura {inv} vencida ({amt})",
           "Recordatorio de pago: {n} facturas vencidas ({amt})"),
    "nl": ("Betalingsherinnering: factuur {inv} vervallen ({amt})",
           "Betalingsherinnering: {n} facturen vervallen ({amt})"),
    "it": ("Sollecito di pagamento: fattura {inv} scaduta ({amt})",
           "Sollecito di pagamento: {n} fatture scadute ({amt})"),
    "pl": ("Przypomnienie o płatności: faktura {inv} po terminie ({amt})",
           "Przypomnienie o płatności: {n} faktury po terminie ({amt})"),
    "pt": ("Lembrete de pagamento: fatura {inv} vencida ({amt})",
           "Lembrete de pagamento: {n} faturas vencidas ({amt})"),
}

REM = {
    "en": """Dear {first},

Our ledger shows the following {what} for {company} as overdue:

  Invoice     Due date       Amount
{table}

Total overdue: {total}

Please pay by {pay} to the account printed on the invoice and quote the
invoice number as the payment reference. If you have already paid, please
reply with the payment date and reference so we can allocate it. If you
have a question about any charge, simply reply to this email.

Kind regards,

Credit Control
{entity}
""",
    "de": """Sehr geehrte Damen und Herren,

laut unserer Buchhaltung sind folgende Rechnungen der {company} überfällig:

  Rechnung    Fällig am      Betrag
{table}

Offener Betrag gesamt: {total}

Bitte überweisen Sie den Betrag per SEPA-Überweisung auf das auf der
Rechnung angegebene Konto und geben Sie die Rechnungsnummer als
Verwendungszweck an. Sollten Sie bereits gezahlt haben, teilen Sie uns
bitte Zahlungsdatum und Referenz mit, damit wir die Zahlung zuordnen
können. Bei Fragen zu einzelnen Positionen antworten Sie einfach auf
diese E-Mail.

Mit freundlichen Grüßen

Forderungsmanagement
{entity}
""",
    "fr": """Bonjour,

Sauf erreur de notre part, les factures suivantes de {company} restent
impayées à ce jour :

  Facture     Échéance       Montant
{table}

Total échu : {total}

Merci de procéder au règlement par virement SEPA sur le compte indiqué
sur la facture, en rappelant le numéro de facture. Si le paiement a déjà
été effectué, merci de nous indiquer la date et la référence du virement
afin que nous puissions le rapprocher. Pour toute question sur une
prestation facturée, répondez simplement à ce message.

Cordialement,

Service Recouvrement
{entity}
""",
    "es": """Estimados señores:

Según nuestra contabilidad, las siguientes facturas de {company} están
vencidas:

  Factura     Vencimiento    Importe
{table}

Total vencido: {total}

Les rogamos realicen el pago mediante transferencia a la cuenta indicada
en la factura, indicando el número de factura como concepto. Si ya han
efectuado el pago, respondan con la fecha y la referencia para que
podamos conciliarlo. Si tienen alguna duda sobre algún cargo, respondan
a este correo.

Atentamente,

Departamento de Cobros
{entity}
""",
    "nl": """Geachte heer, mevrouw,

Volgens onze administratie staan de volgende facturen van {company}
nog open:

  Factuur     Vervaldatum    Bedrag
{table}

Totaal vervallen: {total}

Wilt u het bedrag overmaken naar de rekening op de factuur, onder
vermelding van het factuurnummer? Heeft u al betaald, laat ons dan de
betaaldatum en de referentie weten, zodat wij de betaling kunnen
afletteren. Heeft u een vraag over een kostenpost, beantwoord dan
gewoon deze e-mail.

Met vriendelijke groet,

Debiteurenbeheer
{entity}
""",
    "it": """Gentili Signori,

dalle nostre registrazioni risultano scadute le seguenti fatture
intestate a {company}:

  Fattura     Scadenza       Importo
{table}

Totale scaduto: {total}

Vi preghiamo di effettuare il bonifico sul conto indicato in fattura,
riportando il numero della fattura nella causale. Se il pagamento è già
stato effettuato, rispondete indicando data e riferimento (CRO/TRN) così
da poterlo abbinare. Per qualsiasi domanda su una voce addebitata è
sufficiente rispondere a questa e-mail.

Cordiali saluti,

Ufficio Crediti
{entity}
""",
    "pl": """Szanowni Państwo,

zgodnie z naszą ewidencją następujące faktury wystawione dla {company}
są przeterminowane:

  Faktura     Termin         Kwota
{table}

Łącznie do zapłaty: {total}

Prosimy o przelew na rachunek wskazany na fakturze, z numerem faktury
w tytule przelewu. Jeżeli płatność została już zrealizowana, prosimy
o podanie daty i numeru referencyjnego przelewu, abyśmy mogli ją
rozliczyć. W razie pytań dotyczących którejkolwiek pozycji wystarczy
odpowiedzieć na tę wiadomość.

Z poważaniem

Dział Windykacji
{entity}
""",
    "pt": """Exmos. Senhores,

De acordo com os nossos registos, as seguintes faturas de {company}
encontram-se vencidas:

  Fatura      Vencimento     Valor
{table}

Total vencido: {total}

Agradecemos o pagamento por transferência SEPA para a conta indicada na
fatura, mencionando o número da fatura. Caso já tenham efetuado o
pagamento, respondam com a data e a referência para que possamos fazer
a conciliação. Para qualquer questão sobre os valores faturados, basta
responder a este e-mail.

Com os melhores cumprimentos,

Departamento de Cobranças
{entity}
""",
}

WD = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
}
WDS = {
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(),
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.".split(),
    "fr": "lun. mar. mer. jeu. ven. sam. dim.".split(),
    "es": "lun mar mié jue vie sáb dom".split(),
    "nl": "ma di wo do vr za zo".split(),
    "it": "lun mar mer gio ven sab dom".split(),
    "pl": "pon. wt. śr. czw. pt. sob. niedz.".split(),
    "pt": "seg. ter. qua. qui. sex. sáb. dom.".split(),
}
MON = {
    "en": [None] + "January February March April May June July August September October November December".split(),
    "de": [None] + "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": [None] + "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": [None] + "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "nl": [None] + "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "it": [None] + "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pl": [None] + "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "pt": [None] + "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
}
MONS = {
    "en": [None] + "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "es": [None] + "ene feb mar abr may jun jul ago sept oct nov dic".split(),
    "nl": [None] + "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "it": [None] + "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "pl": [None] + "sty lut mar kwi maj cze lip sie wrz paź lis gru".split(),
    "pt": [None] + "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.".split(),
    "fr": [None] + "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "de": [None] + "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
}
OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:"),
    "pl": ("Od:", "Wysłano:", "Do:", "Temat:"),
    "pt": ("De:", "Enviado:", "Para:", "Assunto:"),
}


def outlook_sent(d, lang, us=False):
    hm = d.strftime("%H:%M")
    if lang == "en" and us:
        h12 = d.strftime("%I").lstrip("0") + d.strftime(":%M %p")
        return f"{WD['en'][d.weekday()]}, {MON['en'][d.month]} {d.day}, {d.year} {h12}"
    if lang == "en":
        return f"{d.day:02d} {MON['en'][d.month]} {d.year} {hm}"
    if lang == "de":
        return f"{WD['de'][d.weekday()]}, {d.day}. {MON['de'][d.month]} {d.year} {hm}"
    if lang == "es":
        return f"{WD['es'][d.weekday()]}, {d.day} de {MON['es'][d.month]} de {d.year} {d.hour}:{d.minute:02d}"
    if lang == "pt":
        return f"{WD['pt'][d.weekday()]}, {d.day} de {MON['pt'][d.month]} de {d.year} {hm}"
    if lang == "pl":
        return f"{WD['pl'][d.weekday()]}, {d.day} {MON['pl'][d.month]} {d.year} {hm}"
    return f"{WD[lang][d.weekday()]} {d.day} {MON[lang][d.month]} {d.year} {hm}"


def gmail_attrib(d, lang, name, addr):
    hm = d.strftime("%H:%M")
    wd = WDS[lang][d.weekday()]
    if lang == "en":
        return f"On {wd}, {d.day} {MONS['en'][d.month]} {d.year} at {hm}, {name} <{addr}> wrote:"
    if lang == "de":
        return f"Am {wd}, {d.day}. {MON['de'][d.month]} {d.year} um {hm} Uhr schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {wd} {d.day} {MONS['fr'][d.month]} {d.year} à {hm}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {wd}, {d.day} {MONS['es'][d.month]} {d.year} a las {d.hour}:{d.minute:02d}, {name} (<{addr}>) escribió:"
    if lang == "nl":
        return f"Op {wd} {d.day} {MONS['nl'][d.month]} {d.year} om {hm} schreef {name} <{addr}>:"
    if lang == "it":
        return f"Il giorno {wd} {d.day} {MONS['it'][d.month]} {d.year} alle ore {hm} {name} <{addr}> ha scritto:"
    if lang == "pl":
        return f"{wd}, {d.day} {MONS['pl'][d.month]} {d.year} o {hm} {name} <{addr}> napisał(a):"
    if lang == "pt":
        return f"{wd}, {d.day} de {MONS['pt'][d.month]} de {d.year} às {hm}, {name} <{addr}> escreveu:".replace(
            f"{wd},", f"Em {wd},", 1)
    raise ValueError(lang)


def hdr(value):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr_hdr(name, addr):
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()"'):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{addr}>"


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "7bit":
        raw.decode("ascii")
        return text
    if cte == "8bit":
        assert charset == "utf-8"
        return text
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text, hidden=None, quote_html=None):
    paras = [p for p in text.split("\n\n")]
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for p in paras:
        if not p.strip():
            continue
        out.append("<p>" + "<br>\n".join(html_escape(line) for line in p.split("\n")) + "</p>")
    if hidden:
        out.append('<div style="display:none;font-size:0;line-height:0;color:#ffffff;max-height:0;overflow:hidden">'
                   + html_escape(hidden) + "</div>")
    out.append("</div>")
    if quote_html:
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        out.append("<p>" + "<br>\n".join(html_escape(line) for line in quote_html.split("\n")) + "</p></div>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def mid_for(key, host, style):
    h = hashlib.sha1(key.encode()).hexdigest().upper()
    if style == "outlook":
        return f"<{h[:4]}PR{h[4:6]}MB{h[6:10]}{h[10:34]}@{h[4:8]}PR{h[8:10]}MB{h[10:14]}.eurprd{int(h[14:16], 16) % 9 + 1:02d}.prod.outlook.com>"
    if style == "gmail":
        b = base64.b32encode(bytes.fromhex(h)).decode().rstrip("=")
        return f"<CA{b[:2]}+{b[2:30]}{h[30:40].lower()}@mail.gmail.com>"
    if style == "apple":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{host}>"
    return f"<{h[:12].lower()}.{h[12:20].lower()}@{host}>"


# ---------------------------------------------------------------- items

ITEMS = []


def tz(off):
    sign = 1 if off[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))


def parse_dt(s):
    d, t, off = s.split()
    return datetime.fromisoformat(f"{d}T{t}").replace(tzinfo=tz(off))


def item(**kw):
    kw.setdefault("kind", "reply")
    kw.setdefault("injection", False)
    ITEMS.append(kw)


# A reply item:
#   key, lang, intent, date, who=(name, addr), company, country, case, invs=[(n, due, amount)], cur,
#   body, quote (style), prefix, mime ('plain'|'alt'|'html'), charset, cte, label={...}, note

exec(open(os.path.join(HERE, "items.py"), encoding="utf-8").read())


# ---------------------------------------------------------------- assembly

def reminder(it):
    prof = PROFILES[it["country"]]
    lang = prof["rlang"]
    country = it["country"]
    cur = it["cur"]
    invs = it["invs"]
    total = sum(Decimal(a) for _, _, a in invs)
    total_s = money(f"{total:.2f}", cur, country)
    if len(invs) == 1:
        subject = SUBJ[lang][0].format(inv=invs[0][0], amt=total_s)
    else:
        subject = SUBJ[lang][1].format(n=len(invs), amt=total_s)
    rows = "\n".join(f"  {n:<11} {due_fmt(d, country):<14} {money(a, cur, country)}" for n, d, a in invs)
    rem_to = it.get("rem_to") or it["who"]
    first = rem_to[0].split()[0] if rem_to[0].split()[0] not in ("Accounts", "Lic.", "Ing.", "C.P.") else "colleague"
    if rem_to[0].startswith("Accounts"):
        first = "Accounts Payable team"
    text = REM[lang].format(
        first=first, what="invoice" if len(invs) == 1 else f"{len(invs)} invoices",
        company=it["company"], table=rows, total=total_s, entity=prof["entity"],
        pay=prof.get("pay", ""))
    reply_dt = parse_dt(it["date"])
    if "rem_delta" in it:
        rem_utc = (reply_dt - it["rem_delta"]).astimezone(timezone.utc).replace(microsecond=0)
    else:
        # reminders go out at 08:30 in the customer's own zone, on a working day
        base = (reply_dt - timedelta(days=it.get("rem_days", 3))).replace(hour=8, minute=30, second=0,
                                                                         microsecond=0)
        while base.weekday() >= 5:
            base -= timedelta(days=1)
        rem_utc = base.astimezone(timezone.utc)
    assert rem_utc < reply_dt
    msgid = f"<{it['case']}.r{it.get('stage', 1)}.{rem_utc:%Y%m%dT%H%M%SZ}@{AR_DOMAIN}>"
    return dict(subject=subject, text=text, msgid=msgid, rem_dt=rem_utc.astimezone(reply_dt.tzinfo),
                rem_utc=rem_utc, to=rem_to, lang=lang)


def quote_block(it, rem):
    style = it.get("quote", "none")
    if style == "none":
        return ""
    ar_addr = f"collections+{it['case']}@{AR_DOMAIN}"
    qlang = style.split("-")[1]
    kind = style.split("-")[0]
    d = rem["rem_dt"]
    to_name, to_addr = rem["to"]
    if kind == "outlook":
        lab = OUTLOOK_LABELS[qlang]
        us = style.endswith("-us")
        sent = outlook_sent(d, qlang, us=us)
        head = [f"{lab[0]} {AR_NAME} <{ar_addr}>", f"{lab[1]} {sent}",
                f"{lab[2]} {to_name} <{to_addr}>", f"{lab[3]} {rem['subject']}"]
        sep = "________________________________" if qlang != "en" or us else "-----Original Message-----"
        return "\n" + sep + "\n" + "\n".join(head) + "\n\n" + rem["text"]
    if kind == "gmail":
        att = gmail_attrib(d, qlang, AR_NAME, ar_addr)
        q = "\n".join(("> " + line) if line else ">" for line in rem["text"].rstrip("\n").split("\n"))
        return "\n" + att + "\n\n" + q + "\n"
    if kind == "apple":
        att = f"On {d.day} {MONS['en'][d.month]} {d.year}, at {d:%H:%M}, {AR_NAME} <{ar_addr}> wrote:"
        q = "\n".join(("> " + line) if line else ">" for line in rem["text"].rstrip("\n").split("\n"))
        return "\n" + att + "\n>\n" + q + "\n"
    raise ValueError(style)


def text_part(text, subtype, charset, cte, extra=""):
    if cte == "7bit" and not text.isascii():
        cte = "quoted-printable"
    body = encode_body(text, charset, cte)
    if not body.endswith("\n"):
        body += "\n"
    return (f'Content-Type: text/{subtype}; charset="{charset}"{extra}\n'
            f"Content-Transfer-Encoding: {cte}\n\n{body}")


def build_reply(it):
    rem = reminder(it)
    dt = parse_dt(it["date"])
    name, addr = it["who"]
    host = addr.split("@")[1]
    client = it.get("client", "outlook" if it.get("quote", "").startswith("outlook") else "gmail")
    prefix = it.get("prefix", "Re: ")
    subject = it.get("subject") or (prefix + rem["subject"])
    to = it.get("to_hdr", f"{AR_NAME} <collections+{it['case']}@{AR_DOMAIN}>")
    h = ["MIME-Version: 1.0", f"Date: {format_datetime(dt)}",
         f"Message-ID: {mid_for(it['key'], host, client)}"]
    if it["kind"] != "bounce" and not it.get("no_thread"):
        h += [f"In-Reply-To: {rem['msgid']}", f"References: {rem['msgid']}"]
    h += [f"Subject: {hdr(subject)}", f"From: {addr_hdr(name, addr)}", f"To: {to}"]
    if it.get("cc"):
        h.append(f"Cc: {it['cc']}")
    if client == "outlook":
        h += [f"Thread-Topic: {hdr(rem['subject'])}", f"Content-Language: {it.get('clang', 'en-GB')}"]
    h += it.get("headers", [])
    if client == "gmail" and it["kind"] == "reply":
        pass
    body = it["body"].strip("\n") + "\n"
    quote = quote_block(it, rem)
    full = body + quote
    charset = it.get("charset", "utf-8")
    cte = it.get("cte", "7bit")
    mime = it.get("mime", "plain")
    if mime == "plain":
        extra = "; format=flowed" if it.get("flowed") else ""
        return "\n".join(h) + "\n" + text_part(full, "plain", charset, cte, extra)
    if mime == "html":
        html = text_to_html(body, hidden=it.get("hidden"), quote_html=quote.strip("\n") or None)
        return "\n".join(h) + "\n" + text_part(html, "html", charset, it.get("html_cte", "quoted-printable"))
    if mime in ("alt", "mixed"):
        b = "_000_" + hashlib.md5(it["key"].encode()).hexdigest() + "_"
        html = text_to_html(body, hidden=it.get("hidden"), quote_html=quote.strip("\n") or None)
        alt = (f"--{b}\n" + text_part(full, "plain", charset, cte) + "\n"
               f"--{b}\n" + text_part(html, "html", charset, "quoted-printable") + "\n"
               f"--{b}--\n")
        if mime == "alt":
            return "\n".join(h) + "\n" + f'Content-Type: multipart/alternative; boundary="{b}"\n\n' + alt
        m = "_mix_" + hashlib.md5(it["key"].encode()).hexdigest()[:20] + "_"
        fname, payload = it["attachment"]
        pdf = base64.encodebytes(payload).decode("ascii")
        return ("\n".join(h) + "\n" + f'Content-Type: multipart/mixed; boundary="{m}"\n\n'
                f"--{m}\n" + f'Content-Type: multipart/alternative; boundary="{b}"\n\n' + alt + "\n"
                f"--{m}\n" + f'Content-Type: application/pdf; name="{fname}"\n'
                f'Content-Disposition: attachment; filename="{fname}"\n'
                "Content-Transfer-Encoding: base64\n\n" + pdf + f"\n--{m}--\n")
    raise ValueError(mime)


def build_auto(it):
    rem = reminder(it)
    dt = parse_dt(it["date"])
    name, addr = it["who"]
    host = addr.split("@")[1]
    subject = it.get("subject") or (it["prefix"] + rem["subject"])
    h = ["MIME-Version: 1.0", f"Date: {format_datetime(dt)}",
         f"Message-ID: {mid_for(it['key'], host, it.get('client', 'outlook'))}",
         f"In-Reply-To: {rem['msgid']}", f"References: {rem['msgid']}",
         f"Subject: {hdr(subject)}", f"From: {addr_hdr(name, addr)}",
         f"To: {AR_NAME} <collections+{it['case']}@{AR_DOMAIN}>"]
    if it.get("client", "outlook") == "outlook":
        h.append(f"Thread-Topic: {hdr(rem['subject'])}")
    h += it.get("headers", ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    body = it["body"].strip("\n") + "\n"
    charset = it.get("charset", "utf-8")
    cte = it.get("cte", "7bit")
    if it.get("mime") == "alt":
        b = "_000_" + hashlib.md5(it["key"].encode()).hexdigest() + "_"
        html = text_to_html(body)
        return ("\n".join(h) + "\n" + f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
                f"--{b}\n" + text_part(body, "plain", charset, cte) + "\n"
                f"--{b}\n" + text_part(html, "html", charset, "quoted-printable") + "\n"
                f"--{b}--\n")
    return "\n".join(h) + "\n" + text_part(body, "plain", charset, cte)


def original_message(it, rem, with_body=True):
    """The reminder as it left our MTA (for bounces)."""
    to_name, to_addr = rem["to"]
    ru = rem["rem_utc"]
    hs = [f"From: {AR_NAME} <collections+{it['case']}@{AR_DOMAIN}>",
          f"To: {to_addr}",
          f"Subject: {hdr(rem['subject'])}",
          f"Date: {format_datetime(ru)}",
          f"Message-ID: {rem['msgid']}",
          "MIME-Version: 1.0"]
    if not with_body:
        return "\n".join(hs) + '\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
    return ("\n".join(hs) + '\nContent-Type: text/plain; charset="utf-8"\n'
            "Content-Transfer-Encoding: quoted-printable\n\n"
            + quopri.encodestring(rem["text"].encode("utf-8")).decode("ascii"))


def build_bounce(it):
    rem = reminder(it)
    return it["render"](it, rem)


def build(it):
    if it["kind"] == "reply":
        eml = build_reply(it)
    elif it["kind"] == "auto":
        eml = build_auto(it)
    else:
        eml = build_bounce(it)
    if it.get("crlf"):
        eml = eml.replace("\r\n", "\n").replace("\n", "\r\n")
    return eml


FIELDS = ["promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]


def make_label(it, new_id):
    dt = parse_dt(it["date"])
    today = dt.date()  # calendar date in the header's own offset
    lab = {"id": new_id, "intent": it["intent"]}
    src = it["label"]
    fmt = {"today": f"{today:%a %d %b %Y}"}
    for f in FIELDS:
        v = src.get(f, [] if f == "invoice_numbers" else None)
        if callable(v):
            v = v(today).isoformat()
        lab[f] = v
        if v is not None and f != "invoice_numbers":
            fmt[f] = v
    lab["injection"] = bool(it["injection"])
    lab["note"] = f"[{it['key']}, {it['lang']}] " + it["note"].format(**fmt)
    return lab


def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == "message/rfc822":
            continue
        else:
            p = part.get_payload(decode=True)
            if p:
                out.append(p.decode("utf-8", "replace"))
    for k in ("Subject",):
        if msg[k]:
            out.append(str(msg[k]))
    return "\n".join(out)


def check(it, eml, lab):
    msg = email.message_from_bytes(eml.encode("utf-8"), policy=email.policy.default)
    assert msg["Date"] is not None, it["key"]
    d = msg["Date"].datetime
    assert d.date() == parse_dt(it["date"]).date(), it["key"]
    text = all_text(msg) + "\n" + eml
    assert "\ufffd" not in all_text(msg), it["key"]
    assert lab["intent"] in INTENTS, it["key"]
    assert lab["dispute_reason"] in REASONS + [None], it["key"]
    assert (lab["currency"] is None) == (lab["promised_amount"] is None), it["key"]
    if lab["promised_amount"] is not None:
        assert re.fullmatch(r"\d+\.\d\d", lab["promised_amount"]), it["key"]
        assert re.fullmatch(r"[A-Z]{3}", lab["currency"]), it["key"]
    for n in lab["invoice_numbers"]:
        assert re.fullmatch(r"INV-\d{4}", n), (it["key"], n)
        assert n[4:] in text, (it["key"], n)
    assert len(set(lab["invoice_numbers"])) == len(lab["invoice_numbers"]), it["key"]
    if lab["new_contact_email"]:
        assert lab["new_contact_email"] in text, it["key"]
    if lab["payment_reference"]:
        assert lab["payment_reference"] in text, it["key"]
    for f in ("promised_date", "paid_date", "return_date"):
        if lab[f]:
            date.fromisoformat(lab[f])
    if it["kind"] == "auto":
        assert lab["intent"] == "out_of_office", it["key"]
    if it["kind"] == "bounce":
        assert lab["intent"] == "delivery_failure", it["key"]


def main():
    keys = [it["key"] for it in ITEMS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    order = list(range(len(ITEMS)))
    random.Random(20260338).shuffle(order)
    emails, labels = [], []
    for pos, idx in enumerate(order):
        it = ITEMS[idx]
        new_id = f"h{pos + 1:03d}"
        try:
            eml = build(it)
        except Exception as e:
            raise SystemExit(f"{it['key']}: {e!r}")
        lab = make_label(it, new_id)
        check(it, eml, lab)
        emails.append({"id": new_id, "eml": eml})
        labels.append(lab)
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    counts = {}
    for lab in labels:
        counts[lab["intent"]] = counts.get(lab["intent"], 0) + 1
    print(len(labels), "items;", ", ".join(f"{k}={counts.get(k, 0)}" for k in INTENTS),
          "; injections:", sum(lab["injection"] for lab in labels))


if __name__ == "__main__":
    main()
