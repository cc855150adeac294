"""Shared helpers for build.py (blind set 398). Standard library only."""
import calendar
import random
import re
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
import email.policy

RNG = random.Random(398)
CO = "Verbatra Language Partners Ltd"
DOM = "billing.verbatra.example"
BILL_NAME = "Verbatra Billing"


def ar(case):
    return f"ar+{case}@{DOM}"


def mkdt(s, off):
    """s 'YYYY-MM-DD HH:MM:SS', off '+0100'."""
    sign = 1 if off[0] == "+" else -1
    td = timedelta(hours=int(off[1:3]), minutes=int(off[3:5])) * sign
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone(td))


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, up=True):
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if up else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(RNG.choice(chars) for _ in range(n))


def msgid(style, domain):
    if style == "outlook":
        box = "AM" + str(RNG.randint(0, 9)) + "PR0" + str(RNG.randint(1, 9)) + "MB" + str(RNG.randint(1000, 9999))
        return f"<{box}{ralnum(24)}@{box}.eurprd0{RNG.randint(1,9)}.prod.outlook.com>"
    if style == "gmail":
        return f"<CA+{ralnum(40, False)}@mail.gmail.com>"
    if style == "apple":
        return f"<{rhex(8).upper()}-{rhex(4).upper()}-{rhex(4).upper()}-{rhex(4).upper()}-{rhex(12).upper()}@{domain}>"
    if style == "tb":
        return f"<{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}@{domain}>"
    return f"<{rhex(16)}.{RNG.randint(1000,99999)}@{domain}>"


# ---------------------------------------------------------------- amounts
def money_en(amount, cur):
    v = float(amount)
    if cur == "ISK":
        return f"{cur} {int(round(v)):,}"
    return f"{cur} {v:,.2f}"


def money_de(amount, cur):
    v = float(amount)
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{s} {cur}"


def parse_amount(raw):
    """Raw local token -> 'NNNN.NN'. Handles 1.234,56 / 1,234.56 / 1 234,56 / 12 500,- / 485.000 kr."""
    s = raw.replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"[^\d.,' \-]", "", s).strip().strip("-").strip()
    s = s.replace(",-", "").replace(",--", "")
    s = s.replace(" ", "").replace("'", "")
    s = s.rstrip(",.-")
    m = re.search(r"[.,](\d{1,2})$", s)
    if m:
        intpart = re.sub(r"[.,]", "", s[: m.start()])
        dec = m.group(1).ljust(2, "0")
    else:
        intpart = re.sub(r"[.,]", "", s)
        dec = "00"
    return f"{int(intpart)}.{dec}"


# ---------------------------------------------------------------- dates
def this_weekday(today, wd):
    return today + timedelta((wd - today.weekday()) % 7)


def next_weekday(today, wd):
    return today + timedelta(7 - today.weekday() + wd)


def last_weekday(today, wd):
    """most recent such weekday strictly before today (Swedish 'i fredags', 'last Friday')."""
    d = (today.weekday() - wd) % 7
    return today - timedelta(d or 7)


def end_of_month(today):
    return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])


def by_the(today, day):
    if today.day <= day:
        return today.replace(day=day)
    y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return date(y, m, day)


def resolve(rule, args, today):
    if rule == "ymd":
        return date(*args)
    if rule == "plus_days":
        return today + timedelta(days=args[0])
    if rule == "this_weekday":
        return this_weekday(today, args[0])
    if rule == "next_weekday":
        return next_weekday(today, args[0])
    if rule == "last_weekday":
        return last_weekday(today, args[0])
    if rule == "end_of_month":
        return end_of_month(today)
    if rule == "end_of_named_month":
        return date(today.year, args[0], calendar.monthrange(today.year, args[0])[1])
    if rule == "by_the":
        return by_the(today, args[0])
    if rule == "iso_week_friday":
        return date.fromisocalendar(today.year, args[0], 5)
    if rule == "this_week_friday":
        return this_weekday(today, 4)
    if rule == "dm_past":
        d = date(today.year, args[1], args[0])
        return d if d <= today else date(today.year - 1, args[1], args[0])
    if rule == "dm_future":
        d = date(today.year, args[1], args[0])
        return d if d >= today else date(today.year + 1, args[1], args[0])
    raise ValueError(rule)


