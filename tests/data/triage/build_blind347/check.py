#!/usr/bin/env python3
"""Re-verify blind set 347 from the build's own provenance.  Exits 1 on any problem.

- emails.jsonl / labels.jsonl equal a fresh in-memory build (determinism);
- every eml parses with message_from_bytes(eml.encode("utf-8"), policy=default), without defects;
- every date label is recomputed here with datetime from the message's own Date header
  (its calendar date in its own offset) and the phrase's rule, and the phrase must occur
  in the writer's text and in the decoded message;
- every amount is re-parsed from its raw token, which must occur in the decoded message;
- invoice tokens, references and contact addresses occur where the provenance says;
- null / currency / intent-field consistency, threading headers, Date offsets vs the locale's zone;
- counts per intent, language, dispute reason and injection.
The date rules and the amount parser below are re-implemented here, not imported.
"""
import calendar
import email
import email.policy
import html
import importlib.util
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEMS = []


def bad(iid, msg):
    PROBLEMS.append("%s: %s" % (iid, msg))


# --------------------------------------------------------------------------- rules
def resolve(rule, today):
    k = rule[0]
    if k == "plus_days":
        return today + timedelta(days=rule[1])
    if k == "weekday":                       # "Friday", "on Tuesday": coming one, today if same
        return today + timedelta(days=(rule[1] - today.weekday()) % 7)
    if k == "next_weekday":                  # "next Monday": that weekday in the following Mon-Sun week
        return today + timedelta(days=7 - today.weekday() + rule[1])
    if k == "weekday_plus_week":             # British "Friday week"
        return today + timedelta(days=(rule[1] - today.weekday()) % 7 + 7)
    if k == "past_weekday":                  # "am Montag durchgeführt": most recent such day before today
        back = (today.weekday() - rule[1]) % 7
        if back == 0:
            raise ValueError("past weekday equal to today is ambiguous")
        return today - timedelta(days=back)
    if k == "end_of_month":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "end_of_named_month":
        m = rule[1]
        y = today.year if m >= today.month else today.year + 1
        return date(y, m, calendar.monthrange(y, m)[1])
    if k == "by_the":
        d = rule[1]
        if today.day <= d:
            return today.replace(day=d)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, d)
    if k == "dm_future":
        d = date(today.year, rule[2], rule[1])
        return d if d >= today else date(today.year + 1, rule[2], rule[1])
    if k == "dm_past":
        d = date(today.year, rule[2], rule[1])
        return d if d <= today else date(today.year - 1, rule[2], rule[1])
    if k == "dmy":
        return date(rule[1], rule[2], rule[3])
    if k == "iso_week_friday":               # "KW 12"
        return date.fromisocalendar(today.isocalendar()[0], rule[1], 5)
    if k == "this_week_friday":              # "this week", "esta semana", "이번 주"
        if today.weekday() > 4:
            raise ValueError("'this week' on a weekend")
        return today + timedelta(days=4 - today.weekday())
    raise ValueError("unknown rule %r" % (rule,))


def parse_amount(tok, dec):
    def digits(s):
        return "".join(str(unicodedata.decimal(c)) for c in s if unicodedata.category(c) == "Nd")
    if dec and dec in tok:
        i = tok.rfind(dec)
        whole, frac = tok[:i], tok[i + 1:]
        fd = "00" if frac.strip().startswith("-") else digits(frac)
    else:
        whole, fd = tok, ""
    w = digits(whole)
    if not w:
        raise ValueError("no digits in %r" % tok)
    fd = (fd + "00")[:2]
    return "%d.%s" % (int(w), fd)


CUR_MARKERS = [("R$", "BRL"), ("U$S", "USD"), ("MXN", "MXN"), ("EUR", "EUR"), ("€", "EUR"), ("£", "GBP"),
               ("Rp", "IDR"), ("Ft", "HUF"), ("원", "KRW"), ("درهم", "AED"), ("ريال", "SAR")]


