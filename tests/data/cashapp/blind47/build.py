#!/usr/bin/env python3
"""Deterministic generator for the blind cash-application set `ledger_africa`.

stdlib only.  `python3 build.py` rewrites ledger_africa/{invoices,payments,labels}.json
and README.md byte for byte.  The build replays every payment in file order and
asserts every label (sums, balances, currencies) and every scenario assumption
(amount uniqueness, no hidden subset fits, name uniqueness, mentioned numbers).
"""
import itertools
import json
import os
import random
import re
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal as D, ROUND_HALF_UP

R = random.Random(152_2026)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_africa")
CENT = D("0.01")


def q(x):
    return D(x).quantize(CENT, ROUND_HALF_UP)


def s(x):
    return str(q(x))


def th(x):
    """1,234,567.89"""
    return "{:,.2f}".format(q(x))


def sp(x):
    """1 234 567.89 (ZA style)"""
    return th(x).replace(",", " ")


# ----------------------------------------------------------------------------
# customers
# ----------------------------------------------------------------------------
CUR = {"ZA": "ZAR", "KE": "KES", "NG": "NGN", "GH": "GHS", "US": "USD"}
VAT = {"ZAR": D("0.15"), "KES": D("0.16"), "NGN": D("0.075"), "GHS": D("0.15"), "USD": D("0")}
RANGE = {"ZAR": (1800, 160000), "KES": (14000, 850000), "NGN": (150000, 16000000),
         "GHS": (900, 90000), "USD": (450, 45000)}
SYM = {"ZAR": "R", "KES": "KES", "NGN": "NGN", "GHS": "GHS", "USD": "USD"}

ZA_A = ["Karoo", "Limpopo", "Boland", "Namakwa", "Overberg", "Highveld", "Lowveld", "Soutpansberg",
        "Umhlaba", "Tzaneen", "Upington", "Swartland", "Kuruman", "Makhado", "Polokwane", "Mthatha",
        "Vryburg", "Ladysmith", "Bethlehem", "Worcester", "Oudtshoorn", "Graaff-Reinet", "Nelspruit",
        "Thohoyandou", "Ceres", "Citrusdal", "Louis Trichardt", "Giyani", "Bushbuckridge", "Kokstad"]
ZA_B = ["Solar Dealers", "Agri Supplies", "Besproeiing", "Pump & Pipe", "Boerdery Voorsiening",
        "Water Solutions", "Farm Centre", "Landbou Ko-op", "Energy Traders", "Irrigation",
        "Hardware & Solar", "Boorgate en Pompe"]
ZA_C = ["(Pty) Ltd", "(Pty) Ltd", "CC", "(Pty) Ltd", ""]
KE_A = ["Kitui", "Nyeri", "Machakos", "Meru", "Embu", "Kisumu", "Eldoret", "Nakuru", "Makueni",
        "Garissa", "Kakamega", "Bungoma", "Kericho", "Naivasha", "Isiolo", "Marsabit", "Homa Bay",
        "Migori", "Thika", "Kiambu", "Murang'a", "Laikipia", "Narok", "Kajiado", "Voi", "Malindi",
        "Kilifi", "Siaya", "Busia", "Nanyuki"]
KE_B = ["Farmers Cooperative Society", "Solar Hub Ltd", "Mwangaza Dealers", "Shamba Irrigation Supplies",
        "Agrovet Ltd", "Maji Solutions Ltd", "Dairy Farmers Co-op Society", "Jua Energy Traders",
        "Women Self Help Group", "Horticulture Growers Sacco", "Hardware & Pumps Ltd"]
NG_A = ["Adebayo", "Okafor", "Danjuma", "Chukwu", "Oladipo", "Bello", "Nwosu", "Ibrahim", "Eze",
        "Abubakar", "Ogun", "Kano", "Kaduna", "Benue", "Plateau", "Enugu", "Ondo", "Kwara", "Sokoto",
        "Oyo", "Delta", "Niger", "Jigawa", "Katsina", "Ekiti"]
NG_B = ["Agro Ventures Ltd", "Solar & Pumps Enterprises", "Farmers Multipurpose Coop Soc",
        "Sunrise Light Ltd", "Integrated Farms Ltd", "Irrigation Services Nig Ltd",
        "Global Resources Ltd", "Agro Allied Ltd", "Rice Growers Association"]
GH_A = ["Ashanti", "Volta", "Tamale", "Bono", "Kumasi", "Techiman", "Ho", "Wa", "Bolgatanga",
        "Sunyani", "Akuapem", "Kintampo", "Ejura", "Nkawkaw", "Savannah", "Keta", "Yendi"]
GH_B = ["Agro Inputs Ltd", "Irrigation Co-operative", "Solar Dealers Ltd", "Farmers Union",
        "Agric Ventures", "Light & Power Enterprise"]
US_A = ["Harvest Light", "Blue Well", "Green Valley", "Hope for Fields", "Open Fields", "Bright Futures",
        "Clear Water", "Rural Power", "Sahel Resilience", "Rift Valley", "Savanna Growth", "Sunrise Aid",
        "Thirsty Land", "Seed & Sun", "Village Light"]
US_B = ["International", "Relief Fund", "Foundation", "Partners", "Alliance", "Trust", "Initiative"]

PLAN = [("ZA", 88), ("KE", 80), ("NG", 60), ("GH", 42), ("US", 30)]


def make_customers():
    out = []
    used = set()
    for cc, n in PLAN:
        ids = R.sample(range(11, 990), n)
        k = 0
        while k < n:
            if cc == "ZA":
                nm = "%s %s %s" % (R.choice(ZA_A), R.choice(ZA_B), R.choice(ZA_C))
            elif cc == "KE":
                nm = "%s %s" % (R.choice(KE_A), R.choice(KE_B))
            elif cc == "NG":
                nm = "%s %s" % (R.choice(NG_A), R.choice(NG_B))
            elif cc == "GH":
                nm = "%s %s" % (R.choice(GH_A), R.choice(GH_B))
            else:
                nm = "%s %s" % (R.choice(US_A), R.choice(US_B))
            nm = nm.strip()
            # keep the first two words unique per country so a truncated bank name rarely collides
            key = (cc, " ".join(nm.split()[:2]).upper()) if cc != "US" else (cc, nm)
            if key in used:
                continue
            used.add(key)
            out.append({"id": "%s%04d" % (cc, ids[k]), "name": nm, "cc": cc, "cur": CUR[cc],
                        "terms": R.choice([30, 30, 45, 60]) if cc != "US" else 30, "sim": False})
            k += 1
    return out


CUSTOMERS = make_customers()
# two deliberately confusable pairs (same leading words after bank truncation)
CUSTOMERS += [
    {"id": "KE0993", "name": "Mwingi Farmers Cooperative Society", "cc": "KE", "cur": "KES", "terms": 30, "sim": True},
    {"id": "KE0994", "name": "Mwingi Farmers Dairy Co-op Society", "cc": "KE", "cur": "KES", "terms": 30, "sim": True},
    {"id": "ZA0995", "name": "Riversdal Boere Ko-operasie Bpk", "cc": "ZA", "cur": "ZAR", "terms": 30, "sim": True},
    {"id": "ZA0996", "name": "Riversdal Boere Besproeiing (Pty) Ltd", "cc": "ZA", "cur": "ZAR", "terms": 30, "sim": True},
]
BYCC = defaultdict(list)
for _c in CUSTOMERS:
    if not _c["sim"]:
        BYCC[_c["cc"]].append(_c)
RESERVED = set()   # customers owned by a scenario that needs a quiet account


def pick(cc=None, exclude=()):
    while True:
        if cc is None:
            c2 = R.choices(["ZA", "KE", "NG", "GH", "US"], [30, 27, 20, 13, 10])[0]
        else:
            c2 = cc
        c = R.choice(BYCC[c2])
        if c["id"] in RESERVED or c["id"] in exclude:
            continue
        return c


def norm(t):
    return re.sub(r"[^A-Z0-9 ]", "", t.upper().replace("&", " ").replace("-", " ")).split()


def bank_name(c, width=None):
    """Upper-case, punctuation-free, truncated like a bank statement."""
    w = norm(c["name"])
    t = " ".join(w)
    if width is None:
        width = R.choice([20, 22, 25, 30, 35])
    return t[:width].rstrip()


# ----------------------------------------------------------------------------
# invoices
# ----------------------------------------------------------------------------
INVS = []
D0 = date(2025, 9, 22)


def rand_issue(lo=D0, hi=date(2026, 2, 27)):
    return lo + timedelta(R.randint(0, (hi - lo).days))


def rand_net(cur, lo=None, hi=None):
    a, b = RANGE[cur]
    lo = lo or a
    hi = hi or b
    # log-uniform, then a price-list-ish net with cents
    import math
    x = math.exp(R.uniform(math.log(lo), math.log(hi)))
    if R.random() < 0.35:
        return q(round(x / 10) * 10)
    return q(round(x, 2))


def new_inv(c, total=None, cur=None, issue=None, group=None, ghost=False, net=None, balance=None, lo=None, hi=None):
    cur = cur or c["cur"]
    if issue is None:
        issue = rand_issue()
    if total is None:
        net = rand_net(cur, lo, hi)
        total = q(net * (1 + VAT[cur]))
    elif net is None:
        net = q(D(total) / (1 + VAT[cur]))
    inv = {"cust": c, "cur": cur, "total": q(total), "balance": q(balance if balance is not None else total),
           "issue": issue, "due": issue + timedelta(c["terms"]), "net": q(net), "ghost": ghost,
           "group": group if group is not None else R.random(), "gidx": 0}
    INVS.append(inv)
    return inv


def group_invs(c, n, **kw):
    g = R.random()
    iss = kw.pop("issue", None) or rand_issue()
    out = []
    for k in range(n):
        inv = new_inv(c, issue=iss, group=g, **kw)
        inv["gidx"] = k
        out.append(inv)
    return out


def background():
    for c in CUSTOMERS:
        n = R.choice([1, 2, 2, 3, 3, 3, 4, 4, 5, 6]) if not c["sim"] else 2
        for _ in range(n):
            inv = new_inv(c)
            if R.random() < 0.08:
                inv["balance"] = q(inv["total"] * D(R.choice(["0.5", "0.4", "0.25", "0.6"])))
        # a few paid invoices, so numbering has gaps that belong to the customer
        for _ in range(R.choice([0, 1, 1, 2])):
            new_inv(c, ghost=True)
    # some dual-currency accounts: dealers that import a container in USD
    for c in R.sample(BYCC["KE"], 6) + R.sample(BYCC["NG"], 6) + R.sample(BYCC["GH"], 3):
        new_inv(c, cur="USD")
        c.setdefault("extra_cur", set()).add("USD")


