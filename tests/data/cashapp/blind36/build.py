#!/usr/bin/env python3
"""Blind held-out set for the cash-application (`match`) contract.

Theme: a packaging-materials trading company (cartons, stretch film, tapes, foam,
labels) selling to manufacturers and retailers in mainland China, Hong Kong,
Taiwan and Singapore, invoicing in CNY, HKD, SGD and USD.

Deterministic, stdlib only: `python3 build.py` rewrites every file byte for byte.
Stages: 1 customers, 2 invoices, 3 payments (scenario by scenario, replaying the
ledger in file order), 4 checks, 5 README.
"""
import json
import os
import random
from datetime import date, timedelta
from decimal import Decimal
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_greaterchina")
SEED = 110_2026
rng = random.Random(SEED)
Q = Decimal("0.01")


def D(x):
    return Decimal(x).quantize(Q)


def s(x):
    return str(D(x))


def fmt(x):
    """12,345.60 style."""
    return "{:,.2f}".format(D(x))


def rid(prefix, n=8):
    return prefix + "".join(rng.choice("0123456789abcdef") for _ in range(n))


# ---------------------------------------------------------------------------
# Stage 1: customers
# ---------------------------------------------------------------------------
CN_CITIES = [("深圳", "SHENZHEN"), ("东莞", "DONGGUAN"), ("广州", "GUANGZHOU"), ("佛山", "FOSHAN"),
             ("中山", "ZHONGSHAN"), ("惠州", "HUIZHOU"), ("上海", "SHANGHAI"), ("苏州", "SUZHOU"),
             ("宁波", "NINGBO"), ("厦门", "XIAMEN"), ("杭州", "HANGZHOU"), ("青岛", "QINGDAO")]
CN_WORDS = [("华兴", "HUAXING"), ("鑫达", "XINDA"), ("宏远", "HONGYUAN"), ("金盛", "JINSHENG"),
            ("永丰", "YONGFENG"), ("恒泰", "HENGTAI"), ("利达", "LIDA"), ("美佳", "MEIJIA"),
            ("联创", "LIANCHUANG"), ("瑞丰", "RUIFENG"), ("嘉信", "JIAXIN"), ("新宇", "XINYU"),
            ("天成", "TIANCHENG"), ("东升", "DONGSHENG"), ("泰和", "TAIHE"), ("万通", "WANTONG"),
            ("诚信", "CHENGXIN"), ("盛世", "SHENGSHI"), ("富源", "FUYUAN"), ("安捷", "ANJIE"),
            ("汇丰源", "HUIFENGYUAN"), ("创维达", "CHUANGWEIDA"), ("志高", "ZHIGAO"), ("顺发", "SHUNFA")]
CN_TRADES = [("包装", "PACKAGING"), ("纸品", "PAPER PRODUCTS"), ("电子科技", "ELECTRONIC TECHNOLOGY"),
             ("塑胶制品", "PLASTIC PRODUCTS"), ("食品", "FOOD"), ("五金制品", "HARDWARE PRODUCTS"),
             ("日用品", "DAILY NECESSITIES"), ("印刷", "PRINTING"), ("家具", "FURNITURE"),
             ("玩具", "TOYS"), ("供应链管理", "SUPPLY CHAIN MANAGEMENT"), ("实业", "INDUSTRIAL")]
HK_WORDS = [("永昌", "WING CHEONG"), ("利豐", "LI FUNG"), ("大興", "TAI HING"), ("恒昌", "HANG CHEONG"),
            ("新華", "SUN WAH"), ("萬利", "MAN LEE"), ("金輝", "KAM FAI"), ("協成", "HIP SHING"),
            ("寶發", "PO FAT"), ("德信", "TAK SHUN"), ("廣生", "KWONG SANG"), ("聯合", "LUEN HOP"),
            ("順興", "SHUN HING"), ("嘉華", "KA WAH"), ("添福", "TIM FOOK"), ("怡和昌", "YEE WO CHEONG")]
HK_TRADES = [("紙品", "PAPER PRODUCTS"), ("印刷", "PRINTING"), ("包裝材料", "PACKAGING MATERIALS"),
             ("貿易", "TRADING"), ("食品", "FOOD"), ("電子", "ELECTRONICS"), ("物流", "LOGISTICS"),
             ("製衣", "GARMENT"), ("超級市場", "SUPERMARKET")]
TW_WORDS = [("台勝", "TAI SHENG"), ("宏達", "HUNG TA"), ("永信", "YUNG HSIN"), ("聯華", "LIEN HWA"),
            ("長榮", "CHANG JUNG"), ("佳美", "CHIA MEI"), ("大同興", "TA TUNG HSING"), ("正隆", "CHENG LOONG"),
            ("三洋", "SAN YANG"), ("勤美", "CHIN MEI"), ("光明", "KUANG MING"), ("興業", "HSING YEH")]
TW_TRADES = [("塑膠工業", "PLASTIC INDUSTRIAL"), ("紙業", "PAPER"), ("電子", "ELECTRONICS"),
             ("食品", "FOODS"), ("精密", "PRECISION"), ("實業", "ENTERPRISE")]
SG_WORDS = ["LIM BROS", "TAN & SONS", "KEPPEL VIEW", "ORCHID LINE", "MERLION", "SENG HENG", "HUP SOON",
            "EASTERN STAR", "GOLDEN CRANE", "PIONEER", "JURONG", "RAFFLES LANE", "ANG MO", "TIONG BAHRU",
            "BOON LAY", "KIM SENG", "CHANGI", "SIN HOCK", "NAM YANG", "LION CITY"]
SG_TRADES = ["PACKAGING", "FOOD INDUSTRIES", "LOGISTICS", "TRADING", "PRECISION ENGINEERING",
             "RETAIL", "ELECTRONICS", "PRINTING", "SUPPLIES", "MART"]

MONTH_ZH = {1: "1", 2: "2", 3: "3", 4: "4", 5: "5", 6: "6", 7: "7", 8: "8", 9: "9", 10: "10", 11: "11", 12: "12"}
MONTH_EN = {1: "JAN", 2: "FEB", 3: "MAR", 4: "APR", 5: "MAY", 6: "JUN", 7: "JUL", 8: "AUG", 9: "SEP",
            10: "OCT", 11: "NOV", 12: "DEC"}


def trunc(name, n=35):
    return name[:n].rstrip()


def make_customers():
    custs = []
    used = set()
    ids = set()

    def new_id():
        while True:
            c = "C%05d" % rng.randint(10000, 99999)
            if c not in ids:
                ids.add(c)
                return c

    plan = [("CN", 120), ("HK", 80), ("TW", 45), ("SG", 55)]
    for country, n in plan:
        k = 0
        while k < n:
            if country == "CN":
                city = rng.choice(CN_CITIES)
                w = rng.choice(CN_WORDS)
                t = rng.choice(CN_TRADES)
                key = (city[0], w[0], t[0])
                zh = "%s市%s%s有限公司" % (city[0], w[0], t[0])
                en = "%s %s %s CO LTD" % (city[1], w[1], t[1])
                ledger_name = zh if rng.random() < 0.55 else en.title().replace("Co Ltd", "Co., Ltd.")
                currencies = ["CNY"] if rng.random() < 0.7 else (["USD"] if rng.random() < 0.5 else ["CNY", "USD"])
                bank = en
            elif country == "HK":
                w = rng.choice(HK_WORDS)
                t = rng.choice(HK_TRADES)
                key = (w[0], t[0])
                zh = "%s%s有限公司" % (w[0], t[0])
                en = "%s %s CO LIMITED" % (w[1], t[1]) if rng.random() < 0.5 else "%s %s LTD" % (w[1], t[1])
                ledger_name = zh if rng.random() < 0.3 else en.title().replace("Ltd", "Ltd.").replace("Co Limited", "Company Limited")
                currencies = ["HKD"] if rng.random() < 0.7 else ["HKD", "USD"]
                bank = en
            elif country == "TW":
                w = rng.choice(TW_WORDS)
                t = rng.choice(TW_TRADES)
                key = (w[0], t[0])
                zh = "%s%s股份有限公司" % (w[0], t[0])
                en = "%s %s CO., LTD." % (w[1], t[1])
                ledger_name = zh if rng.random() < 0.5 else en.title().replace("Co., Ltd.", "Co., Ltd.")
                currencies = ["USD"]
                bank = en
            else:
                w = rng.choice(SG_WORDS)
                t = rng.choice(SG_TRADES)
                key = (w, t)
                zh = None
                en = "%s %s PTE LTD" % (w, t)
                ledger_name = en.title().replace("Pte Ltd", "Pte. Ltd.").replace("&", "&")
                currencies = ["SGD"] if rng.random() < 0.75 else ["SGD", "USD"]
                bank = en
            if key in used:
                continue
            used.add(key)
            k += 1
            c = {"id": new_id(), "country": country, "name": ledger_name, "zh": zh, "en": en,
                 "bank": trunc(bank), "currencies": currencies}
            if country == "SG":
                c["uen"] = "%d%05d%s" % (rng.choice([2015, 2016, 2017, 2018, 2019, 2020, 2021]),
                                          rng.randint(10000, 99999), rng.choice("CDEGHKMNRWZ"))
            custs.append(c)
    rng.shuffle(custs)
    return custs


# ---------------------------------------------------------------------------
# Stage 2: invoices
# ---------------------------------------------------------------------------
RANGES = {"CNY": (1800, 260000), "HKD": (900, 180000), "SGD": (250, 42000), "USD": (400, 65000)}
D0 = date(2025, 9, 1)
D1 = date(2026, 3, 31)


