"""Renders item specs into RFC 822 messages (blind set 390)."""
from datetime import timedelta, timezone
from build_common import (CO, DOM, AR_NAME, ar_addr, mkdt, hdr_date, enc_h, addr, part,
                          multipart, bnd, rid, fake_pdf, html_wrap, text_to_html, b64, RNG)

WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    "he": ["יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
    "fa": ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"],
    "ur": ["پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"],
    "hi": ["सोम", "मंगल", "बुध", "गुरु", "शुक्र", "शनि", "रवि"],
    "bn": ["সোম", "মঙ্গল", "বুধ", "বৃহস্পতি", "শুক্র", "শনি", "রবি"],
}
MON = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
           "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    "he": ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט",
           "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
           "Eylül", "Ekim", "Kasım", "Aralık"],
    "fa": ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت",
           "سپتامبر", "اکتبر", "نوامبر", "دسامبر"],
    "ur": ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست",
           "ستمبر", "اکتوبر", "نومبر", "دسمبر"],
    "hi": ["जन॰", "फ़र॰", "मार्च", "अप्रैल", "मई", "जून", "जुल॰", "अग॰", "सित॰", "अक्तू॰",
           "नव॰", "दिस॰"],
    "bn": ["জানু", "ফেব", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর",
           "অক্টোবর", "নভেম্বর", "ডিসেম্বর"],
}
DIG = {"ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹", "bn": "০১২৩৪৫৬৭৮৯"}


def digits(s, lang):
    t = DIG.get(lang)
    return "".join(t[int(c)] if (t and c.isdigit()) else c for c in s)


