#!/usr/bin/env python3
"""Blind triage test set qz01..qz80: replies to an agricultural-machinery dealer.
Deterministic, stdlib only. Writes emails.jsonl, labels.jsonl, verify.jsonl, README.md."""
import base64, calendar, json, os, quopri, random
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 245
DEALER = "Harrowgate Agri Machinery"
AR_DOM = "ar.harrowgate-agri.example"
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]

# ---------------------------------------------------------------- date rules
def parse_dt(s):  # "2026-11-05 16:20 +1100"
    d, t, z = s.split()
    sign = 1 if z[0] == "+" else -1
    off = timedelta(hours=int(z[1:3]), minutes=int(z[3:5])) * sign
    return datetime.strptime(d + " " + t, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(off))

def resolve(today, rule, args):
    if rule == "tomorrow": return today + timedelta(1)
    if rule == "yesterday": return today - timedelta(1)
    if rule == "plus": return today + timedelta(args[0])
    if rule == "this_wd": return today + timedelta((args[0] - today.weekday()) % 7)
    if rule == "next_wd": return today + timedelta(7 - today.weekday() + args[0])
    if rule == "last_wd":  # most recent past weekday strictly before today
        d = (today.weekday() - args[0]) % 7 or 7
        return today - timedelta(d)
    if rule == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "this_week": return today + timedelta(4 - today.weekday())
    if rule == "by_day":
        if today.day <= args[0]: return today.replace(day=args[0])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, args[0])
    if rule == "kw":  # ISO week number -> Friday of that week (year of Date, or next if already past)
        y = today.year
        d = date.fromisocalendar(y, args[0], 5)
        if d < today - timedelta(6): d = date.fromisocalendar(y + 1, args[0], 5)
        return d
    if rule == "named_eom":  # month number -> last day, next occurrence
        y = today.year if args[0] >= today.month else today.year + 1
        return date(y, args[0], calendar.monthrange(y, args[0])[1])
    if rule == "first_week":
        y = today.year if args[0] >= today.month else today.year + 1
        return date(y, args[0], 7)
    if rule == "dm_future":
        d = date(today.year, args[1], args[0])
        return d if d >= today else date(today.year + 1, args[1], args[0])
    if rule == "dm_past":
        d = date(today.year, args[1], args[0])
        return d if d <= today else date(today.year - 1, args[1], args[0])
    if rule == "abs": return date(*args)
    raise ValueError(rule)

# ---------------------------------------------------------------- quoting
ATTR = {
    "en": "On {d}, {n} <{a}> wrote:", "es": "El {d}, {n} <{a}> escribió:", "fr": "Le {d}, {n} <{a}> a écrit :",
    "de": "Am {d} schrieb {n} <{a}>:", "pt": "Em {d}, {n} <{a}> escreveu:", "it": "Il giorno {d} {n} <{a}> ha scritto:",
    "nl": "Op {d} schreef {n} <{a}>:", "da": "Den {d} skrev {n} <{a}>:", "pl": "W dniu {d} {n} <{a}> napisał(a):",
    "sk": "Dňa {d} {n} <{a}> napísal(a):", "hr": "{d}, {n} <{a}> je napisao/la:", "bg": "На {d} {n} <{a}> написа:",
    "ru": "{d}, {n} <{a}> пишет:", "hi": "{d} को {n} <{a}> ने लिखा:", "ms": "Pada {d}, {n} <{a}> menulis:",
    "zh": "{n} <{a}> 於 {d} 寫道：",
}
CUR_SYM = {"AUD": "AUD", "NZD": "NZD", "EUR": "EUR", "CLP": "CLP", "BRL": "BRL", "DKK": "DKK", "PLN": "PLN",
           "RUB": "RUB", "INR": "INR", "MYR": "MYR", "TWD": "TWD"}

def reminder_text(c, rdt, amounts):
    lines = [f"Dear {c['org']} accounts team,", "",
             f"Our records show the following {'invoice is' if len(c['inv']) == 1 else 'invoices are'} overdue with {DEALER}:", ""]
    for inv, amt in zip(c["inv"], amounts):
        due = (rdt.date() - timedelta(days=12 + len(inv) % 5)).isoformat()
        lines.append(f"  {inv}   due {due}   {c['cur']} {amt}")
    lines += ["", "If you have already paid, please reply with the payment date and reference so we can",
              "match it. If anything on the invoice looks wrong (parts, hours, machine serials), reply and",
              "tell us and we will check it with the workshop.", "",
              f"{DEALER}", "Accounts Receivable | Parts & Service | +61 2 5550 1180"]
    return lines