def amount_for(cur, lo_frac=0.0, hi_frac=1.0):
    lo, hi = RANGES[cur]
    # log-uniform-ish
    import math
    a = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    cents = rng.choice([0, 0, 0, 0, 50, rng.randint(1, 99)])
    if rng.random() < 0.3:
        a = round(a, -1)
    return D(int(a)) + D(cents) / 100


def rand_day(a, b):
    return a + timedelta(days=rng.randint(0, (b - a).days))


def terms_for(c):
    return rng.choice({"CN": [30, 60, 60, 90], "HK": [30, 30, 60], "TW": [30, 45, 60], "SG": [30, 30, 45]}[c["country"]])


def make_invoices(custs):
    raw = []  # dicts without id/number

    def add(c, cur, amt, d, tag, group=None, kind="INV"):
        raw.append({"c": c, "currency": cur, "total": D(amt), "issue": d, "tag": tag, "group": group,
                    "kind": kind, "terms": terms_for(c)})

    gid = 0
    for i, c in enumerate(custs):
        n = rng.choice([1, 2, 2, 3, 3, 3, 4, 4, 5, 6])
        for _ in range(n):
            cur = rng.choice(c["currencies"])
            add(c, cur, amount_for(cur), rand_day(D0, D1), "plain")
        r = i % 10
        if r == 0:  # twin amounts (repeat orders)
            cur = c["currencies"][0]
            a = amount_for(cur)
            d = rand_day(D0, date(2026, 2, 10))
            gid += 1
            add(c, cur, a, d, "twin", gid)
            add(c, cur, a, d + timedelta(days=rng.choice([14, 28, 30, 31])), "twin", gid)
        elif r in (1, 2):  # batch: consecutive numbers the same day
            cur = c["currencies"][0]
            d = rand_day(date(2025, 10, 1), date(2026, 3, 20))
            gid += 1
            for _ in range(rng.randint(3, 4)):
                add(c, cur, amount_for(cur) / 3, d, "batch", gid)
        elif r in (3, 4) and c["country"] in ("CN", "HK", "TW") and rng.random() < 0.6:  # monthly statement customers
            cur = c["currencies"][0]
            for (y, m) in [(2026, 1), (2026, 2), (2026, 3)][rng.randint(0, 1):]:
                gid += 1
                for _ in range(rng.randint(2, 4)):
                    add(c, cur, amount_for(cur) / 4, rand_day(date(y, m, 1), date(y, m, 27)), "stmt", gid)
        elif r == 5:  # debit notes (freight / pallet / sample charges)
            cur = c["currencies"][0]
            add(c, cur, amount_for(cur) / 40 + 80, rand_day(date(2025, 11, 1), date(2026, 3, 20)), "dn", None, "DN")
    # pairs of different customers with one invoice of the very same amount
    by_cur = {}
    for c in custs:
        by_cur.setdefault(c["currencies"][0], []).append(c)
    for cur in sorted(by_cur):
        pool = by_cur[cur][:]
        for _ in range(3):
            a, b = rng.sample(pool, 2)
            amt = D(rng.choice([1200, 2500, 3000, 4800, 5000, 6000, 8800, 10000, 12000, 15000]))
            gid += 1
            add(a, cur, amt, rand_day(D0, date(2026, 2, 20)), "xtwin", gid)
            add(b, cur, amt, rand_day(D0, date(2026, 2, 20)), "xtwin", gid)
    rng.shuffle(raw)
    raw.sort(key=lambda r: (r["issue"], r["group"] or 0))
    invs = []
    seq = 38000 + rng.randint(100, 900)
    dseq = 1200 + rng.randint(0, 300)
    ids = set()
    for r in raw:
        while True:
            iid = rid("inv_", 8)
            if iid not in ids:
                ids.add(iid)
                break
        if r["kind"] == "DN":
            dseq += rng.choice([1, 1, 2])
            number = "DN-%05d" % dseq
        else:
            if r["tag"] != "batch" and rng.random() < 0.12:
                seq += rng.randint(1, 3)  # voided / cancelled numbers
            seq += 1
            number = "INV-%d" % seq
        c = r["c"]
        due = r["issue"] + timedelta(days=r["terms"])
        total = r["total"]
        balance = total
        if r["tag"] == "plain" and rng.random() < 0.04:
            balance = D(total * Decimal(rng.choice(["0.5", "0.4", "0.7"])))
        invs.append({"id": iid, "number": number, "customer_id": c["id"], "customer_name": c["name"],
                     "currency": r["currency"], "total": s(total), "balance": s(balance),
                     "issue_date": r["issue"].isoformat(), "due_date": due.isoformat(),
                     "_tag": r["tag"], "_group": r["group"]})
    return invs


# ---------------------------------------------------------------------------
# Stage 3: payments, generated in file order against a replayed ledger
# ---------------------------------------------------------------------------
class Ledger:
    def __init__(self, custs, invs):
        self.custs = {c["id"]: c for c in custs}
        self.invs = {i["id"]: i for i in invs}
        self.bal = {i["id"]: D(i["balance"]) for i in invs}
        self.by_cust = {}
        for i in invs:
            self.by_cust.setdefault(i["customer_id"], []).append(i)
        self.used = set()          # invoices a scenario has already built on
        self.paid_full = []        # (invoice id, payment id) fully paid by reference
        self.part_paid = []        # invoices left open on purpose by a part payment
        self.seen_pids = []
        self.dup_done = set()

    def open_of(self, cid, cur=None):
        return [i for i in self.by_cust.get(cid, []) if self.bal[i["id"]] > 0 and (cur is None or i["currency"] == cur)]

    def fits(self, cid, cur, amount, maxk=3):
        """All sets of up to maxk open invoices of the customer (any issue date) summing to amount."""
        op = self.open_of(cid, cur)
        out = []
        for k in range(1, min(maxk, len(op)) + 1):
            for combo in combinations(op, k):
                if sum(self.bal[i["id"]] for i in combo) == amount:
                    out.append([i["id"] for i in combo])
        if len(op) > maxk and sum(self.bal[i["id"]] for i in op) == amount:
            out.append([i["id"] for i in op])
        return out

    def global_singles(self, cur, amount):
        return [i for i in self.invs.values() if i["currency"] == cur and self.bal[i["id"]] == amount]

    def fresh(self, pdate, cur=None, tag=None, country=None, cid=None, lag=3):
        """Untouched invoices at full balance issued at least `lag` days before the payment."""
        out = []
        for i in self.invs.values():
            if i["id"] in self.used or self.bal[i["id"]] <= 0:
                continue
            if tag is not None and i["_tag"] != tag:
                continue
            if tag is None and i["_tag"] not in ("plain",):
                continue
            if cur and i["currency"] != cur:
                continue
            if cid and i["customer_id"] != cid:
                continue
            c = self.custs[i["customer_id"]]
            if country and c["country"] not in country:
                continue
            if date.fromisoformat(i["issue_date"]) > pdate - timedelta(days=lag):
                continue
            out.append(i)
        out.sort(key=lambda i: i["id"])
        return out

    def apply(self, label):
        for a in label["applications"]:
            amt = D(a["amount"])
            assert amt > 0 and self.bal[a["invoice_id"]] >= amt, (label, self.bal[a["invoice_id"]])
            self.bal[a["invoice_id"]] -= amt


# ----- text helpers ---------------------------------------------------------
def inv_mention(num, style=None):
    n = num.split("-")[1]
    pre = num.split("-")[0]
    style = style if style is not None else rng.randint(0, 6)
    return [num, pre + n, pre + " " + n, n, pre + " NO." + n, pre + "-" + n, pre + "#" + n][style]


def inv_list_text(nums, lang):
    st = rng.choice([0, 0, 1, 3, 5])
    ms = [inv_mention(n, st) for n in nums]
    if lang == "zh" and rng.random() < 0.5:
        return "、".join(ms)
    sep = rng.choice([", ", "/", " ", ","])
    if st == 0 and sep == "/" and rng.random() < 0.6:
        return nums[0] + "/" + "/".join(n.split("-")[1] for n in nums[1:])
    return sep.join(ms)


def payer_for(c, cur, third=None):
    if third:
        return third
    if c["country"] == "CN" and cur == "CNY" and rng.random() < 0.55:
        return c["zh"]
    if c["country"] == "HK" and cur == "HKD" and rng.random() < 0.2:
        return c["zh"]
    if c["country"] == "TW" and rng.random() < 0.15:
        return c["zh"]
    name = c["en"]
    if rng.random() < 0.25:
        name = name.replace(" CO LTD", " CO., LTD").replace(" LTD", " LIMITED") if rng.random() < 0.5 else name
    return trunc(name, rng.choice([35, 35, 35, 30, 24]))


def hk_ref():
    return "FRN%s%08d" % (rng.choice(["20260", "20261"]), rng.randint(0, 99999999))


def tt_ref():
    return "%s%s%07d" % (rng.choice(["FT", "TT", "OR", "RM"]), rng.choice(["26", "26", "25"]), rng.randint(0, 9999999))


