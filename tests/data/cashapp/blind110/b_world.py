"""Invoices and state for set 402."""
import datetime as dt
from b_common import DEC, num_canon, fmt
from b_customers import CUSTOMERS, RANGES

def rid(rng, prefix, n=10):
    return prefix + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(n))

def rand_amount(rng, cur, lo_frac=1.0):
    lo, hi = RANGES[cur]
    import math
    major = math.exp(rng.uniform(math.log(lo * lo_frac), math.log(hi)))
    d = DEC[cur]
    minor = int(major * 10 ** d)
    if cur == "JPY":
        minor = minor - minor % rng.choice([1, 10, 100])
    elif rng.random() < 0.25:
        minor -= minor % (10 ** d)  # whole units
    return max(minor, 10 ** d)

class World:
    def __init__(self, rng, n_invoices=1450):
        self.rng = rng
        self.customers = []
        used = set()
        for name, curs, ch, w, aliases in CUSTOMERS:
            while True:
                cid = "C%s" % rng.randint(1000, 9999)
                if cid not in used:
                    used.add(cid); break
            self.customers.append({"id": cid, "name": name, "curs": curs, "channel": ch, "w": w, "aliases": aliases})
        tw = sum(c["w"] for c in self.customers)
        slots = []
        for c in self.customers:
            k = max(8, round(n_invoices * c["w"] / tw))
            for _ in range(k):
                cur = c["curs"][0] if (len(c["curs"]) == 1 or rng.random() < 0.7) else c["curs"][1]
                issue = dt.date(2026, 4, 1) + dt.timedelta(days=rng.randint(0, 182))
                slots.append((issue, c, cur))
        slots.sort(key=lambda s: (s[0], rng.random()))
        n = 81000 + rng.randint(0, 400)
        self.invoices = []
        ids = set()
        for issue, c, cur in slots:
            n += rng.choice([1, 1, 1, 2, 2, 3, 5])
            while True:
                iid = rid(rng, "inv_")
                if iid not in ids:
                    ids.add(iid); break
            total = rand_amount(rng, cur)
            terms = rng.choice([30, 45, 60, 60, 90, 120])
            self.invoices.append({"id": iid, "number": n, "cust": c, "currency": cur, "total": total,
                                  "bal": total, "issue": issue, "due": issue + dt.timedelta(days=terms)})
        # recurring orders at an identical price (same amount open on several invoices)
        by_c = {}
        for inv in self.invoices:
            by_c.setdefault((inv["cust"]["id"], inv["currency"]), []).append(inv)
        keys = sorted(by_c)
        rng.shuffle(keys)
        for key in keys[:22]:
            lst = by_c[key]
            if len(lst) < 6:
                continue
            grp = rng.sample(lst, rng.choice([2, 2, 3]))
            for g in grp[1:]:
                g["total"] = g["bal"] = grp[0]["total"]
                g["dupgrp"] = True
            grp[0]["dupgrp"] = True
        # some invoices already part-paid
        for inv in self.invoices:
            if not inv.get("dupgrp") and rng.random() < 0.12:
                d = DEC[inv["currency"]]
                paid = int(inv["total"] * rng.uniform(0.1, 0.7))
                if rng.random() < 0.5:
                    paid -= paid % (10 ** d) if d else paid % 1000
                inv["bal"] = inv["total"] - max(paid, 1)
        self.numbers = {inv["number"] for inv in self.invoices}
        self.by_id = {inv["id"]: inv for inv in self.invoices}

    def export_invoices(self):
        out = []
        for inv in sorted(self.invoices, key=lambda i: i["id"]):
            out.append({"id": inv["id"], "number": num_canon(inv["number"]), "customer_id": inv["cust"]["id"],
                        "customer_name": inv["cust"]["name"], "currency": inv["currency"],
                        "total": fmt(inv["total"], inv["currency"]), "balance": fmt(inv["bal"], inv["currency"]),
                        "issue_date": inv["issue"].isoformat(), "due_date": inv["due"].isoformat()})
        return out

    def open_invs(self, cust, cur):
        return sorted([i for i in self.invoices if i["cust"] is cust and i["currency"] == cur and i["bal"] > 0],
                      key=lambda i: (i["due"], i["number"]))

    def singles(self, cust, cur, amount, exclude=()):
        return [i for i in self.open_invs(cust, cur) if i["bal"] == amount and i["id"] not in exclude]

    def subset_hits(self, cust, cur, amount, maxk=4):
        import itertools
        op = [i for i in self.open_invs(cust, cur) if i["bal"] < amount]
        hits = []
        for k in range(2, maxk + 1):
            for combo in itertools.combinations(op, k):
                if sum(i["bal"] for i in combo) == amount:
                    hits.append(combo)
                    if len(hits) > 1:
                        return hits
        return hits
