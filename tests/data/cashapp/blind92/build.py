#!/usr/bin/env python3
"""Blind test set for the cash-application (`match`) contract.

Theme: Kayu Teras Furniture & Fit-Out Sdn Bhd (made up), a furniture and fit-out
manufacturer in Muar, Johor, selling to hotels, developers and retailers across
Southeast Asia (group AR ledger: MYR, SGD, THB, IDR, PHP, VND, USD).

Deterministic (fixed seed), standard library only.  Writes sea_furniture/
{invoices,payments,labels}.json and README.md next to this file.
"""
import calendar
import json
import os
import random
import textwrap
import unicodedata
from datetime import date, timedelta
from decimal import Decimal as D, ROUND_HALF_UP

SEED = 334
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = os.path.join(HERE, "sea_furniture")

ZERO_DEC = {"IDR", "VND"}
SNAPSHOT = date(2026, 1, 2)          # invoices.json = open items at this date
PAY_FIRST, PAY_LAST = date(2026, 1, 5), date(2026, 3, 31)


# ----------------------------------------------------------------- helpers
def q(cur, x):
    return D(x).quantize(D("1") if cur in ZERO_DEC else D("0.01"), rounding=ROUND_HALF_UP)


def s(cur, x):
    return str(q(cur, x))


def money(cur, x, lang="en"):
    """Amount as a person would write it in a remittance text."""
    x = q(cur, x)
    if cur == "IDR":
        return "Rp " + f"{int(x):,}".replace(",", ".")
    if cur == "VND":
        return f"{int(x):,}".replace(",", ".") + " VND"
    body = f"{x:,.2f}"
    if cur == "THB" and lang == "th":
        return body + " บาท"
    sym = {"MYR": "RM", "SGD": "S$", "PHP": "PHP ", "THB": "THB ", "USD": "USD "}[cur]
    if cur == "MYR" and R.random() < 0.5:
        sym = "RM "
    return sym + body


def strip_accents(t):
    t = t.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", t) if unicodedata.category(ch) != "Mn")


def cut(t, n):
    return None if t is None else t[:n].rstrip()


def weekday_on_or_before(d):
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


def rand_date(a, b):
    return weekday_on_or_before(a + timedelta(days=R.randint(0, (b - a).days)))


# ----------------------------------------------------------------- customers
MY = [
    ("Seri Pacific Hotels (KL) Sdn Bhd", "h", "en"), ("Seri Pacific Hotels (Penang) Sdn Bhd", "h", "en"),
    ("Bukit Damai Development (Johor) Sdn Bhd", "d", "ms"), ("Bukit Damai Development (Selangor) Sdn Bhd", "d", "ms"),
    ("Rumahku Home Furnishing (Ipoh) Sdn Bhd", "r", "zh"), ("Rumahku Home Furnishing (Klang) Sdn Bhd", "r", "zh"),
    ("Laman Hijau Properties Berhad", "d", "ms"), ("Teratai Suites Management Sdn Bhd", "h", "en"),
    ("Kinta Riverside Resort Sdn Bhd", "h", "en"), ("Anjung Mewah Interiors Sdn Bhd", "f", "ms"),
    ("Tanjung Biru Beach Resort Sdn Bhd", "h", "ms"), ("Pelangi Living Retail Sdn Bhd", "r", "ms"),
    ("Wisma Cahaya Realty Sdn Bhd", "d", "ms"), ("Kota Emas Land Sdn Bhd", "d", "en"),
    ("Hotel Sri Melaka Heritage Sdn Bhd", "h", "ms"), ("Cempaka Serviced Residences Sdn Bhd", "h", "en"),
    ("Lim Brothers Furniture Trading", "r", "zh"), ("Chong Kee Furnishing Enterprise", "r", "zh"),
    ("Ng & Tan Interior Works Sdn Bhd", "f", "zh"), ("Gaya Kediaman Sdn Bhd", "r", "ms"),
    ("Dataran Permata Developers Sdn Bhd", "d", "en"), ("Bayu Timur Hospitality Sdn Bhd", "h", "ms"),
    ("Mutiara Galleria Home Sdn Bhd", "r", "en"), ("Puncak Jaya Construction Sdn Bhd", "d", "ms"),
    ("Casa Rimba Boutique Hotel Sdn Bhd", "h", "en"), ("Sinar Harmoni Hotel Management Sdn Bhd", "h", "ms"),
    ("Taman Sentosa Homes Berhad", "d", "en"), ("Kayu Indah Retail Sdn Bhd", "r", "ms"),
    ("Warisan Suites Kuching Sdn Bhd", "h", "en"), ("Borneo Highlands Lodge Sdn Bhd", "h", "en"),
    ("Sabah Seaview Hotel Sdn Bhd", "h", "en"), ("Ipoh Old Town Inn Sdn Bhd", "h", "zh"),
    ("Desa Alam Developers Sdn Bhd", "d", "ms"), ("Perdana Fit-Out Contractors Sdn Bhd", "f", "en"),
    ("Hartamas Living Concepts Sdn Bhd", "r", "en"), ("Kelana Business Hotel Sdn Bhd", "h", "en"),
    ("Badan Pengurusan Bersama Sri Pinang Residensi", "h", "ms"), ("Vista Langkawi Resort Sdn Bhd", "h", "en"),
    ("Damansara Office Interiors Sdn Bhd", "f", "en"), ("Bukit Kabus Apartments Sdn Bhd", "d", "ms"),
    ("Heng Fatt Kitchen & Furniture Sdn Bhd", "r", "zh"), ("Syarikat Perabot Wah Seng", "r", "zh"),
]
SG = [
    ("Marina Quay Hospitality Pte. Ltd.", "h", "en"), ("Orchid Vale Hotels Pte. Ltd.", "h", "en"),
    ("Tanglin Crest Development Pte. Ltd.", "d", "en"), ("Lumen Interiors Pte. Ltd.", "f", "en"),
    ("Harbourfront Serviced Suites Pte. Ltd.", "h", "en"), ("Kallang Home Living Pte. Ltd.", "r", "zh"),
    ("Cove Villas Management Pte. Ltd.", "h", "en"), ("Tiong Bahru Design Studio Pte. Ltd.", "f", "en"),
    ("Jurong Lakeside Offices Pte. Ltd.", "f", "en"), ("Ang & Koh Furnishings Pte. Ltd.", "r", "zh"),
    ("Bencoolen Inn Pte. Ltd.", "h", "en"), ("Novena Medical Suites Pte. Ltd.", "f", "en"),
    ("Pasir Panjang Lodge Pte. Ltd.", "h", "en"), ("Straits Heritage Hotel Pte. Ltd.", "h", "zh"),
    ("Emerald Bay Realty Pte. Ltd.", "d", "en"), ("Teo Heng Furniture Mart", "r", "zh"),
]
TH = [
    ("Siam Orchid Resort Co., Ltd.", "บริษัท สยาม ออร์คิด รีสอร์ท จำกัด", "h"),
    ("Chao Phraya Riverside Hotel Co., Ltd.", "บริษัท เจ้าพระยา ริเวอร์ไซด์ โฮเทล จำกัด", "h"),
    ("Baan Suan Development Co., Ltd.", "บริษัท บ้านสวน ดีเวลลอปเม้นท์ จำกัด", "d"),
    ("Krabi Cliffside Villas Co., Ltd.", "บริษัท กระบี่ คลิฟไซด์ วิลล่า จำกัด", "h"),
    ("Sukhumvit Living Mall Co., Ltd.", "บริษัท สุขุมวิท ลิฟวิ่ง มอลล์ จำกัด", "r"),
    ("Lanna Teak Home Co., Ltd.", "บริษัท ล้านนา ทีค โฮม จำกัด", "r"),
    ("Andaman Pearl Hotel Co., Ltd.", "บริษัท อันดามัน เพิร์ล โฮเทล จำกัด", "h"),
    ("Hua Hin Seabreeze Co., Ltd.", "บริษัท หัวหิน ซีบรีซ จำกัด", "h"),
    ("Rattanakosin Grand Hotel Co., Ltd.", "บริษัท รัตนโกสินทร์ แกรนด์ โฮเทล จำกัด", "h"),
    ("Thonglor Residence Co., Ltd.", "บริษัท ทองหล่อ เรสซิเดนซ์ จำกัด", "d"),
    ("Coral Bay Pattaya Resort Co., Ltd.", "บริษัท คอรัลเบย์ พัทยา รีสอร์ท จำกัด", "h"),
    ("Doi Mountain Lodge Co., Ltd.", "บริษัท ดอย เมาน์เทน ลอดจ์ จำกัด", "h"),
    ("Ekkamai Interior Supply Co., Ltd.", "บริษัท เอกมัย อินทีเรีย ซัพพลาย จำกัด", "f"),
    ("Samui Palm Retreat Co., Ltd.", "บริษัท สมุย ปาล์ม รีทรีท จำกัด", "h"),
    ("Bangna Property Development Public Company Limited",
     "บริษัท บางนา พร็อพเพอร์ตี้ ดีเวลลอปเม้นท์ จำกัด (มหาชน)", "d"),
]
ID_ = [
    ("PT Nusa Indah Hotelindo", "h"), ("PT Sanur Bayu Resort Lestari", "h"), ("PT Graha Kencana Properti", "d"),
    ("PT Griya Mebel Nusantara", "r"), ("PT Sentosa Jaya Ritelindo", "r"), ("PT Laguna Lombok Wisata", "h"),
    ("PT Cahaya Bumi Land", "d"), ("PT Puri Ubud Villas", "h"), ("PT Bandung Highland Hotel", "h"),
    ("PT Menara Surya Development", "d"), ("PT Rumah Idaman Interior", "f"), ("PT Samudra Biru Hospitality", "h"),
]
PH = [
    ("Manila Bayview Hotel Corp.", "h"), ("Cebu Coral Resorts Inc.", "h"),
    ("Makati Prime Realty Development Corp.", "d"), ("Davao Orchard Suites Inc.", "h"),
    ("Bonifacio Living Spaces Inc.", "r"), ("Whitesand Boracay Resort Corp.", "h"),
    ("Pasig HomeWorks Trading Corp.", "r"), ("Tagaytay Ridge Hotel Inc.", "h"),
    ("Iloilo Heritage Inn Corp.", "h"), ("Palawan Lagoon Villas Inc.", "h"),
    ("Quezon Condotel Management Inc.", "h"), ("Ortigas Office Fit-Out Corp.", "f"),
]
VN = [
    ("Công ty TNHH Khách sạn Sông Hàn", "h"), ("Công ty CP Địa ốc Sài Gòn Xanh", "d"),
    ("Công ty TNHH Nội thất Hạ Long", "r"), ("Công ty CP Resort Ngọc Phú Quốc", "h"),
    ("Công ty TNHH Hội An Riverside Lodge", "h"), ("Công ty CP Đầu tư Tây Hồ", "d"),
    ("Công ty TNHH Saigon Boutique Living", "r"), ("Công ty CP Khách sạn Biển Xanh Nha Trang", "h"),
]
OTHER = [
    ("Angkor Lotus Hotel Co., Ltd.", "KH", "h"), ("Reef Atoll Resort Pvt. Ltd.", "MV", "h"),
    ("Inya Garden Residence Ltd.", "MM", "d"), ("Kampong Ayer Suites Sdn Bhd", "BN", "h"),
    ("Mekong Heritage Lodge Co., Ltd.", "LA", "h"), ("Dili Harbourside Hotel Lda.", "TL", "h"),
]

CUSTOMERS = []


def add_customer(**kw):
    CUSTOMERS.append(kw)
    return kw


def build_customers():
    used = set()

    def num(lo, hi):
        while True:
            n = R.randint(lo, hi)
            if n not in used:
                used.add(n)
                return n

    for name, kind, lang in MY:
        langs = {"en": ["en"] * 4 + ["ms"] * 3 + ["zh"],
                 "ms": ["ms"] * 6 + ["en"] * 2,
                 "zh": ["zh"] * 6 + ["en"] * 2 + ["ms"]}[lang]
        add_customer(id=f"MY-{num(1001, 1999)}", name=name, country="MY", cur="MYR", usd=False,
                     kind=kind, langs=langs)
    for name, kind, lang in SG:
        if name == "Teo Heng Furniture Mart":
            uen = f"5{R.randint(3000000, 3999999)}{R.choice('ABCDEJKLMWX')}"
        else:
            uen = f"{R.randint(2005, 2021)}{R.randint(10000, 99999):05d}{R.choice('CDEGHKMNRWZ')}"
        langs = ["en"] * 4 + (["zh"] * 5 if lang == "zh" else ["zh"] * 2)
        add_customer(id=f"SG-{uen}", uen=uen, name=name, country="SG", cur="SGD", usd=False, kind=kind,
                     langs=langs)
    for name, thname, kind in TH:
        add_customer(id=f"TH-{num(2001, 2999)}", name=name, thai=thname, country="TH", cur="THB", usd=False,
                     kind=kind, langs=["th"] * 7 + ["en"] * 2)
    for name, kind in ID_:
        code = num(100, 9999)
        add_customer(id=f"ID-{code:04d}", code=f"{code:04d}", name=name, country="ID", cur="IDR", usd=False,
                     kind=kind, langs=["id"] * 6 + ["en"] * 2)
    for name, kind in PH:
        add_customer(id=f"PH-{num(3001, 3999)}", name=name, country="PH", cur="PHP", usd=False, kind=kind,
                     langs=["en"] * 4 + ["tl"] * 5)
    for name, kind in VN:
        add_customer(id=f"VN-{num(4001, 4999)}", name=name, country="VN", cur="VND", usd=False, kind=kind,
                     langs=["vi"] * 7 + ["en"] * 2)
    for name, cc, kind in OTHER:
        add_customer(id=f"{cc}-{num(5001, 5999)}", name=name, country=cc, cur="USD", usd=False, kind=kind,
                     langs=["en"])
    # customers that also hold USD invoices
    for cc, k in (("SG", 3), ("TH", 4), ("PH", 3), ("VN", 4), ("ID", 2)):
        pool = [c for c in CUSTOMERS if c["country"] == cc and c["kind"] in "hd"]
        for c in R.sample(pool, k):
            c["usd"] = True


def bank_spell(c, latin=True):
    """How a bank statement spells the customer (before any truncation)."""
    n = c["name"]
    if c.get("fake"):
        return n.upper()
    if c["country"] == "VN":
        return strip_accents(n).upper()
    if c["country"] == "TH" and not latin:
        t = c["thai"]
        if "(มหาชน)" in t:
            return "บมจ. " + t.replace("บริษัท ", "").replace(" จำกัด (มหาชน)", "")
        return "บจก. " + t.replace("บริษัท ", "").replace(" จำกัด", "")
    n = n.upper()
    rep = [("SDN BHD", R.choice(["SDN BHD", "SDN. BHD.", "S/B", "SDN BHD"])),
           ("PTE. LTD.", R.choice(["PTE LTD", "PTE. LTD.", "PTE LTD"])),
           ("CO., LTD.", R.choice(["CO LTD", "CO.,LTD.", "CO., LTD."])),
           ("PUBLIC COMPANY LIMITED", "PCL"),
           ("INC.", "INC"), ("CORP.", R.choice(["CORP", "CORPORATION"]))]
    for a, b in rep:
        n = n.replace(a, b)
    return n


