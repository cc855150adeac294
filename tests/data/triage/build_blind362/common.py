"""Shared helpers for the blind triage set 362 (standard library only).

Our business: Heliora, a solar-panel and heat-pump installer with entities in
DE, CH, FR, IT, SE, FI, HU, SK and the UK.  Every dunning email goes out from
ar+<case>@billing.heliora.example with a Message-ID like
<H5101.r1.20260302T080000Z@billing.heliora.example>.
"""
import base64
import quopri
import random
import html as _html
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.charset import Charset, QP
from email.utils import formataddr

RNG = random.Random(362)
DOMAIN = "billing.heliora.example"

# ---------------------------------------------------------------- locale data
LOC = {
    "en-GB": dict(lang="en", cur="GBP", dfmt="%d/%m/%Y", th=",", dec=".", entity="Heliora Energy Ltd",
                  sender="Heliora Credit Control"),
    "de-DE": dict(lang="de", cur="EUR", dfmt="%d.%m.%Y", th=".", dec=",", entity="Heliora Energietechnik GmbH",
                  sender="Heliora Forderungsmanagement"),
    "de-CH": dict(lang="de", cur="CHF", dfmt="%d.%m.%Y", th="'", dec=".", entity="Heliora Energietechnik AG",
                  sender="Heliora Debitorenbuchhaltung"),
    "fr-FR": dict(lang="fr", cur="EUR", dfmt="%d/%m/%Y", th=" ", dec=",", entity="Heliora Énergie SAS",
                  sender="Heliora Recouvrement"),
    "fr-CH": dict(lang="fr", cur="CHF", dfmt="%d.%m.%Y", th="'", dec=".", entity="Heliora Énergie SA",
                  sender="Heliora Comptabilité débiteurs"),
    "it-IT": dict(lang="it", cur="EUR", dfmt="%d/%m/%Y", th=".", dec=",", entity="Heliora Energia S.r.l.",
                  sender="Heliora Ufficio Crediti"),
    "sv-SE": dict(lang="sv", cur="SEK", dfmt="%Y-%m-%d", th=" ", dec=",", entity="Heliora Energiteknik AB",
                  sender="Heliora Kundreskontra"),
    "fi-FI": dict(lang="fi", cur="EUR", dfmt="%-d.%-m.%Y", th=" ", dec=",", entity="Heliora Energiatekniikka Oy",
                  sender="Heliora Myyntireskontra"),
    "hu-HU": dict(lang="hu", cur="HUF", dfmt="%Y.%m.%d.", th=" ", dec=",", entity="Heliora Energetika Kft.",
                  sender="Heliora Követeléskezelés"),
    "sk-SK": dict(lang="sk", cur="EUR", dfmt="%-d. %-m. %Y", th=" ", dec=",", entity="Heliora Energetika s.r.o.",
                  sender="Heliora Pohľadávky"),
}

DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "fi": ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"],
    "hu": ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"],
    "sk": ["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"],
}
SDAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
    "fi": ["ma", "ti", "ke", "to", "pe", "la", "su"],
    "hu": ["H", "K", "Sze", "Cs", "P", "Szo", "V"],
    "sk": ["po", "ut", "st", "št", "pi", "so", "ne"],
}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "fi": ("tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
           "lokakuuta marraskuuta joulukuuta").split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra".split(),
}
SMONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "fi": "tammik. helmik. maalisk. huhtik. toukok. kesäk. heinäk. elok. syysk. lokak. marrask. jouluk.".split(),
    "hu": "jan. febr. márc. ápr. máj. jún. júl. aug. szept. okt. nov. dec.".split(),
}


def fmt_amount(value, loc, cur=None):
    """'4860.00' -> locale string without currency."""
    cur = cur or LOC[loc]["cur"]
    whole, frac = value.split(".")
    th = LOC[loc]["th"]
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    s = th.join(groups)
    if cur == "HUF":
        return s
    return s + LOC[loc]["dec"] + frac


