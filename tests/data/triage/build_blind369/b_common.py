"""Shared helpers for build.py (blind set 369). Standard library only."""
import base64, quopri, random, calendar
from datetime import date, datetime, timedelta
from decimal import Decimal
from email.header import Header

RNG = random.Random(369)
CO = "Vetora Animal Health & Feed"
DOM = "billing.vetora.example"

def ar(case):
    return f"ar+{case}@{DOM}"

def hexid(n=24):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))

def boundary(tag="b"):
    return f"----=_{tag}_{hexid(8)}.{hexid(12)}"

# ---------------------------------------------------------------- date rules
def this_wd(t, wd): return t + timedelta((wd - t.weekday()) % 7)
def next_wd(t, wd): return t + timedelta(7 - t.weekday() + wd)
def last_wd(t, wd):  # most recent such weekday strictly before today
    d = (t.weekday() - wd) % 7
    return t - timedelta(d or 7)
def eom(t): return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
def by_the(t, day):
    if t.day <= day: return t.replace(day=day)
    y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    return date(y, m, day)

def apply_rule(today, rule, arg):
    if rule == "explicit": return date.fromisoformat(arg)
    if rule == "plus_days": return today + timedelta(days=arg)
    if rule == "this_wd": return this_wd(today, arg)
    if rule == "next_wd": return next_wd(today, arg)
    if rule == "last_wd": return last_wd(today, arg)
    if rule == "eom": return eom(today)
    if rule == "eom_named":  # arg = month number, Date's year (or next)
        y = today.year if arg >= today.month else today.year + 1
        return date(y, arg, calendar.monthrange(y, arg)[1])
    if rule == "by_the": return by_the(today, arg)
    if rule == "this_week": return this_wd(today, 4)
    if rule == "iso_week":  # Friday of ISO week arg in the Date's year
        return date.fromisocalendar(today.year, arg, 5)
    if rule == "dm_past":  # (day, month) latest on/before today
        d = date(today.year, arg[1], arg[0])
        return d if d <= today else date(today.year - 1, arg[1], arg[0])
    if rule == "dm_future":
        d = date(today.year, arg[1], arg[0])
        return d if d >= today else date(today.year + 1, arg[1], arg[0])
    raise ValueError(rule)

def parse_amount(tok):
    """Turn a raw local amount token into a two-decimal string."""
    s = "".join(ch for ch in tok if ch.isdigit() or ch in ",.")
    s = s.strip(",.")
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        head, _, tail = s.rpartition(",")
        s = (head.replace(",", "") + "." + tail) if len(tail) != 3 else s.replace(",", "")
    elif "." in s:
        head, _, tail = s.rpartition(".")
        if len(tail) == 3:
            s = s.replace(".", "")
    return str(Decimal(s).quantize(Decimal("0.01")))

# ---------------------------------------------------------------- money text
def money(lang, amt, cur):
    a = Decimal(amt)
    if lang == "en":
        return f"{cur} {a:,.2f}"
    if cur == "HUF":
        return f"{int(a):,}".replace(",", " ") + " Ft"
    s = f"{a:,.2f}".replace(",", " ").replace(".", ",")
    return f"{s} {cur}"

# ---------------------------------------------------------------- reminders
MON = {
 "en": ["January","February","March","April","May","June","July","August","September","October","November","December"],
}
WD_EN = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]

