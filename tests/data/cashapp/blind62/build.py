#!/usr/bin/env python3
"""Blind cash-application test set: SEA consumer-electronics distributor.
Deterministic (seed 20226209), stdlib only. Writes ledger_sea_distribution/*.json and README.md."""
import json, os, random, unicodedata
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

SEED = 20226209
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_sea_distribution")
Q = Decimal("0.01")


def D(x):
    return Decimal(x).quantize(Q, rounding=ROUND_HALF_UP)


def s(x):
    return str(D(x))


# ---------------------------------------------------------------- customers
COUNTRY = {
    "SG": dict(cur="SGD", vat=Decimal("0.09"), lang="en"),
    "MY": dict(cur="MYR", vat=Decimal("0.08"), lang="ms"),
    "TH": dict(cur="THB", vat=Decimal("0.07"), lang="th"),
    "ID": dict(cur="IDR", vat=Decimal("0.11"), lang="id"),
    "PH": dict(cur="PHP", vat=Decimal("0.12"), lang="tl"),
    "VN": dict(cur="VND", vat=Decimal("0.08"), lang="vi"),
}
W = {
    "SG": (["Lion City", "Marina", "Orchard", "Tampines", "Jurong", "Kallang", "Bukit Merah", "Raffles Quay",
            "Serangoon", "Bedok", "Clementi", "Novena", "Paya Lebar", "Woodlands"],
           ["Digital", "Electronics", "Gadgets", "Mobile", "Audio", "Appliances", "Techmart", "Connect"],
           ["Pte Ltd", "Pte. Ltd.", "Trading Pte Ltd", "Retail Pte. Ltd."]),
    "MY": (["Sinar", "Maju Jaya", "Bintang", "Cahaya Timur", "Mutiara", "Seri Gemilang", "Harmoni", "Setia Kawan",
            "Pelangi", "Kenanga", "Teratai", "Berjaya Murni", "Delima", "Suria Utara"],
           ["Elektrik", "Elektronik", "Digital", "Teknologi", "Gajet", "Multimedia"],
           ["Sdn Bhd", "Sdn. Bhd.", "Trading Sdn Bhd", "Enterprise Sdn. Bhd."]),
    "TH": ([("Siam", "สยาม"), ("Chao Phraya", "เจ้าพระยา"), ("Rattana", "รัตนะ"), ("Sukhumvit", "สุขุมวิท"),
            ("Lanna", "ล้านนา"), ("Isan", "อีสาน"), ("Thonburi", "ธนบุรี"), ("Ratchada", "รัชดา"),
            ("Ayutthaya", "อยุธยา"), ("Korat", "โคราช"), ("Andaman", "อันดามัน"), ("Phuket", "ภูเก็ต")],
           [("Digital", "ดิจิทัล"), ("Electronic", "อิเล็กทรอนิกส์"), ("Mobile", "โมบาย"), ("Tech", "เทค"),
            ("Vision", "วิชั่น"), ("Smart Home", "สมาร์ทโฮม")],
           [("Co., Ltd.", "จำกัด")]),
    "ID": (["Cahaya", "Sinar", "Mitra", "Karya", "Abadi", "Sentosa", "Nusantara", "Sumber", "Makmur", "Bintang",
            "Surya", "Gemilang", "Harapan", "Cipta"],
           ["Elektronik", "Digital", "Teknologi", "Niaga", "Gadget", "Multimedia"],
           ["Sejahtera", "Mandiri", "Utama", "Indonesia", "Perkasa", "Lestari", "Jaya Abadi"]),
    "PH": (["Mabuhay", "Bayanihan", "Luzon", "Visayas", "Manila Bay", "Cebu", "Davao", "Pasig", "Makati",
            "Iloilo", "Bicol", "Pampanga", "Laguna", "Quezon"],
           ["Gadget", "Electronics", "Digital", "Appliance", "Mobile", "Tech"],
           ["Trading Corp.", "Inc.", "Corporation", "Enterprises Inc.", "Distributors Corp."]),
    "VN": (["Hoàng Long", "Phú Thành", "Minh Anh", "Sao Việt", "Đông Á", "Tân Phát", "Thiên Phú", "Nam Việt",
            "Hưng Thịnh", "An Khang", "Bảo Minh", "Trường Sơn", "Phương Nam", "Kim Ngân"],
           [("Điện tử", "DT"), ("Thương mại", "TM"), ("Công nghệ", "CN"), ("Thiết bị số", "TBS")],
           ["Công ty TNHH", "Công ty Cổ phần"]),
}


def strip_accents(t):
    t = t.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")


def make_customers():
    custs = []
    seen = set()
    n = 0
    plan = {"SG": 26, "MY": 26, "TH": 24, "ID": 24, "PH": 22, "VN": 22}
    for cc, k in plan.items():
        a, b, c = W[cc]
        tries = 0
        while sum(1 for x in custs if x["country"] == cc) < k:
            tries += 1
            A, B = R.choice(a), R.choice(b)
            key = (cc, str(A), str(B))
            if key in seen:
                continue
            seen.add(key)
            n += 1
            cu = dict(id="C%04d" % (1000 + n * 7), country=cc, lang=COUNTRY[cc]["lang"])
            if cc == "SG":
                cu["name"] = "%s %s %s" % (A, B, R.choice(c))
            elif cc == "MY":
                cu["name"] = "%s %s %s" % (A, B, R.choice(c))
            elif cc == "TH":
                cu["name"] = "%s %s Co., Ltd." % (A[0], B[0])
                cu["thai"] = "%s%s" % (A[1], B[1])
            elif cc == "ID":
                cu["name"] = "PT %s %s %s" % (A, B, R.choice(c))
            elif cc == "PH":
                cu["name"] = "%s %s %s" % (A, B, R.choice(c))
            else:
                form = R.choice(c)
                cu["name"] = "%s %s %s" % (form, B[0], A)
                cu["vn_short"] = ("CTY TNHH" if "TNHH" in form else "CTY CP") + " %s %s" % (B[1], strip_accents(A).upper())
            cu["currency"] = "USD" if R.random() < 0.14 else COUNTRY[cc]["cur"]
            custs.append(cu)
    # group companies: a branch with a near-identical name (for name ambiguity)
    extra = []
    for cc in ["MY", "SG", "PH", "ID"]:
        base = [x for x in custs if x["country"] == cc and x["currency"] != "USD"][0]
        n += 1
        br = dict(base)
        br["id"] = "C%04d" % (1000 + n * 7)
        city = {"MY": "Penang", "SG": "Jurong", "PH": "Cebu", "ID": "Surabaya"}[cc]
        nm = base["name"]
        if cc == "ID":
            br["name"] = nm + " Cabang " + city
        else:
            parts = nm.split(" ")
            # insert "(City)" before the legal form words
            for i, p in enumerate(parts):
                if p in ("Pte", "Sdn", "Trading", "Retail", "Enterprise", "Inc.", "Corporation", "Enterprises",
                         "Distributors"):
                    parts.insert(i, "(%s)" % city)
                    break
            br["name"] = " ".join(parts)
        br["group_of"] = base["id"]
        base["group_of"] = br["id"]
        extra.append(br)
    return custs + extra


CUSTOMERS = make_customers()
CBY = {c["id"]: c for c in CUSTOMERS}

# ---------------------------------------------------------------- invoices
RANGE = {"SGD": (300, 48000), "MYR": (1200, 160000), "THB": (9000, 1600000), "IDR": (4_000_000, 650_000_000),
         "PHP": (15000, 2400000), "VND": (15_000_000, 1_800_000_000), "USD": (800, 65000)}
WHOLE = {"IDR", "VND"}
START = date(2026, 5, 4)
LAST_PAY = date(2026, 11, 24)


def rand_net(cur):
    lo, hi = RANGE[cur]
    # log-uniform
    import math
    v = math.exp(R.uniform(math.log(lo), math.log(hi)))
    if cur in WHOLE:
        return Decimal(int(v / 1000) * 1000)
    return D(Decimal(int(v * 100)) / 100)


def vat_rate(cu):
    return COUNTRY[cu["country"]]["vat"] if cu["currency"] != "USD" else Decimal("0")


