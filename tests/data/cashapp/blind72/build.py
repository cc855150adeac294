#!/usr/bin/env python3
"""Blind cash-application test set: Nordic sawmill / timber company (made-up data).
Deterministic, stdlib only. Writes nordic_timber/{invoices,payments,labels}.json and README.md."""
import json, os, random, unicodedata
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

SEED = 24917
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nordic_timber")
D0 = Decimal("0.00")


def q(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def s(x):
    return str(q(x))


# ---------------------------------------------------------------- check digits
def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def fi_viite(base):
    w = [7, 3, 1]
    tot = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(base)))
    return base + str((10 - tot % 10) % 10)


def rf_ref(base):
    conv = "".join(str(int(c, 36)) for c in base + "RF00")
    chk = 98 - int(conv) % 97
    return "RF%02d%s" % (chk, base)


def group(sx, n=5):
    return " ".join(sx[i:i + n] for i in range(0, len(sx), n))


# ---------------------------------------------------------------- customers
CC = {"SE": "SEK", "NO": "NOK", "DK": "DKK", "FI": "EUR", "DE": "EUR", "NL": "EUR", "GB": "GBP"}
LANG = {"SE": "sv", "NO": "no", "DK": "da", "FI": "fi", "DE": "de", "NL": "en", "GB": "en"}
NAMES = {
    "SE": (["Norrlands", "Hälsinge", "Vänerns", "Åkessons", "Dalarnas", "Mälardalens", "Sörmlands", "Bergslagens",
            "Östgöta", "Jämtlands", "Lindqvists", "Höglunds", "Skåne", "Västkustens"],
           ["Byggvaror AB", "Trävaruhandel AB", "Snickeri AB", "Bygghandel AB", "Trä & Bygg AB", "Fönster & Dörr AB",
            "Timmermän HB", "Brädgård AB"]),
    "NO": (["Fjord", "Trøndelag", "Hardanger", "Vestlandske", "Sørlandets", "Østfold", "Hallingdal", "Bjørnstad",
            "Lofoten", "Solbakken"],
           ["Byggevare AS", "Trelast AS", "Snekkeri AS", "Bygg & Tre AS", "Trevare AS", "Tømmerhandel AS"]),
    "DK": (["Østergaard", "Fyns", "Nørre", "Jyllands", "Sjællands", "Bækgaard", "Søndergaard", "Limfjords"],
           ["Tømmerhandel ApS", "Snedkeri A/S", "Trælast A/S", "Byggemarked ApS", "Tømrerfirma ApS"]),
    "FI": (["Pohjolan", "Virtasen", "Mäkelän", "Järvisen", "Keski-Suomen", "Hämeen", "Savon", "Lapin", "Kärkkäisen"],
           ["Puutavara Oy", "Rakennustarvike Oy", "Puusepänliike Oy", "Sahatavara Oy", "Rautakauppa Oy"]),
    "DE": (["Brückner", "Schäfer", "Holzkontor Nord", "Ostfriesische", "Müller & Söhne", "Bergmann", "Rheinische",
            "Hanseatische"],
           ["Holzhandel GmbH", "Zimmerei KG", "Bauelemente GmbH", "Holz & Baustoffe GmbH", "Tischlerei GmbH"]),
    "NL": (["De Vries", "Bakker", "Van Dijk", "Noordzee", "Veluwe", "Jansen"],
           ["Houthandel B.V.", "Timmerbedrijf B.V.", "Bouwmaterialen B.V."]),
    "GB": (["Harbourside", "Pennine", "Thameside", "Caledonian", "Severn Valley", "Ashdown", "Wessex", "Humber"],
           ["Timber Merchants Ltd", "Joinery Ltd", "Builders Merchants Ltd", "Timber Importers Ltd", "Sawn Goods Ltd"]),
}
COUNTRY_W = [("SE", 30), ("NO", 18), ("DK", 12), ("FI", 14), ("DE", 12), ("NL", 6), ("GB", 10)]
TRANS = str.maketrans({"å": "aa", "Å": "AA", "ø": "oe", "Ø": "OE", "æ": "ae", "Æ": "AE", "ä": "ae", "Ä": "AE",
                       "ö": "oe", "Ö": "OE", "ü": "ue", "Ü": "UE", "ß": "ss"})


def strip_acc(t):
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


def bank_name(name, country, rr):
    """How the payer's bank spells the name."""
    style = rr.random()
    if country in ("SE", "FI"):
        n = strip_acc(name).upper() if style < 0.6 else name.upper()
        return n[:30] if style < 0.3 else n
    if country in ("NO", "DK"):
        n = name.translate(TRANS).upper() if style < 0.5 else name.upper()
        return n[:35]
    if country == "DE":
        return name.translate(TRANS) if style < 0.5 else name.upper().translate(TRANS)
    if country == "GB":
        return name.upper().replace(" LIMITED", " LTD")[:18] if style < 0.4 else name.upper()
    return name.upper()


def make_customers():
    out, seen = [], set()
    n = 0
    pool = [c for c, w in COUNTRY_W for _ in range(w)]
    while len(out) < 130:
        c = R.choice(pool)
        first, last = NAMES[c]
        name = "%s %s" % (R.choice(first), R.choice(last))
        if name in seen:
            continue
        seen.add(name)
        n += 1
        cur = CC[c]
        if c in ("DE", "NL") and R.random() < 0.1:
            cur = "GBP"
        if c == "GB" and R.random() < 0.25:
            cur = "EUR"
        out.append({"id": "c-%03d" % n, "name": name, "country": c, "currency": cur, "lang": LANG[c],
                    "bank": bank_name(name, c, R)})
    return out


# ---------------------------------------------------------------- invoices
def rand_amount(cur):
    base = {"SEK": (1800, 260000), "NOK": (1800, 250000), "DKK": (1500, 190000), "EUR": (180, 24000),
            "GBP": (150, 21000)}[cur]
    lo, hi = base
    v = Decimal(int(R.triangular(lo, hi, lo * 3) * 100)) / 100
    if R.random() < 0.35:
        v = q(int(v / 5) * 5)  # round price lists
    return q(v)


