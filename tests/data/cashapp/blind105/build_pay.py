"""Scenario generators: each returns (payment, label) built against the running invoice state."""
from build_common import SPELLINGS, fmt, fmt_commas, norm_name, one_edit
from build_text import bank_payer, digits, wrap_multi, wrap_single

PCT_CHANNELS = ["ach_ccd", "ach_ccd", "ach_ctx", "lockbox", "wire", "vcard", "portal"]


def inv_key(inv):
    return (inv["due_date"], inv["_seq"])


class Gen:
    def __init__(self, rng, customers, invoices):
        self.rng = rng
        self.customers = customers
        self.cust = {c["id"]: c for c in customers}
        self.invoices = invoices
        self.inv = {i["id"]: i for i in invoices}
        self.bal = {i["id"]: i["balance"] for i in invoices}
        self.seqs = {i["_seq"] for i in invoices}
        self.by_cust = {}
        for i in invoices:
            self.by_cust.setdefault(i["customer_id"], []).append(i)
        self.used = set()
        self.paid_full = []  # (invoice, amount paid) by an earlier applied payment
        self.n = 0

    # ---- state helpers -------------------------------------------------
    def pool(self, cid, cur):
        return [i for i in self.by_cust[cid] if self.bal[i["id"]] > 0 and i["currency"] == cur]

    def fresh(self, cid):
        return [i for i in self.by_cust[cid] if self.bal[i["id"]] > 0 and i["id"] not in self.used]

    def custs(self, *groups, cur=None, alias=None):
        out = [c for c in self.customers if c["group"] in groups]
        if cur:
            out = [c for c in out if c["currency"] == cur]
        if alias:
            out = [c for c in out if c["alias_kind"] in alias]
        return out

    def open_exact(self, cur, amount):
        return sorted([i for i in self.invoices if i["currency"] == cur and self.bal[i["id"]] == amount], key=inv_key)

    def spell(self, inv):
        name, f = self.rng.choice(SPELLINGS)
        return f(inv["_seq"]), name

    def typo(self, seq):
        s = str(seq)
        for _ in range(50):
            if self.rng.random() < 0.5:
                k = self.rng.randrange(1, 5)
                t = s[:k] + self.rng.choice([d for d in "0123456789" if d != s[k]]) + s[k + 1:]
            else:
                k = self.rng.randrange(1, 4)
                if s[k] == s[k + 1]:
                    continue
                t = s[:k] + s[k + 1] + s[k] + s[k + 2:]
            if int(t) not in self.seqs and t[0] != "0":
                return int(t)
        return None

    # ---- output helpers ------------------------------------------------
    def payment(self, date, amount, cur, payer, cid, reference, remittance):
        self.n += 1
        pid = f"pmt-{self.n:04d}"
        return {"id": pid, "date": date, "amount": fmt(amount) if isinstance(amount, int) else amount,
                "currency": cur, "payer_name": payer, "customer_id": cid, "reference": reference,
                "remittance": remittance}

    def label(self, p, status, apps, unapplied, reason, scenario, note, short=None, cands=(), error=None):
        for inv, amt in apps:
            self.bal[inv["id"]] -= amt
            assert self.bal[inv["id"]] >= 0
            self.used.add(inv["id"])
            if self.bal[inv["id"]] == 0 and status in ("applied", "unapplied"):
                self.paid_full.append((inv, amt))
        lab = {"payment_id": p["id"], "status": status,
               "applications": [{"invoice_id": inv["id"], "amount": fmt(a)} for inv, a in apps],
               "unapplied": None if unapplied is None else fmt(unapplied),
               "short_pay": None if short is None else {"invoice_id": short[0]["id"], "amount": fmt(short[1]),
                                                          "reason": short[2]},
               "candidates": [{"invoice_ids": [i["id"] for i in sorted(s, key=inv_key)],
                               "open_total": fmt(sum(self.bal[i["id"]] for i in s))} for s in cands],
               "reason": reason, "scenario": scenario, "note": note}
        if error:
            lab["error"] = error
        return p, lab

    def exact_cands(self, cur, amount, cid=None, first=()):
        """Review candidates: named set first, then single open invoices with exactly the amount."""
        out = [list(first)] if first else []
        firsts = {i["id"] for i in first}
        for i in self.open_exact(cur, amount):
            if i["id"] in firsts:
                continue
            if cid is None or i["customer_id"] == cid:
                out.append([i])
        return out

    def known_payer(self, c):
        if c["parent_payer"] and self.rng.random() < 0.4:
            return c["parent_payer"]
        return bank_payer(self.rng, c["name"])
