"""Part 3 of build.py: running ledger state and free-text helpers."""
import unicodedata
from b1_common import (CUSTOMERS, MINOR, fmt, human, num_str, parse_amount, referenced_numbers,
                       subset_hits, kid_for, ocr_for)

CUST = {"cust-%d" % c[0]: {"no": c[0], "name": c[1], "country": c[2], "curs": c[3], "size": c[4],
                           "kind": c[5], "aliases": c[6]} for c in CUSTOMERS}


def ascii_upper(s, limit=None):
    rep = {"Ø": "O", "ø": "o", "Æ": "AE", "æ": "ae", "Þ": "TH", "þ": "th", "Ð": "D", "ð": "d", "ß": "SS"}
    s = "".join(rep.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).upper()
    return s[:limit] if limit else s


class State:
    def __init__(self, invoices):
        self.inv = invoices
        self.by_id = {i["id"]: i for i in invoices}
        self.by_num = {int(i["number"][len("NS-"):]): i for i in invoices}
        self.known = set(self.by_num)
        self.bal = {i["id"]: parse_amount(i["balance"], i["currency"]) for i in invoices}
        self.touched = set()
        self.paid_in_batch = []   # (invoice id, payment amount, payment currency, reference)

    def num(self, inv):
        return int(inv["number"][3:])

    def open_of(self, cust_id, cur, date=None):
        return [i for i in self.inv if i["customer_id"] == cust_id and i["currency"] == cur
                and self.bal[i["id"]] > 0 and (date is None or i["issue_date"] <= date)]

    def fresh(self, date, pred=lambda i: True):
        return [i for i in self.inv if self.bal[i["id"]] > 0 and i["id"] not in self.touched
                and i["issue_date"] <= date and pred(i)]

    def order_key(self, ids):
        return tuple(sorted((self.by_id[x]["due_date"], self.by_id[x]["number"]) for x in ids))

    def sort_ids(self, ids):
        return sorted(ids, key=lambda x: (self.by_id[x]["due_date"], self.by_id[x]["number"]))

    def hits(self, cust_id, cur, amount):
        """Sets of the customer's open invoices (this currency) whose balances add up to amount,
        best first: fewer invoices, then oldest due dates."""
        items = [(i["id"], self.bal[i["id"]]) for i in self.open_of(cust_id, cur)]
        hs = subset_hits(items, amount)
        hs.sort(key=lambda s: (len(s), self.order_key(s)))
        return [self.sort_ids(s) for s in hs]

    def single_hits_any(self, cur, amount):
        ids = [i["id"] for i in self.inv if i["currency"] == cur and self.bal[i["id"]] == amount]
        return [[x] for x in self.sort_ids(ids)]

    def refs(self, *texts):
        out = []
        for t in texts:
            for v in referenced_numbers(t, self.known):
                if v not in out:
                    out.append(v)
        return out

    def apply(self, apps):
        for iid, amt in apps:
            self.bal[iid] -= amt
            assert self.bal[iid] >= 0
            self.touched.add(iid)


def spell(rng, n, cust, style=None):
    """One of many ways a payer writes invoice number n."""
    full = num_str(n)                 # NS-0048213
    seven = "%07d" % n
    short = str(n)
    lang = {"NO": "Faktura", "IS": "Reikningur", "ES": "Factura", "PT": "Fatura", "IT": "Fattura n.",
            "FR": "Facture", "DE": "Rechnung Nr.", "NL": "Factuur", "FI": "Lasku", "PL": "Faktura nr",
            "SE": "Faktura", "DK": "Faktura", "JP": "INV", "CN": "INVOICE", "KR": "INV NO", "SG": "Inv",
            "TH": "INVOICE NO.", "HK": "INV", "US": "INV#", "AE": "Invoice"}.get(cust["country"], "Invoice")
    opts = {
        "full": full, "noprefix_dash": "NS" + seven, "seven": seven, "short": short,
        "spaced": "NS %s %s" % (seven[:3], seven[3:]), "lower": "ns-" + short,
        "word": "%s %s" % (lang, short), "word_full": "%s %s" % (lang, full),
        "hash": "#%s" % short, "inv_noprefix": "INV%s" % short,
    }
    if style is None:
        style = rng.choice(list(opts))
    return opts[style], style


