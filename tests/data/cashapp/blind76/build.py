#!/usr/bin/env python3
"""Blind cash-application test set: JP/KR electronic-components distributor.
Deterministic (seed 259), stdlib only. Writes jp_kr_components/{invoices,payments,labels}.json + README.md."""
import json, os, random, unicodedata, calendar
from datetime import date, timedelta
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "jp_kr_components")
rng = random.Random(259)

# ---------------------------------------------------------------- helpers
HALF = {}
for cp in range(0xFF66, 0xFF9E):
    HALF[unicodedata.normalize("NFKC", chr(cp))] = chr(cp)
SMALL = dict(zip("ァィゥェォャュョッヮ", "アイウエオヤユヨツワ"))

def zengin(s):
    """full-width katakana/ASCII -> Zengin half-width (small kana become large, dakuten split)."""
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if ch == "\u3099": out.append("ﾞ"); continue
        if ch == "\u309a": out.append("ﾟ"); continue
        ch = SMALL.get(ch, ch)
        if ch in HALF: out.append(HALF[ch]); continue
        ch = unicodedata.normalize("NFKC", ch)
        out.append(ch.upper())
    return "".join(out)

MINOR = {"JPY": 1, "KRW": 1, "TWD": 100, "USD": 100}
def fmt(n, cur):
    if MINOR.get(cur, 100) == 1:
        return str(n)
    sign = "-" if n < 0 else ""
    n = abs(n)
    return f"{sign}{n // 100}.{n % 100:02d}"

def human(n, cur, style=0):
    if cur == "JPY":
        return [f"¥{n:,}", f"{n:,}円", f"JPY {n:,}"][style % 3]
    if cur == "KRW":
        return [f"{n:,}원", f"₩{n:,}", f"KRW {n:,}"][style % 3]
    v = f"{n // 100:,}.{n % 100:02d}"
    if cur == "TWD":
        return [f"NT${v}", f"TWD {v}", f"新台幣 {v} 元"][style % 3]
    return [f"USD {v}", f"US${v}", f"${v}"][style % 3]

def eom(d):
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])

def add_month_eom(d):
    y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return date(y, m, calendar.monthrange(y, m)[1])

def prev_bday(d):
    while d.weekday() >= 5:
        d -= timedelta(1)
    return d

START, END = date(2026, 8, 24), date(2026, 11, 24)

# ---------------------------------------------------------------- customers
JP_CORES = ["アオバ", "ミツワ", "サクラ", "ヒカリ", "タカミ", "ホクシン", "カネダイ", "マルヨシ", "ニシキ", "シャープネス",
            "キョウエイ", "トウヨウ", "ダイシン", "ヤマブキ", "コスモ", "アサヒナ", "ミナト", "フジミ", "ハヤセ", "オオトリ",
            "シンワ", "ツバサ", "イズミ", "ショウナン", "チョウカイ", "カミヤ", "ハルカ", "リョウセイ", "ユタカ", "ナカジマ",
            "エムテック", "ゼット", "ノース", "ミライ", "センチュリー", "キタムラ", "ヤシマ", "ワカバ", "ソウマ", "ヒビキ",
            "オリオン", "テンリュウ", "ハクト", "ミドリ", "スバル", "カシワ", "トモエ", "ヨツバ", "アカツキ", "イナホ",
            "サンヨウ", "ライデン", "ホシノ", "カゲツ", "ヒノデ"]
JP_SUFFIX = [("電子", "デンシ"), ("電機", "デンキ"), ("工業", "コウギョウ"), ("製作所", "セイサクショ"), ("精密", "セイミツ"),
             ("技研", "ギケン"), ("エレクトロニクス", "エレクトロニクス"), ("デバイス", "デバイス"), ("通信", "ツウシン"),
             ("産業", "サンギョウ"), ("商事", "ショウジ"), ("修理センター", "シュウリセンター"),
             ("電子サービス", "デンシサービス"), ("実装", "ジッソウ"), ("システムズ", "システムズ")]
JP_FORMS = [("株式会社", "カ"), ("株式会社", "カ"), ("株式会社", "カ"), ("有限会社", "ユ"), ("合同会社", "ド")]

KR_CORES = ["한빛", "대성", "세진", "미래", "우진", "동양", "태광", "신성", "은하", "새한", "하나로", "청우", "대명", "성진",
            "한울", "나래", "동진", "금강", "선우", "경인", "대원", "유니", "인성", "정우", "아람", "보성", "태성", "삼익",
            "영진", "해솔"]
KR_SUFFIX = ["전자", "전기", "정밀", "테크", "시스템", "반도체", "통신", "산업", "서비스센터", "이엔지", "전자부품"]

TW = [("Hong Yuan Electronics Co., Ltd.", "宏遠電子股份有限公司"), ("Chia Hsin Precision Industry Corp.", "嘉信精密工業股份有限公司"),
      ("Kuang Tai Technology Co., Ltd.", "廣泰科技股份有限公司"), ("Yung Feng Components Co., Ltd.", "永豐元件股份有限公司"),
      ("Ta Chung Circuit Inc.", "大眾電路股份有限公司"), ("Sheng Mao Repair Service Co., Ltd.", "昇茂維修服務有限公司"),
      ("Jin Hua Optoelectronics Corp.", "金華光電股份有限公司"), ("Tien Lung EMS Co., Ltd.", "天隆電子製造股份有限公司"),
      ("Fu Chiang Electric Co., Ltd.", "富強電機股份有限公司"), ("Hsin Yi Semiconductor Co., Ltd.", "欣怡半導體股份有限公司")]
CN = [("Shenzhen Xinghe Technology Co., Ltd.", "深圳星河科技有限公司"), ("Dongguan Huarui Electronics Co., Ltd.", "东莞华瑞电子有限公司"),
      ("Suzhou Jinlong Precision Manufacturing Co., Ltd.", "苏州金龙精密制造有限公司"), ("Xiamen Haitong Communication Equipment Co., Ltd.", "厦门海通通信设备有限公司"),
      ("Ningbo Ruifeng Electric Appliance Co., Ltd.", "宁波瑞丰电器有限公司"), ("Chengdu Tianfu Intelligent Control Co., Ltd.", "成都天府智能控制有限公司"),
      ("Wuxi Lianchuang Microelectronics Co., Ltd.", "无锡联创微电子有限公司"), ("Zhuhai Guangda Repair Technology Co., Ltd.", "珠海广达维修技术有限公司")]
US = ["Pinecrest Contract Manufacturing, Inc.", "Bluewater Electronic Assembly LLC", "Redfern Avionics Repair Corp.",
      "Northgate EMS Solutions, Inc.", "Sable Creek Instruments LLC", "Harborview Device Repair Co.",
      "Ironwood Circuits International, Inc.", "Quillmark Industrial Controls LLC"]

customers = []
def add_customer(**kw):
    kw["id"] = f"c-{1001 + len(customers)}"
    customers.append(kw)
    return kw

used_core = set()
for i, core in enumerate(JP_CORES):
    suf, sufk = JP_SUFFIX[i % len(JP_SUFFIX)]
    form, fk = JP_FORMS[rng.randrange(len(JP_FORMS))]
    pre = rng.random() < 0.6
    name = f"{form}{core}{suf}" if pre else f"{core}{suf}{form}"
    kana = zengin(core + sufk)
    bank = f"{zengin(fk)}){kana}" if pre else f"{kana}({zengin(fk)}"
    kind = "repair shop" if "修理" in suf or "サービス" in suf else rng.choice(["OEM", "contract manufacturer"])
    add_customer(name=name, country="JP", cur="JPY", bank=bank, kana=kana, vacct=rng.random() < 0.3, kind=kind)
# one deliberately long name (Zengin 48-char cut)
add_customer(name="株式会社ニッポンセミコンダクターデバイスソリューションズ東日本メンテナンスセンター", country="JP", cur="JPY",
             bank=zengin("カ)ニッポンセミコンダクターデバイスソリューションズヒガシニホンメンテナンスセンター")[:48],
             kana="", vacct=False, kind="repair shop")
for i, core in enumerate(KR_CORES):
    suf = KR_SUFFIX[i % len(KR_SUFFIX)]
    pre = rng.random() < 0.55
    name = f"(주){core}{suf}" if pre else f"{core}{suf} 주식회사"
    add_customer(name=name, country="KR", cur="KRW", core=core + suf, pre=pre, vacct=False,
                 kind="repair shop" if "서비스" in suf else rng.choice(["OEM", "contract manufacturer"]))
for en, zh in TW:
    add_customer(name=f"{en} ({zh})", en=en, zh=zh, country="TW", cur="TWD", vacct=False, kind="OEM")
for en, zh in CN:
    add_customer(name=f"{en} ({zh})", en=en, zh=zh, country="CN", cur="USD", vacct=False, kind="contract manufacturer")
for en in US:
    add_customer(name=en, en=en, country="US", cur="USD", vacct=False, kind="contract manufacturer")
