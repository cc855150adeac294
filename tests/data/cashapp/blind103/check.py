#!/usr/bin/env python3
"""Check blind set 375: replay labels against invoices, verify invariants, and re-derive every label
from the decision rules in README.md (independently of build.py). Exit 1 on any problem."""
import datetime as dt
import itertools
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "anz_wine_distribution")
EXP = {"AUD": 2, "NZD": 2, "USD": 2, "SGD": 2, "JPY": 0}
LO, HI = 40000, 49999
INV_FIELDS = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
PAY_FIELDS = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
PART_WORDS = ["part payment", "part pmt", "instalment", "installment", "on account", "progress payment",
              "balance to follow"]
DEDUCT = [("withholding", "withholding tax"), ("bank fee", "bank fee"), ("bank charge", "bank fee"),
          ("discount", "early-payment discount"), ("damaged", "damaged goods"), ("breakage", "damaged goods"),
          ("corked", "damaged goods"), ("converted", "fx shortfall"), ("fx conversion", "fx shortfall"),
          ("exchange rate", "fx shortfall")]

problems = []


def bad(msg):
    problems.append(msg)


def units(cur, s):
    """Parse a contract amount string into integer minor units; None if malformed."""
    if not isinstance(s, str):
        return None
    pat = r"\d+" if EXP[cur] == 0 else r"\d+\.\d{2}"
    if not re.fullmatch(pat, s):
        return None
    return int(Decimal(s) * (10 ** EXP[cur]))


def fmt(cur, v):
    return str(v) if EXP[cur] == 0 else f"{v // 100}.{v % 100:02d}"


def norm_name(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s.upper() if c.isalnum())


def extract_numbers(text):
    """Invoice-like numbers (core value in LO..HI) in free text, tolerant of prefixes, dropped leading zeros,
    spaces inside the number and OCR letters (O->0, I/L->1) in tokens that contain digits."""
    if not text:
        return set()
    toks = []
    for tok in text.upper().split():
        if any(ch.isdigit() for ch in tok):
            tok = tok.replace("O", "0").replace("I", "1").replace("L", "1")
        toks.append(tok)
    s = " ".join(toks)
    runs = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\d+", s)]
    cands = set()
    for a in range(len(runs)):
        joined = runs[a][2]
        cands.add(joined)
        for b in range(a + 1, len(runs)):
            if s[runs[b - 1][1]:runs[b][0]] != " ":
                break
            joined += runs[b][2]
            if len(joined) > 6:
                break
            cands.add(joined)
    return {int(c) for c in cands if len(c) <= 6 and LO <= int(c) <= HI}


