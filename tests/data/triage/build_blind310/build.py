#!/usr/bin/env python3
"""Blind triage test set df01..df80: replies to dunning emails of a bakery & dairy wholesaler.
Deterministic, stdlib only. Writes emails.jsonl, labels.jsonl, derivations.jsonl, README.md."""
import calendar, json, random, os, collections
from datetime import datetime, timedelta, timezone, date
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy

SEED = 310
HERE = os.path.dirname(os.path.abspath(__file__))
VENDOR = "Meadowgate Bakery & Dairy Supply"
AR_DOMAIN = "billing.meadowgate.example"

# ---------------------------------------------------------------- date rules (shared with check.py)
def rule_date(today, rule, arg=None):
    if rule == "abs":
        return date.fromisoformat(arg)
    if rule == "plus":
        return today + timedelta(days=arg)
    if rule == "this_wd":
        return today + timedelta((arg - today.weekday()) % 7)
    if rule == "next_wd":
        return today + timedelta(7 - today.weekday() + arg)
    if rule == "next2_wd":
        return today + timedelta(14 - today.weekday() + arg)
    if rule == "last_wd":  # most recent such weekday strictly before today
        d = (today.weekday() - arg) % 7
        return today - timedelta(d or 7)
    if rule == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "by_the":
        if today.day <= arg:
            return today.replace(day=arg)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, arg)
    if rule == "next_month_day":
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, arg)
    if rule == "this_week":
        return today + timedelta(4 - today.weekday())
    if rule == "iso_week":
        return date.fromisocalendar(today.year, arg, 5)
    raise ValueError(rule)

FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]

ITEMS = []

def add(key, loc, intent, when, tz, sender, body, rem, cur, lab=None, dates=(), amt_text=None,
        fmt="plain", quote="gmail", kind="human", sig="", html=None, subj_prefix="Re: ", extra_headers=(),
        injection=False, note="", raw=None):
    """when = 'YYYY-MM-DD HH:MM', tz = '+0100'. rem = [(inv, amount-in-reminder)]."""
    ITEMS.append(dict(key=key, loc=loc, intent=intent, when=when, tz=tz, sender=sender, body=body, rem=rem,
                      cur=cur, lab=lab or {}, dates=list(dates), amt_text=amt_text, fmt=fmt, quote=quote,
                      kind=kind, sig=sig, html=html, subj_prefix=subj_prefix, extra_headers=list(extra_headers),
                      injection=injection, note=note, raw=raw))

# ---------------------------------------------------------------- envelope
def mkdt(when, tz):
    sign = 1 if tz[0] == "+" else -1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(off), second=17)

def reminder(it, case, rdt):
    lines = "\n".join(f"  {inv}   due {(rdt - timedelta(days=18 + 3 * i)).date()}   {it['cur']} {a}"
                      for i, (inv, a) in enumerate(it["rem"]))
    n = len(it["rem"])
    if n == 1:
        subj = f"Payment reminder: invoice {it['rem'][0][0]} is overdue ({it['cur']} {it['rem'][0][1]})"
    else:
        subj = f"Payment reminder: {n} invoices are overdue on account {case}"
    text = (f"Hello,\n\nOur records show that the following invoice{'s' if n > 1 else ''} from {VENDOR}\n"
            f"{'are' if n > 1 else 'is'} past due:\n\n{lines}\n\n"
            f"You can pay at https://pay.meadowgate.example/c/{case} or by bank transfer using the\n"
            f"details printed on the invoice. If you have already paid, please reply with the\n"
            f"payment date and reference so we can match it. If something on the invoice is\n"
            f"wrong, just reply and tell us.\n\nKind regards,\n\nCredit Control\n{VENDOR}\n")
    return subj, text

GMAIL_HDR = {
    "es": "El {d} a las {t}, Meadowgate Credit Control <{a}> escribió:",
    "de": "Am {d} um {t} schrieb Meadowgate Credit Control <{a}>:",
    "fr": "Le {d} à {t}, Meadowgate Credit Control <{a}> a écrit :",
    "pt": "Em {d} às {t}, Meadowgate Credit Control <{a}> escreveu:",
    "it": "Il giorno {d} alle ore {t} Meadowgate Credit Control <{a}> ha scritto:",
    "nl": "Op {d} om {t} schreef Meadowgate Credit Control <{a}>:",
    "sv": "Den {d} kl. {t} skrev Meadowgate Credit Control <{a}>:",
    "pl": "W dniu {d} o {t} Meadowgate Credit Control <{a}> napisał(a):",
}
OUTLOOK_HDR = {
    "de": ("Von", "Gesendet", "An", "Betreff"), "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Oggetto"), "pt": ("De", "Enviado", "Para", "Assunto"),
}

def quoted(it, case, rdt, rsubj, rtext, ar_addr):
    lang = it["loc"][:2]
    if it["quote"] == "none":
        return ""
    if it["quote"] == "outlook":
        h = OUTLOOK_HDR.get(lang, ("From", "Sent", "To", "Subject"))
        return (f"\n\n________________________________\n{h[0]}: Meadowgate Credit Control <{ar_addr}>\n"
                f"{h[1]}: {rdt.strftime('%d.%m.%Y %H:%M')}\n{h[2]}: {it['sender'][1]}\n{h[3]}: {rsubj}\n\n{rtext}")
    fmt = GMAIL_HDR.get(lang, "On {d} at {t}, Meadowgate Credit Control <{a}> wrote:")
    head = fmt.format(d=rdt.strftime("%Y-%m-%d"), t=rdt.strftime("%H:%M"), a=ar_addr)
    return "\n\n" + head + "\n\n" + "\n".join(("> " + l) if l else ">" for l in rtext.splitlines()) + "\n"

