"""Shared helpers for blind set 396 (Kestrel Print & Pack). Standard library only."""
import base64
import quopri
import random
import textwrap
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

SEED = 396
RNG = random.Random(SEED)

CO = "kestrelpack.example"
BILL = "billing." + CO
ITEMS = []
REMINDERS = {}

FIELDS = ["promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date"]

ZERO_DEC = {"JPY", "KRW", "VND", "IDR"}


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


TZ = {"ja": tz(9), "ko": tz(9), "zh-CN": tz(8), "zh-TW": tz(8), "th": tz(7), "vi": tz(7),
      "id": tz(7), "ms": tz(8), "hi": tz(5, 30), "bn": tz(6), "ta": tz(5, 30), "en-IN": tz(5, 30),
      "en-MY": tz(8), "en-SG": tz(8)}


def dt(s, zone):
    """'2026-03-02 09:15:00' in the given tzinfo."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)


def rfcdate(d):
    return format_datetime(d)


def money(cur, amt):
    if cur in ZERO_DEC:
        return "%s %s" % (cur, format(int(amt), ","))
    return "%s %s" % (cur, format(amt, ",.2f"))


def hid(n=20, alphabet="0123456789ABCDEF"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- reminders
def reminder(case, invs, cur, contact, company, to_addr, sent, step=1):
    """invs: [(num, due 'YYYY-MM-DD', amount)]. sent: aware UTC datetime."""
    total = sum(a for _, _, a in invs)
    days = (sent.date() - datetime.strptime(invs[0][1], "%Y-%m-%d").date()).days
    if len(invs) == 1:
        subj = "Reminder: invoice %s is %d days overdue (%s)" % (invs[0][0], days, money(cur, total))
        lead = textwrap.fill("Our records show that invoice %s for %s is now %d days past due." % (invs[0][0], company, days), 68)
    else:
        word = {2: "2", 3: "3"}[len(invs)]
        subj = "%s notice: %s invoices past due (%s)" % ("Second" if step == 2 else "Payment", word, money(cur, total))
        lead = textwrap.fill("Our records show that the following invoices for %s are past due." % company, 68)
    rows = "\n".join("  %-10s %-13s %s" % (n, d, money(cur, a)) for n, d, a in invs)
    settle = (sent + timedelta(days=7)).strftime("%Y-%m-%d")
    body = ("Dear %s,\n\n%s\n\n  Invoice    Due date      Amount\n%s\n\nTotal overdue: %s\n\n"
            "Please arrange payment by %s. You can pay online at\nhttps://pay.%s/c/%s or by bank transfer "
            "using the details on the\ninvoice. If you have already paid, please reply with the payment date\n"
            "and reference so we can match it. If anything on the invoice looks\nwrong, just reply and tell us.\n\n"
            "Kind regards,\n\nKestrel Billing\nAccounts Receivable | Kestrel Print & Pack Pte. Ltd.\n"
            "+65 6555 0190\n") % (contact, lead, rows, money(cur, total), settle, CO, case)
    mid = "<%s.d%d.%s@%s>" % (case, step, sent.strftime("%Y%m%dT%H%M%SZ"), BILL)
    r = dict(case=case, subject=subj, body=body, mid=mid, sent=sent, to=to_addr, invs=invs, cur=cur,
             frm="Kestrel Billing <ar+%s@%s>" % (case, BILL), addr="ar+%s@%s" % (case, BILL))
    REMINDERS[case] = r
    return r


def orig_message(r, extra=""):
    return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n%s\n%s") % (
        r["frm"], r["to"], r["subject"], rfcdate(r["sent"]), r["mid"], extra, r["body"])


def orig_headers(r):
    return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n") % (
        r["frm"], r["to"], r["subject"], rfcdate(r["sent"]), r["mid"])


def gt(s):
    return "\n".join((">" if not l else "> " + l) for l in s.rstrip("\n").split("\n")) + "\n"


# ---------------------------------------------------------------- quote headers
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WD_JA = "月火水木金土日"
WD_KO = "월화수목금토일"
WD_ZH = "一二三四五六日"
WD_TH = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
MON_TH = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
WD_VI = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]
WD_ID = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
MON_ID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
WD_MS = ["Isn", "Sel", "Rab", "Kha", "Jum", "Sab", "Ahd"]
MON_MS = ["Jan", "Feb", "Mac", "Apr", "Mei", "Jun", "Jul", "Ogo", "Sep", "Okt", "Nov", "Dis"]
BN_DIG = "০১২৩৪৫৬৭৮৯"


def bn_num(s):
    return "".join(BN_DIG[int(c)] if c.isdigit() else c for c in str(s))


def quote_hdr(style, r, zone):
    t = r["sent"].astimezone(zone)
    f = r["frm"].replace("Kestrel Billing ", "")
    name = "Kestrel Billing"
    h12 = t.hour % 12 or 12
    if style == "gmail-en":
        return "On %s, %d %s %d at %s, %s %s wrote:\n" % (WD_EN[t.weekday()], t.day, t.strftime("%b"), t.year, t.strftime("%H:%M"), name, f)
    if style == "apple-en":
        return "On %d %s %d, at %s, %s %s wrote:\n" % (t.day, t.strftime("%b"), t.year, t.strftime("%H:%M"), name, f)
    if style == "gmail-ja":
        return "%d年%d月%d日(%s) %s %s %s:\n" % (t.year, t.month, t.day, WD_JA[t.weekday()], t.strftime("%H:%M"), name, f)
    if style == "gmail-ko":
        ap = "오전" if t.hour < 12 else "오후"
        return "%d년 %d월 %d일 (%s) %s %d:%02d, %s %s님이 작성:\n" % (t.year, t.month, t.day, WD_KO[t.weekday()], ap, h12, t.minute, name, f)
    if style == "gmail-zh-CN":
        return "%s %s 于%d年%d月%d日周%s %s写道：\n" % (name, f, t.year, t.month, t.day, WD_ZH[t.weekday()], t.strftime("%H:%M"))
    if style == "gmail-zh-TW":
        ap = "上午" if t.hour < 12 else "下午"
        return "%s %s 於 %d年%d月%d日 週%s %s%d:%02d寫道：\n" % (name, f, t.year, t.month, t.day, WD_ZH[t.weekday()], ap, h12, t.minute)
    if style == "gmail-th":
        return "เมื่อ %s %d %s %d เวลา %s %s %s เขียนว่า:\n" % (WD_TH[t.weekday()], t.day, MON_TH[t.month - 1], t.year + 543, t.strftime("%H:%M"), name, f)
    if style == "gmail-vi":
        return "Vào %s, %d thg %d, %d vào lúc %s %s %s đã viết:\n" % (WD_VI[t.weekday()], t.day, t.month, t.year, t.strftime("%H:%M"), name, f)
    if style == "gmail-id":
        return "Pada tanggal %s, %d %s %d pukul %s %s %s menulis:\n" % (WD_ID[t.weekday()], t.day, MON_ID[t.month - 1], t.year, t.strftime("%H.%M"), name, f)
    if style == "gmail-ms":
        ap = "PG" if t.hour < 12 else "PTG"
        return "Pada %s, %d %s %d pada %d:%02d %s %s %s menulis:\n" % (WD_MS[t.weekday()], t.day, MON_MS[t.month - 1], t.year, h12, t.minute, ap, name, f)
    if style == "gmail-hi":
        ap = "am" if t.hour < 12 else "pm"
        mon = ["जन॰", "फ़र॰", "मार्च", "अप्रैल"][t.month - 1]
        wd = ["सोम", "मंगल", "बुध", "गुरु", "शुक्र", "शनि", "रवि"][t.weekday()]
        return "%s, %d %s %d को %d:%02d %s बजे %s %s ने लिखा:\n" % (wd, t.day, mon, t.year, h12, t.minute, ap, name, f)
    if style == "gmail-bn":
        ap = "AM" if t.hour < 12 else "PM"
        mon = ["জানু", "ফেব", "মার্চ", "এপ্রি"][t.month - 1]
        wd = ["সোম", "মঙ্গল", "বুধ", "বৃহস্পতি", "শুক্র", "শনি", "রবি"][t.weekday()]
        return "%s, %s %s, %s এ %s:%s %s এ %s %s লিখেছেন:\n" % (wd, bn_num(t.day), mon, bn_num(t.year), bn_num(h12), bn_num("%02d" % t.minute), ap, name, f)
    if style == "gmail-ta":
        ap = "முற்பகல்" if t.hour < 12 else "பிற்பகல்"
        mon = ["ஜன.", "பிப்.", "மார்.", "ஏப்."][t.month - 1]
        wd = ["திங்.", "செவ்.", "புத.", "வியா.", "வெள்.", "சனி", "ஞாயி."][t.weekday()]
        return "%s, %d %s, %d, %s %d:%02d அன்று, %s %s எழுதியது:\n" % (wd, t.day, mon, t.year, ap, h12, t.minute, name, f)
    raise KeyError(style)


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "ja": ("差出人", "送信日時", "宛先", "件名"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"),
    "zh-CN": ("发件人", "发送时间", "收件人", "主题"),
    "zh-TW": ("寄件者", "寄件日期", "收件者", "主旨"),
    "id": ("Dari", "Dikirim", "Kepada", "Subjek"),
    "vi": ("Từ", "Đã gửi", "Đến", "Chủ đề"),
    "th": ("จาก", "ส่ง", "ถึง", "เรื่อง"),
    "ms": ("Daripada", "Dihantar", "Kepada", "Subjek"),
}


def outlook_quote(lang, r, zone, sep=True):
    t = r["sent"].astimezone(zone)
    a, b, c, d = OUTLOOK_LABELS[lang]
    if lang == "en":
        when = t.strftime("%A, %d %B %Y %I:%M %p").replace(" 0", " ")
    elif lang in ("ja", "zh-CN", "zh-TW"):
        when = "%d年%d月%d日 %s" % (t.year, t.month, t.day, t.strftime("%H:%M"))
    elif lang == "ko":
        when = "%d년 %d월 %d일 %s %d:%02d" % (t.year, t.month, t.day, "오전" if t.hour < 12 else "오후", t.hour % 12 or 12, t.minute)
    else:
        when = "%02d/%02d/%d %s" % (t.day, t.month, t.year, t.strftime("%H:%M"))
    head = ("_" * 32 + "\n") if sep else ("-----Original Message-----\n")
    return "%s%s: %s\n%s: %s\n%s: %s\n%s: %s\n\n%s" % (head, a, r["frm"], b, when, c, r["to"], d, r["subject"], r["body"])


# ---------------------------------------------------------------- MIME building
def h(s, charset="utf-8", enc=None):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        words, cur = [], ""
        for ch in s:
            if len((cur + ch).encode(charset)) > 42:
                words.append(cur)
                cur = ""
            cur += ch
        words.append(cur)
        return "\n ".join("=?%s?B?%s?=" % (charset, base64.b64encode(w.encode(charset)).decode("ascii")) for w in words)


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    n = h(name, charset)
    if n == name and any(c in name for c in ",.()"):
        n = '"%s"' % name
    return "%s <%s>" % (n, a)


def encode_body(text, charset, cte):
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            return text.encode(charset).decode("ascii")
        return text
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def leaf(text, ctype="text/plain", charset="utf-8", cte="8bit", extra=""):
    ct = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (ctype, charset, extra, cte)
    body = encode_body(text, charset, cte)
    if not body.endswith("\n"):
        body += "\n"
    return ct + "\n" + body


def attachment(data, ctype, filename, inline=False):
    b = base64.encodebytes(data).decode("ascii")
    return ('Content-Type: %s; name="%s"\nContent-Disposition: %s; filename="%s"\n'
            'Content-Transfer-Encoding: base64\n\n%s') % (ctype, filename, "inline" if inline else "attachment", filename, b)


def multipart(sub, parts, boundary=None, preamble=""):
    boundary = boundary or ("----=_Part_%s" % hid(16, "0123456789abcdef"))
    out = 'Content-Type: multipart/%s; boundary="%s"\n\n%s' % (sub, boundary, preamble)
    for p in parts:
        out += "--%s\n%s\n" % (boundary, p.rstrip("\n"))
    out += "--%s--\n" % boundary
    return out


def fake_pdf(title):
    s = ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
         "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
         "4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 72 770 Td (%s) Tj ET\nendstream endobj\n"
         "trailer<</Root 1 0 R>>\n%%%%EOF\n") % title
    return s.encode("latin-1")


def html_of(text):
    import html as _h
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n<div dir=\"ltr\">" + \
        "<br>\n".join(_h.escape(l) for l in text.rstrip("\n").split("\n")) + "</div>\n</body></html>\n"


def message(headers, body_mime):
    """headers: list of (name, value) in order; body_mime: string starting with Content-Type."""
    out = "".join("%s: %s\n" % (k, v) for k, v in headers if v is not None)
    return out + "MIME-Version: 1.0\n" + body_mime


def reply(r, date, frm, subject, body_mime, mid, xm=None, extra=None, irt=True, to=None):
    hs = [("Date", rfcdate(date)), ("Message-ID", mid)]
    if irt:
        hs += [("In-Reply-To", r["mid"]), ("References", r["mid"])]
    hs += [("Subject", subject), ("From", frm), ("To", to or r["frm"])]
    if xm:
        hs.append(("X-Mailer", xm))
    hs += list(extra or [])
    return message(hs, body_mime)


def outlook_mid(domain):
    p = "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + "%dPR%02dMB%d" % (RNG.randint(1, 9), RNG.randint(1, 99), RNG.randint(1000, 9999))
    return "<%s%s@%s.apcprd%02d.prod.outlook.com>" % (p, hid(24), p, RNG.randint(1, 6))


def gmail_mid():
    return "<CA%s%s@mail.gmail.com>" % (hid(6, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                                          "".join(RNG.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+_") for _ in range(38)))


def plain_mid(domain):
    return "<%s.%s@%s>" % (hid(12, "0123456789abcdef"), hid(6, "0123456789"), domain)


# ---------------------------------------------------------------- registry
def add(id_, key, locale, intent, eml, note, fmt, prov=None, injection=False, invoice_numbers=(), **fields):
    lab = {"id": id_, "intent": intent}
    for f in FIELDS:
        lab[f] = fields.pop(f, None)
    assert not fields, fields
    lab["invoice_numbers"] = list(invoice_numbers)
    lab["note"] = "[%s, %s] %s" % (key, locale, note)
    if injection:
        lab["injection"] = True
    ITEMS.append(dict(label=lab, eml=eml, key=key, locale=locale, fmt=fmt, prov=prov or {}))
