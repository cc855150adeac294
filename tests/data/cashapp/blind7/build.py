#!/usr/bin/env python3
"""Deterministic generator for a held-out cash-application evaluation set.

Writes two ledgers next to this file:
  eu_wholesaler/{invoices,payments,expected}.json   (+ cases.json: tag per payment)
  us_services/{invoices,payments,expected}.json     (+ cases.json)

stdlib only, seeded random; running it twice produces byte-identical files.
The generator keeps its own running balance per invoice, so expected.json
reflects "payments are applied in order, a payment can only use what earlier
payments left open".
"""
import datetime as dt
import itertools
import json
import os
import random
import re
import unicodedata
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
Q = Decimal("0.01")
ZERO = Decimal("0.00")


def m(x):
    return Decimal(x).quantize(Q, ROUND_HALF_UP)


def s(x):
    return str(m(x))


class Retry(Exception):
    pass


# --------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------
def translit(text):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "AE"), ("Ö", "OE"),
                 ("Ü", "UE"), ("ß", "ss"), ("º", "o"), ("°", " ")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


LEGAL = {"GMBH", "CO", "KG", "AG", "EK", "E", "K", "SARL", "SAS", "SA", "SL", "SLU",
         "BV", "NV", "BVBA", "SPRL", "VOF", "SRL", "SPA", "SNC", "LTD", "LIMITED", "PLC",
         "LLC", "INC", "CORP", "LP", "PLLC", "LTEE", "MBH", "M", "B", "H", "GESELLSCHAFT",
         "C", "CIE", "U", "ZN", "ET", "UND", "AND", "THE", "OF", "DE", "DU", "L"}


def norm_name(text):
    t = translit(text).upper()
    t = re.sub(r"[^A-Z0-9]+", " ", t)
    toks = [w for w in t.split() if w not in LEGAL]
    return " ".join(toks)


def norm_num(text):
    return re.sub(r"[^A-Z0-9]", "", translit(text).upper())


def de_amount(x):
    """1234.5 -> '1.234,50'"""
    q = s(x)
    ip, fp = q.split(".")
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    return ("-" if neg else "") + ".".join(groups) + "," + fp


def us_amount(x):
    return "{:,.2f}".format(m(x))


def ddate(d, lang):
    if lang in ("de", "nl", "it"):
        return d.strftime("%d.%m.%Y")
    if lang in ("fr", "es"):
        return d.strftime("%d/%m/%Y")
    if lang == "us":
        return d.strftime("%m/%d/%Y")
    return d.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------
# ledger core
# --------------------------------------------------------------------------
class Ledger:
    def __init__(self, name, seed):
        self.name = name
        self.rng = random.Random(seed)
        self.customers = {}
        self.invoices = []
        self.inv = {}
        self.bal = {}
        self.used = set()
        self.amounts = set()
        self.payments = []
        self.expected = []
        self.tags = []
        self.pid_n = 1000
        self.ctx = {}

    # ---------------- invoices ----------------
    def new_amount(self, lo, hi, round_to=None):
        r = self.rng
        for _ in range(1000):
            import math
            v = math.exp(r.uniform(math.log(lo), math.log(hi)))
            if round_to:
                a = m(round(v / round_to) * round_to)
            else:
                a = m(v)
            if a not in self.amounts and a > 0:
                self.amounts.add(a)
                return a
        raise RuntimeError("amount space exhausted")

    def add_invoice(self, cust, number, currency, total, balance, issue, due, **extra):
        iid = "i-%d" % (1001 + len(self.invoices))
        inv = {"id": iid, "number": number, "customer_id": cust["id"],
               "customer_name": cust["name"], "currency": currency, "total": m(total),
               "balance": m(balance), "issue_date": issue, "due_date": due}
        inv.update(extra)
        self.invoices.append(inv)
        self.inv[iid] = inv
        self.bal[iid] = m(balance)
        return inv

    # ---------------- queries on running state ----------------
    def open_invs(self, cid=None, cur=None, untouched=False, pred=None):
        out = []
        for i in self.invoices:
            if self.bal[i["id"]] <= 0:
                continue
            if cid is not None and i["customer_id"] != cid:
                continue
            if cur is not None and i["currency"] != cur:
                continue
            if untouched and i["id"] in self.used:
                continue
            if pred and not pred(i):
                continue
            out.append(i)
        return out

    def subsets(self, cid, cur, amt, maxsize=None):
        """all sets of the customer's open invoices (current balances) summing exactly to amt
        (meet in the middle)"""
        invs = self.open_invs(cid, cur)
        invs.sort(key=lambda i: (i["due_date"], i["number"]))
        n = len(invs)
        if n > 30:
            raise RuntimeError("too many open invoices %s %s %d" % (cid, cur, n))
        bals = [int(self.bal[i["id"]] * 100) for i in invs]
        target = int(m(amt) * 100)
        h = n // 2

        def enum(lo, hi):
            out = [(0, ())]
            for j in range(lo, hi):
                out += [(sm + bals[j], ch + (j,)) for sm, ch in out if sm + bals[j] <= target]
            return out

        right = {}
        for sm, ch in enum(h, n):
            right.setdefault(sm, []).append(ch)
        res = []
        for sm, ch in enum(0, h):
            for ch2 in right.get(target - sm, []):
                combo = ch + ch2
                if combo and (maxsize is None or len(combo) <= maxsize):
                    res.append([invs[x]["id"] for x in combo])
        res.sort(key=lambda ids: (len(ids), [self.inv[i]["due_date"] for i in ids]))
        return res

    def global_candidates(self, amt, cur, maxsize=3):
        """exact-amount invoice sets across all customers (single invoices, and
        sets of up to `maxsize` invoices of one customer)."""
        res = []
        for cid in sorted(self.customers):
            if not self.open_invs(cid, cur):
                continue
            res.extend(self.subsets(cid, cur, amt, maxsize=maxsize))
        res.sort(key=lambda ids: (len(ids), min(self.inv[i]["due_date"] for i in ids)))
        return res

    def name_identifies(self, payer, cid):
        p = norm_name(payer)
        if len(p) < 4:
            return False
        hits = []
        for c in self.customers.values():
            n = norm_name(c["name"])
            if n == p or n.startswith(p) or p.startswith(n):
                hits.append(c["id"])
        return hits == [cid]

    def pick(self, pred=None, cust_pred=None, full=None):
        pool = [i for i in self.open_invs(untouched=True, pred=pred)
                if (cust_pred is None or cust_pred(self.customers[i["customer_id"]]))
                and (full is None or (self.bal[i["id"]] == i["total"]) == full)]
        if not pool:
            raise Retry("no invoice")
        inv = self.rng.choice(pool)
        self.used.add(inv["id"])
        return inv

    def pick_group(self, k, consecutive=False, cust_pred=None, pred=None):
        by = {}
        for i in self.open_invs(untouched=True, pred=pred):
            c = self.customers[i["customer_id"]]
            if cust_pred and not cust_pred(c):
                continue
            by.setdefault((i["customer_id"], i["currency"], i["_series"]), []).append(i)
        options = []
        for key, invs in sorted(by.items()):
            invs.sort(key=lambda i: i["_seq"])
            if consecutive:
                for a in range(len(invs) - k + 1):
                    run = invs[a:a + k]
                    if all(run[j + 1]["_seq"] == run[j]["_seq"] + 1 and
                           run[j + 1]["_year"] == run[j]["_year"] for j in range(k - 1)):
                        options.append(run)
            elif len(invs) >= k:
                options.append(sorted(self.rng.sample(invs, k), key=lambda i: i["_seq"]))
        if not options:
            raise Retry("no group")
        grp = self.rng.choice(options)
        for i in grp:
            self.used.add(i["id"])
        return grp

    # ---------------- emit ----------------
    def next_pid(self):
        self.pid_n += 1
        return "p-%d" % self.pid_n

    def emit(self, tag, date, amount, currency, payer, cid, ref, rem, status,
             apps=(), unapplied=None, short=None, cands=(), reason="", pid=None):
        pid = pid or self.next_pid()
        amount = m(amount)
        pay = {"id": pid, "date": date.isoformat(), "amount": s(amount), "currency": currency,
               "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": rem}
        apps = [(a, m(v)) for a, v in apps]
        if status == "error":
            unapplied = ZERO
        else:
            tot = sum((v for _, v in apps), ZERO)
            if unapplied is None:
                unapplied = amount - tot
            assert tot + m(unapplied) == amount, (pid, tag, tot, unapplied, amount)
            assert amount > 0
            for iid, v in apps:
                inv = self.inv[iid]
                assert inv["currency"] == currency, (pid, tag)
                assert v > 0
                self.bal[iid] -= v
                assert self.bal[iid] >= 0, (pid, tag, iid, self.bal[iid])
            if status == "applied":
                assert m(unapplied) == 0 and apps and short is None
            if status == "partial":
                assert m(unapplied) == 0 and apps
                if short:
                    assert short[0] in [a for a, _ in apps]
                    assert self.bal[short[0]] == m(short[1]), (pid, tag)
                else:
                    assert any(self.bal[a] > 0 for a, _ in apps)
            if status == "unapplied":
                assert m(unapplied) > 0
            if status == "review":
                assert not apps and m(unapplied) == amount
        exp = {"payment_id": pid, "status": status,
               "applications": [{"invoice_id": a, "amount": s(v)} for a, v in apps],
               "unapplied": s(unapplied),
               "short_pay": None if not short else
               {"invoice_id": short[0], "amount": s(short[1]), "reason": short[2]},
               "candidates": [list(c) for c in cands],
               "reason": reason}
        self.payments.append(pay)
        self.expected.append(exp)
        self.tags.append({"payment_id": pid, "tag": tag, "status": status})
        return pay

    # amount-only decision for a KNOWN customer, from running state
    def decide_known(self, who, tag, date, amt, cur, payer, cid, ref, rem, why):
        subs = self.subsets(who, cur, amt)
        if len(subs) == 1:
            apps = [(i, self.bal[i]) for i in subs[0]]
            return self.emit(tag, date, amt, cur, payer, cid, ref, rem, "applied", apps,
                             reason=why + "; amount equals exactly one open invoice set of the customer: "
                             + ", ".join(self.inv[i]["number"] for i in subs[0]))
        if len(subs) > 1:
            return self.emit(tag + ":ambiguous", date, amt, cur, payer, cid, ref, rem, "review",
                             unapplied=amt, cands=subs,
                             reason=why + "; amount fits %d different open invoice sets of the customer" % len(subs))
        return self.emit(tag + ":nofit", date, amt, cur, payer, cid, ref, rem, "unapplied",
                         unapplied=amt, reason=why + "; known customer, amount fits no open invoice")

    def write(self, folder):
        os.makedirs(folder, exist_ok=True)
        invs = []
        for i in self.invoices:
            invs.append({"id": i["id"], "number": i["number"], "customer_id": i["customer_id"],
                         "customer_name": i["customer_name"], "currency": i["currency"],
                         "total": s(i["total"]), "balance": s(i["balance"]),
                         "issue_date": i["issue_date"], "due_date": i["due_date"]})
        # Copied into Argent's tests/data: each case's tag goes into its expected entry as "scenario" (the
        # evaluation groups by it) instead of a separate cases.json.
        expected = [dict(e, scenario=t["tag"]) for e, t in zip(self.expected, self.tags)]
        for fn, data in (("invoices.json", invs), ("payments.json", self.payments),
                         ("expected.json", expected)):
            with open(os.path.join(folder, fn), "w", encoding="utf-8") as f:
                json.dump(data, f, indent=2, ensure_ascii=False)
                f.write("\n")


def weekdays(start, end):
    d = start
    out = []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def build_sequence(rng, counts, pairs):
    """counts: {kind: n}; pairs: [(first_kind, follow_kind, n)] -> ordered list of (kind, ctxkey)."""
    seq = []
    for k, n in counts.items():
        seq.extend((k, None) for _ in range(n))
    rng.shuffle(seq)
    for a, b, n in pairs:
        for j in range(n):
            key = "%s>%s#%d" % (a, b, j)
            i = rng.randrange(0, int(len(seq) * 0.55))
            seq.insert(i, (a, key))
            k2 = rng.randrange(i + 4, len(seq) + 1)
            seq.insert(k2, (b, key))
    return seq


def run_sequence(L, seq, dates, handlers, fallback):
    assert len(dates) == len(seq)
    for (kind, key), date in zip(seq, dates):
        h = handlers[kind]
        try:
            h(L, date, key)
        except Retry:
            # follow-ups must never silently fall back
            assert key is None or not kind.startswith("f_"), (kind, key)
            handlers[fallback](L, date, None)


