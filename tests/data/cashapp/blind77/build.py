#!/usr/bin/env python3
"""Blind cash-application test set: south_asia_pharma (Indian generic-pharma exporter/distributor).
Deterministic, stdlib only.  python3 build.py"""
import json, os, random, datetime as dt
from collections import Counter, defaultdict

SEED = 264
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "south_asia_pharma")
os.makedirs(OUT, exist_ok=True)

def fmt(c):  # paise/cents -> "1234.56"
    s = "-" if c < 0 else ""
    c = abs(c)
    return "%s%d.%02d" % (s, c // 100, c % 100)

def lakh(c):  # Indian grouping 12,34,567.89
    r, p = divmod(c, 100)
    s = str(r)
    if len(s) > 3:
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:]); head = head[:-2]
        if head: parts.insert(0, head)
        s = ",".join(parts) + "," + tail
    return "%s.%02d" % (s, p)

def intl(c):
    r, p = divmod(c, 100)
    return "{:,}.{:02d}".format(r, p)

def famt(c, cur):
    return ("Rs. " + lakh(c)) if cur == "INR" else (cur + " " + intl(c))

# ---------------------------------------------------------------- customers
# (name, kind, currency, lang, country)
DOM = [
 ("Sanjeevani Multispeciality Hospital Pvt Ltd", "hospital"), ("Shree Ganesh Medical Agencies", "distributor"),
 ("Aarogya Pharmacy Chain LLP", "chain"), ("Navjeevan Charitable Hospital Trust", "hospital"),
 ("Krishna Medicos Pvt Ltd", "distributor"), ("Dhanvantari Pharma Distributors LLP", "distributor"),
 ("Sahyadri Life Care Hospitals Pvt Ltd", "hospital"), ("Medisetu Retail Pharmacies Pvt Ltd", "chain"),
 ("Rajpur State Medical Services Corporation Ltd", "govt"), ("District Health Society Bhadrapur", "govt"),
 ("Kaveri Healthcare Distributors", "distributor"), ("Om Sai Pharma & Surgicals", "distributor"),
 ("Nirmal Hospital & Research Centre Pvt Ltd", "hospital"), ("Sulabh Aushadhi Kendra Sitapur Road", "chain"),
 ("Vardhaman Medical Stores", "distributor"), ("Sushrut Eye & General Hospital LLP", "hospital"),
 ("Gangotri Drug House Pvt Ltd", "distributor"), ("Apna Chemist Chain Pvt Ltd", "chain"),
 ("Chandrapur Municipal Corporation Health Dept", "govt"), ("Lakshmi Narayan Pharma Agencies", "distributor"),
 ("Arogyam Superspeciality Hospital Pvt Ltd", "hospital"), ("Mahalaxmi Surgicals & Pharma LLP", "distributor"),
 ("Sparsh Wellness Pharmacies Pvt Ltd", "chain"), ("Civic Health Wellness Centre Dwarka", "govt"),
 ("Jeevan Jyoti Hospital Pvt Ltd", "hospital"), ("Balaji Medical Distributors", "distributor"),
 ("Kamdhenu Pharma Traders", "distributor"), ("Sri Venkateswara Medical Hall", "distributor"),
 ("Amrit Dhara Hospitals LLP", "hospital"), ("State Tuberculosis Cell Narmadapuram", "govt"),
 ("Pragati Chemists & Druggists Pvt Ltd", "chain"), ("Shivam Pharma Distributors Pvt Ltd", "distributor"),
 ("Suraksha Mother & Child Hospital", "hospital"), ("Gurukripa Medical Agencies", "distributor"),
 ("Ayush Medico Retail LLP", "chain"), ("Workers Insurance Hospital Ranipur", "govt"),
 ("Vishwas Pharma Pvt Ltd", "distributor"), ("Ujjwal Care Hospital Pvt Ltd", "hospital"),
 ("Narmada Drug Agencies", "distributor"), ("Annapurna Medical & General Stores", "distributor"),
 ("Prabhat Hospital Pvt Ltd", "hospital"), ("Tulsi Pharmacy Chain LLP", "chain"),
 ("Kesari Pharma Distributors", "distributor"), ("Indrayani Medical Agencies Pvt Ltd", "distributor"),
 ("Bhagirathi Medical College Hospital", "govt"), ("Saraswati Medicos", "distributor"),
 ("Lifeline Critical Care Hospital Pvt Ltd", "hospital"), ("Siddhivinayak Pharma LLP", "distributor"),
 ("Punarnava Ayur-Allopathic Stores", "chain"), ("Mangalam Drugs & Chemicals Pvt Ltd", "distributor"),
]
EXP = [
 ("Nairobi Pharma Imports Ltd", "USD", "en", "KE"), ("Lagos Healthline Distributors Ltd", "USD", "en", "NG"),
 ("Accra MediTrade Ltd", "USD", "en", "GH"), ("Kampala Lifesciences Supplies Ltd", "USD", "en", "UG"),
 ("Dar es Salaam Afya Pharma Ltd", "USD", "en", "TZ"), ("Pharmacie Centrale du Plateau SARL", "EUR", "fr", "CI"),
 ("Dakar Sante Distribution SA", "EUR", "fr", "SN"), ("Sahel Pharma Importations SARL", "EUR", "fr", "ML"),
 ("Cameroun Pharma Grossiste SA", "EUR", "fr", "CM"), ("Al Noor Medical Supplies LLC", "AED", "ar", "AE"),
 ("Gulf Crescent Pharma Trading LLC", "AED", "ar", "AE"), ("Riyadh Shifa Medical Company", "USD", "ar", "SA"),
 ("Muscat Al Dawaa Trading LLC", "USD", "ar", "OM"), ("Lanka Wellness Pharma (Pvt) Ltd", "LKR", "en", "LK"),
 ("Ceylon MediCare Importers (Pvt) Ltd", "USD", "en", "LK"), ("Dhaka Aushadh Ltd", "BDT", "en", "BD"),
 ("Chattogram Pharma Traders Ltd", "USD", "en", "BD"), ("Kathmandu Aushadhi Pasal Pvt Ltd", "USD", "en", "NP"),
 ("Himalayan Medisales Pvt Ltd", "INR", "hi", "NP"), ("Abidjan Medicaments Distribution SARL", "EUR", "fr", "CI"),
]
CUSTS = []
for i, (n, k) in enumerate(DOM):
    CUSTS.append(dict(id="C%04d" % (101 + i), name=n, kind=k, cur="INR",
                      lang=R.choice(["en", "en", "hi", "hi-Latn"]), country="IN"))
for i, (n, c, l, ctry) in enumerate(EXP):
    CUSTS.append(dict(id="C%04d" % (501 + i), name=n, kind="importer", cur=c, lang=l, country=ctry))
CBYID = {c["id"]: c for c in CUSTS}

RANGES = {"INR": (1500000, 450000000), "USD": (250000, 9500000), "EUR": (300000, 6000000),
          "AED": (900000, 30000000), "LKR": (50000000, 1500000000), "BDT": (40000000, 1200000000)}

