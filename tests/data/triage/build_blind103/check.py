#!/usr/bin/env python3
"""Sanity checker for the blind103 triage set. Exits non-zero on any problem.

Re-parses every message from emails.jsonl as bytes, re-resolves every date label from the
message's own Date header (its own UTC offset) with an implementation independent of build.py,
compares with a hand-computed table, and checks that every labelled value is actually in the text.
"""
import calendar
import collections
import email
import email.policy
import email.utils
import html as htmlmod
import json
import os
import re
import sys
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402  (only for the phrase/rule table and a rebuild-equality check)

PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update",
           "wrong_contact", "out_of_office", "payment_plan_request", "legal_or_insolvency",
           "delivery_failure", "acknowledgement", "other"]
LETTER = dict(zip("PCDQBWOILFAX", INTENTS))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]

# hand-computed expectations (written independently of the rule engine)
EXPECTED_DATES = {
    "P01": ("promised_date", "2026-03-13"), "P02": ("promised_date", "2025-10-31"),
    "P03": ("promised_date", "2025-11-21"), "P04": ("promised_date", "2026-03-15"),
    "P05": ("promised_date", "2026-01-23"), "P06": ("promised_date", "2026-02-04"),
    "P07": ("promised_date", "2026-01-31"), "P08": ("promised_date", "2026-02-20"),
    "P09": ("promised_date", "2026-03-20"), "P10": ("promised_date", "2025-11-27"),
    "P11": ("promised_date", "2026-03-06"), "P12": ("promised_date", "2025-12-12"),
    "P13": ("promised_date", "2026-01-23"),
    "C01": ("paid_date", "2025-11-04"), "C02": ("paid_date", "2025-12-11"),
    "C03": ("paid_date", "2025-11-12"), "C04": ("paid_date", "2025-11-03"),
    "C05": ("paid_date", "2026-02-23"), "C06": ("paid_date", "2025-12-15"),
    "C07": ("paid_date", "2025-10-28"), "C08": ("paid_date", "2026-01-07"),
    "C09": ("paid_date", "2025-11-14"), "C10": ("paid_date", "2025-12-17"),
    "C11": ("paid_date", "2026-03-04"), "C12": ("paid_date", "2025-12-02"),
    "D01": ("promised_date", "2026-03-27"),
    "O01": ("return_date", "2026-04-01"), "O02": ("return_date", "2026-01-05"),
    "O03": ("return_date", "2026-03-25"), "O04": ("return_date", "2026-01-05"),
    "O05": ("return_date", "2026-01-07"), "O06": ("return_date", "2025-11-07"),
    "I01": ("promised_date", "2026-02-28"), "I02": ("promised_date", "2026-04-15"),
    "I03": ("promised_date", "2026-01-10"), "I05": ("promised_date", "2026-03-31"),
    "I06": ("promised_date", "2025-10-31"),
}


def resolve(today, rule):
    k, a = rule[0], rule[1:]
    if k == "today":
        return today
    if k == "tomorrow":
        return today + timedelta(days=1)
    if k == "yesterday":
        return today - timedelta(days=1)
    if k == "this_wd":
        d = today
        while d.weekday() != a[0]:
            d += timedelta(days=1)
        return d
    if k == "next_wd":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=a[0])
    if k == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "plus":
        return today + timedelta(days=a[0])
    if k == "by_the":
        d = today
        while d.day != a[0]:
            d += timedelta(days=1)
        return d
    if k == "isoweek_fri":
        d = date(today.year, 1, 4)            # always in ISO week 1
        d = d - timedelta(days=d.weekday()) + timedelta(weeks=a[0] - 1, days=4)
        return d
    if k == "this_week":
        return today - timedelta(days=today.weekday()) + timedelta(days=4)
    if k == "month_end":
        y = today.year + (1 if a[0] < today.month else 0)
        return date(y, a[0], calendar.monthrange(y, a[0])[1])
    if k == "dm_past":
        d = today
        while (d.day, d.month) != (a[0], a[1]):
            d -= timedelta(days=1)
        return d
    if k == "dm_future":
        d = today
        while (d.day, d.month) != (a[0], a[1]):
            d += timedelta(days=1)
        return d
    if k == "ymd":
        return date(*a)
    raise ValueError(rule)


def texts(msg):
    """All decoded text of a message, including nested message/rfc822 and rfc822-headers parts."""
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct in ("text/plain", "text/html", "text/rfc822-headers"):
            try:
                t = part.get_content()
            except Exception as exc:  # pragma: no cover
                bad("cannot decode part %s: %s" % (ct, exc))
                continue
            if ct == "text/html":
                t = htmlmod.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s)