# ---------------------------------------------------------------- locale words (Feb-Apr only needed)
WD_FULL = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "nb": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "fi": ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"],
    "et": ["esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev"],
    "lv": ["pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena", "svētdiena"],
    "lt": ["pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis", "šeštadienis", "sekmadienis"],
    "is": ["mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur", "sunnudagur"],
}
WD_ABBR = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
    "nb": ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."],
    "da": ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."],
    "fi": ["ma", "ti", "ke", "to", "pe", "la", "su"],
    "et": ["E", "T", "K", "N", "R", "L", "P"],
    "lv": ["pirmd.", "otrd.", "trešd.", "ceturtd.", "piektd.", "sestd.", "svētd."],
    "lt": ["pirm.", "antr.", "treč.", "ketv.", "penkt.", "šešt.", "sekm."],
    "is": ["mán.", "þri.", "mið.", "fim.", "fös.", "lau.", "sun."],
}
MON_FULL = {  # index 1..12, only 1-4 used
    "en": [None, "January", "February", "March", "April"],
    "de": [None, "Januar", "Februar", "März", "April"],
    "nl": [None, "januari", "februari", "maart", "april"],
    "sv": [None, "januari", "februari", "mars", "april"],
    "nb": [None, "januar", "februar", "mars", "april"],
    "da": [None, "januar", "februar", "marts", "april"],
    "fi": [None, "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta"],
    "et": [None, "jaanuar", "veebruar", "märts", "aprill"],
    "lv": [None, "janvārī", "februārī", "martā", "aprīlī"],
    "lt": [None, "sausio", "vasario", "kovo", "balandžio"],
    "is": [None, "janúar", "febrúar", "mars", "apríl"],
}
MON_ABBR = {
    "en": [None, "Jan", "Feb", "Mar", "Apr"],
    "de": [None, "Jan.", "Feb.", "März", "Apr."],
    "nl": [None, "jan", "feb", "mrt", "apr"],
    "sv": [None, "jan.", "feb.", "mars", "apr."],
    "nb": [None, "jan.", "feb.", "mar.", "apr."],
    "da": [None, "jan.", "feb.", "mar.", "apr."],
    "is": [None, "jan.", "feb.", "mar.", "apr."],
    "et": [None, "jaan", "veebr", "märts", "apr"],
    "lv": [None, "janv.", "febr.", "marts", "apr."],
}


def lang_of(loc):
    return loc.split("-")[0]


def gmail_attr(lang, dt, who):
    w, d, m, y, hm = dt.weekday(), dt.day, dt.month, dt.year, dt.strftime("%H:%M")
    em = f"{BILL_NAME} <{who}>"
    if lang == "en":
        return f"On {WD_ABBR['en'][w]}, {d} {MON_ABBR['en'][m]} {y} at {hm}, {em} wrote:"
    if lang == "de":
        return f"Am {WD_ABBR['de'][w]}, {d}. {MON_FULL['de'][m]} {y} um {hm} Uhr schrieb {em}:"
    if lang == "nl":
        return f"Op {WD_ABBR['nl'][w]} {d} {MON_ABBR['nl'][m]} {y} om {hm} schreef {em}:"
    if lang == "sv":
        return f"Den {WD_ABBR['sv'][w]} {d} {MON_ABBR['sv'][m]} {y} kl {hm} skrev {em}:"
    if lang == "nb":
        return f"{WD_ABBR['nb'][w]} {d}. {MON_ABBR['nb'][m]} {y} kl. {hm} skrev {em}:"
    if lang == "da":
        return f"Den {WD_ABBR['da'][w]} {d}. {MON_ABBR['da'][m]} {y} kl. {hm.replace(':', '.')} skrev {em}:"
    if lang == "fi":
        return f"{WD_ABBR['fi'][w]} {d}.{m}.{y} klo {dt.hour}.{dt.minute:02d} {BILL_NAME} ({who}) kirjoitti:"
    if lang == "et":
        return f"{WD_ABBR['et'][w]}, {d}. {MON_FULL['et'][m]} {y} kell {hm} {BILL_NAME} (<{who}>) kirjutas:"
    if lang == "lv":
        return f"{WD_ABBR['lv'][w]}, {y}. g. {d}. {MON_ABBR['lv'][m]}, plkst. {hm} — lietotājs {BILL_NAME} (<{who}>) rakstīja:"
    if lang == "lt":
        return f"{y}-{m:02d}-{d:02d}, {WD_ABBR['lt'][w]}, {hm}, {em} rašė:"
    if lang == "is":
        return f"{WD_ABBR['is'][w]} {d}. {MON_ABBR['is'][m]} {y} kl. {hm} skrifaði {em}:"
    raise ValueError(lang)


