#!/usr/bin/env python3
"""Blind cash-application test set: AgroDetal Group, an agricultural machinery
spare-parts distributor selling in Ukraine, Poland, Moldova, Georgia and
Kazakhstan.  Deterministic, stdlib only.  `python3 build.py` rewrites
ledger_eastern/{invoices,payments,labels}.json and README.md."""
import json
import os
import random
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_eastern")
R = random.Random(13301)
D = Decimal
ZERO = D("0.00")


def q(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def s(x):
    return f"{q(x):.2f}"


def grp(x, sep=" ", dec=","):
    """12480.5 -> '12 480,50'"""
    t = f"{q(x):,.2f}"
    return t.replace(",", "\x00").replace(".", dec).replace("\x00", sep)


def en(x):
    return f"{q(x):,.2f}"


# ---------------------------------------------------------------- transliteration
UA = dict(zip("абвгґдежзийклмнопрстуфхцчшщьюяєії'’", [
    "a", "b", "v", "h", "g", "d", "e", "zh", "z", "y", "i", "k", "l", "m", "n", "o", "p", "r", "s",
    "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", "ie", "i", "i", "", ""]))
RU = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі", [
    "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
    "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a", "g", "k", "n",
    "o", "u", "u", "h", "i"]))
KA = dict(zip("აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ", [
    "a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "zh", "r", "s", "t",
    "u", "p", "k", "gh", "q", "sh", "ch", "ts", "dz", "ts", "ch", "kh", "j", "h"]))
LAT = dict(zip("ąćęłńóśźżăâîșțşţ", "acelnoszzaaistst"))


def translit(text, table):
    out = []
    for ch in text:
        lo = ch.lower()
        if lo in table:
            t = table[lo]
            out.append(t.upper() if ch != lo else t)
        else:
            out.append(ch)
    return "".join(out)


def bankcase(text, n=38):
    t = text.upper().replace('"', "").replace("«", "").replace("»", "").replace("„", "").replace("“", "")
    t = " ".join(t.split())
    return t[:n].rstrip()


# ---------------------------------------------------------------- customers
UA_ROOTS = ["Нива", "Світанок", "Зоря", "Урожай", "Дружба", "Злагода", "Поділля", "Степовий",
            "Полісся", "Хлібороб", "Золотий Колос", "Придніпров'я", "Вербівка", "Лан", "Агросвіт",
            "Батьківщина", "Обрій", "Славутич", "Таврія", "Буковина", "Слобожанщина", "Мирне",
            "Колосок", "Весна", "Дніпро", "Рось", "Сула", "Ворскла", "Десна", "Кобза", "Берегиня",
            "Жайвір", "Зелений Гай", "Оберіг", "Вільний Лан", "Агроспецсервіс", "Південь",
            "Запоріжжя-Агро", "Хуторок", "Криничка", "Сіверщина", "Подільська Нива"]
UA_FORMS = [("ТОВ", "ТОВАРИСТВО З ОБМЕЖЕНОЮ ВІДПОВІДАЛЬНІСТЮ", "TOV"), ("ФГ", "ФЕРМЕРСЬКЕ ГОСПОДАРСТВО", "FH"),
            ("ПП", "ПРИВАТНЕ ПІДПРИЄМСТВО", "PP"), ("СФГ", "СЕЛЯНСЬКЕ ФЕРМЕРСЬКЕ ГОСПОДАРСТВО", "SFH"),
            ("ПрАТ", "ПРИВАТНЕ АКЦІОНЕРНЕ ТОВАРИСТВО", "PRAT"), ("СТОВ", "СІЛЬСЬКОГОСПОДАРСЬКЕ ТОВ", "STOV")]
UA_SUFFIX = ["", "", "", "-Агро", " Плюс", " Агро", "-2005", " Інвест"]
UA_PEOPLE = ["Петренко Іван Миколайович", "Коваленко Олег Петрович", "Шевчук Андрій Васильович",
             "Бондар Наталія Іванівна", "Ткаченко Сергій Олексійович", "Мельник Василь Степанович",
             "Кравчук Микола Іванович", "Гончаренко Юрій Павлович", "Лисенко Тарас Богданович",
             "Савчук Оксана Григорівна", "Остапчук Роман Михайлович", "Поліщук Віктор Андрійович"]
PL_NAMES = ["Gospodarstwo Rolne Jan Nowak", "Gospodarstwo Rolne Piotr Wiśniewski", "Agro-Serwis Kowalski Sp. z o.o.",
            "Rolpol Sp. z o.o.", "Ferma Zielona Dolina Sp. j.", "Przedsiębiorstwo Rolne Ziemowit Sp. z o.o.",
            "Gospodarstwo Rolne Anna i Marek Zając", "Agromax Lubelszczyzna Sp. z o.o.", "Rolnik-Serwis Sp. z o.o.",
            "Gospodarstwo Rolne Tomasz Wójcik", "Spółdzielnia Produkcyjna Kłos", "Agrofarm Podlasie Sp. z o.o.",
            "Gospodarstwo Rolne Krzysztof Kamiński", "Zakład Rolny Żuławy Sp. z o.o.", "Gospodarstwo Ogrodnicze Sadex",
            "Agro-Technika Mazur Sp. z o.o.", "Gospodarstwo Rolne Stanisław Lewandowski", "Ferma Bór Sp. j.",
            "Rolmex Wielkopolska Sp. z o.o.", "Gospodarstwo Rolne Ewa Dąbrowska", "Agrokompleks Warmia S.A.",
            "Gospodarstwo Rolne Michał Kozłowski", "Agro-Kombajn Serwis Sp. z o.o.", "PPHU Traktorex Józef Grabowski",
            "Gospodarstwo Rolne Paweł Jankowski", "Gospodarstwo Rolne Marcin Mazur", "Agrosad Grójec Sp. z o.o.",
            "Przedsiębiorstwo Rolne Dolny Śląsk S.A.", "Gospodarstwo Rolne Adam Krawczyk", "Polagro Lublin Sp. z o.o.",
            "Gospodarstwo Rolne Jerzy Piotrowski", "Ferma Drobiu Kurek Sp. z o.o.", "Gospodarstwo Rolne Łukasz Nowicki",
            "Agro-Partner Pomorze Sp. z o.o.", "Gospodarstwo Rolne Grzegorz Pawlak", "Rolbud Kujawy Sp. z o.o.",
            "Gospodarstwo Rolne Rafał Michalski", "Hodowla Bydła Łąki Sp. z o.o.", "Gospodarstwo Rolne Jacek Król",
            "Agrozet Opole Sp. z o.o.", "Gospodarstwo Rolne Dariusz Wieczorek", "PHU Agrocentrum Sieradz",
            "Gospodarstwo Rolne Wojciech Jabłoński", "Gospodarstwo Rolne Andrzej Majewski", "Agro-Las Sp. z o.o.",
            "Gospodarstwo Rolne Zbigniew Olszewski", "Gospodarstwo Rolne Henryk Stępień", "Agrobiznes Mazowsze S.A.",
            "Gospodarstwo Rolne Robert Malinowski", "Gospodarstwo Rolne Kazimierz Górski", "Kombinat Rolny Kietrz S.A.",
            "Gospodarstwo Rolne Mariusz Rutkowski", "Gospodarstwo Rolne Sławomir Sikora", "Agrohandel Zamość Sp. z o.o.",
            "Gospodarstwo Rolne Leszek Baran", "Gospodarstwo Rolne Janusz Szczepański", "Agrotech Kalisz Sp. z o.o.",
            "Gospodarstwo Rolne Ryszard Kubiak", "Gospodarstwo Rolne Bogdan Zieliński", "Agro-Mech Radom Sp. z o.o."]
KZ_ROOTS = ["Жана-Жол", "Нурлы Жер", "Алтын Дала", "Костанай-Агро", "Северный", "Ак Бидай",
            "Акмола Астык", "Есиль", "Тобол", "Кызыл Жар", "Достык", "Шапагат", "Агро-Зерно", "Байтерек",
            "Каратал", "Иртыш", "Целинный", "Жетысу Агро", "Алтай Тукым", "Кокше", "Сарыарка", "Жайлау",
            "Нива-Астана", "Бесколь", "Агрофирма Рассвет", "Приишимье", "Аксу", "Улан", "Ордабасы"]
KZ_FORMS = [("ТОО", "TOO"), ("КХ", "KKH"), ("ТОО Агрофирма", "TOO AGROFIRMA"), ("ИП", "IP")]
GE_ROOTS = ["ალაზანი", "კახეთი", "მუხრანი", "ქართლი", "ივერია", "თელავი", "გურჯაანი", "საგარეჯო", "სამგორი",
            "იმერეთი", "ზესტაფონი", "ლაგოდეხი", "მარნეული", "ციხისძირი", "ყვარელი", "სიღნაღი", "დედოფლისწყარო",
            "ახმეტა", "გორი", "ხაშური", "ქობულეთი", "წინანდალი", "ნაფარეული", "კარდენახი", "ბოლნისი",
            "დმანისი", "ცაგერი", "ონი", "ვაზიანი", "ნორიო"]
MD_NAMES = ["SRL Agro-Prut", "GȚ Rusu Ion", "SA Fermierul Nord", "SRL Agrocom Bălți", "GȚ Ceban Vasile", "SRL Cereale-Sud",
            "SRL Vinagro Cahul", "GȚ Munteanu Petru", "SRL Agrotehnica Soroca", "SRL Câmpia Nistrului", "SA Moldagrotehnica",
            "GȚ Popescu Mihai", "SRL Agrofloris", "SRL Holercani Agro", "GȚ Lungu Tudor", "SRL Dacia-Agro",
            "SRL Agroservice Orhei", "GȚ Rotaru Andrei", "SRL Fertil Grup", "SRL Agrosem Edineț", "SRL Brazda",
            "GȚ Cojocaru Ion", "SRL Agrovita", "SRL Nistru-Semințe", "GȚ Bivol Grigore", "SRL Pământ Roditor",
            "SRL Agroplus Ungheni", "GȚ Sârbu Victor", "SRL Codru-Agro", "SA Agrofirma Răzeni"]
