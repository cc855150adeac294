#!/usr/bin/env python3
"""Blind triage test set yf01..yf80: replies to dunning emails from customers of
commercial printing / packaging firms. Deterministic, stdlib only."""
import base64, calendar, html, json, os, quopri, random, re, unicodedata
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
import sys  # noqa: E402
sys.path.insert(0, HERE)
RNG = random.Random(304)

SUPPLIERS = [
    ("Corvid Label & Carton", "ar.corvidlabel.example"),
    ("Papyra Print & Pack", "ar.papyra.example"),
    ("Inkwell Folding Cartons", "billing.inkwellcartons.example"),
]
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date",
          "payment_reference", "dispute_reason", "new_contact_email", "return_date",
          "invoice_numbers"]


# ---------------------------------------------------------------- date rules
def parse_dt(s):
    d, t, off = s.split()
    y, m, dd = map(int, d.split("-"))
    hh, mm = map(int, t.split(":"))
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return datetime(y, m, dd, hh, mm, RNG.randrange(60), tzinfo=tz)


def resolve(today, rule):
    """rule = (name, *args); the last element of a label tuple (phrase) is not passed here."""
    n, a = rule[0], rule[1:]
    if n == "d":                      # today + N days (tomorrow=1, yesterday=-1, in two weeks=14)
        return today + timedelta(days=a[0])
    if n == "this":                   # coming weekday, today if same
        return today + timedelta((a[0] - today.weekday()) % 7)
    if n == "next":                   # weekday of the following Mon-Sun week
        return today + timedelta(7 - today.weekday() + a[0])
    if n == "last":                   # most recent such weekday strictly before today (past events)
        back = (today.weekday() - a[0]) % 7 or 7
        return today - timedelta(back)
    if n == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if n == "eonm":                   # end of a named month (this year or next)
        y = today.year if a[0] >= today.month else today.year + 1
        return date(y, a[0], calendar.monthrange(y, a[0])[1])
    if n == "by":                     # next Nth on or after today
        if today.day <= a[0]:
            return today.replace(day=a[0])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, a[0])
    if n == "week":                   # this week -> its Friday
        return today + timedelta(4 - today.weekday())
    if n == "kw":                     # ISO week number -> its Friday
        return date.fromisocalendar(today.year, a[0], 5)
    if n == "dm":                     # day, month without year; a[2] = 'past'|'future'
        d = date(today.year, a[1], a[0])
        if a[2] == "past" and d > today:
            d = date(today.year - 1, a[1], a[0])
        if a[2] == "future" and d < today:
            d = date(today.year + 1, a[1], a[0])
        return d
    if n == "abs":
        return date.fromisoformat(a[0])
    raise ValueError(rule)


# ---------------------------------------------------------------- formatting helpers
def money_en(x):
    return f"{float(x):,.2f}"


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()


def addr(name, email):
    return formataddr((name, email), charset="utf-8")


def msgid(style, domain):
    h = "".join(RNG.choice("0123456789ABCDEF") for _ in range(24))
    if style == "outlook":
        p = "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))
        return f"<{p}{RNG.randrange(1,9)}PR{RNG.randrange(10,99)}MB{RNG.randrange(1000,9999)}{h[:12]}@{p}{RNG.randrange(1,9)}PR{RNG.randrange(10,99)}MB{RNG.randrange(1000,9999)}.eurprd0{RNG.randrange(1,9)}.prod.outlook.com>"
    if style == "gmail":
        tail = "".join(RNG.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(30))
        return f"<CA+{tail}@mail.gmail.com>"
    return f"<{h[:8].lower()}-{h[8:12].lower()}-{h[12:16].lower()}-{h[16:].lower()}@{domain}>"


def encode_body(text, cs, cte):
    """returns (charset, cte header value, encoded payload str)"""
    text = text.replace("\r\n", "\n")
    if cte == "8bit":
        return cs, "8bit", text
    raw = text.encode(cs)
    if cte == "7bit":
        raw.decode("ascii")
        return cs, "7bit", raw.decode("ascii")
    if cte == "qp":
        return cs, "quoted-printable", quopri.encodestring(raw).decode("ascii")
    if cte == "b64":
        return cs, "base64", base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def part(ctype, text, cs, cte, extra=""):
    cs, cteh, payload = encode_body(text, cs, cte)
    fl = "; format=flowed" if extra == "flowed" else ""
    return (f'Content-Type: {ctype}; charset="{cs}"{fl}\nContent-Transfer-Encoding: {cteh}\n\n'
            + payload.rstrip("\n") + "\n")


