#!/usr/bin/env python3
"""Blind triage test set 'hq': a commercial laundry & linen-rental company
(Hollyrood Linen & Laundry) dunning hotels, restaurants and care homes.
Deterministic, stdlib only. Writes emails.jsonl, labels.jsonl, README.md."""
import calendar, json, random, os, collections
from datetime import datetime, date, timedelta, timezone
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 226
AR_NAME = "Hollyrood Linen Accounts"
AR_DOM = "ar.hollyroodlinen.example"

INTENT = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request",
          "B": "billing_update", "W": "wrong_contact", "O": "out_of_office", "L": "payment_plan_request",
          "G": "legal_or_insolvency", "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
CUR = {"en-GB": "GBP", "en-CA": "CAD", "es-ES": "EUR", "es-PE": "PEN", "fr-FR": "EUR", "de-DE": "EUR",
       "pt-PT": "EUR", "it-IT": "EUR", "nl-NL": "EUR", "sv-SE": "SEK", "nb-NO": "NOK", "pl-PL": "PLN",
       "uk-UA": "UAH", "ja-JP": "JPY", "zh-CN": "CNY", "ar-SA": "SAR"}
PREFIX = {"en-GB": "RE:", "en-CA": "Re:", "es-ES": "RE:", "es-PE": "Re:", "fr-FR": "RE :", "de-DE": "AW:",
          "pt-PT": "RE:", "it-IT": "R:", "nl-NL": "Antw:", "sv-SE": "SV:", "nb-NO": "SV:", "pl-PL": "Odp:",
          "uk-UA": "Відп:", "ja-JP": "RE:", "zh-CN": "回复：", "ar-SA": "رد:"}


# ---------------------------------------------------------------- date rules
def local_today(date_header):
    return parsedate_to_datetime(date_header).date()   # in the header's own offset


def resolve(rule, today):
    """rule: tuple describing how a phrase resolves against today (contract conventions)."""
    k = rule[0]
    if k == "abs":
        return date.fromisoformat(rule[1])
    if k == "tomorrow":
        return today + timedelta(1)
    if k == "yesterday":
        return today - timedelta(1)
    if k == "plus":
        return today + timedelta(rule[1])
    if k == "wd":          # "Friday"/"this Friday": coming one, today if today
        return today + timedelta((rule[1] - today.weekday()) % 7)
    if k == "next":        # "next Friday": that weekday in the following Mon-Sun week
        return today + timedelta(7 - today.weekday() + rule[1])
    if k == "lastwd":      # past "on Monday": latest such weekday before today
        d = (today.weekday() - rule[1]) % 7
        return today - timedelta(d if d else 7)
    if k == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "eonm":        # end of a named month (next occurrence)
        y = today.year + (1 if rule[1] < today.month else 0)
        return date(y, rule[1], calendar.monthrange(y, rule[1])[1])
    if k == "by":          # "by the 15th": next such day on or after today
        if today.day <= rule[1]:
            return today.replace(day=rule[1])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, rule[1])
    if k == "week":        # "this week" -> that week's Friday
        return today + timedelta(4 - today.weekday())
    if k == "nextweek":    # "next week" (deadline) -> Friday of the following week
        return today + timedelta(7 - today.weekday() + 4)
    if k == "kw":          # ISO week number -> Friday of that week
        y = today.year if rule[1] >= today.isocalendar()[1] - 26 else today.year + 1
        return date.fromisocalendar(y, rule[1], 5)
    if k == "firstweek":   # "first week of <month>" -> the 7th
        y = today.year + (1 if rule[1] < today.month else 0)
        return date(y, rule[1], 7)
    if k == "past_dm":     # day+month, past event: latest on/before today
        d = date(today.year, rule[2], rule[1])
        return d if d <= today else date(today.year - 1, rule[2], rule[1])
    if k == "fut_dm":      # day+month, future event: next on/after today
        d = date(today.year, rule[2], rule[1])
        return d if d >= today else date(today.year + 1, rule[2], rule[1])
    raise ValueError(rule)


def hdr_date(spec):
    """spec 'YYYY-MM-DD HH:MM +HHMM' -> RFC 822 Date with correct weekday."""
    d, t, off = spec.split()
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    dt = datetime.fromisoformat(d + "T" + t).replace(tzinfo=tz)
    return format_datetime(dt)


# ------------------------------------------------------------ dunning quote
def money(cur, amt):
    a = "{:,.2f}".format(float(amt))
    return "%s %s" % (cur, a)


