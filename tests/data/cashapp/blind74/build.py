#!/usr/bin/env python3
"""Blind cash-application test set: SEA freight forwarding & warehousing (stdlib only, seeded)."""
import json, os, random, unicodedata, itertools, collections
from decimal import Decimal, ROUND_HALF_UP
from datetime import date, timedelta

R = random.Random(255255)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sea_logistics")
D = Decimal
ZERO_DEC = {"IDR", "VND"}


def q(x, cur):
    return D(x).quantize(D("1") if cur in ZERO_DEC else D("0.01"), ROUND_HALF_UP)


def fmt(x, cur):
    return str(q(x, cur))


def human(x, cur, lang):
    """Amount as people write it in remittance text."""
    x = q(x, cur)
    if cur in ZERO_DEC:
        s = "{:,}".format(int(x))
        return s.replace(",", ".") if lang in ("id", "vi") else s
    s = "{:,.2f}".format(x)
    if lang == "id":
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def unaccent(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


# ---------------------------------------------------------------- customers
COUNTRY = {
    "SG": dict(cur="SGD", langs=["en", "en", "en", "zh"], prefix="SIN", vat=D("0.09")),
    "MY": dict(cur="MYR", langs=["ms", "ms", "en", "zh"], prefix="KUL", vat=D("0.08")),
    "TH": dict(cur="THB", langs=["th", "th", "en"], prefix="BKK", vat=D("0.07")),
    "PH": dict(cur="PHP", langs=["en", "tl", "tl"], prefix="MNL", vat=D("0.12")),
    "ID": dict(cur="IDR", langs=["id", "id", "en"], prefix="JKT", vat=D("0.11")),
    "VN": dict(cur="VND", langs=["vi", "vi", "en"], prefix="SGN", vat=D("0.08")),
}
RANGE = {"SGD": (280, 26000), "MYR": (650, 70000), "THB": (4800, 520000), "PHP": (9000, 850000),
         "IDR": (1800000, 260000000), "VND": (4500000, 950000000), "USD": (450, 42000)}

SG_A = ["Lion Gate", "Straitsbridge", "Tanjong Rhu", "Kallang Riverside", "Orchid Isle", "Harbourline",
        "Jurong Westgate", "Changi Baywind", "Keppel Quayside", "Pasir Panjang Vale", "Sentosa Bloom", "Telok Ayer Row"]
SG_B = ["Gourmet Imports", "Electronics Distribution", "Home Living", "Marine Supplies", "Beauty Trading",
        "Precision Parts", "Furniture Trading", "Medical Supplies", "Toys & Hobbies", "Wine Merchants"]
SG_ZH = [("Hock Seng Huat Trading Pte. Ltd.", "福成发贸易"), ("Guan Tai Hardware Pte. Ltd.", "源泰五金"),
         ("Kim Lian Foodstuff Pte. Ltd.", "金莲食品"), ("Soon Heng Aquarium Supplies Pte. Ltd.", "顺兴水族")]
MY_A = ["Kenari Emas", "Pelita Jaya Niaga", "Seri Mutiara", "Bunga Raya Niaga", "Teluk Intan Maju", "Gemilang Utara",
        "Sinar Selatan", "Cahaya Timur", "Permata Klang", "Tanjung Harapan", "Bayu Lestari", "Kinabalu Hijau"]
MY_B = ["Trading", "Industries", "Elektronik", "Perabot", "Makanan", "Plastik", "Tekstil", "Auto Parts"]
MY_ZH = [("Guan Hup Lee Hardware Sdn. Bhd.", "源合利五金"), ("Chop Teck Ann Provision Sdn. Bhd.", "德安杂货"),
         ("Wah Seng Rubber Gloves Sdn. Bhd.", "华成手套")]
TH_N = [("Siam Orchid Foods Co., Ltd.", "บจก. สยามออร์คิด ฟู้ดส์"), ("Chao Phraya Rubber Products Co., Ltd.", "บจก. เจ้าพระยา รับเบอร์"),
        ("Lanna Craft Home Co., Ltd.", "บจก. ล้านนา คราฟท์ โฮม"), ("Korat Steel Parts Co., Ltd.", "บจก. โคราช สตีล พาร์ท"),
        ("Andaman Seafood Export Co., Ltd.", "บจก. อันดามัน ซีฟู้ด เอ็กซ์ปอร์ต"), ("Isan Rice Trading Co., Ltd.", "บจก. อีสาน ไรซ์ เทรดดิ้ง"),
        ("Rattanakosin Electric Co., Ltd.", "บจก. รัตนโกสินทร์ อีเล็คทริค"), ("Samut Plastic Pack Co., Ltd.", "บจก. สมุทร พลาสติก แพ็ค"),
        ("Chiang Mai Silk House Co., Ltd.", "บจก. เชียงใหม่ ซิลค์ เฮ้าส์"), ("Ayutthaya Auto Component Co., Ltd.", "บจก. อยุธยา ออโต้ คอมโพเนนท์"),
        ("Phuket Wellness Supply Co., Ltd.", "บจก. ภูเก็ต เวลเนส ซัพพลาย"), ("Bang Na Cosmetics Co., Ltd.", "บจก. บางนา คอสเมติกส์"),
        ("Khlong Toei Cold Chain Co., Ltd.", "บจก. คลองเตย โคลด์ เชน"), ("Nakhon Pathom Ceramics Co., Ltd.", "บจก. นครปฐม เซรามิกส์"),
        ("Pimchanok Srisuk (online shop)", "น.ส. พิมพ์ชนก ศรีสุข"), ("Thanawat Boonmee (online shop)", "นาย ธนวัฒน์ บุญมี")]
PH_A = ["Bayanihan", "Visayas Harvest", "Mindanao Goldleaf", "Luzon Baywalk", "Taal Vista", "Ilocos Heritage",
        "Cebu Maris", "Davao Pomelo", "Pasig Riverbend", "Palawan Bluewater", "Batangas Portside", "Iloilo Sugarland",
        "Bicol Pili", "Zambales Coastline"]
PH_B = ["Home Goods Corp.", "Agri Exports Inc.", "Trading Corporation", "Appliance Center Inc.",
        "Pharma Distribution Inc.", "Garments Inc."]
ID_A = ["Nusantara Kopi", "Mitra Abadi", "Sinar Bahari", "Cahaya Nusa", "Karya Mandiri", "Bumi Lestari",
        "Samudra Jaya", "Garuda Niaga", "Permata Hijau", "Sumber Rejeki Makmur", "Surya Kencana", "Tirta Bening",
        "Rinjani Prima", "Lembah Toba"]
ID_B = ["Sejahtera", "Elektronik", "Tekstil Indah", "Furnitur", "Kosmetika", "Suku Cadang", "Pangan Lestari"]
VN_N = ["Công ty TNHH Dệt may Hồng Hà", "Công ty CP Gỗ Mỹ nghệ Bình Dương Xanh", "Công ty TNHH Thủy sản Cửu Long Vàng",
        "Công ty TNHH Điện tử Sao Việt Mới", "Công ty CP Cà phê Tây Nguyên Đỏ", "Công ty TNHH Nội thất Phú Mỹ An",
        "Công ty TNHH Giày dép Bến Nghé", "Công ty TNHH Bao bì Lạc Hồng Phát", "Công ty CP Thực phẩm Sông Hậu Xanh",
        "Công ty TNHH Mỹ phẩm Hoa Sen Trắng", "Công ty TNHH Linh kiện Đông Sơn", "Công ty TNHH Thương mại Quế Lâm",
        "Hộ kinh doanh Nguyễn Thị Lan", "Hộ kinh doanh Trần Văn Phúc"]
ECOM = {"SG": ["Tan Wei Ming", "Priya Raman"], "MY": ["Nurul Aisyah binti Ahmad", "Lim Chee Keong"],
        "PH": ["Maria Cristina Dela Cruz", "Jose Ramon Bautista"], "ID": ["Budi Santoso", "Siti Rahmawati"]}

customers = []


def add_cust(country, name, local=None, lang=None, kind="company"):
    cid = "C%04d" % (1001 + len(customers))
    c = dict(id=cid, country=country, name=name, local=local, cur=COUNTRY[country]["cur"],
             lang=lang, kind=kind, usd=False, retainer=None)
    customers.append(c)
    return c


def build_customers():
    used = set()

    def combo(A, B, n, fmtf, country):
        out = 0
        for a in R.sample(A, n):
            nm = fmtf(a, R.choice(B))
            add_cust(country, nm)
            out += 1
    combo(SG_A, SG_B, 11, lambda a, b: f"{a} {b} Pte. Ltd.", "SG")
    for n, zh in SG_ZH:
        add_cust("SG", n, local=zh, lang="zh")
    add_cust("SG", "Harbourfront Retail Group Pte. Ltd.")
    combo(MY_A, MY_B, 12, lambda a, b: f"{a} {b} Sdn. Bhd.", "MY")
    for n, zh in MY_ZH:
        add_cust("MY", n, local=zh, lang="zh")
    add_cust("MY", "Harbourfront Retail Group Sdn. Bhd.")
    for n, th in TH_N:
        add_cust("TH", n, local=th, kind="person" if "online" in n else "company")
    combo(PH_A, PH_B, 14, lambda a, b: f"{a} {b}", "PH")
    combo(ID_A, ID_B, 14, lambda a, b: ("PT " if R.random() < .8 else "CV ") + f"{a} {b}", "ID")
    for n in VN_N:
        add_cust("VN", n, local=unaccent(n).upper(), kind="person" if n.startswith("Hộ") else "company")
    for ctry, names in ECOM.items():
        for n in names:
            add_cust(ctry, n, kind="person")
    for c in customers:
        if c["kind"] == "company" and c["country"] != "SG" and R.random() < .3:
            c["usd"] = True
        if c["country"] == "SG" and R.random() < .25:
            c["usd"] = True
    # fixed monthly warehousing retainers -> invoices with equal amounts
    for c in R.sample([c for c in customers if c["kind"] == "company"], 16):
        lo, hi = RANGE[c["cur"]]
        c["retainer"] = q(D(R.randrange(int(lo * 4), int(hi * .2))) if c["cur"] in ZERO_DEC
                          else D(R.randrange(int(lo * 4), int(hi * .2))), c["cur"])
        if c["cur"] in ZERO_DEC:
            c["retainer"] = (c["retainer"] // 1000) * 1000


# ---------------------------------------------------------------- invoices
invoices = []
START = date(2026, 5, 4)
BATCH0 = date(2026, 10, 1)
BATCH1 = date(2026, 11, 24)


def rand_amount(cur, small=False):
    lo, hi = RANGE[cur]
    if small:
        hi = lo * 12
    x = D(str(round(R.uniform(lo, hi) ** 1 if R.random() < .5 else lo + (hi - lo) * R.random() ** 2.2, 2)))
    if cur in ZERO_DEC:
        return (q(x, cur) // 1000) * 1000
    if R.random() < .15:
        return q(round(x / 10) * 10, cur)
    return q(x, cur)


def numfmt(country, seq, cur):
    p = COUNTRY[country]["prefix"]
    if country == "SG":
        return f"SIN26{seq:05d}"
    if country == "MY":
        return f"KUL-26-{seq:05d}"
    if country == "TH":
        return f"BKK/2026/{seq:05d}"
    if country == "PH":
        return f"MNL26-{seq:05d}"
    if country == "ID":
        return f"JKT/INV/26/{seq:05d}"
    return f"SGN26-{seq:05d}"


def build_invoices():
    raw = []
    for c in customers:
        n = R.randint(9, 18) if c["kind"] == "company" else R.randint(4, 9)
        for k in range(n):
            issue = START + timedelta(days=R.randrange(0, (date(2026, 11, 18) - START).days))
            cur = c["cur"]
            if c["usd"] and R.random() < .35:
                cur = "USD"
            total = rand_amount(cur, small=c["kind"] == "person")
            raw.append([c, issue, cur, total, "freight"])
        if c["retainer"]:
            for m in range(5, 12):
                raw.append([c, date(2026, m, 1), c["cur"], c["retainer"], "storage"])
    raw.sort(key=lambda r: (r[1], r[0]["id"]))
    seqs = {k: R.randint(1100, 4000) for k in COUNTRY}
    for i, (c, issue, cur, total, kind) in enumerate(raw):
        seqs[c["country"]] += R.choice([1, 1, 1, 2, 3])
        terms = R.choice([30, 30, 45, 60]) if c["kind"] == "company" else 14
        bal = total
        if R.random() < .07 and issue < date(2026, 9, 1) and kind == "freight":
            bal = q(total * D(str(R.choice([0.5, 0.4, 0.3, 0.6]))), cur)
        invoices.append(dict(id="i-%05d" % (10001 + i * 3 + R.randint(0, 2)),
                             number=numfmt(c["country"], seqs[c["country"]], cur),
                             customer_id=c["id"], customer_name=c["name"], currency=cur,
                             total=str(total), balance=str(bal), issue_date=issue.isoformat(),
                             due_date=(issue + timedelta(days=terms)).isoformat(), _kind=kind))


# ---------------------------------------------------------------- state
BAL = {}
INV = {}
BYCUST = collections.defaultdict(list)
NUMS = set()


def init_state():
    for inv in invoices:
        BAL[inv["id"]] = D(inv["balance"])
        INV[inv["id"]] = inv
        BYCUST[inv["customer_id"]].append(inv)
        NUMS.add(norm(inv["number"]))


def norm(s):
    return "".join(ch for ch in s.upper() if ch.isalnum())


def open_invs(cid, cur, pdate):
    return [i for i in BYCUST[cid] if i["currency"] == cur and BAL[i["id"]] > 0
            and i["issue_date"] < pdate.isoformat()]


def amount_unique(cid, cur, pdate, amt, allow=None):
    """amt equals exactly one open invoice balance (allow) and no pair/all sum."""
    ops = open_invs(cid, cur, pdate)
    singles = [i for i in ops if BAL[i["id"]] == amt]
    if len(singles) != 1 or (allow and singles[0]["id"] != allow):
        return False
    for a, b in itertools.combinations(ops, 2):
        if BAL[a["id"]] + BAL[b["id"]] == amt:
            return False
    return True


def no_fit(cid, cur, pdate, amt):
    ops = open_invs(cid, cur, pdate)
    if any(BAL[i["id"]] == amt for i in ops):
        return False
    for a, b in itertools.combinations(ops, 2):
        if BAL[a["id"]] + BAL[b["id"]] == amt:
            return False
    if ops and sum(BAL[i["id"]] for i in ops) == amt:
        return False
    return True


# ---------------------------------------------------------------- bank presentation
RAILS = {"SG": ["FAST", "FAST", "PayNow", "GIRO"], "MY": ["DuitNow", "IBG", "IBG"], "TH": ["PromptPay", "BAHTNET"],
         "PH": ["InstaPay", "PESONet"], "ID": ["BI-FAST", "VA", "VA"], "VN": ["NAPAS"]}


def bank_name(c, rail):
    n = c["name"]
    if c["country"] == "TH" and c["local"] and (rail == "PromptPay" or R.random() < .4):
        return c["local"][:26]
    if c["country"] == "VN":
        return c["local"][:40]
    up = unaccent(n).upper().replace("SDN. BHD.", "SDN BHD").replace("PTE. LTD.", "PTE LTD")
    up = up.replace("CO., LTD.", "CO LTD").replace("CORP.", "CORP").replace("INC.", "INC").replace("&", "AND")
    if c["kind"] == "person" and R.random() < .5:
        parts = up.split()
        up = " ".join(parts[:1] + [p[0] for p in parts[1:2]] + parts[2:3])
    lim = {"PayNow": 20, "DuitNow": 20, "IBG": 20, "FAST": 35, "InstaPay": 25, "BI-FAST": 25,
           "TT": 35, "PESONet": 30, "BAHTNET": 30, "GIRO": 35, "VA": 30}.get(rail, 35)
    if rail == "TT" and R.random() < .5:
        up = up + " " + {"SG": "SINGAPORE", "MY": "KUALA LUMPUR", "TH": "BANGKOK", "PH": "MANILA",
                         "ID": "JAKARTA", "VN": "HO CHI MINH"}[c["country"]]
    return up[:lim].rstrip()


def ref_variant(num, country, style=None):
    seq = num[-5:]
    opts = {
        "SG": [num, num[3:], "INV " + num, num.lower(), "SIN " + num[3:], "INV" + num[-5:]],
        "MY": [num, num.replace("-", ""), "INV " + num[4:], "INV" + seq, num.replace("-", " ")],
        "TH": [num, num.replace("/", ""), "BKK" + num[4:], f"{seq}/2026", "INV " + num.replace("/", "-")],
        "PH": [num, num.replace("-", ""), "SI " + num, "INV " + seq, "MNL " + num[3:]],
        "ID": [num, num[4:], num.replace("/", ""), "INV " + seq, "JKT-INV-26-" + seq],
        "VN": [num, num.replace("-", ""), "HD " + seq, "HD " + num, num.replace("-", " ")],
    }[country]
    return opts[0] if style == 0 else R.choice(opts[1:] if style == 1 else opts)


def list_refs(nums, country, lang):
    if len(nums) >= 3 and country in ("MY", "SG", "PH", "VN") and R.random() < .35:
        # shared-prefix shorthand: KUL-26-00123/00145/00160
        return nums[0] + "/" + "/".join(n[-5:] for n in nums[1:])
    sep = {"zh": "、", "th": ", ", "vi": ", ", "id": ", "}.get(lang, R.choice([", ", " & ", "; ", " "]))
    if sep == " & ":
        return ", ".join(nums[:-1]) + " & " + nums[-1]
    return sep.join(nums)


T_PAY = {
    "en": ["Payment advice: invoice(s) {refs}. Total {cur} {amt}.",
           "Please find our payment for {refs} amounting to {cur} {amt}. Regards, Accounts Payable",
           "Remittance: {refs} / {cur} {amt} / freight & warehousing charges"],
    "ms": ["Bayaran bagi invois {refs}. Jumlah {cur} {amt}. Terima kasih.",
           "Pembayaran invois {refs} sebanyak {cur} {amt} telah dibuat melalui IBG."],
    "th": ["ชำระค่าบริการขนส่งตามใบแจ้งหนี้ {refs} จำนวน {amt} บาท",
           "โอนชำระ {refs} ยอดรวม {amt} บาท ขอบคุณครับ"],
    "id": ["Pembayaran invoice {refs} sebesar {cur} {amt}. Terima kasih.",
           "Pelunasan tagihan {refs} total {cur} {amt}"],
    "vi": ["Thanh toan hoa don {refs} so tien {amt} {cur}",
           "Cong ty chuyen khoan thanh toan cac hoa don {refs}, tong cong {amt} {cur}"],
    "tl": ["Bayad po para sa invoice {refs}, kabuuang {cur} {amt}. Salamat po!",
           "Heto na po ang bayad namin sa {refs} ({cur} {amt})."],
    "zh": ["付款通知：发票 {refs}，金额 {cur} {amt}。", "兹支付发票 {refs} 款项共 {cur} {amt}，请查收。"],
}
T_REF = {"en": ["{r}", "PAYMENT {r}", "INV {r}", "OTHR {r}"], "ms": ["BAYARAN {r}", "{r}", "BYRN INV {r}"],
         "th": ["{r}", "ชำระ {r}"], "id": ["{r}", "BAYAR {r}", "PEMBAYARAN {r}"],
         "vi": ["TT HD {r}", "thanh toan {r}", "{r} chuyen tien"], "tl": ["{r}", "BAYAD {r}"],
         "zh": ["{r}", "货款 {r}"]}


def pick_lang(c):
    if c["lang"]:
        return c["lang"] if R.random() < .7 else "en"
    return R.choice(COUNTRY[c["country"]]["langs"])


def make_ref(c, lang, r, rail):
    t = R.choice(T_REF.get(lang, T_REF["en"]))
    s = t.format(r=r)
    if c["country"] == "VN" and rail == "NAPAS":
        s = f"{c['local']} {s}" if R.random() < .6 else s
        s = unaccent(s)
    if rail in ("IBG", "DuitNow"):
        s = s[:20]
    return s


# ---------------------------------------------------------------- payments
payments, labels = [], []
PAID_FULL = []      # (inv, amount, cid, payer-customer) fully paid in this batch
PARTED = []         # invoices part-paid in batch, still open


def new_payment(pdate, amt, cur, payer, cid, ref, rem):
    pid = "p-%04d" % (len(payments) + 1)
    s = fmt(amt, cur)
    if cur in ZERO_DEC and R.random() < .3:
        s = s + ".00"
    p = dict(id=pid, date=pdate.isoformat(), amount=s, currency=cur, payer_name=payer,
             customer_id=cid, reference=ref, remittance=rem)
    payments.append(p)
    return p


def add_label(p, status, apps, unapplied, short=None, cands=None, reason="", scenario="", note="", lang="en"):
    cur = p["currency"]
    lab = dict(payment_id=p["id"], status=status,
               applications=[dict(invoice_id=i, amount=fmt(a, cur)) for i, a in apps],
               unapplied=fmt(unapplied, cur) if cur else "0.00", short_pay=short, candidates=cands or [],
               reason=reason, scenario=scenario,
               note=f"[{scenario}, {lang if (p['reference'] or p['remittance']) else 'none'}] {note}")
    labels.append(lab)
    for i, a in apps:
        BAL[i] -= a
        assert BAL[i] >= 0, (i, BAL[i])
    return lab


def payer_view(c, pdate, cur, force_cid=None):
    rail = "TT" if cur == "USD" else R.choice(RAILS[c["country"]])
    cid = c["id"] if (rail in ("GIRO", "VA") or R.random() < .3) else None
    if force_cid is True:
        cid = c["id"]
    elif force_cid is False:
        cid = None
    return rail, bank_name(c, rail), cid


class Skip(Exception):
    pass


def need(cond):
    if not cond:
        raise Skip()


# ---------------------------------------------------------------- scenarios
def any_cust(pred=lambda c: True):
    return R.choice([c for c in customers if pred(c)])


def pick_inv(c, pdate, cur=None, n=1, pred=lambda i: True):
    cur = cur or (("USD" if c["usd"] and R.random() < .25 else c["cur"]))
    ops = [i for i in open_invs(c["id"], cur, pdate) if pred(i)]
    need(len(ops) >= n)
    return cur, R.sample(ops, n)


def rem_text(lang, refs, cur, amt):
    return R.choice(T_PAY[lang]).format(refs=refs, cur=cur if lang != "th" or cur != "THB" else "", amt=human(amt, cur, lang)).replace("  ", " ")


def sc_exact_ref(pdate, variant=False):
    c = any_cust()
    cur, (inv,) = pick_inv(c, pdate)
    amt = BAL[inv["id"]]
    need(sum(1 for i in open_invs(c["id"], cur, pdate) if BAL[i["id"]] == amt) == 1 or True)
    rail, payer, cid = payer_view(c, pdate, cur)
    lang = pick_lang(c)
    r = ref_variant(inv["number"], c["country"], 1 if variant else 0)
    ref, rem = make_ref(c, lang, r, rail), None
    if R.random() < .3:
        rem = rem_text(lang, r, cur, amt)
    if rail in ("IBG", "DuitNow") and norm(r) not in norm(ref) and rem is None:
        rem = rem_text(lang, r, cur, amt)
    p = new_payment(pdate, amt, cur, payer, cid, ref, rem)
    part = " (balance after an earlier part payment)" if D(inv["balance"]) != D(inv["total"]) else ""
    add_label(p, "applied", [(inv["id"], amt)], 0, reason=f"reference {inv['number']} and exact balance{part}",
              scenario="ref_variant" if variant else "exact_ref", lang=lang,
              note=f"{rail}; reference written as '{r}'; amount = open balance{part}")
    PAID_FULL.append((inv, amt, c))


def sc_amount_only(pdate):
    c = any_cust()
    cur, (inv,) = pick_inv(c, pdate)
    amt = BAL[inv["id"]]
    need(amount_unique(c["id"], cur, pdate, amt, inv["id"]))
    rail, payer, cid = payer_view(c, pdate, cur)
    lang = pick_lang(c)
    ref = None
    if R.random() < .4:
        ref = {"en": "FREIGHT CHARGES", "ms": "BAYARAN", "th": None, "id": "TRANSFER", "vi": "thanh toan cuoc van chuyen",
               "tl": "BAYAD", "zh": "运费"}[lang]
        if c["country"] == "VN" and ref:
            ref = c["local"] + " " + ref
    if rail == "VA":
        ref = f"VA 88080{c['id'][1:]}{int(c['id'][1:]) % 97:02d}"
    p = new_payment(pdate, amt, cur, payer, cid, ref, None)
    add_label(p, "applied", [(inv["id"], amt)], 0, reason=f"payer identified; amount equals the only open balance {inv['number']}",
              scenario="amount_only", lang=lang,
              note=f"{rail}; no invoice number; {'customer_id given' if cid else 'payer name ' + repr(payer) + ' only'}; "
                   f"amount matches exactly one open invoice and no pair")
    PAID_FULL.append((inv, amt, c))


def typo(num):
    digs = [k for k, ch in enumerate(num) if ch.isdigit()][-5:]
    for _ in range(20):
        s = list(num)
        kind = R.random()
        k = R.choice(digs[:-1])
        if kind < .5:
            if s[k] == s[k + 1]:
                continue
            s[k], s[k + 1] = s[k + 1], s[k]
        elif kind < .8:
            s[k] = str((int(s[k]) + R.choice([1, 9])) % 10)
        else:
            del s[k]
        t = "".join(s)
        if norm(t) not in NUMS and norm(t) != norm(num):
            return t
    raise Skip()


def sc_typo(pdate):
    c = any_cust()
    cur, (inv,) = pick_inv(c, pdate)
    amt = BAL[inv["id"]]
    need(amount_unique(c["id"], cur, pdate, amt, inv["id"]))
    rail, payer, cid = payer_view(c, pdate, cur)
    lang = pick_lang(c)
    t = typo(inv["number"])
    ref = make_ref(c, lang, t, rail)
    need(norm(t)[-6:] in norm(ref) or len(ref) >= 8)
    p = new_payment(pdate, amt, cur, payer, cid, ref, None)
    add_label(p, "applied", [(inv["id"], amt)], 0, reason=f"reference {t} is one digit off {inv['number']}; exact balance",
              scenario="typo", lang=lang, note=f"typo '{t}' is no invoice number; amount is unique to {inv['number']}")
    PAID_FULL.append((inv, amt, c))


def sc_list(pdate):
    c = any_cust()
    cur = c["cur"]
    ops = open_invs(c["id"], cur, pdate)
    need(len(ops) >= 3)
    k = R.randint(2, min(5, len(ops)))
    sel = sorted(R.sample(ops, k), key=lambda i: i["number"])
    amt = sum(BAL[i["id"]] for i in sel)
    rail, payer, cid = payer_view(c, pdate, cur)
    lang = pick_lang(c)
    refs = list_refs([i["number"] for i in sel], c["country"], lang)
    rem = rem_text(lang, refs, cur, amt)
    ref = make_ref(c, lang, sel[0]["number"] + (" ETC" if lang == "en" else ""), rail) if R.random() < .5 else None
    p = new_payment(pdate, amt, cur, payer, cid, ref, rem)
    add_label(p, "applied", [(i["id"], BAL[i["id"]]) for i in sel], 0,
              reason=f"remittance lists {k} invoices; sum equals payment", scenario="list", lang=lang,
              note=f"list written as '{refs}'" + ("; bank reference truncated" if ref and rail in ("IBG", "DuitNow") else ""))
    for i in sel:
        PAID_FULL.append((i, None, c))


def sc_range(pdate):
    c = any_cust(lambda c: c["country"] in ("SG", "MY", "PH", "VN", "TH"))
    cur = c["cur"]
    ops = sorted(open_invs(c["id"], cur, pdate), key=lambda i: i["number"])
    need(len(ops) >= 3)
    k = R.randint(2, min(4, len(ops)))
    s0 = R.randrange(0, len(ops) - k + 1)
    sel = ops[s0:s0 + k]
    lo, hi = sel[0]["number"], sel[-1]["number"]
    # every invoice of this customer numbered inside the range must be in sel (open ones)
    inside = [i for i in BYCUST[c["id"]] if lo <= i["number"] <= hi and i["currency"] == cur and BAL[i["id"]] > 0]
    need(set(i["id"] for i in inside) == set(i["id"] for i in sel))
    others = [i for i in invoices if lo <= i["number"] <= hi and i["customer_id"] != c["id"]]
    amt = sum(BAL[i["id"]] for i in sel)
    rail, payer, cid = payer_view(c, pdate, cur)
    lang = pick_lang(c)
    word = {"en": "to", "ms": "hingga", "th": "ถึง", "id": "s/d", "vi": "den", "tl": "hanggang", "zh": "至"}[lang]
    refs = f"{lo} {word} {hi}" if R.random() < .5 else f"{lo}-{hi[-5:]}"
    rem = rem_text(lang, refs, cur, amt)
    p = new_payment(pdate, amt, cur, payer, cid, None if R.random() < .6 else make_ref(c, lang, lo, rail), rem)
    add_label(p, "applied", [(i["id"], BAL[i["id"]]) for i in sel], 0,
              reason=f"range {lo}..{hi}: the customer's open invoices in it sum to the payment", scenario="range", lang=lang,
              note=f"range '{refs}' also spans {len(others)} invoice numbers of other customers, which are not this payer's")
    for i in sel:
        PAID_FULL.append((i, None, c))


def sc_lump_all(pdate):
    c = any_cust(lambda c: True)
    cur = c["cur"]
    ops = open_invs(c["id"], cur, pdate)
    need(3 <= len(ops) <= 9)
    later = [i for i in BYCUST[c["id"]] if i["currency"] == cur and BAL[i["id"]] > 0 and i["issue_date"] >= pdate.isoformat()]
    amt = sum(BAL[i["id"]] for i in ops)
    rail, payer, cid = payer_view(c, pdate, cur, force_cid=True if R.random() < .6 else None)
    lang = pick_lang(c)
    txt = {"en": "Full settlement of statement of account, all outstanding invoices.",
           "ms": "Bayaran penuh penyata akaun - semua invois tertunggak.",
           "th": "ชำระยอดคงค้างทั้งหมดตามใบแจ้งยอด", "id": "Pelunasan seluruh tagihan sesuai statement of account.",
           "vi": "Thanh toan toan bo cong no theo bang doi chieu", "tl": "Bayad na po sa lahat ng balanse namin.",
           "zh": "结清对账单所有未付发票。"}[lang]
    p = new_payment(pdate, amt, cur, payer, cid, None, txt if R.random() < .75 else None)
    add_label(p, "applied", [(i["id"], BAL[i["id"]]) for i in sorted(ops, key=lambda i: i["due_date"])], 0,
              reason=f"lump sum equals all {len(ops)} open invoices", scenario="lump_all", lang=lang,
              note=f"no numbers; amount = sum of every open {cur} invoice issued before the payment date"
                   + (f" ({len(later)} issued later stay open)" if later else ""))
    for i in ops:
        PAID_FULL.append((i, None, c))


T_PART = {"en": "Part payment for {ref}; balance to follow next month.",
          "ms": "Bayaran separa untuk invois {ref}, baki akan dijelaskan bulan depan.",
          "th": "ชำระบางส่วนสำหรับใบแจ้งหนี้ {ref} งวดที่ 1", "id": "Pembayaran sebagian (termin 1) untuk invoice {ref}",
          "vi": "Thanh toan dot 1 hoa don {ref}, phan con lai se thanh toan sau",
          "tl": "Paunang bayad po sa {ref}, susunod na po ang balanse.", "zh": "发票 {ref} 先付部分款项，余款下月支付。"}


def sc_partial(pdate):
    c = any_cust()
    cur, (inv,) = pick_inv(c, pdate)
    bal = BAL[inv["id"]]
    frac = D(R.choice(["0.5", "0.3", "0.4", "0.25", "0.6"]))
    amt = q(bal * frac, cur)
    if cur in ZERO_DEC:
        amt = (amt // 1000) * 1000
    else:
        amt = q(round(amt, -1 if amt > 100 else 0), cur)
    need(0 < amt < bal and no_fit(c["id"], cur, pdate, amt))
    rail, payer, cid = payer_view(c, pdate, cur)
    lang = pick_lang(c)
    p = new_payment(pdate, amt, cur, payer, cid, make_ref(c, lang, inv["number"], rail),
                    T_PART[lang].format(ref=inv["number"]))
    add_label(p, "partial", [(inv["id"], amt)], 0, reason=f"stated part payment of {inv['number']}", scenario="partial",
              lang=lang, note="remittance says part payment / instalment; invoice stays open, no deduction")
    PARTED.append((inv, c))


def sc_short(pdate):
    c = any_cust(lambda c: c["kind"] == "company")
    usd = c["usd"] and R.random() < .35
    cur = "USD" if usd else c["cur"]
    ops = open_invs(c["id"], cur, pdate)
    need(ops)
    inv = R.choice(ops)
    bal = BAL[inv["id"]]
    lang = pick_lang(c)
    ctry = c["country"]
    ref = inv["number"]
    if usd:
        short = D(R.choice(["15.00", "20.00", "25.00", "30.00", "35.00"]))
        reason = "bank charges"
        lang = "zh" if lang == "zh" else "en"
        txt = {"zh": f"支付发票 {ref}，扣除银行手续费 USD {short}。"}.get(
            lang, f"Invoice {ref} USD {human(bal, cur, 'en')} less bank charges USD {short}.")
    elif ctry in ("TH", "PH", "ID") and R.random() < .7:
        rate = {"TH": D("0.01"), "PH": D("0.02"), "ID": D("0.02")}[ctry]
        base = D(inv["total"]) / (1 + COUNTRY[ctry]["vat"])
        short = q(base * rate, cur)
        reason = "withholding tax"
        need(bal == D(inv["total"]))
        txt = {"th": f"ชำระ {ref} หักภาษี ณ ที่จ่าย 1% จำนวน {human(short, cur, 'th')} บาท ยอดโอนสุทธิ {human(bal - short, cur, 'th')} บาท",
               "en": f"Payment for {ref} net of {int(rate * 100)}% withholding tax ({cur} {human(short, cur, 'en')}). Certificate to follow.",
               "tl": f"Bayad po sa {ref}, bawas na ang 2% EWT na PHP {human(short, cur, 'en')}. Ipapadala po namin ang BIR 2307.",
               "id": f"Pembayaran {ref} dipotong PPh 23 (2%) sebesar Rp {human(short, cur, 'id')}, bukti potong menyusul."}[lang]
    else:
        pct = D(R.choice(["0.05", "0.08", "0.1", "0.12", "0.15", "0.2"]))
        short = q(bal * pct, cur)
        if cur in ZERO_DEC:
            short = (short // 1000) * 1000
        else:
            short = q(round(short, 0), cur)
        reason = R.choice(["damaged goods", "pricing dispute", "demurrage dispute"])
        h = human(short, cur, lang)
        txt = {
            ("en", "damaged goods"): f"{ref}: deducted {cur} {h} for cartons damaged in transit (claim ref DMG-{R.randint(100, 999)}).",
            ("en", "pricing dispute"): f"{ref} paid at the quoted rate; the difference of {cur} {h} is disputed.",
            ("en", "demurrage dispute"): f"{ref}: demurrage {cur} {h} not accepted - container was released late by your side.",
            ("ms", "damaged goods"): f"Bayaran invois {ref} ditolak {cur} {h} kerana barang rosak semasa penghantaran.",
            ("ms", "pricing dispute"): f"Invois {ref} dibayar mengikut harga sebut harga; beza {cur} {h} dipertikaikan.",
            ("ms", "demurrage dispute"): f"Invois {ref}: caj demurrage {cur} {h} tidak dipersetujui, ditolak.",
            ("th", "damaged goods"): f"ชำระ {ref} หักค่าสินค้าเสียหายระหว่างขนส่ง {h} บาท",
            ("th", "pricing dispute"): f"ชำระ {ref} ตามราคาที่เสนอ ส่วนต่าง {h} บาท ขอโต้แย้ง",
            ("th", "demurrage dispute"): f"ชำระ {ref} ไม่รวมค่า demurrage {h} บาท ซึ่งไม่ได้ตกลงไว้",
            ("id", "damaged goods"): f"Pembayaran {ref} dipotong Rp {h} untuk barang rusak.",
            ("id", "pricing dispute"): f"Pembayaran {ref} sesuai penawaran, selisih tarif Rp {h} tidak kami setujui.",
            ("id", "demurrage dispute"): f"Pembayaran {ref}, biaya demurrage Rp {h} kami tolak.",
            ("vi", "damaged goods"): f"TT HD {ref} tru {h} VND hang bi hu hong khi van chuyen",
            ("vi", "pricing dispute"): f"TT HD {ref} theo bao gia, chenh lech {h} VND chua dong y",
            ("vi", "demurrage dispute"): f"TT HD {ref} khong thanh toan phi luu container {h} VND",
            ("tl", "damaged goods"): f"Bayad sa {ref}, ibinawas po ang PHP {h} dahil sira ang ilang kahon.",
            ("tl", "pricing dispute"): f"Bayad sa {ref} ayon sa quotation; hindi po namin tinatanggap ang diperensya na PHP {h}.",
            ("tl", "demurrage dispute"): f"Bayad sa {ref}; hindi po kasama ang demurrage na PHP {h}.",
            ("zh", "damaged goods"): f"支付发票 {ref}，扣除货损赔偿 {cur} {h}。",
            ("zh", "pricing dispute"): f"发票 {ref} 按报价支付，差额 {cur} {h} 有争议。",
            ("zh", "demurrage dispute"): f"发票 {ref} 的滞箱费 {cur} {h} 不予认可，已扣除。",
        }[(lang, reason)]
    need(0 < short < bal)
    amt = bal - short
    need(no_fit(c["id"], cur, pdate, amt) or True)
    need(sum(1 for i in ops if BAL[i["id"]] == amt) == 0)
    rail, payer, cid = payer_view(c, pdate, cur)
    p = new_payment(pdate, amt, cur, payer, cid, make_ref(c, lang, ref, rail) if R.random() < .7 else None, txt)
    sp = dict(invoice_id=inv["id"], amount=fmt(short, cur), reason=reason)
    add_label(p, "partial", [(inv["id"], amt)], 0, short=sp, reason=f"short pay of {inv['number']}: {reason}",
              scenario="short_pay", lang=lang, note=f"deduction {fmt(short, cur)} stated in remittance ({reason})")
    PARTED.append((inv, c))


def sc_short_in_list(pdate):
    c = any_cust(lambda c: c["kind"] == "company")
    cur = c["cur"]
    ops = open_invs(c["id"], cur, pdate)
    need(len(ops) >= 3)
    a, b = sorted(R.sample(ops, 2), key=lambda i: i["number"])
    short = q(BAL[b["id"]] * D("0.1"), cur)
    short = (short // 1000) * 1000 if cur in ZERO_DEC else q(round(short), cur)
    need(0 < short < BAL[b["id"]])
    amt = BAL[a["id"]] + BAL[b["id"]] - short
    lang = pick_lang(c)
    h = human(short, cur, lang)
    txt = {"en": f"Invoices {a['number']} and {b['number']}. Less {cur} {h} on {b['number']} for damaged pallets.",
           "ms": f"Invois {a['number']} dan {b['number']}. Tolak {cur} {h} atas {b['number']} kerana palet rosak.",
           "th": f"ชำระ {a['number']} และ {b['number']} หักค่าเสียหายพาเลท {h} บาท จาก {b['number']}",
           "id": f"Pembayaran {a['number']} dan {b['number']}, dipotong Rp {h} dari {b['number']} karena palet rusak.",
           "vi": f"TT HD {a['number']} va {b['number']}, tru {h} VND cua HD {b['number']} do pallet hu hong",
           "tl": f"Bayad sa {a['number']} at {b['number']}. Ibinawas ang PHP {h} sa {b['number']} dahil sira ang pallets.",
           "zh": f"支付发票 {a['number']} 及 {b['number']}，{b['number']} 扣除托盘损坏 {cur} {h}。"}[lang]
    rail, payer, cid = payer_view(c, pdate, cur)
    p = new_payment(pdate, amt, cur, payer, cid, None, txt)
    sp = dict(invoice_id=b["id"], amount=fmt(short, cur), reason="damaged goods")
    add_label(p, "partial", [(a["id"], BAL[a["id"]]), (b["id"], BAL[b["id"]] - short)], 0, short=sp,
              reason="two invoices, deduction on the second", scenario="short_pay", lang=lang,
              note="first invoice paid in full, second short by the stated deduction")
    PAID_FULL.append((a, None, c))
    PARTED.append((b, c))


def sc_overpay(pdate):
    c = any_cust()
    cur, (inv,) = pick_inv(c, pdate)
    bal = BAL[inv["id"]]
    extra = q(bal * D(R.choice(["0.1", "0.07", "0.25", "1"])), cur)
    extra = (extra // 1000) * 1000 if cur in ZERO_DEC else q(round(extra, -1), cur)
    need(extra > 0)
    amt = bal + extra
    lang = pick_lang(c)
    rail, payer, cid = payer_view(c, pdate, cur)
    BAL[inv["id"]] -= bal   # temporarily, to test the remainder fits nothing
    ok = no_fit(c["id"], cur, pdate, extra)
    BAL[inv["id"]] += bal
    need(ok and no_fit(c["id"], cur, pdate, amt))
    explain = R.random() < .5
    rem = rem_text(lang, inv["number"], cur, amt)
    if explain:
        rem += {"en": " Includes an advance for the next shipment.", "ms": " Termasuk deposit untuk penghantaran seterusnya.",
                "th": " รวมเงินมัดจำสำหรับการขนส่งครั้งถัดไป", "id": " Termasuk uang muka pengiriman berikutnya.",
                "vi": " Bao gom tien dat coc cho lo hang tiep theo.", "tl": " Kasama na po ang deposit sa susunod na shipment.",
                "zh": " 含下批货物预付款。"}[lang]
    p = new_payment(pdate, amt, cur, payer, cid, make_ref(c, lang, inv["number"], rail), rem)
    add_label(p, "unapplied", [(inv["id"], bal)], extra, reason=f"{inv['number']} paid in full; remainder held on account",
              scenario="overpayment", lang=lang,
              note=("advance stated; " if explain else "") + f"payment exceeds the balance by {fmt(extra, cur)}, which matches no open invoice")
    PAID_FULL.append((inv, bal, c))


def sc_duplicate(pdate):
    cands = [(inv, a, c) for inv, a, c in PAID_FULL if a is not None and BAL[inv["id"]] == 0]
    need(cands)
    inv, amt, c = R.choice(cands[-40:])
    cur = inv["currency"]
    need(no_fit(c["id"], cur, pdate, amt))
    lang = pick_lang(c)
    rail, payer, cid = payer_view(c, pdate, cur)
    p = new_payment(pdate, amt, cur, payer, cid, make_ref(c, lang, inv["number"], rail), None)
    PAID_FULL.remove((inv, amt, c))
    add_label(p, "unapplied", [], amt, reason=f"{inv['number']} was already paid earlier in this batch",
              scenario="second_payment", lang=lang, note="same invoice and amount as an earlier payment; hold as unapplied cash")


def sc_balance_after(pdate):
    cands = [(inv, c) for inv, c in PARTED if BAL[inv["id"]] > 0]
    need(cands)
    inv, c = R.choice(cands)
    amt = BAL[inv["id"]]
    cur = inv["currency"]
    need(amount_unique(c["id"], cur, pdate, amt, inv["id"]))
    lang = pick_lang(c)
    rail, payer, cid = payer_view(c, pdate, cur)
    txt = {"en": f"Balance payment for {inv['number']}", "ms": f"Baki bayaran invois {inv['number']}",
           "th": f"ชำระส่วนที่เหลือ {inv['number']}", "id": f"Pelunasan sisa tagihan {inv['number']}",
           "vi": f"Thanh toan phan con lai HD {inv['number']}", "tl": f"Balanse po sa {inv['number']}",
           "zh": f"发票 {inv['number']} 余款"}[lang]
    p = new_payment(pdate, amt, cur, payer, cid, make_ref(c, lang, inv["number"], rail), txt)
    PARTED.remove((inv, c))
    add_label(p, "applied", [(inv["id"], amt)], 0, reason=f"settles what earlier payments left open on {inv['number']}",
              scenario="second_payment", lang=lang, note="second payment: remaining balance after an earlier partial in this batch")
    PAID_FULL.append((inv, amt, c))


def sc_on_account(pdate):
    c = any_cust(lambda c: c["kind"] == "company")
    cur = c["cur"]
    amt = rand_amount(cur)
    amt = (amt // 1000) * 1000 if cur in ZERO_DEC else q(round(amt, -2), cur)
    need(amt > 0 and no_fit(c["id"], cur, pdate, amt))
    lang = pick_lang(c)
    bk = f"BKG{R.randint(260000, 269999)}"
    txt = {"en": f"Advance payment for booking {bk}", "ms": f"Bayaran pendahuluan tempahan {bk}",
           "th": f"เงินมัดจำค่าระวาง booking {bk}", "id": f"Uang muka booking {bk}",
           "vi": f"Tam ung cuoc booking {bk}", "tl": f"Deposit po para sa booking {bk}", "zh": f"订舱 {bk} 预付款"}[lang]
    rail, payer, cid = payer_view(c, pdate, cur, force_cid=True if R.random() < .5 else None)
    p = new_payment(pdate, amt, cur, payer, cid, txt[:20] if rail in ("IBG", "DuitNow") else txt, None if R.random() < .5 else txt)
    add_label(p, "unapplied", [], amt, reason="known customer; advance for a booking, fits no open invoice",
              scenario="on_account", lang=lang, note="booking number is not an invoice; amount matches no open invoice or pair")


UNKNOWN = [("SG", "SGD", "MR TEO KAH HOCK"), ("SG", "SGD", "BLUEFIN VENTURES PTE LTD"), ("MY", "MYR", "AHMAD FAIZAL BIN RAZAK"),
           ("MY", "MYR", "SYKT JAYA MAKMUR ENT"), ("TH", "THB", "นาย สมชาย ใจดี"), ("TH", "THB", "KANYARAT P."),
           ("PH", "PHP", "RODRIGO SANTOS"), ("PH", "PHP", "GOLDEN EAGLE SUPPLY"), ("ID", "IDR", "ANDI WIJAYA"),
           ("ID", "IDR", "CV CAHAYA BARU MAKMUR"), ("VN", "VND", "PHAM MINH TUAN"), ("VN", "VND", "CONG TY TNHH AN BINH PHAT"),
           ("SG", "USD", "ORIENT STAR TRADING LTD HONG KONG")]


def all_exact(cur, amt, pdate):
    return sorted([i["id"] for i in invoices if i["currency"] == cur and BAL[i["id"]] == amt
                   and i["issue_date"] < pdate.isoformat()])


def sc_unknown(pdate):
    ctry, cur, payer = R.choice(UNKNOWN)
    hit = R.random() < .5
    if hit:
        inv = R.choice([i for i in invoices if i["currency"] == cur and BAL[i["id"]] > 0 and i["issue_date"] < pdate.isoformat()])
        amt = BAL[inv["id"]]
    else:
        amt = rand_amount(cur, small=True)
        need(not all_exact(cur, amt, pdate))
    cands = [[x] for x in all_exact(cur, amt, pdate)]
    ref = R.choice([None, "TRANSFER", "PAYMENT", f"TRF{R.randint(100000, 999999)}",
                    {"VN": "chuyen tien", "ID": "TRANSFER DANA", "MY": "IBFT", "PH": "BAYAD"}.get(ctry, "FUND TRANSFER")])
    lang = {"SG": "en", "MY": "ms", "TH": "th", "PH": "tl", "ID": "id", "VN": "vi"}[ctry]
    p = new_payment(pdate, amt, cur, payer, None, ref, None)
    add_label(p, "review", [], amt, cands=cands, reason="payer is not a known customer and no invoice is referenced",
              scenario="unknown_payer", lang=lang,
              note="unknown payer; " + ("amount equals an open balance of some customer: candidate only" if cands else "amount matches nothing"))


def sc_po(pdate):
    c = any_cust(lambda c: c["kind"] == "company")
    cur, (inv,) = pick_inv(c, pdate, cur=c["cur"])
    amt = BAL[inv["id"]]
    need(amount_unique(c["id"], cur, pdate, amt, inv["id"]))
    same = [i for i in invoices if i["number"][:3] == inv["number"][:3] and i["customer_id"] != c["id"] and BAL[i["id"]] != amt]
    other = R.choice(same)
    tail = other["number"][-5:] if c["country"] != "SG" else other["number"][3:]
    lang = pick_lang(c)
    po = {"SG": f"PO {tail}", "MY": f"PO-26-{tail}", "TH": f"PO2026/{tail}", "PH": f"PO# {tail}",
          "ID": f"PO/26/{tail}", "VN": f"PO {tail}"}[c["country"]]
    word = {"en": "Our PO", "ms": "PO kami", "th": "ใบสั่งซื้อเลขที่", "id": "No. PO kami", "vi": "Don dat hang",
            "tl": "Aming PO", "zh": "我司采购单"}[lang]
    rail, payer, cid = payer_view(c, pdate, cur, force_cid=True)
    p = new_payment(pdate, amt, cur, payer, cid, po, f"{word} {po}" if R.random() < .6 else None)
    add_label(p, "applied", [(inv["id"], amt)], 0, reason=f"PO number only; amount equals the only open balance {inv['number']}",
              scenario="po_lookalike", lang=lang,
              note=f"'{po}' is the customer's PO; its digits equal invoice {other['number']} ({other['customer_id']}), which is not paid here")


def sc_same_amount(pdate):
    c = any_cust(lambda c: c["retainer"] is not None)
    cur = c["cur"]
    ops = [i for i in open_invs(c["id"], cur, pdate) if BAL[i["id"]] == c["retainer"]]
    need(len(ops) >= 2)
    amt = c["retainer"]
    lang = pick_lang(c)
    rail, payer, cid = payer_view(c, pdate, cur, force_cid=True if R.random() < .5 else None)
    txt = {"en": "WAREHOUSE RENTAL", "ms": "SEWA GUDANG", "th": "ค่าเช่าคลังสินค้า", "id": "SEWA GUDANG",
           "vi": "tien thue kho", "tl": "RENTA SA BODEGA", "zh": "仓租"}[lang]
    p = new_payment(pdate, amt, cur, payer, cid, txt, None)
    cands = [[i["id"]] for i in sorted(ops, key=lambda i: i["due_date"])]
    add_label(p, "review", [], amt, cands=cands, reason=f"{len(ops)} open storage invoices of the same amount; no month given",
              scenario="ambiguous_amount", lang=lang, note="fixed monthly storage fee; oldest-first candidates")


def sc_subset(pdate):
    c = any_cust(lambda c: c["retainer"] is not None)
    cur = c["cur"]
    ops = [i for i in open_invs(c["id"], cur, pdate) if BAL[i["id"]] == c["retainer"]]
    need(len(ops) >= 3)
    amt = c["retainer"] * 2
    need(sum(BAL[i["id"]] for i in open_invs(c["id"], cur, pdate)) != amt)
    lang = pick_lang(c)
    rail, payer, cid = payer_view(c, pdate, cur, force_cid=True)
    p = new_payment(pdate, amt, cur, payer, cid, None, None)
    ops = sorted(ops, key=lambda i: i["due_date"])
    cands = [[a["id"], b["id"]] for a, b in itertools.combinations(ops, 2)][:6]
    add_label(p, "review", [], amt, cands=cands, reason="two of several equal storage invoices; which two is unknown",
              scenario="ambiguous_subset", lang=lang, note=f"{len(ops)} open storage invoices, payment = 2x fee")


def sc_conflict(pdate):
    c = any_cust()
    cur = c["cur"]
    ops = open_invs(c["id"], cur, pdate)
    need(len(ops) >= 3)
    a, b = R.sample(ops, 2)
    amt = BAL[b["id"]]
    need(BAL[a["id"]] != amt and amount_unique(c["id"], cur, pdate, amt, b["id"]))
    lang = pick_lang(c)
    rail, payer, cid = payer_view(c, pdate, cur)
    p = new_payment(pdate, amt, cur, payer, cid, make_ref(c, lang, a["number"], rail), None)
    add_label(p, "review", [], amt, cands=[[a["id"]], [b["id"]]],
              reason=f"reference {a['number']} but amount equals {b['number']}", scenario="ref_amount_conflict", lang=lang,
              note=f"referenced balance {fmt(BAL[a['id']], cur)} differs; amount fits another invoice exactly")


FX = {"SGD": D("0.77"), "MYR": D("0.236"), "THB": D("0.0295"), "PHP": D("0.0172"), "IDR": D("0.0000612"), "VND": D("0.0000381")}


def sc_currency(pdate):
    c = any_cust(lambda c: c["kind"] == "company")
    cur, (inv,) = pick_inv(c, pdate, cur=c["cur"])
    need(not open_invs(c["id"], "USD", pdate) or R.random() < .3)
    amt = q(BAL[inv["id"]] * FX[cur], "USD")
    need(amt > 10)
    lang = pick_lang(c)
    rail, payer, cid = payer_view(c, pdate, "USD")
    p = new_payment(pdate, amt, "USD", payer, cid, make_ref(c, lang, inv["number"], rail), None)
    add_label(p, "review", [], amt, cands=[[inv["id"]]], reason=f"USD payment references {cur} invoice {inv['number']}",
              scenario="other_currency", lang=lang,
              note=f"no application across currencies; candidate is the referenced {cur} invoice")


def sc_usd_ok(pdate):
    c = any_cust(lambda c: c["usd"])
    cur, (inv,) = pick_inv(c, pdate, cur="USD")
    amt = BAL[inv["id"]]
    lang = pick_lang(c)
    rail, payer, cid = payer_view(c, pdate, "USD")
    p = new_payment(pdate, amt, "USD", payer, cid, "/INV/" + inv["number"] if R.random() < .5 else "RFB " + inv["number"],
                    None)
    add_label(p, "applied", [(inv["id"], amt)], 0, reason=f"USD invoice {inv['number']} referenced, exact balance",
              scenario="other_currency", lang=lang, note="SWIFT USD transfer for a USD invoice of a local-currency customer")
    PAID_FULL.append((inv, amt, c))


AGENTS = ["PAYBRIDGE ASIA PTE LTD", "REMITLANE SERVICES", "KARTAPAY INDONESIA", "SIAMFLOW PAYMENT CO LTD",
          "ISLANDREMIT PH INC", "MEKONG PAY JSC"]


def sc_third_party(pdate):
    c = any_cust()
    cur, (inv,) = pick_inv(c, pdate)
    amt = BAL[inv["id"]]
    lang = pick_lang(c)
    agent = R.choice(AGENTS)
    p = new_payment(pdate, amt, cur, agent, None, inv["number"],
                    f"On behalf of {c['name']} - invoice {inv['number']}" if R.random() < .7 else None)
    add_label(p, "applied", [(inv["id"], amt)], 0, reason=f"exact invoice number and exact balance, paid via an agent",
              scenario="third_party", lang="en", note="payment service pays on the customer's behalf; reference and amount both exact")
    PAID_FULL.append((inv, amt, c))


def sc_group(pdate):
    ctry = R.choice(["SG", "MY"])
    c = [x for x in customers if x["name"].startswith("Harbourfront") and x["country"] == ctry][0]
    cur, (inv,) = pick_inv(c, pdate, cur=c["cur"])
    amt = BAL[inv["id"]]
    need(amount_unique(c["id"], cur, pdate, amt, inv["id"]))
    p = new_payment(pdate, amt, cur, "HARBOURFRONT RETAIL GROU", None, None, None)
    add_label(p, "applied", [(inv["id"], amt)], 0, reason=f"truncated name fits both group entities; {cur} and amount pick {c['id']}",
              scenario="name_clash", lang="en", note="SG and MY entities share a name; only one bills in this currency")
    PAID_FULL.append((inv, amt, c))


def sc_bad(pdate):
    c = any_cust()
    cur = c["cur"]
    kind = R.choice(["negative", "zero", "nocur", "noamt", "text"])
    ops = open_invs(c["id"], cur, pdate)
    need(ops)
    inv = R.choice(ops)
    pid = "p-%04d" % (len(payments) + 1)
    p = dict(id=pid, date=pdate.isoformat(), amount=fmt(BAL[inv["id"]], cur), currency=cur,
             payer_name=bank_name(c, "FAST"), customer_id=None, reference=inv["number"], remittance=None)
    if kind == "negative":
        p["amount"] = "-" + p["amount"]
        p["reference"] = "RETURNED " + inv["number"]
        p["remittance"] = "IBG return: beneficiary account details mismatch"
    elif kind == "zero":
        p["amount"] = "0.00"
    elif kind == "nocur":
        p["currency"] = None
    elif kind == "noamt":
        p["amount"] = None
    else:
        p["amount"] = "n/a"
    payments.append(p)
    labels.append(dict(payment_id=pid, status="review", applications=[], unapplied="0.00", short_pay=None, candidates=[],
                       reason=f"bad row: {kind}", scenario="bad_row",
                       note=f"[bad_row, en] unusable row ({kind}); nothing applied, unapplied 0.00 by convention"))


# ---------------------------------------------------------------- main
PLAN = [("exact_ref", lambda d: sc_exact_ref(d), 84), ("ref_variant", lambda d: sc_exact_ref(d, True), 55),
        ("amount_only", sc_amount_only, 35), ("typo", sc_typo, 15), ("list", sc_list, 22), ("range", sc_range, 10),
        ("lump_all", sc_lump_all, 12), ("partial", sc_partial, 15), ("short", sc_short, 24), ("short_list", sc_short_in_list, 6),
        ("overpay", sc_overpay, 12), ("duplicate", sc_duplicate, 10), ("balance_after", sc_balance_after, 8),
        ("on_account", sc_on_account, 10), ("unknown", sc_unknown, 15), ("po", sc_po, 10), ("same_amount", sc_same_amount, 9),
        ("subset", sc_subset, 5), ("conflict", sc_conflict, 7), ("currency", sc_currency, 8), ("usd_ok", sc_usd_ok, 10),
        ("third_party", sc_third_party, 8), ("group", sc_group, 4), ("bad", sc_bad, 6)]
FN = {k: f for k, f, n in PLAN}
LATE = {"duplicate", "balance_after"}


def main():
    build_customers()
    build_invoices()
    init_state()
    slots = [k for k, f, n in PLAN for _ in range(n) if k not in LATE]
    R.shuffle(slots)
    for k, f, n in PLAN:
        if k in LATE:
            for _ in range(n):
                slots.insert(R.randrange(int(len(slots) * .4), len(slots) + 1), k)
    days = []
    d = BATCH0
    while d <= BATCH1:
        if d.weekday() < 5 or R.random() < .25:
            days.append(d)
        d += timedelta(days=1)
    dates = sorted(R.choice(days) for _ in slots)
    for k, pdate in zip(slots, dates):
        for attempt in range(300):
            try:
                FN[k if attempt < 250 else "exact_ref"](pdate)
                break
            except (Skip, IndexError):
                continue
        else:
            raise SystemExit("could not build " + k)
    os.makedirs(OUT, exist_ok=True)
    inv_out = [{k: v for k, v in i.items() if not k.startswith("_")} for i in invoices]
    with open(os.path.join(OUT, "invoices.json"), "w", encoding="utf-8") as fh:
        json.dump(inv_out, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "payments.json"), "w", encoding="utf-8") as fh:
        json.dump(payments, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    write_readme()


def write_readme():
    st = collections.Counter(l["status"] for l in labels)
    sc = collections.Counter(l["scenario"] for l in labels)
    lg = collections.Counter(l["note"].split(",")[1].split("]")[0].strip() for l in labels)
    cu = collections.Counter(p["currency"] for p in payments)
    ic = collections.Counter(i["currency"] for i in invoices)
    withid = sum(1 for p in payments if p["customer_id"])
    rows = lambda c: "\n".join(f"| {k} | {v} |" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))))
    txt = f"""# Blind cash-application set: SEA freight forwarding & warehousing (`sea_logistics`)

Theme: a made-up regional freight forwarder and warehouse operator with entities in Singapore (invoice numbers
`SIN26nnnnn`), Kuala Lumpur (`KUL-26-nnnnn`), Bangkok (`BKK/2026/nnnnn`), Manila (`MNL26-nnnnn`), Jakarta
(`JKT/INV/26/nnnnn`) and Ho Chi Minh City (`SGN26-nnnnn`). It bills importers, manufacturers and e-commerce sellers
for freight, customs clearance and warehousing (some on fixed monthly storage retainers). All companies, people,
payment agents and booking numbers are invented. Generated by `build.py` (seeded, stdlib only); `check.py` re-verifies.

## Files

| file | content |
|---|---|
| `sea_logistics/invoices.json` | {len(invoices)} open invoices (contract fields) |
| `sea_logistics/payments.json` | {len(payments)} payments, oldest first, {withid} with a bank-supplied `customer_id` |
| `sea_logistics/labels.json` | one expected MATCHES entry per payment (same order) + `scenario` + `note` |

Invoice currencies: {', '.join(f'{k} {v}' for k, v in sorted(ic.items()))}.
Payment currencies: {', '.join(f'{k} {v}' for k, v in sorted(cu.items(), key=lambda kv: str(kv[0])))}.

## Label conventions

- Payments are replayed in order; an application never exceeds what earlier labelled applications left open.
  `review` applies nothing, so a later payment may still take an invoice that an earlier review listed as candidate.
- `applications` + `unapplied` = payment amount for every usable row. For `review`, `unapplied` is the whole payment.
- Amounts are decimal strings: 2 decimals, IDR and VND with none (some IDR/VND payments carry a `.00` suffix
  in the data, as bank exports do). Compare amounts numerically.
- `partial` + `short_pay = null`: a stated part payment / instalment. `partial` + `short_pay`: a deduction the
  remittance states; `short_pay.amount` = what remains open on that invoice; `reason` is one of
  `withholding tax` (TH 1% / PH 2% EWT / ID PPh 23 2%, computed on the VAT-exclusive total), `damaged goods`,
  `pricing dispute`, `demurrage dispute`, `bank charges`. The reason wording is informative, not exact.
- `unapplied` with applications: overpayment (invoice paid, rest on account). `unapplied` without: a second
  payment of an invoice already paid earlier in the batch, or a known customer's advance / booking deposit.
- `candidates` is a list of invoice-id lists, best first (referenced invoice first; equal-amount invoices oldest
  due date first). For an unknown payer the candidates are every open invoice of that currency whose balance equals
  the amount (possibly none). A payment in another currency than the invoice it names is `review` with that
  invoice as the only candidate (no cross-currency application).
- Bad rows (negative/returned amount, zero, null or non-numeric amount, null currency) are `review` with no
  applications, no candidates and `unapplied` "0.00"; the contract defines no `error` field, so none is given.
- `reason` in labels is a human explanation, not a string to match.

## Counts

| status | n |
|---|---|
{rows(st)}

| scenario | n |
|---|---|
{rows(sc)}

| remittance/reference language | n |
|---|---|
{rows(lg)}

## Deliberately hard

- Bank truncation: Malaysian IBG/DuitNow references cut at 20 characters (full list then only in the remittance),
  PayNow/DuitNow names cut at 20, Thai PromptPay names in Thai script (`บจก.` abbreviation), Vietnamese NAPAS content
  unaccented and prefixed with the payer's name, Indonesian VA payments with only a VA number.
- Reference variants: prefix dropped, punctuation stripped, lower case, bare sequence (`INV01234`, `HD 01234`,
  `01234/2026`), shared-prefix lists (`KUL-26-01234/01240/01251`), ranges whose span includes other customers' numbers.
- Typos (transposed/changed/dropped digit) that hit no existing number; amount unique.
- PO numbers whose digits equal a real invoice number of another customer (the PO is not the invoice).
- Payments of the remaining balance of invoices that were part-paid before the batch (balance < total) or earlier
  in the batch; second payments of invoices already settled in the batch.
- Withholding-tax short pays in TH/PH/ID computed on the net-of-VAT amount; deductions in Malay/Thai/Vietnamese/
  Indonesian/Tagalog/Chinese text with local number formats (`Rp 1.234.000`, `1.250.000 VND`).
- Fixed monthly storage fees give several open invoices of the same amount: amount-only payments are `review`.
- Two group companies (SG Pte. Ltd. / MY Sdn. Bhd.) with the same name; truncated payer name, currency decides.
- Payment agents paying on a customer's behalf with exact invoice number and amount (`applied`).
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(txt)


if __name__ == "__main__":
    main()
