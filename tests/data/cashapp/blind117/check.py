"""check.py - replay blind set 423 labels against the invoices and verify every
invariant plus the decision rules documented in README.md.  Standard library only.
Exit status 0 = all good, 1 = problems found."""
import json, os, re, sys, unicodedata, datetime, itertools

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "anz_agri_inputs")
KNOWN_CCY = {"AUD": 2, "NZD": 2, "USD": 2, "EUR": 2, "GBP": 2, "JPY": 0, "FJD": 2, "WST": 2, "TOP": 2, "PGK": 2}

# ---------------------------------------------------------------- money
def parse_amount(s, ccy="AUD"):
    """decimal string -> integer minor units, or None when not a valid non-negative amount."""
    if not isinstance(s, str):
        return None
    dp = KNOWN_CCY.get(ccy, 2)
    pat = r"^\d+$" if dp == 0 else r"^\d+(\.\d{1,%d})?$" % dp
    if not re.match(pat, s.strip()):
        return None
    s = s.strip()
    if "." in s:
        a, b = s.split(".")
        b = (b + "0" * dp)[:dp]
        return int(a) * 10 ** dp + int(b)
    return int(s) * 10 ** dp

def fmt(c, ccy="AUD"):
    dp = KNOWN_CCY.get(ccy, 2)
    if dp == 0:
        return str(c)
    return "%d.%0*d" % (c // 10 ** dp, dp, c % 10 ** dp)

# ---------------------------------------------------------------- validation
def validate(p):
    amt = p.get("amount")
    if not isinstance(amt, str) or not re.match(r"^-?\d+(\.\d+)?$", amt.strip()):
        return "invalid_amount"
    if amt.strip().startswith("-"):
        return "negative_amount"
    cur = p.get("currency")
    if cur is None or (isinstance(cur, str) and cur.strip() == ""):
        return "missing_currency"
    if not isinstance(cur, str) or cur not in KNOWN_CCY:
        return "invalid_currency"
    if parse_amount(amt, cur) is None:
        return "invalid_amount"
    d = p.get("date")
    if not isinstance(d, str) or not re.match(r"^\d{4}-\d{2}-\d{2}$", d):
        return "invalid_date"
    try:
        datetime.date.fromisoformat(d)
    except ValueError:
        return "invalid_date"
    return None

# ---------------------------------------------------------------- text
def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(ch for ch in s if not unicodedata.combining(ch))

def norm_name(s):
    s = re.sub(r"[^A-Z0-9]+", " ", fold(s).upper().replace("&", " AND "))
    return " ".join(s.split())

SUFFIX = {"PTY", "LTD", "LIMITED", "PROPRIETARY", "CO", "COMPANY", "INC", "LLC", "THE"}

def core_name(s):
    return " ".join(w for w in norm_name(s).split() if w not in SUFFIX)

def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0

def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c

OCR = str.maketrans({"O": "0", "I": "1", "L": "1", "S": "5"})

def _ocr(m):
    tok = m.group(0)
    if sum(ch.isdigit() for ch in tok) >= 3:
        return tok.translate(OCR)
    return tok

def _join(m):
    whole = m.group(0)
    j = whole.replace(" ", "")
    return j if len(j) in (6, 7) else whole

def extract_numbers(text, known):
    """6-digit invoice cores named in free text, in order of first appearance.
    known: set of 6-digit cores present in the invoice file."""
    t = fold(text or "").upper()
    found = []
    for m in re.finditer(r"CRN\W{0,3}(\d{11})(?!\d)", t):
        d = m.group(1)
        if luhn_ok(d):
            found.append(d[4:10])
    t = re.sub(r"\b(AGI|AG1|AGL|INV)(?=[0-9OILS])", r"\1 ", t)
    t = re.sub(r"\b[0-9OILS]+\b", _ocr, t)
    t = re.sub(r"(?<![0-9A-Z])\d{3,4}(?: \d{3,4}){1,2}(?![0-9A-Z])", _join, t)
    for m in re.finditer(r"(?<![0-9A-Z])(\d+)(?![0-9A-Z])", t):
        core = m.group(1).lstrip("0")
        if len(core) == 6:
            found.append(core)
    out = []
    for c in found:
        if c in known and c not in out:
            out.append(c)
    return out

KEYWORDS = [
    ("part", [r"PART PAYMENT", r"PART PAYT", r"PART PMT", r"INSTAL+MENT", r"PROGRESS PAYMENT", r"ON ACCOUNT", r"BALANCE TO FOLLOW"]),
    ("withholding tax", [r"\bWHT\b", r"WITHHOLDING"]),
    ("early-payment discount", [r"DISCOUNT", r"PROMPT PAY"]),
    ("damaged goods", [r"DAMAGE", r"SPOIL"]),
    ("fx shortfall", [r"\bFX\b", r"EXCHANGE", r"CONVERSION"]),
    ("bank fee", [r"BANK FEE", r"BANK CHARGE", r"BANK CHGS", r"\bTT FEE", r"TRANSFER FEE"]),
]

def classify(text):
    t = fold(text or "").upper()
    for cat, pats in KEYWORDS:
        if any(re.search(p, t) for p in pats):
            return cat
    return None

# ---------------------------------------------------------------- state / engine
class State:
    def __init__(self, invoices):
        self.inv = {i["id"]: i for i in invoices}
        self.by_num = {}
        for i in invoices:
            core = re.sub(r"\D", "", i["number"]).lstrip("0")
            self.by_num[core] = i
        self.known = set(self.by_num)
        self.bal = {i["id"]: parse_amount(i["balance"], i["currency"]) for i in invoices}
        self.custs = {}
        for i in invoices:
            self.custs.setdefault(i["customer_id"], i["customer_name"])
        self.cust_ccys = {}
        for i in invoices:
            self.cust_ccys.setdefault(i["customer_id"], set()).add(i["currency"])

    def identify(self, p):
        cid = p.get("customer_id")
        if cid:
            return cid if cid in self.custs else None
        pn = p.get("payer_name") or ""
        core = core_name(pn)
        hits = [c for c, n in self.custs.items() if core and core_name(n) == core]
        if len(hits) == 1:
            return hits[0]
        full = norm_name(pn)
        if len(full) >= 12:
            hits = [c for c, n in self.custs.items() if norm_name(n).startswith(full)]
            if len(hits) == 1:
                return hits[0]
        return None

    def key(self, iid):
        i = self.inv[iid]
        return (i["due_date"], i["number"])

    def open_of(self, cid, cur):
        return sorted([k for k, i in self.inv.items() if i["customer_id"] == cid and i["currency"] == cur and self.bal[k] > 0], key=self.key)

    def apply(self, entry):
        for a in entry["applications"]:
            i = self.inv[a["invoice_id"]]
            self.bal[a["invoice_id"]] -= parse_amount(a["amount"], i["currency"])

def cand(ids):
    return {"invoice_ids": list(ids)}

def combos(st, pool, amt):
    out = []
    for r in (2, 3):
        for c in itertools.combinations(pool, r):
            if sum(st.bal[x] for x in c) == amt:
                out.append(list(c))
    if len(pool) >= 4 and sum(st.bal[x] for x in pool) == amt:
        out.append(list(pool))
    out.sort(key=lambda c: (len(c), min(st.key(x) for x in c), sorted(st.inv[x]["number"] for x in c)))
    return out

def decide(p, st):
    """The documented decision rules.  Returns the expected MATCHES fields (reason text excluded)."""
    res = {"status": "review", "applications": [], "unapplied": "0.00", "short_pay": None, "candidates": [], "error": None}
    err = validate(p)
    if err:
        res["error"] = err
        return res
    cur = p["currency"]
    amt = parse_amount(p["amount"], cur)
    res["unapplied"] = fmt(amt, cur)
    text = (p.get("reference") or "") + " \n " + (p.get("remittance") or "")
    C = st.identify(p)
    named = [st.by_num[n]["id"] for n in extract_numbers(text, st.known)]
    app = lambda pairs: [{"invoice_id": i, "amount": fmt(a, cur)} for i, a in pairs]

    def done(status, pairs, unap=0, short=None):
        res.update(status=status, applications=app(pairs), unapplied=fmt(unap, cur), short_pay=short)
        return res

    if len(named) >= 2:
        ok = all(st.bal[i] > 0 and st.inv[i]["currency"] == cur and (C is None or st.inv[i]["customer_id"] == C) for i in named)
        if ok and sum(st.bal[i] for i in named) == amt:
            return done("applied", [(i, st.bal[i]) for i in named])
        opn = [i for i in named if st.bal[i] > 0 and st.inv[i]["currency"] == cur]
        res["candidates"] = [cand(opn)] if opn else []
        return res
    if len(named) == 1:
        I = named[0]
        inv = st.inv[I]
        b = st.bal[I]
        if inv["currency"] != cur:
            res["candidates"] = [cand([I])] if b > 0 else []
            return res
        if C is not None and inv["customer_id"] != C:
            cs = [cand([I])] if b > 0 else []
            cs += [cand([j]) for j in st.open_of(C, cur) if st.bal[j] == amt]
            res["candidates"] = cs
            return res
        if b == 0:
            if C is not None:
                return done("unapplied", [], amt)
            return res
        if amt == b:
            return done("applied", [(I, amt)])
        if C is None:
            res["candidates"] = [cand([I])]
            return res
        pool = [j for j in st.open_of(C, cur) if j != I]
        others = [j for j in pool if st.bal[j] == amt]
        if amt < b:
            if others:
                res["candidates"] = [cand([j]) for j in others] + [cand([I])]
                return res
            cat = classify(text)
            if cat == "part":
                return done("partial", [(I, amt)])
            short = {"invoice_id": I, "amount": fmt(b - amt, cur), "reason": cat or "unexplained"}
            return done("partial", [(I, amt)], 0, short)
        pairs = [j for j in pool if b + st.bal[j] == amt]
        if pairs or others:
            res["candidates"] = [cand([I, j]) for j in pairs] + [cand([j]) for j in others] + [cand([I])]
            return res
        return done("unapplied", [(I, b)], amt - b)
    # nothing named
    if C is None:
        allopen = sorted([k for k, i in st.inv.items() if i["currency"] == cur and st.bal[k] == amt], key=st.key)
        res["candidates"] = [cand([k]) for k in allopen]
        return res
    if cur not in st.cust_ccys.get(C, set()):
        return res
    pool = st.open_of(C, cur)
    singles = [j for j in pool if st.bal[j] == amt]
    cmb = combos(st, pool, amt)
    if len(singles) == 1 and not cmb:
        return done("applied", [(singles[0], amt)])
    if not singles and len(cmb) == 1:
        return done("applied", [(j, st.bal[j]) for j in cmb[0]])
    if singles or cmb:
        res["candidates"] = [cand([j]) for j in singles] + [cand(c) for c in cmb]
        return res
    return done("unapplied", [], amt)

# ---------------------------------------------------------------- invariants
INV_FIELDS = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
PAY_FIELDS = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}