def fmt_date(iso, loc):
    d = datetime.strptime(iso, "%Y-%m-%d")
    f = LOC[loc]["dfmt"]
    return d.strftime(f.replace("%-d", str(d.day)).replace("%-m", str(d.month)))


# ---------------------------------------------------------------- reminders
SUBJ = {
    "en": ("Reminder: invoice {inv} is overdue ({cur} {amt})", "Reminder: {n} invoices overdue ({cur} {amt})",
           "Final reminder"),
    "de": ("Zahlungserinnerung: Rechnung {inv} überfällig ({cur} {amt})",
           "Zahlungserinnerung: {n} offene Rechnungen ({cur} {amt})", "Letzte Mahnung"),
    "fr": ("Rappel : facture {inv} échue ({cur} {amt})", "Rappel : {n} factures échues ({cur} {amt})",
           "Dernier rappel"),
    "it": ("Sollecito: fattura {inv} scaduta ({cur} {amt})", "Sollecito: {n} fatture scadute ({cur} {amt})",
           "Ultimo sollecito"),
    "sv": ("Påminnelse: faktura {inv} har förfallit ({cur} {amt})",
           "Påminnelse: {n} förfallna fakturor ({cur} {amt})", "Sista påminnelse"),
    "fi": ("Maksumuistutus: lasku {inv} on erääntynyt ({cur} {amt})",
           "Maksumuistutus: {n} erääntynyttä laskua ({cur} {amt})", "Viimeinen muistutus"),
    "hu": ("Fizetési emlékeztető: {inv} számú számla lejárt ({cur} {amt})",
           "Fizetési emlékeztető: {n} lejárt számla ({cur} {amt})", "Utolsó felszólítás"),
    "sk": ("Upomienka: faktúra {inv} je po splatnosti ({cur} {amt})",
           "Upomienka: {n} faktúry po splatnosti ({cur} {amt})", "Posledná upomienka"),
}
THEAD = {
    "en": ("Invoice", "Description", "Due date", "Amount"),
    "de": ("Rechnung", "Leistung", "Fällig am", "Betrag"),
    "fr": ("Facture", "Objet", "Échéance", "Montant"),
    "it": ("Fattura", "Descrizione", "Scadenza", "Importo"),
    "sv": ("Faktura", "Avser", "Förfallodag", "Belopp"),
    "fi": ("Lasku", "Kuvaus", "Eräpäivä", "Summa"),
    "hu": ("Számla", "Megnevezés", "Esedékesség", "Összeg"),
    "sk": ("Faktúra", "Popis", "Splatnosť", "Suma"),
}
BODY = {
    "en": ("Dear {name},\n\nOur records show that the following invoices for {company} remain unpaid:\n\n{table}\n\n"
           "Total overdue: {total}\n\nYou can pay online at {link} or by bank transfer using the details on the\n"
           "invoice. If you have already paid, please reply with the payment date and\nreference so we can match it. "
           "If anything on the invoice looks wrong, just\nreply and tell us.\n\nKind regards,\n\n{sender}\n{entity}"),
    "de": ("{hello} {name}\n\nlaut unserer Buchhaltung sind folgende Rechnungen an {company} noch offen:\n\n{table}\n\n"
           "Offener Gesamtbetrag: {total}\n\nSie können online unter {link} oder per Überweisung mit den\n"
           "Angaben auf der Rechnung bezahlen. Falls Sie bereits bezahlt haben, teilen Sie\nuns bitte Zahlungsdatum "
           "und Referenz mit, damit wir die Zahlung zuordnen können.\nSollte an der Rechnung etwas nicht stimmen, "
           "antworten Sie einfach auf diese E-Mail.\n\n{bye}\n\n{sender}\n{entity}"),
    "fr": ("Bonjour {name},\n\nSauf erreur de notre part, les factures suivantes de {company} restent impayées :\n\n"
           "{table}\n\nTotal échu : {total}\n\nVous pouvez régler en ligne sur {link} ou par virement avec les\n"
           "coordonnées figurant sur la facture. Si vous avez déjà réglé, merci de nous\nindiquer la date et la "
           "référence du paiement afin que nous puissions le rapprocher.\nSi quelque chose vous semble incorrect, "
           "répondez simplement à ce message.\n\nCordialement,\n\n{sender}\n{entity}"),
    "it": ("Gentile {name},\n\ndai nostri registri risultano ancora aperte le seguenti fatture intestate a {company}:"
           "\n\n{table}\n\nTotale scaduto: {total}\n\nPuò pagare online su {link} oppure con bonifico utilizzando le\n"
           "coordinate indicate in fattura. Se ha già provveduto al pagamento, La preghiamo\ndi indicarci data e "
           "riferimento del bonifico, così da poterlo abbinare. Se qualcosa\nin fattura non Le sembra corretto, "
           "risponda semplicemente a questa e-mail.\n\nCordiali saluti,\n\n{sender}\n{entity}"),
    "sv": ("Hej {name},\n\nEnligt vår reskontra är följande fakturor till {company} fortfarande obetalda:\n\n{table}\n\n"
           "Totalt förfallet: {total}\n\nDu kan betala online på {link} eller via bankgiro enligt\nuppgifterna på "
           "fakturan. Om du redan har betalat, svara gärna med betalningsdatum\noch referens så att vi kan matcha "
           "betalningen. Om något på fakturan ser fel ut,\nsvara bara på detta mejl.\n\nMed vänliga hälsningar\n\n"
           "{sender}\n{entity}"),
    "fi": ("Hei {name},\n\nkirjanpitomme mukaan seuraavat laskut (asiakas: {company}) ovat erääntyneet ja\nmaksamatta:"
           "\n\n{table}\n\nErääntynyt yhteensä: {total}\n\nVoit maksaa verkossa osoitteessa {link} tai tilisiirrolla\n"
           "laskun tiedoilla. Jos olet jo maksanut, kerro vastauksessasi maksupäivä ja\nviite, niin kohdistamme "
           "suorituksen. Jos laskussa on mielestäsi jotain väärin,\nvastaa tähän viestiin.\n\nYstävällisin "
           "terveisin\n\n{sender}\n{entity}"),
    "hu": ("Tisztelt {name}!\n\nNyilvántartásunk szerint a(z) {company} részére kiállított alábbi számlák még\nnincsenek "
           "kiegyenlítve:\n\n{table}\n\nLejárt tartozás összesen: {total}\n\nFizethet online a {link} oldalon, "
           "vagy banki átutalással a\nszámlán szereplő adatok alapján. Ha már fizetett, kérjük, válaszában adja meg "
           "a\nfizetés dátumát és a közleményt, hogy párosíthassuk. Ha a számlán valami nem\nstimmel, kérjük, "
           "egyszerűen válaszoljon erre a levélre.\n\nÜdvözlettel:\n\n{sender}\n{entity}"),
    "sk": ("Dobrý deň {name},\n\npodľa našej evidencie zostávajú nasledujúce faktúry pre {company} neuhradené:\n\n"
           "{table}\n\nSpolu po splatnosti: {total}\n\nUhradiť môžete online na {link} alebo prevodom podľa údajov\n"
           "na faktúre. Ak ste už platili, odpovedzte nám prosím s dátumom úhrady a\nvariabilným symbolom, aby sme "
           "platbu mohli spárovať. Ak vám na faktúre niečo\nnesedí, jednoducho odpovedzte na tento e-mail.\n\n"
           "S pozdravom\n\n{sender}\n{entity}"),
}


