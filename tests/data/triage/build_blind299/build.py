#!/usr/bin/env python3
"""Blind triage held-out set fn01..fn80: translation/interpreting/localisation agencies. stdlib only, deterministic."""
import json, random, calendar, re, os
from datetime import datetime, timedelta, date
from email.utils import format_datetime
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 299
AGENCIES = [("Babel Bridge Translations", "babelbridge.example"),
            ("Verbo Interpreting Group", "verbo-interp.example"),
            ("Pixel Tongue Localisation", "pixeltongue.example"),
            ("Meridian Medical Language Services", "meridian-mls.example")]
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

def parse_dt(s):  # "2026-03-12 10:14 +0100"
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")

def resolve(rule, today):
    k, _, a = rule.partition(":")
    if k == "abs": return date.fromisoformat(a)
    if k == "plus": return today + timedelta(days=int(a))
    if k == "this": return today + timedelta((WD[a] - today.weekday()) % 7)
    if k == "next": return today + timedelta(7 - today.weekday() + WD[a])
    if k == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "eonm":
        m = int(a); y = today.year if m >= today.month else today.year + 1
        return date(y, m, calendar.monthrange(y, m)[1])
    if k == "week": return today + timedelta(4 - today.weekday())
    if k == "by":
        d = int(a)
        if today.day <= d: return today.replace(day=d)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, d)
    raise ValueError(rule)

def money(amount, cur):
    return f"{cur} {amount:,.2f}"

def reminder_text(case, agency, invs, cur, rdate, contact):
    lines = [f"Dear {contact},", "",
             f"According to our records the following invoice(s) from {agency[0]} remain unpaid:", "",
             "  Invoice     Due date     Amount"]
    tot = 0
    for n, amt, due in invs:
        lines.append(f"  {n}    {due}   {money(amt, cur)}"); tot += amt
    lines += ["", f"Balance overdue: {money(tot, cur)}", "",
              "Please arrange payment at your earliest convenience. If you have already paid,",
              "reply with the payment date and reference; if something looks wrong, let us know.", "",
              "Kind regards,", f"Accounts Receivable, {agency[0]}"]
    return "\n".join(lines)

def quote(text, style, rdate, agency, case):
    addr = f"ar+{case}@billing.{agency[1]}"
    q = "\n".join("> " + l if l else ">" for l in text.split("\n"))
    if style == "gmail":
        return f"\n\nOn {rdate.strftime('%a, %b %d, %Y at %H:%M')} {agency[0]} <{addr}> wrote:\n{q}\n"
    if style == "outlook":
        return (f"\n\n-----Original Message-----\nFrom: {agency[0]} <{addr}>\nSent: {rdate.strftime('%A, %B %d, %Y %H:%M')}\n"
                f"Subject: {subject_of(case)}\n\n{text}\n")
    if style == "fwd":
        return (f"\n\n---------- Forwarded message ---------\nFrom: {agency[0]} <{addr}>\nDate: {rdate.strftime('%a, %d %b %Y %H:%M')}\n"
                f"Subject: {subject_of(case)}\n\n{text}\n")
    return ""

SUBJ = {}
def subject_of(case): return SUBJ[case]

ITEMS = []
def I(key, loc, intent, date_s, frm, body, invs, cur, fields=None, kind="plain", style="gmail",
      prefix="Re: ", charset="utf-8", note="", inj=False, inv_label=None, extra_headers=None, subj=None):
    ITEMS.append(dict(key=key, loc=loc, intent=intent, date=date_s, frm=frm, body=body, invs=invs, cur=cur,
                      fields=fields or {}, kind=kind, style=style, prefix=prefix, charset=charset, note=note,
                      inj=inj, inv_label=inv_label, extra=extra_headers or [], subj=subj))

exec(open(os.path.join(OUT, "items.py"), encoding="utf-8").read())

def hdr(name, value):
    try:
        value.encode("ascii"); return f"{name}: {value}"
    except UnicodeEncodeError:
        return f"{name}: " + Header(value, "utf-8").encode()

def addr_hdr(name, email):
    try:
        name.encode("ascii"); return f"{name} <{email}>"
    except UnicodeEncodeError:
        return Header(name, "utf-8").encode() + f" <{email}>"

FALLBACK = {"iso-8859-1": "windows-1252", "iso-8859-2": "windows-1250"}
def mime_body(text, charset, sub="plain"):
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = FALLBACK[charset]; text.encode(charset)
    m = MIMEText(text, sub, charset)
    s = m.as_string()
    h, _, b = s.partition("\n\n")
    hs = [l for l in h.split("\n") if not l.startswith("MIME-Version")]
    return "\n".join(hs), b

