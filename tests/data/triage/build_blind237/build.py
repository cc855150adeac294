#!/usr/bin/env python3
"""Blind triage test set 'zq': Hearthfield Bakehouse & Ices dunning its trade customers.
Deterministic, stdlib only. Writes emails.jsonl, labels.jsonl, meta.jsonl, README.md."""
import calendar, json, random, os, re
from datetime import datetime, date, timedelta, timezone
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.header import Header
from email.utils import format_datetime, formataddr
from email import charset as _cs

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 237
DOM = "ar.hearthfield.example"
SENDER = "Hearthfield Credit Control"

# ---------------------------------------------------------------- date rules
def resolve(rule, today):
    k = rule[0]
    if k == "abs": return date.fromisoformat(rule[1])
    if k == "today": return today
    if k == "plus": return today + timedelta(rule[1])
    if k == "this_wd": return today + timedelta((rule[1] - today.weekday()) % 7)
    if k == "next_wd": return today + timedelta(7 - today.weekday() + rule[1])
    if k == "last_wd":  # most recent such weekday strictly before today (past event)
        d = (today.weekday() - rule[1]) % 7
        return today - timedelta(d or 7)
    if k == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "by_day":
        if today.day <= rule[1]: return today.replace(day=rule[1])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, rule[1])
    if k == "week_fri": return today + timedelta(4 - today.weekday())
    if k == "kw": return date.fromisocalendar(today.year, rule[1], 5)
    if k == "dm_future":  # day+month, next on/after today
        d = date(today.year, rule[2], rule[1])
        return d if d >= today else date(today.year + 1, rule[2], rule[1])
    if k == "dm_past":
        d = date(today.year, rule[2], rule[1])
        return d if d <= today else date(today.year - 1, rule[2], rule[1])
    raise ValueError(rule)

# ---------------------------------------------------------------- locales
CUR = {"en-GB": "GBP", "en-US": "USD", "en-SG": "SGD", "es-ES": "EUR", "es-CO": "COP", "fr-FR": "EUR",
       "fr-CA": "CAD", "de-DE": "EUR", "pt-BR": "BRL", "it-IT": "EUR", "nl-NL": "EUR", "sv-SE": "SEK",
       "pl-PL": "PLN", "el-GR": "EUR", "ja-JP": "JPY", "zh-HK": "HKD", "ar-MA": "MAD", "ms-MY": "MYR"}
RLANG = {"en-GB": "en", "en-US": "en", "en-SG": "en", "ms-MY": "en", "es-ES": "es", "es-CO": "es",
         "fr-FR": "fr", "fr-CA": "fr", "ar-MA": "fr", "de-DE": "de", "pt-BR": "pt", "it-IT": "it",
         "nl-NL": "nl", "sv-SE": "sv", "pl-PL": "pl", "el-GR": "el", "ja-JP": "ja", "zh-HK": "zh"}

