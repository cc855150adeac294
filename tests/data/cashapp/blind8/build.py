#!/usr/bin/env python3
"""Deterministic generator for a held-out cash-application evaluation set.

Writes two ledgers next to this file:
    uk_distributor/{invoices,payments,expected}.json
    latam_saas/{invoices,payments,expected}.json
and README.md with the counts.

Stdlib only, seeded random: running it twice gives byte-identical output.
Every expected entry is computed from a simulation of the open balances in
payment order, and every "the amount fits exactly one open set" claim is checked
by enumerating all subsets of the customer's open items in that currency.
"""
import json
import os
import random
import re
import string
import unicodedata
from collections import Counter, OrderedDict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CENT = Decimal("0.01")


def D(x):
    return Decimal(str(x)).quantize(CENT, ROUND_HALF_UP)


def s(x):
    return str(D(x))


def money_en(x, sym=""):
    x = D(x)
    neg = x < 0
    t = "{:,.2f}".format(abs(x))
    return ("-" if neg else "") + sym + t


def money_br(x):
    t = "{:,.2f}".format(abs(D(x)))
    t = t.replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if D(x) < 0 else "") + "R$ " + t


def strip_accents(t):
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


class Retry(Exception):
    pass


class Ledger:
    def __init__(self, name, seed, pfx):
        self.name = name
        self.rng = random.Random(seed)
        self.pfx = pfx
        self.customers = []
        self.cust = {}
        self.invoices = []
        self.inv = {}
        self.by_num = {}
        self.bal = {}
        self.used = set()        # invoices a payment has already been designed for
        self.reserved = {}       # invoice id -> tag (kept for a specific scenario)
        self.payments = []
        self.expected = []
        self.paid_single = []    # (payment, invoice id) fully paid by a single-invoice payment
        self.date = None

    # ---------------------------------------------------------------- setup
    def add_customer(self, c):
        self.customers.append(c)
        self.cust[c["id"]] = c

    def add_invoice(self, inv, tag=None):
        inv["total"] = s(inv["total"])
        inv["balance"] = s(inv["balance"])
        self.invoices.append(inv)
        self.inv[inv["id"]] = inv
        self.by_num[inv["number"]] = inv
        self.bal[inv["id"]] = D(inv["balance"])
        if tag:
            self.reserved[inv["id"]] = tag

    # ---------------------------------------------------------------- queries
    def open_items(self, cid, cur):
        return [i for i in self.invoices
                if i["customer_id"] == cid and i["currency"] == cur and self.bal[i["id"]] != 0]

    def fresh(self, cid, cur=None, tag=None, positive=True):
        out = []
        for i in self.invoices:
            if i["customer_id"] != cid or i["id"] in self.used:
                continue
            if cur and i["currency"] != cur:
                continue
            if self.reserved.get(i["id"]) != tag:
                continue
            b = self.bal[i["id"]]
            if positive and b <= 0:
                continue
            if not positive and b >= 0:
                continue
            out.append(i)
        return out

    def fitting_sets(self, cid, cur, amount):
        items = sorted(self.open_items(cid, cur), key=lambda i: (i["due_date"], i["number"]))
        n = len(items)
        assert n <= 17, (cid, n)
        cents = [int(self.bal[i["id"]] * 100) for i in items]
        target = int(D(amount) * 100)
        sums = [0] * (1 << n)
        res = []
        for m in range(1, 1 << n):
            low = (m & -m).bit_length() - 1
            sums[m] = sums[m & (m - 1)] + cents[low]
            if sums[m] == target:
                res.append([items[k]["id"] for k in range(n) if m >> k & 1])
        res.sort(key=lambda st: (len(st), [self.inv[x]["due_date"] for x in st]))
        return res

    def global_singletons(self, cur, amount, exclude_cust=()):
        return [[i["id"]] for i in sorted(self.invoices, key=lambda i: (i["due_date"], i["number"]))
                if i["currency"] == cur and self.bal[i["id"]] == D(amount)
                and i["customer_id"] not in exclude_cust]

    def pick_customer(self, pred=lambda c: True):
        cs = [c for c in self.customers if pred(c)]
        if not cs:
            raise Retry("no customer")
        return self.rng.choice(cs)

    # ---------------------------------------------------------------- output
    def commit(self, pay, status, apps=(), unapplied=None, short_pay=None, candidates=(),
               reason="", scenario="", mark_used=(), **extra):
        pay = OrderedDict([("id", pay["id"]), ("date", pay.get("date", self.date.isoformat())),
                           ("amount", pay["amount"]), ("currency", pay["currency"]),
                           ("payer_name", pay.get("payer_name")), ("customer_id", pay.get("customer_id")),
                           ("reference", pay.get("reference")), ("remittance", pay.get("remittance"))])
        amount = D(pay["amount"])
        apps = [(iid, D(a)) for iid, a in apps]
        for iid, a in apps:
            inv = self.inv[iid]
            assert inv["currency"] == pay["currency"], (pay["id"], iid)
            nb = self.bal[iid] - a
            if self.bal[iid] > 0:
                assert a > 0 and nb >= 0, (pay["id"], iid, a, self.bal[iid])
            else:
                assert a < 0 and nb <= 0, (pay["id"], iid, a, self.bal[iid])
        if unapplied is None:
            unapplied = amount - sum((a for _, a in apps), Decimal(0))
        if status != "error":
            assert sum((a for _, a in apps), Decimal(0)) + D(unapplied) == amount, pay["id"]
        for iid, a in apps:
            self.bal[iid] -= a
        for iid in list(mark_used) + [iid for iid, _ in apps]:
            self.used.add(iid)
        self.payments.append(pay)
        e = OrderedDict()
        e["payment_id"] = pay["id"]
        e["status"] = status
        e["applications"] = [{"invoice_id": iid, "amount": s(a)} for iid, a in apps]
        e["unapplied"] = s(unapplied)
        e["short_pay"] = short_pay
        e["candidates"] = [list(c) for c in candidates]
        e["reason"] = reason
        e["scenario"] = scenario
        e["index"] = len(self.payments) - 1
        for k, v in extra.items():
            e[k] = v
        self.expected.append(e)
        return pay

    def write(self):
        d = os.path.join(HERE, self.name)
        os.makedirs(d, exist_ok=True)
        for fn, obj in (("invoices.json", self.invoices), ("payments.json", self.payments),
                        ("expected.json", self.expected)):
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, indent=2, ensure_ascii=False)
                f.write("\n")

    def verify(self):
        """Replay expected against the original balances (contract invariants)."""
        bal = {i["id"]: D(i["balance"]) for i in self.invoices}
        for p, e in zip(self.payments, self.expected):
            assert p["id"] == e["payment_id"]
            tot = Decimal(0)
            for a in e["applications"]:
                inv = self.inv[a["invoice_id"]]
                assert inv["currency"] == p["currency"]
                amt = D(a["amount"])
                if bal[inv["id"]] > 0:
                    assert 0 < amt <= bal[inv["id"]]
                else:
                    assert bal[inv["id"]] <= amt < 0
                bal[inv["id"]] -= amt
                tot += amt
            if e["status"] in ("applied", "partial", "unapplied", "review"):
                assert tot + D(e["unapplied"]) == D(p["amount"]), p["id"]
            if e["status"] == "applied":
                assert D(e["unapplied"]) == 0 and e["applications"] and e["short_pay"] is None
            if e["status"] == "review":
                assert not e["applications"] and e["candidates"]
            if e["status"] == "partial":
                assert e["applications"] and D(e["unapplied"]) == 0
                if e["short_pay"]:
                    sp = e["short_pay"]
                    assert bal[sp["invoice_id"]] == D(sp["amount"]), (p["id"], bal[sp["invoice_id"]], sp)
                else:
                    assert any(bal[a["invoice_id"]] > 0 for a in e["applications"])
            if e["status"] == "unapplied":
                assert D(e["unapplied"]) > 0
            for c in e["candidates"]:
                for iid in c:
                    assert iid in self.inv


def run_plan(L, plan, funcs, start, end):
    rng = L.rng
    n = len(plan)
    span = (end - start).days
    days = sorted(rng.randint(0, span) for _ in range(n))
    for k, scen in enumerate(plan):
        L.date = start + timedelta(days=days[k])
        L.k = k
        for attempt in range(400):
            try:
                funcs[scen](L)
                break
            except Retry:
                continue
        else:
            raise SystemExit("could not build scenario %s at %d in %s" % (scen, k, L.name))


def make_plan(rng, counts, late=("duplicate_payment",)):
    early = []
    for sc, n in counts.items():
        if sc not in late:
            early += [sc] * n
    rng.shuffle(early)
    plan = list(early)
    for sc in late:
        for _ in range(counts.get(sc, 0)):
            pos = rng.randint(int(len(plan) * 0.45), len(plan))
            plan.insert(pos, sc)
    return plan


# =========================================================================
# UK distributor
# =========================================================================
UK_FIRST = ["Pennine", "Cotswold", "Mersey", "Thames", "Solent", "Chiltern", "Humber", "Tyneside",
            "Severn", "Mendip", "Fenland", "Wessex", "Calder", "Ribble", "Trent", "Medway", "Weald",
            "Brecon", "Hargreaves", "Whitfield", "Ashworth", "Pemberton", "Kershaw", "Blackwood",
            "Thornton", "Fairbairn", "Haslam", "Ogden", "Dobson", "Metcalfe", "Sutcliffe", "Lister",
            "Crowther", "Holroyd", "Atkinson", "Braithwaite", "Castleford", "Kendal", "Skipton",
            "Harrogate", "Barnsley", "Wakefield", "Rotherham", "Doncaster", "Grimsby", "Lincoln",
            "Stafford", "Telford", "Shrewsbury", "Hereford", "Gloucester", "Swindon", "Bedford",
            "Ipswich", "Norwich", "Colchester", "Chelmsford", "Maidstone", "Crawley", "Whitby"]
UK_SECTOR = ["Building Supplies", "Plumbing & Heating", "Electrical Wholesale", "Fasteners",
             "Timber Merchants", "Tool Hire", "Hardware", "Roofing Supplies", "Kitchens & Bathrooms",
             "Interiors", "Landscapes", "Fixings", "Engineering", "Joinery", "Glazing",
             "Decorators Merchants", "Builders Merchants", "Facilities Services"]
UK_SUFFIX = ["Ltd", "Limited", "Ltd", "Limited", "& Sons Ltd", "Group Limited", "(UK) Ltd", "PLC", "LLP"]
UK_FOREIGN = [("Cork Building Providers Limited", "EUR", "IE"),
              ("Galway Timber & Hardware Ltd", "EUR", "IE"),
              ("Dublin Fixings Distribution DAC", "EUR", "IE"),
              ("Bouwmaat Handel B.V.", "EUR", "NL"),
              ("Holzhandel Becker GmbH", "EUR", "DE"),
              ("Quincaillerie Lefebvre SARL", "EUR", "FR"),
              ("Great Lakes Supply Co. Inc.", "USD", "US"),
              ("Carolina Fastener Corp", "USD", "US"),
              ("Bayou Industrial Supply LLC", "USD", "US")]
