#!/usr/bin/env python3
"""Blind triage test set "jc": an event catering and venue-hire company
(Saffron & Slate Events) dunning corporate clients, wedding planners and agencies.
Deterministic, stdlib only. Writes emails.jsonl, labels.jsonl, check_rules.json, README.md."""
import base64, calendar, html, json, os, quopri, random
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 219
PREFIX = "jc"
AR = "ar.saffronslate.example"
CO = "Saffron & Slate Events"
FROM_AR = ("Saffron & Slate Accounts", None)

LABEL_FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date",
                "payment_reference", "dispute_reason", "new_contact_email", "return_date",
                "invoice_numbers"]

# ---------------------------------------------------------------- date rules
def this_wd(t, wd): return t + timedelta((wd - t.weekday()) % 7)
def next_wd(t, wd): return t + timedelta(7 - t.weekday() + wd)
def eom(t): return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
def by_day(t, d):
    if t.day <= d:
        return t.replace(day=d)
    y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    return date(y, m, d)

def resolve(rule, arg, today):
    if rule == "abs": return date.fromisoformat(arg)
    if rule == "plus": return today + timedelta(days=arg)
    if rule == "this_wd": return this_wd(today, arg)
    if rule == "next_wd": return next_wd(today, arg)
    if rule == "eom": return eom(today)
    if rule == "by_day": return by_day(today, arg)
    if rule == "this_week": return this_wd(today, 4)
    if rule == "kw": return date.fromisocalendar(today.year, arg, 5)
    if rule == "eom_named":  # arg = month number, next occurrence on/after today
        y = today.year if arg >= today.month else today.year + 1
        return date(y, arg, calendar.monthrange(y, arg)[1])
    if rule == "dm_future":  # arg = (day, month): next on/after today
        d = date(today.year, arg[1], arg[0])
        return d if d >= today else date(today.year + 1, arg[1], arg[0])
    if rule == "dm_past":
        d = date(today.year, arg[1], arg[0])
        return d if d <= today else date(today.year - 1, arg[1], arg[0])
    raise ValueError(rule)

class R:
    """A date label given as a rule + the phrase in the email it comes from."""
    def __init__(self, rule, arg, phrase):
        self.rule, self.arg, self.phrase = rule, arg, phrase

# ---------------------------------------------------------------- MIME helpers
def hdr(s):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def addr(name, a):
    return formataddr((name, a), charset="utf-8") if name else a

def leaf(text, sub="plain", cs="utf-8", cte=None, flowed=False):
    b = text.encode(cs)
    if cte is None:
        cte = "7bit" if all(c < 128 for c in b) else "quoted-printable"
    if cte == "quoted-printable":
        payload = quopri.encodestring(b).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(b).decode("ascii")
    else:
        payload = text
    ct = f'text/{sub}; charset="{cs}"' + ("; format=flowed" if flowed else "")
    return [("Content-Type", ct), ("Content-Transfer-Encoding", cte)], payload

def render(headers, payload):
    return "".join(f"{k}: {v}\n" for k, v in headers) + "\n" + payload.rstrip("\n") + "\n"

def multipart(sub, parts, boundary, extra_ct=""):
    out = []
    for ph, pp in parts:
        out.append(f"--{boundary}\n" + render(ph, pp))
    body = "\n".join(out) + f"\n--{boundary}--\n"
    return [("Content-Type", f'multipart/{sub}; boundary="{boundary}"{extra_ct}')], body

def to_html(text, rtl=False, extra_html=""):
    paras = []
    quote = False
    for line in text.split("\n"):
        paras.append(html.escape(line) if line else "&nbsp;")
    d = ' dir="rtl"' if rtl else ""
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            f"<body{d}><div style=\"font-family:Arial,Helvetica,sans-serif;font-size:11pt\">\n"
            + "<br>\n".join(paras) + "\n" + extra_html + "</div></body></html>")

# ---------------------------------------------------------------- reminder (our dunning mail)
def money(amount, cur):
    return f"{cur} {float(amount):,.2f}"

