"""Shared machinery for blind set 365: reminders, quoting, MIME assembly, date rules.

Standard library only. Deterministic: every random choice goes through RNG (seed 365).
"""
import base64
import calendar
import html as htmlmod
import quopri
import random
import uuid
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import parsedate_to_datetime

RNG = random.Random(365)

COMPANY = "Harrow Pallet & Crate Co."
DOM = "billing.harrowcrate.example"
SENDER_NAME = "Harrow Billing"


def case_addr(case):
    return f"ar+{case}@{DOM}"


def reminder_mid(case, n, sent):
    return f"<{case}.r{n}.{sent:%Y%m%dT%H%M%SZ}@{DOM}>"


# ---------------------------------------------------------------- random ids
def rhex(n, upper=True):
    s = "".join(RNG.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ruuid():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4)).upper()


def ralnum(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def msgid(client, domain):
    if client.startswith("outlook"):
        pfx = RNG.choice(["BN8PR12MB", "CH2PR11MB", "PH0PR12MB", "SA1PR04MB", "DM6PR07MB", "AM9PR08MB", "PR3PR02MB", "GV1PR10MB"])
        box = pfx + str(RNG.randint(1000, 9999))
        region = "namprd%02d" % RNG.randint(1, 22) if pfx[:2] in ("BN", "CH", "PH", "SA", "DM") else "eurprd%02d" % RNG.randint(1, 9)
        return f"<{box}{rhex(24)}@{box}.{region}.prod.outlook.com>"
    if client == "gmail":
        return f"<CA+{ralnum(22)}{ralnum(14)}@mail.gmail.com>"
    if client == "apple":
        return f"<{ruuid()}@{domain}>"
    if client == "thunderbird":
        return f"<{ruuid().lower()}@{domain}>"
    return f"<{datetime.now().year and rhex(8, False)}.{rhex(10, False)}@{domain}>"


def boundary(style="generic"):
    if style == "outlook":
        return "_000_" + rhex(30) + "_"
    if style == "apple":
        return "Apple-Mail=_" + ruuid()
    if style == "gmail":
        return "000000000000" + rhex(16, False)
    if style == "thunderbird":
        return "------------" + ralnum(24)
    return "----=_Part_" + str(RNG.randint(10000, 99999)) + "_" + str(RNG.randint(10 ** 8, 10 ** 9)) + "." + str(RNG.randint(10 ** 12, 10 ** 13))


# ---------------------------------------------------------------- locales
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
}
MON_ABBR = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "pl": ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
    "tr": ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"],
}
WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
}
WD_ABBR = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "pl": ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
    "tr": ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"],
}


def lang_of(loc):
    return loc.split("-")[0]


def fmt_amount(value, lang):
    """value: decimal string like '12480.00' -> locale display without currency."""
    whole, frac = value.split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if lang in ("en", "es"):
        return ",".join(groups) + "." + frac
    if lang in ("fr", "pl"):
        return " ".join(groups) + "," + frac
    return ".".join(groups) + "," + frac


