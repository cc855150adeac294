#!/usr/bin/env python3
"""Blind held-out cash-application set: South Asia pharma / textile exporter.

Deterministic, stdlib only.  `python3 build.py` rewrites ledger_southasia/*.json
and README.md byte for byte.
"""
import json
import os
import random
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_southasia")
SEED = 108_2025
R = random.Random(SEED)

D0 = Decimal("0.00")
CENT = Decimal("0.01")


def q(x):
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


def s2(d):
    return "%.2f" % q(d)


def rnd_amount(lo, hi, paise=True):
    v = Decimal(R.randint(int(lo * 100), int(hi * 100))) / 100
    if not paise:
        v = Decimal(int(v))
    return q(v)


# ---------------------------------------------------------------- formatting
def indian(d):
    """12,34,567.50 (lakh/crore grouping)."""
    s = s2(d)
    neg = s.startswith("-")
    s = s.lstrip("-")
    ip, fp = s.split(".")
    if len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = ",".join(groups + [tail])
    return ("-" if neg else "") + ip + "." + fp


def western(d):
    s = s2(d)
    ip, fp = s.split(".")
    return "{:,}".format(int(ip)) + "." + fp


def money(cur, d):
    """How a remitter in that country writes the amount."""
    if cur in ("INR", "BDT"):
        return indian(d)
    return western(d)


def dmy(d):
    return d.strftime("%d.%m.%Y")


def dmy2(d):
    return d.strftime("%d/%m/%y")


def hexid(prefix, n, used):
    while True:
        v = prefix + "".join(R.choice("0123456789abcdef") for _ in range(n))
        if v not in used:
            used.add(v)
            return v


USED_IDS = set()

# ---------------------------------------------------------------- customers
IN_PHARMA_A = ["Sri Balaji", "Shree Ganesh", "Sai Krupa", "Maruti", "Kaveri", "Annapurna", "Narmada",
               "Sahyadri", "Vighnaharta", "Om Sai", "Jai Ambe", "Mahalaxmi", "Navjeevan", "Sanjeevani",
               "Arogya", "Dhanvantari", "Shubham", "Gurukrupa", "Siddhivinayak", "Venkateswara",
               "Murugan", "Annai", "Kamakshi", "Tirupati", "Ashirwad", "Suraksha", "Rudra", "Pragati",
               "Unnati", "Vardhaman", "Mahavir", "Parshva", "Jeevan Jyoti", "Swasthya", "Nirmal",
               "Shanti", "Sree Lakshmi", "Kalyani", "Bhavani", "Sri Sai Ram"]
IN_PHARMA_B = ["Medical Agencies", "Pharma Distributors", "Drug House", "Surgicals", "Healthcare",
               "Medicos", "Pharmaceuticals", "Chemists and Druggists", "Medi Care", "Life Sciences",
               "Medical Stores", "Pharma Traders"]
IN_TEX_A = ["Kumaran", "Shri Ram", "Laxmi", "Padmavati", "Gokul", "Rajlaxmi", "Vishal", "Kongu",
            "Bhagyalakshmi", "Amman", "Sri Murugan", "Jayam", "Shree Hari", "Mewar", "Kashi",
            "Rangoli", "Sutlej", "Noyyal", "Bhavani Sagar", "Chitra", "Sundaram", "Ganga Jamuna",
            "Navkar", "Sarvodaya"]
IN_TEX_B = ["Textiles", "Fabrics", "Spinning Mills", "Knit Fashions", "Garments", "Weaving Mills",
            "Processors", "Exports", "Yarn Traders", "Silk House", "Synthetics", "Tex Fab"]
IN_SUFFIX = ["Pvt Ltd", "Private Limited", "LLP", "", "", "& Co", "Enterprises"]
LK_A = ["Lanka", "Ceylon", "Colombo", "Kandy", "Galle", "Serendib", "Jaffna", "Negombo", "Ruhuna",
        "Nuwara", "Kelani", "Matara", "Sigiri", "Dambulla"]
LK_B = ["Medi Supplies", "Healthcare", "Surgical", "Apparel", "Textile Mills", "Garments",
        "Knitting", "Drug Suppliers", "Medical Stores", "Pharma Distributors", "Fabrics"]
LK_SUFFIX = ["(Pvt) Ltd", "PLC", "(Private) Limited"]
BD_A = ["Dhaka", "Chattogram", "Bengal", "Padma", "Meghna", "Jamuna", "Sonar Bangla", "Narayanganj",
        "Gazipur", "Rupsha", "Karnaphuli", "Shapla", "Teesta", "Surma"]
BD_B = ["Apparels", "Knit Composite", "Denim", "Pharma", "Drug House", "Textile Mills", "Fashions",
        "Medical Hall", "Garments", "Sweaters", "Spinning"]
BD_SUFFIX = ["Ltd", "Limited", "(Pvt) Ltd"]

# deliberate near-twins: a bank that truncates the payer name to the shared
# prefix makes them indistinguishable
TWINS = [
    ("IN", "pharma", "Sri Balaji Medical Agencies", "Sri Balaji Medical Stores"),
    ("IN", "pharma", "Shree Ganesh Pharma Distributors", "Shree Ganesh Pharma Traders"),
    ("IN", "textile", "Kumaran Textiles Pvt Ltd", "Kumaran Textiles Tiruppur LLP"),
    ("IN", "textile", "Laxmi Spinning Mills Private Limited", "Laxmi Spinning Mills Unit II"),
    ("LK", "pharma", "Lanka Medi Supplies (Pvt) Ltd", "Lanka Medi Supplies Kandy (Pvt) Ltd"),
    ("BD", "textile", "Padma Knit Composite Ltd", "Padma Knit Composite Unit 2 Ltd"),
    ("IN", "pharma", "Sanjeevani Healthcare Pvt Ltd", "Sanjeevani Healthcare Distributors"),
]

PHARMA_WORDS = ("Medical", "Pharma", "Drug", "Surgical", "Health", "Medi", "Chemists", "Life")


def build_customers():
    names = set()
    custs = []

    def add(country, sector, name):
        assert name not in names
        names.add(name)
        cid = hexid("C", 5, USED_IDS).upper().replace("C", "C-", 1)
        custs.append({"id": cid, "name": name, "country": country, "sector": sector})

    for country, sector, a, b in TWINS:
        add(country, sector, a)
        add(country, sector, b)

    def gen(country, n, parts):
        made = 0
        while made < n:
            sector = R.choice(list(parts))
            A, B, S = parts[sector]
            name = " ".join(x for x in (R.choice(A), R.choice(B), R.choice(S)) if x)
            nn = norm_name(name)
            if name in names or any(norm_name(x).startswith(nn) or nn.startswith(norm_name(x)) for x in names):
                continue
            add(country, sector, name)
            made += 1

    in_count = 200 - sum(1 for t in TWINS if t[0] == "IN") * 2
    lk_count = 50 - sum(1 for t in TWINS if t[0] == "LK") * 2
    bd_count = 50 - sum(1 for t in TWINS if t[0] == "BD") * 2
    gen("IN", in_count, {"pharma": (IN_PHARMA_A, IN_PHARMA_B, IN_SUFFIX),
                         "textile": (IN_TEX_A, IN_TEX_B, IN_SUFFIX)})
    gen("LK", lk_count, {"pharma": (LK_A, [b for b in LK_B if any(w in b for w in PHARMA_WORDS)], LK_SUFFIX),
                         "textile": (LK_A, [b for b in LK_B if not any(w in b for w in PHARMA_WORDS)], LK_SUFFIX)})
    gen("BD", bd_count, {"pharma": (BD_A, [b for b in BD_B if any(w in b for w in PHARMA_WORDS)], BD_SUFFIX),
                         "textile": (BD_A, [b for b in BD_B if not any(w in b for w in PHARMA_WORDS)], BD_SUFFIX)})
    # currencies each customer is invoiced in
    for c in custs:
        if c["country"] == "IN":
            c["currencies"] = ["INR"]
        elif c["country"] == "LK":
            c["currencies"] = ["LKR", "USD"] if R.random() < 0.4 else (["USD"] if R.random() < 0.15 else ["LKR"])
        else:
            if c["sector"] == "textile":
                c["currencies"] = ["USD", "BDT"] if R.random() < 0.35 else ["USD"]
            else:
                c["currencies"] = ["BDT", "USD"] if R.random() < 0.3 else ["BDT"]
    return custs


# ---------------------------------------------------------------- invoices
ISSUE_FROM = date(2024, 12, 2)
ISSUE_TO = date(2025, 11, 28)


def rand_issue_date():
    span = (ISSUE_TO - ISSUE_FROM).days
    # skew towards recent invoices: older ones are mostly paid already
    x = R.random() ** 0.55
    d = ISSUE_FROM + timedelta(days=int(x * span))
    if d.weekday() == 6:
        d -= timedelta(days=1)
    return d


def fy(d):
    y = d.year if d.month >= 4 else d.year - 1
    return "%02d-%02d" % (y % 100, (y + 1) % 100)


def series_of(cur, d):
    if cur == "INR":
        return ("GST", fy(d))
    if cur == "USD":
        return ("EXP", fy(d))
    if cur == "LKR":
        return ("CMB", "%02d" % (d.year % 100))
    return ("DHK", str(d.year))


def fmt_number(series, period, seq):
    if series == "GST":
        return "GST/%s/%04d" % (period, seq)
    if series == "EXP":
        return "EXP/%s/%04d" % (period, seq)
    if series == "CMB":
        return "CMB/%s/%05d" % (period, seq)
    return "DHK-%s-%04d" % (period, seq)


SEQ_START = {("GST", "24-25"): 1790, ("GST", "25-26"): 1, ("EXP", "24-25"): 310, ("EXP", "25-26"): 1,
             ("CMB", "24"): 11820, ("CMB", "25"): 101, ("DHK", "2024"): 2650, ("DHK", "2025"): 1}


