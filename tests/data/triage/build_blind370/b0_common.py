"""Shared helpers for build.py (blind set 370). Standard library only."""
import base64, calendar, quopri, random, re, uuid
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr

RNG = random.Random(370)
CO = "Lumacore Rentals"
CO_LEGAL = "Lumacore Camera & Lighting Pte. Ltd."
DOM = "billing.lumacore.example"
BILL_NAME = "Lumacore Billing"

def ar_addr(case):
    return f"ar+{case}@{DOM}"

def our_msgid(case, n, dt):
    return f"<{case}.d{n}.{dt:%Y%m%dT%H%M%SZ}@{DOM}>"

def hexid(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))

def msgid(kind, domain):
    if kind == "outlook":
        p = RNG.choice(["SG2PR04", "TYAPR01", "PS2PR06", "SY4PR01", "MA0PR01", "KL1PR0401", "SEZPR04", "TYZPR03"])
        box = f"{p}MB{RNG.randint(1000,9999)}"
        reg = {"SG2": "apcprd04", "TYA": "jpnprd01", "PS2": "apcprd06", "SY4": "ausprd01", "MA0": "indprd01",
               "KL1": "apcprd04", "SEZ": "apcprd04", "TYZ": "apcprd03"}[p[:3]]
        return f"<{box}{hexid(24)}@{box}.{reg}.prod.outlook.com>"
    if kind == "gmail":
        s = base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(30))).decode().replace("/", "_").replace("+", "-")
        return f"<CA{s}@mail.gmail.com>"
    if kind == "apple":
        return f"<{uuid.UUID(int=RNG.getrandbits(128), version=4)}@{domain}>".upper().replace("@" + domain.upper(), "@" + domain)
    return f"<{datetime(2026,1,1):%Y}{hexid(12).lower()}.{RNG.randint(1000,99999)}@{domain}>"

def boundary(style="plain"):
    if style == "outlook":
        return "_000_" + hexid(32)
    if style == "gmail":
        return "000000000000" + hexid(16).lower()
    if style == "apple":
        return "Apple-Mail=_" + str(uuid.UUID(int=RNG.getrandbits(128), version=4)).upper()
    return "----=_Part_" + str(RNG.randint(100000, 999999)) + "_" + str(RNG.randint(10**8, 10**9)) + "." + str(RNG.randint(10**12, 10**13))

def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)

def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)

# ---------------------------------------------------------------- amounts (reminder side)
ZERO_DEC = {"JPY", "KRW", "VND", "IDR"}

def fmt_amt(ccy, v):
    if ccy in ZERO_DEC:
        return f"{ccy} {int(v):,}"
    return f"{ccy} {v:,.2f}"

# ---------------------------------------------------------------- reminder text (ours)
STAGES = {1: "Payment reminder", 2: "Second reminder", 3: "Final notice"}

def reminder(case, greet, customer, invs, ccy, days, stage=1, when=None):
    """invs: list of (number, description, due 'YYYY-MM-DD', amount number); days recomputed from when."""
    if when is not None:
        days = (when.date() - min(date.fromisoformat(i[2]) for i in invs)).days
    total = sum(i[3] for i in invs)
    if len(invs) == 1:
        subj = f"{STAGES[stage]}: invoice {invs[0][0]} is {days} day{'s' if days != 1 else ''} overdue ({fmt_amt(ccy, total)})"
        lead = f"invoice {invs[0][0]} for {customer} is now {days} days past due"
    else:
        subj = f"{STAGES[stage]}: {len(invs)} invoices overdue ({fmt_amt(ccy, total)})"
        lead = f"the invoices below for {customer} are past due (oldest {days} days)"
    lines = [f"Hello {greet},", "", f"This is a {'final ' if stage == 3 else ''}reminder from {CO} that {lead}:", "",
             "  Invoice    Rental / job                          Due date     Amount"]
    for n, d, due, a in invs:
        lines.append(f"  {n:<10} {d:<37} {due}   {fmt_amt(ccy, a)}")
    lines += ["", f"Total overdue: {fmt_amt(ccy, total)}", "",
              f"You can pay by bank transfer using the details on the invoice, or online at",
              f"https://pay.lumacore.example/c/{case}. If you have already paid, please",
              "reply with the payment date and reference so we can match it. If anything",
              "on the invoice looks wrong, just reply and tell us.", ""]
    if stage == 3:
        lines[-1:] = ["", "Please note that further rentals may be placed on hold until the account", "is brought up to date.", ""]
    lines += ["Kind regards,", "", f"{CO} | Accounts Receivable", "Camera - Lighting - Grip", CO_LEGAL]
    return subj, "\n".join(lines)