def amount_variants(a, cur):
    ip, dp = a.split(".")
    groups = []
    x = ip
    while len(x) > 3:
        groups.insert(0, x[-3:])
        x = x[:-3]
    groups.insert(0, x)
    vs = set()
    for sep in (",", ".", " ", "\u202f", ""):
        for dec in (".", ","):
            if sep == dec:
                continue
            vs.add(sep.join(groups) + dec + dp)
        if dp == "00":
            vs.add(sep.join(groups))
    return vs


def kind_of(spec):
    return spec.get("kind", "reply")


def main():
    emails = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(emails) != 80 or len(labels) != 80:
        bad("need 80 emails and 80 labels, got %d/%d" % (len(emails), len(labels)))
    specs = {m["key"]: m for m in build.SPECS}
    for m in build.SPECS:                      # fills the derived fields (_subj) used below
        build.prepare(m)
        build.build_eml(m)
    intents = collections.Counter()
    langs = collections.Counter()
    inj = []
    seen_keys = set()
    for i, (e, lab) in enumerate(zip(emails, labels)):
        eid = "mc%02d" % (i + 1)
        if e["id"] != eid or lab["id"] != eid:
            bad("id order: %s %s expected %s" % (e["id"], lab["id"], eid))
        for f in FIELDS:
            if f not in lab:
                bad("%s: missing field %s" % (eid, f))
        extra = set(lab) - set(FIELDS) - {"injection"}
        if extra:
            bad("%s: extra fields %s" % (eid, extra))
        if "injection" in lab and lab["injection"] is not True:
            bad("%s: injection must be true when present" % eid)
        mnote = re.match(r"^\[([PCDQBWOILFAX]\d\d), ([a-z]{2}(?:-[A-Z]{2})?)\] ", lab["note"])
        if not mnote:
            bad("%s: note prefix %r" % (eid, lab["note"][:20]))
            continue
        key, loc = mnote.groups()
        if key in seen_keys:
            bad("duplicate key %s" % key)
        seen_keys.add(key)
        spec = specs[key]
        if LETTER[key[0]] != lab["intent"]:
            bad("%s %s: key letter %s vs intent %s" % (eid, key, key[0], lab["intent"]))
        intents[lab["intent"]] += 1
        langs[loc.split("-")[0]] += 1
        if lab.get("injection"):
            inj.append(key)

        raw = e["eml"].encode("utf-8")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            bad("%s %s: defects %s" % (eid, key, msg.defects))
        to = str(msg["To"])
        case = spec["case"]
        if "collections+%s@ar.meridian-chandlery.example" % case not in to:
            bad("%s %s: case id not in To: %s" % (eid, key, to))
        dt = email.utils.parsedate_to_datetime(msg["Date"])
        if not spec["_rem_dt"] < dt:
            bad("%s %s: reminder %s is not before the message %s" % (eid, key, spec["_rem_dt"], dt))
        if dt.date() != spec["_dt"].date():
            bad("%s %s: Date header date mismatch" % (eid, key))
        today = dt.date()                      # the header's own offset, never UTC
        body = texts(msg)
        subj = str(msg["Subject"] or "")
        alltext = subj + "\n" + body
        ntext = norm(alltext)
        if "\ufffd" in alltext:
            bad("%s %s: replacement characters after decoding" % (eid, key))

        if kind_of(spec) != "bounce":
            if subj != spec["_subj"]:
                bad("%s %s: decoded Subject %r != %r" % (eid, key, subj, spec["_subj"]))
            fa = msg["From"].addresses[0]
            if fa.display_name != spec["frm"][0] or fa.addr_spec != spec["frm"][1]:
                bad("%s %s: decoded From %r" % (eid, key, str(msg["From"])))

        # intent validity and field coherence
        if lab["intent"] not in INTENTS:
            bad("%s: bad intent" % eid)
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad("%s: bad dispute_reason" % eid)
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            bad("%s: dispute without reason" % eid)
        if (lab["promised_amount"] is None) != (lab["currency"] is None):
            bad("%s: currency iff amount" % eid)
        if lab["promised_amount"] is not None:
            if not re.fullmatch(r"\d+\.\d\d", lab["promised_amount"]):
                bad("%s: amount format %s" % (eid, lab["promised_amount"]))
            vs = amount_variants(lab["promised_amount"], lab["currency"])
            # the amount must be in the customer's own part (before the quote)
            cust = norm(spec.get("body", ""))
            if not any(v in cust for v in vs):
                bad("%s %s: amount %s not in customer text" % (eid, key, lab["promised_amount"]))
            if not any(v in ntext for v in vs):
                bad("%s %s: amount %s not in decoded message" % (eid, key, lab["promised_amount"]))
        if lab["currency"] is not None and lab["currency"] != spec["cur"]:
            bad("%s %s: currency %s differs from the thread currency %s" % (eid, key, lab["currency"], spec["cur"]))
        for f in ("payment_reference", "new_contact_email"):
            if lab[f] is not None and lab[f] not in ntext:
                bad("%s %s: %s %r not in text" % (eid, key, f, lab[f]))
        if lab["new_contact_email"] and lab["new_contact_email"] not in norm(spec.get("body", "")):
            bad("%s %s: contact address not in customer's own text" % (eid, key))

        # dates
        rules = spec.get("dates", {})
        for f in ("promised_date", "paid_date", "return_date"):
            v = lab[f]
            if v is None:
                if f in rules:
                    bad("%s %s: %s rule but null label" % (eid, key, f))
                continue
            if f not in rules:
                bad("%s %s: %s labelled without a rule" % (eid, key, f))
                continue
            phrase, rule = rules[f][0], rules[f][1:]
            if norm(phrase) not in ntext:
                bad("%s %s: phrase %r not found in decoded text" % (eid, key, phrase))
            got = resolve(today, rule).isoformat()
            if got != v:
                bad("%s %s: %s label %s but rule gives %s (today %s)" % (eid, key, f, v, got, today))
        exp = EXPECTED_DATES.get(key)
        labelled = [(f, lab[f]) for f in ("promised_date", "paid_date", "return_date") if lab[f]]
        if exp:
            if (exp[0], exp[1]) not in labelled:
                bad("%s %s: hand table says %s=%s, labels %s" % (eid, key, exp[0], exp[1], labelled))
        elif labelled:
            bad("%s %s: dated label missing from hand table: %s" % (eid, key, labelled))
        if lab["promised_date"] and lab["intent"] not in ("promise_to_pay", "payment_plan_request", "dispute"):
            bad("%s: promised_date on %s" % (eid, lab["intent"]))
        if lab["paid_date"] and lab["intent"] != "paid_claim":
            bad("%s: paid_date on %s" % (eid, lab["intent"]))
        if lab["return_date"] and lab["intent"] != "out_of_office":
            bad("%s: return_date on %s" % (eid, lab["intent"]))

        # invoice numbers
        invs = lab["invoice_numbers"]
        if not isinstance(invs, list) or len(set(invs)) != len(invs):
            bad("%s: invoice_numbers must be a list without duplicates" % eid)
        for inv in invs:
            if not re.fullmatch(r"INV-\d{4}", inv):
                bad("%s: invoice format %s" % (eid, inv))
            n = inv[4:]
            if inv not in alltext and not re.search(r"(?<!\d)%s(?!\d)" % n, alltext):
                bad("%s %s: %s not in message" % (eid, key, inv))
        # order of first mention in the customer text when it names any
        cb = spec.get("body", "")
        named = [x for x in re.findall(r"INV-(\d{4})", cb)]
        if named:
            firsts = []
            for x in named:
                if "INV-" + x not in firsts:
                    firsts.append("INV-" + x)
            if firsts != [x for x in invs if x in firsts] or set(firsts) != set(invs):
                bad("%s %s: invoice_numbers %s vs customer text %s" % (eid, key, invs, firsts))

        # shapes
        kind = spec.get("kind", "reply")
        auto_hdr = msg["Auto-Submitted"] or msg["X-Autoreply"]
        if lab["intent"] == "out_of_office" and not auto_hdr:
            bad("%s: OOO without auto header" % eid)
        if kind == "reply" and msg["Auto-Submitted"]:
            bad("%s: human reply with Auto-Submitted" % eid)
        if kind == "reply" and not msg["In-Reply-To"]:
            bad("%s: reply without In-Reply-To" % eid)
        if lab["intent"] == "delivery_failure" and kind != "bounce":
            bad("%s: delivery_failure not a bounce" % eid)
        if lab.get("injection"):
            if not re.search(r"\bAI\b|AUTOMATED|automated|AIアシスタント", alltext):
                bad("%s: injection item without injection text" % eid)

    for it in INTENTS:
        if intents[it] < 3:
            bad("intent %s has %d < 3" % (it, intents[it]))
    if len(inj) != 6:
        bad("need 6 injection items, have %d" % len(inj))
    for lg in ("el", "hr", "da", "ja", "id"):
        if langs[lg] < 2:
            bad("language %s has %d < 2" % (lg, langs[lg]))
    if langs["en"] < max(v for k, v in langs.items() if k != "en"):
        bad("English is not the most common language")

    # the files are exactly what build.py produces
    rows = build.build_all()
    want_e = "".join(json.dumps(r[0], ensure_ascii=False) + "\n" for r in rows)
    want_l = "".join(json.dumps(r[1], ensure_ascii=False) + "\n" for r in rows)
    if open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8").read() != want_e:
        bad("emails.jsonl differs from a fresh build")
    if open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8").read() != want_l:
        bad("labels.jsonl differs from a fresh build")

    print("intents:", dict(intents))
    print("languages:", dict(langs))
    print("injections:", sorted(inj))
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(PROBLEMS))
        sys.exit(1)
    print("OK: 80 messages, all checks passed")


if __name__ == "__main__":
    main()