def fmt_amt(v, loc):
    cur = CUR[loc]
    if cur == "JPY":
        return "{:,}".format(int(v))
    s = "{:,.2f}".format(v)
    if loc in ("es-ES", "es-CO", "de-DE", "pt-BR", "it-IT", "nl-NL", "el-GR"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif loc in ("fr-FR", "fr-CA", "sv-SE", "pl-PL", "ar-MA"):
        s = s.replace(",", " ").replace(".", ",")
    return s

REM = {
 "en": ("Payment reminder: {invs} overdue ({cur} {total})",
        "Dear {first},\n\nOur records show the following invoice(s) for {co} are past due:\n\n{table}\n\nTotal overdue: {cur} {total}\n\nPlease arrange payment, or reply with the payment date and reference if you have\nalready settled. Questions about a delivery? Just reply to this email.\n\nKind regards,\nHearthfield Credit Control\nHearthfield Bakehouse & Ices | +44 20 5550 1180"),
 "es": ("Recordatorio de pago: {invs} vencida(s) ({cur} {total})",
        "Estimado/a {first}:\n\nSegún nuestros registros, las siguientes facturas de {co} están vencidas:\n\n{table}\n\nTotal vencido: {cur} {total}\n\nLe rogamos proceda al pago o nos indique fecha y referencia si ya lo ha abonado.\n\nUn saludo,\nHearthfield Credit Control"),
 "fr": ("Relance : facture(s) {invs} échue(s) ({cur} {total})",
        "Bonjour {first},\n\nSauf erreur de notre part, les factures suivantes de {co} restent impayées :\n\n{table}\n\nTotal échu : {cur} {total}\n\nMerci de procéder au règlement ou de nous indiquer la date et la référence du virement s'il a déjà été effectué.\n\nCordialement,\nHearthfield Credit Control"),
 "de": ("Zahlungserinnerung: {invs} überfällig ({cur} {total})",
        "Guten Tag {first},\n\nlaut unserer Buchhaltung sind folgende Rechnungen von {co} überfällig:\n\n{table}\n\nGesamt offen: {cur} {total}\n\nBitte veranlassen Sie die Zahlung oder teilen Sie uns Datum und Referenz mit, falls bereits bezahlt.\n\nMit freundlichen Grüßen\nHearthfield Credit Control"),
 "pt": ("Lembrete de pagamento: {invs} em atraso ({cur} {total})",
        "Prezado(a) {first},\n\nConsta em nosso sistema que as seguintes faturas de {co} estão vencidas:\n\n{table}\n\nTotal em atraso: {cur} {total}\n\nPor favor, providencie o pagamento ou informe data e comprovante caso já tenha pago.\n\nAtenciosamente,\nHearthfield Credit Control"),
 "it": ("Sollecito di pagamento: {invs} scaduta/e ({cur} {total})",
        "Gentile {first},\n\ndai nostri registri risultano scadute le seguenti fatture di {co}:\n\n{table}\n\nTotale scaduto: {cur} {total}\n\nVi preghiamo di provvedere al pagamento o di comunicarci data e riferimento se già effettuato.\n\nCordiali saluti,\nHearthfield Credit Control"),
 "nl": ("Betalingsherinnering: {invs} vervallen ({cur} {total})",
        "Beste {first},\n\nVolgens onze administratie staan de volgende facturen van {co} open:\n\n{table}\n\nTotaal vervallen: {cur} {total}\n\nWilt u de betaling regelen, of ons datum en kenmerk sturen als u al betaald heeft?\n\nMet vriendelijke groet,\nHearthfield Credit Control"),
 "sv": ("Betalningspåminnelse: {invs} förfallen ({cur} {total})",
        "Hej {first},\n\nEnligt vår reskontra är följande fakturor för {co} förfallna:\n\n{table}\n\nTotalt förfallet: {cur} {total}\n\nVänligen betala, eller meddela datum och referens om betalningen redan gjorts.\n\nVänliga hälsningar,\nHearthfield Credit Control"),
 "pl": ("Przypomnienie o płatności: {invs} po terminie ({cur} {total})",
        "Szanowni Państwo,\n\nwedług naszych ksiąg następujące faktury firmy {co} są przeterminowane:\n\n{table}\n\nRazem do zapłaty: {cur} {total}\n\nProsimy o uregulowanie należności lub podanie daty i numeru przelewu, jeśli płatność została już wykonana.\n\nZ poważaniem,\nHearthfield Credit Control"),
 "el": ("Υπενθύμιση πληρωμής: {invs} ληξιπρόθεσμο ({cur} {total})",
        "Αγαπητέ/ή {first},\n\nΣύμφωνα με τα αρχεία μας, τα παρακάτω τιμολόγια της {co} είναι ληξιπρόθεσμα:\n\n{table}\n\nΣύνολο: {cur} {total}\n\nΠαρακαλούμε προχωρήστε στην εξόφληση ή στείλτε μας ημερομηνία και αριθμό συναλλαγής αν έχετε ήδη πληρώσει.\n\nΜε εκτίμηση,\nHearthfield Credit Control"),
 "ja": ("【お支払いのお願い】{invs} お支払期限超過（{cur} {total}）",
        "{co}\n{first} 様\n\nいつもお世話になっております。下記請求書のお支払いが確認できておりません。\n\n{table}\n\n合計：{cur} {total}\n\nお手数ですがご確認のうえお支払いをお願いいたします。すでにお支払い済みの場合は、お支払日と振込番号をお知らせください。\n\nHearthfield Credit Control"),
 "zh": ("付款提示：{invs} 已逾期（{cur} {total}）",
        "{first} 你好：\n\n根據我們的紀錄，{co} 以下發票已逾期：\n\n{table}\n\n逾期總額：{cur} {total}\n\n請安排付款；如已付款，請回覆付款日期及參考編號。\n\nHearthfield Credit Control"),
}

ATTR = {  # gmail-style attribution
 "en": "On {d}, {n} <{a}> wrote:", "es": "El {d}, {n} <{a}> escribió:", "fr": "Le {d}, {n} <{a}> a écrit :",
 "de": "Am {d} schrieb {n} <{a}>:", "pt": "Em {d}, {n} <{a}> escreveu:", "it": "Il giorno {d} {n} <{a}> ha scritto:",
 "nl": "Op {d} schreef {n} <{a}>:", "sv": "Den {d} skrev {n} <{a}>:", "pl": "W dniu {d} {n} <{a}> pisze:",
 "el": "Στις {d}, ο/η {n} <{a}> έγραψε:", "ja": "{d} {n} <{a}>:", "zh": "{n} <{a}> 於 {d} 寫道：",
 "ar": "في {d}، كتب {n} <{a}>:", "ms": "Pada {d}, {n} <{a}> menulis:",
}
OLH = {  # outlook header block labels
 "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
 "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto"),
 "pt": ("De", "Enviado", "Para", "Assunto"), "it": ("Da", "Inviato", "A", "Oggetto"),
 "nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "sv": ("Från", "Skickat", "Till", "Ämne"),
 "pl": ("Od", "Wysłano", "Do", "Temat"),
}

