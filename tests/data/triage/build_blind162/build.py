#!/usr/bin/env python3
"""Blind triage test set: replies to the dunning mail of a dental laboratory and
orthodontic-supplies company (Northcrest Dental Laboratories).

stdlib only, deterministic: `python3 build.py` rewrites emails.jsonl, labels.jsonl
and README.md byte for byte.
"""
import base64
import hashlib
import json
import os
import quopri
import random
from collections import Counter
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
AR_DOMAIN = "ar.northcrest-dental.example"
AR_NAME = "Northcrest Dental Accounts Receivable"
SEED = 162

FIELDS = ["promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]

KEY_LETTER = {
    "P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request",
    "B": "billing_update", "W": "wrong_contact", "O": "out_of_office",
    "I": "payment_plan_request", "L": "legal_or_insolvency", "F": "delivery_failure",
    "A": "acknowledgement", "X": "other",
}

# ----------------------------------------------------------------------------------
# helpers

def h(s, n=32):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def h_upper(s, n):
    return hashlib.sha256(("U" + s).encode()).hexdigest()[:n].upper()


def parse_date(s):
    """'Mon, 16 Mar 2026 21:50:00 -0700' -> aware datetime"""
    from email.utils import parsedate_to_datetime
    return parsedate_to_datetime(s)


def fmt_amount(amt, lang, cur):
    d = Decimal(amt)
    if cur == "JPY":
        n = "{:,}".format(int(d))
        return n + "円" if lang == "ja" else "JPY " + n
    s = "{:,.2f}".format(d)  # 1,234.50
    if lang == "en":
        return "%s %s" % (cur, s)
    ip, dp = s.split(".")
    if lang in ("de", "it", "da", "es"):
        num = ip.replace(",", ".") + "," + dp
    else:  # fr, pl, lt, sk
        num = ip.replace(",", " ") + "," + dp
    if lang in ("de", "it", "da"):
        return "%s %s" % (cur, num)
    return "%s %s" % (num, cur)


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DOW_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Reminder texts per language ---------------------------------------------------------
REM = {
    "en": dict(
        subj1={"r1": "Reminder: invoice {inv} is {days} days overdue ({amt})",
               "r2": "Second notice: invoice {inv} is {days} days past due",
               "r3": "Final notice: invoice {inv} is {days} days past due ({amt})"},
        subjn={"r1": "Reminder: {k} invoices past due ({amt})",
               "r2": "Second notice: {k} invoices past due ({amt})",
               "r3": "Final notice: {k} invoices past due ({amt})"},
        greet="Hello {name},",
        intro1="Our records show that invoice {inv} for {org} is now {days}\ndays past due.",
        intron="Our records show that the following invoices for {org} are\npast due.",
        cols=("Invoice", "Due date", "Amount"),
        total="Total overdue: {amt}",
        pay=("You can pay online at {url} or by bank\n"
             "transfer using the remittance details on the invoice. If you have\n"
             "already paid, please reply with the payment date and reference so we\n"
             "can match it. If anything on the invoice looks wrong (a remake, a\n"
             "shade issue, a cancelled case), just reply and tell us."),
        thanks="Thank you,",
        sign="Northcrest Dental Accounts Receivable\nNorthcrest Dental Laboratories | Crowns, aligners, implant parts",
        default_name="Accounts Payable"),
    "de": dict(
        subj1="Zahlungserinnerung: Rechnung {inv} überfällig",
        subjn="Zahlungserinnerung: {k} Rechnungen überfällig",
        greet="Sehr geehrte Damen und Herren,",
        intro1="laut unseren Unterlagen ist die Rechnung {inv} von {org}\nseit {days} Tagen überfällig.",
        intron="laut unseren Unterlagen sind folgende Rechnungen von {org}\nüberfällig.",
        cols=("Rechnung", "Fällig am", "Betrag"),
        total="Offener Betrag: {amt}",
        pay=("Sie können online unter {url} oder per\n"
             "Überweisung auf das in der Rechnung angegebene Konto bezahlen. Falls Sie\n"
             "bereits bezahlt haben, teilen Sie uns bitte Datum und Referenz der\n"
             "Zahlung mit."),
        thanks="Mit freundlichen Grüßen",
        sign="Northcrest Dental Debitorenbuchhaltung\nNorthcrest Dental Laboratories Europe"),
    "fr": dict(
        subj1="Rappel : facture {inv} échue",
        subjn="Rappel : {k} factures échues",
        greet="Madame, Monsieur,",
        intro1="Sauf erreur de notre part, la facture {inv} de {org}\nest échue depuis {days} jours.",
        intron="Sauf erreur de notre part, les factures suivantes de {org}\nsont échues.",
        cols=("Facture", "Échéance", "Montant"),
        total="Total dû : {amt}",
        pay=("Vous pouvez régler en ligne sur {url} ou\n"
             "par virement sur le compte indiqué sur la facture. Si vous avez déjà\n"
             "effectué le règlement, merci de nous indiquer la date et la référence\n"
             "du paiement."),
        thanks="Cordialement,",
        sign="Northcrest Dental - Comptabilité clients\nNorthcrest Dental Laboratories Europe"),
    "it": dict(
        subj1="Sollecito: fattura {inv} scaduta",
        subjn="Sollecito: {k} fatture scadute",
        greet="Gentile cliente,",
        intro1="dai nostri archivi risulta che la fattura {inv} intestata a\n{org} è scaduta da {days} giorni.",
        intron="dai nostri archivi risulta che le seguenti fatture intestate a\n{org} sono scadute.",
        cols=("Fattura", "Scadenza", "Importo"),
        total="Totale scaduto: {amt}",
        pay=("Potete pagare online su {url} o con\n"
             "bonifico sulle coordinate indicate in fattura. Se avete già pagato,\n"
             "vi preghiamo di comunicarci data e riferimento del pagamento."),
        thanks="Cordiali saluti,",
        sign="Northcrest Dental - Contabilità clienti\nNorthcrest Dental Laboratories Europe"),
    "es": dict(
        subj1="Recordatorio: factura {inv} vencida",
        subjn="Recordatorio: {k} facturas vencidas",
        greet="Estimado cliente:",
        intro1="Según nuestros registros, la factura {inv} de {org}\nlleva {days} días vencida.",
        intron="Según nuestros registros, las siguientes facturas de {org}\nestán vencidas.",
        cols=("Factura", "Vencimiento", "Importe"),
        total="Total vencido: {amt}",
        pay=("Puede pagar en línea en {url} o por\n"
             "transferencia a la cuenta indicada en la factura. Si ya ha realizado el\n"
             "pago, responda indicando la fecha y la referencia para que podamos\n"
             "conciliarlo."),
        thanks="Un saludo,",
        sign="Northcrest Dental - Cuentas por cobrar\nNorthcrest Dental Laboratories Europe"),
    "pl": dict(
        subj1="Przypomnienie: faktura {inv} po terminie",
        subjn="Przypomnienie: {k} faktury po terminie",
        greet="Szanowni Państwo,",
        intro1="według naszych zapisów faktura {inv} dla {org}\njest przeterminowana o {days} dni.",
        intron="według naszych zapisów następujące faktury dla {org}\nsą przeterminowane.",
        cols=("Faktura", "Termin", "Kwota"),
        total="Razem do zapłaty: {amt}",
        pay=("Płatności można dokonać online pod adresem {url}\n"
             "lub przelewem na rachunek podany na fakturze. Jeśli płatność została\n"
             "już wykonana, prosimy o podanie daty i tytułu przelewu."),
        thanks="Z poważaniem",
        sign="Northcrest Dental - Dział należności\nNorthcrest Dental Laboratories Europe"),
    "da": dict(
        subj1="Påmindelse: faktura {inv} er forfalden",
        subjn="Påmindelse: {k} fakturaer er forfaldne",
        greet="Kære kunde",
        intro1="Ifølge vores bogføring er faktura {inv} til {org}\nnu {days} dage over forfald.",
        intron="Ifølge vores bogføring er følgende fakturaer til {org}\nover forfald.",
        cols=("Faktura", "Forfald", "Beløb"),
        total="Forfaldent i alt: {amt}",
        pay=("Du kan betale online på {url} eller\n"
             "via bankoverførsel til kontoen på fakturaen. Hvis du allerede har\n"
             "betalt, bedes du svare med betalingsdato og reference."),
        thanks="Med venlig hilsen",
        sign="Northcrest Dental - Debitorbogholderiet\nNorthcrest Dental Laboratories Europe"),
    "ja": dict(
        subj1="お支払いのお願い：請求書 {inv}（お支払期日超過）",
        subjn="お支払いのお願い：請求書{k}件（お支払期日超過）",
        greet="{org}\nご担当者様",
        intro1="いつもお世話になっております。\n請求書 {inv} のお支払期日を{days}日経過しております。",
        intron="いつもお世話になっております。\n下記の請求書のお支払期日を経過しております。",
        cols=("請求書番号", "支払期日", "金額"),
        total="合計：{amt}",
        pay=("{url} からオンラインでお支払いいただくか、\n"
             "請求書記載の口座へお振込みください。\n"
             "すでにお支払い済みの場合は、お振込日と参照番号をお知らせください。"),
        thanks="よろしくお願いいたします。",
        sign="ノースクレスト・デンタル 売掛金管理チーム\nNorthcrest Dental Laboratories Japan"),
    "lt": dict(
        subj1="Priminimas: sąskaita {inv} pradelsta",
        subjn="Priminimas: {k} sąskaitos pradelstos",
        greet="Laba diena,",
        intro1="mūsų duomenimis, {org} sąskaita {inv}\npradelsta {days} d.",
        intron="mūsų duomenimis, šios {org} sąskaitos pradelstos.",
        cols=("Sąskaita", "Terminas", "Suma"),
        total="Iš viso pradelsta: {amt}",
        pay=("Apmokėti galite internetu {url} arba\n"
             "pavedimu į sąskaitoje nurodytą banko sąskaitą. Jei jau sumokėjote,\n"
             "atsakykite nurodydami mokėjimo datą ir nuorodą."),
        thanks="Pagarbiai",
        sign="Northcrest Dental - Debitorinių skolų skyrius\nNorthcrest Dental Laboratories Europe"),
    "sk": dict(
        subj1="Upomienka: faktúra {inv} po splatnosti",
        subjn="Upomienka: {k} faktúry po splatnosti",
        greet="Dobrý deň,",
        intro1="podľa našich záznamov je faktúra {inv} pre {org}\n{days} dní po splatnosti.",
        intron="podľa našich záznamov sú nasledujúce faktúry pre {org}\npo splatnosti.",
        cols=("Faktúra", "Splatnosť", "Suma"),
        total="Spolu po splatnosti: {amt}",
        pay=("Zaplatiť môžete online na {url} alebo\n"
             "prevodom na účet uvedený na faktúre. Ak ste už zaplatili, odpovedzte\n"
             "nám, prosím, s dátumom a referenciou platby."),
        thanks="S pozdravom",
        sign="Northcrest Dental - Pohľadávky\nNorthcrest Dental Laboratories Europe"),
}


def lang_of(loc):
    return loc.split("-")[0]


def reminder(it):
    """Build the dunning message this item answers."""
    lang = lang_of(it["loc"])
    T = REM[lang]
    r = it["rem"]
    rdt = datetime.strptime(r["at"], "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)
    invs = r["invs"]
    cur = r["cur"]
    total = sum(Decimal(a) for _, _, a in invs)
    total_s = ("%d" % total) if cur == "JPY" else "%.2f" % total
    oldest = min(datetime.strptime(d, "%Y-%m-%d") for _, d, _ in invs)
    days = (rdt.replace(tzinfo=None) - oldest).days
    kind = r.get("kind", "r1")
    amt_total = fmt_amount(total_s, lang, cur)
    if len(invs) == 1:
        s = T["subj1"][kind] if isinstance(T["subj1"], dict) else T["subj1"]
        subject = s.format(inv=invs[0][0], days=days, amt=amt_total)
        intro = T["intro1"].format(inv=invs[0][0], org=it["org"], days=days)
    else:
        s = T["subjn"][kind] if isinstance(T["subjn"], dict) else T["subjn"]
        subject = s.format(k=len(invs), amt=amt_total)
        intro = T["intron"].format(org=it["org"])
    name = r.get("greet") or T.get("default_name", "")
    c1, c2, c3 = T["cols"]
    rows = ["  %-10s %-13s %s" % (c1, c2, c3)]
    for num, due, a in invs:
        rows.append("  %-10s %-13s %s" % (num, due, fmt_amount(a, lang, cur)))
    url = "https://pay.northcrest-dental.example/c/%s" % it["case"]
    body = "\n".join([
        T["greet"].format(name=name, org=it["org"]), "", intro, "", "\n".join(rows), "",
        T["total"].format(amt=amt_total), "", T["pay"].format(url=url), "", T["thanks"], "",
        T["sign"]]) + "\n"
    stamp = rdt.strftime("%Y%m%dT%H%M%SZ")
    msgid = "<%s.%s.%s@%s>" % (it["case"], kind, stamp, AR_DOMAIN)
    return dict(subject=subject, body=body, msgid=msgid, dt=rdt,
                from_=formataddr((AR_NAME, "collections+%s@%s" % (it["case"], AR_DOMAIN))),
                from_addr="collections+%s@%s" % (it["case"], AR_DOMAIN))


# quoting styles ---------------------------------------------------------------------

OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"), "pl": ("Od", "Wysłane", "Do", "Temat"),
    "da": ("Fra", "Sendt", "Til", "Emne"), "ja": ("差出人", "送信日時", "宛先", "件名"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Tema"), "sk": ("Od", "Odoslané", "Komu", "Predmet"),
}


def local_rem_dt(rem, reply_dt):
    return rem["dt"].astimezone(reply_dt.tzinfo)


def attribution(style, loc, rem, reply_dt):
    lang = lang_of(loc)
    t = local_rem_dt(rem, reply_dt)
    sender = "%s <%s>" % (AR_NAME, rem["from_addr"])
    d, m, Y, H, M = t.day, t.month, t.year, t.hour, t.minute
    if style == "gmail":
        if lang == "en":
            hh = t.strftime("%I").lstrip("0")
            return "On %s, %s %d, %d at %s:%02d %s %s wrote:" % (
                DOW_EN[t.weekday()][:3], MONTHS_EN[m - 1][:3], d, Y, hh, M, t.strftime("%p"), sender)
        return {
            "de": "Am %d.%d.%d um %02d:%02d schrieb %s:" % (d, m, Y, H, M, sender),
            "fr": "Le %02d/%02d/%d à %02d:%02d, %s a écrit :" % (d, m, Y, H, M, sender),
            "es": "El %d/%d/%d a las %02d:%02d, %s escribió:" % (d, m, Y, H, M, sender),
            "it": "Il giorno %d/%d/%d %02d:%02d %s ha scritto:" % (d, m, Y, H, M, sender),
            "pl": "%d.%02d.%d o %02d:%02d %s napisał(a):" % (d, m, Y, H, M, sender),
            "da": "Den %d.%d.%d kl. %02d.%02d skrev %s:" % (d, m, Y, H, M, sender),
            "ja": "%d年%d月%d日 %02d:%02d %s:" % (Y, m, d, H, M, sender),
            "lt": "%d-%02d-%02d %02d:%02d, %s rašė:" % (Y, m, d, H, M, sender),
            "sk": "%d. %d. %d o %02d:%02d %s napísal(a):" % (d, m, Y, H, M, sender),
        }[lang]
    if style == "apple":
        return "On %d %s %d, at %02d:%02d, %s wrote:" % (d, MONTHS_EN[m - 1][:3], Y, H, M, sender)
    raise ValueError(style)


def outlook_block(loc, rem, reply_dt, to_disp):
    lang = lang_of(loc)
    t = local_rem_dt(rem, reply_dt)
    lf, ls, lt, lsub = OUTLOOK_LABELS[lang]
    if loc == "en-US":
        sent = "%s, %s %d, %d %s:%02d %s" % (DOW_EN[t.weekday()], MONTHS_EN[t.month - 1], t.day, t.year,
                                             t.strftime("%I").lstrip("0"), t.minute, t.strftime("%p"))
    elif lang == "en":
        sent = "%02d %s %d %02d:%02d" % (t.day, MONTHS_EN[t.month - 1], t.year, t.hour, t.minute)
    elif lang == "ja":
        sent = "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    else:
        sent = "%02d.%02d.%d %02d:%02d" % (t.day, t.month, t.year, t.hour, t.minute)
    sep = ": "
    return "\n".join([
        "________________________________",
        "%s%s%s" % (lf, sep, "%s <%s>" % (AR_NAME, rem["from_addr"])),
        "%s%s%s" % (ls, sep, sent),
        "%s%s%s" % (lt, sep, to_disp),
        "%s%s%s" % (lsub, sep, rem["subject"]),
        "", rem["body"].rstrip("\n")])


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def compose_plain(it, rem, reply_dt):
    body = it["body"].strip("\n") + "\n"
    style = it.get("quote", "none")
    to_disp = "%s <%s>" % (it["person"], it["email"])
    if style == "none":
        return body
    if style == "gmail":
        return body + "\n" + attribution("gmail", it["loc"], rem, reply_dt) + "\n\n" + quote_gt(rem["body"]) + "\n"
    if style == "apple":
        return body + "\n" + attribution("apple", it["loc"], rem, reply_dt) + "\n\n" + quote_gt(rem["body"]) + "\n"
    if style == "outlook":
        return body + "\n" + outlook_block(it["loc"], rem, reply_dt, to_disp) + "\n"
    if style == "origmsg":
        return body + "\n-----Original Message-----\n" + "\n".join(outlook_block(it["loc"], rem, reply_dt, to_disp).split("\n")[1:]) + "\n"
    raise ValueError(style)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(it, rem, reply_dt, hidden=None):
    paras = it["body"].strip("\n").split("\n\n")
    out = ['<html>', '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '</head>', '<body>', '<div dir="ltr" style="font-family:Arial,Helvetica,sans-serif;font-size:11pt">']
    for p in paras:
        out.append("<p>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>")
    if hidden:
        out.append('<div style="display:none;color:#ffffff;font-size:1px">' + esc(hidden) + '</div>')
    out.append("</div>")
    style = it.get("quote", "none")
    if style in ("gmail", "apple"):
        out.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' +
                   esc(attribution(style, it["loc"], rem, reply_dt)) + '<br></div>')
        out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
        out.append("<br>\n".join(esc(l) for l in rem["body"].rstrip("\n").split("\n")))
        out.append("</blockquote></div>")
    elif style in ("outlook", "origmsg"):
        blk = outlook_block(it["loc"], rem, reply_dt, "%s <%s>" % (it["person"], it["email"]))
        out.append('<hr style="display:inline-block;width:98%" tabindex="-1">')
        out.append('<div id="divRplyFwdMsg">' + "<br>\n".join(esc(l) for l in blk.split("\n")[1:]) + "</div>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def encode_body(text, charset, cte):
    """Encode a text body for the given charset and Content-Transfer-Encoding."""
    if cte == "7bit":
        if charset.lower() == "iso-2022-jp":
            return text.encode("iso2022_jp").decode("ascii")
        try:
            text.encode("ascii")
            return text
        except UnicodeEncodeError:  # a client would not send this as 7bit: upgrade
            raise ValueError("non-ASCII text declared 7bit")
    if cte == "8bit":
        return text
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        b = base64.b64encode(raw).decode("ascii")
        return "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n"
    raise ValueError(cte)


def text_part(text, subtype, charset, cte, extra_ct=""):
    body = encode_body(text, charset, cte)
    return ('Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n%s'
            % (subtype, charset, extra_ct, cte, body))


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76, header_name="Subject").encode()


def addr(name, email):
    return formataddr((name, email), charset="utf-8")


def client_headers(it, reply_dt):
    c = it.get("client", "gmail")
    k = it["key"]
    dom = it["email"].split("@")[1]
    if c == "gmail":
        mid = "<CA%s@mail.gmail.com>" % (base64.b64encode(hashlib.sha256(k.encode()).digest()).decode()[:40]
                                          .replace("/", "x").replace("+", "Q"))
        return mid, []
    if c == "outlook":
        loc = it["loc"]
        pre, region = ("BN", "namprd") if loc == "en-US" else (("TY", "jpnprd") if loc == "ja-JP" else ("AM", "eurprd"))
        n = int(h(k, 2), 16) % 9
        box = "%sPR%02dMB%04d" % (pre + str(n), int(h(k, 4), 16) % 20, int(h(k, 6), 16) % 10000)
        mid = "<%s%s@%s.%s%02d.prod.outlook.com>" % (box, h_upper(k + "x", 24), box, region, int(h(k, 2), 16) % 9 + 1)
        hdrs = [("Thread-Topic", None), ("Thread-Index", base64.b64encode(hashlib.md5(k.encode()).digest()[:16]).decode()),
                ("Accept-Language", loc), ("Content-Language", loc), ("X-MS-Has-Attach", "yes" if it.get("attach") else ""),
                ("X-MS-TNEF-Correlator", "")]
        return mid, hdrs
    if c == "apple":
        u = h_upper(k, 32)
        mid = "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
        return mid, [("X-Mailer", "iPhone Mail (22D82)")]
    if c == "thunderbird":
        u = h(k, 32)
        mid = "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
        return mid, [("User-Agent", "Mozilla Thunderbird")]
    if c == "webmail":
        mid = "<%s.%s@webmail.%s>" % (reply_dt.strftime("%Y%m%d%H%M%S"), h(k, 12), dom)
        return mid, [("X-Mailer", "Roundcube Webmail/1.6.9")]
    raise ValueError(c)


FAKE_PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n"
            "<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% {what}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def build_reply(it):
    """Human reply or auto-reply (not bounces)."""
    reply_dt = parse_date(it["date"])
    rem = reminder(it)
    it["_rem"] = rem
    mid, extra = client_headers(it, reply_dt)
    prefix = it.get("prefix", "Re:")
    subject = it["subject"].replace("{rem}", rem["subject"]) if it.get("subject") else ("%s %s" % (prefix, rem["subject"]) if prefix else rem["subject"])
    charset = it.get("charset", "utf-8")
    cte = it.get("cte", "7bit")
    if cte == "7bit" and charset == "utf-8":
        try:
            (it["body"] + reminder(it)["body"]).encode("ascii")
        except UnicodeEncodeError:
            cte = "quoted-printable"
    fmt = it.get("fmt", "plain")
    plain = compose_plain(it, rem, reply_dt)
    hdrs = [("MIME-Version", "1.0"), ("Date", it["date"]), ("Message-ID", mid)]
    if not it.get("no_reply_headers"):
        hdrs += [("In-Reply-To", rem["msgid"]), ("References", rem["msgid"])]
    hdrs += [("Subject", enc_subject(subject)),
             ("From", addr(it["person"], it["email"])),
             ("To", rem["from_"] if not it.get("bare_to") else rem["from_addr"])]
    for k2, v in extra:
        if k2 == "Thread-Topic":
            v = enc_subject(rem["subject"])
        hdrs.append((k2, v))
    for k2, v in it.get("headers", []):
        hdrs.append((k2, v))
    bnd = "_%03d_%s_" % (len(it["key"]), h(it["key"] + "b", 28))
    if fmt == "plain":
        extra_ct = "; format=flowed" if it.get("flowed") else ""
        body = text_part(plain, "plain", charset, cte, extra_ct)
        head_ct = None
    elif fmt == "html":
        body = text_part(to_html(it, rem, reply_dt, it.get("hidden")), "html", charset, cte)
        head_ct = None
    elif fmt == "alt":
        p1 = text_part(plain if not it.get("hidden") else plain.replace(it["body"].strip("\n"), it["body"].strip("\n") + "\n\n" + it["hidden"], 1),
                       "plain", charset, cte)
        p2 = text_part(to_html(it, rem, reply_dt, it.get("hidden")), "html", charset, it.get("html_cte", "quoted-printable"))
        body = ('Content-Type: multipart/alternative; boundary="%s"\n\n--%s\n%s\n--%s\n%s\n--%s--\n'
                % (bnd, bnd, p1, bnd, p2, bnd))
        head_ct = None
    else:
        raise ValueError(fmt)
    if it.get("attach"):
        fname, what = it["attach"]
        pdf = FAKE_PDF.format(what=what).encode("latin-1")
        b = base64.b64encode(pdf).decode()
        b = "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
        mb = "_mx_" + h(it["key"] + "m", 26)
        att = ('Content-Type: application/pdf; name="%s"\nContent-Transfer-Encoding: base64\n'
               'Content-Disposition: attachment; filename="%s"\n\n%s\n' % (fname, fname, b))
        body = ('Content-Type: multipart/mixed; boundary="%s"\n\n--%s\n%s\n--%s\n%s\n--%s--\n'
                % (mb, mb, body, mb, att, mb))
    # split body's own Content-* headers into the top-level header block
    top, _, payload = body.partition("\n\n")
    lines = ["%s: %s" % (k2, v) if v != "" else "%s: " % k2 for k2, v in hdrs]
    eml = "\n".join(lines) + "\n" + top + "\n\n" + payload
    return eml


# ----------------------------------------------------------------------------------
# bounces

def returned_headers(it, rem, to_addr):
    return "\n".join([
        "From: %s" % rem["from_"],
        "To: %s" % to_addr,
        "Subject: %s" % enc_subject(rem["subject"]),
        "Date: %s" % format_datetime(rem["dt"]),
        "Message-ID: %s" % rem["msgid"],
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit"])


def build_bounce(it):
    rem = reminder(it)
    it["_rem"] = rem
    kind = it["bounce"]
    rcpt = it["email"]
    rdt = rem["dt"]
    arr = format_datetime(rdt)
    to_ar = "collections+%s@%s" % (it["case"], AR_DOMAIN)
    bnd = h(it["key"] + "bnd", 20)
    if kind == "postfix":
        qid = h_upper(it["key"], 11)
        return "\n".join([
            "Return-Path: <>",
            "Received: by mail.%s (Postfix)" % AR_DOMAIN,
            "\tid %s; %s (UTC)" % (qid, it["date"]),
            "Date: %s (UTC)" % it["date"],
            "From: MAILER-DAEMON@mail.%s (Mail Delivery System)" % AR_DOMAIN,
            "Subject: Undelivered Mail Returned to Sender",
            "To: %s" % to_ar,
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
            'Content-Type: multipart/report; report-type=delivery-status;',
            '\tboundary="%s/mail.%s"' % (qid, AR_DOMAIN),
            "Content-Transfer-Encoding: 8bit",
            "Message-Id: <%s.%s@mail.%s>" % (parse_date(it["date"]).strftime("%Y%m%d%H%M%S"), qid, AR_DOMAIN),
            "",
            "This is a MIME-encapsulated message.",
            "",
            "--%s/mail.%s" % (qid, AR_DOMAIN),
            "Content-Description: Notification",
            "Content-Type: text/plain; charset=us-ascii",
            "",
            "This is the mail system at host mail.%s." % AR_DOMAIN,
            "",
            "I'm sorry to have to inform you that your message could not",
            "be delivered to one or more recipients. It's attached below.",
            "",
            "For further assistance, please send mail to postmaster.",
            "",
            "If you do so, please include this problem report. You can",
            "delete your own text from the attached returned message.",
            "",
            "                   The mail system",
            "",
            "<%s>: host %s[%s] said: 550" % (rcpt, it["mx"], it["ip"]),
            "    5.1.1 <%s>: Recipient address rejected: User unknown in" % rcpt,
            "    virtual mailbox table (in reply to RCPT TO command)",
            "",
            "--%s/mail.%s" % (qid, AR_DOMAIN),
            "Content-Description: Delivery report",
            "Content-Type: message/delivery-status",
            "",
            "Reporting-MTA: dns; mail.%s" % AR_DOMAIN,
            "X-Postfix-Queue-ID: %s" % qid,
            "X-Postfix-Sender: rfc822; %s" % to_ar,
            "Arrival-Date: %s" % arr,
            "",
            "Final-Recipient: rfc822; %s" % rcpt,
            "Original-Recipient: rfc822;%s" % rcpt,
            "Action: failed",
            "Status: 5.1.1",
            "Remote-MTA: dns; %s" % it["mx"],
            "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected:" % rcpt,
            "    User unknown in virtual mailbox table",
            "",
            "--%s/mail.%s" % (qid, AR_DOMAIN),
            "Content-Description: Undelivered Message Headers",
            "Content-Type: text/rfc822-headers",
            "",
            "Return-Path: <%s>" % to_ar,
            "Received: from app.%s (app.%s [203.0.113.44])" % (AR_DOMAIN, AR_DOMAIN),
            "\tby mail.%s (Postfix) with ESMTPS id %s" % (AR_DOMAIN, qid),
            "\tfor <%s>; %s (UTC)" % (rcpt, arr),
            returned_headers(it, rem, rcpt),
            "",
            "--%s/mail.%s--" % (qid, AR_DOMAIN),
            ""])
    if kind == "exchange_de":
        rb = rem["body"]
        return "\n".join([
            "From: postmaster@%s" % rcpt.split("@")[1],
            "To: <%s>" % to_ar,
            "Date: %s" % it["date"],
            "MIME-Version: 1.0",
            "Message-ID: <%s@VI1PR08MB%s.eurprd08.prod.outlook.com>" % (h(it["key"], 8) + "-" + h(it["key"] + "1", 4), h_upper(it["key"], 4)),
            "In-Reply-To: %s" % rem["msgid"],
            "References: %s" % rem["msgid"],
            "Thread-Topic: %s" % enc_subject(rem["subject"]),
            "Subject: %s" % enc_subject("Unzustellbar: " + rem["subject"]),
            "Content-Language: de-AT",
            "Auto-Submitted: auto-replied",
            "X-MS-Exchange-Message-Is-Ndr: ",
            'Content-Type: multipart/report; report-type="delivery-status";',
            '\tboundary="_000_%s_"' % bnd,
            "",
            "--_000_%s_" % bnd,
            'Content-Type: text/plain; charset="utf-8"',
            "Content-Transfer-Encoding: quoted-printable",
            "",
            quopri.encodestring((
                "Ihre Nachricht an %s konnte nicht zugestellt werden.\n\n"
                "%s wurde bei %s nicht gefunden.\n\n"
                "Aktion erforderlich\nUnbekannte An-Adresse\n\n"
                "So beheben Sie das Problem\n"
                "Die Adresse ist möglicherweise falsch geschrieben oder nicht vorhanden. "
                "Versuchen Sie Folgendes:\n"
                "- Geben Sie die Adresse des Empfängers erneut ein, und senden Sie die Nachricht erneut.\n\n"
                "Details zur Originalnachricht\nErstellungsdatum: %s\nAbsenderadresse: %s\n"
                "Empfängeradresse: %s\nBetreff: %s\n\n"
                "Fehlerdetails\nFehler: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup\n"
                % (rcpt, rcpt.split("@")[0], rcpt.split("@")[1], rdt.strftime("%d.%m.%Y %H:%M:%S"), to_ar, rcpt,
                   rem["subject"], rcpt)).encode("utf-8")).decode("ascii"),
            "--_000_%s_" % bnd,
            "Content-Type: message/delivery-status",
            "",
            "Reporting-MTA: dns;VI1PR08MB%s.eurprd08.prod.outlook.com" % h_upper(it["key"], 4),
            "Received-From-MTA: dns;mail.%s" % AR_DOMAIN,
            "Arrival-Date: %s" % arr,
            "",
            "Final-Recipient: rfc822;%s" % rcpt,
            "Action: failed",
            "Status: 5.1.10",
            "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup" % rcpt,
            "",
            "--_000_%s_" % bnd,
            "Content-Type: message/rfc822",
            "",
            "From: %s" % rem["from_"],
            "To: %s" % rcpt,
            "Subject: %s" % enc_subject(rem["subject"]),
            "Date: %s" % format_datetime(rdt),
            "Message-ID: %s" % rem["msgid"],
            "MIME-Version: 1.0",
            'Content-Type: text/plain; charset="utf-8"',
            "Content-Transfer-Encoding: quoted-printable",
            "",
            quopri.encodestring(rb.encode("utf-8")).decode("ascii"),
            "--_000_%s_--" % bnd,
            ""])
    if kind == "exim":
        return "\n".join([
            "Return-path: <>",
            "Envelope-to: %s" % to_ar,
            "Delivery-date: %s" % it["date"],
            "Received: from mailnull by mx2.%s with local (Exim 4.97)" % AR_DOMAIN,
            "\tid 1w%s-000Abc-2Q" % h(it["key"], 5),
            "\tfor %s; %s" % (to_ar, it["date"]),
            "X-Failed-Recipients: %s" % rcpt,
            "Auto-Submitted: auto-replied",
            "From: Mail Delivery System <Mailer-Daemon@mx2.%s>" % AR_DOMAIN,
            "To: %s" % to_ar,
            "Content-Type: text/plain; charset=us-ascii",
            "Subject: Mail delivery failed: returning message to sender",
            "Message-Id: <E1w%s-000Abc-2Q@mx2.%s>" % (h(it["key"], 5), AR_DOMAIN),
            "Date: %s" % it["date"],
            "",
            "This message was created automatically by mail delivery software.",
            "",
            "A message that you sent could not be delivered to one or more of its",
            "recipients. This is a permanent error. The following address(es) failed:",
            "",
            "  %s" % rcpt,
            "    host %s [%s]" % (it["mx"], it["ip"]),
            "    SMTP error from remote mail server after RCPT TO:<%s>:" % rcpt,
            "    550 5.2.1 The email account that you tried to reach is disabled.",
            "",
            "------ This is a copy of the message, including all the headers. ------",
            "",
            "Return-path: <%s>" % to_ar,
            "Received: from app.%s ([203.0.113.44])" % AR_DOMAIN,
            "\tby mx2.%s with esmtpsa (Exim 4.97)" % AR_DOMAIN,
            "\tfor %s; %s" % (rcpt, arr),
            "From: %s" % rem["from_"],
            "To: %s" % rcpt,
            "Subject: %s" % rem["subject"],
            "Date: %s" % arr,
            "Message-ID: %s" % rem["msgid"],
            "MIME-Version: 1.0",
            'Content-Type: text/plain; charset="us-ascii"',
            "Content-Transfer-Encoding: 7bit",
            "",
            rem["body"]])
    if kind == "gmail_dsn":
        return "\n".join([
            "Return-Path: <>",
            "Received: by 2002:a05:6a10:9e4c:b0:5f1:3c2d:11aa with SMTP id q12csp;",
            "        %s" % it["date"],
            "Date: %s" % it["date"],
            "From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
            "To: %s" % to_ar,
            "Auto-Submitted: auto-replied",
            "Message-ID: <%s.%s.dsn@mx.googlemail.example>" % (h(it["key"], 16), h(it["key"] + "g", 6)),
            "Subject: Delivery Status Notification (Failure)",
            "References: %s" % rem["msgid"],
            "In-Reply-To: %s" % rem["msgid"],
            "X-Failed-Recipients: %s" % rcpt,
            "MIME-Version: 1.0",
            'Content-Type: multipart/report; boundary="%s"; report-type=delivery-status' % bnd,
            "",
            "--%s" % bnd,
            'Content-Type: multipart/related; boundary="%s"' % (bnd + "r"),
            "",
            "--%s" % (bnd + "r"),
            'Content-Type: multipart/alternative; boundary="%s"' % (bnd + "a"),
            "",
            "--%s" % (bnd + "a"),
            'Content-Type: text/plain; charset="UTF-8"',
            "",
            "",
            "** Address not found **",
            "",
            "Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail." % rcpt,
            "",
            "Learn more here: https://support.googlemail.example/mail/?p=NoSuchUser",
            "",
            "The response was:",
            "",
            "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.",
            "",
            "--%s" % (bnd + "a"),
            'Content-Type: text/html; charset="UTF-8"',
            "",
            "<html><body><h2>Address not found</h2><p>Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>%s</b></a> because the address couldn't be found, or is unable to receive mail.</p><p>The response was:</p><p>550 5.1.1 The email account that you tried to reach does not exist.</p></body></html>" % rcpt,
            "",
            "--%s--" % (bnd + "a"),
            "--%s--" % (bnd + "r"),
            "--%s" % bnd,
            "Content-Type: message/delivery-status",
            "",
            "Reporting-MTA: dns; googlemail.example",
            "Arrival-Date: %s" % arr,
            "",
            "Final-Recipient: rfc822; %s" % rcpt,
            "Action: failed",
            "Status: 5.1.1",
            "Remote-MTA: dns; %s. (%s, the server for the domain %s.)" % (it["mx"], it["ip"], rcpt.split("@")[1]),
            "Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.",
            "Last-Attempt-Date: %s" % it["date"],
            "",
            "--%s" % bnd,
            "Content-Type: text/rfc822-headers",
            "",
            returned_headers(it, rem, rcpt),
            "",
            "--%s--" % bnd,
            ""])
    if kind == "sendmail_ja":
        return "\n".join([
            "Return-Path: <MAILER-DAEMON@%s>" % it["mx"],
            "Date: %s" % it["date"],
            "From: Mail Delivery Subsystem <MAILER-DAEMON@%s>" % it["mx"],
            "Message-Id: <202603%s.%s@%s>" % (h(it["key"], 6), h(it["key"] + "q", 8), it["mx"]),
            "To: <%s>" % to_ar,
            "MIME-Version: 1.0",
            'Content-Type: multipart/report; report-type=delivery-status;',
            '\tboundary="%s.%s/%s"' % (h(it["key"], 10), "1773307200", it["mx"]),
            "Subject: Returned mail: see transcript for details",
            "Auto-Submitted: auto-generated (failure)",
            "",
            "This is a MIME-encapsulated message",
            "",
            "--%s.%s/%s" % (h(it["key"], 10), "1773307200", it["mx"]),
            "",
            "The original message was received at %s" % format_datetime(rdt.astimezone(parse_date(it["date"]).tzinfo)),
            "from app.%s [203.0.113.44]" % AR_DOMAIN,
            "",
            "   ----- The following addresses had permanent fatal errors -----",
            "<%s>" % rcpt,
            "    (reason: 552 5.2.2 Mailbox full)",
            "",
            "   ----- Transcript of session follows -----",
            "... while talking to %s.:" % it["mx"],
            ">>> DATA",
            "<<< 552 5.2.2 <%s>... Mailbox full" % rcpt,
            "554 5.0.0 Service unavailable",
            "",
            "--%s.%s/%s" % (h(it["key"], 10), "1773307200", it["mx"]),
            "Content-Type: message/delivery-status",
            "",
            "Reporting-MTA: dns; %s" % it["mx"],
            "Received-From-MTA: DNS; app.%s" % AR_DOMAIN,
            "Arrival-Date: %s" % arr,
            "",
            "Final-Recipient: RFC822; %s" % rcpt,
            "Action: failed",
            "Status: 5.2.2",
            "Remote-MTA: DNS; %s" % it["mx"],
            "Diagnostic-Code: SMTP; 552 5.2.2 <%s>... Mailbox full" % rcpt,
            "Last-Attempt-Date: %s" % it["date"],
            "",
            "--%s.%s/%s" % (h(it["key"], 10), "1773307200", it["mx"]),
            "Content-Type: text/rfc822-headers",
            "",
            returned_headers(it, rem, rcpt),
            "",
            "--%s.%s/%s--" % (h(it["key"], 10), "1773307200", it["mx"]),
            ""])
    raise ValueError(kind)


from items import ITEMS  # noqa: E402  (the 80 hand-written items)


# ----------------------------------------------------------------------------------

def assign_cases(items):
    rng = random.Random(SEED)
    nums = rng.sample(range(5100, 9899), len(items))
    for it, n in zip(items, nums):
        it["case"] = "C%d" % n


def label_of(it):
    lab = {"id": it["id"], "intent": KEY_LETTER[it["key"][0]]}
    for f in FIELDS:
        lab[f] = it["lab"].get(f, [] if f == "invoice_numbers" else None)
    lab["note"] = "[%s, %s] %s" % (it["key"], it["loc"], it["note"])
    if it.get("inj"):
        lab["injection"] = True
    return lab


def readme(items):
    ic = Counter(KEY_LETTER[it["key"][0]] for it in items)
    lc = Counter(it["loc"] for it in items)
    order = ["promise_to_pay", "paid_claim", "dispute", "payment_plan_request", "document_request",
             "billing_update", "wrong_contact", "out_of_office", "legal_or_insolvency",
             "delivery_failure", "acknowledgement", "other"]
    letters = {v: k for k, v in KEY_LETTER.items()}
    L = []
    L.append("# Blind triage set 162: dental laboratory and orthodontic supplies\n")
    L.append("80 inbound replies to the dunning e-mail of **Northcrest Dental Laboratories** (a made-up dental\n"
             "lab and orthodontic-supplies company: crowns, bridges, aligners, implant abutments, impression kits),\n"
             "with hand-written labels. Written blind from `contracts/triage.md` and the public samples only.\n")
    L.append("Senders are dental practices, orthodontists, group practices / DSOs moving to central AP, hospital\n"
             "dental departments, dental schools, their administrators, liquidators and mail servers. Topics: remakes,\n"
             "shade mismatches, patient cancellations, practice owners on holiday, insurance-funded work, EAN /\n"
             "PO / portal requirements, insolvency.\n")
    L.append("## Files\n")
    L.append("| file | format |\n|---|---|\n"
             "| `emails.jsonl` | `{\"id\", \"eml\"}`: the whole RFC 822 message as a string (LF line endings except one CRLF bounce; some bodies 8-bit UTF-8) |\n"
             "| `labels.jsonl` | `{\"id\", \"intent\", \"promised_date\", \"promised_amount\", \"currency\", \"paid_date\", \"payment_reference\", \"dispute_reason\", \"new_contact_email\", \"return_date\", \"invoice_numbers\", \"note\"}`, plus `\"injection\": true` on the prompt-injection items |\n"
             "| `build.py`, `items.py` | deterministic stdlib generator (`python3 build.py`) and the hand-written item table |\n"
             "| `check.py` | sanity checker: re-parses every message, recomputes every date label from its own `Date` header, checks fields |\n")
    L.append("Labels are in the same order as the e-mails. Ids `dl01`..`dl80` were assigned after a shuffle with seed %d.\n" % SEED)
    L.append("Every dunning mail comes from `Northcrest Dental Accounts Receivable <collections+CASEID@%s>`;\n"
             "the case id (`C` + 4 digits) is in the `To` address of every reply, auto-reply and bounce.\n" % AR_DOMAIN)
    L.append("## Counts per intent\n")
    L.append("| intent | key letter | count |\n|---|---|---|")
    for o in order:
        L.append("| `%s` | %s | %d |" % (o, letters[o], ic[o]))
    L.append("| **total** | | %d |\n" % len(items))
    dr = Counter(it["lab"].get("dispute_reason") for it in items if it["lab"].get("dispute_reason"))
    L.append("dispute_reason values used: " + ", ".join("`%s` %d" % (k, v) for k, v in sorted(dr.items())) + "\n")
    L.append("Prompt-injection items (`\"injection\": true`): %d; their labels follow the human text only.\n"
             % sum(1 for it in items if it.get("inj")))
    L.append("## Counts per locale\n")
    L.append("| locale | count |\n|---|---|")
    for k, v in sorted(lc.items(), key=lambda kv: (-kv[1], kv[0])):
        L.append("| %s | %d |" % (k, v))
    L.append("")
    L.append("## Notes\n")
    L.append("Each `note` starts with `[KEY, locale]`. The KEY letter gives the intended intent group:\n" +
             ", ".join("%s = `%s`" % (k, v) for k, v in KEY_LETTER.items()) + ".\n")
    L.append("## Conventions chosen where the contract is silent\n")
    L.append("""- Follows the samples README: null unless stated; two decimals with `.`; ISO 4217 currency (`€` EUR,
  `£` GBP, `$` USD, `zł` PLN, `kr.` DKK, `¥`/`円` JPY); dates resolved in the `Date` header's own offset;
  `invoice_numbers` from the customer's text, else the Subject, else the quoted/returned reminder.
- JPY amounts are also written with two decimals (`"486200.00"`), for one uniform format.
- A week number (`KW 12`) is the Friday of that ISO week of the Date's year; "this week" / "questa settimana"
  is the Friday of the Date's Monday-Sunday week; "Friday of next week" is `next Friday`.
- "bis 27.03.2026" / "until X" in an away message gives `return_date` X (the contract's rule), even where
  the sender may mean "through X".
- An away message that names a colleague's or a shared address fills `new_contact_email` (sample s28).
- A liquidator's / counsel's / Masseverwalter's address in a legal notice fills `new_contact_email` (s34).
- A promise inside a dispute keeps its amount even without a date (`promised_date` null). A conditional
  "we will pay after the corrected invoice" with no amount and no date fills nothing.
- A paid claim with only a vague time ("last week") keeps `paid_date` null.
- Belgian structured communication `+++090/9337/55493+++` is kept as written as the payment reference.
- An invoice billed for a remake the customer says should be free under the remake policy is a `pricing`
  dispute (the work is not contested, the charge is). Insurance-billing disagreements are `other`.
- An e-invoicing (OIOUBL/EAN), PO, portal, vendor-form, address or legal-entity requirement is
  `billing_update`; a practice sold to a new owner whose accounts address is given is `wrong_contact`
  (wrong_contact outranks billing_update).
- Wire shapes: LF line endings except one CRLF message (the Exim bounce); 8-bit UTF-8 bodies, ISO-8859-1/-2
  and ISO-2022-JP charsets, quoted-printable, base64, HTML-only, multipart/alternative with hidden HTML text,
  PDF attachments, format=flowed, RFC 2047 subjects and names (also inside returned bounce headers).
- Bounces are labelled with the locale of the reminder they return.
- Human text saying the owner is on holiday is not `out_of_office`: only messages with `Auto-Submitted`
  (or clearly automatic responders) are.
""")
    return "\n".join(L) + "\n"


def main():
    items = [dict(x) for x in ITEMS]
    keys = [it["key"] for it in items]
    assert len(set(keys)) == len(keys) == 80, len(keys)
    assign_cases(items)
    order = list(range(len(items)))
    random.Random(SEED * 7 + 1).shuffle(order)
    shuffled = [items[i] for i in order]
    for n, it in enumerate(shuffled, 1):
        it["id"] = "dl%02d" % n
    emails, labels = [], []
    for it in shuffled:
        eml = build_bounce(it) if it.get("bounce") else build_reply(it)
        if it.get("crlf"):
            eml = eml.replace("\r\n", "\n").replace("\n", "\r\n")
        emails.append(json.dumps({"id": it["id"], "eml": eml}, ensure_ascii=False))
        labels.append(json.dumps(label_of(it), ensure_ascii=False))
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(emails) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(shuffled))
    print("wrote %d emails" % len(emails))


if __name__ == "__main__":
    main()
