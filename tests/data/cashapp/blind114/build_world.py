"""Part of build.py: the customer master and the open-invoice book."""
from datetime import date, timedelta

# (name, currency, kind, aliases)  kind: muni / housing / builder
# aliases: trading / parent / person / translit names a bank might show
CUSTOMERS = [
    # Sweden, SEK
    ("Byggteam Mälardalen AB", "SEK", "builder", {"trading": "BTM Bygg"}),
    ("Nordstadens Bygg & Fastighetsservice AB", "SEK", "builder", {}),
    ("Eriksson Bygg & Måleri AB", "SEK", "builder", {"person": "Lars Eriksson"}),
    ("Hemsö Bostäder i Örebro AB", "SEK", "housing", {"parent": "Hemsöhus Fastigheter AB"}),
    ("Uppsala kommun", "SEK", "muni", {}),
    ("Västerås stad", "SEK", "muni", {}),
    ("Bostadsbolaget Kvarnen AB", "SEK", "housing", {}),
    ("Ljungqvist Snickeri AB", "SEK", "builder", {"person": "ANNA LJUNGQVIST"}),
    ("Öresund Tak & Plåt AB", "SEK", "builder", {"trading": "Oresundstak"}),
    ("Stenkvist Mark & Anläggning AB", "SEK", "builder", {}),
    ("Brf Solrosen 4", "SEK", "housing", {"person": "Karin Holm (kassör)"}),
    ("Lindqvist Elinstallation AB", "SEK", "builder", {}),
    ("Timrå kommun", "SEK", "muni", {}),
    ("Norrlandsbygg Entreprenad AB", "SEK", "builder", {"parent": "NLB Gruppen AB"}),
    ("Kallax VVS AB", "SEK", "builder", {"trading": "Kallax Rör & Värme"}),
    ("Göransson Fasadrenovering AB", "SEK", "builder", {}),
    # Norway, NOK
    ("Bergen kommune", "NOK", "muni", {}),
    ("Fjordbygg Entreprenør AS", "NOK", "builder", {"trading": "Fjordbygg Vest"}),
    ("Sørensen Tømrer AS", "NOK", "builder", {}),
    ("Haugaland Rør og Varme AS", "NOK", "builder", {}),
    ("Lillehammer Boligstiftelse", "NOK", "housing", {"parent": "Lillehammer kommune"}),
    ("Nordmøre Betong AS", "NOK", "builder", {}),
    ("Boligbygg Oslo KF", "NOK", "muni", {}),
    ("Vestland Tak og Fasade AS", "NOK", "builder", {}),
    ("Askøy Snekkerverksted AS", "NOK", "builder", {"person": "Per Olav Haugen"}),
    ("Tromsø Byggservice AS", "NOK", "builder", {"parent": "Nordnorsk Byggholding AS"}),
    ("Stavanger Boligbyggelag SA", "NOK", "housing", {}),
    # Denmark, DKK
    ("Aarhus Kommune", "DKK", "muni", {}),
    ("Østergård Byg ApS", "DKK", "builder", {}),
    ("Jensen & Søn Tømrer A/S", "DKK", "builder", {"person": "Henrik Jensen"}),
    ("Boligselskabet Fjordparken", "DKK", "housing", {"parent": "Boligadministration Midt A/S"}),
    ("Vestjysk Murerforretning ApS", "DKK", "builder", {}),
    ("Københavns Tagdækning A/S", "DKK", "builder", {"trading": "KBH Tag"}),
    ("Fyns Entreprise A/S", "DKK", "builder", {}),
    ("Kolding Kommune", "DKK", "muni", {}),
    ("Nørrebro Renovering ApS", "DKK", "builder", {"person": "Mads Nørgaard"}),
    # Finland, EUR
    ("Espoon kaupunki", "EUR", "muni", {}),
    ("Rakennus Virtanen Oy", "EUR", "builder", {"trading": "RV-Rakennus"}),
    ("Tampereen Vuokra-asunnot Oy", "EUR", "housing", {"parent": "Tampereen Tilapalvelut Oy"}),
    ("Kiinteistö Oy Länsiranta", "EUR", "housing", {}),
    ("Lahden Kattotyö Oy", "EUR", "builder", {}),
    ("Oulun Rakennuspalvelu Oy", "EUR", "builder", {"person": "Jukka Mäkinen"}),
    ("Pohjanmaan Betoni Oy", "EUR", "builder", {}),
    ("Helsingin Asuntorakentajat Oy", "EUR", "builder", {}),
    ("Turun Putkiasennus Oy", "EUR", "builder", {}),
    ("Vaasan kaupunki", "EUR", "muni", {}),
    # Iceland, ISK (zero-decimal)
    ("Reykjavíkurborg", "ISK", "muni", {}),
    ("Byggingafélagið Þórsverk ehf", "ISK", "builder", {}),
    ("Húsasmíði Guðmundar ehf", "ISK", "builder", {"person": "Guðmundur Jónsson"}),
]

