"""Sanity checks for the generated set (not part of the data)."""
import email, email.policy, json, re, sys, collections, html
E = [json.loads(l) for l in open("emails.jsonl", encoding="utf-8")]
L = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
assert [e["id"] for e in E] == [l["id"] for l in L]
def text_of(msg):
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if ct in ("text/plain", "text/html", "text/rfc822-headers"):
            try:
                out.append(p.get_content())
            except Exception as ex:
                out.append(p.get_payload(decode=True).decode("utf-8", "replace"))
        elif ct == "message/delivery-status":
            out.append(str(p))
    return "\n".join(out)
bad = 0
for e, l in zip(E, L):
    m = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    defects = list(m.defects) + [d for p in m.walk() for d in p.defects]
    t = text_of(m) + "\n" + str(m["Subject"])
    t = html.unescape(t)
    if "\ufffd" in t: print(e["id"], "U+FFFD"); bad += 1
    if defects: print(e["id"], l["note"][:12], "defects", defects)
    if m["Date"] is None or m["Date"].datetime is None: print(e["id"], "no date")
    for inv in l["invoice_numbers"]:
        if inv not in t and inv[4:] not in t: print(e["id"], "missing inv", inv); bad += 1
    if l["promised_amount"]:
        a = l["promised_amount"]
        ip, fp = a.split(".")
        variants = [ip, "{:,}".format(int(ip)), "{:,}".format(int(ip)).replace(",", "."), "{:,}".format(int(ip)).replace(",", " "), "{:,}".format(int(ip)).replace(",", "'")]
        if not any(v in t for v in variants): print(e["id"], "amount not in text", a); bad += 1
    if l["new_contact_email"] and l["new_contact_email"] not in t: print(e["id"], "contact missing"); bad += 1
    if l["payment_reference"] and l["payment_reference"] not in t: print(e["id"], "ref missing"); bad += 1
    if (l["promised_amount"] is None) != (l["currency"] is None): print(e["id"], "currency/amount mismatch"); bad += 1
print("bad", bad)
c = collections.Counter(l["intent"] for l in L); print(sorted(c.items(), key=lambda x: -x[1]))
print("inj", sum(1 for l in L if l.get("injection")))
print(collections.Counter(l["note"].split(",")[1].split("]")[0].strip() for l in L))