# ---------------------------------------------------------------- reminders
REM = {
    "en": dict(
        s1="Reminder: invoice {inv} is {days} days overdue ({cur} {amt})",
        s2="Second notice: invoice {inv} is {days} days past due ({cur} {amt})",
        sm1="Reminder: {k} invoices overdue ({cur} {amt})",
        sm2="Second notice: {k} invoices past due ({cur} {amt})",
        body="""Hello {greet},

Our records show that the following invoices for {cust} are past due:

  Invoice      Due date      Amount
{table}

Total overdue: {cur} {amt}

These cover pallet hire, pallet deposits and crate orders billed to your
account. You can pay online at https://pay.harrowcrate.example/c/{case}
or by ACH / wire using the remittance details on the invoice. If you have
already paid, please reply with the payment date and reference so we can
match it. If anything on the invoice looks wrong, just reply and tell us.

Thank you,

Harrow Billing
Accounts Receivable | Harrow Pallet & Crate Co.
Case {case}"""),
    "fr": dict(
        s1="Rappel : facture {inv} en retard de {days} jours ({amt} {cur})",
        s2="Deuxième avis : facture {inv} en souffrance depuis {days} jours ({amt} {cur})",
        sm1="Rappel : {k} factures en retard ({amt} {cur})",
        sm2="Deuxième avis : {k} factures en souffrance ({amt} {cur})",
        body="""Bonjour {greet},

Selon nos registres, les factures suivantes de {cust} sont échues :

  Facture      Échéance      Montant
{table}

Total échu : {amt} {cur}

Il s'agit de location de palettes, de consignes de palettes et de caisses
facturées à votre compte. Vous pouvez payer en ligne au
https://pay.harrowcrate.example/c/{case} ou par virement / TEF. Si vous
avez déjà payé, merci de nous indiquer la date et la référence du paiement
afin que nous puissions l'appliquer. Si quelque chose vous semble inexact,
répondez simplement à ce courriel.

Merci,

Harrow Billing
Comptes clients | Harrow Pallet & Crate Co.
Dossier {case}"""),
    "es": dict(
        s1="Recordatorio: factura {inv} vencida hace {days} días ({cur} {amt})",
        s2="Segundo aviso: factura {inv} con {days} días de atraso ({cur} {amt})",
        sm1="Recordatorio: {k} facturas vencidas ({cur} {amt})",
        sm2="Segundo aviso: {k} facturas vencidas ({cur} {amt})",
        body="""Hola {greet}:

Según nuestros registros, las siguientes facturas de {cust} están vencidas:

  Factura      Vencimiento   Importe
{table}

Total vencido: {cur} {amt}

Corresponden a renta de tarimas, depósitos de tarimas y cajas de madera
facturados a su cuenta. Puede pagar en línea en
https://pay.harrowcrate.example/c/{case} o por transferencia. Si ya realizó
el pago, responda con la fecha y la referencia para poder aplicarlo. Si algo
en la factura no es correcto, respóndanos y díganos.

Gracias,

Harrow Billing
Cuentas por cobrar | Harrow Pallet & Crate Co.
Caso {case}"""),
    "pt": dict(
        s1="Lembrete: fatura {inv} vencida há {days} dias ({cur} {amt})",
        s2="Segundo aviso: fatura {inv} em atraso há {days} dias ({cur} {amt})",
        sm1="Lembrete: {k} faturas vencidas ({cur} {amt})",
        sm2="Segundo aviso: {k} faturas em atraso ({cur} {amt})",
        body="""Olá, {greet},

Nossos registros indicam que as seguintes faturas de {cust} estão vencidas:

  Fatura       Vencimento    Valor
{table}

Total vencido: {cur} {amt}

Referem-se a locação de paletes, cauções de paletes e engradados faturados
na sua conta. Você pode pagar on-line em
https://pay.harrowcrate.example/c/{case} ou por transferência. Se já
efetuou o pagamento, responda com a data e a referência para que possamos
baixá-lo. Se algo na fatura parecer errado, é só responder.

Obrigado,

Harrow Billing
Contas a receber | Harrow Pallet & Crate Co.
Caso {case}"""),
    "de": dict(
        s1="Zahlungserinnerung: Rechnung {inv} seit {days} Tagen fällig ({cur} {amt})",
        s2="2. Mahnung: Rechnung {inv} seit {days} Tagen überfällig ({cur} {amt})",
        sm1="Zahlungserinnerung: {k} Rechnungen fällig ({cur} {amt})",
        sm2="2. Mahnung: {k} Rechnungen überfällig ({cur} {amt})",
        body="""Guten Tag {greet},

laut unserer Buchhaltung sind folgende Rechnungen an {cust} überfällig:

  Rechnung     Fällig am     Betrag
{table}

Offener Gesamtbetrag: {cur} {amt}

Es handelt sich um Palettenmiete, Palettenpfand und Kistenaufträge. Sie
können online unter https://pay.harrowcrate.example/c/{case} oder per
Überweisung zahlen. Sollten Sie bereits bezahlt haben, teilen Sie uns bitte
Zahlungsdatum und Referenz mit, damit wir die Zahlung zuordnen können. Falls
an der Rechnung etwas nicht stimmt, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen

Harrow Billing
Debitorenbuchhaltung | Harrow Pallet & Crate Co.
Vorgang {case}"""),
    "it": dict(
        s1="Sollecito: fattura {inv} scaduta da {days} giorni ({cur} {amt})",
        s2="Secondo sollecito: fattura {inv} scaduta da {days} giorni ({cur} {amt})",
        sm1="Sollecito: {k} fatture scadute ({cur} {amt})",
        sm2="Secondo sollecito: {k} fatture scadute ({cur} {amt})",
        body="""Gentile {greet},

dai nostri registri risultano scadute le seguenti fatture intestate a {cust}:

  Fattura      Scadenza      Importo
{table}

Totale scaduto: {cur} {amt}

Si tratta di noleggio pallet, cauzioni pallet e casse su misura. Può pagare
online su https://pay.harrowcrate.example/c/{case} oppure con bonifico. Se
ha già pagato, ci risponda indicando data e riferimento del pagamento così
da poterlo abbinare. Se qualcosa in fattura non torna, ci risponda pure.

Cordiali saluti,

Harrow Billing
Contabilità clienti | Harrow Pallet & Crate Co.
Pratica {case}"""),
    "pl": dict(
        s1="Przypomnienie: faktura {inv} przeterminowana o {days} dni ({amt} {cur})",
        s2="Drugie wezwanie: faktura {inv} przeterminowana o {days} dni ({amt} {cur})",
        sm1="Przypomnienie: {k} przeterminowane faktury ({amt} {cur})",
        sm2="Drugie wezwanie: {k} przeterminowane faktury ({amt} {cur})",
        body="""Dzień dobry {greet},

według naszych zapisów następujące faktury dla {cust} są przeterminowane:

  Faktura      Termin        Kwota
{table}

Razem zaległość: {amt} {cur}

Dotyczą one najmu palet, kaucji za palety i skrzyń na zamówienie. Można
zapłacić online: https://pay.harrowcrate.example/c/{case} lub przelewem.
Jeśli płatność została już zrealizowana, prosimy o podanie daty i tytułu
przelewu, abyśmy mogli ją rozliczyć. Jeśli coś na fakturze się nie zgadza,
prosimy po prostu odpowiedzieć na tę wiadomość.

Z poważaniem

Harrow Billing
Dział należności | Harrow Pallet & Crate Co.
Sprawa {case}"""),
    "tr": dict(
        s1="Hatırlatma: {inv} numaralı fatura {days} gün gecikmede ({amt} {cur})",
        s2="İkinci bildirim: {inv} numaralı fatura {days} gündür ödenmedi ({amt} {cur})",
        sm1="Hatırlatma: {k} fatura vadesi geçti ({amt} {cur})",
        sm2="İkinci bildirim: {k} fatura ödenmedi ({amt} {cur})",
        body="""Merhaba {greet},

Kayıtlarımıza göre {cust} adına kesilen aşağıdaki faturaların vadesi geçmiştir:

  Fatura       Vade          Tutar
{table}

Toplam gecikmiş tutar: {amt} {cur}

Bu faturalar palet kiralama, palet depozitosu ve özel sandık siparişlerine
aittir. https://pay.harrowcrate.example/c/{case} adresinden online veya
havale/EFT ile ödeyebilirsiniz. Ödemeyi zaten yaptıysanız, eşleştirebilmemiz
için lütfen ödeme tarihini ve referansını bildiriniz. Faturada hatalı bir
şey görürseniz bu e-postayı yanıtlamanız yeterlidir.

Teşekkürler,

Harrow Billing
Alacak Hesapları | Harrow Pallet & Crate Co.
Dosya {case}"""),
}


