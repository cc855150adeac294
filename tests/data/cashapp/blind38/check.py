#!/usr/bin/env python3
"""Sanity checker for ledger_baltic (not part of the data).  Re-verifies every label from the
JSON files alone by replaying the payments in file order.  Exits non-zero on any problem."""
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal, InvalidOperation
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "ledger_baltic")
problems = []


def bad(pid, msg):
    problems.append("%s: %s" % (pid, msg))


def load(name):
    with open(os.path.join(D, name), encoding="utf-8") as f:
        return json.load(f)


def plain(t):
    t = (t or "").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    t = unicodedata.normalize("NFKD", t)
    return "".join(ch for ch in t if not unicodedata.combining(ch)).upper()


def c731(core):
    w = [7, 3, 1]
    tot = sum(int(ch) * w[i % 3] for i, ch in enumerate(reversed(core)))
    return str((10 - tot % 10) % 10)


invs = load("invoices.json")
pays = load("payments.json")
labs = load("labels.json")
inv = {i["id"]: i for i in invs}
by_num = {i["number"]: i for i in invs}
by_core = {i["number"].split("-")[1] + i["number"].split("-")[2]: i for i in invs}
bal = {i["id"]: Decimal(i["balance"]) for i in invs}
by_cust = {}
names = {}
for i in invs:
    by_cust.setdefault(i["customer_id"], []).append(i)
    names[i["customer_id"]] = i["customer_name"]
curs = {i["currency"] for i in invs}
AMT = re.compile(r"^\d+\.\d{2}$")

if len(invs) != len({i["id"] for i in invs}) or len(invs) != len(by_num):
    bad("-", "invoice ids or numbers not unique")
for i in invs:
    if not (Decimal("0") < Decimal(i["balance"]) <= Decimal(i["total"])):
        bad(i["id"], "balance outside (0, total]")
if len(pays) != len(labs):
    bad("-", "payments and labels differ in length")


def open_of(cid, cur):
    return [i for i in by_cust.get(cid, []) if i["currency"] == cur and bal[i["id"]] > 0]


def subsets(op, amount, maxk=4):
    out = []
    for k in range(1, min(maxk, len(op)) + 1):
        for c in combinations(op, k):
            if sum(bal[i["id"]] for i in c) == amount:
                out.append({i["id"] for i in c})
    if len(op) > maxk and sum(bal[i["id"]] for i in op) == amount:
        out.append({i["id"] for i in op})
    return out


NAME_TOK = {"OU", "AS", "SIA", "UAB", "OY", "AB", "GMBH", "CO", "KG", "SP", "Z", "O", "S", "A", "PHU",
            "SPOLKA", "OGRANICZONA", "ODPOWIEDZIALNOSCIA", "AKCYJNA", "&", "+"}


def name_tokens(t, ue=False):
    t = plain(t)
    if ue:
        t = t.replace("AE", "A").replace("OE", "O").replace("UE", "U")
    t = re.sub(r"[^A-Z0-9 ]", " ", t)
    return [w for w in t.split() if w not in NAME_TOK]


def name_hits(payer):
    hits = set()
    for ue in (False, True):
        pt = name_tokens(payer, ue)
        if not pt:
            continue
        for cid, n in names.items():
            ct = name_tokens(n, ue)
            ok = all(w in ct for w in pt[:-1]) and any(w.startswith(pt[-1]) for w in ct)
            if ok:
                hits.add(cid)
    return hits


def text_of(p):
    return plain((p["reference"] or "") + "\n" + (p["remittance"] or ""))


def named(i, txt):
    n = i["number"]
    seq = n.split("-")[2]
    return n in txt or n.replace("-", "") in txt or re.search(r"(?<!\d)%s(?!\d)" % seq, txt) is not None


EXPECT = {"applied": {"ref_exact", "ref_structured", "list_exact", "range_exact", "amount_only_unique",
                     "payer_name_amount", "lump_all_open", "split_payment_vat", "split_payment_gross",
                     "ref_typo_unique_amount", "po_number_lookalike", "amount_lookalike", "list_includes_paid"},
          "partial": {"part_payment", "split_payment_net", "list_short_pay", "short_pay_moisture", "short_pay_volume",
                      "short_pay_quality", "short_pay_discount", "short_pay_charges"},
          "unapplied": {"overpayment", "duplicate_payment", "prepayment_on_account"},
          "review": {"review_equal_amounts", "review_equal_lump", "unknown_payer_one_fit", "unknown_payer_no_fit",
                     "cross_currency", "ref_amount_conflict", "list_short_unexplained"}}
