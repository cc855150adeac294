#!/usr/bin/env python3
"""Held-out triage set iq01..iq80: AV rental / stage-lighting companies dunning event organisers."""
import base64, json, quopri, random, os, sys
from datetime import datetime, timedelta, timezone
from email.header import Header
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from frame import VENDORS, resolve, rule_str

SEED = 293
HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = []

def S(key, loc, intent, when, tz, name, addr, invs, cur, body, **kw):
    ITEMS.append(dict(key=key, loc=loc, intent=intent, when=when, tz=tz, name=name, addr=addr,
                      invs=invs, cur=cur, body=body, **kw))

from items1 import add_items as add1
from items2 import add_items as add2
add1(S); add2(S)

def money(cur, amt):
    return f"{cur} {amt:,.2f}"

def tzinfo(tz):
    sign = 1 if tz[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))

def hdr(s):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def addr_hdr(name, addr):
    try:
        name.encode("ascii"); return f'"{name}" <{addr}>' if ("," in name or "." in name) else f"{name} <{addr}>"
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{addr}>"

def encode_part(text, subtype="plain", charset="utf-8", cte=None):
    try:
        raw = text.encode(charset)
    except UnicodeEncodeError:
        charset = {"iso-8859-1": "iso-8859-15", "iso-8859-2": "iso-8859-16"}.get(charset, "utf-8")
        raw = text.encode(charset)
    if cte is None:
        try:
            text.encode("ascii"); cte = "7bit"
        except UnicodeEncodeError:
            cte = "quoted-printable"
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    else:
        payload = text
    extra = "; format=flowed" if subtype == "plain-flowed" else ""
    st = "plain" if subtype == "plain-flowed" else subtype
    h = f'Content-Type: text/{st}; charset="{charset}"{extra}\nContent-Transfer-Encoding: {cte}\n'
    return h, payload

def html_of(text):
    import html
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Arial,sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</div></body></html>\n")