def check_label(p, lab, st, probs):
    pid = p["id"]
    def bad(msg):
        probs.append("%s: %s" % (pid, msg))
    if lab.get("payment_id") != pid:
        bad("label order/payment_id mismatch")
        return
    for f in ("status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"):
        if f not in lab:
            bad("label missing " + f)
    exp = decide(p, st)
    err = validate(p)
    if err:
        if lab["status"] != "review" or lab["applications"] or lab["candidates"] or lab.get("error") != err:
            bad("bad row must be review with no applications/candidates and error %s" % err)
        return
    if lab.get("error"):
        bad("error on a valid row")
    cur = p["currency"]
    amt = parse_amount(p["amount"], cur)
    tot = 0
    seen = set()
    for a in lab["applications"]:
        iid = a["invoice_id"]
        if iid not in st.inv:
            bad("unknown invoice " + iid); continue
        if iid in seen:
            bad("invoice applied twice " + iid)
        seen.add(iid)
        if st.inv[iid]["currency"] != cur:
            bad("currency mismatch on " + iid)
        x = parse_amount(a["amount"], cur)
        if x is None or x <= 0:
            bad("non-positive application"); continue
        if x > st.bal[iid]:
            bad("invoice %s taken past zero" % iid)
        tot += x
    un = parse_amount(lab["unapplied"], cur)
    if un is None or tot + un != amt:
        bad("applications + unapplied != amount")
    s = lab["status"]
    if s == "applied" and (not lab["applications"] or un != 0 or lab["short_pay"] or lab["candidates"]):
        bad("inconsistent applied")
    if s == "partial":
        if not lab["applications"] or un != 0 or lab["candidates"]:
            bad("inconsistent partial")
        left = [a["invoice_id"] for a in lab["applications"] if st.bal[a["invoice_id"]] - parse_amount(a["amount"], cur) > 0]
        if not left:
            bad("partial leaves nothing open")
        sp = lab["short_pay"]
        if sp is not None:
            if sp["invoice_id"] not in left or parse_amount(sp["amount"], cur) != st.bal[sp["invoice_id"]] - sum(parse_amount(a["amount"], cur) for a in lab["applications"] if a["invoice_id"] == sp["invoice_id"]) or not sp.get("reason"):
                bad("short_pay inconsistent")
    if s == "unapplied" and (un <= 0 or lab["short_pay"] or lab["candidates"]):
        bad("inconsistent unapplied")
    if s == "review":
        if lab["applications"] or lab["short_pay"] or un != amt:
            bad("review must apply nothing")
        C = st.identify(p)
        text = (p.get("reference") or "") + " " + (p.get("remittance") or "")
        named = {st.by_num[n]["id"] for n in extract_numbers(text, st.known)}
        for c in lab["candidates"]:
            for iid in c["invoice_ids"]:
                i = st.inv.get(iid)
                if i is None or st.bal[iid] <= 0:
                    bad("candidate %s not open" % iid); continue
                if iid not in named:
                    if i["currency"] != cur or (C is not None and i["customer_id"] != C):
                        bad("candidate %s wrong customer/currency" % iid)
    if s not in ("applied", "partial", "unapplied", "review"):
        bad("unknown status")
    # rule conformance
    norm_apps = lambda L: sorted((a["invoice_id"], parse_amount(a["amount"], cur)) for a in L)
    if s != exp["status"]:
        bad("status %s but rules give %s" % (s, exp["status"]))
    elif norm_apps(lab["applications"]) != norm_apps(exp["applications"]):
        bad("applications differ from rules")
    elif parse_amount(lab["unapplied"], cur) != parse_amount(exp["unapplied"], cur):
        bad("unapplied differs from rules")
    elif (lab["short_pay"] or None) != (exp["short_pay"] or None):
        bad("short_pay differs from rules: %s vs %s" % (lab["short_pay"], exp["short_pay"]))
    elif lab["candidates"] != exp["candidates"]:
        bad("candidates differ from rules")