def build_eml(it, idx):
    dt = mkdt(it["when"], it["tz"])
    case = f"K{4100 + idx * 7}"
    ar_addr = f"ar+{case}@{AR_DOMAIN}"
    rdt = (dt - timedelta(days=3 + idx % 4)).astimezone(timezone.utc).replace(hour=7, minute=0, second=0)
    rmid = f"<{case}.r{1 + idx % 3}.{rdt.strftime('%Y%m%dT%H%M%SZ')}@{AR_DOMAIN}>"
    rsubj, rtext = reminder(it, case, rdt)
    it["_ctx"] = dict(case=case, ar_addr=ar_addr, rdt=rdt, rmid=rmid, rsubj=rsubj, rtext=rtext, dt=dt)
    if it["kind"] == "raw":
        return it["raw"](it)
    name, addr = it["sender"]
    m = EmailMessage()
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = f"<{sum(map(ord, addr)) * 7919 + idx}.{idx:03d}@{addr.split('@')[1]}>"
    if True:
        m["In-Reply-To"] = rmid
        m["References"] = rmid
    subj = it["subj_prefix"] + rsubj if it["kind"] == "human" else it["subj_prefix"] + rsubj
    m["Subject"] = subj
    m["From"] = f"{name} <{addr}>" if name.isascii() else m.policy.header_factory("From", f"{name} <{addr}>")
    m["To"] = f"Meadowgate Credit Control <{ar_addr}>"
    for k, v in it["extra_headers"]:
        m[k] = v
    text = it["body"].rstrip("\n") + "\n"
    if it["sig"]:
        text += "\n" + it["sig"].rstrip("\n") + "\n"
    text += quoted(it, case, rdt, rsubj, rtext, ar_addr)
    fmt = it["fmt"]
    cs, cte = "utf-8", "8bit"
    if ":" in fmt:
        fmt, cs, cte = fmt.split(":")
        try:
            text.encode(cs); (it["html"] or "").encode(cs)
        except UnicodeEncodeError as e:
            raise SystemExit(f"{it['key']} {it['loc']}: {e} {text[e.start-20:e.end+5]!r}")
    if fmt == "plain":
        m.set_content(text, charset=cs, cte=cte)
    elif fmt == "html":
        m.set_content(it["html"] or to_html(text), subtype="html", charset=cs, cte=cte)
    elif fmt == "alt":
        m.set_content(text, charset=cs, cte=cte)
        m.add_alternative(it["html"] or to_html(text), subtype="html", charset=cs, cte=cte)
        m.set_boundary(f"=_mg_alt_{idx:03d}_{sum(map(ord, addr))}")
    return m.as_bytes(policy=policy.default.clone(linesep="\n")).decode("utf-8")

def to_html(text):
    import html as H
    paras = text.split("\n\n")
    return ("<html><head><meta charset=\"utf-8\"></head><body>" +
            "".join("<p>" + H.escape(p).replace("\n", "<br>") + "</p>" for p in paras) + "</body></html>\n")

W = dict(mon=0, tue=1, wed=2, thu=3, fri=4, sat=5, sun=6)

exec(open(os.path.join(HERE, "items.py"), encoding="utf-8").read())

# ---------------------------------------------------------------- write
def main():
    rnd = random.Random(SEED)
    order = list(range(len(ITEMS)))
    rnd.shuffle(order)
    emails, labels, derivs = [], [], []
    for n, src in enumerate(order, 1):
        it = ITEMS[src]
        _id = f"df{n:02d}"
        eml = build_eml(it, src)
        today = it["_ctx"]["dt"].date()
        lab = {f: None for f in FIELDS}
        lab["intent"] = it["intent"]
        lab["invoice_numbers"] = []
        lab.update(it["lab"])
        for field, phrase, rule, arg in it["dates"]:
            lab[field] = rule_date(today, rule, arg).isoformat()
        lab = {"id": _id, **lab}
        lab["note"] = f"[{it['key']}, {it['loc']}] " + it["note"]
        if it["injection"]:
            lab["injection"] = True
        emails.append({"id": _id, "eml": eml})
        labels.append(lab)
        derivs.append({"id": _id, "key": it["key"], "locale": it["loc"],
                       "dates": [{"field": f, "phrase": p, "rule": r, "arg": a} for f, p, r, a in it["dates"]],
                       "amount_text": it["amt_text"]})
    for fn, rows in (("emails.jsonl", emails), ("labels.jsonl", labels), ("derivations.jsonl", derivs)):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(labels)

def write_readme(labels):
    by_int = collections.Counter(l["intent"] for l in labels)
    by_loc = collections.Counter(l["note"].split(",")[1].split("]")[0].strip() for l in labels)
    inj = [l["id"] for l in labels if l.get("injection")]
    s = open(os.path.join(HERE, "README_head.md"), encoding="utf-8").read() if os.path.exists(
        os.path.join(HERE, "README_head.md")) else ""
    s += "\n## Counts per intent\n\n| intent | n |\n|---|---|\n" + "".join(
        f"| `{k}` | {v} |\n" for k, v in sorted(by_int.items(), key=lambda x: -x[1]))
    s += "\n## Counts per locale\n\n| locale | n |\n|---|---|\n" + "".join(
        f"| {k} | {v} |\n" for k, v in sorted(by_loc.items()))
    s += f"\nInjection items ({len(inj)}): {', '.join(inj)}\n"
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(s)

if __name__ == "__main__":
    main()