def make_invoices():
    rows = []
    g = 0
    for cu in CUSTOMERS:
        k = R.randint(6, 14)
        i = 0
        while i < k:
            d = START + timedelta(days=R.randint(0, 195))
            g += 1
            batch = R.randint(3, 5) if R.random() < 0.12 else 1
            same = R.random() < 0.06  # standing order: same amount in a batch
            net0 = rand_net(cu["currency"])
            for j in range(batch):
                net = net0 if same else rand_net(cu["currency"])
                vat = vat_rate(cu)
                tot = net + net * vat
                tot = Decimal(int(tot)) if cu["currency"] in WHOLE else D(tot)
                rows.append(dict(cust=cu["id"], issue=d, g=g, j=j, net=net, total=tot))
            i += batch
    rows.sort(key=lambda r: (r["issue"], r["g"], r["j"]))
    ids = list(range(10001, 10001 + len(rows)))
    R.shuffle(ids)
    out = []
    num = 410000 + R.randint(100, 900)
    for r, iid in zip(rows, ids):
        num += 1 if r["j"] else R.randint(1, 3)  # gaps between batches, none inside one
        cu = CBY[r["cust"]]
        terms = {"SG": 30, "MY": 60, "TH": 45, "ID": 45, "PH": 60, "VN": 30}[cu["country"]]
        bal = r["total"]
        if R.random() < 0.07:  # earlier part payment or credit note
            bal = r["total"] - (r["total"] * Decimal(R.choice(["0.1", "0.25", "0.3", "0.5"])))
            bal = Decimal(int(bal)) if cu["currency"] in WHOLE else D(bal)
        out.append(dict(id="i-%d" % iid, number="INV-%d" % num, customer_id=cu["id"], customer_name=cu["name"],
                        currency=cu["currency"], total=s(r["total"]), balance=s(bal),
                        issue_date=r["issue"].isoformat(), due_date=(r["issue"] + timedelta(days=terms)).isoformat(),
                        _net=r["net"], _g=r["g"]))
    return out


INVOICES = make_invoices()


def write_json(name, obj):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")



# ---------------------------------------------------------------- helpers for payments
IBY = {i["id"]: i for i in INVOICES}
BAL = {i["id"]: Decimal(i["balance"]) for i in INVOICES}
NUMS = {i["number"] for i in INVOICES}
FREE = {c["id"]: [] for c in CUSTOMERS}
for i in INVOICES:
    FREE[i["customer_id"]].append(i["id"])
USED = set()
LATEST_ISSUE = date(2026, 11, 6)


def num6(inv):
    return inv["number"].split("-")[1]


def fmt_amt(x, cur, lang):
    x = D(x)
    if cur in WHOLE:
        body = "{:,}".format(int(x))
        if lang in ("id", "vi"):
            body = body.replace(",", ".")
    else:
        body = "{:,.2f}".format(x)
        if lang == "id" and cur == "IDR":
            body = body.replace(",", "X").replace(".", ",").replace("X", ".")
    sym = {"IDR": "Rp ", "VND": "", "THB": "", "PHP": "PHP ", "MYR": "RM", "SGD": "S$", "USD": "USD "}[cur]
    if cur == "VND":
        return body + " VND"
    if cur == "THB":
        return body + (" บาท" if lang == "th" else " THB")
    return sym + body


def inv_ref(inv, style=None):
    n = num6(inv)
    style = style if style is not None else R.randint(0, 5)
    return ["INV-%s" % n, "INV%s" % n, "inv %s" % n, n, "INV %s" % n, "IN%s" % n][style]


def bank_name(cu, method=None):
    cc = cu["country"]
    nm = cu["name"]
    up = strip_accents(nm).upper()
    if cc == "SG":
        v = up.replace("PTE. LTD.", R.choice(["PTE. LTD.", "PTE LTD", "PL"]))
        return v[: R.choice([20, 35])].rstrip()
    if cc == "MY":
        v = up.replace("SDN. BHD.", "SDN BHD")
        return v[: R.choice([20, 20, 32])].rstrip()
    if cc == "TH":
        if cu["currency"] == "THB" and R.random() < 0.6:
            return R.choice(["บจก. ", "บจก.", "บริษัท "]) + cu["thai"] + ("" if R.random() < 0.6 else " จำกัด")
        return up.replace("CO., LTD.", R.choice(["CO.,LTD.", "CO LTD", "COMPANY LIMITED"]))[:30].rstrip()
    if cc == "ID":
        v = up
        if R.random() < 0.4:
            v = v[3:] + " PT"
        return v[: R.choice([24, 24, 35])].rstrip()
    if cc == "PH":
        return up[: R.choice([21, 21, 35])].rstrip()
    if cc == "VN":
        if R.random() < 0.5:
            return cu["vn_short"][:30].rstrip()
        return up[:30].rstrip()


def method_prefix(cur, cc):
    if cur == "USD":
        return R.choice(["TT /RFB/", "SWIFT MT103 /ROC/", "TT REF "])
    return R.choice({"SGD": ["PAYNOW OTHR ", "GIRO ", "FAST "], "MYR": ["DUITNOW ", "IBG ", "DUITNOW TRF "],
                     "THB": ["PROMPTPAY ", "BAHTNET ", "ORFT "], "IDR": ["BI-FAST ", "RTGS ", "SKN "],
                     "PHP": ["INSTAPAY ", "PESONET ", "IBFT "], "VND": ["NAPAS247 ", "IBFT ", "CK "]}[cur])


def pick_lang(cu, cur):
    base = cu["lang"]
    if cur == "USD" and R.random() < 0.5:
        return "en"
    if base in ("ms", "tl", "th", "id", "vi") and R.random() < 0.2:
        return "en"
    return base


