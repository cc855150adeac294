#!/usr/bin/env python3
"""Re-verify every label of the ps triage set from the generated data. Exit 1 on any problem."""
import json, re, sys, os, calendar, email, email.policy, html
from collections import Counter
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

D = os.path.dirname(os.path.abspath(__file__))
def load(n): return [json.loads(l) for l in open(os.path.join(D, n), encoding="utf-8")]
E, L, M = load("emails.jsonl"), load("labels.jsonl"), load("meta.jsonl")
errs = []
def bad(i, msg): errs.append(f"{i}: {msg}")

INTENT = {"A": "promise_to_pay", "B": "paid_claim", "C": "dispute", "D": "document_request",
          "E": "billing_update", "F": "wrong_contact", "G": "out_of_office", "H": "payment_plan_request",
          "I": "legal_or_insolvency", "J": "delivery_failure", "K": "acknowledgement", "L": "other"}
TARGET = {"A": 12, "B": 12, "C": 10, "D": 6, "E": 6, "F": 5, "G": 6, "H": 6, "I": 4, "J": 5, "K": 4, "L": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
CURS = {"USD", "ZAR", "COP", "EUR", "BRL", "DKK", "CZK", "HUF", "RON", "IDR", "MYR", "TWD"}

def resolve(today, rule, arg=None):
    if rule == "plus": return today + timedelta(days=arg)
    if rule == "this_wd": return today + timedelta((arg - today.weekday()) % 7)
    if rule == "next_wd": return today + timedelta(7 - today.weekday() + arg)
    if rule == "last_wd":
        d = (today.weekday() - arg) % 7
        return today - timedelta(d if d else 7)
    if rule == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "eom_named":
        y = today.year if arg >= today.month else today.year + 1
        return date(y, arg, calendar.monthrange(y, arg)[1])
    if rule == "by_day":
        if today.day <= arg: return today.replace(day=arg)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, arg)
    if rule == "this_week": return today + timedelta(4 - today.weekday())
    if rule == "week_no": return date.fromisocalendar(today.year, arg, 5)
    if rule == "explicit": return date.fromisoformat(arg)
    raise ValueError(rule)

def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    if not msg.is_multipart() and msg.get_content_maintype() != "text" and msg.get_content_type() != "message/rfc822":
        pass
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct.startswith("text/"):
            try:
                t = part.get_content()
            except Exception as e:  # noqa
                t = part.get_payload(decode=True).decode("utf-8", "replace")
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif ct in ("message/delivery-status",):
            out.append(str(part.get_payload()))
        elif ct == "message/rfc822":
            for sub in part.get_payload():
                out.append(all_text(sub))
    return "\n".join(out)

def norm_amount(s):
    s = re.sub(r"[^\d.,]", "", s).strip(".,")
    m = re.search(r"[.,](\d{2})$", s)
    if m:
        return re.sub(r"[.,]", "", s[:-3]) + "." + m.group(1)
    return re.sub(r"[.,]", "", s) + ".00"

if not (len(E) == len(L) == len(M) == 80):
    bad("-", f"counts {len(E)} {len(L)} {len(M)}")
ids = [f"ps{i:02d}" for i in range(1, 81)]
if [e["id"] for e in E] != ids or [l["id"] for l in L] != ids or [m["id"] for m in M] != ids:
    bad("-", "ids not ps01..ps80 in the same order in all files")

