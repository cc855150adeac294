#!/usr/bin/env python3
"""Blind triage set 354: scaffolding / formwork rental AR replies.

Standard library only. Fixed seed 354. Regenerates emails.jsonl, labels.jsonl,
provenance.jsonl (what check.py re-verifies) and the item table in README.md.
"""
import sys
sys.dont_write_bytecode = True
import base64
import calendar
import html
import json
import os
import quopri
import random
import uuid
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email.header import Header
from email.utils import format_datetime, parsedate_to_datetime

from items import ITEMS  # the 80 item definitions (same folder)

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(354)
DOMAIN = "billing.brackwater.example"

# --------------------------------------------------------------------------
# locale tables
# --------------------------------------------------------------------------
LANG = {"en-GB": "en", "en-IE": "en", "nl-NL": "nl", "nl-BE": "nl", "pl-PL": "pl",
        "ro-RO": "ro", "nb-NO": "no", "da-DK": "da", "de-AT": "de", "cs-CZ": "cs"}
CUR = {"en-GB": "GBP", "en-IE": "EUR", "nl-NL": "EUR", "nl-BE": "EUR", "pl-PL": "PLN",
       "ro-RO": "RON", "nb-NO": "NOK", "da-DK": "DKK", "de-AT": "EUR", "cs-CZ": "CZK"}
ENTITY = {"en-GB": "Brackwater Scaffold Hire Ltd",
          "en-IE": "Brackwater Scaffold Hire (Ireland) Ltd",
          "nl-NL": "Brackwater Steigerverhuur B.V.",
          "nl-BE": "Brackwater Stellingverhuur BV",
          "pl-PL": "Brackwater Rusztowania Sp. z o.o.",
          "ro-RO": "Brackwater Schele și Cofraje SRL",
          "nb-NO": "Brackwater Stillas AS",
          "da-DK": "Brackwater Stilladsudlejning ApS",
          "de-AT": "Brackwater Gerüst & Schalung GmbH",
          "cs-CZ": "Brackwater Lešení a bednění s.r.o."}
SENDER = {"en": "Brackwater Credit Control", "nl": "Brackwater Debiteurenbeheer",
          "pl": "Brackwater Dział Należności", "ro": "Brackwater Încasări",
          "no": "Brackwater Reskontro", "da": "Brackwater Debitorbogholderi",
          "de": "Brackwater Buchhaltung", "cs": "Brackwater Pohledávky"}

WD = {"en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
      "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
      "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
      "ro": "luni marți miercuri joi vineri sâmbătă duminică".split(),
      "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
      "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
      "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
      "cs": "pondělí úterý středa čtvrtek pátek sobota neděle".split()}
WDS = {"en": "Mon Tue Wed Thu Fri Sat Sun".split(),
       "nl": "ma di wo do vr za zo".split(),
       "pl": "pon. wt. śr. czw. pt. sob. niedz.".split(),
       "ro": "lun. mar. mie. joi vin. sâm. dum.".split(),
       "no": "man. tir. ons. tor. fre. lør. søn.".split(),
       "da": "man. tir. ons. tor. fre. lør. søn.".split(),
       "de": "Mo. Di. Mi. Do. Fr. Sa. So.".split(),
       "cs": "po út st čt pá so ne".split()}
MON = {"en": "January February March April".split(),
       "nl": "januari februari maart april".split(),
       "pl": "stycznia lutego marca kwietnia".split(),        # genitive
       "ro": "ianuarie februarie martie aprilie".split(),
       "no": "januar februar mars april".split(),
       "da": "januar februar marts april".split(),
       "de": "Januar Februar März April".split(),
       "cs": "ledna února března dubna".split()}                # genitive
MONS = {"en": "Jan Feb Mar Apr".split(), "nl": "jan feb mrt apr".split(),
        "pl": "sty lut mar kwi".split(), "ro": "ian. feb. mar. apr.".split(),
        "no": "jan. feb. mar. apr.".split(), "da": "jan. feb. mar. apr.".split(),
        "de": "Jan. Feb. März Apr.".split(), "cs": "led úno bře dub".split()}


def local_offset(loc, dt_utc):
    """Offset of the customer's zone at a UTC instant (EU DST from 29 Mar 2026 01:00Z)."""
    dst = dt_utc >= datetime(2026, 3, 29, 1, 0, tzinfo=timezone.utc)
    base = 0 if loc in ("en-GB", "en-IE") else (2 if loc == "ro-RO" else 1)
    return timedelta(hours=base + (1 if dst else 0))


