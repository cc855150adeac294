#!/usr/bin/env python3
"""Blind held-out set for the cash-application contract (`match`).

Theme: a building-materials and insulation distributor ("Termoplast Balkan")
selling in Romania, Bulgaria, Serbia, Croatia and Slovenia, invoicing in RON,
BGN, RSD and EUR. Deterministic, stdlib only: `python3 build.py` rewrites
ledger_balkans/{invoices,payments,labels}.json and README.md byte for byte.
"""
import json
import os
import random
import unicodedata
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_balkans")
R = random.Random(109_2025)
D = Decimal
C = D("0.01")


def q(x):
    return D(x).quantize(C, rounding=ROUND_HALF_UP)


def s(x):
    return str(q(x))


def hexid(prefix, n, used):
    while True:
        v = prefix + "".join(R.choice("0123456789abcdef") for _ in range(n))
        if v not in used:
            used.add(v)
            return v


USED_IDS = set()

# --------------------------------------------------------------------------
# Stage 1: customers
# --------------------------------------------------------------------------
RO_A = ["Termoizolații", "Construct", "Materiale", "Fațade", "Acoperiș", "Instal", "Casa", "Zidăria",
        "Betonul", "Tencuieli", "Izoterm", "Gips-Carton", "Structuri", "Renovări", "Montaj"]
RO_B = ["Mureș", "Argeș", "Someș", "Bârsa", "Dâmbovița", "Ștefănescu", "Țicleanu", "Brașov", "Crișana",
        "Vâlcea", "Pitești", "Iași", "Suceava", "Oltenia", "Ardeal", "Bănățeanu", "Dobrogea", "Făgăraș",
        "Țepeș", "Slănic", "Hunedoara", "Buzău"]
RO_F = ["SRL", "S.R.L.", "SRL", "SA", "S.R.L."]
BG_A = ["Строй", "Термо", "Изолация", "Покриви", "Фасади", "Булстрой", "Градеж", "Мазилки", "Хидро",
        "Тухла", "Бетон", "Гипс"]
BG_B = ["Пловдив", "Варна", "Бургас", "Русе", "Плевен", "Стара Загора", "Шумен", "Добрич", "Сливен",
        "Хасково", "Ямбол", "Перник", "Габрово", "Монтана"]
BG_F = ["ЕООД", "ООД", "ЕАД", "АД"]
RS_A = ["Građevinar", "Izolacija", "Krovovi", "Fasade", "Gradnja", "Termo", "Zidar", "Opeka", "Gips",
        "Stovarište", "Keramika", "Beton"]
RS_B = ["Čačak", "Šabac", "Niš", "Novi Sad", "Kragujevac", "Užice", "Subotica", "Zrenjanin", "Požarevac",
        "Smederevo", "Valjevo", "Kruševac", "Pančevo", "Sombor", "Ćuprija", "Đurić"]
RS_F = ["d.o.o.", "doo", "d.o.o.", "a.d."]
HR_A = ["Žbuka", "Izolacije", "Krovopokrivač", "Građa", "Fasaderstvo", "Gradnja", "Termo", "Zidarstvo",
        "Ključ", "Stolarija", "Montaža"]
HR_B = ["Čakovec", "Osijek", "Split", "Zadar", "Rijeka", "Varaždin", "Šibenik", "Požega", "Vukovar",
        "Karlovac", "Sisak", "Koprivnica", "Đakovo", "Pula"]
HR_F = ["d.o.o.", "d.o.o.", "j.d.o.o.", "obrt"]
SI_A = ["Fasade", "Gradbeništvo", "Izolacije", "Krovstvo", "Gradnje", "Zidarstvo", "Tesarstvo",
        "Termo", "Suhomontaža", "Obnove"]
SI_B = ["Košir", "Žagar", "Celje", "Čepin", "Kranj", "Novak", "Zupančič", "Ptuj", "Maribor", "Koper",
        "Škofja Loka", "Kočevje", "Krajnc", "Hočevar"]
SI_F = ["d.o.o.", "d.o.o.", "s.p.", "d.d."]

CYR2LAT_RS = {"А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Ђ": "Đ", "Е": "E", "Ж": "Ž", "З": "Z",
              "И": "I", "Ј": "J", "К": "K", "Л": "L", "Љ": "Lj", "М": "M", "Н": "N", "Њ": "Nj", "О": "O",
              "П": "P", "Р": "R", "С": "S", "Т": "T", "Ћ": "Ć", "У": "U", "Ф": "F", "Х": "H", "Ц": "C",
              "Ч": "Č", "Џ": "Dž", "Ш": "Š"}
LAT2CYR_RS = {}
for _k, _v in CYR2LAT_RS.items():
    LAT2CYR_RS[_v] = _k
BG_TRANS = {"А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ж": "ZH", "З": "Z", "И": "I",
            "Й": "Y", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R", "С": "S",
            "Т": "T", "У": "U", "Ф": "F", "Х": "H", "Ц": "TS", "Ч": "CH", "Ш": "SH", "Щ": "SHT", "Ъ": "A",
            "Ь": "Y", "Ю": "YU", "Я": "YA"}


def to_cyr_rs(text):
    """Serbian Latin -> Cyrillic (digraphs first)."""
    out, i = [], 0
    while i < len(text):
        two = text[i:i + 2]
        if two in ("Lj", "Nj", "Dž", "LJ", "NJ", "DŽ", "lj", "nj", "dž"):
            out.append(LAT2CYR_RS[two[0].upper() + two[1].lower()].lower() if two[0].islower()
                       else LAT2CYR_RS[two[0].upper() + two[1].lower()])
            i += 2
            continue
        ch = text[i]
        up = ch.upper()
        if up in LAT2CYR_RS:
            c = LAT2CYR_RS[up]
            out.append(c if ch.isupper() else c.lower())
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def rs_to_lat(text):
    out = []
    for c in text:
        if c.upper() in CYR2LAT_RS:
            v = CYR2LAT_RS[c.upper()]
            out.append(v if c.isupper() else v.lower())
        else:
            out.append(c)
    return "".join(out)


def strip_diacritics(text, dj="DJ"):
    text = text.replace("Đ", dj).replace("đ", dj.lower())
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def bg_translit(text):
    return "".join(BG_TRANS.get(c, c) for c in text.upper())


COUNTRIES = [("RO", 100), ("BG", 60), ("RS", 55), ("HR", 45), ("SI", 40)]
CUSTOMERS = []


def make_customers():
    seen = set()
    n = 1
    for cc, count in COUNTRIES:
        made = 0
        while made < count:
            if cc == "RO":
                name = f"{R.choice(RO_A)} {R.choice(RO_B)} {R.choice(RO_F)}"
                if R.random() < 0.15:
                    name = "S.C. " + name
            elif cc == "BG":
                name = f"{R.choice(BG_A)} {R.choice(BG_B)} {R.choice(BG_F)}"
            elif cc == "RS":
                name = f"{R.choice(RS_A)} {R.choice(RS_B)} {R.choice(RS_F)}"
                if R.random() < 0.3:
                    name = to_cyr_rs(name)
            elif cc == "HR":
                name = f"{R.choice(HR_A)} {R.choice(HR_B)} {R.choice(HR_F)}"
            else:
                name = f"{R.choice(SI_A)} {R.choice(SI_B)} {R.choice(SI_F)}"
            key = strip_diacritics(name).upper().replace(".", "").replace("S C ", "")
            if key in seen:
                continue
            seen.add(key)
            cid = f"C{cc}{n:04d}" if False else hexid("cus_", 6, USED_IDS)
            cur = {"RO": "RON", "BG": "BGN", "RS": "RSD", "HR": "EUR", "SI": "EUR"}[cc]
            series = {"RO": R.choice(["BMR", "BMC", "BMT"]), "BG": "BG", "RS": "RS",
                      "HR": R.choice(["HR1", "HR1", "HR2"]), "SI": "SI"}[cc]
            CUSTOMERS.append({"id": cid, "name": name, "cc": cc, "currency": cur, "series": series,
                              "eur": cc == "RO" and R.random() < 0.15})
            made += 1
            n += 1


# --------------------------------------------------------------------------
# Stage 1b: invoice number pools (number sequences with gaps, dates monotonic)
# --------------------------------------------------------------------------
POOL_SPEC = {  # series: (first number, size)
    "BMR": (104210, 330), "BMC": (204115, 330), "BMT": (304388, 330), "BME": (400512, 120),
    "BG": (31042, 480), "RS": (5108, 420), "HR1": (1203, 330), "HR2": (1088, 160), "SI": (312, 330),
}
POOLS = {}
START = date(2025, 5, 2)
END = date(2025, 9, 30)