# ==========================================================================
# Ledger A: EU wholesaler
# ==========================================================================
A_CUSTOMERS = [
    # (name, country, lang, currency, series)
    ("Müller Haustechnik GmbH & Co. KG", "DE"), ("Schäfer Sanitär- und Heizungsbau GmbH", "DE"),
    ("Köhler Elektrogroßhandel GmbH", "DE"), ("Schneider Elektro GmbH", "DE"),
    ("Schneider Elektro GmbH & Co. KG", "DE"), ("Becker Bauelemente GmbH", "DE"),
    ("Hoffmann & Söhne Metallbau KG", "DE"), ("Weißgerber Werkzeuge e.K.", "DE"),
    ("Fischer Dach- und Fassadentechnik GmbH", "DE"), ("Bäckerei-Technik Nord GmbH", "DE"),
    ("Wagner Industriebedarf AG", "DE"), ("Zimmermann Holzhandel GmbH & Co. KG", "DE"),
    ("Krüger Baustoffe GmbH", "DE"), ("Braun Gebäudetechnik GmbH", "DE"),
    ("Hartmann Befestigungstechnik GmbH", "DE"), ("Lange & Partner Installationen GmbH", "DE"),
    ("Schröder Kältetechnik GmbH & Co. KG", "DE"), ("Neumann Fliesenhandel GmbH", "DE"),
    ("Jäger Landtechnik GmbH", "DE"), ("Vogel Sicherheitstechnik GmbH", "DE"),
    ("Friedrich Rohrleitungsbau GmbH & Co. KG", "DE"), ("Günther Elektroinstallationen GmbH", "DE"),
    ("Otto Großküchentechnik GmbH", "DE"), ("Straßburger Farben und Lacke GmbH", "DE"),
    ("Österreichische Heizungsbau Gesellschaft m.b.H.", "AT"), ("Gruber Installationen GmbH", "AT"),
    ("Pöll Haustechnik GmbH & Co KG", "AT"), ("Steirische Baustoffhandels GmbH", "AT"),
    ("Wiener Werkzeug Müllner GmbH", "AT"),
    ("Établissements Dupont et Fils SARL", "FR"), ("Société Lyonnaise de Plomberie SAS", "FR"),
    ("Électricité Générale Moreau SARL", "FR"), ("Bâtiment Durand & Cie SA", "FR"),
    ("Quincaillerie Lefèvre SAS", "FR"), ("Chauffage Rousseau SARL", "FR"),
    ("Menuiserie Girard SAS", "FR"), ("Matériaux du Sud-Ouest SA", "FR"),
    ("Froid Industriel Bernard SAS", "FR"), ("Sanitaires Mercier SARL", "FR"),
    ("Outillage Fontaine SAS", "FR"), ("Groupe Chevalier Énergie SAS", "FR"),
    ("Van Damme Bouwmaterialen BV", "BE-nl"), ("Ets. Lambert & Fils SRL", "BE-fr"),
    ("Peeters Sanitair NV", "BE-nl"),
    ("Suministros Industriales Peña S.L.", "ES"), ("Ferretería Núñez e Hijos S.A.", "ES"),
    ("Fontanería García Martínez S.L.", "ES"), ("Electricidad Ibáñez S.L.", "ES"),
    ("Materiales de Construcción Muñoz S.A.", "ES"), ("Climatización Sánchez S.L.", "ES"),
    ("Herramientas López S.L.U.", "ES"), ("Distribuciones Fernández Ruiz S.L.", "ES"),
    ("Instalaciones Gómez Castaño S.A.", "ES"),
    ("Van der Berg Installatietechniek B.V.", "NL"), ("De Vries Bouwmaterialen B.V.", "NL"),
    ("Jansen Elektro B.V.", "NL"), ("Bakker & Zn. Sanitair B.V.", "NL"),
    ("Visser Technische Groothandel B.V.", "NL"), ("Smit Klimaattechniek B.V.", "NL"),
    ("Mulder Gereedschappen B.V.", "NL"), ("De Boer Dakwerken B.V.", "NL"),
    ("Van Dijk Loodgieters V.O.F.", "NL"),
    ("Idraulica Rossi S.r.l.", "IT"), ("Ferramenta Bianchi & C. S.n.c.", "IT"),
    ("Elettroforniture Romano S.p.A.", "IT"), ("Termotecnica Colombo S.r.l.", "IT"),
    ("Edilizia Ricci S.r.l.", "IT"), ("Forniture Industriali Marino S.p.A.", "IT"),
    ("Thompson & Sons Plumbing Ltd", "UK"), ("Hargreaves Building Supplies Ltd", "UK"),
    ("Whitfield Electrical Wholesale Limited", "UK"), ("O'Connor Heating Services Ltd", "UK"),
    ("Ashworth & Bradley Engineering plc", "UK"), ("Pennington Tools (UK) Ltd", "UK"),
    ("St. John's Maintenance Services Ltd", "UK"),
    ("Zürcher Haustechnik AG", "CH"), ("Baumann Sanitär AG", "CH"),
    ("Gebrüder Nüesch Elektro AG", "CH"), ("Société Genevoise d'Installations SA", "CH-fr"),
    ("Holzbau Käser GmbH", "CH"),
]
A_COUNTRY = {  # lang, currency, series
    "DE": ("de", "EUR", "DE"), "AT": ("de", "EUR", "DE"), "FR": ("fr", "EUR", "FR"),
    "BE-fr": ("fr", "EUR", "FR"), "BE-nl": ("nl", "EUR", "NL"), "ES": ("es", "EUR", "ES"),
    "NL": ("nl", "EUR", "NL"), "IT": ("it", "EUR", "IT"), "UK": ("en", "GBP", "UK"),
    "CH": ("de", "CHF", "CH"), "CH-fr": ("fr", "CHF", "CH"),
}
A_SERIES_START = {  # series: {year: first seq}
    "DE": {2025: 1840, 2026: 301}, "FR": {2025: 2410, 2026: 1100}, "ES": {2025: 870, 2026: 300},
    "NL": {2025: 4400, 2026: None}, "IT": {2025: 1502, 2026: 100}, "UK": {2025: 890, 2026: 50},
    "CH": {2025: 777, 2026: 200},
}


def a_fmt(series, year, seq):
    yy = year % 100
    if series == "DE":
        return "RE-%d-%04d" % (year, seq), "%04d" % seq
    if series == "FR":
        return "F%d/%d" % (yy, seq), "%d" % seq
    if series == "ES":
        return "%d-%d" % (year, seq), "%d" % seq
    if series == "NL":
        return "%d" % seq, "%d" % seq
    if series == "IT":
        return "FT-%d/%04d" % (yy, seq), "%04d" % seq
    if series == "UK":
        return "UK%d-%04d" % (yy, seq), "%04d" % seq
    if series == "CH":
        return "CH-%d-%04d" % (yy, seq), "%04d" % seq
    raise ValueError(series)


def a_bank_name(L, c, plain=False):
    r = L.rng
    t = translit(c["name"]).upper()
    if not plain:
        x = r.random()
        if x < 0.45:
            t = t.replace("&", "+")
        elif x < 0.6:
            t = t.replace(" & ", " U. " if c["lang"] == "de" else " ")
        if r.random() < 0.5:
            t = t.replace(".", "")
        t = t.replace("'", " ") if r.random() < 0.5 else t
    return t[:35].rstrip()


def a_sepa(L, text):
    """SEPA basic character set: banks upper-case/transliterate some references."""
    if L.rng.random() < 0.35:
        t = translit(text).upper()
        t = re.sub(r"[^A-Z0-9/\-?:().,'+ \n]", " ", t)
        return re.sub(r" +", " ", t).strip()
    return text