def fmt_amount(lang, value):
    q = Decimal(value).quantize(Decimal("0.01"))
    s = f"{q:,.2f}"  # 1,234.56
    if lang == "en":
        return s
    if lang in ("nl", "de", "da", "ro"):
        return s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s.replace(",", " ").replace(".", ",")  # pl, no, cs


# --------------------------------------------------------------------------
# our dunning reminders (the text customers quote; it is ours, not theirs)
# --------------------------------------------------------------------------
REM = {
 "en": dict(stage=["Reminder", "Second reminder", "Final reminder"],
            one="invoice {inv} is overdue", many="{n} invoices overdue",
            head="  Invoice      Due date      Amount",
            body="""Dear {greet},

Our records show that the following hire invoice{s} on account {acct}
{isare} now past due:

{table}

Total overdue: {cur} {total}

Please pay by bank transfer quoting the invoice number. If you have
already paid, please reply with the payment date and remittance
reference so we can allocate it. If you have a query about any charge
(hire period, delivery or collection, lost or damaged components),
reply to this email and tell us.

Kind regards,

Credit Control
{entity}
""", greet_default="Accounts Team", total="Total overdue"),
 "nl": dict(stage=["Herinnering", "Tweede herinnering", "Laatste herinnering"],
            one="factuur {inv} vervallen", many="{n} facturen vervallen",
            head="  Factuur      Vervaldatum   Bedrag",
            body="""Beste {greet},

Volgens onze administratie staan de volgende huurfacturen op
klantnummer {acct} nog open:

{table}

Totaal vervallen: {cur} {total}

Wilt u het bedrag overmaken onder vermelding van het factuurnummer?
Heeft u al betaald, laat ons dan de betaaldatum en de referentie weten,
zodat wij de betaling kunnen afletteren. Heeft u een vraag over een
post (huurperiode, levering of retour, verloren of beschadigd
materiaal), beantwoord dan deze e-mail.

Met vriendelijke groet,

Debiteurenbeheer
{entity}
""", greet_default="crediteurenadministratie"),
 "pl": dict(stage=["Przypomnienie", "Drugie przypomnienie", "Ostateczne wezwanie"],
            one="faktura {inv} po terminie", many="{n} faktury po terminie",
            head="  Faktura      Termin        Kwota",
            body="""Szanowni Państwo,

według naszych danych następujące faktury za wynajem na koncie
{acct} pozostają nieopłacone:

{table}

Razem zaległość: {cur} {total}

Prosimy o przelew z podaniem numeru faktury w tytule. Jeżeli płatność
została już zrealizowana, prosimy o podanie daty i numeru referencyjnego
przelewu. W razie pytań dotyczących naliczeń (okres najmu, dostawa lub
odbiór, elementy zagubione lub uszkodzone) prosimy o odpowiedź na tę
wiadomość.

Z poważaniem

Dział Należności
{entity}
""", greet_default=""),
 "ro": dict(stage=["Reamintire", "A doua reamintire", "Ultima notificare"],
            one="factura {inv} restantă", many="{n} facturi restante",
            head="  Factura      Scadența      Suma",
            body="""Stimate client,

Conform evidențelor noastre, următoarele facturi de închiriere pentru
contul {acct} sunt restante:

{table}

Total restant: {cur} {total}

Vă rugăm să efectuați plata prin transfer bancar, menționând numărul
facturii. Dacă ați plătit deja, vă rugăm să ne comunicați data plății și
referința, pentru a o putea aloca. Pentru orice întrebare privind
facturarea (perioada de închiriere, livrare sau retur, componente
pierdute sau deteriorate), răspundeți la acest e-mail.

Cu stimă,

Departamentul Încasări
{entity}
""", greet_default=""),
 "no": dict(stage=["Påminnelse", "Andre påminnelse", "Siste påminnelse"],
            one="faktura {inv} er forfalt", many="{n} fakturaer er forfalt",
            head="  Faktura      Forfall       Beløp",
            body="""Hei,

Ifølge vår reskontro er følgende leiefakturaer på kundenummer {acct}
forfalt:

{table}

Totalt forfalt: {cur} {total}

Vennligst betal til vår konto og oppgi fakturanummer. Har dere allerede
betalt, ber vi om betalingsdato og referanse slik at vi kan avstemme
innbetalingen. Har dere spørsmål til fakturaen (leieperiode, levering
eller retur, tapt eller skadet materiell), svar på denne e-posten.

Med vennlig hilsen

Reskontro
{entity}
""", greet_default=""),
 "da": dict(stage=["Påmindelse", "Anden påmindelse", "Sidste rykker"],
            one="faktura {inv} er forfalden", many="{n} fakturaer er forfaldne",
            head="  Faktura      Forfald       Beløb",
            body="""Kære kunde,

Ifølge vores bogføring er følgende lejefakturaer på kundenummer {acct}
forfaldne:

{table}

Forfaldent i alt: {cur} {total}

Venligst indbetal beløbet med angivelse af fakturanummer. Har I allerede
betalt, bedes I svare med betalingsdato og reference, så vi kan udligne
betalingen. Har I spørgsmål til fakturaen (lejeperiode, levering eller
afhentning, bortkomne eller beskadigede dele), så svar på denne mail.

Med venlig hilsen

Debitorbogholderiet
{entity}
""", greet_default=""),
 "de": dict(stage=["Zahlungserinnerung", "2. Mahnung", "Letzte Mahnung"],
            one="Rechnung {inv} überfällig", many="{n} Rechnungen überfällig",
            head="  Rechnung     Fällig        Betrag",
            body="""Sehr geehrte Damen und Herren,

laut unserer Buchhaltung sind folgende Mietrechnungen zu Kundennummer
{acct} noch offen:

{table}

Summe überfällig: {cur} {total}

Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer. Falls
Sie bereits bezahlt haben, teilen Sie uns bitte Zahlungsdatum und
Referenz mit, damit wir die Zahlung zuordnen können. Bei Fragen zu
einzelnen Positionen (Mietdauer, Zustellung oder Abholung, verlorene
oder beschädigte Teile) antworten Sie einfach auf dieses E-Mail.

Mit freundlichen Grüßen

Buchhaltung
{entity}
""", greet_default=""),
 "cs": dict(stage=["Upomínka", "Druhá upomínka", "Poslední upomínka"],
            one="faktura {inv} po splatnosti", many="{n} faktury po splatnosti",
            head="  Faktura      Splatnost     Částka",
            body="""Dobrý den,

podle naší evidence jsou následující faktury za pronájem na zákaznickém
čísle {acct} po splatnosti:

{table}

Celkem po splatnosti: {cur} {total}

Prosíme o úhradu převodem s uvedením čísla faktury. Pokud jste již
zaplatili, sdělte nám prosím datum úhrady a referenci platby, abychom ji
mohli spárovat. S dotazy k fakturaci (doba pronájmu, doprava nebo
odvoz, ztracené či poškozené díly) odpovězte prosím na tento e-mail.

S pozdravem

Oddělení pohledávek
{entity}
""", greet_default=""),
}


