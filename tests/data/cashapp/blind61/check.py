#!/usr/bin/env python3
"""Re-verify every label of ledger_dach_machinery from the data alone. Exit 1 on any problem."""
import json, os, re, sys, unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "ledger_dach_machinery")
INV = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
PAY = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
LAB = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
errs = []


def err(m):
    errs.append(m)


MOD10 = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]


def qr_ok(r):
    if not re.fullmatch(r"\d{27}", r):
        return False
    c = 0
    for ch in r[:26]:
        c = MOD10[(c + int(ch)) % 10]
    return str((10 - c) % 10) == r[26]


def rf_ok(r):
    if not re.fullmatch(r"RF\d\d[0-9A-Z]{1,21}", r):
        return False
    t = r[4:] + r[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def translit(t):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
        t = t.replace(a, b)
    return t


def norm_name(t):
    t = "".join(c for c in unicodedata.normalize("NFD", translit(t)) if unicodedata.category(c) != "Mn").lower()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in t).split())


CUST = {}
for i in INV:
    CUST[i["customer_id"]] = i["customer_name"]


def name_fits(pn):
    core = norm_name(pn.split(",")[0])
    return sorted(cid for cid, n in CUST.items() if norm_name(n).startswith(core) or core.startswith(norm_name(n)))


def dec(x):
    if not isinstance(x, str) or not re.fullmatch(r"-?\d+\.\d\d", x):
        return None
    return Decimal(x)


def fmts(a):
    a = Decimal(a)
    ip, fp = f"{a:.2f}".split(".")
    g = []
    while len(ip) > 3:
        g.insert(0, ip[-3:]); ip = ip[:-3]
    g.insert(0, ip)
    return {"'".join(g) + "." + fp, ".".join(g) + "," + fp, " ".join(g) + "," + fp, ",".join(g) + "." + fp,
            "".join(g) + "." + fp, "".join(g) + "," + fp}


def damerau1(a, b):
    if a == b:
        return False
    if len(a) == len(b):
        d = [k for k in range(len(a)) if a[k] != b[k]]
        return len(d) == 1 or (len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]])
    if abs(len(a) - len(b)) == 1:
        s_, l_ = (a, b) if len(a) < len(b) else (b, a)
        return any(l_[:k] + l_[k + 1:] == s_ for k in range(len(l_)))
    return False


# ---------------------------------------------------------------- invoices
imap, bynum = {}, {}
for i in INV:
    for k in ("id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"):
        if k not in i:
            err(f"invoice {i.get('id')} lacks {k}")
    if i["id"] in imap or i["number"] in bynum:
        err(f"duplicate invoice {i['id']} {i['number']}")
    imap[i["id"]] = i
    bynum[i["number"]] = i
    t, b = dec(i["total"]), dec(i["balance"])
    if t is None or b is None or not (Decimal(0) < b <= t):
        err(f"invoice {i['id']} bad amounts")
    if i["currency"] not in ("CHF", "EUR"):
        err(f"invoice {i['id']} currency")
    if date.fromisoformat(i["due_date"]) < date.fromisoformat(i["issue_date"]):
        err(f"invoice {i['id']} due before issue")
    if not re.fullmatch(r"RE-3\d{5}", i["number"]):
        err(f"invoice number {i['number']}")
NUMS = {i["number"][3:] for i in INV}
bycust = defaultdict(list)
for i in INV:
    bycust[(i["customer_id"], i["currency"])].append(i)
if not 1200 <= len(INV) <= 1800:
    err("invoice count")

# ---------------------------------------------------------------- replay
bal = {i["id"]: Decimal(i["balance"]) for i in INV}
paid_by = {}
KEYS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}
if len(PAY) != len(LAB):
    err("payments/labels length")
prev = None
ID_NEEDED = {"typo", "amount_only", "po_lookalike", "lump_statement", "ambiguous_same_amount", "ambiguous_subset",
             "known_no_fit"}


def hits(cid, cur, amt):
    o = [i for i in bycust[(cid, cur)] if bal[i["id"]] > 0]
    r = [[i["id"]] for i in o if bal[i["id"]] == amt]
    for a in range(len(o)):
        for b in range(a + 1, len(o)):
            if bal[o[a]["id"]] + bal[o[b]["id"]] == amt:
                r.append([o[a]["id"], o[b]["id"]])
    return sorted(sorted(x) for x in r)


