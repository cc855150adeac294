"""Shared helpers for blind set 418 (Coralbay Seafoods dunning replies). Standard library only."""
import base64, quopri, random, hashlib
from datetime import datetime, timedelta, timezone
from email.header import Header

RNG = random.Random(418)
CO = "Coralbay Seafoods"
AR_DOMAIN = "billing.coralbay.example"
ZERO_DEC = {"JPY", "KRW", "VND", "IDR", "KHR", "MMK"}


def ar_addr(case):
    return "ar+%s@%s" % (case, AR_DOMAIN)


def ar_from(case):
    return "Coralbay Seafoods Accounts Receivable <%s>" % ar_addr(case)


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def HEXID(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def fmt_amt(cur, v):
    if cur in ZERO_DEC:
        return "{:,.0f}".format(v)
    return "{:,.2f}".format(v)


def parse_utc(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)


def rfc_date(dt):
    return dt.strftime("%a, %d %b %Y %H:%M:%S %z")


def reminder(it):
    """Our own dunning email for the thread: returns dict(subject, msgid, text, date)."""
    sent = parse_utc(it["sent"])
    case, cur, invs = it["case"], it["cur"], it["invs"]
    total = sum(a for _, _, a in invs)
    rn = it.get("rn", 1)
    msgid = "<%s.r%d.%s@%s>" % (case, rn, sent.strftime("%Y%m%dT%H%M%SZ"), AR_DOMAIN)
    if len(invs) == 1:
        inv, due, amt = invs[0]
        days = (sent.date() - datetime.strptime(due, "%Y-%m-%d").date()).days
        subj = "%s: invoice %s is %d days overdue (%s %s)" % (
            "Second notice" if rn > 1 else "Payment reminder", inv, days, cur, fmt_amt(cur, amt))
    else:
        subj = "Payment reminder: %d invoices overdue on account %s (%s %s)" % (
            len(invs), it["acct"], cur, fmt_amt(cur, total))
    rows = "\n".join("  %-10s  %-10s  %s %s" % (i, d, cur, fmt_amt(cur, a)) for i, d, a in invs)
    text = (
        "Dear %s,\n\n"
        "Our records show that the following invoice%s on account %s %s now past due:\n\n"
        "  Invoice     Due date    Amount\n%s\n\n"
        "Total overdue: %s %s\n\n"
        "Please remit to the bank account shown on the invoice and quote the invoice\n"
        "number. If you have already paid, please reply with the payment date and\n"
        "remittance reference so we can allocate it. If anything on the invoice is\n"
        "not right (weights, grades, temperature claims), just reply and tell us.\n\n"
        "Kind regards,\n\n"
        "Accounts Receivable\n"
        "Coralbay Seafoods Pty Ltd | Cold-chain export\n"
        "+61 2 5550 0148 | Case %s\n"
    ) % (it["contact"], "s" if len(invs) > 1 else "", it["acct"],
         "are" if len(invs) > 1 else "is", rows, cur, fmt_amt(cur, total), case)
    return {"subject": subj, "msgid": msgid, "text": text, "date": sent}


# ---------------------------------------------------------------- quoting
WD = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "enl": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "ja": "月火水木金土日",
    "ko": "월화수목금토일",
    "zh": ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
    "tw": ["週一", "週二", "週三", "週四", "週五", "週六", "週日"],
    "vi": ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"],
    "vil": ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"],
    "th": ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."],
    "thl": ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"],
    "id": ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"],
    "idl": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
    "tl": ["Lun", "Mar", "Miy", "Huw", "Biy", "Sab", "Lin"],
}
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_ENL = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
MON_TH = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
MON_THL = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
           "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
MON_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]


def _ampm(dt, am, pm):
    h = dt.hour % 12 or 12
    return ("%s%d:%02d" % (am if dt.hour < 12 else pm, h, dt.minute))