def make_pools():
    for ser, (first, size) in POOL_SPEC.items():
        num = first
        slots = []
        span = (END - START).days
        for i in range(size):
            d = START + timedelta(days=int(span * i / size))
            slots.append({"n": num, "issue": d, "taken": False, "i": i})
            num += 1 if R.random() < 0.55 else R.randint(2, 4)
        POOLS[ser] = slots


def number_text(ser, n):
    if ser in ("BMR", "BMC", "BMT", "BME"):
        return f"{ser} {n}"
    if ser == "BG":
        return f"{n:010d}"
    if ser == "RS":
        return f"RN {n}/25"
    if ser == "HR1":
        return f"{n}-1-1"
    if ser == "HR2":
        return f"{n}-2-1"
    if ser == "SI":
        return f"25-{n:05d}"
    raise ValueError(ser)


AMOUNT_RANGE = {"RON": (350, 42000), "BGN": (140, 19000), "RSD": (12000, 2100000), "EUR": (80, 9500)}

INVOICES = []  # dicts with extra private keys (_ser, _n, _cust, _issue)
INV_BY_ID = {}
BAL = {}  # generation-time balances (Decimal)


def rand_amount(cur):
    lo, hi = AMOUNT_RANGE[cur]
    # log-uniform feel
    x = lo * (hi / lo) ** R.random()
    if cur == "RSD" and R.random() < 0.5:
        return q(round(x))
    return q(D(str(round(x, 2))))


def add_invoice(cust, ser, slot, total=None, balance=None, cur=None):
    slot["taken"] = True
    cur = cur or ("EUR" if ser == "BME" else cust["currency"])
    total = q(total) if total is not None else rand_amount(cur)
    if balance is None:
        balance = total
    terms = R.choice([30, 30, 45, 60, 60, 90])
    inv = {
        "id": hexid("inv_", 8, USED_IDS),
        "number": number_text(ser, slot["n"]),
        "customer_id": cust["id"],
        "customer_name": cust["name"],
        "currency": cur,
        "total": s(total),
        "balance": s(balance),
        "issue_date": slot["issue"].isoformat(),
        "due_date": (slot["issue"] + timedelta(days=terms)).isoformat(),
        "_ser": ser, "_n": slot["n"], "_cust": cust, "_issue": slot["issue"],
    }
    INVOICES.append(inv)
    INV_BY_ID[inv["id"]] = inv
    BAL[inv["id"]] = q(balance)
    return inv


def free_slot(ser):
    free = [sl for sl in POOLS[ser] if not sl["taken"]]
    return R.choice(free)


def free_run(ser, k):
    """k untaken slots with consecutive numbers."""
    sl = POOLS[ser]
    starts = []
    for i in range(len(sl) - k + 1):
        run = sl[i:i + k]
        if all(not x["taken"] for x in run) and all(run[j + 1]["n"] == run[j]["n"] + 1 for j in range(k - 1)):
            starts.append(i)
    i = R.choice(starts)
    return sl[i:i + k]


def cust_series(cust, eur=False):
    return "BME" if eur else cust["series"]


def make_fillers():
    for cust in CUSTOMERS:
        k = R.choice([3, 4, 4, 5, 5, 5, 6, 6])
        for _ in range(k):
            add_invoice(cust, cust["series"], free_slot(cust["series"]))
        if cust["eur"]:
            for _ in range(R.choice([1, 2])):
                add_invoice(cust, "BME", free_slot("BME"))
    # some invoices already partly paid before the extract
    for inv in INVOICES:
        if R.random() < 0.12:
            tot = D(inv["total"])
            paid = q(tot * D(str(R.choice([0.2, 0.25, 0.3, 0.4, 0.5, 0.6]))))
            inv["balance"] = s(tot - paid)
            BAL[inv["id"]] = tot - paid


def open_invs(cust, cur=None):
    return [i for i in INVOICES if i["_cust"] is cust and BAL[i["id"]] > 0
            and (cur is None or i["currency"] == cur)]


# --------------------------------------------------------------------------
# Stage 2: bank-text helpers
# --------------------------------------------------------------------------
def loc_amt(x, style="dot"):
    """1234.5 -> '1.234,50' (dot), '1 234,50' (space), '1234,50' (plain), '1,234.50' (en)."""
    x = q(x)
    neg = x < 0
    whole, frac = f"{abs(x):.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if style == "dot":
        t = ".".join(groups) + "," + frac
    elif style == "space":
        t = " ".join(groups) + "," + frac
    elif style == "en":
        t = ",".join(groups) + "." + frac
    else:
        t = "".join(groups) + "," + frac
    return ("-" if neg else "") + t


def dmy(d):
    return d.strftime("%d.%m.%Y")


def payer_name(cust, mode=None):
    name = cust["name"]
    cc = cust["cc"]
    if cc == "BG":
        if mode is None:
            mode = R.choice(["cyr", "lat", "lat"])
        t = name.upper() if mode == "cyr" else bg_translit(name)
    elif cc == "RS":
        if mode is None:
            mode = R.choice(["lat", "lat", "cyr"])
        if mode == "cyr":
            t = to_cyr_rs(name).upper()
        else:
            lat = rs_to_lat(name)
            t = strip_diacritics(lat, "DJ").upper()
    elif cc == "HR":
        t = strip_diacritics(name, "D").upper()
    else:
        t = strip_diacritics(name).upper()
    if R.random() < 0.5:
        t = t.replace(".", "")
    if t.startswith("S.C. ") or t.startswith("SC "):
        t = t if R.random() < 0.5 else t.split(" ", 1)[1]
    cut = R.choice([18, 20, 22, 24, 28, 35, 35, 70])
    return t[:cut].rstrip()


def short_no(inv):
    """how the customer usually writes the number"""
    ser, n = inv["_ser"], inv["_n"]
    if ser == "BG":
        return str(n)
    if ser == "RS":
        return f"{n}/25"
    return inv["number"].split(" ")[-1]


def rs_poziv(n, compact=False):
    digits = f"{n}25"
    ctrl = 98 - (int(digits) * 100) % 97
    return f"97 {ctrl:02d}{digits}" if compact else f"97 {ctrl:02d}-{n}-25"


def si12(n):
    digits = f"25{n:05d}"
    tot = sum(int(c) * w for c, w in zip(reversed(digits), range(2, 20)))
    r = 11 - tot % 11
    cd = 0 if r >= 10 else r
    return f"SI12 {digits}{cd}"


def ref_single(inv, extra=""):
    ser, n, iss = inv["_ser"], inv["_n"], inv["_issue"]
    cc = inv["_cust"]["cc"]
    op = R.randint(12, 4890)
    if cc == "RO":
        sr = ser
        opts = [f"contravaloare factura seria {sr} nr. {n}",
                f"c/v fact {sr} {n}",
                f"CV FACT {sr}{n} DIN {dmy(iss)}",
                f"PLATA FACTURA NR {n}/{dmy(iss)}",
                f"c/v fact. nr. {sr}-{n} materiale constructii",
                f"OP {op} contravaloare fact {n}",
                f"Plata OP/{op}; c/v fact seria {sr} nr {n}",
                f"C/V FCT {sr} {n} DIN {iss.strftime('%d/%m/%Y')}"]
    elif cc == "BG":
        full = f"{n:010d}"
        opts = [f"плащане по фактура № {full}",
                f"ПЛАЩАНЕ ПО Ф-РА {n}/{dmy(iss)}",
                f"FAKTURA {n}",
                f"PLASHTANE PO FAKTURA No {full}",
                f"ф-ра №{n} от {dmy(iss)}",
                f"Пл. по ф. {n}",
                f"PL. F-RA {full} OT {dmy(iss)}",
                f"плащане фактура {n} изолац. материали"]
    elif cc == "RS":
        opts = [f"Sifra 221 Svrha: placanje po racunu {n}/25 Poziv na broj: {rs_poziv(n)}",
                f"уплата по рачуну бр. {n}/25 позив на број {rs_poziv(n)}",
                f"PROMET ROBE I USLUGA - RN {n}/25",
                f"poziv na broj ({rs_poziv(n, True)[:2]}) {rs_poziv(n, True)[3:]} promet robe",
                f"placanje fakture {n}/25, model 97",
                f"Плаћање рачуна RN {n}/25 poziv na br. {rs_poziv(n)}",
                f"221 UPLATA PO RACUNU {n}-25"]
    elif cc == "HR":
        nn = inv["number"]
        opts = [f"HR01 {nn} Placanje racuna",
                f"HR00 {nn}",
                f"HR99 Placanje po racunu br. {nn}",
                f"PLAĆANJE RAČUNA {nn}",
                f"uplata po racunu {nn.replace('-', '/')}",
                f"HR01 {nn} PLACANJE R-1 {nn}"]
    else:
        nn = inv["number"]
        opts = [f"{si12(n)} PLACILO RACUNA",
                f"SI00 {nn}",
                f"SI99 Plačilo računa št. {nn}",
                f"RAC {nn}",
                f"SI00 {nn} placilo za material",
                f"{si12(n)} RAČUN {nn}"]
    t = R.choice(opts)
    return (t + " " + extra).strip() if extra else t


