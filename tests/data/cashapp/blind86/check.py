#!/usr/bin/env python3
"""Re-verify labels.json against invoices.json/payments.json. Exit 1 on any problem."""
import json, os, re, sys, itertools
from decimal import Decimal as D
from datetime import date
H = os.path.dirname(os.path.abspath(__file__))
ld = lambda n: json.load(open(os.path.join(H, n), encoding="utf-8"))
inv, pay, lab = ld("invoices.json"), ld("payments.json"), ld("labels.json")
errs = []
def e(m): errs.append(m)
AMT = re.compile(r"^\d+\.\d\d$")
INV = {i["id"]: i for i in inv}
for i in inv:
    for k in ("total", "balance"):
        if not AMT.match(i[k]): e("bad amount %s" % i["id"])
    if not D("0") < D(i["balance"]) <= D(i["total"]): e("balance %s" % i["id"])
    date.fromisoformat(i["issue_date"]); date.fromisoformat(i["due_date"])
if len({i["number"] for i in inv}) != len(inv): e("duplicate invoice numbers")
if len(pay) != len(lab): e("length")
bal = {k: D(v["balance"]) for k, v in INV.items()}
def digits(n): return n[2:]
def norm(t): return re.sub(r"[^0-9A-Z]", "", (t or "").upper())
def rf_ok(r):
    num = "".join(str(int(ch, 36)) for ch in r[4:] + r[:4]); return int(num) % 97 == 1
def locale_forms(x):
    q = str(x); ip, fp = q.split("."); g = "{:,}".format(int(ip))
    return {g.replace(",", ".") + "," + fp, g.replace(",", " ") + "," + fp, g + "." + fp, q}
def fits(cid, amt):
    vals = [int(bal[k] * 100) for k, v in INV.items() if v["customer_id"] == cid and bal[k] > 0]
    t = int(amt * 100); h = len(vals) // 2; cnt = 0
    def sums(xs):
        out = {}
        for r in range(len(xs) + 1):
            for c in itertools.combinations(xs, r): out[sum(c)] = out.get(sum(c), 0) + 1
        return out
    a, b = sums(vals[:h]), sums(vals[h:])
    return sum(n * b.get(t - v, 0) for v, n in a.items())
prev = ""
for p, l in zip(pay, lab):
    pid = p["id"]
    if l["payment_id"] != pid: e("order %s" % pid)
    if p["date"] < prev and l["scenario"] != "bad_row": e("dates not ascending %s" % pid)
    if l["scenario"] != "bad_row": prev = p["date"]; date.fromisoformat(p["date"])
    if not l["note"].startswith("[%s, " % l["scenario"]): e("note %s" % pid)
    text = norm(p["reference"]) + "|" + norm(p["remittance"])
    rawtext = (p["reference"] or "") + "\n" + (p["remittance"] or "")
    if l["scenario"] == "bad_row":
        if l["status"] != "review" or l["applications"] or l["candidates"]: e("bad row label %s" % pid)
        ok = isinstance(p["amount"], str) and AMT.match(p["amount"]) and D(p["amount"]) > 0
        cur_ok = p["currency"] in ("EUR", "GBP", "CHF", "PLN", "SEK", "USD")
        try: date.fromisoformat(p["date"]); d_ok = True
        except Exception: d_ok = False
        if ok and cur_ok and d_ok: e("bad row has nothing bad %s" % pid)
        continue
    amt = D(p["amount"])
    if not AMT.match(p["amount"]) or amt <= 0: e("amount %s" % pid)
    apps = [(a["invoice_id"], D(a["amount"])) for a in l["applications"]]
    if sum(a for _, a in apps) + D(l["unapplied"]) != amt: e("sum %s" % pid)
    cid = p["customer_id"] or (INV[apps[0][0]]["customer_id"] if apps else None)
    # uniqueness claims re-checked against the state before this payment
    if l["scenario"] in ("amount_only", "lump_sum", "po_lookalike", "typo_ref") and fits(cid, amt) != 1: e("not unique %s" % pid)
    if l["scenario"] in ("same_amount", "subset_ambiguous") and fits(cid, amt) != 2: e("not 2-ambiguous %s" % pid)
    if l["scenario"] in ("not_open", "prepayment") and fits(cid, amt) != 0: e("fits something %s" % pid)
    for iid, a in apps:
        i = INV.get(iid)
        if not i: e("unknown invoice %s" % pid); continue
        if i["currency"] != p["currency"]: e("currency %s" % pid)
        if a <= 0 or a > bal[iid]: e("over-application %s %s" % (pid, iid))
        if p["customer_id"] and p["customer_id"] != i["customer_id"]: e("customer %s" % pid)
        if l["scenario"] in ("exact_ref", "list", "third_party", "short_pay", "partial", "overpayment", "clearing_gross", "clearing_single", "wire_fee"):
            if digits(i["number"]) not in text: e("number not in text %s %s" % (pid, i["number"]))
        if l["scenario"] == "rf_ref":
            r = re.search(r"RF\d\d[0-9A-Z]+", norm(p["reference"]).replace("SCOR", ""))
            if not r or not rf_ok(r.group()) or i["number"] not in r.group(): e("rf %s" % pid)
        if l["scenario"] == "be_ogm":
            dd = re.sub(r"\D", "", p["reference"])
            if len(dd) != 12 or (int(dd[:10]) % 97 or 97) != int(dd[10:]) or not dd[:10].endswith(digits(i["number"])): e("ogm %s" % pid)
        if l["scenario"] == "range":
            nums = re.findall(r"\d{6}", p["reference"]); lo, hi = int(nums[0]), int(nums[-1])
            if not lo <= int(digits(i["number"])) <= hi: e("range %s" % pid)
    st = l["status"]
    if st == "applied" and (D(l["unapplied"]) != 0 or not apps or l["short_pay"]): e("applied shape %s" % pid)
    if st == "unapplied" and D(l["unapplied"]) <= 0: e("unapplied shape %s" % pid)
    if st == "review" and (apps or D(l["unapplied"]) != amt): e("review shape %s" % pid)
    if st == "review" and l["scenario"] not in ("unknown_payer",) and not l["candidates"]: e("review without candidates %s" % pid)
    for cs in l["candidates"]:
        for c in cs:
            if c not in INV or bal[c] <= 0: e("candidate %s" % pid)
    if st == "partial":
        if not any(bal[i] - a > 0 for i, a in apps): e("partial leaves nothing open %s" % pid)
        sp = l["short_pay"]
        if sp:
            left = bal[sp["invoice_id"]] - dict(apps)[sp["invoice_id"]]
            if D(sp["amount"]) != left: e("short_pay amount %s" % pid)
            if not any(f in rawtext for f in locale_forms(D(sp["amount"]))): e("deduction not in text %s" % pid)
    if l["scenario"] == "second_payment":
        if not any(q["reference"] == p["reference"] and q["amount"] == p["amount"] for q in pay[:pay.index(p)]): e("no first payment %s" % pid)
    if st in ("applied", "partial", "unapplied") and l["scenario"] in ("exact_ref", "list", "clearing_gross") and D(l["unapplied"]) == 0:
        pass
    for iid, a in apps: bal[iid] -= a
for m in errs[:30]: print("FAIL", m)
print("checked %d payments, %d invoices: %s" % (len(pay), len(inv), "FAIL %d" % len(errs) if errs else "OK"))
sys.exit(1 if errs else 0)
