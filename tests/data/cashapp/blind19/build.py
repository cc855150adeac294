#!/usr/bin/env python3
"""Deterministic, stdlib-only generator of a held-out cash-application ledger.

Supplier: Shiranami Electronic Components (Japan, JPY, series SI) and its Korean
arm Shiranami Korea (KRW, series KI); exports in USD/EUR/TWD (series EX).

    python3 build.py   # rewrites the ledger folder byte for byte
"""
import calendar
import json
import os
import random
from collections import Counter
from datetime import date, timedelta

R = random.Random(62_0331)
HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER_DIR = os.path.join(HERE, "shiranami_jp_kr_components_ar_2026-03_04")

WIN_START, WIN_END = date(2026, 3, 2), date(2026, 4, 30)
HOLIDAYS = {date(2026, 3, 20), date(2026, 4, 29)}
MINOR = {"JPY": 0, "KRW": 0, "USD": 2, "EUR": 2, "TWD": 2}
SERIES = {"JPY": "SI", "KRW": "KI", "USD": "EX", "EUR": "EX", "TWD": "EX"}

OUR_JA = "白波電子部品株式会社"
OUR_EN = "Shiranami Electronic Components Co., Ltd."
OUR_KO = "시라나미코리아(주)"


# ----------------------------------------------------------------- helpers
def fmt(cur, v):
    """Contract amount string: whole units for JPY/KRW, two decimals otherwise."""
    if MINOR[cur] == 0:
        return str(v)
    s = "-" if v < 0 else ""
    v = abs(v)
    return f"{s}{v // 100}.{v % 100:02d}"


def grp(n, sep=","):
    return f"{n:,}".replace(",", sep)


FW = str.maketrans("0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ,",
                   "０１２３４５６７８９－ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ，")


def money(cur, v, lang="en"):
    r = R.random()
    if cur == "JPY":
        n = grp(v)
        if lang == "ja":
            return ["¥" + n, n + "円", "￥" + n, (n + "円").translate(FW) if r < 0.1 else n + "円"][R.randrange(4)]
        return ["JPY " + n, "¥" + n, n + " JPY"][R.randrange(3)]
    if cur == "KRW":
        n = grp(v)
        if lang == "ko":
            return ["₩" + n, n + "원", "금 " + n + "원", n][R.randrange(4)]
        return ["KRW " + n, "₩" + n][R.randrange(2)]
    whole, cents = divmod(abs(v), 100)
    sign = "-" if v < 0 else ""
    if cur == "USD":
        en = f"{sign}{grp(whole)}.{cents:02d}"
        return ["$" + en, "USD " + en, "US$" + en, "USD" + en.replace(",", "")][R.randrange(4)]
    if cur == "EUR":
        de = f"{sign}{grp(whole, '.')},{cents:02d}"
        en = f"{sign}{grp(whole)}.{cents:02d}"
        if lang == "de":
            return [de + " €", "EUR " + de, de + " EUR", "€ " + de][R.randrange(4)]
        return ["EUR " + en, "€" + en, en + " EUR"][R.randrange(3)]
    if cur == "TWD":
        n = grp(whole) + (f".{cents:02d}" if cents else "")
        if lang == "zh":
            return ["新台幣 " + n + " 元", "NT$" + n, "NTD " + n, "台幣" + n + "元"][R.randrange(4)]
        return ["TWD " + n, "NT$" + n, "NTD " + grp(whole) + f".{cents:02d}"][R.randrange(3)]
    raise ValueError(cur)