def reminder(it):
    lang = LANG[it["loc"]]
    t = REM[lang]
    cur = CUR[it["loc"]]
    invs = it["invs"]
    total = sum(Decimal(a) for _, _, a in invs)
    tot = fmt_amount(lang, total)
    if len(invs) == 1:
        part = t["one"].format(inv="INV-" + invs[0][0])
    else:
        part = t["many"].format(n=len(invs))
    subject = f"{t['stage'][it.get('stage', 1) - 1]}: {part} ({cur} {tot})"
    rows = "\n".join(f"  INV-{n:<8} {d}    {cur} {fmt_amount(lang, a)}" for n, d, a in invs)
    greet = it.get("greet") or t["greet_default"]
    body = t["body"].format(greet=greet, s="s" if len(invs) > 1 else "",
                            isare="are" if len(invs) > 1 else "is", acct=it["acct"],
                            table=t["head"] + "\n" + rows, cur=cur, total=tot,
                            entity=ENTITY[it["loc"]])
    sent = datetime.strptime(it["sent"], "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)
    case = it["case"]
    mid = f"<{case}.d{it.get('stage', 1)}.{sent:%Y%m%dT%H%M%S}Z@{DOMAIN}>"
    addr = f"ar+{case}@{DOMAIN}"
    return dict(subject=subject, body=body, mid=mid, sent=sent, addr=addr,
                sender=SENDER[lang], disp=f"{SENDER[lang]} <{addr}>")


# --------------------------------------------------------------------------
# quoting styles
# --------------------------------------------------------------------------
def _loc_sent(it, rem):
    return (rem["sent"] + local_offset(it["loc"], rem["sent"])).replace(tzinfo=None)


def quote_header(style, it, rem):
    lang = LANG[it["loc"]]
    s = _loc_sent(it, rem)
    d, m, y, w = s.day, s.month - 1, s.year, s.weekday()
    hm = f"{s:%H:%M}"
    who = rem["disp"]
    if style == "gmail":
        return {
            "en": f"On {WDS['en'][w]}, {d} {MONS['en'][m]} {y} at {hm}, {who} wrote:",
            "nl": f"Op {WDS['nl'][w]} {d} {MONS['nl'][m]} {y} om {hm} schreef {who}:",
            "pl": f"{WDS['pl'][w]}, {d} {MONS['pl'][m]} {y} o {hm} {who} napisał(a):",
            "ro": f"În {WDS['ro'][w]}, {d} {MONS['ro'][m]} {y} la {hm}, {who} a scris:",
            "no": f"{WDS['no'][w]} {d}. {MONS['no'][m]} {y} kl. {hm} skrev {who}:",
            "da": f"Den {WDS['da'][w]} {d}. {MONS['da'][m]} {y} kl. {hm.replace(':', '.')} skrev {who}:",
            "de": f"Am {WDS['de'][w]}, {d}. {MON['de'][m]} {y} um {hm} Uhr schrieb {who}:",
            "cs": f"{WDS['cs'][w]} {d}. {m + 1}. {y} v {s.hour}:{s:%M} odesílatel {who} napsal:",
        }[lang]
    if style == "apple":
        return {
            "en": f"On {d} {MONS['en'][m]} {y}, at {hm}, {who} wrote:",
            "nl": f"Op {d} {MONS['nl'][m]} {y} om {hm} heeft {who} het volgende geschreven:",
            "pl": f"Wiadomość napisana przez {who} w dniu {d} {MONS['pl'][m]} {y}, o godz. {hm}:",
            "ro": f"Pe {d} {MONS['ro'][m]} {y}, la {hm}, {who} a scris:",
            "no": f"{d}. {MONS['no'][m]} {y} kl. {hm} skrev {who}:",
            "da": f"Den {d}. {MONS['da'][m]} {y} kl. {hm.replace(':', '.')} skrev {who}:",
            "de": f"Am {s:%d.%m.%Y} um {hm} schrieb {who}:",
            "cs": f"{d}. {m + 1}. {y} v {s.hour}:{s:%M}, {who}:",
        }[lang]
    if style == "thunderbird":
        return {
            "en": f"On {s:%d/%m/%Y} {hm}, {who} wrote:",
            "nl": f"Op {s:%d-%m-%Y} om {hm} schreef {who}:",
            "pl": f"W dniu {d}.{s:%m}.{y} o {hm}, {who} pisze:",
            "ro": f"Pe {s:%d.%m.%Y} {hm}, {who} a scris:",
            "no": f"Den {s:%d.%m.%Y} {hm}, skrev {who}:",
            "da": f"Den {s:%d.%m.%Y} kl. {hm.replace(':', '.')} skrev {who}:",
            "de": f"Am {s:%d.%m.%y} um {hm} schrieb {who}:",
            "cs": f"Dne {s:%d. %m. %y} v {s.hour}:{s:%M} {rem['sender']} napsal(a):",
        }[lang]
    raise ValueError(style)


def outlook_block(it, rem, to_addr):
    lang = LANG[it["loc"]]
    s = _loc_sent(it, rem)
    d, m, y, w = s.day, s.month - 1, s.year, s.weekday()
    hm = f"{s:%H:%M}"
    L = {
        "en": ("From", "Sent", "To", "Subject", f"{d:02d} {MON['en'][m]} {y} {hm}"),
        "nl": ("Van", "Verzonden", "Aan", "Onderwerp", f"{WD['nl'][w]} {d} {MON['nl'][m]} {y} {hm}"),
        "pl": ("Od", "Wysłano", "Do", "Temat", f"{WD['pl'][w]}, {d} {MON['pl'][m]} {y} {hm}"),
        "ro": ("De la", "Trimis", "Către", "Subiect", f"{WD['ro'][w]}, {d} {MON['ro'][m]} {y} {hm}"),
        "no": ("Fra", "Sendt", "Til", "Emne", f"{WD['no'][w]} {d}. {MON['no'][m]} {y} {hm}"),
        "da": ("Fra", "Sendt", "Til", "Emne", f"{WD['da'][w]} den {d}. {MON['da'][m]} {y} {hm.replace(':', '.')}"),
        "de": ("Von", "Gesendet", "An", "Betreff", f"{WD['de'][w]}, {d}. {MON['de'][m]} {y} {hm}"),
        "cs": ("Od", "Odesláno", "Komu", "Předmět", f"{WD['cs'][w]} {d}. {MON['cs'][m]} {y} {s.hour}:{s:%M}"),
    }[lang]
    return (f"{L[0]}: {rem['sender']} <{rem['addr']}>\n{L[1]}: {L[4]}\n"
            f"{L[2]}: {to_addr}\n{L[3]}: {rem['subject']}\n")


def seznam_block(it, rem, to_addr):
    s = _loc_sent(it, rem)
    return ("---------- Původní e-mail ----------\n"
            f"Od: {rem['disp']}\nKomu: {to_addr}\n"
            f"Datum: {s.day}. {s.month}. {s.year} {s.hour}:{s:%M}:00\n"
            f"Předmět: {rem['subject']}\n")


def gt_quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------
def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()'):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{address}>"


def encode_body(text, charset, cte):
    if cte == "7bit":
        text.encode("ascii")
        return text
    if cte == "8bit":
        assert charset.lower() == "utf-8"
        return text
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def leaf(ctype, text, charset, cte, extra=""):
    body = encode_body(text, charset, cte)
    if not body.endswith("\n"):
        body += "\n"
    return (f'Content-Type: {ctype}; charset="{charset}"{extra}\n'
            f"Content-Transfer-Encoding: {cte}\n\n{body}")


def boundary(kind):
    h = "%032x" % RNG.getrandbits(128)
    if kind == "outlook":
        return "_000_" + h[:30].upper() + "_"
    if kind == "gmail":
        return "000000000000" + h[:16]
    if kind == "apple":
        return "Apple-Mail=_" + str(uuid.UUID(int=RNG.getrandbits(128))).upper()
    return "----=_Part_" + str(RNG.randint(10000, 99999)) + "_" + str(RNG.randint(10**8, 10**9)) + "." + h[:13]


def multipart(sub, parts, bnd):
    out = f'Content-Type: multipart/{sub};\n\tboundary="{bnd}"\n\n'
    for p in parts:
        out += f"--{bnd}\n{p}\n"
    out += f"--{bnd}--\n"
    return out


def text_to_html(text, quote_html="", font="Calibri, sans-serif", hidden=""):
    paras = html.escape(text.rstrip("\n")).split("\n")
    body = "<br>\n".join(paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f"</head>\n<body>\n<div style=\"font-family:{font};font-size:11pt\">\n{body}\n</div>\n"
            f"{hidden}{quote_html}</body></html>\n")


def fake_pdf(title, lines):
    content = "BT /F1 10 Tf 50 780 Td (" + title + ") Tj ET\n"
    y = 760
    for l in lines:
        content += f"BT /F1 9 Tf 50 {y} Td ({l}) Tj ET\n"
        y -= 14
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(content)} >>\nstream\n{content}endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    for o in offs:
        out += f"{o:010d} 00000 n \n"
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n"
    return out.encode("latin-1")


