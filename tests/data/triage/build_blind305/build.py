#!/usr/bin/env python3
"""Blind triage test set gt01..gt80: replies to dunning emails from Hoistline Lift & Door
Services (elevator / escalator / access-door maintenance). Deterministic, stdlib only."""
import base64, calendar, json, os, quopri, random, re, zlib
from datetime import date, datetime, timedelta, timezone
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 305
ITEMS = []

# ---------------------------------------------------------------- date rules
def resolve(rule, today):
    k = rule[0]
    if k == "abs":
        return date.fromisoformat(rule[1])
    if k == "plus":
        return today + timedelta(days=rule[1])
    if k == "this_wd":
        return today + timedelta((rule[1] - today.weekday()) % 7)
    if k == "next_wd":
        return today + timedelta(7 - today.weekday() + rule[1])
    if k == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "named_eom":
        y = today.year if rule[1] >= today.month else today.year + 1
        return date(y, rule[1], calendar.monthrange(y, rule[1])[1])
    if k == "by":
        if today.day <= rule[1]:
            return today.replace(day=rule[1])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, rule[1])
    if k == "week_fri":          # "this week"
        return today + timedelta(4 - today.weekday())
    if k == "next_week_fri":     # "end of next week" (our reading: Friday of the following week)
        return today + timedelta(7 - today.weekday() + 4)
    if k == "kw":                # ISO week number -> that week's Friday
        return date.fromisocalendar(today.year, rule[1], 5)
    if k == "past_dm":           # day+month, past event: latest on/before Date
        d = date(today.year, rule[1], rule[2])
        return d if d <= today else date(today.year - 1, rule[1], rule[2])
    if k == "fut_dm":
        d = date(today.year, rule[1], rule[2])
        return d if d >= today else date(today.year + 1, rule[1], rule[2])
    if k == "last_wd":           # "on Monday" for a past event: latest such weekday before today
        d = today - timedelta((today.weekday() - rule[1]) % 7 or 7)
        return d
    raise ValueError(rule)

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def hdr_date(local, tz, weekday=True, pad=True):
    dt = datetime.strptime(local, "%Y-%m-%d %H:%M:%S")
    s = "%s %s %d %s %s" % ("%02d" % dt.day if pad else str(dt.day), MON[dt.month - 1], dt.year,
                            dt.strftime("%H:%M:%S"), tz)
    return (WD[dt.weekday()] + ", " + s) if weekday else s

def utc_of(local, tz):
    dt = datetime.strptime(local, "%Y-%m-%d %H:%M:%S")
    sign = -1 if tz[0] == "-" else 1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return dt - off

# ---------------------------------------------------------------- money
CUR = {"USD": ("$", 2), "GBP": ("£", 2), "CAD": ("CA$", 2), "INR": ("₹", 2), "EUR": ("€", 2),
       "COP": ("COP", 0), "CHF": ("CHF", 2), "BRL": ("R$", 2), "SEK": ("SEK", 2), "PLN": ("PLN", 2),
       "CZK": ("CZK", 2), "RON": ("RON", 2), "HUF": ("HUF", 0), "TRY": ("TRY", 2), "RUB": ("RUB", 2),
       "UAH": ("UAH", 2), "ILS": ("ILS", 2), "AED": ("AED", 2), "BDT": ("BDT", 2), "JPY": ("JPY", 0),
       "CNY": ("CNY", 2), "HKD": ("HKD", 2), "THB": ("THB", 2), "VND": ("VND", 0), "IDR": ("IDR", 0)}

def fmt_en(x, dec=2):
    return "{:,.{d}f}".format(x, d=dec)