# look-alike names: identical after the Zengin 48-char cut / the Korean 7-char memo cut
for region, yomi in (("東日本", "ヒガシニホン"), ("西日本", "ニシニホン")):
    add_customer(name=f"株式会社ニッポンセミコンダクターデバイスソリューションズグループメンテナンスサービスセンター{region}", country="JP",
                 cur="JPY", bank=zengin(f"カ)ニッポンセミコンダクターデバイスソリューションズグループメンテナンスサービスセンター{yomi}")[:48],
                 kana="", vacct=False, kind="repair shop", long=True)
for core in ("대한정밀", "대한정보통신"):
    add_customer(name=f"주식회사 {core}", country="KR", cur="KRW", core=core, pre=True, long=True, vacct=False, kind="OEM")
# two KR customers also billed in USD (export invoices)
for c in customers:
    c["curs"] = [c["cur"]]
kr = [c for c in customers if c["country"] == "KR"]
kr[3]["curs"].append("USD"); kr[11]["curs"].append("USD")
tw = [c for c in customers if c["country"] == "TW"]
tw[0]["curs"].append("USD"); tw[4]["curs"].append("USD")
CUST = {c["id"]: c for c in customers}

# ---------------------------------------------------------------- invoices
invoices = []
seq = Counter()
def rand_amount(cur):
    if cur == "JPY":
        base = rng.choice([rng.randint(30, 900) * 100, rng.randint(10, 3000) * 1000, rng.randint(3000, 400000)])
        return int(base * 1.1)                      # consumption tax 10 %, yen, no decimals
    if cur == "KRW":
        return rng.choice([rng.randint(50, 9000) * 1000, rng.randint(10000, 6000000) * 10]) // 100 * 110   # VAT incl., 10-won units
    if cur == "TWD":
        return rng.randint(2000, 900000) * 100 + rng.choice([0, 0, 0, 50])
    return rng.choice([rng.randint(100, 90000) * 100 + rng.randint(0, 99), rng.randint(20, 5000) * 1000])

def new_invoice(c, cur, issue, amount=None, balance=None):
    key = issue.strftime("%y%m")
    seq[key] += 1
    num = f"SI-{key}-{seq[key]:04d}"
    if c["country"] in ("JP", "KR"):
        due = add_month_eom(issue)                  # 月末締め翌月末払い / 익월말
    else:
        due = issue + timedelta(rng.choice([30, 45, 60]))
    total = amount if amount is not None else rand_amount(cur)
    inv = {"id": None, "number": num, "customer_id": c["id"], "customer_name": c["name"], "currency": cur,
           "total": total, "balance": total if balance is None else balance,
           "issue_date": issue.isoformat(), "due_date": due.isoformat()}
    invoices.append(inv)
    return inv

def rand_issue(lo=date(2026, 6, 20), hi=date(2026, 11, 10)):
    return lo + timedelta(rng.randrange((hi - lo).days))