def boundary():
    return "----=_Part_" + "".join(RNG.choice("0123456789abcdef") for _ in range(20))


def to_html(text):
    out = []
    for para in text.split("\n\n"):
        if para.startswith(">") or para.startswith("____"):
            out.append("<blockquote style=\"border-left:1px solid #ccc;padding-left:8px\">"
                       + "<br>\n".join(html.escape(l.lstrip("> ")) for l in para.split("\n")) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in para.split("\n")) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>")


# ---------------------------------------------------------------- the dunning reminder being answered
OUTLOOK_LBL = {
    "de": ("Von", "Gesendet", "An", "Betreff"), "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Oggetto"), "pt": ("De", "Enviada", "Para", "Assunto"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
}


def reminder(it):
    sup, dom = it["sup"]
    case = it["case"]
    sent = it["sent"]
    nums = [n for n, _ in it["invs"]]
    total = sum(float(a) for _, a in it["invs"])
    cur = it["cur"]
    stage = it.get("stage", RNG.choice([1, 2, 2, 3]))
    kind = {1: "Payment reminder", 2: "Second reminder", 3: "Final notice"}[stage]
    subj = f"{kind}: {', '.join(nums)} overdue ({cur} {money_en(total)})"
    mid = f"<{case}.r{stage}.{sent.strftime('%Y%m%dT%H%M%SZ')}@{dom}>"
    lines = [f"Dear {it['co']} accounts team,", "",
             "According to our records the following invoice(s) are now past due:", ""]
    for (n, a) in it["invs"]:
        due = (sent - timedelta(days=RNG.randrange(12, 40))).date().isoformat()
        lines.append(f"  {n}   due {due}   {cur} {money_en(a)}")
    lines += ["", f"Total outstanding: {cur} {money_en(total)}", "",
              "Please arrange payment, or reply to this email if something is holding it up.",
              "If you have already paid, please disregard this reminder.", "",
              "Kind regards,", f"Accounts Receivable | {sup}"]
    return subj, mid, f"{sup} Billing", f"collections+{case}@{dom}", "\n".join(lines)


def quoted(it, rsubj, rname, raddr, rtext):
    st = it.get("q", "gmail")
    sent = it["sent"]
    lang = it["loc"][:2]
    if st == "none":
        return ""
    if st == "outlook":
        fr, se, to, su = OUTLOOK_LBL.get(lang, ("From", "Sent", "To", "Subject"))
        return ("\n\n________________________________\n"
                f"{fr}: {rname} <{raddr}>\n{se}: {sent.strftime('%A, %B %d, %Y %H:%M')}\n"
                f"{to}: {it['who'][0]} <{it['who'][1]}>\n{su}: {rsubj}\n\n" + rtext)
    d = sent
    att = {
        "de": f"Am {d:%d.%m.%Y} um {d:%H:%M} schrieb {rname} <{raddr}>:",
        "fr": f"Le {d.day}/{d.month}/{d.year} à {d:%H:%M}, {rname} <{raddr}> a écrit :",
        "es": f"El {d.day}/{d.month}/{d.year} a las {d:%H:%M}, {rname} (<{raddr}>) escribió:",
        "it": f"Il giorno {d.day}/{d.month}/{d.year} alle ore {d:%H:%M} {rname} <{raddr}> ha scritto:",
        "pt": f"{rname} <{raddr}> escreveu ({d:%Y-%m-%d} {d:%H:%M}):",
        "nl": f"Op {d.day}/{d.month}/{d.year} om {d:%H:%M} schreef {rname} <{raddr}>:",
    }.get(lang, f"On {d:%a, %b} {d.day}, {d.year} at {d:%H:%M}, {rname} <{raddr}> wrote:")
    return "\n\n" + att + "\n" + "\n".join("> " + l if l else ">" for l in rtext.split("\n"))


AUTO_PRE = {"en": "Automatic reply: ", "de": "Automatische Antwort: ", "ja": "自動応答: ",
            "el": "Αυτόματη απάντηση: ", "lt": "Re: ", "ar": "رد تلقائي: "}