# ---------------------------------------------------------------- localized quote headers
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_WDF = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONF = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
JA_WD = "月火水木金土日"
KO_WD = "월화수목금토일"
ZH_WD = "一二三四五六日"
ID_WD = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
ID_WDF = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ID_MON = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
ID_MONF = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
MS_WD = ["Isn", "Sel", "Rab", "Kha", "Jum", "Sab", "Ahd"]
MS_MON = ["Jan", "Feb", "Mac", "Apr", "Mei", "Jun", "Jul", "Ogo", "Sep", "Okt", "Nov", "Dis"]
VI_WD = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]
VI_WDF = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
TH_WDF = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
TH_WD = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
TH_MONF = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TL_WD = ["Lun", "Mar", "Miy", "Huw", "Biy", "Sab", "Lin"]
HI_WD = ["सोम", "मंगल", "बुध", "गुरु", "शुक्र", "शनि", "रवि"]
HI_MON = ["जन॰", "फ़र॰", "मार्च", "अप्रैल", "मई", "जून", "जुल॰", "अग॰", "सित॰", "अक्तू॰", "नव॰", "दिस॰"]
DE_WDF = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONF = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
SV_MONF = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]

def h12(dt):
    h = dt.hour % 12 or 12
    return h, ("AM" if dt.hour < 12 else "PM")

