#!/usr/bin/env python3
"""Re-verify every label of jp_kr_components from the data alone. Exit 1 on any problem."""
import json, os, re, sys, unicodedata
from collections import defaultdict
from datetime import date
from decimal import Decimal, InvalidOperation

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "jp_kr_components")
INVS = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
PAYS = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
LABS = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
errors = []
def err(pid, msg):
    errors.append(f"{pid}: {msg}")

CURS = {"JPY": 0, "KRW": 0, "TWD": 2, "USD": 2}
def amt_ok(s, cur):
    return isinstance(s, str) and re.fullmatch(r"-?\d+" if CURS.get(cur, 2) == 0 else r"-?\d+\.\d\d", s) is not None
def dec(s):
    return Decimal(s)

# ---------------------------------------------------------------- schema
IF = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
PF = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
LF = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}
INV = {}
for v in INVS:
    if set(v) != IF: err(v.get("id"), "invoice fields")
    if v["id"] in INV: err(v["id"], "duplicate invoice id")
    INV[v["id"]] = v
    if not (amt_ok(v["total"], v["currency"]) and amt_ok(v["balance"], v["currency"])): err(v["id"], "invoice amount format")
    if not (0 < dec(v["balance"]) <= dec(v["total"])): err(v["id"], "balance not in (0, total]")
    if not re.fullmatch(r"SI-\d{4}-\d{4}", v["number"]): err(v["id"], "number format")
    if v["number"][3:7] != v["issue_date"][2:4] + v["issue_date"][5:7]: err(v["id"], "number month != issue month")
    if date.fromisoformat(v["due_date"]) < date.fromisoformat(v["issue_date"]): err(v["id"], "due before issue")
BYNUM = {}
for v in INVS:
    if v["number"] in BYNUM: err(v["id"], "duplicate number")
    BYNUM[v["number"]] = v
if not 1200 <= len(INVS) <= 1800: err("-", f"{len(INVS)} invoices")
if len(PAYS) != len(LABS): err("-", "payments/labels length")
CUSTNAME = {}
for v in INVS:
    if CUSTNAME.setdefault(v["customer_id"], v["customer_name"]) != v["customer_name"]: err(v["id"], "customer name differs")
last = None
for p, l in zip(PAYS, LABS):
    if set(p) != PF: err(p.get("id"), "payment fields")
    if set(l) != LF: err(p.get("id"), f"label fields {set(l) ^ LF}")
    if p["id"] != l["payment_id"]: err(p["id"], "label order")
    if p["date"]:
        if last and p["date"] < last: err(p["id"], "payments not oldest first")
        last = p["date"]

# ---------------------------------------------------------------- payer-name matcher (independent re-implementation)
HALF = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0xFF66, 0xFF9E)}
SMALL = dict(zip("ァィゥェォャュョッヮ", "アイウエオヤユヨツワ"))
def zengin(s):
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if ch == "\u3099": out.append("ﾞ"); continue
        if ch == "\u309a": out.append("ﾟ"); continue
        ch = SMALL.get(ch, ch)
        out.append(HALF.get(ch, unicodedata.normalize("NFKC", ch).upper()))
    return "".join(out)
READ = {"修理センター": "シュウリセンター", "電子サービス": "デンシサービス", "製作所": "セイサクショ", "電子": "デンシ", "電機": "デンキ",
        "工業": "コウギョウ", "精密": "セイミツ", "技研": "ギケン", "通信": "ツウシン", "産業": "サンギョウ", "商事": "ショウジ",
        "実装": "ジッソウ", "東日本": "ヒガシニホン", "西日本": "ニシニホン"}
def cust_keys(name):
    ks = set()
    if re.search(r"[\u30a0-\u30ff]", name):
        n = re.sub(r"株式会社|有限会社|合同会社", "", name)
        for k, r in READ.items():
            n = n.replace(k, r)
        ks.add(zengin(n))
    if re.search(r"[\uac00-\ud7a3]", name):
        ks.add(re.sub(r"\(주\)|주식회사|\s", "", name))
    m = re.match(r"([^(]+?)\s*\(([^)]*)\)$", name)
    en = m.group(1) if m else name
    if re.search(r"[A-Za-z]", en):
        ks.add(re.sub(r"[^A-Z0-9]", "", en.upper()))
    if m:
        ks.add(m.group(2))
    return ks