def make_invoices(customers):
    rows = []
    weights = [R.choice([1, 2, 3, 4, 6, 10, 16, 22]) for _ in customers]
    tot = sum(weights)
    g = 0
    batch_cust = set(c["id"] for c in R.sample(customers, 24))
    for c, w in zip(customers, weights):
        k = max(2, round(w * 1500 / tot))
        plan = [1] * k
        if c["id"] in batch_cust:
            plan += [R.randint(3, 5)]
        for size in plan:
            g += 1
            issue = date(2026, 7, 15) + timedelta(R.randint(0, 118))
            terms = R.choice([30, 30, 30, 45, 60, 14])
            for _ in range(size):
                total = rand_amount(c["currency"])
                bal = total
                if size == 1 and R.random() < 0.08:
                    bal = q(total * Decimal(R.choice(["0.5", "0.4", "0.25", "0.6"])))
                rows.append(((issue, R.random() if size == 1 else g, g), {
                    "id": None, "number": None, "customer_id": c["id"], "customer_name": c["name"],
                    "currency": c["currency"], "total": s(total), "balance": s(bal),
                    "issue_date": issue.isoformat(),
                    "due_date": (issue + timedelta(terms)).isoformat()}))
    rows.sort(key=lambda r: r[0])
    invs = [r[1] for r in rows]
    for k, inv in enumerate(invs, 1):
        inv["id"] = "i-%04d" % k
        inv["number"] = str(326100 + k)
    return invs


# ---------------------------------------------------------------- text helpers
def fmt_amt(v, lang):
    v = q(v)
    ip, fp = str(v).split(".")
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    parts = []
    while ip:
        parts.insert(0, ip[-3:])
        ip = ip[:-3]
    sep = {"sv": " ", "no": " ", "fi": " ", "da": ".", "de": ".", "en": ","}[lang]
    dec = "." if lang == "en" else ","
    return ("-" if neg else "") + sep.join(parts) + dec + fp


SYM = {"SEK": "kr", "NOK": "kr", "DKK": "kr.", "EUR": "EUR", "GBP": "GBP"}

INV_WORD = {"sv": ["Faktura", "Fakt nr", "Fakt.", "Avser faktura"], "no": ["Faktura", "Fakturanr", "Gjelder faktura"],
            "da": ["Faktura nr.", "Fakt.", "Betaling faktura"], "fi": ["Lasku", "Laskun nro", "Lasku nro"],
            "de": ["Rechnung", "RE-Nr.", "Rg.", "Rechnungsnr."], "en": ["Invoice", "INV", "Inv no.", "Our ref inv"]}
LIST_TXT = {"sv": "Betalningen avser fakturorna {l}. Totalt {a} {c}.",
            "no": "Innbetalingen gjelder fakturaene {l}, til sammen {a} {c}.",
            "da": "Betalingen dækker fakturaerne {l} – i alt {a} {c}.",
            "fi": "Maksu koskee laskuja {l}, yhteensä {a} {c}.",
            "de": "Wir begleichen hiermit folgende Rechnungen: {l}. Summe {a} {c}.",
            "en": "Remittance advice - we have paid invoices {l}, total {a} {c}."}
AND = {"sv": " och ", "no": " og ", "da": " og ", "fi": " ja ", "de": " und ", "en": " and "}
RANGE_TXT = {"sv": "Fakturor {a}–{b}", "no": "Fakturanr {a} - {b}", "da": "Faktura {a} til {b}",
             "fi": "Laskut {a}-{b}", "de": "Rechnungen {a} bis {b}", "en": "Invoices {a} to {b} inclusive"}
STMT_TXT = {"sv": "Utjämning av saldo enligt kontoutdrag per {d}", "no": "Betaling av saldo iht. kontoutskrift {d}",
            "da": "Indfrielse af saldo jf. kontoudtog pr. {d}", "fi": "Tiliotteen {d} mukainen saldo",
            "de": "Ausgleich Saldo lt. Kontoauszug vom {d}", "en": "Payment of balance per your statement dated {d}"}
PART_TXT = {"sv": ["Delbetalning {w} {n}, resterande betalas senare", "A conto {w} {n}"],
            "no": ["Delbetaling {w} {n}", "Avdrag på {w} {n}, resten kommer neste måned"],
            "da": ["Delbetaling af {w} {n}", "Acontobetaling {w} {n}, restbeløb følger"],
            "fi": ["Osamaksu, {w} {n}", "{w} {n} osasuoritus, loput myöhemmin"],
            "de": ["Teilzahlung {w} {n}", "Abschlagszahlung auf {w} {n}, Rest folgt"],
            "en": ["Part payment {w} {n}, balance to follow", "Payment on account against {w} {n}"]}
SHORT_REASONS = {
    "sv": ["avdrag för fuktskadade brädor", "avdrag för saknade paket", "prisavvikelse mot offert", "avdrag fraktkostnad enligt avtal"],
    "no": ["trekk for fuktskadet last", "trekk for manglende levering, 2 pakker", "prisdifferanse mot tilbud"],
    "da": ["fradrag for beskadiget træ", "fradrag for manglende leverance", "prisdifference jf. tilbud"],
    "fi": ["vähennys vaurioituneesta toimituksesta", "vähennys puuttuvista paketeista", "hintaero tarjoukseen"],
    "de": ["Abzug Transportschaden", "Abzug Mindermenge laut Lieferschein", "Preisdifferenz zum Angebot"],
    "en": ["deduction for water-damaged boards", "short delivery - 3 packs missing", "price difference vs quotation"],
}
SHORT_TXT = {"sv": "{w} {n} {t} {a}: {r}. Betalt {p}.", "no": "{w} {n} {t} {a} ({r}). Innbetalt {p}.",
             "da": "{w} {n}: {t} {a} – {r}. Betalt {p}.", "fi": "{w} {n}: {t} {a}, syy: {r}. Maksettu {p}.",
             "de": "{w} {n} abzgl. {a} ({r}), überwiesen {p}", "en": "{w} {n} less {a} ({r}); paid {p}"}
SHORT_T = {"sv": "minus", "no": "minus", "da": "minus", "fi": "miinus", "de": "", "en": ""}
PO_TXT = {"sv": "Vår inköpsorder {po}", "no": "Vår bestilling nr {po}", "da": "Vores ordre nr. {po}",
          "fi": "Ostotilaus {po}", "de": "Ihre Lieferung zu unserer Bestellung {po}", "en": "Our PO {po}"}
LUMP_TXT = {"sv": "Samlingsbetalning oktober", "no": "Samlebetaling leveranser september/oktober",
            "da": "Samlet betaling for leverancer", "fi": "Kokoomamaksu, useita laskuja",
            "de": "Sammelzahlung offene Posten", "en": "Bulk payment - several invoices"}
