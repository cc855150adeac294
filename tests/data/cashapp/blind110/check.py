"""Check blind set 402: replay labels against invoices, verify invariants, and re-derive every label
from the decision rules in README.md (independent of build.py). Exit 1 on any problem."""
import datetime as dt, itertools, json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "turkey_bangladesh_textiles")
DEC = {"TRY": 2, "BDT": 2, "USD": 2, "EUR": 2, "GBP": 2, "AED": 2, "JPY": 0, "KWD": 3}
INV_KEYS = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
PAY_KEYS = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
LAB_KEYS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}
problems = []

def bad(msg):
    problems.append(msg)

def parse(s, cur):
    """decimal string -> int minor units; exactly the currency's decimals; None if not valid."""
    if not isinstance(s, str) or cur not in DEC:
        return None
    d = DEC[cur]
    m = re.fullmatch(r"(\d+)(?:\.(\d+))?", s)
    if not m or (d == 0 and m.group(2) is not None) or (d and (m.group(2) is None or len(m.group(2)) != d)):
        return None
    return int(m.group(1)) * 10 ** d + (int(m.group(2)) if d else 0)

def fmt(v, cur):
    d = DEC[cur]
    return str(v) if d == 0 else "%d.%0*d" % (v // 10 ** d, d, v % 10 ** d)

# ---------------- rule 2: invoice numbers in reference / remittance
OCR = str.maketrans({"O": "0", "I": "1", "L": "1", "S": "5", "B": "8"})
def numbers_in(*texts):
    found = []
    for t in texts:
        if not t:
            continue
        u = t.upper()
        hits = []
        for m in re.finditer(r"TBT[\s\-/#.:]*([0-9OISBL]{5,8})(?![0-9A-Z])", u):
            if sum(ch.isdigit() for ch in m.group(1)) >= 3:
                hits.append((m.start(1), int(m.group(1).translate(OCR))))
        for m in re.finditer(r"TBT[\s\-/#.:]*(\d{1,4}(?: \d{1,4}){1,2})(?![0-9A-Z])", u):
            hits.append((m.start(1), int(m.group(1).replace(" ", ""))))
        for m in re.finditer(r"(?<!\d)(\d{5,7})(?!\d)", u):
            hits.append((m.start(1), int(m.group(1))))
        for _, n in sorted(hits):
            if n not in found:
                found.append(n)
    return found

# ---------------- rule 1: customer from payer name
LEGAL = set("LTD LIMITED STI AS SAN VE TIC TICARET SANAYI LLC INC PLC GMBH BV SA SL SRL SPA SARL FZE FZCO CO CORP "
            "PVT AB KK WLL SP Z O OO APS DIS ITHALAT IHRACAT".split())
def keys(name):
    cores, fulls = set(), set()
    for german in (False, True):
        s = name
        if german:
            for a, b in (("Ä", "AE"), ("Ö", "OE"), ("Ü", "UE"), ("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
                s = s.replace(a, b)
        s = "".join(ch for ch in unicodedata.normalize("NFKD", s.replace("ı", "i")) if not unicodedata.combining(ch))
        words = re.sub(r"[^A-Z0-9]+", " ", s.upper().replace(".", "")).split()
        fulls.add("".join(words))
        cores.add("".join(w for w in words if w not in LEGAL))
    return cores, fulls

def who(payer, custs):
    if not payer:
        return None
    pc, pf = keys(payer)
    hit = {cid for cid, (cc, cf) in custs.items() if pc & cc}
    if len(hit) == 1:
        return hit.pop()
    if hit or len(payer) < 14:
        return None
    hit = {cid for cid, (cc, cf) in custs.items() if any(len(p) >= 10 and c.startswith(p) for p in pf for c in cf)}
    return hit.pop() if len(hit) == 1 else None

# ---------------- rule 6: what the remittance says about a shortfall
CATS = [("part", r"PART PAYMENT|PARTIAL PAYMENT|INSTAL+MENT|ON ACCOUNT|KISMI ODEME|TAKSIT"),
        ("late_shipment", r"LATE SHIPMENT|LATE DELIVERY"),
        ("damaged_goods", r"DAMAGED|DEFECTIVE|QUALITY CLAIM|HASARLI"),
        ("withholding_tax", r"\bWHT\b|WITHHOLDING|\bAIT\b|\bVDS\b|\bTDS\b|STOPAJ"),
        ("early_payment_discount", r"DISCOUNT|ISKONTO"),
        ("fx_difference", r"\bFX\b|EXCHANGE RATE|CONVERSION|KUR FARKI"),
        ("bank_charges", r"BANK CHARGES|BANK FEE|INTERMEDIARY|CORRESPONDENT|NEGOTIATION CHARGES|BANKA MASRAF")]
def shortfall_kind(*texts):
    u = " ".join(t.upper() for t in texts if t)
    kinds = [k for k, rx in CATS if re.search(rx, u)]
    if len(kinds) > 1:
        bad("ambiguous shortfall wording %r -> %s" % (u, kinds))
    return kinds[0] if kinds else "unexplained"

# ---------------- the decision rules
def decide(p, inv, bal, by_num, custs):
    out = {"status": "review", "applications": [], "unapplied": None, "short_pay": None, "candidates": [], "error": None}
    cur = p.get("currency")
    if cur not in DEC:
        out["error"] = "currency"; return out
    amt = parse(p.get("amount"), cur)
    if amt is None or amt <= 0:
        out["error"] = "amount"; return out
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", p.get("date") or ""):
            raise ValueError
        dt.date.fromisoformat(p["date"])
    except ValueError:
        out["error"] = "date"; return out
    out["unapplied"] = amt
    c = p.get("customer_id") or who(p.get("payer_name"), custs)
    mentioned = [by_num[n] for n in numbers_in(p.get("reference"), p.get("remittance")) if n in by_num]
    order = lambda i: (inv[i]["due_date"], inv[i]["number"])
    def opens(cust):
        return sorted([i for i in inv if inv[i]["customer_id"] == cust and inv[i]["currency"] == cur and bal[i] > 0], key=order)
    def singles(cust, excl=()):
        return [i for i in opens(cust) if bal[i] == amt and i not in excl]
    if c is None:
        if mentioned:
            ok = [i for i in mentioned if inv[i]["currency"] == cur and bal[i] > 0]
            if len({inv[i]["customer_id"] for i in mentioned}) == 1 and len(ok) == len(mentioned) and sum(bal[i] for i in ok) == amt:
                out.update(status="applied", applications=[(i, bal[i]) for i in ok], unapplied=0)
            else:
                out["candidates"] = [ok] if ok else []
            return out
        out["candidates"] = [[i] for i in sorted([i for i in inv if inv[i]["currency"] == cur and bal[i] == amt], key=order)]
        return out
    if mentioned:
        if any(inv[i]["customer_id"] != c or inv[i]["currency"] != cur for i in mentioned):
            out["candidates"] = [[i] for i in singles(c)]
            return out
        op = [i for i in mentioned if bal[i] > 0]
        s = sum(bal[i] for i in op)
        if s > 0 and amt == s:
            out.update(status="applied", applications=[(i, bal[i]) for i in op], unapplied=0)
            return out
        other = singles(c, excl=mentioned)
        if other:
            out["candidates"] = [[i] for i in other] + ([op] if op else [])
            return out
        if s == 0:
            out.update(status="unapplied")
            return out
        if amt > s:
            out.update(status="unapplied", applications=[(i, bal[i]) for i in op], unapplied=amt - s)
            return out
        if len(op) == 1:
            kind = shortfall_kind(p.get("reference"), p.get("remittance"))
            i = op[0]
            out.update(status="partial", applications=[(i, amt)], unapplied=0,
                       short_pay=None if kind == "part" else (i, bal[i] - amt, kind))
            return out
        out["candidates"] = [op]
        return out
    one = singles(c)
    if len(one) == 1:
        out.update(status="applied", applications=[(one[0], amt)], unapplied=0)
        return out
    if one:
        out["candidates"] = [[i] for i in one]
        return out
    pool = [i for i in opens(c) if bal[i] < amt]
    combos = []
    for k in (2, 3, 4):
        combos += [list(cb) for cb in itertools.combinations(pool, k) if sum(bal[i] for i in cb) == amt]
    if len(combos) == 1:
        out.update(status="applied", applications=[(i, bal[i]) for i in combos[0]], unapplied=0)
    elif combos:
        out["candidates"] = sorted(combos, key=lambda cb: (len(cb), [order(i) for i in cb]))
    else:
        out["status"] = "unapplied"
    return out

def main():
    invs = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
    pays = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
    labs = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
    if not 1200 <= len(invs) <= 1600: bad("invoice count %d" % len(invs))
    if len(pays) != 400 or len(labs) != 400: bad("need 400 payments and labels")
    inv, bal, by_num, names = {}, {}, {}, {}
    for r in invs:
        if set(r) != INV_KEYS: bad("invoice fields %s" % sorted(r))
        if r["id"] in inv: bad("duplicate invoice id %s" % r["id"])
        if not re.fullmatch(r"TBT-\d{7}", r["number"]): bad("number %s" % r["number"])
        n = int(r["number"][4:])
        if n in by_num: bad("duplicate number %s" % r["number"])
        t, b = parse(r["total"], r["currency"]), parse(r["balance"], r["currency"])
        if t is None or b is None or not 0 < b <= t: bad("invoice amounts %s" % r["id"])
        if r["issue_date"] > r["due_date"]: bad("dates %s" % r["id"])
        if names.setdefault(r["customer_id"], r["customer_name"]) != r["customer_name"]: bad("customer name %s" % r["id"])
        inv[r["id"]], bal[r["id"]], by_num[n] = r, b, r["id"]
    nums = sorted(by_num)
    if nums[-1] - nums[0] + 1 == len(nums): bad("invoice numbers have no gaps")
    custs = {cid: keys(nm) for cid, nm in names.items()}
    last = ""
    for k, (p, l) in enumerate(zip(pays, labs)):
        tag = p.get("id")
        if set(p) != PAY_KEYS: bad("%s payment fields %s" % (tag, sorted(p)))
        if set(l) - {"error"} != LAB_KEYS: bad("%s label fields %s" % (tag, sorted(l)))
        if l["payment_id"] != p["id"]: bad("%s order" % tag)
        try:
            ok_date = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", p["date"])) and dt.date.fromisoformat(p["date"])
        except (TypeError, ValueError):
            ok_date = False
        if ok_date:
            if p["date"] < last: bad("%s not oldest first" % tag)
            last = p["date"]
        e = decide(p, inv, bal, by_num, custs)
        cur = p.get("currency")
        # --- bad rows
        if e["error"]:
            if not (l["status"] == "review" and l["applications"] == [] and l["candidates"] == [] and l.get("error")
                    and l["short_pay"] is None and l["scenario"] == "bad_row"):
                bad("%s bad row (%s) not labelled as such" % (tag, e["error"]))
            continue
        if "error" in l or l["scenario"] == "bad_row": bad("%s labelled bad but the row is valid" % tag)
        amt = parse(p["amount"], cur)
        # --- invariants on the label itself
        total = 0
        seen = set()
        for a in l["applications"]:
            i, v = a["invoice_id"], parse(a["amount"], cur)
            if i not in inv or i in seen: bad("%s application to unknown/repeated invoice %s" % (tag, i)); continue
            seen.add(i)
            if inv[i]["currency"] != cur: bad("%s currency differs on %s" % (tag, i))
            if v is None or v <= 0 or v > bal[i]: bad("%s takes %s past zero or bad amount" % (tag, i)); continue
            total += v
        un = parse(l["unapplied"], cur)
        if un is None or total + un != amt: bad("%s applications + unapplied != amount" % tag)
        st = l["status"]
        if st == "applied" and not (l["applications"] and un == 0 and l["short_pay"] is None and not l["candidates"]):
            bad("%s inconsistent applied" % tag)
        if st == "partial" and not (len(l["applications"]) >= 1 and un == 0 and not l["candidates"]):
            bad("%s inconsistent partial" % tag)
        if st == "partial":
            a = l["applications"][0]
            left = bal[a["invoice_id"]] - parse(a["amount"], cur)
            if left <= 0: bad("%s partial leaves nothing open" % tag)
            sp = l["short_pay"]
            if sp and (sp["invoice_id"] != a["invoice_id"] or parse(sp["amount"], cur) != left): bad("%s short_pay mismatch" % tag)
        if st == "unapplied" and not (un > 0 and l["short_pay"] is None and not l["candidates"]):
            bad("%s inconsistent unapplied" % tag)
        if st == "unapplied":
            for a in l["applications"]:
                if parse(a["amount"], cur) != bal[a["invoice_id"]]: bad("%s overpayment must clear its invoices" % tag)
        if st == "review":
            if l["applications"] or l["short_pay"] is not None or un != amt: bad("%s review must apply nothing" % tag)
            c = p.get("customer_id") or who(p.get("payer_name"), custs)
            for cand in l["candidates"]:
                if not cand or any(i not in inv or bal[i] <= 0 or inv[i]["currency"] != cur for i in cand):
                    bad("%s candidate not an open invoice in %s: %s" % (tag, cur, cand))
                elif len({inv[i]["customer_id"] for i in cand} | ({c} if c else set())) != 1:
                    bad("%s candidate of the wrong customer: %s" % (tag, cand))
        if st not in ("applied", "partial", "unapplied", "review"): bad("%s status %s" % (tag, st))
        # --- label follows from the rules
        want = {"status": e["status"],
                "applications": [{"invoice_id": i, "amount": fmt(v, cur)} for i, v in e["applications"]],
                "unapplied": fmt(e["unapplied"], cur),
                "short_pay": None if not e["short_pay"] else {"invoice_id": e["short_pay"][0], "amount": fmt(e["short_pay"][1], cur), "reason": e["short_pay"][2]},
                "candidates": e["candidates"]}
        for key, v in want.items():
            if l[key] != v:
                bad("%s (%s) %s: label %r, rules give %r" % (tag, l["scenario"], key, l[key], v))
        # --- replay
        for a in l["applications"]:
            if a["invoice_id"] in bal:
                bal[a["invoice_id"]] -= parse(a["amount"], cur)
    if any(v < 0 for v in bal.values()): bad("an invoice went below zero")
    n_bad = sum(1 for l in labs if l.get("error"))
    if not 4 <= n_bad <= 8: bad("bad rows %d, want 1-2%%" % n_bad)
    for msg in problems[:60]:
        print("PROBLEM", msg)
    print("scenarios:", dict(sorted(Counter(l["scenario"] for l in labs).items())))
    print("statuses:", dict(Counter(l["status"] for l in labs)))
    print("currencies:", dict(Counter(p["currency"] for p in pays)))
    print("%d problems" % len(problems))
    sys.exit(1 if problems else 0)

if __name__ == "__main__":
    main()