RSUBJ = {
 "en": "Payment reminder: invoice {inv} is overdue ({tot})",
 "sv": "Betalningspåminnelse: faktura {inv} är förfallen ({tot})",
 "fi": "Maksumuistutus: lasku {inv} on erääntynyt ({tot})",
 "et": "Maksemeeldetuletus: arve {inv} tähtaeg on möödunud ({tot})",
 "lv": "Atgādinājums par apmaksu: rēķins {inv} ir kavēts ({tot})",
 "lt": "Priminimas: sąskaita {inv} neapmokėta laiku ({tot})",
 "pl": "Przypomnienie o płatności: faktura {inv} po terminie ({tot})",
 "uk": "Нагадування про оплату: рахунок {inv} прострочено ({tot})",
 "ru": "Напоминание об оплате: счёт {inv} просрочен ({tot})",
 "hu": "Fizetési emlékeztető: {inv} számla lejárt ({tot})",
}
RBODY = {
 "en": ("Dear {name},\n\nAccording to our records the following invoice(s) for {cust} are now past due:\n\n{table}\n\nTotal overdue: {tot}\n\nYou can pay by bank transfer using the details on the invoice, quoting the invoice number.\nIf you have already paid, please reply with the payment date and reference so we can\nmatch it. If anything on the invoice looks wrong, just reply and let us know.\n\nKind regards,\n\nCredit Control\n" + CO + "\nCase {case}"),
 "sv": ("Hej {name},\n\nEnligt vår reskontra är följande faktura/fakturor för {cust} förfallna:\n\n{table}\n\nSumma förfallet: {tot}\n\nBetala till bankgiro 5555-1234 och ange fakturanumret. Om ni redan har betalat,\nsvara gärna med betalningsdatum och referens. Om något på fakturan verkar fel,\nsvara på detta mejl.\n\nMed vänliga hälsningar\n\nKundreskontra\n" + CO + "\nÄrende {case}"),
 "fi": ("Hei {name},\n\nkirjanpitomme mukaan seuraavat asiakkaan {cust} laskut ovat erääntyneet:\n\n{table}\n\nErääntynyt yhteensä: {tot}\n\nMaksathan laskun viitenumerolla laskulla olevalle tilille. Jos olet jo maksanut,\nilmoitathan maksupäivän ja viitteen vastaamalla tähän viestiin. Jos laskussa on\njotain epäselvää, vastaa tähän viestiin.\n\nYstävällisin terveisin\n\nReskontra\n" + CO + "\nTapaus {case}"),
 "et": ("Tere, {name}\n\nMeie andmetel on ettevõtte {cust} järgmised arved tasumata:\n\n{table}\n\nKokku tähtaja ületanud: {tot}\n\nPalume tasuda arvel toodud kontole, märkides selgitusse arve numbri. Kui olete\njuba tasunud, vastake palun maksekuupäeva ja viitega. Kui arvel on midagi valesti,\nandke meile sellele kirjale vastates teada.\n\nLugupidamisega\n\nKrediidikontroll\n" + CO + "\nJuhtum {case}"),
 "lv": ("Labdien, {name}!\n\nSaskaņā ar mūsu datiem šādi {cust} rēķini ir kavēti:\n\n{table}\n\nKopā kavēts: {tot}\n\nLūdzam veikt apmaksu uz rēķinā norādīto kontu, norādot rēķina numuru. Ja jau esat\nsamaksājuši, lūdzu, atbildiet ar maksājuma datumu un atsauci. Ja rēķinā kaut kas\nnav pareizi, lūdzu, atbildiet uz šo vēstuli.\n\nAr cieņu\n\nKredītkontrole\n" + CO + "\nLieta {case}"),
 "lt": ("Laba diena, {name},\n\nMūsų duomenimis, šios {cust} sąskaitos yra neapmokėtos laiku:\n\n{table}\n\nIš viso pradelsta: {tot}\n\nPrašome sumokėti į sąskaitoje nurodytą sąskaitą, nurodant sąskaitos numerį. Jei jau\nsumokėjote, atsakykite nurodydami mokėjimo datą ir nuorodą. Jei sąskaitoje kas nors\nneteisinga, atsakykite į šį laišką.\n\nPagarbiai\n\nKredito kontrolė\n" + CO + "\nByla {case}"),
 "pl": ("Dzień dobry {name},\n\nzgodnie z naszą ewidencją następujące faktury dla {cust} są przeterminowane:\n\n{table}\n\nRazem po terminie: {tot}\n\nProsimy o przelew na rachunek podany na fakturze z numerem faktury w tytule.\nJeżeli płatność została już dokonana, prosimy o podanie daty i referencji przelewu.\nJeśli coś na fakturze się nie zgadza, prosimy odpowiedzieć na tę wiadomość.\n\nZ poważaniem\n\nDział Należności\n" + CO + "\nSprawa {case}"),
 "uk": ("Добрий день, {name}!\n\nЗа нашими даними, такі рахунки {cust} прострочені:\n\n{table}\n\nЗагалом прострочено: {tot}\n\nПросимо сплатити на рахунок, зазначений в інвойсі, вказавши номер рахунку.\nЯкщо ви вже сплатили, будь ласка, повідомте дату та референс платежу. Якщо в\nрахунку щось не так, просто відповідайте на цей лист.\n\nЗ повагою\n\nВідділ дебіторської заборгованості\n" + CO + "\nСправа {case}"),
 "ru": ("Здравствуйте, {name}!\n\nПо нашим данным, следующие счета {cust} просрочены:\n\n{table}\n\nИтого просрочено: {tot}\n\nПросим оплатить на счёт, указанный в инвойсе, с номером счёта в назначении платежа.\nЕсли вы уже оплатили, пожалуйста, сообщите дату и референс платежа. Если в счёте\nчто-то не так, просто ответьте на это письмо.\n\nС уважением\n\nОтдел дебиторской задолженности\n" + CO + "\nДело {case}"),
 "hu": ("Tisztelt {name}!\n\nNyilvántartásunk szerint a(z) {cust} alábbi számlái lejártak:\n\n{table}\n\nÖsszesen lejárt: {tot}\n\nKérjük, utalja át a számlán szereplő bankszámlára, a közleményben a számlaszámmal.\nHa már fizetett, kérjük, válaszában adja meg a fizetés dátumát és azonosítóját.\nHa a számlával kapcsolatban eltérést talál, kérjük, jelezze válaszlevélben.\n\nÜdvözlettel\n\nKintlévőség-kezelés\n" + CO + "\nÜgy {case}"),
}
THEAD = {"en": ("Invoice", "Due date", "Amount"), "sv": ("Faktura", "Förfallodag", "Belopp"),
         "fi": ("Lasku", "Eräpäivä", "Summa"), "et": ("Arve", "Maksetähtaeg", "Summa"),
         "lv": ("Rēķins", "Termiņš", "Summa"), "lt": ("Sąskaita", "Terminas", "Suma"),
         "pl": ("Faktura", "Termin", "Kwota"), "uk": ("Рахунок", "Термін", "Сума"),
         "ru": ("Счёт", "Срок", "Сумма"), "hu": ("Számla", "Esedékesség", "Összeg")}