def cust_by_id(cid):
    for c in CUSTOMERS:
        if c["id"] == cid:
            return c
    raise KeyError(cid)


# ----------------------------------------------------------------- invoices
INVS = []          # dicts; numbers/ids assigned later
RANGES = {"MYR": (900, 180000), "SGD": (400, 65000), "THB": (12000, 2500000), "IDR": (4e6, 900e6),
          "PHP": (8000, 2500000), "VND": (15e6, 1.5e9), "USD": (900, 90000)}
VAT = {"THB": D("1.07"), "PHP": D("1.12")}


def gen_amount(cur, kind="h", scale=1.0):
    lo, hi = RANGES[cur]
    if kind == "d":
        lo, hi = lo * 3, hi * 3
    if kind == "r":
        hi = hi / 4
    x = lo * (hi / lo) ** R.random() * scale
    if cur in ZERO_DEC:
        x = D(int(x))
        if R.random() < 0.4:
            x = (x / 1000).quantize(D("1")) * 1000
        return x
    x = q(cur, x)
    if R.random() < 0.25:
        x = (x / 10).quantize(D("1")) * 10
    if cur in VAT:          # Thai VAT 7% / Philippine VAT 12% on top of a net price
        x = q(cur, x * VAT[cur])
    return q(cur, x)


def new_inv(c, cur, total, issue=None, kind="KTI", balance=None, batch=None, idx=0):
    issue = issue or rand_date(date(2025, 6, 2), date(2025, 12, 31))
    terms = {"h": 30, "d": 60, "r": 45, "f": 45}[c["kind"]]
    if cur == "USD":
        terms = 30
    inv = dict(cust=c, cur=cur, total=q(cur, total), balance=q(cur, total if balance is None else balance),
               issue=issue, due=issue + timedelta(days=terms), kind=kind,
               batch=batch if batch is not None else len(INVS), idx=idx, number=None, id=None)
    INVS.append(inv)
    return inv


def background():
    for c in CUSTOMERS:
        n = R.randint(3, 6) if c.get("lean") else R.randint(7, 12)
        for _ in range(n):
            cur = "USD" if (c["usd"] and R.random() < 0.3) else c["cur"]
            kind = "KTP" if (c["kind"] == "d" and c["country"] == "MY" and R.random() < 0.35) else "KTI"
            tot = gen_amount(cur, c["kind"])
            bal = None
            if R.random() < 0.08 and cur not in ZERO_DEC:
                bal = q(cur, tot * D(R.choice(["0.5", "0.3", "0.7", "0.6"])))
            elif R.random() < 0.04:
                bal = q(cur, tot * D("0.4"))
            inv = new_inv(c, cur, tot, kind=kind, balance=bal)
            inv["bg"] = True


def number_invoices():
    INVS.sort(key=lambda i: (i["issue"], i["batch"], i["idx"]))
    k, p = 40001, 1101
    for n, inv in enumerate(INVS, 1):
        inv["id"] = f"inv-{n:04d}"
        if inv["kind"] == "KTP":
            inv["number"] = f"KTP-{p}"
            p += R.choice([1, 1, 1, 2])
        else:
            inv["number"] = f"KTI-{k}"
            k += 1
    # the range/gap scenario must see truly consecutive numbers: checked in scenarios


def digits(inv):
    return inv["number"].split("-")[1]


# ----------------------------------------------------------------- reference styles
def ref1(inv, lang="en", style=None):
    """One invoice number the way a payer writes it."""
    d = digits(inv)
    if inv["kind"] == "KTP":
        return R.choice([inv["number"], f"KTP{d}", f"KTP {d}", f"claim KTP-{d}"]) if style is None else inv["number"]
    opts = [inv["number"], f"KTI{d}", f"KTI {d}", f"INV {d}", f"INV-{d}", d, f"Inv#{d}", f"No.{d}"]
    if lang == "tl" or (lang == "en" and inv["cust"]["country"] == "PH"):
        opts += [f"SI {d}", f"SI#{d}"]
    if lang == "vi":
        opts += [f"HD {d}", f"HD{d}"]
    if lang == "th":
        opts += [f"INV{d}"]
    if style is not None:
        return opts[style % len(opts)]
    return R.choice(opts)


def ref_list(invs, lang="en", allow_suffix=True):
    nums = sorted(invs, key=lambda i: i["number"])
    ds = [digits(i) for i in nums]
    kinds = {i["kind"] for i in nums}
    style = R.randint(0, 5)
    if kinds == {"KTI"} and allow_suffix and style == 0 and len({d[:3] for d in ds}) == 1 and len(ds) > 1:
        return "KTI-" + ds[0] + "".join("/" + d[3:] for d in ds[1:])          # 40877/78/81
    if kinds == {"KTI"} and style in (1, 2):
        sep = R.choice([", ", " & ", " ", "/", " + ", "; "])
        return "INV " + sep.join(ds) if style == 1 else sep.join(ds)
    sep = R.choice([", ", " , ", " & ", "; "])
    return sep.join(i["number"] if R.random() < 0.7 else ref1(i, lang) for i in nums)


MONTHS = {
    "en": lambda d: d.strftime("%B %Y"),
    "ms": lambda d: ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September",
                     "Oktober", "November", "Disember"][d.month - 1] + f" {d.year}",
    "zh": lambda d: f"{d.year}年{d.month}月",
    "th": lambda d: "เดือน" + ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
                              "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"][d.month - 1] + f" {d.year + 543}",
    "id": lambda d: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                     "Oktober", "November", "Desember"][d.month - 1] + f" {d.year}",
    "tl": lambda d: ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre",
                     "Oktubre", "Nobyembre", "Disyembre"][d.month - 1] + f" {d.year}",
    "vi": lambda d: f"thang {d.month}/{d.year}",
}

T = {
    "en": {
        "one": ["Payment for invoice {r}", "PYMT INV {r}", "Settlement of {r}", "{r} payment", "Being payment for {r}",
                "Pmt {r} tq"],
        "many": ["Payment for invoices {r}", "PYMT INV {r}", "Settlement of invoices {r}", "Invoices {r}",
                 "Being payment of {r}"],
        "stmt": ["Payment as per statement of account {m}", "Full settlement of {m} statement", "SOA {m} payment"],
        "generic": ["PAYMENT", "SUPPLIER PAYMENT", "TRANSFER", "AP PAYMENT RUN", "Payment to Kayu Teras",
                    "Trade payment"],
        "part": ["Part payment for invoice {r} (instalment {k})", "Partial payment {r} - balance to follow",
                 "{r} progress payment {k} of 3"],
        "final": ["Final payment for invoice {r}", "Balance payment {r}", "Remaining balance of {r}"],
        "wht": ["Payment for {r} less 3% WHT {x} (WHT certificate to follow)", "{r} net of withholding tax 3% ({x})"],
        "ewt": ["Payment for SI {r} less {p}% EWT {x}, BIR Form 2307 to follow", "{r} net of {p}% EWT {x}; 2307 will be emailed"],
        "pph": ["Payment {r} net of PPh 23 2% ({x}), tax slip to follow"],
        "ret": ["Payment for progress claim {r} less {p}% retention ({x})", "{r} net of retention {p}% {x}"],
        "ded": ["Payment for {r} less {x} per debit note {dn} ({why})", "{r} - deducted {x} for {why}, {dn}"],
        "dep": ["Deposit {p}% for new PO {po}", "Advance payment PO {po}", "Downpayment for order {po}"],
        "po": ["Payment for PO {po}", "PO#{po}", "Our PO {po} - payment"],
        "bal": ["Payment of balance on {r} after {cn}", "{r} balance after credit note {cn}"],
        "why": ["2 damaged armchairs", "scratched wardrobe doors", "short delivery of 4 bar stools",
                "late delivery penalty", "broken headboard", "wrong laminate colour"],
    },
    "ms": {
        "one": ["Bayaran invois {r}", "Byrn inv {r}", "Bayaran bagi invois no. {r}", "Jelas invois {r}"],
        "many": ["Bayaran invois {r}", "Bayaran untuk invois-invois {r}", "Byrn inv {r}"],
        "stmt": ["Bayaran penuh penyata akaun {m}", "Bayaran mengikut penyata {m}"],
        "generic": ["BAYARAN", "Bayaran pembekal", "PINDAHAN DANA", "Bayaran perabot"],
        "part": ["Bayaran separa invois {r} (ansuran {k}), baki menyusul", "Ansuran ke-{k} bagi invois {r}"],
        "final": ["Bayaran baki invois {r}", "Bayaran akhir invois {r}"],
        "ret": ["Bayaran tuntutan kemajuan {r} tolak wang tahanan {p}% ({x})"],
        "ded": ["Bayaran invois {r} tolak {x} (nota debit {dn}: {why})"],
        "dep": ["Deposit {p}% untuk pesanan baharu {po}", "Wang pendahuluan PO {po}"],
        "po": ["Bayaran untuk pesanan belian {po}", "Bayaran PO {po}"],
        "bal": ["Bayaran baki invois {r} selepas nota kredit {cn}"],
        "why": ["kerusi rosak", "pintu almari calar", "kurang hantar 4 kerusi", "denda lewat hantar"],
    },
    "zh": {
        "one": ["支付发票 {r} 货款", "付款：发票{r}", "发票 {r} 付款"],
        "many": ["支付发票 {r} 货款", "发票 {r} 全部付清"],
        "stmt": ["{m}对账单全部款项", "按{m}对账单付款"],
        "generic": ["货款", "付款", "转账"],
        "part": ["发票{r}部分付款（第{k}期），余款稍后支付"],
        "final": ["发票{r}尾款"],
        "ded": ["发票{r}，扣除{x}（借项通知单{dn}：{why}）"],
        "ret": ["进度款 {r}，扣除{p}%保留金（{x}）"],
        "dep": ["新订单{po}订金{p}%"],
        "po": ["订单{po}付款", "采购单 {po}"],
        "bal": ["发票{r}余额（已扣贷项通知单{cn}）"],
        "why": ["两张扶手椅损坏", "衣柜门刮花", "少送四张吧椅"],
    },
    "th": {
        "one": ["ชำระค่าสินค้าตามใบแจ้งหนี้ {r}", "ชำระเงินใบแจ้งหนี้เลขที่ {r}", "ค่าเฟอร์นิเจอร์ {r}"],
        "many": ["ชำระใบแจ้งหนี้ {r}", "ชำระค่าสินค้าตามใบแจ้งหนี้เลขที่ {r}"],
        "stmt": ["ชำระตามใบแจ้งยอด{m}ทั้งหมด"],
        "generic": ["โอนเงิน", "ชำระค่าสินค้า", "ค่าสินค้า"],
        "part": ["ชำระบางส่วนงวดที่ {k} ของใบแจ้งหนี้ {r}"],
        "final": ["ชำระส่วนที่เหลือของใบแจ้งหนี้ {r}"],
        "wht": ["ชำระใบแจ้งหนี้ {r} หักภาษี ณ ที่จ่าย 3% จำนวน {x} จะส่งหนังสือรับรองการหักภาษี ณ ที่จ่าย (50 ทวิ) ให้ภายหลัง",
                "{r} หัก ณ ที่จ่าย 3% = {x}"],
        "ded": ["ชำระใบแจ้งหนี้ {r} หักค่าสินค้าชำรุด {x} ตามเอกสาร {dn}"],
        "dep": ["เงินมัดจำ {p}% สำหรับใบสั่งซื้อ {po}"],
        "po": ["ชำระตามใบสั่งซื้อเลขที่ {po}"],
        "bal": ["ชำระยอดคงเหลือใบแจ้งหนี้ {r} หลังหักใบลดหนี้ {cn}"],
        "why": ["สินค้าชำรุด"],
    },
    "id": {
        "one": ["Pembayaran faktur {r}", "Pelunasan invoice {r}", "BAYAR INV {r}"],
        "many": ["Pembayaran faktur {r}", "Pelunasan invoice no. {r}"],
        "stmt": ["Pembayaran sesuai statement {m}", "Pelunasan tagihan per {m}"],
        "generic": ["PEMBAYARAN", "TRANSFER", "Bayar tagihan"],
        "part": ["Pembayaran sebagian (termin {k}) faktur {r}, sisanya menyusul", "Cicilan ke-{k} invoice {r}"],
        "final": ["Pelunasan sisa faktur {r}"],
        "pph": ["Pembayaran invoice {r} dipotong PPh 23 (2%) sebesar {x}, bukti potong menyusul"],
        "ded": ["Pembayaran faktur {r} dikurangi {x} ({why}, nota debet {dn})"],
        "dep": ["Pembayaran DP {p}% untuk PO {po}", "Uang muka PO {po}"],
        "po": ["Pembayaran PO {po}"],
        "bal": ["Pelunasan sisa faktur {r} setelah nota kredit {cn}"],
        "why": ["meja rusak", "kekurangan kirim 4 kursi"],
    },
    "tl": {
        "one": ["Bayad po para sa invoice {r}", "Bayad sa {r}"],
        "many": ["Bayad sa mga invoice {r}", "Bayad po sa {r}"],
        "stmt": ["Bayad sa buong statement ng {m}"],
        "generic": ["Bayad", "Payment po", "Padala"],
        "part": ["Partial na bayad sa invoice {r}, hulog {k} of 3", "Paunang bayad sa {r} (hulog {k})"],
        "final": ["Huling hulog para sa invoice {r}", "Buong balanse ng invoice {r}"],
        "ewt": ["Bayad sa {r}, bawas na ang {p}% EWT ({x}). Ipapadala namin ang BIR Form 2307.",
                "{r} less {p}% EWT {x} - 2307 susunod po"],
        "ded": ["Bayad sa invoice {r}, kinaltas ang {x} para sa {why} ({dn})"],
        "dep": ["Downpayment {p}% para sa bagong PO {po}"],
        "po": ["Bayad para sa PO {po}"],
        "bal": ["Balanse ng invoice {r} matapos ang {cn}"],
        "why": ["sirang upuan", "kulang na deliver na bar stool"],
    },
    "vi": {
        "one": ["THANH TOAN HOA DON {r}", "Thanh toán hóa đơn số {r}", "TT HD {r}"],
        "many": ["THANH TOAN CAC HOA DON {r}", "TT HD {r}", "Thanh toán các hóa đơn {r}"],
        "stmt": ["THANH TOAN CONG NO {m}", "Thanh toán công nợ theo biên bản đối chiếu {m}"],
        "generic": ["CHUYEN TIEN", "THANH TOAN", "TT tien hang"],
        "part": ["THANH TOAN DOT {k} HOA DON {r}", "Thanh toán đợt {k} hóa đơn {r}, phần còn lại sẽ thanh toán sau"],
        "final": ["THANH TOAN NOT HOA DON {r}", "Thanh toán phần còn lại hóa đơn {r}"],
        "ded": ["TT HD {r} TRU {x} HANG LOI ({dn})"],
        "dep": ["TAM UNG {p}% DON HANG {po}", "Đặt cọc {p}% đơn hàng {po}"],
        "po": ["TT DON HANG {po}"],
        "bal": ["TT PHAN CON LAI HD {r} SAU {cn}"],
        "why": ["hang loi"],
    },
}


