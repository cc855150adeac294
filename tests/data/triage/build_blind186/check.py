#!/usr/bin/env python3
"""Re-verify every label of the PV triage set from the generated emails. Exit 1 on any problem."""
import calendar, email, email.policy, html, json, os, re, sys
from collections import Counter
from datetime import date, timedelta
from email.utils import parsedate_tz

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
INTENT = dict(P="promise_to_pay", C="paid_claim", D="dispute", R="document_request", B="billing_update",
              W="wrong_contact", O="out_of_office", L="payment_plan_request", G="legal_or_insolvency",
              F="delivery_failure", A="acknowledgement", X="other")
TARGET = dict(P=12, C=12, D=10, R=6, B=6, W=5, O=6, L=6, G=4, F=5, A=4, X=4)
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
CUR = {"en-US": "USD", "en-AU": "AUD", "en-NZ": "NZD", "es-AR": "ARS", "fr-BE": "EUR", "de-DE": "EUR",
       "pt-PT": "EUR", "it-IT": "EUR", "nl-NL": "EUR", "pl-PL": "PLN", "tr-TR": "TRY", "ja-JP": "JPY",
       "vi-VN": "VND"}
AUTO_HDRS = ("Auto-Submitted", "X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress", "Precedence")

problems = []
def bad(iid, msg):
    problems.append(f"{iid}: {msg}")

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

# -------- independent re-implementation of the date rules
def resolve(today, rule, a):
    if rule == "plus":
        return today + timedelta(days=a[0])
    if rule == "this_wd":
        d = today
        while d.weekday() != a[0]:
            d += timedelta(days=1)
        return d
    if rule == "next_wd":
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=a[0])
    if rule == "past_wd":
        d = today - timedelta(days=1)
        while d.weekday() != a[0]:
            d -= timedelta(days=1)
        return d
    if rule == "eom":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "eom_named":
        y = today.year + (1 if a[0] < today.month else 0)
        return date(y, a[0], calendar.monthrange(y, a[0])[1])
    if rule == "by_day":
        d = today
        while d.day != a[0]:
            d += timedelta(days=1)
        return d
    if rule == "this_week":
        d = today
        while d.weekday() != 4:
            d += timedelta(days=1) if d.weekday() < 4 else -timedelta(days=1)
        return d
    if rule == "iso_week":
        d = date(today.year, 1, 4)
        d -= timedelta(days=d.weekday())
        return d + timedelta(weeks=a[0] - 1, days=4)
    if rule == "first_week":
        y = today.year + (1 if a[0] < today.month else 0)
        return date(y, a[0], 7)
    if rule == "dm_past":
        d = date(today.year, a[1], a[0])
        return d if d <= today else date(today.year - 1, a[1], a[0])
    if rule == "dm_future":
        d = date(today.year, a[1], a[0])
        return d if d >= today else date(today.year + 1, a[1], a[0])
    if rule == "explicit":
        return date(*a)
    raise ValueError(rule)

def norm_amount(s, loc):
    t = re.sub(r"[^\d.,]", "", s.replace("\u00a0", " ").replace("\u202f", " "))
    if loc.startswith("en") or loc == "ja-JP":
        t = t.replace(",", "")
    else:
        t = t.replace(".", "").replace(",", ".")
    t = t.strip(".")
    if loc in ("ja-JP", "vi-VN"):
        assert "." not in t, s
    return f"{float(t):.2f}" if "." in t else f"{int(t)}.00"

def ws(s):
    return re.sub(r"\s+", " ", s).strip()

