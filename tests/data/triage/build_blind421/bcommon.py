"""Shared helpers for build.py (blind set 421). Standard library only."""
import base64, quopri, random, calendar
from datetime import datetime, timedelta, timezone, date
from email.header import Header
from email.utils import format_datetime

RNG = random.Random(421)
AGENCY = "Kestrel Workforce Solutions"
BILLDOM = "billing.kestrelworkforce.example"
ITEMS = []

def hexid(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))

def dt(y, m, d, hh, mm, ss, tzmin):
    return datetime(y, m, d, hh, mm, ss, tzinfo=timezone(timedelta(minutes=tzmin)))

def hdate(x, weekday=True):
    s = format_datetime(x)
    return s if weekday else s.split(", ", 1)[1]

def case_addr(case):
    return "ar+%s@%s" % (case, BILLDOM)

def rem_msgid(case, r, sent):
    u = sent.astimezone(timezone.utc)
    return "<%s.r%d.%s@%s>" % (case, r, u.strftime("%Y%m%dT%H%M%SZ"), BILLDOM)

def h2047(s):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def addr(name, a):
    if not name:
        return a
    if any(ord(c) > 127 for c in name):
        return "%s <%s>" % (Header(name, "utf-8").encode(), a)
    if "," in name:
        return '"%s" <%s>' % (name, a)
    return "%s <%s>" % (name, a)

# ---------------- reminders (our own text) -----------------
def fmt_amt(v, style):
    s = "{:,.2f}".format(v)
    if style == "en":
        return s
    if style == "de":
        return s.replace(",", "X").replace(".", ",").replace("X", ".")
    if style == "fr":
        return s.replace(",", "\u202f").replace(".", ",")
    raise ValueError(style)

