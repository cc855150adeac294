#!/usr/bin/env python3
"""Build blind cash-application set 360: an airtime / SIM / handset distributor in East and
West Africa (and South Africa) billing dealers, retail chains and sub-distributors.

Writes africa_telecom_distribution/{invoices,payments,labels}.json. Standard library only,
seed 360. Every label is produced by the scenario generator and must equal what the
written decision rules (check.decide) give at that point of the replay; a generated
payment that does not is thrown away and drawn again.
"""
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check as C  # noqa: E402

OUT = os.path.join(HERE, "africa_telecom_distribution")
rng = random.Random(360)

# --------------------------------------------------------------------- customers
# (name, owner first name, owner surname, trading name, parent company, transliterated/alt spelling)
CUSTOMERS = {
    "KE": ("KES", 16, [
        ("Kamau Electronics Ltd", "John", "Kamau Mwangi", "SIMU POA KAMAU", "Kamau Holdings Ltd", None),
        ("Nairobi Airtime Hub Ltd", "Grace", "Wanjiku", "AIRTIME HUB RIVER ROAD", "Hub Group Ltd", None),
        ("Mombasa Connect Dealers Ltd", "Mohamed", "Salim", "CONNECT MOMBASA", "Salim Investments Ltd", "MOHAMMED SALIM"),
        ("Kisumu Lakeside Mobile Ltd", "Peter", "Otieno", "LAKESIDE PHONES", "Lakeside Group Ltd", None),
        ("Eldoret SIM Centre", "Faith", "Chebet", "SIM CENTRE UASIN GISHU", "Chebet Family Holdings", None),
        ("Maisha Retail Stores Ltd", "James", "Njoroge", "MAISHA SUPERMARKET", "Maisha Group Holdings Ltd", None),
        ("Otieno & Sons Communications", "Paul", "Otieno", "OTIENO COMMS", "Otieno Family Trust", None),
        ("Nakuru Phone Palace Ltd", "Mary", "Wambui", "PHONE PALACE NAKURU", "Palace Retail Ltd", None),
        ("Thika Road Gadgets Ltd", "Samuel", "Mutua", "TRM GADGETS", "Mutua Ventures Ltd", None),
        ("Wanjiru Mobile Enterprises", "Esther", "Wanjiru", "WANJIRU MOBILE SHOP", "Wanjiru Holdings", None),
        ("Kiptoo Telecom Services", "Kipchirchir", "Kiptoo", "KIPTOO TEL", "Kiptoo Holdings Ltd", "KIPCHIRCHIR KIPTOO"),
        ("Jamii Mart Supermarkets Ltd", "David", "Kariuki", "JAMII MART", "Jamii Holdings Plc", None),
        ("Machakos Airtime Distributors", "Ruth", "Mwikali", "MACHAKOS AIRTIME", "Mwikali Enterprises", None),
        ("Nyeri Highlands Communications Ltd", "Joseph", "Maina", "HIGHLANDS COMMS", "Highlands Group Ltd", None),
        ("Coast Mobile Wholesale Ltd", "Ali", "Hassan", "COAST WHOLESALE", "Hassan Brothers Holdings", "ALY HASSAN"),
        ("East Africa Handset Wholesale Ltd", "Anil", "Shah", "EAHW", "Shah Group Holdings Ltd", None),
    ]),
    "NG": ("NGN", 14, [
        ("Adeyemi Telecoms Nigeria Ltd", "Tunde", "Adeyemi", "ADEYEMI PHONES", "Adeyemi Group Plc", None),
        ("Chukwuemeka & Sons Phones Ltd", "Emeka", "Chukwuemeka", "EMEKA PHONES", "Chukwuemeka Holdings", None),
        ("Lagos Mobile Depot Ltd", "Funke", "Balogun", "MOBILE DEPOT IKEJA", "Depot Holdings Ltd", None),
        ("Abdulkadir Recharge Ventures", "Abdulkadir", "Musa", "KANO RECHARGE", "Musa Group", "ABDUL QADIR MUSA"),
        ("Ibadan Gadgets Plaza Ltd", "Bisi", "Adebayo", "GADGETS PLAZA", "Adebayo Holdings Ltd", None),
        ("SuperValue Stores Nigeria Plc", "Chinedu", "Okafor", "SUPERVALUE", "SuperValue Holdings Plc", None),
        ("Okonkwo Communications Ltd", "Ngozi", "Okonkwo", "OKONKWO COMMS", "Okonkwo Family Holdings", None),
        ("Port Harcourt Airtime Hub", "Ibinabo", "Briggs", "PH AIRTIME", "Briggs Investments Ltd", None),
        ("Abuja Connect Distributors Ltd", "Ibrahim", "Danladi", "ABUJA CONNECT", "Danladi Holdings", "IBRAHEEM DANLADI"),
        ("Balogun Market Phones Enterprise", "Kola", "Bakare", "BALOGUN PHONES", "Bakare Ventures", None),
        ("Oluwaseun Digital Services", "Seun", "Oluwaseun", "SEUN DIGITAL", "Oluwaseun Holdings", None),
        ("Enugu Mobile World Ltd", "Obinna", "Eze", "MOBILE WORLD ENUGU", "Eze Group Ltd", None),
        ("Kaduna SIM Dealers Ltd", "Aisha", "Bello", "KADUNA SIM", "Bello Holdings", "AYSHA BELLO"),
        ("Niger Delta Telecom Supplies Ltd", "Tamuno", "George", "ND TELECOM", "Delta Holdings Plc", None),
    ]),
    "GH": ("GHS", 10, [
        ("Kwame Asante Enterprise", "Kwame", "Asante", "ASANTE PHONES", "Asante Holdings Ltd", None),
        ("Accra Airtime Ventures Ltd", "Ama", "Owusu", "AIRTIME VENTURES", "Owusu Group", None),
        ("Kumasi Phone Mart", "Yaw", "Boateng", "PHONE MART ADUM", "Boateng Holdings", None),
        ("Takoradi Digital Services", "Efua", "Mensah", "TAKORADI DIGITAL", "Mensah Family Holdings", None),
        ("Mensah Communications Ltd", "Kofi", "Mensah", "MENSAH COMMS", "Mensah Group Ltd", None),
        ("Tamale Mobile Centre", "Abdul-Rahman", "Iddrisu", "TAMALE MOBILE", "Iddrisu Enterprises", "ABDULRAHMAN IDRISU"),
        ("Osei Brothers Telecom", "Kwabena", "Osei", "OSEI BROS", "Osei Holdings", None),
        ("Adom Retail Ghana Ltd", "Akosua", "Darko", "ADOM SHOPS", "Adom Group Ltd", None),
        ("Tema Harbour Gadgets Ltd", "Nii", "Armah", "HARBOUR GADGETS", "Armah Holdings", None),
        ("Gold Coast Handsets Ltd", "Kojo", "Appiah", "GOLD COAST PHONES", "Appiah Group Ltd", None),
    ]),
    "UG": ("UGX", 10, [
        ("Kampala Airtime Dealers Ltd", "Moses", "Ssemakula", "KAMPALA AIRTIME", "Ssemakula Holdings", None),
        ("Ssekandi Mobile Enterprises", "Joseph", "Ssekandi", "SSEKANDI MOBILE", "Ssekandi Family Holdings", "JOSEPH SEKANDI"),
        ("Gulu Connect Ltd", "Agnes", "Akello", "GULU CONNECT", "Akello Investments", None),
        ("Mbarara Phones Centre", "Robert", "Tumusiime", "MBARARA PHONES", "Tumusiime Holdings", None),
        ("Nakasero Gadget World Ltd", "Sarah", "Namutebi", "GADGET WORLD", "Nakasero Holdings Ltd", None),
        ("Jinja Telecom Traders", "Isaac", "Waiswa", "JINJA TELECOM", "Waiswa Investments", None),
        ("Mukasa & Sons Communications", "Henry", "Mukasa", "MUKASA COMMS", "Mukasa Family Holdings", None),
        ("Entebbe SIM Point", "Brenda", "Nakato", "SIM POINT ENTEBBE", "Nakato Enterprises", None),
        ("Kasese Mobile Supplies Ltd", "Patrick", "Bwambale", "KASESE MOBILE", "Bwambale Holdings", None),
        ("Great Lakes Telecom Distributors Ltd", "Ronald", "Kato", "GREAT LAKES TEL", "Great Lakes Holdings Ltd", None),
    ]),
    "TZ": ("TZS", 10, [
        ("Dar es Salaam Simu Traders Ltd", "Juma", "Mwinyi", "SIMU TRADERS DSM", "Mwinyi Holdings", None),
        ("Arusha Mobile Hub Ltd", "Neema", "Mollel", "MOBILE HUB ARUSHA", "Mollel Group", None),
        ("Mwanza Lake Telecom", "Baraka", "Masanja", "LAKE TELECOM", "Masanja Investments", None),
        ("Kariakoo Electronics Ltd", "Said", "Abdallah", "KARIAKOO ELEC", "Abdallah Holdings", "SAID ABDULLAH"),
        ("Dodoma Airtime Centre", "Rehema", "Mbwambo", "DODOMA AIRTIME", "Mbwambo Enterprises", None),
        ("Mbeya Highlands Phones", "Elia", "Mwakyusa", "HIGHLANDS PHONES", "Mwakyusa Holdings", None),
        ("Mushi Communications Ltd", "Godfrey", "Mushi", "MUSHI COMMS", "Mushi Family Holdings", None),
        ("Tanga Coast Mobile", "Mwanaisha", "Shabani", "TANGA MOBILE", "Shabani Investments", None),
        ("Moshi Kilimanjaro Gadgets Ltd", "Emmanuel", "Lyimo", "KILI GADGETS", "Lyimo Group", None),
        ("Zanzibar Mobile Traders Ltd", "Khamis", "Suleiman", "ZANZIBAR MOBILE", "Suleiman Holdings", "KHAMIS SULEIMAN"),
    ]),
    "XO": ("XOF", 10, [
        ("Établissements Diallo et Frères", "Mamadou", "Diallo", "DIALLO TELECOM", "Groupe Diallo SA", "ETS DIALLO ET FRERES"),
        ("Société Ndiaye Télécom SARL", "Awa", "Ndiaye", "NDIAYE TEL", "Holding Ndiaye SA", "STE NDIAYE TELECOM"),
        ("Touba Cellulaire", "Serigne", "Mbacké", "TOUBA CELL", "Groupe Mbacké", "SERIGNE MBACKE"),
        ("Thiès Mobile Services SARL", "Fatou", "Sow", "THIES MOBILE", "Sow Holding", "THIES MOBILE SERVICES"),
        ("Sahel Connect SARL", "Ibrahima", "Fall", "SAHEL CONNECT", "Fall Holding SA", None),
        ("Abidjan Mobile Distribution SA", "Seydou", "Traoré", "AMD ABIDJAN", "Groupe Traoré SA", "SEYDOU TRAORE"),
        ("Boutique Koné Téléphonie", "Aminata", "Koné", "KONE TEL", "Koné Holding", "BOUTIQUE KONE TELEPHONIE"),
        ("Yopougon Gadgets SARL", "Koffi", "Kouassi", "YOP GADGETS", "Kouassi Holding", None),
        ("Ouattara Télécom Services", "Adama", "Ouattara", "OUATTARA TEL", "Groupe Ouattara", "OUATTARA TELECOM SCES"),
        ("Bouaké Airtime Center", "Yao", "N'Guessan", "BOUAKE AIRTIME", "N'Guessan Holding", "BOUAKE AIRTIME CENTER"),
    ]),
    "ZA": ("ZAR", 10, [
        ("Khumalo Cellular (Pty) Ltd", "Sipho", "Khumalo", "KHUMALO CELL", "Khumalo Holdings (Pty) Ltd", None),
        ("Soweto Connect Distributors CC", "Thandi", "Dlamini", "SOWETO CONNECT", "Dlamini Family Trust", None),
        ("Cape Mobile Wholesale (Pty) Ltd", "Pieter", "van der Merwe", "CAPE MOBILE", "Cape Group Holdings", None),
        ("Durban Airtime Traders CC", "Priya", "Naidoo", "DURBAN AIRTIME", "Naidoo Holdings", None),
        ("Nkosi Communications (Pty) Ltd", "Bongani", "Nkosi", "NKOSI COMMS", "Nkosi Investments", None),
        ("Pretoria Phone Depot (Pty) Ltd", "Lerato", "Mokoena", "PHONE DEPOT PTA", "Mokoena Holdings", None),
        ("Mthembu Mobile Solutions", "Themba", "Mthembu", "MTHEMBU MOBILE", "Mthembu Family Trust", None),
        ("Gqeberha Gadgets (Pty) Ltd", "Johan", "Botha", "GQ GADGETS", "Botha Holdings", "PORT ELIZABETH GADGETS"),
        ("Ubuntu Retail Stores (Pty) Ltd", "Nomsa", "Zulu", "UBUNTU STORES", "Ubuntu Group Ltd", None),
        ("Limpopo Cellular Supplies (Pty) Ltd", "Tshilidzi", "Mudau", "LIMPOPO CELL", "Mudau Holdings", None),
    ]),
}
USD_CUSTOMERS = {"East Africa Handset Wholesale Ltd", "Niger Delta Telecom Supplies Ltd", "Gold Coast Handsets Ltd",
                 "Great Lakes Telecom Distributors Ltd", "Zanzibar Mobile Traders Ltd", "Sahel Connect SARL",
                 "Lagos Mobile Depot Ltd", "Kampala Airtime Dealers Ltd"}
