#!/usr/bin/env python3
"""Blind triage set zt: replies to dunning emails of a wholesale florist & nursery.
Deterministic, stdlib only. Writes emails.jsonl, labels.jsonl, README.md."""
import calendar, json, random, os
from datetime import date, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 283
POL = policy.default.clone(linesep="\n", max_line_length=78)
VENDOR = "Verdello Wholesale Flowers & Nursery"
AR = "ar.verdello.example"

# ---------------------------------------------------------------- date rules
def resolve(rule, today):
    k = rule[0]
    if k == "abs": return date.fromisoformat(rule[1])
    if k == "today": return today
    if k == "tomorrow": return today + timedelta(1)
    if k == "yesterday": return today - timedelta(1)
    if k == "plus": return today + timedelta(rule[1])
    if k == "this": return today + timedelta((rule[1] - today.weekday()) % 7)
    if k == "next": return today + timedelta(7 - today.weekday() + rule[1])
    if k == "last":   # latest such weekday strictly before today
        d = (today.weekday() - rule[1]) % 7
        return today - timedelta(d or 7)
    if k == "past":   # latest such weekday on or before today
        return today - timedelta((today.weekday() - rule[1]) % 7)
    if k == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "eom_named":
        m = rule[1]; y = today.year + (1 if m < today.month else 0)
        return date(y, m, calendar.monthrange(y, m)[1])
    if k == "by":
        if today.day <= rule[1]: return today.replace(day=rule[1])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, rule[1])
    if k == "kw": return date.fromisocalendar(today.year, rule[1], 5)
    if k == "thisweek": return today + timedelta(4 - today.weekday())
    if k == "firstweek":
        m = rule[1]; y = today.year + (1 if m < today.month else 0)
        return date(y, m, 7)
    raise ValueError(rule)

def rule_str(rule):
    return ":".join(str(x) for x in rule)

# ---------------------------------------------------------------- locales
CUR = {"en-US": ("USD", "$"), "en-IE": ("EUR", "€"), "en-ZA": ("ZAR", "R"), "es-MX": ("MXN", "MXN"),
       "es-CL": ("CLP", "CLP"), "fr-BE": ("EUR", "EUR"), "de-CH": ("CHF", "CHF"), "pt-PT": ("EUR", "EUR"),
       "it-IT": ("EUR", "EUR"), "nl-NL": ("EUR", "EUR"), "da-DK": ("DKK", "DKK"), "fi-FI": ("EUR", "EUR"),
       "lv-LV": ("EUR", "EUR"), "ro-RO": ("RON", "RON"), "sk-SK": ("EUR", "EUR"), "ru-RU": ("RUB", "RUB"),
       "uk-UA": ("UAH", "UAH"), "ar-MA": ("MAD", "MAD"), "zh-CN": ("CNY", "CNY"), "vi-VN": ("VND", "VND"),
       "ms-MY": ("MYR", "MYR")}

PREFIX = {"de-CH": "AW:", "da-DK": "SV:", "fi-FI": "VS:", "fr-BE": "RE :", "it-IT": "R:", "nl-NL": "Antw:",
          "zh-CN": "回复：", "ar-MA": "رد:", "pt-PT": "RE:", "es-MX": "RE:", "es-CL": "Re:", "sk-SK": "RE:",
          "ru-RU": "RE:", "uk-UA": "RE:", "lv-LV": "Re:", "ro-RO": "Re:", "vi-VN": "Re:", "ms-MY": "Re:",
          "en-US": "Re:", "en-IE": "RE:", "en-ZA": "Re:"}

WROTE = {"es-MX": "El {d} a las {t}, {who} escribió:", "es-CL": "El {d}, a las {t}, {who} escribió:",
         "fr-BE": "Le {d} à {t}, {who} a écrit :", "de-CH": "Am {d} um {t} schrieb {who}:",
         "pt-PT": "No dia {d}, às {t}, {who} escreveu:", "it-IT": "Il giorno {d} alle ore {t} {who} ha scritto:",
         "nl-NL": "Op {d} om {t} schreef {who}:", "da-DK": "Den {d} kl. {t} skrev {who}:",
         "fi-FI": "{who} kirjoitti {d} klo {t}:", "lv-LV": "{d} {t}, {who} rakstīja:",
         "ro-RO": "În {d}, la {t}, {who} a scris:", "sk-SK": "Dňa {d} o {t} {who} napísal(a):",
         "ru-RU": "{d} в {t}, {who} пишет:", "uk-UA": "{d} о {t} {who} пише:", "ar-MA": "في {d} الساعة {t}، كتب {who}:",
         "zh-CN": "在 {d} {t}，{who} 写道：", "vi-VN": "Vào {d} lúc {t}, {who} đã viết:", "ms-MY": "Pada {d} pukul {t}, {who} menulis:"}

def money(amt, loc):
    cur = CUR[loc][0]
    q = Decimal(amt).quantize(Decimal("0.01"))
    return f"{cur} {q:,.2f}"