def list_text(invs):
    cc = invs[0]["_cust"]["cc"]
    nums = [short_no(i) for i in invs]
    if cc == "RO":
        ser = invs[0]["_ser"]
        return R.choice([f"c/v fact {ser} " + ", ".join(nums),
                         f"CV FACTURI {ser} " + "/".join(nums),
                         "contravaloare facturile " + ", ".join(f"{ser} {x}" for x in nums),
                         "PLATA FACT " + " SI ".join(nums)])
    if cc == "BG":
        return R.choice(["плащане по фактури № " + ", ".join(nums[:-1]) + " и " + nums[-1],
                         "FAKTURI " + ",".join(nums),
                         "ф-ри " + "; ".join(f"{int(x):010d}" for x in nums)])
    if cc == "RS":
        return R.choice(["placanje racuna " + ", ".join(nums),
                         "уплата по рачунима " + ", ".join(nums[:-1]) + " и " + nums[-1],
                         "Sifra 221 promet robe RN " + " RN ".join(nums)])
    if cc == "HR":
        return R.choice(["Placanje racuna " + ", ".join(nums),
                         "HR99 uplata po racunima " + " i ".join(nums)])
    return R.choice(["PLACILO RAC. " + ", ".join(nums), "SI99 Placilo racunov " + "; ".join(nums)])


def range_text(invs):
    cc = invs[0]["_cust"]["cc"]
    a, b = invs[0], invs[-1]
    if cc == "RO":
        return R.choice([f"c/v fact {a['_ser']} {a['_n']}-{b['_n']}",
                         f"CV FACTURI SERIA {a['_ser']} NR {a['_n']} - {b['_n']}"])
    if cc == "BG":
        return R.choice([f"плащане по фактури от № {a['_n']} до № {b['_n']}",
                         f"FAKTURI {a['_n']}-{b['_n']}"])
    if cc == "RS":
        return R.choice([f"uplata po racunima od {a['_n']}/25 do {b['_n']}/25",
                         f"рачуни {a['_n']}-{b['_n']}/25"])
    if cc == "HR":
        return f"Placanje racuna {a['_n']} do {b['_n']}-{a['_ser'][-1]}-1"
    return f"PLACILO RACUNOV 25-{a['_n']:05d} DO 25-{b['_n']:05d}"


CUR_WORD = {"RON": "RON", "BGN": "лв.", "RSD": "RSD", "EUR": "EUR"}


def remit_text(cust, lines, total, cur, note=None):
    cc = cust["cc"]
    head = {"RO": "AVIZ DE PLATA / Furnizor: TERMOPLAST BALKAN SRL",
            "BG": "Уведомление за плащане / Доставчик: ТЕРМОПЛАСТ БАЛКАН ЕООД",
            "RS": "Obaveštenje o plaćanju - dobavljač Termoplast Balkan d.o.o. Beograd",
            "HR": "Obavijest o plaćanju - dobavljač Termoplast Balkan d.o.o. Zagreb",
            "SI": "Obvestilo o plačilu - dobavitelj Termoplast Balkan d.o.o. Ljubljana"}[cc]
    word = {"RO": ("Factura", "Total"), "BG": ("Фактура №", "Общо"), "RS": ("Račun", "Ukupno"),
            "HR": ("Račun", "Ukupno"), "SI": ("Račun", "Skupaj")}[cc]
    style = "space" if cc == "BG" else "dot"
    out = [head, f"Platitor / payer: {cust['name']}"]
    for inv, amt in lines:
        out.append(f"{word[0]} {inv['number']} din/od {dmy(inv['_issue'])}   {loc_amt(amt, style)} {CUR_WORD[cur]}")
    if note:
        out.append(note)
    out.append(f"{word[1]}: {loc_amt(total, style)} {CUR_WORD[cur]}")
    return "\n".join(out)


GENERIC = {"RO": ["PLATA MARFA", "contravaloare marfa", "OP {op}", "plata furnizor", "c/v materiale"],
           "BG": ["ПЛАЩАНЕ", "плащане по сметка", "PLASHTANE", "за материали"],
           "RS": ["promet robe i usluga", "Sifra 221 uplata", "уплата за робу", "placanje dobavljacu"],
           "HR": ["Placanje", "HR99 uplata", "placanje dobavljacu", "UPLATA"],
           "SI": ["PLACILO", "SI99 placilo blaga", "placilo dobavitelju", "SI99"]}


def generic_ref(cc):
    t = R.choice(GENERIC[cc] + [None])
    return t.format(op=R.randint(10, 3999)) if t else None


# --------------------------------------------------------------------------
# Stage 3: scenarios. Each one reserves what it touches (USED invoices,
# EXCL customers for amount-driven cases) so that no two scenarios interfere;
# labels are computed from generation-time balances and re-verified by a
# replay in file order at the end (verify()).
# --------------------------------------------------------------------------
EVENTS = []
EXCL = set()
USED = set()
PSTART, PEND = date(2025, 10, 1), date(2025, 12, 19)


def bizday(d):
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def pdate(lo=PSTART, hi=PEND):
    return bizday(lo + timedelta(days=R.randint(0, max(0, (hi - lo).days))))


def event(d, amount, cur, payer, cid, ref, rem, status, apps, unapplied, short=None, cands=None,
          reason="", scen="", note=""):
    pid = hexid("pay_", 10, USED_IDS)
    payment = {"id": pid, "date": d.isoformat(), "amount": s(amount), "currency": cur,
               "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": rem}
    label = {"payment_id": pid, "status": status,
             "applications": [{"invoice_id": i["id"], "amount": s(a)} for i, a in apps],
             "unapplied": s(unapplied),
             "short_pay": short, "candidates": [{"invoice_ids": [i["id"] for i in cs]} for cs in (cands or [])],
             "reason": reason, "scenario": scen, "note": note}
    for i, a in apps:
        BAL[i["id"]] -= q(a)
        assert BAL[i["id"]] >= 0
    ev = {"date": d, "tie": R.random(), "payment": payment, "label": label}
    EVENTS.append(ev)
    return ev


def country_pick():
    return R.choices(["RO", "BG", "RS", "HR", "SI"], weights=[34, 20, 18, 15, 13])[0]


def free_customers(cc=None, excl_ok=False):
    out = []
    for c in CUSTOMERS:
        if cc and c["cc"] != cc:
            continue
        if c["id"] in EXCL:
            continue
        if not excl_ok and any(i["id"] in USED for i in INVOICES if i["_cust"] is c):
            continue
        out.append(c)
    return out


def pick_inv(cc=None, pred=lambda i: True):
    cc = cc or country_pick()
    pool = [i for i in INVOICES if i["_cust"]["cc"] == cc and i["_cust"]["id"] not in EXCL
            and i["id"] not in USED and BAL[i["id"]] > 0 and pred(i)]
    inv = R.choice(pool)
    USED.add(inv["id"])
    return inv


def pick_cust_invs(cc, k, cur=None):
    """a shared (non-exclusive) customer with k unused open invoices in one currency"""
    while True:
        c = R.choice([x for x in CUSTOMERS if x["cc"] == cc and x["id"] not in EXCL])
        cur_ = cur or c["currency"]
        invs = [i for i in INVOICES if i["_cust"] is c and i["currency"] == cur_
                and i["id"] not in USED and BAL[i["id"]] > 0]
        if len(invs) >= k:
            ch = sorted(R.sample(invs, k), key=lambda i: i["_n"])
            for i in ch:
                USED.add(i["id"])
            return c, ch


def reserve_excl(cc=None, pred=lambda c: True):
    pool = [c for c in free_customers(cc) if not c["eur"] and pred(c)]
    c = R.choice(pool)
    EXCL.add(c["id"])
    for i in INVOICES:
        if i["_cust"] is c:
            USED.add(i["id"])
    return c


def subsets_summing(invs, amount):
    out = []
    for k in range(1, len(invs) + 1):
        for comb in combinations(invs, k):
            if sum(BAL[i["id"]] for i in comb) == amount:
                out.append(comb)
    return out


def global_matches(cur, amount):
    return [i for i in INVOICES if i["currency"] == cur and BAL[i["id"]] == amount]


def nm(inv):
    return inv["number"]


def cid_or_null(cust, p_null=0.25):
    return None if R.random() < p_null else cust["id"]