T = {
    "one": {"en": "Payment for invoice {n}", "ms": "Bayaran bagi invois {n}", "th": "ชำระค่าสินค้าตามใบแจ้งหนี้ {n}",
            "id": "Pembayaran faktur {n}", "vi": "Thanh toán hóa đơn số {n}", "tl": "Bayad sa invoice {n}"},
    "list": {"en": "Settlement of invoices {n}", "ms": "Bayaran invois {n}", "th": "ชำระใบแจ้งหนี้เลขที่ {n}",
             "id": "Pelunasan faktur {n}", "vi": "Thanh toán các hóa đơn {n}", "tl": "Bayad para sa mga invoice {n}"},
    "to": {"en": "to", "ms": "hingga", "th": "ถึง", "id": "s/d", "vi": "đến", "tl": "hanggang"},
    "and": {"en": "and", "ms": "dan", "th": "และ", "id": "dan", "vi": "và", "tl": "at"},
    "lump": {"en": "Payment of statement balance as at {d}", "ms": "Bayaran baki penyata setakat {d}",
             "th": "ชำระยอดตามใบแจ้งยอดบัญชี ณ วันที่ {d}", "id": "Pembayaran seluruh tagihan per {d}",
             "vi": "Thanh toán toàn bộ công nợ đến ngày {d}", "tl": "Bayad sa buong balanse hanggang {d}"},
    "part": {"en": "Part payment for invoice {n}, balance to follow",
             "ms": "Bayaran separa invois {n}, baki akan dijelaskan kemudian",
             "th": "ชำระบางส่วนสำหรับใบแจ้งหนี้ {n} ส่วนที่เหลือจะชำระภายหลัง",
             "id": "Pembayaran sebagian faktur {n}, sisanya menyusul",
             "vi": "Thanh toán một phần hóa đơn {n}, phần còn lại sẽ thanh toán sau",
             "tl": "Bahagyang bayad sa invoice {n}, susunod ang natitira"},
    "final": {"en": "Final instalment, invoice {n}", "ms": "Bayaran akhir invois {n}",
              "th": "ชำระงวดสุดท้าย ใบแจ้งหนี้ {n}", "id": "Pelunasan sisa faktur {n}",
              "vi": "Thanh toán phần còn lại hóa đơn {n}", "tl": "Huling hulog para sa invoice {n}"},
    "bank": {"en": "Inv {n} {g} less bank charges {c}", "ms": "Invois {n} {g}, caj bank {c} ditolak",
             "th": "ใบแจ้งหนี้ {n} ยอด {g} หักค่าธรรมเนียมธนาคาร {c}", "id": "Faktur {n} {g} dipotong biaya bank {c}",
             "vi": "Hóa đơn {n} {g}, đã trừ phí ngân hàng {c}", "tl": "Invoice {n} {g}, bawas ang bank charge na {c}"},
    "deposit": {"en": "Advance deposit for new order {so}", "ms": "Deposit pendahuluan untuk pesanan baru {so}",
                "th": "เงินมัดจำสำหรับใบสั่งซื้อใหม่ {so}", "id": "Uang muka untuk pesanan baru {so}",
                "vi": "Đặt cọc cho đơn hàng mới {so}", "tl": "Paunang bayad para sa bagong order {so}"},
    "po": {"en": "Our purchase order {p}", "ms": "Pesanan belian kami {p}", "th": "อ้างอิงใบสั่งซื้อ {p}",
           "id": "Pesanan pembelian kami {p}", "vi": "Theo đơn đặt hàng {p}", "tl": "Purchase order namin {p}"},
    "month": {"en": "Payment for October deliveries", "ms": "Bayaran untuk penghantaran bulan Oktober",
              "th": "ชำระค่าสินค้าส่งมอบเดือนตุลาคม", "id": "Pembayaran pengiriman bulan Oktober",
              "vi": "Thanh toán hàng giao tháng 10", "tl": "Bayad para sa mga delivery ng Oktubre"},
}
SHORT = {
    "damaged_goods": {"en": "less {a} for {k} units damaged in transit",
                      "ms": "tolak {a} untuk {k} unit rosak semasa penghantaran",
                      "th": "หัก {a} สินค้าชำรุด {k} เครื่อง", "id": "dipotong {a} untuk {k} unit rusak saat pengiriman",
                      "vi": "trừ {a} do {k} sản phẩm bị hỏng khi vận chuyển",
                      "tl": "binawas ang {a} para sa {k} sirang unit"},
    "pricing": {"en": "short paid {a}: price difference against agreed price list",
                "ms": "potongan {a} kerana perbezaan harga dengan senarai harga dipersetujui",
                "th": "หัก {a} ส่วนต่างราคาตามที่ตกลง", "id": "selisih harga {a} dipotong sesuai price list",
                "vi": "trừ {a} chênh lệch giá so với bảng giá đã thỏa thuận",
                "tl": "binawas ang {a} dahil mali ang presyo sa invoice"},
    "short_delivery": {"en": "deducted {a}, {k} pcs not received", "ms": "ditolak {a}, {k} unit tidak diterima",
                       "th": "หัก {a} ได้รับสินค้าไม่ครบ {k} ชิ้น", "id": "dipotong {a}, {k} pcs tidak diterima",
                       "vi": "trừ {a}, thiếu {k} sản phẩm khi giao", "tl": "binawas ang {a}, kulang ng {k} pcs"},
    "promo_rebate": {"en": "less co-op promo rebate {a}", "ms": "tolak rebat promosi {a}",
                     "th": "หักส่วนลดโปรโมชั่นร่วม {a}", "id": "dipotong rabat promosi {a}",
                     "vi": "trừ chiết khấu khuyến mại {a}", "tl": "bawas ang promo rebate na {a}"},
}
WHT = {"TH": (Decimal("0.03"), "th"), "PH": (Decimal("0.02"), "tl"), "ID": (Decimal("0.02"), "id")}
WHT_TXT = {
    "th": "ชำระใบแจ้งหนี้ {n} ยอด {g} หักภาษี ณ ที่จ่าย 3% จำนวน {w} ยอดโอนสุทธิ {t} จะส่งหนังสือรับรองการหักภาษีให้ภายหลัง",
    "tl": "Bayad sa invoice {n}, less 2% EWT {w}. Ipapadala ang BIR Form 2307.",
    "id": "Pembayaran faktur {n}, dipotong PPh 23 (2%) sebesar {w}, bukti potong menyusul",
    "en": "Invoice {n} {g} less withholding tax {w}, net remitted {t}",
}
PERSONS = ["TAN WEI LIANG", "NURUL AIN BINTI ROSLI", "SOMSAK PHUMPHUANG", "BUDI SANTOSO", "NGUYEN VAN TUAN",
           "MARIA CLARA DELA CRUZ", "LIM SIEW HONG", "WIRAT CHAIYAPORN", "DEWI LESTARI", "TRAN THI MAI",
           "JUAN PABLO REYES", "ONG KAH SENG", "HARJIT SINGH A/L GURDEV", "PHAM QUOC BAO",
           "GLOBAL SOURCING LTD", "BRIGHTWAVE LOGISTICS", "KEDAI TELEFON AH MENG", "TOKO SERBA ADA JAYA",
           "HIEU DIEN THOAI MINH", "SARI-SARI STORE NI ALING NENA"]

PAYMENTS = []  # dicts with _date, _seq, label


def add(dt, amount, cur, payer, cid, ref, rem, label, lang):
    PAYMENTS.append(dict(_date=dt, _seq=len(PAYMENTS), amount=amount, currency=cur, payer_name=payer,
                         customer_id=cid, reference=ref, remittance=rem, _label=label, _lang=lang))


def L(status, apps=(), unapplied="0.00", short=None, cands=(), reason="", scenario="", note=""):
    return dict(status=status, applications=[dict(invoice_id=a, amount=s(b)) for a, b in apps],
                unapplied=s(unapplied), short_pay=short, candidates=[list(c) for c in cands], reason=reason,
                scenario=scenario, note=note)


def free_of(cid, maxissue=LATEST_ISSUE):
    return [i for i in FREE[cid] if i not in USED and IBY[i]["issue_date"] <= maxissue.isoformat()]


def use(*ids):
    for i in ids:
        USED.add(i)


def pay_date(invs, gap=3, end=LAST_PAY):
    lo = max(date.fromisoformat(IBY[i]["issue_date"]) for i in invs) + timedelta(days=gap)
    lo = max(lo, date(2026, 9, 14))
    if lo > end:
        lo = end
    return lo + timedelta(days=R.randint(0, (end - lo).days))


def custs(pred=lambda c: True):
    return [c for c in CUSTOMERS if pred(c)]


def rnd_cust(pred=lambda c: True, need=1):
    pool = [c for c in CUSTOMERS if pred(c) and len(free_of(c["id"])) >= need and c["id"] not in LOCKED]
    return R.choice(pool)


LOCKED = set()  # customers reserved for scenarios that look at all their open invoices


def unique_balance(cid, iid, dt):
    b = BAL[iid]
    same = [i for i in FREE[cid] if i != iid and BAL[i] == b and IBY[i]["issue_date"] <= dt.isoformat()]
    return not same


def payer_fields(cu, known_p=0.6):
    known = R.random() < known_p
    return (cu["id"] if known else None), bank_name(cu)


# ---------------------------------------------------------------- scenarios
def refwrap(cur, cc, body):
    return (method_prefix(cur, cc) + body)[:35] if body else None


def sc_exact(k):
    for _ in range(k):
        cu = rnd_cust()
        iid = R.choice(free_of(cu["id"]))
        inv = IBY[iid]
        use(iid)
        cur = inv["currency"]
        lang = pick_lang(cu, cur)
        dt = pay_date([iid])
        cid, payer = payer_fields(cu)
        where = R.random()
        n = inv_ref(inv)
        if where < 0.5:
            ref, rem = refwrap(cur, cu["country"], n), None
        elif where < 0.8:
            ref, rem = refwrap(cur, cu["country"], n), T["one"][lang].format(n=n)
        else:
            ref, rem = (method_prefix(cur, cu["country"]).strip() if R.random() < 0.5 else None), T["one"][lang].format(n=n)
        add(dt, s(BAL[iid]), cur, payer, cid, ref, rem,
            L("applied", [(iid, BAL[iid])], reason="reference %s and exact balance" % inv["number"],
              scenario="exact_ref", note="%s; payer %s" % (inv["number"], "known id" if cid else "name only")), lang)