class Rem:
    """One dunning email of ours (the message being answered)."""
    def __init__(self, case, lang, cur, invs, to_name, to_addr, cust, sent, n=1, off="+0000"):
        self.case, self.lang, self.cur, self.invs = case, lang, cur, invs
        self.to_name, self.to_addr, self.cust, self.n = to_name, to_addr, cust, n
        self.sent = datetime.fromisoformat(sent)  # UTC naive
        self.off = off
        self.msgid = f"<{case}.r{n}.{self.sent:%Y%m%dT%H%M%S}Z@{DOM}>"
        tot = sum(Decimal(a) for _, _, a in invs)
        self.total = money(lang, tot, cur)
        self.subject = RSUBJ[lang].format(inv=", ".join(i for i, _, _ in invs), tot=self.total)
        self.frm_name = "Vetora Credit Control"
        self.frm = f"{self.frm_name} <{ar(case)}>"

    def body(self):
        h = THEAD[self.lang]
        rows = [f"  {h[0]:<12}{h[1]:<14}{h[2]}"]
        for i, due, a in self.invs:
            rows.append(f"  {i:<12}{due:<14}{money(self.lang, a, self.cur)}")
        return RBODY[self.lang].format(name=self.to_name, cust=self.cust, table="\n".join(rows),
                                       tot=self.total, case=self.case)

    def date_hdr(self):
        return self.sent.strftime("%a, %d %b %Y %H:%M:%S +0000")

    def raw(self):
        return (f"From: {self.frm}\nTo: {self.to_addr}\nSubject: {hdr(self.subject)}\n"
                f"Date: {self.date_hdr()}\nMessage-ID: {self.msgid}\nMIME-Version: 1.0\n"
                + text_part(self.body(), "utf-8", "qp"))

# ---------------------------------------------------------------- quoting
def local_sent(rem):
    h = int(rem.off[1:3]) * (1 if rem.off[0] == "+" else -1)
    return rem.sent + timedelta(hours=h)

