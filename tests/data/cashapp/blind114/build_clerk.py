"""The careful AR clerk's decision rules for set 416 (standard library only).

Shared by build.py (to confirm each generated payment really means what its
scenario intends) and check.py (to replay and verify the labels).
See README.md for the rules in prose.
"""
import re
import unicodedata
from datetime import date

DECIMALS = {"SEK": 2, "NOK": 2, "DKK": 2, "EUR": 2, "ISK": 0}
MAX_CANDIDATES = 5
MAX_COMBO = 4

# ---------------------------------------------------------------- money

def parse_amount(s, cur):
    """Strict: digits, and exactly the currency's minor-unit digits."""
    if not isinstance(s, str) or cur not in DECIMALS:
        return None
    d = DECIMALS[cur]
    pat = r"\d+" if d == 0 else r"\d+\.\d{%d}" % d
    if not re.fullmatch(pat, s):
        return None
    return int(s.replace(".", ""))


def fmt(minor, cur):
    d = DECIMALS.get(cur, 2)
    if d == 0:
        return str(minor)
    sign = "-" if minor < 0 else ""
    minor = abs(minor)
    return "%s%d.%0*d" % (sign, minor // 10 ** d, d, minor % 10 ** d)


def zero(cur):
    return fmt(0, cur)

# ---------------------------------------------------------------- check digits

def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


def fi731_digit(body):
    w = [7, 3, 1]
    s = sum(int(ch) * w[i % 3] for i, ch in enumerate(reversed(body)))
    return str((10 - s % 10) % 10)


def rf_check(ref):
    n = int(ref + "2715" + "00")  # R=27 F=15
    return "%02d" % (98 - n % 97)


def rf_ok(body, cc):
    return int(body + "2715" + cc) % 97 == 1

# ---------------------------------------------------------------- names

_TR = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ü": "u",
                     "é": "e", "þ": "th", "ð": "d", "á": "a", "í": "i", "ó": "o",
                     "ú": "u", "ý": "y", "ß": "ss"})
LEGAL = {"ab", "aktiebolag", "as", "asa", "aps", "oy", "oyj", "hf", "ehf", "ky",
         "is", "kb", "hb", "publ", "ltd"}


def skeleton(name):
    s = (name or "").lower().translate(_TR)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("a/s", " as ").replace("i/s", " is ")
    toks = [t for t in re.split(r"[^a-z0-9]+", s) if t and t not in LEGAL]
    return "".join(toks)


def identify(payment, customers):
    """customers: {cid: name}. Returns (cid or None, how)."""
    cid = payment.get("customer_id")
    if cid is not None:
        return (cid, "customer_id") if cid in customers else (None, "unknown customer_id")
    p = skeleton(payment.get("payer_name"))
    if not p:
        return None, "no payer name"
    exact = [c for c, n in customers.items() if skeleton(n) == p]
    if len(exact) == 1:
        return exact[0], "payer name"
    if len(p) >= 10:
        pref = [c for c, n in customers.items() if skeleton(n).startswith(p)]
        if len(pref) == 1:
            return pref[0], "truncated payer name"
    return None, "payer not recognised"

# ---------------------------------------------------------------- references

KEYWORDS = [
    ("part", ["delbetalning", "delbetaling", "avbetalning", "a conto", "aconto",
              "osamaksu", "part payment", "instalment", "afdrag"]),
    ("bank fee", ["bankavgift", "bankgebyr", "gebyr", "bank charges", "pankkikulu"]),
    ("withholding tax", ["källskatt", "kildeskat", "withholding tax", "lähdevero"]),
    ("early-payment discount", ["kassarabatt", "kontantrabatt", "skonto",
                                "käteisalennus", "early payment discount"]),
    ("damaged goods", ["skadat gods", "skadet vare", "beskadiget", "damaged",
                       "reklamation", "vaurioitunut"]),
    ("fx difference", ["kursdifferens", "valutadifferens", "exchange difference",
                       "fx diff", "kurssiero"]),
]


def keyword_class(text):
    t = (text or "").lower()
    found = [k for k, words in KEYWORDS if any(w in t for w in words)]
    return found