def apple_attr(lang, dt, who):
    d, m, y, hm = dt.day, dt.month, dt.year, dt.strftime("%H:%M")
    em = f"{BILL_NAME} <{who}>"
    if lang == "en":
        return f"On {d} {MON_ABBR['en'][m]} {y}, at {hm}, {em} wrote:"
    if lang == "de":
        return f"Am {dt:%d.%m.%Y} um {hm} schrieb {em}:"
    if lang == "nl":
        return f"Op {d} {MON_ABBR['nl'][m]} {y}, om {hm}, heeft {em} het volgende geschreven:"
    if lang == "sv":
        return f"{d} {MON_ABBR['sv'][m]} {y} kl. {hm} skrev {em}:"
    if lang in ("nb", "da"):
        return f"{d}. {MON_ABBR[lang][m]} {y} kl. {hm} skrev {em}:"
    if lang == "is":
        return f"{d}. {MON_ABBR['is'][m]} {y} kl. {hm} skrifaði {em}:"
    return gmail_attr(lang, dt, who)


OUTLOOK_LBL = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "et": ("Saatja", "Saadetud", "Adressaat", "Teema"),
    "lv": ("No", "Nosūtīts", "Kam", "Tēma"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Tema"),
    "is": ("Frá", "Sent", "Til", "Efni"),
}


def outlook_sent(lang, dt):
    w, d, m, y, hm = dt.weekday(), dt.day, dt.month, dt.year, dt.strftime("%H:%M")
    if lang == "en":
        return f"{WD_FULL['en'][w]}, {d} {MON_FULL['en'][m]} {y} {hm}"
    if lang == "de":
        return f"{WD_FULL['de'][w]}, {d}. {MON_FULL['de'][m]} {y} {hm}"
    if lang == "nl":
        return f"{WD_FULL['nl'][w]} {d} {MON_FULL['nl'][m]} {y} {hm}"
    if lang == "sv":
        return f"den {d} {MON_FULL['sv'][m]} {y} {hm}"
    if lang == "nb":
        return f"{WD_FULL['nb'][w]} {d}. {MON_FULL['nb'][m]} {y} {hm}"
    if lang == "da":
        return f"{WD_FULL['da'][w]} {d}. {MON_FULL['da'][m]} {y} {hm}"
    if lang == "fi":
        return f"{WD_FULL['fi'][w]} {d}. {MON_FULL['fi'][m]} {y} {dt.hour}.{dt.minute:02d}"
    if lang == "et":
        return f"{WD_FULL['et'][w]}, {d}. {MON_FULL['et'][m]} {y} {hm}"
    if lang == "lv":
        return f"{WD_FULL['lv'][w]}, {y}. gada {d}. {MON_FULL['lv'][m]} {hm}"
    if lang == "lt":
        return f"{y} m. {MON_FULL['lt'][m]} {d} d., {WD_FULL['lt'][w]} {hm}"
    if lang == "is":
        return f"{WD_FULL['is'][w]}, {d}. {MON_FULL['is'][m]} {y} {hm}"
    raise ValueError(lang)


def enc_header(v):
    """RFC 2047-encode a header value when it is not ASCII (as a real MTA/MUA would)."""
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        from email.header import Header
        return Header(v, "utf-8", maxlinelen=76).encode()