class Rem:
    """One dunning email we sent."""

    def __init__(self, case, loc, invs, sent, name, company, to, final=False, cur=None, run=1):
        self.case, self.loc, self.invs, self.name, self.company, self.to = case, loc, invs, name, company, to
        self.lang = LOC[loc]["lang"]
        self.cur = cur or LOC[loc]["cur"]
        self.sent = datetime.strptime(sent, "%Y-%m-%dT%H:%M").replace(tzinfo=timezone.utc)
        self.addr = f"ar+{case}@{DOMAIN}"
        self.sender = LOC[loc]["sender"]
        self.msgid = f"<{case}.r{run}.{self.sent.strftime('%Y%m%dT%H%M%SZ')}@{DOMAIN}>"
        total = sum(int(a.replace(".", "")) for _, _, _, a in invs)
        self.total = f"{total // 100}.{total % 100:02d}"
        one, many, fin = SUBJ[self.lang]
        amt = fmt_amount(self.total, loc, self.cur)
        if len(invs) == 1:
            s = one.format(inv=invs[0][0], cur=self.cur, amt=amt)
        else:
            s = many.format(n=len(invs), cur=self.cur, amt=amt)
        if final:
            s = fin + ": " + s.split(": ", 1)[1] if ": " in s else fin + " " + s
        self.subject = s
        self.numbers = [i[0] for i in invs]

    def from_hdr(self):
        return hdr_addr(self.sender, self.addr)

    def body(self):
        h = THEAD[self.lang]
        rows = [f"  {h[0]:<13} {h[1]:<30} {h[2]:<12} {h[3]}"]
        for num, desc, due, amt in self.invs:
            rows.append(f"  {num:<13} {desc:<30} {fmt_date(due, self.loc):<12} {self.cur} {fmt_amount(amt, self.loc, self.cur)}")
        de_ch = self.loc == "de-CH"
        return BODY[self.lang].format(
            name=self.name, company=self.company, table="\n".join(rows),
            total=f"{self.cur} {fmt_amount(self.total, self.loc, self.cur)}",
            link=f"https://pay.heliora.example/c/{self.case}", sender=self.sender, entity=LOC[self.loc]["entity"],
            hello="Grüezi" if de_ch else "Guten Tag", bye="Freundliche Grüsse" if de_ch else "Mit freundlichen Grüßen")

    def raw(self):
        """The reminder as it left our MTA (for bounces)."""
        return (f"From: {self.sender_ascii()} <{self.addr}>\nTo: {self.to}\nSubject: {hdr(self.subject, q=True)}\n"
                f"Date: {self.sent.strftime('%a, %d %b %Y %H:%M:%S +0000')}\nMessage-ID: {self.msgid}\n"
                f"MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
                f"Content-Transfer-Encoding: quoted-printable\n\n" + qp(self.body()))

    def raw_headers(self):
        return self.raw().split("\n\n", 1)[0]

    def sender_ascii(self):
        return hdr(self.sender)


