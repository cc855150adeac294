"""Turn an item spec into (eml, label, provenance)."""
import html as H
from datetime import timedelta, timezone
from decimal import Decimal
from email.utils import format_datetime

from b_common import (ORG, RNG, addr, attachment, enc_header, fmt_amount, msgid, multipart, our_addr,
                      our_msgid, outlook_date, OUTLOOK_LBL, parse_dt, quote_header, reminder, resolve,
                      text_part)

FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]

LANG_OF = {"en-US": "en", "en-NG": "en", "es-MX": "es", "es-CO": "es", "es-CL": "es", "es-UY": "es",
           "pt-BR": "pt", "pt-MZ": "pt", "fr-FR": "fr", "fr-MA": "fr", "fr-SN": "fr", "it-IT": "it",
           "gl-ES": "gl"}


def parse_amount(raw, style):
    s = raw.replace("\u00a0", " ").replace("\u202f", " ")
    s = "".join(ch for ch in s if ch.isdigit() or ch in ",. ").strip(" .")
    if style.startswith("en"):
        s = s.replace(",", "").replace(" ", "")
    elif style.startswith("eu"):
        s = s.replace(".", "").replace(" ", "").replace(",", ".")
    else:
        s = s.replace(" ", "").replace(",", ".")
    return str(Decimal(s).quantize(Decimal("0.01")))


def ctx_for(sp):
    """Reminder context shared by normal replies and bounces."""
    reply_dt = parse_dt(sp["date"])
    if "sent" in sp:
        sent = parse_dt(sp["sent"]).astimezone(timezone.utc)
    else:
        back = sp.get("days_before", 3)
        s = (reply_dt.astimezone(timezone.utc) - timedelta(days=back))
        sent = s.replace(hour=sp.get("sent_hour", 14), minute=0, second=0)
    lang = sp.get("rlang") or {"gl": "es"}.get(LANG_OF[sp["loc"]], LANG_OF[sp["loc"]])
    subj, body = reminder(lang, sp["case"], sp["invs"], sp["cur"], sp["mstyle"], sp["contact"], sp["cust"], sent, sp.get("stage", 1))
    return dict(reply_dt=reply_dt, sent=sent, rlang=lang, rsubj=subj, rbody=body,
                rmid=our_msgid(sp["case"], sent, sp.get("stage", 1)), raddr=our_addr(sp["case"]),
                rname=ORG[lang])


def html_of(text):
    paras = [p for p in text.strip("\n").split("\n\n")]
    return "\n".join("<p>%s</p>" % H.escape(p).replace("\n", "<br>\n") for p in paras)


def build_quote(sp, c):
    style = sp.get("quote", "gmail")
    qlang = sp.get("qlang") or LANG_OF[sp["loc"]]
    local_sent = c["sent"].astimezone(c["reply_dt"].tzinfo)
    cust_to = addr(sp.get("to_name", sp["frm"][0]), sp["frm"][1])
    if style == "none":
        return "", ""
    if style in ("gmail", "apple"):
        hdr = quote_header(style, qlang, local_sent, c["rname"], c["raddr"])
        q = "\n".join(("> " + l) if l else ">" for l in c["rbody"].rstrip("\n").split("\n"))
        txt = "%s\n\n%s\n" % (hdr, q) if style == "gmail" else "%s\n\n%s\n" % (hdr, q)
        if style == "gmail":
            htm = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                   '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                   % (H.escape(hdr), html_of(c["rbody"])))
        else:
            htm = ('<div><br><blockquote type="cite"><div>%s</div><br>%s</blockquote></div>' % (H.escape(hdr), html_of(c["rbody"])))
        return txt, htm
    if style in ("outlook", "outlook_orig"):
        f, s, t, sub = OUTLOOK_LBL[qlang]
        sep = "________________________________" if style == "outlook" else {
            "en": "-----Original Message-----", "es": "-----Mensaje original-----", "gl": "-----Mensaxe orixinal-----",
            "pt": "-----Mensagem original-----", "fr": "-----Message d'origine-----", "it": "-----Messaggio originale-----"}[qlang]
        lines = ["%s: %s <%s>" % (f, c["rname"], c["raddr"]), "%s: %s" % (s, outlook_date(qlang, local_sent)),
                 "%s: %s" % (t, cust_to), "%s: %s" % (sub, c["rsubj"])]
        txt = "%s\n%s\n\n%s" % (sep, "\n".join(lines), c["rbody"])
        htm = ('<hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
               '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font><div>&nbsp;</div></div>'
               '<div>%s</div>' % ("<br>\n".join("<b>%s:</b> %s" % (H.escape(a.split(":", 1)[0]), H.escape(a.split(": ", 1)[1])) for a in lines), html_of(c["rbody"])))
        return txt, htm
    raise ValueError(style)