counts = Counter()
for p, l in zip(PAY, LAB):
    pid = p["id"]
    if set(l) != KEYS:
        err(f"{pid} label keys {sorted(set(l) ^ KEYS)}")
    if l["payment_id"] != pid:
        err(f"{pid} order")
    sc = l["scenario"]
    counts[sc] += 1
    m = re.match(r"\[([a-z_]+), (de|fr|it|en)\] ", l["note"])
    if not m or m.group(1) != sc:
        err(f"{pid} note prefix")
    text = " ".join(x for x in (p["reference"], p["remittance"]) if x)
    flat = text.replace(" ", "")
    try:
        pd = date.fromisoformat(p["date"])
        if prev and pd < prev:
            err(f"{pid} not oldest first")
        prev = pd
    except Exception:
        err(f"{pid} date")
    amt = dec(p["amount"])
    valid = amt is not None and amt > 0 and isinstance(p["currency"], str) and re.fullmatch(r"[A-Z]{3}", p["currency"]) is not None \
        and p["currency"] in ("CHF", "EUR", "USD", "GBP")
    st = l["status"]
    apps = [(a["invoice_id"], dec(a["amount"])) for a in l["applications"]]
    un = dec(l["unapplied"])
    if not valid:
        if sc != "bad_row" or st != "review" or apps or l["candidates"] or un != (amt if amt is not None and amt > 0 else Decimal("0.00")):
            err(f"{pid} invalid row not labelled as bad_row review")
        continue
    if sc == "bad_row":
        err(f"{pid} bad_row on a valid row")
    if un is None or un < 0:
        err(f"{pid} unapplied")
    if sum((a for _, a in apps), Decimal(0)) + un != amt:
        err(f"{pid} sums")
    for iid, a in apps:
        inv = imap.get(iid)
        if not inv or inv["currency"] != p["currency"] or a is None or a <= 0 or a > bal[iid]:
            err(f"{pid} bad application {iid}")
    # identification of the payer
    cid_true = None
    if apps:
        cid_true = imap[apps[0][0]]["customer_id"]
    elif l["candidates"]:
        cid_true = imap[l["candidates"][0][0]]["customer_id"]
    if p["customer_id"] is not None and cid_true and p["customer_id"] != cid_true and sc != "ambiguous_payer":
        err(f"{pid} customer_id mismatch")
    if p["customer_id"] is None and sc in ID_NEEDED and name_fits(p["payer_name"]) != [cid_true]:
        err(f"{pid} payer not identifiable by name {name_fits(p['payer_name'])}")
    # status rules
    if st == "applied":
        if un != 0 or l["short_pay"] or l["candidates"] or not apps or any(bal[i] != a for i, a in apps):
            err(f"{pid} applied rules")
    elif st == "partial":
        if un != 0 or not apps or l["candidates"] or not any(bal[i] > a for i, a in apps):
            err(f"{pid} partial rules")
        spl = l["short_pay"]
        if spl:
            if spl["invoice_id"] not in dict(apps) or bal[spl["invoice_id"]] - dict(apps)[spl["invoice_id"]] != dec(spl["amount"]):
                err(f"{pid} short_pay amount")
    elif st == "unapplied":
        if un <= 0 or l["short_pay"] or l["candidates"]:
            err(f"{pid} unapplied rules")
    elif st == "review":
        if apps or un != amt or l["short_pay"]:
            err(f"{pid} review rules")
        for cset in l["candidates"]:
            for iid in cset:
                if iid not in imap:
                    err(f"{pid} candidate {iid}")
    else:
        err(f"{pid} status {st}")
    named = [imap[i]["number"][3:] for i, _ in apps]
    # scenario-specific
    if sc in ("qr_exact",) or (sc == "overpayment" and re.fullmatch(r"[\d ]{27,32}", p["reference"] or "")):
        r = p["reference"].replace(" ", "")
        if not qr_ok(r) or not r[:26].endswith(named[0].zfill(19)):
            err(f"{pid} QR reference")
    elif sc == "scor_exact":
        mm = re.search(r"RF\d\d[0-9A-Z ]+", p["reference"])
        r = mm.group(0).replace(" ", "") if mm else ""
        if not rf_ok(r) or r[4:] != "RE" + named[0]:
            err(f"{pid} RF reference {r}")
    if sc in ("sepa_exact", "plain_exact", "third_party", "list", "skonto", "short_pay", "bank_charges", "part_payment",
              "overpayment", "po_lookalike") and sc != "po_lookalike" or (sc == "po_lookalike" and "RE" in l["reason"] and "named" in l["reason"]):
        for n in named:
            if n not in flat and n not in (p["reference"] or "").replace(" ", ""):
                if not (sc == "overpayment" and qr_ok((p["reference"] or "").replace(" ", ""))):
                    err(f"{pid} number {n} not in text")
    if (p["reference"] or "").startswith("EREF+") and len(p["reference"]) > 140:
        err(f"{pid} SEPA text > 140")
    if sc == "typo":
        toks = re.findall(r"\d{5,7}", text)
        if not any(damerau1(t, named[0]) and t not in NUMS for t in toks) or named[0] in toks:
            err(f"{pid} typo")
        if hits(cid_true, p["currency"], amt) != [[apps[0][0]]]:
            err(f"{pid} typo amount not unique")
    if sc in ("amount_only",) or (sc == "po_lookalike" and "only the payer" in l["reason"]):
        if hits(cid_true, p["currency"], amt) != [[apps[0][0]]]:
            err(f"{pid} amount not unique")
        if sc == "po_lookalike":
            for t in re.findall(r"3\d{5}", text):
                if t in NUMS and bynum["RE-" + t]["customer_id"] == cid_true:
                    err(f"{pid} PO number is the payer's own invoice")
        elif any(t in NUMS for t in re.findall(r"\d{6}", text)):
            err(f"{pid} amount_only text has an invoice number")
    if sc in ("list", "range", "lump_statement", "list_truncated"):
        if sum(a for _, a in apps) != amt:
            err(f"{pid} group sum")
    if sc == "range":
        mm = re.search(r"(3\d{5})\D+(?:RE-)?(\d{3,6})", text)
        lo = int(mm.group(1)); hi = int(str(lo)[:6 - len(mm.group(2))] + mm.group(2))
        rng = [str(n) for n in range(lo, hi + 1)]
        if sorted(rng) != sorted(named):
            err(f"{pid} range {lo}-{hi} vs {named}")
    if sc == "lump_statement":
        if sorted(i for i, _ in apps) != sorted(i["id"] for i in bycust[(cid_true, p["currency"])] if bal[i["id"]] > 0):
            err(f"{pid} lump not all open items")
    if sc == "list_truncated":
        if len(p["reference"]) != 140:
            err(f"{pid} not truncated")
        vis = p["reference"].rsplit(" ", 1)[-1]
        miss = [n for n in named if n not in p["reference"]]
        if len(miss) != 1 or not ("RE-" + miss[0]).startswith(vis):
            err(f"{pid} truncation")
    if sc == "skonto":
        mm = re.search(r"(\d) ?%", text)
        pct = Decimal(mm.group(1))
        b = bal[apps[0][0]]
        if (b * pct / 100).quantize(Decimal("0.01")) != dec(l["short_pay"]["amount"]):
            err(f"{pid} skonto")
    if sc == "short_pay" and not (fmts(l["short_pay"]["amount"]) & set(re.findall(r"[\d'., ]+\d", text)) or any(f in text for f in fmts(l["short_pay"]["amount"]))):
        err(f"{pid} deduction not in text")
    if sc == "bank_charges":
        f = l["short_pay"]["amount"]
        if f not in text and f.replace(".", ",") not in text:
            err(f"{pid} charges not in text")
    if sc == "overpayment" and (len(apps) != 1 or apps[0][1] != bal[apps[0][0]]):
        err(f"{pid} overpayment")
    if sc == "second_payment":
        mm = re.search(r"(RE-\d{6}) was already paid in full by (p-\d{4})", l["reason"])
        iid = bynum[mm.group(1)]["id"]
        if bal[iid] != 0 or paid_by.get(iid) != mm.group(2) or hits(imap[iid]["customer_id"], p["currency"], amt):
            err(f"{pid} second payment")
        if mm.group(1)[3:] not in flat and not qr_ok((p["reference"] or "").replace(" ", "")):
            err(f"{pid} second payment text")
    if sc == "known_no_fit" and (p["customer_id"] is None or hits(p["customer_id"], p["currency"], amt)):
        err(f"{pid} known_no_fit")
    if sc == "unknown_payer":
        if p["customer_id"] is not None or name_fits(p["payer_name"]) or any(b == amt for b in bal.values()) or l["candidates"]:
            err(f"{pid} unknown payer")
        if any(t in NUMS for t in re.findall(r"\d{6}", text)):
            err(f"{pid} unknown payer names an invoice")
    if sc in ("ambiguous_same_amount", "ambiguous_subset"):
        cid = p["customer_id"] or name_fits(p["payer_name"])[0]
        if hits(cid, p["currency"], amt) != sorted(sorted(c) for c in l["candidates"]) or len(l["candidates"]) != 2:
            err(f"{pid} ambiguity")
    if sc == "ambiguous_payer":
        fits = name_fits(p["payer_name"])
        if len(fits) != 2 or p["customer_id"] is not None:
            err(f"{pid} payer not ambiguous {fits}")
        hh = [h for c in fits for h in hits(c, p["currency"], amt)]
        if sorted(hh) != sorted(sorted(c) for c in l["candidates"]):
            err(f"{pid} ambiguous payer hits")
    if sc == "ambiguous_ref_vs_amount":
        x, y = l["candidates"][0][0], l["candidates"][1][0]
        if imap[x]["number"][3:] not in flat or bal[y] != amt or bal[x] <= amt or imap[y]["number"][3:] in flat:
            err(f"{pid} ref vs amount")
    if sc == "ambiguous_list_difference":
        ids = l["candidates"][0]
        if any(imap[i]["number"][3:] not in flat for i in ids) or sum(bal[i] for i in ids) == amt:
            err(f"{pid} list difference")
    if sc == "other_currency":
        iid = l["candidates"][0][0]
        c = imap[iid]["customer_id"]
        if imap[iid]["currency"] == p["currency"] or any(bal[i["id"]] > 0 for i in bycust[(c, p["currency"])]) \
                or imap[iid]["number"][3:] not in flat:
            err(f"{pid} other currency")
    # replay
    for iid, a in apps:
        bal[iid] -= a
        if bal[iid] == 0:
            paid_by[iid] = pid
        if bal[iid] < 0:
            err(f"{pid} negative balance {iid}")

for e in errs:
    print("FAIL", e)
print(f"{len(PAY)} payments, {len(INV)} invoices, {len(errs)} problems")
print(dict(counts))
sys.exit(1 if errs else 0)
