#!/usr/bin/env python3
"""Re-verify every label of the ledger from the data alone. Exit 1 on any problem."""
import json, os, re, sys, unicodedata
from decimal import Decimal as D, InvalidOperation
from datetime import date
from collections import Counter

H = os.path.dirname(os.path.abspath(__file__))
inv = json.load(open(os.path.join(H, "invoices.json"), encoding="utf-8"))
pay = json.load(open(os.path.join(H, "payments.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(H, "labels.json"), encoding="utf-8"))
ERR = []


def err(pid, m):
    ERR.append(f"{pid}: {m}")


AMT = re.compile(r"^\d+\.\d{2}$")


def deacc(t):
    return "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")


def fmt_es(x):
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


# ---- invoices ----
IB = {}
nums = set()
for v in inv:
    assert set(v) == {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date",
                      "due_date"}, v
    for k in ("total", "balance"):
        if not AMT.match(v[k]):
            err(v["id"], f"bad {k}")
    if not (D("0") < D(v["balance"]) <= D(v["total"])):
        err(v["id"], "balance out of range")
    if date.fromisoformat(v["due_date"]) <= date.fromisoformat(v["issue_date"]):
        err(v["id"], "due before issue")
    if not re.match(r"^(FV-2026/\d{5}|A/26/\d{4})$", v["number"]):
        err(v["id"], "number format")
    if v["number"] in nums or v["id"] in IB:
        err(v["id"], "duplicate")
    nums.add(v["number"]); IB[v["id"]] = v
BYNUM = {v["number"]: v for v in inv}
bal = {v["id"]: D(v["balance"]) for v in inv}
if not 1200 <= len(inv) <= 1800:
    err("-", f"invoice count {len(inv)}")

# ---- payments / labels ----
if len(pay) != len(lab):
    err("-", "length mismatch")
prev = None
seen_paid = {}
for p, l in zip(pay, lab):
    pid = p["id"]
    assert set(p) == {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
    assert set(l) == {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason",
                      "scenario", "note"}, l.keys()
    if l["payment_id"] != pid:
        err(pid, "id order")
    sc, st = l["scenario"], l["status"]
    if not l["note"].startswith(f"[{sc}, "):
        err(pid, "note prefix")
    text = " ".join(x for x in (p["reference"], p["remittance"]) if x)
    bad = sc == "bad_row"
    try:
        d = date.fromisoformat(p["date"])
        if prev and d < prev:
            err(pid, "payments not oldest first")
        prev = d
    except ValueError:
        d = None
        if not bad:
            err(pid, "bad date on good row")
    amt_ok = bool(AMT.match(p["amount"] or "")) and D(p["amount"]) > 0 and p["currency"] in ("EUR", "MAD", "USD")
    if bad:
        if amt_ok and d is not None:
            err(pid, "bad_row is not bad")
        if st != "review" or l["applications"] or l["unapplied"] != "0.00" or l["candidates"]:
            err(pid, "bad_row label")
        continue
    if not amt_ok:
        err(pid, "good row malformed")
        continue
    A = D(p["amount"]); cur = p["currency"]
    apps = [(a["invoice_id"], D(a["amount"])) for a in l["applications"]]
    un = D(l["unapplied"])
    if not AMT.match(l["unapplied"]) or any(not AMT.match(a["amount"]) for a in l["applications"]):
        err(pid, "amount format")
    if sum(a for _, a in apps) + un != A:
        err(pid, "apps + unapplied != amount")
    cid = p["customer_id"]
    before = dict(bal)
    # apply
    for iid, a in apps:
        v = IB.get(iid)
        if not v:
            err(pid, f"unknown invoice {iid}"); continue
        if v["currency"] != cur:
            err(pid, "currency mismatch in application")
        if a <= 0 or a > bal[iid]:
            err(pid, f"application exceeds open balance of {iid}")
        bal[iid] -= a
    cust = {IB[i]["customer_id"] for i, _ in apps}
    if len(cust) > 1:
        err(pid, "applications span customers")
    if cid and cust and cust != {cid}:
        err(pid, "applications to another customer")
    # status rules
    if st == "applied":
        if not apps or un != 0 or l["short_pay"] or l["candidates"]:
            err(pid, "applied shape")
        if any(bal[i] != 0 for i, _ in apps):
            err(pid, "applied leaves invoice open")
    elif st == "partial":
        if not apps or un != 0 or not any(bal[i] > 0 for i, _ in apps):
            err(pid, "partial shape")
        sp = l["short_pay"]
        if sc == "short_pay":
            if not sp or bal[sp["invoice_id"]] != D(sp["amount"]) or not sp["reason"]:
                err(pid, "short_pay amount != remaining balance")
            v = IB[sp["invoice_id"]]
            if v["number"] not in text or fmt_es(D(sp["amount"])).replace(".", " ") not in text.replace(".", " "):
                err(pid, "short pay evidence missing")
        elif sp is not None:
            err(pid, "short_pay on plain partial")
    elif st == "unapplied":
        if un <= 0 or l["short_pay"] or l["candidates"]:
            err(pid, "unapplied shape")
    elif st == "review":
        if apps or un != A or not isinstance(l["candidates"], list):
            err(pid, "review shape")
        for cset in l["candidates"]:
            for i in cset:
                if i not in IB or before[i] <= 0:
                    err(pid, f"candidate {i} not open")
    else:
        err(pid, "status")

    def hits(c, amount, cur_=cur):
        return [i for i, b in before.items() if b == amount and IB[i]["currency"] == cur_
                and (c is None or IB[i]["customer_id"] == c)]

    # scenario evidence
    if sc in ("exact_ref", "overpayment", "short_pay", "partial", "balance_after_partial", "second_payment"):
        nset = [IB[i]["number"] for i, _ in apps] or [n for n in nums if n in text]
        if sc == "second_payment":
            ref_n = [n for n in nums if n in text]
            if len(ref_n) != 1 or before[BYNUM[ref_n[0]]["id"]] != 0 and deacc(ref_n[0]) not in text:
                pass
            m = re.search(r"duplicate of (pay-\d+)", l["note"])
            ok = False
            if m:
                k = [x["id"] for x in pay].index(m.group(1))
                p0, l0 = pay[k], lab[k]
                ok = (p0["reference"] == p["reference"] and p0["amount"] == p["amount"]
                      and len(l0["applications"]) == 1 and before[l0["applications"][0]["invoice_id"]] == 0
                      and l0["applications"][0]["amount"] == p["amount"])
            if not ok:
                err(pid, "second payment: no earlier payment of this invoice with this amount")
        else:
            for n in nset:
                if n not in text:
                    err(pid, f"{n} not in text")
        if sc == "exact_ref" and apps[0][1] != before[apps[0][0]]:
            err(pid, "exact not exact")
        if sc == "overpayment":
            i, a = apps[0]
            if a != before[i] or hits(IB[i]["customer_id"], un):
                err(pid, "overpayment remainder fits another invoice")
        if sc == "partial" and hits(cid, A):
            err(pid, "partial amount equals another open invoice")
    if sc == "ref_variant":
        i = apps[0][0]; n = IB[i]["number"]
        digits = n.split("/")[-1].lstrip("0")
        if n in text or digits not in text or apps[0][1] != before[i]:
            err(pid, "variant evidence")
    if sc == "typo_ref":
        i = apps[0][0]
        m = re.search(r"(FV-2026/\d{5}|A/26/\d{4})", text)
        if not m or m.group(1) in nums or sorted(m.group(1)) != sorted(IB[i]["number"]) or hits(cid, A) != [i]:
            err(pid, "typo evidence")
    if sc in ("amount_only", "multibanco", "po_lookalike"):
        if hits(cid, A) != [apps[0][0]] or len(hits(None, A)) != 1 or IB[apps[0][0]]["number"] in text:
            err(pid, "amount-only not unique")
        if sc == "po_lookalike":
            m = re.search(r"2026/(\d{5})", text)
            n = "FV-2026/" + m.group(1)
            if n not in nums or BYNUM[n]["customer_id"] == cid:
                err(pid, "po lookalike")
    if sc in ("list", "confirming", "pagare"):
        for i, a in apps:
            if IB[i]["number"] not in text or a != before[i]:
                err(pid, "listed invoice missing / not full")
        if sc == "confirming":
            if cid is not None or deacc(IB[apps[0][0]]["customer_name"]).upper() not in text:
                err(pid, "confirming customer")
            for i, _ in apps:
                if date.fromisoformat(IB[i]["due_date"]).strftime("%d/%m/%Y") not in text:
                    err(pid, "confirming due date")
        if sc == "pagare" and d.strftime("%d/%m/%Y") not in text:
            err(pid, "pagare maturity date != payment date")
        if sc == "list" and fmt_es(A).replace(".", " ") not in text.replace(".", " "):
            err(pid, "list total missing")
    if sc == "range":
        ns = sorted(IB[i]["number"] for i, _ in apps)
        if ns[0] not in text or ns[-1].split("/")[-1] not in text:
            err(pid, "range ends")
        lo, hi = int(ns[0].split("/")[-1]), int(ns[-1].split("/")[-1])
        inside = [v for v in inv if v["number"].startswith(ns[0][:3]) and lo <= int(v["number"].split("/")[-1]) <= hi]
        if sorted(v["id"] for v in inside) != sorted(i for i, _ in apps):
            err(pid, "range members")
    if sc == "lump_sum":
        op = sorted(i for i, b in before.items() if b > 0 and IB[i]["customer_id"] == cid)
        if sorted(i for i, _ in apps) != op:
            err(pid, "lump not whole balance")
    if sc == "truncated_descritivo":
        (i1, _), (i2, _) = apps
        frag = p["reference"].split(" ")[-1]
        if len(p["reference"]) - len("Descritivo: ") != 35 or IB[i1]["number"] not in text or \
                not IB[i2]["number"].startswith(frag) or hits(cid, A - before[i1]) != [i2]:
            err(pid, "truncation")
    if sc == "no_fit":
        op = [b for i, b in before.items() if b > 0 and IB[i]["customer_id"] == cid]
        if A in op or A == sum(op) or any(op[x] + op[y] == A for x in range(len(op)) for y in range(x + 1, len(op))):
            err(pid, "no_fit fits")
    if sc == "unknown_payer":
        if cid is not None or hits(None, A) or l["candidates"]:
            err(pid, "unknown payer")
    if sc == "ambiguous_same_amount":
        if len(l["candidates"]) != 2 or any(before[c[0]] != A for c in l["candidates"]) or len(hits(cid, A)) != 2:
            err(pid, "ambiguous same")
    if sc == "ambiguous_ref_vs_amount":
        a_, b_ = l["candidates"][0][0], l["candidates"][1][0]
        if IB[a_]["number"] not in text or before[b_] != A or before[a_] >= A:
            err(pid, "ambiguous ref/amount")
    if sc == "ambiguous_payer":
        c1, c2 = l["candidates"][0][0], l["candidates"][1][0]
        if before[c1] != A or before[c2] != A or IB[c1]["customer_id"] == IB[c2]["customer_id"] or cid is not None:
            err(pid, "ambiguous payer")
        for c_ in (c1, c2):
            if not deacc(IB[c_]["customer_name"]).upper().startswith(p["payer_name"]):
                err(pid, "payer name does not fit")
    if sc == "currency_mismatch":
        c1 = l["candidates"][0][0]
        if IB[c1]["currency"] == cur or IB[c1]["number"] not in text:
            err(pid, "currency mismatch")
    for i, _ in apps:
        if bal[i] == 0:
            seen_paid[IB[i]["number"]] = before[i] if len(apps) == 1 else None

print("payments", len(pay), "invoices", len(inv))
print(Counter(l["status"] for l in lab))
if ERR:
    print("\n".join(ERR[:50]))
    print(len(ERR), "problems")
    sys.exit(1)
print("OK")
