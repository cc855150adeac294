#!/usr/bin/env python3
"""Blind held-out set for the cash-application (`match`) contract.

Theme: a supplier of laboratory instruments and consumables selling to
universities, hospitals and companies in Japan (JPY), South Korea (KRW),
Taiwan (TWD) and Singapore (SGD).

Deterministic, stdlib only.  `python3 build.py` rewrites every file.
"""
import json
import os
import random
import unicodedata
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = os.path.join(HERE, "ledger_eastasia")
R = random.Random(153_2026)

# ---------------------------------------------------------------- helpers
def hexid(prefix, n=10):
    return prefix + "".join(R.choice("0123456789abcdef") for _ in range(n))


def fmt(c):
    """integer hundredths -> decimal string with two decimals"""
    s = "-" if c < 0 else ""
    c = abs(c)
    return f"{s}{c // 100}.{c % 100:02d}"


def grp(c, dec=None):
    """human amount with thousands separators (for remittance text)"""
    whole = f"{c // 100:,}"
    if dec is None:
        dec = c % 100 != 0
    return whole + (f".{c % 100:02d}" if dec else "")


# full-width katakana -> half-width zengin characters
_HW = {}
for _cp in range(0xFF66, 0xFF9E):
    _h = chr(_cp)
    _HW[unicodedata.normalize("NFKC", _h)] = _h
    for _mk in ("\uff9e", "\uff9f"):
        _f = unicodedata.normalize("NFKC", _h + _mk)
        if len(_f) == 1:
            _HW[_f] = _h + _mk
_SMALL = dict(zip("ァィゥェォッャュョヮ", "アイウエオツヤユヨワ"))


def zengin(kata):
    """katakana -> zengin half-width: small kana become large, long mark '-'"""
    out = []
    for ch in kata:
        ch = _SMALL.get(ch, ch)
        if ch == "ー":
            out.append("-")
        elif ch in _HW:
            out.append(_HW[ch])
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- names
JP_STEMS = [
    ("山田", "ヤマダ", "Yamada"), ("北陵", "ホクリョウ", "Hokuryo"), ("東邦", "トウホウ", "Toho"),
    ("清水", "シミズ", "Shimizu"), ("大和", "ヤマト", "Yamato"), ("三協", "サンキョウ", "Sankyo"),
    ("日進", "ニッシン", "Nisshin"), ("中央", "チュウオウ", "Chuo"), ("富士見", "フジミ", "Fujimi"),
    ("青葉", "アオバ", "Aoba"), ("松浦", "マツウラ", "Matsuura"), ("高砂", "タカサゴ", "Takasago"),
    ("白鷺", "シラサギ", "Shirasagi"), ("若葉", "ワカバ", "Wakaba"), ("栄光", "エイコウ", "Eiko"),
    ("光和", "コウワ", "Kowa"), ("新星", "シンセイ", "Shinsei"), ("明和", "メイワ", "Meiwa"),
    ("桜井", "サクライ", "Sakurai"), ("丸山", "マルヤマ", "Maruyama"), ("朝霧", "アサギリ", "Asagiri"),
    ("瀬戸", "セト", "Seto"), ("石田", "イシダ", "Ishida"), ("藤本", "フジモト", "Fujimoto"),
    ("小林", "コバヤシ", "Kobayashi"), ("千歳", "チトセ", "Chitose"), ("湊", "ミナト", "Minato"),
    ("緑丘", "ミドリガオカ", "Midorigaoka"), ("東雲", "シノノメ", "Shinonome"), ("常盤", "トキワ", "Tokiwa"),
    ("北斗", "ホクト", "Hokuto"), ("南海", "ナンカイ", "Nankai"), ("葵", "アオイ", "Aoi"),
    ("菱和", "リョウワ", "Ryowa"), ("協和", "キョウワ", "Kyowa"), ("大成", "タイセイ", "Taisei"),
]
JP_KINDS = [  # kanji, katakana, english, legal form
    ("製作所", "セイサクショ", "Seisakusho", "kk"), ("化学", "カガク", "Chemical", "kk"),
    ("理化学", "リカガク", "Rikagaku", "kk"), ("精機", "セイキ", "Seiki", "kk"),
    ("バイオテック", "バイオテック", "Biotech", "kk"), ("メディカル", "メディカル", "Medical", "kk"),
    ("製薬", "セイヤク", "Pharmaceutical", "kk"), ("分析センター", "ブンセキセンター", "Analysis Center", "kk"),
    ("食品", "ショクヒン", "Foods", "kk"), ("マテリアル", "マテリアル", "Materials", "kk"),
    ("ラボ", "ラボ", "Lab", "yk"), ("ジェノミクス", "ジェノミクス", "Genomics", "gk"),
    ("大学", "ダイガク", "University", "univ"), ("学園", "ガクエン", "Gakuen", "school"),
    ("病院", "ビョウイン", "Hospital", "hosp"), ("研究所", "ケンキュウジョ", "Research Institute", "iai"),
]

KR_STEMS = [
    ("한빛", "Hanbit"), ("대성", "Daesung"), ("세종", "Sejong"), ("미래", "Mirae"), ("동방", "Dongbang"),
    ("서진", "Seojin"), ("청운", "Cheongun"), ("태평", "Taepyeong"), ("신일", "Shinil"), ("가온", "Gaon"),
    ("누리", "Nuri"), ("한결", "Hangyeol"), ("보람", "Boram"), ("새롬", "Saerom"), ("다온", "Daon"),
    ("정우", "Jeongwoo"), ("한울", "Hanul"), ("동진", "Dongjin"), ("solid", "Solid"), ("명진", "Myungjin"),
    ("우성", "Woosung"), ("진영", "Jinyoung"), ("해솔", "Haesol"), ("은하", "Eunha"),
]
KR_STEMS = [s for s in KR_STEMS if s[0] != "solid"]
KR_KINDS = [  # hangul, english, form
    ("바이오", "Bio", "corp"), ("과학", "Science", "corp"), ("메디칼", "Medical", "corp"),
    ("제약", "Pharm", "corp"), ("랩텍", "Labtech", "corp"), ("케미칼", "Chemical", "corp"),
    ("정밀", "Precision", "corp"), ("생명과학", "Life Sciences", "corp"),
    ("대학교", "University", "univ"), ("병원", "Hospital", "hosp"),
]

TW_STEMS = [
    ("微源", "Weiyuan"), ("晶元", "Jingyuan"), ("台光", "Taiguang"), ("建昇", "Jiansheng"),
    ("佳禾", "Jiahe"), ("昇陽", "Shengyang"), ("瑞豐", "Ruifeng"), ("國聯", "Guolian"),
    ("原力", "Yuanli"), ("信邦", "Xinbang"), ("群翊", "Qunyi"), ("凱新", "Kaixin"),
    ("長禾", "Changhe"), ("新穎", "Xinying"), ("宇恆", "Yuheng"), ("清源", "Qingyuan"),
    ("東海岸", "Donghaian"), ("嘉南", "Jianan"), ("竹塹", "Zhuqian"), ("玉山", "Yushan"),
]
TW_KINDS = [  # chinese, english, form
    ("科技", "Technology", "corp"), ("生技", "Biotech", "corp"), ("儀器", "Instruments", "corp"),
    ("醫療器材", "Medical Devices", "corp"), ("化學", "Chemical", "corp"), ("實業", "Industrial", "ltd"),
    ("大學", "University", "univ"), ("醫院", "Hospital", "hosp"),
]

SG_STEMS = ["Lion City", "Straits", "Merlion", "Tembusu", "Orchid", "Kallang", "Changi", "Jurong",
            "Tampines", "Serangoon", "Katong", "Novena", "Tanjong", "Harbourfront", "Bukit Merah",
            "Marina East", "Pasir Ris", "Keppel Bay", "Rochor", "Sembawang"]
SG_KINDS = [("Biotech", "corp"), ("Analytical", "corp"), ("Diagnostics", "corp"),
            ("Life Sciences", "corp"), ("Scientific", "corp"), ("Genomics", "corp"),
            ("Pharma", "corp"), ("Research Labs", "corp"),
            ("Institute of Science", "univ"), ("General Hospital", "hosp")]

COUNTRY_CCY = {"JP": "JPY", "KR": "KRW", "TW": "TWD", "SG": "SGD"}


