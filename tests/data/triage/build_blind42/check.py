#!/usr/bin/env python3
"""Sanity checks for the built set (stdlib only): every message parses, labelled strings occur in the text."""
import collections, email, email.policy, json, re, sys
from email.utils import parsedate_to_datetime

E = [json.loads(l) for l in open("emails.jsonl", encoding="utf-8")]
L = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
assert [e["id"] for e in E] == [l["id"] for l in L]

def alltext(msg):
    out = [str(msg.get("subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith("text/"):
            try:
                out.append(p.get_content())
            except Exception as ex:
                out.append(p.get_payload(decode=True).decode("utf-8", "replace"))
        elif ct == "message/delivery-status":
            out.append(str(p))
    return "\n".join(out)

bad = 0
cnt = collections.Counter()
for e, l in zip(E, L):
    m = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    txt = alltext(m)
    flat = re.sub(r"\s+", " ", txt.replace("\u00a0", " "))
    key = l["note"][1:4]
    cnt[l["intent"]] += 1
    d = parsedate_to_datetime(m["date"])
    probs = []
    if m.defects: probs.append("defects %r" % m.defects)
    for inv in l["invoice_numbers"]:
        if inv[4:] not in txt: probs.append("inv %s missing" % inv)
    for f in ("payment_reference", "new_contact_email"):
        if l[f] and l[f] not in txt: probs.append("%s missing" % f)
    if l["promised_amount"]:
        a = l["promised_amount"]; w, fr = a.split(".")
        g = "{:,}".format(int(w))
        forms = [w, g, g.replace(",", "."), g.replace(",", " ")]
        if not any(x in flat for x in forms): probs.append("amount %s not seen" % a)
    if (l["promised_amount"] is None) != (l["currency"] is None): probs.append("currency/amount mismatch")
    if "\ufffd" in txt: probs.append("U+FFFD")
    print("%s %s %-21s %s %s pd=%s pa=%s %s paid=%s ref=%s rsn=%s nce=%s ret=%s inv=%s%s %s" % (
        l["id"], key, l["intent"], d.strftime("%a %Y-%m-%d %H:%M %z"), m.get_content_type(),
        l["promised_date"], l["promised_amount"], l["currency"], l["paid_date"], l["payment_reference"],
        l["dispute_reason"], l["new_contact_email"], l["return_date"], l["invoice_numbers"],
        " INJ" if l.get("injection") else "", "!!! " + "; ".join(probs) if probs else ""))
    bad += bool(probs)
print(dict(cnt), sum(cnt.values()), "injections:", sum(1 for l in L if l.get("injection")), "problems:", bad)
