#!/usr/bin/env python3
"""Sanity checker for the blind triage set (not part of the data).

Re-verifies every label against the generated messages and exits non-zero on a problem:
  * files parse, ids/order match, a fresh in-memory rebuild is byte-identical to the files;
  * every message parses with message_from_bytes(policy=default) and names its case in To;
  * human replies / auto-replies / bounces have the right headers;
  * every date label is recomputed here, independently, from the message's own Date header;
  * amounts, currencies, references, contact emails and invoice numbers are found in the text;
  * label schema, intent spread, injection count, note prefix.
"""
import calendar
import email
import email.policy
import email.utils
import html
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402  (only ITEMS / helpers; build's __main__ is not run)

ERR = []


def err(msg):
    ERR.append(msg)


FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
REASONS = ["pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"]
KEY = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request", "B": "billing_update",
       "W": "wrong_contact", "O": "out_of_office", "E": "payment_plan_request", "L": "legal_or_insolvency",
       "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
CURRENCIES = {"GBP", "USD", "CAD", "AUD", "EUR", "SEK", "TRY", "RON"}


# ---------------------------------------------------------------- text utils
def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def strip_html(s):
    s = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def all_text(msg):
    """Decoded text of every text part (and returned headers/messages), recursively."""
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct in ("text/plain", "text/rfc822-headers", "message/delivery-status"):
            try:
                out.append(part.get_content())
            except Exception:
                out.append(part.get_payload(decode=True).decode("utf-8", "replace"))
        elif ct == "text/html":
            out.append(strip_html(part.get_content()))
    # message/rfc822 parts are walked into by msg.walk(); add their headers
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.iter_parts():
                out.append("Subject: %s\n" % sub.get("Subject", ""))
    return "\n".join(out)


# --------------------------------------------------- independent date rules
def chk_resolve(rule, today):
    k = rule[0]
    if k == "tomorrow":
        return today + timedelta(1)
    if k == "yesterday":
        return today - timedelta(1)
    if k == "today":
        return today
    if k == "this_wd":  # the coming weekday, today if it is that day
        d = today
        while d.weekday() != rule[1]:
            d += timedelta(1)
        return d
    if k == "next_wd":  # that weekday in the following Monday-Sunday week
        monday_next = today - timedelta(today.weekday()) + timedelta(7)
        return monday_next + timedelta(rule[1])
    if k == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "eom_named":
        y = today.year if rule[1] >= today.month else today.year + 1
        return date(y, rule[1], calendar.monthrange(y, rule[1])[1])
    if k == "plus_days":
        return today + timedelta(rule[1])
    if k == "by_the":
        d = today
        while d.day != rule[1]:
            d += timedelta(1)
        return d
    if k == "this_week":
        return today - timedelta(today.weekday()) + timedelta(4)
    if k == "kw":
        d = date(today.year, 1, 4)  # ISO week 1 contains 4 January
        return d - timedelta(d.weekday()) + timedelta(weeks=rule[1] - 1, days=4)
    if k == "explicit":
        return date.fromisoformat(rule[1])
    raise ValueError(rule)


NEXT_WORDS = ["next", "prossimo", "nächste", "prochain", "volgende", "próximo", "nästa", "gelecek", "nākamo"]
LEXICON = {
    "yesterday": ["yesterday", "gestern", "ieri", "ayer", "hier", "gisteren", "igår", "dün", "vakar"],
    "tomorrow": ["tomorrow", "morgen", "domani", "mañana", "demain", "imorgon", "yarın", "rīt"],
    "today": ["this morning", "today", "heute", "oggi", "hoy", "aujourd", "vandaag", "idag", "bugün"],
    "eom": ["end of the month", "fin du mois", "fin de mes", "finales de mes", "fine mese", "monatsende",
            "eind van de maand", "ay sonu", "slutet av månaden"],
    "eom_named": ["end of", "fin ", "fine ", "ende ", "eind ", "sonu"],
    "plus_days": ["two weeks", "deux semaines", "twee weken", "zwei wochen", "due settimane", "dos semanas",
                  "två veckor", "iki hafta"],
    "by_the": ["by the", "uiterlijk", "bis zum", "entro il", "avant le", "antes del"],
    "this_week": ["this week", "diese woche", "cette semaine", "deze week", "questa settimana"],
    "kw": ["kw"],
}


def rule_phrase_ok(rule):
    k, phrase = rule[0], re.sub(r"\s+", " ", rule[-1].lower())
    has_next = any(re.search(r"\b%s\b" % w, phrase) for w in NEXT_WORDS)
    if k == "next_wd":
        return has_next
    if k == "this_wd":
        return not has_next
    if k in LEXICON:
        return any(w in phrase for w in LEXICON[k])
    return k == "explicit" and re.search(r"\d", phrase) is not None


def amount_variants(a):
    whole, frac = a.split(".")
    n = int(whole)
    en = "{:,}".format(n)
    de = en.replace(",", ".")
    fr = en.replace(",", " ")
    v = {en + "." + frac, de + "," + frac, fr + "," + frac, whole + "." + frac}
    if frac == "00":
        v |= {en, de, fr}
    return v


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        err("expected 80 emails/labels, got %d/%d" % (len(emails), len(labels)))

    # rebuild in memory, compare byte for byte
    ordered, e2, l2 = build.build_all()
    raw_e = open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8").read()
    raw_l = open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8").read()
    if raw_e != "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in e2):
        err("emails.jsonl differs from a fresh build")
    if raw_l != "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in l2):
        err("labels.jsonl differs from a fresh build")
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    if readme != build.readme_text(ordered, l2):
        err("README.md differs from a fresh build")

    items = {it["id"]: it for it in ordered}
    ids = [e["id"] for e in emails]
    if ids != [l["id"] for l in labels]:
        err("id order differs between files")
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    if ids != sorted(ids) or not all(re.fullmatch(r"ty\d\d", i) for i in ids):
        err("ids not ty01..ty80 in order")

    intents = Counter()
    langs = Counter()
    n_inj = 0
    for e, lab in zip(emails, labels):
        i = e["id"]
        it = items[i]
        # ---- schema
        keys = set(lab)
        need = set(FIELDS) | {"id", "note"}
        if not need <= keys or keys - need - {"injection"}:
            err("%s: bad label keys %s" % (i, sorted(keys ^ need)))
        if lab["intent"] not in INTENTS:
            err("%s: bad intent" % i)
        intents[lab["intent"]] += 1
        m = re.match(r"\[([A-Z])(\d\d), ([a-z]{2}-[A-Z]{2})\] ", lab["note"])
        if not m:
            err("%s: note prefix" % i)
        else:
            if KEY[m.group(1)] != lab["intent"]:
                err("%s: note key %s does not match intent %s" % (i, m.group(1), lab["intent"]))
            langs[m.group(3).split("-")[0]] += 1
        if lab.get("injection"):
            n_inj += 1
        if "injection" in lab and lab["injection"] is not True:
            err("%s: injection must be true or absent" % i)
        for f in ("promised_date", "paid_date", "return_date"):
            if lab[f] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", lab[f]):
                err("%s: %s not ISO" % (i, f))
        if lab["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d\d", lab["promised_amount"]):
            err("%s: amount format" % i)
        if (lab["promised_amount"] is None) != (lab["currency"] is None):
            err("%s: currency must be null exactly when promised_amount is" % i)
        if lab["currency"] is not None and lab["currency"] not in CURRENCIES:
            err("%s: currency %s" % (i, lab["currency"]))
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            err("%s: dispute_reason" % i)
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            err("%s: dispute without reason" % i)
        if lab["dispute_reason"] and lab["intent"] not in ("dispute", "legal_or_insolvency"):
            err("%s: dispute_reason on %s" % (i, lab["intent"]))
        if lab["return_date"] and lab["intent"] != "out_of_office":
            err("%s: return_date outside out_of_office" % i)
        if lab["intent"] == "paid_claim" and not (lab["paid_date"] or lab["payment_reference"] or lab["promised_amount"]):
            pass  # allowed, but all of ours state something
        if not isinstance(lab["invoice_numbers"], list) or not all(re.fullmatch(r"INV-\d{4}", x) for x in lab["invoice_numbers"]):
            err("%s: invoice_numbers format" % i)
        if len(set(lab["invoice_numbers"])) != len(lab["invoice_numbers"]):
            err("%s: duplicate invoice numbers" % i)

        # ---- parse
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        except Exception as ex:  # pragma: no cover
            err("%s: parse error %s" % (i, ex))
            continue
        for part in msg.walk():
            if part.defects:
                err("%s: MIME defects %s" % (i, part.defects))
        to = str(msg["To"])
        cm = re.search(r"collections\+(TW\d{4})@ar\.tredwell\.example", to)
        if not cm or cm.group(1) != it["case"]:
            err("%s: case id not in To" % i)
        dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
        today = dt.date()  # the header's own offset, never converted
        kind = it.get("kind", "reply")
        frm = str(msg["From"]).lower()
        auto = msg["Auto-Submitted"]
        if kind == "reply":
            if auto:
                err("%s: human reply with Auto-Submitted" % i)
            if not msg["In-Reply-To"] or it["case"] not in str(msg["In-Reply-To"]):
                err("%s: reply lacks In-Reply-To to the reminder" % i)
        elif kind == "auto":
            if not auto or not str(auto).startswith("auto-"):
                err("%s: auto-reply lacks Auto-Submitted" % i)
            if lab["intent"] != "out_of_office":
                err("%s: auto-reply not out_of_office" % i)
        else:
            if "mailer-daemon" not in frm and "postmaster" not in frm:
                err("%s: bounce not from a mailer daemon" % i)
            if lab["intent"] != "delivery_failure":
                err("%s: bounce label" % i)
        if lab["intent"] == "delivery_failure" and kind == "reply":
            err("%s: delivery_failure must be a bounce" % i)
        text = all_text(msg)
        ntext = norm(text)
        subject = str(msg["Subject"] or "")
        body = it["body"]
        nbody = norm(body)
        if kind != "bounce" and not kind.startswith("bounce"):
            if nbody not in ntext:
                err("%s: customer body not found in decoded text" % i)
        if lab.get("injection"):
            if not re.search(r"(?i)\b(ai|ia|ki|automat\w*|system\w*|bot|asistente|assistant|agent)\b", body):
                err("%s: injection item without an AI/automation address" % i)

        # ---- dates
        rules = it.get("rules", {})
        for f in ("promised_date", "paid_date", "return_date"):
            if f in rules:
                rule = rules[f]
                want = chk_resolve(rule, today).isoformat()
                if lab[f] != want:
                    err("%s: %s label %s, recomputed %s (%s)" % (i, f, lab[f], want, rule))
                if not rule_phrase_ok(rule):
                    err("%s: rule %s does not fit the phrase %r" % (i, rule[0], rule[-1]))
                phrase = norm(rule[-1])
                if phrase not in nbody:
                    err("%s: date phrase %r not in the customer's text" % (i, rule[-1]))
                if rule[0] == "explicit":
                    d = date.fromisoformat(rule[1])
                    if rule[2] == "past" and d > today:
                        err("%s: past date after Date" % i)
                    if rule[2] == "future" and d < today:
                        err("%s: future date before Date" % i)
                    if abs((d - today).days) > 62:
                        err("%s: explicit date far from Date" % i)
                    lg = build.lang_of(it["loc"])
                    for wdn, name in enumerate(build.WD[lg]):
                        if re.search(r"(?i)\b%s\b" % re.escape(name), rule[-1]) and d.weekday() != wdn:
                            err("%s: weekday name in %r does not match %s" % (i, rule[-1], d))
            elif lab[f] is not None:
                err("%s: %s set without a rule" % (i, f))
        if lab["intent"] in ("promise_to_pay",) and lab["promised_date"] is None and "promised_date" in rules:
            err("%s: promise date missing" % i)

        # ---- amounts / references / contacts
        if lab["promised_amount"]:
            if not any(v in body for v in amount_variants(lab["promised_amount"])):
                err("%s: amount %s not in the customer's text" % (i, lab["promised_amount"]))
        if lab["payment_reference"] and lab["payment_reference"] not in body:
            err("%s: reference not in text" % i)
        if lab["new_contact_email"]:
            if lab["new_contact_email"] not in body:
                err("%s: new_contact_email not in the customer's text" % i)
            if lab["new_contact_email"] == it["frm"][1]:
                err("%s: new contact is the sender" % i)
        for a in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", body):
            if lab["new_contact_email"] is None and lab["intent"] in ("wrong_contact",):
                err("%s: wrong_contact names %s but label is null" % (i, a))
        if lab["currency"]:
            if lab["currency"] != it["cur"]:
                err("%s: currency %s differs from the thread's %s" % (i, lab["currency"], it["cur"]))

        # ---- invoice numbers: text, else subject, else quoted/returned reminder
        want = lab["invoice_numbers"]
        digits = [x[4:] for x in want]

        def found(src, d):
            return re.search(r"(?<![\d/.,-])(?:INV-)?%s(?![\d/.,]\d)" % d, src) is not None

        in_body = [d for d in digits if found(body, d)]
        body_invs = re.findall(r"INV-(\d{4})", body)
        for d in body_invs:
            if d not in digits:
                err("%s: body names INV-%s, not in label" % (i, d))
        if kind.startswith("bounce"):
            src_ok = all(found(text, d) for d in digits) and digits
        elif in_body:
            src_ok = len(in_body) == len(digits)
            order = digits if not src_ok else sorted(digits, key=lambda d: re.search(r"(?<![\d/.,-])(?:INV-)?%s" % d, body).start())
            if order != digits:
                err("%s: invoice order differs from first mention" % i)
        elif re.search(r"INV-\d{4}", subject):
            src_ok = sorted(re.findall(r"INV-(\d{4})", subject)) == sorted(digits)
        elif kind == "auto" or it.get("quote") == "none":
            src_ok = digits == [] or all(found(text, d) for d in digits)
        else:
            src_ok = bool(digits) and all(found(text, d) for d in digits)
        if not src_ok:
            err("%s: invoice_numbers %s not derivable from text/subject/quote" % (i, want))

    # ---- set level
    if n_inj != 6:
        err("injection count %d != 6" % n_inj)
    for k in INTENTS:
        if intents[k] < 3:
            err("intent %s has only %d" % (k, intents[k]))
    if langs.most_common(1)[0][0] != "en":
        err("English is not the most common language")
    if len(langs) < 8:
        err("too few languages")

    if ERR:
        for x in ERR:
            print("FAIL", x)
        print("%d problem(s)" % len(ERR))
        sys.exit(1)
    print("OK: %d messages, intents %s, languages %s, injections %d"
          % (len(emails), dict(intents), dict(langs), n_inj))


if __name__ == "__main__":
    main()