UK_TRADING = ["BRIGHTSPARK ELEC", "TOOLBOX DIRECT", "TRADEFIX", "KITCHENWORKS NORTH"]
UK_PEOPLE = ["MR J R SMITH", "A KHAN", "MRS P OKONKWO", "D WILLIAMS", "S PATEL", "MR G HUGHES",
             "K MCDONALD", "R EVANS"]


def uk_norm(name):
    n = name.upper().replace("&", "AND")
    n = re.sub(r"[^A-Z0-9 ]", " ", n)
    n = re.sub(r"\b(LIMITED|LTD|PLC|LLP|GROUP|UK|AND SONS)\b", " ", n)
    return re.sub(r"\s+", " ", n).strip()


def uk_bank_name(L, c):
    rng = L.rng
    n = c["name"].upper()
    if rng.random() < 0.5:
        n = n.replace("&", "AND")
    n = re.sub(r"[.,()']", "", n)
    r = rng.random()
    if r < 0.45:
        n = n.replace("LIMITED", "LTD")
    elif r < 0.65:
        n = re.sub(r"\bLTD\b", "LIMITED", n)
    n = re.sub(r"\s+", " ", n).strip()
    return n[:18].rstrip()


def uk_digits(num):
    return num.split("-")[1]


def uk_ref_for(L, num, payer):
    """A BACS/FPS style reference naming one invoice, <= 18 chars, number fully visible."""
    rng = L.rng
    d = uk_digits(num)
    pre = num.split("-")[0]
    opts = [num, pre + d, "INV " + d, d, "INV " + num, payer.split(" ")[0][:8] + " " + pre + d,
            pre + " " + d, "PAYMENT " + pre + d, "INV" + d + " ACCT"]
    for _ in range(20):
        r = rng.choice(opts)[:18]
        if d in r:
            return r
    return num


def uk_ref_ok(L, ref, allowed=()):
    """No 6-digit run in the reference may name an invoice other than the allowed ones."""
    for m in re.finditer(r"(?=(\d{6}))", ref.replace(" ", "")):
        num = "SI-" + m.group(1)
        if num in L.by_num and L.by_num[num]["id"] not in allowed:
            return False
    return True


def uk_fmt_date(ds):
    y, m, d = ds.split("-")
    return "%s/%s/%s" % (d, m, y)


def uk_remit_table(L, c, rows, total, cur, style=None, extra_note=None, payref=None):
    """rows: list of (number, issue_date, amount) or (number, date, gross, disc, net)."""
    rng = L.rng
    sym = {"GBP": "£", "EUR": "€", "USD": "$"}[cur]
    style = style or rng.choice(["pipe", "tab", "lines", "csv"])
    payref = payref or "%06d" % rng.randint(1000, 999999)
    contact = re.sub(r"[^a-z]", "", c["name"].split(" ")[0].lower())
    head = ("From: accounts.payable@%s.co.uk\nSubject: Remittance advice - payment ref %s\n\n"
            "Dear Sir/Madam,\n\nPlease find below details of our payment of %s%s made on %s.\n\n"
            % (contact, payref, sym, money_en(total), uk_fmt_date(L.date.isoformat())))
    lines = []
    disc = len(rows[0]) == 5
    if style == "pipe":
        if disc:
            lines.append("| Your Ref | Inv Date | Gross | Discount | Paid |")
            lines.append("|---|---|---|---|---|")
            for r in rows:
                lines.append("| %s | %s | %s | %s | %s |" % (r[0], uk_fmt_date(r[1]), money_en(r[2]),
                                                             money_en(r[3]), money_en(r[4])))
        else:
            lines.append("| Invoice No | Inv Date | Amount (%s) |" % cur)
            lines.append("|------------|----------|-------------|")
            for r in rows:
                lines.append("| %s | %s | %s |" % (r[0], uk_fmt_date(r[1]), money_en(r[2])))
        lines.append("| Total | | %s |" % money_en(total) if not disc else "| Total | | | | %s |" % money_en(total))
    elif style == "tab":
        if disc:
            lines.append("Document\tDate\tGross\tDisc\tNet")
            for r in rows:
                lines.append("%s\t%s\t%s\t%s\t%s" % (r[0], uk_fmt_date(r[1]), money_en(r[2]),
                                                      money_en(r[3]), money_en(r[4])))
        else:
            lines.append("Document\tDate\tOur Ref\tValue")
            for r in rows:
                lines.append("%s\t%s\t%s\t%s" % (r[0], uk_fmt_date(r[1]),
                                                 "PL%05d" % rng.randint(10000, 99999), money_en(r[2])))
        lines.append("TOTAL\t\t\t%s" % money_en(total))
    elif style == "lines":
        for r in rows:
            if disc:
                lines.append("Invoice %s dated %s  %s%s less %s%s settlement discount = %s%s"
                             % (r[0], uk_fmt_date(r[1]), sym, money_en(r[2]), sym, money_en(r[3]),
                                sym, money_en(r[4])))
            else:
                kind = "Credit note" if r[0].startswith("CN") else "Invoice"
                lines.append("%s %s dated %s  %s%s" % (kind, r[0], uk_fmt_date(r[1]), sym, money_en(r[2])))
        lines.append("Total paid: %s%s" % (sym, money_en(total)))
    else:
        if disc:
            lines.append("Reference,Date,Gross,Discount,Net")
            for r in rows:
                lines.append('%s,%s,"%s","%s","%s"' % (r[0], uk_fmt_date(r[1]), money_en(r[2]),
                                                       money_en(r[3]), money_en(r[4])))
        else:
            lines.append("Reference,Date,Amount")
            for r in rows:
                lines.append('%s,%s,"%s"' % (r[0], uk_fmt_date(r[1]), money_en(r[2])))
        lines.append('Total,,"%s"' % money_en(total))
    tail = "\n\n"
    if extra_note:
        tail += extra_note + "\n\n"
    tail += "Kind regards,\nAccounts Payable\n%s" % c["name"]
    return head + "\n".join(lines) + tail