def attribution(style, dt, name, a, to, subj):
    """dt: the reminder's time in the writer's own zone. Returns (header_text, prefix)."""
    wd, d, m, Y, H, M = dt.weekday(), dt.day, dt.month, dt.year, dt.hour, f"{dt.minute:02d}"
    h, ap = h12(dt)
    who = f"{name} <{a}>"
    if style == "gmail_en":
        return f"On {EN_WD[wd]}, {d} {EN_MON[m-1]} {Y} at {H:02d}:{M}, {who} wrote:", "> "
    if style == "gmail_us":
        return f"On {EN_WD[wd]}, {EN_MON[m-1]} {d}, {Y} at {h}:{M} {ap} {who} wrote:", "> "
    if style == "apple_en":
        return f"On {d} {EN_MON[m-1]} {Y}, at {H}:{M}, {who} wrote:", "> "
    if style == "gmail_ja":
        return f"{Y}年{m}月{d}日({JA_WD[wd]}) {H}:{M} {who}:", "> "
    if style == "apple_ja":
        return f"{Y}/{m:02d}/{d:02d} {H}:{M}、{name} <{a}>のメール:", "> "
    if style == "gmail_ko":
        return f"{Y}년 {m}월 {d}일 ({KO_WD[wd]}) {'오전' if H < 12 else '오후'} {h}:{M}, {who}님이 작성:", "> "
    if style == "gmail_zhcn":
        return f"{who} 于{Y}年{m}月{d}日周{ZH_WD[wd]} {H:02d}:{M}写道：", "> "
    if style == "gmail_zhtw":
        return f"{who} 於 {Y}年{m}月{d}日 週{ZH_WD[wd]} {'上午' if H < 12 else '下午'}{h}:{M}寫道：", "> "
    if style == "gmail_id":
        return f"Pada {ID_WD[wd]}, {d} {ID_MON[m-1]} {Y} pukul {H:02d}.{M} {who} menulis:", "> "
    if style == "gmail_ms":
        return f"Pada {MS_WD[wd]}, {d} {MS_MON[m-1]} {Y} pada {h}:{M} {'PG' if H < 12 else 'PTG'}, {who} menulis:", "> "
    if style == "gmail_vi":
        return f"Vào {VI_WD[wd]}, {d} thg {m}, {Y} vào lúc {H:02d}:{M} {who} đã viết:", "> "
    if style == "gmail_th":
        return f"เมื่อ {TH_WD[wd]} {d} {TH_MON[m-1]} {Y} เวลา {H:02d}:{M} {who} เขียนว่า:", "> "
    if style == "gmail_tl":
        return f"Noong {TL_WD[wd]}, {EN_MON[m-1]} {d}, {Y} nang {h}:{M} {ap} {who} ay sumulat:", "> "
    if style == "gmail_hi":
        return f"{HI_WD[wd]}, {d} {HI_MON[m-1]} {Y} को {h}:{M} {ap.lower()} बजे {who} ने लिखा:", "> "
    # Outlook-style header blocks, unprefixed
    if style == "ol_en":
        return (f"________________________________\nFrom: {who}\nSent: {EN_WDF[wd]}, {d} {EN_MONF[m-1]} {Y} {h}:{M} {ap}\n"
                f"To: {to}\nSubject: {subj}"), ""
    if style == "ol_en_orig":
        return (f"-----Original Message-----\nFrom: {who}\nSent: {EN_WDF[wd]}, {EN_MONF[m-1]} {d}, {Y} {h}:{M} {ap}\n"
                f"To: {to}\nSubject: {subj}"), ""
    if style == "ol_ja":
        return f"差出人: {who}\n送信日時: {Y}年{m}月{d}日 {H}:{M}\n宛先: {to}\n件名: {subj}", ""
    if style == "ol_zhcn":
        return f"发件人: {who}\n发送时间: {Y}年{m}月{d}日 {H}:{M}\n收件人: {to}\n主题: {subj}", ""
    if style == "ol_zhtw":
        return f"寄件者: {who}\n寄件日期: {Y}年{m}月{d}日 {'上午' if H < 12 else '下午'} {h:02d}:{M}\n收件者: {to}\n主旨: {subj}", ""
    if style == "ol_ko":
        return f"보낸 사람: {who}\n보낸 날짜: {Y}년 {m}월 {d}일 {KO_WD[wd]}요일 {'오전' if H < 12 else '오후'} {h}:{M}\n받는 사람: {to}\n제목: {subj}", ""
    if style == "ol_id":
        return f"Dari: {who}\nDikirim: {ID_WDF[wd]}, {d:02d} {ID_MONF[m-1]} {Y} {H:02d}.{M}\nKepada: {to}\nPerihal: {subj}", ""
    if style == "ol_vi":
        return f"Từ: {who}\nĐã gửi: {VI_WDF[wd]}, ngày {d} tháng {m} năm {Y} {h}:{M} {'SA' if H < 12 else 'CH'}\nĐến: {to}\nChủ đề: {subj}", ""
    if style == "ol_th":
        return f"จาก: {who}\nส่ง: {TH_WDF[wd]}ที่ {d} {TH_MONF[m-1]} {Y + 543} {H}:{M}\nถึง: {to}\nเรื่อง: {subj}", ""
    if style == "ol_de":
        return f"Von: {who}\nGesendet: {DE_WDF[wd]}, {d}. {DE_MONF[m-1]} {Y} {H:02d}:{M}\nAn: {to}\nBetreff: {subj}", ""
    if style == "ol_sv":
        return f"Från: {who}\nSkickat: den {d} {SV_MONF[m-1]} {Y} {H:02d}:{M}\nTill: {to}\nÄmne: {subj}", ""
    raise ValueError(style)

# ---------------------------------------------------------------- MIME assembly
def wrap76(s):
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))