def dl1(a, b):
    if len(a) != len(b) or a == b:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def validate(p):
    cur = p.get("currency")
    if cur is None:
        return "currency is missing"
    if cur not in EXP:
        return "currency code is not valid"
    a = p.get("amount")
    if isinstance(a, str) and a.startswith("-") and units(cur, a[1:]) is not None:
        return "amount is negative"
    if units(cur, a) is None:
        return "amount is not a number"
    if units(cur, a) <= 0:
        return "amount is not positive"
    d = p.get("date")
    if not isinstance(d, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        return "date is not an ISO date"
    try:
        dt.date.fromisoformat(d)
    except ValueError:
        return "date is not a valid calendar date"
    return None


class Ctx:
    def __init__(self, invoices):
        self.inv = {i["id"]: i for i in invoices}
        self.by_num = {}
        for i in invoices:
            n = int(re.sub(r"\D", "", i["number"]))
            i["_n"] = n
            self.by_num[n] = i
        self.bal = {i["id"]: units(i["currency"], i["balance"]) for i in invoices}
        self.by_cust = {}
        for i in invoices:
            self.by_cust.setdefault(i["customer_id"], []).append(i)
        self.names = {}
        for i in invoices:
            self.names.setdefault(norm_name(i["customer_name"]), set()).add(i["customer_id"])

    def open_of(self, cid, cur):
        return [i for i in self.by_cust.get(cid, []) if i["currency"] == cur and self.bal[i["id"]] > 0]

    def key(self, i):
        return (i["due_date"], i["_n"])


def conflict_cands(ctx, cid, cur, amount, refs):
    out = []
    for i in ctx.open_of(cid, cur):
        near = any(dl1(str(i["_n"]), str(r)) for r in refs)
        ex = ctx.bal[i["id"]] == amount
        if near or ex:
            out.append(((0 if (near and ex) else 1 if ex else 2), i["due_date"], i["_n"], i["id"]))
    return [[x[3]] for x in sorted(out)]


def R(status, apps=(), unapplied=0, short=None, cands=(), why=""):
    return {"status": status, "apps": sorted(apps), "unapplied": unapplied, "short": short,
            "cands": [list(c) for c in cands], "why": why}


def derive(p, ctx):
    """The decision rules of README.md, from the data alone."""
    cur = p["currency"]
    A = units(cur, p["amount"])
    cid = p["customer_id"] if p["customer_id"] in ctx.by_cust else None
    if cid is None:
        m = ctx.names.get(norm_name(p["payer_name"]), set())
        cid = next(iter(m)) if len(m) == 1 else None
    text = (p["reference"] or "") + "\n" + (p["remittance"] or "")
    low = text.lower()
    refs = extract_numbers(text)
    review_all = lambda why, cands=(): R("review", unapplied=A, cands=cands, why=why)
    if refs:
        resolved = [ctx.by_num[n] for n in sorted(refs) if n in ctx.by_num]
        unresolved = [n for n in sorted(refs) if n not in ctx.by_num]
        if unresolved:
            if cid and not resolved:
                return review_all("R3 unknown invoice number (typo?)", conflict_cands(ctx, cid, cur, A, unresolved))
            return review_all("R3 unknown invoice number", [[i["id"]] for i in resolved if ctx.bal[i["id"]] > 0])
        owners = {i["customer_id"] for i in resolved}
        if cid and owners != {cid}:
            return review_all("R4 reference names another customer's invoice", conflict_cands(ctx, cid, cur, A, refs))
        if len(owners) > 1:
            return review_all("R4 references span customers")
        openr = [i for i in resolved if ctx.bal[i["id"]] > 0]
        if any(i["currency"] != cur for i in resolved):
            return review_all("R5 currency differs from the invoice", [[i["id"]] for i in openr])
        known = cid is not None
        if not openr:
            return R("unapplied", unapplied=A, why="R6 already paid") if known else review_all("R6 paid, payer unknown")
        if len(openr) < len(resolved):
            return review_all("R6 some named invoices already paid", [[i["id"] for i in openr]])
        total = sum(ctx.bal[i["id"]] for i in openr)
        if A == total:
            return R("applied", [(i["id"], ctx.bal[i["id"]]) for i in openr], why="R7 named and exact")
        if len(openr) > 1:
            return review_all("R7 named invoices but amount differs", [[i["id"] for i in openr]])
        X = openr[0]
        b = ctx.bal[X["id"]]
        if not known:
            return review_all("R8/R9 amount differs and payer unknown", [[X["id"]]])
        if A > b:
            return R("unapplied", [(X["id"], b)], unapplied=A - b, why="R9 overpayment")
        if any(w in low for w in PART_WORDS):
            return R("partial", [(X["id"], A)], why="R8 stated part payment")
        reason = next((r for w, r in DEDUCT if w in low), "unexplained shortfall")
        return R("partial", [(X["id"], A)], short=(X["id"], b - A, reason), why="R8 short pay")
    if cid is None:
        g = sorted([i for i in ctx.inv.values() if i["currency"] == cur and ctx.bal[i["id"]] == A], key=ctx.key)
        return review_all("R12 payer unknown, no invoice named", [[i["id"]] for i in g])
    if not any(i["currency"] == cur for i in ctx.by_cust.get(cid, [])):
        return review_all("R10 customer has no invoices in this currency")
    op = ctx.open_of(cid, cur)
    if op and A == sum(ctx.bal[i["id"]] for i in op):
        return R("applied", [(i["id"], ctx.bal[i["id"]]) for i in op], why="R10 whole open balance")
    hits = []
    for k in (1, 2, 3):
        for combo in itertools.combinations(sorted(op, key=ctx.key), k):
            if sum(ctx.bal[i["id"]] for i in combo) == A:
                hits.append([i["id"] for i in combo])
    if len(hits) == 1 and len(hits[0]) == 1:
        return R("applied", [(hits[0][0], A)], why="R11 unique amount")
    if hits:
        return review_all("R11 amount fits several", hits)
    return R("unapplied", unapplied=A, why="R11 fits nothing, customer known")


def main():
    invoices = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
    payments = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
    labels = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
    # ---- static checks
    if not 1200 <= len(invoices) <= 1600:
        bad(f"{len(invoices)} invoices")
    if len(payments) != 400 or len(labels) != 400:
        bad("need 400 payments and 400 labels")
    seen_ids, seen_nums = set(), set()
    for i in invoices:
        if set(i) != INV_FIELDS:
            bad(f"invoice fields {sorted(i)}")
        if i["id"] in seen_ids or i["number"] in seen_nums:
            bad(f"duplicate invoice {i['id']} {i['number']}")
        seen_ids.add(i["id"]); seen_nums.add(i["number"])
        if i["currency"] not in EXP:
            bad(f"invoice currency {i['currency']}")
            continue
        t, b = units(i["currency"], i["total"]), units(i["currency"], i["balance"])
        if t is None or b is None or not 0 < b <= t:
            bad(f"invoice amounts {i['id']} {i['total']} {i['balance']}")
        if re.sub(r"\D", "", i["number"]).lstrip("0") in i["id"]:
            bad(f"invoice id leaks number {i['id']}")
        if not i["issue_date"] <= i["due_date"]:
            bad(f"dates {i['id']}")
    ctx = Ctx(invoices)
    last = ""
    counts, statuses = {}, {}
    for k, (p, l) in enumerate(zip(payments, labels)):
        tag = f"{p.get('id')} ({l.get('scenario')})"
        if set(p) != PAY_FIELDS:
            bad(f"{tag}: payment fields {sorted(p)}")
        if l["payment_id"] != p["id"]:
            bad(f"{tag}: label order")
        counts[l["scenario"]] = counts.get(l["scenario"], 0) + 1
        statuses[l["status"]] = statuses.get(l["status"], 0) + 1
        err = validate(p)
        # ---- bad rows
        if err or l["scenario"] == "bad_row":
            if not err:
                bad(f"{tag}: labelled bad but the row is valid")
            if l["status"] != "review" or l["applications"] or l["candidates"] or l.get("short_pay") or not l.get("error"):
                bad(f"{tag}: bad row label must be review, no applications/candidates, with error")
            if err and l.get("error") != err:
                bad(f"{tag}: error '{l.get('error')}' but data says '{err}'")
            continue
        if "error" in l:
            bad(f"{tag}: error on a valid row")
        if p["date"] < last:
            bad(f"{tag}: payments not oldest first")
        last = p["date"]
        cur = p["currency"]
        A = units(cur, p["amount"])
        # ---- invariants of the label itself
        apps = [(a["invoice_id"], units(cur, a["amount"])) for a in l["applications"]]
        un = units(cur, l["unapplied"])
        if un is None or any(a is None or a <= 0 for _, a in apps):
            bad(f"{tag}: malformed amounts in label"); continue
        if sum(a for _, a in apps) + un != A:
            bad(f"{tag}: applications + unapplied != amount")
        for iid, a in apps:
            inv = ctx.inv.get(iid)
            if inv is None or inv["currency"] != cur:
                bad(f"{tag}: application to unknown/other-currency invoice {iid}")
            elif a > ctx.bal[iid]:
                bad(f"{tag}: application takes {iid} past zero")
        if len({iid for iid, _ in apps}) != len(apps):
            bad(f"{tag}: invoice applied twice")
        st = l["status"]
        sp = l["short_pay"]
        after = {iid: ctx.bal[iid] - a for iid, a in apps}
        if st == "applied" and (not apps or un != 0 or sp or l["candidates"]):
            bad(f"{tag}: applied must apply everything, no short_pay/candidates")
        if st == "partial":
            if not apps or un != 0 or l["candidates"] or not any(v > 0 for v in after.values()):
                bad(f"{tag}: partial must apply all and leave an invoice open")
            if sp and (sp["invoice_id"] not in after or units(cur, sp["amount"]) != after[sp["invoice_id"]] or not sp["reason"]):
                bad(f"{tag}: short_pay must name the applied invoice and its remaining balance")
        if st == "unapplied" and (un <= 0 or sp or l["candidates"] or any(v != 0 for v in after.values())):
            bad(f"{tag}: unapplied must hold cash, close any applied invoice, no candidates")
        if st == "review":
            if apps or un != A or sp:
                bad(f"{tag}: review applies nothing")
            for c in l["candidates"]:
                for iid in c["invoice_ids"]:
                    inv = ctx.inv.get(iid)
                    if inv is None or ctx.bal[iid] <= 0:
                        bad(f"{tag}: candidate {iid} is not open"); continue
                    if inv["currency"] != cur and l["scenario"] != "currency_mismatch":
                        bad(f"{tag}: candidate {iid} in another currency")
                    if p["customer_id"] and inv["customer_id"] != p["customer_id"]:
                        bad(f"{tag}: candidate {iid} of another customer")
        if st not in ("applied", "partial", "unapplied", "review"):
            bad(f"{tag}: status {st}")
        # ---- the label must follow from the decision rules
        exp = derive(p, ctx)
        got = {"status": st, "apps": sorted(apps), "unapplied": un,
               "short": None if not sp else (sp["invoice_id"], units(cur, sp["amount"]), sp["reason"]),
               "cands": [c["invoice_ids"] for c in l["candidates"]]}
        for f in ("status", "apps", "unapplied", "short", "cands"):
            if got[f] != exp[f]:
                bad(f"{tag}: {f} {got[f]} but rules give {exp[f]} [{exp['why']}]")
        for iid, a in apps:
            ctx.bal[iid] -= a
    print("scenarios:", json.dumps(counts, indent=1))
    print("statuses:", statuses)
    if problems:
        print(f"{len(problems)} problem(s):")
        for m in problems[:60]:
            print("  -", m)
        sys.exit(1)
    print("OK: all invariants hold and every label follows from the decision rules")


if __name__ == "__main__":
    main()
