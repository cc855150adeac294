"""Replay labels of set 392 against the invoices; verify invariants and that every label follows
from the decision rules in README.md. Standard library only, self-contained. Exit 1 on any problem."""
import datetime as dt
import json
import os
import re
import sys
import unicodedata

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nordic_seafood_export")
MINOR = {"NOK": 2, "EUR": 2, "ISK": 0, "SEK": 2, "DKK": 2, "JPY": 0, "USD": 2}
INV_FIELDS = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
PAY_FIELDS = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
LAB_FIELDS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason",
              "scenario", "note"}
PART_WORDS = ["delbetal", "part payment", "partial payment", "abschlag", "teilzahlung", "acconto", "pago parcial",
              "pagamento parcial", "avdrag", "instalment", "acompte", "afdrag", "innborgun", "deelbetaling",
              "osamaksu"]
SHORT_KINDS = {"bank_fee": ["charges", "gebyr"], "withholding_tax": ["withholding", "wht"],
               "early_payment_discount": ["discount", "skonto"], "damaged_goods": ["damaged"],
               "fx_difference": ["converted", "exchange difference"]}
SCEN_STATUS = {"exact_ref": "applied", "multi_listed": "applied", "multi_unlisted_sum": "applied",
               "multi_unlisted_ambiguous": "review", "no_ref_unique_amount": "applied", "part_payment": "partial",
               "short_pay_stated": "partial", "short_pay_multi": "partial", "short_unexplained": "partial",
               "fx_shortfall": "partial", "overpayment": "unapplied", "duplicate_payment": "unapplied",
               "payer_alias_ref": "applied", "payer_unknown_noref": "review", "typo_unique_amount": "applied",
               "typo_conflict": "review", "wrong_customer_ref": "review", "same_amount_multiple": "review",
               "currency_mismatch": "review", "no_fit_known": "unapplied", "unknown_payer": "review",
               "bad_row": "review"}
problems = []


def bad(msg):
    problems.append(msg)


# ------------------------------------------------------------------ money
def amount_ok(s, cur):
    if not isinstance(s, str) or cur not in MINOR:
        return False
    return bool(re.fullmatch(r"\d+" if MINOR[cur] == 0 else r"\d+\.\d{2}", s))


def to_minor(s, cur):
    return int(s.replace(".", "")) if MINOR[cur] else int(s)


