"""Shared helpers for blind set 376 (standard library only)."""
import base64
import calendar
import quopri
import random
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

RNG = random.Random(376)

CO = "Kestrel Electronic Components Pte. Ltd."
CO_SHORT = "Kestrel Electronic Components"
DOM = "billing.kestrelec.example"

ITEMS = []

# ---------------------------------------------------------------- dates
def this_weekday(t, wd):
    return t + timedelta((wd - t.weekday()) % 7)

def next_weekday(t, wd):
    return t + timedelta(7 - t.weekday() + wd)

def last_weekday(t, wd):          # most recent such weekday strictly before today
    d = (t.weekday() - wd) % 7
    return t - timedelta(d or 7)

def prev_week_weekday(t, wd):     # "last Friday" = that weekday in the previous Mon-Sun week
    return t - timedelta(t.weekday() + 7 - wd)

def end_of_month(t):
    return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])

def by_the(t, day):
    if t.day <= day:
        return t.replace(day=day)
    y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    return date(y, m, day)

def resolve(t, rule, args):
    if rule == "explicit":
        return date(*args)
    if rule == "plus_days":
        return t + timedelta(days=args[0])
    if rule == "this_weekday":
        return this_weekday(t, args[0])
    if rule == "next_weekday":
        return next_weekday(t, args[0])
    if rule == "last_weekday":
        return last_weekday(t, args[0])
    if rule == "prev_week_weekday":
        return prev_week_weekday(t, args[0])
    if rule == "end_of_month":
        return end_of_month(t)
    if rule == "end_of_named_month":
        return date(t.year, args[0], calendar.monthrange(t.year, args[0])[1])
    if rule == "by_the":
        return by_the(t, args[0])
    if rule == "this_week":
        return this_weekday(t, 4)
    if rule == "first_week_of":
        return date(t.year, args[0], 7)
    if rule == "daymonth_future":
        d = date(t.year, args[1], args[0])
        return d if d >= t else date(t.year + 1, args[1], args[0])
    if rule == "daymonth_past":
        d = date(t.year, args[1], args[0])
        return d if d <= t else date(t.year - 1, args[1], args[0])
    raise ValueError(rule)

def local_today(date_header):
    return parsedate_to_datetime(date_header).date()

# ---------------------------------------------------------------- amounts
DIGITS = {}
for base in (0x09E6, 0x0966, 0x0E50):   # Bengali, Devanagari, Thai digits
    for i in range(10):
        DIGITS[chr(base + i)] = str(i)

def parse_amount(raw, style):
    """style 'dot' = '.' decimal (1,234.56 / 1,23,456.00 / 1 234.56);
    'comma' = ',' decimal ('.' or space grouping: 215.400.000 / 1.234,50)."""
    s = "".join(DIGITS.get(c, c) for c in raw)
    s = "".join(c for c in s if c.isdigit() or c in ".,")
    s = s.strip(".,")
    if style == "comma":
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    if s.count(".") > 1:
        raise ValueError(raw)
    whole, _, frac = s.partition(".")
    frac = (frac + "00")[:2]
    return "%d.%s" % (int(whole), frac)

# ---------------------------------------------------------------- encodings
def b64body(b):
    s = base64.b64encode(b).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))

def qpbody(text, cs):
    return quopri.encodestring(text.encode(cs)).decode("ascii")

