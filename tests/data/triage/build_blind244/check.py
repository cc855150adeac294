#!/usr/bin/env python3
"""Re-verify labels.jsonl against emails.jsonl. Exit 1 on any problem."""
import json, re, sys, os, email, email.policy, datetime as dt, html
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import resolve  # the date rules (pure function; does not run the build)

FIELDS = ["intent","promised_date","promised_amount","currency","paid_date","payment_reference","dispute_reason",
          "new_contact_email","return_date","invoice_numbers"]
INTENTS = {"promise_to_pay":"P","paid_claim":"C","dispute":"D","document_request":"R","billing_update":"B",
           "wrong_contact":"W","out_of_office":"O","payment_plan_request":"L","legal_or_insolvency":"G",
           "delivery_failure":"F","acknowledgement":"A","other":"X"}
REASONS = {"pricing","quantity","quality","not_received","duplicate","missing_po","cancelled","other"}
probs = []
def bad(i, msg): probs.append("%s: %s" % (i, msg))

def texts(m):
    out = [str(m.get("Subject", ""))]
    for p in m.walk():
        ct = p.get_content_type()
        if ct.startswith("text/"):
            try: t = p.get_content()
            except Exception: t = p.get_payload(decode=True).decode("utf-8", "replace")
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif ct == "message/rfc822" or ct.startswith("multipart/"):
            for k in ("Subject",):
                if p.get(k): out.append(str(p.get(k)))
    return "\n".join(out)

emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
if len(emails) != 80 or len(labels) != 80: bad("-", "need 80 lines each")
if [e["id"] for e in emails] != ["dx%02d" % i for i in range(1, 81)]: bad("-", "email ids")
if [l["id"] for l in labels] != [e["id"] for e in emails]: bad("-", "label ids/order")

for e, l in zip(emails, labels):
    i = e["id"]
    keys = set(l) - {"id"}
    if keys - {"injection"} != set(FIELDS) | {"note"}: bad(i, "keys %s" % sorted(keys))
    if "injection" in l and l["injection"] is not True: bad(i, "injection must be true")
    if l["intent"] not in INTENTS: bad(i, "intent"); continue
    mk = re.match(r"\[(\w), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
    if not mk or mk.group(1) != INTENTS[l["intent"]]: bad(i, "note prefix")
    try:
        m = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    except Exception as ex:
        bad(i, "parse %s" % ex); continue
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if not m.get(h): bad(i, "missing " + h)
    dh = email.utils.parsedate_to_datetime(str(m["Date"]))
    if dh.tzinfo is None: bad(i, "Date without zone")
    today = dh.date()  # local date in the header's own offset
    T = texts(m)
    Tn = re.sub(r"\s+", " ", T)
    # dates
    rules = dict(re.findall(r"\{(\w+):([\w\-+]+)\}", l["note"]))
    for f in ("promised_date", "paid_date", "return_date"):
        v = l[f]
        if v is None:
            if f in rules: bad(i, "rule but null " + f)
            continue
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", v): bad(i, "date fmt " + f)
        if f not in rules: bad(i, "no rule for " + f); continue
        if resolve(rules[f], today).isoformat() != v: bad(i, "%s %s != %s" % (f, v, resolve(rules[f], today)))
        if rules[f].startswith("abs"):
            d = dt.date.fromisoformat(v)
            if not re.search(r"(?<!\d)0?%d(?!\d)" % d.day, T): bad(i, "abs day not in text " + f)
    # amount / currency
    a = l["promised_amount"]
    if a is not None:
        if not re.fullmatch(r"\d+\.\d\d", a): bad(i, "amount fmt")
        full, intp = a.replace(".", ""), a.split(".")[0]
        toks = {re.sub(r"\D", "", t) for t in re.findall(r"\d[\d.,'\s\u00a0\u202f]*\d|\d", T)}
        toks |= {re.sub(r"\D", "", t) for t in re.findall(r"\d[\d.,']*\d|\d", T)}
        if full not in toks and intp not in toks: bad(i, "amount %s not in text" % a)
        if l["currency"] is None: bad(i, "amount without currency")
    if l["currency"] is not None and not re.fullmatch(r"[A-Z]{3}", l["currency"]): bad(i, "currency fmt")
    if l["payment_reference"] is not None and l["payment_reference"] not in Tn: bad(i, "reference not in text")
    if l["new_contact_email"] is not None and l["new_contact_email"] not in T: bad(i, "contact not in text")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: bad(i, "reason")
    if l["intent"] == "dispute" and l["dispute_reason"] is None: bad(i, "dispute without reason")
    if l["return_date"] and l["intent"] != "out_of_office": bad(i, "return_date outside OOO")
    if l["paid_date"] and l["intent"] != "paid_claim": bad(i, "paid_date outside paid_claim")
    # invoices
    inv = l["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv): bad(i, "invoice list")
    found = []
    for mm in re.finditer(r"BES-(\d{5})|(?<![\d\-])(2\d{4})(?!\d)", T):
        n = "BES-" + (mm.group(1) or mm.group(2))
        if n not in found and (mm.group(1) or n in inv): found.append(n)
    if set(found) != set(inv): bad(i, "invoices %s vs text %s" % (inv, found))
    # structure by intent
    ct = m.get_content_type()
    if l["intent"] == "delivery_failure":
        if ct != "multipart/report" and "MAILER-DAEMON" not in str(m["From"]): bad(i, "bounce shape")
    else:
        if not m.get("In-Reply-To") or not m.get("References"): bad(i, "threading headers")
    if l["intent"] == "out_of_office" and not m.get("Auto-Submitted"): bad(i, "OOO without Auto-Submitted")

c = Counter(l["intent"] for l in labels)
want = {"promise_to_pay":12,"paid_claim":12,"dispute":10,"document_request":6,"billing_update":6,"wrong_contact":5,
        "out_of_office":6,"payment_plan_request":6,"legal_or_insolvency":4,"delivery_failure":5,"acknowledgement":4,"other":4}
if dict(c) != want: bad("-", "intent counts %s" % dict(c))
ninj = sum(1 for l in labels if l.get("injection"))
if not 5 <= ninj <= 8: bad("-", "injection count %d" % ninj)
for p in probs: print(p)
print("%d problems; intents %s; injections %d" % (len(probs), dict(c), ninj))
sys.exit(1 if probs else 0)