SV_M = ["januari","februari","mars","april","maj","juni","juli","augusti","september","oktober","november","december"]
SV_WD = ["måndag","tisdag","onsdag","torsdag","fredag","lördag","söndag"]
FI_WD = ["maanantai","tiistai","keskiviikko","torstai","perjantai","lauantai","sunnuntai"]
PL_M = ["stycznia","lutego","marca","kwietnia","maja","czerwca","lipca","sierpnia","września","października","listopada","grudnia"]
PL_WD = ["poniedziałek","wtorek","środa","czwartek","piątek","sobota","niedziela"]
HU_M = ["január","február","március","április","május","június","július","augusztus","szeptember","október","november","december"]
RU_M = ["января","февраля","марта","апреля","мая","июня","июля","августа","сентября","октября","ноября","декабря"]
UK_M = ["січня","лютого","березня","квітня","травня","червня","липня","серпня","вересня","жовтня","листопада","грудня"]
ET_M = ["jaanuar","veebruar","märts","aprill","mai","juuni","juuli","august","september","oktoober","november","detsember"]
LV_M = ["janvārī","februārī","martā","aprīlī","maijā","jūnijā","jūlijā","augustā","septembrī","oktobrī","novembrī","decembrī"]
LT_M = ["sausio","vasario","kovo","balandžio","gegužės","birželio","liepos","rugpjūčio","rugsėjo","spalio","lapkričio","gruodžio"]

def outlook_hdr(lang, rem):
    t = local_sent(rem); m = t.month - 1
    vocative = rem.to_name.split()[0] in ("Pani", "Panie", "пане", "пані")
    to = rem.to_addr if vocative else f"{rem.to_name} <{rem.to_addr}>"
    if lang == "en":
        return (f"From: {rem.frm}\nSent: {WD_EN[t.weekday()]}, {t.day} {MON['en'][m]} {t.year} {t:%H:%M}\n"
                f"To: {to}\nSubject: {rem.subject}")
    L = {"sv": ("Från", "Skickat", "Till", "Ämne", f"den {t.day} {SV_M[m]} {t.year} {t:%H:%M}"),
         "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe", f"{FI_WD[t.weekday()]} {t.day}. {['tammikuuta','helmikuuta','maaliskuuta','huhtikuuta'][m]} {t.year} {t:%H.%M}"),
         "et": ("Saatja", "Saadetud", "Adressaat", "Teema", f"{t.day}. {ET_M[m]} {t.year} {t:%H:%M}"),
         "lv": ("No", "Nosūtīts", "Kam", "Tēma", f"{t.year}. gada {t.day}. {['janvāris','februāris','marts','aprīlis'][m]} {t:%H:%M}"),
         "lt": ("Nuo", "Išsiųsta", "Kam", "Tema", f"{t.year} m. {LT_M[m]} {t.day} d. {t:%H:%M}"),
         "pl": ("Od", "Wysłano", "Do", "Temat", f"{PL_WD[t.weekday()]}, {t.day} {PL_M[m]} {t.year} {t:%H:%M}"),
         "uk": ("Від", "Надіслано", "Кому", "Тема", f"{t.day} {UK_M[m]} {t.year} р. {t:%H:%M}"),
         "ru": ("От", "Отправлено", "Кому", "Тема", f"{t.day} {RU_M[m]} {t.year} г. {t:%H:%M}"),
         "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy", f"{t.year}. {HU_M[m]} {t.day}. {t:%H:%M}")}[lang]
    return f"{L[0]}: {rem.frm}\n{L[1]}: {L[4]}\n{L[2]}: {to}\n{L[3]}: {rem.subject}"

