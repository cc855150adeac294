#!/usr/bin/env python3
"""Blind test set for the cash-application contract (`match`).

Theme: a Nordic timber and building-materials wholesaler (made up: "Nordvirke
Trävaruhandel", creditor of every invoice) invoicing builders, carpenters, DIY
chains and municipalities in SE/NO/DK/FI (+ a few UK frame builders in GBP).

Deterministic (seed 192), standard library only.  Writes
ledger_nordic_timber/{invoices,payments,labels}.json and README.md.
"""
import calendar
import json
import os
import random
import unicodedata
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal as D, ROUND_HALF_UP

SEED = 192
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = os.path.join(HERE, "ledger_nordic_timber")
C2 = D("0.01")


def q(x):
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


def s(x):
    return f"{q(x):.2f}"


# ----------------------------------------------------------------------------
# countries, banks, names
# ----------------------------------------------------------------------------
COUNTRY = {
    "SE": dict(cur="SEK", lang="sv", trunc=30, terms=30, whole=True, lo=900, hi=240000),
    "NO": dict(cur="NOK", lang="no", trunc=28, terms=14, whole=True, lo=900, hi=260000),
    "DK": dict(cur="DKK", lang="da", trunc=20, terms=30, whole=False, lo=600, hi=180000),
    "FI": dict(cur="EUR", lang="fi", trunc=35, terms=14, whole=False, lo=80, hi=24000),
    "GB": dict(cur="GBP", lang="en", trunc=18, terms=30, whole=False, lo=70, hi=19000),
}

SUR = {
    "SE": ["Lindqvist", "Åberg", "Nordahl", "Söderberg", "Holmgren", "Bergström", "Ekström",
           "Sjöberg", "Lundgren", "Hedlund", "Öhman", "Wikström", "Dahlberg", "Forsgren",
           "Hägglund", "Mårtensson", "Strömberg", "Blomqvist", "Norén", "Palmgren"],
    "NO": ["Haugland", "Bakke", "Sæther", "Solheim", "Bråten", "Nygård", "Kvamme", "Fjeld",
           "Tangen", "Røed", "Lien", "Myhre", "Strand", "Aasen", "Hovland", "Dahle", "Løvås"],
    "DK": ["Kjær", "Lund", "Bruun", "Mortensen", "Thygesen", "Møller", "Holm", "Skov",
           "Vestergaard", "Østergaard", "Krogh", "Dam", "Bøgh", "Juhl", "Brødsgaard"],
    "FI": ["Valtonen", "Mäkelä", "Heikkinen", "Kettunen", "Lehtonen", "Räsänen", "Hyvönen",
           "Salminen", "Järvinen", "Koskinen", "Pöyhönen", "Nurmi", "Laaksonen", "Väisänen"],
    "GB": ["MacLeod", "Fraser", "Urquhart", "Gunn", "Sinclair", "Munro", "Ross", "Baird"],
}
PLACE = {
    "SE": ["Tallmora", "Granhamn", "Björkvalla", "Ekmora", "Lövsund", "Alvhed", "Stenfjärd",
           "Mossvik", "Furuholm", "Åsbacka", "Näverby", "Sågudden"],
    "NO": ["Furuvåg", "Granli", "Bjørkfjord", "Tinnvik", "Ospelia", "Ståldal", "Lyngnes",
           "Heggvik", "Vidsund", "Grønnåsen"],
    "DK": ["Bøgelund", "Askhøj", "Lindeby", "Egerup", "Fyrrested", "Hasselvig", "Ellekær",
           "Pilerød", "Rønnebæk"],
    "FI": ["Kuusijärvi", "Mäntylä", "Koivuranta", "Honkavaara", "Petäjäkoski", "Leppälahti",
           "Katajamäki", "Haapaniemi"],
    "GB": ["Inverbrae", "Glenmorran", "Kilcraig", "Strathdunn"],
}
MUNI = {
    "SE": lambda p: f"{p} kommun",
    "NO": lambda p: f"{p} kommune",
    "DK": lambda p: f"{p} Kommune",
    "FI": lambda p: {"Kuusijärvi": "Kuusijärven kunta", "Mäntylä": "Mäntylän kaupunki",
                     "Koivuranta": "Koivurannan kunta", "Honkavaara": "Honkavaaran kunta",
                     "Petäjäkoski": "Petäjäkosken kaupunki", "Leppälahti": "Leppälahden kunta",
                     "Katajamäki": "Katajamäen kunta", "Haapaniemi": "Haapaniemen kaupunki"}[p],
}
BUILDER = {
    "SE": ["Byggmästare {s} AB", "{s}s Snickeri AB", "{p} Bygg & Trä AB", "{s} Takläggning AB",
           "Trähus {p} AB", "{s} & Son Bygg AB", "{p} Fasad och Fönster AB", "AB {s} Entreprenad"],
    "NO": ["Byggmester {s} AS", "{s} Tømrer AS", "{p} Bygg AS", "{s} Tak og Fasade AS",
           "{p} Trehus AS", "Snekker {s} AS", "{s} & Sønn Byggservice AS"],
    "DK": ["Tømrerfirmaet {s} ApS", "{p} Byg A/S", "Tømrer- og Snedkerfirma {s} ApS",
           "{s} Tag & Facade ApS", "Murer- og Tømrerfirmaet {s} A/S", "{p} Træhuse ApS"],
    "FI": ["Rakennus {s} Oy", "{p}n Puutyö Oy", "Kattoremontti {s} Oy", "Kirvesmies {s} Oy",
           "{s} Rakennuspalvelu Oy", "Puurakenne {s} Oy Ab"],
    "GB": ["{s} Timber Frame Ltd", "{p} Joinery Ltd", "{s} & Sons Builders Ltd",
           "{p} Timber Kit Homes Ltd"],
}
CHAIN = {
    "SE": ["Hemfix Bygg {p} AB", "Virkesvaruhuset {p} AB"],
    "NO": ["Hjemfiks {p} AS", "Trelastlageret {p} AS"],
    "DK": ["Byggekassen {p} A/S", "Trælasten {p} ApS"],
    "FI": ["Rautamarket {p} Oy", "Puutavaratalo {p} Oy"],
}
CHAIN_HQ = {"Hemfix": "HEMFIX SVERIGE AB EKONOMI", "Virkesvaruhuset": "VIRKESVARUHUSET KEDJA AB",
            "Hjemfiks": "HJEMFIKS NORGE AS REGNSKAP", "Trelastlageret": "TRELASTLAGERET GRUPPEN AS",
            "Byggekassen": "BYGGEKASSEN HOLDING", "Trælasten": "TRAELASTEN KAEDEN",
            "Rautamarket": "RAUTAMARKET KESKUSHALLINTO OY", "Puutavaratalo": "PUUTAVARATALO KETJU OY"}


def deaccent(t, keep=""):
    out = []
    for ch in t:
        if ch in keep:
            out.append(ch)
            continue
        m = {"Ø": "O", "ø": "o", "Æ": "AE", "æ": "ae", "ß": "ss"}.get(ch)
        if m:
            out.append(m)
            continue
        out.append("".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)))
    return "".join(out)


def bank_name(cust, variant=None):
    """How the payer's bank delivers the name: upper case, suffix spelt its own way, cut."""
    c = cust["country"]
    n = cust["name"].upper()
    v = R.random() if variant is None else variant
    if c == "SE":
        if v < 0.35:
            n = deaccent(n)
        n = n.replace(" & ", " OCH ") if v > 0.85 else n
    elif c == "NO":
        if v < 0.25:
            n = n.replace(" AS", " A/S") if n.endswith(" AS") else n
        if v > 0.8:
            n = deaccent(n, keep="")
    elif c == "DK":
        n = n.replace("APS", "APS").replace("A/S", "AS" if v < 0.4 else "A/S")
        if v > 0.75:
            n = deaccent(n)
    elif c == "FI":
        if v < 0.3:
            n = deaccent(n)
        if n.endswith(" OY AB") and v > 0.6:
            n = n[:-3]
    elif c == "GB":
        n = n.replace(" LTD", " LIMITED") if v < 0.3 else n
    n = " ".join(n.replace(",", "").split())
    return n[:COUNTRY[c]["trunc"]].rstrip()


# ----------------------------------------------------------------------------
# reference formats (check digits)
# ----------------------------------------------------------------------------
def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d - 9 if d > 9 else d
    return str((10 - tot % 10) % 10)


