#!/usr/bin/env python3
"""Held-out triage set jw01..jw80: industrial laundry / linen rental / workwear rental.
Deterministic, stdlib only. Writes emails.jsonl, labels.jsonl, README.md."""
import calendar, json, random, re, os
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 294
AR = "ar.blanchet-linen.example"
ARNAME = "Blanchet Linen & Workwear AR"

# ---------------- date rules (also used by check.py) ----------------
def resolve(rule, today):
    k, _, a = rule.partition(":")
    if k == "today": return today
    if k == "tomorrow": return today + timedelta(1)
    if k == "yesterday": return today - timedelta(1)
    if k == "plus": return today + timedelta(int(a))
    if k == "minus": return today - timedelta(int(a))
    if k == "wd": return today + timedelta((int(a) - today.weekday()) % 7)
    if k == "nextwd": return today + timedelta(7 - today.weekday() + int(a))
    if k == "lastwd":
        d = (today.weekday() - int(a)) % 7
        return today - timedelta(d or 7)
    if k == "pastwd": return today - timedelta((today.weekday() - int(a)) % 7)
    if k == "week": return today + timedelta(4 - today.weekday())
    if k == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "eomnext":
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, calendar.monthrange(y, m)[1])
    if k == "by":
        d = int(a)
        if today.day <= d: return today.replace(day=d)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, d)
    if k == "kw": return date.fromisocalendar(today.year, int(a), 5)
    if k == "abs": return date.fromisoformat(a)
    raise ValueError(rule)

def local_today(datehdr):
    from email.utils import parsedate_to_datetime
    return parsedate_to_datetime(datehdr).date()

# ---------------- item table ----------------
ITEMS = []
def E(key, loc, intent, dt, frm, subj_pre, body, rem, cur_rem, **kw):
    d = dict(key=key, loc=loc, intent=intent, dt=dt, frm=frm, pre=subj_pre, body=body, rem=rem, cur=cur_rem)
    d.update(kw); ITEMS.append(d)


# ---------------- rendering ----------------
QUOTE_HDR = {
 "en": ("From: {ar}\nSent: {sent}\nTo: {to}\nSubject: {subj}", "On {sent}, {ar} wrote:"),
 "es": ("De: {ar}\nEnviado el: {sent}\nPara: {to}\nAsunto: {subj}", "El {sent}, {ar} escribió:"),
 "fr": ("De : {ar}\nEnvoyé : {sent}\nÀ : {to}\nObjet : {subj}", "Le {sent}, {ar} a écrit :"),
 "de": ("Von: {ar}\nGesendet: {sent}\nAn: {to}\nBetreff: {subj}", "Am {sent} schrieb {ar}:"),
 "pt": ("De: {ar}\nEnviada em: {sent}\nPara: {to}\nAssunto: {subj}", "Em {sent}, {ar} escreveu:"),
 "it": ("Da: {ar}\nInviato: {sent}\nA: {to}\nOggetto: {subj}", "Il giorno {sent} {ar} ha scritto:"),
 "nl": ("Van: {ar}\nVerzonden: {sent}\nAan: {to}\nOnderwerp: {subj}", "Op {sent} schreef {ar}:"),
 "sv": ("Från: {ar}\nSkickat: {sent}\nTill: {to}\nÄmne: {subj}", "{sent} skrev {ar}:"),
 "nb": ("Fra: {ar}\nSendt: {sent}\nTil: {to}\nEmne: {subj}", "{sent} skrev {ar}:"),
 "pl": ("Od: {ar}\nWysłano: {sent}\nDo: {to}\nTemat: {subj}", "W dniu {sent} {ar} napisał:"),
 "cs": ("Od: {ar}\nOdesláno: {sent}\nKomu: {to}\nPředmět: {subj}", "Dne {sent} {ar} napsal(a):"),
 "hu": ("Feladó: {ar}\nElküldve: {sent}\nCímzett: {to}\nTárgy: {subj}", "{ar} ezt írta ({sent}):"),
 "hr": ("Šalje: {ar}\nPoslano: {sent}\nPrima: {to}\nPredmet: {subj}", "{sent}, {ar} je napisao:"),
 "el": ("Από: {ar}\nΣτάλθηκε: {sent}\nΠρος: {to}\nΘέμα: {subj}", "Στις {sent}, ο/η {ar} έγραψε:"),
 "uk": ("Від: {ar}\nНадіслано: {sent}\nКому: {to}\nТема: {subj}", "{sent} {ar} пише:"),
 "ar": ("De : {ar}\nEnvoyé : {sent}\nÀ : {to}\nObjet : {subj}", "Le {sent}, {ar} a écrit :"),
 "hi": ("From: {ar}\nSent: {sent}\nTo: {to}\nSubject: {subj}", "On {sent}, {ar} wrote:"),
 "id": ("Dari: {ar}\nDikirim: {sent}\nKepada: {to}\nPerihal: {subj}", "Pada {sent}, {ar} menulis:"),
 "vi": ("Từ: {ar}\nĐã gửi: {sent}\nĐến: {to}\nChủ đề: {subj}", "Vào {sent}, {ar} đã viết:"),
 "zh": ("发件人: {ar}\n发送时间: {sent}\n收件人: {to}\n主题: {subj}", "在 {sent}，{ar} 写道："),
}