# ---------------------------------------------------------------- encodings
def hdr(s, charset="utf-8", q=False):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        if q:
            cs = Charset(charset)
            cs.header_encoding = QP
            return Header(s, cs).encode()
        return Header(s, charset).encode()


def hdr_addr(name, addr, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{addr}>"


def enc_from(frm):
    try:
        frm.encode("ascii")
        return frm
    except UnicodeEncodeError:
        name, addr = frm.rsplit(" <", 1)
        return hdr_addr(name, addr.rstrip(">"))


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64(data, charset="utf-8"):
    if isinstance(data, str):
        data = data.encode(charset)
    return base64.encodebytes(data).decode("ascii")


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params=""):
    if cte in ("7bit",) and not text.isascii():
        raise ValueError("non-ASCII text in a 7bit part")
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text, charset)
    else:
        body = text
    return (f"Content-Type: text/{subtype}; charset=\"{charset}\"{params}\n"
            f"Content-Transfer-Encoding: {cte}\n\n{body}")


def attachment(ctype, filename, data, disposition="attachment"):
    return (f"Content-Type: {ctype}; name=\"{filename}\"\nContent-Disposition: {disposition}; "
            f"filename=\"{filename}\"\nContent-Transfer-Encoding: base64\n\n{b64(data)}")