def say(lang, key, **kw):
    table = T[lang] if key in T[lang] else T["en"]
    if "why" not in kw:
        kw["why"] = R.choice(table.get("why", T["en"]["why"]))
    return R.choice(table[key]).format(**kw)


# ----------------------------------------------------------------- channels
FAKE_BANKS = ["BSR", "SCB-M", "UNB", "PMB", "HLT", "KFB"]
OUR_ACCT = {"MYR": "5140-2231-8870", "SGD": "071-338812-4", "THB": "118-4-55021-3", "IDR": "0883-019-442",
            "PHP": "0021-7783-90", "VND": "0451000339812", "USD": "5140-9901-2256"}


def va_of(c):
    return "88617" + c["code"].rjust(11, "0")


def swift_amt(cur, x):
    x = q(cur, x)
    return (str(x).replace(".", ",") if cur not in ZERO_DEC else f"{x},")


def mt103(c, cur, amount, dt, text70, instructed=None, charges=None, hard=False, cha="SHA"):
    name = bank_spell(c)
    lines = [f":20:{R.choice(['FT', 'TT', 'OR'])}{dt.strftime('%y%m%d')}{R.randint(10000, 99999)}", ":23B:CRED",
             f":32A:{dt.strftime('%y%m%d')}{cur}{swift_amt(cur, amount)}"]
    if instructed is not None:
        lines.append(f":33B:{cur}{swift_amt(cur, instructed)}")
    lines.append(f":50K:/{R.randint(10**9, 10**10 - 1)}")
    lines += textwrap.wrap(name, 35)[:2]
    lines.append({"KH": "SIEM REAP CAMBODIA", "MV": "MALE MALDIVES", "MM": "YANGON MYANMAR", "BN": "BANDAR SERI BEGAWAN",
                  "LA": "LUANG PRABANG LAOS", "TL": "DILI TIMOR-LESTE", "SG": "SINGAPORE", "TH": "BANGKOK THAILAND",
                  "PH": "MANILA PHILIPPINES", "VN": "HO CHI MINH CITY VIETNAM", "ID": "JAKARTA INDONESIA",
                  "MY": "KUALA LUMPUR MALAYSIA"}[c["country"]])
    lines += [f":59:/{OUR_ACCT['USD']}", "KAYU TERAS FURNITURE AND FIT-OUT", "MUAR JOHOR MALAYSIA"]
    text70 = strip_accents(text70).upper()
    if hard:
        l70 = [text70[i:i + 35] for i in range(0, len(text70), 35)][:4]
    else:
        l70 = textwrap.wrap(text70, 35)[:4]
    lines.append(":70:" + l70[0])
    lines += l70[1:]
    lines.append(f":71A:{cha}")
    if charges is not None:
        lines.append(f":71F:{cur}{swift_amt(cur, charges)}")
    return "\n".join(lines), name[:35]


def channel_for(c, cur, amount, want=None):
    if want:
        return want
    if cur == "USD":
        return "SWIFT"
    if cur == "MYR":
        return R.choice(["IBG", "IBG", "DUITNOW", "DUITNOW", "CHEQUE"])
    if cur == "SGD":
        return R.choice(["PAYNOW", "FAST", "GIRO"])
    if cur == "THB":
        return R.choice(["PROMPTPAY", "BAHTNET"])
    if cur == "IDR":
        return R.choice(["VA", "VA", "RTGS"])
    if cur == "PHP":
        return "INSTAPAY" if amount <= 50000 else R.choice(["PESONET", "PESONET", "CHECK"])
    if cur == "VND":
        return "VN_CK"
    raise ValueError(cur)


def render(c, cur, amount, dt, ref, text, lang, channel, show_id, advice=None, swift=None):
    """Return payment fields (without id/date/amount/currency) as a bank would deliver them."""
    cid = c["id"] if show_id else None
    payer, reference, rem = None, None, None
    body = text if text else None
    if channel in ("IBG", "DUITNOW"):
        payer = cut(bank_spell(c), 20)
        reference = cut(ref or text or "PAYMENT", 20)
        hdr = "IBG CREDIT" if channel == "IBG" else "DuitNow Transfer"
        rem = f"{hdr}\nRecipient Reference: {reference}\nOther Payment Details: {body or ''}".rstrip()
    elif channel == "CHEQUE":
        payer = cut(bank_spell(c), R.choice([30, 40]))
        reference = f"CHQ {R.randint(1, 999999):06d} {R.choice(FAKE_BANKS)}"
        rem = body
    elif channel == "PAYNOW":
        payer = cut(bank_spell(c), 35)
        reference = cut(ref, 35) if ref else None
        rem = f"PAYNOW CORPORATE\nPayer UEN: {c['uen']}" + (f"\n{body}" if body else "")
        cid = None if not show_id else cid
    elif channel == "FAST":
        payer = cut(bank_spell(c), 35)
        reference = cut(ref or "OTHR", 35)
        rem = "FAST PAYMENT OTHR" + (f"\n{body}" if body else "")
    elif channel == "GIRO":
        payer = cut(bank_spell(c), 20)
        reference = f"GIRO{dt.strftime('%y%m%d')}-{R.randint(1, 999):04d}"
        rem = advice if advice else body
    elif channel == "PROMPTPAY":
        payer = bank_spell(c, latin=NEED_NAME[0] and not show_id or R.random() < 0.35)
        reference = None
        memo = body or ref
        rem = "PromptPay" + (f"\nบันทึกช่วยจำ: {memo}" if memo else "")
    elif channel == "BAHTNET":
        payer = cut(bank_spell(c), 35)
        reference = cut(ref, 35) if ref else None
        rem = "BAHTNET" + (f"\n{body}" if body else "")
    elif channel == "VA":
        payer = cut(bank_spell(c), 20)
        reference = "VA " + va_of(c)
        rem = f"Berita: {body}" if body else None
        cid = None
    elif channel == "RTGS":
        payer = cut(bank_spell(c), 35)
        reference = cut(ref, 35) if ref else None
        rem = "RTGS/SKN" + (f"\nBerita: {body}" if body else "")
    elif channel in ("INSTAPAY", "PESONET"):
        payer = cut(bank_spell(c), 35)
        reference = cut(ref, 35) if ref else None
        rem = ("InstaPay\nNotes: " if channel == "INSTAPAY" else "PESONet\nPurpose: ") + (body or "")
        rem = rem.rstrip()
    elif channel == "CHECK":
        payer = cut(bank_spell(c), 40)
        reference = f"CHECK NO. {R.randint(1000000, 9999999)}"
        rem = body
    elif channel == "VN_CK":
        payer = bank_spell(c)
        reference = None
        rem = f"ND CK: {payer} {body or ref or 'CHUYEN TIEN'}"
    elif channel == "SWIFT":
        sw = swift or {}
        t70 = sw.get("text70") or text or ref or "PAYMENT"
        rem, payer = mt103(c, cur, amount, dt, t70, sw.get("instructed"), sw.get("charges"), sw.get("hard", False),
                           sw.get("cha", "SHA"))
        reference = rem.split("\n")[0][4:]
    else:
        raise ValueError(channel)
    return dict(payer_name=payer, customer_id=cid, reference=reference, remittance=rem)


def giro_advice(c, lines, cur, total, dt, extra=None):
    out = ["PAYMENT ADVICE", f"Payer: {c['name']}", f"Payee: Kayu Teras Furniture & Fit-Out Sdn Bhd",
           f"Payment date: {dt.strftime('%d/%m/%Y')}", "", f"{'Invoice No.':<14}{'Inv Date':<13}{'Amount (' + cur + ')':>16}"]
    for inv, amt in lines:
        out.append(f"{inv['number']:<14}{inv['issue'].strftime('%d/%m/%Y'):<13}{money(cur, amt).split(' ')[-1].replace('S$', ''):>16}")
    if extra:
        out += extra
    out.append(f"{'Total':<27}{f'{q(cur, total):,.2f}':>16}")
    return "\n".join(out)


# ----------------------------------------------------------------- evidence helpers (mirrored in check.py)
import itertools
import re



def scan_text(p):
    """Reference + remittance as one line of text, the way a clerk reads it.  For an MT103 only the :70:
    field counts; its continuation lines are joined back (no space after a line cut at exactly 35 chars)."""
    parts = []
    for k in ("reference", "remittance"):
        v = p.get(k)
        if not v:
            continue
        if v.startswith(":20:"):
            seg, prev, buf = None, "", []
            for ln in v.split("\n"):
                if re.match(r"^:\w+:", ln):
                    seg = ln[:4]
                    if seg == ":70:":
                        buf.append(ln[4:])
                        prev = ln[4:]
                    continue
                if seg == ":70:":
                    buf.append(("" if len(prev) == 35 else " ") + ln)
                    prev = ln
            parts.append("".join(buf))
        else:
            parts.append(v.replace("\n", " "))
    return " ".join(parts)


RANGE_WORDS = r"(?:-|–|~|to|s/d|hingga|sampai|ถึง|đến|den|至|hanggang|until)"


def refs_in(t):
    found = set()
    for m in re.finditer(r"KTP[\s\-#]?(\d{4})(?!\d)", t, re.I):
        found.add("KTP-" + m.group(1))
    for m in re.finditer(r"(?<!\d)(4\d{4})((?:\s*/\s*\d{1,4}(?!\d))+)", t):
        base = m.group(1)
        for sfx in re.findall(r"\d{1,4}", m.group(2)):
            found.add("KTI-" + base[:5 - len(sfx)] + sfx)
    for m in re.finditer(r"(?<!\d)(4\d{4})\s*" + RANGE_WORDS + r"\s*(?:KTI[\s\-]?)?(\d{2,5})(?!\d)", t, re.I):
        a = int(m.group(1))
        bs = m.group(2)
        b = int(m.group(1)[:5 - len(bs)] + bs)
        if a < b <= a + 40:
            found |= {f"KTI-{x}" for x in range(a, b + 1)}
    for m in re.finditer(r"(?<!\d)(4\d{4})(?!\d)", t):
        found.add("KTI-" + m.group(1))
    return found


def subsets_summing(invs, bal, target, kmax=3):
    """All sets of up to kmax open invoices whose balances add up to target, smallest sets first,
    then oldest due date first."""
    invs = sorted(invs, key=lambda i: (i["due"], i["number"]))
    out = []
    for k in range(1, kmax + 1):
        for combo in itertools.combinations(invs, k):
            if sum((bal[i["id"]] for i in combo), D(0)) == target:
                out.append(combo)
    return out


def open_of(c, cur, bal, exclude=()):
    ex = {i["id"] for i in exclude}
    return [i for i in INVS if i["cust"] is c and i["cur"] == cur and bal[i["id"]] > 0 and i["id"] not in ex]


def open_cur(cur, bal):
    return [i for i in INVS if i["cur"] == cur and bal[i["id"]] > 0]


# ----------------------------------------------------------------- scenario plumbing
SPECS = []


def spec(make, pos=None, parent=None, gap=None):
    if parent is not None:
        lo = parent["pos"]
        pos = lo + (1 - lo) * (gap if gap is not None else R.uniform(0.15, 0.9))
    sp = dict(make=make, pos=R.random() if pos is None else pos)
    SPECS.append(sp)
    return sp


def lab(status, apps, cur, amount, reason, scen, lang, chan, note, short=None, cands=None, error=None):
    applied = sum((a for _, a in apps), D(0))
    d = dict(status=status,
             applications=[{"invoice_id": i["id"], "amount": s(cur, a)} for i, a in apps],
             unapplied=s(cur, amount - applied) if error is None else "0.00",
             short_pay=None if short is None else {"invoice_id": short[0]["id"], "amount": s(cur, short[1]),
                                                   "reason": short[2]},
             candidates=[[i["id"] for i in cs] for cs in (cands or [])],
             reason=reason, scenario=scen,
             note=f"[{scen}, {lang}, {chan}] {note}")
    if error is not None:
        d["error"] = error
    return d


NEED_NAME = [False]


def payment(c, cur, amount, dt, lang, show_id, gen, must_see=(), tries=40, need_name=None):
    """Render until every invoice in must_see is visible in the bank data.
    gen() returns dict(ref=, text=, chan=, advice=, swift=) for one attempt."""
    # a payer that must be recognised by name alone gets a Latin-script name (invoices only carry those)
    NEED_NAME[0] = (not must_see) if need_name is None else need_name
    for _ in range(tries):
        g = gen()
        chan = g.get("chan") or channel_for(c, cur, amount)
        p = render(c, cur, amount, dt, g.get("ref"), g.get("text"), lang, chan, show_id,
                   advice=g.get("advice"), swift=g.get("swift"))
        seen = refs_in(scan_text(p))
        if all(i["number"] in seen for i in must_see):
            p.update(amount=s(cur, amount), currency=cur)
            p["_chan"] = chan
            return p
    raise RuntimeError(f"could not render visible refs for {[i['number'] for i in must_see]}")


def pick(countries=None, kind=None, usd=None, no_pair=False, no_lean=True, cond=None):
    pool = [c for c in CUSTOMERS
            if (countries is None or c["country"] in countries)
            and (kind is None or c["kind"] in kind)
            and (usd is None or c["usd"] == usd)
            and not (no_pair and c.get("pair"))
            and not (no_lean and c.get("lean"))
            and (cond is None or cond(c))]
    return R.choice(pool)


def lang_of(c):
    return R.choice(c["langs"])


def cur_of(c, usd_share=0.3):
    return "USD" if c["usd"] and R.random() < usd_share else c["cur"]


def chan_name(p_chan):
    return p_chan


ALL_CC = ["MY", "SG", "TH", "ID", "PH", "VN", "KH", "MV", "MM", "BN", "LA", "TL"]
WEIGHTED_CC = ["MY"] * 8 + ["SG"] * 3 + ["TH"] * 3 + ["ID"] * 3 + ["PH"] * 3 + ["VN"] * 2 + ["KH", "MV", "MM", "BN", "LA", "TL"]


def pick_w(**kw):
    for _ in range(200):
        cc = R.choice(WEIGHTED_CC)
        try:
            return pick(countries=[cc], **kw)
        except IndexError:
            continue
    return pick(**kw)


# ----------------------------------------------------------------- scenarios
_BATCH = [10 ** 6]


def next_batch():
    _BATCH[0] += 1
    return _BATCH[0]


def lang_for(c, cur):
    lang = lang_of(c)
    if cur == "USD" and lang in ("th", "zh"):
        lang = "en"
    return lang


def one_gen(inv, lang, key="one", chan=None, **kw):
    def gen():
        r = ref1(inv, lang)
        mode = R.random()
        text = say(lang, key, r=r, **kw)
        if key != "one":            # the words carry the meaning: always keep them
            return dict(ref=r if mode < 0.5 else None, text=text, chan=chan)
        if mode < 0.25:
            return dict(ref=r, text=None, chan=chan)
        if mode < 0.5:
            return dict(ref=None, text=text, chan=chan)
        return dict(ref=r, text=text, chan=chan)
    return gen


