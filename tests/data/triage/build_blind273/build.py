#!/usr/bin/env python3
"""Blind triage set rx01..rx80: replies to dunning emails of Kestrel Aero Parts & MRO (made up).
Deterministic, stdlib only. Writes emails.jsonl, labels.jsonl, derivations.jsonl, README.md."""
import json, random, calendar, os, base64
from datetime import date, datetime, timedelta, timezone
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.header import Header
from email.utils import formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 273
AR = "ar.kestrel-aero.example"
SELLER = "Kestrel Aero Billing"
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def D(y, m, d, hh, mi, off, ss=None):
    dt = date(y, m, d)
    ss = (hh * 7 + mi * 3) % 60 if ss is None else ss
    return f"{WD[dt.weekday()]}, {d:02d} {MO[m-1]} {y} {hh:02d}:{mi:02d}:{ss:02d} {off}"

def local_date(hdr):
    return parsedate_to_datetime(hdr).date()

# ---------- date rules (mirrored independently in check.py) ----------
def resolve(rule, today):
    k, _, a = rule.partition(":")
    if k == "tomorrow": return today + timedelta(1)
    if k == "yesterday": return today - timedelta(1)
    if k == "plus": return today + timedelta(int(a))
    if k == "this_wd": return today + timedelta((int(a) - today.weekday()) % 7)
    if k == "next_wd": return today + timedelta(7 - today.weekday() + int(a))
    if k == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "eonm":
        m = int(a); y = today.year if m >= today.month else today.year + 1
        return date(y, m, calendar.monthrange(y, m)[1])
    if k == "by_day":
        n = int(a)
        if today.day <= n: return today.replace(day=n)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, n)
    if k == "week_fri": return today + timedelta(4 - today.weekday())
    if k == "kw": return date.fromisocalendar(today.year, int(a), 5)
    if k == "abs": return date.fromisoformat(a)
    raise ValueError(rule)

# ---------- the dunning emails being answered ----------
def reminder(case, invs, amt, cur, rdate, contact, company, level):
    n = len(invs)
    if level == 1:
        subj = (f"Reminder: invoice {invs[0][0]} is {invs[0][2]} days overdue ({cur} {amt})" if n == 1
                else f"Reminder: {n} invoices past due ({cur} {amt})")
    elif level == 2:
        subj = f"Second notice: {n} invoice{'s' if n > 1 else ''} past due ({cur} {amt})"
    else:
        subj = f"Final notice before account hold: {cur} {amt} overdue"
    rows = "\n".join(f"  {i:<10} {due:<12} {cur} {a}" for i, a, _, due in
                     [(x[0], x[1], x[2], x[3]) for x in invs])
    body = (f"Hello {contact},\n\nOur records show the following invoice{'s' if n > 1 else ''} for {company} "
            f"{'are' if n > 1 else 'is'} past due:\n\n  Invoice    Due date     Amount\n{rows}\n\n"
            f"Total overdue: {cur} {amt}\n\n"
            f"You can pay at https://pay.kestrel-aero.example/c/{case} or by wire/ACH using the bank details on the invoice.\n"
            f"If you have already paid, please reply with the payment date and reference so we can apply it.\n"
            f"If something on the invoice is wrong, reply and tell us what.\n\n"
            f"Kind regards,\nKestrel Aero Billing\nAccounts Receivable | Kestrel Aero Parts & MRO\n")
    mid = f"<{case}.r{level}.{rdate:%Y%m%dT%H%M%SZ}@{AR}>"
    return subj, body, mid

