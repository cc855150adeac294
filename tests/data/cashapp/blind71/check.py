#!/usr/bin/env python3
"""Re-verify labels.json against invoices.json / payments.json. Exit 1 on any problem."""
import json, os, re, sys, datetime as dt
H = os.path.dirname(os.path.abspath(__file__))
ld = lambda n: json.load(open(os.path.join(H, n), encoding="utf-8"))
invs, pays, labs = ld("invoices.json"), ld("payments.json"), ld("labels.json")
errs = []
def bad(k, m): errs.append("%s: %s" % (k, m))
AMT = re.compile(r"^\d+\.\d\d$")
c = lambda s: int(s.replace(".", ""))
AR = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
INV = {}
for i in invs:
    for f in ("id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"):
        if f not in i: bad(i.get("id"), "missing " + f)
    if not (AMT.match(i["total"]) and AMT.match(i["balance"])): bad(i["id"], "amount format")
    if not 0 < c(i["balance"]) <= c(i["total"]): bad(i["id"], "balance range")
    if dt.date.fromisoformat(i["due_date"]) < dt.date.fromisoformat(i["issue_date"]): bad(i["id"], "due before issue")
    if not re.match(r"^INV-\d{6}$", i["number"]): bad(i["id"], "number format")
    INV[i["id"]] = i