def build_invoices(custs):
    events = []  # (issue_date, batch_no, customer, currency)
    batch_no = 0
    # invoice counts per customer: skewed, total about 1,500
    weights = []
    for c in custs:
        w = R.choice([1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 10, 14])
        weights.append(w)
    scale = 1540 / sum(weights)
    for c, w in zip(custs, weights):
        n = max(1, int(round(w * scale)))
        made = 0
        while made < n:
            cur = c["currencies"][0] if len(c["currencies"]) == 1 or R.random() < 0.7 else c["currencies"][1]
            d = rand_issue_date()
            k = 1
            if R.random() < 0.18 and n - made >= 2:
                k = R.randint(2, min(5, n - made))
            batch_no += 1
            for j in range(k):
                events.append((d, batch_no, j, c, cur))
            made += k
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    seqs = dict(SEQ_START)
    last_batch = {}
    invs = []
    for d, b, j, c, cur in events:
        ser = series_of(cur, d)
        if last_batch.get(ser) != b:
            seqs[ser] += R.randint(1, 5)  # gaps: invoices already paid / cancelled
            last_batch[ser] = b
        else:
            seqs[ser] += 1
        number = fmt_number(ser[0], ser[1], seqs[ser])
        if cur == "INR":
            rate = Decimal("0.12") if c["sector"] == "pharma" else Decimal("0.05")
            taxable = rnd_amount(6000, 600000) if c["sector"] == "pharma" else rnd_amount(20000, 1500000)
        elif cur == "LKR":
            rate = Decimal("0.18")
            taxable = rnd_amount(40000, 4000000)
        elif cur == "BDT":
            rate = Decimal("0.15")
            taxable = rnd_amount(25000, 2500000)
        else:
            rate = Decimal("0")
            taxable = rnd_amount(1800, 140000) if R.random() < 0.8 else rnd_amount(1800, 140000, paise=False)
        total = q(taxable * (1 + rate))
        if c["country"] == "IN" and c["sector"] == "textile":
            terms = R.choice([30, 45, 60, 90])
        elif cur == "USD":
            terms = R.choice([60, 90, 120])
        else:
            terms = R.choice([30, 30, 45, 60])
        balance = total
        if R.random() < 0.12:
            # an earlier part receipt or a credit note already reduced it
            balance = q(total * Decimal(R.choice(["0.25", "0.4", "0.5", "0.6", "0.75", "0.9"])))
        invs.append({
            "id": hexid("inv_", 8, USED_IDS),
            "number": number,
            "customer_id": c["id"],
            "customer_name": c["name"],
            "currency": cur,
            "total": total,
            "balance": balance,
            "issue_date": d,
            "due_date": d + timedelta(days=terms),
            # internal only
            "_taxable": taxable, "_rate": rate, "_series": ser, "_seq": seqs[ser],
            "_batch": b, "_sector": c["sector"], "_country": c["country"],
        })
    return invs


def invoice_json(inv):
    return {"id": inv["id"], "number": inv["number"], "customer_id": inv["customer_id"],
            "customer_name": inv["customer_name"], "currency": inv["currency"],
            "total": s2(inv["total"]), "balance": s2(inv["balance"]),
            "issue_date": inv["issue_date"].isoformat(), "due_date": inv["due_date"].isoformat()}


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---------------------------------------------------------------- bank text
IN_BANKS = ["SBIN", "HDFC", "ICIC", "UTIB", "KKBK", "PUNB", "BARB", "CNRB", "IDIB", "YESB", "IOBA", "UBIN"]
LK_BANKS = ["BOC", "COMB", "HNB", "SAMPATH", "NTB", "PEOPLES"]
BD_BANKS = ["DBBL", "BRAC BANK", "EBL", "SONALI", "IBBL", "CITY BANK", "PUBALI"]
INTL_BANKS = ["STANDARD CHARTERED BANK DHAKA", "HSBC COLOMBO", "DUTCH-BANGLA BANK LTD", "COMMERCIAL BANK OF CEYLON",
              "EASTERN BANK LTD", "HATTON NATIONAL BANK", "CITIBANK N.A. DHAKA", "BRAC BANK LTD"]
OUR = {"INR": "Navaratna Pharma & Textiles Ltd", "USD": "Navaratna Pharma & Textiles Ltd",
       "LKR": "Navaratna Lanka (Pvt) Ltd", "BDT": "Navaratna Bangladesh Ltd"}


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def julian(d):
    return "%d%03d" % (d.year % 10, d.timetuple().tm_yday)


def norm_name(s):
    out = []
    for ch in s.upper():
        out.append(ch if ch.isalnum() else " ")
    return " ".join("".join(out).split())


def trunc_name(name, n):
    t = norm_name(name)[:n].rstrip()
    return t


def unique_prefix_len(name, all_names):
    """Shortest prefix length (>= 12) of the normalised name that only it starts with."""
    full = norm_name(name)
    others = [norm_name(x) for x in all_names if x != name]
    for n in range(12, len(full) + 1):
        p = full[:n].rstrip()
        if not any(o.startswith(p) for o in others):
            return n
    return None


def narration(cur, channel, payer, remark, d):
    """A bank statement narration (the payment's `reference`)."""
    p = payer
    if cur == "INR":
        bank = R.choice(IN_BANKS)
        if channel == "NEFT":
            utr = bank + "N" + julian(d) + digits(8)
            return R.choice(["NEFT-%s-%s-%s" % (utr, p[:22], remark),
                             "NEFT CR %s %s %s" % (utr, p[:25], remark),
                             "BY NEFT/%s/%s/%s" % (utr, p[:20], remark)]).rstrip("-/ ")
        if channel == "RTGS":
            utr = bank + "R5" + d.strftime("%Y%m%d") + digits(8)
            return ("RTGS-%s-%s-%s" % (utr, p[:25], remark)).rstrip("- ")
        if channel == "IMPS":
            rrn = julian(d) + digits(8)
            return ("IMPS/P2A/%s/%s/%s" % (rrn, p[:12].replace(" ", ""), remark)).rstrip("/")
        if channel == "UPI":
            rrn = julian(d) + digits(8)
            vpa = p.split()[0].lower() + p.split()[-1][:4].lower() + R.choice(["@okhdfcbank", "@oksbi", "@ybl", "@paytm", "@icici"])
            return ("UPI/%s/%s/%s/%s" % (rrn, p[:14], vpa, remark)).rstrip("/")
        return ("CHQ DEP %s %s %s" % (digits(6), p[:20], remark)).rstrip()
    if cur == "LKR":
        bank = R.choice(LK_BANKS)
        if channel == "CEFTS":
            return ("CEFTS/%s/%s/%s" % (digits(10), p[:20], remark)).rstrip("/")
        if channel == "SLIPS":
            return ("SLIPS CR %s %s %s" % (bank, p[:20], remark)).rstrip()
        return ("RTGS LKR %s%s %s %s" % (bank[:3], digits(9), p[:24], remark)).rstrip()
    if cur == "BDT":
        if channel == "BEFTN":
            return ("BEFTN/%s/%s/TRN%s" % (p[:20], remark, digits(12))).replace("//", "/")
        if channel == "NPSB":
            return ("NPSB FT %s %s %s" % (digits(12), p[:16], remark)).rstrip()
        return ("BD-RTGS %s %s %s" % (R.choice(BD_BANKS), p[:24], remark)).rstrip()
    # USD
    if channel == "LC":
        return "EXP BILL REALISATION LC NO %s %s" % (digits(4) + "LC" + d.strftime("%y") + digits(6), remark)
    return R.choice(["SWIFT INW %s%s ORD:%s /RFB/%s" % (d.strftime("%y%m%d"), digits(8), p[:30], remark),
                     "INWARD REMIT FIRC NO %s %s %s" % (digits(10), p[:28], remark),
                     "MT103 %sFT%s %s %s" % (digits(4), digits(8), p[:30], remark)]).rstrip()


def channel_for(cur, amount):
    if cur == "INR":
        if amount >= 200000:
            return R.choice(["RTGS", "RTGS", "NEFT"])
        if amount < 50000:
            return R.choice(["UPI", "IMPS", "NEFT", "NEFT"])
        return R.choice(["NEFT", "NEFT", "NEFT", "IMPS"])
    if cur == "LKR":
        return R.choice(["CEFTS", "CEFTS", "SLIPS", "RTGS"])
    if cur == "BDT":
        return R.choice(["BEFTN", "BEFTN", "NPSB", "RTGS"])
    return R.choice(["SWIFT", "SWIFT", "SWIFT", "LC"])


def mention(inv, style=None):
    ser, per = inv["_series"]
    seq = inv["_seq"]
    style = style or R.choice(["full", "full", "full", "spaced", "nozero", "dash"])
    if style == "full":
        return inv["number"]
    if style == "dash":
        return inv["number"].replace("/", "-")
    if style == "spaced":
        return inv["number"].replace("/", " ").replace("-" + str(per) + "-", " %s " % per)
    if style == "nozero":
        if ser in ("GST", "EXP"):
            return "%s/%s/%d" % (ser, per, seq)
        if ser == "CMB":
            return "CMB/%s/%d" % (per, seq)
        return "DHK-%s-%d" % (per, seq)
    if style == "short":
        return R.choice(["INV %d", "INV NO %04d", "BILL NO %d", "Inv.%d", "INVOICE %04d"]) % seq
    raise ValueError(style)


def taxword(cur):
    return {"INR": "Rs.", "LKR": "LKR", "BDT": "Tk.", "USD": "USD"}[cur]


# ---------------------------------------------------------------- the engine of scenarios
class Book:
    def __init__(self, custs, invs):
        self.custs = custs
        self.cust = {c["id"]: c for c in custs}
        self.invs = invs
        self.inv = {i["id"]: i for i in invs}
        self.by_cust = defaultdict(list)
        for i in invs:
            i["_live"] = i["balance"]
            self.by_cust[i["customer_id"]].append(i)
        self.touched = set()
        self.fully_paid = []   # (inv id, payment) paid by a single-invoice payment
        self.part_paid = []    # inv ids left open on purpose by a part payment
        self.all_names = [c["name"] for c in custs]

    def open(self, cid, cur):
        return [i for i in self.by_cust[cid] if i["currency"] == cur and i["_live"] > 0]

    def fresh(self, pred=lambda i: True):
        return [i for i in self.invs if i["id"] not in self.touched and i["_live"] > 0 and pred(i)]

    def fits(self, cid, cur, amt, pairs=True):
        op = self.open(cid, cur)
        if any(i["_live"] == amt for i in op):
            return True
        if pairs:
            for a in range(len(op)):
                for b in range(a + 1, len(op)):
                    if op[a]["_live"] + op[b]["_live"] == amt:
                        return True
        return False

    def unique_amount(self, inv):
        op = self.open(inv["customer_id"], inv["currency"])
        same = [i for i in op if i["_live"] == inv["_live"]]
        if len(same) != 1:
            return False
        others = [i for i in op if i is not inv]
        for a in range(len(others)):
            for b in range(a + 1, len(others)):
                if others[a]["_live"] + others[b]["_live"] == inv["_live"]:
                    return False
        return True

    def seq_unique_for_cust(self, inv):
        return sum(1 for i in self.by_cust[inv["customer_id"]] if i["_seq"] == inv["_seq"]) == 1

    def apply(self, inv, amt):
        assert amt > 0 and inv["_live"] - amt >= 0, (inv["number"], inv["_live"], amt)
        inv["_live"] -= amt
        self.touched.add(inv["id"])

    def forge_same(self, a, b):
        """Make untouched invoice b carry the same open balance as a."""
        assert b["id"] not in self.touched and b["_live"] == b["balance"]
        b["total"] = b["balance"] = b["_live"] = a["_live"]
        b["_forged"] = True
        self.touched.add(b["id"])