def sc_third_party(k):
    groups = {"MY": "HOLDINGS SDN BHD", "SG": "HOLDINGS PTE LTD", "ID": "GROUP", "PH": "HOLDINGS INC",
              "TH": "HOLDING CO LTD", "VN": "TAP DOAN"}
    for _ in range(k):
        cu = rnd_cust(lambda c: "group_of" not in c)
        iid = R.choice(free_of(cu["id"]))
        inv = IBY[iid]
        use(iid)
        cur = inv["currency"]
        lang = pick_lang(cu, cur)
        first = strip_accents(cu["name"]).upper().replace("PT ", "").replace("CONG TY TNHH ", "").replace(
            "CONG TY CO PHAN ", "").split(" ")[0]
        payer = ("%s %s" % (first, groups[cu["country"]]))[:30]
        n = inv_ref(inv, 0)
        add(pay_date([iid]), s(BAL[iid]), cur, payer, None, refwrap(cur, cu["country"], n),
            T["one"][lang].format(n=n) + " (%s)" % cu["name"],
            L("applied", [(iid, BAL[iid])], reason="reference %s, exact balance, remittance names the customer" % inv["number"],
              scenario="third_party_exact", note="parent/holding company pays for %s; ref + amount + name in advice" % cu["name"]), lang)


def typo(n):
    d = list(n)
    k = R.randint(0, 3)
    if k == 0:  # adjacent transposition
        j = R.randint(1, len(d) - 2)
        if d[j] == d[j + 1]:
            return None
        d[j], d[j + 1] = d[j + 1], d[j]
        return "".join(d), "transposed digits"
    if k == 1:
        j = [x for x, c in enumerate(d) if c == "0"]
        if not j:
            return None
        d[j[0]] = "O"
        return "".join(d), "letter O for zero"
    if k == 2:  # dropped digit
        j = R.randint(1, len(d) - 1)
        return "".join(d[:j] + d[j + 1:]), "dropped digit"
    j = R.randint(3, len(d) - 1)
    d[j] = str((int(d[j]) + R.choice([1, 9])) % 10)
    return "".join(d), "one wrong digit"


def sc_typo(k):
    done = 0
    while done < k:
        cu = rnd_cust()
        iid = R.choice(free_of(cu["id"]))
        inv = IBY[iid]
        t = typo(num6(inv))
        if not t or "INV-" + t[0] in NUMS:
            continue
        dt = pay_date([iid])
        if not unique_balance(cu["id"], iid, dt):
            continue
        use(iid)
        done += 1
        cur = inv["currency"]
        lang = pick_lang(cu, cur)
        r = R.choice(["INV", "INV-", "inv ", ""]) + t[0]
        add(dt, s(BAL[iid]), cur, bank_name(cu), cu["id"] if R.random() < 0.75 else None,
            refwrap(cur, cu["country"], r), T["one"][lang].format(n=r) if R.random() < 0.5 else None,
            L("applied", [(iid, BAL[iid])], reason="reference %s is %s (%s) and amount is its exact balance" % (r, inv["number"], t[1]),
              scenario="ref_typo", note="typo: %s; %s does not exist" % (t[1], r)), lang)


def sc_list(k):
    done = 0
    while done < k:
        cu = rnd_cust(need=3)
        fr = free_of(cu["id"])
        m = min(len(fr), R.randint(2, 5))
        ids = R.sample(fr, m)
        use(*ids)
        done += 1
        ids.sort(key=lambda i: IBY[i]["number"])
        cur = IBY[ids[0]]["currency"]
        lang = pick_lang(cu, cur)
        st = R.randint(0, 4)
        parts = [inv_ref(IBY[i], st) for i in ids]
        sep = R.choice([", ", " / ", " ", "; "])
        if R.random() < 0.3:
            lst = sep.join(parts[:-1]) + " %s " % T["and"][lang] + parts[-1]
        else:
            lst = sep.join(parts)
        tot = sum(BAL[i] for i in ids)
        rem = T["list"][lang].format(n=lst)
        ref = refwrap(cur, cu["country"], lst) if R.random() < 0.4 else (method_prefix(cur, cu["country"]).strip())
        cid, payer = payer_fields(cu, 0.7)
        add(pay_date(ids), s(tot), cur, payer, cid, ref, rem,
            L("applied", [(i, BAL[i]) for i in ids], reason="remittance lists %d invoices, sum equals payment" % len(ids),
              scenario="invoice_list", note="list of %d; ref field may be truncated at 35 chars" % len(ids)), lang)


def sc_range(k):
    # consecutive invoice numbers of one customer (a batch)
    groups = {}
    for i in INVOICES:
        groups.setdefault(i["_g"], []).append(i["id"])
    gl = [g for g in groups.values() if len(g) >= 3 and all(x not in USED for x in g)
          and IBY[g[0]]["customer_id"] not in LOCKED and IBY[g[0]]["issue_date"] <= LATEST_ISSUE.isoformat()]
    R.shuffle(gl)
    for g in gl[:k]:
        g = sorted(g, key=lambda i: IBY[i]["number"])
        use(*g)
        a, b = IBY[g[0]], IBY[g[-1]]
        cu = CBY[a["customer_id"]]
        cur = a["currency"]
        lang = pick_lang(cu, cur)
        st = R.randint(0, 2)
        if st == 0:
            rng = "%s %s %s" % (inv_ref(a, 0), T["to"][lang], inv_ref(b, 0))
        elif st == 1:
            rng = "%s-%s" % (inv_ref(a, 1), num6(b)[-2:])
        else:
            rng = "%s - %s" % (num6(a), num6(b))
        tot = sum(BAL[i] for i in g)
        cid, payer = payer_fields(cu, 0.7)
        add(pay_date(g), s(tot), cur, payer, cid, refwrap(cur, cu["country"], rng), T["list"][lang].format(n=rng),
            L("applied", [(i, BAL[i]) for i in g], reason="range %s covers %d invoices, sum equals payment" % (rng, len(g)),
              scenario="invoice_range", note="range written as '%s'" % rng), lang)


def sc_lump(k):
    pool = [c for c in CUSTOMERS if c["id"] not in LOCKED and "group_of" not in c
            and not any(i in USED for i in FREE[c["id"]])]
    R.shuffle(pool)
    done = 0
    for cu in pool:
        if done >= k:
            break
        dt = LAST_PAY - timedelta(days=R.randint(0, 40))
        st_date = dt - timedelta(days=R.randint(1, 6))
        # nothing issued between statement date and payment date
        if any(st_date.isoformat() < IBY[i]["issue_date"] <= dt.isoformat() for i in FREE[cu["id"]]):
            continue
        ids = [i for i in FREE[cu["id"]] if IBY[i]["issue_date"] <= st_date.isoformat()]
        if len(ids) < 3:
            continue
        LOCKED.add(cu["id"])
        use(*FREE[cu["id"]])
        done += 1
        cur = cu["currency"]
        lang = pick_lang(cu, cur)
        tot = sum(BAL[i] for i in ids)
        dstr = st_date.strftime(R.choice(["%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"]))
        ref = R.choice([None, method_prefix(cur, cu["country"]).strip(), "SOA %s" % st_date.strftime("%b%Y").upper()])
        add(dt, s(tot), cur, bank_name(cu), cu["id"], ref, T["lump"][lang].format(d=dstr),
            L("applied", [(i, BAL[i]) for i in sorted(ids, key=lambda x: IBY[x]["number"])],
              reason="statement payment: equals all %d open invoices issued up to %s" % (len(ids), st_date),
              scenario="lump_sum", note="no invoice numbers; later invoices stay open: %d" % (len(FREE[cu["id"]]) - len(ids))), lang)


def sc_amount_only(k):
    done = 0
    while done < k:
        cu = rnd_cust()
        iid = R.choice(free_of(cu["id"]))
        dt = pay_date([iid])
        if not unique_balance(cu["id"], iid, dt):
            continue
        use(iid)
        done += 1
        inv = IBY[iid]
        cur = inv["currency"]
        lang = pick_lang(cu, cur)
        ref = R.choice([None, method_prefix(cur, cu["country"]).strip(), "PAYMENT", "TRF"])
        add(dt, s(BAL[iid]), cur, bank_name(cu), cu["id"], ref, None if R.random() < 0.6 else T["month"][lang],
            L("applied", [(iid, BAL[iid])], reason="known customer, amount equals exactly one open balance (%s)" % inv["number"],
              scenario="amount_only", note="no invoice number anywhere"), lang)


