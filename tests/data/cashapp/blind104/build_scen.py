"""Part 3 of build.py: the scenario generator (keeps a replayed balance state)."""
from build_common import fmt, human, RANGES, NUM_LO, NUM_HI
from build_text import spell, channels_for, reference, known_id_channel, subsets_with_sum, digits


class Skip(Exception):
    pass


class Gen:
    def __init__(self, rng, customers, invoices):
        self.rng = rng
        self.customers = customers
        self.cust = {c["id"]: c for c in customers}
        self.inv = {i["id"]: i for i in invoices}
        self.invoices = invoices
        self.bal = {i["id"]: i["balance"] for i in invoices}
        self.numerals = {i["_numeral"] for i in invoices}
        self.reserved = set()       # invoices kept for a planned scenario
        self.touched = set()        # invoices any payment has referenced or paid
        self.paid_in_set = []       # (invoice_id, amount paid) fully paid by an applied payment
        self.dup_used = set()

    # ---------- helpers
    def open_of(self, cid, cur):
        return [i for i in self.invoices if i["customer_id"] == cid and i["currency"] == cur and self.bal[i["id"]] > 0]

    def pick_customer(self, pred=lambda c: True):
        cs = [c for c in self.customers if pred(c)]
        if not cs:
            raise Skip
        return self.rng.choice(cs)

    def pick_invoice(self, c, cur, pred=lambda i: True):
        cands = [i for i in self.open_of(c["id"], cur)
                 if i["id"] not in self.reserved and i["id"] not in self.touched and pred(i)]
        if not cands:
            raise Skip
        return self.rng.choice(cands)

    def cur_of(self, c):
        return c["currencies"][0] if self.rng.random() < 0.8 or len(c["currencies"]) == 1 else self.rng.choice(c["currencies"][1:])

    def exact_subsets(self, cid, cur, amount):
        items = [(i["id"], self.bal[i["id"]]) for i in self.open_of(cid, cur)]
        return subsets_with_sum(items, amount)

    def order_sets(self, sets):
        def key(s):
            return (len(s), min(self.inv[x]["due_date"] for x in s), sorted(self.inv[x]["_numeral"] for x in s))
        return [self.sorted_ids(s) for s in sorted(sets, key=key)]

    def sorted_ids(self, s):
        return [x for x in sorted(s, key=lambda x: (self.inv[x]["due_date"], self.inv[x]["_numeral"]))]

    def singles_any(self, cur, amount):
        hits = [i for i in self.invoices if i["currency"] == cur and self.bal[i["id"]] == amount]
        hits.sort(key=lambda i: (i["due_date"], i["_numeral"]))
        return [[i["id"]] for i in hits]

    def alias(self, c, kinds=None):
        al = [a for a in c["aliases"] if kinds is None or a[0] in kinds]
        if not al:
            raise Skip
        return self.rng.choice(al)

    def channel(self, c, cur, want_known=None):
        chs = channels_for(cur, c["country"])
        if want_known is True:
            chs = [x for x in chs if known_id_channel(x)] or ["card"]
        elif want_known is False:
            chs = [x for x in chs if not known_id_channel(x)] or ["tt"]
        return self.rng.choice(chs)

    def payer_for(self, c, channel, known):
        """Payer name as the bank shows it."""
        if channel == "zengin":
            kana = [a[1] for a in c["aliases"] if a[0] == "kana"]
            if kana:
                return kana[0]
        if known:
            local = [a[1] for a in c["aliases"] if a[0] in ("local", "truncated")]
            return self.rng.choice(local + [c["name"], c["name"].upper()])
        return self.rng.choice([c["name"], c["name"].upper()])

    def typo(self, numeral):
        s = str(numeral)
        for _ in range(40):
            if self.rng.random() < 0.5:
                k = self.rng.randrange(1, len(s) - 1)
                t = s[:k] + s[k + 1] + s[k] + s[k + 2:]
            else:
                k = self.rng.randrange(1, len(s))
                t = s[:k] + self.rng.choice([d for d in "0123456789" if d != s[k]]) + s[k + 1:]
            if t != s and int(t) not in self.numerals:
                return int(t)
        raise Skip

    # ---------- output
    def pay(self, c, cur, amount, payer, known, ref, rem):
        return {"amount": fmt(cur, amount) if isinstance(amount, int) else amount, "currency": cur,
                "payer_name": payer, "customer_id": c["id"] if (known and c) else None,
                "reference": ref, "remittance": rem}

    def label(self, status, cur, amount, apps=(), unapplied=0, short=None, cands=(), reason="", scen="", note=""):
        return {"status": status,
                "applications": [{"invoice_id": i, "amount": fmt(cur, a)} for i, a in apps],
                "unapplied": fmt(cur, unapplied),
                "short_pay": None if short is None else {"invoice_id": short[0], "amount": fmt(cur, short[1]), "reason": short[2]},
                "candidates": [list(x) for x in cands][:5],
                "reason": reason, "scenario": scen, "note": note}

    def apply(self, apps):
        for iid, a in apps:
            self.bal[iid] -= a
            assert self.bal[iid] >= 0
            self.touched.add(iid)
            if self.bal[iid] == 0:
                self.paid_in_set.append((iid, a))

    def ref_review_cands(self, cid, cur, amount, ref_ids):
        """Candidates for a review where the customer is known and open refs exist."""
        first = [self.sorted_ids(ref_ids)] if ref_ids else []
        rest = [s for s in self.order_sets(self.exact_subsets(cid, cur, amount)) if set(s) != set(ref_ids)]
        return (first + rest)[:5]