# ---------------------------------------------------------------- items
ITEMS = []
def I(key, loc, intent, when, tz, sender, inv, body, own=None, **kw):
    ITEMS.append(dict(key=key, loc=loc, intent=intent, when=when, tz=tz, sender=sender, inv=inv,
                      body=body, own=own, **kw))

from items_zt import add_items  # noqa: E402  (item texts live in items_zt.py)
add_items(I)

# ---------------------------------------------------------------- message builders
def dt_of(it):
    naive = datetime.strptime(it["when"], "%Y-%m-%d %H:%M")
    sign = 1 if it["tz"][0] == "+" else -1
    from datetime import timezone
    off = timezone(sign * timedelta(hours=int(it["tz"][1:3]), minutes=int(it["tz"][3:5])))
    return naive.replace(second=(len(it["body"]) * 7) % 60, tzinfo=off)

def reminder(it, case, rdt):
    loc = it["loc"]
    lines = [f"Dear {it['sender'][2]} accounts team,", "",
             f"Our records show the following invoice(s) for {it['sender'][2]} are past due:", "",
             "  Invoice     Due date     Amount"]
    total = Decimal(0)
    for n, a, due in it["inv"]:
        lines.append(f"  INV-{n}    {due}   {money(a, loc)}")
        total += Decimal(a)
    lines += ["", f"Total overdue: {money(total, loc)}", "",
              f"Pay online at https://pay.verdello.example/c/{case} or by bank transfer quoting the",
              "invoice number. If you have already paid, please reply with the payment date and",
              "reference so we can match it. If something on an invoice is not right, reply and tell us.",
              "", "Kind regards,", "", "Verdello Accounts Receivable", VENDOR,
              "+1 415 555 0190 | ar@verdello.example"]
    if len(it["inv"]) == 1:
        n, a, due = it["inv"][0]
        subj = f"Payment reminder: invoice INV-{n} is overdue ({money(a, loc)})"
    elif len(it["inv"]) == 2:
        subj = "Payment reminder: INV-%s, INV-%s overdue (%s)" % (it["inv"][0][0], it["inv"][1][0], money(total, loc))
    else:
        subj = f"Payment reminder: {len(it['inv'])} overdue invoices ({money(total, loc)})"
    if it.get("subj_noinv"):
        subj = f"Payment reminder from {VENDOR} - account {case}"
    return subj, "\n".join(lines), total

def quote(it, rtext, rdt, case):
    style = it.get("quote", "gmail")
    loc = it["loc"]
    who = f"Verdello Accounts Receivable <collections+{case}@{AR}>"
    if style == "none":
        return ""
    if style == "outlook":
        return ("\n\n________________________________\nFrom: Verdello Accounts Receivable <collections+%s@%s>\n"
                "Sent: %s\nTo: %s\nSubject: %s\n\n%s\n") % (case, AR, rdt.strftime("%A, %B %d, %Y %I:%M %p"),
                                                      it["sender"][1], it["_rsubj"], rtext)
    d = rdt.strftime("%d.%m.%Y") if loc in WROTE else rdt.strftime("%a, %b %d, %Y")
    t = rdt.strftime("%H:%M") if loc in WROTE else rdt.strftime("%I:%M %p").lstrip("0")
    head = WROTE.get(loc, "On {d} at {t}, {who} wrote:").format(d=d, t=t, who=who)
    return "\n\n" + head + "\n" + "\n".join(("> " + l).rstrip() for l in rtext.split("\n")) + "\n"

def human_eml(it, case, rmid, rdt, rsubj, rtext):
    msg = EmailMessage(policy=POL)
    dt = it["_dt"]
    name, addr, company = it["sender"]
    msg["Date"] = format_datetime(dt)
    msg["From"] = f"{name} <{addr}>"
    msg["To"] = f"Verdello Accounts Receivable <collections+{case}@{AR}>"
    subj = it.get("subject") or f"{PREFIX[it['loc']]} {rsubj}"
    msg["Subject"] = subj
    msg["Message-ID"] = f"<{case}.{it['key']}.{dt.strftime('%H%M%S')}@{addr.split('@')[1]}>"
    msg["In-Reply-To"] = rmid
    msg["References"] = rmid
    for h, v in it.get("headers", []):
        msg[h] = v
    if it.get("mailer"):
        msg["X-Mailer"] = it["mailer"]
    text = it["body"] + quote(it, rtext, rdt, case)
    fmt = it.get("fmt", "plain")
    cs = it.get("charset", "utf-8")
    cte = it.get("cte", "quoted-printable" if cs != "utf-8" else "8bit")
    if fmt == "plain":
        msg.set_content(text, charset=cs, cte=cte)
        if it.get("flowed"):
            msg.set_param("format", "flowed")
    elif fmt in ("html", "alt"):
        html = it.get("html") or ("<html><body><div style=\"font-family:Calibri,sans-serif\">" +
                                  "<br>\n".join(it["body"].split("\n")) + "</div>" +
                                  "<blockquote style=\"border-left:1px solid #ccc;padding-left:8px\">" +
                                  "<br>\n".join(rtext.split("\n")) + "</blockquote></body></html>")
        if fmt == "html":
            msg.set_content(html, subtype="html", charset=cs, cte=cte)
        else:
            msg.set_content(text, charset=cs, cte=cte)
            msg.add_alternative(html, subtype="html", charset=cs, cte=cte)
    elif fmt == "pdf":
        msg.set_content(text, charset=cs, cte=cte)
        pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% remittance advice " +
               it["attach_note"].encode() + b"\n%%EOF\n")
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=it["attach_name"])
    for k, part in enumerate(msg.walk()):   # fixed boundaries -> deterministic output
        if part.is_multipart():
            part.set_boundary(f"==_zt_{case}_{k}_==")
    return msg.as_string(policy=POL)