def reminder(it):
    case, invs, cur = it["case"], it["invs"], it["cur"]
    stage = it.get("stage", 2)
    sent = it["sent"]
    msgid = f"<{case}.r{stage}.{sent.strftime('%Y%m%dT%H%M%SZ')}@{AR}>"
    total = sum(float(a) for _, _, a in invs)
    word = {1: "Reminder", 2: "Second notice", 3: "Final notice"}[stage]
    if len(invs) == 1:
        subj = f"{word}: invoice {invs[0][0]} is overdue ({money(invs[0][2], cur)})"
    else:
        subj = f"{word}: {len(invs)} invoices past due ({money(total, cur)})"
    rows = "\n".join(f"  {n:<10} {d:<13} {money(a, cur)}" for n, d, a in invs)
    greet = it.get("greet", "Hello")
    body = (f"{greet},\n\nOur records show the following invoices for {it['org']} are past due.\n\n"
            f"  Invoice    Due date      Amount\n{rows}\n\nTotal overdue: {money(total, cur)}\n\n"
            f"You can pay online at https://pay.saffronslate.example/c/{case} or by bank transfer\n"
            "using the details printed on the invoice. Already paid? Reply with the payment\n"
            "date and reference and we will match it. Something wrong with an invoice? Reply\n"
            "and tell us what, and we will look at it.\n\n"
            f"Kind regards,\n\n{FROM_AR[0]}\nAccounts Receivable | {CO}\n")
    return subj, msgid, body

QUOTE_INTRO = {
    "en": "On {d} {mon} {y} at {hm}, {who} wrote:",
    "es": "El {d} {mon} {y} a las {hm}, {who} escribió:",
    "fr": "Le {d} {mon} {y} à {hm}, {who} a écrit :",
    "de": "Am {d}.{m}.{y} um {hm} schrieb {who}:",
    "pt": "Em {d}/{m}/{y}, às {hm}, {who} escreveu:",
    "it": "Il giorno {d}/{m}/{y} alle ore {hm} {who} ha scritto:",
    "sv": "Den {d} {mon} {y} kl. {hm} skrev {who}:",
    "fi": "{who} kirjoitti {d}.{m}.{y} klo {hm}:",
    "tr": "{who}, {d}.{m}.{y} {hm} tarihinde şunu yazdı:",
    "el": "Στις {d}/{m}/{y} {hm}, ο χρήστης {who} έγραψε:",
    "he": "ב-{d}.{m}.{y} ב-{hm}, מאת {who}:",
    "hi": "{d}/{m}/{y} को {hm} पर {who} ने लिखा:",
    "vi": "Vào {d} thg {m}, {y} lúc {hm}, {who} đã viết:",
}
OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"), "es": ("De", "Enviado el", "Para", "Asunto"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "pt": ("De", "Enviada", "Para", "Assunto"), "it": ("Da", "Inviato", "A", "Oggetto"),
    "sv": ("Från", "Skickat", "Till", "Ämne"), "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"), "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"),
    "he": ("מאת", "נשלח", "אל", "נושא"), "hi": ("From", "Sent", "To", "Subject"),
    "vi": ("Từ", "Đã gửi", "Đến", "Chủ đề"),
}
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def quoted(it, subj, rbody, local_sent):
    lang = it["loc"][:2]
    who = f"{FROM_AR[0]} <collections+{it['case']}@{AR}>"
    st = it.get("quote", "gmail")
    if st == "none":
        return ""
    if st == "outlook":
        f, s, t, sj = OUTLOOK[lang]
        sep = "" if f.endswith(":") else ":"
        return ("\n\n________________________________\n"
                f"{f}{sep} {who}\n{s}{sep} {local_sent.strftime('%d/%m/%Y %H:%M')}\n"
                f"{t}{sep} {it['who'][0]} <{it['who'][1]}>\n{sj}{sep} {subj}\n\n{rbody}")
    intro = QUOTE_INTRO[lang].format(d=local_sent.day, m=local_sent.month, y=local_sent.year,
                                     mon=MON[local_sent.month - 1], hm=local_sent.strftime("%H:%M"), who=who)
    gap = "\n\n" if st.startswith("apple") else "\n"
    return "\n\n" + intro + gap + "\n".join(("> " + l) if l else ">" for l in rbody.split("\n"))

def tzinfo(tz):
    sign = 1 if tz[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))