# a Swedish builder with projects in Finland is also billed in EUR
SECOND_CURRENCY = {"Norrlandsbygg Entreprenad AB": "EUR", "Fjordbygg Entreprenør AS": "EUR"}

FACTORING = ["Svea Ekonomi AB", "Collector Bank AB", "Nordea Finans Norge AS",
             "Ropo Capital Oy", "Resurs Bank AB", "Aktiv Kapital Danmark A/S"]

RANGE = {  # invoice totals, in minor units
    "SEK": (120000, 18000000), "NOK": (150000, 20000000), "DKK": (90000, 14000000),
    "EUR": (15000, 1500000), "ISK": (25000, 2500000),
}
VAT = {"SEK": 125, "NOK": 125, "DKK": 125, "EUR": 1255, "ISK": 124}


def hexid(rng, prefix, n):
    return prefix + "".join(rng.choice("0123456789abcdef") for _ in range(n))


def make_amount(rng, cur):
    lo, hi = RANGE[cur]
    # log-ish spread: many small deliveries, some large
    x = lo * (hi / lo) ** (rng.random() ** 1.6)
    if cur == "ISK":
        return int(round(x / 10)) * 10
    net = int(x / 1.25)
    if rng.random() < 0.35:
        net = round(net, -3)
    v = net * VAT[cur] // (1000 if cur == "EUR" else 100)
    return max(v, lo)


def build_world(rng):
    customers = []
    used = set()
    for k, (name, cur, kind, aliases) in enumerate(CUSTOMERS):
        cid = hexid(rng, "c-", 6)
        while cid in used:
            cid = hexid(rng, "c-", 6)
        used.add(cid)
        custno = 1000 + rng.randrange(9000)
        customers.append({"id": cid, "name": name, "currency": cur, "kind": kind,
                          "aliases": aliases, "custno": custno})
    drafts = []
    start = date(2024, 9, 16)
    for c in customers:
        n = rng.randint(40, 58) if c["kind"] == "muni" else rng.randint(14, 34)
        if c["currency"] == "ISK":
            n = rng.randint(14, 20)
        recurring = None
        if rng.random() < 0.45:  # rentals / framework deliveries billed at a fixed amount
            recurring = make_amount(rng, c["currency"])
        for _ in range(n):
            cur = c["currency"]
            if c["name"] in SECOND_CURRENCY and rng.random() < 0.25:
                cur = SECOND_CURRENCY[c["name"]]
            issue = start + timedelta(days=rng.randrange(0, 138))
            amt = recurring if (recurring and cur == c["currency"] and rng.random() < 0.18) \
                else make_amount(rng, cur)
            terms = 30 if c["kind"] == "muni" else rng.choice([10, 20, 30, 30, 30, 45])
            drafts.append((issue, c, cur, amt, terms))
    drafts.sort(key=lambda d: (d[0], d[1]["name"]))
    invoices = []
    seq = 230417
    ids = set()
    for issue, c, cur, amt, terms in drafts:
        seq += 1 if rng.random() < 0.8 else rng.randint(2, 6)  # gaps: credit notes, voided drafts
        iid = hexid(rng, "i-", 10)
        while iid in ids:
            iid = hexid(rng, "i-", 10)
        ids.add(iid)
        bal = amt
        if rng.random() < 0.08:  # already part-paid
            paid = amt * rng.choice([20, 25, 30, 40, 50, 60]) // 100
            if cur != "ISK":
                paid = paid // 100 * 100
            else:
                paid = paid // 1000 * 1000
            bal = amt - max(paid, 1)
        from build_clerk import fmt
        invoices.append({
            "id": iid, "number": "NB-%07d" % seq, "customer_id": c["id"],
            "customer_name": c["name"], "currency": cur, "total": fmt(amt, cur),
            "balance": fmt(bal, cur), "issue_date": issue.isoformat(),
            "due_date": (issue + timedelta(days=terms)).isoformat(),
        })
    return customers, invoices