def reminder(case, r, sent, lang, contact, company, cur, lines):
    """lines: list of (inv, due 'YYYY-MM-DD', amount float). Returns (subject, body)."""
    total = sum(a for _, _, a in lines)
    days = (sent.date() - date.fromisoformat(min(d for _, d, _ in lines))).days
    invs = ", ".join(i for i, _, _ in lines)
    if lang == "en":
        word = {1: "Reminder", 2: "Second reminder", 3: "Final notice"}[r]
        subj = "%s: invoice %s is %d days overdue (%s %s)" % (word, invs, days, cur, fmt_amt(total, "en")) if len(lines) == 1 else \
               "%s: %d invoices overdue (%s %s)" % (word, len(lines), cur, fmt_amt(total, "en"))
        rows = "\n".join("  %-10s  %s    %s %s" % (i, d, cur, fmt_amt(a, "en")) for i, d, a in lines)
        body = ("Dear %s,\n\nOur records show the following %s for %s %s past due:\n\n"
                "  Invoice     Due date      Amount\n%s\n\nTotal overdue: %s %s\n\n"
                "You can pay online at https://pay.kestrelworkforce.example/c/%s or by bank\n"
                "transfer using the details printed on the invoice. If you have already\n"
                "paid, please reply with the payment date and reference so we can match\n"
                "it. If anything on the invoice looks wrong, just reply and tell us.\n\n"
                "Kind regards,\n\nKestrel Billing\nAccounts Receivable | Kestrel Workforce Solutions\n") % (
                contact, "invoice" if len(lines) == 1 else "invoices", company,
                "is" if len(lines) == 1 else "are", rows, cur, fmt_amt(total, "en"), case)
    elif lang == "es":
        word = {1: "Recordatorio de pago", 2: "Segundo aviso", 3: "Aviso final"}[r]
        subj = "%s: factura %s vencida (%s %s)" % (word, invs, fmt_amt(total, "de"), cur)
        rows = "\n".join("  %-10s  %s    %s %s" % (i, d, fmt_amt(a, "de"), cur) for i, d, a in lines)
        body = ("Estimado/a %s:\n\nSegún nuestros registros, el siguiente importe de %s está vencido:\n\n"
                "  Factura     Vencimiento   Importe\n%s\n\nTotal vencido: %s %s\n\n"
                "Puede pagar en https://pay.kestrelworkforce.example/c/%s o por transferencia.\n"
                "Si ya ha realizado el pago, responda indicando la fecha y la referencia\n"
                "para poder conciliarlo. Si algo en la factura no es correcto, díganoslo.\n\n"
                "Un saludo,\n\nKestrel Billing\nCuentas por cobrar | Kestrel Workforce Solutions\n") % (
                contact, company, rows, fmt_amt(total, "de"), cur, case)
    elif lang == "fr":
        word = {1: "Relance", 2: "Deuxième relance", 3: "Mise en demeure amiable"}[r]
        subj = "%s : facture %s échue (%s %s)" % (word, invs, fmt_amt(total, "fr"), cur)
        rows = "\n".join("  %-10s  %s    %s %s" % (i, d, fmt_amt(a, "fr"), cur) for i, d, a in lines)
        body = ("Bonjour %s,\n\nSauf erreur de notre part, les sommes suivantes dues par %s restent impayées :\n\n"
                "  Facture     Échéance      Montant\n%s\n\nTotal échu : %s %s\n\n"
                "Vous pouvez régler en ligne sur https://pay.kestrelworkforce.example/c/%s ou par virement.\n"
                "Si vous avez déjà réglé, merci de nous indiquer la date et la référence du\n"
                "paiement. Si un élément de la facture vous semble erroné, répondez-nous simplement.\n\n"
                "Cordialement,\n\nKestrel Billing\nComptabilité clients | Kestrel Workforce Solutions\n") % (
                contact, company, rows, fmt_amt(total, "fr"), cur, case)
    elif lang == "de":
        word = {1: "Zahlungserinnerung", 2: "2. Mahnung", 3: "Letzte Mahnung"}[r]
        subj = "%s: Rechnung %s überfällig (%s %s)" % (word, invs, fmt_amt(total, "de"), cur)
        rows = "\n".join("  %-10s  %s    %s %s" % (i, d, fmt_amt(a, "de"), cur) for i, d, a in lines)
        body = ("Guten Tag %s,\n\nlaut unserer Buchhaltung sind folgende Rechnungen an %s überfällig:\n\n"
                "  Rechnung    Fällig am     Betrag\n%s\n\nSumme überfällig: %s %s\n\n"
                "Sie können online unter https://pay.kestrelworkforce.example/c/%s oder per Überweisung zahlen.\n"
                "Falls Sie bereits bezahlt haben, nennen Sie uns bitte Zahlungsdatum und Referenz.\n"
                "Sollte an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
                "Mit freundlichen Grüßen\n\nKestrel Billing\nDebitorenbuchhaltung | Kestrel Workforce Solutions\n") % (
                contact, company, rows, fmt_amt(total, "de"), cur, case)
    elif lang == "nl":
        word = {1: "Betalingsherinnering", 2: "Tweede herinnering", 3: "Laatste aanmaning"}[r]
        subj = "%s: factuur %s vervallen (%s %s)" % (word, invs, cur, fmt_amt(total, "de"))
        rows = "\n".join("  %-10s  %s    %s %s" % (i, d, cur, fmt_amt(a, "de")) for i, d, a in lines)
        body = ("Beste %s,\n\nVolgens onze administratie staan de volgende facturen van %s nog open:\n\n"
                "  Factuur     Vervaldatum   Bedrag\n%s\n\nTotaal vervallen: %s %s\n\n"
                "U kunt online betalen via https://pay.kestrelworkforce.example/c/%s of per overschrijving.\n"
                "Heeft u al betaald, laat ons dan de betaaldatum en het kenmerk weten.\n"
                "Klopt er iets niet op de factuur, beantwoord dan gewoon deze e-mail.\n\n"
                "Met vriendelijke groet,\n\nKestrel Billing\nDebiteurenbeheer | Kestrel Workforce Solutions\n") % (
                contact, company, rows, cur, fmt_amt(total, "de"), case)
    return subj, body

# ---------------- quoting -----------------
EN_MON = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
EN_MONTH = ["January","February","March","April","May","June","July","August","September","October","November","December"]
EN_DAY = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
ES_DAY = ["lun","mar","mié","jue","vie","sáb","dom"]; ES_MON = ["ene","feb","mar","abr","may","jun","jul","ago","sept","oct","nov","dic"]
FR_DAY = ["lun.","mar.","mer.","jeu.","ven.","sam.","dim."]; FR_MON = ["janv.","févr.","mars","avr.","mai","juin","juil.","août","sept.","oct.","nov.","déc."]
DE_DAY = ["Mo.","Di.","Mi.","Do.","Fr.","Sa.","So."]
NL_DAY = ["ma","di","wo","do","vr","za","zo"]; NL_MON = ["jan","feb","mrt","apr","mei","jun","jul","aug","sep","okt","nov","dec"]

def gt(body):
    return "\n".join(("> " + l) if l else ">" for l in body.rstrip("\n").split("\n"))

