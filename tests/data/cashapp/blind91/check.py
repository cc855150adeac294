#!/usr/bin/env python3
"""Re-verify every label of the india_gulf_textiles ledger from the data alone.  Exit 1 on any problem."""
import json
import os
import re
import sys
from collections import Counter
from datetime import date
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.join(HERE, "india_gulf_textiles")
ISO = {"INR", "AED", "SAR", "QAR", "USD"}
PEG = {"AED": Decimal("3.6725"), "SAR": Decimal("3.75"), "QAR": Decimal("3.64")}
AMT_RE = re.compile(r"^\d+\.\d{2}$")
NUM_RE = re.compile(r"^(IGT|EXP)/(24-25|25-26)/(\d{4})$")
LABEL_KEYS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason",
              "scenario", "note"}
PAY_KEYS = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
INV_KEYS = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
DIG = str.maketrans("٠١٢٣٤٥٦٧٨٩०१२३४५६७८९", "01234567890123456789")
SERIES_RE = re.compile(r"\b(IGT|EXP)\s?[/-]?\s?(\d{2}-?\d{2}|\d)")
PART_WORDS = ["part payment", "instalment", "part pmt", "आंशिक", "جزئية", "دفعة أولى", "balance will follow"]

errors = []


def err(pid, msg):
    errors.append(f"{pid}: {msg}")


def dec(s):
    try:
        if not isinstance(s, str) or not AMT_RE.match(s):
            return None
        return Decimal(s)
    except InvalidOperation:
        return None


def pdate(s):
    try:
        return date.fromisoformat(s) if isinstance(s, str) and len(s) == 10 else None
    except ValueError:
        return None


def text_of(p):
    return ((p.get("reference") or "") + "\n" + (p.get("remittance") or "")).translate(DIG)


def runs(t):
    return {int(x) for x in re.findall(r"\d+", t)}


def amounts_in(t):
    out = set()
    for m in re.findall(r"(?<![\d,])(\d{1,3}(?:,\d{2,3})+|\d+)\.(\d{2})(?!\d)", t):
        out.add(Decimal(m[0].replace(",", "") + "." + m[1]))
    for m in re.findall(r"(?<=[A-Z]{3})(\d+),(\d{2})\b", t):  # SWIFT 32A/33B/71F
        out.add(Decimal(m[0] + "." + m[1]))
    return out


def key_tokens(name):
    t = re.sub(r"[^A-Z0-9 ]", " ", name.upper().replace("M/S", " ")).split()
    k = 2 if t and t[0] in ("AL", "BIN", "DAR", "RAS", "NAD", "QASR", "OUD") else 1
    return t[:k]


def payer_fits(payer, cust_name):
    p = re.sub(r"[^A-Z0-9 ]", " ", (payer or "").upper().replace("M/S", " ")).split()
    k = key_tokens(cust_name)
    return p[:len(k)] == k


def tail_in(inv, t):
    return int(inv["number"][-4:]) in runs(t)