def dunning_text(it):
    lines = ["Dear %s," % it["contact"], "",
             "Our records show that the following linen-rental and laundry invoices for",
             "%s are now past due:" % it["org"], "",
             "  Invoice     Due date     Amount"]
    tot = 0.0
    for n, amt, due in it["dun"]:
        lines.append("  %-10s  %s   %s" % (n, due, money(it["cur"], amt)))
        tot += float(amt)
    lines += ["", "Total overdue: %s" % money(it["cur"], "%.2f" % tot), "",
              "You can pay at https://pay.hollyroodlinen.example/c/%s or by bank transfer" % it["case"],
              "using the details on the invoice. If you have already paid, please reply",
              "with the payment date and reference so we can match it. If anything on an",
              "invoice looks wrong, reply and tell us.", "",
              "Kind regards,", "Accounts Receivable", "Hollyrood Linen & Laundry Services",
              "+1 555 0187"]
    return "\n".join(lines)


def dun_subject(it):
    nums = [d[0] for d in it["dun"]]
    tot = sum(float(d[1]) for d in it["dun"])
    if len(nums) == 1:
        return "Payment reminder: invoice %s is overdue (%s)" % (nums[0], money(it["cur"], "%.2f" % tot))
    return "Payment reminder: %d invoices overdue (%s)" % (len(nums), money(it["cur"], "%.2f" % tot))


QHDR = {
    "en-GB": "On {d}, {n} <{a}> wrote:", "en-CA": "On {d}, {n} <{a}> wrote:",
    "es-ES": "El {d}, {n} (<{a}>) escribió:", "es-PE": "El {d}, {n} <{a}> escribió:",
    "fr-FR": "Le {d}, {n} <{a}> a écrit :", "de-DE": "Am {d} schrieb {n} <{a}>:",
    "pt-PT": "No dia {d}, {n} <{a}> escreveu:", "it-IT": "Il giorno {d} {n} <{a}> ha scritto:",
    "nl-NL": "Op {d} schreef {n} <{a}>:", "sv-SE": "Den {d} skrev {n} <{a}>:",
    "nb-NO": "{d} skrev {n} <{a}>:", "pl-PL": "W dniu {d} {n} <{a}> napisał(a):",
    "uk-UA": "{d} {n} <{a}> пише:", "ja-JP": "{d} {n} <{a}>:",
    "zh-CN": "在 {d}，{n} <{a}> 写道：", "ar-SA": "في {d}، كتب {n} <{a}>:",
}


def quoted(it):
    style = it.get("quote", "gmail")
    if style == "none":
        return ""
    dd = it["dun_dt"]
    if style == "outlook":
        return ("\n\n-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
                % (AR_NAME, it["ar_addr"], dd.strftime("%d %B %Y %H:%M"), it["frm"][1],
                   dun_subject(it), dunning_text(it)))
    if style == "top":  # Outlook localized header-less bar
        return "\n\n________________________________\n" + dunning_text(it) + "\n"
    h = QHDR[it["loc"]].format(d=dd.strftime("%Y-%m-%d %H:%M"), n=AR_NAME, a=it["ar_addr"])
    return "\n\n" + h + "\n" + "\n".join(("> " + l) if l else ">" for l in dunning_text(it).split("\n")) + "\n"


def html_of(text):
    import html
    parts = []
    for para in text.split("\n\n"):
        parts.append("<p>" + "<br>\n".join(html.escape(l) for l in para.split("\n")) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,sans-serif\">\n"
            + "\n".join(parts) + "\n</body></html>\n")


# ------------------------------------------------------------ builders
def base_headers(msg, it):
    msg["Date"] = it["date_hdr"]
    msg["From"] = "%s <%s>" % it["frm"]
    msg["To"] = "%s <%s>" % (AR_NAME, it["ar_addr"])
    msg["Subject"] = it.get("subject") or ("%s %s" % (PREFIX[it["loc"]], dun_subject(it)))
    msg["Message-ID"] = "<%s@%s>" % (it["mid"], it["frm"][1].split("@")[1])
    if not it.get("no_reply_hdrs"):
        msg["In-Reply-To"] = it["dun_mid"]
        msg["References"] = it["dun_mid"]
    for k, v in it.get("extra_hdrs", []):
        msg[k] = v