def mkdt(s):
    # "2026-11-05 16:40 +0000"
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")

class M:
    def __init__(self, key, loc, intent, dt, who, co, case, invs, body, **kw):
        self.key, self.loc, self.intent = key, loc, intent
        self.dt = mkdt(dt)
        self.who = who            # (name, email)
        self.co, self.case, self.invs = co, case, invs  # invs: [(num, amount)]
        self.body = body
        self.kw = kw

SPECS = []
def add(*a, **k):
    SPECS.append(M(*a, **k))

# ---------------------------------------------------------------- message assembly
def reminder(m):
    rl = RLANG[m.loc]
    cur = CUR[m.loc]
    tot = sum(a for _, a in m.invs)
    table = "\n".join("  INV-%s   %s %s" % (n, cur, fmt_amt(a, m.loc)) for n, a in m.invs)
    invs = ", ".join("INV-%s" % n for n, _ in m.invs)
    subj, body = REM[rl]
    first = m.who[0].split()[0]
    fields = dict(invs=invs, cur=cur, total=fmt_amt(tot, m.loc), first=first, co=m.co, table=table)
    rdt = (m.dt - timedelta(days=m.kw.get("rem_age", 4))).astimezone(timezone.utc).replace(hour=8, minute=0)
    if "raw" in m.kw:  # bounces: the reminder left a few minutes before the report
        rdt = (m.dt - timedelta(minutes=3)).astimezone(timezone.utc).replace(second=0)
    mid = "<HF%s.r%d.%s@%s>" % (m.case, m.kw.get("round", 2), rdt.strftime("%Y%m%dT%H%M%SZ"), DOM)
    return subj.format(**fields), body.format(**fields), rdt, mid

