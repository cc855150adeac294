#!/usr/bin/env python3
"""Author-side consistency checks for the blind22 triage set (stdlib only)."""
import collections, email, json, re, sys
from email import policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
E = [json.loads(l) for l in open(HERE / "emails.jsonl", encoding="utf-8")]
Lb = [json.loads(l) for l in open(HERE / "labels.jsonl", encoding="utf-8")]
sys.path.insert(0, str(HERE))
import build  # noqa: E402
K = {f"h{n:02d}": {"key": it["key"], "lang": it["lang"]} for n, it in enumerate(build.shuffled(), 1)}
assert [e["id"] for e in E] == [l["id"] for l in Lb]


def texts(msg):
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if ct in ("text/plain", "text/html", "text/rfc822-headers", "message/delivery-status"):
            try:
                out.append(p.get_content() if ct.startswith("text/") else str(p))
            except Exception as ex:
                out.append(p.get_payload(decode=True).decode("utf-8", "replace"))
    return "\n".join(out)


bad = 0
cnt = collections.Counter(); langs = collections.Counter()
show = "-v" in sys.argv
for e, l in zip(E, Lb):
    msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=policy.default)
    txt = texts(msg)
    allt = str(msg["Subject"]) + "\n" + txt
    probs = []
    if not re.search(r"collections\+C62\d\d@", str(msg["To"])):
        probs.append("case not in To")
    dt = msg["Date"].datetime
    for inv in l["invoice_numbers"]:
        n = inv[4:]
        if n not in allt:
            probs.append(f"invoice {inv} not found")
    for f in ("new_contact_email", "payment_reference"):
        if l[f] and l[f] not in allt:
            probs.append(f"{f} {l[f]} not in text")
    if l["promised_amount"]:
        ip = l["promised_amount"].split(".")[0]
        forms = {ip, f"{int(ip):,}", f"{int(ip):,}".replace(",", "."), f"{int(ip):,}".replace(",", " ")}
        if not any(x in txt for x in forms):
            probs.append("amount not in text")
    if (l["promised_amount"] is None) != (l["currency"] is None):
        probs.append("amount/currency mismatch")
    if l["intent"] != "dispute" and l["dispute_reason"] and l["intent"] != "legal_or_insolvency":
        probs.append("dispute_reason on non-dispute")
    if not l["note"].startswith("[" + l["intent"].upper() + ","):
        probs.append("note prefix")
    cnt[l["intent"]] += 1
    langs[K[e["id"]]["lang"].split("-")[0]] += 1
    if probs:
        bad += 1
        print(e["id"], K[e["id"]]["key"], probs)
    if show:
        print("=" * 100)
        print(e["id"], K[e["id"]], "|", msg["Date"], "| local", dt.date(), dt.strftime("%a"))
        print("Subject:", msg["Subject"], "| From:", msg["From"])
        print({k: v for k, v in l.items() if v not in (None, [], "") and k not in ("id", "note")})
        body = msg.get_body(("plain", "html"))
        print((body.get_content() if body else txt)[:1500])
print(dict(cnt)); print(dict(langs)); print("injections", sum(1 for l in Lb if l.get("injection")))
print("problems:", bad)