def generic_gen(lang, chan=None, allow_none=True):
    def gen():
        if allow_none and R.random() < 0.3:
            return dict(ref=None, text=None, chan=chan)
        return dict(ref=None, text=say(lang, "generic"), chan=chan)
    return gen


def inv_kind(c):
    return "KTP" if c["kind"] == "d" and c["country"] == "MY" and R.random() < 0.3 else "KTI"


def amount_verdict(c, cur, amt, ctx, want, scen, lang, chan, why):
    """Label for a payment identified only by payer + amount."""
    subs = subsets_summing(open_of(c, cur, ctx["bal"]), ctx["bal"], amt)
    if len(subs) == 1 and list(subs[0]) == list(want):
        return lab("applied", [(i, ctx["bal"][i["id"]]) for i in want], cur, amt,
                   f"payer {c['id']} identified ({why}); amount equals exactly one open item set", scen, lang, chan,
                   f"No invoice number; payer identified by {why}; the amount matches {', '.join(i['number'] for i in want)} and no other set of the customer's open items.")
    return lab("review", [], cur, amt, "amount fits more than one set of open items", scen, lang, chan,
               "Amount-only payment whose amount fits several sets of open items.", cands=subs[:5])


def sc_exact_ref(n, holders=None):
    out = []
    for j in range(n):
        c = pick_w()
        cur = cur_of(c)
        inv = new_inv(c, cur, gen_amount(cur, c["kind"]), kind=inv_kind(c))
        lang, show = lang_for(c, cur), R.random() < 0.3
        holder = {}

        def make(ctx, c=c, cur=cur, inv=inv, lang=lang, show=show, holder=holder):
            amt = ctx["bal"][inv["id"]]
            p = payment(c, cur, amt, ctx["dt"], lang, show, one_gen(inv, lang), [inv])
            holder.update(pid=ctx["pid"], p=p)
            return p, lab("applied", [(inv, amt)], cur, amt, f"reference {inv['number']} and exact balance",
                          "exact_ref", lang, p["_chan"],
                          "Invoice number in the bank reference/remittance; amount equals its open balance.")
        sp = spec(make, pos=R.uniform(0, 0.6) if holders is not None else None)
        out.append((sp, c, cur, inv, lang, holder))
    return out


def sc_duplicate(n):
    for sp, c, cur, inv, lang, holder in sc_exact_ref(n, holders=True):
        def make(ctx, c=c, cur=cur, inv=inv, lang=lang, holder=holder):
            amt = q(cur, holder["p"]["amount"])
            show = holder["p"]["customer_id"] is not None or R.random() < 0.5
            p = payment(c, cur, amt, ctx["dt"], lang, show, one_gen(inv, lang), [inv], need_name=True)
            assert ctx["bal"][inv["id"]] == 0
            return p, lab("unapplied", [], cur, amt,
                          f"{inv['number']} was already paid in full by {holder['pid']}; held on account",
                          "duplicate_payment", lang, p["_chan"],
                          f"Second payment of {inv['number']} (same amount as {holder['pid']}); nothing left open, cash held as unapplied.")
        spec(make, parent=sp)


def range_text(a, b, lang):
    da, db = digits(a), digits(b)
    short = db[-2:] if da[:3] == db[:3] else db
    opts = {
        "en": [f"{a['number']} to {b['number']}", f"INV {da}-{db}", f"KTI-{da}-{short}", f"{da} ~ {db}",
               f"{a['number']} - {b['number']}"],
        "ms": [f"invois {da} hingga {db}", f"INV {da}-{short}"],
        "zh": [f"{a['number']}至{db}", f"发票{da}至{db}"],
        "th": [f"ตั้งแต่ {a['number']} ถึง {db}", f"{da}-{db}"],
        "id": [f"faktur {da} s/d {db}", f"{da} sampai {db}"],
        "tl": [f"{a['number']} hanggang {db}", f"{da}-{short}"],
        "vi": [f"tu {da} den {db}", f"từ {da} đến {db}", f"HD {da}-{db}"],
    }[lang]
    return R.choice(opts)


def sc_range(n, gaps):
    for j in range(n):
        c = pick_w(cond=lambda x: x["cur"] != "USD")
        cur = c["cur"]
        k = R.randint(3, 5)
        issue = rand_date(date(2025, 6, 2), date(2025, 12, 31))
        bk = next_batch()
        invs = [new_inv(c, cur, gen_amount(cur, c["kind"], 0.4), issue=issue, batch=bk, idx=t) for t in range(k)]
        gap = None
        if j < gaps:
            o = pick_w(cond=lambda x, c=c: x is not c)
            gap = new_inv(o, o["cur"], gen_amount(o["cur"], o["kind"]), issue=issue, batch=bk, idx=1.5)
        lang, show = lang_for(c, cur), R.random() < 0.3

        def make(ctx, c=c, cur=cur, invs=invs, gap=gap, lang=lang, show=show):
            amt = sum(ctx["bal"][i["id"]] for i in invs)
            first, last = invs[0], invs[-1]

            def gen():
                rt = range_text(first, last, lang)
                return dict(ref=None if R.random() < 0.5 else rt, text=say(lang, "many", r=rt))
            p = payment(c, cur, amt, ctx["dt"], lang, show, gen, invs)
            note = f"Range {first['number']}..{last['number']}; amount = sum of the payer's invoices in the range."
            if gap:
                note += f" {gap['number']} inside the range belongs to another customer ({gap['cust']['id']}) and is not part of the payment."
            return p, lab("applied", [(i, ctx["bal"][i["id"]]) for i in invs], cur, amt,
                          "invoice range in remittance; sum equals the payment", "range", lang, p["_chan"], note)
        spec(make)


def sc_multi(n, scen="multi_list", chan_pref=None):
    for j in range(n):
        if chan_pref == "CHEQUE":
            c = pick(countries=["PH"] if R.random() < 0.3 else ["MY"])
        elif chan_pref == "GIRO":
            c = pick(countries=["SG"])
        else:
            c = pick_w()
        cur = c["cur"] if chan_pref else cur_of(c)
        k = R.randint(2, 6)
        same = R.random() < 0.45
        issue = rand_date(date(2025, 6, 2), date(2025, 12, 31)) if same else None
        bk = next_batch() if same else None
        invs = [new_inv(c, cur, gen_amount(cur, c["kind"], 0.5), issue=issue, batch=bk, idx=t) for t in range(k)]
        lang, show = lang_for(c, cur), R.random() < 0.3

        def make(ctx, c=c, cur=cur, invs=invs, lang=lang, show=show, chan_pref=chan_pref):
            bal = ctx["bal"]
            amt = sum(bal[i["id"]] for i in invs)

            def gen():
                r = ref_list(invs, lang)
                if chan_pref == "GIRO":
                    return dict(chan="GIRO", advice=giro_advice(c, [(i, bal[i["id"]]) for i in invs], cur, amt, ctx["dt"]))
                if chan_pref == "CHEQUE":
                    ch = "CHEQUE" if c["country"] == "MY" else "CHECK"
                    return dict(chan=ch, text=cover_letter(c, cur, amt, r, lang))
                t = say(lang, "many", r=r)
                return dict(ref=r if R.random() < 0.6 else None, text=t)
            p = payment(c, cur, amt, ctx["dt"], lang, show, gen, invs)
            return p, lab("applied", [(i, bal[i["id"]]) for i in invs], cur, amt,
                          f"{len(invs)} invoices listed; sum equals the payment", scen, lang, p["_chan"],
                          f"List of {len(invs)} invoice numbers ({'payment advice' if chan_pref == 'GIRO' else 'cheque cover letter' if chan_pref == 'CHEQUE' else 'reference/remittance'}); amounts add up exactly.")
        spec(make)


def cover_letter(c, cur, amt, r, lang):
    m = money(cur, amt, lang)
    if lang == "ms":
        return f"Tuan/Puan,\nBersama-sama ini disertakan cek bernilai {m} sebagai bayaran bagi invois {r}.\nSekian, terima kasih.\nJabatan Akaun, {c['name']}"
    if lang == "zh":
        return f"敬启者：\n随函附上支票一张，金额{m}，用于支付发票 {r}。\n{c['name']} 财务部"
    if lang == "tl":
        return f"Magandang araw po,\nKalakip po ang tseke na nagkakahalaga ng {m} bilang bayad sa invoice {r}.\nSalamat po,\nAccounting, {c['name']}"
    return f"Dear Sir/Madam,\nEnclosed please find our cheque for {m} being payment for invoice(s) {r}.\nRegards,\nAccounts Department\n{c['name']}"


def typo_of(d, taken, others):
    cands = []
    for i in range(1, len(d) - 1):
        if d[i] != d[i + 1]:
            cands.append(d[:i] + d[i + 1] + d[i] + d[i + 2:])
    for i in range(2, len(d)):
        for ch in "0123456789":
            if ch != d[i]:
                cands.append(d[:i] + ch + d[i + 1:])
    cands = [x for x in cands if "KTI-" + x not in taken and x[0] == "4"]
    hit = [x for x in cands if "KTI-" + x in others]
    pool = hit if hit and R.random() < 0.7 else cands
    return R.choice(pool)


def sc_typo(n):
    for _ in range(n):
        show = R.random() < 0.5
        c = pick_w(no_pair=not show)
        cur = cur_of(c)
        inv = new_inv(c, cur, gen_amount(cur, c["kind"]))
        lang = lang_for(c, cur)

        def make(ctx, c=c, cur=cur, inv=inv, lang=lang, show=show):
            amt = ctx["bal"][inv["id"]]
            taken = {i["number"] for i in INVS if i["cust"] is c}
            others = {i["number"] for i in INVS if i["cust"] is not c}
            t = typo_of(digits(inv), taken, others)
            fake = dict(inv, number="KTI-" + t)

            def gen():
                r = ref1(fake, lang)
                return dict(ref=r, text=say(lang, "one", r=r) if R.random() < 0.6 else None)
            p = payment(c, cur, amt, ctx["dt"], lang, show, gen, [fake], need_name=True)
            subs = subsets_summing(open_of(c, cur, ctx["bal"]), ctx["bal"], amt)
            if len(subs) == 1 and subs[0] == (inv,):
                owner = next((i for i in INVS if i["number"] == fake["number"]), None)
                extra = f" ({fake['number']} is {owner['cust']['id']}'s invoice)" if owner else ""
                return p, lab("applied", [(inv, amt)], cur, amt,
                              f"reference {fake['number']} is one digit off {inv['number']}, the payer's only open item of this amount",
                              "typo_ref", lang, p["_chan"],
                              f"Mistyped invoice number {t}{extra}; payer identified; exact balance of {inv['number']}.")
            return p, lab("review", [], cur, amt, "typo reference and amount fits several items", "typo_ref", lang,
                          p["_chan"], "Typo reference; amount not unique.", cands=subs[:5])
        spec(make)


def sc_lump(n):
    lean = [c for c in CUSTOMERS if c.get("lean")]
    for c in lean[:n]:
        lang = lang_for(c, c["cur"])

        def make(ctx, c=c, lang=lang):
            cur = c["cur"]
            invs = open_of(c, cur, ctx["bal"])
            amt = sum(ctx["bal"][i["id"]] for i in invs)
            m = MONTHS[lang](date(2025, 12, 1))

            def gen():
                return dict(ref=R.choice([None, "SOA DEC2025", "STATEMENT"]), text=say(lang, "stmt", m=m))
            p = payment(c, cur, amt, ctx["dt"], lang, R.random() < 0.5, gen)
            return p, lab("applied", [(i, ctx["bal"][i["id"]]) for i in invs], cur, amt,
                          "payment per statement; equals the customer's whole open balance", "lump_statement", lang,
                          p["_chan"],
                          f"No invoice numbers; text says 'as per statement'; amount = all {len(invs)} open invoices of the customer in {cur}.")
        spec(make)


def sc_amount_only(n, scen="amount_only", countries=None, chan=None):
    for _ in range(n):
        show = False if chan else R.random() < 0.5
        c = pick(countries=countries, no_pair=True) if countries else pick_w(no_pair=not show)
        cur = c["cur"] if countries else cur_of(c)
        inv = new_inv(c, cur, gen_amount(cur, c["kind"]))
        lang = lang_for(c, cur)

        def make(ctx, c=c, cur=cur, inv=inv, lang=lang, show=show, chan=chan):
            amt = ctx["bal"][inv["id"]]
            p = payment(c, cur, amt, ctx["dt"], lang, show, generic_gen(lang, chan))
            why = ("customer id from the bank" if p["customer_id"] else
                   "virtual account " + va_of(c) if p["_chan"] == "VA" else
                   "UEN " + c["uen"] if p["_chan"] == "PAYNOW" else "payer name")
            return p, amount_verdict(c, cur, amt, ctx, [inv], scen, lang, p["_chan"], why)
        spec(make)


def sc_truncated(n_ibg, n_swift):
    for j in range(n_ibg + n_swift):
        swift = j >= n_ibg
        if swift:
            c = pick(cond=lambda x: x["cur"] == "USD" or x["usd"])
            cur = "USD"
        else:
            c = pick(countries=["MY"])
            cur = "MYR"
        k = R.randint(4, 6) if swift else R.randint(3, 4)
        issue = rand_date(date(2025, 6, 2), date(2025, 12, 31))
        bk = next_batch()
        invs = [new_inv(c, cur, gen_amount(cur, c["kind"], 0.5), issue=issue, batch=bk, idx=t) for t in range(k)]
        lang = "en" if swift else lang_for(c, cur)

        def make(ctx, c=c, cur=cur, invs=invs, lang=lang, swift=swift):
            bal = ctx["bal"]
            amt = sum(bal[i["id"]] for i in invs)
            for _ in range(60):
                if swift:
                    pre = R.choice(["PAYMENT FOR FF AND E SUPPLY GUESTROOM RENOVATION PHASE 2 LEVELS SIX "
                                    "TO ELEVEN AS PER INVOICES ",
                                    "/RFB/HOTEL REFURBISHMENT PROJECT LOOSE FURNITURE SUPPLY DELIVERY AND "
                                    "INSTALLATION INV ",
                                    "SETTLEMENT OF OUTSTANDING INVOICES FOR LOBBY RESTAURANT AND POOL VILLA "
                                    "FURNITURE ORDER NO "])
                    t70 = pre + " ".join(i["number"] for i in invs)
                    g = dict(chan="SWIFT", swift=dict(text70=t70, hard=R.random() < 0.5))
                    gen = lambda g=g: g
                else:
                    rc = "INV " + " ".join(digits(i) for i in invs)
                    gen = lambda rc=rc: dict(chan=R.choice(["IBG", "DUITNOW"]), ref=rc,
                                             text=R.choice([None, say(lang, "generic")]))
                p = payment(c, cur, amt, ctx["dt"], lang, False, gen)
                seen = refs_in(scan_text(p))
                vis = [i for i in invs if i["number"] in seen]
                lost = [i for i in invs if i not in vis]
                if vis and 1 <= len(lost) <= 3:
                    break
            else:
                raise RuntimeError("truncation")
            rest = amt - sum(bal[i["id"]] for i in vis)
            subs = subsets_summing(open_of(c, cur, bal, exclude=vis), bal, rest, kmax=4)
            where = "MT103 :70: (4x35)" if swift else "IBG Recipient Reference (20 chars)"
            if len(subs) == 1 and {i["id"] for i in subs[0]} == {i["id"] for i in lost}:
                return p, lab("applied", [(i, bal[i["id"]]) for i in invs], cur, amt,
                              f"{where} cut off the list; the shown invoices plus the only open set that makes up the rest",
                              "truncated_ref", lang, p["_chan"],
                              f"Visible: {', '.join(i['number'] for i in vis)}; cut: {', '.join(i['number'] for i in lost)}; the remainder {s(cur, rest)} is matched by exactly one set of the payer's other open items.")
            return p, lab("review", [], cur, amt, "truncated list; remainder fits several sets", "truncated_ref", lang,
                          p["_chan"], "Truncated reference; remainder not unique.",
                          cands=[tuple(vis) + sub for sub in subs][:5])
        spec(make)