def payer_of(book, c, unique=True, cid_known=False):
    """The remitter name as the bank shows it: upper case, punctuation gone, truncated."""
    full = norm_name(c["name"])
    if unique:
        n0 = unique_prefix_len(c["name"], book.all_names)
        assert n0 is not None, c["name"]
        n = max(n0, R.choice([18, 20, 22, 25, 30, 35]))
    else:
        n = R.choice([20, 25, 30, 35, 40])
    t = full[:n].rstrip()
    if R.random() < 0.12:
        t = "M S " + t if R.random() < 0.5 else "M/S " + t
    return t


def app(inv, amt):
    return {"invoice_id": inv["id"], "amount": s2(amt)}


def cand(*invs):
    return {"invoice_ids": [i["id"] for i in invs]}


def remit_table(cur, rows, d, payer, channel_ref=None, extra=None, header=None):
    """rows: (invoice, gross, deduction_text_or_None, net)."""
    lines = []
    lines.append(header or R.choice(["PAYMENT ADVICE", "Remittance Advice", "PAYMENT DETAILS", "Vendor Payment Advice"]))
    lines.append("From : %s" % payer)
    lines.append("To   : %s" % OUR[cur])
    lines.append("Date : %s" % dmy(d))
    lines.append("")
    lines.append("%-18s %-11s %14s %12s %14s" % ("Invoice No", "Inv Date", "Gross", "Deduction", "Net Paid"))
    tot = D0
    for inv, gross, ded, net in rows:
        lines.append("%-18s %-11s %14s %12s %14s" % (
            inv["number"], dmy(inv["issue_date"]), money(cur, gross), ded or "-", money(cur, net)))
        tot += net
    lines.append("%-18s %-11s %14s %12s %14s" % ("TOTAL", "", "", "", money(cur, tot)))
    if extra:
        lines.append("")
        lines.extend(extra)
    return "\n".join(lines)


# ---------------------------------------------------------------- scenarios
# each returns (payment fields, label fields) or None when the book has no fit left
def P(amount, cur, payer, cid, ref, rem):
    return {"amount": amount, "currency": cur, "payer_name": payer, "customer_id": cid,
            "reference": ref, "remittance": rem}


def L(status, apps, unapplied, reason, note, short_pay=None, candidates=None):
    return {"status": status, "applications": apps, "unapplied": unapplied, "short_pay": short_pay,
            "candidates": candidates or [], "reason": reason, "note": note}


def pick(lst):
    return R.choice(lst) if lst else None


CUR_WEIGHTS = ["INR"] * 6 + ["LKR"] * 2 + ["BDT"] + ["USD"] * 2


def sc_ref_exact(book, d, cid_null=None):
    cur = R.choice(CUR_WEIGHTS)
    inv = pick(book.fresh(lambda i: i["currency"] == cur))
    if not inv:
        return None
    c = book.cust[inv["customer_id"]]
    if cid_null is None:
        cid_null = R.random() < 0.35
    amt = inv["_live"]
    short_ok = (not cid_null) and book.seq_unique_for_cust(inv)
    m = mention(inv, "short" if short_ok and R.random() < 0.3 else None)
    payer = payer_of(book, c)
    ch = channel_for(cur, amt)
    partly = inv["_live"] < inv["total"]
    rem = None
    if R.random() < 0.45 or partly:
        if partly:
            rem = ("Dear Sir/Madam,\nWe have released %s %s towards balance due on your invoice %s dated %s "
                   "(invoice value %s, credit note adjusted).\nRegards\nAccounts Dept\n%s") % (
                taxword(cur), money(cur, amt), inv["number"], dmy(inv["issue_date"]), money(cur, inv["total"]), c["name"])
        else:
            rem = remit_table(cur, [(inv, amt, None, amt)], d, c["name"])
        ref = narration(cur, ch, payer, R.choice(["PAYMENT", "VENDOR PMT", "", m]), d)
    else:
        ref = narration(cur, ch, payer, m, d)
    pay = P(amt, cur, payer, None if cid_null else c["id"], ref, rem)
    book.apply(inv, amt)
    book.fully_paid.append((inv["id"], pay))
    why = "invoice %s named and amount equals its open balance" % inv["number"]
    if partly:
        why += " (balance after an earlier credit)"
    return pay, L("applied", [app(inv, amt)], "0.00", why,
                  "exact balance, %s via %s%s" % (cur, ch, ", customer_id null, payer name only" if cid_null else ""))


def sc_name_only_ref(book, d):
    r = sc_ref_exact(book, d, cid_null=True)
    return r


def sc_upi_small(book, d):
    inv = pick(book.fresh(lambda i: i["currency"] == "INR" and i["_sector"] == "pharma" and i["_live"] < 60000))
    if not inv:
        return None
    c = book.cust[inv["customer_id"]]
    payer = payer_of(book, c)
    amt = inv["_live"]
    m = mention(inv, R.choice(["nozero", "full", "dash"]))
    ref = narration("INR", R.choice(["UPI", "UPI", "IMPS"]), payer, m.replace("/", " "), d)
    pay = P(amt, "INR", payer, None, ref, None)
    book.apply(inv, amt)
    book.fully_paid.append((inv["id"], pay))
    return pay, L("applied", [app(inv, amt)], "0.00",
                  "invoice %s in the UPI/IMPS remark and amount equals its balance" % inv["number"],
                  "small chemist paying by UPI/IMPS, invoice number with slashes turned to spaces")


def sc_name_only_amount(book, d):
    def ok(i):
        if not book.unique_amount(i):
            return False
        # unique across the whole ledger in that currency as well
        return sum(1 for j in book.invs if j["currency"] == i["currency"] and j["_live"] == i["_live"]) == 1
    inv = pick(book.fresh(ok))
    if not inv:
        return None
    c = book.cust[inv["customer_id"]]
    payer = payer_of(book, c, unique=True)
    amt = inv["_live"]
    cur = inv["currency"]
    ref = narration(cur, channel_for(cur, amt), payer, R.choice(["PAYMENT", "TRADE PAYMENT", "BILL PAYMENT", ""]), d)
    pay = P(amt, cur, payer, None, ref, None)
    book.apply(inv, amt)
    book.fully_paid.append((inv["id"], pay))
    return pay, L("applied", [app(inv, amt)], "0.00",
                  "payer name identifies %s; amount equals the balance of %s and no other open invoice" % (c["name"], inv["number"]),
                  "no customer_id, no invoice number: truncated name plus a ledger-unique exact amount")


def sc_amount_only(book, d):
    inv = pick(book.fresh(lambda i: book.unique_amount(i)))
    if not inv:
        return None
    c = book.cust[inv["customer_id"]]
    payer = payer_of(book, c, unique=False)
    amt = inv["_live"]
    cur = inv["currency"]
    ref = narration(cur, channel_for(cur, amt), payer,
                    R.choice(["PAYMENT", "BEING PAYMENT OF DUES", "SUPPLIER PAYMENT", "TRF", "", "PMT AGAINST BILLS"]), d)
    pay = P(amt, cur, payer, c["id"], ref, None)
    book.apply(inv, amt)
    book.fully_paid.append((inv["id"], pay))
    return pay, L("applied", [app(inv, amt)], "0.00",
                  "customer known; amount equals the balance of %s and of no other open invoice or pair" % inv["number"],
                  "exact unique amount, no invoice reference")


def _cust_groups(book, minn, pred=lambda i: True):
    groups = defaultdict(list)
    for i in book.fresh(pred):
        groups[(i["customer_id"], i["currency"])].append(i)
    return [g for g in groups.values() if len(g) >= minn]


def sc_multi_list(book, d):
    groups = _cust_groups(book, 2)
    if not groups:
        return None
    g = R.choice(groups)
    k = R.randint(2, min(5, len(g)))
    chosen = sorted(R.sample(g, k), key=lambda i: i["_seq"])
    c = book.cust[chosen[0]["customer_id"]]
    cur = chosen[0]["currency"]
    amt = sum(i["_live"] for i in chosen)
    cid_null = R.random() < 0.35
    payer = payer_of(book, c)
    style = R.choice(["table", "inline", "slashes"])
    if style == "table":
        rem = remit_table(cur, [(i, i["_live"], None, i["_live"]) for i in chosen], d, c["name"])
        ref = narration(cur, channel_for(cur, amt), payer, R.choice(["PAYMENT", "MULTIPLE BILLS", ""]), d)
    elif style == "inline":
        rem = "Being payment of following bills: " + "; ".join(
            "%s %s %s" % (i["number"], taxword(cur), money(cur, i["_live"])) for i in chosen) + \
            ". Total %s %s." % (taxword(cur), money(cur, amt))
        ref = narration(cur, channel_for(cur, amt), payer, "", d)
    else:
        ser, per = chosen[0]["_series"]
        same = all(i["_series"] == (ser, per) for i in chosen)
        if same and ser in ("GST", "EXP"):
            txt = "%s/%s/" % (ser, per) + "/".join("%04d" % i["_seq"] for i in chosen)
        else:
            txt = ", ".join(i["number"] for i in chosen)
        rem = "INV NOS %s  TOTAL %s" % (txt, money(cur, amt))
        ref = narration(cur, channel_for(cur, amt), payer, "INVS " + " ".join(str(i["_seq"]) for i in chosen)[:30], d)
    pay = P(amt, cur, payer, None if cid_null else c["id"], ref, rem)
    apps = [app(i, i["_live"]) for i in chosen]
    for i in chosen:
        book.apply(i, i["_live"])
    return pay, L("applied", apps, "0.00",
                  "remittance lists %d invoices of %s and the amount equals their balances" % (len(chosen), c["name"]),
                  "multi-invoice remittance (%s)%s" % (style, ", customer_id null" if cid_null else ""))