VAT = {"KE": 0.16, "NG": 0.075, "GH": 0.15, "UG": 0.18, "TZ": 0.18, "XO": 0.18, "ZA": 0.15}
FX = {"KES": 129.2, "NGN": 1545.0, "GHS": 15.6, "UGX": 3670.0, "TZS": 2560.0, "XOF": 610.0, "ZAR": 18.1, "USD": 1.0}
UNIT = {"KES": 100, "NGN": 5000, "GHS": 50, "UGX": 500, "TZS": 50000, "XOF": 25, "ZAR": 1, "USD": 1}  # price step, minor units
FLOAT_STEP = {"KES": 500000, "NGN": 5000000, "GHS": 10000, "UGX": 100000, "TZS": 10000000, "XOF": 50000, "ZAR": 50000, "USD": 10000}

UNKNOWN_PAYERS = {
    "KES": ["BRIGHTWAY SACCO SOCIETY LTD", "MAMA NJERI GENERAL STORES", "WORLD REMIT LTD", "ST JOSEPH PARISH KANGEMI"],
    "NGN": ["UNITY MICROFINANCE BANK", "ALHAJI MUSA DANJUMA", "FIRSTCHOICE LOGISTICS LTD"],
    "GHS": ["KOFI BOATENG", "GRACE CHAPEL INTERNATIONAL"],
    "UGX": ["PRIDE MICROFINANCE LTD", "NALUBEGA ROSE"],
    "TZS": ["BAKHRESA TRANSPORT", "AMANI SACCOS"],
    "XOF": ["WARI TRANSFERT", "MOUSTAPHA GUEYE"],
    "ZAR": ["NDLOVU PLUMBING CC", "MUKURU REMITTANCES", "J SMITH"],
    "USD": ["GLOBAL FREIGHT FORWARDERS LTD"],
}