def bounce_eml(it, case, rmid, rdt, rsubj, rtext):
    dt = it["_dt"]
    rcpt = it["sender"][1]
    orig_hdr = (f"From: Verdello Accounts Receivable <collections+{case}@{AR}>\nTo: {rcpt}\n"
                f"Subject: {rsubj}\nDate: {format_datetime(rdt)}\nMessage-ID: {rmid}\nMIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n")
    return it["bounce"](dict(dt=dt, fdt=format_datetime(dt), rcpt=rcpt, case=case, rmid=rmid, rsubj=rsubj,
                             rtext=rtext, orig_hdr=orig_hdr, rdt=rdt, AR=AR))

# ---------------------------------------------------------------- build
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]

def build():
    rnd = random.Random(SEED)
    order = list(range(len(ITEMS)))
    rnd.shuffle(order)
    emails, labels = [], []
    for pos, idx in enumerate(order):
        it = ITEMS[idx]
        zid = "zt%02d" % (pos + 1)
        case = "C%04d" % (5100 + idx * 7 % 900)
        it["_dt"] = dt = dt_of(it)
        rdt = (dt - timedelta(days=it.get("gap", 4))).astimezone(__import__("datetime").timezone.utc)
        rdt = rdt.replace(hour=8, minute=30, second=0)
        rmid = f"<{case}.r{it.get('round', 1)}.{rdt.strftime('%Y%m%dT%H%M%SZ')}@{AR}>"
        rsubj, rtext, total = reminder(it, case, rdt)
        it["_rsubj"] = rsubj
        eml = (bounce_eml if it.get("bounce") else human_eml)(it, case, rmid, rdt, rsubj, rtext)
        today = dt.date()
        lab = {f: None for f in FIELDS}
        lab["intent"] = it["intent"]
        notes = []
        for f, key in (("promised_date", "pd"), ("paid_date", "paid"), ("return_date", "ret")):
            if it.get(key):
                rule, phrase = it[key]
                lab[f] = resolve(rule, today).isoformat()
                notes.append(f'{f}={rule_str(rule)} "{phrase}"')
        if it.get("amt"):
            lab["promised_amount"] = str(Decimal(it["amt"]).quantize(Decimal("0.01")))
            lab["currency"] = it.get("cur", CUR[it["loc"]][0])
        lab["payment_reference"] = it.get("ref")
        lab["dispute_reason"] = it.get("reason")
        lab["new_contact_email"] = it.get("contact")
        nums = it["own"] if it["own"] is not None and len(it["own"]) else [n for n, _, _ in it["inv"]]
        if it.get("own_override") is not None:
            nums = it["own_override"]
        lab["invoice_numbers"] = ["INV-%s" % n for n in dict.fromkeys(nums)]
        note = f"[{it['key'][0]}, {it['loc']}] {it.get('note', '')}"
        if notes:
            note += " {rules: " + "; ".join(notes) + "}"
        lab["note"] = note.strip()
        if it.get("inj"):
            lab["injection"] = True
        labels.append({"id": zid, **lab})
        emails.append({"id": zid, "eml": eml})
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    write_readme(labels)

def write_readme(labels):
    from collections import Counter
    ci = Counter(l["intent"] for l in labels)
    cl = Counter(l["note"].split(",")[1].split("]")[0].strip() for l in labels)
    inj = sum(1 for l in labels if l.get("injection"))
    R = open(os.path.join(HERE, "README_head.md"), encoding="utf-8").read()
    R += "\n## Counts per intent\n\n| intent | n |\n|---|---|\n" + "".join(f"| `{k}` | {v} |\n" for k, v in sorted(ci.items()))
    R += f"\nPrompt-injection items (`\"injection\": true`): {inj}\n"
    R += "\n## Counts per locale\n\n| locale | n |\n|---|---|\n" + "".join(f"| {k} | {v} |\n" for k, v in sorted(cl.items()))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(R)

if __name__ == "__main__":
    build()