def build_a():
    L = Ledger("eu_wholesaler", 20260413)
    r = L.rng
    # customers
    for n, (name, country) in enumerate(A_CUSTOMERS):
        lang, cur, series = A_COUNTRY[country]
        cid = "C%03d" % (101 + n)
        vat_cc = {"DE": "DE", "AT": "ATU", "FR": "FR", "BE-fr": "BE0", "BE-nl": "BE0", "ES": "ESB",
                  "NL": "NL", "IT": "IT", "UK": "GB", "CH": "CHE-", "CH-fr": "CHE-"}[country]
        vat = vat_cc + "".join(str(r.randrange(10)) for _ in range(9)) + ("B01" if country == "NL" else "")
        L.customers[cid] = {"id": cid, "name": name, "country": country, "lang": lang, "currency": cur,
                            "series": series, "vat": vat, "kdnr": str(r.randrange(10000, 99999))}
    cids = sorted(L.customers)
    # invoice events
    per = {cid: r.randint(4, 11) for cid in cids}
    total = sum(per.values())
    while total < 600:
        c = r.choice(cids); per[c] += 1; total += 1
    while total > 605:
        c = r.choice(cids)
        if per[c] > 4:
            per[c] -= 1; total -= 1
    issue_days = weekdays(dt.date(2025, 11, 3), dt.date(2026, 2, 27))
    events = []
    for cid in cids:
        left = per[cid]
        while left > 0:
            k = 1 if r.random() < 0.65 else (2 if r.random() < 0.8 else 3)
            k = min(k, left)
            events.append((r.choice(issue_days), cid, k))
            left -= k
    events.sort()
    counters = {}
    for d, cid, k in events:
        c = L.customers[cid]
        ser = c["series"]
        year = d.year
        if ser == "NL":
            year = 2025
        key = (ser, year)
        if key not in counters:
            counters[key] = A_SERIES_START[ser][year]
        counters[key] += 1 if r.random() < 0.7 else r.randint(2, 4)
        for j in range(k):
            seq = counters[key]
            counters[key] += 1
            number, tail = a_fmt(ser, d.year if ser != "NL" else 2025, seq)
            amt = L.new_amount(90, 22000)
            bal = amt
            if r.random() < 0.07:
                bal = m(amt * Decimal(r.randint(25, 75)) / 100)
                if bal in L.amounts:
                    bal = amt
                else:
                    L.amounts.add(bal)
            L.add_invoice(c, number, c["currency"], amt, bal, d.isoformat(),
                          (d + dt.timedelta(days=30)).isoformat(),
                          _series=ser, _seq=seq, _year=d.year if ser != "NL" else 2025, _tail=tail)
        counters[key] -= 1
    # plant: same amount for different customers (pairs, same currency)
    L.ctx["cross_pairs"] = []
    eur = [i for i in L.invoices if i["currency"] == "EUR" and i["balance"] == i["total"]]
    schneider = [cid for cid in cids if L.customers[cid]["name"].startswith("Schneider Elektro")]
    for _ in range(7):
        while True:
            a, b = r.sample(eur, 2)
            if a["customer_id"] == b["customer_id"] or a["id"] in L.used or b["id"] in L.used:
                continue
            if a["customer_id"] in schneider or b["customer_id"] in schneider:
                continue
            break
        b["total"] = b["balance"] = a["total"]; L.bal[b["id"]] = a["total"]
        L.used.update([a["id"], b["id"]])
        L.ctx["cross_pairs"].append((a["id"], b["id"]))
    # plant: the two Schneider Elektro entities each have an invoice of the same amount
    s1 = [i for i in eur if i["customer_id"] == schneider[0] and i["id"] not in L.used][0]
    s2 = [i for i in eur if i["customer_id"] == schneider[1] and i["id"] not in L.used][0]
    s2["total"] = s2["balance"] = s1["total"]; L.bal[s2["id"]] = s1["total"]
    L.used.update([s1["id"], s2["id"]])
    L.ctx["schneider"] = (s1["id"], s2["id"])
    # plant: same customer, two invoices of the same amount (plus a third for lump ambiguity)
    L.ctx["dup_same"] = []
    cands = [cid for cid in cids if cid not in schneider and
             len([i for i in L.invoices if i["customer_id"] == cid and i["id"] not in L.used
                  and i["balance"] == i["total"]]) >= 5]
    for cid in r.sample(cands, 7):
        pool = [i for i in L.invoices if i["customer_id"] == cid and i["id"] not in L.used
                and i["balance"] == i["total"]]
        a, b, c3 = r.sample(pool, 3)
        b["total"] = b["balance"] = a["total"]; L.bal[b["id"]] = a["total"]
        L.used.update([a["id"], b["id"], c3["id"]])
        L.ctx["dup_same"].append((a["id"], b["id"], c3["id"]))

    # ---------------- text builders ----------------
    def ident(c, mode=None, need=False):
        """-> (payer_name, customer_id). need=True: identity must be certain."""
        payer = a_bank_name(L, c)
        if mode is None:
            mode = "id" if r.random() < 0.3 else "name"
        if mode == "name" and need and not L.name_identifies(payer, c["id"]):
            mode = "id"
        return payer, (c["id"] if mode == "id" else None)

    def cust(inv):
        return L.customers[inv["customer_id"]]

    def num_variant(inv):
        n = inv["number"]
        ser = inv["_series"]
        opts = [n]
        if ser == "DE":
            opts += [n.replace("-", " "), n.replace("-", ""), "RE %d/%s" % (inv["_year"], inv["_tail"]),
                     "RE-%d-%d" % (inv["_year"], inv["_seq"])]
        elif ser == "FR":
            opts += [n.replace("/", "-"), n.replace("/", " "), "F %d/%s" % (inv["_year"] % 100, inv["_tail"])]
        elif ser == "ES":
            opts += [n.replace("-", "/"), "%s/%d" % (inv["_tail"], inv["_year"])]
        elif ser == "IT":
            opts += [n.replace("FT-", "FT "), "%s/%d" % (inv["_tail"].lstrip("0"), inv["_year"] % 100)]
        elif ser == "UK":
            opts += [n.replace("-", " "), n.replace("-", "")]
        elif ser == "CH":
            opts += [n.replace("-", ""), n.replace("CH-", "CH ")]
        return r.choice(opts[1:])

    SINGLE = {
        "de": ["Rechnung {n}", "Rechnung Nr. {n}", "RG {n}", "Re.-Nr. {n} vom {d}",
               "EREF+{n} SVWZ+Rechnung {n}", "Zahlung Rechnung {n} Kd-Nr. {kd}", "{n}",
               "Ausgleich Rechnung {n}", "/INV/{n} {d}"],
        "fr": ["Fact. {n}", "Facture n° {n}", "Règlement facture {n}", "VIR SEPA FACT {n}",
               "Paiement fact {n} du {d}", "/INV/{n} {d}"],
        "es": ["factura nº {n}", "Pago factura {n}", "FRA {n}", "Fra. num. {n}", "N/FRA {n} CLIENTE {kd}"],
        "nl": ["betaling factuur {n}", "factuurnr {n}", "Factuur {n} klantnr {kd}", "fact {n}",
               "/INV/{n} {d}"],
        "it": ["Saldo fattura {n}", "Pagamento fatt. n. {n} del {d}", "Bonifico fattura {n}",
               "Rif. fattura {n}"],
        "en": ["INV {n}", "Invoice {n}", "Payment of invoice {n}", "REF {n} ACC {kd}", "{n}"],
    }

    def single_ref(inv, n=None):
        c = cust(inv)
        n = n or inv["number"]
        t = r.choice(SINGLE[c["lang"]])
        return a_sepa(L, t.format(n=n, d=ddate(dt.date.fromisoformat(inv["issue_date"]), c["lang"]),
                                  kd=c["kdnr"]))

    MULTI = {
        "de": ["Rechnung {n1} und {t2}", "Rechnungen {n1}, {t2}", "{n1}/{t2}", "Rechnung {n1} + {n2}"],
        "fr": ["Fact. {n1} et {t2}", "Factures {n1} {n2}", "Règlement factures {n1}, {t2}"],
        "es": ["facturas {n1} y {t2}", "Pago facturas {n1}, {n2}", "factura nº {n1} y {t2}"],
        "nl": ["betaling factuur {t1} {t2}", "facturen {n1} en {n2}", "fact {t1}/{t2}"],
        "it": ["Fatture {n1} e {n2}", "Saldo fatt. {n1} - {t2}"],
        "en": ["Invoices {n1} & {n2}", "INV {n1}, {t2}"],
    }

    def multi_ref(invs):
        c = cust(invs[0])
        t = r.choice(MULTI[c["lang"]])
        pre0 = invs[0]["number"][: len(invs[0]["number"]) - len(invs[0]["_tail"])]
        for i in invs:
            pre = i["number"][: len(i["number"]) - len(i["_tail"])]
            i["_abbr"] = i["_tail"] if pre == pre0 else i["number"]
        if len(invs) == 2:
            return a_sepa(L, t.format(n1=invs[0]["number"], n2=invs[1]["number"], t1=invs[0]["_abbr"],
                                      t2=invs[1]["_abbr"]))
        # 3+: list form
        conj = {"de": "und", "fr": "et", "es": "y", "nl": "en", "it": "e", "en": "and"}[c["lang"]]
        word = {"de": "Rechnungen", "fr": "Factures", "es": "Facturas", "nl": "Facturen",
                "it": "Fatture", "en": "Invoices"}[c["lang"]]
        tails = [i["_abbr"] for i in invs[1:]]
        return a_sepa(L, "%s %s, %s %s %s" % (word, invs[0]["number"], ", ".join(tails[:-1]), conj, tails[-1])
                      if len(tails) > 1 else "%s %s %s %s" % (word, invs[0]["number"], conj, tails[0]))

    GENERIC = {"de": [None, "Zahlung", "Sammelüberweisung", "Zahlung offene Posten", "LASTSCHRIFT-/UEBERWEISUNG"],
               "fr": [None, "VIREMENT", "Règlement relevé", "Paiement fournisseur"],
               "es": [None, "pago proveedores", "TRANSFERENCIA", "pago"],
               "nl": [None, "betaling", "betaling openstaande posten", "OVERBOEKING"],
               "it": [None, "pagamento fornitori", "BONIFICO"],
               "en": [None, "PAYMENT", "BACS PAYMENT", "Supplier payment run"]}

    def generic_ref(c):
        return r.choice(GENERIC[c["lang"]])

    def reasonnum(invs):
        return ", ".join(i["number"] for i in invs)

    # ---------------- scenarios ----------------
    def s_ref_single(L, date, key, full=None, trapped=False):
        inv = L.pick(full=full)
        c = cust(inv)
        payer, cid = ident(c)
        amt = L.bal[inv["id"]]
        ref = single_ref(inv)
        rem = None
        tag = "ref_single" if inv["balance"] == inv["total"] else "ref_single_prepaid_balance"
        pay = L.emit(tag, date, amt, inv["currency"], payer, cid, ref, rem, "applied",
                     [(inv["id"], amt)], reason="reference %s and exact open balance" % inv["number"])
        if key:
            L.ctx[key] = (inv, pay)

    def s_ref_variant(L, date, key):
        inv = L.pick(pred=lambda i: i["_series"] != "NL")
        c = cust(inv)
        payer, cid = ident(c)
        amt = L.bal[inv["id"]]
        ref = single_ref(inv, num_variant(inv))
        L.emit("ref_format_variant", date, amt, inv["currency"], payer, cid, ref, None, "applied",
               [(inv["id"], amt)], reason="reference %s written differently, exact open balance" % inv["number"])

    def s_ref_multi(L, date, key):
        k = 2 if r.random() < 0.75 else 3
        grp = L.pick_group(k, consecutive=r.random() < 0.6)
        c = cust(grp[0])
        payer, cid = ident(c)
        amt = sum(L.bal[i["id"]] for i in grp)
        ref = multi_ref(grp)
        L.emit("ref_multi", date, amt, c["currency"], payer, cid, ref, None, "applied",
               [(i["id"], L.bal[i["id"]]) for i in grp],
               reason="references %s, amount equals the sum of their balances" % reasonnum(grp))

    nl_nums = [i for i in L.invoices if i["_series"] == "NL"]
    es_nums = [i for i in L.invoices if i["_series"] == "ES"]
    de_nums = [i for i in L.invoices if i["_series"] == "DE" and i["_year"] == 2026]

    def s_ref_trap(L, date, key):
        inv = L.pick(cust_pred=lambda c: c["currency"] == "EUR")
        c = cust(inv)
        payer, cid = ident(c)
        amt = L.bal[inv["id"]]
        lang = c["lang"]
        other = lambda pool: r.choice([i for i in pool if i["customer_id"] != c["id"]])
        n = inv["number"]
        variants = {
            "de": ["Bestellung 4500{nl} Rechnung {n}", "USt-IdNr. {vat} Rechnung {n}",
                   "Rechnung {n} Ihr Auftrag {de}", "Kd-Nr. {nlp} Rechnung {n} Bestellnr. 4500{rnd}"],
            "fr": ["Commande {es} Fact. {n}", "TVA {vat} facture {n}", "Fact. {n} BC {nlp}"],
            "es": ["Pedido {nlp} factura nº {n}", "CIF {vat} factura {n}", "factura {n} albarán {es}"],
            "nl": ["factuur {n} ordernr {nlp}", "BTW {vat} factuur {n}", "uw order {es} factuur {n}"],
            "it": ["Ordine {nlp} fattura {n}", "P.IVA {vat} fattura {n}", "fattura {n} DDT {de}"],
        }
        t = r.choice(variants[lang])
        ref = t.format(n=n, vat=c["vat"], nl=other(nl_nums)["number"], nlp=other(nl_nums)["number"],
                       es=other(es_nums)["number"], de=other(de_nums)["_tail"], rnd=r.randrange(100000, 999999))
        L.emit("ref_with_po_vat_trap", date, amt, inv["currency"], payer, cid, a_sepa(L, ref), None, "applied",
               [(inv["id"], amt)],
               reason="reference %s with exact balance; the other numbers are PO/VAT/customer/order numbers"
                      % inv["number"])

    SKONTO = {"de": ["Rechnung {n} abzgl. 2% Skonto {x} EUR", "{n} ./. 2 % Skonto", "Rg. {n} abzüglich 2% Skonto"],
              "fr": ["Fact. {n} escompte 2% déduit", "Facture {n} moins escompte 2 % ({x})"],
              "es": ["factura {n} dto. pronto pago 2%", "Pago factura {n} menos 2% descuento pronto pago"],
              "nl": ["factuur {n} minus 2% betalingskorting", "fact {n} -2% kredietbeperking"],
              "it": ["fattura {n} sconto 2% pagamento anticipato", "Saldo fatt. {n} al netto sconto 2%"],
              "en": ["Inv {n} less 2% prompt payment discount", "INV {n} 2PCT EARLY SETTLEMENT DISC TAKEN"]}

    def s_skonto(L, date, key):
        inv = L.pick(full=True, pred=lambda i: i["total"] > 300 and (i["_year"] == 2026 or i["_series"] == "NL"))
        c = cust(inv)
        # invoice was issued recently so the discount window (10 days) is plausible
        iss = date - dt.timedelta(days=r.randint(4, 9))
        inv["issue_date"] = iss.isoformat()
        inv["due_date"] = (iss + dt.timedelta(days=30)).isoformat()
        bal = L.bal[inv["id"]]
        disc = m(bal * Decimal("0.02"))
        amt = bal - disc
        x = de_amount(disc) if c["lang"] in ("de", "nl", "it", "es", "fr") else s(disc)
        ref = a_sepa(L, r.choice(SKONTO[c["lang"]]).format(n=inv["number"], x=x))
        payer, cid = ident(c)
        L.emit("skonto_short_pay", date, amt, inv["currency"], payer, cid, ref, None, "partial",
               [(inv["id"], amt)], short=(inv["id"], disc, "early payment discount 2% taken (stated in reference)"),
               reason="reference %s, paid balance less 2%% discount %s" % (inv["number"], s(disc)))

    def s_charges(L, date, key):
        inv = L.pick(cust_pred=lambda c: c["currency"] in ("GBP", "CHF"))
        c = cust(inv)
        bal = L.bal[inv["id"]]
        fee = m(r.choice(["10.00", "12.50", "15.00", "20.00", "25.00", "7.50"]))
        amt = bal - fee
        if c["currency"] == "GBP":
            ref = r.choice(["INV {n} LESS BANK CHARGES", "Invoice {n} net of our bank charges GBP {f}",
                            "{n} /CHGS {f} DEDUCTED"])
        else:
            ref = r.choice(["Rechnung {n} abzgl. Bankspesen {f}", "RG {n} SPESEN {f} CHF",
                            "Facture {n} frais bancaires déduits"])
        ref = ref.format(n=inv["number"], f=s(fee))
        payer, cid = ident(c)
        L.emit("bank_charges_short_pay", date, amt, c["currency"], payer, cid, a_sepa(L, ref), None, "partial",
               [(inv["id"], amt)], short=(inv["id"], fee, "bank charges deducted by payer (stated in reference)"),
               reason="reference %s, balance less %s bank charges" % (inv["number"], s(fee)))

    PART = {"de": ["Teilzahlung Rechnung {n}", "Abschlag 1 zu RE {n}", "1. Rate Rechnung {n}"],
            "fr": ["Acompte sur facture {n}", "Paiement partiel fact. {n}"],
            "es": ["pago parcial factura {n}", "pago a cuenta factura {n}"],
            "nl": ["deelbetaling factuur {n}", "termijn 1 factuur {n}"],
            "it": ["acconto fattura {n}", "pagamento parziale fatt. {n}"],
            "en": ["part payment invoice {n}", "INV {n} PAYMENT 1 OF 2"]}
    REST = {"de": ["Restzahlung Rechnung {n}", "Rest RE {n}"], "fr": ["Solde facture {n}"],
            "es": ["resto factura {n}", "liquidación factura {n}"], "nl": ["restbetaling factuur {n}"],
            "it": ["saldo fattura {n}"], "en": ["balance of invoice {n}", "INV {n} FINAL PAYMENT"]}

    def s_part(L, date, key):
        inv = L.pick(full=True, pred=lambda i: i["total"] > 800)
        c = cust(inv)
        bal = L.bal[inv["id"]]
        amt = m(bal * Decimal(r.choice([30, 40, 50, 50, 60])) / 100)
        if r.random() < 0.4:
            amt = m(round(amt, -2))
        ref = a_sepa(L, r.choice(PART[c["lang"]]).format(n=inv["number"]))
        payer, cid = ident(c)
        L.emit("part_payment", date, amt, c["currency"], payer, cid, ref, None, "partial", [(inv["id"], amt)],
               reason="reference %s says part payment; %s stays open" % (inv["number"], s(bal - amt)))
        if key:
            L.ctx[key] = inv

    def f_rest(L, date, key):
        inv = L.ctx[key]
        c = cust(inv)
        amt = L.bal[inv["id"]]
        ref = a_sepa(L, r.choice(REST[c["lang"]]).format(n=inv["number"]))
        payer, cid = ident(c)
        L.emit("rest_after_part_payment", date, amt, c["currency"], payer, cid, ref, None, "applied",
               [(inv["id"], amt)], reason="reference %s, pays what the earlier part payment left open" % inv["number"])

    def s_over(L, date, key):
        L.ctx["over_n"] = L.ctx.get("over_n", 0) + 1
        if L.ctx["over_n"] % 3 == 0:
            inv = L.pick(full=False)  # previously part-paid: customer pays the invoice total
            bal = L.bal[inv["id"]]
            amt = inv["total"]
            tag = "overpay_total_instead_of_balance"
        else:
            inv = L.pick(full=True)
            bal = L.bal[inv["id"]]
            amt = bal + m(r.choice(["100.00", "50.00", "1000.00", "0.90", "250.00"])) if r.random() < 0.5 \
                else m(bal * Decimal("1.19"))  # paid gross although net already incl. VAT
            tag = "overpay"
        c = cust(inv)
        extra = amt - bal
        if L.subsets(c["id"], c["currency"], extra, maxsize=3):
            raise Retry("excess equals other invoices")
        ref = single_ref(inv)
        payer, cid = ident(c)
        L.emit(tag, date, amt, c["currency"], payer, cid, ref, None, "unapplied", [(inv["id"], bal)],
               unapplied=extra, reason="reference %s; pays %s more than the open balance, remainder held on account"
                                       % (inv["number"], s(extra)))

    def f_double(L, date, key):
        inv, first = L.ctx[key]
        c = cust(inv)
        amt = m(first["amount"])
        if L.subsets(c["id"], c["currency"], amt, maxsize=4):
            # would be a coincidental fit elsewhere: make it a bit different amount-wise is not allowed;
            # keep as is but this should not happen given unique amounts
            raise AssertionError("double pay amount fits other invoices")
        payer, cid = ident(c, mode="id" if r.random() < 0.5 else "name")
        ref = first["reference"] if r.random() < 0.6 else single_ref(inv)
        L.emit("second_payment_already_paid", date, amt, c["currency"], payer, cid, ref, None, "unapplied",
               unapplied=amt, reason="invoice %s was already paid by %s; duplicate payment held on account"
                                     % (inv["number"], first["id"]))

    def s_lump(L, date, key):
        k = r.choice([2, 3, 3, 4, 5])
        grp = L.pick_group(k, cust_pred=lambda c: c["name"] not in
                           [L.customers[x]["name"] for x in schneider])
        c = cust(grp[0])
        amt = sum(L.bal[i["id"]] for i in grp)
        payer, cid = ident(c, need=True)
        subs = L.subsets(c["id"], c["currency"], amt)
        if len(subs) != 1:
            raise Retry("not unique")
        L.emit("lump_sum_no_reference", date, amt, c["currency"], payer, cid, generic_ref(c), None, "applied",
               [(i["id"], L.bal[i["id"]]) for i in grp],
               reason="no invoice reference; customer known, amount equals exactly one set of its open invoices: %s"
                      % reasonnum(grp))

    def s_lump_ambig(L, date, key):
        if not L.ctx["dup_same"]:
            raise Retry("none")
        a, b, c3 = L.ctx["dup_same"].pop()
        if any(L.bal[x] != L.inv[x]["total"] for x in (a, b, c3)):
            raise Retry("touched")
        c = cust(L.inv[a])
        amt = L.bal[a] + L.bal[c3]
        payer, cid = ident(c, need=True)
        subs = L.subsets(c["id"], c["currency"], amt)
        assert len(subs) >= 2
        L.emit("lump_sum_ambiguous", date, amt, c["currency"], payer, cid, generic_ref(c), None, "review",
               unapplied=amt, cands=subs,
               reason="no reference; amount fits %d invoice sets of the customer (two invoices share an amount)"
                      % len(subs))

    def s_amount_dup(L, date, key):
        if not L.ctx["dup_same"]:
            raise Retry("none")
        a, b, c3 = L.ctx["dup_same"].pop()
        c = cust(L.inv[a])
        amt = L.bal[a]
        payer, cid = ident(c, need=True)
        L.decide_known(c["id"], "amount_only_same_customer_duplicate_amount", date, amt, c["currency"], payer, cid,
                       generic_ref(c), None, "no reference")
        L.used.discard(c3)

    def s_amount_unique(L, date, key):
        inv = L.pick(cust_pred=lambda c: c["id"] not in schneider)
        c = cust(inv)
        amt = L.bal[inv["id"]]
        payer, cid = ident(c, need=True)
        if len(L.subsets(c["id"], c["currency"], amt)) != 1:
            raise Retry("not unique")
        L.decide_known(c["id"], "amount_only_unique_in_customer", date, amt, c["currency"], payer, cid,
                       generic_ref(c), None, "no reference")

    def s_cross_identified(L, date, key):
        if not L.ctx["cross_pairs"]:
            raise Retry("none")
        a, b = L.ctx["cross_pairs"].pop()
        inv = L.inv[a]
        c = cust(inv)
        amt = L.bal[a]
        assert amt == L.bal[b]
        payer, cid = ident(c, need=True)
        if len(L.subsets(c["id"], c["currency"], amt)) != 1:
            raise Retry("x")
        L.emit("same_amount_other_customer_payer_known", date, amt, c["currency"], payer, cid, generic_ref(c), None,
               "applied", [(a, amt)],
               reason="no reference; payer identifies the customer, whose only exact-amount invoice is %s "
                      "(another customer has an invoice of the same amount)" % inv["number"])
        L.used.discard(b)

    THIRD = ["STEUERBERATUNG KLEIN + PARTNER", "ONLINE-UEBERWEISUNG", "PAYPAL EUROPE S.A R.L. ET CIE S.C.",
             "TREUHAND SUED GMBH", "M. SCHULZE", "ADYEN N.V.", "NOTARIAT DR. HEIN", "COMPTA EXPERT SARL"]

    def s_cross_unknown(L, date, key):
        if not L.ctx["cross_pairs"]:
            raise Retry("none")
        a, b = L.ctx["cross_pairs"].pop()
        amt = L.bal[a]
        cands = L.global_candidates(amt, "EUR")
        assert len(cands) >= 2
        payer = r.choice(THIRD)
        L.emit("same_amount_two_customers_payer_unknown", date, amt, "EUR", payer, None,
               r.choice([None, "Zahlung", "Überweisung im Auftrag", "VIREMENT"]), None, "review", unapplied=amt,
               cands=cands, reason="payer unknown, no reference; amount matches invoices of %d customers"
                                   % len(set(L.inv[x[0]]["customer_id"] for x in cands)))

    def s_schneider(L, date, key):
        a, b = L.ctx["schneider"]
        amt = L.bal[a]
        if L.bal[b] != amt:
            raise Retry("x")
        cands = L.global_candidates(amt, "EUR")
        L.emit("ambiguous_payer_name_same_amount", date, amt, "EUR", "SCHNEIDER ELEKTRO", None,
               r.choice([None, "Zahlung"]), None, "review", unapplied=amt, cands=cands,
               reason="payer name fits two customers (Schneider Elektro GmbH / GmbH & Co. KG), both have an "
                      "open invoice of this amount")

    def typo(inv):
        t = inv["_tail"]
        n = inv["number"]
        ser = inv["_series"]
        opts = []
        for j in range(len(t) - 1):
            if t[j] != t[j + 1]:
                tt = t[:j] + t[j + 1] + t[j] + t[j + 2:]
                opts.append(n[: len(n) - len(t)] + tt)
        if ser in ("DE",):
            opts.append(n.replace(str(inv["_year"]), str(inv["_year"] - 1)))
            opts.append(n[:-4] + n[-4:].replace("0", "O", 1))
        if ser in ("FR", "ES", "NL"):
            opts.append(n[: len(n) - len(t)] + t + t[-1])  # doubled last digit
        existing = set(norm_num(i["number"]) for i in L.invoices)
        tails = set(i["_tail"] for i in L.invoices if i["_series"] == ser)
        good = []
        for o in opts:
            if norm_num(o) in existing:
                continue
            m_ = re.findall(r"\d+$", o)
            if m_ and m_[0] in tails and ser != "DE":
                continue
            good.append(o)
        if not good:
            raise Retry("no typo")
        return r.choice(good)

    def s_typo_exact(L, date, key):
        inv = L.pick(cust_pred=lambda c: c["id"] not in schneider)
        c = cust(inv)
        amt = L.bal[inv["id"]]
        if len(L.subsets(c["id"], c["currency"], amt)) != 1:
            raise Retry("x")
        bad = typo(inv)
        payer, cid = ident(c, need=True)
        L.emit("typo_in_invoice_number", date, amt, c["currency"], payer, cid, single_ref(inv, bad), None,
               "applied", [(inv["id"], amt)],
               reason="reference %s does not exist; customer known and amount equals the balance of %s "
                      "(one-character slip)" % (bad, inv["number"]))

    def s_typo_mismatch(L, date, key):
        inv = L.pick(cust_pred=lambda c: c["id"] not in schneider, pred=lambda i: i["total"] > 500)
        c = cust(inv)
        bal = L.bal[inv["id"]]
        amt = m(bal - Decimal(r.randint(40, 300)) - Decimal(r.randint(0, 99)) / 100)
        if L.subsets(c["id"], c["currency"], amt):
            raise Retry("x")
        bad = typo(inv)
        payer, cid = ident(c, need=True)
        L.emit("typo_and_amount_mismatch", date, amt, c["currency"], payer, cid, single_ref(inv, bad), None,
               "review", unapplied=amt, cands=[[inv["id"]]],
               reason="reference %s does not exist (near %s) and amount %s differs from its balance %s without "
                      "explanation" % (bad, inv["number"], s(amt), s(bal)))

    def s_curr_mismatch(L, date, key):
        which = r.random()
        if which < 0.6:
            inv = L.pick(cust_pred=lambda c: c["currency"] in ("GBP", "CHF"))
            pcur = "EUR"
            rate = Decimal("1.17") if inv["currency"] == "GBP" else Decimal("1.04")
        else:
            inv = L.pick(cust_pred=lambda c: c["currency"] == "EUR" and c["country"] in ("DE", "AT"))
            pcur = r.choice(["CHF", "GBP"])
            rate = Decimal("0.96") if pcur == "CHF" else Decimal("0.85")
        c = cust(inv)
        if any(i["currency"] == pcur for i in L.invoices if i["customer_id"] == c["id"]):
            raise Retry("x")
        amt = m(L.bal[inv["id"]] * rate)
        L.used.discard(inv["id"])
        payer, cid = ident(c, mode="id")
        L.emit("currency_not_invoiced_to_customer", date, amt, pcur, payer, cid, single_ref(inv), None,
               "unapplied", unapplied=amt,
               reason="known customer pays in %s but has no %s invoices (%s is in %s); held unapplied, "
                      "cannot apply across currencies" % (pcur, pcur, inv["number"], inv["currency"]))

    NOCLUE_PAYERS = ["ONLINE-UEBERWEISUNG", "M. SCHULZE", "KARL-HEINZ WEBER", "SUMUP PAYMENTS LIMITED",
                     "BANKHAUS SCHILLING + CO", "ADYEN N.V.", "GUTSCHRIFT", "P. ALONSO"]

    def s_noclue(L, date, key):
        cur = "EUR"
        for _ in range(50):
            amt = m(Decimal(r.randint(50, 9000)) + Decimal(r.randint(0, 99)) / 100)
            if not L.global_candidates(amt, cur, maxsize=4):
                break
        L.emit("no_clue", date, amt, cur, r.choice(NOCLUE_PAYERS), None,
               r.choice([None, "Zahlung", "Gutschrift", "pago", "VIREMENT", "Ref. 88231"]), None, "review",
               unapplied=amt, cands=[], reason="payer unknown, no usable reference, amount fits no open invoice")

    NOFIT_REF = {"de": ["Anzahlung Auftrag {o}", "Vorauskasse AB {o}", None, "Zahlung"],
                 "fr": ["Acompte commande {o}", None], "es": ["anticipo pedido {o}", None],
                 "nl": ["vooruitbetaling order {o}", None], "it": ["anticipo ordine {o}", None],
                 "en": ["Deposit order {o}", None]}

    def s_known_nofit(L, date, key):
        c = L.customers[r.choice([x for x in cids if x not in schneider])]
        for _ in range(50):
            amt = m(Decimal(r.randint(200, 6000)) + Decimal(r.choice([0, 0, 50, r.randint(1, 99)])) / 100)
            if not L.subsets(c["id"], c["currency"], amt):
                break
        else:
            raise Retry("x")
        t = r.choice(NOFIT_REF[c["lang"]])
        ref = t.format(o="AB%d" % r.randrange(20000, 29999)) if t else None
        payer, cid = ident(c, mode="id")
        L.emit("known_customer_fits_nothing", date, amt, c["currency"], payer, cid, ref, None, "unapplied",
               unapplied=amt, reason="known customer (customer_id), amount fits no open invoice; held on account")

    def s_ref_conflict(L, date, key):
        grp = L.pick_group(2, cust_pred=lambda c: c["id"] not in schneider)
        x, y = grp if r.random() < 0.5 else grp[::-1]
        c = cust(x)
        amt = L.bal[y["id"]]
        if L.bal[x["id"]] == amt or len(L.subsets(c["id"], c["currency"], amt)) != 1:
            raise Retry("x")
        payer, cid = ident(c)
        L.emit("reference_contradicts_amount", date, amt, c["currency"], payer, cid, single_ref(x), None,
               "review", unapplied=amt, cands=[[x["id"]], [y["id"]]],
               reason="reference names %s (balance %s) but amount equals balance of %s"
                      % (x["number"], s(L.bal[x["id"]]), y["number"]))
        L.used.discard(x["id"]); L.used.discard(y["id"])

    def s_err_currency(L, date, key):
        inv = L.pick()
        c = cust(inv)
        payer, cid = ident(c)
        L.used.discard(inv["id"])
        L.emit("bad_input_unknown_currency", date, L.bal[inv["id"]], "EU", payer, cid, single_ref(inv), None,
               "error", reason="unknown currency code 'EU'")

    def s_err_negative(L, date, key):
        inv = L.pick()
        c = cust(inv)
        L.used.discard(inv["id"])
        payer, cid = ident(c)
        pay = L.emit("bad_input_negative_amount", date, Decimal("1"), c["currency"], payer, cid,
                     "RUECKUEBERWEISUNG " + inv["number"], None, "error", reason="negative amount")
        pay["amount"] = "-" + s(L.bal[inv["id"]])

    def s_dup_pair(L, date, key):
        # a normal payment followed by the same bank record again (same id)
        s_ref_single(L, date, None)
        first = L.payments[-1]
        dup = dict(first)
        L.payments.append(dup)
        L.expected.append({"payment_id": dup["id"], "status": "error", "applications": [], "unapplied": "0.00",
                           "short_pay": None, "candidates": [],
                           "reason": "duplicate payment id (bank record delivered twice); not applied again"})
        L.tags.append({"payment_id": dup["id"], "tag": "bad_input_duplicate_payment_id", "status": "error"})

    handlers = {
        "ref_single": s_ref_single, "ref_variant": s_ref_variant, "ref_multi": s_ref_multi,
        "ref_trap": s_ref_trap, "skonto": s_skonto, "charges": s_charges, "part": s_part,
        "part_r": s_part, "f_rest": f_rest, "over": s_over, "pay_once": s_ref_single, "f_double": f_double,
        "lump": s_lump, "lump_ambig": s_lump_ambig, "amount_dup": s_amount_dup,
        "amount_unique": s_amount_unique, "cross_identified": s_cross_identified,
        "cross_unknown": s_cross_unknown, "schneider": s_schneider, "typo_exact": s_typo_exact,
        "typo_mismatch": s_typo_mismatch, "curr_mismatch": s_curr_mismatch, "noclue": s_noclue,
        "known_nofit": s_known_nofit, "ref_conflict": s_ref_conflict, "err_currency": s_err_currency,
        "err_negative": s_err_negative, "dup_pair": s_dup_pair,
    }
    counts = {"ref_single": 52, "ref_variant": 12, "ref_multi": 20, "ref_trap": 12, "skonto": 12, "charges": 7,
              "part": 5, "over": 10, "lump": 11, "lump_ambig": 3, "amount_dup": 4, "amount_unique": 15,
              "cross_identified": 4, "cross_unknown": 3, "schneider": 1, "typo_exact": 7, "typo_mismatch": 2,
              "curr_mismatch": 3, "noclue": 7, "known_nofit": 6, "ref_conflict": 3, "err_currency": 1,
              "err_negative": 1, "dup_pair": 1}
    pairs = [("part_r", "f_rest", 4), ("pay_once", "f_double", 4)]
    seq = build_sequence(r, counts, pairs)
    n_pay = len(seq) + counts["dup_pair"]
    days = weekdays(dt.date(2026, 3, 2), dt.date(2026, 4, 30))
    dates = sorted(r.choice(days) for _ in range(len(seq)))
    run_sequence(L, seq, dates, handlers, "ref_single")
    assert len(L.payments) == n_pay
    return L