def sc_po_applied(k):
    done = 0
    while done < k:
        cu = rnd_cust()
        other = R.choice([i for i in INVOICES if i["customer_id"] != cu["id"] and i["id"] not in USED
                          and i["customer_id"] not in LOCKED])
        iid = R.choice(free_of(cu["id"]))
        dt = pay_date([iid])
        if not unique_balance(cu["id"], iid, dt) or BAL[other["id"]] == BAL[iid]:
            continue
        use(iid, other["id"])
        done += 1
        inv = IBY[iid]
        cur = inv["currency"]
        lang = pick_lang(cu, cur)
        p = R.choice(["PO", "PO-", "PO ", "P.O. "]) + num6(other)
        add(dt, s(BAL[iid]), cur, bank_name(cu), cu["id"], refwrap(cur, cu["country"], p), T["po"][lang].format(p=p),
            L("applied", [(iid, BAL[iid])],
              reason="%s is the customer's PO, not our %s (other customer); amount equals only %s" % (p, other["number"], inv["number"]),
              scenario="po_lookalike", note="PO digits collide with %s of %s" % (other["number"], other["customer_id"])), lang)


def sc_po_review(k):
    done = 0
    while done < k:
        cu = rnd_cust(need=3)
        fr = free_of(cu["id"])
        x, y = R.sample(fr, 2)
        if BAL[x] >= BAL[y]:
            x, y = y, x  # amount (=BAL[y]) exceeds the number-matched invoice x
        dt = pay_date([x, y])
        if not unique_balance(cu["id"], y, dt):
            continue
        use(x, y)
        done += 1
        cur = IBY[x]["currency"]
        lang = pick_lang(cu, cur)
        p = R.choice(["PO", "PO-", "PO "]) + num6(IBY[x])
        add(dt, s(BAL[y]), cur, bank_name(cu), cu["id"], refwrap(cur, cu["country"], p), T["po"][lang].format(p=p),
            L("review", unapplied=BAL[y], cands=[[y], [x]],
              reason="reference digits match %s but amount equals %s exactly" % (IBY[x]["number"], IBY[y]["number"]),
              scenario="ref_amount_conflict", note="labelled PO: overpayment of %s or payment of %s" % (IBY[x]["number"], IBY[y]["number"])), lang)


def set_balance(iid, val):
    IBY[iid]["balance"] = s(val)
    IBY[iid]["total"] = s(val) if Decimal(IBY[iid]["total"]) < val or R.random() < 0.7 else IBY[iid]["total"]
    BAL[iid] = D(val)


def sc_ambiguous(k):
    done = 0
    while done < k:
        cu = rnd_cust(need=4)
        y, z = R.sample(free_of(cu["id"]), 2)
        set_balance(z, BAL[y])
        IBY[z]["total"] = IBY[y]["total"] = s(BAL[y])
        use(y, z)
        done += 1
        cur = cu["currency"]
        lang = pick_lang(cu, cur)
        dt = pay_date([y, z])
        c = sorted([y, z], key=lambda i: (IBY[i]["due_date"], IBY[i]["number"]))
        add(dt, s(BAL[y]), cur, bank_name(cu), cu["id"], R.choice([None, method_prefix(cur, cu["country"]).strip()]),
            R.choice([None, T["month"][lang]]),
            L("review", unapplied=BAL[y], cands=[[c[0]], [c[1]]],
              reason="amount equals two open invoices (%s, %s), no reference" % (IBY[c[0]]["number"], IBY[c[1]]["number"]),
              scenario="ambiguous_same_amount", note="candidates oldest due first"), lang)


def common_payer(a, b):
    j = 0
    while j < min(len(a), len(b)) and a[j] == b[j]:
        j += 1
    return a[:min(j, 24)].rstrip(" (")


def sc_group(k_amb, k_exact):
    bases = [c for c in CUSTOMERS if "group_of" in c and c["id"] < c["group_of"]]
    for cu in bases[:k_amb]:
        br = CBY[cu["group_of"]]
        x = R.choice(free_of(cu["id"]))
        y = R.choice(free_of(br["id"]))
        set_balance(y, BAL[x])
        IBY[y]["total"] = IBY[x]["total"] = s(BAL[x])
        use(x, y)
        a, b = strip_accents(cu["name"]).upper(), strip_accents(br["name"]).upper()
        payer = common_payer(a, b)
        cur = cu["currency"]
        lang = pick_lang(cu, cur)
        c = sorted([x, y], key=lambda i: (IBY[i]["due_date"], IBY[i]["number"]))
        add(pay_date([x, y]), s(BAL[x]), cur, payer, None, method_prefix(cur, cu["country"]).strip(), None,
            L("review", unapplied=BAL[x], cands=[[c[0]], [c[1]]],
              reason="payer name fits %s and %s; each has one open invoice of this amount" % (cu["id"], br["id"]),
              scenario="group_name_ambiguous", note="truncated name is the common prefix of two group companies"), lang)
    for cu in bases[:k_exact]:
        br = CBY[cu["group_of"]]
        tgt = R.choice([cu, br])
        iid = R.choice(free_of(tgt["id"]))
        use(iid)
        a, b = strip_accents(cu["name"]).upper(), strip_accents(br["name"]).upper()
        payer = common_payer(a, b)
        inv = IBY[iid]
        cur = inv["currency"]
        lang = pick_lang(tgt, cur)
        add(pay_date([iid]), s(BAL[iid]), cur, payer, None, refwrap(cur, tgt["country"], inv_ref(inv, 1)), None,
            L("applied", [(iid, BAL[iid])], reason="name fits two group companies but reference %s + exact balance decide" % inv["number"],
              scenario="group_name_exact_ref", note="invoice belongs to %s" % tgt["id"]), lang)


def sc_part(k, k_complete, k_mixed):
    for t in range(k):
        cu = rnd_cust()
        iid = R.choice(free_of(cu["id"]))
        inv = IBY[iid]
        use(iid)
        cur = inv["currency"]
        lang = pick_lang(cu, cur)
        frac = Decimal(R.choice(["0.5", "0.4", "0.3", "0.6", "0.25"]))
        amt = BAL[iid] * frac
        amt = Decimal(int(amt / 1000) * 1000) if cur in WHOLE else D(int(amt))
        n = inv_ref(inv)
        dt = pay_date([iid], end=LAST_PAY - timedelta(days=12))
        add(dt, s(amt), cur, bank_name(cu), cu["id"], refwrap(cur, cu["country"], n), T["part"][lang].format(n=n),
            L("partial", [(iid, amt)], reason="advice says part payment of %s" % inv["number"],
              scenario="part_payment", note="leaves %s open" % s(BAL[iid] - amt)), lang)
        if t < k_complete:
            rest = BAL[iid] - amt
            lang2 = pick_lang(cu, cur)
            add(dt + timedelta(days=R.randint(3, 12)), s(rest), cur, bank_name(cu), cu["id"] if R.random() < 0.7 else None,
                refwrap(cur, cu["country"], n), T["final"][lang2].format(n=n),
                L("applied", [(iid, rest)], reason="pays what the earlier part payment left open on %s" % inv["number"],
                  scenario="part_completion", note="balance after earlier payment in this batch"), lang2)
    for t in range(k_mixed):
        cu = rnd_cust(need=2)
        a, b = R.sample(free_of(cu["id"]), 2)
        use(a, b)
        cur = cu["currency"]
        lang = pick_lang(cu, cur)
        amt = BAL[b] * Decimal("0.5")
        amt = Decimal(int(amt / 1000) * 1000) if cur in WHOLE else D(int(amt))
        na, nb = inv_ref(IBY[a], 0), inv_ref(IBY[b], 0)
        txt = {"en": "{a} in full; {b} partial {x}", "ms": "{a} penuh; {b} separa {x}", "th": "{a} ชำระเต็มจำนวน; {b} ชำระบางส่วน {x}",
               "id": "{a} lunas; {b} sebagian {x}", "vi": "{a} thanh toán đủ; {b} thanh toán một phần {x}",
               "tl": "{a} buo; {b} bahagya {x}"}[lang].format(a=na, b=nb, x=fmt_amt(amt, cur, lang))
        add(pay_date([a, b]), s(BAL[a] + amt), cur, bank_name(cu), cu["id"], method_prefix(cur, cu["country"]).strip(), txt,
            L("partial", [(a, BAL[a]), (b, amt)], reason="advice: %s in full, part of %s" % (IBY[a]["number"], IBY[b]["number"]),
              scenario="part_payment_mixed", note="one invoice closed, one left open"), lang)