def build_reply(it):
    rsubj, rmid, rname, raddr, rtext = reminder(it)
    dt = it["dt"]
    lang = it["loc"][:2]
    name, email = it["who"]
    cdom = email.split("@")[1]
    style = it.get("mua", RNG.choice(["outlook", "gmail", "other"]))
    auto = it["k"] == "O"
    subj = (AUTO_PRE.get(lang, "Automatic reply: ") if auto else it.get("pre", "Re: ")) + rsubj
    h = ["MIME-Version: 1.0", f"Date: {format_datetime(dt)}", f"Message-ID: {msgid(style, cdom)}"]
    h += [f"In-Reply-To: {rmid}", f"References: {rmid}"]
    h += [f"Subject: {enc_header(subj)}", f"From: {addr(name, email)}", f"To: {addr(rname, raddr)}"]
    if it.get("cc"):
        h.append(f"Cc: {it['cc']}")
    if style == "outlook":
        h += [f"Thread-Topic: {enc_header(rsubj)}", f"Content-Language: {it['loc']}"]
    if auto:
        h += ["Auto-Submitted: auto-replied", "X-Autoreply: yes", "X-Auto-Response-Suppress: All",
              "Precedence: auto_reply"]
    h += it.get("hdrs", [])
    text = it["body"].strip("\n") + "\n" + quoted(it, rsubj, rname, raddr, rtext)
    cs, cte, fmt = it.get("cs", "utf-8"), it.get("cte", "qp"), it.get("fmt", "plain")
    if fmt == "plain":
        body = part("text/plain", text, cs, cte, it.get("flowed", ""))
        return "\n".join(h) + "\n" + body
    htm = it.get("html") or to_html(text)
    if fmt == "html":
        return "\n".join(h) + "\n" + part("text/html", htm, cs, cte)
    b = boundary()
    if fmt == "alt":
        return ("\n".join(h) + f'\nContent-Type: multipart/alternative; boundary="{b}"\n\n'
                f"--{b}\n" + part("text/plain", text, cs, cte) + f"\n--{b}\n" + part("text/html", htm, cs, cte)
                + f"\n--{b}--\n")
    if fmt == "attach":
        fn, blob = it["attach"]
        return ("\n".join(h) + f'\nContent-Type: multipart/mixed; boundary="{b}"\n\n'
                f"--{b}\n" + part("text/plain", text, cs, cte) + f"\n--{b}\n"
                f'Content-Type: application/pdf; name="{fn}"\nContent-Disposition: attachment; filename="{fn}"\n'
                "Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(blob).decode("ascii") + f"\n--{b}--\n")
    raise ValueError(fmt)


# ---------------------------------------------------------------- bounces
def build_bounce(it):
    rsubj, rmid, rname, raddr, rtext = reminder(it)
    dt = it["dt"]
    name, email = it["who"]
    mta = it["mta"] + "." + it["sup"][1].split(".", 1)[1]
    it["body"] = it["body"].replace("{MTA}", mta)
    if it.get("bfrom"):
        it["bfrom"] = it["bfrom"].replace("{MTA}", mta)
    sent_hdr = (f"Date: {format_datetime(it['sent'])}\nMessage-ID: {rmid}\nSubject: {rsubj}\n"
                f"From: {rname} <{raddr}>\nTo: {name} <{email}>\nMIME-Version: 1.0\n")
    orig = sent_hdr + 'Content-Type: text/plain; charset="utf-8"\n\n' + rtext + "\n"
    h = [f"Date: {format_datetime(dt)}" if not it.get("rawdate") else f"Date: {it['rawdate']}",
         f"From: {it.get('bfrom', 'Mail Delivery System <MAILER-DAEMON@' + mta + '>')}",
         f"To: {raddr}", f"Subject: {enc_header(it['bsubj'])}",
         f"Message-ID: <{RNG.randrange(10**9, 10**10)}.{RNG.randrange(10**5)}@{mta}>"]
    if it["bkind"] == "plain":   # legacy MTA: no MIME headers, so ASCII only
        out = "\n".join(h) + "\n\n" + it["body"].strip("\n") + "\n\n--- Below this line is a copy of the message.\n\n" + orig
        return unicodedata.normalize("NFKD", out).encode("ascii", "ignore").decode("ascii")
    h += ["MIME-Version: 1.0", "Auto-Submitted: auto-replied"]
    b = boundary()
    status = it["status"]
    ds = (f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(it['sent'])}\n\n"
          f"Final-Recipient: rfc822; {email}\nOriginal-Recipient: rfc822;{email}\nAction: failed\n"
          f"Status: {status}\nRemote-MTA: dns; mx1.{email.split('@')[1]}\n"
          f"Diagnostic-Code: smtp; {it['diag']}\n")
    ret = (f"Content-Type: message/rfc822\n\n{orig}" if it["bkind"] == "rfc822"
           else f"Content-Type: text/rfc822-headers\n\n{sent_hdr}")
    cs, cte = it.get("cs", "utf-8"), it.get("cte", "qp")
    return ("\n".join(h) + f'\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary="{b}"\n\n'
            "This is a MIME-encapsulated message.\n\n"
            f"--{b}\nContent-Description: Notification\n" + part("text/plain", it["body"].strip("\n") + "\n", cs, cte)
            + f"\n--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n{ds}"
            + f"\n--{b}\nContent-Description: Undelivered Message\n{ret}\n--{b}--\n")