# ---- applied -------------------------------------------------------------
def sc_ref_exact():
    inv = pick_inv()
    c = inv["_cust"]
    bal = BAL[inv["id"]]
    cid = cid_or_null(c)
    rem = None
    if R.random() < 0.12:
        ref = generic_ref(c["cc"])
        rem = remit_text(c, [(inv, bal)], bal, inv["currency"])
        how = "remittance advice names it"
    else:
        ref = ref_single(inv)
        how = "bank reference names it"
    event(pdate(), bal, inv["currency"], payer_name(c), cid, ref, rem, "applied", [(inv, bal)], 0,
          reason=f"{nm(inv)} named and amount equals its balance", scen="ref_exact",
          note=f"{c['cc']}: {how}; payer {'unknown to the bank (customer_id null)' if cid is None else 'identified'}")


def sc_ref_list():
    cc = country_pick()
    c, invs = pick_cust_invs(cc, R.choice([2, 2, 3, 3, 4]))
    tot = sum(BAL[i["id"]] for i in invs)
    event(pdate(), tot, invs[0]["currency"], payer_name(c), cid_or_null(c, 0.15), list_text(invs), None,
          "applied", [(i, BAL[i["id"]]) for i in invs], 0,
          reason="listed invoices, amount equals the sum of their balances", scen="ref_list",
          note=f"{c['cc']}: {len(invs)} invoice numbers listed in the reference")


RUNS = []


def reserve_runs():
    for ser in ["BMR", "BMC", "BMT", "BG", "BG", "RS", "RS", "HR1", "SI", "BMR"]:
        k = R.choice([3, 3, 4])
        run = free_run(ser, k)
        for sl in run:
            sl["taken"] = True
        RUNS.append((ser, run))


def sc_range():
    ser, run = RUNS.pop(0)
    c = R.choice([x for x in CUSTOMERS if x["series"] == ser and x["id"] not in EXCL])
    invs = [add_invoice(c, ser, sl) for sl in run]
    for i in invs:
        USED.add(i["id"])
    tot = sum(BAL[i["id"]] for i in invs)
    event(pdate(), tot, c["currency"], payer_name(c), cid_or_null(c, 0.2), range_text(invs), None,
          "applied", [(i, BAL[i["id"]]) for i in invs], 0,
          reason="invoice range covers exactly these invoices; amount equals the sum", scen="ref_range",
          note=f"{c['cc']}: range {nm(invs[0])} .. {nm(invs[-1])}, consecutive numbers all this customer's")


def sc_remit_lump():
    cc = country_pick()
    c, invs = pick_cust_invs(cc, R.choice([2, 3, 4, 5]))
    tot = sum(BAL[i["id"]] for i in invs)
    ref = R.choice({"RO": ["PLATA CF AVIZ", "plata facturi conform aviz", None],
                    "BG": ["ПЛАЩАНЕ ПО ФАКТУРИ СЪГЛ. УВЕДОМЛЕНИЕ", "PLASHTANE FAKTURI", None],
                    "RS": ["Sifra 221 placanje po specifikaciji", "uplata po spisku racuna", None],
                    "HR": ["HR99 placanje racuna prema obavijesti", None],
                    "SI": ["SI99 PLACILO RACUNOV PO OBVESTILU", None]}[cc])
    event(pdate(), tot, invs[0]["currency"], payer_name(c), c["id"], ref,
          remit_text(c, [(i, BAL[i["id"]]) for i in invs], tot, invs[0]["currency"]), "applied",
          [(i, BAL[i["id"]]) for i in invs], 0,
          reason="remittance advice lists the invoices and open amounts; total matches", scen="remit_lump",
          note=f"{cc}: lump of {len(invs)} invoices with a remittance advice")


def unique_single(c, cur):
    invs = open_invs(c, cur)
    good = []
    for i in invs:
        subs = subsets_summing(invs, BAL[i["id"]])
        if len(subs) == 1:
            good.append(i)
    return good


def sc_amount_unique():
    c = reserve_excl(country_pick())
    inv = R.choice(unique_single(c, c["currency"]))
    bal = BAL[inv["id"]]
    event(pdate(), bal, inv["currency"], payer_name(c), c["id"], generic_ref(c["cc"]), None, "applied",
          [(inv, bal)], 0, reason="no reference; known customer and exactly one open invoice with this balance",
          scen="amount_unique", note=f"{c['cc']}: amount-only match, no other invoice or combination fits")


def sc_lump_all():
    c = reserve_excl(country_pick(), lambda c: 3 <= len(open_invs(c)) <= 6)
    invs = open_invs(c, c["currency"])
    tot = sum(BAL[i["id"]] for i in invs)
    assert len(subsets_summing(invs, tot)) == 1
    ref = {"RO": "PLATA SOLD CONFORM FISA PARTENER 30.09.2025",
           "BG": "плащане салдо по извлечение към 30.09.2025",
           "RS": "placanje po IOS-u na dan 30.09.2025",
           "HR": "HR99 Placanje po IOS-u 30.09.2025",
           "SI": "PLACILO ODPRTIH POSTAVK PO IOP 30.09.2025"}[c["cc"]]
    event(pdate(), tot, c["currency"], payer_name(c), c["id"], ref, None, "applied",
          [(i, BAL[i["id"]]) for i in invs], 0,
          reason="pays the whole open statement; only the full set of open invoices sums to the amount",
          scen="lump_all", note=f"{c['cc']}: statement/IOS settlement of all {len(invs)} open invoices")


def sc_po_trap():
    cc = country_pick()
    c = reserve_excl(cc)
    inv = R.choice(unique_single(c, c["currency"]))
    bal = BAL[inv["id"]]
    trap = R.choice([i for i in INVOICES if i["_cust"]["cc"] == cc and i["_cust"] is not c
                     and i["currency"] == c["currency"]])
    tn = short_no(trap)
    ref = {"RO": f"c/v marfa cf. comanda nr. {trap['_n']}",
           "BG": f"плащане по поръчка № {trap['_n']}",
           "RS": f"placanje po narudzbenici br. {tn}",
           "HR": f"Placanje po narudzbi {trap['_n']}",
           "SI": f"NAROCILNICA {trap['_n']} placilo blaga"}[cc]
    event(pdate(), bal, c["currency"], payer_name(c), c["id"], ref, None, "applied", [(inv, bal)], 0,
          reason="the number in the text is the customer's order number; amount matches one open invoice",
          scen="po_trap",
          note=f"{cc}: order/PO number {trap['_n']} equals the digits of {nm(trap)} of another customer "
               f"(different amount); the customer's own {nm(inv)} matches to the cent")


def sc_amount_like_number():
    cc = country_pick()
    c, _ = pick_cust_invs(cc, 1)
    trap = R.choice([i for i in INVOICES if i["_cust"]["cc"] == cc and i["_cust"] is not c
                     and i["currency"] == c["currency"]])
    n = trap["_n"]
    if cc in ("RO", "BG"):
        amt = q(D(n) / 100)
    else:
        amt = q(D(n) + D(R.randint(1, 99)) / 100)
    inv = add_invoice(c, c["series"], free_slot(c["series"]), total=amt)
    USED.add(inv["id"])
    word = {"RO": "suma", "BG": "сума", "RS": "iznos", "HR": "iznos", "SI": "znesek"}[cc]
    ref = ref_single(inv, f"{word} {loc_amt(amt, 'plain')}")
    event(pdate(), amt, c["currency"], payer_name(c), cid_or_null(c, 0.3), ref, None, "applied", [(inv, amt)], 0,
          reason=f"{nm(inv)} named; amount equals its balance", scen="amount_like_number",
          note=f"{cc}: the amount {loc_amt(amt, 'plain')} written in the text has the digits of {nm(trap)} "
               f"(another customer); the named invoice is the right one")


# ---- partial -------------------------------------------------------------
INST = {"RO": "rata {i}/{k} c/v fact {ser} {n}", "BG": "вноска {i} от {k} по фактура № {n}",
        "RS": "{i}. rata po racunu {n}/25 poziv na broj {pz}", "HR": "HR01 {nn} {i}. rata",
        "SI": "{i}. obrok racun {nn}"}
INST_LAST = {"RO": "ultima rata ({i}/{k}) fact {ser} {n}", "BG": "последна вноска ({i}/{k}) ф-ра {n}",
             "RS": "ostatak duga po racunu {n}/25 ({i}. rata)", "HR": "HR01 {nn} ostatak duga, {i}. rata",
             "SI": "SI00 {nn} zadnji obrok {i}/{k}"}


def inst_text(inv, i, k, last):
    cc = inv["_cust"]["cc"]
    t = (INST_LAST if last else INST)[cc]
    return t.format(i=i, k=k, ser=inv["_ser"], n=inv["_n"], nn=inv["number"], pz=rs_poziv(inv["_n"]))


