"""Shared helpers for the blind set 404 (standard library only)."""
import base64
import quopri
import random
import uuid
from datetime import datetime, timezone
from email.header import Header
from email.utils import format_datetime

RNG = random.Random(404)

CO = "Sentinel Grid Security Ltd"
DOM = "billing.sentinelgrid.example"
ITEMS = []


def ar(case):
    return f"ar+{case.lower()}@{DOM}"


def billing_from(case):
    return f"Sentinel Grid Billing <{ar(case)}>"


def dt(s):
    """'2026-03-05 00:35:12 +0300' -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def rfc(d):
    return format_datetime(d)


def hx(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def HX(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def an(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def boundary(style="plain"):
    if style == "outlook":
        return "_000_" + HX(8) + HX(20) + "namprd0" + str(RNG.randint(1, 9)) + "_"
    if style == "gmail":
        return "000000000000" + hx(16)
    if style == "apple":
        return "Apple-Mail=_" + str(uuid.UUID(int=RNG.getrandbits(128))).upper()
    return "----=_Part_" + str(RNG.randint(100000, 999999)) + "_" + str(RNG.randint(10 ** 8, 10 ** 9)) + "." + str(RNG.randint(10 ** 12, 10 ** 13))


def msgid(style, domain):
    if style == "outlook":
        host = RNG.choice(["AM9PR03MB", "DB8PR06MB", "VI1PR08MB", "PAXPR04MB", "DU2PR02MB", "FR3P281MB"]) + str(RNG.randint(1000, 9999))
        return f"<{host}{HX(24)}@{host}.eurprd0{RNG.randint(1, 9)}.prod.outlook.com>"
    if style == "gmail":
        return f"<CA{an(2)}{an(40)}@mail.gmail.com>"
    if style == "apple":
        return f"<{str(uuid.UUID(int=RNG.getrandbits(128))).upper()}@{domain}>"
    return f"<{str(uuid.UUID(int=RNG.getrandbits(128)))}@{domain}>"


def enc_hdr(s):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, email_addr):
    if name is None:
        return email_addr
    try:
        name.encode("ascii")
        if any(c in name for c in ",.()"):
            return f'"{name}" <{email_addr}>'
        return f"{name} <{email_addr}>"
    except UnicodeEncodeError:
        return Header(name, "utf-8").encode() + f" <{email_addr}>"


def money(cur, amt):
    return f"{cur} {amt:,.2f}"


# --------------------------------------------------------------------------- reminders

class Rem:
    """One of our dunning emails (the message the customer answers)."""

    def __init__(self, case, to_name, to_addr, customer, invs, cur, sent, stage=1, days=None):
        self.case, self.to_name, self.to_addr, self.customer = case, to_name, to_addr, customer
        self.invs, self.cur, self.sent, self.stage = invs, cur, dt(sent), stage
        self.total = sum(a for _, _, a in invs)
        days = days or 14
        utc = self.sent.astimezone(timezone.utc)
        self.msgid = f"<{case}.r{stage}.{utc:%Y%m%dT%H%M%SZ}@{DOM}>"
        pre = {1: "Reminder", 2: "Second notice", 3: "Final notice"}[stage]
        if len(invs) == 1:
            self.subject = f"{pre}: invoice {invs[0][0]} is {days} days overdue ({money(cur, self.total)})"
        else:
            self.subject = f"{pre}: {len(invs)} invoices overdue ({money(cur, self.total)})"
        rows = "\n".join(f"  {n:<11} {d}   {money(cur, a)}" for n, d, a in invs)
        noun, verb = ("invoice", "is") if len(invs) == 1 else ("invoices", "are")
        self.body = (
            f"Dear {to_name},\n\n"
            f"Our records show that the following {noun} for {customer} {verb} now past due:\n\n"
            f"  Invoice     Due date     Amount\n{rows}\n\n"
            f"Total overdue: {money(cur, self.total)}\n\n"
            f"You can pay at https://pay.sentinelgrid.example/{case} or by bank transfer\n"
            f"using the details on the invoice. If you have already paid, please reply\n"
            f"with the payment date and reference so we can match it. If anything on\n"
            f"the invoice looks wrong, reply to this email and tell us.\n\n"
            f"Kind regards,\n\n"
            f"Accounts Receivable\n"
            f"{CO} | Security systems, CCTV & access control\n"
        )

    @property
    def frm(self):
        return billing_from(self.case)

    def as_eml_headers(self):
        return (f"From: {self.frm}\nTo: {self.to_addr}\nSubject: {self.subject}\n"
                f"Date: {rfc(self.sent)}\nMessage-ID: {self.msgid}\n")


def gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


# localized attributions -----------------------------------------------------
def attribution(style, lang, rem):
    s = rem.sent
    who = rem.frm
    em = ar(rem.case)
    d, hm = s.day, f"{s:%H:%M}"
    en_mon = f"{s:%b}"
    wd = s.weekday()
    if style == "gmail":
        T = {
            "en": f"On {s:%a}, {d} {en_mon} {s.year} at {hm}, {who} wrote:",
            "ar": f"في {['الاثنين','الثلاثاء','الأربعاء','الخميس','الجمعة','السبت','الأحد'][wd]}، {d} {['يناير','فبراير','مارس','أبريل'][s.month-1]} {s.year} في {s.hour % 12 or 12}:{s:%M} {'ص' if s.hour < 12 else 'م'} كتب {who}:",
            "he": f"‫בתאריך {d} ב{['ינו׳','פבר׳','מרץ','אפר׳'][s.month-1]} {s.year} ב-{hm} מאת {who}‏:",
            "tr": f"{who}, {d} {['Oca','Şub','Mar','Nis'][s.month-1]} {s.year} {['Pzt','Sal','Çar','Per','Cum','Cmt','Paz'][wd]}, {hm} tarihinde şunu yazdı:",
            "ru": f"{['пн','вт','ср','чт','пт','сб','вс'][wd]}, {d} {['янв.','февр.','мар.','апр.'][s.month-1]} {s.year} г. в {hm}, {who}:",
            "uk": f"{['пн','вт','ср','чт','пт','сб','нд'][wd]}, {d} {['січ.','лют.','бер.','квіт.'][s.month-1]} {s.year} р. о {hm} {who} пише:",
            "pl": f"{['pon.','wt.','śr.','czw.','pt.','sob.','niedz.'][wd]} {d} {['sty','lut','mar','kwi'][s.month-1]} {s.year} o {hm} {who} napisał(a):",
            "el": f"Στις {['Δευ','Τρί','Τετ','Πέμ','Παρ','Σάβ','Κυρ'][wd]} {d} {['Ιαν','Φεβ','Μαρ','Απρ'][s.month-1]} {s.year} στις {s.hour % 12 or 12}:{s:%M} {'π.μ.' if s.hour < 12 else 'μ.μ.'}, ο/η {who} έγραψε:",
            "hu": f"{who} ezt írta (időpont: {s.year}. {['jan.','febr.','márc.','ápr.'][s.month-1]} {d}., {['H','K','Sze','Cs','P','Szo','V'][wd]}, {hm}):",
            "ro": f"Pe {['lun.','mar.','mie.','joi','vin.','sâm.','dum.'][wd]}, {d} {['ian.','feb.','mar.','apr.'][s.month-1]} {s.year} la {hm}, {who} a scris:",
            "fa": f"‫در تاریخ {['دوشنبه','سه‌شنبه','چهارشنبه','پنجشنبه','جمعه','شنبه','یکشنبه'][wd]} {d} {['ژانویه','فوریه','مارس','آوریل'][s.month-1]} {s.year} ساعت {hm}، {who} نوشت:",
        }
        return T[lang]
    if style == "apple":
        T = {
            "en": f"On {d} {en_mon} {s.year}, at {hm}, {who} wrote:",
            "he": f"‫ב-{d} ב{['ינו׳','פבר׳','מרץ','אפר׳'][s.month-1]} {s.year}, בשעה {hm}, ‏{who} כתב/ה:",
            "ru": f"{d} {['янв.','февр.','марта','апр.'][s.month-1]} {s.year} г., в {hm}, {who} написал(а):",
            "el": f"Στις {d} {['Ιαν','Φεβ','Μαρ','Απρ'][s.month-1]} {s.year}, στις {hm}, ο χρήστης {who} έγραψε:",
            "tr": f"{d} {['Oca','Şub','Mar','Nis'][s.month-1]} {s.year} tarihinde {hm} saatinde, {who} şunları yazdı:",
        }
        return T[lang]
    raise ValueError(style)


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "ar": ("من", "تاريخ الإرسال", "إلى", "الموضوع"),
    "he": ("מאת", "נשלח", "אל", "נושא"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "ru": ("От", "Отправлено", "Кому", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Тема"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Subiect"),
    "fa": ("از", "ارسال شده", "به", "موضوع"),
}


def outlook_sent(lang, s):
    if lang == "en":
        return f"{s:%A}, {s.day} {s:%B} {s.year} {s:%H:%M}"
    if lang in ("ru", "uk", "pl", "hu", "ro", "el", "tr"):
        if lang == "hu":
            return f"{s.year}. {s.month:02d}. {s.day:02d}. {s:%H:%M}"
        return f"{s.day:02d}.{s.month:02d}.{s.year} {s:%H:%M}" if lang != "pl" else f"{s.year}-{s.month:02d}-{s.day:02d} {s:%H:%M}"
    return f"{s.day:02d}/{s.month:02d}/{s.year} {s:%H:%M}"


def outlook_quote(lang, rem, sep=True):
    f, se, t, su = OUTLOOK_LABELS[lang]
    head = "________________________________\n" if sep else "-----Original Message-----\n"
    return (f"{head}{f}: {rem.frm}\n{se}: {outlook_sent(lang, rem.sent)}\n"
            f"{t}: {rem.to_addr}\n{su}: {rem.subject}\n\n{rem.body}")


def quoted(style, lang, rem):
    if style == "outlook":
        return outlook_quote(lang, rem)
    if style == "outlook-orig":
        return outlook_quote(lang, rem, sep=False)
    return attribution(style, lang, rem) + "\n\n" + gt(rem.body)


# --------------------------------------------------------------------------- MIME

def encode_body(text, charset, cte):
    b = text.encode(charset)
    if cte in ("7bit", "8bit"):
        return text
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    raise ValueError(cte)


def part(text, subtype="plain", charset="utf-8", cte="8bit", extra=""):
    body = encode_body(text, charset, cte)
    hdr = f'Content-Type: text/{subtype}; charset="{charset}"{extra}\nContent-Transfer-Encoding: {cte}\n'
    return hdr, body


def attachment(ctype, filename, data, disp="attachment", extra_ct=""):
    b64 = base64.encodebytes(data).decode("ascii")
    fn = enc_hdr(filename)
    hdr = (f'Content-Type: {ctype}; name="{fn}"{extra_ct}\nContent-Transfer-Encoding: base64\n'
           f'Content-Disposition: {disp}; filename="{fn}"\n')
    return hdr, b64


def multipart(sub, parts, bstyle="plain", extra=""):
    b = boundary(bstyle)
    out = []
    for h, body in parts:
        out.append(f"--{b}\n{h}\n{body.rstrip(chr(10))}\n")
    return f'Content-Type: multipart/{sub}; boundary="{b}"{extra}\n', "\n".join(out) + f"\n--{b}--\n"


def pdf_bytes(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% "
            + t + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def html_from_text(text, dir_=None, font="Calibri, sans-serif"):
    import html as _h
    d = f' dir="{dir_}"' if dir_ else ""
    paras = []
    for block in text.split("\n\n"):
        paras.append("<p>" + "<br>\n".join(_h.escape(l) for l in block.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body{d} style="font-family:{font};font-size:11pt">\n' + "\n".join(paras) + "\n</body></html>\n")


def message(headers, ct_hdr, body):
    """headers: list of (name, value); ct_hdr: the Content-Type/CTE header block."""
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    return "\n".join(lines) + "\n" + ct_hdr + "\n" + body.rstrip("\n") + "\n"


def reply_headers(date, frm, rem, subject_prefix="Re: ", mid=None, to=None, extra=(), subject=None, thread=True, mailer=None):
    h = [("MIME-Version", "1.0"), ("Date", rfc(dt(date))), ("Message-ID", mid)]
    if thread:
        h += [("In-Reply-To", rem.msgid), ("References", rem.msgid)]
    subj = subject if subject is not None else subject_prefix + rem.subject
    h += [("Subject", enc_hdr(subj)), ("From", frm), ("To", to or rem.frm)]
    if mailer:
        h.append(mailer)
    h += list(extra)
    return h


def add(**kw):
    """Register one item. kw: id key loc intent fmt eml lab prov note [injection]."""
    lab = {"id": kw["id"], "intent": kw["intent"]}
    for f in ("promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
              "dispute_reason", "new_contact_email", "return_date"):
        lab[f] = kw.get("lab", {}).get(f)
    lab["invoice_numbers"] = kw.get("lab", {}).get("invoice_numbers", [])
    lab["note"] = f"[{kw['key']}, {kw['loc']}] {kw['note']}"
    if kw.get("injection"):
        lab["injection"] = True
    ITEMS.append({"id": kw["id"], "key": kw["key"], "loc": kw["loc"], "fmt": kw["fmt"], "eml": kw["eml"],
                  "label": lab, "prov": kw.get("prov", []), "short": kw.get("short", kw["note"][:70])})


MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "apple": ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
    "iphone": ("X-Mailer", "iPhone Mail (21D61)"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
}


def std(date, frm, rem, text, lang="en", qstyle="gmail", prefix="Re: ", charset="utf-8", cte="8bit",
        mstyle="gmail", dom="example", mailer=None, extra=(), alt=False, dir_=None, attach=None,
        quote=True, subject=None, html_override=None):
    """A human reply: own text + quoted reminder, in one of several MIME shapes."""
    full = text.rstrip("\n") + "\n\n"
    if quote:
        full += quoted(qstyle, lang, rem) + "\n"
    mid = msgid(mstyle, dom)
    if mstyle == "outlook":
        extra = [("Thread-Topic", enc_hdr(rem.subject)), ("Thread-Index", "A" + an(31) + "==")] + list(extra)
    h = reply_headers(date, frm, rem, prefix, mid, extra=extra, subject=subject,
                      mailer=MAILERS.get(mailer) if isinstance(mailer, str) else mailer)
    if alt or html_override:
        html = html_override or html_from_text(full, dir_)
        p1 = part(full, "plain", charset, cte)
        p2 = part(html, "html", charset, "quoted-printable" if cte in ("8bit", "7bit") else cte)
        ct, body = multipart("alternative", [p1, p2], "outlook" if mstyle == "outlook" else "gmail")
        if html_override == "only":
            raise ValueError
    else:
        ct, body = part(full, "plain", charset, cte)
    if attach:
        inner = (ct, body)
        ct, body = multipart("mixed", [inner] + attach, "outlook" if mstyle == "outlook" else "apple")
    return message(h, ct, body)


def html_only(date, frm, rem, html, prefix="RE: ", charset="utf-8", cte="quoted-printable", mstyle="outlook", dom="example", extra=(), mailer=None):
    mid = msgid(mstyle, dom)
    h = reply_headers(date, frm, rem, prefix, mid, extra=extra, mailer=MAILERS.get(mailer) if mailer else None)
    ct, body = part(html, "html", charset, cte)
    return message(h, ct, body)


def autoreply(date, frm, rem, subject, text, auto=True, charset="utf-8", cte="quoted-printable", mstyle="outlook",
              dom="example", extra=(), alt=False, dir_=None):
    mid = msgid(mstyle, dom)
    h = [("MIME-Version", "1.0"), ("Date", rfc(dt(date))), ("Message-ID", mid),
         ("In-Reply-To", rem.msgid), ("References", rem.msgid), ("Subject", enc_hdr(subject)),
         ("From", frm), ("To", rem.frm)]
    if auto:
        h.append(("Auto-Submitted", "auto-replied" if mstyle != "outlook" else "auto-generated"))
    if mstyle == "outlook":
        h.append(("X-Auto-Response-Suppress", "All"))
    h += list(extra)
    if alt:
        ct, body = multipart("alternative", [part(text, "plain", charset, cte), part(html_from_text(text, dir_), "html", charset, cte)],
                             "outlook")
    else:
        ct, body = part(text, "plain", charset, cte)
    return message(h, ct, body)