def quoted(c, rdt, amounts, style):
    rem = reminder_text(c, rdt, amounts)
    frm = f"{DEALER} Accounts"
    addr = f"accounts+{c['case']}@{AR_DOM}"
    if style == "outlook":
        hdr = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
               "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto"),
               "nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "da": ("Fra", "Sendt", "Til", "Emne"),
               "pt": ("De", "Enviada em", "Para", "Assunto"), "it": ("Da", "Inviato", "A", "Oggetto"),
               "pl": ("Od", "Wysłano", "Do", "Temat")}.get(c["lang"], ("From", "Sent", "To", "Subject"))
        out = ["", "-----Original Message-----" if c["lang"] == "en" else "________________________________",
               f"{hdr[0]}: {frm} <{addr}>", f"{hdr[1]}: {format_datetime(rdt)}", f"{hdr[2]}: {c['frm'][1]}",
               f"{hdr[3]}: {c['rsubj']}", ""] + rem
        return out
    att = ATTR[c["lang"]].format(d=rdt.strftime("%Y-%m-%d %H:%M"), n=frm, a=addr)
    return ["", att, ""] + ["> " + l if l else ">" for l in rem]

CTE_NAME = {"qp": "quoted-printable", "base64": "base64", "8bit": "8bit", "7bit": "7bit"}

def enc_body(text, charset, cte):
    if cte == "qp":
        return quopri.encodestring(text.encode(charset)).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(text.encode(charset)).decode("ascii")
    text.encode(charset)
    return text

def hdr_enc(s):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def addr_hdr(name, addr):
    return f"{hdr_enc(name)} <{addr}>"

def html_of(text):
    import html as H
    paras = text.split("\n\n")
    return "<html><head><meta charset=\"utf-8\"></head><body>" + "".join(
        "<p>" + H.escape(p).replace("\n", "<br>") + "</p>" for p in paras) + "</body></html>"

# ---------------------------------------------------------------- eml assembly
def build_human(c, rng, amounts):
    dt = parse_dt(c["date"])
    rdt = (dt - timedelta(days=c.get("rdays", 3))).astimezone(timezone.utc).replace(hour=8, minute=0)
    mid = f"<{c['case']}.r1.{rdt.strftime('%Y%m%dT%H%M%SZ')}@{AR_DOM}>"
    c["rmid"] = mid
    c["rsubj"] = f"Overdue reminder: {', '.join(c['inv'])} ({c['cur']} {amounts[0] if len(amounts) == 1 else 'total ' + c['total']})"
    subj = c.get("subject") or f"{c.get('pre', 'Re:')} {c['rsubj']}"
    dom = c["frm"][1].split("@")[1]
    h = ["MIME-Version: 1.0", f"Date: {format_datetime(dt)}",
         f"Message-ID: <{rng.getrandbits(64):016x}.{c['case'].lower()}@{dom}>"]
    if not c.get("noreply_hdrs"):
        h += [f"In-Reply-To: {mid}", f"References: {mid}"]
    h += [f"Subject: {hdr_enc(subj)}", f"From: {addr_hdr(*c['frm'])}",
          f"To: {DEALER} Accounts <accounts+{c['case']}@{AR_DOM}>"]
    h += c.get("extra_hdrs", [])
    body = c["body"].strip("\n") + "\n"
    if c.get("sig"):
        body += "\n" + c["sig"].strip("\n") + "\n"
    if c.get("quote", "gmail") != "none":
        body += "\n".join(quoted(c, rdt, amounts, c.get("quote", "gmail"))) + "\n"
    cs, cte, kind = c.get("cs", "utf-8"), c.get("cte", "qp"), c.get("kind", "plain")
    if kind == "plain":
        h += [f"Content-Type: text/plain; charset=\"{cs}\"", f"Content-Transfer-Encoding: {CTE_NAME[cte]}"]
        return "\n".join(h) + "\n\n" + enc_body(body, cs, cte)
    if kind == "html":
        h += [f"Content-Type: text/html; charset=\"{cs}\"", f"Content-Transfer-Encoding: {CTE_NAME[cte]}"]
        return "\n".join(h) + "\n\n" + enc_body(html_of(body), cs, cte)
    b = f"----=_Part_{rng.getrandbits(40):010x}"
    h += [f"Content-Type: multipart/alternative; boundary=\"{b}\""]
    parts = [f"--{b}\nContent-Type: text/plain; charset=\"{cs}\"\nContent-Transfer-Encoding: {CTE_NAME[cte]}\n\n" + enc_body(body, cs, cte),
             f"--{b}\nContent-Type: text/html; charset=\"{cs}\"\nContent-Transfer-Encoding: {CTE_NAME[cte]}\n\n" + enc_body(html_of(body), cs, cte)]
    return "\n".join(h) + "\n\nThis is a multi-part message in MIME format.\n\n" + "\n".join(parts) + f"\n--{b}--\n"