QUOTE_HDR = {
 "en": lambda t, f: f"On {t:%a, %b} {t.day}, {t:%Y} at {t:%I:%M %p}, {f} wrote:",
 "es": lambda t, f: f"El {t.day}/{t.month}/{t.year}, a las {t:%H:%M}, {f} escribió:",
 "fr": lambda t, f: f"Le {t.day}/{t.month:02d}/{t.year} à {t:%H} h {t:%M}, {f} a écrit :",
 "de": lambda t, f: f"Am {t:%d.%m.%Y} um {t:%H:%M} schrieb {f}:",
 "pt": lambda t, f: f"Em {t:%d/%m/%Y} {t:%H:%M}, {f} escreveu:",
 "it": lambda t, f: f"Il giorno {t:%d/%m/%Y} alle ore {t:%H:%M} {f} ha scritto:",
 "nl": lambda t, f: f"Op {t:%d-%m-%Y} om {t:%H:%M} schreef {f}:",
 "sv": lambda t, f: f"Den {t:%Y-%m-%d} kl. {t:%H:%M} skrev {f}:",
 "pl": lambda t, f: f"W dniu {t:%d.%m.%Y} o {t:%H:%M}, {f} pisze:",
 "hu": lambda t, f: f"{f} ezt írta (időpont: {t:%Y}. {t.month:02d}. {t.day:02d}. {t:%H:%M}):",
 "sk": lambda t, f: f"Dňa {t.day}. {t.month}. {t.year} o {t:%H:%M} {f} napísal(a):",
 "uk": lambda t, f: f"{t:%d.%m.%Y} о {t:%H:%M} {f} пише:",
 "ar": lambda t, f: f"في {t:%d/%m/%Y} {t:%H:%M}، كتب {f}:",
 "ja": lambda t, f: f"{t.year}年{t.month}月{t.day}日 {t:%H:%M} {f}:",
 "ko": lambda t, f: f"{t.year}년 {t.month}월 {t.day}일 {t:%H:%M}, {f} 님이 작성:",
}
OUTLOOK = {
 "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
 "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"), "es": ("De", "Enviado el", "Para", "Asunto"),
 "pt": ("De", "Enviada em", "Para", "Assunto"), "it": ("Da", "Inviato", "A", "Oggetto"),
 "nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "sv": ("Från", "Skickat", "Till", "Ämne"),
 "pl": ("Od", "Wysłano", "Do", "Temat"), "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
 "sk": ("Od", "Odoslané", "Komu", "Predmet"), "uk": ("Від", "Надіслано", "Кому", "Тема"),
 "ja": ("差出人", "送信日時", "宛先", "件名"), "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"),
 "ar": ("من", "تاريخ الإرسال", "إلى", "الموضوع"),
}

def quote(style, lang, rsubj, rbody, rdt, case, to_addr):
    fa = f"{SELLER} <collections+{case}@{AR}>"
    if style == "none": return ""
    if style == "gmail":
        h = QUOTE_HDR.get(lang, QUOTE_HDR["en"])(rdt, fa)
        return "\n\n" + h + "\n\n" + "\n".join(("> " + l) if l else ">" for l in rbody.splitlines()) + "\n"
    o = OUTLOOK.get(lang, OUTLOOK["en"])
    return (f"\n\n________________________________\n{o[0]}: {fa}\n{o[1]}: {rdt:%d.%m.%Y %H:%M}\n"
            f"{o[2]}: {to_addr}\n{o[3]}: {rsubj}\n\n{rbody}")

def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def addr(name, a, cs="utf-8"):
    try:
        name.encode("ascii"); return formataddr((name, a))
    except UnicodeEncodeError:
        return f"{Header(name, cs).encode()} <{a}>"

def html_of(text, extra=""):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in esc.split("\n\n"))
    return f"<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,sans-serif\">\n{paras}{extra}</body></html>\n"

ITEMS = []
def it(key, loc, name, email, date_hdr, text, lab, *, case, invs, amt, cur, rdays=5, level=1, contact="Accounts Payable",
       company=None, style="gmail", fmt="plain", cs="utf-8", pref="Re: ", subj=None, auto=None, checks=(), inj=False,
       note="", html_extra="", xheaders=None, sig=""):
    ITEMS.append(dict(key=key, loc=loc, name=name, email=email, date=date_hdr, text=text + ("\n\n" + sig if sig else ""),
                      lab=lab, case=case, invs=invs, amt=amt, cur=cur, rdays=rdays, level=level, contact=contact,
                      company=company or name, style=style, fmt=fmt, cs=cs, pref=pref, subj=subj, auto=auto,
                      checks=list(checks), inj=inj, note=note, html_extra=html_extra, xheaders=xheaders or {}))

def L(intent, inv, **kw):
    d = dict(intent=intent, promised_date=None, promised_amount=None, currency=None, paid_date=None,
             payment_reference=None, dispute_reason=None, new_contact_email=None, return_date=None,
             invoice_numbers=inv)
    for k, v in kw.items():
        assert k in d, k
        d[k] = v
    return d

