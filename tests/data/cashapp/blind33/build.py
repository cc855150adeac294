#!/usr/bin/env python3
"""Blind held-out cash-application set: electronic-components distributor
(Sakigake Components K.K.) selling to manufacturers in Japan, Korea and Taiwan.

Deterministic, stdlib only: `python3 build.py` rewrites ledger_jpkrtw/*.json and README.md.
"""
import calendar
import heapq
import itertools
import json
import os
import random
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_jpkrtw")
SEED = 107_2026
rng = random.Random(SEED)

ZERO_DEC = {"JPY", "KRW"}


def fmt(cur, amt):
    amt = Decimal(amt)
    if cur in ZERO_DEC:
        assert amt == amt.to_integral_value(), (cur, amt)
        return str(int(amt))
    return "%.2f" % amt


def comma(cur, amt):
    amt = Decimal(amt)
    if cur in ZERO_DEC:
        return "{:,}".format(int(amt))
    return "{:,.2f}".format(amt)


def month_end(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    y, m = d.year + (d.month - 1 + n) // 12, (d.month - 1 + n) % 12 + 1
    return y, m


def biz_back(d):
    """Japanese banks settle on the previous business day when the date is a weekend."""
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


def biz_fwd(d):
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


ALPH = "abcdefghjkmnpqrstuvwxyz23456789"


def rid(prefix, n=10):
    return prefix + "".join(rng.choice(ALPH) for _ in range(n))


_used_ids = set()


def uid(prefix, n=10):
    while True:
        x = rid(prefix, n)
        if x not in _used_ids:
            _used_ids.add(x)
            return x


ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")

# ---------------------------------------------------------------- customers
JP_FAM = [("Yamada", "ﾔﾏﾀﾞ"), ("Tanaka", "ﾀﾅｶ"), ("Kato", "ｶﾄｳ"), ("Suzuki", "ｽｽﾞｷ"),
          ("Takahashi", "ﾀｶﾊｼ"), ("Nakamura", "ﾅｶﾑﾗ"), ("Kobayashi", "ｺﾊﾞﾔｼ"), ("Fujita", "ﾌｼﾞﾀ"),
          ("Okada", "ｵｶﾀﾞ"), ("Mori", "ﾓﾘ"), ("Ishikawa", "ｲｼｶﾜ"), ("Hasegawa", "ﾊｾｶﾞﾜ"),
          ("Kinoshita", "ｷﾉｼﾀ"), ("Ueno", "ｳｴﾉ"), ("Shimizu", "ｼﾐｽﾞ"), ("Matsumoto", "ﾏﾂﾓﾄ"),
          ("Sakamoto", "ｻｶﾓﾄ"), ("Hayashi", "ﾊﾔｼ"), ("Kondo", "ｺﾝﾄﾞｳ"), ("Ogawa", "ｵｶﾞﾜ"),
          ("Nishimura", "ﾆｼﾑﾗ"), ("Aoki", "ｱｵｷ"), ("Morita", "ﾓﾘﾀ"), ("Kuroda", "ｸﾛﾀﾞ"),
          ("Tokai", "ﾄｳｶｲ"), ("Hokuriku", "ﾎｸﾘｸ"), ("Chubu", "ﾁﾕｳﾌﾞ"), ("Asahi", "ｱｻﾋ"),
          ("Hikari", "ﾋｶﾘ"), ("Daiichi", "ﾀﾞｲｲﾁ"), ("Sakura", "ｻｸﾗ"), ("Midori", "ﾐﾄﾞﾘ"),
          ("Taiyo", "ﾀｲﾖｳ"), ("Shinwa", "ｼﾝﾜ"), ("Kyowa", "ｷﾖｳﾜ"), ("Meiwa", "ﾒｲﾜ"),
          ("Sanwa", "ｻﾝﾜ"), ("Toyo", "ﾄｳﾖｳ"), ("Nagano", "ﾅｶﾞﾉ"), ("Niigata", "ﾆｲｶﾞﾀ"),
          ("Hamamatsu", "ﾊﾏﾏﾂ"), ("Okayama", "ｵｶﾔﾏ"), ("Kumamoto", "ｸﾏﾓﾄ"), ("Sendai", "ｾﾝﾀﾞｲ"),
          ("Marubishi", "ﾏﾙﾋﾞｼ"), ("Yamato", "ﾔﾏﾄ"), ("Heiwa", "ﾍｲﾜ"), ("Eiko", "ｴｲｺｳ")]
JP_SUF = [("Seisakusho", "ｾｲｻｸｼﾖ"), ("Denki", "ﾃﾞﾝｷ"), ("Denshi", "ﾃﾞﾝｼ"), ("Kogyo", "ｺｳｷﾞﾖｳ"),
          ("Seiki", "ｾｲｷ"), ("Musen", "ﾑｾﾝ"), ("Tsushinki", "ﾂｳｼﾝｷ"), ("Kiki", "ｷｷ"),
          ("Sangyo", "ｻﾝｷﾞﾖｳ"), ("Denko", "ﾃﾞﾝｺｳ"), ("Giken", "ｷﾞｹﾝ"), ("Keiki", "ｹｲｷ")]
KR_PRE = [("Hanbit", "한빛"), ("Daesung", "대성"), ("Samjin", "삼진"), ("Hanil", "한일"),
          ("Dongyang", "동양"), ("Sejin", "세진"), ("Jinyang", "진양"), ("Mirae", "미래"),
          ("Daewon", "대원"), ("Saehan", "새한"), ("Taeyang", "태양"), ("Gukje", "국제"),
          ("Hanyang", "한양"), ("Yeongjin", "영진"), ("Cheonil", "천일"), ("Donghae", "동해"),
          ("Gyeongin", "경인"), ("Sunil", "선일"), ("Jeil", "제일"), ("Seyoung", "세영"),
          ("Hwaseong", "화성"), ("Ansan", "안산"), ("Bitnara", "빛나라"), ("Nuri", "누리")]
KR_SUF = [("Electronics", "전자"), ("Precision", "정밀"), ("Industrial", "산업"), ("Tech", "테크"),
          ("Semitech", "세미텍"), ("Electric", "전기"), ("Systems", "시스템"), ("Components", "부품")]
TW_PRE = [("Chin Feng", "金豐"), ("Ta Hsin", "大新"), ("Yung Sheng", "永盛"), ("Hsin Hua", "新華"),
          ("Kuang Yu", "光宇"), ("Tien Lung", "天龍"), ("Chia Hsin", "嘉信"), ("Jui Chang", "瑞昌"),
          ("Sheng Mei", "聖美"), ("Fu Hua", "富華"), ("Hung Yi", "鴻益"), ("Ming Tai", "明泰"),
          ("Li Yuan", "立元"), ("Ho Chun", "和俊"), ("Wei Chuan", "偉全"), ("Kai Hsin", "凱信"),
          ("Chung Shan", "中山"), ("Tai Chung", "台中"), ("Chien Hsing", "建興"), ("Yu Tai", "裕台")]
TW_SUF = [("Electronics", "電子"), ("Technology", "科技"), ("Precision", "精密"), ("Industrial", "工業"),
          ("Electric", "電機"), ("Optoelectronics", "光電")]


class Cust:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def make_customers():
    custs = []
    seen = set()
    # Japanese: deliberate pairs that share a truncated kana prefix (Denki/Denshi)
    pair_fams = rng.sample(JP_FAM, 5)
    jp_names = []
    for fam in pair_fams:
        jp_names.append((fam, JP_SUF[1]))
        jp_names.append((fam, JP_SUF[2]))
    while len(jp_names) < 150:
        c = (rng.choice(JP_FAM), rng.choice(JP_SUF))
        if c not in jp_names:
            jp_names.append(c)
    for fam, suf in jp_names:
        form = rng.choices(["pre", "post", "yugen"], [70, 22, 8])[0]
        core = fam[1] + suf[1]
        kana = {"pre": "ｶ)" + core, "post": core + "(ｶ", "yugen": "ﾕ)" + core}[form]
        name = f"{fam[0]} {suf[0]} Co., Ltd." if form != "yugen" else f"{fam[0]} {suf[0]} Ltd."
        custs.append(Cust(country="JP", name=name, kana=kana, local=None, roman=(fam[0] + " " + suf[0]).upper(),
                          cur="JPY", usd=False, tegata=False, pairkey=fam[0] if (fam in pair_fams) else None))
    kr = []
    while len(kr) < 85:
        c = (rng.choice(KR_PRE), rng.choice(KR_SUF))
        if c not in kr:
            kr.append(c)
    for pre, suf in kr:
        custs.append(Cust(country="KR", name=f"{pre[0]} {suf[0]} Co., Ltd.", kana=None, local=pre[1] + suf[1],
                          roman=(pre[0] + " " + suf[0]).upper(), cur="KRW", usd=False, tegata=False, pairkey=None))
    tw = []
    while len(tw) < 65:
        c = (rng.choice(TW_PRE), rng.choice(TW_SUF))
        if c not in tw:
            tw.append(c)
    for pre, suf in tw:
        custs.append(Cust(country="TW", name=f"{pre[0]} {suf[0]} Co., Ltd.", kana=None, local=pre[1] + suf[1],
                          roman=(pre[0] + " " + suf[0]).upper(), cur="TWD", usd=False, tegata=False, pairkey=None))
    rng.shuffle(custs)
    for c in custs:
        c.id = uid("cus_", 8)
        c.size = rng.choices([2, 4, 6, 10, 18], [30, 30, 20, 13, 7])[0]
        if c.country == "JP":
            c.usd = rng.random() < 0.10
            c.tegata = rng.random() < 0.14
        elif c.country == "KR":
            c.usd = rng.random() < 0.25
        else:
            c.usd = rng.random() < 0.40
            if rng.random() < 0.10:
                c.cur = "USD"   # invoiced in USD only
    return custs


# ---------------------------------------------------------------- invoices
START = date(2025, 8, 1)
CUTOFF = date(2026, 3, 25)


def rand_amount(cur):
    if cur == "JPY":
        net = int(10 ** rng.uniform(3.9, 6.5)) // 10 * 10
        return Decimal(net + net // 10)          # 10% consumption tax, truncated
    if cur == "KRW":
        net = int(10 ** rng.uniform(5.5, 7.8)) // 100 * 100
        return Decimal(net + net // 10)          # 10% VAT
    if cur == "TWD":
        net = int(10 ** rng.uniform(3.6, 6.0))
        return Decimal(net + round(net * 0.05))  # 5% business tax, whole dollars
    q = rng.choice([100, 250, 500, 1000, 2000, 3000, 5000, 10000])
    unit = Decimal(rng.randint(8, 2400)) / Decimal(100)
    return (q * unit).quantize(Decimal("0.01"))


def due_for(c, cur, issue):
    if cur == "JPY":          # month-end close, paid at the end of the following month
        y, m = add_months(issue, 1)
        return month_end(y, m)
    if cur == "KRW":
        return issue + timedelta(days=60)
    if cur == "TWD":          # 月結60天
        return month_end(issue.year, issue.month) + timedelta(days=60)
    return issue + timedelta(days=rng.choice([30, 45, 60]))


def rand_issue(c):
    lo = START if c.tegata else date(2025, 10, 20)
    if not c.tegata and rng.random() < 0.08:
        lo = date(2025, 8, 15)                   # a few long-overdue items
    d = lo + timedelta(days=rng.randrange((CUTOFF - lo).days))
    return biz_fwd(d) if biz_fwd(d) <= CUTOFF else biz_back(d)


def make_invoices(custs):
    invs = []
    for c in custs:
        for _ in range(c.size):
            cur = c.cur
            if c.usd and c.cur != "USD" and rng.random() < 0.35:
                cur = "USD"
            issue = rand_issue(c)
            tot = rand_amount(cur)
            invs.append({"id": None, "number": None, "customer_id": c.id, "customer_name": c.name,
                         "currency": cur, "total": tot, "balance": tot, "issue_date": issue,
                         "due_date": due_for(c, cur, issue)})
    rng.shuffle(invs)
    invs.sort(key=lambda i: i["issue_date"])
    n = 731000
    for inv in invs:
        n += rng.choice([1, 1, 1, 2, 3])
        inv["number"] = f"INV-{n}"
        inv["id"] = uid("inv_", 10)
    # some invoices carry an earlier part payment
    for inv in invs:
        if rng.random() < 0.04:
            part = (inv["total"] * Decimal(rng.choice(["0.3", "0.5", "0.6"])))
            part = part.quantize(Decimal("1")) if inv["currency"] in ZERO_DEC else part.quantize(Decimal("0.01"))
            inv["balance"] = inv["total"] - part
            inv["prepaid"] = True
    return invs


# ---------------------------------------------------------------- ledger state
class Skip(Exception):
    pass


class Ledger:
    def __init__(self, custs, invs):
        self.custs = {c.id: c for c in custs}
        self.clist = custs
        self.invs = invs
        self.by_id = {i["id"]: i for i in invs}
        self.by_num = {i["number"]: i for i in invs}
        self.bal = {i["id"]: i["balance"] for i in invs}
        self.touched = set()
        self.payments = []
        self.labels = []
        self.heap = []
        self.seq = itertools.count()

    def opens(self, cust_id, cur):
        return sorted((i for i in self.invs if i["customer_id"] == cust_id and i["currency"] == cur
                       and self.bal[i["id"]] > 0), key=lambda i: (i["due_date"], i["number"]))

    def fresh(self, pdate, cur=None, country=None, cust=None, prepaid=False, min_age=7, pred=None):
        out = []
        for i in self.invs:
            if i["id"] in self.touched or self.bal[i["id"]] <= 0:
                continue
            if bool(i.get("prepaid")) != prepaid:
                continue
            if i["issue_date"] > pdate - timedelta(days=min_age):
                continue
            if cur and i["currency"] != cur:
                continue
            c = self.custs[i["customer_id"]]
            if country and c.country != country:
                continue
            if cust and c.id != cust:
                continue
            if pred and not pred(i):
                continue
            out.append(i)
        return out

    def subsets_equal(self, cust_id, cur, amt, maxk=2):
        ops = self.opens(cust_id, cur)
        res = []
        for k in range(1, maxk + 1):
            for combo in itertools.combinations(ops, k):
                if sum(self.bal[i["id"]] for i in combo) == amt:
                    res.append(frozenset(i["id"] for i in combo))
        return res

    def push(self, d, fn, **kw):
        heapq.heappush(self.heap, (d, next(self.seq), fn, kw))


def set_amount(L, inv, amt):
    """Change an untouched invoice's amount (the invoice file is written at the end)."""
    assert inv["id"] not in L.touched and not inv.get("prepaid")
    old = inv["total"]
    inv["total"] = inv["balance"] = L.bal[inv["id"]] = amt
    return old


def trunc(s, n):
    return s if len(s) <= n else s[:n]


def digits(num):
    return num.split("-")[1]


def cur_of_country(c):
    return c.cur


def country_cur(country):
    return {"JP": "JPY", "KR": "KRW", "TW": "TWD", "US": "USD"}[country]


def payer_name(c, cur, style=None):
    """The name as the bank statement shows it."""
    if cur == "USD" or style == "roman":
        base = c.roman + rng.choice([" CO LTD", " CO.,LTD.", " CO., LTD", " COMPANY LIMITED"])
        return trunc(base, rng.choice([35, 35, 28]))
    if c.country == "JP":
        k = c.kana
        if rng.random() < 0.3:
            k = trunc(k, max(9, len(k) - rng.randint(1, 3)))
        return k
    if c.country == "KR":
        nm = rng.choice(["(주)" + c.local, c.local + "(주)", "주식회사" + c.local, c.local])
        return trunc(nm, 8)
    nm = c.local + "股份有限公司"
    return trunc(nm, rng.choice([8, 9, 10, 12]))


def unique_kana(L, c, s):
    """True when s identifies only customer c by bank-kana prefix."""
    hits = [x for x in L.clist if x.kana and (x.kana.startswith(s) or s.startswith(x.kana))]
    return hits == [c]


def generic_ref(c, cur, d):
    if cur == "USD":
        return rng.choice([None, "PAYMENT", f"{d.strftime('%b').upper()} PAYMENT", "TRADE PAYMENT"])
    if c.country == "JP":
        return rng.choice([None, None, "ﾌﾞﾋﾝﾀﾞｲ", "ｵｶｲｹﾞｷﾝ", f"{d.month}ｶﾞﾂﾌﾞﾝ"])
    if c.country == "KR":
        return rng.choice([None, "물품대금", "부품대금", c.local + " 대금"])
    return rng.choice([None, "貨款", "電子零件貨款"])


def ref_for(c, cur, nums, extra=""):
    """Bank reference naming one or more invoice numbers."""
    ds = [digits(n) for n in nums]
    j = " ".join(ds)
    if cur == "USD":
        return rng.choice([f"/RFB/INV-{ds[0]}" if len(ds) == 1 else "/RFB/INV " + j,
                           f"INV NO {j}", f"PAYMENT FOR INVOICE {j}", f"/INV/{'/'.join(ds)}",
                           "INVOICE " + ",".join(nums)]) + extra
    if c.country == "JP":
        return rng.choice([f"EDI {j}", f"INV{j}", f"ｾｲｷﾕｳ{j}", j, f"ｾｲｷﾕｳｼﾖ {j}"]) + extra
    if c.country == "KR":
        return rng.choice([f"{c.local}{j}", f"INV{j}", f"{j} 대금", f"세금계산서 {j}"]) + extra
    return rng.choice([f"貨款 INV{j}", f"INV-{j}", j, f"發票{j}"]) + extra


def num_fmt(country, n):
    d = digits(n)
    if country == "JP":
        return rng.choice([n, n, d, "No." + d, n.translate(ZEN)])
    return rng.choice([n, n, d, "INV" + d])


def remittance(c, cur, pdate, lines, total, adjust=(), extra=None, numstyle=True):
    """lines: [(invoice number or label, amount)], adjust: [(label, signed amount)]"""
    ctry = "US" if cur == "USD" else c.country
    nf = (lambda n: num_fmt(ctry, n)) if numstyle else (lambda n: n)
    out = []
    if ctry == "JP":
        out += ["支払通知書", "魁電子部品株式会社 御中", f"支払日: {pdate.strftime('%Y年%m月%d日')}",
                f"支払先コード: {rng.randint(1000, 99999):05d}", "請求書番号\t金額"]
        out += [f"{nf(n)}\t¥{comma(cur, a)}" for n, a in lines]
        if adjust:
            out.append(f"請求合計\t¥{comma(cur, sum(a for _, a in lines))}")
            out += [f"{lab}\t{'-' if a < 0 else ''}¥{comma(cur, abs(a))}" for lab, a in adjust]
            out.append(f"差引支払額\t¥{comma(cur, total)}")
        else:
            out.append(f"合計\t¥{comma(cur, total)}")
        out.append(f"{c.kana} 経理部")
    elif ctry == "KR":
        out += [f"[송금 안내] {c.local} → 사키가케 컴포넌츠", f"송금일: {pdate.isoformat()}", "내역:"]
        out += [f" - {nf(n)} {comma(cur, a)}원" for n, a in lines]
        out += [f" - {lab} {'-' if a < 0 else ''}{comma(cur, abs(a))}원" for lab, a in adjust]
        out.append(f"합계: {comma(cur, total)}원")
    elif ctry == "TW":
        out += ["付款通知書", f"廠商: 魁電子零件 Sakigake Components", f"付款日期: {pdate.strftime('%Y/%m/%d')}",
                "發票號碼\t金額"]
        out += [f"{nf(n)}\tNT${comma(cur, a)}" for n, a in lines]
        out += [f"{lab}\t{'-' if a < 0 else ''}NT${comma(cur, abs(a))}" for lab, a in adjust]
        out.append(f"實付金額\tNT${comma(cur, total)}")
        out.append(f"{c.local}股份有限公司 會計部")
    else:
        out += ["REMITTANCE ADVICE", f"Payer: {c.roman} CO., LTD.", f"Value date: {pdate.isoformat()}",
                "Invoice\tAmount (USD)"]
        out += [f"{nf(n)}\t{comma(cur, a)}" for n, a in lines]
        out += [f"{lab}\t{'-' if a < 0 else ''}{comma(cur, abs(a))}" for lab, a in adjust]
        out.append(f"Total paid\t{comma(cur, total)}")
    if extra:
        out.append(extra)
    return "\n".join(out)


def emit(L, pdate, amount, cur, payer, cid, ref, rem, status, apps=(), unapplied=None, short=None,
         cands=(), reason="", scenario="", note=""):
    amount = Decimal(amount)
    apps = [(i, Decimal(a)) for i, a in apps]
    if unapplied is None:
        unapplied = amount - sum(a for _, a in apps)
    assert sum(a for _, a in apps) + unapplied == amount, (scenario, amount, apps, unapplied)
    for iid, a in apps:
        inv = L.by_id[iid]
        assert inv["currency"] == cur and a > 0 and a <= L.bal[iid], (scenario, iid, a, L.bal[iid])
        L.bal[iid] -= a
        L.touched.add(iid)
    for cs in cands:
        for iid in cs:
            assert L.by_id[iid]["currency"] == cur and L.bal[iid] > 0
            L.touched.add(iid)
    pid = uid("pmt_", 10)
    L.payments.append({"id": pid, "date": pdate.isoformat(), "amount": fmt(cur, amount), "currency": cur,
                       "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": rem})
    L.labels.append({"payment_id": pid, "status": status,
                     "applications": [{"invoice_id": i, "amount": fmt(cur, a)} for i, a in apps],
                     "unapplied": fmt(cur, unapplied),
                     "short_pay": None if not short else
                     {"invoice_id": short[0], "amount": fmt(cur, short[1]), "reason": short[2]},
                     "candidates": [list(cs) for cs in cands],
                     "reason": reason, "scenario": scenario, "note": note})
    return pid


def pick(seq):
    if not seq:
        raise Skip()
    return rng.choice(seq)


def pick_cur():
    return rng.choices(["JPY", "KRW", "TWD", "USD"], [45, 24, 19, 12])[0]


def cid_or_none(c, p=0.6):
    return c.id if rng.random() < p else None


# ---------------------------------------------------------------- scenarios
FEES = [Decimal(x) for x in (110, 220, 330, 440, 550, 660, 770, 880)]


def sc_ref_exact(L, d, dup=False):
    cur = pick_cur()
    inv = pick(L.fresh(d, cur=cur))
    c = L.custs[inv["customer_id"]]
    amt = L.bal[inv["id"]]
    cid = cid_or_none(c)
    payer = payer_name(c, cur)
    ref = ref_for(c, cur, [inv["number"]])
    rem = None
    how = "reference"
    if c.country == "JP" and cur == "JPY" and rng.random() < 0.3:
        # the payer typed the invoice number in front of its name (common with furikomi)
        payer = rng.choice([f"{digits(inv['number'])} {c.kana}", f"{digits(inv['number'])}{c.kana}",
                            f"{c.kana} {digits(inv['number'])}"])
        ref, how = None, "invoice number in the payer name field"
    elif rng.random() < 0.25:
        rem = remittance(c, cur, d, [(inv["number"], amt)], amt)
        how = "remittance advice"
    emit(L, d, amt, cur, payer, cid, ref, rem, "applied", [(inv["id"], amt)],
         reason=f"{inv['number']} named in {how}; amount equals its balance",
         scenario="ref_exact", note=f"{c.country} {cur}: single invoice named, exact amount")
    if dup:
        L.push(d + timedelta(days=rng.randint(2, 12)), sc_duplicate, c=c, cur=cur, amt=amt, payer=payer,
               cid=cid, ref=ref, rem=rem, inv=inv)


def sc_duplicate(L, d, c, cur, amt, payer, cid, ref, rem, inv):
    if d > END:
        raise Skip()
    cid2 = c.id  # second run of the same payment order: the bank now identifies the account
    emit(L, d, amt, cur, payer, cid2, ref, rem, "unapplied", [], amt,
         reason=f"{inv['number']} was already paid by an earlier payment; held on account",
         scenario="duplicate_payment",
         note="same amount and reference as an earlier payment of this invoice: paid twice")


def sc_ref_after_part(L, d):
    inv = pick(L.fresh(d, prepaid=True))
    cur = inv["currency"]
    c = L.custs[inv["customer_id"]]
    amt = L.bal[inv["id"]]
    ref = ref_for(c, cur, [inv["number"]], extra=rng.choice(["", " ZANKIN" if cur == "USD" else "", ""]))
    if c.country == "JP" and cur == "JPY":
        ref = rng.choice([f"ｻﾞﾝｷﾝ {digits(inv['number'])}", f"INV{digits(inv['number'])} ｻﾞﾝｶﾞｸ"])
    emit(L, d, amt, cur, payer_name(c, cur), cid_or_none(c), ref, None, "applied", [(inv["id"], amt)],
         reason=f"{inv['number']} named; amount equals the remaining balance (total {fmt(cur, inv['total'])})",
         scenario="ref_remaining_balance",
         note="invoice already part-paid; payment equals balance, not total")


def amount_only_pick(L, d, cur, country=None, name_unique=False):
    for _ in range(60):
        inv = pick(L.fresh(d, cur=cur, country=country))
        c = L.custs[inv["customer_id"]]
        amt = L.bal[inv["id"]]
        if L.subsets_equal(c.id, cur, amt, 2) == [frozenset([inv["id"]])]:
            return inv, c, amt
    raise Skip()


def sc_amount_only(L, d):
    cur = pick_cur()
    inv, c, amt = amount_only_pick(L, d, cur)
    emit(L, d, amt, cur, payer_name(c, cur), c.id, generic_ref(c, cur, d), None, "applied",
         [(inv["id"], amt)], reason=f"known customer; amount equals the balance of {inv['number']} only",
         scenario="amount_only_known_customer",
         note="no invoice number; the bank identifies the customer and exactly one open invoice fits")


def sc_name_only(L, d):
    if rng.random() < 0.75:
        cur = "JPY"
        for _ in range(40):
            inv, c, amt = amount_only_pick(L, d, cur, country="JP")
            k = c.kana
            if rng.random() < 0.5:
                k = trunc(k, max(8, len(k) - rng.randint(1, 4)))
            if unique_kana(L, c, k):
                break
        else:
            raise Skip()
        payer, note = k, "furikomi with half-width kana payer name only (bank gives no customer id)"
    else:
        cur = "USD"
        inv, c, amt = amount_only_pick(L, d, cur)
        payer = payer_name(c, cur, "roman")
        note = "SWIFT transfer, romanised ordering-customer name only"
    emit(L, d, amt, cur, payer, None, generic_ref(c, cur, d) if cur == "USD" else None, None, "applied",
         [(inv["id"], amt)],
         reason=f"payer name identifies {c.name}; amount equals the balance of {inv['number']} only",
         scenario="name_only", note=note)


def month_group(L, d, cur, country, month, need=2, tegata=False, prepaid_ok=False):
    """Customers whose open invoices issued in `month` are all untouched; returns (c, invs)."""
    y, m = month
    groups = defaultdict(list)
    for i in L.invs:
        if i["currency"] != cur or L.bal[i["id"]] <= 0:
            continue
        if (i["issue_date"].year, i["issue_date"].month) != (y, m):
            continue
        groups[i["customer_id"]].append(i)
    ok = []
    for cid_, invs in groups.items():
        c = L.custs[cid_]
        if c.country != country or c.tegata != tegata:
            continue
        if any(i["id"] in L.touched or i.get("prepaid") for i in invs):
            continue
        if len(invs) < need or len(invs) > 7:
            continue
        ok.append((c, sorted(invs, key=lambda i: (i["due_date"], i["number"]))))
    ok.sort(key=lambda t: t[0].id)
    return pick(ok)


def unique_subset(L, c, cur, amt, ids):
    ops = L.opens(c.id, cur)
    if len(ops) > 14:
        return False
    hits = 0
    for k in range(1, len(ops) + 1):
        for combo in itertools.combinations(ops, k):
            if sum(L.bal[i["id"]] for i in combo) == amt:
                hits += 1
                if frozenset(i["id"] for i in combo) != frozenset(ids):
                    return False
    return hits == 1


def sc_shimebi(L, d, fee=False):
    country = rng.choices(["JP", "KR", "TW"], [70, 15, 15])[0] if not fee else "JP"
    cur = country_cur(country)
    prev = add_months(d, -1)
    for _ in range(30):
        c, invs = month_group(L, d, cur, country, prev)
        total = sum(L.bal[i["id"]] for i in invs)
        listed = rng.random() < 0.7
        if listed or unique_subset(L, c, cur, total, [i["id"] for i in invs]):
            break
    else:
        raise Skip()
    lines = [(i["number"], L.bal[i["id"]]) for i in invs]
    mname = {"JP": f"{prev[1]}月締め分", "KR": f"{prev[1]}월분", "TW": f"{prev[1]}月份"}[country]
    apps = [(i["id"], L.bal[i["id"]]) for i in invs]
    short = None
    amt = total
    adjust = ()
    if fee:
        f = rng.choice(FEES)
        amt = total - f
        last = apps[-1]
        apps[-1] = (last[0], last[1] - f)
        short = (last[0], f, "bank transfer fee (furikomi tesuryo) deducted by payer")
        adjust = [("振込手数料", -f)]
        if rng.random() < 0.3:
            listed = True
    rem = remittance(c, cur, d, lines, amt, adjust, extra=mname) if listed else None
    ref = {"JP": rng.choice([None, f"{prev[1]}ｶﾞﾂｼﾒﾌﾞﾝ", "ｼﾒﾌﾞﾝ", f"{prev[1]}ｶﾞﾂﾌﾞﾝ ｼﾊﾗｲ"]),
           "KR": rng.choice([f"{prev[1]}월분 대금", f"{c.local} {prev[1]}월분"]),
           "TW": rng.choice([f"{prev[1]}月份貨款", f"月結 {prev[0] - 1911}年{prev[1]}月"])}[country]
    if fee and not listed:
        note = "monthly closing payment of all invoices of the month, less a standard furikomi fee (not stated)"
    elif fee:
        note = "monthly closing payment, remittance lists the invoices and the deducted furikomi fee"
    else:
        note = f"monthly closing (shimebi) payment of {len(invs)} invoices" + (
            ", listed in the remittance" if listed else ", no list: the amount equals exactly the month's invoices")
    emit(L, d, amt, cur, payer_name(c, cur), c.id, ref, rem, "partial" if fee else "applied", apps,
         short=short,
         reason=f"{mname}: the {len(invs)} invoices issued {prev[0]}-{prev[1]:02d}" +
                (", fee short on the last" if fee else ""),
         scenario="shimebi_fee" if fee else "shimebi_consolidated", note=note)


def sc_fee_single(L, d):
    inv = pick(L.fresh(d, cur="JPY", country="JP"))
    c = L.custs[inv["customer_id"]]
    f = rng.choice(FEES)
    bal = L.bal[inv["id"]]
    if bal <= f * 10:
        raise Skip()
    amt = bal - f
    style = rng.random()
    rem = None
    if style < 0.4:
        payer, ref, cid = f"{digits(inv['number'])} {c.kana}", None, None
        note = "invoice number typed before the kana name; standard furikomi fee short, not stated"
    elif style < 0.7:
        payer, ref, cid = payer_name(c, "JPY"), ref_for(c, "JPY", [inv["number"]]), cid_or_none(c)
        note = "reference names the invoice; standard furikomi fee short, not stated"
    else:
        payer, ref, cid = payer_name(c, "JPY"), None, c.id
        rem = remittance(c, "JPY", d, [(inv["number"], bal)], amt, [("振込手数料", -f)])
        note = "remittance advice shows the furikomi fee deduction"
    emit(L, d, amt, "JPY", payer, cid, ref, rem, "partial", [(inv["id"], amt)],
         short=(inv["id"], f, "bank transfer fee (furikomi tesuryo) deducted by payer"),
         reason=f"{inv['number']}; paid ¥{comma('JPY', f)} short = furikomi fee",
         scenario="furikomi_fee_single", note=note)


def sc_swift_charges(L, d):
    inv = pick(L.fresh(d, cur="USD"))
    c = L.custs[inv["customer_id"]]
    bal = L.bal[inv["id"]]
    ch = Decimal(rng.choice(["15.00", "18.00", "20.00", "25.00", "30.00", "35.00", "40.00"]))
    if bal < ch * 20:
        raise Skip()
    amt = bal - ch
    ref = ref_for(c, "USD", [inv["number"]]) + rng.choice([" /CHGS SHA", " 71A:SHA", "", " BEN"])
    rem = None
    if rng.random() < 0.4:
        rem = remittance(c, "USD", d, [(inv["number"], bal)], amt, [("Bank charges", -ch)])
    emit(L, d, amt, "USD", payer_name(c, "USD"), cid_or_none(c), ref, rem, "partial", [(inv["id"], amt)],
         short=(inv["id"], ch, "intermediary bank charges deducted"),
         reason=f"{inv['number']} named; USD {ch} short = correspondent bank charges",
         scenario="swift_charges", note=f"{c.country} customer, telegraphic transfer with charges deducted in transit")


def sc_tegata(L, d):
    cur = "JPY"
    inv_month = add_months(d, -rng.choice([4, 4, 5]))
    c, invs = month_group(L, d, cur, "JP", inv_month, need=1, tegata=True)
    total = sum(L.bal[i["id"]] for i in invs)
    lines = [(i["number"], L.bal[i["id"]]) for i in invs]
    note_no = f"{rng.choice(['AA', 'AB', 'AC', 'BD', 'CE'])}{rng.randint(10000, 99999)}"
    issued = biz_back(month_end(*add_months(date(*inv_month, 1), 1)))
    kind = rng.choice(["tegata", "tegata", "densai"])
    if kind == "tegata":
        payer = rng.choice(["ﾃｶﾞﾀ ﾄﾘﾀﾃ", "ﾄﾘﾀﾃ ｹﾂｻｲ", f"ﾃｶﾞﾀ {c.kana}"])
        ref = f"ﾔｸﾃ {note_no}"
        extra = f"支払方法: 約束手形 No.{note_no} 振出日 {issued.strftime('%Y/%m/%d')} 支払期日 {d.strftime('%Y/%m/%d')}"
    else:
        payer = trunc("ﾃﾞﾝｻｲ " + c.kana, 20)
        ref = f"ﾃﾞﾝｻｲ {note_no}"
        extra = f"支払方法: でんさい 記録番号 {note_no}{rng.randint(100, 999)} 支払期日 {d.strftime('%Y/%m/%d')}"
    listed = rng.random() < 0.65 or not unique_subset(L, c, cur, total, [i["id"] for i in invs])
    rem = remittance(c, cur, d, lines, total, extra=extra) if listed else \
        f"受取手形記入帳: No.{note_no} 振出人 {c.kana} 額面 ¥{comma(cur, total)} 満期 {d.isoformat()} ({inv_month[1]}月締め分)"
    emit(L, d, total, cur, payer, c.id, ref, rem, "applied", [(i["id"], L.bal[i["id"]]) for i in invs],
         reason=f"{kind} No.{note_no} collected at maturity; covers the invoice(s) of "
                f"{inv_month[0]}-{inv_month[1]:02d}",
         scenario="tegata_maturity",
         note=f"promissory note ({kind}) for the {inv_month[1]}月締め invoices, paid at maturity months after due date")


def sc_range(L, d):
    cands = []
    for c in L.clist:
        for cur in {c.cur, "USD"}:
            ops = sorted(L.fresh(d, cur=cur, cust=c.id, min_age=5), key=lambda i: i["number"])
            for k in (3, 4, 5):
                for j in range(len(ops) - k + 1):
                    run = ops[j:j + k]
                    lo, hi = digits(run[0]["number"]), digits(run[-1]["number"])
                    if int(hi) - int(lo) > 90:
                        continue
                    if not any(i["customer_id"] != c.id and lo < digits(i["number"]) < hi for i in L.invs):
                        continue
                    # all of this customer's open invoices in the range must be in the run
                    inrange = [i for i in L.opens(c.id, cur) if lo <= digits(i["number"]) <= hi]
                    if len(inrange) == k:
                        cands.append((c, cur, run))
    c, cur, run = pick(cands)
    lo, hi = run[0]["number"], run[-1]["number"]
    total = sum(L.bal[i["id"]] for i in run)
    ctry = "US" if cur == "USD" else c.country
    rtxt = {"JP": f"請求書番号 {lo}～{digits(hi)} ({len(run)}件) 合計 ¥{comma(cur, total)}",
            "KR": f"{lo} ~ {hi} 세금계산서 {len(run)}건 합계 {comma(cur, total)}원",
            "TW": f"發票 {lo}-{digits(hi)} 共{len(run)}張 合計 NT${comma(cur, total)}",
            "US": f"Invoices {lo} through {hi} ({len(run)} invoices), total USD {comma(cur, total)}"}[ctry]
    emit(L, d, total, cur, payer_name(c, cur), c.id, rng.choice([None, f"INV {digits(lo)}-{digits(hi)}"]),
         rtxt, "applied", [(i["id"], L.bal[i["id"]]) for i in run],
         reason=f"range {lo}..{hi}: this customer's {len(run)} invoices in the range sum to the amount",
         scenario="invoice_range",
         note="range of invoice numbers; numbers in between belong to other customers")


def sc_po_lookalike(L, d):
    cur = rng.choice(["JPY", "JPY", "KRW", "TWD", "USD"])
    inv, c, amt = amount_only_pick(L, d, cur)
    other = pick([i for i in L.invs if i["customer_id"] != c.id and L.bal[i["id"]] != amt
                  and abs(int(digits(i["number"])) - int(digits(inv["number"]))) < 300])
    po = digits(other["number"])
    ctry = "US" if cur == "USD" else c.country
    ref = {"JP": rng.choice([f"ﾁﾕｳﾓﾝ{po}", f"PO{po}", f"ﾊﾂﾁﾕｳ {po}"]),
           "KR": rng.choice([f"발주 {po}", f"PO{po}"]),
           "TW": rng.choice([f"訂單{po}", f"PO{po}"]),
           "US": rng.choice([f"PO {po}", f"/RFB/PO{po}", f"OUR PO#{po}"])}[ctry]
    rem = None
    if rng.random() < 0.5:
        rem = {"JP": f"注文番号(PO No.) {po} 分のお支払い ¥{comma(cur, amt)}",
               "KR": f"발주번호 {po} 건 대금 {comma(cur, amt)}원",
               "TW": f"採購單號 {po} 貨款 NT${comma(cur, amt)}",
               "US": f"Payment against our purchase order {po}, USD {comma(cur, amt)}"}[ctry]
    emit(L, d, amt, cur, payer_name(c, cur), c.id, ref, rem, "applied", [(inv["id"], amt)],
         reason=f"{po} is the customer's PO number ({other['number']} is another customer's invoice with "
                f"another amount); amount equals {inv['number']} only",
         scenario="po_number_lookalike",
         note="PO number that looks like one of our invoice numbers; the amount decides")


def sc_amount_lookalike(L, d):
    for _ in range(40):
        inv = pick(L.fresh(d, cur="JPY", country="JP"))
        c = L.custs[inv["customer_id"]]
        other = pick([i for i in L.invs if i["customer_id"] != c.id and i["currency"] == "JPY"])
        n = Decimal(digits(other["number"]))
        if n == L.bal[other["id"]]:
            continue
        old = set_amount(L, inv, n)
        if L.subsets_equal(c.id, "JPY", n, 2) == [frozenset([inv["id"]])]:
            break
        set_amount(L, inv, old)
    else:
        raise Skip()
    emit(L, d, n, "JPY", payer_name(c, "JPY"), c.id, generic_ref(c, "JPY", d),
         f"お支払金額 {comma('JPY', n)}円 ({d.month}月分)", "applied", [(inv["id"], n)],
         reason=f"amount ¥{comma('JPY', n)} equals the balance of {inv['number']}; "
                f"the digits also spell {other['number']} (another customer)",
         scenario="amount_lookalike", note="the amount reads like an invoice number of another customer")


SHORT_REASONS = {
    "JP": [("不良品返品分差引", "defective parts returned"), ("値引き(単価差異)", "unit price difference"),
           ("数量不足分", "short shipment"), ("協力会費", "supplier association fee deducted")],
    "KR": [("불량 반품 차감", "defective parts returned"), ("단가 차이 차감", "unit price difference"),
           ("수량 부족", "short shipment")],
    "TW": [("扣除不良品退貨", "defective parts returned"), ("單價差異折讓", "unit price difference"),
           ("短交數量扣款", "short shipment")],
    "US": [("Less debit note for rejected lot", "defective parts returned"),
           ("Price adjustment per agreed PPV", "unit price difference"),
           ("Short shipment deduction", "short shipment")],
}


def sc_short_pay(L, d):
    cur = pick_cur()
    inv = pick(L.fresh(d, cur=cur))
    c = L.custs[inv["customer_id"]]
    bal = L.bal[inv["id"]]
    pct = Decimal(rng.choice(["0.03", "0.05", "0.08", "0.12", "0.20"]))
    ded = (bal * pct).quantize(Decimal("1") if cur in ZERO_DEC or cur == "TWD" else Decimal("0.01"))
    if cur in ZERO_DEC:
        ded = (ded // 100) * 100 if ded > 1000 else ded
    if ded <= 0:
        raise Skip()
    amt = bal - ded
    ctry = "US" if cur == "USD" else c.country
    loc, eng = rng.choice(SHORT_REASONS[ctry])
    if ctry == "JP" and eng == "supplier association fee deducted":
        ded = Decimal(rng.choice([3000, 5000, 10000]))
        if bal <= ded * 4:
            raise Skip()
        amt = bal - ded
    rem = remittance(c, cur, d, [(inv["number"], bal)], amt, [(loc, -ded)])
    emit(L, d, amt, cur, payer_name(c, cur), c.id, ref_for(c, cur, [inv["number"]]) if rng.random() < 0.5 else None,
         rem, "partial", [(inv["id"], amt)], short=(inv["id"], ded, eng),
         reason=f"{inv['number']} paid less {fmt(cur, ded)}: {eng}",
         scenario="short_pay_reason", note=f"short pay explained in the remittance ({loc})")


def sc_part(L, d):
    cur = pick_cur()
    inv = pick(L.fresh(d, cur=cur, pred=lambda i: i["total"] > 50000 or i["currency"] in ("USD", "TWD")))
    c = L.custs[inv["customer_id"]]
    bal = L.bal[inv["id"]]
    k = rng.choice([2, 3])
    q = Decimal("1") if cur in ZERO_DEC or cur == "TWD" else Decimal("0.01")
    part = (bal / k).quantize(q)
    if cur in ZERO_DEC and part > 10000:
        part = (part // 1000) * 1000
    ctry = "US" if cur == "USD" else c.country
    n = inv["number"]
    ref, rem = {
        "JP": (rng.choice([f"ｳﾁｷﾝ {digits(n)}", f"INV{digits(n)} ﾌﾞﾝｶﾂ1"]),
               f"{n} 内金として ¥{comma(cur, part)} をお支払いします。残額は来月末にお支払い予定です。"),
        "KR": (f"{digits(n)} 1차 분할", f"{n} 대금 중 1차 분할 {comma(cur, part)}원 송금합니다. 잔액은 다음 달 송금 예정."),
        "TW": (f"INV{digits(n)} 第一期", f"{n} 分{k}期付款，本次第一期 NT${comma(cur, part)}"),
        "US": (f"INV {digits(n)} 1ST INSTALMENT", f"First instalment of {k} for invoice {n}: USD {comma(cur, part)}"),
    }[ctry]
    emit(L, d, part, cur, payer_name(c, cur), cid_or_none(c, 0.7), ref, rem, "partial", [(inv["id"], part)],
         reason=f"stated part payment (instalment 1 of {k}) of {n}; the rest stays open",
         scenario="part_payment", note="customer says it is a first instalment: partial, no deduction")
    nd = d + timedelta(days=rng.randint(18, 40))
    if nd <= END:
        L.push(biz_fwd(nd), sc_part_rest, inv=inv, c=c, cur=cur)


def sc_part_rest(L, d, inv, c, cur):
    if d > END:
        raise Skip()
    bal = L.bal[inv["id"]]
    n = inv["number"]
    emit(L, d, bal, cur, payer_name(c, cur), cid_or_none(c), ref_for(c, cur, [n]), None, "applied",
         [(inv["id"], bal)],
         reason=f"{n} named; amount equals what the earlier instalment left open",
         scenario="part_payment_rest", note="second payment settles the remainder left by an earlier instalment in this file")


def sc_overpay(L, d):
    if rng.random() < 0.5:
        inv = pick(L.fresh(d, prepaid=True))
        cur = inv["currency"]
        c = L.custs[inv["customer_id"]]
        amt = inv["total"]
        why = "paid the invoice total although part had been paid before"
    else:
        cur = pick_cur()
        inv = pick(L.fresh(d, cur=cur))
        c = L.custs[inv["customer_id"]]
        bal = L.bal[inv["id"]]
        extra = {"JPY": Decimal(rng.choice([660, 1000, 10000])), "KRW": Decimal(rng.choice([100000, 330000])),
                 "TWD": Decimal(rng.choice(["300.00", "1000.00"])), "USD": Decimal(rng.choice(["50.00", "100.00"]))}[cur]
        amt = bal + extra
        why = "paid more than the invoice"
    bal = L.bal[inv["id"]]
    emit(L, d, amt, cur, payer_name(c, cur), c.id, ref_for(c, cur, [inv["number"]]), None, "unapplied",
         [(inv["id"], bal)],
         reason=f"{inv['number']} named; balance {fmt(cur, bal)} applied, {fmt(cur, amt - bal)} held on account",
         scenario="overpayment", note=why)


def sc_known_nofit(L, d):
    cur = rng.choice(["JPY", "JPY", "KRW", "TWD", "USD"])
    c = pick([x for x in L.clist if (x.cur == cur or (cur == "USD" and x.usd))])
    amt = rand_amount(cur)
    if L.subsets_equal(c.id, cur, amt, 2):
        raise Skip()
    ctry = "US" if cur == "USD" else c.country
    ref, rem = {"JP": ("ﾏｴｳｹｷﾝ", f"注文書 No.{rng.randint(40000, 49999)} 前払い(前受金)として ¥{comma(cur, amt)}"),
                "KR": ("선급금", f"신규 발주 선급금 {comma(cur, amt)}원"),
                "TW": ("預付款", f"新訂單預付款 NT${comma(cur, amt)}"),
                "US": ("ADVANCE PAYMENT", f"Prepayment for new order, USD {comma(cur, amt)}")}[ctry]
    if rng.random() < 0.4:
        rem = None
        ref = generic_ref(c, cur, d)
    emit(L, d, amt, cur, payer_name(c, cur), c.id, ref, rem, "unapplied", [], amt,
         reason="known customer; no open invoice or pair of invoices fits the amount",
         scenario="known_customer_no_fit", note="prepayment / unexplained amount: held on the customer's account")


def sc_twins(L, d):
    cur = pick_cur()
    for _ in range(40):
        a = pick(L.fresh(d, cur=cur))
        c = L.custs[a["customer_id"]]
        others = [i for i in L.fresh(d, cur=cur, cust=c.id) if i["id"] != a["id"]]
        if not others:
            continue
        b = rng.choice(others)
        old = set_amount(L, b, L.bal[a["id"]])
        amt = L.bal[a["id"]]
        if sorted(L.subsets_equal(c.id, cur, amt, 2), key=sorted) == sorted([frozenset([a["id"]]), frozenset([b["id"]])], key=sorted):
            break
        set_amount(L, b, old)
    else:
        raise Skip()
    pair = sorted([a, b], key=lambda i: (i["due_date"], i["number"]))
    emit(L, d, amt, cur, payer_name(c, cur), c.id, generic_ref(c, cur, d), None, "review", [], amt,
         cands=[[pair[0]["id"]], [pair[1]["id"]]],
         reason=f"two open invoices of this customer have exactly this amount ({pair[0]['number']}, "
                f"{pair[1]['number']}); older due date first",
         scenario="twin_amounts", note="repeat order at the same price: cannot tell which invoice is paid")


def sc_name_ambiguous(L, d):
    fams = sorted({c.pairkey for c in L.clist if c.pairkey})
    fam = rng.choice(fams)
    cs = sorted([c for c in L.clist if c.pairkey == fam and c.kana and
                 ("ﾃﾞﾝｷ" in c.kana or "ﾃﾞﾝｼ" in c.kana)], key=lambda c: c.id)
    if len(cs) != 2:
        raise Skip()
    a = pick(L.fresh(d, cur="JPY", cust=cs[0].id))
    b = pick(L.fresh(d, cur="JPY", cust=cs[1].id))
    amt = L.bal[a["id"]]
    if any(L.bal[i["id"]] == amt for i in L.invs if i["currency"] == "JPY" and i["id"] != a["id"]):
        raise Skip()
    set_amount(L, b, amt)
    famk = [k for r, k in JP_FAM if r == fam][0]
    pre = "ｶ)" if any(c.kana.startswith("ｶ)") for c in cs) else ""
    payer = pre + famk + "ﾃﾞﾝ"
    pair = sorted([a, b], key=lambda i: (i["due_date"], i["number"]))
    emit(L, d, amt, "JPY", payer, None, None, None, "review", [], amt,
         cands=[[pair[0]["id"]], [pair[1]["id"]]],
         reason=f"truncated name {payer} fits both {cs[0].name} and {cs[1].name}; each has an open invoice of this amount",
         scenario="name_truncation_ambiguous",
         note="bank truncated the kana name before ﾃﾞﾝｷ/ﾃﾞﾝｼ; two customers fit")


UNKNOWN_PAYERS = {"JPY": ["ｶ)ﾄｳﾖｳﾎﾞｳｴｷ", "ﾐﾂﾜｼﾖｳｼﾞ(ｶ", "ｶ)ｴｰｴｽｴﾇｼﾞﾔﾊﾟﾝ", "ﾀﾅﾍﾞ ｹﾝｼﾞ", "ｶ)ﾆﾂｼﾝﾌｱｸﾀﾘﾝｸﾞ"],
                  "KRW": ["(주)글로벌무역", "김민수", "한국팩토링(주)"],
                  "TWD": ["環宇貿易有限公司", "陳志明", "永信國際"],
                  "USD": ["ORIENT STAR TRADING LTD", "PACIFIC RIM SOURCING HK", "GREENFIELD ASSET FINANCE"]}


def sc_unknown(L, d, n):
    cur = pick_cur()
    payer = rng.choice(UNKNOWN_PAYERS[cur])
    ref = rng.choice([None, None, "PAYMENT" if cur == "USD" else None])
    if n == 0:
        amt = rand_amount(cur)
        if any(L.bal[i["id"]] == amt for i in L.invs if i["currency"] == cur):
            raise Skip()
        emit(L, d, amt, cur, payer, None, ref, None, "review", [], amt,
             reason="payer not a known customer and no open invoice has this amount",
             scenario="unknown_payer_no_match", note="third party / unknown payer; nothing to propose")
        return
    a = pick(L.fresh(d, cur=cur))
    amt = L.bal[a["id"]]
    picks = [a]
    if n == 2:
        hits = [i for i in L.invs if i["currency"] == cur and L.bal[i["id"]] == amt]
        if len(hits) != 1:
            raise Skip()
        b = pick([i for i in L.fresh(d, cur=cur) if i["customer_id"] != a["customer_id"]])
        set_amount(L, b, amt)
        picks.append(b)
    hits = [i for i in L.invs if i["currency"] == cur and L.bal[i["id"]] == amt]
    if len(hits) != n:
        raise Skip()
    picks.sort(key=lambda i: (i["due_date"], i["number"]))
    emit(L, d, amt, cur, payer, None, ref, None, "review", [], amt, cands=[[i["id"]] for i in picks],
         reason="payer not a known customer; the amount matches " +
                " and ".join(f"{i['number']} ({L.custs[i['customer_id']].name})" for i in picks),
         scenario="unknown_payer_amount_match",
         note=("amount fits invoices of two customers" if n == 2 else
               "amount fits one invoice but the payer is unknown: amount alone is not enough"))


def sc_ref_vs_amount(L, d):
    cur = pick_cur()
    for _ in range(40):
        a = pick(L.fresh(d, cur=cur))
        c = L.custs[a["customer_id"]]
        others = [i for i in L.fresh(d, cur=cur, cust=c.id) if i["id"] != a["id"] and L.bal[i["id"]] != L.bal[a["id"]]]
        if not others:
            continue
        b = rng.choice(others)
        amt = L.bal[b["id"]]
        if L.subsets_equal(c.id, cur, amt, 2) == [frozenset([b["id"]])]:
            break
    else:
        raise Skip()
    emit(L, d, amt, cur, payer_name(c, cur), c.id, ref_for(c, cur, [a["number"]]), None, "review", [], amt,
         cands=[[b["id"]], [a["id"]]],
         reason=f"reference names {a['number']} ({fmt(cur, L.bal[a['id']])}) but the amount equals {b['number']}",
         scenario="reference_amount_conflict",
         note="the named invoice and the exact-amount invoice disagree; exact amount ranked first")


def sc_cross_currency(L, d):
    c = pick([x for x in L.clist if x.usd and x.cur != "USD" and not L.opens(x.id, "USD")
              and L.fresh(d, cur=x.cur, cust=x.id)])
    inv = pick(L.fresh(d, cur=c.cur, cust=c.id))
    rate = {"JPY": Decimal("152.4"), "KRW": Decimal("1431.0"), "TWD": Decimal("32.1")}[c.cur]
    amt = (L.bal[inv["id"]] / rate).quantize(Decimal("0.01"))
    emit(L, d, amt, "USD", payer_name(c, "USD"), c.id, ref_for(c, "USD", [inv["number"]]), None, "unapplied",
         [], amt,
         reason=f"reference names {inv['number']} which is a {c.cur} invoice; never apply across currencies and the "
                "customer has no open USD invoice",
         scenario="cross_currency", note=f"customer paid a {c.cur} invoice in USD at its own rate")


# ---------------------------------------------------------------- bad input rows
def sc_error(L, d, kind):
    c = rng.choice([x for x in L.clist if x.cur != "USD"])
    cur = c.cur
    amt = fmt(cur, rand_amount(cur))
    row = {"id": uid("pmt_", 10), "date": d.isoformat(), "amount": amt, "currency": cur,
           "payer_name": payer_name(c, cur), "customer_id": c.id, "reference": generic_ref(c, cur, d),
           "remittance": None}
    if kind == "negative":
        row["amount"] = "-" + amt
        row["reference"] = rng.choice(["ｸﾐﾓﾄﾞｼ", "REVERSAL", "반환"]) if cur != "TWD" else "退匯"
        err = "negative amount"
    elif kind == "currency":
        row["currency"] = rng.choice(["EUR", "CNY", "HKD"])
        row["amount"] = "%.2f" % (Decimal(rng.randint(50000, 2000000)) / 100)
        row["payer_name"] = payer_name(c, "USD")
        err = f"currency {row['currency']} is not used by any invoice"
    elif kind == "dup_exact":
        if not L.payments or L.payments[-1]["date"] is None:
            raise Skip()
        row = dict(L.payments[-1])
        err = "duplicate payment id (the same bank line imported twice)"
    elif kind == "dup_id":
        prev = [p for p in L.payments if p["date"] and p["id"] not in {x["id"] for x in ERR_ROWS}]
        row["id"] = rng.choice(prev[-40:])["id"]
        err = "duplicate payment id (another payment already uses this id)"
    elif kind == "malformed":
        row["amount"] = rng.choice(["1O5600", "3.300.000", "12,5OO", "48 400 JPY"])
        err = f"malformed amount {row['amount']!r}"
    elif kind == "nodate":
        row["date"] = rng.choice([None, ""])
        err = "missing payment date"
    else:
        raise ValueError(kind)
    ERR_ROWS.append(row)
    L.payments.append(row)
    L.labels.append({"payment_id": row["id"], "status": "error", "applications": [], "unapplied": None,
                     "short_pay": None, "candidates": [], "reason": err, "error": err,
                     "scenario": "bad_input_" + kind, "note": "bad input row: reported, nothing applied"})


ERR_ROWS = []

# ---------------------------------------------------------------- plan and run
BEGIN = date(2026, 1, 5)
END = date(2026, 3, 31)
BIZ = [BEGIN + timedelta(days=k) for k in range((END - BEGIN).days + 1)
       if (BEGIN + timedelta(days=k)).weekday() < 5]
MONTH_ENDS = [biz_back(month_end(2026, m)) for m in (1, 2, 3)]

PLAN = [
    (sc_ref_exact, 78, {}, None), (sc_ref_exact, 8, {"dup": True}, None),
    (sc_ref_after_part, 7, {}, None),
    (sc_amount_only, 52, {}, None), (sc_name_only, 24, {}, None),
    (sc_shimebi, 38, {}, "me"), (sc_shimebi, 9, {"fee": True}, "me"),
    (sc_fee_single, 18, {}, None), (sc_swift_charges, 10, {}, None),
    (sc_tegata, 14, {}, "me"), (sc_range, 10, {}, None),
    (sc_po_lookalike, 8, {}, None), (sc_amount_lookalike, 4, {}, None),
    (sc_short_pay, 16, {}, None), (sc_part, 13, {}, "early"), (sc_overpay, 10, {}, None),
    (sc_known_nofit, 10, {}, None), (sc_twins, 12, {}, None), (sc_name_ambiguous, 7, {}, None),
    (sc_ref_vs_amount, 6, {}, None), (sc_unknown, 4, {"n": 0}, None), (sc_unknown, 4, {"n": 1}, None),
    (sc_unknown, 7, {"n": 2}, None), (sc_cross_currency, 3, {}, None),
    (sc_error, 2, {"kind": "negative"}, None), (sc_error, 2, {"kind": "currency"}, None),
    (sc_error, 1, {"kind": "dup_exact"}, None), (sc_error, 1, {"kind": "dup_id"}, None),
    (sc_error, 2, {"kind": "malformed"}, None), (sc_error, 2, {"kind": "nodate"}, None),
]


def run(custs, invs):
    L = Ledger(custs, invs)
    for fn, n, kw, when in PLAN:
        for _ in range(n):
            if when == "me":
                d = rng.choice(MONTH_ENDS)
            elif when == "early":
                d = rng.choice(BIZ[:40])
            else:
                d = rng.choice(BIZ)
            L.push(d, fn, **kw)
    skipped = Counter()
    while L.heap:
        d, _, fn, kw = heapq.heappop(L.heap)
        try:
            fn(L, d, **kw)
        except Skip:
            skipped[fn.__name__ + str(kw.get("kind", kw.get("n", "")))] += 1
    return L, skipped


def inv_out(i):
    return {"id": i["id"], "number": i["number"], "customer_id": i["customer_id"],
            "customer_name": i["customer_name"], "currency": i["currency"],
            "total": fmt(i["currency"], i["total"]), "balance": fmt(i["currency"], i["balance"]),
            "issue_date": i["issue_date"].isoformat(), "due_date": i["due_date"].isoformat()}


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    custs = make_customers()
    invs = make_invoices(custs)
    L, skipped = run(custs, invs)
    os.makedirs(OUT, exist_ok=True)
    dump(os.path.join(OUT, "invoices.json"), [inv_out(i) for i in sorted(invs, key=lambda i: i["number"])])
    dump(os.path.join(OUT, "payments.json"), L.payments)
    dump(os.path.join(OUT, "labels.json"), L.labels)
    write_readme(custs, invs, L)
    print(len(custs), "customers", len(invs), "invoices", len(L.payments), "payments")
    print("skipped:", dict(skipped))


SCEN_DESC = {
    "ref_exact": "one invoice named (reference, payer-name field or remittance), exact balance",
    "ref_remaining_balance": "invoice named; pays the balance left after an earlier part payment (balance < total)",
    "amount_only_known_customer": "bank identifies the customer; no invoice number; exactly one open invoice has the amount",
    "name_only": "customer_id null; half-width kana or romanised SWIFT name identifies the customer; one invoice fits",
    "shimebi_consolidated": "monthly closing payment of all invoices of a month (listed, or unlisted but uniquely summing)",
    "shimebi_fee": "monthly closing payment less a furikomi fee (stated or not)",
    "furikomi_fee_single": "one invoice less a standard furikomi fee (110-880 yen)",
    "swift_charges": "USD telegraphic transfer less intermediary bank charges",
    "tegata_maturity": "promissory note (tegata) or densai collected at maturity, months after due date",
    "invoice_range": "remittance gives a range of invoice numbers; other customers' invoices lie inside the range",
    "po_number_lookalike": "reference is a PO number equal to another customer's invoice number; amount decides",
    "amount_lookalike": "amount whose digits equal another customer's invoice number",
    "short_pay_reason": "short pay with a stated reason (returns, price difference, short shipment, fee)",
    "part_payment": "stated first instalment: partial, no deduction",
    "part_payment_rest": "later payment of what an earlier instalment in this file left open",
    "overpayment": "invoice named, more than its balance paid: balance applied, rest unapplied",
    "duplicate_payment": "second payment of an invoice already paid earlier in this file",
    "known_customer_no_fit": "known customer, nothing fits (prepayment / unexplained): unapplied on account",
    "cross_currency": "customer pays a non-USD invoice in USD and has no open USD invoice: unapplied",
    "twin_amounts": "known customer with two open invoices of exactly the amount: review",
    "name_truncation_ambiguous": "truncated kana name fits two customers (ﾃﾞﾝｷ/ﾃﾞﾝｼ) and both have the amount: review",
    "reference_amount_conflict": "reference names one invoice, amount equals another: review",
    "unknown_payer_amount_match": "third-party/unknown payer, amount matches one or two invoices: review",
    "unknown_payer_no_match": "unknown payer, nothing fits: review with no candidates",
}


def table(counter, head):
    rows = [f"| {head} | count |", "|---|---|"]
    rows += [f"| `{k}` | {v} |" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(rows)


def write_readme(custs, invs, L):
    labs, pays = L.labels, L.payments
    cust_country = {c.id: c.country for c in custs}
    inv_cur = Counter(i["currency"] for i in invs)
    ctry = Counter(c.country for c in custs)
    st = Counter(l["status"] for l in labs)
    sc = Counter(l["scenario"] for l in labs)
    pc = Counter(p["currency"] for p in pays)
    cidn = sum(1 for p in pays if p["customer_id"] is None)
    status_by_cur = Counter((p["currency"], l["status"]) for p, l in zip(pays, labs))
    curs = sorted(pc)
    sbc = ["| currency | " + " | ".join(sorted(st)) + " |", "|---|" + "---|" * len(st)]
    for cu in curs:
        sbc.append(f"| {cu} | " + " | ".join(str(status_by_cur[(cu, s)]) for s in sorted(st)) + " |")
    def script(t):
        if any("\uff61" <= ch <= "\uff9f" for ch in t):
            return "half-width katakana (Zengin)"
        if any("\uac00" <= ch <= "\ud7a3" for ch in t):
            return "Hangul"
        if any("\u4e00" <= ch <= "\u9fff" for ch in t):
            return "Chinese characters"
        return "romanised (SWIFT / Latin)"
    scripts = Counter(script(p["payer_name"] or "") for p in pays)
    rem_lang = Counter()
    for p in pays:
        t = p["remittance"]
        if not t:
            rem_lang["(none)"] += 1
        elif any("\uac00" <= ch <= "\ud7a3" for ch in t):
            rem_lang["Korean"] += 1
        elif any("\u3040" <= ch <= "\u30ff" for ch in t) or "円" in t or "支払" in t:
            rem_lang["Japanese"] += 1
        elif any("\u4e00" <= ch <= "\u9fff" for ch in t):
            rem_lang["Chinese (Taiwan)"] += 1
        else:
            rem_lang["English"] += 1
    scen_rows = ["| scenario | count | what it is |", "|---|---|---|"]
    for k, v in sorted(sc.items(), key=lambda kv: (-kv[1], kv[0])):
        scen_rows.append(f"| `{k}` | {v} | {SCEN_DESC.get(k, 'bad input row (status error)')} |")
    text = f"""# Blind cash-application set: `ledger_jpkrtw`

Held-out test set for the `match` contract (`contracts/cash-application.md`), written blind
(from the contract only). Generated by `python3 build.py` (stdlib, fixed seed {SEED});
`python3 check.py` replays the payments and re-verifies every label.

## Theme

Sakigake Components K.K. (魁電子部品株式会社), an electronic-components distributor, sells to
manufacturers in Japan, South Korea and Taiwan and invoices in JPY, KRW, TWD and USD.
Payments are Zengin furikomi transfers with half-width katakana payer names (`ｶ)` / `(ｶ` / `ﾕ)`,
small kana written large as banks do: `ｼﾖ`, `ｷﾞﾖｳ`), sometimes truncated by the bank, sometimes
with the invoice number typed in front of the name; Korean transfers with short Hangul memos
(`3월분 대금`, `1차 분할`); Taiwanese domestic transfers and SWIFT USD remittances
(`/RFB/`, `71A:SHA`); promissory notes (手形, でんさい) collected at maturity; furikomi fees
(振込手数料) deducted by the payer; monthly closing (締め) payments covering many invoices.
Remittance advices (支払通知書, 송금 안내, 付款通知書, REMITTANCE ADVICE) sometimes write invoice
numbers as bare digits, `No.731204` or full-width `INV－７３１２０４`.

## Files (`ledger_jpkrtw/`)

- `invoices.json`: {len(invs)} open invoices of {len(custs)} customers
  ({", ".join(f"{k} {v}" for k, v in sorted(ctry.items()))} customers;
  {", ".join(f"{k} {v}" for k, v in sorted(inv_cur.items()))} invoices), in the contract's format,
  sorted by number. Invoice numbers are `INV-7xxxxx` from one series.
  `balance` < `total` on a few invoices that were part-paid before the period.
- `payments.json`: {len(pays)} payments, oldest first (2026-01-05 .. 2026-03-31), contract format.
  `customer_id` is set when the bank identifies the payer (virtual account / notes register) and
  null on {cidn} payments.
- `labels.json`: one expected MATCHES entry per payment, same order, in the contract's format plus
  `"scenario"` and `"note"` (for humans; not engine output). Bad-input rows have `"status": "error"`,
  `"error"` (text), no applications, `"unapplied": null`.

## Counts

Per status:

{table(st, "status")}

Per payment currency and status:

{chr(10).join(sbc)}

Per payer-name script (the bank's language of the payment line):

{table(scripts, "payer name")}

Per remittance-advice language:

{table(rem_lang, "remittance")}

Per scenario:

{chr(10).join(scen_rows)}

## Conventions chosen where the contract is silent

1. **Amount strings.** JPY and KRW have no minor unit: their amounts are written as whole numbers
   without decimals (`"128000"`, also `"unapplied": "0"`). TWD and USD use two decimals
   (`"125400.00"`). Compare amounts numerically (`Decimal`), not as strings.
2. **Bank fees deducted by the payer** (furikomi tesuryo, SWIFT intermediary charges) are short pays:
   status `partial`, the invoice is left open by the fee and `short_pay` = `{{invoice_id, amount=fee,
   reason}}`, even when the remittance does not mention the fee (standard fee amounts 110..880 yen).
   In a consolidated payment the fee is left on the last invoice in (due_date, number) order.
3. **Short pays with a stated reason** (returns, price difference, short shipment, association fee):
   `partial` with `short_pay.amount` = the deduction = what stays open on that invoice.
4. **Stated part payments / instalments** (内金, 1차 분할, 第一期, 1ST INSTALMENT): `partial`,
   `short_pay` null. A later payment of the remainder is `applied`.
5. **Overpayment**: the named invoice's balance is applied, the rest is `unapplied` (status
   `unapplied`, applications listed). **Second payment** of an invoice already paid earlier in the file:
   `unapplied`, no applications.
6. **Known customer, nothing fits** (prepayment 前受金/선급금/預付款, unexplained amount, or a USD
   payment of a KRW/JPY/TWD invoice when the customer has no open USD invoice): `unapplied`, whole
   amount on account. Never across currencies.
7. **Review** means nothing applied and `unapplied` = the whole amount. `candidates` is a list of
   invoice-id lists (each an invoice set), best first. Where the candidates are equally likely (twin
   amounts, two customers) they are listed by (due_date, number); only in
   `reference_amount_conflict` is the order a judgement (exact-amount invoice first, named invoice
   second). Compare candidates as a set of sets unless scoring the ranking.
8. **Unknown payer** (customer_id null and a name that is no customer: trading companies,
   factoring, private persons): `review` even when exactly one invoice has the amount; with no match
   the candidate list is empty.
9. **Payer name only** (customer_id null): applied only when the kana/romanised name identifies one
   customer unambiguously and exactly one invoice of that customer fits. A bank-truncated name that
   fits two customers is `review`.
10. **Invoice numbers in a range** (`INV-731901～731927`) mean the payer's own invoices in that range;
    other customers' invoices inside the range are not part of it.
11. **PO numbers** (注文/発注/발주/訂單/PO) that equal one of our invoice numbers are not invoice
    references; amounts whose digits equal an invoice number are amounts.
12. **Applications** are listed oldest invoice first (by due date or number); compare them as a set
    of (invoice_id, amount) pairs.
13. **Bad input rows** (`status: error`): negative amount, a currency no invoice has (EUR/CNY/HKD),
    malformed amount string, missing/empty date, and duplicate payment id. For a duplicated id the
    first row is processed normally and the later row is the error (so two labels can share a
    `payment_id`: match labels to payments by position). Error rows change no balance.
14. `reason` texts are explanations, not expected strings.
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