def sc_wht(k):
    done = 0
    while done < k:
        cu = rnd_cust(lambda c: c["country"] in WHT and c["currency"] != "USD")
        fr = [i for i in free_of(cu["id"]) if IBY[i]["balance"] == IBY[i]["total"]]
        if not fr:
            continue
        iid = R.choice(fr)
        use(iid)
        done += 1
        inv = IBY[iid]
        rate, lang = WHT[cu["country"]]
        if R.random() < 0.2:
            lang = "en"
        cur = inv["currency"]
        w = inv["_net"] * rate
        w = Decimal(int(w)) if cur in WHOLE else D(w)
        net = BAL[iid] - w
        n = inv_ref(inv)
        txt = WHT_TXT[lang].format(n=n, g=fmt_amt(BAL[iid], cur, lang), w=fmt_amt(w, cur, lang), t=fmt_amt(net, cur, lang))
        add(pay_date([iid]), s(net), cur, bank_name(cu), cu["id"] if R.random() < 0.8 else None,
            refwrap(cur, cu["country"], n), txt,
            L("partial", [(iid, net)], short={"invoice_id": iid, "amount": s(w), "reason": "withholding_tax"},
              reason="withholding tax %s deducted at source on %s" % (s(w), inv["number"]),
              scenario="short_pay_wht", note="%s%% of pre-VAT amount, not of the gross" % (rate * 100).normalize()), lang)


def sc_bank(k):
    for _ in range(k):
        cu = rnd_cust(lambda c: c["currency"] == "USD")
        iid = R.choice(free_of(cu["id"]))
        use(iid)
        inv = IBY[iid]
        lang = pick_lang(cu, "USD")
        chg = D(R.choice([10, 12, 15, 18, 20, 22.5, 25, 30, 35, 40, 45]))
        n = inv_ref(inv, R.choice([0, 1, 4]))
        txt = T["bank"][lang].format(n=n, g=fmt_amt(BAL[iid], "USD", lang), c=fmt_amt(chg, "USD", lang))
        add(pay_date([iid]), s(BAL[iid] - chg), "USD", bank_name(cu), cu["id"] if R.random() < 0.7 else None,
            "TT /RFB/" + n, txt,
            L("partial", [(iid, BAL[iid] - chg)], short={"invoice_id": iid, "amount": s(chg), "reason": "bank_charges"},
              reason="TT net of bank charges %s on %s" % (s(chg), inv["number"]), scenario="short_pay_bank_charges",
              note="charge stated in advice"), lang)


def sc_short(k):
    reasons = list(SHORT)
    for t in range(k):
        cu = rnd_cust()
        iid = R.choice(free_of(cu["id"]))
        use(iid)
        inv = IBY[iid]
        cur = inv["currency"]
        lang = pick_lang(cu, cur)
        rs = reasons[t % len(reasons)]
        ded = BAL[iid] * Decimal(R.choice(["0.03", "0.05", "0.08", "0.12", "0.15"]))
        ded = Decimal(int(ded / 1000) * 1000) if cur in WHOLE else D(ded)
        n = inv_ref(inv)
        txt = T["one"][lang].format(n=n) + ", " + SHORT[rs][lang].format(a=fmt_amt(ded, cur, lang), k=R.randint(2, 9))
        add(pay_date([iid]), s(BAL[iid] - ded), cur, bank_name(cu), cu["id"], refwrap(cur, cu["country"], n), txt,
            L("partial", [(iid, BAL[iid] - ded)], short={"invoice_id": iid, "amount": s(ded), "reason": rs},
              reason="short pay of %s on %s: %s" % (s(ded), inv["number"], rs), scenario="short_pay_deduction",
              note="deduction amount stated in advice"), lang)


def sc_overpay(k):
    for t in range(k):
        cu = rnd_cust()
        fr = free_of(cu["id"])
        cn = [i for i in fr if IBY[i]["balance"] != IBY[i]["total"]]
        iid = R.choice(cn) if (cn and t % 2 == 0) else R.choice(fr)
        use(iid)
        inv = IBY[iid]
        cur = inv["currency"]
        lang = pick_lang(cu, cur)
        if inv["balance"] != inv["total"]:
            amt, why = Decimal(inv["total"]), "paid the invoice total, ignoring the earlier credit/part payment"
        else:
            extra = BAL[iid] * Decimal(R.choice(["0.01", "0.1", "0.02"]))
            extra = Decimal(int(extra / 1000) * 1000) if cur in WHOLE else D(int(extra) + 1)
            amt, why = BAL[iid] + extra, "paid more than the balance"
        n = inv_ref(inv)
        add(pay_date([iid]), s(amt), cur, bank_name(cu), cu["id"] if R.random() < 0.8 else None,
            refwrap(cur, cu["country"], n), T["one"][lang].format(n=n) if R.random() < 0.6 else None,
            L("unapplied", [(iid, BAL[iid])], unapplied=amt - BAL[iid],
              reason="%s closed; remainder %s held on account" % (inv["number"], s(amt - BAL[iid])),
              scenario="overpayment", note=why), lang)


def sc_second(k):
    for _ in range(k):
        cu = rnd_cust()
        iid = R.choice(free_of(cu["id"]))
        use(iid)
        inv = IBY[iid]
        cur = inv["currency"]
        lang = pick_lang(cu, cur)
        n = inv_ref(inv)
        ref = refwrap(cur, cu["country"], n)
        rem = T["one"][lang].format(n=n)
        dt = pay_date([iid], end=LAST_PAY - timedelta(days=8))
        cid = cu["id"] if R.random() < 0.7 else None
        payer = bank_name(cu)
        add(dt, s(BAL[iid]), cur, payer, cid, ref, rem,
            L("applied", [(iid, BAL[iid])], reason="reference %s and exact balance" % inv["number"],
              scenario="exact_ref", note="first of a duplicated transfer"), lang)
        add(dt + timedelta(days=R.randint(1, 8)), s(BAL[iid]), cur, payer, cid, ref if R.random() < 0.7 else refwrap(cur, cu["country"], inv_ref(inv)), rem,
            L("unapplied", unapplied=BAL[iid], reason="%s was already paid by an earlier payment in this batch" % inv["number"],
              scenario="second_payment", note="duplicate transfer; held on the customer's account"), lang)


def sc_nofit(k):
    done = 0
    while done < k:
        cu = rnd_cust()
        cur = cu["currency"]
        amt = rand_net(cur)
        if any(BAL[i] == amt for i in FREE[cu["id"]]):
            continue
        done += 1
        lang = pick_lang(cu, cur)
        if done % 2:
            so = "SO-%05d" % R.randint(20000, 99999)
            ref, rem, why = refwrap(cur, cu["country"], so), T["deposit"][lang].format(so=so), "advance deposit for a new order"
        else:
            old = "INV-%d" % R.randint(400000, 409900)
            ref, rem, why = refwrap(cur, cu["country"], old), T["one"][lang].format(n=old), "names %s, which is not open" % old
        add(LAST_PAY - timedelta(days=R.randint(0, 70)), s(amt), cur, bank_name(cu), cu["id"], ref, rem,
            L("unapplied", unapplied=amt, reason="known customer; fits no open invoice (%s)" % why,
              scenario="known_no_fit", note=why), lang)


def sc_unknown(k):
    for t in range(k):
        cur = R.choice(list(RANGE))
        if t % 2 == 0:
            inv = R.choice([i for i in INVOICES if i["id"] not in USED and i["currency"] == cur
                            and i["customer_id"] not in LOCKED and i["issue_date"] <= LATEST_ISSUE.isoformat()])
            use(inv["id"])
            amt = BAL[inv["id"]]
            dt = pay_date([inv["id"]])
            why = "amount equals an open balance, payer unknown"
        else:
            amt = rand_net(cur)
            dt = LAST_PAY - timedelta(days=R.randint(0, 70))
            why = "no reference, payer unknown"
        lang = {"SGD": "en", "MYR": "ms", "THB": "th", "IDR": "id", "PHP": "tl", "VND": "vi", "USD": "en"}[cur]
        ref = R.choice([None, "TRANSFER", "PAYMENT", "FUND TRANSFER", method_prefix(cur, "").strip()])
        add(dt, s(amt), cur, PERSONS[t % len(PERSONS)], None, ref, None,
            L("review", unapplied=amt, reason="payer not a known customer and nothing names an invoice",
              scenario="unknown_payer", note=why), lang)


