#!/usr/bin/env python3
"""Re-verify every label of africa_pharma from the generated data alone.

Replays the payments in order against the open invoices, checks the contract's
invariants, and for each scenario checks the evidence the label relies on
(invoice numbers present in the text, uniqueness of amount matches, deduction
figures stated in the remittance, MT103 fields, NIP session ids, dates).
Exits 1 on any problem.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal as D, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.join(HERE, "africa_pharma")
ZERO_DEC = {"UGX", "XOF"}
CURRENCIES = {"KES", "UGX", "TZS", "NGN", "GHS", "USD", "XOF", "EUR"}
INV_FIELDS = ["id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"]
PAY_FIELDS = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
LAB_FIELDS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}
STATUSES = {"applied", "partial", "unapplied", "review"}

problems = []
SCEN_STATUS = {
    "applied": "exact_ref ref_variant typo_ref multi_list range amount_only lump_all oldest_subset donor_on_behalf "
               "lpo_lookalike_applied remainder",
    "partial": "part_payment part_payment_round whvat_stated whvat_unstated wht_stated bank_charges bank_charges_unstated "
               "deduction_stated multi_with_short",
    "unapplied": "overpayment overpay_invoice_total second_payment closed_ref advance no_fit lpo_lookalike_unapplied",
    "review": "unknown_payer twin_amount subset_ambiguous ambiguous_name ref_amount_conflict ref_other_customer "
              "currency_mismatch multi_list_short_unexplained duplicate_line donor_no_reference bad_row",
}
SCEN_STATUS = {sc: st for st, names in SCEN_STATUS.items() for sc in names.split()}


def bad(pid, msg):
    problems.append(f"{pid}: {msg}")


def amount_ok(cur, txt):
    if not isinstance(txt, str):
        return False
    pat = r"^\d+$" if cur in ZERO_DEC else r"^\d+\.\d{2}$"
    return re.match(pat, txt) is not None


def iso(txt):
    try:
        return date.fromisoformat(txt) if re.match(r"^\d{4}-\d{2}-\d{2}$", txt or "") else None
    except ValueError:
        return None


def norm(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).upper().replace("&", " AND ")
    text = re.sub(r"[.'’]", "", text)
    text = re.sub(r"[^A-Z0-9 ]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def fmts(cur, x):
    """Ways a human may write amount x."""
    x = D(x)
    txt = f"{x:.0f}" if cur in ZERO_DEC else f"{x:.2f}"
    ip, _, fp = txt.partition(".")
    g = "{:,}".format(int(ip))
    out = {txt, g + ("." + fp if fp else ""), g.replace(",", " ") + ("," + fp if fp else ""),
           ip + ("," + fp if fp else "")}
    return out


inv = json.load(open(os.path.join(DIR, "invoices.json"), encoding="utf-8"))
pays = json.load(open(os.path.join(DIR, "payments.json"), encoding="utf-8"))
labs = json.load(open(os.path.join(DIR, "labels.json"), encoding="utf-8"))

# ------------------------------------------------------------------ invoices
if not 1200 <= len(inv) <= 1800:
    bad("invoices", f"count {len(inv)}")
INV, BYNUM, CUSTNAME = {}, {}, {}
CINV = defaultdict(list)
for i in inv:
    if list(i) != INV_FIELDS:
        bad(i.get("id"), f"invoice fields {list(i)}")
    if i["id"] in INV or i["number"] in BYNUM:
        bad(i["id"], "duplicate invoice id/number")
    if not re.match(r"^INV-\d{6}$", i["number"]):
        bad(i["id"], "number format")
    cur = i["currency"]
    if cur not in CURRENCIES or not amount_ok(cur, i["total"]) or not amount_ok(cur, i["balance"]):
        bad(i["id"], "invoice amount/currency format")
    if not D(0) < D(i["balance"]) <= D(i["total"]):
        bad(i["id"], "balance not in (0, total]")
    a, b = iso(i["issue_date"]), iso(i["due_date"])
    if not a or not b or (b - a).days not in (30, 45, 60, 90) or a > date(2026, 2, 27):
        bad(i["id"], "dates")
    if CUSTNAME.setdefault(i["customer_id"], i["customer_name"]) != i["customer_name"]:
        bad(i["id"], "customer name differs between invoices")
    INV[i["id"]] = i
    BYNUM[i["number"]] = i
    CINV[i["customer_id"]].append(i)
ALLNUMS = {n[4:] for n in BYNUM}

# ------------------------------------------------------------------ payments vs labels
if not 380 <= len(pays) <= 420 or len(pays) != len(labs):
    bad("payments", f"count {len(pays)} / labels {len(labs)}")
ids = [p["id"] for p in pays]
if len(set(ids)) != len(ids):
    bad("payments", "duplicate payment ids")

BAL = {k: D(v["balance"]) for k, v in INV.items()}


def open_of(cid, cur, bal=None):
    bal = BAL if bal is None else bal
    out = [i for i in CINV[cid] if bal[i["id"]] > 0 and i["currency"] == cur]
    return sorted(out, key=lambda i: (i["due_date"], i["number"]))


def subsets(invs, target):
    items = sorted(invs, key=lambda i: -BAL[i["id"]])
    res = []

    def rec(k, acc, chosen):
        if acc == target and chosen:
            res.append(frozenset(i["id"] for i in chosen))
            return
        if k == len(items) or acc > target:
            return
        if acc + sum(BAL[i["id"]] for i in items[k:]) < target:
            return
        chosen.append(items[k])
        rec(k + 1, acc + BAL[items[k]["id"]], chosen)
        chosen.pop()
        rec(k + 1, acc, chosen)

    rec(0, D(0), [])
    return res


def text_of(p):
    t = " \n".join(x for x in (p.get("reference"), p.get("remittance")) if x)
    return re.sub(r"^:(32A|33B|71F):.*$", "", t, flags=re.M)     # MT103 amount fields are not references


def nums_in(t, grouped=False):
    if grouped:
        t = re.sub(r"(?<=\b\d{3}) (?=\d{3}\b)", "", t)
    return {n for n in re.findall(r"(?<!\d)0?(\d{6})(?!\d)", t) if n.startswith("10")}   # invoice-number range


def identify(p):
    if p.get("customer_id"):
        return {p["customer_id"]}
    found = set()
    pn = norm(p.get("payer_name") or "")
    if len(pn) >= 8:
        found |= {c for c, n in CUSTNAME.items() if norm(n).startswith(pn)}
    t = " ".join(x for x in (p.get("reference"), p.get("remittance")) if x)
    for m in re.finditer(r"\b(?:C|CUST\s?)(\d{4})\b", t, re.I):
        if "C" + m.group(1) in CUSTNAME:
            found.add("C" + m.group(1))
    nt = norm(t)
    found |= {c for c, n in CUSTNAME.items() if norm(n) in nt}
    return found


def damerau1(a, b):
    if a == b:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if abs(len(a) - len(b)) == 1:
        s, l = (a, b) if len(a) < len(b) else (b, a)
        return any(l[:k] + l[k + 1:] == s for k in range(len(l)))
    return False


def stated(cur, x, t):
    return any(f in t for f in fmts(cur, x))


def scenario_checks(p, l, env):
    g = globals()
    pid, sc, st, cur, amt, t, full, apps, before, pre_bal, sp, ident, nums, raw_nums, open_nums, app_nums, cands, inv_cust = (
        env[k] for k in ("pid", "sc", "st", "cur", "amt", "t", "full", "apps", "before", "pre_bal", "sp", "ident", "nums",
                         "raw_nums", "open_nums", "app_nums", "cands", "inv_cust"))
    B = env["B"]
    need = env["need"]
    if apps and sc not in ("typo_ref", "lpo_lookalike_applied"):
        need(not (nums - app_nums), f"stray invoice-like numbers {nums - app_nums}")
    if sc in ("exact_ref", "ref_variant", "remainder"):
        need(len(apps) == 1 and D(apps[0]["amount"]) == before[apps[0]["invoice_id"]], "amount == balance")
    if sc == "remainder":
        need(INV[apps[0]["invoice_id"]]["id"] in closed_by.get("part", set()), "remainder of an in-batch part payment")
    if sc in ("part_payment", "part_payment_round"):
        closed_by.setdefault("part", set()).add(apps[0]["invoice_id"])
        c = INV[apps[0]["invoice_id"]]["customer_id"]
        need(all(B(i["id"]) != amt for i in open_of(c, cur, pre_bal) if i["id"] not in before), "amount equals another open invoice")
        need(sp is None, "part payment has no deduction")
    if sc in ("multi_list", "multi_with_short", "donor_on_behalf"):
        need(len(apps) >= 1, "apps")
    if sc == "range":
        m = re.search(r"(\d{6})\s*(?:-|TO|HADI|A|AU)\s*(?:INV)?(\d{2,6})\b", full)
        need(m is not None, "range not found")
        if m:
            a0, b0 = m.group(1), m.group(2)
            b0 = a0[:6 - len(b0)] + b0
            covered = {n for n in ALLNUMS if a0 <= n <= b0}
            need(covered == app_nums, "range covers exactly the applied invoices")
            need(len({BYNUM["INV-" + n]["customer_id"] for n in covered}) == 1, "range one customer")
    if sc == "typo_ref":
        need(not (app_nums & raw_nums), "true number absent")
        toks = set(re.findall(r"(?<!\d)(\d{5,7})(?!\d)", t))
        need(any(damerau1(tk, n) for tk in toks for n in app_nums), "one-slip typo present")
        need(all(tk not in ALLNUMS for tk in toks if any(damerau1(tk, n) for n in app_nums)), "typo is no invoice")
        c = INV[apps[0]["invoice_id"]]["customer_id"]
        need(ident == {c}, "payer identified")
        need(sum(1 for i in open_of(c, cur, pre_bal) if B(i["id"]) == amt) == 1, "amount unique for customer")
    if sc in ("amount_only", "lump_all", "oldest_subset", "lpo_lookalike_applied"):
        c = INV[apps[0]["invoice_id"]]["customer_id"]
        need(ident == {c}, f"payer identified ({ident})")
        BAL.update(pre_bal)
        opens = open_of(c, cur)
        need(len(opens) <= 18, "small enough to enumerate")
        need(subsets(opens, amt) == [frozenset(before)], "exactly one subset matches")
        for a in apps:
            BAL[a["invoice_id"]] -= D(a["amount"])
        if sc == "oldest_subset":
            need([i["id"] for i in opens[:len(apps)]] == sorted(before, key=lambda x: (INV[x]["due_date"], INV[x]["number"])),
                 "the oldest ones")
    if sc in ("amount_only", "lump_all", "oldest_subset", "advance", "no_fit", "unknown_payer", "twin_amount",
              "subset_ambiguous", "ambiguous_name", "donor_no_reference"):
        need(not open_nums, f"no open invoice number in text {open_nums}")
    if sc in ("lpo_lookalike_applied", "lpo_lookalike_unapplied"):
        m = re.search(r"(?:LPO(?: NO\.?| YETU NAMBA| DINMU MAI LAMBA| WA NOMBA)?|PO|ODA NA|ODA|ORDER|BC N|BON DE COMMANDE(?: N°)?)\s+(\d{6})", full, re.I)
        need(m is not None, "LPO label")
        if m:
            look = BYNUM.get("INV-" + m.group(1))
            need(look is not None and look["customer_id"] not in ident and pre_bal[look["id"]] != amt,
                 "LPO number is another customer's invoice with another amount")
            need(raw_nums - {m.group(1)} == set(), "no other number")
    if sc in ("advance", "no_fit", "closed_ref", "lpo_lookalike_unapplied"):
        need(len(ident) == 1, "known customer")
        c = next(iter(ident))
        BAL.update(pre_bal)
        need(len(open_of(c, cur)) <= 18 and not subsets(open_of(c, cur), amt), "fits no open invoice set")
        if sc == "closed_ref":
            need(raw_nums and not (raw_nums & ALLNUMS), "referenced number is not in the invoice file")
    if sc in ("whvat_stated", "whvat_unstated"):
        i = INV[apps[0]["invoice_id"]]
        ded = D(i["total"]) * 2 / 116
        need(B(i["id"]) == D(i["total"]) and ded == D(sp["amount"]) and (D(i["total"]) * 100 / 116) == int(D(i["total"]) * 100 / 116),
             "WHVAT = 2% of VAT-exclusive total")
        need(stated(cur, ded, full) == (sc == "whvat_stated"), "stated iff scenario says so")
    if sc in ("wht_stated", "deduction_stated", "multi_with_short"):
        need(sp and stated(cur, sp["amount"], full), "deduction figure stated in remittance")
    if sc == "wht_stated":
        i = INV[apps[0]["invoice_id"]]
        pct = re.search(r"(\d+)\s?%", full)
        need(pct and D(sp["amount"]) == (D(i["total"]) * int(pct.group(1)) / 100).quantize(D(1) if cur in ZERO_DEC else D("0.01")),
             "WHT rate x total")
    if sc in ("bank_charges", "bank_charges_unstated"):
        has71 = ":71F:" in full
        need(has71 == (sc == "bank_charges"), "71F presence")
        if has71:
            c71 = D(re.search(r":71F:[A-Z]{3}([\d,]+)", full).group(1).replace(",", "."))
            need(c71 == D(sp["amount"]), "71F = short pay")
        need(D(sp["amount"]) <= 50, "small charge")
    if sc in ("overpayment", "overpay_invoice_total"):
        c = INV[apps[0]["invoice_id"]]["customer_id"]
        need(all(B(i["id"]) not in (D(l["unapplied"]), amt) for i in open_of(c, cur, pre_bal) if i["id"] not in before),
             "remainder / amount do not fit another invoice")
        if sc == "overpay_invoice_total":
            i = INV[apps[0]["invoice_id"]]
            need(amt == D(i["total"]) and pre_bal[i["id"]] < D(i["total"]), "paid invoice total on a part-paid invoice")
    if sc == "second_payment":
        hit = [n for n in nums if "INV-" + n in BYNUM and pre_bal[BYNUM["INV-" + n]["id"]] == 0]
        need(len(hit) == 1, "references an invoice settled earlier in the batch")
        if hit:
            x = BYNUM["INV-" + hit[0]]
            need(all(B(i["id"]) != amt for i in open_of(x["customer_id"], cur, pre_bal)), "no other invoice with this amount")
            need(closed_by.get(x["id"]) == amt, "same amount as the payment that settled it")
    if sc == "unknown_payer" or sc == "donor_no_reference":
        need(not ident, f"payer not identifiable ({ident})")
        exp = {frozenset([i["id"]]) for i in inv if i["currency"] == cur and pre_bal[i["id"]] == amt}
        need({frozenset(c) for c in cands} == exp, "candidates = all open invoices with this amount")
    if sc in ("twin_amount", "subset_ambiguous"):
        need(len(ident) == 1, "known customer")
        c = next(iter(ident))
        BAL.update(pre_bal)
        exp = subsets(open_of(c, cur), amt)
        need(len(exp) >= 2 and {frozenset(x) for x in cands} == set(exp), "candidates = every matching set (>=2)")
    if sc == "ambiguous_name":
        need(len(ident) >= 2 and not p["customer_id"], "truncated name fits several customers")
        exp = {frozenset([i["id"]]) for c in ident for i in CINV[c] if i["currency"] == cur and pre_bal[i["id"]] == amt}
        need({frozenset(x) for x in cands} == exp, "candidates")
    if sc == "ref_amount_conflict":
        need(len(cands) == 2 and len(cands[0]) == 1 and len(cands[1]) == 1, "two single candidates")
        y, x = next(iter(cands[0])), next(iter(cands[1]))
        need(INV[x]["number"][4:] in nums and INV[y]["number"][4:] not in raw_nums, "ref names x only")
        need(pre_bal[y] == amt and pre_bal[x] > amt and INV[x]["customer_id"] == INV[y]["customer_id"], "amount = y")
        need(sum(1 for i in open_of(INV[y]["customer_id"], cur, pre_bal) if pre_bal[i["id"]] == amt) == 1, "y unique")
    if sc == "ref_other_customer":
        x = next(iter(cands[0]))
        need(len(cands) == 1 and INV[x]["number"][4:] in nums and pre_bal[x] == amt, "ref and amount = x")
        need(p["customer_id"] and p["customer_id"] != INV[x]["customer_id"], "payer is another customer")
    if sc == "multi_list_short_unexplained":
        need(len(cands) == 1 and {INV[x]["number"][4:] for x in cands[0]} <= nums, "listed invoices are the candidate")
        listed = sum(pre_bal[x] for x in cands[0])
        need(amt < listed and all(stated(cur, pre_bal[x], full) for x in cands[0]) and len(ident) == 1,
             "remittance lists full balances, less paid")
        c = next(iter(ident))
        need(not subsets(open_of(c, cur, pre_bal), amt), "no exact set")
        gap = listed - amt
        need(not any(gap == D(INV[x]["total"]) * 2 / 116 for x in cands[0]), "gap is not a WHVAT pattern")
    if sc == "currency_mismatch":
        x = next(iter(cands[0]))
        need(INV[x]["currency"] != cur and INV[x]["number"][4:] in nums, "other-currency invoice referenced")
    if sc == "duplicate_line":
        need(p["reference"] in seen_refs and seen_refs[p["reference"]][1] == p["amount"], "same receipt earlier")
        need(l.get("error"), "error text")


TOTAL_LINE = re.compile(r"^(Total paid|Jumla iliyolipwa|Total reglé|Jimillar kudi|Lapapo owo|Net paid|Kiasi kilicholipwa:)\s*(?:KES\s*)?([\d, .]+)$", re.M)

prev_date = None
seen_refs = {}
closed_by = {}
lang_count, scen_count, status_count = Counter(), Counter(), Counter()
for p, l in zip(pays, labs):
    pid = p["id"]
    if list(p) != PAY_FIELDS:
        bad(pid, f"payment fields {list(p)}")
    if l.get("payment_id") != pid:
        bad(pid, "label order")
    extra = set(l) - LAB_FIELDS
    if extra - {"error"} or LAB_FIELDS - set(l):
        bad(pid, f"label fields {sorted(l)}")
    st, sc = l["status"], l["scenario"]
    status_count[st] += 1
    scen_count[sc] += 1
    m = re.match(r"^\[([a-z_]+), (en|sw|fr|ha|yo|none), ([a-z]+)\] ", l["note"])
    if not m or m.group(1) != sc:
        bad(pid, "note prefix")
    else:
        lang_count[m.group(2)] += 1
    if st not in STATUSES or SCEN_STATUS.get(sc) != st:
        bad(pid, "status does not match the scenario's class")
    cur = p["currency"]
    d = iso(p["date"]) if isinstance(p["date"], str) else None
    valid = (cur in CURRENCIES and amount_ok(cur, p["amount"]) and D(p["amount"]) > 0 and d is not None)
    # ---- bad rows
    if sc == "bad_row":
        if valid:
            bad(pid, "bad_row is actually valid")
        if st != "review" or l["applications"] or l["candidates"] or not l.get("error"):
            bad(pid, "bad_row label")
        continue
    if not valid:
        bad(pid, "row invalid but not labelled bad_row")
        continue
    if "error" in l and sc != "duplicate_line":
        bad(pid, "error on a good row")
    if prev_date and d < prev_date:
        bad(pid, "payments not oldest first")
    prev_date = d
    if d < date(2026, 3, 2) or d > date(2026, 4, 17) or d.weekday() >= 5:
        bad(pid, "payment date outside batch / weekend")
    amt = D(p["amount"])
    t = text_of(p)
    full = " \n".join(x for x in (p.get("reference"), p.get("remittance")) if x)
    # ---- format evidence
    for sess in re.findall(r"NIP/(\d+)/", p["reference"] or ""):
        if len(sess) != 30 or sess[6:12] != d.strftime("%y%m%d"):
            bad(pid, f"NIP session id {sess}")
    for yymmdd in re.findall(r"(?:PESALINK PL|AIRTEL MONEY CI|GIP/|EFT CR UG)(\d{6})", p["reference"] or ""):
        if yymmdd != d.strftime("%y%m%d") and not (sc == "duplicate_line" and yymmdd < d.strftime("%y%m%d")):
            bad(pid, "reference date")
    for yy, doy in re.findall(r"(?:RTGS FT|TISS [A-Z]+/|STAR-UEMOA [A-Z]{3}|^EFT [A-Z]{3})(\d\d)(\d{3})", p["reference"] or ""):
        if (date(2000 + int(yy), 1, 1) + timedelta(days=int(doy) - 1)) != d:
            bad(pid, "reference day-of-year")
    rem = p.get("remittance") or ""
    if rem.startswith(":20:"):
        f = dict(re.findall(r"^:(\w+):(.*)$", rem, re.M))
        m32 = re.match(r"^(\d{6})([A-Z]{3})([\d]+,\d*)$", f.get("32A", ""))
        if not m32 or m32.group(1) != d.strftime("%y%m%d") or m32.group(2) != cur or \
                D(m32.group(3).replace(",", ".")) != amt or p["reference"] != "MT103 " + f["20"]:
            bad(pid, "MT103 32A/20")
        if "71F" in f:
            i33 = D(f["33B"][3:].replace(",", "."))
            c71 = D(f["71F"][3:].replace(",", "."))
            if i33 - c71 != amt:
                bad(pid, "MT103 33B - 71F != 32A")
    for mt in TOTAL_LINE.finditer(rem):
        lang_count["_total_lines_checked"] += 1
        v = mt.group(2).strip()
        v = v.replace(",", "") if "." in v[-3:] else v.replace(" ", "").replace(",", ".")
        if cur in ZERO_DEC:
            v = v.replace(".", "").replace(" ", "")
        try:
            if D(v.replace(" ", "")) != amt:
                bad(pid, f"remittance total {v} != amount")
        except InvalidOperation:
            bad(pid, f"remittance total unreadable {v}")
    for ph in re.findall(r"(?<!\d)(?:254|256|255|234|233)\d{9}(?!\d)|(?<!\d)0[17]\d{8}(?!\d)", full):
        if "555" not in ph:
            bad(pid, f"phone {ph} not a 555 number")
    # ---- contract invariants and replay
    apps = l["applications"]
    tot = D(0)
    for a in apps:
        i = INV.get(a["invoice_id"])
        if not i:
            bad(pid, "application to unknown invoice")
            continue
        if i["currency"] != cur:
            bad(pid, "application in another currency")
        if not amount_ok(cur, a["amount"]) or D(a["amount"]) <= 0 or D(a["amount"]) > BAL[i["id"]]:
            bad(pid, f"application amount {a['amount']} vs balance {BAL[i['id']]}")
        tot += D(a["amount"])
    if not amount_ok(cur, l["unapplied"]) or tot + D(l["unapplied"]) != amt:
        bad(pid, "applications + unapplied != amount")
    for c in l["candidates"]:
        if not c or any(x not in INV for x in c):
            bad(pid, "candidate set")
    if any(a["invoice_id"] not in INV for a in apps):
        continue
    before = {a["invoice_id"]: BAL[a["invoice_id"]] for a in apps}
    inv_cust = {INV[a["invoice_id"]]["customer_id"] for a in apps}
    pre_bal = dict(BAL)
    for a in apps:
        BAL[a["invoice_id"]] -= D(a["amount"])
    after_open = [x for x in before if BAL[x] > 0]
    sp = l["short_pay"]
    if st == "applied":
        if not apps or D(l["unapplied"]) != 0 or sp or l["candidates"] or after_open:
            bad(pid, "applied label shape")
    elif st == "partial":
        if not apps or D(l["unapplied"]) != 0 or l["candidates"] or not after_open:
            bad(pid, "partial label shape")
        if sp:
            if sp["invoice_id"] not in before or D(sp["amount"]) != BAL[sp["invoice_id"]] or not sp["reason"]:
                bad(pid, "short_pay must name an applied invoice and equal what stays open")
    elif st == "unapplied":
        if D(l["unapplied"]) <= 0 or sp or l["candidates"] or after_open:
            bad(pid, "unapplied label shape")
    elif st == "review":
        if apps or sp or D(l["unapplied"]) != amt:
            bad(pid, "review label shape")

    # ---- scenario evidence (checked against balances BEFORE this payment)
    def B(x):
        return pre_bal[x]

    ident = identify(p)
    nums = nums_in(t, grouped=True)
    raw_nums = nums_in(t)
    open_nums = {n for n in raw_nums if "INV-" + n in BYNUM and pre_bal[BYNUM["INV-" + n]["id"]] > 0}
    app_nums = {INV[a["invoice_id"]]["number"][4:] for a in apps}
    cands = [set(c) for c in l["candidates"]]

    def need(cond, msg):
        if not cond:
            bad(pid, f"{sc}: {msg}")

    if sc in ("exact_ref", "ref_variant", "remainder", "part_payment", "part_payment_round", "whvat_stated",
              "whvat_unstated", "wht_stated", "bank_charges", "bank_charges_unstated", "deduction_stated",
              "overpayment", "overpay_invoice_total", "multi_list", "multi_with_short", "donor_on_behalf"):
        need(app_nums <= nums, f"invoice numbers {app_nums - nums} not in text")
        if ident and sc not in ("donor_on_behalf",):
            need(inv_cust <= ident or not (ident & set(CINV)), "payer identified as another customer")
    try:
        scenario_checks(p, l, locals())
    except (IndexError, KeyError, TypeError, StopIteration, AttributeError) as e:
        bad(pid, f"{sc}: label does not have the shape its scenario needs ({type(e).__name__})")
    if p["reference"]:
        if sc != "duplicate_line" and p["reference"] in seen_refs and p["reference"].startswith(("MPESA", "AIRTEL")):
            bad(pid, "unexpected duplicate receipt")
        seen_refs.setdefault(p["reference"], (pid, p["amount"]))
    for a in apps:
        if BAL[a["invoice_id"]] == 0:
            closed_by[a["invoice_id"]] = amt if len(apps) == 1 and before[a["invoice_id"]] == amt else None

if problems:
    print("\n".join(problems[:80]))
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"OK: {len(inv)} invoices, {len(pays)} payments")
print("status:", dict(status_count))
print("lang:", dict(lang_count))
print("scenarios:", dict(sorted(scen_count.items())))