def sc_po_trap(n):
    for _ in range(n):
        show = R.random() < 0.5
        c = pick_w(no_pair=not show)
        cur = cur_of(c)
        inv = new_inv(c, cur, gen_amount(cur, c["kind"]))
        lang = lang_for(c, cur)

        def make(ctx, c=c, cur=cur, inv=inv, lang=lang, show=show):
            amt = ctx["bal"][inv["id"]]
            x = R.choice([i for i in INVS if i["cust"] is not c and i["kind"] == "KTI"])
            po = R.choice([digits(x), "PO-" + digits(x), "PO/HTL/" + digits(x), digits(x)])

            def gen():
                return dict(ref=R.choice([None, "PO " + po]), text=say(lang, "po", po=po))
            p = payment(c, cur, amt, ctx["dt"], lang, show, gen, [x], need_name=True)
            v = amount_verdict(c, cur, amt, ctx, [inv], "po_trap", lang, p["_chan"],
                               "customer id from the bank" if p["customer_id"] else "payer name")
            if v["status"] == "applied":
                v["reason"] = f"'{po}' is the customer's PO number, not our invoice; amount equals {inv['number']} exactly"
                v["note"] = v["note"].split("] ")[0] + f"] PO number {po} looks like invoice {x['number']} (customer {x['cust']['id']}, {x['cur']} {x['balance']}); the payer's only open item of this amount is {inv['number']}."
            return p, v
        spec(make)


def sc_other_currency(n):
    for j in range(n):
        c = pick(countries=["TH", "PH", "SG", "VN"], usd=True)
        u = new_inv(c, "USD", gen_amount("USD", c["kind"], 0.3))
        twin = new_inv(c, c["cur"], u["total"]) if c["cur"] not in ZERO_DEC else None
        lang = "en"
        with_ref = j % 2 == 0

        def make(ctx, c=c, u=u, twin=twin, lang=lang, with_ref=with_ref):
            amt = ctx["bal"][u["id"]]
            gen = one_gen(u, lang, chan="SWIFT") if with_ref else generic_gen(lang, "SWIFT", allow_none=False)
            show = R.random() < 0.5 or not with_ref
            p = payment(c, "USD", amt, ctx["dt"], lang, show, gen, [u] if with_ref else [])
            tw = f" {twin['number']} ({c['cur']}) has the same numeric balance but another currency." if twin else ""
            if with_ref:
                return p, lab("applied", [(u, amt)], "USD", amt, f"reference {u['number']} (USD) and exact balance",
                              "other_currency", lang, p["_chan"], "USD payment for a USD invoice." + tw)
            v = amount_verdict(c, "USD", amt, ctx, [u], "other_currency", lang, p["_chan"], "customer id from the bank")
            v["note"] += tw
            return p, v
        spec(make)


UNKNOWN = ["TAN SRI LIM KOK WENG", "NUR AISYAH BINTI AHMAD", "LEE MEI LING", "SOMCHAI PHROMMA", "BUDI SANTOSO",
           "MARIA CRISTINA DELA CRUZ", "NGUYEN VAN HUNG", "CHAN WAI KEUNG", "ORCHID ASSET HOLDINGS LTD",
           "PACIFIC HOSPITALITY TREASURY", "MERIDIAN PAYMENT SVCS", "GLOBEREMIT COLLECTIONS", "WONG KAH HOE",
           "SITI HAJAR BT OMAR", "KRISNA WIJAYA", "JOSE RIZALDO PANGANIBAN", "TRAN THI MAI", "ONG BENG CHOO",
           "ASIA TRADE SETTLEMENT PTE", "HARBOUR FX SERVICES", "PRAKAIDAO SUKSAWAT", "DEWI LESTARI",
           "ANG CHIN HOCK", "RAJESH A/L MUTHU", "GOLDEN LION INVESTMENT"]


def fake_payer(c, name):
    f = dict(c)
    f["name"] = name
    f["thai"] = "บริษัท " + name + " จำกัด"
    f["uen"] = f"{R.randint(2005, 2021)}{R.randint(10000, 99999):05d}{R.choice('CDEGHKMNRWZ')}"
    f["id"] = None
    f["fake"] = True
    f["country"] = "MY" if c["country"] in ("VN",) and False else c["country"]
    return f


def no_va(c, cur, amt):
    ch = channel_for(c, cur, amt)
    while ch == "VA":
        ch = channel_for(c, cur, amt)
    return ch


def sc_third_party(n):
    for _ in range(n):
        c = pick_w()
        cur = cur_of(c)
        inv = new_inv(c, cur, gen_amount(cur, c["kind"]))
        lang = lang_for(c, cur)
        who = R.choice(UNKNOWN)

        def make(ctx, c=c, cur=cur, inv=inv, lang=lang, who=who):
            amt = ctx["bal"][inv["id"]]
            f = fake_payer(c, who)
            g = one_gen(inv, lang)

            def gen():
                d = g()
                d["chan"] = no_va(c, cur, amt)
                return d
            p = payment(f, cur, amt, ctx["dt"], lang, False, gen, [inv])
            return p, lab("applied", [(inv, amt)], cur, amt,
                          f"payer unknown, but reference {inv['number']} and the exact balance", "third_party_ref", lang,
                          p["_chan"], f"Paid by a third party ({who}); invoice number and exact balance identify {inv['number']}.")
        spec(make)


def sc_balance_after_credit(n, overpay=False):
    scen = "overpay_after_credit" if overpay else "balance_after_credit"
    for _ in range(n):
        c = pick_w(cond=lambda x: x["cur"] not in ZERO_DEC)
        cur = c["cur"]
        tot = gen_amount(cur, c["kind"])
        cn = q(cur, tot * D(R.choice(["0.05", "0.08", "0.1", "0.12", "0.15"])))
        inv = new_inv(c, cur, tot, balance=tot - cn)
        lang = lang_for(c, cur)
        cnno = f"CN-{R.randint(2500, 2999)}"
        show = R.random() < 0.4

        def make(ctx, c=c, cur=cur, inv=inv, lang=lang, cnno=cnno, show=show):
            bal = ctx["bal"][inv["id"]]
            if overpay:
                amt = inv["total"]
                p = payment(c, cur, amt, ctx["dt"], lang, show, one_gen(inv, lang), [inv])
                return p, lab("unapplied", [(inv, bal)], cur, amt,
                              f"paid the invoice total of {inv['number']}; a credit note had reduced the balance; remainder held",
                              scen, lang, p["_chan"],
                              f"Amount = invoice total {inv['total']}, open balance {bal} after a credit note; the difference stays unapplied.")
            p = payment(c, cur, bal, ctx["dt"], lang, show, one_gen(inv, lang, key="bal", cn=cnno), [inv])
            return p, lab("applied", [(inv, bal)], cur, bal, f"reference {inv['number']} and exact open balance",
                          scen, lang, p["_chan"],
                          f"Pays the balance after credit note {cnno} (total {inv['total']}, balance {bal}).")
        spec(make)


def round_part(cur, x):
    unit = D("1000000") if cur in ZERO_DEC else D("1000") if cur in ("THB", "PHP") else D("100")
    v = (x / unit).quantize(D("1")) * unit
    return v if v > 0 else unit


def sc_part(n, n_final, n_mid, n_over):
    for j in range(n):
        c = pick_w()
        over = n_final + n_mid <= j < n_final + n_mid + n_over
        cur = c["cur"] if over else cur_of(c)
        if over and cur in ZERO_DEC:
            c = pick_w(cond=lambda x: x["cur"] not in ZERO_DEC)
            cur = c["cur"]
        tot = gen_amount(cur, c["kind"], 1.5)
        inv = new_inv(c, cur, tot, kind=inv_kind(c),
                      balance=q(cur, tot * D("0.9")) if over else None)
        lang = lang_for(c, cur)
        show = R.random() < 0.4
        st = {}

        def make1(ctx, c=c, cur=cur, inv=inv, lang=lang, show=show, st=st):
            bal = ctx["bal"][inv["id"]]
            part = round_part(cur, bal * D(R.choice(["0.3", "0.4", "0.5", "0.25"])))
            assert 0 < part < bal
            st["part"] = part
            p = payment(c, cur, part, ctx["dt"], lang, show, one_gen(inv, lang, key="part", k=1), [inv])
            st["show"] = p["customer_id"] is not None
            return p, lab("partial", [(inv, part)], cur, part, f"part payment (instalment 1) on {inv['number']}",
                          "part_payment", lang, p["_chan"],
                          f"Remittance says part payment/instalment; {inv['number']} stays open for {bal - part}.")
        parent = spec(make1, pos=R.uniform(0, 0.5))
        if j < n_final:
            def make2(ctx, c=c, cur=cur, inv=inv, lang=lang, st=st):
                bal = ctx["bal"][inv["id"]]
                p = payment(c, cur, bal, ctx["dt"], lang, st["show"], one_gen(inv, lang, key="final"), [inv])
                return p, lab("applied", [(inv, bal)], cur, bal,
                              f"final instalment: equals what is left on {inv['number']} after the earlier part payment",
                              "instalment_final", lang, p["_chan"],
                              f"Second payment of {inv['number']}; amount = remaining balance after the earlier part payment.")
            spec(make2, parent=parent)
        elif j < n_final + n_mid:
            def make2(ctx, c=c, cur=cur, inv=inv, lang=lang, st=st):
                bal = ctx["bal"][inv["id"]]
                part = round_part(cur, bal * D("0.5"))
                if part >= bal:
                    part = round_part(cur, bal * D("0.3"))
                assert 0 < part < bal
                p = payment(c, cur, part, ctx["dt"], lang, st["show"], one_gen(inv, lang, key="part", k=2), [inv])
                return p, lab("partial", [(inv, part)], cur, part, f"instalment 2 on {inv['number']}, still open",
                              "instalment_mid", lang, p["_chan"],
                              f"Second instalment of {inv['number']}; {bal - part} still open.")
            mid = spec(make2, parent=parent, gap=R.uniform(0.1, 0.5))

            def make3(ctx, c=c, cur=cur, inv=inv, lang=lang, st=st):
                bal = ctx["bal"][inv["id"]]
                p = payment(c, cur, bal, ctx["dt"], lang, st["show"], one_gen(inv, lang, key="final"), [inv])
                return p, lab("applied", [(inv, bal)], cur, bal,
                              f"final instalment: equals what is left on {inv['number']}", "instalment_final", lang,
                              p["_chan"], f"Third payment of {inv['number']}; amount = remaining balance after two instalments.")
            spec(make3, parent=mid)
        elif over:
            def make2(ctx, c=c, cur=cur, inv=inv, lang=lang, st=st):
                bal = ctx["bal"][inv["id"]]
                amt = inv["total"] - st["part"]
                assert amt > bal
                p = payment(c, cur, amt, ctx["dt"], lang, st["show"], one_gen(inv, lang, key="final"), [inv])
                return p, lab("unapplied", [(inv, bal)], cur, amt,
                              f"final payment computed from the invoice total; {inv['number']} needs only {bal}; remainder held",
                              "instalment_over", lang, p["_chan"],
                              f"Customer paid total {inv['total']} minus its first instalment, ignoring the credit already on the invoice; {amt - bal} unapplied.")
            spec(make2, parent=parent)


def alloc_text(lang, parts, cur):
    word = {"en": ("full", "part payment"), "ms": ("penuh", "bayaran separa"), "zh": ("全额", "部分付款"),
            "th": ("เต็มจำนวน", "ชำระบางส่วน"), "id": ("lunas", "sebagian"), "tl": ("buo", "partial"),
            "vi": ("THANH TOAN DU", "THANH TOAN MOT PHAN")}[lang]
    bits = [f"{i['number']} {money(cur, a, lang)} ({word[0] if full else word[1]})" for i, a, full in parts]
    return "; ".join(bits)


def sc_part_multi(n):
    for _ in range(n):
        c = pick_w(cond=lambda x: x["country"] not in ("TH", "PH"))
        cur = cur_of(c)
        a = new_inv(c, cur, gen_amount(cur, c["kind"], 0.5))
        b = new_inv(c, cur, gen_amount(cur, c["kind"], 1.2))
        lang = lang_for(c, cur)

        def make(ctx, c=c, cur=cur, a=a, b=b, lang=lang):
            bal = ctx["bal"]
            pb = round_part(cur, bal[b["id"]] * D("0.4"))
            assert pb < bal[b["id"]]
            amt = bal[a["id"]] + pb
            t = alloc_text(lang, [(a, bal[a["id"]], True), (b, pb, False)], cur)
            p = payment(c, cur, amt, ctx["dt"], lang, R.random() < 0.4, lambda: dict(text=t, ref="SEE ADVICE" if R.random() < 0.3 else None), [a, b])
            return p, lab("partial", [(a, bal[a["id"]]), (b, pb)], cur, amt,
                          f"remittance allocates: {a['number']} in full, {b['number']} in part", "part_multi", lang,
                          p["_chan"], f"Explicit allocation per invoice; {b['number']} stays open.")
        spec(make)