def quoted(m, rsubj, rbody, rdt, style):
    rl = RLANG[m.loc]
    ql = m.kw.get("qlang", rl)
    addr = "credit+%s@%s" % (m.case, DOM)
    d = rdt.strftime("%a, %d %b %Y %H:%M")
    if style == "none":
        return ""
    if style == "outlook":
        f, s, t, su = OLH.get(ql, OLH["en"])
        sep = {"en": "-----Original Message-----", "de": "-----Ursprüngliche Nachricht-----",
               "fr": "-----Message d'origine-----", "es": "-----Mensaje original-----",
               "pt": "-----Mensagem original-----", "it": "-----Messaggio originale-----",
               "nl": "-----Oorspronkelijk bericht-----", "sv": "-----Ursprungligt meddelande-----",
               "pl": "-----Wiadomość oryginalna-----"}.get(ql, "-----Original Message-----")
        return "\n\n%s\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n%s\n" % (
            sep, f, SENDER, addr, s, d, t, m.who[1], su, rsubj, rbody)
    att = ATTR.get(ql, ATTR["en"]).format(d=d, n=SENDER, a=addr)
    return "\n\n" + att + "\n" + "\n".join((">" + (" " + l if l else "")) for l in rbody.split("\n")) + "\n"

def to_html(txt):
    import html
    paras = html.escape(txt).split("\n\n")
    return "<html><head><meta charset=\"utf-8\"></head><body>" + "".join(
        "<p>%s</p>" % p.replace("\n", "<br>\n") for p in paras) + "</body></html>"

def mime_text(txt, sub, cs, cte):
    if cs == "utf-8" and cte == "8bit":
        from email.message import Message
        part = Message()
        part["Content-Type"] = 'text/%s; charset="utf-8"' % sub
        part["Content-Transfer-Encoding"] = "8bit"
        part.set_payload(txt)
        return part
    try:
        txt.encode(cs)
    except UnicodeEncodeError:
        if cs == "iso-8859-1":
            cs = "iso-8859-15"
            try:
                txt.encode(cs)
            except UnicodeEncodeError:
                cs = "windows-1252"
        txt.encode(cs)
    c = _cs.Charset(cs)
    if cte == "qp": c.body_encoding = _cs.QP
    elif cte == "b64": c.body_encoding = _cs.BASE64
    elif cte == "7bit": c.body_encoding = None
    return MIMEText(txt, sub, c)

def build_reply(m):
    kw = m.kw
    rsubj, rbody, rdt, rmid = reminder(m)
    style = kw.get("quote", "gmail")
    body = m.body.strip("\n") + "\n"
    q = quoted(m, rsubj, rbody, rdt, style)
    full = body + q
    fmt = kw.get("fmt", "plain")
    cs = kw.get("cs", "utf-8")
    cte = kw.get("cte", "qp")
    if fmt == "plain":
        msg = mime_text(full, "plain", cs, cte)
    elif fmt == "html":
        msg = mime_text(kw.get("html") or to_html(full), "html", cs, cte)
    elif fmt == "alt":
        msg = MIMEMultipart("alternative", boundary="----=_Part_%d_HF.alt" % m.case_num)
        msg.attach(mime_text(full, "plain", cs, cte))
        msg.attach(mime_text(kw.get("html") or to_html(full), "html", cs, cte))
    elif fmt == "mixed":
        msg = MIMEMultipart("mixed", boundary="----=_Part_%d_HF.mix" % m.case_num)
        msg.attach(mime_text(full, "plain", cs, cte))
        att = MIMEApplication(b"%PDF-1.4\n% fake receipt for test\n%%EOF\n", "pdf")
        att.add_header("Content-Disposition", "attachment", filename=kw.get("attname", "receipt.pdf"))
        msg.attach(att)
    prefix = kw.get("prefix", "Re:")
    subj = kw.get("subject") or ("%s %s" % (prefix, rsubj))
    hdrs = []
    hdrs.append(("Date", format_datetime(m.dt)))
    hdrs.append(("From", formataddr((m.who[0], m.who[1]), charset="utf-8")))
    hdrs.append(("To", formataddr((SENDER, "credit+%s@%s" % (m.case, DOM)))))
    hdrs.append(("Subject", Header(subj, "utf-8").encode() if any(ord(c) > 127 for c in subj) else subj))
    dom = m.who[1].split("@")[1]
    hdrs.append(("Message-ID", "<%s.%d@%s>" % (m.dt.strftime("%Y%m%d%H%M%S"), m.case_num, dom)))
    if kw.get("thread", True):
        hdrs.append(("In-Reply-To", rmid))
        hdrs.append(("References", rmid))
    for h, v in kw.get("headers", []):
        hdrs.append((h, v))
    for h, v in hdrs:
        msg[h] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    s = msg.as_string()
    # put the envelope-ish headers first for realism
    head, _, rest = s.partition("\n\n")
    lines = head.split("\n")
    return head + "\n\n" + rest