def sc_instal_chain():
    inv = pick_inv(pred=lambda i: full(i) and BAL[i["id"]] >= D(AMOUNT_RANGE[i["currency"]][0]) * 3)
    c = inv["_cust"]
    k = R.choice([2, 3, 3])
    bal = BAL[inv["id"]]
    first = q(bal / k) if inv["currency"] != "RSD" else q(int(bal / k))
    d = pdate(PSTART, PSTART + timedelta(days=20))
    for i in range(1, k + 1):
        last = i == k
        amt = BAL[inv["id"]] if last else first
        if last:
            event(d, amt, inv["currency"], payer_name(c), c["id"], inst_text(inv, i, k, True), None, "applied",
                  [(inv, amt)], 0, reason=f"final instalment clears the remaining balance of {nm(inv)}",
                  scen="instalment_final",
                  note=f"{c['cc']}: instalment {i}/{k}; only correct if the earlier instalments were applied first")
        else:
            event(d, amt, inv["currency"], payer_name(c), c["id"], inst_text(inv, i, k, False), None, "partial",
                  [(inv, amt)], 0, reason=f"instalment {i} of {k} on {nm(inv)}; invoice stays open",
                  scen="instalment", note=f"{c['cc']}: stated instalment {i}/{k}")
        d = bizday(d + timedelta(days=R.randint(14, 28)))


PART = {"RO": "avans {p}% c/v fact {ser} {n}", "BG": "частично плащане по фактура № {n}",
        "RS": "delimicna uplata po racunu {n}/25", "HR": "djelomicno placanje racuna {nn}",
        "SI": "delno placilo racuna {nn}"}


def sc_instal_single():
    inv = pick_inv(pred=lambda i: full(i) and BAL[i["id"]] >= D(AMOUNT_RANGE[i["currency"]][0]) * 3)
    c = inv["_cust"]
    p = R.choice([30, 40, 50, 50, 60])
    amt = q(BAL[inv["id"]] * p / 100)
    t = PART[c["cc"]].format(p=p, ser=inv["_ser"], n=inv["_n"], nn=inv["number"])
    event(pdate(), amt, inv["currency"], payer_name(c), cid_or_null(c, 0.2), t, None, "partial", [(inv, amt)], 0,
          reason=f"stated part payment of {nm(inv)}", scen="part_payment",
          note=f"{c['cc']}: explicitly a part/advance payment ({p}%), no deduction claimed")


def short_event(inv, amt, text, rem, reason, scen, note):
    c = inv["_cust"]
    bal = BAL[inv["id"]]
    event(pdate(), amt, inv["currency"], payer_name(c), cid_or_null(c, 0.15), text, rem, "partial", [(inv, amt)], 0,
          short={"invoice_id": inv["id"], "amount": s(bal - amt), "reason": reason},
          reason=f"{nm(inv)} paid less a stated deduction ({reason})", scen=scen, note=note)


def full(i):
    return BAL[i["id"]] == D(i["total"])


def sc_short_guarantee():
    inv = pick_inv(pred=full)
    c = inv["_cust"]
    pct = R.choice([5, 5, 10])
    bal = BAL[inv["id"]]
    amt = q(bal * (100 - pct) / 100)
    ser, n, nn = inv["_ser"], inv["_n"], inv["number"]
    t = {"RO": f"c/v fact {ser} {n} minus {pct}% garantie de buna executie retinuta",
         "BG": f"плащане по ф-ра {n}, задържана гаранция {pct}%",
         "RS": f"placanje RN {n}/25 umanjeno za {pct}% zadrzane garancije",
         "HR": f"HR99 racun {nn} - zadrzano {pct}% jamstvo za otklanjanje nedostataka",
         "SI": f"SI99 racun {nn} zadrzano {pct}% garancijski zadrzek"}[c["cc"]]
    short_event(inv, amt, t, None, f"guarantee retention {pct}%", "short_guarantee",
                f"{c['cc']}: customer withholds {pct}% as a performance guarantee")


def sc_short_comp():
    inv = pick_inv(pred=full)
    c = inv["_cust"]
    bal = BAL[inv["id"]]
    comp = q(bal * D(str(R.choice([0.08, 0.12, 0.17, 0.23, 0.3]))))
    amt = bal - comp
    x = R.randint(110, 980)
    cur = inv["currency"]
    ser, n, nn = inv["_ser"], inv["_n"], inv["number"]
    la = loc_amt(comp, "space" if c["cc"] == "BG" else "dot")
    opts = {"RO": [(f"c/v fact {ser} {n} minus compensare fact. {x}/{dmy(inv['_issue'] + timedelta(20))}", None),
                   (f"compensare partiala fact {ser} {n}", f"Compensare: factura noastra nr. {x} (servicii transport) {la} lei retinuta din fact {ser} {n}")],
            "BG": [(f"плащане ф-ра {n} след прихващане с ф-ра {x} ({la} лв.)", None),
                   (f"PLASHTANE F-RA {n} PRIHVASHTANE", f"Прихващане: наша фактура № {x:010d} за {la} лв. (рекламни услуги)")],
            "RS": [(f"RN {n}/25 umanjeno po kompenzaciji br. K-{x}", None),
                   (f"uplata RN {n}/25", f"Kompenzacija: vaš dug po našem računu {x}/25 iznosi {la} RSD i umanjen je iz ove uplate")],
            "HR": [(f"racun {nn} - kompenzacija s nasim racunom {x}-1-1 ({la} EUR)", None)],
            "SI": [(f"SI99 racun {nn} pobot z nasim racunom {x} ({la} EUR)", None),
                   (f"SI00 {nn}", f"Kompenzacija (pobot): naš račun {x}/2025 v znesku {la} EUR je poračunan")]}[c["cc"]]
    t, rem = R.choice(opts)
    short_event(inv, amt, t, rem, f"compensation against customer's invoice {x}", "short_compensation",
                f"{c['cc']}: kompenzacija/compensare of {la} {cur}; offset amount only in the text"
                + ("" if rem is None else " (in the remittance)"))


def sc_short_damage():
    inv = pick_inv(pred=full)
    c = inv["_cust"]
    bal = BAL[inv["id"]]
    dmg = q(bal * D(str(R.choice([0.04, 0.06, 0.09, 0.15]))))
    amt = bal - dmg
    ser, n, nn = inv["_ser"], inv["_n"], inv["number"]
    la = loc_amt(dmg, "dot")
    t = {"RO": f"c/v fact {ser} {n} minus {la} paleti vata minerala deteriorati la livrare",
         "BG": f"ф-ра {n} без {la} лв. за повредени XPS плоскости",
         "RS": f"RN {n}/25 umanjeno za ostecenu robu (stiropor) {la}",
         "HR": f"HR00 {nn} umanjeno za osteceni materijal kamena vuna {la}",
         "SI": f"SI00 {nn} odbitek {la} poskodovan material"}[c["cc"]]
    short_event(inv, amt, t, None, "damaged goods", "short_damage",
                f"{c['cc']}: deduction of {la} for goods damaged in delivery")


# ---- unapplied -----------------------------------------------------------
def sc_overpay():
    prefer = R.random() < 0.6
    inv = pick_inv(pred=(lambda i: BAL[i["id"]] < D(i["total"])) if prefer else (lambda i: True))
    c = inv["_cust"]
    bal = BAL[inv["id"]]
    if bal < D(inv["total"]):
        amt = D(inv["total"])
        why = "customer paid the invoice total although part was already paid"
    else:
        amt = q((bal / 100).to_integral_value(rounding="ROUND_CEILING") * 100 + 100)
        why = "customer paid a rounded-up figure"
    event(pdate(), amt, inv["currency"], payer_name(c), c["id"], ref_single(inv), None, "unapplied",
          [(inv, bal)], amt - bal, reason=f"{nm(inv)} cleared; excess held on account", scen="overpay",
          note=f"{c['cc']}: {why}; remainder {s(amt - bal)} unapplied")


def sc_duplicate():
    inv = pick_inv()
    c = inv["_cust"]
    bal = BAL[inv["id"]]
    ref = ref_single(inv)
    d1 = pdate(PSTART, PEND - timedelta(days=30))
    e1 = event(d1, bal, inv["currency"], payer_name(c), c["id"], ref, None, "applied", [(inv, bal)], 0,
               reason=f"{nm(inv)} named and amount equals its balance", scen="ref_exact",
               note=f"{c['cc']}: first of two identical payments")
    d2 = bizday(d1 + timedelta(days=R.randint(3, 25)))
    ref2 = ref if R.random() < 0.6 else ref_single(inv)
    event(d2, bal, inv["currency"], payer_name(c), c["id"], ref2, None, "unapplied", [], bal,
          reason=f"{nm(inv)} already paid by {e1['payment']['id']}; held on account", scen="duplicate_payment",
          note=f"{c['cc']}: second payment of an invoice already cleared earlier in this file")


