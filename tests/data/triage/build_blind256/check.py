#!/usr/bin/env python3
"""Re-verify every label of the gw triage set from the generated data. Exit 1 on any problem."""
import calendar, collections, html, email, email.policy, json, os, re, sys
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date"]
KEYS = ["id", "intent"] + FIELDS + ["invoice_numbers", "note"]
INTENTS = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "M": "document_request", "B": "billing_update",
           "W": "wrong_contact", "O": "out_of_office", "N": "payment_plan_request", "L": "legal_or_insolvency",
           "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
WANT = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6,
        "wrong_contact": 5, "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4,
        "delivery_failure": 5, "acknowledgement": 4, "other": 4}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
LOCALES = ["en-CA", "en-AU", "en-SG", "es-ES", "es-AR", "fr-CH", "de-DE", "pt-BR", "it-IT", "nl-BE", "sv-SE",
           "nb-NO", "pl-PL", "cs-CZ", "sl-SI", "lt-LT", "uk-UA", "ja-JP", "th-TH", "fil-PH"]
errors = []

def err(i, msg):
    errors.append(f"{i}: {msg}")

def local_today(m):
    raw = str(m["Date"]).strip()
    mm = re.search(r"(\d{1,2}) (\w{3}) (\d{4})", raw)
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].index(mm.group(2)) + 1
    return date(int(mm.group(3)), mon, int(mm.group(1)))   # calendar date in the header's own offset

def rule_date(rule, t):
    if rule.startswith("explicit:"):
        return date.fromisoformat(rule[9:])
    if rule == "tomorrow": return t + timedelta(days=1)
    if rule == "yesterday": return t - timedelta(days=1)
    if re.fullmatch(r"[+-]\d+", rule): return t + timedelta(days=int(rule))
    if rule == "eom": return t.replace(day=calendar.monthrange(t.year, t.month)[1])
    if rule.startswith("this:"):
        d = t
        while d.weekday() != int(rule[5:]): d += timedelta(days=1)
        return d
    if rule.startswith("next:"):
        monday_next = t - timedelta(days=t.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=int(rule[5:]))
    if rule.startswith("by:"):
        d = t
        while d.day != int(rule[3:]): d += timedelta(days=1)
        return d
    if rule == "week": return t - timedelta(days=t.weekday()) + timedelta(days=4)
    if rule.startswith("kw:"):
        jan4 = date(t.year, 1, 4)
        return jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=int(rule[3:]) - 1, days=4)
    raise ValueError(rule)

def texts(m):
    out = [str(m.get("Subject", ""))]
    for p in m.walk():
        ct = p.get_content_type()
        if p.get_content_maintype() == "text":
            try:
                out.append(p.get_content())
            except Exception as e:
                out.append(p.get_payload())
        elif ct == "message/rfc822":
            inner = p.get_payload()[0] if isinstance(p.get_payload(), list) else p.get_payload()
            out.append(str(inner.get("Subject", "")))
    return "\n".join(out)

def amount_forms(a):
    ip, fp = a.split(".")
    n = int(ip)
    grp = lambda sep: f"{n:,}".replace(",", sep)
    forms = set()
    for sep in [",", ".", " ", "\u00a0", "\u202f", "'", "\u2019", ""]:
        for dec in [".", ","]:
            if sep == dec: continue
            forms.add(grp(sep) + dec + fp)
        if fp == "00":
            forms.add(grp(sep))
    return forms

