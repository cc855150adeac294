#!/usr/bin/env python3
"""Re-verify every label of this ledger from the generated data alone. Exit 1 on any problem."""
import json, os, re, sys, itertools
from datetime import date
from decimal import Decimal

D = os.path.dirname(os.path.abspath(__file__))
inv = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
pay = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
errs = []
def bad(msg):
    errs.append(msg)

AMT = re.compile(r"^\d+\.\d{2}$")
def isodate(s):
    try:
        return date.fromisoformat(s) if isinstance(s, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", s) else None
    except ValueError:
        return None

# ---- invoices
INV = {}
nums = set()
IK = ["id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"]
for i in inv:
    if list(i) != IK:
        bad(f"{i.get('id')}: invoice keys {list(i)}")
    if i["id"] in INV or i["number"] in nums:
        bad(f"duplicate invoice {i['id']} {i['number']}")
    INV[i["id"]] = i
    nums.add(i["number"])
    if not (AMT.match(i["total"]) and AMT.match(i["balance"])) or Decimal(i["balance"]) > Decimal(i["total"]) or Decimal(i["balance"]) <= 0:
        bad(f"{i['id']}: amounts {i['total']} {i['balance']}")
    a, b = isodate(i["issue_date"]), isodate(i["due_date"])
    if not a or not b or b <= a:
        bad(f"{i['id']}: dates")
    if i["currency"] not in ("EUR", "CHF", "GBP"):
        bad(f"{i['id']}: currency")
    if not re.match(r"^FV26-\d{5}$", i["number"]):
        bad(f"{i['id']}: number format")
BYNUM = {i["number"]: i for i in inv}
CUSTS = {i["customer_id"] for i in inv}
state = {i["id"]: Decimal(i["balance"]) for i in inv}

def opens(cid, cur):
    return [i for i in inv if i["customer_id"] == cid and i["currency"] == cur and state[i["id"]] > 0]

def digits(n):
    return n.split("-")[1]

def text(p):
    return (p["reference"] or "") + "\n" + (p["remittance"] or "")

def mentions(p, number):
    t = text(p)
    if number in t:
        return True
    dg = re.sub(r"\D", "", t)
    return digits(number) in dg or digits(number) in re.findall(r"\d+", t)

def ogm_ok(s):
    m = re.search(r"\+\+\+(\d{3})/(\d{4})/(\d{5})\+\+\+", s or "")
    if not m:
        return None
    d = "".join(m.groups())
    return (int(d[:10]) % 97 or 97) == int(d[10:])

if len(pay) != len(lab):
    bad("payments and labels differ in length")
prev = None
paid_once = {}
PK = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
LK = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}
for p, l in zip(pay, lab):
    pid = p["id"]
    sc = l.get("scenario")
    if list(p) != PK:
        bad(f"{pid}: payment keys")
    if l["payment_id"] != pid:
        bad(f"{pid}: label order")
    if set(l) - {"error"} != LK:
        bad(f"{pid}: label keys {sorted(l)}")
    if not l["note"].startswith(f"[{sc}, "):
        bad(f"{pid}: note prefix")
    if p["reference"] and len(p["reference"]) > 140:
        bad(f"{pid}: reference longer than 140")
    if ogm_ok(p["reference"]) is False:
        bad(f"{pid}: OGM check digits")
    if p["customer_id"] is not None and p["customer_id"] not in CUSTS:
        bad(f"{pid}: unknown customer_id")
    d = isodate(p["date"])
    well = d is not None and isinstance(p["amount"], str) and AMT.match(p["amount"]) and Decimal(p["amount"]) > 0 \
        and p["currency"] in ("EUR", "CHF", "GBP")
    if sc == "bad_row":
        if well or "error" not in l or l["status"] != "review" or l["applications"] or l["candidates"]:
            bad(f"{pid}: bad row not malformed or mislabelled")
        continue
    if "error" in l:
        bad(f"{pid}: error on a good row")
    if not well:
        bad(f"{pid}: malformed payment row not labelled bad")
        continue
    if prev and d < prev:
        bad(f"{pid}: not oldest first")
    prev = d
    amt = Decimal(p["amount"])
    cur = p["currency"]
    st = l["status"]
    if st not in ("applied", "partial", "unapplied", "review"):
        bad(f"{pid}: status {st}")
    apps = [(a["invoice_id"], Decimal(a["amount"])) for a in l["applications"]]
    for a in l["applications"]:
        if not AMT.match(a["amount"]):
            bad(f"{pid}: app amount format")
    if not AMT.match(l["unapplied"]):
        bad(f"{pid}: unapplied format")
    un = Decimal(l["unapplied"])
    if sum(a for _, a in apps) + un != amt:
        bad(f"{pid}: applications + unapplied != amount")
    before = dict(state)
    for iid, a in apps:
        i = INV.get(iid)
        if not i or i["currency"] != cur or a <= 0 or a > state[iid] or i["issue_date"] > p["date"]:
            bad(f"{pid}: bad application {iid} {a}")
            continue
        state[iid] -= a
    appids = [x for x, _ in apps]
    cands = l["candidates"]
    for cset in cands:
        for iid in cset:
            if iid not in INV or before[iid] <= 0:
                bad(f"{pid}: candidate {iid} not open")
    if st == "applied" and (un != 0 or l["short_pay"] or cands or not apps):
        bad(f"{pid}: applied shape")
    if st == "review" and (apps or un != amt or l["short_pay"]):
        bad(f"{pid}: review shape")
    if st == "unapplied" and (un <= 0 or l["short_pay"] or cands):
        bad(f"{pid}: unapplied shape")
    if st == "partial":
        if un != 0 or cands or len(apps) != 1 or state[appids[0]] <= 0:
            bad(f"{pid}: partial shape")
        sp = l["short_pay"]
        if sp:
            if sp["invoice_id"] != appids[0] or Decimal(sp["amount"]) != before[appids[0]] - apps[0][1] or not sp["reason"]:
                bad(f"{pid}: short_pay numbers")
    cust = {INV[x]["customer_id"] for x in appids} | {INV[x]["customer_id"] for c in cands for x in c}
    named = [INV[x] for x in appids]

    # ---- evidence per scenario
    if sc in ("exact", "exact_fx", "factor", "list", "part_payment", "final_instalment", "short_pay", "overpayment"):
        for i in named:
            if not mentions(p, i["number"]):
                bad(f"{pid}: {i['number']} not in the text")
    if sc in ("exact", "exact_fx", "list", "factor", "lump_sum", "range", "truncated_list", "final_instalment", "amount_only", "typo", "po_lookalike"):
        if st != "applied" or sum(before[x] for x in appids) != amt:
            bad(f"{pid}: {sc} must be an exact application of full balances")
    if sc == "factor":
        if p["customer_id"] is not None or any(INV[x]["customer_name"].upper()[:5] in p["payer_name"] for x in appids):
            bad(f"{pid}: factor payer looks like the customer")
    if sc == "final_instalment" and before[appids[0]] == Decimal(INV[appids[0]]["balance"]):
        bad(f"{pid}: final instalment without an earlier part payment")
    if sc == "part_payment" and (l["short_pay"] or st != "partial"):
        bad(f"{pid}: part payment shape")
    if sc == "short_pay":
        sp = l["short_pay"]
        if not sp:
            bad(f"{pid}: short pay without short_pay")
        else:
            ded = Decimal(sp["amount"])
            t = text(p)
            e, c = divmod(int(ded * 100), 100)
            forms = {f"{e},{c:02d}", f"{e}.{c:02d}", f"{e:,}.{c:02d}", f"{e:,},{c:02d}".replace(",", ".", 1) if e >= 1000 else f"{e},{c:02d}",
                     f"{e:,}".replace(",", " ") + f",{c:02d}", f"{e:,}".replace(",", ".") + f",{c:02d}"}
            kw = re.search(r"korting|escompte|skonto|bank|frais|creditnota|avoir|credit note|beschadigd|endommag|beschädigt|short|CHGS", t, re.I)
            if not kw or (p["remittance"] and not any(f in p["remittance"] for f in forms)):
                bad(f"{pid}: deduction not stated in the text")
            if not p["remittance"] and not re.search(r"bank|frais|chgs|spesen", t, re.I):
                bad(f"{pid}: deduction without remittance must be bank charges")
    if sc == "typo":
        i = named[0]
        toks = re.findall(r"FV2\d-[0-9O]+", p["reference"] or "")
        same = [x["id"] for x in inv if x["customer_id"] == i["customer_id"] and x["currency"] == cur and before[x["id"]] == amt]
        if not toks or any(t in BYNUM for t in toks) or i["number"] in toks or same != [i["id"]]:
            bad(f"{pid}: typo case not clean")
    if sc in ("amount_only", "po_lookalike"):
        i = named[0]
        o = [x for x in inv if x["customer_id"] == i["customer_id"] and x["currency"] == cur and before[x["id"]] > 0]
        if [x["id"] for x in o if before[x["id"]] == amt] != [i["id"]] or \
                any(before[a["id"]] + before[b["id"]] == amt for a, b in itertools.combinations(o, 2)):
            bad(f"{pid}: amount not unique for the customer")
        if p["customer_id"] != i["customer_id"]:
            bad(f"{pid}: amount-only needs the bank's customer_id")
        if sc == "po_lookalike":
            dg = set(re.findall(r"\d{5}", p["reference"] or ""))
            look = [n for n in BYNUM if digits(n) in dg and BYNUM[n]["customer_id"] != i["customer_id"]]
            if not look or i["number"] in (p["reference"] or ""):
                bad(f"{pid}: PO look-alike missing")
    if sc == "lump_sum":
        cid = named[0]["customer_id"]
        allo = [x["id"] for x in inv if x["customer_id"] == cid and before[x["id"]] > 0]
        if sorted(allo) != sorted(appids) or any(n in text(p) for n in BYNUM):
            bad(f"{pid}: lump sum is not the whole open balance")
    if sc in ("range", "lump_sum") and p["customer_id"] != named[0]["customer_id"] and named[0]["customer_id"] not in text(p):
        bad(f"{pid}: {sc} without customer identification")
    if sc == "range":
        t = text(p)
        cid = named[0]["customer_id"]
        ns = sorted(i["number"] for i in named)
        lo, hi = ns[0], ns[-1]
        if not (digits(lo) in t and digits(hi) in t):
            bad(f"{pid}: range bounds not in text")
        inside = sorted(x["id"] for x in inv if x["customer_id"] == cid and before[x["id"]] > 0 and lo <= x["number"] <= hi)
        if inside != sorted(appids):
            bad(f"{pid}: range set differs from customer's open invoices in range")
    if sc == "truncated_list":
        r = p["reference"]
        last = max(named, key=lambda x: x["number"])
        vis = r.split()[-1]
        if len(r) != 140 or last["number"] in r or not last["number"].startswith(vis):
            bad(f"{pid}: truncation not as claimed")
        cid = last["customer_id"]
        comp = [x for x in inv if x["customer_id"] == cid and before[x["id"]] > 0 and x["number"].startswith(vis)
                and x["number"] not in r]
        if [x["id"] for x in comp] != [last["id"]]:
            bad(f"{pid}: truncated prefix completes ambiguously")
        for i in named:
            if i is not last and i["number"] not in r:
                bad(f"{pid}: visible number missing")
    if sc == "overpayment":
        if st != "unapplied" or len(apps) != 1 or state[appids[0]] != 0:
            bad(f"{pid}: overpayment shape")
        o = opens(named[0]["customer_id"], cur)
        if any(state[x["id"]] in (un,) for x in o):
            bad(f"{pid}: overpayment remainder fits an open invoice")
    if sc == "second_payment":
        hits = [n for n in BYNUM if mentions(p, n) and BYNUM[n]["currency"] == cur]
        hits = [n for n in hits if n in text(p) or True]
        paid = [n for n in hits if state[BYNUM[n]["id"]] == 0 and n in paid_once]
        if st != "unapplied" or apps or not paid:
            bad(f"{pid}: second payment not of a cleared invoice")
        cid = BYNUM[paid[0]]["customer_id"] if paid else None
        if cid and any(state[x["id"]] == amt for x in opens(cid, cur)):
            bad(f"{pid}: second payment amount fits another open invoice")
    if sc == "no_fit":
        o = opens(p["customer_id"], cur)
        if st != "unapplied" or apps or any(state[x["id"]] == amt for x in o) or \
                any(state[a["id"]] + state[b["id"]] == amt for a, b in itertools.combinations(o, 2)) or sum(state[x["id"]] for x in o) == amt:
            bad(f"{pid}: no_fit fits something")
    if sc in ("unknown_payer", "unknown_payer_amount_match"):
        hits = [x["id"] for x in inv if before[x["id"]] == amt and x["currency"] == cur]
        if p["customer_id"] is not None or st != "review":
            bad(f"{pid}: unknown payer shape")
        if sc == "unknown_payer" and (hits or cands):
            bad(f"{pid}: unknown payer amount fits an invoice")
        if sc == "unknown_payer_amount_match" and cands != [hits]:
            bad(f"{pid}: unknown payer candidate mismatch")
        if any(x["customer_name"].upper()[:6] in p["payer_name"] for x in inv):
            bad(f"{pid}: unknown payer resembles a customer")
    if sc == "ambiguous_equal":
        ids = [c[0] for c in cands]
        if len(cands) < 2 or any(len(c) != 1 for c in cands) or any(before[x] != amt for x in ids):
            bad(f"{pid}: equal-balance candidates wrong")
        allsame = [x["id"] for x in opens(p["customer_id"], cur) if before[x["id"]] == amt]
        if sorted(allsame) != sorted(ids):
            bad(f"{pid}: equal-balance set incomplete")
    if sc == "ambiguous_conflict":
        a, b = cands[0][0], cands[1][0]
        if not mentions(p, INV[a]["number"]) or before[a] == amt or before[b] != amt:
            bad(f"{pid}: conflict case wrong")
    if sc == "ambiguous_subset":
        s1, s2 = cands
        if sum(before[x] for x in s1) != amt or sum(before[x] for x in s2) != amt:
            bad(f"{pid}: subset candidates do not sum")
    if sc == "fx_mismatch":
        i = INV[cands[0][0]]
        if i["currency"] == cur or not mentions(p, i["number"]) or any(x["currency"] == cur for x in inv if x["customer_id"] == i["customer_id"]):
            bad(f"{pid}: fx mismatch wrong")
    if st == "applied" and len(apps) == 1 and state[appids[0]] == 0:
        paid_once[INV[appids[0]]["number"]] = pid

if errs:
    print("\n".join(errs[:80]))
    print(f"FAILED: {len(errs)} problems")
    sys.exit(1)
print(f"OK: {len(inv)} invoices, {len(pay)} payments, every label re-verified")