# ==========================================================================
# Ledger B: US professional services
# ==========================================================================
B_FIRST = ["Acme", "Bluewater", "Northwind", "Pinnacle", "Summit", "Redwood", "Harborview", "Ironclad",
           "Lakeshore", "Silverline", "Granite", "Cobalt", "Evergreen", "Falcon", "Keystone", "Liberty",
           "Magnolia", "Patriot", "Quarry", "Riverbend", "Sequoia", "Trident", "Union Square", "Vantage",
           "Westfield", "Yellowstone", "Zenith", "Apex", "Beacon", "Cardinal", "Delta", "Eagle Rock",
           "Frontier", "Gateway", "Heartland", "Insight", "Juniper", "Kingsley", "Lighthouse", "Mesa",
           "Oakmont", "Paragon", "Quantum", "Ridgeline", "Stonebridge", "Tallgrass", "Uptown", "Vista",
           "Willow Creek", "Bayside", "Cascade", "Driftwood", "Emerald", "Foxhollow", "Goldleaf", "Hawthorne",
           "Ironwood", "Jasper", "Kestrel", "Landmark", "Monarch", "Newport", "Orchard", "Pioneer", "Regal",
           "Sterling", "Timberline", "Valor", "Windward", "Brightwater", "Coastal", "Dominion", "Everest"]