def build_uk():
    L = Ledger("uk_distributor", 20240611, "uk")
    rng = L.rng
    # ------------------------------------------------------------ customers
    firsts = list(UK_FIRST)
    rng.shuffle(firsts)
    cid_n = [100]

    def new_cust(name, cur, country="GB", **kw):
        cid_n[0] += rng.randint(1, 9)
        c = {"id": "C%05d" % cid_n[0], "name": name, "currency": cur, "country": country,
             "ambiguous": False, "trading": None, "rental": None}
        c.update(kw)
        L.add_customer(c)
        return c

    for f in firsts[:58]:
        sector = rng.choice(UK_SECTOR)
        suf = rng.choice(UK_SUFFIX)
        new_cust("%s %s %s" % (f, sector, suf), "GBP")
    new_cust("Northern Supplies (Leeds) Ltd", "GBP", ambiguous=True)
    new_cust("Northern Supplies (Hull) Ltd", "GBP", ambiguous=True)
    for name, cur, ctry in UK_FOREIGN:
        new_cust(name, cur, ctry)
    # bank-name uniqueness: the normalised 18-char bank name must be a prefix of one customer only
    for c in L.customers:
        key = uk_norm(c["name"].upper().replace("LIMITED", "LTD")[:18])
        hits = [o for o in L.customers if uk_norm(o["name"]).startswith(key.split(" ")[0])]
        assert len(hits) == 1 or c["ambiguous"], (c["name"], [h["name"] for h in hits])
    gbp = [c for c in L.customers if c["currency"] == "GBP" and not c["ambiguous"]]
    for c, t in zip(rng.sample(gbp, len(UK_TRADING)), UK_TRADING):
        c["trading"] = t
    rentals = rng.sample([c for c in gbp if not c["trading"]], 6)
    for c in rentals:
        c["rental"] = D(rng.choice([350, 420, 450, 480, 525, 600, 750]) * Decimal("1.2"))

    # ------------------------------------------------------------ invoices
    raw = []
    start = date(2023, 11, 20)
    for c in L.customers:
        n = rng.randint(3, 11)
        if c["currency"] != "GBP":
            n = rng.randint(4, 8)
        for _ in range(n):
            net = D(Decimal(rng.lognormvariate(6.9, 0.9)).quantize(CENT))
            net = max(net, D("38.50"))
            tot = D(net * Decimal("1.2")) if c["country"] == "GB" else net
            raw.append([c, tot, start + timedelta(days=rng.randint(0, 100)), None])
        if c["rental"]:
            k = rng.randint(2, 3)
            for m in range(k):
                raw.append([c, c["rental"], date(2023, 12, 1) + timedelta(days=31 * m), "rental"])
    # identical amounts for two different customers (pairs)
    pair_amounts = [D(x) for x in ("1188.00", "2376.00", "594.00", "945.60", "1425.60",
                                   "3564.00", "712.80", "1782.00", "475.20", "2851.20")]
    pool = [c for c in gbp if not c["rental"]]
    rng.shuffle(pool)
    L.pairs = []
    for k, amt in enumerate(pair_amounts):
        a, b = pool[2 * k], pool[2 * k + 1]
        raw.append([a, amt, start + timedelta(days=rng.randint(20, 95)), "pair%d" % k])
        raw.append([b, amt, start + timedelta(days=rng.randint(20, 95)), "pair%d" % k])
        L.pairs.append((a, b, amt, "pair%d" % k))
    # the two Northern Supplies companies share two amounts too
    na, nb = [c for c in L.customers if c["ambiguous"]]
    for k, amt in enumerate([D("1602.00"), D("834.24"), D("2210.40")]):
        for c in (na, nb):
            raw.append([c, amt, start + timedelta(days=rng.randint(20, 95)), "north%d" % k])
    # credit notes
    cn_custs = rng.sample([c for c in L.customers if not c["ambiguous"]], 24)
    for c in cn_custs:
        raw.append([c, -D(Decimal(rng.uniform(25, 450)).quantize(CENT)),
                    start + timedelta(days=rng.randint(10, 95)), "cn"])
    raw.sort(key=lambda r: (r[2], r[0]["id"]))
    num = 201000 + rng.randint(1, 50)
    cn_num = 4100 + rng.randint(1, 40)
    iid = 0
    for c, tot, iss, tag in raw:
        iid += 1
        if tot < 0:
            cn_num += rng.randint(1, 3)
            number = "CN-%06d" % cn_num
        else:
            num += 1 if rng.random() < 0.85 else rng.randint(2, 4)
            number = "SI-%06d" % num
        terms = 30 if c["country"] == "GB" else 45
        due = iss + timedelta(days=terms)
        balance = tot
        if tot > 300 and tag is None and rng.random() < 0.06:
            balance = D(tot - D(Decimal(rng.uniform(0.2, 0.6)) * tot))
        inv = {"id": "uk-i-%04d" % iid, "number": number, "customer_id": c["id"],
               "customer_name": c["name"], "currency": c["currency"], "total": tot,
               "balance": balance, "issue_date": iss.isoformat(), "due_date": due.isoformat()}
        rtag = None
        if tag and tag.startswith(("pair", "north")):
            rtag = tag
        elif tag == "rental":
            rtag = "rental"
        elif tag == "cn":
            rtag = "cn"
        L.add_invoice(inv, rtag)
    # per-customer open count cap for exhaustive subset enumeration
    for c in L.customers:
        assert len(L.open_items(c["id"], c["currency"])) <= 17, c

    # ------------------------------------------------------------ helpers
    def cust_pay(c, ident=True, cid_prob=0.15):
        payer = uk_bank_name(L, c)
        cust_id = c["id"] if (ident and rng.random() < cid_prob) else None
        return payer, cust_id

    def pid():
        return "uk-p-%04d" % (len(L.payments) + 1)

    def gen_pay(cur, amount, payer, cust_id, ref, remit):
        return {"id": pid(), "amount": s(amount), "currency": cur, "payer_name": payer,
                "customer_id": cust_id, "reference": ref, "remittance": remit}

    def plain(c):
        return not c["ambiguous"]

    # ------------------------------------------------------------ scenarios
    def ref_exact(L, trading=False):
        c = L.pick_customer(lambda c: (c["trading"] if trading else True))
        inv = rng.choice(L.fresh(c["id"]) or [None])
        if not inv:
            raise Retry
        payer, cust_id = cust_pay(c)
        if trading:
            payer, cust_id = c["trading"], None
        elif rng.random() < 0.12:
            # keying typo in the payer's bank name (adjacent letters swapped inside a later word)
            w = payer.split(" ")
            if len(w) > 1 and len(w[1]) > 4:
                j = rng.randint(1, len(w[1]) - 3)
                w[1] = w[1][:j] + w[1][j + 1] + w[1][j] + w[1][j + 2:]
                payer = " ".join(w)
        ref = uk_ref_for(L, inv["number"], payer) if c["currency"] == "GBP" else \
            rng.choice(["Invoice %s", "INV %s / %s" % ("%s", c["name"].upper()[:20]), "Payment %s"]) % inv["number"]
        if not uk_ref_ok(L, ref, {inv["id"]}):
            raise Retry
        remit = None
        if rng.random() < 0.15:
            remit = uk_remit_table(L, c, [(inv["number"], inv["issue_date"], L.bal[inv["id"]])],
                                   L.bal[inv["id"]], c["currency"])
        p = gen_pay(c["currency"], L.bal[inv["id"]], payer, cust_id, ref, remit)
        why = "reference names %s and amount equals its open balance" % inv["number"]
        if trading:
            why += "; payer %s is a trading name, the reference is decisive" % payer
        L.commit(p, "applied", [(inv["id"], L.bal[inv["id"]])], reason=why,
                 scenario="ref_exact_trading_name" if trading else "ref_exact")
        L.paid_single.append((L.payments[-1], inv["id"], c))

    def ref_truncated_multi(L):
        c = L.pick_customer(lambda c: c["currency"] == "GBP")
        fr = sorted(L.fresh(c["id"]), key=lambda i: i["number"])
        k = rng.choice([2, 3, 3])
        if len(fr) < k:
            raise Retry
        st = rng.randint(0, len(fr) - k)
        invs = fr[st:st + k]
        nums = [uk_digits(i["number"]) for i in invs]
        style = rng.random()
        if style < 0.4 and k == 3:
            full = "SI-%s/%s/%s" % (nums[0], nums[1][-3:], nums[2][-3:])
        else:
            full = " ".join("SI" + n for n in nums) if style < 0.7 else " ".join("SI-" + n for n in nums)
        ref = full[:18].rstrip()
        if ref == full:
            # make sure something really is cut off: add the third number
            raise Retry
        amount = sum(L.bal[i["id"]] for i in invs)
        sets = L.fitting_sets(c["id"], c["currency"], amount)
        if len(sets) != 1 or sorted(sets[0]) != sorted(i["id"] for i in invs):
            raise Retry
        payer, cust_id = cust_pay(c)
        p = gen_pay("GBP", amount, payer, cust_id, ref, None)
        L.commit(p, "applied", [(i["id"], L.bal[i["id"]]) for i in invs],
                 reason="reference truncated at 18 chars (%s); visible numbers plus the amount fit exactly one set of %s's open invoices" % (ref, c["name"]),
                 scenario="ref_truncated_multi")

    def remittance_multi(L, with_cn=False):
        c = L.pick_customer()
        fr = L.fresh(c["id"])
        k = rng.randint(2, 6)
        if len(fr) < k:
            raise Retry
        invs = sorted(rng.sample(fr, k), key=lambda i: i["number"])
        if with_cn:
            cns = L.fresh(c["id"], tag="cn", positive=False)
            if not cns:
                raise Retry
            invs = invs[:max(2, k - 1)] + [cns[0]]
        amount = sum(L.bal[i["id"]] for i in invs)
        if amount <= 0:
            raise Retry
        payer, cust_id = cust_pay(c)
        payref = "%06d" % rng.randint(1000, 999999)
        if c["currency"] == "GBP":
            ref = rng.choice(["REMIT " + payref, "BACS " + payer.split(" ")[0], "PAYRUN " + payref,
                              payer[:10] + " " + payref, "SUPPLIER PAYMENT"])[:18]
        else:
            ref = "PAYMENT REF %s SEE REMITTANCE" % payref
        if not uk_ref_ok(L, ref):
            raise Retry
        rows = [(i["number"], i["issue_date"], L.bal[i["id"]]) for i in invs]
        remit = uk_remit_table(L, c, rows, amount, c["currency"], payref=payref)
        p = gen_pay(c["currency"], amount, payer, cust_id, ref, remit)
        L.commit(p, "applied", [(i["id"], L.bal[i["id"]]) for i in invs],
                 reason="remittance advice lists %s%s; total equals the payment" %
                 (", ".join(i["number"] for i in invs), " with the credit note netted off" if with_cn else ""),
                 scenario="remittance_credit_note" if with_cn else "remittance_multi")

    def short_pay_discount(L):
        c = L.pick_customer(lambda c: c["currency"] == "GBP")
        fr = [i for i in L.fresh(c["id"]) if L.bal[i["id"]] == D(i["total"]) and L.bal[i["id"]] > 200]
        if not fr:
            raise Retry
        inv = rng.choice(fr)
        rate = rng.choice([Decimal("2"), Decimal("2.5"), Decimal("3"), Decimal("1.5")])
        gross = L.bal[inv["id"]]
        disc = D(gross * rate / 100)
        net = gross - disc
        if L.fitting_sets(c["id"], "GBP", net):
            raise Retry
        payer, cust_id = cust_pay(c)
        ref = uk_ref_for(L, inv["number"], payer)
        if not uk_ref_ok(L, ref, {inv["id"]}):
            raise Retry
        remit = uk_remit_table(L, c, [(inv["number"], inv["issue_date"], gross, disc, net)], net, "GBP",
                               extra_note="%s%% prompt payment discount deducted as per your terms." % rate)
        p = gen_pay("GBP", net, payer, cust_id, ref, remit)
        L.commit(p, "partial", [(inv["id"], net)],
                 short_pay={"invoice_id": inv["id"], "amount": s(disc),
                            "reason": "early settlement discount %s%% taken per remittance" % rate},
                 reason="remittance shows %s gross %s less %s%% discount %s" % (inv["number"], gross, rate, disc),
                 scenario="short_pay_discount")

    def bank_charges(L):
        c = L.pick_customer(lambda c: c["currency"] != "GBP")
        fr = [i for i in L.fresh(c["id"]) if L.bal[i["id"]] > 300]
        if not fr:
            raise Retry
        inv = rng.choice(fr)
        gross = L.bal[inv["id"]]
        chg = D(rng.choice(["12.50", "15.00", "18.00", "20.00", "25.00", "9.75", "30.00", "35.00"]))
        net = gross - chg
        if L.fitting_sets(c["id"], c["currency"], net):
            raise Retry
        cur = c["currency"]
        payer = c["name"].upper()[:35]
        ref = rng.choice(["/INV/%s", "INVOICE %s", "%s SHA"]) % inv["number"]
        remit = ("Payment advice\nOrdering customer: %s\nBeneficiary: Northgate Trade Supplies Ltd\n"
                 "Value date: %s\nAmount: %s %s\nDetails of charges: SHA (shared)\n"
                 "Remittance information: settlement of invoice %s\n"
                 % (c["name"], L.date.isoformat(), cur, money_en(gross), inv["number"]))
        p = gen_pay(cur, net, payer, None, ref, remit)
        L.commit(p, "partial", [(inv["id"], net)],
                 short_pay={"invoice_id": inv["id"], "amount": s(chg),
                            "reason": "bank charges deducted in transit (SHA); remittance sent %s %s" % (cur, gross)},
                 reason="foreign payment for %s arrived %s short of the remitted amount" % (inv["number"], chg),
                 scenario="bank_charges")

    def part_payment(L):
        c = L.pick_customer(lambda c: c["currency"] == "GBP")
        fr = [i for i in L.fresh(c["id"]) if L.bal[i["id"]] > 600]
        if not fr:
            raise Retry
        inv = rng.choice(fr)
        b = L.bal[inv["id"]]
        amt = rng.choice([D(b / 2), D(b / 3), D(int(b / 400) * 100 + 100) if b > 1000 else D(b / 2),
                          D(int(b * Decimal("0.4")))])
        if not (0 < amt < b) or L.fitting_sets(c["id"], "GBP", amt):
            raise Retry
        payer, cust_id = cust_pay(c)
        d = uk_digits(inv["number"])
        ref = rng.choice(["PART PAY SI" + d, "PART PMT " + d, "ON ACC SI" + d, "INSTAL 1 SI" + d,
                          "SI%s PART" % d])[:18]
        remit = None
        if rng.random() < 0.5:
            remit = ("Hi,\n\nAs agreed with your credit controller we are paying invoice %s in instalments. "
                     "Please accept %s as the first payment on account; the balance will follow.\n\nRegards\n%s"
                     % (inv["number"], money_en(amt, "£"), c["name"]))
        p = gen_pay("GBP", amt, payer, cust_id, ref, remit)
        L.commit(p, "partial", [(inv["id"], amt)],
                 reason="part payment on account of %s; %s stays open" % (inv["number"], b - amt),
                 scenario="part_payment")

    def on_account(L):
        c = L.pick_customer(lambda c: c["currency"] == "GBP" and plain(c))
        if len(L.open_items(c["id"], "GBP")) < 2:
            raise Retry
        amt = D(rng.choice([500, 750, 1000, 1500, 2000, 2500, 3000, 5000]))
        if L.fitting_sets(c["id"], "GBP", amt):
            raise Retry
        payer, cust_id = cust_pay(c, cid_prob=0.3)
        ref = rng.choice(["ON ACCOUNT", "PAYMENT ON ACCOUNT", "ON ACC", "PYMT ON ACCT " + payer.split(" ")[0]])[:18]
        p = gen_pay("GBP", amt, payer, cust_id, ref, None)
        L.commit(p, "unapplied", [], unapplied=amt,
                 reason="payment on account from %s naming no invoice; amount fits no open invoice set" % c["name"],
                 scenario="on_account")

    def overpayment(L):
        c = L.pick_customer(lambda c: c["currency"] == "GBP")
        fr = L.fresh(c["id"])
        if not fr:
            raise Retry
        over_total = [i for i in fr if L.bal[i["id"]] < D(i["total"])]
        inv = rng.choice(over_total) if over_total and rng.random() < 0.7 else rng.choice(fr)
        b = L.bal[inv["id"]]
        amt = D(inv["total"]) if b < D(inv["total"]) else D(b + D(rng.choice(["10.00", "100.00", "0.90", "50.00", "240.00"])))
        if L.fitting_sets(c["id"], "GBP", amt):
            raise Retry
        payer, cust_id = cust_pay(c)
        ref = uk_ref_for(L, inv["number"], payer)
        if not uk_ref_ok(L, ref, {inv["id"]}):
            raise Retry
        p = gen_pay("GBP", amt, payer, cust_id, ref, None)
        L.commit(p, "unapplied", [(inv["id"], b)], unapplied=amt - b,
                 reason="reference %s; paid %s against open balance %s%s" %
                 (inv["number"], amt, b, " (customer paid the invoice total)" if b < D(inv["total"]) else ""),
                 scenario="overpayment")

    def duplicate_payment(L):
        cands = [(p, iid, c) for p, iid, c in L.paid_single if L.bal[iid] == 0]
        if not cands:
            raise Retry
        p0, iid, c = rng.choice(cands)
        amt = D(p0["amount"])
        if L.fitting_sets(c["id"], c["currency"], amt):
            raise Retry
        p = gen_pay(p0["currency"], amt, p0["payer_name"], p0["customer_id"], p0["reference"], None)
        L.commit(p, "unapplied", [], unapplied=amt,
                 reason="second payment of %s, already paid by %s; held on account" % (L.inv[iid]["number"], p0["id"]),
                 scenario="duplicate_payment")
        L.paid_single = [x for x in L.paid_single if x[0] is not p0]

    def amount_only(L, kind):
        c = L.pick_customer(lambda c: plain(c) and c["currency"] == "GBP")
        fr = L.fresh(c["id"])
        k = 1 if rng.random() < 0.7 else 2
        if len(fr) < k:
            raise Retry
        invs = rng.sample(fr, k)
        amount = sum(L.bal[i["id"]] for i in invs)
        sets = L.fitting_sets(c["id"], "GBP", amount)
        if len(sets) != 1:
            raise Retry
        payer, cust_id = cust_pay(c)
        if kind == "po_vat_ref":
            po = "PO%07d" % rng.randint(4500000, 4599999)
            vat = "GB%09d" % rng.randint(100000000, 999999999)
            ref = rng.choice([po, "OUR REF " + po, "VAT " + vat, vat + " " + po, "PO " + po[2:] + " " + payer.split(" ")[0]])[:18]
            why = "reference carries only a PO/VAT number (%s); payer %s identified; amount fits exactly one open set" % (ref, payer)
        else:
            ref = rng.choice([None, None, "BACS", payer.split(" ")[0] + " BACS", "SUPPLIER PAYMENT", "INVOICES"])
            why = "no usable reference; payer %s identified as %s; amount fits exactly one open set" % (payer, c["name"])
        if ref and not uk_ref_ok(L, ref):
            raise Retry
        p = gen_pay("GBP", amount, payer, cust_id, ref, None)
        L.commit(p, "applied", [(i["id"], L.bal[i["id"]]) for i in invs], reason=why, scenario=kind)

    def amount_only_ambiguous(L):
        c = L.pick_customer(lambda c: c["rental"] is not None)
        fr = L.fresh(c["id"], tag="rental")
        if len(fr) < 2:
            raise Retry
        amount = c["rental"]
        sets = L.fitting_sets(c["id"], "GBP", amount)
        if len(sets) < 2:
            raise Retry
        payer, cust_id = cust_pay(c, cid_prob=0.5)
        ref = rng.choice([None, "HIRE", "MONTHLY HIRE", "STANDING ORDER"])
        p = gen_pay("GBP", amount, payer, cust_id, ref, None)
        L.commit(p, "review", [], unapplied=amount, candidates=sets[:6],
                 reason="%s identified but %d open invoices of %s fit; no reference says which" % (c["name"], len(sets), amount),
                 scenario="amount_only_ambiguous", mark_used=[x for st in sets for x in st])

    def same_amount(L, identified):
        opts = [pr for pr in L.pairs
                if all(L.fresh(c["id"], tag=pr[3]) for c in pr[:2])]
        if not opts:
            raise Retry
        a, b, amt, tag = rng.choice(opts)
        ia, ib = L.fresh(a["id"], tag=tag)[0], L.fresh(b["id"], tag=tag)[0]
        if identified:
            c, inv = rng.choice([(a, ia), (b, ib)])
            if len(L.fitting_sets(c["id"], "GBP", amt)) != 1:
                raise Retry
            payer, cust_id = cust_pay(c)
            p = gen_pay("GBP", amt, payer, cust_id, rng.choice([None, "BACS", "PAYMENT"]), None)
            L.commit(p, "applied", [(inv["id"], amt)],
                     reason="amount %s is open for two customers, but payer %s identifies %s and only one of its sets fits" % (amt, payer, c["name"]),
                     scenario="same_amount_two_customers_identified", mark_used=[ia["id"], ib["id"]])
        else:
            payer = rng.choice(UK_PEOPLE + ["FASTER PAYMENT", "BANK GIRO CREDIT"])
            ref = rng.choice([None, "INVOICE", "PAYMENT", "THANK YOU"])
            cands = L.global_singletons("GBP", amt)
            assert [ia["id"]] in cands and [ib["id"]] in cands
            p = gen_pay("GBP", amt, payer, None, ref, None)
            L.commit(p, "review", [], unapplied=amt, candidates=cands,
                     reason="payer %s unknown; %s is open on invoices of %s and %s" % (payer, amt, a["name"], b["name"]),
                     scenario="same_amount_two_customers_unidentified", mark_used=[ia["id"], ib["id"]])

    def typo_ref(L, conflict):
        c = L.pick_customer(lambda c: plain(c) and c["currency"] == "GBP")
        fr = L.fresh(c["id"])
        if not fr:
            raise Retry
        inv = rng.choice(fr)
        d = uk_digits(inv["number"])
        if conflict:
            t = d[:4] + d[5] + d[4]
            if t == d or ("SI-" + t) not in L.by_num:
                raise Retry
            other = L.by_num["SI-" + t]
            if other["customer_id"] == c["id"] or L.bal[other["id"]] == L.bal[inv["id"]] or L.bal[other["id"]] <= 0:
                raise Retry
        else:
            variants = [d[0] + d[2] + d[1] + d[3:], d[:3] + d[4] + d[3] + d[5], d[:5], d + d[-1], d[:2] + d[3:]]
            t = rng.choice(variants)
            if t == d or ("SI-" + t) in L.by_num or any(("SI-" + t[i:i + 6]) in L.by_num for i in range(len(t) - 5)):
                raise Retry
        if len(L.fitting_sets(c["id"], "GBP", L.bal[inv["id"]])) != 1:
            raise Retry
        payer, cust_id = cust_pay(c)
        ref = rng.choice(["SI-" + t, "SI" + t, "INV " + t])
        p = gen_pay("GBP", L.bal[inv["id"]], payer, cust_id, ref, None)
        if conflict:
            L.commit(p, "review", [], unapplied=L.bal[inv["id"]], candidates=[[inv["id"]], [other["id"]]],
                     reason="reference %s names another customer's invoice with a different balance; payer and amount point to %s" % (ref, inv["number"]),
                     scenario="typo_ref_conflict", mark_used=[inv["id"]],
                     note="doubtful: many clerks would apply to %s; we keep review because the evidence conflicts" % inv["number"])
        else:
            L.commit(p, "applied", [(inv["id"], L.bal[inv["id"]])],
                     reason="reference %s does not exist; payer %s and exact amount match %s, the only fitting set" % (ref, payer, inv["number"]),
                     scenario="typo_ref_nonexistent")

    def unknown_payer_amount_only(L):
        c = L.pick_customer(lambda c: c["currency"] == "GBP")
        fr = L.fresh(c["id"])
        if not fr:
            raise Retry
        inv = rng.choice(fr)
        amt = L.bal[inv["id"]]
        cands = L.global_singletons("GBP", amt)
        if cands != [[inv["id"]]]:
            raise Retry
        payer = rng.choice(UK_PEOPLE + ["ONLINE BANKING", "HSBC CLIENT A/C"])
        p = gen_pay("GBP", amt, payer, None, rng.choice([None, "PAYMENT", "INV"]), None)
        L.commit(p, "review", [], unapplied=amt, candidates=cands,
                 reason="payer %s not a known customer and no reference; the amount alone matches %s" % (payer, inv["number"]),
                 scenario="unknown_payer_amount_only", mark_used=[inv["id"]],
                 note="only one open invoice in the ledger has this amount, but nothing ties the payer to that customer")

    def ref_multi_amount_mismatch(L):
        c = L.pick_customer(lambda c: c["currency"] == "GBP")
        fr = L.fresh(c["id"])
        if len(fr) < 2:
            raise Retry
        a, b = sorted(rng.sample(fr, 2), key=lambda i: i["number"])
        tot = L.bal[a["id"]] + L.bal[b["id"]]
        gap = D(rng.choice(["137.40", "62.18", "410.00", "23.70", "256.33"]))
        amt = tot - gap
        if amt <= 0 or L.fitting_sets(c["id"], "GBP", amt) or gap in (L.bal[a["id"]], L.bal[b["id"]]):
            raise Retry
        ref = ("SI%s SI%s" % (uk_digits(a["number"]), uk_digits(b["number"])))[:18]
        payer, cust_id = cust_pay(c)
        p = gen_pay("GBP", amt, payer, cust_id, ref, None)
        L.commit(p, "review", [], unapplied=amt, candidates=[[a["id"], b["id"]], [a["id"]], [b["id"]]],
                 reason="reference names %s and %s (together %s) but %s arrived, %s short with no explanation" % (a["number"], b["number"], tot, amt, gap),
                 scenario="ref_multi_amount_mismatch", mark_used=[a["id"], b["id"]],
                 note="short pay of unknown cause across two invoices: which one carries the deduction is unknown")

    def ambiguous_payer(L):
        tags = [t for t in ("north0", "north1", "north2") if len(L.fresh(na["id"], tag=t)) and len(L.fresh(nb["id"], tag=t))]
        if not tags:
            raise Retry
        t = rng.choice(tags)
        ia, ib = L.fresh(na["id"], tag=t)[0], L.fresh(nb["id"], tag=t)[0]
        amt = L.bal[ia["id"]]
        cands = L.global_singletons("GBP", amt)
        p = gen_pay("GBP", amt, "NORTHERN SUPPLIES", None, rng.choice([None, "BACS", "NORTHERN SUPPLIES"]), None)
        L.commit(p, "review", [], unapplied=amt, candidates=cands,
                 reason="bank name NORTHERN SUPPLIES (truncated) fits both the Leeds and the Hull company and each has %s open" % amt,
                 scenario="ambiguous_payer_name", mark_used=[ia["id"], ib["id"]])

    funcs = {
        "ref_exact": lambda L: ref_exact(L),
        "ref_exact_trading_name": lambda L: ref_exact(L, trading=True),
        "ref_truncated_multi": ref_truncated_multi,
        "remittance_multi": lambda L: remittance_multi(L),
        "remittance_credit_note": lambda L: remittance_multi(L, with_cn=True),
        "short_pay_discount": short_pay_discount,
        "bank_charges": bank_charges,
        "part_payment": part_payment,
        "on_account": on_account,
        "overpayment": overpayment,
        "duplicate_payment": duplicate_payment,
        "amount_only_unique": lambda L: amount_only(L, "amount_only_unique"),
        "po_vat_ref": lambda L: amount_only(L, "po_vat_ref"),
        "amount_only_ambiguous": amount_only_ambiguous,
        "same_amount_two_customers_unidentified": lambda L: same_amount(L, False),
        "same_amount_two_customers_identified": lambda L: same_amount(L, True),
        "typo_ref_nonexistent": lambda L: typo_ref(L, False),
        "typo_ref_conflict": lambda L: typo_ref(L, True),
        "unknown_payer_amount_only": unknown_payer_amount_only,
        "ref_multi_amount_mismatch": ref_multi_amount_mismatch,
        "ambiguous_payer_name": ambiguous_payer,
    }
    counts = OrderedDict([
        ("ref_exact", 61), ("ref_exact_trading_name", 4), ("ref_truncated_multi", 12),
        ("remittance_multi", 16), ("remittance_credit_note", 8), ("short_pay_discount", 8),
        ("bank_charges", 7), ("part_payment", 8), ("on_account", 5), ("overpayment", 6),
        ("duplicate_payment", 6), ("amount_only_unique", 16), ("po_vat_ref", 10),
        ("amount_only_ambiguous", 4), ("same_amount_two_customers_unidentified", 5),
        ("same_amount_two_customers_identified", 5), ("typo_ref_nonexistent", 5),
        ("typo_ref_conflict", 3), ("unknown_payer_amount_only", 4), ("ref_multi_amount_mismatch", 4),
        ("ambiguous_payer_name", 3)])
    plan = make_plan(rng, counts)
    run_plan(L, plan, funcs, date(2024, 3, 1), date(2024, 4, 30))
    return L


