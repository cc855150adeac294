"""Shared helpers for build.py (blind set 412). Standard library only."""
import base64
import calendar
import quopri
import random
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, parsedate_to_datetime

RNG = random.Random(412)
DOM = "billing.helioterm.example"
CO_LONG = "Helioterm Energy SE"


def ar_addr(case):
    return f"ar+{case}@{DOM}"


def ar_display(case, lang="en"):
    name = "Helioterm Energy Buchhaltung" if lang == "de" else "Helioterm Energy Billing"
    return f"{name} <{ar_addr(case)}>"


def hexid(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def alnum(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


# ---------------------------------------------------------------- money
def fmt_en(v):
    whole, dec = v.split(".")
    return f"{int(whole):,}.{dec}"


def fmt_de(v):
    return fmt_en(v).replace(",", "X").replace(".", ",").replace("X", ".")


# ---------------------------------------------------------------- date rules (build side)
def today_of(date_header):
    return parsedate_to_datetime(date_header).date()


def resolve(rule, today):
    kind = rule[0]
    if kind == "tomorrow":
        return today + timedelta(1)
    if kind == "yesterday":
        return today - timedelta(1)
    if kind == "today":
        return today
    if kind == "weekday":
        return today + timedelta((rule[1] - today.weekday()) % 7)
    if kind == "next_weekday":
        return today + timedelta(7 - today.weekday() + rule[1])
    if kind == "last_weekday":  # most recent such weekday before today
        d = today - timedelta(1)
        while d.weekday() != rule[1]:
            d -= timedelta(1)
        return d
    if kind == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if kind == "eo_month":
        m = rule[1]
        y = today.year if m >= today.month else today.year + 1
        return date(y, m, calendar.monthrange(y, m)[1])
    if kind == "plus_days":
        return today + timedelta(rule[1])
    if kind == "by_the":
        d = rule[1]
        if today.day <= d:
            return today.replace(day=d)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, d)
    if kind == "this_week":
        return today + timedelta(4 - today.weekday())
    if kind == "iso_week":
        return date.fromisocalendar(today.year, rule[1], 5)
    if kind == "explicit":
        return date.fromisoformat(rule[1])
    if kind == "dm_past":
        d = date(today.year, rule[2], rule[1])
        return d if d <= today else date(today.year - 1, rule[2], rule[1])
    if kind == "dm_future":
        d = date(today.year, rule[2], rule[1])
        return d if d >= today else date(today.year + 1, rule[2], rule[1])
    raise ValueError(rule)


# ---------------------------------------------------------------- localisation tables
WD = {  # full weekday names Monday..Sunday
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle".split(),
    "sk": "pondelok utorok streda štvrtok piatok sobota nedeľa".split(),
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap".split(),
    "ro": "luni marți miercuri joi vineri sâmbătă duminică".split(),
    "bg": "понеделник вторник сряда четвъртък петък събота неделя".split(),
    "hr": "ponedjeljak utorak srijeda četvrtak petak subota nedjelja".split(),
    "sr": "ponedeljak utorak sreda četvrtak petak subota nedelja".split(),
    "sl": "ponedeljek torek sreda četrtek petek sobota nedelja".split(),
}
WDA = {  # Gmail-style abbreviations
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(),
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.".split(),
    "pl": "pon. wt. śr. czw. pt. sob. niedz.".split(),
    "cs": "po út st čt pá so ne".split(),
    "sk": "po ut st št pi so ne".split(),
    "hu": "H K Sze Cs P Szo V".split(),
    "ro": "lun. mar. mie. joi vin. sâm. dum.".split(),
    "bg": "пн вт ср чт пт сб нд".split(),
    "hr": "pon uto sri čet pet sub ned".split(),
    "sr": "pon uto sre čet pet sub ned".split(),
    "sl": "pon. tor. sre. čet. pet. sob. ned.".split(),
}
MON = {  # full month names (nominative) Jan..Jun
    "en": "January February March April May June".split(),
    "de": "Januar Februar März April Mai Juni".split(),
}
MONG = {  # genitive / outlook forms Jan..Jun
    "pl": "stycznia lutego marca kwietnia maja czerwca".split(),
    "cs": "ledna února března dubna května června".split(),
    "sk": "januára februára marca apríla mája júna".split(),
    "hu": "január február március április május június".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie".split(),
    "bg": "януари февруари март април май юни".split(),
    "hr": "siječnja veljače ožujka travnja svibnja lipnja".split(),
    "sr": "januar februar mart april maj jun".split(),
    "sl": "januar februar marec april maj junij".split(),
}
MONA = {  # Gmail short month names Jan..Jun
    "en": "Jan Feb Mar Apr May Jun".split(),
    "de": "Jan. Feb. März Apr. Mai Juni".split(),
    "pl": "sty lut mar kwi maj cze".split(),
    "hu": "jan. febr. márc. ápr. máj. jún.".split(),
    "ro": "ian. feb. mar. apr. mai iun.".split(),
    "hr": "sij sij velj ožu tra svi".split(),
    "sr": "jan feb mar apr maj jun".split(),
    "sl": "jan. feb. mar. apr. maj jun.".split(),
}
MONA["hr"] = "sij velj ožu tra svi lip".split()


def gmail_attr(lang, dt, who):
    w, d, m, y, hm = dt.weekday(), dt.day, dt.month, dt.year, dt.strftime("%H:%M")
    h1 = f"{dt.hour}:{dt.minute:02d}"
    if lang == "en":
        return f"On {WDA['en'][w]}, {d} {MONA['en'][m-1]} {y} at {hm}, {who} wrote:"
    if lang == "de":
        return f"Am {WDA['de'][w]}, {d}. {MON['de'][m-1]} {y} um {hm} Uhr schrieb {who}:"
    if lang == "pl":
        return f"{WDA['pl'][w]} {d} {MONA['pl'][m-1]} {y} o {hm} {who} napisał(a):"
    if lang == "cs":
        return f"{WDA['cs'][w]} {d}. {m}. {y} v {h1} odesílatel {who} napsal:"
    if lang == "sk":
        return f"{WDA['sk'][w]} {d}. {m}. {y} o {h1} {who} napísal(a):"
    if lang == "hu":
        return f"{who} ezt írta (időpont: {y}. {MONA['hu'][m-1]} {d}., {WDA['hu'][w]}, {h1}):"
    if lang == "ro":
        return f"În {WDA['ro'][w]}, {d} {MONA['ro'][m-1]} {y} la {hm}, {who} a scris:"
    if lang == "bg":
        return f"{WDA['bg'][w]}, {d}.{m:02d}.{y} г. в {h1} ч. {who} написа:"
    if lang == "hr":
        return f"{WDA['hr'][w]}, {d}. {MONA['hr'][m-1]} {y}. u {hm} {who} napisao je:"
    if lang == "sr":
        return f"{WDA['sr'][w]}, {d}. {MONA['sr'][m-1]} {y}. u {hm} {who} je napisao/la:"
    if lang == "sl":
        return f"{WDA['sl'][w]}, {d}. {MONA['sl'][m-1]} {y} ob {hm} je {who} napisal(a):"
    raise ValueError(lang)


def apple_attr(lang, dt, who):
    hm = dt.strftime("%H:%M")
    if lang == "de":
        return f"Am {dt.day:02d}.{dt.month:02d}.{dt.year} um {hm} schrieb {who}:"
    if lang == "en":
        return f"On {dt.day} {MONA['en'][dt.month-1]} {dt.year}, at {hm}, {who} wrote:"
    return gmail_attr(lang, dt, who)


OUTLOOK = {  # separator, From, Sent, To, Subject
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"),
    "pl": ("-----Wiadomość oryginalna-----", "Od", "Wysłano", "Do", "Temat"),
    "cs": ("-----Původní zpráva-----", "Od", "Odesláno", "Komu", "Předmět"),
    "sk": ("-----Pôvodná správa-----", "Od", "Odoslané", "Komu", "Predmet"),
    "hu": ("-----Eredeti üzenet-----", "Feladó", "Elküldve", "Címzett", "Tárgy"),
    "ro": ("-----Mesaj original-----", "De la", "Trimis", "Către", "Subiect"),
    "bg": ("-----Оригинално съобщение-----", "От", "Изпратено", "До", "Относно"),
    "hr": ("-----Izvorna poruka-----", "Šalje", "Poslano", "Prima", "Predmet"),
    "sr": ("-----Originalna poruka-----", "Od", "Poslato", "Za", "Tema"),
    "sl": ("-----Izvirno sporočilo-----", "Od", "Poslano", "Za", "Zadeva"),
}


def outlook_sent(lang, dt):
    w, d, m, y = dt.weekday(), dt.day, dt.month, dt.year
    hm, h1 = dt.strftime("%H:%M"), f"{dt.hour}:{dt.minute:02d}"
    if lang == "en":
        return f"{WD['en'][w]}, {d} {MON['en'][m-1]} {y} {hm}"
    if lang == "de":
        return f"{WD['de'][w]}, {d}. {MON['de'][m-1]} {y} {hm}"
    if lang == "pl":
        return f"{WD['pl'][w]}, {d} {MONG['pl'][m-1]} {y} {hm}"
    if lang in ("cs", "sk"):
        return f"{WD[lang][w]} {d}. {MONG[lang][m-1]} {y} {h1}"
    if lang == "hu":
        return f"{y}. {MONG['hu'][m-1]} {d}., {WD['hu'][w]} {h1}"
    if lang == "ro":
        return f"{WD['ro'][w]}, {d} {MONG['ro'][m-1]} {y} {hm}"
    if lang == "bg":
        return f"{WD['bg'][w]}, {d} {MONG['bg'][m-1]} {y} г. {h1}"
    if lang in ("hr", "sr"):
        return f"{WD[lang][w]}, {d}. {MONG[lang][m-1]} {y}. {h1}"
    if lang == "sl":
        return f"{WD['sl'][w]}, {d}. {MONG['sl'][m-1]} {y} {h1}"
    raise ValueError(lang)


# ---------------------------------------------------------------- our reminder
class Reminder:
    def __init__(self, case, seq, sent, inv, cur, lang="en", greet="", cust="", to_addr=""):
        self.case, self.seq, self.cur, self.lang = case, seq, cur, lang
        self.sent = datetime.fromisoformat(sent).replace(tzinfo=timezone.utc)
        self.inv = inv  # list of (number, due ISO, amount "1234.00")
        self.greet, self.cust, self.to_addr = greet, cust, to_addr
        self.msgid = f"<{case}.r{seq}.{self.sent:%Y%m%dT%H%M%SZ}@{DOM}>"

    def total(self):
        return "%.2f" % sum(float(a) for _, _, a in self.inv)

    def days(self):
        due = date.fromisoformat(self.inv[0][1])
        return (self.sent.date() - due).days

    @property
    def subject(self):
        t = self.total()
        if self.lang == "de":
            lead = {1: "Zahlungserinnerung", 2: "2. Mahnung", 3: "Letzte Mahnung"}[self.seq]
            if len(self.inv) == 1:
                return f"{lead}: Rechnung {self.inv[0][0]} ist seit {self.days()} Tagen überfällig ({self.cur} {fmt_de(t)})"
            return f"{lead}: {len(self.inv)} offene Rechnungen ({self.cur} {fmt_de(t)})"
        lead = {1: "Reminder", 2: "Second reminder", 3: "Final notice"}[self.seq]
        if len(self.inv) == 1:
            return f"{lead}: invoice {self.inv[0][0]} is {self.days()} days overdue ({self.cur} {fmt_en(t)})"
        return f"{lead}: {len(self.inv)} invoices overdue ({self.cur} {fmt_en(t)})"

    def body(self):
        t = self.total()
        if self.lang == "de":
            rows = "\n".join(f"  {n}   {date.fromisoformat(d):%d.%m.%Y}   {self.cur} {fmt_de(a)}" for n, d, a in self.inv)
            return (f"Guten Tag {self.greet},\n\n"
                    f"laut unserer Buchhaltung sind folgende Rechnungen an {self.cust} überfällig:\n\n"
                    f"  Rechnung   Fällig am    Betrag\n{rows}\n\n"
                    f"Offener Betrag gesamt: {self.cur} {fmt_de(t)}\n\n"
                    f"Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf das\n"
                    f"auf der Rechnung angegebene Konto oder zahlen Sie online unter\n"
                    f"https://pay.helioterm.example/c/{self.case}. Falls Sie bereits bezahlt haben,\n"
                    f"teilen Sie uns bitte Zahlungsdatum und Referenz mit. Sollte etwas an der\n"
                    f"Rechnung nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
                    f"Freundliche Grüße\n\nHelioterm Energy Buchhaltung\n{CO_LONG}")
        rows = "\n".join(f"  {n}   {d}   {self.cur} {fmt_en(a)}" for n, d, a in self.inv)
        lead = "is now past due" if len(self.inv) == 1 else "are now past due"
        return (f"Dear {self.greet},\n\n"
                f"Our records show that the following invoice{'s' if len(self.inv) > 1 else ''} for {self.cust} {lead}:\n\n"
                f"  Invoice    Due date     Amount\n{rows}\n\n"
                f"Total overdue: {self.cur} {fmt_en(t)}\n\n"
                f"You can pay by bank transfer to the account shown on the invoice,\n"
                f"quoting the invoice number, or online at\n"
                f"https://pay.helioterm.example/c/{self.case}. If you have already paid,\n"
                f"please reply with the payment date and reference so we can match it.\n"
                f"If anything on the invoice looks wrong, just reply and tell us.\n\n"
                f"Kind regards,\n\nHelioterm Energy Billing\nAccounts Receivable | {CO_LONG}")

    def headers_block(self):
        return (f"From: {ar_display(self.case, self.lang)}\nTo: {self.to_addr}\n"
                f"Subject: {self.subject}\nDate: {self.sent:%a, %d %b %Y %H:%M:%S +0000}\n"
                f"Message-ID: {self.msgid}\nMIME-Version: 1.0\n"
                f"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n")


def quote(style, lang, rem, tz):
    local = rem.sent.astimezone(tz)
    who = f"{ar_display(rem.case, rem.lang).split(' <')[0]} <{ar_addr(rem.case)}>"
    body = rem.body()
    if style in ("gmail", "apple", "thunderbird"):
        pref = "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
        if style == "gmail":
            return f"\n\n{gmail_attr(lang, local, who)}\n\n{pref}\n"
        if style == "thunderbird":
            if lang == "en":
                a = f"On {local:%d/%m/%Y %H:%M}, {who} wrote:"
            elif lang == "de":
                a = f"Am {local:%d.%m.%Y} um {local:%H:%M} schrieb {who}:"
            else:
                a = f"Dne {local.day}. {local.month}. {local.year} v {local.hour}:{local.minute:02d} {who} napsal(a):" if lang == "cs" else gmail_attr(lang, local, who)
            return f"\n\n{a}\n{pref}\n"
        return f"\n\n{apple_attr(lang, local, who)}\n\n{pref}\n"
    if style in ("outlook", "outlook-line"):
        sep, f_, s_, t_, su = OUTLOOK[lang]
        if style == "outlook-line":
            sep = "________________________________"
        return (f"\n\n{sep}\n{f_}: {ar_display(rem.case, rem.lang)}\n{s_}: {outlook_sent(lang, local)}\n"
                f"{t_}: {rem.to_addr}\n{su}: {rem.subject}\n\n{body}\n")
    if style == "none":
        return "\n"
    raise ValueError(style)


# ---------------------------------------------------------------- MIME assembly
def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def enc_addr(name, addr):
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def encode_body(text, cs, cte):
    if cte in ("7bit", "8bit"):
        if cs.lower() not in ("utf-8", "us-ascii"):
            raise ValueError("raw legacy charset not representable")
        text.encode(cs)
        return text if text.endswith("\n") else text + "\n"
    raw = text.encode(cs)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii") + ("" if raw.endswith(b"\n") else "\n")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def textpart(text, subtype="plain", cs="utf-8", cte="8bit", params="", extra=None):
    h = [("Content-Type", f'text/{subtype}; charset="{cs}"{params}'), ("Content-Transfer-Encoding", cte)]
    h += extra or []
    return (h, encode_body(text, cs, cte))


def binpart(ctype, filename, data, disp="attachment", extra=None):
    h = [("Content-Type", f'{ctype}; name="{filename}"'),
         ("Content-Disposition", f'{disp}; filename="{filename}"'),
         ("Content-Transfer-Encoding", "base64")] + (extra or [])
    return (h, base64.encodebytes(data).decode("ascii"))


def rawpart(headers, body):
    return (headers, body if body.endswith("\n") else body + "\n")


def boundary(style="generic"):
    if style == "outlook":
        return f"_000_{hexid(8)}{hexid(24)}_"
    if style == "gmail":
        return "000000000000" + hexid(16).lower()
    if style == "apple":
        return f"Apple-Mail={hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}"
    return f"----=_Part_{RNG.randint(100000, 999999)}_{RNG.randint(10**8, 10**9)}.{RNG.randint(10**12, 10**13)}"


def multipart(sub, parts, bnd=None, params="", preamble=""):
    bnd = bnd or boundary()
    out = preamble
    for p in parts:
        out += f"--{bnd}\n" + render(p) + "\n"
    out += f"--{bnd}--\n"
    return ([("Content-Type", f'multipart/{sub}; boundary="{bnd}"{params}')], out)


def render(part):
    h, b = part
    return "".join(f"{k}: {v}\n" for k, v in h) + "\n" + b


def message(headers, part, mime=True):
    h = list(headers)
    if mime:
        h.append(("MIME-Version", "1.0"))
    h += part[0]
    return "".join(f"{k}: {v}\n" for k, v in h) + "\n" + part[1]


def fake_pdf(text):
    body = (f"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\n"
            f"endobj\n% {text}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return body.encode("utf-8")


def msgid_for(client, domain, dt):
    if client == "gmail":
        return f"<CA{alnum(2)}{alnum(40)}@mail.{domain}>"
    if client == "outlook":
        return f"<{hexid(4)}PR{RNG.randint(10, 99)}MB{RNG.randint(1000, 9999)}{hexid(16)}@{hexid(4)}PR{RNG.randint(10, 99)}MB{RNG.randint(1000, 9999)}.eurprd{RNG.randint(1, 9):02d}.prod.{domain}>"
    if client in ("apple", "iphone"):
        return f"<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@{domain}>"
    if client == "thunderbird":
        return f"<{hexid(8).lower()}-{hexid(4).lower()}-{hexid(4).lower()}-{hexid(4).lower()}-{hexid(12).lower()}@{domain}>"
    return f"<{dt:%Y%m%d%H%M%S}.{hexid(10).lower()}@{domain}>"


MAILERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", None)],
    "apple": [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")],
    "iphone": [("X-Mailer", "iPhone Mail (22D82)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "gmail": [],
    "webmail": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "android": [],
}


# ---------------------------------------------------------------- items
ITEMS = []
PREFIX = {"en": "RE:", "de": "AW:", "pl": "ODP:", "cs": "RE:", "sk": "RE:", "hu": "VS:", "ro": "RE:",
          "bg": "RE:", "hr": "ODG:", "sr": "RE:", "sl": "RE:"}
DEFAULT_QUOTE = {"gmail": "gmail", "outlook": "outlook", "apple": "apple", "iphone": "apple",
                 "thunderbird": "thunderbird", "webmail": "gmail", "android": "gmail"}


def D(*rule, phrase):
    return {"rule": list(rule), "phrase": phrase}


def A(raw, cur):
    return {"raw": raw, "cur": cur}


def parse_amount(raw):
    s = raw
    for tok in ("CHF", "EUR", "PLN", "CZK", "HUF", "RON", "RSD", "GBP", "Fr.", "Kč", "zł", "Ft", "lei", "dinara", "din.", "дин.",
                "евро", "€", "£", "лв.", "\u00a0"):
        s = s.replace(tok, " " if tok == "\u00a0" else "")
    s = s.strip().rstrip("-–").rstrip(".,").strip()
    s = s.replace(" ", "").replace("'", "").replace("’", "")
    if len(s) > 3 and s[-3] in ",." :
        whole, dec = s[:-3], s[-2:]
    else:
        whole, dec = s, "00"
    whole = whole.replace(".", "").replace(",", "")
    return f"{int(whole)}.{dec}"


def text_to_html(text, hidden=None):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<div>" + "<br>\n".join(_h.escape(l) for l in p.split("\n")) + "</div>")
        out.append("<div><br></div>")
    if hidden:
        out.insert(2, hidden)
    return "\n".join(out)


def reply(id, key, loc, intent, fmt, case, cust, who, rem, date_hdr, client, body, lab, note,
          greet="", quote_style=None, prefix=None, subject=None, cs="utf-8", cte="8bit", mode="plain",
          html=None, attach=(), extra=(), injection=False, to_name=None, hidden_html=None, quote_lang=None,
          html_cs="utf-8", html_cte="quoted-printable", cc=None):
    lang = loc.split("-")[0]
    tz = parsedate_to_datetime(date_hdr).tzinfo
    r = Reminder(case, rem.get("seq", 1), rem["sent"], rem["inv"], rem["cur"], rem.get("lang", "en"),
                 greet or who[0].split()[0], cust, who[1])
    qs = quote_style or DEFAULT_QUOTE[client]
    full = body.rstrip("\n") + "\n" + (quote(qs, quote_lang or lang, r, tz) if qs != "none" else "")
    subj = subject if subject is not None else f"{prefix or ('Re:' if client in ('gmail', 'apple', 'iphone', 'thunderbird', 'webmail', 'android') else PREFIX[lang])} {r.subject}"
    domain = who[1].split("@")[1]
    hdrs = [("Date", date_hdr), ("From", enc_addr(who[0], who[1])),
            ("To", enc_addr(to_name or ar_display(case, r.lang).split(" <")[0], ar_addr(case)))]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs += [("Subject", enc_header(subj)), ("Message-ID", msgid_for(client, domain, parsedate_to_datetime(date_hdr))),
             ("In-Reply-To", r.msgid), ("References", r.msgid)]
    for k, v in MAILERS.get(client, []):
        if k == "Thread-Index":
            v = base64.b64encode(bytes(RNG.randrange(256) for _ in range(22))).decode()
        if k == "Content-Language":
            v = loc if lang != "sr" else "sr-Latn-RS"
        hdrs.append((k, v))
    hdrs += list(extra)
    if mode == "plain":
        part = textpart(full, cs=cs, cte=cte, params=("; format=flowed" if client == "thunderbird" else ""))
    else:
        h = html or ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
                     + text_to_html(body, hidden_html) + "\n<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
                     + text_to_html(r.body()) + "</blockquote>\n</body></html>")
        hp = textpart(h, subtype="html", cs=html_cs, cte=html_cte)
        if mode == "html":
            part = hp
        else:
            part = multipart("alternative", [textpart(full, cs=cs, cte=cte), hp], boundary({"outlook": "outlook", "gmail": "gmail", "apple": "apple"}.get(client, "x")))
    if attach:
        part = multipart("mixed", [part] + list(attach), boundary({"outlook": "outlook", "gmail": "gmail", "apple": "apple"}.get(client, "x")))
    eml = message(hdrs, part)
    ITEMS.append(dict(id=id, key=key, loc=loc, intent=intent, fmt=fmt, eml=eml, lab=lab, note=note,
                      injection=injection, date=date_hdr, rem_inv=[n for n, _, _ in rem["inv"]]))


def raw_item(id, key, loc, intent, fmt, eml, lab, note, injection=False, date_hdr=None, rem_inv=()):
    import email as _e
    d = date_hdr
    if d is None:
        for line in eml.split("\n"):
            if line.startswith("Date: "):
                d = line[6:].strip()
                break
    ITEMS.append(dict(id=id, key=key, loc=loc, intent=intent, fmt=fmt, eml=eml, lab=lab, note=note,
                      injection=injection, date=d, rem_inv=list(rem_inv)))
