#!/usr/bin/env python3
"""Deterministic, stdlib-only generator of the blind29 triage held-out set.

    python3 build.py   ->  emails.jsonl, labels.jsonl (rewritten byte for byte)

Every date label is computed here from the message's own Date header
(lib.parse_today + lib.resolve), never typed in by hand.
"""
import email
import email.policy
import email.utils
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import (boundary, dt, encode_body, enc_header, fake_id, fmt_from, parse_today,  # noqa: E402
                 quote_block, reminder, reminder_msgid, resolve, text_part, to_html, vendor_addr,
                 vendor_from, VENDORS, CTE_NAME)
from items import ITEMS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
           "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
           "delivery_failure", "acknowledgement", "other"]
REASONS = ["pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"]


def build_reply(it):
    v, case = it["v"], it["case"]
    rsubj, rbody = reminder(v, case, it["invs"], it["cur"], it["rlang"], it["greet"], it["rsent"])
    rmid = reminder_msgid(v, case, it["rsent"])
    cust_name, cust_addr = it["frm"]
    subject = it.get("subject") or (it["prefix"] + rsubj)
    text = it["body"]
    if it.get("style"):
        sent_local = it["rsent"].astimezone(it["dt"].tzinfo)
        qb = quote_block(it["style"], it["rlang"], sent_local, vendor_from(v, case),
                         fmt_from(cust_name, cust_addr) if it["style"] == "outlook" else cust_name,
                         rsubj, rbody)
        text = text.rstrip("\n") + "\n\n" + qb
    dom = cust_addr.split("@")[1]
    kind = it.get("mid", "gmail")
    if kind == "outlook":
        lang = it["lang"]
        kind += ":" + ("namprd" if lang.endswith("CA") else "apcprd" if lang in ("en-AU", "en-IN")
                       else "brprd" if lang == "pt-BR" else "eurprd")
    h = ["MIME-Version: 1.0",
         "Date: " + email.utils.format_datetime(it["dt"]),
         "Message-ID: " + fake_id(it["key"], dom, kind)]
    if it.get("threaded", True):
        h += ["In-Reply-To: " + rmid, "References: " + rmid]
    h += ["Subject: " + enc_header(subject),
          "From: " + fmt_from(cust_name, cust_addr),
          "To: " + vendor_from(v, case)]
    h += list(it.get("extra", ()))
    cte, cs = it.get("enc", "qp"), it.get("charset", "utf-8")
    mode = it.get("html")
    if mode is None:
        ph, pb = text_part(text, cte, cs)
        main = (ph, pb)
    else:
        hcte = "7bit" if cte == "7bit" else ("8bit" if cte == "8bit" else "qp")
        hh, hb = text_part(to_html(text, it.get("hidden")), hcte, cs, "html")
        if mode == "only":
            main = (hh, hb)
        else:
            th, tb = text_part(text, cte, cs)
            b = boundary(it["key"], 1)
            main = ('Content-Type: multipart/alternative; boundary="%s"\n' % b,
                    "--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n" % (b, th, tb.rstrip("\n"), b, hh, hb.rstrip("\n"), b))
    if it.get("attach"):
        fname, ctype, payload = it["attach"]
        b = boundary(it["key"], 2)
        import base64
        att = base64.encodebytes(payload).decode("ascii")
        body = ("--%s\n%s\n%s\n--%s\nContent-Type: %s; name=\"%s\"\nContent-Disposition: attachment; "
                "filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n") % (
                    b, main[0], main[1].rstrip("\n"), b, ctype, fname, fname, att.rstrip("\n"), b)
        h.append('Content-Type: multipart/mixed; boundary="%s"' % b)
        eml = "\n".join(h) + "\n\n" + body
    else:
        if main[0].startswith("Content-Type: multipart"):
            h.append(main[0].rstrip("\n"))
            eml = "\n".join(h) + "\n\n" + main[1]
        else:
            h += main[0].rstrip("\n").split("\n")
            eml = "\n".join(h) + "\n\n" + main[1]
    if not eml.endswith("\n"):
        eml += "\n"
    return eml


def build_eml(it):
    if it.get("raw"):
        eml = it["raw"](it)
    else:
        eml = build_reply(it)
    if it.get("crlf"):
        eml = eml.replace("\r\n", "\n").replace("\n", "\r\n")
    return eml


def build_label(it, eml):
    msg = email.message_from_bytes(eml.encode("utf-8"), policy=email.policy.default)
    today = parse_today(msg["Date"])
    lab = it["label"]
    out = {"id": None, "intent": lab["intent"]}
    for f in FIELDS:
        val = lab.get(f)
        if f in ("promised_date", "paid_date", "return_date"):
            val = resolve(val, today)
            val = val.isoformat() if val else None
        out[f] = val
    out["invoice_numbers"] = list(lab["inv"])
    out["note"] = "[%s, %s] %s" % (it["key"], it["lang"], it["note"])
    return out


def check(it, eml, lab):
    """Sanity checks on our own data (not an engine)."""
    assert lab["intent"] in INTENTS, it["key"]
    assert lab["dispute_reason"] in REASONS + [None], it["key"]
    if lab["intent"] == "dispute":
        assert lab["dispute_reason"] is not None, it["key"]
    assert (lab["currency"] is None) == (lab["promised_amount"] is None), it["key"]
    if lab["promised_amount"] is not None:
        assert re.fullmatch(r"\d+\.\d\d", lab["promised_amount"]), it["key"]
    for n in lab["invoice_numbers"]:
        assert re.fullmatch(r"INV-\d{4}", n), (it["key"], n)
    assert len(set(lab["invoice_numbers"])) == len(lab["invoice_numbers"]), it["key"]
    msg = email.message_from_bytes(eml.encode("utf-8"), policy=email.policy.default)
    assert msg["Date"] and msg["From"] and msg["Subject"] is not None, it["key"]
    # all visible text
    chunks = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
        elif part.get_content_type() in ("message/delivery-status",):
            chunks.append(str(part))
    alltext = str(msg["Subject"]) + "\n" + "\n".join(chunks) + "\n" + eml
    assert "\ufffd" not in alltext, it["key"]
    for n in lab["invoice_numbers"]:
        assert n[4:] in alltext, (it["key"], n)
    for probe in it.get("must", ()):
        assert probe in alltext, (it["key"], probe)
    if lab["new_contact_email"]:
        assert lab["new_contact_email"] in alltext, it["key"]
    if lab["payment_reference"]:
        assert lab["payment_reference"] in alltext, it["key"]


def main():
    items = list(ITEMS)
    keys = [it["key"] for it in items]
    assert len(keys) == len(set(keys)) == 80, len(items)
    rng = random.Random(2929)
    order = list(range(len(items)))
    rng.shuffle(order)
    emails, labels = [], []
    for n, idx in enumerate(order, 1):
        it = items[idx]
        eml = build_eml(it)
        lab = build_label(it, eml)
        check(it, eml, lab)
        iid = "b29-%03d" % n
        lab["id"] = iid
        emails.append(json.dumps({"id": iid, "eml": eml}, ensure_ascii=False))
        labels.append(json.dumps(lab, ensure_ascii=False))
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(emails) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")
    # summary
    from collections import Counter
    c = Counter(json.loads(l)["intent"] for l in labels)
    lc = Counter(it["lang"] for it in items)
    print("items:", len(items))
    for k in INTENTS:
        print("  %-22s %d" % (k, c[k]))
    print("langs:", dict(sorted(lc.items())))
    print("injections:", sum(1 for it in items if it.get("injection")))


if __name__ == "__main__":
    main()
