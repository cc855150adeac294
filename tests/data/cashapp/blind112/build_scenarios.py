"""Part 4 of build.py: one generator per scenario. Each returns (payment_fields, intended_label).

intended_label: status, apps [(invoice_id, cents)], unapplied cents, short (invoice_id, cents, reason) or None,
cands [[invoice_id, ...]], reason, note, and error for bad rows."""
from check import norm_name
from build_text import (core, money, rf_reference, rf_grouped, qr_reference, qr_grouped, esr_codeline,
                        ref_spelling, bank_wrap, remit_lines)
from build_customers import GROUPS_EUR, GROUPS_CHF

UNKNOWN_PAYERS = ["Förderverein Kinderklinik e.V.", "M. Schneider", "Privatpraxis Hofer", "Medicare Service Ltd",
                  "Rotkreuz Bezirksstelle", "Sanitätshaus Lorenz", "H. und E. Brandl", "Spitex Region Mitte",
                  "Physiotherapie am Markt", "Tierklinik Obermatt AG", "Hausarztzentrum Nord", "J. Wüthrich"]


class Skip(Exception):
    pass


class Gen:
    def __init__(self, rng, book, customers):
        self.rng = rng
        self.book = book
        self.cust = {c["id"]: c for c in customers}
        self.paid_in_batch = []          # (invoice_id, amount_cents) fully paid by an earlier payment

    # ------------------------------------------------------------ helpers
    def bal(self, iid):
        return self.book.bal[iid]

    def inv(self, iid):
        return self.book.inv[iid]

    def open_invoices(self, pred=lambda i: True):
        return [k for k, v in self.book.inv.items() if self.book.bal[k] > 0 and pred(v)]

    def pick_open(self, pred=lambda i: True):
        pool = self.open_invoices(pred)
        if not pool:
            raise Skip("no open invoice")
        return self.rng.choice(sorted(pool))

    def channel(self, cur):
        r = self.rng.random()
        if cur == "CHF":
            return "sepa" if r < 0.55 else ("card" if r < 0.75 else ("twint" if r < 0.9 else "ebics"))
        return ("sepa" if r < 0.55 else "instant" if r < 0.68 else "card" if r < 0.78 else
                "dd" if r < 0.9 else "cheque" if r < 0.95 else "ebics")

    def known_payer(self, cid):
        c = self.cust[cid]
        r = self.rng.random()
        if r < 0.7:
            return c["name"], cid
        if r < 0.85:
            return c["variants"]["bank"], cid
        if r < 0.93:
            tr = c["name"]
            for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
                tr = tr.replace(a, b)
            return tr, None              # transliterated umlauts, no id: same name once normalised
        return c["name"], None           # bank gives no id, name is exact

    def variant_payer(self, cid):
        c = self.cust[cid]
        opts = [v for k, v in c["variants"].items() if norm_name(v) != norm_name(c["name"])]
        if not opts:
            raise Skip("no variant")
        return self.rng.choice(opts)

    def pay(self, cur, amount, payer, cid, ref, remit=None):
        return {"amount": "%d.%02d" % (amount // 100, amount % 100), "currency": cur, "payer_name": payer,
                "customer_id": cid, "reference": ref, "remittance": remit}

    def lab(self, status, apps=(), unapplied=0, short=None, cands=(), reason="", note=""):
        return {"status": status, "apps": list(apps), "unapplied": unapplied, "short": short,
                "cands": [list(c) for c in cands], "reason": reason, "note": note}

    # ------------------------------------------------------------ clean matches
    def exact_ref(self):
        iid = self.pick_open()
        i = self.inv(iid)
        amt = self.bal(iid)
        payer, cid = self.known_payer(i["customer_id"])
        spelled = ref_spelling(self.rng, i["number"], i["customer_id"])
        ref = bank_wrap(self.rng, spelled, self.channel(i["currency"]))
        remit = None
        if self.rng.random() < 0.15:
            remit, ref = "Zahlungsavis\n%s\nBetrag %s %s" % (spelled, i["currency"], money(amt, i["currency"])), \
                "Zahlung gem. Avis"
        note = "number written as %r, pays the open balance" % spelled
        if i["total"] != i["balance"]:
            note += " (invoice was already part-paid)"
        return self.pay(i["currency"], amt, payer, cid, ref, remit), \
            self.lab("applied", [(iid, amt)], reason="reference %s and exact balance" % i["number"], note=note)

    def exact_structured(self):
        iid = self.pick_open()
        i = self.inv(iid)
        amt = self.bal(iid)
        payer, cid = self.known_payer(i["customer_id"])
        r = self.rng.random()
        if i["currency"] == "CHF" and r < 0.4:
            ref, kind = "QRR " + qr_grouped(qr_reference(i["number"])), "Swiss QR-bill QR reference"
        elif i["currency"] == "CHF" and r < 0.55:
            ref, kind = qr_reference(i["number"]), "QR reference, ungrouped"
        elif i["currency"] == "CHF" and r < 0.75:
            ref, kind = "ESR " + esr_codeline(i["number"], amt, self.rng), "legacy ESR OCR coding line"
        else:
            rf = rf_reference(i["number"])
            ref = self.rng.choice(["SCOR " + rf_grouped(rf), rf, "EREF+%s SVWZ+%s" % (rf, rf_grouped(rf))])
            kind = "ISO 11649 RF creditor reference"
        return self.pay(i["currency"], amt, payer, cid, ref), \
            self.lab("applied", [(iid, amt)], reason="structured reference for %s and exact balance" % i["number"],
                     note=kind)

    def multi_listed(self, short=False):
        cid = self.rng.choice(sorted({v["customer_id"] for k, v in self.book.inv.items() if self.bal(k) > 0}))
        cur = self.cust[cid]["currencies"][0]
        opens = self.book.open_of(cid, cur)
        if len(opens) < 2:
            raise Skip("few opens")
        chosen = self.rng.sample(opens, self.rng.randint(2, min(5, len(opens))))
        invs = [self.inv(k) for k in chosen]
        S = sum(self.bal(k) for k in chosen)
        payer, cidp = self.known_payer(cid)
        lines = remit_lines(invs, cur, self.book.bal, self.rng.randint(0, 2))
        avis = "AV-%d" % self.rng.randint(9100000, 9999999)
        if short:
            d = max(1500, S * self.rng.choice([2, 3]) // 100)
            amt = S - d
            remit = "Zahlungsavis %s\n%s\nabzgl. Abzug %s %s\nZahlbetrag %s %s" % (
                avis, "\n".join(lines), cur, money(d, cur), cur, money(amt, cur))
            return self.pay(cur, amt, payer, cidp, "Zahlungsavis %s" % avis, remit), \
                self.lab("review", cands=[chosen], unapplied=amt,
                         reason="several cited invoices, shortfall not attributable to one",
                         note="%d invoices listed, paid %s less than their sum" % (len(chosen), money(d, cur)))
        amt = S
        remit = "Zahlungsavis %s\n%s\nSumme %s %s" % (avis, "\n".join(lines), cur, money(S, cur))
        return self.pay(cur, amt, payer, cidp, "Sammelzahlung %s" % avis, remit), \
            self.lab("applied", [(k, self.bal(k)) for k in chosen], reason="remittance lists the invoices, exact sum",
                     note="%d invoices listed in the remittance advice" % len(chosen))

    def multi_unlisted(self):
        cid = self.rng.choice(sorted({v["customer_id"] for k, v in self.book.inv.items() if self.bal(k) > 0}))
        cur = self.cust[cid]["currencies"][0]
        opens = self.book.open_of(cid, cur)
        if len(opens) < 2:
            raise Skip("few opens")
        if len(opens) <= 7 and self.rng.random() < 0.35:
            chosen = list(opens)
            note = "pays all %d open invoices, none listed" % len(opens)
        else:
            chosen = sorted(self.rng.sample(opens, self.rng.randint(2, min(4, len(opens)))), key=self.book.sort_key)
            note = "exact sum of %d open invoices, none listed" % len(chosen)
        if 4 < len(chosen):
            pass
        amt = sum(self.bal(k) for k in chosen)
        payer, cidp = self.known_payer(cid)
        ref = self.rng.choice(["Sammelzahlung offene Posten", "Ausgleich Kontoauszug", "Zahlung Lieferungen",
                               "Begleichung offener Rechnungen", None, "Monatsabrechnung Einkauf"])
        return self.pay(cur, amt, payer, cidp, ref), \
            self.lab("applied", [(k, self.bal(k)) for k in chosen], reason="unique exact combination", note=note)

    def single_unlisted(self):
        iid = self.pick_open()
        i = self.inv(iid)
        amt = self.bal(iid)
        cid = i["customer_id"]
        payer = self.cust[cid]["name"] if self.rng.random() < 0.6 else self.cust[cid]["variants"]["bank"]
        ref = self.rng.choice(["Zahlung Lieferung", "Ihre Rechnung", None, "Rechnung Medizinprodukte",
                               "Begleichung Rechnung"])
        return self.pay(i["currency"], amt, payer, cid, ref), \
            self.lab("applied", [(iid, amt)], reason="only open invoice of that amount",
                     note="no number; known customer, exactly one open invoice matches")
