"""Shared helpers for the blind set 397 build (standard library only)."""
import base64
import calendar
import quopri
import random
import re
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email.header import Header

SEED = 397
RNG = random.Random(SEED)

CO = "Altura Rent"
DOM = "billing.alturarent.example"
PAY = "https://pay.alturarent.example/c/"

# locale -> language, currency, symbol pattern, thousands sep, decimal sep, due-date format
LOC = {
    "en-US": ("en", "USD", "${n}", ",", ".", "%m/%d/%Y"),
    "en-CA": ("en", "CAD", "${n}", ",", ".", "%Y-%m-%d"),
    "en-IE": ("en", "EUR", "\u20ac{n}", ",", ".", "%d/%m/%Y"),
    "es-ES": ("es", "EUR", "{n} \u20ac", ".", ",", "%d/%m/%Y"),
    "es-AR": ("es", "ARS", "$ {n}", ".", ",", "%d/%m/%Y"),
    "es-PE": ("es", "PEN", "S/ {n}", ",", ".", "%d/%m/%Y"),
    "pt-BR": ("pt", "BRL", "R$ {n}", ".", ",", "%d/%m/%Y"),
    "pt-AO": ("pt", "AOA", "{n} Kz", ".", ",", "%d/%m/%Y"),
    "pt-PT": ("pt", "EUR", "{n} \u20ac", ".", ",", "%d/%m/%Y"),
    "it-IT": ("it", "EUR", "\u20ac {n}", ".", ",", "%d/%m/%Y"),
    "fr-BE": ("fr", "EUR", "{n} \u20ac", ".", ",", "%d/%m/%Y"),
    "fr-CA": ("fr", "CAD", "{n} $", "\u00a0", ",", "%Y-%m-%d"),
    "ro-RO": ("ro", "RON", "{n} lei", ".", ",", "%d.%m.%Y"),
    "ca-ES": ("ca", "EUR", "{n} \u20ac", ".", ",", "%d/%m/%Y"),
}