def texts(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.get_content_maintype() == "text":
            try:
                t = part.get_content()
            except Exception as e:  # noqa
                raise RuntimeError(f"cannot decode {ct}: {e}")
            if "\ufffd" in t:
                raise RuntimeError(f"U+FFFD in {ct}")
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif ct in ("message/delivery-status",):
            out.append(part.as_string())
        elif ct == "message/rfc822":
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
            out.append(str(inner.get("Subject", "")))
            out.append(str(inner.get("Message-ID", "")))
        elif ct == "text/rfc822-headers":
            pass
    return ws("\n".join(out))

def main():
    E, L, V = load("emails.jsonl"), load("labels.jsonl"), load("evidence.jsonl")
    partial = "--partial" in sys.argv
    if not partial and len(E) != 80:
        bad("-", f"{len(E)} emails, expected 80")
    if not (len(E) == len(L) == len(V)):
        bad("-", "file lengths differ")
    ids = [e["id"] for e in E]
    if len(set(ids)) != len(ids):
        bad("-", "duplicate ids")
    if not partial and ids != [f"PV{i:02d}" for i in range(1, 81)]:
        bad("-", "ids are not PV01..PV80 in order")
    keys = Counter()
    locs = Counter()
    inj = 0
    for e, lab, ev in zip(E, L, V):
        iid = e["id"]
        if not (lab["id"] == iid == ev["id"]):
            bad(iid, "id mismatch across files"); continue
        if set(e) != {"id", "eml"}:
            bad(iid, "emails.jsonl keys")
        extra = set(lab) - set(FIELDS) - {"id", "note", "injection"}
        missing = set(FIELDS + ["id", "note"]) - set(lab)
        if extra or missing:
            bad(iid, f"label keys extra={extra} missing={missing}")
        if "injection" in lab:
            if lab["injection"] is not True:
                bad(iid, "injection must be true when present")
            inj += 1
        m = re.match(r"^\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] \S", lab["note"])
        if not m:
            bad(iid, "note prefix"); continue
        k, loc = m.groups()
        keys[k] += 1; locs[loc] += 1
        if k != ev["key"] or loc != ev["loc"]:
            bad(iid, "note prefix disagrees with evidence")
        if INTENT.get(k) != lab["intent"]:
            bad(iid, f"KEY {k} but intent {lab['intent']}")
        # ---- formats
        for f in ("promised_date", "paid_date", "return_date"):
            v = lab[f]
            if v is not None:
                try:
                    date.fromisoformat(v)
                    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)
                except Exception:
                    bad(iid, f"{f} not ISO: {v}")
        pa = lab["promised_amount"]
        if pa is not None and not re.fullmatch(r"\d+\.\d{2}", pa):
            bad(iid, f"amount format {pa}")
        if (pa is None) != (lab["currency"] is None):
            bad(iid, "currency must be null exactly when promised_amount is null")
        if lab["currency"] is not None and lab["currency"] != CUR[loc]:
            bad(iid, f"currency {lab['currency']} for {loc}")
        if lab["dispute_reason"] is not None and lab["dispute_reason"] not in REASONS:
            bad(iid, "dispute_reason")
        if lab["intent"] == "dispute" and lab["dispute_reason"] is None:
            bad(iid, "dispute without reason")
        inv = lab["invoice_numbers"]
        if not isinstance(inv, list) or len(set(inv)) != len(inv) or any(not re.fullmatch(r"INV-\d{4}", x) for x in inv):
            bad(iid, f"invoice_numbers {inv}")
        nce = lab["new_contact_email"]
        if nce is not None and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)*\.example", nce):
            bad(iid, f"new_contact_email {nce}")
        # ---- parse
        try:
            msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
            T = texts(msg)
        except Exception as ex:
            bad(iid, f"parse: {ex}"); continue
        if msg.defects:
            bad(iid, f"defects {msg.defects}")
        dh = msg["Date"]
        tt = parsedate_tz(str(dh)) if dh else None
        if not tt:
            bad(iid, "no/unparseable Date"); continue
        today = date(tt[0], tt[1], tt[2])
        if tt[9] is None:
            bad(iid, "Date without offset")
        if not msg["Message-ID"]:
            bad(iid, "no Message-ID")
        # ---- threading / kind markers
        case = ev["case"]
        irt = str(msg.get("In-Reply-To", "") or "")
        if ev["threaded"]:
            if irt.strip() != ev["dunning_message_id"] or ev["dunning_message_id"] not in str(msg.get("References", "")):
                bad(iid, "In-Reply-To/References do not point at the dunning email")
            if case not in str(msg.get("To", "")):
                bad(iid, "case id not in To")
        else:
            if k == "F" and irt:
                bad(iid, "bounce with In-Reply-To")
        if k == "F":
            raw = e["eml"]
            if ev["dunning_message_id"] not in raw or case not in str(msg.get("To", "")):
                bad(iid, "bounce does not carry the returned reminder / case")
        auto = [h for h in AUTO_HDRS if msg.get(h)]
        if k == "O" and not auto:
            bad(iid, "out_of_office without an auto-reply header")
        if k not in ("O", "F") and auto:
            bad(iid, f"human reply with auto header {auto}")
        # ---- dates
        dates = ev.get("dates", {})
        for f in ("promised_date", "paid_date", "return_date"):
            if (lab[f] is not None) != (f in dates):
                bad(iid, f"{f}: label/evidence presence differ")
        for f, (rule, args, phrase) in dates.items():
            got = resolve(today, rule, args).isoformat()
            if got != lab[f]:
                bad(iid, f"{f}: recomputed {got} from {today} ({rule} {args}) but label {lab[f]}")
            if ws(phrase) not in T:
                bad(iid, f"{f}: phrase {phrase!r} not in text")
        # ---- amounts, references, addresses
        if pa is not None:
            if "amt" not in ev:
                bad(iid, "amount without evidence")
            else:
                if ws(ev["amt"]) not in T:
                    bad(iid, f"amount {ev['amt']!r} not in text")
                if norm_amount(ev["amt"], loc) != pa:
                    bad(iid, f"amount {ev['amt']!r} normalises to {norm_amount(ev['amt'], loc)} not {pa}")
        elif "amt" in ev:
            bad(iid, "evidence amount but null label")
        if "sum" in ev:
            s = ev["sum"]
            tot = sum(float(norm_amount(p, loc)) for p in s["parts"])
            if abs(tot - float(norm_amount(s["total"], loc))) > 0.001:
                bad(iid, f"sum {s} does not add up")
            for p in s["parts"] + [s["total"]]:
                if ws(p) not in T:
                    bad(iid, f"sum part {p!r} not in text")
        if lab["payment_reference"] is not None:
            if ev.get("ref") != lab["payment_reference"] or ws(lab["payment_reference"]) not in T:
                bad(iid, "payment_reference not found as written")
        if nce is not None:
            if ev.get("email") != nce or nce not in T:
                bad(iid, "new_contact_email not found in text")
        for x in inv:
            if not re.search(r"(?<!\d)" + x[4:] + r"(?!\d)", T):
                bad(iid, f"{x} not in message text")
        if k in ("A", "X", "R", "B", "W", "F", "O", "G") and lab["promised_date"] and k not in ("L",):
            pass
    if not partial:
        for k, n in TARGET.items():
            if abs(keys[k] - n) > 1:
                bad("-", f"intent {k}: {keys[k]} (target {n})")
        if not (5 <= inj <= 8):
            bad("-", f"{inj} injection items")
        if len(locs) != 13:
            bad("-", f"{len(locs)} locales")
    print("per key:", dict(sorted(keys.items())))
    print("per locale:", dict(sorted(locs.items())))
    print("injections:", inj)
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK: all labels re-verified")

if __name__ == "__main__":
    main()