GENERIC = {"sv": ["Betalning", "Betalning virke", None], "no": ["Betaling", "Trelast", None],
           "da": ["Betaling", "Overførsel", None], "fi": ["Maksu", "Puutavara", None],
           "de": ["Zahlung", "Überweisung Holz", None], "en": ["Payment", "Timber", None]}
THIRD = ["NORDKREDIT FACTORING AB", "FJELLFINANS AS", "Baltic Trade Finance GmbH", "ARCTIC INVOICE SERVICES OY",
         "Kattegat Finans A/S", "THAMES TRADE CREDIT LTD"]
UNKNOWN = ["ANDERSSON K", "Stugföreningen Tallbacken", "M. KOWALSKI BAU", "HOLM ERIK", "Bygglag Solsiden",
           "PRIVAT OVERFOERSEL", "J. SMITH", "Kiinteistö Oy Koivurinne", "TEGLVÆRKSVEJ 12 APS", "NIELSEN METTE",
           "Hansen Hytteservice", "BAUHERR P. WOLF", "Linnea Ek", "W. HUGHES BUILDING"]


def inv_word(lang):
    return R.choice(INV_WORD[lang])


def join_list(nums, lang):
    if len(nums) > 2 and R.random() < 0.5:
        return ", ".join(nums)
    return ", ".join(nums[:-1]) + AND[lang] + nums[-1]


def ref_for(inv, cust, style):
    """Reference field for one invoice. style: 'text' or 'check'."""
    n = inv["number"]
    c = cust["country"]
    if style == "check":
        if c == "SE":
            return R.choice(["{o}", "OCR {o}", "OCR-nr {o}"]).format(o=n + luhn_digit(n)), "OCR"
        if c == "NO":
            return R.choice(["{o}", "KID {o}", "KID: {o}"]).format(o="00" + n + luhn_digit("00" + n)), "KID"
        if c == "DK":
            pid = n.zfill(14)
            pid += luhn_digit(pid)
            return "+71<%s+85551234<" % pid, "FIK71"
        if c == "FI":
            v = fi_viite(n)
            if R.random() < 0.5:
                return R.choice(["Viite {v}", "{v}", "Viitenumero {v}"]).format(v=group(v) if R.random() < .5 else v), "viite"
            rf = rf_ref(v)
            return (group(rf, 4) if R.random() < 0.6 else rf), "RF"
    lang = cust["lang"]
    if c == "DK" and R.random() < 0.35:
        return "+73<+85551234<", "FIK73"
    if c in ("DE", "NL") and R.random() < 0.6:
        return "EREF+NT%s SVWZ+%s %s" % (n, inv_word("de" if c == "DE" else "en"), n), "SEPA"
    return "%s %s" % (inv_word(lang), n), "text"


# ---------------------------------------------------------------- payment scenarios
PLAN = [("exact_ref", 85), ("check_digit_ref", 65), ("amount_only", 18), ("typo_ref", 14), ("list", 32),
        ("range", 8), ("statement", 10), ("third_party", 8), ("part_payment", 20), ("short_pay", 18),
        ("short_pay_list", 6), ("overpayment", 16), ("second_payment", 12), ("unknown_payer", 10),
        ("unknown_payer_amount", 4), ("known_no_fit", 12), ("po_lookalike", 12), ("ambiguous_same_amount", 14),
        ("ambiguous_ref_vs_amount", 8), ("lump_no_list", 8), ("cross_currency", 10), ("bad_row", 8)]


class Ledger:
    def __init__(self, customers, invoices):
        self.cust = {c["id"]: c for c in customers}
        self.inv = {i["id"]: i for i in invoices}
        self.bal = {i["id"]: Decimal(i["balance"]) for i in invoices}
        self.by_cust = defaultdict(list)
        for i in invoices:
            self.by_cust[i["customer_id"]].append(i["id"])
        self.numbers = {i["number"] for i in invoices}
        self.used = set()       # touched or reserved invoices
        self.paid_full = []     # (invoice_id, amount, payment label) for second payments

    def open_of(self, cid, cur=None):
        return [k for k in self.by_cust[cid] if self.bal[k] > 0 and (cur is None or self.inv[k]["currency"] == cur)]

    def fresh(self, cid=None, countries=None, min_open=0):
        ks = [k for k in self.inv if k not in self.used and self.bal[k] > 0
              and self.inv[k]["issue_date"] <= self.today and (cid is None or self.inv[k]["customer_id"] == cid)]
        if countries:
            ks = [k for k in ks if self.cust[self.inv[k]["customer_id"]]["country"] in countries]
        if min_open:
            ks = [k for k in ks if len(self.open_of(self.inv[k]["customer_id"])) >= min_open]
        return ks

    def unique_amount(self, k, amount=None):
        """True when no other open invoice of the customer (same currency) has this balance."""
        i = self.inv[k]
        a = self.bal[k] if amount is None else amount
        return all(self.bal[o] != a for o in self.open_of(i["customer_id"], i["currency"]) if o != k)

    def apply(self, k, amt):
        assert Decimal(amt) <= self.bal[k], (k, amt)
        self.bal[k] -= Decimal(amt)
        self.used.add(k)


def label(status, apps=(), unapplied=D0, short=None, cands=(), reason="", scenario="", note="", **extra):
    d = {"status": status, "applications": [{"invoice_id": k, "amount": s(a)} for k, a in apps],
         "unapplied": s(unapplied), "short_pay": short, "candidates": [list(c) for c in cands],
         "reason": reason, "scenario": scenario, "note": note}
    d.update(extra)
    return d


def payer(cust, null_id_p=0.0):
    cid = None if R.random() < null_id_p else cust["id"]
    return cust["bank"], cid