def attachment(ctype, filename, data):
    b = base64.encodebytes(data).decode("ascii")
    return (f'Content-Type: {ctype}; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b}")


def msgid_for(client, domain):
    h = "%032X" % RNG.getrandbits(128)
    if client == "outlook":
        return f"<{h[:6]}PR0{h[6]}MB{h[7:11]}{h[11:27]}@{h[:6]}PR0{h[6]}MB{h[7:11]}.eurprd0{RNG.randint(1, 9)}.prod.outlook.com>"
    if client == "gmail":
        tail = base64.b64encode(RNG.getrandbits(256).to_bytes(32, "big")).decode()[:40].replace("/", "_")
        return f"<CA{tail}@mail.gmail.com>"
    if client in ("apple", "iphone"):
        return f"<{uuid.UUID(int=RNG.getrandbits(128))}@{domain}>".upper().replace("@" + domain.upper(), "@" + domain)
    if client == "thunderbird":
        return f"<{uuid.UUID(int=RNG.getrandbits(128))}@{domain}>"
    return f"<{h[:12].lower()}.{RNG.randint(1000, 9999)}@{domain}>"


def thread_index():
    return base64.b64encode(RNG.getrandbits(176).to_bytes(22, "big")).decode()


CLIENT_HDRS = {
    "outlook": "X-MS-Has-Attach: {att}\nX-MS-TNEF-Correlator: \nThread-Topic: {topic}\nThread-Index: {ti}\nContent-Language: {cl}\nX-MS-Exchange-Organization-SCL: -1\n",
    "gmail": "",
    "apple": "X-Mailer: Apple Mail (2.3826.500.181.1.5)\n",
    "iphone": "X-Mailer: iPhone Mail (22D82)\n",
    "thunderbird": "User-Agent: Mozilla Thunderbird\n",
    "seznam": "X-Mailer: Email.cz\n",
    "webmail": "User-Agent: Roundcube Webmail/1.6.9\n",
    "android": "X-Mailer: Outlook for Android\n",
}


# --------------------------------------------------------------------------
# human replies
# --------------------------------------------------------------------------
def build_reply(it):
    rem = reminder(it)
    lang = LANG[it["loc"]]
    name, email_addr = it["cust"][0], it["cust"][1]
    dom = email_addr.split("@")[1]
    client = it.get("client", "gmail")
    charset = it.get("charset", "utf-8")
    cte = it.get("cte", "quoted-printable")
    fmt = it.get("fmt", "plain")
    to_addr = it.get("rem_to") or email_addr
    prefix = it.get("prefix", "Re:")
    subject = it.get("subject") or f"{prefix} {rem['subject']}"
    human = it["body"].rstrip("\n") + "\n"
    quote = it.get("quote", "auto")
    if quote == "auto":
        quote = {"outlook": "outlook", "android": "outlook", "gmail": "gmail",
                 "apple": "apple", "iphone": "apple", "thunderbird": "thunderbird",
                 "seznam": "seznam", "webmail": "thunderbird"}[client]
    q_text, q_html = "", ""
    if quote == "outlook":
        blk = outlook_block(it, rem, to_addr)
        q_text = "\n________________________________\n" + blk + "\n" + rem["body"]
        q_html = ('<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                  '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
                  + "<br>\n".join(html.escape(l) for l in blk.rstrip("\n").split("\n"))
                  + "</font><div>&nbsp;</div></div>\n<div>"
                  + "<br>\n".join(html.escape(l) for l in rem["body"].rstrip("\n").split("\n"))
                  + "</div>\n")
    elif quote in ("gmail", "apple", "thunderbird"):
        qh = quote_header(quote, it, rem)
        if quote == "apple":
            q_text = "\n" + qh + "\n\n" + gt_quote(rem["body"])
        else:
            q_text = "\n" + qh + "\n" + gt_quote(rem["body"])
        q_html = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(qh)
                  + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                  'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                  + "<br>\n".join(html.escape(l) for l in rem["body"].rstrip("\n").split("\n"))
                  + "</blockquote></div>\n")
        if client == "webmail":
            q_html = ("<p>" + html.escape(qh) + '</p>\n<blockquote type="cite" style="padding:0 0.4em;'
                      'border-left:#1010ff 2px solid;margin:0">'
                      + "<br>\n".join(html.escape(l) for l in rem["body"].rstrip("\n").split("\n"))
                      + "</blockquote>\n")
    elif quote == "seznam":
        blk = seznam_block(it, rem, to_addr)
        q_text = "\n\n" + blk + "\n" + rem["body"]
        q_html = "<br><br>" + "<br>\n".join(html.escape(l) for l in (blk + "\n" + rem["body"]).split("\n"))
    elif quote == "inline":
        q_text = ""
    elif quote == "none":
        q_text = ""
    text = human + q_text if quote != "inline" else human
    hidden = it.get("hidden_html", "")
    date_hdr = it["date"]
    H = ["MIME-Version: 1.0" if fmt != "plain-nomime" else None,
         f"Date: {date_hdr}",
         f"Message-ID: {msgid_for(client, dom)}",
         f"In-Reply-To: {rem['mid']}",
         f"References: {rem['mid']}" if not it.get("refs_extra") else f"References: {rem['mid']}\n {it['refs_extra']}",
         f"Subject: {hdr(subject, charset if charset != 'us-ascii' else 'utf-8')}",
         f"From: {addr(name, email_addr, charset if charset != 'us-ascii' else 'utf-8')}",
         f"To: {it.get('to_hdr') or addr(rem['sender'], rem['addr'])}"]
    if it.get("cc"):
        H.append(f"Cc: {it['cc']}")
    for extra in it.get("extra_headers", []):
        H.append(extra)
    H = [h for h in H if h]
    ch = CLIENT_HDRS.get(client, "")
    if ch:
        ch = ch.format(att="yes" if it.get("attach") else "", topic=hdr(rem["subject"]),
                       ti=thread_index(), cl=it["loc"])
    head = "\n".join(H) + "\n" + ch
    ct_extra = "; format=flowed" if it.get("flowed") else ""
    if fmt == "plain":
        body = leaf("text/plain", text, charset, cte, ct_extra)
    elif fmt == "alt":
        h = text_to_html(human, q_html, hidden=hidden)
        bnd = boundary(client if client in ("outlook", "gmail", "apple") else "other")
        body = multipart("alternative", [leaf("text/plain", text, charset, cte),
                                         leaf("text/html", h, charset, it.get("html_cte", cte))], bnd)
    elif fmt == "html":
        h = text_to_html(human, q_html, hidden=hidden)
        body = leaf("text/html", h, charset, cte)
    else:
        raise ValueError(fmt)
    if it.get("attach"):
        atts = []
        for kind, fname, payload in it["attach"]:
            if kind == "pdf":
                atts.append(attachment("application/pdf", fname, fake_pdf(payload[0], payload[1:])))
            elif kind == "ics":
                atts.append(attachment("text/calendar; method=REQUEST", fname, payload.encode("utf-8")))
            elif kind == "jpg":
                atts.append(attachment("image/jpeg", fname, payload))
        bnd = boundary(client if client in ("outlook", "gmail", "apple") else "other")
        body = multipart("mixed", [body] + atts, bnd)
    return head + body, rem, subject, human