def sc_multi_range(book, d):
    batches = defaultdict(list)
    for i in book.fresh(lambda i: i["_live"] == i["balance"]):
        batches[i["_batch"]].append(i)
    cands = [sorted(b, key=lambda i: i["_seq"]) for b in batches.values() if len(b) >= 3]
    cands = [b for b in cands if all(b[k + 1]["_seq"] == b[k]["_seq"] + 1 for k in range(len(b) - 1))]
    if not cands:
        return None
    chosen = R.choice(cands)
    c = book.cust[chosen[0]["customer_id"]]
    cur = chosen[0]["currency"]
    amt = sum(i["_live"] for i in chosen)
    payer = payer_of(book, c)
    first, last = chosen[0], chosen[-1]
    form = R.choice(["%s TO %04d", "%s - %04d", "BILL NO %d TO %d"])
    if form.startswith("BILL") and not all(book.seq_unique_for_cust(i) for i in chosen):
        form = "%s TO %04d"
    if form.startswith("BILL"):
        txt = form % (first["_seq"], last["_seq"])
    else:
        txt = form % (first["number"], last["_seq"])
    rem = R.choice(["Payment for invoices %s (%d bills) amounting to %s %s" % (txt, len(chosen), taxword(cur), money(cur, amt)),
                    "Dear Sir, we have paid %s %s against your bills %s dtd %s. Kindly acknowledge." % (
                        taxword(cur), money(cur, amt), txt, dmy(first["issue_date"]))])
    cid_null = txt.startswith("BILL") is False and R.random() < 0.3
    ref = narration(cur, channel_for(cur, amt), payer, "", d)
    pay = P(amt, cur, payer, None if cid_null else c["id"], ref, rem)
    apps = [app(i, i["_live"]) for i in chosen]
    for i in chosen:
        book.apply(i, i["_live"])
    return pay, L("applied", apps, "0.00",
                  "range %s covers %d open invoices of %s whose balances add up to the amount" % (txt, len(chosen), c["name"]),
                  "invoice range written as '%s'%s" % (txt, ", customer_id null" if cid_null else ""))


TDS_CHOICES = [
    # (label section, rate on taxable value, who)
    ("194Q", Decimal("0.001"), "any"),
    ("194Q", Decimal("0.001"), "any"),
    ("194C", Decimal("0.02"), "textile"),
    ("194C", Decimal("0.01"), "textile"),
    ("51 of the CGST Act", Decimal("0.02"), "pharma"),
    ("194H", Decimal("0.05"), "pharma"),
]