def gen(kind, L, pdate):
    """Return (payment dict without id/date, label) or None when no fitting data is left."""
    if kind in ("exact_ref", "check_digit_ref"):
        countries = ("SE", "NO", "DK", "FI") if kind == "check_digit_ref" else None
        ks = L.fresh(countries=countries)
        if not ks:
            return None
        k = R.choice(ks)
        inv = L.inv[k]
        c = L.cust[inv["customer_id"]]
        ref, rk = ref_for(inv, c, "check" if kind == "check_digit_ref" else "text")
        amt = L.bal[k]
        L.apply(k, amt)
        L.paid_full.append((k, amt))
        name, cid = payer(c, 0.25)
        rem = None
        if rk == "FIK71" or R.random() < 0.15:
            rem = R.choice(GENERIC[c["lang"]][:2])
        if rk == "FIK73":
            rem = R.choice(["Faktura nr. {n}", "Betaling af faktura {n}", "Fakt. {n} – tak for leveringen"]).format(n=inv["number"])
        if rk == "OCR" and R.random() < 0.4:
            rem = R.choice(["Bankgiro 5555-4821", "Inbetalning via Bankgiro 5555-4821", "Betalning från PlusGiro"])
        return ({"amount": s(amt), "currency": inv["currency"], "payer_name": name, "customer_id": cid,
                 "reference": ref, "remittance": rem},
                label("applied", [(k, amt)], reason="reference %s (%s) and exact balance" % (inv["number"], rk),
                      scenario=kind, note="[%s] %s reference, amount = balance%s" % (c["lang"], rk,
                      "; customer_id null, bank spelling of the name" if cid is None else "")))
    if kind == "amount_only":
        for _ in range(200):
            k = R.choice(L.fresh())
            if L.unique_amount(k):
                break
        else:
            return None
        inv = L.inv[k]; c = L.cust[inv["customer_id"]]; amt = L.bal[k]
        L.apply(k, amt); L.paid_full.append((k, amt))
        return ({"amount": s(amt), "currency": inv["currency"], "payer_name": c["bank"], "customer_id": c["id"],
                 "reference": R.choice(GENERIC[c["lang"]]), "remittance": None},
                label("applied", [(k, amt)], reason="known customer, amount equals exactly one open balance",
                      scenario=kind, note="[%s] no invoice reference; the only open invoice of this customer "
                      "with this balance" % c["lang"]))
    if kind == "typo_ref":
        for _ in range(200):
            k = R.choice(L.fresh())
            n = L.inv[k]["number"]
            p = R.choice([0, 1, 1, 2, 3, 4])
            if R.random() < 0.3:
                t = n[:p + 1] + n[p + 2:]          # a dropped digit
            else:
                if n[p] == n[p + 1]:
                    continue
                t = n[:p] + n[p + 1] + n[p] + n[p + 2:]
            if t not in L.numbers and L.unique_amount(k):
                break
        else:
            return None
        inv = L.inv[k]; c = L.cust[inv["customer_id"]]; amt = L.bal[k]
        L.apply(k, amt); L.paid_full.append((k, amt))
        return ({"amount": s(amt), "currency": inv["currency"], "payer_name": c["bank"], "customer_id": c["id"],
                 "reference": "%s %s" % (inv_word(c["lang"]), t), "remittance": None},
                label("applied", [(k, amt)], reason="reference %s is no invoice; transposed digits of %s, exact "
                      "balance, known customer" % (t, inv["number"]), scenario=kind, typo=t,
                      note="[%s] transposed digits in the reference; amount unique among the customer's open "
                      "invoices" % c["lang"]))
    if kind in ("list", "range", "short_pay_list"):
        for _ in range(300):
            cid = R.choice(list(L.cust))
            fr = [k for k in L.fresh(cid)]
            if kind == "range":
                fr.sort(key=lambda k: L.inv[k]["number"])
                allopen = sorted(L.open_of(cid), key=lambda k: L.inv[k]["number"])
                if len(allopen) < 3:
                    continue
                st = R.randint(0, len(allopen) - 3)
                m = R.randint(2, min(4, len(allopen) - st - 1)) if len(allopen) - st > 3 else 2
                sel = allopen[st:st + m + 1]
                ns = [int(L.inv[k]["number"]) for k in sel]
                if all(k in fr for k in sel) and len({L.inv[k]["currency"] for k in sel}) == 1 \
                        and ns[-1] - ns[0] == len(ns) - 1:
                    break
            else:
                fr = [k for k in fr if L.inv[k]["currency"] == L.cust[cid]["currency"]]
                if len(fr) >= 3:
                    sel = R.sample(fr, R.randint(2, min(5, len(fr))))
                    break
        else:
            return None
        c = L.cust[cid]; lang = c["lang"]; cur = L.inv[sel[0]]["currency"]
        nums = [L.inv[k]["number"] for k in sel]
        apps = [(k, L.bal[k]) for k in sel]
        short = None
        if kind == "short_pay_list":
            j = R.randrange(len(sel))
            ded = q(L.bal[sel[j]] * Decimal(R.choice(["0.05", "0.1", "0.12", "0.2"])))
            apps[j] = (sel[j], L.bal[sel[j]] - ded)
            r = R.choice(SHORT_REASONS[lang])
            short = {"invoice_id": sel[j], "amount": s(ded), "reason": r}
        tot = sum(a for _, a in apps)
        for k, a in apps:
            L.apply(k, a)
            if L.bal[k] == 0:
                L.paid_full.append((k, a))
        if kind == "range":
            rem = RANGE_TXT[lang].format(a=nums[0], b=nums[-1])
            ref = None if R.random() < 0.5 else R.choice(GENERIC[lang][:2])
            return ({"amount": s(tot), "currency": cur, "payer_name": c["bank"], "customer_id": c["id"],
                     "reference": ref, "remittance": rem},
                    label("applied", apps, reason="range %s-%s covers %d open invoices, sum matches" % (
                        nums[0], nums[-1], len(sel)), scenario=kind, range=[nums[0], nums[-1]],
                        note="[%s] a range of invoice numbers; every open invoice of the customer in it is "
                        "included and the sum equals the payment" % lang))
        rem = LIST_TXT[lang].format(l=join_list(nums, lang), a=fmt_amt(tot, lang), c=SYM[cur])
        if short:
            j = sel.index(short["invoice_id"])
            rem += " " + SHORT_TXT[lang].format(w={"sv": "Faktura", "no": "Faktura", "da": "Faktura", "fi": "Lasku",
                                                   "de": "Rechnung", "en": "Invoice"}[lang], n=nums[j], t=SHORT_T[lang],
                                                a=fmt_amt(Decimal(short["amount"]), lang), r=short["reason"],
                                                p=fmt_amt(apps[j][1], lang)).replace("  ", " ")
        ref = None if R.random() < 0.6 else "%s %s" % (inv_word(lang), nums[0])
        return ({"amount": s(tot), "currency": cur, "payer_name": c["bank"], "customer_id": c["id"],
                 "reference": ref, "remittance": rem},
                label("partial" if short else "applied", apps, short=short,
                      reason="remittance lists %d invoices; sum matches%s" % (len(sel), "; one line short paid"
                                                                              if short else ""),
                      scenario=kind, note="[%s] remittance list of invoice numbers%s" % (
                          lang, "; one line deducted with a stated reason" if short else "")))
    return gen2(kind, L, pdate)