def extract(text, cores):
    """-> (resolved cores in order, unresolved 6-digit tokens)."""
    text = text or ""
    found, unresolved = [], []

    def add(c):
        if c not in found:
            found.append(c)

    # RF creditor reference (ISO 11649) carrying a Finnish national reference
    def rf(m):
        cc, body = m.group(1), re.sub(r"\s", "", m.group(2))
        if rf_ok(body, cc) and len(body) >= 2 and fi731_digit(body[:-1]) == body[-1]:
            core = int(body[:-1])
            if core in cores:
                add(core)
                return " "
        return m.group(0)
    text = re.sub(r"RF(\d{2})((?:\s?\d){2,21})", rf, text, flags=re.I)
    # Danish FI-kort +71<payment id<+creditor<
    def fik(m):
        pid = m.group(1)
        if luhn_ok(pid) and int(pid[:-1]) in cores:
            add(int(pid[:-1]))
            return " "
        return m.group(0)
    text = re.sub(r"\+71<(\d{15})<", fik, text)
    # numbers split in groups of three: "231 204"
    text = re.sub(r"(?<!\d)(?<!\d )(\d{3}) (\d{3})(?! ?\d)", r"\1\2", text)
    # prefixed invoice numbers NB-0231204 / NB0231204 / nb 231204
    def pref(m):
        core = int(m.group(1))
        if core in cores:
            add(core)
        elif str(core) not in unresolved:
            unresolved.append(str(core))
        return " "
    text = re.sub(r"(?<![A-Za-z])NB[\s\-]?0*(\d{6})(?!\d)", pref, text, flags=re.I)
    # remaining digit runs that are not amounts
    for m in re.finditer(r"(?<![\d.,])\d+(?!\d|[.,]\d)", text):
        run = m.group(0)
        v = int(run)
        if len(run) in (6, 7) and v in cores:
            add(v)
        elif len(run) >= 7 and luhn_ok(run) and (int(run[:-1]) in cores or
                                                 (len(run) >= 11 and int(run[-7:-1]) in cores)):
            add(int(run[:-1]) if int(run[:-1]) in cores else int(run[-7:-1]))
        elif len(run) == 7 and fi731_digit(run[:-1]) == run[-1] and int(run[:-1]) in cores:
            add(int(run[:-1]))
        elif len(run) == 6 or (len(run) == 7 and run[0] == "0"):
            if str(v) not in unresolved:
                unresolved.append(str(v))
    return found, unresolved