def money(loc, amount):
    _, _, pat, th, dec, _ = LOC[loc]
    q = Decimal(amount).quantize(Decimal("0.01"))
    ip, fp = f"{q:.2f}".split(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    return pat.format(n=th.join(groups) + dec + fp)


WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "mi\u00e9rcoles", "jueves", "viernes", "s\u00e1bado", "domingo"],
    "pt": ["segunda-feira", "ter\u00e7a-feira", "quarta-feira", "quinta-feira", "sexta-feira", "s\u00e1bado", "domingo"],
    "it": ["luned\u00ec", "marted\u00ec", "mercoled\u00ec", "gioved\u00ec", "venerd\u00ec", "sabato", "domenica"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "ro": ["luni", "mar\u021bi", "miercuri", "joi", "vineri", "s\u00e2mb\u0103t\u0103", "duminic\u0103"],
    "ca": ["dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"],
}
MON = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "mar\u00e7o", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "fr": ["janvier", "f\u00e9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\u00fbt", "septembre", "octobre", "novembre", "d\u00e9cembre"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
    "ca": ["gener", "febrer", "mar\u00e7", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"],
}

SIGN = {
    "en": ("Altura Rent Billing", "Accounts Receivable | Altura Rent Group\nScaffolding - Formwork - Access & Site Equipment"),
    "es": ("Altura Rent \u2013 Cobranzas", "Cuentas a cobrar | Altura Rent Group\nAndamios \u00b7 Encofrados \u00b7 Maquinaria de obra"),
    "pt": ("Altura Rent \u2013 Cobran\u00e7a", "Contas a receber | Altura Rent Group\nAndaimes \u00b7 Cofragens \u00b7 Equipamento de obra"),
    "it": ("Altura Rent \u2013 Ufficio Crediti", "Amministrazione clienti | Altura Rent Group\nPonteggi \u00b7 Casseforme \u00b7 Attrezzature da cantiere"),
    "fr": ("Altura Rent \u2013 Recouvrement", "Comptes clients | Altura Rent Group\n\u00c9chafaudages \u00b7 Coffrages \u00b7 \u00c9quipements de chantier"),
    "ro": ("Altura Rent \u2013 Facturare", "Departamentul Financiar | Altura Rent Group\nSchele \u00b7 Cofraje \u00b7 Echipamente de \u0219antier"),
    "ca": ("Altura Rent \u2013 Cobraments", "Comptes a cobrar | Altura Rent Group\nBastides \u00b7 Encofrats \u00b7 Maquin\u00e0ria d'obra"),
}


def case_addr(case):
    return f"ar+{case}@{DOM}"


def our_from(loc, case):
    return f"{SIGN[LOC[loc][0]][0]} <{case_addr(case)}>"


def our_msgid(case, seq, sent):
    return f"<{case}.d{seq}.{sent.strftime('%Y%m%dT%H%M%SZ')}@{DOM}>"


class Rem:
    """One dunning email of ours: what the customer replies to."""

    def __init__(self, loc, case, who, cust, invs, sent, seq=1, to=None):
        self.loc, self.case, self.who, self.cust = loc, case, who, cust
        self.invs = invs  # list of (number, due date, Decimal amount)
        self.sent = sent  # aware UTC datetime
        self.seq = seq
        self.to = to
        self.msgid = our_msgid(case, seq, sent)
        self.frm = our_from(loc, case)
        self.addr = case_addr(case)
        self.name = SIGN[LOC[loc][0]][0]
        lang = LOC[loc][0]
        total = money(loc, sum(a for _, _, a in invs))
        self.total = total
        n = len(invs)
        first = invs[0][0]
        subj = {
            "en": (f"Reminder: invoice {first} is overdue ({total})", f"Reminder: {n} invoices overdue ({total})"),
            "es": (f"Recordatorio: factura {first} vencida ({total})", f"Recordatorio: {n} facturas vencidas ({total})"),
            "pt": (f"Lembrete: fatura {first} em atraso ({total})", f"Lembrete: {n} faturas em atraso ({total})"),
            "it": (f"Sollecito: fattura {first} scaduta ({total})", f"Sollecito: {n} fatture scadute ({total})"),
            "fr": (f"Rappel : facture {first} \u00e9chue ({total})", f"Rappel : {n} factures \u00e9chues ({total})"),
            "ro": (f"Reamintire: factura {first} este restant\u0103 ({total})", f"Reamintire: {n} facturi restante ({total})"),
            "ca": (f"Recordatori: factura {first} ven\u00e7uda ({total})", f"Recordatori: {n} factures ven\u00e7udes ({total})"),
        }[lang]
        self.subject = subj[0] if n == 1 else subj[1]
        self.text = self._body(lang, total)

    def _body(self, lang, total):
        dfmt = LOC[self.loc][5]
        head = {
            "en": ("Invoice", "Due date", "Amount"),
            "es": ("Factura", "Vencimiento", "Importe"),
            "pt": ("Fatura", "Vencimento", "Valor"),
            "it": ("Fattura", "Scadenza", "Importo"),
            "fr": ("Facture", "\u00c9ch\u00e9ance", "Montant"),
            "ro": ("Factura", "Scaden\u021ba", "Suma"),
            "ca": ("Factura", "Venciment", "Import"),
        }[lang]
        rows = [f"  {head[0]:<12} {head[1]:<12} {head[2]}"]
        for num, due, amt in self.invs:
            rows.append(f"  {num:<12} {due.strftime(dfmt):<12} {money(self.loc, amt)}")
        table = "\n".join(rows)
        url = PAY + self.case
        name, sig = SIGN[lang]
        if self.loc == "pt-BR":
            intro = f"De acordo com nossos registros, as faturas abaixo de {self.cust} est\u00e3o em atraso."
        else:
            intro = {
                "en": f"Our records show that the following invoices for {self.cust} are past due.",
                "es": f"Seg\u00fan nuestros registros, las siguientes facturas de {self.cust} est\u00e1n vencidas.",
                "pt": f"Segundo os nossos registos, as seguintes faturas de {self.cust} est\u00e3o em atraso.",
                "it": f"dai nostri archivi risultano scadute le seguenti fatture intestate a {self.cust}.",
                "fr": f"Selon nos registres, les factures suivantes de {self.cust} sont \u00e9chues.",
                "ro": f"Conform eviden\u021belor noastre, urm\u0103toarele facturi emise c\u0103tre {self.cust} sunt restante.",
                "ca": f"Segons els nostres registres, les factures seg\u00fcents de {self.cust} estan ven\u00e7udes.",
            }[lang]
        intro = intro.replace("..", ".")
        greet = {"en": f"Hello {self.who},", "es": f"Hola {self.who}:", "pt": f"Ol\u00e1 {self.who},",
                 "it": f"Gentile {self.who},", "fr": f"Bonjour {self.who},", "ro": f"Bun\u0103 ziua, {self.who},",
                 "ca": f"Hola {self.who},"}[lang]
        tot = {"en": "Total overdue", "es": "Total vencido", "pt": "Total em atraso", "it": "Totale scaduto",
               "fr": "Total \u00e9chu", "ro": "Total restant", "ca": "Total ven\u00e7ut"}[lang]
        tail = {
            "en": f"You can pay online at {url} or by bank transfer using the\ndetails on the invoice. If you have already paid, please reply with the\npayment date and reference so we can match it. If anything on the\ninvoice looks wrong, just reply and tell us.\n\nKind regards,",
            "es": f"Puede pagar en l\u00ednea en {url} o por transferencia con\nlos datos que figuran en la factura. Si ya realiz\u00f3 el pago, responda\nindicando la fecha y la referencia para que podamos conciliarlo. Si algo\nde la factura no es correcto, responda a este correo y cu\u00e9ntenos.\n\nSaludos cordiales,",
            "pt": f"Pode pagar online em {url} ou por transfer\u00eancia com os\ndados que constam da fatura. Se j\u00e1 efetuou o pagamento, responda com a\ndata e a refer\u00eancia para que possamos concili\u00e1-lo. Se algo na fatura\nn\u00e3o estiver correto, basta responder a este e-mail.\n\nCumprimentos,",
            "it": f"\u00c8 possibile pagare online su {url} oppure con bonifico\nalle coordinate indicate in fattura. Se ha gi\u00e0 provveduto al pagamento,\nrisponda indicando data e riferimento per consentirci l'abbinamento. Se\nqualcosa in fattura non \u00e8 corretto, ci risponda e ce lo segnali.\n\nCordiali saluti,",
            "fr": f"Vous pouvez payer en ligne sur {url} ou par virement\naux coordonn\u00e9es indiqu\u00e9es sur la facture. Si vous avez d\u00e9j\u00e0 pay\u00e9,\nr\u00e9pondez en indiquant la date et la r\u00e9f\u00e9rence du paiement afin que nous\npuissions le rapprocher. Si quelque chose vous semble incorrect,\nr\u00e9pondez simplement \u00e0 ce message.\n\nCordialement,",
            "ro": f"Pute\u021bi pl\u0103ti online la {url} sau prin transfer bancar\nfolosind datele de pe factur\u0103. Dac\u0103 a\u021bi efectuat deja plata, v\u0103 rug\u0103m\ns\u0103 ne r\u0103spunde\u021bi cu data \u0219i referin\u021ba pl\u0103\u021bii, ca s\u0103 o putem\nidentifica. Dac\u0103 ceva pe factur\u0103 nu este corect, r\u0103spunde\u021bi-ne.\n\nCu stim\u0103,",
            "ca": f"Podeu pagar en l\u00ednia a {url} o per transfer\u00e8ncia amb\nles dades que consten a la factura. Si ja heu fet el pagament, responeu\namb la data i la refer\u00e8ncia perqu\u00e8 el puguem conciliar. Si hi ha res\nde la factura que no sigui correcte, responeu aquest correu.\n\nSalutacions cordials,",
        }[lang]
        return f"{greet}\n\n{intro}\n\n{table}\n\n{tot}: {total}\n\n{tail}\n\n{name}\n{sig}\n"

    def eml(self, to_addr):
        """Our original reminder as a full message (for bounces)."""
        hdr = [("From", hdr_enc(self.frm)), ("To", to_addr), ("Subject", hdr_enc(self.subject)),
               ("Date", self.sent.strftime("%a, %d %b %Y %H:%M:%S +0000")), ("Message-ID", self.msgid),
               ("MIME-Version", "1.0")]
        return build(hdr, text(self.text, "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- quoting

def local_dt(dt_utc, offset_h):
    return dt_utc + timedelta(hours=offset_h)


def attribution(style, loc, rem, off=0):
    """Localized 'On ... wrote' line (gmail/apple/thunderbird) for our reminder."""
    lang = LOC[loc][0]
    d = local_dt(rem.sent, off)
    wd, mo = WD[lang][d.weekday()], MON[lang][d.month - 1]
    H, M = d.hour, d.minute
    name, addr = rem.name, rem.addr
    if style == "gmail":
        if lang == "en":
            h12 = H % 12 or 12
            ap = "AM" if H < 12 else "PM"
            return f"On {wd[:3]}, {mo[:3]} {d.day}, {d.year} at {h12}:{M:02d} {ap} {name} <{addr}> wrote:"
        return {
            "es": f"El {wd[:3]}, {d.day} {mo[:3]} {d.year} a las {H}:{M:02d}, {name} (<{addr}>) escribi\u00f3:",
            "pt": f"Em {wd[:3]}., {d.day} de {mo[:3]}. de {d.year} \u00e0s {H:02d}:{M:02d}, {name} <{addr}> escreveu:",
            "it": f"Il giorno {wd[:3]} {d.day} {mo[:3]} {d.year} alle ore {H:02d}:{M:02d} {name} <{addr}> ha scritto:",
            "fr": f"Le {wd[:3]}. {d.day} {mo[:4].rstrip('.')} {d.year} \u00e0 {H:02d}:{M:02d}, {name} <{addr}> a \u00e9crit :",
            "ro": f"\u00cen {wd[:3]}, {d.day} {mo[:3]} {d.year} la {H:02d}:{M:02d}, {name} <{addr}> a scris:",
            "ca": f"El {wd[:2]}., {d.day} de {mo} {d.year} a les {H}:{M:02d}, {name} (<{addr}>) va escriure:",
        }[lang]
    if style == "apple":
        return {
            "en": f"On {d.day} {mo[:3]} {d.year}, at {H:02d}:{M:02d}, {name} <{addr}> wrote:",
            "es": f"El {d.day} {mo[:3]} {d.year}, a las {H}:{M:02d}, {name} <{addr}> escribi\u00f3:",
            "pt": f"Em {d.day} de {mo[:3]}. de {d.year}, \u00e0(s) {H:02d}:{M:02d}, {name} <{addr}> escreveu:",
            "it": f"Il giorno {d.day} {mo[:3]} {d.year}, alle ore {H:02d}:{M:02d}, {name} <{addr}> ha scritto:",
            "fr": f"Le {d.day} {mo} {d.year} \u00e0 {H:02d}:{M:02d}, {name} <{addr}> a \u00e9crit :",
            "ro": f"Pe {d.day} {mo} {d.year}, la {H:02d}:{M:02d}, {name} <{addr}> a scris:",
            "ca": f"El {d.day} de {mo} de {d.year}, a les {H}:{M:02d}, {name} <{addr}> va escriure:",
        }[lang]
    if style == "tbird":
        return {
            "ro": f"La {d.strftime('%d.%m.%Y')} {H:02d}:{M:02d}, {name} a scris:",
            "fr": f"Le {d.strftime('%d/%m/%Y')} \u00e0 {H:02d}:{M:02d}, {name} a \u00e9crit\u00a0:",
            "it": f"Il {d.strftime('%d/%m/%Y')} {H:02d}:{M:02d}, {name} ha scritto:",
            "en": f"On {d.strftime('%d/%m/%Y')} {H:02d}:{M:02d}, {name} wrote:",
            "es": f"El {d.strftime('%d/%m/%Y')} a las {H}:{M:02d}, {name} escribi\u00f3:",
            "pt": f"No dia {d.strftime('%d/%m/%Y')} \u00e0s {H:02d}:{M:02d}, {name} escreveu:",
            "ca": f"El {d.strftime('%d/%m/%Y')} a les {H}:{M:02d}, {name} va escriure:",
        }[lang]
    raise ValueError(style)


def quote(style, loc, rem, to, off=0):
    """The quoted reminder under a reply. to: display 'Name <addr>'."""
    if style in ("gmail", "apple", "tbird"):
        q = "\n".join(("> " + l) if l else ">" for l in rem.text.rstrip("\n").split("\n"))
        return attribution(style, loc, rem, off) + "\n\n" + q + "\n"
    lang = LOC[loc][0]
    d = local_dt(rem.sent, off)
    wd, mo = WD[lang][d.weekday()], MON[lang][d.month - 1]
    if loc == "en-US" or loc == "en-CA":
        h12 = d.hour % 12 or 12
        sent = f"{wd}, {mo} {d.day}, {d.year} {h12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    elif lang == "en":
        sent = f"{wd} {d.day} {mo} {d.year} {d.hour:02d}:{d.minute:02d}"
    elif lang == "it":
        sent = f"{wd} {d.day} {mo} {d.year} {d.hour:02d}:{d.minute:02d}"
    elif lang == "fr":
        sent = f"{wd} {d.day} {mo} {d.year} {d.hour:02d}:{d.minute:02d}"
    elif lang in ("es", "ca", "pt"):
        sent = f"{wd}, {d.day} de {mo} de {d.year} {d.hour}:{d.minute:02d}"
    else:
        sent = f"{wd}, {d.day} {mo} {d.year} {d.hour:02d}:{d.minute:02d}"
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
        "pt": ("De", "Enviado", "Para", "Assunto"),
        "it": ("Da", "Inviato", "A", "Oggetto"),
        "fr": ("De", "Envoy\u00e9", "\u00c0", "Objet"),
        "ro": ("De la", "Trimis", "C\u0103tre", "Subiect"),
        "ca": ("De", "Enviat el", "Per a", "Assumpte"),
    }[lang]
    if loc == "pt-PT":
        labels = ("De", "Enviada", "Para", "Assunto")
    sep = ":" if lang != "fr" else "\u00a0:"
    block = (f"{labels[0]}{sep} {rem.frm}\n{labels[1]}{sep} {sent}\n{labels[2]}{sep} {to}\n"
             f"{labels[3]}{sep} {rem.subject}\n")
    if style == "outlook":
        return "________________________________\n" + block + "\n" + rem.text
    if style == "outlook-orig":
        orig = {"en": "-----Original Message-----", "es": "-----Mensaje original-----",
                "pt": "-----Mensagem original-----", "it": "-----Messaggio originale-----",
                "fr": "-----Message d'origine-----", "ro": "-----Mesaj original-----",
                "ca": "-----Missatge original-----"}[lang]
        return orig + "\n" + block + "\n" + rem.text
    raise ValueError(style)


# ---------------------------------------------------------------- MIME

def hdr_enc(s, enc="b"):
    """RFC 2047-encode a header value's non-ASCII display text if needed."""
    if all(ord(c) < 128 for c in s):
        return s
    m = re.match(r"^(.*?)\s*(<[^>]+>)$", s)
    if m:
        return hdr_enc(m.group(1), enc) + " " + m.group(2)
    if enc == "q":
        raw = s.encode("utf-8")
        out = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                      ("_" if b == 32 else f"={b:02X}") for b in raw)
        return f"=?utf-8?q?{out}?="
    return Header(s, "utf-8").encode()


def boundary(tag="b"):
    return f"----=_{tag}_{RNG.getrandbits(64):016x}{RNG.getrandbits(32):08x}"


def text(body, charset="utf-8", cte="8bit", subtype="plain", extra=None, flowed=False):
    """Returns (header list, payload str) of one text part."""
    ct = f'text/{subtype}; charset="{charset}"' + ("; format=flowed" if flowed else "")
    raw = body.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            body.encode("ascii")
        elif charset.lower() not in ("utf-8",):
            raise ValueError("8bit only with utf-8 here")
        payload = body
    else:
        raise ValueError(cte)
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + (extra or [])
    return (h, payload)


def attach(data, ctype, filename, disp="attachment"):
    payload = base64.encodebytes(data).decode("ascii")
    return ([("Content-Type", f'{ctype}; name="{filename}"'), ("Content-Transfer-Encoding", "base64"),
             ("Content-Disposition", f'{disp}; filename="{filename}"')], payload)


def raw_part(ctype, payload, extra=None):
    return ([("Content-Type", ctype)] + (extra or []), payload)


def multipart(subtype, parts, params="", tag="m", preamble=""):
    b = boundary(tag)
    chunks = [preamble] if preamble else []
    for h, p in parts:
        chunks.append(f"--{b}\n" + "".join(f"{k}: {v}\n" for k, v in h) + "\n" + p.rstrip("\n") + "\n")
    body = "\n".join(chunks) + f"\n--{b}--\n"
    return ([("Content-Type", f'multipart/{subtype}; boundary="{b}"{params}')], body)


def build(headers, part):
    h, p = part
    return "".join(f"{k}: {v}\n" for k, v in headers + h) + "\n" + p


def html_of(textbody, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    import html as H
    paras = textbody.strip("\n").split("\n\n")
    out = "".join("<p>" + H.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body><div style="{style}">\n{out}</div></body></html>\n'


def fake_pdf(title):
    s = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
         f"% {title}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return s.encode("latin-1")


def reply_headers(date_hdr, frm, rem, subject, msgid, extra=None):
    h = [("Date", date_hdr), ("From", hdr_enc(frm)), ("To", hdr_enc(rem.frm)), ("Subject", hdr_enc(subject)),
         ("Message-ID", msgid), ("In-Reply-To", rem.msgid), ("References", rem.msgid), ("MIME-Version", "1.0")]
    return h + (extra or [])


def mid(domain, tag=None):
    if tag:
        return f"<{tag}@{domain}>"
    return f"<{RNG.getrandbits(64):016X}{RNG.getrandbits(32):08X}@{domain}>"


def outlook_mid(host="EUR03"):
    s = "".join(RNG.choice("0123456789ABCDEF") for _ in range(32))
    srv = f"{host}PR{RNG.randint(1, 9)}MB{RNG.randint(1000, 9999)}"
    return f"<{srv}{s}@{srv}.{host.lower()}prd0{RNG.randint(1, 9)}.prod.outlook.com>"


def gmail_mid():
    s = "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+") for _ in range(40))
    return f"<CA{s}@mail.gmail.com>"


def apple_mid(domain):
    u = "".join(RNG.choice("0123456789ABCDEF") for _ in range(32))
    return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"


def utc(y, m, d, H=8, M=0):
    return datetime(y, m, d, H, M, tzinfo=timezone.utc)


D = Decimal


# ---------------------------------------------------------------- date rules (label side)

def rule_date(today, rule, args):
    if rule == "tomorrow":
        return today + timedelta(1)
    if rule == "yesterday":
        return today - timedelta(1)
    if rule == "plus_days":
        return today + timedelta(args[0])
    if rule == "this_weekday":
        return today + timedelta((args[0] - today.weekday()) % 7)
    if rule == "next_weekday":
        return today + timedelta(7 - today.weekday() + args[0])
    if rule == "last_weekday":  # most recent such weekday strictly before today
        return today - timedelta((today.weekday() - args[0]) % 7 or 7)
    if rule == "this_week":
        return today + timedelta(4 - today.weekday())
    if rule == "end_of_month":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "end_of_next_month":
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, calendar.monthrange(y, m)[1])
    if rule == "end_of_named_month":
        m = args[0]
        y = today.year if m >= today.month else today.year + 1
        return date(y, m, calendar.monthrange(y, m)[1])
    if rule == "by_the":
        if today.day <= args[0]:
            return today.replace(day=args[0])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, args[0])
    if rule == "dm_future":
        c = date(today.year, args[1], args[0])
        return c if c >= today else date(today.year + 1, args[1], args[0])
    if rule == "dm_past":
        c = date(today.year, args[1], args[0])
        return c if c <= today else date(today.year - 1, args[1], args[0])
    if rule == "explicit":  # args: raw token, order
        return parse_numeric(args[0], args[1])
    raise ValueError(rule)