def bank_ref(c, cur, body, pdate, charges=None):
    """Wrap a remittance body into a realistic bank reference line per channel."""
    k = c["country"]
    if cur == "USD" or (k == "TW"):
        ch = charges or rng.choice(["SHA", "SHA", "OUR", "BEN"])
        return rng.choice(["/RFB/%s /CHG %s", "TT %s CHGS:%s", "%s //%s", "INWARD TT %s DETAILS OF CHG %s"]) % (body, ch) \
            if body else "INWARD TT %s /CHG %s" % (tt_ref(), ch)
    if k == "HK":
        ch = rng.choice(["FPS", "FPS", "CHATS", "CHQ", "RTGS"])
        if ch == "FPS":
            return "FPS %s %s" % (hk_ref(), body) if body else "FPS %s" % hk_ref()
        if ch == "CHATS":
            return "CHATS %s %s" % (tt_ref(), body) if body else "CHATS RTGS CR %s" % tt_ref()
        if ch == "CHQ":
            return "CHQ DEP %06d %s" % (rng.randint(100000, 999999), body) if body else "CHQ DEPOSIT %06d" % rng.randint(100000, 999999)
        return "RTGS HKD %s" % body if body else "RTGS HKD CR"
    if k == "SG":
        ch = rng.choice(["PAYNOW", "GIRO", "FAST", "IBG"])
        if ch == "PAYNOW":
            return "PAYNOW-UEN %s %s" % (c["uen"], body) if body else "PAYNOW-UEN %s OTHR" % c["uen"]
        if ch == "GIRO":
            return "GIRO %s %s" % (trunc(c["en"], 16), body) if body else "GIRO %s" % trunc(c["en"], 16)
        return "%s %s" % (ch, body) if body else "%s TRF %s" % (ch, pdate.strftime("%d%m"))
    # CN domestic CNY
    if body:
        return body
    return rng.choice(["货款", "往来款", "支付货款", "付货款", "转账"])


def ref_for_invs(c, cur, nums, pdate, charges=None):
    if c["country"] == "CN" and cur == "CNY":
        body = inv_list_text(nums, "zh")
        body = rng.choice(["付发票号%s", "%s货款", "支付%s", "货款 %s", "付%s款", "%s"]) % body
    elif c["country"] in ("HK", "TW") and rng.random() < 0.15:
        body = rng.choice(["貨款 %s", "付發票%s"]) % inv_list_text(nums, "zh")
    else:
        body = rng.choice(["%s", "PAYMENT %s", "INV %s", "PMT FOR %s", "SETTLE %s"]) % inv_list_text(nums, "en")
        if body.startswith("INV INV"):
            body = body[4:]
    return bank_ref(c, cur, body, pdate, charges)


def remit_lines(c, cur, rows, pdate, total, extra=None, lang=None):
    """rows: list of (label, amount) lines for a payment advice."""
    lang = lang or ("zh-s" if c["country"] == "CN" and rng.random() < 0.6 else
                    "zh-t" if c["country"] in ("HK", "TW") and rng.random() < 0.3 else "en")
    sym = {"CNY": "人民币" if lang == "zh-s" else "RMB", "HKD": "港幣" if lang == "zh-t" else "HKD",
           "SGD": "SGD", "USD": "美元" if lang != "en" else "USD"}[cur]
    if lang == "zh-s":
        out = ["付款通知", "%s:" % "致 贵司", "我司已于%d月%d日支付货款%s%s%s，明细如下：" % (pdate.month, pdate.day, sym, fmt(total), "" if sym == "美元" else "元")]
        for lab, amt in rows:
            out.append("  %s    %s" % (lab, fmt(amt)))
        if extra:
            out.append(extra)
        out.append("请查收。%s 财务部" % (c["zh"] or c["en"]))
    elif lang == "zh-t":
        out = ["付款通知書", "茲於%d年%d月%d日付上%s %s，明細如下：" % (pdate.year, pdate.month, pdate.day, sym, fmt(total))]
        for lab, amt in rows:
            out.append("  %s    %s" % (lab, fmt(amt)))
        if extra:
            out.append(extra)
        out.append("%s 會計部" % (c["zh"] or c["en"]))
    else:
        out = ["PAYMENT ADVICE", "From: %s" % c["en"], "Value date: %s" % pdate.strftime("%d/%m/%Y"),
               "%-14s %s" % ("Document", "Amount (%s)" % cur)]
        for lab, amt in rows:
            out.append("%-14s %s" % (lab, fmt(amt)))
        if extra:
            out.append(extra)
        out.append("%-14s %s" % ("TOTAL", fmt(total)))
    return "\n".join(out)


THIRD_PARTY = ["CHAN TAI MAN", "WONG KA FAI", "LEE SIU MING", "TAN AH KOW", "LIM BEE LING", "ZHANG WEI",
               "CHEN JIANGUO", "LIN MEI HUA", "HUANG ZHIQIANG", "NG WAI KEUNG"]


# ----- scenario machinery ---------------------------------------------------
def payment(pid, pdate, amount, cur, payer, cid, ref, remit):
    return {"id": pid, "date": pdate.isoformat() if isinstance(pdate, date) else pdate,
            "amount": amount if isinstance(amount, str) else s(amount), "currency": cur,
            "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": remit}


def label(pid, status, apps, unapplied, reason, scen, note, short=None, cands=None):
    return {"payment_id": pid, "status": status,
            "applications": [{"invoice_id": i, "amount": s(a)} for i, a in apps],
            "unapplied": s(unapplied), "short_pay": short, "candidates": cands or [],
            "reason": reason, "scenario": scen, "note": note}


def shuffled(xs):
    xs = list(xs)
    rng.shuffle(xs)
    return xs


def maybe_cid(c, p=0.65):
    return c["id"] if rng.random() < p else None


def cust_of(L, inv):
    return L.custs[inv["customer_id"]]


def ctry_cur_ok(inv):
    return True


def sc_ref_single(L, pid, pd):
    pool = [i for i in L.fresh(pd)]
    for i in shuffled(pool)[:60]:
        c = cust_of(L, i)
        cur = i["currency"]
        amt = L.bal[i["id"]]
        cid = maybe_cid(c)
        ref = ref_for_invs(c, cur, [i["number"]], pd)
        remit = None
        if rng.random() < 0.35:
            remit = remit_lines(c, cur, [(i["number"], amt)], pd, amt)
        pre = amt != D(i["total"])
        L.used.add(i["id"])
        L.paid_full.append((i["id"], pid))
        return (payment(pid, pd, amt, cur, payer_for(c, cur), cid, ref, remit),
                label(pid, "applied", [(i["id"], amt)], 0,
                      "reference %s and exact open balance" % i["number"], "ref_single_exact",
                      "invoice named in the reference, amount equals its balance" +
                      (" (the balance left after an earlier part payment, not the total)" if pre else "") +
                      ("" if cid else "; bank gives no customer id, payer name is the bank form"),
                      ))
    return None


def sc_remit_only(L, pid, pd):
    v = pick_group(L, pd, n=(1, 3)) if rng.random() < 0.5 else None
    if not v:
        v = shuffled(L.fresh(pd))[:1]
    if not v:
        return None
    c = cust_of(L, v[0])
    cur = v[0]["currency"]
    total = sum(L.bal[i["id"]] for i in v)
    remit = remit_lines(c, cur, [(i["number"], L.bal[i["id"]]) for i in v], pd, total)
    for i in v:
        L.used.add(i["id"])
        L.paid_full.append((i["id"], pid))
    return (payment(pid, pd, total, cur, payer_for(c, cur), maybe_cid(c, 0.5), bank_ref(c, cur, None, pd), remit),
            label(pid, "applied", [(i["id"], L.bal[i["id"]]) for i in v], 0,
                  "remittance advice lists %s; amount equals the balances" % ", ".join(i["number"] for i in v), "remittance_only",
                  "the bank line carries no invoice number; only the emailed remittance advice names the invoices"))


def pick_group(L, pd, cur_filter=None, n=(2, 5)):
    """Several fresh plain invoices of one customer and currency."""
    by = {}
    for i in L.fresh(pd):
        by.setdefault((i["customer_id"], i["currency"]), []).append(i)
    keys = sorted(k for k, v in by.items() if len(v) >= n[0])
    if not keys:
        return None
    k = rng.choice(keys)
    v = by[k]
    rng.shuffle(v)
    v = v[:rng.randint(n[0], min(n[1], len(v)))]
    v.sort(key=lambda i: i["number"])
    return v


def sc_ref_multi(L, pid, pd):
    v = pick_group(L, pd)
    if not v:
        return None
    c = cust_of(L, v[0])
    cur = v[0]["currency"]
    nums = [i["number"] for i in v]
    total = sum(L.bal[i["id"]] for i in v)
    ref = ref_for_invs(c, cur, nums, pd)
    remit = None
    note = "all invoices listed in the reference; amount equals the sum of their balances"
    if len(ref) > 35 or rng.random() < 0.4:
        remit = remit_lines(c, cur, [(i["number"], L.bal[i["id"]]) for i in v], pd, total)
        if len(ref) > 35 and rng.random() < 0.6:
            ref = ref[:35]
            note = "reference truncated by the bank at 35 characters; the remittance advice lists every invoice"
    for i in v:
        L.used.add(i["id"])
        L.paid_full.append((i["id"], pid))
    return (payment(pid, pd, total, cur, payer_for(c, cur), maybe_cid(c), ref, remit),
            label(pid, "applied", [(i["id"], L.bal[i["id"]]) for i in v], 0,
                  "invoices %s listed, amount equals their balances" % ", ".join(nums), "ref_multi_list", note))