# ----------------------------------------------------------------------------
# bank and remittance text
# ----------------------------------------------------------------------------
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
FIRST = ["JOHN", "MARY", "PETER", "GRACE", "JOSEPH", "FAITH", "DAVID", "MERCY", "SAMUEL", "ESTHER",
         "JAMES", "LUCY", "DANIEL", "ANN", "MOSES", "CAROLINE"]
LAST = ["KAMAU", "WANJIKU", "OTIENO", "MUTUA", "ODHIAMBO", "KIPROTICH", "NJOROGE", "WAMBUI", "CHEBET",
        "MWANGI", "OCHIENG", "KARIUKI", "MUTHONI", "KIBET", "NYAMBURA"]
NG_BANKS = ["ZENITH", "GTB", "ACCESS", "UBA", "FIRSTBANK", "FIDELITY", "STANBIC", "WEMA", "FCMB"]
GH_BANKS = ["GCB", "ECOBANK", "CAL", "FIDELITY", "ABSA GH", "STANBIC GH"]
ZA_PRE = ["", "", "IB PAYMENT ", "PMT ", "ACB CREDIT ", "FNB APP PAYMENT ", "MAGTAPE CREDIT ",
          "CAPITEC ", "ABSA BANK ", "NEDBANK ", "STD BANK "]


def mpesa_code(d):
    # 2026 codes start with T, second letter tracks the month
    return "T" + "ABCDEFGHIJKL"[d.month - 1] + "".join(R.choice(ALNUM) for _ in range(8))


def nip_session(d):
    return "000015" + d.strftime("%y%m%d") + "%02d%02d%02d" % (R.randint(7, 18), R.randint(0, 59), R.randint(0, 59)) \
        + "".join(R.choice("0123456789") for _ in range(12))


def person():
    return "%s %s %s" % (R.choice(FIRST), R.choice(LAST), R.choice(LAST))


def tok(inv, style=None):
    n = inv["num"]
    styles = ["INV{n}", "INV {n}", "{n}", "INV-{n}", "IN{n}", "INV NO {n}", "INV#{n}", "INVOICE {n}"]
    st = style if style is not None else R.choice(styles)
    return st.format(n=n)


def toks(invs, sep=None):
    sep = sep if sep is not None else R.choice([" ", ", ", "/", " & ", ";"])
    first = tok(invs[0], R.choice(["INV{n}", "INV {n}", "INV-{n}", "{n}", "INVS {n}"]))
    return sep.join([first] + [str(i["num"]) for i in invs[1:]])


def bank_ref(c, body, d, lang="en", mpesa_acc=None):
    """payer_name, reference for a body text (already contains the invoice tokens)."""
    cc = c["cc"]
    if cc == "ZA":
        pre = R.choice(ZA_PRE)
        if lang == "af":
            body = R.choice(["BETALING ", "BET ", "FAKT ", "REK "]) + body
        return bank_name(c), (pre + body)[:40].rstrip()
    if cc == "KE":
        if mpesa_acc is not None:
            return person(), "MPESA PAYBILL 400200 ACC %s %s" % (mpesa_acc, mpesa_code(d))
        form = R.choice(["PESALINK/{b}/{n}", "RTGS {n} {b}", "EFT CR {b} {n}", "IFT {b}"])
        if lang == "sw":
            body = R.choice(["MALIPO ", "MALIPO YA ANKARA ", "ANKARA "]) + body
        return bank_name(c), form.format(b=body, n=bank_name(c, 20))
    if cc == "NG":
        form = R.choice(["NIP/{bk}/{n}/{b}/{sid}", "TRF FRM {n} {b}", "NIP TRANSFER {b} FRM {n}",
                         "MOBILE TRF/{b}/{n}"])
        return bank_name(c, R.choice([25, 30])), form.format(bk=R.choice(NG_BANKS), n=bank_name(c, 24), b=body,
                                                             sid=nip_session(d))
    if cc == "GH":
        form = R.choice(["GHIPSS ACH CR {n} {b}", "GIP/{b}/{n}", "ACH {bk} {b}", "MOMO TRF {b}"])
        return bank_name(c), form.format(n=bank_name(c, 22), b=body, bk=R.choice(GH_BANKS))
    # USD wire
    form = R.choice(["/RFB/{b} /ORDP/{n}", "SWIFT MT103 {n} REF {b}", "WIRE IN {b} ORG {n}",
                     "INWARD TT {n} {b}"])
    return bank_name(c, 35), form.format(b=body, n=bank_name(c, 30))


def generic_ref(c, d, lang="en"):
    """a reference with no invoice number in it"""
    cc = c["cc"]
    if cc == "ZA":
        body = R.choice(["PAYMENT", "ACC " + c["id"], norm(c["name"])[0] + " ACCOUNT", "SUPPLIER PMT",
                         "STOCK ORDER", "ORDER 44%d" % R.randint(10, 99)])
        if lang == "af":
            body = R.choice(["BETALING REK " + c["id"], "BETALING", "REKENING " + c["id"]])
        return bank_name(c), (R.choice(ZA_PRE) + body).strip()
    if cc == "KE":
        body = R.choice(["SUPPLIER PAYMENT", "PAYMENT", "LPO %d" % R.randint(1000, 9999), c["id"]])
        if lang == "sw":
            body = R.choice(["MALIPO", "MALIPO YA BIDHAA", "MALIPO YA PAMPU"])
        return bank_name(c), R.choice(["PESALINK/%s/%s", "RTGS %s %s", "EFT CR %s %s"]) % (body, bank_name(c, 20))
    if cc == "NG":
        return bank_name(c, 30), R.choice([
            "NIP/%s/%s/PAYMENT FOR SOLAR/%s" % (R.choice(NG_BANKS), bank_name(c, 24), nip_session(d)),
            "TRF FRM %s SUPPLIES" % bank_name(c, 24),
            "NIP TRANSFER LPO/%d/%s FRM %s" % (R.randint(100, 999), d.year, bank_name(c, 24))])
    if cc == "GH":
        return bank_name(c), R.choice(["GHIPSS ACH CR %s PAYMENT" % bank_name(c, 22),
                                       "GIP/SUPPLIER PMT/%s" % bank_name(c, 22)])
    return bank_name(c, 35), R.choice(["/RFB/GRANT %s-%d /ORDP/%s" % (R.choice(["GR", "AGR", "SG"]), R.randint(100, 9999), bank_name(c, 30)),
                                       "WIRE IN PO 45000%05d ORG %s" % (R.randint(0, 99999), bank_name(c, 30)),
                                       "INWARD TT %s PROJECT SUPPLIES" % bank_name(c, 30)])


# ----------------------------------------------------------------------------
# jobs (one or more payments per scenario)
# ----------------------------------------------------------------------------
JOBS = []
P0 = date(2026, 3, 2)


def pdate(lo=0, hi=44, bank=True):
    while True:
        d = P0 + timedelta(R.randint(lo, hi))
        if not bank or d.weekday() < 5:
            return d


def job(scen, c, d, lang, amount, render, status, apps=(), short=None, cands=(), reason="", note="",
        expects=(), mentions=(), decoys=(), cur=None):
    """render: fn() -> dict(payer_name, customer_id, reference, remittance) run after numbering."""
    j = {"scen": scen, "cust": c, "date": d, "lang": lang, "amount": q(amount), "cur": cur or c["cur"],
         "render": render, "status": status, "apps": [(i, q(a)) for i, a in apps], "short": short,
         "cands": [list(x) for x in cands], "reason": reason, "note": note, "expects": list(expects),
         "mentions": list(mentions), "decoys": list(decoys)}
    JOBS.append(j)
    return j


def lang_for(cc):
    r = R.random()
    if cc == "ZA" and r < 0.22:
        return "af"
    if cc == "KE" and r < 0.28:
        return "sw"
    return "en"


OUR = "Lumo Water & Solar Distribution"
HOOKS = []


def dstr(d, style=0):
    return [d.strftime("%d/%m/%Y"), d.strftime("%Y-%m-%d"), d.strftime("%d %b %Y"), d.strftime("%d.%m.%Y")][style]


def remit(c, d, lines, lang="en", total=None, extra=None, cur=None):
    """lines: list of (label, amount-or-text)."""
    cur = cur or c["cur"]
    fm = sp if c["cc"] == "ZA" else th
    if total is None:
        total = sum(q(a) for _, a in lines if not isinstance(a, str))
    if lang == "af":
        head = ["BETALINGSADVIES", "Van: %s" % c["name"], "Aan: %s" % OUR, "Datum: %s" % dstr(d, 0),
                "Faktuur          Bedrag"]
        tail = "Totaal betaal: %s %s" % (SYM[cur], fm(total))
    elif lang == "sw":
        head = ["TAARIFA YA MALIPO", "Kutoka: %s" % c["name"], "Kwa: %s" % OUR, "Tarehe: %s" % dstr(d, 0),
                "Ankara           Kiasi"]
        tail = "Jumla: %s %s" % (SYM[cur], fm(total))
    else:
        head = [R.choice(["REMITTANCE ADVICE", "Payment Advice", "PAYMENT NOTIFICATION"]),
                "Payer: %s" % c["name"], "Beneficiary: %s" % OUR, "Value date: %s" % dstr(d, R.choice([0, 1, 2])),
                R.choice(["Document         Amount", "Invoice No.      Amount paid", "Your ref         Amount"])]
        tail = "Total paid: %s %s" % (SYM[cur], fm(total))
    body = []
    for lab, a in lines:
        body.append("%-16s %s" % (lab, a if isinstance(a, str) else fm(a)))
    out = head + body + [tail]
    if extra:
        out.append(extra)
    return "\n".join(out)


def doc(inv):
    return R.choice(["INV-{n}", "INV{n}", "{n}", "IN{n}"]).format(n=inv["num"])


def pay_text(c, d, lang, invs, extra_words=""):
    """bank payer/reference naming the invoices, with optional words."""
    body = (toks(invs) if len(invs) > 1 else tok(invs[0])) + (" " + extra_words if extra_words else "")
    return bank_ref(c, body, d, lang)


def render_plain(c, d, lang, invs, with_id, extra_words="", remittance=None):
    def f():
        payer, ref = pay_text(c, d, lang, invs, extra_words)
        return {"payer_name": payer, "customer_id": c["id"] if with_id else None, "reference": ref,
                "remittance": remittance() if callable(remittance) else remittance}
    return f


def std_amount(cur):
    net = {"ZAR": R.choice([3890, 5260, 7480, 12990, 18650]), "KES": R.choice([38500, 52400, 87600, 129900]),
           "NGN": R.choice([485000, 732500, 1265000, 2390000]), "GHS": R.choice([2480, 4150, 7925, 11600]),
           "USD": R.choice([1850, 3420, 6975, 12400])}[cur]
    return q(D(net) * (1 + VAT[cur]) + D(R.choice(["0.40", "0.85", "0.15", "0.55", "0.70"])))