def fmt_amt(v, cur):
    return f"{cur} {v:,.2f}"

def reminder_subject(invs, amts, cur, stage):
    tot = sum(amts)
    lead = {1: "Payment reminder", 2: "Second notice", 3: "Final reminder"}[stage]
    if len(invs) == 1:
        return f"{lead}: invoice {invs[0]} is overdue ({fmt_amt(tot, cur)})"
    return f"{lead}: {len(invs)} invoices overdue ({', '.join(invs)})"

def reminder_body(cust, invs, amts, cur):
    lines = [f"Dear {cust} accounts team,", "",
             "Our records show the following linen-rental / laundry invoices as past due:", ""]
    for i, a in zip(invs, amts):
        lines.append(f"  {i}   {fmt_amt(a, cur)}")
    lines += ["", f"Total overdue: {fmt_amt(sum(amts), cur)}", "",
              "If you have already paid, please send us the payment date and reference.",
              "If something on the invoice is not right, simply reply to this email.", "",
              "Kind regards,", "Blanchet Linen & Workwear - Accounts Receivable", "+1 555 0100 ext. 4"]
    return "\n".join(lines)

def quote(it, to, subj, rbody, sent):
    lang = it["loc"].split("-")[0]
    style = it.get("quote", "gmail")
    if style == "none": return ""
    ho, gm = QUOTE_HDR.get(lang, QUOTE_HDR["en"])
    ar = f"{ARNAME} <collections+{it['case']}@{AR}>"
    if style == "outlook":
        return "\n\n" + ("_" * 32) + "\n" + ho.format(ar=ar, sent=sent, to=to, subj=subj) + "\n\n" + rbody
    return "\n\n" + gm.format(ar=ar, sent=sent) + "\n\n" + "\n".join(("> " + l) if l else ">" for l in rbody.splitlines())

def build_eml(it, idx):
    case = it["case"]
    rem = it["rem"]; invs = [r[0] for r in rem]; amts = [r[1] for r in rem]
    stage = it.get("stage", 1)
    rsubj = reminder_subject(invs, amts, it["cur"], stage)
    rdate = it["dt"] - timedelta(days=it.get("rem_age", 4))
    rdate_utc = rdate.strftime("%Y%m%dT090000Z")
    rmid = f"<{case}.r{stage}.{rdate_utc}@{AR}>"
    arfull = f"{ARNAME} <collections+{case}@{AR}>"
    name, addr = it["frm"]
    if it.get("bounce"):
        return it["bounce"](it, rsubj, rmid, reminder_body(name, invs, amts, it["cur"]), arfull, addr)
    rbody = reminder_body(it.get("cust", name.split()[0]), invs, amts, it["cur"])
    sent = rdate.strftime("%a, %d %b %Y 09:00")
    body = it["body"] + quote(it, addr, rsubj, rbody, sent)
    msg = EmailMessage()
    msg["MIME-Version"] = "1.0"
    msg["Date"] = it["dt"].strftime("%a, %d %b %Y %H:%M:%S %z")
    msg["Message-ID"] = f"<{it.get('midp', 'm')}{idx:03d}.{SEED}{idx*7919 % 100000:05d}@{addr.split('@')[1]}>"
    if not it.get("noreply"):
        msg["In-Reply-To"] = rmid
        msg["References"] = rmid
    subj = it.get("subject") or (it["pre"] + " " + rsubj if it["pre"] else rsubj)
    msg["Subject"] = subj
    msg["From"] = f"{name} <{addr}>"
    msg["To"] = it.get("to", arfull)
    for h, v in it.get("hdrs", []):
        msg[h] = v
    cs = it.get("cs", "utf-8"); cte = it.get("cte")
    kind = it.get("kind", "plain")
    if kind == "plain":
        msg.set_content(body, charset=cs, cte=cte) if cte else msg.set_content(body, charset=cs)
        if it.get("flowed"):
            msg.set_param("format", "flowed")
    elif kind == "html":
        msg.set_content(it["html"], subtype="html", charset=cs)
    elif kind == "alt":
        msg.set_content(body, charset=cs)
        msg.add_alternative(it["html"], subtype="html", charset=cs)
    return msg.as_string()

def html_of(text):
    import html
    paras = text.split("\n\n")
    return "<html><head><meta charset=\"utf-8\"></head><body>" + "".join(
        "<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paras) + "</body></html>"

exec(open(os.path.join(HERE, "items.py"), encoding="utf-8").read())

FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]

