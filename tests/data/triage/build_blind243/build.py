#!/usr/bin/env python3
"""Blind triage test set rj01..rj80: replies to a ship chandler's dunning emails. Stdlib only, deterministic."""
import json, random, base64, quopri, calendar, os, re, html
from datetime import datetime, timedelta, timezone, date
from email.utils import format_datetime
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
CO = "Seahaven Marine Supply"
DOM = "ar.seahaven-marine.example"

def this_wd(t, wd): return t + timedelta((wd - t.weekday()) % 7)
def next_wd(t, wd): return t + timedelta(7 - t.weekday() + wd)
def eom(t): return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
def by_day(t, d):
    if t.day <= d: return t.replace(day=d)
    y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    return date(y, m, d)
def iso_week_fri(t, wk): return date.fromisocalendar(t.year, wk, 5)

def resolve(t, rule, arg):
    if rule == "abs": return date.fromisoformat(arg)
    if rule == "tomorrow": return t + timedelta(1)
    if rule == "yesterday": return t - timedelta(1)
    if rule == "plus": return t + timedelta(int(arg))
    if rule == "minus": return t - timedelta(int(arg))
    if rule == "this_wd": return this_wd(t, int(arg))
    if rule == "next_wd": return next_wd(t, int(arg))
    if rule == "prev_wd": return t - timedelta(t.weekday() + 7 - int(arg))
    if rule == "last_wd": return t - timedelta((t.weekday() - int(arg)) % 7 or 7)
    if rule == "eom": return eom(t)
    if rule == "by_day": return by_day(t, int(arg))
    if rule == "this_week": return this_wd(t, 4) if t.weekday() <= 4 else t  # that week's Friday
    if rule == "kw": return iso_week_fri(t, int(arg))
    if rule == "named_eom":
        y = t.year if int(arg) >= t.month else t.year + 1
        return eom(date(y, int(arg), 1))
    raise ValueError(rule)

TZ = {"en-GB": 0, "en-SG": 8, "en-NO": 1, "es-ES": 1, "fr-FR": 1, "de-DE": 1, "pt-BR": -3, "it-IT": 1,
      "nl-NL": 1, "nb-NO": 1, "da-DK": 1, "pl-PL": 1, "ru-RU": 3, "ja-JP": 9, "ko-KR": 9, "ar-AE": 4,
      "tr-TR": 3, "el-GR": 2}

QHDR = {
 "en": "On {d}, {n} <{a}> wrote:", "es": "El {d}, {n} <{a}> escribió:", "fr": "Le {d}, {n} <{a}> a écrit :",
 "de": "Am {d} schrieb {n} <{a}>:", "pt": "Em {d}, {n} <{a}> escreveu:", "it": "Il giorno {d} {n} <{a}> ha scritto:",
 "nl": "Op {d} schreef {n} <{a}>:", "nb": "{d} skrev {n} <{a}>:", "da": "Den {d} skrev {n} <{a}>:",
 "pl": "W dniu {d} {n} <{a}> napisał:", "ru": "{d}, {n} <{a}> пишет:", "ja": "{d} {n} <{a}>:",
 "ko": "{d}, {n} <{a}>님이 작성:", "ar": "في {d}، كتب {n} <{a}>:", "tr": "{d} tarihinde {n} <{a}> şunu yazdı:",
 "el": "Στις {d}, ο/η {n} <{a}> έγραψε:"}
OUTL = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
        "nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "fr": ("De", "Envoyé", "À", "Objet"),
        "nb": ("Fra", "Sendt", "Til", "Emne"), "da": ("Fra", "Sendt", "Til", "Emne"),
        "es": ("De", "Enviado el", "Para", "Asunto"), "it": ("Da", "Inviato", "A", "Oggetto"),
        "pl": ("Od", "Wysłano", "Do", "Temat"), "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
        "pt": ("De", "Enviada em", "Para", "Assunto"), "el": ("Από", "Στάλθηκε", "Προς", "Θέμα")}