# ---------------------------------------------------------------- reminder texts
REM = {
 "en": dict(subj="Payment reminder: {invs} overdue ({cur} {tot})",
            body="Dear {name},\n\nOur records show the following Hoistline Lift & Door Services invoices for\n{company} are past due:\n\n{table}\nTotal overdue: {cur} {tot}\n\nThese cover the scheduled maintenance visits, call-outs and statutory\ninspections under your service agreement. Please pay through\nhttps://pay.hoistline.example/c/{case} or by bank transfer quoting the invoice\nnumber. If you have already paid, please reply with the payment date and\nreference so we can match it. If something on an invoice is not right,\nreply and tell us.\n\nKind regards,\nCredit Control\nHoistline Lift & Door Services\n"),
 "de": dict(subj="Zahlungserinnerung: {invs} überfällig ({cur} {tot})",
            body="Guten Tag {name},\n\nlaut unserer Buchhaltung sind folgende Rechnungen von Hoistline Lift & Door\nServices für {company} überfällig:\n\n{table}\nSumme überfällig: {cur} {tot}\n\nDie Rechnungen betreffen Wartung, Störungseinsätze und die wiederkehrenden\nPrüfungen Ihrer Aufzugs- und Türanlagen. Falls Sie bereits bezahlt haben,\nteilen Sie uns bitte Zahlungsdatum und Referenz mit.\n\nMit freundlichen Grüßen\nForderungsmanagement\nHoistline Lift & Door Services\n"),
 "fr": dict(subj="Relance : {invs} en retard de paiement ({cur} {tot})",
            body="Bonjour {name},\n\nSauf erreur de notre part, les factures suivantes de Hoistline Lift & Door\nServices pour {company} restent impayées :\n\n{table}\nTotal échu : {cur} {tot}\n\nElles concernent l'entretien, les dépannages et les visites réglementaires\nde vos ascenseurs et portes automatiques. Si vous avez déjà réglé, merci de\nnous indiquer la date et la référence du paiement.\n\nCordialement,\nService recouvrement\nHoistline Lift & Door Services\n"),
 "es": dict(subj="Recordatorio de pago: {invs} vencidas ({cur} {tot})",
            body="Estimado/a {name}:\n\nSegún nuestros registros, las siguientes facturas de Hoistline Lift & Door\nServices a nombre de {company} están vencidas:\n\n{table}\nTotal vencido: {cur} {tot}\n\nCorresponden al mantenimiento, avisos de avería e inspecciones periódicas de\nsus ascensores y puertas automáticas. Si ya ha pagado, indíquenos la fecha y\nla referencia del pago.\n\nAtentamente,\nDepartamento de Cobros\nHoistline Lift & Door Services\n"),
}
REM_LANG = {"de": "de", "fr": "fr", "es": "es"}

WROTE = {
 "en": "On {d}, Hoistline Credit Control <{a}> wrote:",
 "de": "Am {d} schrieb Hoistline Credit Control <{a}>:",
 "fr": "Le {d}, Hoistline Credit Control <{a}> a écrit :",
 "es": "El {d}, Hoistline Credit Control <{a}> escribió:",
 "pt": "Em {d}, Hoistline Credit Control <{a}> escreveu:",
 "it": "Il giorno {d} Hoistline Credit Control <{a}> ha scritto:",
 "nl": "Op {d} schreef Hoistline Credit Control <{a}>:",
 "sv": "Den {d} skrev Hoistline Credit Control <{a}>:",
 "pl": "W dniu {d} Hoistline Credit Control <{a}> napisał:",
 "ru": "{d}, Hoistline Credit Control <{a}> пишет:",
 "ja": "{d} Hoistline Credit Control <{a}>:",
 "zh": "{d}，Hoistline Credit Control <{a}> 写道：",
 "zh-HK": "{d}，Hoistline Credit Control <{a}> 寫道：",
}
OL = {  # Outlook header block labels
 "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
 "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto"),
 "nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "it": ("Da", "Inviato", "A", "Oggetto"),
 "pt": ("De", "Enviada em", "Para", "Assunto"), "sv": ("Från", "Skickat", "Till", "Ämne"),
 "pl": ("Od", "Wysłano", "Do", "Temat"), "cs": ("Od", "Odesláno", "Komu", "Předmět"),
 "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"), "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
 "ru": ("От", "Отправлено", "Кому", "Тема"), "uk": ("Від", "Надіслано", "Кому", "Тема"),
 "ro": ("De la", "Trimis", "Către", "Subiect"),
}
PREFIX = {"en": "Re:", "de": "AW:", "sv": "SV:", "nl": "RE:", "fr": "RE :", "es": "RE:", "it": "R:",
          "pt": "RES:", "pl": "Odp:", "cs": "Re:", "hu": "Re:", "tr": "YNT:", "ru": "Re:", "uk": "Re:",
          "ro": "Re:", "he": "השב:", "ar": "رد:", "hi": "Re:", "bn": "Re:", "ja": "RE:", "zh": "回复：",
          "th": "Re:", "vi": "Re:", "id": "Balas:"}