# ---------------------------------------------------------------- applied
def s_ref_exact(with_id):
    c = pick()
    inv = new_inv(c)
    partial_before = R.random() < 0.12
    if partial_before:
        inv["balance"] = q(inv["total"] * D("0.6"))
    d = pdate()
    lang = lang_for(c["cc"])
    words = ""
    if partial_before:
        words = {"af": "SALDO", "sw": "SALIO"}.get(lang, R.choice(["BAL", "BALANCE", "FINAL"]))
    rem = None
    if R.random() < 0.25:
        rem = lambda: remit(c, d, [(doc(inv), inv["balance"])], lang)
    job("ref_exact" if with_id else "ref_exact_noid", c, d, lang, inv["balance"],
        render_plain(c, d, lang, [inv], with_id, words, rem), "applied", [(inv, inv["balance"])],
        reason="reference names the invoice and the amount equals its balance",
        note=("invoice number in the bank reference, exact balance" + ("" if with_id else "; no customer id, invoice identifies the customer")
              + ("; invoice already part-paid before this ledger, payment clears the balance" if partial_before else "")),
        mentions=[inv])


def s_mpesa_inv():
    c = pick("KE")
    inv = new_inv(c, hi=150000)
    d = pdate(bank=False)
    lang = lang_for("KE")
    accf = R.choice(["{n}", "INV{n}", "{n}", "IN{n}"])

    def f():
        acc = accf.format(n=inv["num"])
        return {"payer_name": person(), "customer_id": None,
                "reference": "MPESA PAYBILL 400200 ACC %s %s" % (acc, mpesa_code(d)), "remittance": None}
    job("mpesa_invoice_account", c, d, lang, inv["balance"], f, "applied", [(inv, inv["balance"])],
        reason="M-Pesa paybill account number is the invoice number; exact balance",
        note="M-Pesa paybill, payer is the dealer's owner (a person), account field = invoice number",
        mentions=[inv])


def s_mpesa_acc():
    c = pick("KE")
    inv = new_inv(c, hi=150000)
    d = pdate(bank=False)

    def f():
        return {"payer_name": person(), "customer_id": None,
                "reference": "MPESA PAYBILL 400200 ACC %s %s" % (R.choice([c["id"], c["id"].lower()]), mpesa_code(d)),
                "remittance": None}
    job("mpesa_customer_account", c, d, "en", inv["balance"], f, "applied", [(inv, inv["balance"])],
        reason="paybill account is the customer code and the amount equals one open invoice",
        note="M-Pesa account field carries the customer code, not an invoice; amount fits exactly one open invoice of that customer",
        expects=[("uniq_cust", c, inv["balance"], [inv])])


def s_multi():
    c = pick()
    n = R.choice([2, 2, 3, 3, 4])
    invs = [new_inv(c) for _ in range(n)]
    invs.sort(key=lambda i: i["issue"])
    amt = sum(i["balance"] for i in invs)
    d = pdate()
    lang = lang_for(c["cc"])
    with_id = R.random() < 0.6
    mode = R.choice(["ref", "remit", "both"])
    if c["cc"] == "ZA" and n > 2 and mode == "ref":
        mode = "both"   # SA references are short: the list is cut, the remittance has it whole

    def f():
        if mode == "remit":
            payer, ref = generic_ref(c, d, lang)
        else:
            payer, ref = pay_text(c, d, lang, invs)
        rem = None
        if mode != "ref":
            rem = remit(c, d, [(doc(i), i["balance"]) for i in invs], lang)
        return {"payer_name": payer, "customer_id": c["id"] if with_id else None, "reference": ref, "remittance": rem}
    job("multi_invoice", c, d, lang, amt, f, "applied", [(i, i["balance"]) for i in invs],
        reason="%d invoices named, amounts add up to the payment" % n,
        note="lump payment of %d invoices listed in the %s" % (n, {"ref": "bank reference", "remit": "remittance advice", "both": "reference and remittance"}[mode]),
        mentions=invs)


def s_range():
    c = pick()
    n = R.choice([3, 3, 4, 5])
    invs = group_invs(c, n)
    amt = sum(i["balance"] for i in invs)
    d = pdate()
    lang = lang_for(c["cc"])
    form = R.choice(["dash", "to", "slash", "dash2"])

    def f():
        a, b = invs[0]["num"], invs[-1]["num"]
        if form == "dash":
            body = "INV%d-%d" % (a, b)
        elif form == "dash2":
            body = "INV %d-%02d" % (a, b % 100)
        elif form == "to":
            body = "%d TO %d" % (a, b)
        else:
            body = "INV%d/" % a + "/".join("%02d" % (i["num"] % 100) for i in invs[1:])
        payer, ref = bank_ref(c, body, d, lang)
        return {"payer_name": payer, "customer_id": c["id"] if R.random() < 0.5 else None, "reference": ref, "remittance": None}
    job("invoice_range", c, d, lang, amt, f, "applied", [(i, i["balance"]) for i in invs],
        reason="consecutive invoices %s of the customer, amounts add up" % ("range" if form != "slash" else "in shorthand"),
        note="reference gives a %s of consecutive invoice numbers (all this customer's), sum is exact" % ("range" if form != "slash" else "slash shorthand"),
        mentions=invs)


def s_amount_only():
    c = pick()
    inv = new_inv(c)
    d = pdate()
    lang = lang_for(c["cc"])

    def f():
        payer, ref = generic_ref(c, d, lang)
        return {"payer_name": payer, "customer_id": c["id"], "reference": ref, "remittance": None}
    job("amount_only", c, d, lang, inv["balance"], f, "applied", [(inv, inv["balance"])],
        reason="known customer, amount equals exactly one open invoice and no combination",
        note="no invoice number anywhere; customer id given; amount fits one invoice to the cent",
        expects=[("uniq_cust", c, inv["balance"], [inv])])


def s_sumall():
    c = pick()
    RESERVED.add(c["id"])
    invs = [i for i in INVS if i["cust"] is c and not i["ghost"] and i["cur"] == c["cur"]]
    if len(invs) < 2:
        invs.append(new_inv(c))
    invs.sort(key=lambda i: (i["due"], i["group"]))
    amt = sum(i["balance"] for i in invs)
    d = pdate()
    lang = lang_for(c["cc"])
    st = date(2026, d.month, 1) - timedelta(1)

    def f():
        payer, ref = generic_ref(c, d, lang)
        if lang == "af":
            rem = "Betaling volgens staat %s. Totaal %s %s." % (dstr(st, 0), SYM[c["cur"]], sp(amt))
        elif lang == "sw":
            rem = "Malipo kulingana na taarifa ya akaunti ya %s. Jumla %s %s." % (dstr(st, 0), SYM[c["cur"]], th(amt))
        else:
            rem = "Payment as per your statement dated %s, all open items. Total %s %s" % (dstr(st, 2), SYM[c["cur"]], th(amt))
        return {"payer_name": payer, "customer_id": c["id"], "reference": ref, "remittance": rem}
    job("statement_payoff", c, d, lang, amt, f, "applied", [(i, i["balance"]) for i in invs],
        reason="payment equals the customer's whole open balance (statement)",
        note="pays the statement: amount = sum of all %d open invoices of the account, no single invoice or smaller set fits" % len(invs),
        expects=[("sumall", c, amt, invs)])


def s_name_only():
    c = pick(exclude=())
    inv = new_inv(c)
    d = pdate()
    lang = lang_for(c["cc"])
    width = R.choice([20, 22, 25, 30])

    def f():
        _, ref = generic_ref(c, d, lang)
        ref = ref.replace(c["id"], "").replace("ACC ", "").strip() or "PAYMENT"
        return {"payer_name": bank_name(c, width), "customer_id": None, "reference": ref, "remittance": None}
    job("name_and_amount", c, d, lang, inv["balance"], f, "applied", [(inv, inv["balance"])],
        reason="truncated payer name identifies the customer and the amount fits one invoice exactly",
        note="no customer id and no invoice number; the truncated bank name matches one customer only; amount unique in the currency",
        expects=[("name_uniq", c, width), ("uniq_cust", c, inv["balance"], [inv]), ("uniq_cur", c["cur"], inv["balance"], [inv])])


def s_po_decoy():
    c = pick()
    inv = new_inv(c)
    d = pdate()
    lang = "en"
    holder = {}

    def f():
        others = [i for i in INVS if i["cust"] is not c and not i["ghost"] and i["cur"] == c["cur"]]
        dec = R.choice(others)
        holder["decoy"] = dec
        j_["decoys"].append(dec["num"])
        if c["cc"] == "US" or R.random() < 0.4:
            payer, ref = bank_ref(c, "PO %d INV %d" % (dec["num"], inv["num"]), d, lang)
            rem = None
        else:
            payer, ref = bank_ref(c, "LPO %d" % dec["num"], d, lang)
            rem = remit(c, d, [("LPO %d" % dec["num"], "ref only"), (doc(inv), inv["balance"])], lang, total=inv["balance"])
        return {"payer_name": payer, "customer_id": c["id"], "reference": ref, "remittance": rem}
    j_ = job("po_number_decoy", c, d, lang, inv["balance"], f, "applied", [(inv, inv["balance"])],
             reason="invoice number and exact balance; the PO number belongs to no invoice of this customer",
             note="customer's PO number happens to equal another customer's invoice number (different balance); the real invoice is also named",
             mentions=[inv])


def s_amount_like_num():
    c = pick(R.choice(["ZA", "KE"]))
    inv = new_inv(c)
    d = pdate()

    def hook():
        others = [i for i in INVS if i["cust"] is not c and not i["ghost"]]
        dec = R.choice(others)
        a = q(dec["num"])
        inv["total"] = inv["balance"] = a
        inv["net"] = q(a / (1 + VAT[inv["cur"]]))
        j_["amount"] = a
        j_["apps"] = [(inv, a)]
        j_["decoys"].append(dec["num"])
        j_["expects"].append(("uniq_cust", c, a, [inv]))
    HOOKS.append(hook)

    def f():
        pre = "PMT " if c["cc"] == "ZA" else "EFT CR "
        return {"payer_name": bank_name(c), "customer_id": c["id"],
                "reference": "%s%s %s" % (pre, s(j_["amount"]), bank_name(c, 18)), "remittance": None}
    j_ = job("amount_looks_like_invoice", c, d, "en", 0, f, "applied", [],
             reason="known customer, amount equals one open invoice; the number in the reference is the amount",
             note="reference quotes the amount, whose digits equal another customer's invoice number")