ITEMS = []
def it(key, loc, intent, when, who, inv, body, amt=None, cur="EUR", pre="Re:", fmt="plain", quote="gmail",
       f=None, d=None, inj=False, note="", kind="reply", ago=6, extra_hdr=None, subj=None, labinv=None, hsubj=None):
    ITEMS.append(dict(key=key, loc=loc, intent=intent, when=when, who=who, inv=inv, body=body, amt=amt, cur=cur,
                      pre=pre, fmt=fmt, quote=quote, f=f or {}, d=d or {}, inj=inj, note=note, kind=kind,
                      ago=ago, extra_hdr=extra_hdr or [], subj=subj, labinv=labinv, hsubj=hsubj))

def enc_hdr(s):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def enc_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "8bit": return raw.decode("utf-8")
    if cte == "7bit": return raw.decode("ascii")
    if cte == "quoted-printable": return quopri.encodestring(raw).decode("ascii")
    b = base64.b64encode(raw).decode("ascii")
    return "\n".join(b[i:i + 76] for i in range(0, len(b), 76))

def to_html(text):
    out, inq = [], False
    for line in text.split("\n"):
        q = line.startswith(">")
        if q and not inq: out.append("<blockquote style=\"border-left:1px solid #ccc;padding-left:6px\">"); inq = True
        if not q and inq: out.append("</blockquote>"); inq = False
        out.append(html.escape(line.lstrip("> ") if q else line) + "<br>")
    if inq: out.append("</blockquote>")
    return "<html><head><meta charset=\"utf-8\"></head><body><div dir=\"auto\">\n" + "\n".join(out) + "\n</div></body></html>"

def part(text, ctype, fmt):
    # returns (headers list, payload)
    charset, cte = "utf-8", "quoted-printable"
    if fmt.startswith("cs:"):
        _, charset, cte = fmt.split(":")
    elif fmt == "8bit": cte = "8bit"
    try:
        text.encode("ascii")
        if not fmt.startswith("cs:"): charset, cte = "us-ascii", "7bit"
    except UnicodeEncodeError: pass
    return [f"Content-Type: {ctype}; charset=\"{charset}\"", f"Content-Transfer-Encoding: {cte}"], enc_body(text, charset, cte)

def dunning_text(case, inv, amt, cur, due):
    invs = ", ".join("INV-" + i for i in inv)
    word = "invoices" if len(inv) > 1 else "invoice"
    return (f"Dear Sir or Madam,\n\nAccording to our ledger, {word} {invs} (total {amt} {cur}, due {due}) "
            f"remains unpaid. Please arrange settlement or tell us if anything is holding it up.\n"
            f"If payment has already been made, please ignore this reminder.\n\n"
            f"Credit Control | {CO}\nDock Road 5, Portsmouth | +44 20 5550 1234\nCase {case}")