def build(rng):
    rows, labels = [], []
    for idx, it in enumerate(ITEMS):
        agency = AGENCIES[idx % 4]
        case = f"T{4100 + idx * 7}"
        dt = parse_dt(it["date"])
        rdate = dt - timedelta(days=rng.randint(2, 9), hours=rng.randint(0, 5))
        rdate = rdate.replace(hour=8, minute=0)
        invs = []
        for n, amt in it["invs"]:
            due = (rdate - timedelta(days=rng.randint(10, 45))).date().isoformat()
            invs.append((n, amt, due))
        if len(invs) == 1:
            SUBJ[case] = f"Payment reminder: invoice {invs[0][0]} overdue ({money(invs[0][1], it['cur'])})"
        elif invs:
            SUBJ[case] = f"Payment reminder: {len(invs)} overdue invoices ({', '.join(i[0] for i in invs)})"
        else:
            SUBJ[case] = "Payment reminder: account statement"
        if it["subj"]: SUBJ[case] = it["subj"]
        rem_id = f"<{case}.r1.{rdate.strftime('%Y%m%dT%H%M%S')}Z@billing.{agency[1]}>"
        to_addr = f"ar+{case}@billing.{agency[1]}"
        fname, femail = it["frm"]
        fdom = femail.split("@")[1]
        contact = fname.split()[0] if fname else "Sir or Madam"
        rtext = reminder_text(case, agency, invs, it["cur"], rdate, contact)
        body = it["body"].replace("{AG}", agency[0])
        mid = f"<{rng.randrange(16**12):012x}.{idx}@{fdom}>"
        H = ["MIME-Version: 1.0", f"Date: {format_datetime(dt)}", f"Message-ID: {mid}"]
        kind = it["kind"]
        if kind in ("bounce_report", "bounce_plain"):
            ours = (f"From: {agency[0]} <{to_addr}>\nTo: {fname} <{femail}>\nSubject: {SUBJ[case]}\n"
                    f"Date: {format_datetime(rdate)}\nMessage-ID: {rem_id}")
            if kind == "bounce_plain":
                eml = (f"Return-Path: <>\nDate: {dt.strftime('%d %b %Y %H:%M:%S')} -0000\nFrom: MAILER-DAEMON@mx.{fdom}\n"
                       f"To: {to_addr}\nSubject: failure notice\n\n" + body.replace("{RCPT}", femail) +
                       "\n\n--- Below this line is a copy of the message.\n\n" + ours + "\n\n" + rtext + "\n")
            else:
                b = f"==_rep_{idx:02d}_=="
                H += [f"From: Mail Delivery System <MAILER-DAEMON@mx1.{fdom}>", f"To: <{to_addr}>",
                      hdr("Subject", it["prefix"] + SUBJ[case]), "Auto-Submitted: auto-replied",
                      f'Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"']
                ds = (f"Reporting-MTA: dns; mx1.{fdom}\nArrival-Date: {format_datetime(dt)}\n\n"
                      f"Final-Recipient: rfc822; {femail}\nAction: failed\nStatus: {it['fields'].get('_status','5.1.1')}\n"
                      f"Diagnostic-Code: smtp; {it['fields'].get('_diag','550 5.1.1 User unknown')}\n")
                eml = "\n".join(H) + "\n\nThis is a MIME-encapsulated message.\n\n" + \
                    f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body.replace('{RCPT}', femail)}\n\n" + \
                    f"--{b}\nContent-Type: message/delivery-status\n\n{ds}\n" + \
                    f"--{b}\nContent-Type: text/rfc822-headers\n\n{ours}\n\n--{b}--\n"
        else:
            subj = it["prefix"] + SUBJ[case]
            H += [hdr("Subject", subj), "From: " + addr_hdr(fname, femail), f"To: {agency[0]} <{to_addr}>"]
            if kind != "ooo_noref":
                H += [f"In-Reply-To: {rem_id}", f"References: {rem_id}"]
            H += it["extra"]
            full = body + quote(rtext, it["style"], rdate, agency, case) if it["style"] != "none" else body
            if kind in ("plain", "ooo", "ooo_noref"):
                if it["charset"] == "8bit":
                    H += ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 8bit"]
                    eml = "\n".join(H) + "\n\n" + full + "\n"
                else:
                    mh, mb = mime_body(full, it["charset"])
                    eml = "\n".join(H) + "\n" + mh + "\n\n" + mb
            elif kind == "html":
                html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + \
                       "<blockquote>" + rtext.replace("\n", "<br>\n") + "</blockquote></body></html>"
                mh, mb = mime_body(html, it["charset"], "html")
                eml = "\n".join(H) + "\n" + mh + "\n\n" + mb
            elif kind == "alt":
                b = f"--alt-{idx:02d}-{rng.randrange(10**8)}"
                html = "<div dir=\"auto\">" + body.replace("\n", "<br>") + "</div><blockquote>" + rtext.replace("\n", "<br>") + "</blockquote>"
                h1, b1 = mime_body(full, it["charset"]); h2, b2 = mime_body(html, it["charset"], "html")
                H.append(f'Content-Type: multipart/alternative; boundary="{b}"')
                eml = "\n".join(H) + f"\n\n--{b}\n{h1}\n\n{b1}\n--{b}\n{h2}\n\n{b2}\n--{b}--\n"
            else:
                raise ValueError(kind)
        # labels
        today = dt.date()
        f = {k: None for k in ("promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
                               "dispute_reason", "new_contact_email", "return_date")}
        rules = []
        for k, v in it["fields"].items():
            if k.startswith("_"): continue
            if k in ("promised_date", "paid_date", "return_date"):
                f[k] = resolve(v, today).isoformat(); rules.append(f"{k}={v}")
            else:
                f[k] = v
        if f["promised_amount"] is not None and f["currency"] is None:
            f["currency"] = it["cur"]
        invl = it["inv_label"] if it["inv_label"] is not None else [n for n, _ in it["invs"]]
        lab = {"id": None, "intent": it["intent"], **f, "invoice_numbers": invl,
               "note": f"[{it['key']}, {it['loc']}] {it['note']}" + (f" {{rules: {'; '.join(rules)}}}" if rules else "")}
        if it["inj"]: lab["injection"] = True
        rows.append({"id": None, "eml": eml}); labels.append(lab)
    order = list(range(len(rows))); rng.shuffle(order)
    E, L = [], []
    for n, i in enumerate(order, 1):
        rid = f"fn{n:02d}"; rows[i]["id"] = rid; labels[i]["id"] = rid
        E.append(rows[i]); L.append(labels[i])
    return E, L, order