DEALERS = {
    "UA": ["Агроцентр-Захід", "Техноагро-Сервіс", "АгроТехДилер Полтава", "Агромаш-Південь", "Дилер-Агро Вінниця",
           "Агросервіс Житомир"],
    "PL": ["Agro-Dealer Centrum Sp. z o.o.", "Kombajn-Serwis Dealer S.A."],
    "KZ": ["Агротехмаш-Костанай", "Казагро-Сервис Север"],
    "MD": ["SRL Agrodealer Moldova"],
    "GE": ["აგროსერვისი"],
}
COUNTRY_PLAN = [("UA", 118), ("PL", 60), ("KZ", 50), ("GE", 30), ("MD", 30)]
CUR = {"UA": ["UAH", "UAH", "UAH", "UAH", "EUR", "USD"], "PL": ["PLN", "PLN", "PLN", "EUR"],
       "KZ": ["KZT", "KZT", "KZT", "USD"], "GE": ["GEL", "GEL", "USD"], "MD": ["EUR", "USD", "EUR"]}
VAT = {"UA": D("0.20"), "PL": D("0.23"), "KZ": D("0.12"), "GE": D("0.18"), "MD": D("0.20")}
RANGE = {"UAH": (3000, 420000), "PLN": (600, 90000), "EUR": (150, 38000), "USD": (150, 45000),
         "GEL": (400, 90000), "KZT": (60000, 24000000)}


def rid(prefix, n=8):
    return prefix + "".join(R.choice("0123456789abcdefghjkmnpqrstvwxyz") for _ in range(n))


customers = []
_names = set()


def add_customer(country, name, bank_names, dealer=False, twin_of=None):
    c = {"id": rid("cu_", 7), "country": country, "name": name, "bank": bank_names, "dealer": dealer,
         "curs": [CUR[country][0]], "nip": str(R.randint(5210000000, 9999999999))}
    extra = [x for x in CUR[country] if x != CUR[country][0]]
    if R.random() < 0.35 or dealer:
        c["curs"].append(R.choice(extra))
    customers.append(c)
    _names.add(name)
    return c


def make_ua(i):
    while True:
        f = R.choice(UA_FORMS) if R.random() < 0.9 else None
        if f is None:
            p = R.choice(UA_PEOPLE)
            sur, nm, pat = p.split()
            name = f"ФОП {sur} {nm[0]}.{pat[0]}."
            banks = [bankcase(f"ФОП {p}"), bankcase(f"ФІЗИЧНА ОСОБА-ПІДПРИЄМЕЦЬ {sur} {nm} {pat}"),
                     bankcase(translit(f"FOP {sur} {nm}", UA))]
        else:
            root = R.choice(UA_ROOTS) + R.choice(UA_SUFFIX)
            name = f'{f[0]} "{root}"'
            banks = [bankcase(f"{f[0]} {root}"), bankcase(f"{f[1]} {root}"),
                     bankcase(f"{f[2]} {translit(root, UA)}"), bankcase(f"{f[0]} «{root}»")]
        if name not in _names:
            return name, banks


for country, n in COUNTRY_PLAN:
    for i in range(n):
        if country == "UA":
            name, banks = make_ua(i)
        elif country == "PL":
            name = PL_NAMES[i]
            plain = translit(name, LAT)
            banks = [bankcase(plain, 35), bankcase(plain.replace("Sp. z o.o.", "SPOLKA Z OGRANICZONA ODPOWIEDZIALNOSCIA"), 35)]
        elif country == "KZ":
            while True:
                f = R.choice(KZ_FORMS)
                root = R.choice(KZ_ROOTS)
                name = f'{f[0]} "{root}"'
                if name not in _names:
                    break
            banks = [bankcase(f"{f[0]} {root}"), bankcase(f"{f[1]} {translit(root, RU)}"),
                     bankcase(f"{translit(root, RU)} LLP")]
        elif country == "GE":
            root = GE_ROOTS[i]
            lat = translit(root, KA).title()
            name = f"{lat} Agro LLC"
            banks = [f"შპს {root} აგრო", bankcase(f"{lat} Agro LLC"), bankcase(f"SHPS {lat} AGRO")]
        else:
            name = MD_NAMES[i]
            plain = translit(name, LAT).replace("GȚ", "GT").replace("Ț", "T")
            banks = [bankcase(plain)] + ([bankcase(plain.replace("SRL ", "") + " SRL")] if plain.startswith("SRL") else [])
        add_customer(country, name, banks)
    for dn in DEALERS[country]:
        if country == "UA":
            add_customer(country, f'ТОВ "{dn}"', [bankcase(f"ТОВ {dn}"), bankcase(f"TOV {translit(dn, UA)}")], dealer=True)
        elif country == "KZ":
            add_customer(country, f'ТОО "{dn}"', [bankcase(f"ТОО {dn}"), bankcase(f"TOO {translit(dn, RU)}")], dealer=True)
        elif country == "GE":
            lat = translit(dn, KA).title()
            add_customer(country, f"{lat} LLC", [f"შპს {dn}", bankcase(f"{lat} LLC")], dealer=True)
        else:
            add_customer(country, dn, [bankcase(translit(dn, LAT))], dealer=True)

# two pairs of twin names (same trading name, different farms) for the ambiguous-payer cases
TWINS = []
for country, base in [("UA", 'ФГ "Колос"'), ("UA", 'СФГ "Надія"'), ("KZ", 'КХ "Береке"')]:
    pair = []
    for region in (["Полтавська обл.", "Черкаська обл."] if country == "UA" else ["Костанайская обл.", "Акмолинская обл."]):
        nm = f"{base} ({region})"
        bare = base.split(" ", 1)[1].strip('"')
        form = base.split(" ", 1)[0]
        c = add_customer(country, nm, [bankcase(f"{form} {bare}"), bankcase(f"{form} {bare}")])
        c["curs"] = [CUR[country][0]]
        pair.append(c)
    TWINS.append(pair)

CUST_BY_ID = {c["id"]: c for c in customers}

# ---------------------------------------------------------------- invoices
invoices = []
INV_BY_ID = {}
used_seq = set()
bal = {}          # live balance during generation
touched = set()   # invoices a scenario already used


def seq_free(lo=1000, hi=29999):
    while True:
        n = R.randint(lo, hi)
        if n not in used_seq and not 1950 <= n <= 2099:
            used_seq.add(n)
            return n


def inv_number(country, seq, year):
    yy = year % 100
    if country == "PL":
        return f"FV/{year}/{seq:05d}"
    return f"{country}-{yy}-{seq:05d}"


def rand_total(cur, lo=None, hi=None):
    a, b = RANGE[cur]
    a = lo or a
    b = hi or b
    # log-uniform, net then gross with VAT, cents kept
    import math
    x = math.exp(R.uniform(math.log(a), math.log(b)))
    if cur == "KZT":
        return q(D(int(x)))
    return q(D(str(round(x, 2))))


def new_inv(c, cur, total=None, balance=None, issue=None, seq=None, year=2025):
    total = q(total) if total is not None else rand_total(cur)
    if issue is None:
        if year == 2024:
            issue = date(2024, 9, 1) + timedelta(R.randint(0, 110))
        else:
            issue = date(2025, 6, 2) + timedelta(R.randint(0, 205))
    terms = R.choice([14, 30, 30, 45, 60, 90])
    seq = seq if seq is not None else seq_free()
    used_seq.add(seq)
    inv = {"id": rid("in_", 9), "number": inv_number(c["country"], seq, year), "customer_id": c["id"],
           "customer_name": c["name"], "currency": cur, "total": s(total),
           "balance": s(balance if balance is not None else total), "issue_date": issue.isoformat(),
           "due_date": (issue + timedelta(terms)).isoformat()}
    inv["_seq"] = seq
    inv["_c"] = c
    invoices.append(inv)
    INV_BY_ID[inv["id"]] = inv
    bal[inv["id"]] = D(inv["balance"])
    return inv


NOISE_PER_CUSTOMER = (2, 4)
for c in customers:
    k = R.randint(*NOISE_PER_CUSTOMER) + (4 if c["dealer"] else 0)
    for _ in range(k):
        cur = R.choice(c["curs"]) if R.random() < 0.3 else c["curs"][0]
        total = rand_total(cur)
        b = total
        if R.random() < 0.12:
            b = q(total * D(R.choice(["0.5", "0.3", "0.7", "0.25"])))
        new_inv(c, cur, total, b)


# ---------------------------------------------------------------- text helpers
def vat_of(amount, country):
    r = VAT[country]
    return q(D(amount) * r / (1 + r))


def dmy(iso):
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


def seq_of(inv):
    return str(inv["_seq"])


def contract_no():
    return R.choice([f"{R.randint(11, 240)}/2025", f"ДП-{R.randint(100, 999)}", f"{R.randint(1, 99)}-З/25",
                     f"AD-{R.randint(2020, 2025)}/{R.randint(10, 99)}"])