def money(cur, amt, style="en"):
    """amt like '185400.00' -> 'PKR 185,400.00' / 'MAD 12 400,00'."""
    ip, dp = amt.split(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    if style == "fr":
        return "%s\u00a0%s %s" % (" ".join(groups), dp and "," + dp or "", cur) if False else \
            "%s,%s %s" % ("\u00a0".join(groups), dp, cur)
    return "%s %s.%s" % (cur, ",".join(groups), dp)


def total(invs):
    from decimal import Decimal
    return "%.2f" % sum(Decimal(a) for _, _, a in invs)


# ---------------------------------------------------------------- reminder
def reminder(it):
    invs, cur, lang = it["inv"], it["cur"], it.get("rem_lang", "en")
    stage = it.get("stage", 1)
    tot = total(invs)
    n = len(invs)
    if lang == "fr":
        m = lambda a: money(cur, a, "fr")
        if n == 1:
            subj = {1: "Relance : facture %s échue (%s)", 2: "2e relance : facture %s impayée (%s)",
                    3: "Mise en demeure avant suspension : facture %s (%s)"}[stage] % (invs[0][0], m(tot))
        else:
            subj = "Relevé : %d factures échues (%s)" % (n, m(tot))
        lines = "\n".join("  %-11s  %-11s  %s" % (i, d, m(a)) for i, d, a in invs)
        body = ("Bonjour %s,\n\nSauf erreur de notre part, %s au nom de %s %s "
                "toujours en attente de règlement :\n\n  Facture      Échéance     Montant\n%s\n\n"
                "Total échu : %s\n\nVous pouvez régler par virement sur le compte indiqué sur la facture "
                "ou en ligne : https://pay.sentinelhygiene.example/c/%s. Si le règlement a déjà été "
                "effectué, merci de nous indiquer la date et la référence du virement afin que nous "
                "puissions le lettrer. Si un élément de la facture vous semble incorrect, répondez "
                "simplement à ce message.\n\nCordialement,\n\nService Recouvrement\n%s\n") % (
            it["greet"], "la facture suivante" if n == 1 else "les factures suivantes", it["cust_co"],
            "reste" if n == 1 else "restent", lines, m(tot), it["case"], CO)
    else:
        m = lambda a: money(cur, a)
        if n == 1:
            subj = {1: "Payment reminder: invoice %s is overdue (%s)",
                    2: "Second reminder: invoice %s is overdue (%s)",
                    3: "Final notice before service suspension: invoice %s (%s)"}[stage] % (invs[0][0], m(tot))
        else:
            subj = {1: "Payment reminder: %d invoices overdue (%s)", 2: "Second reminder: %d invoices overdue (%s)",
                    3: "Final notice before service suspension: %d invoices (%s)"}[stage] % (n, m(tot))
        lines = "\n".join("  %-11s  %-11s  %s" % (i, d, m(a)) for i, d, a in invs)
        body = ("Dear %s,\n\nOur records show that the following %s for %s %s past due:\n\n"
                "  Invoice      Due date     Amount\n%s\n\nTotal overdue: %s\n\n"
                "You can pay by bank transfer to the account shown on the invoice or online at "
                "https://pay.sentinelhygiene.example/c/%s. If you have already paid, please reply with "
                "the payment date and reference so we can allocate it. If anything on the invoice "
                "looks wrong, just reply and tell us.\n\nKind regards,\n\nCredit Control\n%s\n"
                "Pest control | Food-safety hygiene | Washroom services\n") % (
            it["greet"], "invoice" if n == 1 else "invoices", it["cust_co"], "is" if n == 1 else "are",
            lines, m(tot), it["case"], CO)
    return subj, body


def rem_dt(it):
    d = mkdt(it["date"], it["off"])
    ago = it.get("ago", 3)
    u = (d.astimezone(timezone.utc) - timedelta(days=ago)).replace(hour=it.get("rem_hour", 5), minute=0, second=0)
    return u


def rem_msgid(it):
    u = rem_dt(it)
    return "<SPH.%s.r%d.%s@%s>" % (it["case"], it.get("stage", 1), u.strftime("%Y%m%dT%H%M%SZ"), DOM)


def wrap(text, width=76):
    out = []
    for line in text.split("\n"):
        while len(line) > width and " " in line[:width]:
            cut = line.rfind(" ", 0, width)
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------- quoting
def h12(dt, lang):
    h = dt.hour % 12 or 12
    ampm = {"ar": ("ص", "م"), "ur": ("AM", "PM"), "hi": ("am", "pm"), "bn": ("AM", "PM")}.get(lang, ("AM", "PM"))
    return "%d:%02d %s" % (h, dt.minute, ampm[0] if dt.hour < 12 else ampm[1])


def quote_block(it, style):
    subj, body = reminder(it)
    lang = it.get("qlang", it.get("lang", "en"))
    dt = rem_dt(it).astimezone(mkdt(it["date"], it["off"]).tzinfo)
    who = "%s <%s>" % (AR_NAME, ar_addr(it["case"]))
    wd, mo = WD.get(lang, WD["en"])[dt.weekday()], MON.get(lang, MON["en"])[dt.month - 1]
    d, y, hm = dt.day, dt.year, "%02d:%02d" % (dt.hour, dt.minute)
    if style in ("gmail", "apple", "iphone"):
        if lang == "fr":
            head = "Le %s %d %s %d à %s, %s a écrit :" % (wd[:3] + ".", d, mo, y, hm, who)
        elif lang == "ar":
            head = "في %s، %s %s %s في %s، كتب %s:" % (wd, digits(str(d), "ar"), mo, digits(str(y), "ar"),
                                                       digits(h12(dt, "ar"), "ar"), who)
        elif lang == "he":
            head = "בתאריך %s, %d %s %d ב-%s מאת %s:" % (wd.replace("יום ", "יום ")[:-1] + wd[-1], d, mo, y, hm, who)
        elif lang == "tr":
            head = "%s, %d %s %d %s tarihinde şunu yazdı:" % (who, d, mo, y, wd[:3])
            head = "%s, %d %s %d %s, %s tarihinde şunu yazdı:" % (who, d, mo[:3], y, wd[:3], hm)
        elif lang == "fa":
            head = "در تاریخ %s %s %s %s ساعت %s %s نوشت:" % (wd, digits(str(d), "fa"), mo, digits(str(y), "fa"),
                                                            digits(hm, "fa"), who)
        elif lang == "ur":
            head = "بروز %s، %d %s، %d کو %s %s نے لکھا:" % (wd, d, mo, y, h12(dt, "ur"), who)
        elif lang == "hi":
            head = "%s, %d %s %d को %s बजे %s ने लिखा:" % (wd, d, mo, y, h12(dt, "hi"), who)
        elif lang == "bn":
            head = "%s, %s %s, %s %s এ %s লিখেছেন:" % (wd, digits(str(d), "bn"), mo, digits(str(y), "bn"),
                                                     h12(dt, "bn"), who)
        else:
            if style == "gmail":
                head = "On %s, %d %s %d at %s, %s wrote:" % (wd[:3], d, mo[:3], y, hm, who)
            else:
                head = "On %d %s %d, at %s, %s wrote:" % (d, mo[:3], y, hm, who)
        q = "\n".join(("> " + l) if l else ">" for l in wrap(body).split("\n"))
        if style == "gmail":
            return head + "\n\n" + q + "\n"
        return head + "\n\n" + q + "\n"
    if style in ("outlook", "outlook_old"):
        if lang == "fr":
            labels = ("De :", "Envoyé :", "À :", "Objet :")
            sent = "%s %d %s %d %s" % (wd, d, mo, y, hm)
        elif lang == "ar":
            labels = ("من:", "تاريخ الإرسال:", "إلى:", "الموضوع:")
            sent = "%s، %d %s، %d %s" % (wd, d, mo, y, h12(dt, "ar"))
        elif lang == "he":
            labels = ("מאת:", "נשלח:", "אל:", "נושא:")
            sent = "%s %d %s %d %s" % (wd, d, mo[1:] if mo.startswith("ב") else mo, y, hm)
        elif lang == "tr":
            labels = ("Kimden:", "Gönderildi:", "Kime:", "Konu:")
            sent = "%d %s %d %s %s" % (d, mo, y, wd, hm)
        elif lang == "en-us":
            labels = ("From:", "Sent:", "To:", "Subject:")
            sent = "%s, %s %d, %d %s" % (wd, mo, d, y, h12(dt, "en"))
        else:
            labels = ("From:", "Sent:", "To:", "Subject:")
            sent = "%s, %d %s %d %s" % (wd, d, mo, y, hm)
        to = it["cust_email"]
        hdr = "%s %s\n%s %s\n%s %s\n%s %s" % (labels[0], who, labels[1], sent, labels[2], to, labels[3], subj)
        if style == "outlook_old":
            return "-----Original Message-----\n" + hdr + "\n\n" + wrap(body)
        return "________________________________\n" + hdr + "\n\n" + wrap(body)
    return ""


# ---------------------------------------------------------------- headers by client
def client_headers(it, subj):
    c = it.get("client", "gmail")
    d = mkdt(it["date"], it["off"])
    dom = it["cust_email"].split("@")[1]
    h = []
    if c == "outlook":
        srv = "%s%s%s" % (RNG.choice(["DB9PR", "AM6PR", "DXBP", "PAXP", "VI1PR", "MA0PR", "BOM1P", "TYZPR"]),
                          RNG.randint(10, 99), "MB%d" % RNG.randint(1000, 9999))
        mid = "<%s%s@%s.%s.prod.outlook.com>" % (srv, rid(16), srv, RNG.choice(["eurprd04", "apcprd06", "INDPRD01", "eurprd05"]))
        h.append("Message-ID: " + mid)
        h.append("Thread-Topic: " + enc_h(it.get("thread_topic", reminder(it)[0])))
        h.append("Thread-Index: AQH" + rid(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "==")
        h.append("Accept-Language: %s" % it.get("alang", "en-GB, en-US"))
        h.append("Content-Language: %s" % it.get("clang", "en-GB"))
        h.append("X-MS-Has-Attach: %s" % ("yes" if it.get("attach") else ""))
        h.append("X-MS-TNEF-Correlator: ")
    elif c == "gmail":
        h.append("Message-ID: <CA%s%s@mail.gmail.com>" % (rid(1, "+BEJKMO"), rid(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=")))
    elif c in ("apple", "iphone"):
        h.append("Message-ID: <%s-%s-%s-%s-%s@%s>" % (rid(8, "0123456789ABCDEF"), rid(4, "0123456789ABCDEF"), rid(4, "0123456789ABCDEF"),
                                                     rid(4, "0123456789ABCDEF"), rid(12, "0123456789ABCDEF"), dom))
        h.append("X-Mailer: %s" % ("iPhone Mail (22D82)" if c == "iphone" else "Apple Mail (2.3826.400.131.1.6)"))
    elif c == "thunderbird":
        h.append("Message-ID: <%s-%s@%s>" % (rid(8, "0123456789abcdef"), rid(4, "0123456789abcdef"), dom))
        h.append("User-Agent: Mozilla Thunderbird")
    elif c == "yahoo":
        h.append("Message-ID: <%d.%d.%d@mail.yahoo.com>" % (RNG.randint(10**8, 10**9), RNG.randint(10**5, 10**6), RNG.randint(10**12, 10**13)))
        h.append("X-Mailer: WebService/1.1.25295 YMailNorrin")
    else:  # generic webmail / ERP
        h.append("Message-ID: <%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), rid(6, "0123456789"), it.get("mid_host", "mail." + dom)))
        if it.get("xmailer"):
            h.append("X-Mailer: " + it["xmailer"])
    return h


def subject_for(it):
    if "subject" in it:
        return it["subject"]
    return it.get("prefix", "Re: ") + reminder(it)[0]


def entity(it, text, html=None):
    """Build Content-* headers and body for the human part, per it['fmt']."""
    fmt = it.get("fmt", "plain:utf-8:quoted-printable")
    kind, cs, cte = (fmt.split(":") + ["utf-8", "quoted-printable"])[:3]
    dir_ = "rtl" if it.get("lang") in ("ar", "he", "fa", "ur") else None
    if html is None and kind in ("alt", "html", "altmixed"):
        html = html_wrap(text_to_html(text), dir_)
    if kind == "plain":
        p = part("text/plain", text, cs, cte, it.get("ptext_extra", ""))
        main = p
    elif kind == "html":
        main = part("text/html", html, cs, cte)
    elif kind in ("alt", "altmixed"):
        h, b = multipart("alternative", bnd("_000_" if it.get("client") == "outlook" else "0000000000"),
                         [part("text/plain", text, cs, cte), part("text/html", html, cs, cte)])
        main = h + "\n" + b.lstrip("\n")
    else:
        raise ValueError(fmt)
    att = it.get("attach")
    if att:
        parts = [main]
        for a in att:
            if a[0] == "pdf":
                parts.append(part('application/pdf; name="%s"' % a[1], fake_pdf(a[1]), None, "base64",
                                  'Content-Disposition: attachment; filename="%s"' % a[1]))
            elif a[0] == "ics":
                parts.append(part('text/calendar; method=REQUEST; name="invite.ics"', a[1], "utf-8", "base64",
                                  'Content-Disposition: attachment; filename="invite.ics"'))
            elif a[0] == "img":
                parts.append(part('image/png; name="%s"' % a[1], b"\x89PNG\r\n\x1a\n" + bytes(RNG.randrange(256) for _ in range(60)),
                                  None, "base64", 'Content-Disposition: inline; filename="%s"\nContent-ID: <%s>' % (a[1], rid(10))))
        h, b = multipart("mixed", bnd("_004_" if it.get("client") == "outlook" else "0000000000"), parts)
        return h + "\n" + b.lstrip("\n")
    return main


def render_reply(it):
    d = mkdt(it["date"], it["off"])
    subj = subject_for(it)
    text = it["body"].strip("\n") + "\n"
    qs = it.get("quote", "gmail")
    if qs != "none":
        if qs in ("outlook", "outlook_old"):
            text += "\n" + quote_block(it, qs)
        elif qs == "iphone":
            text += "\n" + quote_block(it, qs)
        else:
            text += "\n" + quote_block(it, qs)
    html = None
    if it.get("html"):
        html = it["html"]
        if qs != "none":
            import html as _h
            html = html.replace("</body>", "<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
                                + _h.escape(quote_block(it, "gmail" if qs != "outlook" else "outlook")).replace("\n", "<br>\n")
                                + "</blockquote>\n</body>")
    heads = ["MIME-Version: 1.0" if it.get("client") not in ("apple",) else "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"]
    heads.append("Date: " + hdr_date(d))
    heads += client_headers(it, subj)
    if not it.get("no_reply_headers"):
        heads.append("In-Reply-To: " + rem_msgid(it))
        heads.append("References: " + it.get("refs_extra", "") + rem_msgid(it))
    heads.append("Subject: " + enc_h(subj, it.get("hmode", "b")))
    heads.append("From: " + addr(it["cust_name"], it["cust_email"], it.get("hmode", "b")))
    heads.append("To: " + it.get("to", addr(AR_NAME, ar_addr(it["case"]))))
    if it.get("cc"):
        heads.append("Cc: " + it["cc"])
    heads += it.get("extra_headers", [])
    ent = entity(it, text, html)
    return "\n".join(heads) + "\n" + ent


def render_auto(it):
    d = mkdt(it["date"], it["off"])
    subj = it.get("subject") or (it.get("prefix", "Automatic reply: ") + reminder(it)[0])
    heads = ["MIME-Version: 1.0", "Date: " + hdr_date(d)]
    heads += client_headers(it, subj)
    heads.append("In-Reply-To: " + rem_msgid(it))
    heads.append("References: " + rem_msgid(it))
    heads.append("Subject: " + enc_h(subj, it.get("hmode", "b")))
    heads.append("From: " + addr(it["cust_name"], it["cust_email"], it.get("hmode", "b")))
    heads.append("To: " + ar_addr(it["case"]))
    if it.get("auto_hdr", True):
        heads.append("Auto-Submitted: auto-replied")
    heads += it.get("extra_headers", [])
    text = it["body"].strip("\n") + "\n"
    return "\n".join(heads) + "\n" + entity(it, text, it.get("html"))


def original_message(it, rcpt):
    subj, body = reminder(it)
    u = rem_dt(it)
    return ("Return-Path: <%s>\nFrom: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n\n%s") % (
        ar_addr(it["case"]), AR_NAME, ar_addr(it["case"]), rcpt, subj, hdr_date(u), rem_msgid(it), wrap(body))


def original_headers(it, rcpt):
    return original_message(it, rcpt).split("\n\n", 1)[0] + "\n"