def build_bounce(c, rng, amounts):
    dt = parse_dt(c["date"])
    rdt = dt - timedelta(minutes=3)
    mid = f"<{c['case']}.r1.{rdt.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}@{AR_DOM}>"
    rsubj = f"Overdue reminder: {', '.join(c['inv'])} ({c['cur']} {amounts[0] if len(amounts) == 1 else 'total ' + c['total']})"
    c["rsubj"] = rsubj
    ar = f"accounts+{c['case']}@{AR_DOM}"
    orig_h = [f"Date: {format_datetime(rdt)}", f"From: {DEALER} Accounts <{ar}>", f"To: {c['rcpt']}",
              f"Subject: {rsubj}", f"Message-ID: {mid}", "MIME-Version: 1.0",
              "Content-Type: text/plain; charset=\"utf-8\""]
    orig_body = "\n".join(reminder_text(c, rdt, amounts)) + "\n"
    style = c["bstyle"]
    mta = c["mta"]
    if style == "qmail":
        h = [f"Date: {dt.strftime('%d %b %Y %H:%M:%S')} -0000", f"From: MAILER-DAEMON@{mta}",
             f"To: {ar}", "Subject: failure notice", f"Message-ID: <{rng.getrandbits(48):012x}.qmail@{mta}>"]
        body = (f"Hi. This is the qmail-send program at {mta}.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
                f"This is a permanent error; I've given up. Sorry it didn't work out.\n\n<{c['rcpt']}>:\n{c['diag']}\n\n"
                "--- Below this line is a copy of the message.\n\n" + "\n".join(orig_h) + "\n\n" + orig_body)
        return "\n".join(h) + "\n\n" + body
    b = f"{rng.getrandbits(40):010x}/{mta}"
    h = ["MIME-Version: 1.0", f"Date: {format_datetime(dt)}", f"From: {c.get('bfrom', 'Mail Delivery System <MAILER-DAEMON@' + mta + '>')}",
         f"To: {ar}", f"Subject: {hdr_enc(c['bsubj'])}", f"Message-ID: <{rng.getrandbits(48):012x}@{mta}>",
         "Auto-Submitted: auto-replied",
         f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\""]
    human = c["btext"].replace("{rcpt}", c["rcpt"]).replace("{diag}", c["diag"])
    cs = c.get("cs", "utf-8")
    p1 = f"--{b}\nContent-Description: Notification\nContent-Type: text/plain; charset=\"{cs}\"\nContent-Transfer-Encoding: {CTE_NAME[c.get('cte', 'qp')]}\n\n" + enc_body(human, cs, c.get("cte", "qp"))
    p2 = (f"--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
          f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(rdt)}\n\n"
          f"Final-Recipient: rfc822; {c['rcpt']}\nAction: failed\nStatus: {c['status']}\nDiagnostic-Code: smtp; {c['diag']}\n")
    if style == "full":
        p3 = f"--{b}\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + "\n".join(orig_h) + "\n\n" + orig_body
    else:
        p3 = f"--{b}\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + "\n".join(orig_h) + "\n"
    return "\n".join(h) + "\n\nThis is a MIME-encapsulated message.\n\n" + "\n".join([p1, p2, p3]) + f"\n--{b}--\n"

CASES = []
def C(**kw):
    CASES.append(kw)

# ================================================================ cases
exec(open(os.path.join(HERE, "cases.py"), encoding="utf-8").read())