def purpose(inv, amount, country=None, form=None):
    """Bank purpose-of-payment text naming one invoice, in the customer's local style."""
    c = inv["_c"]
    country = country or c["country"]
    cur = inv["currency"]
    num, sq, idt = inv["number"], seq_of(inv), dmy(inv["issue_date"])
    vat = vat_of(amount, country)
    if country == "UA" and cur == "UAH":
        opts = [f"Оплата за запчастини згідно рах. № {num} від {idt} р., у т.ч. ПДВ 20% - {grp(vat)} грн.",
                f"Опл. за с/г запчастини зг. рах.№{sq} від {idt}, в т.ч. ПДВ {grp(vat, '', '.')}",
                f"ОПЛАТА ЗГIДНО РАХ. {num} ЗА ЗАПЧАСТИНИ. СУМА {grp(amount)} ГРН, В Т.Ч. ПДВ 20% {grp(vat)}",
                f"За запасні частини до комбайна згідно рахунку-фактури № {num}, ПДВ - {grp(vat)} грн",
                f"Оплата по рах. {num.replace('-', '', 1)} дог. № {contract_no()} у т.ч. ПДВ {grp(vat, '', '.')} грн",
                f"Сплата за товар згідно рахунку №{sq} від {idt}р. Сума {grp(amount, '', '-')}, у тому числі ПДВ {grp(vat, '', '-')}"]
    elif country == "PL":
        v = grp(vat, "", ",")
        opts = [f"Zapłata za fakturę {num}", f"FV {sq}/2025 czesci zamienne",
                f"/VAT/{v}/IDC/{c['nip']}/INV/{num}/TXT/czesci do kombajnu",
                f"Faktura nr {num} z dnia {idt}", f"ZAPLATA FV/{sq}/2025 NIP {c['nip']}"]
    elif country == "KZ" and cur == "KZT":
        opts = [f"КНП 710. Оплата по счету на оплату № {num} от {idt}г. за запасные части, в т.ч. НДС 12% - {grp(vat)} тенге",
                f"Оплата за запчасти согл. счета {sq} от {idt} в том числе НДС {grp(vat, '', '.')}",
                f"ОПЛАТА ПО СЧ.№{num} ЗА ТОВАР, НДС 12% {grp(vat)} KZT. КНП 710",
                f"Оплата по счет-фактуре {num} (запчасти к тракторам К-700), сумма {grp(amount)} в т.ч. НДС"]
    elif country == "GE" and cur == "GEL":
        opts = [f"ინვოისი #{num} - სათადარიგო ნაწილების ღირებულება, დღგ-ს ჩათვლით",
                f"გადახდა ინვოისით {num}", f"INVOICE {num} PAYMENT INCL VAT",
                f"სათადარიგო ნაწილები, ინვ. {sq}, თანხა {grp(amount, '', '.')} ლარი"]
    elif country == "MD":
        opts = [f"Plata pentru piese de schimb cf. factura nr. {num} din {idt}, inclusiv TVA 20% - {grp(vat, '', '.')}",
                f"Achitare factura {num}", f"PAYMENT INV {num} SPARE PARTS INCL. VAT",
                f"Plata piese combina cf. contract {contract_no()} si factura {sq} din {idt}"]
    else:  # foreign-currency SWIFT style
        opts = [f"/INV/{num} DD {idt}/SPARE PARTS CONTRACT {contract_no()}",
                f"PAYMENT FOR SPARE PARTS ACC TO INV {num}",
                f"INV {num.replace('-', ' ')} AGRICULTURAL SPARE PARTS",
                f"OPLATA ZGIDNO RAKH {num} ZA ZAPCHASTYNY"]
    if form is not None:
        return opts[form % len(opts)]
    return R.choice(opts)


def generic_ref(country):
    return R.choice({
        "UA": ["Оплата за запчастини", "Оплата за товар згідно договору № " + contract_no(), "ОПЛАТА ЗА ТОВАР, У Т.Ч. ПДВ",
               "Оплата за с/г запчастини, в т.ч. ПДВ 20%", None],
        "PL": ["Zapłata za części", "PRZELEW - CZESCI ZAMIENNE", "Platnosc za towar", None],
        "KZ": ["КНП 710. Оплата за товар", "Оплата за запасные части в т.ч. НДС 12%", "ОПЛАТА ЗА ЗАПЧАСТИ", None],
        "GE": ["სათადარიგო ნაწილების ღირებულება", "PAYMENT FOR SPARE PARTS", None],
        "MD": ["Plata pentru piese de schimb", "ACHITARE MARFA", None],
    }[country])


def payer_for(c, cur, latin=None):
    banks = c["bank"]
    if latin is None:
        latin = cur in ("EUR", "USD") and c["country"] in ("UA", "KZ", "GE")
    if latin:
        lat = [b for b in banks if b.isascii()]
        if lat:
            return R.choice(lat)
    nonlat = [b for b in banks if not b.isascii()] or banks
    return R.choice(nonlat)


def name_key(c):
    n = c["name"].lower()
    for f in ["тов ", "фг ", "пп ", "сфг ", "прат ", "стов ", "фоп ", "тоо агрофирма ", "тоо ", "кх ", "ип ", "srl ", "gț ", "sa "]:
        if n.startswith(f):
            n = n[len(f):]
            break
    return n.strip('" ').replace("-агро", "").replace(" агро", "").replace(" плюс", "").replace(" інвест", "").replace("-2005", "")


def unique_name(c):
    k = name_key(c)
    return all(k not in name_key(o) and name_key(o) not in k for o in customers if o is not c)


PERSONS = ["ІВАНЕНКО ПЕТРО ВАСИЛЬОВИЧ", "СИДОРЕНКО МИХАЙЛО", "HRYTSENKO OLEKSANDR", "KOWALCZYK ANDRZEJ",
           "ЖУМАБЕКОВ ЕРЛАН", "ABDRAKHMANOV NURLAN", "გიორგი ბერიძე", "BERIDZE GIORGI", "CEBAN NICOLAE",
           "МАРЧЕНКО ЛЮДМИЛА", "NOWAK MAGDALENA", "ОСПАНОВ АСКАР", "ПАВЛЕНКО В.О.", "ТКАЧУК ЮРІЙ"]


# ---------------------------------------------------------------- scenario machinery
for pair in TWINS:
    for c in pair:
        c["twin"] = True
DEALER_LIST = [c for c in customers if c["dealer"]]
COUNTRY_W = [("UA", 45), ("PL", 20), ("KZ", 15), ("GE", 10), ("MD", 10)]
partial_pool = []   # invoices a part payment in this file left open on purpose
paid_pool = []      # (invoice, payment) pairs: invoice paid to zero by a single-invoice payment
LOCK = set()        # customers whose open items a label makes a claim about: no later invoices for them


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def cust(country=None, dealer=False, cond=None):
    country = country or wchoice(COUNTRY_W)
    pool = [c for c in customers if c["country"] == country and c["dealer"] == dealer and not c.get("twin")
            and c["id"] not in LOCK and (cond is None or cond(c))]
    if not pool:
        pool = [c for c in customers if c["dealer"] == dealer and not c.get("twin") and c["id"] not in LOCK
                and (cond is None or cond(c))]
    return R.choice(pool)


def lock(*cs):
    for c in cs:
        LOCK.add(c["id"])


def pick_cur(c):
    return c["curs"][0] if (len(c["curs"]) == 1 or R.random() < 0.7) else c["curs"][1]


def open_of(c, cur):
    return [i for i in invoices if i["customer_id"] == c["id"] and i["currency"] == cur and bal[i["id"]] > 0]


def all_open(cur):
    return [i for i in invoices if i["currency"] == cur and bal[i["id"]] > 0]


def mkpay(c, cur, amount, ref=None, rem=None, known=None, payer=None):
    if known is None:
        known = R.random() < 0.5
    return {"id": rid("pm_", 10), "date": None, "amount": s(amount) if not isinstance(amount, str) else amount,
            "currency": cur, "payer_name": payer if payer is not None else payer_for(c, cur),
            "customer_id": c["id"] if (known and c is not None) else None, "reference": ref, "remittance": rem}


def lab(pay, status, apps=(), unapplied=None, short=None, cands=(), reason="", scen="", note="", error=None):
    apps = [(i, q(a)) for i, a in apps]
    if status == "error":
        L = {"payment_id": pay["id"], "status": "error", "applications": [], "unapplied": None, "short_pay": None,
             "candidates": [], "reason": reason, "error": error}
    else:
        amt = D(pay["amount"])
        if unapplied is None:
            unapplied = amt - sum((a for _, a in apps), ZERO)
        L = {"payment_id": pay["id"], "status": status,
             "applications": [{"invoice_id": i["id"], "amount": s(a)} for i, a in apps],
             "unapplied": s(unapplied),
             "short_pay": ({"invoice_id": short[0]["id"], "amount": s(short[1]), "reason": short[2]} if short else None),
             "candidates": [{"invoice_ids": [i["id"] for i in cs]} for cs in cands],
             "reason": reason}
    L["scenario"] = scen
    L["note"] = note
    for i, a in apps:
        bal[i["id"]] -= a
        assert bal[i["id"]] >= 0, (scen, i["number"])
        touched.add(i["id"])
        if bal[i["id"]] == 0 and len(apps) == 1:
            paid_pool.append((i, pay))
    for cs in cands:
        for i in cs:
            touched.add(i["id"])
    return pay, L


def fresh(c, cur, **kw):
    inv = new_inv(c, cur, **kw)
    touched.add(inv["id"])
    return inv


def lang_of(c, cur):
    return c["country"]


# ---------------------------------------------------------------- APPLIED scenarios
def sc_ref_exact(country=None):
    c = cust(country)
    cur = pick_cur(c)
    pre = R.random() < 0.15
    tot = rand_total(cur)
    inv = fresh(c, cur, total=tot, balance=q(tot * D("0.6")) if pre else None)
    amt = bal[inv["id"]]
    ref = purpose(inv, amt)
    rem = None
    if R.random() < 0.12:
        rem, ref = ref, generic_ref(c["country"])
    note = f"{c['country']} {cur}: purpose text names {inv['number']}" + (" (earlier part payment, pays the balance)" if pre else "")
    return [lab(mkpay(c, cur, amt, ref, rem), "applied", [(inv, amt)], reason=f"reference {inv['number']} and exact balance",
                scen="ref_exact", note=note)]


def sc_amount_only():
    c = cust(cond=lambda c: True)
    cur = pick_cur(c)
    inv = fresh(c, cur)
    amt = bal[inv["id"]]
    assert sum(1 for i in open_of(c, cur) if bal[i["id"]] == amt) == 1
    ref = generic_ref(c["country"])
    lock(c)
    return [lab(mkpay(c, cur, amt, ref, None, known=True), "applied", [(inv, amt)],
                reason="known customer, amount equals the balance of exactly one open invoice",
                scen="amount_only_known_customer",
                note=f"customer_id given by the bank, no invoice number; {len(open_of(c, cur))} open {cur} invoices, one with this balance")]