def sc_ref_range(L, pid, pd):
    groups = {}
    for i in L.fresh(pd, tag="batch"):
        groups.setdefault(i["_group"], []).append(i)
    keys = sorted(g for g, v in groups.items()
                  if len(v) == len([x for x in L.invs.values() if x["_group"] == g and x["_tag"] == "batch"]))
    if not keys:
        return None
    v = sorted(groups[rng.choice(keys)], key=lambda i: i["number"])
    c = cust_of(L, v[0])
    cur = v[0]["currency"]
    a, b = v[0]["number"], v[-1]["number"]
    bn = b.split("-")[1]
    body = rng.choice(["%s TO %s" % (a, bn), "%s~%s" % (a, bn), "%s-%s" % (a.replace("-", " "), bn),
                       "%s - %s" % (a, b), "%s至%s" % (a, bn) if c["country"] == "CN" else "%s THRU %s" % (a, bn)])
    total = sum(L.bal[i["id"]] for i in v)
    ref = bank_ref(c, cur, body if c["country"] != "CN" or cur != "CNY" else "付" + body + "货款", pd)
    remit = None
    if rng.random() < 0.3:
        remit = remit_lines(c, cur, [("%s - %s" % (a, b), total)], pd, total)
    for i in v:
        L.used.add(i["id"])
        L.paid_full.append((i["id"], pid))
    return (payment(pid, pd, total, cur, payer_for(c, cur), maybe_cid(c), ref, remit),
            label(pid, "applied", [(i["id"], L.bal[i["id"]]) for i in v], 0,
                  "range %s to %s (%d invoices of this customer), amount equals their balances" % (a, b, len(v)),
                  "ref_range", "a range of consecutive invoice numbers issued the same day; every number in the range is this customer's"))


