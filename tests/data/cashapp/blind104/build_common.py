"""Part 1 of build.py: constants, customers, formatting helpers, invoice book."""
import datetime as dt
import random

SEED = 378
DECIMALS = {"JPY": 0, "KRW": 0, "TWD": 2, "HKD": 2, "CNY": 2, "USD": 2}
NUM_LO, NUM_HI = 24000, 30000          # invoice numerals live in this range
FIRST_NUMERAL = 24013


def fmt(cur, minor):
    """Minor units (int) -> contract decimal string."""
    if DECIMALS[cur] == 0:
        return str(minor)
    sign = "-" if minor < 0 else ""
    m = abs(minor)
    return f"{sign}{m // 100}.{m % 100:02d}"


def human(cur, minor):
    """Amount as written by people in remittance text (thousands separators)."""
    if DECIMALS[cur] == 0:
        return f"{minor:,}"
    return f"{minor // 100:,}.{minor % 100:02d}"


def inv_number(numeral):
    return f"INV-{numeral:06d}"


# (key, name, country, currencies, aliases)
# aliases: list of (kind, payer_name) that differ from the customer name.
CUSTOMERS = [
    ("kansai", "Kansai Seimitsu Kogyo K.K.", "JP", ["JPY"], [("kana", "ｶ)ｶﾝｻｲｾｲﾐﾂｺｳｷﾞﾖ"), ("trading", "KANSAI PRECISION")]),
    ("tohoku", "Tohoku Denshi Buhin Co., Ltd.", "JP", ["JPY"], [("kana", "ﾄｳﾎｸﾃﾞﾝｼﾌﾞﾋﾝ(ｶ"), ("parent", "Tohoku Holdings Co., Ltd.")]),
    ("nagoya", "Nagoya Machine Parts K.K.", "JP", ["JPY", "USD"], [("kana", "ｶ)ﾅｺﾞﾔﾏｼﾝﾊﾟｰﾂ"), ("truncated", "NAGOYA MACHINE PA")]),
    ("hamamatsu", "Hamamatsu Sensor Works Co., Ltd.", "JP", ["JPY"], [("kana", "ﾊﾏﾏﾂｾﾝｻｰﾜｰｸｽ(ｶ")]),
    ("yokohama", "Yokohama Denki Shoji K.K.", "JP", ["JPY"], [("kana", "ｶ)ﾖｺﾊﾏﾃﾞﾝｷｼﾖｳｼ"), ("parent", "YDS Group Holdings")]),
    ("osaka", "Osaka Kiban Service Y.K.", "JP", ["JPY"], [("kana", "ﾕ)ｵｵｻｶｷﾊﾞﾝｻｰﾋﾞ")]),
    ("fukuoka", "Fukuoka Robotics K.K.", "JP", ["JPY", "USD"], [("kana", "ｶ)ﾌｸｵｶﾛﾎﾞﾃｲｸｽ"), ("trading", "FR-BOTICS")]),
    ("sendai", "Sendai Optical Devices K.K.", "JP", ["JPY"], [("kana", "ｾﾝﾀﾞｲｵﾌﾟﾃｲｶﾙﾃﾞ")]),
    ("kyoto", "Kyoto Connector Mfg. Co., Ltd.", "JP", ["JPY"], [("kana", "ｷﾖｳﾄｺﾈｸﾀｰｾｲｻｸ"), ("parent", "Kyoto Denshi Group K.K.")]),
    ("tanaka", "Tanaka Denki Shokai", "JP", ["JPY"], [("kana", "ﾀﾅｶ ﾋﾛｼ"), ("person", "TANAKA HIROSHI")]),
    ("chiba", "Chiba Parts Center K.K.", "JP", ["JPY"], [("kana", "ｶ)ﾁﾊﾞﾊﾟｰﾂｾﾝﾀｰ")]),
    ("kobe", "Kobe Marine Electric Co., Ltd.", "JP", ["JPY", "USD"], [("kana", "ｺｳﾍﾞﾏﾘﾝﾃﾞﾝｷ(ｶ"), ("truncated", "KOBE MARINE ELECT")]),
    ("hanbit", "Hanbit Electronics Co., Ltd.", "KR", ["KRW"], [("local", "(주)한빛전자"), ("parent", "Hanbit Holdings Inc.")]),
    ("daesung", "Daesung Precision Co., Ltd.", "KR", ["KRW", "USD"], [("local", "대성정밀(주)"), ("translit", "DAE SEONG PRECISION")]),
    ("seoulsemi", "Seoul Semicon Trading Co.", "KR", ["KRW"], [("local", "서울세미콘상사")]),
    ("mirae", "Mirae Robotics Inc.", "KR", ["KRW"], [("local", "미래로보틱스(주)"), ("translit", "MIRAE ROBOTIX")]),
    ("incheon", "Incheon Cable Co., Ltd.", "KR", ["KRW"], [("local", "인천케이블(주)")]),
    ("busan", "Busan Marine Electric Co.", "KR", ["KRW", "USD"], [("local", "부산마린전기"), ("truncated", "BUSAN MARINE ELEC")]),
    ("gyeonggi", "Gyeonggi Display Parts Co., Ltd.", "KR", ["KRW"], [("local", "경기디스플레이부품")]),
    ("minjun", "Minjun Parts", "KR", ["KRW"], [("person", "김민준"), ("translit", "KIM MIN JUN")]),
    ("daejeon", "Daejeon Semiconductor Equipment Co.", "KR", ["KRW"], [("local", "대전반도체장비(주)")]),
    ("hsinchu", "Hsinchu Microtech Corp.", "TW", ["TWD", "USD"], [("local", "新竹微科技股份有限公司"), ("translit", "HSIN CHU MICRO TECH")]),
    ("taichung", "Taichung Gear Works Co., Ltd.", "TW", ["TWD"], [("local", "台中齒輪工業股份有限公司")]),
    ("kaohsiung", "Kaohsiung Power Components Ltd.", "TW", ["TWD"], [("local", "高雄電力元件有限公司"), ("truncated", "KAOHSIUNG POWER C")]),
    ("formosa", "Formosa PCB Supply Co.", "TW", ["TWD", "USD"], [("trading", "FPS Circuit Boards"), ("parent", "Formosa Circuit Group")]),
    ("tainan", "Tainan Opto Electronics Co., Ltd.", "TW", ["TWD"], [("local", "台南光電股份有限公司")]),
    ("taoyuan", "Taoyuan Fastener Trading Co.", "TW", ["TWD"], [("person", "LIN CHIH-HAO")]),
    ("kowloon", "Kowloon Components Ltd.", "HK", ["HKD", "USD"], [("truncated", "KOWLOON COMPONEN"), ("local", "九龍元件有限公司")]),
    ("pearlriver", "Pearl River Trading (HK) Ltd.", "HK", ["HKD", "USD"], [("trading", "PRT Electronics"), ("parent", "Pearl River Group Holdings Ltd")]),
    ("victoria", "Victoria Harbour Electronics Co.", "HK", ["HKD"], [("truncated", "VICTORIA HARBOUR E")]),
    ("tsuenwan", "Tsuen Wan Instruments Ltd.", "HK", ["HKD"], [("local", "荃灣儀器有限公司")]),
    ("goldendragon", "Golden Dragon Electronic Retail Ltd.", "HK", ["HKD"], [("trading", "GD Gadgets"), ("person", "CHAN TAI MAN")]),
    ("shatin", "Sha Tin Switchgear Co.", "HK", ["HKD"], [("person", "WONG KA WAI")]),
    ("mongkok", "Mong Kok Mobile Accessories", "HK", ["HKD"], [("trading", "MK MOBILE")]),
    ("huaqiang", "Shenzhen Huaqiang Electronics Co., Ltd.", "CN", ["CNY", "USD"], [("local", "深圳市华强电子有限公司"), ("translit", "SHENZHEN HUA QIANG ELEC")]),
    ("dongguan", "Dongguan Precision Moulding Co., Ltd.", "CN", ["CNY"], [("local", "东莞精密模具有限公司")]),
    ("suzhou", "Suzhou Industrial Automation Co., Ltd.", "CN", ["CNY", "USD"], [("local", "苏州工业自动化有限公司"), ("parent", "Suzhou SIA Group")]),
    ("lianhe", "Shanghai Lianhe Semiconductor Co., Ltd.", "CN", ["CNY"], [("local", "上海联合半导体有限公司"), ("translit", "SHANGHAI LIAN HE SEMI")]),
    ("ningbo", "Ningbo Motor Parts Co., Ltd.", "CN", ["CNY"], [("local", "宁波电机配件有限公司")]),
    ("xiamen", "Xiamen Smart Retail Ltd.", "CN", ["CNY"], [("trading", "XM Smart Store"), ("person", "陈伟")]),
    ("guangzhou", "Guangzhou Yuexiu Trading Co.", "CN", ["CNY"], [("local", "广州越秀贸易有限公司")]),
    ("chengdu", "Chengdu Western Electric Supply Co.", "CN", ["CNY"], [("local", "成都西部电气供应有限公司")]),
    ("tianjin", "Tianjin Port Machinery Co., Ltd.", "CN", ["CNY", "USD"], [("truncated", "TIANJIN PORT MACHI")]),
    ("wuxi", "Wuxi Micro Motor Factory", "CN", ["CNY"], [("local", "无锡微电机厂")]),
    ("qingdao", "Qingdao Haiyang Electronics Co.", "CN", ["CNY"], [("local", "青岛海洋电子有限公司")]),
    ("hangzhou", "Hangzhou E-Commerce Gadgets Ltd.", "CN", ["CNY"], [("trading", "HZ Gadget Store")]),
    ("penang", "Penang Assembly Sdn. Bhd.", "MY", ["USD"], [("truncated", "PENANG ASSEMBLY S")]),
    ("saigon", "Saigon Electro Manufacturing JSC", "VN", ["USD"], [("translit", "SAI GON ELECTRO MFG")]),
    ("cebu", "Cebu Circuit Works Inc.", "PH", ["USD"], [("parent", "Visayas Industrial Holdings")]),
    ("bangkok", "Bangkok Auto Parts Co., Ltd.", "TH", ["USD"], [("truncated", "BANGKOK AUTO PART")]),
]