# ---------------------------------------------------------------- main
def main():
    rng = random.Random(SEED)
    order = list(range(len(CASES)))
    rng.shuffle(order)
    emails, labels, verify = [], [], []
    for n, ci in enumerate(order, 1):
        c = CASES[ci]
        qid = f"qz{n:02d}"
        c["case"] = f"H{4100 + ci}"
        c["lang"] = c["loc"].split("-")[0]
        amounts = c.get("amts") or [f"{rng.randint(900, 48000):,}.{rng.choice(['00', '50', '40', '95'])}" for _ in c["inv"]]
        if c["cur"] in ("CLP", "TWD") and not c.get("amts"):
            amounts = [f"{rng.randint(300, 9000) * 1000:,}" for _ in c["inv"]]
        tot = sum(float(a.replace(",", "")) for a in amounts)
        c["total"] = f"{tot:,.0f}" if c["cur"] in ("CLP", "TWD") else f"{tot:,.2f}"
        eml = build_bounce(c, rng, amounts) if c["intent"] == "delivery_failure" else build_human(c, rng, amounts)
        if c.get("crlf"):
            eml = eml.replace("\n", "\r\n")
        today = parse_dt(c["date"]).date()
        lab = {"id": qid}
        ver = {"id": qid, "date_header_local": c["date"], "dates": [], "amount": None, "emails": [], "invoices": []}
        f = c.get("f", {})
        for k in FIELDS:
            lab[k] = None
        lab["intent"] = c["intent"]
        for k in ("promised_date", "paid_date", "return_date"):
            if k in f:
                rule, args, phrase = f[k]
                lab[k] = resolve(today, rule, args).isoformat()
                ver["dates"].append({"field": k, "rule": rule, "args": args, "phrase": phrase})
        if "amount" in f:
            txt, val = f["amount"]
            lab["promised_amount"] = val
            lab["currency"] = c.get("pcur", c["cur"])
            ver["amount"] = {"text": txt, "value": val}
        for k in ("payment_reference", "dispute_reason", "new_contact_email"):
            if k in f:
                lab[k] = f[k]
        if lab["new_contact_email"]:
            ver["emails"].append(lab["new_contact_email"])
        lab["invoice_numbers"] = c.get("cinv") or list(c["inv"])
        ver["invoices"] = lab["invoice_numbers"]
        ver["inv_source"] = "customer text" if c.get("cinv") else ("returned reminder" if c["intent"] == "delivery_failure" else "subject")
        ver["tokens"] = c.get("tokens", [])
        lab["note"] = f"[{c['key']}, {c['loc']}] " + c["note"]
        if c.get("inj"):
            lab["injection"] = True
        emails.append({"id": qid, "eml": eml})
        labels.append(lab)
        verify.append(ver)
    for name, rows in (("emails.jsonl", emails), ("labels.jsonl", labels), ("verify.jsonl", verify)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(labels)

def write_readme(labels):
    ic = Counter(l["intent"] for l in labels)
    lc = Counter(l["note"].split(",")[1].split("]")[0].strip() for l in labels)
    kinds = Counter()
    for c in CASES:
        kinds[c.get("kind", "plain") + "/" + c.get("cs", "utf-8") + "/" + c.get("cte", "qp") if c["intent"] != "delivery_failure" else "bounce/" + c["bstyle"]] += 1
    t = ["# Blind triage set qz01..qz80 (agricultural machinery dealer)", "",
         f"Theme: replies to dunning emails from **{DEALER}** (`accounts+CASEID@{AR_DOM}`), a tractor / harvester /",
         "irrigation dealer with a parts counter and service workshop. Senders are farms, contractors, co-operatives and",
         "estates. All people, companies, domains (`*.example`) and phone numbers (555) are invented.", "",
         "Built from `/work/shared/contracts/triage.md` and the public sample README only.", "",
         "## Files", "", "| file | lines | content |", "|---|---|---|",
         "| `emails.jsonl` | 80 | `{id, eml}` whole RFC 822 messages |",
         "| `labels.jsonl` | 80 | contract label fields + `note` (`[KEY, locale] ...`) + `injection: true` on injection items |",
         "| `verify.jsonl` | 80 | side data for `check.py`: date rule + phrase per date field, amount as written, invoice source |",
         "| `build.py`, `cases.py` | | generator (seed 245) and the case table |",
         "| `check.py` | | re-verifies every label from the generated emails; exit 1 on a problem |", "",
         "## Label conventions", "",
         "- Contract priority order decides `intent`; lower-priority statements still fill their fields.",
         "- Null unless stated; `currency` null whenever `promised_amount` is null. Amounts: two decimals, `.` separator.",
         "  CLP and TWD amounts written without decimals become `NNNN.00`.",
         "- Bulgaria adopted the euro on 2026-01-01, so Bulgarian senders write EUR.",
         "- `promised_amount` = amount promised / amount said to be paid / first instalment (or whole amount of a single extension).",
         "- 'Today' = calendar date of the Date header in its own offset. Rules: weekday = coming (today if same);",
         "  'next <weekday>' = that weekday in the following Mon-Sun week; end of month = last day; 'by the Nth' = next Nth on",
         "  or after; 'this week'/KW/week number = Friday of that week; 'first week of <month>' = the 7th; day+month without",
         "  year = Date's year (past event: latest on/before Date; future: next on/after). Past weekday ('on Monday' for a",
         "  payment already made) = the most recent such weekday before Date.",
         "- `new_contact_email` also filled for deputies in away messages and counsel/administrators in legal notices.",
         "- `invoice_numbers` normalised to `INV-NNNN`; customer text first, else Subject, else returned/quoted reminder.",
         "- `payment_reference` as written, without a leading `#`.",
         "- Injection items (`injection: true`): labelled by what the human text says.", "",
         "## Counts per intent", "", "| intent | n |", "|---|---|"]
    t += [f"| {k} | {v} |" for k, v in sorted(ic.items(), key=lambda x: -x[1])]
    t += ["", "## Counts per locale", "", "| locale | n |", "|---|---|"]
    t += [f"| {k} | {v} |" for k, v in sorted(lc.items())]
    t += ["", "## Wire formats", "", "| kind/charset/cte | n |", "|---|---|"]
    t += [f"| {k} | {v} |" for k, v in sorted(kinds.items())]
    t += ["", f"Injection items: {sum(1 for l in labels if l.get('injection'))}.", "", "## Deliberately hard", ""]
    t += HARD
    t += ["", "## Ambiguities and choices", "",
          "- 'kw' / week number: Friday of that ISO week. 'first week of <month>' = the 7th (contract).",
          "- Past weekday for paid_date ('on Friday' said on Monday) = most recent such weekday before Date (contract says 'the same way' but gives no past rule).",
          "- 'until 3 January' in an away message = return_date 3 January (contract's 'until October 12' rule), even though the person is back the day after.",
          "- Warranty work invoiced -> dispute_reason other; invoice refused for lacking a PO -> dispute/missing_po; 'please add our PO' -> billing_update.",
          "- new_contact_email is filled for an OOO deputy, an examiner, administración concursal, a curator and a law firm.",
          "- Bulgarian amounts in EUR (euro adopted 2026-01-01)."]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(t) + "\n")