def render(x, idx):
    today_dt = parsedate_to_datetime(x["date"])
    if x["rdays"] == 0:  # auto-replies and bounces answer within minutes
        rdt = (today_dt - timedelta(minutes=3 if not x["fmt"].startswith("bounce") else 0, seconds=6)).astimezone(timezone.utc).replace(microsecond=0)
    else:
        rdt = (today_dt - timedelta(days=x["rdays"])).astimezone(timezone.utc).replace(hour=15, minute=0, second=0)
        while rdt.weekday() >= 5: rdt -= timedelta(days=1)
    rsubj, rbody, rmid = reminder(x["case"], x["invs"], x["amt"], x["cur"], rdt, x["contact"], x["company"], x["level"])
    lang = x["loc"].split("-")[0]
    lab = x["lab"]
    if x["fmt"] in ("bounce_report", "bounce_qmail", "bounce_exim", "bounce_exchange"):
        return bounce(x, rsubj, rbody, rmid, rdt)
    subject = x["subj"] if x["subj"] is not None else x["pref"] + rsubj
    body = x["text"] + quote(x["style"], lang, rsubj, rbody, rdt.astimezone(today_dt.tzinfo), x["case"], x["email"])
    cs = x["cs"]
    try:
        body.encode(cs if cs != "iso-2022-jp" else "iso2022_jp")
    except UnicodeEncodeError:  # typographic dashes/quotes the legacy charset lacks
        body = body.translate({0x2013: "-", 0xAB: '"', 0xBB: '"', 0xA0: " "})
    dom = x["email"].split("@")[1]
    mid = f"<{idx:04x}{sum(map(ord, x['email'])) * 37 % 99991:05d}.{today_dt:%Y%m%d%H%M%S}@{dom}>"
    fmt = x["fmt"]
    if fmt == "8bit":
        head = (f"MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n")
        msg = None
    elif fmt == "plain":
        msg = MIMEText(body, "plain", cs)
    elif fmt == "html":
        msg = MIMEText(html_of(body, x["html_extra"]), "html", cs)
    elif fmt == "alt":
        msg = MIMEMultipart("alternative")
        msg.attach(MIMEText(body, "plain", cs)); msg.attach(MIMEText(html_of(body, x["html_extra"]), "html", cs))
    elif fmt == "pdf":
        msg = MIMEMultipart("mixed")
        msg.attach(MIMEText(body, "plain", cs))
        pdf = MIMEApplication(b"%PDF-1.4\n% remittance advice (placeholder)\n%%EOF\n", "pdf")
        pdf.add_header("Content-Disposition", "attachment", filename="remittance.pdf")
        msg.attach(pdf)
    else:
        raise ValueError(fmt)
    H = [("Date", x["date"]), ("Message-ID", mid), ("In-Reply-To", rmid), ("References", rmid),
         ("Subject", hdr(subject, cs if cs != "iso-2022-jp" else "iso-2022-jp")),
         ("From", addr(x["name"], x["email"], "utf-8")),
         ("To", f"{SELLER} <collections+{x['case']}@{AR}>")]
    if x["auto"]:
        H += list(x["auto"].items())
    H += list(x["xheaders"].items())
    if msg is not None and msg.is_multipart():
        msg.set_boundary(f"----=_Part_{idx:02d}_{sum(map(ord, x['email'])) * 7919 % 10**9:09d}")
    if msg is None:
        eml = "".join(f"{k}: {v}\n" for k, v in H) + head + "\n" + body
    else:
        for k, v in H: msg[k] = v
        eml = msg.as_string()
    return eml