def rand_amt(cur, kind=None):
    lo, hi = RANGES[cur]
    if kind == "govt": lo, hi = lo * 4, hi * 2
    v = int(math_exp(R.uniform(0, 1), lo, hi))
    if cur in ("LKR", "BDT"): v = v // 100 * 100
    return v

def math_exp(u, lo, hi):
    import math
    return math.exp(math.log(lo) + u * (math.log(hi) - math.log(lo)))

# ---------------------------------------------------------------- invoices
INVOICES = []
serial_dom = R.sample(range(10000, 49999), 1500)
serial_exp = R.sample(range(1000, 1999), 400)
weights = [R.choice([4, 8, 14, 22, 35]) if c["cur"] == "INR" else (30 if c["cur"] in ("LKR", "BDT") else R.choice([6, 10, 16])) for c in CUSTS]
start = dt.date(2025, 7, 1)
for k in range(1550):
    c = R.choices(CUSTS, weights)[0]
    issue = start + dt.timedelta(days=R.randint(0, 183))
    terms = 90 if c["kind"] == "govt" else (60 if c["cur"] != "INR" else R.choice([30, 45, 60]))
    if c["cur"] == "INR":
        num = "SAPL/25-26/%05d" % serial_dom.pop()
    else:
        num = "SAPL/EXP/25-26/%04d" % serial_exp.pop()
    tot = rand_amt(c["cur"], c["kind"])
    bal = tot
    if R.random() < 0.06:  # already part-paid before this batch
        bal = tot - int(tot * R.choice([0.25, 0.4, 0.5])) // 100 * 100
    INVOICES.append(dict(id=None, number=num, customer_id=c["id"], customer_name=c["name"], currency=c["cur"],
                         total=tot, balance=bal, issue_date=issue.isoformat(),
                         due_date=(issue + dt.timedelta(days=terms)).isoformat()))
# twins: repeat orders with identical amounts (same customer) -> genuinely ambiguous without a reference
by_c = defaultdict(list)
for inv in INVOICES: by_c[inv["customer_id"]].append(inv)
twin_custs = [cid for cid, l in by_c.items() if len(l) >= 6]
R.shuffle(twin_custs)
for cid in twin_custs[:24]:
    a, b = R.sample(by_c[cid], 2)
    b["total"] = b["balance"] = a["total"]; a["balance"] = a["total"]
INVOICES.sort(key=lambda x: (x["issue_date"], x["number"]))
for i, inv in enumerate(INVOICES): inv["id"] = "inv-%05d" % (i + 1)
IBYID = {i["id"]: i for i in INVOICES}

# ---------------------------------------------------------------- bank-side text helpers
BANKS = ["HDFC", "ICIC", "SBIN", "UTIB", "KKBK", "PUNB", "BARB", "CNRB", "IDIB", "YESB"]
SWIFT_BANKS = {"KE": "KCBLKENX", "NG": "ZEIBNGLA", "GH": "GHCBGHAC", "UG": "SBICUGKX", "TZ": "CORUTZTZ",
               "CI": "SGCICIAB", "SN": "CBAOSNDA", "ML": "BDMAMLBA", "CM": "CCEICMCX", "AE": "EBILAEAD",
               "SA": "RJHISARI", "OM": "BMUSOMRX", "LK": "BCEYLKLX", "BD": "DBBLBDDH", "NP": "NARBNPKA"}
INTERMEDIARY = ["CITIUS33", "CHASUS33", "DEUTDEFF", "SCBLUS33", "BOFAUS3N"]

def digits(n): return "".join(R.choice("0123456789") for _ in range(n))

def serial(inv): return inv["number"].rsplit("/", 1)[1]

def ref_form(inv, style=None):
    s = serial(inv)
    exp = "/EXP/" in inv["number"]
    if exp:
        opts = [inv["number"], "INV " + inv["number"], "EXP/" + s, "SAPL-EXP-" + s, "INVOICE NO " + s, "EXP INV 25-26/" + s]
    else:
        opts = [inv["number"], "INV " + inv["number"], "SAPL2526 " + s, "BILL NO " + s, "25-26/" + s, "INV-" + s,
                "SAPL/" + s, "Inv.No." + s]
    return opts[style % len(opts)] if style is not None else R.choice(opts)

def payer(c, keep_id=True):
    n = c["name"]
    u = n.upper().replace("&", "AND").replace("'", "")
    opts = [u, u.replace("PRIVATE LIMITED", "PVT LTD").replace("PVT LTD", "P LTD"), "M/S " + u, "M/S. " + u,
            u.replace(" PVT LTD", "PVT LTD"), u.replace(" LLP", " L.L.P."), u.replace("LIMITED", "LTD")]
    v = R.choice(opts)
    cut = R.choice([20, 24, 30, 35, 35, 60])
    return v[:cut].rstrip()

def channel_ref(c, remark, cur):
    """bank reference line; remark truncated the way the channel truncates it"""
    if c["country"] != "IN" and cur != "INR" or (c["country"] == "NP" and cur != "INR"):
        ref = "MT103 %s%s /ROC/%s" % (R.choice(["FT", "TT", "OR"]), digits(10), remark[:35])
        return ref, "SWIFT"
    ch = R.choice(["NEFT", "NEFT", "RTGS", "RTGS", "IMPS", "UPI", "CTS"])
    b = R.choice(BANKS)
    rm = remark.upper()[:30]
    if ch == "NEFT": return "NEFT/%sN%s/%s" % (b, digits(11), rm), ch
    if ch == "RTGS": return "RTGS/%sR5%s%s/%s" % (b, "2026", digits(10), rm), ch
    if ch == "IMPS": return "IMPS/P2A/%s/%s" % ("60" + digits(10), rm[:20]), ch
    if ch == "UPI": return "UPI/%s/%s/%s" % ("60" + digits(10), rm[:20], "pay" + digits(4) + "@okaxis"), ch
    return "CTS CLG CHQ NO %s %s" % (digits(6), rm[:20]), ch