def encode_body(text, charset, cte):
    """Returns the transfer-encoded body as a str (8bit stays unicode, utf-8 only)."""
    if cte in ("7bit", "8bit"):
        if charset.lower() == "iso-2022-jp":
            return text.encode("iso-2022-jp").decode("ascii")
        if cte == "7bit":
            text.encode("ascii")
        else:
            assert charset.lower() == "utf-8"
        return text
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return wrap76(base64.b64encode(raw).decode("ascii"))
    raise ValueError(cte)

def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=""):
    ct = f'Content-Type: text/{subtype}; charset="{charset}"{extra}\nContent-Transfer-Encoding: {cte}\n'
    return ct, encode_body(text, charset, cte)

def binpart(ctype, filename, data, disp="attachment"):
    h = (f'Content-Type: {ctype}; name="{filename}"\nContent-Description: {filename}\n'
         f'Content-Disposition: {disp}; filename="{filename}"; size={len(data)}\nContent-Transfer-Encoding: base64\n')
    return h, wrap76(base64.b64encode(data).decode("ascii"))

def multipart(subtype, parts, bstyle="plain", extra=""):
    b = boundary(bstyle)
    out = []
    for h, body in parts:
        out.append(f"--{b}\n{h}\n{body.rstrip(chr(10))}\n")
    body = "\n".join(out) + f"\n--{b}--\n"
    return f'Content-Type: multipart/{subtype}; boundary="{b}"{extra}\n', body

def html_from_text(text, font="Calibri,Arial,sans-serif"):
    import html as _h
    paras = []
    for block in text.split("\n\n"):
        paras.append("<p>" + "<br>\n".join(_h.escape(x, quote=False) for x in block.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:11pt">\n' + "\n".join(paras) + "\n</div></body></html>")

def pdf_bytes(note):
    s = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\n"
         f"endobj\n% {note}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return s.encode("ascii")

def assemble(headers, ct_body):
    ct, body = ct_body
    h = "".join(f"{k}: {v}\n" for k, v in headers if v is not None)
    return f"{h}MIME-Version: 1.0\n{ct}\n{body}"

# ---------------------------------------------------------------- registry
from email.utils import parsedate_to_datetime
ITEMS = []
FIELDS = ["promised_date", "promised_amount", "currency", "paid_date", "payment_reference", "dispute_reason",
          "new_contact_email", "return_date"]

def register(key, loc, intent, fmt, eml, lab, prov, note, inj=False):
    label = {"intent": intent}
    for f in FIELDS:
        label[f] = lab.get(f)
    label["invoice_numbers"] = lab["inv"]
    label["note"] = f"[{key}, {loc}] {note}"
    if inj:
        label["injection"] = True
    ITEMS.append({"key": key, "loc": loc, "fmt": fmt, "eml": eml, "label": label, "prov": prov})

CLIENT_HDRS = {
    "gmail": lambda: [],
    "outlook": lambda: [("Thread-Index", base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(22))).decode())],
    "apple": lambda: [("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")],
    "iphone": lambda: [("X-Mailer", "iPhone Mail (22D82)")],
    "thunderbird": lambda: [("User-Agent", "Mozilla Thunderbird")],
    "foxmail": lambda: [("X-Mailer", "Foxmail 7.2.25.375[cn]")],
    "naver": lambda: [("X-Mailer", "NAVER Mail")],
    "yahoo": lambda: [("X-Mailer", "WebService/1.1.23187 YMailNorrin")],
}

