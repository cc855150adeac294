#!/usr/bin/env python3
"""Held-out triage set fx01..fx80. Theme: refrigerated trucking / cold storage (Frostline Cold Chain).
Deterministic, stdlib only. Writes emails.jsonl, labels.jsonl, derivations.jsonl, README.md."""
import json, random, calendar, os, re
from datetime import datetime, date, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(289)
CRED = "Frostline Cold Chain Billing"
ITEMS = []

def tz(h, m=0):
    from datetime import timezone
    return timezone(timedelta(hours=h, minutes=m if h >= 0 else -m))

def resolve(rule, today):
    k, _, a = rule.partition(":")
    if k == "tomorrow": return today + timedelta(1)
    if k == "yesterday": return today - timedelta(1)
    if k == "plus": return today + timedelta(int(a))
    if k == "this_wd": return today + timedelta((int(a) - today.weekday()) % 7)
    if k == "next_wd": return today + timedelta(7 - today.weekday() + int(a))
    if k == "last_wd":  # most recent past weekday (strictly before today)
        d = (today.weekday() - int(a)) % 7 or 7; return today - timedelta(d)
    if k == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "by":
        d = int(a)
        if today.day <= d: return today.replace(day=d)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, d)
    if k == "week_fri": return today + timedelta(4 - today.weekday())
    if k == "next_month_first_week":
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, 7)
    if k == "named_eom":
        m = int(a); y = today.year if m >= today.month else today.year + 1
        return date(y, m, calendar.monthrange(y, m)[1])
    if k == "explicit": return date.fromisoformat(a)
    raise ValueError(rule)

NULLS = dict(promised_date=None, promised_amount=None, currency=None, paid_date=None, payment_reference=None,
             dispute_reason=None, new_contact_email=None, return_date=None)

def add(key, loc, intent, dt, sender, subj, body, invs, fields=None, dates=None, style="plain", cs="utf-8",
        note="", quote="gmail", rem=None, inj=False, extra_headers=None, html=None, prefix="Re: "):
    ITEMS.append(dict(key=key, loc=loc, intent=intent, dt=dt, sender=sender, subj=subj, body=body, invs=invs,
                      fields=fields or {}, dates=dates or {}, style=style, cs=cs, note=note, quote=quote,
                      rem=rem, inj=inj, xh=extra_headers or [], html=html, prefix=prefix))

def reminder(case, rem_invs, total, cur, name):
    rows = "\n".join(f"  {i}   {d}   {cur} {a}" for i, d, a in rem_invs)
    return (f"Dear {name},\n\nOur records show the following Frostline Cold Chain invoices are past due:\n\n"
            f"  Invoice    Due date     Amount\n{rows}\n\nTotal overdue: {cur} {total}\n\n"
            f"Pay online at https://pay.frostline.example/c/{case} or by bank transfer quoting the invoice number.\n"
            "If you have already paid, please reply with the payment date and reference.\n"
            "If something on an invoice is wrong, reply and tell us.\n\nFrostline Cold Chain - Accounts Receivable\n"
            "Reefer transport | Cold storage | Pharma GDP logistics\n")

def quote_text(style, rem, rdate):
    if style == "none": return ""
    if style == "outlook":
        return ("\n\n-----Original Message-----\nFrom: Frostline Cold Chain Billing <billing@ar.frostline.example>\n"
                f"Sent: {rdate}\nSubject: Payment reminder\n\n" + rem)
    return f"\n\nOn {rdate}, Frostline Cold Chain Billing wrote:\n\n" + "\n".join("> " + l if l else ">" for l in rem.splitlines())