def attribution(style, lang, rem, it):
    """Localized 'On ... wrote:' line (gmail / apple) for the quoted reminder."""
    dt = rem["date"].astimezone(timezone(timedelta(minutes=it.get("tzmin", 0))))
    who = ar_from(it["case"])
    w = dt.weekday()
    y, m, d, hm = dt.year, dt.month, dt.day, dt.strftime("%H:%M")
    if style == "apple":
        if lang == "ja":
            return "%d/%02d/%02d %s、%s のメール:" % (y, m, d, hm, who)
        if lang in ("zh", "tw", "hk"):
            return "%s 於 %d年%d月%d日 %s 寫道：" % (who, y, m, d, hm) if lang != "zh" else \
                "%s 于 %d年%d月%d日 %s 写道：" % (who, y, m, d, hm)
        if lang == "ko":
            return "%d. %d. %d. %s, %s 작성:" % (y, m, d, _ampm(dt, "오전 ", "오후 "), who)
        return "On %d %s %d, at %s, %s wrote:" % (d, MON_EN[m - 1], y, hm, who)
    if lang == "ja":
        return "%d年%d月%d日(%s) %s %s:" % (y, m, d, WD["ja"][w], hm, who)
    if lang == "ko":
        return "%d년 %d월 %d일 (%s) %s, %s님이 작성:" % (y, m, d, WD["ko"][w], _ampm(dt, "오전 ", "오후 "), who)
    if lang == "zh":
        return "%s 于%d年%d月%d日%s %s写道：" % (who, y, m, d, WD["zh"][w], hm)
    if lang in ("tw", "hk"):
        return "%s 於 %d年%d月%d日 %s %s 寫道：" % (who, y, m, d, WD["tw"][w], _ampm(dt, "上午", "下午"))
    if lang == "vi":
        return "Vào %s, %d thg %d, %d vào lúc %s %s đã viết:" % (WD["vi"][w], d, m, y, hm, who)
    if lang == "th":
        return "เมื่อ %s %d %s %d เวลา %s %s เขียนว่า:" % (WD["th"][w], d, MON_TH[m - 1], y, hm, who)
    if lang == "id":
        return "Pada %s, %d %s %d pukul %s %s menulis:" % (WD["id"][w], d, MON_EN[m - 1], y,
                                                          hm.replace(":", "."), who)
    if lang == "tl":
        return "Noong %s, %s %d, %d nang %s, sumulat si %s:" % (
            WD["tl"][w], MON_EN[m - 1], d, y, dt.strftime("%I:%M %p").lstrip("0"), who)
    if lang == "us":
        return "On %s, %s %d, %d at %s %s wrote:" % (WD["en"][w], MON_EN[m - 1], d, y,
                                                  dt.strftime("%I:%M %p").lstrip("0"), who)
    return "On %s, %d %s %d at %s, %s wrote:" % (WD["en"][w], d, MON_EN[m - 1], y, hm, who)


def outlook_header(lang, rem, it):
    dt = rem["date"].astimezone(timezone(timedelta(minutes=it.get("tzmin", 0))))
    who = ar_from(it["case"])
    to = "%s <%s>" % (it["frm"][0], it["frm"][1]) if not it.get("to_orig") else it["to_orig"]
    y, m, d, w = dt.year, dt.month, dt.day, dt.weekday()
    hm = dt.strftime("%H:%M")
    L = {
        "en": ("From", "Sent", "To", "Subject", "%s, %d %s %d %s" % (WD["enl"][w], d, MON_ENL[m - 1], y,
                                                                    dt.strftime("%I:%M %p").lstrip("0"))),
        "us": ("From", "Sent", "To", "Subject", "%s, %s %d, %d %s" % (WD["enl"][w], MON_ENL[m - 1], d, y,
                                                                     dt.strftime("%I:%M %p").lstrip("0"))),
        "de": ("Von", "Gesendet", "An", "Betreff", "%s, %d. %s %d %s" % (
            ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][w], d,
            ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"][m - 1], y, hm)),
        "ja": ("差出人", "送信日時", "宛先", "件名", "%d年%d月%d日 %s" % (y, m, d, hm)),
        "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목", "%d년 %d월 %d일 %s요일 %s" % (
            y, m, d, WD["ko"][w], _ampm(dt, "오전 ", "오후 "))),
        "zh": ("发件人", "发送时间", "收件人", "主题", "%d年%d月%d日 %s" % (y, m, d, hm)),
        "tw": ("寄件者", "寄件日期", "收件者", "主旨", "%d年%d月%d日 %s" % (y, m, d, _ampm(dt, "上午 ", "下午 "))),
        "vi": ("Từ", "Đã gửi", "Đến", "Chủ đề", "%s, ngày %d tháng %d năm %d %s" % (WD["vil"][w], d, m, y, hm)),
        "th": ("จาก", "ส่ง", "ถึง", "เรื่อง", "%sที่ %d %s %d %s" % (WD["thl"][w], d, MON_THL[m - 1], y + 543, hm)),
        "id": ("Dari", "Dikirim", "Kepada", "Subjek", "%s, %02d %s %d %s" % (WD["idl"][w], d, MON_ID[m - 1], y,
                                                                         hm.replace(":", "."))),
    }
    f, s, t, sj, ds = L[lang]
    sep = ":" if lang not in ("zh", "tw") else ":"
    return "%s%s %s\n%s%s %s\n%s%s %s\n%s%s %s" % (f, sep, who, s, sep, ds, t, sep, to, sj, sep, rem["subject"])