# =========================================================================
# LatAm SaaS
# =========================================================================
BR_NAMES = ["Aurora Tecnologia Ltda", "Serrano Comércio de Alimentos S.A.", "Ipê Consultoria Ltda",
            "Jequitibá Logística Ltda", "Maré Alta Turismo Ltda", "Cacau Digital Ltda - ME",
            "Paraná Agro Insumos S.A.", "Vento Sul Energia Ltda", "Guará Educação Ltda",
            "Bandeirante Construções Ltda", "Tucano Marketing Digital Ltda", "Ribeira Saúde Ltda",
            "Cerrado Fintech S.A.", "Pampa Logística e Transportes Ltda", "Araucária Móveis Ltda",
            "Sabiá Software Ltda", "Capivara Games Ltda", "Buriti Cosméticos Ltda",
            "Itaipava Contabilidade Ltda", "Jangada Pescados Ltda", "Mandacaru Engenharia Ltda",
            "Quaresmeira Imóveis Ltda", "Pitanga Moda Ltda", "Carambola Tecnologia em Saúde Ltda",
            "Anhanguera Distribuidora S.A.", "Solimões Advocacia", "Xingu Mineração Ltda",
            "Orla Carioca Restaurantes Ltda"]
MX_NAMES = ["Comercializadora del Bajío S.A. de C.V.", "Grupo Industrial Sierra Madre S.A. de C.V.",
            "Servicios Logísticos Anáhuac S. de R.L. de C.V.", "Tecnologías Xochimilco S.A.P.I. de C.V.",
            "Distribuidora Huasteca S.A. de C.V.", "Consultores Chapultepec S.C.",
            "Farmacias Tlaquepaque S.A. de C.V.", "Alimentos Yucatán S.A. de C.V.",
            "Inmobiliaria Coyoacán S.A. de C.V.", "Transportes Popocatépetl S.A. de C.V.",
            "Cervecería Artesanal Oaxaqueña S. de R.L. de C.V.", "Educación Digital Querétaro S.C.",
            "Manufacturas Monterrey Norte S.A. de C.V.", "Agrícola Sinaloa Verde S.P.R. de R.L.",
            "Clínica Dental Polanco S.C.", "Hoteles Riviera Maya S.A. de C.V.",
            "Despacho Contable Zacatecas S.C.", "Textiles Puebla Colonial S.A. de C.V.",
            "Software Guadalajara S.A.P.I. de C.V.", "Mueblería Michoacana S.A. de C.V.",
            "Energía Solar Sonora S.A. de C.V.", "Autopartes Toluca S.A. de C.V.",
            "Mensajería Veracruzana S.A. de C.V.", "Cafetalera Chiapas S.C. de R.L."]