def parse_numeric(tok, order):
    parts = [int(x) for x in re.split(r"[./-]", tok)]
    if order == "dmy":
        d, m, y = parts
    elif order == "mdy":
        m, d, y = parts
    else:
        y, m, d = parts
    return date(y, m, d)


def reply(rem, date_hdr, frm, subj, msgid, body, qstyle="gmail", cs="utf-8", cte="8bit", alt=False,
          extra=None, off=0, to_disp=None, attachments=None, html=None, html_only=False):
    """A human reply: body + quoted reminder, as plain, alternative, HTML-only, with attachments."""
    loc = rem.loc
    if qstyle:
        to_disp = to_disp or frm
        full = body.rstrip("\n") + "\n\n" + quote(qstyle, loc, rem, to_disp, off)
    else:
        full = body
    if html_only:
        part = text(html or html_of(full), cs, cte, "html")
    elif alt or html:
        part = multipart("alternative", [text(full, cs, cte), text(html or html_of(full), cs, "quoted-printable", "html")], tag="alt")
    else:
        part = text(full, cs, cte)
    if attachments:
        part = multipart("mixed", [part] + attachments, tag="mix")
    return build(reply_headers(date_hdr, frm, rem, subj, msgid, extra), part)


ITEMS = []


def item(id, key, loc, intent, fmt, eml, inv, note, amt=None, cur=None, ref=None, reason=None, contact=None,
         dates=(), inj=False, dec=None):
    ITEMS.append(dict(id=id, key=key, loc=loc, intent=intent, fmt=fmt, eml=eml, inv=list(inv), note=note,
                      amt=amt, cur=cur, ref=ref, reason=reason, contact=contact, dates=list(dates), inj=inj,
                      dec=dec or LOC[loc][4]))