def gmail_hdr(lang, rem):
    t = local_sent(rem); m = t.month - 1; w = rem.frm
    return {
     "en": f"On {WD_EN[t.weekday()][:3]}, {t.day} {MON['en'][m][:3]} {t.year} at {t:%H:%M}, {w} wrote:",
     "sv": f"Den {SV_WD[t.weekday()][:3]} {t.day} {SV_M[m]} {t.year} kl {t:%H:%M} skrev {w}:",
     "fi": f"{['ma','ti','ke','to','pe','la','su'][t.weekday()]} {t.day}.{t.month}.{t.year} klo {t.hour}.{t:%M} {w} kirjoitti:",
     "et": f"{['E','T','K','N','R','L','P'][t.weekday()]}, {t.day}. {ET_M[m]} {t.year} kell {t:%H:%M} kirjutas {w}:",
     "lv": f"{['pirmd.','otrd.','trešd.','ceturtd.','piektd.','sestd.','svētd.'][t.weekday()]}, {t.year}. g. {t.day}. {['janv.','febr.','marts','apr.'][m]}, plkst. {t:%H:%M} — lietotājs {w} rakstīja:",
     "lt": f"{t.year}-{t.month:02d}-{t.day:02d}, {['pr','an','tr','kt','pn','š','sk'][t.weekday()]}, {t:%H:%M}, {w} rašė:",
     "pl": f"{['pon.','wt.','śr.','czw.','pt.','sob.','niedz.'][t.weekday()]} {t.day} {['sty','lut','mar','kwi'][m]} {t.year} o {t:%H:%M} {w} napisał(a):",
     "uk": f"{['пн','вт','ср','чт','пт','сб','нд'][t.weekday()]}, {t.day} {['січ.','лют.','бер.','квіт.'][m]} {t.year} р. о {t:%H:%M} {w} пише:",
     "ru": f"{['пн','вт','ср','чт','пт','сб','вс'][t.weekday()]}, {t.day} {['янв.','февр.','мар.','апр.'][m]} {t.year} г. в {t:%H:%M}, {w}:",
     "hu": f"{w} ezt írta (időpont: {t.year}. {['jan.','febr.','márc.','ápr.'][m]} {t.day}., {['H','K','Sze','Cs','P','Szo','V'][t.weekday()]}, {t:%H:%M}):",
    }[lang]

def apple_hdr(lang, rem):
    t = local_sent(rem); m = t.month - 1
    if lang == "sv":
        return f"{t.day} {SV_M[m]} {t.year} kl. {t:%H:%M} skrev {rem.frm}:"
    if lang == "ru":
        return f"{t.day} {RU_M[m]} {t.year} г., в {t:%H:%M}, {rem.frm} написал(а):"
    return f"On {t.day} {MON['en'][m][:3]} {t.year}, at {t:%H:%M}, {rem.frm} wrote:"

def quoted(style, lang, rem):
    b = rem.body()
    if style == "outlook":
        sep = "-----Original Message-----\n" if lang == "en" and rem.n % 2 else "________________________________\n"
        return "\n\n" + sep + outlook_hdr(lang, rem) + "\n\n" + b + "\n"
    if style in ("gmail", "apple"):
        h = gmail_hdr(lang, rem) if style == "gmail" else apple_hdr(lang, rem)
        return "\n\n" + h + "\n\n" + "\n".join(("> " + l) if l else ">" for l in b.split("\n")) + "\n"
    if style == "none":
        return "\n"
    raise ValueError(style)

# ---------------------------------------------------------------- MIME pieces
def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)

def addr(name, email, charset="utf-8"):
    return f"{hdr(name, charset)} <{email}>" if name else email

def enc(text, charset, cte):
    if cte in ("7bit", "8bit"):
        if cte == "7bit": text.encode("ascii")
        return text
    raw = text.encode(charset)
    if cte == "qp":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)

CTE_NAME = {"7bit": "7bit", "8bit": "8bit", "qp": "quoted-printable", "base64": "base64"}

def text_part(text, charset="utf-8", cte="qp", subtype="plain", extra=""):
    p = enc(text, charset, cte)
    if not p.endswith("\n"): p += "\n"
    return (f"Content-Type: text/{subtype}; charset=\"{charset}\"{extra}\n"
            f"Content-Transfer-Encoding: {CTE_NAME[cte]}\n\n{p}")

def mp(subtype, parts, extra=""):
    b = boundary(subtype[:3])
    out = f"Content-Type: multipart/{subtype}; boundary=\"{b}\"{extra}\n\n"
    if subtype != "alternative" or True:
        out += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{b}\n{p}\n"
    return out + f"--{b}--\n"