# ---------------------------------------------------------------- message builders
def build_reply(it):
    d = it["date"]
    local_sent = it["sent"].astimezone(d.tzinfo)
    subj, rid, rbody = reminder(it)
    text = it["body"].strip("\n") + "\n"
    if it.get("sig"):
        text += "\n" + it["sig"].strip("\n") + "\n"
    text += quoted(it, subj, rbody, local_sent)
    cs, cte, fmt = it.get("cs", "utf-8"), it.get("cte"), it.get("fmt", "plain")
    rtl = it["loc"] == "he-IL"
    h = [("MIME-Version", "1.0"), ("Date", format_datetime(d)),
         ("Message-ID", it["mid"]), ("In-Reply-To", rid), ("References", rid),
         ("Subject", hdr(it.get("subj", "Re:") + " " + subj)),
         ("From", addr(*it["who"])),
         ("To", addr(FROM_AR[0], f"collections+{it['case']}@{AR}"))]
    for k, v in it.get("xh", []):
        h.append((k, hdr(v)))
    if fmt == "plain":
        ph, pp = leaf(text, "plain", cs, cte, flowed=it.get("flowed", False))
    elif fmt == "html":
        ph, pp = leaf(to_html(text, rtl, it.get("html_extra", "")), "html", cs, cte or "quoted-printable")
    else:  # alt
        b = "_000_" + it["mid"].strip("<>").split("@")[0][:24] + "_"
        p1 = leaf(text, "plain", cs, cte)
        p2 = leaf(to_html(text, rtl, it.get("html_extra", "")), "html", cs, "quoted-printable")
        ph, pp = multipart("alternative", [p1, p2], b)
    return render(h + ph, pp), subj

def build_autoreply(it):
    d = it["date"]
    subj, rid, _ = reminder(it)
    h = [("MIME-Version", "1.0"), ("Date", format_datetime(d)), ("Message-ID", it["mid"]),
         ("In-Reply-To", rid), ("References", rid),
         ("Subject", hdr(it.get("subj", "Automatic reply:") + " " + subj)),
         ("From", addr(*it["who"])), ("To", addr(FROM_AR[0], f"collections+{it['case']}@{AR}"))]
    h += [(k, hdr(v)) for k, v in it.get("xh", [("Auto-Submitted", "auto-replied")])]
    cs = it.get("cs", "utf-8")
    text = it["body"].strip("\n") + "\n"
    if it.get("fmt") == "alt":
        p1 = leaf(text, "plain", cs, it.get("cte"))
        p2 = leaf(to_html(text, it["loc"] == "he-IL"), "html", cs, "quoted-printable")
        ph, pp = multipart("alternative", [p1, p2], "=_auto_" + it["case"])
    else:
        ph, pp = leaf(text, "plain", cs, it.get("cte"))
    return render(h + ph, pp), subj

def reminder_eml(it, to_addr):
    subj, rid, rbody = reminder(it)
    h = [("From", addr(FROM_AR[0], f"collections+{it['case']}@{AR}")), ("To", to_addr),
         ("Subject", subj), ("Date", format_datetime(it["sent"])), ("Message-ID", rid),
         ("MIME-Version", "1.0"), ("Content-Type", 'text/plain; charset="utf-8"'),
         ("Content-Transfer-Encoding", "7bit" if rbody.isascii() else "8bit")]
    return h, rbody, subj, rid