# --------------------------------------------------------------------------
# auto-replies and bounces are written out per item (see items.py), with
# the returned / referenced reminder filled in here
# --------------------------------------------------------------------------
def build_raw(it):
    rem = reminder(it)
    lang = LANG[it["loc"]]
    loc_sent = _loc_sent(it, rem)
    ctx = dict(rem_subject=rem["subject"], rem_mid=rem["mid"], rem_addr=rem["addr"],
               rem_disp=rem["disp"], rem_body=rem["body"],
               rem_date=format_datetime(rem["sent"]).replace("+0000", "+0000"),
               rem_date_utc=rem["sent"].strftime("%a, %d %b %Y %H:%M:%S +0000"),
               rem_sent_stamp=rem["sent"].strftime("%Y%m%d%H%M%S"),
               cust_addr=it["cust"][1], cust_name=it["cust"][0], date=it["date"],
               entity=ENTITY[it["loc"]], case=it["case"], enc=encode_body, hdr=hdr,
               rem_body_qp=encode_body(rem["body"], "utf-8", "quoted-printable"),
               rem_subject_hdr=hdr(rem["subject"]),
               rem_disp_hdr=addr(rem["sender"], rem["addr"]))
    raw = it["raw"](ctx) if callable(it["raw"]) else it["raw"].format(**ctx)
    human = it["human"]
    return raw, rem, None, human