def build_item(n, x):
    off = TZ[x["loc"]]
    y, mo, dd, hh, mi = x["when"]
    tz = timezone(timedelta(hours=off))
    dt = datetime(y, mo, dd, hh, mi, (n * 7) % 60, tzinfo=tz)
    case = f"RJ{3100 + n * 13}"
    coaddr = f"collections+{case}@{DOM}"
    dun_dt = (dt - timedelta(days=x["ago"])).astimezone(timezone.utc).replace(hour=8, minute=30, second=0)
    if x["kind"] in ("report", "rawbounce"):
        dun_dt = (dt - timedelta(minutes=4)).astimezone(timezone.utc).replace(second=0)
    dun_id = f"<{case}.r1.{dun_dt.strftime('%Y%m%dT%H%M%SZ')}@{DOM}>"
    invs = ", ".join("INV-" + i for i in x["inv"])
    dsubj = x["subj"] or (f"Overdue {'invoices' if len(x['inv']) > 1 else 'invoice'} {invs} - {CO}" if x["inv"] else f"Account statement reminder - {CO}")
    due = (dun_dt - timedelta(days=21)).strftime("%d %b %Y")
    dtext = dunning_text(case, x["inv"], x["amt"] or "0.00", x["cur"], due)
    name, addr = x["who"]
    lang = x["loc"].split("-")[0]
    if x["loc"] == "nb-NO": lang = "nb"
    body = x["body"]
    if x["kind"] == "reply" and x["quote"] != "none":
        ql = "\n".join("> " + l if l else ">" for l in dtext.split("\n"))
        qd = format_datetime(dun_dt)
        if x["quote"] == "outlook":
            lab = OUTL.get(lang, OUTL["en"])
            body = body + f"\n\n-----Original Message-----\n{lab[0]}: Seahaven Credit Control <{coaddr}>\n{lab[1]}: {qd}\n{lab[2]}: {name} <{addr}>\n{lab[3]}: {dsubj}\n\n{dtext}\n"
        else:
            body = body + "\n\n" + QHDR.get(lang, QHDR["en"]).format(d=qd, n="Seahaven Credit Control", a=coaddr) + "\n" + ql + "\n"
    H = [f"From: {enc_hdr(name)} <{addr}>" if name else f"From: {addr}", f"To: Seahaven Credit Control <{coaddr}>",
         f"Subject: {enc_hdr(x['hsubj'] or (x['pre'] + ' ' + dsubj if x['pre'] else dsubj))}", f"Date: {format_datetime(dt)}",
         f"Message-ID: <{n:03d}.{dt.strftime('%Y%m%d%H%M%S')}@{addr.split('@')[1]}>"]
    if x["kind"] in ("reply", "auto"):
        H += [f"In-Reply-To: {dun_id}", f"References: {dun_id}"]
    H += x["extra_hdr"]
    if x["kind"] == "rawbounce":
        eml = "\n".join(H[:1] + [f"To: {coaddr}", H[2], f"Date: {dt.strftime('%d %b %Y %H:%M:%S')} -0000", H[4]]) + "\n\n" + \
              body.format(coaddr=coaddr, subj=dsubj, dunid=dun_id, dundate=format_datetime(dun_dt)) + "\n"
        return eml, dt, dsubj, dtext
    if x["kind"] == "report":
        bnd = f"=_rep{n:03d}"
        human, status, ret = body
        ret = ret.format(coaddr=coaddr, subj=enc_hdr(dsubj), dunid=dun_id, dundate=format_datetime(dun_dt), dtext=dtext)
        status = status.format(coaddr=coaddr)
        ph, pp = part(human, "text/plain", x["fmt"])
        rtype = "message/rfc822" if "\n\n" in ret.strip() else "text/rfc822-headers"
        eml = "\n".join(H + ["MIME-Version: 1.0", f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{bnd}\""]) + \
            f"\n\nThis is a MIME-encapsulated message.\n\n--{bnd}\n" + "\n".join(ph) + "\n\n" + pp + \
            f"\n--{bnd}\nContent-Type: message/delivery-status\n\n{status}\n--{bnd}\nContent-Type: {rtype}\n\n{ret}\n--{bnd}--\n"
        return eml, dt, dsubj, dtext
    fmt = x["fmt"]
    if fmt == "html":
        ph, pp = part(to_html(body), "text/html", "plain")
        eml = "\n".join(H + ["MIME-Version: 1.0"] + ph) + "\n\n" + pp + "\n"
    elif fmt.startswith("alt"):
        sub = fmt[4:] or "plain"
        bnd = f"=_alt{n:03d}"
        p1h, p1 = part(body, "text/plain", sub)
        p2h, p2 = part(to_html(body), "text/html", sub)
        eml = "\n".join(H + ["MIME-Version: 1.0", f"Content-Type: multipart/alternative; boundary=\"{bnd}\""]) + \
            f"\n\n--{bnd}\n" + "\n".join(p1h) + "\n\n" + p1 + f"\n--{bnd}\n" + "\n".join(p2h) + "\n\n" + p2 + f"\n--{bnd}--\n"
    elif fmt.startswith("pdf"):
        sub = fmt[4:] or "plain"
        bnd = f"=_mix{n:03d}"
        p1h, p1 = part(body, "text/plain", sub)
        pdf = base64.b64encode(b"%PDF-1.4\n% remittance advice (dummy)\n%%EOF\n").decode()
        eml = "\n".join(H + ["MIME-Version: 1.0", f"Content-Type: multipart/mixed; boundary=\"{bnd}\""]) + \
            f"\n\n--{bnd}\n" + "\n".join(p1h) + "\n\n" + p1 + f"\n--{bnd}\nContent-Type: application/pdf; name=\"remittance.pdf\"\nContent-Disposition: attachment; filename=\"remittance.pdf\"\nContent-Transfer-Encoding: base64\n\n{pdf}\n--{bnd}--\n"
    else:
        ph, pp = part(body, "text/plain", fmt)
        eml = "\n".join(H + ["MIME-Version: 1.0"] + ph) + "\n\n" + pp + "\n"
    return eml, dt, dsubj, dtext

FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]

def main():
    from items import load
    load(it)
    rng = random.Random(243)
    order = list(range(len(ITEMS))); rng.shuffle(order)
    emails, labels = [], []
    for n, idx in enumerate(order, 1):
        x = ITEMS[idx]; rid = f"rj{n:02d}"
        eml, dt, dsubj, dtext = build_item(n, x)
        today = dt.date()
        lab = {"id": rid, "intent": x["intent"]}
        for k in FIELDS[1:-1]: lab[k] = None
        for k, v in x["f"].items(): lab[k] = v
        dnotes = []
        for k, (rule, arg, phrase) in x["d"].items():
            lab[k] = resolve(today, rule, arg).isoformat()
            dnotes.append(f"{k}<={rule}:{arg}|{phrase}")
        lab["invoice_numbers"] = x["labinv"] if x["labinv"] is not None else ["INV-" + i for i in x["inv"]]
        note = f"[{x['key']}, {x['loc']}] " + x["note"]
        if dnotes: note += " DATES{" + ";".join(dnotes) + "}"
        lab["note"] = note
        if x["inj"]: lab["injection"] = True
        emails.append({"id": rid, "eml": eml}); labels.append(lab)
    with open(os.path.join(OUT, "emails.jsonl"), "w", encoding="utf-8") as fh:
        for e in emails: fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels: fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    write_readme(labels)