def gen2(kind, L, pdate):
    if kind == "statement":
        L.stmt_day = (date.fromisoformat(L.today) - timedelta(R.randint(2, 9))).isoformat()
        cids = [cid for cid in L.cust if 2 <= len(L.open_of(cid)) <= 5
                and all(k not in L.used and L.inv[k]["issue_date"] <= L.stmt_day for k in L.open_of(cid))
                and len({L.inv[k]["currency"] for k in L.open_of(cid)}) == 1]
        if not cids:
            return None
        cid = R.choice(cids); c = L.cust[cid]; sel = sorted(L.open_of(cid))
        apps = [(k, L.bal[k]) for k in sel]
        tot = sum(a for _, a in apps)
        for k, a in apps:
            L.apply(k, a); L.paid_full.append((k, a))
        d = date.fromisoformat(L.stmt_day).strftime("%d.%m.%Y" if c["lang"] != "en" else "%d/%m/%Y")
        return ({"amount": s(tot), "currency": L.inv[sel[0]]["currency"], "payer_name": c["bank"],
                 "customer_id": cid, "reference": None, "remittance": STMT_TXT[c["lang"]].format(d=d)},
                label("applied", apps, reason="statement balance: the sum of all %d open invoices" % len(sel),
                      scenario=kind, note="[%s] pays the account balance; no numbers, but the amount is exactly "
                      "the sum of every open invoice of the customer" % c["lang"]))
    if kind == "third_party":
        k = R.choice(L.fresh()); inv = L.inv[k]; c = L.cust[inv["customer_id"]]; amt = L.bal[k]
        L.apply(k, amt); L.paid_full.append((k, amt))
        lang = c["lang"]
        rem = {"sv": "På uppdrag av {n}", "no": "På vegne av {n}", "da": "På vegne af {n}", "fi": "{n} puolesta",
               "de": "Im Auftrag von {n}", "en": "On behalf of {n}"}[lang].format(n=c["name"])
        return ({"amount": s(amt), "currency": inv["currency"], "payer_name": R.choice(THIRD), "customer_id": None,
                 "reference": "%s %s" % (inv_word(lang), inv["number"]), "remittance": rem},
                label("applied", [(k, amt)], reason="reference %s and exact balance; paid by a finance company "
                      "for the customer" % inv["number"], scenario=kind,
                      note="[%s] third-party payer, unknown name, reference and amount both match" % lang))
    if kind in ("part_payment", "short_pay", "overpayment", "ambiguous_ref_vs_amount", "cross_currency"):
        for _ in range(300):
            k = R.choice(L.fresh())
            inv = L.inv[k]; c = L.cust[inv["customer_id"]]; bal = L.bal[k]
            if kind == "overpayment" and not L.unique_amount(k):
                continue
            if kind == "ambiguous_ref_vs_amount":
                others = [o for o in L.open_of(c["id"], inv["currency"]) if o != k and o not in L.used
                          and L.bal[o] != bal and L.unique_amount(o)]
                if not others:
                    continue
                o = R.choice(others)
            break
        else:
            return None
        lang = c["lang"]; w = inv_word(lang); n = inv["number"]; cur = inv["currency"]
        w2 = {"sv": "faktura", "no": "faktura", "da": "faktura", "fi": "lasku", "de": "Rechnung", "en": "invoice"}[lang]
        others = {L.bal[o] for o in L.open_of(c["id"], cur) if o != k}
        if kind == "part_payment":
            amt = q(bal * Decimal(R.choice(["0.5", "0.25", "0.3", "0.4"]))) if R.random() < .5 else \
                q(int(bal / 3 / 100) * 100 or int(bal / 2))
            assert 0 < amt < bal
            if amt in others:
                return None
            L.apply(k, amt)
            return ({"amount": s(amt), "currency": cur, "payer_name": c["bank"], "customer_id": c["id"],
                     "reference": R.choice([None, "%s %s" % (w, n)]), "remittance": (lambda x: x[0].upper() + x[1:])(R.choice(PART_TXT[lang]).format(w=w2, n=n))},
                    label("partial", [(k, amt)], reason="part payment of %s stated in the remittance" % n,
                          scenario=kind, note="[%s] explicit part payment; invoice stays open, no deduction" % lang))
        if kind == "short_pay":
            skonto = lang == "de" and R.random() < 0.5
            ded = q(bal * Decimal("0.02")) if skonto else q(bal * Decimal(R.choice(["0.03", "0.07", "0.1", "0.15"])))
            if R.random() < 0.3 and not skonto:
                ded = q(int(ded / 10) * 10 or 10)
            amt = bal - ded
            if amt in others:
                return None
            r = "2 % Skonto" if skonto else R.choice(SHORT_REASONS[lang])
            rem = SHORT_TXT[lang].format(w=w2.capitalize(), n=n, t=SHORT_T[lang], a=fmt_amt(ded, lang), r=r,
                                         p=fmt_amt(amt, lang)).replace("  ", " ")
            L.apply(k, amt)
            sp = {"invoice_id": k, "amount": s(ded), "reason": r}
            return ({"amount": s(amt), "currency": cur, "payer_name": c["bank"], "customer_id": c["id"],
                     "reference": "%s %s" % (w, n), "remittance": rem},
                    label("partial", [(k, amt)], short=sp, reason="short pay of %s: %s" % (n, r), scenario=kind,
                          note="[%s] deduction with a stated reason; the deducted amount stays open%s" % (
                              lang, " (unearned/early-payment discount taken)" if skonto else "")))
        if kind == "overpayment":
            tot = Decimal(inv["total"])
            if tot > bal and R.random() < 0.7:
                amt = tot; why = "customer paid the invoice total although part was already paid"
            else:
                amt = bal + q(R.choice([bal * Decimal("0.1"), Decimal(R.randint(50, 900)), bal]))
                why = "paid more than the balance"
            if amt in others or amt - bal in others:
                return None
            L.apply(k, bal); L.paid_full.append((k, bal))
            return ({"amount": s(amt), "currency": cur, "payer_name": c["bank"], "customer_id": c["id"],
                     "reference": "%s %s" % (w, n), "remittance": None},
                    label("unapplied", [(k, bal)], unapplied=amt - bal, reason="overpayment of %s; remainder "
                          "held on account" % n, scenario=kind, note="[%s] %s" % (lang, why)))
        if kind == "ambiguous_ref_vs_amount":
            amt = L.bal[o]
            L.used.add(k); L.used.add(o)
            return ({"amount": s(amt), "currency": cur, "payer_name": c["bank"], "customer_id": c["id"],
                     "reference": "%s %s" % (w, n), "remittance": None},
                    label("review", [], unapplied=amt, cands=[[k], [o]], reason="reference names %s but the amount "
                          "is exactly the balance of %s" % (n, L.inv[o]["number"]), scenario=kind,
                          note="[%s] reference and amount point at different invoices" % lang))
        if kind == "cross_currency":
            other = R.choice([x for x in ("SEK", "NOK", "DKK", "EUR", "GBP") if x != cur])
            rate = {"SEK": 11.2, "NOK": 11.6, "DKK": 7.46, "EUR": 1.0, "GBP": 0.87}
            amt = q(bal / Decimal(str(rate[cur])) * Decimal(str(rate[other])))
            L.used.add(k)
            return ({"amount": s(amt), "currency": other, "payer_name": c["bank"], "customer_id": c["id"],
                     "reference": "%s %s" % (w, n), "remittance": None},
                    label("review", [], unapplied=amt, cands=[[k]], reason="reference %s but paid in %s, "
                          "invoice is in %s" % (n, other, cur), scenario=kind,
                          note="[%s] payment currency differs from the invoice currency; cannot apply" % lang))
    return gen3(kind, L, pdate)