def sc_statement(L, pid, pd):
    groups = {}
    for i in L.invs.values():
        if i["_tag"] == "stmt":
            groups.setdefault(i["_group"], []).append(i)
    keys = []
    for g, v in sorted(groups.items()):
        d = date.fromisoformat(v[0]["issue_date"])
        end = (date(d.year, d.month, 28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        if end + timedelta(days=5) > pd:
            continue
        if any(i["id"] in L.used or L.bal[i["id"]] != D(i["total"]) for i in v):
            continue
        keys.append(g)
    if not keys:
        return None
    g0 = groups[rng.choice(keys)]
    c = cust_of(L, g0[0])
    cur = g0[0]["currency"]
    ym = g0[0]["issue_date"][:7]
    m = int(ym[5:])
    v = sorted([i for i in L.open_of(c["id"], cur) if i["issue_date"][:7] == ym], key=lambda i: i["number"])
    if any(i["id"] in L.used for i in v):
        return None
    total = sum(L.bal[i["id"]] for i in v)
    if c["country"] == "CN" and cur == "CNY":
        body = rng.choice(["支付%s月货款" % m, "%s月份对账单货款" % m, "付2026年%s月货款" % m, "%s月货款" % m])
    elif c["country"] in ("HK", "TW") and rng.random() < 0.4:
        body = rng.choice(["%s月份月結貨款" % m, "貨款 2026年%s月結單" % m])
    else:
        body = rng.choice(["%s 2026 STATEMENT" % MONTH_EN[m], "STMT %s26" % MONTH_EN[m], "PAYMENT FOR %s INVOICES" % MONTH_EN[m],
                           "SOA %s 2026" % MONTH_EN[m]])
    ref = bank_ref(c, cur, body, pd)
    remit = None
    if rng.random() < 0.4:
        remit = remit_lines(c, cur, [(i["number"], L.bal[i["id"]]) for i in v], pd, total)
    other = [i for i in L.open_of(c["id"], cur) if i not in v]
    for i in v:
        L.used.add(i["id"])
        L.paid_full.append((i["id"], pid))
    payer = payer_for(c, cur)
    cid = c["id"]
    if rng.random() < 0.25 and payer != c["zh"]:
        same = [x for x in L.custs.values() if x["en"].startswith(payer) or (x["zh"] and x["zh"] == payer)]
        if same == [c]:
            cid = None  # the bank form of the name is unambiguous
    return (payment(pid, pd, total, cur, payer, cid, ref, remit),
            label(pid, "applied", [(i["id"], L.bal[i["id"]]) for i in v], 0,
                  "monthly statement payment for month %d: all %d open invoices issued that month, amount equals their sum" % (m, len(v)),
                  "statement_month", "consolidated monthly payment with no invoice numbers in the bank text; "
                  "the customer has %d other open invoice(s) in %s from other months" % (len(other), cur)))


def sc_amount_unique(L, pid, pd):
    for i in shuffled(L.fresh(pd))[:80]:
        c = cust_of(L, i)
        cur = i["currency"]
        amt = L.bal[i["id"]]
        if L.fits(c["id"], cur, amt) != [[i["id"]]]:
            continue
        if len(L.open_of(c["id"], cur)) < 2:
            continue
        L.used.add(i["id"])
        L.paid_full.append((i["id"], pid))
        return (payment(pid, pd, amt, cur, payer_for(c, cur), c["id"], bank_ref(c, cur, None, pd), None),
                label(pid, "applied", [(i["id"], amt)], 0, "known customer, amount equals exactly one open invoice",
                      "amount_unique", "no invoice number anywhere; the customer has %d open %s invoices and only %s has this balance, "
                      "no pair or triple sums to it" % (len(L.open_of(c["id"], cur)), cur, i["number"])))
    return None


def by_due(L, ids):
    return sorted(ids, key=lambda x: (L.invs[x]["due_date"], L.invs[x]["number"]))


def sc_twin_review(L, pid, pd):
    groups = {}
    for i in L.invs.values():
        if i["_tag"] == "twin":
            groups.setdefault(i["_group"], []).append(i)
    for g, v in shuffled(sorted(groups.items())):
        if any(i["id"] in L.used or L.bal[i["id"]] != D(i["total"]) for i in v):
            continue
        if max(i["issue_date"] for i in v) > (pd - timedelta(days=3)).isoformat():
            continue
        c = cust_of(L, v[0])
        cur = v[0]["currency"]
        amt = L.bal[v[0]["id"]]
        f = L.fits(c["id"], cur, amt)
        if sorted(map(tuple, f)) != sorted([(v[0]["id"],), (v[1]["id"],)]):
            continue
        for i in v:
            L.used.add(i["id"])
        return (payment(pid, pd, amt, cur, payer_for(c, cur), c["id"], bank_ref(c, cur, None, pd), None),
                label(pid, "review", [], amt, "two open invoices of this customer have exactly this amount and nothing says which",
                      "amount_twin_review", "repeat order: %s and %s carry the same amount; candidates oldest due date first" %
                      (v[0]["number"], v[1]["number"]), cands=[[x] for x in by_due(L, [v[0]["id"], v[1]["id"]])]))
    return None


def no_other_fit(L, cid, cur, amt):
    return not L.fits(cid, cur, amt)


def sc_tt_charges(L, pid, pd):
    for i in shuffled(L.fresh(pd, cur="USD"))[:60]:
        c = cust_of(L, i)
        bal = L.bal[i["id"]]
        fee = D(rng.choice([8, 10, 12, 15, 15, 18, 20, 20, 25, 25, 30, 35, 40]))
        if bal < 1000:
            continue
        amt = bal - fee
        if not no_other_fit(L, c["id"], "USD", amt):
            continue
        ch = rng.choice(["SHA", "SHA", "BEN", "OUR"])
        ref = ref_for_invs(c, "USD", [i["number"]], pd, charges=ch)
        remit = None
        if rng.random() < 0.5:
            remit = remit_lines(c, "USD", [(i["number"], bal)], pd, bal,
                                extra="Remitted by T/T, bank charges %s" % {"SHA": "shared", "BEN": "for beneficiary", "OUR": "for our account"}[ch],
                                lang="en")
        L.used.add(i["id"])
        L.part_paid.append((i["id"], pid, "fee"))
        return (payment(pid, pd, amt, "USD", payer_for(c, "USD"), maybe_cid(c, 0.4), ref, remit),
                label(pid, "partial", [(i["id"], amt)], 0,
                      "%s paid by telegraphic transfer, USD %s short: bank charges deducted in transit" % (i["number"], fee),
                      "tt_bank_charges",
                      "charges code %s; an intermediary/receiving bank took %s, so %s stays open for the fee (deduction case)" % (ch, fee, i["number"]),
                      short={"invoice_id": i["id"], "amount": s(fee), "reason": "bank charges deducted (T/T %s)" % ch}))
    return None


DEDUCTIONS = [
    ("zh-s", "扣除破损纸箱 %s 个", "damaged goods", lambda: rng.choice([20, 35, 50, 120])),
    ("zh-s", "扣除质量问题货款", "quality claim", None),
    ("zh-s", "扣除少发货 %s 卷", "short shipment", lambda: rng.choice([2, 4, 6, 10])),
    ("zh-t", "扣減破損 %s 件", "damaged goods", lambda: rng.choice([12, 30, 48])),
    ("zh-t", "扣除價格差額", "price difference", None),
    ("en", "LESS SHORT DELIVERY %s ROLLS STRETCH FILM", "short shipment", lambda: rng.choice([3, 5, 8])),
    ("en", "LESS PRICE DIFF PER PO (AGREED PRICE)", "price difference", None),
    ("en", "LESS DAMAGED CARTONS %s PCS", "damaged goods", lambda: rng.choice([40, 60, 150])),
    ("en", "LESS LATE DELIVERY PENALTY", "late delivery penalty", None),
    ("en", "LESS REBATE Q4 2025", "rebate deducted", None),
]


def sc_short_reason(L, pid, pd):
    for i in shuffled(L.fresh(pd))[:60]:
        c = cust_of(L, i)
        cur = i["currency"]
        bal = L.bal[i["id"]]
        if bal < 800:
            continue
        opts = [d for d in DEDUCTIONS if (d[0] == "zh-s") == (c["country"] == "CN" and cur == "CNY")
                and (d[0] != "zh-t" or c["country"] in ("HK", "TW"))]
        lang, txt, reason, q = rng.choice(opts)
        txt = txt % q() if q else txt
        ded = D(bal * Decimal(rng.choice(["0.02", "0.035", "0.05", "0.08", "0.12"])))
        ded = D(int(ded))
        amt = bal - ded
        if not no_other_fit(L, c["id"], cur, amt):
            continue
        others = []
        if rng.random() < 0.35:
            others = [x for x in L.fresh(pd, cur=cur, cid=c["id"]) if x["id"] != i["id"]][:rng.randint(1, 2)]
        rows = [(x["number"], L.bal[x["id"]]) for x in others] + [(i["number"], bal), (txt, -ded)]
        total = amt + sum(L.bal[x["id"]] for x in others)
        if others and not no_other_fit(L, c["id"], cur, total):
            continue
        remit = remit_lines(c, cur, rows, pd, total, lang=lang)
        nums = [x["number"] for x in others] + [i["number"]]
        ref = ref_for_invs(c, cur, nums, pd)
        apps = [(x["id"], L.bal[x["id"]]) for x in others] + [(i["id"], amt)]
        for x in others:
            L.used.add(x["id"])
            L.paid_full.append((x["id"], pid))
        L.used.add(i["id"])
        return (payment(pid, pd, total, cur, payer_for(c, cur), maybe_cid(c), ref, remit),
                label(pid, "partial", apps, 0,
                      "remittance deducts %s %s from %s (%s)" % (cur, fmt(ded), i["number"], reason), "short_pay_reason",
                      "the advice ties the deduction to %s%s; the deducted amount opens a deduction case" %
                      (i["number"], " (other listed invoices paid in full)" if others else ""),
                      short={"invoice_id": i["id"], "amount": s(ded), "reason": reason}))
    return None


def sc_cn_net(L, pid, pd):
    for i in shuffled(L.fresh(pd))[:60]:
        c = cust_of(L, i)
        cur = i["currency"]
        bal = L.bal[i["id"]]
        if bal < 1500:
            continue
        cn = "CN-%05d" % rng.randint(300, 990)
        cnamt = D(int(bal * Decimal(rng.choice(["0.04", "0.1", "0.15"]))))
        amt = bal - cnamt
        if not no_other_fit(L, c["id"], cur, amt):
            continue
        lang = "zh-s" if c["country"] == "CN" and cur == "CNY" else ("zh-t" if c["country"] == "HK" and rng.random() < 0.3 else "en")
        lab = {"zh-s": "减：贷项通知单 %s" % cn, "zh-t": "減：貸項通知單 %s" % cn, "en": "LESS CREDIT NOTE %s" % cn}[lang]
        remit = remit_lines(c, cur, [(i["number"], bal), (lab, -cnamt)], pd, amt, lang=lang)
        ref = bank_ref(c, cur, rng.choice(["%s LESS %s", "%s/%s", "%s NET OF %s"]) % (i["number"], cn), pd)
        L.used.add(i["id"])
        return (payment(pid, pd, amt, cur, payer_for(c, cur), maybe_cid(c), ref, remit),
                label(pid, "partial", [(i["id"], amt)], 0,
                      "%s paid net of credit note %s (%s %s)" % (i["number"], cn, cur, fmt(cnamt)), "credit_note_net",
                      "credit notes are not in the open-items file, so the netted credit note leaves %s open for %s and a deduction case "
                      "(to be cleared against the credit note)" % (i["number"], fmt(cnamt)),
                      short={"invoice_id": i["id"], "amount": s(cnamt), "reason": "credit note %s deducted" % cn}))
    return None


def sc_dn_net(L, pid, pd):
    for dn in shuffled(L.fresh(pd, tag="dn"))[:40]:
        c = cust_of(L, dn)
        cur = dn["currency"]
        inv = [x for x in L.fresh(pd, cur=cur, cid=c["id"])]
        if not inv:
            continue
        i = rng.choice(inv)
        total = L.bal[i["id"]] + L.bal[dn["id"]]
        ref = ref_for_invs(c, cur, [i["number"], dn["number"]], pd)
        remit = None
        if rng.random() < 0.6:
            remit = remit_lines(c, cur, [(i["number"], L.bal[i["id"]]), (dn["number"], L.bal[dn["id"]])], pd, total)
        for x in (i, dn):
            L.used.add(x["id"])
            L.paid_full.append((x["id"], pid))
        return (payment(pid, pd, total, cur, payer_for(c, cur), maybe_cid(c), ref, remit),
                label(pid, "applied", [(i["id"], L.bal[i["id"]]), (dn["id"], L.bal[dn["id"]])], 0,
                      "invoice %s plus debit note %s, amount equals both balances" % (i["number"], dn["number"]), "debit_note_net",
                      "debit notes (freight/pallet recharges) are open items like invoices"))
    return None


def sc_part(L, pid, pd):
    for i in shuffled(L.fresh(pd))[:60]:
        c = cust_of(L, i)
        cur = i["currency"]
        bal = L.bal[i["id"]]
        frac = Decimal(rng.choice(["0.3", "0.5", "0.5", "0.6", "0.4"]))
        amt = D(int(bal * frac))
        if amt < 200 or not no_other_fit(L, c["id"], cur, amt):
            continue
        if c["country"] == "CN" and cur == "CNY":
            body = rng.choice(["%s 第一期付款", "%s 部分货款", "先付%s部分款"]) % i["number"]
        elif c["country"] in ("HK", "TW") and rng.random() < 0.3:
            body = "%s 部份付款" % i["number"]
        else:
            body = rng.choice(["PART PMT %s", "%s 1ST INSTALMENT", "%s PARTIAL", "%d PCT OF %s" % (int(frac * 100), i["number"])])
            if "%s" in body:
                body = body % i["number"]
        ref = bank_ref(c, cur, body, pd)
        L.used.add(i["id"])
        L.part_paid.append((i["id"], pid, "part"))
        return (payment(pid, pd, amt, cur, payer_for(c, cur), maybe_cid(c), ref, None),
                label(pid, "partial", [(i["id"], amt)], 0, "stated part payment of %s" % i["number"], "part_payment",
                      "the reference says part payment/instalment, so %s stays open for the rest without a deduction case" % i["number"]))
    return None


def sc_part_followup(L, pid, pd):
    pool = [(iid, p0) for iid, p0, k in L.part_paid if k == "part" and L.bal[iid] > 0]
    if not pool:
        return None
    iid, p0 = rng.choice(pool)
    L.part_paid = [x for x in L.part_paid if x[0] != iid]
    i = L.invs[iid]
    c = cust_of(L, i)
    cur = i["currency"]
    bal = L.bal[iid]
    total = D(i["balance"])
    if rng.random() < 0.65:
        body = rng.choice(["BAL OF %s", "%s FINAL PMT", "%s 余款" if c["country"] == "CN" else "%s BALANCE"]) % i["number"]
        L.paid_full.append((iid, pid))
        return (payment(pid, pd, bal, cur, payer_for(c, cur), maybe_cid(c), bank_ref(c, cur, body, pd), None),
                label(pid, "applied", [(iid, bal)], 0, "balance of %s after the earlier part payment %s" % (i["number"], p0),
                      "part_followup", "only the remaining balance (%s of %s) is open after payment %s" % (fmt(bal), fmt(total), p0)))
    # pays the full original amount again: the rest of the invoice, and the excess is held
    extra = total - bal
    return (payment(pid, pd, total, cur, payer_for(c, cur), c["id"], ref_for_invs(c, cur, [i["number"]], pd), None),
            label(pid, "unapplied", [(iid, bal)], extra, "%s referenced with its full amount but %s was already paid by %s" % (i["number"], fmt(extra), p0),
                  "part_followup_overpay", "later payments see reduced balances: only %s was left open; the excess %s stays unapplied on the account" % (fmt(bal), fmt(extra))))


def sc_overpay(L, pid, pd):
    for i in shuffled(L.fresh(pd))[:60]:
        c = cust_of(L, i)
        cur = i["currency"]
        bal = L.bal[i["id"]]
        if bal != D(i["total"]) and rng.random() < 0.9:
            extra = D(i["total"]) - bal
            why = "customer paid the invoice total; %s had already been received earlier" % fmt(extra)
        else:
            extra = D(rng.choice([50, 100, 200, 500, 1000]) if bal > 3000 else rng.choice([10, 20, 50]))
            why = "customer paid %s more than the invoice (rounded up / duplicated line)" % fmt(extra)
        amt = bal + extra
        if not no_other_fit(L, c["id"], cur, amt) or not no_other_fit(L, c["id"], cur, extra):
            continue
        ref = ref_for_invs(c, cur, [i["number"]], pd)
        L.used.add(i["id"])
        L.paid_full.append((i["id"], pid))
        return (payment(pid, pd, amt, cur, payer_for(c, cur), maybe_cid(c, 0.8), ref, None),
                label(pid, "unapplied", [(i["id"], bal)], extra, "%s paid in full and %s %s over" % (i["number"], cur, fmt(extra)),
                      "overpayment", why + "; the remainder is held unapplied on the customer's account (no other invoice named)"))
    return None


def sc_duplicate(L, pid, pd):
    for iid, p0 in shuffled(L.paid_full)[:40]:
        i = L.invs[iid]
        if L.bal[iid] != 0 or iid in L.dup_done:
            continue
        c = cust_of(L, i)
        cur = i["currency"]
        amt = D(i["balance"])
        if not no_other_fit(L, c["id"], cur, amt):
            continue
        L.dup_done.add(iid)
        ref = ref_for_invs(c, cur, [i["number"]], pd)
        return (payment(pid, pd, amt, cur, payer_for(c, cur), c["id"], ref, None),
                label(pid, "unapplied", [], amt, "%s was already paid by %s; second payment held on account" % (i["number"], p0),
                      "duplicate_payment", "same invoice, same amount as an earlier payment in this file; nothing open fits, so it is unapplied cash"))
    return None


def sc_no_fit(L, pid, pd):
    for c in shuffled(sorted(L.custs.values(), key=lambda c: c["id"]))[:60]:
        cur = rng.choice(c["currencies"])
        po = rng.choice(["HX-PO-26%02d-%03d" % (pd.month, rng.randint(1, 400)), "PO%d" % rng.randint(4500010000, 4500099999),
                         "PO-%s%04d" % (c["country"], rng.randint(1, 9999))])
        pct = rng.choice([30, 30, 50, 20])
        base = amount_for(cur)
        amt = D(int(base * pct / 100))
        if amt < 100 or not no_other_fit(L, c["id"], cur, amt) or sum(L.bal[i["id"]] for i in L.open_of(c["id"], cur)) == amt:
            continue
        if c["country"] == "CN" and cur == "CNY":
            body = rng.choice(["预付款 %s" % po, "%s 订金%d%%" % (po, pct), "订单%s预付%d%%货款" % (po, pct)])
        elif c["country"] in ("HK", "TW") and rng.random() < 0.3:
            body = "%s 訂金" % po
        else:
            body = rng.choice(["%d PCT DEPOSIT %s" % (pct, po), "DEPOSIT %s" % po, "ADVANCE PMT %s" % po])
        ref = bank_ref(c, cur, body, pd)
        return (payment(pid, pd, amt, cur, payer_for(c, cur), c["id"], ref, None),
                label(pid, "unapplied", [], amt, "deposit on purchase order %s: no invoice yet" % po, "deposit_no_invoice",
                      "known customer, %d%% deposit on a new PO; no open invoice or small set of invoices has this amount, so it is held as unapplied cash" % pct))
    return None


PERSON_OR_UNKNOWN = ["MR CHAN KWOK WAH", "MS LAU MEI YEE", "TAN BOON HOCK", "LIU XIAOMING", "WANG FANG",
                     "GLOBAL SOURCING SVCS LTD", "BRIGHT FUTURE TRADING", "ABC HOLDINGS LTD", "KWONG ON HONG",
                     "杨丽", "陈志明", "PAYMENT", "CASH DEPOSIT", "ATM TRANSFER"]


def sc_unknown(L, pid, pd):
    for _ in range(40):
        cur = rng.choice(["CNY", "HKD", "HKD", "SGD", "USD"])
        amt = amount_for(cur)
        if L.global_singles(cur, amt):
            continue
        payer = rng.choice(PERSON_OR_UNKNOWN)
        ref = rng.choice([None, "TRANSFER", {"HKD": "FPS %s" % hk_ref(), "CNY": "货款", "SGD": "IBG TRF",
                                              "USD": "INWARD TT %s /CHG SHA" % tt_ref()}[cur]])
        return (payment(pid, pd, amt, cur, payer, None, ref, None),
                label(pid, "review", [], amt, "unknown payer, no reference, amount matches no open invoice", "unknown_payer",
                      "nothing identifies the customer; goes to review with no candidates"))
    return None


def sc_xtwin(L, pid, pd):
    groups = {}
    for i in L.invs.values():
        if i["_tag"] == "xtwin":
            groups.setdefault(i["_group"], []).append(i)
    for g, v in shuffled(sorted(groups.items())):
        if any(i["id"] in L.used or L.bal[i["id"]] != D(i["total"]) for i in v):
            continue
        if max(i["issue_date"] for i in v) > (pd - timedelta(days=3)).isoformat():
            continue
        cur = v[0]["currency"]
        amt = D(v[0]["total"])
        if sorted(x["id"] for x in L.global_singles(cur, amt)) != sorted(x["id"] for x in v):
            continue
        for i in v:
            L.used.add(i["id"])
        payer = rng.choice(PERSON_OR_UNKNOWN[:10])
        ref = rng.choice([None, "PAYMENT", "货款" if cur == "CNY" else "INV PAYMENT"])
        return (payment(pid, pd, amt, cur, payer, None, ref, None),
                label(pid, "review", [], amt, "payer not identified; two customers each have one open invoice of exactly this amount",
                      "cross_customer_amount_review", "round amount %s shared by %s (%s) and %s (%s); candidates oldest due date first" %
                      (fmt(amt), v[0]["number"], v[0]["customer_name"], v[1]["number"], v[1]["customer_name"]),
                      cands=[[x] for x in by_due(L, [v[0]["id"], v[1]["id"]])]))
    return None


def sc_po_like(L, pid, pd):
    for i in shuffled(L.fresh(pd))[:80]:
        c = cust_of(L, i)
        cur = i["currency"]
        amt = L.bal[i["id"]]
        if L.fits(c["id"], cur, amt) != [[i["id"]]]:
            continue
        # a PO number that is also the digits of another customer's invoice
        others = [x for x in L.invs.values() if x["customer_id"] != c["id"] and x["number"].startswith("INV-")
                  and abs(int(x["number"][4:]) - int(i["number"][4:])) < 400 and L.bal[x["id"]] != amt]
        if not others:
            continue
        o = rng.choice(sorted(others, key=lambda x: x["id"]))
        po = o["number"][4:]
        body = rng.choice(["PO %s", "PO#%s", "P/O %s", "ORDER NO %s"]) % po if not (c["country"] == "CN" and cur == "CNY") else \
            rng.choice(["采购单%s货款", "订单号%s"]) % po
        L.used.add(i["id"])
        L.paid_full.append((i["id"], pid))
        return (payment(pid, pd, amt, cur, payer_for(c, cur), c["id"], bank_ref(c, cur, body, pd), None),
                label(pid, "applied", [(i["id"], amt)], 0, "known customer, amount equals exactly one open invoice; the number in the reference is their PO",
                      "po_number_like_invoice", "'%s' is the customer's purchase order number; it happens to equal the digits of %s, "
                      "which belongs to another customer (%s, %s %s)" % (po, o["number"], o["customer_name"], o["currency"], o["balance"])))
    return None


def sc_conflict(L, pid, pd):
    for i in shuffled(L.fresh(pd))[:80]:
        c = cust_of(L, i)
        cur = i["currency"]
        amt = L.bal[i["id"]]
        if L.fits(c["id"], cur, amt) != [[i["id"]]]:
            continue
        others = [x for x in L.fresh(pd, cur=cur) if x["customer_id"] != c["id"] and x["number"].startswith("INV-")
                  and abs(int(x["number"][4:]) - int(i["number"][4:])) < 60]
        if not others:
            continue
        o = rng.choice(others)
        if L.bal[o["id"]] == amt:
            continue
        L.used.add(i["id"])
        L.used.add(o["id"])
        return (payment(pid, pd, amt, cur, payer_for(c, cur), c["id"], ref_for_invs(c, cur, [o["number"]], pd), None),
                label(pid, "review", [], amt, "reference names %s of another customer, but the amount is this customer's %s" % (o["number"], i["number"]),
                      "ref_other_customer_conflict", "two readings: a mistyped invoice number (payer's own %s, exact amount) or a payment on behalf of %s "
                      "(%s, balance %s); candidates own invoice first" % (i["number"], o["customer_name"], o["number"], o["balance"]),
                      cands=[[i["id"]], [o["id"]]]))
    return None


FX = {"HKD": Decimal("7.80"), "CNY": Decimal("7.15"), "SGD": Decimal("1.34")}


def sc_cross_currency(L, pid, pd):
    for i in shuffled(L.fresh(pd))[:80]:
        if i["currency"] == "USD":
            continue
        c = cust_of(L, i)
        if "USD" in c["currencies"] and L.open_of(c["id"], "USD"):
            continue
        amt = D(L.bal[i["id"]] / FX[i["currency"]])
        if L.global_singles("USD", amt):
            continue
        L.used.add(i["id"])
        return (payment(pid, pd, amt, "USD", payer_for(c, "USD"), c["id"] if rng.random() < 0.6 else None,
                        bank_ref(c, "USD", inv_mention(i["number"], 0), pd), None),
                label(pid, "review", [], amt, "paid in USD against %s, a %s invoice" % (i["number"], i["currency"]), "cross_currency",
                      "the customer converted %s %s at about %s and sent USD; cash is never applied across currencies and the customer has no open USD "
                      "invoice, so no candidates" % (i["currency"], i["balance"], FX[i["currency"]])))
    return None


def sc_lump_all(L, pid, pd):
    for c in shuffled(sorted(L.custs.values(), key=lambda c: c["id"]))[:120]:
        cur = c["currencies"][0]
        op = L.open_of(c["id"], cur)
        if not (2 <= len(op) <= 4):
            continue
        if any(i["id"] in L.used or i["issue_date"] > (pd - timedelta(days=3)).isoformat() for i in op):
            continue
        total = sum(L.bal[i["id"]] for i in op)
        for i in op:
            L.used.add(i["id"])
            L.paid_full.append((i["id"], pid))
        return (payment(pid, pd, total, cur, payer_for(c, cur), c["id"], bank_ref(c, cur, None, pd), None),
                label(pid, "applied", [(i["id"], L.bal[i["id"]]) for i in sorted(op, key=lambda i: i["number"])], 0,
                      "lump sum equals every open %s invoice of the customer (%d)" % (cur, len(op)), "lump_clears_account",
                      "no reference, but the amount clears the customer's whole %s account exactly; no other combination can" % cur))
    return None


def sc_lump_subset(L, pid, pd):
    for c in shuffled(sorted(L.custs.values(), key=lambda c: c["id"]))[:150]:
        cur = c["currencies"][0]
        op = [i for i in L.open_of(c["id"], cur) if i["id"] not in L.used]
        if len(op) < 4:
            continue
        a, b = rng.sample(sorted(op, key=lambda i: i["id"]), 2)
        if max(a["issue_date"], b["issue_date"]) > (pd - timedelta(days=3)).isoformat():
            continue
        amt = L.bal[a["id"]] + L.bal[b["id"]]
        if sorted(map(sorted, L.fits(c["id"], cur, amt, maxk=4))) != [sorted([a["id"], b["id"]])]:
            continue
        ids = by_due(L, [a["id"], b["id"]])
        L.used.add(a["id"])
        L.used.add(b["id"])
        return (payment(pid, pd, amt, cur, payer_for(c, cur), c["id"], bank_ref(c, cur, None, pd), None),
                label(pid, "review", [], amt, "amount equals two of the customer's %d open invoices, nothing names them" % len(op), "lump_subset_review",
                      "%s + %s is the only pair/triple that fits, but with no invoice number a clerk confirms before applying" % (a["number"], b["number"]),
                      cands=[ids]))
    return None


def sc_typo(L, pid, pd):
    for i in shuffled(L.fresh(pd))[:80]:
        c = cust_of(L, i)
        cur = i["currency"]
        amt = L.bal[i["id"]]
        n = i["number"][4:]
        if not i["number"].startswith("INV-") or L.fits(c["id"], cur, amt) != [[i["id"]]] or n[-1] == n[-2]:
            continue
        bad = "INV-" + n[:-2] + n[-1] + n[-2]
        if any(x["number"] == bad for x in L.invs.values()):
            continue
        L.used.add(i["id"])
        L.paid_full.append((i["id"], pid))
        return (payment(pid, pd, amt, cur, payer_for(c, cur), c["id"], ref_for_invs(c, cur, [bad], pd), None),
                label(pid, "applied", [(i["id"], amt)], 0, "reference %s does not exist; known customer and the amount equals only %s" % (bad, i["number"]),
                      "typo_reference", "last two digits transposed; no invoice anywhere carries %s" % bad))
    return None


def sc_third_party(L, pid, pd):
    for i in shuffled(L.fresh(pd))[:40]:
        c = cust_of(L, i)
        cur = i["currency"]
        amt = L.bal[i["id"]]
        who = rng.choice(THIRD_PARTY) if c["country"] != "SG" or rng.random() < 0.5 else trunc(c["en"].split(" ")[0] + " HOLDINGS PTE LTD")
        remit = None
        if rng.random() < 0.6:
            remit = remit_lines(c, cur, [(i["number"], amt)], pd, amt,
                                extra="Paid on behalf of %s" % c["en"] if rng.random() < 0.5 else "代%s付款" % (c["zh"] or c["en"]), lang="en")
        L.used.add(i["id"])
        L.paid_full.append((i["id"], pid))
        return (payment(pid, pd, amt, cur, who, None, ref_for_invs(c, cur, [i["number"]], pd), remit),
                label(pid, "applied", [(i["id"], amt)], 0, "reference %s and exact balance; paid by a director/related party" % i["number"],
                      "third_party_payer", "payer is a person or group company, not the customer; the invoice number and the exact amount identify it"))
    return None


# ----- bad input rows ----------------------------------------------------------
def sc_error(L, pid, pd, kind, prev):
    c = rng.choice(sorted(L.custs.values(), key=lambda c: c["id"]))
    cur = c["currencies"][0]
    amt = s(amount_for(cur))
    ref = bank_ref(c, cur, None, pd)
    if kind == "negative":
        p = payment(pid, pd, "-" + amt, cur, payer_for(c, cur), c["id"], "REVERSAL " + (ref or ""), None)
        err = "negative amount"
    elif kind == "currency_eur":
        p = payment(pid, pd, amt, "EUR", payer_for(c, "USD"), c["id"], ref, None)
        err = "currency EUR: no open invoice is in EUR"
    elif kind == "currency_jpy":
        p = payment(pid, pd, amt, "JPY", payer_for(c, "USD"), None, "INWARD TT %s /CHG SHA" % tt_ref(), None)
        err = "currency JPY: no open invoice is in JPY"
    elif kind == "dup_id_same":
        p = dict(prev)
        err = "duplicate payment id %s (the same bank line delivered twice)" % prev["id"]
        return p, err
    elif kind == "dup_id_diff":
        p = payment(prev["id"], pd, amt, cur, payer_for(c, cur), c["id"], ref, None)
        err = "duplicate payment id %s" % prev["id"]
        return p, err
    elif kind == "malformed_o":
        p = payment(pid, pd, fmt(amt).replace("0", "O", 1) if "0" in fmt(amt) else fmt(amt) + "O", cur, payer_for(c, cur), c["id"], ref, None)
        err = "malformed amount (letter O for zero)"
    elif kind == "malformed_dots":
        p = payment(pid, pd, "1.234.56", cur, payer_for(c, cur), c["id"], ref, None)
        err = "malformed amount"
    elif kind == "malformed_ccy":
        p = payment(pid, pd, "%s %s" % (cur, fmt(amt)), cur, payer_for(c, cur), c["id"], ref, None)
        err = "malformed amount (currency and separators inside the amount string)"
    elif kind == "missing_date_null":
        p = payment(pid, None, amt, cur, payer_for(c, cur), c["id"], ref, None)
        err = "missing date"
    elif kind == "missing_date_empty":
        p = payment(pid, "", amt, cur, payer_for(c, cur), c["id"], ref, None)
        err = "missing date (empty string)"
    elif kind == "empty_amount":
        p = payment(pid, pd, "", cur, payer_for(c, cur), c["id"], ref, None)
        err = "missing amount"
    return p, err


ERROR_KINDS = ["negative", "currency_eur", "currency_jpy", "dup_id_same", "dup_id_diff", "malformed_o",
               "malformed_dots", "malformed_ccy", "missing_date_null", "missing_date_empty", "empty_amount"]

PLAN = [
    (sc_ref_single, 84), (sc_ref_multi, 38), (sc_remit_only, 16), (sc_ref_range, 10), (sc_statement, 16), (sc_amount_unique, 36),
    (sc_twin_review, 10), (sc_tt_charges, 22), (sc_short_reason, 18), (sc_cn_net, 8), (sc_dn_net, 9),
    (sc_part, 16), (sc_overpay, 10), (sc_no_fit, 12), (sc_unknown, 8), (sc_xtwin, 8), (sc_po_like, 9),
    (sc_conflict, 6), (sc_cross_currency, 6), (sc_lump_all, 9), (sc_lump_subset, 7), (sc_typo, 6),
    (sc_third_party, 8),
]
LATE = [(sc_part_followup, 10), (sc_duplicate, 8)]


def business_days(a, b):
    d, out = a, []
    while d <= b:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def make_payments(L):
    seq = [f for f, n in PLAN for _ in range(n)]
    rng.shuffle(seq)
    for f, n in LATE:
        for _ in range(n):
            seq.insert(rng.randint(len(seq) // 3, len(seq)), f)
    for k in ERROR_KINDS:
        seq.insert(rng.randint(20, len(seq)), k)
    days = business_days(date(2026, 1, 5), date(2026, 4, 24))
    dates = sorted(rng.choice(days) for _ in seq)
    pays, labs, pids = [], [], set()
    for f, pd in zip(seq, dates):
        while True:
            pid = "BK" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(10))
            if pid not in pids:
                pids.add(pid)
                break
        if isinstance(f, str):
            prev = [p for p in pays if p["amount"] and p["date"]][-1]
            p, err = sc_error(L, pid, pd, f, prev)
            lab = label(p["id"], "error", [], 0, err, "bad_input_" + f, "bad input row: " + err)
            lab["error"] = err
            pays.append(p)
            labs.append(lab)
            continue
        r = f(L, pid, pd)
        if r is None:
            r = sc_ref_single(L, pid, pd) or sc_amount_unique(L, pid, pd)
            r[1]["note"] += " [fallback for %s]" % f.__name__
        p, lab = r
        L.apply(lab)
        pays.append(p)
        labs.append(lab)
    return pays, labs


# ---------------------------------------------------------------------------
# Stage 4: independent replay check
# ---------------------------------------------------------------------------
def replay_check(invs, pays, labs):
    bal = {i["id"]: D(i["balance"]) for i in invs}
    cur_of = {i["id"]: i["currency"] for i in invs}
    curs = {i["currency"] for i in invs}
    assert len(pays) == len(labs)
    seen = set()
    for p, l in zip(pays, labs):
        assert p["id"] == l["payment_id"]
        bad = None
        try:
            amt = Decimal(p["amount"])
            if amt.as_tuple().exponent != -2:
                bad = "amount"
        except Exception:
            bad = "amount"
        if bad is None and amt <= 0:
            bad = "negative"
        if p["currency"] not in curs or not p["date"] or p["id"] in seen:
            bad = bad or "other"
        seen.add(p["id"])
        if l["status"] == "error":
            assert bad and l["error"] and not l["applications"] and not l["candidates"], (p, l)
            continue
        assert bad is None, (p, l)
        date.fromisoformat(p["date"])
        total = sum((D(a["amount"]) for a in l["applications"]), D(0)) + D(l["unapplied"])
        assert total == amt, (p, l)
        if l["status"] == "review":
            assert not l["applications"] and D(l["unapplied"]) == amt and l["reason"]
        if l["status"] == "applied":
            assert l["applications"] and D(l["unapplied"]) == 0 and l["short_pay"] is None
        if l["status"] == "partial":
            assert l["applications"] and D(l["unapplied"]) == 0
        if l["status"] == "unapplied":
            assert D(l["unapplied"]) > 0 and l["short_pay"] is None
        for a in l["applications"]:
            assert cur_of[a["invoice_id"]] == p["currency"], (p, l)
            assert D(a["amount"]) > 0 and bal[a["invoice_id"]] >= D(a["amount"]), (p, l)
            bal[a["invoice_id"]] -= D(a["amount"])
        if l["short_pay"]:
            sp = l["short_pay"]
            assert l["status"] == "partial" and bal[sp["invoice_id"]] >= D(sp["amount"]) > 0, (p, l)
        if l["status"] == "partial":
            assert any(bal[a["invoice_id"]] > 0 for a in l["applications"]), (p, l)
        for c in l["candidates"]:
            for iid in c:
                assert cur_of[iid] == p["currency"] and bal[iid] > 0, (p, l)
    return bal


# ---------------------------------------------------------------------------
# Stage 5: write files and README
# ---------------------------------------------------------------------------
def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    custs = make_customers()
    invs = make_invoices(custs)
    L = Ledger(custs, invs)
    pays, labs = make_payments(L)
    replay_check(invs, pays, labs)
    clean = [{k: v for k, v in i.items() if not k.startswith("_")} for i in invs]
    os.makedirs(OUT, exist_ok=True)
    dump(os.path.join(OUT, "invoices.json"), clean)
    dump(os.path.join(OUT, "payments.json"), pays)
    dump(os.path.join(OUT, "labels.json"), labs)
    write_readme(custs, clean, pays, labs)
    print("customers %d invoices %d payments %d" % (len(custs), len(clean), len(pays)))


def write_readme(custs, invs, pays, labs):
    from collections import Counter
    st = Counter(l["status"] for l in labs)
    sc = Counter(l["scenario"] for l in labs)
    pc = Counter(p["currency"] for p in pays)
    ic = Counter(i["currency"] for i in invs)
    cc = Counter(c["country"] for c in custs)
    fb = sum(1 for l in labs if "[fallback" in l["note"])
    lines = []
    w = lines.append
    w("# Blind cash-application set: greater-China packaging trader (blind110)")
    w("")
    w("Held-out test data for `contracts/cash-application.md` (`match`). Written from the contract only;")
    w("the engine was never read or run. Generated by `build.py` (stdlib, fixed seed); `check.py` re-verifies it.")
    w("")
    w("## Theme")
    w("")
    w("A packaging-materials trading company (cartons, stretch film, tapes, foam, labels) sells to manufacturers and")
    w("retailers in mainland China, Hong Kong, Taiwan and Singapore and invoices in CNY, HKD, SGD and USD. Customer")
    w("names in the ledger are simplified Chinese (mainland), traditional Chinese (HK/TW) or English; bank payer names")
    w("are the upper-case pinyin/English bank forms, cut at 35 (sometimes 30 or 24) characters, or the Chinese name for")
    w("domestic transfers. References imitate the channels: mainland memo lines (`货款`, `付发票号INV-…`, `支付3月货款`),")
    w("HK FPS (`FPS FRN…`), CHATS, RTGS and cheque deposits, Singapore PayNow UEN, GIRO, FAST and IBG, and")
    w("telegraphic transfers with `/CHG SHA|OUR|BEN`. Some payments carry a remittance advice (English, simplified or")
    w("traditional Chinese).")
    w("")
    w("## Files (`ledger_greaterchina/`)")
    w("")
    w("| file | rows | format |")
    w("|---|---|---|")
    w("| `invoices.json` | %d | the contract's open invoices; %d customers (%s) |" % (len(invs), len(custs), ", ".join("%s %d" % kv for kv in sorted(cc.items()))))
    w("| `payments.json` | %d | the contract's payments, oldest first |" % len(pays))
    w("| `labels.json` | %d | one expected MATCHES entry per payment, same order, plus `scenario` and `note` (and `error` for bad rows) |" % len(labs))
    w("")
    w("Invoices per currency: " + ", ".join("%s %d" % kv for kv in sorted(ic.items())) + ".")
    w("Payments per currency: " + ", ".join("%s %d" % kv for kv in sorted(pc.items())) + ".")
    w("")
    w("## Counts per status")
    w("")
    w("| status | payments |")
    w("|---|---|")
    for k in ["applied", "partial", "unapplied", "review", "error"]:
        w("| `%s` | %d |" % (k, st[k]))
    w("")
    def lang(p):
        txt = (p["reference"] or "") + (p["remittance"] or "") + (p["payer_name"] or "")
        if any(ch in txt for ch in "貨發書會減結訂貸項業"):
            return "traditional Chinese"
        if any("\u4e00" <= ch <= "\u9fff" for ch in txt):
            return "simplified Chinese"
        return "English / bank upper case only"
    lc = Counter(lang(p) for p in pays)
    w("## Text language of the payment (payer name, reference, remittance)")
    w("")
    w("| language | payments |")
    w("|---|---|")
    for k, v in sorted(lc.items()):
        w("| %s | %d |" % (k, v))
    w("")
    w("Payments with a remittance advice: %d; with `customer_id` null: %d." %
      (sum(1 for p in pays if p["remittance"]), sum(1 for p in pays if p["customer_id"] is None)))
    w("")
    w("## Counts per scenario")
    w("")
    w("| scenario | payments |")
    w("|---|---|")
    for k, v in sorted(sc.items()):
        w("| `%s` | %d |" % (k, v))
    w("")
    w("(%d payments fell back to `ref_single_exact`/`amount_unique` because the planned scenario found no suitable invoices at that date; their note says so.)" % fb)
    w("")
    w("## Conventions chosen where the contract is silent")
    w("")
    w("- **Candidates** are a list of invoice-id lists, best first: `[[\"inv_a\"], [\"inv_b\", \"inv_c\"]]`. Between equally")
    w("  good single invoices (repeat orders, two customers with the same amount) the older due date comes first; compare")
    w("  as a set if order matters less to you. A `review` with nothing plausible has `candidates: []`.")
    w("- **review / unapplied amounts**: `review` applies nothing, so `unapplied` equals the whole payment (the")
    w("  contract's sum rule then holds for every non-error row). `unapplied` rows list any applications made first.")
    w("- **Bank charges** on telegraphic transfers (SHA/BEN, or OUR with an intermediary deduction anyway) are a")
    w("  `partial` with `short_pay = {invoice_id, amount: the fee, reason}`: the invoice stays open for the fee.")
    w("- **Short pays** with a stated reason (damage, short shipment, price difference, penalty, rebate) are `partial`")
    w("  with `short_pay`; `short_pay.amount` is the deducted amount (the balance left open). When the advice lists other")
    w("  invoices too, they are paid in full and the deduction sits on the invoice it is written against.")
    w("- **Credit notes are not in `invoices.json`** (it holds only open receivables). A payment netted with a credit note")
    w("  is therefore `partial` with a `short_pay` naming the credit note. **Debit notes (`DN-…`) are open items** and")
    w("  are applied like invoices.")
    w("- **Stated part payments** (instalment, `部分货款`, `50 PCT OF …`) are `partial` with `short_pay: null`.")
    w("- **Deposits on a PO with no invoice** from a known customer are `unapplied` (the contract's \"known customer's")
    w("  payment that fits no invoice\"). An unidentified payer with nothing to go on is `review` with no candidates.")
    w("- **Amount-only matches** (customer known from `customer_id`, no invoice number) are applied only when exactly one")
    w("  open invoice of that customer and currency has that balance and no pair or triple of its open invoices sums to")
    w("  it. A lump that equals *all* the customer's open invoices in the currency is applied; a lump that equals only")
    w("  a subset (no numbers given) goes to `review` with that subset as the candidate, since a careful clerk confirms.")
    w("- **Monthly statement payments** (`支付3月货款`, `MAR 2026 STATEMENT`) are applied to every open invoice of that")
    w("  customer and currency issued in the named month when the amount equals their sum.")
    w("- **A reference number that is not an invoice number**: a `PO 38xxx` whose digits equal another customer's")
    w("  invoice is ignored and the payment is matched by amount; a mistyped number that exists nowhere likewise. A")
    w("  reference naming *another customer's* existing invoice while the amount fits the payer's own invoice is `review`")
    w("  with both readings (payer's own first).")
    w("- **Cross currency**: a USD payment against a HKD/CNY/SGD invoice is `review` with no candidates (never across currencies).")
    w("- **Third-party payers** (a director, a holding company) are applied when the reference names the invoice and")
    w("  the amount is its exact balance.")
    w("- **Bad input rows** have `status: \"error\"`, no applications, `unapplied: \"0.00\"`, no candidates and an")
    w("  `error` text: negative amount, a currency no invoice has (EUR, JPY), a duplicate payment id (the repeated row is")
    w("  the error; the first one is processed normally), malformed amounts (`1.234.56`, a letter O, `HKD 1,234.00`,")
    w("  empty) and a missing date (`null` or `\"\"`).")
    w("- Amounts in `applications`, `unapplied` and `short_pay.amount` are two-decimal strings. `reason` is free text")
    w("  for humans; `scenario` and `note` are not engine output.")
    w("- Payment dates run 2026-01-05 to 2026-04-24; a payment never names an invoice issued after it. Some invoices")
    w("  start with a balance below their total (earlier receipts); a payment of that balance is exact.")
    w("")
    w("## Judgement calls a reviewer may want to revisit")
    w("")
    w("- `cross_currency` is `review`, not `unapplied`, even when `customer_id` is given: the customer clearly meant a")
    w("  specific invoice in another currency, so a person must decide the FX treatment.")
    w("- `lump_subset_review` is `review` although only one pair fits; an engine that applies it is taking a risk the")
    w("  contract says to avoid.")
    w("- `ref_other_customer_conflict` lists the payer's own exact-amount invoice first and the referenced one second.")
    w("- Bank charges and credit-note netting are treated as short pays (deduction cases), not as write-offs.")
    w("")
    w("## Regenerate and check")
    w("")
    w("    python3 build.py && python3 check.py")
    w("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