def quote(style, lang, rem, it):
    txt = rem["text"].rstrip("\n")
    if style in ("gmail", "apple"):
        q = "\n".join(("> " + l) if l else ">" for l in txt.split("\n"))
        return "\n\n" + attribution(style, lang, rem, it) + "\n\n" + q + "\n"
    if style == "outlook":
        return "\n\n________________________________\n" + outlook_header(lang, rem, it) + "\n\n" + txt + "\n"
    if style == "outlook_orig":
        return "\n\n-----Original Message-----\n" + outlook_header(lang, rem, it) + "\n\n" + txt + "\n"
    if style == "fwd":
        return ""
    return ""


# ---------------------------------------------------------------- MIME
def enc(text, charset, cte):
    b = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "8bit":
        assert charset == "utf-8"
        return text
    return b.decode("ascii")  # 7bit: must already be ASCII-safe (us-ascii, ISO-2022-JP)


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, a, charset="utf-8", raw=False):
    if raw:
        return "%s <%s>" % (name, a)
    try:
        name.encode("ascii")
        if any(c in name for c in ",.()"):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)


def leaf(ctype, text, charset="utf-8", cte="8bit", extra=()):
    h = ["Content-Type: %s; charset=\"%s\"" % (ctype, charset), "Content-Transfer-Encoding: %s" % cte]
    h += list(extra)
    return "\n".join(h) + "\n\n" + enc(text, charset, cte)


def binleaf(ctype, name, data, disp="attachment", extra=()):
    b64 = base64.encodebytes(data).decode("ascii")
    h = ['Content-Type: %s; name="%s"' % (ctype, name),
         'Content-Disposition: %s; filename="%s"' % (disp, name),
         "Content-Transfer-Encoding: base64"] + list(extra)
    return "\n".join(h) + "\n\n" + b64


def multi(subtype, parts, boundary=None, extra_params=""):
    b = boundary or ("----=_Part_%d_%s" % (RNG.randint(10000, 99999), hexid(12)))
    body = "".join("--%s\n%s\n" % (b, p.rstrip("\n") + "\n") for p in parts) + "--%s--\n" % b
    return ('Content-Type: multipart/%s; boundary="%s"%s' % (subtype, b, extra_params)), body


def pdf_bytes(label):
    s = ("%%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] "
         "/Count 0 >>\nendobj\n%% %s\ntrailer\n<< /Root 1 0 R >>\n%%%%EOF\n") % label
    return s.encode("ascii")


def jpeg_bytes(seed):
    h = hashlib.sha256(seed.encode()).digest()
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + h * 4 + b"\xff\xd9"


def html_of(text):
    import html as _h
    out = []
    for para in text.split("\n"):
        out.append("<div>%s</div>" % (_h.escape(para) if para.strip() else "<br>"))
    return "\n".join(out)


def html_quote(rem, attr):
    import html as _h
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>') % (
        _h.escape(attr), _h.escape(rem["text"]).replace("\n", "<br>\n"))