def kid_or_ocr(rng, n, cust):
    if cust["country"] == "SE":
        return ocr_for(n), "ocr"
    kind = rng.choice(["mod10", "mod11"])
    k = kid_for(cust["no"], n, kind)
    if k.endswith("-"):
        kind = "mod10"
        k = kid_for(cust["no"], n, kind)
    return k, "kid_" + kind


def wrap_bank_text(rng, cur, cust, inner, channel=None):
    """Put a reference into the kind of text the bank channel delivers."""
    c = cust["country"]
    if channel is None:
        if cur == "EUR":
            channel = rng.choice(["sepa", "sepa", "plain", "mt103"])
        elif cur in ("USD", "JPY") and c not in ("US",):
            channel = rng.choice(["mt103", "mt103", "plain"])
        elif c == "US":
            channel = rng.choice(["ach", "check", "lockbox", "card", "wire"])
        elif cur == "SEK":
            channel = rng.choice(["plain", "swish", "bankgiro"]) if cust["kind"] != "importer" else "plain"
        elif cur == "DKK":
            channel = rng.choice(["plain", "mobilepay"]) if cust["kind"] == "restaurant" else "plain"
        elif cur == "NOK":
            channel = rng.choice(["plain", "vipps", "card"]) if cust["kind"] == "restaurant" else "plain"
        else:
            channel = "plain"
    r = rng.randint
    if channel == "sepa":
        return "SEPA-UEBERWEISUNG EREF+E2E%s%04d SVWZ+%s" % ("NSE", r(1000, 9999), inner) if c == "DE" \
            else "SEPA CT /EndToEndId NOTPROVIDED /RemittanceInfo %s" % inner, channel
    if channel == "mt103":
        return ":20:FT25%s%03d :70:/INV/%s //PMT OF GOODS :71A:%s" % (
            "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)), r(100, 999), inner,
            rng.choice(["SHA", "OUR"])), channel
    if channel == "ach":
        return "ACH CCD ADDENDA %s" % inner, channel
    if channel == "check":
        return "CHECK NO %d MEMO %s" % (r(2001, 9999), inner), channel
    if channel == "lockbox":
        return "LOCKBOX 7781 BATCH %03d ITEM %02d %s" % (r(1, 400), r(1, 60), inner), channel
    if channel == "card":
        return "CARD SETTLEMENT NETS *%04d %s" % (r(1000, 9999), inner), channel
    if channel == "wire":
        return "FEDWIRE IMAD 0%dQMGFT0%02d REF %s" % (r(201, 228), r(10, 99), inner), channel
    if channel == "swish":
        return "Swish företag %s" % inner, channel
    if channel == "bankgiro":
        return "BG 5531-%04d %s" % (r(1000, 9999), inner), channel
    if channel == "mobilepay":
        return "MobilePay MyShop %s" % inner, channel
    if channel == "vipps":
        return "Vipps*%s %s" % (ascii_upper(cust["name"], 18), inner), channel
    return inner, "plain"


def bank_name(rng, cust):
    if rng.random() < 0.5:
        return cust["name"]
    return ascii_upper(cust["name"], rng.choice([35, 35, 22, 24])).strip()


def money(amount, cur):
    return fmt(amount, cur)


__all__ = ["CUST", "State", "spell", "kid_or_ocr", "wrap_bank_text", "bank_name", "ascii_upper", "money",
           "human", "MINOR", "parse_amount"]