def main():
    rnd = random.Random(SEED)
    order = list(range(len(ITEMS)))
    rnd.shuffle(order)
    emails, labels = [], []
    for n, k in enumerate(order, 1):
        it = ITEMS[k]
        jid = f"jw{n:02d}"
        eml = build_eml(it, n)
        today = local_today(re.search(r"^Date: (.*)$", eml, re.M).group(1))
        rules = it.get("rules", {})
        lab = {"id": jid, "intent": it["intent"]}
        for f in FIELDS[1:]:
            lab[f] = None
        for f, r in rules.items():
            lab[f] = resolve(r, today).isoformat()
        for f in ("promised_amount", "currency", "payment_reference", "dispute_reason", "new_contact_email"):
            if f in it: lab[f] = it[f]
        lab["invoice_numbers"] = it.get("inv", [r[0] for r in it["rem"]])
        rtxt = "; ".join(f"{f}={r}" for f, r in rules.items())
        lab["note"] = f"[{it['key'][0]}, {it['loc']}] " + it.get("note", "") + (f" | rules: {rtxt}" if rtxt else "")
        if it.get("inj"): lab["injection"] = True
        emails.append({"id": jid, "eml": eml}); labels.append(lab)
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails: f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels: f.write(json.dumps(l, ensure_ascii=False) + "\n")
    write_readme(labels)

def write_readme(labels):
    from collections import Counter
    ci = Counter(l["intent"] for l in labels)
    cl = Counter(l["note"].split(",")[1].split("]")[0].strip() for l in labels)
    inj = sum(1 for l in labels if l.get("injection"))
    s = ["# Blind triage set jw01-jw80 (industrial laundry, linen rental, workwear rental)", "",
         "Theme: replies to dunning emails from *Blanchet Linen & Workwear* (`collections+CASEID@ar.blanchet-linen.example`),",
         "an industrial laundry renting linen to hospitals, care homes and restaurants, plus workwear rental. All names,",
         "domains (`*.example`), phones (555) and references are made up.", "",
         "| file | lines | content |", "|---|---|---|",
         "| `emails.jsonl` | 80 | `{id, eml}` whole RFC 822 message |",
         "| `labels.jsonl` | 80 | contract fields + `note` (+ `injection: true`) |",
         "| `build.py` + `items.py` | - | deterministic generator (seed 294) |",
         "| `check.py` | - | re-verifies labels from the generated data |", "",
         "## Conventions", "",
         "- Contract `triage.md` and the public samples' README conventions: null unless stated; priority order for two statements",
         "  with the lower statement's fields still filled; amounts as `1234.56`; ISO 4217 currency, null when amount null;",
         "  `invoice_numbers` from the customer's own text, else Subject, else quoted/returned reminder (set compare).",
         "- Today = calendar date of the message's own Date header in its own offset. Every date label's rule is listed at the",
         "  end of its note (`rules: field=rule`) and recomputed by check.py. Rules: wd:N coming weekday (today if same),",
         "  nextwd:N weekday of the following Mon-Sun week, pastwd:N latest on/before today (past payment 'on Monday'),",
         "  lastwd:N 'last Friday' (strictly before), week = this week's Friday, kw:N Friday of ISO week N, eom, eomnext,",
         "  by:D next D-th on/after, plus:N, abs:ISO.",
         "- payment_plan_request: promised_amount = first instalment, or the full amount for a single extension.",
         "- Amounts without decimals in currencies like IDR/VND are labelled with `.00`.",
         "- Note key letters: A promise, B paid, C dispute, D document, E billing, F wrong_contact, G out_of_office,",
         "  H payment_plan, I legal, J delivery_failure, K acknowledgement, L other.", "",
         "## Counts per intent", "", "| intent | n |", "|---|---|"]
    s += [f"| {k} | {v} |" for k, v in sorted(ci.items())]
    s += ["", f"Prompt-injection items: {inj}", "", "## Counts per locale", "", "| locale | n |", "|---|---|"]
    s += [f"| {k} | {v} |" for k, v in sorted(cl.items())]
    s += ["", "## Deliberately hard", "",
          "- Time-zone edges: Date late evening at -0700 / early morning at +1100 where UTC is another day.",
          "- Weekday phrases: 'next Monday' written on a Friday, 'this coming Monday', 'day after tomorrow', 'übermorgen',",
          "  '下周三', ISO week 'vecka 16', 'within the week', 'in ten days', 'dans quinze jours' (= two weeks, +14),",
          "  'end of next month', '15 of the month' after the 15th.",
          "- Past-tense weekdays for paid_date ('am Montag', 'last Friday', 'předevčírem').",
          "- Mixed language (Swahili/English, Hinglish, Arabic/French), phone signatures in many languages,",
          "  forwarded chains where the ask is buried, long rambling replies, a reply with only a phone signature.",
          "- PO numbers and supplier numbers that look like invoice numbers (not labelled as invoices).",
          "- Charsets: ISO-8859-1/-2/-7, KOI8-U, GBK, windows-1250 via QP/base64; 8bit UTF-8 bodies; HTML-only and",
          "  multipart/alternative; bounces as multipart/report (Postfix, Exchange with message/rfc822, Gmail-style",
          "  text/rfc822-headers, a Chinese server) and a plain-text MTA bounce.",
          "- Six prompt injections where embedded text orders a different conclusion; the label follows the human text.",
          "- Meeting / job-change / delivery dates that are not payment dates stay out of the labels.", ""]
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write("\n".join(s))

if __name__ == "__main__":
    main()
