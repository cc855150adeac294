#!/usr/bin/env python3
"""Sanity checks for emails.jsonl / labels.jsonl (not part of the set)."""
import email, email.policy, json, re, html
from email.utils import parsedate_to_datetime
from datetime import datetime

E = [json.loads(l) for l in open("emails.jsonl", encoding="utf-8")]
L = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
assert [e["id"] for e in E] == [l["id"] for l in L]

def texts(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ("text/plain", "text/html", "text/rfc822-headers", "message/delivery-status"):
            try:
                c = part.get_content()
            except Exception as ex:
                c = part.get_payload(decode=True).decode("utf-8", "replace") if part.get_payload(decode=True) else str(part.get_payload())
            if isinstance(c, list):
                c = "\n".join(str(x) for x in c)
            if ct == "text/html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c))
            out.append(str(c))
    for k in ("Subject",):
        out.append(str(msg.get(k, "")))
    return "\n".join(out)

bad = 0
for e, l in zip(E, L):
    msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    t = texts(msg)
    key = l["note"].split(",")[0][1:]
    probs = []
    if "\ufffd" in t: probs.append("U+FFFD")
    d = parsedate_to_datetime(str(msg["Date"]))
    m = re.search(r"\.r\d\.(\d{8}T\d{6}Z)@", e["eml"])
    if m:
        sent = datetime.strptime(m.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=__import__("datetime").timezone.utc)
        if d.tzinfo and d <= sent: probs.append(f"reply {d} not after reminder {sent}")
    for inv in l["invoice_numbers"]:
        if inv not in t and inv[4:] not in t: probs.append("inv " + inv)
    norm = t.replace("\u00a0", " ")
    if l["promised_amount"]:
        a = l["promised_amount"]
        ip, dp = a.split(".")
        cands = {a, f"{int(ip):,}.{dp}", f"{int(ip):,}".replace(",", ".") + "," + dp,
                 f"{int(ip):,}".replace(",", " ") + "," + dp, f"{int(ip):,}".replace(",", "'") + "." + dp,
                 f"{int(ip):,}".replace(",", " ")}
        if not any(c in norm for c in cands): probs.append("amount " + a)
    for f in ("new_contact_email", "payment_reference"):
        if l[f] and l[f] not in t: probs.append(f + " " + l[f])
    if probs: bad += 1
    print(f"{l['id']} {key:4} {l['intent']:20} {d.strftime('%a %Y-%m-%d %z')} "
          f"pd={l['promised_date']} amt={l['promised_amount']} {l['currency']} paid={l['paid_date']} "
          f"ret={l['return_date']} dr={l['dispute_reason']} nc={l['new_contact_email']} inv={l['invoice_numbers']} "
          f"{'INJ' if l['injection'] else ''} {probs if probs else ''}")
print("items with problems:", bad)