def uppername(s):
    t = s.upper()
    for a, b in (("É", "E"), ("È", "E"), ("Ô", "O"), ("Ç", "C"), ("Ï", "I"), ("&", "AND"), ("(", ""), (")", ""),
                 ("'", ""), (".", ""), (",", "")):
        t = t.replace(a, b)
    return " ".join(t.split())


customers = []
used_cids = set()
for cc, (cur, n, rows) in CUSTOMERS.items():
    for name, first, last, trading, parent, alt in rows:
        while True:
            cid = "CUS-%s-%04d" % (("SN" if rows.index((name, first, last, trading, parent, alt)) < 5 else "CI")
                                   if cc == "XO" else cc, rng.randint(100, 9999))
            if cid not in used_cids:
                used_cids.add(cid)
                break
        bank = uppername(name)
        customers.append({
            "id": cid, "name": name, "country": cc, "cur": cur,
            "currencies": [cur] + (["USD"] if name in USD_CUSTOMERS else []),
            "bank": bank[:35],
            "aliases": {
                "bank_truncated": bank[:rng.choice([18, 20, 22])].strip(),
                "person": uppername(first + " " + last),
                "trading_name": trading,
                "parent_company": uppername(parent),
                **({"transliteration": alt} if alt else {}),
            },
            "float": FLOAT_STEP[cur] * rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20]),
        })
CUST = {c["id"]: c for c in customers}

# ---------------------------------------------------------------------- invoices
START = dt.date(2024, 9, 2)
END = dt.date(2025, 1, 3)


def invoice_total(c, cur):
    kind = rng.choices(["float", "sims", "handsets", "mixed", "routers"], [28, 14, 30, 18, 10])[0]
    if kind == "float":
        if cur == c["cur"] and rng.random() < 0.55:
            return c["float"]        # standing weekly airtime-float order: same amount again and again
        return FLOAT_STEP[cur] * rng.randint(1, 40)
    usd_lines = {"sims": [(0.45, 200, 3000)], "handsets": [(rng.uniform(22, 260), 5, 80)],
                 "mixed": [(rng.uniform(22, 180), 3, 40), (0.45, 100, 1000), (rng.uniform(3, 12), 10, 200)],
                 "routers": [(rng.uniform(28, 65), 5, 60)]}[kind]
    net = 0
    for usd, lo, hi in usd_lines:
        unit_minor = FX[cur] * usd * 10 ** C.MINOR[cur]
        step = UNIT[cur]
        unit = max(step, int(round(unit_minor / step)) * step)
        net += unit * rng.randint(lo, hi)
    vat = 0.0 if cur == "USD" else VAT[c["country"]]
    return whole(int(round(net * (1 + vat))), cur)


def whole(n, cur):
    """Tanzanian shilling amounts are whole shillings in practice (still written with two decimals)."""
    return int(round(n / 100.0)) * 100 if cur == "TZS" else n


raw = []
for c in customers:
    for cur in c["currencies"]:
        n = rng.randint(11, 22) if cur == c["cur"] else rng.randint(5, 9)
        for _ in range(n):
            issue = START + dt.timedelta(days=rng.randint(0, (END - START).days))
            raw.append((issue, c, cur))
raw.sort(key=lambda r: (r[0], r[1]["id"]))
invoices = []
num = 48000 + rng.randint(0, 90)
used_iids = set()
for issue, c, cur in raw:
    num += 1 if rng.random() < 0.72 else rng.randint(2, 5)
    total = invoice_total(c, cur)
    bal = total
    if rng.random() < 0.12:
        paid = int(total * rng.uniform(0.2, 0.7))
        paid -= paid % max(1, UNIT[cur])
        paid = whole(paid, cur)
        if 0 < paid < total:
            bal = total - paid
    terms = rng.choice([7, 14, 30, 30, 30, 45, 60])
    while True:
        iid = "i-%08x" % rng.getrandbits(32)
        if iid not in used_iids:
            used_iids.add(iid)
            break
    invoices.append({"id": iid, "number": "INV-%07d" % num, "customer_id": c["id"], "customer_name": c["name"],
                     "currency": cur, "total": C.fmt(total, cur), "balance": C.fmt(bal, cur),
                     "issue_date": issue.isoformat(), "due_date": (issue + dt.timedelta(days=terms)).isoformat()})