B_SECOND = ["Logistics", "Capital Partners", "Health Systems", "Manufacturing", "Foods", "Realty Group",
            "Software", "Energy", "Retail Holdings", "Construction", "Media", "Biotech", "Hospitality Group",
            "Engineering", "Financial", "Pharmaceuticals", "Transport", "Analytics", "Apparel", "Insurance Agency",
            "Medical Group", "Aerospace", "Data Centers", "Brewing Co", "Senior Living", "Title & Escrow"]
B_LEGAL = ["LLC", "Inc.", "Corp.", "LP", "LLC", "Inc.", "Co."]
B_CAD = ["Maple Ridge Consulting Ltd.", "Laurentian Mining Corp.", "Okanagan Orchards Inc.", "Bluenose Marine Ltd.",
         "Prairie Grain Co-operative Ltd.", "Fraser Valley Dental Corp.", "Muskoka Resorts Inc.",
         "Gatineau Logiciels Ltée"]
B_SPECIAL = [
    ("Johnson Family Dental PLLC", "dba", "BRIGHT SMILES DENTAL"),
    ("Harbor Point Hospitality LLC", "dba", "THE ANCHOR GRILL"),
    ("R&K Ventures Inc.", "dba", "QUICKFIX AUTO GLASS"),
    ("Initech Software LLC", "sub", "Meridian Group Holdings Inc."),
    ("Vandelay Industries Inc.", "sub", "Meridian Group Holdings Inc."),
    ("Meridian Health Partners LLC", "sub", "Meridian Group Holdings Inc."),
    ("Crescent Capital Management LP", "parent", None),
    ("Crescent Fund II LP", "sub", "Crescent Capital Management LP"),
    ("Oakline Property Services LLC", "sub", "Crescent Capital Management LP"),
]
PERSONS = ["JENNIFER M LOPEZ", "DAVID K CHEN", "MICHAEL OBRIEN", "SARAH WILLIAMS", "ROBERT J KOWALSKI",
           "EMILY NGUYEN", "JAMES PATEL", "LINDA GARCIA"]