# ---------------------------------------------------------------- items
ITEMS = []


def I(k, loc, dt, who, co, invs, cur, body, lab, **kw):
    d = dict(k=k, loc=loc, dt=dt, who=who, co=co, invs=invs, cur=cur, body=body, lab=lab)
    d.update(kw)
    ITEMS.append(d)


from items_a import add as add_a  # noqa: E402
add_a(I)
try:
    from items_b import add as add_b  # noqa: E402
    add_b(I)
except ImportError:
    pass

KEYS = {"P": "promise_to_pay", "A": "paid_claim", "D": "dispute", "R": "document_request",
        "B": "billing_update", "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request",
        "L": "legal_or_insolvency", "F": "delivery_failure", "K": "acknowledgement", "X": "other"}


def squash(t):
    return re.sub(r"(?<=\d)[.,'\u00a0\u202f\u066c\u066b ](?=\d)", "", t)


def selfcheck(it):
    txt = (it["body"] or "") + (it.get("html") or "")
    s = squash(txt)
    L = it["lab"]
    if L.get("promised_amount"):
        a = L["promised_amount"]
        d = a.replace(".", "")
        w = a[:-3] if a.endswith(".00") else None
        assert d in s or (w and w in s), (it["loc"], a)
    for f in ("payment_reference", "new_contact_email"):
        if L.get(f):
            assert L[f] in txt, (it["loc"], L[f])
    for f in ("promised_date", "paid_date", "return_date"):
        v = L.get(f)
        if isinstance(v, tuple):
            assert v[-1] in txt, (it["loc"], v[-1])
    for n in L.get("invoice_numbers") or []:
        assert n[4:] in txt or n in [x for x, _ in it["invs"]], (it["loc"], n)


def main():
    ids = list(range(1, len(ITEMS) + 1))
    order = list(range(len(ITEMS)))
    RNG.shuffle(order)
    emails, labels, derivs = [], [], {}
    for idx, n in enumerate(order):
        it = ITEMS[n]
        iid = f"yf{ids[idx]:02d}"
        it["sup"] = SUPPLIERS[n % 3]
        it["case"] = f"K{7100 + n * 13}"
        it["dt"] = parse_dt(it["dt"]) if isinstance(it["dt"], str) else it["dt"]
        back = it.get("back", RNG.randrange(2, 9))
        it["sent"] = (it["dt"].astimezone(timezone.utc) - timedelta(days=back)).replace(
            hour=RNG.choice([8, 9, 10, 14]), minute=0, second=0)
        if it["k"] == "F":
            it["sent"] = (it["dt"].astimezone(timezone.utc) - timedelta(minutes=RNG.randrange(2, 40))).replace(second=0)
        selfcheck(it)
        eml = build_bounce(it) if it["k"] == "F" else build_reply(it)
        today = it["dt"].date()
        lab = {"id": iid}
        lab["intent"] = KEYS[it["k"]]
        deriv = {}
        for f in FIELDS[1:]:
            v = it["lab"].get(f)
            if f in ("promised_date", "paid_date", "return_date") and isinstance(v, tuple):
                deriv[f] = {"rule": list(v[:-1]), "phrase": v[-1]}
                v = resolve(today, v[:-1]).isoformat()
            lab[f] = v
        if lab["invoice_numbers"] is None:
            lab["invoice_numbers"] = []
        lab["note"] = f"[{it['k']}, {it['loc']}] " + it.get("note", "")
        if it.get("inj"):
            lab["injection"] = True
        emails.append({"id": iid, "eml": eml})
        labels.append(lab)
        derivs[iid] = {"locale": it["loc"], "key": it["k"], "date_rules": deriv,
                       "amount_text": it.get("amt_text"), "ref_text": it.get("ref_text")}
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "derivations.json"), "w", encoding="utf-8") as f:
        json.dump(derivs, f, ensure_ascii=False, indent=1)
    write_readme(labels, derivs)
    print(len(emails), "items")