# --------------------------------------------------------------------------
# date rules (mirrored in check.py)
# --------------------------------------------------------------------------
def resolve(rule, args, today):
    if rule == "today":
        return today
    if rule == "tomorrow":
        return today + timedelta(1)
    if rule == "yesterday":
        return today - timedelta(1)
    if rule == "this_wd":
        return today + timedelta((args[0] - today.weekday()) % 7)
    if rule == "next_wd":
        return today + timedelta(7 - today.weekday() + args[0])
    if rule == "past_wd":
        return today - timedelta((today.weekday() - args[0]) % 7 or 7)
    if rule == "last_week_wd":
        return today - timedelta(today.weekday() + 7 - args[0])
    if rule == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "eom_named":
        y = today.year if args[0] >= today.month else today.year + 1
        return date(y, args[0], calendar.monthrange(y, args[0])[1])
    if rule == "plus_days":
        return today + timedelta(args[0])
    if rule == "by_the":
        if today.day <= args[0]:
            return today.replace(day=args[0])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, args[0])
    if rule == "iso_week_fri":
        return date.fromisocalendar(today.year, args[0], 5)
    if rule == "this_week":
        return today + timedelta(4 - today.weekday())
    if rule == "dm_future":
        d = date(today.year, args[1], args[0])
        return d if d >= today else date(today.year + 1, args[1], args[0])
    if rule == "dm_past":
        d = date(today.year, args[1], args[0])
        return d if d <= today else date(today.year - 1, args[1], args[0])
    if rule == "explicit":
        return datetime.strptime(args[1], args[0]).date()
    raise ValueError(rule)


