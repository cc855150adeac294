"""Re-verify every label of the nd triage set from the generated data. Exit 1 on any problem."""
import json, re, sys, email, email.policy, calendar
from datetime import date, timedelta
sys.path.insert(0, ".")

def resolve(rule, today):
    k = rule[0]
    if k == "abs": return date.fromisoformat(rule[1])
    if k == "plus": return today + timedelta(rule[1])
    if k == "wd": return today + timedelta((rule[1] - today.weekday()) % 7)
    if k == "next_wd": return today + timedelta(7 - today.weekday() + rule[1])
    if k == "prev_wd":
        d = (today.weekday() - rule[1]) % 7; return today - timedelta(d if d else 7)
    if k == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "eom_named":
        y = today.year + (1 if rule[1] < today.month else 0); return date(y, rule[1], calendar.monthrange(y, rule[1])[1])
    if k == "by_day":
        if today.day <= rule[1]: return today.replace(day=rule[1])
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1); return date(y, m, rule[1])
    if k == "next_month_day":
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1); return date(y, m, rule[1])
    if k == "this_week": return today + timedelta(4 - today.weekday())
    if k == "kw": return date.fromisocalendar(today.year, rule[1], 5)
    if k == "first_week":
        y = today.year + (1 if rule[1] < today.month else 0); return date(y, rule[1], 7)
    if k == "dm_future":
        c = date(today.year, rule[2], rule[1]); return c if c >= today else date(today.year + 1, rule[2], rule[1])
    if k == "dm_past":
        c = date(today.year, rule[2], rule[1]); return c if c <= today else date(today.year - 1, rule[2], rule[1])
    raise ValueError(rule)

INTENTS = {"promise_to_pay","paid_claim","dispute","document_request","billing_update","wrong_contact","out_of_office",
           "payment_plan_request","legal_or_insolvency","delivery_failure","acknowledgement","other"}
REASONS = {None,"pricing","quantity","quality","not_received","duplicate","missing_po","cancelled","other"}
KEYS = {"id","intent","promised_date","promised_amount","currency","paid_date","payment_reference","dispute_reason",
        "new_contact_email","return_date","invoice_numbers","note"}
KEYMAP = {"P":"promise_to_pay","D":"paid_claim","X":"dispute","Q":"document_request","B":"billing_update","W":"wrong_contact",
          "O":"out_of_office","L":"payment_plan_request","G":"legal_or_insolvency","F":"delivery_failure","A":"acknowledgement","Z":"other"}

def text_of(msg, raw):
    parts = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            try: parts.append(p.get_content())
            except Exception as e: parts.append("")
    parts.append(str(msg.get("Subject", "")))
    return "\n".join(parts) + "\n" + raw

def digits(s): return re.sub(r"\D", "", s)

errs = []
E = [json.loads(l) for l in open("emails.jsonl", encoding="utf-8")]
L = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
C = [json.loads(l) for l in open("checkinfo.jsonl", encoding="utf-8")]
if not (len(E) == len(L) == len(C) == 80): errs.append("need 80 lines each")
for n, (e, l, c) in enumerate(zip(E, L, C)):
    iid = "nd%02d" % (n + 1)
    def bad(m): errs.append(f"{iid}: {m}")
    if not (e["id"] == l["id"] == c["id"] == iid): bad("id mismatch")
    extra = set(l) - KEYS - {"injection"}
    if set(l) - {"injection"} != KEYS: bad(f"keys {sorted(set(l) ^ KEYS)}")
    if "injection" in l and l["injection"] is not True: bad("injection must be true")
    if l["intent"] not in INTENTS: bad("intent")
    if KEYMAP[c["key"]] != l["intent"]: bad("key/intent mismatch")
    if not l["note"].startswith("[%s, %s]" % (c["key"], c["loc"])): bad("note prefix")
    if l["dispute_reason"] not in REASONS: bad("reason")
    if (l["dispute_reason"] is not None) and l["intent"] not in ("dispute", "legal_or_insolvency"): bad("reason on non-dispute")
    for f in ("promised_date", "paid_date", "return_date"):
        v = l[f]
        if v is not None:
            try: date.fromisoformat(v)
            except Exception: bad(f"{f} not ISO")
            if f not in c["rules"]: bad(f"{f} has no rule")
    msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    dt = msg["Date"].datetime
    today = dt.date()  # header's own offset (naive for -0000)
    txt = text_of(msg, e["eml"])
    for f, (rule, phrase) in c["rules"].items():
        got = resolve(rule, today).isoformat()
        if got != l[f]: bad(f"{f} {l[f]} != recomputed {got}")
        if phrase not in txt: bad(f"phrase {phrase!r} not in text")
    a, cur = l["promised_amount"], l["currency"]
    if (a is None) != (cur is None): bad("amount/currency nullness")
    if a is not None:
        if not re.fullmatch(r"\d+\.\d\d", a): bad("amount format")
        if not re.fullmatch(r"[A-Z]{3}", cur): bad("currency format")
        raw = c["amt"]
        if raw not in txt: bad(f"amount text {raw!r} not in text")
        dr = digits(raw); da = digits(a)
        if not (dr == da or dr + "00" == da): bad(f"amount {a} vs {raw}")
    elif c["amt"]: bad("amount text but null amount")
    if l["payment_reference"] and l["payment_reference"] not in txt: bad("reference not in text")
    if l["new_contact_email"] and l["new_contact_email"] not in txt: bad("contact not in text")
    if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]): bad("invoice list")
    for inv in l["invoice_numbers"]:
        if not re.fullmatch(r"INV-\d{4}", inv): bad("invoice format")
        if inv[4:] not in txt: bad(f"{inv} not in message")
    if l["intent"] == "out_of_office" and not (msg.get("Auto-Submitted") or msg.get("X-Autoreply")): bad("ooo without auto header")
    if l["intent"] == "delivery_failure" and msg.get("In-Reply-To"): bad("bounce with In-Reply-To")
    if l["intent"] not in ("delivery_failure",) and not msg.get("Date"): bad("no Date")
inj = sum(1 for l in L if l.get("injection"))
if not 4 <= inj <= 8: errs.append(f"injection count {inj}")
for x in errs: print("FAIL", x)
print("checked", len(L), "labels;", "OK" if not errs else f"{len(errs)} problems")
sys.exit(1 if errs else 0)
