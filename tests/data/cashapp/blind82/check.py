#!/usr/bin/env python3
import json, os, sys, re, unicodedata
from decimal import Decimal as D, InvalidOperation
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cee_auto_parts")
inv = json.load(open(os.path.join(B, "invoices.json"))); pay = json.load(open(os.path.join(B, "payments.json"))); lab = json.load(open(os.path.join(B, "labels.json")))
I = {i["id"]: i for i in inv}; bal = {i["id"]: D(i["balance"]) for i in inv}
err = []
def e(m): err.append(m)
def dec(x):
    try: return D(x) if isinstance(x, str) and re.fullmatch(r"-?\d+\.\d\d", x) else None
    except InvalidOperation: return None
def vs(i): return "".join(c for c in i["number"] if c.isdigit())
def mentions(i, t):
    t = t or ""; k = re.match(r"FV (\d+)/(\d\d)/2026", i["number"])
    if k and re.search(r"(?<!\d)%s/%s/(2026|26)" % k.groups(), t): return True
    if i["number"].startswith("SZ-") and i["number"][3:] in t: return True
    return i["number"] in t or vs(i) in t.replace(" ", "") or i["number"].replace("-", " ") in t or i["number"].replace("APR-", "APR ") in t or (k and re.search(r"FV ?%s/%s/26" % k.groups(), t))
if len(pay) != len(lab) or len(set(i["number"] for i in inv)) != len(inv): e("lengths/duplicate numbers")
for i in inv:
    if not (D(0) < D(i["balance"]) <= D(i["total"])) or i["due_date"] < i["issue_date"]: e("invoice " + i["id"])
prevd = ""
for p, l in zip(pay, lab):
    pid = p["id"]
    if l["payment_id"] != pid: e(pid + " order")
    if p["date"] < prevd: e(pid + " not oldest first")
    prevd = p["date"]
    txt = (p["reference"] or "") + "\n" + (p["remittance"] or "")
    amt = dec(p["amount"]); st = l["status"]; apps = [(a["invoice_id"], D(a["amount"])) for a in l["applications"]]; un = D(l["unapplied"])
    bad = amt is None or amt <= 0 or p["currency"] not in ("PLN", "CZK", "HUF", "RON", "EUR")
    if bad != (l["scenario"] == "bad_row"): e(pid + " bad-row mismatch")
    if bad:
        if st != "review" or apps or l["candidates"]: e(pid + " bad row label")
        continue
    if st == "review":
        if apps or un != amt: e(pid + " review must apply nothing")
    elif sum(a for _, a in apps) + un != amt: e(pid + " sums")
    if st == "applied" and un != 0: e(pid + " applied with unapplied")
    for iid, a in apps:
        if iid not in I or I[iid]["currency"] != p["currency"] or a <= 0 or a > bal[iid]: e(pid + " bad application " + iid)
    sp = l["short_pay"]
    if st == "partial":
        if not apps or all(bal[i] == a for i, a in apps): e(pid + " partial leaves nothing open")
        if sp:
            i0, a0 = apps[0]
            if sp["invoice_id"] != i0 or D(sp["amount"]) != bal[i0] - a0: e(pid + " short pay amount")
            loc = sp["amount"].split(".")[0]
            g = "{:,}".format(int(loc))
            if not any(x in txt for x in (loc, g.replace(",", " "), g.replace(",", "."))): e(pid + " deduction not in text")
    elif sp: e(pid + " short_pay on non-partial")
    if st == "unapplied" and un <= 0: e(pid + " unapplied zero")
    sc = l["scenario"]
    if sc in ("exact_ref", "mpp_split", "ref_list", "factoring", "cod_lump", "overpayment", "short_pay", "part_payment"):
        for iid, _ in apps:
            if not mentions(I[iid], txt): e(pid + " %s not in text" % I[iid]["number"])
    if sc == "mpp_split":
        m = re.search(r"/VAT/([\d,]+)/", txt)
        if not m or D(m.group(1).replace(",", ".")) != (amt * 23 / 123).quantize(D("0.01")): e(pid + " mpp vat")
    if sc == "ref_range":
        nums = sorted(int(re.match(r"FV (\d+)/", I[i]["number"]).group(1)) for i, _ in apps)
        if nums != list(range(nums[0], nums[-1] + 1)) or str(nums[0]) not in txt or str(nums[-1]) not in txt: e(pid + " range")
    if sc in ("ref_typo", "po_lookalike", "amount_only", "lump_no_ref", "month_restart", "ambiguous", "no_fit"):
        if not p["customer_id"]: e(pid + " needs customer")
    if sc in ("ref_typo", "po_lookalike", "amount_only", "month_restart"):
        for iid, a in apps:
            if I[iid]["customer_id"] != p["customer_id"] or a != bal[iid]: e(pid + " not unique/exact")
            if sum(1 for j in inv if j["customer_id"] == p["customer_id"] and j["currency"] == p["currency"] and bal[j["id"]] == amt) != 1: e(pid + " amount not unique")
    if sc == "ambiguous":
        single = [c for c in l["candidates"] if len(c) == 1]
        if len(single) < 2 or any(bal[c[0]] != amt or I[c[0]]["customer_id"] != p["customer_id"] for c in single): e(pid + " ambiguity")
    if sc == "currency_mismatch":
        c = l["candidates"][0][0]
        if I[c]["currency"] == p["currency"] or not mentions(I[c], txt): e(pid + " fx")
    if sc == "second_payment":
        if not any(mentions(j, txt) and bal[j["id"]] == 0 for j in inv): e(pid + " second: invoice not already paid")
    if sc in ("unknown_payer", "no_fit"):
        pool = [j for j in inv if bal[j["id"]] > 0 and j["currency"] == p["currency"] and (sc == "unknown_payer" or j["customer_id"] == p["customer_id"])]
        if any(bal[j["id"]] == amt for j in pool): e(pid + " amount fits an invoice")
    for iid, a in apps: bal[iid] -= a
    for c in l["candidates"]:
        for x in c:
            if x not in I: e(pid + " candidate unknown")
for m in err[:40]: print(m)
print("problems:", len(err)); sys.exit(1 if err else 0)