KEYS = {cid: cust_keys(n) for cid, n in CUSTNAME.items()}
def payer_core(pn):
    s = pn
    s = re.sub(r"^\(?(ｶ|ﾕ|ﾄﾞ)\)", "", s)
    s = re.sub(r"\((ｶ|ﾕ|ﾄﾞ)$", "", s)
    s = re.sub(r"^\(주\)|^㈜|^주식회사|\(주\)?$|\($", "", s)
    if re.search(r"[A-Za-z]", s):
        s = re.sub(r"[^A-Z0-9]", "", s.upper())
    return s
def who(pn):
    if not pn: return set()
    core = payer_core(pn)
    if len(core) < 2: return set()
    return {cid for cid, ks in KEYS.items() if any(k.startswith(core) or (len(k) >= 4 and core.startswith(k)) for k in ks)}

# ---------------------------------------------------------------- text helpers
def norm(s):
    return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", s or "").upper())
def text(p):
    return (p["reference"] or "") + "\n" + (p["remittance"] or "")
def has_num(p, num, strict=False):
    t = norm(text(p))
    return (num.replace("-", "") in t) if strict else (num[3:].replace("-", "") in t)
def human_in(p, minor, cur):
    t = unicodedata.normalize("NFKC", text(p)).replace(",", "")
    s = str(minor) if CURS[cur] == 0 else f"{minor // 100}.{minor % 100:02d}"
    return re.search(r"(?<![\d.])" + re.escape(s) + r"(?![\d])", t) is not None

def minor(s, cur):
    return int(dec(s) * (10 ** CURS[cur]))

# ---------------------------------------------------------------- simulation and per-scenario evidence
bal = {v["id"]: minor(v["balance"], v["currency"]) for v in INVS}
paid_by = defaultdict(list)
FEE = {"JPY": {145, 220, 330, 440, 550, 660, 770, 880}, "KRW": {500, 1000}, "TWD": {1500, 3000}, "USD": {1500, 2000, 2500, 3000, 3500}}
AMOUNT_ONLY = {"name_amount", "lump_unique", "po_lookalike", "kr_tax_invoice_no", "no_fit_known_customer", "ambiguous_same_amount",
               "ambiguous_two_subsets", "ambiguous_truncated_name", "unknown_payer", "unknown_payer_amount_match"}
NAMED = {"exact_ref", "ref_variant", "fee_short_pay", "short_pay_reason", "part_payment", "part_payment_rest", "overpayment",
         "second_payment", "invoice_list", "currency_mismatch", "third_party_payer", "ambiguous_ref_vs_amount",
         "ambiguous_other_customer_invoice"}

def open_pool(cids, cur, upto=None):
    return [v for v in INVS if bal[v["id"]] > 0 and v["currency"] == cur and (cids is None or v["customer_id"] in cids)
            and (upto is None or v["issue_date"] <= upto)]

def subset_sums(pool, target, maxn=6):
    pool = sorted(pool, key=lambda v: (v["due_date"], v["number"]))
    h = len(pool) // 2
    def enum(part):
        out = [((), 0)]
        for v in part:
            out += [(t + (v["id"],), s + bal[v["id"]]) for t, s in out if len(t) < maxn]
        return out
    right = defaultdict(list)
    for t, s in enum(pool[h:]):
        right[s].append(t)
    res = []
    for t, s in enum(pool[:h]):
        for t2 in right.get(target - s, []):
            if 2 <= len(t) + len(t2) <= maxn:
                res.append(sorted(t + t2))
    return res

