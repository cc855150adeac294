#!/usr/bin/env python3
"""Sanity checker for ledger_southasia (not part of the data).

Replays the payments in file order and re-verifies every label against the
contract's arithmetic and against the evidence each scenario claims.  Exits 1 on
any problem.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
LED = os.path.join(HERE, "ledger_southasia")
AMT = re.compile(r"^\d+\.\d{2}$")
PROBLEMS = []


def bad(pid, msg):
    PROBLEMS.append("%s: %s" % (pid, msg))


def norm(s):
    return " ".join("".join(ch if ch.isalnum() else " " for ch in s.upper()).split())


def strip_ms(p):
    p = norm(p)
    for pre in ("M S ",):
        if p.startswith(pre):
            p = p[len(pre):]
    return p


def seq_of(number):
    return int(re.findall(r"\d+", number)[-1])


def has_seq(text, n):
    return re.search(r"(?<!\d)0*%d(?!\d)" % n, text) is not None


def main():
    invs = json.load(open(os.path.join(LED, "invoices.json"), encoding="utf-8"))
    pays = json.load(open(os.path.join(LED, "payments.json"), encoding="utf-8"))
    labs = json.load(open(os.path.join(LED, "labels.json"), encoding="utf-8"))

    # ---------------- invoices
    inv = {}
    numbers = set()
    cname = {}
    for i in invs:
        assert set(i) == {"id", "number", "customer_id", "customer_name", "currency", "total", "balance",
                          "issue_date", "due_date"}, i
        if i["id"] in inv:
            bad(i["id"], "duplicate invoice id")
        if i["number"] in numbers:
            bad(i["id"], "duplicate invoice number")
        numbers.add(i["number"])
        inv[i["id"]] = i
        if not (AMT.match(i["total"]) and AMT.match(i["balance"])):
            bad(i["id"], "bad amount format")
        if not (Decimal("0") < Decimal(i["balance"]) <= Decimal(i["total"])):
            bad(i["id"], "balance not in (0, total]")
        if date.fromisoformat(i["due_date"]) < date.fromisoformat(i["issue_date"]):
            bad(i["id"], "due before issue")
        if cname.setdefault(i["customer_id"], i["customer_name"]) != i["customer_name"]:
            bad(i["id"], "customer name inconsistent")
    currencies = {i["currency"] for i in invs}
    cust_names = {cid: norm(n) for cid, n in cname.items()}
    by_cust = defaultdict(list)
    for i in invs:
        by_cust[i["customer_id"]].append(i)

    # ---------------- payments / labels alignment
    if len(pays) != len(labs):
        bad("-", "payments and labels differ in length")
    seen_ids = set()
    last_date = None
    bal = {i["id"]: Decimal(i["balance"]) for i in invs}

    def open_of(cid, cur):
        return [i for i in by_cust[cid] if i["currency"] == cur and bal[i["id"]] > 0]

    def no_fit(cid, cur, amt):
        op = open_of(cid, cur)
        if any(bal[i["id"]] == amt for i in op):
            return False
        for a in range(len(op)):
            for b in range(a + 1, len(op)):
                if bal[op[a]["id"]] + bal[op[b]["id"]] == amt:
                    return False
        return True

    def prefix_customers(payer):
        p = strip_ms(payer)
        return [cid for cid, n in cust_names.items() if n.startswith(p)]

    for p, l in zip(pays, labs):
        pid = p["id"]
        if l["payment_id"] != pid:
            bad(pid, "label order")
        assert set(p) == {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}, p
        # defects
        defects = []
        if pid in seen_ids:
            defects.append("dup")
        seen_ids.add(pid)
        if not isinstance(p["amount"], str) or not re.match(r"^-?\d+\.\d{2}$", p["amount"]):
            defects.append("malformed")
        elif p["amount"].startswith("-"):
            defects.append("negative")
        if p["currency"] not in currencies:
            defects.append("currency")
        if not p["date"]:
            defects.append("date")
        else:
            d = date.fromisoformat(p["date"])
            if last_date and d < last_date:
                bad(pid, "payments not oldest first")
            last_date = d
        if l["status"] == "error":
            if not defects:
                bad(pid, "error label but no defect")
            if l["applications"] or l["unapplied"] is not None or l["candidates"] or not l.get("error"):
                bad(pid, "error label shape")
            continue
        if defects:
            bad(pid, "defect %s but not labelled error" % defects)
            continue
        # ---------------- arithmetic replay
        amt = Decimal(p["amount"])
        cur = p["currency"]
        text = (p["reference"] or "") + "\n" + (p["remittance"] or "")
        st = l["status"]
        sc = l["scenario"]
        before = dict((k, v) for k, v in bal.items())  # snapshot for evidence checks
        total = Decimal(l["unapplied"])
        if not AMT.match(l["unapplied"]):
            bad(pid, "unapplied format")
        for a in l["applications"]:
            x = Decimal(a["amount"])
            i = inv.get(a["invoice_id"])
            if i is None:
                bad(pid, "unknown invoice")
                continue
            if i["currency"] != cur:
                bad(pid, "cross-currency application")
            if x <= 0:
                bad(pid, "non-positive application")
            bal[i["id"]] -= x
            if bal[i["id"]] < 0:
                bad(pid, "invoice past zero")
            total += x
        if total != amt:
            bad(pid, "applications + unapplied != amount")
        apps = [inv[a["invoice_id"]] for a in l["applications"]]
        if st == "applied":
            if not apps or Decimal(l["unapplied"]) != 0 or l["short_pay"] or l["candidates"]:
                bad(pid, "applied shape")
        elif st == "partial":
            if not apps or Decimal(l["unapplied"]) != 0 or l["candidates"]:
                bad(pid, "partial shape")
            if not any(bal[i["id"]] > 0 for i in apps):
                bad(pid, "partial leaves nothing open")
            sp = l["short_pay"]
            if sp:
                if sp["invoice_id"] not in [i["id"] for i in apps] or bal[sp["invoice_id"]] != Decimal(sp["amount"]):
                    bad(pid, "short_pay does not equal what stays open")
                if not sp.get("reason"):
                    bad(pid, "short_pay without reason")
        elif st == "unapplied":
            if Decimal(l["unapplied"]) <= 0 or l["short_pay"] or l["candidates"]:
                bad(pid, "unapplied shape")
        elif st == "review":
            if apps or l["unapplied"] != p["amount"] or l["short_pay"]:
                bad(pid, "review shape")
            for c in l["candidates"]:
                cs = [inv[x] for x in c["invoice_ids"]]
                if any(i["currency"] != cur or before[i["id"]] <= 0 for i in cs):
                    bad(pid, "candidate not open or other currency")
                if len({i["customer_id"] for i in cs}) != 1:
                    bad(pid, "candidate mixes customers")
        else:
            bad(pid, "unknown status")
        if st != "review" and l["candidates"]:
            bad(pid, "candidates outside review")

        # ---------------- evidence per scenario
        cid = p["customer_id"]
        named = {"ref_exact", "name_only_ref", "upi_small", "multi_list", "tds_short", "other_short", "lc_charges",
                 "lc_exact", "part_payment", "balance_after_part", "overpayment", "utr_lookalike", "fy_short_number",
                 "on_behalf", "lump_statement" if False else "_"}
        if sc in named:
            for i in apps:
                if not has_seq(text, seq_of(i["number"])):
                    bad(pid, "applied invoice %s not named in text" % i["number"])
        if sc == "multi_range":
            if not (has_seq(text, seq_of(apps[0]["number"])) and has_seq(text, seq_of(apps[-1]["number"]))):
                bad(pid, "range ends not named")
            seqs = [seq_of(i["number"]) for i in apps]
            if seqs != list(range(seqs[0], seqs[0] + len(seqs))):
                bad(pid, "range not consecutive")
        if apps and sc != "on_behalf":
            owners = {i["customer_id"] for i in apps}
            if len(owners) != 1:
                bad(pid, "applications span customers")
            owner = owners.pop()
            if cid is not None and cid != owner:
                bad(pid, "applied to another customer's invoice")
            if cid is None and not sc.startswith("lc_"):
                if not cust_names[owner].startswith(strip_ms(p["payer_name"])):
                    bad(pid, "payer name is not a prefix of the owner's name")
        if sc in ("ref_exact", "name_only_ref", "upi_small", "lc_exact", "balance_after_part", "utr_lookalike",
                  "fy_short_number", "on_behalf", "po_lookalike", "amount_only", "name_only_amount", "amount_lookalike"):
            if len(apps) != 1 or before[apps[0]["id"]] != amt or st != "applied":
                bad(pid, "single exact application expected")
        if sc in ("multi_list", "multi_range", "lump_statement"):
            if any(bal[i["id"]] != 0 for i in apps):
                bad(pid, "multi should settle each invoice")
        if sc == "lump_statement":
            c0 = apps[0]["customer_id"]
            if any(before[i["id"]] > 0 for i in by_cust[c0] if i["currency"] == cur and i not in apps):
                bad(pid, "statement lump leaves other open invoices")
        if sc in ("amount_only", "po_lookalike", "amount_lookalike"):
            i = apps[0]
            snapshot = bal
            bal_now = bal
            # uniqueness at payment time
            others = [j for j in by_cust[i["customer_id"]] if j["currency"] == cur and before[j["id"]] > 0 and j is not i]
            if any(before[j["id"]] == amt for j in others):
                bad(pid, "amount not unique for customer")
            for a in range(len(others)):
                for b in range(a + 1, len(others)):
                    if before[others[a]["id"]] + before[others[b]["id"]] == amt:
                        bad(pid, "amount equals a pair")
        if sc in ("amount_only", "po_lookalike", "amount_lookalike", "advance", "on_account",
                  "ambiguous_same_amount", "lump_subset_noref"):
            # nothing in the text may read like one of this customer's own invoice numbers
            for j in by_cust[cid]:
                if j["currency"] == cur and seq_of(j["number"]) >= 100 and has_seq(text, seq_of(j["number"])):
                    bad(pid, "text names own invoice %s" % j["number"])
        if sc == "name_only_amount":
            if cid is not None or len(prefix_customers(p["payer_name"])) != 1:
                bad(pid, "name not unique")
            if sum(1 for j in invs if j["currency"] == cur and before[j["id"]] == amt) != 1:
                bad(pid, "amount not unique in ledger")
            if any(has_seq(text, seq_of(apps[0]["number"])) for _ in [0]) and len(str(seq_of(apps[0]["number"]))) > 3:
                pass
        if sc == "fy_short_number":
            n = seq_of(apps[0]["number"])
            twins = [j for j in invs if j["number"].startswith("GST/24-25/") and seq_of(j["number"]) == n]
            if not twins or twins[0]["customer_id"] == cid:
                bad(pid, "no other-customer 24-25 twin")
            if sum(1 for j in by_cust[cid] if seq_of(j["number"]) == n) != 1:
                bad(pid, "short number not unique for customer")
        if sc in ("tds_short", "other_short", "lc_charges"):
            if st != "partial" or not l["short_pay"]:
                bad(pid, "short pay expected")
            elif sc == "tds_short" and ("TDS" not in text or l["short_pay"]["reason"].split()[-1] not in text):
                bad(pid, "TDS section not in text")
        if sc == "part_payment" and (st != "partial" or l["short_pay"] or "part" not in text.lower() and "instalment" not in text.lower()):
            bad(pid, "part payment")
        if sc == "overpayment":
            if st != "unapplied" or len(apps) != 1 or bal[apps[0]["id"]] != 0:
                bad(pid, "overpayment shape")
        if sc in ("duplicate_payment", "advance", "on_account"):
            if st != "unapplied" or apps or cid is None or not no_fit(cid, cur, amt):
                bad(pid, "held-on-account case fits something")
        if sc == "duplicate_payment":
            named_invs = [j for j in by_cust[cid] if j["number"] in text]
            if len(named_invs) != 1 or before[named_invs[0]["id"]] != 0:
                bad(pid, "duplicate payment target not already settled")
        if sc == "ambiguous_same_amount":
            same = [j for j in by_cust[cid] if j["currency"] == cur and before[j["id"]] == amt]
            if len(same) < 2 or {x for c in l["candidates"] for x in c["invoice_ids"]} != {j["id"] for j in same}:
                bad(pid, "ambiguity not real")
        if sc == "ambiguous_name":
            cs = prefix_customers(p["payer_name"])
            fits = [c for c in cs if any(before[j["id"]] == amt for j in by_cust[c] if j["currency"] == cur)]
            if cid is not None or len(fits) < 2 or len(l["candidates"]) != len(fits):
                bad(pid, "name ambiguity not real")
        if sc == "lump_subset_noref":
            c0 = [inv[x] for x in l["candidates"][0]["invoice_ids"]]
            if sum(before[j["id"]] for j in c0) != amt or any(before[j["id"]] == amt for j in by_cust[cid] if j["currency"] == cur):
                bad(pid, "lump subset")
            if p["remittance"] or any(has_seq(text, seq_of(j["number"])) for j in c0):
                bad(pid, "lump subset has evidence text")
        if sc == "ref_amount_conflict":
            c0, c1 = [inv[c["invoice_ids"][0]] for c in l["candidates"]]
            if before[c0["id"]] != amt or before[c1["id"]] == amt or c1["number"] not in text:
                bad(pid, "conflict not real")
        if sc == "cross_currency":
            ment = [j for j in invs if j["number"].replace("/", " ") in text.replace("/", " ")]
            if st != "review" or l["candidates"] or not ment or ment[0]["currency"] == cur:
                bad(pid, "cross currency")
        if sc == "unknown_payer":
            if cid is not None or prefix_customers(p["payer_name"]) or any(
                    j["currency"] == cur and before[j["id"]] == amt for j in invs):
                bad(pid, "unknown payer is known")
        if sc == "utr_lookalike" and not p["remittance"]:
            bad(pid, "utr lookalike without advice")
        if sc == "on_behalf" and (cid is None or apps[0]["customer_id"] == cid or cname[apps[0]["customer_id"]] not in text):
            bad(pid, "on behalf")

    # ---------------- README counts agree
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    for s, n in Counter(l["status"] for l in labs).items():
        if "| %s | %d |" % (s, n) not in readme:
            bad("README", "status count %s" % s)

    if PROBLEMS:
        print("\n".join(PROBLEMS[:60]))
        print("%d problems" % len(PROBLEMS))
        sys.exit(1)
    st = Counter(l["status"] for l in labs)
    print("OK: %d invoices, %d payments; %s" % (len(invs), len(pays), dict(sorted(st.items()))))


if __name__ == "__main__":
    main()
