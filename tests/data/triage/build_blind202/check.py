#!/usr/bin/env python3
"""Re-verify every label of the blind202 triage set from the generated emails. Exit 1 on any problem."""
import email, email.policy, email.utils, html, json, os, random, re, sys
from collections import Counter
from datetime import timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # item specs + rule functions (no chalicelib)

ERR = []


def err(i, msg):
    ERR.append(f"{i}: {msg}")


def texts(msg):
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith("text/"):
            try:
                t = p.get_content()
            except Exception as e:  # noqa
                t = p.get_payload(decode=True).decode("utf-8", "replace")
            if ct == "text/html":
                t = html.unescape(re.sub(r"<br\s*/?>", "\n", t))
                t = re.sub(r"<[^>]+>", "\n", t)
            out.append(t)
    if not msg.is_multipart() and msg.get_content_type() == "text/plain" and not out:
        out.append(msg.get_payload())
    return "\n".join(out)


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
if len(emails) != 80 or len(labels) != 80:
    err("file", f"expected 80/80 lines, got {len(emails)}/{len(labels)}")
ids = [e["id"] for e in emails]
if ids != [l["id"] for l in labels]:
    err("file", "ids differ between emails and labels")
if sorted(ids) != [f"{build.PREFIX}{n:02d}" for n in range(1, 81)]:
    err("file", "ids are not hv01..hv80")

order = list(range(len(build.ITEMS)))
random.Random(build.SEED).shuffle(order)
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMT = re.compile(r"^\d+\.\d{2}$")
inv_re = re.compile(r"\b(4[01]\d{3})\b")