T = {
 "pay": {
  "en": ["Payment against invoice {r} for {a}", "Being payment of our dues vide {r}, amount {a}",
         "Settlement of {r}. Amt {a}", "Remittance advice: {r} - {a} paid in full", "Pls find payment for {r} ({a})"],
  "hi": ["बीजक संख्या {r} का भुगतान, राशि {a}", "बिल {r} के विरुद्ध पूर्ण भुगतान {a} किया गया",
         "आपके बिल {r} हेतु {a} का भुगतान NEFT द्वारा"],
  "hi-Latn": ["bill no {r} ka payment kar diya hai, amt {a}", "{r} ka pura bhugtan {a}",
              "Sir, inv {r} ka payment {a} bheja hai, kripya confirm karein"],
  "fr": ["Règlement facture {r} montant {a}", "Paiement de la facture n° {r} pour {a}",
         "Virement en règlement de votre facture {r} ({a})"],
  "ar": ["سداد الفاتورة رقم {r} بمبلغ {a}", "دفعة مقابل الفاتورة {r} - المبلغ {a}",
         "تحويل لتسوية فاتورتكم رقم {r} بقيمة {a}"],
 },
 "list": {
  "en": ["Payment for invoices {r}. Total {a}", "Clearing bills {r} = {a}", "Invoices settled: {r}; total remitted {a}"],
  "hi": ["निम्न बिलों का भुगतान: {r}. कुल राशि {a}", "बिल {r} का कुल भुगतान {a}"],
  "hi-Latn": ["bills {r} ka payment, total {a}", "in bills ka bhugtan: {r} kul {a}"],
  "fr": ["Règlement des factures {r}, total {a}", "Paiement groupé factures {r} soit {a}"],
  "ar": ["سداد الفواتير التالية: {r} المجموع {a}", "دفعة عن الفواتير {r} بإجمالي {a}"],
 },
 "partial": {
  "en": ["Part payment against {r}: {a}. Balance will follow", "On account payment towards {r} - {a}",
         "Part release of {a} against invoice {r}, balance after budget approval"],
  "hi": ["बिल {r} के विरुद्ध आंशिक भुगतान {a}, शेष राशि शीघ्र", "{r} हेतु अग्रिम/आंशिक भुगतान {a}"],
  "hi-Latn": ["bill {r} ka aanshik bhugtan {a}, baaki agle hafte", "{r} ke against part payment {a}, balance baad mein"],
  "fr": ["Acompte sur facture {r} : {a}. Le solde suivra", "Paiement partiel de la facture {r} ({a})"],
  "ar": ["دفعة جزئية من الفاتورة {r} بمبلغ {a} والباقي لاحقاً", "دفعة أولى على حساب الفاتورة {r} بقيمة {a}"],
 },
}
def lang_of(c):
    l = c["lang"]
    if c["country"] == "IN" and R.random() < 0.3: l = "en"
    if l == "ar" and R.random() < 0.25: l = "en"
    return l

# ---------------------------------------------------------------- state + scenarios
BAL = {i["id"]: i["balance"] for i in INVOICES}
USED = set()
TWINS = defaultdict(list)
for cid, l in by_c.items():
    cnt = Counter(i["balance"] for i in l)
    for i in l:
        if cnt[i["balance"]] > 1: TWINS[cid].append(i["id"]); USED.add(i["id"])  # reserved
PAID_FULL = []   # (inv_id, payment amount, cust id) fully paid by an earlier payment in this batch
ALLSERIALS = {serial(i) for i in INVOICES}

def open_of(cid, cur=None):
    return [i for i in by_c[cid] if BAL[i["id"]] > 0 and (cur is None or i["currency"] == cur)]

def fresh(cond=lambda i: True, cur=None, dom=None):
    pool = [i for i in INVOICES if i["id"] not in USED and BAL[i["id"]] > 0 and cond(i)
            and (cur is None or i["currency"] == cur)
            and (dom is None or (i["currency"] == "INR") == dom)]
    if dom is None and R.random() < 0.4:
        fp = [i for i in pool if i["currency"] != "INR" or CBYID[i["customer_id"]]["country"] != "IN"]
        if fp: pool = fp
    return R.choice(pool) if pool else None

def unique_bal(inv):
    return sum(1 for j in open_of(inv["customer_id"]) if BAL[j["id"]] == BAL[inv["id"]]) == 1

def amt_hits(cid, amt):
    """does amt equal any open balance, pair sum, or total of this customer?"""
    bs = [BAL[j["id"]] for j in open_of(cid)]
    if amt in bs or amt == sum(bs): return True
    for x in range(len(bs)):
        for y in range(x + 1, len(bs)):
            if bs[x] + bs[y] == amt: return True
    return False

def mk_pay(c, amt, cur, ref, rem, cid_known=True, name=None):
    return dict(id=None, date=None, amount=fmt(amt) if isinstance(amt, int) else amt, currency=cur,
                payer_name=name if name is not None else payer(c),
                customer_id=c["id"] if (c is not None and cid_known) else None, reference=ref, remittance=rem)

def lab(status, apps=(), unapplied=0, short=None, cands=(), reason="", scen="", lang="en", note=""):
    return dict(payment_id=None, status=status,
                applications=[{"invoice_id": a, "amount": fmt(v)} for a, v in apps],
                unapplied=fmt(unapplied) if isinstance(unapplied, int) else unapplied,
                short_pay=short, candidates=[list(x) for x in cands], reason=reason,
                scenario=scen, note="[%s, %s] %s" % (scen, lang, note))

def apply(apps):
    for a, v in apps:
        BAL[a] -= v; assert BAL[a] >= 0; USED.add(a)

def cid_known_for(c, ch_dom=True):
    return R.random() < (0.6 if c["country"] == "IN" else 0.75)

def tmpl(kind, lang, **kw):
    return R.choice(T[kind][lang]).format(**kw)

def s_exact(scen="exact_ref"):
    inv = fresh(lambda i: unique_bal(i) or True)
    c = CBYID[inv["customer_id"]]; lang = lang_of(c); b = BAL[inv["id"]]
    r = ref_form(inv)
    rem = tmpl("pay", lang, r=r, a=famt(b, inv["currency"])) if R.random() < 0.8 else None
    ref, ch = channel_ref(c, r if rem is None else R.choice([r, "PAYMENT", "VENDOR PAYMENT", c["name"][:12]]), inv["currency"])
    if rem is None:
        ref, ch = channel_ref(c, r, inv["currency"])
        if r.replace(" ", "") not in ref.replace(" ", "") and serial(inv) not in ref: ref += " " + r
    p = mk_pay(c, b, inv["currency"], ref, rem, cid_known_for(c))
    apply([(inv["id"], b)]); PAID_FULL.append((inv["id"], b, c["id"]))
    return p, lab("applied", [(inv["id"], b)], reason="reference %s and exact balance" % inv["number"], scen=scen,
                  lang=lang if rem else "none", note="%s via %s, %s" % (inv["number"], ch, "customer id null" if p["customer_id"] is None else "customer id given"))

def s_remark():
    """reference only inside a 30-char NEFT/RTGS remark, compressed; no remittance advice"""
    inv = fresh(dom=True)
    c = CBYID[inv["customer_id"]]; b = BAL[inv["id"]]; s = serial(inv)
    rm = R.choice(["SAPL%s" % s, "INV%s" % s, "BILL %s" % s, "SAPL2526%s" % s, "%s %s" % (c["name"].split()[0][:8], s)])
    b4 = R.choice(BANKS)
    ref = R.choice(["NEFT/%sN%s/%s" % (b4, digits(11), rm.upper()), "RTGS/%sR52026%s/%s" % (b4, digits(10), rm.upper())])
    p = mk_pay(c, b, "INR", ref, None, R.random() < 0.5)
    apply([(inv["id"], b)]); PAID_FULL.append((inv["id"], b, c["id"]))
    return p, lab("applied", [(inv["id"], b)], reason="serial %s in bank remark and exact balance" % s, scen="remark_ref",
                  lang="none", note="%s only as '%s' in the UTR remark" % (inv["number"], rm))

def typo_of(s):
    for _ in range(50):
        k = R.randrange(len(s))
        if R.random() < 0.5 and k < len(s) - 1 and s[k] != s[k + 1]:
            t = s[:k] + s[k + 1] + s[k] + s[k + 2:]
        else:
            t = s[:k] + R.choice([d for d in "0123456789" if d != s[k]]) + s[k + 1:]
        if t not in ALLSERIALS and t[0] != "0": return t
    return None