def main():
    E = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
    L = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(E) != 80 or len(L) != 80: err("-", f"expected 80/80 lines, got {len(E)}/{len(L)}")
    ids = [f"gw{i:02d}" for i in range(1, 81)]
    if [e["id"] for e in E] != ids or [l["id"] for l in L] != ids: err("-", "ids not gw01..gw80 in order")
    cnt, loc_cnt, inj = collections.Counter(), collections.Counter(), 0
    for e, l in zip(E, L):
        i = l["id"]
        if set(e) != {"id", "eml"}: err(i, "email keys")
        extra = set(l) - set(KEYS)
        if set(KEYS) - set(l) or extra - {"injection"}: err(i, f"label keys {sorted(l)}")
        if "injection" in l:
            if l["injection"] is not True: err(i, "injection must be true"); 
            inj += 1
        mm = re.match(r"\[([A-Z]), ([a-z]{2,3}-[A-Z]{2})\] ", l["note"])
        if not mm: err(i, "note prefix"); continue
        k, loc = mm.groups()
        loc_cnt[loc] += 1
        if INTENTS.get(k) != l["intent"]: err(i, f"note key {k} vs intent {l['intent']}")
        cnt[l["intent"]] += 1
        m = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
        for h in ("Date", "From", "Subject"):
            if m[h] is None: err(i, f"missing {h}")
        if l["intent"] != "delivery_failure":
            if not m["In-Reply-To"] or not m["References"] or not m["Message-ID"]: err(i, "threading headers")
        else:
            if m["In-Reply-To"]: err(i, "bounce with In-Reply-To")
        if l["intent"] == "out_of_office" and not (m["Auto-Submitted"] or m["X-Autoreply"]):
            err(i, "auto-reply without Auto-Submitted/X-Autoreply")
        txt = texts(m)
        full = txt + "\n" + e["eml"]
        # formats
        for f in ("promised_date", "paid_date", "return_date"):
            v = l[f]
            if v is not None:
                try: date.fromisoformat(v)
                except Exception: err(i, f"{f} not ISO: {v}")
        a = l["promised_amount"]
        if a is not None:
            if not re.fullmatch(r"\d+\.\d{2}", a): err(i, f"amount format {a}")
            elif not any(f in txt for f in amount_forms(a)): err(i, f"amount {a} not in text")
        if (a is None) != (l["currency"] is None): err(i, "currency null iff amount null")
        if l["currency"] is not None and (not re.fullmatch(r"[A-Z]{3}", l["currency"]) or l["currency"] not in full):
            err(i, f"currency {l['currency']} not in thread")
        if l["payment_reference"] is not None and l["payment_reference"] not in txt: err(i, "payment_reference not in text")
        nce = l["new_contact_email"]
        if nce is not None and (not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)*\.example", nce) or nce not in txt):
            err(i, f"new_contact_email {nce}")
        dr = l["dispute_reason"]
        if l["intent"] == "dispute" and dr not in REASONS: err(i, f"dispute_reason {dr}")
        if l["intent"] != "dispute" and dr is not None: err(i, "dispute_reason on non-dispute")
        if l["intent"] == "out_of_office" and l["promised_date"]: err(i, "ooo with promise")
        if l["intent"] == "paid_claim" and l["promised_date"]: err(i, "paid_claim with promised_date")
        if l["intent"] in ("promise_to_pay",) and l["paid_date"]: err(i, "promise with paid_date")
        if not isinstance(l["invoice_numbers"], list): err(i, "invoice_numbers not list")
        if len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]): err(i, "duplicate invoice numbers")
        for n in l["invoice_numbers"]:
            if not re.fullmatch(r"INV-\d{4}", n) or n not in txt: err(i, f"invoice {n} not in text")
        # dates recomputed
        dm = re.search(r"\{dates: ([^}]*)\}", l["note"])
        rules = dict(x.split("=", 1) for x in dm.group(1).split("; ")) if dm else {}
        today = local_today(m)
        for f in ("promised_date", "paid_date", "return_date"):
            if l[f] is None:
                if f in rules: err(i, f"rule for null {f}")
                continue
            if f not in rules: err(i, f"{f} has no rule in note"); continue
            want = rule_date(rules[f], today).isoformat()
            if want != l[f]: err(i, f"{f} {l[f]} != recomputed {want}")
            if rules[f].startswith("explicit:"):
                d = date.fromisoformat(l[f])
                if not re.search(r"(?<!\d)0?%d(?!\d)" % d.day, txt): err(i, f"explicit day {d.day} not in text")
            if f == "paid_date" and l[f] > today.isoformat(): err(i, "paid_date in the future")
            if f in ("promised_date", "return_date") and l[f] < today.isoformat(): err(i, f"{f} in the past")
        # reminder sums
        plain = re.sub(r"(?m)^>+ ?", "", html.unescape(re.sub(r"<br>\n?|</div>", "\n", txt.replace("\r", ""))))
        blocks = list(re.finditer(r"((?: *INV-\d{4}\s+\d{4}-\d\d-\d\d\s+[A-Z]{3} [\d,]+\.\d\d\n+)+)\s*Total overdue: [A-Z]{3} ([\d,]+\.\d\d)", plain))
        if "Total overdue" in plain and not blocks: err(i, "reminder table not parsed")
        for block in blocks:
            amts = re.findall(r"[A-Z]{3} ([\d,]+\.\d\d)", block.group(1))
            tot = sum(round(float(x.replace(",", "")) * 100) for x in amts)
            if tot != round(float(block.group(2).replace(",", "")) * 100): err(i, "reminder total does not add up")
    for k, v in WANT.items():
        if cnt[k] != v: err("-", f"intent {k}: {cnt[k]} != {v}")
    for loc in LOCALES:
        if loc_cnt[loc] != 4: err("-", f"locale {loc}: {loc_cnt[loc]}")
    if not 5 <= inj <= 8: err("-", f"injection count {inj}")
    if errors:
        print("\n".join(errors)); print(f"FAILED: {len(errors)} problem(s)"); sys.exit(1)
    print(f"OK: 80 emails, 80 labels; intents {dict(cnt)}; injections {inj}")

if __name__ == "__main__":
    main()