RANGES = {  # minor units, lo..hi, step
    "JPY": (38000, 4800000, 1),
    "KRW": (450000, 68000000, 10),
    "TWD": (900000, 85000000, 100),   # whole NT dollars, two-decimal strings
    "HKD": (120000, 38000000, 1),
    "CNY": (250000, 52000000, 1),
    "USD": (45000, 14500000, 1),
}


def rand_amount(rng, cur):
    lo, hi, step = RANGES[cur]
    # log-uniform-ish
    import math
    v = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    return int(v) // step * step


def rid(rng, prefix, n=10, alphabet="0123456789abcdef"):
    return prefix + "".join(rng.choice(alphabet) for _ in range(n))


def build_book(rng):
    """Customers and the open-invoice book (initial state)."""
    customers = []
    used_ids = set()
    for key, name, country, curs, aliases in CUSTOMERS:
        while True:
            cid = "cus_" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
            if cid not in used_ids:
                used_ids.add(cid)
                break
        customers.append({"key": key, "id": cid, "name": name, "country": country,
                          "currencies": curs, "aliases": aliases})
    # invoice slots: (customer, currency)
    slots = []
    for c in customers:
        for i, cur in enumerate(c["currencies"]):
            n = rng.randint(18, 30) if i == 0 else rng.randint(6, 12)
            if len(c["currencies"]) == 1 and c["country"] in ("MY", "VN", "PH", "TH"):
                n = rng.randint(14, 22)
            slots += [(c, cur)] * n
    rng.shuffle(slots)
    invoices = []
    numeral = FIRST_NUMERAL
    ids = set()
    seen_amounts = {}
    start = dt.date(2025, 10, 1)
    span = (dt.date(2026, 2, 27) - start).days
    issue_dates = sorted(start + dt.timedelta(days=rng.randint(0, span)) for _ in slots)
    for (c, cur), issued in zip(slots, issue_dates):
        numeral += 1 if rng.random() < 0.8 else rng.randint(2, 6)   # gaps (voids, credit notes)
        while True:
            iid = rid(rng, "inv_", 12, "0123456789abcdefghijklmnopqrstuvwxyz")
            if iid not in ids:
                ids.add(iid)
                break
        key = (c["id"], cur)
        while True:
            total = rand_amount(rng, cur)
            if total not in seen_amounts.setdefault(key, set()):
                break
        balance = total
        if rng.random() < 0.10:   # already part-paid before this file
            frac = rng.choice([0.3, 0.4, 0.5, 0.6, 0.25])
            step = RANGES[cur][2]
            balance = int(total * frac) // step * step
            if balance <= 0 or balance in seen_amounts[key]:
                balance = total
        seen_amounts[key].add(total)
        seen_amounts[key].add(balance)
        terms = rng.choice([30, 30, 45, 60, 60, 90])
        invoices.append({
            "id": iid, "number": inv_number(numeral), "customer_id": c["id"],
            "customer_name": c["name"], "currency": cur, "total": total, "balance": balance,
            "issue_date": issued.isoformat(),
            "due_date": (issued + dt.timedelta(days=terms)).isoformat(),
            "_numeral": numeral,
        })
    return customers, invoices
