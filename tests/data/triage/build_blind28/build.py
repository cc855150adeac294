#!/usr/bin/env python3
"""Held-out triage set (blind28): 80 inbound AR emails for a wholesaler of office and
cleaning supplies (Hollis & Crane Supply Co.), April 2026.

    python3 build.py      # rewrites emails.jsonl and labels.jsonl byte for byte

stdlib only; every date label is computed from the message's own Date header.
"""
import json
import os
import random
import re
from datetime import timedelta, timezone
from email import message_from_bytes, policy

from lib import (TENANT_DOMAIN, TENANT_NAME, addr, apple_attr, attachment, enc_header,
                 gmail_attr, gmail_html, gt, h, hdr_date, local_today, mkdt, multipart,
                 outlook_html, outlook_quote_text, part, reminder, reminder_eml, resolve,
                 tb_attr, tz_of)
from items import ITEMS

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc


def msgid_for(item):
    k = item["key"]
    dom = item["email"].split("@")[1]
    c = item["client"]
    if c in ("outlook", "outlook_mobile", "exchange_auto"):
        core = ("DB9PR0" if item["loc"] != "en-US" else "BN7PR1") + h(k, 4).upper() + "MB" + h(k + "x", 24).upper()
        return f"<{core}@{core[:14]}.{'eurprd0' + h(k,1) if item['loc'] != 'en-US' else 'namprd1' + h(k,1)}.prod.outlook.com>"
    if c in ("gmail", "gmail_auto"):
        return f"<CA{h(k, 8)}+{h(k + 'g', 30)}@mail.gmail.com>"
    if c in ("apple", "iphone"):
        u = h(k, 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
    return f"<{h(k, 8)}-{h(k + 'm', 4)}-{h(k + 'n', 4)}-{h(k + 'o', 12)}@{dom}>"


def subject_prefix(item):
    if "subj_prefix" in item:
        return item["subj_prefix"]
    c, L = item["client"], item["loc"][:2]
    if c in ("outlook", "outlook_mobile"):
        return {"de": "AW: ", "fr": "RE : ", "nl": "RE: "}.get(L, "RE: ")
    if c == "webmail" and L == "fr":
        return "Re : "
    return "Re: "


def compose(item, rem):
    """Returns (extra header lines, body section incl. Content-Type) for a human reply."""
    c = item["client"]
    loc = item["loc"]
    tz = tz_of(item["tz"])
    reply = item["body"].strip("\n") + "\n"
    cs = item.get("charset", "utf-8")
    cte = item.get("cte", "quoted-printable")
    fmt = item.get("fmt", "text")
    quote = item.get("quote", True) and rem is not None
    hidden = item.get("hidden_html", "")
    b = "_000_" + h(item["key"] + "b", 28).upper() + "_"

    if c in ("outlook", "outlook_mobile"):
        style = item.get("ostyle", "line")
        text = reply + ("\n" + outlook_quote_text(rem, loc, tz, style) if quote else "")
        if fmt == "text":
            return part("text/plain", text, cs, cte)
        html_ = outlook_html(reply, rem if quote else None, loc, tz, hidden)
        if fmt == "html":
            return part("text/html", html_, cs, cte)
        return multipart("alternative", b, [part("text/plain", text, cs, cte),
                                              part("text/html", html_, cs, "quoted-printable")])
    if c == "gmail":
        attr = gmail_attr(rem, loc, tz) if quote else ""
        text = reply + ("\n" + attr + "\n\n" + gt(rem["body"]) if quote else "")
        html_ = gmail_html(reply, attr, rem["body"] if quote else "", hidden)
        gb = "000000000000" + h(item["key"] + "gb", 16)
        return multipart("alternative", gb, [part("text/plain", text, cs, cte),
                                               part("text/html", html_, cs, cte)])
    if c in ("apple", "iphone"):
        attr = apple_attr(rem, loc, tz) if quote else ""
        if c == "iphone" and quote:
            text = reply + "\n" + gt(attr + "\n\n" + rem["body"])
        else:
            text = reply + ("\n" + attr + "\n\n" + gt(rem["body"]) if quote else "")
        return part("text/plain", text, cs, cte)
    if c == "thunderbird":
        attr = tb_attr(rem, loc, tz)
        text = attr + "\n" + gt(rem["body"]) + "\n" + reply
        return part("text/plain", text, cs, cte, "; format=flowed")
    if c == "webmail":
        d = rem["sent"].astimezone(tz)
        attr = {"fr": f"Le {d:%Y-%m-%d %H:%M}, {rem['from_name']} a écrit :",
                "de": f"Am {d:%Y-%m-%d %H:%M}, schrieb {rem['from_name']}:",
                "es": f"El {d:%Y-%m-%d %H:%M}, {rem['from_name']} escribió:",
                "nl": f"Op {d:%Y-%m-%d %H:%M}, schreef {rem['from_name']}:"}.get(
                    loc[:2], f"On {d:%Y-%m-%d %H:%M}, {rem['from_name']} wrote:")
        text = reply + ("\n" + attr + "\n\n" + gt(rem["body"]) if quote else "")
        return part("text/plain", text, cs, cte, "; format=flowed")
    raise ValueError(c)


def client_headers(item, rem, date_hdr, subject, body_section):
    c = item["client"]
    k = item["key"]
    frm = addr(item["name"], item["email"]) if item.get("name") else item["email"]
    to = f"{TENANT_NAME} <{rem['from_addr']}>" if rem else item["to"]
    mid = msgid_for(item)
    irt = rem["msgid"] if rem and item.get("irt", True) else None
    subj = enc_header(subject)
    auto = item.get("auto_headers", [])
    H = []
    if c in ("outlook", "outlook_mobile", "exchange_auto"):
        H += [f"From: {frm}", f"To: {to}", f"Subject: {subj}"]
        topic = rem["subject"] if rem else subject
        H += [f"Thread-Topic: {enc_header(topic)}",
              f"Thread-Index: AQH{h(k + 'ti', 26)}=="]
        H += [f"Date: {date_hdr}", f"Message-ID: {mid}"]
        if irt:
            H += [f"References: {irt}", f"In-Reply-To: {irt}"]
        lang_ = {"en-US": "en-US", "en-GB": "en-GB", "en-IE": "en-IE", "de-DE": "de-DE",
                 "de-AT": "de-AT", "fr-FR": "fr-FR", "fr-BE": "fr-BE", "es-ES": "es-ES",
                 "es-MX": "es-MX", "nl-BE": "nl-BE"}[item["loc"]]
        H += [f"Accept-Language: {lang_}" + ("" if lang_ == "en-US" else ", en-US"), f"Content-Language: {lang_}",
              f"X-MS-Has-Attach: {'yes' if item.get('attach') else ''}", "X-MS-TNEF-Correlator: "]
        H += auto
        H += ["MIME-Version: 1.0"]
    elif c in ("gmail", "gmail_auto"):
        H += ["MIME-Version: 1.0"]
        if irt:
            H += [f"References: {irt}", f"In-Reply-To: {irt}"]
        H += [f"From: {frm}", f"Date: {date_hdr}", f"Message-ID: {mid}", f"Subject: {subj}",
              f"To: {to}"]
        H += auto
    elif c in ("apple", "iphone"):
        H += ["Mime-Version: 1.0 (1.0)" if c == "iphone" else "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))",
              f"Subject: {subj}", f"From: {frm}"]
        if irt:
            H += [f"In-Reply-To: {irt}"]
        H += [f"Date: {date_hdr}", f"Message-Id: {mid}"]
        if irt:
            H += [f"References: {irt}"]
        H += [f"To: {to}",
              "X-Mailer: iPhone Mail (22E252)" if c == "iphone" else "X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
        H += auto
    else:  # thunderbird / webmail / generic
        H += [f"Message-ID: {mid}", f"Date: {date_hdr}", "MIME-Version: 1.0"]
        H += ["User-Agent: Mozilla Thunderbird" if c == "thunderbird" else "User-Agent: Roundcube Webmail/1.6.9"]
        H += [f"Subject: {subj}", f"To: {to}"]
        if irt:
            H += [f"References: {irt}", f"In-Reply-To: {irt}"]
        H += [f"From: {frm}"]
        H += auto
    return "\n".join(H) + "\n" + body_section


def build_human(item, rem):
    dt = mkdt(item["date"], item["tz"])
    if item.get("utc_date"):
        dt = dt.astimezone(UTC)
    date_hdr = hdr_date(dt, nopad=item["client"] in ("gmail", "gmail_auto"))
    if "subject" in item:
        subject = item["subject"]
    else:
        subject = subject_prefix(item) + rem["subject"]
    body = compose(item, rem)
    if item.get("attach"):
        fn, ct, data = item["attach"]
        mb = "_004_" + h(item["key"] + "mx", 28).upper() + "_"
        body = multipart("mixed", mb, [body, attachment(fn, ct, data)])
    return client_headers(item, rem, date_hdr, subject, body)


def build_auto(item, rem):
    """Automatic replies (out-of-office, ticket confirmations)."""
    dt = mkdt(item["date"], item["tz"])
    if item.get("utc_date"):
        dt = dt.astimezone(UTC)
    date_hdr = hdr_date(dt, nopad=item["client"] == "gmail_auto")
    subject = item["subject"] if "subject" in item else item["auto_prefix"] + rem["subject"]
    text = item["body"].strip("\n") + "\n"
    cs = item.get("charset", "utf-8")
    cte = item.get("cte", "quoted-printable")
    if item.get("fmt") == "alt":
        b = "_000_" + h(item["key"] + "b", 28).upper() + "_"
        html_ = outlook_html(text, None, item["loc"], tz_of(item["tz"]))
        body = multipart("alternative", b, [part("text/plain", text, cs, cte),
                                              part("text/html", html_, cs, "quoted-printable")])
    else:
        body = part("text/plain", text, cs, cte)
    return client_headers(item, rem, date_hdr, subject, body)


def build_bounce(item, rem):
    return item["bounce"](item, rem)


def build(item, rem):
    kind = item.get("kind", "reply")
    if kind == "bounce":
        return build_bounce(item, rem)
    if kind == "auto":
        return build_auto(item, rem)
    return build_human(item, rem)


FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date",
          "payment_reference", "dispute_reason", "new_contact_email", "return_date",
          "invoice_numbers"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
           "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
           "delivery_failure", "acknowledgement", "other"]
REASONS = ["pricing", "quantity", "quality", "not_received", "duplicate", "missing_po",
           "cancelled", "other"]


def main():
    items = [dict(it) for it in ITEMS]
    assert len(items) == 80, len(items)
    keys = [it["key"] for it in items]
    assert len(set(keys)) == len(keys)
    # case ids from a seeded permutation, so they do not follow the label grouping
    rng = random.Random(2804)
    cases = [f"C{n}" for n in rng.sample(range(7100, 7400), len(items))]
    seen_inv = {}
    for it, case in zip(items, cases):
        it["case"] = case
        for num, _, _ in it.get("inv", []):
            assert num not in seen_inv, (num, it["key"], seen_inv.get(num))
            seen_inv[num] = it["key"]

    order = list(range(len(items)))
    random.Random(2828).shuffle(order)

    emails, labels, table = [], [], []
    for pos, idx in enumerate(order, 1):
        it = items[idx]
        iid = f"h{pos:03d}"
        rem = None
        if it.get("inv") is not None:
            dt = mkdt(it["date"], it["tz"]).astimezone(UTC)
            days, hh = it.get("rem_before", (2, 14))
            sent = (dt - timedelta(days=days)).replace(hour=hh, minute=0, second=0)
            assert sent < dt, it["key"]
            invs = []
            for i, (num, od, amt) in enumerate(it["inv"]):
                invs.append((num, sent.date() - timedelta(days=od), amt))
            rem = reminder(it["case"], it.get("rem_loc", it["loc"]), it.get("rem_to_name", it.get("name")),
                           it.get("rem_to", it["email"]), it["company"], it.get("greet", "there"),
                           invs, it["cur"], sent, it.get("rnum", 1))
        eml = build(it, rem)
        # ---- parse check
        msg = message_from_bytes(eml.encode("utf-8"), policy=policy.default)
        dh = msg["Date"]
        assert dh, it["key"]
        today = local_today(str(dh))
        lab = {"id": iid}
        L = it["label"]
        assert L["intent"] in INTENTS, it["key"]
        for f in FIELDS[1:-1]:
            lab[f] = L.get(f)
        for f, rule in it.get("dates", {}).items():
            lab[f] = resolve(rule, today).isoformat()
            table.append((iid, it["key"], f, str(dh), it.get("phrase", {}).get(f, ""), rule, lab[f]))
        lab = {"id": iid, "intent": L["intent"], **{f: lab[f] for f in FIELDS[1:-1]},
               "invoice_numbers": L["invoice_numbers"],
               "note": f"[{it['key']}, {it['loc']}] " + it["note"]}
        if lab["dispute_reason"] is not None:
            assert lab["dispute_reason"] in REASONS
        assert (lab["promised_amount"] is None) == (lab["currency"] is None), it["key"]
        # every labelled invoice number appears (as digits) in the raw message
        assert "\ufffd" not in decoded_text(msg), it["key"]
        for n in lab["invoice_numbers"]:
            assert re.fullmatch(r"INV-\d{4}", n)
            assert n[4:] in eml or n[4:] in decoded_text(msg), (it["key"], n)
        if lab["new_contact_email"]:
            assert lab["new_contact_email"] in decoded_text(msg) or lab["new_contact_email"] in eml, it["key"]
        if lab["payment_reference"]:
            assert lab["payment_reference"] in decoded_text(msg), it["key"]
        emails.append({"id": iid, "eml": eml})
        labels.append(lab)

    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "date_table.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("| id | key | field | Date header | phrase | rule | label |\n|---|---|---|---|---|---|---|\n")
        for r in sorted(table):
            f.write("| " + " | ".join([r[0], r[1], r[2], r[3], r[4], " ".join(map(str, r[5])), r[6]]) + " |\n")
    # summary
    from collections import Counter
    print(Counter(l["intent"] for l in labels))
    print(Counter(it["loc"] for it in items))


def decoded_text(msg):
    out = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            try:
                out.append(p.get_content())
            except Exception:
                pass
    return "\n".join(out)


if __name__ == "__main__":
    main()