st = C.State(invoices)
ALL_NUMS = set(st.by_num)

# --------------------------------------------------------------------- text bits
ALNUM = "ACDEFGHJKMNPQRTUVWXYZ0123456789"
LET = "ACDEFGHJKMNPQRTUVWXYZ"


def code(n=10, lead=2):
    return "".join(rng.choice(LET) for _ in range(lead)) + "".join(rng.choice(ALNUM) for _ in range(n - lead))


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def human(n, cur):
    """Amount as a person writes it in a remittance: thousands separators, never a bare 5-digit run."""
    d = C.MINOR[cur]
    whole, frac = divmod(n, 10 ** d)
    sep = "." if cur == "XOF" else ","
    w = "{:,}".format(whole).replace(",", sep)
    return (w + ("." + "%0*d" % (d, frac) if d else "")) + (" FCFA" if cur == "XOF" else "")


def spell(inv, style=None):
    full = inv["number"].split("-")[1]            # 0048213
    bare = str(int(full))                         # 48213
    styles = ["INV-{f}", "INV{f}", "INV{b}", "{b}", "{f}", "inv {b}", "INV {f1} {f2}", "INV-{b}", "Inv no {b}",
              "#{b}", "INV/{f}", "Invoice {f}", "INV.{b}", "inv-{f}"]
    if inv["currency"] == "XOF":
        styles += ["FACT {f}", "Facture No {b}", "FACT.N {f}", "FACTURE {b}"]
    s = style or rng.choice(styles)
    return s.format(f=full, b=bare, f1=full[:4], f2=full[4:])


def ocr_spell(inv):
    full = inv["number"].split("-")[1]
    base = rng.choice(["INV-" + full, "INV" + full, "INV " + full, full])
    sub = {"0": "O", "1": rng.choice("lI"), "5": "S", "8": "B"}
    chars = list(base)
    idx = [k for k, ch in enumerate(chars) if ch in sub and (base.startswith("INV") is False or k >= 3)]
    pick = rng.sample(idx, k=min(len(idx), rng.randint(1, 3)))
    for k in pick:
        chars[k] = sub[chars[k]]
    s = "".join(chars)
    if s.startswith("INV") and rng.random() < 0.5:
        s = rng.choice(["lNV", "1NV"]) + s[3:]
    if sum(ch.isdigit() for ch in s) < 3:
        return None
    return s


def channel_ref(c, cur, ntext):
    """(reference, payer_name_or_None) in the style of the payment channel of that market."""
    cc = c["country"] if cur != "USD" else "USD"
    person = c["aliases"]["person"]
    opts = {
        "KE": [("MPESA PAYBILL 522533 {code} Acc {n}", person), ("RTGS FT{d5}{c4} {n} {short}", None),
               ("PESALINK {code} {n}", None), ("EFT/KCB/{n}/{short}", None), ("CHQ {d6} DEP {n}", None),
               ("MPESA {code} ACC {n}", person)],
        "NG": [("NIP/ZENITH/{sess}/{n}", None), ("TRF FRM {short} {n}", None), ("PAYSTACK {code} {n}", None),
               ("NIP/GTB/{sess}/PYMT {n}", None), ("USSD TRF {code} {n}", person)],
        "GH": [("MTN MOMO {phgh} {n}", person), ("GIP TRF {code} {n}", None), ("CHQ {d6} {n}", None),
               ("TELECEL CASH {code} {n}", person), ("GCB TRF {code} {n}", None)],
        "UG": [("MTN MOMO {phug} {n}", person), ("AIRTEL MONEY {code} {n}", person), ("EFT STANBIC FT{d5}{c4} {n}", None),
               ("RTGS CENTENARY {code} {n}", None)],
        "TZ": [("M-PESA {code} {n}", person), ("MIXX BY YAS {code} {n}", person), ("TISS CRDB {code} {n}", None),
               ("NMB TRF {code} {n}", None), ("AIRTEL MONEY {code} {n}", person)],
        "XO": [("VIR SGBS {code} {n}", None), ("WAVE {code} {n}", person), ("ORANGE MONEY {code} {n}", person),
               ("CHEQUE {d6} {n}", None), ("VIREMENT ECOBANK {code} {n}", None)],
        "ZA": [("ABSA EFT {n}", None), ("FNB PAYSHAP {n} {short}", None), ("CAPITEC {n}", None),
               ("NEDBANK EFT {short} {n}", None), ("STD BANK {n}", None)],
        "USD": [("SWIFT MT103 {code} /INV/{n}", None), ("FLUTTERWAVE CARD {code} {n}", None),
                ("/RFB/{n} SWIFT {code}", None), ("STRIPE CARD {code} {n}", None)],
    }[cc]
    tpl, payer = rng.choice(opts)
    ref = tpl.format(n=ntext, code=code(), d5=digits(5), c4=code(4, 1), d6=digits(6), short=c["bank"][:12].strip(),
                     sess="0000%s%s" % ("1325", digits(22)), phgh="233" + rng.choice(["24", "54", "20"]) + digits(7),
                     phug="256" + rng.choice(["77", "78", "70"]) + digits(7))
    return ref, payer


def plain_ref(c, cur):
    """A reference with no invoice number in it."""
    words = rng.choice(["PAYMENT", "SUPPLIER PAYMENT", "AIRTIME FLOAT", "JAN SETTLEMENT", "STATEMENT PAYMENT",
                        "HANDSETS", "SIM KITS", "STOCK PAYMENT", "PMT", "ACCOUNT SETTLEMENT"])
    ref, payer = channel_ref(c, cur, words)
    return ref, payer

# ---------------------------------------------------------------------- helpers


def bal(i):
    return st.bal[i["id"]]


def opens(c, cur=None):
    return st.open_of(c["id"], cur or c["cur"])


def pick_cust(cond=lambda c: True):
    cs = [c for c in customers if cond(c)]
    return rng.choice(cs) if cs else None


def pick_cur(c):
    return "USD" if "USD" in c["currencies"] and rng.random() < 0.2 else c["cur"]


def refs_of(ref, rem):
    found = []
    for n in C.mentioned_numbers(ref, rem):
        found += [i["id"] for i in st.by_num.get(n, [])]
    return found