def bounce(x, rsubj, rbody, rmid, rdt):
    case = x["case"]; rcpt = x["email"]; dom = rcpt.split("@")[1]
    bdt = rdt + timedelta(seconds=4)
    orig_hdrs = (f"From: {SELLER} <collections+{case}@{AR}>\nTo: {rcpt}\nSubject: {rsubj}\n"
                 f"Date: {bdt - timedelta(seconds=3):%a, %d %b %Y %H:%M:%S +0000}\nMessage-ID: {rmid}\nMIME-Version: 1.0\n"
                 f"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n")
    fmt = x["fmt"]; reason = x["text"]
    if fmt == "bounce_report":
        b = f"=_bnd_{case}_{bdt:%H%M%S}"
        return (f"Return-Path: <>\nDate: {x['date']}\nFrom: Mail Delivery Subsystem <mailer-daemon@mx.{AR}>\n"
                f"To: collections+{case}@{AR}\nSubject: Delivery Status Notification (Failure)\nAuto-Submitted: auto-replied\n"
                f"Message-ID: <dsn.{case}.{bdt:%Y%m%d%H%M%S}@mx.{AR}>\nMIME-Version: 1.0\n"
                f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\n\n"
                f"--{b}\nContent-Type: text/plain; charset=us-ascii\n\n"
                f"** Address not found **\n\nYour message wasn't delivered to {rcpt} because the address couldn't be found, "
                f"or is unable to receive mail.\n\nThe response was:\n\n{reason}\n\n"
                f"--{b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.{AR}\n\n"
                f"Final-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; {reason}\n\n"
                f"--{b}\nContent-Type: text/rfc822-headers\n\n{orig_hdrs}\n--{b}--\n")
    if fmt == "bounce_exchange":
        b = f"_000_{case}NDR{bdt:%H%M%S}_"
        return (f"Date: {x['date']}\nFrom: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{dom}>\n"
                f"To: <collections+{case}@{AR}>\nSubject: {x['subj']}{rsubj}\nAuto-Submitted: auto-replied\n"
                f"Message-ID: <ndr.{case}.{bdt:%Y%m%d%H%M%S}@{dom}>\nContent-Language: {x['loc']}\nMIME-Version: 1.0\n"
                f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\n\n"
                f"--{b}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n{reason}\n\n"
                f"--{b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;EXCH01.{dom}\n\n"
                f"Final-recipient: RFC822; {rcpt}\nAction: failed\nStatus: 5.1.10\n"
                f"Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n\n"
                f"--{b}\nContent-Type: message/rfc822\n\n{orig_hdrs}\n{rbody}\n--{b}--\n")
    if fmt == "bounce_qmail":
        return (f"Return-Path: <>\nDate: {x['date']}\nFrom: MAILER-DAEMON@mail.{dom}\nTo: collections+{case}@{AR}\n"
                f"Subject: failure notice\nMessage-ID: <{bdt:%Y%m%d%H%M%S}.4471.qmail@mail.{dom}>\n\n"
                f"Hi. This is the qmail-send program at mail.{dom}.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
                f"This is a permanent error; I've given up. Sorry it didn't work out.\n\n<{rcpt}>:\n{reason}\n\n"
                f"--- Below this line is a copy of the message.\n\n{orig_hdrs}\n{rbody}")
    if fmt == "bounce_exim":
        return (f"Return-path: <>\nDate: {x['date']}\nFrom: Mail Delivery System <Mailer-Daemon@relay.{AR}>\n"
                f"To: collections+{case}@{AR}\nSubject: Mail delivery failed: returning message to sender\n"
                f"Message-Id: <E1w{case}-000Kx7-3Q@relay.{AR}>\nX-Failed-Recipients: {rcpt}\nAuto-Submitted: auto-replied\n\n"
                f"This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
                f"delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:\n\n"
                f"  {rcpt}\n    {reason}\n\n------ This is a copy of the message, including all the headers. ------\n\n{orig_hdrs}\n{rbody}")
    raise ValueError(fmt)

from items import define  # noqa: E402  (item texts live in items.py)
define(it, L, D)

def main():
    rng = random.Random(SEED)
    order = list(range(len(ITEMS)))
    rng.shuffle(order)
    emails, labels, derivs = [], [], []
    for k, x in enumerate(ITEMS):
        x["case"] = f"K{3041 + k}"  # one dunning case per customer
    for n, i in enumerate(order, 1):
        x = ITEMS[i]; rid = f"rx{n:02d}"
        eml = render(x, n)
        lab = dict(id=rid, **x["lab"])
        today = local_date(x["date"])
        for c in x["checks"]:
            if c[0] == "date":
                _, field, phrase, rule = c
                lab[field] = resolve(rule, today).isoformat()
        lab["note"] = f"[{x['key']}, {x['loc']}] " + x["note"]
        if x["inj"]: lab["injection"] = True
        emails.append(dict(id=rid, eml=eml)); labels.append(lab)
        derivs.append(dict(id=rid, key=x["key"], locale=x["loc"], fmt=x["fmt"], charset=x["cs"], checks=x["checks"]))
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails: f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for e in labels: f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "derivations.jsonl"), "w", encoding="utf-8") as f:
        for e in derivs: f.write(json.dumps(e, ensure_ascii=False) + "\n")
    write_readme(labels, derivs)

