#!/usr/bin/env python3
"""Re-verify blind triage set 351 from the build's own provenance.

For every message: parse the eml from bytes with policy.default, recompute every
date label with datetime from the message's own Date header and the phrase's rule,
re-derive amounts from the raw token, check currencies, references, contact
addresses and invoice numbers against the decoded text, and check the set-level
counts.  Exits 1 on any problem.  Standard library only.
"""
import calendar
import email
import email.policy
import email.utils
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402  (nothing is written on import)

PROBLEMS = []


def bad(rid, msg):
    PROBLEMS.append("%s: %s" % (rid, msg))


INTENTS = ["legal_or_insolvency", "delivery_failure", "out_of_office", "dispute",
           "payment_plan_request", "paid_claim", "promise_to_pay", "wrong_contact",
           "document_request", "billing_update", "acknowledgement", "other"]
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po",
           "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date",
        "payment_reference", "dispute_reason", "new_contact_email", "return_date",
        "invoice_numbers", "note"]
TARGET_INTENTS = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6,
                  "billing_update": 6, "wrong_contact": 5, "out_of_office": 6,
                  "payment_plan_request": 6, "legal_or_insolvency": 4, "delivery_failure": 5,
                  "acknowledgement": 4, "other": 4}
TARGET_LANGS = {"English": 20, "Spanish": 8, "French": 8, "German": 7, "Italian": 6,
                "Portuguese": 5, "Dutch": 4, "Greek": 3, "Croatian": 3, "Turkish": 3,
                "Hebrew": 3, "Polish": 3, "Swedish": 3, "Cypriot Greek": 1,
                "Maltese-English": 1, "Latvian": 2}
SYMBOLS = {"€": "EUR", "EUR": "EUR", "£": "GBP", "CHF": "CHF", "R": "ZAR", "zł": "PLN",
           "TL": "TRY", "₪": "ILS", "$": None, "kr": None}

# weekday names (full forms) used to cross-check phrases, Monday=0
WEEKDAYS = {
    0: ["monday", "montag", "lundi", "lunes", "lunedì", "segunda-feira", "maandag", "måndag",
        "poniedziałek", "ponedjeljak", "pazartesi", "δευτέρα", "יום שני", "pirmdiena"],
    1: ["tuesday", "dienstag", "mardi", "martes", "martedì", "terça-feira", "dinsdag", "tisdag",
        "wtorek", "utorak", "salı", "τρίτη", "יום שלישי", "otrdiena"],
    2: ["wednesday", "mittwoch", "mercredi", "miércoles", "mercoledì", "quarta-feira", "woensdag",
        "onsdag", "środa", "srijeda", "çarşamba", "τετάρτη", "יום רביעי", "trešdiena"],
    3: ["thursday", "donnerstag", "jeudi", "jueves", "giovedì", "quinta-feira", "donderdag",
        "torsdag", "czwartek", "četvrtak", "perşembe", "πέμπτη", "חמישי", "ceturtdiena"],
    4: ["friday", "freitag", "vendredi", "viernes", "venerdì", "sexta-feira", "vrijdag", "fredag",
        "piątek", "petak", "cuma", "παρασκευή", "שישי", "piektdiena"],
    5: ["saturday", "samstag", "samedi", "sábado", "sabato", "zaterdag", "lördag", "sobota",
        "subota", "cumartesi", "σάββατο", "sestdiena"],
    6: ["sunday", "sonntag", "dimanche", "domingo", "domenica", "zondag", "söndag", "niedziela",
        "nedjelja", "pazar", "κυριακή", "יום ראשון", "svētdiena"],
}
MONTHS = {
    1: ["january", "januar", "janvier", "enero", "gennaio", "janeiro", "januari", "stycz", "siječ",
        "ocak", "ιανουαρ", "ינואר", "janvār"],
    2: ["february", "februar", "février", "febrero", "febbraio", "fevereiro", "februari", "lut",
        "veljač", "şubat", "φεβρουαρ", "פברואר", "februār"],
    3: ["march", "märz", "mars", "marzo", "março", "maart", "marca", "marzec", "ožuj", "mart",
        "μαρτ", "מרץ", "mart"],
    4: ["april", "avril", "abril", "aprile", "kwie", "travanj", "travnj", "nisan", "απριλ", "אפריל",
        "aprīl"],
    5: ["may", "mai", "mayo", "maggio", "maio", "mei", "maj", "svib", "mayıs", "μαΐ", "μαι", "מאי",
        "maij"],
}


