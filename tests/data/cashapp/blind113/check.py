"""Check blind cash-application set 409: replay labels against invoices, verify invariants, and re-derive
every label from the decision rules in README.md with an independent reader of the data.
Standard library only. Exit code 0 = all good."""
import datetime as dt
import itertools
import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sea_logistics")
EXP = {"SGD": 2, "MYR": 2, "THB": 2, "IDR": 2, "PHP": 2, "VND": 0, "USD": 2}
INV_KEYS = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
PAY_KEYS = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
LAB_KEYS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}
errors = []


def err(msg):
    errors.append(msg)


def money_ok(cur, s):
    e = EXP[cur]
    pat = r"^\d+$" if e == 0 else r"^\d+\.\d{%d}$" % e
    return isinstance(s, str) and re.match(pat, s) is not None


def norm(s):
    s = re.sub(r"[^A-Z0-9 ]", " ", s.upper())
    stop = {"PTE", "LTD", "SDN", "BHD", "CO", "INC", "CORP", "PT", "CV", "LLC", "AB", "PTY", "LIMITED",
            "CONG", "TY", "TNHH", "CP", "PHAN"}
    return " ".join(w for w in s.split() if w not in stop)


OCR = str.maketrans({"O": "0", "L": "1", "I": "1", "S": "5", "B": "8"})


def extract_numbers(text, numbers):
    """Invoice numbers named in free text, in any spelling. Returns (known numbers, unknown numbers)."""
    known, unknown = [], []
    if not text:
        return known, unknown
    up = text.upper()
    spans = []
    for m in re.finditer(r"INV(?:OICE)?(?:\s*NO\.?)?[\s\-#:]*", up):
        tail = up[m.end():m.end() + 12]
        best = None
        for k in range(len(tail), 0, -1):
            cand = tail[:k]
            if cand[-1] in " -":
                continue
            clean = cand.replace(" ", "").replace("-", "").translate(OCR)
            if not clean.isdigit() or len(clean) < 4:
                continue
            num = "INV-%07d" % int(clean)
            if num in numbers:
                best = ("k", num, m.end() + k)
                break
        if best is None:
            tok = tail.split(" ")[0]
            if re.match(r"^\d{5,8}$", tok):
                best = ("u", tok, m.end() + len(tok))
        if best:
            (known if best[0] == "k" else unknown).append(best[1])
            spans.append((m.start(), best[2]))
    for m in re.finditer(r"(?<![0-9A-Z,.])0*(4\d{4})(?![0-9,])", up):
        if any(a <= m.start() < b for a, b in spans):
            continue
        num = "INV-%07d" % int(m.group(1))
        if num in numbers:
            known.append(num)
        else:
            unknown.append(m.group(0))
    out_k = []
    for n in known:
        if n not in out_k:
            out_k.append(n)
    return out_k, [u for u in unknown if u not in out_k]


def one_edit(a, b):
    if len(a) == len(b):
        d = [i for i in range(len(a)) if a[i] != b[i]]
        return len(d) == 1 or (len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]])
    if abs(len(a) - len(b)) == 1:
        s, l = (a, b) if len(a) < len(b) else (b, a)
        return any(l[:i] + l[i + 1:] == s for i in range(len(l)))
    return False


def subsets(vals, target, k):
    return [c for n in range(1, k + 1) for c in itertools.combinations(range(len(vals)), n)
            if sum(vals[i] for i in c) == target]


STATED = [("part", r"PART PAYMENT|INSTALMENT|PARTIAL PAYMENT|PROGRESS PAYMENT"),
          ("withholding tax", r"WHT|EWT|PPH 23|WITHHOLDING|CONTRACTOR TAX"),
          ("bank charges", r"BANK CHARGES"),
          ("early-payment discount", r"DISCOUNT"),
          ("damaged goods", r"DAMAGED"),
          ("gateway/marketplace fee", r"SETTLEMENT REPORT"),
          ("fx shortfall", r"\bFX\b|CONVERTED AT BANK RATE")]


