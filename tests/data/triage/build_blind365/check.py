#!/usr/bin/env python3
"""Re-verify blind set 365 from the build's own provenance. Exits non-zero on any problem."""
import email
import email.policy
import html
import json
import os
import re
import sys
from collections import Counter
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import resolve, parse_amount  # noqa: E402
import items_a  # noqa: E402
import items_b  # noqa: E402

ITEMS = items_a.ITEMS + items_b.ITEMS
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"]
EXPECT = dict(promise_to_pay=12, paid_claim=12, dispute=10, document_request=6, billing_update=6, wrong_contact=5,
              out_of_office=6, payment_plan_request=6, legal_or_insolvency=4, delivery_failure=5, acknowledgement=4, other=4)
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
MID_RE = re.compile(r"<HC\d{4}\.r\d\.\d{8}T\d{6}Z@billing\.harrowcrate\.example>")

problems = []


def bad(i, msg):
    problems.append(f"{i}: {msg}")


def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                t = part.get_content()
            except Exception as e:  # noqa: BLE001
                t = ""
                out.append(f"<<undecodable {e}>>")
            if part.get_content_subtype() == "html":
                t = re.sub(r"<[^>]+>", " ", t)
                t = html.unescape(t)
            out.append(t)
        elif part.get_content_type() == "message/rfc822":
            out.append(str(part.get_payload(0).get("Subject", "")))
    text = "\n".join(out).replace("\xa0", " ")
    return re.sub(r"\s+", " ", text)


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80 or len(ITEMS) != 80:
        bad("-", f"counts emails={len(emails)} labels={len(labels)} items={len(ITEMS)}")
    for n, (e, l, it) in enumerate(zip(emails, labels, ITEMS), 1):
        i = "hb%02d" % n
        if not (e["id"] == l["id"] == it["id"] == i):
            bad(i, "id mismatch")
        if set(l) - {"note", "injection"} != set(FIELDS):
            bad(i, f"label keys {sorted(l)}")
        if not l.get("note", "").startswith(f"[{it['key']}, {it['loc']}]"):
            bad(i, "note prefix")
        if l["intent"] not in INTENTS or l["intent"] != it["intent"]:
            bad(i, "intent")
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            dh = msg["Date"]
            today = dh.datetime.date()
        except Exception as ex:  # noqa: BLE001
            bad(i, f"parse failure {ex}")
            continue
        if msg.defects:
            bad(i, f"defects {msg.defects}")
        if dh.datetime.utcoffset() is None and "-0000" not in e["eml"]:
            bad(i, "naive Date")
        raw_date = str(dh)
        if re.sub(r"\s*\(.*\)$", "", it["date"]) not in e["eml"]:
            bad(i, "Date header differs from provenance")
        text = all_text(msg)
        low = text.lower()
        # threading / sender address
        if it["intent"] != "delivery_failure":
            if not MID_RE.fullmatch(str(msg.get("In-Reply-To", "")).strip()):
                bad(i, "In-Reply-To not in our Message-ID style")
            rcpt = str(msg.get("To", "")) + " " + str(msg.get("Cc", ""))
            if not re.search(r"ar\+HC\d{4}@billing\.harrowcrate\.example", rcpt):
                bad(i, "case address missing from To/Cc")
        else:
            if not re.search(r"ar\+HC\d{4}@billing\.harrowcrate\.example", e["eml"]) or not MID_RE.search(e["eml"]):
                bad(i, "bounce lacks case address / returned Message-ID")
        # dates
        for fld, key in (("promised_date", "pd"), ("paid_date", "pdd"), ("return_date", "rd")):
            rule = it.get(key)
            if rule is None:
                if l[fld] is not None:
                    bad(i, f"{fld} set without provenance")
                continue
            want = resolve(rule, today).isoformat()
            if l[fld] != want:
                bad(i, f"{fld} {l[fld]} != {want} ({rule} from {raw_date})")
            if rule[0].lower() not in low:
                bad(i, f"phrase {rule[0]!r} not in message")
            date.fromisoformat(l[fld])
        # amounts
        if it.get("amt"):
            tok, cur = it["amt"]
            if tok not in text:
                bad(i, f"amount token {tok!r} not in message")
            val = parse_amount(tok, it["loc"])
            if l["promised_amount"] != val or not re.fullmatch(r"\d+\.\d\d", val):
                bad(i, f"amount {l['promised_amount']} != {val}")
            sym = None
            if "€" in tok or "EUR" in tok:
                sym = "EUR"
            elif "R$" in tok or "BRL" in tok:
                sym = "BRL"
            elif "TL" in tok or "TRY" in tok:
                sym = "TRY"
            elif "zł" in tok or "PLN" in tok:
                sym = "PLN"
            elif "MXN" in tok:
                sym = "MXN"
            elif "$" in tok:
                sym = it["rem"]["cur"] if cur == "thread" else cur
            want_cur = it["rem"]["cur"] if cur == "thread" else cur
            if sym != want_cur or l["currency"] != want_cur:
                bad(i, f"currency {l['currency']} / symbol {sym} / want {want_cur}")
            if cur == "thread" and not re.search(rf"\b{want_cur}\b", text):
                bad(i, "thread currency not visible in the quoted/subject reminder")
        else:
            if l["promised_amount"] is not None:
                bad(i, "amount without provenance")
        if (l["promised_amount"] is None) != (l["currency"] is None):
            bad(i, "currency null iff amount null violated")
        # other fields
        if l["payment_reference"] is not None:
            if l["payment_reference"] not in text or l["payment_reference"].startswith("#"):
                bad(i, "payment_reference not in text")
        if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
            bad(i, "dispute_reason")
        if l["intent"] == "dispute" and l["dispute_reason"] is None:
            bad(i, "dispute without reason")
        if l["new_contact_email"] is not None:
            if l["new_contact_email"] not in text or not l["new_contact_email"].endswith(".example"):
                bad(i, "contact not in text")
        if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]):
            bad(i, "invoice_numbers not a dedup list")
        rem_invs = [x[0] for x in it["rem"]["lines"]]
        for inv in l["invoice_numbers"]:
            if not re.fullmatch(r"HPC-\d{5}", inv):
                bad(i, f"invoice format {inv}")
            if inv[4:] not in text:
                bad(i, f"invoice {inv} not in message")
            if inv not in rem_invs:
                bad(i, f"invoice {inv} not in the thread's reminder")
        if l["intent"] not in ("out_of_office",) and not l["invoice_numbers"]:
            bad(i, "empty invoice_numbers")
        if bool(l.get("injection")) != bool(it.get("injection")):
            bad(i, "injection flag")
        if l["intent"] == "out_of_office" and l["return_date"] is None:
            pass
    c = Counter(l["intent"] for l in labels)
    if dict(c) != EXPECT:
        bad("-", f"intent counts {dict(c)}")
    inj = [l["id"] for l in labels if l.get("injection")]
    if len(inj) != 6:
        bad("-", f"injection count {inj}")
    if problems:
        print("\n".join(problems))
        print(f"FAIL: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"OK: 80 messages parse, all dates/amounts/fields re-verified; intents {dict(c)}; injections {inj}")


if __name__ == "__main__":
    main()
