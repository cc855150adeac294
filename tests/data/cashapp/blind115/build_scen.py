"""Part 3 of build.py: scenario generators.  Each returns (payment, intent) or None.

intent = {status, apps: [(invoice_id, cents)], unapplied: cents, short: (invoice_id, cents, code) | None,
          cand_first: list | None, cand_has: invoice_id | None, note}
"""
import re

from build_text import (NO_NUMBER_REFS, ascii_upper, bacs_ref, bank_payer, core, money, remittance_list,
                        short_name, spell)


class Gen:
    def __init__(self, rng, book, customers, paid_up, hexid):
        self.rng, self.book, self.customers, self.paid_up, self.hexid = rng, book, customers, paid_up, hexid
        self.by_id = {c["id"]: c for c in customers}
        self.paid_log = []
        self.shorted = set()  # (payment, invoice_id) fully paid by an earlier payment

    # --- helpers -----------------------------------------------------------
    def cust(self, ccy=None, kinds=None, alias=None, min_open=1):
        pool = [c for c in self.customers if (ccy is None or c["currency"] == ccy)
                and (kinds is None or c["kind"] in kinds)
                and (alias is None or any(a[0] in alias for a in c["aliases"]))
                and len(self.book.open_of(c["id"], c["currency"])) >= min_open]
        return self.rng.choice(pool) if pool else None

    def opn(self, c):
        # invoices carrying an open deduction case are left alone by later scenarios
        return [i for i in self.book.open_of(c["id"], c["currency"]) if i not in self.shorted]

    def bal(self, i):
        return self.book.bal[i]

    def num(self, i):
        return self.book.inv[i]["number"]

    def unique_bal(self, c, i):
        return sum(1 for j in self.opn(c) if self.bal(j) == self.bal(i)) == 1

    def pick(self, c, unique=True, min_bal=100):
        xs = [i for i in self.opn(c) if self.bal(i) >= min_bal and (not unique or self.unique_bal(c, i))]
        return self.rng.choice(xs) if xs else None

    def pay(self, c, amount, ccy=None, ref=None, remit=None, cid=True, payer=None):
        ccy = ccy or c["currency"]
        if payer is None:
            payer = bank_payer(c["name"], self.rng)
        return {"id": "pay_" + self.hexid(self.rng, 10), "date": "2025-01-06", "amount": "%d.%02d" % divmod(amount, 100),
                "currency": ccy, "payer_name": payer, "customer_id": c["id"] if cid else None,
                "reference": ref, "remittance": remit}

    def payer_for_null_id(self, c):
        """A payer name that the rules resolve to c (exact, accents dropped, or cut at 18)."""
        n = ascii_upper(c["name"]).replace("'", "")
        r = self.rng.random()
        if r < 0.4:
            return n
        if r < 0.7 and len(n) > 18:
            return n[:18].rstrip()
        return n.replace(" LTD", " LIMITED") if " LTD" in n else n

    def ref_for(self, c, i, rng_style=None, channel=None):
        """Reference carrying invoice i's number on some channel; returns (ref, remit, desc)."""
        rng = self.rng
        t, style = spell(self.num(i), rng, rng_style)
        channel = channel or (rng.choice(["SEPA", "SEPA", "CHAPS"]) if c["currency"] == "EUR"
                              else rng.choice(["BACS", "BACS", "BACS", "FPS", "FPS", "CHAPS", "CHEQUE", "CARD"]))
        remit = None
        if channel in ("BACS", "FPS"):
            ref = bacs_ref([rng.choice(["", short_name(c["name"]), "PMT", "INV"]) if style not in ("canon", "nohyphen", "space", "prefix_nozeros", "ocr_o", "ocr_i", "ocr_l", "lower") else "", t])
            ref = ref.upper() if rng.random() < 0.8 else ref
        elif channel == "CHAPS":
            ref = "CHAPS %s %s %s" % (rng.choice(["PAYMENT", "SUBCON", "VAL"]), t, rng.choice(["M AND E", "ELEC PKG", "MECH PKG", "APP 7", ""]))
            ref = ref.strip()
        elif channel == "SEPA":
            ref = rng.choice(["/INV/%s", "%s", "PAYMENT OF INVOICE %s", "SEPA CT %s M&E WORKS"]) % t
        elif channel == "CHEQUE":
            ref = "CHQ %d LOCKBOX %d" % (rng.randint(300000, 999999), rng.randint(1, 9))
            remit = "Cheque remittance slip\nInvoice: %s\nPaid by cheque no. %d" % (t, rng.randint(300000, 999999))
        else:
            ref = "CARD PAYMENT %s" % t
        return ref, remit, "%s, number spelled %s (%s)" % (channel, style, t)

    # --- scenarios ---------------------------------------------------------
    def clean_ref(self):
        c = self.cust()
        i = c and self.pick(c, unique=False, min_bal=1)
        if not i:
            return None
        ref, remit, desc = self.ref_for(c, i)
        cid = self.rng.random() < 0.8
        payer = None if cid else self.payer_for_null_id(c)
        p = self.pay(c, self.bal(i), ref=ref, remit=remit, cid=cid, payer=payer)
        return p, dict(status="applied", apps=[(i, self.bal(i))], note="exact balance of %s; %s%s" % (
            self.num(i), desc, "" if cid else "; customer_id null, payer name resolves to %s" % c["name"]))

    def retention_release(self):
        c = self.cust(kinds=["main", "developer", "ha", "council"])
        if not c:
            return None
        xs = [i for i in self.opn(c) if self.bal(i) * 10 < int(self.book.inv[i]["total"].replace(".", ""))]
        if not xs:
            return None
        i = self.rng.choice(xs)
        t, _ = spell(self.num(i), self.rng)
        if self.rng.random() < 0.5:
            ref, remit = bacs_ref(["RET REL", t]), None
        else:
            ref = "RETENTION RELEASE"
            remit = "Release of retention following end of defects period\nInvoice %s  retention held %s" % (t, money(self.bal(i), c["currency"]))
        p = self.pay(c, self.bal(i), ref=ref, remit=remit)
        return p, dict(status="applied", apps=[(i, self.bal(i))], note="retention release: pays the retention balance left on %s" % self.num(i))

    def multi_listed(self, alias=False):
        c = self.cust(min_open=3, alias=["trading", "parent", "pba"] if alias else None)
        if not c:
            return None
        xs = self.opn(c)
        k = self.rng.randint(2, min(6, len(xs)))
        sel = sorted(self.rng.sample(xs, k), key=self.book.key)
        lines = [(spell(self.num(i), self.rng, self.rng.choice(["canon", "canon", "nohyphen", "nozeros", "bare"]))[0], self.bal(i)) for i in sel]
        amt = sum(self.bal(i) for i in sel)
        payer = None
        if alias:
            payer = self.rng.choice([a for a in c["aliases"] if a[0] in ("trading", "parent", "pba")])[1]
        remit = remittance_list(payer or c["name"], lines, c["currency"], self.rng, total=amt if self.rng.random() < 0.7 else None)
        ref = self.rng.choice(NO_NUMBER_REFS)
        p = self.pay(c, amt, ref=ref, remit=remit, cid=not alias, payer=payer)
        return p, dict(status="applied", apps=[(i, self.bal(i)) for i in sel],
                       note="%d invoices listed on the remittance, amount is their exact sum%s" % (k, "; payer %s with customer_id null" % payer if alias else ""))

    def multi_unlisted(self):
        c = self.cust(min_open=2)
        if not c:
            return None
        xs = self.opn(c)
        if len(xs) <= 5 and self.rng.random() < 0.5:
            sel = xs
        else:
            sel = self.rng.sample(xs, self.rng.randint(2, min(3, len(xs))))
        sel = sorted(sel, key=self.book.key)
        amt = sum(self.bal(i) for i in sel)
        p = self.pay(c, amt, ref=self.rng.choice(NO_NUMBER_REFS + [None]))
        return p, dict(status="applied", apps=[(i, self.bal(i)) for i in sel],
                       note="no numbers given; amount is the exact sum of %s, the only set of the customer's open invoices that adds up" % ", ".join(self.num(i) for i in sel))

    def _fee_groups(self, c, n):
        groups = {}
        for i in self.opn(c):
            groups.setdefault(self.bal(i), []).append(i)
        return [g for g in groups.values() if len(g) >= n]

    def multi_unlisted_ambiguous(self):
        c = self.cust(kinds=["ha", "council"], min_open=3)
        if not c:
            return None
        gs = self._fee_groups(c, 3)
        if not gs:
            return None
        g = self.rng.choice(gs)
        amt = 2 * self.bal(g[0])
        p = self.pay(c, amt, ref=self.rng.choice(["PPM QTR FEES", "SERVICE CONTRACT", "MAINT CONTRACT"]))
        return p, dict(status="review", note="amount is two of the %d identical %s fee invoices; which two is not said" % (len(g), money(self.bal(g[0]), c["currency"])))

    def amount_only(self):
        c = self.cust()
        i = c and self.pick(c, unique=True)
        if not i:
            return None
        r = self.rng.random()
        if r < 0.4:
            ref = self.rng.choice(NO_NUMBER_REFS)
            how = "generic reference"
        elif r < 0.7:
            t, _ = spell(self.num(i), self.rng, "canon")
            ref = (short_name(c["name"]) + " PAYMENT " + t)[:18]
            ref = re.sub(r"\s*INV-?\d{0,4}$", "", ref) or "PAYMENT"
            how = "BACS 18-character limit cut the invoice number off"
        else:
            ref = None
            how = "no reference"
        p = self.pay(c, self.bal(i), ref=ref)
        return p, dict(status="applied", apps=[(i, self.bal(i))], note="%s; amount equals exactly one open invoice (%s)" % (how, self.num(i)))

    def part_payment(self):
        c = self.cust()
        i = c and self.pick(c, unique=False, min_bal=60000)
        if not i:
            return None
        amt = int(self.bal(i) * self.rng.uniform(0.2, 0.7)) // 10000 * 10000 or 10000
        if amt >= self.bal(i):
            return None
        t, _ = spell(self.num(i), self.rng)
        phr = self.rng.choice(["PART PAYMENT", "PART PAYT", "ON ACCOUNT", "INSTALMENT 1", "PAYMENT 1 OF 3"])
        if self.rng.random() < 0.5:
            ref, remit = bacs_ref([phr, t]), None
        else:
            ref = self.rng.choice(NO_NUMBER_REFS)
            remit = "Re invoice %s: %s %s, balance to follow" % (t, phr.lower(), money(amt, c["currency"]))
        p = self.pay(c, amt, ref=ref, remit=remit)
        return p, dict(status="partial", apps=[(i, amt)], note="stated part payment (%s) of %s" % (phr, self.num(i)))

    SHORT = {
        "cis_deduction": (["main", "developer"], "GBP"),
        "withholding_tax": (["main", "developer", "council", "ha"], "EUR"),
        "bank_fee": (None, "EUR"),
        "early_payment_discount": (None, None),
        "damaged_goods": (None, None),
        "retention": (["main", "developer"], None),
        "contra_charge": (["main"], None),
        "pay_less_notice": (["main", "developer"], "GBP"),
    }

    def short_stated(self, code):
        kinds, ccy = self.SHORT[code]
        c = self.cust(ccy=ccy, kinds=kinds)
        i = c and self.pick(c, unique=False, min_bal=50000)
        if not i:
            return None
        b, cur, rng = self.bal(i), c["currency"], self.rng
        t, _ = spell(self.num(i), rng, rng.choice(["canon", "canon", "nohyphen", "nozeros"]))
        if code == "cis_deduction":
            labour = int(b * rng.uniform(0.4, 0.7))
            d = int(round(labour * 0.20))
            txt = "Invoice %s gross %s\nLess CIS deduction 20%% on labour element %s: %s" % (t, money(b, cur), money(labour, cur), money(d, cur))
        elif code == "withholding_tax":
            d = int(round(b * 0.20))
            txt = "Invoice %s %s\nRCT deducted at 20%%: %s (deduction authorisation issued via ROS)" % (t, money(b, cur), money(d, cur))
        elif code == "bank_fee":
            d = rng.choice([750, 1000, 1250, 1500, 2500])
            txt = "Invoice %s - intermediary bank charges %s deducted" % (t, money(d, cur))
            txt = txt.replace("intermediary bank charges", "less bank charges")
        elif code == "early_payment_discount":
            pct = rng.choice([2.0, 2.5, 1.5])
            d = int(round(b * pct / 100))
            txt = "Invoice %s %s less %.1f%% prompt payment discount %s" % (t, money(b, cur), pct, money(d, cur))
        elif code == "damaged_goods":
            d = int(b * rng.uniform(0.03, 0.15))
            item = rng.choice(["fan coil unit", "distribution board", "radiator valves", "LED panels", "AHU access door"])
            txt = "Invoice %s\nDeducted %s for damaged %s delivered to site, to be replaced" % (t, money(d, cur), item)
        elif code == "retention":
            pct = rng.choice([3, 5])
            d = int(round(b * pct / 100))
            txt = "Valuation paid against %s\nLess retention %d%%: %s" % (t, pct, money(d, cur))
        elif code == "contra_charge":
            d = rng.choice([15000, 27500, 48000, 62000, 115000, 240000])
            what = rng.choice(["skip hire", "site cleaning", "scaffold alteration", "damage to finished ceilings", "welfare share"])
            txt = "Invoice %s\nContra charge: %s %s" % (t, what, money(d, cur))
        else:
            d = int(b * rng.uniform(0.05, 0.25))
            txt = "Pay less notice issued 0%d/03/2025 against invoice %s: sum due reduced by %s (incomplete works)" % (rng.randint(1, 9), t, money(d, cur))
        if d <= 0 or d >= b:
            return None
        amt = b - d
        p = self.pay(c, amt, ref=bacs_ref([t]) if rng.random() < 0.5 else rng.choice(NO_NUMBER_REFS), remit=txt)
        return p, dict(status="partial", apps=[(i, amt)], short=(i, d, code), note="short pay, stated %s of %s on %s" % (code, money(d, cur), self.num(i)))

    def short_unexplained(self):
        c = self.cust()
        i = c and self.pick(c, unique=False, min_bal=20000)
        if not i:
            return None
        d = int(self.bal(i) * self.rng.uniform(0.01, 0.15))
        if d <= 0:
            return None
        ref, remit, desc = self.ref_for(c, i, channel=self.rng.choice(["BACS", "FPS", "CHAPS"]) if c["currency"] == "GBP" else "SEPA")
        p = self.pay(c, self.bal(i) - d, ref=ref, remit=remit)
        return p, dict(status="partial", apps=[(i, self.bal(i) - d)], short=(i, d, "unexplained"),
                       note="reference names %s, paid %s short with no reason given" % (self.num(i), money(d, c["currency"])))

    def fx_shortfall(self):
        c = self.cust(ccy=self.rng.choice(["EUR", "EUR", "GBP"]))
        i = c and self.pick(c, unique=False, min_bal=50000)
        if not i:
            return None
        d = int(self.bal(i) * self.rng.uniform(0.003, 0.018))
        t, _ = spell(self.num(i), self.rng, "canon")
        other = "GBP" if c["currency"] == "EUR" else "EUR"
        remit = "Payment of invoice %s %s. Sent from our %s account; FX conversion by our bank." % (t, money(self.bal(i), c["currency"]), other)
        ref = self.rng.choice(["%s FX" % t, "INTL TRANSFER %s" % t])
        p = self.pay(c, self.bal(i) - d, ref=ref, remit=remit)
        return p, dict(status="partial", apps=[(i, self.bal(i) - d)], short=(i, d, "fx_shortfall"),
                       note="paid from a %s account, arrived %s short after conversion" % (other, money(d, c["currency"])))

    def overpayment(self):
        c = self.cust()
        if not c:
            return None
        i = self.pick(c, unique=False)
        if not i:
            return None
        tot = int(self.book.inv[i]["total"].replace(".", ""))
        if tot > self.bal(i) and self.rng.random() < 0.6:
            amt, why = tot, "paid the invoice total although part was already paid"
        else:
            amt = self.bal(i) + self.rng.choice([100, 1000, 5000, 25000, int(self.bal(i) * 0.2) or 1])
            why = "paid more than the balance"
        ref, remit, desc = self.ref_for(c, i)
        p = self.pay(c, amt, ref=ref, remit=remit)
        return p, dict(status="unapplied", apps=[(i, self.bal(i))], unapplied=amt - self.bal(i),
                       note="overpayment: %s on %s; remainder held on account" % (why, self.num(i)))

    def duplicate_payment(self):
        logs = [(p, i, a) for p, i, a in self.paid_log if self.bal(i) == 0]
        if not logs:
            return None
        p0, i, a = self.rng.choice(logs)
        c = self.by_id[self.book.inv[i]["customer_id"]]
        ref, remit, desc = self.ref_for(c, i)
        p = self.pay(c, a, ref=ref, remit=remit)
        return p, dict(status="unapplied", unapplied=a,
                       note="second payment of %s (%s), which payment %s already cleared" % (self.num(i), money(a, c["currency"]), p0["id"]))

    def alias_ref_exact(self):
        c = self.cust(alias=["trading", "parent", "person", "pba", "translit"])
        i = c and self.pick(c, unique=False, min_bal=1)
        if not i:
            return None
        kind, payer = self.rng.choice(c["aliases"])
        ref, remit, desc = self.ref_for(c, i)
        p = self.pay(c, self.bal(i), ref=ref, remit=remit, cid=False, payer=payer)
        return p, dict(status="applied", apps=[(i, self.bal(i))],
                       note="payer %r is a %s name for %s, customer_id null; reference and exact balance identify %s" % (payer, kind, c["name"], self.num(i)))

    def truncated_name(self):
        c = self.cust()
        if not c:
            return None
        n = ascii_upper(c["name"]).replace("'", "")
        if len(n) <= 19:
            return None
        payer = n[:18].rstrip()
        i = self.pick(c, unique=True)
        if not i:
            return None
        if self.rng.random() < 0.5:
            ref, remit, _ = self.ref_for(c, i, channel="BACS")
        else:
            ref, remit = self.rng.choice(NO_NUMBER_REFS), None
        p = self.pay(c, self.bal(i), ref=ref, remit=remit, cid=False, payer=payer)
        return p, dict(status="applied", apps=[(i, self.bal(i))],
                       note="bank cut the payer name to %r (customer_id null); unique prefix of %s; %s" % (payer, c["name"], "reference names it" if remit or "INV" in (ref or "") else "amount unique"))

    def alias_no_ref(self):
        c = self.cust(alias=["trading", "parent", "person", "pba", "translit"])
        i = c and self.pick(c, unique=True)
        if not i:
            return None
        kind, payer = self.rng.choice(c["aliases"])
        p = self.pay(c, self.bal(i), ref=self.rng.choice(NO_NUMBER_REFS + [None]), cid=False, payer=payer)
        return p, dict(status="review", cand_has=i,
                       note="payer %r (%s name of %s?) not on file, no invoice number; amount matches %s but payer cannot be confirmed" % (payer, kind, c["name"], self.num(i)))

    def alias_short(self):
        c = self.cust(alias=["trading", "parent", "person", "pba", "translit"])
        i = c and self.pick(c, unique=False, min_bal=50000)
        if not i:
            return None
        kind, payer = self.rng.choice(c["aliases"])
        d = int(self.bal(i) * 0.05)
        t, _ = spell(self.num(i), self.rng, "canon")
        remit = "Invoice %s %s\nLess retention 5%% %s" % (t, money(self.bal(i), c["currency"]), money(d, c["currency"]))
        p = self.pay(c, self.bal(i) - d, ref=bacs_ref([t]), remit=remit, cid=False, payer=payer)
        return p, dict(status="review", cand_first=[i],
                       note="payer %r not on file and the amount is short of %s: neither payer nor amount confirms" % (payer, self.num(i)))

    def _typo(self, i):
        six = self.num(i).split("-")[1]
        five = str(int(six))
        for _ in range(20):
            if self.rng.random() < 0.5:
                k = self.rng.randrange(1, 4)
                s = five[:k] + five[k + 1] + five[k] + five[k + 2:]
            else:
                k = self.rng.randrange(1, 5)
                s = five[:k] + self.rng.choice([d for d in "0123456789" if d != five[k]]) + five[k + 1:]
            if s != five and int(s) not in self.book.by_core:
                return s
        return None

    def typo(self, confirmed):
        c = self.cust()
        i = c and self.pick(c, unique=True, min_bal=20000)
        if not i:
            return None
        s = self._typo(i)
        if not s:
            return None
        t = self.rng.choice(["INV-0%s", "INV0%s", "%s", "INV %s"]) % s
        ref = bacs_ref([self.rng.choice(["", short_name(c["name"])]), t])
        amt = self.bal(i) if confirmed else int(self.bal(i) * self.rng.uniform(0.4, 0.9))
        p = self.pay(c, amt, ref=ref)
        if confirmed:
            return p, dict(status="applied", apps=[(i, amt)], note="reference %s is a typo of %s; the exact balance confirms it" % (t, self.num(i)))
        return p, dict(status="review", cand_has=i, note="reference %s is one digit off %s but the amount does not confirm it" % (t, self.num(i)))

    def cross_customer_ref(self):
        a = self.cust()
        if not a:
            return None
        b = self.cust(ccy=a["currency"])
        if not b or b is a:
            return None
        i = self.pick(b, unique=False)
        if not i:
            return None
        ref, remit, desc = self.ref_for(b, i, channel="CHAPS" if a["currency"] == "GBP" else "SEPA")
        p = self.pay(a, self.bal(i), ref=ref, remit=remit)
        return p, dict(status="review", cand_first=[i],
                       note="bank says %s but the reference names %s of %s" % (a["name"], self.num(i), b["name"]))

    def same_amount(self):
        cs = [c for c in self.customers if self._fee_groups(c, 2)]
        if not cs:
            return None
        c = self.rng.choice(cs)
        g = self.rng.choice(self._fee_groups(c, 2))
        p = self.pay(c, self.bal(g[0]), ref=self.rng.choice(["PPM FEE", "QTRLY MAINT", "SERVICE CHARGE", None]))
        return p, dict(status="review", cand_first=[sorted(g, key=self.book.key)[0]],
                       note="%d open invoices of %s each %s; no number given" % (len(g), c["name"], money(self.bal(g[0]), c["currency"])))

    def wrong_currency(self):
        c = self.cust()
        i = c and self.pick(c, unique=False, min_bal=10000)
        if not i:
            return None
        other = {"EUR": "GBP", "GBP": self.rng.choice(["EUR", "USD"])}[c["currency"]]
        rate = {"GBP": 0.84, "EUR": 1.18, "USD": 1.27}[other] if c["currency"] == "GBP" else 0.85
        amt = int(self.bal(i) * rate)
        ref, remit, desc = self.ref_for(c, i, channel="CHAPS")
        p = self.pay(c, amt, ccy=other, ref=ref, remit=remit)
        return p, dict(status="review", cand_first=[],
                       note="%s invoice %s paid in %s; conversion is not ours to guess" % (c["currency"], self.num(i), other))

    def fits_nothing(self):
        if self.rng.random() < 0.3:
            c = self.rng.choice(self.paid_up)
        else:
            c = self.cust()
        amt = self.rng.randint(5000, 2500000)
        ref = self.rng.choice(["DEPOSIT", "ADVANCE PAYMENT", "PAYMENT", "MOBILISATION", None])
        p = self.pay(c, amt, ref=ref)
        return p, dict(status="unapplied", unapplied=amt,
                       note="%s%s: amount fits no open invoice or set; held on account" % (c["name"], " (nothing open)" if c in self.paid_up else ""))

    def unknown_payer(self):
        ccy = self.rng.choice(["GBP", "GBP", "EUR"])
        payer = self.rng.choice(["ACME LOGISTICS UK", "J SMITH", "BRIGHTWATER TRADING", "M OCONNOR", "PAYPAL EUROPE SARL",
                                 "HMRC", "NORTHWIND PROPERTY SERV", "K WOZNIAK", "STRIPE PAYMENTS UK"])
        amt = self.rng.randint(2000, 900000)
        fake = {"id": None, "name": payer, "currency": ccy}
        p = self.pay(fake, amt, ref=self.rng.choice(["REFUND", "TRANSFER", "INVOICE PAYMENT", None]), cid=False, payer=payer)
        return p, dict(status="review", note="payer %r not a customer, nothing referenced" % payer)

    def multi_ref_short(self):
        c = self.cust(min_open=3)
        if not c:
            return None
        sel = sorted(self.rng.sample(self.opn(c), 2), key=self.book.key)
        tot = sum(self.bal(i) for i in sel)
        d = int(tot * self.rng.uniform(0.02, 0.1))
        lines = [(self.num(i), self.bal(i)) for i in sel]
        remit = remittance_list(c["name"], lines, c["currency"], self.rng)
        if self.rng.random() < 0.5:
            remit += "\nLess contra charges %s" % money(d, c["currency"])
        p = self.pay(c, tot - d, ref=self.rng.choice(NO_NUMBER_REFS), remit=remit)
        return p, dict(status="review", cand_first=sel, note="two invoices listed, paid %s short; which invoice carries the shortfall is unknown" % money(d, c["currency"]))

    def ref_amount_conflict(self):
        c = self.cust(min_open=2)
        if not c:
            return None
        x = self.pick(c, unique=True)
        y = self.pick(c, unique=True)
        if not x or not y or x == y or self.bal(x) == self.bal(y):
            return None
        ref, remit, desc = self.ref_for(c, x)
        p = self.pay(c, self.bal(y), ref=ref, remit=remit)
        return p, dict(status="review", cand_first=[y], note="reference names %s but the amount is exactly %s's balance" % (self.num(x), self.num(y)))

    def bad_row(self, kind):
        c = self.cust()
        i = self.pick(c, unique=False)
        ref, remit, desc = self.ref_for(c, i)
        p = self.pay(c, self.bal(i), ref=ref, remit=remit)
        if kind == "nonnumeric":
            p["amount"] = self.rng.choice(["1O,250.00", "N/A", "12 500,00"])
        elif kind == "negative":
            p["amount"] = "-" + p["amount"]
        elif kind == "nocurrency":
            p["currency"] = self.rng.choice([None, ""])
        elif kind == "badcurrency":
            p["currency"] = self.rng.choice(["STG", "EURO", "UKP"])
        else:
            p["date"] = self.rng.choice(["2025-02-30", "14/03/2025", "2025-13-04"])
        return p, dict(status="review", bad=True, note="bad row (%s); would otherwise match %s" % (kind, self.num(i)))


def cents_of(s):
    return int(s.replace(".", ""))
