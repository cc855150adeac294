#!/usr/bin/env python3
"""Build blind triage set 382 (prefix ux): emails.jsonl, labels.jsonl, provenance.json.

Standard library only, fixed seed 382. The items themselves live in the part files
build_items_a.py .. build_items_d.py; shared helpers in build_common.py.
Run:  python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build_common as C  # noqa: E402
from build_common import (RNG, ar_addr, ar_from, rid, hexid, alnum, boundary, enc_header,  # noqa: E402
                          enc_name_addr, reminder_subject, reminder_body, local, quoted, text_part,
                          text_to_html, multipart, parse_offset, headers_block)


def msgid(style, dom, date_utc):
    if style == "outlook":
        srv = "%s%sMB%s" % (RNG.choice(["AM9P", "DB8P", "VI1P", "PAXP", "FR4P", "BN0P", "SY4P", "ME3P"]),
                            "R%02d" % RNG.randint(1, 99), hexid(4))
        return "<%s%s@%s.%s.prod.outlook.com>" % (srv, hexid(20), srv,
                                                   RNG.choice(["eurprd04", "eurprd07", "eurprd09", "namprd12", "ausprd01"]))
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum(44)
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12), dom)
    return "<%s.%s@%s>" % (date_utc.strftime("%Y%m%d%H%M%S"), alnum(10), dom)


def xmailer(style):
    return {"outlook": ("X-Mailer", None),
            "gmail": ("X-Mailer", None),
            "apple": ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
            "iphone": ("X-Mailer", "iPhone Mail (22D82)"),
            "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
            "other": ("X-Mailer", None)}.get(style, ("X-Mailer", None))


def make_reply(it):
    from email.utils import parsedate_to_datetime
    date_dt = parsedate_to_datetime(it["date"])
    off = parse_offset(it["date"])
    rdt = it["rdt"]
    case = it["case"]
    invs = it["invs"]
    cur = it["cur"]
    subj_orig = reminder_subject(it.get("rkind", 1), invs, cur)
    rbody = reminder_body(it.get("rkind", 1), case, it["contact"], it["cust"], invs, cur)
    rmid = rid(case, it.get("rkind", 1), rdt)
    name, addr = it["frm"]
    dom = addr.split("@")[1]
    q = ""
    if it.get("quote"):
        to_name, to_addr = it.get("orig_to", (name, addr))
        q = quoted(it["quote"], local(rdt, off), case, to_name, to_addr, subj_orig, rbody)
    body = it["body"].rstrip("\n") + "\n"
    text = body + ("\n" + q + "\n" if q else "")
    subject = it.get("subject") or ("%s %s" % (it.get("prefix", "Re:"), subj_orig))
    style = it.get("mua", "other")
    hdrs = [("MIME-Version", "1.0"),
            ("Date", it["date"]),
            ("Message-ID", msgid(style if style in ("outlook", "gmail", "apple") else "other", dom, date_dt)),
            ("In-Reply-To", rmid if not it.get("no_irt") else None),
            ("References", (it.get("refs_extra", "") + rmid) if not it.get("no_irt") else None),
            ("Subject", enc_header(subject, it.get("hcharset", "utf-8"))),
            ("From", enc_name_addr(name, addr, it.get("hcharset", "utf-8"))),
            ("To", enc_name_addr(C.CO_SHORT + " Accounts", ar_addr(case)) if not it.get("to") else it["to"])]
    if style == "outlook":
        hdrs += [("Thread-Topic", enc_header(subj_orig)),
                 ("Thread-Index", "AQH" + alnum(25) + "=="),
                 ("Accept-Language", it.get("lang_hdr", "en-GB")),
                 ("Content-Language", it.get("lang_hdr", "en-GB")),
                 ("X-MS-Has-Attach", "yes" if it["fmt"] in ("pdf", "ics") else ""),
                 ("X-MS-TNEF-Correlator", "")]
    k, v = xmailer(style)
    if v:
        hdrs.append((k, v))
    for k2, v2 in it.get("extra_headers", []):
        hdrs.append((k2, v2))
    fmt = it["fmt"]
    cs = it.get("charset", "utf-8")
    if fmt == "plain":
        try:
            text.encode("ascii")
            part = text_part(text, "us-ascii", "7bit", extra=it.get("ctx", ""))
        except UnicodeEncodeError:
            part = text_part(text, "utf-8", "8bit", extra=it.get("ctx", ""))
    elif fmt == "qp":
        part = text_part(text, cs, "quoted-printable", extra=it.get("ctx", ""))
    elif fmt == "b64":
        part = text_part(text, cs, "base64")
    elif fmt == "alt":
        html = it.get("html") or text_to_html(text, charset=cs)
        part = multipart("alternative", [text_part(text, cs, "quoted-printable"),
                                         text_part(html, cs, "quoted-printable", "html")],
                         boundary("outlook" if style == "outlook" else "gmail"))
    elif fmt == "html":
        html = it.get("html") or text_to_html(text, charset=cs)
        part = text_part(html, cs, it.get("cte", "quoted-printable"), "html")
    elif fmt in ("pdf", "ics", "att"):
        inner = text_part(text, cs, it.get("cte", "quoted-printable"))
        if it.get("html") or it.get("alt"):
            html = it.get("html") or text_to_html(text, charset=cs)
            inner = multipart("alternative", [inner, text_part(html, cs, "quoted-printable", "html")], boundary("gmail"))
        atts = it["attachments"]
        part = multipart("mixed", [inner] + atts, boundary("apple" if style == "apple" else "outlook"))
    else:
        raise ValueError(fmt)
    return headers_block(hdrs) + "\n" + part


def build_all():
    import build_items_a, build_items_b, build_items_c, build_items_d
    items = build_items_a.ITEMS + build_items_b.ITEMS + build_items_c.ITEMS + build_items_d.ITEMS
    return items


def main():
    items = build_all()
    assert len(items) == 80, len(items)
    emails, labels, prov = [], [], []
    for n, it in enumerate(items, 1):
        iid = "ux%02d" % n
        assert it["id"] == iid, (it["id"], iid)
        eml = it["raw"] if "raw" in it else make_reply(it)
        emails.append({"id": iid, "eml": eml})
        lab = {"id": iid}
        for f in C.FIELDS:
            lab[f] = it["lab"].get(f, [] if f == "invoice_numbers" else None)
        lab["note"] = "[%s, %s] %s" % (it["key"], it["locale"], it["note"])
        if it.get("injection"):
            lab["injection"] = True
        labels.append(lab)
        prov.append({"id": iid, "key": it["key"], "locale": it["locale"], "format": it["format"],
                     "dates": it.get("dates", {}), "amount": it.get("amount"),
                     "inv_tokens": it.get("inv_tokens", {}), "ref_token": it.get("ref_token"),
                     "nce_token": it.get("nce_token"), "injection": bool(it.get("injection")),
                     "short": it.get("short", "")})
    with open(os.path.join(HERE, "emails.jsonl"), "w", encoding="utf-8") as f:
        for e in emails:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "provenance.json"), "w", encoding="utf-8") as f:
        json.dump(prov, f, ensure_ascii=False, indent=1)
    import build_readme
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(build_readme.readme(labels, prov))
    print("wrote %d emails, %d labels" % (len(emails), len(labels)))


if __name__ == "__main__":
    main()