def lang(loc):
    return loc.split("-")[0]


def reminder(it):
    L = REM_LANG.get(lang(it["loc"]), "en")
    cur = it["cur"]; dec = CUR[cur][1]
    rows = []
    tot = 0
    for n, a in it["inv"]:
        rows.append("  %-10s %s %s" % (n, cur, fmt_en(a, dec)))
        tot += a
    t = REM[L]
    invs = ", ".join(n for n, _ in it["inv"])
    f = dict(invs=invs, cur=cur, tot=fmt_en(tot, dec), name=it.get("greet") or (it["name"].split()[0] if it["name"] else "Accounts Payable"),
             company=it["company"], table="\n".join(rows) + "\n", case=it["case"])
    return t["subj"].format(**f), t["body"].format(**f)


def enc_hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def body_part(text, charset, cte, ctype="text/plain", extra=""):
    if cte == "8bit":
        data = text
    elif cte == "7bit":
        data = text.encode(charset).decode("ascii")
    elif cte == "quoted-printable":
        data = quopri.encodestring(text.encode(charset)).decode("ascii")
    elif cte == "base64":
        b = base64.b64encode(text.encode(charset)).decode("ascii")
        data = "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    else:
        raise ValueError(cte)
    h = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (ctype, charset, extra, cte)
    return h, data


def to_html(text):
    import html
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        if p.startswith(">") or p.startswith("-----"):
            out.append("<blockquote style=\"border-left:1px solid #ccc;padding-left:8px\">%s</blockquote>" %
                       html.escape(p).replace("\n", "<br>\n"))
        else:
            out.append("<p>%s</p>" % html.escape(p).replace("\n", "<br>\n"))
    return "<html><head><meta charset=\"utf-8\"></head><body>\n" + "\n".join(out) + "\n</body></html>\n"