def quote(style, sent, frm, to, subj, body):
    """Return quoted block for a reply. sent = reminder datetime in the customer's local zone."""
    d = sent; h12 = d.strftime("%I:%M").lstrip("0"); ap = "AM" if d.hour < 12 else "PM"
    if style == "gmail":
        return "On %s, %s %d, %d at %s %s %s wrote:\n\n%s\n" % (EN_DAY[d.weekday()][:3], EN_MON[d.month-1], d.day, d.year, h12, ap, frm, gt(body))
    if style == "gmail_uk":
        return "On %s, %d %s %d at %s, %s wrote:\n%s\n" % (EN_DAY[d.weekday()][:3], d.day, EN_MON[d.month-1], d.year, d.strftime("%H:%M"), frm, gt(body))
    if style == "apple":
        return "On %d %s %d, at %s, %s wrote:\n\n%s\n" % (d.day, EN_MON[d.month-1], d.year, d.strftime("%H:%M"), frm, gt(body))
    if style == "apple_us":
        return "On %s %d, %d, at %s %s, %s wrote:\n\n%s\n" % (EN_MON[d.month-1], d.day, d.year, h12, ap, frm, gt(body))
    if style == "outlook":
        return ("\n-----Original Message-----\nFrom: %s\nSent: %s, %s %d, %d %s %s\nTo: %s\nSubject: %s\n\n%s"
                % (frm, EN_DAY[d.weekday()], EN_MONTH[d.month-1], d.day, d.year, h12, ap, to, subj, body))
    if style == "outlook_uk":
        return ("\n________________________________\nFrom: %s\nSent: %s, %d %s %d %s\nTo: %s\nSubject: %s\n\n%s"
                % (frm, EN_DAY[d.weekday()], d.day, EN_MONTH[d.month-1], d.year, d.strftime("%H:%M"), to, subj, body))
    if style == "outlook_es":
        return ("\n________________________________\nDe: %s\nEnviado: %s, %d de %s de %d %s\nPara: %s\nAsunto: %s\n\n%s"
                % (frm, ["lunes","martes","miércoles","jueves","viernes","sábado","domingo"][d.weekday()], d.day,
                   ["enero","febrero","marzo","abril","mayo","junio","julio","agosto","septiembre","octubre","noviembre","diciembre"][d.month-1],
                   d.year, d.strftime("%H:%M"), to, subj, body))
    if style == "gmail_es":
        return "El %s, %d %s %d a las %s, %s escribió:\n\n%s\n" % (ES_DAY[d.weekday()], d.day, ES_MON[d.month-1], d.year, d.strftime("%H:%M"), frm, gt(body))
    if style == "gmail_fr":
        return "Le %s %d %s %d à %s, %s a écrit :\n\n%s\n" % (FR_DAY[d.weekday()], d.day, FR_MON[d.month-1], d.year, d.strftime("%H:%M"), frm, gt(body))
    if style == "outlook_fr":
        return ("\n-----Message d'origine-----\nDe : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s\n\n%s"
                % (frm, ["lundi","mardi","mercredi","jeudi","vendredi","samedi","dimanche"][d.weekday()], d.day,
                   ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"][d.month-1],
                   d.year, d.strftime("%H:%M"), to, subj, body))
    if style == "outlook_de":
        return ("\n-----Ursprüngliche Nachricht-----\nVon: %s\nGesendet: %s, %d. %s %d %s\nAn: %s\nBetreff: %s\n\n%s"
                % (frm, ["Montag","Dienstag","Mittwoch","Donnerstag","Freitag","Samstag","Sonntag"][d.weekday()], d.day,
                   ["Januar","Februar","März","April","Mai","Juni","Juli","August","September","Oktober","November","Dezember"][d.month-1],
                   d.year, d.strftime("%H:%M"), to, subj, body))
    if style == "tb_de":
        return "Am %02d.%02d.%d um %s schrieb %s:\n%s\n" % (d.day, d.month, d.year, d.strftime("%H:%M"), frm, gt(body))
    if style == "gmail_nl":
        return "Op %s %d %s %d om %s schreef %s:\n\n%s\n" % (NL_DAY[d.weekday()], d.day, NL_MON[d.month-1], d.year, d.strftime("%H:%M"), frm, gt(body))
    if style == "outlook_nl":
        return ("\n-----Oorspronkelijk bericht-----\nVan: %s\nVerzonden: %s %d %s %d %s\nAan: %s\nOnderwerp: %s\n\n%s"
                % (frm, ["maandag","dinsdag","woensdag","donderdag","vrijdag","zaterdag","zondag"][d.weekday()], d.day,
                   ["januari","februari","maart","april","mei","juni","juli","augustus","september","oktober","november","december"][d.month-1],
                   d.year, d.strftime("%H:%M"), to, subj, body))
    if style == "iphone":
        return "On %d %s %d, at %s, %s wrote:\n\n%s\n" % (d.day, EN_MON[d.month-1], d.year, d.strftime("%H:%M"), frm, gt(body))
    raise ValueError(style)

# ---------------- MIME assembly -----------------
def encode_body(text, charset, cte):
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            text.encode("ascii")
        return text
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        b = base64.encodebytes(raw).decode("ascii")
        return b
    raise ValueError(cte)