def write_readme(labels, derivs):
    ci = Counter(l["intent"] for l in labels)
    cl = Counter(d["locale"] for d in derivs.values())
    inj = [l["id"] for l in labels if l.get("injection")]
    rel = sorted(i for i, d in derivs.items() if d["date_rules"])
    lines = ["# Blind triage set yf01-yf80 (blind304)", "",
             "Theme: replies from customers of commercial printing and packaging firms (labels, folding cartons,",
             "brochures, POS displays; customers are brands, agencies, retailers and schools) to dunning emails sent by",
             "three made-up suppliers: Corvid Label & Carton (`ar.corvidlabel.example`), Papyra Print & Pack",
             "(`ar.papyra.example`) and Inkwell Folding Cartons (`billing.inkwellcartons.example`). Every reminder is",
             "sent from `collections+CASEID@<domain>` and lists invoices as `INV-NNNN`. All names, domains",
             "(`*.example`), phone numbers (555) and references are invented.", "",
             "## Files", "", "| file | content |", "|---|---|",
             "| `build.py` | deterministic generator (seed 304); texts live in `items_a.py` / `items_b.py` |",
             "| `emails.jsonl` | 80 lines `{id, eml}`, whole RFC 822 messages |",
             "| `labels.jsonl` | 80 lines: the contract's label fields + `note` (`[KEY, locale] ...`) + `injection: true` on injection items |",
             "| `derivations.json` | per id: locale, key, and for each date field the rule and the phrase it was resolved from (used by check.py) |",
             "| `check.py` | re-verifies every label against the generated messages; exits non-zero on a problem |", "",
             "Keys: P promise_to_pay, A paid_claim, D dispute, R document_request, B billing_update, W wrong_contact,",
             "O out_of_office, I payment_plan_request, L legal_or_insolvency, F delivery_failure, K acknowledgement, X other.", "",
             "## Label conventions", "",
             "- Contract `triage.md` wins; public-sample conventions followed otherwise: null unless stated; amounts as",
             "  decimal strings with two decimals and no thousands separators; `currency` ISO 4217, null iff amount null;",
             "  `promised_amount` = amount promised / amount paid (paid_claim) / first instalment or full amount for a single",
             "  extension (plans); invoice numbers normalised to `INV-NNNN`, from the customer's own text, else the Subject,",
             "  else the quoted/returned reminder; compare as a set.",
             "- Dates: 'today' = the calendar date of the message's own Date header in its own offset. Weekday = coming one",
             "  (today if same); 'next <weekday>' / 'weekday of next week' = that weekday in the following Mon-Sun week;",
             "  end of month = last day; 'in two weeks' = +14; 'by/on the 15th' = next 15th on or after; 'this week' / week",
             "  number = Friday of that (ISO) week; 'tomorrow'/'day after tomorrow'/'yesterday'/'day before yesterday' = +1/+2/-1/-2.",
             "  A past weekday ('paid on Monday') = the most recent such weekday before the Date (labelling choice).",
             "  Numeric dd/mm vs mm/dd: US way only for the en-US sender.",
             "- `new_contact_email` is filled whenever the text gives an address to write to instead (wrong contact, away",
             "  message deputy, counsel/administrator in a legal notice).",
             "- Injection items: the label is what the human text says; embedded instructions are ignored.", "",
             "## Counts", "", "| intent | n |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(ci.items())]
    lines += ["", "| locale | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(cl.items())]
    lines += ["", f"Injection items ({len(inj)}): {', '.join(inj)}.", "",
              f"Items with a resolved relative/explicit date ({len(rel)}): {', '.join(rel)}.", "",
              "## Deliberately hard", ""]
    lines += HARD
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


HARD = [
    "- Date headers in many offsets (-0800 ... +1100, incl. +0330 and +0500); where the UTC date differs from the",
    "  local date (00:35 +0900 = previous day in UTC, 19:05 -0600 = next day in UTC) resolve in the header's own offset.",
    "- 'next <weekday>' said early in a week (the coming weekday would be a different date), weekday said on that",
    "  same weekday (= today), 'by the 15th' after the 15th, ISO week numbers, European 03/04/2026 = 3 April.",
    "- Non-UTF-8 charsets via proper MIME: ISO-8859-1/-2/-7/-9/-13/-15, windows-1251/-1256, KOI8-R, Big5, EUC-KR,",
    "  ISO-2022-JP; RFC 2047 subjects and names; 8bit UTF-8 bodies; HTML-only and multipart/alternative; a PDF attachment.",
    "- Two-statement messages (dispute + promise, dispute + an earlier payment, legal + counsel address, away + deputy).",
    "- Non-payment dates in the text (meeting days, court judgment dates, merger dates, job-change dates).",
    "- Bounces: multipart/report with text/rfc822-headers or message/rfc822, localised human parts, and one plain",
    "  non-MIME bounce; invoice numbers only in the returned reminder.",
]

if __name__ == "__main__":
    main()