for c in customers:
    n = {"JP": rng.randint(14, 22), "KR": rng.randint(10, 16), "TW": rng.randint(8, 14),
         "CN": rng.randint(6, 10), "US": rng.randint(6, 10)}[c["country"]]
    seen = set()
    for _ in range(n):
        cur = c["curs"][0] if len(c["curs"]) == 1 or rng.random() < 0.7 else c["curs"][1]
        inv = new_invoice(c, cur, rand_issue())
        while (cur, inv["total"]) in seen:
            inv["total"] = inv["balance"] = rand_amount(cur)
        seen.add((cur, inv["total"]))
        if rng.random() < 0.05:                     # earlier part payment already booked
            inv["balance"] = inv["total"] - (inv["total"] // 3 // MINOR[cur] * MINOR[cur])
# sort by issue date then renumber sequences so numbers follow issue order; assign ids
invoices.sort(key=lambda v: (v["issue_date"], v["customer_id"]))
seq.clear()
for k, inv in enumerate(invoices):
    key = date.fromisoformat(inv["issue_date"]).strftime("%y%m")
    seq[key] += 1
    inv["number"] = f"SI-{key}-{seq[key]:04d}"
    inv["id"] = f"i-{10001 + k}"
INV = {v["id"]: v for v in invoices}
BYNUM = {v["number"]: v for v in invoices}

# ---------------------------------------------------------------- payers, texts
import re
ME_JP, ME_KR, ME_EN = "株式会社ハナデン部品", "하나덴부품(주)", "Hanaden Components Co., Ltd."

def swift(en, cut=35):
    s = re.sub(r"[^A-Z0-9 ./-]", "", en.upper().replace(",", ""))
    return re.sub(r" +", " ", s)[:cut].rstrip()

def payer(c, cur=None):
    co = c["country"]
    if co == "JP":
        b = c["bank"]
        if rng.random() < 0.15 and b[:2] in ("ｶ)", "ﾕ)"):
            b = "(" + b                              # some banks print "(ｶ)ﾔﾏﾄ..."
        return b[:48]
    if co == "KR":
        core = c["core"]
        opts = ["주식회사" + core] if c.get("long") else ["(주)" + core, core + "(주)", "주식회사" + core, core, "㈜" + core]
        return rng.choice(opts)[:7]                 # 입금자명: 7 Hangul characters
    if co == "TW":
        return c["zh"] if (cur or c["cur"]) == "TWD" else swift(c["en"])
    if co == "CN":
        return swift(c["en"])
    return swift(c["en"], 16) if rng.random() < 0.5 else swift(c["en"])   # ACH 16 / wire 35

def cust_id(c):
    return c["id"] if c.get("vacct") else None

FW = str.maketrans("0123456789-SI", "０１２３４５６７８９－ＳＩ")
def numv(num, style):
    a, b, d = num.split("-")
    return [num, f"SI{b}{d}", f"{b}-{d}", num.translate(FW), f"si {b} {d}", f"No.{b}{d}", f"SI{b}-{d}"][style]

def jdate(d):
    return f"{d.year}年{d.month}月{d.day}日"

def rem_single(c, inv, amt, cur, d, extra=""):
    n = inv["number"]; h = human(amt, cur, rng.randrange(3))
    co = c["country"]
    if co == "JP":
        return rng.choice([
            f"お支払通知書\n{ME_JP} 御中\n下記の通りお振込みいたしました。\n請求書番号：{n}\nお振込金額：{h}\nお振込日：{jdate(d)}\n{extra}\n{c['name']} 経理部",
            f"{ME_JP}\nご担当者様\nいつもお世話になっております。{c['name']}経理課です。\n請求書 {n} の代金 {h} を{d.month}月{d.day}日にお振込みしました。{extra}\nご確認のほどよろしくお願いいたします。"])
    if co == "KR":
        return rng.choice([
            f"[입금 안내]\n{ME_KR} 귀중\n세금계산서 {n} 건 물품대금 {h} 을(를) {d.month}월 {d.day}일 입금하였습니다.\n{extra}\n{c['name']} 재무팀",
            f"안녕하세요, {c['name']} 경리 담당입니다.\n청구서 번호 {n} 금액 {h} 송금 완료했습니다. {extra}\n확인 부탁드립니다."])
    if co == "TW" and rng.random() < 0.6:
        return f"付款通知\n{ME_EN} 台照\n發票號碼：{n}\n付款金額：{h}\n匯款日期：{d.year}/{d.month:02d}/{d.day:02d}\n{extra}\n{c['zh']} 財務部"
    if co == "CN" and rng.random() < 0.6:
        return f"付款通知\n致 {ME_EN}：\n我司已于{d.year}年{d.month}月{d.day}日电汇支付发票 {n} 货款，金额 {h}。{extra}\n{c['zh']} 财务部"
    return (f"REMITTANCE ADVICE\nTo: {ME_EN}\nPayment date: {d.isoformat()}\nInvoice {n}   Amount {h}\n{extra}\n"
            f"{c['en']} - Accounts Payable")

def rem_list(c, invs, cur, d, extra=""):
    co = c["country"]
    if co == "JP":
        rows = "\n".join(f"  {v['number']}  {v['issue_date'].replace('-', '/')}  {human(v['balance'], cur, 0)}" for v in invs)
        return (f"お支払明細\n{ME_JP} 御中\n以下の請求書分を合算してお振込みいたしました。\n{rows}\n合計 {human(sum(v['balance'] for v in invs), cur, 1)}\n{extra}\n{c['name']}")
    if co == "KR":
        rows = ", ".join(v["number"] for v in invs)
        return f"{ME_KR} 담당자님\n아래 세금계산서 건 합산하여 {human(sum(v['balance'] for v in invs), cur, 0)} 입금드렸습니다.\n{rows}\n{extra}"
    if co == "CN" and rng.random() < 0.5:
        return f"付款明细：发票 " + "、".join(v["number"] for v in invs) + f"，合计 {human(sum(v['balance'] for v in invs), cur, 0)}。{extra}"
    rows = "\n".join(f"{v['number']:<16}{human(v['balance'], cur, 0):>18}" for v in invs)
    return f"Remittance advice from {c['en']}\nPaid {d.isoformat()}\n{rows}\nTOTAL {human(sum(v['balance'] for v in invs), cur, 0)}\n{extra}"

def ref_single(c, num, cur):
    co = c["country"]
    a, b, d = num.split("-")
    if co == "JP":
        return rng.choice([f"SI{b}{d}", f"ｾｲｷﾕｳ SI{b}{d}", num, f"{b}-{d}"])[:20]   # EDI 20 half-width chars
    if co == "KR":
        return None
    return rng.choice([f"/INV/{num}", f"INV {num}", f"PAYMENT OF INVOICE {num}", f"/RFB/SI{b}{d}"])

# ---------------------------------------------------------------- scenario machinery
used = set()
specs = []

def pick(c, n=1, cur=None, fresh=True, pred=None):
    pool = [v for v in invoices if v["customer_id"] == c["id"] and v["id"] not in used
            and date.fromisoformat(v["issue_date"]) <= END - timedelta(12)
            and (cur is None or v["currency"] == cur) and (not fresh or v["balance"] == v["total"])
            and (pred is None or pred(v))]
    if cur is None and pool:
        cur0 = rng.choice(pool)["currency"]
        pool = [v for v in pool if v["currency"] == cur0]
    if len(pool) < n:
        return None
    got = rng.sample(pool, n)
    got.sort(key=lambda v: (v["issue_date"], v["number"]))
    for v in got:
        used.add(v["id"])
    return got

def pay_date(invs, jp_eom=False):
    imax = max(date.fromisoformat(v["issue_date"]) for v in invs)
    due = max(date.fromisoformat(v["due_date"]) for v in invs)
    d = prev_bday(due) if jp_eom else due + timedelta(rng.randint(-20, 10))
    lo = max(START, imax + timedelta(3))
    if d < lo:
        d = lo + timedelta(rng.randint(0, 6))
    if d > END:
        d = END - timedelta(rng.randint(0, 8))
    if d < lo:
        d = lo
    return prev_bday(d) if prev_bday(d) >= lo else d

def app(v, amt):
    return {"invoice_id": v["id"], "amount": amt}

def add(c, d, amount, cur, payer_name, ref, rem, status, apps, unapplied, short=None, cands=None,
        reason="", scenario="", note="", cid="auto", resolve=None, lang=None):
    if cid == "auto":
        cid = cust_id(c) if c else None
    if ref and re.search(r"[\uff66-\uff9f]", ref):
        ref = ref[:20]                               # Zengin EDI field: 20 half-width characters
    pay = {"id": None, "date": d.isoformat() if isinstance(d, date) else d, "amount": amount, "currency": cur,
           "payer_name": payer_name, "customer_id": cid, "reference": ref, "remittance": rem}
    lab = {"payment_id": None, "status": status, "applications": apps, "unapplied": unapplied,
           "short_pay": short, "candidates": cands or [], "reason": reason, "scenario": scenario, "note": note}
    lang = lang or (LANG[c["country"]] if c else "none")
    specs.append({"pay": pay, "lab": lab, "resolve": resolve, "lang": lang, "k": len(specs),
                  "country": c["country"] if c else "?"})
    return specs[-1]

LANG = {"JP": "ja", "KR": "ko", "TW": "zh-Hant", "CN": "zh-Hans", "US": "en"}
W = {"JP": 45, "KR": 22, "TW": 12, "CN": 9, "US": 12}
def choose(countries=None, pred=None):
    countries = countries or list(W)
    while True:
        co = rng.choices(countries, [W[x] for x in countries])[0]
        cs = [c for c in customers if c["country"] == co and (pred is None or pred(c))]
        if cs:
            return rng.choice(cs)

def rem_lang(c, rem):
    if rem is None:
        return LANG[c["country"]]
    if re.search(r"[\u3040-\u30ff]", rem): return "ja"
    if re.search(r"[\uac00-\ud7a3]", rem): return "ko"
    if re.search(r"[\u4e00-\u9fff]", rem): return LANG[c["country"]] if c["country"] in ("TW", "CN") else "zh"
    return "en"

# ---------------------------------------------------------------- scenarios
def s_lump_month(fee=False):
    c = choose(["JP", "KR"], lambda c: not c.get("long"))
    m = rng.choice([7, 8, 9])
    cur = c["cur"]
    mon = [v for v in invoices if v["customer_id"] == c["id"] and v["currency"] == cur and v["issue_date"][5:7] == f"{m:02d}"]
    if len(mon) < 2 or any(v["id"] in used for v in mon) or len(mon) > 7:
        return False
    for v in mon: used.add(v["id"])
    mon.sort(key=lambda v: (v["issue_date"], v["number"]))
    tot = sum(v["balance"] for v in mon)
    d = prev_bday(add_month_eom(date(2026, m, 1)))
    if d > END: d = END - timedelta(rng.randint(0, 4))
    feeamt = 0
    if fee:
        feeamt = rng.choice([440, 660, 770, 880]) if cur == "JPY" else rng.choice([500, 1000])
    amt = tot - feeamt
    if c["country"] == "JP":
        ref = rng.choice([f"{m}ｶﾞﾂｼﾒﾌﾞﾝ", f"2026{m:02d}ｼﾒ ｺﾞｾｲｷﾕｳﾌﾞﾝ", f"{m}ｶﾞﾂﾌﾞﾝ ｼﾊﾗｲ", None])
        if fee and rng.random() < 0.5:
            ref = f"{m}ｶﾞﾂﾌﾞﾝ ﾃｽｳﾘﾖｳｻｼﾋｷ"
        rem = None
        if ref is None or rng.random() < 0.4:
            x = f"なお、振込手数料 {human(feeamt, cur, 1)} を差し引かせていただきました。" if fee else ""
            rem = rng.choice([
                f"支払案内書\n{ME_JP} 御中\n2026年{m}月締め分（{len(mon)}件）のご請求につき、{human(amt, cur, 0)} をお振込みいたしました。{x}\n{c['name']}",
                f"{ME_JP} 御中\n毎度ありがとうございます。{m}月末締め・翌月末払い分として合計 {human(amt, cur, 1)} を本日振込手続きいたしました。{x}\n{c['name']} 購買経理"])
        if fee and ref and "ﾃｽｳﾘﾖｳ" not in ref and rem is None:
            ref = ref[:12] + " ﾃｽｳﾘﾖｳｻｼﾋｷ"
    else:
        ref = None
        x = f" 송금수수료 {human(feeamt, cur, 0)} 차감했습니다." if fee else ""
        rem = rng.choice([f"{ME_KR} 귀중\n{m}월분 세금계산서 {len(mon)}건 합계 {human(amt, cur, 0)} 입금합니다.{x}",
                          f"안녕하세요. {c['name']}입니다. {m}월 마감분 물품대금 일괄 송금했습니다.{x} 감사합니다."])
    if fee:
        last = mon[-1]
        apps = [app(v, fmt(v["balance"], cur)) for v in mon[:-1]] + [app(last, fmt(last["balance"] - feeamt, cur))]
        add(c, d, fmt(amt, cur), cur, payer(c), ref, rem, "partial", apps, fmt(0, cur),
            short={"invoice_id": last["id"], "amount": fmt(feeamt, cur), "reason": "bank_fee"},
            reason=f"{m}月締め lump of {len(mon)} invoices less transfer fee", scenario="lump_month_fee",
            note=f"month {m} closing: all {len(mon)} open invoices issued in month {m}; fee {feeamt} left open on the last invoice (latest issue date, then highest number)",
            lang=rem_lang(c, rem))
    else:
        add(c, d, fmt(amt, cur), cur, payer(c), ref, rem, "applied", [app(v, fmt(v["balance"], cur)) for v in mon], fmt(0, cur),
            reason=f"month-{m} closing lump equals the {len(mon)} invoices issued in month {m}", scenario="lump_month",
            note=f"monthly closing: every open invoice of the customer issued in 2026-{m:02d}, no invoice numbers given", lang=rem_lang(c, rem))
    specs[-1]["month"] = m
    return True

def s_exact(variant=False, third=False):
    c = choose(["CN", "JP", "US"] if third else None, lambda c: not c.get("long"))
    got = pick(c)
    if not got: return False
    v = got[0]; cur = v["currency"]
    d = pay_date(got, jp_eom=(c["country"] == "JP"))
    amt = v["balance"]
    if not variant:
        ref = ref_single(c, v["number"], cur)
        rem = rem_single(c, v, amt, cur, d) if (ref is None or rng.random() < 0.35) else None
        note = "invoice number in the reference/remittance, amount equals balance"
        if v["balance"] != v["total"]:
            note += " (invoice already part-paid before this file)"
    else:
        st = rng.choice([1, 2, 3, 4, 5, 6]) if c["country"] == "JP" else rng.choice([1, 2, 4, 5, 6])
        num = numv(v["number"], st)
        if c["country"] == "JP" and rng.random() < 0.5:
            ref, rem = (f"ｾｲｷﾕｳｼﾖ{num}"[:20] if st != 3 else None), None
            if ref is None:
                rem = rem_single(c, dict(v, number=num), amt, cur, d)
        else:
            ref = None if c["country"] == "KR" else rng.choice([f"INV{num}", num, f"RE {num}"])
            rem = rem_single(c, dict(v, number=num), amt, cur, d)
        note = f"invoice number written as '{num}', amount equals balance"
    pn = payer(c)
    sc = "ref_variant" if variant else "exact_ref"
    if third:
        if c["country"] == "JP":
            pn = rng.choice(["ﾐﾂﾎﾞｼﾌｱｸﾀｰ(ｶ", "ｶ)ｻﾝﾖｳｲﾂｶﾂｼﾊﾗｲ", "ﾄｳｷﾖｳﾌｱｲﾅﾝｽｻｰﾋﾞｽ(ｶ"])
            ref = f"SI{v['number'][3:].replace('-', '')}"
            rem = f"一括決済サービスによるお支払\n支払企業：{c['name']}\n請求書番号 {v['number']}\n支払金額 {human(amt, cur, 1)}"
        else:
            pn = swift(rng.choice(["Everbright Trading (HK) Limited", "Pacific Rim Procurement Ltd", "Harbor Gate Sourcing HK Co"]))
            ref = f"/INV/{v['number']}"
            rem = f"Payment made on behalf of {c['en']} for invoice {v['number']}, amount {human(amt, cur, 0)}."
        sc, note = "third_party_payer", "paid by a factoring / affiliate company on behalf of the customer; exact number and balance"
    s = add(c, d, fmt(amt, cur), cur, pn, ref, rem, "applied", [app(v, fmt(amt, cur))], fmt(0, cur),
            reason=f"reference {v['number']} and exact balance", scenario=sc, note=note,
            cid=None if third else "auto", lang=rem_lang(c, rem))
    s["inv"] = v
    return True

def s_typo():
    c = choose(["JP", "US", "CN", "TW"])
    got = pick(c)
    if not got: return False
    v = got[0]; cur = v["currency"]; a, b, dd = v["number"].split("-")
    for _ in range(10):
        if rng.random() < 0.5:
            i = rng.randrange(3); t = dd[:i] + dd[i + 1] + dd[i] + dd[i + 2:]
        else:
            i = rng.randrange(1, 4); t = dd[:i] + str((int(dd[i]) + rng.choice([1, 9])) % 10) + dd[i + 1:]
        typo = f"{a}-{b}-{t}"
        w = BYNUM.get(typo)
        if typo != v["number"] and (w is None or w["customer_id"] != c["id"]):
            break
    else:
        return False
    d = pay_date(got)
    amt = v["balance"]
    if c["country"] == "JP":
        ref, rem = f"SI{b}{t}", None
    else:
        ref = f"INV {typo}"; rem = rem_single(c, dict(v, number=typo), amt, cur, d)
    add(c, d, fmt(amt, cur), cur, payer(c), ref, rem, "applied", [app(v, fmt(amt, cur))], fmt(0, cur),
        reason=f"mistyped {typo}; payer's only open invoice at this amount is {v['number']}", scenario="ref_typo",
        note=f"'{typo}' is one keystroke from {v['number']} and is not an open invoice of this customer"
             + (" (it is another customer's invoice)" if BYNUM.get(typo) else ""), lang=rem_lang(c, rem))
    specs[-1]["inv"] = v; specs[-1]["typo"] = typo
    return True

def s_amount_only(n=1):
    c = choose(None, lambda c: not c.get("long"))
    got = pick(c, n)
    if not got: return False
    cur = got[0]["currency"]
    tot = sum(v["balance"] for v in got)
    d = pay_date(got, jp_eom=(c["country"] == "JP"))
    rem = None
    if c["country"] == "KR" and rng.random() < 0.3:
        rem = f"{c['name']} 물품대금 입금합니다."
    add(c, d, fmt(tot, cur), cur, payer(c), None, rem, "applied", [app(v, fmt(v["balance"], cur)) for v in got], fmt(0, cur),
        reason="payer identified by name; amount fits exactly", scenario="name_amount" if n == 1 else "lump_unique",
        note="no reference; payer name (bank spelling) identifies the customer and the amount fits one open invoice set only",
        resolve={"custs": [c["id"]], "subsets": n > 1}, lang=rem_lang(c, rem) if rem else "none")
    return True

def s_list():
    c = choose(None, lambda c: not c.get("long"))
    got = pick(c, rng.randint(2, 5))
    if not got: return False
    cur = got[0]["currency"]; d = pay_date(got, jp_eom=(c["country"] == "JP"))
    tot = sum(v["balance"] for v in got)
    rem = rem_list(c, got, cur, d)
    ref = None
    if c["country"] in ("US", "CN", "TW"):
        ref = "INV " + " ".join(v["number"] for v in got)
        ref = ref[:35] if rng.random() < 0.5 else ref     # SWIFT line cut; full list in the advice
    elif c["country"] == "JP":
        ref = f"ｾｲｷﾕｳｼﾖ {len(got)}ｹﾝﾌﾞﾝ"
    add(c, d, fmt(tot, cur), cur, payer(c), ref, rem, "applied", [app(v, fmt(v["balance"], cur)) for v in got], fmt(0, cur),
        reason=f"remittance lists {len(got)} invoices; sum equals payment", scenario="invoice_list",
        note="every listed number is an open invoice of the payer; total matches", lang=rem_lang(c, rem))
    return True

def s_range():
    c = choose(["JP", "KR", "US", "TW"], lambda c: not c.get("long"))
    m = rng.choice([7, 8, 9, 10])
    mine = sorted([v for v in invoices if v["customer_id"] == c["id"] and v["issue_date"][5:7] == f"{m:02d}"
                   and v["currency"] == c["cur"]], key=lambda v: v["number"])
    if len(mine) < 3: return False
    k = rng.randint(2, min(4, len(mine)))
    i0 = rng.randrange(len(mine) - k + 1)
    run = mine[i0:i0 + k]
    if any(v["id"] in used for v in run) or date.fromisoformat(run[-1]["issue_date"]) > END - timedelta(12): return False
    for v in run: used.add(v["id"])
    cur = c["cur"]; tot = sum(v["balance"] for v in run); d = pay_date(run)
    f, l = run[0]["number"], run[-1]["number"]
    txt = {"JP": f"請求書番号 {f}～{l[-4:]} の貴社ご請求分（{k}件）合計 {human(tot, cur, 1)} をお振込みしました。",
           "KR": f"세금계산서 {f} ~ {l} 해당분 {k}건, 합계 {human(tot, cur, 0)} 입금했습니다.",
           "US": f"Payment for invoices {f} through {l} ({k} invoices), total {human(tot, cur, 0)}.",
           "TW": f"支付發票 {f} 至 {l} 共 {k} 張，合計 {human(tot, cur, 0)}。"}[c["country"]]
    add(c, d, fmt(tot, cur), cur, payer(c), None, txt, "applied", [app(v, fmt(v["balance"], cur)) for v in run], fmt(0, cur),
        reason=f"range {f}..{l}: the payer's open invoices in that range sum to the payment", scenario="invoice_range",
        note="numbers inside the range that belong to other customers are not part of it", lang=rem_lang(c, txt))
    specs[-1]["range"] = (f, l)
    return True

FEES = {"JPY": [145, 220, 330, 440, 550, 660, 770, 880], "KRW": [500, 1000], "TWD": [1500, 3000], "USD": [1500, 2000, 2500, 3000, 3500]}
def s_fee():
    c = choose(None, lambda c: not c.get("long"))
    got = pick(c)
    if not got: return False
    v = got[0]; cur = v["currency"]; d = pay_date(got, jp_eom=(c["country"] == "JP"))
    fee = rng.choice(FEES[cur]); amt = v["balance"] - fee
    ref = ref_single(c, v["number"], cur)
    said = rng.random() < 0.6
    rem = None
    if c["country"] == "JP":
        if said:
            if rng.random() < 0.5:
                ref = f"SI{v['number'][3:].replace('-', '')}ﾃｽｳﾘﾖｳｻｼﾋｷ"
            else:
                rem = rem_single(c, v, amt, cur, d, extra=f"※振込手数料（{human(fee, cur, 1)}）は差し引いてお振込みしております。")
    elif c["country"] == "KR":
        rem = rem_single(c, v, amt, cur, d, extra=f"이체수수료 {human(fee, cur, 0)} 제외하고 입금했습니다." if said else "")
    else:
        if said:
            rem = rem_single(c, v, amt, cur, d, extra=rng.choice([f"Bank charges of {human(fee, cur, 0)} were deducted.",
                                                                  "Charges: OUR bank's fees deducted from the transfer (SHA).",
                                                                  "匯費內扣 / 手續費由貴司負擔。" if c["country"] == "TW" else "银行手续费已扣除。"]))
    add(c, d, fmt(amt, cur), cur, payer(c), ref, rem, "partial", [app(v, fmt(amt, cur))], fmt(0, cur),
        short={"invoice_id": v["id"], "amount": fmt(fee, cur), "reason": "bank_fee"},
        reason=f"{v['number']} paid less a {fmt(fee, cur)} transfer fee", scenario="fee_short_pay",
        note=("fee deduction stated" if said else "no explanation; shortfall is a standard transfer/wire fee") + f", short {fmt(fee, cur)}",
        lang=rem_lang(c, rem))
    specs[-1]["inv"] = v
    return True

def s_short_reason():
    c = choose(["JP", "KR", "CN", "TW", "US"], lambda c: not c.get("long"))
    got = pick(c, pred=lambda v: v["balance"] >= 20000 * MINOR[v["currency"]])
    if not got: return False
    v = got[0]; cur = v["currency"]; d = pay_date(got)
    unit = MINOR[cur]
    ded = max(1, int(v["balance"] * rng.uniform(0.02, 0.15)) // (10 * unit)) * 10 * unit
    amt = v["balance"] - ded; hd = human(ded, cur, 0)
    kind = rng.choice(["damaged_goods", "pricing", "returned_goods", "quantity_shortage", "quality_claim"])
    txt = {
        "JP": {"damaged_goods": f"納品時の破損品分 {hd} を差し引いております。", "pricing": f"単価相違（見積単価との差額）{hd} を差し引きました。",
               "returned_goods": f"返品分（RMA済）{hd} を相殺しております。", "quantity_shortage": f"数量不足分 {hd} を控除しました。",
               "quality_claim": f"不良品クレーム分 {hd} を差し引いてお支払いします。"},
        "KR": {"damaged_goods": f"파손품 {hd} 차감 후 입금합니다.", "pricing": f"단가 차이분 {hd} 공제했습니다.",
               "returned_goods": f"반품분 {hd} 상계 처리했습니다.", "quantity_shortage": f"수량 부족분 {hd} 차감했습니다.",
               "quality_claim": f"불량 클레임 금액 {hd} 제외하고 입금합니다."},
        "CN": {"damaged_goods": f"扣除运输破损货款 {hd}。", "pricing": f"扣除单价差额 {hd}。", "returned_goods": f"扣除退货款 {hd}。",
               "quantity_shortage": f"扣除短装数量货款 {hd}。", "quality_claim": f"扣除品质问题索赔 {hd}。"},
        "TW": {"damaged_goods": f"扣除運送破損品 {hd}。", "pricing": f"扣除單價差額 {hd}。", "returned_goods": f"扣除退貨金額 {hd}。",
               "quantity_shortage": f"扣除短交數量 {hd}。", "quality_claim": f"扣除品質不良索賠 {hd}。"},
        "US": {"damaged_goods": f"Deducted {hd} for units damaged in transit.", "pricing": f"Short paid {hd}: price differs from our PO price.",
               "returned_goods": f"Less {hd} credit for returned parts (RMA).", "quantity_shortage": f"Deducted {hd} for quantity short-shipped.",
               "quality_claim": f"Withheld {hd} pending quality claim on defective lot."}}[c["country"]][kind]
    rem = rem_single(c, v, amt, cur, d, extra=txt)
    ref = ref_single(c, v["number"], cur)
    add(c, d, fmt(amt, cur), cur, payer(c), ref, rem, "partial", [app(v, fmt(amt, cur))], fmt(0, cur),
        short={"invoice_id": v["id"], "amount": fmt(ded, cur), "reason": kind},
        reason=f"{v['number']} short paid {fmt(ded, cur)} ({kind})", scenario="short_pay_reason",
        note=f"remittance states the deduction {hd}", lang=rem_lang(c, rem))
    specs[-1]["inv"] = v
    return True

def s_part(rest=False):
    c = choose(["JP", "KR", "CN", "US", "TW"], lambda c: not c.get("long"))
    got = pick(c, pred=lambda v: v["balance"] >= 50000 * MINOR[v["currency"]])
    if not got: return False
    v = got[0]; cur = v["currency"]; d = pay_date(got)
    if d > END - timedelta(15): d = END - timedelta(rng.randint(15, 25))
    if d < date.fromisoformat(v["issue_date"]) + timedelta(2): return False
    unit = MINOR[cur]
    amt = int(v["balance"] * rng.choice([0.3, 0.4, 0.5, 0.6])) // (1000 * unit) * 1000 * unit
    h = human(amt, cur, 0)
    extra = {"JP": f"今回は内金として {h} をお支払いし、残額は来月末にお支払いいたします。", "KR": f"1차 분할금 {h} 입금하며 잔액은 다음 달 입금 예정입니다.",
             "CN": f"本次为部分付款 {h}，余款下月支付。", "TW": f"本次先支付部分款項 {h}，餘款下月支付。",
             "US": f"Partial payment of {h}; balance to follow next month."}[c["country"]]
    rem = rem_single(c, v, amt, cur, d, extra=extra)
    add(c, d, fmt(amt, cur), cur, payer(c), ref_single(c, v["number"], cur), rem, "partial", [app(v, fmt(amt, cur))], fmt(0, cur),
        reason=f"part payment of {v['number']}", scenario="part_payment", note="stated part payment (内金/분할/partial); no deduction case",
        lang=rem_lang(c, rem))
    specs[-1]["inv"] = v
    if rest:
        r = v["balance"] - amt
        d2 = d + timedelta(rng.randint(8, 14))
        ex2 = {"JP": "残金のお支払いです。", "KR": "잔금 입금합니다.", "CN": "支付余款。", "TW": "支付餘款。", "US": "Remaining balance."}[c["country"]]
        rem2 = rem_single(c, v, r, cur, d2, extra=ex2)
        add(c, d2, fmt(r, cur), cur, payer(c), ref_single(c, v["number"], cur), rem2, "applied", [app(v, fmt(r, cur))], fmt(0, cur),
            reason=f"remaining balance of {v['number']} after the earlier part payment", scenario="part_payment_rest",
            note="closes the invoice left open by the customer's earlier part payment in this file", lang=rem_lang(c, rem2))
    return True

def s_over():
    c = choose(None, lambda c: not c.get("long"))
    pp = rng.random() < 0.5
    got = pick(c, fresh=not pp, pred=(lambda v: v["balance"] < v["total"]) if pp else None)
    if not got: return False
    v = got[0]; cur = v["currency"]; d = pay_date(got)
    if pp:
        amt = v["total"]; note = "customer paid the invoice total although part of it was already paid before this file"
    else:
        extra = rng.choice(FEES[cur]) * rng.choice([1, 2]) if cur in ("JPY", "KRW") else rng.choice([1000, 5000, 10000])
        amt = v["balance"] + extra; note = "amount exceeds the referenced invoice's balance; no other invoice named"
    rem = rem_single(c, v, amt, cur, d)
    add(c, d, fmt(amt, cur), cur, payer(c), ref_single(c, v["number"], cur), rem, "unapplied", [app(v, fmt(v["balance"], cur))],
        fmt(amt - v["balance"], cur), reason=f"{v['number']} paid in full; excess held on account", scenario="overpayment", note=note,
        lang=rem_lang(c, rem))
    specs[-1]["inv"] = v
    return True

def s_second():
    cands = [s for s in specs if s["lab"]["scenario"] == "exact_ref" and not s.get("dup") and s["country"] != "KR"]
    if not cands: return False
    s0 = rng.choice(cands); s0["dup"] = True
    v = s0["inv"]; c = CUST[v["customer_id"]]; cur = v["currency"]
    d = date.fromisoformat(s0["pay"]["date"]) + timedelta(rng.randint(3, 20))
    if d > END: d = END
    if d <= date.fromisoformat(s0["pay"]["date"]): return False
    p0 = s0["pay"]
    ref = p0["reference"] or ref_single(c, v["number"], cur)
    rem = p0["remittance"]
    add(c, d, p0["amount"], cur, p0["payer_name"], ref, rem, "unapplied", [], p0["amount"],
        reason=f"{v['number']} was already paid by an earlier payment", scenario="second_payment",
        note="same invoice and amount as an earlier payment in this file (duplicate transfer)", cid=p0["customer_id"],
        lang=s0["lang"])
    specs[-1]["inv"] = v
    return True

def s_nofit():
    c = choose(["JP", "KR", "US", "CN"], lambda c: not c.get("long") and (c["country"] != "JP" or c.get("vacct")))
    cur = c["cur"]; unit = MINOR[cur]
    amt = rng.randint(50, 3000) * 1000 * unit
    d = START + timedelta(rng.randrange((END - START).days))
    po = f"PO-{rng.randint(450000, 459999)}"
    rem = {"JP": rng.choice([None, f"{ME_JP} 御中\n注文書 {po} の前払金として {human(amt, cur, 1)} をお振込みいたします。"]),
           "KR": f"발주서 {po} 선급금 {human(amt, cur, 0)} 입금합니다.",
           "CN": f"预付款：采购订单 {po}，金额 {human(amt, cur, 0)}。",
           "US": f"Prepayment for purchase order {po} ({human(amt, cur, 0)}). No invoice yet."}[c["country"]]
    add(c, d, fmt(amt, cur), cur, payer(c), (f"ﾏｴﾊﾞﾗｲ {po}" if c["country"] == "JP" and rem is None else None), rem,
        "unapplied", [], fmt(amt, cur), reason="known customer; prepayment fits no open invoice", scenario="no_fit_known_customer",
        note="customer identified (virtual account / name); round advance payment for a PO, no invoice matches",
        resolve={"custs": [c["id"]], "subsets": True, "expect": "nofit"}, lang=rem_lang(c, rem) if rem else "none")
    return True

def s_po():
    c = choose(["JP", "KR", "US", "CN"], lambda c: not c.get("long"))
    got = pick(c)
    if not got: return False
    v = got[0]; cur = v["currency"]; d = pay_date(got)
    # a PO number shaped like an invoice number: another customer's invoice, or one that does not exist
    others = [w for w in invoices if w["customer_id"] != c["id"] and w["issue_date"][:7] == v["issue_date"][:7]]
    if rng.random() < 0.7 and others:
        w = rng.choice(others); po = w["number"][3:]
    else:
        po = f"{v['number'][3:7]}-{rng.randint(5000, 9999)}"
    amt = v["balance"]; h = human(amt, cur, 0)
    rem = {"JP": f"{ME_JP} 御中\n弊社注文番号 {po} の代金 {h} をお振込みいたしました。",
           "KR": f"발주번호 {po} 건 대금 {h} 입금했습니다.",
           "CN": f"采购订单号 {po} 货款 {h} 已付。",
           "US": f"Payment for our P.O. {po}, amount {h}."}[c["country"]]
    ref = {"JP": f"ﾁﾕｳﾓﾝ {po}", "KR": None, "CN": f"PO {po}", "US": f"PO#{po}"}[c["country"]]
    add(c, d, fmt(amt, cur), cur, payer(c), ref, rem, "applied", [app(v, fmt(amt, cur))], fmt(0, cur),
        reason="payer's PO number is not our invoice; amount fits one open invoice of the payer", scenario="po_lookalike",
        note=f"'{po}' is the customer's PO number (looks like SI-{po}" + (", another customer's invoice" if BYNUM.get("SI-" + po) else ", no such invoice")
             + "); matched by payer and exact amount",
        resolve={"custs": [c["id"]], "subsets": False}, lang=rem_lang(c, rem))
    specs[-1]["po"] = po
    return True

def s_kr_taxdate():
    c = choose(["KR"], lambda c: not c.get("long"))
    got = pick(c, cur="KRW")
    if not got: return False
    v = got[0]
    if sum(1 for w in invoices if w["customer_id"] == c["id"] and w["issue_date"] == v["issue_date"]) > 1: return False
    d = pay_date(got); amt = v["balance"]
    appr = f"{v['issue_date'].replace('-', '')}-{rng.choice(['41', '42', '10'])}{rng.randint(100000, 999999)}-{rng.randint(10**7, 10**8 - 1):08x}"[:26]
    rem = f"{ME_KR} 담당자님께\n전자세금계산서 승인번호 {appr} 건 대금 {human(amt, 'KRW', 0)} 입금 완료했습니다.\n{c['name']} 회계팀"
    add(c, d, fmt(amt, "KRW"), "KRW", payer(c), None, rem, "applied", [app(v, fmt(amt, "KRW"))], "0",
        reason="세금계산서 approval number dates the invoice; amount equals it", scenario="kr_tax_invoice_no",
        note="the NTS approval number starts with the tax invoice's write date (= issue_date); amount matches the only invoice of that date",
        resolve={"custs": [c["id"]], "subsets": False}, lang="ko")
    specs[-1]["inv"] = v; specs[-1]["appr"] = appr
    return True

def s_ambig(kind):
    if kind == "dup_amount":
        c = choose(["JP", "KR", "US", "TW"], lambda c: not c.get("long"))
        got = pick(c, 2)
        if not got: return False
        a, b = got
        b["total"] = b["balance"] = a["balance"]
        cur = a["currency"]; d = pay_date(got)
        add(c, d, fmt(a["balance"], cur), cur, payer(c), None, None, "review", [], fmt(a["balance"], cur), cands=[[a["id"]], [b["id"]]],
            reason="two open invoices of the payer have exactly this amount", scenario="ambiguous_same_amount",
            note="no reference; two invoices with identical balances", resolve={"custs": [c["id"]], "subsets": False}, lang="none")
        return True
    if kind == "name_cut":
        pair = [c for c in customers if c.get("long") or "ニッポンセミコンダクターデバイスソリューションズグループ" in c["name"]]
        grp = rng.choice([pair[:2], pair[2:]]) if len(pair) == 4 else pair[:2]
        g1 = pick(grp[0]); g2 = pick(grp[1])
        if not g1 or not g2: return False
        a, b = g1[0], g2[0]
        b["total"] = b["balance"] = a["balance"]
        cur = a["currency"]; d = pay_date([a, b])
        add(grp[0], d, fmt(a["balance"], cur), cur, payer(grp[0]), None, None, "review", [], fmt(a["balance"], cur),
            cands=[[a["id"]], [b["id"]]], reason="truncated payer name fits two customers, each with an invoice of this amount",
            scenario="ambiguous_truncated_name", note="bank cut the name before the part that tells the two customers apart",
            cid=None, resolve={"custs": [grp[0]["id"], grp[1]["id"]], "subsets": False}, lang="none")
        return True
    if kind == "ref_vs_amount":
        c = choose(["JP", "US", "CN", "TW"], lambda c: not c.get("long"))
        got = pick(c, 2)
        if not got: return False
        a, b = got
        if a["balance"] <= b["balance"]: a, b = b, a     # referenced invoice a is larger: could be a part payment of a
        cur = a["currency"]; d = pay_date(got)
        ref = ref_single(c, a["number"], cur)
        rem = rem_single(c, a, b["balance"], cur, d) if c["country"] != "JP" else None
        add(c, d, fmt(b["balance"], cur), cur, payer(c), ref, rem, "review", [], fmt(b["balance"], cur), cands=[[a["id"]], [b["id"]]],
            reason=f"reference names {a['number']} but the amount is exactly {b['number']}",
            scenario="ambiguous_ref_vs_amount", note="part payment of the named invoice, or the full amount of another one with a wrong number",
            lang=rem_lang(c, rem) if rem else "none")
        return True
    if kind == "two_subsets":
        c = choose(["JP", "KR"], lambda c: not c.get("long"))
        got = pick(c, 4)
        if not got: return False
        x, y, z, w = got
        nw = x["balance"] + y["balance"] - z["balance"]
        if nw <= 0 or nw in [v["total"] for v in invoices if v["customer_id"] == c["id"]]: return False
        w["total"] = w["balance"] = nw
        cur = x["currency"]; d = pay_date(got, jp_eom=(c["country"] == "JP"))
        amt = x["balance"] + y["balance"]
        add(c, d, fmt(amt, cur), cur, payer(c), None, None, "review", [], fmt(amt, cur),
            cands=[[x["id"], y["id"]], [z["id"], w["id"]]], reason="two different invoice pairs add up to the payment",
            scenario="ambiguous_two_subsets", note="lump sum without remittance; more than one invoice set fits",
            resolve={"custs": [c["id"]], "subsets": True}, lang="none")
        return True
    if kind == "person_payer":
        c = choose(["KR", "JP"], lambda c: not c.get("long"))
        got = pick(c)
        if not got: return False
        v = got[0]; cur = v["currency"]; d = pay_date(got)
        pn = rng.choice(["김민수", "이정훈", "박서연", "최영호"]) if c["country"] == "KR" else rng.choice(["ﾔﾏﾀﾞ ﾀﾛｳ", "ｽｽﾞｷ ﾊﾅｺ", "ﾀﾅｶ ｲﾁﾛｳ"])
        add(c, d, fmt(v["balance"], cur), cur, pn, None, None, "review", [], fmt(v["balance"], cur), cands=[[v["id"]]],
            reason="unknown individual payer; amount equals one open invoice", scenario="unknown_payer_amount_match",
            note="payer is a private person (owner or employee?) not on file; amount is a unique open balance in that currency",
            cid=None, resolve={"custs": None, "subsets": False}, lang="none")
        return True
    if kind == "other_customer_ref":
        c = choose(["JP", "US", "CN"], lambda c: not c.get("long"))
        o = choose([c["country"]], lambda o: o["id"] != c["id"] and not o.get("long"))
        got = pick(o, cur=c["cur"])
        if not got: return False
        v = got[0]; cur = v["currency"]; d = pay_date(got)
        ref = ref_single(c, v["number"], cur)
        rem = rem_single(c, v, v["balance"], cur, d)
        add(c, d, fmt(v["balance"], cur), cur, payer(c), ref, rem, "review", [], fmt(v["balance"], cur), cands=[[v["id"]]],
            reason=f"{v['number']} belongs to another customer", scenario="ambiguous_other_customer_invoice",
            note=f"payer {c['id']} quotes an invoice of {o['id']} with its exact balance: paying for an affiliate, or a wrong number?",
            lang=rem_lang(c, rem))
        return True
    return False

def s_unknown():
    co = rng.choice(["JP", "KR", "US", "CN"])
    cur = {"JP": "JPY", "KR": "KRW", "US": "USD", "CN": "USD"}[co]
    pn = {"JP": rng.choice(["ｶ)ﾐﾄﾞﾘﾔﾏｼﾖｳｶｲ", "ｵｵｻｷﾃﾞﾝｷ(ﾕ", "ﾄｸﾀﾞ ﾏｻﾙ", "ｶ)ｼﾝｾｲﾄﾚｰﾃﾞｲﾝｸﾞ"]),
          "KR": rng.choice(["정수빈", "(주)한결상사", "미림무역"]),
          "US": rng.choice(["DELMAR INDUSTRIAL SUPPLY", "ORCHARD LANE HOLDINGS LLC", "J SMITH"]),
          "CN": rng.choice(["GUANGZHOU YIDA TRADING CO LTD", "HK BRIGHTSTAR SUPPLY LTD"])}[co]
    unit = MINOR[cur]
    amt = rng.randint(1000, 900000) * unit + (rng.randint(0, 99) if unit == 100 else 0)
    d = START + timedelta(rng.randrange((END - START).days))
    ref = rng.choice([None, "ｿｳｷﾝ" if co == "JP" else None, "PAYMENT" if co in ("US", "CN") else None])
    add(None, d, fmt(amt, cur), cur, pn, ref, None, "review", [], fmt(amt, cur), reason="payer not on file; nothing identifies an invoice",
        scenario="unknown_payer", note="no customer with this name, no reference; amount fits no open invoice", cid=None,
        resolve={"custs": None, "subsets": False}, lang="none")
    specs[-1]["country"] = co
    return True

def s_fx():
    c = rng.choice([c for c in customers if len(c["curs"]) > 1])
    got = pick(c, cur="USD")
    if not got: return False
    v = got[0]; d = pay_date(got)
    pcur = c["cur"]
    rate = {"KRW": 1385, "TWD": 32}[pcur]
    amt = (v["balance"] * rate // 100) if pcur == "KRW" else (v["balance"] * rate)
    if pcur == "KRW": amt = amt // 10 * 10
    rem = (f"인보이스 {v['number']} (USD {v['balance'] // 100:,}.{v['balance'] % 100:02d}) 원화 환산 {human(amt, pcur, 0)} 입금합니다."
           if pcur == "KRW" else f"發票 {v['number']}（美金 {v['balance'] // 100:,}.{v['balance'] % 100:02d}）以台幣 {human(amt, pcur, 0)} 支付。")
    add(c, d, fmt(amt, pcur), pcur, payer(c, pcur), None, rem, "review", [], fmt(amt, pcur), cands=[[v["id"]]],
        reason=f"{v['number']} is a USD invoice; payment is in {pcur}", scenario="currency_mismatch",
        note="customer paid a USD invoice in local currency at its own rate; cannot apply across currencies", lang=rem_lang(c, rem))
    return True

def s_bad(k):
    c = choose(["JP", "KR", "US"], lambda c: not c.get("long"))
    cur = c["cur"]
    d = START + timedelta(rng.randrange((END - START).days))
    base = {"pay": None}
    if k == 0:
        amt, note, rem, ref = fmt(0, cur), "zero amount (bank notice of a returned transfer)", None, "ｸﾐﾓﾄﾞｼ" if c["country"] == "JP" else "RETURN"
    elif k == 1:
        amt = fmt(-rng.randint(10, 500) * 1000 * MINOR[cur], cur); note = "negative amount: a reversal/chargeback row in the payments feed"
        rem, ref = None, "ﾌﾘｺﾐﾄﾘｹｼ" if c["country"] == "JP" else "REVERSAL"
    elif k == 2:
        amt = fmt(rng.randint(10, 500) * 1000 * MINOR[cur], cur); note = "currency missing"; rem, ref = None, None
        cur = None
    elif k == 3:
        amt = fmt(rng.randint(10, 500) * 1000 * MINOR[cur], cur); note = "currency code 'YEN'/'WON' is not ISO 4217"; rem, ref = None, None
        cur = {"JPY": "YEN", "KRW": "WON", "USD": "US$"}[cur]
    else:
        amt = fmt(rng.randint(10, 500) * 1000 * MINOR[cur], cur); note = "payment date missing (null)"; rem, ref = None, None
    s = add(c, d, amt, cur, payer(c), ref, rem, "review", [], amt, reason="bad row: " + note,
            scenario="bad_row", note=note + "; nothing can be applied", lang="none")
    if k == 4:
        s["nodate"] = True
    return True

# ---------------------------------------------------------------- driver
def run(fn, n, *a):
    done = tries = 0
    while done < n and tries < n * 60:
        tries += 1
        if fn(*a):
            done += 1
    if done < n:
        print(f"warning: {fn.__name__}{a} made {done}/{n}")

run(s_lump_month, 26); run(s_lump_month, 8, True); run(s_range, 6)
for k in ["dup_amount"] * 5 + ["name_cut"] * 3 + ["ref_vs_amount"] * 5 + ["two_subsets"] * 4 + ["person_payer"] * 4 + ["other_customer_ref"] * 4:
    run(s_ambig, 1, k)
run(s_exact, 100); run(s_exact, 25, True); run(s_exact, 5, False, True); run(s_typo, 10)
run(s_amount_only, 35); run(s_amount_only, 8, 2); run(s_list, 25); run(s_fee, 25); run(s_short_reason, 14)
run(s_part, 8); run(s_part, 4, True); run(s_over, 12); run(s_nofit, 10); run(s_po, 8); run(s_kr_taxdate, 6)
run(s_unknown, 10); run(s_fx, 5)
for k in range(5):
    s_bad(k)
run(s_second, 10)

# ---------------------------------------------------------------- order, resolve, simulate
def dkey(s):
    return s["pay"]["date"] or "2026-11-24"
specs.sort(key=lambda s: (dkey(s), s["k"]))
bal = {v["id"]: v["balance"] for v in invoices}
def tominor(x, cur):
    from decimal import Decimal
    return int(Decimal(x) * MINOR.get(cur, 100))

def open_invs(custs, cur, upto=None):
    return [v for v in invoices if bal[v["id"]] > 0 and v["currency"] == cur and (custs is None or v["customer_id"] in custs)
            and (upto is None or v["issue_date"] <= upto)]

def subsets(pool, target, maxn=6, cap=10):
    pool = sorted(pool, key=lambda v: (v["due_date"], v["number"]))
    h = len(pool) // 2
    L, R = pool[:h], pool[h:]
    def enum(part):
        out = [((), 0)]
        for v in part:
            out += [(t + (v,), s + bal[v["id"]]) for t, s in out if len(t) < maxn]
        return out
    right = defaultdict(list)
    for t, s in enum(R):
        right[s].append(t)
    res = []
    for t, s in enum(L):
        for t2 in right.get(target - s, []):
            if 2 <= len(t) + len(t2) <= maxn:
                res.append(t + t2)
                if len(res) > cap: return res
    return res

def resolve(s, upto):
    p, r = s["pay"], s["resolve"]
    cur, amt = p["currency"], tominor(p["amount"], p["currency"])
    pool = open_invs(r["custs"], cur, upto)
    singles = [v for v in pool if bal[v["id"]] == amt]
    singles.sort(key=lambda v: (v["due_date"], v["number"]))
    if r["custs"] is None:
        return ("review", [[v["id"]] for v in singles])
    if len(singles) == 1:
        return ("applied", [[singles[0]["id"]]])
    if len(singles) > 1:
        return ("review", [[v["id"]] for v in singles])
    if r["subsets"] and len(r["custs"]) == 1:
        subs = subsets(pool, amt)
        subs = [sorted([v["id"] for v in t]) for t in subs]
        subs.sort(key=lambda t: (len(t), t))
        if len(subs) == 1:
            return ("applied", subs)
        if len(subs) > 1:
            return ("review", subs)
    return ("nofit", [])

final, dropped = [], Counter()
for s in specs:
    p, lab = s["pay"], s["lab"]
    if s.get("nodate"):
        p["date"] = None
    if s["resolve"]:
        a = resolve(s, p["date"]); b = resolve(s, None)
        if a != b:
            dropped["issue-date dependent"] += 1; continue
        st, sets = a
        planned = lab["status"]
        if planned == "applied":
            ok = st == "applied" and sorted(sets[0]) == sorted(x["invoice_id"] for x in lab["applications"])
        elif planned == "review":
            ok = st == "review" and sorted(map(sorted, sets)) == sorted(map(sorted, lab["candidates"]))
            if lab["scenario"] in ("unknown_payer_amount_match", "unknown_payer"):
                lab["candidates"] = sets; ok = st == "review"
        else:
            ok = st == "nofit"
        if not ok:
            dropped[lab["scenario"]] += 1; continue
        if planned == "review":
            lab["candidates"] = sets
    cur = p["currency"]
    for x in lab["applications"]:
        m = tominor(x["amount"], cur)
        assert INV[x["invoice_id"]]["currency"] == cur and 0 < m <= bal[x["invoice_id"]], (lab, bal[x["invoice_id"]])
    for x in lab["applications"]:
        bal[x["invoice_id"]] -= tominor(x["amount"], cur)
    final.append(s)
print("dropped:", dict(dropped))
for i, s in enumerate(final):
    s["pay"]["id"] = s["lab"]["payment_id"] = f"p-{i + 1:04d}"

os.makedirs(OUT, exist_ok=True)
inv_out = [dict(v, total=fmt(v["total"], v["currency"]), balance=fmt(v["balance"], v["currency"])) for v in invoices]
def dump(name, obj):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
dump("invoices.json", inv_out)
dump("payments.json", [s["pay"] for s in final])
dump("labels.json", [s["lab"] for s in final])
print(len(invoices), "invoices", len(final), "payments")
print(Counter(s["lab"]["status"] for s in final))
print(Counter(s["lab"]["scenario"] for s in final))

# ---------------------------------------------------------------- README
st = Counter(s["lab"]["status"] for s in final)
sc = Counter((s["lab"]["scenario"], s["lab"]["status"]) for s in final)
lg = Counter(s["lang"] for s in final)
ctry = Counter(s["country"] for s in final)
pcur = Counter(s["pay"]["currency"] for s in final)
icur = Counter(v["currency"] for v in invoices)
ictry = Counter(CUST[v["customer_id"]]["country"] for v in invoices)
def table(cnt, h):
    return f"| {h} | count |\n|---|---|\n" + "\n".join(f"| {k} | {n} |" for k, n in sorted(cnt.items(), key=lambda x: (-x[1], str(x[0]))))
readme = f"""# Blind cash-application set: JP/KR electronic-components distributor (`jp_kr_components`)

Written blind from `contracts/cash-application.md` only. Seed 259, `python3 build.py` regenerates everything;
`python3 check.py` re-verifies every label from the data (exit 0 = pass).

## Theme
Hanaden Components (株式会社ハナデン部品 / 하나덴부품(주), made up) distributes electronic components and bills
Japanese OEMs, contract manufacturers and repair shops (JPY), Korean ones (KRW, two of them also USD export invoices),
Taiwanese customers (TWD, two also USD), Chinese contract manufacturers (USD) and US contract manufacturers (USD).
All companies and people are invented.

Invoice numbers are `SI-YYMM-NNNN` (one running sequence per issue month across all customers, so a customer's
invoices are not consecutive). JP and KR invoices follow 月末締め翌月末払い / 익월말: due the last day of the month
after issue; others net 30/45/60. About 5 % of invoices were already part-paid before this file (`balance` < `total`).

Bank data, as the payer's bank delivers it:
- **Japan (Zengin furikomi)**: `payer_name` is the 振込依頼人名 in half-width katakana, with the legal form as `ｶ)` / `ﾕ)` / `ﾄﾞ)`
  before or `(ｶ` / `(ﾕ` after the name (some banks print `(ｶ)`), small kana written large (`ｼﾖｳｼﾞ` for ショウジ, `ﾆﾂﾎﾟﾝ`),
  cut to 48 characters. `reference` is the 20-character EDI field (`SI26090456`, `ｾｲｷﾕｳ SI26090456`, `9ｶﾞﾂｼﾒﾌﾞﾝ`,
  `ﾃｽｳﾘﾖｳｻｼﾋｷ`). `customer_id` is known only for customers paying into a virtual account (バーチャル口座).
  Customer master names are kanji/katakana (`株式会社アオバ電子`); linking them to the kana needs the usual readings
  (電子 ﾃﾞﾝｼ, 電機 ﾃﾞﾝｷ, 工業 ｺｳｷﾞﾖｳ, 製作所 ｾｲｻｸｼﾖ, 精密 ｾｲﾐﾂ, 技研 ｷﾞｹﾝ, 通信 ﾂｳｼﾝ, 産業 ｻﾝｷﾞﾖｳ, 商事 ｼﾖｳｼﾞ, 実装 ｼﾞﾂｿｳ ...).
- **Korea**: `payer_name` is the 7-character 입금자명 memo (`(주)한빛전자`, `한빛전자(주)`, `주식회사한빛전` cut mid-name,
  `㈜보성테크`, `대원이엔지(주` cut before the closing parenthesis); no reference; remittance e-mails in Korean quote
  세금계산서/청구서 numbers, or an NTS e-tax-invoice approval number (`YYYYMMDD-41xxxxxx-xxxxxxxx`, the first 8 digits are
  the tax invoice's write date = our `issue_date`).
- **Taiwan**: TWD domestic transfers show the Chinese company name (`宏遠電子股份有限公司`), USD wires the SWIFT name.
- **China / US**: SWIFT 50K names upper-cased and cut to 35 characters, US ACH names cut to 16 (`SABLE CREEK INST`);
  references like `/INV/SI-2609-0456`, `/RFB/SI26090456`, or a list cut at 35 characters.
- Remittance texts in Japanese, Korean, Traditional and Simplified Chinese, English.

Amounts are decimal strings: JPY and KRW have no decimals (`"128000"`), TWD and USD two (`"45800.00"`). Labels use the
same style; compare amounts as decimals.

## Files (`jp_kr_components/`)
| file | content |
|---|---|
| `invoices.json` | {len(invoices)} open invoices, contract fields; currencies {dict(icur)}; customers by country {dict(ictry)} |
| `payments.json` | {len(final)} payments, oldest first (`date` ascending; one bad row has `date` null and sits where it arrived) |
| `labels.json` | one expected MATCHES.json entry per payment, same order, plus `scenario` and `note` |

## Label conventions
- Payments are applied in file order; each label assumes every earlier label was applied exactly as labelled.
- `applied`: applications add up to the payment, `unapplied` is zero.
- `partial`: `unapplied` zero; an invoice stays open on purpose. Short pays carry
  `short_pay = {{"invoice_id", "amount" (the deduction), "reason"}}` with reason codes `bank_fee` (振込手数料 / 이체수수료 /
  intermediary wire charges), `damaged_goods`, `pricing`, `returned_goods`, `quantity_shortage`, `quality_claim`.
  A stated part payment (内金, 1차 분할금, partial payment) is `partial` with `short_pay` null.
- A payment that falls short of the invoice balance by exactly a standard transfer fee (JPY 145-880, KRW 500/1,000,
  TWD 15/30, USD 15-35) with the invoice named is a `bank_fee` short pay even when nobody says so (Japanese payers
  routinely deduct 振込手数料); notes say whether the deduction was stated.
- Monthly-closing lump paid less a transfer fee: every invoice of the month is applied in full except the last one
  (latest `issue_date`, then highest number), which carries the fee as the short pay. This placement is our choice.
- `unapplied`: overpayment (referenced invoice paid in full and listed, remainder unapplied), a second transfer of an
  invoice an earlier payment in this file already paid (no applications), or a known customer's prepayment that fits no
  invoice (no applications).
- `review`: nothing applied, `unapplied` equals the payment amount, `candidates` is a list of invoice-id lists, best
  first (referenced invoice first, otherwise earliest due date). Unknown payers get the invoices whose open balance
  equals the amount as candidates (often none).
- Bad rows (zero or negative amount, missing or non-ISO currency, missing date) are `review` with no candidates;
  `unapplied` echoes the row's amount. The contract defines no `error` field, so none is labelled.
- Amount-only matches (no usable reference) were labelled by searching the payer's open invoices in that currency at
  that point of the file: one invoice with exactly that balance → applied; several → review; no single invoice but
  exactly one set of 2-6 invoices → applied (lump); several sets → review. Cases whose outcome would change if invoices
  issued after the payment date were excluded/included were dropped from the set.
- A payer-side PO number shaped like our invoice number (`弊社注文番号 2609-0412`, `PO#2609-0412`) is not an invoice
  reference, even when `SI-2609-0412` exists for another customer; those payments are matched by payer and exact amount.

## Counts
Status:

{table(st, "status")}

Scenario / status:

{table(Counter({f"{a} / {b}": n for (a, b), n in sc.items()}), "scenario / status")}

Payer country:

{table(ctry, "country")}

Language of the remittance/reference text (`none` = name and amount only):

{table(lg, "language")}

Payment currency (bad rows keep their broken value):

{table(Counter(str(k) for k in pcur.elements()), "currency")}

## Deliberately hard
- Half-width katakana payer names with legal-form marks in three positions, large-kana spelling, and the 48-character cut;
  two customers whose names only differ after character 48 (`ambiguous_truncated_name`) and two Korean customers
  (`주식회사 대한정밀` / `주식회사 대한정보통신`) whose 7-character memo is identical.
- 月末締め lump sums identified only by the month (`9ｶﾞﾂｼﾒﾌﾞﾝ`, `9월분`), some less a 振込手数料; unnamed lumps solvable only
  by subset sums, and lumps where two invoice pairs give the same total.
- Invoice numbers written `SI26090456`, `2609-0456`, full-width `ＳＩ－２６０９－０４５６`, `si 2609 0456`, `No.26090456`, with
  transposed/mistyped digits (sometimes producing another customer's real invoice number), and ranges
  (`SI-2607-0031～0223`) whose gaps hold other customers' invoices.
- Korean payments identified only through the NTS approval number's date.
- Factoring companies (一括決済) and Hong Kong affiliates paying with an exact reference (applied), versus a customer quoting
  another customer's invoice with its exact amount (review).
- A referenced invoice whose balance differs while the amount equals another open invoice (review).
- Local-currency payment of a USD invoice (review: applications must be in the invoice's currency).
- Overpayments where the customer paid the invoice total although it had been part-paid before.
"""
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
    f.write(readme)