def s_typo():
    inv = fresh(unique_bal)
    c = CBYID[inv["customer_id"]]; lang = lang_of(c); b = BAL[inv["id"]]; s = serial(inv); t = typo_of(s)
    r = inv["number"].replace(s, t) if R.random() < 0.5 else ("INV " + t)
    rem = tmpl("pay", lang, r=r, a=famt(b, inv["currency"]))
    ref, ch = channel_ref(c, "PAYMENT " + t, inv["currency"])
    p = mk_pay(c, b, inv["currency"], ref, rem, True)
    apply([(inv["id"], b)]); PAID_FULL.append((inv["id"], b, c["id"]))
    return p, lab("applied", [(inv["id"], b)], reason="reference %s is one digit off %s; exact unique balance" % (t, s),
                  scen="typo_ref", lang=lang, note="typo %s for %s; no invoice %s exists" % (t, inv["number"], t))

def s_amount_only():
    inv = fresh(lambda i: unique_bal(i) and not amt_hits_other(i))
    c = CBYID[inv["customer_id"]]; b = BAL[inv["id"]]
    lang = lang_of(c)
    rem = R.choice([None, None, {"en": "Payment released as per approval", "hi": "भुगतान स्वीकृति अनुसार जारी",
                                "hi-Latn": "payment release kar diya", "fr": "Règlement fournisseur",
                                "ar": "دفعة للمورد"}[lang]])
    ref, ch = channel_ref(c, R.choice(["VENDOR PAYMENT", "PAYMENT", "SUPPLIER PMT", "SAPL"]), inv["currency"])
    p = mk_pay(c, b, inv["currency"], ref, rem, True)
    apply([(inv["id"], b)]); PAID_FULL.append((inv["id"], b, c["id"]))
    return p, lab("applied", [(inv["id"], b)], reason="known customer, amount equals the only open invoice with that balance",
                  scen="amount_only", lang=lang if rem else "none", note="no reference; %s is the unique exact balance" % inv["number"])

def amt_hits_other(inv):
    bs = [BAL[j["id"]] for j in open_of(inv["customer_id"]) if j["id"] != inv["id"]]
    b = BAL[inv["id"]]
    if b == sum(bs) + 0 and bs: return True
    for x in range(len(bs)):
        for y in range(x + 1, len(bs)):
            if bs[x] + bs[y] == b: return True
    return False

def cust_with(n_min, cond, cur=None):
    cs = [c for c in CUSTS if (cur is None or c["cur"] == cur)]
    R.shuffle(cs)
    for c in cs:
        l = [i for i in open_of(c["id"]) if i["id"] not in USED and cond(i)]
        if len(l) >= n_min: return c, l
    return None, None

def s_list():
    c, l = cust_with(3, lambda i: True)
    invs = sorted(R.sample(l, R.randint(2, min(5, len(l)))), key=lambda i: i["number"])
    lang = lang_of(c); tot = sum(BAL[i["id"]] for i in invs)
    sty = R.randrange(8)
    rs = [ref_form(invs[0], sty)] + [serial(i) if R.random() < 0.6 else ref_form(i, sty) for i in invs[1:]]
    sep = R.choice([", ", "; ", " / ", " & "])
    rem = tmpl("list", lang, r=sep.join(rs), a=famt(tot, c["cur"]))
    if R.random() < 0.4:  # tabular advice
        rem += "\n" + "\n".join("%s  %s" % (i["number"], famt(BAL[i["id"]], c["cur"])) for i in invs)
    ref, ch = channel_ref(c, "INV " + ",".join(serial(i) for i in invs), c["cur"])
    apps = [(i["id"], BAL[i["id"]]) for i in invs]
    p = mk_pay(c, tot, c["cur"], ref, rem, cid_known_for(c))
    apply(apps); PAID_FULL.extend((a, v, c["id"]) for a, v in apps)
    return p, lab("applied", apps, reason="listed invoices sum to the payment", scen="list", lang=lang,
                  note="%d invoices listed; remark may be cut at 30 chars" % len(invs))

def s_range():
    cs = [c for c in CUSTS]; R.shuffle(cs)
    for c in cs:
        allc = sorted(by_c[c["id"]], key=lambda i: i["number"])
        if c["cur"] != "INR": continue
        n = R.randint(2, 4)
        for k in range(len(allc) - n + 1):
            run = allc[k:k + n]
            if all(i["id"] not in USED and BAL[i["id"]] == i["total"] for i in run):
                lang = lang_of(c); tot = sum(BAL[i["id"]] for i in run)
                r = "%s to %s" % (run[0]["number"], serial(run[-1])) if R.random() < 0.5 else "%s-%s" % (serial(run[0]), serial(run[-1]))
                if lang == "hi": rem = "बिल संख्या %s तक का भुगतान, कुल %s" % (r.replace(" to ", " से "), famt(tot, "INR"))
                elif lang == "hi-Latn": rem = "bill %s tak ka payment, total %s" % (r.replace(" to ", " se "), famt(tot, "INR"))
                else: rem = "Payment of bills %s (all our bills in this series), total %s" % (r, famt(tot, "INR"))
                ref, ch = channel_ref(c, "BILLS %s-%s" % (serial(run[0]), serial(run[-1])), "INR")
                apps = [(i["id"], BAL[i["id"]]) for i in run]
                p = mk_pay(c, tot, "INR", ref, rem, True)
                apply(apps); PAID_FULL.extend((a, v, c["id"]) for a, v in apps)
                return p, lab("applied", apps, reason="range of the customer's invoices sums to the payment", scen="range",
                              lang=lang, note="range %s covers %d of the customer's invoices (other customers' numbers in between)" % (r, n))
    return None