def parse_amount(token, style):
    import re
    s = re.sub(r"[^\d.,]", "", token).strip(".,")
    if style == "comma":
        s = s.replace(".", "").replace(",", ".")
    elif style == "dot":
        s = s.replace(",", "")
    elif style == "int":
        s = s.replace(".", "").replace(",", "")
    return str(Decimal(s).quantize(Decimal("0.01")))


FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date",
          "payment_reference", "dispute_reason", "new_contact_email", "return_date",
          "invoice_numbers"]


def generate():
    RNG.seed(354)
    emails, labels, prov, table = [], [], [], []
    assert len(ITEMS) == 80
    for n, it in enumerate(ITEMS, 1):
        iid = f"ue{n:02d}"
        assert it["id"] == iid, (it["id"], iid)
        if "raw" in it:
            eml, rem, subject, human = build_raw(it)
        else:
            eml, rem, subject, human = build_reply(it)
        if it.get("crlf"):
            eml = eml.replace("\r\n", "\n").replace("\n", "\r\n")
        today = parsedate_to_datetime(it["date"]).date()
        lab = {"id": iid, "intent": it["intent"]}
        P = {"id": iid, "key": it["key"], "loc": it["loc"], "human": human,
             "dates": {}, "amount": None, "reminder_currency": CUR[it["loc"]],
             "reminder_invoices": ["INV-" + x[0] for x in it["invs"]],
             "inv_src": it["inv"][0]}
        L = it.get("L", {})
        for f in ("promised_date", "paid_date", "return_date"):
            if f in L:
                rule, args, phrase, expect = L[f]
                got = resolve(rule, args, today).isoformat()
                assert got == expect, (iid, f, got, expect)
                assert " ".join(phrase.split()) in " ".join(human.split()), (iid, phrase)
                lab[f] = got
                P["dates"][f] = {"rule": rule, "args": list(args), "phrase": phrase}
            else:
                lab[f] = None
        if "promised_amount" in L:
            tok, style, expect = L["promised_amount"]
            got = parse_amount(tok, style)
            assert got == expect, (iid, got, expect)
            assert tok in human, (iid, tok)
            lab["promised_amount"] = got
            lab["currency"] = L["currency"]
            P["amount"] = {"token": tok, "style": style, "currency_source": L.get("cur_src", "symbol")}
        else:
            lab["promised_amount"] = None
            lab["currency"] = None
        for f in ("payment_reference", "dispute_reason", "new_contact_email"):
            lab[f] = L.get(f)
        lab["invoice_numbers"] = it["inv"][1]
        out = {"id": iid}
        for f in FIELDS:
            out[f] = lab[f] if f != "intent" else it["intent"]
        out["note"] = f"[{it['key']}, {it['loc']}] {it['note']}"
        if it.get("injection"):
            out["injection"] = True
        emails.append({"id": iid, "eml": eml})
        labels.append(out)
        prov.append(P)
        table.append((iid, it["key"], it["loc"], it["intent"], it["format_desc"], it["short"]))
    return emails, labels, prov, table