def build_b():
    L = Ledger("us_services", 20260522)
    r = L.rng
    names = []
    used_first = set()
    while len(names) < 90 - len(B_CAD) - len(B_SPECIAL):
        f = r.choice(B_FIRST)
        if f in used_first:
            continue
        used_first.add(f)
        names.append(("%s %s %s" % (f, r.choice(B_SECOND), r.choice(B_LEGAL))).replace(" Co Co.", " Co Inc."))
    allc = [(n, "USD", None, None) for n in names] + [(n, "CAD", None, None) for n in B_CAD] + \
           [(n, "USD", k, x) for n, k, x in B_SPECIAL]
    r.shuffle(allc)
    for n, (name, cur, kind, extra) in enumerate(allc):
        cid = "CUST-%04d" % (2001 + n * 7)
        L.customers[cid] = {"id": cid, "name": name, "currency": cur, "kind": kind, "extra": extra,
                            "lang": "us", "series": "CAN" if cur == "CAD" else "INV"}
    cids = sorted(L.customers)
    byname = {c["name"]: c for c in L.customers.values()}
    retainer_cids = r.sample([c for c in cids if L.customers[c]["currency"] == "USD" and
                              L.customers[c]["kind"] is None], 6)
    ret_amounts = [Decimal("5000.00"), Decimal("5000.00"), Decimal("7500.00"), Decimal("12000.00"),
                   Decimal("2750.00"), Decimal("3600.00")]
    L.ctx["retainer"] = dict(zip(retainer_cids, ret_amounts))
    # invoices: month-end billing runs + ad hoc
    per = {cid: r.randint(3, 10) for cid in cids}
    for cid in retainer_cids:
        per[cid] = max(per[cid], 6)
    tot = sum(per.values())
    while tot < 600:
        c = r.choice(cids); per[c] += 1; tot += 1
    month_ends = [dt.date(2025, 10, 31), dt.date(2025, 11, 28), dt.date(2025, 12, 31), dt.date(2026, 1, 30),
                  dt.date(2026, 2, 27)]
    adhoc = weekdays(dt.date(2025, 10, 6), dt.date(2026, 2, 27))
    events = []
    for cid in cids:
        left = per[cid]
        if cid in retainer_cids:
            for d in month_ends[2:]:
                events.append((d, cid, 1, "retainer"))
                left -= 1
        while left > 0:
            k = min(left, r.choice([1, 1, 1, 2, 2, 3, 4]))
            d = r.choice(month_ends) if r.random() < 0.6 else r.choice(adhoc)
            events.append((d, cid, k, None))
            left -= k
    events.sort(key=lambda e: (e[0], e[1], e[3] or ""))
    counters = {"INV-old": 5500, "INV-new": 10000, "CAN": 400}
    for d, cid, k, kind in events:
        c = L.customers[cid]
        if c["currency"] == "CAD":
            key = "CAN"
        else:
            key = "INV-old" if d.year == 2025 else "INV-new"
        counters[key] += 1 if r.random() < 0.75 else r.randint(2, 3)
        for j in range(k):
            seq = counters[key]
            counters[key] += 1
            if key == "CAN":
                number, ser = "CAN-%04d" % seq, "CAN"
            else:
                number, ser = "INV-%d" % seq, "INV"
            if kind == "retainer":
                amt = L.ctx["retainer"][cid]
            else:
                amt = L.new_amount(250, 48000, round_to=r.choice([None, None, None, 1, 5, 25]))
            bal = amt
            if kind is None and r.random() < 0.06:
                bal = m(amt * Decimal(r.randint(20, 70)) / 100)
                if bal in L.amounts:
                    bal = amt
                else:
                    L.amounts.add(bal)
            terms = 45 if r.random() < 0.3 else 30
            L.add_invoice(c, number, c["currency"], amt, bal, d.isoformat(),
                          (d + dt.timedelta(days=terms)).isoformat(), _series=ser, _seq=seq, _year=d.year,
                          _tail=str(seq), _retainer=(kind == "retainer"))
        counters[key] -= 1
    for i in L.invoices:
        if i["_retainer"]:
            L.used.add(i["id"])
    # plant: same amount across customers (non-retainer)
    L.ctx["cross_pairs"] = []
    usd = [i for i in L.invoices if i["currency"] == "USD" and i["balance"] == i["total"] and not i["_retainer"]]
    for _ in range(4):
        while True:
            a, b = r.sample(usd, 2)
            if a["customer_id"] != b["customer_id"] and a["id"] not in L.used and b["id"] not in L.used:
                break
        b["total"] = b["balance"] = a["total"]; L.bal[b["id"]] = a["total"]
        L.used.update([a["id"], b["id"]])
        L.ctx["cross_pairs"].append((a["id"], b["id"]))

    special = {c["name"]: c for c in L.customers.values() if c["kind"]}
    dba = [c for c in L.customers.values() if c["kind"] == "dba"]
    meridian_subs = [c for c in L.customers.values() if c["extra"] == "Meridian Group Holdings Inc."]
    crescent = byname["Crescent Capital Management LP"]
    crescent_subs = [c for c in L.customers.values() if c["extra"] == "Crescent Capital Management LP"]
    group_ids = set(c["id"] for c in meridian_subs + crescent_subs + [crescent])

    def cust(inv):
        return L.customers[inv["customer_id"]]

    def digits(n):
        return "".join(str(r.randrange(10)) for _ in range(n))

    inv_numbers = [i for i in L.invoices if i["_series"] == "INV"]

    def method_for(c, allow_card=True):
        x = r.random()
        if x < 0.45:
            return "ach"
        if x < 0.72:
            return "check"
        if x < 0.92 or not allow_card:
            return "wire"
        return "card"

    def payer_for(c, method):
        name = c["kind"] == "dba" and r.random() < 0.0 and c["extra"] or c["name"]
        if method == "ach":
            return re.sub(r"[^A-Z0-9 &]", "", name.upper())[:16].rstrip()
        if method == "check":
            return name
        if method == "wire":
            return name.upper()[:35]
        return r.choice(PERSONS)

    def ident(c, method, need=False, mode=None):
        payer = payer_for(c, method)
        if mode is None:
            mode = "id" if (r.random() < 0.5 or method == "card") else "name"
        if mode == "name" and (need or method == "card") and not L.name_identifies(payer, c["id"]):
            mode = "id"
        return payer, (c["id"] if mode == "id" else None)

    def wrap(method, body, trap=False):
        """reference text by payment rail; body may be None"""
        b = (" " + body) if body else ""
        if method == "ach":
            trace = digits(15)
            if trap:
                o = r.choice(inv_numbers)["_tail"]
                trace = "0210000" + digits(3) + o if len(o) == 5 else trace
            return r.choice(["ACH CREDIT CCD TRACE#%s%s" % (trace, b), "ACH CCD PMT %s%s" % (trace, b),
                             "ORIG CO NAME PAYMENTS TRACE %s%s" % (trace, b)])
        if method == "check":
            chk = r.choice(inv_numbers)["_tail"] if trap else str(r.randrange(1000, 99999)).zfill(6)
            return r.choice(["CHECK #%s%s" % (chk, b), "LOCKBOX CHK NO %s%s" % (chk, b),
                             "CHK %s MEMO:%s" % (chk, b)])
        if method == "wire":
            fed = "20260%s%s" % (digits(3), "MMQFMP" + digits(4))
            return "WIRE IN FED REF %s OBI:%s" % (fed, b or " PAYMENT")
        auth = r.choice(inv_numbers)["_tail"][-6:] if trap else digits(6)
        return "CARD PMT VISA X%s AUTH %s%s" % (digits(4), auth, b)

    def n_variants(inv):
        t = inv["_tail"]
        if inv["_series"] == "CAN":
            return r.choice([inv["number"], "CAN %s" % t, "invoice CAN-%s" % t])
        return r.choice([inv["number"], "INV %s" % t, "INV%s" % t, "Inv #%s" % t, "INVOICE %s" % t, "invoice# %s" % t,
                         "INV-%s" % t])

    def rmr(invs_amts):
        return "".join("RMR*IV*%s*%s\\" % (i["number"].replace("-", ""), s(a)) for i, a in invs_amts)

    def remit_table(invs_amts, payer, deductions=None):
        lines = ["REMITTANCE ADVICE - %s" % payer, "Invoice        Inv Date      Amount Paid"]
        for i, a in invs_amts:
            lines.append("%-14s %-12s %12s" % (i["number"], ddate(dt.date.fromisoformat(i["issue_date"]), "us"),
                                               us_amount(a)))
            if deductions and i["id"] in deductions:
                lines[-1] += "   (%s)" % deductions[i["id"]]
        lines.append("%-27s %12s" % ("TOTAL", us_amount(sum(a for _, a in invs_amts))))
        return "\n".join(lines)

    def rn(invs):
        return ", ".join(i["number"] for i in invs)

    # ---------------- scenarios ----------------
    def s_ref_single(L, date, key, trap=False):
        inv = L.pick(cust_pred=lambda c: c["id"] not in group_ids)
        c = cust(inv)
        method = method_for(c)
        payer, cid = ident(c, method)
        amt = L.bal[inv["id"]]
        style = r.random()
        rem = None
        if method == "ach" and style < 0.4:
            ref = wrap(method, rmr([(inv, amt)]), trap)
        elif method == "check" and style < 0.5:
            ref = wrap(method, None, trap)
            rem = remit_table([(inv, amt)], c["name"])
        else:
            ref = wrap(method, n_variants(inv), trap)
        tag = ("ref_single_trap_number" if trap else "ref_single") + \
              ("" if inv["balance"] == inv["total"] else "_prepaid_balance")
        pay = L.emit(tag, date, amt, inv["currency"], payer, cid, ref, rem, "applied", [(inv["id"], amt)],
                     reason="%s: invoice %s named, exact open balance" % (method, inv["number"]) +
                            ("; check/trace/auth number resembles another invoice number" if trap else ""))
        if key:
            L.ctx[key] = (inv, pay)

    def s_ref_trap(L, date, key):
        s_ref_single(L, date, key, trap=True)

    def s_check_trap_amount(L, date, key):
        # check number equals another customer's invoice number; no memo; customer known; exact amount
        inv = L.pick(cust_pred=lambda c: c["id"] not in group_ids and c["currency"] == "USD")
        c = cust(inv)
        amt = L.bal[inv["id"]]
        if len(L.subsets(c["id"], c["currency"], amt)) != 1:
            raise Retry("x")
        other = r.choice([i for i in L.open_invs(cur="USD") if i["customer_id"] != c["id"] and
                          i["_series"] == "INV" and len(i["_tail"]) == 5])
        ref = "CHECK #%s" % other["_tail"]
        L.decide_known(c["id"], "check_number_looks_like_invoice", date, amt, "USD", c["name"], c["id"], ref, None,
                       "check number %s is not an invoice reference (it belongs to another customer's invoice)"
                       % other["_tail"])

    def s_multi(L, date, key):
        k = r.choice([2, 3, 3])
        grp = L.pick_group(k, cust_pred=lambda c: c["id"] not in group_ids and c["currency"] == "USD",
                           pred=lambda i: i["_series"] == "INV")
        c = cust(grp[0])
        method = method_for(c, allow_card=False)
        payer, cid = ident(c, method)
        amt = sum(L.bal[i["id"]] for i in grp)
        tails = [i["_tail"] for i in grp]
        if k == 2:
            body = r.choice(["INV-%s, %s" % tuple(tails), "Invoices %s/%s" % tuple(tails),
                             "INV %s & %s" % tuple(tails)])
        else:
            body = r.choice(["INV-%s, %s & %s" % tuple(tails), "INV %s %s %s" % tuple(tails),
                             "Invoices #%s, #%s and #%s" % tuple(tails)])
        L.emit("ref_multi_list", date, amt, c["currency"], payer, cid, wrap(method, body), None, "applied",
               [(i["id"], L.bal[i["id"]]) for i in grp],
               reason="invoices %s listed, amount equals their balances" % rn(grp))

    def s_range(L, date, key):
        k = r.choice([3, 4, 4])
        grp = L.pick_group(k, consecutive=True, cust_pred=lambda c: c["id"] not in group_ids and
                           c["currency"] == "USD", pred=lambda i: i["_series"] == "INV")
        c = cust(grp[0])
        method = method_for(c, allow_card=False)
        payer, cid = ident(c, method)
        amt = sum(L.bal[i["id"]] for i in grp)
        a, b = grp[0]["_tail"], grp[-1]["_tail"]
        body = r.choice(["INV %s-%s" % (a, b), "INV-%s THRU %s" % (a, b), "Invoices %s to %s" % (a, b),
                         "INV %s-%s" % (a, b[-2:])])
        L.emit("ref_range", date, amt, c["currency"], payer, cid, wrap(method, body), None, "applied",
               [(i["id"], L.bal[i["id"]]) for i in grp],
               reason="range %s covers %s; amount equals their balances" % (body, rn(grp)))

    def s_range_gap(L, date, key):
        # range where one number inside is not an open invoice (paid earlier / not in file)
        cands = []
        by = {}
        for i in L.open_invs(untouched=True, cur="USD", pred=lambda i: i["_series"] == "INV"):
            if cust(i)["id"] in group_ids:
                continue
            by.setdefault(i["customer_id"], []).append(i)
        allnums = set(i["_seq"] for i in L.invoices if i["_series"] == "INV")
        for cid_, invs in sorted(by.items()):
            invs.sort(key=lambda i: i["_seq"])
            for j in range(len(invs) - 1):
                a, b = invs[j], invs[j + 1]
                gap = [q for q in range(a["_seq"] + 1, b["_seq"])]
                if len(gap) == 1 and gap[0] not in allnums:
                    cands.append([a, b])
        if not cands:
            raise Retry("x")
        grp = r.choice(cands)
        for i in grp:
            L.used.add(i["id"])
        c = cust(grp[0])
        payer, cid = ident(c, "check")
        amt = sum(L.bal[i["id"]] for i in grp)
        body = "INV %s-%s" % (grp[0]["_tail"], grp[1]["_tail"])
        L.emit("ref_range_with_missing_number", date, amt, "USD", payer, cid, wrap("check", body), None, "applied",
               [(i["id"], L.bal[i["id"]]) for i in grp],
               reason="range %s; the middle number is not an open invoice; amount equals the two open ones" % body)

    def s_remit_lines(L, date, key):
        k = r.choice([2, 3, 4, 5])
        grp = L.pick_group(k, cust_pred=lambda c: c["id"] not in group_ids)
        c = cust(grp[0])
        method = r.choice(["ach", "check", "wire"])
        payer, cid = ident(c, method)
        ia = [(i, L.bal[i["id"]]) for i in grp]
        amt = sum(a for _, a in ia)
        if method == "ach" and r.random() < 0.6:
            ref, rem = wrap("ach", rmr(ia)), None
        else:
            ref, rem = wrap(method, None), remit_table(ia, c["name"])
        L.emit("remittance_lines", date, amt, c["currency"], payer, cid, ref, rem, "applied",
               [(i["id"], a) for i, a in ia], reason="remittance lists %s with amounts equal to balances" % rn(grp))

    def s_remit_short(L, date, key):
        grp = L.pick_group(r.choice([2, 3]), cust_pred=lambda c: c["id"] not in group_ids and c["currency"] == "USD")
        c = cust(grp[0])
        short_inv = r.choice([i for i in grp if L.bal[i["id"]] > 1000] or grp)
        ded = m(min(L.bal[short_inv["id"]] * Decimal("0.3"), Decimal(r.choice([450, 1200, 375.5, 980, 2150]))))
        why = r.choice(["travel expenses not approved", "hours billed above PO cap", "duplicate line item disputed",
                        "late delivery penalty per SOW 4.2"])
        ia = [(i, L.bal[i["id"]] - (ded if i is short_inv else 0)) for i in grp]
        amt = sum(a for _, a in ia)
        payer, cid = ident(c, "check")
        rem = remit_table(ia, c["name"], {short_inv["id"]: "deducted %s: %s" % (us_amount(ded), why)})
        L.emit("remittance_short_pay_deduction", date, amt, "USD", payer, cid, wrap("check", None), rem, "partial",
               [(i["id"], a) for i, a in ia], short=(short_inv["id"], ded, "customer deduction: " + why),
               reason="remittance pays %s, deducts %s on %s (%s)" % (rn(grp), s(ded), short_inv["number"], why))

    def s_remit_partial(L, date, key):
        grp = L.pick_group(2, cust_pred=lambda c: c["id"] not in group_ids and c["currency"] == "USD")
        c = cust(grp[0])
        a, b = grp
        pb = m(L.bal[b["id"]] * Decimal(r.choice([25, 40, 50])) / 100)
        ia = [(a, L.bal[a["id"]]), (b, pb)]
        amt = sum(x for _, x in ia)
        payer, cid = ident(c, "wire")
        rem = remit_table(ia, c["name"], {b["id"]: "partial payment, balance to follow"})
        L.emit("remittance_partial", date, amt, "USD", payer, cid, wrap("wire", "SEE REMITTANCE"), rem, "partial",
               [(i["id"], x) for i, x in ia],
               reason="remittance pays %s in full and part of %s (balance to follow)" % (a["number"], b["number"]))

    def s_parent(L, date, key):
        if r.random() < 0.5:
            subs, parent_name, parent_cid = meridian_subs, "Meridian Group Holdings Inc.", None
        else:
            subs, parent_name, parent_cid = crescent_subs + [crescent], crescent["name"], crescent["id"]
        pool = [i for s_ in subs for i in L.open_invs(s_["id"], untouched=True)]
        if len(set(i["customer_id"] for i in pool)) < 2:
            raise Retry("x")
        r.shuffle(pool)
        grp, seen = [], set()
        for i in pool:
            if i["customer_id"] not in seen or len(grp) < 3:
                grp.append(i); seen.add(i["customer_id"])
            if len(grp) >= 3 and len(seen) >= 2:
                break
        if len(seen) < 2:
            raise Retry("x")
        for i in grp:
            L.used.add(i["id"])
        ia = [(i, L.bal[i["id"]]) for i in grp]
        amt = sum(a for _, a in ia)
        method = r.choice(["ach", "wire"])
        payer = parent_name.upper()[:16 if method == "ach" else 35].rstrip()
        if method == "ach":
            ref, rem = wrap("ach", rmr(ia)), None
        else:
            ref, rem = wrap("wire", "REMIT SENT SEPARATELY"), remit_table(ia, parent_name)
        L.emit("parent_pays_for_subsidiaries", date, amt, "USD", payer, parent_cid, ref, rem, "applied",
               [(i["id"], a) for i, a in ia],
               reason="parent %s pays subsidiaries' invoices %s listed in the remittance" % (parent_name, rn(grp)))

    def s_parent_noref(L, date, key):
        pool = [i for s_ in meridian_subs for i in L.open_invs(s_["id"], untouched=True)]
        byc = {}
        for i in pool:
            byc.setdefault(i["customer_id"], []).append(i)
        if len(byc) < 2:
            raise Retry("x")
        ks = sorted(byc)[:2]
        grp = [byc[ks[0]][0], byc[ks[1]][0]]
        amt = sum(L.bal[i["id"]] for i in grp)
        L.emit("parent_pays_no_reference", date, amt, "USD", "MERIDIAN GROUP HOLDINGS INC", None,
               wrap("wire", None), None, "review", unapplied=amt, cands=[[i["id"] for i in grp]],
               reason="payer is not an invoiced customer and gives no reference; amount equals invoices of two "
                      "subsidiaries (%s) - hierarchy not in the data, confirm first" % rn(grp))

    def s_dba_ref(L, date, key):
        c = r.choice(dba)
        inv = L.pick(pred=lambda i: i["customer_id"] == c["id"])
        amt = L.bal[inv["id"]]
        method = r.choice(["ach", "check", "card"])
        payer = c["extra"] if method != "ach" else c["extra"][:16].rstrip()
        L.emit("dba_payer_with_reference", date, amt, "USD", payer, None, wrap(method, n_variants(inv)), None,
               "applied", [(inv["id"], amt)],
               reason="payer is a DBA name of %s; invoice %s named with exact balance" % (c["name"], inv["number"]))

    def s_dba_id(L, date, key):
        c = r.choice(dba)
        inv = L.pick(pred=lambda i: i["customer_id"] == c["id"])
        amt = L.bal[inv["id"]]
        L.decide_known(c["id"], "dba_payer_customer_id_amount_only", date, amt, "USD", c["extra"], c["id"],
                       wrap("check", None), None, "DBA payer, lockbox gives customer_id, no invoice reference")

    def s_dba_unknown(L, date, key):
        c = r.choice(dba)
        inv = L.pick(pred=lambda i: i["customer_id"] == c["id"])
        amt = L.bal[inv["id"]]
        cands = L.global_candidates(amt, "USD")
        L.used.discard(inv["id"])
        L.emit("dba_payer_unknown_amount_only", date, amt, "USD", c["extra"], None, wrap("ach", None), None,
               "review", unapplied=amt, cands=cands,
               reason="payer name matches no customer (it is a DBA not in the data), no reference; amount matches "
                      "%s only, but identity is unconfirmed" % ", ".join(L.inv[x[0]]["number"] for x in cands))

    def s_amount_unique(L, date, key):
        inv = L.pick(cust_pred=lambda c: c["id"] not in group_ids and c["kind"] is None)
        c = cust(inv)
        amt = L.bal[inv["id"]]
        method = method_for(c, allow_card=False)
        payer, cid = ident(c, method, need=True)
        if len(L.subsets(c["id"], c["currency"], amt)) != 1:
            raise Retry("x")
        L.decide_known(c["id"], "amount_only_unique_in_customer", date, amt, c["currency"], payer, cid,
                       wrap(method, None), None, "no invoice reference")

    def retainer_pick():
        opts = [cid for cid, a in L.ctx["retainer"].items()
                if len([i for i in L.open_invs(cid) if i["_retainer"]]) >= 2]
        if not opts:
            raise Retry("x")
        return L.customers[r.choice(opts)]

    def s_ret_ref(L, date, key):
        c = retainer_pick()
        opts = [i for i in L.open_invs(c["id"]) if i["_retainer"]]
        inv = r.choice(opts)
        amt = L.bal[inv["id"]]
        method = method_for(c, allow_card=False)
        payer, cid = ident(c, method)
        month = dt.date.fromisoformat(inv["issue_date"]).strftime("%b %Y").upper()
        body = r.choice(["%s %s RETAINER" % (inv["number"], month), n_variants(inv)])
        L.emit("retainer_with_reference", date, amt, "USD", payer, cid, wrap(method, body), None, "applied",
               [(inv["id"], amt)],
               reason="monthly retainer %s named; other retainer invoices have the same amount" % inv["number"])

    def s_ret_amount(L, date, key):
        c = retainer_pick()
        amt = L.ctx["retainer"][c["id"]]
        method = method_for(c, allow_card=False)
        payer, cid = ident(c, method, need=True)
        body = r.choice([None, "MONTHLY RETAINER", "RETAINER FEE"])
        L.decide_known(c["id"], "retainer_amount_only", date, amt, "USD", payer, cid, wrap(method, body), None,
                       "no invoice number")

    def s_ret_all(L, date, key):
        c = retainer_pick()
        rs = [i for i in L.open_invs(c["id"]) if i["_retainer"]]
        amt = sum(L.bal[i["id"]] for i in rs)
        method = method_for(c, allow_card=False)
        payer, cid = ident(c, method, need=True)
        body = r.choice([None, "RETAINERS %s" % " ".join(dt.date.fromisoformat(i["issue_date"]).strftime("%b").upper()
                                                       for i in rs)])
        L.decide_known(c["id"], "retainer_lump_all_open", date, amt, "USD", payer, cid, wrap(method, body), None,
                       "no invoice numbers" if body is None else "months named, no invoice numbers")

    def s_ret_two(L, date, key):
        opts = [cid for cid, a in L.ctx["retainer"].items()
                if len([i for i in L.open_invs(cid) if i["_retainer"]]) >= 3]
        if not opts:
            raise Retry("x")
        c = L.customers[r.choice(opts)]
        amt = L.ctx["retainer"][c["id"]] * 2
        payer, cid = ident(c, "ach", need=True)
        L.decide_known(c["id"], "retainer_two_of_three", date, amt, "USD", payer, cid, wrap("ach", None), None,
                       "no invoice numbers")

    def s_cross_unknown(L, date, key):
        if r.random() < 0.4 and all(L.bal[i["id"]] > 0 for i in L.invoices if i["_retainer"] and
                                    L.ctx["retainer"][i["customer_id"]] == Decimal("5000.00")):
            amt = Decimal("5000.00")
        else:
            if not L.ctx["cross_pairs"]:
                raise Retry("x")
            a, b = L.ctx["cross_pairs"].pop()
            amt = L.bal[a]
        cands = L.global_candidates(amt, "USD")
        if len(cands) < 2:
            raise Retry("x")
        L.emit("amount_matches_several_customers_payer_unknown", date, amt, "USD", r.choice(PERSONS), None,
               wrap(r.choice(["ach", "wire"]), None), None, "review", unapplied=amt, cands=cands,
               reason="payer unknown; amount matches %d open invoice sets of different customers" % len(cands))

    def s_cross_identified(L, date, key):
        if not L.ctx["cross_pairs"]:
            raise Retry("x")
        a, b = L.ctx["cross_pairs"].pop()
        inv = L.inv[a]
        c = cust(inv)
        amt = L.bal[a]
        payer, cid = ident(c, "check", need=True)
        L.decide_known(c["id"], "same_amount_other_customer_payer_known", date, amt, "USD", payer, cid, wrap("check", None),
                       None, "no reference; another customer has an invoice of the same amount")
        L.used.discard(b)

    def s_part(L, date, key):
        inv = L.pick(full=True, pred=lambda i: i["total"] > 2000 and not i["_retainer"],
                     cust_pred=lambda c: c["id"] not in group_ids)
        c = cust(inv)
        bal = L.bal[inv["id"]]
        amt = m(bal * Decimal(r.choice([25, 33, 50])) / 100)
        amt = m(round(amt, -2)) if r.random() < 0.5 else amt
        method = r.choice(["ach", "check", "wire"])
        payer, cid = ident(c, method)
        body = r.choice(["PARTIAL PMT %s", "%s PAYMENT 1 OF 3", "PARTIAL PAYMENT INV %s", "%s INSTALLMENT 1"]) \
            % inv["number"]
        L.emit("part_payment", date, amt, c["currency"], payer, cid, wrap(method, body), None, "partial",
               [(inv["id"], amt)], reason="%s marked partial; %s stays open" % (inv["number"], s(bal - amt)))
        if key:
            L.ctx[key] = inv

    def f_rest(L, date, key):
        inv = L.ctx[key]
        c = cust(inv)
        amt = L.bal[inv["id"]]
        method = r.choice(["ach", "check"])
        payer, cid = ident(c, method)
        body = r.choice(["BAL DUE %s", "%s FINAL PAYMENT", "REMAINING BALANCE INV %s"]) % inv["number"]
        L.emit("rest_after_part_payment", date, amt, c["currency"], payer, cid, wrap(method, body), None, "applied",
               [(inv["id"], amt)], reason="pays what the earlier part payment left on %s" % inv["number"])

    def s_over(L, date, key):
        L.ctx["over_n"] = L.ctx.get("over_n", 0) + 1
        if L.ctx["over_n"] % 3 == 0:
            inv = L.pick(full=False, cust_pred=lambda c: c["id"] not in group_ids)
            bal, amt, tag = L.bal[inv["id"]], inv["total"], "overpay_total_instead_of_balance"
        else:
            inv = L.pick(full=True, cust_pred=lambda c: c["id"] not in group_ids, pred=lambda i: not i["_retainer"])
            bal = L.bal[inv["id"]]
            amt, tag = bal + m(r.choice(["100.00", "1000.00", "0.01", "45.00", "500.00"])), "overpay"
        c = cust(inv)
        extra = amt - bal
        if L.subsets(c["id"], c["currency"], extra, maxsize=3):
            raise Retry("x")
        method = method_for(c)
        payer, cid = ident(c, method)
        L.emit(tag, date, amt, c["currency"], payer, cid, wrap(method, n_variants(inv)), None, "unapplied",
               [(inv["id"], bal)], unapplied=extra,
               reason="%s named; %s more than its balance, remainder held on account" % (inv["number"], s(extra)))

    def f_double(L, date, key):
        inv, first = L.ctx[key]
        c = cust(inv)
        amt = m(first["amount"])
        assert not L.subsets(c["id"], c["currency"], amt, maxsize=4)
        method = r.choice(["ach", "check"])
        payer, cid = ident(c, method, mode="id")
        L.emit("second_payment_already_paid", date, amt, c["currency"], payer, cid, wrap(method, n_variants(inv)),
               None, "unapplied", unapplied=amt,
               reason="%s already paid by %s; second payment held on account" % (inv["number"], first["id"]))

    def s_pay_once2(L, date, key):
        grp = L.pick_group(2, cust_pred=lambda c: c["id"] not in group_ids, pred=lambda i: not i["_retainer"])
        inv, o = grp
        c = cust(inv)
        amt = L.bal[inv["id"]]
        payer, cid = ident(c, "ach")
        pay = L.emit("ref_single", date, amt, inv["currency"], payer, cid, wrap("ach", n_variants(inv)), None,
                     "applied", [(inv["id"], amt)], reason="ach: invoice %s named, exact open balance" % inv["number"])
        L.ctx[key] = (inv, pay, o)

    def s_remit_paid_and_open(L, date, key):
        # follow-up: remittance lists an invoice paid earlier in this batch and a still open one
        inv, first, o = L.ctx[key]
        c = cust(inv)
        paid_amt = m(first["amount"])
        ia = [(inv, paid_amt), (o, L.bal[o["id"]])]
        amt = paid_amt + L.bal[o["id"]]
        payer, cid = ident(c, "check", mode="id")
        L.emit("remittance_includes_already_paid_invoice", date, amt, c["currency"], payer, cid,
               wrap("check", None), remit_table(ia, c["name"]), "unapplied", [(o["id"], L.bal[o["id"]])],
               unapplied=paid_amt,
               reason="remittance lists %s (already paid by %s) and %s; %s applied, rest held on account"
                      % (inv["number"], first["id"], o["number"], o["number"]))

    def s_charges(L, date, key):
        inv = L.pick(cust_pred=lambda c: c["currency"] == "CAD")
        c = cust(inv)
        fee = m(r.choice(["15.00", "25.00", "30.00", "20.00"]))
        amt = L.bal[inv["id"]] - fee
        payer = c["name"].upper()[:35]
        body = r.choice(["%s LESS WIRE FEE %s", "%s NET OF BANK CHARGES CAD %s", "%s /CHGS DED %s"]) % (
            inv["number"], s(fee))
        L.emit("bank_charges_short_pay", date, amt, "CAD", payer, r.choice([None, c["id"]]), wrap("wire", body), None,
               "partial", [(inv["id"], amt)], short=(inv["id"], fee, "bank/wire charges deducted (stated)"),
               reason="%s named, balance less %s wire charges" % (inv["number"], s(fee)))

    def s_curr_mismatch(L, date, key):
        if r.random() < 0.5:
            inv = L.pick(cust_pred=lambda c: c["currency"] == "CAD")
            pcur, rate = "USD", Decimal("0.73")
        else:
            inv = L.pick(cust_pred=lambda c: c["currency"] == "USD" and c["id"] not in group_ids)
            pcur, rate = "CAD", Decimal("1.37")
        c = cust(inv)
        amt = m(L.bal[inv["id"]] * rate)
        L.used.discard(inv["id"])
        L.emit("currency_not_invoiced_to_customer", date, amt, pcur, c["name"].upper()[:35], c["id"],
               wrap("wire", n_variants(inv)), None, "unapplied", unapplied=amt,
               reason="known customer pays %s but has only %s invoices (%s); cannot apply across currencies"
                      % (pcur, inv["currency"], inv["number"]))

    def s_known_nofit(L, date, key):
        c = L.customers[r.choice([x for x in cids if x not in group_ids and L.customers[x]["kind"] is None])]
        for _ in range(50):
            amt = m(Decimal(r.randint(300, 15000)) + Decimal(r.choice([0, 0, r.randint(1, 99)])) / 100)
            if not L.subsets(c["id"], c["currency"], amt):
                break
        else:
            raise Retry("x")
        body = r.choice([None, "RETAINER DEPOSIT NEW MATTER", "ADVANCE PAYMENT SOW 2026-04", "PREPAYMENT"])
        L.emit("known_customer_fits_nothing", date, amt, c["currency"], c["name"], c["id"], wrap("check", body), None,
               "unapplied", unapplied=amt, reason="known customer (customer_id), fits no open invoice; held on account")

    def s_noclue(L, date, key):
        for _ in range(50):
            amt = m(Decimal(r.randint(40, 20000)) + Decimal(r.randint(0, 99)) / 100)
            if not L.global_candidates(amt, "USD", maxsize=4):
                break
        payer = r.choice(["DEPOSIT", "ONLINE TRANSFER", "MOBILE DEPOSIT", "REMOTE DEPOSIT CAPTURE", "ZELLE",
                          "BILL.COM", "CASHIERS CHECK"])
        ref = r.choice([None, "ONLINE BANKING TRANSFER REF %s" % digits(10), "DEPOSIT", "PAYMENT"])
        L.emit("no_clue", date, amt, "USD", payer, None, ref, None, "review", unapplied=amt, cands=[],
               reason="no customer, no reference, amount fits nothing")

    def s_ref_conflict(L, date, key):
        grp = L.pick_group(2, cust_pred=lambda c: c["id"] not in group_ids, pred=lambda i: not i["_retainer"])
        x, y = grp if r.random() < 0.5 else grp[::-1]
        c = cust(x)
        amt = L.bal[y["id"]]
        if L.bal[x["id"]] == amt or len(L.subsets(c["id"], c["currency"], amt)) != 1:
            raise Retry("x")
        payer, cid = ident(c, "ach")
        L.emit("reference_contradicts_amount", date, amt, c["currency"], payer, cid, wrap("ach", n_variants(x)), None,
               "review", unapplied=amt, cands=[[x["id"]], [y["id"]]],
               reason="names %s (balance %s) but amount equals %s" % (x["number"], s(L.bal[x["id"]]), y["number"]))
        L.used.discard(x["id"]); L.used.discard(y["id"])

    def s_typo(L, date, key):
        inv = L.pick(cust_pred=lambda c: c["id"] not in group_ids and c["currency"] == "USD",
                     pred=lambda i: i["_series"] == "INV" and not i["_retainer"])
        c = cust(inv)
        amt = L.bal[inv["id"]]
        if len(L.subsets(c["id"], "USD", amt)) != 1:
            raise Retry("x")
        t = inv["_tail"]
        existing = set(i["_tail"] for i in L.invoices)
        opts = [t[:j] + t[j + 1] + t[j] + t[j + 2:] for j in range(len(t) - 1) if t[j] != t[j + 1]]
        opts = [o for o in opts if o not in existing and not o.startswith("0")]
        if not opts:
            raise Retry("x")
        bad = r.choice(opts)
        payer, cid = ident(c, "check", need=True)
        L.emit("typo_in_invoice_number", date, amt, "USD", payer, cid, wrap("check", "INV %s" % bad), None, "applied",
               [(inv["id"], amt)],
               reason="INV %s does not exist; customer known, amount equals balance of %s (transposed digits)"
                      % (bad, inv["number"]))

    def s_lump(L, date, key):
        grp = L.pick_group(r.choice([2, 3, 4]), cust_pred=lambda c: c["id"] not in group_ids and c["kind"] is None)
        c = cust(grp[0])
        amt = sum(L.bal[i["id"]] for i in grp)
        if len(L.subsets(c["id"], c["currency"], amt)) != 1:
            raise Retry("x")
        method = r.choice(["ach", "wire", "check"])
        payer, cid = ident(c, method, need=True)
        L.decide_known(c["id"], "lump_sum_no_reference", date, amt, c["currency"], payer, cid, wrap(method, None), None,
                       "no invoice reference")

    def s_err_negative(L, date, key):
        inv = L.pick(cust_pred=lambda c: c["id"] not in group_ids)
        L.used.discard(inv["id"])
        c = cust(inv)
        pay = L.emit("bad_input_negative_amount", date, Decimal("1"), c["currency"], payer_for(c, "ach"), c["id"],
                     "ACH RETURN R01 INSUFFICIENT FUNDS ORIG TRACE %s %s" % (digits(15), inv["number"]), None, "error",
                     reason="negative amount (ACH return) - not a receipt")
        pay["amount"] = "-" + s(L.bal[inv["id"]])

    def s_err_currency(L, date, key):
        inv = L.pick(cust_pred=lambda c: c["id"] not in group_ids and c["currency"] == "USD")
        L.used.discard(inv["id"])
        c = cust(inv)
        L.emit("bad_input_unknown_currency", date, L.bal[inv["id"]], "XXX", c["name"], c["id"],
               wrap("wire", n_variants(inv)), None, "error", reason="unknown currency code 'XXX'")

    def s_dup_same(L, date, key):
        s_ref_single(L, date, None)
        dup = dict(L.payments[-1])
        L.payments.append(dup)
        L.expected.append({"payment_id": dup["id"], "status": "error", "applications": [], "unapplied": "0.00",
                           "short_pay": None, "candidates": [],
                           "reason": "duplicate payment id (same bank record twice); not applied again"})
        L.tags.append({"payment_id": dup["id"], "tag": "bad_input_duplicate_payment_id", "status": "error"})

    def s_dup_later(L, date, key):
        # a different payment arriving with an id already used earlier in the file
        old = r.choice([p for p in L.payments[: max(1, len(L.payments) - 5)]])
        inv = L.pick(cust_pred=lambda c: c["id"] not in group_ids)
        L.used.discard(inv["id"])
        c = cust(inv)
        payer, cid = ident(c, "ach")
        L.emit("bad_input_duplicate_payment_id", date, L.bal[inv["id"]], c["currency"], payer, cid,
               wrap("ach", n_variants(inv)), None, "error", pid=old["id"],
               reason="payment id %s already used by an earlier payment; rejected" % old["id"])

    handlers = {
        "ref_single": s_ref_single, "ref_trap": s_ref_trap, "check_trap_amount": s_check_trap_amount,
        "multi": s_multi, "range": s_range, "range_gap": s_range_gap, "remit_lines": s_remit_lines,
        "remit_short": s_remit_short, "remit_partial": s_remit_partial, "parent": s_parent,
        "parent_noref": s_parent_noref, "dba_ref": s_dba_ref, "dba_id": s_dba_id, "dba_unknown": s_dba_unknown,
        "amount_unique": s_amount_unique, "ret_ref": s_ret_ref, "ret_amount": s_ret_amount, "ret_all": s_ret_all,
        "ret_two": s_ret_two, "cross_unknown": s_cross_unknown, "cross_identified": s_cross_identified,
        "part_r": s_part, "f_rest": f_rest, "over": s_over, "pay_once": s_ref_single, "f_double": f_double,
        "pay_once2": s_pay_once2, "f_paid_open": s_remit_paid_and_open, "charges": s_charges,
        "curr_mismatch": s_curr_mismatch, "known_nofit": s_known_nofit, "noclue": s_noclue,
        "ref_conflict": s_ref_conflict, "typo": s_typo, "lump": s_lump, "err_negative": s_err_negative,
        "err_currency": s_err_currency, "dup_same": s_dup_same, "dup_later": s_dup_later,
    }
    counts = {"ref_single": 50, "ref_trap": 11, "check_trap_amount": 3, "multi": 17, "range": 6, "range_gap": 1,
              "remit_lines": 17, "remit_short": 4, "remit_partial": 2, "parent": 4, "parent_noref": 1,
              "dba_ref": 4, "dba_id": 2, "dba_unknown": 1, "amount_unique": 15, "ret_ref": 5, "ret_amount": 4,
              "ret_all": 2, "ret_two": 1, "cross_unknown": 3, "cross_identified": 3, "over": 7, "charges": 4,
              "curr_mismatch": 2, "known_nofit": 5, "noclue": 8, "ref_conflict": 2, "typo": 4, "lump": 7,
              "err_negative": 1, "err_currency": 1, "dup_same": 1, "part": 0}
    counts.pop("part")
    counts["part_only"] = 5
    handlers["part_only"] = s_part
    pairs = [("part_r", "f_rest", 3), ("pay_once", "f_double", 3), ("pay_once2", "f_paid_open", 1)]
    seq = build_sequence(r, counts, pairs)
    # dup_later must come late
    seq.insert(len(seq) - r.randrange(3, 15), ("dup_later", None))
    days = weekdays(dt.date(2026, 3, 2), dt.date(2026, 4, 30))
    dates = sorted(r.choice(days) for _ in range(len(seq)))
    run_sequence(L, seq, dates, handlers, "ref_single")
    return L


def main():
    for L in (build_a(), build_b()):
        L.write(os.path.join(HERE, L.name))
        from collections import Counter
        st = Counter(e["status"] for e in L.expected)
        print(L.name, "invoices", len(L.invoices), "customers", len(L.customers), "payments", len(L.payments),
              dict(sorted(st.items())))


if __name__ == "__main__":
    main()