keyc, locc, inj, nblocks = Counter(), Counter(), 0, 0
for e, lab, m in zip(E, L, M):
    i = e["id"]
    if set(e) != {"id", "eml"}: bad(i, "email keys")
    extra = set(lab) - set(KEYS)
    if [k for k in lab if k in KEYS] != KEYS or extra - {"injection"}: bad(i, f"label keys {list(lab)}")
    if "injection" in lab:
        if lab["injection"] is not True: bad(i, "injection must be true")
        inj += 1
    key, loc = m["key"], m["locale"]
    keyc[key] += 1; locc[loc] += 1
    if lab["intent"] != INTENT[key]: bad(i, "intent/key mismatch")
    if not lab["note"].startswith(f"[{key}, {loc}] "): bad(i, "note prefix")
    for f in ("promised_date", "paid_date", "return_date"):
        v = lab[f]
        if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v): bad(i, f"{f} format")
    if lab["promised_amount"] is not None:
        if not re.fullmatch(r"\d+\.\d{2}", lab["promised_amount"]): bad(i, "amount format")
        if lab["currency"] not in CURS: bad(i, "currency")
    elif lab["currency"] is not None: bad(i, "currency without amount")
    if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS: bad(i, "reason")
    if (lab["dispute_reason"] is not None) != (lab["intent"] == "dispute"): bad(i, "dispute_reason only on disputes here")
    inv = lab["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv) or any(not re.fullmatch(r"INV-\d{4}", x) for x in inv):
        bad(i, "invoice_numbers format")

    raw = e["eml"].encode("utf-8")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for hname in ("Date", "From", "To", "Subject", "Message-ID"):
        if not msg.get(hname): bad(i, f"missing {hname}")
    dt = parsedate_to_datetime(str(msg["Date"]))
    today = dt.date()  # calendar date in the header's own offset
    text = all_text(msg)
    flat = re.sub(r"\s+", " ", text).casefold()
    kind = m["kind"]
    if key == "J":
        if msg.get("In-Reply-To"): bad(i, "bounce with In-Reply-To")
        if not (msg.get_content_type() == "multipart/report" or "qmail-send" in text): bad(i, "bounce shape")
    else:
        if not msg.get("In-Reply-To") or not msg.get("References"): bad(i, "reply without threading headers")
    if key == "G" and not (msg.get("Auto-Submitted") or msg.get("X-Autoreply")): bad(i, "auto-reply header")
    if key != "G" and key != "J" and msg.get("Auto-Submitted"): bad(i, "human reply marked automatic")
    # dates
    derived = set()
    for fld, phrase, rule, arg in m["derivs"]:
        derived.add(fld)
        if re.sub(r"\s+", " ", phrase).casefold() not in flat: bad(i, f"phrase not in text: {phrase!r}")
        want = resolve(today, rule, arg).isoformat()
        if lab[fld] != want: bad(i, f"{fld} {lab[fld]} != {want} ({phrase!r} from {today})")
    for f in ("promised_date", "paid_date", "return_date"):
        if lab[f] is not None and f not in derived: bad(i, f"{f} without a derivation")
    # amounts
    if lab["promised_amount"] is not None:
        at = m["amount_text"]
        if not at or re.sub(r"\s+", " ", at).casefold() not in flat: bad(i, f"amount text missing {at!r}")
        elif norm_amount(at) != lab["promised_amount"]: bad(i, f"amount {at!r} -> {norm_amount(at)} != {lab['promised_amount']}")
    for f in ("payment_reference", "new_contact_email"):
        if lab[f] is not None and lab[f].casefold() not in flat: bad(i, f"{f} not in text")
    for n in inv:
        if n[4:] not in text: bad(i, f"{n} not in text")
    # every INV- number in the quoted/returned reminder table adds up to its total
    unq = re.sub(r"(?m)^>[ ]?", "", text)
    for block in re.findall(r"Invoice\s+Open amount\n(.*?)\n\s*Total open: ([A-Z]{3}) ([\d,]+\.\d{2})", unq, re.S):
        rows, cur, tot = block
        s = sum(float(x.replace(",", "")) for x in re.findall(r"INV-\d{4}\s+[A-Z]{3} ([\d,]+\.\d{2})", rows))
        if abs(s - float(tot.replace(",", ""))) > 0.005: bad(i, "reminder total does not add up")
        if lab["currency"] and lab["currency"] != cur: bad(i, f"currency {lab['currency']} != reminder {cur}")
        nblocks += 1

for k, n in TARGET.items():
    if keyc[k] != n: bad("-", f"intent group {k}: {keyc[k]} != {n}")
if locc["en-US"] + locc["en-ZA"] > 20: bad("-", "too much English")
if len(locc) != 15: bad("-", f"locales {len(locc)}")
if inj < 5: bad("-", "too few injection items")
if nblocks < 60: bad("-", f"only {nblocks} reminder tables verified")

if errs:
    print("\n".join(errs)); print(f"FAIL: {len(errs)} problem(s)"); sys.exit(1)
print(f"OK: 80 messages, {nblocks} reminder totals re-added, intents {dict(sorted(keyc.items()))}, locales {dict(sorted(locc.items()))}, injections {inj}")