def sc_ref_unknown():
    cc = country_pick()
    c, _ = pick_cust_invs(cc, 1)
    sl = free_slot(c["series"])
    sl["taken"] = True  # number exists in real life (paid before the extract) but is not open
    fake = {"_ser": c["series"], "_n": sl["n"], "_issue": sl["issue"], "_cust": c,
            "number": number_text(c["series"], sl["n"])}
    amt = rand_amount(c["currency"])
    assert not subsets_summing(open_invs(c, c["currency"]), amt)
    event(pdate(), amt, c["currency"], payer_name(c), c["id"], ref_single(fake), None, "unapplied", [], amt,
          reason=f"named invoice {fake['number']} is not open and the amount fits no open invoice",
          scen="ref_not_open", note=f"{cc}: reference to an invoice not in the open ledger (already settled)")


def sc_no_fit():
    c = reserve_excl(country_pick())
    while True:
        amt = q(R.choice([1000, 2000, 2500, 5000, 10000, 15000]) * (40 if c["currency"] == "RSD" else 1))
        if not subsets_summing(open_invs(c, c["currency"]), amt):
            break
    ref = R.choice({"RO": ["avans comanda", "AVANS MARFA", None], "BG": ["аванс", "AVANS PO DOGOVOR"],
                    "RS": ["avansna uplata", "аванс за робу"], "HR": ["predujam", "HR99 akontacija"],
                    "SI": ["AVANS", "SI99 predplacilo"]}[c["cc"]])
    event(pdate(), amt, c["currency"], payer_name(c), c["id"], ref, None, "unapplied", [], amt,
          reason="known customer, advance/round amount fits no open invoice or combination",
          scen="no_fit", note=f"{c['cc']}: advance payment held on account")


def sc_cross_currency():
    cc = R.choice(["RO", "BG", "RS"])
    inv = pick_inv(cc, pred=lambda i: i["currency"] != "EUR" and not i["_cust"]["eur"])
    c = inv["_cust"]
    rate = {"RO": D("4.9740"), "BG": D("1.95583"), "RS": D("117.18")}[cc]
    amt = q(BAL[inv["id"]] / rate)
    event(pdate(), amt, "EUR", payer_name(c), c["id"], ref_single(inv, "EUR echivalent" if cc == "RO" else "EUR"),
          None, "unapplied", [], amt,
          reason=f"{nm(inv)} is in {inv['currency']}; an EUR payment cannot be applied to it", scen="cross_currency",
          note=f"{cc}: paid the EUR equivalent of a {inv['currency']} invoice; customer has no EUR invoices")


# ---- review --------------------------------------------------------------
def by_due(sets):
    return sorted(sets, key=lambda st: (min(i["due_date"] for i in st), min(i["_n"] for i in st)))


def sc_twin():
    c = reserve_excl(country_pick())
    a = R.choice(unique_single(c, c["currency"]))
    amt = BAL[a["id"]]
    b = add_invoice(c, c["series"], free_slot(c["series"]), total=amt)
    USED.add(b["id"])
    subs = subsets_summing(open_invs(c, c["currency"]), amt)
    assert len(subs) == 2, subs
    event(pdate(), amt, c["currency"], payer_name(c), c["id"], generic_ref(c["cc"]), None, "review", [], amt,
          cands=by_due([[a], [b]]), reason="two open invoices with the same balance and no reference",
          scen="twin_amount", note=f"{c['cc']}: {nm(a)} and {nm(b)} both open for {s(amt)}; oldest due first")


def sc_ref_conflict():
    c = reserve_excl(country_pick(), lambda c: len(open_invs(c)) >= 3)
    invs = open_invs(c, c["currency"])
    pairs = [(x, y) for x in invs for y in invs if BAL[y["id"]] > BAL[x["id"]]
             and len(subsets_summing(invs, BAL[y["id"]])) == 1]
    x, y = R.choice(pairs)
    amt = BAL[y["id"]]
    event(pdate(), amt, c["currency"], payer_name(c), c["id"], ref_single(x), None, "review", [], amt,
          cands=[[y], [x]], reason=f"reference names {nm(x)} but the amount equals {nm(y)}",
          scen="ref_amount_conflict",
          note=f"{c['cc']}: amount to the cent matches {nm(y)} (ranked first); reference reading would "
               f"overpay {nm(x)}")


def sc_list_mismatch():
    cc = country_pick()
    c, invs = pick_cust_invs(cc, R.choice([2, 3, 3]))
    tot = sum(BAL[i["id"]] for i in invs)
    while True:
        amt = q(tot * D(str(R.uniform(0.86, 0.97))))
        if not subsets_summing(invs, amt):
            break
    event(pdate(), amt, c["currency"], payer_name(c), c["id"], list_text(invs), None, "review", [], amt,
          cands=[invs], reason="listed invoices but the amount is less than their sum with no reason given",
          scen="list_short_unexplained",
          note=f"{cc}: short by {s(tot - amt)}; unclear which listed invoice is short")


STRANGERS = {"RO": ["POPESCU ION PFA", "IONESCU MARIANA", "DEPUNERE NUMERAR GHISEU", "CONSTANTIN V. II"],
             "BG": ["ГЕОРГИ ИВАНОВ ПЕТРОВ", "IVAN DIMITROV", "ВНОСКА В БРОЙ"],
             "RS": ["MARKOVIC MILAN PR", "ЈОВАНОВИЋ ПЕТАР", "UPLATA GOTOVINE"],
             "HR": ["HORVAT IVAN", "KOVACEVIC ANA OBRT", "UPLATA NA SALTERU"],
             "SI": ["PETERNEL JANEZ S.P.", "ZORKO MARIJA", "GOTOVINSKI POLOG"]}


def sc_unknown_payer():
    cc = R.choice(["RO", "BG", "RS", "HR", "SI"])
    c1 = reserve_excl(cc)
    cur = c1["currency"]
    cands = [i for i in unique_single(c1, cur) if len(global_matches(cur, BAL[i["id"]])) == 1]
    a = R.choice(cands)
    amt = BAL[a["id"]]
    two = R.random() < 0.5
    sets = [[a]]
    if two:
        c2 = reserve_excl(cc)
        b = add_invoice(c2, c2["series"], free_slot(c2["series"]), total=amt)
        USED.add(b["id"])
        assert len(subsets_summing(open_invs(c2, cur), amt)) == 1
        sets = by_due([[a], [b]])
    assert len(global_matches(cur, amt)) == len(sets)
    event(pdate(), amt, cur, R.choice(STRANGERS[cc]), None, generic_ref(cc), None, "review", [], amt,
          cands=sets, reason="payer not identified; amount alone is not enough",
          scen="unknown_payer_two" if two else "unknown_payer_one",
          note=f"{cc}: private person / cash deposit; amount matches "
               + (f"{nm(sets[0][0])} and {nm(sets[1][0])} of two customers" if two else f"only {nm(a)}"))


def sc_lump_ambiguous():
    c = reserve_excl(country_pick())
    invs = open_invs(c, c["currency"])
    for _ in range(200):
        a, b = R.sample(invs, 2)
        amt = BAL[a["id"]] + BAL[b["id"]]
        cpart = q(amt * D(str(R.choice([0.35, 0.42, 0.55, 0.61]))))
        x = add_invoice(c, c["series"], free_slot(c["series"]), total=cpart)
        y = add_invoice(c, c["series"], free_slot(c["series"]), total=amt - cpart)
        subs = subsets_summing(open_invs(c, c["currency"]), amt)
        if len(subs) == 2:
            break
        raise AssertionError("retry not implemented")
    USED.add(x["id"])
    USED.add(y["id"])
    event(pdate(), amt, c["currency"], payer_name(c), c["id"], generic_ref(c["cc"]), None, "review", [], amt,
          cands=by_due([sorted([a, b], key=lambda i: i["_n"]), [x, y]]),
          reason="two different pairs of open invoices sum to the amount", scen="lump_ambiguous",
          note=f"{c['cc']}: {nm(a)}+{nm(b)} and {nm(x)}+{nm(y)} both fit; oldest due first")


# --------------------------------------------------------------------------
# Stage 4: bad-input rows, ordering, replay check, output
# --------------------------------------------------------------------------
def error_label(pid, err, scen, note):
    return {"payment_id": pid, "status": "error", "applications": [], "unapplied": "0.00", "short_pay": None,
            "candidates": [], "reason": err, "scenario": scen, "note": note, "error": err}