def near(a, b):
    """one substituted digit or one adjacent transposition."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]

# ---------------------------------------------------------------- state

class Book:
    def __init__(self, invoices):
        self.inv = {i["id"]: i for i in invoices}
        self.by_core = {int(re.sub(r"\D", "", i["number"])): i for i in invoices}
        self.cores = set(self.by_core)
        self.bal = {i["id"]: parse_amount(i["balance"], i["currency"]) for i in invoices}
        self.customers = {}
        for i in invoices:
            self.customers.setdefault(i["customer_id"], i["customer_name"])

    def open_of(self, cids, cur):
        out = [i for i in self.inv.values()
               if (cids is None or i["customer_id"] in cids) and i["currency"] == cur
               and self.bal[i["id"]] > 0]
        return sorted(out, key=lambda i: (i["due_date"], i["number"]))

    def apply(self, label, cur):
        for a in label["applications"]:
            self.bal[a["invoice_id"]] -= parse_amount(a["amount"], cur)

# ---------------------------------------------------------------- decision

def valid_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return False
    try:
        date.fromisoformat(s)
        return True
    except ValueError:
        return False


def validate(p):
    cur = p.get("currency")
    if not cur:
        return "missing currency"
    if cur not in DECIMALS:
        return "invalid currency %r" % cur
    if not valid_date(p.get("date")):
        return "malformed date %r" % p.get("date")
    amt = p.get("amount")
    if isinstance(amt, str) and amt.startswith("-"):
        return "negative amount %r" % amt
    v = parse_amount(amt, cur)
    if v is None:
        return "non-numeric or malformed amount %r" % amt
    if v <= 0:
        return "zero amount"
    return None


def combos(invs, target, maxk=MAX_COMBO):
    """all subsets of size 2..maxk with balances summing to target, plus the all-open set."""
    out = []
    items = sorted(invs, key=lambda i: i[1], reverse=True)

    def dfs(start, left, chosen):
        if left == 0 and len(chosen) >= 2:
            out.append(tuple(sorted(chosen)))
            return
        if len(chosen) == maxk or left <= 0:
            return
        for k in range(start, len(items)):
            if items[k][1] <= left:
                dfs(k + 1, left - items[k][1], chosen + [items[k][0]])
    dfs(0, target, [])
    allset = tuple(sorted(x[0] for x in invs))
    if len(invs) > maxk and sum(x[1] for x in invs) == target:
        out.append(allset)
    return out


def decide(p, book):
    """Returns the expected MATCHES entry (without scenario/note)."""
    base = {"payment_id": p.get("id"), "status": "review", "applications": [],
            "unapplied": "0.00", "short_pay": None, "candidates": [], "reason": ""}
    err = validate(p)
    if err:
        base.update(reason="bad row: " + err, error=err)
        return base
    cur = p["currency"]
    amt = parse_amount(p["amount"], cur)
    base["unapplied"] = fmt(amt, cur)
    cid, how = identify(p, book.customers)
    text = " ".join(x for x in (p.get("reference"), p.get("remittance")) if x)
    refs, unres = extract(text, book.cores)
    kw = keyword_class(text)
    R = [book.by_core[c] for c in refs]
    num = lambda i: int(re.sub(r"\D", "", i["number"]))

    def cands(scope, first=None, typos=()):
        out = []
        if first:
            out.append(tuple(sorted(first, key=lambda x: num(book.inv[x]))))
        opens = book.open_of(scope, cur)
        for t in typos:
            for i in opens:
                if near(t, str(num(i))):
                    out.append((i["id"],))
        for i in opens:
            if book.bal[i["id"]] == amt:
                out.append((i["id"],))
        if scope is not None and len(scope) == 1:
            cs = combos([(i["id"], book.bal[i["id"]]) for i in opens], amt)
            cs = [tuple(sorted(c, key=lambda x: num(book.inv[x]))) for c in cs]
            cs.sort(key=lambda c: (len(c), [num(book.inv[x]) for x in c]))
            out.extend(cs)
        seen, res = set(), []
        for c in out:
            if frozenset(c) not in seen:
                seen.add(frozenset(c))
                res.append({"invoice_ids": list(c)})
        return res[:MAX_CANDIDATES]

    def review(reason, scope, first=None, typos=()):
        base.update(status="review", reason=reason, candidates=cands(scope, first, typos))
        return base

    if R:
        rcust = {i["customer_id"] for i in R}
        if any(i["currency"] != cur for i in R):
            return review("payment currency %s differs from referenced invoice(s)" % cur,
                          {cid} if cid else rcust)
        if cid is not None and rcust != {cid}:
            return review("reference names another customer's invoice", {cid})
        if len(rcust) > 1:
            return review("references span several customers", rcust)
        owner = cid or next(iter(rcust))
        openR = [i for i in R if book.bal[i["id"]] > 0]
        if not openR:
            if cid is not None:
                base.update(status="unapplied", unapplied=fmt(amt, cur),
                            reason="referenced invoice(s) already paid; held on account")
                return base
            return review("referenced invoice(s) already paid, payer not identified", rcust)
        if len(openR) < len(R):
            return review("some referenced invoices already paid", {owner},
                          first=[i["id"] for i in openR])
        S = sum(book.bal[i["id"]] for i in R)
        apps = [{"invoice_id": i["id"], "amount": fmt(book.bal[i["id"]], cur)}
                for i in sorted(R, key=num)]
        if amt == S:
            base.update(status="applied", applications=apps, unapplied=zero(cur),
                        reason="reference and exact balance")
            return base
        if cid is None:
            return review("reference found but amount differs and payer not identified",
                          rcust, first=[i["id"] for i in R])
        if amt > S:
            base.update(status="unapplied", applications=apps, unapplied=fmt(amt - S, cur),
                        reason="overpayment; remainder held on account")
            return base
        if len(R) > 1:
            return review("short payment across several referenced invoices", {cid},
                          first=[i["id"] for i in R])
        inv = R[0]
        base.update(status="partial", unapplied=zero(cur),
                    applications=[{"invoice_id": inv["id"], "amount": fmt(amt, cur)}])
        deductions = [k for k in kw if k != "part"]
        if "part" in kw and not deductions:
            base.update(reason="stated part payment")
        elif len(deductions) == 1 and "part" not in kw:
            base.update(reason="short pay: " + deductions[0],
                        short_pay={"invoice_id": inv["id"], "amount": fmt(S - amt, cur),
                                   "reason": deductions[0]})
        elif not kw:
            base.update(reason="short pay, no reason given",
                        short_pay={"invoice_id": inv["id"], "amount": fmt(S - amt, cur),
                                   "reason": "unexplained shortfall"})
        else:
            return review("short payment with conflicting explanations", {cid},
                          first=[inv["id"]])
        return base

    if unres:
        return review("reference %s matches no open invoice" % ", ".join(unres),
                      {cid} if cid else None, typos=unres)
    if cid is None:
        return review("payer not identified and no usable reference", None)
    opens = book.open_of({cid}, cur)
    if not opens:
        if not any(i["customer_id"] == cid for i in book.inv.values() if i["currency"] == cur):
            return review("customer has no invoices in %s" % cur, {cid})
        base.update(status="unapplied", reason="customer has nothing open; held on account")
        return base
    sets = [(i["id"],) for i in opens if book.bal[i["id"]] == amt]
    sets += combos([(i["id"], book.bal[i["id"]]) for i in opens], amt)
    if len(sets) == 1:
        apps = [{"invoice_id": x, "amount": fmt(book.bal[x], cur)}
                for x in sorted(sets[0], key=lambda x: num(book.inv[x]))]
        base.update(status="applied", applications=apps, unapplied=zero(cur),
                    reason="no reference; the only exact match among the customer's open invoices")
        return base
    if len(sets) > 1:
        return review("amount fits several open invoices or sets", {cid})
    base.update(status="unapplied", reason="known customer, payment fits no open invoice")
    return base