def typo_variants(number):
    s = str(number_value(number))
    out = set()
    for k in range(len(s) - 1):
        if s[k] != s[k + 1]:
            out.add(s[:k] + s[k + 1] + s[k] + s[k + 2:])
    for k in range(1, len(s)):
        for d in "0123456789":
            if d != s[k]:
                out.add(s[:k] + d + s[k + 1:])
    return sorted(int(x) for x in out)


number_value = C.number_value


def typo_text(inv, tnum):
    full = "%07d" % tnum
    return rng.choice(["INV-" + full, "INV" + str(tnum), str(tnum), "inv " + str(tnum), "INV-" + str(tnum)])


def pay(c, cur, amt, ref, rem, payer=None, cid="same", want=()):
    return {"amount": C.fmt(amt, cur), "currency": cur, "payer_name": payer or c["bank"],
            "customer_id": c["id"] if cid == "same" else cid, "reference": ref, "remittance": rem,
            "_want": sorted(i["id"] for i in want)}


paid_full = []   # (customer, invoice, amount, reference) paid exactly and in full by one payment
# ---------------------------------------------------------------------- scenarios


def sc_exact_ref():
    c = pick_cust()
    cur = pick_cur(c)
    inv = rng.choice(opens(c, cur) or [None])
    if inv is None:
        return None
    ref, payer = channel_ref(c, cur, spell(inv))
    rem = None
    if rng.random() < 0.15:
        rem = rng.choice(["Payment for invoice %s. Regards, accounts." % spell(inv, "INV-{f}"),
                          "Being payment of %s" % spell(inv, "INV {b}")])
    note = "reference %r names %s; amount equals its balance" % (ref, inv["number"])
    if bal(inv) != C.to_minor(inv["total"], cur):
        note += " (remaining balance of a part-paid invoice)"
    return pay(c, cur, bal(inv), ref, rem, payer, want=[inv]), note, ("full", c, inv)


def sc_exact_ref_ocr():
    c = pick_cust()
    cur = pick_cur(c)
    inv = rng.choice(opens(c, cur) or [None])
    if inv is None:
        return None
    o = ocr_spell(inv)
    if not o:
        return None
    if rng.random() < 0.5:
        ref = "CHQ %s LOCKBOX DEP" % digits(6)
        rem = "Scanned remittance (OCR): %s  %s %s" % (o, cur, human(bal(inv), cur))
    else:
        ref, _ = channel_ref(c, cur, o)
        rem = None
    return pay(c, cur, bal(inv), ref, rem, want=[inv]), "OCR-garbled number %r is %s; exact balance" % (o, inv["number"]), ("full", c, inv)


def sc_multi_remittance(alias=False):
    c = pick_cust()
    cur = pick_cur(c)
    op = opens(c, cur)
    if len(op) < 3:
        return None
    k = rng.randint(2, min(5, len(op)))
    chosen = sorted(rng.sample(op, k), key=lambda i: i["number"])
    amt = sum(bal(i) for i in chosen)
    if rng.random() < 0.7:
        lines = ["%s   %s %s" % (spell(i, rng.choice(["INV-{f}", "INV{f}", "{b}", "INV {b}"])), cur, human(bal(i), cur))
                 for i in chosen]
        rem = "REMITTANCE ADVICE\n%s\nInvoices paid:\n%s\nTotal %s %s" % (c["name"], "\n".join(lines), cur, human(amt, cur))
        ref, payer = plain_ref(c, cur)
    else:
        rem = None
        ref, payer = channel_ref(c, cur, "/".join(spell(i, "{b}") for i in chosen))
    if alias:
        atype = rng.choice(sorted(c["aliases"]))
        return (pay(c, cur, amt, ref, rem, c["aliases"][atype], cid=None, want=chosen),
                "payer %r (%s) with customer_id null; invoices %s listed, sum exact" % (c["aliases"][atype], atype, "/".join(i["number"] for i in chosen)),
                None)
    return pay(c, cur, amt, ref, rem, payer, want=chosen), "%d invoices listed (%s); exact sum" % (k, "/".join(i["number"] for i in chosen)), None


def sc_multi_unlisted():
    c = pick_cust()
    cur = c["cur"]
    op = sorted(opens(c, cur), key=lambda i: (i["due_date"], i["number"]))
    if len(op) < 3:
        return None
    k = rng.randint(2, min(4, len(op)))
    chosen = op[:k] if rng.random() < 0.6 else rng.sample(op, k)
    amt = sum(bal(i) for i in chosen)
    subs = st.subsets(c["id"], cur, amt)
    if len(subs) != 1:
        return None
    ref, payer = plain_ref(c, cur)
    rem = rng.choice([None, "Payment of outstanding invoices", "Settlement of account as per statement"])
    return pay(c, cur, amt, ref, rem, payer), "no invoice numbers; amount is the sum of %s and no other set of open invoices" % "/".join(i["number"] for i in chosen), None


def sc_amount_only():
    c = pick_cust()
    cur = c["cur"]
    op = opens(c, cur)
    if not op:
        return None
    inv = rng.choice(op)
    if len(st.subsets(c["id"], cur, bal(inv))) != 1:
        return None
    ref, payer = plain_ref(c, cur)
    return pay(c, cur, bal(inv), ref, None, payer), "no reference number; amount equals %s only (unique among all sets)" % inv["number"], ("full", c, inv)


def round_down(n, cur, rel):
    step = {0: 1000, 2: 100000}[C.MINOR[cur]] if cur not in ("USD", "GHS", "ZAR") else 10000
    v = int(n * rel)
    v -= v % step
    return v


def sc_part_payment():
    c = pick_cust()
    cur = pick_cur(c)
    op = opens(c, cur)
    if not op:
        return None
    inv = rng.choice(op)
    amt = round_down(bal(inv), cur, rng.uniform(0.25, 0.7))
    if amt <= 0 or amt >= bal(inv):
        return None
    text = rng.choice(["Part payment for {n}, balance to follow", "Instalment 1 of 3 for {n}",
                       "Partial payment {n} - rest end of month", "{n} part payment",
                       "Instalment 2 of 4 {n}"])
    if cur == "XOF":
        text = rng.choice(["Acompte sur {n}", "Paiement partiel {n}, solde a suivre"])
    n = spell(inv)
    if rng.random() < 0.5:
        ref, payer = channel_ref(c, cur, n)
        rem = text.format(n=n)
    else:
        ref, payer = channel_ref(c, cur, text.format(n=n).upper())
        rem = None
    return pay(c, cur, amt, ref, rem, payer, want=[inv]), "stated part payment of %s (%s of %s)" % (inv["number"], C.fmt(amt, cur), C.fmt(bal(inv), cur)), None