HARD = [
    "- Early-morning Date headers with +1300/+1100 offsets, so the UTC date is the previous day ('tomorrow' must use the local date).",
    "- Year rollover: December replies with 'a más tardar el día 5' (-> 2027-01-05), 'fino a fine gennaio', 'primera semana de enero', OOO 'til og med 3. januar'.",
    "- 'next Friday' vs 'this Friday' in the same message; Friday-dated messages with 'sexta-feira que vem' and 'i denne uge' (= today); past weekdays ('am Montag', 'Jumaat lepas', 'on Friday') for paid_date; Hindi 'कल' (yesterday/tomorrow by tense); 'eergisteren'; KW 49.",
    "- Dates in the text that are not payment dates (harvest finish, service visit, board meeting).",
    "- Quoted reminder always contains 'If you have already paid' and the invoice table; customer text sometimes names",
    "  only a subset of the invoices in the Subject.",
    "- Non-UTF-8 charsets (ISO-8859-1/-2, windows-1250/1251, KOI8-R, Big5) in QP/base64; HTML-only; multipart/alternative; 8bit UTF-8; CRLF.",
    "- Bounces: multipart/report with message/rfc822 and text/rfc822-headers, a localised (Russian) and a Big5 notification, a qmail plain bounce.",
    "- Auto-replies marked only by headers (plain 'Re:' subject), one naming a deputy, one with no return date.",
    "- Amount formats: 4\u202f312,80 €, 1 250 000,00 руб., ₹3,45,000 (lakh grouping), $4.350.000 CLP, NT$186,000; a dispute with a partial promise; missing_po as a contested invoice (dispute) vs PO/portal/tax-id requests (billing_update).",
    "- Prompt injections that try to force paid_claim / closure while the human text disputes, promises or only asks.",
]

if __name__ == "__main__":
    main()