def leaf(text, subtype="plain", charset="utf-8", cte="7bit", extra=""):
    if cte == "7bit" and any(ord(c) > 127 for c in text):
        cte = "quoted-printable"
    ct = 'Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (subtype, charset, extra, cte)
    return ct + "\n" + encode_body(text, charset, cte)

def attach(data, ctype, filename, disp="attachment"):
    b = base64.encodebytes(data).decode("ascii")
    return ('Content-Type: %s; name="%s"\nContent-Transfer-Encoding: base64\n'
            'Content-Disposition: %s; filename="%s"\n\n%s' % (ctype, filename, disp, filename, b))

def multipart(sub, parts, boundary=None, extra="", preamble=""):
    b = boundary or ("----=_Part_%s" % hexid(16))
    out = 'Content-Type: multipart/%s; boundary="%s"%s\n\n' % (sub, b, extra)
    if preamble:
        out += preamble + "\n"
    for p in parts:
        out += "--%s\n%s\n" % (b, p.rstrip("\n") + "\n")
    out += "--%s--\n" % b
    return out

def message(headers, body_part):
    """headers: list of (name, value); body_part: 'Content-Type...\\n\\nbody' (or bare body if no MIME)."""
    h = "".join("%s: %s\n" % (k, v) for k, v in headers)
    if not body_part.startswith("Content-Type") and "\n\n" not in body_part[:0]:
        pass
    return h + body_part

def fake_pdf(text):
    return ("%%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            "%% %s\ntrailer\n<< /Root 1 0 R >>\n%%%%EOF\n" % text).encode("latin-1")

def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def text_to_html(s):
    paras = s.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % html_escape(p).replace("\n", "<br>\n") for p in paras)

# ---------------- item registry -----------------
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]

def D(field, rule, *args, phrase):
    return {"kind": "date", "field": field, "rule": rule, "args": list(args), "phrase": phrase}

def A(raw, dec, cur, field="promised_amount"):
    return {"kind": "amount", "field": field, "raw": raw, "dec": dec, "currency": cur}

def item(n, key, locale, intent, fmt, eml, note, inv, prov=(), injection=False, **kw):
    ITEMS.append(dict(n=n, key=key, locale=locale, intent=intent, fmt=fmt, eml=eml, note=note,
                      inv=list(inv), prov=list(prov), injection=injection, kw=kw))

def reply(case, r, rem_sent, lang, contact, company, cur, lines, *, frm, to_name="Kestrel Billing",
          date_, prefix="Re: ", style="gmail", text, html=False, charset="utf-8", cte="7bit",
          xh=(), msgid=None, attachments=(), cust_addr=None, quote_tz=None, body_override=None,
          subject=None, weekday=True):
    """Assemble a human reply to reminder r of `case`."""
    subj0, rbody = reminder(case, r, rem_sent, lang, contact, company, cur, lines)
    mid = rem_msgid(case, r, rem_sent)
    ours = "Kestrel Billing <%s>" % case_addr(case)
    qs = rem_sent.astimezone(quote_tz) if quote_tz else rem_sent
    full = text
    if style:
        q = quote(style, qs, ours, cust_addr or frm[1], subj0, rbody)
        full = text.rstrip("\n") + "\n\n" + q
    if body_override is not None:
        full = body_override
    hdrs = [("MIME-Version", "1.0"), ("Date", hdate(date_, weekday)),
            ("Message-ID", msgid or "<%s@%s>" % (hexid(24), frm[1].split("@")[1])),
            ("In-Reply-To", mid), ("References", mid),
            ("Subject", h2047(subject if subject is not None else prefix + subj0)),
            ("From", addr(frm[0], frm[1])), ("To", addr(to_name, case_addr(case)))] + list(xh)
    if html:
        hp = "<html><head><meta charset=\"%s\"></head><body>\n%s\n</body></html>\n" % (charset, html if isinstance(html, str) else text_to_html(full))
        if html == "only" or (isinstance(html, str) and html.startswith("ONLY:")):
            pass
        body = None
    if html == "only":
        hp = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head><body>\n%s\n</body></html>\n" % (charset, text_to_html(full))
        body = leaf(hp, "html", charset, cte)
    elif isinstance(html, str) and html:
        hp = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head><body>\n%s\n</body></html>\n" % (charset, html)
        body = multipart("alternative", [leaf(full, "plain", charset, cte), leaf(hp, "html", charset, cte)])
    elif html:
        hp = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head><body>\n%s\n</body></html>\n" % (charset, text_to_html(full))
        body = multipart("alternative", [leaf(full, "plain", charset, cte), leaf(hp, "html", charset, cte)])
    else:
        body = leaf(full, "plain", charset, cte)
    if attachments:
        body = multipart("mixed", [body] + list(attachments))
    return message(hdrs, body), subj0, rbody, mid