def add_errors(rows):
    """rows: list of (payment, label) in final order; returns a new list with ~10 bad rows inserted."""
    out = list(rows)

    def insert_at(idx, pay, lab):
        out.insert(idx, (pay, lab))

    def near(k):
        return max(1, min(len(out) - 1, k))

    specs = []
    # negative amounts (bank reversals)
    for frac in (0.17, 0.63):
        idx = near(int(len(out) * frac))
        ref_pay = out[idx - 1][0]
        c = R.choice(CUSTOMERS)
        pid = hexid("pay_", 10, USED_IDS)
        amt = -rand_amount(c["currency"])
        pay = {"id": pid, "date": ref_pay["date"], "amount": s(amt), "currency": c["currency"],
               "payer_name": payer_name(c), "customer_id": c["id"],
               "reference": R.choice(["STORNO OP", "REVERSAL / RETUR PLATA", "сторно", "povrat sredstava"]),
               "remittance": None}
        specs.append((idx, pay, error_label(pid, "amount is negative", "bad_negative_amount",
                                            "a bank reversal line; not a receipt")))
    # currencies no invoice has
    for frac, cur in ((0.29, "HUF"), (0.81, "USD")):
        idx = near(int(len(out) * frac))
        ref_pay = out[idx - 1][0]
        c = R.choice(CUSTOMERS)
        pid = hexid("pay_", 10, USED_IDS)
        inv = R.choice([i for i in INVOICES if i["_cust"] is c])
        pay = {"id": pid, "date": ref_pay["date"], "amount": s(rand_amount("EUR") * (300 if cur == "HUF" else 1)),
               "currency": cur, "payer_name": payer_name(c), "customer_id": c["id"],
               "reference": ref_single(inv), "remittance": None}
        specs.append((idx, pay, error_label(pid, f"currency {cur} is not used by any open invoice",
                                            "bad_currency", f"{cur} payment; ledger has RON/BGN/RSD/EUR only")))
    # malformed amounts
    for frac, bad in ((0.41, "1.234,56"), (0.55, "7 890,00"), (0.88, "12O5.00")):
        idx = near(int(len(out) * frac))
        ref_pay = out[idx - 1][0]
        c = R.choice(CUSTOMERS)
        inv = R.choice([i for i in INVOICES if i["_cust"] is c])
        pid = hexid("pay_", 10, USED_IDS)
        pay = {"id": pid, "date": ref_pay["date"], "amount": bad, "currency": c["currency"],
               "payer_name": payer_name(c), "customer_id": c["id"], "reference": ref_single(inv),
               "remittance": None}
        specs.append((idx, pay, error_label(pid, f"malformed amount {bad!r}", "bad_amount_format",
                                            "amount is not a plain decimal string")))
    # missing date
    idx = near(int(len(out) * 0.71))
    c = R.choice(CUSTOMERS)
    inv = R.choice([i for i in INVOICES if i["_cust"] is c])
    pid = hexid("pay_", 10, USED_IDS)
    pay = {"id": pid, "date": None, "amount": s(rand_amount(c["currency"])), "currency": c["currency"],
           "payer_name": payer_name(c), "customer_id": c["id"], "reference": ref_single(inv), "remittance": None}
    specs.append((idx, pay, error_label(pid, "payment date is missing", "bad_missing_date", "date is null")))
    # insert from the back so indexes stay valid
    for idx, pay, lab in sorted(specs, key=lambda t: -t[0]):
        insert_at(idx, pay, lab)
    # duplicate payment ids: an exact re-import of an earlier applied line, right after a few rows
    for frac in (0.22, 0.77):
        k = int(len(out) * frac)
        while out[k][1]["status"] != "applied":
            k += 1
        orig = out[k][0]
        dup = dict(orig)
        lab = error_label(orig["id"], f"duplicate payment id {orig['id']}", "bad_duplicate_id",
                          "same bank line imported twice; the first occurrence is processed, this one is not")
        j = k + 1
        while j < len(out) and out[j][0]["date"] == orig["date"] and j < k + 3:
            j += 1
        out.insert(j, (dup, lab))
    return out


PLAN = [(sc_ref_exact, 146), (sc_ref_list, 24), (sc_range, 10), (sc_remit_lump, 14), (sc_amount_unique, 22),
        (sc_lump_all, 6), (sc_po_trap, 8), (sc_amount_like_number, 6), (sc_instal_chain, 14),
        (sc_instal_single, 10), (sc_short_guarantee, 8), (sc_short_comp, 9), (sc_short_damage, 6),
        (sc_overpay, 12), (sc_duplicate, 10), (sc_ref_unknown, 5), (sc_no_fit, 8), (sc_cross_currency, 4),
        (sc_twin, 10), (sc_ref_conflict, 7), (sc_list_mismatch, 7), (sc_unknown_payer, 7),
        (sc_lump_ambiguous, 5)]


def verify(invoices, payments, labels):
    bal = {i["id"]: D(i["balance"]) for i in invoices}
    cur = {i["id"]: i["currency"] for i in invoices}
    seen = set()
    assert len(payments) == len(labels)
    for p, l in zip(payments, labels):
        assert p["id"] == l["payment_id"]
        if l["status"] == "error":
            assert not l["applications"] and l["error"]
            continue
        assert p["id"] not in seen
        seen.add(p["id"])
        amt = D(p["amount"])
        tot = D(l["unapplied"])
        for a in l["applications"]:
            x = D(a["amount"])
            assert x > 0 and cur[a["invoice_id"]] == p["currency"], (p, l)
            assert bal[a["invoice_id"]] >= x, (p, l)
            bal[a["invoice_id"]] -= x
            tot += x
        assert tot == amt, (p, l)
        st = l["status"]
        if st == "applied":
            assert l["applications"] and D(l["unapplied"]) == 0 and l["short_pay"] is None
        elif st == "partial":
            assert l["applications"] and D(l["unapplied"]) == 0
            assert any(bal[a["invoice_id"]] > 0 for a in l["applications"])
            if l["short_pay"]:
                assert D(l["short_pay"]["amount"]) == bal[l["short_pay"]["invoice_id"]]
        elif st == "unapplied":
            assert D(l["unapplied"]) > 0
        elif st == "review":
            assert not l["applications"] and D(l["unapplied"]) == amt and l["candidates"]
            for cs in l["candidates"]:
                assert all(bal[i] > 0 and cur[i] == p["currency"] for i in cs["invoice_ids"])
        else:
            raise AssertionError(st)


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    make_customers()
    make_pools()
    reserve_runs()
    make_fillers()
    initial = {i["id"]: i["balance"] for i in INVOICES}
    for fn, n in PLAN:
        for _ in range(n):
            fn()
    # invoices as exported at the cut-off: balances before any payment in this file
    invoices = []
    for i in sorted(INVOICES, key=lambda i: (i["issue_date"], i["number"])):
        row = {k: v for k, v in i.items() if not k.startswith("_")}
        row["balance"] = initial.get(i["id"], row["balance"])
        invoices.append(row)
    EVENTS.sort(key=lambda e: (e["date"], e["tie"]))
    rows = add_errors([(e["payment"], e["label"]) for e in EVENTS])
    payments = [p for p, _ in rows]
    labels = [l for _, l in rows]
    verify(invoices, payments, labels)
    os.makedirs(OUT, exist_ok=True)
    dump(os.path.join(OUT, "invoices.json"), invoices)
    dump(os.path.join(OUT, "payments.json"), payments)
    dump(os.path.join(OUT, "labels.json"), labels)
    write_readme(invoices, payments, labels)


SCEN_DOC = [
    ("ref_exact", "applied", "one invoice named in the bank reference (or a one-line remittance advice); amount equals its balance. ~25% have customer_id null (bank did not identify the payer)"),
    ("ref_list", "applied", "2-4 invoice numbers listed; amount equals the sum of their balances"),
    ("ref_range", "applied", "a range of consecutive invoice numbers (\"104521-104523\", \"от № .. до № ..\"), all this customer's"),
    ("remit_lump", "applied", "lump payment with a remittance advice listing invoices and amounts"),
    ("amount_unique", "applied", "no usable reference; known customer; exactly one open invoice (and no combination) equals the amount"),
    ("lump_all", "applied", "statement / IOS settlement: the amount equals the sum of all the customer's open invoices and no other subset"),
    ("po_trap", "applied", "text carries an order/PO number whose digits equal another customer's invoice number; amount matches the payer's own invoice uniquely"),
    ("amount_like_number", "applied", "invoice named; the amount written in the text has the digits of another customer's invoice number"),
    ("instalment_final", "applied", "last instalment clears what earlier instalments in this file left open"),
    ("instalment", "partial", "stated instalment (rata / вноска / obrok) of one invoice; short_pay null"),
    ("part_payment", "partial", "stated advance / part payment (avans 50%, частично плащане, delimicna uplata); short_pay null"),
    ("short_guarantee", "partial", "invoice paid less a withheld performance guarantee (5% / 10%); short_pay set"),
    ("short_compensation", "partial", "invoice paid less an offset against the customer's own invoice (compensare / прихващане / kompenzacija / pobot); short_pay set"),
    ("short_damage", "partial", "invoice paid less a stated deduction for damaged goods; short_pay set"),
    ("overpay", "unapplied", "invoice named and cleared; the excess (often the invoice total paid on a partly paid invoice) is unapplied"),
    ("duplicate_payment", "unapplied", "second payment of an invoice an earlier payment in this file already cleared; nothing applied"),
    ("ref_not_open", "unapplied", "known customer names an invoice that is not in the open ledger; the amount fits nothing"),
    ("no_fit", "unapplied", "known customer, round advance amount, fits no open invoice or combination"),
    ("cross_currency", "unapplied", "EUR equivalent paid for a RON/BGN/RSD invoice; the customer has no EUR invoice; never applied across currencies"),
    ("twin_amount", "review", "known customer, no reference, two open invoices with the same balance"),
    ("ref_amount_conflict", "review", "reference names invoice X but the amount equals invoice Y of the same customer (Y ranked first)"),
    ("list_short_unexplained", "review", "listed invoices, amount below their sum, no reason; one candidate set (the listed invoices)"),
    ("unknown_payer_one", "review", "unidentified private payer / cash deposit; amount equals exactly one open invoice in the ledger"),
    ("unknown_payer_two", "review", "unidentified payer; amount equals open invoices of two different customers"),
    ("lump_ambiguous", "review", "known customer, no reference, two different pairs of invoices sum to the amount"),
    ("bad_negative_amount", "error", "negative amount (bank reversal)"),
    ("bad_currency", "error", "currency no invoice has (HUF, USD)"),
    ("bad_amount_format", "error", "amount not a plain decimal string (\"1.234,56\", \"7 890,00\", \"12O5.00\")"),
    ("bad_missing_date", "error", "date is null"),
    ("bad_duplicate_id", "error", "exact re-import of an earlier bank line with the same payment id; the first occurrence is processed normally"),
]


