"""Shared helpers for blind set 383 (standard library only)."""
import base64
import calendar
import quopri
import random
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, parsedate_to_datetime

SEED = 383
RNG = random.Random(SEED)

CO = "Brightfold Linen Services"
CO_LEGAL = "Brightfold Linen Services Pte. Ltd."
AR_DOMAIN = "billing.brightfold.example"
AR_NAME = "Brightfold Billing"

FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date",
          "payment_reference", "dispute_reason", "new_contact_email", "return_date",
          "invoice_numbers"]


def ar_addr(case):
    return "ar+%s@%s" % (case, AR_DOMAIN)


def ar_from(case):
    return "%s <%s>" % (AR_NAME, ar_addr(case))


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, upper=False):
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else \
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(RNG.choice(chars) for _ in range(n))


def boundary(prefix="----=_Part_"):
    return "%s%d_%s" % (prefix, RNG.randint(100000, 999999), rhex(12))


def msgid(kind, domain):
    if kind == "gmail":
        return "<CA%s@mail.gmail.com>" % ralnum(46)
    if kind == "outlook":
        srv = domain  # e.g. SG2PR06MB5283.apcprd06.prod.outlook.com
        return "<%s%s@%s>" % (srv.split(".")[0], ralnum(14, True), srv)
    if kind == "apple":
        h = rhex(32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], domain)
    return "<%s.%s@%s>" % (rhex(16), RNG.randint(1000, 9999), domain)


# ---------------------------------------------------------------- dates
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc_date(y, m, d, hh, mm, ss, off):
    """off like '+0900'."""
    wd = WD_EN[date(y, m, d).weekday()]
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (wd, d, MON_EN[m - 1], y, hh, mm, ss, off)


def local_today(date_header):
    dt = parsedate_to_datetime(date_header)
    return dt.date()


def resolve(today, rule):
    """Recompute a label date from the Date header's local date and a phrase rule."""
    kind = rule[0]
    if kind == "tomorrow":
        return today + timedelta(1)
    if kind == "yesterday":
        return today - timedelta(1)
    if kind == "this_wd":          # "Friday" / "this Friday": coming one, today if same
        return today + timedelta((rule[1] - today.weekday()) % 7)
    if kind == "next_wd":          # weekday in the following Mon-Sun week
        return today + timedelta(7 - today.weekday() + rule[1])
    if kind == "past_wd":          # "on Monday" about a past event: latest on or before today
        return today - timedelta((today.weekday() - rule[1]) % 7)
    if kind == "last_wd":          # "last Friday": latest strictly before today
        back = (today.weekday() - rule[1]) % 7
        return today - timedelta(back or 7)
    if kind == "this_week":        # "this week" -> that week's Friday
        return today + timedelta(4 - today.weekday())
    if kind == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if kind == "named_eom":        # "end of April"
        m = rule[1]
        y = today.year if m >= today.month else today.year + 1
        return date(y, m, calendar.monthrange(y, m)[1])
    if kind == "plus":
        return today + timedelta(rule[1])
    if kind == "by_day":
        d = rule[1]
        if today.day <= d:
            return today.replace(day=d)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, d)
    if kind == "next_month_day":   # "the 10th of next month"
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, rule[1])
    if kind == "dm_past":          # day+month, no year, past event
        d = date(today.year, rule[1], rule[2])
        return d if d <= today else date(today.year - 1, rule[1], rule[2])
    if kind == "dm_future":
        d = date(today.year, rule[1], rule[2])
        return d if d >= today else date(today.year + 1, rule[1], rule[2])
    if kind == "explicit":         # full date written with year (rule[2] says how it was read)
        return date.fromisoformat(rule[1])
    if kind == "be_explicit":      # Thai Buddhist Era year: (kind, be_year, month, day)
        return date(rule[1] - 543, rule[2], rule[3])
    raise ValueError(rule)


def norm_amount(raw, dec):
    """raw token as written -> two-decimal string. dec = decimal separator char or None."""
    s = raw
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        elif dec and ch == dec:
            out.append(".")
    v = "".join(out)
    if "." in v:
        whole, frac = v.split(".")
        frac = (frac + "00")[:2]
    else:
        whole, frac = v, "00"
    return "%d.%s" % (int(whole), frac)


