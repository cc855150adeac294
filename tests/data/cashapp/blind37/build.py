#!/usr/bin/env python3
"""Blind held-out cash-application set: freight brokerage / trucking (US + Canada).

Deterministic, stdlib only.  `python3 build.py` rewrites ledger_freight/*.json and README.md.
Stage 1: customers and invoices.  Stage 2: payments and labels (live replay).  Stage 3: output.
"""
import json
import os
import random
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

SEED = 11923
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_freight")
C = Decimal("0.01")
Z = Decimal("0.00")


def q(x):
    return Decimal(x).quantize(C, rounding=ROUND_HALF_UP)


def s(d):
    return str(q(d))


def usd(d):
    return "{:,.2f}".format(q(d))


def fr(d):  # Quebec style: 1 234,56
    t = "{:,.2f}".format(q(d))
    return t.replace(",", " ").replace(".", ",")


ALPH = "0123456789abcdefghjkmnpqrstvwxyz"


class Ids:
    def __init__(self, rng):
        self.rng = rng
        self.seen = set()

    def make(self, prefix, n):
        while True:
            v = prefix + "".join(self.rng.choice(ALPH) for _ in range(n))
            if v not in self.seen:
                self.seen.add(v)
                return v


# --------------------------------------------------------------------------- stage 1
US_PRE = ["Great Lakes", "Midwest", "Blue Ridge", "Lone Star", "Cascade", "Summit", "Keystone",
          "Heartland", "Gulf Coast", "Pioneer", "Red River", "Iron Range", "Sierra", "Tri-State",
          "Coastal", "Prairie Wind", "Evergreen", "Liberty", "Granite", "Silver Creek", "Ozark",
          "Piedmont", "Badger State", "Chesapeake", "Delta", "Magnolia", "High Plains", "Sunbelt",
          "Appalachian", "Cumberland", "Willamette", "Mesa", "Big Sky", "Hoosier", "Tidewater",
          "Copper Canyon", "Rio Grande", "Platte Valley", "Allegheny", "Bluegrass", "Palmetto",
          "Wabash", "Saginaw", "Mohawk Valley", "Shenandoah", "Yellowstone", "Sandhill", "Brazos"]
US_CORE = ["Packaging", "Foods", "Paper", "Steel", "Plastics", "Building Supply", "Beverage",
           "Produce", "Chemical", "Lumber", "Appliance", "Tire", "Furniture", "Poultry", "Dairy",
           "Glass", "Auto Parts", "Fertilizer", "Pet Foods", "Cold Storage", "Paperboard",
           "Metal Works", "Bottling", "Grain", "Mills", "Containers", "Coatings", "Flooring"]
US_SUF = ["Inc", "LLC", "Co", "Corp", "Company", "Inc", "LLC", "Distribution LLC", "Industries Inc"]
CA_PRE = ["Laurentian", "Fraser Valley", "Niagara", "Muskoka", "Prairie North", "Bow River",
          "Ottawa Valley", "Okanagan", "Rideau", "Algonquin", "Chinook", "Acadian", "Kootenay",
          "Red Deer", "Georgian Bay", "Thunder Bay", "Annapolis", "Peace River", "Cariboo",
          "Kawartha", "Assiniboine", "Miramichi", "Qu'Appelle", "Haliburton", "Grand River"]
CA_SUF = ["Ltd", "Inc", "Ltd", "Corp", "ULC", "Limited"]
QC_PRE = ["Les Produits", "Aliments", "Papeterie", "Fromagerie", "Matériaux", "Distribution",
          "Emballages", "Meubles", "Boulangerie", "Érablière"]
QC_PLACE = ["Beauce", "Saint-Laurent", "Lévis", "Mauricie", "Saguenay", "Charlevoix", "Estrie",
            "Lanaudière", "Témiscouata", "Bas-Saint-Laurent", "Portneuf", "Kamouraska"]
QC_SUF = ["Inc", "Ltée", "Inc", "S.E.C."]

# Payers that are not customers
AUDIT_FIRMS_USD = ["TRAXPOINT AUDIT & PAY", "CARGOLEDGER PAYMENT SVCS", "FREIGHTWISE SETTLEMENT"]
AUDIT_FIRMS_CAD = ["NORTHBOUND FREIGHT AUDIT", "CARGOLEDGER PAYMENT SVCS"]
UNKNOWN_PAYERS = ["JPMC TRUST SETTLEMT", "DEPOSIT BR 0221", "MOBILE DEPOSIT", "WIRE IN ORIG 4471903",
                  "RBC EFT CREDIT", "INCOMING FEDWIRE", "CHQ DEPOSIT ATM 33", "ACH CR MISC"]

ACH_LEN = 16


def ach_name(name):
    return strip_acc(name).upper().replace(",", "").replace(".", "").replace("'", "")[:ACH_LEN].rstrip()


def strip_acc(t):
    tbl = str.maketrans("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜàâäçéèêëîïôöùûü", "AAACEEEEIIOOUUUaaaceeeeiioouuu")
    return t.translate(tbl)


def build_customers(rng, ids):
    custs = []
    used_names = set()
    used_prefix = set()

    def add(name, country, currencies, quebec=False, pair=None):
        cid = ids.make("C", 6).upper()
        c = {"id": cid, "name": name, "country": country, "currencies": currencies,
             "quebec": quebec, "pair": pair}
        custs.append(c)
        used_names.add(name)
        used_prefix.add(ach_name(name))
        return c

    def fresh(make):
        for _ in range(500):
            n = make()
            if n in used_names or ach_name(n) in used_prefix:
                continue
            if any(ach_name(n).startswith(p) or p.startswith(ach_name(n)) for p in used_prefix):
                continue
            if any(ach_name(n).startswith(ach_name(a)[:10]) for a in AUDIT_FIRMS_USD + AUDIT_FIRMS_CAD):
                continue
            return n
        raise RuntimeError("name space exhausted")

    # 5 look-alike pairs (same truncated ACH name), both billed in USD
    for i in range(5):
        base = fresh(lambda: rng.choice(US_PRE) + " " + rng.choice(US_CORE))
        a = add(base + " Inc", "US", ["USD"], pair=i)
        b_name = base + (" LLC" if i % 2 else " Holdings Inc")
        b = add(b_name, "US", ["USD"], pair=i)
        a["pair_other"] = b["id"]
        b["pair_other"] = a["id"]
        used_prefix.add(ach_name(base))
    while len(custs) < 300:
        r = rng.random()
        if r < 0.66:
            n = fresh(lambda: rng.choice(US_PRE) + " " + rng.choice(US_CORE) + " " + rng.choice(US_SUF))
            add(n, "US", ["USD"])
        elif r < 0.80:
            n = fresh(lambda: rng.choice(CA_PRE) + " " + rng.choice(US_CORE) + " " + rng.choice(CA_SUF))
            add(n, "CA", ["CAD"])
        elif r < 0.88:
            n = fresh(lambda: rng.choice(QC_PRE) + " " + rng.choice(QC_PLACE) + " " + rng.choice(QC_SUF))
            add(n, "CA", ["CAD"], quebec=True)
        else:
            n = fresh(lambda: rng.choice(CA_PRE) + " " + rng.choice(US_CORE) + " " + rng.choice(CA_SUF))
            add(n, "CA", ["CAD", "USD"])  # cross-border loads billed in USD
    return custs


def invoice_lines(rng, cur, country):
    lh = Decimal(rng.randrange(26, 272) * 25)
    fsc_pct = Decimal(rng.randrange(19, 35)) / 100
    fuel = q(lh * fsc_pct)
    det = Decimal(rng.choice([75, 150, 225, 300, 375, 450])) if rng.random() < 0.22 else Z
    lum = q(Decimal(rng.randrange(290, 1300)) / 2) if rng.random() < 0.2 else Z
    stop = Decimal(rng.choice([75, 100, 150])) if rng.random() < 0.1 else Z
    sub = lh + fuel + det + lum + stop
    tax = Z
    if cur == "CAD" and country == "CA" and rng.random() < 0.7:
        tax = q(sub * Decimal(rng.choice(["0.05", "0.13", "0.14975"])))
    return {"linehaul": lh, "fuel": fuel, "detention": det, "lumper": lum, "stop": stop,
            "tax": tax, "total": q(sub + tax)}