def fi_check(num):
    w = [7, 3, 1]
    tot = sum(int(ch) * w[i % 3] for i, ch in enumerate(reversed(num)))
    return str((10 - tot % 10) % 10)


def rf_ref(base):
    conv = base + "RF00"
    digits = "".join(str(int(ch, 36)) for ch in conv)
    chk = 98 - int(digits) % 97
    return f"RF{chk:02d}{base}"


def group(t, n, right=False):
    if right:
        t2 = t[::-1]
        return " ".join(t2[i:i + n] for i in range(0, len(t2), n))[::-1]
    return " ".join(t[i:i + n] for i in range(0, len(t), n))


def structured_ref(inv, cust):
    """The creditor's structured payment reference for an invoice, as the bank shows it."""
    num = inv["number"]
    c = cust["country"]
    if c == "SE":   # Bankgiro OCR: customer no + invoice no + length digit + Luhn, or invoice + Luhn
        if R.random() < 0.5:
            body = num
        else:
            body = cust["cno"] + num
        body = body + str((len(body) + 2) % 10)
        return body + luhn_digit(body)
    if c == "NO":   # KID, MOD10
        body = ("00" + num) if R.random() < 0.5 else (cust["cno"] + num)
        return body + luhn_digit(body)
    if c == "DK":   # FI-kort +71, 15 digit payment id with MOD10
        body = num.rjust(14, "0")
        return f"+71<{body}{luhn_digit(body)}+87412956<"
    if c == "FI":   # viitenumero, or RF creditor reference
        v = num + fi_check(num)
        if R.random() < 0.45:
            rf = rf_ref(v)
            return group(rf, 4)
        return group(v, 5, right=True)
    return f"INV{num}"  # GB BACS reference


# ----------------------------------------------------------------------------
# customers and invoices
# ----------------------------------------------------------------------------
customers = []
used_names = set()


def add_customer(country, kind, name):
    if name in used_names:
        return None
    used_names.add(name)
    cid = f"cu-{3100 + len(customers) * 7}"
    cust = dict(id=cid, name=name, country=country, kind=kind,
                cur=COUNTRY[country]["cur"], cno=str(10 + len(customers)).rjust(4, "0"),
                lang="en" if country == "GB" or (kind != "municipality" and R.random() < 0.1) else COUNTRY[country]["lang"])
    customers.append(cust)
    return cust


# similar-name pairs (deliberately confusable once cut and upper-cased)
SIMILAR = [
    ("SE", "Nyströms Bygg & Snickeri AB", "Nyströms Bygg och Montage AB"),
    ("SE", "Granhamns Takplåt och Trä AB", "Granhamns Takplåt och Trä Service AB"),
    ("NO", "Haugen Tømrer og Byggservice AS", "Haugen Tømrer og Byggmontasje AS"),
    ("DK", "Tømrerfirmaet Bech & Søn ApS", "Tømrerfirmaet Bech & Sønner A/S"),
    ("FI", "Rakennus- ja Kattotyö Virtanen Oy", "Rakennus- ja Kattotyö Virtanen Ky"),
    ("NO", "Furuvåg Snekkerverksted AS", "Furuvåg Snekkerverksted Eiendom AS"),
]
similar_pairs = []
for ctry, a, b in SIMILAR:
    ca = add_customer(ctry, "builder", a)
    cb = add_customer(ctry, "builder", b)
    ca["similar"] = cb["id"]
    cb["similar"] = ca["id"]
    similar_pairs.append((ca, cb))

for ctry in ["SE", "NO", "DK", "FI"]:
    for p in PLACE[ctry]:
        add_customer(ctry, "municipality", MUNI[ctry](p))
    for pat in CHAIN[ctry]:
        for p in R.sample(PLACE[ctry], 4):
            add_customer(ctry, "chain", pat.format(p=p))
    n_b = {"SE": 62, "NO": 44, "DK": 36, "FI": 34}[ctry]
    tries = 0
    while sum(1 for c in customers if c["country"] == ctry and c["kind"] == "builder") < n_b and tries < 5000:
        tries += 1
        pat = R.choice(BUILDER[ctry])
        add_customer(ctry, "builder", pat.format(s=R.choice(SUR[ctry]), p=R.choice(PLACE[ctry])))
for _ in range(40):
    if sum(1 for c in customers if c["country"] == "GB") >= 7:
        break
    add_customer("GB", "builder", R.choice(BUILDER["GB"]).format(s=R.choice(SUR["GB"]), p=R.choice(PLACE["GB"])))

# a Finnish chain also buys in SEK (cross-border store) -- a customer with two currencies
invoices = []
inv_by_id = {}


def cust_of_country(inv):
    return next(c["country"] for c in customers if c["id"] == inv["customer_id"])
ISSUE_FROM, ISSUE_TO = date(2025, 9, 1), date(2026, 1, 30)


def rand_amount(ctry, kind):
    cfg = COUNTRY[ctry]
    lo, hi = cfg["lo"], cfg["hi"]
    if kind == "builder":
        hi = hi // 3
    x = lo * (hi / lo) ** R.random()
    if cfg["whole"]:
        return q(int(x))
    return q(int(x * 100) / 100)


def new_invoice(cust, cur=None, amount=None):
    ctry = cust["country"]
    issue = ISSUE_FROM + timedelta(R.randrange((ISSUE_TO - ISSUE_FROM).days + 1))
    total = amount if amount is not None else rand_amount(ctry, cust["kind"])
    inv = dict(id=None, number=None, customer_id=cust["id"], customer_name=cust["name"],
               currency=cur or cust["cur"], total=total, balance=total, issue_date=issue)
    invoices.append(inv)
    return inv


for cust in customers:
    n = {"municipality": R.randint(7, 15), "chain": R.randint(8, 16),
         "builder": R.randint(2, 7)}[cust["kind"]]
    made = 0
    while made < n:
        k = min(n - made, R.choice([1, 1, 2, 3, 4]) if cust["kind"] != "builder" else 1)
        first = new_invoice(cust)
        for _ in range(k - 1):
            new_invoice(cust)["issue_date"] = first["issue_date"]
        made += k
for cust in R.sample([c for c in customers if c["country"] == "FI" and c["kind"] == "chain"], 2):
    for _ in range(4):
        new_invoice(cust, cur="SEK", amount=q(int(R.uniform(2000, 60000))))
for cust in R.sample([c for c in customers if c["country"] == "NO" and c["kind"] == "builder"], 3):
    for _ in range(2):
        new_invoice(cust, cur="EUR", amount=q(int(R.uniform(300, 9000) * 100) / 100))

# numbers follow issue date; ids are unrelated running numbers in another order
invoices.sort(key=lambda i: (i["issue_date"], i["customer_id"]))
for inv in invoices:
    inv["due_date"] = inv["issue_date"] + timedelta(COUNTRY[cust_of_country(inv)]["terms"])
for k, inv in enumerate(invoices):
    inv["number"] = str(710001 + k)
order = list(range(len(invoices)))
R.shuffle(order)
for k, idx in enumerate(order):
    invoices[idx]["id"] = f"i-{20417 + k * 3}"
inv_by_id = {i["id"]: i for i in invoices}
inv_by_num = {i["number"]: i for i in invoices}
cust_by_id = {c["id"]: c for c in customers}
invs_of = defaultdict(list)
for inv in invoices:
    invs_of[inv["customer_id"]].append(inv)

