#!/usr/bin/env python3
"""Build the blind68 cash-application held-out ledger.

Stdlib only and deterministic: `python3 build.py` rewrites
ledger/invoices.json, ledger/payments.json and ledger/labels.json byte for byte.

Theme: Qasr Al Binaa, a Gulf and Egyptian building-materials trader with AED,
SAR, EGP and USD books. The generator keeps a live ledger while it writes the
payments in date order, so every label is computed against the balances that
the earlier payments of the batch left open (the contract's sequential rule),
and a final replay re-checks every label independently.
"""
import itertools
import json
import os
import random
from collections import defaultdict
from datetime import date, timedelta
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

SEED = 680312
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.join(HERE, "ledger")
CENT = D("0.01")
ZERO = D("0.00")


def q(x):
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def s2(x):
    return str(q(x))


AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def to_ar(t):
    return t.translate(AR_DIGITS)


def to_fa(t):
    return t.translate(FA_DIGITS)


def money(d, style="comma"):
    d = q(d)
    if style == "plain":
        return str(d)
    if style == "comma":
        return f"{d:,.2f}"
    if style == "int":
        return f"{d:,.0f}" if d == d.to_integral_value() else f"{d:,.2f}"
    if style == "bare":
        return f"{d:.0f}" if d == d.to_integral_value() else str(d)
    if style == "ar":
        return to_ar(f"{d:,.2f}".replace(",", "٬").replace(".", "٫"))
    if style == "ar_plain":
        return to_ar(str(d))
    raise ValueError(style)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


CUR_AR = {"AED": "درهم", "SAR": "ريال", "EGP": "جنيه", "USD": "دولار"}
CUR_SYN = {"AED": ["AED", "AED", "Dhs", "DHS", "AED"], "SAR": ["SAR", "SAR", "SR"],
           "EGP": ["EGP", "EGP", "LE", "L.E."], "USD": ["USD", "USD", "US$"]}
OURS = {"AED": "Qasr Al Binaa Building Materials Trading LLC",
        "SAR": "Qasr Al Binaa Trading Co.",
        "EGP": "Qasr El Benaa for Building Materials S.A.E.",
        "USD": "Qasr Al Binaa Building Materials Trading LLC"}
OURS_AR = {"AED": "قصر البناء لتجارة مواد البناء ذ.م.م", "SAR": "شركة قصر البناء التجارية",
           "EGP": "شركة قصر البناء لمواد البناء ش.م.م", "USD": "قصر البناء لتجارة مواد البناء ذ.م.م"}
OUR_BANK = {"AED": ["Emirates NBD", "Mashreq", "ADCB"], "SAR": ["Al Rajhi Bank", "SNB"],
            "EGP": ["CIB", "Banque Misr", "NBE"], "USD": ["Emirates NBD", "Mashreq"]}
OUR_BANK_AR = {"AED": ["بنك الإمارات دبي الوطني", "بنك المشرق"], "SAR": ["مصرف الراجحي", "البنك الأهلي السعودي"],
               "EGP": ["البنك التجاري الدولي", "بنك مصر", "البنك الأهلي المصري"], "USD": ["بنك الإمارات دبي الوطني"]}

# ---------------------------------------------------------------- names
GIVEN = {
    "mohammed": (["Mohammed", "Mohamed", "Muhammad", "Mohamad", "Mohd", "Mhd", "Mohammad"], "محمد"),
    "ahmed": (["Ahmed", "Ahmad"], "أحمد"),
    "khaled": (["Khaled", "Khalid"], "خالد"),
    "hassan": (["Hassan", "Hasan"], "حسن"),
    "hussein": (["Hussein", "Hussain", "Husain"], "حسين"),
    "yousef": (["Yousef", "Youssef", "Yusuf", "Yousif"], "يوسف"),
    "ibrahim": (["Ibrahim", "Ebrahim", "Ibraheem"], "إبراهيم"),
    "mahmoud": (["Mahmoud", "Mahmood", "Mahmud"], "محمود"),
    "mostafa": (["Mostafa", "Mustafa", "Moustafa"], "مصطفى"),
    "othman": (["Othman", "Osman", "Uthman"], "عثمان"),
    "saeed": (["Saeed", "Said", "Saeid"], "سعيد"),
    "rashid": (["Rashid", "Rashed"], "راشد"),
    "faisal": (["Faisal", "Faysal"], "فيصل"),
    "abdullah": (["Abdullah", "Abdulla", "Abdallah"], "عبدالله"),
    "saleh": (["Saleh", "Salih"], "صالح"),
    "nasser": (["Nasser", "Nasir", "Naser"], "ناصر"),
    "omar": (["Omar", "Umar"], "عمر"),
    "abdulrahman": (["Abdul Rahman", "Abdulrahman", "Abdel Rahman", "Abd El Rahman", "Abd Al Rahman", "Abdelrahman"], "عبدالرحمن"),
    "abdulaziz": (["Abdul Aziz", "Abdulaziz", "Abdel Aziz", "Abd El Aziz"], "عبدالعزيز"),
    "abdulkarim": (["Abdul Karim", "Abdulkarim", "Abdel Karim", "Abd El Kerim"], "عبدالكريم"),
    "sultan": (["Sultan"], "سلطان"),
    "tarek": (["Tarek", "Tariq", "Tarik"], "طارق"),
    "walid": (["Walid", "Waleed"], "وليد"),
    "adel": (["Adel", "Adil"], "عادل"),
    "hamad": (["Hamad"], "حمد"),
    "sherif": (["Sherif", "Sharif"], "شريف"),
    "magdy": (["Magdy", "Magdi", "Majdi"], "مجدي"),
    "gamal": (["Gamal", "Jamal"], "جمال"),
}
FAMILY_GULF = {
    "harbi": (["Al Harbi", "Al-Harbi", "El Harby", "Alharbi"], "الحربي"),
    "ketbi": (["Al Ketbi", "Al Kitbi", "Alketbi"], "الكتبي"),
    "shamsi": (["Al Shamsi", "Al-Shamsi", "Alshamsy"], "الشامسي"),
    "qahtani": (["Al Qahtani", "Al Kahtani", "Al-Gahtani", "Alqahtani"], "القحطاني"),
    "otaibi": (["Al Otaibi", "Al Oteibi", "Al-Otaiby"], "العتيبي"),
    "zahrani": (["Al Zahrani", "Al-Zahrani", "Alzahrani"], "الزهراني"),
    "ghamdi": (["Al Ghamdi", "Al Ghamedi", "Alghamdi"], "الغامدي"),
    "mansouri": (["Al Mansouri", "Al Mansoori", "Almansoori"], "المنصوري"),
    "nuaimi": (["Al Nuaimi", "Al Nuaimy", "Al-Nuaimi"], "النعيمي"),
    "mazrouei": (["Al Mazrouei", "Al Mazroui", "Almazrouei"], "المزروعي"),
    "dosari": (["Al Dosari", "Al Dossary", "Aldosari"], "الدوسري"),
    "shehri": (["Al Shehri", "Al Shahri", "Alshehri"], "الشهري"),
    "suwaidi": (["Al Suwaidi", "Al Swaidi", "Alsuwaidi"], "السويدي"),
    "hammadi": (["Al Hammadi", "Al Hamadi"], "الحمادي"),
    "kuwari": (["Al Kuwari", "Al Kowari"], "الكواري"),
    "mutairi": (["Al Mutairi", "Al Mutairy", "Almutairi"], "المطيري"),
    "balushi": (["Al Balushi", "Al Baloushi", "Albalushi"], "البلوشي"),
    "hajri": (["Al Hajri", "Al Hajry", "Alhajri"], "الهاجري"),
}
FAMILY_EGY = {
    "sayed": (["El Sayed", "Al Sayed", "Elsayed", "El-Sayed"], "السيد"),
    "abdelfattah": (["Abdel Fattah", "Abdul Fattah", "Abd El Fattah"], "عبدالفتاح"),
    "masry": (["El Masry", "Al Masri", "Elmasry"], "المصري"),
    "gamalf": (["El Gamal", "Al Jamal", "Elgammal"], "الجمال"),
    "shalaby": (["Shalaby", "Shalabi"], "شلبي"),
    "hegazy": (["Hegazy", "Hijazi", "Higazi"], "حجازي"),
    "ghoneim": (["Ghoneim", "Ghonim", "Ghoneem"], "غنيم"),
    "farouk": (["Farouk", "Farouq", "Farook"], "فاروق"),
    "naggar": (["El Naggar", "Al Najjar", "Elnaggar"], "النجار"),
    "darwish": (["Darwish", "Darweesh"], "درويش"),
    "badawi": (["Badawi", "Badawy", "El Badawy"], "بدوي"),
    "sharkawy": (["El Sharkawy", "Al Sharqawi", "Elsharkawi"], "الشرقاوي"),
    "attia": (["Attia", "Atiya", "Atteya"], "عطية"),
}
# (key, spellings, Arabic with article)
BRANDS = [
    ("noor", ["Noor", "Nour"], "النور"), ("safwa", ["Safwa", "Safwah"], "الصفوة"),
    ("rawabi", ["Rawabi"], "الروابي"), ("hilal", ["Hilal", "Helal"], "الهلال"),
    ("jazeera", ["Jazeera", "Gazira", "Jazira"], "الجزيرة"), ("wafa", ["Wafa", "Wafaa"], "الوفاء"),
    ("fajr", ["Fajr", "Fagr"], "الفجر"), ("reem", ["Reem", "Rim"], "الريم"),
    ("thuraya", ["Thuraya", "Soraya", "Thurayya"], "الثريا"), ("bayan", ["Bayan"], "البيان"),
    ("manara", ["Manara", "Manarah"], "المنارة"), ("nakheel", ["Nakheel", "Nakhil"], "النخيل"),
    ("sahel", ["Sahel", "Sahil"], "الساحل"), ("shorouk", ["Shorouk", "Shorooq", "Shuruq"], "الشروق"),
    ("ittihad", ["Ittihad", "Etihad"], "الاتحاد"), ("amal", ["Amal"], "الأمل"),
    ("baraka", ["Baraka", "Barakah"], "البركة"), ("rayyan", ["Rayyan", "Rayan"], "الريان"),
    ("yamama", ["Yamama", "Yamamah"], "اليمامة"), ("zahra", ["Zahra", "Zahraa"], "الزهراء"),
    ("bustan", ["Bustan", "Bostan"], "البستان"), ("diyar", ["Diyar", "Deyar"], "الديار"),
    ("ahram", ["Ahram"], "الأهرام"), ("qimma", ["Qimma", "Kimma", "Qemma"], "القمة"),
    ("tamayoz", ["Tamayoz", "Tamayuz"], "التميز"), ("majd", ["Majd", "Magd"], "المجد"),
    ("jawhara", ["Jawhara", "Gawhara"], "الجوهرة"), ("sanad", ["Sanad"], "السند"),
    ("tayseer", ["Tayseer", "Taysir"], "التيسير"), ("mostakbal", ["Mostakbal", "Mustaqbal"], "المستقبل"),
    ("nahda", ["Nahda", "Nahdah"], "النهضة"), ("fayrouz", ["Fayrouz", "Fairouz"], "الفيروز"),
    ("orouba", ["Orouba", "Uruba"], "العروبة"), ("dhafra", ["Dhafra", "Dafra"], "الظفرة"),
    ("ruwais", ["Ruwais", "Ruwayes"], "الرويس"), ("qanater", ["Qanater", "Kanater"], "القناطر"),
    ("tawfiq", ["Tawfiq", "Tawfik"], "التوفيق"), ("mawared", ["Mawared"], "الموارد"),
    ("ghadeer", ["Ghadeer", "Ghadir"], "الغدير"), ("nujoom", ["Nujoom", "Nogoom"], "النجوم"),
    ("rabie", ["Rabie", "Rabea"], "الربيع"), ("jisr", ["Jisr", "Gesr"], "الجسر"),
    ("hayat", ["Hayat"], "الحياة"), ("marwa", ["Marwa", "Marwah"], "المروة"),
    ("sharq", ["Sharq", "Shark"], "الشرق"), ("bayader", ["Bayader", "Bayadir"], "البيادر"),
    ("khaleej", ["Khaleej", "Khalij"], "الخليج"), ("waha", ["Waha", "Wahah"], "الواحة"),
    ("furat", ["Furat", "Forat"], "الفرات"), ("sadeem", ["Sadeem", "Sadim"], "السديم"),
    ("mirqab", ["Mirqab", "Merqab"], "المرقاب"), ("anwar", ["Anwar"], "الأنوار"),
    ("yasmeen", ["Yasmeen", "Yasmin"], "الياسمين"), ("masaken", ["Masaken", "Masakin"], "المساكن"),
    ("bahr", ["Bahr", "Bahar"], "البحر"), ("hisn", ["Hisn", "Hesn"], "الحصن"),
]
ENG = ["Gulf Horizon", "Desert Rose", "Arabian Shield", "Red Sea", "Nile Valley", "Pyramids",
       "Emirates Stone", "Falcon", "Oasis", "Pearl Coast", "Blue Dune", "Sandstone", "Crescent",
       "Golden Sands", "Palm Grove", "Cornerstone", "Meridian", "Zenith", "Orient Star", "Skyline",
       "Coral Reef", "Silver Arch", "Trident", "Summit", "Atlas", "Mirage", "Caravan", "Anchor",
       "Beacon", "Granite Hill"]
LINES = [  # English, bank abbreviations, Arabic
    ("Building Materials Trading", ["BLDG MAT TRDG", "BUILDING MAT TR", "BLDG MATERIALS", "BUILDING MATERIALS TRADING"], "لتجارة مواد البناء"),
    ("Building Materials", ["BLDG MAT", "BUILDING MATLS", "BLD.MAT."], "لمواد البناء"),
    ("Steel & Hardware", ["STEEL & HARDWARE", "STEEL AND HW", "STL & HDW"], "للحديد والأدوات"),
    ("Ceramics & Sanitary Ware", ["CERAMICS & SANITARY", "CERAMIC SANITARYWARE", "CER & SAN"], "للسيراميك والأدوات الصحية"),
    ("General Contracting", ["GEN CONTG", "GENERAL CONTRACTING", "GEN. CONT."], "للمقاولات العامة"),
    ("Ready Mix Concrete", ["READYMIX", "READY MIX CONC", "RMC"], "للخرسانة الجاهزة"),
    ("Blocks Factory", ["BLOCK FACTORY", "BLOCKS FCTY"], "لصناعة البلوك"),
    ("Timber & Plywood", ["TIMBER & PLYWOOD", "TIMBER PLY"], "للأخشاب"),
    ("Paints", ["PAINTS", "PAINT"], "للدهانات"),
    ("Insulation Materials", ["INSULATION MAT", "INSULATION"], "لمواد العزل"),
    ("Marble & Granite", ["MARBLE & GRANITE", "MARBLE GRANITE"], "للرخام والجرانيت"),
    ("Aluminium & Glass", ["ALUMINIUM & GLASS", "ALU & GLASS", "ALUMINUM GLASS"], "للألمنيوم والزجاج"),
    ("Electromechanical", ["ELECTROMECH", "ELECTRO MECHANICAL", "E/M"], "للأعمال الكهروميكانيكية"),
    ("Plumbing Supplies", ["PLUMBING SUPPLIES", "PLUMBING SUPP"], "لأدوات السباكة"),
]
LEGAL = {
    "UAE": [("LLC", ["LLC", "L.L.C", "L L C"], "ذ.م.م"), ("L.L.C", ["LLC", "L.L.C."], "ذ.م.م"),
            ("FZE", ["FZE", "F.Z.E"], "م.م.ح"), ("FZCO", ["FZCO", "FZ CO"], "ش.م.ح"),
            ("Est.", ["EST", "EST.", "ESTABLISHMENT"], "مؤسسة")],
    "KSA": [("Est.", ["EST", "EST.", "ESTABLISHMENT"], "مؤسسة"), ("Trading Co.", ["TRADING CO", "TRDG CO"], "شركة"),
            ("Co. Ltd", ["CO LTD", "CO. LTD", "COMPANY LTD"], "شركة"), ("Company", ["COMPANY", "CO"], "شركة")],
    "EGY": [("Co.", ["CO", "CO."], "شركة"), ("S.A.E.", ["SAE", "S.A.E"], "شركة"),
            ("& Partners", ["& PARTNERS", "AND PARTNERS", "& PARTNER"], "وشركاه"), ("Group", ["GROUP", "GRP"], "مجموعة")],
    "GCC": [("WLL", ["WLL", "W.L.L", "W L L"], "ذ.م.م"), ("W.L.L.", ["WLL", "W.L.L."], "ذ.م.م"),
            ("LLC", ["LLC", "L.L.C"], "ش.م.م"), ("SAOC", ["SAOC", "S.A.O.C"], "ش.م.ع.م")],
}
REGION_CUR = {"UAE": "AED", "KSA": "SAR", "EGY": "EGP", "GCC": "USD"}
VAT = {"AED": D("0.05"), "SAR": D("0.15"), "EGP": D("0.14"), "USD": D("0")}
FX = {"AED": D("1"), "SAR": D("1.02"), "EGP": D("13.3"), "USD": D("0.2723")}
ITEMS = [  # name, AED unit price range, qty range
    ("OPC cement 50kg", 15.5, 19.75, 100, 3000), ("rebar T16 (ton)", 2350, 2900, 2, 60),
    ("hollow block 20cm", 2.4, 3.6, 500, 15000), ("ceramic tile 60x60 (sqm)", 22, 65, 50, 2500),
    ("porcelain tile (sqm)", 45, 140, 50, 1500), ("emulsion paint 18L", 85, 260, 10, 400),
    ("marine plywood 18mm", 48, 120, 20, 800), ("GI pipe 2in", 35, 180, 10, 600),
    ("uPVC pipe 110mm", 12, 95, 20, 900), ("rockwool roll", 65, 210, 10, 500),
    ("marble slab (sqm)", 120, 480, 10, 400), ("aluminium profile (kg)", 14, 22, 100, 4000),
    ("ready mix C40 (m3)", 240, 320, 10, 300), ("bitumen membrane roll", 95, 180, 10, 300),
    ("WC set", 350, 1800, 2, 120), ("cable 4x16mm (roll)", 180, 950, 2, 150),
]
ITEM_AR = {"OPC cement 50kg": "أسمنت", "rebar T16 (ton)": "حديد تسليح", "hollow block 20cm": "بلوك",
           "ceramic tile 60x60 (sqm)": "سيراميك", "porcelain tile (sqm)": "بورسلين", "emulsion paint 18L": "دهانات",
           "marine plywood 18mm": "خشب أبلكاش", "GI pipe 2in": "مواسير مجلفنة", "uPVC pipe 110mm": "مواسير بي في سي",
           "rockwool roll": "صوف صخري", "marble slab (sqm)": "رخام", "aluminium profile (kg)": "قطاعات ألمنيوم",
           "ready mix C40 (m3)": "خرسانة جاهزة", "bitumen membrane roll": "لفائف عزل", "WC set": "أطقم صحية",
           "cable 4x16mm (roll)": "كابلات"}