def sc_name_only():
    c = cust(cond=unique_name)
    cur = pick_cur(c)
    inv = fresh(c, cur)
    amt = bal[inv["id"]]
    assert sum(1 for i in all_open(cur) if bal[i["id"]] == amt) == 1
    ref = generic_ref(c["country"])
    key = name_key(c).upper().split()[0]
    opts = [x for x in c["bank"] if x.isascii() == c["name"].isascii() and key in x.upper()] or c["bank"]
    payer = R.choice(opts)
    lock(c)
    return [lab(mkpay(c, cur, amt, ref, None, known=False, payer=payer), "applied", [(inv, amt)],
                reason="payer name identifies the customer, amount equals one open invoice",
                scen="payer_name_and_amount",
                note=f"customer_id null; bank name '{payer}' = {c['name']}; no invoice number")]


FARMS_UA = ["ФГ Обрій (с. Михайлівка)", "СФГ Лан (Полтавщина)", "ПП Нива-Агро", "ФГ Вербівка", "ФГ Хутір Зелений",
            "ТОВ Агро-Мир", "ФГ Степ", "ФГ Криниця", "СТОВ Прогрес", "ФГ Петренка", "ФГ Калина", "ПП Зерноторг"]
FARMS_PL = ["GR Nowak (Zamość)", "GR Wiśniewski", "Ferma Bór", "GR Zając", "Sadex", "GR Wójcik", "Agrofarm"]
FARMS_KZ = ["КХ Нурлан", "ТОО Жер-Ана", "КХ Асыл", "ТОО Агро-Есиль", "КХ Бота", "ТОО Шыгыс"]
FARMS_GE = ["შპს ვაზი", "ი/მ გელაშვილი", "შპს ველი", "ი/მ ნოზაძე", "შპს მიწა"]
FARMS_MD = ["GT Rusu", "SRL Brazda Nord", "GT Ceban", "SRL Holercani"]
FARMS = {"UA": FARMS_UA, "PL": FARMS_PL, "KZ": FARMS_KZ, "GE": FARMS_GE, "MD": FARMS_MD}


def lump_lines(c, items, pdate_hint="", with_amounts=True, form=None):
    """items: list of (invoice, amount, extra-text or None)"""
    ctry = c["country"]
    farms = R.sample(FARMS[ctry], min(len(items), len(FARMS[ctry])))
    lines = []
    for k, (inv, a, extra) in enumerate(items):
        farm = farms[k % len(farms)]
        num = inv["number"] if (form is None or k % 2 == 0) else seq_of(inv)
        if ctry == "UA":
            ln = f"{k + 1}. {farm} — рах. № {num} від {dmy(inv['issue_date'])}" + (f" — {grp(a)} грн" if with_amounts else "")
        elif ctry == "PL":
            ln = f"{farm}; {num}" + (f"; {grp(a)} zł" if with_amounts and inv['currency'] == 'PLN' else (f"; {grp(a)} EUR" if with_amounts else ""))
        elif ctry == "KZ":
            ln = f"{k + 1}) {farm}, счет {num}" + (f", {grp(a)} тг" if with_amounts else "")
        elif ctry == "GE":
            ln = f"{farm} — ინვოისი {num}" + (f" — {grp(a, '', '.')}" if with_amounts else "")
        else:
            ln = f"{farm}: factura {num}" + (f" = {grp(a, '', '.')}" if with_amounts else "")
        if extra:
            ln += " " + extra
        lines.append(ln)
    return lines


LUMP_HEAD = {"UA": "Реєстр оплат дилера за запчастини, у т.ч. ПДВ 20%:", "PL": "Zestawienie płatności dealera:",
             "KZ": "Реестр оплат по счетам, в т.ч. НДС 12%:", "GE": "გადახდების რეესტრი:", "MD": "Registru plăți dealer:"}
LUMP_REF = {"UA": "Оплата за запчастини згідно реєстру, у т.ч. ПДВ", "PL": "PLATNOSC ZBIORCZA WG ZESTAWIENIA",
            "KZ": "КНП 710. Оплата по реестру счетов", "GE": "გადახდა რეესტრის მიხედვით", "MD": "Plata conform registru"}
LUMP_TOT = {"UA": "Разом", "PL": "Razem", "KZ": "Итого", "GE": "სულ", "MD": "Total"}


def sc_lump_list():
    c = R.choice(DEALER_LIST)
    cur = c["curs"][0]
    k = R.randint(3, 8)
    invs = [fresh(c, cur) for _ in range(k)]
    items = [(i, bal[i["id"]], None) for i in invs]
    tot = sum(a for _, a, _ in items)
    rem = "\n".join([LUMP_HEAD[c["country"]]] + lump_lines(c, items, form=R.choice([None, 1])) +
                    [f"{LUMP_TOT[c['country']]}: {grp(tot)}"])
    return [lab(mkpay(c, cur, tot, LUMP_REF[c["country"]], rem, known=R.random() < 0.7), "applied", items and [(i, a) for i, a, _ in items],
                reason=f"remittance lists {k} invoices, amounts equal balances and sum to the payment",
                scen="dealer_lump_list", note=f"dealer {c['name']} pays for {k} farms in one transfer")]


def sc_range():
    c = R.choice([d for d in DEALER_LIST if d["country"] in ("UA", "KZ", "PL", "MD")])
    cur = c["curs"][0]
    k = R.randint(3, 6)
    while True:
        st = R.randint(2200, 29000)
        if all(x not in used_seq for x in range(st, st + k)):
            break
    iss = date(2025, 6, 2) + timedelta(R.randint(0, 200))
    invs = [fresh(c, cur, seq=st + j, issue=iss) for j in range(k)]
    tot = sum(bal[i["id"]] for i in invs)
    a, b = st, st + k - 1
    ctry = c["country"]
    ref = {"UA": f"Оплата за запчастини згідно рах. № {a}-{b} від {dmy(iss.isoformat())}, у т.ч. ПДВ 20% {grp(vat_of(tot, 'UA'))} грн",
           "KZ": f"Оплата по счетам №{a}-{b} от {dmy(iss.isoformat())} за запчасти, в т.ч. НДС",
           "PL": f"FV/2025/{a:05d} - FV/2025/{b:05d}",
           "MD": f"Plata facturile {a} - {b} din {dmy(iss.isoformat())}"}[ctry]
    return [lab(mkpay(c, cur, tot, ref, None), "applied", [(i, bal[i["id"]]) for i in invs],
                reason=f"reference gives the range {a}-{b}: {k} invoices of this customer, sum equals the payment",
                scen="invoice_range", note=f"range of consecutive invoice numbers, all {c['name']}")]


def sc_statement():
    for _ in range(200):
        c = cust()
        cur = c["curs"][0]
        op = open_of(c, cur)
        if 2 <= len(op) <= 6:
            break
    assert 2 <= len(op) <= 6
    lock(c)
    tot = sum(bal[i["id"]] for i in op)
    ref = {"UA": "Оплата заборгованості згідно акту звірки станом на 31.12.2025",
           "PL": "Splata salda wg potwierdzenia sald na 31.12.2025", "KZ": "Погашение задолженности согл. акта сверки на 31.12.2025",
           "GE": "დავალიანების დაფარვა შედარების აქტის მიხედვით", "MD": "Achitare sold conform act de verificare 31.12.2025"}[c["country"]]
    return [lab(mkpay(c, cur, tot, ref, None, known=True), "applied", [(i, bal[i["id"]]) for i in op],
                reason=f"amount equals all {len(op)} open {cur} invoices of the customer (statement balance)",
                scen="statement_balance", note="pays the reconciliation-statement balance; no invoice numbers")]


def decoy_inv(seqno, cur, not_c):
    """make sure an invoice numbered seqno exists (another customer, same currency)"""
    for i in invoices:
        if i["_seq"] == seqno:
            return i
    oc = cust(cond=lambda o: o is not not_c and cur in o["curs"])
    if cur not in oc["curs"]:
        oc = R.choice([o for o in customers if cur in o["curs"] and o is not not_c and o["id"] not in LOCK])
    return new_inv(oc, cur, seq=seqno)


def sc_number_decoy():
    c = cust(country=R.choice(["UA", "UA", "KZ", "PL"]))
    cur = c["curs"][0]
    v = R.choice(["amount", "order", "contract"])
    if v == "amount":
        lo = {"UAH": 3000, "PLN": 3000, "KZT": 3000}[cur]
        while True:
            T = D(R.randint(lo, 29999))
            if T not in (D(x) for x in ()):
                break
        inv = fresh(c, cur, total=T)
        dec = decoy_inv(int(T), cur, c)
        amt = bal[inv["id"]]
        ref = {"UAH": f"Сума {int(T)},00 грн. Оплата за запчастини згідно рах. № {seq_of(inv)} від {dmy(inv['issue_date'])}",
               "PLN": f"Kwota {int(T)},00 zl FV {seq_of(inv)}/2025",
               "KZT": f"Сумма {int(T)} тенге по счету {seq_of(inv)} от {dmy(inv['issue_date'])}"}[cur]
        note = f"amount {int(T)} is also the number of {dec['number']} ({dec['customer_name']})"
    else:
        inv = fresh(c, cur)
        amt = bal[inv["id"]]
        while True:
            x = R.randint(1000, 29999)
            if x != inv["_seq"] and not 1950 <= x <= 2099:
                break
        dec = decoy_inv(x, cur, c)
        if v == "order":
            ref = {"UAH": f"Оплата за замовленням № {x} згідно рах. № {inv['number']}, у т.ч. ПДВ 20% {grp(vat_of(amt, 'UA'))}",
                   "PLN": f"Zam. {x} faktura {inv['number']}",
                   "KZT": f"Заказ №{x}. Оплата по счету {inv['number']} в т.ч. НДС"}[cur]
        else:
            ref = {"UAH": f"Дог. № {x}/25 від 02.01.2025. Оплата рах. {inv['number']}",
                   "PLN": f"Umowa {x}/2025 FV {inv['number']}",
                   "KZT": f"Договор № {x} от 10.01.2025, счет {inv['number']}"}[cur]
        note = f"{v} number {x} is also the number of {dec['number']} ({dec['customer_name']})"
    touched.add(dec["id"])
    return [lab(mkpay(c, cur, amt, ref, None), "applied", [(inv, amt)],
                reason=f"invoice {inv['number']} named and amount equals its balance; the other number is not an invoice reference",
                scen="number_decoy", note=note)]