def token_currency(tok):
    for mark, cur in CUR_MARKERS:
        if mark in tok:
            return cur
    if re.match(r"^R\d", tok):
        return "ZAR"
    return None  # bare $ / kr / digits: the thread's currency


# --------------------------------------------------------------------------- text
WS = re.compile(r"[ \t\r\n]+")          # NOT \s: no-break spaces inside amounts must survive


def norm(s):
    return WS.sub(" ", s).strip()


def strip_html(h):
    h = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return html.unescape(h)


def decoded_parts(msg):
    """-> list of (content-type, decoded text) over the whole tree, including message/rfc822."""
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            inner = part.get_payload(0)
            out.append(("text/rfc822-headers", "Subject: %s" % (inner["Subject"] or "")))
            continue
        if part.is_multipart():
            continue
        if ct in ("text/plain", "text/html", "text/rfc822-headers", "message/delivery-status"):
            if ct == "message/delivery-status":
                txt = "\n".join(str(p) for p in part.get_payload()) if isinstance(part.get_payload(), list) else str(part.get_payload())
            else:
                txt = part.get_content()
            if ct == "text/html":
                txt = strip_html(txt)
            out.append((ct, txt))
    return out


def defects_of(msg):
    d = []
    for part in msg.walk():
        d += [type(x).__name__ for x in part.defects]
    return d


# --------------------------------------------------------------------------- expectations
EXPECT_INTENTS = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6,
                  "billing_update": 6, "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6,
                  "legal_or_insolvency": 4, "delivery_failure": 5, "acknowledgement": 4, "other": 4}
EXPECT_LANGS = {"en": 19, "es": 8, "fr": 7, "de": 7, "pt": 6, "it": 5, "nl": 5, "no": 3, "fi": 3, "hu": 3,
                "ro": 3, "el": 3, "ko": 3, "ar": 3, "id": 2}
REASONS = ["pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"]
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
DATE_FIELDS = ["promised_date", "paid_date", "return_date"]
ZONES = {"en-US": ["America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
                   "America/Los_Angeles"],
         "en-GB": ["Europe/London"], "en-IE": ["Europe/Dublin"], "en-NZ": ["Pacific/Auckland"],
         "en-ZA": ["Africa/Johannesburg"], "es-ES": ["Europe/Madrid"], "es-MX": ["America/Mexico_City"],
         "es-UY": ["America/Montevideo"], "fr-FR": ["Europe/Paris"], "fr-BE": ["Europe/Brussels"],
         "de-DE": ["Europe/Berlin"], "de-AT": ["Europe/Vienna"], "de-CH": ["Europe/Zurich"],
         "pt-BR": ["America/Sao_Paulo"], "pt-PT": ["Europe/Lisbon"], "it-IT": ["Europe/Rome"],
         "nl-NL": ["Europe/Amsterdam"], "nl-BE": ["Europe/Brussels"], "nb-NO": ["Europe/Oslo"],
         "fi-FI": ["Europe/Helsinki"], "hu-HU": ["Europe/Budapest"], "ro-RO": ["Europe/Bucharest"],
         "el-GR": ["Europe/Athens"], "ko-KR": ["Asia/Seoul"], "ar-AE": ["Asia/Dubai"],
         "ar-SA": ["Asia/Riyadh"], "ar-EG": ["Africa/Cairo"], "id-ID": ["Asia/Jakarta"]}
ZONE_BY_KEY = {"BOUNCE_O365_NDR_DE": ["UTC"], "BOUNCE_GMAIL_DSN_IE": ["America/Los_Angeles"],
               "BOUNCE_SES_REPORT_US_CRLF": ["UTC"]}
INV_RE = re.compile(r"^PVW-\d{6}$")
MSGID_RE = re.compile(r"^<(K\d{5})\.r([123])\.(\d{8}T\d{6}Z)@billing\.pinecrestvet\.example>$")


def norm_inv(raw):
    d = re.sub(r"\D", "", raw)
    if len(d) != 6:
        raise ValueError("invoice token %r" % raw)
    return "PVW-" + d