def sc_short_stated():
    c = pick_cust()
    cur = pick_cur(c)
    op = opens(c, cur)
    if not op:
        return None
    inv = rng.choice(op)
    b = bal(inv)
    cats = ["bank_fee", "withholding_tax", "early_payment_discount", "damaged_goods"]
    if cur == "USD" or c["country"] == "ZA":
        cats.remove("withholding_tax")
    cat = rng.choice(cats)
    vat = 0 if cur == "USD" else VAT[c["country"]]
    if cat == "bank_fee":
        ded = {"KES": rng.choice([10500, 22000, 30000]), "NGN": rng.choice([5375, 2688, 5000]),
               "GHS": rng.choice([1500, 2500, 1000]), "UGX": rng.choice([5000, 7500, 15000]),
               "TZS": rng.choice([1000000, 1500000]), "XOF": rng.choice([2500, 5000, 3500]),
               "ZAR": rng.choice([4500, 7850, 2999]), "USD": rng.choice([2500, 3500, 4500, 1800])}[cur]
        text = rng.choice(["less bank charges %s", "net of transfer fee %s", "bank charges %s deducted",
                           "SWIFT charges %s deducted by intermediary bank"])
        if cur == "XOF":
            text = "moins frais bancaires %s"
    elif cat == "withholding_tax":
        rate = {"KE": 0.02, "NG": 0.05, "GH": 0.03, "UG": 0.06, "TZ": 0.02, "XO": 0.05}[c["country"]]
        ded = int(round(b / (1 + vat) * rate))
        text = rng.choice(["less %d%%%% withholding tax %%s, certificate to follow" % round(rate * 100),
                           "WHT %d%%%% deducted %%s" % round(rate * 100), "net of withholding tax %s"])
        if cur == "XOF":
            text = "retenue a la source %s deduite"
    elif cat == "early_payment_discount":
        ded = int(round(b * 0.02))
        text = rng.choice(["less 2%% early settlement discount %s", "2%% prompt payment discount taken %s",
                           "discount 2%% for payment within 10 days %s"])
        if cur == "XOF":
            text = "escompte 2%% pour paiement anticipe %s"
    else:
        units = rng.randint(1, 6)
        per = max(UNIT[cur], int(round(FX[cur] * rng.uniform(25, 140) * 10 ** C.MINOR[cur] / UNIT[cur])) * UNIT[cur])
        ded = units * per
        text = rng.choice(["less %d handsets received damaged (GRN %s) %%s" % (units, digits(4)),
                           "deducted %d defective units, RMA to follow, %%s" % units,
                           "%d faulty routers returned, value %%s" % units])
        if cur == "XOF":
            text = "%d telephones avaries deduits %%s" % units
    ded = whole(ded, cur)
    if not 0 < ded < b // 3:
        return None
    amt = b - ded
    rem = ("%s  %s paid %s %s, " % (spell(inv), "amount", cur, human(amt, cur))) + (text % (cur + " " + human(ded, cur)))
    ref, payer = channel_ref(c, cur, spell(inv))
    if rng.random() < 0.3:      # deduction stated in the bank reference itself
        ref, payer = channel_ref(c, cur, spell(inv) + " " + (text % human(ded, cur)).upper())
        rem = None
    return pay(c, cur, amt, ref, rem, payer, want=[inv]), "%s short by %s, stated: %s" % (inv["number"], C.fmt(ded, cur), cat), None


def sc_short_unexplained():
    c = pick_cust()
    cur = pick_cur(c)
    op = opens(c, cur)
    if not op:
        return None
    inv = rng.choice(op)
    b = bal(inv)
    ded = int(b * rng.uniform(0.002, 0.045))
    if cur in ("UGX", "XOF"):
        ded -= ded % 5
    ded = whole(ded, cur)
    if ded <= 0:
        return None
    ref, payer = channel_ref(c, cur, spell(inv))
    return pay(c, cur, b - ded, ref, None, payer, want=[inv]), "%s paid short by %s (%.1f%%), nothing stated" % (inv["number"], C.fmt(ded, cur), 100.0 * ded / b), None


def sc_fx_shortfall():
    c = pick_cust(lambda c: "USD" in c["currencies"] and opens(c, "USD"))
    if not c:
        return None
    cur = "USD"
    inv = rng.choice(opens(c, cur))
    b = bal(inv)
    ded = int(b * rng.uniform(0.004, 0.03))
    if ded <= 0:
        return None
    local = c["cur"]
    text = rng.choice(["Paid from our %s account, converted by the bank; difference due to exchange rate" % local,
                       "USD equivalent remitted, FX difference of USD %s" % human(ded, cur),
                       "Rate difference on conversion from %s" % local])
    ref, payer = channel_ref(c, cur, spell(inv))
    return pay(c, cur, b - ded, ref, "%s: %s" % (spell(inv, "INV-{f}"), text), payer, want=[inv]), "USD invoice %s short by %s because of conversion" % (inv["number"], C.fmt(ded, cur)), None


def sc_overpayment():
    c = pick_cust()
    cur = pick_cur(c)
    op = opens(c, cur)
    if not op:
        return None
    inv = rng.choice(op)
    b = bal(inv)
    t = C.to_minor(inv["total"], cur)
    if t > b and rng.random() < 0.6:
        amt, why = t, "paid the invoice total although it was already part-paid"
    else:
        extra = int(b * rng.uniform(0.01, 0.3))
        extra -= extra % UNIT[cur]
        if extra <= 0:
            return None
        amt, why = b + extra, "paid more than the balance"
    ref, payer = channel_ref(c, cur, spell(inv))
    return pay(c, cur, amt, ref, None, payer, want=[inv]), "%s: %s; remainder %s on account" % (inv["number"], why, C.fmt(amt - b, cur)), None


def sc_duplicate():
    cand = [x for x in paid_full if bal(x[1]) == 0]
    if not cand:
        return None
    c, inv, amt, ref0 = rng.choice(cand)
    paid_full.remove((c, inv, amt, ref0))
    cur = inv["currency"]
    ref, payer = channel_ref(c, cur, spell(inv))
    rem = rng.choice([None, "Payment for %s" % spell(inv, "INV-{f}"), "re-sent payment %s" % spell(inv, "{b}")])
    return pay(c, cur, amt, ref, rem, payer, want=[inv]), "second payment of %s, which an earlier payment of this batch already cleared" % inv["number"], None