def multipart(subtype, parts, boundary=None):
    boundary = boundary or ("----=_Part_" + "".join(RNG.choice("0123456789abcdef") for _ in range(20)))
    out = f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"\n\n"
    if subtype != "alternative":
        out += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    return out + f"--{boundary}--\n"


def to_html(text, font="Calibri"):
    paras = []
    for block in text.split("\n\n"):
        paras.append("<p>" + _html.escape(block).replace("\n", "<br>\n") + "</p>")
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            f"<body style=\"font-family:{font},sans-serif;font-size:11pt\">\n" + "\n".join(paras) + "\n</body></html>\n")


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] "
            f"/Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            f"% {title}\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    return body.encode("latin-1")


# ---------------------------------------------------------------- ids
def hexs(n, alphabet="0123456789ABCDEF"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def msgid(client, domain):
    if client == "outlook":
        srv = RNG.choice(["AM0PR", "DB9PR", "GV0P278MB", "PAXPR", "VI1PR", "LO2P265MB", "HE1PR", "ZR0P278MB"])
        pre = srv + str(RNG.randint(1, 9)) + "MB" + str(RNG.randint(1000, 9999)) if not srv.endswith("MB") else srv + str(RNG.randint(1000, 9999))
        return f"<{pre}{hexs(24)}@{pre}.eurprd0{RNG.randint(1, 9)}.prod.outlook.com>"
    if client == "gmail":
        return "<CA" + hexs(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+") + "@mail.gmail.com>"
    if client == "apple":
        return f"<{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}@{domain}>"
    if client == "thunderbird":
        return f"<{hexs(8, '0123456789abcdef')}-{hexs(4, '0123456789abcdef')}-{hexs(4, '0123456789abcdef')}-" \
               f"{hexs(4, '0123456789abcdef')}-{hexs(12, '0123456789abcdef')}@{domain}>"
    return f"<{hexs(16, '0123456789abcdef')}.{RNG.randint(10000, 99999)}@{domain}>"


MAILER = {
    "apple": "X-Mailer: Apple Mail (2.3774.500.171.1.1)",
    "iphone": "X-Mailer: iPhone Mail (21D61)",
    "thunderbird": "User-Agent: Mozilla Thunderbird",
    "outlook": "X-MS-Has-Attach: \nX-MS-TNEF-Correlator: ",
    "gmail": "",
    "roundcube": "User-Agent: Roundcube Webmail/1.6.6",
    "android": "X-Mailer: Outlook for Android",
}


# ---------------------------------------------------------------- quoting
def local(dt, offset):
    sign = 1 if offset[0] == "+" else -1
    td = timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])) * sign
    return (dt + td).replace(tzinfo=None)