def sc_deduct(n, kind):
    """kind: wht_th, ewt_ph, pph23_id, retention, deduction, bank_charges, unexplained_short"""
    for j in range(n):
        if kind == "wht_th":
            c, cur = pick(countries=["TH"]), "THB"
        elif kind == "ewt_ph":
            c, cur = pick(countries=["PH"]), "PHP"
        elif kind == "pph23_id":
            c, cur = pick(countries=["ID"]), "IDR"
        elif kind == "retention":
            c = pick(countries=["MY"] if j % 4 else ["SG"], kind="d")
            cur = c["cur"]
        elif kind == "bank_charges":
            c, cur = pick(cond=lambda x: x["cur"] == "USD" or x["usd"]), "USD"
        elif kind == "unexplained_short":
            c = pick_w(cond=lambda x: x["country"] not in ("TH", "PH", "ID") and x["cur"] != "USD")
            cur = c["cur"]
        else:
            c = pick_w()
            cur = cur_of(c)
        ik = "KTP" if kind == "retention" and c["country"] == "MY" else "KTI"
        inv = new_inv(c, cur, gen_amount(cur, c["kind"]), kind=ik)
        lang = lang_for(c, cur)
        show = R.random() < 0.35

        def make(ctx, c=c, cur=cur, inv=inv, lang=lang, show=show, kind=kind):
            bal = ctx["bal"][inv["id"]]
            swift = None
            chan = None
            if kind == "wht_th":
                x = q(cur, q(cur, inv["total"] / D("1.07")) * D("0.03"))
                why = "withholding tax 3% (Thailand), certificate (50 Tawi) to follow"
                g = one_gen(inv, lang, key="wht", x=money(cur, x, lang))
            elif kind == "ewt_ph":
                pct = R.choice([1, 2])
                x = q(cur, q(cur, inv["total"] / D("1.12")) * pct / D(100))
                why = f"expanded withholding tax {pct}% (BIR Form 2307 to follow)"
                g = one_gen(inv, lang, key="ewt", p=pct, x=money(cur, x, lang))
            elif kind == "pph23_id":
                x = q(cur, inv["total"] / D("1.11") * D("0.02"))
                why = "PPh 23 withholding 2% (Indonesia)"
                g = one_gen(inv, lang, key="pph", x=money(cur, x, lang))
            elif kind == "retention":
                pct = R.choice([5, 5, 10])
                x = q(cur, inv["total"] * pct / D(100))
                why = f"retention {pct}% held by the developer"
                g = one_gen(inv, lang, key="ret", p=pct, x=money(cur, x, lang))
            elif kind == "deduction":
                x = q(cur, bal * D(R.choice(["0.02", "0.035", "0.05", "0.08", "0.11"])))
                if cur not in ZERO_DEC:
                    x = (x / 10).quantize(D("1")) * 10
                else:
                    x = (x / 1000).quantize(D("1")) * 1000
                dn = f"DN/{R.choice(['25', '26'])}/{R.randint(100, 999)}"
                why = "customer deduction per its debit note " + dn
                g = one_gen(inv, lang, key="ded", x=money(cur, x, lang), dn=dn)
            elif kind == "bank_charges":
                x = D(R.choice([15, 20, 25, 30, 35]))
                why = "bank charges deducted in transit (MT103 :71F:)"
                r = ref1(inv, "en")
                g = lambda r=r: dict(chan="SWIFT", swift=dict(text70=say("en", "one", r=r), instructed=bal, charges=x,
                                                                cha=R.choice(["SHA", "BEN"])))
            elif kind == "unexplained_short":
                x = q(cur, bal * D(R.choice(["0.013", "0.021", "0.064", "0.12"])))
                why = None
                g = one_gen(inv, lang)
            amt = bal - x
            assert 0 < x < bal
            p = payment(c, cur, amt, ctx["dt"], lang, show, g, [inv])
            if kind == "unexplained_short":
                return p, lab("partial", [(inv, amt)], cur, amt,
                              f"reference {inv['number']}; paid {x} less than the balance, no reason given",
                              kind, lang, p["_chan"],
                              f"Short by {x} with no explanation: applied as a part payment, {inv['number']} stays open (no deduction reason, so short_pay null).")
            return p, lab("partial", [(inv, amt)], cur, amt, f"{inv['number']} paid net of {why.split(' (')[0]}", kind,
                          lang, p["_chan"], f"Short pay of {x} on {inv['number']}: {why}.", short=(inv, x, why))
        spec(make)


def sc_multi_short(n):
    suffix = {"en": "{m}. Less {x} on {n}: {why} ({dn})", "ms": "{m}. Tolak {x} bagi {n}: {why} ({dn})",
              "zh": "{m}。{n}扣除{x}：{why}（{dn}）", "th": "{m} หัก {x} จากใบแจ้งหนี้ {n} เนื่องจากสินค้าชำรุด ({dn})",
              "id": "{m}. Dipotong {x} untuk {n}: {why} ({dn})", "tl": "{m}. Kinaltas ang {x} sa {n} dahil sa {why} ({dn})",
              "vi": "{m}. TRU {x} HD {n} HANG LOI ({dn})"}
    for _ in range(n):
        c = pick_w(cond=lambda x: x["country"] not in ("TH", "PH"))
        cur = cur_of(c)
        invs = [new_inv(c, cur, gen_amount(cur, c["kind"], 0.5)) for _ in range(R.randint(2, 3))]
        lang = lang_for(c, cur)

        def make(ctx, c=c, cur=cur, invs=invs, lang=lang):
            bal = ctx["bal"]
            tgt = R.choice(invs)
            x = q(cur, bal[tgt["id"]] * D(R.choice(["0.03", "0.06", "0.1"])))
            x = (x / 10).quantize(D("1")) * 10 if cur not in ZERO_DEC else (x / 1000).quantize(D("1")) * 1000
            amt = sum(bal[i["id"]] for i in invs) - x
            dn = f"DN-{R.randint(100, 999)}"
            why = R.choice(T[lang].get("why", T["en"]["why"]))

            def gen():
                m = say(lang, "many", r=ref_list(invs, lang))
                return dict(text=suffix[lang].format(m=m, x=money(cur, x, lang), n=tgt["number"], why=why, dn=dn))
            p = payment(c, cur, amt, ctx["dt"], lang, R.random() < 0.4, gen, invs)
            apps = [(i, bal[i["id"]] - (x if i is tgt else 0)) for i in invs]
            return p, lab("partial", apps, cur, amt, f"list paid; {x} deducted from {tgt['number']}", "multi_with_short",
                          lang, p["_chan"], f"{len(invs)} invoices paid, one short by a stated deduction ({why}, {dn}).",
                          short=(tgt, x, f"deduction: {why} ({dn})"))
        spec(make)


def sc_overpay(n):
    for _ in range(n):
        c = pick_w()
        cur = cur_of(c)
        k = 1 if R.random() < 0.7 else 2
        invs = [new_inv(c, cur, gen_amount(cur, c["kind"])) for _ in range(k)]
        lang = lang_for(c, cur)
        show = R.random() < 0.5

        def make(ctx, c=c, cur=cur, invs=invs, lang=lang, show=show):
            bal = ctx["bal"]
            due = sum(bal[i["id"]] for i in invs)
            unit = D("1000000") if cur in ZERO_DEC else D("1000") if cur in ("THB", "PHP") else D("100")
            amt = (due / unit).quantize(D("1"), rounding="ROUND_CEILING") * unit
            if amt == due or R.random() < 0.4:
                amt = due + q(cur, due * D(R.choice(["0.05", "0.1", "0.02"])))
            if len(invs) == 1:
                g = one_gen(invs[0], lang)
            else:
                g = lambda: dict(text=say(lang, "many", r=ref_list(invs, lang)))
            p = payment(c, cur, amt, ctx["dt"], lang, show, g, invs)
            return p, lab("unapplied", [(i, bal[i["id"]]) for i in invs], cur, amt,
                          f"paid more than the referenced invoice(s); {amt - due} held on account", "overpayment", lang,
                          p["_chan"], f"Referenced invoice(s) total {due}; payment {amt}; remainder unapplied.")
        spec(make)


def no_fit_amount(c, cur, bal, base):
    invs = open_of(c, cur, bal)
    amt = base
    while subsets_summing(invs, bal, amt):
        amt += D("1000000") if cur in ZERO_DEC else D("100")
    return amt


def sc_on_account(n, scen):
    """advance_deposit / ref_not_open / known_no_fit: a known customer's payment that fits no invoice."""
    for _ in range(n):
        show = R.random() < 0.5
        c = pick_w(no_pair=not show)
        cur = cur_of(c)
        lang = lang_for(c, cur)

        def make(ctx, c=c, cur=cur, lang=lang, show=show):
            bal = ctx["bal"]
            base = round_part(cur, gen_amount(cur, c["kind"]))
            amt = no_fit_amount(c, cur, bal, base)
            if scen == "advance_deposit":
                po = f"PO-{R.choice(['HTL', 'FFE', 'PRJ', 'RTL'])}-{R.randint(2026001, 2026399)}"
                g = lambda: dict(ref=R.choice([None, po]), text=say(lang, "dep", po=po, p=R.choice([30, 50])))
                why = f"deposit for a new order {po}; no invoice yet"
            elif scen == "ref_not_open":
                old = f"KTI-{R.randint(38100, 39990)}"
                fake = dict(number=old, kind="KTI", cust=c)
                g = lambda: dict(ref=old, text=say(lang, "one", r=old) if R.random() < 0.5 else None)
                why = f"{old} is not an open invoice"
            else:
                g = generic_gen(lang)
                why = "no invoice number and no open item or set matches the amount"
            if not show:
                g0 = g
                def g(g0=g0):
                    d = g0()
                    d["chan"] = channel_for(c, cur, amt)
                    return d
            p = payment(c, cur, amt, ctx["dt"], lang, show, g)
            ident = "customer id" if p["customer_id"] else ("VA" if p["_chan"] == "VA" else "UEN" if p["_chan"] == "PAYNOW" else "payer name")
            return p, lab("unapplied", [], cur, amt, f"known customer ({ident}); {why}; held on account", scen, lang,
                          p["_chan"], f"Payer identified by {ident}; {why}. Nothing applied, all unapplied.")
        spec(make)


def cands_sorted(sets):
    return sorted(sets, key=lambda s_: (len(s_), min(i["due"] for i in s_), min(i["number"] for i in s_)))


def sc_ambiguous_amount(n):
    for j in range(n):
        show = R.random() < 0.5
        c = pick_w(no_pair=not show)
        cur = cur_of(c)
        tot = gen_amount(cur, "r")
        k = 3 if j % 4 == 0 else 2
        invs = [new_inv(c, cur, tot) for _ in range(k)]
        lang = lang_for(c, cur)

        def make(ctx, c=c, cur=cur, invs=invs, lang=lang, show=show):
            bal = ctx["bal"]
            amt = bal[invs[0]["id"]]
            p = payment(c, cur, amt, ctx["dt"], lang, show, generic_gen(lang))
            subs = subsets_summing(open_of(c, cur, bal), bal, amt)
            assert len(subs) >= 2
            return p, lab("review", [], cur, amt, f"{len(invs)} open invoices have exactly this balance; no reference",
                          "ambiguous_amount", lang, p["_chan"],
                          f"Repeat order: {', '.join(i['number'] for i in invs)} all open for {amt}; nothing says which.",
                          cands=subs[:5])
        spec(make)


def sc_ambiguous_subset(n):
    for _ in range(n):
        show = R.random() < 0.5
        c = pick_w(no_pair=not show, cond=lambda x: x["cur"] not in ZERO_DEC)
        cur = cur_of(c)
        a = new_inv(c, cur, gen_amount(cur, "r"))
        b = new_inv(c, cur, gen_amount(cur, "r"))
        big = new_inv(c, cur, a["total"] + b["total"])
        lang = lang_for(c, cur)

        def make(ctx, c=c, cur=cur, a=a, b=b, big=big, lang=lang, show=show):
            bal = ctx["bal"]
            amt = bal[big["id"]]
            p = payment(c, cur, amt, ctx["dt"], lang, show, generic_gen(lang))
            subs = subsets_summing(open_of(c, cur, bal), bal, amt)
            assert (big,) in subs and (a, b) in subs or (b, a) in subs
            return p, lab("review", [], cur, amt,
                          f"amount equals {big['number']} alone and also {a['number']} + {b['number']}",
                          "ambiguous_subset", lang, p["_chan"],
                          "Lump sum without a list; two different sets of open items add up to it.", cands=subs[:5])
        spec(make)


def sc_ambiguous_name(n):
    pairs = {}
    for c in CUSTOMERS:
        if c.get("pair"):
            pairs.setdefault(c["pair"], []).append(c)
    keys = sorted(pairs)
    for j in range(n):
        A, B = pairs[keys[j % len(keys)]]
        tot = gen_amount("MYR", "r")
        ia, ib = new_inv(A, "MYR", tot), new_inv(B, "MYR", tot)
        lang = lang_for(A, "MYR")

        def make(ctx, A=A, B=B, ia=ia, ib=ib, lang=lang):
            bal = ctx["bal"]
            amt = bal[ia["id"]]
            src = R.choice([A, B])
            p = payment(src, "MYR", amt, ctx["dt"], lang, False,
                        lambda: dict(chan=R.choice(["IBG", "DUITNOW"]), ref=R.choice([None, "PAYMENT", "BAYARAN"]),
                                     text=None))
            assert cut(bank_spell(A), 20) == cut(bank_spell(B), 20) == p["payer_name"]
            subs = cands_sorted(subsets_summing(open_of(A, "MYR", bal), bal, amt) +
                                subsets_summing(open_of(B, "MYR", bal), bal, amt))
            return p, lab("review", [], "MYR", amt,
                          f"payer name cut at 20 characters fits both {A['id']} and {B['id']}; each has an open item of this amount",
                          "ambiguous_name", lang, p["_chan"],
                          f"'{p['payer_name']}' could be {A['name']} or {B['name']}; no customer id, no reference.",
                          cands=subs[:5])
        spec(make)


def sc_ref_conflict(n):
    for _ in range(n):
        show = R.random() < 0.5
        c = pick_w(no_pair=not show)
        cur = cur_of(c)
        issue = rand_date(date(2025, 6, 2), date(2025, 12, 31))
        bk = next_batch()
        A = new_inv(c, cur, gen_amount(cur, c["kind"], 1.3), issue=issue, batch=bk, idx=0)
        B = new_inv(c, cur, gen_amount(cur, c["kind"], 0.5), issue=issue, batch=bk, idx=1)
        lang = lang_for(c, cur)

        def make(ctx, c=c, cur=cur, A=A, B=B, lang=lang, show=show):
            bal = ctx["bal"]
            amt = bal[B["id"]]
            assert amt != bal[A["id"]]
            p = payment(c, cur, amt, ctx["dt"], lang, show, one_gen(A, lang), [A])
            return p, lab("review", [], cur, amt,
                          f"reference names {A['number']} but the amount is exactly the balance of {B['number']}",
                          "ref_amount_conflict", lang, p["_chan"],
                          f"Either a part payment of {A['number']} or a full payment of {B['number']} (the next invoice of the same delivery, a likely slip in the number).",
                          cands=[(B,), (A,)])
        spec(make)


def sc_cross_customer(n):
    for _ in range(n):
        X = pick_w(cond=lambda x: x["cur"] != "USD")
        Y = pick(cond=lambda y, X=X: y is not X and y["cur"] == X["cur"])
        cur = X["cur"]
        tot = gen_amount(cur, "r")
        ix, iy = new_inv(X, cur, tot), new_inv(Y, cur, tot)
        lang = lang_for(X, cur)

        def make(ctx, X=X, Y=Y, ix=ix, iy=iy, lang=lang, cur=cur):
            amt = ctx["bal"][iy["id"]]
            p = payment(X, cur, amt, ctx["dt"], lang, True, one_gen(iy, lang), [iy])
            return p, lab("review", [], cur, amt,
                          f"payer is {X['id']} but {iy['number']} belongs to {Y['id']}; {X['id']} has its own open item of the same amount",
                          "cross_customer", lang, p["_chan"],
                          f"Paying on behalf of {Y['id']}, or {X['id']} quoting the wrong number for {ix['number']}.",
                          cands=[(iy,), (ix,)])
        spec(make)