def main():
    inv = json.load(open(os.path.join(DATA, "invoices.json")))
    pay = json.load(open(os.path.join(DATA, "payments.json")))
    labs = json.load(open(os.path.join(DATA, "labels.json")))
    probs = []
    ids = set(); nums = set()
    for i in inv:
        if set(i) != INV_FIELDS:
            probs.append("invoice fields " + str(i.get("id")))
        if i["id"] in ids or i["number"] in nums:
            probs.append("duplicate invoice id/number " + i["id"])
        ids.add(i["id"]); nums.add(i["number"])
        t, b = parse_amount(i["total"], i["currency"]), parse_amount(i["balance"], i["currency"])
        if t is None or b is None or not (0 < b <= t):
            probs.append("invoice amounts " + i["id"])
        if re.sub(r"\D", "", i["number"]).lstrip("0") in i["id"]:
            probs.append("invoice id reveals number " + i["id"])
    if len(pay) != len(labs):
        probs.append("payments/labels length mismatch")
    pids = [p["id"] for p in pay]
    if len(set(pids)) != len(pids):
        probs.append("duplicate payment ids")
    last = ""
    for p in pay:
        if set(p) != PAY_FIELDS:
            probs.append("payment fields " + p["id"])
        if validate(p) is None:
            if p["date"] < last:
                probs.append("payments not oldest first at " + p["id"])
            last = p["date"]
    st = State(inv)
    for p, lab in zip(pay, labs):
        check_label(p, lab, st, probs)
        if not validate(p):
            st.apply(lab)
    counts = {}
    for lab in labs:
        counts[lab["scenario"]] = counts.get(lab["scenario"], 0) + 1
    st_counts = {}
    for lab in labs:
        st_counts[lab["status"]] = st_counts.get(lab["status"], 0) + 1
    print("invoices %d payments %d" % (len(inv), len(pay)))
    print("statuses", json.dumps(st_counts, sort_keys=True))
    print("scenarios", json.dumps(counts, sort_keys=True, indent=1))
    if probs:
        print("PROBLEMS (%d):" % len(probs))
        for x in probs[:50]:
            print("  " + x)
        sys.exit(1)
    print("OK: all invariants and decision rules hold")

if __name__ == "__main__":
    main()