SCEN_STATUS = {s: k for k, v in EXPECT.items() for s in v}
seen = {}
last = ""
status_ok = {"applied", "partial", "unapplied", "review", "error"}
for k, (p, lab) in enumerate(zip(pays, labs)):
    pid = p["id"]
    if lab["payment_id"] != pid:
        bad(pid, "label order")
    st = lab["status"]
    if st not in status_ok:
        bad(pid, "status")
    sc = lab["scenario"]
    want = "error" if sc.startswith("bad_") else SCEN_STATUS.get(sc)
    if want != st:
        bad(pid, "scenario %s should be %s, label says %s" % (sc, want, st))
    if (lab["short_pay"] is not None) != (sc.startswith("short_pay_") or sc == "list_short_pay"):
        bad(pid, "short_pay presence")
    if bool(lab["candidates"]) != (st == "review" and sc not in ("unknown_payer_no_fit", "cross_currency")):
        bad(pid, "candidates presence")
    if not lab["note"].startswith("[%s, " % sc):
        bad(pid, "note key")
    # ---- input defects
    defects = []
    if pid in seen:
        defects.append("dup id")
        if seen[pid] != p:
            bad(pid, "duplicate id row is not a verbatim repeat")
    if not isinstance(p["amount"], str) or not AMT.match(p["amount"]):
        defects.append("amount")
    if p["currency"] not in curs:
        defects.append("currency")
    if not p["date"]:
        defects.append("date")
    if st == "error":
        if not defects:
            bad(pid, "error label on a clean row")
        if lab["applications"] or lab["candidates"] or lab["unapplied"] != "0.00" or not lab.get("error"):
            bad(pid, "error label shape")
        seen.setdefault(pid, p)
        continue
    if defects:
        bad(pid, "defective row not labelled error: %s" % defects)
        continue
    seen[pid] = p
    if p["date"] < last:
        bad(pid, "dates not oldest first")
    last = p["date"]
    amt = Decimal(p["amount"])
    cur = p["currency"]
    cid = p["customer_id"]
    txt = text_of(p)
    before = dict(bal)
    # ---- replay
    tot = Decimal(lab["unapplied"])
    apps = lab["applications"]
    for a in apps:
        i = inv.get(a["invoice_id"])
        if i is None:
            bad(pid, "unknown invoice")
            continue
        x = Decimal(a["amount"])
        if i["currency"] != cur:
            bad(pid, "cross-currency application")
        if not (0 < x <= bal[i["id"]]):
            bad(pid, "application past zero balance on %s" % i["number"])
        bal[i["id"]] -= x
        tot += x
        if cid and i["customer_id"] != cid:
            bad(pid, "applied to another customer's invoice")
    if tot != amt:
        bad(pid, "applications + unapplied != amount")
    cust = {inv[a["invoice_id"]]["customer_id"] for a in apps}
    if len(cust) > 1:
        bad(pid, "applications span customers")
    if st == "applied" and (not apps or Decimal(lab["unapplied"]) != 0 or lab["short_pay"]):
        bad(pid, "applied shape")
    if st == "partial":
        if not apps or Decimal(lab["unapplied"]) != 0 or all(bal[a["invoice_id"]] == 0 for a in apps):
            bad(pid, "partial shape")
        sp = lab["short_pay"]
        if sp and (sp["invoice_id"] not in {a["invoice_id"] for a in apps} or bal[sp["invoice_id"]] != Decimal(sp["amount"])):
            bad(pid, "short_pay does not equal what stays open")
        if sp and not sp.get("reason"):
            bad(pid, "short_pay reason")
    if st == "unapplied" and Decimal(lab["unapplied"]) <= 0:
        bad(pid, "unapplied shape")
    if st == "review":
        if apps or Decimal(lab["unapplied"]) != amt:
            bad(pid, "review shape")
        for c in lab["candidates"]:
            for x in c:
                if inv[x]["currency"] != cur or before[x] <= 0:
                    bad(pid, "candidate not open / other currency")
    # ---- per-scenario evidence
    target = apps and inv[apps[0]["invoice_id"]]
    owner = target["customer_id"] if target else cid
    if sc in ("ref_exact", "overpayment", "part_payment", "po_number_lookalike", "amount_lookalike",
              "list_exact", "list_short_pay") or sc.startswith("short_pay_"):
        for a in apps:
            if not named(inv[a["invoice_id"]], txt):
                bad(pid, "applied invoice %s not named in text" % inv[a["invoice_id"]]["number"])
    if sc in ("ref_exact", "ref_structured", "po_number_lookalike", "amount_lookalike") and \
            Decimal(apps[0]["amount"]) != before[apps[0]["invoice_id"]]:
        bad(pid, "not exact balance")
    if sc == "ref_structured":
        r = p["reference"].replace(" ", "")
        if r.startswith("RF"):
            num = "".join(str(int(ch, 36)) for ch in r[4:] + r[:4])
            if int(num) % 97 != 1:
                bad(pid, "RF check")
            r = r[4:]
        if c731(r[:-1]) != r[-1]:
            bad(pid, "viitenumber check digit")
        if by_core.get(r[:-1]) is not target:
            bad(pid, "structured reference does not decode to the applied invoice")
    if sc in ("amount_only_unique", "payer_name_amount", "ref_typo_unique_amount", "lump_all_open",
              "list_includes_paid"):
        opn = [i for i in by_cust[owner] if i["currency"] == cur and before[i["id"]] > 0]
        saved = dict(bal)
        bal.update(before)
        m = subsets(opn, amt, maxk=4 if sc != "lump_all_open" else 6)
        bal.clear()
        bal.update(saved)
        if m != [{a["invoice_id"] for a in apps}]:
            bad(pid, "amount does not single out the applied set: %d fits" % len(m))
    if sc == "payer_name_amount":
        if cid is not None or name_hits(p["payer_name"]) != {owner}:
            bad(pid, "payer name does not identify exactly one customer: %s" % p["payer_name"])
    if sc == "ref_typo_unique_amount":
        if any(by_num.get(n) for n in re.findall(r"[A-Z]{2}-\d{2}-\d{5}", txt)) or \
                any(by_core.get(x) for x in re.findall(r"\d{7}", txt)):
            bad(pid, "typo reference exists")
    if sc.startswith("review_equal"):
        if len(lab["candidates"]) < 2:
            bad(pid, "needs two candidates")
        for c in lab["candidates"]:
            if sum(before[x] for x in c) != amt:
                bad(pid, "candidate does not sum to amount")
    if sc == "ref_amount_conflict":
        a, b = lab["candidates"]
        if before[a[0]] != amt or not named(inv[b[0]], txt) or before[b[0]] <= amt:
            bad(pid, "conflict not as described")
    if sc.startswith("unknown_payer"):
        if cid is not None or name_hits(p["payer_name"]):
            bad(pid, "unknown payer matches a customer")
        fits = [i["id"] for i in invs if i["currency"] == cur and before[i["id"]] == amt]
        if [[x] for x in fits] != lab["candidates"]:
            bad(pid, "unknown payer candidates")
    if sc in ("duplicate_payment", "prepayment_on_account", "cross_currency"):
        if subsets(open_of(owner, cur), amt):
            bad(pid, "amount fits an open item")
    if sc == "duplicate_payment":
        prev = [q for q in pays[:k] if q["reference"] == p["reference"] and q["remittance"] == p["remittance"]
                and q["amount"] == p["amount"] and q["id"] != pid]
        if not prev:
            bad(pid, "no earlier identical payment")
    if sc == "overpayment":
        extra = Decimal(lab["unapplied"])
        if bal[apps[0]["invoice_id"]] != 0 or subsets(open_of(owner, cur), extra):
            bad(pid, "overpayment remainder")
    if sc == "cross_currency":
        ns = re.findall(r"[A-Z]{2}-\d{2}-\d{5}", txt)
        if not ns or by_num[ns[0]]["currency"] == cur or lab["candidates"]:
            bad(pid, "cross currency")
    if sc == "split_payment_vat":
        vat = re.search(r"/VAT/([\d,]+)/", p["reference"]).group(1).replace(",", ".")
        if Decimal(vat) != amt or bal[apps[0]["invoice_id"]] != 0:
            bad(pid, "split VAT leg")
    if sc == "split_payment_net":
        vat = Decimal(re.search(r"/VAT/([\d,]+)/", p["reference"]).group(1).replace(",", "."))
        if bal[apps[0]["invoice_id"]] != vat:
            bad(pid, "split net leg leaves wrong amount open")

if problems:
    print("\n".join(problems[:60]))
    print("%d problems" % len(problems))
    sys.exit(1)
print("ok: %d invoices, %d payments, %d labels" % (len(invs), len(pays), len(labs)))
