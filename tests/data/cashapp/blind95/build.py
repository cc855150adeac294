#!/usr/bin/env python3
"""Build blind cash-application set 345: asia_components.

Kaiyo Components Trading Co., Ltd. (made up), Tokyo: a trader of connectors,
capacitors and MCUs selling to manufacturers and EMS firms in Japan, Korea,
Taiwan, Hong Kong, Singapore, Vietnam, Thailand and the US.

Standard library only, deterministic (seed 345).  Writes, next to this file:
  asia_components/invoices.json   open invoices (contract fields only)
  asia_components/payments.json   400 payments, oldest first (contract fields only)
  asia_components/labels.json     one expected MATCHES entry per payment + scenario/note/error

Labels are written from the intent of each scenario; check.py re-derives every
one of them from the data with the README's decision rules.  The generator only
keeps a draft when its preconditions hold at that point of the batch (balances
move as earlier payments are applied).
"""
import datetime as dt
import json
import os
import random
import re
import unicodedata

SEED = 345
SET = "asia_components"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, SET)
R = random.Random(SEED)

DEC = {"JPY": 0, "KRW": 0, "TWD": 2, "HKD": 2, "SGD": 2, "THB": 2, "USD": 2}
ZENGIN_FEES = (110, 165, 220, 330, 440, 550, 660, 770, 880)
LEGAL = {"CO", "COMPANY", "LTD", "LIMITED", "INC", "INCORPORATED", "CORP", "CORPORATION",
         "KK", "K", "GK", "LLC", "LP", "PTE", "PLC", "JSC", "PUBLIC", "PCL", "THE"}
KAIYO_EN = "Kaiyo Components Trading Co., Ltd."
KAIYO_JA = "カイヨウ・コンポーネンツ商事株式会社"
KAIYO_ZH = "海洋電子零件貿易株式會社"


# ============================================================================ customers
# key, legal name, country, {currency: invoices}, extras
def C(key, name, country, curs, **kw):
    d = dict(key=key, name=name, country=country, curs=curs)
    d.update(kw)
    return d


CUSTOMERS = [
    # ---- Japan: Zengin furikomi, payer names in half-width katakana (small kana enlarged,
    #      long vowel as '-', legal form as (ｶ / (ｶ) as the banks print them)
    C("towa", "Towa Denshi Co., Ltd.", "JP", {"JPY": 32}, kana="ﾄｳﾜﾃﾞﾝｼ(ｶ", standing=True),
    C("kitahama", "Kitahama Seimitsu Kogyo K.K.", "JP", {"JPY": 30}, kana="ｷﾀﾊﾏｾｲﾐﾂｺｳｷﾞﾖｳ(ｶ"),
    C("sakuragawa", "Sakuragawa Electronics Co., Ltd.", "JP", {"JPY": 30, "USD": 8},
      kana="ｻｸﾗｶﾞﾜｴﾚｸﾄﾛﾆｸｽ(ｶ", standing=True),
    C("nishijin", "Nishijin Circuit Works Co., Ltd.", "JP", {"JPY": 24}, kana="ﾆｼｼﾞﾝｻ-ｷﾂﾄﾜ-ｸｽ(ｶ"),
    C("hokuyo", "Hokuyo Instruments Corporation", "JP", {"JPY": 28, "USD": 6},
      kana="ﾎｸﾖｳｲﾝｽﾂﾙﾒﾝﾂ(ｶ"),
    C("mizusawa", "Mizusawa Device Engineering Co., Ltd.", "JP", {"JPY": 22},
      kana="ﾐｽﾞｻﾜﾃﾞﾊﾞｲｽｴﾝｼﾞﾆｱﾘﾝｸﾞ(ｶ"),
    C("akatsuki", "Akatsuki EMS K.K.", "JP", {"JPY": 30}, kana="ｱｶﾂｷｲ-ｴﾑｴｽ(ｶ", standing=True),
    C("ishigaki", "Ishigaki Denki Sangyo Co., Ltd.", "JP", {"JPY": 20}, kana="ｲｼｶﾞｷﾃﾞﾝｷｻﾝｷﾞﾖｳ(ｶ"),
    C("fujimino", "Fujimino Controls Co., Ltd.", "JP", {"JPY": 20}, kana="ﾌｼﾞﾐﾉｺﾝﾄﾛ-ﾙｽﾞ(ｶ"),
    C("kamogawa", "Kamogawa Seisakusho Co., Ltd.", "JP", {"JPY": 24}, kana="(ｶ)ｶﾓｶﾞﾜｾｲｻｸｼﾖ"),
    C("tsurumi", "Tsurumi Robotics Inc.", "JP", {"JPY": 18}, kana="ﾂﾙﾐﾛﾎﾞﾃｲｸｽ(ｶ"),
    C("yamabuki", "Yamabuki Audio Co., Ltd.", "JP", {"JPY": 14}, kana="ﾔﾏﾌﾞｷｵ-ﾃﾞｲｵ(ｶ"),
    C("shinonome", "Shinonome Medical Systems K.K.", "JP", {"JPY": 18},
      kana="ｼﾉﾉﾒﾒﾃﾞｲｶﾙｼｽﾃﾑｽﾞ(ｶ"),
    C("oguro", "Oguro Works (Kenji Oguro)", "JP", {"JPY": 12}, kana="ｵｸﾞﾛ ｹﾝｼﾞ",
      person_kana="ｵｸﾞﾛ ｹﾝｼﾞ"),
    C("hanamaki", "Hanamaki Automotive Parts Co., Ltd.", "JP", {"JPY": 28},
      kana="ﾊﾅﾏｷｼﾞﾄﾞｳｼﾔﾌﾞﾋﾝ(ｶ", parent_kana="ﾊﾅﾏｷﾎ-ﾙﾃﾞｲﾝｸﾞｽ(ｶ", standing=True),
    C("tokiwa", "Tokiwa Power Electronics Co., Ltd.", "JP", {"JPY": 26}, kana="ﾄｷﾜﾊﾟﾜ-ｴﾚｸﾄﾛﾆｸｽ(ｶ"),
    C("asahigaoka", "Asahigaoka Lighting Co., Ltd.", "JP", {"JPY": 16}, kana="ｱｻﾋｶﾞｵｶｼﾖｳﾒｲ(ｶ"),
    C("minato", "Minato Contract Manufacturing K.K.", "JP", {"JPY": 24},
      kana="ﾐﾅﾄｺﾝﾄﾗｸﾄﾏﾆﾕﾌｱｸﾁﾔﾘﾝｸﾞ(ｶ", trading="MCM", standing=True),
    # ---- Korea: domestic KRW transfers (payer in Hangul or English), USD by SWIFT
    C("daewon_kr", "Daewon Electronics Co., Ltd.", "KR", {"KRW": 20, "USD": 12},
      hangul="대원전자(주)", group="daewon"),
    C("daewon_vn", "Daewon Electronics Vietnam Co., Ltd.", "VN", {"USD": 20}, group="daewon",
      local="CONG TY TNHH DAEWON ELECTRONICS VIET NAM"),
    C("hanbit", "Hanbit Precision Co., Ltd.", "KR", {"KRW": 24}, hangul="(주)한빛정밀",
      standing=True),
    C("seorim", "Seorim Semicon Inc.", "KR", {"KRW": 14, "USD": 12}, hangul="서림세미콘(주)"),
    C("mirae", "Mirae EMS Co., Ltd.", "KR", {"KRW": 24}, hangul="미래이엠에스 주식회사"),
    C("gyeongin", "Gyeongin Display Co., Ltd.", "KR", {"USD": 20}, hangul="경인디스플레이(주)"),
    C("jinsung", "Jinsung Motor Parts Co., Ltd.", "KR", {"KRW": 18}, hangul="진성모터부품(주)"),
    C("kaiyo_kr", "Kaiyo Components Korea Co., Ltd.", "KR", {"USD": 20, "KRW": 8}, group="kaiyo",
      hangul="카이요컴포넌츠코리아(주)"),
    # ---- Taiwan: domestic TWD wires (payer in Chinese or English), USD by SWIFT
    C("tpe", "Taiwan Precision Electronics Corp.", "TW", {"TWD": 24, "USD": 12},
      hanzi="台灣精密電子股份有限公司"),
    C("hsinchu", "Hsinchu Microsystems Co., Ltd.", "TW", {"USD": 24}, hanzi="新竹微系統股份有限公司"),
    C("formosa", "Formosa Connect Technology Inc.", "TW", {"TWD": 24},
      hanzi="福爾摩沙連接科技股份有限公司", trading="FORMOCONN"),
    C("tainan", "Tainan Power Devices Co., Ltd.", "TW", {"TWD": 18}, hanzi="台南功率元件有限公司"),
    C("yungfeng", "Yung Feng EMS Corp.", "TW", {"USD": 18, "TWD": 8}, hanzi="永豐電子製造股份有限公司"),
    C("kaohsiung", "Kaohsiung Marine Electronics Co., Ltd.", "TW", {"TWD": 14},
      hanzi="高雄海洋電子有限公司"),
    # ---- Hong Kong: FPS / CHATS in HKD, USD by SWIFT
    C("pearl", "Pearl River Components Trading Ltd.", "HK", {"HKD": 20, "USD": 12},
      hanzi="珠江元件貿易有限公司", trading="PRC TRADING"),
    C("kowloon", "Kowloon Circuit Supply Co. Limited", "HK", {"HKD": 20}, hanzi="九龍電路供應有限公司"),
    C("victoria", "Victoria Harbour EMS Limited", "HK", {"USD": 24}),
    C("kaiyo_hk", "Kaiyo Trading (H.K.) Limited", "HK", {"HKD": 8, "USD": 18}, group="kaiyo"),
    # ---- Singapore: FAST / PayNow / GIRO in SGD, USD by SWIFT
    C("nanyang", "Nanyang Electronics Manufacturing Services Pte. Ltd.", "SG",
      {"SGD": 20, "USD": 12}, trading="NEMS PTE LTD", standing=True),
    C("merlion", "Merlion Microtech Pte. Ltd.", "SG", {"SGD": 20}),
    C("straits", "Straits Automation Pte. Ltd.", "SG", {"SGD": 14, "USD": 8}),
    C("ahkow", "Ah Kow Electronics Trading", "SG", {"SGD": 12}, person="TAN AH KOW"),
    C("kaiyo_sg", "Kaiyo Components (Singapore) Pte. Ltd.", "SG", {"USD": 20}, group="kaiyo"),
    # ---- Vietnam: USD by SWIFT, some at sight under letters of credit
    C("saigon", "Saigon Precision Assembly Co., Ltd.", "VN", {"USD": 26},
      local="CONG TY TNHH LAP RAP CHINH XAC SAI GON"),
    C("hanoi", "Hanoi Smart Devices JSC", "VN", {"USD": 20},
      local="CONG TY CO PHAN THIET BI THONG MINH HA NOI"),
    C("dongnai", "Dong Nai Electronics Manufacturing Co., Ltd.", "VN", {"USD": 24}),
    C("bacninh", "Bac Ninh Cable & Harness Co., Ltd.", "VN", {"USD": 18}),
    # ---- Thailand: BAHTNET / PromptPay in THB, USD by SWIFT
    C("siam", "Siam Precision Electronics (Thailand) Co., Ltd.", "TH", {"THB": 24, "USD": 12}),
    C("chonburi", "Chonburi Auto Electronics Co., Ltd.", "TH", {"THB": 20}),
    C("ayutthaya", "Ayutthaya Circuit Industries Public Company Limited", "TH",
      {"THB": 18, "USD": 8}),
    C("rayong", "Rayong Power Systems Co., Ltd.", "TH", {"THB": 18}),
    C("bangna", "Bangna Lighting Technology Co., Ltd.", "TH", {"THB": 14}),
    # ---- United States: ACH, Fedwire, lockbox cheques, cards
    C("pacific", "Pacific Crest Controls, Inc.", "US", {"USD": 30},
      parent="CRESTLINE INDUSTRIAL HOLDINGS INC", standing=True),
    C("greatlakes", "Great Lakes Instrumentation LLC", "US", {"USD": 24}),
    C("sunbelt", "Sunbelt EMS Corporation", "US", {"USD": 24}, trading="SBEMS"),
    C("redwood", "Redwood Robotics Inc.", "US", {"USD": 18}),
    C("cascadia", "Cascadia Medical Devices, Inc.", "US", {"USD": 20}),
    C("lonestar", "Lone Star Power Electronics LP", "US", {"USD": 14}),
    C("harbor", "Harbor Point Audio LLC", "US", {"USD": 12}, person="MICHAEL J OKAFOR"),
]
CUST = {c["key"]: c for c in CUSTOMERS}
LANG = {"JP": "ja", "KR": "ko", "TW": "zh", "HK": "zh", "SG": "en", "VN": "en", "TH": "en",
        "US": "en"}