def headers_for(sp, c, subject, extra_ct):
    dt = c["reply_dt"]
    client = sp.get("client", "gmail")
    frm = addr(sp["frm"][0], sp["frm"][1], sp.get("hcharset", "utf-8"))
    to = addr(c["rname"], c["raddr"], sp.get("hcharset", "utf-8"))
    mid = sp.get("msgid") or msgid(client, sp["frm"][1].split("@")[1])
    thread = [] if sp.get("no_thread") else [("In-Reply-To", c["rmid"]), ("References", sp.get("refs", c["rmid"]))]
    subj = enc_header(subject, sp.get("hcharset", "utf-8"))
    extra = list(sp.get("headers", []))
    if client == "outlook":
        h = [("From", frm), ("To", to)] + ([("CC", sp["cc"])] if sp.get("cc") else []) + [
            ("Subject", subj), ("Thread-Topic", enc_header(c["rsubj"], sp.get("hcharset", "utf-8"))),
            ("Thread-Index", "A" + "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(27)) + "=="),
            ("Date", format_datetime(dt)), ("Message-ID", mid)] + thread + [
            ("Accept-Language", sp.get("acc_lang", "%s, en-US" % sp["loc"])), ("Content-Language", sp["loc"]),
            ("X-MS-Has-Attach", "yes" if sp.get("attach") else ""), ("X-MS-TNEF-Correlator", "")] + extra + [("MIME-Version", "1.0")]
    elif client == "gmail":
        h = [("MIME-Version", "1.0")] + ([("References", thread[1][1]), ("In-Reply-To", thread[0][1])] if thread else []) + [
            ("From", frm), ("Date", format_datetime(dt)), ("Message-ID", mid), ("Subject", subj), ("To", to)] + (
            [("Cc", sp["cc"])] if sp.get("cc") else []) + extra
    else:
        h = [("From", frm), ("Subject", subj), ("Date", format_datetime(dt)), ("Message-ID", mid)] + thread + [
            ("To", to)] + ([("Cc", sp["cc"])] if sp.get("cc") else []) + [("MIME-Version", "1.0")] + extra
    return "".join("%s: %s\n" % kv for kv in h)


def render_reply(sp):
    c = ctx_for(sp)
    qtxt, qhtm = build_quote(sp, c)
    body = sp["body"].strip("\n") + "\n"
    client = sp.get("client", "gmail")
    if sp.get("quote", "gmail") in ("outlook", "outlook_orig"):
        text = body + "\n" + qtxt
    elif qtxt:
        text = body + "\n" + qtxt
    else:
        text = body
    subject = sp.get("subject", "{p}{s}").format(p=sp.get("prefix", "Re: "), s=c["rsubj"])
    charset = sp.get("charset", "utf-8")
    cte = sp.get("cte", "quoted-printable")
    fmt = sp.get("fmt", "plain")
    if charset.startswith("iso-8859"):
        # a Latin-1 client cannot produce typographic dashes; it types a hyphen
        text = text.replace("\u2013", "-")
    html_body = sp.get("html") or html_of(body)
    if sp.get("html_extra"):
        html_body = html_body + "\n" + sp["html_extra"]
    if client == "outlook":
        htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body dir="ltr">'
               '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt;color:rgb(0,0,0)">%s</div>\n%s</body></html>\n'
               % (charset, html_body, qhtm))
    else:
        htm = '<div dir="ltr">%s</div>\n%s\n' % (html_body, qhtm)
    if charset.startswith("iso-8859"):
        htm = htm.replace("\u2013", "&#8211;")
    flowed = sp.get("flowed")
    if fmt == "plain":
        inner = text_part(text, charset=charset, cte=cte, params="; format=flowed" if flowed else "")
    elif fmt == "alt":
        inner = multipart("alternative", [text_part(text, charset=charset, cte=cte),
                                          text_part(htm, "html", charset=charset, cte=sp.get("hcte", "quoted-printable"))])
    elif fmt == "html":
        inner = text_part(htm, "html", charset=charset, cte=cte)
    else:
        raise ValueError(fmt)
    if sp.get("attach"):
        parts = [inner] + [attachment(*a) for a in sp["attach"]]
        inner = multipart("mixed", parts)
    eml = headers_for(sp, c, subject, "") + inner
    return eml, c


def label_and_prov(sp, c, eml):
    today = c["reply_dt"].date()
    lab = {"id": None, "intent": sp["intent"]}
    for f in FIELDS[1:]:
        lab[f] = None
    L = sp.get("labels", {})
    prov = {"key": sp["key"], "locale": sp["loc"], "date_header": sp["date"], "intent": sp["intent"],
            "dates": {}, "amounts": {}, "phrases": list(sp.get("phrases", []))}
    for f, (rule, phrase) in sp.get("dates", {}).items():
        lab[f] = resolve(tuple(rule), today).isoformat()
        prov["dates"][f] = {"rule": list(rule), "phrase": phrase, "value": lab[f]}
    for f in ("promised_amount",):
        if f in L:
            raw, style = L[f]
            lab[f] = parse_amount(raw, style)
            prov["amounts"][f] = {"raw": raw, "style": style, "value": lab[f]}
    for f in ("currency", "payment_reference", "dispute_reason", "new_contact_email"):
        if f in L:
            lab[f] = L[f]
    lab["invoice_numbers"] = list(sp["inv_labels"])
    lab["note"] = "[%s, %s] %s" % (sp["key"], sp["loc"], sp["note"])
    if sp.get("injection"):
        lab["injection"] = True
    prov["invoice_digits"] = [i.split("-")[1] for i in sp["inv_labels"]]
    prov["format"] = sp.get("fmtdesc", "")
    return lab, prov


def render(sp):
    if "raw" in sp:
        c = ctx_for(sp)
        eml = sp["raw"](sp, c)
    else:
        eml, c = render_reply(sp)
    lab, prov = label_and_prov(sp, c, eml)
    return eml, lab, prov