if len(set(i["number"] for i in invs)) != len(invs): bad("invoices", "duplicate numbers")
if len(pays) != len(labs): bad("files", "length mismatch")
bal = {k: c(v["balance"]) for k, v in INV.items()}
paid_by = {}
prev = None
for p, l in zip(pays, labs):
    k = p["id"]
    if l["payment_id"] != k: bad(k, "order/id mismatch")
    for f in ("id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"):
        if f not in p: bad(k, "missing field " + f)
    if l["status"] not in ("applied", "partial", "unapplied", "review"): bad(k, "status")
    if l["scenario"] == "bad_row":
        if "error" not in l or l["status"] != "review" or l["applications"] or l["candidates"]: bad(k, "bad row label")
        okrow = True
        try:
            dt.date.fromisoformat(p["date"]); a = p["amount"]
            okrow = bool(a and AMT.match(a) and c(a) > 0 and p["currency"] and re.match(r"^[A-Z]{3}$", p["currency"]) and p["currency"] in ("AED","SAR","QAR","EGP","KES","NGN","ZAR","USD"))
        except Exception:
            okrow = False
        if okrow: bad(k, "bad row is actually valid")
        continue
    d = dt.date.fromisoformat(p["date"])
    if prev and d < prev: bad(k, "not oldest first")
    prev = d
    if not AMT.match(p["amount"]): bad(k, "payment amount format")
    amt = c(p["amount"])
    tot = 0
    for a in l["applications"]:
        i = INV.get(a["invoice_id"])
        if not i: bad(k, "unknown invoice"); continue
        if i["currency"] != p["currency"]: bad(k, "currency mismatch")
        x = c(a["amount"]); tot += x
        if x <= 0 or x > bal[i["id"]]: bad(k, "application exceeds open balance")
        if dt.date.fromisoformat(i["issue_date"]) > d: bad(k, "invoice issued after payment")
        bal[i["id"]] -= x
        if bal[i["id"]] == 0 and l["status"] == "applied": paid_by[i["id"]] = (k, x)
    if tot + c(l["unapplied"]) != amt: bad(k, "applications + unapplied != amount")
    st = l["status"]
    if st == "applied" and (c(l["unapplied"]) or not l["applications"] or l["short_pay"]): bad(k, "applied shape")
    if st == "partial":
        sp = l["short_pay"]
        if sp:
            if sp["invoice_id"] not in [a["invoice_id"] for a in l["applications"]]: bad(k, "short_pay invoice")
            if c(sp["amount"]) != bal[sp["invoice_id"]]: bad(k, "short_pay amount != remaining balance")
        elif all(bal[a["invoice_id"]] == 0 for a in l["applications"]): bad(k, "partial leaves nothing open")
    if st == "unapplied" and c(l["unapplied"]) <= 0: bad(k, "unapplied shape")
    if st == "review" and (l["applications"] or not l["reason"]): bad(k, "review shape")
    for cs in l["candidates"]:
        for iid in cs:
            if iid not in INV: bad(k, "candidate unknown")
    text = ((p["reference"] or "") + " " + (p["remittance"] or "")).translate(AR)
    # channel formats
    ref = p["reference"] or ""
    if ref.startswith(":20:"):
        m = re.search(r":70:(.*)\n:71A:(OUR|SHA|BEN)$", ref, re.S)
        if not m: bad(k, "MT103 shape")
        else:
            ls = m.group(1).split("\n")
            if len(ls) > 4 or any(len(x) > 35 for x in ls): bad(k, "field 70 over 4x35")
    if p["currency"] == "NGN" and re.match(r"^\d+$", ref) and len(ref) != 30: bad(k, "NIP session id length")
    sc = l["scenario"]
    first = INV[l["applications"][0]["invoice_id"]] if l["applications"] else None
    if sc == "exact_ref_eft" and len(ref) > 20: bad(k, "EFT ref > 20")
    if sc.startswith("exact_ref") or sc in ("partial", "overpayment") or sc.startswith("short_") and sc != "short_bank_charges":
        if first["number"][4:] not in text: bad(k, "invoice number not in text")
        if c(p["amount"]) - c(l["unapplied"]) != sum(c(a["amount"]) for a in l["applications"]): pass
    if sc.startswith("exact_ref") and c(p["amount"]) != c(first["balance"]) and first["id"] in [x for x in paid_by]: pass
    if sc == "list":
        for a in l["applications"]:
            n = INV[a["invoice_id"]]["number"][4:]
            if n not in text and ("/" + n[-2:]) not in text: bad(k, "list member not in text")
    if sc == "mt103_truncated":
        ns = [INV[a["invoice_id"]]["number"][4:] for a in l["applications"]]
        if sum(n in text for n in ns) != len(ns) - 1: bad(k, "truncation: exactly one number should be lost")
    if p["remittance"] and p["remittance"].startswith("M-PESA") and amt > 25000000: bad(k, "M-Pesa over KES 250,000")
    if sc == "typo":
        if [i for i, v in bal.items() if v + (first["id"] == i) * amt == amt and INV[i]["currency"] == p["currency"]] != [first["id"]]: bad(k, "typo amount not unique")
    if sc == "range":
        ns = sorted(INV[a["invoice_id"]]["number"][4:] for a in l["applications"])
        if ns[0] not in text or ns[-1] not in text: bad(k, "range ends not in text")
    if sc in ("typo", "po_lookalike", "amount_only"):
        if first["number"][4:] in text: bad(k, "number unexpectedly present")
        if sc != "typo" and p["customer_id"] != first["customer_id"]: bad(k, "customer not identified")
        same = [i for i in INV.values() if i["customer_id"] == first["customer_id"] and i["currency"] == p["currency"]]
    if sc == "short_withholding_tax":
        pct = int(re.search(r"(\d)%", text).group(1))
        inv = first; before = c(l["applications"][0]["amount"]) + c(l["short_pay"]["amount"])
        if round(before * pct / 100.0) != c(l["short_pay"]["amount"]): bad(k, "WHT arithmetic")
        if "{:,}".format(c(l["short_pay"]["amount"]) // 100) not in text: bad(k, "WHT amount not stated")
    if sc == "short_bank_charges" and ":71A:SHA" not in ref: bad(k, "charges without SHA")
    if sc == "second_payment":
        n = [iid for iid, i in INV.items() if i["number"][4:] in text]
        if not any(iid in paid_by and paid_by[iid][1] == amt for iid in n): bad(k, "second payment: no earlier full payment")
    if sc in ("ambiguous_ref_vs_amount", "other_currency"):
        if INV[l["candidates"][0][0]]["number"][4:] not in text: bad(k, "candidate ref not in text")
    if sc == "ambiguous_same_amount" or sc == "ambiguous_payer":
        if len(l["candidates"]) < 2 or any(bal[cs[0]] != amt for cs in l["candidates"]): bad(k, "ambiguity not real")
    if sc == "unknown_payer_amount_match":
        hits = [i for i, v in bal.items() if v == amt and INV[i]["currency"] == p["currency"]]
        if hits != l["candidates"][0]: bad(k, "unknown payer amount match not unique")
if errs:
    print("\n".join(errs[:50])); print(len(errs), "problems"); sys.exit(1)
print("OK", len(invs), "invoices", len(pays), "payments")