def hexid(n):
    return "".join(R.choice("abcdefghjkmnpqrstuvwxyz") if i % 3 == 0 else R.choice("0123456789abcdef")
                   for i in range(n))


for c in CUSTOMERS:
    c["id"] = "cus_" + hexid(9)


# ============================================================================ money & text

def fmt(minor, cur):
    if DEC[cur] == 0:
        return str(minor)
    return "%d.%02d" % (minor // 100, minor % 100)


def grouped(minor, cur):
    if DEC[cur] == 0:
        return "{:,}".format(minor)
    return "{:,}.{:02d}".format(minor // 100, minor % 100)


def money(minor, cur, lang):
    g = grouped(minor, cur)
    if lang == "ja" and cur == "JPY":
        return "¥" + g
    if lang == "ko" and cur == "KRW":
        return g + "원"
    if lang == "zh" and cur in ("TWD", "HKD"):
        return {"TWD": "NT$", "HKD": "HK$"}[cur] + g
    return "%s %s" % (cur, g)


def norm(text):
    return unicodedata.normalize("NFKC", text or "").upper()


def core_tokens(name):
    s = norm(name).replace("&", " AND ")
    s = re.sub(r"[^0-9A-Z]+", " ", s)
    return [t for t in s.split() if t not in LEGAL]


CORE = {c["key"]: core_tokens(c["name"]) for c in CUSTOMERS}


def name_match(payer):
    """Same name rule as the README: legal forms ignored, bank truncation allowed."""
    p = core_tokens(payer or "")
    if not p:
        return None
    exact = [k for k, q in CORE.items() if q == p]
    if exact:
        return exact[0] if len(exact) == 1 else None
    if len(p) < 2 or len("".join(p)) < 10:
        return None
    pref = [k for k, q in CORE.items()
            if len(q) >= len(p) and q[:len(p) - 1] == p[:-1] and q[len(p) - 1].startswith(p[-1])]
    return pref[0] if len(pref) == 1 else None


PREFIXED = re.compile(r"KCT[\s\-_.:#]*([0-9O]{4,8})(?![0-9A-Z])")
BARE = re.compile(r"(?<![0-9])0*(4[0-9]{4})(?![0-9])")


def mentions(text):
    out, spans = [], []
    t = norm(text)
    for m in PREFIXED.finditer(t):
        d = m.group(1).replace("O", "0")
        if d.strip("0"):
            out.append(int(d))
            spans.append(m.span())
    chars = list(t)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    out += [int(m.group(1)) for m in BARE.finditer("".join(chars))]
    return set(out)


DEDUCTION_WORDS = re.compile(
    r"OFFSET|CONTRA|NETTED|PARTIAL|PART PAYMENT|INSTAL|BALANCE TO FOLLOW|WHT|WITHHOLDING|FCT|"
    r"DISCOUNT|DAMAGE|DEFECT|RMA|REJECT|EXCHANGE RATE|\bFX\b|RATE DIFFERENCE|BANK CHARGE|BANK FEE|"
    r"CHARGES|TRANSFER FEE|REMITTANCE FEE|INTERMEDIARY|LIFTING|NEGOTIATION|DISCREPANCY|CHGS|"
    r"相殺|상계|抵銷|沖銷|一部|分割|内金|분할|부분|部分|分期|源泉|원천|扣繳|割引|値引|할인|折扣|折讓|"
    r"破損|不良|불량|파손|損壞|瑕疵|為替|환율|환차|匯率|匯差|手数料|수수료|手續費|匯費")


def osa(a, b):
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


FULLWIDTH = {ord(ch): ord(ch) + 0xFEE0 for ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
FULLWIDTH[ord("-")] = 0xFF0D


def spell(n, style):
    """One spelling of invoice number n (the int behind KCT-00nnnnn)."""
    full = "KCT-%07d" % n
    return {
        "full": full,
        "nohyphen": "KCT%07d" % n,
        "space": "KCT %07d" % n,
        "nozeros": "KCT-%d" % n,
        "nozeros_nohyphen": "KCT%d" % n,
        "bare": "%d" % n,
        "bare0": "%07d" % n,
        "lower": full.lower(),
        "inv": "INV %d" % n,
        "invno": "INV-%07d" % n,
        "hash": "#%d" % n,
        "no": "No.%d" % n,
        "fullwidth": full.translate(FULLWIDTH),
        "ocr_O": "KCT-" + ("%07d" % n).replace("0", "O", 2),
        "padded10": "%010d" % n,
        "ocr_star": "*KCT%07d*" % n,
    }[style]


STYLE_W = [("full", 30), ("nohyphen", 10), ("space", 6), ("nozeros", 8), ("nozeros_nohyphen", 4),
           ("bare", 10), ("bare0", 7), ("lower", 3), ("inv", 5), ("invno", 3), ("hash", 3),
           ("no", 3)]


def pick_style(lang):
    if lang == "ja" and R.random() < 0.12:
        return "fullwidth"
    names, w = zip(*STYLE_W)
    return R.choices(names, w)[0]


# ============================================================================ invoices

START = dt.date(2024, 4, 1)
SNAP = dt.date(2024, 9, 30)


def month_end(d, months_ahead):
    y, m = d.year, d.month + months_ahead
    while m > 12:
        y, m = y + 1, m - 12
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def due_for(c, issue, cur):
    if c.get("group") == "kaiyo":
        return issue + dt.timedelta(days=60)
    cty = c["country"]
    if cty == "JP":
        return month_end(issue, 1)
    if cty in ("KR", "TW"):
        return issue + dt.timedelta(days=60)
    if cty in ("HK", "SG", "US"):
        return issue + dt.timedelta(days=30)
    return issue + dt.timedelta(days=45)


RANGES = {"JPY": (60_000, 6_500_000), "KRW": (2_500_000, 160_000_000), "TWD": (18_000, 2_400_000),
          "HKD": (4_000, 650_000), "SGD": (900, 160_000), "THB": (20_000, 3_800_000),
          "USD": (700, 240_000)}


def gen_total(c, cur):
    lo, hi = RANGES[cur]
    x = lo * (hi / lo) ** R.random()
    if cur == "JPY":
        sub = int(x / 10) * 10 + R.choice([0, 0, 0, 4, 8])
        return sub * 110 // 100 if c["country"] == "JP" else sub
    if cur == "KRW":
        return int(x / 10) * 10
    if cur == "TWD":
        return int(x) * 100
    return int(x * 100) if R.random() < 0.8 else int(x) * 100


def build_invoices():
    rows = []
    for c in CUSTOMERS:
        for cur, n in c["curs"].items():
            totals = []
            for k in range(n):
                if c.get("standing") and totals and R.random() < 0.18:
                    totals.append(R.choice(totals))          # repeat order, same amount
                else:
                    totals.append(gen_total(c, cur))
            for t in totals:
                back = int(abs(R.gauss(0, 55)))
                issue = SNAP - dt.timedelta(days=min(back, (SNAP - START).days))
                rows.append(dict(cust=c["key"], cur=cur, total=t, issue=issue))
    R.shuffle(rows)
    rows.sort(key=lambda r: r["issue"])
    seq = 41023
    used_ids = set()
    for r in rows:
        r["num"] = seq
        seq += R.choice([1, 1, 1, 1, 2, 2, 3, 5])
        while True:
            iid = "inv_" + hexid(12)
            if iid not in used_ids and not re.search(r"\d{4}", iid):
                used_ids.add(iid)
                break
        r["id"] = iid
        c = CUST[r["cust"]]
        r["due"] = due_for(c, r["issue"], r["cur"])
        r["bal"] = r["total"]
        if R.random() < 0.07 and r["total"] > 1000:
            unit = {0: 1000}.get(DEC[r["cur"]], 10000)
            paid = max(unit, int(r["total"] * R.uniform(0.2, 0.6)) // unit * unit)
            if paid < r["total"]:
                r["bal"] = r["total"] - paid
    return rows


INVS = build_invoices()
BY_ID = {r["id"]: r for r in INVS}
BY_NUM = {r["num"]: r for r in INVS}
ALL_NUMS = set(BY_NUM)
BAL = {r["id"]: r["bal"] for r in INVS}
APPLIED = {}


def key_of(r):
    return (r["due"], r["num"])


def open_of(ck, cur):
    return sorted((r for r in INVS if r["cust"] == ck and r["cur"] == cur and BAL[r["id"]] > 0),
                  key=key_of)


def open_in(cur):
    return sorted((r for r in INVS if r["cur"] == cur and BAL[r["id"]] > 0), key=key_of)


def exact_singles(ck, cur, amt, exclude=()):
    pool = open_of(ck, cur) if ck else open_in(cur)
    return [r for r in pool if BAL[r["id"]] == amt and r["id"] not in exclude]


def subsets(rows, target, limit=6):
    half = len(rows) // 2
    a, b = rows[:half], rows[half:]

    def sums(part):
        out = [(0, ())]
        for r in part:
            out += [(s + BAL[r["id"]], t + (r["id"],)) for s, t in out]
        return out
    left = {}
    for s, t in sums(a):
        left.setdefault(s, []).append(t)
    sols = []
    for s, t in sums(b):
        for u in left.get(target - s, ()):
            if u or t:
                sols.append(tuple(sorted(u + t, key=lambda i: key_of(BY_ID[i]))))
                if len(sols) > limit:
                    return sols
    return sols


def fee_pairs(ck, amt):
    return [(r, f) for r in open_of(ck, "JPY") for f in ZENGIN_FEES if BAL[r["id"]] - f == amt]


def rank_sets(sets, amt, cur, named=(), near=()):
    named, near = set(named), set(near)
    uniq = []
    for s in sets:
        t = tuple(sorted(s, key=lambda i: key_of(BY_ID[i])))
        if t and t not in uniq:
            uniq.append(t)

    def k(s):
        rows = [BY_ID[i] for i in s]
        exact = all(r["cur"] == cur for r in rows) and sum(BAL[i] for i in s) == amt
        tag = 0 if set(s) <= named else (1 if set(s) & near else 2)
        return (0 if exact else 1, tag, len(s), min(r["due"] for r in rows), min(r["num"] for r in rows))
    return sorted(uniq, key=k)[:5]


# ============================================================================ channels

def channel(c, cur):
    cty = c["country"]
    if cty == "JP" and cur == "JPY":
        return "zengin"
    if cty == "KR" and cur == "KRW":
        return "kr"
    if cty == "TW" and cur == "TWD":
        return "tw"
    if cty == "HK" and cur == "HKD":
        return "hk"
    if cty == "SG" and cur == "SGD":
        return "sg"
    if cty == "TH" and cur == "THB":
        return "th"
    if cty == "US":
        return R.choice(["ach", "ach", "wire", "check", "card"] if c["key"] in ("harbor", "redwood",
                                                                               "lonestar")
                        else ["ach", "ach", "wire", "wire", "check"])
    return "swift"


ID_PROB = {"zengin": 0.75, "kr": 0.7, "tw": 0.6, "hk": 0.45, "sg": 0.5, "th": 0.45, "swift": 0.3,
           "ach": 0.55, "wire": 0.4, "check": 0.8, "card": 0.9}


def upper_name(c, limit=None):
    s = unicodedata.normalize("NFKC", c["name"]).upper()
    return s[:limit].rstrip() if limit else s


def payer_for(c, ch):
    """What the bank statement shows as the payer, without any alias trickery."""
    if ch == "zengin":
        return c["kana"]
    if ch == "kr":
        return c["hangul"] if R.random() < 0.7 else upper_name(c, 35)
    if ch == "tw":
        return c["hanzi"] if R.random() < 0.6 else upper_name(c, 35)
    if ch == "ach":
        return upper_name(c, 16)
    if ch == "card":
        return "CARD " + (c.get("person") or upper_name(c, 22))
    return upper_name(c, 35)


def aliases(c, cur):
    """Payer names that do not identify the customer by the name rule."""
    out = []
    if cur == "JPY":
        if c.get("kana"):
            out.append(("transliteration", c["kana"]))
        if c.get("parent_kana"):
            out.append(("parent company", c["parent_kana"]))
        if c.get("person_kana"):
            out.append(("owner paying for the business", c["person_kana"]))
    if c.get("hangul") and cur == "KRW":
        out.append(("Hangul name", c["hangul"]))
    if c.get("hanzi") and cur in ("TWD", "HKD"):
        out.append(("Chinese name", c["hanzi"]))
    if c.get("local"):
        out.append(("Vietnamese legal name", c["local"][:35].rstrip()))
    if c.get("trading") and cur != "JPY":
        out.append(("trading name", c["trading"]))
    if c.get("trading") and cur == "JPY":
        out.append(("trading name", "ｴﾑｼ-ｴﾑ(ｶ"))
    if c.get("parent"):
        out.append(("parent company", c["parent"]))
    if c.get("person"):
        out.append(("person paying for the business", c["person"]))
    return [(k, v) for k, v in out if name_match(v) is None]


def ref_text(ch, sp, c):
    sp = unicodedata.normalize("NFKC", sp)
    if ch == "zengin":
        return R.choice([sp, sp, "ｾｲｷﾕｳ " + sp, "EDI " + sp, sp + " ｼﾖｳﾋﾝﾀﾞｲ"])
    if ch == "kr":
        short = (c.get("hangul") or "").replace("(주)", "").replace("주식회사", "").strip()[:4]
        return R.choice([sp, sp + " 대금", short + " " + sp])
    if ch == "tw":
        return R.choice(["貨款 " + sp, sp + " 貨款", "發票" + sp])
    if ch == "hk":
        return R.choice(["FPS " + sp, "CHATS " + sp, "PAYMENT " + sp])
    if ch == "sg":
        return R.choice(["FAST " + sp, "PAYNOW " + sp, "GIRO " + sp, "INV " + sp])
    if ch == "th":
        return R.choice(["BAHTNET " + sp, "PROMPTPAY " + sp, "PAYMENT " + sp])
    if ch == "swift":
        return R.choice(["/ROC/" + sp, "/INV/" + sp + "//PAYMENT FOR GOODS", "INVOICE " + sp,
                         "/RFB/" + sp, "PAYMENT OF " + sp + " ELECTRONIC COMPONENTS"])
    if ch == "ach":
        return R.choice(["ACH CREDIT CCD PMT INFO: " + sp, "CCD " + sp, "ACH PMT INV " + sp])
    if ch == "wire":
        return R.choice(["FEDWIRE CREDIT OBI " + sp, "WIRE IN REF " + sp])
    if ch == "check":
        return "LOCKBOX 7781 CHECK NO %d" % R.randint(10000, 39999)
    if ch == "card":
        return "CARD PMT %s VISA *%d" % (sp, R.randint(1000, 3999))
    raise ValueError(ch)


GENERIC_REF = {
    "zengin": [None, "ｼﾖｳﾋﾝﾀﾞｲ", "ｵﾌﾘｺﾐ"],
    "kr": [None, "물품대금", "대금결제"],
    "tw": [None, "貨款", "付款"],
    "hk": [None, "FPS PAYMENT", "CHATS PAYMENT"],
    "sg": [None, "FAST PAYMENT", "PAYNOW TRANSFER"],
    "th": [None, "BAHTNET TRANSFER", "PAYMENT"],
    "swift": [None, "/ROC/PAYMENT FOR GOODS", "PAYMENT FOR ELECTRONIC COMPONENTS"],
    "ach": ["ACH CREDIT CCD PAYMENT", "ACH CREDIT CCD"],
    "wire": ["FEDWIRE CREDIT", "WIRE IN"],
    "check": ["LOCKBOX 7781 CHECK NO %d" % 21004],
    "card": ["CARD PMT VISA"],
}


def generic_ref(ch):
    r = R.choice(GENERIC_REF[ch])
    if ch == "check":
        r = "LOCKBOX 7781 CHECK NO %d" % R.randint(10000, 39999)
    return r


def jdate(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def advice(lang, c, date, items, paid, cur, extra=(), per_line=None):
    """A remittance advice. items: [(spelled, minor)], extra: lines, per_line: {idx: suffix}."""
    per_line = per_line or {}
    L = []
    if lang == "ja":
        L += ["お支払いのご案内", "%s 御中" % KAIYO_JA, "お支払日：" + jdate(date)]
        for k, (sp, m) in enumerate(items):
            L.append("請求書番号 %s　ご請求額 %s%s" % (sp, money(m, cur, lang), per_line.get(k, "")))
        L += list(extra)
        L.append("お振込金額 %s" % money(paid, cur, lang))
        L.append(c.get("kana_sig") or "経理部")
    elif lang == "ko":
        L += ["송금 통지서", "수신: %s" % KAIYO_EN, "송금일: %s" % date.isoformat()]
        for k, (sp, m) in enumerate(items):
            L.append("인보이스 번호: %s  금액: %s%s" % (sp, money(m, cur, lang), per_line.get(k, "")))
        L += list(extra)
        L.append("송금액: %s" % money(paid, cur, lang))
    elif lang == "zh":
        L += ["付款通知", "致：%s" % KAIYO_ZH, "付款日期：%s" % date.strftime("%Y/%m/%d")]
        for k, (sp, m) in enumerate(items):
            L.append("發票號碼：%s　金額：%s%s" % (sp, money(m, cur, lang), per_line.get(k, "")))
        L += list(extra)
        L.append("匯款金額：%s" % money(paid, cur, lang))
    else:
        L += ["REMITTANCE ADVICE", "To: %s" % KAIYO_EN, "From: %s" % c["name"],
              "Payment date: %s" % date.isoformat()]
        for k, (sp, m) in enumerate(items):
            L.append("Invoice %s  %s%s" % (sp, money(m, cur, lang), per_line.get(k, "")))
        L += list(extra)
        L.append("Total paid: %s" % money(paid, cur, lang))
    return "\n".join(L)


def lang_of(c, cur):
    lang = LANG[c["country"]]
    if cur == "USD" and lang in ("ko", "zh") and R.random() < 0.5:
        return "en"
    if c["country"] == "HK" and R.random() < 0.5:
        return "en"
    if c["country"] == "VN" and c.get("group") == "daewon" and R.random() < 0.3:
        return "ko"
    return lang


# ============================================================================ scenario drafts

class Skip(Exception):
    pass


def need(cond):
    if not cond:
        raise Skip()


def any_open(filt=lambda r: True):
    pool = [r for r in INVS if BAL[r["id"]] > 0 and filt(r)]
    need(pool)
    return R.choice(pool)


def draft(amount, cur, payer, cid, ref, rem, status, scenario, note, reason, apps=(), unapplied=None,
          short=None, cands=(), expect=None, error=None):
    return dict(amount=amount, cur=cur, payer=payer, cid=cid, ref=ref, rem=rem, status=status,
                scenario=scenario, note=note, reason=reason, apps=list(apps), unapplied=unapplied,
                short=short, cands=list(cands), expect=expect, error=error)


def verify_mentions(d, expect):
    got = mentions((d["ref"] or "") + "\n" + (d["rem"] or ""))
    need(got == set(expect))


def known_id(ch, force=None):
    if force is not None:
        return force
    return R.random() < ID_PROB[ch]


def s_exact_ref(ctx, style=None, in_remittance=False, scenario="exact_ref"):
    r = any_open()
    c, cur = CUST[r["cust"]], r["cur"]
    ch = channel(c, cur)
    lang = lang_of(c, cur)
    cid = c["id"] if known_id(ch) else None
    payer = payer_for(c, ch)
    need(cid or name_match(payer) in (None, c["key"]))
    amt = BAL[r["id"]]
    sp = spell(r["num"], style or pick_style(lang))
    if in_remittance:
        ref = generic_ref(ch)
        rem = advice(lang, c, ctx["date"], [(sp, amt)], amt, cur)
    else:
        ref = ref_text(ch, sp, c)
        rem = advice(lang, c, ctx["date"], [(sp, amt)], amt, cur) if R.random() < 0.3 else None
        if ch == "check":
            rem = "CHECK STUB\nINV# %s AMT %s\nTOTAL %s" % (sp, grouped(amt, cur), grouped(amt, cur))
    twins = len(exact_singles(r["cust"], cur, amt)) > 1
    note = "%s via %s, number spelled %r%s%s" % (
        "remittance advice" if in_remittance else "reference", ch, sp,
        "; customer_id null, payer %r" % payer if not cid else "",
        "; same amount open on another invoice, the number decides" if twins else "")
    d = draft(fmt(amt, cur), cur, payer, cid, ref, rem, "applied", scenario, note,
              "invoice %s named, amount equals its balance" % ("KCT-%07d" % r["num"]),
              apps=[(r["id"], amt)], unapplied=0)
    verify_mentions(d, {r["num"]})
    return d


def s_remit_only(ctx):
    return s_exact_ref(ctx, in_remittance=True, scenario="remittance_only")


def s_ocr_ref(ctx):
    style = R.choice(["ocr_O", "ocr_O", "padded10", "ocr_star"])
    d = s_exact_ref(ctx, style=style, scenario="ocr_reference")
    return d


def s_alias_ref(ctx):
    r = any_open(lambda r: aliases(CUST[r["cust"]], r["cur"]))
    c, cur = CUST[r["cust"]], r["cur"]
    kind, payer = R.choice(aliases(c, cur))
    ch = channel(c, cur)
    lang = lang_of(c, cur)
    amt = BAL[r["id"]]
    sp = spell(r["num"], pick_style(lang))
    ref = ref_text(ch, sp, c) if ch != "check" else "INV " + sp
    rem = advice(lang, c, ctx["date"], [(sp, amt)], amt, cur) if R.random() < 0.4 else None
    d = draft(fmt(amt, cur), cur, payer, None, ref, rem, "applied", "payer_alias_with_reference",
              "payer %r is the %s; customer_id null; reference %r and exact balance identify "
              "the invoice" % (payer, kind, sp),
              "reference names KCT-%07d and the amount equals its balance" % r["num"],
              apps=[(r["id"], amt)], unapplied=0)
    verify_mentions(d, {r["num"]})
    return d


def ascii_variant(c):
    """A payer name that the name rule matches (legal form dropped, or bank-truncated)."""
    u = upper_name(c)
    core = " ".join(core_tokens(c["name"]))
    opts = [core, core + " LTD" if "LTD" not in core else core, u[:35].rstrip(),
            u[:R.randint(18, 30)].rstrip()]
    opts = [o for o in opts if name_match(o) == c["key"]]
    need(opts)
    return R.choice(opts)


def s_name_amount_only(ctx):
    c = R.choice([c for c in CUSTOMERS if c["country"] not in ("JP",)])
    cur = R.choice(list(c["curs"]))
    rows = open_of(c["key"], cur)
    need(rows)
    r = R.choice(rows)
    amt = BAL[r["id"]]
    sols = subsets(rows, amt)
    need(len(sols) == 1 and sols[0] == (r["id"],))
    payer = ascii_variant(c)
    ch = channel(c, cur)
    if ch in ("kr", "tw"):
        ch = "swift"
    d = draft(fmt(amt, cur), cur, payer, None, generic_ref(ch), None, "applied",
              "name_match_amount_only",
              "customer_id null; payer %r matches %r by the name rule; no number; the amount fits "
              "one open invoice only" % (payer, c["name"]),
              "payer name identifies the customer; amount equals exactly one open invoice",
              apps=[(r["id"], amt)], unapplied=0)
    verify_mentions(d, set())
    return d


def s_amount_only(ctx):
    c = R.choice(CUSTOMERS)
    cur = R.choice(list(c["curs"]))
    rows = open_of(c["key"], cur)
    need(rows)
    r = R.choice(rows)
    amt = BAL[r["id"]]
    sols = subsets(rows, amt)
    need(len(sols) == 1 and sols[0] == (r["id"],))
    ch = channel(c, cur)
    d = draft(fmt(amt, cur), cur, payer_for(c, ch), c["id"], generic_ref(ch), None, "applied",
              "amount_only_known_customer",
              "customer_id given (%s); no invoice number; amount equals one open invoice and no "
              "other set of the customer's open invoices" % ch,
              "known customer; amount equals exactly one set of open invoices",
              apps=[(r["id"], amt)], unapplied=0)
    verify_mentions(d, set())
    return d


def s_multi_listed(ctx):
    c = R.choice(CUSTOMERS)
    cur = R.choice(list(c["curs"]))
    rows = open_of(c["key"], cur)
    need(len(rows) >= 3)
    k = R.randint(2, min(5, len(rows)))
    pick = rows[:k] if R.random() < 0.5 else sorted(R.sample(rows, k), key=key_of)
    ch = channel(c, cur)
    lang = lang_of(c, cur)
    cid = c["id"] if known_id(ch) else None
    payer = payer_for(c, ch) if (cid or R.random() < 0.5 or not aliases(c, cur)) \
        else R.choice(aliases(c, cur))[1]
    need(cid or name_match(payer) in (None, c["key"]))
    total = sum(BAL[r["id"]] for r in pick)
    style = pick_style(lang)
    items = [(spell(r["num"], style), BAL[r["id"]]) for r in pick]
    rem = advice(lang, c, ctx["date"], items, total, cur)
    if ch == "swift" and R.random() < 0.5:
        ref = "/INV/" + ",".join(str(r["num"]) for r in pick)
    elif ch == "check":
        ref = generic_ref(ch)
    else:
        ref = R.choice([generic_ref(ch), {"ja": "支払通知書参照", "ko": "송금통지서 참조",
                                          "zh": "詳付款通知"}.get(lang, "SEE REMITTANCE ADVICE")])
    d = draft(fmt(total, cur), cur, payer, cid, ref, rem, "applied", "multi_invoice_listed",
              "%d invoices listed in the remittance advice (%s), amount is their sum%s" % (
                  k, lang, "; customer_id null" if not cid else ""),
              "remittance lists %d invoices; amount equals the sum of their balances" % k,
              apps=[(r["id"], BAL[r["id"]]) for r in pick], unapplied=0)
    verify_mentions(d, {r["num"] for r in pick})
    return d


def s_multi_unlisted(ctx):
    c = R.choice(CUSTOMERS)
    cur = R.choice(list(c["curs"]))
    rows = open_of(c["key"], cur)
    need(2 <= len(rows))
    if len(rows) <= 6 and R.random() < 0.5:
        pick, how = rows, "all %d open invoices" % len(rows)
    else:
        k = R.randint(2, min(4, len(rows)))
        pick, how = rows[:k], "the %d oldest open invoices" % k
    total = sum(BAL[r["id"]] for r in pick)
    sols = subsets(rows, total)
    need(len(sols) == 1 and set(sols[0]) == {r["id"] for r in pick})
    ch = channel(c, cur)
    if R.random() < 0.7:
        cid, payer = c["id"], payer_for(c, ch)
    else:
        cid, payer = None, ascii_variant(c)
    month = ctx["date"].month - 1 or 12
    ref = R.choice({"zengin": ["%d月分 ｼﾖｳﾋﾝﾀﾞｲ" % month, "ｼﾖｳﾋﾝﾀﾞｲ"],
                    "kr": ["%d월분 결제" % month, "물품대금"],
                    "tw": ["%d月份貨款" % month, "貨款"]}.get(ch, ["PAYMENT STATEMENT %s" % (
                        dt.date(2024, month, 1).strftime("%b %Y").upper()), "ACCOUNT SETTLEMENT"]))
    d = draft(fmt(total, cur), cur, payer, cid, ref, None, "applied", "multi_invoice_unlisted_sum",
              "no invoice listed; amount equals %s of the customer (%s) and no other set" % (how, cur),
              "known customer; amount equals the sum of exactly one set of open invoices",
              apps=[(r["id"], BAL[r["id"]]) for r in pick], unapplied=0)
    verify_mentions(d, set())
    return d


NETTING = {
    "kaiyo": ("KAIYO HOLDINGS TREASURY CENTRE", ["kaiyo_kr", "kaiyo_sg", "kaiyo_hk"]),
    "daewon": ("DAEWON GROUP NETTING CENTER", ["daewon_kr", "daewon_vn"]),
}


def netting_lines(ctx, members, offset=None):
    g = R.choice(list(NETTING))
    payer, keys = NETTING[g]
    picks = []
    for k in keys:
        rows = open_of(k, "USD")
        if rows:
            picks += R.sample(rows, min(len(rows), R.choice([1, 1, 2])))
    need(len({r["cust"] for r in picks}) >= 2)
    picks.sort(key=lambda r: (r["cust"], r["num"]))
    gross = sum(BAL[r["id"]] for r in picks)
    lines = ["GROUP NETTING STATEMENT - CYCLE %s" % ctx["date"].strftime("%Y-%m"),
             "Settlement date: %s   Currency: USD" % ctx["date"].isoformat(),
             "Receiver: %s (Tokyo)" % KAIYO_EN, "Paying entity / invoice / amount"]
    for r in picks:
        lines.append("%s   KCT-%07d   %s" % (CUST[r["cust"]]["name"], r["num"],
                                             grouped(BAL[r["id"]], "USD")))
    net = gross
    if offset:
        off = R.randint(50, 400) * 1000 + R.choice([0, 0, 50, 75])
        need(off < gross // 2)
        who = CUST[picks[0]["cust"]]["name"]
        lines.append("Less: offset against payable to %s (AP ref NET-AP-%s-%02d)   -%s" % (
            who, ctx["date"].strftime("%y%m"), R.randint(1, 30), grouped(off, "USD")))
        net = gross - off
    lines.append("Net settlement amount   %s" % grouped(net, "USD"))
    return g, payer, picks, gross, net, "\n".join(lines)


def s_netting_exact(ctx):
    g, payer, picks, gross, net, rem = netting_lines(ctx, None)
    d = draft(fmt(net, "USD"), "USD", payer, None, "GROUP NETTING %s" % ctx["date"].strftime("%Y-%m"),
              rem, "applied", "netting_statement",
              "%s netting statement pays %d invoices of %d group companies; sum is exact" % (
                  g, len(picks), len({r["cust"] for r in picks})),
              "netting statement lists each invoice and amount; net equals their sum",
              apps=[(r["id"], BAL[r["id"]]) for r in picks], unapplied=0)
    verify_mentions(d, {r["num"] for r in picks})
    return d


def s_netting_offset(ctx):
    g, payer, picks, gross, net, rem = netting_lines(ctx, None, offset=True)
    d = draft(fmt(net, "USD"), "USD", payer, None, "GROUP NETTING %s" % ctx["date"].strftime("%Y-%m"),
              rem, "review", "netting_with_offset",
              "%s netting statement nets a payable of ours against the invoices; which invoice stays "
              "open and the AP side need a person" % g,
              "netting offsets a payable against our invoices: confirm with AP before applying",
              cands=[tuple(r["id"] for r in sorted(picks, key=key_of))], unapplied=net)
    verify_mentions(d, {r["num"] for r in picks})
    return d


LC_BANKS = {"VN": ["VIETCOMBANK", "JOINT STOCK COMMERCIAL BANK FOR INVESTMENT AND DEVELOP"],
            "TH": ["BANGKOK BANK PUBLIC COMPANY LIMITED", "KASIKORNBANK PCL"],
            "KR": ["SHINHAN BANK", "KOOKMIN BANK"], "TW": ["MEGA INTERNATIONAL COMMERCIAL BANK"],
            "HK": ["BANK OF EAST ASIA"], "SG": ["UNITED OVERSEAS BANK"]}


def lc_number(c):
    pre = {"VN": "ILCVCB", "TH": "BBLIMP", "KR": "M07", "TW": "MICBLC", "HK": "BEAIM", "SG": "UOBLC"}
    digits = "".join(R.choice("123567") + R.choice("0123456789") for _ in range(4))
    return pre[c["country"]] + digits + R.choice(["", "NU", "/24"])


def s_lc(ctx, charges):
    r = any_open(lambda r: r["cur"] == "USD" and CUST[r["cust"]]["country"] in LC_BANKS
                 and CUST[r["cust"]].get("group") != "kaiyo" and BAL[r["id"]] > 1500000)
    c = CUST[r["cust"]]
    bank = R.choice(LC_BANKS[c["country"]])
    bal = BAL[r["id"]]
    lcno = lc_number(c)
    sp = spell(r["num"], R.choice(["full", "nohyphen", "full"]))
    L = ["ADVICE OF PAYMENT UNDER DOCUMENTARY CREDIT", "L/C NO.: %s" % lcno,
         "ISSUING BANK: %s" % bank, "APPLICANT: %s" % upper_name(c),
         "BENEFICIARY: %s" % KAIYO_EN.upper(), "YOUR INVOICE NO.: %s" % sp,
         "DRAWING AMOUNT: USD %s" % grouped(bal, "USD")]
    if charges:
        neg = R.choice([5000, 6000, 7500, 8000])
        cable = R.choice([0, 2500, 3000])
        disc = R.choice([0, 0, 7500, 9000])
        if disc:
            L.append("LESS DISCREPANCY FEE: USD %s" % grouped(disc, "USD"))
        L.append("LESS NEGOTIATION CHARGES: USD %s" % grouped(neg, "USD"))
        if cable:
            L.append("LESS CABLE CHARGES: USD %s" % grouped(cable, "USD"))
        fee = neg + cable + disc
        net = bal - fee
    else:
        L.append("ALL CHARGES FOR ACCOUNT OF APPLICANT")
        fee, net = 0, bal
    L.append("NET PROCEEDS: USD %s" % grouped(net, "USD"))
    ref = "LC PROCEEDS %s" % lcno
    if charges:
        d = draft(fmt(net, "USD"), "USD", bank, None, ref, "\n".join(L), "partial",
                  "lc_proceeds_less_charges",
                  "L/C proceeds from %s for %s; bank charges USD %s stated in the advice" % (
                      bank, c["name"], grouped(fee, "USD")),
                  "L/C advice names the invoice; bank charges deducted",
                  apps=[(r["id"], net)], unapplied=0,
                  short=(r["id"], fee, "bank_fee: L/C negotiation/cable/discrepancy charges deducted"))
    else:
        d = draft(fmt(net, "USD"), "USD", bank, None, ref, "\n".join(L), "applied", "lc_proceeds",
                  "L/C proceeds from %s for %s, charges for applicant, full drawing" % (bank, c["name"]),
                  "L/C advice names the invoice; proceeds equal its balance",
                  apps=[(r["id"], net)], unapplied=0)
    verify_mentions(d, {r["num"]})
    return d


PART_TEXT = {
    "ja": ["今回は一部のお支払いとなります（残額は翌月末お支払い予定）", "分割払い 1回目"],
    "ko": ["1차 분할 지급입니다. 잔액은 다음 달 지급 예정", "부분 지급"],
    "zh": ["本次為部分付款，餘額下月支付", "分期付款第一期"],
    "en": ["Partial payment - balance to follow", "Instalment 1 of 2", "Part payment as agreed"],
}


def single_named_short(ctx, scenario, status_if, make_amount, extra_lines, short_reason,
                       cid_force=None, filt=lambda r: True, allow_alias=True, unexplained=False):
    r = any_open(filt)
    c, cur = CUST[r["cust"]], r["cur"]
    bal = BAL[r["id"]]
    ch = channel(c, cur)
    lang = lang_of(c, cur)
    amt, info = make_amount(bal, cur)
    need(0 < amt < bal)
    cid = c["id"] if known_id(ch, cid_force) else None
    if cid or not allow_alias or not aliases(c, cur):
        payer = payer_for(c, ch)
    else:
        payer = R.choice(aliases(c, cur))[1] if R.random() < 0.5 else payer_for(c, ch)
    known = bool(cid) or name_match(payer) == c["key"]
    need(cid or name_match(payer) in (None, c["key"]))
    sp = spell(r["num"], pick_style(lang))
    lines = extra_lines(lang, info, cur) if extra_lines else []
    if lines or R.random() < 0.5:
        rem = advice(lang, c, ctx["date"], [(sp, bal)], amt, cur, extra=lines)
        ref = ref_text(ch, sp, c) if R.random() < 0.6 else generic_ref(ch)
    else:
        rem = None
        ref = ref_text(ch, sp, c)
    if ch == "check":
        ref = "INV " + sp
    d = dict(r=r, c=c, cur=cur, bal=bal, amt=amt, cid=cid, payer=payer, ref=ref, rem=rem,
             known=known, ch=ch, lang=lang, info=info)
    if unexplained:
        need(not DEDUCTION_WORDS.search(norm((ref or "") + "\n" + (rem or ""))))
        # the amount must not point at another of the owner's invoices
        need(not exact_singles(c["key"], cur, amt, exclude=(r["id"],)))
    return d


def finish_short(d, status, scenario, note, reason, short_reason=None):
    r, cur = d["r"], d["cur"]
    if status == "review":
        out = draft(fmt(d["amt"], cur), cur, d["payer"], d["cid"], d["ref"], d["rem"], "review",
                    scenario, note, reason, cands=[(r["id"],)], unapplied=d["amt"])
    else:
        out = draft(fmt(d["amt"], cur), cur, d["payer"], d["cid"], d["ref"], d["rem"], "partial",
                    scenario, note, reason, apps=[(r["id"], d["amt"])], unapplied=0,
                    short=(r["id"], d["bal"] - d["amt"], short_reason) if short_reason else None)
    verify_mentions(out, {r["num"]})
    return out


def s_part(ctx):
    def mk(bal, cur):
        unit = 10000 if DEC[cur] == 0 else 100000
        if cur == "KRW":
            unit = 1000000
        amt = int(bal * R.uniform(0.3, 0.7)) // unit * unit
        return amt, None
    d = single_named_short(ctx, "part_payment", None, mk,
                           lambda lang, info, cur: [R.choice(PART_TEXT[lang])], None)
    need(d["amt"] > 0)
    return finish_short(d, "partial", "part_payment",
                        "stated part payment (%s); invoice stays open, no deduction case" % d["lang"],
                        "remittance states a part payment against the named invoice")


def s_zengin_fee(ctx):
    fee = R.choice(ZENGIN_FEES)
    stated = R.random() < 0.5

    def lines(lang, info, cur):
        if not stated:
            return []
        return [R.choice(["振込手数料 ¥%s 差引" % grouped(fee, "JPY"),
                          "※振込手数料（¥%s）は差し引かせていただきました" % grouped(fee, "JPY")])]
    d = single_named_short(ctx, "short_zengin_fee", None, lambda b, c: (b - fee, None), lines, None,
                           filt=lambda r: r["cur"] == "JPY" and CUST[r["cust"]]["country"] == "JP")
    need(not exact_singles(d["c"]["key"], "JPY", d["amt"], exclude=(d["r"]["id"],)))
    if not stated:
        need(not DEDUCTION_WORDS.search(norm((d["ref"] or "") + "\n" + (d["rem"] or ""))))
    return finish_short(d, "partial", "short_zengin_fee",
                        "furikomi ¥%d short = sender's transfer fee %s%s" % (
                            fee, "stated in the advice" if stated else "(standard Zengin fee, unstated)",
                            "; customer_id null, payer %r" % d["payer"] if not d["cid"] else ""),
                        "named invoice paid less the sender's transfer fee",
                        "bank_fee: sender's Zengin transfer fee ¥%d deducted" % fee)


def s_zengin_fee_noref(ctx):
    c = R.choice([c for c in CUSTOMERS if c["country"] == "JP"])
    rows = open_of(c["key"], "JPY")
    need(rows)
    r = R.choice(rows)
    fee = R.choice(ZENGIN_FEES)
    amt = BAL[r["id"]] - fee
    need(amt > 0 and not subsets(rows, amt) and len(fee_pairs(c["key"], amt)) == 1)
    d = draft(fmt(amt, "JPY"), "JPY", c["kana"], c["id"], R.choice([None, "ｼﾖｳﾋﾝﾀﾞｲ"]), None,
              "partial", "short_zengin_fee_no_reference",
              "virtual-account furikomi, no number; amount = one open invoice less a standard ¥%d "
              "fee and fits nothing else" % fee,
              "known customer; amount equals one open invoice less a standard Zengin fee",
              apps=[(r["id"], amt)], unapplied=0,
              short=(r["id"], fee, "bank_fee: sender's Zengin transfer fee ¥%d deducted (inferred)" % fee))
    verify_mentions(d, set())
    return d


def s_swift_charges(ctx):
    chg = R.choice([1000, 1500, 2000, 2500, 3000, 3500, 4000])

    def lines(lang, info, cur):
        return [R.choice(["Intermediary bank charges USD %s deducted" % grouped(chg, "USD"),
                          "Less bank charges USD %s (correspondent)" % grouped(chg, "USD")])]
    d = single_named_short(ctx, "short_swift_charges", None, lambda b, c: (b - chg, None), lines, None,
                           filt=lambda r: r["cur"] == "USD" and CUST[r["cust"]]["country"] != "US"
                           and BAL[r["id"]] > 200000)
    d["rem"] = "\n".join(["CREDIT ADVICE (MT103)", "ORDERING CUSTOMER: %s" % upper_name(d["c"], 35),
                          "INSTRUCTED AMOUNT: USD %s" % grouped(d["bal"], "USD"),
                          "INTERMEDIARY BANK CHARGES: USD %s" % grouped(chg, "USD"),
                          "CREDITED AMOUNT: USD %s" % grouped(d["amt"], "USD"),
                          "DETAILS OF PAYMENT: %s" % spell(d["r"]["num"], "full")])
    return finish_short(d, "partial", "short_swift_charges",
                        "SWIFT wire, intermediary bank took USD %s (stated in the credit advice)" % (
                            grouped(chg, "USD")),
                        "named invoice, intermediary-bank charges deducted",
                        "bank_fee: intermediary bank charges USD %s" % grouped(chg, "USD"))


WHT = {"TH": (0.03, {"en": "Less withholding tax 3%% %s"}),
       "VN": (0.01, {"en": "Less FCT (foreign contractor tax) withheld 1%% %s"}),
       "KR": (0.022, {"ko": "원천징수세액 %s 공제", "en": "Less WHT 2.2%% %s"})}


def s_wht(ctx):
    r = any_open(lambda r: CUST[r["cust"]]["country"] in WHT and CUST[r["cust"]].get("group") != "kaiyo")
    c = CUST[r["cust"]]
    rate, texts = WHT[c["country"]]

    def mk2(bal, cur):
        w = int(bal * rate)
        return bal - w, w

    def lines(lang, w, cur):
        t = texts.get(lang) or texts["en"]
        return [t % money(w, cur, lang)]
    d = single_named_short(ctx, "short_wht", None, mk2, lines, None,
                           filt=lambda x: x["cust"] == r["cust"])
    return finish_short(d, "partial", "short_withholding_tax",
                        "%s customer withheld tax %.1f%% (%s) and says so" % (
                            c["country"], rate * 100, grouped(d["info"], d["cur"])),
                        "named invoice, withholding tax deducted",
                        "withholding_tax: %s withheld" % money(d["info"], d["cur"], "en"))


DISC_TEXT = {"en": "Less %s%% early payment discount %s", "ja": "早期支払割引（%s%%） %s 差引",
             "zh": "扣除提前付款折扣 %s%% %s", "ko": "조기결제 할인 %s%% %s 차감"}


def s_discount(ctx):
    pct = R.choice([1, 2, 2])

    def mk(bal, cur):
        disc = bal * pct // 100
        return bal - disc, disc
    d = single_named_short(ctx, "short_discount", None, mk,
                           lambda lang, w, cur: [DISC_TEXT[lang] % (pct, money(w, cur, lang))], None,
                           filt=lambda r: CUST[r["cust"]]["country"] in ("US", "TW", "JP", "SG"))
    return finish_short(d, "partial", "short_discount_taken",
                        "customer took a %d%% early-payment discount (stated)" % pct,
                        "named invoice, early-payment discount taken",
                        "discount: %d%% early-payment discount %s taken" % (pct, money(d["info"],
                                                                                  d["cur"], "en")))


DMG_TEXT = {"en": ["Less claim for damaged goods (RMA %d) %s", "Less defective parts returned %s"],
            "ja": ["不良品返品分 %s 差引（返品番号 RT-%d）", "破損品 %s 差引"],
            "ko": ["불량품 클레임 %s 차감", "파손품 %s 공제"],
            "zh": ["扣除損壞品 %s", "瑕疵品扣款 %s"]}


def dmg_line(lang, amt, cur):
    t = R.choice(DMG_TEXT[lang])
    if "%d" in t:
        n = R.randint(1000, 3999)
        return t % ((n, money(amt, cur, lang)) if t.index("%d") < t.index("%s") else
                    (money(amt, cur, lang), n))
    return t % money(amt, cur, lang)


def s_damaged(ctx):
    def mk(bal, cur):
        frac = R.uniform(0.02, 0.15)
        unit = 1 if DEC[cur] == 0 else 100
        dmg = max(unit, int(bal * frac) // unit * unit)
        return bal - dmg, dmg
    d = single_named_short(ctx, "short_damaged", None, mk,
                           lambda lang, w, cur: [dmg_line(lang, w, cur)], None)
    return finish_short(d, "partial", "short_damaged_goods",
                        "deduction for damaged/defective goods stated (%s)" % d["lang"],
                        "named invoice, damaged-goods deduction",
                        "damaged_goods: claim %s deducted" % money(d["info"], d["cur"], "en"))


FX_TEXT = {"en": "Short due to exchange rate difference %s", "ko": "환율 차이로 인한 부족분 %s",
           "zh": "匯率差額 %s"}


def s_fx(ctx):
    def mk(bal, cur):
        s = int(bal * R.uniform(0.003, 0.015))
        return bal - s, s
    d = single_named_short(ctx, "fx_shortfall", None, mk,
                           lambda lang, w, cur: [FX_TEXT.get(lang, FX_TEXT["en"]) % money(w, cur, lang)],
                           None, filt=lambda r: r["cur"] == "USD" and CUST[r["cust"]]["country"] in
                           ("TH", "VN", "KR", "TW") and CUST[r["cust"]].get("group") != "kaiyo")
    return finish_short(d, "partial", "fx_shortfall",
                        "customer converted from local currency; USD %s short, stated as exchange "
                        "rate difference" % grouped(d["info"], "USD"),
                        "named invoice, exchange-rate shortfall",
                        "fx_difference: exchange-rate shortfall %s" % money(d["info"], "USD", "en"))


def unexplained_amount(bal, cur):
    s = int(bal * R.uniform(0.004, 0.08))
    if DEC[cur] == 2 and R.random() < 0.5:
        s = s // 100 * 100 + R.choice([0, 50])
    s = max(s, 1)
    if cur == "JPY":
        need(s not in ZENGIN_FEES)
    return bal - s, s


def s_short_unexplained(ctx):
    d = single_named_short(ctx, "short_unexplained", None, unexplained_amount, None, None,
                           cid_force=True, unexplained=True)
    return finish_short(d, "partial", "short_unexplained",
                        "known customer, invoice named, %s short with no reason given" % grouped(
                            d["info"], d["cur"]),
                        "named invoice paid short without explanation; deduction case opened",
                        "unexplained: shortfall %s with no stated reason" % money(d["info"], d["cur"], "en"))


# payer names that nothing in the ledger links to the customer (no shared word, no transliteration)
OPAQUE = {"CRESTLINE INDUSTRIAL HOLDINGS INC", "SBEMS", "NEMS PTE LTD", "PRC TRADING", "FORMOCONN",
          "ｴﾑｼ-ｴﾑ(ｶ", "MICHAEL J OKAFOR"}


def s_short_ref_only(ctx):
    d = single_named_short(ctx, "short_ref_only", None, unexplained_amount, None, None,
                           cid_force=False, filt=lambda r: any(v in OPAQUE for _, v in
                                                               aliases(CUST[r["cust"]], r["cur"])),
                           unexplained=True)
    d["payer"] = R.choice([v for k, v in aliases(d["c"], d["cur"]) if v in OPAQUE])
    d["rem"] = None
    d["ref"] = ref_text(d["ch"], spell(d["r"]["num"], pick_style(d["lang"])), d["c"]) \
        if d["ch"] != "check" else "INV " + spell(d["r"]["num"], "full")
    return finish_short(d, "review", "short_unidentified_payer",
                        "payer %r not identifiable by name, customer_id null; the reference names an "
                        "invoice but the amount is %s short with no reason" % (
                            d["payer"], grouped(d["info"], d["cur"])),
                        "only the reference links payer and invoice and the amount does not confirm it")


def s_multi_short(ctx, attributed):
    c = R.choice([c for c in CUSTOMERS if c["country"] == "JP"] if not attributed else CUSTOMERS)
    cur = "JPY" if not attributed else R.choice(list(c["curs"]))
    rows = open_of(c["key"], cur)
    need(len(rows) >= 3)
    pick = sorted(R.sample(rows, R.randint(2, 3)), key=key_of)
    ch = channel(c, cur)
    lang = lang_of(c, cur)
    style = R.choice(["full", "nohyphen", "full"])
    items = [(spell(r["num"], style), BAL[r["id"]]) for r in pick]
    S = sum(BAL[r["id"]] for r in pick)
    if attributed:
        x = R.randrange(len(pick))
        xb = BAL[pick[x]["id"]]
        unit = 1 if DEC[cur] == 0 else 100
        kind = R.choice(["damaged_goods", "discount"])
        ded = max(unit, int(xb * R.uniform(0.02, 0.12)) // unit * unit) if kind == "damaged_goods" \
            else xb * 2 // 100
        need(ded > 0)
        if kind == "damaged_goods":
            suffix = "  (" + dmg_line(lang, ded, cur) + ")"
        else:
            suffix = "  (" + DISC_TEXT[lang] % (2, money(ded, cur, lang)) + ")"
        amt = S - ded
        rem = advice(lang, c, ctx["date"], items, amt, cur, per_line={x: suffix})
        d = draft(fmt(amt, cur), cur, payer_for(c, ch), c["id"], generic_ref(ch), rem, "partial",
                  "short_multi_attributed",
                  "%d invoices listed; the advice puts a %s deduction on one line" % (len(pick), kind),
                  "listed invoices paid; the stated deduction belongs to one of them",
                  apps=[(r["id"], BAL[r["id"]] - (ded if k == x else 0)) for k, r in enumerate(pick)],
                  unapplied=0, short=(pick[x]["id"], ded, "%s: deduction stated against KCT-%07d" % (
                      kind, pick[x]["num"])))
    else:
        fee = R.choice(ZENGIN_FEES)
        amt = S - fee
        rem = advice("ja", c, ctx["date"], items, amt, cur,
                     extra=["振込手数料 ¥%s 差引" % grouped(fee, "JPY")])
        d = draft(fmt(amt, cur), cur, c["kana"], c["id"], generic_ref(ch), rem, "review",
                  "short_multi_unattributed",
                  "%d invoices listed, ¥%d transfer fee deducted from the total, not from a named "
                  "invoice" % (len(pick), fee),
                  "several invoices short by a fee that no line carries: which invoice stays open?",
                  cands=[tuple(r["id"] for r in pick)], unapplied=amt)
    verify_mentions(d, {r["num"] for r in pick})
    return d


def s_overpay(ctx):
    r = any_open()
    c, cur = CUST[r["cust"]], r["cur"]
    bal = BAL[r["id"]]
    ch = channel(c, cur)
    lang = lang_of(c, cur)
    if r["total"] > bal and R.random() < 0.7:
        amt, how = r["total"], "paid the invoice total although it was already part-paid"
    else:
        unit = 1 if DEC[cur] == 0 else 100
        extra = max(unit, int(bal * R.uniform(0.01, 0.2)) // unit * unit)
        amt, how = bal + extra, "paid more than the balance"
    if R.random() < 0.75 or c["country"] == "JP":
        cid, payer = c["id"], payer_for(c, ch)
    else:
        cid = None
        payer = ascii_variant(c)
    extra = amt - bal
    need(not exact_singles(c["key"], cur, amt, exclude=(r["id"],)))
    need(not exact_singles(c["key"], cur, extra, exclude=(r["id"],)))
    sp = spell(r["num"], pick_style(lang))
    ref = ref_text(ch, sp, c) if ch != "check" else "INV " + sp
    rem = advice(lang, c, ctx["date"], [(sp, amt)], amt, cur) if R.random() < 0.5 else None
    d = draft(fmt(amt, cur), cur, payer, cid, ref, rem, "unapplied", "overpayment",
              "%s; balance applied, %s held on account" % (how, grouped(extra, cur)),
              "named invoice closed; the excess is held as unapplied cash",
              apps=[(r["id"], bal)], unapplied=extra)
    verify_mentions(d, {r["num"]})
    return d


def s_duplicate(ctx):
    hist = [h for h in ctx["history"] if BAL[h["inv"]] == 0]
    need(hist)
    h = R.choice(hist[-60:])
    r = BY_ID[h["inv"]]
    c, cur = CUST[r["cust"]], r["cur"]
    need(not exact_singles(c["key"], cur, h["amount"]))
    d = draft(fmt(h["amount"], cur), cur, h["payer"], c["id"], h["ref"], h["rem"], "unapplied",
              "duplicate_payment",
              "second payment of KCT-%07d, already paid by %s; same reference and amount" % (
                  r["num"], h["pid"]),
              "named invoice already paid earlier in this batch: hold the money on account",
              unapplied=h["amount"])
    verify_mentions(d, {r["num"]})
    return d


def s_kana_only(ctx):
    c = R.choice([c for c in CUSTOMERS if c["country"] == "JP"])
    rows = open_of(c["key"], "JPY")
    need(rows)
    r = R.choice(rows)
    amt = BAL[r["id"]]
    need(len(exact_singles(None, "JPY", amt)) == 1)
    payer = c["kana"] if R.random() < 0.8 else (c.get("parent_kana") or c["kana"])
    d = draft(fmt(amt, "JPY"), "JPY", payer, None, R.choice([None, "ｼﾖｳﾋﾝﾀﾞｲ", "ｵﾌﾘｺﾐ"]), None,
              "review", "kana_name_only",
              "customer_id null, no number; half-width kana payer %r reads like %r and the amount "
              "fits one of its invoices, but only a transliteration links them" % (payer, c["name"]),
              "payer not identified from the data; likely invoice listed",
              cands=[(r["id"],)], unapplied=amt)
    verify_mentions(d, set())
    return d


def typo_of(n):
    s = str(n)
    kind = R.choice(["swap", "swap", "sub", "sub", "drop", "insert"])
    i = R.randrange(len(s) - 1)
    if kind == "swap":
        need(s[i] != s[i + 1])
        t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    elif kind == "sub":
        j = R.randrange(1, len(s))
        t = s[:j] + R.choice([d for d in "0123456789" if d != s[j]]) + s[j + 1:]
    elif kind == "drop":
        j = R.randrange(1, len(s))
        t = s[:j] + s[j + 1:]
    else:
        j = R.randrange(1, len(s))
        t = s[:j] + s[j] + s[j:]
    return int(t), kind


def s_typo(ctx):
    r = any_open()
    c, cur = CUST[r["cust"]], r["cur"]
    amt = BAL[r["id"]]
    t, kind = typo_of(r["num"])
    need(t not in ALL_NUMS)
    cid = c["id"] if R.random() < 0.8 else None
    ch = channel(c, cur)
    payer = payer_for(c, ch) if cid else (R.choice(aliases(c, cur))[1] if aliases(c, cur)
                                          else payer_for(c, ch))
    need(cid or name_match(payer) is None)
    pool = open_of(c["key"], cur) if cid else open_in(cur)
    near = [x for x in pool if osa(str(t), str(x["num"])) == 1]
    need([x["id"] for x in near] == [r["id"]])
    if cid:
        need(not exact_singles(c["key"], cur, amt, exclude=(r["id"],)))
    sp = "KCT-%07d" % t if (kind in ("drop", "insert") or str(t)[0] != "4" or R.random() < 0.6) \
        else str(t)
    ref = ref_text(ch, sp, c) if ch != "check" else "INV " + sp
    d = draft(fmt(amt, cur), cur, payer, cid, ref, None, "review", "typo_in_reference",
              "reference %r (%s of KCT-%07d) names no invoice we have; amount equals KCT-%07d%s" % (
                  sp, kind, r["num"], r["num"], "" if cid else "; payer unidentified"),
              "referenced number does not exist; nearest open invoice listed",
              cands=[(r["id"],)], unapplied=amt)
    verify_mentions(d, {t})
    return d


def s_other_customer(ctx):
    if R.random() < 0.5:
        # a group sibling or unrelated customer pays someone else's invoice under its own id
        y = any_open()
        a_pool = [c for c in CUSTOMERS if c["key"] != y["cust"] and y["cur"] in c["curs"]]
        sib = [c for c in a_pool if c.get("group") and c.get("group") == CUST[y["cust"]].get("group")]
        a = R.choice(sib or a_pool)
        amt = BAL[y["id"]]
        need(not exact_singles(a["key"], y["cur"], amt))
        ch = channel(a, y["cur"])
        sp = spell(y["num"], "full")
        d = draft(fmt(amt, y["cur"]), y["cur"], payer_for(a, ch), a["id"],
                  ref_text(ch, sp, a) if ch != "check" else "INV " + sp, None, "review",
                  "reference_other_customer",
                  "customer_id is %s but the reference names %s's invoice KCT-%07d (exact amount)" % (
                      a["name"], CUST[y["cust"]]["name"], y["num"]),
                  "reference names another customer's invoice",
                  cands=[(y["id"],)], unapplied=amt)
        verify_mentions(d, {y["num"]})
        return d
    # typo that lands on another customer's real invoice number
    x = any_open()
    a = CUST[x["cust"]]
    amt = BAL[x["id"]]
    t, kind = typo_of(x["num"])
    need(kind in ("swap", "sub") and t in BY_NUM and BY_NUM[t]["cust"] != x["cust"]
         and BAL[BY_NUM[t]["id"]] > 0 and BY_NUM[t]["cur"] == x["cur"])
    y = BY_NUM[t]
    need(BAL[y["id"]] != amt and len(exact_singles(a["key"], x["cur"], amt)) == 1)
    ch = channel(a, x["cur"])
    sp = spell(t, "full")
    d = draft(fmt(amt, x["cur"]), x["cur"], payer_for(a, ch), a["id"],
              ref_text(ch, sp, a) if ch != "check" else "INV " + sp, None, "review",
              "reference_other_customer",
              "reference KCT-%07d (%s of the customer's own KCT-%07d) is another customer's invoice; "
              "the amount equals the customer's own invoice" % (t, kind, x["num"]),
              "reference names another customer's invoice; the amount fits one of the payer's",
              cands=[(x["id"],), (y["id"],)], unapplied=amt)
    verify_mentions(d, {t})
    return d


def s_ref_amount_conflict(ctx):
    c = R.choice(CUSTOMERS)
    cur = R.choice(list(c["curs"]))
    rows = open_of(c["key"], cur)
    need(len(rows) >= 3)
    xr, yr = R.sample(rows, 2)          # x named, y's amount paid
    amt = BAL[yr["id"]]
    need(amt != BAL[xr["id"]] and len(exact_singles(c["key"], cur, amt)) == 1)
    ch = channel(c, cur)
    lang = lang_of(c, cur)
    sp = spell(xr["num"], pick_style(lang))
    ref = ref_text(ch, sp, c) if ch != "check" else "INV " + sp
    if amt > BAL[xr["id"]]:
        need(not exact_singles(c["key"], cur, amt - BAL[xr["id"]], exclude=(xr["id"],)))
    d = draft(fmt(amt, cur), cur, payer_for(c, ch), c["id"], ref, None, "review",
              "reference_amount_conflict",
              "reference names KCT-%07d (balance %s) but the amount is exactly KCT-%07d's balance" % (
                  xr["num"], grouped(BAL[xr["id"]], cur), yr["num"]),
              "reference and amount point at different invoices of the customer",
              cands=[(yr["id"],), (xr["id"],)], unapplied=amt)
    need(not DEDUCTION_WORDS.search(norm(ref or "")))
    verify_mentions(d, {xr["num"]})
    return d


def s_same_amount(ctx):
    opts = []
    for c in CUSTOMERS:
        for cur in c["curs"]:
            rows = open_of(c["key"], cur)
            seen = {}
            for r in rows:
                seen.setdefault(BAL[r["id"]], []).append(r)
            opts += [(c, cur, v) for v in seen.values() if len(v) >= 2]
    need(opts)
    c, cur, twins = R.choice(opts)
    amt = BAL[twins[0]["id"]]
    sols = subsets(open_of(c["key"], cur), amt)
    need(2 <= len(sols) <= 4)
    ch = channel(c, cur)
    cands = rank_sets([list(s) for s in sols], amt, cur)
    d = draft(fmt(amt, cur), cur, payer_for(c, ch), c["id"], generic_ref(ch), None, "review",
              "same_amount_several_invoices",
              "known customer, no number; %d open invoices carry exactly this amount (repeat "
              "orders)%s" % (len(twins), "" if len(sols) == len(twins) else
                             " and %d other sets also sum to it" % (len(sols) - len(twins))),
              "amount fits several invoices equally; oldest due first",
              cands=cands, unapplied=amt)
    verify_mentions(d, set())
    return d


def s_currency_mismatch(ctx):
    usd_inv = R.random() < 0.5          # USD invoice paid in local currency, or the reverse
    r = any_open(lambda r: len(CUST[r["cust"]]["curs"]) > 1 and (r["cur"] == "USD") == usd_inv)
    c = CUST[r["cust"]]
    pay_cur = R.choice([k for k in c["curs"] if k != r["cur"]])
    rate = {("USD", "JPY"): 149.85, ("USD", "KRW"): 1385.2, ("USD", "TWD"): 32.41,
            ("USD", "HKD"): 7.79, ("USD", "SGD"): 1.318, ("USD", "THB"): 34.1,
            ("JPY", "USD"): 1 / 149.85, ("KRW", "USD"): 1 / 1385.2, ("TWD", "USD"): 1 / 32.41,
            ("HKD", "USD"): 1 / 7.79, ("SGD", "USD"): 1 / 1.318, ("THB", "USD"): 1 / 34.1}[
        (r["cur"], pay_cur)]
    major = BAL[r["id"]] / 10 ** DEC[r["cur"]] * rate
    amt = int(round(major * 10 ** DEC[pay_cur]))
    need(amt > 0)
    ch = channel(c, pay_cur)
    lang = {"zengin": "ja", "kr": "ko", "tw": "zh", "hk": "zh"}.get(ch, "en")
    sp = spell(r["num"], "full")
    notes = {"ja": "%s建て請求書 %s を%sにてお支払い（換算レート %.2f）" % (
                 r["cur"], sp, pay_cur, rate if rate > 1 else 1 / rate),
             "ko": "%s 인보이스 %s %s 송금" % (r["cur"], sp, pay_cur),
             "zh": "%s發票 %s 以%s支付" % (r["cur"], sp, pay_cur)}
    txt = notes.get(lang, "INV %s (%s %s) PAID IN %s" % (sp, r["cur"], grouped(BAL[r["id"]], r["cur"]),
                                                         pay_cur))
    cid = c["id"] if R.random() < 0.6 else None
    d = draft(fmt(amt, pay_cur), pay_cur, payer_for(c, ch), cid, txt if ch != "zengin" else sp,
              txt if ch == "zengin" else None, "review", "currency_mismatch",
              "invoice KCT-%07d is in %s, the payment arrived in %s" % (r["num"], r["cur"], pay_cur),
              "payment currency differs from the named invoice: needs a conversion decision",
              cands=[(r["id"],)], unapplied=amt)
    verify_mentions(d, {r["num"]})
    need(cid or name_match(d["payer"]) in (None, c["key"]))
    return d


FITS_NOTHING = {"zengin": ["ﾏｴｳｹｷﾝ", "PO A7781 ﾏｴﾊﾞﾗｲ", None],
                "kr": ["선급금", "PO 7781 선지급"], "tw": ["預付款", "訂金 PO 7781"],
                "hk": ["DEPOSIT PO 7781"], "sg": ["ADVANCE PAYMENT", "DEPOSIT PO-7781"],
                "th": ["ADVANCE PAYMENT"], "swift": ["/ROC/ADVANCE PAYMENT PO 7781", "PREPAYMENT"],
                "ach": ["ACH CREDIT CCD PREPAY"], "wire": ["FEDWIRE CREDIT PREPAYMENT"],
                "check": ["LOCKBOX 7781 CHECK NO 20417"], "card": ["CARD PMT VISA DEPOSIT"]}


def s_fits_nothing(ctx):
    c = R.choice(CUSTOMERS)
    cur = R.choice(list(c["curs"]))
    rows = open_of(c["key"], cur)
    lo, hi = RANGES[cur]
    amt = int(lo * (hi / lo) ** R.random())
    amt = amt // 1000 * 1000 if DEC[cur] == 0 else amt * 100
    need(amt > 0 and not subsets(rows, amt))
    if cur == "JPY":
        need(not fee_pairs(c["key"], amt))
    ch = channel(c, cur)
    d = draft(fmt(amt, cur), cur, payer_for(c, ch), c["id"], R.choice(FITS_NOTHING[ch]), None,
              "unapplied", "fits_nothing_known_customer",
              "known customer, no invoice number, amount matches no set of its open invoices "
              "(advance / deposit)",
              "known customer; nothing fits: hold as unapplied cash on account",
              unapplied=amt)
    verify_mentions(d, set())
    return d


UNKNOWN_PAYERS = [("JPY", "ｶ)ｻﾝﾜｼﾖｳｼﾞ"), ("JPY", "ﾔﾏﾀﾞ ﾀﾛｳ"), ("USD", "GLOBAL PARTS SOURCING LTD"),
                  ("USD", "ORIENT STAR LOGISTICS CO"), ("KRW", "(주)세진무역"), ("TWD", "宏達國際貿易有限公司"),
                  ("SGD", "LIM BENG HUAT"), ("THB", "SIAM MODERN TRADING CO LTD"),
                  ("HKD", "GOLDEN BAUHINIA ENTERPRISES"), ("USD", "NGUYEN VAN HUNG"),
                  ("JPY", "ﾄｳｷﾖｳﾌﾞﾋﾝｼﾖｳｶｲ(ｶ"), ("USD", "MIDWEST COMPONENT BROKERS INC")]


def s_unknown_payer(ctx):
    cur, payer = R.choice(UNKNOWN_PAYERS)
    need(name_match(payer) is None)
    lo, hi = RANGES[cur]
    amt = int(lo * (hi / lo) ** R.random())
    amt = (amt // 10 * 10 if cur == "KRW" else amt) if DEC[cur] == 0 else amt * 100 + R.choice([0, 0, 50, 99])
    need(not exact_singles(None, cur, amt))
    ref = R.choice([None, "PAYMENT", "ｵﾌﾘｺﾐ" if cur == "JPY" else "TRANSFER"])
    d = draft(fmt(amt, cur), cur, payer, None, ref, None, "review", "unknown_payer",
              "payer %r is not a customer, no number, amount fits no open invoice" % payer,
              "payer not identified and nothing fits", unapplied=amt)
    verify_mentions(d, set())
    return d


BAD = [
    ("amount", "-48300.00", "USD", "negative amount (reversal exported as a payment)"),
    ("amount", "#VALUE!", "JPY", "non-numeric amount (spreadsheet error in the bank export)"),
    ("currency", None, "KRW", "currency missing"),
    ("currency", "YEN", "JPY", "currency 'YEN' is not an ISO 4217 code"),
    ("date", "2024-11-31", "TWD", "impossible date 2024-11-31"),
    ("date", "31/10/2024", "SGD", "date not in YYYY-MM-DD"),
]


def s_bad(ctx):
    field, value, cur, why = BAD[ctx["bad_i"] % len(BAD)]
    r = any_open(lambda r: r["cur"] == cur)
    c = CUST[r["cust"]]
    ch = channel(c, cur)
    sp = spell(r["num"], "full")
    d = draft(fmt(BAL[r["id"]], cur), cur, payer_for(c, ch), c["id"] if R.random() < 0.5 else None,
              ref_text(ch, sp, c) if ch != "check" else "INV " + sp, None, "review", "bad_row",
              why + "; would otherwise match KCT-%07d" % r["num"], "row rejected: " + why,
              error=why)
    d["bad"] = (field, value)
    ctx["bad_i"] += 1
    return d


SCENARIOS = [
    ("exact_ref", s_exact_ref, 88), ("remittance_only", s_remit_only, 16),
    ("ocr_reference", s_ocr_ref, 6), ("payer_alias_with_reference", s_alias_ref, 30),
    ("name_match_amount_only", s_name_amount_only, 8),
    ("amount_only_known_customer", s_amount_only, 16),
    ("multi_invoice_listed", s_multi_listed, 26), ("multi_invoice_unlisted_sum", s_multi_unlisted, 12),
    ("netting_statement", s_netting_exact, 6), ("netting_with_offset", s_netting_offset, 3),
    ("lc_proceeds", lambda ctx: s_lc(ctx, False), 5),
    ("lc_proceeds_less_charges", lambda ctx: s_lc(ctx, True), 5),
    ("part_payment", s_part, 14), ("short_zengin_fee", s_zengin_fee, 14),
    ("short_zengin_fee_no_reference", s_zengin_fee_noref, 5),
    ("short_swift_charges", s_swift_charges, 10), ("short_withholding_tax", s_wht, 7),
    ("short_discount_taken", s_discount, 6), ("short_damaged_goods", s_damaged, 6),
    ("short_multi_attributed", lambda ctx: s_multi_short(ctx, True), 4),
    ("short_multi_unattributed", lambda ctx: s_multi_short(ctx, False), 3),
    ("short_unexplained", s_short_unexplained, 9),
    ("short_unidentified_payer", s_short_ref_only, 4),
    ("fx_shortfall", s_fx, 7), ("overpayment", s_overpay, 11), ("duplicate_payment", s_duplicate, 10),
    ("kana_name_only", s_kana_only, 6), ("typo_in_reference", s_typo, 12),
    ("reference_other_customer", s_other_customer, 6),
    ("reference_amount_conflict", s_ref_amount_conflict, 4),
    ("same_amount_several_invoices", s_same_amount, 9), ("currency_mismatch", s_currency_mismatch, 8),
    ("fits_nothing_known_customer", s_fits_nothing, 10), ("unknown_payer", s_unknown_payer, 8),
    ("bad_row", s_bad, 6),
]


# ============================================================================ main

def business_days(a, b):
    d, out = a, []
    while d <= b:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def main():
    assert sum(n for _, _, n in SCENARIOS) == 400
    gens = {name: fn for name, fn, _ in SCENARIOS}
    plan = [name for name, _, n in SCENARIOS for _ in range(n)]
    R.shuffle(plan)
    days = business_days(dt.date(2024, 10, 1), dt.date(2024, 12, 13))
    dates = sorted(R.choice(days) for _ in range(400))
    ctx = dict(history=[], bad_i=0)
    payments, labels = [], []
    i = 0
    while i < 400:
        name = plan[i]
        ctx["date"] = dates[i]
        d = None
        for _ in range(400):
            try:
                d = gens[name](ctx)
                break
            except Skip:
                continue
        if d is None:
            # not feasible at this point of the batch: swap with a later, different scenario
            j = next(j for j in range(i + 1, 400) if plan[j] != name)
            plan[i], plan[j] = plan[j], plan[i]
            continue
        pid = "p-%04d" % (i + 1)
        cur = d["cur"]
        p = {"id": pid, "date": dates[i].isoformat(), "amount": d["amount"], "currency": cur,
             "payer_name": d["payer"], "customer_id": d["cid"], "reference": d["ref"],
             "remittance": d["rem"]}
        if d.get("bad"):
            field, value = d["bad"]
            key = {"amount": "amount", "currency": "currency", "date": "date"}[field]
            if field == "date" and value == "31/10/2024":
                value = dates[i].strftime("%d/%m/%Y")
            p[key] = value
        lab = {"payment_id": pid, "status": d["status"],
               "applications": [{"invoice_id": iid, "amount": fmt(m, cur)} for iid, m in d["apps"]],
               "unapplied": None if d.get("error") else fmt(d["unapplied"], cur),
               "short_pay": None, "candidates": [{"invoice_ids": list(s)} for s in d["cands"]],
               "reason": d["reason"], "scenario": d["scenario"], "note": d["note"]}
        if d["short"]:
            iid, m, why = d["short"]
            lab["short_pay"] = {"invoice_id": iid, "amount": fmt(m, cur), "reason": why}
        if d.get("error"):
            lab["error"] = d["error"]
        else:
            for iid, m in d["apps"]:
                BAL[iid] -= m
                assert BAL[iid] >= 0
                APPLIED[iid] = APPLIED.get(iid, 0) + m
            if d["scenario"] in ("exact_ref", "remittance_only", "payer_alias_with_reference") \
                    and BAL[d["apps"][0][0]] == 0:
                ctx["history"].append(dict(inv=d["apps"][0][0], amount=d["apps"][0][1], pid=pid,
                                           payer=d["payer"], ref=d["ref"], rem=d["rem"]))
        payments.append(p)
        labels.append(lab)
        i += 1

    invoices = []
    for r in sorted(INVS, key=lambda r: r["num"]):
        c = CUST[r["cust"]]
        invoices.append({"id": r["id"], "number": "KCT-%07d" % r["num"], "customer_id": c["id"],
                         "customer_name": c["name"], "currency": r["cur"],
                         "total": fmt(r["total"], r["cur"]), "balance": fmt(r["bal"], r["cur"]),
                         "issue_date": r["issue"].isoformat(), "due_date": r["due"].isoformat()})
    shuffled = invoices[:]
    R.shuffle(shuffled)
    os.makedirs(OUT, exist_ok=True)
    for fname, data in (("invoices.json", shuffled), ("payments.json", payments),
                        ("labels.json", labels)):
        with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote %d invoices, %d payments, %d labels to %s" % (len(invoices), len(payments),
                                                               len(labels), OUT))


if __name__ == "__main__":
    main()