def build_reply(it):
    msg = EmailMessage(policy=policy.default)
    base_headers(msg, it)
    text = it["body"].strip("\n") + "\n" + quoted(it)
    fmt = it.get("fmt", "plain")
    cs = it.get("cs", "utf-8")
    cte = it.get("cte")
    if fmt == "plain":
        kw = {"charset": cs}
        if cte:
            kw["cte"] = cte
        msg.set_content(text, **kw)
    elif fmt == "html":
        msg.set_content(html_of(text), subtype="html", charset=cs, **({"cte": cte} if cte else {}))
    elif fmt == "alt":
        msg.set_content(text, charset=cs, **({"cte": cte} if cte else {}))
        msg.add_alternative(html_of(text), subtype="html", charset=cs)
    elif fmt == "att":
        msg.set_content(text, charset=cs, **({"cte": cte} if cte else {}))
        msg.add_attachment(b"%PDF-1.4\n% remittance advice (test fixture)\n%%EOF\n", maintype="application",
                           subtype="pdf", filename=it.get("att_name", "remittance.pdf"))
    if msg.is_multipart():
        msg.set_boundary("=_hq_%s" % it["mid"].split(".")[0])   # deterministic
    s = msg.as_bytes().decode("utf-8")   # keeps 8bit UTF-8 bodies raw
    if it.get("crlf"):
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s


def build_bounce(it):
    kind = it["bounce"]
    orig = EmailMessage(policy=policy.default)
    orig["Date"] = format_datetime(it["dun_dt"])
    orig["From"] = "%s <%s>" % (AR_NAME, it["ar_addr"])
    orig["To"] = "%s <%s>" % it["frm"]
    orig["Subject"] = dun_subject(it)
    orig["Message-ID"] = it["dun_mid"]
    orig.set_content(dunning_text(it))
    rcpt = it["frm"][1]
    if kind == "qmail":
        s = ("Return-Path: <>\nDate: %s\nFrom: MAILER-DAEMON@%s\nTo: %s\nSubject: failure notice\n"
             "Message-ID: <%s@%s>\n\n"
             "Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message "
             "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
             "<%s>:\n%s\n\n--- Below this line is a copy of the message.\n\n%s"
             % (it["date_hdr"], it["mta"], it["ar_addr"], it["mid"], it["mta"], it["mta"], rcpt, it["diag"], orig.as_string()))
        return s
    if kind == "plain_ndr":   # localized plain-text NDR without MIME report
        msg = EmailMessage(policy=policy.default)
        msg["Date"] = it["date_hdr"]
        msg["From"] = it["ndr_from"]
        msg["To"] = it["ar_addr"]
        msg["Subject"] = it["ndr_subject"] + " " + dun_subject(it)
        msg["Message-ID"] = "<%s@%s>" % (it["mid"], it["mta"])
        msg["Auto-Submitted"] = "auto-replied"
        msg.set_content(it["body"] + "\n\n------ Original message headers ------\n"
                        + "".join("%s: %s\n" % (k, v) for k, v in orig.items()), charset="utf-8")
        return msg.as_string()
    # multipart/report (RFC 3464), written by hand
    import base64
    bnd = "----=_NDR_%s" % it["mid"].split(".")[0]
    hdr = [("MIME-Version", "1.0"), ("Date", it["date_hdr"]),
           ("From", it.get("ndr_from", "Mail Delivery System <MAILER-DAEMON@%s>" % it["mta"])),
           ("To", it["ar_addr"]), ("Subject", it.get("ndr_subject", "Undelivered Mail Returned to Sender")),
           ("Message-ID", "<%s@%s>" % (it["mid"], it["mta"])), ("Auto-Submitted", "auto-replied"),
           ("Content-Type", 'multipart/report; report-type=delivery-status;\n boundary="%s"' % bnd)]
    from email.header import Header
    out = []
    for k, v in hdr:
        if any(ord(c) > 127 for c in v):
            v = Header(v, "utf-8").encode()
        out.append("%s: %s" % (k, v))
    out.append("")
    out.append("This is a MIME-encapsulated message.")
    out.append("")
    out.append("--" + bnd)
    out.append('Content-Type: text/plain; charset="utf-8"')
    out.append("Content-Transfer-Encoding: base64")
    out.append("")
    b64 = base64.encodebytes(it["body"].encode("utf-8")).decode("ascii").rstrip("\n")
    out.append(b64)
    out.append("")
    out.append("--" + bnd)
    out.append("Content-Type: message/delivery-status")
    out.append("")
    out.append("Reporting-MTA: dns; %s" % it["mta"])
    out.append("Arrival-Date: %s" % format_datetime(it["dun_dt"]))
    out.append("")
    out.append("Final-Recipient: rfc822; %s" % rcpt)
    out.append("Original-Recipient: rfc822;%s" % rcpt)
    out.append("Action: failed")
    out.append("Status: %s" % it["status"])
    out.append("Diagnostic-Code: smtp; %s" % it["diag"])
    out.append("")
    out.append("--" + bnd)
    if kind == "dsn_headers":
        out.append("Content-Type: text/rfc822-headers")
        out.append("")
        out.append("".join("%s: %s\n" % (k, v) for k, v in orig.items()).rstrip("\n"))
    else:
        out.append("Content-Type: message/rfc822")
        out.append("Content-Disposition: inline")
        out.append("")
        out.append(orig.as_string().rstrip("\n"))
    out.append("")
    out.append("--" + bnd + "--")
    s = "\n".join(out) + "\n"
    if it.get("crlf"):
        s = s.replace("\n", "\r\n")
    return s