LANG = {"NO": "no", "IS": "is", "SE": "sv", "DK": "da", "DE": "de", "ES": "es", "PT": "pt", "IT": "it", "FR": "fr",
        "NL": "nl", "FI": "fi", "JP": "ja"}
PHRASES = {
    "pay": {"no": ["Betaling", "Innbetaling"], "is": ["Greiðsla"], "sv": ["Betalning"], "da": ["Betaling"],
            "de": ["Zahlung", "Überweisung"], "es": ["Pago proveedor", "Transferencia"], "pt": ["Pagamento"],
            "it": ["Pagamento fornitura", "Bonifico"], "fr": ["Virement", "Règlement fournisseur"],
            "nl": ["Betaling"], "fi": ["Maksu"], "ja": ["ﾌﾘｺﾐ", "振込"], "en": ["PAYMENT", "Payment", "Goods"]},
    "statement": {"no": ["Betaling iht. kontoutskrift"], "is": ["Greiðsla skv. yfirliti"],
                  "sv": ["Betalning enligt kontoutdrag"], "da": ["Betaling iflg. kontoudtog"],
                  "de": ["Zahlung lt. Kontoauszug"], "es": ["Pago según extracto"], "pt": ["Pagamento conforme extrato"],
                  "it": ["Saldo estratto conto"], "fr": ["Règlement relevé"], "nl": ["Betaling volgens overzicht"],
                  "fi": ["Tiliotteen mukainen maksu"], "ja": ["ｾｲｷｭｳｼｮ ｼﾊﾗｲ"], "en": ["Statement payment", "Open items"]},
    "weekly": {"no": ["Ukesleveranse"], "is": ["Vikuleg afhending"], "sv": ["Veckoleverans"], "da": ["Ugelevering"],
               "de": ["Wochenlieferung"], "es": ["Entrega semanal"], "pt": ["Entrega semanal"],
               "it": ["Consegna settimanale"], "fr": ["Livraison hebdo"], "nl": ["Weeklevering"], "fi": ["Viikkotoimitus"],
               "ja": ["ｼｭｳｶﾝﾉｳﾋﾝ"], "en": ["Weekly delivery", "Standing order"]},
    "prepay": {"no": ["Forskudd ordre {n}"], "is": ["Fyrirframgreiðsla pöntun {n}"], "sv": ["Förskott order {n}"],
               "da": ["Forudbetaling ordre {n}"], "de": ["Anzahlung Auftrag AB-{n}", "Vorauskasse"],
               "es": ["Anticipo pedido {n}"], "pt": ["Adiantamento encomenda {n}"], "it": ["Anticipo ordine {n}"],
               "fr": ["Avance commande {n}"], "nl": ["Vooruitbetaling order {n}"], "fi": ["Ennakkomaksu tilaus {n}"],
               "ja": ["ﾏｴﾊﾞﾗｲ"], "en": ["Advance payment PO 45000{p}", "Prepayment container MSKU{c}", "On account"]},
    "part": {"no": ["Delbetaling", "Avdrag"], "is": ["Innborgun"], "sv": ["Delbetalning"], "da": ["Afdrag"],
             "de": ["Abschlagszahlung", "Teilzahlung"], "es": ["Pago parcial"], "pt": ["Pagamento parcial"],
             "it": ["Acconto"], "fr": ["Acompte"], "nl": ["Deelbetaling"], "fi": ["Osamaksu"],
             "ja": ["Part payment", "Instalment 1/3"], "en": ["Part payment", "Partial payment 1 of 2", "Instalment 1/3"]},
}


def phrase(rng, cust, kind):
    lang = LANG.get(cust["country"], "en")
    p = rng.choice(PHRASES[kind][lang] + (PHRASES[kind]["en"] if rng.random() < 0.25 else []))
    return p.replace("{n}", str(rng.randint(700, 999))).replace("{p}", "%05d" % rng.randint(10000, 99999)) \
        .replace("{c}", "%07d" % rng.randint(1000000, 9999999))