def main():
    emails, labels, prov, table = generate()
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "provenance.jsonl"), "w", encoding="utf-8") as f:
        for p in prov:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    write_readme(labels, prov, table)
    print(f"wrote {len(emails)} emails")


LOCNAME = {"en-GB": "English (UK)", "en-IE": "English (Ireland)", "nl-NL": "Dutch (Netherlands)",
           "nl-BE": "Dutch (Belgium, Flemish)", "pl-PL": "Polish", "ro-RO": "Romanian",
           "nb-NO": "Norwegian (Bokmål)", "da-DK": "Danish", "de-AT": "German (Austria)",
           "cs-CZ": "Czech"}


def write_readme(labels, prov, table):
    from collections import Counter
    from readme_text import HEAD
    order = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
             "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
             "delivery_failure", "acknowledgement", "other"]
    ic = Counter(l["intent"] for l in labels)
    lc = Counter(p["loc"] for p in prov)
    rc = Counter(l["dispute_reason"] for l in labels if l["intent"] == "dispute")
    out = [HEAD, "## Counts per intent\n", "| intent | n |", "|---|---|"]
    out += [f"| `{k}` | {ic[k]} |" for k in order]
    out.append(f"| total | {sum(ic.values())} |\n")
    out.append("Dispute reasons (intent `dispute`): " + ", ".join(f"{k} {v}" for k, v in sorted(rc.items()))
               + "; plus `quality` on the legal item ue66.\n")
    out += ["## Languages / locales\n", "| locale | language | n |", "|---|---|---|"]
    out += [f"| {k} | {LOCNAME[k]} | {lc[k]} |" for k in LOCNAME]
    en = lc["en-GB"] + lc["en-IE"]
    out.append(f"\nEnglish: {en} of 80 (about a third). Bounces are labelled with the recipient's locale; "
               "their MTA text is English.\n")
    out += ["## Items\n", "| id | key | locale | intent | format | note |", "|---|---|---|---|---|---|"]
    for r in table:
        inj = " **(injection)**" if any(l["id"] == r[0] and l.get("injection") for l in labels) else ""
        out.append("| " + " | ".join([r[0], f"`{r[1]}`", r[2], f"`{r[3]}`", r[4], r[5] + inj]) + " |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