def build_reply(it):
    loc = it["loc"]; L = lang(loc)
    rsubj, rbody = reminder(it)
    ar = "collections+%s@ar.hoistline.example" % it["case"]
    rdt_local = it.get("rem_date", None)
    d_local = it["date"]
    rem_utc = utc_of(d_local, it["tz"]) - timedelta(days=it.get("rem_age", 3), hours=5)
    rem_utc = rem_utc.replace(hour=9, minute=0, second=0)
    rmid = "<%s.r%d.%s@ar.hoistline.example>" % (it["case"], it.get("round", 1), rem_utc.strftime("%Y%m%dT%H%M%SZ"))
    it["_rmid"] = rmid; it["_rsubj"] = rsubj; it["_rbody"] = rbody; it["_rdate"] = rem_utc
    text = it["body"].rstrip("\n") + "\n"
    q = it.get("quote", "gmail")
    if q == "gmail":
        wl = WROTE.get(loc, WROTE.get(L, WROTE["en"])).format(d=rem_utc.strftime("%Y-%m-%d %H:%M"), a=ar)
        text += "\n" + wl + "\n\n" + "\n".join(("> " + l) if l else ">" for l in rbody.rstrip("\n").split("\n")) + "\n"
    elif q == "outlook":
        lab = OL.get(L, OL["en"])
        text += ("\n________________________________\n%s: Hoistline Credit Control <%s>\n%s: %s\n%s: %s\n%s: %s\n\n"
                 % (lab[0], ar, lab[1], rem_utc.strftime("%d.%m.%Y %H:%M"), lab[2], it["addr"], lab[3], rsubj)) + rbody
    pre = it.get("prefix", PREFIX.get(L, "Re:"))
    subj = it.get("subject", pre + " " + rsubj)
    mid = it.get("mid", "<%s.%d@%s>" % ("%08x" % zlib.crc32((it["case"] + it["date"]).encode()), len(ITEMS), it["addr"].split("@")[1]))
    h = ["MIME-Version: 1.0" if it.get("mime", True) else None,
         "Date: " + hdr_date(d_local, it["tz"]),
         "Message-ID: " + mid]
    if it.get("threaded", True):
        h += ["In-Reply-To: " + rmid, "References: " + rmid]
    h += ["Subject: " + (enc_hdr(subj) if it.get("enc_subj", True) else subj),
          "From: " + (enc_hdr(it["name"]) + " <" + it["addr"] + ">"),
          "To: Hoistline Credit Control <%s>" % ar]
    h += it.get("extra_headers", [])
    h = [x for x in h if x]
    style = it.get("style", "plain")
    cs = it.get("cs", "utf-8")
    cte = it.get("cte", "quoted-printable")
    if style == "plain":
        ph, data = body_part(text, cs, cte, extra=it.get("ct_extra", ""))
        return "\n".join(h) + "\n" + ph + "\n" + data.rstrip("\n") + "\n"
    if style == "html":
        ph, data = body_part(it.get("html") or to_html(text), cs, cte, "text/html")
        return "\n".join(h) + "\n" + ph + "\n" + data.rstrip("\n") + "\n"
    if style == "alt":
        b = "----=_NextPart_%s" % it["case"]
        p1h, p1 = body_part(text, cs, cte)
        p2h, p2 = body_part(it.get("html") or to_html(text), cs, cte, "text/html")
        return ("\n".join(h) + "\nContent-Type: multipart/alternative; boundary=\"%s\"\n\n" % b +
                "This is a multi-part message in MIME format.\n\n--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n" % (b, p1h, p1.rstrip("\n"), b, p2h, p2.rstrip("\n"), b))
    if style == "mixed":
        b = "=_mixed_%s" % it["case"]
        p1h, p1 = body_part(text, cs, cte)
        att = base64.b64encode(it.get("att_bytes", b"%PDF-1.4\n% remittance advice\n")).decode()
        return ("\n".join(h) + "\nContent-Type: multipart/mixed; boundary=\"%s\"\n\n--%s\n%s\n%s\n--%s\n"
                "Content-Type: application/pdf; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
                "Content-Transfer-Encoding: base64\n\n%s\n--%s--\n" % (b, b, p1h, p1.rstrip("\n"), b, it["att"], it["att"], att, b))
    raise ValueError(style)


def build_auto(it):
    """out-of-office: no quote, Auto-Submitted etc."""
    it.setdefault("quote", "none")
    it.setdefault("extra_headers", ["Auto-Submitted: auto-replied", "X-Autoreply: yes"])
    return build_reply(it)


def build_bounce(it):
    rsubj, rbody = reminder(it)
    ar = "collections+%s@ar.hoistline.example" % it["case"]
    rem_utc = utc_of(it["date"], it["tz"]) - timedelta(minutes=2)
    rem_utc = rem_utc.replace(second=0)
    rmid = "<%s.r%d.%s@ar.hoistline.example>" % (it["case"], it.get("round", 1), rem_utc.strftime("%Y%m%dT%H%M%SZ"))
    it["_rmid"] = rmid; it["_rsubj"] = rsubj
    rh = ("From: Hoistline Credit Control <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
          "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n"
          % (ar, it["addr"], enc_hdr(rsubj), rem_utc.strftime("%a, %d %b %Y %H:%M:%S +0000"), rmid))
    return it["bounce"](it, ar, rsubj, rh, rbody)


# ---------------------------------------------------------------- item helper
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
KEYS = {"A": "promise_to_pay", "B": "paid_claim", "C": "dispute", "D": "document_request",
        "E": "billing_update", "F": "wrong_contact", "G": "out_of_office", "H": "payment_plan_request",
        "I": "legal_or_insolvency", "J": "delivery_failure", "K": "acknowledgement", "L": "other"}