# some invoices were part-paid before this batch: balance below total
for inv in R.sample(invoices, len(invoices) // 14):
    frac = D(R.choice(["0.25", "0.4", "0.5", "0.6"]))
    paid = q(inv["total"] * frac)
    if inv["currency"] in ("SEK", "NOK"):
        paid = q(int(paid))
    inv["balance"] = inv["total"] - paid
    inv["prepaid"] = True


# ----------------------------------------------------------------------------
# running state
# ----------------------------------------------------------------------------
bal = {i["id"]: i["balance"] for i in invoices}
touched = set()     # invoices a scenario has already used
reserved = set()    # invoices kept for a pre-built ambiguous scenario
part_paid = []      # invoices left open on purpose by a part payment in this batch
fully_paid = []     # (invoice id, payment) paid to zero in this batch, for second payments


def opens(cid, cur):
    return [i for i in invs_of[cid] if i["currency"] == cur and bal[i["id"]] > 0]


def fresh(cid, cur=None):
    c = cust_by_id[cid]
    cur = cur or c["cur"]
    return [i for i in opens(cid, cur) if i["id"] not in touched and i["id"] not in reserved]


def subset_hits(cid, cur, amt, maxk=3):
    """Subsets (by id) of a customer's open invoices whose balances add up to amt."""
    op = opens(cid, cur)
    hits = []
    n = len(op)
    for a in range(n):
        if bal[op[a]["id"]] == amt:
            hits.append([op[a]["id"]])
    if maxk >= 2:
        for a in range(n):
            for b in range(a + 1, n):
                if bal[op[a]["id"]] + bal[op[b]["id"]] == amt:
                    hits.append([op[a]["id"], op[b]["id"]])
    if maxk >= 3 and n <= 45:
        for a in range(n):
            for b in range(a + 1, n):
                ab = bal[op[a]["id"]] + bal[op[b]["id"]]
                if ab >= amt:
                    continue
                for c in range(b + 1, n):
                    if ab + bal[op[c]["id"]] == amt:
                        hits.append([op[a]["id"], op[b]["id"], op[c]["id"]])
    if n > 3 and sum(bal[i["id"]] for i in op) == amt:
        hits.append([i["id"] for i in op])
    return hits


def global_single_hits(cur, amt):
    return [i["id"] for i in invoices if i["currency"] == cur and bal[i["id"]] == amt]


def pick_customer(pred=lambda c: True, need=1, countries=None):
    pool = [c for c in customers if pred(c) and (countries is None or c["country"] in countries)
            and "similar" not in c and len(fresh(c["id"])) >= need]
    return R.choice(pool) if pool else None


def lang_of(cust):
    return cust["lang"]


def money(amount, lang, whole_ok=True):
    t = f"{q(amount):,.2f}"
    if lang in ("sv", "no", "fi"):
        t = t.replace(",", " ").replace(".", ",")
    elif lang == "da":
        t = t.replace(",", "X").replace(".", ",").replace("X", ".")
    if lang in ("sv", "no") and whole_ok and q(amount) == q(amount).to_integral() and R.random() < 0.4:
        t = t[:-3] + (":-" if lang == "sv" else ",-")
    return t


def refs_sentence(nums, lang):
    style = R.random()
    if style < 0.25:
        body = "/".join(nums)
    elif style < 0.45:
        body = " ".join(nums)
    else:
        conj = {"sv": " och ", "no": " og ", "da": " og ", "fi": " ja ", "en": " & "}[lang]
        body = ", ".join(nums[:-1]) + conj + nums[-1]
    pre = R.choice({"sv": ["Fakturor ", "Fakt ", "Avser fakt. "], "no": ["Fakturaer ", "Fakt. ", "Gjelder fakt. "],
                    "da": ["Fakturaer ", "Fakt. ", "Vedr. fakt. "], "fi": ["Laskut ", "Lask. ", "Laskuista "],
                    "en": ["Invoices ", "INVS ", "Re invoices "]}[lang])
    return pre + body


ONE = {
    "sv": ["Faktura {n}", "Fakt nr {n}", "Betalning avser faktura {n}", "FAKTURANR {n}", "fakt {n} Nordvirke"],
    "no": ["Faktura {n}", "Fakturanr. {n}", "Betaling av faktura {n}", "Gjelder faktura nr {n}"],
    "da": ["Faktura {n}", "Fakt.nr. {n}", "Betaling af faktura {n}", "Vedr. faktura {n}"],
    "fi": ["Lasku {n}", "Laskun nro {n}", "Maksu laskusta {n}", "Lask.nro {n}"],
    "en": ["Invoice {n}", "INV {n}", "Payment of invoice {n}", "Inv no {n}"],
}
ADVICE_HEAD = {
    "sv": ("Betalningsavisering", "Leverantör: Nordvirke Trävaruhandel AB", "Fakturanr", "Belopp", "Summa"),
    "no": ("Betalingsavis", "Leverandør: Nordvirke Trelast AS", "Fakturanr", "Beløp", "Sum"),
    "da": ("Betalingsadvis", "Leverandør: Nordvirke Tømmerhandel A/S", "Fakturanr", "Beløb", "I alt"),
    "fi": ("Maksuilmoitus", "Toimittaja: Nordvirke Puutavara Oy", "Laskun nro", "Summa", "Yhteensä"),
    "en": ("Remittance advice", "Supplier: Nordvirke Timber Ltd", "Invoice", "Amount", "Total"),
}


def advice(lines, lang, total, extra=None):
    h = ADVICE_HEAD[lang]
    out = [h[0], h[1], f"{h[2]:<12}{h[3]:>14}"]
    for num, amt in lines:
        out.append(f"{num:<12}{money(amt, lang, False):>14}")
    if extra:
        out.append(extra)
    out.append(f"{h[4]:<12}{money(total, lang, False):>14}")
    return "\n".join(out)


def norm(x):
    x = deaccent(x.upper()).replace(" OCH ", " & ").replace("LIMITED", "LTD")
    return "".join(ch for ch in x if ch.isalnum())


def name_owners(payer):
    n = norm(payer)
    return [c["id"] for c in customers if norm(c["name"]).startswith(n)]


def payer_fields(cust, known_p=0.55):
    payer = bank_name(cust)
    cid = cust["id"] if R.random() < known_p else None
    if name_owners(payer) != [cust["id"]]:
        cid = cust["id"]
    return payer, cid


def mk(pay_date, amount, cur, payer, cid, ref, rem):
    return dict(id=None, date=pay_date.isoformat(), amount=amount if isinstance(amount, str) else s(amount),
                currency=cur, payer_name=payer, customer_id=cid, reference=ref, remittance=rem)


def lab(status, apps=(), unapplied="0.00", short=None, cands=(), reason="", scenario="", lang="", note=""):
    return dict(payment_id=None, status=status,
                applications=[{"invoice_id": i, "amount": s(a)} for i, a in apps],
                unapplied=unapplied if isinstance(unapplied, str) else s(unapplied),
                short_pay=short, candidates=[list(c) for c in cands], reason=reason,
                scenario=scenario, note=f"[{scenario}, {lang}] {note}")


def apply_apps(label):
    for a in label["applications"]:
        bal[a["invoice_id"]] -= D(a["amount"])
        assert bal[a["invoice_id"]] >= 0
        touched.add(a["invoice_id"])


# ----------------------------------------------------------------------------
# pre-built ambiguity (before any payment, so no earlier uniqueness check changes)
# ----------------------------------------------------------------------------
def plain(inv):
    return not inv.get("prepaid")


dupes = []
for cust in R.sample([c for c in customers if "similar" not in c and c["country"] != "GB"], 40):
    fr = [i for i in fresh(cust["id"]) if plain(i)]
    if len(fr) < 3 or len(dupes) >= 10:
        continue
    x, y = R.sample(fr, 2)
    y["total"] = y["balance"] = x["balance"]
    bal[y["id"]] = x["balance"]
    reserved.update([x["id"], y["id"]])
    dupes.append((cust, x, y))

twosets = []
for cust in R.sample([c for c in customers if "similar" not in c and c["kind"] != "builder"], 30):
    fr = [i for i in fresh(cust["id"]) if plain(i)]
    if len(fr) < 6 or len(twosets) >= 5:
        continue
    a, b, c, d = R.sample(fr, 4)
    if not (c["balance"] < a["balance"] + b["balance"] and c["balance"] > (a["balance"] + b["balance"]) / 4):
        continue
    nd = a["balance"] + b["balance"] - c["balance"]
    d["total"] = d["balance"] = nd
    bal[d["id"]] = nd
    reserved.update(x["id"] for x in (a, b, c, d))
    twosets.append((cust, (a, b), (c, d)))

simpairs = []
for ca, cb in similar_pairs:
    xa = [i for i in fresh(ca["id"]) if plain(i)][0]
    xb = [i for i in fresh(cb["id"]) if plain(i)][0]
    xb["total"] = xb["balance"] = xa["balance"]
    bal[xb["id"]] = xa["balance"]
    reserved.update([xa["id"], xb["id"]])
    simpairs.append((ca, cb, xa, xb))


# ----------------------------------------------------------------------------
# scenarios: each returns (payment, label) or None
# ----------------------------------------------------------------------------
def sc_exact_ref(d):
    cust = pick_customer()
    inv = R.choice(fresh(cust["id"]))
    lang = lang_of(cust)
    payer, cid = payer_fields(cust)
    amt = bal[inv["id"]]
    if R.random() < 0.7:
        ref = structured_ref(inv, cust)
        rem = None
        how = f"structured reference {ref} carries invoice {inv['number']}"
    else:
        ref = R.choice(ONE[lang]).format(n=inv["number"])
        rem = None
        how = f"reference text names {inv['number']}"
    note = how + (" ; balance below total (earlier part payment), paid the balance" if inv.get("prepaid") else "")
    return (mk(d, amt, inv["currency"], payer, cid, ref, rem),
            lab("applied", [(inv["id"], amt)], reason=f"reference {inv['number']} and exact balance",
                scenario="exact_ref", lang=lang, note=note))


def sc_remit_ref(d):
    cust = pick_customer()
    inv = R.choice(fresh(cust["id"]))
    lang = lang_of(cust)
    if cust["kind"] == "municipality" and R.random() < 0.5:
        lang = lang  # municipalities write in their own language
    payer, cid = payer_fields(cust)
    amt = bal[inv["id"]]
    ref = R.choice([None, None, {"SE": "BG INBETALNING", "NO": "NETTBANK", "DK": "OVERFOERSEL",
                                 "FI": "TILISIIRTO", "GB": "BACS CREDIT"}[cust["country"]]])
    if R.random() < 0.5:
        rem = advice([(inv["number"], amt)], lang, amt)
    else:
        rem = R.choice(ONE[lang]).format(n=inv["number"])
    return (mk(d, amt, inv["currency"], payer, cid, ref, rem),
            lab("applied", [(inv["id"], amt)], reason=f"remittance names {inv['number']}, exact balance",
                scenario="remittance_ref", lang=lang, note=f"invoice {inv['number']} only in the remittance"))


def typo_of(num):
    for _ in range(50):
        k = R.random()
        digs = list(num)
        if k < 0.5:
            p = R.randrange(2, len(digs) - 1)
            if digs[p] == digs[p + 1]:
                continue
            digs[p], digs[p + 1] = digs[p + 1], digs[p]
        elif k < 0.8:
            p = R.randrange(2, len(digs))
            digs[p] = str((int(digs[p]) + R.choice([1, 9])) % 10)
        else:
            p = R.randrange(2, len(digs))
            del digs[p]
        t = "".join(digs)
        if t != num and t not in inv_by_num:
            return t
    return None


def sc_typo(d):
    for _ in range(40):
        cust = pick_customer()
        inv = R.choice(fresh(cust["id"]))
        amt = bal[inv["id"]]
        if subset_hits(cust["id"], inv["currency"], amt) != [[inv["id"]]]:
            continue
        t = typo_of(inv["number"])
        if not t:
            continue
        lang = lang_of(cust)
        payer, cid = payer_fields(cust, known_p=0.7)
        if cid is None and not payer:
            continue
        txt = R.choice(ONE[lang]).format(n=t)
        ref, rem = (txt, None) if R.random() < 0.6 else (None, txt)
        return (mk(d, amt, inv["currency"], payer, cid, ref, rem),
                lab("applied", [(inv["id"], amt)],
                    reason=f"reference {t} is no invoice; amount is the only open balance of the customer that fits, invoice {inv['number']}",
                    scenario="typo_ref", lang=lang,
                    note=f"{t} is a mistyped {inv['number']} (no such invoice); exact unique balance of the payer"))
    return None


def sc_typo_ambig(d):
    for _ in range(60):
        cust = pick_customer(need=2)
        fr = sorted(fresh(cust["id"]), key=lambda i: i["number"])
        pairs = [(x, y) for x in fr for y in fr if x is not y and bal[x["id"]] < bal[y["id"]]
                 and abs(int(x["number"]) - int(y["number"])) < 60]
        if not pairs:
            continue
        x, y = R.choice(pairs)
        amt = bal[x["id"]]
        if subset_hits(cust["id"], x["currency"], amt) != [[x["id"]]]:
            continue
        lang = lang_of(cust)
        payer, cid = payer_fields(cust, known_p=0.8)
        txt = R.choice(ONE[lang]).format(n=y["number"])
        return (mk(d, amt, x["currency"], payer, cid, txt, None),
                lab("review", [], unapplied=amt, cands=[[x["id"]], [y["id"]]],
                    reason=f"reference names {y['number']} but the amount is exactly the balance of {x['number']}",
                    scenario="ref_amount_conflict", lang=lang,
                    note=f"quotes open invoice {y['number']} (balance {s(bal[y['id']])}) yet pays exactly {x['number']}: part payment of {y['number']} or wrong number"))
    return None


def sc_list(d):
    cust = pick_customer(need=3)
    fr = fresh(cust["id"])
    k = min(len(fr), R.randint(2, 5))
    chosen = sorted(R.sample(fr, k), key=lambda i: i["number"])
    lang = lang_of(cust)
    hq = None
    if cust["kind"] == "chain" and R.random() < 0.6:
        hq = CHAIN_HQ[cust["name"].split()[0]]
    payer, cid = payer_fields(cust)
    if hq:
        payer, cid = hq[:COUNTRY[cust["country"]]["trunc"]], None
    amt = sum(bal[i["id"]] for i in chosen)
    nums = [i["number"] for i in chosen]
    if R.random() < 0.45:
        rem = advice([(i["number"], bal[i["id"]]) for i in chosen], lang, amt)
        ref = None
    else:
        txt = refs_sentence(nums, lang)
        ref, rem = (txt, None) if (len(txt) < 50 and R.random() < 0.5) else (None, txt)
    return (mk(d, amt, cust["cur"], payer, cid, ref, rem),
            lab("applied", [(i["id"], bal[i["id"]]) for i in chosen],
                reason=f"invoices {', '.join(nums)} listed, sum equals payment",
                scenario="invoice_list", lang=lang,
                note=("paid by the chain's head office, " if hq else "") + f"{k} invoices listed, balances add up"))


def sc_range(d):
    for _ in range(80):
        cust = pick_customer(need=3)
        allc = sorted([i for i in invs_of[cust["id"]] if i["currency"] == cust["cur"]], key=lambda i: i["number"])
        if len(allc) < 3:
            continue
        a = R.randrange(len(allc) - 2)
        b = min(len(allc) - 1, a + R.randint(2, 4))
        span = allc[a:b + 1]
        if any(bal[i["id"]] <= 0 or i["id"] in touched or i["id"] in reserved for i in span):
            continue
        lo, hi = span[0]["number"], span[-1]["number"]
        if int(hi) - int(lo) > 40:
            continue
        others = [n for n in range(int(lo), int(hi) + 1) if inv_by_num[str(n)]["customer_id"] != cust["id"]]
        lang = lang_of(cust)
        payer, cid = payer_fields(cust, known_p=0.7)
        amt = sum(bal[i["id"]] for i in span)
        txt = R.choice({"sv": ["Fakt {a}-{b}", "Fakturor {a} - {b}"], "no": ["Faktura {a}-{b}", "Fakturaer {a} t.o.m. {b}"],
                        "da": ["Fakturaer {a} til {b}", "Fakt. {a}-{b}"], "fi": ["Laskut {a}–{b}", "Laskut {a} - {b}"],
                        "en": ["Invoices {a} to {b}", "INV {a}-{b}"]}[lang]).format(a=lo, b=hi)
        ref, rem = (txt, None) if R.random() < 0.5 else (None, txt)
        return (mk(d, amt, cust["cur"], payer, cid, ref, rem),
                lab("applied", [(i["id"], bal[i["id"]]) for i in span],
                    reason=f"range {lo}-{hi}: the payer's {len(span)} invoices in it add up",
                    scenario="invoice_range", lang=lang,
                    note=(f"range {lo}-{hi} also spans {len(others)} other customers' numbers; only the payer's own count"
                          if others else f"range {lo}-{hi}: {len(span)} consecutive invoices of the payer")))
    return None


def sc_lump_all(d):
    for _ in range(80):
        cust = pick_customer(need=2)
        op = opens(cust["id"], cust["cur"])
        if not (2 <= len(op) <= 9) or any(i["id"] in reserved for i in op):
            continue
        amt = sum(bal[i["id"]] for i in op)
        if len(subset_hits(cust["id"], cust["cur"], amt)) != 1 and len(op) > 3:
            continue
        if len(op) <= 3 and subset_hits(cust["id"], cust["cur"], amt) != [[i["id"] for i in op]]:
            continue
        lang = lang_of(cust)
        payer, cid = payer_fields(cust, known_p=0.75)
        txt = R.choice({"sv": ["Samlingsbetalning", "Betalning enl. kontoutdrag", None],
                        "no": ["Samlebetaling", "Iflg. kontoutskrift", None],
                        "da": ["Samlet betaling", "Iflg. kontoudtog", None],
                        "fi": ["Yhteismaksu", "Tiliotteen mukaan", None],
                        "en": ["Payment per statement", "Account settlement", None]}[lang])
        return (mk(d, amt, cust["cur"], payer, cid, txt, None),
                lab("applied", [(i["id"], bal[i["id"]]) for i in op],
                    reason=f"no invoice named; payment equals all {len(op)} open invoices of the customer",
                    scenario="lump_sum_all_open", lang=lang,
                    note=f"lump sum = whole open balance of the customer ({len(op)} invoices)"))
    return None


def sc_amount_unique(d):
    for _ in range(80):
        cust = pick_customer()
        inv = R.choice(fresh(cust["id"]))
        amt = bal[inv["id"]]
        if subset_hits(cust["id"], inv["currency"], amt) != [[inv["id"]]]:
            continue
        lang = lang_of(cust)
        payer, cid = payer_fields(cust, known_p=0.7)
        txt = R.choice([None, None, {"sv": "Betalning", "no": "Betaling", "da": "Betaling", "fi": "Maksu", "en": "Payment"}[lang]])
        return (mk(d, amt, inv["currency"], payer, cid, txt, None),
                lab("applied", [(inv["id"], amt)],
                    reason=f"no reference; exactly one open invoice of the customer ({inv['number']}) has this balance",
                    scenario="amount_only_unique", lang=lang,
                    note="no invoice number; unique balance match within the payer's open invoices (singles, pairs, triples checked)"))
    return None


def sc_amount_dupe(d):
    live = [t for t in dupes if bal[t[1]["id"]] > 0 and bal[t[2]["id"]] > 0 and t[1]["id"] not in touched and t[2]["id"] not in touched]
    if not live:
        return None
    t = R.choice(live)
    dupes.remove(t)
    cust, x, y = t
    amt = bal[x["id"]]
    lang = lang_of(cust)
    payer, cid = payer_fields(cust, known_p=0.8)
    a, b = sorted([x, y], key=lambda i: (i["due_date"], i["number"]))
    touched.update([x["id"], y["id"]])
    return (mk(d, amt, cust["cur"], payer, cid, None, None),
            lab("review", [], unapplied=amt, cands=[[a["id"]], [b["id"]]],
                reason=f"no reference; invoices {a['number']} and {b['number']} both have this balance",
                scenario="amount_two_invoices", lang=lang,
                note="two open invoices with the same balance and nothing to tell them apart; older due date listed first"))


def sc_two_subsets(d):
    live = [t for t in twosets if all(bal[i["id"]] > 0 and i["id"] not in touched for i in t[1] + t[2])]
    if not live:
        return None
    t = R.choice(live)
    twosets.remove(t)
    cust, s1, s2 = t
    amt = bal[s1[0]["id"]] + bal[s1[1]["id"]]
    lang = lang_of(cust)
    payer, cid = payer_fields(cust, known_p=0.9)
    txt = {"sv": "Samlingsbetalning", "no": "Samlebetaling", "da": "Samlet betaling", "fi": "Yhteismaksu", "en": "Payment"}[lang]
    c1 = sorted(i["id"] for i in s1)
    c2 = sorted(i["id"] for i in s2)
    hits = subset_hits(cust["id"], cust["cur"], amt)
    cands = [c1, c2] + [h for h in hits if sorted(h) not in (c1, c2)]
    for i in s1 + s2:
        touched.add(i["id"])
    return (mk(d, amt, cust["cur"], payer, cid, txt, None),
            lab("review", [], unapplied=amt, cands=cands,
                reason="lump sum without invoice numbers matches more than one set of open invoices",
                scenario="lump_sum_ambiguous", lang=lang,
                note=f"{len(cands)} different invoice sets add up to the payment"))


PARTIAL_TXT = {
    "sv": ["Delbetalning faktura {n}", "Delbet. fakt {n}, resten i {m}", "A conto faktura {n}"],
    "no": ["Delbetaling faktura {n}", "Avdrag på faktura {n}", "Første avdrag fakt. {n}, resten i {m}"],
    "da": ["Aconto betaling faktura {n}", "Delbetaling af faktura {n}", "Rate 1 af 2 faktura {n}"],
    "fi": ["Osamaksu laskusta {n}", "Lasku {n} osasuoritus, loput {m}", "Ensimmäinen erä lasku {n}"],
    "en": ["Part payment inv {n}", "On account inv {n}, balance to follow in {m}", "Instalment 1 invoice {n}"],
}
MONTH = {"sv": "april", "no": "april", "fi": "huhtikuussa", "da": "april", "en": "April"}


def sc_partial(d):
    for _ in range(40):
        cust = pick_customer()
        inv = R.choice(fresh(cust["id"]))
        b = bal[inv["id"]]
        lang = lang_of(cust)
        frac = D(R.choice(["0.5", "0.5", "0.3", "0.25", "0.6"]))
        amt = q(b * frac)
        if COUNTRY[cust["country"]]["whole"] or R.random() < 0.5:
            step = D(1000) if b > 20000 else D(100)
            if inv["currency"] in ("EUR", "GBP"):
                step = D(100) if b > 2000 else D(10)
            amt = q((amt / step).to_integral() * step)
        if not (0 < amt < b):
            continue
        if subset_hits(cust["id"], inv["currency"], amt):
            continue
        payer, cid = payer_fields(cust)
        txt = R.choice(PARTIAL_TXT[lang]).format(n=inv["number"], m=MONTH[lang])
        ref, rem = (txt, None) if R.random() < 0.5 else (structured_ref(inv, cust) if R.random() < 0.5 else None, txt)
        part_paid.append(inv["id"])
        return (mk(d, amt, inv["currency"], payer, cid, ref, rem),
                lab("partial", [(inv["id"], amt)],
                    reason=f"part payment of {inv['number']} stated in the text; {s(b - amt)} stays open",
                    scenario="part_payment", lang=lang,
                    note="explicit part payment (" + ("Norwegian 'avdrag' = instalment, not a deduction" if "Avdrag" in txt else "stated") + "), no deduction"))
    return None


SHORT = [  # (category, sv, no, da, fi, en)
    ("damaged goods", "skadat virke", "skadet kledning", "beskadigede spær", "vaurioitunut lauta", "damaged boards"),
    ("short delivery", "saknas 2 pall gips", "mangler 2 paller gips", "manglende levering 2 paller", "puuttuu 2 lavaa kipsilevyä", "2 pallets not delivered"),
    ("price difference", "prisdiff enl. avtal", "prisavvik iht. avtale", "prisdifference jf. aftale", "hintaero sopimuksen mukaan", "price agreed lower"),
    ("freight charge disputed", "frakt ej överenskommen", "frakt ikke avtalt", "fragt ikke aftalt", "rahtia ei sovittu", "freight not agreed"),
    ("returned pallets", "returnerade EUR-pallar", "returnerte paller", "returpaller", "palautetut lavat", "pallets returned"),
    ("cash discount", "2% kassarabatt", "2% kontantrabatt", "2% kontantrabat", "2% käteisalennus", "2% settlement discount"),
]
LI = {"sv": 1, "no": 2, "da": 3, "fi": 4, "en": 5}
SHORT_FMT = {
    "sv": ["Fakt {n} avdrag {x} kr {r}", "Faktura {n} minus {x} ({r})", "Fakt {n}, vi drar av {x} kr för {r}"],
    "no": ["Faktura {n} - trukket kr {x} for {r}", "Fakt. {n} fratrukket {x} ({r})"],
    "da": ["Faktura {n} fratrukket kr {x} for {r}", "Fakt. {n} minus {x} kr, {r}"],
    "fi": ["Lasku {n}, vähennetty {x} € ({r})", "Lasku {n} miinus {x}, {r}"],
    "en": ["INV {n} LESS {x} {r}", "Invoice {n} short paid {x}: {r}"],
}


def sc_short(d):
    for _ in range(40):
        multi = R.random() < 0.3
        cust = pick_customer(need=2 if multi else 1)
        fr = fresh(cust["id"])
        inv = R.choice(fr)
        b = bal[inv["id"]]
        lang = lang_of(cust)
        k = R.randrange(len(SHORT))
        cat, rtxt = SHORT[k][0], SHORT[k][LI[lang]]
        if cat == "cash discount":
            ded = q(b * D("0.02"))
        else:
            ded = q(b * D(R.choice(["0.05", "0.08", "0.12", "0.2"])))
        if COUNTRY[cust["country"]]["whole"]:
            ded = q(ded.to_integral())
        if not (0 < ded < b):
            continue
        others = []
        if multi:
            others = [i for i in fr if i is not inv][:R.randint(1, 2)]
        net = b - ded
        amt = net + sum(bal[i["id"]] for i in others)
        if subset_hits(cust["id"], inv["currency"], amt):
            continue
        payer, cid = payer_fields(cust)
        line = R.choice(SHORT_FMT[lang]).format(n=inv["number"], x=money(ded, lang, False), r=rtxt)
        if others:
            rem = advice([(i["number"], bal[i["id"]]) for i in others] + [(inv["number"], net)], lang, amt, extra=line)
            ref = None
        else:
            ref, rem = (None, line) if R.random() < 0.6 else (structured_ref(inv, cust), line)
        apps = [(i["id"], bal[i["id"]]) for i in others] + [(inv["id"], net)]
        return (mk(d, amt, inv["currency"], payer, cid, ref, rem),
                lab("partial", apps, short={"invoice_id": inv["id"], "amount": s(ded), "reason": cat},
                    reason=f"{inv['number']} short paid by {s(ded)}: {cat}",
                    scenario="short_pay", lang=lang,
                    note=f"deduction {s(ded)} stated in the text ({cat})" + (f"; {len(others)} more invoices paid in full" if others else "")))
    return None


def sc_over(d):
    for _ in range(40):
        prepaid = R.random() < 0.35
        cust = pick_customer()
        fr = [i for i in fresh(cust["id"]) if bool(i.get("prepaid")) == prepaid]
        if not fr:
            continue
        inv = R.choice(fr)
        b = bal[inv["id"]]
        lang = lang_of(cust)
        if prepaid:
            amt = inv["total"]
            why = f"paid the invoice total {s(inv['total'])} although only {s(b)} was still open"
        else:
            step = D(1000) if b > 10000 else D(100)
            if inv["currency"] in ("EUR", "GBP"):
                step = D(100) if b > 1000 else D(10)
            amt = q(((b / step).to_integral(rounding="ROUND_CEILING") + 1) * step)
            why = f"paid a round {s(amt)} against a balance of {s(b)}"
        if subset_hits(cust["id"], inv["currency"], amt):
            continue
        payer, cid = payer_fields(cust)
        ref = structured_ref(inv, cust) if R.random() < 0.6 else R.choice(ONE[lang]).format(n=inv["number"])
        return (mk(d, amt, inv["currency"], payer, cid, ref, None),
                lab("unapplied", [(inv["id"], b)], unapplied=amt - b,
                    reason=f"{inv['number']} paid in full; {s(amt - b)} over, held on account",
                    scenario="overpayment", lang=lang, note=why))
    return None


def sc_second(d):
    live = [(iid, p, c) for iid, p, c in fully_paid if bal[iid] == 0
            and not subset_hits(c["id"], inv_by_id[iid]["currency"], D(p["amount"]))]
    if not live:
        return None
    iid, p0, cust = R.choice(live)
    fully_paid[:] = [t for t in fully_paid if t[0] != iid]
    inv = inv_by_id[iid]
    lang = lang_of(cust)
    payer, cid = payer_fields(cust, known_p=0.8)
    return (mk(d, D(p0["amount"]), inv["currency"], payer, cid, p0["reference"], p0["remittance"]),
            lab("unapplied", [], unapplied=p0["amount"],
                reason=f"{inv['number']} was already paid by {p0['id']}; held on account",
                scenario="second_payment", lang=lang,
                note=f"repeats {p0['id']} ({p0['date']}) word for word; the invoice is at zero"))


def sc_nofit(d):
    for _ in range(60):
        cust = pick_customer()
        lang = lang_of(cust)
        lo, hi = COUNTRY[cust["country"]]["lo"], COUNTRY[cust["country"]]["hi"] // 4
        amt = q(int(R.uniform(lo, hi)))
        if subset_hits(cust["id"], cust["cur"], amt):
            continue
        style = R.random()
        if style < 0.4:
            o = str(R.randint(30000, 39999))
            txt = R.choice({"sv": ["Förskott order {o}", "Förskottsbetalning ordernr {o}"],
                            "no": ["Forskudd ordre {o}", "Forskuddsbetaling ordrenr {o}"],
                            "da": ["Forudbetaling ordre {o}", "Forudbetaling ordrenr. {o}"],
                            "fi": ["Ennakkomaksu tilaus {o}", "Ennakko tilausnro {o}"],
                            "en": ["Prepayment order {o}", "Deposit for order {o}"]}[lang]).format(o=o)
            why = f"prepayment for order {o}, no invoice yet"
        elif style < 0.7:
            old = str(R.randint(702000, 709900))
            txt = R.choice(ONE[lang]).format(n=old)
            why = f"names {old}, which is not an open invoice"
        else:
            txt = None
            why = "no text, amount fits no open invoice or small combination"
        return (mk(d, amt, cust["cur"], bank_name(cust), cust["id"], txt, None),
                lab("unapplied", [], unapplied=amt,
                    reason="known customer; the payment fits no open invoice",
                    scenario="known_customer_no_fit", lang=lang, note=why))
    return None


UNKNOWN_PAYERS = [
    ("sv", "LINDA ANDERSSON", "Altandäck Sommarstugan"), ("sv", "PRIVAT KONTO 8327", "Virke"),
    ("no", "OLSEN KJELL ARNE", "Terrassebord hytta"), ("no", "SAMEIET BRYGGA 4", "Levering uke 9"),
    ("da", "JENSEN METTE", "Tagrenovering"), ("da", "E/F SKOVBRYNET 12", "Materialer"),
    ("fi", "LAHTINEN MATTI JUHANI", "Mökin terassi"), ("fi", "AS OY KOIVUPIHA", "Puutavara"),
    ("en", "J SMITH HOMEOWNER", "Decking"), ("sv", "BRF GRANSKOGEN 3", "Material trappa"),
    ("no", "NILSEN TRINE", None), ("da", "ANDELSBOLIGFOR. HASSELHAVEN", None),
    ("fi", "TMI KORJAUS-HEIKKI", "Tilaus"), ("sv", "K. ÖSTLUND", None),
]
UNK_CUR = {"sv": "SEK", "no": "NOK", "da": "DKK", "fi": "EUR", "en": "GBP"}


def sc_unknown(d, hit=False):
    for _ in range(60):
        lang, payer, txt = R.choice(UNKNOWN_PAYERS)
        cur = UNK_CUR[lang]
        if hit:
            cand = [i for i in invoices if i["currency"] == cur and bal[i["id"]] > 0 and i["id"] not in touched
                    and i["id"] not in reserved and "similar" not in cust_by_id[i["customer_id"]]]
            inv = R.choice(cand)
            amt = bal[inv["id"]]
            if global_single_hits(cur, amt) != [inv["id"]]:
                continue
            touched.add(inv["id"])
            return (mk(d, amt, cur, payer, None, txt, None),
                    lab("review", [], unapplied=amt, cands=[[inv["id"]]],
                        reason=f"payer unknown; amount equals the balance of {inv['number']} only",
                        scenario="unknown_payer_amount_hit", lang=lang,
                        note=f"payer is not {inv['customer_name']}; an amount-only match across customers is a lead, not proof"))
        amt = q(int(R.uniform(300, 30000))) if cur in ("SEK", "NOK", "DKK") else q(R.randint(5000, 250000) / 100)
        if global_single_hits(cur, amt):
            continue
        return (mk(d, amt, cur, payer, None, txt, None),
                lab("review", [], unapplied=amt, cands=[],
                    reason="unknown payer, no invoice named, no amount match",
                    scenario="unknown_payer", lang=lang, note="private or unknown payer; nothing to go on"))
    return None


PO_TXT = {
    "sv": ["Inköpsorder {p}", "Er ref: PO {p}", "Beställning nr {p}"],
    "no": ["Bestillingsnr {p}", "Vår innkjøpsordre {p}", "PO {p}"],
    "da": ["Rekv.nr. {p}", "Indkøbsordre {p}", "Vores ordre {p}"],
    "fi": ["Tilausnumero {p}", "Ostotilaus {p}", "Tilaus {p}"],
    "en": ["PO {p}", "Purchase order {p}", "Our order {p}"],
}


def sc_po(d):
    for _ in range(80):
        cust = pick_customer()
        inv = R.choice(fresh(cust["id"]))
        amt = bal[inv["id"]]
        if subset_hits(cust["id"], inv["currency"], amt) != [[inv["id"]]]:
            continue
        other = R.choice(invoices)
        if other["customer_id"] == cust["id"] or bal[other["id"]] == amt or bal[other["id"]] <= 0:
            continue
        lang = lang_of(cust)
        txt = R.choice(PO_TXT[lang]).format(p=other["number"])
        ref, rem = (txt, None) if R.random() < 0.6 else (None, txt)
        return (mk(d, amt, inv["currency"], bank_name(cust), cust["id"], ref, rem),
                lab("applied", [(inv["id"], amt)],
                    reason=f"text gives the customer's own order number; amount is the unique balance of {inv['number']}",
                    scenario="po_lookalike", lang=lang,
                    note=f"order no. {other['number']} happens to be another customer's invoice ({other['customer_name']}, balance {s(bal[other['id']])}); do not apply there"))
    return None


THIRD = {"SE": "NORDFINANS FAKTURAKÖP AB", "NO": "KREDITTPARTNER FINANS AS", "DK": "BETALINGSPARTNER APS",
         "FI": "PERINTÄ JA RAHOITUS OY", "GB": "HIGHLAND TRADE FINANCE"}


def sc_third(d):
    cust = pick_customer(countries=["SE", "NO", "DK", "FI"])
    inv = R.choice(fresh(cust["id"]))
    amt = bal[inv["id"]]
    ref = structured_ref(inv, cust)
    payer = THIRD[cust["country"]][:COUNTRY[cust["country"]]["trunc"]]
    return (mk(d, amt, inv["currency"], payer, None, ref, None),
            lab("applied", [(inv["id"], amt)], reason=f"structured reference of {inv['number']}, exact balance",
                scenario="third_party_payer", lang=lang_of(cust),
                note=f"paid by a finance company for {cust['name']}; the check-digit reference decides"))


def sc_similar(d):
    live = [t for t in simpairs if bal[t[2]["id"]] > 0 and bal[t[3]["id"]] > 0]
    if not live:
        return None
    t = R.choice(live)
    simpairs.remove(t)
    ca, cb, xa, xb = t
    amt = bal[xa["id"]]
    # the common stem of both names, as a bank would cut it
    na, nb = bank_name(ca, 0.5).upper(), bank_name(cb, 0.5).upper()
    k = 0
    while k < min(len(na), len(nb)) and na[k] == nb[k]:
        k += 1
    payer = na[:k].rstrip(" &-")[:COUNTRY[ca["country"]]["trunc"]]
    touched.update([xa["id"], xb["id"]])
    return (mk(d, amt, xa["currency"], payer, None, None, None),
            lab("review", [], unapplied=amt, cands=[[xa["id"]], [xb["id"]]],
                reason="cut payer name fits two customers, each with an open invoice of this amount",
                scenario="ambiguous_payer_name", lang=lang_of(ca),
                note=f"'{payer}' is both {ca['name']} and {cb['name']}"))


RATE = {("SEK", "EUR"): D("0.0871"), ("NOK", "EUR"): D("0.0846"), ("DKK", "EUR"): D("0.1340"),
        ("EUR", "SEK"): D("11.48"), ("GBP", "EUR"): D("1.18"), ("NOK", "SEK"): D("0.968")}


def sc_other_cur(d):
    for _ in range(40):
        cust = pick_customer()
        inv = R.choice(fresh(cust["id"]))
        pairs = [k for k in RATE if k[0] == inv["currency"]]
        if not pairs:
            continue
        src, dst = R.choice(pairs)
        amt = q(bal[inv["id"]] * RATE[(src, dst)])
        if global_single_hits(dst, amt):
            continue
        lang = lang_of(cust)
        ref = structured_ref(inv, cust) if R.random() < 0.4 else R.choice(ONE[lang]).format(n=inv["number"])
        touched.add(inv["id"])
        return (mk(d, amt, dst, bank_name(cust), cust["id"] if R.random() < 0.7 else None, ref, None),
                lab("review", [], unapplied=amt, cands=[[inv["id"]]],
                    reason=f"names {inv['number']} ({src}) but pays in {dst}; no same-currency invoice to apply to",
                    scenario="other_currency", lang=lang,
                    note=f"{src} invoice paid with {dst} (about the converted balance); cannot apply across currencies"))
    return None


def sc_remainder(d):
    live = [iid for iid in part_paid if bal[iid] > 0]
    if not live:
        return None
    iid = R.choice(live)
    part_paid.remove(iid)
    inv = inv_by_id[iid]
    cust = cust_by_id[inv["customer_id"]]
    lang = lang_of(cust)
    amt = bal[iid]
    txt = R.choice({"sv": ["Restbetalning faktura {n}", "Resterande belopp fakt {n}"],
                    "no": ["Restbeløp faktura {n}", "Resten av faktura {n}"],
                    "da": ["Restbeløb faktura {n}", "Rest af faktura {n}"],
                    "fi": ["Loppuosa laskusta {n}", "Lasku {n} loppusumma"],
                    "en": ["Balance of invoice {n}", "Remainder inv {n}"]}[lang]).format(n=inv["number"])
    payer, cid = payer_fields(cust)
    return (mk(d, amt, inv["currency"], payer, cid, txt, None),
            lab("applied", [(iid, amt)], reason=f"remaining balance of {inv['number']}",
                scenario="remainder_after_part", lang=lang,
                note="pays what an earlier part payment in this batch left open (not the invoice total)"))


BAD = [
    ("0.00", "SEK", "zero amount", "sv", "BG AVGIFT"),
    ("-8750.00", "NOK", "negative amount (returned payment)", "no", "RETUR BETALING"),
    ("14 250,00", "SEK", "amount is not a decimal string", "sv", None),
    ("1250.005", "EUR", "amount has three decimals", "fi", None),
    (None, None, "currency missing", "da", None),
    (None, "KR", "currency is not an ISO 4217 code", "no", None),
    ("", "DKK", "amount missing", "da", None),
]


def sc_bad(d):
    if not BAD:
        return None
    amount, cur, err, lang, txt = BAD.pop(0)
    cust = pick_customer(countries=[{"sv": "SE", "no": "NO", "da": "DK", "fi": "FI"}[lang]])
    inv = R.choice(fresh(cust["id"]))
    if amount is None:
        amount = s(bal[inv["id"]])
    if cur is None and err == "currency missing":
        cur = None
    ref = txt or R.choice(ONE[lang]).format(n=inv["number"])
    pay = mk(d, amount, cur, bank_name(cust), cust["id"], ref, None)
    try:
        ok = D(amount) > 0 and D(amount) == q(D(amount)) and "." in amount
    except Exception:
        ok = False
    L = lab("review", [], unapplied=amount if ok else "0.00", cands=[],
            reason=f"bad row: {err}", scenario="bad_row", lang=lang,
            note=f"{err}; nothing can be applied from this row")
    L["error"] = err
    return pay, L


# ----------------------------------------------------------------------------
# the batch
# ----------------------------------------------------------------------------
PLAN = {
    sc_exact_ref: 112, sc_remit_ref: 45, sc_typo: 14, sc_typo_ambig: 7, sc_list: 26, sc_range: 12,
    sc_lump_all: 14, sc_amount_unique: 16, sc_amount_dupe: 8, sc_two_subsets: 4, sc_partial: 18,
    sc_short: 24, sc_over: 16, sc_nofit: 12, sc_unknown: 10,
    (lambda d: sc_unknown(d, hit=True)): 5, sc_po: 10, sc_third: 6, sc_similar: 6, sc_other_cur: 8,
    sc_bad: 7,
}
LATE = {sc_second: 11, sc_remainder: 9}
general = [f for f, n in PLAN.items() for _ in range(n)]
R.shuffle(general)
sched = list(general)
for f, n in LATE.items():
    for _ in range(n):
        sched.insert(R.randrange(len(sched) // 2, len(sched) + 1), f)

days = [date(2026, 2, 2) + timedelta(k) for k in range(58)]
days = [x for x in days if x.weekday() < 5]
pay_dates = sorted(R.choice(days) for _ in sched)

payments, labels = [], []
for k, (f, d) in enumerate(zip(sched, pay_dates)):
    res = f(d)
    if res is None:
        res = sc_exact_ref(d)
    pay, L = res
    pid = f"p-{5001 + k}"
    pay["id"] = pid
    L["payment_id"] = pid
    apply_apps(L)
    if L["scenario"] in ("exact_ref", "remittance_ref") and R.random() < 0.5:
        iid = L["applications"][0]["invoice_id"]
        fully_paid.append((iid, pay, cust_by_id[inv_by_id[iid]["customer_id"]]))
    payments.append(pay)
    labels.append(L)


# ----------------------------------------------------------------------------
# write
# ----------------------------------------------------------------------------
os.makedirs(LEDGER, exist_ok=True)
inv_out = [dict(id=i["id"], number=i["number"], customer_id=i["customer_id"], customer_name=i["customer_name"],
                currency=i["currency"], total=s(i["total"]), balance=s(i["balance"]),
                issue_date=i["issue_date"].isoformat(), due_date=i["due_date"].isoformat())
           for i in sorted(invoices, key=lambda i: i["number"])]


def dump(name, obj):
    with open(os.path.join(LEDGER, name), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


dump("invoices.json", inv_out)
dump("payments.json", payments)
dump("labels.json", labels)

by_status = Counter(L["status"] for L in labels)
by_scen = Counter(L["scenario"] for L in labels)
by_lang = Counter(L["note"].split(",")[1].split("]")[0].strip() for L in labels)
by_cur = Counter(p["currency"] for p in payments)
inv_cur = Counter(i["currency"] for i in invoices)
ctry = Counter(c["country"] for c in customers)
scen_status = {}
for L in labels:
    scen_status.setdefault(L["scenario"], L["status"])


def table(counter, head):
    rows = [f"| {head} | count |", "|---|---|"]
    rows += [f"| `{k}` | {v} |" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))]
    return "\n".join(rows)


readme = f"""# Blind cash-application set: Nordic timber wholesaler

Made-up creditor: **Nordvirke**, a timber and building-materials wholesaler with
sales companies in Sweden, Norway, Denmark and Finland (and a few Scottish
timber-frame customers billed in GBP). Its customers are builders, carpenters,
DIY chain stores and municipalities. Every company, person, place and reference
here is invented (places such as Tallmora, Furuvåg, Bøgelund, Kuusijärvi do not exist).

Generated by `build.py` (seed {SEED}, standard library only); verified by `check.py`.
Contract: `contracts/cash-application.md` (`match`).

## Files (`ledger_nordic_timber/`)

| file | rows | what |
|---|---|---|
| `invoices.json` | {len(inv_out)} | open invoices of {len(customers)} customers, contract fields only |
| `payments.json` | {len(payments)} | bank credits, oldest first (2026-02-02 .. 2026-03-31) |
| `labels.json` | {len(labels)} | one expected `MATCHES.json` entry per payment, same order, plus `scenario`, `note` (starts `[scenario, lang]`), and `error` on bad rows |

Customers per country: {dict(sorted(ctry.items()))}. Invoices per currency: {dict(sorted(inv_cur.items()))}.
Invoice numbers are six digits (710001..), in issue-date order; invoice ids (`i-…`) are
unrelated running numbers in a shuffled order, so an id never equals a number.

## What the bank data looks like

- `payer_name`: upper-cased and cut the way each bank does it (SE 30, NO 28, DK 20, FI 35,
  UK 18 characters), sometimes with diacritics stripped (Ö→O, Ø→O, Æ→AE, Ä→A), `A/S`↔`AS`,
  `LTD`→`LIMITED`, `&`→`OCH`, `OY AB`→`OY`. Chain stores are sometimes paid by the chain's
  head office (a name that is no customer, `customer_id` null, invoices named in the text).
- `customer_id` is given on about half of the rows, null otherwise.
- `reference`: the creditor's structured reference when the payer used it:
  - SE Bankgiro OCR: `invoice no + length digit + Luhn` or `customer no (4) + invoice no + length digit + Luhn`;
  - NO KID (MOD10): `00 + invoice no + check` or `customer no + invoice no + check`;
  - DK FI-kort 71: `+71<` 15-digit payment id (zero-padded invoice no + MOD10) `+87412956<`;
  - FI viitenumero (7-3-1 check digit) grouped in fives from the right, or RF creditor
    reference (ISO 11649, mod 97) grouped in fours;
  - UK: `INV` + number;
  otherwise free text (“Fakt nr 710233”, “Betaling av faktura …”, “Lasku …”, “Vedr. faktura …”),
  a bank's generic text (`BG INBETALNING`, `NETTBANK`, `OVERFOERSEL`, `TILISIIRTO`, `BACS CREDIT`) or null.
- `remittance`: one line of text or a tabular payment advice (Betalningsavisering /
  Betalingsavis / Betalingsadvis / Maksuilmoitus / Remittance advice) with locale number
  formats (`12 400,00`, `12.400,00`, `12 400:-`, `12 400,-`).

## Label conventions

- Exactly the contract's fields: `payment_id, status, applications[{{invoice_id, amount}}],
  unapplied, short_pay, candidates, reason`; amounts are two-decimal strings.
  `reason` is free text for humans. `candidates` is a list of invoice-id lists
  (each list one candidate set), best first, and is empty unless `status` is `review`.
- Labels were produced by replaying the payments in order against the balances; a later
  payment sees only what earlier ones left open.
- `applied`: a named invoice (structured reference, free text, list, range) with amounts
  that add up exactly; or no invoice named but the payer is known (by `customer_id` or an
  unambiguous bank name) and exactly one set of its open invoices fits: one invoice
  (pairs and triples checked too) or all of its open invoices.
- `partial` without `short_pay`: the text says part payment / instalment / a conto.
  `partial` with `short_pay`: the text names a deduction and its reason; `short_pay.amount`
  is what stays open on that invoice, `short_pay.reason` one of: damaged goods, short delivery,
  price difference, freight charge disputed, returned pallets, cash discount.
- `unapplied`: overpayment (applications = the open balance, rest unapplied), a second payment
  of an invoice an earlier payment in this batch paid to zero, or a known customer's payment
  that fits nothing (prepayment for an order, an old invoice number that is not open, no text).
- `review` (nothing applied, `unapplied` = the payment): ambiguity or no basis. Unknown payer
  without match (`candidates` empty); unknown payer whose amount equals exactly one open
  invoice anywhere (that invoice is a candidate, not an application); two invoices of the same
  balance; two invoice sets adding up to a lump sum; a reference to one open invoice while the
  amount is exactly another invoice of the same customer; a cut payer name that fits two
  customers; payment currency different from the named invoice's currency.
- Bad rows (`scenario` `bad_row`, with `error`): zero, negative, missing or malformed amount,
  missing or non-ISO currency. Labelled `review`, no candidates; `unapplied` is the amount when
  it is a valid positive two-decimal string, else `"0.00"`. The contract has no error status;
  this is our choice.

## Counts

{table(by_status, "status")}

{table(Counter({f"{k} → {scen_status[k]}": v for k, v in by_scen.items()}), "scenario → status")}

{table(by_lang, "language of the payment texts")}

{table(by_cur, "payment currency")}

## Deliberately hard

- Structured references where the invoice number sits inside a longer digit string with
  customer numbers, length digits, padding and check digits (OCR, KID, +71, RF, viitenumero in groups).
- Invoices part-paid before the batch (balance below total): payments of the balance; and
  overpayments of customers who paid the total again.
- Ranges (`Fakt 710233-710241`) that also span other customers' invoice numbers.
- Order/PO numbers in the text that are real invoice numbers of another customer.
- Swedish “avdrag” (a deduction → short pay) versus Norwegian “avdrag” (an instalment → part payment).
- Mistyped invoice numbers (transposed, changed or dropped digit) that exist nowhere, resolved
  by a unique balance; versus a correct-looking number of another open invoice of the same
  customer with the amount of a different one (review).
- Head-office payments for chain stores and finance-company payments with the store's OCR.
- Second payments that repeat an earlier row's text word for word.
"""
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
    fh.write(readme)
print(len(inv_out), "invoices,", len(payments), "payments")
print(dict(by_status))
print(dict(by_scen))
print(dict(by_lang))