def sc_curmismatch(k):
    for t in range(k):
        cu = rnd_cust(lambda c: c["currency"] != "USD")
        iid = R.choice(free_of(cu["id"]))
        use(iid)
        inv = IBY[iid]
        lang = pick_lang(cu, inv["currency"])
        if t % 2 == 0 and inv["currency"] not in WHOLE:
            amt, cur, why = BAL[iid], "USD", "same figure as the balance, but in USD"
        else:
            rate = {"SGD": "0.77", "MYR": "0.22", "THB": "0.029", "IDR": "0.000063", "PHP": "0.0175", "VND": "0.000039"}[inv["currency"]]
            amt, cur, why = D(BAL[iid] * Decimal(rate)), "USD", "USD equivalent of the %s balance" % inv["currency"]
        n = inv_ref(inv)
        add(pay_date([iid]), s(amt), cur, bank_name(cu), cu["id"], "TT /RFB/" + n, T["one"][lang].format(n=n),
            L("review", unapplied=amt, cands=[[iid]], reason="reference %s but invoice is in %s, payment in %s" % (inv["number"], inv["currency"], cur),
              scenario="currency_mismatch", note=why), lang)


def sc_ref_other(k):
    for t in range(k):
        a = rnd_cust()
        b = rnd_cust(lambda c: c["id"] != a["id"] and c["currency"] == a["currency"])
        iid = R.choice(free_of(b["id"]))
        use(iid)
        inv = IBY[iid]
        cur = inv["currency"]
        lang = pick_lang(a, cur)
        n = inv_ref(inv)
        add(pay_date([iid]), s(BAL[iid]), cur, bank_name(a), a["id"], refwrap(cur, a["country"], n), T["one"][lang].format(n=n),
            L("review", unapplied=BAL[iid], cands=[[iid]], reason="bank identifies %s but %s belongs to %s" % (a["id"], inv["number"], b["id"]),
              scenario="ref_other_customer", note="paying for another company, or wrong reference"), lang)


