#!/usr/bin/env python3
"""Re-verify every label of sea_furniture/ from the data alone (stdlib only).

Replays the payments in order against the open invoices, checks the contract's invariants for every
label, and checks the evidence each scenario claims (numbers present in the bank text, amounts that
add up, tax/retention maths, uniqueness or ambiguity of amount matches, truncation limits).
Exits 1 on the first class of problem found (all problems are printed)."""
import itertools
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from datetime import date
from decimal import Decimal as D, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = os.path.join(HERE, "sea_furniture")
ZERO_DEC = {"IDR", "VND"}
CURRENCIES = {"MYR", "SGD", "THB", "IDR", "PHP", "VND", "USD"}
ERRORS = []


def err(pid, msg):
    ERRORS.append(f"{pid}: {msg}")


def load(name):
    with open(os.path.join(LEDGER, name), encoding="utf-8") as f:
        return json.load(f)


def amount_ok(cur, sv):
    if not isinstance(sv, str):
        return False
    pat = r"^\d+$" if cur in ZERO_DEC else r"^\d+\.\d{2}$"
    return re.match(pat, sv) is not None


def q(cur, x):
    from decimal import ROUND_HALF_UP
    return D(x).quantize(D("1") if cur in ZERO_DEC else D("0.01"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- text evidence
def scan_text(p):
    parts = []
    for k in ("reference", "remittance"):
        v = p.get(k)
        if not v:
            continue
        if v.startswith(":20:"):
            seg, prev, buf = None, "", []
            for ln in v.split("\n"):
                if re.match(r"^:\w+:", ln):
                    seg = ln[:4]
                    if seg == ":70:":
                        buf.append(ln[4:])
                        prev = ln[4:]
                    continue
                if seg == ":70:":
                    buf.append(("" if len(prev) == 35 else " ") + ln)
                    prev = ln
            parts.append("".join(buf))
        else:
            parts.append(v.replace("\n", " "))
    return " ".join(parts)


RANGE_WORDS = r"(?:-|–|~|to|s/d|hingga|sampai|ถึง|đến|den|至|hanggang|until)"


def refs_in(t):
    found = set()
    for m in re.finditer(r"KTP[\s\-#]?(\d{4})(?!\d)", t, re.I):
        found.add("KTP-" + m.group(1))
    for m in re.finditer(r"(?<!\d)(4\d{4})((?:\s*/\s*\d{1,4}(?!\d))+)", t):
        base = m.group(1)
        for sfx in re.findall(r"\d{1,4}", m.group(2)):
            found.add("KTI-" + base[:5 - len(sfx)] + sfx)
    for m in re.finditer(r"(?<!\d)(4\d{4})\s*" + RANGE_WORDS + r"\s*(?:KTI[\s\-]?)?(\d{2,5})(?!\d)", t, re.I):
        a = int(m.group(1))
        bs = m.group(2)
        b = int(m.group(1)[:5 - len(bs)] + bs)
        if a < b <= a + 40:
            found |= {f"KTI-{x}" for x in range(a, b + 1)}
    for m in re.finditer(r"(?<!\d)(4\d{4})(?!\d)", t):
        found.add("KTI-" + m.group(1))
    return found


def money_forms(cur, x):
    x = q(cur, x)
    if cur in ZERO_DEC:
        return {f"{int(x):,}".replace(",", "."), f"{int(x):,}"}
    return {f"{x:,.2f}"}


LEGAL = {"SDN", "BHD", "BERHAD", "S", "B", "PTE", "LTD", "CO", "COMPANY", "LIMITED", "PUBLIC", "PCL", "INC",
         "CORP", "CORPORATION", "PT", "LDA", "PVT", "CONG", "TY", "TNHH", "CP", "บจก", "บมจ", "บรษท", "จากด",
         "มหาชน"}


def norm(t, drop):
    t = t.replace("đ", "d").replace("Đ", "D")
    t = "".join(ch for ch in unicodedata.normalize("NFD", t) if unicodedata.category(ch) != "Mn").upper()
    toks = re.findall(r"\w+", t)
    if drop:
        toks = [x for x in toks if x not in LEGAL]
    return " ".join(toks)


def name_matches(payer, customers):
    """Customers whose name (or Thai name) starts with what the bank shows as payer."""
    if not payer:
        return set()
    out = set()
    for cid, names in customers.items():
        for n in names:
            for drop in (False, True):
                a, b = norm(payer, drop), norm(n, drop)
                if a and len(a) >= 6 and b.startswith(a):
                    out.add(cid)
    return out


def subsets_summing(invs, bal, target, kmax=3):
    invs = sorted(invs, key=lambda i: (i["due_date"], i["number"]))
    out = []
    for k in range(1, kmax + 1):
        for combo in itertools.combinations(invs, k):
            if sum((bal[i["id"]] for i in combo), D(0)) == target:
                out.append(tuple(i["id"] for i in combo))
    return out


def edit1(a, b):
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return True
    return False


# ---------------------------------------------------------------- main
def main():
    invs = load("invoices.json")
    pays = load("payments.json")
    labs = load("labels.json")
    INV = {i["id"]: i for i in invs}
    BYNUM = {i["number"]: i for i in invs}

    # invoices
    ikeys = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
    cname = {}
    for i in invs:
        if set(i) != ikeys:
            err(i["id"], "invoice keys")
        if i["currency"] not in CURRENCIES:
            err(i["id"], "currency")
        if not (amount_ok(i["currency"], i["total"]) and amount_ok(i["currency"], i["balance"])):
            err(i["id"], "amount format")
        if not (D(0) < D(i["balance"]) <= D(i["total"])):
            err(i["id"], "balance not in (0, total]")
        if not re.match(r"^KT[IP]-\d{4,5}$", i["number"]):
            err(i["id"], "number format")
        iss, due = date.fromisoformat(i["issue_date"]), date.fromisoformat(i["due_date"])
        if not (due >= iss and iss <= date(2025, 12, 31)):
            err(i["id"], "dates")
        if cname.setdefault(i["customer_id"], i["customer_name"]) != i["customer_name"]:
            err(i["id"], "customer name inconsistent")
    if len(INV) != len(invs) or len(BYNUM) != len(invs):
        err("invoices", "duplicate id or number")
    if not (1200 <= len(invs) <= 1800):
        err("invoices", f"count {len(invs)}")
    customers = {}
    for i in invs:
        customers.setdefault(i["customer_id"], {i["customer_name"]})

    # payments / labels alignment
    if len(pays) != len(labs):
        err("files", "payments and labels differ in length")
    pkeys = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
    lkeys = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario",
             "note"}
    bal = {i["id"]: D(i["balance"]) for i in invs}
    paid_by = {}
    seen_ids = set()
    last_date = None
    for p, l in zip(pays, labs):
        pid = p.get("id")
        if set(p) != pkeys:
            err(pid, "payment keys")
        if l["payment_id"] != pid:
            err(pid, "label order")
        if set(l) - {"error"} != lkeys:
            err(pid, f"label keys {sorted(set(l))}")
        if not l["note"].startswith(f"[{l['scenario']}, "):
            err(pid, "note prefix")
        # --- bad rows
        problems = []
        cur = p["currency"]
        if pid in seen_ids:
            problems.append("duplicate_payment_id")
        try:
            dt = date.fromisoformat(p["date"]) if isinstance(p["date"], str) else None
        except ValueError:
            dt = None
        if dt is None:
            problems.append("invalid_date")
        if cur not in CURRENCIES:
            problems.append("invalid_currency")
        try:
            amt = D(p["amount"]) if isinstance(p["amount"], str) and re.match(r"^-?\d+(\.\d+)?$", p["amount"]) else None
        except InvalidOperation:
            amt = None
        if amt is None:
            problems.append("invalid_amount")
        elif amt <= 0:
            problems.append("non_positive_amount")
        elif cur in CURRENCIES and not amount_ok(cur, p["amount"]):
            problems.append("invalid_amount")
        seen_ids.add(pid)
        if problems:
            if l.get("error") not in problems or l["status"] != "review" or l["applications"] or l["scenario"] != "bad_row":
                err(pid, f"bad row {problems} labelled {l.get('error')}/{l['status']}")
            continue
        if "error" in l:
            err(pid, "error on a valid row")
            continue
        if last_date and dt < last_date:
            err(pid, "payments not oldest first")
        last_date = dt
        try:
            check_row(p, l, amt, cur, dt, INV, BYNUM, bal, customers, paid_by)
        except (ValueError, KeyError, StopIteration, TypeError, IndexError) as e:
            err(pid, f"{l['scenario']}: label shape does not fit its scenario ({type(e).__name__}: {e})")
        for a in l["applications"]:
            bal[a["invoice_id"]] -= D(a["amount"])
            if bal[a["invoice_id"]] == 0:
                paid_by[a["invoice_id"]] = pid

    if ERRORS:
        print("\n".join(ERRORS[:80]))
        print(f"{len(ERRORS)} problem(s)")
        sys.exit(1)
    st = Counter(l["status"] for l in labs)
    print(f"OK: {len(invs)} invoices, {len(pays)} payments, {dict(st)}")


def ident(p, cust, customers):
    """How the payer is identified as `cust` from the bank data alone (or None)."""
    if p["customer_id"] == cust:
        return "customer_id"
    ref = p.get("reference") or ""
    m = re.match(r"^VA (\d{16})$", ref)
    if m and cust.startswith("ID-") and int(m.group(1)[5:]) == int(cust[3:]) and m.group(1)[:5] == "88617":
        return "va"
    m = re.search(r"Payer UEN: (\w+)", p.get("remittance") or "")
    if m and cust == "SG-" + m.group(1):
        return "uen"
    if p["customer_id"] is None and name_matches(p["payer_name"], customers) == {cust}:
        return "name"
    return None


def check_row(p, l, amt, cur, dt, INV, BYNUM, bal, customers, paid_by):
    pid, st, sc = p["id"], l["status"], l["scenario"]
    apps = [(INV.get(a["invoice_id"]), D(a["amount"])) for a in l["applications"]]
    for (inv, a), raw in zip(apps, l["applications"]):
        if inv is None:
            return err(pid, "unknown invoice")
        if inv["currency"] != cur:
            err(pid, f"currency mismatch on {inv['id']}")
        if not amount_ok(cur, raw["amount"]) or a <= 0 or a > bal[inv["id"]]:
            err(pid, f"bad application amount on {inv['id']}")
    if not amount_ok(cur, l["unapplied"]):
        err(pid, "unapplied format")
    un = D(l["unapplied"])
    if sum((a for _, a in apps), D(0)) + un != amt:
        err(pid, "applications + unapplied != amount")
    after = {inv["id"]: bal[inv["id"]] - a for inv, a in apps}
    if st == "applied":
        if not apps or un != 0 or any(v != 0 for v in after.values()) or l["short_pay"] or l["candidates"]:
            err(pid, "applied invariants")
    elif st == "partial":
        if not apps or un != 0 or not any(v > 0 for v in after.values()) or l["candidates"]:
            err(pid, "partial invariants")
        sp = l["short_pay"]
        if sp is not None:
            if sp["invoice_id"] not in after or D(sp["amount"]) != after[sp["invoice_id"]] or not sp["reason"]:
                err(pid, "short_pay does not equal what stays open")
    elif st == "unapplied":
        if un <= 0 or any(v != 0 for v in after.values()) or l["short_pay"] or l["candidates"]:
            err(pid, "unapplied invariants")
    elif st == "review":
        if apps or un != amt or l["short_pay"]:
            err(pid, "review invariants")
        for cs in l["candidates"]:
            for iid in cs:
                if iid not in INV or bal[iid] <= 0 or INV[iid]["currency"] != cur:
                    err(pid, f"candidate {iid} not an open {cur} invoice")
    else:
        err(pid, "status")

    text = scan_text(p)
    refs = refs_in(text)
    nums = {inv["number"] for inv, _ in apps}
    custs = {inv["customer_id"] for inv, _ in apps}
    BY_REF = {"exact_ref", "multi_list", "cheque_list", "range", "balance_after_credit", "instalment_final",
              "instalment_mid", "part_payment", "part_multi", "wht_th", "ewt_ph", "pph23_id", "retention", "deduction",
              "bank_charges", "multi_with_short", "unexplained_short", "overpayment", "overpay_after_credit",
              "third_party_ref", "instalment_over"}
    if sc in BY_REF and not nums <= refs:
        err(pid, f"{sc}: applied invoice not visible in bank text {nums - refs}")
    if sc in BY_REF and len(custs) != 1:
        err(pid, f"{sc}: applications span customers")
    cust = next(iter(custs)) if len(custs) == 1 else None

    def open_of(c):
        return [i for i in INV.values() if i["customer_id"] == c and i["currency"] == cur and bal[i["id"]] > 0]

    def expect(cond, msg):
        if not cond:
            err(pid, f"{sc}: {msg}")

    if sc in ("amount_only", "va_amount", "uen_amount", "po_trap", "typo_ref") or (sc == "other_currency" and not nums & refs):
        expect(st == "applied" or st == "review", "status")
        if st == "applied":
            how = ident(p, cust, customers)
            expect(how is not None, "payer not identifiable")
            expect(not (nums & refs), "invoice number present: not an amount-only match")
            subs = subsets_summing(open_of(cust), bal, amt)
            expect(len(subs) == 1 and set(subs[0]) == {inv["id"] for inv, _ in apps}, "amount not unique for the payer")
            if sc == "va_amount":
                expect(how == "va" or p["customer_id"], "VA")
            if sc == "uen_amount":
                expect(how == "uen", "UEN")
            if sc == "po_trap":
                others = [BYNUM[n] for n in refs if n in BYNUM and BYNUM[n]["customer_id"] != cust]
                expect(others, "PO number does not collide with another customer's invoice")
                expect(re.search(r"PO|ใบสั่งซื้อ|订单|采购单|pesanan belian|DON HANG", text, re.I), "no PO wording")
            if sc == "typo_ref":
                (inv, _), = apps
                d = inv["number"].split("-")[1]
                typos = [r for r in refs if edit1(r.split("-")[1], d)]
                expect(typos, "no one-digit typo of the invoice number in the text")
                expect(all(BYNUM.get(t, {}).get("customer_id") != cust for t in typos), "typo hits payer's own invoice")
    if sc == "other_currency":
        expect(cur == "USD" and st == "applied", "USD applied")
    if sc in ("exact_ref", "third_party_ref", "balance_after_credit", "instalment_final"):
        expect(st == "applied" and len(apps) == 1, "single application")
    if sc == "third_party_ref":
        expect(p["customer_id"] is None and not name_matches(p["payer_name"], customers), "payer should be unknown")
    if sc == "range":
        expect(re.search(r"\d" + r"\s*" + RANGE_WORDS + r"\s*(KTI[\s\-]?)?\d", text, re.I), "no range in text")
        rng = sorted(n for n in refs if n.startswith("KTI"))
        inside = [BYNUM[n] for n in rng if n in BYNUM]
        mine = {i["number"] for i in inside if i["customer_id"] == cust and bal[i["id"]] > 0}
        expect(mine == nums, "applications differ from the payer's open invoices in the range")
    if sc == "lump_statement":
        expect(not refs, "statement payment quotes numbers")
        expect({i["id"] for i in open_of(cust)} == {inv["id"] for inv, _ in apps}, "not the whole open balance")
        expect(ident(p, cust, customers), "payer not identifiable")
    if sc == "truncated_ref":
        vis = {BYNUM[n]["id"] for n in refs if n in BYNUM and BYNUM[n]["customer_id"] == cust}
        if st == "applied":
            lost = {inv["id"] for inv, _ in apps} - vis
            expect(lost and vis <= {inv["id"] for inv, _ in apps}, "nothing was cut")
            rest = amt - sum(bal[i] for i in vis)
            subs = subsets_summing([i for i in open_of(cust) if i["id"] not in vis], bal, rest, kmax=4)
            expect(len(subs) == 1 and set(subs[0]) == lost, "remainder not uniquely resolvable")
        rem = p["remittance"] or ""
        if rem.startswith(":20:"):
            body = rem.split(":70:")[1].split("\n:71A:")[0].split("\n")
            expect(len(body) <= 4 and all(len(x) <= 35 for x in body), ":70: exceeds 4x35")
        else:
            expect(len(p["reference"]) <= 20 and len(p["payer_name"]) <= 20, "IBG/DuitNow field over 20 chars")
    if sc in ("wht_th", "ewt_ph", "pph23_id", "retention", "deduction", "bank_charges", "multi_with_short"):
        sp = l["short_pay"]
        expect(st == "partial" and sp is not None, "short pay expected")
        if sp:
            inv = INV[sp["invoice_id"]]
            x = D(sp["amount"])
            tot = D(inv["total"])
            expect(bal[inv["id"]] == tot or sc in ("deduction", "multi_with_short", "bank_charges"), "balance != total")
            if sc == "wht_th":
                expect(x == q(cur, q(cur, tot / D("1.07")) * D("0.03")) and "3%" in text, "3% WHT maths")
            if sc == "ewt_ph":
                ok = any(x == q(cur, q(cur, tot / D("1.12")) * k / D(100)) and f"{k}%" in text for k in (1, 2))
                expect(ok and "2307" in text, "EWT maths / 2307")
            if sc == "pph23_id":
                expect(x == q(cur, tot / D("1.11") * D("0.02")) and "PPh 23" in text, "PPh 23 maths")
            if sc == "retention":
                ok = any(x == q(cur, tot * k / D(100)) and f"{k}%" in text for k in (5, 10))
                expect(ok, "retention maths")
            if sc in ("deduction", "multi_with_short", "wht_th", "ewt_ph", "pph23_id", "retention"):
                expect(any(f in text for f in money_forms(cur, x)), "deducted amount not stated in the text")
            if sc == "bank_charges":
                rem = p["remittance"]
                m33 = re.search(r":33B:USD([\d,]+)", rem)
                m71 = re.search(r":71F:USD([\d,]+)", rem)
                expect(m33 and m71 and D(m71.group(1).replace(",", ".")) == x
                       and D(m33.group(1).replace(",", ".")) == amt + x, "MT103 :33B:/:71F: do not explain the gap")
    if sc in ("part_payment", "instalment_mid", "part_multi", "unexplained_short"):
        expect(st == "partial" and l["short_pay"] is None, "partial without short_pay")
    if sc == "part_multi":
        for inv, a in apps:
            expect(any(f in text for f in money_forms(cur, a)), "allocation amount not in text")
    if sc in ("overpayment", "overpay_after_credit", "instalment_over"):
        expect(st == "unapplied" and apps, "overpayment must apply then hold the rest")
        others = [i for i in open_of(cust) if i["id"] not in {inv["id"] for inv, _ in apps}]
        expect(not subsets_summing(others, bal, un), "the remainder would pay another open set of the payer")
    if sc == "duplicate_payment":
        expect(st == "unapplied" and not apps, "duplicate must be held")
        expect(all(not subsets_summing(open_of(c), bal, amt) for c in customers if ident(p, c, customers)),
               "amount also fits an open set of the payer")
        dup = [BYNUM[n] for n in refs if n in BYNUM]
        expect(dup and all(bal[i["id"]] == 0 and i["id"] in paid_by for i in dup), "referenced invoice not already paid")
        expect(any(ident(p, i["customer_id"], customers) for i in dup), "payer not identifiable")
    if sc in ("advance_deposit", "known_no_fit", "ref_not_open"):
        expect(st == "unapplied" and not apps, "held on account")
        cands = [c for c in customers if ident(p, c, customers)]
        expect(len(cands) == 1, "customer not identifiable")
        if len(cands) == 1:
            expect(not subsets_summing(open_of(cands[0]), bal, amt), "amount fits an open set")
            expect(not any(n in refs and BYNUM[n]["customer_id"] == cands[0] and bal[BYNUM[n]["id"]] > 0
                           for n in BYNUM if n in refs), "quotes an open invoice")
    if sc in ("ambiguous_amount", "ambiguous_subset", "ambiguous_name"):
        expect(st == "review" and len(l["candidates"]) >= 2, "two or more candidate sets")
        for cs in l["candidates"]:
            expect(sum(bal[i] for i in cs) == amt, "candidate does not add up")
        owners = {INV[i]["customer_id"] for cs in l["candidates"] for i in cs}
        if sc == "ambiguous_name":
            expect(p["customer_id"] is None and len(name_matches(p["payer_name"], customers)) >= 2 and len(owners) >= 2,
                   "name should fit two customers")
        else:
            expect(len(owners) == 1 and ident(p, next(iter(owners)), customers), "payer not identifiable")
            subs = subsets_summing(open_of(next(iter(owners))), bal, amt)
            expect({tuple(c) for c in l["candidates"]} <= set(subs), "candidates are not the matching sets")
    if sc == "ref_amount_conflict":
        (b,), (a,) = l["candidates"]
        expect(INV[a]["number"] in refs and bal[b] == amt and bal[a] != amt and
               INV[a]["customer_id"] == INV[b]["customer_id"] and abs(int(INV[a]["number"][4:]) - int(INV[b]["number"][4:])) == 1,
               "conflict not as claimed")
    if sc == "cross_customer":
        (y,), (x,) = l["candidates"]
        expect(INV[y]["number"] in refs and bal[y] == amt and bal[x] == amt and
               INV[x]["customer_id"] != INV[y]["customer_id"] and ident(p, INV[x]["customer_id"], customers) in
               ("customer_id", "va", "uen"), "cross-customer not as claimed")
    if sc == "typo_ambiguous":
        (a,), (b,) = l["candidates"]
        da, db = INV[a]["number"][4:], INV[b]["number"][4:]
        typos = [r[4:] for r in refs if edit1(r[4:], da) and edit1(r[4:], db)]
        expect(typos and bal[a] != amt and bal[b] != amt and INV[a]["customer_id"] == INV[b]["customer_id"],
               "typo ambiguity not as claimed")
        expect(ident(p, INV[a]["customer_id"], customers), "payer not identifiable")
    if sc in ("unknown_payer", "unknown_payer_ref_mismatch"):
        expect(st == "review" and p["customer_id"] is None and not name_matches(p["payer_name"], customers), "payer known")
        m = re.search(r"Payer UEN: (\w+)", p.get("remittance") or "")
        expect(not (m and "SG-" + m.group(1) in customers), "UEN is a customer's")
        expect(not (p.get("reference") or "").startswith("VA "), "VA identifies a customer")
        same = [i for i in INV.values() if i["currency"] == cur and bal[i["id"]] == amt]
        if sc == "unknown_payer":
            expect(not refs & set(BYNUM), "quotes an invoice")
            expect([[i["id"]] for i in same] == l["candidates"], "candidates should be the unique exact-balance invoice")
        else:
            (c1,), = l["candidates"]
            expect(INV[c1]["number"] in refs and bal[c1] != amt, "mismatch not as claimed")
    if sc == "currency_mismatch":
        quoted = [BYNUM[n] for n in refs if n in BYNUM]
        expect(quoted and all(i["currency"] != cur for i in quoted) and not l["candidates"], "currency mismatch")
    if sc == "multi_short_unallocated":
        (cs,) = l["candidates"]
        expect({INV[i]["number"] for i in cs} <= refs and sum(bal[i] for i in cs) > amt, "not a short list")
        expect(not subsets_summing(open_of(INV[cs[0]]["customer_id"]), bal, amt), "amount fits a set")


if __name__ == "__main__":
    main()