def write_readme(labels):
    from collections import Counter
    ci = Counter(l["intent"] for l in labels)
    cl = Counter(l["note"].split(",")[1].split("]")[0].strip() for l in labels)
    inj = sum(1 for l in labels if l.get("injection"))
    r = ["# Blind triage set blind243 (rj01..rj80)", "",
         "Theme: replies to dunning emails from **Seahaven Marine Supply**, a ship chandler and marine-supplies",
         "distributor (ropes, mooring lines, antifouling paint, liferafts and safety gear, provisions), from shipping",
         "companies, ship managers, marinas and fishing cooperatives. Every name, domain (`*.example`) and phone (555) is made up.",
         "", "## Files", "", "| file | lines | content |", "|---|---|---|",
         "| `emails.jsonl` | 80 | `{id, eml}` whole RFC 822 message |",
         "| `labels.jsonl` | 80 | contract fields + `note` (+ `injection: true` on injection items) |",
         "| `build.py` / `items.py` | | deterministic generator (seed 243); items.py holds the message texts (imported by build.py) |",
         "| `check.py` | | re-verifies labels against the generated messages |", "",
         "## Conventions followed", "",
         "- Contract `triage.md` wins; samples README conventions used where the contract is silent.",
         "- Dunning emails come from `collections+RJnnnn@ar.seahaven-marine.example`; Message-ID `<RJnnnn.r1.<UTC stamp>@...>`;",
         "  replies carry In-Reply-To/References; bounces do not.",
         "- Today = calendar date of the reply's own `Date:` header in its own offset. Weeks Mon–Sun.",
         "  Unambiguous wording used for 'next <weekday>' in other languages (\"viernes de la semana que viene\", \"fredag i neste uke\",",
         "  \"来週の金曜日\", \"다음 주 금요일\", \"haftaya cuma\"); these resolve to the weekday of the following week.",
         "  Every date label's rule and phrase is recorded in the note as `DATES{field<=rule:arg|phrase}` and re-checked by check.py.",
         "- Amounts: two decimals, `.` separator, no thousands separators. Currency ISO 4217; `kr` from Norwegian senders = NOK,",
         "  from Danish = DKK; `S$` = SGD; `R$` = BRL; `zł` = PLN; `€` = EUR; other amounts carry an ISO code in the text. Currency null iff amount null.",
         "- For paid_claim the amount paid goes in promised_amount; for payment plans the first instalment (or the full amount of a single extension).",
         "- Invoice numbers normalised to `INV-NNNN`: from the customer's own text, else the Subject, else quoted/returned reminder.",
         "- new_contact_email filled whenever a reply gives an address to write to instead (wrong contact, deputy in auto-reply, counsel).",
         "- Injection items: the label is what the human text says; embedded orders are ignored.", "",
         "## Counts", "", "| intent | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(ci.items())] + \
        ["", "| locale | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(cl.items())] + \
        ["", f"Injection items: {inj}.", "", "## Deliberately hard", "",
         "- Two-statement messages (dispute + promise, legal + quality dispute, paid + receipt request, OOO naming a deputy, promise + new AP address).",
         "- Two messages sent near midnight where UTC is on another day (Greek 'αύριο' at 00:40 +0200, Brazilian 'hoje' at 22:30 -0300).",
         "- Relative dates in 18 locales, incl. a week number ('in the week 48'), 'übermorgen'/'i overmorgen', 'haftaya cuma' on a Friday, 'vorige week dinsdag', day-of-month rolling into next month, year rollover (Jan return dates), time zones from -0300 to +0900.",
         "- Non-payment dates that must stay out of labels (vessel ETA, port-call dates, cancellation date, job-change date, administrators' appointment date, second instalment, meeting days).",
         "- Encodings: UTF-8 QP/8bit/base64, ISO-8859-1/-2/-7/-9, KOI8-R, ISO-2022-JP, EUC-KR, windows-1256; HTML-only; multipart/alternative; PDF attachments.",
         "- Bounces: multipart/report (rfc822-headers and full message/rfc822), plain-text MTA bounce with no MIME, localized NDR text.",
         "- Auto-replies marked only by headers (Auto-Submitted / X-Autoreply / Precedence) with a plain Re: subject.",
         "- Acknowledgements that sound like promises (port call 'on Thursday', AP meeting 'salı günü'); a Dutch postcode '4401 AA' that looks like an invoice number; a 10-digit PO number.",
         "", "## Judgement calls (contract silent or ambiguous)", "",
         "- German away message with 'bis einschließlich 11.12.2026' and 'ab dem 14.12.2026 wieder erreichbar': return_date = the stated return day, 14 Dec.",
         "- Past weekday for paid_date ('mandag', 'last Thursday') = most recent such day before the Date; 'vorige week dinsdag' = Tuesday of the previous Mon-Sun week.",
         "- Invoice rejected because no PO exists behind the order ('we contest this invoice') = dispute/missing_po; a request to add a PO to a reissued invoice = billing_update.",
         "- Payment plan: promised_amount = first instalment; single extension = full amount (samples' convention). First instalment 'in two weeks' = Date + 14.",
         "- A week number ('week 48') resolves to that ISO week's Friday; 'until end of January 2027' = 31 Jan 2027.",
         "- Legal notice naming a lawyer without an address: new_contact_email null; with an address (administrators, curator, counsel): filled.",
         "- Quoted reminders are in English (the chandler writes English); dispute/legal also fill dispute_reason / promise fields of the lower-priority statement."]
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(r) + "\n")

if __name__ == "__main__":
    main()