def sc_tds_short(book, d):
    inv = pick(book.fresh(lambda i: i["currency"] == "INR" and i["_live"] == i["total"] and not i.get("_forged")
                          and i["_taxable"] >= 20000))
    if not inv:
        return None
    c = book.cust[inv["customer_id"]]
    opts = [t for t in TDS_CHOICES if t[2] in ("any", inv["_sector"])]
    sec, rate, _ = R.choice(opts)
    tds = q((inv["_taxable"] * rate).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    net = inv["_live"] - tds
    label_sec = "TDS u/s " + sec
    pct = ("%s" % (rate * 100).normalize()) + "%"
    payer = payer_of(book, c)
    style = R.choice(["table", "letter", "ref"])
    if style == "table":
        ded = "TDS %s" % money("INR", tds)
        rem = remit_table("INR", [(inv, inv["_live"], ded, net)], d, c["name"],
                          extra=["TDS deducted u/s %s @ %s on taxable value Rs.%s. Form 16A will be issued after quarter end." % (
                              sec, pct, indian(inv["_taxable"]))])
        ref = narration("INR", channel_for("INR", net), payer, R.choice(["VENDOR PMT", ""]), d)
    elif style == "letter":
        rem = ("Dear Sir,\nPlease find payment of Rs. %s against invoice no. %s dt. %s for Rs. %s after deduction of "
               "TDS u/s %s @%s amounting to Rs. %s.\nThanking you,\nfor %s\nAuthorised Signatory") % (
            indian(net), mention(inv, "full"), dmy(inv["issue_date"]), indian(inv["_live"]), sec, pct, indian(tds), c["name"])
        ref = narration("INR", channel_for("INR", net), payer, "", d)
    else:
        rem = None
        short_sec = sec.split()[0]
        ref = narration("INR", "NEFT", payer, "%s LESS TDS %s %s" % (mention(inv, "spaced"), short_sec, indian(tds)), d)
    pay = P(net, "INR", payer, None if R.random() < 0.3 else c["id"], ref, rem)
    book.apply(inv, net)
    return pay, L("partial", [app(inv, net)], "0.00",
                  "%s paid net of %s %s" % (inv["number"], label_sec, indian(tds)),
                  "TDS short pay, section %s @ %s of taxable value, remittance style %s" % (sec, pct, style),
                  short_pay={"invoice_id": inv["id"], "amount": s2(tds), "reason": label_sec})


OTHER_SHORT = {
    "pharma": [("rate difference", "less rate difference as per revised price list"),
               ("breakage", "less breakage/damaged strips in transit"),
               ("expiry returns", "less near-expiry stock returned vide our debit note DN/%d" ),
               ("short supply", "less short supply of 2 cartons"),
               ("cash discount", "less 2%% cash discount for prompt payment")],
    "textile": [("quality claim", "less quality claim - shade variation in lot"),
                ("short supply", "less short receipt of 38.5 mtrs"),
                ("rate difference", "less rate difference on yarn count 40s"),
                ("freight", "less freight paid by us on your behalf"),
                ("cash discount", "less 2%% cash discount for prompt payment")],
}


def sc_other_short(book, d):
    inv = pick(book.fresh(lambda i: i["currency"] in ("INR", "LKR", "BDT") and i["_live"] > 30000))
    if not inv:
        return None
    c = book.cust[inv["customer_id"]]
    cur = inv["currency"]
    reason, text = R.choice(OTHER_SHORT[inv["_sector"]])
    if "%d" in text:
        text = text % R.randint(100, 999)
    text = text.replace("%%", "%")
    if reason == "cash discount":
        ded = q(inv["_live"] * Decimal("0.02"))
    else:
        ded = q(inv["_live"] * Decimal(R.choice(["0.004", "0.012", "0.03", "0.055", "0.08"])))
        if R.random() < 0.5:
            ded = q(ded.quantize(Decimal("1")))
    ded = max(ded, Decimal("1.00"))
    net = inv["_live"] - ded
    # sometimes the deduction sits on one line of a multi-invoice advice
    others = [i for i in book.fresh(lambda i: i["customer_id"] == inv["customer_id"] and i["currency"] == cur) if i is not inv]
    rows_inv = [inv] + (R.sample(others, min(len(others), R.randint(1, 2))) if others and R.random() < 0.4 else [])
    rows_inv.sort(key=lambda i: i["_seq"])
    rows = []
    for i in rows_inv:
        if i is inv:
            rows.append((i, i["_live"], money(cur, ded), net))
        else:
            rows.append((i, i["_live"], None, i["_live"]))
    amt = sum(r[3] for r in rows)
    payer = payer_of(book, c)
    rem = remit_table(cur, rows, d, c["name"], extra=["Deduction on %s: %s." % (inv["number"], text)])
    ref = narration(cur, channel_for(cur, amt), payer, "", d)
    pay = P(amt, cur, payer, c["id"], ref, rem)
    apps = [app(r[0], r[3]) for r in rows]
    for r in rows:
        book.apply(r[0], r[3])
    return pay, L("partial", apps, "0.00",
                  "remittance pays %s net of a stated %s deduction of %s" % (inv["number"], reason, money(cur, ded)),
                  "short pay with a stated reason (%s) on %d-line advice" % (reason, len(rows)),
                  short_pay={"invoice_id": inv["id"], "amount": s2(ded), "reason": reason})


def sc_lc_charges(book, d, exact=False):
    inv = pick(book.fresh(lambda i: i["currency"] == "USD" and i["_country"] in ("BD", "LK") and i["_live"] > 5000))
    if not inv:
        return None
    c = book.cust[inv["customer_id"]]
    lc = "%s%s%s" % (digits(4), R.choice(["LC", "BB", "EL"]), digits(8))
    bank = R.choice(INTL_BANKS)
    if exact:
        charges = D0
    else:
        charges = Decimal(R.choice(["45.00", "75.00", "95.00", "120.00", "150.00", "65.50"]))
    net = inv["_live"] - charges
    lines = ["WE ADVISE HAVING CREDITED YOUR ACCOUNT WITH USD %s" % western(net),
             "BEING PROCEEDS OF EXPORT BILL UNDER LC NO %s DTD %s" % (lc, dmy(inv["issue_date"] - timedelta(days=R.randint(20, 60)))),
             "APPLICANT: %s" % c["name"].upper(),
             "ISSUING BANK: %s" % bank,
             "YOUR BILL REF: %s  INVOICE VALUE USD %s" % (inv["number"], western(inv["_live"]))]
    if not exact:
        if charges >= 95:
            lines.append("LESS: DISCREPANCY FEE USD 75.00 AND REIMBURSEMENT CHARGES USD %s" % western(charges - 75))
        else:
            lines.append("LESS: OUR CHARGES USD %s" % western(charges))
    rem = "\n".join(lines)
    ref = "EXP BILL REALISATION LC %s %s" % (lc, R.choice([inv["number"], "BILL " + inv["number"].replace("/", "-")]))
    pay = P(net, "USD", norm_name(bank)[:30] if R.random() < 0.5 else norm_name(c["name"])[:30], c["id"] if R.random() < 0.6 else None, ref, rem)
    book.apply(inv, net)
    if exact:
        book.fully_paid.append((inv["id"], pay))
        return pay, L("applied", [app(inv, net)], "0.00", "LC bill realisation for %s at full value" % inv["number"],
                      "letter of credit proceeds, no charges deducted; payer may be the issuing bank")
    return pay, L("partial", [app(inv, net)], "0.00",
                  "LC proceeds for %s less bank charges USD %s" % (inv["number"], western(charges)),
                  "letter of credit proceeds short by bank / discrepancy charges; payer may be the issuing bank",
                  short_pay={"invoice_id": inv["id"], "amount": s2(charges), "reason": "bank charges"})


def sc_lc_exact(book, d):
    return sc_lc_charges(book, d, exact=True)


def sc_part_payment(book, d):
    inv = pick(book.fresh(lambda i: i["currency"] != "USD" and i["_live"] > 80000 or i["currency"] == "USD" and i["_live"] > 8000))
    if not inv:
        return None
    c = book.cust[inv["customer_id"]]
    cur = inv["currency"]
    frac = Decimal(R.choice(["0.25", "0.3", "0.4", "0.5", "0.5", "0.6"]))
    step = Decimal("1000") if cur != "USD" else Decimal("100")
    amt = q((inv["_live"] * frac / step).quantize(Decimal("1")) * step)
    if amt <= 0 or amt >= inv["_live"]:
        return None
    payer = payer_of(book, c)
    m = mention(inv, "full")
    rem = R.choice([
        "Part payment against invoice %s. Balance will be released next month." % m,
        "1st instalment of %s %s against bill no. %s as discussed with your Mr. Ramesh." % (taxword(cur), money(cur, amt), m),
        "Being part payment towards %s (total %s %s)." % (m, taxword(cur), money(cur, inv["_live"])),
        "ADHOC PART PAYMENT AGST %s - BALANCE AFTER RECONCILIATION" % m,
    ])
    ref = narration(cur, channel_for(cur, amt), payer, R.choice(["PART PMT", "PART PAYMENT", ""]), d)
    pay = P(amt, cur, payer, c["id"], ref, rem)
    book.apply(inv, amt)
    book.part_paid.append(inv["id"])
    return pay, L("partial", [app(inv, amt)], "0.00",
                  "stated part payment of %s; the rest stays open" % inv["number"],
                  "explicit part payment / instalment, no deduction claimed")


def sc_balance_after_part(book, d):
    ids = [x for x in book.part_paid if book.inv[x]["_live"] > 0]
    if not ids:
        return None
    inv = book.inv[R.choice(ids)]
    book.part_paid.remove(inv["id"])
    c = book.cust[inv["customer_id"]]
    cur = inv["currency"]
    amt = inv["_live"]
    payer = payer_of(book, c)
    rem = "Balance payment against invoice %s after part payment made earlier. Invoice now fully settled." % inv["number"]
    ref = narration(cur, channel_for(cur, amt), payer, R.choice(["BAL PMT", mention(inv, "spaced")]), d)
    pay = P(amt, cur, payer, c["id"] if R.random() < 0.6 else None, ref, rem)
    book.apply(inv, amt)
    book.fully_paid.append((inv["id"], pay))
    return pay, L("applied", [app(inv, amt)], "0.00",
                  "settles the balance %s left open by an earlier part payment in this file" % inv["number"],
                  "depends on replay order: balance is what the earlier part payment left")


def sc_overpayment(book, d):
    inv = pick(book.fresh(lambda i: i["_live"] > 5000))
    if not inv:
        return None
    c = book.cust[inv["customer_id"]]
    cur = inv["currency"]
    if inv["_live"] < inv["total"] and R.random() < 0.7:
        amt = inv["total"]
        kind = "paid the full invoice value although a credit already reduced the balance"
    else:
        step = Decimal(R.choice(["100", "1000"])) if cur != "USD" else Decimal("10")
        amt = q(((inv["_live"] / step).to_integral_value(rounding="ROUND_CEILING") + R.choice([0, 0, 1])) * step)
        if amt == inv["_live"]:
            amt += step
        kind = "rounded the payment up"
    extra = amt - inv["_live"]
    payer = payer_of(book, c)
    ref = narration(cur, channel_for(cur, amt), payer, mention(inv), d)
    rem = None
    if R.random() < 0.5:
        rem = "Payment of %s %s towards invoice %s." % (taxword(cur), money(cur, amt), inv["number"])
    pay = P(amt, cur, payer, c["id"] if R.random() < 0.7 else None, ref, rem)
    applied = inv["_live"]
    book.apply(inv, applied)
    book.fully_paid.append((inv["id"], pay))
    return pay, L("unapplied", [app(inv, applied)], s2(extra),
                  "%s settled; the excess %s is held on account" % (inv["number"], money(cur, extra)),
                  "overpayment: customer %s" % kind)


def sc_duplicate_payment(book, d):
    cands = [(x, p) for x, p in book.fully_paid if book.inv[x]["_live"] == 0]
    cands = [(x, p) for x, p in cands if not book.fits(book.inv[x]["customer_id"], book.inv[x]["currency"], p["amount"])]
    if not cands:
        return None
    x, prev = R.choice(cands)
    book.fully_paid = [t for t in book.fully_paid if t[0] != x]
    inv = book.inv[x]
    c = book.cust[inv["customer_id"]]
    cur = inv["currency"]
    amt = prev["amount"]
    payer = payer_of(book, c)
    ref = narration(cur, channel_for(cur, amt), payer, mention(inv, "full"), d)
    pay = P(amt, cur, payer, c["id"], ref, None)
    return pay, L("unapplied", [], s2(amt),
                  "%s was already settled by an earlier payment in this file; held as unapplied cash" % inv["number"],
                  "second payment of an already paid invoice (customer paid twice)")


def _no_fit_amount(book, cid, cur, lo, hi, round_to):
    for _ in range(50):
        amt = q(Decimal(R.randint(int(lo / round_to), int(hi / round_to))) * round_to)
        if not book.fits(cid, cur, amt):
            return amt
    return None


def sc_advance(book, d):
    c = R.choice([c for c in book.custs if c["country"] == "IN" or R.random() < 0.3])
    cur = c["currencies"][0]
    step = Decimal("1000") if cur != "USD" else Decimal("500")
    amt = _no_fit_amount(book, c["id"], cur, Decimal("50000") if cur != "USD" else Decimal("5000"),
                         Decimal("900000") if cur != "USD" else Decimal("60000"), step)
    if amt is None:
        return None
    # a proforma / PO number that looks like one of our invoice numbers (often another customer's)
    own = {k["_seq"] for k in book.by_cust[c["id"]]}
    look = pick([i for i in book.invs if i["currency"] == cur and i["customer_id"] != c["id"] and i["_seq"] not in own])
    per = look["_series"][1] if look else "25-26"
    seq = look["_seq"] if look else R.randint(100, 999)
    if cur in ("INR", "USD"):
        doc = R.choice(["PI/%s/%04d" % (per, seq), "PROFORMA INV NO %s/%04d" % (per, seq), "PO NO %s/%04d" % (per, seq)])
    else:
        doc = R.choice(["PI NO %d" % seq, "PO %s-%d" % (per, seq)])
    payer = payer_of(book, c, unique=False)
    rem = R.choice(["Advance payment against %s for supply of %s." % (doc, "medicines" if c["sector"] == "pharma" else "yarn/fabric"),
                    "100%% ADVANCE AGAINST %s" % doc,
                    "Advance for order %s - please dispatch at the earliest." % doc])
    ref = narration(cur, channel_for(cur, amt), payer, "ADVANCE", d)
    pay = P(amt, cur, payer, c["id"], ref, rem)
    return pay, L("unapplied", [], s2(amt),
                  "advance against %s; no invoice exists yet, held on the customer's account" % doc,
                  "advance payment; the PI/PO number %s resembles an invoice number" % doc)


def sc_on_account(book, d):
    c = R.choice([c for c in book.custs if book.open(c["id"], c["currencies"][0])])
    cur = c["currencies"][0]
    step = Decimal("10000") if cur != "USD" else Decimal("1000")
    amt = _no_fit_amount(book, c["id"], cur, step * 2, step * 60, step)
    if amt is None:
        return None
    payer = payer_of(book, c, unique=False)
    rem = R.choice([None, "On account payment. Bill-wise details will follow.", "ON ACCOUNT - AGAINST OUTSTANDING"])
    ref = narration(cur, channel_for(cur, amt), payer, R.choice(["ON ACCOUNT", "ON AC PMT", "OUTSTANDING"]), d)
    pay = P(amt, cur, payer, c["id"], ref, rem)
    return pay, L("unapplied", [], s2(amt),
                  "round on-account payment from a known customer that fits no invoice or pair",
                  "on-account lump, no bill-wise details")


def sc_ambiguous_same(book, d):
    groups = _cust_groups(book, 2, lambda i: i["_live"] == i["balance"])
    if not groups:
        return None
    g = R.choice(groups)
    a, b = R.sample(g, 2)
    book.forge_same(a, b)
    if len([i for i in book.open(a["customer_id"], a["currency"]) if i["_live"] == a["_live"]]) != 2:
        return None
    c = book.cust[a["customer_id"]]
    cur = a["currency"]
    amt = a["_live"]
    payer = payer_of(book, c, unique=False)
    ref = narration(cur, channel_for(cur, amt), payer, R.choice(["PAYMENT", "BILL PMT", "", "AGAINST INVOICE"]), d)
    pay = P(amt, cur, payer, c["id"], ref, None)
    book.touched.add(a["id"])
    first, second = sorted([a, b], key=lambda i: (i["due_date"], i["_seq"]))
    return pay, L("review", [], s2(amt),
                  "amount equals the balance of both %s and %s; nothing says which" % (first["number"], second["number"]),
                  "two open invoices of the same customer with the same balance; candidates oldest due first",
                  candidates=[cand(first), cand(second)])


def sc_ambiguous_name(book, d):
    opts = []
    for _, _, n1, n2 in TWINS:
        c1 = next(c for c in book.custs if c["name"] == n1)
        c2 = next(c for c in book.custs if c["name"] == n2)
        for cur in set(c1["currencies"]) & set(c2["currencies"]):
            f1 = [i for i in book.fresh(lambda i: i["customer_id"] == c1["id"] and i["currency"] == cur and i["_live"] == i["balance"])]
            f2 = [i for i in book.fresh(lambda i: i["customer_id"] == c2["id"] and i["currency"] == cur and i["_live"] == i["balance"])]
            if f1 and f2:
                opts.append((c1, c2, cur, f1, f2))
    if not opts:
        return None
    c1, c2, cur, f1, f2 = R.choice(opts)
    a, b = R.choice(f1), R.choice(f2)
    if R.random() < 0.5:
        a, b = b, a
    book.forge_same(a, b)
    book.touched.add(a["id"])
    n1, n2 = norm_name(c1["name"]), norm_name(c2["name"])
    k = 0
    while k < min(len(n1), len(n2)) and n1[k] == n2[k]:
        k += 1
    payer = n1[:k].rstrip()
    amt = a["_live"]
    ref = narration(cur, channel_for(cur, amt), payer, R.choice(["PAYMENT", "PMT", ""]), d)
    pay = P(amt, cur, payer, None, ref, None)
    first, second = sorted([a, b], key=lambda i: (i["due_date"], i["_seq"]))
    return pay, L("review", [], s2(amt),
                  "truncated payer name fits both %s and %s, each with an open invoice of exactly this amount" % (c1["name"], c2["name"]),
                  "bank cut the payer name at the prefix two customers share",
                  candidates=[cand(first), cand(second)])


def sc_lump_subset(book, d):
    groups = _cust_groups(book, 3)
    if not groups:
        return None
    g = R.choice(groups)
    a, b = sorted(R.sample(g, 2), key=lambda i: i["_seq"])
    amt = a["_live"] + b["_live"]
    if book.fits(a["customer_id"], a["currency"], amt, pairs=False):
        return None
    c = book.cust[a["customer_id"]]
    cur = a["currency"]
    payer = payer_of(book, c, unique=False)
    ref = narration(cur, channel_for(cur, amt), payer, R.choice(["PAYMENT", "TRF", ""]), d)
    pay = P(amt, cur, payer, c["id"], ref, None)
    book.touched.update([a["id"], b["id"]])
    return pay, L("review", [], s2(amt),
                  "no remittance; the amount equals %s + %s but that pairing is only inferred" % (a["number"], b["number"]),
                  "lump with no advice that happens to equal two invoices",
                  candidates=[cand(a, b)])


def sc_lump_statement(book, d):
    groups = defaultdict(list)
    for i in book.invs:
        if i["_live"] > 0:
            groups[(i["customer_id"], i["currency"])].append(i)
    ok = [g for g in groups.values() if 2 <= len(g) <= 4 and all(i["id"] not in book.touched for i in g)]
    if not ok:
        return None
    g = sorted(R.choice(ok), key=lambda i: i["_seq"])
    c = book.cust[g[0]["customer_id"]]
    cur = g[0]["currency"]
    amt = sum(i["_live"] for i in g)
    payer = payer_of(book, c)
    rem = R.choice([
        "Payment in full settlement of your statement of account as on 30.11.2025 (closing balance %s %s)." % (taxword(cur), money(cur, amt)),
        "Dear Sir, as per your ledger confirmation we have cleared the entire outstanding of %s %s. Please confirm NIL balance." % (taxword(cur), money(cur, amt)),
    ])
    ref = narration(cur, channel_for(cur, amt), payer, "FULL SETTLEMENT", d)
    pay = P(amt, cur, payer, c["id"], ref, rem)
    apps = [app(i, i["_live"]) for i in g]
    for i in g:
        book.apply(i, i["_live"])
    return pay, L("applied", apps, "0.00",
                  "advice settles the whole statement; amount equals all %d open %s invoices of the customer" % (len(g), cur),
                  "statement settlement without invoice numbers")


def sc_ref_conflict(book, d):
    groups = _cust_groups(book, 2)
    if not groups:
        return None
    g = R.choice(groups)
    a, b = R.sample(g, 2)
    if a["_live"] == b["_live"] or not book.unique_amount(b):
        return None
    c = book.cust[a["customer_id"]]
    cur = a["currency"]
    amt = b["_live"]
    payer = payer_of(book, c, unique=False)
    ref = narration(cur, channel_for(cur, amt), payer, mention(a, "full"), d)
    pay = P(amt, cur, payer, c["id"], ref, None)
    book.touched.update([a["id"], b["id"]])
    return pay, L("review", [], s2(amt),
                  "reference names %s (balance %s) but the amount is exactly the balance of %s" % (
                      a["number"], money(cur, a["_live"]), b["number"]),
                  "reference and amount point at different invoices; exact-amount candidate first",
                  candidates=[cand(b), cand(a)])


FX = {"LKR": Decimal("298.75"), "BDT": Decimal("122.40")}


def sc_cross_currency(book, d):
    inv = pick(book.fresh(lambda i: i["currency"] == "USD" and i["_country"] in ("LK", "BD")))
    if not inv:
        return None
    c = book.cust[inv["customer_id"]]
    cur = "LKR" if c["country"] == "LK" else "BDT"
    amt = q(inv["_live"] * FX[cur])
    if book.fits(c["id"], cur, amt):
        return None
    payer = payer_of(book, c, unique=False)
    ref = narration(cur, channel_for(cur, amt), payer, inv["number"].replace("/", " "), d)
    rem = "Payment for your invoice %s (USD %s) converted at %s %s per USD." % (inv["number"], western(inv["_live"]), cur, FX[cur])
    pay = P(amt, cur, payer, c["id"], ref, rem)
    book.touched.add(inv["id"])
    return pay, L("review", [], s2(amt),
                  "paid in %s against USD invoice %s; cash cannot be applied across currencies" % (cur, inv["number"]),
                  "local-currency payment of a USD export invoice; no same-currency candidate")


STRANGERS = ["RAJESH KUMAR", "SELF", "CASH DEP BR 0452", "MOHAMMED IQBAL", "A K ENTERPRISES", "S PERERA",
             "M RAHMAN", "NEW LIFE TRADING CO", "SURESH BABU K", "ABDUL KARIM"]


def sc_unknown_payer(book, d):
    cur = R.choice(["INR", "INR", "LKR", "BDT"])
    payer = R.choice(STRANGERS)
    if any(norm_name(n).startswith(norm_name(payer)) for n in book.all_names):
        return None
    STRANGERS.remove(payer)
    for _ in range(50):
        amt = rnd_amount(2000, 90000, paise=R.random() < 0.5)
        if not any(i["currency"] == cur and i["_live"] == amt for i in book.invs):
            break
    ref = narration(cur, channel_for(cur, amt), payer, R.choice(["PAYMENT", "", "BILL"]), d)
    pay = P(amt, cur, payer, None, ref, None)
    return pay, L("review", [], s2(amt),
                  "payer matches no customer and nothing in the text identifies an invoice",
                  "unknown remitter")


def sc_po_lookalike(book, d):
    inv = pick(book.fresh(lambda i: i["currency"] == "INR" and book.unique_amount(i)))
    if not inv:
        return None
    c = book.cust[inv["customer_id"]]
    own = {k["_seq"] for k in book.by_cust[c["id"]]}
    look = pick([i for i in book.invs if i["currency"] == "INR" and i["customer_id"] != c["id"] and i["_live"] > 0
                 and i["_seq"] not in own])
    po = R.choice(["PO NO %s/%04d" % (look["_series"][1], look["_seq"]),
                   "OUR PO %s/%04d" % (look["_series"][1], look["_seq"]),
                   "P.O.NO. %04d DT %s" % (look["_seq"], dmy(inv["issue_date"] - timedelta(days=12)))])
    amt = inv["_live"]
    payer = payer_of(book, c, unique=False)
    ref = narration("INR", channel_for("INR", amt), payer, po[:28], d)
    pay = P(amt, "INR", payer, c["id"], ref, "Payment against %s." % po if R.random() < 0.5 else None)
    book.apply(inv, amt)
    book.fully_paid.append((inv["id"], pay))
    return pay, L("applied", [app(inv, amt)], "0.00",
                  "customer known; amount equals the balance of %s only; '%s' is the customer's PO, not our invoice" % (inv["number"], po),
                  "PO number shaped like invoice %s of another customer" % look["number"])


def sc_utr_lookalike(book, d):
    inv = pick(book.fresh(lambda i: i["currency"] == "INR"))
    if not inv:
        return None
    c = book.cust[inv["customer_id"]]
    others = [i for i in book.by_cust[c["id"]] if i is not inv and i["_live"] > 0 and i["currency"] == "INR"
              and i["_live"] != inv["_live"]]
    look = R.choice(others) if others else pick([i for i in book.invs if i["currency"] == "INR" and i is not inv])
    amt = inv["_live"]
    payer = payer_of(book, c)
    rrn = julian(d) + "%04d" % look["_seq"] + digits(4)
    ref = "IMPS/P2A/%s/%s/VENDOR PMT" % (rrn, payer[:12].replace(" ", ""))
    rem = remit_table("INR", [(inv, amt, None, amt)], d, c["name"], extra=["UTR/RRN: %s" % rrn])
    pay = P(amt, "INR", payer, c["id"] if R.random() < 0.5 else None, ref, rem)
    book.apply(inv, amt)
    book.fully_paid.append((inv["id"], pay))
    return pay, L("applied", [app(inv, amt)], "0.00",
                  "advice names %s with its exact balance; the digits %04d inside the RRN are not an invoice number" % (
                      inv["number"], look["_seq"]),
                  "IMPS RRN contains the sequence of %s" % look["number"])


def sc_fy_short(book, d):
    olds = {i["_seq"]: i for i in book.invs if i["_series"] == ("GST", "24-25")}
    inv = pick(book.fresh(lambda i: i["_series"] == ("GST", "25-26") and i["_seq"] in olds
                          and olds[i["_seq"]]["customer_id"] != i["customer_id"] and book.seq_unique_for_cust(i)))
    if not inv:
        return None
    old = olds[inv["_seq"]]
    c = book.cust[inv["customer_id"]]
    amt = inv["_live"]
    payer = payer_of(book, c, unique=False)
    m = mention(inv, "short")
    ref = narration("INR", channel_for("INR", amt), payer, m, d)
    pay = P(amt, "INR", payer, c["id"], ref, None)
    book.apply(inv, amt)
    book.fully_paid.append((inv["id"], pay))
    return pay, L("applied", [app(inv, amt)], "0.00",
                  "'%s' with the customer's own invoice %s and its exact balance" % (m, inv["number"]),
                  "short number without FY; %s of another customer shares the sequence" % old["number"])


def sc_amount_lookalike(book, d):
    """A small residual balance whose rupee figure reads like another customer's invoice number."""
    inv = pick(book.fresh(lambda i: i["currency"] == "INR" and i["_live"] == i["balance"] and i["total"] > 20000))
    if not inv:
        return None
    mine = {j["_live"] for j in book.open(inv["customer_id"], "INR")}
    looks = [j for j in book.invs if j["_series"][0] == "GST" and j["customer_id"] != inv["customer_id"]
             and j["_seq"] >= 1000 and Decimal(j["_seq"]) not in mine
             and not any(k["_seq"] == j["_seq"] for k in book.by_cust[inv["customer_id"]])]
    look = pick(looks)
    if not look:
        return None
    val = q(Decimal(look["_seq"]))
    inv["balance"] = inv["_live"] = val
    inv["_forged"] = True
    book.touched.add(inv["id"])
    if not book.unique_amount(inv):
        return None
    c = book.cust[inv["customer_id"]]
    payer = payer_of(book, c, unique=False)
    ref = narration("INR", R.choice(["IMPS", "UPI", "NEFT"]), payer, R.choice(["BAL %d", "BALANCE %d", "RS %d BAL"]) % look["_seq"], d)
    rem = R.choice([None, "Balance amount of Rs.%d/- cleared. Please send NIL balance confirmation." % look["_seq"]])
    pay = P(val, "INR", payer, c["id"], ref, rem)
    book.apply(inv, val)
    book.fully_paid.append((inv["id"], pay))
    return pay, L("applied", [app(inv, val)], "0.00",
                  "customer known; %s is the balance left on %s and of no other open invoice; the figure is an amount, not an invoice number" % (
                      indian(val), inv["number"]),
                  "residual balance Rs.%d reads like invoice %s of another customer" % (look["_seq"], look["number"]))


def sc_on_behalf(book, d):
    inv = pick(book.fresh(lambda i: i["currency"] == "INR"))
    if not inv:
        return None
    cy = book.cust[inv["customer_id"]]
    cx = R.choice([c for c in book.custs if c["country"] == "IN" and c["id"] != cy["id"] and c["sector"] == cy["sector"]])
    amt = inv["_live"]
    payer = payer_of(book, cx, unique=False)
    rem = ("We are making this payment on behalf of our group concern %s against their invoice %s for Rs. %s. "
           "Kindly account in their ledger.") % (cy["name"], inv["number"], indian(amt))
    ref = narration("INR", channel_for("INR", amt), payer, "ON BEHALF OF GROUP CO", d)
    pay = P(amt, "INR", payer, cx["id"], ref, rem)
    book.apply(inv, amt)
    return pay, L("applied", [app(inv, amt)], "0.00",
                  "advice says paid on behalf of %s against %s at its exact balance" % (cy["name"], inv["number"]),
                  "third-party payer (customer_id is the payer's) explicitly paying a group company's invoice")


# ---------------------------------------------------------------- bad input rows
def err_negative(book, d):
    c = R.choice([c for c in book.custs if c["country"] == "IN"])
    amt = rnd_amount(10000, 300000)
    payer = payer_of(book, c, unique=False)
    ref = R.choice(["NEFT RETURN-%s-%s-A/C CLOSED" % ("SBIN" + "N" + julian(d) + digits(8), payer[:20]),
                    "REV OF RTGS CR %s %s" % ("HDFCR5" + d.strftime("%Y%m%d") + digits(8), payer[:20])])
    pay = P("-" + s2(amt), "INR", payer, c["id"], ref, None)
    return pay, {"error": "negative amount", "note": "bank return / reversal posted as a negative receipt"}


def err_currency(book, d):
    c = R.choice([c for c in book.custs if c["country"] != "IN"])
    cur = R.choice(["EUR", "AED", "GBP"])
    amt = rnd_amount(2000, 40000)
    payer = payer_of(book, c, unique=False)
    pay = P(s2(amt), cur, payer, c["id"], "SWIFT INW %s ORD:%s" % (digits(14), payer[:30]), None)
    return pay, {"error": "currency %s: no invoice is in that currency" % cur, "note": "currency that no invoice uses"}


MALFORMED = ["Rs.45,000", "12O50.00", "1.18.000,00", "USD 4,250.00"]


def err_malformed(book, d):
    c = R.choice([c for c in book.custs if c["country"] == "IN"])
    raw = MALFORMED.pop(0)
    payer = payer_of(book, c, unique=False)
    pay = P(raw, "USD" if raw.startswith("USD") else "INR", payer, c["id"],
            narration("INR", "NEFT", payer, "PAYMENT", d), None)
    return pay, {"error": "malformed amount %r" % raw, "note": "amount is not a plain decimal string"}


def err_missing_date(book, d):
    c = R.choice([c for c in book.custs if c["country"] == "IN"])
    amt = rnd_amount(10000, 200000)
    payer = payer_of(book, c, unique=False)
    pay = P(s2(amt), "INR", payer, c["id"], narration("INR", "NEFT", payer, "PAYMENT", d), None)
    pay["_nodate"] = True
    return pay, {"error": "missing payment date", "note": "date null or empty in the bank file"}


SCENARIOS = [
    # name, function, count, dependent-on-earlier-rows
    ("ref_exact", sc_ref_exact, 83, False),
    ("name_only_ref", sc_name_only_ref, 24, False),
    ("upi_small", sc_upi_small, 12, False),
    ("name_only_amount", sc_name_only_amount, 10, False),
    ("amount_only", sc_amount_only, 24, False),
    ("multi_list", sc_multi_list, 30, False),
    ("multi_range", sc_multi_range, 10, False),
    ("tds_short", sc_tds_short, 30, False),
    ("other_short", sc_other_short, 12, False),
    ("lc_charges", sc_lc_charges, 10, False),
    ("lc_exact", sc_lc_exact, 5, False),
    ("part_payment", sc_part_payment, 12, False),
    ("balance_after_part", sc_balance_after_part, 8, True),
    ("overpayment", sc_overpayment, 12, False),
    ("duplicate_payment", sc_duplicate_payment, 8, True),
    ("advance", sc_advance, 10, False),
    ("on_account", sc_on_account, 6, False),
    ("ambiguous_same_amount", sc_ambiguous_same, 15, False),
    ("ambiguous_name", sc_ambiguous_name, 5, False),
    ("lump_subset_noref", sc_lump_subset, 8, False),
    ("lump_statement", sc_lump_statement, 6, False),
    ("ref_amount_conflict", sc_ref_conflict, 6, False),
    ("cross_currency", sc_cross_currency, 6, False),
    ("unknown_payer", sc_unknown_payer, 6, False),
    ("po_lookalike", sc_po_lookalike, 8, False),
    ("utr_lookalike", sc_utr_lookalike, 8, False),
    ("fy_short_number", sc_fy_short, 6, False),
    ("on_behalf", sc_on_behalf, 4, False),
    ("amount_lookalike", sc_amount_lookalike, 6, False),
    ("err_negative", err_negative, 2, False),
    ("err_currency", err_currency, 2, False),
    ("err_malformed", err_malformed, 2, False),
    ("err_missing_date", err_missing_date, 2, False),
    ("err_duplicate_id", None, 2, True),
]


def payment_dates(n):
    days = []
    d = date(2025, 12, 1)
    while d <= date(2026, 1, 30):
        if d.weekday() != 6 and (d.month, d.day) not in ((12, 25), (1, 26)):
            days.append(d)
        d += timedelta(days=1)
    return sorted(R.choice(days) for _ in range(n))


def generate(book):
    indep, dep = [], []
    for name, fn, n, is_dep in SCENARIOS:
        (dep if is_dep else indep).extend([name] * n)
    R.shuffle(indep)
    order = list(indep)
    for name in dep:
        pos = R.randint(int(len(order) * 0.45), len(order))
        order.insert(pos, name)
    fns = {name: fn for name, fn, _, _ in SCENARIOS}
    dates = payment_dates(len(order))
    payments, labels = [], []
    for k, name in enumerate(order):
        d = dates[k]
        if name == "err_duplicate_id":
            prev = [j for j in range(len(payments)) if labels[j]["status"] != "error" and payments[j]["date"] == d.isoformat()]
            prev = [j for j in range(len(payments)) if labels[j]["status"] != "error"][-1:] if not prev else prev[-1:]
            pj = dict(payments[prev[0]])
            payments.append(pj)
            labels.append({"payment_id": pj["id"], "status": "error", "applications": [], "unapplied": None,
                           "short_pay": None, "candidates": [], "reason": "rejected: duplicate payment id",
                           "error": "duplicate payment id %s" % pj["id"], "scenario": name,
                           "note": "the bank file repeats an earlier row with the same id; the first one counts"})
            continue
        res = fns[name](book, d)
        used = name
        if res is None:
            res = sc_ref_exact(book, d)
            used = "ref_exact"
        pay, lab = res
        pid = hexid("rcpt_", 10, USED_IDS)
        pj = {"id": pid, "date": d.isoformat(), "amount": pay["amount"] if isinstance(pay["amount"], str) else s2(pay["amount"]),
              "currency": pay["currency"], "payer_name": pay["payer_name"], "customer_id": pay["customer_id"],
              "reference": pay["reference"], "remittance": pay["remittance"]}
        if pay.get("_nodate"):
            pj["date"] = None if not any(l.get("error", "").startswith("missing") for l in labels) else ""
        payments.append(pj)
        if used.startswith("err_"):
            labels.append({"payment_id": pid, "status": "error", "applications": [], "unapplied": None,
                           "short_pay": None, "candidates": [], "reason": "rejected: " + lab["error"],
                           "error": lab["error"], "scenario": used, "note": lab["note"]})
        else:
            lab = dict(lab)
            lab["payment_id"] = pid
            lab["scenario"] = used
            labels.append({k2: lab[k2] for k2 in ("payment_id", "status", "applications", "unapplied", "short_pay",
                                                  "candidates", "reason", "scenario", "note")})
    return payments, labels


# ---------------------------------------------------------------- replay check (arithmetic)
def replay(invoices, payments, labels):
    bal = {i["id"]: Decimal(i["balance"]) for i in invoices}
    cur = {i["id"]: i["currency"] for i in invoices}
    assert len(payments) == len(labels)
    for p, l in zip(payments, labels):
        assert p["id"] == l["payment_id"]
        if l["status"] == "error":
            assert l["applications"] == [] and l.get("error")
            continue
        amt = Decimal(p["amount"])
        tot = Decimal(l["unapplied"])
        for a in l["applications"]:
            x = Decimal(a["amount"])
            assert x > 0 and cur[a["invoice_id"]] == p["currency"], (p["id"], a)
            bal[a["invoice_id"]] -= x
            assert bal[a["invoice_id"]] >= 0, (p["id"], a)
            tot += x
        assert tot == amt, (p["id"], tot, amt)
        if l["status"] == "review":
            assert not l["applications"] and l["unapplied"] == p["amount"]
        if l["short_pay"]:
            assert bal[l["short_pay"]["invoice_id"]] == Decimal(l["short_pay"]["amount"]), p["id"]
    return bal


def main():
    custs = build_customers()
    invs = build_invoices(custs)
    book = Book(custs, invs)
    payments, labels = generate(book)
    inv_json = [invoice_json(i) for i in invs]
    replay(inv_json, payments, labels)
    os.makedirs(OUT, exist_ok=True)
    dump(os.path.join(OUT, "invoices.json"), inv_json)
    dump(os.path.join(OUT, "payments.json"), payments)
    dump(os.path.join(OUT, "labels.json"), labels)
    write_readme(custs, inv_json, payments, labels)


SCEN_DOC = {
    "ref_exact": "invoice number in the bank narration or the advice (full, spaced, dash, no leading zeros, or a short `BILL NO 408` when customer_id is given) and the exact open balance",
    "name_only_ref": "as ref_exact but customer_id is null: only a truncated upper-case payer name",
    "upi_small": "small chemists paying by UPI/IMPS with the invoice number in the remark",
    "name_only_amount": "no customer_id, no invoice number; the truncated name is a prefix of exactly one customer and the amount is unique in the whole ledger",
    "amount_only": "customer known, no invoice number; the amount equals one open balance of that customer and no other balance or pair",
    "multi_list": "advice lists 2-5 invoices (table with Indian grouping, inline list, or `GST/25-26/0118/0119`)",
    "multi_range": "advice gives a range (`GST/25-26/0463 TO 0466`, `BILL NO 463 TO 466`) of consecutive invoices",
    "tds_short": "Indian TDS deducted (194Q 0.1%, 194C 1%/2%, 194H 5%, section 51 CGST 2%) on the taxable value, section named; partial + short_pay",
    "other_short": "stated deduction (rate difference, breakage, expiry returns, short supply, quality claim, freight, cash discount), sometimes on one line of a multi-invoice advice; partial + short_pay",
    "lc_charges": "USD export bill realised under a letter of credit less bank / discrepancy charges; partial + short_pay `bank charges`",
    "lc_exact": "LC proceeds at full value; payer may be the issuing bank",
    "part_payment": "explicit part payment / instalment; partial, short_pay null",
    "balance_after_part": "later payment of the balance a part payment earlier in the file left open (order dependence)",
    "overpayment": "pays more than the balance (full invoice value despite a credit, or rounded up); remainder unapplied",
    "duplicate_payment": "pays again an invoice an earlier payment in the file already settled; all unapplied",
    "advance": "advance against a PI/PO whose number looks like one of our invoice numbers; all unapplied",
    "on_account": "round on-account payment of a known customer that fits no invoice; all unapplied",
    "ambiguous_same_amount": "customer has two open invoices with the same balance and the payment names neither; review",
    "ambiguous_name": "bank cut the payer name at the prefix two customers share, both have an invoice of that amount; review",
    "lump_subset_noref": "no advice; amount equals two invoices of the customer; review with that pair",
    "lump_statement": "advice settles the whole statement; amount equals all open invoices of the customer in that currency; applied",
    "ref_amount_conflict": "narration names one invoice, amount is exactly another invoice's balance; review",
    "cross_currency": "LKR/BDT payment of a USD invoice; review, no candidates",
    "unknown_payer": "payer is no customer and nothing identifies an invoice; review, no candidates",
    "po_lookalike": "customer's PO number shaped like another customer's invoice number; applied by unique amount",
    "utr_lookalike": "IMPS RRN contains another invoice's sequence digits; the advice names the real one",
    "fy_short_number": "`INV 2016` without the financial year while GST/24-25/2016 belongs to another customer",
    "amount_lookalike": "small residual balance (after an earlier credit) paid with the rupee figure in the narration, e.g. `BAL 1975`, while GST/25-26/1975 is another customer's; applied by unique amount",
    "on_behalf": "payer's advice says it pays a group company's invoice; applied to that invoice",
    "err_negative": "negative amount (NEFT return / reversal)",
    "err_currency": "EUR/AED/GBP: no invoice is in that currency",
    "err_malformed": "amount not a plain decimal string",
    "err_missing_date": "date null or empty string",
    "err_duplicate_id": "a row repeated with the same payment id (the first occurrence counts)",
}


def table(counter, head):
    out = ["| %s | count |" % head, "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append("| %s | %d |" % (k, v))
    return "\n".join(out)


def write_readme(custs, invs, payments, labels):
    st = Counter(l["status"] for l in labels)
    sc = Counter(l["scenario"] for l in labels)
    icur = Counter(i["currency"] for i in invs)
    pcur = Counter(p["currency"] for p in payments)
    ctry = Counter(c["country"] for c in custs)
    nocid = sum(1 for p in payments if p["customer_id"] is None)
    withrem = sum(1 for p in payments if p["remittance"])
    sc_lines = ["| scenario | rows | what it is |", "|---|---|---|"]
    for name, _, _, _ in SCENARIOS:
        if sc.get(name):
            sc_lines.append("| `%s` | %d | %s |" % (name, sc[name], SCEN_DOC[name]))
    st_by_sc = defaultdict(Counter)
    for l in labels:
        st_by_sc[l["status"]][l["scenario"]] += 1
    text = f"""# Blind cash-application set: `ledger_southasia`

Held-out test set for the `match` contract (`contracts/cash-application.md`), written
blind (from the contract only). Generated by `python3 build.py` (deterministic, stdlib
only); `python3 check.py` re-verifies every label by replaying the payments in order.

## Theme

Navaratna Pharma & Textiles Ltd, an Indian pharmaceutical and textile
exporter/distributor, with Navaratna Lanka (Pvt) Ltd and Navaratna Bangladesh Ltd.
Customers are chemists, distributors, hospitals' suppliers, spinning mills and garment
makers in India, Sri Lanka and Bangladesh ({ctry['IN']} / {ctry['LK']} / {ctry['BD']} customers).
All names, ids and references are invented.

| series | currency | example | issued by |
|---|---|---|---|
| GST | INR | `GST/25-26/0153` (Indian financial year, Apr-Mar) | India, domestic |
| EXP | USD | `EXP/25-26/0042` | India, exports to LK/BD |
| CMB | LKR | `CMB/25/00153` (calendar year) | Sri Lanka |
| DHK | BDT | `DHK-2025-0153` | Bangladesh |

Bank text: NEFT/RTGS UTRs (`HDFCN5339...`, `SBINR520251205...`), IMPS/UPI 12-digit RRNs,
Sri Lankan CEFTS/SLIPS, Bangladeshi BEFTN/NPSB, SWIFT inward remittances and LC bill
realisations; payer names upper-cased, punctuation stripped and truncated (sometimes
with `M/S`); remittance advices with Indian digit grouping (`12,34,567.50`) for INR and
BDT and western grouping for LKR and USD. All text is in English.

## Files (`ledger_southasia/`)

| file | rows | format |
|---|---|---|
| `invoices.json` | {len(invs)} | contract INVOICES format |
| `payments.json` | {len(payments)} | contract PAYMENTS format, oldest first |
| `labels.json` | {len(labels)} | one expected MATCHES entry per payment, same order, plus `scenario` and `note` |

Invoices by currency: {", ".join("%s %d" % kv for kv in sorted(icur.items()))}.
Payments by currency: {", ".join("%s %d" % kv for kv in sorted(pcur.items()))}.
Payments with `customer_id` null: {nocid}. Payments with a remittance advice: {withrem}.
Payment dates run from 2025-12-01 to 2026-01-30; invoices were issued 2024-12 to 2025-11.

## Labels by status

{table(st, "status")}

## Scenarios

{chr(10).join(sc_lines)}

## Conventions where the contract is silent

- **Candidates** (only on `review`) are objects `{{"invoice_ids": [...]}}`, each one
  invoice set, best first: for two equal balances the older due date first; for a
  reference/amount conflict the exact-amount invoice first, then the referenced one.
  `cross_currency` and `unknown_payer` reviews have no candidates (there is no
  same-currency invoice to offer, and nothing identifies the customer).
- **`review`** applies nothing and puts the whole amount in `unapplied`, so
  applications + unapplied = amount holds on every non-error row.
- **`unapplied`** status: an overpayment lists its applications and holds the rest; a
  second payment of an already settled invoice, an advance against a proforma/PO and an
  on-account payment of a known customer have no applications and hold the whole amount.
- **Short pays**: `short_pay.amount` is the deduction, which equals the balance the
  invoice keeps after the payment; `short_pay.reason` is a short label (`TDS u/s 194Q`,
  `TDS u/s 51 of the CGST Act`, `bank charges`, `rate difference`, `quality claim`...).
  Compare the reason loosely. TDS is computed on the taxable value (before GST) and
  rounded to whole rupees. LC bank / discrepancy charges are treated as a short pay with
  reason `bank charges`.
- **Part payments** that the advice calls a part payment / instalment are `partial` with
  `short_pay` null.
- **Errors** (bad input rows): `status` `"error"`, `applications` `[]`, `unapplied` null,
  `short_pay` null, `candidates` `[]` and an `error` text. A duplicated payment id: the
  first row is processed normally, the repeat is the error. An amount that is not a
  plain decimal string (`Rs.45,000`, `12O50.00`) is malformed, as is a null or empty date.
- **Third-party payers**: a payer whose advice explicitly says it pays a named group
  company's invoice is applied to that invoice (`on_behalf`), even though `customer_id`
  is the payer's.
- **Lumps** without any advice that merely add up to two invoices go to review; a lump
  whose advice says it settles the statement and that equals all open invoices of the
  customer in that currency is applied.
- An invoice number is accepted in any spacing/slash/dash form and without leading
  zeros; a short number without series or year (`INV 2016`, `BILL NO 408`) is only used
  when `customer_id` is given and that customer has one open invoice with that number.
- `reason` texts are for humans; compare status, applications (as a set of
  invoice_id/amount pairs), unapplied, short_pay invoice and amount, and candidates.

## Status by scenario

""" + "\n".join("- `%s`: %s" % (k, ", ".join("%s %d" % kv for kv in sorted(v.items()))) for k, v in sorted(st_by_sc.items())) + "\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
