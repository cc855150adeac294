#!/usr/bin/env python3
"""Replay labels for set 364 and verify invariants plus the README decision rules.

Independent re-derivation: for every payment the expected MATCHES entry is
recomputed from the data alone (the decision rules in README.md) and compared
with the label. Exits 1 on any problem.
"""
import json
import os
import re
import sys
import unicodedata
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "latam_pharma_distribution")
MINOR = {"MXN": 2, "BRL": 2, "COP": 2, "CLP": 0, "ARS": 2, "PEN": 2, "USD": 2}
INV_FIELDS = ["id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"]
PAY_FIELDS = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
LAB_FIELDS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario",
              "note", "error"}

problems = []


def bad(msg):
    problems.append(msg)


def load(n):
    with open(os.path.join(D, n), encoding="utf-8") as f:
        return json.load(f)


def to_minor(s, cur):
    m = MINOR[cur]
    pat = r"^\d+$" if m == 0 else r"^\d+\.\d{%d}$" % m
    if not isinstance(s, str) or not re.match(pat, s):
        raise ValueError("bad amount %r for %s" % (s, cur))
    if m == 0:
        return int(s)
    a, b = s.split(".")
    return int(a) * 10 ** m + int(b)


def fmt(v, cur):
    m = MINOR[cur]
    if m == 0:
        return str(v)
    return "%d.%0*d" % (v // 10 ** m, m, v % 10 ** m)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm_name(s):
    s = strip_accents(s or "").upper()
    s = re.sub(r"[^A-Z0-9 ]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def extract_numbers(text):
    if not text:
        return set()
    t = strip_accents(text).upper()
    runs = []
    for m in re.finditer(r"[0-9OIL]+", t):
        g = m.group()
        nd = sum(c.isdigit() for c in g)
        if nd < 2:
            continue
        if nd >= 3:
            g = g.replace("O", "0").replace("I", "1").replace("L", "1")
        elif not g.isdigit():
            continue
        runs.append((m.start(), m.end(), g))
    toks = [g for _, _, g in runs]
    for (s1, e1, g1), (s2, e2, g2) in zip(runs, runs[1:]):
        if t[e1:s2] == " ":
            toks.append(g1 + g2)
    out = set()
    for g in toks:
        if g.isdigit() and len(g.lstrip("0")) == 5:
            out.add(int(g.lstrip("0")))
    return out


def one_edit(a, b):
    """one substitution or one adjacent transposition between equal-length digit strings"""
    if len(a) != len(b) or a == b:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def amounts_in_text(text, cur):
    """every money-looking number in free text, in minor units, both locale readings"""
    out = set()
    m = MINOR[cur]
    for tok in re.findall(r"\d[\d.,]*\d|\d", text or ""):
        last = max(tok.rfind("."), tok.rfind(","))
        if last >= 0 and 1 <= len(tok) - last - 1 <= 2:
            ip, fp = re.sub(r"[.,]", "", tok[:last]), tok[last + 1:]
        else:
            ip, fp = re.sub(r"[.,]", "", tok), ""
        if len(fp) > m:
            continue
        out.add(int(ip) * 10 ** m + (int(fp.ljust(m, "0")) if m else 0))
    return out


DED = re.compile(r"\b(RETENC\w*|RETENIDO|RETEFUENTE|RETEICA|RETEIVA|ISR|IRRF|IIBB|COMISION\w*|TARIFA|GASTOS BANCARIOS|"
                 r"CARGO BANCARIO|DESCUENT\w*|DESCONT\w*|DTO|PRONTO PAGO|DANAD\w*|AVERIA|AVARIA|NOTA DE CREDITO|NC)\b")
PART = re.compile(r"\b(PARCIAL|ANTICIPO|CUOTA|PARCELA|A CUENTA)\b")
FX = re.compile(r"(CAMBIARI|TIPO DE CAMBIO|DIFERENCIA EN CAMBIO|VARIACAO CAMBIAL)")


def validate(p):
    errs = []
    cur = p.get("currency")
    if cur is None:
        errs.append("missing currency")
    elif cur not in MINOR:
        errs.append("invalid currency")
    a = p.get("amount")
    if not isinstance(a, str) or not re.match(r"^-?\d+(\.\d+)?$", a):
        errs.append("non-numeric amount")
    elif a.startswith("-"):
        errs.append("negative amount")
    elif cur in MINOR:
        try:
            if to_minor(a, cur) <= 0:
                errs.append("non-positive amount")
        except ValueError:
            errs.append("non-numeric amount")
    d = p.get("date")
    try:
        if not isinstance(d, str) or not re.match(r"^\d{4}-\d{2}-\d{2}$", d):
            raise ValueError
        date.fromisoformat(d)
    except ValueError:
        errs.append("malformed date")
    return errs


def main():
    invoices, payments, labels = load("invoices.json"), load("payments.json"), load("labels.json")
    # ---------------- structure
    if not 1200 <= len(invoices) <= 1600:
        bad("invoice count %d" % len(invoices))
    if len(payments) != 400 or len(labels) != 400:
        bad("need 400 payments and labels")
    INV = {}
    bal = {}
    bynum = {}
    for i in invoices:
        if list(i) != INV_FIELDS:
            bad("invoice fields %s" % list(i))
        if i["id"] in INV:
            bad("dup invoice id")
        INV[i["id"]] = i
        t, b = to_minor(i["total"], i["currency"]), to_minor(i["balance"], i["currency"])
        if not 0 < b <= t:
            bad("invoice %s balance out of range" % i["id"])
        bal[i["id"]] = b
        m = re.match(r"^FV-(\d{7})$", i["number"])
        if not m:
            bad("number format %s" % i["number"])
        n = int(m.group(1))
        if n in bynum:
            bad("dup number")
        bynum[n] = i
        if str(n) in i["id"]:
            bad("invoice id leaks number %s" % i["id"])
        if i["due_date"] < i["issue_date"]:
            bad("due before issue")
    nums = sorted(bynum)
    if nums[-1] - nums[0] + 1 == len(nums):
        bad("number sequence has no gaps")
    if not any(to_minor(i["balance"], i["currency"]) < to_minor(i["total"], i["currency"]) for i in invoices):
        bad("no part-paid invoices")
    byname = {}
    for i in invoices:
        byname.setdefault(norm_name(i["customer_name"]), set()).add(i["customer_id"])
    for k, v in byname.items():
        if len(v) != 1:
            bad("customer name %s maps to several ids" % k)
    cust_ids = {i["customer_id"] for i in invoices}

    def open_of(cid, cur):
        return [i for i in invoices if i["customer_id"] == cid and i["currency"] == cur and bal[i["id"]] > 0]

    def subsets(items, target, limit=20):
        items = sorted(items, key=lambda i: -bal[i["id"]])
        vals = [bal[i["id"]] for i in items]
        suf = [0] * (len(vals) + 1)
        for k in range(len(vals) - 1, -1, -1):
            suf[k] = suf[k + 1] + vals[k]
        found = []

        def rec(k, rem, ch):
            if len(found) >= limit:
                return
            if rem == 0 and ch:
                found.append(list(ch))
                return
            if k >= len(vals) or suf[k] < rem:
                return
            if vals[k] <= rem:
                ch.append(items[k])
                rec(k + 1, rem - vals[k], ch)
                ch.pop()
            rec(k + 1, rem, ch)

        rec(0, target, [])
        return found

    def order_sets(sets):
        return sorted(sets, key=lambda s: (len(s), min(i["due_date"] for i in s), min(i["number"] for i in s)))

    def ids(sets):
        return [sorted(i["id"] for i in s) for s in sets]

    def solve(p):
        """README decision rules -> (status, [(id, amt)], unapplied, short(id, amt)|None, candidates, allowed_custs)"""
        cur = p["currency"]
        amt = to_minor(p["amount"], cur)
        text = (p["reference"] or "") + "\n" + (p["remittance"] or "")
        T = strip_accents(text).upper()
        toks = extract_numbers(p["reference"]) | extract_numbers(p["remittance"])
        R = sorted([bynum[t] for t in toks if t in bynum], key=lambda i: i["number"])
        near_toks = [t for t in toks if t not in bynum]
        C = p["customer_id"] if p["customer_id"] in cust_ids else None
        if C is None and p["customer_id"] is None:
            ids_ = byname.get(norm_name(p["payer_name"]))
            C = next(iter(ids_)) if ids_ else None
        review = lambda sets, allowed: ("review", [], amt, None, ids(sets), allowed)
        if R:
            custs = {i["customer_id"] for i in R}
            if C is None and len(custs) == 1:
                C = next(iter(custs))
            Ropen = [i for i in R if bal[i["id"]] > 0]
            if C is None or custs != {C}:
                sets = [Ropen] if Ropen else []
                if C:
                    sets += order_sets([[i] for i in open_of(C, cur) if bal[i["id"]] == amt])
                return review(sets, custs | ({C} if C else set()))
            if any(i["currency"] != cur for i in R):
                return review([Ropen] if Ropen else [], custs)
            if not Ropen:
                return ("unapplied", [], amt, None, [], None)
            tot = sum(bal[i["id"]] for i in Ropen)
            if amt == tot:
                return ("applied", [(i["id"], bal[i["id"]]) for i in Ropen], 0, None, [], None)
            if amt > tot:
                return ("unapplied", [(i["id"], bal[i["id"]]) for i in Ropen], amt - tot, None, [], None)
            if len(Ropen) != 1:
                return review([Ropen], custs)
            x = Ropen[0]
            b = bal[x["id"]]
            s = b - amt
            has_ded, has_part, has_fx = bool(DED.search(T)), bool(PART.search(T)), bool(FX.search(T))
            if has_ded and s in amounts_in_text(text, cur):
                return ("partial", [(x["id"], amt)], 0, (x["id"], s), [], None)
            if has_part and not has_ded:
                return ("partial", [(x["id"], amt)], 0, None, [], None)
            if has_fx and not has_ded and s * 100 <= b * 3:
                return ("partial", [(x["id"], amt)], 0, (x["id"], s), [], None)
            if not (has_ded or has_part or has_fx) and s * 10 <= b:
                return ("partial", [(x["id"], amt)], 0, (x["id"], s), [], None)
            return review([[x]], custs)
        if near_toks:
            pool = [i for i in invoices if bal[i["id"]] > 0 and i["currency"] == cur
                    and any(one_edit(str(int(i["number"][3:])), str(t)) for t in near_toks)]
            if C:
                near = [i for i in pool if i["customer_id"] == C]
                S = subsets(open_of(C, cur), amt)
                if len(S) == 1 and len(S[0]) == 1 and S[0][0] in near:
                    x = S[0][0]
                    return ("applied", [(x["id"], amt)], 0, None, [], None)
                if not S:
                    return review(order_sets([[i] for i in near]), {C})
                first = order_sets([s for s in S if len(s) == 1 and s[0] in near])
                rest = order_sets([s for s in S if not (len(s) == 1 and s[0] in near)])
                return review(first + rest, {C})
            sets = order_sets([[i] for i in pool if bal[i["id"]] == amt])
            return review(sets, {i["customer_id"] for i in pool})
        if C:
            S = subsets(open_of(C, cur), amt)
            if len(S) == 1:
                return ("applied", [(i["id"], bal[i["id"]]) for i in S[0]], 0, None, [], None)
            if len(S) > 1:
                return review(order_sets(S), {C})
            return ("unapplied", [], amt, None, [], None)
        sets = order_sets([[i] for i in invoices if i["currency"] == cur and bal[i["id"]] == amt])
        return review(sets, {i["customer_id"] for s in sets for i in s})

    # ---------------- replay
    last_date = None
    pids = set()
    counts = {}
    for n, (p, l) in enumerate(zip(payments, labels)):
        where = "%s" % p.get("id")
        if list(p) != PAY_FIELDS:
            bad("%s payment fields %s" % (where, list(p)))
        if p["id"] in pids:
            bad("dup payment id")
        pids.add(p["id"])
        if l.get("payment_id") != p["id"]:
            bad("%s label order" % where)
            continue
        if not set(l) <= LAB_FIELDS or not {"payment_id", "status", "applications", "unapplied", "short_pay",
                                            "candidates", "reason", "scenario", "note"} <= set(l):
            bad("%s label keys %s" % (where, sorted(l)))
        counts[l["scenario"]] = counts.get(l["scenario"], 0) + 1
        errs = validate(p)
        if errs:
            if l["status"] != "review" or l["applications"] or l["candidates"] or l["short_pay"]:
                bad("%s bad row must be bare review" % where)
            if l.get("error") not in errs:
                bad("%s error %r not in %r" % (where, l.get("error"), errs))
            if l["unapplied"] != p["amount"]:
                bad("%s bad row unapplied should echo raw amount" % where)
            continue
        if "error" in l:
            bad("%s error on a valid row" % where)
        if last_date and p["date"] < last_date:
            bad("%s payments not oldest first" % where)
        last_date = p["date"]
        cur = p["currency"]
        amt = to_minor(p["amount"], cur)
        if p["customer_id"] is not None and p["customer_id"] not in cust_ids:
            bad("%s unknown customer id" % where)
        # invariants on the label itself
        st = l["status"]
        apps = [(a["invoice_id"], to_minor(a["amount"], cur)) for a in l["applications"]]
        un = to_minor(l["unapplied"], cur)
        if sum(a for _, a in apps) + un != amt:
            bad("%s applications + unapplied != amount" % where)
        for iid, a in apps:
            i = INV.get(iid)
            if i is None or i["currency"] != cur:
                bad("%s application to unknown/other-currency invoice" % where)
                continue
            if a <= 0 or a > bal[iid]:
                bad("%s application %s takes %s past zero (balance %s)" % (where, iid, a, bal[iid]))
        if len({iid for iid, _ in apps}) != len(apps):
            bad("%s repeated invoice in applications" % where)
        if st == "applied" and (not apps or un or l["short_pay"] or l["candidates"]):
            bad("%s inconsistent applied" % where)
        if st == "partial":
            if not apps or un or l["candidates"]:
                bad("%s inconsistent partial" % where)
            if not any(a < bal[iid] for iid, a in apps):
                bad("%s partial leaves nothing open" % where)
        if st == "unapplied" and (un <= 0 or l["short_pay"] or l["candidates"]):
            bad("%s inconsistent unapplied" % where)
        if st == "review" and (apps or un != amt or l["short_pay"]):
            bad("%s inconsistent review" % where)
        if st != "review" and l["candidates"]:
            bad("%s candidates outside review" % where)
        sp = l["short_pay"]
        if sp is not None:
            if st != "partial" or set(sp) != {"invoice_id", "amount", "reason"}:
                bad("%s short_pay shape" % where)
            else:
                a = dict(apps).get(sp["invoice_id"])
                if a is None or bal[sp["invoice_id"]] - a != to_minor(sp["amount"], cur):
                    bad("%s short_pay amount is not what the application leaves open" % where)
        # rule re-derivation
        est, eapps, eun, esp, ecands, allowed = solve(p)
        if est != st:
            bad("%s status %s, rules say %s (%s)" % (where, st, est, l["scenario"]))
        if sorted(eapps) != sorted(apps):
            bad("%s applications differ from rules: %s vs %s" % (where, apps, eapps))
        if eun != un:
            bad("%s unapplied differs from rules" % where)
        if (esp is None) != (sp is None) or (sp and (sp["invoice_id"], to_minor(sp["amount"], cur)) != esp):
            bad("%s short_pay differs from rules: %s vs %s" % (where, sp, esp))
        lc = [sorted(c) for c in l["candidates"]]
        if lc != ecands:
            bad("%s candidates differ from rules: %s vs %s" % (where, lc, ecands))
        for c in l["candidates"]:
            for iid in c:
                i = INV.get(iid)
                if i is None or bal[iid] <= 0:
                    bad("%s candidate %s not open" % (where, iid))
                    continue
                if allowed is not None and i["customer_id"] not in allowed:
                    bad("%s candidate %s of unrelated customer" % (where, iid))
                if i["currency"] != cur and l["scenario"] != "currency_mismatch":
                    bad("%s candidate %s in another currency" % (where, iid))
        if st == "review" and l["scenario"] in ("clean_exact", "multi_listed"):
            bad("%s clean scenario ended in review" % where)
        for iid, a in apps:
            bal[iid] -= a
    for k in sorted(counts):
        print("%-24s %d" % (k, counts[k]))
    if problems:
        for m in problems[:60]:
            print("PROBLEM:", m)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("OK: %d invoices, %d payments, all labels follow the rules" % (len(invoices), len(payments)))


if __name__ == "__main__":
    main()