# ---------------------------------------------------------------- specs
exec(open(os.path.join(OUT, "specs1.py"), encoding="utf-8").read())
for extra in ("specs2.py", "specs3.py"):
    p = os.path.join(OUT, extra)
    if os.path.exists(p):
        exec(open(p, encoding="utf-8").read())

FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]

def label_for(m):
    kw = m.kw
    today = m.dt.date()
    lab = {"intent": m.intent}
    ev = {}
    rules = {}
    for f, short in (("promised_date", "pd"), ("paid_date", "paid"), ("return_date", "rd")):
        r = kw.get(short)
        if r:
            rules[f] = r[0]; ev[f] = r[1]
            lab[f] = resolve(r[0], today).isoformat()
        else:
            lab[f] = None
    if kw.get("pa"):
        lab["promised_amount"] = kw["pa"][0]; ev["promised_amount"] = kw["pa"][1]
        lab["currency"] = kw.get("cur", CUR[m.loc])
    else:
        lab["promised_amount"] = None; lab["currency"] = None
    lab["payment_reference"] = kw.get("ref")
    lab["dispute_reason"] = kw.get("dr")
    lab["new_contact_email"] = kw.get("nce")
    lab["invoice_numbers"] = kw.get("inv", ["INV-%s" % n for n, _ in m.invs])
    return {k: lab[k] for k in FIELDS}, rules, ev

def main():
    rnd = random.Random(SEED)
    order = list(range(len(SPECS)))
    rnd.shuffle(order)
    emails, labels, metas = [], [], []
    for i, si in enumerate(order):
        m = SPECS[si]
        m.case_num = 4000 + si
        zid = "zq%02d" % (i + 1)
        eml = m.kw["raw"](m) if "raw" in m.kw else build_reply(m)
        lab, rules, ev = label_for(m)
        out = {"id": zid}
        out.update(lab)
        out["note"] = "[%s, %s] %s" % (m.key, m.loc, m.kw.get("note", ""))
        if m.kw.get("inj"):
            out["injection"] = True
        emails.append({"id": zid, "eml": eml})
        labels.append(out)
        metas.append({"id": zid, "key": m.key, "loc": m.loc, "rules": rules, "evidence": ev,
                      "ref_ev": m.kw.get("ref"), "nce_ev": m.kw.get("nce")})
    for name, rows in (("emails.jsonl", emails), ("labels.jsonl", labels), ("meta.jsonl", metas)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(labels, metas)
    print("wrote", len(emails))

def write_readme(labels, metas):
    from collections import Counter
    ci = Counter(l["intent"] for l in labels)
    cl = Counter(m["loc"] for m in metas)
    cd = Counter(l["dispute_reason"] for l in labels if l["dispute_reason"])
    inj = sum(1 for l in labels if l.get("injection"))
    t = ["# Blind triage set `zq` (blind237)", "",
         "Theme: **Hearthfield Bakehouse & Ices** (made-up commercial bakery and frozen-dessert producer) chases",
         "supermarkets, cafés, hotels and airline caterers. Every message replies to, auto-answers or bounces a",
         "reminder from `Hearthfield Credit Control <credit+CASE@ar.hearthfield.example>` whose Message-ID looks like",
         "`<HF4012.r2.20261101T080000Z@ar.hearthfield.example>`. All names and domains are invented (`*.example`, 555 numbers).", "",
         "## Files", "", "| file | lines | content |", "|---|---|---|",
         "| `emails.jsonl` | %d | `{id, eml}` whole RFC 822 message |" % len(labels),
         "| `labels.jsonl` | %d | contract fields + `note` (`[KEY, locale] ...`), `injection: true` on prompt-injection items |" % len(labels),
         "| `meta.jsonl` | %d | for `check.py` only: date rule and the phrase/amount as written, per field |" % len(labels),
         "| `build.py`, `specs*.py` | | generator (seed %d) |" % SEED, "| `check.py` | | re-verifies labels from the emails |", "",
         "## Conventions followed", "",
         "- Contract `triage.md` wins; samples README conventions otherwise (null unless stated, amounts `1234.50`,",
         "  currency only with an amount, `INV-NNNN` normalisation, invoice numbers from own text > subject > quote).",
         "- Today = local date of the `Date:` header in its own offset. Weeks Mon-Sun. `next <weekday>` = that weekday",
         "  of the following Mon-Sun week (also from a Sunday). Past weekday (`venerdì scorso`, `on Monday` for a payment)",
         "  = the most recent such weekday strictly before today. `KW n` / `this week` = Friday of that ISO week.",
         "- Day+month without year: next on/after Date for future events (return, promise), latest on/before for payments.",
         "- Bounce/auto-reply intents regardless of anything quoted. Multi-statement: contract priority order, lower",
         "  statement's fields still filled.",
         "- `$` in es-CO threads is COP (the reminder is in COP); `kr` in sv-SE is SEK; `S$` SGD; `RM` MYR; `R$` BRL.",
         "", "## Counts", "", "| intent | n |", "|---|---|"]
    t += ["| %s | %d |" % kv for kv in sorted(ci.items())]
    t += ["", "dispute_reason: " + ", ".join("%s %d" % kv for kv in sorted(cd.items())), "",
          "Prompt-injection items: %d" % inj, "", "| locale | n |", "|---|---|"]
    t += ["| %s | %d |" % kv for kv in sorted(cl.items())]
    t += ["", "## Deliberately hard", ""] + HARD
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(t) + "\n")