def reply(key, loc, intent, fmt, *, date, frm, case, invs, ccy, body, greet, customer, rem, days=10, stage=1,
          q="gmail_en", prefix="Re: ", client="gmail", charset="utf-8", cte="quoted-printable", html=None,
          attach=(), extra=(), lab=None, prov=None, note="", inj=False, quote=True, subj=None, rem_n=1,
          hcharset=None, quote_mode="below"):
    """A human reply to one of our reminders. rem: the reminder's UTC datetime."""
    name, a = frm
    rsubj, rtext = reminder(case, greet, customer, invs, ccy, days, stage, rem)
    tz = parsedate_to_datetime(date).tzinfo
    rid = our_msgid(case, rem_n, rem)
    to_line = f"{BILL_NAME} <{ar_addr(case)}>"
    text = body.rstrip("\n") + "\n"
    if quote:
        att, pre = attribution(q, rem.astimezone(tz), BILL_NAME, ar_addr(case), f"{name} <{a}>", rsubj)
        qt = "\n".join((pre + l).rstrip() if l or not pre else pre.rstrip() for l in rtext.split("\n"))
        text = text + "\n" + att + "\n" + ("\n" if pre else "\n") + qt + "\n"
    hcs = hcharset or ("utf-8" if charset.lower() in ("utf-8", "us-ascii") else charset)
    subject = subj if subj is not None else prefix + rsubj
    headers = [("Date", date), ("From", addr(name, a, hcs)), ("To", addr(BILL_NAME, ar_addr(case))),
               ("Subject", hdr(subject, hcs)), ("Message-ID", msgid(client, a.split("@")[1])),
               ("In-Reply-To", rid), ("References", rid)]
    if client == "outlook":
        headers.insert(4, ("Thread-Topic", hdr(rsubj, hcs)))
    headers += CLIENT_HDRS[client]()
    headers += list(extra)
    bst = {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "iphone": "apple"}.get(client, "plain")
    if html is None:
        part = leaf(text, "plain", charset, cte, '; format=flowed' if client in ("apple", "thunderbird") and cte == "7bit" else "")
    else:
        if html in ("alt", "only"):
            htmltext = html_from_text(text)
        elif html.startswith("inject:"):
            htmltext = html_from_text(text).replace("</p>", "</p>\n" + html[7:], 1)
        else:
            htmltext = html
        hpart = leaf(htmltext, "html", "utf-8", "quoted-printable" if cte != "base64" else "base64")
        if html == "only":
            part = hpart
        else:
            part = multipart("alternative", [leaf(text, "plain", charset, cte), hpart], bst)
    if attach:
        parts = [part] + [binpart(ct, fn, data) for ct, fn, data in attach]
        part = multipart("mixed", parts, bst)
    eml = assemble(headers, part)
    lab = dict(lab or {})
    prov = dict(prov or {})
    prov.setdefault("reminder_subject", rsubj)
    register(key, loc, intent, fmt, eml, lab, prov, note, inj)
    return eml

def dt(s):
    """'2026-03-02 01:00' UTC"""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)

def autoreply(key, loc, fmt, *, date, frm, case, invs, ccy, greet, customer, rem, text, prefix, hdrs=(),
              html=None, charset="utf-8", cte="quoted-printable", client="outlook", lab=None, prov=None, note="",
              inj=False, subj=None, intent="out_of_office", rem_n=1, hcharset=None):
    name, a = frm
    rsubj, _ = reminder(case, greet, customer, invs, ccy, 10, 1, rem)
    rid = our_msgid(case, rem_n, rem)
    hcs = hcharset or ("utf-8" if charset.lower() in ("utf-8", "us-ascii") else charset)
    subject = subj if subj is not None else prefix + rsubj
    headers = [("Date", date), ("From", addr(name, a, hcs)), ("To", addr(BILL_NAME, ar_addr(case))),
               ("Subject", hdr(subject, hcs)), ("Message-ID", msgid(client, a.split("@")[1])),
               ("In-Reply-To", rid), ("References", rid)] + list(hdrs)
    bst = {"outlook": "outlook", "gmail": "gmail"}.get(client, "plain")
    if html is None:
        part = leaf(text, "plain", charset, cte)
    else:
        part = multipart("alternative", [leaf(text, "plain", charset, cte),
                                         leaf(html_from_text(text), "html", "utf-8", "quoted-printable")], bst)
    eml = assemble(headers, part)
    prov = dict(prov or {})
    prov.setdefault("reminder_subject", rsubj)
    register(key, loc, intent, fmt, eml, dict(lab or {}), prov, note, inj)
    return eml