def main():
    invs = json.load(open(os.path.join(DIR, "invoices.json"), encoding="utf-8"))
    pays = json.load(open(os.path.join(DIR, "payments.json"), encoding="utf-8"))
    labs = json.load(open(os.path.join(DIR, "labels.json"), encoding="utf-8"))
    if not 1200 <= len(invs) <= 1800:
        err("-", f"{len(invs)} invoices")
    if not 370 <= len(pays) <= 430:
        err("-", f"{len(pays)} payments")
    if len(pays) != len(labs):
        err("-", "payments/labels length differ")
    inv = {}
    cust_names = {}
    nums = set()
    for i in invs:
        if set(i) != INV_KEYS:
            err(i.get("id"), "invoice keys")
        if i["id"] in inv or i["number"] in nums:
            err(i["id"], "duplicate invoice id/number")
        inv[i["id"]] = i
        nums.add(i["number"])
        if not NUM_RE.match(i["number"]):
            err(i["id"], "number format")
        if i["currency"] not in ISO:
            err(i["id"], "currency")
        t, b = dec(i["total"]), dec(i["balance"])
        if t is None or b is None or not (Decimal(0) < b <= t):
            err(i["id"], "amounts")
        di, dd = pdate(i["issue_date"]), pdate(i["due_date"])
        if not di or not dd or dd < di or di > date(2026, 1, 31):
            err(i["id"], "dates")
        if cust_names.setdefault(i["customer_id"], i["customer_name"]) != i["customer_name"]:
            err(i["id"], "customer name inconsistent")
        if (i["currency"] == "INR") != i["number"].startswith("IGT"):
            err(i["id"], "series/currency")
    by_num = {i["number"]: i for i in invs}
    bal = {k: Decimal(v["balance"]) for k, v in inv.items()}
    by_cust = {}
    for i in invs:
        by_cust.setdefault(i["customer_id"], []).append(i)

    def open_of(cid, cur):
        return [i for i in by_cust.get(cid, []) if i["currency"] == cur and bal[i["id"]] > 0]

    def sums_hit(cid, cur, amt, k=3):
        ops = [bal[i["id"]] for i in open_of(cid, cur)]
        n = len(ops)
        for a in range(n):
            for b in range(a + 1, n):
                if ops[a] + ops[b] == amt:
                    return True
                if k >= 3:
                    for c in range(b + 1, n):
                        if ops[a] + ops[b] + ops[c] == amt:
                            return True
        return False

    def fitting_customers(payer):
        return [cid for cid, nm in cust_names.items() if payer_fits(payer, nm)]

    def who(p, scen):
        """customer the bank line identifies (id, else unique name fit)."""
        if p["customer_id"]:
            if p["customer_id"] not in cust_names:
                err(p["id"], "unknown customer_id")
            return p["customer_id"]
        f = fitting_customers(p["payer_name"])
        return f[0] if len(f) == 1 else None

    last = None
    paid_by = {}
    seen_ids = set()
    stats = Counter()
    for p, lb in zip(pays, labs):
        pid = p.get("id")
        stats[lb["status"]] += 1
        if set(p) != PAY_KEYS:
            err(pid, "payment keys")
        if pid in seen_ids:
            err(pid, "duplicate payment id")
        seen_ids.add(pid)
        if set(lb) != LABEL_KEYS:
            err(pid, f"label keys {set(lb) ^ LABEL_KEYS}")
        if lb["payment_id"] != pid:
            err(pid, "label order")
        scen, st = lb["scenario"], lb["status"]
        if st not in ("applied", "partial", "unapplied", "review"):
            err(pid, "status")
        amt, d, cur = dec(p["amount"]), pdate(p["date"]), p["currency"]
        defect = amt is None or amt <= 0 or d is None or cur not in ISO
        if scen == "bad_row":
            if not defect:
                err(pid, "bad_row without a defect")
            if st != "review" or lb["applications"] or lb["candidates"] or lb["unapplied"] != "0.00":
                err(pid, "bad_row label shape")
            continue
        if defect:
            err(pid, "defective row not labelled bad_row")
            continue
        if last and d < last:
            err(pid, "payments not oldest first")
        last = d
        t = text_of(p)
        apps = lb["applications"]
        un = dec(lb["unapplied"])
        tot = Decimal(0)
        for a in apps:
            i = inv.get(a["invoice_id"])
            x = dec(a["amount"])
            if i is None or x is None or x <= 0:
                err(pid, f"bad application {a}")
                continue
            if i["currency"] != cur:
                err(pid, "application in another currency")
            if x > bal[i["id"]]:
                err(pid, f"application exceeds balance of {i['number']}")
            if date.fromisoformat(i["issue_date"]) > d:
                err(pid, "invoice issued after payment")
            tot += x
        if un is None or tot + un != amt:
            err(pid, "applications + unapplied != amount")
        if st == "review":
            if apps or un != amt:
                err(pid, "review must apply nothing")
            for cs in lb["candidates"]:
                for k in cs:
                    if k not in inv or bal[k] <= 0:
                        err(pid, f"candidate {k} not open")
        else:
            if lb["candidates"]:
                err(pid, "candidates on a non-review")
        after = {a["invoice_id"]: bal[a["invoice_id"]] - Decimal(a["amount"]) for a in apps}
        if st == "applied" and (un != 0 or lb["short_pay"] or any(v != 0 for v in after.values())):
            err(pid, "applied must close every invoice it touches")
        if st == "unapplied" and (un <= 0 or lb["short_pay"] or any(v != 0 for v in after.values())):
            err(pid, "unapplied shape")
        if st == "partial":
            if un != 0 or not any(v > 0 for v in after.values()):
                err(pid, "partial must leave an invoice open")
            sp = lb["short_pay"]
            if sp is not None:
                if sp["invoice_id"] not in after or Decimal(sp["amount"]) != after[sp["invoice_id"]] or not sp["reason"]:
                    err(pid, "short_pay does not equal what is left open")
        ap_inv = [inv[a["invoice_id"]] for a in apps if a["invoice_id"] in inv]
        custs = {i["customer_id"] for i in ap_inv}
        c = who(p, scen)

        # ---------------- scenario checks
        quoting = {"exact_ref", "exact_ref_lang", "balance_after_earlier_part", "balance_after_part", "tds_short",
                   "short_pay_reason", "bank_charges", "list_ref", "list_with_short", "list_with_part",
                   "overpayment", "third_party", "lc_drawing", "part_payment"}
        if scen in quoting:
            for i in ap_inv:
                if not tail_in(i, t):
                    err(pid, f"{i['number']} not quoted")
            if not SERIES_RE.search(t):
                err(pid, "no series code in text")
        if scen not in ("third_party", "lc_drawing", "bank_charges") and st != "review" and ap_inv:
            if len(custs) != 1 or (c is not None and c not in custs) or c is None:
                err(pid, f"payer does not identify the invoice's customer ({c} vs {custs})")
        if scen == "bank_charges" and p["customer_id"] is None and not p["payer_name"].endswith(("BANK", "PJSC", "QPSC")):
            if c not in custs:
                err(pid, "bank_charges payer")
        if scen in ("third_party", "third_party_mismatch", "lc_drawing", "unknown_payer", "unknown_payer_amount_match"):
            if fitting_customers(p["payer_name"]) or p["customer_id"]:
                err(pid, "payer should be a non-customer")
        if scen == "third_party" and not any(" ".join(nm.upper().split()) in " ".join(t.upper().split())
                                             for nm in [inv[a["invoice_id"]]["customer_name"] for a in apps]):
            err(pid, "third party does not name the customer")
        if scen == "lc_drawing" or (scen == "bank_charges" and "L/C" in t):
            if " ".join(ap_inv[0]["customer_name"].upper().split()) not in " ".join(t.split()):
                err(pid, "LC applicant missing")
        if scen == "exact_ref_lang" and not re.search(r"[\u0600-\u06FF\u0900-\u097F]", p["remittance"] or ""):
            err(pid, "no Hindi/Arabic text")
        if scen in ("tds_short", "list_with_short", "short_pay_reason", "bank_charges"):
            sp = Decimal(lb["short_pay"]["amount"])
            if scen == "bank_charges":
                m32 = re.search(r":32A:\d{6}[A-Z]{3}(\d+),(\d{2})", t)
                m33 = re.search(r":33B:[A-Z]{3}(\d+),(\d{2})", t)
                m71 = re.search(r":71F:[A-Z]{3}(\d+),(\d{2})", t)
                if m32 and m33 and m71:
                    v32, v33, v71 = (Decimal(f"{m.group(1)}.{m.group(2)}") for m in (m32, m33, m71))
                    if v33 - v32 != sp or v71 != sp or v32 != amt:
                        err(pid, "MT103 charges do not add up")
                else:
                    md = re.search(r"DRAWING AMT\s*:\s*[A-Z]{3} ([\d,]+\.\d{2})", t)
                    mn = re.search(r"NET PAID\s*:\s*[A-Z]{3} ([\d,]+\.\d{2})", t)
                    if not (md and mn) or Decimal(md.group(1).replace(",", "")) - Decimal(mn.group(1).replace(",", "")) != sp:
                        err(pid, "LC charges do not add up")
            elif sp not in amounts_in(t):
                err(pid, f"deduction {sp} not stated in text")
            if cur == "INR" and scen in ("tds_short", "list_with_short") and not re.search(r"TDS|टीडीएस", t):
                err(pid, "TDS not mentioned")
        if scen in ("part_payment", "list_with_part", "fy_ambiguous_number"):
            if not any(w.lower() in t.lower() for w in PART_WORDS):
                err(pid, "no part-payment wording")
        if scen in ("amount_only", "lump_sum_all", "ambiguous_same_amount", "ambiguous_subsets", "near_amount_no_ref",
                    "similar_payer_names", "unknown_payer", "unknown_payer_amount_match", "no_fit_known", "po_lookalike"):
            if SERIES_RE.search(t):
                err(pid, "should quote no invoice number")
        if scen in ("amount_only", "po_lookalike"):
            i = ap_inv[0]
            eq = [x for x in open_of(i["customer_id"], cur) if bal[x["id"]] == amt]
            if len(eq) != 1 or sums_hit(i["customer_id"], cur, amt):
                err(pid, "amount is not a unique fit")
            if scen == "po_lookalike" and (not re.search(r"P\.?O\b", t) or tail_in(i, t)):
                err(pid, "PO look-alike text")
        if scen == "typo_ref":
            i = ap_inv[0]
            if tail_in(i, t) or not SERIES_RE.search(t):
                err(pid, "typo case quotes the right number")
            eq = [x for x in open_of(i["customer_id"], cur) if bal[x["id"]] == amt]
            if len(eq) != 1:
                err(pid, "typo amount not unique")
        if scen == "short_number_ref":
            i = ap_inv[0]
            if SERIES_RE.search(t) or not tail_in(i, t):
                err(pid, "short number case")
            same_tail = [x for x in open_of(i["customer_id"], cur) if x["number"][-4:] == i["number"][-4:]]
            if [x for x in same_tail if bal[x["id"]] == amt] != [i]:
                err(pid, "short number not resolved by amount")
            if not [x for x in invs if x["number"][-4:] == i["number"][-4:] and x is not i and bal[x["id"]] > 0]:
                err(pid, "short number has no look-alike")
        if scen == "range_ref":
            srt = sorted(ap_inv, key=lambda x: x["number"])
            ns = [int(x["number"][-4:]) for x in srt]
            pre = srt[0]["number"][:-4]
            if ns != list(range(ns[0], ns[-1] + 1)) or any(x["number"][:-4] != pre for x in srt):
                err(pid, "range not consecutive")
            if not (ns[0] in runs(t) and ns[-1] in runs(t)):
                err(pid, "range ends not quoted")
        if scen == "lump_sum_all":
            allopen = {x["id"] for x in by_cust[ap_inv[0]["customer_id"]] if bal[x["id"]] > 0}
            if allopen != {x["id"] for x in ap_inv}:
                err(pid, "lump sum is not all open invoices")
        if scen == "overpayment" and not (len(ap_inv) == 1 and tail_in(ap_inv[0], t)):
            err(pid, "overpayment reference")
        if scen in ("duplicate_payment", "paid_ref_amount_fits_other"):
            m = re.search(r"(IGT|EXP)/\d{2}-\d{2}/\d{4}", lb["note"])
            first = re.search(r"rc-\d{4}", lb["note"]).group(0)
            i = by_num[m.group(0)]
            if bal[i["id"]] != 0 or paid_by.get(i["id"]) != first or not tail_in(i, t):
                err(pid, "second payment: quoted invoice not closed by the named earlier payment")
            if i["customer_id"] != c:
                err(pid, "second payment from another customer")
            if scen == "paid_ref_amount_fits_other":
                k = lb["candidates"][0][0]
                if bal[k] != amt or inv[k]["customer_id"] != c or len(
                        [x for x in open_of(c, cur) if bal[x["id"]] == amt]) != 1:
                    err(pid, "paid-ref candidate")
        if scen in ("no_fit_known", "closed_invoice_ref"):
            if c is None:
                err(pid, "no-fit payer not identified")
            else:
                for x in open_of(c, cur):
                    if abs(bal[x["id"]] - amt) <= bal[x["id"]] * Decimal("0.12") and scen == "no_fit_known":
                        err(pid, "an invoice is near")
                    if bal[x["id"]] == amt:
                        err(pid, "an invoice fits")
                if sums_hit(c, cur, amt):
                    err(pid, "a sum fits")
            if scen == "closed_invoice_ref":
                m = SERIES_RE.search(t)
                if not m:
                    err(pid, "closed ref not quoted")
                elif any(tail_in(x, t) for x in by_cust.get(c, []) if x["currency"] == cur):
                    err(pid, "closed ref collides with an own invoice")
        if scen == "ambiguous_same_amount":
            cs = lb["candidates"]
            if len(cs) < 2 or any(len(x) != 1 or bal[x[0]] != amt or inv[x[0]]["customer_id"] != c for x in cs):
                err(pid, "same-amount candidates")
            if len([x for x in open_of(c, cur) if bal[x["id"]] == amt]) != len(cs):
                err(pid, "same-amount count")
        if scen == "ambiguous_subsets":
            cs = lb["candidates"]
            if len(cs) != 2 or any(sum(bal[k] for k in x) != amt for x in cs) or \
                    any(inv[k]["customer_id"] != c for x in cs for k in x):
                err(pid, "subset candidates")
        if scen == "similar_payer_names":
            cs = lb["candidates"]
            fits = fitting_customers(p["payer_name"])
            owners = {inv[x[0]]["customer_id"] for x in cs}
            if p["customer_id"] or len(fits) < 2 or not owners <= set(fits) or len(owners) != 2 or \
                    any(bal[x[0]] != amt for x in cs):
                err(pid, "similar names")
            for f in fits:
                if not any(bal[x["id"]] == amt for x in open_of(f, cur)):
                    err(pid, "similar names: a fitting customer without the amount")
        if scen == "unknown_payer":
            if [x for x in invs if x["currency"] == cur and bal[x["id"]] == amt]:
                err(pid, "unknown payer amount fits an invoice")
        if scen == "unknown_payer_amount_match":
            eq = [x["id"] for x in invs if x["currency"] == cur and bal[x["id"]] == amt]
            if [eq] != lb["candidates"]:
                err(pid, "unknown payer match candidates")
        if scen == "near_amount_no_ref":
            k = lb["candidates"][0][0]
            b = bal[k]
            if not (Decimal("0.003") * b <= b - amt <= Decimal("0.031") * b) or inv[k]["customer_id"] != c:
                err(pid, "near amount")
            if any(bal[x["id"]] == amt for x in open_of(c, cur)):
                err(pid, "near amount has an exact fit")
        if scen == "other_customer_invoice":
            k = lb["candidates"][0][0]
            if not p["customer_id"] or inv[k]["customer_id"] == p["customer_id"] or bal[k] != amt or not tail_in(inv[k], t):
                err(pid, "other customer invoice")
        if scen == "currency_mismatch":
            k = lb["candidates"][0][0]
            ic = inv[k]["currency"]
            b = bal[k]
            conv = b * PEG[cur] if ic == "USD" else b / PEG[ic]
            if ic == cur or abs(conv - amt) > Decimal("0.01") or not tail_in(inv[k], t):
                err(pid, "currency mismatch")
        if scen == "fy_ambiguous_number":
            a, b = (inv[x[0]] for x in lb["candidates"])
            if a["number"][-4:] != b["number"][-4:] or a["customer_id"] != b["customer_id"] or a["number"] == b["number"] \
                    or SERIES_RE.search(t) or not tail_in(a, t) or a["customer_id"] != c:
                err(pid, "fy ambiguity")
        if scen == "third_party_mismatch":
            k = lb["candidates"][0][0]
            if bal[k] == amt or not tail_in(inv[k], t):
                err(pid, "third party mismatch")
        # ---------------- apply
        for a in apps:
            if a["invoice_id"] in bal:
                bal[a["invoice_id"]] -= Decimal(a["amount"])
                if bal[a["invoice_id"]] == 0:
                    paid_by[a["invoice_id"]] = pid
    if errors:
        print("\n".join(errors[:80]))
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(invs)} invoices, {len(pays)} payments, labels verified. {dict(stats)}")


if __name__ == "__main__":
    main()