def sc_payer_alias():
    if rng.random() < 0.2:
        return sc_multi_remittance(alias=True)
    c = pick_cust()
    cur = pick_cur(c)
    op = opens(c, cur)
    if not op:
        return None
    inv = rng.choice(op)
    atype = rng.choice(sorted(c["aliases"]))
    payer = c["aliases"][atype]
    ref, _ = channel_ref(c, cur, spell(inv))
    return pay(c, cur, bal(inv), ref, None, payer, cid=None, want=[inv]), "payer %r (%s of %s), customer_id null; %s exact" % (payer, atype, c["name"], inv["number"]), ("full", c, inv)


def sc_payer_alias_noref():
    c = pick_cust()
    cur = c["cur"]
    op = opens(c, cur)
    if not op:
        return None
    inv = rng.choice(op)
    same = [i for i in st.inv.values() if i["currency"] == cur and st.bal[i["id"]] == bal(inv)]
    if len(same) != 1:
        return None
    atype = rng.choice([a for a in ("bank_truncated", "person", "transliteration") if a in c["aliases"]])
    ref, _ = plain_ref(c, cur)
    return pay(c, cur, bal(inv), ref, None, c["aliases"][atype], cid=None), \
        "payer %r (%s of %s), customer_id null, no invoice number; amount equals %s only" % (c["aliases"][atype], atype, c["name"], inv["number"]), None


def sc_typo_nonexistent():
    c = pick_cust()
    cur = c["cur"]
    op = opens(c, cur)
    if not op:
        return None
    inv = rng.choice(op)
    if len(st.subsets(c["id"], cur, bal(inv))) != 1:
        return None
    tv = [t for t in typo_variants(inv["number"]) if t not in ALL_NUMS and 10000 <= t]
    t = rng.choice(tv)
    ref, payer = channel_ref(c, cur, typo_text(inv, t))
    return pay(c, cur, bal(inv), ref, None, payer), "typo %d for %s (no such invoice); amount equals %s and no other set" % (t, inv["number"], inv["number"]), ("full", c, inv)


def sc_typo_other_invoice():
    c = pick_cust()
    cur = c["cur"]
    op = opens(c, cur)
    pairs = []
    nums = {number_value(i["number"]): i for i in op}
    for i in op:
        for t in typo_variants(i["number"]):
            if t in nums and bal(nums[t]) != bal(i):
                pairs.append((i, nums[t], t))
    if not pairs:
        return None
    inv, other, t = rng.choice(pairs)
    if len(st.subsets(c["id"], cur, bal(inv))) != 1:
        return None
    ref, payer = channel_ref(c, cur, typo_text(inv, t))
    return pay(c, cur, bal(inv), ref, None, payer, want=[other]), \
        "reference %d is the customer's other invoice %s (different balance) but the amount equals %s, one digit away" % (t, other["number"], inv["number"]), None


def sc_other_customer_ref():
    if rng.random() < 0.5:
        # typo lands on another customer's invoice; the amount fits one of the payer's own invoices
        c = pick_cust()
        cur = c["cur"]
        op = opens(c, cur)
        if not op:
            return None
        inv = rng.choice(op)
        hits = [(t, j) for t in typo_variants(inv["number"]) for j in st.by_num.get(t, []) if j["customer_id"] != c["id"]]
        if not hits or len(st.subsets(c["id"], cur, bal(inv))) != 1:
            return None
        t, j = rng.choice(hits)
        ref, payer = channel_ref(c, cur, typo_text(inv, t))
        return pay(c, cur, bal(inv), ref, None, payer, want=[j]), \
            "reference %s belongs to %s; amount equals the payer's own %s" % (j["number"], j["customer_name"], inv["number"]), None
    # a dealer pays another dealer's invoice (or quotes it by mistake)
    c = pick_cust()
    cur = c["cur"]
    others = [i for cc in customers if cc["id"] != c["id"] and cc["cur"] == cur for i in opens(cc, cur)]
    if not others:
        return None
    j = rng.choice(others)
    if st.subsets(c["id"], cur, bal(j)):
        return None
    ref, payer = channel_ref(c, cur, spell(j))
    return pay(c, cur, bal(j), ref, None, payer, want=[j]), \
        "account of %s pays %s, an invoice of %s, for its exact balance" % (c["name"], j["number"], j["customer_name"]), None


def sc_same_amount():
    c = pick_cust()
    cur = c["cur"]
    op = opens(c, cur)
    by = {}
    for i in op:
        by.setdefault(bal(i), []).append(i)
    amts = [a for a, l in by.items() if len(l) >= 2]
    if not amts:
        return None
    amt = rng.choice(amts)
    subs = st.subsets(c["id"], cur, amt)
    if not (2 <= len(subs) <= 6):
        return None
    ref, payer = plain_ref(c, cur)
    return pay(c, cur, amt, ref, rng.choice([None, "Airtime float payment", "Weekly order payment"]), payer), \
        "no number; %s open on %d invoices (%d matching sets)" % (C.fmt(amt, cur), len(by[amt]), len(subs)), None


def sc_currency_mismatch():
    c = pick_cust(lambda c: "USD" not in c["currencies"])
    cur = c["cur"]
    op = opens(c, cur)
    if not op:
        return None
    inv = rng.choice(op)
    pcur = "USD" if c["country"] != "ZA" or rng.random() < 0.5 else "USD"
    if c["country"] == "KE" and rng.random() < 0.3:
        pcur = "UGX"
    if st.open_of(c["id"], pcur):
        return None
    conv = whole(int(round(bal(inv) / 10 ** C.MINOR[cur] / FX[cur] * FX[pcur] * rng.uniform(0.985, 1.0) * 10 ** C.MINOR[pcur])), pcur)
    ref, payer = channel_ref(c, pcur, spell(inv))
    return pay(c, pcur, conv, ref, None, payer, want=[inv]), "%s invoice %s paid in %s (%s): no %s invoices open" % (cur, inv["number"], pcur, C.fmt(conv, pcur), pcur), None


def sc_unapplied_known():
    c = pick_cust()
    cur = pick_cur(c)
    step = FLOAT_STEP[cur]
    amt = whole(step * rng.randint(1, 30) + (0 if rng.random() < 0.5 else rng.randint(1, step)), cur)
    if st.subsets(c["id"], cur, amt):
        return None
    text = rng.choice(["ADVANCE FOR AIRTIME FLOAT", "DEPOSIT HANDSET ORDER", "PREPAYMENT NEXT ORDER", "TOP UP ACCOUNT",
                       "PAYMENT ON ACCOUNT"])
    ref, payer = channel_ref(c, cur, text)
    return pay(c, cur, amt, ref, None, payer), "known customer, no number and the amount fits no set of open invoices (%s)" % text.lower(), None