def fmt(m, cur):
    return str(m) if MINOR[cur] == 0 else "%d.%02d" % (m // 100, m % 100)


def human(m, cur):
    d = MINOR[cur]
    w, f = divmod(m, 10 ** d) if d else (m, None)
    return ["{:,}".format(w) + ("." + "%02d" % f if d else ""),
            "{:,}".format(w).replace(",", ".") + ("," + "%02d" % f if d else "")]


# ------------------------------------------------------------------ reference parser (README rule R1)
def luhn(body):
    t = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        t += v - 9 if v > 9 else v
    return str((10 - t % 10) % 10)


def mod11(body):
    w = [2, 3, 4, 5, 6, 7]
    r = 11 - sum(int(c) * w[i % 6] for i, c in enumerate(reversed(body))) % 11
    return "0" if r == 11 else "-" if r == 10 else str(r)


def refs_in(text, known):
    found = []
    if not text:
        return found
    for m in re.finditer(r"\d+", text):
        r = m.group()
        v = None
        if len(r) <= 7:
            v = int(r)
        elif len(r) == 12 and r[11] in (luhn(r[:11]), mod11(r[:11])):
            v = int(r[4:11])
        elif len(r) == 8 and r[7] == luhn(r[:7]):
            v = int(r[:7])
        if v in known and v not in found:
            found.append(v)
    for m in re.finditer(r"(?<![\d.,])(\d{1,4}(?: \d{1,4}){1,2})(?![\d.,])", text):
        j = m.group().replace(" ", "")
        if 5 <= len(j) <= 7 and int(j) in known and int(j) not in found:
            found.append(int(j))
    return found


# ------------------------------------------------------------------ ledger
def main():
    inv = json.load(open(os.path.join(HERE, "invoices.json"), encoding="utf-8"))
    pays = json.load(open(os.path.join(HERE, "payments.json"), encoding="utf-8"))
    labs = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    by_id, by_num, bal = {}, {}, {}
    for i in inv:
        if set(i) != INV_FIELDS:
            bad("invoice fields %s" % i.get("id"))
        if i["id"] in by_id:
            bad("duplicate invoice id %s" % i["id"])
        by_id[i["id"]] = i
        n = int(i["number"][3:])
        if n in by_num:
            bad("duplicate invoice number %s" % i["number"])
        by_num[n] = i
        if not (amount_ok(i["total"], i["currency"]) and amount_ok(i["balance"], i["currency"])):
            bad("invoice amount format %s" % i["id"])
        b, t = to_minor(i["balance"], i["currency"]), to_minor(i["total"], i["currency"])
        if not 0 < b <= t:
            bad("invoice balance out of range %s" % i["id"])
        if i["due_date"] < i["issue_date"]:
            bad("due before issue %s" % i["id"])
        bal[i["id"]] = b
    known = set(by_num)
    if not 1200 <= len(inv) <= 1600:
        bad("invoice count %d" % len(inv))
    if len(pays) != 400 or len(labs) != 400:
        bad("need 400 payments and labels")

    def open_of(cust, cur):
        return [i for i in inv if i["customer_id"] == cust and i["currency"] == cur and bal[i["id"]] > 0]

    def okey(ids):
        return tuple(sorted((by_id[x]["due_date"], by_id[x]["number"]) for x in ids))

    def sids(ids):
        return sorted(ids, key=lambda x: (by_id[x]["due_date"], by_id[x]["number"]))

    def hits(cust, cur, amt):
        its = sorted([(i["id"], bal[i["id"]]) for i in open_of(cust, cur)], key=lambda x: x[1])
        n = len(its)
        top = n if n <= 14 else 4
        out = []

        def dfs(k, left, rem, ch):
            if rem == 0 and ch:
                out.append(list(ch))
                return
            if left == 0:
                return
            for j in range(k, n):
                if its[j][1] > rem:
                    break
                ch.append(its[j][0])
                dfs(j + 1, left - 1, rem - its[j][1], ch)
                ch.pop()
        dfs(0, top, amt, [])
        if n > 14 and sum(b for _, b in its) == amt:
            out.append([x for x, _ in its])
        out = [sids(s) for s in out]
        out.sort(key=lambda s: (len(s), okey(s)))
        return out

    def singles_any(cur, amt):
        return [[x] for x in sids([i["id"] for i in inv if i["currency"] == cur and bal[i["id"]] == amt])]

    counts = {}
    last_date = ""
    for k, (p, lab) in enumerate(zip(pays, labs)):
        pid = p.get("id")
        if set(p) != PAY_FIELDS:
            bad("%s payment fields" % pid)
        if lab.get("payment_id") != pid:
            bad("label order at %d" % k)
        extra = set(lab) - LAB_FIELDS - {"error"}
        if extra or not LAB_FIELDS <= set(lab):
            bad("%s label fields" % pid)
        scen = lab.get("scenario")
        counts[scen] = counts.get(scen, 0) + 1
        if SCEN_STATUS.get(scen) != lab["status"]:
            bad("%s scenario %s with status %s" % (pid, scen, lab["status"]))
        cur = p["currency"]
        # ---------------- R0: bad rows
        err = None
        try:
            dd = dt.date.fromisoformat(p["date"]) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p["date"] or "") else None
        except ValueError:
            dd = None
        if cur not in MINOR:
            err = "currency"
        elif not amount_ok(p["amount"], cur) or to_minor(p["amount"], cur) <= 0:
            err = "amount"
        elif dd is None:
            err = "date"
        if err:
            if not (lab["status"] == "review" and lab["applications"] == [] and lab["candidates"] == []
                    and lab["short_pay"] is None and lab["unapplied"] is None and lab.get("error")):
                bad("%s bad row (%s) not labelled as review with error" % (pid, err))
            continue
        if lab.get("error"):
            bad("%s has error but row is fine" % pid)
        if p["date"] < last_date:
            bad("%s payments not oldest first" % pid)
        last_date = p["date"]
        amt = to_minor(p["amount"], cur)
        cid = p["customer_id"]
        text_l = ((p["reference"] or "") + "\n" + (p["remittance"] or "")).lower()
        refs = []
        for t in (p["reference"], p["remittance"]):
            for v in refs_in(t, known):
                if v not in refs:
                    refs.append(v)
        rinv = [by_num[v] for v in refs]
        rcust = {i["customer_id"] for i in rinv}
        cust = cid if cid else (next(iter(rcust)) if len(rcust) == 1 else None)

        # ---------------- invariants of the label itself
        apps = [(a["invoice_id"], a["amount"]) for a in lab["applications"]]
        tot = 0
        for iid, a in apps:
            if iid not in by_id:
                bad("%s applies unknown invoice %s" % (pid, iid))
                continue
            if by_id[iid]["currency"] != cur:
                bad("%s currency mismatch on %s" % (pid, iid))
            if not amount_ok(a, cur) or to_minor(a, cur) <= 0:
                bad("%s bad application amount" % pid)
                continue
            if to_minor(a, cur) > bal[iid]:
                bad("%s takes %s past zero" % (pid, iid))
            tot += to_minor(a, cur)
        if not amount_ok(lab["unapplied"], cur) or tot + to_minor(lab["unapplied"], cur) != amt:
            bad("%s applications + unapplied != amount" % pid)
        for c in lab["candidates"]:
            for iid in c["invoice_ids"]:
                i = by_id.get(iid)
                if not i or bal[iid] <= 0 or i["currency"] != cur or (cust and i["customer_id"] != cust):
                    bad("%s candidate %s not an open invoice of the customer/currency" % (pid, iid))

        # ---------------- expected decision from the README rules
        def cands_known(c):
            h = hits(c, cur, amt)
            for i in rinv:
                if i["customer_id"] == c and i["currency"] == cur and bal[i["id"]] > 0 and [i["id"]] not in h:
                    h.append([i["id"]])
            return h[:6]

        exp = {"apps": [], "short": None, "cands": []}
        if rinv:
            if cid and any(i["customer_id"] != cid for i in rinv):
                exp.update(status="review", cands=cands_known(cid), rule="R3 other customer's invoice")
            elif len(rcust) > 1:
                exp.update(status="review", cands=[], rule="R3 several customers")
            elif any(i["currency"] != cur for i in rinv):
                exp.update(status="review", cands=cands_known(cust), rule="R4 currency differs")
            else:
                op = [i for i in rinv if bal[i["id"]] > 0]
                s = sum(bal[i["id"]] for i in op)
                h = hits(cust, cur, amt)
                own = sids([i["id"] for i in op])
                if not op:
                    if cid and not h:
                        exp.update(status="unapplied", rule="R8 already paid")
                    else:
                        exp.update(status="review", cands=cands_known(cust) if cust else [], rule="R8 paid, unsure")
                elif amt == s:
                    exp.update(status="applied", apps=[(i["id"], bal[i["id"]]) for i in op], rule="R5 exact")
                elif any(x != own for x in h):
                    exp.update(status="review", cands=cands_known(cust), rule="R7 amount fits other invoices")
                elif amt > s:
                    if hits(cust, cur, amt - s):
                        exp.update(status="review", cands=cands_known(cust), rule="R6 excess fits invoices")
                    else:
                        exp.update(status="unapplied", apps=[(i["id"], bal[i["id"]]) for i in op], rule="R6 over")
                else:
                    kinds = [k2 for k2, ws in SHORT_KINDS.items() if any(w in text_l for w in ws)]
                    part = any(w in text_l for w in PART_WORDS)
                    if len(kinds) > 1 or (part and kinds):
                        exp.update(status="review", rule="ambiguous wording")
                        bad("%s ambiguous short-pay wording %s" % (pid, kinds))
                    short_inv = op[0]
                    if len(op) > 1:   # the deduction line names the short invoice
                        line = [ln for ln in (p["remittance"] or "").split("\n")
                                if any(w in ln.lower() for w in SHORT_KINDS.get(kinds[0] if kinds else "", []))]
                        named = refs_in(line[0], known) if line else []
                        if len(named) != 1 or by_num[named[0]] not in op:
                            exp.update(status="review", rule="short invoice unclear")
                            bad("%s multi short without a named invoice" % pid)
                        else:
                            short_inv = by_num[named[0]]
                    gap = s - amt
                    if gap >= bal[short_inv["id"]]:
                        bad("%s shortfall larger than the short invoice" % pid)
                    ap = [(i["id"], bal[i["id"]] - (gap if i is short_inv else 0)) for i in op]
                    sp = None if part else (short_inv["id"], gap, kinds[0] if kinds else "unexplained")
                    if sp and sp[2] != "unexplained" and sp[2] != "fx_difference" and \
                            not any(hh in text_l for hh in [x.lower() for x in human(gap, cur)]):
                        bad("%s stated deduction amount not in the text" % pid)
                    exp.update(status="partial", apps=ap, short=sp, rule="R7 short/part")
        elif cid:
            h = hits(cid, cur, amt)
            if len(h) == 1:
                exp.update(status="applied", apps=[(x, bal[x]) for x in h[0]], rule="R9 unique amount")
            elif h:
                exp.update(status="review", cands=h[:6], rule="R9 several sets")
            else:
                exp.update(status="unapplied", rule="R9 fits nothing")
        else:
            exp.update(status="review", cands=singles_any(cur, amt)[:6], rule="R10 payer unknown")

        got_apps = sorted((iid, to_minor(a, cur)) for iid, a in apps)
        got_short = None if lab["short_pay"] is None else (
            lab["short_pay"]["invoice_id"], to_minor(lab["short_pay"]["amount"], cur), lab["short_pay"]["reason"])
        got_c = [c["invoice_ids"] for c in lab["candidates"]]
        if lab["status"] != exp["status"]:
            bad("%s status %s, rules give %s (%s)" % (pid, lab["status"], exp["status"], exp["rule"]))
        elif got_apps != sorted(exp["apps"]):
            bad("%s applications differ from rule %s" % (pid, exp["rule"]))
        elif got_short != exp["short"]:
            bad("%s short_pay %s, rules give %s" % (pid, got_short, exp["short"]))
        elif got_c != exp["cands"]:
            bad("%s candidates differ from rule %s" % (pid, exp["rule"]))
        # status consistency per contract
        st = lab["status"]
        un = to_minor(lab["unapplied"], cur) if amount_ok(lab["unapplied"], cur) else -1
        if st == "applied" and (un != 0 or not apps or lab["short_pay"] or lab["candidates"]):
            bad("%s applied but not fully applied" % pid)
        if st == "partial" and (un != 0 or not apps or lab["candidates"]
                                or all(bal[i] - to_minor(a, cur) == 0 for i, a in apps)):
            bad("%s partial inconsistent" % pid)
        if st == "unapplied" and (un <= 0 or lab["short_pay"] or lab["candidates"]):
            bad("%s unapplied inconsistent" % pid)
        if st == "review" and (apps or un != amt or lab["short_pay"]):
            bad("%s review applies cash" % pid)
        for iid, a in apps:
            bal[iid] -= to_minor(a, cur)
    for i in inv:
        if bal[i["id"]] < 0:
            bad("negative balance %s" % i["id"])
    bad_rows = counts.get("bad_row", 0)
    if not 4 <= bad_rows <= 8:
        bad("bad rows %d not about 1-2%%" % bad_rows)
    print("scenarios:", json.dumps(dict(sorted(counts.items())), indent=0))
    print("statuses:", {s: sum(1 for l in labs if l["status"] == s) for s in ("applied", "partial", "unapplied", "review")})
    if problems:
        print("%d PROBLEMS" % len(problems))
        for m in problems[:60]:
            print(" -", m)
        sys.exit(1)
    print("OK: all %d labels replay and follow the rules" % len(labs))


if __name__ == "__main__":
    main()