def quote_header(style, lang, rem, offset):
    t = local(rem.sent, offset)
    wd, d, m, y = t.weekday(), t.day, t.month, t.year
    hm = t.strftime("%H:%M")
    who = f"{rem.sender} <{rem.addr}>"
    if style == "gmail":
        return {
            "en": f"On {SDAYS['en'][wd]}, {d} {SMONTHS['en'][m-1]} {y} at {hm}, {who} wrote:",
            "de": f"Am {SDAYS['de'][wd]}, {d}. {MONTHS['de'][m-1]} {y} um {hm} Uhr schrieb {who}:",
            "fr": f"Le {SDAYS['fr'][wd]} {d} {SMONTHS['fr'][m-1]} {y} à {hm}, {who} a écrit :",
            "it": f"Il giorno {SDAYS['it'][wd]} {d} {SMONTHS['it'][m-1]} {y} alle ore {hm} {who} ha scritto:",
            "sv": f"Den {SDAYS['sv'][wd]} {d} {MONTHS['sv'][m-1]} {y} kl {hm} skrev {who}:",
            "fi": f"{SDAYS['fi'][wd]} {d}. {SMONTHS['fi'][m-1]} {y} klo {t.hour}.{t.minute:02d} {rem.sender} (<{rem.addr}>) kirjoitti:",
            "hu": f"{who} ezt írta (időpont: {y}. {SMONTHS['hu'][m-1]} {d}., {SDAYS['hu'][wd]}, {t.hour}:{t.minute:02d}):",
            "sk": f"{SDAYS['sk'][wd]} {d}. {m}. {y} o {t.hour}:{t.minute:02d} {who} napísal(a):",
        }[lang]
    if style == "apple":
        return {
            "en": f"On {d} {SMONTHS['en'][m-1]} {y}, at {hm}, {who} wrote:",
            "de": f"Am {d:02d}.{m:02d}.{y} um {hm} schrieb {who}:",
            "fr": f"Le {d} {MONTHS['fr'][m-1]} {y} à {hm}, {who} a écrit :",
            "it": f"Il giorno {d} {MONTHS['it'][m-1]} {y}, alle ore {hm}, {who} ha scritto:",
            "sv": f"{d} {MONTHS['sv'][m-1]} {y} kl. {hm} skrev {who}:",
            "fi": f"{d}.{m}.{y} kello {t.hour}.{t.minute:02d}, {who} kirjoitti:",
            "hu": f"{y}. {MONTHS['hu'][m-1]} {d}. dátummal, {hm} időpontban {who} írta:",
            "sk": f"{d}. {m}. {y} o {hm}, {who} napísal:",
        }[lang]
    raise ValueError(style)


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "sk": ("Od", "Odoslané", "Komu", "Predmet"),
}


def outlook_sent(lang, t):
    wd, d, m, y, hm = t.weekday(), t.day, t.month, t.year, t.strftime("%H:%M")
    return {
        "en": f"{DAYS['en'][wd]}, {d} {MONTHS['en'][m-1]} {y} {hm}",
        "de": f"{DAYS['de'][wd]}, {d}. {MONTHS['de'][m-1]} {y} {hm}",
        "fr": f"{DAYS['fr'][wd]} {d} {MONTHS['fr'][m-1]} {y} {hm}",
        "it": f"{DAYS['it'][wd]} {d} {MONTHS['it'][m-1]} {y} {hm}",
        "sv": f"den {d} {MONTHS['sv'][m-1]} {y} {hm}",
        "fi": f"{DAYS['fi'][wd]} {d}. {MONTHS['fi'][m-1]} {y} {t.hour}.{t.minute:02d}",
        "hu": f"{y}. {MONTHS['hu'][m-1]} {d}., {DAYS['hu'][wd]} {t.hour}:{t.minute:02d}",
        "sk": f"{DAYS['sk'][wd]} {d}. {MONTHS['sk'][m-1]} {y} {t.hour}:{t.minute:02d}",
    }[lang]


def quoted(style, rem, offset, lang=None):
    lang = lang or rem.lang
    body = rem.body()
    if style in ("gmail", "apple"):
        q = "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
        return quote_header(style, lang, rem, offset) + "\n\n" + q + "\n" if style == "gmail" else \
            quote_header(style, lang, rem, offset) + "\n\n" + q + "\n"
    if style in ("outlook", "outlook_old"):
        L = OUTLOOK_LABELS[lang]
        t = local(rem.sent, offset)
        head = "________________________________\n" if style == "outlook" else {
            "de": "-----Ursprüngliche Nachricht-----\n", "fr": "-----Message d'origine-----\n",
            "it": "-----Messaggio originale-----\n", "sv": "-----Ursprungligt meddelande-----\n",
            "fi": "-----Alkuperäinen viesti-----\n", "hu": "-----Eredeti üzenet-----\n",
            "sk": "-----Pôvodná správa-----\n", "en": "-----Original Message-----\n"}[lang]
        sep = " : " if lang == "fr" else ": "
        return (head + f"{L[0]}{sep}{rem.sender} <{rem.addr}>\n{L[1]}{sep}{outlook_sent(lang, t)}\n"
                f"{L[2]}{sep}{rem.to}\n{L[3]}{sep}{rem.subject}\n\n{body}\n")
    raise ValueError(style)