def build_bounce(it):
    d = it["date"]
    rcpt = it["rcpt"]
    oh, obody, subj, rid = reminder_eml(it, rcpt)
    kind = it["bounce"]
    if kind == "qmail":
        orig = render(oh, obody)
        h = [("Return-Path", "<>"), ("Date", d.strftime("%d %b %Y %H:%M:%S -0000")),
             ("From", f"MAILER-DAEMON@{it['mta']}"), ("To", f"collections+{it['case']}@{AR}"),
             ("Subject", "failure notice"), ("Message-ID", it["mid"])]
        body = it["body"].strip("\n") + "\n\n--- Below this line is a copy of the message.\n\n" + orig
        return render(h, body), subj
    h = [("Return-Path", "<>"), ("Date", format_datetime(d)), ("Message-ID", it["mid"]),
         ("From", it.get("bfrom", f"Mail Delivery System <MAILER-DAEMON@{it['mta']}>")),
         ("To", f"collections+{it['case']}@{AR}"),
         ("Subject", hdr(it.get("bsubj", "Undelivered Mail Returned to Sender"))),
         ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]
    h += it.get("xh", [])
    human = leaf(it["body"].strip("\n") + "\n", "plain", it.get("cs", "utf-8"), it.get("cte"))
    status = it.get("status", "5.1.1")
    diag = it.get("diag", "550 5.1.1 User unknown")
    ds = (f"Reporting-MTA: dns; {it['mta']}\nArrival-Date: {format_datetime(it['sent'])}\n\n"
          f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822; {rcpt}\nAction: failed\n"
          f"Status: {status}\nRemote-MTA: dns; {it.get('rmta', it['mta'])}\nDiagnostic-Code: smtp; {diag}\n")
    dsp = ([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds)
    if it.get("headers_only"):
        op = ([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
              "".join(f"{k}: {v}\n" for k, v in oh))
    else:
        op = ([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
              render(oh, obody))
    ph, pp = multipart("report", [human, dsp, op], "=_ndr_" + it["case"] + "_" + d.strftime("%H%M%S"),
                       '; report-type="delivery-status"')
    pp = "This is a MIME-encapsulated message.\n\n" + pp
    return render(h + ph, pp), subj

# ---------------------------------------------------------------- items
ITEMS = []

def item(key, loc, dt, tz, case, invs, cur, org, who, body, lab, note, kind="reply",
         sent_days=2, **kw):
    d = datetime.strptime(dt, "%Y-%m-%d %H:%M:%S" if dt.count(":") == 2 else "%Y-%m-%d %H:%M").replace(tzinfo=tzinfo(tz))
    sent = (d - timedelta(days=sent_days)).astimezone(timezone.utc).replace(hour=8, minute=0, second=0)
    if sent >= d:
        sent -= timedelta(days=1)
    it = dict(key=key, loc=loc, date=d, case=case, invs=invs, cur=cur, org=org, who=who,
              body=body, lab=lab, note=note, kind=kind, sent=sent, **kw)
    it.setdefault("mid", f"<{case.lower()}.{d.strftime('%Y%m%d%H%M%S')}.{len(ITEMS):03d}@{who[1].split('@')[1] if who else 'mx.example'}>")
    ITEMS.append(it)

def L(intent, **f):
    f["intent"] = intent
    return f

exec(open(os.path.join(OUT, "items_a.py"), encoding="utf-8").read())
for extra in ("items_b.py", "items_c.py", "items_d.py"):
    p = os.path.join(OUT, extra)
    if os.path.exists(p):
        exec(open(p, encoding="utf-8").read())

# ---------------------------------------------------------------- write
def main():
    rng = random.Random(SEED)
    order = list(range(len(ITEMS)))
    rng.shuffle(order)
    emails, labels, rules = [], [], []
    for n, idx in enumerate(order, 1):
        it = ITEMS[idx]
        iid = f"{PREFIX}{n:02d}"
        if it["kind"] == "reply":
            eml, subj = build_reply(it)
        elif it["kind"] == "auto":
            eml, subj = build_autoreply(it)
        else:
            eml, subj = build_bounce(it)
        today = it["date"].date()
        lab = {"id": iid}
        for f in LABEL_FIELDS:
            v = it["lab"].get(f, [] if f == "invoice_numbers" else None)
            if isinstance(v, R):
                rules.append({"id": iid, "field": f, "rule": v.rule, "arg": v.arg, "phrase": v.phrase})
                v = resolve(v.rule, v.arg, today).isoformat()
            lab[f] = v
        lab["note"] = f"[{it['key']}, {it['loc']}] " + it["note"]
        if it.get("injection"):
            lab["injection"] = True
        emails.append({"id": iid, "eml": eml})
        labels.append(lab)
    with open(os.path.join(OUT, "emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "check_rules.json"), "w", encoding="utf-8") as f:
        json.dump(rules, f, ensure_ascii=False, indent=1)
    write_readme(labels)
    print(len(emails), "messages;", Counter(l["intent"] for l in labels))

def write_readme(labels):
    ci = Counter(l["intent"] for l in labels)
    cl = Counter(l["note"].split("]")[0].split(", ")[1] for l in labels)
    inj = sum(1 for l in labels if l.get("injection"))
    lines = ["# Blind triage test set `jc` (blind219)", "",
             "Theme: **Saffron & Slate Events**, an event catering and venue-hire company, dunning corporate",
             "clients, wedding planners and agencies. Every message replies to, auto-answers or bounces a",
             f"dunning email from `Saffron & Slate Accounts <collections+CASEID@{AR}>` whose Message-ID looks",
             f"like `<J4101.r2.20261103T080000Z@{AR}>`. The case id is in the To address. All people, companies,",
             "domains (`*.example`), phone numbers (555), tax ids and payment references are made up.", "",
             "## Files", "",
             "| file | lines | content |", "|---|---|---|",
             f"| `emails.jsonl` | {len(labels)} | `{{\"id\", \"eml\"}}`: whole RFC 822 message |",
             f"| `labels.jsonl` | {len(labels)} | contract label fields + `note` (`[KEY, locale] ...`), `injection: true` on {inj} items |",
             f"| `check_rules.json` | - | the date rule + source phrase behind every date label (used by `check.py`) |",
             "| `build.py`, `items_*.py` | - | deterministic generator (seed 219); `python3 build.py` |",
             "| `check.py` | - | re-verifies every label against the generated messages; exits 1 on a problem |", "",
             "## Label conventions followed", "",
             "- Contract `triage.md` wins; samples README conventions otherwise: null unless stated; priority order",
             "  legal > delivery_failure > out_of_office > dispute > plan > paid > promise > wrong_contact > document",
             "  > billing > ack > other, lower-priority fields still filled.",
             "- Amounts: two decimals, `.` separator, no grouping (`CHF 8'940.00` -> `8940.00`, `₹1,85,600` -> `185600.00`,",
             "  `48 600 kr` -> `48600.00`). Currency ISO 4217 from the symbol/word and the",
             "  thread's reminder currency (`$` in en-AU threads = AUD, `$` in fr-CA threads = CAD, `kr` = SEK, `TL`/`₺` = TRY,",
             "  `₪` = ILS, `₹` = INR, `đ` = VND). `currency` null iff `promised_amount` null.",
             "- `promised_amount` = amount promised / amount paid / first instalment (full amount for a single extension).",
             "- Dates resolved from the message's own Date header in its own offset; weeks Mon-Sun; numeric dates",
             "  read day-first for all these (non-US) locales; week numbers = ISO week's Friday.",
             "- `invoice_numbers` normalised to `INV-NNNN`; customer text first, else Subject, else quoted/returned reminder.",
             "- `new_contact_email` whenever an address is given to write to instead (deputy in an auto-reply,",
             "  counsel/administrator in a legal notice, \"send future reminders to\").",
             "- Injection items: label = what the human text says; instructions to a machine are ignored.", "",
             "## Counts per intent", "", "| intent | n |", "|---|---|"]
    lines += [f"| `{k}` | {v} |" for k, v in sorted(ci.items(), key=lambda x: -x[1])]
    lines += ["", "## Counts per locale", "", "| locale | n |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(cl.items(), key=lambda x: -x[1])]
    lines += ["", "## Deliberately hard", ""] + HARD
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

HARD = [
    "- Relative dates in 14 locales: Hindi `कल` (tomorrow vs yesterday decided by tense), Swiss `KW 50`,",
    "  Swedish `i förrgår`, Italian `dopodomani`, Turkish `bu hafta içinde`, Hebrew `בעוד שבועיים`, `fredag nästa vecka`,",
    "  `el viernes de la semana que viene` sent on a Friday, `by the 15th` across a year end, end of month sent on the",
    "  last day of the month late in the evening in -0500 (already next month in UTC), `tomorrow` across a month end.",
    "- Day/month dates without a year that cross a year boundary (return dates in January from December mails).",
    "- Number formats: Swiss apostrophes, Indian lakh grouping, Swedish/Finnish spaces, Turkish/Greek dots.",
    "- Two-statement messages (dispute + promise, legal + quality dispute, paid + receipt request, promise + new contact,",
    "  auto-reply with deputy, legal notice with administrator address) and near-misses (meeting dates, event dates,",
    "  booking dates and deposit dates that are not payment dates; a Swedish auto-reply with a plain 'SV:' subject).",
    "- Six prompt injections (hidden HTML, 'SYSTEM:' lines, notes to an AI) that contradict the human text.",
    "- Encodings: ISO-8859-1/-7/-9, windows-1255 in QP and base64, 8bit UTF-8, HTML-only, multipart/alternative,",
    "  RFC 2047 subjects/names; bounces as multipart/report (message/rfc822 and text/rfc822-headers) and plain qmail.",
    "",
    "## Labelling choices where the contract is open",
    "",
    "- Duplicate dispute that also says the original invoice was paid on a date: paid_date filled (lower-priority fields kept).",
    "- Dispute of an uncovered line with no PO -> `dispute`/`missing_po`; a request to re-issue with a PO -> `billing_update`.",
    "- Auto-reply 'until after the holidays' -> return_date null; 'until 14.12.' -> return_date 14 Dec (contract's 'until' rule).",
    "- Past weekday names are avoided for paid dates (the contract's 'the same way' would point forward); explicit or",
    "  yesterday/day-before-yesterday phrases are used instead. Ambiguous 'next <weekday>' translations are avoided:",
    "  'fredag nästa vecka', 'el viernes de la semana que viene' are unambiguous.",
    "- A damage-charge dispute -> reason `other`; an event cancelled within contract terms -> `cancelled`.",
]

if __name__ == "__main__":
    main()