def rand_like(cur):
    return rand_amount(cur)


def gen3(kind, L, pdate):
    if kind == "second_payment":
        opts = [(k, a) for k, a in L.paid_full if L.bal[k] == 0 and L.unique_amount(k, a)
                and L.inv[k]["currency"] == L.cust[L.inv[k]["customer_id"]]["currency"]]
        if not opts:
            return None
        k, a = R.choice(opts)
        L.paid_full.remove((k, a))
        inv = L.inv[k]; c = L.cust[inv["customer_id"]]; lang = c["lang"]
        return ({"amount": s(a), "currency": inv["currency"], "payer_name": c["bank"], "customer_id": c["id"],
                 "reference": "%s %s" % (inv_word(lang), inv["number"]), "remittance": None},
                label("unapplied", [], unapplied=a, reason="%s was already paid by an earlier payment in this "
                      "batch; duplicate held on account" % inv["number"], scenario=kind,
                      note="[%s] second payment of an invoice paid earlier in the file" % lang))
    if kind in ("unknown_payer", "unknown_payer_amount"):
        cur = R.choice(["SEK", "SEK", "NOK", "DKK", "EUR", "EUR", "GBP"])
        name = R.choice(UNKNOWN)
        lang = {"SEK": "sv", "NOK": "no", "DKK": "da", "EUR": R.choice(["fi", "de"]), "GBP": "en"}[cur]
        allbal = [L.bal[k] for k in L.inv if L.bal[k] > 0 and L.inv[k]["currency"] == cur]
        if kind == "unknown_payer":
            while True:
                amt = rand_like(cur)
                if amt not in allbal:
                    break
            return ({"amount": s(amt), "currency": cur, "payer_name": name, "customer_id": None,
                     "reference": R.choice(GENERIC[lang]), "remittance": None},
                    label("review", [], unapplied=amt, reason="payer not recognised, no invoice reference, no "
                          "matching amount", scenario=kind, note="[%s] unknown payer, nothing to match" % lang))
        cnt = Counter(allbal)
        ks = [k for k in L.fresh() if L.inv[k]["currency"] == cur and cnt[L.bal[k]] == 1]
        if not ks:
            return None
        k = R.choice(ks); amt = L.bal[k]; L.used.add(k)
        return ({"amount": s(amt), "currency": cur, "payer_name": name, "customer_id": None,
                 "reference": R.choice(GENERIC[lang]), "remittance": None},
                label("review", [], unapplied=amt, cands=[[k]], reason="unknown payer; amount equals the balance "
                      "of %s only" % L.inv[k]["number"], scenario=kind,
                      note="[%s] unrecognised payer, no reference; an amount coincidence is not enough to apply" % lang))
    if kind == "known_no_fit":
        cid = R.choice(list(L.cust)); c = L.cust[cid]; cur = c["currency"]
        bals = [L.bal[k] for k in L.open_of(cid, cur)]
        sums = set(bals) | {a + b for i, a in enumerate(bals) for b in bals[i + 1:]} | {sum(bals)}
        while True:
            amt = rand_like(cur)
            if amt not in sums:
                break
        return ({"amount": s(amt), "currency": cur, "payer_name": c["bank"], "customer_id": cid,
                 "reference": R.choice(GENERIC[c["lang"]]), "remittance": None},
                label("unapplied", [], unapplied=amt, reason="known customer, no reference, amount fits no open "
                      "invoice or pair", scenario=kind, note="[%s] held on the customer's account" % c["lang"]))
    if kind == "po_lookalike":
        for _ in range(300):
            k = R.choice(L.fresh())
            if L.unique_amount(k):
                break
        else:
            return None
        inv = L.inv[k]; c = L.cust[inv["customer_id"]]; amt = L.bal[k]; lang = c["lang"]
        if R.random() < 0.6:
            po_inv = R.choice([o for o in L.inv if L.inv[o]["customer_id"] != c["id"] and L.bal[o] > 0
                               and L.bal[o] != amt])
            po = L.inv[po_inv]["number"]; why = "is the number of another customer's invoice"
        else:
            while True:
                po = str(R.randint(318000, 329999))
                if po not in L.numbers:
                    break
            why = "is no invoice number"
        L.apply(k, amt); L.paid_full.append((k, amt))
        return ({"amount": s(amt), "currency": inv["currency"], "payer_name": c["bank"], "customer_id": c["id"],
                 "reference": PO_TXT[lang].format(po=po), "remittance": None},
                label("applied", [(k, amt)], reason="%s is the customer's order number; amount equals the only "
                      "matching open balance, %s" % (po, inv["number"]), scenario=kind, po=po,
                      note="[%s] the PO number looks like an invoice number and %s" % (lang, why)))
    if kind == "ambiguous_same_amount":
        pairs = [p for p in L.dup_pairs if all(L.inv[x]["issue_date"] <= L.today for x in p)]
        if not pairs:
            return None
        a, b = R.choice(pairs); L.dup_pairs.remove((a, b))
        c = L.cust[L.inv[a]["customer_id"]]; amt = L.bal[a]
        ref = R.choice(GENERIC[c["lang"]])
        if R.random() < 0.3:
            ref = {"sv": "Leverans trall", "no": "Levering terrassebord", "da": "Levering terrassebrædder",
                   "fi": "Terassilaudat", "de": "Lieferung Konstruktionsholz", "en": "Decking delivery"}[c["lang"]]
        return ({"amount": s(amt), "currency": L.inv[a]["currency"], "payer_name": c["bank"], "customer_id": c["id"],
                 "reference": ref, "remittance": None},
                label("review", [], unapplied=amt, cands=sorted([[a], [b]], key=lambda x: L.inv[x[0]]["due_date"]),
                      reason="two open invoices with exactly this balance", scenario=kind,
                      note="[%s] same amount on %s and %s, no reference; older due date first" % (
                          c["lang"], L.inv[a]["number"], L.inv[b]["number"])))
    if kind == "lump_no_list":
        for _ in range(300):
            cid = R.choice(list(L.cust)); cur = L.cust[cid]["currency"]
            fr = [k for k in L.fresh(cid) if L.inv[k]["currency"] == cur]
            if len(fr) >= 6:
                sel = sorted(R.sample(fr, 3)); tot = sum(L.bal[k] for k in sel)
                if tot not in [L.bal[k] for k in L.open_of(cid)]:
                    break
        else:
            return None
        c = L.cust[cid]
        for k in sel:
            L.used.add(k)
        return ({"amount": s(tot), "currency": cur, "payer_name": c["bank"], "customer_id": cid,
                 "reference": None, "remittance": LUMP_TXT[c["lang"]]},
                label("review", [], unapplied=tot, cands=[sel], reason="lump sum with no invoice list; equals "
                      "one subset of the open invoices", scenario=kind,
                      note="[%s] bulk payment without numbers; a subset of 3 invoices sums to it but the customer "
                      "has %d open" % (c["lang"], len(L.open_of(cid)))))
    if kind == "bad_row":
        c = R.choice(list(L.cust.values()))
        variants = [("12 450,00", "amount is not a decimal string"), ("-4580.00", "negative amount (a return)"),
                    ("0.00", "zero amount"), ("", "empty amount"), ("1.234.50", "malformed amount"),
                    ("8900.00|SEK", "currency is missing"), ("3150.00|SKR", "unknown currency code"),
                    ("2210.00|DATE", "invalid date 2026-11-31")]
        v, err = variants[L.bad_i % len(variants)]; L.bad_i += 1
        cur = c["currency"]; dt = None
        if "|" in v:
            v, tag = v.split("|")
            if tag == "SEK":
                cur = None
            elif tag == "SKR":
                cur = "SKR"
            else:
                dt = "2026-11-31"
        return ({"amount": v, "currency": cur, "payer_name": c["bank"], "customer_id": c["id"],
                 "reference": R.choice(GENERIC[c["lang"]]), "remittance": None, "_date": dt},
                label("review", [], unapplied=D0, reason="bad row: " + err, scenario=kind, error=err,
                      note="[%s] malformed bank row; nothing can be applied" % c["lang"]))
    raise KeyError(kind)