def I(key, loc, when, tz, name, addr, company, case, inv, cur, body, note, lab=None, kind="reply", **kw):
    it = dict(key=key, loc=loc, date=when, tz=tz, name=name, addr=addr, company=company, case=case,
              inv=inv, cur=cur, body=body, note=note, lab=lab or {}, kind=kind)
    it.update(kw)
    ITEMS.append(it)
    return it


def label_of(it):
    today = datetime.strptime(it["date"], "%Y-%m-%d %H:%M:%S").date()
    lab = {f: None for f in FIELDS}
    lab["intent"] = KEYS[it["key"]]
    rules = {}
    for f, v in it["lab"].items():
        if f in ("promised_date", "paid_date", "return_date") and isinstance(v, tuple):
            rules[f] = list(v)
            lab[f] = resolve(v, today).isoformat()
        else:
            lab[f] = v
    if lab["invoice_numbers"] is None:
        lab["invoice_numbers"] = [n for n, _ in it["inv"]]
    if lab["promised_amount"] is not None and lab["currency"] is None:
        lab["currency"] = it["cur"]
    return lab, rules


# ================================================================ ITEMS (stage 1)
exec(open(os.path.join(OUT, "items1.py"), encoding="utf-8").read())
for extra in ("items2.py", "items3.py"):
    p = os.path.join(OUT, extra)
    if os.path.exists(p):
        exec(open(p, encoding="utf-8").read())