# ---------------------------------------------------------------- our reminder
class Rem:
    def __init__(self, case, n, sent, to_name, to_addr, cust, inv, cur, lang="en"):
        self.case, self.n, self.to_name, self.to_addr, self.cust = case, n, to_name, to_addr, cust
        self.sent = mkdt(sent, "+0000")  # our system sends in UTC
        self.inv, self.cur, self.lang = inv, cur, lang  # inv: [(num, due 'YYYY-MM-DD', '1234.00')]

    @property
    def msgid(self):
        return f"<{self.case}.n{self.n}.{self.sent:%Y%m%dT%H%M%SZ}@{DOM}>"

    @property
    def addr(self):
        return ar(self.case)

    def total(self):
        return f"{sum(float(a) for _, _, a in self.inv):.2f}"

    def subject(self):
        de = self.lang == "de"
        mf = money_de if de else money_en
        tot = mf(self.total(), self.cur)
        if len(self.inv) == 1:
            num = self.inv[0][0]
            if de:
                return {1: f"Zahlungserinnerung: Rechnung {num} ({tot})",
                        2: f"2. Mahnung: Rechnung {num} ist überfällig ({tot})",
                        3: f"Letzte Mahnung: Rechnung {num} ({tot})"}[self.n]
            return {1: f"Payment reminder: invoice {num} ({tot})",
                    2: f"Second reminder: invoice {num} is overdue ({tot})",
                    3: f"Final reminder: invoice {num} ({tot})"}[self.n]
        k = len(self.inv)
        if de:
            return {1: f"Zahlungserinnerung: {k} offene Rechnungen ({tot})",
                    2: f"2. Mahnung: {k} überfällige Rechnungen ({tot})",
                    3: f"Letzte Mahnung: {k} überfällige Rechnungen ({tot})"}[self.n]
        return {1: f"Payment reminder: {k} overdue invoices ({tot})",
                2: f"Second reminder: {k} overdue invoices ({tot})",
                3: f"Final reminder: {k} overdue invoices ({tot})"}[self.n]

    def body(self):
        if self.lang == "de":
            rows = "\n".join(f"  {n:<10}  {d[8:10]}.{d[5:7]}.{d[:4]}   {money_de(a, self.cur)}" for n, d, a in self.inv)
            return (f"Guten Tag {self.to_name},\n\n"
                    f"laut unserer Buchhaltung sind folgende Rechnungen der {self.cust} noch offen:\n\n"
                    f"  Rechnung    fällig am    Betrag\n{rows}\n\n"
                    f"Offener Betrag gesamt: {money_de(self.total(), self.cur)}\n\n"
                    "Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf das auf der\n"
                    "Rechnung genannte Konto. Sollten Sie die Zahlung bereits veranlasst haben, teilen\n"
                    "Sie uns bitte Zahlungsdatum und Referenz mit, damit wir sie zuordnen können. Bei\n"
                    "Fragen zur Rechnung antworten Sie einfach auf diese E-Mail.\n\n"
                    "Mit freundlichen Grüßen\n\n"
                    f"Verbatra Billing\nDebitorenbuchhaltung | {CO}\nVorgang {self.case}\n")
        rows = "\n".join(f"  {n:<10}  {d}   {money_en(a, self.cur)}" for n, d, a in self.inv)
        return (f"Dear {self.to_name},\n\n"
                f"Our records show the following invoices for {self.cust} are overdue:\n\n"
                f"  Invoice     Due date     Amount\n{rows}\n\n"
                f"Total overdue: {money_en(self.total(), self.cur)}\n\n"
                "Please pay by bank transfer quoting the invoice number, or online at\n"
                f"https://pay.verbatra.example/c/{self.case}. If you have already paid, please\n"
                "reply with the payment date and reference so we can match it. If anything\n"
                "on the invoice looks wrong, just reply and tell us.\n\n"
                "Kind regards,\n\n"
                f"Verbatra Billing\nAccounts Receivable | {CO}\nCase {self.case}\n")

    def enc_subject(self):
        return enc_header(self.subject())

    def headers_text(self):
        return (f"From: {BILL_NAME} <{self.addr}>\nTo: {enc_header(self.to_name)} <{self.to_addr}>\n"
                f"Subject: {self.enc_subject()}\nDate: {format_datetime(self.sent)}\n"
                f"Message-ID: {self.msgid}\nMIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n")

    def eml(self):
        return self.headers_text() + "\n" + self.body()


