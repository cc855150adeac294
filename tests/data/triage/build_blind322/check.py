#!/usr/bin/env python3
"""Re-verify every label of the mi set from the generated data. Exit 1 on any problem."""
import calendar, collections, email, email.policy, html, json, os, re, sys
from datetime import date, timedelta
from decimal import Decimal
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
def load(n):
    with open(os.path.join(HERE, n), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]
E, L, A = load("emails.jsonl"), load("labels.jsonl"), load("aux_checks.jsonl")
P = []
def bad(i, msg):
    P.append(f"{i}: {msg}")

INTENTS = ["promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"]
KEY = dict(zip(INTENTS, "P C D R B W O I L F A X".split()))
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
CURR = {"USD", "GBP", "EUR", "ZAR", "COP", "CHF", "BRL", "INR", "PLN", "SEK", "VND", "JPY", "TRY", "RON",
        "IDR", "MYR", "THB", "AED", "RSD", "EUR", "NOK", "DKK"}

def resolve(t, rule, *a):
    if rule == "plus": return t + timedelta(days=a[0])
    if rule == "this_wd": return t + timedelta(days=(a[0] - t.weekday()) % 7)
    if rule == "next_wd":
        monday_next = t - timedelta(days=t.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=a[0])
    if rule == "last_wd":
        d = t - timedelta(days=1)
        while d.weekday() != a[0]: d -= timedelta(days=1)
        return d
    if rule == "prev_week_wd":
        return t - timedelta(days=t.weekday()) - timedelta(days=7) + timedelta(days=a[0])
    if rule == "eom": return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if rule == "eom_named":
        y = t.year if a[0] >= t.month else t.year + 1
        return date(y, a[0], calendar.monthrange(y, a[0])[1])
    if rule == "by_the":
        d = date(t.year, t.month, a[0]) if t.day <= a[0] else \
            (date(t.year + 1, 1, a[0]) if t.month == 12 else date(t.year, t.month + 1, a[0]))
        return d
    if rule == "this_week": return t - timedelta(days=t.weekday()) + timedelta(days=4)
    if rule == "iso_week": return date.fromisocalendar(t.year, a[0], 5)
    if rule == "md_past":
        d = date(t.year, a[0], a[1]); return d if d <= t else date(t.year - 1, a[0], a[1])
    if rule == "md_future":
        d = date(t.year, a[0], a[1]); return d if d >= t else date(t.year + 1, a[0], a[1])
    if rule == "explicit": return date(*a)
    raise ValueError(rule)

def parse_amount(s):
    """'4.918,20 EUR' / 'CHF 2'340.50' / 'Rs 1,42,500' / '85.400.000 d' -> Decimal."""
    t = re.sub(r"[^\d.,']", "", s.replace("\u00a0", " ").replace(" ", "")).strip(".,'")
    m = re.search(r"[.,](\d{2})$", t)
    if m:
        ip, fp = t[:m.start()], m.group(1)
    else:
        ip, fp = t, "00"
    return Decimal(re.sub(r"\D", "", ip) + "." + fp)

def text_of(msg):
    out = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if p.is_multipart():
            continue
        if ct == "message/delivery-status":
            for blk in p.get_payload():
                out.append(str(blk))
            continue
        if p.get_content_maintype() == "text":
            try:
                s = p.get_content()
            except Exception as e:  # noqa
                s = p.get_payload(decode=True).decode("utf-8", "replace")
            if ct == "text/html":
                s = html.unescape(re.sub(r"<[^>]+>", " ", s))
            out.append(s)
    return "\n".join(out)

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()

ids = [e["id"] for e in E]
if ids != [l["id"] for l in L] or ids != [a["id"] for a in A]:
    bad("*", "id order differs between files")
if ids != [f"mi{n:02d}" for n in range(1, len(ids) + 1)] or len(ids) != 80:
    bad("*", f"ids must be mi01..mi80, got {len(ids)}")