EXCHANGE_HOUSES = ["AL FURSAN EXCHANGE LLC", "GULF STAR MONEY EXCHANGE", "AL WASL EXCHANGE CO", "SAHARA FOREX LLC"]
LC_BANKS = {"USD": ["NATIONAL BANK OF KUWAIT SAK", "AHLI UNITED BANK BSC", "BANK MUSCAT SAOG", "TRADE BANK OF IRAQ",
                    "COMMERCIAL BANK OF QATAR"],
            "AED": ["EMIRATES NBD BANK PJSC", "MASHREQBANK PSC", "COMMERCIAL BANK OF DUBAI"],
            "SAR": ["THE SAUDI NATIONAL BANK", "RIYAD BANK", "BANQUE SAUDI FRANSI"],
            "EGP": ["NATIONAL BANK OF EGYPT", "BANQUE MISR", "QNB EGYPT"]}
SENDERS = ["Suresh Kumar", "Rania Adel", "Mohammed Irfan", "Joseph Mathew", "Hanan Saleh", "Anil Menon",
           "Mona Fawzy", "Faisal Qureshi", "Aisha K.", "Tamer Samir", "Noor Jahan", "Ramy Louis", "Priya Nair",
           "Sameh Nabil", "Lina Haddad", "Bassem Youssef", "Ronald D'Souza", "Heba Mostafa", "Imran Sheikh",
           "Vinod P.", "Dalia Kamal", "Arun Raj", "Mariam Al Ali", "Karim Zaki"]
SENDERS_AR = ["محمد عبدالحميد", "هبة مصطفى", "أحمد فتحي", "سارة الغامدي", "خالد العتيبي", "منى فوزي",
              "عمرو سمير", "ياسر الشهري", "إسلام عبدالعزيز", "نورة القحطاني"]
TITLES = ["Accountant", "Sr. Accountant", "AP Officer", "Finance Manager", "Chief Accountant",
          "Accounts Payable", "Accounts Dept.", "Finance & Admin", "Procurement / Accounts"]
TITLES_AR = ["محاسب", "رئيس الحسابات", "المدير المالي", "قسم الحسابات", "الإدارة المالية", "محاسب أول"]
UNKNOWN_PEOPLE = ["SAMIR KHALIL ATALLAH", "JOSEPH VARGHESE", "RAJESH KUMAR PILLAI", "MR. ANTOINE HADDAD",
                  "LIU WEI", "IMRAN ALI KHAN", "VIKRAM SINGH", "GEORGE N. MAKHOUL", "SANTOSH REDDY",
                  "BILAL AHMED QURESHI", "ELIE BOUTROS", "WAEL NASRALLAH"]


# ---------------------------------------------------------------- customers
def uniq_ids(prefix, n, lo, hi):
    vals = R.sample(range(lo, hi), n)
    return [f"{prefix}{v}" for v in vals]


def build_customers():
    regions = ["UAE"] * 120 + ["KSA"] * 66 + ["EGY"] * 75 + ["GCC"] * 39
    R.shuffle(regions)
    brands = BRANDS[:]
    R.shuffle(brands)
    unknown_brands = brands[48:]
    brands = brands[:48]
    eng = ENG[:]
    R.shuffle(eng)
    unknown_eng = eng[24:]
    eng = eng[:24]
    ids = uniq_ids("C", 300, 10000, 99999)
    used_person = set()
    custs = []
    kinds = ["brand"] * 48 + ["eng"] * 24 + ["person"] * 220
    R.shuffle(kinds)
    kinds += ["twin"] * 8
    bi = ei = 0
    for n in range(300):
        region = regions[n]
        kind = kinds[n]
        c = {"id": ids[n], "region": region, "cur": REGION_CUR[region], "kind": kind, "twin_of": None,
             "dual": False}
        line = pick(LINES)
        legal = pick(LEGAL[region])
        if kind == "twin":
            continue
        if kind == "brand":
            key, sp, ar = brands[bi]
            bi += 1
            c["core"] = ("brand", key)
            c["spell"] = sp
            c["ar_core"] = ar
        elif kind == "eng":
            c["core"] = ("eng", eng[ei])
            ei += 1
            c["ar_core"] = None
        else:
            fams = FAMILY_EGY if region == "EGY" else FAMILY_GULF
            while True:
                g = pick(sorted(GIVEN))
                f = pick(sorted(fams))
                if (g, f) not in used_person and not f.startswith(g):
                    break
            used_person.add((g, f))
            c["core"] = ("person", g, f)
            c["fams"] = fams
            c["ar_core"] = GIVEN[g][1] + " " + fams[f][1]
        c["line"] = line
        c["legal"] = legal
        custs.append(c)
    # twins: a second customer with the same core (spelled differently), another line, same region
    cands = [c for c in custs if c["kind"] in ("brand", "person") and c["region"] != "GCC"]
    R.shuffle(cands)
    twins_made = 0
    for c in cands:
        if twins_made == 8:
            break
        if c["twin_of"]:
            continue
        t = dict(c)
        t["id"] = ids[len(custs)]
        t["kind"] = c["kind"]
        t["twin_of"] = c["id"]
        c["twin_of"] = t["id"]
        nontrading = [ln for ln in LINES if "Trading" not in ln[0]]
        c["line"] = pick(nontrading)
        while True:
            t["line"] = pick(nontrading)
            if t["line"] != c["line"]:
                break
        c["legal"] = pick([lg for lg in LEGAL[c["region"]] if "Trading" not in lg[0]])
        t["legal"] = pick([lg for lg in LEGAL[c["region"]] if "Trading" not in lg[0]])
        custs.append(t)
        twins_made += 1
    for c in custs:
        c["name"] = canonical_name(c, first=(c["twin_of"] is None or c["id"] < c["twin_of"]))
        c["ar"] = arabic_name(c)
    names = [c["name"] for c in custs]
    assert len(set(names)) == len(names), "duplicate customer names"
    unknown = {"brands": unknown_brands, "eng": unknown_eng, "persons": used_person}
    return custs, unknown