# ---------------------------------------------------------------- MIME helpers
def h(s, charset="utf-8"):
    """RFC 2047 encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset)


def leaf(text, subtype="plain", charset="utf-8", cte="8bit", params="", extra_headers=()):
    """Return a MIME leaf (headers, blank line, payload) as str."""
    b = text.encode(charset)
    if cte == "8bit":
        assert charset.lower() in ("utf-8",), charset
        payload = text
    elif cte == "7bit":
        payload = b.decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(b).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(b).decode("ascii")
    else:
        raise ValueError(cte)
    ct = 'Content-Type: text/%s; charset="%s"%s' % (subtype, charset, params)
    hs = [ct, "Content-Transfer-Encoding: %s" % cte] + list(extra_headers)
    if not payload.endswith("\n"):
        payload += "\n"
    return "\n".join(hs) + "\n\n" + payload


def binpart(ctype, filename, data, disposition="attachment", extra=()):
    payload = base64.encodebytes(data).decode("ascii")
    hs = ['Content-Type: %s; name="%s"' % (ctype, filename),
          'Content-Disposition: %s; filename="%s"' % (disposition, filename),
          "Content-Transfer-Encoding: base64"] + list(extra)
    return "\n".join(hs) + "\n\n" + payload


def rawpart(ctype_line, body, extra=()):
    hs = [ctype_line] + list(extra)
    return "\n".join(hs) + "\n\n" + body + ("" if body.endswith("\n") else "\n")


def multipart(subtype, parts, bnd=None, params=""):
    bnd = bnd or boundary()
    out = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, bnd, params), ""]
    for p in parts:
        out.append("--" + bnd)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + bnd + "--")
    return "\n".join(out) + "\n"


def assemble(headers, body, mime=True):
    lines = ["%s: %s" % (k, v) for k, v in headers]
    if mime:
        lines.append("MIME-Version: 1.0")
    return "\n".join(lines) + "\n" + body


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            b"4 0 obj<</Title(" + t + b")>>endobj\ntrailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n")


def fake_jpg():
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + \
        bytes(RNG.randrange(256) for _ in range(180)) + b"\xff\xd9"


# ---------------------------------------------------------------- our reminders
class Rem:
    """One of our dunning emails (the thing being answered)."""

    def __init__(self, case, to_name, customer, invs, cur, days, sent, n=1, to_email=None):
        # invs: list of (number, due ISO, amount string as shown)
        self.case, self.to_name, self.customer = case, to_name, customer
        self.invs, self.cur, self.days, self.n = invs, cur, days, n
        self.sent = sent  # (y, m, d, hh, mm) in UTC
        self.to_email = to_email
        y, m, d, hh, mm = sent
        self.dt = datetime(y, m, d, hh, mm, tzinfo=timezone.utc)
        self.msgid = "<%s.r%d.%04d%02d%02dT%02d%02d00Z@%s>" % (case, n, y, m, d, hh, mm, AR_DOMAIN)
        self.date_hdr = rfc_date(y, m, d, hh, mm, 0, "+0000")
        self.total = invs[0][2] if len(invs) == 1 else None

    def subject(self):
        if len(self.invs) == 1:
            no, _, amt = self.invs[0]
            word = {1: "Payment reminder", 2: "Second reminder", 3: "Final notice"}[self.n]
            return "%s: invoice %s is %d days overdue (%s %s)" % (word, no, self.days, self.cur, amt)
        word = {1: "Statement reminder", 2: "Second reminder", 3: "Final notice"}[self.n]
        return "%s: %d invoices overdue for %s" % (word, len(self.invs), self.customer)

    def text(self, total=None):
        lines = ["Dear %s," % self.to_name, ""]
        if len(self.invs) == 1:
            lines.append("Our records show that invoice %s for %s is now %d days" % (
                self.invs[0][0], self.customer, self.days))
            lines.append("past due.")
        else:
            lines.append("Our records show the following invoices for %s are past due." % self.customer)
        lines += ["", "  Invoice      Due date      Amount"]
        for no, due, amt in self.invs:
            lines.append("  %-11s  %s    %s %s" % (no, due, self.cur, amt))
        if total is None:
            total = self.invs[0][2]
        lines += ["", "Total overdue: %s %s" % (self.cur, total), "",
                  "You can pay online at https://pay.brightfold.example/c/%s or by bank" % self.case,
                  "transfer using the remittance details on the invoice. If you have already",
                  "paid, please reply with the payment date and reference so we can match",
                  "it. If anything on the invoice looks wrong, just reply and tell us.", "",
                  "Kind regards,", "", AR_NAME,
                  "Accounts Receivable | %s" % CO_LEGAL, "Case %s" % self.case]
        return "\n".join(lines) + "\n"


def q_gt(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.rstrip("\n").split("\n")) + "\n"


def reply_headers(rem, date_hdr, from_, mid, subject, extra=(), to=None):
    hs = [("Date", date_hdr), ("From", from_),
          ("To", to or addr(AR_NAME, ar_addr(rem.case))),
          ("Subject", h(subject)), ("Message-ID", mid),
          ("In-Reply-To", rem.msgid), ("References", rem.msgid)]
    return hs + list(extra)


def outlook_block(labels, rem, sent_str, to_str=None):
    """Outlook-style quoted header block in the given language labels (from, sent, to, subject)."""
    f, s, t, sub = labels
    to_str = to_str or rem.to_email or rem.to_name
    return ("%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n" % (
        f, AR_NAME, ar_addr(rem.case), s, sent_str, t, to_str, sub, rem.subject()))


OL = {
    "en": ("From", "Sent", "To", "Subject"),
    "ja": ("差出人", "送信日時", "宛先", "件名"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"),
    "zh": ("发件人", "发送时间", "收件人", "主题"),
    "tw": ("寄件者", "寄件日期", "收件者", "主旨"),
    "vi": ("Từ", "Đã gửi", "Đến", "Chủ đề"),
    "th": ("จาก", "ส่ง", "ถึง", "เรื่อง"),
    "id": ("Dari", "Dikirim", "Kepada", "Perihal"),
}

SEP = "________________________________"


def item(key, locale, fmt, eml, intent, invs, note, dates=None, amounts=None,
         injection=False, **fields):
    lab = {f: None for f in FIELDS}
    lab["intent"] = intent
    lab["invoice_numbers"] = list(invs)
    for k, v in fields.items():
        assert k in lab, k
        lab[k] = v
    return {"key": key, "locale": locale, "fmt": fmt, "eml": eml, "lab": lab,
            "note": note, "dates": dates or {}, "amounts": amounts or {},
            "injection": injection}