def ew(s, cs="utf-8", mode="B"):
    """RFC 2047 encoded words, split on character boundaries."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode(cs)) > 42:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(cs)
        if mode == "B":
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            q = "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else ("_" if x == 32 else "=%02X" % x) for x in b)
            out.append("=?%s?Q?%s?=" % (cs, q))
    return "\n ".join(out)

def addr(name, email, cs="utf-8", mode="B"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ",.()"):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, cs, mode), email)

def rhex(n, chars="0123456789ABCDEF"):
    return "".join(RNG.choice(chars) for _ in range(n))

def ralnum(n):
    return rhex(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

def boundary(kind="plain"):
    if kind == "outlook":
        return "_000_" + rhex(40) + "_"
    if kind == "gmail":
        return "000000000000" + rhex(16, "0123456789abcdef")
    if kind == "apple":
        return "Apple-Mail=_" + "-".join([rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)])
    return "----=_Part_" + rhex(6, "0123456789") + "_" + rhex(9, "0123456789") + "." + rhex(13, "0123456789")

def mid(style, domain):
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % ralnum(44)
    if style == "outlook":
        srv = domain
        return "<%s@%s>" % (rhex(40), srv)
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), domain)
    return "<%s.%s@%s>" % (rhex(14, "0123456789"), ralnum(8), domain)

# ---------------------------------------------------------------- parts
def text_part(text, ctype="text/plain", cs="utf-8", cte="8bit", extra="", fmt_flowed=False):
    params = '; charset="%s"' % cs
    if fmt_flowed:
        params += "; format=flowed"
    if cte == "8bit" or cte == "7bit":
        body = text
        if cs.lower() == "iso-2022-jp":
            body = text.encode(cs).decode("ascii")
    elif cte == "quoted-printable":
        body = qpbody(text, cs)
    elif cte == "base64":
        body = b64body(text.encode(cs))
    else:
        raise ValueError(cte)
    h = "Content-Type: %s%s\nContent-Transfer-Encoding: %s\n%s" % (ctype, params, cte, extra)
    return h + "\n" + body.rstrip("\n") + "\n"

def bin_part(data, ctype, filename, disp="attachment"):
    return ("Content-Type: %s; name=\"%s\"\nContent-Disposition: %s; filename=\"%s\"\n"
            "Content-Transfer-Encoding: base64\n\n%s\n" % (ctype, filename, disp, filename, b64body(data)))

def multipart(sub, parts, kind="plain", preamble=""):
    b = boundary(kind)
    out = 'Content-Type: multipart/%s; boundary="%s"\n\n' % (sub, b)
    if preamble:
        out += preamble + "\n"
    for p in parts:
        out += "--%s\n%s\n" % (b, p.rstrip("\n"))
    out += "--%s--\n" % b
    return out

def fake_pdf(title):
    body = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            "4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 72 760 Td (" + title + ") Tj ET\nendstream endobj\n"
            "trailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1") + bytes(RNG.randrange(256) for _ in range(96))

def message(headers, body):
    """headers: list of (name, value); body: rendered part (its own Content-* headers first)."""
    h = "".join("%s: %s\n" % (k, v) for k, v in headers if v is not None)
    return h + "MIME-Version: 1.0\n" + body

# ---------------------------------------------------------------- our reminder
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ZERO_DEC = {"JPY", "KRW", "VND", "IDR"}

def fmt_amt(v, cur):
    if cur in ZERO_DEC:
        return "{:,.0f}".format(v)
    return "{:,.2f}".format(v)

class Reminder:
    """One of our dunning e-mails (English, sent from Singapore, +0800)."""
    def __init__(self, case, company, contact, to, invs, cur, sent, level=1):
        self.case, self.company, self.contact, self.to = case, company, contact, to
        self.invs, self.cur, self.level = invs, cur, level
        self.sent = sent  # datetime aware
        utc = sent.astimezone(timezone.utc)
        self.mid = "<%s.r%d.%s@%s>" % (case, level, utc.strftime("%Y%m%dT%H%M%SZ"), DOM)
        self.addr = "ar+%s@%s" % (case, DOM)
        self.from_ = "Kestrel Billing <%s>" % self.addr
        total = sum(a for _, _, a in invs)
        self.total = "%s %s" % (cur, fmt_amt(total, cur))
        if len(invs) == 1:
            n, due, _ = invs[0]
            days = (sent.date() - due).days
            pre = {1: "Reminder", 2: "Second reminder", 3: "Final notice"}[level]
            self.subject = "%s: invoice %s is %d days overdue (%s)" % (pre, n, days, self.total)
        else:
            pre = {1: "Reminder", 2: "Second notice", 3: "Final notice"}[level]
            self.subject = "%s: %d invoices past due (%s)" % (pre, len(invs), self.total)
        rows = "\n".join("  %-10s  %s    %s %s" % (n, d.isoformat(), cur, fmt_amt(a, cur)) for n, d, a in invs)
        lead = {1: "Our records show that the following invoice%s for %s %s past due.",
                2: "We have not yet received payment for the following invoice%s for %s, which %s now past due.",
                3: "Despite earlier reminders, the following invoice%s for %s %s still unpaid."}[self.level]
        many = len(invs) > 1
        lead = lead % ("s" if many else "", company, ("are" if many else "is") if level != 2 else ("are" if many else "is"))
        self.body = (
            "Dear %s,\n\n%s\n\n  Invoice     Due date      Amount\n%s\n\nTotal overdue: %s\n\n"
            "You can pay online at https://pay.kestrelec.example/c/%s or by bank transfer using the\n"
            "remittance details printed on the invoice. If you have already paid, please reply with\n"
            "the payment date and bank reference so we can match it. If anything on the invoice looks\n"
            "wrong, simply reply to this e-mail and tell us.\n\nThank you,\n\n"
            "Kestrel Billing\nAccounts Receivable | %s\n8 Ubi Road 2, #05-11, Singapore 408538 | +65 6555 0142\n"
        ) % (contact, lead, rows, self.total, case, CO)

    def eml(self):
        return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n\n%s"
                % (self.from_, self.to, self.subject, self.sent.strftime("%a, %d %b %Y %H:%M:%S %z"), self.mid, self.body))

    def reply_headers(self):
        return [("In-Reply-To", self.mid), ("References", self.mid)]


def SGT(y, m, d, hh=9, mm=0):
    return datetime(y, m, d, hh, mm, 0, tzinfo=timezone(timedelta(hours=8)))

# ---------------------------------------------------------------- quoting styles
def gt(lines):
    return "\n".join((">" + (" " + l if l else "")) for l in lines.rstrip("\n").split("\n"))

def q_gmail(rem, head):
    """head: localized attribution line (already formatted)."""
    return head + "\n\n" + gt(rem.body) + "\n"

def q_outlook(rem, labels, sent_str, to_str, sep="________________________________"):
    f, s, t, sub = labels
    return "%s\n%s %s\n%s %s\n%s %s\n%s %s\n\n%s" % (sep, f, rem.from_, s, sent_str, t, to_str, sub, rem.subject, rem.body)

def local(rem, hours):
    return rem.sent.astimezone(timezone(timedelta(hours=hours)))

# ---------------------------------------------------------------- registry
def add(key, loc, intent, fmt, eml, note, inv, promised=None, paid=None, ret=None, amount=None,
        ref=None, reason=None, contact=None, injection=False, tz_note=None):
    """promised/paid/ret: (rule, args, phrase). amount: (raw, style, currency)."""
    n = len(ITEMS) + 1
    iid = "hw%02d" % n
    dh = None
    for line in eml.split("\n"):
        if line.startswith("Date: "):
            dh = line[6:].strip()
            break
    today = local_today(dh)
    lab = {"id": iid, "intent": intent, "promised_date": None, "promised_amount": None, "currency": None,
           "paid_date": None, "payment_reference": ref, "dispute_reason": reason, "new_contact_email": contact,
           "return_date": None, "invoice_numbers": inv}
    prov = {"id": iid, "key": key, "locale": loc, "format": fmt, "date_header": dh, "dates": [], "amount": None}
    for field, spec in (("promised_date", promised), ("paid_date", paid), ("return_date", ret)):
        if spec:
            rule, args, phrase = spec
            lab[field] = resolve(today, rule, list(args)).isoformat()
            prov["dates"].append({"field": field, "rule": rule, "args": list(args), "phrase": phrase})
    if amount:
        raw, style, cur = amount
        lab["promised_amount"] = parse_amount(raw, style)
        lab["currency"] = cur
        prov["amount"] = {"raw": raw, "style": style, "currency": cur}
    lab["note"] = "[%s, %s] %s" % (key, loc, note)
    if injection:
        lab["injection"] = True
    ITEMS.append({"id": iid, "eml": eml, "label": lab, "prov": prov, "fmt": fmt, "key": key, "loc": loc,
                  "short": note.split(". ")[0][:90]})
    return iid
