"""Re-verify blind set 383 from the build's own provenance. Exits 1 on any problem."""
import email
import email.policy
import html
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402
from common import FIELDS, local_today, norm_amount, resolve  # noqa: E402

EXPECTED = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6,
            "billing_update": 6, "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6,
            "legal_or_insolvency": 4, "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
DATE_FIELDS = ("promised_date", "paid_date", "return_date")
problems = []


def bad(i, msg):
    problems.append("%s: %s" % (i, msg))


def text_of(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            continue  # walk() descends into it
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif ct == "message/delivery-status":
            out.append(str(part.get_payload()))
    return re.sub(r"\s+", " ", "\n".join(out))


def main():
    items = build.all_items()
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if not (len(items) == len(emails) == len(labels) == 80):
        bad("-", "counts %d %d %d" % (len(items), len(emails), len(labels)))
    counts = Counter()
    inj = []
    seen_inv = Counter()
    for n, (it, em, lab) in enumerate(zip(items, emails, labels), 1):
        i = "kf%02d" % n
        if em["id"] != i or lab["id"] != i or it["id"] != i:
            bad(i, "id/order mismatch")
        if em["eml"] != it["eml"]:
            bad(i, "emails.jsonl differs from a fresh build")
        for f in FIELDS:
            if lab.get(f) != it["lab"][f]:
                bad(i, "labels.jsonl %s differs from build" % f)
        if set(lab) - set(FIELDS) - {"id", "note", "injection"}:
            bad(i, "extra keys %s" % (set(lab) - set(FIELDS)))
        if not lab["note"].startswith("[%s, %s]" % (it["key"], it["locale"])):
            bad(i, "note prefix")
        # --- parse
        try:
            msg = email.message_from_bytes(em["eml"].encode("utf-8"), policy=email.policy.default)
            date_hdr = msg["Date"]
            if "=?" in str(msg["Subject"]):
                bad(i, "Subject not decodable: %s" % msg["Subject"])
            txt = text_of(msg)
        except Exception as e:  # noqa: BLE001
            bad(i, "parse error %r" % e)
            continue
        if not date_hdr:
            bad(i, "no Date")
            continue
        if "text" not in msg.get_content_type() and not msg.is_multipart():
            bad(i, "odd top type %s" % msg.get_content_type())
        full = txt + " " + re.sub(r"\s+", " ", str(msg["Subject"]))
        # --- label shape
        counts[lab["intent"]] += 1
        if lab["intent"] not in EXPECTED:
            bad(i, "intent %s" % lab["intent"])
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(i, "dispute_reason")
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            bad(i, "dispute without reason")
        if (lab["promised_amount"] is None) != (lab["currency"] is None):
            bad(i, "currency null iff amount null violated")
        if lab["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d\d", lab["promised_amount"]):
            bad(i, "amount format")
        if lab["currency"] is not None and not re.fullmatch(r"[A-Z]{3}", lab["currency"]):
            bad(i, "currency format")
        if lab.get("injection"):
            inj.append(i)
        if bool(lab.get("injection")) != bool(it["injection"]):
            bad(i, "injection flag")
        # --- dates: every non-null date label must be recomputed from Date header + rule
        today = local_today(date_hdr)
        for f in DATE_FIELDS:
            v = lab[f]
            prov = it["dates"].get(f)
            if v is None:
                if prov:
                    bad(i, "%s has provenance but null label" % f)
                continue
            if not prov:
                bad(i, "%s has no provenance" % f)
                continue
            rule, phrase = prov
            got = resolve(today, rule).isoformat()
            if got != v:
                bad(i, "%s: rule %s from %s gives %s, label %s" % (f, rule, today, got, v))
            if re.sub(r"\s+", " ", phrase) not in full:
                bad(i, "%s phrase %r not in message text" % (f, phrase))
        # --- amounts
        if lab["promised_amount"] is not None:
            prov = it["amounts"].get("promised_amount")
            if not prov:
                bad(i, "amount without provenance")
            else:
                raw, dec = prov
                if norm_amount(raw, dec) != lab["promised_amount"]:
                    bad(i, "amount %r -> %s != %s" % (raw, norm_amount(raw, dec), lab["promised_amount"]))
                if raw not in full:
                    bad(i, "raw amount %r not in message text" % raw)
        # --- invoices
        invs = lab["invoice_numbers"]
        if len(set(invs)) != len(invs):
            bad(i, "duplicate invoice numbers")
        for inv in invs:
            if not re.fullmatch(r"BLN-\d{5}", inv):
                bad(i, "invoice format %s" % inv)
            if inv[4:] not in em["eml"] and inv[4:] not in full:
                bad(i, "invoice %s not in message" % inv)
            seen_inv[inv] += 1
        for f in ("new_contact_email", "payment_reference"):
            if lab[f] is not None and lab[f] not in full:
                bad(i, "%s %r not in message text" % (f, lab[f]))
        # the case id must be in the To address (or returned headers)
        if "ar+LC" not in em["eml"]:
            bad(i, "no case address")
    for k, v in EXPECTED.items():
        if counts[k] != v:
            bad("-", "intent %s count %d != %d" % (k, counts[k], v))
    if len(inj) != 6:
        bad("-", "injection count %d" % len(inj))
    for inv, c in seen_inv.items():
        if c > 1:
            bad("-", "invoice %s used in %d threads" % (inv, c))
    if problems:
        print("\n".join(problems))
        print("FAIL: %d problem(s)" % len(problems))
        sys.exit(1)
    print("OK: 80 items; intents %s; injections %s" % (dict(counts), inj))


if __name__ == "__main__":
    main()