MONTHS = {"en": ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
          "hi": ["", "जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
          "fr": ["", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]}
def s_month_lump():
    cs = list(CUSTS); R.shuffle(cs)
    for c in cs:
        bym = defaultdict(list)
        for i in open_of(c["id"]): bym[i["issue_date"][:7]].append(i)
        for m, l in bym.items():
            if 2 <= len(l) <= 5 and all(i["id"] not in USED and BAL[i["id"]] == i["total"] for i in l):
                tot = sum(BAL[i["id"]] for i in l); lang = lang_of(c); mo = int(m[5:])
                if lang == "hi": rem = "%s %s माह के सभी बिलों का भुगतान, कुल %s (स्टेटमेंट अनुसार)" % (MONTHS["hi"][mo], m[:4], famt(tot, c["cur"]))
                elif lang == "fr": rem = "Règlement de toutes vos factures de %s %s, total %s" % (MONTHS["fr"][mo], m[:4], famt(tot, c["cur"]))
                elif lang == "hi-Latn": rem = "%s-%s ke saare bills ka payment %s" % (MONTHS["en"][mo], m[2:4], famt(tot, c["cur"]))
                elif lang == "ar": rem = "سداد جميع فواتير شهر %s/%s بإجمالي %s" % (mo, m[:4], famt(tot, c["cur"]))
                else: rem = "Payment for all %s-%s supplies as per your statement, total %s" % (MONTHS["en"][mo], m[2:4], famt(tot, c["cur"]))
                ref, ch = channel_ref(c, "%s%s SUPPLIES" % (MONTHS["en"][mo].upper(), m[2:4]), c["cur"])
                apps = [(i["id"], BAL[i["id"]]) for i in l]
                p = mk_pay(c, tot, c["cur"], ref, rem, True)
                apply(apps); PAID_FULL.extend((a, v, c["id"]) for a, v in apps)
                return p, lab("applied", apps, reason="sum of all open invoices issued in %s" % m, scen="month_lump", lang=lang,
                              note="lump sum = every open invoice of %s for this customer (%d)" % (m, len(l)))
    return None

def s_partial(lc=False):
    inv = fresh(cur=None, dom=False) if lc else fresh()
    c = CBYID[inv["customer_id"]]; b = BAL[inv["id"]]; lang = lang_of(c)
    unit = 100000 if inv["currency"] == "INR" else (10000 if inv["currency"] in ("USD", "EUR", "AED") else 1000000)
    amt = max(unit, int(b * R.uniform(0.3, 0.7)) // unit * unit)
    if amt >= b: return None
    if amt_hits(c["id"], amt): return None
    r = ref_form(inv)
    if lc:
        lcno = "%s%s" % (R.choice(["ILC", "DLC", "EXLC"]), digits(8))
        rem = {"fr": "Crédit documentaire %s - tirage partiel (1ère expédition) facture %s : %s",
               "ar": "اعتماد مستندي %s - سحب جزئي عن الشحنة الأولى للفاتورة %s بمبلغ %s"}.get(
               lang, "L/C %s partial drawing, 1st shipment, against invoice %s: %s") % (lcno, r, famt(amt, inv["currency"]))
    else:
        rem = tmpl("partial", lang, r=r, a=famt(amt, inv["currency"]))
    ref, ch = channel_ref(c, ("LC " if lc else "PART PMT ") + r, inv["currency"])
    p = mk_pay(c, amt, inv["currency"], ref, rem, cid_known_for(c))
    apply([(inv["id"], amt)])
    scen = "lc_partial" if lc else "partial"
    return p, lab("partial", [(inv["id"], amt)], reason="stated part payment of %s" % inv["number"], scen=scen, lang=lang,
                  note="%s of %s paid, balance left open" % (fmt(amt), fmt(b)))

def s_short(kind):
    if kind in ("tds", "gst_tds"):
        cond = (lambda i: i["total"] == BAL[i["id"]] and CBYID[i["customer_id"]]["kind"] == "govt") if kind == "gst_tds" else \
               (lambda i: i["total"] == BAL[i["id"]])
        inv = fresh(cond, dom=True)
    elif kind == "bank_charges":
        inv = fresh(lambda i: i["total"] == BAL[i["id"]], dom=False)
    else:
        inv = fresh(lambda i: i["total"] == BAL[i["id"]])
    if inv is None: return None
    c = CBYID[inv["customer_id"]]; b = BAL[inv["id"]]; cur = inv["currency"]; lang = lang_of(c); r = ref_form(inv)
    if kind == "tds":
        rate = R.choice([1, 2, 2, 10]); taxable = b * 100 // 112 // 100 * 100
        ded = taxable * rate // 100 // 100 * 100
        sec = {1: "194C", 2: "194C", 10: "194J"}[rate]
        reason = "TDS %d%% deducted (u/s %s)" % (rate, sec)
        rem = {"hi": "बिल %s: सकल %s, टीडीएस %d%% (धारा %s) %s काटकर शुद्ध भुगतान %s",
               "hi-Latn": "bill %s gross %s, TDS %d%% u/s %s %s kaat ke net payment %s"}.get(
               lang, "Inv %s gross %s less TDS @%d%% u/s %s %s, net paid %s") % (r, famt(b, cur), rate, sec, famt(ded, cur), famt(b - ded, cur))
    elif kind == "gst_tds":
        taxable = b * 100 // 112 // 100 * 100; ded = taxable * 2 // 100 // 100 * 100
        reason = "GST TDS 2% (CGST 1% + SGST 1%) deducted"
        rem = "Bill %s: Rs %s less GST-TDS u/s 51 (CGST 1%% %s + SGST 1%% %s) = %s. Form GSTR-7 filed." % (
            r, lakh(b), lakh(ded // 2), lakh(ded - ded // 2), lakh(b - ded))
        if lang == "hi": rem += " जीएसटी टीडीएस प्रमाणपत्र अलग से भेजा जाएगा।"
    elif kind == "bank_charges":
        ded = {"USD": R.choice([1500, 2000, 2500, 3500, 4500]), "EUR": R.choice([1500, 2500, 3000]),
               "AED": R.choice([5000, 7500, 9000]), "LKR": R.choice([500000, 750000]), "BDT": R.choice([250000, 300000]),
               "INR": R.choice([25000, 50000])}[cur]
        ib = R.choice(INTERMEDIARY)
        reason = "intermediary bank charges"
        rem = {"fr": "Facture %s : %s. Frais de la banque intermédiaire %s (%s) déduits en cours de route.",
               "ar": "الفاتورة %s بمبلغ %s. تم خصم رسوم البنك الوسيط %s (%s)."}.get(
               lang, "/INV/%s %s /71A/SHA /CHGS/ intermediary %s charges %s deducted") % (r, famt(b, cur), ib, famt(ded, cur)) \
            if lang in ("fr", "ar") else "/INV/%s %s /71A/SHA /CHGS/ intermediary %s charges %s deducted" % (r, famt(b, cur), ib, famt(ded, cur))
    else:  # quality / expiry debit note
        q = R.randint(5, 60); ded = max(100000 if cur == "INR" else 5000, b * R.randint(1, 6) // 100 // 100 * 100)
        dn = "DN/%s/%03d" % (R.choice(["PH", "HSP", "QA"]), R.randint(1, 400))
        reason = "debit note %s: damaged/short-expiry goods" % dn
        rem = {"hi": "बिल %s में से डेबिट नोट %s (%d बॉक्स टूटे/कम एक्सपायरी) %s घटाकर भुगतान %s",
               "hi-Latn": "bill %s mein se debit note %s (%d boxes damaged/near expiry) %s kaat kar payment %s",
               "fr": "Facture %s moins note de débit %s (%d cartons endommagés / péremption courte) %s, net %s",
               "ar": "الفاتورة %s ناقص إشعار مدين %s (%d كرتون تالف/قريب الانتهاء) %s، الصافي %s"}.get(
               lang, "Inv %s less debit note %s (%d boxes broken / short expiry) %s, net %s") % (r, dn, q, famt(ded, cur), famt(b - ded, cur))
    amt = b - ded
    ref, ch = channel_ref(c, r, cur)
    p = mk_pay(c, amt, cur, ref, rem, cid_known_for(c))
    apply([(inv["id"], amt)])
    return p, lab("partial", [(inv["id"], amt)], short={"invoice_id": inv["id"], "amount": fmt(ded), "reason": reason},
                  reason="short pay of %s: %s" % (inv["number"], reason), scen="short_" + kind, lang=lang,
                  note="%s - %s = %s" % (fmt(b), fmt(ded), fmt(amt)))

def s_overpay():
    inv = fresh()
    c = CBYID[inv["customer_id"]]; b = BAL[inv["id"]]; cur = inv["currency"]; lang = lang_of(c); r = ref_form(inv)
    extra = R.choice([b // 10 // 100 * 100, 500000 if cur == "INR" else 25000, 1234500 if cur == "INR" else 100000])
    if extra <= 0: return None
    bs = [BAL[j["id"]] for j in open_of(c["id"]) if j["id"] != inv["id"]]
    if extra in bs or b + extra in bs: return None
    if R.random() < 0.5:
        rem = tmpl("pay", lang, r=r, a=famt(b + extra, cur))
        nt = "no explanation for the excess"
    else:
        rem = {"hi": "बिल %s का भुगतान, साथ में अगले ऑर्डर हेतु अग्रिम %s", "hi-Latn": "bill %s ka payment + advance %s next order ke liye",
               "fr": "Règlement facture %s, plus avance de %s sur prochaine commande",
               "ar": "سداد الفاتورة %s مع دفعة مقدمة %s للطلبية القادمة"}.get(lang, "Inv %s paid; includes advance of %s for next PO") % (r, famt(extra, cur))
        nt = "excess stated as advance"
    ref, ch = channel_ref(c, r, cur)
    p = mk_pay(c, b + extra, cur, ref, rem, True)
    apply([(inv["id"], b)]); PAID_FULL.append((inv["id"], b, c["id"]))
    return p, lab("unapplied", [(inv["id"], b)], unapplied=extra, reason="%s paid in full, excess held on account" % inv["number"],
                  scen="overpay", lang=lang, note=nt)

def s_second():
    R.shuffle(PAID_FULL)
    for k, (iid, amt, cid) in enumerate(PAID_FULL):
        inv = IBYID[iid]; c = CBYID[cid]
        if amt != inv["total"] or amt_hits(cid, amt): continue
        PAID_FULL.pop(k)
        lang = lang_of(c); r = ref_form(inv)
        rem = tmpl("pay", lang, r=r, a=famt(amt, inv["currency"]))
        ref, ch = channel_ref(c, r, inv["currency"])
        p = mk_pay(c, amt, inv["currency"], ref, rem, True)
        return p, lab("unapplied", [], unapplied=amt, reason="%s was already paid by an earlier payment in this batch" % inv["number"],
                      scen="second_payment", lang=lang, note="duplicate payment of %s; hold as unapplied" % inv["number"])
    return None

def s_nofit():
    c = R.choice(CUSTS); cur = c["cur"]; lang = lang_of(c)
    unit = 100000 if cur == "INR" else 10000
    for _ in range(50):
        amt = rand_amt(cur) // unit * unit + R.choice([0, 0, unit // 2])
        if not amt_hits(c["id"], amt): break
    else: return None
    po = "PO/%s/%d" % (R.choice(["HSP", "PUR", "MM"]), R.randint(2000, 9999))
    rem = R.choice([None, {"hi": "नए ऑर्डर %s हेतु अग्रिम भुगतान", "hi-Latn": "naye order %s ke liye advance",
                           "fr": "Avance sur commande %s", "ar": "دفعة مقدمة لأمر الشراء %s"}.get(lang, "Advance against our %s") % po])
    ref, ch = channel_ref(c, "ADVANCE" if rem else "PAYMENT", cur)
    p = mk_pay(c, amt, cur, ref, rem, True)
    return p, lab("unapplied", [], unapplied=amt, reason="known customer, amount fits no open invoice", scen="no_fit",
                  lang=lang if rem else "none", note="advance/unexplained; no balance, pair or total matches")

STRANGERS = ["M/S BHARAT SURGICO", "SHRI RAM TRADERS", "AMAN KUMAR", "NEW LIFE CLINIC", "R K ENTERPRISES",
             "SUNRISE HEALTH LLP", "MOHD IRFAN", "GLOBAL MEDLINK FZE", "KARIBU TRADING LTD", "STE IVOIRE NEGOCE",
             "PATEL AND SONS", "VEDANT DIAGNOSTICS PVT L", "AL BARAKA GENERAL TRADING", "SAMEER HOSPITAL SUPPL",
             "MAA DURGA MEDICAL HALL", "NILE VALLEY PHARMA"]
def s_unknown(match=False):
    name = R.choice(STRANGERS)
    if match:
        for _ in range(200):
            inv = fresh(dom=R.random() < 0.7)
            b = BAL[inv["id"]]
            if sum(1 for j in INVOICES if BAL[j["id"]] == b and j["currency"] == inv["currency"]) == 1: break
        else: return None
        USED.add(inv["id"]); cur = inv["currency"]; amt = b
        cands = [[inv["id"]]]
    else:
        cur = R.choice(["INR", "INR", "INR", "USD", "AED"]); cands = []
        for _ in range(50):
            amt = rand_amt(cur)
            if not any(BAL[j["id"]] == amt for j in INVOICES): break
    rem = R.choice([None, "PAYMENT", "bhugtan", "Paiement fournisseur", "Medicine supply payment"])
    fake = {"en": None}
    if cur == "INR":
        ref = "NEFT/%sN%s/%s" % (R.choice(BANKS), digits(11), R.choice(["PAYMENT", "MEDICINES", "SUPPLY", "TRF"]))
    else:
        ref = "MT103 FT%s /ROC/PAYMENT" % digits(10)
    p = mk_pay(None, amt, cur, ref, rem, False, name=name)
    return p, lab("review", [], unapplied=amt, cands=cands, reason="payer not identifiable; no reference",
                  scen="unknown_match" if match else "unknown_payer", lang="none",
                  note="amount equals one open invoice in the ledger but payer unknown" if match else "stranger")

def s_po():
    inv = fresh(lambda i: unique_bal(i) and not amt_hits_other(i), dom=True)
    c = CBYID[inv["customer_id"]]; b = BAL[inv["id"]]; lang = lang_of(c)
    same = R.random() < 0.4
    pool = [j for j in (by_c[c["id"]] if same else INVOICES) if j["currency"] == "INR" and j["id"] != inv["id"]
            and BAL[j["id"]] != b and (not same or BAL[j["id"]] < b)]
    if not pool: return None
    other = R.choice(pool); s = serial(other)
    po = R.choice(["PO/25-26/%s" % s, "HOSP/PO/25-26/%s" % s, "PO NO %s" % s, "Purchase Order 25-26/%s" % s])
    rem = {"hi": "हमारे क्रय आदेश %s के विरुद्ध भुगतान %s", "hi-Latn": "hamare %s ke against payment %s"}.get(
          lang, "Payment against our %s, amount %s") % (po, famt(b, "INR"))
    ref, ch = channel_ref(c, po, "INR")
    p = mk_pay(c, b, "INR", ref, rem, True)
    apply([(inv["id"], b)]); PAID_FULL.append((inv["id"], b, c["id"]))
    return p, lab("applied", [(inv["id"], b)], reason="PO number is the customer's; amount equals the only matching open invoice",
                  scen="po_lookalike", lang=lang,
                  note="customer PO %s looks like invoice %s (%s) but amount fits %s" % (po, other["number"], "same customer, smaller balance" if same else "other customer", inv["number"]))

def s_twin():
    cids = [cid for cid, l in TWINS.items() if len([x for x in l if BAL[x] > 0]) >= 2]
    if not cids: return None
    cid = R.choice(cids); c = CBYID[cid]
    cnt = defaultdict(list)
    for x in TWINS[cid]:
        if BAL[x] > 0: cnt[BAL[x]].append(x)
    b, ids = next(((k, v) for k, v in cnt.items() if len(v) >= 2), (None, None))
    if b is None: return None
    ids = sorted(ids, key=lambda x: IBYID[x]["due_date"])
    for x in ids: TWINS[cid].remove(x)
    lang = lang_of(c)
    rem = R.choice([None, {"hi": "दोहराए गए ऑर्डर का भुगतान %s", "fr": "Règlement commande répétée, %s", "ar": "دفعة الطلبية المكررة %s",
                           "hi-Latn": "repeat order ka payment %s"}.get(lang, "Payment for repeat order, %s") % famt(b, c["cur"])])
    ref, ch = channel_ref(c, "PAYMENT", c["cur"])
    p = mk_pay(c, b, c["cur"], ref, rem, True)
    return p, lab("review", [], unapplied=b, cands=[[x] for x in ids], reason="two open invoices with the same balance, no reference",
                  scen="twin_ambiguous", lang=lang if rem else "none", note="%s vs %s" % tuple(IBYID[x]["number"] for x in ids[:2]))

def s_conflict():
    c, l = cust_with(2, lambda i: unique_bal(i))
    if c is None: return None
    l = sorted(l, key=lambda i: BAL[i["id"]])
    a_inv = l[-1]; b_inv = R.choice(l[:-1])
    if BAL[b_inv["id"]] >= BAL[a_inv["id"]]: return None
    amt = BAL[b_inv["id"]]; lang = lang_of(c); r = ref_form(a_inv)
    rem = tmpl("pay", lang, r=r, a=famt(amt, c["cur"]))
    ref, ch = channel_ref(c, r, c["cur"])
    p = mk_pay(c, amt, c["cur"], ref, rem, True)
    USED.add(a_inv["id"]); USED.add(b_inv["id"])
    return p, lab("review", [], unapplied=amt, cands=[[a_inv["id"]], [b_inv["id"]]],
                  reason="reference says %s but amount equals %s exactly" % (a_inv["number"], b_inv["number"]),
                  scen="ref_amount_conflict", lang=lang, note="part payment of the referenced invoice or wrong reference")

def s_curmis():
    inv = fresh(lambda i: CBYID[i["customer_id"]]["country"] != "IN")
    c = CBYID[inv["customer_id"]]; b = BAL[inv["id"]]; lang = lang_of(c); r = ref_form(inv)
    rate = {"INR": ("USD", 1 / 88.4), "USD": ("EUR", 0.86), "EUR": ("USD", 1.16), "AED": ("USD", 0.2723),
            "LKR": ("USD", 1 / 298.0), "BDT": ("USD", 1 / 122.0)}
    pcur, fx = rate[inv["currency"]]
    amt = int(round(b * fx))
    rem = tmpl("pay", lang, r=r, a=famt(amt, pcur))
    ref, ch = channel_ref(c, r, pcur)
    p = mk_pay(c, amt, pcur, ref, rem, True)
    USED.add(inv["id"])
    return p, lab("review", [], unapplied=amt, cands=[[inv["id"]]],
                  reason="paid in %s against a %s invoice" % (pcur, inv["currency"]), scen="currency_mismatch", lang=lang,
                  note="%s invoice %s paid in %s" % (inv["currency"], inv["number"], pcur))

BAD = [("amount", "12,34,500.00", "amount not a decimal string (lakh grouping)"),
       ("amount", "-45000.00", "negative amount (reversal/return)"),
       ("amount", "0.00", "zero amount"),
       ("amount", None, "amount missing"),
       ("currency", "RS", "unknown currency code"),
       ("currency", None, "currency missing"),
       ("date", "2026-02-30", "invalid date"),
       ("amount", "1,250.00 USD", "amount with currency text"),
       ("currency", "INRR", "unknown currency code"),
       ("amount", "98000.5O", "amount not a number (letter O)"),
       ("date", "15/03/2026", "date not ISO"),
       ("amount", "", "amount empty")]
BADI = [0]
def s_bad():
    inv = fresh()
    c = CBYID[inv["customer_id"]]; b = BAL[inv["id"]]; r = ref_form(inv)
    f, v, why = BAD[BADI[0] % len(BAD)]; BADI[0] += 1
    ref, ch = channel_ref(c, r, inv["currency"])
    p = mk_pay(c, b, inv["currency"], ref, None, True)
    p[f] = v
    if f == "date": p["_baddate"] = v
    USED.add(inv["id"])
    l = lab("review", [], unapplied="0.00", reason="bad row: " + why, scen="bad_row", lang="none", note="%s=%r" % (f, v))
    l["error"] = why
    return p, l

# ---------------------------------------------------------------- driver
PLAN = {"exact_ref": 84, "remark_ref": 30, "typo_ref": 16, "amount_only": 32, "list": 28, "range": 10, "month_lump": 10,
        "partial": 24, "lc_partial": 6, "short_tds": 18, "short_gst_tds": 6, "short_bank_charges": 12,
        "short_quality": 8, "overpay": 12, "second_payment": 12, "no_fit": 12, "unknown_payer": 12,
        "unknown_match": 5, "po_lookalike": 12, "twin_ambiguous": 16, "ref_amount_conflict": 8,
        "currency_mismatch": 10, "bad_row": 12}
FN = {"exact_ref": s_exact, "remark_ref": s_remark, "typo_ref": s_typo, "amount_only": s_amount_only, "list": s_list,
      "range": s_range, "month_lump": s_month_lump, "partial": s_partial, "lc_partial": lambda: s_partial(True),
      "short_tds": lambda: s_short("tds"), "short_gst_tds": lambda: s_short("gst_tds"),
      "short_bank_charges": lambda: s_short("bank_charges"), "short_quality": lambda: s_short("quality"),
      "overpay": s_overpay, "second_payment": s_second, "no_fit": s_nofit, "unknown_payer": s_unknown,
      "unknown_match": lambda: s_unknown(True), "po_lookalike": s_po, "twin_ambiguous": s_twin,
      "ref_amount_conflict": s_conflict, "currency_mismatch": s_curmis, "bad_row": s_bad}
plan = [k for k, n in PLAN.items() for _ in range(n)]
R.shuffle(plan)
# second payments only after the first 90 payments
sec = [k for k in plan if k == "second_payment"]; rest = [k for k in plan if k != "second_payment"]
for k in sec: rest.insert(R.randint(90, len(rest)), k)
plan = rest
N = len(plan)
d0 = dt.date(2026, 1, 5)
days = [d0 + dt.timedelta(days=x) for x in range(82)]
days = [d for d in days if d.weekday() < 6]
dates = sorted(R.choice(days) for _ in range(N))
PAYS, LABS = [], []
for k, scen in enumerate(plan):
    res = None
    for _ in range(30):
        res = FN[scen]()
        if res: break
    if not res:
        raise SystemExit("could not build %s" % scen)
    p, l = res
    pid = "p-%04d" % (k + 1)
    p["id"] = pid; l["payment_id"] = pid
    p["date"] = p.pop("_baddate", None) or dates[k].isoformat()
    PAYS.append(dict((f, p[f]) for f in ("id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance")))
    LABS.append(l)

def inv_out(i):
    return dict(id=i["id"], number=i["number"], customer_id=i["customer_id"], customer_name=i["customer_name"],
                currency=i["currency"], total=fmt(i["total"]), balance=fmt(i["balance"]), issue_date=i["issue_date"],
                due_date=i["due_date"])
def dump(name, obj):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")
dump("invoices.json", [inv_out(i) for i in INVOICES])
dump("payments.json", PAYS)
dump("labels.json", LABS)
print(len(INVOICES), "invoices", len(PAYS), "payments")

# ---------------------------------------------------------------- README
def table(cnt, h):
    return "| %s | count |\n|---|---|\n" % h + "".join("| %s | %d |\n" % (k, v) for k, v in sorted(cnt.items(), key=lambda x: (-x[1], x[0])))
st = Counter(l["status"] for l in LABS)
sc = Counter(l["scenario"] for l in LABS)
lg = Counter(l["note"].split(",")[1].split("]")[0].strip() for l in LABS)
cu = Counter(p["currency"] if p["currency"] in RANGES else "(bad)" for p in PAYS)
chn = Counter((p["reference"] or "").split("/")[0].split(" ")[0] for p in PAYS)
nullc = sum(1 for p in PAYS if p["customer_id"] is None)
readme = """# Blind cash-application set: south_asia_pharma

Theme: a made-up Indian generic-pharmaceuticals exporter and domestic distributor ("SAPL") billing hospitals,
pharmacy chains, distributors and government bodies in India (INR) and importers in East/West Africa (USD, EUR),
the Gulf (AED, USD), Sri Lanka (LKR, USD), Bangladesh (BDT, USD) and Nepal (USD, INR). All company names, ids and
references are invented; bank codes in references are only shaped like real ones.

Built by `python3 build.py` (seed %d, stdlib only); verified by `python3 check.py`.

## Files (`south_asia_pharma/`)

| file | rows | content |
|---|---|---|
| `invoices.json` | %d | open invoices in the contract's INVOICES format (%d customers). Domestic numbers `SAPL/25-26/NNNNN`, export `SAPL/EXP/25-26/NNNN` |
| `payments.json` | %d | received payments, oldest first (2026-01-05 .. 2026-03-27) |
| `labels.json` | %d | one expected MATCHES.json entry per payment, same order, plus `scenario`, `note` (`[scenario, lang] ...`) and `error` on bad rows |

## Bank data

References look like the channel that carried them: `NEFT/<UTR>/<30-char remark>`, `RTGS/<22-char UTR>/<remark>`,
`IMPS/P2A/<RRN>/<20-char remark>`, `UPI/<RRN>/<remark>/<vpa>`, `CTS CLG CHQ NO <6-digit cheque no> <remark>`, and
`MT103 <ref> /ROC/<35-char remark>` for SWIFT. Remarks are upper-cased and cut at the channel's length. Payer names
are upper-cased, `&`->`AND`, `M/S`/`M/S.` prefixes, `PVT LTD`/`P LTD`/`L.L.P.` variants, cut at 20-60 chars.
`customer_id` is null on %d payments (the bank gave only a name). Amounts in remittance text use lakh/crore
grouping for INR (`Rs. 12,34,567.00`) and `USD 1,234.00` otherwise.

%s
%s
%s
%s
%s
## Label conventions

- `applied`: applications cover the whole payment, `unapplied` "0.00", `short_pay` null, `candidates` [].
- `partial`: a stated part payment (incl. a partial drawing under a letter of credit) -> `short_pay` null; a short
  pay with a stated deduction (TDS 1%%/2%%/10%%, GST-TDS 2%%, intermediary bank charges, a debit note for damaged or
  short-expiry goods) -> `short_pay` = {invoice_id, amount = the deduction = what is left open, reason}.
- `unapplied`: overpayment (the invoice is listed with its full balance, the excess is `unapplied`), a second payment
  of an invoice paid earlier in this file (nothing applied, whole amount unapplied), or a known customer's payment
  that fits no open balance, pair of balances or their total (advance / unexplained).
- `review`: nothing applied; `unapplied` = the payment amount; `candidates` = list of invoice-id lists (each inner list
  is one candidate invoice set), best first. Used for: unknown payers (empty, or the single ledger-wide exact-amount
  match), two open invoices of one customer with the same balance and no reference (both, earlier due date first),
  a reference to one invoice whose amount exactly equals another invoice of the same customer and is less than the
  referenced balance (referenced first), and a payment in a currency other than the referenced invoice's.
- Bad rows (unparseable/negative/zero/missing amount, unknown or missing currency, invalid or non-ISO date):
  `status` review, no applications, `unapplied` "0.00" (the amount can't be trusted), `candidates` [], plus
  `error` with the problem. The contract does not define bad rows; this is my convention.
- A typo'd reference (one digit changed or two swapped, matching no existing invoice) is applied when the payer is
  known and the amount equals exactly one open balance of that payer.
- A customer's PO number that has the same shape and digits as one of our invoice numbers (of another customer, or
  of the same customer with a smaller balance) is not treated as an invoice reference; the payment is applied to
  the payer's only open invoice with exactly that amount.
- Payments are replayed in order: an invoice paid earlier in the file is no longer open.

## Deliberately hard

- Invoice serials inside compressed remarks (`SAPL252628145`, `INV24545`), cut at 30 chars; lists cut mid-number in
  the remark while the full list is in the advice.
- Ranges (`15043-23103`) whose ends are far apart because other customers' invoices sit in between; only the
  payer's own invoices in the range are paid.
- Month lump sums ("all Dec-25 supplies") with no invoice numbers.
- TDS and GST-TDS short pays in Hindi (Devanagari and transliterated), debit notes in French and Arabic,
  SWIFT `/71A/SHA` intermediary charges.
- UTR/RRN/cheque digits can coincidentally contain an invoice serial.
- Many payers are identified only by a cut, re-spelled name.
"""
parts = [("### Labels per status\n\n", st, "status"), ("### Scenarios\n\n", sc, "scenario"),
         ("### Remittance language (`none` = no advice text / no language)\n\n", lg, "lang"),
         ("### Payment currency\n\n", cu, "currency"), ("### Channel\n\n", chn, "reference prefix")]
txt = [h + table(c, name) for h, c, name in parts]
readme = readme % tuple([SEED, len(INVOICES), len(CUSTS), len(PAYS), len(LABS), nullc] + txt)
open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(readme)