def main():
    spec = importlib.util.spec_from_file_location("build347", os.path.join(HERE, "build.py"))
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    items, emails_mem, labels_mem = build.build()

    # ---- files equal a fresh build --------------------------------------------------
    with open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8") as f:
        emails = [json.loads(l) for l in f]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(l) for l in f]
    if emails != emails_mem:
        bad("files", "emails.jsonl differs from a fresh build (run build.py)")
    if labels != labels_mem:
        bad("files", "labels.jsonl differs from a fresh build (run build.py)")
    if len(emails) != 80 or len(labels) != 80:
        bad("files", "expected 80 lines, got %d / %d" % (len(emails), len(labels)))
    ids = ["xr%02d" % i for i in range(1, 81)]
    if [e["id"] for e in emails] != ids or [l["id"] for l in labels] != ids:
        bad("files", "ids must be xr01..xr80 in order, same order in both files")
    by_id = {it["id"]: it for it in items}

    cases, all_invoices = Counter(), Counter()
    for it in items:
        cases[it["rem"].case] += 1
        for n, _, _ in it["rem"].inv:
            all_invoices[n] += 1
    for c, n in cases.items():
        if n > 1:
            bad("set", "case %s used %d times" % (c, n))
    for c, n in all_invoices.items():
        if n > 1:
            bad("set", "invoice %d appears in %d threads" % (c, n))

    for e, lab in zip(emails, labels):
        iid = e["id"]
        it = by_id.get(iid)
        if it is None:
            bad(iid, "no build item")
            continue
        rem = it["rem"]
        prov = it.get("prov", {})
        keys = set(lab)
        want = {"id", "note"} | set(FIELDS) | ({"injection"} if it["injection"] else set())
        if keys != want:
            bad(iid, "label keys %s" % sorted(keys ^ want))
        if not lab["note"].startswith("[%s, %s] " % (it["key"], it["locale"])):
            bad(iid, "note must start with [KEY, locale]")
        if lab.get("injection", False) != it["injection"]:
            bad(iid, "injection flag mismatch")

        # ---- parse ------------------------------------------------------------------
        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        d = defects_of(msg)
        if d:
            bad(iid, "parse defects %s" % d)
        dt = msg["Date"].datetime
        if dt is None or dt.tzinfo is None:
            bad(iid, "Date header without offset")
            continue
        today = dt.date()                       # calendar date in the header's own offset
        # Date offset consistent with the writer's (or the MTA's) zone on that day
        try:
            from zoneinfo import ZoneInfo
            zones = ZONE_BY_KEY.get(it["key"]) or ZONES[it["locale"]]
            offs = [dt.astimezone(ZoneInfo(z)).utcoffset() for z in zones]
            if dt.utcoffset() not in offs:
                bad(iid, "Date offset %s does not match %s on %s" % (dt.strftime("%z"), zones, today))
        except ImportError:
            pass
        if dt <= rem.sent:
            bad(iid, "message Date is not after our reminder")
        if not MSGID_RE.match(rem.msgid):
            bad(iid, "reminder Message-ID not in our style")
        subj = str(msg["Subject"] or "")
        parts = decoded_parts(msg)
        full = norm(subj + "\n" + "\n".join(t for _, t in parts))
        own_body = it.get("body", "")
        if it.get("own_end"):
            own_body = own_body.split(it["own_end"])[0]
        own = norm(own_body)

        # ---- threading --------------------------------------------------------------
        to_all = " ".join(str(msg.get_all(h, [])) for h in ("To",))
        if rem.addr not in to_all:
            bad(iid, "To does not carry the case address %s" % rem.addr)
        if it["kind"] != "bounce":
            irt = str(msg["In-Reply-To"] or "")
            refs = str(msg["References"] or "")
            if rem.msgid not in refs:
                bad(iid, "References lacks our reminder Message-ID")
            if irt != rem.msgid and not it.get("internal_fwd_id"):
                bad(iid, "In-Reply-To is not our reminder")
            if it["intent"] == "out_of_office":
                auto = str(msg.get("Auto-Submitted", ""))
                if it["key"] == "OOO_MX_SEMANA_SANTA_NO_AUTOSUB":
                    if auto:
                        bad(iid, "this away message is meant to lack Auto-Submitted")
                elif not auto.startswith("auto-"):
                    bad(iid, "away message without Auto-Submitted")
        else:
            if rem.subject() not in full and norm(rem.subject()) not in full:
                bad(iid, "bounce does not return our Subject")

        # ---- field consistency --------------------------------------------------------
        if lab["intent"] != it["intent"]:
            bad(iid, "intent mismatch with the item")
        if lab["intent"] == "dispute" and lab["dispute_reason"] not in REASONS:
            bad(iid, "dispute without a valid reason")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(iid, "unknown dispute_reason")
        if lab["dispute_reason"] is not None and lab["intent"] not in ("dispute", "legal_or_insolvency"):
            bad(iid, "dispute_reason on a non-dispute intent")
        if lab["return_date"] is not None and lab["intent"] != "out_of_office":
            bad(iid, "return_date outside out_of_office")
        if (lab["promised_amount"] is None) != (lab["currency"] is None):
            bad(iid, "currency must be null exactly when promised_amount is null")
        if lab["intent"] in ("delivery_failure",) and any(lab[f] is not None for f in FIELDS[1:-1]):
            bad(iid, "bounce with filled fields")

        # ---- dates ------------------------------------------------------------------
        pd = prov.get("dates", {})
        for f in DATE_FIELDS:
            if lab[f] is None:
                if f in pd:
                    bad(iid, "%s has provenance but label is null" % f)
                continue
            if f not in pd:
                bad(iid, "%s labelled without provenance" % f)
                continue
            phrase, rule = pd[f]
            try:
                got = resolve(rule, today).isoformat()
            except ValueError as ex:
                bad(iid, "%s: %s" % (f, ex))
                continue
            if got != lab[f]:
                bad(iid, "%s: label %s but %r with rule %s from %s gives %s"
                    % (f, lab[f], phrase, rule, today, got))
            if norm(phrase) not in own or norm(phrase) not in full:
                bad(iid, "%s phrase %r not found in the writer's text" % (f, phrase))

        # ---- amounts ----------------------------------------------------------------
        pa = prov.get("amount")
        if lab["promised_amount"] is None:
            if pa:
                bad(iid, "amount provenance but null label")
        else:
            if not pa:
                bad(iid, "amount labelled without provenance")
            else:
                tok, dec = pa
                if parse_amount(tok, dec) != lab["promised_amount"]:
                    bad(iid, "amount %r parses to %s, label %s" % (tok, parse_amount(tok, dec), lab["promised_amount"]))
                if norm(tok) not in own or norm(tok) not in full:
                    bad(iid, "amount token %r not in the writer's text" % tok)
                if not re.match(r"^\d+\.\d{2}$", lab["promised_amount"]):
                    bad(iid, "amount format")
                tc = token_currency(tok)
                if tc is not None and tc != lab["currency"]:
                    bad(iid, "token %r says %s, label %s" % (tok, tc, lab["currency"]))
                if tc is None and lab["currency"] != rem.cur:
                    bad(iid, "bare amount must take the thread currency %s" % rem.cur)
            if lab["currency"] != rem.cur:
                bad(iid, "currency %s differs from the thread's %s" % (lab["currency"], rem.cur))

        # ---- reference / contact ----------------------------------------------------
        if lab["payment_reference"] != prov.get("ref"):
            bad(iid, "payment_reference does not match provenance")
        if lab["payment_reference"]:
            if lab["payment_reference"] not in own or lab["payment_reference"].startswith("#"):
                bad(iid, "payment_reference not written in the text as labelled")
        if lab["new_contact_email"] != prov.get("contact"):
            bad(iid, "new_contact_email does not match provenance")
        if lab["new_contact_email"]:
            c = lab["new_contact_email"]
            if c not in own or c not in full:
                bad(iid, "contact %s not in the visible text" % c)
            if c.endswith("pinecrestvet.example") or c == it.get("frm", (None, ""))[1]:
                bad(iid, "contact is our own or the sender's address")
            if not c.endswith(".example"):
                bad(iid, "contact not under .example")

        # ---- invoices ---------------------------------------------------------------
        inv = lab["invoice_numbers"]
        want = []
        for rawtok, src in prov.get("inv", []):
            n = norm_inv(rawtok)
            if n not in want:
                want.append(n)
            if src == "text":
                if rawtok not in own:
                    bad(iid, "invoice token %r not in the writer's text" % rawtok)
            elif src == "subject":
                if rawtok not in subj:
                    bad(iid, "invoice token %r not in the Subject" % rawtok)
            elif src == "quote":
                if rawtok not in full:
                    bad(iid, "invoice token %r not in the quoted/returned reminder" % rawtok)
                if rawtok in subj:
                    bad(iid, "invoice %r is in the Subject; source should be 'subject'" % rawtok)
            else:
                bad(iid, "unknown invoice source %r" % src)
            if src != "text":
                for n2 in [n] + want:
                    if re.search(r"(?<!\d)%s(?!\d)" % n2[4:], own):
                        bad(iid, "source %s but the writer's text names %s" % (src, n2))
            if src == "quote" and it.get("own_end") is None and it["kind"] != "bounce":
                pass
        if inv != want:
            bad(iid, "invoice_numbers %s, provenance gives %s" % (inv, want))
        for n in inv:
            if not INV_RE.match(n):
                bad(iid, "invoice format %s" % n)
            if int(n[4:]) not in [x for x, _, _ in rem.inv]:
                bad(iid, "%s is not on the thread's reminder" % n)
        if not inv and any(str(x) in full for x, _, _ in rem.inv):
            bad(iid, "empty invoice_numbers but an invoice appears in the message")

        # ---- injections: hidden HTML stays out of the plain text ------------------------
        hidden = it.get("mime", {}).get("hidden")
        if hidden:
            marker = norm(strip_html(hidden))[:40]
            plain = " ".join(norm(t) for ct, t in parts if ct == "text/plain")
            htm = " ".join(norm(t) for ct, t in parts if ct == "text/html")
            if marker in plain or marker not in htm:
                bad(iid, "hidden injection must be in the HTML part only")
        if it["injection"] and not hidden and not re.search(r"(?i)system|assistant|agent|\bIA\b|\bAI\b", own):
            bad(iid, "injection item without visible injection text")

    # ---- counts -------------------------------------------------------------------
    ic = Counter(l["intent"] for l in labels)
    if dict(ic) != EXPECT_INTENTS:
        bad("counts", "intents %s" % dict(ic))
    lc = Counter(it["lang"] for it in items)
    if dict(lc) != EXPECT_LANGS:
        bad("counts", "languages %s" % dict(lc))
    rc = Counter(l["dispute_reason"] for l in labels if l["intent"] == "dispute")
    if set(rc) != set(REASONS):
        bad("counts", "dispute reasons not all covered: %s" % dict(rc))
    inj = [l["id"] for l in labels if l.get("injection")]
    if len(inj) != 6:
        bad("counts", "expected 6 injection items, got %d" % len(inj))

    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print("\nFAILED: %d problem(s)" % len(PROBLEMS))
        sys.exit(1)
    print("OK: 80 items; intents %s" % dict(sorted(ic.items())))
    print("languages %s" % dict(lc.most_common()))
    print("dispute reasons %s; injections %s" % (dict(rc), inj))
    dates = sum(1 for l in labels for f in DATE_FIELDS if l[f])
    amts = sum(1 for l in labels if l["promised_amount"])
    print("verified %d date labels, %d amounts, %d invoice lists" % (dates, amts, len(labels)))


if __name__ == "__main__":
    main()