def html_of(text):
    import html as h
    return "<html><body>" + "".join(f"<p>{h.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + "</body></html>"

def build_eml(n, it):
    case = f"FX{7100 + n}"
    dt = it["dt"]
    rdt = dt - timedelta(days=3 + n % 5, hours=dt.hour - 9)
    rmid = f"<{case}.r1.{rdt.strftime('%Y%m%dT090000Z')}@ar.frostline.example>"
    cur = it["rem"][1] if it["rem"] else "USD"
    rem_rows = it["rem"][0] if it["rem"] else [(i, "2026-03-15", "1,000.00") for i in it["invs"]]
    total = it["rem"][2] if it["rem"] else "see statement"
    name = (it["sender"][0].split() or ["Customer"])[0]
    rem = reminder(case, rem_rows, total, cur, name)
    first_inv = rem_rows[0][0] if rem_rows else ""
    dun_subj = f"Payment reminder: {first_inv} overdue ({cur} {rem_rows[0][2]})" if rem_rows else "Payment reminder"
    subj = it["subj"] if it["subj"] is not None else it["prefix"] + dun_subj
    to = f"collections+{case}@ar.frostline.example"
    st = it["style"]
    try:
        (it["body"] + (it["html"] or "")).encode(it["cs"])
    except UnicodeEncodeError:
        it["cs"] = "windows-1252" if it["cs"] == "iso-8859-1" else "utf-8"
    if st in ("bounce_report", "bounce_plain"):
        return build_bounce(it, case, rmid, dun_subj, to, rem)
    body = it["body"] + quote_text(it["quote"], rem, rdt.strftime("%a %d %b %Y %H:%M"))
    if st == "plain":
        msg = MIMEText(body, "plain", it["cs"])
    elif st == "html":
        msg = MIMEText(it["html"] or html_of(body), "html", it["cs"])
    elif st == "alt":
        msg = MIMEMultipart("alternative")
        msg.attach(MIMEText(body, "plain", it["cs"]))
        msg.attach(MIMEText(it["html"] or html_of(body), "html", it["cs"]))
    elif st == "raw8":
        msg = None
    hdr = [("MIME-Version", "1.0")] if msg is None else []
    hdr += [("Date", format_datetime(dt)),
            ("Message-ID", f"<{n:03d}{random.randrange(10**9, 10**10):x}.{dt.strftime('%Y%m%d%H%M')}@{it['sender'][1].split('@')[1]}>")]
    if not it.get("noreply_hdr"):
        hdr += [("In-Reply-To", rmid), ("References", rmid)]
    hdr += [("Subject", subj if subj.isascii() else Header(subj, "utf-8").encode()),
            ("From", formataddr(it["sender"], charset="utf-8")), ("To", formataddr((CRED, to)))] + it["xh"]
    if msg is None:
        head = "".join(f"{k}: {v}\n" for k, v in hdr)
        return head + 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n' + body + "\n"
    for k, v in hdr:
        msg[k] = v
    return msg.as_string()

def build_bounce(it, case, rmid, dun_subj, to, rem):
    dt = it["dt"]; rcpt = it["sender"][1]; host = rcpt.split("@")[1]
    orig = (f"Date: {format_datetime(dt - timedelta(minutes=1))}\nMessage-ID: {rmid}\nSubject: {dun_subj}\n"
            f"From: {CRED} <{to}>\nTo: {rcpt}\n\n" + rem)
    if it["style"] == "bounce_plain":
        return (f"Return-Path: <>\nDate: {dt.strftime('%d %b %Y %H:%M:%S')} -0000\nFrom: MAILER-DAEMON@mx.ar.frostline.example\n"
                f"To: {to}\nSubject: failure notice\n\n" + it["body"].replace("{RCPT}", rcpt) +
                "\n\n--- Below this line is a copy of the message.\n\n" + orig)
    b = f"=_bnc{random.randrange(10**8):08d}"
    return (f"Return-Path: <>\nDate: {format_datetime(dt)}\nFrom: Mail Delivery Subsystem <mailer-daemon@mx.ar.frostline.example>\n"
            f"To: {to}\nSubject: {it['subj'] or 'Undeliverable: ' + dun_subj}\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
            f"Message-ID: <bnc{random.randrange(10**9)}@mx.ar.frostline.example>\n"
            f'Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"\n\n'
            f"--{b}\nContent-Type: text/plain; charset=utf-8\n\n" + it["body"].replace("{RCPT}", rcpt) + "\n\n"
            f"--{b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.ar.frostline.example\n\n"
            f"Final-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: {it['fields'].pop('_status', '5.1.1')}\n"
            f"Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: recipient rejected\n\n"
            f"--{b}\nContent-Type: text/rfc822-headers\n\n" + orig.split("\n\n")[0] + f"\n\n--{b}--\n")

exec(open(os.path.join(OUT, "items.py"), encoding="utf-8").read())

def main():
    order = list(range(len(ITEMS))); random.shuffle(order)
    emails, labels, derivs = [], [], []
    for n, idx in enumerate(order, 1):
        it = ITEMS[idx]; fid = f"fx{n:02d}"
        eml = build_eml(n, it)
        today = it["dt"].date()
        lab = {"id": fid, "intent": it["intent"], **NULLS}
        for k, v in it["fields"].items():
            if not k.startswith("_"): lab[k] = v
        dl = []
        for f, (phrase, rule) in it["dates"].items():
            lab[f] = resolve(rule, today).isoformat(); dl.append({"field": f, "phrase": phrase, "rule": rule})
        lab["invoice_numbers"] = it["invs"]
        lab["note"] = f"[{it['key']}, {it['loc']}] " + it["note"]
        if it["inj"]: lab["injection"] = True
        emails.append({"id": fid, "eml": eml}); labels.append(lab)
        derivs.append({"id": fid, "locale": it["loc"], "key": it["key"], "dates": dl})
    for fn, rows in (("emails.jsonl", emails), ("labels.jsonl", labels), ("derivations.jsonl", derivs)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(labels, derivs)

def write_readme(labels, derivs):
    from collections import Counter
    ci = Counter(l["intent"] for l in labels); cl = Counter(d["locale"] for d in derivs)
    s = ["# Blind triage set fx (blind289)", "",
         "Theme: Frostline Cold Chain (made up) - refrigerated trucking, cold-storage warehousing and GDP pharma logistics -",
         "chasing food processors, supermarkets and pharma distributors. Every message replies to, bounces or auto-answers",
         "a dunning email from `collections+FX71NN@ar.frostline.example`. All names/domains are made up (`*.example`, 555 phones).", "",
         "| file | lines | content |", "|---|---|---|",
         "| emails.jsonl | 80 | `{id, eml}` whole RFC 822 message |",
         "| labels.jsonl | 80 | contract fields + `note` (`[KEY, locale]`), `injection: true` on prompt-injection items |",
         "| derivations.jsonl | 80 | per date label: the phrase in the email and the contract rule used (for check.py) |",
         "| build.py / items.py / check.py | | generator (seed 289) / item definitions / verifier |", "",
         "## Conventions", "- Contract wins; samples README conventions followed: null unless stated, amounts `1234.50`, ISO currency,",
         "  promised_amount = amount paid for paid_claim and first instalment for plans, invoice numbers normalised to INV-NNNN",
         "  (customer text, else Subject, else quoted/returned reminder), new_contact_email filled by any reply naming an address.",
         "- Today = calendar date of the Date header in its own offset. Weekday name = coming one (today if same day);",
         "  'next <weekday>' = following Mon-Sun week; 'this week'/week number = that week's Friday; 'first week of next month' = the 7th;",
         "  'end of month' = last day; 'in N days/weeks' = Date + N; 'by the 15th' = next 15th on/after Date. Past weekday names",
         "  ('on Monday' about a payment already made) = most recent such day before the Date.",
         "- Phrases the contract does not resolve ('within 5 working days', 'next week', 'soon', 'ASAP') leave dates null.",
         "- Key letters: A promise, B paid_claim, C dispute, D document, E billing, F wrong_contact, G out_of_office, H plan,",
         "  I legal, J delivery_failure, K acknowledgement, L other.", "",
         "## Counts per intent", ""] + [f"- {k}: {v}" for k, v in sorted(ci.items())] + ["", "## Counts per locale", ""] + \
        [f"- {k}: {v}" for k, v in sorted(cl.items())] + ["", "## Deliberately hard", "",
         "- Date headers near midnight in far-off offsets (+1200, +1300, -0700, +0330); resolving in UTC gives the wrong day.",
         "- Multi-statement replies where priority decides (dispute+promise, legal+dispute, plan+paid, OOO naming a deputy).",
         "- Human 'I was out last week' replies that are not auto-replies; auto-reply with a plain Re: subject (header decides).",
         "- Meeting/delivery/audit dates that are not payment dates; PO numbers and pallet/lot/trailer numbers that look like invoice numbers.",
         "- ~6 prompt injections (plain text, HTML comments, fake 'system' lines); labels follow the human text.",
         "- Charsets: iso-8859-1/2, windows-1250/1256/1257, koi8-u, big5 (QP/base64), 8bit UTF-8, HTML-only, multipart/alternative;",
         "  bounces as multipart/report and a plain qmail-style one.", ""]
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(s))

if __name__ == "__main__":
    main()
