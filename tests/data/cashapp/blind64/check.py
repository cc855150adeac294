#!/usr/bin/env python3
"""Re-verify every label of ledger_jp_kr_components from the generated data. Exit 1 on any problem."""
import calendar, json, os, re, sys, unicodedata
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal as D, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
LED = os.path.join(HERE, "ledger_jp_kr_components")
ERR = []


def bad(msg):
    ERR.append(msg)


def load(n):
    with open(os.path.join(LED, n), encoding="utf-8") as f:
        return json.load(f)


INV, PAY, LAB = load("invoices.json"), load("payments.json"), load("labels.json")
BYID = {i["id"]: i for i in INV}
BYNUM = {i["number"]: i for i in INV}
CUR = {"JPY", "KRW", "USD"}


def dec(s):
    try:
        if not isinstance(s, str) or not re.fullmatch(r"-?\d+(\.\d+)?", s):
            return None
        return D(s)
    except InvalidOperation:
        return None


def isodate(s):
    try:
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", s or ""):
            return None
        return date.fromisoformat(s)
    except ValueError:
        return None


def eom(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def addm(y, m, k):
    t = y * 12 + m - 1 + k
    return t // 12, t % 12 + 1


def norm(s):
    return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", s or "").upper())


def text(p):
    return " ".join(x for x in (p["payer_name"], p["reference"], p["remittance"]) if x)


def has_num(p, num):
    return norm(num) in norm(text(p))


def amount_in_text(p, a):
    t = unicodedata.normalize("NFKC", text(p)).replace(",", "")
    return f"{int(a)}" in t if a == a.to_integral_value() else f"{a:.2f}" in t


# ---------------------------------------------------------------- invoices
if not 1200 <= len(INV) <= 1800:
    bad(f"invoice count {len(INV)}")
if len(BYID) != len(INV) or len(BYNUM) != len(INV):
    bad("duplicate invoice id/number")
KEYS_I = ["id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"]
for i in INV:
    if list(i) != KEYS_I:
        bad(f"{i['id']} keys")
    t, b = dec(i["total"]), dec(i["balance"])
    if t is None or b is None or not re.fullmatch(r"\d+\.\d\d", i["balance"]) or not (0 < b <= t):
        bad(f"{i['id']} amounts")
    iss, due = isodate(i["issue_date"]), isodate(i["due_date"])
    if i["currency"] == "JPY":
        k = 2 if re.fullmatch(r"\d{6}", i["number"]) else 1
        if due != eom(*addm(iss.year, iss.month, k)) or not re.fullmatch(r"(SI-\d{4}-\d{4}|\d{6})", i["number"]):
            bad(f"{i['id']} JPY terms/number")
    elif i["currency"] == "KRW":
        if due != eom(*addm(iss.year, iss.month, 1)) or not re.fullmatch(r"KR\d{4}-\d{4}", i["number"]):
            bad(f"{i['id']} KRW terms/number")
    elif i["currency"] == "USD":
        if (due - iss).days not in (30, 60) or not re.fullmatch(r"EX\d\d/\d{5}", i["number"]):
            bad(f"{i['id']} USD terms/number")
    else:
        bad(f"{i['id']} currency")
    if i["number"][:2] in ("SI", "KR") and i["number"][2:6] != iss.strftime("%y%m") and i["number"][:2] == "KR":
        bad(f"{i['id']} KR number month")
    if i["number"].startswith("SI-") and i["number"][3:7] != iss.strftime("%y%m"):
        bad(f"{i['id']} SI number month")
CUSTS = defaultdict(set)
for i in INV:
    CUSTS[i["customer_id"]].add(i["customer_name"])
if any(len(v) != 1 for v in CUSTS.values()):
    bad("customer with two names")
CNAME = {k: next(iter(v)) for k, v in CUSTS.items()}

# ---------------------------------------------------------------- payments and labels
if not 380 <= len(PAY) <= 420:
    bad(f"payment count {len(PAY)}")
if len(LAB) != len(PAY):
    bad("label count")
KEYS_P = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
KEYS_L = ["payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason"]
bal = {i["id"]: D(i["balance"]) for i in INV}
last = None
paid_by = defaultdict(list)     # invoice id -> [(payment id, amount)]


def open_of(cid, cur, excl=()):
    return [(k, b) for k, b in bal.items() if b > 0 and BYID[k]["customer_id"] == cid
            and BYID[k]["currency"] == cur and k not in excl]


def unique_now(cid, cur, amt, excl=()):
    bs = [b for _, b in open_of(cid, cur, excl)]
    if amt in bs:
        return False
    seen = set()
    for b in bs:
        if amt - b in seen:
            return False
        seen.add(b)
    return True


for n, (p, l) in enumerate(zip(PAY, LAB)):
    pid = p["id"]
    if list(p) != KEYS_P or p["id"] != f"p-{n + 1:04d}":
        bad(f"{pid} payment keys/id")
    if l.get("payment_id") != pid or list(l)[:7] != KEYS_L:
        bad(f"{pid} label keys/order")
    sc, st = l["scenario"], l["status"]
    amt, d, cur = dec(p["amount"]), isodate(p["date"]), p["currency"]
    valid = amt is not None and amt > 0 and d is not None and cur in CUR
    if sc == "bad_row":
        if valid or "error" not in l or st != "review" or l["applications"] or l["candidates"]:
            bad(f"{pid} bad row label")
        exp_ua = amt if (amt is not None and amt > 0 and cur in CUR and d is None) or \
            (amt is not None and amt > 0 and cur not in CUR) else D(0)
        if D(l["unapplied"]) != exp_ua:
            bad(f"{pid} bad row unapplied")
        continue
    if not valid or "error" in l:
        bad(f"{pid} valid row expected")
        continue
    if not (date(2026, 9, 1) <= d <= date(2026, 11, 20)) or (last and d < last):
        bad(f"{pid} date order/window")
    last = d
    if not re.fullmatch(r"\d+\.\d\d", p["amount"]):
        bad(f"{pid} amount format")
    apps = l["applications"]
    ua = D(l["unapplied"])
    tot = sum((D(a["amount"]) for a in apps), D(0)) + ua
    if tot != amt:
        bad(f"{pid} applications + unapplied != amount")
    cids = set()
    for a in apps:
        inv = BYID.get(a["invoice_id"])
        x = D(a["amount"])
        if not inv or inv["currency"] != cur or x <= 0 or x > bal[inv["id"]]:
            bad(f"{pid} bad application {a}")
            continue
        if isodate(inv["issue_date"]) > d:
            bad(f"{pid} pays an invoice issued later")
        cids.add(inv["customer_id"])
    if len(cids) > 1:
        bad(f"{pid} applications across customers")
    cid = next(iter(cids), None)
    if p["customer_id"] and cid and p["customer_id"] != cid:
        bad(f"{pid} customer_id disagrees with applications")
    # ---- status semantics (before applying)
    if st == "applied":
        if not apps or ua != 0 or l["short_pay"] or l["candidates"]:
            bad(f"{pid} applied shape")
        for a in apps:
            if D(a["amount"]) != bal[a["invoice_id"]]:
                bad(f"{pid} applied leaves {a['invoice_id']} open")
    elif st == "partial":
        if not apps or ua != 0 or l["candidates"]:
            bad(f"{pid} partial shape")
        if not any(D(a["amount"]) < bal[a["invoice_id"]] for a in apps):
            bad(f"{pid} partial closes everything")
        sp = l["short_pay"]
        if sp:
            a = [a for a in apps if a["invoice_id"] == sp["invoice_id"]]
            if not a or bal[sp["invoice_id"]] - D(a[0]["amount"]) != D(sp["amount"]) or not sp.get("reason"):
                bad(f"{pid} short_pay does not equal what is left open")
    elif st == "unapplied":
        if ua <= 0 or l["short_pay"] or l["candidates"]:
            bad(f"{pid} unapplied shape")
    elif st == "review":
        if apps or ua != amt or l["short_pay"]:
            bad(f"{pid} review shape")
        for cs in l["candidates"]:
            if not isinstance(cs, list) or not cs or any(k not in BYID or bal[k] <= 0 for k in cs):
                bad(f"{pid} candidate {cs}")
    else:
        bad(f"{pid} status {st}")
    # ---- scenario-specific evidence
    t = text(p)
    named = [a["invoice_id"] for a in apps]
    if sc in ("exact_ref",) and l["note"] != "first payment; a duplicate follows" or sc == "exact_ref":
        inv = BYID[named[0]]
        if inv["number"] not in t or amt != bal[inv["id"]]:
            bad(f"{pid} exact_ref evidence")
    if sc in ("ref_variant", "list", "short_pay_damaged", "short_pay_price", "short_pay_return",
              "short_pay_shortage", "fee_explicit", "fee_implicit", "usd_bank_charges", "part_payment",
              "remainder", "overpayment"):
        for k in named:
            if not has_num(p, BYID[k]["number"]):
                bad(f"{pid} {sc}: {BYID[k]['number']} not in text")
    if sc == "range":
        nums = sorted(BYID[k]["number"] for k in named)
        if not has_num(p, nums[0]) or norm(nums[-1][-4:]) not in norm(t):
            bad(f"{pid} range ends not in text")
        seq = [int(x[-4:]) for x in nums]
        if seq != list(range(seq[0], seq[0] + len(seq))):
            bad(f"{pid} range not consecutive")
        inner = {x["number"] for x in INV if x["number"][:-4] == nums[0][:-4] and nums[0] <= x["number"] <= nums[-1]}
        if inner != set(nums):
            bad(f"{pid} range misses a number")
    if sc.startswith("short_pay_") or sc == "fee_explicit" or (sc == "usd_bank_charges" and p["remittance"]):
        if not amount_in_text(p, D(l["short_pay"]["amount"])):
            bad(f"{pid} deduction amount not in text")
    if sc.startswith("fee") or sc == "monthly_lump_fee":
        if D(l["short_pay"]["amount"]) not in {D(x) for x in (330, 440, 550, 660, 770, 880)}:
            bad(f"{pid} fee not a standard Zengin fee")
        if sc != "fee_implicit" and "振込手数料" not in t:
            bad(f"{pid} fee text")
    if sc == "usd_bank_charges" and ("SHA" not in t and "charges" not in t):
        bad(f"{pid} charges text")
    if sc == "part_payment" and not re.search(r"内金|一部|분할|일부|[Pp]artial|instalment", t):
        bad(f"{pid} part payment words")
    if sc in ("monthly_lump", "monthly_lump_fee"):
        invs = [BYID[k] for k in named]
        ym = {x["issue_date"][:7] for x in invs}
        if len(ym) != 1:
            bad(f"{pid} lump spans months")
        y, m = ym.pop().split("-")
        every = {x["id"] for x in INV if x["customer_id"] == cid and x["currency"] == cur and x["issue_date"][:7] == f"{y}-{m}"}
        if every != set(named):
            bad(f"{pid} lump is not the whole month")
        if (p["reference"] or p["remittance"]) and f"{int(m)}月" not in t and f"{int(m)}월" not in t:
            bad(f"{pid} lump month not in text")
        if sc == "monthly_lump_fee" and not has_num(p, BYID[l["short_pay"]["invoice_id"]]["number"]):
            bad(f"{pid} fee invoice not named")
    if sc in ("amount_only", "typo_ref", "po_lookalike") or (sc == "monthly_lump" and not (p["reference"] or p["remittance"])):
        if not unique_now(cid, cur, amt, named):
            bad(f"{pid} {sc}: amount not unique for the customer")
    if sc == "typo_ref":
        real = BYID[named[0]]["number"]
        cand = [w for w in re.findall(r"[A-Z]{0,2}-?\d[\d/-]+", t) if w not in BYNUM and len(w) == len(real)
                and sum(a != b for a, b in zip(w, real)) in (1, 2)]
        if not cand or real in t:
            bad(f"{pid} typo evidence")
    if sc == "po_lookalike":
        m = re.search(r"(?:注文番号|발주번호|PO) ([\w/-]+)", t)
        if not m or any(m.group(1) == BYID[k]["number"] for k in named) or BYID[named[0]]["number"] in t:
            bad(f"{pid} PO evidence")
    if sc in ("no_fit", "second_payment"):
        lc = l.get("_cid")
    if sc == "overpayment":
        if not has_num(p, BYID[named[0]]["number"]) or not unique_now(cid, cur, ua, named):
            bad(f"{pid} overpayment evidence")
    if sc == "second_payment":
        prev = [k for k, v in paid_by.items() for (q, x) in v if x == amt and BYID[k]["currency"] == cur
                and bal[k] == 0 and (not p["customer_id"] or BYID[k]["customer_id"] == p["customer_id"])
                and (not (p["reference"] or p["remittance"]) or has_num(p, BYID[k]["number"]))]
        if not prev:
            bad(f"{pid} second payment without a first")
        else:
            c2 = BYID[prev[0]]["customer_id"]
            if not unique_now(c2, cur, amt):
                bad(f"{pid} second payment fits an open invoice")
    if sc == "no_fit":
        c2 = p["customer_id"]
        if c2 and not unique_now(c2, cur, amt):
            bad(f"{pid} no_fit fits something")
        if p["reference"] or p["remittance"]:
            bad(f"{pid} no_fit has text")
    if sc == "unknown_payer" or sc == "unknown_payer_match":
        if p["customer_id"] or any(p["payer_name"] in (n or "") for n in CNAME.values()):
            bad(f"{pid} unknown payer looks known")
        same = [x["id"] for x in INV if x["currency"] == cur and D(x["balance"]) == amt]
        if sc == "unknown_payer" and same:
            bad(f"{pid} unknown payer amount fits {same}")
        if sc == "unknown_payer_match" and [[k] for k in same] != l["candidates"]:
            bad(f"{pid} unknown payer candidates")
    if sc == "ambiguous_twins":
        same = sorted(k for k, b in open_of(BYID[l["candidates"][0][0]]["customer_id"], cur) if b == amt)
        if sorted(c[0] for c in l["candidates"]) != same or len(same) != 2:
            bad(f"{pid} twins")
    if sc == "ambiguous_ref_vs_amount":
        a, b = l["candidates"][0][0], l["candidates"][1][0]
        if BYID[a]["number"] not in t or bal[b] != amt or bal[a] == amt:
            bad(f"{pid} ref vs amount evidence")
    if sc == "ambiguous_truncated_name":
        ks = [c[0] for c in l["candidates"]]
        cs = {BYID[k]["customer_id"] for k in ks}
        if len(cs) != 2 or any(bal[k] != amt for k in ks) or p["customer_id"] or p["reference"]:
            bad(f"{pid} truncated-name evidence")
    if sc == "ambiguous_subset":
        one, pair = l["candidates"]
        if bal[one[0]] != amt or sum(bal[k] for k in pair) != amt or len(pair) != 2:
            bad(f"{pid} subset evidence")
    if sc == "currency_mismatch":
        k = l["candidates"][0][0]
        if BYID[k]["currency"] == cur or BYID[k]["number"] not in t:
            bad(f"{pid} currency mismatch evidence")
    # ---- apply
    for a in apps:
        bal[a["invoice_id"]] -= D(a["amount"])
        paid_by[a["invoice_id"]].append((pid, amt))
    if st == "partial":
        pass

# README counts agree
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
for k, v in Counter(l["status"] for l in LAB).items():
    if f"| {k} | {v} |" not in readme:
        bad(f"README count for {k}")

if ERR:
    print("\n".join(ERR[:50]))
    print(f"{len(ERR)} problem(s)")
    sys.exit(1)
print(f"OK: {len(INV)} invoices, {len(PAY)} payments, every label re-verified")
print(dict(Counter(l["status"] for l in LAB)))