cnt, loc_cnt, inj = collections.Counter(), collections.Counter(), 0
for e, l, a in zip(E, L, A):
    i = e["id"]
    if set(e) != {"id", "eml"}: bad(i, "email keys")
    keys = [k for k in l if k != "injection"]
    if keys != FIELDS: bad(i, f"label fields {keys}")
    if "injection" in l:
        if l["injection"] is not True: bad(i, "injection must be true when present")
        inj += 1
    raw = e["eml"].encode("utf-8")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    try:
        d = parsedate_to_datetime(msg["Date"])
    except Exception as ex:
        bad(i, f"Date unparsable {ex}"); continue
    today = d.date()   # the header's own offset, never converted
    if not msg["Message-ID"]: bad(i, "no Message-ID")
    if not msg["Subject"]: bad(i, "no Subject")
    txt = text_of(msg)
    ntxt = norm(txt)
    intent = l["intent"]
    cnt[intent] += 1
    loc_cnt[a["locale"]] += 1
    if intent not in INTENTS: bad(i, "intent")
    if not l["note"].startswith(f"[{KEY.get(intent)}, {a['locale']}] "): bad(i, "note prefix")
    irt = msg["In-Reply-To"]
    to = str(msg["To"])
    if not re.search(r"collections\+HT\d{4}@ar\.hollintyre\.example", to): bad(i, "To lacks the case address")
    if intent == "delivery_failure":
        if irt: bad(i, "bounce with In-Reply-To")
    elif irt:
        m = re.fullmatch(r"<(HT\d{4})\.r\d\.\d{8}T\d{6}Z@ar\.hollintyre\.example>", irt.strip())
        if not m or m.group(1) not in to: bad(i, "In-Reply-To does not point to the case reminder")
    if intent == "out_of_office" and not (msg["Auto-Submitted"] or msg["X-Autoreply"] or msg["X-Autorespond"]):
        bad(i, "out_of_office without an automatic-reply header")
    # formats
    for f in ("promised_date", "paid_date", "return_date"):
        v = l[f]
        if v is not None:
            try: date.fromisoformat(v)
            except Exception: bad(i, f"{f} not ISO")
    am = l["promised_amount"]
    if am is not None and not re.fullmatch(r"\d+\.\d{2}", am): bad(i, "amount format")
    if (am is None) != (l["currency"] is None): bad(i, "currency must be null exactly when amount is null")
    if l["currency"] is not None and l["currency"] not in CURR: bad(i, "currency code")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: bad(i, "dispute_reason")
    if intent == "dispute" and l["dispute_reason"] is None: bad(i, "dispute without reason")
    if l["dispute_reason"] and intent not in ("dispute", "legal_or_insolvency"): bad(i, "reason on lower intent")
    nce = l["new_contact_email"]
    if nce is not None:
        if not re.fullmatch(r"[\w.+-]+@[\w.-]+\.example", nce): bad(i, "contact email format")
        if nce.lower() not in txt.lower(): bad(i, f"contact {nce} not in text")
    ref = l["payment_reference"]
    if ref is not None and norm(ref) not in ntxt: bad(i, f"reference {ref} not in text")
    inv = l["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv): bad(i, "invoice list")
    for n in inv:
        if not re.fullmatch(r"INV-\d{5}", n): bad(i, f"invoice format {n}")
        elif n[4:] not in txt: bad(i, f"invoice {n} not in text")
    # dates recomputed from the Date header
    covered = set()
    for dc in a["dates"]:
        f = dc["field"]; covered.add(f)
        if norm(dc["phrase"]).lower() not in ntxt.lower(): bad(i, f"date phrase {dc['phrase']!r} not in text")
        want = resolve(today, dc["rule"], *dc["args"]).isoformat()
        if l[f] != want: bad(i, f"{f}={l[f]} but {dc['rule']}{tuple(dc['args'])} from {today} gives {want}")
    for f in ("promised_date", "paid_date", "return_date"):
        if l[f] is not None and f not in covered: bad(i, f"{f} has no recorded derivation")
    # amounts as written
    if am is not None:
        at = a["amount_text"]
        if not at or norm(at) not in ntxt: bad(i, f"amount text {at!r} not in text")
        elif parse_amount(at) != Decimal(am): bad(i, f"amount text {at!r} parses to {parse_amount(at)} not {am}")
    for s in a["sums"]:
        for x in s["parts"] + [s["total"]]:
            if norm(x) not in ntxt: bad(i, f"sum part {x!r} not in text")
        if sum(parse_amount(x) for x in s["parts"]) != parse_amount(s["total"]): bad(i, f"sum mismatch {s}")

if not 5 <= inj <= 8: bad("*", f"{inj} injection items")
print("intents:", dict(cnt))
print("locales:", dict(sorted(loc_cnt.items())))
print("injection:", inj)
if P:
    print("\n".join(P)); print(f"FAIL: {len(P)} problem(s)"); sys.exit(1)
print("OK: all", len(E), "labels verified")