def sc_typo_ambiguous(n):
    for _ in range(n):
        show = R.random() < 0.5
        c = pick_w(no_pair=not show, cond=lambda x: x["cur"] != "USD")
        cur = c["cur"]
        issue = rand_date(date(2025, 6, 2), date(2025, 12, 31))
        bk = next_batch()
        A = new_inv(c, cur, gen_amount(cur, c["kind"]), issue=issue, batch=bk, idx=0)
        B = new_inv(c, cur, gen_amount(cur, c["kind"]), issue=issue, batch=bk, idx=1)
        lang = lang_for(c, cur)

        def make(ctx, c=c, cur=cur, A=A, B=B, lang=lang, show=show):
            bal = ctx["bal"]
            da, db = digits(A), digits(B)
            if da[:4] != db[:4]:
                # numbers straddle a decade: use a transposed middle pair instead, one edit from each? fall back to
                # a last-digit typo of A that is also one substitution from B only when they share 4 digits
                pass
            mine = {i["number"] for i in INVS if i["cust"] is c}
            opts = [da[:4] + d for d in "0123456789" if "KTI-" + da[:4] + d not in mine] if da[:4] == db[:4] else []
            if not opts:
                opts = [da[:3] + db[3] + da[4]] if "KTI-" + da[:3] + db[3] + da[4] not in mine else [da]
            t = R.choice(opts)
            fake = dict(A, number="KTI-" + t)
            amt = round_part(cur, min(bal[A["id"]], bal[B["id"]]) * D("0.5"))
            subs = subsets_summing(open_of(c, cur, bal), bal, amt)
            assert not subs
            p = payment(c, cur, amt, ctx["dt"], lang, show,
                        lambda: dict(ref=ref1(fake, lang), text=R.choice([None, say(lang, "one", r="KTI-" + t)])), [fake], need_name=True)
            return p, lab("review", [], cur, amt,
                          f"reference {fake['number']} is one digit off both {A['number']} and {B['number']}; amount matches neither",
                          "typo_ambiguous", lang, p["_chan"],
                          f"Mistyped number fits two of the payer's invoices; round amount looks like a part payment of either.",
                          cands=cands_sorted([(A,), (B,)]))
        spec(make)


def sc_unknown(n, with_match):
    for j in range(n):
        matched = j < with_match
        c = pick_w()
        cur = cur_of(c)
        lang = lang_for(c, cur)
        who = R.choice(UNKNOWN)

        def make(ctx, c=c, cur=cur, lang=lang, who=who, matched=matched):
            bal = ctx["bal"]
            pool = open_cur(cur, bal)
            if matched:
                for _ in range(200):
                    t = R.choice(pool)
                    amt = bal[t["id"]]
                    if sum(1 for i in pool if bal[i["id"]] == amt) == 1:
                        break
                cands = [(t,)]
                note = f"Unknown payer, no reference; the amount equals the balance of one invoice ({t['number']}, {t['cust']['id']}) in the whole ledger."
            else:
                amt = round_part(cur, gen_amount(cur, "r"))
                while any(bal[i["id"]] == amt for i in pool):
                    amt += D("1000000") if cur in ZERO_DEC else D("100")
                cands = []
                note = "Unknown payer, no reference, amount matches no open invoice."
            f = fake_payer(c, who)
            g = generic_gen(lang)

            def gen():
                d = g()
                d["chan"] = no_va(c, cur, amt)
                return d
            p = payment(f, cur, amt, ctx["dt"], lang, False, gen)
            return p, lab("review", [], cur, amt, "payer not a known customer; no invoice reference", "unknown_payer",
                          lang, p["_chan"], note, cands=cands)
        spec(make)


def sc_unknown_mismatch(n):
    for _ in range(n):
        c = pick_w()
        cur = cur_of(c)
        inv = new_inv(c, cur, gen_amount(cur, c["kind"]))
        lang = lang_for(c, cur)
        who = R.choice(UNKNOWN)

        def make(ctx, c=c, cur=cur, inv=inv, lang=lang, who=who):
            bal = ctx["bal"][inv["id"]]
            amt = round_part(cur, bal * D(R.choice(["0.5", "0.7", "0.35"])))
            f = fake_payer(c, who)
            g = one_gen(inv, lang)

            def gen():
                d = g()
                d["chan"] = no_va(c, cur, amt)
                return d
            p = payment(f, cur, amt, ctx["dt"], lang, False, gen, [inv])
            return p, lab("review", [], cur, amt,
                          f"unknown payer quotes {inv['number']} but pays {amt} of {bal}", "unknown_payer_ref_mismatch",
                          lang, p["_chan"], "Third-party payer, reference to a real invoice, amount does not match it.",
                          cands=[(inv,)])
        spec(make)


RATES = {"SGD": D("1.35"), "THB": D("35.2"), "PHP": D("57.8"), "VND": D("25400"), "IDR": D("16250")}


def sc_currency_mismatch(n):
    for j in range(n):
        if j == 0:
            c = pick(countries=["MY"], no_pair=True)
            inv = new_inv(c, "MYR", gen_amount("MYR", c["kind"]))
            pcur, rate = "SGD", D("0.3")
        else:
            c = pick(cond=lambda x: x["usd"] and x["cur"] in ("SGD", "THB", "PHP"))
            inv = new_inv(c, "USD", gen_amount("USD", c["kind"], 0.4))
            pcur, rate = c["cur"], RATES[c["cur"]]
        lang = lang_for(c, pcur)

        def make(ctx, c=c, inv=inv, pcur=pcur, rate=rate, lang=lang):
            amt = q(pcur, ctx["bal"][inv["id"]] * rate)
            chan = "FAST" if pcur == "SGD" and c["country"] != "SG" else None
            p = payment(c, pcur, amt, ctx["dt"], lang, R.random() < 0.5,
                        lambda: dict(one_gen(inv, lang)(), chan=chan), [inv])
            return p, lab("review", [], pcur, amt,
                          f"{pcur} payment quotes {inv['number']}, which is a {inv['cur']} invoice", "currency_mismatch",
                          lang, p["_chan"],
                          f"Reference is a {inv['cur']} invoice ({inv['balance']}); payment in {pcur} can't be applied to it; no {pcur} invoice fits.")
        spec(make)


def sc_multi_unallocated(n):
    for _ in range(n):
        c = pick_w(cond=lambda x: x["country"] not in ("TH", "PH", "ID"))
        cur = cur_of(c)
        a = new_inv(c, cur, gen_amount(cur, c["kind"], 0.6))
        b = new_inv(c, cur, gen_amount(cur, c["kind"], 0.6))
        lang = lang_for(c, cur)

        def make(ctx, c=c, cur=cur, a=a, b=b, lang=lang):
            bal = ctx["bal"]
            due = bal[a["id"]] + bal[b["id"]]
            amt = round_part(cur, due * D("0.6"))
            assert not subsets_summing(open_of(c, cur, bal), bal, amt)
            p = payment(c, cur, amt, ctx["dt"], lang, R.random() < 0.5,
                        lambda: dict(text=say(lang, "many", r=ref_list([a, b], lang)), ref=None), [a, b])
            return p, lab("review", [], cur, amt,
                          f"lists {a['number']} and {b['number']} ({due}) but pays {amt}; no split given",
                          "multi_short_unallocated", lang, p["_chan"],
                          "Two invoices named, less than their sum paid, no reason and no allocation.",
                          cands=[(a, b)])
        spec(make)


def sc_bad_rows():
    kinds = [("amount", ""), ("amount", "N/A"), ("amount", None), ("neg", "-"), ("neg", "-"), ("zero", "0.00"),
             ("zero", "0"), ("currency", None), ("currency", None), ("currency", ""), ("currency", "XXX"),
             ("date", "2026-02-30"), ("date", None), ("dup", None), ("dup", None)]
    errs = {"amount": "invalid_amount", "neg": "non_positive_amount", "zero": "non_positive_amount",
            "currency": "invalid_currency", "date": "invalid_date", "dup": "duplicate_payment_id"}
    for kind, val in kinds:
        if kind == "dup":
            parents = sc_exact_ref(1, holders=True)
            sp = parents[0][0]
            holder = parents[0][5]

            def make(ctx, holder=holder, sp=sp):
                p = dict(holder["p"])
                p["_chan"] = p.get("_chan")
                p["_id"] = holder["pid"]
                return p, lab("review", [], "MYR", D(0), "same payment id as an earlier row: file loaded twice",
                              "bad_row", "-", p["_chan"],
                              f"Exact copy of {holder['pid']} (same id, date, amount, text).", error="duplicate_payment_id")
            spec(make, pos=sp["pos"] + 1e-9)
            continue
        if kind == "zero" and val == "0":
            c = pick(countries=["ID"])
        else:
            c = pick_w(cond=lambda x: x["cur"] not in ZERO_DEC)
        cur = c["cur"]
        inv = new_inv(c, cur, gen_amount(cur, c["kind"]))
        lang = lang_for(c, cur)

        def make(ctx, c=c, cur=cur, inv=inv, lang=lang, kind=kind, val=val):
            amt = ctx["bal"][inv["id"]]
            if kind == "neg":
                p = payment(c, cur, amt, ctx["dt"], lang, True, one_gen(inv, lang), [inv])
                p["amount"] = "-" + p["amount"]
                p["remittance"] = (p["remittance"] or "") + "\nRETURNED: BENEFICIARY ACCOUNT NAME MISMATCH"
                note = "Negative amount: a returned/reversed transfer, not a receipt."
            else:
                p = payment(c, cur, amt, ctx["dt"], lang, R.random() < 0.5, one_gen(inv, lang), [inv])
                note = ""
                if kind == "amount":
                    p["amount"] = val
                    note = f"Amount {val!r} is not a decimal number."
                elif kind == "zero":
                    p["amount"] = val
                    note = "Zero amount (account verification / penny test)."
                elif kind == "currency":
                    p["currency"] = val
                    note = f"Currency {val!r} is not a valid ISO 4217 code for a receipt; reference and amount would otherwise match {inv['number']}."
                elif kind == "date":
                    p["_date"] = val
                    note = f"Date {val!r} is not a valid date."
            return p, lab("review", [], cur, amt, "bad row: " + errs[kind].replace("_", " "), "bad_row", lang,
                          p["_chan"], note + " Nothing applied.", error=errs[kind])
        spec(make)


# ----------------------------------------------------------------- assemble
def business_days(a, b):
    out, d = [], a
    while d <= b:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def plan():
    build_customers()
    for nm in ("Seri Pacific Hotels", "Bukit Damai Development", "Rumahku Home Furnishing"):
        for c in CUSTOMERS:
            if c["name"].startswith(nm):
                c["pair"] = nm
    lean_pool = [c for c in CUSTOMERS if not c["usd"] and not c.get("pair") and c["country"] in
                 ("MY", "SG", "TH", "ID", "PH", "VN")]
    for cc in ("MY", "MY", "SG", "TH", "ID", "PH", "VN", "MY"):
        c = R.choice([x for x in lean_pool if x["country"] == cc and not x.get("lean")])
        c["lean"] = True
    background()

    # applied
    sc_exact_ref(56)
    sc_multi(22)
    sc_multi(6, scen="multi_list", chan_pref="GIRO")
    sc_multi(8, scen="cheque_list", chan_pref="CHEQUE")
    sc_range(8, gaps=2)
    sc_typo(14)
    sc_lump(8)
    sc_amount_only(14)
    sc_amount_only(6, scen="va_amount", countries=["ID"], chan="VA")
    sc_amount_only(6, scen="uen_amount", countries=["SG"], chan="PAYNOW")
    sc_truncated(5, 5)
    sc_po_trap(8)
    sc_other_currency(6)
    sc_third_party(5)
    sc_balance_after_credit(5)
    # partial (+ follow-ups: instalment_final / instalment_mid / instalment_over)
    sc_part(15, n_final=6, n_mid=3, n_over=3)
    sc_part_multi(4)
    sc_deduct(10, "wht_th")
    sc_deduct(10, "ewt_ph")
    sc_deduct(2, "pph23_id")
    sc_deduct(6, "retention")
    sc_deduct(7, "deduction")
    sc_deduct(5, "bank_charges")
    sc_deduct(3, "unexplained_short")
    sc_multi_short(5)
    # unapplied
    sc_overpay(8)
    sc_balance_after_credit(4, overpay=True)
    sc_duplicate(12)
    sc_on_account(9, "advance_deposit")
    sc_on_account(4, "ref_not_open")
    sc_on_account(5, "known_no_fit")
    # review
    sc_ambiguous_amount(12)
    sc_ambiguous_subset(7)
    sc_ambiguous_name(5)
    sc_ref_conflict(7)
    sc_cross_customer(5)
    sc_typo_ambiguous(5)
    sc_unknown(12, with_match=6)
    sc_unknown_mismatch(4)
    sc_currency_mismatch(4)
    sc_multi_unallocated(4)
    sc_bad_rows()