HARD = [
 "- Date-header offsets where UTC is already the next day; year rollover (December Date, January dates).",
 "- `next Friday` vs `Friday` vs `this week` vs `KW`; `by the 10th` after the 10th; `on Friday` when Date is a Friday.",
 "- Non-UTF-8 charsets (ISO-8859-1/-2/-7, ISO-2022-JP, Big5, windows-1256) via QP/base64; 8bit UTF-8; HTML-only.",
 "- PO numbers and bank/PIX/FPS references that look like invoice numbers; `$` meaning COP.",
 "- Injection text hidden in HTML comments, hidden divs or signatures; labels follow the human text.",
 "- Bounces: Postfix and Exchange `multipart/report` (German NDR with full `message/rfc822`), qmail plain text,",
 "  Japanese mailbox-full (5.2.2) report with an RFC 2047 Subject in `text/rfc822-headers`, Portuguese report with CRLF.",
 "- Auto-replies marked only by headers (plain `Re:` subject), or only by `X-Autoreply`/`Precedence`.",
 "- Amounts in a dispute or plan that are not the promised figure (surcharge 1 950 kr, plan total $12,000).",
 "",
 "## Boundary choices (contract ambiguous)",
 "",
 "- `bis einschließlich 30.10.` (away *through* the 30th): return_date 30 Oct, following the contract's literal",
 "  'until October 12 gives October 12' rule, although the person is back on the 31st.",
 "- `Rabu minggu depan` sent on a Sunday: Wednesday of the following Mon-Sun week = 3 days later (contract formula).",
 "- Paid 'venerdì scorso' / past weekday: most recent such weekday strictly before Date (contract only says 'the same way').",
 "- `missing_po` dispute (no PO was ever raised, order not authorised, charge refused) vs `billing_update`",
 "  (please reissue with PO 4500123987 / order number): the first contests the debt, the second only blocks payment.",
 "- Injection items are labelled by the human text; a pure instruction with no human claim is `other`.",
 "- Plan extension to a single date: promised_amount = full amount (samples' convention).",
]

if __name__ == "__main__":
    main()