def attach(filename, ctype, data, inline=False):
    p = base64.encodebytes(data).decode("ascii")
    disp = "inline" if inline else "attachment"
    return (f"Content-Type: {ctype}; name=\"{filename}\"\nContent-Transfer-Encoding: base64\n"
            f"Content-Disposition: {disp}; filename=\"{filename}\"\n\n{p}")

def fake_pdf(text):
    return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% "
            + text + "\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n").encode("latin-1", "replace")

def html_of(text):
    import html
    paras = text.strip("\n").split("\n\n")
    return "<div>" + "".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras) + "</div>"

def html_doc(inner, lang="en"):
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            f"<body lang=\"{lang}\" style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n{inner}\n</body></html>\n")

MSGID_STYLES = {
 "outlook": lambda d: f"<{hexid(4)}PR0{RNG.randint(1,9)}MB{RNG.randint(1000,9999)}{hexid(16)}@{hexid(4)}PR0{RNG.randint(1,9)}MB{RNG.randint(1000,9999)}.eurprd0{RNG.randint(1,9)}.prod.outlook.com>",
 "gmail": lambda d: f"<CA{''.join(RNG.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(40))}@mail.gmail.com>",
 "apple": lambda d: f"<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@{d}>",
 "tb": lambda d: f"<{hexid(8).lower()}-{hexid(4).lower()}-{hexid(4).lower()}-{hexid(4).lower()}-{hexid(12).lower()}@{d}>",
 "plain": lambda d: f"<{RNG.randint(10**9, 10**10)}.{RNG.randint(1000,99999)}@{d}>",
}

# ---------------------------------------------------------------- item assembly
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
ITEMS = []

def item(key, loc, intent, fmt, eml, lab, note, dates=(), amounts=(), injection=False):
    lab = dict(lab)
    rec = {f: None for f in FIELDS}
    rec["intent"] = intent
    rec.update(lab)
    ITEMS.append({"key": key, "loc": loc, "fmt": fmt, "eml": eml, "label": rec, "note": note,
                  "dates": list(dates), "amounts": list(amounts), "injection": injection})

def reply(rem, date, frm, body, prefix="Re: ", quote="gmail", qlang=None, charset="utf-8", cte="qp",
          html="none", html_inner=None, atts=(), msgid="gmail", extra=(), mailer=None, to=None,
          subject=None, refs=True, name_cs="utf-8"):
    lang = qlang or rem.lang
    dom = frm[1].split("@")[1]
    text = body.strip("\n") + "\n" + quoted(quote, lang, rem)
    subj = subject if subject is not None else prefix + rem.subject
    h = [f"Date: {date}", f"From: {addr(frm[0], frm[1], name_cs)}",
         f"To: {to or addr(rem.frm_name, ar(rem.case))}", f"Subject: {hdr(subj)}",
         f"Message-ID: {MSGID_STYLES[msgid](dom)}"]
    if refs:
        h += [f"In-Reply-To: {rem.msgid}", f"References: {rem.msgid}"]
    if msgid == "outlook":
        h += [f"Thread-Topic: {hdr(rem.subject)}", f"Thread-Index: AQH{hexid(20)}=="]
    if mailer: h.append(mailer)
    h += list(extra)
    h.append("MIME-Version: 1.0")
    if html == "none":
        core = text_part(text, charset, cte)
    else:
        inner = html_inner if html_inner is not None else html_of(text)
        hp = text_part(html_doc(inner), "utf-8" if charset == "utf-8" else charset, "qp" if cte != "base64" else "base64", "html")
        core = hp if html == "only" else mp("alternative", [text_part(text, charset, cte), hp])
    if atts:
        core = mp("mixed", [core] + list(atts))
    return "\n".join(h) + "\n" + core

def D(stamp, off):
    """'2026-03-03 10:14:22', '+0100' -> RFC 5322 date with the right weekday."""
    t = datetime.fromisoformat(stamp)
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + off

def sent_before(stamp, off, hours=50):
    """UTC naive ISO string of our reminder, some hours before a local stamp."""
    t = datetime.fromisoformat(stamp)
    h = int(off[1:3]) * (1 if off[0] == "+" else -1)
    r = t - timedelta(hours=h) - timedelta(hours=hours)
    return r.replace(minute=0, second=0).isoformat()
