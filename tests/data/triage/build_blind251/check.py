#!/usr/bin/env python3
"""Re-verify every label of the cw triage set from the generated data. Exit 1 on any problem."""
import calendar, email, email.policy, json, os, re, sys
from collections import Counter
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
P = []
def bad(i, msg): P.append(f"{i}: {msg}")

def rows(fn): return [json.loads(l) for l in open(os.path.join(HERE, fn), encoding="utf-8")]
E, L, D = rows("emails.jsonl"), rows("labels.jsonl"), rows("derivations.jsonl")

INTENTS = {"promise_to_pay": "P", "paid_claim": "A", "dispute": "D", "document_request": "R", "billing_update": "B",
           "wrong_contact": "W", "out_of_office": "O", "payment_plan_request": "N", "legal_or_insolvency": "G",
           "delivery_failure": "F", "acknowledgement": "K", "other": "X"}
TARGET = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
          "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
          "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
LOCALES = {"en-GB", "en-US", "en-KE", "es-CO", "fr-FR", "de-DE", "pt-BR", "it-IT", "nl-NL", "sv-SE", "pl-PL",
           "cs-CZ", "ja-JP", "ko-KR", "zh-TW", "ar-EG", "tr-TR", "id-ID"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
DATEF = ["promised_date", "paid_date", "return_date"]

def resolve(rule, a, t):
    if rule == "abs": return date.fromisoformat(a[0])
    if rule == "plus": return t + timedelta(a[0])
    if rule == "this_wd": return t + timedelta((a[0] - t.weekday()) % 7)
    if rule == "next_wd": return t - timedelta(t.weekday()) + timedelta(7 + a[0])
    if rule == "prev_wd":
        d = t - timedelta(1)
        while d.weekday() != a[0]: d -= timedelta(1)
        return d
    if rule == "eom": return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if rule == "eom_named":
        y = t.year + (a[0] < t.month); return date(y, a[0], calendar.monthrange(y, a[0])[1])
    if rule == "by_the":
        d = t.replace(day=a[0])
        if d < t: d = (t.replace(day=1) + timedelta(32)).replace(day=a[0])
        return d
    if rule == "this_week": return t - timedelta(t.weekday()) + timedelta(4)
    if rule == "kw": return date.fromisocalendar(t.year, a[0], 5)
    if rule == "first_week": y = t.year + (a[0] < t.month); return date(y, a[0], 7)
    if rule == "dm_future":
        d = date(t.year, a[1], a[0]); return d if d >= t else date(t.year + 1, a[1], a[0])
    if rule == "dm_past":
        d = date(t.year, a[1], a[0]); return d if d <= t else date(t.year - 1, a[1], a[0])
    raise ValueError(rule)

def all_text(m):
    out = [str(m.get("Subject", ""))]
    for part in m.walk():
        ct = part.get_content_type()
        if ct.startswith("text/") and not part.is_multipart():
            try: out.append(part.get_content())
            except Exception as e: out.append(part.get_payload(decode=True).decode("utf-8", "replace"))
        elif ct == "message/rfc822":
            for sub in part.iter_parts() if part.is_multipart() else [part.get_payload()[0]]:
                out.append(str(sub.get("Subject", ""))); out.append(all_text(sub))
        elif ct == "message/delivery-status":
            out.append(str(part))
    import html as H
    return H.unescape("\n".join(out))

def digits(s): return re.sub(r"\D", "", s)

if not (len(E) == len(L) == len(D) == 80): bad("-", f"counts {len(E)} {len(L)} {len(D)}")
ids = [f"cw{i:02d}" for i in range(1, 81)]
if [e["id"] for e in E] != ids or [l["id"] for l in L] != ids or [d["id"] for d in D] != ids:
    bad("-", "ids not cw01..cw80 in the same order in all files")

cnt, loc_cnt, inj = Counter(), Counter(), 0
for e, l, d in zip(E, L, D):
    i = e["id"]
    ks = list(l.keys())
    extra = [k for k in ks if k not in KEYS]
    if [k for k in ks if k in KEYS] != KEYS or extra not in ([], ["injection"]): bad(i, f"label keys {ks}")
    if "injection" in l:
        if l["injection"] is not True: bad(i, "injection must be true when present")
        inj += 1
    if l["intent"] not in INTENTS: bad(i, "intent"); continue
    cnt[l["intent"]] += 1
    mm = re.match(r"^\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] \S", l["note"])
    if not mm or mm.group(1) != INTENTS[l["intent"]] or mm.group(2) not in LOCALES: bad(i, "note prefix"); continue
    loc_cnt[mm.group(2)] += 1
    raw = e["eml"].encode("utf-8")
    try:
        m = email.message_from_bytes(raw, policy=email.policy.default)
        text = all_text(m)
    except Exception as ex:
        bad(i, f"parse {ex!r}"); continue
    if m.defects: bad(i, f"defects {m.defects}")
    for h in ("Date", "From", "To", "Subject", "Message-ID"):
        if not m.get(h): bad(i, f"missing {h}")
    dt = parsedate_to_datetime(m["Date"])
    today = dt.date()
    if l["intent"] == "delivery_failure":
        if m.get_content_type() != "multipart/report" and "MAILER-DAEMON" not in str(m["From"]).upper(): bad(i, "bounce form")
        if m.get("In-Reply-To"): bad(i, "bounce with In-Reply-To")
    else:
        if dt.tzinfo is None: bad(i, "Date without zone")
        irt = str(m.get("In-Reply-To", ""))
        if not re.match(r"<KH\d+\.r1\.\d{8}T\d{6}Z@ar\.kestrelhill\.example>$", irt) or str(m.get("References")) != irt:
            bad(i, "threading headers")
        case = irt[1:].split(".")[0]
        if f"collections+{case}@" not in str(m["To"]): bad(i, "case id not in To")
        if not re.match(r"^(Re|RE|AW|SV|Odp|R|RES|YNT|Balas|回覆|RE ?|Réponse automatique ?|Automatische Antwort|Autosvar|Otomatik yanıt|自動応答):",
                        str(m["Subject"])): bad(i, f"subject prefix {m['Subject'][:30]}")
    if l["intent"] == "out_of_office" and not (m.get("Auto-Submitted") or m.get("X-Autoreply")): bad(i, "OOO without auto header")
    # field formats
    for f in DATEF:
        v = l[f]
        if v is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", v): bad(i, f"{f} format")
    a = l["promised_amount"]
    if a is not None and not re.match(r"^\d+\.\d{2}$", a): bad(i, "amount format")
    if (a is None) != (l["currency"] is None): bad(i, "currency/amount null mismatch")
    if l["currency"] is not None and not re.match(r"^[A-Z]{3}$", l["currency"]): bad(i, "currency")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: bad(i, "dispute_reason")
    if l["intent"] == "dispute" and l["dispute_reason"] is None: bad(i, "dispute without reason")
    if l["intent"] in ("out_of_office",) and l["promised_date"]: bad(i, "ooo promise")
    if l["return_date"] and l["intent"] != "out_of_office": bad(i, "return_date outside OOO")
    nce = l["new_contact_email"]
    if nce is not None and (not re.match(r"^[\w.+-]+@[\w.-]+\.example$", nce) or nce not in text): bad(i, "new_contact_email")
    # invoice numbers
    inv = l["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv): bad(i, "invoice_numbers list")
    for n in inv:
        if not re.match(r"^INV-\d{4}$", n) or not re.search(r"(?<!\d)" + n[4:] + r"(?!\d)", text): bad(i, f"invoice {n} not in text")
    # derivations
    derived = {x["field"] for x in d["derivations"]}
    for f in ("promised_date", "paid_date", "return_date", "promised_amount", "payment_reference", "new_contact_email"):
        if l[f] is not None and f not in derived: bad(i, f"{f} has no derivation")
    for x in d["derivations"]:
        f = x["field"]
        if x["phrase"] not in text: bad(i, f"phrase {x['phrase']!r} not in text")
        if l[f] != x["value"]: bad(i, f"{f} label {l[f]} != derivation {x['value']}")
        if f in DATEF:
            if x["rule"] == "text": bad(i, f"{f} without date rule"); continue
            got = resolve(x["rule"], x["args"], today).isoformat()
            if got != l[f]: bad(i, f"{f}: recomputed {got} from {m['Date']} != {l[f]}")
            if x["rule"] == "abs":
                dd = date.fromisoformat(l[f])
                # the explicit date must be written in the phrase in some form (day number present)
                if str(dd.day) not in x["phrase"] and f"{dd.day:02d}" not in x["phrase"] and not (dd.day == 1 and "1er" in x["phrase"]):
                    bad(i, f"{f} abs phrase lacks the day")
        if f == "promised_amount":
            w, v = digits(x["phrase"]), digits(l[f])
            if not (w == v or w + "00" == v): bad(i, f"amount {l[f]} vs written {x['phrase']!r}")
        if f == "payment_reference" and l[f] not in text: bad(i, "payment_reference not in text")

for k, n in TARGET.items():
    if cnt[k] != n: bad("-", f"count {k} {cnt[k]} != {n}")
if set(loc_cnt) != LOCALES: bad("-", f"locales missing {LOCALES - set(loc_cnt)}")
if not 5 <= inj <= 8: bad("-", f"injection count {inj}")

if P:
    print("\n".join(P)); print(f"FAIL: {len(P)} problem(s)"); sys.exit(1)
print(f"OK: 80 items; intents {dict(cnt)}; injections {inj}; locales {dict(sorted(loc_cnt.items()))}")