def build_invoices(rng, ids, custs):
    # invoice counts per customer (skewed)
    counts = {}
    for i, c in enumerate(custs):
        if rng.random() < 0.08:
            counts[c["id"]] = rng.randint(14, 30)
        else:
            counts[c["id"]] = rng.randint(1, 6)
    total = sum(counts.values())
    keys = [c["id"] for c in custs]
    while total < 1500:
        k = rng.choice(keys)
        counts[k] += 1
        total += 1
    while total > 1500:
        k = rng.choice(keys)
        if counts[k] > 1:
            counts[k] -= 1
            total -= 1
    cmap = {c["id"]: c for c in custs}
    start = date(2025, 12, 1)
    items = []  # each item: (issue_date, [invoice dicts])
    for c in custs:
        n = counts[c["id"]]
        blocks = []
        if n >= 14:  # weekly batch billing blocks with consecutive numbers
            nb = rng.randint(1, 2)
            for _ in range(nb):
                blocks.append(rng.randint(4, 7))
        made = 0
        for bsize in blocks:
            d = start + timedelta(days=rng.randrange(0, 125))
            invs = []
            cur = c["currencies"][0]
            for _ in range(bsize):
                invs.append(new_inv(rng, ids, c, cur, d))
            for inv in invs:
                inv["block"] = invs[0]["id"]
            items.append((d, invs))
            made += bsize
        while made < n:
            d = start + timedelta(days=rng.randrange(0, 131))
            cur = c["currencies"][0]
            if len(c["currencies"]) > 1 and rng.random() < 0.45:
                cur = c["currencies"][1]
            items.append((d, [new_inv(rng, ids, c, cur, d)]))
            made += 1
    items.sort(key=lambda it: (it[0], it[1][0]["id"]))
    num = 703117
    invoices = []
    for d, invs in items:
        for inv in invs:
            num += 1 if rng.random() < 0.9 else rng.randint(2, 4)
            inv["number"] = "INV-%d" % num
            invoices.append(inv)
        num += 0
    # designed equal totals -------------------------------------------------
    by_c = defaultdict(list)
    for inv in invoices:
        by_c[inv["customer_id"]].append(inv)
    # (a) fixed lane rate: same customer, two identical invoices
    multi = [c for c in custs if len([i for i in by_c[c["id"]] if i["currency"] == c["currencies"][0]]) >= 3
             and c["pair"] is None]
    for c in rng.sample(multi, 26):
        cand = [i for i in by_c[c["id"]] if i["currency"] == c["currencies"][0]]
        a, b = rng.sample(cand, 2)
        copy_lines(b, a)
        a["tag"] = b["tag"] = "lane_twin"
    # (b) cross-customer collisions
    for cur in ("USD", "USD", "USD", "USD", "USD", "USD", "USD", "USD", "CAD", "CAD", "CAD", "CAD"):
        pool = [c for c in custs if c["currencies"][0] == cur and c["pair"] is None
                and any(i["currency"] == cur and "tag" not in i for i in by_c[c["id"]])]
        c1, c2 = rng.sample(pool, 2)
        a = rng.choice([i for i in by_c[c1["id"]] if i["currency"] == cur and "tag" not in i])
        b = rng.choice([i for i in by_c[c2["id"]] if i["currency"] == cur and "tag" not in i])
        copy_lines(b, a)
        a["tag"] = b["tag"] = "cross_twin"
    # (c) look-alike pairs: one collision invoice each
    done = set()
    for c in custs:
        if c["pair"] is None or c["pair"] in done:
            continue
        done.add(c["pair"])
        o = cmap[c["pair_other"]]
        a = rng.choice(by_c[c["id"]])
        b = rng.choice(by_c[o["id"]])
        copy_lines(b, a)
        a["tag"] = b["tag"] = "pair_twin"
    # some invoices already part paid before this batch
    for inv in invoices:
        if "tag" not in inv and rng.random() < 0.05:
            paid = q(inv["lines"]["total"] * Decimal(rng.choice(["0.25", "0.4", "0.5", "0.6"])))
            paid = paid.quantize(Decimal("1"))
            inv["balance"] = inv["lines"]["total"] - paid
            inv["tag"] = "prior_part"
    return invoices


def copy_lines(dst, src):
    dst["lines"] = dict(src["lines"])
    dst["balance"] = dst["lines"]["total"]


def new_inv(rng, ids, c, cur, d):
    lines = invoice_lines(rng, cur, c["country"])
    terms = rng.choice([30, 30, 30, 45, 21, 15]) if c["country"] == "US" else rng.choice([30, 30, 45])
    return {"id": ids.make("inv_", 9), "customer_id": c["id"], "customer_name": c["name"],
            "currency": cur, "lines": lines, "balance": lines["total"], "issue": d,
            "due": d + timedelta(days=terms)}


def inv_public(inv):
    return {"id": inv["id"], "number": inv["number"], "customer_id": inv["customer_id"],
            "customer_name": inv["customer_name"], "currency": inv["currency"],
            "total": s(inv["lines"]["total"]), "balance": s(inv["balance"]),
            "issue_date": inv["issue"].isoformat(), "due_date": inv["due"].isoformat()}



# --------------------------------------------------------------------------- stage 2
OUR_NAME = "Ridgeline Freight Brokerage"
PLAN = [("exact_ref", 70), ("ctx_multi", 34), ("lockbox_multi", 28), ("lump_range", 14),
        ("statement_pay", 5), ("amount_unique", 24), ("amount_ambiguous", 14), ("third_party", 24),
        ("third_party_multi", 4), ("quickpay", 14), ("detention_short", 18), ("lumper_short", 14),
        ("ctx_short_line", 10), ("part_payment", 10), ("overpay", 12), ("paid_total_not_balance", 6),
        ("known_nofit", 8), ("lookalike_bol", 8), ("lookalike_po", 8), ("ref_amount_conflict", 8),
        ("cross_currency", 6), ("unknown_ambiguous", 6), ("unknown_nomatch", 4), ("unknown_unique", 4),
        ("similar_names", 5), ("quebec_fr", 10)]