# ---------------------------------------------------------------- reply builder
def reply(rem, date, frm, body, client="gmail", quote="gmail", prefix="Re: ", cte="quoted-printable",
          charset="utf-8", html=None, html_only=False, attachments=(), extra=(), subject=None, qlang=None,
          to=None, references=True, flowed=False, domain=None):
    offset = date[-5:]
    frm = enc_from(frm)
    domain = domain or frm.split("@")[-1].rstrip(">")
    text = body.rstrip("\n") + "\n"
    if quote:
        text += "\n" + quoted(quote, rem, offset, qlang)
    subj = subject if subject is not None else prefix + rem.subject
    heads = ["MIME-Version: 1.0", f"Date: {date}", f"Message-ID: {msgid(client if client in ('outlook','gmail','apple','thunderbird') else 'other', domain)}"]
    if references:
        heads += [f"In-Reply-To: {rem.msgid}", f"References: {rem.msgid}"]
    heads += [f"Subject: {hdr(subj, charset if charset != 'us-ascii' else 'utf-8')}", f"From: {frm}",
              f"To: {to or rem.from_hdr()}"]
    if client == "outlook":
        heads += [f"Thread-Topic: {hdr(rem.subject)}", f"Thread-Index: AQH{hexs(26, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}==",
                  f"Accept-Language: {rem.loc}", f"Content-Language: {rem.loc}"]
    if MAILER.get(client):
        heads.append(MAILER[client])
    heads += list(extra)
    params = "; format=flowed" if flowed else ""
    if html_only:
        content = part(html or to_html(text), "html", charset, cte)
    elif html is not None or client == "outlook":
        h = html if html else to_html(text)
        content = multipart("alternative", [part(text, "plain", charset, cte, params), part(h, "html", charset, cte)])
    else:
        content = part(text, "plain", charset, cte, params)
    if attachments:
        inner = content
        content = multipart("mixed", [inner] + [attachment(*a) for a in attachments])
    return "\n".join(heads) + "\n" + content


# ---------------------------------------------------------------- items
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
ITEMS = []


def item(id, key, loc, intent, fmt, eml, note, prov=(), injection=False, **labels):
    lab = {"id": id, "intent": intent}
    for f in FIELDS[1:]:
        lab[f] = labels.pop(f, [] if f == "invoice_numbers" else None)
    assert not labels, labels
    lab["note"] = f"[{key}, {loc}] {note}"
    if injection:
        lab["injection"] = True
    ITEMS.append(dict(id=id, key=key, loc=loc, fmt=fmt, eml=eml, labels=lab, prov=list(prov)))


def autoreply(rem, date, frm, body, subject, auto="auto-replied", client="outlook", charset="utf-8",
              cte="quoted-printable", extra=(), html=False, references=True):
    frm = enc_from(frm)
    heads = ["MIME-Version: 1.0", f"Date: {date}",
             f"Message-ID: {msgid(client, frm.split('@')[-1].rstrip('>'))}"]
    if references:
        heads += [f"In-Reply-To: {rem.msgid}", f"References: {rem.msgid}"]
    heads += [f"Subject: {hdr(subject)}", f"From: {frm}", f"To: {rem.from_hdr()}"]
    if auto:
        heads.append(f"Auto-Submitted: {auto}")
    heads += list(extra)
    if html:
        content = multipart("alternative", [part(body, "plain", charset, cte), part(to_html(body), "html", charset, cte)])
    else:
        content = part(body, "plain", charset, cte)
    return "\n".join(heads) + "\n" + content