def sc_bad(k):
    kinds = ["zero_amount", "negative_amount", "missing_currency", "invalid_date"]
    for t in range(k):
        kind = kinds[t % 4]
        cu = rnd_cust()
        iid = R.choice(free_of(cu["id"]))
        inv = IBY[iid]
        cur = inv["currency"]
        lang = pick_lang(cu, cur)
        n = inv_ref(inv)
        amt, curr, bad_date = BAL[iid], cur, None
        dt = LAST_PAY - timedelta(days=R.randint(0, 60))
        rem = T["one"][lang].format(n=n)
        if kind == "zero_amount":
            amt = Decimal(0)
        elif kind == "negative_amount":
            amt = -BAL[iid]
            rem = "REVERSAL / RETURN OF FUNDS " + n
        elif kind == "missing_currency":
            curr = None
        else:
            bad_date = ["2026-11-31", "2026-09-31", "31/10/2026", "2026-10-00"][(t // 4) % 4]
            dt = {"2026-11-31": date(2026, 11, 30), "2026-09-31": date(2026, 10, 1), "31/10/2026": date(2026, 10, 31),
                  "2026-10-00": date(2026, 10, 1)}[bad_date]
        add(dt, s(amt), curr, bank_name(cu), cu["id"], refwrap(cur, cu["country"], n), rem,
            L("review", unapplied=amt, reason="bad row: %s" % kind, scenario="bad_row", note=kind), lang)
        if bad_date:
            PAYMENTS[-1]["_bad_date"] = bad_date


# ---------------------------------------------------------------- assemble
def build():
    sc_lump(15)
    sc_ambiguous(12)
    sc_group(4, 4)
    sc_range(12)
    sc_wht(24)
    sc_bank(14)
    sc_part(16, 8, 4)
    sc_second(12)
    sc_exact(80)
    sc_third_party(5)
    sc_typo(20)
    sc_list(28)
    sc_amount_only(22)
    sc_po_applied(7)
    sc_po_review(7)
    sc_short(16)
    sc_overpay(15)
    sc_nofit(12)
    sc_unknown(18)
    sc_curmismatch(7)
    sc_ref_other(7)
    sc_bad(8)
    PAYMENTS.sort(key=lambda p: (p["_date"], p["_seq"]))
    # replay in order: candidates for unknown payers depend on what is still open
    bal = {i["id"]: Decimal(i["balance"]) for i in INVOICES}
    pays, labels = [], []
    for n, p in enumerate(PAYMENTS, 1):
        pid = "p-%04d" % n
        lab = p["_label"]
        if lab["scenario"] == "unknown_payer":
            amt = Decimal(p["amount"])
            c = [i["id"] for i in INVOICES if i["currency"] == p["currency"] and bal[i["id"]] == amt
                 and i["issue_date"] <= p["_date"].isoformat()]
            c.sort(key=lambda i: (IBY[i]["due_date"], IBY[i]["number"]))
            lab["candidates"] = [[x] for x in c]
            if c:
                lab["reason"] = "payer unknown; amount equals the open balance of %s" % ", ".join(IBY[x]["number"] for x in c)
        for a in lab["applications"]:
            bal[a["invoice_id"]] -= Decimal(a["amount"])
        pays.append(dict(id=pid, date=p.get("_bad_date") or p["_date"].isoformat(), amount=p["amount"],
                         currency=p["currency"], payer_name=p["payer_name"], customer_id=p["customer_id"],
                         reference=p["reference"], remittance=p["remittance"]))
        out = dict(payment_id=pid)
        out.update({k: lab[k] for k in ("status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario")})
        out["note"] = "[%s, %s] %s" % (lab["scenario"], p["_lang"], lab["note"])
        labels.append(out)
    os.makedirs(OUT, exist_ok=True)
    write_json("invoices.json", [{k: v for k, v in x.items() if not k.startswith("_")} for x in INVOICES])
    write_json("payments.json", pays)
    write_json("labels.json", labels)
    return pays, labels



SCEN_DOC = [
    ("exact_ref", "applied", "invoice number in the reference and/or advice (INV-, INV, inv, IN, bare digits), amount = open balance; ~40% without customer_id, payer known only by a bank-truncated name (incl. Thai script บจก./บริษัท, Vietnamese CTY TNHH/CTY CP without accents, 'NAME PT')"),
    ("third_party_exact", "applied", "a holding/parent company pays; reference + exact balance + advice names the customer"),
    ("group_name_exact_ref", "applied", "truncated payer name fits two group companies; the reference decides"),
    ("ref_typo", "applied", "reference one edit away (transposed digits, O for 0, dropped digit, one wrong digit) from the only invoice with that exact balance; the typo number does not exist"),
    ("invoice_list", "applied", "advice lists 2-5 invoices (various separators, 'and'/'dan'/'và'...), sum = payment; the 35-char reference is often cut mid-list"),
    ("invoice_range", "applied", "contiguous invoice numbers of one customer written as 'A to B', 'INV411377-80' or 'A - B'"),
    ("lump_sum", "applied", "statement payment, no numbers: all open invoices issued up to the statement date in the advice; invoices issued later stay open"),
    ("amount_only", "applied", "known customer_id, no number anywhere, exactly one open invoice of the customer has that balance"),
    ("po_lookalike", "applied", "reference is the customer's PO whose digits equal another customer's invoice number; amount equals exactly one of the payer's own invoices"),
    ("part_completion", "applied", "pays what an earlier part payment in this file left open"),
    ("part_payment", "partial", "advice says part payment; short_pay null"),
    ("part_payment_mixed", "partial", "one invoice in full, another in part, as the advice states"),
    ("short_pay_wht", "partial", "withholding tax at source stated in the advice: TH 3%, PH 2% EWT, ID PPh 23 2%, computed on the pre-VAT amount, so NOT 3%/2% of the gross; short_pay.reason withholding_tax"),
    ("short_pay_bank_charges", "partial", "USD TT net of stated bank charges; short_pay.reason bank_charges"),
    ("short_pay_deduction", "partial", "stated deduction: damaged_goods, pricing, short_delivery, promo_rebate"),
    ("overpayment", "unapplied", "invoice closed, remainder unapplied; half are customers paying the invoice total although a credit/part payment already reduced the balance"),
    ("second_payment", "unapplied", "duplicate transfer of an invoice paid earlier in this file; whole amount unapplied, no applications"),
    ("known_no_fit", "unapplied", "known customer_id, advance deposit for a new order or an old invoice number that is not open; fits no open invoice"),
    ("unknown_payer", "review", "customer_id null, unrelated payer name; candidates = every open invoice of that currency with exactly that balance (often none)"),
    ("ambiguous_same_amount", "review", "known customer with two open invoices of the same balance and no reference"),
    ("group_name_ambiguous", "review", "truncated name is the common prefix of two group companies, each with an open invoice of that amount"),
    ("ref_amount_conflict", "review", "reference digits (labelled PO) equal one of the payer's invoices but the amount exceeds it and equals another of its invoices exactly"),
    ("ref_other_customer", "review", "bank gives customer A; reference and exact amount point to customer B's invoice"),
    ("currency_mismatch", "review", "reference names a local-currency invoice, payment arrives in USD (same figure, or the USD equivalent)"),
    ("bad_row", "review", "zero amount, negative amount (reversal), currency null, or an impossible/non-ISO date"),
]


def write_readme(pays, labels):
    import collections
    st = collections.Counter(l["status"] for l in labels)
    sc = collections.Counter(l["scenario"] for l in labels)
    lg = collections.Counter(l["note"][1:].split("]")[0].split(", ")[1] for l in labels)
    cu = collections.Counter(p["currency"] or "null" for p in pays)
    icu = collections.Counter(i["currency"] for i in INVOICES)
    noid = sum(1 for p in pays if p["customer_id"] is None)
    L_ = []
    w = L_.append
    w("# Blind cash-application set: SEA consumer-electronics distributor")
    w("")
    w("Generated by `build.py` (seed %d, stdlib only); verified by `check.py`. Contract: `cash-application.md`." % SEED)
    w("All companies, people, references and numbers are invented.")
    w("")
    w("Theme: a distributor of phones, audio, TVs and smart-home gear selling to retailers in Singapore, Malaysia,")
    w("Thailand, Indonesia, the Philippines and Vietnam. Invoices in SGD, MYR, THB, IDR, PHP, VND and USD (regional")
    w("accounts). Receipts arrive by PayNow/GIRO/FAST, DuitNow/IBG, PromptPay/BAHTNET/ORFT, BI-FAST/RTGS/SKN,")
    w("InstaPay/PESONet, NAPAS 247/IBFT and SWIFT TT; the method prefix is part of the bank reference, which is cut at")
    w("35 characters. Payer names are bank-truncated (20-35 chars), upper-cased, accents stripped, Thai names in script.")
    w("")
    w("## Files (`ledger_sea_distribution/`)")
    w("")
    w("| file | rows | content |")
    w("|---|---|---|")
    w("| `invoices.json` | %d | open invoices of %d customers (%s) |" % (len(INVOICES), len({i['customer_id'] for i in INVOICES}), ", ".join("%s %d" % kv for kv in sorted(icu.items()))))
    w("| `payments.json` | %d | payments, oldest first, ids `p-0001`.. (%d without customer_id) |" % (len(pays), noid))
    w("| `labels.json` | %d | one expected MATCHES.json entry per payment, same order, plus `scenario` and `note` |" % len(labels))
    w("")
    w("## Label conventions")
    w("")
    w("- Exactly the contract's fields plus `scenario` and `note` (`note` starts `[scenario, lang]`, lang = language of the remittance text: en, ms, th, id, vi, tl).")
    w("- Amounts are decimal strings with two decimals (IDR/VND too: `\"23174640.00\"`). Applications + `unapplied` = payment amount.")
    w("- `review`: `applications` [], `unapplied` = the whole payment amount, `short_pay` null. `candidates` is a list of invoice-id lists, best first")
    w("  (two single-invoice candidates of equal standing are ordered by due date, then number; compare them as a set if you prefer). Empty when nothing fits.")
    w("- Non-review labels have `candidates` [].")
    w("- `partial` with `short_pay` = an intentional deduction; `short_pay.amount` is exactly what stays open on that invoice and appears in the advice;")
    w("  `short_pay.reason` is a code: `withholding_tax`, `bank_charges`, `damaged_goods`, `pricing`, `short_delivery`, `promo_rebate`.")
    w("  A part payment announced as such is `partial` with `short_pay` null.")
    w("- `unapplied` with applications = overpayment; without = second payment or a known customer's payment that fits nothing.")
    w("- Payments are replayed in file order: a part payment's later completion is `applied` to the remaining balance; a duplicate is `unapplied`.")
    w("- No payment is applied to an invoice issued after the payment date, nor across currencies.")
    w("- Bad rows are labelled `review` with no candidates (the contract has no error status); the kind is in `note`.")
    w("- `reason` is free text for humans; it is not expected to match.")
    w("")
    w("## Counts")
    w("")
    w("| status | n |")
    w("|---|---|")
    for k in ("applied", "partial", "unapplied", "review"):
        w("| `%s` | %d |" % (k, st[k]))
    w("")
    w("| scenario | status | n | what it is |")
    w("|---|---|---|---|")
    for k, s_, d in SCEN_DOC:
        w("| `%s` | %s | %d | %s |" % (k, s_, sc[k], d))
    w("")
    w("Languages of remittance text: " + ", ".join("%s %d" % kv for kv in sorted(lg.items())) + ".")
    w("(Rows without remittance text carry the language picked for that customer and currency.)")
    w("")
    w("Payment currencies: " + ", ".join("%s %d" % kv for kv in sorted(cu.items())) + ".")
    w("")
    w("## Deliberately hard")
    w("")
    w("- Withholding tax is on the pre-VAT base (VAT 7% TH, 12% PH, 11% ID), so the deduction is not a round share of the balance; the figure is only in the advice, written in local number style (`Rp 775.100`, `4,390.92 บาท`).")
    w("- Thai-script payer names (`บจก. ...`) against English customer names; Vietnamese `CTY CP TM DONG A` against `Công ty Cổ phần Thương mại Đông Á`; Indonesian `NAME PT` order; group companies whose truncated names coincide.")
    w("- References cut at 35 characters in the middle of an invoice list; ranges written `INV411377-80`; `IN`, `inv `, bare-digit and `O`-for-zero numbers.")
    w("- PO numbers in the invoice-number range (some hit another customer's invoice, some the payer's own).")
    w("- Overpayments caused by paying the invoice total after a credit reduced the balance; duplicate transfers days apart with a slightly different reference.")
    w("- Unknown payers whose amount equals somebody's open balance (still review, with that candidate).")
    w("- Statement payments that must stop at the statement date, leaving later invoices open.")
    w("")
    w("## Ambiguities in the contract and the choice made")
    w("")
    w("- The format of `candidates` is not fixed: here a list of invoice-id lists.")
    w("- `unapplied` for `review` is not stated: here the whole payment (so the sum rule holds).")
    w("- Bad rows: no status exists for them; labelled `review` with no candidates.")
    w("- Bank charges and WHT are labelled short pays (`partial` + `short_pay`), since the invoice stays open by the deducted amount and the customer said why.")
    w("- A payer without customer_id but with the exact invoice number and exact balance is `applied` (reference + amount decide); a bank-identified customer A quoting customer B's invoice is `review`.")
    w("- `ref_other_customer` and `currency_mismatch` could be read as \"a known customer's payment that fits no invoice\" (`unapplied`); they are labelled `review` because the reference points at a specific invoice, so two readings are defensible.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L_) + "\n")


if __name__ == "__main__":
    pays, labels = build()
    write_readme(pays, labels)
    import collections
    print(len(INVOICES), "invoices", len(pays), "payments")
    print(collections.Counter(l["status"] for l in labels))
    print(collections.Counter(l["scenario"] for l in labels))