FOLLOWUPS = [("balance_after_part", 6), ("duplicate_payment", 10)]
ERRORS = ["err_negative", "err_negative", "err_currency", "err_currency", "err_dup_id",
          "err_dup_id", "err_malformed", "err_malformed", "err_no_date", "err_no_date"]


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.ids = Ids(self.rng)
        self.custs = build_customers(self.rng, self.ids)
        self.invoices = build_invoices(self.rng, self.ids, self.custs)
        self.cmap = {c["id"]: c for c in self.custs}
        self.imap = {i["id"]: i for i in self.invoices}
        self.by_c = defaultdict(list)
        for inv in self.invoices:
            self.by_c[inv["customer_id"]].append(inv)
        self.by_num = {i["number"]: i for i in self.invoices}
        self.claimed = set()
        self.payments = []
        self.labels = []
        self.paid_pool = []   # (payment, invoice) single-invoice exact payments, for duplicates
        self.part_pool = []   # (payment, invoice) part payments, for balance follow-ups
        self.chk = 100200 + self.rng.randrange(0, 5000)

    # ---- helpers
    def r(self):
        return self.rng

    def free(self, inv, d, untouched=True):
        if inv["id"] in self.claimed or inv["balance"] <= 0:
            return False
        if untouched and inv["balance"] != inv["lines"]["total"]:
            return False
        return inv["issue"] <= d - timedelta(days=4)

    def open_of(self, cid, cur):
        return [i for i in self.by_c[cid] if i["currency"] == cur and i["balance"] > 0]

    def open_cur(self, cur):
        return [i for i in self.invoices if i["currency"] == cur and i["balance"] > 0]

    def pick_cust(self, pred):
        pool = [c for c in self.custs if pred(c)]
        return self.rng.choice(pool) if pool else None

    def free_of(self, c, cur, d, pred=lambda i: True, untouched=True):
        return [i for i in self.by_c[c["id"]] if i["currency"] == cur and self.free(i, d, untouched)
                and pred(i) and i.get("tag") not in ("lane_twin", "cross_twin", "pair_twin")]

    def unique_amount(self, inv, pool, amount=None):
        a = inv["balance"] if amount is None else amount
        others = [o["balance"] for o in pool if o["id"] != inv["id"]]
        if a in others:
            return False
        for x in range(len(others)):
            for y in range(x + 1, len(others)):
                if others[x] + others[y] == a:
                    return False
        return True

    def cite(self, inv):
        n = inv["number"][4:]
        return self.rng.choice(["INV-%s", "INV %s", "%s", "INV#%s", "IN%s", "INVOICE %s", "INV %s"]) % n

    def next_chk(self):
        self.chk += self.rng.randint(1, 40)
        return "%06d" % self.chk

    def noise_ids(self):
        r = self.rng
        return {"load": "L%07d" % r.randrange(2600000, 2699999), "pro": "%08d" % r.randrange(10000000, 99999999),
                "bol": "%010d" % r.randrange(10 ** 9, 10 ** 10 - 1), "po": r.choice(["PO", "4500"]) + "%06d" % r.randrange(0, 999999)}

    def present(self, c, cur, kind=None, cid_prob=0.55):
        """payer_name, customer_id, reference prefix for a customer paying in cur"""
        r = self.rng
        if kind is None:
            kind = r.choice(["ach", "ach", "lockbox", "portal"]) if cur == "USD" else r.choice(["eft", "eft", "lockbox", "wire"])
        give = r.random() < cid_prob
        if c.get("pair") is not None:
            give = True
        if kind == "ach":
            payer = ach_name(c["name"])
            pre = r.choice(["ACH CREDIT CCD+ CO ID 1%09d" % r.randrange(10 ** 8, 10 ** 9),
                            "ACH CR %s CCD" % payer, "ORIG CO NAME:%s ORIG ID:%09d DESC DATE:%s ENTRY DESCR:PAYMENTS SEC:CCD" % (payer, r.randrange(10 ** 8, 10 ** 9), "260301")])
        elif kind == "lockbox":
            payer = strip_acc(c["name"]).upper()[:24].rstrip()
            pre = "LBX 20417 CHK %s" % self.next_chk() if cur == "USD" else "LOCKBOX T2206 CHQ %s" % self.next_chk()
            give = r.random() < 0.8 or c.get("pair") is not None
        elif kind == "portal":
            payer = strip_acc(c["name"]).upper()
            pre = "SUPPLIER PORTAL PMT RA%08d" % r.randrange(10 ** 7, 10 ** 8)
        elif kind == "eft":
            payer = ach_name(c["name"])[:15].rstrip()
            pre = "EFT CREDIT %s %07d" % (payer, r.randrange(10 ** 6, 10 ** 7))
        else:  # wire
            payer = strip_acc(c["name"]).upper()
            pre = "WIRE IN REF FT26%08d" % r.randrange(10 ** 7, 10 ** 8)
        return payer, (c["id"] if give else None), pre, kind

    def emit(self, d, amount, cur, payer, cid, ref, remit, status, apps, unapplied, short_pay,
             candidates, reason, scenario, note, raw=None):
        pid = self.ids.make("pmt_", 10)
        pay = {"id": pid, "date": d.isoformat(), "amount": s(amount), "currency": cur,
               "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": remit}
        if raw:
            pay.update(raw)
        tot = Z
        for inv, a in apps:
            assert inv["currency"] == cur, scenario
            assert Z < a <= inv["balance"], (scenario, a, inv["balance"])
            inv["balance"] -= a
            tot += a
            self.claimed.add(inv["id"])
        assert tot + unapplied == amount, (scenario, tot, unapplied, amount)
        for cs_ in candidates:
            for i in cs_:
                self.claimed.add(i["id"])
        lab = {"payment_id": pid, "status": status,
               "applications": [{"invoice_id": i["id"], "amount": s(a)} for i, a in apps],
               "unapplied": s(unapplied), "short_pay": short_pay,
               "candidates": [[i["id"] for i in cs_] for cs_ in candidates],
               "reason": reason, "scenario": scenario, "note": note}
        self.payments.append(pay)
        self.labels.append(lab)
        return pay

    def lines_remit(self, invs, amounts, style="us"):
        rows = []
        for inv, a in zip(invs, amounts):
            if style == "fr":
                rows.append("Facture %s   %s $" % (inv["number"][4:], fr(a)))
            else:
                rows.append("%-12s %s  %12s" % (inv["number"][4:], inv["issue"].strftime("%m/%d/%y"), usd(a)))
        return rows

    # ---- scenarios (each returns True when it produced a payment)
    def exact_ref(self, d):
        r = self.rng
        for _ in range(100):
            c = r.choice(self.custs)
            cur = r.choice(c["currencies"])
            invs = self.free_of(c, cur, d, untouched=False)
            if invs:
                break
        else:
            return False
        inv = r.choice(invs)
        payer, cid, pre, kind = self.present(c, cur)
        amt = inv["balance"]
        nz = self.noise_ids()
        remit = None
        if kind == "ach":
            ref = "%s RMR*IV*%s**%s\\" % (pre, inv["number"][4:], s(amt))
        elif kind == "lockbox":
            ref = pre
            remit = "REMITTANCE ADVICE\n%s\nInvoice      Date      Amount\n%s\nLoad %s  PRO %s\nCheck total %s" % (
                payer, self.lines_remit([inv], [amt])[0], nz["load"], nz["pro"], usd(amt))
        elif kind == "portal":
            ref = pre
            remit = ("Payment notification from %s\nPayee: %s\nInvoice number: %s\nPO: %s\nPaid amount: %s %s"
                     % (c["name"], OUR_NAME, self.cite(inv), nz["po"], usd(amt), cur))
        else:
            ref = "%s %s" % (pre, self.cite(inv))
        note = "single invoice cited, amount equals its open balance"
        if inv.get("tag") == "prior_part":
            note = "invoice was part paid before this batch; payment equals the remaining balance"
        self.emit(d, amt, cur, payer, cid, ref, remit, "applied", [(inv, amt)], Z, None, [],
                  "reference %s and exact balance" % inv["number"], "exact_ref", note)
        if inv.get("tag") is None:
            self.paid_pool.append((self.payments[-1], inv, c))
        return True

    def multi(self, d, scenario, kind):
        r = self.rng
        cur = "USD" if kind == "ctx" else r.choice(["USD", "USD", "CAD"])
        c = self.pick_cust(lambda c: cur in c["currencies"] and len(self.free_of(c, cur, d)) >= 3)
        if not c:
            return False
        pool = self.free_of(c, cur, d)
        invs = r.sample(pool, min(len(pool), r.randint(2, 8)))
        invs.sort(key=lambda i: i["number"])
        amts = [i["balance"] for i in invs]
        total = sum(amts)
        if kind == "ctx":
            payer, cid, pre, _ = self.present(c, cur, "ach")
            ref = "ACH CREDIT CTX %s TRN*1*%010d" % (payer, r.randrange(10 ** 9, 10 ** 10))
            segs = ["BPR*C*%s*C*ACH*CTX*01*%09d*DA*****%s~" % (s(total), r.randrange(10 ** 8, 10 ** 9), d.strftime("%Y%m%d")),
                    "N1*PR*%s~" % strip_acc(c["name"]).upper()]
            for inv, a in zip(invs, amts):
                segs.append("RMR*IV*%s**%s*%s~" % (inv["number"][4:], s(a), s(inv["lines"]["total"])))
                if r.random() < 0.4:
                    segs.append("REF*BM*%s~" % self.noise_ids()["bol"])
            remit = "".join(segs)
        else:
            payer, cid, pre, _ = self.present(c, cur, "lockbox")
            ref = pre
            rows = self.lines_remit(invs, amts)
            remit = "%s\nREMITTANCE - DETACH BEFORE DEPOSITING\nINVOICE      DATE      AMOUNT PAID\n%s\nTOTAL %s %s" % (
                payer, "\n".join(rows), usd(total), cur)
        self.emit(d, total, cur, payer, cid, ref, remit, "applied", list(zip(invs, amts)), Z, None, [],
                  "%d invoices listed, amounts equal balances" % len(invs), scenario,
                  "%s listing %d invoices; sum equals payment" % (kind.upper(), len(invs)))
        return True

    def ctx_multi(self, d):
        return self.multi(d, "ctx_multi", "ctx")

    def lockbox_multi(self, d):
        return self.multi(d, "lockbox_multi", "lockbox")

    def lump_range(self, d):
        r = self.rng
        blocks = defaultdict(list)
        for inv in self.invoices:
            if inv.get("block"):
                blocks[inv["block"]].append(inv)
        ok = [b for b, invs in sorted(blocks.items()) if all(self.free(i, d) and i.get("tag") is None for i in invs)]
        if not ok:
            return False
        invs = sorted(blocks[r.choice(ok)], key=lambda i: i["number"])
        c = self.cmap[invs[0]["customer_id"]]
        cur = invs[0]["currency"]
        total = sum(i["balance"] for i in invs)
        payer, cid, pre, kind = self.present(c, cur)
        a, b = invs[0]["number"][4:], invs[-1]["number"][4:]
        rng_txt = r.choice(["INV %s-%s", "INV %s THRU %s", "INVOICES %s TO %s", "%s - %s"]) % (a, b)
        ref = "%s %s" % (pre, rng_txt)
        remit = "PAYMENT FOR %d LOADS BILLED %s\n%s\nTOTAL %s" % (len(invs), invs[0]["issue"].strftime("%m/%d/%Y"), rng_txt, usd(total))
        self.emit(d, total, cur, payer, cid, ref, remit, "applied", [(i, i["balance"]) for i in invs], Z, None, [],
                  "invoice range %s-%s, sum of balances" % (a, b), "lump_range",
                  "range of %d consecutive invoice numbers (one weekly billing batch); amount equals the sum" % len(invs))
        return True

    def statement_pay(self, d):
        r = self.rng
        def ok(c):
            cur = c["currencies"][0]
            op = self.open_of(c["id"], cur)
            return len(c["currencies"]) == 1 and 2 <= len(op) <= 6 and all(self.free(i, d) and i.get("tag") is None for i in op)
        c = self.pick_cust(ok)
        if not c:
            return False
        cur = c["currencies"][0]
        invs = sorted(self.open_of(c["id"], cur), key=lambda i: i["number"])
        total = sum(i["balance"] for i in invs)
        payer, cid, pre, kind = self.present(c, cur, cid_prob=1.0)
        remit = "Payment per your statement dated %s - all open items. %d loads." % (
            (d - timedelta(days=r.randint(3, 9))).strftime("%m/%d/%Y"), len(invs))
        self.emit(d, total, cur, payer, cid, pre, remit, "applied", [(i, i["balance"]) for i in invs], Z, None, [],
                  "pays the statement: amount equals all open balances of the customer", "statement_pay",
                  "no invoice numbers; amount equals the sum of every open invoice of this customer in %s" % cur)
        return True

    def amount_unique(self, d, scenario="amount_unique"):
        r = self.rng
        for _ in range(60):
            c = r.choice(self.custs)
            cur = r.choice(c["currencies"])
            pool = self.free_of(c, cur, d)
            if not pool:
                continue
            inv = r.choice(pool)
            if not self.unique_amount(inv, self.open_of(c["id"], cur)):
                continue
            # amount also must not match a pair/sum of the customer's other currency (irrelevant) - ok
            payer, cid, pre, kind = self.present(c, cur)
            nz = self.noise_ids()
            remit = None
            if scenario == "amount_unique":
                ref = ("%s %s" % (pre, r.choice(["FREIGHT PMT", "PAYMENT", "VENDOR PMT", "LOAD %s" % nz["load"], "BOL %s" % nz["bol"], ""]))).strip()
                note = "no invoice number (only load/BOL or nothing); identified customer; amount equals exactly one open balance"
                reason = "payer identified, amount equals one open invoice only"
            else:  # lookalike_bol: reference carries a number that is another customer's invoice number
                others = [o for o in self.open_cur(cur) if o["customer_id"] != c["id"] and o["balance"] != inv["balance"]]
                other = r.choice(others)
                lab = r.choice(["BOL", "PRO", "SHIPMENT"])
                ref = "%s %s %s" % (pre, lab, other["number"][4:])
                remit = "Freight payment %s %s / load %s" % (lab, other["number"][4:], nz["load"])
                note = "%s number %s equals another customer's invoice %s; the clerk ignores it, amount identifies the invoice" % (
                    lab, other["number"][4:], other["number"])
                reason = "%s is a %s number; amount equals one open invoice of the payer" % (other["number"][4:], lab)
            self.emit(d, inv["balance"], cur, payer, cid, ref, remit, "applied", [(inv, inv["balance"])], Z, None, [],
                      reason, scenario, note)
            return True
        return False

    def lookalike_bol(self, d):
        return self.amount_unique(d, "lookalike_bol")

    def lookalike_po(self, d):
        r = self.rng
        for _ in range(60):
            c = r.choice(self.custs)
            cur = c["currencies"][0]
            pool = self.free_of(c, cur, d)
            if len(pool) < 2:
                continue
            inv, other = r.sample(pool, 2)
            if inv["balance"] == other["balance"]:
                continue
            payer, cid, pre, kind = self.present(c, cur)
            po = other["number"][4:]
            if r.random() < 0.5:
                ref = "%s PO %s %s" % (pre, po, self.cite(inv))
                remit = None
            else:
                ref = pre
                remit = "PO#: %s\nInvoice: %s\nPRO: %s%s\nAmount: %s" % (po, inv["number"], inv["number"][4:], "%02d" % r.randrange(100), usd(inv["balance"]))
            self.emit(d, inv["balance"], cur, payer, cid, ref, remit, "applied", [(inv, inv["balance"])], Z, None, [],
                      "invoice %s cited with exact balance; %s is labelled PO" % (inv["number"], po), "lookalike_po",
                      "PO number %s equals the number of the payer's other open invoice %s (different amount)" % (po, other["number"]))
            return True
        return False

    def amount_ambiguous(self, d):
        r = self.rng
        twins = defaultdict(list)
        for i in self.invoices:
            if i.get("tag") == "lane_twin" and self.free(i, d):
                twins[(i["customer_id"], i["balance"])].append(i)
        ok = [k for k, v in sorted(twins.items()) if len(v) >= 2]
        if not ok:
            return False
        k = r.choice(ok)
        a, b = sorted(twins[k], key=lambda i: (i["due"], i["number"]))[:2]
        c = self.cmap[k[0]]
        cur = a["currency"]
        payer, cid, pre, kind = self.present(c, cur)
        nz = self.noise_ids()
        ref = "%s %s" % (pre, r.choice(["LOAD %s" % nz["load"], "FREIGHT", "PRO %s" % nz["pro"], "PMT"]))
        self.emit(d, a["balance"], cur, payer, cid, ref, None, "review", [], a["balance"], None, [[a], [b]],
                  "two open invoices with the same balance (same lane rate), no invoice number", "amount_ambiguous",
                  "same-lane loads billed at the same rate; either fits; older due date ranked first (tie)")
        return True

    def third_party(self, d, multi=False):
        r = self.rng
        cur = r.choice(["USD", "USD", "USD", "CAD"])
        firm = r.choice(AUDIT_FIRMS_USD if cur == "USD" else AUDIT_FIRMS_CAD)
        shippers = []
        n_ship = 2 if multi else 1
        tries = 0
        while len(shippers) < n_ship and tries < 100:
            tries += 1
            c = self.pick_cust(lambda c: cur in c["currencies"] and c["pair"] is None and self.free_of(c, cur, d))
            if c and c not in shippers:
                shippers.append(c)
        if len(shippers) < n_ship:
            return False
        apps = []
        rows = []
        for c in shippers:
            pool = self.free_of(c, cur, d)
            invs = sorted(r.sample(pool, min(len(pool), r.randint(1, 3))), key=lambda i: i["number"])
            rows.append("On behalf of: %s" % strip_acc(c["name"]).upper())
            for inv in invs:
                nz = self.noise_ids()
                rows.append("  Carrier inv %s  PRO %s  Pay %s" % (inv["number"][4:], nz["pro"], usd(inv["balance"])))
                apps.append((inv, inv["balance"]))
        total = sum(a for _, a in apps)
        batch = "%07d" % r.randrange(10 ** 6, 10 ** 7)
        payer = firm[:16].rstrip() if r.random() < 0.5 else firm
        ref = "ACH CREDIT %s BATCH %s" % (firm[:16].rstrip(), batch)
        remit = "%s - Payment on behalf of client(s)\nPayee: %s\nBatch %s\n%s\nTotal paid %s %s" % (
            firm, OUR_NAME.upper(), batch, "\n".join(rows), usd(total), cur)
        names = " and ".join(c["name"] for c in shippers)
        self.emit(d, total, cur, payer, None, ref, remit, "applied", apps, Z, None, [],
                  "freight-audit firm pays for %s; invoices listed with exact balances" % names,
                  "third_party_multi" if multi else "third_party",
                  "payer is a freight audit/payment firm, not a customer; remittance names the shipper%s" % ("s (two customers in one payment)" if multi else ""))
        return True

    def third_party_multi(self, d):
        return self.third_party(d, True)

    def short(self, d, scenario):
        r = self.rng
        comp = {"detention_short": "detention", "lumper_short": "lumper", "quickpay": None}[scenario]
        cur = r.choice(["USD", "USD", "CAD"])
        pred = (lambda i: i["lines"][comp] > 0) if comp else (lambda i: True)
        c = self.pick_cust(lambda c: cur in c["currencies"] and self.free_of(c, cur, d, pred))
        if not c:
            return False
        inv = r.choice(self.free_of(c, cur, d, pred))
        bal = inv["balance"]
        payer, cid, pre, kind = self.present(c, cur)
        if comp == "detention":
            ded = inv["lines"]["detention"]
            why = r.choice(["DETENTION NOT APPROVED - NO IN/OUT TIMES", "DET DISALLOWED: NOT PRE-APPROVED",
                            "DETENTION NOT PAYABLE PER CONTRACT (2 HRS FREE)", "ACCESSORIAL DETENTION DENIED"])
            reason = "detention not approved"
        elif comp == "lumper":
            ded = inv["lines"]["lumper"]
            why = r.choice(["LUMPER RECEIPT NOT PROVIDED", "LUMPER FEE DISPUTED - NO RECEIPT",
                            "UNLOADING FEE NOT AUTHORIZED", "LUMPER CHG REJECTED - RECEIPT MISSING"])
            reason = "lumper charge disputed (no receipt)"
        else:
            pct = r.choice([Decimal("2"), Decimal("2"), Decimal("3"), Decimal("1.5")])
            ded = q(bal * pct / 100)
            why = "QUICK PAY %s%% DISCOUNT TAKEN" % (str(pct).rstrip("0").rstrip(".") if "." in str(pct) else pct)
            reason = "quick-pay discount %s%% taken" % (str(pct).rstrip("0").rstrip(".") if "." in str(pct) else pct)
        paid = bal - ded
        if kind == "ach" and r.random() < 0.5:
            ref = "%s RMR*IV*%s**%s*%s*%s\\" % (pre, inv["number"][4:], s(paid), s(bal), s(ded))
            remit = "ADX*-%s*%s" % (s(ded), why)
        else:
            ref = "%s %s" % (pre, self.cite(inv)) if kind != "lockbox" else pre
            remit = "Invoice %s\nInvoice amount %s\nDeduction %s  %s\nNet paid %s %s" % (
                inv["number"][4:], usd(bal), usd(ded), why, usd(paid), cur)
        self.emit(d, paid, cur, payer, cid, ref, remit, "partial", [(inv, paid)], Z,
                  {"invoice_id": inv["id"], "amount": s(ded), "reason": reason}, [],
                  "invoice %s paid less %s (%s)" % (inv["number"], usd(ded), reason), scenario,
                  "short pay with stated reason; deduction %s left open on the invoice" % s(ded))
        return True

    def quickpay(self, d):
        return self.short(d, "quickpay")

    def detention_short(self, d):
        return self.short(d, "detention_short")

    def lumper_short(self, d):
        return self.short(d, "lumper_short")

    def ctx_short_line(self, d):
        r = self.rng
        c = self.pick_cust(lambda c: "USD" in c["currencies"] and len(self.free_of(c, "USD", d)) >= 3
                           and self.free_of(c, "USD", d, lambda i: i["lines"]["detention"] > 0 or i["lines"]["lumper"] > 0))
        if not c:
            return False
        sinv = r.choice(self.free_of(c, "USD", d, lambda i: i["lines"]["detention"] > 0 or i["lines"]["lumper"] > 0))
        rest = [i for i in self.free_of(c, "USD", d) if i["id"] != sinv["id"]]
        invs = sorted(r.sample(rest, min(len(rest), r.randint(2, 5))) + [sinv], key=lambda i: i["number"])
        comp = "detention" if sinv["lines"]["detention"] > 0 else "lumper"
        ded = sinv["lines"][comp]
        code = "DT" if comp == "detention" else "LU"
        why = "DETENTION NOT APPROVED" if comp == "detention" else "LUMPER RECEIPT REQUIRED"
        payer, cid, pre, _ = self.present(c, "USD", "ach")
        apps = []
        segs = []
        for inv in invs:
            a = inv["balance"] - (ded if inv is sinv else Z)
            apps.append((inv, a))
            segs.append("RMR*IV*%s**%s*%s~" % (inv["number"][4:], s(a), s(inv["balance"])))
            if inv is sinv:
                segs.append("ADX*-%s*%s*%s~" % (s(ded), code, why))
        total = sum(a for _, a in apps)
        ref = "ACH CREDIT CTX %s TRN*1*%010d" % (payer, r.randrange(10 ** 9, 10 ** 10))
        remit = "BPR*C*%s*C*ACH*CTX~" % s(total) + "".join(segs)
        self.emit(d, total, "USD", payer, cid, ref, remit, "partial", apps, Z,
                  {"invoice_id": sinv["id"], "amount": s(ded), "reason": "%s not approved" % comp if comp == "detention" else "lumper charge disputed (no receipt)"}, [],
                  "CTX lists %d invoices; %s short by %s (%s)" % (len(invs), sinv["number"], usd(ded), comp), "ctx_short_line",
                  "lump with one short-paid line (ADX adjustment); other lines paid in full")
        return True

    def part_payment(self, d):
        r = self.rng
        cur = r.choice(["USD", "USD", "CAD"])
        c = self.pick_cust(lambda c: cur in c["currencies"] and self.free_of(c, cur, d, lambda i: i["balance"] > 1500))
        if not c:
            return False
        inv = r.choice(self.free_of(c, cur, d, lambda i: i["balance"] > 1500))
        paid = q(inv["balance"] * Decimal(r.choice(["0.5", "0.4", "0.6"]))).quantize(Decimal("1"))
        paid = q(paid)
        payer, cid, pre, kind = self.present(c, cur, cid_prob=0.8)
        ref = "%s %s" % (pre, self.cite(inv))
        remit = r.choice(["PARTIAL PAYMENT - BALANCE TO FOLLOW", "Part payment on invoice %s, remainder next pay run" % inv["number"][4:],
                          "1ST INSTALLMENT PER AGREEMENT W/ AR"])
        self.emit(d, paid, cur, payer, cid, ref, remit, "partial", [(inv, paid)], Z, None, [],
                  "part payment of %s, balance to follow" % inv["number"], "part_payment",
                  "customer says it is a part payment; no deduction, so short_pay is null")
        self.part_pool.append((self.payments[-1], inv, c))
        return True

    def balance_after_part(self, d):
        r = self.rng
        pool = [x for x in self.part_pool if x[1]["balance"] > 0]
        if not pool:
            return False
        p, inv, c = pool[0]
        self.part_pool.remove(pool[0])
        cur = inv["currency"]
        payer, cid, pre, kind = self.present(c, cur, cid_prob=0.8)
        amt = inv["balance"]
        ref = "%s %s" % (pre, self.cite(inv))
        remit = "Balance of invoice %s (first part paid %s)" % (inv["number"][4:], p["date"])
        self.emit(d, amt, cur, payer, cid, ref, remit, "applied", [(inv, amt)], Z, None, [],
                  "remaining balance of %s after earlier part payment %s" % (inv["number"], p["id"]), "balance_after_part",
                  "follows part payment %s; amount equals the balance that payment left" % p["id"])
        return True

    def overpay(self, d):
        r = self.rng
        cur = r.choice(["USD", "USD", "CAD"])
        c = self.pick_cust(lambda c: cur in c["currencies"] and self.free_of(c, cur, d))
        if not c:
            return False
        pool = self.free_of(c, cur, d)
        invs = sorted(r.sample(pool, min(len(pool), r.randint(1, 2))), key=lambda i: i["number"])
        extra = q(Decimal(r.choice([50, 75, 100, 150, 200, 250, 300, 425, 1000])))
        if r.random() < 0.3:
            extra = q(Decimal(r.randrange(1000, 40000)) / 100)
        bal = sum(i["balance"] for i in invs)
        amt = bal + extra
        payer, cid, pre, kind = self.present(c, cur, cid_prob=0.8)
        ref = "%s %s" % (pre, " ".join(self.cite(i) for i in invs))
        why = r.choice(["", "INCL DETENTION PER DRIVER LOG", "", "ROUNDED UP", "INCL TONU LOAD %s" % self.noise_ids()["load"]])
        remit = "PAYMENT %s %s %s" % (" / ".join(i["number"][4:] for i in invs), usd(amt), why)
        self.emit(d, amt, cur, payer, cid, ref, remit.strip(), "unapplied", [(i, i["balance"]) for i in invs], extra, None, [],
                  "cited invoices paid in full; %s overpaid, held on account" % usd(extra), "overpay",
                  "payment exceeds the cited invoices; remainder unapplied on the customer's account")
        return True

    def paid_total_not_balance(self, d):
        r = self.rng
        pool = [i for i in self.invoices if i.get("tag") == "prior_part" and self.free(i, d, False)]
        if not pool:
            return False
        inv = r.choice(pool)
        c = self.cmap[inv["customer_id"]]
        cur = inv["currency"]
        amt = inv["lines"]["total"]
        extra = amt - inv["balance"]
        payer, cid, pre, kind = self.present(c, cur, cid_prob=0.8)
        ref = "%s %s" % (pre, self.cite(inv))
        remit = "Invoice %s amount %s" % (inv["number"][4:], usd(amt))
        self.emit(d, amt, cur, payer, cid, ref, remit, "unapplied", [(inv, inv["balance"])], extra, None, [],
                  "pays the invoice total but %s was already part paid; excess held" % inv["number"], "paid_total_not_balance",
                  "invoice total %s, open balance only %s; remainder %s unapplied" % (s(amt), s(inv["balance"]), s(extra)))
        return True

    def duplicate_payment(self, d):
        pool = [x for x in self.paid_pool if x[1]["balance"] == 0 and d > date.fromisoformat(x[0]["date"])]
        if not pool:
            return False
        p, inv, c = pool[0]
        self.paid_pool.remove(pool[0])
        amt = Decimal(p["amount"])
        cur = p["currency"]
        if not self.unique_amount(inv, self.open_of(c["id"], cur), amt):
            return False
        ref = p["reference"]
        if "CHK " in (ref or "") or "CHQ " in (ref or ""):
            ref = ref.rsplit(" ", 1)[0] + " " + self.next_chk()
        self.emit(d, amt, cur, p["payer_name"], p["customer_id"], ref, p["remittance"], "unapplied", [], amt, None, [],
                  "%s already paid by %s; second payment held on account" % (inv["number"], p["id"]), "duplicate_payment",
                  "same invoice, same amount paid again; hold as unapplied cash (likely refund/credit request)")
        return True

    def known_nofit(self, d):
        r = self.rng
        for _ in range(80):
            c = r.choice([c for c in self.custs if c["pair"] is None])
            cur = c["currencies"][0]
            op = self.open_of(c["id"], cur)
            amt = q(Decimal(r.choice([500, 1000, 1500, 2000, 2500, 3000, 5000, 750, 1250])))
            if any(i["balance"] == amt for i in op):
                continue
            bad = False
            bals = [i["balance"] for i in op]
            for x in range(len(bals)):
                for y in range(x + 1, len(bals)):
                    if bals[x] + bals[y] == amt:
                        bad = True
            if bad:
                continue
            payer, cid, pre, kind = self.present(c, cur, cid_prob=1.0)
            ref = "%s %s" % (pre, r.choice(["ON ACCOUNT", "PAYMENT", "PREPAYMENT", "FREIGHT DEPOSIT"]))
            self.emit(d, amt, cur, payer, cid, ref, None, "unapplied", [], amt, None, [],
                      "known customer, round amount fits no open invoice; held on account", "known_nofit",
                      "customer_id given, no invoice cited, no single invoice or pair matches")
            return True
        return False

    def ref_amount_conflict(self, d):
        r = self.rng
        for _ in range(80):
            c = r.choice(self.custs)
            cur = c["currencies"][0]
            pool = self.free_of(c, cur, d)
            if len(pool) < 2:
                continue
            x, y = r.sample(pool, 2)
            if y["balance"] >= x["balance"]:
                x, y = y, x
            if y["balance"] >= x["balance"] or not self.unique_amount(y, self.open_of(c["id"], cur)):
                continue
            payer, cid, pre, kind = self.present(c, cur, cid_prob=0.9)
            ref = "%s %s" % (pre, self.cite(x))
            self.emit(d, y["balance"], cur, payer, cid, ref, None, "review", [], y["balance"], None, [[y], [x]],
                      "cites %s but amount equals %s's balance exactly" % (x["number"], y["number"]), "ref_amount_conflict",
                      "either a wrong reference (pays %s) or an unexplained short pay of %s; amount match ranked first" % (y["number"], x["number"]))
            return True
        return False

    def cross_currency(self, d):
        r = self.rng
        c = self.pick_cust(lambda c: len(c["currencies"]) == 2 and self.free_of(c, "USD", d))
        if not c:
            return False
        inv = r.choice(self.free_of(c, "USD", d))
        amt = inv["balance"]
        if any(i["balance"] == amt for i in self.open_of(c["id"], "CAD")):
            return False
        payer, cid, pre, kind = self.present(c, "CAD", r.choice(["eft", "lockbox"]), cid_prob=1.0)
        ref = "%s %s" % (pre, self.cite(inv))
        self.emit(d, amt, "CAD", payer, cid, ref, "Paiement / payment %s %s" % (inv["number"], s(amt)), "unapplied", [], amt, None, [],
                  "cites USD invoice %s but paid in CAD; never applied across currencies; held on account" % inv["number"],
                  "cross_currency", "the CAD amount equals the USD balance; no CAD invoice fits")
        return True

    def unknown(self, d, scenario):
        r = self.rng
        cur = r.choice(["USD", "USD", "CAD"])
        payer = r.choice(UNKNOWN_PAYERS)
        ref = r.choice(["DEPOSIT", "MISC CREDIT", None, "REMOTE DEPOSIT CAPTURE", "INCOMING WIRE"])
        if scenario == "unknown_ambiguous":
            tw = defaultdict(list)
            for i in self.invoices:
                if i.get("tag") == "cross_twin" and self.free(i, d):
                    tw[(i["currency"], i["balance"])].append(i)
            ok = [k for k, v in sorted(tw.items()) if len(v) >= 2 and len({i["customer_id"] for i in v}) >= 2]
            if not ok:
                return False
            k = r.choice(ok)
            cands = sorted(tw[k], key=lambda i: (i["due"], i["number"]))
            if len([i for i in self.open_cur(k[0]) if i["balance"] == k[1]]) != len(cands):
                return False
            self.emit(d, k[1], k[0], payer, None, ref, None, "review", [], k[1], None, [[i] for i in cands],
                      "unidentified payer; amount equals open invoices of two different customers", scenario,
                      "no customer, no reference; two customers have an invoice with this exact balance (older due first)")
            return True
        if scenario == "unknown_unique":
            pool = [i for i in self.open_cur(cur) if self.free(i, d) and i.get("tag") is None]
            r.shuffle(pool)
            for inv in pool[:80]:
                if sum(1 for o in self.open_cur(cur) if o["balance"] == inv["balance"]) == 1:
                    self.emit(d, inv["balance"], cur, payer, None, ref, None, "review", [], inv["balance"], None, [[inv]],
                              "unidentified payer; amount matches one invoice, but nothing ties the payer to it", scenario,
                              "a careful clerk does not apply on amount alone when the payer is unknown")
                    return True
            return False
        # nomatch
        for _ in range(50):
            amt = q(Decimal(r.randrange(20000, 900000)) / 100)
            if not any(i["balance"] == amt for i in self.open_cur(cur)):
                self.emit(d, amt, cur, payer, None, ref, None, "review", [], amt, None, [],
                          "unidentified payer, amount matches no open invoice", scenario,
                          "nothing to go on: review with no candidates")
                return True
        return False

    def unknown_ambiguous(self, d):
        return self.unknown(d, "unknown_ambiguous")

    def unknown_nomatch(self, d):
        return self.unknown(d, "unknown_nomatch")

    def unknown_unique(self, d):
        return self.unknown(d, "unknown_unique")

    def similar_names(self, d):
        r = self.rng
        pairs = defaultdict(list)
        for i in self.invoices:
            if i.get("tag") == "pair_twin" and self.free(i, d):
                pairs[self.cmap[i["customer_id"]]["pair"]].append(i)
        ok = [k for k, v in sorted(pairs.items()) if len(v) == 2]
        if not ok:
            return False
        a, b = sorted(pairs[r.choice(ok)], key=lambda i: (i["due"], i["number"]))
        ca, cb = self.cmap[a["customer_id"]], self.cmap[b["customer_id"]]
        if sum(1 for i in self.open_of(ca["id"], "USD") + self.open_of(cb["id"], "USD") if i["balance"] == a["balance"]) != 2:
            return False
        payer = os.path.commonprefix([ach_name(ca["name"]), ach_name(cb["name"])]).rstrip()
        assert len(payer) >= 8 and len([c for c in self.custs if ach_name(c["name"]).startswith(payer)]) == 2, payer
        ref = "ACH CR %s CCD PAYMENT" % payer
        self.emit(d, a["balance"], "USD", payer, None, ref, None, "review", [], a["balance"], None, [[a], [b]],
                  "truncated payer name fits %s and %s; each has an open invoice of this amount" % (ca["name"], cb["name"]),
                  "similar_names", "ACH name truncated to 16 characters; two related customers share it")
        return True

    def quebec_fr(self, d):
        r = self.rng
        c = self.pick_cust(lambda c: c["quebec"] and self.free_of(c, "CAD", d))
        if not c:
            return False
        pool = self.free_of(c, "CAD", d)
        invs = sorted(r.sample(pool, min(len(pool), r.randint(1, 4))), key=lambda i: i["number"])
        total = sum(i["balance"] for i in invs)
        payer, cid, pre, kind = self.present(c, "CAD", r.choice(["eft", "lockbox"]))
        rows = self.lines_remit(invs, [i["balance"] for i in invs], "fr")
        remit = "AVIS DE PAIEMENT\n%s\nFournisseur : %s\n%s\nTotal : %s $ CA\nRéf. connaissement %s" % (
            c["name"], OUR_NAME, "\n".join(rows), fr(total), self.noise_ids()["bol"])
        self.emit(d, total, "CAD", payer, cid, pre, remit, "applied", [(i, i["balance"]) for i in invs], Z, None, [],
                  "French remittance lists %d invoice(s); amounts (1 234,56 $ format) equal balances" % len(invs), "quebec_fr",
                  "Quebec shipper, French advice, space thousands separator and decimal comma")
        return True

    # ---- bad rows
    def error(self, d, kind):
        r = self.rng
        c = self.pick_cust(lambda c: c["pair"] is None and self.free_of(c, c["currencies"][0], d))
        cur = c["currencies"][0]
        inv = r.choice(self.free_of(c, cur, d))
        payer, cid, pre, k = self.present(c, cur)
        base = {"id": self.ids.make("pmt_", 10), "date": d.isoformat(), "amount": s(inv["balance"]), "currency": cur,
                "payer_name": payer, "customer_id": cid, "reference": "%s %s" % (pre, self.cite(inv)), "remittance": None}
        if kind == "err_negative":
            base["amount"] = "-" + base["amount"]
            base["reference"] = "RETURN/REVERSAL " + base["reference"]
            err = "negative amount"
        elif kind == "err_currency":
            base["currency"] = "EUR" if any(x.get("currency") == "MXN" for x in self.payments) else "MXN"
            err = "currency %s: no invoice has it" % base["currency"]
        elif kind == "err_dup_id":
            prev = [p for p, l in zip(self.payments, self.labels) if l["status"] != "error"]
            same = [p for p in prev if p.get("date") == d.isoformat()]
            src = r.choice(same) if same else prev[-1]
            if not any(x.get("_dupexact") for x in self.payments):
                base = {k2: v for k2, v in src.items()}
                base["_dupexact"] = True
                err = "duplicate payment id %s (the whole row delivered twice)" % src["id"]
            else:
                base["id"] = src["id"]
                err = "duplicate payment id %s (different row with a reused id)" % src["id"]
            base["date"] = max(base["date"], d.isoformat()) if base.get("_dupexact") is None else base["date"]
        elif kind == "err_malformed":
            base["amount"] = r.choice(["12O4.50", "USD 1,204.50", "1.204,50", "N/A"]) if not any(
                x.get("_mal") for x in self.payments) else "%s.%s.00" % (base["amount"].split(".")[0], "5")
            base["_mal"] = True
            err = "malformed amount %r" % base["amount"]
        else:
            if any(x.get("_nodate") for x in self.payments):
                del base["date"]
                err = "missing date (no date field)"
            else:
                base["date"] = None
                err = "missing date (null)"
            base["_nodate"] = True
        self.payments.append(base)
        self.labels.append({"payment_id": base["id"], "status": "error", "applications": [], "unapplied": "0.00",
                            "short_pay": None, "candidates": [], "reason": err, "error": err, "scenario": kind,
                            "note": "bad input row; nothing applied, balances unchanged"})
        return True

    # ---- driver
    def run(self):
        r = self.rng
        main = [n for n, k in PLAN for _ in range(k)]
        r.shuffle(main)
        fol = [n for n, k in FOLLOWUPS for _ in range(k)]
        n_main = len(main)
        for f in fol:
            main.insert(r.randint(int(n_main * 0.6), len(main)), f)
        for e in ERRORS:
            main.insert(r.randint(int(len(main) * 0.25), len(main)), e)
        days = []
        dd = date(2026, 3, 2)
        while dd <= date(2026, 4, 24):
            if dd.weekday() < 5 and dd not in (date(2026, 4, 3),):
                days.append(dd)
            dd += timedelta(days=1)
        N = len(main)
        for idx, sc in enumerate(main):
            d = days[idx * len(days) // N]
            if sc.startswith("err_"):
                self.error(d, sc)
                continue
            if not getattr(self, sc)(d):
                assert self.exact_ref(d)
                self.labels[-1]["note"] += " (fallback: planned %s had no fit)" % sc
        # strip helper markers
        for p in self.payments:
            for k in ("_dupexact", "_mal", "_nodate"):
                p.pop(k, None)


# --------------------------------------------------------------------------- stage 3
def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def verify(invoices_pub, payments, labels):
    """Replay the labels in file order against the published invoices."""
    bal = {i["id"]: Decimal(i["balance"]) for i in invoices_pub}
    cur = {i["id"]: i["currency"] for i in invoices_pub}
    assert len(payments) == len(labels)
    seen = set()
    for p, l in zip(payments, labels):
        assert p["id"] == l["payment_id"]
        if l["status"] == "error":
            assert l["applications"] == [] and l.get("error")
            continue
        assert p["id"] not in seen
        seen.add(p["id"])
        amt = Decimal(p["amount"])
        tot = Z
        for a in l["applications"]:
            v = Decimal(a["amount"])
            assert cur[a["invoice_id"]] == p["currency"], p["id"]
            assert Z < v <= bal[a["invoice_id"]], p["id"]
            bal[a["invoice_id"]] -= v
            tot += v
        un = Decimal(l["unapplied"])
        assert tot + un == amt, p["id"]
        st = l["status"]
        if st == "applied":
            assert un == 0 and l["applications"] and l["short_pay"] is None and not l["candidates"]
        elif st == "partial":
            assert un == 0 and l["applications"]
            if l["short_pay"]:
                sp = l["short_pay"]
                assert Decimal(sp["amount"]) == bal[sp["invoice_id"]] > 0
        elif st == "unapplied":
            assert un > 0 and l["short_pay"] is None
        elif st == "review":
            assert not l["applications"] and un == amt
            for cs_ in l["candidates"]:
                for i in cs_:
                    assert cur[i] == p["currency"] and bal[i] > 0
        else:
            raise AssertionError(st)
    return bal


README = """# Blind cash-application set: freight brokerage (US + Canada)

Generated by `build.py` (stdlib only, seed {seed}); do not edit the data by hand.
Written blind, from `contracts/cash-application.md` only.

## Theme

Ridgeline Freight Brokerage, a US/Canadian broker and carrier, bills shippers one invoice per load
(`INV-70xxxx`).  Payments come by ACH (CCD+ with an `RMR*IV*` addendum, CTX with `RMR`/`ADX`/`REF*BM`
segments; company names truncated to 16 upper-case characters), cheques through a lockbox (USD `LBX 20417`,
CAD `LOCKBOX T2206`) with a keyed remittance stub, shipper supplier-portal notifications, Canadian EFT
credits and wires, and freight-audit/payment firms paying on behalf of shippers (the remittance names the
shipper; the firm is never a customer).  Load numbers (`L26xxxxx`), PRO numbers (8 digits), BOLs
(10 digits) and PO numbers appear as noise, and some of them are equal to (or start with) invoice numbers.

## Files (`ledger_freight/`)

| file | rows | format |
|---|---|---|
| `invoices.json` | {n_inv} | contract invoice objects; {n_cust} customers; USD {inv_usd}, CAD {inv_cad} |
| `payments.json` | {n_pay} | contract payment objects, oldest first ({d0} .. {d1}); USD {pay_usd}, CAD {pay_cad}, other {pay_oth} |
| `labels.json` | {n_pay} | one expected MATCHES entry per payment, same order, plus `scenario` and `note` (and `error` on bad rows) |

Amounts are decimal strings with two decimals.  Ids are random-looking (`inv_…`, `pmt_…`, `C…`).

## Counts

Status: {status}

Scenario (status):

| scenario | n | status | what it tests |
|---|---|---|---|
{scen_rows}

## Conventions chosen where the contract is silent

- **candidates** is a list of invoice-id lists (one list per candidate set), best first, e.g.
  `[["inv_a"], ["inv_b"]]`.  Where two candidates are exact ties (same amount, nothing to tell them apart:
  `amount_ambiguous`, `unknown_ambiguous`, `similar_names`) they are listed oldest due date first, and that
  order should not be scored; compare those as a set.  In `ref_amount_conflict` the invoice whose balance
  equals the payment is ranked before the invoice the reference cites.
- **review** entries apply nothing, so `unapplied` equals the whole payment amount (applications +
  unapplied = amount holds for every non-error row).
- **error** rows: `status` "error", `applications` [], `unapplied` "0.00", `short_pay` null, `candidates` [],
  and an `error` text.  They change no balance.  The bad rows are: two negative amounts (returns/reversals),
  a currency no invoice has (MXN, EUR), two duplicate payment ids (one exact re-delivery of a row, one new row
  reusing an id; the first occurrence is a normal payment, the second is the error), two malformed amounts,
  and two missing dates (one `null`, one key absent).  The duplicate-id rows carry the same date as the
  row they repeat, which can be a day earlier than their neighbour.
- **short pays** (`detention_short`, `lumper_short`, `quickpay`, `ctx_short_line`): status `partial`,
  `short_pay.amount` is exactly the deduction left open on the invoice, `short_pay.reason` a short text
  (`detention not approved`, `lumper charge disputed (no receipt)`, `quick-pay discount 2% taken`).  A
  quick-pay discount the invoice terms do not give is treated as a deduction (short pay), not a write-off.
  A stated part payment ("balance to follow") is `partial` with `short_pay` null.
- **overpayments** apply the cited invoices in full and hold the rest: status `unapplied`, applications
  listed, `unapplied` = the excess.  Paying an invoice's original total when it was already part paid
  before this batch is the same case (`paid_total_not_balance`).
- **second payment** of an invoice already paid earlier in the file: status `unapplied`, no applications.
- **known customer, no fit** (customer_id given, round amount, no invoice, no pair of invoices matches):
  `unapplied`.  **Cross-currency** (a CAD payment citing a USD invoice of a customer billed in both, no
  CAD invoice fits): also `unapplied`, never applied.
- **Identified payer + exact unique amount, no invoice number**: applied (`amount_unique`, and
  `lookalike_bol` where the BOL/PRO/shipment number happens to equal another customer's invoice number).
  "Unique" means no other open invoice of that customer in that currency has the amount and no two of them
  sum to it.  **Unidentified payer** (a bank description that is no customer, no customer_id): review even
  when the amount matches exactly one invoice in the whole ledger (`unknown_unique`), with no candidates
  when nothing matches.
- A payer is "identified" by `customer_id`, or by a payer name that is an upper-case prefix of exactly
  one customer's name (accents stripped); audit firms are identified through the shipper named in the
  remittance.  The five `similar_names` pairs share the truncated ACH name on purpose.
- Statement payments (no invoice numbers, amount = sum of every open invoice of the customer) are applied.
- Language: bank and remittance text is English except the Quebec shippers' French advices
  (`quebec_fr`, 10) and the bilingual `cross_currency` advices.  `invoices.json` is sorted by invoice number.
- French (Quebec) remittances write amounts as `1 234,56 $`; ACH/CTX write `1234.56`; stubs `1,234.56`.

## Checking

`python3 check.py` replays labels.json in order against invoices.json (same currency, never past a zero
balance, applications + unapplied = amount, short_pay equals what is left open, candidates open and in the
payment's currency, error rows really bad) and re-derives the ambiguity facts the labels rely on.

## Unsure

- `cross_currency` and `known_nofit` could also be defended as `review`; the contract's wording
  ("a known customer's payment that fits no invoice") made us choose `unapplied`.
- `ref_amount_conflict` candidate order (amount match first) is a judgement call.
- `unknown_unique` (review, not applied) assumes a careful clerk never applies on amount alone with an
  unidentified payer.
"""

SCEN_DESC = {
    "exact_ref": "one invoice number in reference/remittance, amount = balance",
    "ctx_multi": "ACH CTX addenda listing 2-8 invoices",
    "lockbox_multi": "cheque with remittance stub listing invoices",
    "lump_range": "invoice number range (weekly billing batch)",
    "statement_pay": "no numbers, amount = all open items of the customer",
    "amount_unique": "identified payer, no invoice number, unique amount",
    "amount_ambiguous": "two same-lane invoices with equal balances",
    "third_party": "freight-audit firm pays for a shipper",
    "third_party_multi": "audit firm pays two shippers in one payment",
    "quickpay": "quick-pay discount deducted",
    "detention_short": "detention charge short-paid with reason",
    "lumper_short": "lumper charge short-paid with reason",
    "ctx_short_line": "CTX lump with one ADX short line",
    "part_payment": "stated part payment",
    "balance_after_part": "later payment of what a part payment left",
    "overpay": "more than the cited invoices",
    "paid_total_not_balance": "pays the total of a part-paid invoice",
    "duplicate_payment": "same invoice paid again later",
    "known_nofit": "known customer, amount fits nothing",
    "lookalike_bol": "BOL/PRO number equal to another customer's invoice number",
    "lookalike_po": "PO number equal to the payer's other invoice number",
    "ref_amount_conflict": "reference cites one invoice, amount equals another",
    "cross_currency": "CAD payment citing a USD invoice",
    "unknown_ambiguous": "unknown payer, amount matches two customers",
    "unknown_nomatch": "unknown payer, no match",
    "unknown_unique": "unknown payer, one exact match in the ledger",
    "similar_names": "truncated name fits two customers, both have the amount",
    "quebec_fr": "French remittance, CAD",
    "err_negative": "bad row", "err_currency": "bad row", "err_dup_id": "bad row",
    "err_malformed": "bad row", "err_no_date": "bad row",
}


def main():
    g = Gen()
    g.run()
    inv_pub = [inv_public(i) for i in sorted(g.invoices, key=lambda i: i["number"])]
    # published balances are the opening balances: recompute from lines/prior part payments
    pays, labs = g.payments, g.labels
    # reload opening balances (Gen mutated them): rebuild a fresh Gen for the opening state
    g0 = Gen()
    inv_pub = [inv_public(i) for i in sorted(g0.invoices, key=lambda i: i["number"])]
    verify(inv_pub, pays, labs)
    os.makedirs(OUT, exist_ok=True)
    dump(os.path.join(OUT, "invoices.json"), inv_pub)
    dump(os.path.join(OUT, "payments.json"), pays)
    dump(os.path.join(OUT, "labels.json"), labs)
    sc = Counter(l["scenario"] for l in labs)
    sst = defaultdict(Counter)
    for l in labs:
        sst[l["scenario"]][l["status"]] += 1
    rows = "\n".join("| %s | %d | %s | %s |" % (k, sc[k], ", ".join("%s %d" % x for x in sorted(sst[k].items())), SCEN_DESC[k])
                     for k in sorted(sc, key=lambda k: (-sc[k], k)))
    st = Counter(l["status"] for l in labs)
    dates = [p["date"] for p in pays if p.get("date")]
    txt = README.format(seed=SEED, n_inv=len(inv_pub), n_cust=len({i["customer_id"] for i in inv_pub}),
                        inv_usd=sum(i["currency"] == "USD" for i in inv_pub),
                        inv_cad=sum(i["currency"] == "CAD" for i in inv_pub), n_pay=len(pays),
                        d0=min(dates), d1=max(dates),
                        pay_usd=sum(p["currency"] == "USD" for p in pays), pay_cad=sum(p["currency"] == "CAD" for p in pays),
                        pay_oth=sum(p["currency"] not in ("USD", "CAD") for p in pays),
                        status=", ".join("%s %d" % (k, st[k]) for k in ("applied", "partial", "unapplied", "review", "error")),
                        scen_rows=rows)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)
    print("invoices", len(inv_pub), "payments", len(pays), dict(st))


if __name__ == "__main__":
    main()