def quote_block(rem, style, lang, local_tz):
    """Return text to append below the reply."""
    sent_local = rem.sent.astimezone(local_tz)
    body = rem.body().rstrip("\n")
    if style == "none":
        return ""
    if style in ("gmail", "apple", "tb"):
        if style == "gmail":
            head = gmail_attr(lang, sent_local, rem.addr)
        elif style == "apple":
            head = apple_attr(lang, sent_local, rem.addr)
        else:
            head = gmail_attr(lang, sent_local, rem.addr)
        q = "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
        return f"\n{head}\n\n{q}\n" if style != "apple" else f"\n> {head}\n>\n{q}\n"
    if style == "outlook":
        f, s, t, su = OUTLOOK_LBL[lang]
        return (f"\n________________________________\n{f}: {BILL_NAME} <{rem.addr}>\n"
                f"{s}: {outlook_sent(lang, sent_local)}\n{t}: {rem.to_name} <{rem.to_addr}>\n"
                f"{su}: {rem.subject()}\n\n{body}\n")
    if style == "outlook_old":  # -----Original Message----- style
        f, s, t, su = OUTLOOK_LBL[lang]
        sep = {"de": "-----Ursprüngliche Nachricht-----", "sv": "-----Ursprungligt meddelande-----",
               "nl": "-----Oorspronkelijk bericht-----", "da": "-----Oprindelig meddelelse-----",
               "nb": "-----Opprinnelig melding-----", "fi": "-----Alkuperäinen viesti-----"}.get(lang, "-----Original Message-----")
        return (f"\n{sep}\n{f}: {BILL_NAME} <{rem.addr}>\n{s}: {outlook_sent(lang, sent_local)}\n"
                f"{t}: {rem.to_addr}\n{su}: {rem.subject()}\n\n{body}\n")
    if style == "fwd":
        return ""
    raise ValueError(style)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(reply, quote_txt, extra_html=""):
    paras = "".join(f"<p>{html_escape(p).replace(chr(10), '<br>')}</p>\n" for p in reply.strip("\n").split("\n\n"))
    q = ""
    if quote_txt.strip():
        q = ("<div style=\"border-top:1px solid #E1E1E1;padding-top:3pt\">\n<blockquote style=\"margin:0 0 0 .8ex;"
             "border-left:1px #ccc solid;padding-left:1ex\">" + html_escape(quote_txt.strip("\n")).replace("\n", "<br>\n")
             + "</blockquote></div>\n")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + paras + extra_html
            + "</div>\n" + q + "</body></html>\n")


# ---------------------------------------------------------------- assemble a human/auto reply
def build_reply(it):
    rem = it["rem"]
    dt = mkdt(*it["date"])
    lang = lang_of(it["loc"])
    qstyle = it.get("quote", "gmail")
    qlang = it.get("qlang", lang)
    quote = quote_block(rem, qstyle, qlang, dt.tzinfo) if rem else ""
    reply = it["body"].strip("\n") + "\n"
    text = reply + quote
    m = EmailMessage(policy=email.policy.default)
    name, addr = it["frm"]
    dom = addr.split("@")[1]
    m["From"] = f"{name} <{addr}>" if name else addr
    to = it.get("to") or f"{BILL_NAME} <{rem.addr}>"
    m["To"] = to
    for h, v in it.get("pre_headers", []):
        m[h] = v
    if it.get("subject"):
        m["Subject"] = it["subject"]
    elif it.get("subject_fn"):
        m["Subject"] = it["subject_fn"].format(subj=rem.subject())
    else:
        m["Subject"] = f"{it.get('prefix', 'Re:')} {rem.subject()}"
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = msgid(it.get("mid", "outlook"), dom)
    if rem and not it.get("no_thread"):
        m["In-Reply-To"] = rem.msgid
        m["References"] = rem.msgid
    for h, v in it.get("headers", []):
        m[h] = v
    form = it.get("form", "plain")
    cs = it.get("charset", "utf-8")
    cte = it.get("cte", "quoted-printable")
    if form == "plain":
        m.set_content(text, charset=cs, cte=cte)
    elif form in ("alt", "html"):
        html = it.get("html") or text_to_html(reply, quote, it.get("extra_html", ""))
        if form == "alt":
            m.set_content(text, charset=cs, cte=cte)
            m.add_alternative(html, subtype="html", charset=cs, cte=it.get("html_cte", "quoted-printable"))
        else:
            m.set_content(html, subtype="html", charset=cs, cte=cte)
    for att in it.get("attach", []):
        if m.get_content_type() != "multipart/mixed":
            m.make_mixed()
        mt, st = att["type"].split("/")
        data = att["data"]
        if isinstance(data, str):
            data = data.encode("utf-8")
        m.add_attachment(data, maintype=mt, subtype=st, filename=att["name"])
    for part in m.walk():
        if part is not m and "MIME-Version" in part:
            del part["MIME-Version"]
    return m.as_string()


def fake_pdf(title_lines):
    body = "BT /F1 11 Tf 72 760 Td " + " ".join(f"({l}) Tj 0 -14 Td" for l in title_lines) + " ET"
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            f"4 0 obj<</Length {len(body)}>>stream\n{body}\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").encode("latin-1")