def write_readme(invoices, payments, labels):
    from collections import Counter
    st = Counter(l["status"] for l in labels)
    sc = Counter(l["scenario"] for l in labels)
    cur_inv = Counter(i["currency"] for i in invoices)
    cur_pay = Counter(p["currency"] for p in payments)
    cust_by_id = {c["id"]: c for c in CUSTOMERS}
    cc_inv = Counter(cust_by_id[i["customer_id"]]["cc"] for i in invoices)
    n_null = sum(1 for p in payments if p["customer_id"] is None)
    L = []
    a = L.append
    a("# Blind cash-application set: ledger_balkans")
    a("")
    a("Held-out test data for the `match` contract (`contracts/cash-application.md`), written without")
    a("seeing the engine. Generated by `build.py` (stdlib only, seeded, no clock); `check.py` re-verifies")
    a("every label by replaying the payments in file order.")
    a("")
    a("## Theme")
    a("")
    a("Termoplast Balkan, a distributor of building materials and insulation (mineral wool, XPS/EPS,")
    a("plasterboard, adhesives, roofing) selling to contractors and builders' merchants in Romania,")
    a("Bulgaria, Serbia, Croatia and Slovenia. Invoices are in RON (RO), BGN (BG), RSD (RS) and EUR (HR, SI,")
    a("and a second EUR series for some Romanian customers). Invoices were issued May-September 2025;")
    a("payments arrive 1 October - 19 December 2025 (before Bulgaria's switch to the euro).")
    a("")
    a("Invoice numbering, and how customers quote it:")
    a("")
    a("| country | `number` in invoices.json | as written on bank lines |")
    a("|---|---|---|")
    a("| RO | `BMR 104560` (series BMR/BMC/BMT per branch, BME for EUR) | `contravaloare factura seria BMR nr. 104560`, `c/v fact BMR 104560`, `CV FACT BMR104560 DIN 29.07.2025`, `OP 3794 contravaloare fact 104560` (OP = payment-order number) |")
    a("| BG | `0000031099` (10 digits) | `плащане по фактура № 0000031099`, `ф-ра №31099 от 13.05.2025`, `FAKTURA 31099`, `PLASHTANE PO FAKTURA No 0000031099` |")
    a("| RS | `RN 5595/25` | `placanje po racunu 5595/25 Poziv na broj: 97 11-5595-25` (model 97, MOD 97-10 control digits), Cyrillic `уплата по рачуну бр.`, digits-only `(97) 11559525` |")
    a("| HR | `1334-1-1` (number-premises-device) | `HR01 1334-1-1`, `HR00 1334-1-1`, `HR99 Placanje po racunu br. 1334-1-1`, `1334/1/1` |")
    a("| SI | `25-00561` | `SI12 25005618` (mod-11 control digit), `SI00 25-00561`, `SI99 Plačilo računa št. 25-00561` |")
    a("")
    a("Payer names are what a bank statement shows: upper case, diacritics dropped (Ș/Ş→S, Ț/Ţ→T, č/ć→C,")
    a("š→S, ž→Z, đ→DJ in Serbia and D in Croatia), legal forms with or without dots, truncated to 18-35")
    a("characters; Bulgarian names either Cyrillic or transliterated, Serbian either script.")
    a("")
    a("## Files (ledger_balkans/)")
    a("")
    a(f"- `invoices.json`: {len(invoices)} open invoices of {len(CUSTOMERS)} customers, contract format. `balance` is the")
    a("  balance at the cut-off, before any payment in payments.json; about 12% were already part paid")
    a("  (`balance` < `total`).")
    a(f"- `payments.json`: {len(payments)} payments, oldest first (the missing-date row and the duplicate-id rows sit")
    a(f"  where the bank file had them). {n_null} have `customer_id` null.")
    a("- `labels.json`: one expected MATCHES entry per payment, same order, with the contract's keys")
    a("  (`payment_id`, `status`, `applications`, `unapplied`, `short_pay`, `candidates`, `reason`) plus")
    a("  `scenario` and `note` (for humans), and `error` on bad-input rows.")
    a("")
    a("Invoices by country: " + ", ".join(f"{k} {v}" for k, v in sorted(cc_inv.items())) + ".")
    a("Invoices by currency: " + ", ".join(f"{k} {v}" for k, v in sorted(cur_inv.items())) + ".")
    a("Payments by currency: " + ", ".join(f"{k} {v}" for k, v in sorted(cur_pay.items())) + ".")
    a("")
    a("## Counts")
    a("")
    a("| status | payments |")
    a("|---|---|")
    for k in ["applied", "partial", "unapplied", "review", "error"]:
        a(f"| `{k}` | {st.get(k, 0)} |")
    a("")
    a("| scenario | status | count | what it is |")
    a("|---|---|---|---|")
    for name, status, doc in SCEN_DOC:
        a(f"| `{name}` | {status} | {sc.get(name, 0)} | {doc} |")
    a("")
    a("## Conventions chosen where the contract is silent")
    a("")
    a("- **Replay order.** Labels assume payments are applied strictly in file order; instalments,")
    a("  duplicates and final instalments are only right if earlier applications reduced the balances.")
    a("- **review**: `applications` is empty and `unapplied` equals the whole payment (so the sum rule")
    a("  holds). `candidates` is a list of `{\"invoice_ids\": [...]}` sets, best first. Where the two readings")
    a("  are equally good (twin amounts, two pairs, two customers) they are ranked by the oldest due date")
    a("  in the set; for a reference/amount conflict the invoice the amount matches to the cent is ranked")
    a("  first. A grader may prefer to compare candidates as a set of sets.")
    a("- **unapplied** with applications: an overpayment lists the cleared invoice and puts the excess in")
    a("  `unapplied`. A second payment of an already cleared invoice, a reference to an invoice that is not")
    a("  open, an advance that fits nothing, and an EUR payment of a RON/BGN/RSD invoice (customer has no EUR")
    a("  invoice) are held whole as `unapplied` with no applications and no candidates.")
    a("- **partial** without `short_pay` for stated instalments / advances (the invoice stays open on")
    a("  purpose); **partial** with `short_pay` only when the payer states a deduction (guarantee retention,")
    a("  compensation/offset, damaged goods). `short_pay.amount` is the invoice balance left open after the")
    a("  payment; `short_pay.reason` is free English text (compare invoice_id and amount, not the words).")
    a("- An unexplained shortfall against a list of invoices is `review`, not a guess at which invoice is short.")
    a("- A known customer with no reference is applied on amount alone only when exactly one open invoice and")
    a("  no combination of its open invoices equals the amount (including the whole-statement lump).")
    a("  An unidentified payer (no customer_id, name matching no customer) is never applied on amount alone.")
    a("- A payment with customer_id null but a reference naming one open invoice whose balance equals the")
    a("  amount is applied (the reference and the amount agree).")
    a("- **error** rows: `status` \"error\", `applications` [], `unapplied` \"0.00\", `short_pay` null,")
    a("  `candidates` [], and an `error` text (also copied to `reason`). They change no balance. For a")
    a("  duplicate payment id the first occurrence is processed normally and the later row is the error.")
    a("- `reason` texts are illustrative; only status, applications, unapplied, short_pay (invoice and amount)")
    a("  and candidates are meant to be scored.")
    a("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