def s_on_behalf():
    c = pick(R.choice(["KE", "NG", "GH"]))
    ngo = pick("US")
    inv = new_inv(c)
    d = pdate()
    g = "%s-%d" % (R.choice(["GR", "AGR", "SG"]), R.randint(100, 9999))

    def f():
        payer = bank_name(ngo, 35)
        ref = "GRANT %s %s" % (g, tok(inv, "INV{n}"))
        rem = ("Dear %s, on behalf of our grantee %s we have settled invoice %s (%s %s) under grant %s. "
               "Kind regards, Grants Finance, %s" % (OUR, c["name"], "INV-%d" % inv["num"], SYM[c["cur"]], th(inv["balance"]), g, ngo["name"]))
        return {"payer_name": payer, "customer_id": None, "reference": ref, "remittance": rem}
    job("third_party_on_behalf", c, d, "en", inv["balance"], f, "applied", [(inv, inv["balance"])],
        reason="NGO pays the named invoice on behalf of its grantee; exact balance",
        note="payer is an NGO that is itself a (USD) customer; remittance explicitly pays the grantee's local-currency invoice",
        mentions=[inv])


def s_order_dep():
    c = pick()
    amt = std_amount(c["cur"])
    a = new_inv(c, total=amt, issue=rand_issue(hi=date(2026, 1, 15)))
    b = new_inv(c, total=amt, issue=a["issue"] + timedelta(R.randint(10, 30)))
    first, second = (a, b) if R.random() < 0.5 else (b, a)
    d1 = pdate(0, 20)
    d2 = pdate((d1 - P0).days + 2, 44)
    lang = lang_for(c["cc"])
    job("repeat_order_ref", c, d1, lang, amt, render_plain(c, d1, lang, [first], True), "applied", [(first, amt)],
        reason="reference names the invoice, exact balance",
        note="customer has two invoices of the same standard amount; this one is named", mentions=[first])

    def f():
        payer, ref = generic_ref(c, d2, lang)
        return {"payer_name": payer, "customer_id": c["id"], "reference": ref, "remittance": None}
    job("repeat_order_after", c, d2, lang, amt, f, "applied", [(second, amt)],
        reason="the twin invoice was paid earlier in this file; only one invoice of this amount is still open",
        note="order matters: before the earlier payment this would be two equal candidates",
        expects=[("uniq_cust", c, amt, [second])])


def s_part_then_final():
    c = pick()
    mp = c["cc"] == "KE" and R.random() < 0.5
    inv = new_inv(c, hi=300000 if mp else None)
    bal = inv["balance"]
    part = q(bal * D(R.choice(["0.5", "0.3", "0.4"])))
    if bal > 1000:
        part = q(round(part / 100) * 100)
    rest = bal - part
    d1 = pdate(0, 20, bank=not mp)
    d2 = pdate((d1 - P0).days + 3, 44, bank=not mp)
    lang = lang_for(c["cc"])
    w1 = {"af": "DEELBETALING", "sw": "AWAMU YA KWANZA"}.get(lang, R.choice(["PART PMT", "DEPOSIT", "PART PAYMENT", "1ST INSTALMENT"]))
    w2 = {"af": "SALDO", "sw": "AWAMU YA PILI"}.get(lang, R.choice(["BALANCE", "FINAL PMT", "2ND INSTALMENT"]))
    if mp:
        def mk(dd, words):
            def f():
                return {"payer_name": person(), "customer_id": None,
                        "reference": "MPESA PAYBILL 400200 ACC %d %s" % (inv["num"], mpesa_code(dd)), "remittance": None}
            return f
        r1, r2 = mk(d1, w1), mk(d2, w2)
    else:
        r1 = render_plain(c, d1, lang, [inv], R.random() < 0.5, w1)
        r2 = render_plain(c, d2, lang, [inv], R.random() < 0.5, w2)
    job("part_payment", c, d1, lang, part, r1, "partial", [(inv, part)],
        reason="part payment of the named invoice; balance stays open",
        note="first instalment (%s); not a short pay" % ("M-Pesa" if mp else w1), mentions=[inv])
    job("final_instalment", c, d2, lang, rest, r2, "applied", [(inv, rest)],
        reason="pays exactly what the earlier part payment left open",
        note="second payment equals the remaining balance after the earlier part payment in this file", mentions=[inv])


# ---------------------------------------------------------------- partial
def s_wht():
    c = pick(R.choice(["KE", "NG", "NG", "GH"]))
    inv = new_inv(c)
    d = pdate()
    lang = lang_for(c["cc"])
    if c["cc"] == "KE":
        rate, label = D("0.02"), "VAT WHT 2%"
    elif c["cc"] == "GH":
        rate, label = D("0.03"), "WHT 3%"
    else:
        rate, label = D("0.05"), R.choice(["WHT 5%", "WHT @ 5%"])
    wht = q(inv["net"] * rate)
    amt = inv["balance"] - wht

    def f():
        payer, ref = pay_text(c, d, lang, [inv], R.choice(["LESS WHT", "NET OF WHT", "", ""]))
        if lang == "sw":
            extra = "Kodi ya zuio (%s) %s %s imekatwa kwenye thamani bila VAT %s. Cheti kitatumwa." % (label, SYM[c["cur"]], th(wht), th(inv["net"]))
        else:
            extra = R.choice(["Less %s on VAT-exclusive value %s: %s. Certificate to follow." % (label, th(inv["net"]), th(wht)),
                              "%s deducted at source (%s). WHT credit note will be forwarded." % (label, th(wht)),
                              "Gross %s, %s %s, net paid %s." % (th(inv["balance"]), label, th(wht), th(amt))])
        rem = remit(c, d, [(doc(inv), amt)], lang, extra=extra)
        return {"payer_name": payer, "customer_id": c["id"] if R.random() < 0.6 else None, "reference": ref, "remittance": rem}
    job("withholding_tax", c, d, lang, amt, f, "partial", [(inv, amt)], short=(inv, wht, "withholding tax"),
        reason="invoice paid net of withholding tax; the deduction stays open as a short pay",
        note="%s of the net (ex-VAT) value withheld; WHT certificate pending" % label, mentions=[inv])


def s_bank_chg():
    if R.random() < 0.7:
        c = pick("US")
    else:
        c = R.choice([x for x in CUSTOMERS if "USD" in x.get("extra_cur", ()) and x["id"] not in RESERVED])
    inv = new_inv(c, cur="USD")
    chg = q(R.choice([15, 20, 25, 30, 35, 45, 50]))
    amt = inv["balance"] - chg
    d = pdate()

    def f():
        nm = bank_name(c, 30)
        ref = R.choice(["/RFB/INV %d /ORDP/%s /CHGS/USD%s" % (inv["num"], nm, s(chg)),
                        "SWIFT MT103 %s REF %s OUR CHGS DEDUCTED USD %s" % (nm, tok(inv), s(chg)),
                        "INWARD TT %s %s 71A SHA CHG %s" % (nm, tok(inv), s(chg))])
        rem = None
        if R.random() < 0.5:
            rem = "Payment of invoice INV-%d, USD %s, less intermediary bank charges of USD %s." % (inv["num"], th(inv["balance"]), s(chg))
        return {"payer_name": bank_name(c, 35), "customer_id": c["id"] if R.random() < 0.5 else None, "reference": ref, "remittance": rem}
    job("bank_charges", c, d, "en", amt, f, "partial", [(inv, amt)], short=(inv, chg, "bank charges"),
        reason="USD wire for the named invoice arrived net of bank charges",
        note="USD %s correspondent/intermediary charges deducted from the wire; stated in the wire text" % s(chg),
        mentions=[inv], cur="USD")


SHORT_REASONS = [
    ("damaged goods", "less %d x damaged %s (GRN %d), credit note requested", "minus %d x beskadigde %s (GRN %d), kredietnota asseblief", "toa %d x %s zilizoharibika (GRN %d), tafadhali tumeni credit note"),
    ("short delivery", "less %d x %s not delivered (GRN %d)", "minus %d x %s nie afgelewer nie (GRN %d)", "toa %d x %s hazikufika (GRN %d)"),
    ("price difference", "paid at quoted price, difference on %d x %s (quote %d)", "betaal teen kwotasieprys, verskil op %d x %s (kwot %d)", "tumelipa bei ya kwotesheni, tofauti kwa %d x %s (kwot %d)"),
]
ITEMS = ["SP-200 solar pumps", "LUMA-3 lanterns", "drip kits DK-50", "PV panels 330W", "controllers MPPT-20"]


def s_dispute_short():
    c = pick(R.choice(["ZA", "ZA", "KE", "NG", "GH", "US"]))
    inv = new_inv(c, lo=RANGE[c["cur"]][0] * 4)
    ded = q(inv["balance"] * D(R.choice(["0.06", "0.08", "0.11", "0.045"])))
    amt = inv["balance"] - ded
    d = pdate()
    lang = lang_for(c["cc"])
    code, en, af, sw = R.choice(SHORT_REASONS)
    n, item, grn = R.randint(2, 9), R.choice(ITEMS), R.randint(3000, 9999)
    txt = {"af": af, "sw": sw}.get(lang, en) % (n, item, grn)

    def f():
        payer, ref = pay_text(c, d, lang, [inv])
        rem = remit(c, d, [(doc(inv), inv["balance"]), ("  " + txt, "-" + (sp if c["cc"] == "ZA" else th)(ded))], lang, total=amt)
        return {"payer_name": payer, "customer_id": c["id"], "reference": ref, "remittance": rem}
    job("short_pay_dispute", c, d, lang, amt, f, "partial", [(inv, amt)], short=(inv, ded, code),
        reason="named invoice paid less a deduction the customer explains (%s)" % code,
        note="short pay with a stated reason: %s" % code, mentions=[inv])


def s_settlement_disc():
    c = pick("ZA")
    inv = new_inv(c)
    ded = q(inv["balance"] * D("0.025"))
    amt = inv["balance"] - ded
    d = pdate()
    lang = lang_for("ZA")

    def f():
        payer, ref = pay_text(c, d, lang, [inv], "LESS 2.5%" if lang == "en" else "MIN 2.5% KORTING")
        return {"payer_name": payer, "customer_id": c["id"], "reference": ref, "remittance": None}
    job("short_pay_discount", c, d, lang, amt, f, "partial", [(inv, amt)], short=(inv, ded, "settlement discount taken"),
        reason="customer took a 2.5% settlement discount; the difference opens a deduction",
        note="unauthorised early-settlement discount stated in the reference", mentions=[inv])