def make_customer(cc, stem, kind):
    c = {"id": hexid("cu_", 8), "cc": cc, "ccy": COUNTRY_CCY[cc]}
    if cc == "JP":
        kj, kk, ke, form = kind
        sj, sk, se = stem
        if form == "kk":
            pre = R.random() < 0.6
            c["name_local"] = ("株式会社" + sj + kj) if pre else (sj + kj + "株式会社")
            c["name_en"] = f"{se} {ke} Co., Ltd."
            body = zengin(sk + kk)
            c["bank_names"] = ["ｶ)" + body, body + "(ｶ", "ｶﾌﾞｼｷｶﾞｲｼﾔ " + body]
            c["bank_names"] = [c["bank_names"][0] if pre else c["bank_names"][1], c["bank_names"][2]]
        elif form == "yk":
            c["name_local"] = "有限会社" + sj + kj
            c["name_en"] = f"{se} {ke} Ltd."
            body = zengin(sk + kk)
            c["bank_names"] = ["ﾕ)" + body, body]
        elif form == "gk":
            c["name_local"] = "合同会社" + sj + kj
            c["name_en"] = f"{se} {ke} LLC"
            body = zengin(sk + kk)
            c["bank_names"] = ["ﾄﾞ)" + body, body]
        elif form == "univ":
            c["name_local"] = "国立大学法人" + sj + "大学"
            c["name_en"] = f"{se} University"
            body = zengin(sk + "ダイガク")
            c["bank_names"] = ["ﾀﾞｲ)" + body, "ｺｸﾘﾂﾀﾞｲｶﾞｸﾎｳｼﾞﾝ" + body]
        elif form == "school":
            c["name_local"] = "学校法人" + sj + "学園"
            c["name_en"] = f"{se} Gakuen Educational Foundation"
            body = zengin(sk + "ガクエン")
            c["bank_names"] = ["ｶﾞｸ)" + body, body]
        elif form == "hosp":
            c["name_local"] = "医療法人" + sj + "会 " + sj + "病院"
            c["name_en"] = f"{se} Hospital (Medical Corporation {se}kai)"
            body = zengin(sk + "カイ")
            c["bank_names"] = ["ｲ)" + body, "ｲ)" + body + " " + zengin(sk + "ビョウイン")]
        else:  # iai
            c["name_local"] = "独立行政法人" + sj + "研究所"
            c["name_en"] = f"{se} Research Institute"
            body = zengin(sk + "ケンキュウジョ")
            c["bank_names"] = ["ﾄﾞｸ)" + body, body]
        c["kind"] = form
        c["short"] = sj
    elif cc == "KR":
        sh, se = stem
        kh, ke, form = kind
        if form == "corp":
            if R.random() < 0.5:
                c["name_local"] = f"(주){sh}{kh}"
            else:
                c["name_local"] = f"주식회사 {sh}{kh}"
            c["name_en"] = f"{se} {ke} Co., Ltd."
            c["bank_names"] = [f"(주){sh}{kh}"[:7], f"{sh}{kh}(주)", f"{se.upper()} {ke.upper()} CO LTD"]
        elif form == "univ":
            c["name_local"] = f"{sh}대학교 산학협력단"
            c["name_en"] = f"{se} University Industry-Academic Cooperation Foundation"
            c["bank_names"] = [f"{sh}대학교산학협력단"[:8], f"{sh}대산학협력단"]
        else:
            c["name_local"] = f"의료법인 {sh}의료재단 {sh}병원"
            c["name_en"] = f"{se} Hospital"
            c["bank_names"] = [f"{sh}의료재단"[:7], f"{sh}병원"]
        c["kind"] = form
        c["short"] = sh
    elif cc == "TW":
        st, se = stem
        kt, ke, form = kind
        if form == "corp":
            c["name_local"] = f"{st}{kt}股份有限公司"
            c["name_en"] = f"{se} {ke} Co., Ltd."
            c["bank_names"] = [f"{st}{kt}股份有限公司"[:9], f"{se.upper()} {ke.upper()} CO., LTD."[:24]]
        elif form == "ltd":
            c["name_local"] = f"{st}{kt}有限公司"
            c["name_en"] = f"{se} {ke} Ltd."
            c["bank_names"] = [f"{st}{kt}有限公司", f"{se.upper()} {ke.upper()} LTD"]
        elif form == "univ":
            c["name_local"] = f"國立{st}大學"
            c["name_en"] = f"National {se} University"
            c["bank_names"] = [f"國立{st}大學", f"國立{st}大學主計室"]
        else:
            c["name_local"] = f"財團法人{st}醫院"
            c["name_en"] = f"{se} Hospital"
            c["bank_names"] = [f"財團法人{st}醫院"[:8], f"{st}醫院"]
        c["kind"] = form
        c["short"] = st
        c["ubn"] = f"{R.randint(10000000, 99999999)}"
    else:
        kind_en, form = kind
        if form == "corp":
            c["name_local"] = f"{stem} {kind_en} Pte. Ltd."
        elif form == "univ":
            c["name_local"] = f"{stem} {kind_en}"
        else:
            c["name_local"] = f"{stem} {kind_en} Pte Ltd"
        c["name_en"] = c["name_local"]
        up = c["name_local"].upper().replace(".", "")
        c["bank_names"] = [up[:23], up[:35]]
        c["kind"] = form
        c["short"] = stem
        c["uen"] = f"{R.randint(2005, 2021)}{R.randint(10000, 99999)}{R.choice('CDEGHKMNRWZ')}"
    if cc == "SG":
        c["name"] = c["name_local"]
    else:
        c["name"] = f"{c['name_local']} / {c['name_en']}"
    return c


def build_customers():
    plan = {"JP": 110, "KR": 70, "TW": 60, "SG": 60}
    custs = []
    for cc, n in plan.items():
        if cc == "JP":
            combos = [(s, k) for s in JP_STEMS for k in JP_KINDS]
        elif cc == "KR":
            combos = [(s, k) for s in KR_STEMS for k in KR_KINDS]
        elif cc == "TW":
            combos = [(s, k) for s in TW_STEMS for k in TW_KINDS]
        else:
            combos = [(s, k) for s in SG_STEMS for k in SG_KINDS]
        R.shuffle(combos)
        seen_inst = set()
        picked = []
        for s, k in combos:
            form = k[-1]
            key = (s if isinstance(s, str) else s[0], form)
            # one university / hospital / institute per stem
            if form in ("univ", "hosp", "school", "iai") and key in seen_inst:
                continue
            seen_inst.add(key)
            picked.append((s, k))
            if len(picked) == n:
                break
        for s, k in picked:
            custs.append(make_customer(cc, s, k))
    return custs


# ---------------------------------------------------------------- invoices
INVOICES = []
SUPPLIER = {
    "JP": "株式会社ケストレルサイエンティフィック",
    "KR": "케스트렐사이언티픽코리아(유)",
    "TW": "台灣凱斯卓科學儀器股份有限公司",
    "SG": "Kestrel Scientific Asia Pte. Ltd.",
}
CCY_CC = {v: k for k, v in COUNTRY_CCY.items()}
D0 = date(2025, 10, 1)
D1 = date(2026, 2, 27)


def rand_issue(lo=D0, hi=D1):
    d = lo + timedelta(R.randint(0, (hi - lo).days))
    while d.weekday() >= 5:
        d -= timedelta(1)
    return d


def end_of_month(d):
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - timedelta(1)


def due_for(cc, issue):
    if cc == "JP":  # month-end closing, paid end of the following month
        return end_of_month(end_of_month(issue) + timedelta(1))
    if cc == "TW":  # 月結 60 天
        return end_of_month(issue) + timedelta(60)
    return issue + timedelta(30)


