#!/usr/bin/env python3
"""Blind test set for the cash-application (`match`) contract.
Theme: AU/NZ/Pacific marine & boating supplies distributor ("Tidewater Marine Distribution").
Deterministic, stdlib only. Run: python3 build.py"""
import json, random, itertools, os
from datetime import date, timedelta

R = random.Random(31313)
HERE = os.path.dirname(os.path.abspath(__file__))

def fmt(c):
    s = "-" if c < 0 else ""
    c = abs(c)
    return "%s%d.%02d" % (s, c // 100, c % 100)

def grp(c):  # 12,345.67
    return "{:,}.{:02d}".format(c // 100, c % 100)

def eu(c):   # 12 345,67
    return "{:,}".format(c // 100).replace(",", " ") + ",%02d" % (c % 100)

# ---------------------------------------------------------------- customers
# (name, short/trading, country, currencies)
CUST = [
 ("Sunshine Coast Marine Supplies Pty Ltd", "AU", ["AUD"]),
 ("Hervey Bay Boatyard Pty Ltd", "AU", ["AUD"]),
 ("Port Lincoln Tuna Fleet Services Pty Ltd", "AU", ["AUD"]),
 ("Whitsunday Bareboat Charters Pty Ltd", "AU", ["AUD"]),
 ("Pittwater Chandlery Pty Ltd", "AU", ["AUD"]),
 ("Fremantle Slipway Co Pty Ltd", "AU", ["AUD"]),
 ("Hobart Waterfront Marina Pty Ltd", "AU", ["AUD"]),
 ("Cairns Reef Dive & Charter Pty Ltd", "AU", ["AUD"]),
 ("Gold Coast City Marina & Shipyard Pty Ltd", "AU", ["AUD"]),
 ("Gold Coast City Boat Hire Pty Ltd", "AU", ["AUD"]),
 ("Batemans Bay Outboard Centre", "AU", ["AUD"]),
 ("Mooloolaba Trawler Co-operative Ltd", "AU", ["AUD"]),
 ("Darwin Harbour Fishing Supplies Pty Ltd", "AU", ["AUD"]),
 ("Geelong Yacht Services Pty Ltd", "AU", ["AUD"]),
 ("Port Stephens Marine Pty Ltd", "AU", ["AUD"]),
 ("Port Stephens Marina Pty Ltd", "AU", ["AUD"]),
 ("Coffs Harbour Fishermens Co-op Ltd", "AU", ["AUD"]),
 ("Airlie Beach Sailmakers Pty Ltd", "AU", ["AUD"]),
 ("Townsville Boat Repairs Pty Ltd", "AU", ["AUD"]),
 ("Esperance Rock Lobster Pty Ltd", "AU", ["AUD"]),
 ("Sandringham Yacht Chandlers", "AU", ["AUD"]),
 ("Mandurah Marina Services Pty Ltd", "AU", ["AUD"]),
 ("St Helens Boatworks Pty Ltd", "AU", ["AUD"]),
 ("Bundaberg Marine Electrical Pty Ltd", "AU", ["AUD"]),
 ("Broome Pearling Supplies Pty Ltd", "AU", ["AUD"]),
 ("Lakes Entrance Fishing Co Pty Ltd", "AU", ["AUD"]),
 ("Rivergum Houseboats Pty Ltd", "AU", ["AUD"]),
 ("Abrolhos Crayfish Fleet Pty Ltd", "AU", ["AUD"]),
 ("Tweed Heads Marine Pty Ltd", "AU", ["AUD"]),
 ("Kangaroo Island Ferries Pty Ltd", "AU", ["AUD"]),
 ("Te Whānau Moana Charters Ltd", "NZ", ["NZD"]),
 ("Waiheke Island Boatyard Ltd", "NZ", ["NZD"]),
 ("Tauranga Bridge Marina Ltd", "NZ", ["NZD"]),
 ("Bay of Islands Sailing Co Ltd", "NZ", ["NZD"]),
 ("Ngā Tai Fisheries Ltd", "NZ", ["NZD"]),
 ("Whangārei Marine Services Ltd", "NZ", ["NZD"]),
 ("Nelson Slipway & Engineering Ltd", "NZ", ["NZD"]),
 ("Picton Harbour Chandlery Ltd", "NZ", ["NZD"]),
 ("Lyttelton Boat Supplies Ltd", "NZ", ["NZD"]),
 ("Tūranga Moana Fishing Ltd", "NZ", ["NZD"]),
 ("Half Moon Bay Marina Ltd", "NZ", ["NZD"]),
 ("Rangitoto Yacht Rigging Ltd", "NZ", ["NZD"]),
 ("Hokianga Harbour Fishing Co Ltd", "NZ", ["NZD"]),
 ("Westhaven Chandlers Ltd", "NZ", ["NZD"]),
 ("Ōpōtiki Aquaculture Ltd", "NZ", ["NZD"]),
 ("Rakiura Sea Charters Ltd", "NZ", ["NZD"]),
 ("Rarotonga Lagoon Charters Ltd", "CK", ["NZD"]),
 ("Vuda Point Marine Services Pte Ltd", "FJ", ["FJD", "USD"]),
 ("Savusavu Yacht Supplies Pte Ltd", "FJ", ["FJD"]),
 ("Lautoka Fishing Fleet Pte Ltd", "FJ", ["FJD", "USD"]),
 ("Denarau Island Charters Pte Ltd", "FJ", ["FJD"]),
 ("Bula Blue Dive Pte Ltd", "FJ", ["FJD"]),
 ("Vinaka Boat Builders Pte Ltd", "FJ", ["FJD"]),
 ("Suva Harbour Chandlery Pte Ltd", "FJ", ["FJD"]),
 ("Chantier Naval de Nouméa SARL", "NC", ["EUR"]),
 ("Marina Port du Sud SAS", "NC", ["EUR"]),
 ("Pêcheries de Koné SARL", "NC", ["EUR"]),
 ("Tahiti Nautisme Services SARL", "PF", ["EUR"]),
 ("Voilerie du Pacifique SARL", "NC", ["EUR"]),
 ("Apia Marine Supplies Ltd", "WS", ["USD"]),
 ("Nukuʻalofa Boatyard Ltd", "TO", ["USD"]),
 ("Port Vila Yacht Services Ltd", "VU", ["USD"]),
 ("Pago Pago Fisheries Supply Inc", "AS", ["USD"]),
 ("Majuro Fleet Provisions Inc", "MH", ["USD"]),
 ("Koror Dive Boats Inc", "PW", ["USD"]),
]
customers = []
for i, (name, ctry, curs) in enumerate(CUST):
    customers.append({"id": "c-%d" % (1101 + i), "acct": "%05d" % (20100 + i * 7),
                      "name": name, "country": ctry, "curs": curs})
CUSTBY = {c["id"]: c for c in customers}

# ---------------------------------------------------------------- invoices
START = date(2025, 11, 3)
events = []
for c in customers:
    n = R.randint(17, 34)
    made = 0
    while made < n:
        d = START + timedelta(days=R.randint(0, 126))  # to 2026-03-09
        k = R.choice([1, 1, 1, 1, 1, 2, 3, 4]) if made < n - 4 else 1
        cur = c["curs"][0] if len(c["curs"]) == 1 or R.random() < 0.6 else c["curs"][1]
        events.append((d, R.random(), c["id"], k, cur))
        made += k
events.sort()
invoices = []
num = 310001
for d, _, cid, k, cur in events:
    for j in range(k):
        c = CUSTBY[cid]
        base = R.choice([R.randint(4500, 90000), R.randint(9000, 400000), R.randint(40000, 2600000)])
        tot = base
        if cur in ("FJD",):
            tot = base * 2 // 1 + R.randint(0, 99)
        terms = 30 if c["country"] in ("AU", "NZ", "CK") else 45
        inv = {"id": "i-%04d" % (len(invoices) + 1), "number": "INV-%d" % num, "customer_id": cid,
               "customer_name": c["name"], "currency": cur, "_tot": tot, "_bal": tot,
               "issue_date": d.isoformat(), "due_date": (d + timedelta(days=terms)).isoformat()}
        if R.random() < 0.07:  # already part-paid before this run
            inv["_bal"] = tot - R.randint(tot // 5, tot // 2)
        invoices.append(inv)
        num += 1
INV = {i["id"]: i for i in invoices}
BYNUM = {i["number"]: i for i in invoices}
used = set()

def open_of(cid, cur=None, avail=True):
    return [i for i in invoices if i["customer_id"] == cid and (cur is None or i["currency"] == cur)
            and (not avail or i["id"] not in used)]

def pick(cid, n=1, cur=None, cond=None):
    pool = [i for i in open_of(cid, cur) if (cond is None or cond(i))]
    if len(pool) < n:
        return None
    got = R.sample(pool, n)
    for g in got:
        used.add(g["id"])
    return got

def pick_cust(country=None, cur=None, minopen=3, exclude=()):
    pool = [c for c in customers if (country is None or c["country"] in country)
            and (cur is None or cur in c["curs"]) and c["id"] not in exclude
            and len(open_of(c["id"], cur)) >= minopen]
    return R.choice(pool)

def digits(inv):
    return inv["number"][4:]

# ---------------------------------------------------------------- bank channels
LANG = {"AU": "en", "NZ": "en-NZ/mi", "CK": "en-NZ/mi", "FJ": "en-FJ/fj", "NC": "fr", "PF": "fr"}
def lang_of(c):
    return LANG.get(c["country"], "en")

def luhn_digit(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)

def short_name(c):
    n = c["name"].upper().replace("Ā", "A").replace("Ō", "O").replace("Ū", "U").replace("Ê", "E").replace("É", "E").replace("ʻ", "")
    return n

def style_ref(inv, k=None):
    d = digits(inv)
    k = R.randint(0, 6) if k is None else k
    return ["INV-" + d, "INV" + d, d, "Inv " + d, "#" + d, "INV " + d, "inv." + d][k]

GREET = {"en": ("", "Regards"), "en-NZ/mi": ("Kia ora", "Ngā mihi"), "en-FJ/fj": ("Bula vinaka", "Vinaka vakalevu"),
         "fr": ("Bonjour,", "Cordialement")}
CARDS = ["TYRO SETTLEMENT", "CBA MERCH STLMT", "WBC MERCHANT SETT", "ANZ MERCH SETTLE"]

def render(c, cur, mentions, body=None, channel=None, cid_known=None, charges=None):
    """Return (channel, payer_name, customer_id, reference, remittance).
    mentions: list of short reference strings; body: remittance sentences (already in the customer's language)."""
    lang = lang_of(c)
    ctry = c["country"]
    if channel is None:
        if ctry == "AU":
            channel = R.choice(["becs", "becs", "npp", "npp", "cheque"])
        elif ctry in ("NZ", "CK"):
            channel = R.choice(["nz", "nz", "nz", "nz", "cheque"])
        else:
            channel = "swift"
    if cid_known is None:
        cid_known = R.random() < 0.45
    cid = c["id"] if cid_known else None
    ref = None; rem = None
    joined = " ".join(mentions)
    g, s = GREET[lang]
    def advice():
        parts = []
        if g: parts.append(g)
        if body:
            parts.append(body)
            if mentions and not any(m in body for m in mentions):
                parts.append(("Réf. " if lang == "fr" else "Ref: ") + ", ".join(mentions))
        elif mentions:
            parts.append(("Paiement des factures " if lang == "fr" else "Payment of invoices ") + ", ".join(mentions) + ".")
        parts.append(s + " - " + ("Comptabilité " if lang == "fr" else "Accounts, ") + c["name"])
        return " ".join(parts)
    if channel == "becs":
        payer = short_name(c)[:16]
        if mentions and len(joined) <= 18 and (body is None or R.random() < 0.5):
            ref = joined
            rem = None if body is None else advice()
        else:
            ref = (R.choice(["TIDEWATER MARINE", "TIDEWATER MAR", "SUPPLIER PAYMENT", "ACC " + c["acct"]]))[:18]
            rem = advice() if (mentions or body) else None
    elif channel == "npp":
        payer = R.choice([c["name"], short_name(c)])
        ref = joined[:35] if mentions and len(joined) <= 35 else ("Acct " + c["acct"])
        rem = advice()[:280] if (mentions or body) else None
        if rem and len(advice()) > 280:
            raise ValueError("npp remittance too long")
    elif channel == "bpay":
        payer = short_name(c)[:16]
        cid = c["id"]
        ref = mentions[0] if mentions else None
        rem = body
    elif channel == "cheque":
        payer = short_name(c)
        ref = "CHQ %06d" % R.randint(1000, 99999)
        rem = ("Cheque stub: " + advice()) if (mentions or body) else None
    elif channel == "nz":
        payer = short_name(c)[:20]
        part = R.choice(["TIDEWATER", "SUPPLIES", "MARINE", "CHANDLERY", "HAULOUT"])
        if len(mentions) == 1 and len(mentions[0].replace(" ", "")) <= 12:
            code = mentions[0].replace(" ", "")
            ref = "P:%s C:%s R:%s" % (part, code, ("ACC" + c["acct"])[:12])
            rem = advice() if body else None
        elif len(mentions) == 2 and all(len(m.replace(" ", "")) <= 12 for m in mentions):
            ref = "P:%s C:%s R:%s" % (part, mentions[0].replace(" ", ""), mentions[1].replace(" ", ""))
            rem = advice() if body else None
        else:
            ref = "P:%s C:%s R:%s" % (part, "ACC" + c["acct"], "SEE EMAIL")
            rem = advice() if (mentions or body) else None
    elif channel == "swift":
        payer = short_name(c)[:35]
        ch = charges or R.choice(["OUR", "OUR", "SHA"])
        import re as _re
        iv = [_re.sub(r"\D", "", m) for m in mentions if not m.startswith("PO")]
        po = [_re.sub(r"\D", "", m) for m in mentions if m.startswith("PO")]
        f70 = (("/INV/" + "/".join(iv)) if iv else "") + (("/PO/" + "/".join(po)) if po else "")
        f70 = f70 or "/RFB/SUPPLIER PAYMENT"
        ref = f70[:35]
        rem = "MT103 :70:%s :71A:%s" % (f70[:140], ch)
        if body or len(f70) > 35:
            rem += " | " + advice()
    return channel, payer, cid, ref, rem

# ---------------------------------------------------------------- payments + labels
payments = []   # each: dict with public fields + "_lab"
def d2s(d): return d.isoformat()
MAR1 = date(2026, 3, 2)
def pdate(invs=(), lo=None, hi=None):
    lo = lo or MAR1
    for i in invs:
        lo = max(lo, date.fromisoformat(i["issue_date"]) + timedelta(days=1))
    hi = hi or date(2026, 3, 31)
    if lo > hi: lo = hi
    return lo + timedelta(days=R.randint(0, (hi - lo).days))

def add(c, cur, amount, ch, lab, d, scenario, note, meta=None):
    channel, payer, cid, ref, rem = ch
    p = {"date": d2s(d) if isinstance(d, date) else d, "amount": fmt(amount) if isinstance(amount, int) else amount,
         "currency": cur, "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": rem}
    lab = dict(lab)
    lab["scenario"] = scenario
    lab["note"] = "[%s|%s] %s" % (channel, lang_of(c) if c else "en", note)
    p["_lab"] = lab
    p["_meta"] = meta or {}
    p["_meta"]["cents"] = amount if isinstance(amount, int) else None
    payments.append(p)
    return p

def L(status, apps=(), unapplied=0, short=None, cands=(), reason=""):
    return {"status": status, "applications": [{"invoice_id": i["id"], "amount": fmt(a)} for i, a in apps],
            "unapplied": fmt(unapplied), "short_pay": short, "candidates": [[i["id"] for i in s] for s in cands],
            "reason": reason}

def country_pick(weights=(("AU", 45), ("NZ", 25), ("FJ", 12), ("NC", 8), ("US", 10))):
    k = R.choices([w[0] for w in weights], [w[1] for w in weights])[0]
    if k == "NZ": return pick_cust(("NZ", "CK"))
    if k == "FJ": return pick_cust(("FJ",))
    if k == "NC": return pick_cust(("NC", "PF"))
    if k == "US": return pick_cust(("WS", "TO", "VU", "AS", "MH", "PW"))
    return pick_cust(("AU",))

# S1 exact reference
for n in range(112):
    c = country_pick()
    cur = R.choice(c["curs"])
    [inv] = pick(c["id"], 1, cur)
    amt = inv["_bal"]
    if c["country"] == "AU" and n % 6 == 0:
        crn = c["acct"] + digits(inv)
        crn += luhn_digit(crn)
        ch = render(c, cur, [crn], channel="bpay")
        note = "BPAY CRN = customer no. %s + invoice %s + check digit" % (c["acct"], digits(inv))
    else:
        ch = render(c, cur, [style_ref(inv)], charges="OUR")
        note = "reference names %s, amount equals balance" % inv["number"]
    if inv["_bal"] != inv["_tot"]:
        note += " (invoice was already part-paid: balance %s of total %s)" % (fmt(inv["_bal"]), fmt(inv["_tot"]))
    add(c, cur, amt, ch, L("applied", [(inv, amt)], reason="reference %s and exact balance" % inv["number"]),
        pdate([inv]), "exact_reference", note, {"refs": [inv["number"]]})

# S2 typo in the reference, amount exact
def typo(d):
    s = list(d)
    if R.random() < 0.6:
        k = R.randint(1, len(s) - 2)
        while s[k] == s[k + 1]:
            k = R.randint(1, len(s) - 2)
        s[k], s[k + 1] = s[k + 1], s[k]
        kind = "transposed digits"
    else:
        k = R.randint(2, len(s) - 1)
        s[k] = str((int(s[k]) + R.choice([1, 9])) % 10)
        kind = "one digit wrong"
    return "".join(s), kind
n = 0
while n < 24:
    c = country_pick()
    cur = R.choice(c["curs"])
    [inv] = pick(c["id"], 1, cur)
    t, kind = typo(digits(inv))
    other = BYNUM.get("INV-" + t)
    if other is not None and (other["customer_id"] == c["id"] or other["_bal"] == inv["_bal"]):
        used.discard(inv["id"]); continue
    amt = inv["_bal"]
    ch = render(c, cur, [R.choice(["INV", "INV-", "", "INV "]) + t], cid_known=R.random() < 0.6, charges="OUR")
    add(c, cur, amt, ch, L("applied", [(inv, amt)], reason="reference %s is a typo of %s; exact balance" % (t, inv["number"])),
        pdate([inv]), "reference_typo", "reference %s (%s) vs %s; amount is that invoice's exact balance%s" %
        (t, kind, inv["number"], "; %s exists but belongs to another customer" % other["number"] if other else ""),
        {"typo": t, "true": digits(inv), "unique_single": True})
    n += 1

# S3 no reference, customer known, amount equals exactly one open balance
for n in range(22):
    c = country_pick()
    cur = R.choice(c["curs"])
    [inv] = pick(c["id"], 1, cur)
    amt = inv["_bal"]
    ch = render(c, cur, [], cid_known=True, charges="OUR")
    ch = (ch[0], ch[1], c["id"], ch[3] if ch[0] in ("becs", "npp", "cheque") else None, None) if R.random() < 0.5 else ch
    add(c, cur, amt, ch, L("applied", [(inv, amt)], reason="no reference; amount matches exactly one open invoice"),
        pdate([inv]), "amount_only", "customer known, no invoice reference, amount = balance of %s only" % inv["number"],
        {"unique_single": True})

# S4 list of invoices
LISTB = {
 "en": ["Payment for {L}. Total {T}.", "Remittance: {L} = {T}", "Paying the following: {L}. Cheers"],
 "en-NZ/mi": ["Here is payment for {L}, total {T}.", "Paid today: {L} ({T})"],
 "en-FJ/fj": ["Please find payment for invoices {L} total {T}.", "Settlement of {L}, amount {T}"],
 "fr": ["Règlement des factures {L}, montant total {T}.", "Virement pour les factures {L} soit {T}."],
}
def listing(invs, lang, amounts=False):
    if amounts:
        if lang == "fr":
            return "; ".join("%s : %s" % (style_ref(i, 0), eu(i["_bal"])) for i in invs)
        return "; ".join("%s %s" % (style_ref(i, 0), grp(i["_bal"])) for i in invs)
    k = R.randint(0, 3)
    return (" et " if lang == "fr" else ", ").join(style_ref(i, k) for i in invs)
for n in range(40):
    c = country_pick()
    cur = R.choice(c["curs"])
    invs = pick(c["id"], R.choice([2, 2, 3, 3, 4, 5]), cur)
    tot = sum(i["_bal"] for i in invs)
    lang = lang_of(c)
    body = R.choice(LISTB[lang]).format(L=listing(invs, lang, R.random() < 0.4), T=(eu(tot) if lang == "fr" else grp(tot)))
    ch = render(c, cur, [style_ref(i, 1) for i in invs] if R.random() < 0.3 else [], body=body, charges="OUR")
    add(c, cur, tot, ch, L("applied", [(i, i["_bal"]) for i in invs], reason="remittance lists %d invoices; sum equals payment" % len(invs)),
        pdate(invs), "invoice_list", "remittance lists " + ", ".join(i["number"] for i in invs), {"refs": [i["number"] for i in invs]})

# S5 ranges (consecutive invoice runs of one customer)
runs = []
k = 0
while k < len(invoices):
    j = k
    while j + 1 < len(invoices) and invoices[j + 1]["customer_id"] == invoices[k]["customer_id"] and invoices[j + 1]["currency"] == invoices[k]["currency"]:
        j += 1
    if j - k + 1 >= 3 and not any(invoices[x]["id"] in used for x in range(k, j + 1)):
        runs.append(invoices[k:j + 1])
    k = j + 1
R.shuffle(runs)
for run in runs[:9]:
    c = CUSTBY[run[0]["customer_id"]]
    cur = run[0]["currency"]
    for i in run: used.add(i["id"])
    a, b = digits(run[0]), digits(run[-1])
    tot = sum(i["_bal"] for i in run)
    lang = lang_of(c)
    rng = R.choice(["INV-%s to INV-%s" % (a, b), "%s-%s" % (a, b[-2:]), "INV%s-%s" % (a, b), "%s - %s" % (a, b)])
    body = {"fr": "Règlement factures %s (%d factures), total %s." % (rng, len(run), eu(tot)),
            }.get(lang, "Payment for invoices %s inclusive, %s." % (rng, grp(tot)))
    ch = render(c, cur, [], body=body, charges="OUR")
    add(c, cur, tot, ch, L("applied", [(i, i["_bal"]) for i in run], reason="range %s covers %d invoices; sum equals payment" % (rng, len(run))),
        pdate(run), "invoice_range", "range '%s' = %s" % (rng, ", ".join(i["number"] for i in run)), {"range": [i["number"] for i in run]})

# S6 lump sums: statement month, and unique two/three-invoice combinations without remittance
MONTHS = {11: ("November", "novembre"), 12: ("December", "décembre"), 1: ("January", "janvier"), 2: ("February", "février")}
n = 0; tries = 0
while n < 8 and tries < 500:
    tries += 1
    c = country_pick()
    cur = R.choice(c["curs"])
    m = R.choice([11, 12, 1, 2])
    allm = [i for i in invoices if i["customer_id"] == c["id"] and i["currency"] == cur and int(i["issue_date"][5:7]) == m]
    if not (2 <= len(allm) <= 5) or any(i["id"] in used for i in allm):
        continue
    for i in allm: used.add(i["id"])
    tot = sum(i["_bal"] for i in allm)
    lang = lang_of(c)
    y = 2025 if m > 6 else 2026
    body = ("Règlement de toutes vos factures de %s %d, total %s." % (MONTHS[m][1], y, eu(tot))) if lang == "fr" else \
        R.choice(["Payment of your %s %d statement in full, %s." % (MONTHS[m][0], y, grp(tot)),
                  "Clearing all %s invoices (%s)." % (MONTHS[m][0], grp(tot))])
    ch = render(c, cur, [], body=body, cid_known=True, charges="OUR")
    add(c, cur, tot, ch, L("applied", [(i, i["_bal"]) for i in allm], reason="all %s invoices of the customer; sum equals payment" % MONTHS[m][0]),
        pdate(allm), "lump_statement", "all %d invoices issued in %s %d: %s" % (len(allm), MONTHS[m][0], y, ", ".join(i["number"] for i in allm)),
        {"month": "%d-%02d" % (y, m), "unique_subset": True})
    n += 1
for n in range(5):
    c = country_pick()
    cur = R.choice(c["curs"])
    invs = pick(c["id"], R.choice([2, 2, 3]), cur)
    tot = sum(i["_bal"] for i in invs)
    ch = render(c, cur, [], cid_known=True, charges="OUR")
    add(c, cur, tot, ch, L("applied", [(i, i["_bal"]) for i in invs], reason="no remittance; amount equals exactly one combination of open invoices"),
        pdate(invs), "lump_combination", "no remittance; only %s sum to the amount (checked over all subsets up to 4)" % " + ".join(i["number"] for i in invs),
        {"unique_subset": True})

# S7 part payments (+ later balance payments and a stale-total overpayment)
PARTB = {"en": ["Part payment on {R}, balance to follow next month.", "First instalment of three for {R}.", "Partial payment {R} as agreed with your credit team."],
         "en-NZ/mi": ["Part payment for {R} - rest once the fishing season picks up.", "Instalment 1 of 2 for {R}."],
         "en-FJ/fj": ["Part payment of {R}, remaining balance next month.", "Partial settlement for {R}."],
         "fr": ["Acompte sur la facture {R}, le solde suivra.", "Paiement partiel de la facture {R}."]}
followups = []
for n in range(18):
    c = country_pick()
    cur = R.choice(c["curs"])
    [inv] = pick(c["id"], 1, cur, cond=lambda i: i["_bal"] >= 60000)
    amt = R.choice([inv["_bal"] // 2, (inv["_bal"] // 3) // 100 * 100, (inv["_bal"] // 4) // 1000 * 1000 or 10000])
    lang = lang_of(c)
    body = R.choice(PARTB[lang]).format(R=style_ref(inv, 0))
    ch = render(c, cur, [style_ref(inv, 1)], body=body, charges="OUR")
    d1 = pdate([inv], hi=date(2026, 3, 16))
    add(c, cur, amt, ch, L("partial", [(inv, amt)], reason="stated part payment of %s" % inv["number"]),
        d1, "part_payment", "remittance says part payment of %s (balance %s)" % (inv["number"], fmt(inv["_bal"])), {"refs": [inv["number"]]})
    if n < 6:
        followups.append(("rest", c, cur, inv, inv["_bal"] - amt, d1))
    elif n < 9:
        followups.append(("stale", c, cur, inv, inv["_bal"], d1))
for kind, c, cur, inv, amt, d1 in followups:
    d2 = pdate([inv], lo=d1 + timedelta(days=2))
    if kind == "rest":
        body = "Balance of %s." % style_ref(inv, 0) if lang_of(c) != "fr" else "Solde de la facture %s." % style_ref(inv, 0)
        ch = render(c, cur, [style_ref(inv, 1)], body=body, charges="OUR")
        add(c, cur, amt, ch, L("applied", [(inv, amt)], reason="pays the balance left by the earlier part payment"), d2,
            "balance_after_part", "%s was part-paid earlier in this file; this pays the rest exactly" % inv["number"], {"refs": [inv["number"]]})
    else:
        rest = amt - [p for p in payments if p["_lab"]["scenario"] == "part_payment" and p["_lab"]["applications"][0]["invoice_id"] == inv["id"]][0]["_meta"]["cents"]
        ch = render(c, cur, [style_ref(inv, 1)], charges="OUR")
        add(c, cur, amt, ch, L("unapplied", [(inv, rest)], unapplied=amt - rest, reason="pays the original balance although part was already paid; excess held"),
            d2, "stale_total_overpay", "%s part-paid earlier in this file; customer pays the full original balance again -> remaining %s applied, %s unapplied" %
            (inv["number"], fmt(rest), fmt(amt - rest)), {"refs": [inv["number"]]})

# S8 short pays with stated reasons
SHORT = [("damaged goods", {"en": "less {D} for 2 x damaged anchor winch covers (photos sent)", "fr": "moins {D} pour marchandise endommagée (2 taquets cassés)",
                            "en-NZ/mi": "less {D} - antifoul tins arrived dented/leaking", "en-FJ/fj": "less {D} for damaged fenders on delivery"}),
         ("freight not agreed", {"en": "minus {D} freight - quote was free delivery", "fr": "déduction {D} frais de port non prévus au devis",
                                 "en-NZ/mi": "freight {D} deducted, not on our PO", "en-FJ/fj": "deducted {D} sea freight, quote was CIF Suva"}),
         ("price difference", {"en": "short {D}: charged list price, quoted price was lower", "fr": "écart de prix {D} par rapport au devis",
                               "en-NZ/mi": "less {D} price difference vs quote", "en-FJ/fj": "less {D} price difference vs quotation"}),
         ("missing items", {"en": "less {D} - 1 carton of mooring line not received", "fr": "moins {D}, un colis de cordage manquant",
                            "en-NZ/mi": "less {D} for the life jackets still on backorder", "en-FJ/fj": "less {D} for short-shipped bilge pumps"}),
         ("returned goods", {"en": "less {D} for returned outboard props (RA 5531)", "fr": "moins {D} pour retour de marchandise (bon de retour 7712)",
                             "en-NZ/mi": "less {D} returned VHF radio, awaiting credit note", "en-FJ/fj": "less {D} for returned navigation lights"})]
for n in range(16):
    c = country_pick()
    cur = R.choice(c["curs"])
    [inv] = pick(c["id"], 1, cur, cond=lambda i: i["_bal"] >= 30000)
    reason, texts = SHORT[n % len(SHORT)]
    ded = R.randint(inv["_bal"] // 40, inv["_bal"] // 6)
    lang = lang_of(c)
    D = eu(ded) if lang == "fr" else grp(ded)
    body = ("Facture %s : " if lang == "fr" else "Invoice %s ") % style_ref(inv, 0) + texts[lang].format(D=D)
    ch = render(c, cur, [style_ref(inv, 1)], body=body, charges="OUR")
    add(c, cur, inv["_bal"] - ded, ch, L("partial", [(inv, inv["_bal"] - ded)], short={"invoice_id": inv["id"], "amount": fmt(ded), "reason": reason},
                                         reason="short pay of %s: %s" % (inv["number"], reason)),
        pdate([inv]), "short_pay", "deduction %s stated in remittance (%s)" % (fmt(ded), reason), {"refs": [inv["number"]], "ded": D})
# short pay inside a list
for n in range(4):
    c = country_pick(weights=(("AU", 60), ("NZ", 40)))
    cur = c["curs"][0]
    invs = pick(c["id"], 3, cur, cond=lambda i: i["_bal"] >= 30000)
    sp = invs[1]
    reason, texts = SHORT[(n + 2) % len(SHORT)]
    ded = R.randint(sp["_bal"] // 30, sp["_bal"] // 8)
    D = grp(ded)
    body = "; ".join("%s %s" % (style_ref(i, 0), grp(i["_bal"])) for i in invs) + ". On %s: %s. Net paid %s." % (
        style_ref(sp, 0), texts[lang_of(c)].format(D=D), grp(sum(i["_bal"] for i in invs) - ded))
    amt = sum(i["_bal"] for i in invs) - ded
    ch = render(c, cur, [], body=body, channel=R.choice(["npp", "cheque"]) if c["country"] == "AU" else "nz")
    add(c, cur, amt, ch, L("partial", [(i, i["_bal"] - (ded if i is sp else 0)) for i in invs],
                          short={"invoice_id": sp["id"], "amount": fmt(ded), "reason": reason}, reason="list of 3 with a deduction on %s" % sp["number"]),
        pdate(invs), "short_pay_in_list", "3 invoices; %s short by %s (%s)" % (sp["number"], fmt(ded), reason), {"refs": [i["number"] for i in invs], "ded": D})
# SWIFT SHA: intermediary charges deducted
for n in range(6):
    c = country_pick(weights=(("FJ", 40), ("NC", 25), ("US", 35)))
    cur = R.choice(c["curs"])
    [inv] = pick(c["id"], 1, cur)
    fee = R.choice([1500, 2000, 2500, 3000, 1800])
    channel, payer, cid, ref, rem = render(c, cur, [style_ref(inv, 2)], channel="swift", charges="SHA")
    rem += " :33B:%s%s :71F:%s%s" % (cur, fmt(inv["_bal"]).replace(".", ","), cur, fmt(fee).replace(".", ","))
    add(c, cur, inv["_bal"] - fee, (channel, payer, cid, ref, rem),
        L("partial", [(inv, inv["_bal"] - fee)], short={"invoice_id": inv["id"], "amount": fmt(fee), "reason": "bank charges"},
          reason="SHA: instructed full balance, intermediary charges deducted"),
        pdate([inv]), "short_pay_bank_charges", "MT103 SHA, 33B = balance %s, 71F charges %s" % (fmt(inv["_bal"]), fmt(fee)), {"refs": [inv["number"]]})

# S8b card terminal settlement (single invoice) net of merchant fee
for n in range(4):
    c = pick_cust(("AU",))
    [inv] = pick(c["id"], 1, "AUD", cond=lambda i: i["_bal"] < 500000)
    rate = R.choice([110, 140, 165, 190])  # basis points * 100
    fee = (inv["_bal"] * rate + 5000) // 10000
    acq = R.choice(CARDS)
    batch = "%04d" % R.randint(100, 9999)
    rem = "Settlement batch %s MID 5550%04d. 1 txn: %s %s card ****%04d ref %s. MSF %.2f%% -%s. Net %s" % (
        batch, R.randint(1000, 9999), short_name(c)[:20], grp(inv["_bal"]), R.randint(1000, 9999), inv["number"], rate / 100, grp(fee), grp(inv["_bal"] - fee))
    add(c, "AUD", inv["_bal"] - fee, ("card", acq, None, "BATCH %s" % batch, rem),
        L("partial", [(inv, inv["_bal"] - fee)], short={"invoice_id": inv["id"], "amount": fmt(fee), "reason": "merchant fee"},
          reason="card settlement for %s net of merchant fee" % inv["number"]),
        pdate([inv]), "card_settlement_fee", "acquirer settlement, gross %s = balance, fee %s" % (fmt(inv["_bal"]), fmt(fee)), {"refs": [inv["number"]]})
# card batch with several customers -> review
for n in range(3):
    invs = []
    cs = []
    for k in range(R.choice([2, 3])):
        c = pick_cust(("AU",), exclude=[x["id"] for x in cs]); cs.append(c)
        invs += pick(c["id"], 1, "AUD", cond=lambda i: i["_bal"] < 300000)
    gross = sum(i["_bal"] for i in invs)
    fee = (gross * 150 + 5000) // 10000
    batch = "%04d" % R.randint(100, 9999)
    lines = "; ".join("%s %s ref %s" % (short_name(CUSTBY[i["customer_id"]])[:16], grp(i["_bal"]), i["number"]) for i in invs)
    rem = "Settlement batch %s. %d txns: %s. Gross %s MSF -%s Net %s" % (batch, len(invs), lines, grp(gross), grp(fee), grp(gross - fee))
    add(None, "AUD", gross - fee, ("card", R.choice(CARDS), None, "BATCH %s" % batch, rem),
        L("review", [], unapplied=gross - fee, cands=[invs], reason="multi-customer card batch net of fees; fee split unknown"),
        pdate(invs), "card_batch_review", "batch covers %s; net of %s fee cannot be allocated without a decision" % (", ".join(i["number"] for i in invs), fmt(fee)),
        {"refs": [i["number"] for i in invs]})

# S9 overpayments
OVER = {"en": ["Payment {R} incl. freight as per your quote", "Paid {R} - rounded up, keep the change on account", "{R}"],
        "en-NZ/mi": ["{R} plus the extra for the shackles we picked up at the counter", "{R}"],
        "en-FJ/fj": ["Payment for {R}", "{R} - includes GST again by mistake?"], "fr": ["Règlement facture {R}", "Facture {R}"]}
for n in range(15):
    c = country_pick()
    cur = R.choice(c["curs"])
    [inv] = pick(c["id"], 1, cur)
    extra = R.choice([R.randint(500, 25000), inv["_bal"] // 10, 10000 - inv["_bal"] % 10000])
    amt = inv["_bal"] + extra
    body = R.choice(OVER[lang_of(c)]).format(R=style_ref(inv, 0))
    ch = render(c, cur, [style_ref(inv, 1)], body=body if R.random() < 0.6 else None, cid_known=True, charges="OUR")
    add(c, cur, amt, ch, L("unapplied", [(inv, inv["_bal"])], unapplied=extra, reason="overpayment of %s; remainder held on account" % inv["number"]),
        pdate([inv]), "overpayment", "%s balance %s, paid %s" % (inv["number"], fmt(inv["_bal"]), fmt(amt)), {"refs": [inv["number"]], "no_fit_rest": True})

# S10 second payments of an invoice already paid earlier in this file
for n in range(9):
    c = country_pick()
    cur = R.choice(c["curs"])
    [inv] = pick(c["id"], 1, cur)
    amt = inv["_bal"]
    d1 = pdate([inv], hi=date(2026, 3, 18))
    ch = render(c, cur, [style_ref(inv, 1)], charges="OUR")
    add(c, cur, amt, ch, L("applied", [(inv, amt)], reason="reference %s and exact balance" % inv["number"]), d1,
        "exact_reference", "first payment of %s (paid again later in this file)" % inv["number"], {"refs": [inv["number"]]})
    ch = render(c, cur, [style_ref(inv, R.randint(0, 6))], body=R.choice([None, "Payment run %d" % R.randint(40, 99)]), charges="OUR")
    add(c, cur, amt, ch, L("unapplied", [], unapplied=amt, reason="%s already paid by an earlier payment; duplicate held on account" % inv["number"]),
        pdate([inv], lo=d1 + timedelta(days=R.randint(1, 8))), "second_payment", "%s was fully paid on %s by an earlier payment in this file" % (inv["number"], d1),
        {"refs": [inv["number"]], "paid_already": inv["id"]})

# S11 known customer, fits no invoice
NOFIT = {"en": ["Deposit for new tender order", "Advance for winter haul-out", "On account", None],
         "en-NZ/mi": ["Deposit - new outboard order", "Deposit on account - boat show order", None],
         "en-FJ/fj": ["Advance payment for next container", None], "fr": ["Acompte commande n° %d" % R.randint(4000, 4999), None]}
for n in range(16):
    c = country_pick()
    cur = R.choice(c["curs"])
    amt = R.choice([R.randint(10, 300) * 10000, R.randint(5000, 900000)])
    body = R.choice(NOFIT[lang_of(c)])
    ch = render(c, cur, [], body=body, cid_known=True, charges="OUR")
    add(c, cur, amt, ch, L("unapplied", [], unapplied=amt, reason="known customer; amount fits no open invoice"),
        pdate(), "no_fit_known_customer", "customer %s identified; no subset of open invoices (up to 4) sums to %s" % (c["id"], fmt(amt)), {"no_fit": True})

# S12 unknown payers
UNK = [("J & M NGUYEN", "BOAT PARTS"), ("SMITH FAMILY TRU", "MARCH"), ("MR T RAUHIHI", "P:MOORING C:BERTH R:RAUHIHI"), ("K NAIVALU", "PAYMENT"),
       ("SEA SPRAY HOLDIN", "INVOICE"), ("LE GOFF JEAN-MAR", "FACTURE"), ("R W KELLY", "PAINT"), ("PACIFIC TRADE FINANCE", "/RFB/TRADE SETTLEMENT")]
for n, (nm, rf) in enumerate(UNK):
    cur = ["AUD", "AUD", "NZD", "FJD", "AUD", "EUR", "AUD", "USD"][n]
    if n % 3 == 1:
        c = R.choice([x for x in customers if cur in x["curs"]])
        [inv] = pick(c["id"], 1, cur)
        amt = inv["_bal"]
        lab = L("review", [], unapplied=amt, cands=[[inv]], reason="unknown payer; amount equals one open invoice of %s" % c["name"])
        note = "payer unrelated to any customer; amount happens to equal balance of %s (%s) - not enough to apply" % (inv["number"], c["name"])
        meta = {"cand_amount": True}
        d = pdate([inv])
    else:
        amt = R.randint(3000, 400000)
        lab = L("review", [], unapplied=amt, reason="unknown payer, no reference, no amount match")
        note = "unknown payer; nothing matches"
        meta = {"no_fit_any": True}
        d = pdate()
    add(None, cur, amt, ("becs" if cur == "AUD" else "nz" if cur == "NZD" else "swift", nm, None, rf, None), lab, d,
        "unknown_payer", note, meta)

# S13 PO numbers that look like invoice numbers
for n in range(11):
    c = country_pick(weights=(("AU", 50), ("NZ", 30), ("FJ", 20)))
    cur = R.choice(c["curs"])
    [inv] = pick(c["id"], 1, cur)
    while True:
        po = str(R.randint(310001, num - 1))
        o = BYNUM.get("INV-" + po)
        if o and o["customer_id"] != c["id"] and o["_bal"] != inv["_bal"]:
            break
    amt = inv["_bal"]
    if n % 2 == 0:
        body = "Our PO %s - your invoice %s" % (po, digits(inv))
        ch = render(c, cur, [], body=body, cid_known=True, charges="OUR")
        note = "remittance gives our PO %s (= number of another customer's %s) and the real invoice %s" % (po, o["number"], inv["number"])
    else:
        ch = render(c, cur, ["PO " + po if R.random() < 0.5 else "PO" + po], cid_known=True, charges="OUR")
        note = "reference is the customer's PO %s, which equals another customer's invoice %s; amount = balance of own %s only" % (po, o["number"], inv["number"])
    add(c, cur, amt, ch, L("applied", [(inv, amt)], reason="PO %s is not our invoice; amount and customer match %s" % (po, inv["number"])),
        pdate([inv]), "po_lookalike", note, {"po": po, "unique_single": True})

# S14 genuinely ambiguous -> review
def older_first(a, b):
    return sorted([a, b], key=lambda i: (i["due_date"], i["number"]))
for n in range(7):   # two open invoices with the same balance, no reference
    c = country_pick()
    cur = R.choice(c["curs"])
    a, b = pick(c["id"], 2, cur)
    b["_bal"] = a["_bal"]; b["_tot"] = max(b["_tot"], a["_bal"]) if b["_tot"] != b["_bal"] else a["_bal"]
    b["_tot"] = a["_bal"]; b["_bal"] = a["_bal"]
    amt = a["_bal"]
    ch = render(c, cur, [], body=R.choice([None, None, "Monthly supplies"]), cid_known=True, charges="OUR")
    add(c, cur, amt, ch, L("review", [], unapplied=amt, cands=[[x] for x in older_first(a, b)], reason="two open invoices with the same balance, no reference"),
        pdate([a, b]), "ambiguous_duplicate_amount", "%s and %s both have balance %s" % (a["number"], b["number"], fmt(amt)), {"cand_amount": True})
for n in range(5):   # reference says X, amount equals Y
    c = country_pick()
    cur = R.choice(c["curs"])
    x, y = pick(c["id"], 2, cur)
    if abs(x["_bal"] - y["_bal"]) < 100: continue
    amt = y["_bal"]
    ch = render(c, cur, [style_ref(x, 1)], cid_known=True, charges="OUR")
    add(c, cur, amt, ch, L("review", [], unapplied=amt, cands=[[x], [y]], reason="reference names %s but amount equals %s" % (x["number"], y["number"])),
        pdate([x, y]), "ambiguous_ref_vs_amount", "ref %s (balance %s) vs amount = balance of %s" % (x["number"], fmt(x["_bal"]), y["number"]), {"refs": [x["number"]]})
for pair in [("Port Stephens Marine Pty Ltd", "Port Stephens Marina Pty Ltd"), ("Gold Coast City Marina & Shipyard Pty Ltd", "Gold Coast City Boat Hire Pty Ltd")] * 2:
    ca, cb = [next(c for c in customers if c["name"] == nm) for nm in pair]
    [a] = pick(ca["id"], 1, "AUD"); [b] = pick(cb["id"], 1, "AUD")
    b["_tot"] = b["_bal"] = a["_bal"]
    amt = a["_bal"]
    add(ca, "AUD", amt, ("becs", short_name(ca)[:16], None, R.choice(["PAYMENT", "SUPPLIES", "TIDEWATER MARINE"]), None),
        L("review", [], unapplied=amt, cands=[[x] for x in older_first(a, b)], reason="truncated payer name fits two customers, each with an invoice of this amount"),
        pdate([a, b]), "ambiguous_truncated_payer", "'%s' is both %s and %s; %s and %s both %s" % (short_name(ca)[:16], ca["name"], cb["name"], a["number"], b["number"], fmt(amt)),
        {"cand_amount": True})
for n in range(4):   # third-party payment: a customer pays another customer's invoice
    c = country_pick(weights=(("AU", 60), ("NZ", 40)))
    cur = c["curs"][0]
    o = pick_cust(("AU",) if c["country"] == "AU" else ("NZ", "CK"), cur=cur, exclude=[c["id"]])
    [inv] = pick(o["id"], 1, cur)
    amt = inv["_bal"]
    ch = render(c, cur, [style_ref(inv, 1)], cid_known=True, charges="OUR")
    add(c, cur, amt, ch, L("review", [], unapplied=amt, cands=[[inv]], reason="payer %s pays %s which belongs to %s" % (c["id"], inv["number"], o["name"])),
        pdate([inv]), "ambiguous_third_party", "customer %s pays %s of %s (%s); could be a group payment or a wrong reference" % (c["name"], inv["number"], o["name"], o["id"]),
        {"refs": [inv["number"]]})
for n in range(4):   # two invoices named, amount below their sum and equal to neither
    c = country_pick()
    cur = R.choice(c["curs"])
    a, b = pick(c["id"], 2, cur)
    amt = a["_bal"] + b["_bal"] - R.randint(1000, min(a["_bal"], b["_bal"]) // 2)
    if amt in (a["_bal"], b["_bal"]): continue
    ch = render(c, cur, [style_ref(a, 1), style_ref(b, 1)], cid_known=True, charges="OUR")
    add(c, cur, amt, ch, L("review", [], unapplied=amt, cands=[[a, b]], reason="two invoices named; payment short of their sum with no reason"),
        pdate([a, b]), "ambiguous_unexplained_short", "names %s + %s = %s, paid %s, no reason given" % (a["number"], b["number"], fmt(a["_bal"] + b["_bal"]), fmt(amt)),
        {"refs": [a["number"], b["number"]]})

# S15 other currency than the invoice
FX = {("NZD", "AUD"): 0.91, ("FJD", "AUD"): 0.67, ("EUR", "USD"): 1.08, ("FJD", "USD"): 0.44, ("USD", "AUD"): 1.53, ("NZD", "USD"): 0.58}
for n in range(8):
    c = country_pick(weights=(("NZ", 35), ("FJ", 35), ("NC", 15), ("US", 15)))
    icur = R.choice(c["curs"])
    pcur = R.choice([p for (a, p) in FX if a == icur])
    [inv] = pick(c["id"], 1, icur)
    amt = int(inv["_bal"] * FX[(icur, pcur)])
    ch = render(c, pcur, [style_ref(inv, 1)], cid_known=True, charges="OUR")
    add(c, pcur, amt, ch, L("review", [], unapplied=amt, cands=[[inv]], reason="pays %s in %s; invoice is in %s" % (inv["number"], pcur, icur)),
        pdate([inv]), "currency_mismatch", "%s is %s %s; payment %s %s" % (inv["number"], icur, fmt(inv["_bal"]), pcur, fmt(amt)), {"refs": [inv["number"]]})

# S16 bad rows
BAD = [("amount", "", "invalid_amount"), ("amount", "1O50.00", "invalid_amount"), ("amount", "-1245.60", "negative_amount"),
       ("amount", "0.00", "zero_amount"), ("currency", None, "missing_currency"), ("currency", "AU$", "invalid_currency"),
       ("date", "2026-02-30", "invalid_date"), ("date", None, "missing_date"), ("amount", None, "invalid_amount"),
       ("currency", "A$D", "invalid_currency")]
for n, (field, val, err) in enumerate(BAD):
    c = country_pick(weights=(("AU", 60), ("NZ", 40)))
    cur = c["curs"][0]
    amt = R.randint(10000, 300000)
    ch = render(c, cur, [], body=None, cid_known=True)
    if err == "negative_amount":
        ch = (ch[0], ch[1], ch[2], "DISHONOUR " + (ch[3] or "")[:8], "Returned item - refer to drawer")
    p = add(c, cur, amt, ch, {"status": "review", "applications": [], "unapplied": "0.00", "short_pay": None, "candidates": [],
                              "reason": "bad row: %s" % err, "error": err}, pdate(), "bad_row", "%s = %r" % (field, val), {"bad": True})
    p[field] = val

# ---------------------------------------------------------------- order, verify, write
for k, p in enumerate(payments):
    p["_sort"] = (p["date"] if p["date"] and p["_meta"].get("bad") is None else None, k)
for p in payments:
    if p["_meta"].get("bad"):
        p["_sort"] = (p["_lab"]["note"], 0)
# bad rows keep a plausible position: use their generated date when valid, else mid-month
def sortkey(ip):
    k, p = ip
    d = p["date"] if isinstance(p["date"], str) and len(p["date"]) == 10 and p["date"] != "2026-02-30" else "2026-03-16"
    return (d, k)
payments = [p for k, p in sorted(enumerate(payments), key=sortkey)]
R2 = random.Random(7)
for n, p in enumerate(payments):
    p["id"] = "p-%04d" % (5001 + n)

bal = {i["id"]: i["_bal"] for i in invoices}
def subsets(invs, amt, maxk):
    out = []
    for k in range(1, maxk + 1):
        for comb in itertools.combinations(invs, k):
            if sum(bal[i["id"]] for i in comb) == amt:
                out.append(sorted(i["id"] for i in comb))
    return out
problems = []
for p in payments:
    lab, meta = p["_lab"], p["_meta"]
    if meta.get("bad"):
        continue
    amt = meta["cents"]
    cust = CUSTBY.get(p["customer_id"]) if p["customer_id"] else None
    cid = cust["id"] if cust else (INV[lab["applications"][0]["invoice_id"]]["customer_id"] if lab["applications"] else None)
    opn = [i for i in invoices if i["customer_id"] == cid and i["currency"] == p["currency"] and bal[i["id"]] > 0] if cid else []
    if meta.get("unique_single"):
        s = subsets(opn, amt, 3)
        if s != [[lab["applications"][0]["invoice_id"]]]: problems.append((p["id"], "unique_single", s))
    if meta.get("unique_subset"):
        s = subsets(opn, amt, max(4, len(lab["applications"])))
        if s != [sorted(a["invoice_id"] for a in lab["applications"])]: problems.append((p["id"], "unique_subset", s))
    if meta.get("no_fit"):
        s = subsets(opn, amt, 4)
        if s: problems.append((p["id"], "no_fit", s))
    allopen = [i for i in invoices if i["currency"] == p["currency"] and bal[i["id"]] == amt]
    if meta.get("cand_amount"):
        if sorted(i["id"] for i in allopen) != sorted(x for c in lab["candidates"] for x in c): problems.append((p["id"], "cand_amount", [i["id"] for i in allopen]))
    if meta.get("no_fit_any") and allopen:
        problems.append((p["id"], "no_fit_any", [i["id"] for i in allopen]))
    if meta.get("paid_already") and bal[meta["paid_already"]] != 0:
        problems.append((p["id"], "paid_already", bal[meta["paid_already"]]))
    tot = 0
    for a in lab["applications"]:
        i = INV[a["invoice_id"]]
        c = int(a["amount"].replace(".", ""))
        assert i["currency"] == p["currency"], p["id"]
        bal[i["id"]] -= c
        assert bal[i["id"]] >= 0, (p["id"], i["id"])
        tot += c
    assert tot + int(lab["unapplied"].replace(".", "")) == amt, p["id"]
if problems:
    for x in problems: print("PROBLEM", x)
    raise SystemExit(1)

inv_out = [{"id": i["id"], "number": i["number"], "customer_id": i["customer_id"], "customer_name": i["customer_name"],
            "currency": i["currency"], "total": fmt(i["_tot"]), "balance": fmt(i["_bal"]), "issue_date": i["issue_date"],
            "due_date": i["due_date"]} for i in invoices]
pay_out = [{k: p[k] for k in ("id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance")} for p in payments]
lab_out = []
for p in payments:
    l = {"payment_id": p["id"]}
    l.update(p["_lab"])
    lab_out.append(l)
def dump(name, obj):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
dump("invoices.json", inv_out); dump("payments.json", pay_out); dump("labels.json", lab_out)
print(len(inv_out), "invoices", len(pay_out), "payments")

# ---------------------------------------------------------------- README
from collections import Counter
st = Counter(l["status"] for l in lab_out)
sc = Counter(l["scenario"] for l in lab_out)
lg = Counter(l["note"].split("|")[1].split("]")[0] for l in lab_out)
chn = Counter(l["note"][1:].split("|")[0] for l in lab_out)
cu = Counter(p["currency"] for p in pay_out)
icu = Counter(i["currency"] for i in inv_out)
def table(cnt):
    return "\n".join("| %s | %d |" % (k, v) for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], str(kv[0]))))
readme = f"""# Blind cash-application set 313 — Tidewater Marine Distribution (AU/NZ/Pacific)

Theme: a made-up marine & boating supplies distributor selling to chandleries, marinas, boatyards,
fishing fleets and charter operators in Australia, New Zealand, the Cook Islands, Fiji, New Caledonia /
French Polynesia and the US-dollar Pacific (Samoa, Tonga, Vanuatu, American Samoa, Marshall Is., Palau).
All names are invented. Generated by `build.py` (seeded, stdlib only); `check.py` re-verifies every label.

## Files

| file | content |
|---|---|
| `invoices.json` | {len(inv_out)} open invoices (contract fields; `INV-3xxxxx` numbers, ids `i-NNNN`) |
| `payments.json` | {len(pay_out)} payments, oldest first (contract fields only) |
| `labels.json` | one expected MATCHES.json entry per payment, same order, plus `scenario`, `note` and (bad rows) `error` |
| `build.py` / `check.py` | generator / verifier |

Invoice currencies: {dict(icu)}. Payment currencies (bad rows included): {dict((str(k), v) for k, v in cu.items())}.

## Bank data modelled
- **AU BECS direct entry**: payer name upper-case, cut to 16 chars (`PORT STEPHENS MA` is two customers!),
  lodgement reference <= 18 chars; longer lists go to a separate remittance advice.
- **NPP / PayID**: full or upper-case name, 35-char reference, remittance <= 280 chars.
- **BPAY**: reference is a CRN = 5-digit customer number + 6 invoice digits + Luhn (MOD10V01) check digit; biller knows the customer.
- **NZ transfers**: `P:<particulars> C:<code> R:<reference>`, each <= 12 chars, payer cut to 20.
- **Cheques**: `CHQ nnnnnn` reference, stub text as remittance. One dishonour (negative amount) is a bad row.
- **Card-terminal settlements** (Tyro/CBA/WBC/ANZ): acquirer as payer, no customer id, net of merchant service fee.
- **SWIFT MT103** from the Pacific: `:70:` field as reference (`/INV/...` or `/RFB/...`), `:71A:OUR|SHA`; SHA adds `:33B:` instructed amount and `:71F:` charges.
- Remittance languages: English (AU), English with Māori greetings/sign-offs (NZ, Cook Is.), English with Fijian (Bula vinaka / Vinaka vakalevu), French (New Caledonia, Tahiti; amounts `12 345,67`).

## Label conventions
- `applications[].amount`, `unapplied`, `short_pay.amount` are decimal strings; applications + unapplied = payment amount.
- `review`: nothing applied, **`unapplied` = the whole payment** (read literally from "applications and unapplied add up to the payment").
- `candidates`: a list of invoice-id lists (each list one candidate set), best first; for two equal candidates, older due date first. Compare as sets if order is not meaningful to you.
- `short_pay.reason` is a short category (`damaged goods`, `freight not agreed`, `price difference`, `missing items`, `returned goods`, `bank charges`, `merchant fee`); compare loosely.
- `reason` is free text for humans.
- **Bad rows** (unparseable/missing/negative/zero amount, missing or malformed currency, impossible or missing date): `status` `review`, no applications, `unapplied` `"0.00"`, no candidates, and `error` (a code like `invalid_amount`). The contract does not define bad rows; this is my convention.
- Payments are applied in file order: second payments, balances after part payments and stale-total overpayments depend on earlier rows.

## Counts
Status:

| status | n |
|---|---|
{table(st)}

Scenario:

| scenario | n |
|---|---|
{table(sc)}

Remittance language / locale (from the note tag):

| locale | n |
|---|---|
{table(lg)}

Channel:

| channel | n |
|---|---|
{table(chn)}

## Deliberately hard
- Typos in references (transposed or wrong digit) where the typo is sometimes another customer's invoice; amount is exact and unique for the payer.
- Customer PO numbers in the invoice-number range that equal **another customer's** invoice number (`po_lookalike`) — apply by amount to the payer's own invoice.
- BPAY CRNs that embed the invoice number between a customer number and a check digit.
- Ranges written as `310245-48`, `INV310245-310248`, `INV-a to INV-b`; statement lump sums by month ("all January invoices").
- Invoices already part-paid before the run (balance < total), part payments followed later by the exact rest,
  and customers who later pay the **original** balance again (apply what is left, hold the excess).
- Second payments of an invoice paid earlier in the same file -> `unapplied`, nothing applied.
- Short pays with reasons in English/French, a deduction inside a three-invoice list, SWIFT SHA charges, single card settlements net of MSF.
- Review cases: equal balances, reference vs amount conflict, 16-char BECS truncation shared by two customers, a customer paying another customer's invoice,
  two invoices named with an unexplained shortfall, multi-customer card batches net of fees, payments in a currency other than the invoice's, unknown payers
  (some with an amount that coincides with one open invoice).

## Ambiguities in the contract and how I labelled them
- `unapplied` on `review` rows: set to the full payment amount (nothing applied). Bad rows use `"0.00"`.
- Currency mismatch with a named invoice: `review` with that invoice as candidate (not `unapplied`), since an FX decision is needed.
- Net-of-fee receipts (SWIFT SHA, single card settlement): `partial` with `short_pay` reasons `bank charges` / `merchant fee`.
- A unique two- or three-invoice combination with no remittance from a known customer (`lump_combination`): `applied` (verified unique over all subsets up to size 4).
- Third-party payments (a customer paying an invoice of a different customer): `review`.
"""
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
    f.write(readme)
