"""Shared helpers for the blind set 384 build (standard library only)."""
import base64
import calendar
import quopri
import random
from datetime import date, datetime, timedelta, timezone
from email.header import Header

RNG = random.Random(384)
CO = "Hollerbach Agrartechnik"
DOM = "billing.hollerbach-agrar.example"
ITEMS = []

# locale -> (lang, reminder currency, number style)
LOCALES = {
    "en-US": ("en", "USD", "en"), "en-CA": ("en", "CAD", "en"), "en-AU": ("en", "AUD", "en"),
    "de-DE": ("de", "EUR", "dot"), "de-CH": ("de", "CHF", "ch"), "nl-NL": ("nl", "EUR", "dot"),
    "pl-PL": ("pl", "PLN", "space"), "cs-CZ": ("cs", "CZK", "space"), "sk-SK": ("sk", "EUR", "space"),
    "sl-SI": ("sl", "EUR", "dot"), "da-DK": ("da", "DKK", "dot"), "nb-NO": ("no", "NOK", "space"),
    "pt-BR": ("pt", "BRL", "dot"),
}


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def rup(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def fmt_amount(amt, style):
    """amt is a decimal string like '12860.40'."""
    whole, frac = amt.split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    sep = {"en": ",", "dot": ".", "space": "\u00a0", "ch": "'"}[style]
    dec = {"en": ".", "dot": ",", "space": ",", "ch": "."}[style]
    return sep.join(groups) + dec + frac


# ---------------------------------------------------------------- date rules
def rule_date(today, rule, **a):
    if rule == "today":
        return today
    if rule == "tomorrow":
        return today + timedelta(1)
    if rule == "yesterday":
        return today - timedelta(1)
    if rule == "this_wd":
        return today + timedelta((a["wd"] - today.weekday()) % 7)
    if rule == "next_wd":
        return today + timedelta(7 - today.weekday() + a["wd"])
    if rule == "last_wd":  # most recent such weekday strictly before today
        d = (today.weekday() - a["wd"]) % 7
        return today - timedelta(d or 7)
    if rule == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "eom_named":
        m = a["month"]
        y = today.year if m >= today.month else today.year + 1
        return date(y, m, calendar.monthrange(y, m)[1])
    if rule == "plus_days":
        return today + timedelta(a["n"])
    if rule == "by_the":
        if today.day <= a["day"]:
            return today.replace(day=a["day"])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, a["day"])
    if rule == "iso_week_friday":
        return date.fromisocalendar(today.year, a["week"], 5)
    if rule == "explicit":
        return date(a["y"], a["m"], a["d"])
    if rule == "dm_past":
        d = date(today.year, a["m"], a["d"])
        return d if d <= today else date(today.year - 1, a["m"], a["d"])
    if rule == "dm_future":
        d = date(today.year, a["m"], a["d"])
        return d if d >= today else date(today.year + 1, a["m"], a["d"])
    raise ValueError(rule)


def header_today(date_hdr):
    from email.utils import parsedate_to_datetime
    return parsedate_to_datetime(date_hdr).date()