def rand_total(ccy, big=None):
    """(total) in hundredths, tax included"""
    if big is None:
        big = R.random() < 0.3
    if ccy == "JPY":
        sub = R.randint(60, 1500) * 10000 + R.choice([0, 0, R.randint(1, 99) * 100]) if big \
            else R.randint(300, 40000) * 10
        return (sub + sub // 10) * 100
    if ccy == "KRW":
        sub = R.randint(5, 150) * 1000000 + R.randint(0, 999) * 1000 if big \
            else R.randint(50, 8000) * 1000 + R.choice([0, 0, R.randint(1, 999)])
        return (sub + sub // 10) * 100
    if ccy == "TWD":
        sub = R.randint(10, 300) * 10000 + R.randint(0, 99) * 100 if big else R.randint(100, 40000) * 10
        return (sub + (sub * 5 + 50) // 100) * 100
    sub = R.randint(500000, 9000000) if big else R.randint(8000, 900000)
    return sub + (sub * 9 + 50) // 100


def new_inv(cust, total=None, issue=None, ccy=None, big=None, balance=None, block=None, gap=False,
            claimed=True):
    ccy = ccy or cust["ccy"]
    issue = issue or rand_issue()
    total = total if total is not None else rand_total(ccy, big)
    inv = {
        "id": hexid("in_", 10), "number": None, "customer_id": cust["id"],
        "customer_name": cust["name"], "currency": ccy, "total": total,
        "balance": total if balance is None else balance, "issue_date": issue,
        "due_date": due_for(CCY_CC[ccy], issue), "_block": block if block is not None else R.random(),
        "_gap": gap, "_claimed": claimed,
    }
    inv["bal"] = inv["balance"]
    INVOICES.append(inv)
    cust.setdefault("invs", []).append(inv)
    return inv


def number_invoices():
    order = sorted(range(len(INVOICES)), key=lambda i: (INVOICES[i]["issue_date"], INVOICES[i]["_block"], i))
    seq = 10000
    for i in order:
        inv = INVOICES[i]
        seq += 1
        if inv["_gap"] or R.random() < 0.06:
            seq += 1
        inv["seq"] = seq
        inv["number"] = f"{CCY_CC[inv['currency']]}{inv['issue_date'].year % 100}-{seq}"


def background(custs):
    for c in custs:
        n = R.randint(2, 4) + (1 if c["kind"] in ("univ", "hosp", "school", "iai") else 0)
        for _ in range(n):
            inv = new_inv(c, claimed=False)
            if R.random() < 0.06:  # already part-paid before the snapshot
                inv["balance"] = inv["bal"] = inv["total"] - (inv["total"] // 3 // 1000) * 1000


# ---------------------------------------------------------------- text helpers
def money(ccy, c, style=None):
    style = style if style is not None else R.randint(0, 1)
    if ccy == "JPY":
        return f"¥{grp(c, False)}" if style == 0 else f"{grp(c, False)}円"
    if ccy == "KRW":
        return f"₩{grp(c, False)}" if style == 0 else f"{grp(c, False)}원"
    if ccy == "TWD":
        return f"NT${grp(c, False)}" if style == 0 else f"{grp(c, False)}元"
    return f"SGD {grp(c, True)}" if style == 0 else f"S${grp(c, True)}"


def num_tok(inv, style=None):
    n = inv["number"]
    cc, rest = n[:2], n[2:]
    yy, seq = rest.split("-")
    style = R.randint(0, 4) if style is None else style
    return [n, cc + yy + seq, seq, "INV" + seq, f"{cc}{yy}{seq}"][style]


def payer(cust, variant=None):
    names = cust["bank_names"]
    return names[0] if variant is None and R.random() < 0.7 else names[variant or R.randint(0, len(names) - 1)]


def pv_no():
    return f"PV{R.randint(26, 26)}-{R.randint(100, 999)}{R.randint(0, 9)}"


def po_no():
    return f"45000{R.randint(10000, 99999)}"


def single_ref(cust, inv, ccy):
    """bank reference text naming one invoice, or None when it goes elsewhere"""
    cc = CCY_CC[ccy]
    if cc == "JP":
        return R.choice([None, lambda: num_tok(inv), lambda: "ｾｲｷﾕｳ " + num_tok(inv, R.choice([0, 2])),
                         lambda: "ｾｲｷﾕｳｼﾖ" + num_tok(inv, 2)])
    if cc == "KR":
        return R.choice([lambda: f"{num_tok(inv)} 대금", lambda: f"세금계산서 {num_tok(inv, R.choice([0, 1]))}",
                         lambda: f"{cust['short']} {num_tok(inv, 2)}", lambda: num_tok(inv, 1)])
    if cc == "TW":
        return R.choice([lambda: f"貨款 {num_tok(inv)}", lambda: f"請款單{num_tok(inv, R.choice([0, 1]))}",
                         lambda: f"{cust['ubn']} {num_tok(inv, 2)}", lambda: f"INV {num_tok(inv, 1)}"])
    return R.choice([lambda: f"GIRO {num_tok(inv)}", lambda: f"PAYNOW UEN{cust['uen']} {num_tok(inv, 1)}",
                     lambda: f"IBG {pv_no()} INV {num_tok(inv, R.choice([0, 2]))}",
                     lambda: f"FAST {num_tok(inv, 3)} {cust['short'].upper()}"])


def remit_lines(ccy, rows, cust, extra_lines=(), total=None):
    """rows: list of (inv, amount); returns a closure producing a remittance advice"""
    cc = CCY_CC[ccy]
    pv = pv_no()

    def f():
        tot = total if total is not None else sum(a for _, a in rows)
        if cc == "JP":
            head = [f"支払通知書  {cust['name_local']}", f"{SUPPLIER['JP']} 御中", "下記の通りお振込いたします。",
                    "請求書番号        請求日        お支払額"]
            body = [f"{i['number']}    {i['issue_date']:%Y/%m/%d}    {money(ccy, a, 0)}" for i, a in rows]
            tail = [f"合計  {money(ccy, tot, 0)}"]
        elif cc == "KR":
            head = [f"[지급통보] {cust['name_local']}", f"수신: {SUPPLIER['KR']}", "아래와 같이 송금하였습니다.",
                    "세금계산서번호 | 작성일자 | 지급액"]
            body = [f"{i['number']} | {i['issue_date']:%Y-%m-%d} | {money(ccy, a, 1)}" for i, a in rows]
            tail = [f"합계 {money(ccy, tot, 1)}"]
        elif cc == "TW":
            head = [f"付款通知書 {cust['name_local']}", f"受款人：{SUPPLIER['TW']}", "請款單號　　　日期　　　金額"]
            body = [f"{i['number']}　{i['issue_date'].year - 1911}/{i['issue_date']:%m/%d}　{money(ccy, a, 0)}"
                    for i, a in rows]
            tail = [f"合計 {money(ccy, tot, 0)}"]
        else:
            head = ["PAYMENT ADVICE", f"From: {cust['name_local']} (UEN {cust.get('uen', '-')})",
                    f"To: {SUPPLIER['SG']}", f"Voucher No: {pv}", "Invoice No.      Inv Date      Amount (SGD)"]
            body = [f"{i['number']}      {i['issue_date']:%d/%m/%Y}    {grp(a, True)}" for i, a in rows]
            tail = [f"Total paid: SGD {grp(tot, True)}"]
        return "\n".join(head + body + list(extra_lines) + tail)
    return f


GENERIC_REF = {
    "JP": [None, None, "ﾌﾘｺﾐ", "ｼﾊﾗｲ", "ﾀﾞｲｷﾝ"],
    "KR": [None, "입금", "대금결제", "물품대금", "송금"],
    "TW": [None, "貨款", "轉帳", "ATM轉帳", "匯款"],
    "SG": [None, "GIRO PAYMENT", "PAYNOW", "IBG CREDIT", "FAST PAYMENT"],
}


def generic_ref(cust):
    g = R.choice(GENERIC_REF[cust["cc"]])
    if cust["cc"] == "SG" and g and R.random() < 0.5:
        g += f" UEN{cust['uen']}"
    if cust["cc"] == "TW" and g and R.random() < 0.3:
        g += f" 統編{cust['ubn']}"
    return g


# ---------------------------------------------------------------- payments and labels
CUSTS = []
GROUPS = []  # list of lists of (payment, label); items after the first come later in the file


def pick(cc=None, kinds=None, fresh=False):
    while True:
        if cc is None:
            c0 = R.choices(["JP", "KR", "TW", "SG"], [40, 22, 19, 19])[0]
        else:
            c0 = cc
        pool = [c for c in CUSTS if c["cc"] == c0 and not c.get("locked")
                and (kinds is None or c["kind"] in kinds)
                and (not fresh or not any(i["_claimed"] for i in c.get("invs", [])))]
        if pool:
            return R.choice(pool)


def pay(cust, amount, ccy=None, cid=True, payer_name=None, reference=None, remittance=None):
    return {
        "id": hexid("pm_", 12), "date": None, "amount": amount, "currency": ccy or cust["ccy"],
        "payer_name": payer_name if payer_name is not None else payer(cust),
        "customer_id": cust["id"] if cid else None, "reference": reference, "remittance": remittance,
    }


def label(p, status, apps=(), short=None, cands=(), reason="", scen="", note=""):
    tot = 0
    out = []
    for inv, a in apps:
        assert inv["currency"] == p["currency"]
        inv["bal"] -= a
        assert inv["bal"] >= 0 and a > 0, (scen, inv["id"])
        tot += a
        out.append({"invoice_id": inv["id"], "amount": fmt(a)})
    un = p["amount"] - tot
    assert un >= 0
    sp = None
    if short:
        sp = {"invoice_id": short[0]["id"], "amount": fmt(short[1]), "reason": short[2]}
    return {
        "payment_id": p["id"], "status": status, "applications": out, "unapplied": fmt(un),
        "short_pay": sp, "candidates": [{"invoice_ids": [i["id"] for i in s]} for s in cands],
        "reason": reason, "scenario": scen, "note": note,
    }


def add(*pairs):
    GROUPS.append(list(pairs))


def ref_or_elsewhere(c, inv, p):
    """fill reference / payer-name prefix / remittance naming one invoice"""
    r = single_ref(c, inv, p["currency"])
    if r is not None:
        p["reference"] = r
        if R.random() < 0.25:
            p["remittance"] = remit_lines(p["currency"], [(inv, p["amount"])], c)
        return "reference"
    if R.random() < 0.5:
        base = p["payer_name"]
        p["payer_name"] = lambda: num_tok(inv, 2) + base
        return "number in front of the zengin payer name"
    p["remittance"] = remit_lines(p["currency"], [(inv, inv["bal"])], c)
    return "remittance advice"


def sc_exact_ref():
    c = pick()
    inv = new_inv(c)
    if R.random() < 0.1:
        inv["balance"] = inv["bal"] = inv["total"] - (inv["total"] // 2 // 10000) * 10000
    p = pay(c, inv["bal"], cid=R.random() < 0.8)
    where = ref_or_elsewhere(c, inv, p)
    add((p, label(p, "applied", [(inv, inv["bal"])], reason="invoice number and exact balance",
                  scen="exact_ref", note=f"[{c['cc']}] invoice named in {where}; amount = open balance")))


def sc_fee_deducted():
    cc = R.choice(["JP"] * 3 + ["TW"])
    c = pick(cc)
    inv = new_inv(c)
    fee = (R.choice([440, 660, 770, 880, 550, 330]) if cc == "JP" else R.choice([15, 30])) * 100
    p = pay(c, inv["bal"] - fee)
    mention = R.random() < 0.5
    if mention:
        line = f"振込手数料 -{money('JPY', fee, 0)} (貴社ご負担分)" if cc == "JP" else f"匯費 {grp(fee, False)} 元已扣除"
        p["remittance"] = remit_lines(p["currency"], [(inv, inv["bal"])], c, [line], total=p["amount"])
        p["reference"] = single_ref(c, inv, p["currency"]) if cc == "TW" else None
    else:
        ref_or_elsewhere(c, inv, p)
        if p["remittance"] is not None and cc == "JP":
            p["remittance"] = remit_lines("JPY", [(inv, inv["bal"] - fee)], c)
        elif p["remittance"] is not None:
            p["remittance"] = remit_lines("TWD", [(inv, inv["bal"] - fee)], c)
    add((p, label(p, "partial", [(inv, inv["bal"] - fee)], short=(inv, fee, "bank transfer fee deducted"),
                  reason="invoice named; short by a standard transfer fee",
                  scen="fee_deducted", note=f"[{cc}] fee {grp(fee, False)} {'stated' if mention else 'not stated'}")))


def sc_amount_only():
    c = pick()
    inv = new_inv(c)
    p = pay(c, inv["bal"], reference=generic_ref(c))
    add((p, label(p, "applied", [(inv, inv["bal"])], reason="known customer; only open invoice with this amount",
                  scen="amount_only", note=f"[{c['cc']}] customer id from the bank; no invoice number")))


def sc_name_only():
    c = pick()
    inv = new_inv(c)
    p = pay(c, inv["bal"], cid=False, payer_name=payer(c, R.randint(0, len(c["bank_names"]) - 1)),
            reference=generic_ref(c))
    for o in CUSTS:  # the bank name must point at one customer only
        assert o is c or not any(b.startswith(p["payer_name"]) or p["payer_name"].startswith(b)
                                 for b in o["bank_names"]), p["payer_name"]
    add((p, label(p, "applied", [(inv, inv["bal"])], reason="payer name identifies the customer; exact amount",
                  scen="name_only", note=f"[{c['cc']}] no customer id: bank payer name only")))


def list_ref(c, invs, summary_ok=True):
    cc = c["cc"]

    def f():
        first = invs[0]
        k = len(invs) - 1
        s = R.randint(0 if summary_ok else 1, 3)
        if s == 0:
            return {"JP": f"{num_tok(first, 2)}ﾎｶ{k}ｹﾝ", "KR": f"{first['number']} 외 {k}건",
                    "TW": f"{first['number']}等{k + 1}筆", "SG": f"INV {first['number']} +{k} OTHERS"}[cc]
        if s == 1:
            return "/".join(num_tok(i, 2) for i in invs)
        if s == 2:
            return ",".join(num_tok(i, 1) for i in invs)
        return " ".join(i["number"] for i in invs)
    return f


def sc_multi_list():
    c = pick()
    n = R.choice([2, 2, 3, 3, 4, 5, 6])
    invs = sorted([new_inv(c) for _ in range(n)], key=lambda i: i["issue_date"])
    if R.random() < 0.15:
        invs[0]["balance"] = invs[0]["bal"] = invs[0]["total"] - (invs[0]["total"] // 4 // 10000) * 10000
    rows = [(i, i["bal"]) for i in invs]
    amt = sum(a for _, a in rows)
    p = pay(c, amt, cid=R.random() < 0.85)
    mode = R.random()
    if mode < 0.45:
        p["remittance"] = remit_lines(p["currency"], rows, c)
        p["reference"] = list_ref(c, invs) if R.random() < 0.5 else generic_ref(c)
    else:
        p["reference"] = list_ref(c, invs, summary_ok=False)
        if c["cc"] == "JP" and R.random() < 0.5:
            p["remittance"] = remit_lines(p["currency"], rows, c)
    add((p, label(p, "applied", rows, reason=f"{n} invoices listed; amounts add up",
                  scen="multi_list", note=f"[{c['cc']}] lump for {n} listed invoices")))


def sc_range():
    c = pick()
    n = R.randint(3, 5)
    day = rand_issue()
    blk = R.random()
    gap_at = R.randint(1, n - 1) if R.random() < 0.4 else None
    invs = [new_inv(c, issue=day, block=blk, gap=(k == gap_at)) for k in range(n)]
    rows = [(i, i["bal"]) for i in invs]
    p = pay(c, sum(a for _, a in rows), cid=R.random() < 0.85)
    cc = c["cc"]

    def ref():
        a, b = invs[0], invs[-1]
        sa, sb = a["seq"], b["seq"]
        return {"JP": R.choice([f"{a['number']}〜{sb}", f"ｾｲｷﾕｳ{sa}-{sb}"]),
                "KR": R.choice([f"{a['number']}~{b['number']}", f"세금계산서 {sa}~{sb}"]),
                "TW": R.choice([f"{a['number']}至{b['number']}", f"請款單{sa}-{sb}"]),
                "SG": R.choice([f"INV {a['number']} TO {sb}", f"GIRO {sa}-{sb}"])}[cc]
    p["reference"] = ref
    note = f"[{cc}] range of {n} consecutive numbers"
    if gap_at is not None:
        note += "; one number inside the range is not in the ledger (skipped/cancelled)"
    add((p, label(p, "applied", rows, reason="invoice range; amounts add up", scen="range", note=note)))


def sc_quarterly():
    cc = R.choice(["JP", "JP", "KR", "TW", "SG"])
    while True:
        c = pick(cc, kinds=("univ", "hosp", "school", "iai"))
        if not any(i["_claimed"] and i["issue_date"] < date(2026, 1, 1) for i in c.get("invs", [])):
            break
    for i in c.get("invs", []):  # keep the quarter clean: older background invoices move to January
        if i["issue_date"] < date(2026, 1, 1):
            i["issue_date"] = date(2026, 1, R.randint(5, 30))
            i["due_date"] = due_for(CCY_CC[i["currency"]], i["issue_date"])
    c["locked"] = True
    months = [(2025, 10), (2025, 11), (2025, 12)]
    invs = []
    for y, m in months:
        invs.append(new_inv(c, issue=date(y, m, R.randint(5, 27)), big=False))
    new_inv(c, issue=date(2026, 1, R.randint(5, 27)), big=False)  # January stays open
    rows = [(i, i["bal"]) for i in invs]
    p = pay(c, sum(a for _, a in rows))
    txt = {"JP": "2025年10月～12月分 消耗品代金として", "KR": "4분기(10~12월) 소모품 대금",
           "TW": "114年第4季(10-12月)耗材貨款", "SG": "Q4 2025 (Oct-Dec) consumables"}[cc]
    p["reference"] = {"JP": "ｼﾖｳﾓｳﾋﾝ 10-12ｶﾞﾂﾌﾞﾝ", "KR": "4분기 소모품", "TW": "第4季貨款",
                      "SG": "GIRO Q4 2025 CONSUMABLES"}[cc]
    p["remittance"] = txt if R.random() < 0.5 else None
    add((p, label(p, "applied", rows, reason="quarter's invoices (Oct-Dec) add up to the payment",
                  scen="quarterly", note=f"[{cc}] quarterly lump, January invoice left open")))


def sc_statement():
    c = pick(fresh=True)
    invs = sorted(c.get("invs", []), key=lambda i: i["issue_date"])
    for i in invs:
        i["_claimed"] = True
    c["locked"] = True
    rows = [(i, i["bal"]) for i in invs]
    p = pay(c, sum(a for _, a in rows))
    p["reference"] = {"JP": "ｻﾞﾝﾀﾞｶｲﾂｶﾂ", "KR": "미지급금 전액", "TW": "結清全部貨款",
                      "SG": "FULL SETTLEMENT SOA"}[c["cc"]]
    add((p, label(p, "applied", rows, reason="pays every open invoice of the customer",
                  scen="statement", note=f"[{c['cc']}] whole statement balance, {len(rows)} invoices")))


def sc_lump_fee():
    c = pick("JP")
    n = R.randint(2, 4)
    invs = sorted([new_inv(c) for _ in range(n)], key=lambda i: i["issue_date"])
    fee = R.choice([440, 660, 770, 880]) * 100
    rows = [(i, i["bal"]) for i in invs]
    amt = sum(a for _, a in rows) - fee
    p = pay(c, amt)
    p["remittance"] = remit_lines("JPY", rows, c, [f"振込手数料  -{money('JPY', fee, 0)}"], total=amt)
    p["reference"] = list_ref(c, invs) if R.random() < 0.4 else None
    last = invs[-1]
    apps = rows[:-1] + [(last, last["bal"] - fee)]
    add((p, label(p, "partial", apps, short=(last, fee, "bank transfer fee deducted"),
                  reason="listed invoices; transfer fee deducted, short left on the newest invoice",
                  scen="lump_fee", note=f"[JP] {n} invoices minus fee {grp(fee, False)}")))


def sc_tax_rounding():
    cc = R.choice(["JP", "JP", "KR", "KR", "TW", "SG"])
    c = pick(cc)
    inv = new_inv(c)
    if cc == "KR":
        while (inv["bal"] // 100) % 10 == 0:
            inv["total"] = inv["balance"] = inv["bal"] = inv["bal"] + R.randint(1, 9) * 100
        short = ((inv["bal"] // 100) % 10) * 100
        line, why = f"원단위 절사 -{short // 100}원", "VAT won-unit truncation"
    elif cc == "JP":
        short = R.randint(1, 4) * 100
        line, why = f"消費税端数調整 ▲{short // 100}円 (明細毎切捨て)", "consumption tax rounding"
    elif cc == "TW":
        short = R.randint(1, 2) * 100
        line, why = f"營業稅尾差 -{short // 100}元", "business tax rounding"
    else:
        short = R.randint(1, 2)
        line, why = f"Less GST rounding difference (0.{short:02d})", "GST rounding"
    p = pay(c, inv["bal"] - short)
    p["remittance"] = remit_lines(p["currency"], [(inv, inv["bal"] - short)], c, [line])
    p["reference"] = single_ref(c, inv, p["currency"]) if R.random() < 0.6 else None
    add((p, label(p, "partial", [(inv, inv["bal"] - short)], short=(inv, short, why),
                  reason=f"short pay: {why}", scen="tax_rounding", note=f"[{cc}] {line}")))


DEDUCT = {
    "JP": [("破損品返品分 差引", "damaged goods returned"), ("見積単価との差額 差引", "price difference vs quotation"),
           ("未納品分 差引 (納品書No.{d})", "items not delivered")],
    "KR": [("파손품 반품 공제", "damaged goods returned"), ("견적 단가 차이 공제", "price difference vs quotation"),
           ("미납품 수량 공제 (거래명세서 {d})", "items not delivered")],
    "TW": [("瑕疵品退貨扣款", "damaged goods returned"), ("報價單價差額扣除", "price difference vs quotation"),
           ("短交數量扣款 (出貨單{d})", "items not delivered")],
    "SG": [("Less: 2 cartons pipette tips returned (damaged)", "damaged goods returned"),
           ("Less: price difference per quotation Q-{d}", "price difference vs quotation"),
           ("Less: short delivery DO {d}", "items not delivered")],
}


def sc_deduction():
    c = pick()
    inv = new_inv(c, big=False)
    while inv["bal"] < 5000 * (100 if c["cc"] != "SG" else 1):
        inv = new_inv(c, big=False)
    q = 100 if c["cc"] in ("JP", "KR", "TW") else 1
    unit = {"JP": 1000, "KR": 10000, "TW": 100, "SG": 10}[c["cc"]] * q
    short = max(unit, (inv["bal"] * R.randint(8, 30) // 100) // unit * unit)
    tmpl, why = R.choice(DEDUCT[c["cc"]])
    line = tmpl.format(d=R.randint(20000, 29999)) + f" -{money(p_ccy := c['ccy'], short, 0)}"
    p = pay(c, inv["bal"] - short)
    p["remittance"] = remit_lines(p_ccy, [(inv, inv["bal"])], c, [line], total=p["amount"])
    p["reference"] = single_ref(c, inv, p_ccy) if R.random() < 0.5 else generic_ref(c)
    add((p, label(p, "partial", [(inv, inv["bal"] - short)], short=(inv, short, why),
                  reason=f"short pay with stated reason: {why}", scen="deduction", note=f"[{c['cc']}] {line}")))


def sc_part_payment(with_rest=True):
    c = pick()
    inv = new_inv(c, big=True)
    q = 100 if c["cc"] != "SG" else 1
    unit = {"JP": 10000, "KR": 100000, "TW": 1000, "SG": 100}[c["cc"]] * q
    num, den = R.choice([(1, 2), (1, 2), (1, 3), (2, 3), (1, 4)])
    first = inv["bal"] * num // den // unit * unit
    txt1 = {"JP": "分割払い 第1回 (残額は翌月末までにお支払いします)", "KR": "1차 분할 납부 (잔금은 다음 달 지급 예정)",
            "TW": "第一期款 (餘款下月支付)", "SG": "Part payment 1 of 2, balance to follow next month"}[c["cc"]]
    p1 = pay(c, first)
    p1["remittance"] = remit_lines(c["ccy"], [(inv, first)], c, [txt1])
    p1["reference"] = single_ref(c, inv, c["ccy"])
    l1 = label(p1, "partial", [(inv, first)], reason="stated part payment of the named invoice",
               scen="part_payment", note=f"[{c['cc']}] instalment 1; invoice stays open, no deduction")
    if not with_rest:
        add((p1, l1))
        return
    rest = inv["bal"]
    p2 = pay(c, rest)
    p2["reference"] = single_ref(c, inv, c["ccy"])
    if p2["reference"] is None:
        p2["reference"] = lambda: "ｻﾞﾝｷﾝ " + num_tok(inv, 2)
    p2["remittance"] = {"JP": "分割払い 第2回 (残額)", "KR": "2차 잔금", "TW": "第二期餘款",
                        "SG": "Part payment 2 of 2 (balance)"}[c["cc"]] if R.random() < 0.6 else None
    l2 = label(p2, "applied", [(inv, rest)], reason="remaining balance after an earlier part payment",
               scen="part_payment_rest", note=f"[{c['cc']}] instalment 2 closes the invoice")
    add((p1, l1), (p2, l2))


def sc_overpayment():
    c = pick()
    inv = new_inv(c)
    kind = R.choice(["advance", "double", "odd"])
    q = 100 if c["cc"] != "SG" else 1
    if kind == "double":
        extra = inv["bal"]
        note = "customer sent the invoice amount twice in one transfer"
    elif kind == "advance":
        extra = rand_total(c["ccy"], big=False)
        note = "includes an advance for a new order"
    else:
        extra = R.randint(1, 50) * {"JP": 1000, "KR": 10000, "TW": 100, "SG": 100}[c["cc"]] * q // (1 if q == 100 else 1)
        note = "pays more than the balance without saying why"
    p = pay(c, inv["bal"] + extra)
    p["reference"] = single_ref(c, inv, c["ccy"])
    if p["reference"] is None:
        p["reference"] = lambda: num_tok(inv, 0)
    if kind == "advance":
        p["remittance"] = remit_lines(c["ccy"], [(inv, inv["bal"])], c,
                                      [{"JP": f"前払金 注文書 PO{po_no()}", "KR": f"선급금 PO{po_no()}",
                                        "TW": f"預付款 訂單 PO{po_no()}",
                                        "SG": f"Deposit for PO {po_no()}"}[c["cc"]] + " " + money(c["ccy"], extra, 0)],
                                      total=p["amount"])
    add((p, label(p, "unapplied", [(inv, inv["bal"])], reason="invoice paid in full; remainder held on account",
                  scen="overpayment", note=f"[{c['cc']}] {note}")))


def sc_duplicate():
    c = pick()
    inv = new_inv(c)
    p1 = pay(c, inv["bal"])
    p1["reference"] = single_ref(c, inv, c["ccy"]) or (lambda: num_tok(inv, 0))
    l1 = label(p1, "applied", [(inv, inv["bal"])], reason="invoice number and exact balance",
               scen="exact_ref", note=f"[{c['cc']}] first of a duplicated transfer")
    p2 = dict(p1)
    p2["id"] = hexid("pm_", 12)
    p2["_copy_of"] = p1
    l2 = label(p2, "unapplied", [], reason="invoice already paid by an earlier payment; held on account",
               scen="duplicate_payment", note=f"[{c['cc']}] same amount and reference sent again")
    add((p1, l1), (p2, l2))


def sc_nofit():
    c = pick()
    amt = rand_total(c["ccy"], big=False)
    p = pay(c, amt)
    r = R.random()
    if r < 0.5:
        p["remittance"] = {"JP": f"前払金 注文書番号 {po_no()} ご入金", "KR": f"선급금 (발주번호 {po_no()})",
                           "TW": f"預付訂金 訂單號碼 {po_no()}", "SG": f"Advance payment for PO {po_no()}"}[c["cc"]]
    p["reference"] = generic_ref(c)
    add((p, label(p, "unapplied", [], reason="known customer; amount fits no open invoice",
                  scen="no_fit", note=f"[{c['cc']}] {'advance payment' if r < 0.5 else 'unexplained amount'}")))


def sc_third_party():
    cc = R.choice(["JP", "KR", "TW", "SG"])
    a = pick(cc)
    b = pick(cc)
    while b is a:
        b = pick(cc)
    inv = new_inv(b)
    p = pay(a, inv["bal"])
    p["reference"] = lambda: num_tok(inv, 0)
    p["remittance"] = {"JP": f"{b['name_local']} 様分 立替払い", "KR": f"{b['name_local']} 건 대납",
                       "TW": f"代{b['name_local']}付款", "SG": f"Paid on behalf of {b['name_local']}"}[cc]
    add((p, label(p, "applied", [(inv, inv["bal"])], reason="third party pays the named invoice, exact amount, says so",
                  scen="third_party", note=f"[{cc}] payer is another customer; invoice number and amount exact")))


def sc_po_trap():
    c = pick()
    inv = new_inv(c)
    other = R.choice([i for i in INVOICES if i["customer_id"] != c["id"] and not i["_claimed"]])
    p = pay(c, inv["bal"])
    cc = c["cc"]

    def ref():
        s = other["seq"]
        return {"JP": f"ﾁﾕｳﾓﾝ {s}", "KR": f"발주번호 {s}", "TW": f"訂單{s}", "SG": f"PO {s}"}[cc]
    p["reference"] = ref
    p["remittance"] = (lambda: {"JP": f"注文書番号 {other['seq']} の代金をお振込いたします。",
                                "KR": f"발주번호 {other['seq']} 물품대금 송금", "TW": f"訂單編號 {other['seq']} 貨款",
                                "SG": f"Payment for our PO {other['seq']}"}[cc]) if R.random() < 0.5 else None
    p["_trap_inv"] = other
    add((p, label(p, "applied", [(inv, inv["bal"])], reason="number is the customer's PO; amount fits one invoice",
                  scen="po_trap", note=f"[{cc}] PO number equals another customer's invoice digits")))


def sc_amount_trap():
    cc = R.choice(["JP", "TW"])
    c = pick(cc)
    if cc == "JP":
        total = (lambda s: (s + s // 10) * 100)(R.randrange(9300, 10400, 10))
    else:
        total = (lambda s: (s + (s * 5 + 50) // 100) * 100)(R.randrange(9700, 10900, 10))
    inv = new_inv(c, total=total)
    p = pay(c, inv["bal"])
    v = inv["bal"] // 100
    p["reference"] = f"ｼﾊﾗｲｶﾞｸ {v}" if cc == "JP" else f"貨款 {v}"
    add((p, label(p, "applied", [(inv, inv["bal"])], reason="amount fits one invoice; the number in the text is the amount",
                  scen="amount_trap", note=f"[{cc}] reference repeats the amount {v}, which looks like an invoice number")))


def sc_review_subsets():
    c = pick()
    a = new_inv(c, big=False)
    b = new_inv(c, big=False)
    cinv = new_inv(c, total=a["bal"] + b["bal"])
    p = pay(c, cinv["bal"], reference=generic_ref(c))
    add((p, label(p, "review", cands=[[cinv], [a, b]],
                  reason="amount equals one invoice and also the sum of two others",
                  scen="review_two_readings", note=f"[{c['cc']}] single invoice ranked before the pair")))


def sc_review_ref_conflict():
    c = pick()
    day = rand_issue()
    blk = R.random()
    x = new_inv(c, issue=day, block=blk)
    y = new_inv(c, issue=day, block=blk)
    p = pay(c, y["bal"])
    cc = c["cc"]
    p["reference"] = lambda: {"JP": num_tok(x, 2), "KR": f"{x['number']} 대금", "TW": f"請款單{x['number']}",
                              "SG": f"GIRO {x['number']}"}[cc]
    add((p, label(p, "review", cands=[[y], [x]],
                  reason="reference names one invoice but the amount is exactly the next one's balance",
                  scen="review_ref_vs_amount",
                  note=f"[{cc}] consecutive numbers, likely a one-digit slip; exact amount ranked first")))


def sc_review_twins():
    c = pick()
    total = rand_total(c["ccy"], big=False)
    a = new_inv(c, total=total, issue=rand_issue(date(2025, 11, 1), date(2025, 12, 20)))
    b = new_inv(c, total=total, issue=rand_issue(date(2026, 1, 5), date(2026, 2, 20)))
    p = pay(c, total)
    p["reference"] = {"JP": zengin("ホシュリョウ"), "KR": "유지보수료", "TW": "保養合約費",
                      "SG": "SERVICE CONTRACT"}[c["cc"]] if R.random() < 0.6 else generic_ref(c)
    add((p, label(p, "review", cands=[[a], [b]], reason="two open invoices with the same amount, none named",
                  scen="review_twins", note=f"[{c['cc']}] monthly service fee billed twice; oldest ranked first")))


PERSONS = {"JP": ["ｻﾄｳ ﾋﾛｼ", "ﾀｶﾊｼ ﾐﾎ", "ﾜﾀﾅﾍﾞ ｹﾝｼﾞ"], "KR": ["김민준", "이서연", "박지훈"],
           "TW": ["陳志明", "林怡君", "黃建宏"], "SG": ["TAN WEI MING", "LIM HUI LING", "NG KAH SENG"]}


def sc_review_unknown(match=True):
    cc = R.choice(["JP", "JP", "KR", "TW", "SG"])
    c = pick(cc, kinds=("univ", "hosp", "school", "iai"))
    if match:
        inv = new_inv(c, big=False)
        amt = inv["bal"]
    else:
        amt = rand_total(c["ccy"], big=False)
    p = pay(c, amt, cid=False, payer_name=R.choice(PERSONS[cc]), reference=None)
    if match:
        lb = label(p, "review", cands=[[inv]], reason="payer not identified; amount fits one invoice",
                   scen="review_unknown_payer", note=f"[{cc}] a person (researcher) pays; name is no customer")
    else:
        lb = label(p, "review", reason="payer not identified; amount fits nothing",
                   scen="review_unknown_payer", note=f"[{cc}] unknown person, no candidates")
    add((p, lb))


def sc_review_two_customers():
    # two customers of one country sharing a name stem
    while True:
        cc = R.choice(["JP", "KR", "TW", "SG"])
        pool = [c for c in CUSTS if c["cc"] == cc and not c.get("locked")]
        by = {}
        for c in pool:
            by.setdefault(c["short"], []).append(c)
        pairs = [v for v in by.values() if len(v) >= 2]
        if pairs:
            c1, c2 = R.sample(R.choice(pairs), 2)
            break
    total = rand_total(c1["ccy"], big=False)
    i1 = new_inv(c1, total=total)
    i2 = new_inv(c2, total=total)
    short = c1["short"]
    pn = {"JP": None, "KR": f"(주){short}", "TW": short, "SG": short.upper()}[cc]
    if cc == "JP":
        kana = {s[0]: s[1] for s in JP_STEMS}[short]
        pn = zengin(kana)
    p = pay(c1, total, cid=False, payer_name=pn, reference=None)
    first, second = sorted([i1, i2], key=lambda i: (i["due_date"], i["id"]))
    add((p, label(p, "review", cands=[[first], [second]],
                  reason="short payer name fits two customers, each with an invoice of this amount",
                  scen="review_two_customers", note=f"[{cc}] '{pn}' fits {c1['name_local']} and {c2['name_local']}")))


def sc_review_cross_ccy():
    cc = R.choice(["SG", "TW"])
    c = pick(cc)
    inv = new_inv(c, ccy="JPY", big=True)
    yen = inv["bal"] // 100
    if cc == "SG":
        amt = yen * 885 // 1000  # SGD cents at 0.00885
        fx = "0.00885"
    else:
        amt = yen * 21 * 100 // 100  # TWD at 0.21, whole dollars in hundredths
        amt = amt // 100 * 100
        fx = "0.21"
    p = pay(c, amt)
    p["reference"] = lambda: num_tok(inv, 0)
    p["remittance"] = lambda: (f"Invoice {inv['number']} JPY {grp(inv['bal'], False)} settled in {c['ccy']} "
                               f"at {fx}")
    add((p, label(p, "review", reason="names a JPY invoice but pays in another currency",
                  scen="review_cross_currency", note=f"[{cc}] never apply across currencies; no same-currency candidate")))


# ---------------------------------------------------------------- assembly
PLAN = [
    (sc_exact_ref, 85), (sc_fee_deducted, 22), (sc_amount_only, 48), (sc_name_only, 15),
    (sc_multi_list, 40), (sc_range, 10), (sc_quarterly, 8), (sc_statement, 8), (sc_lump_fee, 8),
    (sc_tax_rounding, 12), (sc_deduction, 12), (sc_part_payment, 12),
    (lambda: sc_part_payment(False), 4), (sc_overpayment, 12), (sc_duplicate, 8), (sc_nofit, 10),
    (sc_third_party, 4), (sc_po_trap, 8), (sc_amount_trap, 5), (sc_review_subsets, 8),
    (sc_review_ref_conflict, 8), (sc_review_twins, 8), (sc_review_unknown, 4),
    (lambda: sc_review_unknown(False), 2), (sc_review_two_customers, 5), (sc_review_cross_ccy, 4),
]


def order_groups():
    R.shuffle(GROUPS)
    out, pending = [], []
    for g in GROUPS:
        out.append(g[0])
        for item in g[1:]:
            pending.append((len(out) + R.randint(8, 80), item))
        ready = [x for x in pending if x[0] <= len(out)]
        for x in ready:
            pending.remove(x)
            out.append(x[1])
    out.extend(x[1] for x in sorted(pending, key=lambda x: x[0]))
    return out


def resolve(p):
    if "_copy_of" in p:
        src = p.pop("_copy_of")
        for k in ("payer_name", "reference", "remittance"):
            p[k] = src[k]
    for k in ("payer_name", "reference", "remittance"):
        if callable(p[k]):
            p[k] = p[k]()
            if callable(p[k]):  # single_ref returns a chooser of lambdas
                p[k] = p[k]()


def error_rows(rows):
    """insert ~10 bad-input payments; returns the new list"""
    def known(cc):
        return pick(cc)
    errs = []
    c = known("JP")
    errs.append((pay(c, -R.randint(30, 900) * 10000, reference="ﾍﾝｷﾝ"), "negative amount"))
    c = known("SG")
    errs.append((pay(c, -R.randint(1000, 90000), reference="REVERSAL OF GIRO"), "negative amount"))
    c = known("KR")
    p = pay(c, R.randint(2000, 90000) * 100, reference="TT REMITTANCE")
    p["currency"] = "USD"
    p["payer_name"] = c["name_en"].upper()[:35]
    errs.append((p, "currency USD: no open invoice is in USD"))
    c = known("TW")
    p = pay(c, R.randint(2000, 90000) * 100, reference="TT HKD")
    p["currency"] = "HKD"
    errs.append((p, "currency HKD: no open invoice is in HKD"))
    c = known("JP")
    p = pay(c, 0, reference=None)
    p["_raw_amount"] = "12O000.00"
    errs.append((p, "malformed amount '12O000.00' (letter O)"))
    c = known("KR")
    p = pay(c, 0, reference="입금")
    p["_raw_amount"] = "#VALUE!"
    errs.append((p, "malformed amount '#VALUE!'"))
    c = known("TW")
    p = pay(c, rand_total("TWD", False), reference="貨款")
    p["_date"] = None
    errs.append((p, "missing date (null)"))
    c = known("SG")
    p = pay(c, rand_total("SGD", False), reference="GIRO PAYMENT")
    p["_date"] = ""
    errs.append((p, "missing date (empty string)"))
    out = list(rows)
    for p, why in errs:
        lb = {"payment_id": p["id"], "status": "error", "applications": [], "unapplied": None, "short_pay": None,
              "candidates": [], "reason": None, "error": why, "scenario": "bad_input",
              "note": f"[{CCY_CC.get(p['currency'], 'XX')}] {why}"}
        out.insert(R.randint(5, len(out) - 5), (p, lb))
    # duplicate payment ids: an identical re-import, and a different row reusing an id
    for k, (same, why) in enumerate([(True, "duplicate payment id (identical row imported twice)"),
                                     (False, "duplicate payment id (different row reuses an earlier id)")]):
        i = R.randint(40, 200)
        src, _ = out[i]
        while src.get("_raw_amount") or "_date" in src or src["amount"] <= 0:
            i += 1
            src, _ = out[i]
        if same:
            p = dict(src)
        else:
            c = pick()
            p = pay(c, rand_total(c["ccy"], False), reference=generic_ref(c))
            p["id"] = src["id"]
        p["_dup"] = True
        lb = {"payment_id": p["id"], "status": "error", "applications": [], "unapplied": None, "short_pay": None,
              "candidates": [], "reason": None, "error": why, "scenario": "bad_input",
              "note": f"[{CCY_CC.get(p['currency'], 'XX')}] {why}"}
        out.insert(R.randint(i + 10, i + 120), (p, lb))
    return out


def business_days():
    d, out = date(2026, 3, 2), []
    while d <= date(2026, 4, 30):
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(1)
    return out


def amount_str(p):
    if "_raw_amount" in p:
        return p["_raw_amount"]
    a = p["amount"]
    if p["currency"] in ("JPY", "KRW") and a % 100 == 0 and R.random() < 0.3:
        return str(a // 100)
    return fmt(a)


def main():
    CUSTS.extend(build_customers())
    background(CUSTS)
    for fn, n in PLAN:
        for _ in range(n):
            fn()
    number_invoices()
    rows = order_groups()
    for p, _ in rows:
        resolve(p)
    rows = error_rows(rows)
    days = business_days()
    dates = sorted(R.choice(days) for _ in rows)
    payments, labels = [], []
    for (p, lb), d in zip(rows, dates):
        out = {
            "id": p["id"],
            "date": p["_date"] if "_date" in p else d.isoformat(),
            "amount": amount_str(p),
            "currency": p["currency"], "payer_name": p["payer_name"], "customer_id": p["customer_id"],
            "reference": p["reference"], "remittance": p["remittance"],
        }
        payments.append(out)
        labels.append(lb)
    invoices = []
    for inv in sorted(INVOICES, key=lambda i: i["seq"]):
        invoices.append({
            "id": inv["id"], "number": inv["number"], "customer_id": inv["customer_id"],
            "customer_name": inv["customer_name"], "currency": inv["currency"], "total": fmt(inv["total"]),
            "balance": fmt(inv["balance"]), "issue_date": inv["issue_date"].isoformat(),
            "due_date": inv["due_date"].isoformat(),
        })
    os.makedirs(LEDGER, exist_ok=True)
    for name, obj in (("invoices.json", invoices), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(LEDGER, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
    replay(invoices, payments, labels)
    write_readme(invoices, payments, labels)


def replay(invoices, payments, labels):
    """apply the labels in file order and check the arithmetic"""
    from decimal import Decimal
    bal = {i["id"]: Decimal(i["balance"]) for i in invoices}
    ccy = {i["id"]: i["currency"] for i in invoices}
    for p, lb in zip(payments, labels):
        assert p["id"] == lb["payment_id"]
        if lb["status"] == "error":
            continue
        amt = Decimal(p["amount"])
        tot = Decimal(0)
        for a in lb["applications"]:
            assert ccy[a["invoice_id"]] == p["currency"]
            bal[a["invoice_id"]] -= Decimal(a["amount"])
            assert bal[a["invoice_id"]] >= 0
            tot += Decimal(a["amount"])
        assert tot + Decimal(lb["unapplied"]) == amt, p["id"]


def write_readme(invoices, payments, labels):
    from collections import Counter
    st = Counter(l["status"] for l in labels)
    sc = Counter((l["scenario"], l["status"]) for l in labels)
    pc = Counter(p["currency"] for p in payments)
    ic = Counter(i["currency"] for i in invoices)
    cc = Counter(l["note"][1:3] for l in labels)
    ncust = len({i["customer_id"] for i in invoices})
    lang = {"JP": "Japanese (half-width katakana zengin names, 支払通知書)",
            "KR": "Korean (Hangul names, 지급통보)", "TW": "Traditional Chinese (付款通知書, 民國 dates)",
            "SG": "English (GIRO / PayNow / IBG / FAST)", "XX": "no valid currency (bad input)"}
    L = []
    L.append("# Blind cash-application set: ledger_eastasia")
    L.append("")
    L.append("Held-out test data for `contracts/cash-application.md` (`match`), written blind (from the contract")
    L.append("only). Generated by `build.py` (deterministic, stdlib only); `check.py` replays and re-verifies it.")
    L.append("")
    L.append("**Theme.** Kestrel Scientific, a supplier of laboratory instruments and consumables, sells to")
    L.append("universities, hospitals, research institutes and companies in Japan (JPY), South Korea (KRW),")
    L.append("Taiwan (TWD) and Singapore (SGD). Customer names are bilingual in the master data")
    L.append("(`株式会社山田製作所 / Yamada Seisakusho Co., Ltd.`); the bank shows what banks show: zengin")
    L.append("half-width katakana with legal-form marks (`ｶ)ﾔﾏﾀﾞｾｲｻｸｼﾖ`, `ﾀﾞｲ)`, `ｲ)`, `ﾄﾞｸ)`, `(ｶ`),")
    L.append("Hangul names truncated to 7 characters (`(주)한빛바이`), Chinese names truncated")
    L.append("(`長禾儀器股份有限公`), upper-case English truncated at 23 characters. All names, UENs, 統編")
    L.append("numbers and PO numbers are invented.")
    L.append("")
    L.append("## Files")
    L.append("")
    L.append("| file | content |")
    L.append("|---|---|")
    L.append(f"| `ledger_eastasia/invoices.json` | {len(invoices)} open invoices of {ncust} customers, contract format |")
    L.append(f"| `ledger_eastasia/payments.json` | {len(payments)} payments, oldest first, contract format |")
    L.append(f"| `ledger_eastasia/labels.json` | {len(labels)} expected MATCHES entries, same order, plus `scenario` and `note` |")
    L.append("")
    L.append("Invoices by currency: " + ", ".join(f"{k} {v}" for k, v in sorted(ic.items())) + ".")
    L.append("Payments by currency: " + ", ".join(f"{k} {v}" for k, v in sorted(pc.items())) + ".")
    L.append("")
    L.append("## Counts by status")
    L.append("")
    L.append("| status | payments |")
    L.append("|---|---|")
    for k in ("applied", "partial", "unapplied", "review", "error"):
        L.append(f"| `{k}` | {st[k]} |")
    L.append("")
    L.append("## Counts by scenario")
    L.append("")
    L.append("| scenario | status | payments |")
    L.append("|---|---|---|")
    for (s, t), v in sorted(sc.items()):
        L.append(f"| `{s}` | {t} | {v} |")
    L.append("")
    L.append("## Counts by country / language of the bank and remittance text")
    L.append("")
    L.append("| country | language | payments |")
    L.append("|---|---|---|")
    for k in ("JP", "KR", "TW", "SG", "XX"):
        if cc[k]:
            L.append(f"| {k} | {lang[k]} | {cc[k]} |")
    L.append("")
    L.append(README_CONVENTIONS)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


README_CONVENTIONS = """## Label format

Each label is the contract's MATCHES entry: `payment_id`, `status`, `applications`
(`[{"invoice_id", "amount"}]`), `unapplied`, `short_pay`, `candidates`, `reason`, plus `scenario` and
`note` (for humans; `note` starts with `[CC]`, the country of the text). Amounts are decimal strings
with two decimals. `reason` is free text and is not meant to be compared.

Bad-input rows have `"status": "error"`, no applications, no candidates, `"unapplied": null`,
`"short_pay": null` and an `"error"` text.

## Conventions chosen where the contract is silent

- **Candidates format.** `candidates` is a list of objects `{"invoice_ids": [...]}`, one per invoice
  set, best first. Compare candidate sets as sets of ids; the order is our ranking.
- **Review leaves everything unapplied.** For `review`, `applications` is empty and `unapplied` equals
  the payment amount, so the contract's sum rule still holds.
- **Amounts in the input.** Invoices always carry two decimals. Some JPY/KRW payments are written
  without decimals (`"773707"`), which is still a valid decimal string. JPY, KRW and TWD amounts are
  whole units.
- **Bank transfer fees.** A payment that names an invoice (reference, remittance advice, or the invoice
  number put in front of the zengin payer name, `10432ｶ)ﾔﾏﾀﾞｾｲｻｸｼﾖ`) and is short by a standard
  Japanese transfer fee (¥330-¥880) or a Taiwanese one (NT$15/30) is `partial` with a `short_pay`
  (`reason` "bank transfer fee deducted"), whether or not the advice mentions the fee: the fee
  is a deduction to write off, so it opens a deduction case. In a lump the fee short sits on the
  newest invoice of the lump (the last one listed).
- **Tax rounding** (消費税端数, 원단위 절사, 營業稅尾差, GST rounding) and stated deductions (damaged,
  price difference, short delivery) are `partial` with `short_pay` on the named invoice.
- **Part payments** that say so ("分割払い 第1回", "1차 분할", "第一期款", "part payment 1 of 2") are
  `partial` with `short_pay: null`. The later payment of the remainder is `applied`.
- **Overpayment.** The named invoice(s) are paid in full; the rest is held: status `unapplied`, with
  the applications listed. The remainder never fits another open invoice of that customer.
- **Second payment of a paid invoice** (same amount, same reference, later in the file): `unapplied`,
  whole amount held, no applications.
- **Known customer, no invoice named, amount fits exactly one invoice and no other set of its open
  invoices**: `applied`. A statement payment equal to all open invoices, and a quarterly lump
  ("2025年10月～12月分") equal to exactly that quarter's invoices (the only subset with that sum), are
  `applied` too.
- **No customer id, but the bank payer name clearly names one customer** (katakana, Hangul, Chinese
  or truncated English of the bilingual customer name) and the amount fits exactly one of its invoices:
  `applied`.
- **Third-party payments** (another customer pays and the advice says "on behalf of / 立替払い / 대납 /
  代...付款", with the exact invoice number and amount) are `applied` to the named invoice.
- **Numbers that are not invoice numbers.** PO numbers (`ﾁﾕｳﾓﾝ 10366`, `PO 10366`) whose digits equal
  another customer's invoice number, the amount repeated in the reference (`貨款 11361`), 統編 and UEN
  numbers are noise; those payments are matched on customer and amount.
- **Review** (nothing applied) when two readings fit:
  amount = one invoice and also = the sum of two others (single invoice ranked first);
  reference names invoice X but the amount is exactly the balance of the next invoice Y of the same
  customer (`[[Y], [X]]`: exact amount ranked first);
  two open invoices of the same amount and none named (oldest first);
  payer is a person who is no customer (candidates: every open invoice of that currency with exactly
  that amount, possibly none);
  a short payer name that fits two customers that each have an invoice of the amount (earlier due
  date first);
  a payment in SGD or TWD that names a JPY invoice (never across currencies; no candidates).
- **Bad input** (`error`): negative amount, a currency no invoice has (USD, HKD), malformed amount
  (`12O000.00` with a letter O, `#VALUE!`), missing date (`null` or `""`), and a payment id already
  used by an earlier row (once an identical re-import, once a different row). The first row with an
  id is processed normally; error rows change no balances.
- **Dates.** Invoices are issued 2025-10-01..2026-02-27; payments are dated 2026-03-02..2026-04-30
  (weekdays). Due dates: JP month-end closing paid end of the following month, TW 月結60天, KR/SG
  30 days. Some invoices were part-paid before the snapshot (`balance` < `total`); labels use `balance`.

## Unsure

- Whether the engine treats an unexplained standard transfer fee short as a short pay (our label) or
  sends it to review.
- The ranking inside `review_ref_vs_amount` (exact amount first) and `review_twins` (oldest first) is a
  judgment call; the set of candidates is the firmer part of those labels.
- Third-party payments could also reasonably go to review; we apply them because the advice names the
  invoice, the amount is exact and the payer explains it.
"""


if __name__ == "__main__":
    main()