def run():
    plan()
    number_invoices()
    SPECS.sort(key=lambda sp: sp["pos"])
    days = business_days(PAY_FIRST, PAY_LAST)
    bal = {i["id"]: i["balance"] for i in INVS}
    payments, labels = [], []
    n = len(SPECS)
    for k, sp in enumerate(SPECS):
        dt = days[min(len(days) - 1, k * len(days) // n)]
        pid = f"pay-{k + 1:04d}"
        ctx = dict(dt=dt, bal=bal, pid=pid, payments=payments)
        p, l = sp["make"](ctx)
        if "_id" in p:                       # duplicate row: exact copy of an earlier payment
            row = dict(next(x for x in payments if x["id"] == p["_id"]))
        else:
            row = {"id": pid, "date": p.get("_date", dt.isoformat()) if "_date" in p else dt.isoformat(),
                   "amount": p["amount"], "currency": p["currency"], "payer_name": p["payer_name"],
                   "customer_id": p["customer_id"], "reference": p["reference"], "remittance": p["remittance"]}
        lab_ = {"payment_id": row["id"]}
        lab_.update(l)
        if "error" not in l:
            for a in l["applications"]:
                bal[a["invoice_id"]] -= D(a["amount"])
                assert bal[a["invoice_id"]] >= 0, (pid, a)
        payments.append(row)
        labels.append(lab_)
    return payments, labels


def invoice_rows():
    rows = []
    for i in sorted(INVS, key=lambda x: x["id"]):
        rows.append({"id": i["id"], "number": i["number"], "customer_id": i["cust"]["id"],
                     "customer_name": i["cust"]["name"], "currency": i["cur"], "total": s(i["cur"], i["total"]),
                     "balance": s(i["cur"], i["balance"]), "issue_date": i["issue"].isoformat(),
                     "due_date": i["due"].isoformat()})
    return rows


def main():
    payments, labels = run()
    os.makedirs(LEDGER, exist_ok=True)
    for name, obj in (("invoices.json", invoice_rows()), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(LEDGER, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
    write_readme(payments, labels)
    print(len(INVS), "invoices,", len(payments), "payments")


SCEN_DOC = [
    ("applied", "exact_ref", "one invoice number (many spellings: KTI-40877, KTI40877, INV 40877, 40877, Inv#, No., SI, HD, KTP-1234 claims) and its exact balance"),
    ("applied", "multi_list", "several numbers (lists with , & / + ;, suffix lists KTI-40877/78/81, GIRO payment-advice tables); sum exact"),
    ("applied", "cheque_list", "cheque (MY) / check (PH) with a cover letter listing the invoices"),
    ("applied", "range", "'40211 to 40214', '40211-14', 's/d', 'hingga', 'ถึง', 'đến', '至'; two ranges contain another customer's invoice that is not paid"),
    ("applied", "typo_ref", "one-digit slip or transposition (usually another customer's number); payer identified, amount is its only open match"),
    ("applied", "lump_statement", "'as per statement' with no numbers; amount = every open item of that customer"),
    ("applied", "amount_only", "no usable reference; payer identified (customer_id or unique name); exactly one open set matches"),
    ("applied", "va_amount", "Indonesian virtual account: VA = 88617 + customer code zero-padded to 11 digits; amount only"),
    ("applied", "uen_amount", "PayNow corporate with 'Payer UEN'; SG customer ids are SG-<UEN>; amount only"),
    ("applied", "truncated_ref", "IBG/DuitNow Recipient Reference cut at 20 chars or MT103 :70: cut at 4x35; the remainder fits exactly one set of the payer's other open items"),
    ("applied", "po_trap", "customer's PO number is 5 digits and equals another customer's invoice number; amount is the payer's only match"),
    ("applied", "other_currency", "USD payment from a customer with USD and local invoices; mostly a local-currency invoice of the same customer has the same numeric balance"),
    ("applied", "third_party_ref", "unknown payer (director, parent, payment agent) but exact number + exact balance"),
    ("applied", "balance_after_credit", "pays the balance left after a credit note (total != balance)"),
    ("applied", "instalment_final", "last instalment: equals what earlier payments in this file left open"),
    ("partial", "part_payment", "explicit part payment / instalment 1 / deposit on an invoice (words in 7 languages)"),
    ("partial", "instalment_mid", "second instalment, invoice still open"),
    ("partial", "part_multi", "remittance allocates: one invoice in full, another in part"),
    ("partial", "wht_th", "Thai withholding tax 3% of the pre-VAT amount (total/1.07), 50 Tawi certificate mentioned -> short_pay"),
    ("partial", "ewt_ph", "Philippine EWT 1% (goods) or 2% (services) of total/1.12, BIR Form 2307 mentioned -> short_pay"),
    ("partial", "pph23_id", "Indonesian PPh 23 2% of total/1.11 -> short_pay"),
    ("partial", "retention", "developer keeps 5% / 10% retention on a progress claim -> short_pay"),
    ("partial", "deduction", "customer's debit note for damaged/short-delivered goods -> short_pay"),
    ("partial", "bank_charges", "MT103 :33B: instructed amount minus :71F: charges = amount received -> short_pay"),
    ("partial", "multi_with_short", "a list paid in full except a stated deduction on one invoice -> short_pay on that one"),
    ("partial", "unexplained_short", "exact reference, paid a little less, no reason: applied, invoice stays open, short_pay null"),
    ("unapplied", "overpayment", "referenced invoice(s) paid, plus extra (rounded up or more)"),
    ("unapplied", "overpay_after_credit", "paid the invoice total although a credit note had reduced the balance"),
    ("unapplied", "instalment_over", "final instalment computed from the total, ignoring the credit: remainder held"),
    ("unapplied", "duplicate_payment", "same invoice paid again after an earlier payment in this file closed it"),
    ("unapplied", "advance_deposit", "known customer, deposit / downpayment for a new PO, no invoice yet"),
    ("unapplied", "ref_not_open", "known customer quotes an invoice number that is not open (KTI-38xxx/39xxx)"),
    ("unapplied", "known_no_fit", "known customer, no reference, no open set of up to 3 items matches"),
    ("review", "ambiguous_amount", "two or three open invoices of the payer have exactly this balance, no reference"),
    ("review", "ambiguous_subset", "amount equals one invoice and also the sum of two others"),
    ("review", "ambiguous_name", "20-char payer name fits two customers ('SERI PACIFIC HOTELS' KL/Penang, 'BUKIT DAMAI DEVELOPM', 'RUMAHKU HOME FURNISH'), each with an item of that amount"),
    ("review", "ref_amount_conflict", "reference says invoice A, amount is exactly invoice B (the adjacent number); candidates [[B],[A]]"),
    ("review", "cross_customer", "payer X quotes customer Y's invoice; X has its own item of the same amount; candidates [[Y's],[X's]]"),
    ("review", "typo_ambiguous", "mistyped number one digit off two of the payer's invoices, round amount matching neither"),
    ("review", "unknown_payer", "payer unknown, no reference; candidates = the one invoice in the ledger with that exact balance, or []"),
    ("review", "unknown_payer_ref_mismatch", "payer unknown, quotes a real invoice, amount does not match it"),
    ("review", "currency_mismatch", "pays in SGD/THB/PHP an invoice that is in MYR/USD; candidates []"),
    ("review", "multi_short_unallocated", "two invoices named, less than their sum paid, no split or reason; candidates [[both]]"),
    ("review", "bad_row", "invalid amount / non-positive amount / invalid currency / invalid date / duplicate payment id (label has `error`)"),
]

LANG_NAMES = {"en": "English", "ms": "Malay", "zh": "Chinese", "th": "Thai", "id": "Bahasa Indonesia", "tl": "Tagalog/Taglish",
              "vi": "Vietnamese", "-": "(duplicate-row copies)"}


def write_readme(payments, labels):
    from collections import Counter
    st = Counter(l["status"] for l in labels)
    sc = Counter(l["scenario"] for l in labels)
    lang = Counter(l["note"].split(", ")[1] for l in labels)
    chan = Counter(l["note"].split(", ")[2].split("]")[0] for l in labels)
    cur = Counter(str(p["currency"]) for p in payments)
    icur = Counter(i["cur"] for i in INVS)
    errs = Counter(l.get("error") for l in labels if l.get("error"))
    L = []
    w = L.append
    w("# Blind cash-application set: `sea_furniture`")
    w("")
    w("Generated by `build.py` (seed 334, standard library only); verified by `check.py`.")
    w("Built from `contracts/cash-application.md` only. Every name, UEN, VA, account and reference is made up.")
    w("")
    w("## Theme")
    w("")
    w("Kayu Teras Furniture & Fit-Out Sdn Bhd (fictional), Muar, Johor: loose furniture, FF&E and fit-out for hotels,")
    w("property developers (progress claims `KTP-nnnn`, with retention) and furniture retailers across Southeast Asia.")
    w("One group AR ledger in MYR, SGD, THB, IDR, PHP, VND and USD; invoices `KTI-nnnnn` are numbered in issue order,")
    w("so one delivery invoiced in several parts has consecutive numbers. Thai and Philippine invoices include VAT")
    w("(7% / 12%), which is what the withholding-tax deductions are computed from.")
    w("")
    w("## Files (`sea_furniture/`)")
    w("")
    w("| file | rows | content |")
    w("|---|---|---|")
    w(f"| `invoices.json` | {len(INVS)} | open invoices at 2026-01-02 (all issued 2025-06..2025-12): id, number, customer_id, customer_name, currency, total, balance, issue_date, due_date |")
    w(f"| `payments.json` | {len(payments)} | bank receipts 2026-01-05..2026-03-31, oldest first, as the contract specifies |")
    w(f"| `labels.json` | {len(labels)} | one expected MATCHES.json entry per payment, same order, plus `scenario`, `note` and (bad rows only) `error` |")
    w("")
    w("Amounts are decimal strings: two decimals, except IDR and VND which have none (`\"15750000\"`), in invoices,")
    w("payments and labels alike. Compare amounts as decimals.")
    w("")
    w("Customer ids: `MY-1xxx`, `SG-<UEN>`, `TH-2xxx`, `ID-<4-digit code>`, `PH-3xxx`, `VN-4xxx`, and `KH/MV/MM/BN/LA/TL-5xxx`")
    w("for USD-only resorts. `customer_id` in a payment is filled only when the bank line was matched to a customer;")
    w("otherwise the payer is known only from its (truncated) name, a PayNow `Payer UEN`, an Indonesian virtual account")
    w("(`VA 88617` + customer code padded to 11 digits) or not at all.")
    w("")
    w("What the bank data looks like: MY IBG / DuitNow (payer name cut at 20 characters, `Recipient Reference` cut at 20,")
    w("`Other Payment Details` free text), MY cheques with a teller-keyed name and a cover letter, SG PayNow corporate")
    w("(`Payer UEN`), FAST, GIRO with a tabular payment advice, TH PromptPay (payer in Thai script or Latin, Thai memo) and")
    w("BAHTNET, ID virtual accounts and RTGS/SKN `Berita`, PH InstaPay (up to PHP 50,000) / PESONet / checks, VN transfers")
    w("(`ND CK:` content without diacritics or with), and SWIFT MT103 for USD (full block in `remittance`, `reference` =")
    w("field :20:, `:70:` at most 4 lines of 35 characters, upper case, some cut mid-word, `:33B:`/`:71F:` for charges).")
    w("")
    w("## Label conventions")
    w("")
    w("- `applications` list invoice **ids**; `unapplied` = payment amount minus the applications.")
    w("- `applied`: every listed invoice reaches zero. `partial`: at least one applied invoice stays open on purpose.")
    w("  `short_pay` = `{invoice_id, amount, reason}` where `amount` is exactly what stays open on that invoice; it is set")
    w("  for stated deductions (WHT 3% TH, EWT 1%/2% PH, PPh 23 ID, retention, customer debit notes) and for SWIFT charges")
    w("  proven by `:33B:` - `:71F:`. Part payments and unexplained shortfalls are `partial` with `short_pay: null`.")
    w("- `unapplied`: a **known** customer's cash held on account: overpayment remainders (applications listed), second")
    w("  payments of an invoice an earlier payment in this file already closed, deposits, quotes of non-open invoices, amounts")
    w("  that fit nothing. An unknown payer is never `unapplied`; it is `review`.")
    w("- `review`: nothing applied, `unapplied` = the whole amount, `candidates` = list of invoice-id lists, best first:")
    w("  single invoices before sets, then oldest due date. Where the evidence ranks them (ref_amount_conflict,")
    w("  cross_customer) the better-supported set is first. Compare as a set if order is not of interest.")
    w("- Amount-only matches are applied only when the payer is identified (customer_id, VA, UEN, or a payer name that fits")
    w("  exactly one customer) and exactly one set of up to three of its open items (four for truncated lists) adds up.")
    w("  Candidate search is per customer and currency; other currencies never count.")
    w("- Bad rows: `status: review`, no applications, `candidates: []`, `unapplied: \"0.00\"`, plus `error` (one of")
    w("  `invalid_amount`, `non_positive_amount`, `invalid_currency`, `invalid_date`, `duplicate_payment_id`). They change")
    w("  no balance. Several would otherwise match an invoice exactly (a trap for engines that skip validation).")
    w("- `note` starts `[scenario, lang, channel]`; `lang` is the language of the payer's wording (for text-less rows the")
    w("  payer's usual language).")
    w("")
    w("## Counts")
    w("")
    w("| status | payments |")
    w("|---|---|")
    for k in ("applied", "partial", "unapplied", "review"):
        w(f"| {k} | {st[k]} |")
    w("")
    w("| status | scenario | n | what it is |")
    w("|---|---|---|---|")
    for stt, name, doc in SCEN_DOC:
        w(f"| {stt} | `{name}` | {sc[name]} | {doc} |")
    w("")
    w("Bad rows by error: " + ", ".join(f"`{k}` {v}" for k, v in sorted(errs.items())) + ".")
    w("")
    w("| language | payments |")
    w("|---|---|")
    for k, v in lang.most_common():
        w(f"| {LANG_NAMES.get(k, k)} (`{k}`) | {v} |")
    w("")
    w("| channel | payments |")
    w("|---|---|")
    for k, v in chan.most_common():
        w(f"| {k} | {v} |")
    w("")
    w("| currency | invoices | payments |")
    w("|---|---|---|")
    for k in ("MYR", "SGD", "THB", "IDR", "PHP", "VND", "USD"):
        w(f"| {k} | {icur[k]} | {cur[k]} |")
    bad = {k: v for k, v in cur.items() if k not in icur}
    if bad:
        w(f"| (invalid) | - | {sum(bad.values())} |")
    w("")
    w("## Deliberately hard")
    w("")
    w(f"- Order matters: {sc['duplicate_payment']} duplicates, {sc['instalment_final']} final and {sc['instalment_mid']} middle instalments and")
    w(f"  {sc['instalment_over']} overpaying finals only make sense after earlier rows of this file.")
    w("- Truncation: payer names at 20 chars (two customers become indistinguishable), IBG references cut inside a number,")
    w("  MT103 `:70:` hard-wrapped mid-number (e.g. `KTI-4` at the end of one line, `0920` on the next) and cut after")
    w("  140 characters, sometimes dropping whole invoice numbers without a visible stub.")
    w("- Numbers that are not ours: customer PO numbers equal to another customer's invoice number; typos that hit")
    w("  another customer's invoice; ranges spanning another customer's invoice; cheque, UEN, VA and SWIFT :20: digits.")
    mm = sorted({p["currency"] for p, l_ in zip(payments, labels) if l_["scenario"] == "currency_mismatch"})
    w(f"- Same numeric amount in two currencies; customers paying a USD/MYR invoice in {'/'.join(mm)}.")
    w("- Tax maths: TH WHT 3% and PH EWT 1%/2% are on the VAT-exclusive base (total/1.07, total/1.12), rounded half-up to")
    w("  the cent; the stated amount in the text equals the label's short_pay amount.")
    w("- Texts in Malay, Chinese, Thai (Buddhist-era years in statement months), Bahasa Indonesia, Tagalog/Taglish and")
    w("  Vietnamese (with and without diacritics), mixed with English bank boilerplate.")
    w("")
    w("## Choices where the contract is silent")
    w("")
    w("- Bad rows: the contract defines no error status, so they are `review` + `error`, `unapplied` \"0.00\".")
    w("- Candidate format: lists of invoice ids (the contract says 'invoice sets').")
    w("- SWIFT charges on an exact reference are treated as a short pay (deduction case) rather than written off.")
    w("- A payment in another currency than the quoted invoice is `review` with no candidates (not `unapplied`).")
    w("- Unexplained small shortfalls on an exact reference are applied as part payments (`partial`, no short_pay).")
    w("")
    w("## Regenerate / verify")
    w("")
    w("    python3 build.py && python3 check.py")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