def s_part_only():
    c = pick()
    inv = new_inv(c, lo=RANGE[c["cur"]][0] * 3)
    bal = inv["balance"]
    part = q(round(bal * D(R.choice(["0.5", "0.25", "0.3", "0.6"])) / 100) * 100)
    d = pdate()
    lang = lang_for(c["cc"])
    silent = R.random() < 0.2
    w = "" if silent else {"af": "DEELBETALING", "sw": "SEHEMU YA MALIPO"}.get(lang, R.choice(["PART PAYMENT", "PART PMT", "DEPOSIT", "ON ACCOUNT OF", "INSTALMENT 1/3"]))

    def f():
        payer, ref = pay_text(c, d, lang, [inv], w)
        rem = None
        if not silent and R.random() < 0.4:
            if lang == "sw":
                rem = "Tumetuma %s %s kama sehemu ya malipo ya ankara %d. Salio tutalipa mwisho wa mwezi." % (SYM[c["cur"]], th(part), inv["num"])
            elif lang == "af":
                rem = "Deelbetaling van %s %s op faktuur %d. Saldo volg einde van die maand." % (SYM[c["cur"]], sp(part), inv["num"])
            else:
                rem = "Part payment of %s %s towards invoice %d; the balance will follow as agreed." % (SYM[c["cur"]], th(part), inv["num"])
        return {"payer_name": payer, "customer_id": c["id"] if R.random() < 0.7 else None, "reference": ref, "remittance": rem}
    job("part_payment", c, d, lang, part, f, "partial", [(inv, part)],
        reason="part payment of the named invoice; the rest stays open",
        note="round part payment%s; no deduction reason, so no short pay" % (" with no wording at all" if silent else " marked as such"),
        mentions=[inv])


def s_lump_short():
    c = pick()
    invs = [new_inv(c, lo=RANGE[c["cur"]][0] * 3) for _ in range(R.choice([2, 3]))]
    invs.sort(key=lambda i: i["issue"])
    k = R.randrange(len(invs))
    ded = q(invs[k]["balance"] * D(R.choice(["0.05", "0.1", "0.07"])))
    amt = sum(i["balance"] for i in invs) - ded
    d = pdate()
    lang = "en" if c["cc"] not in ("ZA", "KE") else lang_for(c["cc"])
    code, en, af, sw = R.choice(SHORT_REASONS)
    txt = {"af": af, "sw": sw}.get(lang, en) % (R.randint(2, 6), R.choice(ITEMS), R.randint(3000, 9999))

    def f():
        payer, ref = generic_ref(c, d, lang) if R.random() < 0.5 else pay_text(c, d, lang, invs)
        lines = []
        for i_, inv in enumerate(invs):
            if i_ == k:
                lines.append((doc(inv), inv["balance"] - ded))
                lines.append(("  " + txt, "(%s)" % th(ded)))
            else:
                lines.append((doc(inv), inv["balance"]))
        return {"payer_name": payer, "customer_id": c["id"], "reference": ref,
                "remittance": remit(c, d, lines, lang, total=amt)}
    apps = [(inv, inv["balance"] - (ded if i_ == k else 0)) for i_, inv in enumerate(invs)]
    job("lump_with_short_pay", c, d, lang, amt, f, "partial", apps, short=(invs[k], ded, code),
        reason="remittance pays %d invoices, one of them less a stated deduction" % len(invs),
        note="lump with per-invoice remittance lines; one line is short (%s)" % code, mentions=invs)


def s_lump_part():
    c = pick()
    invs = [new_inv(c, lo=RANGE[c["cur"]][0] * 3) for _ in range(3)]
    invs.sort(key=lambda i: i["issue"])
    part = q(round(invs[2]["balance"] * D("0.5") / 100) * 100)
    amt = invs[0]["balance"] + invs[1]["balance"] + part
    d = pdate()
    lang = "en"

    def f():
        payer, ref = generic_ref(c, d, lang)
        lines = [(doc(invs[0]), invs[0]["balance"]), (doc(invs[1]), invs[1]["balance"]),
                 (doc(invs[2]) + " part", part)]
        return {"payer_name": payer, "customer_id": c["id"], "reference": ref,
                "remittance": remit(c, d, lines, lang, extra="Balance on %s to follow next month." % doc(invs[2]))}
    job("lump_with_part_payment", c, d, lang, amt, f, "partial",
        [(invs[0], invs[0]["balance"]), (invs[1], invs[1]["balance"]), (invs[2], part)],
        reason="two invoices paid in full, the third in part as the remittance says",
        note="remittance: two full lines and one part payment; no short pay", mentions=invs)