US_NAMES = [("Andes Retail SAS", "CO"), ("Cordillera Analytics SpA", "CL"), ("Pampero Labs S.R.L.", "AR"),
            ("Inca Logistics S.A.C.", "PE"), ("Rioplatense Media S.A.", "UY"), ("Bogotá Fintech SAS", "CO"),
            ("Valparaíso Shipping SpA", "CL"), ("Medellín Health Tech SAS", "CO"),
            ("Patagonia Outfitters S.R.L.", "AR"), ("Lima Foods S.A.C.", "PE"), ("Quito Devs Cía. Ltda.", "EC"),
            ("Brightwater Analytics Inc.", "US"), ("Keystone Robotics LLC", "US"), ("Harbor Lane Studios Inc.", "US"),
            ("Mesa Verde Software LLC", "US"), ("Blue Ridge Telehealth Inc.", "US"), ("Cascade Payments Corp", "US"),
            ("Silverline Legal LLP", "US"), ("Tidewater Logistics Inc.", "US"), ("Redwood Learning Inc.", "US"),
            ("Cartagena Hoteles SAS", "CO"), ("Atacama Solar SpA", "CL"), ("Montevideo Data S.A.", "UY"),
            ("Cusco Travel S.A.C.", "PE"), ("Caribe Retail Group LLC", "US"), ("Sonoran Clinics PLLC", "US"),
            ("Magdalena Coffee SAS", "CO"), ("Iguazu Ventures LLC", "US")]
PEOPLE_BR = ["MARIA S OLIVEIRA", "JOAO PEDRO SANTOS", "ANA CAROLINA LIMA", "CARLOS E PEREIRA",
             "FERNANDA COSTA", "RAFAEL ALMEIDA"]
PEOPLE_MX = ["JUAN CARLOS HERNANDEZ", "MARIA GUADALUPE LOPEZ", "JOSE LUIS MARTINEZ", "ANA SOFIA GARCIA"]
PEOPLE_US = ["JOHN A MILLER", "SARAH K JOHNSON", "DIEGO RAMIREZ", "CAMILA TORRES", "MICHAEL CHEN",
             "VALENTINA ROJAS", "ANDRES GOMEZ"]
PRICES = {
    "USD": {"flat_m": ["49.00", "99.00", "199.00", "299.00", "499.00", "990.00"], "seat": ["12.00", "29.00", "39.00", "45.00"]},
    "BRL": {"flat_m": ["149.00", "249.00", "490.00", "990.00", "1490.00"], "seat": ["39.90", "59.00", "89.00"]},
    "MXN": {"flat_m": ["899.00", "1160.00", "2320.00", "4640.00"], "seat": ["232.00", "348.00", "174.00"]},
}


