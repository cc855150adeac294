"""Sanity checks for the generated set (not part of the data)."""
import collections, email, json, re, sys
from email import policy

E = [json.loads(l) for l in open("emails.jsonl", encoding="utf-8")]
L = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
assert [e["id"] for e in E] == [l["id"] for l in L]

def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            try:
                out.append(part.get_content())
            except Exception as ex:
                out.append(part.get_payload(decode=True).decode("utf-8", "replace"))
        elif ct == "message/rfc822":
            inner = part.get_payload()[0]
            out.append(str(inner.get("Subject", "")))
    return "\n".join(out)

cnt = collections.Counter(); langs = collections.Counter(); inj = 0
for e, l in zip(E, L):
    m = email.message_from_bytes(e["eml"].encode("utf-8"), policy=policy.default)
    txt = all_text(m)
    assert "\ufffd" not in txt, e["id"]
    for n in l["invoice_numbers"]:
        assert n[4:] in txt, (e["id"], n)
    dt = email.utils.parsedate_to_datetime(m["Date"])
    cnt[l["intent"]] += 1
    langs[re.match(r"\[[A-Z_]+, ([^\]]+)\]", l["note"]).group(1)] += 1
    assert l["note"].startswith("[" + l["intent"].upper() + ",")
    inj += l.get("injection", False)
    auto = m.get("Auto-Submitted")
    if l["intent"] == "out_of_office":
        assert auto, e["id"]
    elif l["intent"] != "delivery_failure":
        assert not auto, e["id"]
        assert m.get("In-Reply-To"), e["id"]
    for f in ("promised_date", "paid_date", "return_date"):
        if l[f]:
            assert re.fullmatch(r"2026-\d\d-\d\d", l[f])
    if l["promised_amount"]:
        assert re.fullmatch(r"\d+\.\d\d", l["promised_amount"]) and l["currency"] in ("EUR", "GBP", "USD", "PLN")
    else:
        assert l["currency"] is None
    if l["new_contact_email"]:
        assert l["new_contact_email"] in txt
    if l["payment_reference"]:
        assert l["payment_reference"] in txt
print(dict(cnt)); print(dict(langs)); print("injections", inj, "total", len(L))

# standalone 4-digit numbers that are not this item's invoices (review by eye)
for e, l in zip(E, L):
    m = email.message_from_bytes(e["eml"].encode("utf-8"), policy=policy.default)
    txt = all_text(m)
    txt = re.sub(r"[\w.+-]+@[\w.-]+|<[^>]*>|https?://\S+", " ", txt)
    own = {n[4:] for n in l["invoice_numbers"]}
    nums = set(re.findall(r"(?<![\d.,:/-])\d{4}(?![\d.,:/])", txt)) - own - {"2025", "2026", "2027"}
    if nums:
        print(e["id"], l["intent"], sorted(nums))