def main():
    rng = random.Random(SEED)
    E, L, order = build(rng)
    with open(os.path.join(OUT, "emails.jsonl"), "w", encoding="utf-8") as fh:
        for r in E: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in L: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(L)

def write_readme(L):
    from collections import Counter
    ci = Counter(l["intent"] for l in L); cl = Counter(l["note"].split("]")[0].split(", ")[1] for l in L)
    s = ["# Blind triage set blind299 (prefix fn)", "",
         "Theme: translation, interpreting and localisation agencies (Babel Bridge Translations, Verbo Interpreting Group,",
         "Pixel Tongue Localisation, Meridian Medical Language Services) chasing law firms, publishers, game studios and hospitals.",
         "All names/domains are made up (`*.example`, 555 phone numbers).", "",
         "| file | lines | content |", "|---|---|---|",
         f"| emails.jsonl | {len(L)} | `{{id, eml}}` whole RFC 822 messages |",
         f"| labels.jsonl | {len(L)} | contract fields + `note` (+ `injection`) |",
         "| build.py / items.py | | deterministic generator (seed 299) |", "| check.py | | re-verifies labels |", "",
         "## Conventions", "",
         "- Contract `triage.md` + sample README conventions: null unless stated; amounts `1234.00`; currency only with an amount;",
         "  `promised_amount` = amount paid for paid_claim, first instalment for plans; invoice numbers as written by the agency (`INV-NNNN`),",
         "  from the customer's text, else Subject, else the quoted/returned reminder; new_contact_email also for deputies/counsel.",
         "- Today = calendar date of the Date header in its own offset. Rules used (noted in each label note as `{rules: ...}`):",
         "  `this:fri` coming weekday (today if same), `next:fri` weekday of following Mon-Sun week, `eom` month end, `plus:N` Date+N",
         "  (tomorrow=1, day after tomorrow=2, in 15 days=15, yesterday=-1), `by:N` next Nth on/after Date, `week` this week's Friday,",
         "  `eonm:M` end of named month, `abs:` explicit date.",
         "- Priority order from the contract when two statements are present; the other fields are still filled.", "",
         "## Counts per intent", ""] + [f"- {k}: {v}" for k, v in sorted(ci.items())] + ["", "## Counts per locale", ""] + \
        [f"- {k}: {v}" for k, v in sorted(cl.items())] + ["", "## Deliberately hard", "",
         "- Time zones from -0800 to +0900 near midnight; Friday-dated 'Friday'; 'by the 20th' after the 20th; month-end in February.",
         "- Prompt injections (label = what the human says): see `injection: true`.",
         "- Non-UTF-8 charsets (iso-8859-1/2/7, windows-1255/1256/1257, big5, euc-kr, tis-620), HTML-only, multipart/alternative,",
         "  8-bit UTF-8 bodies, multipart/report and plain qmail-style bounces, auto-replies with plain 'Re:' subjects.",
         "- Dates in the text that are not payment dates (meetings, court hearings, go-live dates, release dates) stay out of the labels.",
         "- Mixed-language replies, forwarded chains, ask after chit-chat, formal law-office style.", ""]
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(s))

if __name__ == "__main__":
    main()