def sc_completion():
    cand = [i for i in partial_pool if bal[i["id"]] > 0]
    if not cand:
        return None
    inv = cand[0]
    partial_pool.remove(inv)
    c, cur = inv["_c"], inv["currency"]
    amt = bal[inv["id"]]
    ref = {"UA": f"Доплата згідно рах. № {inv['number']}, у т.ч. ПДВ {grp(vat_of(amt, 'UA'))}",
           "PL": f"Dopłata do FV {inv['number']}", "KZ": f"Доплата по счету {inv['number']}",
           "GE": f"დარჩენილი თანხა, ინვოისი {inv['number']}", "MD": f"Achitare rest factura {inv['number']}"}[c["country"]]
    return [lab(mkpay(c, cur, amt, ref, None), "applied", [(inv, amt)],
                reason=f"pays the balance left open on {inv['number']} by an earlier part payment",
                scen="completes_part_payment", note="balance reduced earlier in this file")]


def sc_third_party():
    hold = cust("UA", cond=lambda o: unique_name(o) and o["name"].startswith(("ТОВ", "ПрАТ")))
    farms = [cust("UA", cond=lambda o: o is not hold and unique_name(o)) for _ in range(R.randint(2, 3))]
    if len(set(f["id"] for f in farms)) < len(farms):
        return None
    invs = [fresh(f, "UAH") for f in farms]
    lines = [f"за {f['name']} згідно рах. № {i['number']} — {grp(bal[i['id']])} грн" for f, i in zip(farms, invs)]
    tot = sum(bal[i["id"]] for i in invs)
    rem = "Оплата за запчастини за підприємства групи:\n" + "\n".join(lines) + f"\nРазом {grp(tot)} грн, у т.ч. ПДВ 20%"
    return [lab(mkpay(hold, "UAH", tot, "Оплата за запчастини за підприємства групи, у т.ч. ПДВ", rem, known=False),
                "applied", [(i, bal[i["id"]]) for i in invs],
                reason="remittance names each farm's invoice and amount; sums to the payment",
                scen="group_pays_for_farms", note=f"{hold['name']} pays invoices of other customers, explicitly listed")]


# ---------------------------------------------------------------- PARTIAL scenarios
def round_part(b, cur, frac):
    unit = D({"KZT": 100000, "UAH": 1000, "GEL": 100, "PLN": 100}.get(cur, 100))
    x = (b * D(frac) / unit).to_integral_value(rounding="ROUND_FLOOR") * unit
    if x <= 0 or x >= b:
        x = q(b * D(frac))
    return q(x)


PART_TXT = {"UA": "Часткова оплата згідно рах. № {n}, у т.ч. ПДВ 20%", "PL": "Częściowa zapłata FV {n}",
            "KZ": "Частичная оплата по счету № {n}, в т.ч. НДС 12%", "GE": "ნაწილობრივი გადახდა, ინვოისი {n}",
            "MD": "Plata parțială factura {n}"}
INST_TXT = {"UA": "1-й платіж з 3 згідно графіку погашення, рах. № {n}", "PL": "Rata 1/3 wg harmonogramu, FV {n}",
            "KZ": "1-й платеж из 3 по графику, счет {n}", "GE": "I განვადება (1/3), ინვოისი {n}",
            "MD": "Rata 1 din 3 conform grafic, factura {n}"}