def make_reminder(it):
    """it['rem'] = dict(lang, n, sent 'YYYY-MM-DD HH:MM' UTC, lines [(inv, due, amount)], cur, greet)."""
    r = it["rem"]
    lang = r.get("lang", lang_of(it["loc"]))
    t = REM[lang]
    sent = datetime.strptime(r["sent"], "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)
    cur = r["cur"]
    total = sum(int(a.replace(".", "")) for _, _, a in r["lines"])
    total_s = "%d.%02d" % (total // 100, total % 100)
    rows = []
    for inv, due, amt in r["lines"]:
        show = fmt_amount(amt, lang)
        rows.append(f"  {inv:<12} {due:<13} {cur} {show}" if lang not in ("fr", "pl", "tr") else f"  {inv:<12} {due:<13} {show} {cur}")
    n = r.get("n", 1)
    if len(r["lines"]) == 1:
        inv, due, amt = r["lines"][0]
        days = (sent.date() - date.fromisoformat(due)).days
        subj = t["s1" if n == 1 else "s2"].format(inv=inv, days=days, cur=cur, amt=fmt_amount(amt, lang))
    else:
        subj = t["sm1" if n == 1 else "sm2"].format(k=len(r["lines"]), cur=cur, amt=fmt_amount(total_s, lang))
    body = t["body"].format(greet=r.get("greet", "Accounts Payable"), cust=it["cust"], table="\n".join(rows),
                            cur=cur, amt=fmt_amount(total_s, lang), case=it["case"])
    return dict(subject=subj, body=body, sent=sent, mid=reminder_mid(it["case"], n, sent), lang=lang, cur=cur,
                to=r.get("to", it["frm"][1]), to_name=r.get("to_name", it["frm"][0]))


# ---------------------------------------------------------------- quoting
def local_dt(dt_utc, date_hdr):
    off = parsedate_to_datetime(date_hdr).utcoffset() or timedelta(0)
    return dt_utc.astimezone(timezone(off))


def h12(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def quote_header(style, lang, dt, name, addr):
    d, m, y, w = dt.day, dt.month - 1, dt.year, dt.weekday()
    hm = f"{dt.hour:02d}:{dt.minute:02d}"
    if style == "gmail":
        return {
            "en": f"On {WD_ABBR['en'][w]}, {MON_ABBR['en'][m]} {d}, {y} at {h12(dt)} {name} <{addr}> wrote:",
            "fr": f"Le {WD_ABBR['fr'][w]} {d} {MONTHS['fr'][m]} {y} à {hm}, {name} <{addr}> a écrit :",
            "es": f"El {WD_ABBR['es'][w]}, {d} {MON_ABBR['es'][m]} {y} a las {dt.hour}:{dt.minute:02d}, {name} (<{addr}>) escribió:",
            "pt": f"Em {WD_ABBR['pt'][w]}, {d} de {MON_ABBR['pt'][m]} de {y} às {hm}, {name} <{addr}> escreveu:",
            "de": f"Am {WD_ABBR['de'][w]}, {d}. {MONTHS['de'][m]} {y} um {hm} Uhr schrieb {name} <{addr}>:",
            "it": f"Il giorno {WD_ABBR['it'][w]} {d} {MON_ABBR['it'][m]} {y} alle ore {hm} {name} <{addr}> ha scritto:",
            "pl": f"{WD_ABBR['pl'][w]}, {d} {MON_ABBR['pl'][m]} {y} o {hm} {name} <{addr}> napisał(a):",
            "tr": f"{name} <{addr}>, {d} {MON_ABBR['tr'][m]} {y} {WD_ABBR['tr'][w]}, {hm} tarihinde şunu yazdı:",
        }[lang]
    if style == "apple":
        return {
            "en": f"On {MON_ABBR['en'][m]} {d}, {y}, at {h12(dt)}, {name} <{addr}> wrote:",
            "fr": f"Le {d} {MONTHS['fr'][m]} {y} à {hm}, {name} <{addr}> a écrit :",
            "es": f"El {d} {MON_ABBR['es'][m]} {y}, a las {hm}, {name} <{addr}> escribió:",
            "pt": f"Em {d} de {MON_ABBR['pt'][m]} de {y}, à(s) {hm}, {name} <{addr}> escreveu:",
            "de": f"Am {d:02d}.{m + 1:02d}.{y} um {hm} schrieb {name} <{addr}>:",
            "it": f"Il giorno {d} {MON_ABBR['it'][m]} {y}, alle ore {hm}, {name} <{addr}> ha scritto:",
            "pl": f"Wiadomość napisana przez {name} <{addr}> w dniu {d} {MON_ABBR['pl'][m]} {y}, o godz. {hm}:",
            "tr": f"{name} <{addr}> şu yazıyı yazdı ({d} {MONTHS['tr'][m]} {y} {hm}):",
        }[lang]
    if style == "thunderbird":
        return {
            "en": f"On {m + 1}/{d}/{y} {h12(dt)}, {name} wrote:",
            "de": f"Am {d:02d}.{m + 1:02d}.{y} um {hm} schrieb {name}:",
            "fr": f"Le {d:02d}/{m + 1:02d}/{y} à {hm}, {name} a écrit :",
            "pl": f"W dniu {d:02d}.{m + 1:02d}.{y} o {hm}, {name} pisze:",
            "it": f"Il {d:02d}/{m + 1:02d}/{y} {hm}, {name} ha scritto:",
            "es": f"El {d}/{m + 1}/{y} a las {hm}, {name} escribió:",
            "pt": f"Em {d:02d}/{m + 1:02d}/{y} {hm}, {name} escreveu:",
            "tr": f"{d:02d}.{m + 1:02d}.{y} {hm} tarihinde {name} yazdı:",
        }[lang]
    raise ValueError(style)


def outlook_block(lang, dt, rem, orig=False):
    d, m, y, w = dt.day, dt.month - 1, dt.year, dt.weekday()
    hm = f"{dt.hour:02d}:{dt.minute:02d}"
    frm = f"{SENDER_NAME} <{rem['fromaddr']}>"
    to = f"{rem['to_name']} <{rem['to']}>"
    sent = {
        "en": f"{WD['en'][w]}, {MONTHS['en'][m]} {d}, {y} {h12(dt)}",
        "fr": f"{WD['fr'][w]} {d} {MONTHS['fr'][m]} {y} {hm}",
        "es": f"{WD['es'][w]}, {d} de {MONTHS['es'][m]} de {y} {dt.hour}:{dt.minute:02d}",
        "pt": f"{WD['pt'][w]}, {d} de {MONTHS['pt'][m]} de {y} {hm}",
        "de": f"{WD['de'][w]}, {d}. {MONTHS['de'][m]} {y} {hm}",
        "it": f"{WD['it'][w]} {d} {MONTHS['it'][m]} {y} {hm}",
        "pl": f"{WD['pl'][w]}, {d} {MONTHS['pl'][m]} {y} {hm}",
        "tr": f"{d} {MONTHS['tr'][m]} {y} {WD['tr'][w]} {hm}",
    }[lang]
    lab = {
        "en": ("From:", "Sent:", "To:", "Subject:"),
        "fr": ("De :", "Envoyé :", "À :", "Objet :"),
        "es": ("De:", "Enviado:", "Para:", "Asunto:"),
        "pt": ("De:", "Enviado:", "Para:", "Assunto:"),
        "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
        "it": ("Da:", "Inviato:", "A:", "Oggetto:"),
        "pl": ("Od:", "Wysłano:", "Do:", "Temat:"),
        "tr": ("Kimden:", "Gönderildi:", "Kime:", "Konu:"),
    }[lang]
    if orig:
        head = {"en": "-----Original Message-----", "de": "-----Ursprüngliche Nachricht-----",
                "fr": "-----Message d'origine-----", "es": "-----Mensaje original-----",
                "pt": "-----Mensagem original-----", "it": "-----Messaggio originale-----",
                "pl": "-----Oryginalna wiadomość-----", "tr": "-----Özgün İleti-----"}[lang]
    else:
        head = "________________________________"
    return f"{head}\n{lab[0]} {frm}\n{lab[1]} {sent}\n{lab[2]} {to}\n{lab[3]} {rem['subject']}\n\n{rem['body']}"


def quoted(style, rem, date_hdr):
    lang = rem["qlang"]
    dt = local_dt(rem["sent"], date_hdr)
    if style in ("outlook", "outlook_orig"):
        return "\n\n" + outlook_block(lang, dt, rem, orig=(style == "outlook_orig"))
    if style == "none":
        return ""
    hdr = quote_header(style, lang, dt, SENDER_NAME, rem["fromaddr"])
    q = "\n".join(("> " + ln) if ln else ">" for ln in rem["body"].split("\n"))
    return "\n\n" + hdr + "\n\n" + q + "\n"


# ---------------------------------------------------------------- MIME helpers
def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def enc_addr(name, addr, charset="utf-8"):
    try:
        name.encode("ascii")
        if any(c in name for c in ",.;:@()"):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{addr}>"


def encode_body(text, charset, cte):
    if cte == "7bit":
        text.encode("ascii")
        return text
    if cte == "8bit":
        assert charset == "utf-8"
        return text
    raw = text.replace("\n", "\r\n").encode(charset) if cte == "b64" else text.encode(charset)
    if cte == "qp":
        out = quopri.encodestring(raw, quotetabs=False).decode("ascii")
        return out
    if cte == "b64":
        b = base64.b64encode(raw).decode("ascii")
        return "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    raise ValueError(cte)


CTE_NAME = {"7bit": "7bit", "8bit": "8bit", "qp": "quoted-printable", "b64": "base64"}


def text_part(text, subtype="plain", charset="utf-8", cte="qp", extra=""):
    cs = f'"{charset}"' if RNG.random() < 0.5 else charset
    h = f"Content-Type: text/{subtype}; charset={cs}{extra}\nContent-Transfer-Encoding: {CTE_NAME[cte]}\n"
    return h + "\n" + encode_body(text, charset, cte)


def multipart(subtype, parts, bnd, extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{bnd}"{extra}\n']
    for p in parts:
        out.append(f"--{bnd}\n{p.rstrip(chr(10))}\n")
    out.append(f"--{bnd}--\n")
    return "\n".join(out)


def attachment(data, ctype, filename, disp="attachment"):
    b = base64.b64encode(data).decode("ascii")
    b = "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    return (f'Content-Type: {ctype}; name="{filename}"\nContent-Disposition: {disp}; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b}")


def fake_pdf(lines):
    txt = " ".join(f"({ln.replace('(', '[').replace(')', ']')}) Tj T*" for ln in lines)
    stream = f"BT /F1 10 Tf 14 TL 50 780 Td {txt} ET".encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def text_to_html(text, quote_html="", extra_html="", font="Calibri,Arial,Helvetica,sans-serif"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        paras.append("<p>" + "<br>\n".join(htmlmod.escape(ln, quote=False) for ln in block.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:11pt">\n' + "\n".join(paras) + extra_html +
            "\n</div>" + quote_html + "\n</body></html>\n")


def quote_to_html(qtext):
    if not qtext.strip():
        return ""
    lines = qtext.strip("\n").split("\n")
    body = "<br>\n".join(htmlmod.escape(ln.lstrip("> ").rstrip() if ln.startswith(">") else ln, quote=False) for ln in lines)
    return f'\n<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n{body}\n</blockquote>'


# ---------------------------------------------------------------- date rules
def this_weekday(today, wd):
    return today + timedelta((wd - today.weekday()) % 7)


def next_weekday(today, wd):
    return today + timedelta(7 - today.weekday() + wd)


def last_weekday(today, wd):
    """Most recent such weekday strictly before today (past event: 'paid on Monday')."""
    delta = (today.weekday() - wd) % 7 or 7
    return today - timedelta(delta)


def end_of_month(today):
    return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])


def by_the(today, day):
    if today.day <= day:
        return today.replace(day=day)
    y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return date(y, m, day)


def resolve(rule, today):
    """rule: tuple (phrase, kind, *args). Returns a date."""
    kind, args = rule[1], rule[2:]
    if kind == "tomorrow":
        return today + timedelta(1)
    if kind == "yesterday":
        return today - timedelta(1)
    if kind == "today":
        return today
    if kind == "this_wd":
        return this_weekday(today, args[0])
    if kind == "next_wd":
        return next_weekday(today, args[0])
    if kind == "last_wd":
        return last_weekday(today, args[0])
    if kind == "eom":
        return end_of_month(today)
    if kind == "eom_named":
        m = args[0]
        y = today.year if m >= today.month else today.year + 1
        return date(y, m, calendar.monthrange(y, m)[1])
    if kind == "in_days":
        return today + timedelta(args[0])
    if kind == "by_the":
        return by_the(today, args[0])
    if kind == "this_week":
        return this_weekday(today, 4)
    if kind == "kw":
        return date.fromisocalendar(today.year, args[0], 5)
    if kind == "first_week":
        m = args[0]
        y = today.year if m >= today.month else today.year + 1
        return date(y, m, 7)
    if kind == "dm_past":
        m, d = args
        c = date(today.year, m, d)
        return c if c <= today else date(today.year - 1, m, d)
    if kind == "dm_future":
        m, d = args
        c = date(today.year, m, d)
        return c if c >= today else date(today.year + 1, m, d)
    if kind == "explicit":
        return date(*args)
    raise ValueError(kind)


def header_today(date_hdr):
    return parsedate_to_datetime(date_hdr).date()


# ---------------------------------------------------------------- amounts
def parse_amount(token, loc):
    """Raw token as written ('1.234,56 €', '$4,875.30', '18 420,00 zł') -> '1234.56'."""
    lang = lang_of(loc)
    s = "".join(ch for ch in token if ch.isdigit() or ch in ".,")
    s = s.strip(".,")
    if lang in ("en", "es"):
        dec, th = ".", ","
    else:
        dec, th = ",", "."
    s = s.replace(th, "")
    if dec in s:
        whole, frac = s.split(dec)
    else:
        whole, frac = s, "00"
    frac = (frac + "00")[:2]
    return f"{int(whole)}.{frac}"


# ---------------------------------------------------------------- reply assembly
CLIENT_HDRS = {
    "outlook": lambda it, rem: [f"Thread-Topic: {enc_header(rem['subject'])}",
                                f"Thread-Index: AQH{ralnum(25)}==",
                                f"Accept-Language: {it['loc']}, en-US", f"Content-Language: {it['loc']}",
                                "X-MS-Has-Attach: " + ("yes" if it.get("attach") else ""), "X-MS-TNEF-Correlator: "],
    "gmail": lambda it, rem: [],
    "apple": lambda it, rem: [f"X-Mailer: {RNG.choice(['Apple Mail (2.3826.400.131.1.6)', 'iPhone Mail (22D82)', 'Apple Mail (2.3774.600.62)'])}"],
    "thunderbird": lambda it, rem: [f"User-Agent: Mozilla Thunderbird {RNG.choice(['128.8.0', '115.16.1', '140.0'])}"],
    "other": lambda it, rem: [],
}


def build_reply(it):
    rem = it["_rem"]
    client = it.get("client", "gmail")
    date_hdr = it["date"]
    lang = lang_of(it["loc"])
    rem["qlang"] = it.get("qlang", lang)
    qstyle = it.get("quote", {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "thunderbird": "thunderbird"}.get(client, "gmail"))
    qtext = quoted(qstyle, rem, date_hdr)
    body = it["body"].strip("\n") + "\n"
    full_text = body + qtext
    charset = it.get("charset", "utf-8")
    cte = it.get("cte", "qp")
    mime = it.get("mime", "plain")
    bstyle = client if client in ("outlook", "apple", "gmail", "thunderbird") else "generic"
    if mime == "plain":
        content = text_part(full_text, "plain", charset, cte, it.get("ct_extra", ""))
    else:
        html = it.get("html") or text_to_html(body, quote_to_html(qtext) if qstyle not in ("outlook", "outlook_orig") else
                                             "\n<hr>\n<div>" + "<br>\n".join(htmlmod.escape(ln, quote=False) for ln in qtext.strip("\n").split("\n")) + "</div>",
                                             it.get("html_extra", ""))
        hpart = text_part(html, "html", charset, it.get("html_cte", "qp"))
        if mime == "html":
            content = hpart
        else:
            content = multipart("alternative", [text_part(full_text, "plain", charset, cte), hpart], boundary(bstyle))
    if it.get("attach"):
        parts = [content]
        for a in it["attach"]:
            parts.append(attachment(a[2], a[0], a[1]))
        content = multipart("mixed", parts, boundary(bstyle))
    subj = it.get("subject") or (it.get("prefix", "Re:") + " " + rem["subject"])
    hdrs = []
    hdrs += it.get("pre_headers", [])
    hdrs.append("MIME-Version: 1.0")
    hdrs.append(f"Date: {date_hdr}")
    hdrs.append(f"Message-ID: {it.get('mid') or msgid(client, it['frm'][1].split('@')[1])}")
    if not it.get("no_thread"):
        hdrs.append(f"In-Reply-To: {rem['mid']}")
        hdrs.append(f"References: {rem['mid']}")
    hdrs.append(f"Subject: {enc_header(subj, it.get('hcharset', 'utf-8'))}")
    hdrs.append(f"From: {enc_addr(it['frm'][0], it['frm'][1], it.get('hcharset', 'utf-8'))}")
    hdrs.append(f"To: {it.get('to_hdr') or enc_addr(SENDER_NAME, rem['fromaddr'])}")
    if it.get("cc"):
        hdrs.append(f"Cc: {it['cc']}")
    if it.get("auto"):
        hdrs.append(f"Auto-Submitted: {it['auto']}")
    hdrs += CLIENT_HDRS.get(client, CLIENT_HDRS["other"])(it, rem)
    hdrs += it.get("headers", [])
    return "\n".join(h for h in hdrs) + "\n" + content