class Strip(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "td", "blockquote", "h1", "h2", "table", "span"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def strip_html(s):
    p = Strip()
    p.feed(s)
    return "".join(p.out)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def haystack(msg):
    chunks = []
    for part in msg.walk():
        if part.get("Subject"):
            chunks.append(str(part["Subject"]))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct in ("text/plain", "text/rfc822-headers", "text/calendar"):
            chunks.append(part.get_content())
        elif ct == "text/html":
            chunks.append(strip_html(part.get_content()))
        elif ct == "message/delivery-status":
            chunks.append(part.as_string())
    return "\n".join(chunks)


# ----------------------------------------------------------------- dates

def next_month(y, m):
    return (y + 1, 1) if m == 12 else (y, m + 1)


def dm_future(today, d, m):
    c = date(today.year, m, d)
    return c if c >= today else date(today.year + 1, m, d)


def dm_past(today, d, m):
    c = date(today.year, m, d)
    return c if c <= today else date(today.year - 1, m, d)


def fmt_regex(fmt):
    rx = ""
    for tok in re.findall(r"%[dmY]|.", fmt):
        rx += {"%d": r"(?P<d>\d{1,2})", "%m": r"(?P<m>\d{1,2})", "%Y": r"(?P<Y>\d{4})"}.get(
            tok, re.escape(tok))
    return rx


def resolve(today, rule, args, phrase):
    """Recompute a date from the Date header's local calendar date and the phrase's rule."""
    if rule == "tomorrow":
        return today + timedelta(days=1)
    if rule == "yesterday":
        return today - timedelta(days=1)
    if rule == "weekday":
        return today + timedelta(days=(args[0] - today.weekday()) % 7)
    if rule == "next_weekday":
        return today + timedelta(days=7 - today.weekday() + args[0])
    if rule == "last_weekday":
        back = (today.weekday() - args[0]) % 7 or 7
        return today - timedelta(days=back)
    if rule == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "plus_days":
        return today + timedelta(days=args[0])
    if rule == "by_the":
        if today.day <= args[0]:
            return today.replace(day=args[0])
        y, m = next_month(today.year, today.month)
        return date(y, m, args[0])
    if rule == "iso_week":
        return date.fromisocalendar(today.year, args[0], 5)
    if rule == "this_week":
        return today + timedelta(days=4 - today.weekday())
    if rule == "first_week":
        y = today.year if args[0] >= today.month else today.year + 1
        return date(y, args[0], 7)
    if rule == "dm_future":
        return dm_future(today, args[0], args[1])
    if rule == "dm_past":
        return dm_past(today, args[0], args[1])
    if rule == "explicit":
        return date.fromisoformat(args[0])
    if rule == "strptime":
        fmt, direction = args
        mt = re.search(fmt_regex(fmt), phrase)
        if not mt:
            raise ValueError("phrase %r does not match %r" % (phrase, fmt))
        d, m = int(mt.group("d")), int(mt.group("m"))
        if "Y" in mt.groupdict() and mt.group("Y"):
            return date(int(mt.group("Y")), m, d)
        if direction == "past":
            return dm_past(today, d, m)
        if direction == "future":
            return dm_future(today, d, m)
        raise ValueError("no year and no direction")
    raise ValueError("unknown rule " + rule)


def phrase_consistency(rid, phrase, rule, args, value):
    low = phrase.lower()
    named = [wd for wd, names in WEEKDAYS.items()
             if any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", low) for n in names)]
    if rule in ("weekday", "next_weekday", "last_weekday"):
        if args[0] not in named:
            bad(rid, "phrase %r does not name weekday %d" % (phrase, args[0]))
    elif named and rule in ("explicit", "dm_future", "dm_past", "strptime"):
        if value.weekday() not in named:
            bad(rid, "phrase %r names a weekday that is not %s" % (phrase, value))
    if rule in ("explicit", "dm_future", "dm_past"):
        if not re.search(r"(?<!\d)0?%d(?!\d)" % value.day, phrase):
            bad(rid, "phrase %r does not contain day %d" % (phrase, value.day))
        mnum = re.search(r"(?<!\d)0?%d(?!\d)" % value.month, phrase.replace(str(value.year), ""))
        mname = any(s in low for s in MONTHS.get(value.month, []))
        if not (mname or (rule == "explicit" and mnum and re.search(r"\d[./-]\d", phrase))):
            bad(rid, "phrase %r does not name month %d" % (phrase, value.month))


# ----------------------------------------------------------------- amounts

def parse_amount(raw, dec):
    s = re.sub(r"[^\d.,' \u00a0\u202f]", "", raw).strip()
    if dec == ",":
        s = re.sub(r"[.' \u00a0\u202f]", "", s).replace(",", ".")
    else:
        s = re.sub(r"[,' \u00a0\u202f]", "", s)
    return "%.2f" % Decimal(s)


OUR_MSGID = re.compile(r"^<(CS\d{5})\.r([123])\.(\d{8}T\d{6}Z)@billing\.clearwaterpoolspa\.example>$")
INV_RX = re.compile(r"^CW-\d{5}$")
BARE_INV = re.compile(r"(?<![\d/.-])3[01]\d{3}(?![\d/])")


def main():
    recs = build.generate()
    em_path = os.path.join(HERE, "emails.jsonl")
    lb_path = os.path.join(HERE, "labels.jsonl")
    emails = [json.loads(l) for l in open(em_path, encoding="utf-8")]
    labels = [json.loads(l) for l in open(lb_path, encoding="utf-8")]

    if len(emails) != 80 or len(labels) != 80:
        bad("set", "expected 80 emails and 80 labels, got %d / %d" % (len(emails), len(labels)))
    ids = ["%s%02d" % (build.PREFIX, i) for i in range(1, 81)]
    if [e["id"] for e in emails] != ids or [l["id"] for l in labels] != ids:
        bad("set", "ids are not pd01..pd80 in order in both files")
    # determinism: files equal what the build produces from seed 351
    for r, e, l in zip(recs, emails, labels):
        if r["eml"] != e["eml"] or r["label"] != l:
            bad(r["id"], "file content differs from build.generate() (stale files?)")

    intents, langs, injections = Counter(), Counter(), []
    for r, lab in zip(recs, labels):
        it, rid = r["item"], lab["id"]
        P = it.get("P", {})
        # ---------------- schema
        keys = [k for k in lab if k != "injection"]
        if keys != KEYS:
            bad(rid, "label keys %s" % keys)
        if lab["intent"] not in INTENTS:
            bad(rid, "bad intent")
        intents[lab["intent"]] += 1
        langs[it["lang"]] += 1
        if not lab["note"].startswith("[%s, %s] " % (it["key"], it["locale"])):
            bad(rid, "note prefix")
        if lab.get("injection"):
            if lab["injection"] is not True:
                bad(rid, "injection flag must be true")
            injections.append(rid)
            if "injection" not in lab["note"].lower():
                bad(rid, "injection item's note does not explain the injection")
        if (lab["promised_amount"] is None) != (lab["currency"] is None):
            bad(rid, "currency must be null exactly when promised_amount is null")
        if lab["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", lab["promised_amount"]):
            bad(rid, "amount format")
        if lab["currency"] is not None and not re.fullmatch(r"[A-Z]{3}", lab["currency"]):
            bad(rid, "currency format")
        if lab["intent"] == "dispute" and lab["dispute_reason"] not in REASONS:
            bad(rid, "dispute without a valid reason")
        if lab["dispute_reason"] is not None:
            if lab["dispute_reason"] not in REASONS:
                bad(rid, "bad dispute_reason")
            if INTENTS.index(lab["intent"]) > INTENTS.index("dispute"):
                bad(rid, "dispute_reason on a lower-priority intent")
        for f in ("promised_date", "paid_date", "return_date"):
            if lab[f] is not None:
                date.fromisoformat(lab[f])
        if not isinstance(lab["invoice_numbers"], list) or not all(INV_RX.match(x) for x in lab["invoice_numbers"]):
            bad(rid, "invoice_numbers format")
        if lab["new_contact_email"] is not None:
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.example", lab["new_contact_email"]):
                bad(rid, "contact format")
            if "clearwaterpoolspa" in lab["new_contact_email"]:
                bad(rid, "our own address used as new contact")

        # ---------------- parse
        eml = r["eml"]
        try:
            msg = email.message_from_bytes(eml.encode("utf-8"), policy=email.policy.default)
        except Exception as ex:  # pragma: no cover
            bad(rid, "parse error %r" % ex)
            continue
        for part in msg.walk():
            if part.defects:
                bad(rid, "MIME defects %s" % part.defects)
        try:
            hay = haystack(msg)
        except Exception as ex:
            bad(rid, "decode error %r" % ex)
            continue
        nhay = norm(hay)
        dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if dt.tzinfo is None:
            bad(rid, "Date without offset")
        today = dt.date()  # calendar date in the header's own offset
        wd_hdr = str(msg["Date"]).split(",")[0].strip()
        if wd_hdr[:3] in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun") and \
                wd_hdr[:3] != today.strftime("%a"):
            bad(rid, "Date header weekday does not match its date")
        rem = it["_rem"]
        if rem.sent >= dt:
            bad(rid, "reminder sent after the reply")
        to = str(msg["To"])
        if "ar+%s@billing.clearwaterpoolspa.example" % it["case"] not in to:
            bad(rid, "To is not our per-case address")
        if "builder" in it:
            if it["intent"] != "delivery_failure":
                bad(rid, "custom builder on a non-bounce")
            if rem.msgid not in eml:
                bad(rid, "bounce does not carry the reminder Message-ID")
        else:
            irt = str(msg["In-Reply-To"] or "")
            mt = OUR_MSGID.match(irt)
            refs = str(msg["References"] or "").split()
            ours = [m for m in map(OUR_MSGID.match, refs) if m and m.group(1) == it["case"]]
            if it.get("fwd"):
                if not ours or mt:
                    bad(rid, "forwarded thread should reference our reminder only in References")
            elif not mt or mt.group(1) != it["case"]:
                bad(rid, "In-Reply-To is not our Message-ID for this case: %r" % irt)
            own = it["body"].strip("\n").replace("{CASE}", it["case"])
            if norm(own) not in nhay:
                bad(rid, "writer's text not found in the decoded message")
        own = it.get("body", "").replace("{CASE}", it["case"])
        nown = norm(own)
        subject = str(msg["Subject"])

        # ---------------- dates
        dated = set()
        for d in P.get("dates", []):
            field, phrase, rule, args = d[0], d[1], d[2], d[3:]
            dated.add(field)
            if norm(phrase) not in nown:
                bad(rid, "date phrase %r not in the writer's text" % phrase)
            try:
                val = resolve(today, rule, args, phrase)
            except Exception as ex:
                bad(rid, "cannot resolve %r: %s" % (phrase, ex))
                continue
            phrase_consistency(rid, phrase, rule, args, val)
            if lab[field] != val.isoformat():
                bad(rid, "%s: label %s but %r from %s (%s) gives %s" % (
                    field, lab[field], phrase, today, rule, val))
        for f in ("promised_date", "paid_date", "return_date"):
            if lab[f] is not None and f not in dated:
                bad(rid, "%s labelled without provenance" % f)

        # ---------------- amount / currency
        if "amount" in P:
            raw, dec = P["amount"]
            if norm(raw) not in nown:
                bad(rid, "amount token %r not in the writer's text" % raw)
            if parse_amount(raw, dec) != lab["promised_amount"]:
                bad(rid, "amount %r parses to %s, label %s" % (raw, parse_amount(raw, dec),
                                                               lab["promised_amount"]))
            sym = P.get("cur")
            if sym not in SYMBOLS or sym not in raw:
                bad(rid, "currency token %r not in amount %r" % (sym, raw))
            expect = SYMBOLS.get(sym) or rem.cur
            if SYMBOLS.get(sym) is None and rem.cur not in hay:
                bad(rid, "bare %r but the thread's currency %s is not visible" % (sym, rem.cur))
            if lab["currency"] != expect:
                bad(rid, "currency %s, expected %s" % (lab["currency"], expect))
        elif lab["promised_amount"] is not None:
            bad(rid, "amount labelled without provenance")

        # ---------------- reference / contact
        if lab["payment_reference"] is not None:
            if P.get("ref") != lab["payment_reference"] or norm(lab["payment_reference"]) not in nown:
                bad(rid, "payment_reference not found as written in the writer's text")
            if lab["payment_reference"].startswith("#"):
                bad(rid, "leading # in reference")
        elif P.get("ref"):
            bad(rid, "reference in provenance but not labelled")
        if lab["new_contact_email"] is not None:
            if P.get("contact") != lab["new_contact_email"] or lab["new_contact_email"].lower() not in nown:
                bad(rid, "new_contact_email not given in the writer's text")
        elif P.get("contact"):
            bad(rid, "contact in provenance but not labelled")

        # ---------------- invoice numbers
        src = P.get("inv_src")
        seen = []
        for raw, nrm in P.get("inv", []):
            if re.sub(r"\D", "", raw) != re.sub(r"\D", "", nrm) or not INV_RX.match(nrm):
                bad(rid, "invoice %r does not normalise to %r" % (raw, nrm))
            if nrm not in seen:
                seen.append(nrm)
            where = {"text": nown, "subject": norm(subject), "quoted": nhay,
                     "returned": norm(hay + eml)}.get(src)
            if where is None or norm(raw) not in where:
                bad(rid, "invoice %r not found in %s" % (raw, src))
        if seen != lab["invoice_numbers"]:
            bad(rid, "invoice_numbers %s, provenance gives %s" % (lab["invoice_numbers"], seen))
        own_scan = own
        for tok in P.get("not_inv", []):
            own_scan = own_scan.replace(tok, "")
        if src != "text" and "builder" not in it and BARE_INV.search(own_scan):
            bad(rid, "writer's text names an invoice number but source is %s" % src)
        if src == "quoted" and re.search(r"CW-?\d{5}", subject):
            bad(rid, "Subject names an invoice, so it should be the source")
        if src == "text":
            first = [m.group(0) for m in re.finditer(r"CW-\d{5}|(?<![\d/.-])3[01]\d{3}(?![\d/])", own)]
            firstn = []
            for t in first:
                t = "CW-" + re.sub(r"\D", "", t)
                if t not in firstn:
                    firstn.append(t)
            own_body_only = own.split("---------- Forwarded message")[0]
            if firstn and firstn[0] != seen[0]:
                bad(rid, "invoice order differs from first mention")
            if not re.search(r"CW-\d{5}|(?<![\d/.-])3[01]\d{3}(?![\d/])", own_body_only):
                bad(rid, "source text but no invoice number in the writer's text")
        for x in lab["invoice_numbers"]:
            if x not in eml and re.sub(r"\D", "", x) not in hay:
                bad(rid, "%s appears nowhere in the message" % x)

    # ---------------- set level
    if dict(intents) != TARGET_INTENTS:
        bad("set", "intent counts %s" % dict(intents))
    if dict(langs) != TARGET_LANGS:
        bad("set", "language counts %s" % dict(langs))
    if len(injections) != 6:
        bad("set", "expected 6 injection items, got %d" % len(injections))
    reasons = Counter(l["dispute_reason"] for l in labels if l["intent"] == "dispute")
    if set(reasons) != REASONS:
        bad("set", "dispute reasons do not cover all eight: %s" % dict(reasons))
    keys = [r["item"]["key"] for r in recs]
    if len(set(keys)) != len(keys):
        bad("set", "duplicate keys")

    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print("FAILED: %d problem(s)" % len(PROBLEMS))
        return 1
    print("OK: 80 messages, %d date labels, intents %s, injections %s" % (
        sum(len(r["item"].get("P", {}).get("dates", [])) for r in recs),
        dict(intents), ", ".join(injections)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