def sc_part(kind="part"):
    c = cust()
    cur = pick_cur(c)
    inv = fresh(c, cur, total=rand_total(cur, lo=RANGE[cur][1] // 20))
    b = bal[inv["id"]]
    amt = round_part(b, cur, R.choice(["0.5", "0.3", "0.4", "0.6"])) if kind == "part" else q(b / 3)
    ref = (PART_TXT if kind == "part" else INST_TXT)[c["country"]].format(n=inv["number"])
    partial_pool.append(inv)
    return [lab(mkpay(c, cur, amt, ref, None), "partial", [(inv, amt)],
                reason=f"stated {'part payment' if kind == 'part' else 'first instalment'} of {inv['number']}; balance stays open",
                scen="part_payment" if kind == "part" else "instalment", note="no deduction claimed, so short_pay is null")]


def sc_short(reason):
    if reason == "bank_charges":
        c = cust(cond=lambda o: any(x in ("EUR", "USD") for x in o["curs"]))
        cur = [x for x in c["curs"] if x in ("EUR", "USD")][0]
    else:
        c = cust()
        cur = pick_cur(c)
    inv = fresh(c, cur)
    b = bal[inv["id"]]
    ctry = c["country"]
    if reason == "bank_charges":
        ded = D(R.choice([15, 20, 25, 30, 35, 45]))
        amt = b - ded
        v = R.randint(0, 2)
        if v == 0:
            ref = f"INV {inv['number']}"
            rem = f"Invoice {inv['number']} {cur} {en(b)} less bank charges {cur} {en(ded)} = {cur} {en(amt)}"
        elif v == 1:
            ref = f"/INV/{inv['number']}/CHGS/{cur}{grp(ded, '', ',')}/ DEDUCTED"
            rem = None
        else:
            ref = {"UA": f"Оплата рах. {inv['number']}; комісію банку {ded:.0f} {cur} утримано", "KZ": f"Оплата по счету {inv['number']}, за вычетом комиссии банка {ded:.0f} {cur}",
                   "PL": f"FV {inv['number']} - potracona prowizja banku {ded:.0f} {cur}", "GE": f"INV {inv['number']} LESS BANK FEE {ded:.0f} {cur}",
                   "MD": f"Factura {inv['number']}, minus comision bancar {ded:.0f} {cur}"}[ctry]
            rem = None
    else:
        frac = R.choice(["0.04", "0.07", "0.11", "0.15", "0.22"])
        ded = q(b * D(frac))
        amt = b - ded
        act = R.randint(3, 88)
        part = R.choice(["фільтр паливний", "ремінь варіатора", "підшипник", "ніж жатки", "ланцюг похилої камери"])
        txt = {
            "returned_parts": {"UA": f"мінус повернення по акту № {act} від 03.02.2026 ({part}, 2 шт.) — {grp(ded)}",
                               "PL": f"minus zwrot części wg protokołu {act}/2026 — {grp(ded)}",
                               "KZ": f"за вычетом возврата по акту № {act} (подшипники, 4 шт.) — {grp(ded)}",
                               "GE": f"დაბრუნებული ნაწილები (აქტი {act}) — {grp(ded, '', '.')}",
                               "MD": f"minus retur piese cf. act {act} — {grp(ded, '', '.')}"},
            "damaged_parts": {"UA": f"утримано {grp(ded)} за пошкоджені при доставці деталі (акт № {act})",
                              "PL": f"potrącono {grp(ded)} za uszkodzone w transporcie części (protokół {act})",
                              "KZ": f"удержано {grp(ded)} за поврежденные при доставке детали (акт {act})",
                              "GE": f"დაზიანებული ნაწილები — {grp(ded, '', '.')} გამოქვითულია",
                              "MD": f"retinut {grp(ded, '', '.')} pentru piese deteriorate la livrare"},
            "price_difference": {"UA": f"різниця в ціні згідно специфікації № {act} — {grp(ded)} не сплачуємо",
                                 "PL": f"różnica cenowa wg oferty {act}/2025 — {grp(ded)}",
                                 "KZ": f"разница в цене согласно спецификации № {act} — {grp(ded)}",
                                 "GE": f"ფასის სხვაობა (სპეციფიკაცია {act}) — {grp(ded, '', '.')}",
                                 "MD": f"diferenta de pret cf. specificatie {act} — {grp(ded, '', '.')}"},
        }[reason][ctry]
        head = {"UA": f"Рах. № {inv['number']} — {grp(b)}", "PL": f"FV {inv['number']} — {grp(b)}", "KZ": f"Счет {inv['number']} — {grp(b)}",
                "GE": f"ინვოისი {inv['number']} — {grp(b, '', '.')}", "MD": f"Factura {inv['number']} — {grp(b, '', '.')}"}[ctry]
        topay = {"UA": "до сплати", "PL": "do zapłaty", "KZ": "к оплате", "GE": "გადასახდელი", "MD": "de plata"}[ctry]
        rem = f"{head}\n{txt}\n{topay}: {grp(amt)}"
        ref = purpose(inv, amt) if R.random() < 0.5 else generic_ref(ctry)
    return [lab(mkpay(c, cur, amt, ref, rem), "partial", [(inv, amt)], short=(inv, ded, reason),
                reason=f"{inv['number']} paid less a stated deduction ({reason})",
                scen=f"short_pay_{reason}", note=f"deduction {s(ded)} {cur} stays open as a short pay")]


def sc_lump_short():
    c = R.choice(DEALER_LIST)
    cur = c["curs"][0]
    k = R.randint(3, 6)
    invs = [fresh(c, cur) for _ in range(k)]
    j = R.randrange(k)
    ded = q(bal[invs[j]["id"]] * D(R.choice(["0.05", "0.1", "0.18"])))
    ex = {"UA": f"(за вирахуванням повернення {grp(ded)} по акту)", "PL": f"(po potrąceniu zwrotu {grp(ded)})",
          "KZ": f"(за вычетом возврата {grp(ded)})", "GE": f"(დაბრუნებული ნაწილები {grp(ded, '', '.')} გამოქვითულია)",
          "MD": f"(dupa retinerea returului {grp(ded, '', '.')})"}[c["country"]]
    items = [(i, bal[i["id"]] - (ded if n == j else 0), ex if n == j else None) for n, i in enumerate(invs)]
    tot = sum(a for _, a, _ in items)
    rem = "\n".join([LUMP_HEAD[c["country"]]] + lump_lines(c, items) + [f"{LUMP_TOT[c['country']]}: {grp(tot)}"])
    return [lab(mkpay(c, cur, tot, LUMP_REF[c["country"]], rem), "partial", [(i, a) for i, a, _ in items],
                short=(invs[j], ded, "returned_parts"),
                reason=f"dealer list of {k} invoices; {invs[j]['number']} paid less a returned-parts deduction",
                scen="dealer_lump_with_short_pay", note="one line of the list carries the deduction")]


def sc_split_vat():
    c = cust("PL", cond=lambda o: True)
    inv = fresh(c, "PLN")
    b = bal[inv["id"]]
    vat = vat_of(b, "PL")
    net = b - vat
    ref = f"/VAT/{grp(vat, '', ',')}/IDC/{c['nip']}/INV/{inv['number']}/TXT/MPP czesci zamienne"
    payer = payer_for(c, "PLN")
    p1 = mkpay(c, "PLN", net, ref, None, known=True, payer=payer)
    out = [lab(p1, "partial", [(inv, net)], reason=f"split payment (MPP): net part of {inv['number']}; VAT part arrives separately",
               scen="split_payment_net_part", note=f"gross {s(b)}, VAT {s(vat)} goes to the VAT account")]
    partial_pool_hold = None
    p2 = mkpay(c, "PLN", vat, ref, "Wpływ na rachunek VAT (mechanizm podzielonej płatności)", known=True, payer=payer)
    out.append(lab(p2, "applied", [(inv, vat)], reason=f"split payment (MPP): VAT part completes {inv['number']}",
                   scen="split_payment_vat_part", note="same MPP reference, credited on the VAT account"))
    return out


# ---------------------------------------------------------------- UNAPPLIED scenarios
def sc_overpay():
    c = cust()
    cur = pick_cur(c)
    tot = rand_total(cur)
    v = R.choice(["paid_total", "advance"])
    if v == "paid_total":
        inv = fresh(c, cur, total=tot, balance=q(tot * D(R.choice(["0.5", "0.3", "0.75"]))))
        amt = tot
        ref = purpose(inv, amt)
        note = "an earlier part payment was made before this file; the customer paid the full invoice total again"
    else:
        inv = fresh(c, cur, total=tot)
        extra = round_part(tot, cur, "0.2") if tot > 100 else D("50.00")
        amt = tot + extra
        ref = {"UA": f"Оплата рах. № {inv['number']} та аванс за наступне замовлення, у т.ч. ПДВ",
               "PL": f"FV {inv['number']} + zaliczka na kolejne zamówienie", "KZ": f"Оплата по счету {inv['number']} и предоплата",
               "GE": f"ინვოისი {inv['number']} + ავანსი", "MD": f"Factura {inv['number']} si avans"}[c["country"]]
        note = "invoice plus an advance; advance stays on account"
    b = bal[inv["id"]]
    return [lab(mkpay(c, cur, amt, ref, None, known=R.random() < 0.6), "unapplied", [(inv, b)],
                reason=f"{inv['number']} paid in full; {s(amt - b)} {cur} over its balance held on account",
                scen=f"overpayment_{v}", note=note)]


def sc_lump_over():
    c = R.choice(DEALER_LIST)
    cur = c["curs"][0]
    k = R.randint(2, 5)
    invs = [fresh(c, cur) for _ in range(k)]
    items = [(i, bal[i["id"]], None) for i in invs]
    tot = sum(a for _, a, _ in items)
    adv = round_part(tot, cur, "0.1")
    advl = {"UA": f"Аванс під наступну поставку — {grp(adv)}", "PL": f"Zaliczka na dostawę — {grp(adv)}",
            "KZ": f"Аванс под поставку — {grp(adv)}", "GE": f"ავანსი — {grp(adv, '', '.')}", "MD": f"Avans — {grp(adv, '', '.')}"}[c["country"]]
    rem = "\n".join([LUMP_HEAD[c["country"]]] + lump_lines(c, items) + [advl, f"{LUMP_TOT[c['country']]}: {grp(tot + adv)}"])
    return [lab(mkpay(c, cur, tot + adv, LUMP_REF[c["country"]], rem), "unapplied", [(i, a) for i, a, _ in items],
                reason=f"listed invoices paid in full; advance {s(adv)} held on account",
                scen="dealer_lump_with_advance", note="list plus an advance line")]


def sc_duplicate():
    cand = [(i, p) for i, p in paid_pool if not (p["remittance"] or "").startswith("Wpływ")]
    if not cand:
        return None
    inv, p0 = cand.pop(0) if False else cand[R.randrange(min(len(cand), 8))]
    paid_pool.remove((inv, p0))
    c = inv["_c"]
    p = mkpay(c, p0["currency"], D(p0["amount"]), p0["reference"], p0["remittance"], known=True, payer=p0["payer_name"])
    return [lab(p, "unapplied", [], reason=f"{inv['number']} was already paid by {p0['id']}; second payment held on account",
                scen="second_payment_of_paid_invoice", note="same reference and amount as an earlier payment in this file, new bank transaction id")]


def no_fit(c, cur, amt):
    op = [bal[i["id"]] for i in open_of(c, cur)]
    if amt in op or amt == sum(op, ZERO):
        return False
    for x in range(len(op)):
        for y in range(x + 1, len(op)):
            if op[x] + op[y] == amt:
                return False
    return True


def sc_prepay():
    c = cust()
    cur = c["curs"][0]
    while True:
        amt = round_part(rand_total(cur), cur, "0.999") if R.random() < 0.5 else rand_total(cur)
        if no_fit(c, cur, amt):
            break
    o = R.randint(100, 999)
    ref = {"UA": f"Передоплата за запчастини згідно замовлення № ЗМ-2026-{o}, у т.ч. ПДВ 20% {grp(vat_of(amt, 'UA'))}",
           "PL": f"Przedpłata za zamówienie ZAM/2026/{o}", "KZ": f"Предоплата по заказу № {o} за запчасти, в т.ч. НДС",
           "GE": f"წინასწარი გადახდა, შეკვეთა {o}", "MD": f"Avans pentru comanda {o}"}[c["country"]]
    lock(c)
    return [lab(mkpay(c, cur, amt, ref, None, known=True), "unapplied", [],
                reason="prepayment for an order not yet invoiced; held on the customer's account",
                scen="prepayment_no_invoice", note="known customer, no open invoice fits")]


def sc_nofit():
    c = cust()
    cur = c["curs"][0]
    while True:
        amt = rand_total(cur)
        if no_fit(c, cur, amt):
            break
    gone = seq_free()
    used_seq.add(gone)
    ghost = inv_number(c["country"], gone, 2025)
    ref = R.choice([generic_ref(c["country"]), {"UA": f"Оплата згідно рах. № {ghost}", "PL": f"FV {ghost}", "KZ": f"Оплата по счету {ghost}",
                                               "GE": f"ინვოისი {ghost}", "MD": f"Factura {ghost}"}[c["country"]]])
    lock(c)
    return [lab(mkpay(c, cur, amt, ref, None, known=True), "unapplied", [],
                reason="known customer; no open invoice fits the amount or reference; held on account",
                scen="known_customer_no_fit", note="any invoice number quoted is not in the open items (already settled)")]


def sc_cur_mismatch():
    c = cust(cond=lambda o: len(o["curs"]) == 1 and o["curs"][0] in ("UAH", "KZT", "GEL", "PLN"))
    inv = fresh(c, c["curs"][0])
    pc = "EUR" if c["country"] == "PL" else "USD"
    assert not open_of(c, pc)
    amt = q(bal[inv["id"]] / D({"UAH": "41.8", "KZT": "505.2", "GEL": "2.71", "PLN": "4.26"}[c["curs"][0]]))
    ref = f"PAYMENT FOR INV {inv['number']} SPARE PARTS"
    lock(c)
    return [lab(mkpay(c, pc, amt, ref, None, known=True), "unapplied", [],
                reason=f"{inv['number']} is in {inv['currency']}, payment in {pc}; never applied across currencies, held on account",
                scen="currency_mismatch", note="customer has no open invoice in the payment currency")]


# ---------------------------------------------------------------- REVIEW scenarios
def sc_twin_amount():
    c = cust()
    cur = c["curs"][0]
    tot = rand_total(cur)
    a = fresh(c, cur, total=tot, issue=date(2025, 8, 1) + timedelta(R.randint(0, 50)))
    b = fresh(c, cur, total=tot, issue=date(2025, 10, 1) + timedelta(R.randint(0, 60)))
    lock(c)
    return [lab(mkpay(c, cur, tot, generic_ref(c["country"]), None, known=True), "review", [], cands=[[a], [b]],
                reason="two open invoices with the same balance and no invoice number; oldest first",
                scen="two_invoices_same_amount", note="repeat order of the same parts kit")]


def sc_ref_vs_amount():
    c = cust()
    cur = c["curs"][0]
    x = fresh(c, cur)
    y = fresh(c, cur)
    amt = bal[y["id"]]
    assert bal[x["id"]] != amt
    lock(c)
    return [lab(mkpay(c, cur, amt, purpose(x, amt), None), "review", [], cands=[[x], [y]],
                reason=f"text names {x['number']} but the amount equals the balance of {y['number']}",
                scen="reference_conflicts_with_amount", note="named invoice first, then the amount match")]


def sc_twin_customers():
    pair = R.choice(TWINS)
    cur = pair[0]["curs"][0]
    tot = rand_total(cur)
    a = fresh(pair[0], cur, total=tot)
    b = fresh(pair[1], cur, total=tot)
    a, b = sorted([a, b], key=lambda i: (i["issue_date"], i["number"]))
    return [lab(mkpay(pair[0], cur, tot, generic_ref(pair[0]["country"]), None, known=False, payer=pair[0]["bank"][0]),
                "review", [], cands=[[a], [b]],
                reason="payer name fits two customers and each has an open invoice of this amount",
                scen="ambiguous_payer_name", note=f"'{pair[0]['bank'][0]}' = {pair[0]['name']} or {pair[1]['name']}; older invoice first")]


def sc_unknown_amount():
    c = cust()
    cur = c["curs"][0]
    inv = fresh(c, cur)
    amt = bal[inv["id"]]
    assert sum(1 for i in all_open(cur) if bal[i["id"]] == amt) == 1
    refs = {"UAH": "оплата за запчастини", "PLN": "za czesci", "KZT": "оплата за запчасти", "GEL": "ნაწილები"}.get(cur, "PAYMENT")
    return [lab(mkpay(c, cur, amt, R.choice([None, refs]), None, known=False,
                      payer=R.choice(PERSONS)), "review", [], cands=[[inv]],
                reason="payer not a known customer; only the amount matches one open invoice",
                scen="unknown_payer_amount_match", note="private person paying, maybe for a farm; needs confirmation")]


def sc_lump_mismatch():
    c = R.choice(DEALER_LIST)
    cur = c["curs"][0]
    k = R.randint(3, 5)
    invs = [fresh(c, cur) for _ in range(k)]
    tot = sum(bal[i["id"]] for i in invs)
    amt = q(tot * D(R.choice(["0.83", "0.91", "0.76"])))
    rem = "\n".join([LUMP_HEAD[c["country"]]] + lump_lines(c, [(i, 0, None) for i in invs], with_amounts=False))
    return [lab(mkpay(c, cur, amt, LUMP_REF[c["country"]], rem), "review", [], cands=[invs],
                reason="remittance lists invoices without amounts and the payment is less than their sum; no deduction explained",
                scen="dealer_list_does_not_add_up", note=f"sum of listed {s(tot)}, paid {s(amt)}")]


def sc_ambiguous_number():
    c = cust("UA", cond=lambda o: True)
    cur = "UAH"
    sq = seq_free()
    old = fresh(c, cur, seq=sq, year=2024)
    new = fresh(c, cur, seq=sq)
    amt = round_part(min(bal[old["id"]], bal[new["id"]]), cur, "0.5")
    return [lab(mkpay(c, cur, amt, f"Оплата згідно рах. № {sq}, у т.ч. ПДВ 20%", None, known=True), "review", [],
                cands=[[old], [new]], reason=f"'рах. № {sq}' fits {old['number']} and {new['number']}; amount fits neither",
                scen="invoice_number_fits_two_years", note="numbering restarts each year; oldest first")]


def sc_near_amount():
    c = cust()
    cur = c["curs"][0]
    inv = fresh(c, cur)
    b = bal[inv["id"]]
    amt = q(b * D(R.choice(["0.993", "0.985", "0.97"])))
    assert no_fit(c, cur, amt)
    lock(c)
    return [lab(mkpay(c, cur, amt, generic_ref(c["country"]), None, known=True), "review", [], cands=[[inv]],
                reason="no invoice number; amount is close to one balance but short without a stated reason",
                scen="unexplained_short_no_reference", note=f"short by {s(b - amt)}")]


def sc_single_vs_pair():
    c = cust()
    cur = c["curs"][0]
    a = fresh(c, cur)
    b = fresh(c, cur)
    tot = bal[a["id"]] + bal[b["id"]]
    cc = fresh(c, cur, total=tot)
    lock(c)
    return [lab(mkpay(c, cur, tot, generic_ref(c["country"]), None, known=True), "review", [], cands=[[cc], [a, b]],
                reason="amount equals one invoice and also the sum of two others",
                scen="single_or_pair", note="single exact match listed first")]


def sc_unknown_two():
    c1 = cust()
    cur = c1["curs"][0]
    c2 = cust(c1["country"], cond=lambda o: o is not c1 and o["curs"][0] == cur)
    tot = rand_total(cur)
    a = fresh(c1, cur, total=tot)
    b = fresh(c2, cur, total=tot)
    a, b = sorted([a, b], key=lambda i: (i["issue_date"], i["number"]))
    return [lab(mkpay(None, cur, tot, None, None, known=False, payer=R.choice(PERSONS)), "review", [], cands=[[a], [b]],
                reason="unknown payer; amount equals open invoices of two customers",
                scen="unknown_payer_two_matches", note="older invoice first")]


def sc_unknown_nofit():
    cur = R.choice(["UAH", "PLN", "KZT", "EUR"])
    while True:
        amt = rand_total(cur)
        if all(bal[i["id"]] != amt for i in all_open(cur)):
            break
    return [lab(mkpay(None, cur, amt, R.choice([None, "оплата", "PRZELEW", "PAYMENT"]), None, known=False,
                      payer=R.choice(PERSONS)), "review", [], cands=[],
                reason="unknown payer, no reference, no amount match", scen="unknown_payer_no_match",
                note="nothing to suggest; a person must identify the payer")]


# ---------------------------------------------------------------- ERROR scenarios
def err(pay, msg, scen, note):
    return lab(pay, "error", reason="bad input", error=msg, scen=scen, note=note)


def sc_error(kind):
    c = cust()
    cur = c["curs"][0]
    inv = fresh(c, cur)
    b = bal[inv["id"]]
    if kind == "negative":
        p = mkpay(c, cur, -b, "Повернення помилково зарахованих коштів" if c["country"] == "UA" else "REVERSAL / STORNO", None, known=True)
        return [err(p, "negative amount", "error_negative_amount", "reversal line in the bank file")]
    if kind == "currency":
        bad = {"UA": "RUB", "PL": "CZK", "KZ": "RUB", "GE": "TRY", "MD": "MDL"}[c["country"]]
        p = mkpay(c, bad, b, purpose(inv, b), None, known=True)
        return [err(p, f"currency {bad}: no invoice has it", "error_unknown_currency", f"{bad} payment; nothing in {bad}")]
    if kind == "malformed":
        txt = R.choice([grp(b), grp(b).replace(",", ".").replace(" ", ".")[:-3] + "," + grp(b)[-2:], f"{b}".replace("0", "O", 1) if "0" in f"{b}" else f"{b} UAH"])
        p = mkpay(c, cur, txt, purpose(inv, b), None)
        return [err(p, f"malformed amount '{txt}'", "error_malformed_amount", "amount is not a decimal string")]
    if kind == "nodate":
        p = mkpay(c, cur, b, purpose(inv, b), None)
        p["_nodate"] = True
        return [err(p, "missing date", "error_missing_date", "date is null")]
    if kind == "dup_id":
        p = mkpay(c, cur, b, purpose(inv, b), None)
        first = lab(p, "applied", [(inv, b)], reason=f"reference {inv['number']} and exact balance", scen="ref_exact",
                    note="this row is repeated right after with the same payment id")
        dup = dict(p)
        return [first, err(dup, f"duplicate payment id {p['id']}", "error_duplicate_payment_id",
                           "bank file line repeated; the first row is applied, the repeat is rejected")]


# ---------------------------------------------------------------- plan
PLAN = ([(lambda: sc_ref_exact("UA"), "ref_exact")] * 57 + [(lambda: sc_ref_exact("PL"), "ref_exact")] * 22 +
        [(lambda: sc_ref_exact("KZ"), "ref_exact")] * 20 + [(lambda: sc_ref_exact("GE"), "ref_exact")] * 12 +
        [(lambda: sc_ref_exact("MD"), "ref_exact")] * 12 +
        [(sc_amount_only, "")] * 25 + [(sc_name_only, "")] * 15 + [(sc_lump_list, "")] * 22 + [(sc_range, "")] * 6 +
        [(sc_statement, "")] * 6 + [(sc_number_decoy, "")] * 13 + [(sc_completion, "dep")] * 12 + [(sc_third_party, "")] * 4 +
        [(sc_split_vat, "")] * 5 +
        [(lambda: sc_part("part"), "")] * 15 + [(lambda: sc_part("inst"), "")] * 5 +
        [(lambda: sc_short("bank_charges"), "")] * 10 + [(lambda: sc_short("returned_parts"), "")] * 9 +
        [(lambda: sc_short("damaged_parts"), "")] * 4 + [(lambda: sc_short("price_difference"), "")] * 4 +
        [(sc_lump_short, "")] * 5 +
        [(sc_overpay, "")] * 10 + [(sc_lump_over, "")] * 4 + [(sc_duplicate, "dep")] * 8 + [(sc_prepay, "")] * 8 +
        [(sc_nofit, "")] * 6 + [(sc_cur_mismatch, "")] * 4 +
        [(sc_twin_amount, "")] * 9 + [(sc_ref_vs_amount, "")] * 8 + [(sc_twin_customers, "")] * 5 +
        [(sc_unknown_amount, "")] * 8 + [(sc_lump_mismatch, "")] * 6 + [(sc_ambiguous_number, "")] * 5 +
        [(sc_near_amount, "")] * 6 + [(sc_single_vs_pair, "")] * 5 + [(sc_unknown_two, "")] * 5 + [(sc_unknown_nofit, "")] * 3 +
        [(lambda: sc_error("negative"), "")] * 2 + [(lambda: sc_error("currency"), "")] * 3 +
        [(lambda: sc_error("malformed"), "")] * 2 + [(lambda: sc_error("nodate"), "")] * 1 + [(lambda: sc_error("dup_id"), "")] * 2)
R.shuffle(PLAN)
# dependent scenarios not in the first 60 slots
PLAN = [x for x in PLAN[:60] if x[1] != "dep"] + [x for x in PLAN[60:]] + [x for x in PLAN[:60] if x[1] == "dep"]

rows = []   # (payment, label, group)
queue = list(PLAN)
guard = 0
gno = 0
while queue:
    fn, tag = queue.pop(0)
    res = fn()
    if res is None:
        guard += 1
        assert guard < 500, "dependency never satisfied"
        queue.insert(min(len(queue), R.randint(3, 12)), (fn, tag))
        continue
    gno += 1
    for pay, L in res:
        rows.append((pay, L, gno))

# dates: business days 2026-01-05 .. 2026-03-31, oldest first; rows of one scenario share a date
days = [date(2026, 1, 5) + timedelta(k) for k in range(86)]
days = [d for d in days if d.weekday() < 5]
groups = sorted(set(g for _, _, g in rows))
gdates = sorted(R.choice(days) for _ in groups)
gdate = dict(zip(groups, gdates))
payments, labels = [], []
for pay, L, g in rows:
    pay["date"] = None if pay.pop("_nodate", False) else gdate[g].isoformat()
    payments.append(pay)
    labels.append(L)


# ---------------------------------------------------------------- write + replay check
def replay_check(invs, pays, labs):
    """Replay payments in file order and check every label's arithmetic."""
    b = {i["id"]: D(i["balance"]) for i in invs}
    cur = {i["id"]: i["currency"] for i in invs}
    assert len(pays) == len(labs)
    for p, L in zip(pays, labs):
        assert p["id"] == L["payment_id"]
        if L["status"] == "error":
            assert L["applications"] == [] and L["error"]
            continue
        amt = D(p["amount"])
        assert amt > 0 and p["date"] and p["currency"] in set(cur.values())
        tot = D(L["unapplied"])
        for a in L["applications"]:
            x = D(a["amount"])
            assert x > 0 and cur[a["invoice_id"]] == p["currency"], L
            b[a["invoice_id"]] -= x
            assert b[a["invoice_id"]] >= 0, L
            tot += x
        assert tot == amt, L
        st = L["status"]
        if st == "applied":
            assert D(L["unapplied"]) == 0 and L["applications"] and not L["short_pay"] and not L["candidates"]
        elif st == "partial":
            assert D(L["unapplied"]) == 0 and any(b[a["invoice_id"]] > 0 for a in L["applications"])
            if L["short_pay"]:
                assert b[L["short_pay"]["invoice_id"]] == D(L["short_pay"]["amount"])
        elif st == "unapplied":
            assert D(L["unapplied"]) > 0 and not L["candidates"]
        elif st == "review":
            assert not L["applications"] and D(L["unapplied"]) == amt
            for cs in L["candidates"]:
                assert all(cur[i] == p["currency"] and b[i] > 0 for i in cs["invoice_ids"])
        else:
            raise AssertionError(st)


inv_out = []
for i in sorted(invoices, key=lambda i: (i["issue_date"], i["number"], i["id"])):
    inv_out.append({k: v for k, v in i.items() if not k.startswith("_")})
assert len(set(i["id"] for i in inv_out)) == len(inv_out)
assert len(set(i["number"] for i in inv_out)) == len(inv_out)
replay_check(inv_out, payments, labels)

os.makedirs(OUT, exist_ok=True)


def dump(name, obj):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


dump("invoices.json", inv_out)
dump("payments.json", payments)
dump("labels.json", labels)

# ---------------------------------------------------------------- README
st_cnt = Counter(L["status"] for L in labels)
sc_cnt = Counter((L["status"], L["scenario"]) for L in labels)
cur_cnt = Counter(p["currency"] for p in payments)


def pay_country(p, L):
    ids = [a["invoice_id"] for a in L["applications"]] + [x for c in L["candidates"] for x in c["invoice_ids"]]
    if p["customer_id"]:
        return CUST_BY_ID[p["customer_id"]]["country"]
    if ids:
        return INV_BY_ID[ids[0]]["_c"]["country"]
    return "unknown payer"


ctry_cnt = Counter(pay_country(p, L) for p, L in zip(payments, labels))
inv_cur = Counter(i["currency"] for i in inv_out)
known = sum(1 for p in payments if p["customer_id"])
lines = [
    "# Blind cash-application set: `ledger_eastern`",
    "",
    "Held-out test data for the `match` command of `contracts/cash-application.md`, written blind (only the",
    "contract and the public samples README were read). Generated by `python3 build.py` (stdlib only, seeded,",
    "byte-for-byte reproducible); `python3 check.py` re-verifies every label.",
    "",
    "## Theme",
    "",
    "AgroDetal Group, a distributor of agricultural machinery spare parts (combine, tractor and header parts)",
    "with selling entities in Ukraine, Poland, Moldova, Georgia and Kazakhstan. Customers are farms (ФГ, СФГ,",
    "ТОВ, ПрАТ, ФОП; gospodarstwa rolne and sp. z o.o.; ТОО, КХ, ИП; GȚ and SRL; Georgian LLCs/შპს) and",
    "dealers who pay one lump for many farms. Bank lines carry upper-case, truncated (35/38 characters),",
    "Cyrillic, Georgian or transliterated payer names; Ukrainian *призначення платежу* texts (\"згідно рах. №\",",
    "\"у т.ч. ПДВ 20%\"), Polish split payments (`/VAT/…/IDC/…/INV/…/TXT/…`), Kazakh \"КНП 710\" texts with",
    "\"в т.ч. НДС 12%\", Romanian \"inclusiv TVA\", Georgian \"დღგ-ს ჩათვლით\", and SWIFT-style EUR/USD lines.",
    "",
    "## Files (`ledger_eastern/`)",
    "",
    f"| file | rows | format |",
    f"|---|---|---|",
    f"| `invoices.json` | {len(inv_out)} | contract's INVOICES.json; {len(set(i['customer_id'] for i in inv_out))} customers; sorted by issue date |",
    f"| `payments.json` | {len(payments)} | contract's PAYMENTS.json, oldest first; {known} with `customer_id`, {len(payments) - known} null |",
    f"| `labels.json` | {len(labels)} | one expected MATCHES entry per payment, same order, plus `scenario` and `note` |",
    "",
    "Invoice numbers: `UA-25-04571`, `KZ-25-…`, `GE-25-…`, `MD-25-…`, Polish `FV/2025/04571`. The 5-digit",
    "sequence is unique across the whole book except five deliberate pairs where numbering restarted each",
    "year (`UA-24-08758` and `UA-25-08758`). Payers often write the bare sequence (`рах.№8758`, `FV 8758/2025`).",
    "",
    f"Invoice currencies: {', '.join(f'{k} {v}' for k, v in sorted(inv_cur.items()))}.",
    f"Payment currencies: {', '.join(f'{k} {v}' for k, v in sorted(cur_cnt.items()))}.",
    f"Payments by country: {', '.join(f'{k} {v}' for k, v in sorted(ctry_cnt.items()))}.",
    "",
    "## Counts per status and scenario",
    "",
    "| status | count |",
    "|---|---|",
] + [f"| `{k}` | {st_cnt[k]} |" for k in ("applied", "partial", "unapplied", "review", "error")] + [
    "",
    "| status | scenario | count |",
    "|---|---|---|",
] + [f"| `{a}` | `{b}` | {n} |" for (a, b), n in sorted(sc_cnt.items())] + [
    "",
    "## Conventions chosen where the contract is silent",
    "",
    "- **Amounts** are decimal strings with two decimals. `unapplied` is always a string: `\"0.00\"` when all is",
    "  applied, the whole payment for `review`.",
    "- **`candidates`** is a list of objects `{\"invoice_ids\": [...]}`, one per likely invoice set, best first.",
    "  Order: the invoice the text names before an amount-only match; a single exact invoice before a pair;",
    "  otherwise the older invoice first. `candidates` is `[]` for every status except `review`. A review with",
    "  nothing to suggest (unknown payer, no reference, no amount match) has `candidates: []`.",
    "- **`short_pay`** is used only when the payer *states* a deduction. `amount` is the deduction, which is",
    "  exactly the balance the payment leaves open on that invoice. `reason` is one of `bank_charges`,",
    "  `returned_parts`, `damaged_parts`, `price_difference`. A stated part payment or instalment is",
    "  `partial` with `short_pay: null`.",
    "- A shortfall **without** a stated reason and **without** an invoice reference is `review` (the near",
    "  invoice as the only candidate), not a short pay.",
    "- A dealer list that names invoices without amounts and does not add up is `review` with the whole list",
    "  as one candidate set. A list with per-line amounts that add up is applied line by line, including",
    "  lines for other farms and a group company paying explicitly listed invoices of other customers.",
    "- **Statement payments** (\"згідно акту звірки\") that equal all open invoices of the customer in that",
    "  currency are applied to all of them.",
    "- Known customer + no reference + amount equal to exactly one open balance of that customer: `applied`.",
    "  Payer name that identifies one customer (no `customer_id`) + amount equal to exactly one open balance",
    "  in the whole book: `applied`. An unknown payer (a private person) whose amount matches: `review`.",
    "- **Polish split payment** arriving as two bank lines (net on the main account, VAT on the VAT account)",
    "  with the same MPP text: the net line is `partial` (VAT still open), the VAT line completes it (`applied`).",
    "  A single MPP line for the gross amount is an ordinary exact match.",
    "- **Unapplied**: overpayment remainders (applications listed), a second payment of an invoice an earlier",
    "  row already paid, prepayments for orders, a known customer's payment that fits nothing, and a payment",
    "  in a currency in which the (known) customer has no open invoice even though the text names one of its",
    "  invoices in another currency (never applied across currencies).",
    f"- **Errors** (`status: \"error\"`): negative amount, currency no invoice has ({', '.join(sorted(set(p['currency'] for p in payments) - set(inv_cur)))}), an",
    "  amount that is not a decimal string (`12 480,00`, `6O6.10`), a null date, and a repeated payment id",
    "  (the first row is processed normally; the repeat is the error). Error rows have `applications: []`,",
    "  `unapplied: null`, `short_pay: null`, `candidates: []`, `reason: \"bad input\"` and an `error` text. They",
    "  do not change any balance.",
    "- `reason` texts are for humans; they are not meant to be compared.",
    "- Sequence numbers 1950–2099 are never used, so years in dates are not invoice numbers. Other numbers",
    "  that look like invoice numbers (amounts, order and contract numbers) are deliberate decoys",
    "  (`number_decoy`): the decoy number is a real invoice of another customer.",
    "",
    "## What `check.py` verifies",
    "",
    "Replays the payments in file order: applications plus `unapplied` equal the amount, same currency, no",
    "balance below zero, `applied` closes every applied invoice, `partial` leaves one open and a `short_pay`",
    "equals what is left, error rows have a real input defect (and no other row has one), and per scenario the",
    "claims behind the label (the amount-only match is unique at that moment, the statement covers exactly",
    "the open invoices, nothing fits for `unapplied` no-fit rows, the review alternatives really exist, every",
    "referenced invoice is named in the text, a range covers exactly the applied invoices).",
    "",
]
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines))
