"""Part 5 of build.py: short pays, overpayments, duplicates, payer variants, groups, typos."""
from build_scenarios import Gen, Skip, UNKNOWN_PAYERS
from build_text import core, money, ref_spelling, bank_wrap, remit_lines
from build_customers import GROUPS_EUR, GROUPS_CHF


class Gen2(Gen):
    def part_payment(self):
        iid = self.pick_open(lambda i: True)
        if self.bal(iid) < 30000:
            raise Skip("small")
        i = self.inv(iid)
        b = self.bal(iid)
        amt = b * self.rng.choice([25, 30, 40, 50, 60]) // 100
        amt -= amt % 100
        payer, cid = self.known_payer(i["customer_id"])
        if cid is None:
            cid = i["customer_id"]
        word = self.rng.choice(["Teilzahlung", "1. Rate", "Anzahlung", "Akonto", "Ratenzahlung gem. Vereinbarung"])
        ref = "%s %s" % (word, ref_spelling(self.rng, i["number"], i["customer_id"]))
        return self.pay(i["currency"], amt, payer, cid, ref), \
            self.lab("partial", [(iid, amt)], reason="stated part payment",
                     note="%r: %s of %s" % (word, money(amt, i["currency"]), money(b, i["currency"])))

    def short_stated(self):
        iid = self.pick_open()
        i = self.inv(iid)
        b, cur = self.bal(iid), i["currency"]
        if b < 20000:
            raise Skip("small")
        kind = self.rng.choice(["skonto", "skonto", "fee", "fee", "damage", "wht", "retention"])
        if kind == "skonto":
            pct = self.rng.choice([2, 3])
            d = (b * pct + 50) // 100
            txt = self.rng.choice(["abzgl. %d%% Skonto %s %s" % (pct, cur, money(d, cur)),
                                   "%d %% Skonto abgezogen (%s)" % (pct, money(d, cur)),
                                   "Zahlung innerhalb 10 Tagen abzgl. Skonto %s" % money(d, cur)])
            reason = "early-payment discount (Skonto) taken"
        elif kind == "fee":
            d = self.rng.choice([500, 750, 1000, 1500, 2000])
            txt = self.rng.choice(["abzgl. Bankspesen %s" % money(d, cur), "Spesen zu Ihren Lasten %s %s" % (cur, money(d, cur)),
                                   "Gebuehr Auslandsueberweisung %s abgezogen" % money(d, cur)])
            reason = "bank fee deducted"
        elif kind == "damage":
            d = max(2500, b * self.rng.randint(5, 30) // 100)
            txt = "Abzug %s %s Transportschaden lt. Lieferschein LS-%d, Gutschrift erbeten" % (
                cur, money(d, cur), self.rng.randint(9100000, 9999999))
            reason = "damaged goods deducted"
        elif kind == "wht":
            d = b * 5 // 100
            txt = "abzgl. Quellensteuer 5%% (%s %s)" % (cur, money(d, cur))
            reason = "withholding tax deducted"
        else:
            d = b * 5 // 100
            txt = "Einbehalt 5%% Gewaehrleistung %s %s" % (cur, money(d, cur))
            reason = "warranty retention deducted"
        amt = b - d
        payer, cid = self.known_payer(i["customer_id"])
        if cid is None:
            cid = i["customer_id"]
        spelled = ref_spelling(self.rng, i["number"], i["customer_id"])
        if self.rng.random() < 0.5:
            ref, remit = "%s %s" % (spelled, txt), None
        else:
            ref, remit = spelled, "Zahlungsavis\nRechnung %s %s %s\n%s\nZahlbetrag %s" % (
                i["number"], cur, money(b, cur), txt, money(amt, cur))
        return self.pay(cur, amt, payer, cid, ref, remit), \
            self.lab("partial", [(iid, amt)], short=(iid, d, reason), reason="short pay: " + reason,
                     note="stated deduction %s %s" % (cur, money(d, cur)))

    def short_unexplained(self, fx=False):
        if fx:
            iid = self.pick_open(lambda i: i["currency"] == "EUR" and self.cust[i["customer_id"]]["country"] == "CH")
        else:
            iid = self.pick_open()
        i = self.inv(iid)
        b, cur = self.bal(iid), i["currency"]
        if b < 10000:
            raise Skip("small")
        d = max(37, b * self.rng.randint(5, 40) // 1000 + self.rng.randint(0, 99))
        amt = b - d
        payer, cid = self.known_payer(i["customer_id"])
        if cid is None:
            cid = i["customer_id"]
        spelled = ref_spelling(self.rng, i["number"], i["customer_id"])
        if fx:
            ref = "%s %s" % (spelled, self.rng.choice(["Zahlung aus CHF-Konto, Kursdifferenz", "umgerechnet aus CHF",
                                                         "Auslandszahlung SHA Fremdspesen"]))
            reason = "foreign-exchange shortfall"
            note = "Swiss customer pays EUR invoice from CHF account, %s EUR short" % money(d, cur)
        else:
            ref = bank_wrap(self.rng, spelled, self.channel(cur))
            reason = "unexplained shortfall"
            note = "%s %s short, no explanation" % (cur, money(d, cur))
        return self.pay(cur, amt, payer, cid, ref), \
            self.lab("partial", [(iid, amt)], short=(iid, d, reason), reason="short pay: " + reason, note=note)

    def overpayment(self):
        iid = self.pick_open()
        i = self.inv(iid)
        b, cur = self.bal(iid), i["currency"]
        tot = int(i["total"].replace(".", ""))
        if tot > b and self.rng.random() < 0.6:
            amt = tot
            note = "pays the full total although the invoice was part-paid"
        else:
            amt = b + self.rng.choice([1000, 2500, 5000, b // 10 + 1, 990])
            note = "pays more than the balance"
        payer, cid = self.known_payer(i["customer_id"])
        if cid is None:
            cid = i["customer_id"]
        ref = bank_wrap(self.rng, ref_spelling(self.rng, i["number"], i["customer_id"]), self.channel(cur))
        return self.pay(cur, amt, payer, cid, ref), \
            self.lab("unapplied", [(iid, b)], unapplied=amt - b, reason="overpayment, remainder held", note=note)

    def duplicate(self):
        pool = [(k, a) for k, a in self.paid_in_batch if self.bal(k) == 0]
        if not pool:
            raise Skip("nothing paid yet")
        iid, amt = self.rng.choice(pool)
        i = self.inv(iid)
        payer, cid = self.known_payer(i["customer_id"])
        if cid is None:
            cid = i["customer_id"]
        ref = bank_wrap(self.rng, ref_spelling(self.rng, i["number"], i["customer_id"]), self.channel(i["currency"]))
        return self.pay(i["currency"], amt, payer, cid, ref), \
            self.lab("unapplied", unapplied=amt, reason="invoice already paid in this batch",
                     note="second payment of %s" % i["number"])

    def payer_variant(self, wrong_amount=False):
        iid = self.pick_open()
        i = self.inv(iid)
        b, cur = self.bal(iid), i["currency"]
        payer = self.variant_payer(i["customer_id"])
        spelled = ref_spelling(self.rng, i["number"], i["customer_id"])
        ref = bank_wrap(self.rng, spelled, self.channel(cur))
        if wrong_amount:
            amt = b - self.rng.choice([1500, 2000, b // 50 + 3])
            if amt <= 0:
                raise Skip("tiny")
            return self.pay(cur, amt, payer, None, ref), \
                self.lab("review", cands=[[iid]], unapplied=amt, reason="payer not identified and amount differs",
                         note="payer %r for %s, amount %s short" % (payer, i["customer_name"], money(b - amt, cur)))
        return self.pay(cur, b, payer, None, ref), \
            self.lab("applied", [(iid, b)], reason="reference and exact balance",
                     note="payer %r pays for %s" % (payer, i["customer_name"]))

    def purchasing_group(self):
        cur = self.rng.choice(["EUR", "EUR", "CHF"])
        members = sorted({v["customer_id"] for k, v in self.book.inv.items() if self.bal(k) > 0
                          and v["currency"] == cur and self.cust[v["customer_id"]]["kind"] in ("hospital", "carehome")})
        ms = self.rng.sample(members, self.rng.randint(2, 3))
        chosen = []
        for m in ms:
            opens = self.book.open_of(m, cur)
            chosen += self.rng.sample(opens, min(len(opens), self.rng.randint(1, 2)))
        invs = [self.inv(k) for k in chosen]
        group = self.rng.choice(GROUPS_CHF if cur == "CHF" else GROUPS_EUR)
        lines = []
        for inv in invs:
            lines.append("%s | %s" % (inv["customer_name"], remit_lines([inv], cur, self.book.bal, 1)[0]))
        amt = sum(self.bal(k) for k in chosen)
        remit = "Zentralregulierung fuer Mitgliedshaeuser\n%s\nGesamt %s %s" % ("\n".join(lines), cur, money(amt, cur))
        return self.pay(cur, amt, group, None, "Zentralregulierung Avis ZR-%d" % self.rng.randint(9100000, 9999999),
                        remit), \
            self.lab("applied", [(k, self.bal(k)) for k in chosen], reason="group pays listed member invoices, exact sum",
                     note="%s pays %d invoices of %d members" % (group, len(chosen), len(ms)))

    def typo_number(self, number):
        c = core(number)
        for _ in range(40):
            d = list(c)
            if self.rng.random() < 0.5:
                p = self.rng.randint(1, len(d) - 2)
                d[p], d[p + 1] = d[p + 1], d[p]
            else:
                p = self.rng.randint(1, len(d) - 1)
                d[p] = str((int(d[p]) + self.rng.randint(1, 9)) % 10)
            t = "".join(d)
            if t != c and t not in self.book.core_to_inv:
                return t
        raise Skip("no typo")

    def typo(self, known=True):
        iid = self.pick_open()
        i = self.inv(iid)
        b, cur = self.bal(iid), i["currency"]
        t = self.typo_number(i["number"])
        ref = bank_wrap(self.rng, self.rng.choice(["RE-00%s" % t, "Rechnung %s" % t, "RE %s" % t, t]), self.channel(cur))
        if known:
            payer, cid = self.known_payer(i["customer_id"])
            return self.pay(cur, b, payer, cid, ref), \
                self.lab("applied", [(iid, b)], reason="known customer, only open invoice of that amount",
                         note="typo %s for %s" % (t, core(i["number"])))
        payer = self.variant_payer(i["customer_id"])
        pool = sorted([k for k in self.book.inv if self.inv(k)["currency"] == cur and self.bal(k) == b],
                      key=self.book.sort_key)
        return self.pay(cur, b, payer, None, ref), \
            self.lab("review", cands=[[k] for k in pool], unapplied=b, reason="payer not identified, number not found",
                     note="typo %s for %s, payer %r" % (t, core(i["number"]), payer))
