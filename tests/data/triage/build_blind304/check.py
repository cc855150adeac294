#!/usr/bin/env python3
"""Re-verify labels.jsonl against emails.jsonl (+ derivations.json). Exit 1 on any problem."""
import email, email.policy, json, os, re, sys
from collections import Counter
from datetime import date
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import resolve  # the same date rules as documented in README (pure function)

FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
REASONS = ["pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"]
KEYS = dict(zip("PADRBWOILFKX", INTENTS))
errs = []


def err(i, m):
    errs.append(f"{i}: {m}")


def text_of(msg):
    out = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith("text/"):
            try:
                out.append(p.get_content())
            except Exception as e:  # noqa
                out.append(p.get_payload(decode=True).decode("utf-8", "replace"))
        elif ct == "message/rfc822":
            pass
    return "\n".join(out)


def squash(t):
    return re.sub(r"(?<=\d)[.,'\u00a0\u202f\u066c\u066b ](?=\d)", "", t)


E = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
L = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
D = json.load(open(os.path.join(HERE, "derivations.json"), encoding="utf-8"))
if len(E) != 80 or len(L) != 80:
    err("-", f"expected 80/80 lines, got {len(E)}/{len(L)}")
ids = [f"yf{i:02d}" for i in range(1, 81)]
if [e["id"] for e in E] != ids or [l["id"] for l in L] != ids:
    err("-", "ids not yf01..yf80 in order")

for e, l in zip(E, L):
    i = l["id"]
    if set(e) != {"id", "eml"}:
        err(i, "email keys")
    extra = set(l) - set(FIELDS) - {"injection"}
    if extra or set(FIELDS) - set(l):
        err(i, f"label keys {sorted(l)}")
    if "injection" in l and l["injection"] is not True:
        err(i, "injection must be true when present")
    msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    for h in ("Date", "From", "To", "Subject", "Message-ID"):
        if not msg[h]:
            err(i, f"missing header {h}")
    dt = parsedate_to_datetime(msg["Date"])
    today = dt.date()  # calendar date in the header's own offset
    txt = text_of(msg)
    raw = e["eml"]
    flat = " ".join(txt.split()).casefold()
    d = D[i]
    key = d["key"]
    if not l["note"].startswith(f"[{key}, {d['locale']}]"):
        err(i, "note prefix")
    if l["intent"] != KEYS[key] or l["intent"] not in INTENTS:
        err(i, f"intent {l['intent']} vs key {key}")
    # dates
    for f in ("promised_date", "paid_date", "return_date"):
        v = l[f]
        if v is None:
            if f in d["date_rules"]:
                err(i, f"{f} null but rule present")
            continue
        try:
            date.fromisoformat(v)
        except ValueError:
            err(i, f"{f} not ISO: {v}")
            continue
        r = d["date_rules"].get(f)
        if not r:
            err(i, f"{f} has no derivation")
            continue
        got = resolve(today, tuple(r["rule"])).isoformat()
        if got != v:
            err(i, f"{f} {v} != recomputed {got} from Date {msg['Date']}")
        if " ".join(r["phrase"].split()).casefold() not in flat:
            err(i, f"{f} phrase {r['phrase']!r} not in text")
    # amount / currency
    a, c = l["promised_amount"], l["currency"]
    if (a is None) != (c is None):
        err(i, "currency null iff amount null violated")
    if a is not None:
        if not re.fullmatch(r"\d+\.\d\d", a):
            err(i, f"amount format {a}")
        s = squash(txt)
        dig = a.replace(".", "")
        whole = a[:-3] if a.endswith(".00") else None
        if dig not in s and not (whole and whole in s):
            err(i, f"amount {a} not in text")
        if not re.fullmatch(r"[A-Z]{3}", c):
            err(i, f"currency {c}")
        elif c not in raw and c not in txt:
            err(i, f"currency {c} not in message (reminder states it)")
    if l["payment_reference"] is not None and l["payment_reference"] not in txt:
        err(i, f"reference {l['payment_reference']} not in text")
    if l["new_contact_email"] is not None:
        if not re.fullmatch(r"[\w.+-]+@[\w.-]+\.example", l["new_contact_email"]) or l["new_contact_email"] not in txt:
            err(i, f"contact {l['new_contact_email']}")
    dr = l["dispute_reason"]
    if (dr is not None) and dr not in REASONS:
        err(i, f"reason {dr}")
    if l["intent"] == "dispute" and dr is None:
        err(i, "dispute without reason")
    if l["intent"] != "dispute" and dr is not None:
        err(i, "reason on non-dispute")
    inv = l["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv):
        err(i, "invoice_numbers list/dupes")
    for n in inv:
        if not re.fullmatch(r"INV-\d{4}", n):
            err(i, f"inv format {n}")
        elif n[4:] not in txt and n[4:] not in raw:
            err(i, f"{n} not in message")
    if l["intent"] == "out_of_office" and msg.get("Auto-Submitted", "") == "":
        err(i, "ooo without Auto-Submitted")
    if l["intent"] != "delivery_failure" and not msg["In-Reply-To"]:
        err(i, "reply without In-Reply-To")

ci = Counter(l["intent"] for l in L)
cl = Counter(D[l["id"]]["locale"] for l in L)
en = sum(v for k, v in cl.items() if k.startswith("en-"))
if en > 12:
    err("-", f"too many English items: {en}")
print("intents:", dict(sorted(ci.items())))
print("locales:", len(cl), "English:", en, "injections:", sum(1 for l in L if l.get("injection")))
if errs:
    print("\n".join(errs))
    print(f"FAIL: {len(errs)} problem(s)")
    sys.exit(1)
print("OK: all 80 labels verified")
