#!/usr/bin/env python3
"""Blind cash-application test set: electronic-components maker, JP/KR customers.
Deterministic (seed 20226217), stdlib only. Writes ledger_jp_kr_components/ and README.md."""
import json, os, random, calendar
from decimal import Decimal as D
from datetime import date, timedelta
from collections import Counter, defaultdict

SEED = 20226217
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LED = os.path.join(HERE, "ledger_jp_kr_components")

FW = str.maketrans("0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ/", "０１２３４５６７８９－ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ／")


def fw(s):
    return s.translate(FW)


def money(x):
    return f"{D(x):.2f}"


def yen(x):      # 1,234,560
    return f"{int(D(x)):,}"


def usd(x):
    return f"{D(x):,.2f}"


def eom(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(y, m, k):
    m0 = y * 12 + (m - 1) + k
    return m0 // 12, m0 % 12 + 1


def bizday_back(d):
    while d.weekday() >= 5:
        d -= timedelta(1)
    return d


# ---------------------------------------------------------------- customers
# (id, invoice name, payer variants per currency, currencies, invoice style, terms, id_given_prob)
# JP: Zengin half-width katakana (no small kana: ｼﾖｳ for しょう), ｶ)=株式会社 prefix, (ｶ suffix, ﾕ)=有限会社, ﾄﾞ)=合同会社
JP = [
    ("C-J01", "Yamada Shoji Co., Ltd.", "ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ", "YAMADA SHOJI CO.,LTD.", "A", 1),
    ("C-J02", "Kitamura Denki K.K.", "ｶ)ｷﾀﾑﾗﾃﾞﾝｷ", "KITAMURA DENKI KK", "A", 1),
    ("C-J03", "Sakura Seimitsu Co., Ltd.", "ｻｸﾗｾｲﾐﾂ(ｶ", "SAKURA SEIMITSU CO LTD", "A", 1),
    ("C-J04", "Tohoku Kiban Y.K.", "ﾕ)ﾄｳﾎｸｷﾊﾞﾝ", "TOHOKU KIBAN YK", "B", 1),
    ("C-J05", "Chubu Jushi Kogyo Co., Ltd.", "ﾁﾕｳﾌﾞｼﾞﾕｼｺｳｷﾞﾖｳ(ｶ", "CHUBU JUSHI KOGYO CO LTD", "A", 1),
    ("C-J06", "Hokuriku Seiki Co., Ltd.", "ｶ)ﾎｸﾘｸｾｲｷ", "HOKURIKU SEIKI CO LTD", "B", 1),
    ("C-J07", "Minato Electronics Corp.", "ｶ)ﾐﾅﾄｴﾚｸﾄﾛﾆｸｽ", "MINATO ELECTRONICS CORPORATION", "A", 2),
    ("C-J08", "Shinsei Kogyo Co., Ltd.", "ｶ)ｼﾝｾｲｺｳｷﾞﾖｳ", "SHINSEI KOGYO CO LTD", "A", 1),
    ("C-J09", "Aoba Device Service LLC", "ﾄﾞ)ｱｵﾊﾞﾃﾞﾊﾞｲｽｻｰﾋﾞｽ", "AOBA DEVICE SERVICE LLC", "A", 1),
    ("C-J10", "Kyowa Tsushinki Co., Ltd.", "ｷﾖｳﾜﾂｳｼﾝｷ(ｶ", "KYOWA TSUSHINKI CO LTD", "B", 1),
    ("C-J11", "Fujimi Koki K.K.", "ｶ)ﾌｼﾞﾐｺｳｷ", "FUJIMI KOKI KK", "A", 1),
    ("C-J12", "Nishiki Plating Y.K.", "ﾕ)ﾆｼｷﾒﾂｷ", "NISHIKI PLATING YK", "A", 1),
    ("C-J13", "Hayate Mechatronics Co., Ltd.", "ｶ)ﾊﾔﾃﾒｶﾄﾛﾆｸｽ", "HAYATE MECHATRONICS CO., LTD.", "A", 2),
    ("C-J14", "Ryokuyo Shoji K.K.", "ｶ)ﾘﾖｸﾖｳｼﾖｳｼﾞ", "RYOKUYO SHOJI KK", "A", 1),
    ("C-J15", "Kansai Denzai Co., Ltd.", "ｶﾝｻｲﾃﾞﾝｻﾞｲ(ｶ", "KANSAI DENZAI CO LTD", "B", 1),
    # kanji-named customers: the bank line carries the customer code (振込依頼人コード) when no reference
    ("C-J16", "株式会社丸越電子", "ｶ)ﾏﾙｺｼﾃﾞﾝｼ", "MARUKOSHI DENSHI CO LTD", "A", 0),
    ("C-J17", "大和精工株式会社", "ﾀﾞｲﾜｾｲｺｳ(ｶ", "DAIWA SEIKO CO LTD", "A", 0),
    ("C-J18", "有限会社松葉製作所", "ﾕ)ﾏﾂﾊﾞｾｲｻｸｼﾖ", "MATSUBA SEISAKUSHO YK", "B", 0),
    ("C-J19", "株式会社東洋コネクタ", "ｶ)ﾄｳﾖｳｺﾈｸﾀ", "TOYO CONNECTOR CO LTD", "A", 0),
    ("C-J20", "三陽電機株式会社", "ｻﾝﾖｳﾃﾞﾝｷ(ｶ", "SANYO DENKI KK", "A", 0),
    ("C-J21", "株式会社北斗計測", "ｶ)ﾎｸﾄｹｲｿｸ", "HOKUTO KEISOKU CO LTD", "A", 0),
    ("C-J22", "合同会社ミライ基板", "ﾄﾞ)ﾐﾗｲｷﾊﾞﾝ", "MIRAI KIBAN LLC", "A", 0),
    ("C-J23", "株式会社青葉通信", "ｶ)ｱｵﾊﾞﾂｳｼﾝ", "AOBA TSUSHIN CO LTD", "A", 0),
    ("C-J24", "株式会社山田電装", "ｶ)ﾔﾏﾀﾞﾃﾞﾝｿｳ", "YAMADA DENSO CO LTD", "A", 0),
    ("C-J25", "株式会社光陽テック", "ｶ)ｺｳﾖｳﾃﾂｸ", "KOYO TECH CO LTD", "A", 0),
]
KR = [
    ("C-K01", "주식회사 한빛전자", "한빛전자", "HANBIT ELECTRONICS CO., LTD.", 2),
    ("C-K02", "Daesung Semiconductor Co., Ltd.", "대성반도체", "DAESUNG SEMICONDUCTOR CO LTD", 1),
    ("C-K03", "주식회사 새론테크", "새론테크", "SAERON TECH CO LTD", 1),
    ("C-K04", "미래디스플레이 주식회사", "미래디스플레이", "MIRAE DISPLAY CO LTD", 2),
    ("C-K05", "(주)동양정밀", "동양정밀", "DONGYANG PRECISION CO LTD", 1),
    ("C-K06", "주식회사 태광커넥터", "태광커넥터", "TAEGWANG CONNECTOR CO LTD", 1),
    ("C-K07", "유한회사 청운전기", "청운전기", "CHEONGUN ELECTRIC LTD", 1),
    ("C-K08", "Seohae Industrial Co., Ltd.", "서해산업", "SEOHAE INDUSTRIAL CO LTD", 1),
    ("C-K09", "주식회사 누리센서", "누리센서", "NURI SENSOR CO LTD", 2),
    ("C-K10", "케이원모듈 주식회사", "케이원모듈", "K-ONE MODULE CO LTD", 1),
    ("C-K11", "주식회사 한빛테크", "한빛테크", "HANBIT TECH CO LTD", 1),
    ("C-K12", "(주)우성전자", "우성전자", "WOOSUNG ELECTRONICS CO LTD", 2),
    ("C-K13", "주식회사 가온파워", "가온파워", "GAON POWER CO LTD", 1),
    ("C-K14", "(주)에이스회로", "에이스회로", "ACE CIRCUIT CO LTD", 1),
]
# USD-only export accounts (regional purchasing offices)
US_ONLY = [
    ("C-X01", "Minato Electronics (HK) Ltd.", "MINATO ELECTRONICS HK LTD"),
    ("C-X02", "Hanbit Electronics Vietnam Co., Ltd.", "HANBIT ELECTRONICS VIETNAM CO"),
    ("C-X03", "Kyowa Tsushinki Singapore Pte. Ltd.", "KYOWA TSUSHINKI SINGAPORE PTE"),
]

CUST = {}
for cid, name, kana, swift, style, kind in JP:
    curs = ["JPY", "USD"] if kind == 2 else ["JPY"]
    CUST[cid] = dict(id=cid, name=name, country="JP", kana=kana, swift=swift, style=style,
                     curs=curs, kanji=(kind == 0))
for cid, name, core, swift, kind in KR:
    curs = ["KRW", "USD"] if kind == 2 else ["KRW"]
    CUST[cid] = dict(id=cid, name=name, country="KR", core=core, swift=swift, style="K",
                     curs=curs, kanji=False)
for cid, name, swift in US_ONLY:
    CUST[cid] = dict(id=cid, name=name, country="XX", swift=swift, style="U", curs=["USD"], kanji=False)

# ---------------------------------------------------------------- invoices
SEQ = {"A": 300, "B": 207100, "K": 150, "U": 1200}
INVS = []
MONTHS = [(2026, m) for m in range(5, 11)]


def inv_number(style, cur, y, m):
    if cur == "USD":
        SEQ["U"] += R.randint(1, 3)
        return f"EX{y % 100}/{SEQ['U']:05d}"
    if style == "K":
        SEQ["K"] += R.randint(1, 2)
        return f"KR{y % 100}{m:02d}-{SEQ['K']:04d}"
    if style == "B":
        SEQ["B"] += R.randint(1, 4)
        return f"{SEQ['B']}"
    SEQ["A"] += R.randint(1, 2)
    return f"SI-{y % 100}{m:02d}-{SEQ['A']:04d}"


def gen_amount(cur):
    if cur == "JPY":
        sub = R.choice([R.randint(8, 300), R.randint(100, 2500)]) * 100 + R.choice([0, 0, 40, 80, 60])
        return D(int(sub * 11 // 10))
    if cur == "KRW":
        return D(R.randint(300, 45000) * 1000 * 11 // 10)
    return D(R.randint(600, 48000)) + D(R.choice([0, 0, 25, 50, 80, 40, 60])) / 100


iid = 10000
for cid in sorted(CUST):
    c = CUST[cid]
    for cur in c["curs"]:
        busy = R.choice([3, 4, 5, 6, 7]) if cur != "USD" else R.choice([1, 2, 3])
        if cid in ("C-J01", "C-J07", "C-J16", "C-K01", "C-K04"):
            busy += 3
        for (y, m) in MONTHS:
            n = max(1, busy + R.randint(-2, 2))
            amts = []
            for _ in range(n):
                iid += R.randint(1, 3)
                day = R.randint(1, 28)
                issue = date(y, m, day)
                if cur == "JPY":
                    yy, mm = add_months(y, m, 2 if c["style"] == "B" else 1)
                    due = eom(yy, mm)       # 月末締め翌月末払い (legacy accounts: 翌々月末)
                elif cur == "KRW":
                    yy, mm = add_months(y, m, 1)
                    due = eom(yy, mm)
                else:
                    due = issue + timedelta(R.choice([30, 60]))
                amt = gen_amount(cur)
                if amts and R.random() < 0.06:
                    amt = R.choice(amts)      # repeat order, same amount
                amts.append(amt)
                INVS.append(dict(id=f"i-{iid}", number=inv_number(c["style"], cur, y, m),
                                 customer_id=cid, customer_name=c["name"], currency=cur,
                                 total=amt, balance=amt, issue_date=issue, due_date=due))
# a few invoices already part-paid / credited before this period
for inv in INVS:
    if R.random() < 0.05:
        q = D("0.01") if inv["currency"] == "USD" else D(1)
        inv["balance"] = (inv["total"] * D(R.choice([30, 40, 50, 60, 70])) / 100).quantize(q)
BYID = {i["id"]: i for i in INVS}
BYNUM = {i["number"]: i for i in INVS}
assert len(BYNUM) == len(INVS)

# ---------------------------------------------------------------- payments
START, END = date(2026, 9, 1), date(2026, 11, 20)
PAYS = []          # (payment dict without id, label dict without payment_id, lang)


def cust_invs(cid, cur, free=True):
    return [i for i in INVS if i["customer_id"] == cid and i["currency"] == cur
            and (not free or not i.get("res"))]


def pick(curs, country=None, cond=None, n=1, kanji=None):
    for _ in range(500):
        cid = R.choice(sorted(CUST))
        c = CUST[cid]
        if country and c["country"] != country:
            continue
        if kanji is not None and c["kanji"] != kanji:
            continue
        cur = R.choice([x for x in c["curs"] if x in curs] or ["--"])
        if cur == "--":
            continue
        pool = cust_invs(cid, cur)
        if cond:
            pool = [i for i in pool if cond(i)]
        if len(pool) >= n:
            return c, cur, R.sample(pool, n)
    raise RuntimeError("pick failed")


def pdate(invs, lo=None):
    due = max(i["due_date"] for i in invs)
    iss = max(i["issue_date"] for i in invs)
    d = due + timedelta(R.randint(-25, 6))
    if d < START:      # long overdue: paid some time during the period
        d = START + timedelta(R.randint(0, 50))
    if d > END:        # due after the cut-off: some pay early
        d = END - timedelta(R.randint(0, 18))
    d = max(d, iss + timedelta(R.randint(5, 20)), lo or START, START)
    d = min(d, END)
    if d.weekday() >= 5:
        d = bizday_back(d) if bizday_back(d) >= START else d + timedelta(7 - d.weekday())
    return d


def payer(c, cur, trunc=None):
    if cur == "USD" or c["country"] == "XX":
        s = c["swift"]
        if R.random() < 0.3:
            s = "1/" + s
        return s[:35]
    if c["country"] == "KR":
        core = c["core"]
        s = R.choice(["(주)" + core, core + "(주)", "주식회사" + core, "(주)" + core, core])
        if s.startswith("주식회사") and R.random() < 0.5:
            s = s[:7]
        return s
    s = c["kana"]
    if trunc or (len(s) > 14 and R.random() < 0.4):
        s = s[:trunc or 14]
    return s


def matchable(c, cur):
    """can the payer name be tied to the invoice customer_name from the data alone?"""
    if cur == "USD" or c["country"] == "XX":
        return c["name"].isascii()
    if c["country"] == "KR":
        return c["core"] in c["name"]
    return not c["kanji"]


def cid_given(c, cur, need):
    if need and not matchable(c, cur):
        return True
    if c["country"] == "KR" and cur == "KRW":
        return R.random() < 0.85
    return R.random() < 0.35


def fmt_amt(cur, x):
    if cur == "JPY":
        return R.choice([f"{yen(x)}円", f"￥{yen(x)}", f"{yen(x)}-"])
    if cur == "KRW":
        return R.choice([f"{yen(x)}원", f"₩{yen(x)}", f"KRW {yen(x)}"])
    return R.choice([f"USD {usd(x)}", f"US${usd(x)}"])


def numvar(n, lang):
    """a spelling of an invoice number as customers write it"""
    k = R.random()
    if k < 0.3:
        return fw(n)
    if k < 0.5:
        return n.replace("-", "").replace("/", "")
    if k < 0.65:
        return n.lower()
    if k < 0.8:
        return n.replace("-", " ").replace("/", " ")
    return {"ja": "No." + n, "ko": "No." + n, "en": "#" + n}.get(lang, n)


def lab(status, apps=(), unapplied="0.00", short=None, cands=(), reason="", scen="", note=""):
    return dict(status=status, applications=[dict(invoice_id=i, amount=money(a)) for i, a in apps],
                unapplied=money(unapplied), short_pay=short, candidates=[list(x) for x in cands],
                reason=reason, scenario=scen, note=note)


def add(c, cur, amt, d, lbl, ref=None, rem=None, lang=None, given=None, payer_name=None, need=False):
    if given is None:
        given = cid_given(c, cur, need)
    p = dict(date=d, amount=money(amt), currency=cur,
             payer_name=payer_name or payer(c, cur), customer_id=c["id"] if (given and c) else None,
             reference=ref, remittance=rem)
    if lbl is not None:
        lbl["_cid"] = c["id"] if c else None
    PAYS.append([p, lbl, lang or ("none" if not (ref or rem) else "xx"), d])
    return PAYS[-1]


def lang_of(c, cur):
    if cur == "USD":
        return "en"
    return "ja" if c["country"] == "JP" else "ko"


def res(*invs):
    for i in invs:
        i["res"] = True


def text_single(c, cur, inv, lang, amt, exact=False):
    n = inv["number"] if exact else numvar(inv["number"], lang)
    if lang == "ja":
        return R.choice([f"請求書番号 {n} のお支払い", f"{n} 分お振込みいたしました。",
                         f"ご請求書（{n}）代金 {fmt_amt(cur, amt)} を本日お振込みいたしました。",
                         f"{n}　部品代金"])
    if lang == "ko":
        return R.choice([f"{n} 대금 입금합니다", f"세금계산서 {n} 결제 ({fmt_amt(cur, amt)})",
                         f"청구서 {n} 물품대금 송금", f"{n} 결제분"])
    return R.choice([f"Payment of invoice {n}", f"INV {n}", f"Settlement {n} {fmt_amt(cur, amt)}",
                     f"Invoice {n} - components"])


# 1 exact reference -------------------------------------------------------
def s_exact(k=70, variant=False):
    for _ in range(k):
        c, cur, (inv,) = pick(["JPY", "KRW", "USD"])
        res(inv)
        lang = lang_of(c, cur)
        amt = inv["balance"]
        t = text_single(c, cur, inv, lang, amt, exact=not variant)
        ref, rem = (t, None) if R.random() < 0.6 else (None, t)
        nm = None
        if variant and cur == "JPY" and R.random() < 0.4:     # number typed into the Zengin name field
            num = inv["number"].replace("-", "")
            nm = R.choice([f"{num} {c['kana']}", f"{c['kana']} {num}"])[:30]
            ref, rem = None, None
            lang = "none"
        d = pdate([inv])
        add(c, cur, amt, d, lab("applied", [(inv["id"], amt)], reason=f"reference {inv['number']} and exact balance",
                                scen="ref_variant" if variant else "exact_ref",
                                note=f"names {inv['number']}; amount equals its balance"),
            ref, rem, lang, payer_name=nm)


def others_open(c, cur, excl=()):
    return [i for i in cust_invs(c["id"], cur, free=False) if i["id"] not in excl]


def amount_unique(c, cur, amt, excl=()):
    """no other open invoice of the customer, nor any pair of them, has this balance"""
    bs = [i["balance"] for i in others_open(c, cur, excl)]
    if amt in bs:
        return False
    s = set()
    for a in bs:
        if amt - a in s:
            return False
        s.add(a)
    return True


# 2 typo in the reference -------------------------------------------------
def typo(n):
    digs = [k for k, ch in enumerate(n) if ch.isdigit()]
    for _ in range(50):
        k = R.choice(digs[-4:])
        if R.random() < 0.5 and k + 1 < len(n) and n[k + 1].isdigit() and n[k] != n[k + 1]:
            t = n[:k] + n[k + 1] + n[k] + n[k + 2:]
        else:
            t = n[:k] + str((int(n[k]) + R.choice([1, 9])) % 10) + n[k + 1:]
        if t not in BYNUM:
            return t
    return None


def s_typo(k=20):
    done = 0
    while done < k:
        c, cur, (inv,) = pick(["JPY", "KRW", "USD"])
        t = typo(inv["number"])
        if not t or not amount_unique(c, cur, inv["balance"], [inv["id"]]):
            continue
        res(inv)
        lang = lang_of(c, cur)
        amt = inv["balance"]
        txt = {"ja": f"請求書 {t} 代金", "ko": f"{t} 대금 결제", "en": f"Payment inv {t}"}[lang]
        add(c, cur, amt, pdate([inv]), lab("applied", [(inv["id"], amt)],
            reason=f"reference {t} is one digit off {inv['number']}; amount equals its balance",
            scen="typo_ref", note=f"typed {t} (no such invoice); {inv['number']} is the customer's only open item at this amount"),
            *((txt, None) if R.random() < 0.5 else (None, txt)), lang, need=True)
        done += 1


# 3 amount only (known customer, one open invoice at that amount) ----------
def s_amount_only(k=25):
    done = 0
    while done < k:
        c, cur, (inv,) = pick(["JPY", "KRW", "USD"])
        if not amount_unique(c, cur, inv["balance"], [inv["id"]]):
            continue
        res(inv)
        amt = inv["balance"]
        ref = None
        lang = "none"
        if c["country"] == "KR" and cur == "KRW" and R.random() < 0.7:
            ref = f"가상계좌입금 {R.randint(100,999)}-{R.randint(1000,9999)}-{R.randint(10000,99999)}"
            lang = "ko"
        elif cur == "JPY" and R.random() < 0.3:
            ref = R.choice(["ｾｲｷﾕｳﾀﾞｲｷﾝ", "ﾌﾞﾋﾝﾀﾞｲ", "ｶｲｶｹｷﾝ"])
            lang = "ja"
        add(c, cur, amt, pdate([inv]), lab("applied", [(inv["id"], amt)],
            reason="known payer; amount equals exactly one open invoice",
            scen="amount_only", note=f"no invoice named; only {inv['number']} has balance {amt}"),
            ref, None, lang, need=True)
        done += 1


# 4 lists and ranges ------------------------------------------------------
def s_list(k=30, rng=False):
    done = 0
    while done < k:
        c, cur, invs = pick(["JPY", "KRW", "USD"], n=R.randint(2, 5))
        if rng:
            pool = sorted(cust_invs(c["id"], cur), key=lambda i: i["number"])
            if len(pool) < 4 or c["style"] not in "AKU":
                continue
            st = R.randint(0, len(pool) - 3)
            invs = pool[st:st + R.randint(2, 4)]
            if len({i["number"][:-4] for i in invs}) > 1:
                continue
            # a range must cover every number between its ends: only use consecutive numbers
            nums = [int(i["number"][-4:]) for i in invs]
            if nums != list(range(nums[0], nums[0] + len(nums))):
                continue
        invs = sorted(invs, key=lambda i: i["number"])
        res(*invs)
        amt = sum(i["balance"] for i in invs)
        lang = lang_of(c, cur)
        if rng:
            a, b = invs[0]["number"], invs[-1]["number"]
            bt = b[-4:] if R.random() < 0.5 else b
            if R.random() < 0.3:
                a, bt = fw(a), fw(bt)
            txt = {"ja": f"{a}～{bt}（{len(invs)}件）まとめてお振込み", "ko": f"{a} ~ {bt} 일괄 결제 ({len(invs)}건)",
                   "en": f"Invoices {a} to {bt}"}[lang]
        else:
            ns = [numvar(i["number"], lang) if R.random() < 0.3 else i["number"] for i in invs]
            if lang == "ja":
                txt = "下記ご請求分をまとめてお振込みいたします。\n" + "\n".join(
                    f"・{n}　{fmt_amt(cur, i['balance'])}" for n, i in zip(ns, invs)) + f"\n合計　{fmt_amt(cur, amt)}"
            elif lang == "ko":
                txt = "아래 청구건 일괄 송금합니다.\n" + "\n".join(f"- {n} : {fmt_amt(cur, i['balance'])}" for n, i in zip(ns, invs))
            else:
                txt = R.choice(["INV ", "Invoices: ", "Payment for "]) + R.choice([", ", " / ", " + "]).join(ns)
        ref, rem = (txt, None) if (len(txt) < 60 and R.random() < 0.5) else (None, txt)
        add(c, cur, amt, pdate(invs), lab("applied", [(i["id"], i["balance"]) for i in invs],
            reason=("range " if rng else "list of ") + f"{len(invs)} invoices, sum equals payment",
            scen="range" if rng else "list", note=" + ".join(i["number"] for i in invs)), ref, rem, lang)
        done += 1


# 5 monthly closing lump sums (月末締め翌月末払い) ---------------------------
def month_groups(cur):
    g = defaultdict(list)
    for i in INVS:
        if i["currency"] == cur and not i.get("res"):
            g[(i["customer_id"], i["issue_date"].year, i["issue_date"].month)].append(i)
    return g


def s_monthly(k=25, fee=False):
    done = 0
    keys = None
    while done < k:
        cur = "JPY" if (fee or R.random() < 0.7) else "KRW"
        g = month_groups(cur)
        allg = defaultdict(list)
        for i in INVS:
            if i["currency"] == cur:
                allg[(i["customer_id"], i["issue_date"].year, i["issue_date"].month)].append(i)
        keys = [kk for kk, v in g.items() if len(v) >= 2 and len(v) == len(allg[kk])
                and all(i["balance"] == i["total"] for i in v) and kk[2] >= 8]
        kk = R.choice(sorted(keys))
        invs = sorted(g[kk], key=lambda i: i["number"])
        c = CUST[kk[0]]
        m = kk[2]
        tot = sum(i["balance"] for i in invs)
        y2, m2 = add_months(kk[1], m, 2 if c["style"] == "B" else 1)
        d = bizday_back(eom(y2, m2))
        if d > END:
            d = END - timedelta(R.randint(0, 5))
        d = max(d, START)
        if d.weekday() >= 5:
            d = bizday_back(d)
        if d < START:
            continue
        if not fee and not amount_unique(c, cur, tot, [i["id"] for i in invs]):
            continue
        res(*invs)
        if cur == "JPY":
            feev = D(R.choice([440, 660, 770, 880])) if fee else D(0)
            if fee:
                tgt = invs[-1]
                txt = (f"{m}月末締め分（{len(invs)}件）のお支払いです。ご請求合計{yen(tot)}円より、"
                       f"振込手数料{yen(feev)}円を{tgt['number']}分から差し引いてお振込みいたしました。")
                apps = [(i["id"], i["balance"] - (feev if i is tgt else 0)) for i in invs]
                add(c, cur, tot - feev, d, lab("partial", apps, short=dict(invoice_id=tgt["id"], amount=money(feev),
                    reason="振込手数料 (bank transfer fee) deducted"),
                    reason=f"{m}月締め lump sum less transfer fee named against {tgt['number']}",
                    scen="monthly_lump_fee", note=f"all {len(invs)} {m}月 invoices; fee {feev} on {tgt['number']}"),
                    None, txt, "ja", need=True)
                done += 1
                continue
            txt = R.choice([f"{m}月締め分 {len(invs)}件 合計{fmt_amt(cur, tot)}", f"{m}月分お支払い",
                            f"{m}月末締　ご請求分一括", None])
            lang = "ja" if txt else "none"
        else:
            txt = R.choice([f"{m}월분 물품대금 일괄 송금 ({len(invs)}건)", f"{m}월 마감분 결제", None])
            lang = "ko" if txt else "none"
        if not txt and not amount_unique(c, cur, tot, [i["id"] for i in invs]):
            pass
        ref, rem = (txt, None) if (txt and len(txt) < 25) else (None, txt)
        add(c, cur, tot, d, lab("applied", [(i["id"], i["balance"]) for i in invs],
            reason=f"lump sum equals all {len(invs)} open invoices issued in month {m}",
            scen="monthly_lump", note=f"月末締め: {', '.join(i['number'] for i in invs)}"), ref, rem, lang, need=True)
        done += 1


def rnd(x, step):
    return (x / step).to_integral_value() * step


def later(d, lo=3, hi=25):
    e = min(d + timedelta(R.randint(lo, hi)), END)
    if e.weekday() >= 5:
        e = e - timedelta(e.weekday() - 4)
    return e


SHORT_TXT = {
    "damaged": ({"ja": "{n}：納品時の破損品{q}個分 {d}円を差し引いてお支払いします。",
                 "ko": "{n} 불량품 {q}개 금액 {d}원 차감 후 입금합니다.",
                 "en": "Inv {n}: {q} pcs received damaged, {d} deducted (claim QC-{x})."},
                "damaged goods deducted"),
    "price": ({"ja": "{n}：お見積単価との相違分 {d}円を減額してお振込みしました。",
               "ko": "{n} 단가 차이분 {d}원 공제하고 송금합니다.",
               "en": "Inv {n} short paid {d}: unit price differs from our PO."},
              "price difference deducted"),
    "return": ({"ja": "{n}：返品分（RMA-{x}）{d}円を相殺しております。",
                "ko": "{n} 반품분(RMA-{x}) {d}원 상계 처리",
                "en": "Inv {n} net of returned goods RMA-{x} ({d})."},
               "returned goods offset"),
    "shortage": ({"ja": "{n}：数量不足（{q}個）分 {d}円を差し引きました。",
                  "ko": "{n} 수량 부족 {q}개분 {d}원 차감",
                  "en": "Inv {n}: {q} units short-shipped, {d} deducted."},
                 "quantity shortfall deducted"),
}


def s_short(k=15):
    for _ in range(k):
        c, cur, (inv,) = pick(["JPY", "KRW", "USD"], cond=lambda i: i["balance"] > 20000 or i["currency"] == "USD")
        res(inv)
        lang = lang_of(c, cur)
        kind = R.choice(sorted(SHORT_TXT))
        q = D("0.01") if cur == "USD" else D(100 if cur == "JPY" else 1000)
        ded = rnd(inv["balance"] * D(R.randint(2, 15)) / 100, q)
        amt = inv["balance"] - ded
        tpl, why = SHORT_TXT[kind]
        txt = tpl[lang].format(n=inv["number"], q=R.randint(2, 40), d=(yen(ded) if cur != "USD" else usd(ded)), x=R.randint(1000, 9999))
        add(c, cur, amt, pdate([inv]), lab("partial", [(inv["id"], amt)],
            short=dict(invoice_id=inv["id"], amount=money(ded), reason=why),
            reason=f"{inv['number']} short paid by {ded}: {why}", scen="short_pay_" + kind,
            note=f"deduction {ded} stated in remittance"), None, txt, lang)


def s_fee(k=22, implicit=8):
    for j in range(k):
        c, cur, (inv,) = pick(["JPY"], cond=lambda i: i["balance"] > 5000)
        res(inv)
        fee = D(R.choice([440, 660, 770, 880, 550, 330]))
        amt = inv["balance"] - fee
        if j < implicit:
            txt = R.choice([inv["number"], inv["number"].replace("-", ""), fw(inv["number"])])
            ref, rem, lang = txt, None, "ja"
            note = f"no text about the fee; {fee} short is a standard Zengin transfer fee"
        else:
            txt = R.choice([f"{inv['number']} 代金（振込手数料{yen(fee)}円差引）",
                            f"請求書{numvar(inv['number'], 'ja')}のお支払い。誠に勝手ながら振込手数料{yen(fee)}円は差し引かせていただきました。",
                            f"{inv['number']} ご請求額{yen(inv['balance'])}円－振込手数料{yen(fee)}円"])
            ref, rem, lang = (None, txt, "ja")
            note = f"remittance states fee {fee} deducted"
        add(c, cur, amt, pdate([inv]), lab("partial", [(inv["id"], amt)],
            short=dict(invoice_id=inv["id"], amount=money(fee), reason="振込手数料 (bank transfer fee) deducted"),
            reason=f"{inv['number']} less transfer fee {fee}", scen="fee_implicit" if j < implicit else "fee_explicit",
            note=note), ref, rem, lang)


def s_usd_charges(k=15):
    for j in range(k):
        c, cur, (inv,) = pick(["USD"], cond=lambda i: i["balance"] > 1000)
        res(inv)
        chg = D(R.choice([15, 20, 25, 30, 35, 18, 40]))
        amt = inv["balance"] - chg
        if j % 2:
            ref = f"/INV/{inv['number']}"
            rem = R.choice([f":71A:SHA\n:71F:USD{chg:.2f},\nRemittance: invoice {inv['number']}",
                            f"Payment invoice {inv['number']} USD {usd(inv['balance'])} less intermediary bank charges USD {chg:.2f}"])
            note = f"MT103 shows {chg} charges deducted"
        else:
            ref = f"INV {inv['number']} CHG SHA"
            rem = None
            note = f"SHA transfer arrived {chg} short of {inv['number']}: correspondent charges"
        add(c, cur, amt, pdate([inv]), lab("partial", [(inv["id"], amt)],
            short=dict(invoice_id=inv["id"], amount=money(chg), reason="correspondent/intermediary bank charges"),
            reason=f"{inv['number']} less bank charges {chg}", scen="usd_bank_charges", note=note), ref, rem, "en")


def s_part(k=15, remainder=6):
    for j in range(k):
        c, cur, (inv,) = pick(["JPY", "KRW", "USD"], cond=lambda i: i["balance"] > 50000 or i["currency"] == "USD")
        res(inv)
        lang = lang_of(c, cur)
        q = D("100") if cur == "USD" else D(1000 if cur == "JPY" else 100000)
        part = rnd(inv["balance"] * D(R.choice([30, 40, 50, 60])) / 100, q)
        if part <= 0 or part >= inv["balance"]:
            continue
        txt = {"ja": R.choice([f"{inv['number']} 内金として{yen(part)}円お支払いします。残額は来月末にお支払い予定です。",
                              f"{inv['number']} 一部入金（1回目）"]),
               "ko": R.choice([f"{inv['number']} 분할 납부 1차 ({yen(part)}원), 잔액은 다음 달 송금 예정",
                               f"{inv['number']} 일부 입금"]),
               "en": R.choice([f"Partial payment inv {inv['number']}, balance to follow",
                               f"1st instalment {inv['number']}"])}[lang]
        d = pdate([inv])
        if j < remainder:
            d = min(d, END - timedelta(12))
            d = bizday_back(d) if bizday_back(d) >= START else d
        add(c, cur, part, d, lab("partial", [(inv["id"], part)], reason=f"part payment of {inv['number']}",
            scen="part_payment", note=f"customer says part payment; {inv['balance'] - part} stays open"), None, txt, lang)
        if j < remainder:
            rest = inv["balance"] - part
            t2 = {"ja": f"{inv['number']} 残金", "ko": f"{inv['number']} 잔액 입금", "en": f"Balance of invoice {inv['number']}"}[lang]
            add(c, cur, rest, later(d, 5, 11), lab("applied", [(inv["id"], rest)], reason=f"remaining balance of {inv['number']}",
                scen="remainder", note="pays what the earlier part payment left open"), t2, None, lang)


def s_second(k=12):
    for _ in range(k):
        c, cur, (inv,) = pick(["JPY", "KRW", "USD"])
        res(inv)
        lang = lang_of(c, cur)
        amt = inv["balance"]
        t = text_single(c, cur, inv, lang, amt, exact=True)
        d = pdate([inv])
        d = min(d, END - timedelta(10))
        d = bizday_back(d) if bizday_back(d) >= START else d
        add(c, cur, amt, d, lab("applied", [(inv["id"], amt)], reason=f"reference {inv['number']} and exact balance",
            scen="exact_ref", note="first payment; a duplicate follows"), t, None, lang)
        t2, l2 = (t, lang) if R.random() < 0.7 else (None, "none")
        add(c, cur, amt, later(d, 3, 9), lab("unapplied", [], unapplied=amt,
            reason=f"{inv['number']} already paid by an earlier payment; duplicate held on account",
            scen="second_payment", note="same reference and amount as an earlier payment in this file"),
            t2, None, l2, given=True if t2 is None else None)


def s_overpay(k=12):
    done = 0
    while done < k:
        if done % 2 == 0:   # paid the invoice total although part of it was already settled/credited
            c, cur, (inv,) = pick(["JPY", "KRW", "USD"], cond=lambda i: i["balance"] < i["total"])
            amt = inv["total"]
            why = "paid the invoice total; balance was already reduced before this period"
        else:
            c, cur, (inv,) = pick(["JPY", "KRW", "USD"])
            step = {"JPY": D(1000), "KRW": D(10000), "USD": D(10)}[cur]
            amt = (inv["balance"] / step).to_integral_value(rounding="ROUND_CEILING") * step
            if amt == inv["balance"]:
                amt += step
            why = "rounded-up transfer"
        extra = amt - inv["balance"]
        if not amount_unique(c, cur, extra, [inv["id"]]) or not amount_unique(c, cur, amt, [inv["id"]]):
            continue
        res(inv)
        lang = lang_of(c, cur)
        t = text_single(c, cur, inv, lang, amt, exact=R.random() < 0.6)
        add(c, cur, amt, pdate([inv]), lab("unapplied", [(inv["id"], inv["balance"])], unapplied=extra,
            reason=f"{inv['number']} paid in full; {extra} over held on account", scen="overpayment",
            note=why), *((t, None) if R.random() < 0.5 else (None, t)), lang)
        done += 1


def s_nofit(k=10):
    done = 0
    while done < k:
        c, cur, (inv,) = pick(["JPY", "KRW", "USD"])
        base = inv["balance"] * D(R.choice([37, 53, 71, 113, 129])) / 100
        amt = rnd(base, D("0.01") if cur == "USD" else D(1))
        if not amount_unique(c, cur, amt):
            continue
        add(c, cur, amt, pdate([inv]), lab("unapplied", [], unapplied=amt,
            reason="known customer; amount fits no open invoice or pair; no remittance",
            scen="no_fit", note="held on account pending remittance"), None, None, "none", need=True)
        done += 1


UNKNOWN = [("ｶ)ﾀｶｻｺﾞｺｳｷﾞﾖｳ", "JPY"), ("ﾕ)ｵｵﾄﾘｼﾖｳｶｲ", "JPY"), ("ｲﾜｻｷｾｲｻｸｼﾖ(ｶ", "JPY"),
           ("(주)성진무역", "KRW"), ("주식회사코리아부", "KRW"), ("박민수", "KRW"),
           ("GLOBAL PARTS TRADING LTD", "USD"), ("1/SUNRISE COMPONENT SUPPLY PTE", "USD"),
           ("ｱｵｿﾞﾗﾌｱｸﾀﾘﾝｸﾞ(ｶ", "JPY"), ("ﾀﾅｶ ｲﾁﾛｳ", "JPY")]


def all_balances(cur):
    return {i["balance"] for i in INVS if i["currency"] == cur}


def s_unknown(k=15, with_match=5):
    for j in range(k):
        nm, cur = R.choice(UNKNOWN)
        if j < with_match:      # a third party (factoring company, parent) pays an amount that fits one invoice
            for _ in range(200):
                c, cur2, (inv,) = pick([cur])
                if sum(1 for i in INVS if i["currency"] == cur and i["balance"] == inv["balance"]) == 1:
                    break
            res(inv)
            amt = inv["balance"]
            add(None, cur, amt, pdate([inv]), lab("review", [], unapplied=amt, cands=[[inv["id"]]],
                reason="payer unknown; amount matches one invoice of another customer",
                scen="unknown_payer_match", note=f"third-party payer; only {inv['number']} ({c['name']}) has this amount"),
                None, None, "none", given=False, payer_name=nm)
            continue
        while True:
            amt = {"JPY": D(R.randint(30, 3000) * 110), "KRW": D(R.randint(100, 9000) * 11000),
                   "USD": D(R.randint(1000, 900000)) / 100}[cur]
            if amt not in all_balances(cur):
                break
        ref = R.choice([None, None, "ｿｳｷﾝ", "송금", "PAYMENT"])
        d = START + timedelta(R.randint(0, (END - START).days))
        d = bizday_back(d) if bizday_back(d) >= START else START + timedelta(7 - START.weekday())
        add(None, cur, amt, d, lab("review", [], unapplied=amt, reason="payer not a known customer; amount fits nothing",
            scen="unknown_payer", note="no customer, no invoice reference"), ref, None,
            {"ｿｳｷﾝ": "ja", "송금": "ko", "PAYMENT": "en"}.get(ref, "none"), given=False, payer_name=nm)


def s_po_trap(k=12):
    done = 0
    while done < k:
        c, cur, (inv,) = pick(["JPY", "KRW", "USD"])
        if not amount_unique(c, cur, inv["balance"], [inv["id"]]):
            continue
        others = [i for i in INVS if i["customer_id"] != c["id"] and i["currency"] == cur and i["balance"] != inv["balance"]]
        o = R.choice(others)
        lang = lang_of(c, cur)
        if o["number"].startswith("SI-"):
            po = o["number"][3:]
        elif o["number"].startswith("KR"):
            po = o["number"][2:]
        elif "/" in o["number"]:
            po = o["number"].replace("EX", "PO").replace("/", "-")
        else:
            po = o["number"]
        if po in BYNUM:
            pass
        txt = {"ja": f"注文番号 {po} 分 {fmt_amt(cur, inv['balance'])}", "ko": f"발주번호 {po} 대금",
               "en": f"PO {po} payment"}[lang]
        res(inv)
        add(c, cur, inv["balance"], pdate([inv]), lab("applied", [(inv["id"], inv["balance"])],
            reason=f"text names purchase order {po}, not an invoice; amount equals {inv['number']}",
            scen="po_lookalike", note=f"PO {po} resembles {o['number']} of {o['customer_name']}"),
            txt, None, lang, need=True)
        done += 1


def untouched(i):
    return not i.get("res") and i["balance"] == i["total"]


def s_ambiguous():
    # a) twins: two open invoices at the same balance, no reference
    n = 0
    groups = defaultdict(list)
    for i in INVS:
        if untouched(i):
            groups[(i["customer_id"], i["currency"], i["balance"])].append(i)
    twins = [v for v in groups.values() if len(v) >= 2]
    R.shuffle(twins)
    for v in twins[:8]:
        v = sorted(v, key=lambda i: (i["due_date"], i["number"]))[:2]
        if len(groups[(v[0]["customer_id"], v[0]["currency"], v[0]["balance"])]) != 2:
            continue
        c, cur = CUST[v[0]["customer_id"]], v[0]["currency"]
        res(*v)
        amt = v[0]["balance"]
        add(c, cur, amt, pdate(v), lab("review", [], unapplied=amt, cands=[[v[0]["id"]], [v[1]["id"]]],
            reason="two open invoices at exactly this amount, nothing says which", scen="ambiguous_twins",
            note=f"{v[0]['number']} and {v[1]['number']} both {amt}; older first"), None, None, "none", need=True)
        n += 1
    # b) reference names one invoice, amount is exactly another one's
    done = 0
    while done < 6:
        c, cur, (a, b) = pick(["JPY", "KRW", "USD"], n=2, cond=untouched)
        if a["balance"] == b["balance"] or not amount_unique(c, cur, b["balance"], [b["id"]]) \
                or abs(a["balance"] - b["balance"]) <= 1000:
            continue
        res(a, b)
        lang = lang_of(c, cur)
        t = text_single(c, cur, a, lang, b["balance"], exact=True)
        add(c, cur, b["balance"], pdate([a, b]), lab("review", [], unapplied=b["balance"], cands=[[a["id"]], [b["id"]]],
            reason=f"reference {a['number']} but amount equals {b['number']}", scen="ambiguous_ref_vs_amount",
            note=f"named {a['number']} ({a['balance']}); amount is exactly {b['number']}; named invoice listed first"),
            *((t, None) if R.random() < 0.5 else (None, t)), lang, need=True)
        done += 1
    # c) truncated payer name shared by two customers
    for (c1, c2, stub, cur) in [("C-J01", "C-J24", "ｶ)ﾔﾏﾀﾞ", "JPY"), ("C-J01", "C-J24", "ｶ)ﾔﾏﾀﾞ", "JPY"),
                                ("C-K01", "C-K11", "(주)한빛", "KRW"), ("C-K01", "C-K11", "주식회사한빛", "KRW"),
                                ("C-K01", "C-K11", "(주)한빛", "KRW")]:
        i1 = R.choice([i for i in cust_invs(c1, cur) if untouched(i)])
        i2 = R.choice([i for i in cust_invs(c2, cur) if untouched(i)])
        i2["total"] = i2["balance"] = i1["balance"]
        res(i1, i2)
        amt = i1["balance"]
        cands = sorted([[i1["id"]], [i2["id"]]], key=lambda x: (BYID[x[0]]["due_date"], x[0]))
        add(CUST[c1], cur, amt, pdate([i1, i2]), lab("review", [], unapplied=amt, cands=cands,
            reason=f"payer name '{stub}' is cut off and fits two customers, each with an invoice at this amount",
            scen="ambiguous_truncated_name", note=f"{i1['number']} ({c1}) vs {i2['number']} ({c2}); older due first"),
            None, None, "none", given=False, payer_name=stub)
    # d) one invoice or a pair of two others
    done = 0
    while done < 5:
        c, cur, (a, b, x) = pick(["JPY", "KRW", "USD"], n=3, cond=untouched)
        x["total"] = x["balance"] = a["balance"] + b["balance"]
        res(a, b, x)
        amt = x["balance"]
        pair = sorted([a["id"], b["id"]], key=lambda k: BYID[k]["number"])
        add(c, cur, amt, pdate([a, b, x]), lab("review", [], unapplied=amt, cands=[[x["id"]], pair],
            reason="amount equals one invoice and also the sum of two others", scen="ambiguous_subset",
            note=f"{x['number']} alone, or {a['number']} + {b['number']}; single invoice listed first"),
            None, None, "none", need=True)
        done += 1


def s_currency(k=12):
    for j in range(k):
        if j % 3 == 2:     # JPY/KRW transfer naming a USD invoice
            c, cur, (inv,) = pick(["USD"], cond=lambda i: CUST[i["customer_id"]]["country"] in ("JP", "KR"))
            pc = "JPY" if c["country"] == "JP" else "KRW"
            amt = rnd(inv["balance"] * (D(150) if pc == "JPY" else D(1400)), D(1))
        else:             # USD TT naming a JPY or KRW invoice
            c, cur, (inv,) = pick(["JPY", "KRW"], cond=lambda i: i["balance"] > 100000)
            pc = "USD"
            amt = rnd(inv["balance"] / (D(150) if cur == "JPY" else D(1400)), D("0.01"))
        res(inv)
        lang = "en" if pc == "USD" else lang_of(c, pc)
        t = text_single(c, pc, inv, lang, amt, exact=True)
        add(c, pc, amt, pdate([inv]), lab("review", [], unapplied=amt, cands=[[inv["id"]]],
            reason=f"pays {inv['number']} ({cur}) in {pc}: no same-currency invoice to apply to",
            scen="currency_mismatch", note=f"{pc} {amt} against {cur} {inv['balance']}; FX needs a person"),
            t, None, lang, payer_name=c["swift"][:35] if pc == "USD" else None)


def s_bad(k=9):
    kinds = [("amount", "", "missing amount"), ("amount", "12O000.00", "amount is not a number"),
             ("amount", "-55000.00", "negative amount"), ("amount", "0.00", "zero amount"),
             ("currency", "YEN", "unknown currency code"), ("currency", None, "missing currency"),
             ("date", "2026-09-31", "invalid date"), ("date", "31/10/2026", "date not ISO 8601"),
             ("amount", "1.234.000", "amount is not a number")]
    for kind, val, err in kinds[:k]:
        c, cur, (inv,) = pick(["JPY", "KRW"])
        lang = lang_of(c, cur)
        t = text_single(c, cur, inv, lang, inv["balance"], exact=True)
        res(inv)
        p = add(c, cur, inv["balance"], pdate([inv]), None, t, None, lang)
        p[0]["date"] = p[0]["date"].isoformat()
        p[0][kind] = val
        good_amt = kind != "amount" or val == "0.00"
        ua = p[0]["amount"] if good_amt else "0.00"
        l = lab("review", [], unapplied=D(ua), reason=f"bad row: {err}", scen="bad_row",
                note=f"{kind}={val!r}; not processed (invoice {inv['number']} stays open)")
        l["error"] = err
        p[1] = l


# ---------------------------------------------------------------- assemble
def open_of(bal, cid, cur, excl=()):
    return [(k, b) for k, b in bal.items() if b > 0 and BYID[k]["customer_id"] == cid
            and BYID[k]["currency"] == cur and k not in excl]


def unique_now(bal, cid, cur, amt, excl=()):
    bs = [b for _, b in open_of(bal, cid, cur, excl)]
    if amt in bs:
        return False
    seen = set()
    for b in bs:
        if amt - b in seen:
            return False
        seen.add(b)
    return True


AMOUNT_BASED = {"amount_only", "typo_ref", "po_lookalike", "monthly_lump"}


def verify_and_keep(pays):
    bal = {i["id"]: i["balance"] for i in INVS}
    kept, dropped = [], Counter()
    for p, l, lang, d in pays:
        sc = l["scenario"]
        cur = p["currency"]
        apps = l["applications"]
        ok = True
        cid = None
        ids = [a["invoice_id"] for a in apps] + [k for cs in l["candidates"] for k in cs]
        if ids:
            cid = BYID[ids[0]]["customer_id"]
        if sc in AMOUNT_BASED and not (sc == "monthly_lump" and (p["reference"] or p["remittance"])):
            ok = unique_now(bal, cid, cur, D(p["amount"]), [a["invoice_id"] for a in apps])
        if sc == "no_fit":
            ok = unique_now(bal, l["_cid"], cur, D(p["amount"]))
        if sc == "second_payment":
            ok = unique_now(bal, l["_cid"], cur, D(p["amount"]))
        if sc == "overpayment":
            ok = unique_now(bal, cid, cur, D(l["unapplied"]), [apps[0]["invoice_id"]])
        if sc.startswith("ambiguous") and sc != "ambiguous_ref_vs_amount" and sc != "ambiguous_truncated_name":
            ok = all(bal[k] == BYID[k]["balance"] for cs in l["candidates"] for k in cs)
            if ok and sc == "ambiguous_twins":
                same = [k for k, b in open_of(bal, cid, cur) if b == D(p["amount"])]
                ok = len(same) == 2
        for a in apps:
            if bal[a["invoice_id"]] < D(a["amount"]):
                ok = False
        if not ok:
            dropped[sc] += 1
            continue
        for a in apps:
            bal[a["invoice_id"]] -= D(a["amount"])
        kept.append((p, l, lang, d))
    return kept, dropped


def main():
    s_ambiguous()
    s_bad(9)
    s_currency(12)
    s_second(12)
    s_part(15, 6)
    s_monthly(22)
    s_monthly(6, fee=True)
    s_list(28)
    s_list(10, rng=True)
    s_fee(22, 8)
    s_usd_charges(14)
    s_short(16)
    s_overpay(12)
    s_nofit(10)
    s_unknown(15, 5)
    s_po_trap(12)
    s_typo(20)
    s_amount_only(25)
    s_exact(62)
    s_exact(35, variant=True)
    order = sorted(range(len(PAYS)), key=lambda k: (PAYS[k][3], k))
    pays = [PAYS[k] for k in order]
    kept, dropped = verify_and_keep(pays)
    final = kept
    os.makedirs(LED, exist_ok=True)
    invs_out = [dict(id=i["id"], number=i["number"], customer_id=i["customer_id"], customer_name=i["customer_name"],
                     currency=i["currency"], total=money(i["total"]), balance=money(i["balance"]),
                     issue_date=i["issue_date"].isoformat(), due_date=i["due_date"].isoformat()) for i in INVS]
    pays_out, labs_out = [], []
    for n, (p, l, lang, d) in enumerate(final, 1):
        pid = f"p-{n:04d}"
        po = dict(id=pid, date=p["date"] if isinstance(p["date"], str) else p["date"].isoformat(),
                  amount=p["amount"], currency=p["currency"], payer_name=p["payer_name"],
                  customer_id=p["customer_id"], reference=p["reference"], remittance=p["remittance"])
        pays_out.append(po)
        lo = {"payment_id": pid}
        for k in ("status", "applications", "unapplied", "short_pay", "candidates", "reason"):
            lo[k] = l[k]
        if "error" in l:
            lo["error"] = l["error"]
        lo["scenario"] = l["scenario"]
        lo["note"] = l["note"]
        lo["lang"] = lang
        labs_out.append(lo)
    with open(os.path.join(LED, "invoices.json"), "w", encoding="utf-8") as f:
        json.dump(invs_out, f, ensure_ascii=False, indent=1)
    with open(os.path.join(LED, "payments.json"), "w", encoding="utf-8") as f:
        json.dump(pays_out, f, ensure_ascii=False, indent=1)
    with open(os.path.join(LED, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labs_out, f, ensure_ascii=False, indent=1)
    write_readme(invs_out, pays_out, labs_out, dropped)
    print(len(invs_out), "invoices,", len(pays_out), "payments; dropped in verification:", dict(dropped))


def table(counter, h1, h2="count"):
    rows = [f"| {h1} | {h2} |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(counter.items())]
    return "\n".join(rows)


def write_readme(invs, pays, labs, dropped):
    st = Counter(l["status"] for l in labs)
    sc = Counter(l["scenario"] for l in labs)
    lg = Counter(l["lang"] for l in labs)
    pc = Counter(str(p["currency"]) for p in pays)
    ic = Counter(i["currency"] for i in invs)
    txt = f"""# Blind cash-application set: `ledger_jp_kr_components`

Theme: **Hoshizora Components K.K.** (made up), an electronic-components maker that invoices Japanese and
Korean customers in JPY, KRW and USD. All companies, people and numbers are invented. Generated by
`build.py` (seed {SEED}, stdlib only); `check.py` re-verifies every label.

## Files

| file | content |
|---|---|
| `ledger_jp_kr_components/invoices.json` | {len(invs)} open invoices (contract schema) |
| `ledger_jp_kr_components/payments.json` | {len(pays)} payments, oldest first (contract schema) |
| `ledger_jp_kr_components/labels.json` | one expected MATCHES.json entry per payment, same order, plus `scenario`, `note`, `lang`, and `error` on bad rows |

Invoice currencies: {dict(sorted(ic.items()))}. Payment currencies: {dict(sorted(pc.items()))}.

## What the bank data looks like

- **Japanese Zengin transfers (JPY)**: payer names in half-width katakana as the bank prints them, no small kana
  (`ｼﾖｳｼﾞ` for ショウジ, `ﾒﾂｷ` for メッキ), legal form as `ｶ)` / `(ｶ` (株式会社), `ﾕ)` (有限会社), `ﾄﾞ)` (合同会社),
  sometimes cut at 14 characters, sometimes with the invoice number typed into the name field
  (`<kana name> SI2610NNNN`). `customer_id` is filled when the bank passes a 振込依頼人コード; for the customers
  whose invoice name is in kanji (e.g. 株式会社丸越電子) it is always filled when nothing else identifies them.
  Invoices follow 月末締め翌月末払い (due at the end of the month after issue; 翌々月末 for the legacy accounts
  with six-digit numbers). Customers deduct the 振込手数料 (¥330-¥880) from the amount.
- **Korean transfers (KRW)**: `(주)한빛전자`, `한빛전자(주)`, `주식회사한빛전` (cut at 7 characters), with
  virtual-account (가상계좌) references that identify the customer (customer_id filled).
- **USD TTs**: SWIFT-style upper-case names cut at 35 characters, sometimes with `1/` prefix; `:71A:SHA`
  transfers that arrive short by correspondent charges.
- Remittance/reference text in ja, ko and en. Invoice numbers in four styles: `SI-2610-0457` (JPY),
  `207345` (JPY legacy, six digits), `KR2610-0457` (KRW), `EX26/01457` (USD); customers write them with
  full-width characters (`ＳＩ－２６ＭＭ－ＮＮＮＮ`), without separators, in lower case, with `No.`/`#`,
  as ranges (`SI-26MM-NNNN～NNNN`) and lists.

## Label conventions

- Status per the contract. Amounts are decimal strings with two decimals (JPY and KRW too, `.00`); compare as
  decimals. Applications and `unapplied` always add up to the payment amount (for `review`, `unapplied` is
  the whole amount: nothing is applied, so all of it is held).
- `short_pay` = `{{invoice_id, amount, reason}}`, `amount` is the deducted part left open on that invoice.
  `reason` is free text (compare invoice and amount, not wording). A 振込手数料 deduction is a short pay
  (`partial`), also when the customer says nothing but the gap is a standard Zengin fee on a named invoice
  (scenario `fee_implicit`). A USD TT short by a typical correspondent charge on a named invoice is a short pay
  for bank charges (`usd_bank_charges`).
- Part payment the customer announces as such: `partial`, `short_pay` null.
- `candidates` is a list of invoice-id lists (each a candidate set), best first. Best = the named invoice
  before the amount match; the single invoice before a pair; otherwise the older due date first. Treat the
  order as soft; the set of candidate sets is the label.
- Bad rows (missing/garbled/negative/zero amount, unknown/missing currency, invalid or non-ISO date) are
  `review` with no applications or candidates, `unapplied` = the amount if it is a valid decimal else
  `0.00`, and an `error` string. Their invoice is not applied and stays open.
- Currency mismatch (a USD TT naming a JPY/KRW invoice or the reverse) is `review` with that invoice as the
  candidate: the contract forbids cross-currency applications.
- A known customer's payment that fits nothing → `unapplied`. An unknown payer → `review` (with the one
  invoice its amount fits, if any, as candidate).
- A second payment of an invoice that an earlier payment in this file paid → `unapplied`, no applications.

## Counts

{table(st, "status")}

{table(sc, "scenario")}

{table(lg, "text language (reference/remittance; none = no text)")}

## Deliberately hard

- Kana payer names must be tied to romanised or kanji customer names; `ｶ)ﾔﾏﾀﾞ` (cut) fits both Yamada Shoji and
  株式会社山田電装, `(주)한빛` fits 한빛전자 and 한빛테크 — with an invoice at the amount at each (review).
- Full-width digits, numbers in the payer-name field, ranges written with only the last four digits.
- PO numbers that look like invoice numbers (`注文番号 26MM-NNNN`, `발주번호 26MM-NNNN`, `PO PO26-NNNNN`) of other customers;
  the amount identifies the real invoice.
- Typos (one digit changed or two swapped) that name no existing invoice; the amount settles it.
- Monthly lump sums (`9月締め分`, `10월분 일괄`) that pay every invoice of one issue month, some with the
  transfer fee taken from a named invoice.
- Overpayments where the customer paid the invoice *total* although its *balance* was already lower.
- Identical amounts (repeat orders), an amount equal to one invoice and to the sum of two others, a
  reference that names one invoice with the amount of another.
- Part payments followed later by the remainder; duplicates of payments earlier in the file.

Build note: the generator re-simulates the file in date order and drops any payment whose label would no
longer be unambiguous; dropped this run: {dict(dropped) or 'none'}.
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(txt)


if __name__ == "__main__":
    main()