# ------------------------------------------------------------ items
ITEMS = []


def add(**kw):
    ITEMS.append(kw)


exec(open(os.path.join(HERE, "items1.py"), encoding="utf-8").read())
for extra in ("items2.py", "items3.py", "items4.py"):
    p = os.path.join(HERE, extra)
    if os.path.exists(p):
        exec(open(p, encoding="utf-8").read())

FIELDS = ["promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date"]


def prepare(it, idx):
    it.setdefault("cur", CUR[it["loc"]])
    it["case"] = "L%d" % (3100 + idx * 7)
    it["ar_addr"] = "collections+%s@%s" % (it["case"], AR_DOM)
    it["date_hdr"] = hdr_date(it["date"])
    today = local_today(it["date_hdr"])
    dun_dt = datetime.combine(today - timedelta(days=it.get("dun_ago", 4)), datetime.min.time()).replace(
        hour=8, tzinfo=timezone.utc)
    it["dun_dt"] = dun_dt
    it["dun_mid"] = "<%s.r2.%s@%s>" % (it["case"], dun_dt.strftime("%Y%m%dT%H%M%SZ"), AR_DOM)
    it["mid"] = "%08x.%d.hq" % (random.Random(idx).getrandbits(32), idx)
    it.setdefault("contact", it["frm"][0].split()[0])
    lab = {"intent": INTENT[it["k"]]}
    for f in FIELDS:
        v = it.get(f)
        if isinstance(v, tuple):
            v = resolve(v, today).isoformat()
        lab[f] = v
    if lab["promised_amount"] and not lab["currency"]:
        lab["currency"] = it["cur"]
    lab["invoice_numbers"] = it.get("inv", [d[0] for d in it["dun"]])
    return lab


def main():
    rnd = random.Random(SEED)
    order = list(range(len(ITEMS)))
    rnd.shuffle(order)
    emails, labels = [], []
    for pos, i in enumerate(order):
        it = ITEMS[i]
        lab = prepare(it, i)
        eml = build_bounce(it) if it.get("bounce") else build_reply(it)
        hid = "hq%02d" % (pos + 1)
        emails.append({"id": hid, "eml": eml})
        out = {"id": hid}
        out.update(lab)
        out["note"] = "[%s, %s] %s" % (it["k"], it["loc"], it["note"])
        if it.get("injection"):
            out["injection"] = True
        labels.append(out)
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    write_readme(labels)
    print("wrote", len(emails), "messages")