def write_readme(labels, derivs):
    from collections import Counter
    ci = Counter(l["intent"] for l in labels); cl = Counter(d["locale"] for d in derivs)
    cf = Counter(d["fmt"] for d in derivs); cc = Counter(d["charset"] for d in derivs)
    en = sum(v for k, v in cl.items() if k.startswith("en-"))
    inj = [l["id"] for l in labels if l.get("injection")]
    R = ["# Blind triage set blind273 (ids rx01-rx80)", "",
         "Theme: replies to the dunning emails of **Kestrel Aero Parts & MRO** (made-up aircraft-parts distributor and "
         "maintenance/repair/overhaul shop, `collections+CASE@ar.kestrel-aero.example`) from airlines, flight schools, "
         "charter operators, helicopter services and aero clubs. All names, domains (`*.example`), phones (555) and references are made up.", "",
         "## Files", "", "| file | lines | content |", "|---|---|---|",
         "| `emails.jsonl` | 80 | `{id, eml}` whole RFC 822 message |",
         "| `labels.jsonl` | 80 | contract fields + `note` (`[KEY, locale]`) + `injection: true` on injection items |",
         "| `derivations.jsonl` | 80 | for check.py: phrase, rule and source of every date/amount/reference label |",
         "| `build.py`, `items.py` | | deterministic generator (seed 273) |", "| `check.py` | | re-verifies all labels from the data |", "",
         "## Label conventions", "",
         "- Contract `triage.md` wins; samples README conventions followed: null unless stated; priority order for two statements with lower-priority fields still filled; "
         "amounts as `1234.00`; currency ISO 4217 and null when amount null; `promised_amount` = amount paid for paid_claim, first instalment (or whole amount of a single extension) for plans; "
         "`new_contact_email` filled by any address given as the one to write to (deputy in auto-reply, counsel); invoice numbers normalised to `INV-NNNN`, from customer text, else Subject, else quoted/returned reminder; `payment_reference` as written, without leading `#`.",
         "- Dates resolved from the message's own Date header in its own offset; weeks Mon-Sun; \"this week\" / week number = that week's Friday; "
         "\"übermorgen\"/\"tegnapelőtt\" = Date +2 / -2; \"next <weekday>\" = that weekday in the following week.",
         "- Numeric dates: European/Latin-American/Asian senders DD/MM, US senders MM/DD.",
         "- A `$` amount takes the currency of the thread's reminder (CAD for the Canadian club, CLP for the Chilean one, otherwise USD).", "",
         "## Counts", "", "| intent | n |", "|---|---|"] + [f"| `{k}` | {v} |" for k, v in sorted(ci.items())] + [
         "", f"English: {en}/80.", "", "| locale | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(cl.items())] + [
         "", "| wire format | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(cf.items())] + [
         "", "| declared body charset (MIME items) | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(cc.items())] + [
         "", f"Prompt-injection items: {', '.join(inj)}.", "",
         "## Deliberately hard", "",
         "- Relative dates across many locales: übermorgen, vendredi prochain written on a Friday, vecka 15, 이번 주/다음 주, 今月末, tegnapelőtt, \"by the 15th\" after the 15th (Hindi), Date just after the EU DST change, late-evening US offsets.",
         "- Number formats: `8'430.00` (CH), `4,85,000` (Indian grouping), `12.750,00`, `2 145,60 $` (fr-CA, CAD), `$4.350.000` in CLP, `1 245 000 Ft`, `1,280,000円`.",
         "- Payment/bank references that look like invoice numbers (Slovak variable symbol = invoice number, Ukrainian payment order no.), PO numbers that are not invoices.",
         "- dispute `missing_po` (no PO ever issued) vs `billing_update` (PO exists, must be on the invoice); dispute plus promise of the undisputed part; legal plus dispute.",
         "- Auto-replies marked only by headers (plain `Re:` subject), out-of-office with deputy address; human \"I was away\" that is not an auto-reply.",
         "- Bounces: multipart/report with text/rfc822-headers, Exchange NDR in German with message/rfc822, qmail and Exim plain text.",
         "- Encodings: ISO-8859-1/-2 quoted-printable, KOI8-U, windows-1256, EUC-KR, ISO-2022-JP, 8-bit UTF-8, base64 UTF-8, HTML-only, multipart/alternative, PDF attachment.",
         "- Injection items: hidden HTML text or bracketed 'notes to the AI' that contradict the human text; labels follow the human text.", ""]
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write("\n".join(R))

if __name__ == "__main__":
    main()