def _html_q(qs, lang, rem, it):
    import html as _h
    if qs == "none":
        return ""
    if qs.startswith("outlook"):
        hb = _h.escape(outlook_header(lang, rem, it)).replace("\n", "<br>\n")
        return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                'color="#000000">%s</font><div>&nbsp;</div></div><div>%s</div>') % (
            hb, _h.escape(rem["text"]).replace("\n", "<br>\n"))
    return html_quote(rem, attribution(qs, lang, rem, it))


def reply(it):
    """Build a human/auto reply to our reminder from an item spec."""
    rem = reminder(it)
    it["_rem"] = rem
    lang = it.get("lang", "en")
    cs = it.get("charset", "utf-8")
    cte = it.get("cte", "8bit")
    qs = it.get("quote", "gmail")
    body = it["body"].strip("\n") + "\n"
    text = body + quote(qs, it.get("qlang", lang), rem, it)
    prefix = it.get("prefix", "Re:")
    subj = it.get("subject") or (((prefix + ("" if prefix.endswith("：") else " ")) + rem["subject"]) if prefix else rem["subject"])
    name, frm = it["frm"]
    H = ["MIME-Version: 1.0" if it.get("mimever", True) else None,
         "Date: %s" % it["date"],
         "Message-ID: <%s>" % it.get("msgid", "%s@%s" % (HEXID(24), frm.split("@")[1])),
         ]
    if it.get("inreply", True):
        H += ["In-Reply-To: %s" % rem["msgid"], "References: %s" % rem["msgid"]]
    H += ["Subject: %s" % (subj if it.get("rawsubj") else hdr(subj, it.get("hcs", "utf-8"))),
          "From: %s" % addr(name, frm, it.get("hcs", "utf-8"), raw=it.get("rawsubj", False)),
          "To: %s" % ar_from(it["case"])]
    H += list(it.get("headers", []))
    H = [h for h in H if h]
    fmt = it.get("fmt", "plain")
    if fmt == "plain":
        ct = 'Content-Type: text/plain; charset="%s"%s' % (cs, it.get("ctparams", ""))
        if not it.get("attach"):
            H += [ct, "Content-Transfer-Encoding: %s" % cte]
            payload = enc(text, cs, cte)
        top = None
    else:
        if "html" in it:
            h = it["html"]
        else:
            h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>' \
                '<div dir="ltr">%s</div>%s</body></html>' % (
                    cs, html_of(body), _html_q(qs, it.get("qlang", lang), rem, it))
        hpart = leaf("text/html", h, cs, it.get("hcte", cte if cte != "8bit" else "quoted-printable"))
        if fmt == "html":
            top = hpart
        else:
            top = None
            ctype, mbody = multi("alternative", [leaf("text/plain", text, cs, cte), hpart])
        if fmt == "html" and not it.get("attach"):
            H += hpart.split("\n\n", 1)[0].split("\n")
            payload = hpart.split("\n\n", 1)[1]
            top = False
        elif fmt == "html":
            top = hpart
        else:
            top = ctype + "\n\n" + mbody
    if it.get("attach"):
        first = top if top else leaf("text/plain", text, cs, cte)
        if top is False:
            raise ValueError("html+attach")
        parts = [first] + [binleaf(*a) if len(a) == 3 else a[0] for a in it["attach"]]
        ctype, mbody = multi("mixed", parts)
        H += [ctype]
        payload = mbody
    elif fmt == "alt":
        H += [top.split("\n\n", 1)[0]]
        payload = top.split("\n\n", 1)[1]
    nl = "\r\n" if it.get("crlf") else "\n"
    out = "\n".join(H) + "\n\n" + payload
    return out.replace("\n", nl) if nl != "\n" else out


def our_outgoing(it, to_addr):
    """Our reminder as it left our MTA (for bounces)."""
    rem = reminder(it)
    it["_rem"] = rem
    h = ["From: %s" % ar_from(it["case"]), "To: %s" % to_addr, "Subject: %s" % rem["subject"],
         "Date: %s" % rfc_date(rem["date"]), "Message-ID: %s" % rem["msgid"], "MIME-Version: 1.0",
         'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 8bit"]
    return "\n".join(h), rem