# ---------------------------------------------------------------- localisation
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WDL_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONL_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
T = {
    "de": dict(wd=["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
               wdl=["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
               mon=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                    "Oktober", "November", "Dezember"]),
    "nl": dict(wd=["ma", "di", "wo", "do", "vr", "za", "zo"],
               wdl=["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
               mon=["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]),
    "pl": dict(wd=["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
               mon=["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]),
    "cs": dict(wd=["po", "út", "st", "čt", "pá", "so", "ne"]),
    "sk": dict(wd=["po", "ut", "st", "št", "pi", "so", "ne"]),
    "sl": dict(wd=["pon.", "tor.", "sre.", "čet.", "pet.", "sob.", "ned."],
               mon=["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "avg.", "sep.", "okt.", "nov.", "dec."]),
    "da": dict(wd=["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."],
               mon=["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]),
    "no": dict(wd=["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."],
               mon=["jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."]),
    "pt": dict(wd=["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
               mon=["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]),
}


def gmail_attr(locale, dt, name, addr):
    lang = LOCALES[locale][0]
    d, y, hm, wd = dt.day, dt.year, dt.strftime("%H:%M"), dt.weekday()
    if locale == "en-US":
        h = dt.hour % 12 or 12
        ap = "AM" if dt.hour < 12 else "PM"
        return f"On {WD_EN[wd]}, {MON_EN[dt.month-1]} {d}, {y} at {h}:{dt.minute:02d} {ap} {name} <{addr}> wrote:"
    if lang == "en":
        return f"On {WD_EN[wd]}, {d} {MON_EN[dt.month-1]} {y} at {hm}, {name} <{addr}> wrote:"
    t = T[lang]
    if lang == "de":
        return f"Am {t['wd'][wd]}, {d}. {t['mon'][dt.month-1]} {y} um {hm} Uhr schrieb {name} <{addr}>:"
    if lang == "nl":
        return f"Op {t['wd'][wd]} {d} {t['mon'][dt.month-1]} {y} om {hm} schreef {name} <{addr}>:"
    if lang == "pl":
        return f"{t['wd'][wd]} {d} {t['mon'][dt.month-1]} {y} o {hm} {name} <{addr}> napisał(a):"
    if lang == "cs":
        return f"{t['wd'][wd]} {d}. {dt.month}. {y} v {dt.hour}:{dt.minute:02d} odesílatel {name} <{addr}> napsal:"
    if lang == "sk":
        return f"{t['wd'][wd]} {d}. {dt.month}. {y} o {dt.hour}:{dt.minute:02d} {name} <{addr}> napísal(a):"
    if lang == "sl":
        return f"V {t['wd'][wd]}, {d}. {t['mon'][dt.month-1]} {y} ob {hm} je {name} <{addr}> napisal(a):"
    if lang == "da":
        return f"Den {t['wd'][wd]} {d}. {t['mon'][dt.month-1]} {y} kl. {dt.strftime('%H.%M')} skrev {name} <{addr}>:"
    if lang == "no":
        return f"{t['wd'][wd]} {d}. {t['mon'][dt.month-1]} {y} kl. {hm} skrev {name} <{addr}>:"
    if lang == "pt":
        return f"Em {t['wd'][wd]}, {d} de {t['mon'][dt.month-1]} de {y} às {hm}, {name} <{addr}> escreveu:"
    raise ValueError(lang)


def apple_attr(locale, dt, name, addr):
    lang = LOCALES[locale][0]
    if lang == "de":
        return f"Am {dt.day:02d}.{dt.month:02d}.{dt.year} um {dt.strftime('%H:%M')} schrieb {name} <{addr}>:"
    if locale == "en-US":
        h = dt.hour % 12 or 12
        return f"On {MON_EN[dt.month-1]} {dt.day}, {dt.year}, at {h}:{dt.minute:02d}\u202f{'AM' if dt.hour < 12 else 'PM'}, {name} <{addr}> wrote:"
    if lang == "en":
        return f"On {dt.day} {MON_EN[dt.month-1]} {dt.year}, at {dt.strftime('%H:%M')}, {name} <{addr}> wrote:"
    if lang == "da":
        return f"Den {dt.day}. {T['da']['mon'][dt.month-1]} {dt.year} kl. {dt.strftime('%H.%M')} skrev {name} <{addr}>:"
    if lang == "no":
        return f"{dt.day}. {T['no']['mon'][dt.month-1]} {dt.year} kl. {dt.strftime('%H:%M')} skrev {name} <{addr}>:"
    if lang == "nl":
        return f"Op {dt.day} {T['nl']['mon'][dt.month-1]} {dt.year}, om {dt.strftime('%H:%M')} heeft {name} <{addr}> het volgende geschreven:"
    return gmail_attr(locale, dt, name, addr)


OUTLOOK_LABELS = {
    "de": ("Von", "Gesendet", "An", "Betreff"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"), "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Predmet"), "sl": ("Od", "Poslano", "Za", "Zadeva"),
    "da": ("Fra", "Sendt", "Til", "Emne"), "no": ("Fra", "Sendt", "Til", "Emne"),
    "pt": ("De", "Enviado", "Para", "Assunto"), "en": ("From", "Sent", "To", "Subject"),
}


def outlook_block(locale, dt, frm, to, subject):
    lang = LOCALES[locale][0]
    f, s, t, sub = OUTLOOK_LABELS[lang]
    if locale == "en-US":
        h = dt.hour % 12 or 12
        when = f"{WDL_EN[dt.weekday()]}, {MONL_EN[dt.month-1]} {dt.day}, {dt.year} {h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"
    elif lang == "en":
        when = f"{WDL_EN[dt.weekday()]}, {dt.day} {MONL_EN[dt.month-1]} {dt.year} {dt.strftime('%H:%M')}"
    elif lang == "de":
        when = f"{T['de']['wdl'][dt.weekday()]}, {dt.day}. {T['de']['mon'][dt.month-1]} {dt.year} {dt.strftime('%H:%M')}"
    elif lang == "nl":
        when = f"{T['nl']['wdl'][dt.weekday()]} {dt.day} {T['nl']['mon'][dt.month-1]} {dt.year} {dt.strftime('%H:%M')}"
    elif lang == "pt":
        when = dt.strftime("%d/%m/%Y %H:%M")
    elif lang in ("da", "no"):
        when = dt.strftime("%d.%m.%Y %H.%M" if lang == "da" else "%d.%m.%Y %H:%M")
    else:
        when = f"{dt.day}. {dt.month}. {dt.year} {dt.strftime('%H:%M')}" if lang in ("cs", "sk", "sl") else dt.strftime("%d.%m.%Y %H:%M")
    sep = "-----Original Message-----" if lang == "en" else "_" * 32
    return f"{sep}\n{f}: {frm}\n{s}: {when}\n{t}: {to}\n{sub}: {subject}\n"


# ---------------------------------------------------------------- reminders
REM = {
    "en": dict(
        subj1="Payment reminder: invoice {invs} is overdue ({cur} {total})",
        subjn="Payment reminder: invoices {invs} are overdue ({cur} {total})",
        body="Dear {name},\n\nAccording to our records the following invoice(s) from {co} are past due:\n\n"
             "  Invoice      Due date      Amount\n{table}\nTotal overdue: {cur} {total}\n\n"
             "You can pay online at https://pay.hollerbach-agrar.example/c/{case} or by bank\n"
             "transfer using the details on the invoice. If you have already paid, please\n"
             "reply with the payment date and reference so we can match it. If anything on\n"
             "the invoice looks wrong, just reply and tell us.\n\nKind regards\n\n"
             "{co} - Accounts Receivable\nCase {case}\n", sender="Hollerbach Accounts Receivable"),
    "de": dict(
        subj1="Zahlungserinnerung: Rechnung {invs} überfällig ({cur} {total})",
        subjn="Zahlungserinnerung: Rechnungen {invs} überfällig ({cur} {total})",
        body="Guten Tag {name},\n\nnach unseren Unterlagen sind folgende Rechnungen von {co} überfällig:\n\n"
             "  Rechnung     Fällig am     Betrag\n{table}\nOffener Betrag: {cur} {total}\n\n"
             "Sie können online unter https://pay.hollerbach-agrar.example/c/{case} oder per\n"
             "Überweisung bezahlen. Falls Sie bereits bezahlt haben, teilen Sie uns bitte\n"
             "Datum und Referenz der Zahlung mit. Sollte an der Rechnung etwas nicht stimmen,\n"
             "antworten Sie einfach auf diese E-Mail.\n\nFreundliche Grüße\n\n"
             "{co} - Debitorenbuchhaltung\nVorgang {case}\n", sender="Hollerbach Debitorenbuchhaltung"),
    "nl": dict(
        subj1="Betalingsherinnering: factuur {invs} vervallen ({cur} {total})",
        subjn="Betalingsherinnering: facturen {invs} vervallen ({cur} {total})",
        body="Geachte {name},\n\nVolgens onze administratie staan de volgende facturen van {co} nog open:\n\n"
             "  Factuur      Vervaldatum   Bedrag\n{table}\nTotaal openstaand: {cur} {total}\n\n"
             "U kunt online betalen via https://pay.hollerbach-agrar.example/c/{case} of per\n"
             "overboeking. Heeft u al betaald, laat ons dan de betaaldatum en het kenmerk\n"
             "weten, zodat wij de betaling kunnen koppelen. Klopt er iets niet, reageer dan\n"
             "gewoon op deze e-mail.\n\nMet vriendelijke groet,\n\n"
             "{co} - Debiteurenadministratie\nDossier {case}\n", sender="Hollerbach Debiteuren"),
    "pl": dict(
        subj1="Przypomnienie o płatności: faktura {invs} po terminie ({cur} {total})",
        subjn="Przypomnienie o płatności: faktury {invs} po terminie ({cur} {total})",
        body="Szanowni Państwo,\n\nwedług naszych danych następujące faktury {co} są przeterminowane:\n\n"
             "  Faktura      Termin        Kwota\n{table}\nRazem do zapłaty: {cur} {total}\n\n"
             "Płatności można dokonać online: https://pay.hollerbach-agrar.example/c/{case}\n"
             "lub przelewem. Jeżeli płatność została już dokonana, prosimy o podanie daty\n"
             "i numeru referencyjnego przelewu. W razie zastrzeżeń do faktury prosimy\n"
             "po prostu odpowiedzieć na tę wiadomość.\n\nZ poważaniem\n\n"
             "{co} - Dział Należności\nSprawa {case}\n", sender="Hollerbach Należności"),
    "cs": dict(
        subj1="Upomínka: faktura {invs} po splatnosti ({cur} {total})",
        subjn="Upomínka: faktury {invs} po splatnosti ({cur} {total})",
        body="Dobrý den,\n\npodle našich záznamů jsou následující faktury {co} po splatnosti:\n\n"
             "  Faktura      Splatnost     Částka\n{table}\nCelkem k úhradě: {cur} {total}\n\n"
             "Zaplatit můžete online na https://pay.hollerbach-agrar.example/c/{case} nebo\n"
             "převodem. Pokud jste již zaplatili, sdělte nám prosím datum a referenci platby.\n"
             "Pokud na faktuře něco nesouhlasí, stačí odpovědět na tento e-mail.\n\n"
             "S pozdravem\n\n{co} - pohledávky\nPřípad {case}\n", sender="Hollerbach pohledávky"),
    "sk": dict(
        subj1="Upomienka: faktúra {invs} po splatnosti ({cur} {total})",
        subjn="Upomienka: faktúry {invs} po splatnosti ({cur} {total})",
        body="Dobrý deň,\n\npodľa našich záznamov sú nasledujúce faktúry {co} po splatnosti:\n\n"
             "  Faktúra      Splatnosť     Suma\n{table}\nSpolu na úhradu: {cur} {total}\n\n"
             "Zaplatiť môžete online na https://pay.hollerbach-agrar.example/c/{case} alebo\n"
             "prevodom. Ak ste už zaplatili, oznámte nám prosím dátum a referenciu platby.\n"
             "Ak na faktúre niečo nesedí, stačí odpovedať na tento e-mail.\n\n"
             "S pozdravom\n\n{co} - pohľadávky\nPrípad {case}\n", sender="Hollerbach pohľadávky"),
    "sl": dict(
        subj1="Opomin: račun {invs} zapadel ({cur} {total})",
        subjn="Opomin: računi {invs} zapadli ({cur} {total})",
        body="Spoštovani,\n\npo naših evidencah so naslednji računi družbe {co} zapadli:\n\n"
             "  Račun        Zapadlost     Znesek\n{table}\nSkupaj zapadlo: {cur} {total}\n\n"
             "Plačate lahko na https://pay.hollerbach-agrar.example/c/{case} ali z nakazilom.\n"
             "Če ste račun že plačali, nam prosim sporočite datum plačila in sklic. Če na\n"
             "računu kaj ni v redu, preprosto odgovorite na to sporočilo.\n\n"
             "Lep pozdrav\n\n{co} - terjatve\nZadeva {case}\n", sender="Hollerbach terjatve"),
    "da": dict(
        subj1="Betalingspåmindelse: faktura {invs} er forfalden ({cur} {total})",
        subjn="Betalingspåmindelse: fakturaer {invs} er forfaldne ({cur} {total})",
        body="Kære {name}\n\nIfølge vores bogføring er følgende fakturaer fra {co} forfaldne:\n\n"
             "  Faktura      Forfald       Beløb\n{table}\nForfaldent i alt: {cur} {total}\n\n"
             "Du kan betale online på https://pay.hollerbach-agrar.example/c/{case} eller\n"
             "via bankoverførsel. Har I allerede betalt, bedes I oplyse betalingsdato og\n"
             "reference, så vi kan afstemme. Er der noget galt med fakturaen, så svar\n"
             "blot på denne mail.\n\nMed venlig hilsen\n\n{co} - Debitorbogholderi\nSag {case}\n",
        sender="Hollerbach Debitor"),
    "no": dict(
        subj1="Betalingspåminnelse: faktura {invs} er forfalt ({cur} {total})",
        subjn="Betalingspåminnelse: fakturaer {invs} er forfalt ({cur} {total})",
        body="Hei {name},\n\nIfølge vårt reskontro er følgende fakturaer fra {co} forfalt:\n\n"
             "  Faktura      Forfall       Beløp\n{table}\nTotalt forfalt: {cur} {total}\n\n"
             "Du kan betale på https://pay.hollerbach-agrar.example/c/{case} eller med\n"
             "bankoverføring. Har dere allerede betalt, ber vi om betalingsdato og\n"
             "referanse slik at vi kan avstemme. Er noe feil på fakturaen, svar bare på\n"
             "denne e-posten.\n\nMed vennlig hilsen\n\n{co} - Kundereskontro\nSak {case}\n",
        sender="Hollerbach Kundereskontro"),
    "pt": dict(
        subj1="Lembrete de pagamento: fatura {invs} vencida ({cur} {total})",
        subjn="Lembrete de pagamento: faturas {invs} vencidas ({cur} {total})",
        body="Prezado(a) {name},\n\nSegundo nossos registros, as seguintes faturas da {co} estão vencidas:\n\n"
             "  Fatura       Vencimento    Valor\n{table}\nTotal vencido: {cur} {total}\n\n"
             "O pagamento pode ser feito em https://pay.hollerbach-agrar.example/c/{case}\n"
             "ou por boleto/PIX. Se já pagou, responda informando a data e a referência do\n"
             "pagamento para que possamos fazer a baixa. Se algo na fatura estiver errado,\n"
             "basta responder a este e-mail.\n\nAtenciosamente,\n\n{co} - Contas a Receber\nCaso {case}\n",
        sender="Hollerbach Contas a Receber"),
}


class Reminder:
    def __init__(self, locale, case, invs, sent, name="", n=1):
        """invs: list of (invoice, due 'YYYY-MM-DD', amount '1234.50')."""
        self.locale, self.case, self.invs, self.sent, self.n = locale, case, invs, sent, n
        lang, cur, style = LOCALES[locale]
        self.lang, self.cur, self.style = lang, cur, style
        t = REM[lang]
        total = "%.2f" % sum(float(a) for _, _, a in invs)
        self.total = total
        ftotal = fmt_amount(total, style)
        if lang != "en":
            ftotal = ftotal.replace("\u00a0", " ")
        invtxt = ", ".join(i for i, _, _ in invs)
        self.subject = (t["subj1"] if len(invs) == 1 else t["subjn"]).format(invs=invtxt, cur=cur, total=ftotal)
        table = "".join(f"  {i:<12} {d:<13} {cur} {fmt_amount(a, style).replace(chr(160), ' ')}\n" for i, d, a in invs)
        self.body = t["body"].format(name=name or "", co=CO, table=table, cur=cur, total=ftotal, case=case)
        self.body = self.body.replace(" ,\n", ",\n").replace("Kære \n", "Kære kunde\n").replace("Hei ,", "Hei,")
        self.body = self.body.replace("Guten Tag ,", "Guten Tag,").replace("Geachte ,", "Geachte heer/mevrouw,")
        self.body = self.body.replace("Prezado(a) ,", "Prezado(a) cliente,").replace("Dear ,", "Dear customer,")
        self.addr = f"ar+{case}@{DOM}"
        self.sender = t["sender"]
        self.frm = f"{self.sender} <{self.addr}>"
        self.msgid = f"<{case}.r{n}.{sent:%Y%m%dT%H%M%SZ}@{DOM}>"


def qlines(text):
    return "".join(("> " + l if l else ">") + "\n" for l in text.rstrip("\n").split("\n"))


def quote(style, locale, rem, reply_tz, to_disp):
    """Return quoted reminder text in the given client style."""
    local = rem.sent.astimezone(reply_tz)
    if style == "gmail":
        return "\n" + gmail_attr(locale, local, rem.sender, rem.addr) + "\n\n" + qlines(rem.body)
    if style == "apple":
        return "\n" + apple_attr(locale, local, rem.sender, rem.addr) + "\n\n" + qlines(rem.body)
    if style == "outlook":
        return "\n" + outlook_block(locale, local, rem.frm, to_disp, rem.subject) + "\n" + rem.body
    if style == "none":
        return ""
    raise ValueError(style)


# ---------------------------------------------------------------- MIME helpers
def enc_hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def addr_hdr(name, addr):
    try:
        name.encode("ascii")
        if any(c in name for c in ',."'):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{addr}>"


def body_part(text, charset="utf-8", cte="qp", ctype="text/plain", extra_ct=""):
    """Return (header lines, encoded body) for a single text part."""
    if cte == "8bit":
        data = text
        ctev = "8bit"
    elif cte == "7bit":
        text.encode("ascii")
        data = text
        ctev = "7bit"
    elif cte == "qp":
        data = quopri.encodestring(text.encode(charset)).decode("ascii")
        ctev = "quoted-printable"
    elif cte == "b64":
        raw = base64.b64encode(text.encode(charset)).decode("ascii")
        data = "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76)) + "\n"
        ctev = "base64"
    else:
        raise ValueError(cte)
    hdrs = [f'Content-Type: {ctype}; charset="{charset}"{extra_ct}', f"Content-Transfer-Encoding: {ctev}"]
    if not data.endswith("\n"):
        data += "\n"
    return hdrs, data


def b64_part(data_bytes, ctype, filename, disp="attachment"):
    raw = base64.b64encode(data_bytes).decode("ascii")
    body = "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76)) + "\n"
    return ([f'Content-Type: {ctype}; name="{filename}"', "Content-Transfer-Encoding: base64",
             f'Content-Disposition: {disp}; filename="{filename}"'], body)


def multipart(subtype, parts, boundary=None, extra=""):
    boundary = boundary or ("----=_Part_" + rhex(8) + "." + rhex(12))
    out = []
    for h, b in parts:
        out.append(f"--{boundary}\n" + "\n".join(h) + "\n\n" + b)
    body = "\n".join(out) + f"\n--{boundary}--\n"
    return [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}'], body


def html_of(text, extra_top="", extra_bottom="", font="Calibri, sans-serif"):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    ps = "\n".join("<p>" + "<br>\n".join(_h.escape(l) for l in p.split("\n")) + "</p>" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:11pt">\n{extra_top}{ps}\n{extra_bottom}</div></body></html>\n')


FAKE_PDF = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\n"
            b"endobj\n% remittance advice\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def assemble(headers, ct_hdrs, body, mime=True):
    h = list(headers)
    if mime:
        h.append("MIME-Version: 1.0")
    h += ct_hdrs
    return "\n".join(h) + "\n\n" + body


def fmt_date(dt):
    from email.utils import format_datetime
    return format_datetime(dt)


def tz(hours, minutes=0):
    return timezone(timedelta(hours=hours, minutes=minutes))


def reply(*, id, key, locale, intent, fmt, note, dt, frm, rem, text, quote_style="gmail",
          prefix="Re:", charset="utf-8", cte="qp", msgid=None, extra_headers=(), html=None,
          html_only=False, attachments=(), labels=None, prov=None, injection=False, to_name=None,
          mailer=None, quote_pos="bottom"):
    """Build a human/auto reply to a reminder and register the item."""
    name, addr = frm
    to_disp = addr_hdr(name, addr)
    full = text
    if quote_style != "none":
        q = quote(quote_style, locale, rem, dt.tzinfo, to_disp)
        full = text.rstrip("\n") + "\n" + q
    subj = f"{prefix} {rem.subject}" if prefix else rem.subject
    mid = msgid or f"<{rhex(16)}@{addr.split('@')[1]}>"
    hdrs = [f"Date: {fmt_date(dt)}", f"Message-ID: {mid}", f"In-Reply-To: {rem.msgid}",
            f"References: {rem.msgid}", f"Subject: {enc_hdr(subj)}", f"From: {to_disp}",
            f"To: {rem.sender} <{rem.addr}>"]
    if mailer:
        hdrs.append(mailer)
    hdrs += list(extra_headers)
    if html_only:
        ct, body = body_part(html if html else html_of(full), charset, cte, "text/html")
    elif html is not None:
        p1 = body_part(full, charset, cte)
        p2 = body_part(html, charset, cte if cte != "8bit" else "qp", "text/html")
        ct, body = multipart("alternative", [p1, p2])
    else:
        ct, body = body_part(full, charset, cte)
    if attachments:
        ct, body = multipart("mixed", [(ct, body)] + list(attachments))
    eml = assemble(hdrs, ct, body)
    register(id=id, key=key, locale=locale, intent=intent, fmt=fmt, note=note, eml=eml,
             labels=labels or {}, prov=prov or {}, injection=injection)


FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]


def norm_amount(raw, style):
    s = "".join(c for c in raw if c.isdigit() or c in ".,'\u00a0 ")
    s = s.strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
    if style in ("en", "ch"):
        s = s.replace(",", "")
    else:
        s = s.replace(".", "").replace(",", ".")
    if "." not in s:
        s += ".00"
    whole, frac = s.split(".")
    return f"{int(whole)}.{frac:0<2}"


def register(*, id, key, locale, intent, fmt, note, eml, labels, prov, injection):
    from email.utils import parsedate_to_datetime
    import re
    date_hdr = re.search(r"^Date: (.*)$", eml, re.M).group(1)
    today = parsedate_to_datetime(date_hdr).date()
    lab = {"id": id, "intent": intent}
    for f in FIELDS[1:]:
        lab[f] = None
    lab["invoice_numbers"] = list(labels.get("invoice_numbers", []))
    for f in ("dispute_reason", "new_contact_email", "payment_reference"):
        if f in labels:
            lab[f] = labels[f]
    for f, (rule, args, phrase) in prov.get("dates", {}).items():
        lab[f] = rule_date(today, rule, **args).isoformat()
    if "amount" in prov:
        raw, style, cur, why = prov["amount"]
        lab["promised_amount"] = norm_amount(raw, style)
        lab["currency"] = cur
    lab["note"] = f"[{key}, {locale}] {note}"
    if injection:
        lab["injection"] = True
    ITEMS.append(dict(id=id, key=key, locale=locale, intent=intent, fmt=fmt, eml=eml, label=lab,
                      prov=prov, labels_in=labels, injection=injection, short=note.split(". ")[0]))
