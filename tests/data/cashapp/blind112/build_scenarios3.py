"""Part 6 of build.py: review cases, unapplied cash and bad rows."""
from build_scenarios import Skip, UNKNOWN_PAYERS
from build_scenarios2 import Gen2
from build_text import core, money, ref_spelling, bank_wrap


class Gen3(Gen2):
    def other_customer(self):
        iid = self.pick_open()
        i = self.inv(iid)
        cur = i["currency"]
        others = sorted({v["customer_id"] for v in self.book.inv.values()
                         if v["currency"] == cur and v["customer_id"] != i["customer_id"]})
        a = self.rng.choice(others)
        b = self.bal(iid)
        ref = bank_wrap(self.rng, ref_spelling(self.rng, i["number"], i["customer_id"]), self.channel(cur))
        own = [[k] for k in self.book.open_of(a, cur) if self.bal(k) == b]
        return self.pay(cur, b, self.cust[a]["name"], a, ref), \
            self.lab("review", cands=own, unapplied=b, reason="reference names another customer's invoice",
                     note="%s cites %s of %s" % (self.cust[a]["name"], i["number"], i["customer_name"]))

    def same_amount(self):
        groups = {}
        for k, v in self.book.inv.items():
            if self.bal(k) > 0:
                groups.setdefault((v["customer_id"], v["currency"], self.bal(k)), []).append(k)
        keys = sorted(key for key, ks in groups.items() if len(ks) >= 2)
        if not keys:
            raise Skip("none")
        cid, cur, b = self.rng.choice(keys)
        ks = sorted(groups[(cid, cur, b)], key=self.book.sort_key)
        payer, cidp = self.known_payer(cid)
        ref = self.rng.choice(["Wartungsvertrag Pauschale", "Miete Geraete", "Servicepauschale",
                               "Mietgebuehr Pflegebetten", None, "Ihre Rechnung"])
        return self.pay(cur, b, payer, cidp, ref), \
            self.lab("review", cands=[[k] for k in ks], unapplied=b, reason="same amount open on several invoices",
                     note="%d open invoices of %s %s" % (len(ks), cur, money(b, cur)))

    def currency_mismatch(self):
        iid = self.pick_open()
        i = self.inv(iid)
        b, cur = self.bal(iid), i["currency"]
        other = "EUR" if cur == "CHF" else "CHF"
        amt = b * (1065 if cur == "CHF" else 940) // 1000
        payer, cid = self.known_payer(i["customer_id"])
        ref = bank_wrap(self.rng, ref_spelling(self.rng, i["number"], i["customer_id"]), "sepa")
        return self.pay(other, amt, payer, cid, ref), \
            self.lab("review", unapplied=amt, reason="paid in %s, invoice billed in %s" % (other, cur),
                     note="%s invoice %s paid in %s" % (cur, i["number"], other))

    def unknown_payer(self):
        cur = self.rng.choice(["EUR", "EUR", "CHF"])
        payer = self.rng.choice(UNKNOWN_PAYERS)
        if self.rng.random() < 0.35:
            iid = self.pick_open(lambda v: v["currency"] == cur)
            amt = self.bal(iid)
            note = "unknown payer, amount equals an open invoice"
        else:
            amt = self.rng.randint(2000, 150000)
            note = "unknown payer, amount fits nothing"
        pool = sorted([k for k in self.book.inv if self.inv(k)["currency"] == cur and self.bal(k) == amt],
                      key=self.book.sort_key)
        ref = self.rng.choice(["Zahlung", "Rechnung bezahlt", None, "Spende/Zahlung Material", "Auftrag telefonisch"])
        return self.pay(cur, amt, payer, None, ref), \
            self.lab("review", cands=[[k] for k in pool], unapplied=amt, reason="payer not identified", note=note)

    def known_nofit(self):
        cid = self.rng.choice(sorted(self.cust))
        c = self.cust[cid]
        cur = c["currencies"][0]
        amt = self.rng.randint(5000, 90000)
        ref = self.rng.choice(["Vorauskasse Auftrag AB-%d" % self.rng.randint(9100000, 9999999),
                               "Vorauszahlung Bestellung", "Zahlung", None, "Guthaben Ausgleich"])
        return self.pay(cur, amt, c["name"], cid, ref), \
            self.lab("unapplied", unapplied=amt, reason="known customer, fits no open invoice",
                     note="prepayment / unexplained receipt")

    def bad_row(self, kind):
        iid = self.pick_open()
        i = self.inv(iid)
        b, cur = self.bal(iid), i["currency"]
        p = self.pay(cur, b, i["customer_name"], i["customer_id"],
                     bank_wrap(self.rng, ref_spelling(self.rng, i["number"], i["customer_id"]), "sepa"))
        if kind == "negative":
            p["amount"] = "-" + p["amount"]
            p["reference"] = "RUECKLASTSCHRIFT %s SEPA-Lastschrift %s" % (
                self.rng.choice(["MD01 kein Mandat", "AC04 Konto erloschen", "AM04 Deckung unzureichend"]),
                i["number"])
            err = "negative amount"
            note = "returned SEPA direct debit booked as a negative receipt"
        elif kind == "german_amount":
            p["amount"] = money(b, cur) if cur == "EUR" else money(b, "EUR")
            err = "amount is not a valid decimal string"
            note = "amount in German notation %r" % p["amount"]
        elif kind == "ocr_amount":
            p["amount"] = p["amount"].replace("0", "O", 1) if "0" in p["amount"] else "l" + p["amount"]
            err = "amount is not a valid decimal string"
            note = "OCR garbage in amount %r" % p["amount"]
        elif kind == "no_currency":
            p["currency"] = None
            err = "missing or invalid currency"
            note = "currency missing"
        elif kind == "bad_currency":
            p["currency"] = "SFR" if cur == "CHF" else "EURO"
            err = "missing or invalid currency"
            note = "currency %r is not an ISO code" % p["currency"]
        elif kind == "bad_date":
            p["date"] = self.rng.choice(["2025-02-30", "15.02.2025", "2025/02/15"])
            err = "malformed date"
            note = "date %r" % p["date"]
        else:
            raise ValueError(kind)
        lab = self.lab("review", reason="bad row: " + err, note=note)
        lab["error"] = err
        return p, lab