def main():
    inv = json.load(open(os.path.join(HERE, "invoices.json"), encoding="utf-8"))
    pays = json.load(open(os.path.join(HERE, "payments.json"), encoding="utf-8"))
    labs = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    if not 1200 <= len(inv) <= 1600:
        err("invoice count %d" % len(inv))
    if len(pays) != 400 or len(labs) != 400:
        err("payment/label count")
    byid, bynum, bal = {}, {}, {}
    cust_names = {}
    for i in inv:
        if set(i) != INV_KEYS:
            err("invoice keys %s" % i.get("id"))
        if i["id"] in byid or i["number"] in bynum:
            err("duplicate invoice %s" % i["id"])
        if not re.match(r"^INV-\d{7}$", i["number"]):
            err("number format %s" % i["number"])
        for f in ("total", "balance"):
            if not money_ok(i["currency"], i[f]):
                err("money format %s %s" % (i["id"], f))
        if Decimal(i["balance"]) > Decimal(i["total"]) or Decimal(i["balance"]) <= 0:
            err("balance %s" % i["id"])
        byid[i["id"]] = i
        bynum[i["number"]] = i
        bal[i["id"]] = Decimal(i["balance"])
        cust_names.setdefault(i["customer_id"], i["customer_name"])
    nums = [int(n[4:]) for n in sorted(bynum)]
    if not any(b - a > 1 for a, b in zip(nums, nums[1:])):
        err("no gaps in the number sequence")
    normnames = {}
    for cid, name in cust_names.items():
        normnames.setdefault(norm(name), []).append(cid)

    last_date = None
    paid_in_batch = {}
    for p, l in zip(pays, labs):
        pid = p.get("id")
        if set(p) != PAY_KEYS:
            err("payment keys %s" % pid)
        if l["payment_id"] != pid:
            err("label order %s" % pid)
        extra = set(l) - LAB_KEYS - {"error"}
        if extra or not LAB_KEYS <= set(l):
            err("label keys %s %s" % (pid, extra))
        # ---------------- row validity ----------------
        bad = None
        cur = p["currency"]
        if cur is None:
            bad = "missing currency"
        elif cur not in EXP:
            bad = "invalid currency"
        try:
            amount = Decimal(p["amount"])
            if not amount.is_finite():
                raise InvalidOperation
            if amount <= 0:
                bad = bad or "negative amount"
            elif cur in EXP and not money_ok(cur, p["amount"]):
                bad = bad or "invalid amount"
        except (InvalidOperation, TypeError):
            bad = bad or "invalid amount"
        try:
            d = dt.date.fromisoformat(p["date"])
            if last_date and d < last_date:
                err("payments not oldest first at %s" % pid)
            last_date = d
        except (ValueError, TypeError):
            bad = bad or "malformed date"
        if bad:
            if l["status"] != "review" or l["applications"] or l["candidates"] or l.get("error") != bad:
                err("%s bad row (%s) labelled %s / %s" % (pid, bad, l["status"], l.get("error")))
            if l["scenario"] != "bad_row":
                err("%s bad row not scenario bad_row" % pid)
            continue
        if "error" in l or l["scenario"] == "bad_row":
            err("%s error on a good row" % pid)
        # ---------------- invariants ----------------
        st = l["status"]
        if st not in ("applied", "partial", "unapplied", "review"):
            err("%s status %s" % (pid, st))
        tot = Decimal(0)
        for a in l["applications"]:
            iv = byid.get(a["invoice_id"])
            if iv is None:
                err("%s unknown invoice" % pid)
                continue
            if iv["currency"] != cur:
                err("%s currency mismatch application" % pid)
            if not money_ok(cur, a["amount"]):
                err("%s application money format" % pid)
            amt = Decimal(a["amount"])
            if amt <= 0 or amt > bal[iv["id"]]:
                err("%s takes %s past zero" % (pid, iv["number"]))
            tot += amt
        if not money_ok(cur, l["unapplied"]):
            err("%s unapplied format" % pid)
        if tot + Decimal(l["unapplied"]) != amount:
            err("%s applications + unapplied != amount" % pid)
        if st == "applied" and (not l["applications"] or Decimal(l["unapplied"]) or l["short_pay"] or l["candidates"]):
            err("%s applied inconsistent" % pid)
        if st == "partial" and (not l["applications"] or Decimal(l["unapplied"]) or l["candidates"]):
            err("%s partial inconsistent" % pid)
        if st == "unapplied" and (Decimal(l["unapplied"]) <= 0 or l["short_pay"] or l["candidates"]):
            err("%s unapplied inconsistent" % pid)
        if st == "review" and (l["applications"] or l["short_pay"]):
            err("%s review inconsistent" % pid)
        # ---------------- independent decision ----------------
        text = " ".join(x for x in (p["reference"], p["remittance"]) if x)
        known, unknown = extract_numbers(text, bynum)
        refs = [bynum[n] for n in known]
        cust, how = None, None
        if p["customer_id"]:
            cust, how = p["customer_id"], "id"
            if cust not in cust_names:
                err("%s unknown customer_id" % pid)
        else:
            nn = norm(p["payer_name"])
            if nn in normnames and len(normnames[nn]) == 1:
                cust, how = normnames[nn][0], "name"
            else:
                pref = [c for k, cs in normnames.items() for c in cs if k.startswith(nn) and len(nn) >= 8]
                if len(pref) > 1:
                    how = "ambiguous"
                    amb = pref
                elif refs and len({r["customer_id"] for r in refs}) == 1:
                    cust, how = refs[0]["customer_id"], "reference"
        opn = lambda c, cu: [byid[k] for k, v in bal.items() if v > 0 and byid[k]["customer_id"] == c
                             and byid[k]["currency"] == cu]
        order = lambda xs: sorted(xs, key=lambda i: (i["due_date"], i["number"]))
        exp = None   # (status, apps{id:amt}, unapplied, short (id, amt, reason) or None, candidates)
        up = text.upper()
        stated = [k for k, rx in STATED if re.search(rx, up)]
        if refs and any(r["currency"] != cur for r in refs):
            exp = ("review", {}, amount, None, [])
        elif refs and cust and any(r["customer_id"] != cust for r in refs):
            exp = ("review", {}, amount, None, [[r["id"]] for r in refs if bal[r["id"]] > 0])
        elif refs:
            open_refs = [r for r in refs if bal[r["id"]] > 0]
            s = sum(bal[r["id"]] for r in open_refs)
            others = [o for o in opn(cust, cur) if o not in open_refs] if cust else []
            fit_other = [o for o in others if bal[o["id"]] == amount]
            if open_refs and s == amount:
                exp = ("applied", {r["id"]: bal[r["id"]] for r in open_refs}, 0, None, [])
            elif len(refs) == 1 and not open_refs and paid_in_batch.get(refs[0]["id"]) and cust:
                exp = ("unapplied", {}, amount, None, [])
            elif len(open_refs) == 1 and fit_other:
                exp = ("review", {}, amount, None, [[o["id"]] for o in order(fit_other)] + [[open_refs[0]["id"]]])
            elif len(open_refs) == 1 and amount < s:
                r = open_refs[0]
                short = s - amount
                if "part" in stated:
                    exp = ("partial", {r["id"]: amount}, 0, None, [])
                else:
                    reasons = [k for k in stated if k != "part"]
                    if reasons:
                        amt_txt = short_text(cur, short)
                        if reasons[0] != "fx shortfall" and amt_txt not in p["remittance"]:
                            err("%s stated deduction %s not found in remittance" % (pid, amt_txt))
                        reason = reasons[0]
                    elif short <= s * Decimal("0.03"):
                        reason = "unexplained shortfall"
                    else:
                        reason = None
                    if reason:
                        exp = ("partial", {r["id"]: amount}, 0, (r["id"], short, reason), [])
            elif len(open_refs) == 1 and amount > s:
                r = open_refs[0]
                bals = [bal[o["id"]] for o in others]
                if not subsets(bals, amount - s, 2) and not subsets(bals, amount, 3):
                    exp = ("unapplied", {r["id"]: s}, amount - s, None, [])
        elif cust:
            os_ = opn(cust, cur)
            bals = [bal[o["id"]] for o in os_]
            single = [o for o in os_ if bal[o["id"]] == amount]
            combos = subsets(bals, amount, min(len(bals), 3 if len(bals) > 12 else len(bals)))
            if unknown and len(single) == 1 and len(combos) == 1 and any(one_edit(u, single[0]["number"][4:]) or one_edit(u, single[0]["number"][4:].lstrip("0")) for u in unknown):
                exp = ("applied", {single[0]["id"]: amount}, 0, None, [])
            elif unknown:
                exp = None
            elif len(single) == 1 and len(combos) == 1:
                exp = ("applied", {single[0]["id"]: amount}, 0, None, [])
            elif len(single) > 1:
                exp = ("review", {}, amount, None, [[o["id"]] for o in order(single)])
            elif not single and len(combos) == 1 and len(combos[0]) == len(os_):
                exp = ("applied", {o["id"]: bal[o["id"]] for o in os_}, 0, None, [])
            elif not combos:
                exp = ("unapplied", {}, amount, None, [])
        else:
            pool = [byid[k] for k, v in bal.items() if v == amount and byid[k]["currency"] == cur]
            if how == "ambiguous":
                pool = [x for x in pool if x["customer_id"] in amb]
            exp = ("review", {}, amount, None, [[x["id"]] for x in order(pool)])
        if exp is None:
            err("%s (%s): rules give no decision" % (pid, l["scenario"]))
        else:
            got_apps = {a["invoice_id"]: Decimal(a["amount"]) for a in l["applications"]}
            got_short = None
            if l["short_pay"]:
                sp = l["short_pay"]
                got_short = (sp["invoice_id"], Decimal(sp["amount"]), sp["reason"])
            if (st, got_apps, Decimal(l["unapplied"]), got_short, l["candidates"]) != \
                    (exp[0], exp[1], Decimal(exp[2]), exp[3], exp[4]):
                err("%s (%s): label %s differs from rules %s" % (pid, l["scenario"],
                                                               (st, got_apps, l["unapplied"], got_short, l["candidates"]), exp))
        # candidates must be open invoices of the right currency and a plausible customer
        for cs in l["candidates"]:
            for cid_ in cs:
                iv = byid.get(cid_)
                if iv is None or bal[iv["id"]] <= 0 or iv["currency"] != cur:
                    err("%s bad candidate %s" % (pid, cid_))
                elif cust and iv["customer_id"] != cust and iv["number"] not in known:
                    err("%s candidate of another customer %s" % (pid, cid_))
        if l["short_pay"]:
            sp = l["short_pay"]
            if sp["invoice_id"] not in got_apps or Decimal(sp["amount"]) != bal[sp["invoice_id"]] - got_apps[sp["invoice_id"]]:
                err("%s short_pay does not equal the balance left open" % pid)
        if st == "partial":
            if not any(bal[i] - a > 0 for i, a in got_apps.items()):
                err("%s partial leaves nothing open" % pid)
        # ---------------- replay ----------------
        for a in l["applications"]:
            bal[a["invoice_id"]] -= Decimal(a["amount"])
            if bal[a["invoice_id"]] == 0:
                paid_in_batch[a["invoice_id"]] = True
            if bal[a["invoice_id"]] < 0:
                err("%s negative balance" % pid)
    if errors:
        for e in errors[:60]:
            print("FAIL", e)
        print("%d problems" % len(errors))
        sys.exit(1)
    counts = {}
    for l in labs:
        counts[l["status"]] = counts.get(l["status"], 0) + 1
    print("OK: %d invoices, %d payments; %s" % (len(inv), len(pays), json.dumps(counts, sort_keys=True)))


def short_text(cur, amt):
    e = EXP[cur]
    if cur in ("IDR", "VND"):
        major = int(amt)
        body = "{:,}".format(major).replace(",", ".")
        if cur == "IDR":
            body += ",%02d" % int((amt - major) * 100)
        return body
    return "{:,.2f}".format(amt)


if __name__ == "__main__":
    main()