def amount_only(cids, cur, amt, subsets, upto):
    pool = open_pool(cids, cur, upto)
    singles = sorted([v for v in pool if bal[v["id"]] == amt], key=lambda v: (v["due_date"], v["number"]))
    if cids is None:
        return "review", [[v["id"]] for v in singles]
    if len(singles) == 1: return "applied", [[singles[0]["id"]]]
    if len(singles) > 1: return "review", [[v["id"]] for v in singles]
    if subsets and len(cids) == 1:
        ss = sorted(subset_sums(pool, amt), key=lambda t: (len(t), t))
        if len(ss) == 1: return "applied", ss
        if len(ss) > 1: return "review", ss
    return "nofit", []

for p, l in zip(PAYS, LABS):
    pid, cur, sc, st = p["id"], p["currency"], l["scenario"], l["status"]
    apps, cands = l["applications"], l["candidates"]
    # bad rows
    if sc == "bad_row":
        bad = cur not in CURS or p["date"] is None or dec(p["amount"]) <= 0
        if not bad: err(pid, "bad_row is not bad")
        if st != "review" or apps or cands or l["unapplied"] != p["amount"] or l["short_pay"]: err(pid, "bad_row label")
        continue
    if cur not in CURS or not amt_ok(p["amount"], cur) or dec(p["amount"]) <= 0: err(pid, "payment amount/currency"); continue
    try:
        date.fromisoformat(p["date"])
    except (TypeError, ValueError):
        err(pid, "date"); continue
    A = minor(p["amount"], cur)
    # bank field lengths by channel
    pn = p["payer_name"] or ""
    if re.search(r"[\uff66-\uff9f]", pn) and len(pn) > 48: err(pid, "Zengin name > 48")
    if re.search(r"[\uff66-\uff9f]", p["reference"] or "") and len(p["reference"]) > 20: err(pid, "Zengin EDI > 20")
    if re.search(r"[\uac00-\ud7a3]", pn) and len(pn) > 7: err(pid, "KR memo > 7")
    if re.fullmatch(r"[A-Z0-9 ./-]+", pn) and len(pn) > 35: err(pid, "SWIFT name > 35")
    # structure
    if not amt_ok(l["unapplied"], cur): err(pid, "unapplied format")
    tot = sum(minor(a["amount"], cur) for a in apps) + minor(l["unapplied"], cur)
    if tot != A: err(pid, f"applications + unapplied {tot} != {A}")
    for a in apps:
        v = INV.get(a["invoice_id"])
        if not v or v["currency"] != cur: err(pid, "application invoice/currency"); continue
        if not amt_ok(a["amount"], cur) or not 0 < minor(a["amount"], cur) <= bal[v["id"]]: err(pid, "application exceeds balance")
    for c in cands:
        if not isinstance(c, list) or not c or any(x not in INV for x in c): err(pid, "candidate format")
    U = minor(l["unapplied"], cur)
    if st == "applied" and (not apps or U or l["short_pay"] or cands): err(pid, "applied shape")
    if st == "partial" and (not apps or U or cands): err(pid, "partial shape")
    if st == "unapplied" and (U <= 0 or l["short_pay"] or cands): err(pid, "unapplied shape")
    if st == "review" and (apps or U != A or l["short_pay"]): err(pid, "review shape")
    if st == "partial":
        left = [a for a in apps if minor(a["amount"], cur) < bal[a["invoice_id"]]]
        if not left: err(pid, "partial leaves nothing open")
        sp = l["short_pay"]
        if sp:
            if sp["invoice_id"] not in [a["invoice_id"] for a in apps]: err(pid, "short_pay invoice not applied")
            a = [a for a in apps if a["invoice_id"] == sp["invoice_id"]][0]
            if bal[sp["invoice_id"]] - minor(a["amount"], cur) != minor(sp["amount"], cur): err(pid, "short_pay amount")
            if not sp.get("reason"): err(pid, "short_pay reason")
    # who is the payer?
    payer_c = {p["customer_id"]} if p["customer_id"] else who(pn)
    inv_c = {INV[a["invoice_id"]]["customer_id"] for a in apps} | {INV[x]["customer_id"] for c in cands for x in c}
    # evidence by scenario
    if sc in NAMED:
        ids = [a["invoice_id"] for a in apps] or [x for c in cands[:1] for x in c]
        if sc in ("second_payment",):
            nums = [n for n in BYNUM if has_num(p, n) and BYNUM[n]["customer_id"] in payer_c]
            if len(nums) != 1 or bal[BYNUM[nums[0]]["id"]] != 0 or not paid_by[BYNUM[nums[0]]["id"]]:
                err(pid, "second payment: invoice not already paid in this file"); continue
            ids = [BYNUM[nums[0]]["id"]]
            if minor(PAYS[[q["id"] for q in PAYS].index(paid_by[ids[0]][-1])]["amount"], cur) != A: err(pid, "second payment amount")
        for x in ids:
            if not has_num(p, INV[x]["number"], strict=False): err(pid, f"{INV[x]['number']} not in text")
        if sc == "exact_ref" and (len(apps) != 1 or A != bal[apps[0]["invoice_id"]]): err(pid, "exact_ref amount")
        if sc not in ("third_party_payer", "ambiguous_other_customer_invoice") and payer_c != {INV[ids[0]]["customer_id"]}:
            err(pid, f"payer {pn} -> {payer_c} is not the invoice's customer")
        if sc == "third_party_payer" and payer_c: err(pid, "third party payer matches a customer")
        if sc == "ambiguous_other_customer_invoice" and (len(payer_c) != 1 or payer_c & inv_c or bal[ids[0]] != A):
            err(pid, "other-customer case")
        if sc == "ambiguous_ref_vs_amount":
            a0, b0 = cands[0][0], cands[1][0]
            if not (bal[a0] > A == bal[b0]) or has_num(p, INV[b0]["number"]): err(pid, "ref_vs_amount")
        if sc == "currency_mismatch" and INV[ids[0]]["currency"] == cur: err(pid, "currency_mismatch same currency")
        if sc == "invoice_list" and sum(bal[x] for x in ids) != A: err(pid, "list sum")
        if sc == "overpayment":
            v = INV[ids[0]]
            rest = A - bal[v["id"]]
            if rest <= 0 or any(bal[w["id"]] == rest for w in open_pool(payer_c, cur)): err(pid, "overpayment remainder")
        if sc == "fee_short_pay":
            f = minor(l["short_pay"]["amount"], cur)
            if f not in FEE[cur]: err(pid, "fee not a standard transfer fee")
            if any(bal[w["id"]] == A for w in open_pool(payer_c, cur)): err(pid, "fee short pay equals another invoice")
        if sc == "short_pay_reason" and not human_in(p, minor(l["short_pay"]["amount"], cur), cur): err(pid, "deduction not stated")
        if sc in ("part_payment",) and not re.search(r"内金|분할|部分|Partial", text(p)): err(pid, "part payment not stated")
        if sc == "part_payment_rest" and not any(paid_by[x] for x in ids): err(pid, "rest without earlier part payment")
    if sc == "ref_typo":
        v = INV[apps[0]["invoice_id"]]
        toks = re.findall(r"(\d{4})-?(\d{4})", unicodedata.normalize("NFKC", text(p)))
        ok = False
        for a, b in toks:
            n = f"SI-{a}-{b}"
            diff = [i for i in range(8) if (a + b)[i] != v["number"][3:].replace("-", "")[i]]
            w = BYNUM.get(n)
            if n != v["number"] and len(diff) in (1, 2) and (w is None or w["customer_id"] != v["customer_id"]):
                ok = True
        if not ok: err(pid, "typo evidence")
        if payer_c != {v["customer_id"]} or [w for w in open_pool(payer_c, cur) if bal[w["id"]] == A] != [v]: err(pid, "typo amount not unique")
    if sc in ("lump_month", "lump_month_fee"):
        cid = INV[apps[0]["invoice_id"]]["customer_id"]
        t = unicodedata.normalize("NFKC", text(p))
        ms = {int(m) for m in re.findall(r"(\d{1,2})(?:ｶﾞﾂ|カﾞツ|ガツ|月|월)", t)} | {int(m) for m in re.findall(r"2026(\d\d)ｼﾒ", text(p))}
        if len(ms) != 1 or payer_c != {cid}: err(pid, f"lump month evidence {ms} {payer_c}"); continue
        m = ms.pop()
        mon = [v for v in open_pool({cid}, cur) if int(v["issue_date"][5:7]) == m]
        if sorted(v["id"] for v in mon) != sorted(a["invoice_id"] for a in apps): err(pid, "lump set != month's invoices")
        fee = minor(l["short_pay"]["amount"], cur) if l["short_pay"] else 0
        if sum(bal[v["id"]] for v in mon) - fee != A: err(pid, "lump sum")
        if sc == "lump_month_fee":
            lastv = max(mon, key=lambda v: (v["issue_date"], v["number"]))
            if l["short_pay"]["invoice_id"] != lastv["id"] or l["short_pay"]["reason"] != "bank_fee" or fee not in FEE[cur]:
                err(pid, "lump fee placement")
    if sc == "invoice_range":
        t = unicodedata.normalize("NFKC", text(p))
        m = re.search(r"(SI-\d{4}-\d{4})\s*(?:～|~|through|至)\s*(?:SI-\d{4}-)?(\d{4})", t)
        if not m: err(pid, "range text"); continue
        lo, hi = m.group(1), m.group(1)[:8] + m.group(2)
        cid = INV[apps[0]["invoice_id"]]["customer_id"]
        inr = [v for v in open_pool({cid}, cur) if lo <= v["number"] <= hi]
        if payer_c != {cid} or sorted(v["id"] for v in inr) != sorted(a["invoice_id"] for a in apps): err(pid, "range set")
    if sc == "kr_tax_invoice_no":
        m = re.search(r"(\d{8})-\d{8}-", text(p))
        v = INV[apps[0]["invoice_id"]]
        if not m or m.group(1) != v["issue_date"].replace("-", ""): err(pid, "approval-number date")
        if [w for w in open_pool({v["customer_id"]}, cur) if w["issue_date"] == v["issue_date"]] != [v]: err(pid, "tax date not unique")
    if sc == "po_lookalike":
        m = re.search(r"(\d{4}-\d{4})", text(p))
        w = BYNUM.get("SI-" + m.group(1)) if m else None
        if not m or (w and w["customer_id"] in payer_c and bal[w["id"]] == A): err(pid, "po lookalike")
        if not re.search(r"注文|발주|订单|P\.?O", text(p)): err(pid, "PO not labelled as PO")
    if sc in AMOUNT_ONLY:
        cids = None if sc.startswith("unknown_payer") else payer_c
        if sc.startswith("unknown_payer") and (p["customer_id"] or who(pn)): err(pid, "unknown payer matches a customer")
        if sc == "ambiguous_truncated_name" and len(payer_c) != 2: err(pid, f"truncated name should fit 2 customers: {payer_c}")
        if cids is not None and sc != "ambiguous_truncated_name" and len(cids) != 1: err(pid, f"payer not unique: {pn} {cids}")
        subs = sc in ("lump_unique", "no_fit_known_customer", "ambiguous_two_subsets")
        r1 = amount_only(cids, cur, A, subs, p["date"]); r2 = amount_only(cids, cur, A, subs, None)
        if r1 != r2: err(pid, "outcome depends on invoices issued after the payment")
        stt, sets = r1
        if st == "applied":
            if stt != "applied" or sorted(sets[0]) != sorted(a["invoice_id"] for a in apps): err(pid, f"amount-only: {r1}")
        elif st == "review":
            if stt != "review" or sorted(map(sorted, sets)) != sorted(map(sorted, cands)): err(pid, f"amount-only review: {r1} vs {cands}")
        elif st == "unapplied":
            if stt != "nofit" or apps: err(pid, f"no-fit: {r1}")
    # apply
    for a in apps:
        bal[a["invoice_id"]] -= minor(a["amount"], cur)
        paid_by[a["invoice_id"]].append(pid)

if errors:
    print("\n".join(errors[:80]))
    print(f"FAIL: {len(errors)} problems")
    sys.exit(1)
print(f"OK: {len(INVS)} invoices, {len(PAYS)} payments, all labels re-verified")