def write_readme(labels):
    ci = collections.Counter(l["intent"] for l in labels)
    cl = collections.Counter(l["note"].split("]")[0].split(", ")[1] for l in labels)
    inj = sum(1 for l in labels if l.get("injection"))
    r = ["# Blind triage test set `hq` (blind226)", "",
         "Theme: **Hollyrood Linen & Laundry Services**, a commercial laundry and linen-rental company, dunning",
         "hotels, restaurants and care homes. Every message replies to, auto-answers or bounces a reminder from",
         "`%s <collections+CASEID@%s>` (case id in the To address; reminder Message-ID like" % (AR_NAME, AR_DOM),
         "`<L3107.r2.20261102T080000Z@%s>`). All names, domains (`*.example`) and phones (555) are made up." % AR_DOM,
         "", "## Files", "", "| file | lines | content |", "|---|---|---|",
         "| `emails.jsonl` | %d | `{\"id\", \"eml\"}` whole RFC 822 message |" % len(labels),
         "| `labels.jsonl` | %d | contract label fields + `note` (`[KEY, locale] ...`), `injection: true` on prompt-injection items |" % len(labels),
         "| `build.py` (+ `items*.py`) | | deterministic generator (seed %d), stdlib only |" % SEED,
         "| `check.py` | | re-verifies labels (dates recomputed from each Date header, amounts/ids present in text) |",
         "", "## Label conventions", "",
         "- Contract `triage.md` wins; public-sample conventions followed: null unless stated; amounts as",
         "  two-decimal strings without thousands separators (JPY too: `\"148500.00\"`); currency ISO 4217 from the",
         "  symbol/thread (S/ = PEN, kr in a Swedish thread = SEK, in a Norwegian thread = NOK, zł = PLN, грн = UAH,",
         "  円/¥ in a Japanese thread = JPY, 元/¥ in a Chinese thread = CNY, ر.س/ريال = SAR); currency null when amount null.",
         "- Priority order of the contract for two-statement mails; lower-priority fields still filled.",
         "- `promised_amount` = amount promised / amount paid (paid_claim) / first instalment or full amount of a",
         "  single extension (payment_plan_request).",
         "- `new_contact_email` filled for any address given as the one to write to instead (wrong contact,",
         "  deputy in an away message, counsel/administrator in a legal notice).",
         "- `invoice_numbers` normalised to `INV-NNNN`; from the customer's own text, else Subject, else quoted/returned",
         "  reminder (bounces: returned message/headers). Compare as a set.",
         "- Dates: today = calendar date of the Date header in its own offset; weeks Mon-Sun; 'this week'/'KW n'",
         "  = that week's Friday; 'first week of <month>' = the 7th; day+month without year = Date's year",
         "  (latest on/before Date for a past event, next on/after for a future one).",
         "- `payment_reference` as written, without a leading `#`.", "",
         "## Counts", "", "| intent | n |", "|---|---|"]
    r += ["| `%s` | %d |" % (k, v) for k, v in sorted(ci.items(), key=lambda x: -x[1])]
    r += ["", "| locale | n |", "|---|---|"]
    r += ["| %s | %d |" % (k, v) for k, v in sorted(cl.items())]
    r += ["", "Prompt-injection items: %d (label = what the human text says)." % inj, "",
          "## Deliberately hard", "",
          "- Many relative dates in 16 locales ('next Friday', 'fin du mois', 'übermorgen', 'vecka 49', 'до кінця місяця',",
          "  '下周五', '上周五', '今週金曜日', 'في نهاية الشهر', 'w przyszły wtorek', 'nästa måndag', 'i går', 'za dwa tygodnie',",
          "  '12月第一周'...), time-zone edge cases (late evening in negative offsets, early morning in +0900),",
          "  'by the 10th' after the 10th (rolls into January 2027), an away message over New Year, '6/11' read European.",
          "- Two-statement messages (dispute + promise, legal + quality dispute + counsel's address, OOO naming a deputy,",
          "  paid + receipt request, promise + new contact address), and dates that are not payment dates (a delivery",
          "  date, court/administration dates, a meeting 'giovedì', a callback 'amanhã', an arrival estimate",
          "  'Ende der Woche', 'bis einschließlich 04.12.' next to the real return date).",
          "- Charsets: UTF-8 QP/base64/8bit (about ten bodies are raw 8-bit UTF-8: parse as bytes), ISO-8859-1/-2/-15,",
          "  windows-1252, KOI8-U, windows-1256, ISO-2022-JP,",
          "  GB18030; HTML-only and multipart/alternative bodies; PDF attachments; CRLF line endings.",
          "- Bounces: RFC 3464 multipart/report with message/rfc822 or text/rfc822-headers, qmail plain text,",
          "  localized Exchange-style plain NDR. Auto-replies flagged by Auto-Submitted / X-Autoreply / Precedence,",
          "  one with a plain `Re:` subject.",
          "- Invoice numbers written bare or with local words ('Rechnung 5203', 'factura n.º 5330', '請求書番号7004',",
          "  'фактура'/'рахунок 5290'), subject without numbers (multi-invoice reminders) so ids come from the quote or",
          "  the returned message, an OOO with none at all (`[]`), a duplicate dispute naming the original invoice too;",
          "  numbers that are not invoices (PO-77120, a Portuguese NIF, payment instruction N 1187, bank trace numbers).",
          "- Boundary labels: dispute 'missing_po' (invoice contested, no PO given) vs billing_update (PO supplied);",
          "  document_request for delivery notes while voicing a doubt; a legal mail with a quality complaint;",
          "  a pure injection with no human statement (`other`); an auto-reply whose subject is a plain 'SV:'.", ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(r))


if __name__ == "__main__":
    main()