def core_spelling(c, variant=None):
    """The core of the name (brand, English brand, or given + family name)."""
    k = c["core"]
    if k[0] == "brand":
        sp = c["spell"]
        word = sp[variant % len(sp)] if variant is not None else sp[0]
        return word
    if k[0] == "eng":
        return k[1]
    g = GIVEN[k[1]][0]
    f = c["fams"][k[2]][0]
    if variant is None:
        return g[0] + " " + f[0]
    return g[variant % len(g)] + " " + f[(variant // 3) % len(f)]


def canonical_name(c, first=True):
    region = c["region"]
    line = c["line"][0]
    legal = c["legal"][0]
    k = c["core"]
    if k[0] == "brand":
        sp = c["spell"]
        word = sp[-1] if (region == "EGY" or not first) else sp[0]
        art = "El" if region == "EGY" else "Al"
        core = f"{art} {word}"
    elif k[0] == "eng":
        core = k[1]
    else:
        gv = GIVEN[k[1]][0]
        fv = c["fams"][k[2]][0]
        if first:
            g = gv[1] if (region == "EGY" and len(gv) > 1) else gv[0]
            f = fv[0]
        else:
            g = gv[2 % len(gv)] if len(gv) > 2 else gv[-1]
            f = fv[1 % len(fv)]
        if g in ("Mohd", "Mhd"):
            g = gv[0]
        core = f"{g} {f}"
    if region == "EGY":
        if legal in ("& Partners",):
            return f"{core} & Partners for {line}"
        if legal == "Group":
            return f"{core} Group for {line}"
        return f"{core} for {line} {legal}"
    return f"{core} {line} {legal}"


def arabic_name(c):
    if c["ar_core"] is None:
        return None
    legal_ar = c["legal"][2]
    line_ar = c["line"][2]
    if legal_ar in ("مؤسسة", "شركة", "مجموعة"):
        return f"{legal_ar} {c['ar_core']} {line_ar}"
    if legal_ar in ("وشركاه",):
        return f"شركة {c['ar_core']} {legal_ar} {line_ar}"
    return f"{c['ar_core']} {line_ar} {legal_ar}"


def payer_variant(c, bare=False, upper=None):
    """A bank-style rendering of the customer's name: another transliteration,
    abbreviations, article written Al/El/AL-/joined, legal form kept or dropped,
    cut at 35 characters like a bank name field."""
    k = c["core"]
    if k[0] == "brand":
        word = pick(c["spell"])
        art = pick(["AL ", "EL ", "AL-", "AL", "EL-", "Al ", "El "])
        core = art + word
    elif k[0] == "eng":
        core = k[1]
    else:
        g = pick(GIVEN[k[1]][0])
        f = pick(c["fams"][k[2]][0])
        core = f"{g} {f}"
    if bare:
        parts = [core]
    else:
        parts = [core]
        if chance(0.75):
            parts.append(pick(c["line"][1]))
        if chance(0.55):
            parts.append(pick(c["legal"][1]))
    t = " ".join(parts)
    if upper is None:
        upper = chance(0.75)
    t = t.upper() if upper else t
    return t[:35].strip()


# ---------------------------------------------------------------- invoices
def rand_net(cur):
    n_lines = pick([1, 1, 1, 2, 2, 3])
    total = D(0)
    items = []
    for _ in range(n_lines):
        name, lo, hi, qlo, qhi = pick(ITEMS)
        price_aed = D(str(round(R.uniform(lo, hi) * 4) / 4))
        price = q(price_aed * FX[cur])
        if price <= 0:
            price = D("0.25")
        qty = int(qlo + (qhi - qlo) * R.random() ** 2.2)
        if qty * float(price_aed) > 45000:
            qty = max(qlo, int(45000 / float(price_aed)))
        total += qty * price
        items.append(name)
    return q(total), items


def rand_issue():
    # open invoices issued between March 2025 and mid February 2026
    start = date(2025, 3, 3)
    span = (date(2026, 2, 13) - start).days
    d = start + timedelta(days=int(span * (R.random() ** 0.6)))
    return d


def build_invoices(custs):
    counts = []
    for c in custs:
        r = R.random()
        if r < 0.17:
            n = 1
        elif r < 0.45:
            n = R.randint(2, 3)
        elif r < 0.76:
            n = R.randint(4, 6)
        elif r < 0.93:
            n = R.randint(7, 10)
        else:
            n = R.randint(11, 18)
        counts.append(n)
    invs = []
    for c, n in zip(custs, counts):
        for _ in range(n):
            invs.append(new_invoice(c, c["cur"]))
    # dual-currency customers: a few UAE customers also have USD re-export invoices
    uae = [c for c in custs if c["region"] == "UAE" and c["twin_of"] is None]
    for c in R.sample(uae, 7):
        c["dual"] = True
        for _ in range(R.randint(2, 3)):
            invs.append(new_invoice(c, "USD"))
    return invs


def new_invoice(c, cur):
    net, items = rand_net(cur)
    vat = q(net * VAT[cur])
    issue = rand_issue()
    terms = pick([30, 30, 45, 60, 60, 90, 120])
    return {"customer_id": c["id"], "customer_name": c["name"], "currency": cur,
            "net": net, "vat": vat, "total": net + vat, "balance": net + vat,
            "issue_date": issue, "due_date": issue + timedelta(days=terms), "items": items,
            "tags": set()}


def set_amounts(inv, net, vat):
    inv["net"], inv["vat"] = net, vat
    inv["total"] = inv["balance"] = net + vat


def number_invoices(invs):
    books = defaultdict(list)
    for inv in invs:
        books[inv["currency"]].append(inv)
    for cur, lst in books.items():
        lst.sort(key=lambda i: (i["issue_date"], R.random()))
        seq = {2025: {"AED": 1180, "SAR": 1040, "EGP": 1210, "USD": 112}[cur],
               2026: {"AED": 3, "SAR": 2, "EGP": 1001, "USD": 2}[cur]}
        for inv in lst:
            y = inv["issue_date"].year
            seq[y] += 1 + int(R.expovariate(1 / 2.2))
            s = seq[y]
            yy = y % 100
            inv["yy"], inv["seq"], inv["book"] = yy, s, cur
            if cur == "AED":
                inv["number"] = f"INV-{yy}-{s:05d}"
            elif cur == "SAR":
                inv["number"] = f"SI-{y}-{s:04d}"
            elif cur == "EGP":
                inv["number"] = f"EG/{yy}/{s:04d}"
            else:
                inv["number"] = f"EXP-{yy}-{s:04d}"
    nums = [i["number"] for i in invs]
    assert len(set(nums)) == len(nums)


def render_num(inv, style):
    """Ways customers and banks write our invoice numbers."""
    yy, s, cur = inv["yy"], inv["seq"], inv["book"]
    y4 = 2000 + yy
    if cur == "AED":
        table = {"full": inv["number"], "space": f"INV {yy}-{s:05d}", "nosep": f"INV{yy}{s:05d}",
                 "yyseq": f"{yy}-{s:05d}", "slash": f"INV/{yy}/{s:05d}", "short": str(s),
                 "hash": f"#{yy}-{s:05d}", "lower": inv["number"].lower(), "alt": f"TI-{yy}-{s:05d}",
                 "dot": f"Inv.{yy}.{s:05d}"}
    elif cur == "SAR":
        table = {"full": inv["number"], "space": f"SI {y4} {s:04d}", "nosep": f"SI{y4}{s:04d}",
                 "yyseq": f"{y4}-{s:04d}", "slash": f"SI/{y4}/{s:04d}", "short": str(s),
                 "hash": f"#{y4}-{s:04d}", "lower": inv["number"].lower(), "alt": f"SI-{yy}-{s:04d}",
                 "dot": f"SI.{y4}.{s:04d}"}
    elif cur == "EGP":
        table = {"full": inv["number"], "space": f"EG {yy} {s:04d}", "nosep": f"EG{yy}{s:04d}",
                 "yyseq": f"{yy}/{s:04d}", "slash": f"EG-{yy}-{s:04d}", "short": str(s),
                 "hash": f"{s}/{y4}", "lower": inv["number"].lower(), "alt": f"{s}/{yy}",
                 "dot": f"EG {s}/{y4}"}
    else:
        table = {"full": inv["number"], "space": f"EXP {yy}-{s:04d}", "nosep": f"EXP{yy}{s:04d}",
                 "yyseq": f"{yy}-{s:04d}", "slash": f"EXP/{yy}/{s}", "short": str(s),
                 "hash": f"#EXP-{yy}-{s:04d}", "lower": inv["number"].lower(), "alt": f"CI EXP-{yy}-{s:04d}",
                 "dot": f"EXP.{yy}.{s:04d}"}
    return table[style]


# ---------------------------------------------------------------- planted structures
def plant(custs, invs):
    """Coincidences that the scenarios need: repeat orders with the same amount,
    the same amount at different customers, invoices that add up to another,
    retention balances, partly paid invoices, twin customers with equal invoices."""
    by_c = defaultdict(list)
    for i in invs:
        by_c[i["customer_id"]].append(i)
    cmap = {c["id"]: c for c in custs}
    groups = defaultdict(list)

    def free_main(cid, n=1, old=False):
        c = cmap[cid]
        lst = [i for i in by_c[cid] if not i["tags"] and i["currency"] == c["cur"]]
        if old:
            lst = [i for i in lst if i["issue_date"] < date(2025, 8, 15)]
        if len(lst) < n:
            return None
        return R.sample(lst, n)

    plain = [c for c in custs if c["twin_of"] is None]
    # twin pairs: one invoice each with the same amount
    seen = set()
    for c in custs:
        if c["twin_of"] and c["id"] not in seen:
            t = cmap[c["twin_of"]]
            seen |= {c["id"], t["id"]}
            a, b = free_main(c["id"])[0], free_main(t["id"])[0]
            set_amounts(b, a["net"], a["vat"])
            a["tags"].add("twinsame")
            b["tags"].add("twinsame")
            groups["twinsame"].append((c["id"], t["id"], a, b))
    # repeat orders with the same amount at one customer
    cands = [c for c in plain if len(by_c[c["id"]]) >= 4]
    R.shuffle(cands)
    for c in cands[:30]:
        pair = free_main(c["id"], 2)
        if not pair:
            continue
        a, b = sorted(pair, key=lambda i: i["issue_date"])
        set_amounts(b, a["net"], a["vat"])
        a["tags"].add("dup")
        b["tags"].add("dup")
        groups["dup"].append((c["id"], a, b))
    # a + b = c at one customer
    cands = [c for c in plain if len(by_c[c["id"]]) >= 5 and not any(i["tags"] for i in by_c[c["id"]])]
    R.shuffle(cands)
    for c in cands[:10]:
        trio = free_main(c["id"], 3)
        a, b, x = trio
        set_amounts(x, a["net"] + b["net"], a["vat"] + b["vat"])
        for i in trio:
            i["tags"].add("triple")
        groups["triple"].append((c["id"], a, b, x))
    # the same amount at two or three different customers, same book
    for cur in ("AED", "SAR", "EGP", "USD"):
        pool = [c for c in plain if c["cur"] == cur]
        for _ in range({"AED": 12, "SAR": 7, "EGP": 8, "USD": 5}[cur]):
            k = pick([2, 2, 3])
            chosen = R.sample(pool, k)
            got = [free_main(c["id"]) for c in chosen]
            if any(g is None for g in got):
                continue
            got = [g[0] for g in got]
            for g in got[1:]:
                set_amounts(g, got[0]["net"], got[0]["vat"])
            for g in got:
                g["tags"].add("xsame")
            groups["xsame"].append(got)
    # retention balances (old invoices; 90 or 95 percent already paid)
    pool = [c for c in plain]
    R.shuffle(pool)
    n = 0
    for c in pool:
        if n == 24:
            break
        g = free_main(c["id"], old=True)
        if not g:
            continue
        i = g[0]
        pct = pick([D("0.10"), D("0.10"), D("0.05")])
        i["balance"] = q(i["total"] * pct)
        i["retention_pct"] = pct
        i["tags"].add("retention")
        groups["retention"].append(i)
        n += 1
    # partly paid earlier, or reduced by a credit note
    R.shuffle(pool)
    n = 0
    for c in pool:
        if n == 30:
            break
        g = free_main(c["id"])
        if not g:
            continue
        i = g[0]
        if chance(0.5):
            paid = q(i["total"] * pick([D("0.25"), D("0.30"), D("0.40"), D("0.50")]))
            i["earlier"] = ("part", paid)
        else:
            paid = q(i["total"] * D(str(pick([0.02, 0.035, 0.05, 0.08]))))
            i["earlier"] = ("credit", paid)
        i["balance"] = i["total"] - paid
        i["tags"].add("partpaid")
        groups["partpaid"].append(i)
        n += 1
    # dual-currency customers: a USD invoice with the same figure as an AED one
    for c in custs:
        if c["dual"]:
            usd = [i for i in by_c[c["id"]] if i["currency"] == "USD" and not i["tags"]]
            aed = free_main(c["id"])
            if usd and aed:
                set_amounts(usd[0], aed[0]["net"] + aed[0]["vat"], ZERO)
                usd[0]["tags"].add("dualsame")
                aed[0]["tags"].add("dualsame")
                groups["dualsame"].append((c["id"], aed[0], usd[0]))
    return groups


# ---------------------------------------------------------------- text helpers
class Skip(Exception):
    pass


def typo(text, rate=0.07):
    out = []
    for w in text.split(" "):
        if len(w) >= 5 and w.isalpha() and w.isascii() and chance(rate):
            k = R.randrange(len(w) - 1)
            op = R.randrange(3)
            if op == 0:
                w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
            elif op == 1:
                w = w[:k] + w[k + 1:]
            else:
                w = w[:k] + w[k] + w[k:]
        out.append(w)
    return " ".join(out)


def dmy(d, sep="/"):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_AR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def bankref():
    return pick(["FT", "TT", "IR", "RTGS", "REF"]) + "".join(str(R.randrange(10)) for _ in range(R.randint(9, 12)))


def bank_wrap(cur, text, p=0.45):
    if not chance(p):
        return text
    pre = {"AED": ["UAEFTS ", "IPI/", "FTS ", "INWARD TT ", "IBFT ", "AANI TRF "],
           "SAR": ["SARIE ", "IPS ", "TRF/", "حوالة سريع "],
           "EGP": ["ACH ", "RTGS ", "InstaPay ", "IPN ", "تحويل لحظي "],
           "USD": ["/RFB/", "/INV/", ""]}[cur]
    p1 = pick(pre)
    if chance(0.3) and cur != "USD":
        return f"{p1}{bankref()} {text}"
    return p1 + text


EN_SINGLE = ["{r}", "INV {r}", "INVOICE {r}", "PAYMENT FOR INV {r}", "Pmt agst inv {r}", "SETTLEMENT INV {r}",
             "inv no {r} full payment", "{r} - {mon} supplies", "PAYMT OF INVOICE NO {r}", "being pymnt of {r}",
             "ref {r} thanks", "{r} {item} supply", "Invoice {r} paid in full", "CLEARING INV {r}",
             "payment inv# {r}", "INV {r} {payer}", "Your inv {r}", "{payer} / INV {r}", "PMT-{r}"]
AR_SINGLE = ["سداد فاتورة رقم {r}", "دفعة قيمة فاتورة {r}", "تحويل مستحقات الفاتورة {r}", "فاتورة {r}",
             "سداد ف {r}", "قيمة فاتورة رقم {r} توريد {item}", "تسديد الفاتورة رقم {r} بالكامل",
             "سداد كامل قيمة الفاتورة {r}", "تحويل عن فاتورة {r}", "{payer} سداد فاتورة {r}"]
GENERIC_EN = ["PAYMENT", "SUPPLIER PAYMENT", "TRANSFER", "TRF", "VENDOR PAYMENT", "SETTLEMENT",
              "PYMT TO QASR AL BINAA", "INWARD REMITTANCE", "BILL PAYMENT", "OUTSTANDING PAYMENT",
              "payment", "Supplier pmt {mon}", "ACCOUNTS PAYABLE RUN {mon}", "MONTHLY PAYMENT", "SUPPLIERS"]
GENERIC_AR = ["تحويل", "دفعة", "سداد مستحقات", "دفعة لحساب قصر البناء", "سداد", "تحويل بنكي",
              "مستحقات موردين", "دفعة شهر {mon_ar}"]


def fill(t, **kw):
    base = {"mon": pick(MONTHS), "mon_ar": pick(MONTHS_AR), "payer": "", "item": "", "r": ""}
    base.update(kw)
    return t.format(**base).strip(" /")


def digits_lang(r, lang, p=0.6):
    if lang == "ar" and chance(p):
        return to_fa(r) if chance(0.15) else to_ar(r)
    return r


def short_payer(c):
    return payer_variant(c, bare=True)


INTRO_EN = [
    "Please note we have transferred {cur} {amt} today against the below invoices.",
    "Kindly find below the details of our payment of {cur} {amt}.",
    "We are pleased to advise that payment of {cur} {amt} has been released via bank transfer on {d}.",
    "Payment released as per below, pls update your records.",
    "FYI - remittance details for the transfer made on {d}:",
    "Please be informed that we have processed the following payment to your account with {bank}.",
    "Our payment advice is attached, summary below.",
    "As discussed over the phone with your collector, payment has been made today. Details:",
    "We have settled the following. Total amount {cur} {amt}.",
    "Please find the payment breakup for our transfer dated {d}:",
    "Good news, the payment run went through this morning. Breakup as follows",
    "Remittance advice - {cur} {amt}",
]
INTRO_AR = [
    "نفيدكم علماً بأنه تم تحويل مبلغ وقدره {amt} {cur_ar} إلى حسابكم لدى {bank} وذلك سداداً لما يلي:",
    "مرفق لسيادتكم تفاصيل التحويل البنكي بتاريخ {d} بقيمة {amt} {cur_ar}:",
    "تم بحمد الله سداد المستحقات التالية:",
    "برجاء العلم بأنه تم تحويل مبلغ {amt} {cur_ar} قيمة الآتي:",
    "إشارة إلى كشف الحساب المرسل منكم، نحيطكم علماً بأنه تم السداد كالتالي:",
    "نود إفادتكم بإتمام التحويل اليوم بمبلغ {amt} {cur_ar}، والتفاصيل كالآتي:",
]
CLOSE_EN = ["Regards,", "Best regards,", "Thanks & regards,", "BR,", "Kind regards,", "Thank you,", "Rgds", "Cheers,"]
CLOSE_AR = ["وتفضلوا بقبول فائق الاحترام،،", "مع خالص التحية", "شاكرين تعاونكم", "وشكراً", "والسلام عليكم ورحمة الله"]
GREET_EN = ["Dear Sir/Madam,", "Dear Sirs,", "Hi,", "Dear Accounts Team,", "Good day,", "Attn: Credit Control",
            "Dear Ms. Rania,", "Dear Mr. Anand,", "Hello team,", "To: Receivables Dept.", "Dear Qasr Al Binaa team,"]
GREET_AR = ["السادة/ {ours} المحترمين", "السادة شركة قصر البناء", "الأخوة في قسم الحسابات", "الأستاذ/ مدير الحسابات المحترم"]


def table_en(cur, rows, total):
    st = R.randrange(6)
    lines = []
    if st == 0:
        lines.append(f"Invoice No.          Amount ({cur})")
        for r_, a, _ in rows:
            lines.append(f"{r_:<20} {money(a) if a is not None else '':>14}")
        lines.append(f"{'TOTAL':<20} {money(total):>14}")
    elif st == 1:
        for r_, a, _ in rows:
            lines.append(f"- {r_} : {pick(CUR_SYN[cur])} {money(a)}" if a is not None else f"- {r_}")
    elif st == 2:
        for k, (r_, a, _) in enumerate(rows, 1):
            lines.append(f"{k}) inv {r_} = {money(a, 'bare')}" if a is not None else f"{k}) inv {r_}")
    elif st == 3:
        nums = [r_ for r_, _, _ in rows]
        body = ", ".join(nums[:-1]) + (" & " + nums[-1] if len(nums) > 1 else nums[0])
        lines.append(f"Invoices: {body}")
        lines.append(f"Total: {cur} {money(total)}")
    elif st == 4:
        lines.append("; ".join(f"{r_} / {money(a)}" if a is not None else r_ for r_, a, _ in rows))
    else:
        lines.append("Inv#\tInv date\tAmount")
        for r_, a, d in rows:
            lines.append(f"{r_}\t{dmy(d) if d else ''}\t{money(a) if a is not None else ''}")
        lines.append(f"\t\t{money(total)}")
    return "\n".join(lines)


def table_ar(cur, rows, total):
    st = R.randrange(3)
    lines = []
    for k, (r_, a, _) in enumerate(rows, 1):
        am = money(a, pick(["ar", "comma"])) if a is not None else None
        if st == 0:
            lines.append(f"- فاتورة رقم {r_} بمبلغ {am} {CUR_AR[cur]}" if am else f"- فاتورة رقم {r_}")
        elif st == 1:
            lines.append(f"{to_ar(str(k))}- {r_} ..... {am}" if am else f"{to_ar(str(k))}- {r_}")
        else:
            lines.append(f"الفاتورة {r_} = {am}" if am else f"الفاتورة {r_}")
    lines.append(f"الإجمالي: {money(total, pick(['ar', 'comma']))} {CUR_AR[cur]}")
    return "\n".join(lines)


def statement_quote(g, c, cur, today):
    lines = []
    tot = ZERO
    sent = today - timedelta(days=R.randint(3, 20))
    for i in sorted(g.open_all(c["id"], cur), key=lambda i: i["due_date"]):
        if i["issue_date"] > sent:
            continue
        lines.append(f"{i['number']}   due {dmy(i['due_date'])}   {cur} {money(g.bal[i['id']])}")
        tot += g.bal[i["id"]]
    head = pick(["-----Original Message-----", "________________________________", "On {d}, Receivables <receivables@qasralbinaa.example> wrote:"])
    head = head.format(d=dmy(sent))
    body = [head]
    if head.startswith("-") or head.startswith("_"):
        body += ["From: Receivables <receivables@qasralbinaa.example>", f"Sent: {dmy(sent)}",
                 f"Subject: Statement of account - {c['name']}", ""]
    body += ["Dear Customer,", "Please find below the open items on your account:"] + lines + [
        f"Total outstanding: {cur} {money(tot)}", "Kindly arrange payment of the overdue items.", "Receivables team"]
    if chance(0.5):
        body = [body[0]] + ["> " + x if x else ">" for x in body[1:]]
    return "\n".join(body)


def advice(g, c, cur, total, rows, lang="en", notes=(), quote=False, sender_co=None):
    """A remittance advice as customers send them: greeting, intro, a table in one
    of several layouts, the customer's own notes, a signature, sometimes the
    quoted statement we sent them (whose other invoices are not being paid)."""
    d = g.today
    co = sender_co or (c["name"] if chance(0.6) else payer_variant(c, upper=False))
    if lang == "ar":
        parts = [pick(GREET_AR).format(ours=OURS_AR[cur]), "تحية طيبة وبعد،،", ""]
        parts.append(pick(INTRO_AR).format(amt=money(total, pick(["ar", "comma"])), cur_ar=CUR_AR[cur],
                                           bank=pick(OUR_BANK_AR[cur]), d=to_ar(dmy(d))))
        parts.append(table_ar(cur, rows, total))
        parts += list(notes)
        parts += ["", pick(CLOSE_AR), pick(SENDERS_AR), pick(TITLES_AR), (c.get("ar") or co)]
    else:
        parts = [pick(GREET_EN), ""]
        parts.append(typo(pick(INTRO_EN).format(cur=pick(CUR_SYN[cur]), amt=money(total), d=dmy(d),
                                                bank=pick(OUR_BANK[cur]))))
        parts.append("")
        parts.append(table_en(cur, rows, total))
        if notes:
            parts.append("")
            parts += [typo(n, 0.05) for n in notes]
        parts += ["", pick(CLOSE_EN), pick(SENDERS), pick(TITLES) + (" | " + co if chance(0.7) else "")]
        if chance(0.25):
            parts.append(pick(["Sent from my iPhone", "Tel: +971 4 555 0" + str(R.randint(100, 999)),
                               "This email and any attachments are confidential.", "P.O. Box " + str(R.randint(1000, 99999))]))
    text = "\n".join(parts)
    if quote:
        text += "\n\n" + statement_quote(g, c, cur, d)
    return text


def notes_text(lang, en, ar):
    return ar if lang == "ar" else en


# ---------------------------------------------------------------- generator
START = date(2026, 1, 5)
SPAN_DAYS = 81
TOTAL_EST = 400


def date_for(n):
    return START + timedelta(days=n * SPAN_DAYS // TOTAL_EST)


class Gen:
    def __init__(self, custs, invs, groups, unknown):
        self.custs = custs
        self.cust = {c["id"]: c for c in custs}
        self.invs = invs
        self.inv = {i["id"]: i for i in invs}
        self.bal = {i["id"]: i["balance"] for i in invs}
        self.by_c = defaultdict(list)
        for i in invs:
            self.by_c[i["customer_id"]].append(i)
        self.groups = groups
        self.unknown = unknown
        self.reserved = {}
        for i in invs:
            if i["tags"]:
                self.reserved[i["id"]] = "planted"
        self.locked = set()
        self.out = []
        self.pending = defaultdict(list)
        self.pos = 0
        self.today = START
        self.used_unknown = set()
        self.stats = defaultdict(int)

    # --- ledger views
    def open_all(self, cid, cur=None):
        return [i for i in self.by_c[cid] if self.bal[i["id"]] > 0 and (cur is None or i["currency"] == cur)]

    def free(self, cid, cur=None, planted_ok=False):
        lim = self.today - timedelta(days=4)
        return [i for i in self.open_all(cid, cur)
                if (i["id"] not in self.reserved or (planted_ok and self.reserved[i["id"]] == "planted"))
                and i["issue_date"] <= lim]

    def subsets(self, invs, amount, maxk=4):
        """Every set of these invoices whose open balances add up to amount exactly."""
        res = []
        invs = list(invs)
        for k in range(1, min(maxk, len(invs)) + 1):
            for comb in itertools.combinations(invs, k):
                if sum(self.bal[i["id"]] for i in comb) == amount:
                    res.append(list(comb))
        if len(invs) > maxk and sum(self.bal[i["id"]] for i in invs) == amount:
            res.append(list(invs))
        return res

    def near(self, invs, amount, pct=D("0.03"), maxk=4):
        """True when some set of these invoices is within pct of amount (or within 100 units)."""
        invs = list(invs)
        tol = max(amount * pct, D("100") * FX.get(invs[0]["currency"], 1) if invs else D("100"))
        sums = []
        for k in range(1, min(maxk, len(invs)) + 1):
            for comb in itertools.combinations(invs, k):
                sums.append(sum(self.bal[i["id"]] for i in comb))
        if invs:
            sums.append(sum(self.bal[i["id"]] for i in invs))
        return any(abs(s_ - amount) <= tol for s_ in sums)

    def ledger_matches(self, cur, amount):
        return [i for i in self.invs if i["currency"] == cur and self.bal[i["id"]] == amount and i["issue_date"] <= self.today]

    def custs_ok(self, pred=lambda c: True, named=False):
        res = []
        for c in self.custs:
            if c["id"] in self.locked:
                continue
            if named and c["twin_of"]:
                continue
            if pred(c):
                res.append(c)
        if not res:
            raise Skip("no customer")
        return res

    # --- identification of the payer
    def ident(self, c, mode=None, allow_ar=True):
        if mode is None:
            r = R.random()
            mode = "id" if r < 0.55 else ("ar" if (r < 0.68 and allow_ar and c["ar"]) else "name")
        if c["twin_of"] or (mode == "ar" and not c["ar"]):
            mode = "id"
        if mode == "id":
            r = R.random()
            if r < 0.5:
                payer = payer_variant(c)
            elif r < 0.62 and c["ar"]:
                payer = c["ar"]
            elif r < 0.74:
                payer = c["name"]
            elif r < 0.86 and c["core"][0] == "person":
                g = pick(GIVEN[c["core"][1]][0])
                f = pick(c["fams"][c["core"][2]][0])
                payer = pick(["MR ", "", ""]) + f"{g} {f}".upper()
            else:
                payer = pick(EXCHANGE_HOUSES) if c["region"] == "UAE" else payer_variant(c)
            return mode, payer, c["id"]
        if mode == "ar":
            payer = c["ar"]
            if chance(0.3):
                payer = payer.replace("مؤسسة ", "مؤسسه ").replace("شركة ", "شركه ")
            return mode, payer, None
        return "name", payer_variant(c), None

    def lang_for(self, c, p_ar=None):
        if p_ar is None:
            p_ar = {"EGP": 0.45, "SAR": 0.35, "AED": 0.15, "USD": 0.05}[c["cur"]]
        return "ar" if (c["ar"] and chance(p_ar)) else "en"

    def short_ok(self, inv, cid):
        """A bare sequence number is only used when it points at one open invoice of the payer."""
        return inv["seq"] >= 100 and sum(1 for i in self.open_all(cid) if i["seq"] == inv["seq"]) == 1

    def num(self, inv, cid_known, lang="en", styles=None):
        styles = styles or ["full", "full", "space", "nosep", "yyseq", "slash", "short", "hash", "lower", "alt", "dot"]
        st = pick(styles)
        if st == "short" and not (cid_known and self.short_ok(inv, inv["customer_id"])):
            st = "full"
        return digits_lang(render_num(inv, st), lang)

    # --- output
    def emit(self, pay, lab, scenario):
        amount = pay.get("amount")
        tot = ZERO
        for iid, amt in lab["applications"]:
            inv = self.inv[iid]
            assert inv["currency"] == pay["currency"], (scenario, iid)
            assert ZERO < amt <= self.bal[iid], (scenario, iid, amt, self.bal[iid])
            tot += amt
        if lab["status"] != "error":
            assert tot + lab["unapplied"] == amount, (scenario, tot, lab["unapplied"], amount)
        for iid, amt in lab["applications"]:
            self.bal[iid] -= amt
        if lab["status"] == "applied":
            assert all(self.bal[iid] == 0 for iid, _ in lab["applications"]), scenario
            assert lab["unapplied"] == 0
        if lab["status"] == "partial":
            assert any(self.bal[iid] > 0 for iid, _ in lab["applications"]), scenario
            for iid, _ in lab["applications"]:
                if self.bal[iid] > 0 and iid not in self.reserved:
                    self.reserved[iid] = "left-open"
        pay = dict(pay)
        pay.setdefault("date", self.today.isoformat())
        self.out.append((pay, lab, scenario))
        self.stats[scenario] += 1

    def later(self, gap, fn):
        self.pending[self.pos + gap].append(fn)

    def reserve(self, invs, owner):
        for i in invs:
            self.reserved[i["id"]] = owner

    def release(self, invs):
        for i in invs:
            self.reserved.pop(i["id"], None)


def P(amount, cur, payer, cid, ref, remit):
    return {"amount": q(amount), "currency": cur, "payer_name": payer, "customer_id": cid,
            "reference": ref, "remittance": remit}


def L(status, apps=(), unapplied=ZERO, short=None, cands=(), reason="", lang="en", note="", error=None):
    return {"status": status, "applications": [(i["id"], q(a)) for i, a in apps], "unapplied": q(unapplied),
            "short_pay": short, "candidates": [[i["id"] for i in s_] for s_ in cands], "reason": reason,
            "note": f"[{status.upper()}, {lang}] {note}", "error": error}


# ---------------------------------------------------------------- scenarios
def ref_single(g, c, inv, lang, known=True, styles=None):
    r = g.num(inv, known, lang, styles)
    t = fill(pick(AR_SINGLE if lang == "ar" else EN_SINGLE), r=r,
             item=(ITEM_AR[inv["items"][0]] if lang == "ar" else inv["items"][0].split()[0]),
             payer=(short_payer(c) if lang == "en" else ""))
    if lang == "en" and chance(0.5):
        t = t.upper()
    return bank_wrap(inv["currency"], t), r


def desc_payer(mode, c):
    n = c["name"].rstrip(".")
    return {"id": f"customer_id given ({n})", "name": f"no customer_id; payer name is a variant of {n}",
            "ar": f"no customer_id; payer name in Arabic script = {n}"}[mode]


def sc_single_ref(g, mode=None, tag="single-ref-exact", lang=None):
    c = pick(g.custs_ok(lambda c: g.free(c["id"]), named=(mode in ("name", "ar"))))
    if mode == "ar" and not c["ar"]:
        raise Skip
    inv = pick(g.free(c["id"]))
    amt = g.bal[inv["id"]]
    mode, payer, cid = g.ident(c, mode)
    lang = lang or g.lang_for(c)
    styles = None if mode != "ar" else ["full", "yyseq", "space", "nosep"]
    ref, r = ref_single(g, c, inv, lang, styles=styles)
    remit = None
    if chance(0.3):
        remit = advice(g, c, inv["currency"], amt, [(r, amt, inv["issue_date"])], lang)
    note = f"Reference '{r}' is {inv['number']} of {c['name']}; amount = its open balance. {desc_payer(mode, c)}."
    if inv["tags"] & {"partpaid"}:
        note += f" Balance {s2(amt)} is below the invoice total {s2(inv['total'])} (earlier part payment/credit note)."
    g.emit(P(amt, inv["currency"], payer, cid, ref, remit),
           L("applied", [(inv, amt)], reason=f"reference {inv['number']} and exact open balance", note=note), tag)


def sc_intermediary(g):
    c = pick(g.custs_ok(lambda c: g.free(c["id"]) and c["region"] in ("UAE", "GCC")))
    inv = pick(g.free(c["id"]))
    amt = g.bal[inv["id"]]
    house = pick(EXCHANGE_HOUSES)
    r = render_num(inv, pick(["full", "yyseq", "nosep", "space"]))
    ref = pick(["O/B {p} INV {r}", "ON BEHALF OF {p} - {r}", "{p} PAYMENT INV {r}", "REMITTER: {p} / INVOICE {r}",
                "CASH REMITTANCE O/B {p} REF {r}"]).format(p=payer_variant(c, bare=chance(0.5)), r=r)
    g.emit(P(amt, inv["currency"], house, None, ref[:140], None),
           L("applied", [(inv, amt)], reason=f"exchange-house transfer on behalf of the customer, reference {inv['number']}, exact balance",
             note=f"Payer is an exchange house and customer_id is null; the narrative names {c['name']} and invoice {inv['number']}, and the amount equals its balance."),
           "exchange-house-on-behalf")


def multi_rows(g, c, invs, lang, known=True):
    styles = ["full", "full", "yyseq", "space", "short", "lower", "alt"]
    st = pick(styles)
    rows = []
    for i in invs:
        s_ = st
        if s_ == "short" and not (known and g.short_ok(i, c["id"])):
            s_ = "full"
        rows.append((digits_lang(render_num(i, s_), lang, 0.5), g.bal[i["id"]], i["issue_date"]))
    return rows


def sc_multi_advice(g, lang=None, tag="multi-advice-exact"):
    c = pick(g.custs_ok(lambda c: len(g.free(c["id"], c["cur"])) >= 2))
    fr = g.free(c["id"], c["cur"])
    k = R.randint(2, min(6, len(fr)))
    invs = sorted(R.sample(fr, k), key=lambda i: i["due_date"])
    cur = c["cur"]
    total = sum(g.bal[i["id"]] for i in invs)
    mode, payer, cid = g.ident(c)
    lang = lang or g.lang_for(c)
    rows = multi_rows(g, c, invs, lang, known=(mode != "ar"))
    quote = chance(0.3) and len(g.open_all(c["id"], cur)) > k
    remit = advice(g, c, cur, total, rows, lang, quote=quote)
    if chance(0.35):
        ref = fill(pick(GENERIC_AR if lang == "ar" else GENERIC_EN))
    elif chance(0.5):
        ref = pick(["INV ", "INVS ", "فواتير "] if lang == "ar" else ["INV ", "INVS ", "INVOICES "]) + " ".join(r_ for r_, _, _ in rows)
        ref = ref[:60]
    else:
        ref = pick(["AS PER ADVICE", "SEE REMITTANCE", "PAYMENT AS PER EMAIL", "حسب الإشعار المرسل"]) if lang == "en" else "حسب الإشعار المرسل"
    note = (f"Advice lists {k} invoices of {c['name']} ({', '.join(i['number'] for i in invs)}) adding up to the amount. "
            f"{desc_payer(mode, c)}.")
    if quote:
        note += " The quoted statement below the advice lists other open invoices that are not being paid."
    if ref.startswith(("INV ", "INVS ", "INVOICES ", "فواتير ")) and len(ref) >= 60:
        note += " The bank reference is cut; the advice has the full list."
    g.emit(P(total, cur, payer, cid, bank_wrap(cur, ref, 0.3), remit),
           L("applied", [(i, g.bal[i["id"]]) for i in invs], reason=f"remittance lists {k} invoices matching the amount", note=note), tag)


def sc_arabic(g):
    c = pick(g.custs_ok(lambda c: c["ar"] and g.free(c["id"], c["cur"]), named=False))
    fr = g.free(c["id"], c["cur"])
    invs = sorted(R.sample(fr, min(len(fr), pick([1, 1, 2, 3]))), key=lambda i: i["due_date"])
    cur = c["cur"]
    total = sum(g.bal[i["id"]] for i in invs)
    mode, payer, cid = g.ident(c, pick(["id", "ar", "ar"]))
    digs = [to_fa(render_num(i, pick(["yyseq", "full", "short" if mode == "id" else "yyseq"]))) if chance(0.2)
            else to_ar(render_num(i, pick(["yyseq", "full", "short" if mode == "id" else "yyseq"]))) for i in invs]
    for i, d_ in zip(invs, digs):
        if d_.isdigit() or all(ch in "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹" for ch in d_):
            if not g.short_ok(i, c["id"]):
                raise Skip
    if len(invs) == 1:
        ref = pick(["سداد فاتورة رقم {a}", "فاتورة رقم {a} توريد {it}", "تحويل قيمة الفاتورة {a}", "دفعة فاتورة {a} - {p}"])
        ref = ref.format(a=digs[0], it=ITEM_AR[invs[0]["items"][0]], p=c["ar"])
    else:
        ref = "سداد الفواتير أرقام " + " و ".join(digs)
    remit = None
    if len(invs) > 1 and chance(0.6):
        remit = advice(g, c, cur, total, [(d_, g.bal[i["id"]], i["issue_date"]) for d_, i in zip(digs, invs)], "ar")
    g.emit(P(total, cur, payer, cid, ref[:140], remit),
           L("applied", [(i, g.bal[i["id"]]) for i in invs], reason="Arabic reference names the invoices; amounts add up",
             note=f"Arabic reference with Arabic-Indic digits: {' '.join(digs)} = {', '.join(i['number'] for i in invs)} of {c['name']}; total equals the amount. {desc_payer(mode, c)}."),
           "arabic-indic-digits")


PV_FORMS = ["PV-{yy}-{n5}", "PV{y4}{n3}", "PAY/{n4}", "VCH {n5}", "OUR REF AP-{n4}", "BATCH {n3}", "سند صرف {n4}"]


def sc_amount_only(g):
    c = pick(g.custs_ok(lambda c: g.free(c["id"]), named=False))
    inv = pick(g.free(c["id"]))
    cur = inv["currency"]
    amt = g.bal[inv["id"]]
    if g.subsets(g.open_all(c["id"], cur), amt) != [[inv]]:
        raise Skip
    mode, payer, cid = g.ident(c, pick(["id", "id", "name"]))
    r = R.random()
    if r < 0.35:
        ref = None
    elif r < 0.7:
        ref = fill(pick(GENERIC_EN + GENERIC_AR))
    else:
        pv = pick(PV_FORMS).format(yy=26, y4=2026, n5=f"{R.randint(1, 99999):05d}", n4=f"{R.randint(1, 9999):04d}",
                                   n3=f"{R.randint(1, 999):03d}")
        digits = "".join(ch for ch in pv if ch.isdigit())
        if any(str(i["seq"]) in digits for i in g.by_c[c["id"]]):
            raise Skip
        ref = pv
    note = (f"No invoice reference; {desc_payer(mode, c)}. {inv['number']} is the only open invoice (and the only set of "
            f"open invoices) of this customer in {cur} whose balance equals the amount.")
    if ref and ref.startswith(("PV", "PAY", "VCH", "OUR", "BATCH", "سند")):
        note += f" '{ref}' is the customer's own voucher number, not ours."
    g.emit(P(amt, cur, payer, cid, ref, None),
           L("applied", [(inv, amt)], reason="identified customer, unique open invoice with this exact balance", note=note),
           "amount-only-unique")


def sc_statement(g):
    def ok(c):
        op = g.open_all(c["id"])
        return len(op) >= 2 and len(g.free(c["id"])) == len(op) and len({i["currency"] for i in op}) == 1
    c = pick(g.custs_ok(ok, named=False))
    invs = sorted(g.open_all(c["id"]), key=lambda i: i["due_date"])
    cur = invs[0]["currency"]
    total = sum(g.bal[i["id"]] for i in invs)
    mode, payer, cid = g.ident(c, pick(["id", "id", "name"]))
    ref = pick([None, "FULL SETTLEMENT SOA", "AS PER STATEMENT {d}", "CLEARING ALL OUTSTANDING", "تسوية كشف الحساب",
                "سداد كامل الرصيد المستحق", "full & final as per SOA", "SOA {mon} SETTLEMENT"])
    if ref:
        ref = ref.format(d=dmy(g.today - timedelta(days=R.randint(5, 25))), mon=pick(MONTHS))
    remit = None
    if chance(0.3):
        remit = pick(["We have cleared the total outstanding as per your statement. Please send us a zero-balance confirmation.",
                      "Dear team, payment of the full balance is done today. Kindly issue the clearance letter.",
                      "تم سداد كامل الرصيد حسب كشف الحساب المرسل منكم، برجاء إرسال شهادة مخالصة."])
    g.emit(P(total, cur, payer, cid, ref, remit),
           L("applied", [(i, g.bal[i["id"]]) for i in invs], reason="amount equals the customer's whole open balance",
             note=f"{desc_payer(mode, c)}; the amount equals the sum of all {len(invs)} open invoices of the customer, so it settles the statement."),
           "statement-payoff")


MT_HEADS = ["/INV/", "/RFB/", "INV ", "PAYMENT OF INV ", "/ROC/INVOICES ", "INVOICES ",
            "/BNF/QASR AL BINAA BLDG MAT /RFB/INV ", "PAYMENT FOR SUPPLY OF BUILDING MATERIALS AS PER YOUR INVOICES ",
            "/RFB/SETTLEMENT OF OUTSTANDING INVOICES NOS ", "BEING PAYMENT TOWARDS YOUR INVOICES NUMBER "]


def mt_lines(text, hard):
    if hard:
        return [text[i:i + 35] for i in range(0, min(len(text), 140), 35)]
    if any(len(w) > 35 for w in text.split(" ")):
        return [text[i:i + 35] for i in range(0, min(len(text), 140), 35)]
    lines, cur_ = [], ""
    for w in text.split(" "):
        if len(cur_) + len(w) + (1 if cur_ else 0) <= 35:
            cur_ = (cur_ + " " + w) if cur_ else w
        else:
            lines.append(cur_)
            cur_ = w
    lines.append(cur_)
    return lines[:4]


def sc_mt103(g, cut=False):
    cur_pool = ("USD", "AED", "SAR") if not cut else ("USD", "AED", "SAR", "EGP")
    c = pick(g.custs_ok(lambda c: c["cur"] in cur_pool and len(g.free(c["id"], c["cur"])) >= (3 if cut else 2)))
    cur = c["cur"]
    fr = sorted(g.free(c["id"], cur), key=lambda i: i["number"])
    st = pick(["full", "yyseq", "nosep"])
    sep = pick([" ", ",", " / ", ";"])
    mode, payer, cid = g.ident(c, pick(["id", "name", "name"]), allow_ar=False)
    for _ in range(40):
        head = pick(MT_HEADS)
        k = R.randint(2, len(fr))
        invs = sorted(R.sample(fr, k), key=lambda i: i["number"])
        rend = [render_num(i, st) for i in invs]
        text = head + sep.join(rend)
        if not cut:
            if len(text) > 140:
                continue
            lines = mt_lines(text, chance(0.5))
            if "".join(lines).replace(" ", "") != text.replace(" ", ""):
                continue
            total = sum(g.bal[i["id"]] for i in invs)
            g.emit(P(total, cur, payer, cid, "\n".join(lines), None),
                   L("applied", [(i, g.bal[i["id"]]) for i in invs], reason="MT103 field 70 lists the invoices; amounts add up",
                     note=f"SWIFT field 70 in 4x35 lines lists {', '.join(i['number'] for i in invs)}; total equals the amount. {desc_payer(mode, c)}."),
                   "mt103-field70-complete")
            return
        # cut: the last listed invoice must straddle character 140
        if len(text) <= 140:
            continue
        pos = len(head)
        last = None
        for j, r_ in enumerate(rend):
            if pos + len(r_) > 140:
                last = j
                break
            pos += len(r_) + len(sep)
        if last is None or last == 0:
            continue
        vis = 140 - pos
        if vis < 3 or vis >= len(rend[last]):
            continue
        invs, rend = invs[:last + 1], rend[:last + 1]
        visible = rend[last][:vis]
        shown = invs[:last]
        rem = g.bal[invs[last]["id"]]
        others = [i for i in g.open_all(c["id"], cur) if i not in shown]
        fits = [i for i in others if render_num(i, st).startswith(visible) and g.bal[i["id"]] == rem]
        if fits != [invs[last]]:
            continue
        text = head + sep.join(rend)
        lines = mt_lines(text, True)
        total = sum(g.bal[i["id"]] for i in invs)
        g.emit(P(total, cur, payer, cid, "\n".join(lines), None),
               L("applied", [(i, g.bal[i["id"]]) for i in invs],
                 reason="field 70 cut at 140 characters; the cut number and the remaining amount identify one invoice",
                 note=(f"Field 70 is cut at 4x35 inside the last number ('{visible}'). Visible invoices "
                       f"{', '.join(i['number'] for i in shown)} plus the only open invoice of {c['name']} starting with "
                       f"'{visible}' whose balance equals the remainder ({invs[last]['number']}, {s2(rem)}) add up exactly. {desc_payer(mode, c)}.")),
               "mt103-field70-cut-reconciles")
        return
    raise Skip


def sc_mt103_cut_ambiguous(g):
    dups = [(cid, a, b) for cid, a, b in g.groups["dup"] if cid not in g.locked and a["currency"] == g.cust[cid]["cur"]
            and g.bal[a["id"]] == g.bal[b["id"]] and a["id"] in [i["id"] for i in g.free(cid, planted_ok=True)]
            and b["id"] in [i["id"] for i in g.free(cid, planted_ok=True)]
            and g.reserved.get(a["id"]) == "planted" and g.reserved.get(b["id"]) == "planted"]
    R.shuffle(dups)
    for cid, a, b in dups:
        c = g.cust[cid]
        cur = a["currency"]
        fr = [i for i in g.free(cid, cur) if i not in (a, b)]
        if not fr:
            continue
        st = pick(["full", "yyseq"])
        sep = pick([" ", ",", " / "])
        for _ in range(60):
            head = pick(MT_HEADS)
            shown = sorted(R.sample(fr, R.randint(1, min(4, len(fr)))), key=lambda i: i["number"])
            rend = [render_num(i, st) for i in shown]
            lastr = render_num(a, st)
            other = render_num(b, st)
            common = next((n for n, (x, y) in enumerate(zip(lastr, other)) if x != y), len(lastr))
            if common < 3:
                continue
            vis_target = R.randint(3, min(common, len(lastr) - 1))
            pos = len(head) + sum(len(r_) + len(sep) for r_ in rend)
            n_fill = 140 - pos - vis_target
            if n_fill < 0:
                continue
            filler = ("ORDERING CUSTOMER " + payer_variant(c, upper=True) + " SUPPLY OF BUILDING MATERIALS PROJECT "
                      + pick(["JVC", "AL QUOZ", "MUSAFFAH", "KHOBAR", "NEW CAIRO"]) + " AS PER STATEMENT OF ACCOUNT" * 4)[:n_fill]
            if filler:
                filler = filler[:-1] + " " if len(filler) > 1 else " "
            head = filler + head
            pos = len(head) + sum(len(r_) + len(sep) for r_ in rend)
            vis = 140 - pos
            if vis < 2 or vis >= len(lastr):
                continue
            visible = lastr[:vis]
            if not render_num(b, st).startswith(visible):
                continue
            rem = g.bal[a["id"]]
            others = [i for i in g.open_all(cid, cur) if i not in shown]
            fits = [i for i in others if render_num(i, st).startswith(visible) and g.bal[i["id"]] == rem]
            if sorted(x["id"] for x in fits) != sorted([a["id"], b["id"]]):
                continue
            text = head + sep.join(rend + [lastr])
            lines = mt_lines(text, True)
            total = sum(g.bal[i["id"]] for i in shown) + rem
            mode, payer, pid = g.ident(c, pick(["id", "name"]), allow_ar=False)
            first, second = sorted([a, b], key=lambda i: i["due_date"])
            g.emit(P(total, cur, payer, pid, "\n".join(lines), None),
                   L("review", [], total, cands=[shown + [first], shown + [second]],
                     reason="field 70 cut inside the last number; two open invoices fit the visible part and the remainder",
                     note=(f"Cut at 140 characters after '{visible}'. The remainder {s2(rem)} equals both {a['number']} and "
                           f"{b['number']} of {c['name']} (same amount, both start with '{visible}'), so which one is paid is unknown. "
                           f"{desc_payer(mode, c)}.")),
                   "mt103-field70-cut-ambiguous")
            g.release([a, b])
            return
    raise Skip


def typo_digits(s):
    idx = [k for k, ch in enumerate(s) if ch.isdigit()]
    op = R.randrange(3)
    if op == 0:
        k = R.randrange(len(idx) - 1)
        i1, i2 = idx[k], idx[k + 1]
        if i2 != i1 + 1 or s[i1] == s[i2]:
            return None
        return s[:i1] + s[i2] + s[i1] + s[i2 + 1:]
    if op == 1:
        k = pick(idx[2:])
        return s[:k] + s[k + 1:]
    k = pick(idx[2:])
    d = pick([x for x in "0123456789" if x != s[k]])
    return s[:k] + d + s[k + 1:]


def digits_of(s):
    return "".join(ch for ch in s if ch.isdigit())


def sc_typo(g):
    c = pick(g.custs_ok(lambda c: g.free(c["id"]), named=False))
    inv = pick(g.free(c["id"]))
    cur = inv["currency"]
    amt = g.bal[inv["id"]]
    if g.subsets(g.open_all(c["id"], cur), amt) != [[inv]]:
        raise Skip
    st = pick(["full", "yyseq", "space"])
    good = render_num(inv, st)
    bad = typo_digits(good)
    if not bad or digits_of(bad) == digits_of(good):
        raise Skip
    for i in g.invs:
        if i["currency"] == cur and digits_of(render_num(i, st)) == digits_of(bad):
            if i["customer_id"] == c["id"] or g.bal[i["id"]] == amt:
                raise Skip
    mode, payer, cid = g.ident(c, pick(["id", "id", "name"]), allow_ar=False)
    lang = g.lang_for(c)
    t = fill(pick(AR_SINGLE if lang == "ar" else EN_SINGLE), r=digits_lang(bad, lang), item="", payer="")
    g.emit(P(amt, cur, payer, cid, t, None),
           L("applied", [(inv, amt)], reason="reference has a typo; identified customer and unique exact balance",
             note=(f"Reference '{bad}' is a typo of {inv['number']} (no open invoice of this customer carries it, and no invoice "
                   f"with that number has this amount); {desc_payer(mode, c)} and {inv['number']} is its only open invoice with this balance.")),
           "typo-reference")


def sc_po_trap(g):
    c = pick(g.custs_ok(lambda c: g.free(c["id"]), named=False))
    inv = pick(g.free(c["id"]))
    cur = inv["currency"]
    amt = g.bal[inv["id"]]
    if g.subsets(g.open_all(c["id"], cur), amt) != [[inv]]:
        raise Skip
    others = [i for i in g.invs if i["currency"] == cur and i["customer_id"] != c["id"] and g.bal[i["id"]] > 0
              and g.bal[i["id"]] != amt]
    other = pick(others)
    tok = render_num(other, pick(["yyseq", "yyseq", "nosep"]))
    if cur == "AED":
        tok = tok.replace("INV", "")
    lang = g.lang_for(c, 0.25)
    if lang == "ar":
        t = pick(["أمر شراء رقم {t}", "إذن تسليم رقم {t}", "سداد أمر الشراء {t}"]).format(t=digits_lang(tok, "ar", 0.4))
    else:
        t = pick(["LPO {t}", "PO NO {t}", "DN {t}", "OUR PO {t} / DN {d}", "LPO# {t} PAYMENT", "PAYMENT AGAINST LPO NO. {t}",
                  "DELIVERY NOTE {t}", "PO-{t} SITE {s}"]).format(t=tok, d=R.randint(70000, 99999),
                                                                 s=pick(["JVC", "AL QUOZ", "YAS", "MUSAFFAH", "KHOBAR", "6TH OCT"]))
    mode, payer, cid = g.ident(c, pick(["id", "id", "name"]), allow_ar=False)
    g.emit(P(amt, cur, payer, cid, t, None),
           L("applied", [(inv, amt)], reason="PO/delivery-note number is not an invoice; identified customer, unique exact balance",
             note=(f"'{t}' quotes the customer's PO / delivery note; its digits coincide with {other['number']} of another customer "
                   f"({other['customer_name']}, different amount), which must not be used. {desc_payer(mode, c)}; {inv['number']} is its only open invoice with this balance.")),
           "po-dn-number-lookalike")


def sc_retention_release(g):
    pool = [i for i in g.groups["retention"] if g.reserved.get(i["id"]) == "planted" and g.bal[i["id"]] == i["balance"]
            and i["customer_id"] not in g.locked]
    if not pool:
        raise Skip
    inv = pick(pool)
    c = g.cust[inv["customer_id"]]
    amt = g.bal[inv["id"]]
    pct = int(inv["retention_pct"] * 100)
    mode, payer, cid = g.ident(c, pick(["id", "name", "ar" if c["ar"] else "id"]))
    lang = g.lang_for(c, 0.3)
    r = g.num(inv, True, lang, ["full", "yyseq", "space"])
    proj = pick(["MARINA TOWER", "VILLA 14 AL BARSHA", "WAREHOUSE MUSAFFAH M-37", "SCHOOL PROJECT", "KING FAHD RD PLAZA",
                 "NEW CAIRO COMPOUND B4", "SITE 22"])
    if lang == "ar":
        t = pick(["صرف المحتجزات {p}٪ فاتورة {r}", "الإفراج عن مبلغ ضمان حسن التنفيذ فاتورة رقم {r}", "دفعة المحتجز {p}% عن الفاتورة {r}"]).format(p=to_ar(str(pct)), r=r)
    else:
        t = pick(["RETENTION RELEASE INV {r}", "REL OF {p}PCT RETENTION {r} {j}", "{p}% RETENTION - {r} - {j}",
                  "Retention money release against inv {r}", "FINAL RETENTION {r} PROJ {j}"]).format(p=pct, r=r, j=proj)
    remit = None
    if chance(0.3):
        remit = (f"Dear Sir,\nFollowing the handover of {proj.title()}, we have released the {pct}% retention held against your invoice "
                 f"{r}, amount {c['cur']} {money(amt)}.\nRegards,\n{pick(SENDERS)}")
    g.emit(P(amt, inv["currency"], payer, cid, t, remit),
           L("applied", [(inv, amt)], reason=f"retention release equals the invoice's open balance",
             note=(f"{inv['number']} (total {s2(inv['total'])}) has only its {pct}% retention ({s2(amt)}) open; the release pays exactly that balance. "
                   f"{desc_payer(mode, c)}.")),
           "retention-release")
    g.release([inv])


def cheque_ref(no, bank, lang):
    if lang == "ar":
        return pick(["شيك رقم {n}", "تحصيل شيك {n}", "مقاصة شيك رقم {n} {b}"]).format(n=to_ar(no) if chance(0.6) else no, b=bank)
    return pick(["INWARD CLEARING CHQ NO {n}", "CHQ {n} CLRD", "CLG/CHQ/{n}/{b}", "PDC {n} CLEARED", "CHEQUE DEPOSIT {n}",
                 "OW CLG CHQ {n} {b}"]).format(n=no, b=bank.split()[0].upper())


def pdc_letter(g, c, cur, sched, lang, bank):
    """sched: list of (cheque no, date, amount, invoice render, note)."""
    if lang == "ar":
        head = [pick(GREET_AR).format(ours=OURS_AR[cur]), "تحية طيبة وبعد،،",
                f"نرفق لسيادتكم الشيكات المؤجلة التالية مسحوبة على {bank}:"]
        rows = [f"- شيك رقم {to_ar(no)} بتاريخ {to_ar(dmy(d))} بمبلغ {money(a, 'ar')} {CUR_AR[cur]} عن الفاتورة {to_ar(r_)}{(' ' + n_) if n_ else ''}"
                for no, d, a, r_, n_ in sched]
        tail = ["", "برجاء التكرم بالاستلام.", pick(CLOSE_AR), pick(SENDERS_AR), c["ar"] or c["name"]]
    else:
        head = [pick(GREET_EN), "", typo(pick(["Please receive the following post-dated cheques drawn on {b} against your invoices:",
                                              "As agreed, we handed over to your salesman the below PDCs ({b}):",
                                              "PDC schedule for the outstanding invoices, cheques drawn on {b}:"]).format(b=bank))]
        rows = ["Chq No.   Chq date     Amount        Invoice"]
        rows += [f"{no}    {dmy(d)}   {money(a):>12}  {r_}{('  ' + n_) if n_ else ''}" for no, d, a, r_, n_ in sched]
        tail = ["", typo(pick(["Kindly acknowledge receipt.", "Pls acknowledge and send receipt voucher.", "Kindly confirm."])),
                pick(CLOSE_EN), pick(SENDERS), c["name"]]
    return "\n".join(head + rows + tail)


def sc_pdc_chain(g, instalments=False):
    cur_ok = ("AED", "SAR", "EGP")
    if instalments:
        c = pick(g.custs_ok(lambda c: c["cur"] in cur_ok and any(g.bal[i["id"]] > 9000 * FX[c["cur"]] for i in g.free(c["id"], c["cur"]))))
        inv = pick([i for i in g.free(c["id"], c["cur"]) if g.bal[i["id"]] > 9000 * FX[c["cur"]]])
        bal = g.bal[inv["id"]]
        a1 = q((bal * D("0.4")).to_integral_value())
        a2 = q((bal * D("0.3")).to_integral_value())
        amts = [a1, a2, bal - a1 - a2]
        targets = [inv, inv, inv]
        others = [i for i in g.open_all(c["id"], c["cur"]) if i is not inv]
        for a in amts:
            if g.subsets(others, a):
                raise Skip
    else:
        dup = [(cid, a, b) for cid, a, b in g.groups["dup"] if cid not in g.locked and g.cust[cid]["cur"] in cur_ok
               and g.reserved.get(a["id"]) == "planted" and g.reserved.get(b["id"]) == "planted"
               and a in g.free(cid, planted_ok=True) and b in g.free(cid, planted_ok=True)]
        if dup and chance(0.5):
            cid, a, b = pick(dup)
            c = g.cust[cid]
            targets = [a, b]
            extra = g.free(cid, c["cur"])
            if extra and chance(0.5):
                targets.append(pick(extra))
        else:
            c = pick(g.custs_ok(lambda c: c["cur"] in cur_ok and len(g.free(c["id"], c["cur"])) >= 2))
            fr = g.free(c["id"], c["cur"])
            targets = R.sample(fr, min(len(fr), pick([2, 2, 3])))
        targets.sort(key=lambda i: i["due_date"])
        amts = [g.bal[i["id"]] for i in targets]
    cur = c["cur"]
    lang = g.lang_for(c, 0.35)
    bank = pick(LC_BANKS[cur])
    first_no = R.randint(100, 990000)
    gaps = [0]
    for _ in range(1, len(targets)):
        gaps.append(gaps[-1] + R.randint(70, 120))
    if g.pos + gaps[-1] > 380:
        raise Skip
    sched = []
    for k, (i, a) in enumerate(zip(targets, amts)):
        no = f"{first_no + k:06d}"
        d = date_for(g.pos + gaps[k]) - timedelta(days=R.randint(4, 9)) if k else g.today - timedelta(days=R.randint(0, 5))
        n_ = ""
        if instalments:
            n_ = f"({k + 1}/3)" if lang == "en" else f"(قسط {to_ar(str(k + 1))} من ٣)"
        sched.append((no, d, a, render_num(i, pick(["full", "yyseq"])) if k == 0 or not instalments else sched[0][3], n_))
    letter = pdc_letter(g, c, cur, sched, lang, bank)
    g.reserve(targets, "pdc")
    g.locked.add(c["id"])
    mode, payer, cid = g.ident(c, pick(["id", "id", "name"]), allow_ar=False)
    payer0 = payer

    def clear(k):
        no, d, a, r_, n_ = sched[k]
        inv = targets[k]
        last = (k == len(sched) - 1)
        assert g.today >= d, ("cheque presented before its date", no, g.today, d)
        if instalments:
            status = "applied" if last else "partial"
            note = (f"Cheque {no} is instalment {k + 1} of 3 for {inv['number']} in the PDC letter; "
                    + ("it clears the rest of the invoice." if last else "the invoice stays open for the later cheques."))
        else:
            status = "applied"
            note = f"Cheque {no} is mapped to {inv['number']} in the customer's PDC letter (the remittance); amount equals its balance."
            if len({x for x in amts}) < len(amts) and g.bal[inv["id"]] == a:
                twins = [t for t in targets if t is not inv and g.bal[t["id"]] == a]
                if twins:
                    note += f" {twins[0]['number']} has the same amount; only the cheque number tells them apart."
        assert g.bal[inv["id"]] >= a
        g.emit(P(a, cur, payer0, cid, cheque_ref(no, bank, lang), letter),
               L(status, [(inv, a)], reason=f"post-dated cheque {no} per the customer's PDC schedule", note=note),
               "pdc-instalment" if instalments else "pdc-cheque-schedule")
        if last:
            g.locked.discard(c["id"])
            g.release(targets)

    clear(0)
    for k in range(1, len(sched)):
        g.later(gaps[k], (lambda kk: (lambda: clear(kk)))(k))


def sc_batch_deposit(g):
    cur = pick(["AED", "AED", "SAR"])
    cs = [c for c in g.custs_ok(lambda c: c["cur"] == cur and g.free(c["id"], cur), named=True)]
    chosen = R.sample(cs, R.randint(3, 5))
    rows, apps = [], []
    for c in chosen:
        inv = pick(g.free(c["id"], cur))
        rows.append((f"{R.randint(100000, 999999)}", payer_variant(c), g.bal[inv["id"]], inv))
        apps.append((inv, g.bal[inv["id"]]))
    total = sum(a for _, a in apps)
    slip = R.randint(10000, 99999)
    lines = [pick(["Collection sheet - salesman {s}", "Cheques collected by {s} and deposited today", "DEPOSIT SLIP {n} - cheques of {s}"]).format(
        s=pick(["Anwar (route 3)", "Shibu K.", "Ahmed Z.", "Ravi (Sharjah route)", "Fahad"]), n=slip), ""]
    lines.append("No.  Chq no   Drawer                               Amount      Our inv")
    for k, (no, drawer, a, inv) in enumerate(rows, 1):
        lines.append(f"{k}.   {no}   {drawer:<35}  {money(a):>12}  {render_num(inv, pick(['full', 'yyseq']))}")
    lines.append(f"Total {len(rows)} cheques: {money(total)}")
    g.emit(P(total, cur, pick(["CHEQUE DEPOSIT", "CLG DEP {n} ITEMS", "CDM CHQ DEPOSIT", "BRANCH CHQ DEP"]).format(n=len(rows)), None,
             pick(["CHQ DEP SLIP {n}", "CLEARING BATCH {n}", "DEP {n} / {k} CHQS"]).format(n=slip, k=len(rows)), "\n".join(lines)),
           L("applied", apps, reason="one deposit of several customers' cheques; the collection sheet maps each cheque to an invoice",
             note=f"Single credit for {len(rows)} cheques from different customers; each line names the drawer, amount and invoice, and the lines add up to the credit."),
           "cheque-batch-multi-customer")


def lc_number():
    return pick(["{b}ILC{y}{n}", "ILC{y}{n}", "DC{b}{y}{n}", "{b}LCS{y}{n}"]).format(
        b=f"{R.randint(100, 999)}", y="25", n=f"{R.randint(10000, 99999)}")


def sc_lc(g, short=False):
    big = lambda c: [i for i in g.free(c["id"], c["cur"]) if g.bal[i["id"]] >= 15000 * FX[c["cur"]]]
    c = pick(g.custs_ok(lambda c: big(c) and c["cur"] in ("USD", "AED", "SAR", "EGP")))
    cur = c["cur"]
    inv = pick(big(c))
    bal = g.bal[inv["id"]]
    bank = pick(LC_BANKS[cur])
    lc = lc_number()
    r = render_num(inv, pick(["full", "full", "yyseq"]))
    if short:
        fee_unit = {"USD": D(1), "AED": D("3.6725"), "SAR": D("3.75"), "EGP": D("48")}[cur]
        disc = q(pick([D(75), D(80), D(100), D(120)]) * fee_unit)
        chg = q(pick([D(25), D(35), D(40), D(50)]) * fee_unit)
        ded = disc + chg
        amt = bal - ded
        if g.subsets(g.open_all(c["id"], cur), amt):
            raise Skip
    else:
        amt = bal
    text = f"/LC/{lc} DRAWING\n/INV/{r}\nAPPLICANT {payer_variant(c, upper=True)}"[:140]
    if short:
        remit = (f"We advise having effected payment under our documentary credit no. {lc} issued on behalf of {c['name'].rstrip('.')}.\n"
                 f"Documents value: {cur} {money(bal)} (your invoice {r})\n"
                 f"Less discrepancy fee: {cur} {money(disc)}\nLess our charges: {cur} {money(chg)}\n"
                 f"Net amount paid: {cur} {money(amt)}\nTrade Finance Operations\n{bank}")
        g.emit(P(amt, cur, bank, None, text, remit),
               L("partial", [(inv, amt)], short={"invoice_id": inv["id"], "amount": s2(ded), "reason": "LC discrepancy fee and bank charges deducted"},
                 reason="LC drawing for the invoice, net of discrepancy fee and charges",
                 note=f"Issuing bank pays the LC drawing for {inv['number']} ({c['name']}) and deducts a discrepancy fee plus charges ({s2(ded)}) that the advice lists: a short pay, the rest stays open."),
               "lc-drawing-less-fees")
    else:
        remit = None
        if chance(0.6):
            remit = (f"We advise having effected payment under documentary credit {lc} for {cur} {money(amt)}, "
                     f"being full value of documents presented (commercial invoice {r}). All charges for the applicant's account.\n{bank}")
        g.emit(P(amt, cur, bank, None, text, remit),
               L("applied", [(inv, amt)], reason="LC drawing naming the invoice, full value",
                 note=f"Paid by the issuing bank ({bank}), customer_id null; the drawing names {inv['number']} of {c['name']} and pays its exact balance."),
               "lc-drawing")


def sc_same_amount_other_customers(g):
    grps = []
    for grp in g.groups["xsame"]:
        for x in grp:
            if (x["customer_id"] not in g.locked and g.reserved.get(x["id"]) == "planted" and x in g.free(x["customer_id"], planted_ok=True)
                    and sum(1 for y in grp if g.bal[y["id"]] == g.bal[x["id"]] and y is not x) >= 1):
                grps.append((grp, x))
    if not grps:
        raise Skip
    grp, x = pick(grps)
    c = g.cust[x["customer_id"]]
    cur = x["currency"]
    amt = g.bal[x["id"]]
    if g.subsets(g.open_all(c["id"], cur), amt) != [[x]]:
        raise Skip
    mode, payer, cid = g.ident(c, pick(["id", "id", "name"]), allow_ar=False)
    ref = pick([None, fill(pick(GENERIC_EN)), fill(pick(GENERIC_AR)), "LPO " + str(R.randint(70000, 99999))])
    others = [y for y in grp if y is not x and g.bal[y["id"]] == amt]
    g.emit(P(amt, cur, payer, cid, ref, None),
           L("applied", [(x, amt)], reason="identified customer; its only open invoice with this amount",
             note=(f"{desc_payer(mode, c)}. {', '.join(y['number'] + ' (' + y['customer_name'] + ')' for y in others)} carry the same amount "
                   f"at other customers, but the payer is identified and {x['number']} is its only matching open invoice.")),
           "same-amount-other-customers")
    g.release([x])


def sc_sequential_dup(g):
    dup = [(cid, a, b) for cid, a, b in g.groups["dup"] if cid not in g.locked and g.reserved.get(a["id"]) == "planted"
           and g.reserved.get(b["id"]) == "planted" and a in g.free(cid, planted_ok=True) and b in g.free(cid, planted_ok=True)
           and g.bal[a["id"]] == g.bal[b["id"]]]
    if not dup:
        raise Skip
    cid, a, b = pick(dup)
    c = g.cust[cid]
    cur = a["currency"]
    amt = g.bal[a["id"]]
    found = g.subsets(g.open_all(cid, cur), amt)
    if sorted([s_[0]["id"] for s_ in found if len(s_) == 1]) != sorted([a["id"], b["id"]]) or len(found) != 2:
        raise Skip
    first, second = (a, b) if chance(0.5) else (b, a)
    mode, payer, pid = g.ident(c, pick(["id", "name"]), allow_ar=False)
    lang = g.lang_for(c)
    ref, r = ref_single(g, c, first, lang, styles=["full", "yyseq", "space"])
    g.reserve([a, b], "seq")
    g.locked.add(cid)
    g.emit(P(amt, cur, payer, pid, ref, None),
           L("applied", [(first, amt)], reason=f"reference {first['number']} and exact balance",
             note=f"{second['number']} has the same amount, but the reference names {first['number']}. {desc_payer(mode, c)}."),
           "same-amount-pair-referenced")
    date1 = g.today

    def follow():
        if g.subsets(g.open_all(cid, cur), amt) != [[second]]:
            raise AssertionError("sequential follow-up lost uniqueness")
        mode2, payer2, pid2 = g.ident(c, pick(["id", "name"]), allow_ar=False)
        g.emit(P(amt, cur, payer2, pid2, pick([None, fill(pick(GENERIC_EN)), fill(pick(GENERIC_AR))]), None),
               L("applied", [(second, amt)], reason="identified customer; the only open invoice left with this amount",
                 note=(f"Before {date1.isoformat()} two invoices of {c['name']} had this amount; the earlier payment of this batch "
                       f"(reference {first['number']}) closed one, so {second['number']} is now the only open invoice with this balance. "
                       f"No reference points at the paid one. {desc_payer(mode2, c)}.")),
               "same-amount-after-earlier-payment")
        g.locked.discard(cid)
        g.release([a, b])
    g.later(R.randint(10, 60), follow)


def sc_dual_currency(g):
    pool = [(cid, a, u) for cid, a, u in g.groups["dualsame"] if cid not in g.locked and g.reserved.get(u["id"]) == "planted"
            and u in g.free(cid, planted_ok=True) and g.bal[a["id"]] == g.bal[u["id"]]]
    if not pool:
        raise Skip
    cid, a, u = pick(pool)
    c = g.cust[cid]
    amt = g.bal[u["id"]]
    if g.subsets(g.open_all(cid, "USD"), amt) != [[u]]:
        raise Skip
    mode, payer, pid = g.ident(c, pick(["id", "name"]), allow_ar=False)
    ref = pick([None, "RE-EXPORT SHIPMENT PAYMENT", fill(pick(GENERIC_EN)), "PAYMENT USD ACCOUNT"])
    g.emit(P(amt, "USD", payer, pid, ref, None),
           L("applied", [(u, amt)], reason="identified customer; only USD invoice with this amount",
             note=(f"{c['name']} has {a['number']} in AED and {u['number']} in USD with the same figure {s2(amt)}; the payment is in USD, "
                   f"so only {u['number']} can take it. {desc_payer(mode, c)}.")),
           "dual-currency-same-figure")
    g.release([u])


# ---------------------------------------------------------------- partial payments and short pays
def pick_single(g, cur_ok=None, min_bal=D(0), untouched=False, named=False):
    def ok(c):
        if cur_ok and c["cur"] not in cur_ok:
            return False
        return any(g.bal[i["id"]] >= min_bal * FX[c["cur"]] and (not untouched or g.bal[i["id"]] == i["total"])
                   for i in g.free(c["id"], c["cur"]))
    c = pick(g.custs_ok(ok, named=named))
    inv = pick([i for i in g.free(c["id"], c["cur"]) if g.bal[i["id"]] >= min_bal * FX[c["cur"]]
                and (not untouched or g.bal[i["id"]] == i["total"])])
    return c, inv


def no_other_fit(g, c, inv, amt):
    others = [i for i in g.open_all(c["id"], inv["currency"]) if i is not inv]
    return not g.subsets(others, amt)


PART_EN = ["PART PAYMENT INV {r}", "1st instalment inv {r}", "part pmt {r} balance to follow", "{r} - part settlement",
           "PARTIAL PAYMENT AGAINST INVOICE {r}", "Part payment of invoice {r}, remaining next month", "INV {r} PART PYMT 1"]
PART_AR = ["دفعة جزئية من الفاتورة {r}", "الدفعة الأولى من قيمة الفاتورة {r}", "دفعة تحت الحساب من فاتورة {r} والباقي لاحقاً",
           "جزء من قيمة الفاتورة رقم {r}"]


def sc_part(g):
    c, inv = pick_single(g, min_bal=D(3000))
    bal = g.bal[inv["id"]]
    unit = {"AED": 1000, "SAR": 1000, "EGP": 10000, "USD": 500}[c["cur"]]
    k = R.choice([D("0.25"), D("0.4"), D("0.5"), D("0.6")])
    amt = q((bal * k / unit).to_integral_value() * unit) if chance(0.6) else q(bal * k)
    if not (ZERO < amt < bal) or not no_other_fit(g, c, inv, amt):
        raise Skip
    mode, payer, cid = g.ident(c)
    lang = g.lang_for(c)
    r = g.num(inv, True, lang, ["full", "yyseq", "space", "short"] if mode != "ar" else ["full", "yyseq"])
    ref = fill(pick(PART_AR if lang == "ar" else PART_EN), r=r)
    g.reserve([inv], "part")
    g.emit(P(amt, c["cur"], payer, cid, ref, None),
           L("partial", [(inv, amt)], reason=f"stated part payment of {inv['number']}",
             note=f"The reference says this is a part payment of {inv['number']} ({c['name']}); {s2(bal - amt)} stays open on purpose. {desc_payer(mode, c)}."),
           "part-payment-stated")
    if chance(0.55):
        def rest():
            b2 = g.bal[inv["id"]]
            mode2, payer2, cid2 = g.ident(c, pick(["id", "name"]) if not c["twin_of"] else "id", allow_ar=False)
            r2 = g.num(inv, True, lang, ["full", "yyseq"])
            ref2 = fill(pick(["BALANCE PAYMENT INV {r}", "final pmt {r}", "remaining amount inv {r}", "سداد باقي قيمة الفاتورة {r}",
                              "{r} BALANCE"]), r=r2)
            g.emit(P(b2, c["cur"], payer2, cid2, ref2, None),
                   L("applied", [(inv, b2)], reason=f"balance of {inv['number']} after the earlier part payment",
                     note=f"An earlier payment of this batch part-paid {inv['number']}; this one pays exactly the rest. {desc_payer(mode2, c)}."),
                   "part-payment-balance")
            g.release([inv])
        g.later(R.randint(15, 90), rest)


def sc_vat_separate(g):
    c, inv = pick_single(g, cur_ok=("AED", "SAR", "EGP"), min_bal=D(1500), untouched=True)
    net, vat = inv["net"], inv["vat"]
    if not (no_other_fit(g, c, inv, net) and no_other_fit(g, c, inv, vat)):
        raise Skip
    mode, payer, cid = g.ident(c)
    lang = g.lang_for(c, 0.4)
    r = g.num(inv, True, lang, ["full", "yyseq", "space"])
    pct = int(VAT[c["cur"]] * 100)
    if lang == "ar":
        ref = f"سداد قيمة الفاتورة {r} بدون الضريبة"
        remit = (f"السادة/ {OURS_AR[c['cur']]}\nتم تحويل صافي قيمة الفاتورة {r} بمبلغ {money(net, 'ar')} {CUR_AR[c['cur']]} "
                 f"بدون ضريبة القيمة المضافة ({to_ar(str(pct))}٪)، وسيتم تحويل مبلغ الضريبة {money(vat, 'ar')} بشكل منفصل.\n{pick(CLOSE_AR)}\n{pick(SENDERS_AR)}")
    else:
        ref = pick(["INV {r} NET OF VAT", "{r} EXCL VAT", "INV {r} BASIC AMT", "PAYMENT {r} (VAT SEPARATELY)"]).format(r=r)
        remit = typo(pick(["Dear Sir,\nWe have paid the net value of invoice {r} ({cur} {n}). The {p}% VAT of {cur} {v} will be transferred separately {when}.\nRegards,\n{s}",
                           "Hi,\nPayment for {r} is excluding VAT; VAT amount {cur} {v} will follow {when}.\n{s}\nAccounts"]).format(
            r=r, cur=c["cur"], n=money(net), v=money(vat), p=pct, s=pick(SENDERS),
            when=pick(["next week", "once our VAT return is filed", "after month end", "in a separate transfer"])))
    g.reserve([inv], "vat")
    g.locked.add(c["id"])
    g.emit(P(net, c["cur"], payer, cid, ref, remit),
           L("partial", [(inv, net)], reason=f"net of {inv['number']} paid, VAT to follow separately",
             note=f"Customer pays the net value of {inv['number']} and says the {pct}% VAT ({s2(vat)}) follows separately: a part payment, nothing disputed. {desc_payer(mode, c)}."),
           "vat-paid-separately-net")

    def vat_leg():
        assert g.bal[inv["id"]] == vat
        mode2, payer2, cid2 = g.ident(c, None)
        r2 = g.num(inv, True, "en", ["full", "yyseq"])
        ref2 = pick(["VAT {p}% INV {r}", "VAT AMOUNT {r}", "ضريبة القيمة المضافة فاتورة {r}", "OUTPUT VAT ON {r}", "VAT FOR INVOICE {r}"]).format(p=pct, r=r2)
        g.emit(P(vat, c["cur"], payer2, cid2, ref2, None),
               L("applied", [(inv, vat)], reason=f"VAT portion of {inv['number']}",
                 note=f"Second leg: the VAT of {inv['number']} ({s2(vat)}) that the earlier net payment left open. {desc_payer(mode2, c)}."),
               "vat-paid-separately-vat")
        g.locked.discard(c["id"])
        g.release([inv])
    g.later(R.randint(12, 70), vat_leg)


def sc_wht_egypt(g):
    c, inv = pick_single(g, cur_ok=("EGP",), min_bal=D(800), untouched=True)
    wht = q(inv["net"] * D("0.01"))
    amt = inv["total"] - wht
    if not no_other_fit(g, c, inv, amt):
        raise Skip
    mode, payer, cid = g.ident(c)
    lang = "ar" if c["ar"] and chance(0.75) else "en"
    r = g.num(inv, True, lang, ["full", "yyseq", "alt", "short"] if mode != "ar" else ["full", "yyseq"])
    if lang == "ar":
        ref = pick(["سداد فاتورة {r} بعد خصم ١٪ ضريبة خصم وإضافة", "فاتورة {r} صافي بعد الخصم من المنبع", "سداد ف {r} - خصم وإضافة"]).format(r=r)
        remit = (f"{pick(GREET_AR).format(ours=OURS_AR['EGP'])}\nتحية طيبة وبعد،،\nتم سداد الفاتورة رقم {r} بإجمالي {money(inv['total'], 'ar')} جنيه "
                 f"بعد خصم مبلغ {money(wht, 'ar')} جنيه قيمة ضريبة الخصم والإضافة (١٪ من قيمة الفاتورة قبل الضريبة)، "
                 f"وسيتم موافاتكم بنموذج ٤١ خصم وإضافة عند تقديمه لمصلحة الضرائب.\n{pick(CLOSE_AR)}\n{pick(SENDERS_AR)}\n{c['ar']}")
    else:
        ref = f"INV {r} LESS 1PCT WHT"
        remit = (f"Dear Sirs,\nPlease note payment of invoice {r}: gross EGP {money(inv['total'])} less withholding tax 1% "
                 f"(EGP {money(wht)}) = EGP {money(amt)}. Form 41 will be sent after quarterly submission.\n{pick(SENDERS)}")
    g.emit(P(amt, "EGP", payer, cid, ref, remit),
           L("partial", [(inv, amt)], short={"invoice_id": inv["id"], "amount": s2(wht), "reason": "withholding tax 1% (Form 41 to follow)"},
             reason=f"{inv['number']} paid less 1% withholding tax",
             note=f"Egyptian customer deducts 1% withholding tax (خصم وإضافة) on the pre-VAT value of {inv['number']} ({s2(wht)}): a deduction the customer will not pay us, so a short pay that waits for Form 41. {desc_payer(mode, c)}."),
           "withholding-tax-deducted")


DEDUCTIONS = [
    ("damaged", "less {cur} {d} for {n} damaged {it} (DN {dn})", "خصم قيمة {n} وحدة تالفة {it} بمبلغ {d}", "damaged goods"),
    ("price", "less price difference {cur} {d} - agreed rate with your salesman was lower", "خصم فرق سعر بمبلغ {d} حسب الاتفاق مع مندوبكم", "price difference"),
    ("penalty", "less delay penalty {cur} {d} (late delivery, {n} days)", "خصم غرامة تأخير توريد {d}", "late delivery penalty"),
    ("shortage", "short delivery of {n} units {it}, deducted {cur} {d}", "خصم قيمة عجز في التوريد {n} وحدة {d}", "short delivery"),
    ("return", "less value of returned material RN-{dn}: {cur} {d}", "خصم قيمة مرتجع رقم {dn} بمبلغ {d}", "returned goods"),
]


def sc_deduction(g):
    c, inv = pick_single(g, min_bal=D(2000))
    bal = g.bal[inv["id"]]
    kind, en, ar, reason = pick(DEDUCTIONS)
    d = q(bal * D(str(R.uniform(0.01, 0.09))))
    if chance(0.5):
        d = q(d.to_integral_value())
    amt = bal - d
    if d <= 0 or not no_other_fit(g, c, inv, amt):
        raise Skip
    mode, payer, cid = g.ident(c)
    lang = g.lang_for(c, 0.3)
    r = g.num(inv, True, lang, ["full", "yyseq", "space"])
    it = inv["items"][0].split()[0] if lang == "en" else ITEM_AR[inv["items"][0]]
    n = R.randint(3, 60)
    dn = R.randint(70000, 99999)
    if lang == "ar":
        body = ar.format(d=money(d, "ar"), n=to_ar(str(n)), it=it, dn=to_ar(str(dn)))
        ref = f"سداد فاتورة {r} بعد الخصم"
        remit = f"{pick(GREET_AR).format(ours=OURS_AR[c['cur']])}\nتم سداد الفاتورة {r} بمبلغ {money(amt, 'ar')} {CUR_AR[c['cur']]}\n{body}\n{pick(CLOSE_AR)}\n{pick(SENDERS_AR)}"
    else:
        body = en.format(cur=c["cur"], d=money(d), n=n, it=it, dn=dn)
        ref = pick(["INV {r} LESS DEDUCTION", "{r} NET OF DEBIT NOTE", "PAYMENT {r} (SEE ADVICE)", "INV {r}"]).format(r=r)
        remit = typo(f"{pick(GREET_EN)}\n\nInvoice {r}   {c['cur']} {money(bal)}\n{body}\nNet paid  {c['cur']} {money(amt)}\n\n{pick(CLOSE_EN)}\n{pick(SENDERS)}")
    g.emit(P(amt, c["cur"], payer, cid, ref, remit),
           L("partial", [(inv, amt)], short={"invoice_id": inv["id"], "amount": s2(d), "reason": reason},
             reason=f"{inv['number']} paid less a deduction ({reason})",
             note=f"The advice pays {inv['number']} less {s2(d)} for {reason}: a short pay, the deducted amount stays open as a deduction case. {desc_payer(mode, c)}."),
           "deduction-short-pay")


def sc_bank_charges(g):
    c, inv = pick_single(g, cur_ok=("USD", "AED", "SAR"), min_bal=D(1500), named=False)
    bal = g.bal[inv["id"]]
    cur = c["cur"]
    d = q(pick([15, 20, 25, 30, 35, 40]) * {"USD": D(1), "AED": D("3.6725"), "SAR": D("3.75")}[cur])
    if cur != "USD":
        d = q(d.to_integral_value())
    amt = bal - d
    if not no_other_fit(g, c, inv, amt):
        raise Skip
    mode, payer, cid = g.ident(c, pick(["id", "name"]), allow_ar=False)
    r = render_num(inv, pick(["full", "yyseq"]))
    text = pick(["/INV/{r}\nFULL AMOUNT {cur} {b}\nLESS CORRESPONDENT CHGS {cur} {d}",
                 "PAYMENT INV {r} {cur} {b} INTERMEDIARY BANK CHARGES {d} DEDUCTED",
                 "/RFB/{r}\n/CHGS/{cur}{d} BEN"]).format(r=r, cur=cur, b=money(bal, "plain"), d=money(d, "plain"))
    lines = []
    for ln in text.split("\n"):
        lines += [ln[i:i + 35] for i in range(0, len(ln), 35)]
    remit = None
    if chance(0.5):
        remit = typo(f"Hi,\nWe sent {cur} {money(bal)} for invoice {r} on {dmy(g.today - timedelta(days=2))}. Our bank says the intermediary bank took "
                     f"{cur} {money(d)} in charges on the way, so you will receive {money(amt)}.\n{pick(SENDERS)}")
    g.emit(P(amt, cur, payer, cid, "\n".join(lines[:4]), remit),
           L("partial", [(inv, amt)], short={"invoice_id": inv["id"], "amount": s2(d), "reason": "bank charges deducted in transit"},
             reason=f"{inv['number']} received less bank charges",
             note=f"Transfer for {inv['number']} ({c['name']}) arrives {s2(d)} short and the text says intermediary charges were deducted: a short pay for bank charges. {desc_payer(mode, c)}."),
           "bank-charges-short-pay")


def sc_retention_held(g):
    c, inv = pick_single(g, cur_ok=("AED", "SAR", "EGP"), min_bal=D(5000), untouched=True)
    bal = g.bal[inv["id"]]
    pct = pick([5, 10, 10])
    ret = q(bal * D(pct) / 100)
    amt = bal - ret
    if not no_other_fit(g, c, inv, amt):
        raise Skip
    mode, payer, cid = g.ident(c)
    lang = g.lang_for(c, 0.35)
    r = g.num(inv, True, lang, ["full", "yyseq"])
    if lang == "ar":
        ref = f"فاتورة {r} بعد حجز {to_ar(str(pct))}٪ محتجزات"
        remit = f"تم سداد الفاتورة {r} بعد حجز نسبة {to_ar(str(pct))}٪ ضمان أعمال بمبلغ {money(ret, 'ar')} تصرف بعد الاستلام النهائي للمشروع حسب العقد."
    else:
        ref = pick(["INV {r} LESS {p}% RETENTION", "{r} NET OF RETENTION", "INV {r} - {p}PCT RETAINED"]).format(r=r, p=pct)
        remit = typo(f"Dear team,\nInvoice {r}: {c['cur']} {money(bal)} less {pct}% retention {money(ret)} as per subcontract clause 14 "
                     f"(to be released after final handover) = {money(amt)} paid.\n{pick(SENDERS)}")
    g.emit(P(amt, c["cur"], payer, cid, ref, remit),
           L("partial", [(inv, amt)], reason=f"{inv['number']} paid less contractual retention",
             note=f"Customer holds {pct}% retention ({s2(ret)}) on {inv['number']} until handover and says it will be released: the rest of the invoice stays open on purpose as a part payment, not a deduction. {desc_payer(mode, c)}."),
           "retention-held")


def sc_multi_last_part(g):
    c = pick(g.custs_ok(lambda c: len(g.free(c["id"], c["cur"])) >= 3))
    fr = g.free(c["id"], c["cur"])
    k = R.randint(2, min(4, len(fr) - 1) if len(fr) > 2 else 2)
    invs = sorted(R.sample(fr, k + 1), key=lambda i: i["due_date"])
    full, last = invs[:-1], invs[-1]
    lb = g.bal[last["id"]]
    unit = {"AED": 500, "SAR": 500, "EGP": 5000, "USD": 250}[c["cur"]]
    part = q((lb * D("0.5") / unit).to_integral_value() * unit)
    if not (ZERO < part < lb):
        raise Skip
    total = sum(g.bal[i["id"]] for i in full) + part
    if len(g.subsets(g.open_all(c["id"], c["cur"]), total)):
        raise Skip
    mode, payer, cid = g.ident(c)
    lang = g.lang_for(c)
    rows = multi_rows(g, c, full + [last], lang, known=(mode != "ar"))
    rows[-1] = (rows[-1][0], part, rows[-1][2])
    if lang == "ar":
        notes = [f"ملاحظة: تم سداد جزء من الفاتورة {rows[-1][0]} والباقي ({money(lb - part, 'ar')}) سيتم سداده الشهر القادم."]
    else:
        notes = [pick(["Note: {r} is part paid, balance {b} next month.", "*{r} partially paid ({p}), remaining {b} will follow with next payment run.",
                       "Balance of inv {r} will be settled after site approval."]).format(r=rows[-1][0], b=money(lb - part), p=money(part))]
    remit = advice(g, c, c["cur"], total, rows, lang, notes=notes)
    g.emit(P(total, c["cur"], payer, cid, fill(pick(GENERIC_AR if lang == "ar" else GENERIC_EN)), remit),
           L("partial", [(i, g.bal[i["id"]]) for i in full] + [(last, part)],
             reason="advice pays some invoices in full and one in part",
             note=f"Advice pays {', '.join(i['number'] for i in full)} in full and {s2(part)} of {last['number']}, saying the rest follows. {desc_payer(mode, c)}."),
           "multi-with-stated-part")


# ---------------------------------------------------------------- unapplied
def rand_amount(cur, lo=2000, hi=60000):
    a = D(str(R.uniform(lo, hi))) * FX[cur]
    if chance(0.5):
        unit = {"AED": 500, "SAR": 500, "EGP": 5000, "USD": 100}[cur]
        return q(max(D(unit), (a / unit).to_integral_value() * unit))
    return q(a)


def sc_overpay(g):
    c = pick(g.custs_ok(lambda c: g.free(c["id"], c["cur"])))
    fr = g.free(c["id"], c["cur"])
    invs = sorted(R.sample(fr, R.randint(1, min(4, len(fr)))), key=lambda i: i["due_date"])
    s_ = sum(g.bal[i["id"]] for i in invs)
    e = q(s_ * D(str(R.uniform(0.03, 0.25))))
    if chance(0.5):
        e = q(e.to_integral_value())
    rest = [i for i in g.open_all(c["id"]) if i not in invs and i["currency"] == c["cur"]]
    if e <= 0 or (rest and g.near(rest, e)) or (rest and g.near(rest, s_ + e)):
        raise Skip
    total = s_ + e
    mode, payer, cid = g.ident(c)
    lang = g.lang_for(c)
    rows = multi_rows(g, c, invs, lang, known=(mode != "ar"))
    why = pick([None, None, "advance", "rounded"])
    notes = []
    if why == "advance":
        notes = [notes_text(lang, f"The extra {money(e)} is an advance for our next order (LPO to follow).",
                            f"المبلغ الزائد {money(e, 'ar')} دفعة مقدمة لطلبية جديدة.")]
    elif why == "rounded":
        notes = [notes_text(lang, "Amount rounded up, keep the difference on our account.", "تم تقريب المبلغ، برجاء إبقاء الفرق في حسابنا.")]
    if len(invs) == 1 and chance(0.5):
        ref, _ = ref_single(g, c, invs[0], lang)
        remit = None if not notes else "\n".join(notes)
        src = "reference"
    else:
        ref = fill(pick(GENERIC_AR if lang == "ar" else GENERIC_EN))
        remit = advice(g, c, c["cur"], s_, rows, lang, notes=notes)
        src = "advice"
    g.emit(P(total, c["cur"], payer, cid, ref, remit),
           L("unapplied", [(i, g.bal[i["id"]]) for i in invs], unapplied=e, reason="overpayment: named invoices paid, remainder held",
             note=(f"The {src} names {', '.join(i['number'] for i in invs)} ({s2(s_)}); the payment is {s2(e)} more"
                   + (" (stated as an advance/rounding)" if why else ", unexplained") +
                   f" and the excess fits no other open invoice, so it is held as unapplied cash. {desc_payer(mode, c)}.")),
           "overpayment-remainder")


def sc_advance(g):
    c = pick(g.custs_ok(lambda c: True))
    amt = rand_amount(c["cur"])
    op = g.open_all(c["id"], c["cur"])
    if op and g.near(op, amt):
        raise Skip
    mode, payer, cid = g.ident(c, pick(["id", "id", "name"]))
    lang = g.lang_for(c)
    pi = f"PI-{26}-{R.randint(10, 999):04d}"
    pi_digits = digits_of(pi)[2:].lstrip("0")
    if any(str(i["seq"]) == pi_digits for i in g.by_c[c["id"]]):
        raise Skip
    if lang == "ar":
        ref = pick(["دفعة مقدمة لطلبية جديدة", "دفعة مقدمة عرض سعر {pi}", "مقدم أمر شراء رقم {po}", "عربون توريد {it}"]).format(
            pi=pi, po=R.randint(70000, 99999), it=pick(list(ITEM_AR.values())))
    else:
        ref = pick(["ADVANCE PAYMENT {pi}", "ADV AGAINST LPO {po}", "advance for new order - {it}", "ADVANCE 30PCT PROFORMA {pi}",
                    "DOWN PAYMENT NEW PROJECT", "PREPAYMENT {pi}"]).format(pi=pi, po=R.randint(70000, 99999),
                                                                            it=pick(["rebar 40 tons", "cement 2000 bags", "tiles for villa project", "paint order"]))
    g.emit(P(amt, c["cur"], payer, cid, ref, None),
           L("unapplied", [], unapplied=amt, reason="advance payment for a future order; no invoice to apply",
             note=f"{desc_payer(mode, c)}. The text says advance/prepayment for a new order (a proforma or PO is not an invoice) and the amount fits no open invoice: held on account."),
           "advance-payment")


def sc_duplicate(g):
    c = pick(g.custs_ok(lambda c: g.free(c["id"], c["cur"]), named=False))
    inv = pick(g.free(c["id"], c["cur"]))
    amt = g.bal[inv["id"]]
    others = [i for i in g.open_all(c["id"], c["cur"]) if i is not inv]
    if g.subsets(others, amt) or g.subsets(g.open_all(c["id"], c["cur"]), amt) != [[inv]]:
        raise Skip
    mode, payer, cid = g.ident(c, pick(["id", "id", "name"]), allow_ar=False)
    lang = g.lang_for(c)
    ref, r = ref_single(g, c, inv, lang, styles=["full", "yyseq", "space"])
    g.locked.add(c["id"])
    g.emit(P(amt, c["cur"], payer, cid, ref, None),
           L("applied", [(inv, amt)], reason=f"reference {inv['number']} and exact balance",
             note=f"Reference names {inv['number']} of {c['name']}; amount equals its balance. {desc_payer(mode, c)}."),
           "single-ref-exact")
    d1 = g.today

    def again():
        if g.subsets(g.open_all(c["id"], c["cur"]), amt):
            raise AssertionError("duplicate follow-up now fits an open invoice")
        ref2 = ref if chance(0.6) else ref_single(g, c, inv, lang, styles=["full", "yyseq"])[0]
        g.emit(P(amt, c["cur"], payer, cid, ref2, None),
               L("unapplied", [], unapplied=amt, reason=f"second payment of {inv['number']}, already paid",
                 note=(f"Same amount and same invoice ({inv['number']}) as the payment of {d1.isoformat()} earlier in this batch, which "
                       f"already closed it; no other open invoice of {c['name']} fits, so the money is held unapplied. {desc_payer(mode, c)}.")),
               "duplicate-payment")
        g.locked.discard(c["id"])
    g.later(R.randint(8, 70), again)


def sc_fits_nothing(g):
    c = pick(g.custs_ok(lambda c: g.open_all(c["id"], c["cur"])))
    amt = rand_amount(c["cur"], 800, 40000)
    op = g.open_all(c["id"], c["cur"])
    if g.near(op, amt):
        raise Skip
    mode, payer, cid = g.ident(c, pick(["id", "id", "id", "name"]), allow_ar=False)
    ref = pick([None, None, fill(pick(GENERIC_EN)), fill(pick(GENERIC_AR)), "ON ACCOUNT", "PAYMENT ON ACCOUNT", "تحت الحساب"])
    g.emit(P(amt, c["cur"], payer, cid, ref, None),
           L("unapplied", [], unapplied=amt, reason="known customer; amount fits no open invoice or combination",
             note=(f"{desc_payer(mode, c)}; no reference, and {s2(amt)} is not within 3% of any open invoice or combination of up to four "
                   f"(or of the whole balance) of this customer: held on account.")),
           "known-customer-fits-nothing")


def sc_unknown_invoice(g):
    c = pick(g.custs_ok(lambda c: g.open_all(c["id"], c["cur"]), named=False))
    cur = c["cur"]
    book = [i for i in g.invs if i["book"] == cur]
    used = {(i["yy"], i["seq"]) for i in book}
    mine = [i for i in g.by_c[c["id"]] if i["book"] == cur]
    for _ in range(100):
        yy = 25
        s_ = R.randint(min(i["seq"] for i in book if i["yy"] == 25), max(i["seq"] for i in book if i["yy"] == 25))
        if (yy, s_) in used:
            continue
        if any(sum(a != b for a, b in zip(f"{s_:05d}", f"{i['seq']:05d}")) < 2 for i in mine):
            continue
        break
    else:
        raise Skip
    fake = dict(mine[0])
    fake.update(yy=yy, seq=s_)
    fake["number"] = {"AED": f"INV-{yy}-{s_:05d}", "SAR": f"SI-20{yy}-{s_:04d}", "EGP": f"EG/{yy}/{s_:04d}", "USD": f"EXP-{yy}-{s_:04d}"}[cur]
    amt = rand_amount(cur, 800, 30000)
    if g.near(g.open_all(c["id"], cur), amt):
        raise Skip
    mode, payer, cid = g.ident(c, pick(["id", "id", "name"]), allow_ar=False)
    lang = g.lang_for(c)
    r = digits_lang(render_num(fake, pick(["full", "yyseq", "space"])), lang)
    t = fill(pick(AR_SINGLE if lang == "ar" else EN_SINGLE), r=r, item="", payer="")
    g.emit(P(amt, cur, payer, cid, t, None),
           L("unapplied", [], unapplied=amt, reason="reference names no open invoice; amount fits none",
             note=(f"'{r}' ({fake['number']}) is not an open invoice of anyone (not a near-typo of this customer's open numbers) and the "
                   f"amount fits no open invoice of {c['name']}; {desc_payer(mode, c)}: held on account.")),
           "unknown-invoice-number")


def sc_paid_total_not_balance(g):
    pool = [i for i in g.groups["partpaid"] if g.reserved.get(i["id"]) == "planted" and i["customer_id"] not in g.locked
            and g.bal[i["id"]] == i["balance"] and i["issue_date"] <= g.today - timedelta(days=4)]
    if not pool:
        raise Skip
    inv = pick(pool)
    c = g.cust[inv["customer_id"]]
    amt = inv["total"]
    e = amt - g.bal[inv["id"]]
    rest = [i for i in g.open_all(c["id"], inv["currency"]) if i is not inv]
    if rest and (g.near(rest, e) or g.subsets(rest, amt)):
        raise Skip
    mode, payer, cid = g.ident(c)
    lang = g.lang_for(c)
    ref, r = ref_single(g, c, inv, lang)
    kind = "an earlier part payment" if inv["earlier"][0] == "part" else "a credit note"
    g.emit(P(amt, inv["currency"], payer, cid, ref, None),
           L("unapplied", [(inv, g.bal[inv["id"]])], unapplied=e, reason=f"paid the invoice total; balance was already reduced",
             note=(f"Customer paid the full total {s2(amt)} of {inv['number']}, whose open balance is only {s2(g.bal[inv['id']])} after {kind}; "
                   f"the balance is applied and {s2(e)} is held unapplied. {desc_payer(mode, c)}.")),
           "paid-total-over-balance")
    g.release([inv])


# ---------------------------------------------------------------- review
def unknown_payer(g):
    for _ in range(50):
        r = R.random()
        if r < 0.35:
            key, sp, ar = pick(g.unknown["brands"])
            name = pick(["AL ", "EL ", "AL-"]) + pick(sp).upper() + " " + pick(["GENERAL TRADING", "GEN TRDG LLC", "TECHNICAL SERVICES",
                                                                                 "AUTO SPARE PARTS", "REAL ESTATE", "CONTRACTING EST", "FOODSTUFF TRADING"])
            if chance(0.25):
                name = "مؤسسة " + ar + pick([" للتجارة العامة", " للمقاولات", " العقارية"])
        elif r < 0.55:
            name = pick(g.unknown["eng"]).upper() + " " + pick(["FACILITIES MGMT", "INTERIORS LLC", "GENERAL TRADING", "TECHNICAL WORKS"])
        else:
            name = pick(UNKNOWN_PEOPLE)
        if name not in g.used_unknown:
            g.used_unknown.add(name)
            return name
    return pick(UNKNOWN_PEOPLE)


def sc_same_customer_twins(g):
    dup = [(cid, a, b) for cid, a, b in g.groups["dup"] if cid not in g.locked and g.reserved.get(a["id"]) == "planted"
           and g.reserved.get(b["id"]) == "planted" and a in g.free(cid, planted_ok=True) and b in g.free(cid, planted_ok=True)
           and g.bal[a["id"]] == g.bal[b["id"]]]
    if not dup:
        raise Skip
    cid, a, b = pick(dup)
    c = g.cust[cid]
    cur = a["currency"]
    amt = g.bal[a["id"]]
    found = g.subsets(g.open_all(cid, cur), amt)
    if len(found) != 2 or any(len(s_) != 1 for s_ in found):
        raise Skip
    mode, payer, pid = g.ident(c, pick(["id", "id", "name"]), allow_ar=False)
    ref = pick([None, fill(pick(GENERIC_EN)), fill(pick(GENERIC_AR)), f"LPO {R.randint(70000, 99999)}", "MONTHLY SUPPLY",
                f"{pick(MONTHS)} DELIVERIES"])
    first, second = sorted([a, b], key=lambda i: i["due_date"])
    g.emit(P(amt, cur, payer, pid, ref, None),
           L("review", [], amt, cands=[[first], [second]], reason="two open invoices of the customer have exactly this amount",
             note=(f"{desc_payer(mode, c)}; {a['number']} and {b['number']} (a repeat order) both have balance {s2(amt)} and nothing in "
                   f"the payment says which one is paid. Candidates listed oldest due date first.")),
           "same-customer-same-amount")
    g.release([a, b])


def sc_twin_names(g):
    pool = [(c1, c2, a, b) for c1, c2, a, b in g.groups["twinsame"] if c1 not in g.locked and c2 not in g.locked
            and g.reserved.get(a["id"]) == "planted" and g.reserved.get(b["id"]) == "planted"
            and a in g.free(c1, planted_ok=True) and b in g.free(c2, planted_ok=True) and g.bal[a["id"]] == g.bal[b["id"]]]
    if not pool:
        raise Skip
    c1, c2, a, b = pick(pool)
    amt = g.bal[a["id"]]
    cur = a["currency"]
    if g.subsets(g.open_all(c1, cur), amt) != [[a]] or g.subsets(g.open_all(c2, cur), amt) != [[b]]:
        raise Skip
    C1, C2 = g.cust[c1], g.cust[c2]
    payer = payer_variant(C1, bare=True)
    ref = pick([None, fill(pick(GENERIC_EN)), "PAYMENT " + pick(MONTHS), fill(pick(GENERIC_AR))])
    first, second = sorted([a, b], key=lambda i: i["due_date"])
    g.emit(P(amt, cur, payer, None, ref, None),
           L("review", [], amt, cands=[[first], [second]], reason="payer name fits two customers; each has an invoice of this amount",
             note=(f"No customer_id; '{payer}' fits both {C1['name']} and {C2['name']} (same name, other line of business), and each has "
                   f"one open invoice of exactly {s2(amt)} ({a['number']}, {b['number']}). No reference decides.")),
           "ambiguous-payer-name")
    g.release([a, b])


def sc_unknown_match(g):
    c = pick(g.custs_ok(lambda c: g.free(c["id"], c["cur"])))
    x = pick(g.free(c["id"], c["cur"]))
    amt = g.bal[x["id"]]
    ms = g.ledger_matches(x["currency"], amt)
    if len(ms) > 3:
        raise Skip
    payer = unknown_payer(g)
    ref = pick([None, None, "PAYMENT", "TRANSFER", "تحويل", "PERSONAL TRANSFER", "SETTLEMENT"])
    ms = sorted(ms, key=lambda i: i["due_date"])
    g.emit(P(amt, x["currency"], payer, None, ref, None),
           L("review", [], amt, cands=[[m] for m in ms], reason="payer not identified; amount matches open invoice(s) elsewhere",
             note=(f"'{payer}' matches no customer and there is no customer_id or invoice reference; the amount equals the balance of "
                   f"{', '.join(m['number'] + ' (' + m['customer_name'] + ')' for m in ms)}. Not sure enough to apply; a person must confirm the payer.")),
           "unknown-payer-amount-match")


def sc_unknown_nothing(g):
    cur = pick(["AED", "AED", "SAR", "EGP", "USD"])
    amt = rand_amount(cur, 300, 20000)
    lo, hi = amt * D("0.97"), amt * D("1.03")
    if any(lo <= g.bal[i["id"]] <= hi for i in g.invs if i["currency"] == cur):
        raise Skip
    payer = unknown_payer(g)
    ref = pick([None, "TRANSFER", "PAYMENT", "REFUND?", "INVOICE PAYMENT", "تحويل", "SUPPLIER PMT REF 7731"])
    g.emit(P(amt, cur, payer, None, ref, None),
           L("review", [], amt, cands=[], reason="payer not identified and nothing matches",
             note=(f"'{payer}' matches no customer, no customer_id, no invoice reference, and no open {cur} invoice is within 3% of the amount. "
                   f"Unapplied cash needs a customer account, so this goes to a person with no candidates.")),
           "unknown-payer-no-match")


def sc_other_customers_invoice(g):
    c1 = pick(g.custs_ok(lambda c: True))
    cur = c1["cur"]
    pool = [i for i in g.invs if i["currency"] == cur and i["customer_id"] != c1["id"] and g.bal[i["id"]] > 0
            and i["id"] not in g.reserved and i["customer_id"] not in g.locked and i["issue_date"] <= g.today - timedelta(days=4)]
    x = pick(pool)
    amt = g.bal[x["id"]]
    if g.subsets(g.open_all(c1["id"], cur), amt):
        raise Skip
    c2 = g.cust[x["customer_id"]]
    if c2["twin_of"] == c1["id"]:
        raise Skip
    lang = g.lang_for(c1)
    ref, r = ref_single(g, c2, x, lang, known=False, styles=["full", "yyseq", "space"])
    payer = payer_variant(c1)
    g.emit(P(amt, cur, payer, c1["id"], ref, None),
           L("review", [], amt, cands=[[x]], reason="reference and amount fit another customer's invoice",
             note=(f"customer_id is {c1['name']}, but '{r}' is {x['number']} of {c2['name']} and the amount equals its balance; "
                   f"nothing of the payer fits. A third-party payment is not applied without confirmation.")),
           "other-customers-invoice")


def sc_list_not_reconciling(g):
    c = pick(g.custs_ok(lambda c: len(g.free(c["id"], c["cur"])) >= 2))
    fr = g.free(c["id"], c["cur"])
    invs = sorted(R.sample(fr, R.randint(2, min(4, len(fr)))), key=lambda i: i["due_date"])
    s_ = sum(g.bal[i["id"]] for i in invs)
    diff = q(s_ * D(str(R.uniform(0.04, 0.22))))
    amt = s_ - diff
    if diff < 150 * FX[c["cur"]] or any(g.bal[i["id"]] == diff for i in invs):
        raise Skip
    if g.subsets(g.open_all(c["id"], c["cur"]), amt):
        raise Skip
    if any(abs(sum(g.bal[i["id"]] for i in invs if i is not j) - amt) <= s_ * D("0.02") for j in invs):
        raise Skip
    mode, payer, cid = g.ident(c)
    lang = g.lang_for(c)
    rows = [(r_, None, d_) for r_, _, d_ in multi_rows(g, c, invs, lang, known=(mode != "ar"))]
    remit = advice(g, c, c["cur"], amt, rows, lang)
    g.emit(P(amt, c["cur"], payer, cid, fill(pick(GENERIC_AR if lang == "ar" else GENERIC_EN)), remit),
           L("review", [], amt, cands=[invs], reason="advice lists invoices whose balances do not add up to the amount",
             note=(f"Advice lists {', '.join(i['number'] for i in invs)} (balances {s2(s_)}) without amounts, but {s2(amt)} arrived: "
                   f"{s2(diff)} short with no explanation and no way to tell which invoice is short. {desc_payer(mode, c)}.")),
           "advice-does-not-reconcile")


def sc_two_combos(g):
    pool = [(cid, a, b, x) for cid, a, b, x in g.groups["triple"] if cid not in g.locked
            and all(g.reserved.get(i["id"]) == "planted" and i in g.free(cid, planted_ok=True) for i in (a, b, x))]
    if not pool:
        raise Skip
    cid, a, b, x = pick(pool)
    c = g.cust[cid]
    amt = g.bal[x["id"]]
    found = g.subsets(g.open_all(cid, c["cur"]), amt)
    if len(found) < 2:
        raise Skip
    found.sort(key=lambda s_: (len(s_), min(i["due_date"] for i in s_)))
    mode, payer, pid = g.ident(c, pick(["id", "name"]), allow_ar=False)
    ref = pick([None, fill(pick(GENERIC_EN)), fill(pick(GENERIC_AR))])
    g.emit(P(amt, c["cur"], payer, pid, ref, None),
           L("review", [], amt, cands=found, reason="several sets of open invoices add up to the amount",
             note=(f"{desc_payer(mode, c)}; no reference. {' and '.join('+'.join(i['number'] for i in s_) for s_ in found)} each add up to "
                   f"{s2(amt)}, so which invoices are paid is unknown.")),
           "two-invoice-sets-match")
    g.release([a, b, x])


def sc_typo_ambiguous(g):
    def pairs(cid, cur):
        fr = g.free(cid, cur)
        out = []
        for i, j in itertools.combinations(fr, 2):
            a_, b_ = i["number"], j["number"]
            if len(a_) == len(b_) and sum(x != y for x, y in zip(a_, b_)) == 1:
                out.append((i, j))
        return out
    c = pick(g.custs_ok(lambda c: pairs(c["id"], c["cur"]), named=False))
    i, j = pick(pairs(c["id"], c["cur"]))
    k = [n for n, (x, y) in enumerate(zip(i["number"], j["number"])) if x != y][0]
    nums = {x["number"] for x in g.invs}
    opts = [d for d in "0123456789" if d not in (i["number"][k], j["number"][k])
            and i["number"][:k] + d + i["number"][k + 1:] not in nums]
    if not opts:
        raise Skip
    bad = i["number"][:k] + pick(opts) + i["number"][k + 1:]
    near1 = [x for x in g.open_all(c["id"], c["cur"]) if len(x["number"]) == len(bad)
             and sum(p_ != q_ for p_, q_ in zip(x["number"], bad)) == 1]
    if sorted(x["id"] for x in near1) != sorted([i["id"], j["id"]]):
        raise Skip
    lo = min(g.bal[i["id"]], g.bal[j["id"]])
    unit = {"AED": 1000, "SAR": 1000, "EGP": 10000, "USD": 500}[c["cur"]]
    amt = q((lo * D("0.5") / unit).to_integral_value() * unit)
    if amt <= 0 or g.subsets(g.open_all(c["id"], c["cur"]), amt):
        raise Skip
    mode, payer, cid = g.ident(c, pick(["id", "name"]), allow_ar=False)
    ref = pick(["PART PAYMENT INV {b}", "INV {b} PART", "{b} on account", "دفعة جزئية فاتورة {b}"]).format(b=bad)
    first, second = sorted([i, j], key=lambda x: x["due_date"])
    g.emit(P(amt, c["cur"], payer, cid, ref, None),
           L("review", [], amt, cands=[[first], [second]], reason="mistyped invoice number is one digit away from two open invoices",
             note=(f"'{bad}' does not exist; it is one digit off both {i['number']} and {j['number']} of {c['name']}, and the part "
                   f"amount does not decide between them. {desc_payer(mode, c)}.")),
           "typo-ambiguous")


def sc_ref_amount_conflict(g):
    c = pick(g.custs_ok(lambda c: len(g.free(c["id"], c["cur"])) >= 2, named=False))
    fr = g.free(c["id"], c["cur"])
    a, b = R.sample(fr, 2)
    if not g.bal[b["id"]] < g.bal[a["id"]]:
        a, b = b, a
    amt = g.bal[b["id"]]
    if amt == g.bal[a["id"]] or g.subsets(g.open_all(c["id"], c["cur"]), amt) != [[b]]:
        raise Skip
    mode, payer, cid = g.ident(c, pick(["id", "name"]), allow_ar=False)
    lang = g.lang_for(c)
    ref, r = ref_single(g, c, a, lang, styles=["full", "yyseq", "space"])
    if any(w in ref.lower() for w in ("full", "بالكامل", "كامل")):
        raise Skip
    g.emit(P(amt, c["cur"], payer, cid, ref, None),
           L("review", [], amt, cands=[[a], [b]], reason="reference names one invoice, amount equals another",
             note=(f"Reference names {a['number']} (balance {s2(g.bal[a['id']])}) but the amount is exactly the balance of "
                   f"{b['number']} of the same customer: either a part payment of {a['number']} or {b['number']} with a wrong "
                   f"reference. {desc_payer(mode, c)}.")),
           "reference-amount-conflict")


# ---------------------------------------------------------------- bad input
BAD = [
    ("amount", "<cur-text>", "amount is not a decimal string (currency code and thousands separator inside)"),
    ("amount", "<negative>", "negative amount (a reversal, not a receipt)"),
    ("amount", "<letter-O>", "amount is not a decimal string (letter O typed for a zero)"),
    ("amount", None, "amount is null"),
    ("amount", "", "amount is empty"),
    ("amount", "NaN", "amount is not a number"),
    ("amount", "<missing>", "amount field missing"),
    ("currency", None, "currency is null"),
    ("date", "2026-02-30", "date is not a valid calendar date"),
    ("date", None, "date is null"),
]


def sc_bad(g, k):
    field, value, why = BAD[k]
    c = pick(g.custs_ok(lambda c: g.free(c["id"], c["cur"]), named=True))
    inv = pick(g.free(c["id"], c["cur"]))
    amt = g.bal[inv["id"]]
    mode, payer, cid = g.ident(c, pick(["id", "name"]), allow_ar=False)
    ref, r = ref_single(g, c, inv, "en", styles=["full", "yyseq"])
    pay = P(amt, c["cur"], payer, cid, ref, None)
    if field == "amount":
        if value == "<missing>":
            pay.pop("amount")
        elif value == "<cur-text>":
            pay["amount"] = f"{pick(CUR_SYN[c['cur']])} {money(amt)}"
        elif value == "<negative>":
            pay["amount"] = "-" + s2(amt)
            pay["reference"] = pick(["RETURN ", "REVERSAL ", "RECALL "]) + ref
        elif value == "<letter-O>":
            if "0" not in s2(amt):
                raise Skip
            pay["amount"] = s2(amt).replace("0", "O", 1)
        else:
            pay["amount"] = value
    elif field == "currency":
        pay["currency"] = value
    elif field == "date":
        if value == "2026-02-30" and not (date(2026, 2, 26) <= g.today <= date(2026, 3, 3)):
            raise Skip
        pay["date"] = value
    lab = L("error", [], ZERO, reason=why,
            note=(f"Bad input ({why}); the payment must get its own entry with an error, apply nothing, and not stop the batch. "
                  f"It names {inv['number']} of {c['name']}, which stays open for later payments."), error=why)
    lab["unapplied"] = None
    g.emit(pay, lab, "bad-input")
    if chance(0.6):
        g.reserve([inv], "bad")

        def real():
            mode2, payer2, cid2 = g.ident(c, pick(["id", "name"]), allow_ar=False)
            g.emit(P(g.bal[inv["id"]], c["cur"], payer2, cid2, ref, None),
                   L("applied", [(inv, g.bal[inv["id"]])], reason=f"reference {inv['number']} and exact balance",
                     note=(f"Valid payment of {inv['number']}, which an earlier malformed payment of this batch also named; "
                           f"the invoice is still open because the bad-input line applied nothing. {desc_payer(mode2, c)}.")),
                   "after-bad-input")
            g.release([inv])
        g.later(R.randint(5, 40), real)


# ---------------------------------------------------------------- driver
PLAN = [
    (lambda g: sc_single_ref(g), 30),
    (lambda g: sc_single_ref(g, mode=pick(["name", "ar"]), tag="single-ref-null-id"), 18),
    (sc_intermediary, 5),
    (lambda g: sc_multi_advice(g), 24),
    (sc_arabic, 10),
    (sc_amount_only, 15),
    (sc_statement, 9),
    (lambda g: sc_mt103(g, cut=False), 6),
    (lambda g: sc_mt103(g, cut=True), 5),
    (sc_typo, 9),
    (sc_po_trap, 8),
    (sc_retention_release, 7),
    (lambda g: sc_pdc_chain(g), 5),
    (lambda g: sc_pdc_chain(g, instalments=True), 2),
    (sc_batch_deposit, 3),
    (lambda g: sc_lc(g), 5),
    (lambda g: sc_lc(g, short=True), 3),
    (sc_same_amount_other_customers, 8),
    (sc_sequential_dup, 4),
    (sc_dual_currency, 3),
    (sc_part, 14),
    (sc_vat_separate, 6),
    (sc_wht_egypt, 8),
    (sc_deduction, 10),
    (sc_bank_charges, 6),
    (sc_retention_held, 5),
    (sc_multi_last_part, 5),
    (sc_overpay, 13),
    (sc_advance, 9),
    (sc_duplicate, 7),
    (sc_fits_nothing, 14),
    (sc_unknown_invoice, 6),
    (sc_paid_total_not_balance, 5),
    (sc_same_customer_twins, 9),
    (sc_twin_names, 7),
    (sc_unknown_match, 7),
    (sc_unknown_nothing, 6),
    (sc_other_customers_invoice, 6),
    (sc_list_not_reconciling, 8),
    (sc_mt103_cut_ambiguous, 4),
    (sc_two_combos, 6),
    (sc_typo_ambiguous, 4),
    (sc_ref_amount_conflict, 6),
]
BAD_DATES = [date(2026, 1, 9), date(2026, 1, 17), date(2026, 1, 26), date(2026, 2, 3), date(2026, 2, 10),
             date(2026, 2, 17), date(2026, 2, 23), date(2026, 3, 4), date(2026, 2, 27), date(2026, 3, 16)]


def run(g):
    slots = []
    for fn, n in PLAN:
        slots += [fn] * n
    R.shuffle(slots)
    chains = [PLAN[12][0], PLAN[13][0]]
    early = [f for f in slots if f in chains]
    slots = [f for f in slots if f not in chains]
    for f in early:
        slots.insert(R.randint(0, 180), f)
    bad_order = list(range(len(BAD)))  # BAD[8] (Feb 30) is tied to 2026-02-27
    bad_due = sorted(zip(BAD_DATES, bad_order))
    i = 0
    fallbacks = 0
    while i < len(slots) or any(g.pending.values()) or bad_due:
        g.today = date_for(len(g.out))
        if g.pending.get(g.pos):
            fns = g.pending.pop(g.pos)
            if len(fns) > 1:
                g.pending[g.pos + 1] = fns[1:] + g.pending.get(g.pos + 1, [])
            fns[0]()
        elif bad_due and bad_due[0][0] <= g.today:
            _, k = bad_due.pop(0)
            for _ in range(50):
                try:
                    sc_bad(g, k)
                    break
                except Skip:
                    continue
            else:
                raise RuntimeError("bad-input slot failed")
        elif i < len(slots):
            fn = slots[i]
            i += 1
            for _ in range(60):
                try:
                    fn(g)
                    break
                except Skip:
                    continue
            else:
                fallbacks += 1
                print("fallback:", [k for k, (f, _) in enumerate(PLAN) if f is fn])
                sc_single_ref(g)
        g.pos += 1
    return fallbacks


# ---------------------------------------------------------------- output
def has_arabic(t):
    return any("\u0600" <= ch <= "\u06ff" for ch in t)


def has_english_words(t):
    import re
    words = re.findall(r"[A-Za-z]{3,}", t)
    words = [w for w in words if w.upper() not in ("INV", "EXP", "TI", "SI", "EG", "CHQ", "PDC", "LPO", "AED", "SAR", "EGP", "USD")]
    return len(words) >= 2


def lang_of(pay):
    text = " ".join(x for x in (pay.get("reference"), pay.get("remittance")) if x)
    ar = has_arabic(text) or has_arabic(pay.get("payer_name") or "")
    en = has_english_words(text) or (not text and not has_arabic(pay.get("payer_name") or ""))
    if ar and en:
        return "ar+en"
    return "ar" if ar else "en"


def finalize(g):
    pids = uniq_ids("p-", len(g.out), 10000, 99999)
    payments, labels = [], []
    for (pay, lab, scen), pid in zip(g.out, pids):
        p = {"id": pid}
        if "date" in pay:
            p["date"] = pay["date"]
        if "amount" in pay:
            a = pay["amount"]
            p["amount"] = s2(a) if isinstance(a, D) else a
        p["currency"] = pay["currency"]
        for k in ("payer_name", "customer_id", "reference", "remittance"):
            p[k] = pay[k]
        if lab["status"] == "error":
            p_ = {"id": pid, "date": pay.get("date")}
            p_.update({k: v for k, v in p.items() if k not in ("id", "date")})
            if "date" not in pay:
                p_["date"] = None
            p = p_
        payments.append(p)
        lang = lang_of(pay)
        note = lab["note"].replace("]", f"]", 1)
        key, rest = note[1:].split("]", 1)
        key = key.split(",")[0]
        status = lab["status"]
        out = {"payment_id": pid,
               "status": "review" if status == "error" else status,
               "applications": [{"invoice_id": i, "amount": s2(a)} for i, a in lab["applications"]],
               "unapplied": None if lab["unapplied"] is None else s2(lab["unapplied"]),
               "short_pay": lab["short_pay"],
               "candidates": lab["candidates"],
               "reason": lab["reason"]}
        if status == "error":
            out["error"] = lab["error"]
        out["scenario"] = scen
        out["note"] = f"[{key}, {lang}]{rest}"
        labels.append(out)
    return payments, labels


def invoice_rows(invs):
    rows = []
    for i in sorted(invs, key=lambda i: i["id"]):
        rows.append({"id": i["id"], "number": i["number"], "customer_id": i["customer_id"], "customer_name": i["customer_name"],
                     "currency": i["currency"], "total": s2(i["total"]), "balance": s2(i["balance"]),
                     "issue_date": i["issue_date"].isoformat(), "due_date": i["due_date"].isoformat()})
    return rows


# ---------------------------------------------------------------- independent replay
def replay(invoices, payments, labels):
    inv = {i["id"]: i for i in invoices}
    bal = {i["id"]: D(i["balance"]) for i in invoices}
    assert len(payments) == len(labels)
    last_date = None
    for p, lab in zip(payments, labels):
        assert p["id"] == lab["payment_id"]
        if "error" in lab:
            assert lab["status"] == "review" and not lab["applications"] and not lab["candidates"]
            bad = False
            try:
                a = D(p["amount"])
                bad = not a.is_finite() or a <= 0
            except Exception:
                bad = True
            bad = bad or not p.get("currency")
            try:
                date.fromisoformat(p["date"])
            except Exception:
                bad = True
            assert bad, p
            continue
        d = date.fromisoformat(p["date"])
        assert last_date is None or d >= last_date
        last_date = d
        amt = D(p["amount"])
        tot = D(0)
        for a in lab["applications"]:
            i = inv[a["invoice_id"]]
            x = D(a["amount"])
            assert i["currency"] == p["currency"]
            assert D(0) < x <= bal[i["id"]], (p["id"], a)
            assert date.fromisoformat(i["issue_date"]) <= d, (p["id"], lab["scenario"])
            tot += x
        un = D(lab["unapplied"])
        assert tot + un == amt, p["id"]
        touched = [a["invoice_id"] for a in lab["applications"]]
        for a in lab["applications"]:
            bal[a["invoice_id"]] -= D(a["amount"])
        st = lab["status"]
        if st == "applied":
            assert un == 0 and touched and all(bal[t] == 0 for t in touched) and lab["short_pay"] is None
        elif st == "partial":
            assert un == 0 and any(bal[t] > 0 for t in touched)
            if lab["short_pay"]:
                sp = lab["short_pay"]
                assert sp["invoice_id"] in touched and D(sp["amount"]) <= bal[sp["invoice_id"]]
        elif st == "unapplied":
            assert un > 0 and lab["short_pay"] is None and all(bal[t] == 0 for t in touched)
        elif st == "review":
            assert not touched and un == amt
            for cset in lab["candidates"]:
                for t in cset:
                    assert inv[t]["currency"] == p["currency"] and bal[t] > 0
                    assert date.fromisoformat(inv[t]["issue_date"]) <= d
        else:
            raise AssertionError(st)
        if st != "review":
            assert lab["candidates"] == []


def main():
    custs, unknown = build_customers()
    invs = build_invoices(custs)
    number_invoices(invs)
    for i, iid in zip(sorted(invs, key=lambda i: i["number"]), uniq_ids("i-", len(invs), 10000, 99999)):
        i["id"] = iid
    groups = plant(custs, invs)
    g = Gen(custs, invs, groups, unknown)
    fallbacks = run(g)
    payments, labels = finalize(g)
    invoices = invoice_rows(invs)
    replay(invoices, payments, labels)
    os.makedirs(OUTDIR, exist_ok=True)
    for name, obj in (("invoices.json", invoices), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUTDIR, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
    st = defaultdict(int)
    for lab in labels:
        st["error" if "error" in lab else lab["status"]] += 1
    langs = defaultdict(int)
    for lab in labels:
        langs[lab["note"][1:].split("]")[0].split(", ")[1]] += 1
    print(f"customers {len(custs)}  invoices {len(invoices)}  payments {len(payments)}  fallbacks {fallbacks}")
    print("status", dict(sorted(st.items())))
    print("langs", dict(sorted(langs.items())))
    print("null customer_id", sum(1 for p in payments if p.get("customer_id") is None))
    for k, v in sorted(g.stats.items()):
        print(f"  {k:40s} {v}")


if __name__ == "__main__":
    main()