def main():
    rnd = random.Random(SEED)
    order = list(range(len(ITEMS)))
    rnd.shuffle(order)
    emails, labels, rules_out = [], [], []
    for k, idx in enumerate(order):
        it = ITEMS[idx]
        gid = "gt%02d" % (k + 1)
        if it["kind"] == "bounce":
            eml = build_bounce(it)
        elif it["kind"] == "auto":
            eml = build_auto(it)
        else:
            eml = build_reply(it)
        lab, rules = label_of(it)
        rec = {"id": gid}
        rec.update(lab)
        rec["note"] = "[%s, %s] %s" % (it["key"], it["loc"], it["note"])
        if it.get("injection"):
            rec["injection"] = True
        emails.append({"id": gid, "eml": eml})
        labels.append(rec)
        rules_out.append({"id": gid, "rules": rules, "loc": it["loc"], "key": it["key"],
                          "amount_text": it.get("amount_text"), "style": it.get("style", it["kind"])})
    with open(os.path.join(OUT, "emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "date_rules.jsonl"), "w", encoding="utf-8") as f:
        for r in rules_out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(labels, rules_out)
    print(len(emails), "items")


def write_readme(labels, rules_out):
    from collections import Counter
    ci = Counter(l["intent"] for l in labels)
    cl = Counter(r["loc"] for r in rules_out)
    inj = sum(1 for l in labels if l.get("injection"))
    ndates = sum(len(r["rules"]) for r in rules_out)
    rel = sum(1 for r in rules_out for v in r["rules"].values() if v[0] != "abs")
    s = README_HEAD
    s += "\n## Counts per intent\n\n| intent | n |\n|---|---|\n" + "".join(
        "| `%s` | %d |\n" % (k, ci[k]) for k in KEYS.values())
    s += "\n## Counts per locale\n\n| locale | n |\n|---|---|\n" + "".join(
        "| %s | %d |\n" % (k, v) for k, v in sorted(cl.items()))
    s += "\nInjection items: %d. Labelled dates: %d, of which %d are relative phrases resolved from the Date header.\n" % (inj, ndates, rel)
    s += README_TAIL
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write(s)


README_HEAD = """# Blind triage set `gt` (blind305)

Theme: replies from customers of **Hoistline Lift & Door Services** (a made-up elevator, escalator and
automatic/access-door maintenance contractor) to its dunning emails. Customers are property managers,
hotels, hospitals, housing associations, malls, office towers, airports and universities. All companies,
people and domains are invented (`*.example`), phones use 555.

## Files

| file | lines | content |
|---|---|---|
| `emails.jsonl` | 80 | `{"id", "eml"}` whole RFC 822 message |
| `labels.jsonl` | 80 | contract fields + `note` (`[KEY, locale] ...`), `injection: true` on injection items |
| `date_rules.jsonl` | 80 | helper for `check.py`: the rule each labelled date was resolved with (not part of the labels) |
| `build.py` | | deterministic generator (seed 305); items in `items1.py`..`items3.py` |
| `check.py` | | re-verifies every label from the generated data |

KEY letters: A promise_to_pay, B paid_claim, C dispute, D document_request, E billing_update,
F wrong_contact, G out_of_office, H payment_plan_request, I legal_or_insolvency, J delivery_failure,
K acknowledgement, L other.

## Label conventions followed

- Contract `triage.md` wins; public-sample conventions otherwise: null unless stated; amounts as
  `"1234.50"` (no thousands separator; zero-decimal currencies such as JPY, VND, IDR, HUF, COP get `.00`);
  `currency` = ISO code of the thread (the reminder's currency), null when `promised_amount` is null;
  invoice numbers normalised to `INV-NNNN`, from the customer's text, else the Subject, else the quoted /
  returned reminder, compared as a set.
- Dates: "today" = calendar date of the Date header in its own offset. Weekday = coming one (today if
  same weekday); "next <weekday>" and equivalents (Freitag nächster Woche, 下周三, w przyszły piątek ...) =
  that weekday in the following Mon-Sun week; end of month = last day; "in N days/weeks" = Date + N;
  "by the 15th" = next 15th on/after Date; "this week" / week number = that week's Friday.
- `promised_amount` for paid_claim = amount paid; for payment_plan_request = first instalment.
- `new_contact_email` filled whenever the email gives an address to write to instead (incl. deputies in
  away messages and counsel in legal notices).
- Injection items: the label is what the human text says; embedded instructions are ignored.
"""

README_TAIL = """
## Deliberately hard

- Time-zone boundaries: several Date headers where the UTC date differs from the local date
  (e.g. +0900 early morning, -0700/-0800 late evening); "tomorrow"/"yesterday" resolve locally.
- "next <weekday>" vs "<weekday>" in many languages; "end of next week" (labelled as the Friday of the
  following week, by analogy with the contract's "this week" = Friday rule); week numbers (KW/týden);
  "by the 15th" after the 15th; "übermorgen"/"overmorgen" (Date + 2).
- Non-payment dates that must stay out of labels (site visits, inspections, board meetings,
  technician appointments, dates of the quoted reminder).
- Mixed statements resolved by the priority order with the lower-priority fields still filled.
- Encodings: 8bit UTF-8, QP and base64 in ISO-8859-1/-2, windows-1250/1251/1254/1255/1256, KOI8-R,
  Shift_JIS / ISO-2022-JP, GB2312/GBK, Big5, TIS-620; HTML-only and multipart/alternative; RFC 2047
  subjects; multipart/report bounces and plain-text MTA bounces; localised bounce texts.
- Prompt injections in hidden HTML, in signatures, in quoted text, and posing as a 'system' footer.

## Ambiguities in the contract and how they were labelled

- "end of next week" is not defined: labelled as the Friday of the following week.
- "next week" with no day is not a date: promised_date null.
- An auto-reply with no return date but a colleague's address fills only new_contact_email.
- Away messages "until X" / "bis X" / "tot X" / "jusqu'au X" give return_date X, as the contract says, even
  though a human might read "until Friday" as "back Monday".
- Invoice rejected for lacking a PO number (Italian item) is labelled dispute/missing_po, following the public
  samples; pure "please add our PO / upload to portal" requests are billing_update.
- A lawyer's letter that also contests quality: legal_or_insolvency with dispute_reason still filled.
- The sender's "today" in a Brazilian reply ("hoje") is the Date's local day (paid_date = Date).
"""

if __name__ == "__main__":
    main()