# ---------------------------------------------------------------- main
def business_days(a, b):
    d = a
    while d <= b:
        if d.weekday() < 5:
            yield d
        d += timedelta(1)


def main():
    customers = make_customers()
    invoices = make_invoices(customers)
    L = Ledger(customers, invoices)
    L.bad_i = 0
    # duplicate-amount pairs for genuinely ambiguous payments
    L.dup_pairs = []
    for cid in R.sample(list(L.cust), len(L.cust)):
        opts = [k for k in L.by_cust[cid] if L.bal[k] == Decimal(L.inv[k]["total"]) and k not in L.used
                and L.inv[k]["issue_date"] < "2026-10-20"]
        if len(opts) >= 3 and len(L.dup_pairs) < 18:
            a, b = R.sample(opts, 2)
            L.inv[b]["total"] = L.inv[b]["balance"] = L.inv[a]["balance"]
            L.bal[b] = L.bal[a]
            L.used.update((a, b))
            L.dup_pairs.append((a, b))
    snapshot = json.loads(json.dumps(invoices))
    kinds = [k for k, n in PLAN for _ in range(n)]
    R.shuffle(kinds)
    # keep second payments out of the first quarter
    days = list(business_days(date(2026, 10, 1), date(2026, 11, 24)))
    dates = sorted(R.choice(days) for _ in kinds)
    payments, labels = [], []
    for n, (kind, d) in enumerate(zip(kinds, dates), 1):
        L.today = d.isoformat()
        if kind == "second_payment" and n < len(kinds) // 4:
            kind = "exact_ref"
        res = gen(kind, L, d) or gen("exact_ref", L, d)
        pay, lab = res
        pid = "p-%04d" % n
        dt = pay.pop("_date", None) or d.isoformat()
        payments.append(dict(id=pid, date=dt, **pay))
        labels.append(dict(payment_id=pid, **lab))
    os.makedirs(OUT, exist_ok=True)
    for name, obj in (("invoices.json", snapshot), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
    write_readme(customers, snapshot, payments, labels)


SCEN_DESC = {
    "exact_ref": "invoice number written in the reference (Faktura/Lasku/Rechnung/INV, SEPA EREF/SVWZ), exact balance",
    "check_digit_ref": "number only inside a Swedish OCR (Luhn), Norwegian KID (Luhn, 00-padded), Danish FIK +71 payment id (Luhn), Finnish viitenumero (7-3-1) or RF creditor reference (ISO 11649); exact balance",
    "amount_only": "known customer, no invoice number, amount equals exactly one open balance (no pair of others sums to it)",
    "typo_ref": "two adjacent digits transposed or one digit dropped; the typo is no invoice number; amount unique for the customer",
    "list": "remittance lists 2-5 invoice numbers; the sum equals the payment",
    "range": "remittance gives a range of consecutive invoice numbers (a batch invoiced the same day)",
    "statement": "pays the statement balance: the sum of all the customer's open invoices, no numbers",
    "third_party": "a finance company pays on behalf of the customer; reference and amount match",
    "part_payment": "explicit part payment (delbetalning, avbetaling, osamaksu, Teilzahlung ...): partial, short_pay null",
    "short_pay": "deduction with a stated reason and amount (damage, short delivery, price, Skonto): partial + short_pay",
    "short_pay_list": "a list where one line is short paid with a reason",
    "overpayment": "pays more than the balance (often the invoice total after an earlier part payment): unapplied remainder",
    "second_payment": "pays again an invoice that an earlier payment in this file cleared: unapplied, no applications",
    "unknown_payer": "unrecognised payer, no reference, amount matches nothing: review, no candidates",
    "unknown_payer_amount": "unrecognised payer, no reference, amount equals one invoice balance somewhere: review with it as candidate",
    "known_no_fit": "known customer, no reference, amount fits no open invoice or pair: unapplied",
    "po_lookalike": "reference is the customer's PO/order number, 6 digits like an invoice number (sometimes another customer's invoice number); amount uniquely fits one own invoice: applied to that one",
    "ambiguous_same_amount": "two open invoices of the customer with the same balance, no reference: review, both candidates (earlier due date first)",
    "ambiguous_ref_vs_amount": "reference names invoice A, amount is exactly invoice B's balance: review [[A],[B]]",
    "lump_no_list": "bulk payment with no numbers; a 3-invoice subset sums to it among many open: review with that set",
    "cross_currency": "reference names an invoice in another currency: review with it as candidate",
    "bad_row": "malformed bank row (amount not a decimal string, negative, zero, empty, currency missing/unknown, impossible date): review, nothing applied, `error` set",
}


def write_readme(customers, invoices, payments, labels):
    sc = Counter(l["scenario"] for l in labels)
    st = Counter(l["status"] for l in labels)
    lg = Counter(l["note"][1:3] for l in labels)
    cur = Counter(str(p["currency"]) for p in payments)
    cc = Counter(c["country"] for c in customers)
    icur = Counter(i["currency"] for i in invoices)
    nulls = sum(1 for p in payments if p["customer_id"] is None)
    L = []
    a = L.append
    a("# Blind cash-application set: Nordic sawmill and timber merchant (made up)\n")
    a("Seller: a made-up Nordic sawmill selling sawn timber, planed goods, decking and glulam to builders' "
      "merchants, joinery shops and export buyers in SE, NO, DK, FI, DE, NL and GB. All company names are "
      "invented; no real bank, person or account is used. Generated by `build.py` (seed %d, stdlib only); "
      "verified by `check.py`.\n" % SEED)
    a("## Files\n")
    a("| file | rows | content |\n|---|---|---|")
    a("| `nordic_timber/invoices.json` | %d | open invoices (contract INVOICES.json), %d customers |" % (len(invoices), len(customers)))
    a("| `nordic_timber/payments.json` | %d | bank payments, oldest first (contract PAYMENTS.json) |" % len(payments))
    a("| `nordic_timber/labels.json` | %d | expected MATCHES.json entry per payment, same order, plus `scenario`, `note` (starts `[lang]`), and helper fields `typo`, `po`, `range`, `error` where relevant |" % len(labels))
    a("| `build.py`, `check.py` | | generator; independent re-verification of every label |\n")
    a("## Label conventions\n")
    a("- Payments are applied in file order; an application never exceeds what earlier payments left open and "
      "always names an invoice of the payment's currency.")
    a("- `applications` + `unapplied` = payment amount for applied/partial/unapplied. For `review` nothing is "
      "applied and `unapplied` equals the whole payment amount (held until a person decides).")
    a("- `candidates` (review only) is a list of invoice-id lists, best first, e.g. `[[\"i-0012\"], [\"i-0040\"]]`; "
      "a lump sum candidate is one list holding several ids.")
    a("- `partial` + `short_pay` = a deduction the customer explains (reason and amount stated); `short_pay.amount` "
      "is what stays open on that invoice, `reason` is the customer's own wording. A part payment the customer "
      "calls a part payment is `partial` with `short_pay: null`.")
    a("- Overpayment: the referenced invoice is cleared and the rest is `unapplied` (status `unapplied`). Second "
      "payment of an already cleared invoice: `unapplied`, no applications.")
    a("- A reference alone (right number, exact balance) is enough even when `customer_id` is null or the payer is "
      "a finance company. An amount alone is enough only for a known customer where exactly one open invoice has "
      "that balance and no pair of other open invoices sums to it. An amount alone from an unknown payer is not.")
    a("- Bad rows (unparseable/zero/negative amount, missing or unknown currency, impossible date): `review`, no "
      "applications, no candidates, `unapplied` \"0.00\", and an `error` field. The contract does not define bad "
      "rows; this is our choice.")
    a("- `reason` strings are informative only.\n")
    a("## Counts\n")
    a("Status: " + ", ".join("%s %d" % kv for kv in sorted(st.items())) + "\n")
    a("| scenario | n | what it is |\n|---|---|---|")
    for k, _ in PLAN:
        a("| `%s` | %d | %s |" % (k, sc[k], SCEN_DESC[k]))
    if sum(sc.values()) != sum(sc[k] for k, _ in PLAN):
        a("| (fallbacks) | | |")
    a("\nRemittance/reference language (from the customer's country; NL buyers write English): " +
      ", ".join("%s %d" % kv for kv in sorted(lg.items())) + "\n")
    a("Payment currencies: " + ", ".join("%s %d" % kv for kv in sorted(cur.items())) +
      ". Invoice currencies: " + ", ".join("%s %d" % kv for kv in sorted(icur.items())) +
      ". Customers per country: " + ", ".join("%s %d" % kv for kv in sorted(cc.items())) +
      ". Payments with `customer_id` null: %d.\n" % nulls)
    a("## Deliberately hard\n")
    a("- Invoice numbers are one 6-digit sequence (326101...), so PO numbers, typos and other customers' invoice "
      "numbers look exactly like real ones; some PO numbers are another customer's open invoice.")
    ex = {}
    for p, l in zip(payments, labels):
        if l["scenario"] == "check_digit_ref":
            kind = l["reason"].split("(")[1].split(")")[0]
            ex.setdefault(kind, p["reference"])
    a("- Check-digit references never show the bare invoice number: " +
      "; ".join("%s `%s`" % kv for kv in sorted(ex.items())) +
      ". Danish FIK +73 carries no payment id; the invoice number is then only in the message text.")
    a("- Bank spellings of payer names: upper case, diacritics stripped or transliterated (Ø→OE, Å→AA, ü→ue), "
      "truncated to 18/30/35 characters; similar customer names (same first word) exist.")
    a("- Localised amounts in remittances (`12 450,00`, `12.450,00`, `12,450.00`); short-pay reasons in six languages.")
    a("- Duplicate-amount invoice pairs (recurring deliveries) make amount-only payments genuinely ambiguous.")
    a("- Overpayments where the customer pays the invoice total after an earlier part payment (balance < total).")
    a("- Statement payments and ranges require knowing the customer's whole open list at that point in the batch.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