for pos, (e, L) in enumerate(zip(emails, labels)):
    i = e["id"]
    it = build.ITEMS[order[pos]]
    keys = set(L) - {"id", "note", "injection"}
    if keys != set(build.FIELDS):
        err(i, f"label keys {sorted(keys)}")
    if "injection" in L and L["injection"] is not True:
        err(i, "injection must be true when present")
    if bool(L.get("injection")) != bool(it.get("inj")):
        err(i, "injection flag mismatch")
    m = re.match(r"^\[([A-L]), ([a-z]{2}-[A-Z]{2})\] ", L["note"])
    if not m or build.INTENT_KEY[m.group(1)] != L["intent"] or m.group(2) != it["loc"]:
        err(i, "note prefix does not match intent/locale")
    # parse as bytes
    msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    raw_from = e["eml"]
    if it["frm"][1] not in raw_from:
        err(i, "item/email mismatch (sender address absent)")
    dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    today = dt.date()   # header's own offset, no conversion
    full = texts(msg)
    subj = str(msg["Subject"] or "")
    body = it["body"]
    if body and ws(body) not in ws(full):
        err(i, "customer text not found in decoded message")
    # formats
    for f in ("promised_date", "paid_date", "return_date"):
        if L[f] is not None and not ISO.match(L[f]):
            err(i, f"{f} not ISO")
    if L["promised_amount"] is not None and not AMT.match(L["promised_amount"]):
        err(i, "amount format")
    if (L["promised_amount"] is None) != (L["currency"] is None):
        err(i, "currency must be null iff amount null")
    if L["currency"] is not None and not re.match(r"^[A-Z]{3}$", L["currency"]):
        err(i, "currency format")
    if L["dispute_reason"] is not None and (L["dispute_reason"] not in REASONS or L["intent"] != "dispute"):
        err(i, "dispute_reason")
    if L["intent"] == "dispute" and L["dispute_reason"] is None:
        err(i, "dispute without reason")
    # dates recomputed from the parsed Date header
    for f, k in (("promised_date", "pd"), ("paid_date", "paid"), ("return_date", "ret")):
        spec = it.get(k)
        if spec:
            want = build.resolve(today, spec[0]).isoformat()
            if L[f] != want:
                err(i, f"{f} {L[f]} != recomputed {want}")
            if spec[1] not in full:
                err(i, f"date phrase {spec[1]!r} not in text")
            if spec[1] not in body:
                err(i, f"date phrase {spec[1]!r} not in the customer's own text")
        elif L[f] is not None:
            err(i, f"{f} set without a rule")
    # amounts
    if it.get("amt"):
        if it["amt"] not in body:
            err(i, f"amount text {it['amt']!r} not in customer text")
        if build.norm_amount(it["amt"]) != L["promised_amount"]:
            err(i, "amount normalisation")
    elif L["promised_amount"] is not None:
        err(i, "amount without source")
    for f, k in (("payment_reference", "ref"), ("new_contact_email", "contact")):
        if L[f] is not None and L[f] not in body:
            err(i, f"{f} {L[f]!r} not in customer text")
    if L["new_contact_email"] is not None and not re.match(r"^[^@\s]+@[^@\s]+\.example$", L["new_contact_email"]):
        err(i, "contact format")
    # invoice numbers
    invs = L["invoice_numbers"]
    if len(set(invs)) != len(invs) or any(not re.match(r"^INV-\d{5}$", x) for x in invs):
        err(i, "invoice_numbers format/duplicates")
    digits = [x[4:] for x in invs]
    own = []
    for mm in inv_re.finditer(body):
        if mm.group(1) not in own:
            own.append(mm.group(1))
    if own:
        if own != digits:
            err(i, f"invoice numbers {digits} != customer text order {own}")
    else:
        subj_n = inv_re.findall(subj)
        if subj_n:
            if digits != subj_n:
                err(i, f"invoice numbers {digits} != subject {subj_n}")
        else:
            rest = inv_re.findall(full + "\n" + e["eml"])
            seen = []
            for d in rest:
                if d not in seen:
                    seen.append(d)
            if digits != seen:
                err(i, f"invoice numbers {digits} != quoted/returned {seen}")
    # structure
    intent = L["intent"]
    if intent == "delivery_failure":
        if not (msg.get_content_type() == "multipart/report" or "qmail-send" in full):
            err(i, "bounce is neither multipart/report nor qmail")
    else:
        if str(msg["In-Reply-To"] or "").strip() not in e["eml"] or "@ar.polarair.example>" not in str(msg["In-Reply-To"]):
            err(i, "missing In-Reply-To to the dunning email")
    if intent == "out_of_office" and not (msg["Auto-Submitted"] or msg["X-Autoreply"]):
        err(i, "auto-reply without Auto-Submitted / X-Autoreply")
    if intent != "out_of_office" and intent != "delivery_failure" and msg["Auto-Submitted"]:
        err(i, "human reply marked Auto-Submitted")
    # no real-looking domains
    hdrs = "\n".join(f"{k}: {v}" for k, v in msg.items())
    for d in re.findall(r"[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", full + "\n" + hdrs):
        if not d.rstrip(".").endswith(".example") and not re.match(r"^[A-Z0-9]+\.[A-Z0-9]+\.PROD\.OUTLOOK\.COM$", d):
            err(i, f"non-.example domain {d}")

allinv = Counter(n for it in build.ITEMS for n, _ in it["invs"])
for n, c in allinv.items():
    if c > 1:
        err("data", f"invoice {n} used for more than one customer")
ci = Counter(l["intent"] for l in labels)
want = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
        "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
        "delivery_failure": 5, "acknowledgement": 4, "other": 4}
if dict(ci) != want:
    err("counts", f"{dict(ci)}")
if sum(1 for l in labels if l.get("injection")) != 6:
    err("counts", "injection count")
if set(build.ITEMS[k]["loc"] for k in order) != set(build.CUR):
    err("counts", "locale coverage")

if ERR:
    print("\n".join(ERR))
    print(f"FAILED: {len(ERR)} problem(s)")
    sys.exit(1)
print("OK: 80 emails, all labels re-verified")