def build_one(it, idx, rnd):
    vname, vdom = VENDORS[it.get("vendor", idx % 4)]
    case = f"Q{4100 + idx * 7}"
    dt = datetime.strptime(it["when"], "%Y-%m-%d %H:%M").replace(tzinfo=tzinfo(it["tz"]),
                                                                  second=rnd.randrange(60))
    rem_dt = (dt - timedelta(days=it.get("rem_age", 3))).astimezone(timezone.utc).replace(hour=8, minute=30, second=0)
    rem_id = f"<{case}.r{it.get('round', 2)}.{rem_dt.strftime('%Y%m%dT%H%M%SZ')}@billing.{vdom}>"
    cur = it["cur"]; invs = it["invs"]
    total = sum(a for _, a in invs)
    overdue = it.get("overdue", 14)
    if len(invs) == 1:
        rsubj = f"Reminder: invoice {invs[0][0]} is {overdue} days overdue ({money(cur, invs[0][1])})"
    else:
        rsubj = f"Reminder: invoices {', '.join(i for i, _ in invs[:-1])} and {invs[-1][0]} are overdue ({money(cur, total)})"
    ar_addr = f"collections+{case}@billing.{vdom}"
    ar_from = f"{vname} Billing <{ar_addr}>"
    cust_org = it.get("org", "your organisation")
    lines = [f"Hello {it['name'].split()[0]},", "",
             f"Our records show the following {'invoice is' if len(invs)==1 else 'invoices are'} past due for {cust_org}:", "",
             "  Invoice     Amount"]
    for i, a in invs:
        lines.append(f"  {i}    {money(cur, a)}")
    lines += ["", f"Total overdue: {money(cur, total)}", "",
              f"Pay online at https://pay.{vdom}/c/{case} or by bank transfer using the details",
              "on the invoice. If you have already paid, please reply with the payment date",
              "and reference so we can match it. If anything looks wrong, just reply.", "",
              "Kind regards,", f"{vname} Billing"]
    reminder = "\n".join(lines)
    body = it["body"].strip("\n") + "\n"
    q = it.get("quote", "gmail")
    rdate_str = rem_dt.strftime("%a, %d %b %Y %H:%M")
    if q == "gmail":
        full = body + f"\nOn {rdate_str}, {ar_from} wrote:\n" + "\n".join(("> " + l).rstrip() for l in reminder.split("\n")) + "\n"
    elif q == "outlook":
        full = body + "\n________________________________\nFrom: " + ar_from + f"\nSent: {rdate_str}\nTo: {it['name']} <{it['addr']}>\nSubject: {rsubj}\n\n" + reminder + "\n"
    elif q == "bottom":
        full = f"{ar_from} wrote on {rdate_str}:\n" + "\n".join(("> " + l).rstrip() for l in reminder.split("\n")) + "\n\n" + body
    elif q == "fwd":
        full = body + it["fwd"].strip("\n") + "\n\n-------- Original message --------\nFrom: " + ar_from + f"\nDate: {rdate_str}\nSubject: {rsubj}\n\n" + reminder + "\n"
    else:
        full = body
    style = it.get("style", "plain")
    subj = it.get("subj") or f"{it.get('sp', 'Re:')} {rsubj}"
    H = ["MIME-Version: 1.0", f"Date: {dt.strftime('%a, %d %b %Y %H:%M:%S')} {it['tz']}"]
    mid_dom = it["addr"].split("@")[1]
    H.append(f"Message-ID: <{rnd.getrandbits(64):016X}.{idx}@{mid_dom}>")
    if style not in ("bounce_report", "bounce_plain"):
        H += [f"In-Reply-To: {rem_id}", f"References: {rem_id}"]
    H += [f"Subject: {hdr(subj)}", f"From: {addr_hdr(it['name'], it['addr'])}", f"To: {vname} Billing <{ar_addr}>"]
    H += it.get("xh", [])
    charset = it.get("charset", "utf-8")
    cte = it.get("cte")
    if style == "plain" or style == "flowed":
        h, p = encode_part(full, "plain-flowed" if style == "flowed" else "plain", charset, cte)
        eml = "\n".join(H) + "\n" + h + "\n" + p
    elif style == "html":
        h, p = encode_part(html_of(full), "html", charset, cte or "quoted-printable")
        eml = "\n".join(H) + "\n" + h + "\n" + p
    elif style == "alt":
        b = f"----=_Part_{rnd.getrandbits(40):x}"
        h1, p1 = encode_part(full, "plain", charset, cte)
        h2, p2 = encode_part(html_of(full), "html", charset, "quoted-printable")
        eml = "\n".join(H) + f'\nContent-Type: multipart/alternative; boundary="{b}"\n\n--{b}\n{h1}\n{p1}\n--{b}\n{h2}\n{p2}\n--{b}--\n'
    elif style == "bounce_report":
        b = f"{rnd.getrandbits(48):X}.{int(dt.timestamp())}/mx.{vdom}"
        H = [l for l in H if not l.startswith("From:") and not l.startswith("To:")]
        H.insert(0, "Return-Path: <>")
        H += [f"From: {it['name']} <{it['addr']}>", f"To: {ar_addr}", "Auto-Submitted: auto-replied"]
        orig = (f"Return-Path: <{ar_addr}>\nMessage-ID: {rem_id}\nDate: {rem_dt.strftime('%a, %d %b %Y %H:%M:%S')} +0000\n"
                f"From: {ar_from}\nTo: {it['rcpt']}\nSubject: {rsubj}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"us-ascii\"\n\n" + reminder + "\n")
        if it.get("headers_only"):
            orig = orig.split("\n\n")[0] + "\n"
            ctype = "text/rfc822-headers"
        else:
            ctype = "message/rfc822"
        ds = (f"Reporting-MTA: dns; mx.{vdom}\nArrival-Date: {rem_dt.strftime('%a, %d %b %Y %H:%M:%S')} +0000\n\n"
              f"Final-Recipient: rfc822; {it['rcpt']}\nAction: failed\nStatus: {it['status']}\n"
              f"Diagnostic-Code: smtp; {it['diag']}\n")
        h1, p1 = encode_part(body, "plain", charset, cte)
        eml = ("\n".join(H) + f'\nContent-Type: multipart/report; report-type=delivery-status; boundary="{b}"\n\n'
               f"This is a MIME-encapsulated message.\n\n--{b}\n{h1}\n{p1}\n--{b}\nContent-Type: message/delivery-status\n\n{ds}\n"
               f"--{b}\nContent-Type: {ctype}\n\n{orig}\n--{b}--\n")
    elif style == "bounce_plain":
        H = [l for l in H if not l.startswith("MIME-Version")]
        H = [l for l in H if not l.startswith("From:") and not l.startswith("To:")]
        H.insert(0, "Return-Path: <>")
        H += [f"From: {it['name']} <{it['addr']}>", f"To: {ar_addr}"]
        orig = (f"--- Below this line is a copy of the message.\n\nReturn-Path: <{ar_addr}>\nMessage-ID: {rem_id}\n"
                f"From: {ar_from}\nTo: {it['rcpt']}\nSubject: {rsubj}\n\n" + reminder + "\n")
        eml = "\n".join(H) + "\n\n" + body + "\n" + orig
    else:
        raise ValueError(style)
    if it.get("crlf"):
        eml = eml.replace("\r\n", "\n").replace("\n", "\r\n")
    return eml, dt

FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]

def main():
    rnd = random.Random(SEED)
    order = list(range(len(ITEMS)))
    rnd.shuffle(order)
    emails, labels = [], []
    for pos, idx in enumerate(order):
        it = ITEMS[idx]
        iid = f"iq{pos + 1:02d}"
        eml, dt = build_one(it, idx, random.Random(SEED * 1000 + idx))
        today = dt.date()
        lab = {k: None for k in FIELDS}
        lab["intent"] = it["intent"]
        lab["invoice_numbers"] = [i for i, _ in it["invs"]]
        lab.update(it.get("lab", {}))
        if lab["promised_amount"] is not None and lab["currency"] is None:
            lab["currency"] = it["cur"]
        dnotes = []
        for field, (phrase, rule) in it.get("dates", {}).items():
            lab[field] = resolve(today, rule).isoformat()
            dnotes.append(f"{{{{{field}|{phrase}|{rule_str(rule)}}}}}")
        note = f"[{it['key']}, {it['loc']}] " + it.get("note", "") + (" " + " ".join(dnotes) if dnotes else "")
        rec = {"id": iid}
        rec.update(lab)
        rec["note"] = note.strip()
        if it.get("inj"):
            rec["injection"] = True
        emails.append({"id": iid, "eml": eml})
        labels.append(rec)
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails: f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels: f.write(json.dumps(l, ensure_ascii=False) + "\n")
    from readme import write_readme
    write_readme(HERE, ITEMS, labels)

if __name__ == "__main__":
    main()