def sc_unknown_payer():
    cur = rng.choice(sorted(UNKNOWN_PAYERS))
    c = pick_cust(lambda c: cur in c["currencies"])
    step = FLOAT_STEP[cur]
    amt = whole(step * rng.randint(1, 20) + rng.randint(0, step), cur)
    if any(i["currency"] == cur and st.bal[i["id"]] == amt for i in st.inv.values()):
        return None
    payer = rng.choice(UNKNOWN_PAYERS[cur])
    ref = rng.choice([None, "TRF %s" % code(), "PAYMENT", "SALARY ADVANCE", "REF %s" % code(8)])
    return pay(c, cur, amt, ref, None, payer, cid=None), "payer %r is no customer; no reference, amount fits no invoice" % payer, None


def sc_bad_row(kind):
    base = None
    while base is None:
        base = sc_exact_ref()
    p, _, _ = base
    if kind == "nonnumeric":
        p["amount"], e = rng.choice(["N/A", "#VALUE!", "TBC"]), "amount is not a number"
    elif kind == "negative":
        p["amount"], e = "-" + p["amount"], "negative amount (reversal/chargeback row)"
    elif kind == "missing_currency":
        p["currency"], e = None, "currency missing"
    elif kind == "invalid_currency":
        p["currency"], e = rng.choice(["CFA", "KES/USD"]), "currency not an ISO code this business uses"
    elif kind == "date":
        p["_date"], e = rng.choice(["2025-02-30", "2025-13-04", "31/01/2025"]), "malformed date"
    return p, "bad row: " + e, None


PLAN = {
    "exact_ref": 112, "exact_ref_ocr": 15, "multi_remittance": 30, "multi_unlisted_sum": 12, "amount_only_unique": 10,
    "part_payment": 25, "short_pay_stated": 35, "short_pay_unexplained": 12, "fx_shortfall": 10, "overpayment": 18,
    "duplicate_payment": 12, "payer_alias_ref": 25, "payer_alias_noref": 8, "typo_nonexistent": 8, "typo_other_invoice": 6,
    "other_customer_ref": 10, "same_amount_multi": 14, "currency_mismatch": 8, "unapplied_known": 14, "unknown_payer": 10,
    "bad_row": 6,
}
GEN = {"exact_ref": sc_exact_ref, "exact_ref_ocr": sc_exact_ref_ocr, "multi_remittance": sc_multi_remittance,
       "multi_unlisted_sum": sc_multi_unlisted, "amount_only_unique": sc_amount_only, "part_payment": sc_part_payment,
       "short_pay_stated": sc_short_stated, "short_pay_unexplained": sc_short_unexplained, "fx_shortfall": sc_fx_shortfall,
       "overpayment": sc_overpayment, "duplicate_payment": sc_duplicate, "payer_alias_ref": sc_payer_alias,
       "payer_alias_noref": sc_payer_alias_noref, "typo_nonexistent": sc_typo_nonexistent,
       "typo_other_invoice": sc_typo_other_invoice, "other_customer_ref": sc_other_customer_ref,
       "same_amount_multi": sc_same_amount, "currency_mismatch": sc_currency_mismatch,
       "unapplied_known": sc_unapplied_known, "unknown_payer": sc_unknown_payer}
assert sum(PLAN.values()) == 400

order = [s for s, n in PLAN.items() for _ in range(n)]
rng.shuffle(order)
for k in range(len(order)):               # duplicates only once enough invoices have been paid
    if order[k] == "duplicate_payment" and k < 120:
        j = rng.choice([j for j in range(150, 400) if order[j] != "duplicate_payment"])
        order[k], order[j] = order[j], order[k]
bad_kinds = ["nonnumeric", "negative", "missing_currency", "invalid_currency", "date", "date"]
rng.shuffle(bad_kinds)

day = dt.date(2025, 1, 6)
bdays = []
while day <= dt.date(2025, 3, 28):
    if day.weekday() < 5:
        bdays.append(day)
    day += dt.timedelta(days=1)
dates = sorted(rng.choice(bdays) for _ in range(400))

STATUS_WANT = C.SCENARIO_STATUS
payments, labels = [], []
for k, scen in enumerate(order):
    for attempt in range(3000):
        if scen == "bad_row":
            res = sc_bad_row(bad_kinds.pop())
        else:
            res = GEN[scen]()
        if res is None:
            continue
        p, note, track = res
        want = p.pop("_want")
        if sorted(refs_of(p["reference"], p["remittance"])) != want:
            continue
        pid = "PMT-%04d" % (k + 1)
        date = p.pop("_date", dates[k].isoformat())
        p = {"id": pid, "date": date, "amount": p["amount"], "currency": p["currency"], "payer_name": p["payer_name"],
             "customer_id": p["customer_id"], "reference": p["reference"], "remittance": p["remittance"]}
        exp = C.decide(p, st)
        if exp["status"] not in STATUS_WANT[scen]:
            if scen == "bad_row":
                raise SystemExit("bad row not detected: %r" % p)
            continue
        # the mentioned numbers must be exactly the ones the scenario meant (no accidental hits in bank noise)
        break
    else:
        raise SystemExit("could not generate %s at %d" % (scen, k))
    lab = dict(exp)
    lab["scenario"] = scen
    lab["note"] = note
    if "error" in lab:
        lab = {key: lab[key] for key in ("payment_id", "status", "applications", "unapplied", "short_pay", "candidates",
                                         "reason", "scenario", "note", "error")}
    payments.append(p)
    labels.append(lab)
    if exp["status"] != "review" and "error" not in exp:
        st.apply(exp["applications"], p["currency"])
    if track and scen != "bad_row" and exp["status"] == "applied" and p["customer_id"] is not None:
        _, c, inv = track
        if st.bal[inv["id"]] == 0 and len(exp["applications"]) == 1:
            paid_full.append((c, inv, C.to_minor(p["amount"], p["currency"]), p["reference"]))

os.makedirs(OUT, exist_ok=True)
for name, obj in (("invoices.json", invoices), ("payments.json", payments), ("labels.json", labels)):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=1, ensure_ascii=False)
        f.write("\n")
print("wrote %d invoices, %d payments" % (len(invoices), len(payments)))