def eom(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(y, m, k):
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def is_biz(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def biz_on_or_before(d):
    while not is_biz(d):
        d -= timedelta(days=1)
    return d


def biz_on_or_after(d):
    while not is_biz(d):
        d += timedelta(days=1)
    return d


def rand_biz(a, b):
    while True:
        d = a + timedelta(days=R.randrange((b - a).days + 1))
        if is_biz(d):
            return d


def jdate(d, style=None):
    style = style if style is not None else R.randrange(4)
    return [f"{d.year}年{d.month}月{d.day}日", f"{d.year}/{d.month:02d}/{d.day:02d}",
            f"{d.month}月{d.day}日", f"令和{d.year - 2018}年{d.month}月{d.day}日"][style]


def count_subsets(vals, target):
    """Number of non-empty subsets of vals summing to target (meet in the middle)."""
    vals = [v for v in vals if v > 0]
    h = len(vals) // 2

    def sums(lst):
        c = Counter({0: 1})
        for v in lst:
            n = Counter(c)
            for s, k in c.items():
                n[s + v] += k
            c = n
        return c

    a, b = sums(vals[:h]), sums(vals[h:])
    tot = sum(k * a.get(target - s, 0) for s, k in b.items())
    return tot - (1 if target == 0 else 0)


# --------------------------------------------------------------- customers
JP_PRE = [("松本", "Matsumoto", "ﾏﾂﾓﾄ"), ("三河", "Mikawa", "ﾐｶﾜ"), ("信州", "Shinshu", "ｼﾝｼﾕｳ"),
          ("東邦", "Toho", "ﾄｳﾎｳ"), ("大和", "Yamato", "ﾔﾏﾄ"), ("若葉", "Wakaba", "ﾜｶﾊﾞ"),
          ("菱和", "Ryowa", "ﾘﾖｳﾜ"), ("協和", "Kyowa", "ｷﾖｳﾜ"), ("日進", "Nisshin", "ﾆﾂｼﾝ"),
          ("富士見", "Fujimi", "ﾌｼﾞﾐ"), ("桜井", "Sakurai", "ｻｸﾗｲ"), ("北陸", "Hokuriku", "ﾎｸﾘｸ"),
          ("相模", "Sagami", "ｻｶﾞﾐ"), ("武蔵野", "Musashino", "ﾑｻｼﾉ"), ("石川", "Ishikawa", "ｲｼｶﾜ"),
          ("岡田", "Okada", "ｵｶﾀﾞ"), ("青葉", "Aoba", "ｱｵﾊﾞ"), ("東和", "Towa", "ﾄｳﾜ"),
          ("新光", "Shinko", "ｼﾝｺｳ"), ("双葉", "Futaba", "ﾌﾀﾊﾞ"), ("白鳥", "Shiratori", "ｼﾗﾄﾘ"),
          ("中部", "Chubu", "ﾁﾕｳﾌﾞ"), ("瀬戸", "Seto", "ｾﾄ"), ("筑波", "Tsukuba", "ﾂｸﾊﾞ"),
          ("浜名", "Hamana", "ﾊﾏﾅ"), ("明星", "Myojo", "ﾐﾖｳｼﾞﾖｳ"), ("旭光", "Kyokko", "ｷﾖﾂｺｳ"),
          ("千代田", "Chiyoda", "ﾁﾖﾀﾞ"), ("葵", "Aoi", "ｱｵｲ"), ("南海", "Nankai", "ﾅﾝｶｲ"),
          ("八王子", "Hachioji", "ﾊﾁｵｳｼﾞ"), ("西条", "Saijo", "ｻｲｼﾞﾖｳ"), ("岩崎", "Iwasaki", "ｲﾜｻｷ"),
          ("森田", "Morita", "ﾓﾘﾀ"), ("小林", "Kobayashi", "ｺﾊﾞﾔｼ"), ("太陽", "Taiyo", "ﾀｲﾖｳ"),
          ("昭栄", "Shoei", "ｼﾖｳｴｲ"), ("光洋", "Koyo", "ｺｳﾖｳ"), ("鶴見", "Tsurumi", "ﾂﾙﾐ"),
          ("上田", "Ueda", "ｳｴﾀﾞ"), ("吉野", "Yoshino", "ﾖｼﾉ"), ("播磨", "Harima", "ﾊﾘﾏ")]
JP_SUF = [("電子", "Denshi", "ﾃﾞﾝｼ"), ("電機", "Denki", "ﾃﾞﾝｷ"), ("精密", "Seimitsu", "ｾｲﾐﾂ"),
          ("電子工業", "Denshi Kogyo", "ﾃﾞﾝｼｺｳｷﾞﾖｳ"), ("製作所", "Seisakusho", "ｾｲｻｸｼﾖ"),
          ("技研", "Giken", "ｷﾞｹﾝ"), ("計器", "Keiki", "ｹｲｷ"), ("通信機", "Tsushinki", "ﾂｳｼﾝｷ"),
          ("産業", "Sangyo", "ｻﾝｷﾞﾖｳ"), ("エレクトロニクス", "Electronics", "ｴﾚｸﾄﾛﾆｸｽ"),
          ("システム", "System", "ｼｽﾃﾑ"), ("商会", "Shokai", "ｼﾖｳｶｲ"), ("電装", "Denso", "ﾃﾞﾝｿｳ")]

KR_PRE = [("한빛", "Hanbit"), ("새한", "Saehan"), ("동진", "Dongjin"), ("세진", "Sejin"), ("미래", "Mirae"),
          ("태광", "Taegwang"), ("우진", "Woojin"), ("성원", "Sungwon"), ("진영", "Jinyoung"),
          ("신흥", "Shinheung"), ("금강", "Geumgang"), ("청운", "Cheongun"), ("유성", "Yuseong"),
          ("보성", "Boseong"), ("해솔", "Haesol"), ("다온", "Daon"), ("가람", "Garam"), ("한결", "Hangyeol"),
          ("누리", "Nuri"), ("은하", "Eunha"), ("정우", "Jungwoo"), ("서진", "Seojin"), ("광명", "Gwangmyeong"),
          ("동아", "Donga"), ("삼광", "Samgwang")]
KR_SUF = [("전자", "Electronics"), ("정밀", "Precision"), ("테크", "Tech"), ("반도체", "Semiconductor"),
          ("전기", "Electric"), ("통신", "Telecom"), ("산업", "Industrial"), ("시스템", "Systems"),
          ("이앤씨", "E&C"), ("부품", "Components")]
KR_BANKS = [("KB국민은행", "KOOKMIN BANK"), ("신한은행", "SHINHAN BANK"), ("우리은행", "WOORI BANK"),
            ("하나은행", "HANA BANK"), ("IBK기업은행", "INDUSTRIAL BANK OF KOREA"), ("NH농협은행", "NONGHYUP BANK"),
            ("BNK부산은행", "BUSAN BANK"), ("iM뱅크(대구)", "DAEGU BANK"), ("SC제일은행", "SC FIRST BANK"),
            ("KDB산업은행", "KOREA DEVELOPMENT BANK")]
JP_BANKS = ["三菱UFJ銀行", "三井住友銀行", "みずほ銀行", "りそな銀行", "静岡銀行", "横浜銀行", "常陽銀行",
            "十六銀行", "北陸銀行", "京都銀行", "城南信用金庫", "商工中金"]

US_NAMES = ["Northgate Technologies Inc.", "Northgate Power Systems LLC", "Lakeshore Instruments Corp.",
            "Lakeshore Instrumentation Inc.", "Cascade Circuit Works Inc.", "Redwood Power Devices LLC",
            "Bluebonnet Controls Inc.", "Granite Peak Robotics Inc.", "Mesa Verde Optics LLC",
            "Harbor Point Medical Devices Inc.", "Prairie Signal Corp.", "Tidewater Avionics Inc.",
            "Ironwood EV Systems Inc.", "Summit Lane Audio LLC", "Keystone Metering Co.", "Copperline Networks Inc."]
DE_NAMES = ["Northgate Technologies GmbH", "Rheintal Holding AG", "Rheintal Elektronik GmbH",
            "Bergmann Sensorik GmbH", "Bergmann Sensortechnik GmbH", "Hollweg Antriebstechnik GmbH & Co. KG",
            "Kranich Medizintechnik GmbH", "Saalfeld Leistungselektronik GmbH", "Weidenau Automation AG",
            "Oberland Funktechnik GmbH", "Brenner & Voss Messgeräte GmbH", "Altmühl Lichttechnik GmbH",
            "Fichtelberg Solar GmbH"]
TW_NAMES = [("Lianfeng Electronics Co., Ltd.", "聯豐電子股份有限公司"),
            ("Lianfeng Optoelectronics Co., Ltd.", "聯豐光電股份有限公司"),
            ("Hsinchu Precision Industry Co., Ltd.", "新竹精密工業股份有限公司"),
            ("Hsinchu Precision Electronics Co., Ltd.", "新竹精密電子股份有限公司"),
            ("Taoyuan Power Components Corp.", "桃園電能元件股份有限公司"),
            ("Tainan Optotech Co., Ltd.", "台南光科技股份有限公司"),
            ("Yongxin Circuit Corp.", "永信電路股份有限公司"),
            ("Ruiyang Display Co., Ltd.", "瑞陽顯示股份有限公司"),
            ("Kaohsiung Marine Electronics Co., Ltd.", "高雄海洋電子股份有限公司"),
            ("Hongtai Connector Co., Ltd.", "宏泰連接器股份有限公司"),
            ("Chenghe Electric Machinery Co., Ltd.", "承合電機股份有限公司"),
            ("Xinyue Smart Devices Inc.", "欣悅智慧裝置股份有限公司"),
            ("Dahe Energy Technology Co., Ltd.", "大禾能源科技股份有限公司"),
            ("Jinhua Semiconductor Co., Ltd.", "晉華半導體股份有限公司")]

CUSTOMERS = []
CUST = {}
_cids = R.sample(range(10000, 99999), 200)


def add_customer(**kw):
    kw["id"] = f"CU-{_cids[len(CUSTOMERS)]}"
    kw.setdefault("parent", None)
    kw.setdefault("holding", False)
    CUSTOMERS.append(kw)
    CUST[kw["id"]] = kw
    return kw


def jp_customer(pre, suf, form=None, **kw):
    form = form or R.choice(["pre", "pre", "post", "post", "yu"])
    core_k, core_r, core_kana = pre[0] + suf[0], pre[1] + " " + suf[1], pre[2] + suf[2]
    kanji = {"pre": "株式会社" + core_k, "post": core_k + "株式会社", "yu": "有限会社" + core_k}[form]
    kana = {"pre": "ｶ)" + core_kana, "post": core_kana + "(ｶ", "yu": "ﾕ)" + core_kana}[form]
    roman = {"pre": "KK " + core_r.upper(), "post": core_r.upper() + " CO LTD", "yu": "YK " + core_r.upper()}[form]
    en = core_r + (" Co., Ltd." if form != "yu" else " Ltd.")
    closing = kw.pop("closing", R.choice([20, 20, 25, 31, 31, 31]))
    term = kw.pop("term", R.choice(["next_eom", "next_eom", "next_eom", "next_25", "next2_10"]))
    return add_customer(country="JP", cur="JPY", name=kanji, kanji=kanji, kana=kana, roman=roman, en=en,
                        closing=closing, term=term, **kw)


def kr_customer(pre, suf, **kw):
    core = pre[0] + suf[0]
    form = R.choice(["(주)", "주식회사 ", "(주)"])
    name = form + core
    roman = f"{pre[1]} {suf[1]} Co., Ltd."
    return add_customer(country="KR", cur="KRW", name=name, ko=core, roman=roman.upper().replace(",", "").replace(".", ""),
                        en=roman, closing=31, term=kw.pop("term", R.choice(["next_eom", "next_eom", "next_10"])),
                        bank=R.choice(KR_BANKS), **kw)


def build_customers():
    # designed look-alike pairs and groups first
    T = ("高橋", "Takahashi", "ﾀｶﾊｼ")
    jp_customer(T, JP_SUF[0], form="pre", tag="pairJP1")
    jp_customer(T, JP_SUF[1], form="pre", tag="pairJP1")
    S = ("三協", "Sankyo", "ｻﾝｷﾖｳ")
    jp_customer(S, ("電装", "Denso", "ﾃﾞﾝｿｳ"), form="post", tag="pairJP2")
    jp_customer(S, ("電材", "Denzai", "ﾃﾞﾝｻﾞｲ"), form="post", tag="pairJP2")
    N = ("日東", "Nitto", "ﾆﾂﾄｳ")
    jp_customer(N, ("精密", "Seimitsu", "ｾｲﾐﾂ"), form="pre", tag="pairJP3")
    jp_customer(N, ("精機", "Seiki", "ｾｲｷ"), form="pre", tag="pairJP3")
    H = ("北斗", "Hokuto", "ﾎｸﾄ")
    hp = jp_customer(H, ("ホールディングス", "Holdings", "ﾎ-ﾙﾃﾞｲﾝｸﾞｽ"), form="pre", holding=True)
    jp_customer(H, ("電子", "Denshi", "ﾃﾞﾝｼ"), form="pre", parent=hp["id"])
    jp_customer(H, ("精密", "Seimitsu", "ｾｲﾐﾂ"), form="pre", parent=hp["id"])
    M = ("丸山", "Maruyama", "ﾏﾙﾔﾏ")
    mp = jp_customer(M, ("電機", "Denki", "ﾃﾞﾝｷ"), form="post")
    jp_customer(M, ("技研", "Giken", "ｷﾞｹﾝ"), form="post", parent=mp["id"])
    pres = R.sample(JP_PRE, 39)
    for p in pres:
        jp_customer(p, R.choice(JP_SUF))

    kr_customer(("대성", "Daesung"), ("일렉트로닉스", "Electronics"), tag="pairKR")
    kr_customer(("대성", "Daesung"), ("일렉트릭", "Electric"), tag="pairKR")
    kp = kr_customer(("한울", "Hanul"), ("전자", "Electronics"))
    kr_customer(("한울", "Hanul"), ("디스플레이", "Display"), parent=kp["id"])
    kr_customer(("한울", "Hanul"), ("테크", "Tech"), parent=kp["id"])
    used = set()
    while len([c for c in CUSTOMERS if c["country"] == "KR"]) < 30:
        p, s = R.choice(KR_PRE), R.choice(KR_SUF)
        if p[0] in used:
            continue
        used.add(p[0])
        kr_customer(p, s)

    us = {}
    for n in US_NAMES:
        us[n] = add_customer(country="US", cur="USD", name=n, en=n, net=R.choice([30, 30, 45, 60]),
                             channel=R.choice(["ach", "ach", "wire"]),
                             tag="pairUS" if n.startswith("Lakeshore") else None)
    us["Northgate Power Systems LLC"]["parent"] = us["Northgate Technologies Inc."]["id"]
    de = {}
    for n in DE_NAMES:
        de[n] = add_customer(country="DE", cur="EUR", name=n, en=n, net=30,
                             holding=n == "Rheintal Holding AG",
                             tag="pairDE" if n.startswith("Bergmann") else None)
    de["Northgate Technologies GmbH"]["parent"] = us["Northgate Technologies Inc."]["id"]
    de["Rheintal Elektronik GmbH"]["parent"] = de["Rheintal Holding AG"]["id"]
    tw = {}
    for en, zh in TW_NAMES:
        tw[en] = add_customer(country="TW", cur="TWD", name=en if R.random() < 0.6 else f"{en} ({zh})",
                              en=en, zh=zh, closing=31, term="m60",
                              tag="pairTW" if en.startswith("Hsinchu") else None)
    tw["Lianfeng Optoelectronics Co., Ltd."]["parent"] = tw["Lianfeng Electronics Co., Ltd."]["id"]


# ---------------------------------------------------------------- invoices
INVOICES = []
INV = {}
_iids = R.sample(range(10000, 99999), 2000)


def period_end(issue, closing):
    if closing == 31:
        return eom(issue.year, issue.month)
    if issue.day <= closing:
        return date(issue.year, issue.month, closing)
    y, m = add_months(issue.year, issue.month, 1)
    return date(y, m, closing)


def due_date(c, issue):
    if "net" in c:
        return issue + timedelta(days=c["net"])
    pe = period_end(issue, c["closing"])
    t = c["term"]
    if t == "next_eom":
        return eom(*add_months(pe.year, pe.month, 1))
    if t == "next_25":
        return date(*add_months(pe.year, pe.month, 1), 25)
    if t == "next_10":
        return date(*add_months(pe.year, pe.month, 1), 10)
    if t == "next2_10":
        return date(*add_months(pe.year, pe.month, 2), 10)
    if t == "m60":
        return eom(*add_months(pe.year, pe.month, 2))
    raise ValueError(t)


def rand_amount(cur):
    if cur == "JPY":
        net = int(min(max(R.lognormvariate(12.4, 1.15), 6000), 18_000_000)) // 10 * 10
        return net + net // 10
    if cur == "KRW":
        net = int(min(max(R.lognormvariate(15.8, 1.05), 250_000), 450_000_000)) // 100 * 100
        return net + net // 10
    if cur == "USD":
        return int(min(max(R.lognormvariate(8.6, 1.1), 180), 350_000) * 100)
    if cur == "EUR":
        return int(min(max(R.lognormvariate(8.4, 1.05), 150), 220_000) * 100)
    if cur == "TWD":
        net = int(min(max(R.lognormvariate(11.6, 1.0), 3000), 9_000_000))
        return (net + net * 5 // 100) * 100
    raise ValueError(cur)


def build_invoices():
    months = [(2025, 11), (2025, 12), (2026, 1), (2026, 2), (2026, 3), (2026, 4)]
    keep = {(2025, 11): 0.12, (2025, 12): 0.3}
    per = {"JP": (1, 6), "KR": (1, 5), "US": (1, 4), "DE": (1, 4), "TW": (1, 4)}
    for c in CUSTOMERS:
        if c["holding"]:
            continue
        lo, hi = per[c["country"]]
        size = R.choice([0.6, 1.0, 1.0, 1.4])
        for (y, m) in months:
            n = max(0, round(R.randint(lo, hi) * size))
            last = 24 if (y, m) == (2026, 4) else calendar.monthrange(y, m)[1]
            for _ in range(n):
                if R.random() > keep.get((y, m), 1.0):
                    continue
                issue = date(y, m, R.randint(1, last))
                if issue.weekday() >= 5:
                    issue = biz_on_or_before(issue) if issue.day > 2 else biz_on_or_after(issue)
                total = rand_amount(c["cur"])
                bal = total
                r = R.random()
                if r < 0.05:   # a credit note already netted against the invoice
                    cut = total * R.choice([5, 8, 10, 12, 20]) // 100
                    bal = total - (cut // 100 * 100 if MINOR[c["cur"]] else cut)
                elif r < 0.08:  # paid in part before this ledger
                    bal = total - total * R.choice([30, 40, 50]) // 100
                inv = {"id": None, "number": None, "customer_id": c["id"], "customer_name": c["name"],
                       "currency": c["cur"], "_total": total, "_bal": bal, "issue_date": issue,
                       "due_date": due_date(c, issue)}
                INVOICES.append(inv)
        mine = [i for i in INVOICES if i["customer_id"] == c["id"]]
        if len(mine) > 30:  # keep subset enumeration cheap and realistic
            drop = R.sample(mine, len(mine) - 30)
            for d in drop:
                INVOICES.remove(d)
    # numbers: per series and month, sequential with gaps (paid invoices are not in the ledger)
    groups = {}
    for inv in INVOICES:
        key = (SERIES[inv["currency"]], inv["issue_date"].year, inv["issue_date"].month)
        groups.setdefault(key, []).append(inv)
    for key in sorted(groups):
        lst = sorted(groups[key], key=lambda i: (i["issue_date"], i["customer_id"], i["_total"]))
        seq = R.randint(1, 12)
        for inv in lst:
            inv["number"] = f"{key[0]}-{key[1]}{key[2]:02d}-{seq:04d}"
            seq += R.choice([1, 1, 1, 2, 2, 3, 4, 6])
    R.shuffle(INVOICES)
    for k, inv in enumerate(INVOICES):
        inv["id"] = f"i-{_iids[k]}"
        INV[inv["id"]] = inv


# ------------------------------------------------------------ text helpers
JA_PEOPLE = ["佐藤 美咲", "鈴木 健太", "田中 直子", "伊藤 大輔", "渡辺 由美", "山本 翔", "中村 恵", "小川 隆",
             "加藤 沙織", "吉田 誠", "松井 理恵", "井上 勇気"]
KO_PEOPLE = ["김민준", "이서연", "박지훈", "최유진", "정하늘", "강도윤", "윤서아", "임재현", "한지민", "오승우"]
EN_PEOPLE = ["Karen Whitfield", "Luis Ortega", "Priya Raman", "Tom Becker", "Dana Kowalski", "Jerome Mills",
             "Amy Tran", "Rob Feeney", "Natalie Cho", "Greg Haskins"]
DE_PEOPLE = ["Sabine Krüger", "Jens Hofmann", "Petra Lindner", "Markus Vogt", "Anja Seidel", "Thomas Reuter",
             "Claudia Ernst", "Stefan Bauer"]
ZH_PEOPLE = ["林怡君", "陳建宏", "王雅婷", "張志明", "黃淑芬", "李冠廷", "吳佩珊"]


def slug(c):
    base = (c.get("roman") or c.get("en") or "customer").lower()
    for ch in ",.&()":
        base = base.replace(ch, "")
    w = [x for x in base.split() if x not in ("co", "ltd", "kk", "yk", "inc", "llc", "corp", "gmbh", "ag", "kg")]
    return "-".join(w[:2]) + ".example"


def iref(inv, style):
    s, ym, n = inv["number"].split("-")
    return {"full": inv["number"], "nodash": s + ym + n, "mixed": s + ym + "-" + n,
            "short": f"{s}-{ym[2:]}-{n}", "noprefix": f"{ym}-{n}", "fw": inv["number"].translate(FW),
            "space": f"{s} {ym} {n}", "slash": f"{s}/{ym}/{n}", "lz": f"{s}-{ym}-{int(n)}",
            "inv": f"INV {s}{ym}-{n}"}[style]


REF_STYLES = {"ja": ["full", "full", "nodash", "mixed", "short", "noprefix", "fw", "lz"],
              "ko": ["full", "full", "mixed", "noprefix", "space"],
              "en": ["full", "full", "nodash", "mixed", "lz", "inv"],
              "de": ["full", "full", "slash", "space", "mixed"],
              "zh": ["full", "full", "nodash", "mixed"]}


def trunc(s, n):
    return s if len(s) <= n else s[:n].rstrip()


def common_prefix(a, b):
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return a[:k]


def payer_name(c, lang, channel):
    if c["country"] == "JP":
        if R.random() < 0.65:
            return trunc(c["kana"], R.choice([13, 15, 17, 20, 24, 30]))
        return trunc(c["roman"], R.choice([16, 18, 20, 24]))
    if c["country"] == "KR":
        if lang == "ko":
            core = c["ko"]
            v = R.choice([core, "(주)" + core, "주)" + core, core + "(주)"])
            return trunc(v, R.choice([6, 7, 8, 10]))
        return trunc(c["roman"], R.choice([18, 20, 24]))
    if c["country"] == "US" or channel in ("ach", "wire"):
        clean = c["en"].upper().replace(",", "").replace(".", "")
        return trunc(clean, 16) if channel == "ach" else trunc(clean, 35)
    if c["country"] == "DE":
        return c["en"] if R.random() < 0.7 else c["en"].upper()
    if c["country"] == "TW":
        if lang == "zh" and R.random() < 0.5:
            return c["zh"]
        return trunc(c["en"].upper().replace(",", "").replace(".", ""), R.choice([24, 30, 35]))
    return c["en"]


def line_amounts(st, it):
    return it["pay"], it.get("gross", it["pay"]), it.get("ded", 0)


REASON = {
    "fee": {"ja": "振込手数料", "ko": "송금수수료", "en": "bank charges", "de": "Bankspesen", "zh": "匯費"},
    "defect": {"ja": "不良品返品分", "ko": "불량 반품분", "en": "defective units returned", "de": "Gutschrift Reklamation (defekte Ware)", "zh": "不良品退貨"},
    "price": {"ja": "単価差額（発注単価との差）", "ko": "단가 차이(발주 단가 기준)", "en": "price variance vs. PO", "de": "Preisdifferenz lt. Bestellung", "zh": "單價差異(依訂單價)"},
    "shortage": {"ja": "数量不足分", "ko": "수량 부족분", "en": "short shipment", "de": "Mindermenge lt. Wareneingang", "zh": "短交數量"},
    "buaiki": {"ja": "歩引き", "ko": "할인", "en": "customary discount", "de": "Rabatt", "zh": "折讓"},
    "skonto": {"ja": "早期支払割引", "ko": "조기지급 할인", "en": "early-payment discount", "de": "Skonto", "zh": "提前付款折扣"},
    "rebate": {"ja": "リベート相殺", "ko": "리베이트 상계", "en": "volume rebate offset", "de": "Bonus-Verrechnung", "zh": "回饋金扣抵"},
}
REASON_EN = {"fee": "transfer fee deducted by the payer", "defect": "deduction for returned defective goods",
             "price": "price difference deducted", "shortage": "short-shipment deduction",
             "buaiki": "customary discount (buaiki) deducted", "skonto": "cash discount (Skonto) deducted",
             "rebate": "rebate offset deducted"}


def num(cur, v, sep=",", dec="."):
    if MINOR[cur] == 0:
        return grp(v, sep)
    return f"{grp(v // 100, sep)}{dec}{v % 100:02d}"


def quote_block(lines, prefix="> "):
    return "\n".join(prefix + x if x else prefix.rstrip() for x in lines)


# ---------------------------------------------------------------- Japanese
def ja_item_lines(st, style):
    out = []
    table = R.random() < 0.5
    for it in st["items"]:
        ref = iref(it["inv"], style)
        pay, gross, ded = line_amounts(st, it)
        dist = ""
        for k, v in it.get("dist", []):
            dist += {"po": f"（貴注文No.{v}）" if False else f"（注文書No.{v}）", "dn": f"（納品書No.{v}）",
                     "po2": f"（弊社発注番号 {v}）"}[k]
        m = it["mode"]
        if m == "part":
            out.append(f"・請求書No.{ref}{dist}　ご請求額 {money('JPY', gross, 'ja')} のうち、今回内金として {money('JPY', pay, 'ja')}")
        elif m in ("fee", "ded"):
            rs = REASON[it["reason"]]["ja"]
            if table:
                out.append(f"{ref}{dist}  請求額 {money('JPY', gross, 'ja')}  {rs} -{grp(ded)}  支払額 {money('JPY', pay, 'ja')}")
            else:
                out.append(f"・請求書No.{ref}{dist}　{money('JPY', gross, 'ja')}（{rs} {grp(ded)}円を差し引き、{money('JPY', pay, 'ja')}をお支払い）")
        else:
            if table:
                out.append(f"{ref:<18}{dist}  {money('JPY', pay, 'ja'):>14}")
            else:
                out.append(f"・請求書No.{ref}{dist}　{money('JPY', pay, 'ja')}")
    return out


def period_ja(p):
    y, m, cl = p
    if cl == 31:
        return R.choice([f"{m}月末締め分", f"{y}年{m}月度ご請求分", f"{m}月分（月末締め）"])
    return R.choice([f"{m}月{cl}日締め分", f"{y}年{m}月{cl}日締切分", f"{m}/{cl}締め分"])


def render_ja(pc, st):
    name = payer_name(pc, "ja", "zengin")
    style = R.choice(REF_STYLES["ja"])
    if any(it.get("dist") for it in st["items"]) and style in ("noprefix", "short"):
        style = "full"
    items = st["items"]
    kind = st["kind"]
    person = R.choice(JA_PEOPLE)
    payer_k = pc["kanji"]
    d = st["date"]
    ref = None
    rem = None
    simple = (kind == "pay" and len(items) == 1 and items[0]["mode"] == "full" and not items[0].get("dist")
              and not st.get("quote") and not st.get("excess"))
    if st.get("where") == "payer":
        tail = iref(items[0]["inv"], R.choice(["short", "noprefix", "nodash"]))
        name = trunc(pc["kana"], 14) + " " + tail.replace("-", "")
        return name, None, None
    if kind == "vague":
        return name, R.choice([None, None, "ﾌﾘｺﾐ", "ｼﾊﾗｲ", "ｵｼﾊﾗｲ"]), None
    if simple and R.random() < 0.55:
        r = iref(items[0]["inv"], style)
        ref = R.choice([r, "ｾｲｷﾕｳ " + r, "EDI:" + r.replace("-", ""), r])
        if R.random() < 0.25:
            rem = f"{jdate(d)}、請求書No.{iref(items[0]['inv'], 'full')} の代金 {money('JPY', st['total'], 'ja')} をお振込みしました。{payer_k} 経理 {person.split()[0]}"
        return name, ref, rem

    head = []
    if kind == "period":
        head.append(f"{period_ja(st['period'])}のお支払い")
        ref = R.choice([None, f"{st['period'][1]}ｶﾞﾂﾌﾞﾝ", f"{st['period'][1]}ｶﾞﾂｼﾒ", None])
    elif kind == "advance":
        ref = R.choice(["ﾏｴｳｹｷﾝ", "ﾏｴﾊﾞﾗｲ", None])
    elif kind == "behalf":
        subs = "、".join(s["kanji"] + "様" for s in st["behalf"])
        head.append(f"当社グループ会社（{subs}）宛のご請求分を、当社より一括してお支払いいたします。")
    if kind in ("pay", "behalf") and R.random() < 0.4:
        ref = iref(items[0]["inv"], style) if len(items) == 1 else R.choice([None, "ｼﾊﾗｲﾂｳﾁ ｻﾝｼﾖｳ"])

    body = []
    if kind == "advance":
        body.append(f"{st['po_text_ja']}につき、前払金として {money('JPY', st['total'], 'ja')} をお振込みいたしました。")
        body.append("請求書は納品後に発行いただければ結構です。")
    elif kind == "period" and not items[0].get("listed"):
        body.append(f"{period_ja(st['period'])}のご請求につきまして、合計 {money('JPY', st['total'], 'ja')} をお振込みいたしました。")
    else:
        body.extend(ja_item_lines(st, style))
    fee = st.get("fee", 0)
    if st.get("excess") == "advance":
        body.append(f"※差額 {grp(st['excess_amt'])}円は次回ご注文分の前払いとしてお納めください。")
    if st.get("excess") == "twice":
        pass
    later = st.get("later") or []
    if later:
        body.append("なお、" + "、".join(iref(i, 'full') for i in later) + " については月末にお支払い予定です。")

    form = R.random()
    if form < 0.45 and not st.get("quote"):
        lines = ["支払通知書", "", f"{OUR_JA} 御中", "", f"{jdate(d, 0)}", f"{payer_k}", f"経理部　{person}", "",
                 "下記のとおりお支払いいたします。", ""]
        lines += head
        lines += [f"お支払日：{jdate(d, 1)}", f"お支払方法：銀行振込（{R.choice(JP_BANKS)}より）", "─" * 24]
        lines += body
        lines.append("─" * 24)
        if fee and kind != "advance":
            lines.append(f"振込手数料（貴社ご負担） △{grp(fee)}")
        lines.append(f"お振込金額合計　{money('JPY', st['total'], 'ja')}")
        if R.random() < 0.3:
            lines += ["", "以上"]
        rem = "\n".join(lines)
    else:
        greet = R.choice(["いつも大変お世話になっております。", "いつもお世話になっております。", "平素より格別のお引き立てを賜り、誠にありがとうございます。",
                          "お世話になっておりまう。"])
        lines = [f"{OUR_JA}", R.choice(["経理ご担当者様", "経理部 ご担当者様", "売掛金ご担当 小野様"]), "", greet,
                 f"{payer_k}の{person.split()[0]}です。", ""]
        lines += head
        lines.append(R.choice([f"本日（{jdate(d, 2)}）、下記のとおりお振込みいたしましたのでご連絡いたします。",
                               f"{jdate(d, 2)}付で下記の代金をお振込み済みです。ご確認ください。",
                               "下記の件、お支払い手続きが完了しましたのでお知らせします。"]))
        lines.append("")
        lines += body
        lines.append("")
        lines.append(f"合計 {money('JPY', st['total'], 'ja')}")
        if fee and kind != "advance":
            lines.append(R.choice([f"※振込手数料{grp(fee)}円は差し引いてお振込みしております。ご了承ください。",
                                   f"※恐れ入りますが、振込手数料（{grp(fee)}円）は貴社ご負担とさせていただきました。"]))
        lines += ["", "何卒よろしくお願いいたします。", "", "―――――――――――――", payer_k, f"経理部 {person}",
                  f"TEL 0{R.randint(3, 6)}-555{R.randint(0, 9)}-{R.randint(1000, 9999)}",
                  f"{person.split()[0].lower() if False else 'keiri'}@{slug(pc)}"]
        if st.get("quote"):
            q = [f"{jdate(st['quote_date'], 1)} {OUR_JA} 経理部 <ar@shiranami.example>:", "",
                 f"{payer_k} 御中", "", "いつもお世話になっております。白波電子部品 経理部の小野でございます。",
                 "下記ご請求につきまして、本日時点でご入金の確認ができておりません。"]
            for i in st["quote"]:
                q.append(f"　請求書番号 {i['number']}　{money('JPY', i['_bal'], 'ja')}　お支払期日 {jdate(i['due_date'], 1)}")
            q += ["既にお手続き済みの場合は、何卒ご容赦ください。"]
            lines += ["", quote_block(q)]
        rem = "\n".join(lines)
    return name, ref, rem


# ----------------------------------------------------------------- Korean
def period_ko(p):
    y, m, _ = p
    return R.choice([f"{m}월분", f"{y}년 {m}월 마감분", f"{m}월 거래분", f"{y}.{m:02d}월분 세금계산서"])


def render_ko(pc, st):
    lang = "ko"
    bank_ko, bank_en = pc.get("bank") or R.choice(KR_BANKS)
    name = payer_name(pc, lang, "kr")
    style = R.choice(REF_STYLES["ko"])
    if any(it.get("dist") for it in st["items"]) and style == "noprefix":
        style = "full"
    items, kind, d = st["items"], st["kind"], st["date"]
    person = R.choice(KO_PEOPLE)
    core = pc["name"]
    simple = (kind == "pay" and len(items) == 1 and items[0]["mode"] == "full" and not items[0].get("dist")
              and not st.get("quote") and not st.get("excess"))
    if kind == "vague":
        return name, R.choice([None, "물품대금", "대금", f"{bank_ko} 이체"]), None
    if simple and R.random() < 0.55:
        r = iref(items[0]["inv"], style)
        return name, R.choice([r, "대금 " + r, r + " 결제"]), None
    ref = None
    if kind == "period":
        ref = R.choice([f"{st['period'][1]}월분 대금", f"{st['period'][1]}월 물대", None])
    elif kind == "advance":
        ref = R.choice(["선급금", "선금 입금", None])
    elif len(items) == 1 and R.random() < 0.5:
        ref = iref(items[0]["inv"], style)
    body = []
    if kind == "behalf":
        subs = ", ".join(s["name"] for s in st["behalf"])
        body.append(f"계열사({subs}) 앞으로 발행된 세금계산서 대금을 당사에서 일괄 지급합니다.")
    if kind == "advance":
        body.append(f"{st['po_text_ko']} 관련 선급금 {money('KRW', st['total'], 'ko')}을 송금하였습니다. 세금계산서는 납품 후 발행 부탁드립니다.")
    elif kind == "period" and not items[0].get("listed"):
        body.append(f"{period_ko(st['period'])} 대금 합계 {money('KRW', st['total'], 'ko')}을 {bank_ko} 계좌이체로 지급하였습니다.")
    else:
        if kind == "period":
            body.append(f"{period_ko(st['period'])} 대금 내역:")
        for it in items:
            r = iref(it["inv"], style)
            dist = "".join({"po": f" (발주번호 {v})", "dn": f" (거래명세서 No.{v})", "po2": f" (당사 PO {v})"}[k]
                           for k, v in it.get("dist", []))
            pay, gross, ded = line_amounts(st, it)
            if it["mode"] == "part":
                body.append(f"- 세금계산서 {r}{dist}: 청구금액 {money('KRW', gross, 'ko')} 중 일부 {money('KRW', pay, 'ko')} 우선 지급 (잔액은 다음 달 지급 예정)")
            elif it["mode"] in ("fee", "ded"):
                body.append(f"- 세금계산서 {r}{dist}: {money('KRW', gross, 'ko')} - {REASON[it['reason']]['ko']} {grp(ded)}원 차감 = {money('KRW', pay, 'ko')}")
            else:
                body.append(f"- 세금계산서 {r}{dist}: {money('KRW', pay, 'ko')}")
    if st.get("excess") == "advance":
        body.append(f"※ 차액 {grp(st['excess_amt'])}원은 다음 발주분 선급금으로 처리 부탁드립니다.")
    if st.get("later"):
        body.append("※ " + ", ".join(i["number"] for i in st["later"]) + " 건은 월말에 지급 예정입니다.")
    if R.random() < 0.5 and not st.get("quote"):
        lines = ["[대금 지급 통보서]", f"수신: {OUR_KO} 재무팀 귀중", f"발신: {core} 재무팀 {person}",
                 f"지급일: {d.year}년 {d.month}월 {d.day}일", f"지급은행: {bank_ko}", "", *body, "",
                 f"총 지급액: {money('KRW', st['total'], 'ko')}"]
        if st.get("fee"):
            lines.append(f"(송금수수료 {grp(st['fee'])}원 차감 후 송금)")
    else:
        lines = [R.choice(["안녕하세요.", "안녕하십니까,", "수고 많으십니다."]),
                 f"{core} 재무팀 {person}입니다.", "",
                 R.choice([f"{d.month}월 {d.day}일자로 아래와 같이 대금을 송금하였습니다.",
                           "아래 건 결제 완료되어 안내드립니다.", f"금일 {bank_ko}을 통해 아래 금액을 이체했습니다."]),
                 "", *body, "", f"합계: {money('KRW', st['total'], 'ko')}"]
        if st.get("fee"):
            lines.append(f"송금수수료 {grp(st['fee'])}원은 차감하고 보냈습니다. 양해 부탁드립니다.")
        lines += ["", "확인 부탁드립니다. 감사합니다.", "", f"{person} 드림", f"{core} | 재무팀",
                  f"T. 02-555-{R.randint(1000, 9999)}  E. finance@{slug(pc)}"]
        if st.get("quote"):
            q = [f"-----Original Message-----", f"From: 시라나미코리아 채권관리 <ar-kr@shiranami.example>",
                 f"Sent: {st['quote_date'].isoformat()} 10:{R.randint(10, 59)}", "Subject: 미결제 세금계산서 안내", "",
                 "안녕하세요. 아래 세금계산서의 결제 기한이 경과하였습니다."]
            for i in st["quote"]:
                q.append(f"  {i['number']}  {money('KRW', i['_bal'], 'ko')}  (만기 {i['due_date'].isoformat()})")
            q.append("이미 결제하셨다면 본 메일은 무시해 주십시오.")
            lines += ["", *q]
    return name, ref, "\n".join(lines)


# ---------------------------------------------------------------- English
def period_en(p):
    y, m, cl = p
    mn = calendar.month_name[m]
    if cl == 31:
        return R.choice([f"{mn} {y} statement", f"month-end {mn[:3]} {y} billing", f"{mn} closing"])
    return R.choice([f"billing period closing {mn} {cl}", f"{mn} {cl} cut-off statement"])


def usd_date(d):
    return R.choice([d.strftime("%m/%d/%Y"), d.isoformat(), d.strftime("%b %d, %Y")])


def render_en(pc, st, channel):
    cur = st["cur"]
    name = payer_name(pc, "en", channel)
    style = R.choice(REF_STYLES["en"])
    items, kind, d = st["items"], st["kind"], st["date"]
    person = R.choice(EN_PEOPLE)
    simple = (kind == "pay" and len(items) == 1 and items[0]["mode"] == "full" and not items[0].get("dist")
              and not st.get("quote") and not st.get("excess"))
    amt = lambda v: money(cur, v, "en")
    plain = lambda v: fmt(cur, v)
    if kind == "vague":
        ref = R.choice([None, "PAYMENT", "CCD VENDOR PMT", "AP PAYMENT 00" + str(R.randint(1000, 9999)),
                        "WIRE IN"]) if channel != "wire" else R.choice(["/BNF/PAYMENT", "OBI: GOODS", None])
        return name, ref, None
    if simple and R.random() < 0.55:
        r = iref(items[0]["inv"], style)
        if channel == "ach":
            ref = R.choice([f"RMR*IV*{r}*{plain(st['total'])}\\", f"CCD+ {r}", f"INV {r}", f"{r}"])
        else:
            ref = R.choice([f"/INV/{r}", f"OBI: PAYMENT INV {r}", f"RFB: {r}", f"{r} /ROC/{R.randint(100000, 999999)}"])
        return name, ref, None
    ref = None
    if channel == "ach":
        ref = R.choice([f"CCD PMT {R.randint(100000, 999999)}", "VENDOR PAYMENT", None, f"CTX {len(items)} ADDENDA"])
    else:
        ref = R.choice([f"OBI: SEE REMITTANCE {R.randint(1000, 9999)}", "/RFB/PAYMENT", None])
    if len(items) == 1 and kind == "pay" and R.random() < 0.5:
        r = iref(items[0]["inv"], style)
        ref = (f"RMR*IV*{r}*{plain(items[0]['pay'])}\\" if channel == "ach" else f"/INV/{r}")
    if kind == "period":
        ref = R.choice([f"STMT {calendar.month_abbr[st['period'][1]].upper()} {st['period'][0]}", ref])
    if kind == "advance":
        ref = R.choice(["DEPOSIT " + st["po"], "PREPAYMENT " + st["po"], "ADVANCE PMT"])
    body = []
    if kind == "behalf":
        subs = " and ".join(s["en"] for s in st["behalf"])
        body.append(f"This payment is made by {pc['en']} on behalf of our subsidiary {subs} and covers the invoices below.")
    if kind == "advance":
        body.append(f"Please find our advance payment of {amt(st['total'])} against {st['po_text_en']}. "
                    "No invoice has been issued yet; please apply it when the goods ship.")
    elif kind == "period" and not items[0].get("listed"):
        body.append(f"Payment of {amt(st['total'])} for all invoices on your {period_en(st['period'])}.")
    else:
        tab = R.random() < 0.6
        if tab:
            body.append(f"{'Invoice #':<18}{'Inv. date':<12}{'Gross':>14}{'Deduction':>12}{'Paid':>14}")
            body.append("-" * 70)
        for it in items:
            r = iref(it["inv"], style)
            pay, gross, ded = line_amounts(st, it)
            dist = "".join({"po": f" (our PO {v})", "dn": f" (packing slip/DN {v})", "po2": f" (PO# {v})"}[k]
                           for k, v in it.get("dist", []))
            if tab:
                body.append(f"{r:<18}{it['inv']['issue_date'].strftime('%m/%d/%y'):<12}{num(cur, gross):>14}"
                            f"{num(cur, ded):>12}{num(cur, pay):>14}" + dist)
                if it["mode"] in ("fee", "ded"):
                    body.append(f"   ^ deduction: {REASON[it['reason']]['en']}")
                if it["mode"] == "part":
                    body.append("   ^ partial payment, balance to follow")
            else:
                if it["mode"] == "part":
                    body.append(f"* {r}{dist}: partial payment {amt(pay)} of {amt(gross)}; remaining balance will follow")
                elif it["mode"] in ("fee", "ded"):
                    body.append(f"* {r}{dist}: {amt(gross)} less {REASON[it['reason']]['en']} {amt(ded)} = {amt(pay)}")
                else:
                    body.append(f"* {r}{dist}: {amt(pay)}")
    if st.get("excess") == "advance":
        body.append(f"The extra {amt(st['excess_amt'])} is a deposit toward our next order - please keep it on account.")
    if st.get("later"):
        body.append("Invoice(s) " + ", ".join(i["number"] for i in st["later"]) + " will go out with our next payment run.")
    if st.get("fee") and kind != "advance":
        body.append(f"Note: {amt(st['fee'])} bank charges were deducted from the remittance." if channel == "ach" else
                    R.choice([f"Note: {amt(st['fee'])} bank/wire charges were deducted from the remittance.",
                              f"Less wire fee {amt(st['fee'])}."]))
    form = R.random()
    if form < 0.5 and not st.get("quote"):
        lines = ["REMITTANCE ADVICE", f"Payer: {pc['en']}", f"Payee: {OUR_EN.upper()}",
                 f"Payment date: {usd_date(d)}   Method: {'ACH' if channel == 'ach' else 'Wire'}   Payment no.: {R.randint(100000, 999999)}",
                 "", *body, "", f"Total paid: {amt(st['total'])}", "",
                 R.choice(["This is a system generated remittance. Questions: ap@" + slug(pc),
                           "Please do not reply to this mailbox.", ""])]
    else:
        lines = [R.choice(["Hi,", "Hello team,", "Good morning,", "Dear Shiranami AR,", "hi there"]), "",
                 R.choice([f"We sent a payment of {amt(st['total'])} today.",
                           f"Payment of {amt(st['total'])} was released on {usd_date(d)}.",
                           f"Just letting you know our {'ACH' if channel == 'ach' else 'wire'} for {amt(st['total'])} went out."]),
                 R.choice(["Details below.", "Breakdown:", "It covers:", ""]), *body, "",
                 R.choice(["Thanks,", "Best regards,", "Regards,", "thx"]), person,
                 R.choice(["Accounts Payable", "AP Specialist", "Controller", "Finance"]), pc["en"]]
        if st.get("quote"):
            q = [f"On {usd_date(st['quote_date'])}, Shiranami AR <ar@shiranami.example> wrote:",
                 "Hello, our records show the following invoices are past due:"]
            for i in st["quote"]:
                q.append(f"  {i['number']}  {money(cur, i['_bal'], 'en')}  due {i['due_date'].isoformat()}")
            q.append("If you have already paid, please disregard this message.")
            lines += ["", quote_block(q)]
    return name, ref, "\n".join(lines)


# ----------------------------------------------------------------- German
def period_de(p):
    y, m, _ = p
    mn = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"][m - 1]
    return R.choice([f"Sammelrechnung {mn} {y}", f"Monatsabrechnung {m:02d}/{y}", f"alle Rechnungen {mn} {y}"])


def render_de(pc, st):
    cur = st["cur"]
    name = payer_name(pc, "de", "sepa")
    style = R.choice(REF_STYLES["de"])
    items, kind, d = st["items"], st["kind"], st["date"]
    person = R.choice(DE_PEOPLE)
    de_amt = lambda v: money(cur, v, "de")
    eref = f"EREF+{R.choice(['ZA', 'PAY', 'SEPA'])}{d.strftime('%Y%m%d')}{R.randint(100, 999)} "
    simple = (kind == "pay" and len(items) == 1 and items[0]["mode"] == "full" and not items[0].get("dist")
              and not st.get("quote") and not st.get("excess"))
    if kind == "vague":
        return name, R.choice([None, eref + "SVWZ+Zahlung", "SVWZ+Lieferantenzahlung", "Überweisung"]), None
    if simple and R.random() < 0.6:
        r = iref(items[0]["inv"], style)
        idate = items[0]["inv"]["issue_date"].strftime("%d.%m.%Y")
        return name, R.choice([f"{eref}SVWZ+RE {r} vom {idate}", f"Rechnung {r}", f"RG-Nr. {r} Kd-Nr {R.randint(10000, 99999)}",
                               f"SVWZ+{r}"]), None
    ref = R.choice([f"{eref}SVWZ+Zahlungsavis {R.randint(100000, 999999)}", "SVWZ+siehe Avis", None])
    if len(items) == 1 and kind == "pay" and R.random() < 0.5:
        ref = f"{eref}SVWZ+RE {iref(items[0]['inv'], style)}"
    if kind == "period":
        ref = R.choice([f"SVWZ+Sammelzahlung {st['period'][1]:02d}/{st['period'][0]}", ref])
    if kind == "advance":
        ref = R.choice([f"SVWZ+Vorauszahlung {st['po']}", "Anzahlung lt. Proforma"])
    body = []
    if kind == "behalf":
        subs = ", ".join(s["en"] for s in st["behalf"])
        body.append(f"Die Zahlung erfolgt durch {pc['en']} für Rechnung unserer Tochtergesellschaft {subs}.")
    if kind == "advance":
        body.append(f"Vorauszahlung {de_amt(st['total'])} für {st['po_text_de']}. Bitte nach Lieferung verrechnen.")
    elif kind == "period" and not items[0].get("listed"):
        body.append(f"Wir überweisen {de_amt(st['total'])} für {period_de(st['period'])}.")
    else:
        body.append(f"{'Rechnung':<18}{'Datum':<12}{'Betrag':>12}{'Abzug':>12}{'Zahlbetrag':>14}")
        for it in items:
            r = iref(it["inv"], style)
            pay, gross, ded = line_amounts(st, it)
            dist = "".join({"po": f" Ihre AB/unsere Best. {v}", "dn": f" Lieferschein {v}", "po2": f" Bestell-Nr. {v}"}[k]
                           for k, v in it.get("dist", []))
            body.append(f"{r:<18}{it['inv']['issue_date'].strftime('%d.%m.%Y'):<12}{num(cur, gross, '.', ','):>12}"
                        f"{num(cur, ded, '.', ','):>12}{num(cur, pay, '.', ','):>14}{dist}")
            if it["mode"] in ("fee", "ded"):
                body.append(f"  Abzug: {REASON[it['reason']]['de']}")
            if it["mode"] == "part":
                body.append("  Teilzahlung - Restbetrag folgt")
    if st.get("excess") == "advance":
        body.append(f"Den Mehrbetrag von {de_amt(st['excess_amt'])} bitten wir als Guthaben für die nächste Bestellung zu führen.")
    if st.get("later"):
        body.append("Die Rechnung(en) " + ", ".join(i["number"] for i in st["later"]) + " begleichen wir mit dem nächsten Zahllauf.")
    if R.random() < 0.5 and not st.get("quote"):
        lines = ["ZAHLUNGSAVIS", f"{pc['en']} - Kreditorenbuchhaltung", f"Zahlungsempfänger: {OUR_EN}",
                 f"Valuta: {d.strftime('%d.%m.%Y')}", "", *body, "", f"Überweisungsbetrag: {de_amt(st['total'])}",
                 "", "Dieses Avis wurde maschinell erstellt und ist ohne Unterschrift gültig."]
    else:
        lines = [R.choice(["Sehr geehrte Damen und Herren,", "Guten Tag,", "Hallo zusammen,"]), "",
                 R.choice([f"hiermit avisieren wir Ihnen eine Zahlung über {de_amt(st['total'])}.",
                           f"heute haben wir {de_amt(st['total'])} an Sie überwiesen.",
                           f"anbei das Avis zu unserer Überweisung vom {d.strftime('%d.%m.')}."]), "", *body, "",
                 R.choice(["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße"]), person, "Kreditorenbuchhaltung",
                 pc["en"], f"Tel. +49 {R.randint(30, 911)} 555-{R.randint(100, 999)}"]
        if st.get("quote"):
            q = [f"Am {st['quote_date'].strftime('%d.%m.%Y')} schrieb Shiranami AR <ar@shiranami.example>:",
                 "Sehr geehrte Damen und Herren, folgende Rechnungen sind überfällig:"]
            for i in st["quote"]:
                q.append(f"  {i['number']}  {money(cur, i['_bal'], 'de')}  fällig {i['due_date'].strftime('%d.%m.%Y')}")
            q.append("Sollten Sie bereits gezahlt haben, betrachten Sie diese Erinnerung bitte als gegenstandslos.")
            lines += ["", quote_block(q)]
    return name, ref, "\n".join(lines)


# ---------------------------------------------------------------- Chinese
def period_zh(p):
    y, m, _ = p
    return R.choice([f"{m}月份貨款", f"{y}年{m}月份對帳單", f"{m}月份(月結60天)"])


def render_zh(pc, st):
    cur = st["cur"]
    name = payer_name(pc, "zh", "tt")
    style = R.choice(REF_STYLES["zh"])
    items, kind, d = st["items"], st["kind"], st["date"]
    person = R.choice(ZH_PEOPLE)
    zamt = lambda v: money(cur, v, "zh")
    simple = (kind == "pay" and len(items) == 1 and items[0]["mode"] == "full" and not items[0].get("dist")
              and not st.get("quote") and not st.get("excess"))
    if kind == "vague":
        return name, R.choice([None, "貨款", "TT PAYMENT", "付款"]), None
    if simple and R.random() < 0.55:
        r = iref(items[0]["inv"], style)
        return name, R.choice([f"貨款 {r}", f"INV {r}", f"{r} 付款"]), None
    ref = R.choice(["貨款", "TT PAYMENT", None])
    if kind == "period":
        ref = R.choice([f"{st['period'][1]}月貨款", ref])
    if kind == "advance":
        ref = R.choice(["預付款", "訂金 " + st["po"]])
    body = []
    if kind == "behalf":
        subs = "、".join(s.get("zh", s["en"]) for s in st["behalf"])
        body.append(f"本筆款項由本公司代關係企業{subs}支付，明細如下：")
    if kind == "advance":
        body.append(f"{st['po_text_zh']}之預付款 {zamt(st['total'])} 已匯出，出貨後再請開立發票。")
    elif kind == "period" and not items[0].get("listed"):
        body.append(f"{period_zh(st['period'])}合計 {zamt(st['total'])} 已匯出。")
    else:
        for it in items:
            r = iref(it["inv"], style)
            pay, gross, ded = line_amounts(st, it)
            dist = "".join({"po": f"（訂單號 {v}）", "dn": f"（出貨單 {v}）", "po2": f"（採購單 {v}）"}[k]
                           for k, v in it.get("dist", []))
            if it["mode"] == "part":
                body.append(f"發票 {r}{dist}：應付 {zamt(gross)}，本次先付部分款 {zamt(pay)}，餘額下月支付")
            elif it["mode"] in ("fee", "ded"):
                body.append(f"發票 {r}{dist}：{zamt(gross)}，扣除{REASON[it['reason']]['zh']} {num(cur, ded)}，實付 {zamt(pay)}")
            else:
                body.append(f"發票 {r}{dist}：{zamt(pay)}")
    if st.get("excess") == "advance":
        body.append(f"多付之 {zamt(st['excess_amt'])} 請列為下次訂單預付款。")
    if st.get("later"):
        body.append("另 " + "、".join(i["number"] for i in st["later"]) + " 將於月底支付。")
    if st.get("fee") and kind != "advance":
        body.append(f"※已扣除匯費 {num(cur, st['fee'])} 元。")
    lines = [R.choice(["您好：", "白波電子 會計部 您好，", "Dear Shiranami,"]), "",
             R.choice([f"本公司已於 {d.month}/{d.day} 電匯 {zamt(st['total'])}，明細如下：",
                       f"通知您，今日已匯出貨款 {zamt(st['total'])}。", "付款明細如下，請查收。"]), "", *body, "",
             f"合計：{zamt(st['total'])}", "", "謝謝！", person, f"{pc.get('zh', pc['en'])} 財務部",
             f"TEL: +886-{R.randint(2, 7)}-555-{R.randint(1000, 9999)}"]
    if st.get("quote"):
        q = [f"----- 原始郵件 -----", "寄件者: Shiranami AR <ar@shiranami.example>",
             f"日期: {st['quote_date'].isoformat()}", "主旨: Overdue invoices / 逾期帳款通知"]
        for i in st["quote"]:
            q.append(f"  {i['number']}  {money(cur, i['_bal'], 'en')}  due {i['due_date'].isoformat()}")
        lines += ["", *q]
    return name, ref, "\n".join(lines)


def render(pc, st, lang=None):
    """Returns payer_name, reference, remittance, lang."""
    cur = st["cur"]
    if lang is None:
        lang = {"JPY": "ja", "KRW": "ko", "USD": "en", "EUR": "de", "TWD": "zh"}[cur]
        if cur == "KRW" and R.random() < 0.1:
            lang = "en"
        if cur == "EUR" and (pc["country"] != "DE" or R.random() < 0.2):
            lang = "en"
        if cur == "TWD" and R.random() < 0.3:
            lang = "en"
    if lang == "ja":
        n, r, m = render_ja(pc, st)
    elif lang == "ko":
        n, r, m = render_ko(pc, st)
    elif lang == "de":
        n, r, m = render_de(pc, st)
    elif lang == "zh":
        n, r, m = render_zh(pc, st)
    else:
        channel = pc.get("channel") or ("wire" if cur in ("EUR", "TWD", "JPY", "KRW") else "ach")
        if cur != "USD":
            channel = "wire"
        n, r, m = render_en(pc, st, channel)
    return n, r, m, lang


# --------------------------------------------------------------- scenarios
USED = set()
ENTRIES = []
SHOW_P = {"JP": 0.55, "KR": 0.5, "US": 0.7, "DE": 0.6, "TW": 0.45}
CUR_W = {"JPY": 40, "KRW": 22, "USD": 15, "EUR": 11, "TWD": 12}


def open_invs(c, cur=None, upto=WIN_END):
    cur = cur or c["cur"]
    return sorted([i for i in INVOICES if i["customer_id"] == c["id"] and i["currency"] == cur and i["id"] not in USED
                   and i["_bal"] > 0 and i["issue_date"] <= upto - timedelta(days=4)],
                  key=lambda i: (i["due_date"], i["number"]))


def pick_customer(filt=None, cur=None):
    cur = cur or R.choices(list(CUR_W), weights=list(CUR_W.values()))[0]
    pool = [c for c in CUSTOMERS if c["cur"] == cur and not c["holding"] and (filt is None or filt(c))]
    return R.choice(pool) if pool else None


def pay_date_for(invs, lo=None):
    lo0 = max(WIN_START, max(i["issue_date"] for i in invs) + timedelta(days=4))
    if lo:
        lo0 = max(lo0, lo)
    lo0 = biz_on_or_after(lo0)
    if lo0 > WIN_END:
        return None
    target = max(i["due_date"] for i in invs) + timedelta(days=R.randint(-12, 9))
    if target < lo0 or target > WIN_END:
        return rand_biz(lo0, min(lo0 + timedelta(days=25), WIN_END))
    d = biz_on_or_after(target)
    return d if d <= WIN_END else biz_on_or_before(WIN_END)


def show(c, force=None):
    return force if force is not None else R.random() < SHOW_P[c["country"]]


def add_entry(d, payer, st, status, apps, unapplied, note, short_pay=None, cands=(), checks=(), show_id=None,
              lang=None, override=None, key=None):
    cur = st["cur"]
    name, ref, rem, lang = render(payer, st, lang)
    pay = {"id": None, "date": d.isoformat(), "amount": fmt(cur, st["total"]), "currency": cur, "payer_name": name,
           "customer_id": payer["id"] if show(payer, show_id) else None, "reference": ref, "remittance": rem}
    if override:
        pay.update(override)
    lab = {"payment_id": None, "status": status,
           "applications": [{"invoice_id": i["id"], "amount": fmt(cur, a)} for i, a in apps],
           "unapplied": pay["amount"] if status == "review" else fmt(cur, unapplied),
           "short_pay": None if short_pay is None else {"invoice_id": short_pay[0]["id"], "amount": fmt(cur, short_pay[1]),
                                                          "reason": short_pay[2]},
           "candidates": [[i["id"] for i in s] for s in cands],
           "note": f"[{status}, {lang}] {note}"}
    e = {"date": d, "tie": R.random(), "pay": pay, "lab": lab, "checks": list(checks), "cur": cur, "amt": st["total"],
         "apps": [(i["id"], a) for i, a in apps], "key": key, "payer": payer, "st": st, "lang": lang}
    ENTRIES.append(e)
    return e


def nums(invs):
    return ", ".join(i["number"] for i in invs)


def part_amount(cur, bal):
    pct = R.choice([25, 30, 40, 50, 50, 60])
    v = bal * pct // 100
    unit = {"JPY": 10000, "KRW": 100000, "USD": 10000, "EUR": 10000, "TWD": 100000}[cur]
    if v > unit * 3:
        v = v // unit * unit
    return max(v, 1) if v < bal else bal // 2


FEES = {"JPY": [330, 440, 660, 660, 770, 880], "KRW": [500, 1000, 1000, 2000], "USD": [1500, 2000, 2500, 2500, 3000, 3500],
        "TWD": [1500, 3000, 3000, 10000], "EUR": [750, 1500]}


# ---- applied
def s_ref_exact(c, quote=False):
    invs = open_invs(c)
    if not invs:
        return None
    inv = R.choice(invs[:max(3, len(invs) // 2)])
    d = pay_date_for([inv])
    if not d:
        return None
    st = {"kind": "pay", "cur": c["cur"], "date": d, "total": inv["_bal"],
          "items": [{"inv": inv, "mode": "full", "pay": inv["_bal"]}]}
    note = f"names {inv['number']} and pays exactly its open balance"
    if inv["_bal"] != inv["_total"]:
        note += " (balance already below the total after an earlier credit/part payment)"
    if quote:
        qd = d - timedelta(days=R.randint(6, 15))
        others = [i for i in open_invs(c) if i is not inv and i["due_date"] < qd][:2]
        if not others or inv["due_date"] >= qd:
            return None
        st["quote_date"] = qd
        st["quote"] = sorted([inv] + others, key=lambda i: i["number"])
        st["later"] = others
        note += f"; the quoted reminder also lists {nums(others)}, which the payer says will be paid later"
    USED.add(inv["id"])
    return add_entry(d, c, st, "applied", [(inv, inv["_bal"])], 0, note, key="ref_exact")


def distractor_for(inv, d, same_cust_first=True):
    pool = [i for i in INVOICES if SERIES[i["currency"]] == SERIES[inv["currency"]] and i is not inv
            and i["issue_date"] <= d and i["number"].split("-")[2] != inv["number"].split("-")[2]]
    same = [i for i in pool if i["customer_id"] == inv["customer_id"]]
    other = R.choice(same) if (same and same_cust_first and R.random() < 0.6) else R.choice(pool)
    _, ym, n = other["number"].split("-")
    kind = R.choice(["dn", "po", "po2"])
    val = {"dn": R.choice([f"DN-{ym}-{n}", f"{ym}-{n}", f"D{ym}{n}"]),
           "po": R.choice([f"PO-{ym}-{n}", f"{ym}-{n}", f"P{ym[2:]}-{n}"]),
           "po2": R.choice([f"{ym}-{n}", f"PO{ym}{n}"])}[kind]
    return (kind, val), other


def s_ref_distractor(c):
    invs = open_invs(c)
    if not invs:
        return None
    inv = R.choice(invs)
    d = pay_date_for([inv])
    if not d:
        return None
    dist, other = distractor_for(inv, d)
    dists = [dist]
    if R.random() < 0.3:
        d2, other2 = distractor_for(inv, d, False)
        if d2[0] != dist[0]:
            dists.append(d2)
    st = {"kind": "pay", "cur": c["cur"], "date": d, "total": inv["_bal"],
          "items": [{"inv": inv, "mode": "full", "pay": inv["_bal"], "dist": dists}]}
    USED.add(inv["id"])
    labels = "/".join(f"{k.upper().replace('2', '')} {v}" for k, v in dists)
    note = (f"pays {inv['number']} exactly; the customer's order/delivery-note number ({labels}) is not an invoice "
            f"reference even though it echoes invoice {other['number']} ({other['customer_name']}, {fmt(other['currency'], other['_bal'])} {other['currency']})")
    return add_entry(d, c, st, "applied", [(inv, inv["_bal"])], 0, note, key="ref_distractor")


def all_open(c, cur=None):
    cur = cur or c["cur"]
    return [i for i in INVOICES if i["customer_id"] == c["id"] and i["currency"] == cur and i["_bal"] > 0]


def s_ref_payer(c):
    vals = [j["_bal"] for j in all_open(c)]
    invs = [i for i in open_invs(c) if count_subsets(vals, i["_bal"]) == 1]
    if not invs:
        return None
    inv = R.choice(invs)
    d = pay_date_for([inv])
    if not d:
        return None
    st = {"kind": "pay", "cur": c["cur"], "date": d, "total": inv["_bal"], "where": "payer",
          "items": [{"inv": inv, "mode": "full", "pay": inv["_bal"]}]}
    USED.add(inv["id"])
    note = (f"the payer typed the invoice number of {inv['number']} into the Zengin payer-name field; customer_id is given "
            f"and the amount is that invoice's exact balance (no other combination of its open invoices matches)")
    return add_entry(d, c, st, "applied", [(inv, inv["_bal"])], 0, note, show_id=True,
                     checks=[("unique", c["id"], c["cur"], inv["_bal"])], key="ref_payer", lang="ja")


def s_amount_unique(c, po_only=False):
    if c.get("parent") or any(x.get("parent") == c["id"] for x in CUSTOMERS):
        return None  # keep amount-only matches away from group companies
    vals = [j["_bal"] for j in all_open(c)]
    invs = [i for i in open_invs(c) if count_subsets(vals, i["_bal"]) == 1]
    if not invs:
        return None
    inv = R.choice(invs)
    d = pay_date_for([inv])
    if not d:
        return None
    st = {"kind": "vague", "cur": c["cur"], "date": d, "total": inv["_bal"],
          "items": [{"inv": inv, "mode": "full", "pay": inv["_bal"]}]}
    override = None
    note = (f"no invoice reference; customer_id is given and {fmt(c['cur'], inv['_bal'])} equals the open balance of "
            f"{inv['number']} and of no other invoice or combination of this customer's open invoices")
    if po_only:
        other_cur = [i for i in INVOICES if i["currency"] != c["cur"] and SERIES[i["currency"]] != SERIES[c["cur"]]
                     and i["issue_date"] <= d]
        same_digits = {i["number"].split("-", 1)[1] for i in INVOICES if SERIES[i["currency"]] == SERIES[c["cur"]]}
        R.shuffle(other_cur)
        other = next((o for o in other_cur if o["number"].split("-", 1)[1] not in same_digits), None)
        if other is None:
            return None
        dig = other["number"].split("-", 1)[1]
        lang = {"JPY": "ja", "KRW": "ko", "USD": "en", "EUR": "de", "TWD": "zh"}[c["cur"]]
        override = {"reference": {"ja": f"ﾁﾕｳﾓﾝ {dig}", "ko": f"발주 {dig}", "en": f"PO {dig}", "de": f"Best.-Nr. {dig}",
                                  "zh": f"PO# {dig}"}[lang]}
        note += (f"; the reference is the customer's purchase-order number {dig}, which matches invoice {other['number']} "
                 f"only after dropping its prefix, and that invoice is in {other['currency']}, another customer's")
    USED.add(inv["id"])
    return add_entry(d, c, st, "applied", [(inv, inv["_bal"])], 0, note, show_id=True,
                     checks=[("unique", c["id"], c["cur"], inv["_bal"])], override=override,
                     key="amount_unique_po" if po_only else "amount_unique")


def s_multi(c):
    invs = open_invs(c)
    if len(invs) < 2:
        return None
    k = R.randint(2, min(8, len(invs)))
    chosen = sorted(R.sample(invs, k), key=lambda i: i["number"])
    d = pay_date_for(chosen)
    if not d:
        return None
    tot = sum(i["_bal"] for i in chosen)
    st = {"kind": "pay", "cur": c["cur"], "date": d, "total": tot,
          "items": [{"inv": i, "mode": "full", "pay": i["_bal"]} for i in chosen]}
    for i in chosen:
        USED.add(i["id"])
    note = f"lump sum whose advice lists {k} invoices ({nums(chosen)}); the listed balances add up exactly to the payment"
    return add_entry(d, c, st, "applied", [(i, i["_bal"]) for i in chosen], 0, note, key="multi")


def periods_of(c):
    out = {}
    for i in INVOICES:
        if i["customer_id"] == c["id"] and i["currency"] == c["cur"] and i["_bal"] > 0:
            pe = period_end(i["issue_date"], c["closing"])
            out.setdefault(pe, []).append(i)
    return out


def s_shimebi(c, fee_breakdown=False):
    if not c.get("closing"):
        return None
    per = periods_of(c)
    opts = []
    for pe, invs in sorted(per.items()):
        if len(invs) < 2 or any(i["id"] in USED for i in invs):
            continue
        due = due_date(c, invs[0]["issue_date"])
        d = biz_on_or_before(due)
        if WIN_START <= d <= WIN_END:
            opts.append((pe, invs, d))
    if not opts:
        return None
    pe, invs, d = R.choice(opts)
    invs = sorted(invs, key=lambda i: i["number"])
    p = (pe.year, pe.month, c["closing"])
    tot = sum(i["_bal"] for i in invs)
    for i in invs:
        USED.add(i["id"])
    if not fee_breakdown:
        st = {"kind": "period", "cur": c["cur"], "date": d, "total": tot, "period": p,
              "items": [{"inv": i, "mode": "full", "pay": i["_bal"]} for i in invs]}
        note = (f"consolidated payment for the billing period closing {pe.isoformat()} (shimebi {c['closing'] if c['closing'] != 31 else 'month-end'}); "
                f"no invoice numbers, but the {len(invs)} open invoices issued in that period ({nums(invs)}) add up exactly "
                f"to the payment and no other combination of the customer's open invoices does")
        return add_entry(d, c, st, "applied", [(i, i["_bal"]) for i in invs], 0, note, show_id=True,
                         checks=[("unique", c["id"], c["cur"], tot)], key="shimebi")
    fee = R.choice(FEES[c["cur"]])
    last = invs[-1]
    if last["_bal"] <= fee * 3:
        return None
    items = [{"inv": i, "mode": "full", "pay": i["_bal"], "listed": True} for i in invs[:-1]]
    items.append({"inv": last, "mode": "fee", "pay": last["_bal"] - fee, "gross": last["_bal"], "ded": fee,
                  "reason": "fee", "listed": True})
    st = {"kind": "period", "cur": c["cur"], "date": d, "total": tot - fee, "period": p, "fee": fee, "items": items}
    apps = [(i, i["_bal"]) for i in invs[:-1]] + [(last, last["_bal"] - fee)]
    note = (f"period payment (closing {pe.isoformat()}) with a per-invoice breakdown; the payer deducted its transfer fee "
            f"{fmt(c['cur'], fee)} on the {last['number']} line, which stays open by the fee as a short pay")
    return add_entry(d, c, st, "partial", apps, 0, note,
                     short_pay=(last, fee, REASON_EN["fee"]), key="shimebi_fee")


def s_parent(parent, subs, with_own=False):
    chosen = []
    for s in subs:
        oi = open_invs(s, parent_cur(parent, s))
        if oi:
            chosen += R.sample(oi, min(len(oi), R.randint(1, 3)))
    if not chosen:
        return None
    cur = chosen[0]["currency"]
    chosen = [i for i in chosen if i["currency"] == cur]
    if with_own:
        own = [i for i in open_invs(parent, cur)]
        if own:
            chosen += R.sample(own, 1)
    chosen = sorted(chosen, key=lambda i: i["number"])
    d = pay_date_for(chosen)
    if not d:
        return None
    for i in chosen:
        USED.add(i["id"])
    tot = sum(i["_bal"] for i in chosen)
    subs_used = [CUST[cid] for cid in sorted({i["customer_id"] for i in chosen}) if cid != parent["id"]]
    st = {"kind": "behalf", "cur": cur, "date": d, "total": tot, "behalf": subs_used,
          "items": [{"inv": i, "mode": "full", "pay": i["_bal"]} for i in chosen]}
    note = (f"parent {parent['name']} pays for its subsidiary ({', '.join(s['name'] for s in subs_used)}); the advice names "
            f"{nums(chosen)} and the balances add up exactly")
    lang = "en" if (parent["country"] == "US") else None
    return add_entry(d, parent, st, "applied", [(i, i["_bal"]) for i in chosen], 0, note, lang=lang, key="parent")


def parent_cur(parent, sub):
    return sub["cur"]


# ---- partial
def s_part(c, follow=None):
    invs = [i for i in open_invs(c) if i["_bal"] >= {"JPY": 50000, "KRW": 1000000}.get(c["cur"], 200000)]
    if not invs:
        return None
    inv = R.choice(invs)
    d = pay_date_for([inv])
    if not d:
        return None
    if follow and d > WIN_END - timedelta(days=10):
        d = rand_biz(WIN_START, WIN_END - timedelta(days=12))
        if d < inv["issue_date"] + timedelta(days=4):
            return None
    part = part_amount(c["cur"], inv["_bal"])
    st = {"kind": "pay", "cur": c["cur"], "date": d, "total": part,
          "items": [{"inv": inv, "mode": "part", "pay": part, "gross": inv["_bal"]}]}
    USED.add(inv["id"])
    note = (f"part payment: the advice says {fmt(c['cur'], part)} is only part of {inv['number']} "
            f"({fmt(c['cur'], inv['_bal'])} open); the rest stays open on purpose, no deduction claimed")
    e1 = add_entry(d, c, st, "partial", [(inv, part)], 0, note, key="part")
    if not follow:
        return e1
    rest = inv["_bal"] - part
    d2 = rand_biz(d + timedelta(days=5), min(d + timedelta(days=40), WIN_END))
    if follow == "remainder":
        st2 = {"kind": "pay", "cur": c["cur"], "date": d2, "total": rest,
               "items": [{"inv": inv, "mode": "full", "pay": rest}]}
        note2 = (f"second payment on {inv['number']}: an earlier payment in this batch ({d.isoformat()}) paid "
                 f"{fmt(c['cur'], part)}, so this one pays exactly the remaining {fmt(c['cur'], rest)}")
        return add_entry(d2, c, st2, "applied", [(inv, rest)], 0, note2, key="remainder")
    st2 = {"kind": "pay", "cur": c["cur"], "date": d2, "total": inv["_bal"],
           "items": [{"inv": inv, "mode": "full", "pay": inv["_bal"]}]}
    note2 = (f"pays the full original {fmt(c['cur'], inv['_bal'])} on {inv['number']} although an earlier payment in this "
             f"batch ({d.isoformat()}) already paid {fmt(c['cur'], part)}: only the remaining {fmt(c['cur'], rest)} can be "
             f"applied and {fmt(c['cur'], part)} is an overpayment held on account")
    return add_entry(d2, c, st2, "unapplied", [(inv, rest)], part, note2,
                     checks=[("none_after", c["id"], c["cur"], part)], key="over_after_part")


def s_fee(c):
    fee = R.choice(FEES[c["cur"]])
    invs = [i for i in open_invs(c) if i["_bal"] > fee * 20]
    if not invs or c["cur"] == "EUR":
        return None
    inv = R.choice(invs)
    d = pay_date_for([inv])
    if not d:
        return None
    st = {"kind": "pay", "cur": c["cur"], "date": d, "total": inv["_bal"] - fee, "fee": fee,
          "items": [{"inv": inv, "mode": "fee", "pay": inv["_bal"] - fee, "gross": inv["_bal"], "ded": fee, "reason": "fee"}]}
    USED.add(inv["id"])
    note = (f"pays {inv['number']} less a transfer/bank fee of {fmt(c['cur'], fee)} that the advice says the payer deducted; "
            f"the fee stays open as a short pay")
    return add_entry(d, c, st, "partial", [(inv, inv["_bal"] - fee)], 0, note,
                     short_pay=(inv, fee, REASON_EN["fee"]), key="fee")


def s_fee_multi(c):
    invs = open_invs(c)
    if len(invs) < 2:
        return None
    fee = R.choice(FEES[c["cur"]])
    chosen = sorted(R.sample(invs, R.randint(2, min(5, len(invs)))), key=lambda i: i["number"])
    last = chosen[-1]
    if last["_bal"] <= fee * 20 or c["cur"] == "EUR":
        return None
    d = pay_date_for(chosen)
    if not d:
        return None
    items = [{"inv": i, "mode": "full", "pay": i["_bal"]} for i in chosen[:-1]]
    items.append({"inv": last, "mode": "fee", "pay": last["_bal"] - fee, "gross": last["_bal"], "ded": fee, "reason": "fee"})
    tot = sum(i["_bal"] for i in chosen) - fee
    st = {"kind": "pay", "cur": c["cur"], "date": d, "total": tot, "fee": fee, "items": items}
    for i in chosen:
        USED.add(i["id"])
    apps = [(i, i["_bal"]) for i in chosen[:-1]] + [(last, last["_bal"] - fee)]
    note = (f"lump for {nums(chosen)}; the advice shows the {fmt(c['cur'], fee)} transfer fee taken off the "
            f"{last['number']} line, so that invoice is short-paid by the fee and the others are closed")
    return add_entry(d, c, st, "partial", apps, 0, note, short_pay=(last, fee, REASON_EN["fee"]), key="fee_multi")


def s_deduction(c, force=None):
    reasons = {"JPY": ["defect", "price", "shortage", "buaiki", "rebate"], "KRW": ["defect", "price", "shortage"],
               "USD": ["defect", "price", "shortage"], "EUR": ["skonto", "skonto", "defect", "price"],
               "TWD": ["defect", "price", "shortage", "rebate"]}[c["cur"]]
    reason = force or R.choice(reasons)
    invs = [i for i in open_invs(c) if i["_bal"] >= {"JPY": 30000, "KRW": 500000}.get(c["cur"], 50000)]
    if not invs:
        return None
    n = R.choice([1, 1, 1, 2, 3])
    chosen = sorted(R.sample(invs, min(n, len(invs))), key=lambda i: i["number"])
    tgt = R.choice(chosen)
    b = tgt["_bal"]
    if reason in ("skonto", "buaiki"):
        ded = b * R.choice([2, 3]) // 100
    else:
        ded = b * R.choice([4, 7, 10, 15, 22]) // 100
        if MINOR[c["cur"]] == 0:
            ded = max(ded // 100 * 100, 100)
        else:
            ded = max(ded // 100 * 100, 100)
    if ded <= 0 or ded >= b:
        return None
    d = pay_date_for(chosen)
    if not d:
        return None
    items = []
    for i in chosen:
        if i is tgt:
            items.append({"inv": i, "mode": "ded", "pay": b - ded, "gross": b, "ded": ded, "reason": reason})
        else:
            items.append({"inv": i, "mode": "full", "pay": i["_bal"]})
    tot = sum(i["_bal"] for i in chosen) - ded
    st = {"kind": "pay", "cur": c["cur"], "date": d, "total": tot, "items": items}
    for i in chosen:
        USED.add(i["id"])
    apps = [(i, i["_bal"] - (ded if i is tgt else 0)) for i in chosen]
    note = (f"pays {nums(chosen)} but deducts {fmt(c['cur'], ded)} from {tgt['number']} for a stated reason "
            f"({REASON_EN[reason]}); that amount stays open as a short pay")
    return add_entry(d, c, st, "partial", apps, 0, note, short_pay=(tgt, ded, REASON_EN[reason]), key="deduction")


def s_part_lump(c):
    invs = open_invs(c)
    if len(invs) < 2:
        return None
    chosen = sorted(R.sample(invs, R.randint(2, min(4, len(invs)))), key=lambda i: i["number"])
    tgt = chosen[-1]
    part = part_amount(c["cur"], tgt["_bal"])
    d = pay_date_for(chosen)
    if not d or part <= 0:
        return None
    items = [{"inv": i, "mode": "full", "pay": i["_bal"]} for i in chosen[:-1]]
    items.append({"inv": tgt, "mode": "part", "pay": part, "gross": tgt["_bal"]})
    tot = sum(i["_bal"] for i in chosen[:-1]) + part
    st = {"kind": "pay", "cur": c["cur"], "date": d, "total": tot, "items": items}
    for i in chosen:
        USED.add(i["id"])
    apps = [(i, i["_bal"]) for i in chosen[:-1]] + [(tgt, part)]
    note = (f"closes {nums(chosen[:-1])} and pays {fmt(c['cur'], part)} on account of {tgt['number']}, which the advice "
            f"marks as a part payment (balance to follow); no deduction is claimed")
    return add_entry(d, c, st, "partial", apps, 0, note, key="part_lump")


# ---- unapplied
def s_overpay(c, kind):
    invs = open_invs(c)
    if not invs:
        return None
    if kind == "credit":
        invs = [i for i in invs if i["_bal"] < i["_total"]]
        if not invs:
            return None
        inv = R.choice(invs)
        chosen = [inv]
        tot = inv["_total"]
        items = [{"inv": inv, "mode": "over", "pay": inv["_total"]}]
        exc = inv["_total"] - inv["_bal"]
        note = (f"pays the invoice total {fmt(c['cur'], inv['_total'])} of {inv['number']} although its open balance is only "
                f"{fmt(c['cur'], inv['_bal'])}; the balance is applied and {fmt(c['cur'], exc)} is held as unapplied cash")
    elif kind == "twice":
        inv = R.choice(invs)
        chosen = [inv]
        tot = inv["_bal"] * 2
        exc = inv["_bal"]
        items = [{"inv": inv, "mode": "full", "pay": inv["_bal"]}, {"inv": inv, "mode": "full", "pay": inv["_bal"]}]
        note = (f"the advice lists {inv['number']} twice, so the payment is double its balance: one balance is applied and "
                f"the duplicate {fmt(c['cur'], exc)} is held as unapplied cash")
    elif kind == "rounding":
        inv = R.choice(invs)
        if MINOR[c["cur"]] == 0:
            unit = 10000 if c["cur"] == "JPY" else 100000
        else:
            unit = 10000
        tot = (inv["_bal"] // unit + 1) * unit
        exc = tot - inv["_bal"]
        chosen = [inv]
        items = [{"inv": inv, "mode": "over", "pay": tot}]
        note = (f"names {inv['number']} ({fmt(c['cur'], inv['_bal'])} open) but sends a rounded-up {fmt(c['cur'], tot)}; "
                f"the invoice is closed and {fmt(c['cur'], exc)} is held as unapplied cash")
    else:  # advance remainder stated
        chosen = sorted(R.sample(invs, min(len(invs), R.randint(1, 3))), key=lambda i: i["number"])
        base = sum(i["_bal"] for i in chosen)
        unit = {"JPY": 100000, "KRW": 1000000, "USD": 100000, "EUR": 100000, "TWD": 1000000}[c["cur"]]
        exc = unit * R.randint(1, 9) + (R.randint(1, 99) * unit // 100 if R.random() < 0.4 else 0)
        tot = base + exc
        items = [{"inv": i, "mode": "full", "pay": i["_bal"]} for i in chosen]
        note = (f"pays {nums(chosen)} exactly and adds {fmt(c['cur'], exc)} that the advice calls a deposit for the next "
                f"order: the listed invoices are closed and the extra is held as unapplied cash")
    d = pay_date_for(chosen)
    if not d:
        return None
    st = {"kind": "pay", "cur": c["cur"], "date": d, "total": tot, "items": items,
          "excess": "advance" if kind == "advance" else kind, "excess_amt": exc}
    for i in chosen:
        USED.add(i["id"])
    return add_entry(d, c, st, "unapplied", [(i, i["_bal"]) for i in chosen], exc, note,
                     checks=[("none_after", c["id"], c["cur"], exc)], key="over_" + kind)


def s_dup_batch(orig):
    c, st0 = orig["payer"], orig["st"]
    inv = st0["items"][0]["inv"]
    d1 = orig["date"]
    if d1 > WIN_END - timedelta(days=6):
        return None
    d2 = rand_biz(d1 + timedelta(days=1), min(d1 + timedelta(days=21), WIN_END))
    st = dict(st0, date=d2, quote=None, later=None)
    note = (f"second payment of {inv['number']}: an earlier payment in this batch ({d1.isoformat()}) already paid it in full, "
            f"so the whole {fmt(c['cur'], st['total'])} is held as unapplied cash")
    return add_entry(d2, c, st, "unapplied", [], st["total"], note,
                     checks=[("none_after", c["id"], c["cur"], st["total"])], key="dup_batch")


def s_dup_zero(c):
    invs = open_invs(c)
    if not invs:
        return None
    inv = R.choice(invs)
    inv["_bal"] = 0
    USED.add(inv["id"])
    d = pay_date_for([inv])
    if not d:
        return None
    st = {"kind": "pay", "cur": c["cur"], "date": d, "total": inv["_total"],
          "items": [{"inv": inv, "mode": "full", "pay": inv["_total"]}]}
    note = (f"names {inv['number']} for its full {fmt(c['cur'], inv['_total'])}, but the ledger row shows balance 0 "
            f"(already paid): nothing can be applied, the payment is held as unapplied cash on the customer's account")
    return add_entry(d, c, st, "unapplied", [], inv["_total"], note, show_id=True,
                     checks=[("none_after", c["id"], c["cur"], inv["_total"])], key="dup_zero")


def s_nofit(c):
    cur = c["cur"]
    unit = {"JPY": 10000, "KRW": 100000, "USD": 10000, "EUR": 10000, "TWD": 100000}[cur]
    amt = unit * R.choice([5, 8, 10, 12, 15, 20, 25, 30, 50, 75, 100, 120, 250])
    if R.random() < 0.3:
        amt += unit * R.randint(1, 9) // 10
    d = rand_biz(WIN_START, WIN_END)
    po = R.choice([f"PO-{d.year % 100}{d.month:02d}-{R.randint(100, 999)}", f"4500{R.randint(100000, 999999)}",
                   f"PI-{d.year}{d.month:02d}-{R.randint(1, 60):04d}"])
    variant = R.choice(["advance", "advance", "vague"])
    lang = {"JPY": "ja", "KRW": "ko", "USD": "en", "EUR": "de", "TWD": "zh"}[cur]
    if variant == "advance":
        pt = {"ja": f"ご注文（{'プロフォーマ請求書' if po.startswith('PI') else '注文書'}No.{po}）",
              "ko": f"발주({'견적 송장' if po.startswith('PI') else '발주서'} {po})",
              "en": f"{'proforma invoice' if po.startswith('PI') else 'our purchase order'} {po}",
              "de": f"{'Proforma-Rechnung' if po.startswith('PI') else 'unsere Bestellung'} {po}",
              "zh": f"{'預開發票' if po.startswith('PI') else '訂單'} {po}"}
        st = {"kind": "advance", "cur": cur, "date": d, "total": amt, "items": [], "po": po,
              "po_text_ja": pt["ja"], "po_text_ko": pt["ko"], "po_text_en": pt["en"], "po_text_de": pt["de"],
              "po_text_zh": pt["zh"]}
        note = (f"advance payment against {po} (not an invoice: nothing has been invoiced for it); customer_id is given and "
                f"{fmt(cur, amt)} fits no open invoice or combination, so it is held as unapplied cash")
    else:
        st = {"kind": "vague", "cur": cur, "date": d, "total": amt, "items": []}
        note = (f"customer_id is given, the payment carries no invoice reference and {fmt(cur, amt)} equals no open invoice "
                f"or combination of this customer's invoices: held as unapplied cash on the account")
    return add_entry(d, c, st, "unapplied", [], amt, note, show_id=True, lang=lang if lang != "en" or cur == "USD" else None,
                     checks=[("none", c["id"], cur, amt)], key="nofit_" + variant)


# ---- review
def set_amount(inv, v):
    inv["_total"] = v
    inv["_bal"] = v


def s_identical(c):
    invs = open_invs(c)
    if len(invs) < 3:
        return None
    a, b = sorted(R.sample(invs, 2), key=lambda i: (i["due_date"], i["number"]))
    if a["_bal"] != a["_total"]:
        return None
    set_amount(b, a["_bal"])
    USED.update({a["id"], b["id"]})
    d = pay_date_for([a, b])
    if not d:
        return None
    st = {"kind": "vague", "cur": c["cur"], "date": d, "total": a["_bal"], "items": []}
    note = (f"customer_id is given but there is no reference, and {fmt(c['cur'], a['_bal'])} equals two open invoices "
            f"of this customer ({a['number']} and {b['number']}, a repeat order at the same price): nothing is sure")
    return add_entry(d, c, st, "review", [], 0, note, cands=[[a], [b]], show_id=True,
                     checks=[("multi", c["id"], c["cur"], a["_bal"])], key="rv_identical")


def s_ambig_name(ca, cb, name):
    ia, ib = open_invs(ca), open_invs(cb)
    if not ia or not ib:
        return None
    a = R.choice(ia)
    b = R.choice(ib)
    if a["_bal"] != a["_total"]:
        return None
    set_amount(b, a["_bal"])
    USED.update({a["id"], b["id"]})
    first, second = sorted([a, b], key=lambda i: (i["due_date"], i["number"]))
    d = pay_date_for([a, b])
    if not d:
        return None
    st = {"kind": "vague", "cur": ca["cur"], "date": d, "total": a["_bal"], "items": []}
    note = (f"no customer_id and no reference; the bank cut the payer name to '{name}', which fits both {ca['name']} and "
            f"{cb['name']}, and each has an open invoice of exactly {fmt(ca['cur'], a['_bal'])} ({a['number']}, {b['number']})")
    return add_entry(d, ca, st, "review", [], 0, note, cands=[[first], [second]], show_id=False,
                     override={"payer_name": name}, checks=[("gcount", None, ca["cur"], a["_bal"], 2)], key="rv_ambig_name")


UNKNOWN_PAYERS = {"JPY": ["ｼﾞﾔﾊﾟﾝﾌｱｸﾀ-(ｶ", "ﾔﾏｻﾞｷ ｹﾝｲﾁ", "ﾄｳｷﾖｳﾄﾚ-ﾃﾞｲﾝｸﾞ(ｶ", "SMBC ﾌｱｸﾀ-ｻ-ﾋﾞｽ"],
                  "KRW": ["홍길동", "케이결제대행", "(주)대한상사"], "USD": ["PAYONEER FBO CLIENT", "FIRST ATLANTIC FACTORS",
                  "J SMITH"], "EUR": ["Zahlungsdienst Nord GmbH", "M. Keller"], "TWD": ["RUIHE TRADING CO", "陳先生"]}


def s_unknown_single(cur):
    pool = [i for i in INVOICES if i["currency"] == cur and i["id"] not in USED and i["_bal"] > 0
            and i["issue_date"] <= WIN_END - timedelta(days=10)]
    cnt = Counter(i["_bal"] for i in INVOICES if i["currency"] == cur and i["_bal"] > 0)
    pool = [i for i in pool if cnt[i["_bal"]] == 1]
    if not pool:
        return None
    inv = R.choice(pool)
    USED.add(inv["id"])
    d = pay_date_for([inv])
    if not d:
        return None
    c = CUST[inv["customer_id"]]
    name = R.choice(UNKNOWN_PAYERS[cur])
    st = {"kind": "vague", "cur": cur, "date": d, "total": inv["_bal"], "items": []}
    note = (f"payer '{name}' is not a known customer (a factor, an individual or a trading house), there is no customer_id "
            f"and no reference: the amount matches only {inv['number']} ({inv['customer_name']}), but an amount alone from an "
            f"unknown payer is not sure")
    return add_entry(d, c, st, "review", [], 0, note, cands=[[inv]], show_id=False, override={"payer_name": name},
                     checks=[("gcount", None, cur, inv["_bal"], 1)], key="rv_unknown")


def ref_list_text(invs, lang):
    r = [i["number"] for i in invs]
    return {"ja": "ｾｲｷﾕｳ " + " ".join(x.replace("SI-", "") for x in r), "ko": "대금 " + ",".join(r),
            "en": "INV " + " ".join(r), "de": "SVWZ+RE " + ", ".join(r), "zh": "貨款 " + "、".join(r)}[lang]


def s_unexplained(c):
    invs = open_invs(c)
    if len(invs) < 2:
        return None
    a, b = sorted(R.sample(invs, 2), key=lambda i: i["number"])
    lo, hi = max(a["_bal"], b["_bal"]), a["_bal"] + b["_bal"]
    if hi - lo < 10:
        return None
    amt = lo + (hi - lo) * R.randint(20, 80) // 100
    if MINOR[c["cur"]]:
        amt = amt // 100 * 100
    if amt in (a["_bal"], b["_bal"], hi) or amt <= lo:
        return None
    USED.update({a["id"], b["id"]})
    d = pay_date_for([a, b])
    if not d:
        return None
    lang = {"JPY": "ja", "KRW": "ko", "USD": "en", "EUR": "de", "TWD": "zh"}[c["cur"]]
    st = {"kind": "vague", "cur": c["cur"], "date": d, "total": amt, "items": []}
    note = (f"reference names {a['number']} and {b['number']} ({fmt(c['cur'], a['_bal'])} + {fmt(c['cur'], b['_bal'])}) but "
            f"the payment is {fmt(c['cur'], amt)}, less than both together and more than either, with no word on which is "
            f"short or why: how to split it is a guess")
    return add_entry(d, c, st, "review", [], 0, note, cands=[[a, b]], lang=lang,
                     override={"reference": ref_list_text([a, b], lang)}, show_id=R.random() < 0.6,
                     checks=[("none_after", c["id"], c["cur"], amt)], key="rv_unexplained")


def s_currency_mismatch(c):
    invs = open_invs(c)
    if not invs:
        return None
    inv = R.choice(invs)
    rate = {"JPY": ("USD", 14930), "TWD": ("USD", 3215), "EUR": ("USD", 108), "KRW": ("USD", 143500)}[c["cur"]]
    pcur = rate[0]
    if c["cur"] == "EUR":
        amt = inv["_bal"] * rate[1] // 100
    else:
        amt = inv["_bal"] * 100 * 100 // rate[1] if c["cur"] != "TWD" else inv["_bal"] * 100 // rate[1]
    if amt <= 0:
        return None
    USED.add(inv["id"])
    d = pay_date_for([inv])
    if not d:
        return None
    st = {"kind": "vague", "cur": pcur, "date": d, "total": amt, "items": []}
    rem = (f"Hello,\nwe have remitted {money(pcur, amt, 'en')} from our USD account for invoice {inv['number']} "
           f"({money(c['cur'], inv['_bal'], 'en')}), converted at our bank's rate of the day.\nPlease confirm receipt.\n"
           f"{R.choice(EN_PEOPLE)}\n{c['en']}")
    note = (f"the advice names {inv['number']}, a {c['cur']} invoice, but the money arrived in {pcur}: an application must "
            f"be in the invoice's currency and the conversion is not ours to choose")
    return add_entry(d, c, st, "review", [], 0, note, cands=[[inv]], show_id=True, lang="en",
                     override={"payer_name": (c.get("roman") or c["en"].upper())[:30], "reference": f"/INV/{inv['number']}",
                               "remittance": rem}, key="rv_currency")


def s_collision(c):
    invs = open_invs(c)
    if len(invs) < 5:
        return None
    pick = sorted(R.sample(invs, 4), key=lambda i: (i["due_date"], i["number"]))
    a, b, x, dd = pick[0], pick[1], pick[2], pick[3]
    if R.random() < 0.5:
        grp_set = [a, b]
    else:
        grp_set = [a, b, x]
    if a["_bal"] != a["_total"]:
        return None
    set_amount(dd, a["_bal"])
    for i in pick:
        USED.add(i["id"])
    tot = sum(i["_bal"] for i in grp_set)
    alt = [dd] + grp_set[1:]
    d = pay_date_for(pick)
    if not d:
        return None
    st = {"kind": "vague", "cur": c["cur"], "date": d, "total": tot, "items": []}
    note = (f"customer_id given, no invoice numbers and no period; {fmt(c['cur'], tot)} is the sum of {nums(grp_set)} but "
            f"equally of {nums(alt)} ({a['number']} and {dd['number']} have the same balance): two exact sets, so review")
    return add_entry(d, c, st, "review", [], 0, note, cands=[grp_set, sorted(alt, key=lambda i: i["number"])], show_id=True,
                     checks=[("multi", c["id"], c["cur"], tot)], key="rv_collision")


def s_conflict(ca, cb):
    ia, ib = open_invs(ca), open_invs(cb)
    if not ia or not ib:
        return None
    b = R.choice(ib)
    a = R.choice(ia)
    if b["_bal"] != b["_total"]:
        return None
    set_amount(a, b["_bal"])
    USED.update({a["id"], b["id"]})
    d = pay_date_for([a, b])
    if not d:
        return None
    lang = {"JPY": "ja", "KRW": "ko", "USD": "en", "EUR": "de", "TWD": "zh"}[ca["cur"]]
    st = {"kind": "vague", "cur": ca["cur"], "date": d, "total": b["_bal"], "items": []}
    ref = {"ja": f"ｾｲｷﾕｳ {b['number']}", "ko": f"대금 {b['number']}", "en": f"INV {b['number']}",
           "de": f"SVWZ+RE {b['number']}", "zh": f"貨款 {b['number']}"}[lang]
    note = (f"customer_id and payer name say {ca['name']}, but the reference names {b['number']}, an invoice of the unrelated "
            f"{cb['name']}; the amount equals both that invoice and {ca['name']}'s own {a['number']}: the identifiers conflict")
    return add_entry(d, ca, st, "review", [], 0, note, cands=[[b], [a]], show_id=True, lang=lang,
                     override={"reference": ref}, key="rv_conflict")


def s_parent_mismatch(parent, sub):
    invs = open_invs(sub)
    if len(invs) < 2:
        return None
    a, b = sorted(R.sample(invs, 2), key=lambda i: i["number"])
    tot = a["_bal"] + b["_bal"]
    amt = tot * R.choice([55, 62, 71, 83]) // 100
    if MINOR[sub["cur"]]:
        amt = amt // 100 * 100
    else:
        amt = amt // 1000 * 1000
    if amt in (a["_bal"], b["_bal"]) or amt <= 0:
        return None
    USED.update({a["id"], b["id"]})
    d = pay_date_for([a, b])
    if not d:
        return None
    lang = {"JPY": "ja", "KRW": "ko", "USD": "en", "EUR": "de", "TWD": "zh"}[sub["cur"]]
    if parent["country"] == "US":
        lang = "en"
    subname = sub.get("kanji") or sub["name"]
    ref = {"ja": f"{subname}ﾌﾞﾝ {a['number']} {b['number']}", "ko": f"{sub.get('ko', sub['name'])} 대금 {a['number']} {b['number']}",
           "en": f"FOR {sub['en'].upper()} INV {a['number']} {b['number']}",
           "de": f"SVWZ+für {sub['en']} RE {a['number']} {b['number']}",
           "zh": f"代付{sub.get('zh', sub['en'])} {a['number']} {b['number']}"}[lang]
    st = {"kind": "vague", "cur": sub["cur"], "date": d, "total": amt, "items": []}
    note = (f"parent {parent['name']} pays for subsidiary {sub['name']} naming {a['number']} and {b['number']} "
            f"(together {fmt(sub['cur'], tot)}), but sends {fmt(sub['cur'], amt)} with no breakdown or reason: the split is a guess")
    return add_entry(d, parent, st, "review", [], 0, note, cands=[[a, b]], show_id=R.random() < 0.5, lang=lang,
                     override={"reference": ref}, checks=[("none_after", sub["id"], sub["cur"], amt)],
                     key="rv_parent_mismatch")


def s_bad(kind):
    if kind == "neg_jp":
        c = pick_customer(cur="JPY")
        amt = -R.choice([110000, 264000, 55000, 418000])
        d = rand_biz(WIN_START, WIN_END)
        st = {"kind": "vague", "cur": "JPY", "date": d, "total": amt, "items": []}
        note = ("negative amount: the bank reports the recall (kumimodoshi) of a transfer, not money received; there is "
                "nothing to apply")
        return add_entry(d, c, st, "review", [], 0, note, show_id=False, lang="ja",
                         override={"reference": "ｸﾐﾓﾄﾞｼ", "amount": str(amt)}, key="bad_negative")
    if kind == "neg_us":
        c = pick_customer(cur="USD")
        amt = -R.randint(150000, 2500000)
        d = rand_biz(WIN_START, WIN_END)
        st = {"kind": "vague", "cur": "USD", "date": d, "total": amt, "items": []}
        note = ("negative amount: an ACH return (R01, insufficient funds) reverses an earlier receipt; there is nothing "
                "to apply and it needs a person")
        return add_entry(d, c, st, "review", [], 0, note, show_id=True, lang="en",
                         override={"reference": f"ACH RETURN R01 INSUFFICIENT FUNDS TRACE {R.randint(10**14, 10**15 - 1)}"},
                         key="bad_negative")
    if kind in ("frac_jpy", "frac_krw"):
        cur = "JPY" if kind == "frac_jpy" else "KRW"
        c = pick_customer(cur=cur)
        invs = open_invs(c)
        if not invs:
            return None
        inv = R.choice(invs)
        USED.add(inv["id"])
        d = pay_date_for([inv])
        if not d:
            return None
        bad = f"{inv['_bal']}.{R.choice(['50', '4', '75'])}"
        st = {"kind": "vague", "cur": cur, "date": d, "total": inv["_bal"], "items": []}
        lang = "ja" if cur == "JPY" else "ko"
        note = (f"amount {bad} has a fractional part although {cur} has no minor unit: the row is malformed, so nothing is "
                f"applied even though the reference names {inv['number']}")
        return add_entry(d, c, st, "review", [], 0, note, cands=[[inv]], show_id=True, lang=lang,
                         override={"amount": bad, "reference": inv["number"]}, key="bad_fraction")
    if kind == "null_cur":
        c = pick_customer(cur="EUR")
        invs = open_invs(c)
        if not invs:
            return None
        inv = R.choice(invs)
        USED.add(inv["id"])
        d = pay_date_for([inv])
        if not d:
            return None
        st = {"kind": "vague", "cur": "EUR", "date": d, "total": inv["_bal"], "items": []}
        note = (f"currency is missing (null): an application must be in the invoice's currency, which cannot be checked, so "
                f"{inv['number']} is only a candidate")
        return add_entry(d, c, st, "review", [], 0, note, cands=[[inv]], show_id=True, lang="de",
                         override={"currency": None, "reference": f"SVWZ+RE {inv['number']}"}, key="bad_null_currency")
    if kind == "cny":
        c = pick_customer(cur="TWD")
        invs = open_invs(c)
        if not invs:
            return None
        inv = R.choice(invs)
        USED.add(inv["id"])
        d = pay_date_for([inv])
        if not d:
            return None
        amt = inv["_bal"] * 100 // 440
        st = {"kind": "vague", "cur": "TWD", "date": d, "total": amt, "items": []}
        note = (f"paid in CNY, a currency none of the open invoices uses, while naming {inv['number']} (TWD): no application "
                f"is possible in CNY")
        return add_entry(d, c, st, "review", [], 0, note, cands=[[inv]], show_id=True, lang="zh",
                         override={"currency": "CNY", "amount": fmt("TWD", amt), "reference": f"貨款 {inv['number']} (人民幣匯款)"},
                         key="bad_currency")
    if kind.startswith("unknown_id"):
        cur = "JPY" if kind.endswith("jp") else "KRW"
        c = pick_customer(cur=cur)
        amt = {"JPY": 10000, "KRW": 100000}[cur] * R.choice([7, 13, 33, 48])
        d = rand_biz(WIN_START, WIN_END)
        st = {"kind": "vague", "cur": cur, "date": d, "total": amt, "items": []}
        note = ("customer_id CU-00000 does not exist in the ledger, the payer name matches no customer and there is no "
                "reference: nothing to go on")
        nm = "ﾐﾂｸﾞﾐｼﾖｳｼﾞ(ｶ" if cur == "JPY" else "우성무역"
        return add_entry(d, c, st, "review", [], 0, note, show_id=True, lang="ja" if cur == "JPY" else "ko",
                         override={"customer_id": "CU-00000", "payer_name": nm, "reference": None},
                         checks=[("gcount", None, cur, amt, 0)], key="bad_unknown_id")
    raise ValueError(kind)


# ------------------------------------------------------------------ driver
def attempt(fn, n, *args_fn, tries=80):
    made = []
    for _ in range(tries * n):
        if len(made) >= n:
            break
        args = [a() for a in args_fn]
        if any(a is None for a in args):
            continue
        e = fn(*args)
        if e:
            made.append(e)
    if len(made) < n:
        print(f"warning: {fn.__name__} made {len(made)}/{n}")
    return made


def by_tag(tag):
    return [c for c in CUSTOMERS if c.get("tag") == tag]


def build_payments():
    anyc = lambda cur=None: (lambda: pick_customer(cur=cur))
    # engineered look-alikes first (they change invoice amounts)
    attempt(s_identical, 8, anyc())
    pairs = [("pairJP1", "kana"), ("pairJP2", "kana"), ("pairJP3", "roman"), ("pairKR", "ko"), ("pairUS", "ach"),
             ("pairDE", "de"), ("pairTW", "tw")]
    for tag, how in pairs:
        ca, cb = by_tag(tag)
        if R.random() < 0.5:
            ca, cb = cb, ca
        if how in ("kana", "roman"):
            name = common_prefix(ca[how], cb[how])
        elif how == "ko":
            name = common_prefix(ca["ko"], cb["ko"])
        else:
            up = lambda c: c["en"].upper().replace(",", "").replace(".", "")
            name = common_prefix(up(ca), up(cb)).strip()
            if how == "ach":
                name = name[:16]
        attempt(s_ambig_name, 1, lambda ca=ca: ca, lambda cb=cb: cb, lambda name=name: name)
    attempt(s_collision, 4, anyc())

    def unrelated_pair():
        ca = pick_customer()
        cb = pick_customer(cur=ca["cur"], filt=lambda c: c["id"] != ca["id"] and c.get("parent") != ca["id"]
                           and ca.get("parent") != c["id"] and not (c.get("parent") and c.get("parent") == ca.get("parent"))
                           and (c.get("tag") is None or c.get("tag") != ca.get("tag")))
        return (ca, cb) if cb else None
    for _ in range(3):
        for _t in range(50):
            p = unrelated_pair()
            if p and s_conflict(*p):
                break
    attempt(s_dup_zero, 3, anyc())
    for cur in ["JPY", "USD", "KRW", "EUR"]:
        attempt(s_unknown_single, 1, lambda cur=cur: cur)

    # shimebi (needs whole periods untouched)
    clos = lambda: pick_customer(filt=lambda c: bool(c.get("closing")), cur=R.choice(["JPY"] * 5 + ["KRW"] * 2 + ["TWD"] * 2))
    attempt(s_shimebi, 24, clos)
    attempt(lambda c: s_shimebi(c, fee_breakdown=True), 5, lambda: pick_customer(filt=lambda c: bool(c.get("closing")), cur=R.choice(["JPY", "JPY", "KRW", "TWD"])))

    # parents and subsidiaries
    groups = {}
    for c in CUSTOMERS:
        if c.get("parent"):
            groups.setdefault(c["parent"], []).append(c)
    for pid in sorted(groups):
        parent = CUST[pid]
        by_cur = {}
        for s in groups[pid]:
            by_cur.setdefault(s["cur"], []).append(s)
        for cur in sorted(by_cur):
            subs = by_cur[cur]
            s_parent(parent, subs)
            s_parent(parent, subs, with_own=not parent["holding"] and parent["cur"] == cur)
    mism = [(CUST[c["parent"]], c) for c in CUSTOMERS if c.get("parent")]
    R.shuffle(mism)
    k = 0
    for p, sub in mism:
        if k >= 3:
            break
        if s_parent_mismatch(p, sub):
            k += 1

    # partial family
    for follow, n in (("remainder", 10), ("overpay", 4), (None, 12)):
        attempt(lambda c, f=follow: s_part(c, f), n, anyc())
    attempt(s_fee, 28, lambda: pick_customer(cur=R.choice(["JPY"] * 6 + ["KRW", "USD", "USD", "TWD", "TWD"])))
    attempt(s_fee_multi, 4, lambda: pick_customer(cur=R.choice(["JPY", "JPY", "USD", "KRW", "TWD"])))
    attempt(s_deduction, 12, anyc())
    attempt(lambda c: s_deduction(c, "skonto"), 3, anyc("EUR"))
    attempt(s_part_lump, 5, anyc())

    # overpayments
    attempt(lambda c: s_overpay(c, "credit"), 5, anyc())
    attempt(lambda c: s_overpay(c, "twice"), 3, anyc())
    attempt(lambda c: s_overpay(c, "rounding"), 3, lambda: pick_customer(cur=R.choice(["USD", "EUR", "TWD"])))
    attempt(lambda c: s_overpay(c, "advance"), 5, anyc())

    # plain applications
    exact = attempt(s_ref_exact, 75, anyc())
    exact += attempt(lambda c: s_ref_exact(c, quote=True), 10, anyc())
    attempt(s_ref_distractor, 22, anyc())
    attempt(s_ref_payer, 5, anyc("JPY"))
    attempt(s_amount_unique, 18, anyc())
    attempt(lambda c: s_amount_unique(c, po_only=True), 5, lambda: pick_customer(cur=R.choice(["JPY", "KRW", "EUR"])))
    attempt(s_multi, 40, anyc())

    # second payments of invoices paid earlier in the batch
    R.shuffle(exact)
    k = 0
    for e in exact:
        if k >= 9:
            break
        if not e["st"].get("quote") and s_dup_batch(e):
            k += 1

    attempt(s_nofit, 15, anyc())
    attempt(s_unexplained, 6, anyc())
    for cur in ["JPY", "TWD", "EUR"]:
        attempt(s_currency_mismatch, 1, anyc(cur))
    for kind in ["neg_jp", "neg_us", "frac_jpy", "frac_krw", "null_cur", "cny", "unknown_id_jp", "unknown_id_kr"]:
        attempt(s_bad, 1, lambda kind=kind: kind)


def customer_open(bal, cid, cur):
    return [bal[i["id"]] for i in INVOICES if i["customer_id"] == cid and i["currency"] == cur and bal[i["id"]] > 0]


def verify(entries):
    bal = {i["id"]: i["_bal"] for i in INVOICES}
    bad = []
    for e in entries:
        p, lab = e["pay"], e["lab"]
        ok = True
        for chk in e["checks"]:
            t = chk[0]
            if t == "gcount":
                n = sum(1 for i in INVOICES if i["currency"] == chk[2] and bal[i["id"]] == chk[3])
                ok &= n == chk[4]
            elif t == "unique":
                ok &= count_subsets(customer_open(bal, chk[1], chk[2]), chk[3]) == 1
            elif t == "multi":
                ok &= count_subsets(customer_open(bal, chk[1], chk[2]), chk[3]) >= 2
            elif t == "none":
                ok &= count_subsets(customer_open(bal, chk[1], chk[2]), chk[3]) == 0
                ok &= not any(bal[i["id"]] == chk[3] for i in INVOICES if i["currency"] == chk[2])
        # applications
        tot = 0
        after = dict()
        for iid, a in e["apps"]:
            inv = INV[iid]
            cur_bal = after.get(iid, bal[iid])
            if inv["currency"] != p["currency"] or a <= 0 or a > cur_bal:
                ok = False
            after[iid] = cur_bal - a
            tot += a
        st = lab["status"]
        if st != "review":
            un = e["amt"] - tot
            ok &= fmt(e["cur"], un) == lab["unapplied"]
            if st == "applied":
                ok &= un == 0 and all(v == 0 for v in after.values()) and lab["short_pay"] is None
            if st == "partial":
                ok &= un == 0 and any(v > 0 for v in after.values())
                if lab["short_pay"]:
                    sp = lab["short_pay"]
                    ok &= fmt(e["cur"], after[sp["invoice_id"]]) == sp["amount"]
            if st == "unapplied":
                ok &= un > 0 and all(v == 0 for v in after.values())
        else:
            ok &= not e["apps"] and lab["unapplied"] == p["amount"]
        for chk in e["checks"]:
            if chk[0] == "none_after":
                b2 = dict(bal)
                b2.update(after)
                ok &= count_subsets(customer_open(b2, chk[1], chk[2]), chk[3]) == 0
        if not ok:
            bad.append(e)
            continue
        bal.update(after)
    return bad, bal


def main():
    build_customers()
    build_invoices()
    build_payments()
    entries = sorted(ENTRIES, key=lambda e: (e["date"], e["tie"]))
    while True:
        bad, final_bal = verify(entries)
        if not bad:
            break
        for b in bad:
            print("dropping", b["key"], b["lab"]["note"][:90])
        drop = {id(b) for b in bad}
        entries = [e for e in entries if id(e) not in drop]
    pids = R.sample(range(1000, 9999), len(entries))
    for k, e in enumerate(entries):
        e["pay"]["id"] = f"p-{pids[k]}"
        e["lab"]["payment_id"] = e["pay"]["id"]
    os.makedirs(LEDGER_DIR, exist_ok=True)
    inv_out = []
    for i in INVOICES:
        inv_out.append({"id": i["id"], "number": i["number"], "customer_id": i["customer_id"],
                        "customer_name": i["customer_name"], "currency": i["currency"], "total": fmt(i["currency"], i["_total"]),
                        "balance": fmt(i["currency"], i["_bal"]), "issue_date": i["issue_date"].isoformat(),
                        "due_date": i["due_date"].isoformat()})
    with open(os.path.join(LEDGER_DIR, "invoices.json"), "w", encoding="utf-8") as f:
        json.dump(inv_out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(LEDGER_DIR, "payments.json"), "w", encoding="utf-8") as f:
        json.dump([e["pay"] for e in entries], f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(LEDGER_DIR, "labels.jsonl"), "w", encoding="utf-8") as f:
        for e in entries:
            f.write(json.dumps(e["lab"], ensure_ascii=False) + "\n")
    with open(os.path.join(LEDGER_DIR, "expected_matches.json"), "w", encoding="utf-8") as f:
        out = []
        for e in entries:
            d = {k: v for k, v in e["lab"].items() if k != "note"}
            d["reason"] = e["lab"]["note"].split("] ", 1)[1]
            out.append(d)
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    st = Counter(e["lab"]["status"] for e in entries)
    keys = Counter(e["key"] for e in entries)
    langs = Counter(e["lab"]["note"].split(",")[1].split("]")[0].strip() for e in entries)
    curs = Counter(str(e["pay"]["currency"]) for e in entries)
    print("invoices", len(INVOICES), Counter(i["currency"] for i in INVOICES))
    print("payments", len(entries), dict(st))
    print("langs", dict(langs))
    print("currencies", dict(curs))
    print("keys", dict(sorted(keys.items())))


if __name__ == "__main__":
    main()