# ---------------------------------------------------------------- unapplied
def s_overpay():
    c = pick()
    inv = new_inv(c)
    d = pdate()
    lang = lang_for(c["cc"])
    kind = R.choice(["round", "total", "double"])
    if kind == "total":
        inv["balance"] = q(inv["total"] * D(R.choice(["0.7", "0.8", "0.5"])))
        amt = inv["total"]
        why = "customer paid the invoice total although part of it was already paid before this ledger"
    elif kind == "round":
        step = {"ZAR": 1000, "KES": 10000, "NGN": 100000, "GHS": 1000, "USD": 1000}[c["cur"]]
        amt = q((int(inv["balance"]) // step + 1) * step)
        if amt - inv["balance"] < step * D("0.1"):
            amt += step
        why = "customer rounded the payment up"
    else:
        extra = q(inv["balance"] * D(R.choice(["0.1", "0.2", "0.15"])))
        amt = inv["balance"] + extra
        why = "paid more than the invoice, remittance calls the rest an advance"
    rem = None
    if kind == "double":
        rem = "Payment for %s. The remaining %s %s is an advance for our next order." % ("INV-%d", SYM[c["cur"]], th(amt - inv["balance"]))

    def f():
        payer, ref = pay_text(c, d, lang, [inv])
        return {"payer_name": payer, "customer_id": c["id"] if R.random() < 0.7 else None, "reference": ref,
                "remittance": rem % inv["num"] if rem else None}
    job("overpayment", c, d, lang, amt, f, "unapplied", [(inv, inv["balance"])],
        reason="named invoice cleared; the excess is held on account",
        note="overpayment: %s" % why, mentions=[inv])


def s_overpay_multi():
    c = pick()
    invs = [new_inv(c) for _ in range(2)]
    extra = q(R.choice([500, 1200, 2500, 40000]) if c["cur"] in ("KES", "NGN") else R.choice([50, 120, 250]))
    amt = sum(i["balance"] for i in invs) + extra
    d = pdate()
    lang = "en"

    def f():
        payer, ref = pay_text(c, d, lang, invs)
        return {"payer_name": payer, "customer_id": c["id"], "reference": ref,
                "remittance": remit(c, d, [(doc(i), i["balance"]) for i in invs], lang, total=amt)}
    job("overpayment_lump", c, d, lang, amt, f, "unapplied", [(i, i["balance"]) for i in invs],
        reason="both named invoices cleared; the remittance total is higher than its lines, excess held",
        note="remittance lines add up to less than the total paid (their addition error)", mentions=invs)


def s_dup_in_file():
    c = pick()
    inv = new_inv(c)
    d1 = pdate(0, 25)
    d2 = pdate((d1 - P0).days + 1, min(44, (d1 - P0).days + 12))
    lang = lang_for(c["cc"])
    with_id = R.random() < 0.6
    words = R.choice(["", "", "INV"])
    job("paid_then_duplicate", c, d1, lang, inv["balance"], render_plain(c, d1, lang, [inv], with_id), "applied",
        [(inv, inv["balance"])], reason="reference names the invoice and the amount equals its balance",
        note="first of two identical payments", mentions=[inv])

    def f():
        payer, ref = pay_text(c, d2, lang, [inv])
        return {"payer_name": payer, "customer_id": c["id"], "reference": ref, "remittance": None}
    job("duplicate_payment", c, d2, lang, inv["balance"], f, "unapplied", [],
        reason="invoice already paid by an earlier payment in this file; whole amount held on account",
        note="customer paid the same invoice twice; nothing else on the account fits the amount",
        expects=[("paid_zero", inv), ("nofit_cust", c, inv["balance"])], mentions=[inv])


def s_dup_prior():
    c = pick()
    g = new_inv(c, ghost=True, issue=rand_issue(hi=date(2026, 1, 31)))
    d = pdate()
    lang = lang_for(c["cc"])

    def f():
        payer, ref = pay_text(c, d, lang, [g])
        return {"payer_name": payer, "customer_id": c["id"], "reference": ref, "remittance": None}
    job("paid_before_ledger", c, d, lang, g["total"], f, "unapplied", [],
        reason="referenced invoice is not open (already settled); amount fits no open invoice; held on account",
        note="reference names this customer's invoice that was paid before the ledger date (not in invoices.json)",
        expects=[("nofit_cust", c, g["total"])], mentions=[g])


def s_nofit():
    c = pick()
    net = rand_net(c["cur"])
    amt = q(net * (1 + VAT[c["cur"]]))
    if R.random() < 0.5:
        amt = q(round(amt / 1000) * 1000 or 1000)
    d = pdate()
    lang = lang_for(c["cc"])
    adv = R.random() < 0.6

    def f():
        if adv:
            w = {"af": "VOORUITBETALING", "sw": "MALIPO YA AWALI"}.get(lang, R.choice(["ADVANCE PMT", "PREPAYMENT", "DEPOSIT NEW ORDER", "PROFORMA PF%d" % R.randint(1000, 9999)]))
            payer, ref = bank_ref(c, w, d, lang)
        else:
            payer, ref = generic_ref(c, d, lang)
        return {"payer_name": payer, "customer_id": c["id"], "reference": ref, "remittance": None}
    job("on_account_no_fit", c, d, lang, amt, f, "unapplied", [],
        reason="known customer, amount fits no open invoice or combination; held on account",
        note=("advance / prepayment for a new order" if adv else "known customer, no reference, amount fits nothing"),
        expects=[("nofit_cust", c, amt)])


# ---------------------------------------------------------------- review
def s_twins():
    c = pick()
    amt = std_amount(c["cur"])
    a = new_inv(c, total=amt, issue=rand_issue(hi=date(2026, 1, 10)))
    b = new_inv(c, total=amt, issue=a["issue"] + timedelta(R.randint(7, 40)))
    d = pdate()
    lang = lang_for(c["cc"])

    def f():
        payer, ref = generic_ref(c, d, lang)
        return {"payer_name": payer, "customer_id": c["id"], "reference": ref, "remittance": None}
    job("equal_amount_twins", c, d, lang, amt, f, "review", cands=[[a], [b]],
        reason="two open invoices of this customer have exactly this balance and nothing says which",
        note="repeat order of the same kit: two invoices with the same amount; older due date listed first",
        expects=[("multi_cust", c, amt, [a, b])])


def s_subset():
    c = pick()
    x = rand_net(c["cur"]) * (1 + VAT[c["cur"]])
    y = rand_net(c["cur"]) * (1 + VAT[c["cur"]])
    a = new_inv(c, total=q(x))
    b = new_inv(c, total=q(y))
    big = new_inv(c, total=q(x) + q(y))
    amt = big["balance"]
    d = pdate()
    lang = lang_for(c["cc"])

    def f():
        payer, ref = generic_ref(c, d, lang)
        return {"payer_name": payer, "customer_id": c["id"], "reference": ref, "remittance": None}
    job("subset_ambiguous", c, d, lang, amt, f, "review", cands=[[big], sorted([a, b], key=lambda i: (i["due"], i["group"]))],
        reason="amount equals one invoice and also the sum of two others",
        note="one invoice equals the sum of two other invoices of the customer; single-invoice reading listed first",
        expects=[("subsets_exact", c, amt, [[big], [a, b]])])


def s_wrong_ref():
    c = pick()
    a = new_inv(c)
    b = new_inv(c, hi=float(a["balance"]) * 0.8 / float(1 + VAT[c["cur"]]), lo=min(RANGE[c["cur"]][0], float(a["balance"]) * 0.2))
    d = pdate()
    lang = lang_for(c["cc"])

    def f():
        payer, ref = pay_text(c, d, lang, [a])
        return {"payer_name": payer, "customer_id": c["id"], "reference": ref, "remittance": None}
    job("ref_amount_conflict", c, d, lang, b["balance"], f, "review", cands=[[b], [a]],
        reason="reference names one invoice but the amount is exactly another invoice's balance",
        note="either a wrong invoice number (amount fits the other invoice to the cent) or a part payment of the named one",
        expects=[("uniq_cust", c, b["balance"], [b])], mentions=[a])


def s_third_party():
    c1 = pick()
    c2 = pick(c1["cc"], exclude={c1["id"]})
    inv = new_inv(c2)
    d = pdate()
    lang = "en"

    def f():
        payer, ref = pay_text(c1, d, lang, [inv])
        return {"payer_name": payer, "customer_id": c1["id"], "reference": ref, "remittance": None}
    job("other_customers_invoice", c1, d, lang, inv["balance"], f, "review", cands=[[inv]],
        reason="bank ties the payment to one customer but the reference names another customer's invoice",
        note="customer %s pays %s's invoice with no explanation; exact amount, but the account mismatch needs a person" % (c1["id"], c2["id"]),
        expects=[("nofit_cust", c1, inv["balance"])], mentions=[inv])


def s_cross_cur():
    c = R.choice([x for x in BYCC[R.choice(["KE", "NG", "GH"])] if "USD" not in x.get("extra_cur", ()) and x["id"] not in RESERVED])
    inv = new_inv(c)
    fx = {"KES": D("129.5"), "NGN": D("1535"), "GHS": D("15.4")}[c["cur"]]
    amt = q(inv["balance"] / fx)
    d = pdate()

    def f():
        ref = "INWARD TT %s %s" % (bank_name(c, 30), tok(inv))
        return {"payer_name": bank_name(c, 30), "customer_id": c["id"], "reference": ref,
                "remittance": "USD equivalent of invoice %d (%s %s)." % (inv["num"], c["cur"], th(inv["balance"]))}
    job("cross_currency", c, d, "en", amt, f, "review", cands=[],
        reason="USD received for a %s invoice; never applied across currencies, no open USD invoice" % c["cur"],
        note="customer paid the USD equivalent of a local-currency invoice; needs FX handling by a person",
        expects=[("no_cur_cust", c, "USD")], mentions=[inv], cur="USD")


UNKNOWN_PAYERS = {
    "ZA": ["CASH DEPOSIT BRANCH 0412", "ATM CASH DEP", "ADT CASH DEPO00412"],
    "KE": ["MPESA C2B", "CASH DEP KISUMU BR", "AGENT DEPOSIT"],
    "NG": ["CASH DEPOSIT", "POS TRANSFER", "NIP/OPAY/TRANSFER"],
    "GH": ["MOMO TRF 024XXXXXXX", "CASH DEP KUMASI", "MOMO TRF 055XXXXXXX"],
    "US": ["WIRE IN", "INCOMING SWIFT"],
}


def s_unknown_two():
    cc = R.choice(["ZA", "KE", "NG", "GH"])
    c1 = pick(cc)
    c2 = pick(cc, exclude={c1["id"]})
    amt = std_amount(c1["cur"]) + q(R.randint(1, 40))
    a = new_inv(c1, total=amt)
    b = new_inv(c2, total=amt)
    d = pdate()
    ab = sorted([a, b], key=lambda i: (i["due"], i["group"]))

    def f():
        p = R.choice(UNKNOWN_PAYERS[cc])
        return {"payer_name": p, "customer_id": None, "reference": R.choice(["PAYMENT", "DEPOSIT", p]), "remittance": None}
    job("unknown_payer_two_fits", c1, d, "en", amt, f, "review", cands=[[ab[0]], [ab[1]]],
        reason="payer unknown; the amount fits one invoice each of two customers",
        note="cash/agent deposit with no name; two customers have an invoice of this exact amount",
        expects=[("cands_only", c1["cur"], amt, [a, b])])


def s_unknown_nofit():
    cc = R.choice(["ZA", "KE", "NG", "GH"])
    cur = CUR[cc]
    amt = q(rand_net(cur) * (1 + VAT[cur]))
    if R.random() < 0.5:
        amt = q(round(amt / 100) * 100 or 100)
    d = pdate()
    c = R.choice(BYCC[cc])

    def f():
        p = R.choice(UNKNOWN_PAYERS[cc])
        return {"payer_name": p, "customer_id": None, "reference": R.choice(["PAYMENT", "DEPOSIT", p, None]), "remittance": None}
    job("unknown_payer_no_fit", c, d, "en", amt, f, "review", cands=[],
        reason="no customer can be identified and no invoice has this amount",
        note="anonymous deposit; nothing to hold it against, so it goes to a person",
        expects=[("cands_only", cur, amt, [])])


def s_name_amb(pair, review):
    c1, c2 = pair
    d = pdate()
    if review:
        amt = std_amount(c1["cur"]) + q(R.randint(41, 90))
        a = new_inv(c1, total=amt)
        b = new_inv(c2, total=amt)
        ab = sorted([a, b], key=lambda i: (i["due"], i["group"]))

        def f():
            return {"payer_name": " ".join(norm(c1["name"])[:2]), "customer_id": None, "reference": "PAYMENT", "remittance": None}
        job("ambiguous_name", c1, d, "en", amt, f, "review", cands=[[ab[0]], [ab[1]]],
            reason="truncated payer name fits two customers and each has an invoice of this amount",
            note="%s / %s both truncate to the same bank name" % (c1["name"], c2["name"]),
            expects=[("cands_only", c1["cur"], amt, [a, b])])
    else:
        a = new_inv(c2)

        def f():
            return {"payer_name": " ".join(norm(c1["name"])[:2]), "customer_id": None, "reference": "PAYMENT", "remittance": None}
        job("ambiguous_name_amount_decides", c2, d, "en", a["balance"], f, "applied", [(a, a["balance"])],
            reason="payer name fits two similar customers but the amount fits only one invoice in the currency",
            note="name alone is ambiguous (%s / %s); amount is unique to the cent across all %s invoices" % (c1["name"], c2["name"], c1["cur"]),
            expects=[("uniq_cur", c2["cur"], a["balance"], [a])])


# ----------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------
def run_scenarios():
    SIMS = [c for c in CUSTOMERS if c["sim"]]
    for _ in range(8):
        s_sumall()
    plan = ([lambda: s_ref_exact(True)] * 55 + [lambda: s_ref_exact(False)] * 30 + [s_mpesa_inv] * 14
            + [s_mpesa_acc] * 8 + [s_multi] * 24 + [s_range] * 12 + [s_amount_only] * 25 + [s_name_only] * 10
            + [s_po_decoy] * 8 + [s_amount_like_num] * 4 + [s_on_behalf] * 4 + [s_order_dep] * 5
            + [s_part_then_final] * 10 + [s_wht] * 20 + [s_bank_chg] * 12 + [s_dispute_short] * 7
            + [s_settlement_disc] * 3 + [s_part_only] * 15 + [s_lump_short] * 6 + [s_lump_part] * 4
            + [s_overpay] * 11 + [s_overpay_multi] * 3 + [s_dup_in_file] * 7 + [s_dup_prior] * 5
            + [s_nofit] * 12 + [s_twins] * 10 + [s_subset] * 5 + [s_wrong_ref] * 5 + [s_third_party] * 3
            + [s_cross_cur] * 3 + [s_unknown_two] * 5 + [s_unknown_nofit] * 5)
    for fn in plan:
        fn()
    s_name_amb(SIMS[0:2], True)
    s_name_amb(SIMS[2:4], True)
    s_name_amb(SIMS[0:2], False)
    s_name_amb(SIMS[2:4], False)


def b36(n):
    al = "0123456789abcdefghijklmnopqrstuvwxyz"
    return "".join(R.choice(al) for _ in range(n))


def number_invoices():
    INVS.sort(key=lambda i: (i["issue"], i["group"], i["gidx"]))
    n = 318000
    prev_group = None
    ids = set()
    for k, inv in enumerate(INVS):
        if inv["group"] == prev_group:
            n += 1
        else:
            n += 1 + (0 if R.random() < 0.55 else R.randint(1, 3))
        prev_group = inv["group"]
        inv["num"] = n
        inv["number"] = "INV-%d" % n
        inv["idx"] = k
        while True:
            iid = "iv-" + b36(7)
            if iid not in ids:
                ids.add(iid)
                inv["id"] = iid
                break


ERRORS = []


def make_errors(payments):
    """bad-input rows; returns list of (position hint, payment, label extra)."""
    out = []
    za = [c for c in BYCC["ZA"] if c["id"] not in RESERVED]
    ke = [c for c in BYCC["KE"] if c["id"] not in RESERVED]
    ng = [c for c in BYCC["NG"] if c["id"] not in RESERVED]
    us = [c for c in BYCC["US"] if c["id"] not in RESERVED]
    gh = [c for c in BYCC["GH"] if c["id"] not in RESERVED]
    open_inv = lambda c: [i for i in INVS if i["cust"] is c and not i["ghost"]]

    def mk(d, amount, cur, payer, cid, ref, rem, err, note):
        return {"date": d, "amount": amount, "currency": cur, "payer_name": payer, "customer_id": cid,
                "reference": ref, "remittance": rem, "_err": err, "_note": note}
    c = R.choice(za)
    i = open_inv(c)[0]
    out.append(mk(pdate().isoformat(), "-" + s(i["balance"]), "ZAR", bank_name(c), c["id"],
                  "REVERSAL IB PAYMENT INV%d" % i["num"], None, "negative amount",
                  "bank reversal of an earlier EFT posted as a negative credit"))
    c = R.choice(ng)
    d = pdate()
    out.append(mk(d.isoformat(), "-350000.00", "NGN", bank_name(c, 30), None,
                  "NIP REVERSAL/%s/%s" % (bank_name(c, 24), nip_session(d)), None, "negative amount",
                  "NIP reversal line, negative amount"))
    c = R.choice(ke)
    d = pdate(bank=False)
    out.append(mk(d.isoformat(), "-5200.00", "KES", person(), None,
                  "MPESA REVERSAL %s" % mpesa_code(d), None, "negative amount", "M-Pesa reversal, negative"))
    c = R.choice(us)
    out.append(mk(pdate().isoformat(), s(q(R.randint(2000, 9000))), "EUR", bank_name(c, 35), c["id"],
                  "SWIFT MT103 %s GRANT EU-%d" % (bank_name(c, 30), R.randint(100, 999)), None,
                  "currency EUR: no invoice in the ledger is in EUR", "EUR wire from a donor; we never invoice in EUR"))
    c = R.choice(gh)
    out.append(mk(pdate().isoformat(), "1850000.00", "XOF", bank_name(c), c["id"],
                  "TRF LOME %s" % bank_name(c, 20), None,
                  "currency XOF: no invoice in the ledger is in XOF", "CFA francs from a Togo branch of a Ghanaian dealer"))
    c = R.choice(ke)
    i = open_inv(c)[0]
    out.append(mk(pdate().isoformat(), "KES 45,000", "KES", bank_name(c), c["id"],
                  "RTGS %s INV%d" % (bank_name(c, 20), i["num"]), None, "malformed amount",
                  "amount field carries a currency prefix and thousands separator, not a decimal string"))
    c = R.choice(za)
    out.append(mk(pdate().isoformat(), "12O50.00", "ZAR", bank_name(c), c["id"], "PMT ACC %s" % c["id"], None,
                  "malformed amount", "letter O instead of zero in the amount"))
    c = R.choice(gh)
    i = open_inv(c)[0]
    out.append(mk(None, s(i["balance"]), "GHS", bank_name(c), c["id"], "GIP/%s/%s" % (tok(i), bank_name(c, 22)), None,
                  "missing date", "value date is null"))
    c = R.choice(ng)
    out.append(mk("", s(q(R.randint(200000, 900000))), "NGN", bank_name(c, 30), c["id"], "TRF FRM %s" % bank_name(c, 24), None,
                  "missing date", "value date is an empty string"))
    return out


def build():
    background()
    run_scenarios()
    number_invoices()
    for h in HOOKS:
        h()
    JOBS.sort(key=lambda j: (j["date"], R.random()))
    payments, labels = [], []
    pids = set()
    for j in JOBS:
        r = j["render"]()
        while True:
            pid = "pm-" + b36(8)
            if pid not in pids:
                pids.add(pid)
                break
        j["pid"] = pid
        p = {"id": pid, "date": j["date"].isoformat(), "amount": s(j["amount"]), "currency": j["cur"],
             "payer_name": r["payer_name"], "customer_id": r["customer_id"], "reference": r["reference"],
             "remittance": r["remittance"]}
        apps = [{"invoice_id": i["id"], "amount": s(a)} for i, a in j["apps"]]
        una = j["amount"] - sum((a for _, a in j["apps"]), D(0))
        sh = None
        if j["short"]:
            si, sa, sr = j["short"]
            sh = {"invoice_id": si["id"], "amount": s(sa), "reason": sr}
        lab = {"payment_id": pid, "status": j["status"], "applications": apps, "unapplied": s(una),
               "short_pay": sh, "candidates": [[i["id"] for i in cs] for cs in j["cands"]],
               "reason": j["reason"], "scenario": j["scen"],
               "note": "[%s, %s/%s] %s" % (j["scen"], j["cust"]["cc"] if j["cur"] != "USD" or j["cust"]["cc"] == "US" else j["cust"]["cc"], j["lang"], j["note"])}
        payments.append(p)
        labels.append(lab)
    # bad input rows
    errs = make_errors(payments)
    for e in errs:
        while True:
            pid = "pm-" + b36(8)
            if pid not in pids:
                pids.add(pid)
                break
        p = {"id": pid}
        p.update({k: v for k, v in e.items() if not k.startswith("_")})
        lab = {"payment_id": pid, "status": "error", "applications": [], "unapplied": None, "short_pay": None,
               "candidates": [], "reason": None, "error": e["_err"], "scenario": "bad_input",
               "note": "[bad_input, -/en] %s" % e["_note"]}
        if p["date"]:
            pos = next((k for k, x in enumerate(payments) if x["date"] and x["date"] > p["date"]), len(payments))
        else:
            pos = R.randint(20, len(payments) - 20)
        payments.insert(pos, p)
        labels.insert(pos, lab)
    # duplicate payment ids: the statement line delivered twice
    for _ in range(2):
        k = R.randint(60, len(payments) - 80)
        while labels[k]["status"] == "error":
            k += 1
        dup = dict(payments[k])
        pos = k + R.randint(3, 12)
        # keep date order: take the date of the row it lands after
        lab = {"payment_id": dup["id"], "status": "error", "applications": [], "unapplied": None, "short_pay": None,
               "candidates": [], "reason": None, "error": "duplicate payment id", "scenario": "bad_input",
               "note": "[bad_input, -/en] same bank line delivered twice (id %s already seen above); the first one is processed, this copy is rejected" % dup["id"]}
        payments.insert(pos, dup)
        labels.insert(pos, lab)
    return payments, labels


# ----------------------------------------------------------------------------
# replay + assertions
# ----------------------------------------------------------------------------
def subsets_sum(invs, bal, amt, kmax=3):
    out = []
    for k in range(1, min(kmax, len(invs)) + 1):
        for comb in itertools.combinations(invs, k):
            if sum((bal[i["idx"]] for i in comb), D(0)) == amt:
                out.append(set(i["idx"] for i in comb))
    return out


def verify(payments, labels):
    byid = {i["id"]: i for i in INVS if not i["ghost"]}
    bal = {i["idx"]: i["balance"] for i in INVS if not i["ghost"]}
    jobs = {j["pid"]: j for j in JOBS}
    allnums = {i["num"] for i in INVS}
    curs = {i["cur"] for i in INVS if not i["ghost"]}
    seen = set()
    problems = []

    def P(msg):
        problems.append(msg)

    def open_of(c, cur):
        return [i for i in INVS if not i["ghost"] and i["cust"] is c and i["cur"] == cur and bal[i["idx"]] > 0]

    assert len(payments) == len(labels)
    for p, lab in zip(payments, labels):
        pid = p["id"]
        assert lab["payment_id"] == pid
        if lab["status"] == "error":
            e = lab["error"]
            ok = False
            if e == "duplicate payment id":
                ok = pid in seen
            elif e == "negative amount":
                ok = D(p["amount"]) < 0
            elif e.startswith("currency"):
                ok = p["currency"] not in curs
            elif e == "malformed amount":
                ok = not re.fullmatch(r"-?\d+\.\d{2}", p["amount"] or "")
            elif e == "missing date":
                ok = not p["date"]
            if not ok:
                P("%s: error label not justified (%s)" % (pid, e))
            assert lab["applications"] == [] and lab["candidates"] == []
            seen.add(pid)
            continue
        if pid in seen:
            P("%s duplicate id on a non-error row" % pid)
        seen.add(pid)
        j = jobs[pid]
        amt = D(p["amount"])
        cur = p["currency"]
        assert re.fullmatch(r"\d+\.\d{2}", p["amount"]) and amt > 0, pid
        # scenario assumptions, evaluated against balances before this payment
        for ex in j["expects"]:
            kind = ex[0]
            if kind == "uniq_cust":
                _, c, a, want = ex
                op = open_of(c, cur)
                singles = [i["idx"] for i in op if bal[i["idx"]] == a]
                subs = subsets_sum(op, bal, a)
                if singles != [w["idx"] for w in want] or len(subs) != 1:
                    P("%s uniq_cust failed %s %s" % (pid, singles, subs))
            elif kind == "uniq_cur" or kind == "cands_only":
                _, cu, a, want = ex
                got = sorted(i["idx"] for i in INVS if not i["ghost"] and i["cur"] == cu and bal[i["idx"]] == a)
                if got != sorted(w["idx"] for w in want):
                    P("%s %s failed %s" % (pid, kind, got))
            elif kind == "multi_cust":
                _, c, a, want = ex
                singles = sorted(i["idx"] for i in open_of(c, cur) if bal[i["idx"]] == a)
                if singles != sorted(w["idx"] for w in want):
                    P("%s multi_cust failed" % pid)
            elif kind == "sumall":
                _, c, a, want = ex
                op = open_of(c, cur)
                if sorted(i["idx"] for i in op) != sorted(w["idx"] for w in want):
                    P("%s sumall: open set differs" % pid)
                if sum((bal[i["idx"]] for i in op), D(0)) != a:
                    P("%s sumall: sum differs" % pid)
                for k in range(1, len(op)):
                    for comb in itertools.combinations(op, k):
                        if sum((bal[i["idx"]] for i in comb), D(0)) == a:
                            P("%s sumall: proper subset fits" % pid)
            elif kind == "nofit_cust":
                _, c, a = ex
                if subsets_sum(open_of(c, cur), bal, a):
                    P("%s nofit_cust: something fits" % pid)
            elif kind == "subsets_exact":
                _, c, a, want = ex
                got = subsets_sum(open_of(c, cur), bal, a)
                w = [set(i["idx"] for i in s_) for s_ in want]
                if sorted(map(sorted, got)) != sorted(map(sorted, w)):
                    P("%s subsets_exact failed %s" % (pid, got))
            elif kind == "paid_zero":
                if bal[ex[1]["idx"]] != 0:
                    P("%s paid_zero failed" % pid)
            elif kind == "no_cur_cust":
                if open_of(ex[1], ex[2]):
                    P("%s customer has open %s invoices" % (pid, ex[2]))
            elif kind == "name_uniq":
                nm = p["payer_name"]
                hits = [c["id"] for c in CUSTOMERS if " ".join(norm(c["name"])).startswith(nm)]
                if hits != [ex[1]["id"]]:
                    P("%s name_uniq failed %s %s" % (pid, nm, hits))
            else:
                raise ValueError(kind)
        # numbers that look like invoice numbers in the texts must be intended
        text = " ".join(x for x in (p["reference"], p["remittance"], p["payer_name"]) if x)
        runs = [int(x) for x in re.findall(r"\d+", text) if len(x) == 6]
        intended = {i["num"] for i in j["mentions"]} | set(j["decoys"])
        for r_ in runs:
            if r_ in allnums and r_ not in intended:
                P("%s unintended invoice number %d in text" % (pid, r_))
        for i in j["mentions"]:
            if j["scen"] != "invoice_range" and str(i["num"]) not in text:
                P("%s mention %d missing from text" % (pid, i["num"]))
        # the label itself
        apps = lab["applications"]
        tot = sum((D(a["amount"]) for a in apps), D(0)) + D(lab["unapplied"])
        if tot != amt:
            P("%s sum %s != %s" % (pid, tot, amt))
        if D(lab["unapplied"]) < 0:
            P("%s negative unapplied" % pid)
        for a in apps:
            inv = byid[a["invoice_id"]]
            x = D(a["amount"])
            if inv["cur"] != cur:
                P("%s cross-currency application" % pid)
            if x <= 0 or x > bal[inv["idx"]]:
                P("%s application %s exceeds balance %s" % (pid, x, bal[inv["idx"]]))
            bal[inv["idx"]] -= x
        st = lab["status"]
        left = [bal[byid[a["invoice_id"]]["idx"]] for a in apps]
        if st == "applied":
            if D(lab["unapplied"]) != 0 or lab["short_pay"] or lab["candidates"] or not apps or any(left):
                P("%s bad applied label" % pid)
        elif st == "partial":
            if D(lab["unapplied"]) != 0 or not apps or not any(left) or lab["candidates"]:
                P("%s bad partial label" % pid)
            if lab["short_pay"]:
                sh = lab["short_pay"]
                si = byid[sh["invoice_id"]]
                if sh["invoice_id"] not in [a["invoice_id"] for a in apps] or bal[si["idx"]] != D(sh["amount"]):
                    P("%s short pay does not equal what stays open" % pid)
        elif st == "unapplied":
            if D(lab["unapplied"]) <= 0 or any(left) or lab["short_pay"] or lab["candidates"]:
                P("%s bad unapplied label" % pid)
        elif st == "review":
            if apps or D(lab["unapplied"]) != amt or lab["short_pay"]:
                P("%s bad review label" % pid)
            for cs in lab["candidates"]:
                for iid in cs:
                    inv = byid[iid]
                    if inv["cur"] != cur or bal[inv["idx"]] <= 0:
                        P("%s bad candidate" % pid)
        else:
            P("%s unknown status" % pid)
    return problems


def invoices_out():
    out = []
    for i in sorted((i for i in INVS if not i["ghost"]), key=lambda i: i["num"]):
        out.append({"id": i["id"], "number": i["number"], "customer_id": i["cust"]["id"],
                    "customer_name": i["cust"]["name"], "currency": i["cur"], "total": s(i["total"]),
                    "balance": s(i["balance"]), "issue_date": i["issue"].isoformat(), "due_date": i["due"].isoformat()})
    return out


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ----------------------------------------------------------------------------
# README
# ----------------------------------------------------------------------------
def readme(invoices, payments, labels):
    st = Counter(l["status"] for l in labels)
    sc = Counter((l["scenario"], l["status"]) for l in labels)
    cur = Counter(p["currency"] for p in payments)
    lang = Counter(l["note"].split("]")[0].split("/")[-1] for l in labels)
    icur = Counter(i["currency"] for i in invoices)
    ncust = len({i["customer_id"] for i in invoices})
    shorts = Counter(l["short_pay"]["reason"] for l in labels if l.get("short_pay"))
    L = []
    a = L.append
    a("# Blind cash-application set `ledger_africa`")
    a("")
    a("Held-out test set for the `match` contract (`/work/shared/contracts/cash-application.md`),")
    a("written only from the contract. Generated by `python3 build.py` (stdlib, seeded, no clock);")
    a("`python3 check.py` re-verifies the labels from the JSON files alone.")
    a("")
    a("## Theme")
    a("")
    a("*%s*, a distributor of solar lanterns, solar water pumps and drip-irrigation kits, sells to" % OUR)
    a("dealers, NGOs and farmer cooperatives in South Africa (ZAR), Kenya (KES), Nigeria (NGN), Ghana (GHS)")
    a("and to international NGOs in USD (a few Kenyan, Nigerian and Ghanaian dealers also have USD invoices).")
    a("Bank texts imitate SA EFT narrations (upper case, truncated, `IB PAYMENT`, `ACB CREDIT`, `MAGTAPE CREDIT`,")
    a("Afrikaans `BETALING`/`DEELBETALING`/`VOORUITBETALING`), M-Pesa paybill lines (`MPESA PAYBILL 400200 ACC <account> <code>`,")
    a("the payer being the dealer's owner), PesaLink/RTGS, NIBSS NIP narrations with 30-digit session ids, GhIPSS/GIP and")
    a("MoMo lines, and USD MT103 wires with `/RFB/` fields and deducted charges. Remittance advices are in English,")
    a("Afrikaans or Swahili (`TAARIFA YA MALIPO`, `ankara`, `salio`, `kodi ya zuio`). All names, numbers and codes are invented.")
    a("")
    a("## Files (`ledger_africa/`)")
    a("")
    a("| file | content |")
    a("|---|---|")
    a("| `invoices.json` | %d open invoices of %d customers (contract format), sorted by number |" % (len(invoices), ncust))
    a("| `payments.json` | %d payments, oldest first (contract format) |" % len(payments))
    a("| `labels.json` | one expected MATCHES entry per payment, same order, plus `scenario` and `note` |")
    a("")
    a("Invoices per currency: " + ", ".join("%s %d" % kv for kv in sorted(icur.items())) + ".")
    a("Payments per currency: " + ", ".join("%s %d" % kv for kv in sorted(cur.items())) + ".")
    a("Narration language (from the note tag): " + ", ".join("%s %d" % kv for kv in sorted(lang.items())) + ".")
    a("")
    a("## Counts per status")
    a("")
    a("| status | payments |")
    a("|---|---|")
    for k in ["applied", "partial", "unapplied", "review", "error"]:
        a("| `%s` | %d |" % (k, st[k]))
    a("")
    a("Short pays by reason: " + ", ".join("%s %d" % kv for kv in sorted(shorts.items())) + ".")
    a("")
    a("## Counts per scenario")
    a("")
    a("| scenario | status | n |")
    a("|---|---|---|")
    for (k, v), n in sorted(sc.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        a("| %s | %s | %d |" % (k, v, n))
    a("")
    a("## Conventions where the contract is silent")
    a("")
    for line in CONVENTIONS:
        a("- " + line)
    a("")
    a("## Note format")
    a("")
    a("`note` starts with `[scenario, CC/lang]` (CC = customer's country, `US` for USD NGOs; lang = language of the")
    a("narration/remittance: en, af, sw). `scenario` and `note` are for people, not part of the engine output.")
    a("")
    return "\n".join(L)


CONVENTIONS = [
    "`unapplied` is always a decimal string for non-error rows; `applications` amounts + `unapplied` = payment amount. "
    "For `review` nothing is applied, so `unapplied` equals the whole payment.",
    "`candidates` is a list of invoice sets, each set a list of invoice ids (e.g. `[[\"iv-a\"], [\"iv-b\", \"iv-c\"]]`), best first. "
    "It is empty for `applied`, `partial`, `unapplied`, and for a `review` with no plausible invoice (anonymous deposit, "
    "USD for a local-currency invoice). Candidate sets are compared as sets; only invoices of the payment's currency appear.",
    "Candidate order: two equal-amount invoices -> older due date first; one invoice vs. two invoices adding up -> the "
    "single invoice first; reference names invoice A but the amount equals invoice B to the cent -> B first, then A.",
    "`partial` with `short_pay` = the customer meant to settle the invoice but deducted something with a stated reason "
    "(withholding tax, bank charges on USD wires, damaged goods, short delivery, price difference, settlement discount). "
    "`short_pay.amount` is the deducted amount, which equals what stays open on that invoice. Reason texts are short English "
    "codes (`withholding tax`, `bank charges`, `damaged goods`, `short delivery`, `price difference`, `settlement discount taken`); "
    "compare the invoice and amount, not the wording.",
    "`partial` without `short_pay` = a part payment/instalment/deposit (marked or a plainly round amount) with no deduction reason.",
    "WHT is computed on the VAT-exclusive value: Kenya VAT withholding 2%, Nigeria WHT 5%, Ghana WHT 3%.",
    "`unapplied` with no applications = a known customer's money that fits nothing (advance payments, a second payment of "
    "an invoice already paid earlier in this file, or of an invoice settled before the ledger date, i.e. not in invoices.json). "
    "Overpayments list the cleared invoices and hold the remainder.",
    "A customer is 'known' when `customer_id` is given, when a named invoice number identifies it, when the M-Pesa account "
    "field carries its customer code, or when the truncated payer name is a prefix of exactly one customer name. "
    "Payments with `customer_id` null and no such identification go to `review`, never to `unapplied`.",
    "If the bank's `customer_id` and the named invoice's customer disagree with no explanation, the payment goes to `review`. "
    "If the remittance explains it (an NGO paying its grantee's invoice), it is applied to the named invoice.",
    "A USD payment that names a KES/NGN/GHS invoice (customer has no open USD invoice) is `review` with no candidates.",
    "Numbers in references that are not this customer's open invoices (PO/LPO numbers, an amount typed as `318xxx.00`, "
    "another customer's invoice number used as a PO) do not outweigh a named own invoice or an exact amount on a known account.",
    "Bad input rows get `status: error`, `applications: []`, `candidates: []`, `unapplied: null`, `short_pay: null`, "
    "`reason: null` and an `error` text (negative amount, currency no invoice has, malformed amount, missing date, "
    "duplicate payment id). They change no balance. For a duplicate id the first row is processed normally and the later copy is the error.",
    "File order is oldest first for all valid rows. Missing-date rows sit where the bank file had them; a duplicate-id "
    "copy repeats an earlier row verbatim a few lines later, so its date can be older than the row before it.",
    "Payment ids `pm-xxxxxxxx`, invoice ids `iv-xxxxxxx` (random base36); invoice numbers `INV-3xxxxx` with gaps (paid invoices).",
]


def main():
    payments, labels = build()
    problems = verify(payments, labels)
    if problems:
        raise SystemExit("label problems:\n" + "\n".join(problems))
    invoices = invoices_out()
    os.makedirs(OUT, exist_ok=True)
    dump(os.path.join(OUT, "invoices.json"), invoices)
    dump(os.path.join(OUT, "payments.json"), payments)
    dump(os.path.join(OUT, "labels.json"), labels)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(invoices, payments, labels))
    print("invoices %d, payments %d, labels %d" % (len(invoices), len(payments), len(labels)))


if __name__ == "__main__":
    main()