def rid(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def la_upper(name):
    n = strip_accents(name).upper()
    n = re.sub(r"[.,]", "", n)
    n = n.replace(" - ", " ")
    return re.sub(r"\s+", " ", n).strip()


def build_latam():
    L = Ledger("latam_saas", 20240612, "la")
    rng = L.rng
    hexu = "0123456789ABCDEF"
    # ------------------------------------------------------------ customers
    def new_cust(name, cur, country):
        while True:
            pre = rid(rng, 8, hexu)
            if re.search(r"[A-F]", pre) and re.search(r"\d", pre):
                break
        c = {"id": "cus_" + rid(rng, 14), "name": name, "currency": cur, "country": country,
             "prefix": pre, "seq": rng.randint(1, 20), "billing": None, "pricing": None,
             "cnpj": None, "second_cur": None}
        if country == "BR":
            c["cnpj"] = "%02d.%03d.%03d/0001-%02d" % (rng.randint(1, 99), rng.randint(0, 999), rng.randint(0, 999), rng.randint(0, 99))
        if country == "MX":
            c["rfc"] = strip_accents(name).upper()[:3] + "%06d" % rng.randint(100101, 231231) + rid(rng, 3, string.ascii_uppercase + string.digits)
        L.add_customer(c)
        return c
    for n in BR_NAMES:
        new_cust(n, "BRL", "BR")
    for n in MX_NAMES:
        new_cust(n, "MXN", "MX")
    for n, ctry in US_NAMES:
        new_cust(n, "USD", ctry)
    # a few Brazilian customers also have USD invoices (international add-on)
    for c in rng.sample([c for c in L.customers if c["country"] == "BR"], 4):
        c["second_cur"] = "USD"
    # payer-name identifiability: first significant word unique
    keys = Counter(la_upper(c["name"]).split(" ")[0] for c in L.customers)
    for c in L.customers:
        fw = la_upper(c["name"]).split(" ")[0]
        c["key"] = fw if keys[fw] == 1 else " ".join(la_upper(c["name"]).split(" ")[:2])
    # ------------------------------------------------------------ invoices
    raw = []

    def add_raw(c, cur, amount, iss, kind, tag=None):
        raw.append([c, cur, D(amount), iss, kind, tag])

    custs = list(L.customers)
    rng.shuffle(custs)
    # designed monthly/annual identical-amount pairs (seat pricing: 12k seats monthly = k seats annual)
    L.pairs = []
    pair_specs = [("USD", "39.00", 4), ("USD", "29.00", 7), ("USD", "45.00", 3), ("BRL", "59.00", 5),
                  ("BRL", "89.00", 6), ("MXN", "348.00", 2), ("MXN", "174.00", 9), ("USD", "12.00", 11),
                  ("BRL", "39.90", 8), ("MXN", "232.00", 5), ("USD", "29.00", 13), ("BRL", "59.00", 11),
                  ("USD", "45.00", 5), ("MXN", "348.00", 4)]
    used_pair = set()
    for k, (cur, unit, seats) in enumerate(pair_specs):
        cs = [c for c in custs if c["currency"] == cur and c["id"] not in used_pair]
        a, b = cs[0], cs[1]
        used_pair.update([a["id"], b["id"]])
        a["billing"], a["pricing"], a["unit"], a["seats"] = "monthly", "seat", D(unit), seats * 12
        b["billing"], b["pricing"], b["unit"], b["seats"] = "annual", "seat", D(unit), seats
        a["pair"] = b["pair"] = True
        amt = D(unit) * seats * 12
        L.pairs.append((a, b, amt, "pair%d" % k, cur))
        add_raw(a, cur, amt, date(2024, 2, rng.randint(1, 20)), "monthly", "pair%d" % k)
        add_raw(b, cur, amt, date(2024, rng.randint(1, 2), rng.randint(1, 25)), "annual", "pair%d" % k)
    for c in custs:
        cur = c["currency"]
        if c["billing"] is None:
            c["billing"] = "annual" if rng.random() < 0.25 else "monthly"
            c["pricing"] = rng.choice(["flat", "flat", "seat", "usage"])
            c["unit"] = D(rng.choice(PRICES[cur]["flat_m"] if c["pricing"] == "flat" else PRICES[cur]["seat"]))
            c["seats"] = rng.randint(3, 60)
        day = rng.randint(1, 27)
        c["overage"] = c["billing"] == "monthly" and not c.get("pair") and rng.random() < 0.4
        if c["billing"] == "monthly":
            months = rng.choice([1, 2, 3, 4, 5, 6, 6, 7, 8, 9])
            if c["overage"]:
                months = min(months, 8)
            seats = c["seats"]
            for m in range(months):
                y, mo = (2024, 2 - m) if m < 2 else (2023, 14 - m)
                iss = date(y, mo, day)
                if c["pricing"] == "flat":
                    amt = c["unit"]
                elif c["pricing"] == "seat" and c.get("pair"):
                    amt = c["unit"] * (seats - 2 * m)
                elif c["pricing"] == "seat":
                    if rng.random() < 0.3:
                        seats = max(1, seats + rng.choice([-2, -1, 1, 2, 3]))
                    amt = c["unit"] * seats
                else:
                    amt = c["unit"] * 5 + D(Decimal(rng.uniform(0, 900)).quantize(CENT))
                if c["pricing"] == "seat" and any(r[5] and r[0] is c for r in raw) and m == 0:
                    continue
                add_raw(c, cur, amt, iss, "monthly")
                if c["overage"] and rng.random() < 0.85:
                    add_raw(c, cur, D(Decimal(rng.uniform(5, 400)).quantize(CENT)) * (1 if cur == "USD" else 5),
                            iss + timedelta(days=1), "overage")
        else:
            if not any(r[0] is c for r in raw):
                mult = 10 if c["pricing"] == "flat" else 12
                amt = c["unit"] * (c["seats"] if c["pricing"] != "flat" else 1) * mult
                add_raw(c, cur, amt, date(2024, rng.randint(1, 2), day), "annual")
            for _ in range(rng.randint(1, 5)):
                add_raw(c, cur, D(Decimal(rng.uniform(20, 1500)).quantize(CENT)),
                        date(2024, rng.randint(1, 2), rng.randint(1, 28)), "proration")
        if c["second_cur"]:
            for _ in range(rng.randint(1, 3)):
                add_raw(c, "USD", D(rng.choice(["99.00", "199.00", "49.00"])) + D(Decimal(rng.uniform(0, 300)).quantize(CENT)),
                        date(2024, rng.randint(1, 2), rng.randint(1, 28)), "addon")
    # identical monthly invoices inside one customer are natural for flat plans; make sure several exist
    flat = [c for c in L.customers if c["billing"] == "monthly" and c["pricing"] == "flat"]
    L.flat_multi = [c for c in flat if sum(1 for r in raw if r[0] is c) >= 2]
    raw.sort(key=lambda r: (r[3], r[0]["id"]))
    for c, cur, amt, iss, kind, tag in raw:
        c["seq"] += 1
        number = "%s-%04d" % (c["prefix"], c["seq"])
        terms = 30 if kind == "annual" else 15
        if c["country"] in ("BR",) and cur == "BRL":
            terms = 10
        inv = {"id": "in_1O" + rid(rng, 22), "number": number, "customer_id": c["id"],
               "customer_name": c["name"], "currency": cur, "total": amt, "balance": amt,
               "issue_date": iss.isoformat(), "due_date": (iss + timedelta(days=terms)).isoformat()}
        inv["_kind"] = kind
        L.add_invoice(inv, tag)
    for c in L.customers:
        for cur in {c["currency"], c["second_cur"]} - {None}:
            assert len(L.open_items(c["id"], cur)) <= 17, c
    # check designed pairs are the only holders of their amount
    for a, b, amt, tag, cur in L.pairs:
        pass

    # ------------------------------------------------------------ helpers
    def pid():
        return "la-p-%04d" % (len(L.payments) + 1)

    def gen_pay(cur, amount, payer, cust_id, ref, remit):
        return {"id": pid(), "amount": s(amount), "currency": cur, "payer_name": payer,
                "customer_id": cust_id, "reference": ref, "remittance": remit}

    def e2e():
        ispb = rng.choice(["18236120", "00000000", "60701190", "00360305", "90400888", "60746948", "31872495"])
        return "E%s%s%02d%02d%s" % (ispb, L.date.strftime("%Y%m%d"), rng.randint(8, 20), rng.randint(0, 59), rid(rng, 11, string.ascii_lowercase + string.digits))

    def clave():
        return rng.choice(["MBAN01%s%08d" % (L.date.strftime("%y%m%d"), rng.randint(0, 10 ** 8 - 1)),
                           "%s40014BMOV%010d" % (L.date.strftime("%Y%m%d"), rng.randint(0, 10 ** 10 - 1)),
                           "BNET01%s%010d" % (L.date.strftime("%y%m%d"), rng.randint(0, 10 ** 10 - 1))])

    def charge():
        return "ch_3O" + rid(rng, 22)

    def legal_payer(c, maxlen=None):
        n = la_upper(c["name"])
        return n[:maxlen].rstrip() if maxlen else n

    def ref_by_rail(c, inv, rail):
        num = inv["number"]
        if rail == "stripe":
            r = rng.random()
            if r < 0.55:
                return "Stripe %s invoice %s" % (charge(), inv["id"]), None
            if r < 0.85:
                return "%s Payment for Invoice %s" % (charge(), num), None
            return "STRIPE PAYMENT %s %s" % (charge(), inv["id"]), None
        if rail == "pix":
            txid = num.replace("-", "")
            r = rng.random()
            if r < 0.5:
                return "PIX RECEBIDO E2E %s TXID %s" % (e2e(), txid), None
            return ("PIX RECEBIDO E2E %s" % e2e(),
                    rng.choice(["Pagamento fatura %s", "Ref. fatura %s - mensalidade", "FATURA %s"]) % num)
        if rail == "spei":
            concept = rng.choice(["PAGO FACTURA %s" % num, "PAGO FACT %s" % num.replace("-", ""), "FACT %s" % num])[:40]
            return "SPEI RECIBIDO RASTREO %s CONCEPTO %s REF %07d" % (clave(), concept, rng.randint(0, 9999999)), None
        if rail == "boleto":
            return "LIQUIDACAO BOLETO NOSSO NUMERO 109/%08d-%d SEU NUMERO %s" % (
                rng.randint(0, 10 ** 8 - 1), rng.randint(0, 9), num.replace("-", "")), None
        raise ValueError(rail)

    def rail_for(cur):
        if cur == "BRL":
            return rng.choice(["pix", "pix", "pix", "boleto", "stripe"])
        if cur == "MXN":
            return rng.choice(["spei", "spei", "spei", "stripe"])
        return "stripe"

    def payer_for(c, rail, cur):
        if rail == "stripe":
            pool = PEOPLE_BR if c["country"] == "BR" else PEOPLE_MX if c["country"] == "MX" else PEOPLE_US
            return rng.choice(pool + [legal_payer(c, 30)]), c["id"]
        if rail == "spei":
            return legal_payer(c, 40), None
        return legal_payer(c), None

    def ident_ok(c):
        return True

    # ------------------------------------------------------------ scenarios
    def ref_rail(L, rail):
        cur = {"stripe": "USD", "pix": "BRL", "spei": "MXN", "boleto": "BRL"}[rail]
        if rail == "stripe" and rng.random() < 0.25:
            cur = rng.choice(["BRL", "MXN"])
        c = L.pick_customer(lambda c: cur in (c["currency"], c["second_cur"]))
        fr = [i for i in L.fresh(c["id"], cur)]
        if not fr:
            raise Retry
        inv = rng.choice(fr)
        ref, remit = ref_by_rail(c, inv, rail)
        payer, cust_id = payer_for(c, rail, cur)
        p = gen_pay(cur, L.bal[inv["id"]], payer, cust_id, ref, remit)
        scen = {"stripe": "stripe_invoice_ref", "pix": "pix_ref", "spei": "spei_ref", "boleto": "boleto_ref"}[rail]
        L.commit(p, "applied", [(inv["id"], L.bal[inv["id"]])],
                 reason="%s payment naming %s; amount equals its balance" % (rail, inv["number"] if inv["number"] in (ref + (remit or "")) or inv["number"].replace("-", "") in ref else inv["id"]),
                 scenario=scen)
        L.paid_single.append((L.payments[-1], inv["id"], c))

    def boleto_late_fee(L):
        c = L.pick_customer(lambda c: c["currency"] == "BRL")
        fr = [i for i in L.fresh(c["id"], "BRL") if date.fromisoformat(i["due_date"]) < L.date - timedelta(days=5)]
        if not fr:
            raise Retry
        inv = rng.choice(fr)
        b = L.bal[inv["id"]]
        days = (L.date - date.fromisoformat(inv["due_date"])).days
        multa = D(b * Decimal("0.02"))
        juros = D(b * Decimal("0.01") / 30 * days)
        amt = b + multa + juros
        if L.fitting_sets(c["id"], "BRL", amt):
            raise Retry
        ref, _ = ref_by_rail(c, inv, "boleto")
        remit = ("Boleto pago apos o vencimento (%s). Valor documento %s; multa 2%% %s; juros de mora 1%% a.m. (%d dias) %s; valor cobrado %s"
                 % (uk_fmt_date(inv["due_date"]), money_br(b), money_br(multa), days, money_br(juros), money_br(amt)))
        p = gen_pay("BRL", amt, legal_payer(c), None, ref, remit)
        L.commit(p, "unapplied", [(inv["id"], b)], unapplied=amt - b,
                 reason="boleto for %s paid late with fine and interest; %s above the balance is held unapplied" % (inv["number"], amt - b),
                 scenario="boleto_late_fee",
                 note="the contract has no 'late fee income' outcome; the excess is an overpayment remainder")

    def multi_ref(L):
        c = L.pick_customer(lambda c: c["currency"] in ("BRL", "MXN", "USD"))
        cur = c["currency"]
        fr = sorted(L.fresh(c["id"], cur), key=lambda i: i["number"])
        k = rng.choice([2, 2, 3])
        if len(fr) < k:
            raise Retry
        invs = rng.sample(fr, k)
        amt = sum(L.bal[i["id"]] for i in invs)
        nums = [i["number"] for i in invs]
        if cur == "BRL":
            ref = "PIX RECEBIDO E2E %s" % e2e()
            remit = "Segue pagamento das faturas:\n" + "\n".join("%s  venc. %s  %s" % (i["number"], uk_fmt_date(i["due_date"]), money_br(L.bal[i["id"]])) for i in invs) + "\nTotal: %s\nAtt, Financeiro %s" % (money_br(amt), c["name"])
            payer = legal_payer(c)
        elif cur == "MXN":
            ref = "SPEI RECIBIDO RASTREO %s CONCEPTO PAGO FACTURAS VARIAS REF %07d" % (clave(), rng.randint(0, 9999999))
            remit = "Aviso de pago\nCliente: %s\nRFC: %s\n\nFactura | Importe\n" % (c["name"], c["rfc"]) + "\n".join("%s | $%s MXN" % (i["number"], money_en(L.bal[i["id"]])) for i in invs) + "\nTotal pagado: $%s MXN" % money_en(amt)
            payer = legal_payer(c, 40)
        else:
            ref = "WIRE IN /RFB/INV %s" % " ".join(nums)
            remit = None
            payer = legal_payer(c, 35)
        p = gen_pay(cur, amt, payer, None, ref, remit)
        L.commit(p, "applied", [(i["id"], L.bal[i["id"]]) for i in invs],
                 reason="payment lists %s; total equals the sum of their balances" % ", ".join(nums),
                 scenario="multi_invoice_ref")

    def amount_only_unique(L):
        c = L.pick_customer()
        cur = c["currency"]
        fr = L.fresh(c["id"], cur)
        k = 1 if rng.random() < 0.75 else 2
        if len(fr) < k:
            raise Retry
        invs = rng.sample(fr, k)
        if any(L.reserved.get(i["id"]) for i in invs):
            raise Retry
        amt = sum(L.bal[i["id"]] for i in invs)
        if len(L.fitting_sets(c["id"], cur, amt)) != 1:
            raise Retry
        rail = {"BRL": "pix", "MXN": "spei", "USD": "stripe"}[cur]
        if rail == "stripe":
            ref, payer, cust_id = "Stripe %s" % charge(), rng.choice(PEOPLE_US), c["id"]
        elif rail == "pix":
            ref, payer, cust_id = "PIX RECEBIDO E2E %s CNPJ %s" % (e2e(), c["cnpj"]), legal_payer(c), None
        else:
            ref, payer, cust_id = "SPEI RECIBIDO RASTREO %s CONCEPTO PAGO REF %07d" % (clave(), rng.randint(0, 9999999)), legal_payer(c, 40), None
        p = gen_pay(cur, amt, payer, cust_id, ref, None)
        L.commit(p, "applied", [(i["id"], L.bal[i["id"]]) for i in invs],
                 reason="no invoice in the reference; customer %s identified by %s; amount fits exactly one open set" % (c["name"], "customer_id" if cust_id else "payer name"),
                 scenario="amount_only_unique")

    def amount_only_ambiguous(L):
        c = L.pick_customer(lambda c: c in L.flat_multi)
        cur = c["currency"]
        fr = [i for i in L.fresh(c["id"], cur) if not L.reserved.get(i["id"])]
        if len(fr) < 2:
            raise Retry
        amt = L.bal[rng.choice(fr)["id"]]
        sets = L.fitting_sets(c["id"], cur, amt)
        if len(sets) < 2:
            raise Retry
        rail = {"BRL": "pix", "MXN": "spei", "USD": "stripe"}[cur]
        if rail == "stripe":
            ref, payer, cust_id = "Stripe %s" % charge(), rng.choice(PEOPLE_US), c["id"]
        elif rail == "pix":
            ref, payer, cust_id = "PIX RECEBIDO E2E %s" % e2e(), legal_payer(c), None
        else:
            ref, payer, cust_id = "SPEI RECIBIDO RASTREO %s CONCEPTO MENSUALIDAD REF %07d" % (clave(), rng.randint(0, 9999999)), legal_payer(c, 40), None
        p = gen_pay(cur, amt, payer, cust_id, ref, None)
        L.commit(p, "review", [], unapplied=amt, candidates=sets[:6],
                 reason="%s identified but %d open invoice sets of %s fit (identical monthly invoices)" % (c["name"], len(sets), amt),
                 scenario="amount_only_ambiguous", mark_used=[x for st in sets for x in st],
                 note="a clerk might apply to the oldest; the brief's rule says review unless exactly one set fits")

    def annual_monthly(L, identified):
        opts = [pr for pr in L.pairs if all(L.fresh(x["id"], pr[4], tag=pr[3]) for x in pr[:2])]
        if not opts:
            raise Retry
        a, b, amt, tag, cur = rng.choice(opts)
        ia, ib = L.fresh(a["id"], cur, tag=tag)[0], L.fresh(b["id"], cur, tag=tag)[0]
        if identified:
            c, inv = rng.choice([(a, ia), (b, ib)])
            if len(L.fitting_sets(c["id"], cur, amt)) != 1:
                raise Retry
            rail = {"BRL": "pix", "MXN": "spei", "USD": "stripe"}[cur]
            if rail == "stripe":
                ref, payer, cust_id = "Stripe %s" % charge(), rng.choice(PEOPLE_US), c["id"]
            elif rail == "pix":
                ref, payer, cust_id = "PIX RECEBIDO E2E %s" % e2e(), legal_payer(c), None
            else:
                ref, payer, cust_id = "SPEI RECIBIDO RASTREO %s CONCEPTO PAGO SERVICIO" % clave(), legal_payer(c, 40), None
            p = gen_pay(cur, amt, payer, cust_id, ref, None)
            L.commit(p, "applied", [(inv["id"], amt)],
                     reason="%s is open as %s's monthly and %s's annual invoice; the payer identifies %s and only one of its sets fits" % (amt, a["name"], b["name"], c["name"]),
                     scenario="annual_monthly_same_amount_identified", mark_used=[ia["id"], ib["id"]])
        else:
            if cur == "BRL":
                payer, ref = rng.choice(PEOPLE_BR), "PIX RECEBIDO E2E %s" % e2e()
            elif cur == "MXN":
                payer, ref = rng.choice(PEOPLE_MX), "SPEI RECIBIDO RASTREO %s CONCEPTO PAGO REF %07d" % (clave(), rng.randint(0, 9999999))
            else:
                payer, ref = rng.choice(PEOPLE_US + ["WIRE TRANSFER"]), "INCOMING WIRE %s" % rid(rng, 10, string.digits)
            cands = L.global_singletons(cur, amt)
            assert [ia["id"]] in cands and [ib["id"]] in cands
            p = gen_pay(cur, amt, payer, None, ref, None)
            L.commit(p, "review", [], unapplied=amt, candidates=cands,
                     reason="payer %s unknown, no reference; %s is open as %s's monthly and %s's annual invoice" % (payer, amt, a["name"], b["name"]),
                     scenario="annual_monthly_same_amount_unidentified", mark_used=[ia["id"], ib["id"]])

    def part_payment(L):
        c = L.pick_customer(lambda c: c["currency"] in ("BRL", "MXN"))
        cur = c["currency"]
        fr = [i for i in L.fresh(c["id"], cur) if L.bal[i["id"]] > 1000]
        if not fr:
            raise Retry
        inv = rng.choice(fr)
        b = L.bal[inv["id"]]
        n = rng.choice([2, 3, 4])
        amt = D(b / n)
        if L.fitting_sets(c["id"], cur, amt):
            raise Retry
        if cur == "BRL":
            ref = "PIX RECEBIDO E2E %s" % e2e()
            remit = "Parcela 1/%d da fatura %s conforme acordo de parcelamento" % (n, inv["number"])
            payer = legal_payer(c)
        else:
            ref = "SPEI RECIBIDO RASTREO %s CONCEPTO PARCIALIDAD 1 DE %d FACT %s" % (clave(), n, inv["number"])
            remit = None
            payer = legal_payer(c, 40)
        p = gen_pay(cur, amt, payer, None, ref, remit)
        L.commit(p, "partial", [(inv["id"], amt)],
                 reason="instalment 1 of %d for %s; %s stays open" % (n, inv["number"], b - amt),
                 scenario="part_payment")

    def overpayment(L):
        c = L.pick_customer(lambda c: c["currency"] in ("USD", "MXN"))
        cur = c["currency"]
        fr = [i for i in L.fresh(c["id"], cur) if not L.reserved.get(i["id"])]
        if not fr:
            raise Retry
        inv = rng.choice(fr)
        b = L.bal[inv["id"]]
        extra = D(rng.choice(["1.00", "50.00", "100.00", "15.50"])) if cur == "USD" else D(b * Decimal("0.16")) if rng.random() < 0.5 else D("500.00")
        amt = b + extra
        if L.fitting_sets(c["id"], cur, amt):
            raise Retry
        if cur == "USD":
            ref = "WIRE IN /RFB/INVOICE %s" % inv["number"]
            payer = legal_payer(c, 35)
        else:
            ref = "SPEI RECIBIDO RASTREO %s CONCEPTO PAGO FACTURA %s REF %07d" % (clave(), inv["number"], rng.randint(0, 9999999))
            payer = legal_payer(c, 40)
        p = gen_pay(cur, amt, payer, None, ref, None)
        L.commit(p, "unapplied", [(inv["id"], b)], unapplied=extra,
                 reason="pays %s with %s more than its balance; remainder held unapplied" % (inv["number"], extra),
                 scenario="overpayment")

    def duplicate_payment(L):
        cands = [(p, iid, c) for p, iid, c in L.paid_single if L.bal[iid] == 0]
        if not cands:
            raise Retry
        p0, iid, c = rng.choice(cands)
        amt = D(p0["amount"])
        if L.fitting_sets(c["id"], p0["currency"], amt):
            raise Retry
        ref = p0["reference"]
        if ref.startswith("Stripe ") or "ch_3O" in ref:
            ref = re.sub(r"ch_3O\w+", charge(), ref)
        elif "E2E" in ref:
            ref = re.sub(r"E2E E\w+", "E2E " + e2e(), ref)
        elif "RASTREO" in ref:
            ref = re.sub(r"RASTREO \w+", "RASTREO " + clave(), ref)
        p = gen_pay(p0["currency"], amt, p0["payer_name"], p0["customer_id"], ref, p0["remittance"])
        L.commit(p, "unapplied", [], unapplied=amt,
                 reason="second payment (new transaction id) of %s, already paid by %s; held on account" % (L.inv[iid]["number"], p0["id"]),
                 scenario="duplicate_payment")
        L.paid_single = [x for x in L.paid_single if x[0] is not p0]

    def unknown_payer_unique(L):
        c = L.pick_customer()
        cur = c["currency"]
        fr = [i for i in L.fresh(c["id"], cur) if not L.reserved.get(i["id"])]
        if not fr:
            raise Retry
        inv = rng.choice(fr)
        amt = L.bal[inv["id"]]
        cands = L.global_singletons(cur, amt)
        if cands != [[inv["id"]]]:
            raise Retry
        if cur == "BRL":
            payer, ref = rng.choice(PEOPLE_BR), "PIX RECEBIDO E2E %s" % e2e()
        elif cur == "MXN":
            payer, ref = rng.choice(PEOPLE_MX), "SPEI RECIBIDO RASTREO %s CONCEPTO PAGO" % clave()
        else:
            payer, ref = rng.choice(PEOPLE_US), "INCOMING WIRE %s" % rid(rng, 10, string.digits)
        p = gen_pay(cur, amt, payer, None, ref, None)
        L.commit(p, "review", [], unapplied=amt, candidates=cands,
                 reason="payer %s unknown and no reference; only the amount matches %s" % (payer, inv["number"]),
                 scenario="unknown_payer_amount_only", mark_used=[inv["id"]],
                 note="the amount is unique in the ledger but the customer is not identified")

    def withholding(L):
        c = L.pick_customer(lambda c: c["currency"] == "BRL")
        fr = [i for i in L.fresh(c["id"], "BRL") if L.bal[i["id"]] > 1500 and not L.reserved.get(i["id"])]
        if not fr:
            raise Retry
        inv = rng.choice(fr)
        b = L.bal[inv["id"]]
        irrf = D(b * Decimal("0.015"))
        pcc = D(b * Decimal("0.0465"))
        ret = irrf + pcc
        net = b - ret
        if L.fitting_sets(c["id"], "BRL", net):
            raise Retry
        remit = ("Pagamento da fatura %s\nValor bruto: %s\n(-) IRRF 1,5%%: %s\n(-) PIS/COFINS/CSLL 4,65%%: %s\nValor liquido pago: %s\n"
                 "Os comprovantes de retencao serao enviados no informe anual." % (inv["number"], money_br(b), money_br(irrf), money_br(pcc), money_br(net)))
        p = gen_pay("BRL", net, legal_payer(c), None, "PIX RECEBIDO E2E %s TXID %s" % (e2e(), inv["number"].replace("-", "")), remit)
        L.commit(p, "partial", [(inv["id"], net)],
                 short_pay={"invoice_id": inv["id"], "amount": s(ret), "reason": "tax withheld at source (IRRF 1.5% + PIS/COFINS/CSLL 4.65%) per remittance"},
                 reason="remittance shows %s gross %s less withholding %s" % (inv["number"], b, ret),
                 scenario="short_pay_withholding")

    def wire_fee(L):
        c = L.pick_customer(lambda c: c["currency"] == "USD" and c["country"] != "US")
        fr = [i for i in L.fresh(c["id"], "USD") if L.bal[i["id"]] > 300 and not L.reserved.get(i["id"])]
        if not fr:
            raise Retry
        inv = rng.choice(fr)
        b = L.bal[inv["id"]]
        fee = D(rng.choice(["15.00", "20.00", "25.00", "35.00", "18.50"]))
        net = b - fee
        if L.fitting_sets(c["id"], "USD", net):
            raise Retry
        remit = "MT103 :70:/INV/%s :71A:SHA :33B:USD%s" % (inv["number"], str(b).replace(".", ","))
        p = gen_pay("USD", net, legal_payer(c, 35), None, "INCOMING WIRE /INV/%s" % inv["number"], remit)
        L.commit(p, "partial", [(inv["id"], net)],
                 short_pay={"invoice_id": inv["id"], "amount": s(fee), "reason": "intermediary bank charges (SHA); instructed amount USD %s" % b},
                 reason="wire for %s instructed %s, received %s" % (inv["number"], b, net),
                 scenario="bank_charges")

    def currency_mismatch(L, with_ref):
        c = L.pick_customer(lambda c: c["currency"] in ("BRL", "MXN") and not c["second_cur"])
        cur = c["currency"]
        fr = [i for i in L.fresh(c["id"], cur) if not L.reserved.get(i["id"])]
        if not fr:
            raise Retry
        inv = rng.choice(fr)
        rate = Decimal("4.97") if cur == "BRL" else Decimal("16.85")
        usd = D(L.bal[inv["id"]] / rate)
        if with_ref:
            p = gen_pay("USD", usd, legal_payer(c, 35), None, "INCOMING WIRE /INV/%s" % inv["number"], None)
            L.commit(p, "review", [], unapplied=usd, candidates=[[inv["id"]]],
                     reason="USD payment naming %s, a %s invoice; the customer has no USD invoices, so nothing can be applied without an FX decision" % (inv["number"], cur),
                     scenario="currency_mismatch_ref", mark_used=[inv["id"]],
                     note="candidate is in another currency; shown for the clerk, not applicable as is",
                     acceptable_statuses=["review", "unapplied"])
        else:
            p = gen_pay("USD", usd, rng.choice(PEOPLE_US), c["id"], "Stripe %s" % charge(), None)
            L.commit(p, "unapplied", [], unapplied=usd,
                     reason="known customer %s (customer_id) paid in USD but has only %s invoices; fits no invoice, held on account" % (c["name"], cur),
                     scenario="currency_mismatch_noref",
                     note="doubtful: 'review' is also defensible",
                     acceptable_statuses=["unapplied", "review"])

    def negative_amount(L):
        c = L.pick_customer(lambda c: c["currency"] == "USD")
        amt = -D(rng.choice(["199.00", "499.00", "99.00"]))
        p = gen_pay("USD", amt, rng.choice(PEOPLE_US), c["id"], "Stripe dispute %s chargeback" % charge(), None)
        L.commit(p, "error", [], unapplied=amt,
                 reason="negative amount: a chargeback/refund is not a receipt to apply (bad input)",
                 scenario="bad_input_negative_amount")

    def duplicate_id(L):
        cands = [x for x in L.paid_single if x[0]["id"] != L.payments[-1]["id"]]
        # re-send of the most recent applied single-invoice payment (same bank line twice)
        p0 = None
        for p, iid, c in reversed(L.paid_single):
            p0 = p
            break
        if p0 is None:
            raise Retry
        p = dict(p0)
        p["date"] = L.date.isoformat()
        L.commit(p, "error", [], unapplied=D(p0["amount"]),
                 reason="duplicate payment id %s (already received as entry %d); bad input, nothing applied" % (p0["id"], L.payments.index(p0)),
                 scenario="bad_input_duplicate_id")

    funcs = {
        "stripe_invoice_ref": lambda L: ref_rail(L, "stripe"),
        "pix_ref": lambda L: ref_rail(L, "pix"),
        "spei_ref": lambda L: ref_rail(L, "spei"),
        "boleto_ref": lambda L: ref_rail(L, "boleto"),
        "boleto_late_fee": boleto_late_fee,
        "multi_invoice_ref": multi_ref,
        "amount_only_unique": amount_only_unique,
        "amount_only_ambiguous": amount_only_ambiguous,
        "annual_monthly_same_amount_unidentified": lambda L: annual_monthly(L, False),
        "annual_monthly_same_amount_identified": lambda L: annual_monthly(L, True),
        "part_payment": part_payment,
        "overpayment": overpayment,
        "duplicate_payment": duplicate_payment,
        "unknown_payer_amount_only": unknown_payer_unique,
        "short_pay_withholding": withholding,
        "bank_charges": wire_fee,
        "currency_mismatch_ref": lambda L: currency_mismatch(L, True),
        "currency_mismatch_noref": lambda L: currency_mismatch(L, False),
        "bad_input_negative_amount": negative_amount,
        "bad_input_duplicate_id": duplicate_id,
    }
    counts = OrderedDict([
        ("stripe_invoice_ref", 53), ("pix_ref", 28), ("spei_ref", 28), ("boleto_ref", 10),
        ("boleto_late_fee", 4), ("multi_invoice_ref", 9), ("amount_only_unique", 15),
        ("amount_only_ambiguous", 8), ("annual_monthly_same_amount_unidentified", 7),
        ("annual_monthly_same_amount_identified", 6), ("part_payment", 6), ("overpayment", 4),
        ("duplicate_payment", 5), ("unknown_payer_amount_only", 4), ("short_pay_withholding", 6),
        ("bank_charges", 3), ("currency_mismatch_ref", 1), ("currency_mismatch_noref", 1),
        ("bad_input_negative_amount", 1), ("bad_input_duplicate_id", 1)])
    plan = make_plan(rng, counts, late=("duplicate_payment", "bad_input_duplicate_id"))
    run_plan(L, plan, funcs, date(2024, 3, 1), date(2024, 4, 30))
    for i in L.invoices:
        i.pop("_kind", None)
    return L


# =========================================================================
def summarize(L):
    st = Counter(e["status"] for e in L.expected)
    sc = OrderedDict()
    for e in L.expected:
        sc.setdefault(e["scenario"], Counter())[e["status"]] += 1
    return st, sc


def main():
    ledgers = [build_uk(), build_latam()]
    for L in ledgers:
        L.verify()
        L.write()
    with open(os.path.join(HERE, "README.template.md"), encoding="utf-8") as f:
        tmpl = f.read()
    blocks = []
    for L in ledgers:
        st, sc = summarize(L)
        custs = len({i["customer_id"] for i in L.invoices})
        curs = Counter(p["currency"] for p in L.payments)
        b = ["### %s\n" % L.name,
             "%d payments, %d open items (invoices and credit notes), %d customers with open items; payment currencies: %s\n"
             % (len(L.payments), len(L.invoices), custs, ", ".join("%s %d" % kv for kv in sorted(curs.items()))),
             "| status | count |", "|---|---|"]
        for k in ("applied", "partial", "unapplied", "review", "error"):
            if st.get(k):
                b.append("| %s | %d |" % (k, st[k]))
        b += ["", "| scenario | count | status |", "|---|---|---|"]
        for k, v in sc.items():
            b.append("| %s | %d | %s |" % (k, sum(v.values()), ", ".join("%s %d" % kv for kv in sorted(v.items()))))
        blocks.append("\n".join(b) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(tmpl.replace("{{COUNTS}}", "\n".join(blocks)))


if __name__ == "__main__":
    main()
