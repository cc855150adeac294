#!/usr/bin/env python3
"""Re-verify every label of the hq set from the generated data. Exit 1 on any problem."""
import email, email.policy, json, os, re, random, sys, importlib.util
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("hqbuild", os.path.join(HERE, "build.py"))
B = importlib.util.module_from_spec(spec)
spec.loader.exec_module(B)          # defines ITEMS; main() is not run

INTENTS = set(B.INTENT.values())
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
problems = []


def bad(i, msg):
    problems.append("%s: %s" % (i, msg))


def all_text(m):
    out = []
    for p in m.walk():
        ct = p.get_content_type()
        if p.is_multipart() or ct == "message/rfc822":
            continue
        if ct == "message/delivery-status":
            out.append(str(p.get_payload()))
            continue
        if p.get_content_maintype() == "text":
            try:
                out.append(p.get_content())
            except Exception as e:
                out.append(p.get_payload(decode=True).decode("utf-8", "replace"))
    hdrs = "\n".join("%s: %s" % (k, v) for k, v in m.items())
    return hdrs + "\n" + "\n".join(out)


def norm_digits(s):
    return re.sub(r"[\s\u00a0\u202f,.'’]", "", s)


emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
if len(emails) != 80 or len(labels) != 80:
    bad("*", "expected 80 emails and 80 labels")
order = list(range(len(B.ITEMS)))
random.Random(B.SEED).shuffle(order)
for pos, (e, l) in enumerate(zip(emails, labels)):
    hid = "hq%02d" % (pos + 1)
    if e["id"] != hid or l["id"] != hid:
        bad(hid, "id mismatch")
    it = B.ITEMS[order[pos]]
    extra = set(l) - set(KEYS) - {"injection"}
    if extra or set(KEYS) - set(l):
        bad(hid, "label keys %s" % sorted(set(l) ^ set(KEYS)))
    if l.get("injection") not in (None, True):
        bad(hid, "injection must be true or absent")
    if not re.match(r"^\[[PCDRBWOLGFAX], [a-z]{2}-[A-Z]{2}\] ", l["note"]):
        bad(hid, "note prefix")
    key = l["note"][1]
    if B.INTENT[key] != l["intent"] or l["intent"] not in INTENTS:
        bad(hid, "intent/key mismatch")
    m = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    for h in ("Date", "From", "To", "Subject", "Message-ID"):
        if not m[h]:
            bad(hid, "missing header " + h)
    today = parsedate_to_datetime(str(m["Date"])).date()
    text = all_text(m)
    ntext = norm_digits(text)
    # intent-specific wire checks
    if l["intent"] == "delivery_failure":
        if m["In-Reply-To"]:
            bad(hid, "bounce with In-Reply-To")
    else:
        if not m["In-Reply-To"] or m["In-Reply-To"] != m["References"]:
            bad(hid, "reply lacks In-Reply-To/References")
    if l["intent"] == "out_of_office" and m["Auto-Submitted"] != "auto-replied":
        bad(hid, "OOO without Auto-Submitted")
    # dates recomputed from the Date header with the item's rule
    for f in ("promised_date", "paid_date", "return_date"):
        rule = it.get(f)
        if rule is None:
            if l[f] is not None:
                bad(hid, f + " should be null")
            continue
        exp = B.resolve(rule, today).isoformat()
        if l[f] != exp:
            bad(hid, "%s %s != recomputed %s" % (f, l[f], exp))
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", l[f]):
            bad(hid, f + " format")
        d = (B.date.fromisoformat(l[f]) - today).days
        if f == "paid_date" and not (-60 <= d <= 0):
            bad(hid, "paid_date not in the recent past")
        if f in ("promised_date", "return_date") and not (0 <= d <= 120):
            bad(hid, f + " not in the near future")
    # amount and currency
    a = l["promised_amount"]
    if a is None:
        if l["currency"] is not None:
            bad(hid, "currency without amount")
    else:
        if not re.match(r"^\d+\.\d{2}$", a):
            bad(hid, "amount format")
        ip, dp = a.split(".")
        need = ip if dp == "00" else ip + dp
        body_only = norm_digits(str(it["body"]))
        if need not in body_only:
            bad(hid, "amount %s not in customer text" % a)
        if l["currency"] != B.CUR[it["loc"]]:
            bad(hid, "currency %s vs thread %s" % (l["currency"], B.CUR[it["loc"]]))
        if l["currency"] not in text:
            bad(hid, "thread currency code not in message")
    if l["payment_reference"] is not None and l["payment_reference"] not in text:
        bad(hid, "payment_reference not in text")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
        bad(hid, "dispute_reason")
    if l["intent"] == "dispute" and l["dispute_reason"] is None:
        bad(hid, "dispute without reason")
    if l["new_contact_email"] is not None:
        if l["new_contact_email"] not in text or not l["new_contact_email"].endswith(".example"):
            bad(hid, "new_contact_email not in text / not .example")
    # invoice numbers
    inv = l["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv):
        bad(hid, "invoice_numbers list")
    for n in inv:
        if not re.match(r"^INV-\d{4}$", n):
            bad(hid, "invoice format " + n)
        if n[4:] not in text:
            bad(hid, "invoice %s not in message" % n)
    cust = str(it["body"])
    named = [n for n in re.findall(r"(?<![\d-])(?:INV-)?(\d{4})(?!\d)", cust)]
    dun_nums = {d[0][4:] for d in it["dun"]}
    cust_inv = []
    for n in named:
        if (n in dun_nums or "INV-" + n in inv) and "INV-" + n not in cust_inv:
            cust_inv.append("INV-" + n)
    if cust_inv and l["intent"] != "delivery_failure" and cust_inv != inv:
        bad(hid, "invoice_numbers %s vs customer text %s" % (inv, cust_inv))
    if not cust_inv and l["intent"] != "delivery_failure":
        subj = re.findall(r"INV-\d{4}", str(m["Subject"]))
        if subj and subj != inv:
            bad(hid, "invoice_numbers should come from Subject %s" % subj)
nin = sum(1 for l in labels if l.get("injection"))
if not 5 <= nin <= 8:
    bad("*", "injection count %d" % nin)
if problems:
    print("\n".join(problems))
    print("FAIL: %d problem(s)" % len(problems))
    sys.exit(1)
print("OK: 80 messages, all labels verified")
